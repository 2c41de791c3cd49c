"""One vendor's response split into parts, each a record of its own ('江门台山数科有限公司 — A. Commercials & modules' and
'江门台山数科有限公司 — B. Security, compliance & service': a slide deck dumped one row per slide, a form in two pages):
the parts are one quote, under the vendor's name."""
from __future__ import annotations

import re

from .ingest import ReadResult, Record, _is_vendor_label, _vendor_cell

# 'Name — A. Commercials', 'Name - Part 2: Service', 'Name（一）商务部分', 'Name：B 安全与服务'
_PART_RE = re.compile(r"^\s*(?P<name>\S.{1,58}?)\s*(?:—|–|--|-|:|：|\||｜)\s*(?P<part>(?:[A-Fa-f]|[一二三四五六]|[1-6]|"
                      r"part\s*[1-6a-f]|第[一二三四五六1-6]部分)\s*[.、:：)）]\s*\S.{0,80})$", re.I)
_BRACKET_PART_RE = re.compile(r"^\s*(?P<name>\S.{1,58}?)\s*[(（](?P<part>[一二三四五六1-6]|[A-Fa-f])[)）]\s*(?P<rest>\S.{0,80})?$")


def _split(name: str) -> tuple[str, str] | None:
    m = _PART_RE.match(name) or _BRACKET_PART_RE.match(name)
    return (m.group("name").strip(), m.group("part").strip()) if m else None


def join_parts(res: ReadResult) -> None:
    """Merge, in place, the records of one sheet whose vendor cells name the same vendor with a different part each:
    the first record takes the others' cells, its vendor cell the name alone. Needs two parts or more of one name."""
    if len(res.records) < 2 or len(res.records) > 2000:
        return
    groups: dict[tuple, list[tuple[int, str]]] = {}
    for k, rec in enumerate(res.records):
        text, _a = _vendor_cell(rec)
        if not text or (split := _split(text)) is None:
            continue
        groups.setdefault((rec.file, rec.sheet, split[0].casefold()), []).append((k, split[0]))
    gone: set[int] = set()
    for (_f, _s, _n), members in groups.items():
        if len(members) < 2:
            continue
        first = res.records[members[0][0]]
        name = members[0][1]
        cells = []
        for k, _name in members:
            for cell in res.records[k].cells:
                if _is_vendor_label(cell[0]) or (first.fixed and first.fixed.get(cell[0]) == "vendor"):
                    if k == members[0][0] and not cells or not any(_is_vendor_label(c[0]) for c in cells):
                        cells.append((cell[0], name, cell[2]))
                    continue
                cells.append(cell)
            if k != members[0][0]:
                gone.add(k)
        res.records[members[0][0]] = Record(first.file, first.sheet, first.origin, cells, first.sheet_vendor, first.fixed,
                                            first.edition, first.answered, first.notes_govern)
    if gone:
        res.records = [r for k, r in enumerate(res.records) if k not in gone]
