"""A letter drafted a paragraph a row, one paragraph per vendor (询价结果通知, 评审情况说明), the vendors' words in 「」.

A purchasing clerk drafts the result notice in Excel so her superior can comment beside each paragraph: a title, the
notice's number, "各参与询价单位：", an opening paragraph, then one paragraph per vendor — "（一）海口琼山数科有限公司。该公司报价为
「合计人民币28.6万元（含税）」…" — whose 「」 quote the vendor's stamped letter, the rest her own summary ("该公司资质齐全"), as a
line above them says ("「」内为各单位盖章报价函原文摘录，其余文字为我部归纳"). Laid out again as the table it amounts to: a row
per vendor under a column whose label says the 「」 hold the vendor's words (read so by core.load: the fragments alone),
each cell at its paragraph; the other paragraphs (the opening, the result, the contact), the superior's comments and the
clerk's replies are listed, never read as a vendor's words.
"""
from __future__ import annotations

import re

from .ingest import RawSheet, _text, blank
from .mapping import VERBATIM_LABEL_RE

_PARAGRAPH_RE = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．])\s*"
                           r"(?P<name>[\u4e00-\u9fffA-Za-z（）()·&]{4,40}?(?:有限责任公司|股份有限公司|有限公司|集团|工作室))")
_QUOTE_RE = re.compile(r"「[^「」]{2,}」")


def laid_out(sh: RawSheet) -> tuple[list[list], dict, list[tuple[int, int, str, str]]] | None:
    """(rows 供应商 | the 「」 column, moved addresses, rows listed) for a letter with a paragraph per vendor whose 「」 are
    said to hold the vendor's words; None for any other sheet."""
    rows = sh.rows
    if len(rows) > 500:
        return None
    said = next((m.group(0) for row in rows for v in row if v.__class__ is str and "「" in v
                 and (m := re.search(r"[（(]?「\s*」[^）)\n]{0,60}[)）]?", v)) and VERBATIM_LABEL_RE.search(m.group(0))), None)
    if said is None:
        return None
    paragraphs: list[tuple[int, int, str]] = []
    for r, row in enumerate(rows):
        c = next((c for c, v in enumerate(row) if not blank(v)), None)
        if c is None:
            continue
        text = _text(row[c])
        m = _PARAGRAPH_RE.match(text)
        if m is not None and _QUOTE_RE.search(text):
            paragraphs.append((r, c, m.group("name")))
    if len(paragraphs) < 2 or len({n for _r, _c, n in paragraphs}) != len(paragraphs):
        return None
    label = f"报价情况{said.strip('（）() ')}" if not said.startswith(("（", "(")) else f"报价情况{said}"
    out: list[list] = [["供应商", label]]
    moved: dict = {(0, 0): (paragraphs[0][0], paragraphs[0][1]), (0, 1): (paragraphs[0][0], paragraphs[0][1])}
    used = set()
    for r, c, name in paragraphs:
        k = len(out)
        out.append([name, _text(rows[r][c])])
        moved.update({(k, 0): (r, c), (k, 1): (r, c)})
        used.add((r, c))
    kept: list[tuple[int, int, str, str]] = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if (r, c) not in used and not blank(v):
                kept.append((r, c, "skip.note_row", _text(v)))
    return out, moved, kept
