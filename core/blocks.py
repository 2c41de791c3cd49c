"""A comparison sheet kept in blocks: criteria down a column, one column per vendor, split into sections.

A procurement officer's 询比价表 often has one block per topic (报价 / 资质与安全 / 功能 / 售后 / 源码), each opened by
a sub-title row ("▌二、资质与安全", "【售后服务】", "三、功能模块", "B. SECURITY") and the vendor header row printed
again (项目 | 甲 | 乙 | 丙), with blank rows between the blocks. Each block is read on its own header row, so a
block whose vendors stand in another order, or that leaves one out, still gives each vendor its own cells; a
vendor's cells from every block make one quote. Sub-title rows and the repeated header rows are listed as left out,
never read as criteria (a sub-title "▌一、报价" is no blank price).

``read_blocks`` is called by core.ingest once it has found the label column of a transposed sheet; it answers False
(and reads nothing) when the sheet has no sub-title row before a header and no header printed again.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .ingest import (_VENDOR_LABEL, RawSheet, ReadResult, Record, RecordCell, Skipped, _is_notes_label, _looks_like_note,
                     _plausible_vendor, _text, _transposed, blank, col_letter)
from .ingest import is_opinion_head
from .mapping import is_long_criterion_label, match_label
from .parse import is_number, yes_no

# The start of a sub-title: a bar or bullet, a bracketed title, Chinese or letter numbering, 第…部分, Part / Section.
_SECTION_RE = re.compile(
    r"^\s*(?:[▌▍▎▋▊■□◆◇●◎▶►▸▪★☆※§#]+"
    r"|【[^】]{1,30}】|〖[^〗]{1,30}〗"
    r"|[一二三四五六七八九十]{1,3}\s*[、.．]"
    r"|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|第[一二三四五六七八九十\d]{1,3}\s*(?:部分|节|章|块|篇|项)"
    r"|(?:part|section)\s+[\dA-Za-z]{1,3}(?![a-z])"
    r"|[A-H]\s*[.、．)]\s*(?=[A-Za-z\u4e00-\u9fff]))", re.I)
_NOT_A_NAME_RE = re.compile(r"^[\d\s.,:：/\-年月日号%￥¥$]+$")


def _names(sh: RawSheet, r: int, lc: int) -> dict[int, str]:
    """column -> vendor name when row r reads as a vendor header right of the label column, else {}.

    A header names each vendor once, in short texts that are no values: no numbers, dates, amounts, yes/no words
    or field labels; its own label cell is blank, a head word (项目, 对比项) or the vendor label."""
    row = sh.rows[r] if r < len(sh.rows) else []
    head = _text(sh.cell(r, lc))
    if head:
        t = match_label(head).target
        if not (is_long_criterion_label(head) or (t is not None and t.code == "vendor")
                or (t is None and len(head) <= 12)):
            return {}
    out: dict[int, str] = {}
    for c in range(lc + 1, len(row)):
        v = row[c]
        if blank(v):
            continue
        if not isinstance(v, str) or is_number(v):
            return {}
        name = v.strip()
        if is_opinion_head(name):
            continue  # '合规部意见' over the buyer's own column beside the vendors': no vendor, no objection either
        if (_NOT_A_NAME_RE.match(name) or yes_no(name) is not None or not _plausible_vendor(name)
                or match_label(name).target is not None):
            if _is_notes_label(name):
                continue  # a notes column over the vendors ('备注'): not a name, no objection either
            return {}
        out[c] = name
    if len(out) < 2 or len(set(out.values())) < len(out):
        return {}
    return out


def _is_section(sh: RawSheet, r: int, lc: int, inside: bool) -> bool:
    """A sub-title row: text in the label column alone, opened like a title ('▌', '【…】', '二、'), or merged across
    the table from the label column between two blocks (`inside`; above the table it is the sheet's title)."""
    label = _text(sh.cell(r, lc))
    if not label or any(not blank(v) for c, v in enumerate(sh.rows[r]) if c != lc):
        return False
    if _SECTION_RE.match(label):
        return True
    return inside and not _looks_like_note(label) and any(r0 == r and c0 <= lc < c1
                                                          for (r0, c0), (_r1, c1) in sh.merges)


def _next_filled(sh: RawSheet, r: int) -> int | None:
    return next((i for i in range(r + 1, len(sh.rows)) if any(not blank(v) for v in sh.rows[i])), None)


def _has_values(sh: RawSheet, r: int, lc: int) -> bool:
    return any(not blank(v) for v in sh.rows[r][lc + 1:])


def read_blocks(sh: RawSheet, lc: int, res: ReadResult) -> bool:
    """Read a transposed sheet kept in blocks (see the module's note). False, with nothing read, when it is none."""
    rows = sh.rows
    heads = {r: n for r in range(len(rows)) if (n := _names(sh, r, lc))}
    # a header row: a candidate sharing two names or more with another one (the header printed again) ...
    header_rows = {r for r, n in heads.items()
                   if any(o != r and len(set(n.values()) & set(m.values())) >= 2 for o, m in heads.items())}
    top = min(heads, default=len(rows))
    sections = [r for r in range(len(rows)) if r not in heads and _is_section(sh, r, lc, r > top)]
    # ... or a candidate right under a sub-title row
    opened = {nx for r in sections if (nx := _next_filled(sh, r)) is not None and nx in heads}
    header_rows = sorted(header_rows | opened)
    # a header with nothing under it before the next one is part of that one (项目 | … over 供应商 | …)
    header_rows = [h for k, h in enumerate(header_rows)
                   if any(any(not blank(v) for v in rows[r]) and r not in sections
                          for r in range(h + 1, header_rows[k + 1] if k + 1 < len(header_rows) else len(rows)))]
    if not header_rows or (len(header_rows) < 2 and not opened):
        return False
    if any(_has_values(sh, r, lc) and match_label(_text(sh.cell(r, lc))).target is not None
           for r in range(header_rows[0])):
        return False  # criteria with values above the first header: no sheet of blocks
    for r in sections:
        res.notes.append(Skipped(sh.file, sh.sheet, sh.address(r, lc), "skip.section_row",
                                 _text(sh.cell(r, lc))[:200]))
    for r in header_rows[1:]:
        res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, lc), "skip.repeated_header",
                                   " | ".join(_text(v) for v in rows[r] if not blank(v))[:200]))
    titles = set(sections)
    quotes: dict[str, Record] = {}  # vendor name -> its quote, the blocks' cells in order
    empty: list[Skipped] = []  # a vendor's column empty in one block: said only when it is empty in all of them
    for k, h in enumerate(header_rows):
        lo = 0 if k == 0 else h
        hi = header_rows[k + 1] if k + 1 < len(header_rows) else len(rows)
        # the block alone, at its place in the sheet (addresses stay those of the sheet)
        part = replace(sh, rows=[rows[r] if lo <= r < hi and r not in titles else [] for r in range(len(rows))],
                       issues=[], hidden="", hidden_rows=(), hidden_cols=())  # a part of a part keeps its addresses
        block = ReadResult()
        if any(match_label(_text(part.cell(r, lc))).target is not None for r in range(lo, hi) if r != h):
            _transposed(part, lc, block)
        else:  # a block of labels the product does not score ('交付周期', '公司规模'): kept under them
            _kept(part, lc, h, range(h + 1, hi), block)
        for rec in block.records:
            name = _text(rec.cells[0][1])
            if name in quotes:
                quotes[name].cells += rec.cells[1:]  # its name again: said once
            else:
                quotes[name] = rec
        res.skipped += [s for s in block.skipped if s.reason != "skip.no_values"]
        empty += [s for s in block.skipped if s.reason == "skip.no_values"]
        res.notes += block.notes
    res.records += quotes.values()
    res.skipped += list({s.text: s for s in reversed(empty) if s.text not in quotes}.values())[::-1]
    return True


