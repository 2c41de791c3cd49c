"""One vendor per block: blocks stacked down the sheet (an appendix of vendor responses), or panels side by side
(a consultant's one-pagers, ``read_panels``).

A consultant's or a regional procurement desk's appendix often gives each vendor a block of its own: a title naming
the vendor ("B.1  Kunming Dianchi Fintech Co., Ltd.", "三、XX科技有限公司"), the same header row every time (Item |
Vendor response | Our check), then the vendor's answers, one criterion a row. Read as one table, the answer column
would be one "vendor" and the check column another. Here each block is one quote: the vendor from its title, each
answer under its criterion; the other columns (the buyer's check, remarks) are listed as the buyer's notes, and a
block that only says the vendor declined ("Declined to quote") is no quote.
"""
from __future__ import annotations

import re

from .formal import _company
from .ingest import RawSheet, Record, RecordCell, Skipped, _text, blank
from .mapping import is_long_criterion_label, is_long_value_label

_NUMBERING_RE = re.compile(r"^\s*(?:[A-Z]?\.?\d{1,2}(?:\.\d{1,2})*|[一二三四五六七八九十]{1,3}|[A-H])\s*[.、．)）:：]?\s+|"
                           r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*")
_SCAN_COLS = 6
_SCAN_HEAD = 30  # rows searched for the first block's header


def _title(sh: RawSheet, r: int) -> str | None:
    """The vendor a title row names ('B.1  Kunming Dianchi Fintech Co., Ltd.'), or None."""
    cells = [v for v in (sh.rows[r] if r < len(sh.rows) else []) if not blank(v)]
    if len(cells) != 1 or not isinstance(cells[0], str):
        return None
    text = _NUMBERING_RE.sub("", cells[0].strip(), count=1).strip()
    return text if text and len(text) <= 60 and _company(text) else None  # the name as written, '(HK) Ltd.' too


def read_stacked(sh: RawSheet) -> tuple[list[Record], list[Skipped]] | None:
    """A record per vendor block; None when the sheet has no header row repeated under vendor titles."""
    rows = sh.rows
    top = next((r for r in range(min(_SCAN_HEAD, len(rows))) if rows[r] and isinstance(rows[r][0], str)
                and is_long_criterion_label(rows[r][0])), None)
    if top is None:
        return None
    head, key = rows[top][0], tuple(_text(v) for v in rows[top][:_SCAN_COLS])
    rows_of = [r for r in range(top, len(rows)) if rows[r] and rows[r][0] == head
               and tuple(_text(v) for v in rows[r][:_SCAN_COLS]) == key]  # the header printed again
    if len(rows_of) < 2:
        return None
    titles = {}
    for h in rows_of:
        t = next((h - k for k in (1, 2) if h - k >= 0 and not all(blank(v) for v in sh.rows[h - k])), None)
        name = _title(sh, t) if t is not None else None
        if name is None:
            return None  # a repeated header without a vendor's title: blocks of another kind (core.blocks)
        titles[h] = (name, t)
    head = sh.rows[rows_of[0]]
    answer = 1  # the vendor's answer column; the others are the buyer's
    records: list[Record] = []
    listed: list[Skipped] = []
    ends = rows_of[1:] + [len(sh.rows)]
    for h, end in zip(rows_of, ends):
        name, t = titles[h]
        cells = [RecordCell("供应商", name, sh.address(t, 0))]
        for r in range(h + 1, titles[end][1] if end in titles else end):  # up to the next block's title
            label = _text(sh.cell(r, 0))
            if not label:
                if any(not blank(v) for v in sh.rows[r]):
                    listed.append(Skipped(sh.file, sh.sheet, sh.address(r, 0), "skip.note_row",
                                          " | ".join(_text(v) for v in sh.rows[r] if not blank(v))[:200]))
                continue
            value = sh.cell(r, answer)
            if not blank(value):
                cells.append(RecordCell(label, value, sh.address(r, answer)))
            for c in range(answer + 1, len(sh.rows[r])):
                if not blank(sh.cell(r, c)):
                    listed.append(Skipped(sh.file, sh.sheet, sh.address(r, c), "skip.notes_column",
                                          f"{label}: {_text(sh.cell(r, c))}"[:200]))
        rec = Record(sh.file, sh.sheet, sh.address(t, 0), cells)
        rec.fixed = {"供应商": "vendor"}
        records.append(rec)
    return records, listed


def read_panels(sh: RawSheet) -> tuple[list[Record], list[Skipped]] | None:
    """Vendor panels side by side (a consultant's one-pagers): the same panel header (Topic | Vendor position | RAG)
    repeated across one row, each panel under a title naming its vendor. Each panel is one quote: the vendor from its
    title, each answer under its topic; the panel's other columns (the consultant's rating) are listed as the buyer's.
    None for any other sheet."""
    rows = sh.rows
    for h in range(min(_SCAN_HEAD, len(rows))):
        row = rows[h]
        starts = [c for c, v in enumerate(row) if isinstance(v, str) and is_long_criterion_label(v)]
        if len(starts) < 2:
            continue
        width = starts[1] - starts[0]

        def head(c: int) -> tuple:  # a panel's header, without the blank spacer column after the last panel
            cells = [_text(v) for v in row[c:c + width]]
            while cells and not cells[-1]:
                cells.pop()
            return tuple(cells)

        if width < 2 or len({head(c) for c in starts}) != 1:
            continue
        heads = {c: h for c in starts}
        # a panel pasted a few rows lower, in a gap of the row ('[图片]' left where a picture stood above its title): the
        # same header at the same spacing, up to four rows down
        for c in range(starts[0] % width, len(row), width):
            if c in heads or c < starts[0] - width:
                continue
            lower = next((r for r in range(h + 1, min(h + 5, len(rows))) if c < len(rows[r]) and isinstance(rows[r][c], str)
                          and is_long_criterion_label(rows[r][c])
                          and tuple(_text(v) for v in rows[r][c:c + len(head(starts[0]))]) == head(starts[0])), None)
            if lower is not None:
                heads[c] = lower
        starts = sorted(heads)
        titles = {}
        for c in starts:
            hc = heads[c]
            t = next((r for r in range(hc - 1, max(-1, hc - 4), -1) if isinstance(sh.cell(r, c), str)
                      and _company(_panel_name(_text(sh.cell(r, c))))), None)
            if t is None:
                break
            titles[c] = (_panel_name(_text(sh.cell(t, c))), t)
        else:
            # the vendor's words: the first column whose header says so ('说明/证明材料' beside a '自评分' the
            # vendor gave itself), else the one after the topic
            answer = next((k for k in range(1, width) if is_long_value_label(_text(row[starts[0] + k]))), 1)
            return _panels(sh, heads, starts, width, titles, answer)
    return None


# A panel's title as a form has it: '供应商：海口椰城数科有限公司（盖章）' names 海口椰城数科有限公司
_NAME_LABEL_RE = re.compile(r"^\s*(?:供应商(?:名称)?|投标人|投标单位|应答人|报价单位|单位名称|vendor|bidder|supplier)\s*"
                            r"(?:[A-H甲乙丙丁戊己]|[一二三四五六七八]|\d{1,2})?\s*[：:]\s*", re.I)  # '供应商A：…', '供应商甲：…'

_SEAL_RE = re.compile(r"\s*[（(]\s*(?:盖章|公章|签章|盖公章|签字盖章|seal)\s*[)）]\s*$", re.I)


def _panel_name(text: str) -> str:
    return _SEAL_RE.sub("", _NAME_LABEL_RE.sub("", text)).strip() or text


def _panels(sh: RawSheet, heads: dict[int, int], starts: list[int], width: int, titles: dict,
            answer: int = 1) -> tuple[list[Record], list[Skipped]]:
    records: list[Record] = []
    listed: list[Skipped] = []
    for c in starts:
        name, t = titles[c]
        cells = [RecordCell("供应商", name, sh.address(t, c))]
        for r in range(heads[c] + 1, len(sh.rows)):
            label, value = _text(sh.cell(r, c)), sh.cell(r, c + answer)
            if not label or blank(value):
                continue
            cells.append(RecordCell(label, value, sh.address(r, c + answer)))
            for cc in range(c + 1, c + width):
                if cc != c + answer and not blank(sh.cell(r, cc)):
                    listed.append(Skipped(sh.file, sh.sheet, sh.address(r, cc), "skip.notes_column",
                                          f"{name} · {label}: {_text(sh.cell(r, cc))}"[:200]))
        if len(cells) == 1:  # a form sent back empty (or never): a name, no quote
            listed.append(Skipped(sh.file, sh.sheet, sh.address(t, c), "skip.no_values", name))
            continue
        rec = Record(sh.file, sh.sheet, sh.address(t, c), cells)
        rec.fixed = {"供应商": "vendor"}
        records.append(rec)
    return records, listed


def _pair(row: list, k: int = 2) -> tuple[str, object] | None:
    """(label, value) of a 'label | value' row (nothing right of the value, or a second 'label | value' beside it in
    column k: '乙方名称 | … | 统一社会信用代码 | …'), else None."""
    filled = [c for c, v in enumerate(row) if not blank(v)]
    if len(filled) > 1 and filled[-1] <= k + 1 and filled[-1] >= k and isinstance(row[k], str) and len(row[k]) <= 20 \
            and all(c in (0, 1, k, k + 1) for c in filled):
        filled = [c for c in filled if c < k]
    if not filled or filled[0] != 0 or len(filled) > 2 or (len(filled) == 2 and filled[1] != 1):
        return None
    label = row[0]
    if not isinstance(label, str) or len(label) > 40:
        return None
    return label.strip(), row[1] if len(row) > 1 else None


def _second_pair(row: list, k: int = 2) -> tuple[str, object] | None:
    """The second 'label | value' of a row holding two ('乙方名称 | … | 统一社会信用代码 | 91510100…'), its label in
    column k."""
    filled = [c for c, v in enumerate(row) if not blank(v)]
    if filled and filled[0] == 0 and k in filled and all(c in (0, 1, k, k + 1) for c in filled) \
            and isinstance(row[k], str) and len(row[k]) <= 20:
        return row[k].strip(), row[k + 1] if len(row) > k + 1 else None
    return None


def _second_label_column(rows: list) -> int:
    """Where the second label of a two-pair row stands: column 2, unless the form's values are merged over several
    columns ('等保三级 | …(B:C) | 数据加密 | …(E:F)' — an OA form printed on a six-column grid: 3). Counted on rows
    whose two labels are both known ones (an approval trail's '部门 | 意见 | | | 签字 | 日期' is no form row)."""
    from .mapping import match_label

    seen: dict[int, int] = {}
    for row in rows[:80]:
        filled = [c for c, v in enumerate(row) if not blank(v)]
        if len(filled) == 4 and filled[:2] == [0, 1] and filled[3] == filled[2] + 1 and filled[2] >= 2 \
                and all(isinstance(row[c], str) and len(row[c]) <= 20 and match_label(row[c]).target is not None
                        for c in (0, filled[2])) and all(blank(v) for v in row[2:filled[2]]):
            seen[filled[2]] = seen.get(filled[2], 0) + 1
    k = max(seen, key=seen.get, default=2)
    return k if seen.get(k, 0) >= 3 else 2


def read_label_blocks(sh: RawSheet) -> tuple[list[Record], list[Skipped]] | None:
    """Form records stacked down a sheet as 'label | value' rows, each opening with the vendor's name ('供应商名称 |
    武汉楚天信科技术有限公司' — an OA 流程's detail table printed one row after another: 明细表1 · 第1行, …): one quote per
    block. What stands above the first block (the form's own fields: 申请人, 拟选供应商, 拟选理由, 预算金额) and below
    the last (the approval trail) is the buyer's, listed; a block's heading line ('明细表1 · 第2行') is listed."""
    from .mapping import match_label

    rows = sh.rows
    head = [row for row in rows[:80] if any(not blank(v) for v in row)]
    k = _second_label_column(head)
    if not head or sum(_pair(row, k) is not None for row in head) * 2 < len(head):
        return None  # a table's rows fill more than two cells: no form (a first look, before the whole sheet)
    starts = [r for r, row in enumerate(rows) if (p := _pair(row, k)) is not None and not blank(p[1])
              and (t := match_label(p[0]).target) is not None and t.code == "vendor"]
    if len(starts) < 2 or any(b - a < 4 for a, b in zip(starts, starts[1:])):
        return None
    # between two vendor rows, nearly every filled row is a 'label | value' pair: a form, not a table
    span = [r for r in range(starts[0], starts[-1]) if any(not blank(v) for v in rows[r])]
    if sum(_pair(rows[r], k) is not None for r in span) < 0.85 * len(span):
        return None
    records: list[Record] = []
    listed: list[Skipped] = []

    def said(r: int, reason: str) -> None:
        listed.append(Skipped(sh.file, sh.sheet, sh.address(r, 0), reason,
                              " | ".join(_text(v) for v in rows[r] if not blank(v))[:200]))

    ends = starts[1:] + [len(rows)]
    for r in range(starts[0]):
        if any(not blank(v) for v in rows[r]):
            said(r, "skip.doc_line")
    for start, end in zip(starts, ends):
        cells: list[RecordCell] = []
        r = start
        while r < end:
            p = _pair(rows[r], k)
            if p is None:
                break  # a heading, a blank row or another table: the block is over
            if not blank(p[1]):
                cells.append(RecordCell(p[0], p[1], sh.address(r, 1)))
            if (q := _second_pair(rows[r], k)) is not None and not blank(q[1]):
                cells.append(RecordCell(q[0], q[1], sh.address(r, k + 1)))
            r += 1
        for rest in range(r, end):  # the next block's heading line, or what follows the last block
            if any(not blank(v) for v in rows[rest]):
                said(rest, "skip.doc_line")
        records.append(Record(sh.file, sh.sheet, sh.address(start, 1), cells))
    return records, listed


_FOOT_VENDOR_RE = re.compile(r"^\s*(?:供应商|供应商名称|供应商全称|报价单位|厂商|vendor|supplier)\s*[:：]\s*(\S.{1,60}?)\s*$", re.I)


def read_footed_blocks(sh: RawSheet) -> tuple[list[Record], list[Skipped]] | None:
    """'label | value' blocks stacked down a sheet, each NAMED UNDER ITS LAST ROW ('供应商：太原晋祠数科有限公司' — an
    entry form the clerk fills in one vendor at a time): one quote per block, its rows the block's own; a third column of the
    clerk's remarks (录入备注) is hers, listed; the header and instructions above the first block are listed."""
    rows = sh.rows
    feet = [(r, m.group(1)) for r, row in enumerate(rows)
            if row and isinstance(row[0], str) and (m := _FOOT_VENDOR_RE.match(row[0])) and _company(m.group(1))]
    if len(feet) < 2 or len(feet) > 200:
        return None
    records: list[Record] = []
    listed: list[Skipped] = []
    start = 0
    head = next((r for r in range(feet[0][0]) if sum(1 for v in rows[r] if not blank(v)) >= 2), None)
    for r in range(0, (head + 1) if head is not None else 0):
        if any(not blank(v) for v in rows[r]):
            listed.append(Skipped(sh.file, sh.sheet, sh.address(r, 0), "skip.doc_line",
                                  " | ".join(_text(v) for v in rows[r] if not blank(v))[:200]))
    start = (head + 1) if head is not None else 0
    for foot, name in feet:
        cells = [RecordCell("供应商", name, sh.address(foot, 0))]
        for r in range(start, foot):
            row = rows[r]
            if not row or blank(row[0]) or not isinstance(row[0], str):
                continue
            if len(row) > 1 and not blank(row[1]):
                cells.append(RecordCell(_text(row[0]).strip(), row[1], sh.address(r, 1)))
            for c in range(2, len(row)):  # the clerk's remark beside a row: hers
                if not blank(row[c]):
                    listed.append(Skipped(sh.file, sh.sheet, sh.address(r, c), "skip.buyer_message",
                                          f"{name}: {_text(row[0])}: {_text(row[c])}"[:200]))
        if len(cells) > 1:
            rec = Record(sh.file, sh.sheet, sh.address(foot, 0), cells)
            rec.fixed = {"供应商": "vendor"}
            records.append(rec)
        start = foot + 1
    return (records, listed) if len(records) >= 2 else None
