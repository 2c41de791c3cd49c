"""A table converted from a PDF into Excel (WPS / Acrobat 'PDF转Excel'): the converter cuts a long cell at the column edge
and puts its end in a column with no header of its own ('风控模型（选配' | '，另加3.8万元，不含税）'), and leaves the spaces the
PDF set between glyphs inside words and numbers ('2 2.8万元', '免费维护1 2个月', '等 保三级', 'S M4'). Read as the table it was:
each headerless column's text joined to the cell on its left, the stray spaces taken out."""
from __future__ import annotations

import re

from .ingest import RawSheet, _text, blank
from .mapping import match_label

_PAGE_RE = re.compile(r"第\s*\d{1,3}\s*页\s*[,，/／]?\s*共\s*\d{1,3}\s*页|(?<![a-z])page\s*\d{1,3}\s*of\s*\d{1,3}(?![a-z])", re.I)
_FOOTER_RE = re.compile(r"\s*[—–\-]*\s*(?:" + _PAGE_RE.pattern + r")\s*[—–\-]*\s*", re.I)
_GLYPH_GAP_RE = re.compile(r"(?<=[\u4e00-\u9fff\d])[ \u3000](?=[\u4e00-\u9fff\d])")
_SM_GAP_RE = re.compile(r"(?<![A-Za-z])S\s+M\s*([234])(?!\d)")
_TIMES_GAP_RE = re.compile(r"(\d)\s*([×xX*])\s+(\d)|(\d)\s+([×xX*])\s*(\d)")


def despaced(text: str) -> str:
    """'2 2.8万元' -> '22.8万元', '免费维护1 2个月' -> '免费维护12个月', 'S M4' -> 'SM4', '7× 24' -> '7×24'."""
    s = _GLYPH_GAP_RE.sub("", text)
    s = _SM_GAP_RE.sub(r"SM\1", s)
    return _TIMES_GAP_RE.sub(lambda m: "".join(g for g in m.groups() if g), s)


def read_pdf_split(sh: RawSheet) -> list[RawSheet] | None:
    """The sheet as the table it was converted from, or None when it shows no page footer in a cell of its own ('第 1 页 共
    3 页'), no header row naming the vendor or no headerless column holding a cell's end."""
    rows = sh.rows
    if len(rows) > 2000 or not any(v.__class__ is str and ("页" in v or "age" in v) and _FOOTER_RE.fullmatch(v)
                                   for row in rows[:300] for v in row):  # a page footer in a cell of its own
        return None
    head_at = next((h for h in range(min(20, len(rows))) if sum(1 for v in rows[h] if not blank(v)) >= 4 and any(
        v.__class__ is str and (t := match_label(v).target) is not None and t.code == "vendor" for v in rows[h])), None)
    if head_at is None:
        return None
    head = rows[head_at]
    width = max(len(r) for r in rows)
    tails = [c for c in range(1, len(head)) if blank(head[c]) and not blank(head[c - 1])
             and any(c < len(r) and not blank(r[c]) for r in rows[head_at + 1:])]
    if not tails:  # no cell cut at a column's edge: a sheet of another kind with a page number in it
        return None
    out = []
    for r, row in enumerate(rows):
        row = list(row) + [None] * (width - len(row))
        if r > head_at:
            for c in reversed(tails):
                if not blank(row[c]) and not blank(row[c - 1]):
                    row[c - 1], row[c] = _text(row[c - 1]) + _text(row[c]).strip(), None
                elif not blank(row[c]):
                    row[c - 1], row[c] = row[c], None
        out.append([despaced(v) if v.__class__ is str and (" " in v or "\u3000" in v) else v for v in row])
    return [RawSheet(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, sh.merges)]
