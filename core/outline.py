"""An outline pasted into a sheet (幕布, XMind, WorkFlowy, a Word outline): one node a line, its level in its indent.

An IT director keeps his notes on each vendor as an outline — a branch per vendor, the facts one to three levels below
("报价：合计22.6万元（含税13%）", "售后" over five lines of the letter's wording) — and pastes it into WPS, one node a row,
the level written as leading spaces; a second column may say where a fact came from (报价函 PDF, 微信, 电话). Read as
a table it is nothing. Here each company node with nodes under it is one quote: a node "label：value" is a labelled
cell (what is under it is more of the same value), a node without a value that has nodes under it ("功能", "售后（报价函
原文）") labels everything under it, and a lone line is a remark. The other branches (背景, 待办) and the source column
are the writer's: listed, never read as a vendor's words.
"""
from __future__ import annotations

import re

from .ingest import RawSheet, Record, RecordCell, Skipped, _text, blank

_INDENT_RE = re.compile(r"^([ \t\u3000]*)(\S.*)$", re.S)
_PAIR_RE = re.compile(r"^([^:：]{1,16})[:：]\s*(.*)$", re.S)
_BULLET_RE = re.compile(r"^(?:[-*•·◦▪▸►]|\d{1,2}[.、)）])\s*")
_MIN_NODES = 12
_MAX_VENDORS = 200


def _width(ws: str) -> int:
    return sum(4 if ch == "\t" else 2 if ch == "\u3000" else 1 for ch in ws)


def _nodes(sh: RawSheet) -> list[tuple[int, int, str, str]] | None:
    """(row, indent, text, remark) per node; None unless column A is an indented outline."""
    out = []
    for r, row in enumerate(sh.rows):
        v = row[0] if row else None
        if blank(v):
            if any(not blank(x) for x in row[1:]):
                return None  # a table's row: something beside an empty first column
            continue
        if not isinstance(v, str) or "\n" in v.strip():
            return None
        m = _INDENT_RE.match(v)
        if m is None:
            return None
        rest = [x for x in row[1:] if not blank(x)]
        if len(rest) > 1:
            return None  # more than one remark beside a node: a table
        out.append((r, _width(m.group(1)), _BULLET_RE.sub("", m.group(2).strip()), _text(rest[0]) if rest else ""))
    if len(out) >= _MIN_NODES and len({n[1] for n in out}) == 1:
        return _flat(sh, out)
    if len(out) < _MIN_NODES or len({n[1] for n in out}) < 3:
        return None
    if sum(1 for n in out if n[1] > 0) * 10 < len(out) * 6:  # most nodes indented
        return None
    return out


def _flat(sh: RawSheet, out: list) -> list[tuple[int, int, str, str]] | None:
    """A mail pasted one line a row, its outline in marks instead of indents: numbered headings naming companies ('1)
    阳江漠阳数科有限公司'), each over '- Price: …' bullet lines. The bullets are one level under the headings; None unless
    at least two numbered company headings have bullets under them."""
    from .formal import _company

    marks = []
    for r, _w, _t, note in out:
        raw = _text(sh.cell(r, 0)).strip()
        marks.append(2 if _DASH_RE.match(raw) else 0)
    heads = 0
    for k, (r, _w, text, _n) in enumerate(out):
        raw = _text(sh.cell(r, 0)).strip()
        if marks[k] == 0 and _NUMBERED_RE.match(raw) and _company(text.split("，")[0]) == text.split("，")[0].strip() \
                and k + 1 < len(out) and marks[k + 1] == 2:
            heads += 1
    if heads < 2 or sum(marks) < 12:
        return None
    return [(r, marks[k], text, note) for k, (r, _w, text, note) in enumerate(out)]


_DASH_RE = re.compile(r"^[-*•·◦▪▸►]\s*\S")
_NUMBERED_RE = re.compile(r"^\d{1,2}[.、)）]\s*\S")


def read_outline(sh: RawSheet) -> tuple[list[Record], list[Skipped]] | None:
    """A quote per company node of an outline; None for any other sheet."""
    from .formal import _company

    nodes = _nodes(sh)
    if nodes is None:
        return None

    ends = [len(nodes)] * len(nodes)  # the end (exclusive) of each node's subtree, in one pass
    stack: list[int] = []
    for j, (_r, width, _t, _n) in enumerate(nodes):
        while stack and nodes[stack[-1]][1] >= width:
            ends[stack.pop()] = j
        stack.append(j)

    def children(i: int) -> int:
        return ends[i]

    vendors = []
    inside = -1  # the end of the company branch being read: a company named inside another's branch is a fact of it
    for i, n in enumerate(nodes):
        if i < inside:
            continue
        first = n[2].split("，")[0]
        if ends[i] > i + 1 and _company(first) == first.strip() and not _PAIR_RE.match(n[2]):
            vendors.append(i)
            inside = ends[i]
        if len(vendors) > _MAX_VENDORS:
            return None  # thousands of company branches: no buyer's notes on an enquiry
    if len(vendors) < 2:
        return None
    records: list[Record] = []
    listed: list[Skipped] = []
    taken: set[int] = set()
    for i in vendors:
        end = children(i)
        r0, _w, name, remark = nodes[i]
        cells = [RecordCell("供应商", name, sh.address(r0, 0))]
        if remark:
            cells.append(RecordCell("信息来源", remark, sh.address(r0, 1)))
        k = i + 1
        while k < end:
            r, _w, text, note = nodes[k]
            sub_end = children(k)
            under = [nodes[x][2] for x in range(k + 1, sub_end)]
            m = _PAIR_RE.match(text)
            if m and m.group(2).strip():  # '报价：合计22.6万元（含税13%）' with its breakdown under it
                value = "；".join([m.group(2).strip()] + under)
                cells.append(RecordCell(m.group(1).strip(), value, sh.address(r, 0)))
            elif under:  # '功能' / '售后（报价函原文）' over the lines it labels
                label = m.group(1).strip() if m else text
                cells.append(RecordCell(label, "；".join(under), sh.address(r, 0)))
            else:  # a lone line: a remark ('电话婉拒，不参与本次报价')
                cells.append(RecordCell("说明", text, sh.address(r, 0)))
            for x in range(k, sub_end):
                if nodes[x][3]:
                    cells.append(RecordCell(f"信息来源（第{nodes[x][0] + 1}行）", nodes[x][3], sh.address(nodes[x][0], 1)))
            k = sub_end
        records.append(Record(sh.file, sh.sheet, sh.address(r0, 0), cells))
        taken.update(range(i, end))
    for x, (r, _w, text, _note) in enumerate(nodes):
        if x not in taken:
            listed.append(Skipped(sh.file, sh.sheet, sh.address(r, 0), "note.outline_other", text[:120]))
    return records, listed
