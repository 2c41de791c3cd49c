"""One quote told on two sheets of a workbook: the answers on one, the prices on the other, joined by the vendor's name.

A bank's admission form (供应商准入评估表) keeps the compliance and service answers on one sheet (vendors as columns) and
the commercial offer on another (商务报价, vendors as rows); a buyer's workbook may split 技术 and 商务 the same way. Each
sheet then gives a record per vendor, and read apart they would be two quotes of one vendor (core.rounds would take
the later sheet for a revision and the other for its earlier version). They are one quote when the sheets name the same
vendors and ask different things: no label but the vendor's name and a row number in common. A vendor named on one
sheet only keeps its own record; two sheets asking the same things (rounds, copies) are never joined.
"""
from __future__ import annotations

import re
import unicodedata

from .ingest import _INDEX_LABELS, Record, RecordCell, ReadResult, Skipped, _is_vendor_label, _vendor_cell
from .mapping import label_key
from .parse import to_simplified


def _asks(rec: Record) -> set[str]:
    """What a record's labels ask, without the vendor's name and row numbers, and without the reviewer's own columns
    ('审查结论' on every sheet of a review split by topic asks nothing of the vendor)."""
    return {k for c in rec.cells if not _is_vendor_label(c[0]) and (k := label_key(c[0])) and k not in _INDEX_LABELS
            and not _REVIEWER_RE.search(k)}


_VERDICT_RE = re.compile(r"\s*(?:符合|不符合|基本符合|部分符合|待补|待核|待定|准入|不准入|暂缓|合格|不合格|通过|不通过|"
                         r"pass|fail|ok)\s*(?:[（(][^）)]{0,20}[)）])?\s*", re.I)
_REVIEWER_RE = re.compile(r"审查结论|审查意见|审核意见|评审意见|核查结论|复核意见|审查组|结论$|意见$|备注$")


_SHORT_NAME_RE = re.compile(r"^(?:简称|供应商简称|投标人简称|公司简称|short ?name|abbreviation)$", re.I)


def _aliases(records: list[Record]) -> dict[str, str]:
    """Short name -> full name, from records that give both ('投标人全称 | 简称': 西安长安数科有限公司 | 长安数科)."""
    out: dict[str, str] = {}
    for rec in records:
        for c in rec.cells:
            if isinstance(c[0], str) and _SHORT_NAME_RE.match(label_key(c[0]) or "") and isinstance(c[1], str) and c[1].strip():
                full = _name_key(_vendor_cell(rec)[0])
                if full != _name_key(c[1]):  # (a sheet keyed by the short name itself gives no alias)
                    out[_name_key(c[1])] = full
    return out


def _name_key(name: str) -> str:
    """A vendor's name as the sheets are joined by it: '佛山禪城…' on one sheet is '佛山禅城…' on the other."""
    return to_simplified(unicodedata.normalize("NFKC", name)).strip().casefold()


def _by_vendor(records: list[Record], aliases: dict[str, str] | None = None) -> dict[str, Record] | None:
    """Each vendor's one record on a sheet; None when a vendor has several (editions, packages: no join is sure). A
    sheet listing the vendors by short name is keyed by the full names another sheet gives for them."""
    out: dict[str, Record] = {}
    fulls = set((aliases or {}).values())
    for rec in records:
        name = _name_key(_vendor_cell(rec)[0])
        if aliases and name not in aliases and name not in fulls and len(name) >= 2:
            # '蜀山' where another sheet shortened '合肥蜀山数科有限公司' to '蜀山数科': the one full name holding it
            hold = {full for short, full in aliases.items() if name in short}
            if len(hold) == 1:
                name = hold.pop()
        name = (aliases or {}).get(name, name)
        if not name or name in out or rec.sheet_vendor is not None:
            return None
        out[name] = rec
    return out


