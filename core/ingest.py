"""Bytes -> raw sheets -> records (one per quote), with the layout of each sheet detected.

Formats: xlsx / xlsm / xls / ods through python-calamine; csv / tsv in UTF-8 (with or without BOM),
GB18030 / GBK and UTF-16. Layouts: wide (one row per quote), transposed (criteria down a column,
one column per vendor), long (vendor / criterion / value rows) and one sheet per vendor (item, value).
Title rows, blank rows, notes and cover sheets are skipped; every cell stays in ``RawSheet.rows``.
"""
from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .errors import QuoteError
from .mapping import is_long_criterion_label, is_long_value_label, match_label

# Guards (checked before any XML is parsed).
MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
MAX_ZIP_MEMBERS = 2000
MAX_ROWS = 100_000
MAX_COLS = 500
MAX_CELL_CHARS = 5000

SPREADSHEET_EXT = ("xlsx", "xlsm", "xls", "ods")
TEXT_EXT = ("csv", "tsv", "txt")
ACCEPTED_EXT = SPREADSHEET_EXT + TEXT_EXT
_SCAN_ROWS = 40
_SCAN_COLS = 12
_SCAN_LABEL_ROWS = 300  # a transposed sheet's labels sit in its first rows; a 50,000-row table is wide


def _letters(c: int) -> str:
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


_LETTERS = [_letters(c) for c in range(1024)]


def col_letter(c: int) -> str:
    return _LETTERS[c] if c < len(_LETTERS) else _letters(c)


@dataclass
class RawSheet:
    file: str
    sheet: str  # sheet name; for csv the file name
    rows: list[list[Any]]  # cells as read ('' / None for empty), rectangular not guaranteed

    def address(self, r: int, c: int) -> str:
        return col_letter(c) + str(r + 1)

    def cell(self, r: int, c: int) -> Any:
        row = self.rows[r] if r < len(self.rows) else []
        return row[c] if c < len(row) else None


class RecordCell(NamedTuple):
    label: str
    value: Any
    address: str


@dataclass
class Record:
    """One quote as laid out in the source: labelled cells, not parsed yet."""
    file: str
    sheet: str
    origin: str  # e.g. "row 5" / "column C" address of the quote in its sheet
    layout: str
    cells: list[tuple]  # (label, value, address) tuples or RecordCell
    sheet_vendor: str | None = None  # vendor from the sheet name (one sheet per vendor)


@dataclass
class Skipped:
    file: str
    sheet: str
    where: str
    reason: str  # i18n key
    text: str = ""


@dataclass
class ReadResult:
    sheets: list[RawSheet] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[Skipped] = field(default_factory=list)  # sheets without a table, note rows
    profile: dict | None = None  # restored from a scored workbook (core.excel)
    overrides: dict = field(default_factory=dict)  # mapping overrides restored from a scored workbook


def blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


