"""Files -> QuoteSet: read (ingest), map labels (mapping), parse cells (parse).

``read_files`` is the expensive part (bytes in, cacheable); ``build_quoteset`` is cheap and is where a
user's mapping corrections apply.
"""
from __future__ import annotations

import datetime as _dt
import gc
from contextlib import contextmanager
from typing import Any, Iterable

from . import schema
from .errors import QuoteError
from .ingest import ReadResult, Record, Skipped, read_file
from .mapping import Target, match_label, unit_of
from .model import MappingRow, Quote, QuoteSet, Source, Warning_
from .parse import _parse_cached, parse_cell, parse_text


def _cell_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, _dt.timedelta):  # as the cell shows it ([h]:mm), not "1 day, 12:00:00"
        minutes = round(v.total_seconds() / 60)
        return f"{'-' if minutes < 0 else ''}{abs(minutes) // 60}:{abs(minutes) % 60:02d}"
    if isinstance(v, _dt.time):
        return v.strftime("%H:%M") if not v.second else v.strftime("%H:%M:%S")
    return str(v)


@contextmanager
def bulk():
    """Millions of small objects and no cycles: the cyclic GC only costs time here (half of it at 10,000 quotes)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def read_files(files: Iterable[tuple[str, bytes]]) -> tuple[list[ReadResult], list[Warning_]]:
    """Read every file; a file that cannot be used becomes a warning, the others still load."""
    results, failures = [], []
    with bulk():
        for name, data in files:
            try:
                results.append(read_file(data, name))
            except QuoteError as e:
                failures.append(Warning_(e.key, name, e.params.get("sheet", ""), "", dict(e.params)))
    return results, failures


def _resolve(label: str, overrides: dict[str, str]) -> tuple[Target | None, float | None, bool]:
    key = label.strip()
    if key in overrides:
        code = overrides[key]
        t = Target.from_code(code) if code else None
        return t, unit_of(label, t), True
    m = match_label(label)
    return m.target, m.unit, False


_EXTRA, _FEATURE, _FIELD = "extra", "feature", "field"
_PLACED = ("warn.date_not_number", "warn.time_not_number", "warn.time_as_hours")


def _plan(rec: Record, label: str, overrides: dict[str, str], mapping: dict[tuple, MappingRow]) -> tuple:
    """What a label's cells become in one sheet: (what, source key, parser kind, unit, feature id)."""
    target, unit, manual = _resolve(label, overrides)
    mapping[(rec.file, rec.sheet, label)] = MappingRow(rec.file, rec.sheet, label,
                                                       target.code if target else None, unit, manual)
    if target is None:
        return _EXTRA, None, None, None, None
    if target.kind == "feature":  # a yes/no column for one feature; its cells are sources of "features"
        return _FEATURE, "features", "bool", None, target.id
    return _FIELD, target.id, schema.FIELDS[target.id].kind, unit, None


def _parse(kind: str, raw: Any, unit: float | None) -> tuple[Any, str | None]:
    try:
        return _parse_cached(kind, raw, unit)  # parse_cell's cache, without its extra call per cell
    except Exception:  # noqa: BLE001 - unhashable, or a parser bug: parse_cell answers, and never raises
        return parse_cell(kind, raw, unit)


