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

from . import schema
from .i18n import t
from .ingest import RawSheet, ReadResult, records_from_sheets

MARKER = "vendor-quote-compare profile v1"
SEC_PROFILE = "[vqc:profile]"
SEC_SHEETS = "[vqc:sheets]"
SEC_OVERRIDES = "[vqc:overrides]"
PROFILE_KEYS = ("business_type", "budget_cny", "horizon_years", "vat_rate", "group_weights", "criterion_weights",
                "gates", "method", "evaluation", "excluded")

KIND_SCORED = "scored_workbook"
KIND_LETTER = "clarification_letter"


@dataclass
class OwnFile:
    """What a recogniser found: the kind of file, the quote sheets left to read as quotes (the source sheets
    of a scored workbook; none for a file that holds no quote), and what the file carries for the rest of the
    app (restored profile and mapping overrides, or a kind-specific payload). ``file``: the uploaded name."""
    kind: str
    quote_sheets: list[RawSheet] = field(default_factory=list)
    profile: dict | None = None
    overrides: dict = field(default_factory=dict)
    payload: Any = None
    file: str = ""


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


# ------------------------------------------------------------------------------------------------
# Evaluators' score sheets and the buyer's blind keys (issue 13; written by core.evaluation)
# ------------------------------------------------------------------------------------------------
SHEET_MARKER = "vendor-quote-compare score sheet v1"
KEY_MARKER = "vendor-quote-compare blind key v1"
KIND_SCORE_SHEET = "score_sheet"
KIND_BLIND_KEY = "blind_key"
# Where a score sheet keeps what is not a score: a label in column A (either language), its value in column B
# (the business type's code in C, the declaration's answer in SHEET_ANSWER_COL beside the statement).
SHEET_LABELS = ("evaluator", "business_type", "sheet_id", "blind", "declaration", "weights")
SHEET_ANSWER_COL = 4  # column E: the declaration's 是/否 and every score
SHEET_COLUMNS = ("code", "criterion", "look", "vendor", "score", "reason", "price")  # i18n eval.col.<name>
KEY_COLUMNS = ("code", "quote", "vendor", "package")  # i18n eval.key.col.<name>
WEIGHED_GROUPS = schema.GROUPS + (schema.EVAL_GROUP,)  # the groups an evaluator may weigh on a sheet


@dataclass
class SheetRow:
    """One line of a returned score sheet, as written (checked when the team's sheets are merged)."""
    criterion: str
    vendor: str  # the quote's 'vendor / package', or its blind code
    score: Any
    reason: str
    cells: dict[str, str]  # column name (SHEET_COLUMNS) -> cell address


@dataclass
class ScoreSheet:
    """An evaluator's returned score sheet: who, for which quotes, the declaration, own weights, every row."""
    file: str
    sheet: str
    evaluator: str
    business_type: str | None
    sheet_id: str
    blind: bool
    declaration: Any  # the answer beside the statement, as written
    weights: dict[str, Any]  # group -> weight as written (blank ones left out)
    rows: list[SheetRow]
    cells: dict[str, str]  # evaluator, sheet_id, declaration, weights.<group> -> cell address


@dataclass
class BlindKey:
    """The buyer's key to one blind sheet: code -> the quote's 'vendor / package'."""
    file: str
    sheet_id: str
    evaluator: str
    codes: dict[str, str]


def _fold(v: Any) -> str:
    return " ".join(_str(v).split()).casefold()


def _said(key: str) -> frozenset[str]:
    """A label as written in a sheet of either language."""
    return frozenset(_fold(t(key, lang)) for lang in ("zh", "en"))


YES_WORDS = frozenset(("是", "yes", "y", "true", "1", "✓", "√", "已确认", "确认", "同意"))


def said_yes(v: Any) -> bool:
    """A 是/否 cell answered yes (in either language)."""
    return v is True or _fold(v) in YES_WORDS


def _row_text(row: list, col: int) -> Any:
    return row[col] if col < len(row) else None


def _header(sheet: RawSheet, names: tuple[str, ...], prefix: str) -> tuple[int, dict[str, int]] | None:
    """(row index, column name -> column index) of the first row holding the first two headers named."""
    wanted = {n: _said(f"{prefix}.{n}") for n in names}
    for r, row in enumerate(sheet.rows):
        cols = {}
        for c, v in enumerate(row):
            f = _fold(v)
            for n, words in wanted.items():
                if f in words and n not in cols:
                    cols[n] = c
        if names[0] in cols and names[1] in cols:
            return r, cols
    return None