# ------------------------------------------------------------------------------------------------
# Bytes -> RawSheets
# ------------------------------------------------------------------------------------------------
def _ext(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _check_zip(data: bytes, name: str) -> str:
    """Validate a zip container before any XML is parsed; return 'ods' or 'xlsx'."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise QuoteError("err.corrupt", file=name) from e
    if len(infos) > MAX_ZIP_MEMBERS:
        raise QuoteError("err.zip_members", file=name, n=len(infos))
    if sum(i.file_size for i in infos) > MAX_UNZIPPED_BYTES:
        raise QuoteError("err.zip_bomb", file=name, mb=MAX_UNZIPPED_BYTES // 2**20)
    names = {i.filename for i in infos}
    if "mimetype" in names:
        try:
            mt = zf.read("mimetype")[:100]
        except Exception as e:  # noqa: BLE001
            raise QuoteError("err.corrupt", file=name) from e
        if b"spreadsheet" in mt:
            return "ods"
        raise QuoteError("err.not_spreadsheet", file=name)
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise QuoteError("err.not_spreadsheet", file=name)
    for i in infos:
        if i.filename.endswith(".xml") and i.file_size < 2_000_000 and i.filename.startswith("xl/"):
            head = zf.read(i.filename)[:4096]
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise QuoteError("err.xml_entities", file=name)
    return "xlsx"


def _read_workbook(data: bytes, name: str) -> list[RawSheet]:
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - calamine raises several types; all mean "cannot open"
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data or \
                "password" in str(e).lower() or "encrypt" in str(e).lower():
            raise QuoteError("err.encrypted", file=name) from e
        raise QuoteError("err.corrupt", file=name) from e
    sheets = []
    try:
        for meta in wb.sheets_metadata:
            if str(getattr(meta, "typ", "")).endswith("ChartSheet"):
                continue
            sh = wb.get_sheet_by_name(meta.name)
            if sh.total_height > MAX_ROWS:
                raise QuoteError("err.too_many_rows", file=name, sheet=meta.name, n=sh.total_height, max=MAX_ROWS)
            if sh.total_width > MAX_COLS:
                raise QuoteError("err.too_many_cols", file=name, sheet=meta.name, n=sh.total_width, max=MAX_COLS)
            rows = [list(r) for r in sh.to_python(skip_empty_area=False)]
            _fill_vertical_merges(rows, sh.merged_cell_ranges or [])
            sheets.append(RawSheet(name, meta.name, rows))
    except QuoteError:
        raise
    except Exception as e:  # noqa: BLE001
        if "password" in str(e).lower() or "encrypt" in str(e).lower():
            raise QuoteError("err.encrypted", file=name) from e
        raise QuoteError("err.corrupt", file=name) from e
    return sheets


def _fill_vertical_merges(rows: list[list[Any]], merges: list) -> None:
    """A label or vendor merged down several rows belongs to each of them (horizontal merges: titles, left alone)."""
    for (r0, c0), (r1, c1) in merges:
        if r1 > r0 and c0 == c1 and r0 < len(rows) and c0 < len(rows[r0]):
            v = rows[r0][c0]
            for r in range(r0 + 1, min(r1 + 1, len(rows))):
                if c0 < len(rows[r]) and blank(rows[r][c0]):
                    rows[r][c0] = v


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (BOM or not), UTF-16 (BOM or not), GB18030/GBK: detected, never asked."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    head = data[:4000]
    half = max(1, len(head) // 2)
    even_nuls, odd_nuls = head[0::2].count(0), head[1::2].count(0)
    if odd_nuls >= 0.4 * half and even_nuls <= 0.05 * half:  # UTF-16 LE without BOM: ASCII as 'a\0'
        return data.decode("utf-16-le", errors="replace")
    if even_nuls >= 0.4 * half and odd_nuls <= 0.05 * half:
        return data.decode("utf-16-be", errors="replace")
    if b"\x00" in head:
        raise QuoteError("err.not_spreadsheet", file=name)
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise QuoteError("err.encoding", file=name)


def _looks_binary(text: str) -> bool:
    sample = text[:4000]
    ctrl = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r") or ch == "\ufffd")
    return bool(sample) and ctrl > max(2, len(sample) // 50)


def _read_text(data: bytes, name: str) -> list[RawSheet]:
    text = decode_text(data, name)
    if _looks_binary(text):
        raise QuoteError("err.not_spreadsheet", file=name)
    if not text.strip():
        raise QuoteError("err.empty_file", file=name)
    sample = text[:20000]
    delim = "\t" if _ext(name) == "tsv" else None
    if delim is None:
        lines = [ln for ln in sample.splitlines()[:30] if ln.strip()]
        best, best_score = ",", -1.0
        for d in (",", "\t", ";", "|"):
            counts = [ln.count(d) for ln in lines]
            nonzero = [c for c in counts if c]
            if not nonzero:
                continue
            score = len(nonzero) + (max(nonzero) if len(set(nonzero)) <= 3 else 0) * 0.01
            if score > best_score:
                best, best_score = d, score
        delim = best
    csv.field_size_limit(MAX_CELL_CHARS * 20)
    try:
        rows = [list(r) for r in csv.reader(io.StringIO(text), delimiter=delim)]
    except csv.Error as e:
        raise QuoteError("err.corrupt", file=name) from e
    if len(rows) > MAX_ROWS:
        raise QuoteError("err.too_many_rows", file=name, sheet=name, n=len(rows), max=MAX_ROWS)
    if rows and max(len(r) for r in rows) > MAX_COLS:
        raise QuoteError("err.too_many_cols", file=name, sheet=name, n=max(len(r) for r in rows), max=MAX_COLS)
    return [RawSheet(name, name.rsplit("/", 1)[-1], rows)]


def read_sheets(data: bytes, name: str) -> list[RawSheet]:
    """Any accepted file's bytes -> its sheets; QuoteError with a user-facing key when it cannot be."""
    ext = _ext(name)
    if not data:
        raise QuoteError("err.empty_file", file=name)
    if len(data) > MAX_FILE_BYTES:
        raise QuoteError("err.file_too_large", file=name, mb=MAX_FILE_BYTES // 2**20)
    if ext and ext not in ACCEPTED_EXT:
        raise QuoteError("err.wrong_type", file=name, ext=ext)
    if data[:4] == b"PK\x03\x04":
        _check_zip(data, name)
        sheets = _read_workbook(data, name)
    elif data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        sheets = _read_workbook(data, name)
    elif ext in SPREADSHEET_EXT:
        raise QuoteError("err.not_spreadsheet", file=name)
    else:
        sheets = _read_text(data, name)
    for sh in sheets:
        for row in sh.rows:
            for i, v in enumerate(row):
                if isinstance(v, str) and len(v) > MAX_CELL_CHARS:
                    row[i] = v[:MAX_CELL_CHARS]
    return sheets


# ------------------------------------------------------------------------------------------------
# Layout detection
# ------------------------------------------------------------------------------------------------
def _targets(cells: list[Any]) -> list:
    out = []
    for v in cells:
        if isinstance(v, str) and v.strip() and len(v) <= 40:
            t = match_label(v).target
            if t is not None:
                out.append(t)
    return out


def _row_score(row: list[Any]) -> tuple[int, bool]:
    ts = _targets(row)
    return len({t.code for t in ts}), any(t.code == "vendor" for t in ts)


def _text(v: Any) -> str:
    if blank(v):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def detect_records(sh: RawSheet, res: ReadResult) -> None:
    rows = sh.rows
    if not rows or all(all(blank(v) for v in r) for r in rows):
        res.notes.append(Skipped(sh.file, sh.sheet, "", "note.empty_sheet"))
        return
    # Long layout: a header with vendor + criterion + value.
    for r, row in enumerate(rows[:_SCAN_ROWS]):
        labels = [_text(v) for v in row]
        crit = [c for c, s in enumerate(labels) if is_long_criterion_label(s)]
        val = [c for c, s in enumerate(labels) if is_long_value_label(s)]
        vend = [c for c, s in enumerate(labels) if s and (t := match_label(s).target) and t.code == "vendor"]
        if crit and val and vend:
            pkg = [c for c, s in enumerate(labels) if s and (t := match_label(s).target) and t.code == "package"]
            _long(sh, r, vend[0], crit[0], val[0], pkg[0] if pkg else None, res)
            return
    best_row, best_row_score, row_has_vendor = -1, 0, False
    for r, row in enumerate(rows[:_SCAN_ROWS]):
        n, has_v = _row_score(row)
        if (n, has_v) > (best_row_score, row_has_vendor):
            best_row, best_row_score, row_has_vendor = r, n, has_v
    ncols = min(max((len(r) for r in rows), default=0), _SCAN_COLS)
    best_col, best_col_score = -1, 0
    for c in range(ncols):
        n = len({t.code for t in _targets([sh.cell(r, c) for r in range(min(len(rows), _SCAN_LABEL_ROWS))])})
        if n > best_col_score:
            best_col, best_col_score = c, n
    col_has_vendor = best_col >= 0 and any(
        t.code == "vendor" for t in _targets([sh.cell(r, best_col) for r in range(min(len(rows), _SCAN_LABEL_ROWS))]))
    col_ok = best_col_score >= 3 or (col_has_vendor and best_col_score >= 2)
    row_ok = best_row_score >= 3 or (row_has_vendor and best_row_score >= 2)
    if col_ok and (best_col_score > best_row_score or (best_col_score == best_row_score and not row_has_vendor)):
        _transposed(sh, best_col, res)
    elif row_ok:
        _wide(sh, best_row, res)
    else:
        res.notes.append(Skipped(sh.file, sh.sheet, "", "note.no_table"))


_NOTE_PREFIXES = ("注", "备注", "说明", "*", "※", "note", "remark", "ps", "以上", "合计", "total")


def _looks_like_note(text: str) -> bool:
    t = text.strip().lower()
    return t.startswith(_NOTE_PREFIXES) or len(t) > 40


def _wide(sh: RawSheet, h: int, res: ReadResult) -> None:
    header = [_text(v) for v in sh.rows[h]]
    vendor_cols = [c for c, s in enumerate(header) if s and (t := match_label(s).target) and t.code == "vendor"]
    if not vendor_cols:
        raise QuoteError("err.no_vendor", file=sh.file, sheet=sh.sheet)
    vc = vendor_cols[0]
    cols = [c for c, s in enumerate(header) if s]
    col_set = set(cols)
    labels = [header[c] for c in cols]
    letters = [col_letter(c) for c in cols]
    width = max(cols) + 1
    found = False
    for r in range(h + 1, len(sh.rows)):
        row = sh.rows[r]
        filled = [c for c, v in enumerate(row) if v is not None and v != "" and not (isinstance(v, str) and
                                                                                   not v.strip())]
        if not filled:
            continue
        if blank(sh.cell(r, vc)) or (len(filled) == 1 and _looks_like_note(_text(sh.cell(r, vc)))):
            reason = "skip.note_row" if len(filled) == 1 else "skip.no_vendor"
            target = res.notes if len(filled) == 1 else res.skipped
            target.append(Skipped(sh.file, sh.sheet, f"{sh.address(r, 0)}", reason,
                                  " | ".join(_text(row[c]) for c in filled)[:200]))
            continue
        if len(row) < width:
            row = row + [None] * (width - len(row))
        rs = str(r + 1)
        # Plain tuples (label, value, address), built at C speed: a 50,000-row sheet has millions of cells.
        cells = list(zip(labels, [row[c] for c in cols], [L + rs for L in letters]))
        extra = [c for c in filled if c not in col_set]  # values under no header: kept under their column letter
        cells += [RecordCell(f"[{col_letter(c)}]", row[c], sh.address(r, c)) for c in extra]
        res.records.append(Record(sh.file, sh.sheet, f"{r + 1}", "wide", cells))
        found = True
    if not found:
        raise QuoteError("err.headers_only", file=sh.file, sheet=sh.sheet)


def _transposed(sh: RawSheet, lc: int, res: ReadResult) -> None:
    rows = sh.rows
    mapped = [r for r in range(len(rows)) if isinstance(sh.cell(r, lc), str) and match_label(sh.cell(r, lc)).target]
    first = mapped[0]
    vendor_row = next((r for r in mapped if match_label(sh.cell(r, lc)).target.code == "vendor"), None)
    width = max(len(r) for r in rows)
    header_row = vendor_row
    if header_row is None:  # the nearest row above the first mapped label with text right of the label column
        header_row = next((r for r in range(first - 1, -1, -1)
                           if any(not blank(sh.cell(r, c)) for c in range(lc + 1, width))), None)
    value_cols = [c for c in range(lc + 1, width) if any(not blank(sh.cell(r, c)) for r in mapped)]
    names: dict[int, str] = {}
    if header_row is not None:
        for c in value_cols:
            t = _text(sh.cell(header_row, c))
            if t and not is_long_value_label(t) and not (header_row != vendor_row and match_label(t).target):
                names[c] = t
    sheet_vendor = None
    if not names:
        if len(value_cols) == 1:
            sheet_vendor = sh.sheet  # one sheet per vendor: the sheet name names it
        else:
            raise QuoteError("err.no_vendor", file=sh.file, sheet=sh.sheet)
    label_rows = [r for r in range(len(rows)) if r != header_row and r > (header_row if header_row is not None else -1)
                  and not blank(sh.cell(r, lc))]
    for c in value_cols:
        if c not in names and sheet_vendor is None:
            if any(not blank(sh.cell(r, c)) for r in mapped):
                res.skipped.append(Skipped(sh.file, sh.sheet, f"{col_letter(c)}", "skip.no_vendor",
                                           " | ".join(_text(sh.cell(r, c)) for r in mapped if not blank(sh.cell(r, c)))[:200]))
            continue
        cells = []
        if c in names:
            cells.append(RecordCell(_text(sh.cell(header_row, lc)) if vendor_row is not None else "供应商",
                                    sh.cell(header_row, c), sh.address(header_row, c)))
        for r in label_rows:
            if r == vendor_row:
                continue
            v = sh.cell(r, c)
            if blank(v) and not match_label(_text(sh.cell(r, lc))).target:
                continue
            cells.append(RecordCell(_text(sh.cell(r, lc)), v, sh.address(r, c)))
        res.records.append(Record(sh.file, sh.sheet, col_letter(c), "transposed", cells, sheet_vendor))
    for r in range(len(rows)):  # notes above, below or beside the table: no value in any vendor column
        if r == header_row or match_label(_text(sh.cell(r, lc))).target:
            continue
        if all(blank(sh.cell(r, c)) for c in value_cols):
            text = " ".join(_text(v) for v in rows[r] if not blank(v))
            if text:
                res.notes.append(Skipped(sh.file, sh.sheet, sh.address(r, 0), "skip.note_row", text[:200]))


def _long(sh: RawSheet, h: int, vc: int, cc: int, valc: int, pc: int | None, res: ReadResult) -> None:
    groups: dict[tuple[str, str], Record] = {}
    for r in range(h + 1, len(sh.rows)):
        vendor, crit = _text(sh.cell(r, vc)), _text(sh.cell(r, cc))
        if not vendor and not crit and blank(sh.cell(r, valc)):
            continue
        if not vendor:
            res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, vc), "skip.no_vendor",
                                       f"{crit}: {_text(sh.cell(r, valc))}"[:200]))
            continue
        pkg = _text(sh.cell(r, pc)) if pc is not None else ""
        key = (vendor, pkg)
        if key not in groups:
            cells = [RecordCell("供应商", sh.cell(r, vc), sh.address(r, vc))]
            if pc is not None:
                cells.append(RecordCell("套餐", sh.cell(r, pc), sh.address(r, pc)))
            groups[key] = Record(sh.file, sh.sheet, f"{r + 1}", "long", cells)
            res.records.append(groups[key])
        if crit:
            groups[key].cells.append(RecordCell(crit, sh.cell(r, valc), sh.address(r, valc)))
    if not groups:
        raise QuoteError("err.headers_only", file=sh.file, sheet=sh.sheet)


