"""A brochure of vendor cards (彩页版方案对比): each vendor a card of its own, two or three side by side on a printed page.

A clerk preparing a comparison for the board lays it out like a brochure: per page, a card per vendor — a heading cell
'① 齐齐哈尔龙沙软件有限公司', a price strip '报价：19.8万元（含税），一次性买断', one merged paragraph of the vendor's own words
(modules, 等保, encryption, after-sales and source run together in sentences) and her '综合办点评' line — with a page footer
'— 第 1 页 / 共 3 页 —' under each page. There is no header row, no row per vendor and no column per field.

Laid out again as the messages it amounts to (供应商 | 发件人 | 发送时间 | 主题 | 正文 | IsSender, read by core.mailbox):
each card's price strip and paragraph a message of its vendor at its own cell; a card's cells are the ones under its
heading in the heading's column (never its neighbour's); the 点评 lines, the footers and the lines around the cards are
the writer's, listed.
"""
from __future__ import annotations

import re

from .ingest import RawSheet, _text, blank

_HEADING_RE = re.compile(r"^\s*(?:[①-⑳]|[(（]?\d{1,2}[)）.、])\s*(?P<name>[\u4e00-\u9fffA-Za-z（）()·&\s]{4,40}?"
                         r"(?:有限责任公司|股份有限公司|有限公司|集团|工作室|Co\.,?\s*Ltd\.?|Limited))\s*$")
_HEAD_RE = re.compile(r"^([\u4e00-\u9fffA-Za-z]{2,6})\s*[：:]\s*(?=\S)")
_SENTENCE_END_RE = re.compile(r"(?<=[。！!？?])")
_FOOTER_RE = re.compile(r"第\s*\d+\s*页|page\s*\d+\s*(?:of|/)\s*\d+|^\s*[—-]+\s*\d+\s*[—-]+\s*$", re.I)
# the writer's own line on a card ('综合办点评：…', '我方意见：…', '备注（内部）：…')
_REMARK_RE = re.compile(r"^\s*[^：:\n]{0,10}(?:点评|意见|评语|批注|评价|看法|备注（内部）|内部备注)\s*[：:]")


def _unheaded(sentence: str) -> str:
    """A sentence under a heading the reader has no term for ('交付：提供源码…', '服务保障：终身免费维护！'): the words alone,
    read for what they state; a heading that names a term ('功能模块：', '报价：') stays."""
    from .mapping import match_label

    m = _HEAD_RE.match(sentence)
    if m is None or match_label(m.group(1)).target is not None:
        return sentence
    return sentence[m.end():]


def laid_out(sh: RawSheet) -> tuple[list[list], dict, list[tuple[int, int, str, str]]] | None:
    """(a mailbox's rows, moved addresses, rows listed) for a sheet of vendor cards; None for any other sheet."""
    rows = sh.rows
    if len(rows) > 1000:
        return None
    heads = [(r, c, m.group("name").strip()) for r, row in enumerate(rows) for c, v in enumerate(row)
             if v.__class__ is str and (m := _HEADING_RE.match(v))]
    if len(heads) < 2 or len({n for _r, _c, n in heads}) != len(heads):
        return None
    # two cards side by side on one row at least: a brochure, not a list of names down a column
    if not any(sum(1 for r2, _c, _n in heads if r2 == r) >= 2 for r, _c, _n in heads):
        return None
    head_at = {(r, c) for r, c, _n in heads}
    out: list[list] = [["供应商", "发件人", "发送时间", "主题", "正文", "IsSender"]]
    moved: dict = {(0, k): (heads[0][0], heads[0][1]) for k in range(6)}
    used: set[tuple[int, int]] = set(head_at)
    kept: list[tuple[int, int, str, str]] = []
    for r, c, name in heads:
        body = []
        for x in range(r + 1, len(rows)):
            v = sh.cell(x, c)
            if (x, c) in head_at or blank(v) or _FOOTER_RE.search(_text(v)):
                break
            body.append((x, v))
        if not body:
            return None  # a heading with nothing under it: no card
        for x, v in body:
            used.add((x, c))
            text = _text(v).strip()
            if _REMARK_RE.match(text):
                kept.append((x, c, "skip.notes_column", f"{name}: {text}"))
                continue
            k = len(out)
            # the paragraph a sentence a line ('…一次购买，终身使用！功能模块：…；另赠送…。安全合规：…'): each sentence's
            # label ('功能模块：', '安全合规：') heads its own words, never the sentence before it
            out.append([name, name, "", "", "\n".join(_unheaded(x.strip()) for x in _SENTENCE_END_RE.split(text) if x.strip()),
                        "0"])
            moved.update({(k, j): (x, c) for j in range(6)})
    if len(out) < 3:
        return None
    for r, row in enumerate(rows):  # the title, the writer's note, the footers: listed
        for c, v in enumerate(row):
            if (r, c) not in used and not blank(v):
                kept.append((r, c, "skip.note_row", _text(v)))
    return out, moved, kept
