"""The project's own files coming back: one place that recognises them, above the generic reader.

The buyer uploads quote files, and beside them files this project wrote and got back: a scored workbook
(today), later clarification letters and evaluators' score sheets. Each is recognised by its content, never
its name. ``read_file(data, name)`` reads the bytes (in the reader sandbox), asks every recogniser in
``RECOGNISERS`` in turn, and reads whatever quote sheets remain with the generic reader (core.ingest).

A recogniser takes the file's sheets and returns an ``OwnFile`` or None. It must be cheap on a quote file
(look at a marker cell first) and must never raise on a hostile one. The writers of these files (core.excel
and others) take their markers from here, so reader and writer cannot drift apart.

Layers: core.ingest (generic reader) <- core.own_files <- core.load; nothing here imports a writer.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable

from .ingest import RawSheet, ReadResult, records_from_sheets

MARKER = "vendor-quote-compare profile v1"
SEC_PROFILE = "[vqc:profile]"
SEC_SHEETS = "[vqc:sheets]"
SEC_OVERRIDES = "[vqc:overrides]"
PROFILE_KEYS = ("business_type", "budget_cny", "horizon_years", "vat_rate", "group_weights", "criterion_weights",
                "gates", "method")

KIND_SCORED = "scored_workbook"
KIND_LETTER = "clarification_letter"


@dataclass
class OwnFile:
    """What a recogniser found: the kind of file, the quote sheets left to read as quotes (the source sheets
    of a scored workbook; none for a file that holds no quote), and what the file carries for the rest of the
    app (restored profile and mapping overrides, or a kind-specific payload)."""
    kind: str
    quote_sheets: list[RawSheet] = field(default_factory=list)
    profile: dict | None = None
    overrides: dict = field(default_factory=dict)
    payload: Any = None


def _str(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def unpack_scored_workbook(sheets: list[RawSheet]) -> tuple[list[RawSheet], dict, dict] | None:
    """A scored workbook's sheets -> (source sheets under their original file and sheet names, profile dict,
    mapping overrides); None when these sheets are not a scored workbook (or hold no source sheet)."""
    prof = next((sh for sh in sheets if sh.rows and sh.rows[0] and _str(sh.rows[0][0]) == MARKER), None)
    if prof is None:
        return None
    by_name = {sh.sheet: sh for sh in sheets}
    profile: dict = {}
    restored: list[RawSheet] = []
    overrides: dict[str, str] = {}
    section = None
    for row in prof.rows[1:]:
        a = _str(row[0]) if row else ""
        if a in (SEC_PROFILE, SEC_SHEETS, SEC_OVERRIDES):
            section = a
            continue
        if not a:
            continue
        b = row[1] if len(row) > 1 else None
        c = row[2] if len(row) > 2 else None
        if section == SEC_PROFILE and a in PROFILE_KEYS:
            try:
                profile[a] = json.loads(_str(b))
            except (TypeError, ValueError):
                profile[a] = b
        elif section == SEC_SHEETS and a in by_name and a != prof.sheet:
            src = by_name[a]
            rows = [list(r) for r in src.rows]
            while rows and all(v is None or (isinstance(v, str) and not v.strip()) for v in rows[-1]):
                rows.pop()
            restored.append(RawSheet(_str(b) or src.file, "" if c is None else str(c), rows))
        elif section == SEC_OVERRIDES:
            overrides[str(row[0]).strip()] = _str(b)
    if not restored:
        return None
    return restored, profile, overrides


def _scored_workbook(sheets: list[RawSheet]) -> OwnFile | None:
    unpacked = unpack_scored_workbook(sheets)
    if unpacked is None:
        return None
    restored, profile, overrides = unpacked
    return OwnFile(KIND_SCORED, restored, profile, overrides)


def _clarification_letter(sheets: list[RawSheet]) -> OwnFile | None:
    """A returned clarification letter (core.letters reads it: cover and answered rows); it holds no quote."""
    from .letters import parse_letter

    letter = parse_letter(sheets)
    return None if letter is None else OwnFile(KIND_LETTER, payload=letter)


# Every kind of file the project writes and reads back, asked in this order; the first that answers wins.
RECOGNISERS: list[Callable[[list[RawSheet]], OwnFile | None]] = [_scored_workbook, _clarification_letter]


def recognise(sheets: list[RawSheet]) -> OwnFile | None:
    """The project's own file these sheets come from, or None for anything else (a quote file)."""
    for rec in RECOGNISERS:
        found = rec(sheets)
        if found is not None:
            return found
    return None


def read_file(data: bytes, name: str, sheets_of: Callable[[bytes, str], list[RawSheet]] | None = None) -> ReadResult:
    """One uploaded file -> ReadResult: the project's own files recognised first, then quote sheets read by
    the generic reader. `sheets_of` turns bytes into sheets (default: core.sandbox.read_sheets, in a reader
    worker). Raises QuoteError when nothing usable is in it."""
    if sheets_of is None:
        from .sandbox import read_sheets as sheets_of  # lazy: core.sandbox's worker imports core.ingest

    sheets = sheets_of(data, name)
    own = recognise(sheets)
    if own is None:
        return records_from_sheets(sheets, name)
    if own.kind == KIND_LETTER:  # answers, no quote: applied where the QuoteSet is built (core.letters)
        own.payload.note_formulas(data)
        return ReadResult(issues=[i for sh in sheets for i in sh.issues], own=own)
    res = records_from_sheets(own.quote_sheets, name, issues=[i for sh in sheets for i in sh.issues])
    res.own = own
    if own.kind == KIND_SCORED:
        res.profile, res.overrides, res.settings_file = own.profile, own.overrides, name
    return res