_NOTES_SHEET_WORDS = ("说明", "填写说明", "instructions", "instruction", "readme", "read me", "notes", "备注", "封面", "cover",
                      "目录", "contents", "help", "帮助", "使用说明")
_EXAMPLE_WORDS = ("示例", "样例", "范例", "example", "sample row")


def _is_notes_sheet(name: str) -> bool:
    n = name.strip().lower()
    return any(w in n for w in _NOTES_SHEET_WORDS)


def _drop_examples(res: ReadResult, start: int) -> None:
    """A template's example row ("示例科技(示例)") is not a quote: listed as skipped, not scored."""
    keep = []
    for rec in res.records[start:]:
        first = next((c for c in rec.cells if (t := match_label(c[0]).target) and t.code == "vendor"), None)
        name = _text(first[1]) if first else ""
        if name and any(w in name.lower() for w in _EXAMPLE_WORDS):
            res.skipped.append(Skipped(rec.file, rec.sheet, first[2], "skip.example_row", name))
        else:
            keep.append(rec)
    res.records[start:] = keep


def read_file(data: bytes, name: str) -> ReadResult:
    """One file -> sheets and records. Raises QuoteError when nothing usable is in it."""
    res = ReadResult()
    res.sheets = read_sheets(data, name)
    from .excel import unpack_scored_workbook  # lazy: a scored workbook gives back its source sheets

    unpacked = unpack_scored_workbook(res.sheets)
    if unpacked is not None:
        res.sheets, res.profile, res.overrides = unpacked
    errors: list[QuoteError] = []
    # Instruction / cover sheets are read last and only used when no other sheet holds a table.
    only_notes = all(_is_notes_sheet(sh.sheet) for sh in res.sheets)
    for sh in res.sheets:
        if _is_notes_sheet(sh.sheet) and not only_notes:
            res.notes.append(Skipped(sh.file, sh.sheet, "", "note.no_table"))
            continue
        try:
            start = len(res.records)
            detect_records(sh, res)
            _drop_examples(res, start)
            if len(res.records) == start and any(s.reason == "skip.example_row" and s.sheet == sh.sheet
                                                 for s in res.skipped):
                raise QuoteError("err.headers_only", file=sh.file, sheet=sh.sheet)
        except QuoteError as e:
            errors.append(e)
    if not res.records:
        if errors:
            raise errors[0]
        if all(n.reason == "note.empty_sheet" for n in res.notes):
            raise QuoteError("err.empty_file", file=name)
        raise QuoteError("err.no_table", file=name)
    for e in errors:  # a broken sheet beside good ones: reported, the good ones kept
        res.skipped.append(Skipped(name, e.params.get("sheet", ""), "", e.key))
    return res