def _score_sheet(sheets: list[RawSheet]) -> OwnFile | None:
    sh = next((x for x in sheets if x.rows and x.rows[0] and _str(x.rows[0][0]) == SHEET_MARKER), None)
    if sh is None:
        return None
    head = _header(sh, ("code", "score", "criterion", "look", "vendor", "reason", "price"), "eval.col")
    if head is None or "vendor" not in head[1]:
        return None
    top, cols = head
    labels = {lab: _said(f"eval.sheet.{lab}") for lab in SHEET_LABELS}
    meta: dict[str, tuple[int, list]] = {}
    for r, row in enumerate(sh.rows[:top]):
        a = _fold(_row_text(row, 0))
        for lab, words in labels.items():
            if a in words and lab not in meta:
                meta[lab] = (r, row)
    groups = set(WEIGHED_GROUPS)
    weights: dict[str, Any] = {}
    cells: dict[str, str] = {}
    if "weights" in meta:
        for r in range(meta["weights"][0] + 1, top):
            row = sh.rows[r]
            code = _str(_row_text(row, 2))
            if code in groups and _str(_row_text(row, 1)):
                weights[code] = _row_text(row, 1)
                cells[f"weights.{code}"] = sh.address(r, 1)

    def value(lab: str, col: int = 1) -> Any:
        if lab not in meta:
            return None
        r, row = meta[lab]
        cells[lab] = sh.address(r, col)
        return _row_text(row, col)

    rows = []
    for r in range(top + 1, len(sh.rows)):
        row = sh.rows[r]
        code, vendor = _str(_row_text(row, cols["code"])), _str(_row_text(row, cols["vendor"]))
        if not code and not vendor:
            continue
        rows.append(SheetRow(code, vendor, _row_text(row, cols["score"]),
                             _str(_row_text(row, cols["reason"])) if "reason" in cols else "",
                             {n: sh.address(r, c) for n, c in cols.items()}))
    bt = _str(value("business_type", 2))
    bt = bt if bt in schema.BUSINESS_TYPES else None
    sheet = ScoreSheet(sh.file, sh.sheet, _str(value("evaluator")), bt, _str(value("sheet_id")),
                       said_yes(value("blind")), value("declaration", SHEET_ANSWER_COL), weights, rows, cells)
    return OwnFile(KIND_SCORE_SHEET, payload=sheet)


def _blind_key(sheets: list[RawSheet]) -> OwnFile | None:
    sh = next((x for x in sheets if x.rows and x.rows[0] and _str(x.rows[0][0]) == KEY_MARKER), None)
    if sh is None:
        return None
    head = _header(sh, KEY_COLUMNS, "eval.key.col")
    if head is None:
        return None
    top, cols = head
    labels = {lab: _said(f"eval.sheet.{lab}") for lab in ("evaluator", "sheet_id")}
    meta = {lab: _str(_row_text(row, 1)) for row in sh.rows[:top] for lab, words in labels.items()
            if _fold(_row_text(row, 0)) in words}
    codes = {}
    for row in sh.rows[top + 1:]:
        code, quote = _str(_row_text(row, cols["code"])), _str(_row_text(row, cols["quote"]))
        if code and quote:
            codes[code] = quote
    return OwnFile(KIND_BLIND_KEY, payload=BlindKey(sh.file, meta.get("sheet_id", ""), meta.get("evaluator", ""),
                                                    codes))


def _clarification_letter(sheets: list[RawSheet]) -> OwnFile | None:
    """A returned clarification letter (core.letters reads it: cover and answered rows); it holds no quote."""
    from .letters import parse_letter

    letter = parse_letter(sheets)
    return None if letter is None else OwnFile(KIND_LETTER, payload=letter)


# Every kind of file the project writes and reads back, asked in this order; the first that answers wins.
RECOGNISERS: list[Callable[[list[RawSheet]], OwnFile | None]] = [_scored_workbook, _clarification_letter, _score_sheet,
                                                                 _blind_key]


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
    issues = [i for sh in sheets for i in sh.issues]
    own.file = name
    if own.kind == KIND_LETTER:  # answers, no quote: applied where the QuoteSet is built (core.letters)
        own.payload.note_formulas(data)
        return ReadResult(issues=issues, own=own)
    # a file that holds no quote (a score sheet, a key) gives none, and is no error
    res = records_from_sheets(own.quote_sheets, name, issues=issues) if own.quote_sheets else ReadResult(issues=issues)
    res.own = own
    if own.kind == KIND_SCORED:
        res.profile, res.overrides, res.settings_file = own.profile, own.overrides, name
    return res
