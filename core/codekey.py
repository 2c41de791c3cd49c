"""An anonymised (暗标) review's bidder codes, named by the file's own key.

A tender agent keeps a bid's technical response under a code ("投标人A" … "投标人F") while the panel scores it, reads
the prices aloud by name on another sheet, and unseals the key (暗标编号 | 投标人名称) afterwards. The quote of a bidder
is its coded column joined with its priced row: the codes in the records are replaced by the names the key gives
(the cell keeps its address), and the key sheet itself is said to have been used, not reported as a sheet without a
table. A code the key does not name stays as it is.
"""
from __future__ import annotations

import re

from .errors import QuoteError
from .ingest import ReadResult, RecordCell, Skipped, _is_vendor_label, _plausible_vendor, _text, blank
from .mapping import label_key, match_label

_CODE_HEADS = frozenset(label_key(w) for w in (
    "暗标编号", "投标人编号", "供应商编号", "投标人代码", "供应商代码", "编号", "代码", "代号", "暗标代码", "盲评编号", "匿名编号",
    "编码", "投标人编码", "供应商编码", "比选编码", "评审编码",
    "code", "bidder code", "vendor code", "supplier code", "anonymous code", "blind code"))
_SCAN_ROWS = 10


def _key_of(sh) -> dict[str, str] | None:
    """{code: name} from a sheet whose table is a code column beside a vendor-name column; None otherwise."""
    for h, row in enumerate(sh.rows[:_SCAN_ROWS]):
        labels = [_text(v).strip() for v in row]
        cc = next((c for c, s in enumerate(labels) if label_key(s) in _CODE_HEADS), None)
        nc = next((c for c, s in enumerate(labels) if c != cc and s and (t := match_label(s).target) is not None
                   and t.code == "vendor"), None)
        if cc is None or nc is None:
            continue
        key: dict[str, str] = {}
        for r in range(h + 1, len(sh.rows)):
            code, name = _text(sh.cell(r, cc)).strip(), _text(sh.cell(r, nc)).strip()
            if code and name and len(code) <= 16 and _plausible_vendor(name):
                key[code] = name
        if len(key) >= 2 and len(set(key.values())) == len(key):
            return key
    return None


def resolve_codes(res: ReadResult, errors: list[QuoteError]) -> list[QuoteError]:
    """Name the coded bidders of `res` by a key sheet that gave no records; the errors left to report."""
    used = {rec.sheet for rec in res.records}
    keys = [(sh, key) for sh in res.sheets if sh.sheet not in used and (key := _key_of(sh)) is not None]
    if not keys:
        return errors
    named = 0
    for sh, key in keys:
        for rec in res.records:
            for i, cell in enumerate(rec.cells):
                if _is_vendor_label(cell[0]):
                    name = key.get(_text(cell[1]).strip()) if not blank(cell[1]) else None
                    if name is not None:
                        rec.cells[i] = RecordCell(cell[0], name, cell[2])
                        named += 1
                    break
            if rec.sheet_vendor in key:
                rec.sheet_vendor = key[rec.sheet_vendor]
        res.notes.append(Skipped(sh.file, sh.sheet, "", "note.code_key",
                                 "；".join(f"{c} = {n}" for c, n in key.items())[:200]))
    keyed = {sh.sheet for sh, _k in keys}
    return [e for e in errors if e.params.get("sheet") not in keyed] if named else errors


def key_below(sh) -> tuple[int, int, int, dict[str, str]] | None:
    """A table whose bidders are known by code, the key under it on the same sheet (编码 | 供应商全称 | 联系人, unsealed
    after the scoring): (the key's header row, the table's header row, the table's code column, {code: name}); None
    for any other sheet."""
    rows = sh.rows
    if len(rows) > 2000 or len(rows) < 6:
        return None
    for k in range(3, len(rows) - 2):
        labels = [_text(v).strip() for v in rows[k][:8]]
        cc = next((c for c, s_ in enumerate(labels) if s_ and label_key(s_) in _CODE_HEADS), None)
        if cc is None:
            continue
        nc = next((c for c, s_ in enumerate(labels) if c != cc and s_ and (t := match_label(s_).target) is not None
                   and t.code == "vendor"), None)
        if nc is None:
            continue
        key: dict[str, str] = {}
        for r in range(k + 1, len(rows)):
            code, name = _text(sh.cell(r, cc)).strip(), _text(sh.cell(r, nc)).strip()
            if not code:
                break
            if name and len(code) <= 16 and _plausible_vendor(name):
                key[code] = name
        if len(key) < 2 or len(set(key.values())) != len(key):
            continue
        for h in range(k):
            head = [_text(v).strip() for v in rows[h]]
            tc = next((c for c, s_ in enumerate(head) if s_ and label_key(s_) in _CODE_HEADS), None)
            if tc is None or any(s_ and (t := match_label(s_).target) is not None and t.code == "vendor" for s_ in head):
                continue
            if sum(1 for r in range(h + 1, k) if _text(sh.cell(r, tc)).strip() in key) >= 2:
                return k, h, tc, key
        return None
    return None