def _kept(sh: RawSheet, lc: int, h: int, rows: range, res: ReadResult) -> None:
    """A block with no label the product reads: each vendor's cells kept under their labels, rows without a label
    or without any value listed as notes."""
    for c, name in _names(sh, h, lc).items():
        cells = [RecordCell(_text(sh.cell(r, lc)), sh.cell(r, c), sh.address(r, c)) for r in rows
                 if _text(sh.cell(r, lc)) and not blank(sh.cell(r, c))]
        if cells:
            res.records.append(Record(sh.file, sh.sheet, col_letter(c),
                                      [RecordCell(_VENDOR_LABEL, name, sh.address(h, c)), *cells]))
    notes = [c for c in range(lc + 1, len(sh.rows[h])) if _is_notes_label(_text(sh.cell(h, c)))]
    for r in rows:
        text = " ".join(_text(v) for v in sh.rows[r] if not blank(v))
        if text and (not _text(sh.cell(r, lc)) or not _has_values(sh, r, lc)):
            res.notes.append(Skipped(sh.file, sh.sheet, sh.address(r, 0), "skip.note_row", text[:200]))
        for c in notes:  # a notes column ('备注') beside the vendors: kept as notes, as in any transposed sheet
            if not blank(sh.cell(r, c)):
                res.notes.append(Skipped(sh.file, sh.sheet, sh.address(r, c), "skip.notes_column",
                                         f"{_text(sh.cell(r, lc))}: {_text(sh.cell(r, c))}"[:200]))