def _quote_from_record(rec: Record, overrides: dict[str, str], warnings: list[Warning_],
                       mapping: dict[tuple, MappingRow], resolved: dict[tuple, dict]) -> Quote | None:
    values: dict[str, Any] = {f: None for f in schema.VALUE_FIELDS}
    sources: dict[str, list[Source]] = {}
    extras: dict[str, str] = {}
    unknown_features: list[str] = []
    feature_cols: dict[str, bool | None] = {}
    vendor = package = None
    in_sheet = resolved.setdefault((rec.file, rec.sheet), {})  # label -> plan, once per sheet
    for label, raw, address in rec.cells:
        plan = in_sheet.get(label)
        if plan is None:
            plan = in_sheet[label] = _plan(rec, label, overrides, mapping)
        what, fid, kind, unit, _feature = plan
        text = raw if raw.__class__ is str else _cell_text(raw)
        if what is _EXTRA:
            if text and not text.isspace():
                extras[label] = text
            continue
        src = Source(label, text, address)
        srcs = sources.get(fid)
        if srcs is None:
            sources[fid] = [src]
        else:
            srcs.append(src)
        value, warn = _parse(kind, raw, unit)
        if what is _FEATURE:
            if warn:
                warnings.append(Warning_(warn, rec.file, rec.sheet, address, {"field": "features", "text": text}))
            if value is not None:
                feature_cols[_feature] = value or feature_cols.get(_feature, False)
            continue
        if warn:
            params = {"field": fid, "text": text}
            if warn in _PLACED:  # its message names the place itself
                params.update(file=rec.file, sheet=rec.sheet, cell=address)
            warnings.append(Warning_(warn, rec.file, rec.sheet, address, params))
        if fid == "vendor":
            vendor = vendor or value
        elif fid == "package":
            package = package or value
        elif fid == "features":
            if value is not None:
                found, unknown = value
                values["features"] = list(dict.fromkeys((values["features"] or []) + list(found)))
                unknown_features += [u for u in unknown if u not in unknown_features]
        elif fid == "policy_adaptation_free":
            free, fee = value
            if values[fid] is None and free is not None:
                values[fid] = free
            if fee is not None and values["policy_adaptation_fee_cny"] is None:
                values["policy_adaptation_fee_cny"] = fee
        elif values[fid] is None:
            values[fid] = value
    if feature_cols:
        present = [f for f, yes in feature_cols.items() if yes]
        values["features"] = list(dict.fromkeys((values["features"] or []) + present))
    if vendor is None and rec.sheet_vendor:
        vendor = parse_text(rec.sheet_vendor)[0]
    if not vendor:
        return None
    return Quote(vendor, package, values, sources, extras, unknown_features, rec.file, rec.sheet, rec.origin)


def build_quoteset(results: list[ReadResult], failures: list[Warning_] | None = None,
                   overrides: dict[str, str] | None = None) -> QuoteSet:
    """Records -> quotes with parsed values. Raises QuoteError if no quote at all could be read."""
    restored: dict[str, str] = {}  # overrides saved in a scored workbook; the caller's win
    for res in results:
        restored.update(res.overrides or {})
    overrides = {**restored, **(overrides or {})}
    warnings: list[Warning_] = list(failures or [])
    mapping: dict[tuple, MappingRow] = {}
    resolved: dict[tuple, dict] = {}  # (file, sheet) -> label -> (target, unit): each label resolved once
    quotes: list[Quote] = []
    skipped: list[Skipped] = []
    notes: list[Skipped] = []
    sheets = []
    with bulk():
        for res in results:
            warnings += res.issues
            sheets += res.sheets
            skipped += res.skipped
            notes += res.notes
            for rec in res.records:
                q = _quote_from_record(rec, overrides, warnings, mapping, resolved)
                if q is None:
                    skipped.append(Skipped(rec.file, rec.sheet, rec.origin, "skip.no_vendor"))
                else:
                    quotes.append(q)
    if not quotes:
        if failures:
            f = failures[0]
            raise QuoteError(f.code, **f.params)
        raise QuoteError("err.no_quotes")
    seen: dict[tuple, Quote] = {}
    for q in quotes:
        k = (q.vendor.casefold(), (q.package or "").casefold())
        if k in seen:
            warnings.append(Warning_("warn.duplicate_quote", q.file, q.sheet, q.origin,
                                     {"vendor": q.key, "first": f"{seen[k].file} {seen[k].sheet} {seen[k].origin}"}))
        else:
            seen[k] = q
    files = list(dict.fromkeys([r.sheets[0].file for r in results if r.sheets] + [f.file for f in failures or []]))
    profile = next((r.profile for r in results if r.profile), None)
    return QuoteSet(quotes, warnings, list(mapping.values()), skipped, notes, sheets, files, profile=profile)


def load(files: Iterable[tuple[str, bytes]], overrides: dict[str, str] | None = None) -> QuoteSet:
    results, failures = read_files(files)
    return build_quoteset(results, failures, overrides)
