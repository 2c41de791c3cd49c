"""Replies written as "字段=值" lines, one per row, a block per vendor (mail replies to a template, pasted).

A buyer who sends a reply template ("供应商=（贵司全称）\\n报价=（金额）…") gets the vendors' answers back in the same
form and pastes them one under another: a heading per reply ("【回复1】"), the mail's own lines (发件人:, 发送时间:),
then "供应商=…", "报价=…", "等保三级=…". Read as one document it would be one quote. Here each block that names its
vendor ("供应商=…") is one quote, every "字段=值" line a labelled cell; the template itself (its values in brackets:
"（贵司全称）"), headings and mail lines are listed. A line a CSV split at its commas ("功能模块=企业征信,银行流水分析,…")
is put back together first.
"""
from __future__ import annotations

import re

from .ingest import RawSheet, Record, RecordCell, Skipped, _text, blank
from .mapping import match_label

_PAIR_RE = re.compile(r"^\s*([^=＝:：]{1,20}?)\s*[=＝]\s*(.*)$", re.S)
_TEMPLATE_RE = re.compile(r"^\s*[(（].*[)）]\s*$")  # '（贵司全称）': a template's blank
_MIN_PAIRS = 8


def _looks_like_pairs(sh: RawSheet) -> bool:
    """Cheap first look: a reply block's lines are in one column, '字段=值' — a table's rows are not."""
    firsts = []
    for row in sh.rows:
        cells = [v for v in row if not blank(v)]
        if cells:
            firsts.append(cells[0])
            if len(firsts) == 24:
                break
    return sum(1 for v in firsts if v.__class__ is str and _PAIR_RE.match(v)) * 3 >= len(firsts)


def read_keyvalue(sh: RawSheet) -> tuple[list[Record], list[Skipped]] | None:
    """A quote per vendor block of "字段=值" lines; None for any other sheet."""
    if not _looks_like_pairs(sh):
        return None
    lines = []
    for r, row in enumerate(sh.rows):
        filled = [(c, v) for c, v in enumerate(row) if not blank(v)]
        if filled:
            # a CSV splits a line at its ASCII commas: the cells after the first are the rest of the same line
            lines.append((r, filled[0][0], ",".join(_text(v) for _c, v in filled)))
    pairs = [(r, c, m) for r, c, t in lines if (m := _PAIR_RE.match(t))]
    if len(pairs) < _MIN_PAIRS or len(pairs) * 2 < len(lines):
        return None
    vendor_label = next((m.group(1) for _r, _c, m in pairs if (t := match_label(m.group(1)).target) is not None
                         and t.code == "vendor"), None)
    if vendor_label is None:
        return None
    records: list[Record] = []
    listed: list[Skipped] = []
    block: list[tuple[int, int, str, str]] = []

    def close() -> None:
        named = [(r, c, k, v) for r, c, k, v in block if k == vendor_label]
        if named and not _TEMPLATE_RE.match(named[0][3]):
            cells = [RecordCell(k, v, sh.address(r, c)) for r, c, k, v in block if v and not _TEMPLATE_RE.match(v)]
            records.append(Record(sh.file, sh.sheet, sh.address(named[0][0], named[0][1]), cells))
        else:  # the template, or lines naming no vendor
            listed.extend(Skipped(sh.file, sh.sheet, sh.address(r, c), "skip.doc_line", f"{k}={v}"[:200])
                          for r, c, k, v in block)
        block.clear()

    by_row = {r: m for r, _c, m in pairs}
    for r, c, t in lines:
        m = by_row.get(r)
        if m is None:  # a heading ('【回复2】'), a mail line ('发件人: …'), a closing line
            if t.lstrip().startswith(("【", "[")) and block:
                close()
            listed.append(Skipped(sh.file, sh.sheet, sh.address(r, c), "skip.doc_line", t[:200]))
            continue
        key, value = m.group(1).strip(), m.group(2).strip()
        if key == vendor_label and any(k == vendor_label for _r, _c, k, _v in block):
            close()  # the next vendor's block, with no heading between
        block.append((r, c, key, value))
    close()
    return (records, listed) if records else None