def join_sheets(res: ReadResult) -> None:
    """Merge the records of sheets that tell different parts of the same vendors' quotes (in place): the first
    sheet's record takes the other's cells, their addresses naming the sheet they stand on."""
    sheets: dict[str, list[Record]] = {}
    for rec in res.records:
        sheets.setdefault(rec.sheet, []).append(rec)
    if len(sheets) < 2:
        return
    names = list(sheets)
    gone: set[int] = set()
    aliases = _aliases(res.records) if len(res.records) <= 2000 else {}
    for i, a in enumerate(names):
        base = _by_vendor(sheets[a], aliases)
        if base is None or any(id(r) in gone for r in sheets[a]):
            continue
        asked = set().union(*(_asks(r) for r in sheets[a]))
        for b in names[i + 1:]:
            other = _by_vendor(sheets[b], aliases)
            if other is None or any(id(r) in gone for r in sheets[b]):
                continue
            common = base.keys() & other.keys()
            if len(common) < min(len(base), len(other)):  # a sheet naming the vendors short ('镜湖数科'): the one full
                shorts = {}  # name of the other sheet that holds it
                for name in other.keys() - common:
                    holders = [full for full in base.keys() - common if len(name) >= 2 and name in full]
                    if len(holders) == 1:
                        shorts[name] = holders[0]
                if len(set(shorts.values())) == len(shorts) and len(common) + len(shorts) >= min(len(base), len(other)):
                    other = {shorts.get(k, k): v for k, v in other.items()}
                    common = base.keys() & other.keys()
            if not common or len(common) < min(len(base), len(other)):
                continue  # not the same vendors
            b_asks = set().union(*(_asks(r) for r in sheets[b]))
            if asked & b_asks:
                continue  # the same questions: rounds or copies, each its own record
            for name in common:
                rec, more = base[name], other[name]
                cells = []
                for c in more.cells:
                    if _is_vendor_label(c[0]):
                        continue
                    label = c[0]
                    if c[1].__class__ is str and _VERDICT_RE.fullmatch(c[1]):
                        # a summary sheet's '功能 | 符合': the reviewers' verdict on the topic, kept, never the vendor's word
                        label = f"{c[0]}（{more.sheet}）"
                        rec.fixed = {**(rec.fixed or {}), label: ""}
                    cells.append(RecordCell(label, c[1], f"{more.sheet}!{c[2]}"))
                rec.cells = list(rec.cells) + cells
                gone.add(id(more))
            asked |= b_asks
            first = sheets[a][0]
            res.notes.append(Skipped(first.file, b, "", "note.sheets_joined", f"{a} + {b}"))
    if gone:
        res.records = [r for r in res.records if id(r) not in gone]


def _numbers(rec: Record) -> set[float]:
    """The non-zero amounts a record's cells hold as numbers (a summary's formulas copy them from the vendor's sheet)."""
    out = set()
    for c in rec.cells:
        v = c[1]
        if v.__class__ in (int, float) and v and v == v:
            out.add(float(v))
    return out


def drop_copied_summary(res: ReadResult) -> None:
    """A summary sheet that copies the vendors' own sheets (比价汇总 of cross-sheet formulas, '=\'昭阳数科\'!C10', one
    sheet per vendor behind it): each vendor is read from its own sheet, where its words stand with their remarks; the
    summary's row of a vendor with a sheet of its own is listed (`skip.summary_of_sheets`), never a second quote. Only
    when the summary names at least two of those vendors, nearly every row it has is one of them, and the amounts of at
    least two rows are the sheets' own (it copies them; a summary giving other prices is another round, kept)."""
    own: dict[str, str] = {}  # a vendor's name, or the sheet's (a short name), -> its one-vendor sheet
    by_sheet: dict[str, Record] = {}
    for rec in res.records:
        if rec.sheet_vendor is not None:
            own[_name_key(rec.sheet_vendor)] = rec.sheet
            own[_name_key(rec.sheet)] = rec.sheet
            by_sheet[rec.sheet] = rec
    if len(by_sheet) < 2:
        return
    for sh in res.sheets:  # a vendor's sheet that gave no quote (it declined in its remarks) still is its sheet
        own.setdefault(_name_key(sh.sheet), sh.sheet)
    tables: dict[str, list[Record]] = {}
    for rec in res.records:
        if rec.sheet_vendor is None:
            tables.setdefault(rec.sheet, []).append(rec)
    gone: set[int] = set()
    for sheet, recs in tables.items():
        if len(recs) < 2:
            continue
        found: list[tuple[Record, str]] = []
        for rec in recs:
            names = [_vendor_cell(rec)[0]] + [c[1] for c in rec.cells if isinstance(c[0], str) and isinstance(c[1], str)
                                              and _SHORT_NAME_RE.match(label_key(c[0]) or "")]
            at = next((own[k] for n in names if n and (k := _name_key(n)) in own), None)
            if at is not None:
                found.append((rec, at))
        if len(found) < 2 or len(found) * 5 < len(recs) * 4:
            continue
        copied = sum(1 for rec, at in found if at in by_sheet and _numbers(rec) & _numbers(by_sheet[at]))
        if copied < 2:
            continue
        for rec, at in found:
            gone.add(id(rec))
            text = " | ".join(str(c[1]) for c in rec.cells if c[1] is not None and str(c[1]).strip())
            res.skipped.append(Skipped(rec.file, rec.sheet, rec.cells[0][2] if rec.cells else "", "skip.summary_of_sheets",
                                       f"{_vendor_cell(rec)[0]} → {at}: {text}"[:200]))
    if gone:
        res.records = [r for r in res.records if id(r) not in gone]
