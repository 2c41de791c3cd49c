"""A comparison written like a memo: one row per criterion, every vendor's answer in one cell, a line each.

'报价及计税 | 青秀：21.8万元，含税\\n七星：16.8万元，含税\\n…' — each line opens with the vendor's short name and a colon
('青秀、钦南：全站HTTPS' holds for both), and a small table above gives each short name's full name (简称 | 单位全称). Read
as it stands there is no vendor at all. Here the sheet is laid out again as a table of vendors as columns: the criteria
down the left, each vendor's lines on a criterion in its column — every value keeping the address of the cell it was
written in. The key table is used, not read as quotes; the writer's own column beside the answers ('我的看法') is kept as
notes under the table.
"""
from __future__ import annotations

import re

from .ingest import RawSheet, _text, blank

_SHORT_HEAD_RE = re.compile(r"^(?:供应商|单位|公司|厂商)?(?:简称|简写|代称)$")
_FULL_HEAD_RE = re.compile(r"^(?:供应商|单位|公司|厂商|投标人)?(?:全称|名称)$|^单位全称$|^公司全称$")
_SEP_RE = re.compile(r"\s*[、，,/／和及]\s*")


def _key(sh: RawSheet) -> tuple[int, int, dict[str, str]] | None:
    """(key header row, the row after its last entry, short name -> full name) of the sheet's key table."""
    rows = sh.rows
    for h in range(min(40, len(rows))):
        row = rows[h]
        sc = next((c for c, v in enumerate(row) if v.__class__ is str and _SHORT_HEAD_RE.match(v.strip())), None)
        fc = next((c for c, v in enumerate(row) if v.__class__ is str and _FULL_HEAD_RE.match(v.strip())), None)
        if sc is None or fc is None:
            continue
        key, end = {}, h + 1
        while end < len(rows) and not blank(sh.cell(end, sc)) and not blank(sh.cell(end, fc)):
            key[_text(sh.cell(end, sc)).strip()] = _text(sh.cell(end, fc)).strip()
            end += 1
        if len(key) >= 2:
            return h, end, key
    return None


def _opening(line: str, key: dict[str, str]) -> tuple[list[str], str] | None:
    """(the short names a line opens with, the rest of it), or None for a line that opens with none."""
    m = re.match(r"\s*([^：:\n]{1,40}?)\s*[：:]\s*(.*)$", line, re.S)
    if m is None:
        return None
    names = [n for n in _SEP_RE.split(m.group(1).strip()) if n]
    if not names or any(n not in key for n in names):
        return None
    return names, m.group(2).strip()


def laid_out(sh: RawSheet) -> tuple[list[list], dict, dict[str, str]] | None:
    """(rows, moved addresses, key) of the sheet laid out with the vendors as columns; None for any other sheet."""
    rows = sh.rows
    if len(rows) > 500:
        return None
    found = _key(sh)
    if found is None:
        return None
    kh, kend, key = found
    width = max(len(r) for r in rows)
    answers: dict[int, dict[int, list[str]]] = {}  # column -> row -> its lines
    for c in range(width):
        for r in range(kend, len(rows)):
            v = sh.cell(r, c)
            if v.__class__ is not str or "\n" not in v:
                continue
            lines = [ln for ln in v.split("\n") if ln.strip()]
            if sum(1 for ln in lines if _opening(ln, key) is not None) >= 2:
                answers.setdefault(c, {})[r] = lines
    if not answers:
        return None
    ac = max(answers, key=lambda c: len(answers[c]))
    if len(answers[ac]) < 3 or ac == 0:
        return None
    criteria = answers[ac]
    lc = ac - 1  # the criterion's label: the nearest filled column on the left of the answers
    while lc > 0 and all(blank(sh.cell(r, lc)) for r in criteria):
        lc -= 1
    first = min(criteria)
    head = next((r for r in range(first - 1, kend - 1, -1) if not blank(sh.cell(r, ac))), None)
    names = list(dict.fromkeys(key.values()))
    full_col = next(c for c, v in enumerate(rows[kh]) if v.__class__ is str and _FULL_HEAD_RE.match(v.strip()))
    out: list[list] = []
    moved: dict = {}
    notes = []
    start = head if head is not None else first - 1

    def header() -> None:
        k = len(out)
        out.append([_text(sh.cell(head, lc)) if head is not None else "比较项目"] + names)
        moved[(k, 0)] = (start, lc)
        shorts = list(key)
        for j, name in enumerate(names):  # each vendor named at its full name's cell in the key
            moved[(k, j + 1)] = (kh + 1 + shorts.index(next(s_ for s_, f in key.items() if f == name)), full_col)

    for r in range(len(rows)):
        if kh <= r < kend:
            continue  # the key: used, not read as quotes (said in a note)
        if r == start:
            header()
            if head is not None:
                continue
        label = sh.cell(r, lc)
        if r not in criteria:
            filled = [c for c, v in enumerate(rows[r]) if not blank(v)]
            if filled:  # a title, a section row, a note: as it stands, in one cell
                out.append([" ".join(_text(rows[r][c]) for c in filled).strip()] + [None] * len(names))
                moved[(len(out) - 1, 0)] = (r, filled[0])
            continue
        per: dict[str, list[str]] = {}
        last: list[str] = []
        for ln in criteria[r]:
            opened = _opening(ln, key)
            if opened is not None:
                last = [key[n] for n in opened[0]]
                for n in last:
                    per.setdefault(n, []).append(opened[1])
            else:  # a line run on from the one above: the same vendors'
                for n in last:
                    per.setdefault(n, []).append(ln.strip())
        k = len(out)
        out.append([label] + ["；".join(per[n]) if n in per else None for n in names])
        moved[(k, 0)] = (r, lc)
        moved.update({(k, j + 1): (r, ac) for j in range(len(names))})
        for c in range(ac + 1, width):  # the writer's own column beside the answers ('我的看法'): kept, as notes
            if not blank(v := sh.cell(r, c)):
                notes.append((r, c, f"{_text(sh.cell(head, c)) if head is not None else ''}（{_text(label)}）：{_text(v)}"))
    for r, c, text in notes:
        out.append([text] + [None] * len(names))
        moved[(len(out) - 1, 0)] = (r, c)
    return out, moved, key
