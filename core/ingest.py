"""Bytes -> raw sheets -> records (one per quote), with the layout of each sheet detected.

Formats: xlsx / xlsm / xls / ods through python-calamine; csv / tsv in UTF-8 (with or without BOM),
GB18030 / GBK and UTF-16. Layouts: wide (one row per quote), transposed (criteria down a column,
one column per vendor), long (vendor / criterion / value rows) and one sheet per vendor (item, value).
Title rows, blank rows, notes and cover sheets are skipped; every cell stays in ``RawSheet.rows``, and every row,
column or sheet that does not become a quote is listed (``Skipped``) with its reason. Hidden sheets, rows and
columns are read and announced; sheets sharing one name are read apart.

Hostile input (tests/test_hostile.py, tests/test_untrusted.py): sizes, member counts, XML entity declarations,
each sheet's extent and a workbook-wide budget are checked on the bytes by core.guards (an XML parser and a
BIFF walk, not patterns) before python-calamine parses anything (a 600-byte xlsx can make it ask for 549 GB
and abort the process); text named .xls (TSV, web pages) is recognised as such. The reading itself runs in
a worker process with hard memory and CPU limits (core.sandbox), so what the guards miss costs that worker
only.
"""
from __future__ import annotations

import array
import codecs
import csv
import io
import os
import re
import struct
import sys
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any, NamedTuple

from . import guards, schema
from .errors import QuoteError
from .untrusted import xml_illegal, xml_text

# The label vocabulary (core.mapping, with core.parse) is bound at its first use, by the stand-ins below: the reader
# worker (core.sandbox) imports this module to read sheets and never matches a label, and importing core.mapping
# there held its first read back by about 25 ms. The first call of any of them binds all nine to core.mapping's own.
_MAPPING_NAMES = ("is_ignored_label", "is_long_criterion_label", "is_long_file_label", "is_long_unit_label",
                  "is_long_value_label", "is_long_verbatim_label", "label_key", "label_strength", "match_label")


def _bind_mapping() -> None:
    from . import mapping

    globals().update({n: getattr(mapping, n) for n in _MAPPING_NAMES})


def is_ignored_label(*a, **k):
    _bind_mapping()
    return is_ignored_label(*a, **k)


def is_long_criterion_label(*a, **k):
    _bind_mapping()
    return is_long_criterion_label(*a, **k)


def is_long_file_label(*a, **k):
    _bind_mapping()
    return is_long_file_label(*a, **k)


def is_long_unit_label(*a, **k):
    _bind_mapping()
    return is_long_unit_label(*a, **k)


def is_long_value_label(*a, **k):
    _bind_mapping()
    return is_long_value_label(*a, **k)


def is_long_verbatim_label(*a, **k):
    _bind_mapping()
    return is_long_verbatim_label(*a, **k)


def label_key(*a, **k):
    _bind_mapping()
    return label_key(*a, **k)


def label_strength(*a, **k):
    _bind_mapping()
    return label_strength(*a, **k)


def match_label(*a, **k):
    _bind_mapping()
    return match_label(*a, **k)


# The declared maximum (README, "Untrusted files and the declared maximum"): up to MAX_QUOTES quotes holding up
# to MAX_QUOTE_CELLS cells in all (quotes x their columns) in one upload, the CLI (--json --xlsx) and the
# dashboard stay under 2 GB and linear in time, and the scored workbook written for that input reads back
# (its criteria sheet has one row per quote and criterion, 20 x 4,000 + 1 rows, inside MAX_ROWS; all its sheets
# inside MAX_BOOK_CELLS) -- measured by benchmarks/untrusted.py. Beyond it, the file is refused in one line after
# reading and before anything is scored; beyond the guards below, before the reader sees it. QUOTE_MAX_QUOTES
# and QUOTE_MAX_QUOTE_CELLS raise it (the scaling benchmarks go to 50,000 quotes; memory then grows past 2 GB
# with --xlsx, and a scored workbook of more than ~5,200 quotes does not read back).
MAX_QUOTES = int(os.environ.get("QUOTE_MAX_QUOTES", "4000"))
MAX_QUOTE_CELLS = int(os.environ.get("QUOTE_MAX_QUOTE_CELLS", "1000000"))
# Guards on the bytes (core.guards; checked before python-calamine parses anything).
MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # the scored workbook of the largest accepted input: up to ~140 MB of XML
MAX_ZIP_MEMBERS = 2000
MAX_ROWS = 100_000
MAX_COLS = 500
MAX_CELLS = 2_500_000  # highest row x highest column of one sheet: the reader allocates that rectangle
MAX_BOOK_CELLS = 4_000_000  # the same, summed over every sheet of a workbook (200 sheets just under a
#                             per-sheet limit were 3.7 GB); the scored workbook of the largest accepted input fits
MAX_SHEETS = 200
MAX_BOOK_STRINGS = 2_500_000  # shared strings the legacy reader reserves room for (the SST record's count)
MAX_CELL_CHARS = 5000
MAX_MERGES = 100_000  # merged areas of one sheet (the reader lists them all as Python tuples)
# Shared strings (distinct texts) beyond one per cell: a real workbook never has more texts than cells, but
# 240 KB of `<si><t>a</t></si>` inflates to millions of strings and 300 MB inside the reader.
MAX_SPARE_STRINGS = 200_000

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


@dataclass(slots=True)
class Warning_:
    """Something the user should check: a repair made while reading (a cell cut to MAX_CELL_CHARS, NUL bytes
    dropped), a cell that could not be read, a duplicate quote. Also core.model.Warning_."""
    code: str  # i18n key
    file: str
    sheet: str
    cell: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class RawSheet:
    file: str
    sheet: str  # sheet name; for csv the file name
    rows: list[list[Any]]  # cells as read ('' / None for empty), rectangular not guaranteed
    issues: list[Warning_] = field(default_factory=list)  # repairs made while reading (a long cell cut...)
    hidden: str = ""  # "hidden" / "veryhidden": the sheet is not shown when the file is opened
    hidden_rows: tuple[int, ...] = ()  # 0-based rows hidden in the file (xlsx, ods, xls)
    hidden_cols: tuple[int, ...] = ()  # 0-based columns hidden in the file (xlsx, ods, xls)
    merges: list = field(default_factory=list)  # merged areas spanning columns ((r0, c0), (r1, c1)), c1 > c0

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
    cells: list[tuple]  # (label, value, address) tuples or RecordCell
    sheet_vendor: str | None = None  # vendor from the sheet name (one sheet per vendor)
    fixed: dict = field(default_factory=dict)  # label -> mapping code the layout itself decided (a 报价单's items)
    edition: str | None = None  # one of several editions a single price cell lists (core.load splits them)
    answered: set = field(default_factory=set)  # addresses of cells that are a later answer (core.clarifications)
    notes_govern: bool = False  # the form says its remarks column governs ('以补充说明为准'): read over the options


@dataclass
class Skipped:
    file: str
    sheet: str
    where: str
    reason: str  # i18n key
    text: str = ""
    params: dict | None = None  # the message's own parameters, beyond file and sheet (a sheet's error)


@dataclass
class ReadResult:
    sheets: list[RawSheet] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[Skipped] = field(default_factory=list)  # sheets without a table, note rows
    profile: dict | None = None  # restored from a scored workbook (core.own_files)
    overrides: dict = field(default_factory=dict)  # mapping overrides restored from a scored workbook
    settings_file: str = ""  # the scored workbook that carried profile and overrides (never applied here)
    issues: list[Warning_] = field(default_factory=list)  # repairs made while reading, reported as warnings
    earlier: list[Record] = field(default_factory=list)  # a vendor's earlier rounds of a sheet: versions, never quotes
    own: Any = None  # core.own_files.OwnFile when the file is one the project wrote and got back
    # the file as given, set by core.load.read_files: its name and the SHA-256 of its bytes (a report names its inputs)
    file: str = ""
    sha256: str = ""
    sample: bool = False  # the file is one of the sample quote files (core.samples)


def blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


# ------------------------------------------------------------------------------------------------
# Bytes -> RawSheets
# ------------------------------------------------------------------------------------------------
# Every limit below is checked on the raw bytes, before python-calamine sees them: the reader builds
# each sheet as one dense rectangle (32 bytes a cell, max row x max column, however few cells hold a
# value), aborts the whole process when that allocation fails, and reads a zip member to its end.
def _ext(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _check_extent(name: str, sheet: str, rows: int, cols: int) -> None:
    if rows > MAX_ROWS:
        raise QuoteError("err.too_many_rows", file=name, sheet=sheet, n=rows, max=MAX_ROWS)
    if cols > MAX_COLS:
        raise QuoteError("err.too_many_cols", file=name, sheet=sheet, n=cols, max=MAX_COLS)
    if rows * cols > MAX_CELLS:
        raise QuoteError("err.too_many_cells", file=name, sheet=sheet, rows=rows, cols=cols, n=rows * cols,
                         max=MAX_CELLS)


def _check_zip(data: bytes, name: str) -> str:
    """Validate a zip container before any XML reaches the reader (core.guards): 'ods' or 'xlsx'."""
    return guards.check_zip(data, name)


# --- legacy .xls: an OLE2 compound file holding a BIFF 'Workbook' stream -------------------------
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_READ = ("workbook", "book")


def _ole_streams(data: bytes) -> dict[str, list[bytes]]:
    """Compound File Binary -> {lower-case stream name: [contents of the workbook streams, else empty]}.

    Strict: a chain that loops, points past the end or is shorter than its stream raises ValueError.
    """
    if len(data) < 512 or not data.startswith(_OLE_MAGIC):
        raise ValueError("not a compound file")
    ss = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    mss = 1 << struct.unpack_from("<H", data, 0x20)[0]
    if ss not in (512, 4096) or mss > ss:
        raise ValueError("bad sector size")
    n_fat, dir_start = struct.unpack_from("<II", data, 0x2C)
    cutoff, minifat_start, _n_minifat, difat_start, _n_difat = struct.unpack_from("<IIIII", data, 0x38)
    nsec = (len(data) - ss + ss - 1) // ss

    def sec(i: int) -> bytes:
        if i >= nsec:
            raise ValueError("sector past the end")
        return data[(i + 1) * ss:(i + 2) * ss].ljust(ss, b"\0")

    def chain(start: int, table, limit: int) -> list[int]:
        out, s = [], start
        while s < 0xFFFFFFFA:
            if s >= len(table) or len(out) > limit:
                raise ValueError("broken chain")
            out.append(s)
            s = table[s]
        return out

    def table(raw: bytes) -> array.array:
        a = array.array("I", raw)
        if sys.byteorder == "big":
            a.byteswap()
        return a

    difat = list(struct.unpack_from("<109I", data, 0x4C))
    s, hops = difat_start, 0
    while s < 0xFFFFFFFA:
        hops += 1
        if hops > nsec:
            raise ValueError("DIFAT loops")
        v = struct.unpack(f"<{ss // 4}I", sec(s))
        difat += v[:-1]
        s = v[-1]
    fat_ids = [x for x in difat if x < 0xFFFFFFFA][:n_fat]
    if len(fat_ids) > nsec:
        raise ValueError("FAT larger than the file")
    fat = table(b"".join(sec(i) for i in fat_ids))
    directory = b"".join(sec(i) for i in chain(dir_start, fat, nsec))
    entries = []
    for off in range(0, len(directory) - 127, 128):
        e = directory[off:off + 128]
        typ = e[66]
        if typ not in (1, 2, 5):
            continue
        nlen = min(struct.unpack_from("<H", e, 64)[0], 64)
        start, size = struct.unpack_from("<IQ", e, 0x74)
        if ss == 512:
            size &= 0xFFFFFFFF
        entries.append((e[:max(0, nlen - 2)].decode("utf-16-le", "replace"), typ, start, size))
    if not entries or entries[0][1] != 5:
        raise ValueError("no root entry")
    out: dict[str, list[bytes]] = {}
    mini = None
    for nm, typ, start, size in entries[1:]:
        if typ != 2:
            continue
        key = nm.lower()
        out.setdefault(key, [])
        if key not in _OLE_READ:
            continue
        if size > len(data):
            raise ValueError("stream larger than the file")
        if size < cutoff:
            if mini is None:
                root = entries[0]
                mini = (b"".join(sec(i) for i in chain(root[2], fat, nsec))[:root[3]],
                        table(b"".join(sec(i) for i in chain(minifat_start, fat, nsec))))
            stream, minifat = mini
            body = b"".join(stream[i * mss:(i + 1) * mss] for i in chain(start, minifat, len(minifat)))[:size]
        else:
            body = b"".join(sec(i) for i in chain(start, fat, nsec))[:size]
        if len(body) < size:
            raise ValueError("stream shorter than declared")
        out[key].append(body)
    return out


def _check_ole(data: bytes, name: str) -> None:
    try:
        streams = _ole_streams(data)
    except (ValueError, struct.error, IndexError, OverflowError, MemoryError) as e:
        raise QuoteError("err.corrupt", file=name) from e
    if "encryptedpackage" in streams or "encryptioninfo" in streams:
        raise QuoteError("err.encrypted", file=name)  # an xlsx with a password: an OLE wrapper around it
    books = [b for k in _OLE_READ for b in streams.get(k, [])]
    if not books:
        raise QuoteError("err.not_spreadsheet", file=name)  # a Word or PowerPoint file, an MSI...
    for b in books:
        guards.check_biff(b, name)


def _read_workbook(data: bytes, name: str) -> list[RawSheet]:
    from python_calamine import CalamineWorkbook

    try:
        try:
            wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        except Exception as e:  # noqa: BLE001 - calamine raises several types; all mean "cannot open"
            if _OLE_ENCRYPTED in data or "password" in str(e).lower() or "encrypt" in str(e).lower():
                raise QuoteError("err.encrypted", file=name) from e
            raise QuoteError("err.corrupt", file=name) from e
        sheets = []
        try:
            metas = list(wb.sheets_metadata)
            name_issues: dict[int, list[Warning_]] = {}  # sheet index -> warnings about its name
            unread: set[int] = set()
            if len({m.name for m in metas}) < len(metas):  # two sheets of one name: the reader finds one of them
                wb, metas, data, name_issues, unread = _apart_same_names(wb, metas, data, name)
            hidden_cells = (_hidden_cells(data, [m.name for m in metas]) if data[:4] == b"PK\x03\x04" else
                            _xls_hidden(data) if data.startswith(_OLE_MAGIC) else {})
            comments = _cell_comments(data, [m.name for m in metas]) if data[:4] == b"PK\x03\x04" else {}
            is_zip = data[:4] == b"PK\x03\x04"
            members: dict[int, str] | None = None  # found once, when a sheet shows a colour legend
            for i, meta in enumerate(metas):
                if i in unread or str(getattr(meta, "typ", "")).endswith("ChartSheet"):
                    continue
                sh = wb.get_sheet_by_name(meta.name)
                _check_extent(name, meta.name, sh.total_height, sh.total_width)
                try:
                    rows = sh.to_python(skip_empty_area=False)  # a fresh list of fresh row lists
                    if rows[:1] and rows[0].__class__ is not list:
                        rows = [list(r) for r in rows]
                    issues = []
                except BaseException as e:  # noqa: BLE001 - a number the reader cannot convert (1e300 as [h]:mm)
                    if not _unconvertible(e):
                        raise
                    rows, issues = _rows_one_by_one(data, name, meta.name, sh)
                merges = list(dict.fromkeys(sh.merged_cell_ranges or []))
                # Areas Excel writes never overlap, so filling them touches each cell once at most; a file
                # whose merges overlap (A2:A20000, A3:A20000, ... a thousand of them) keeps its cells, unfilled.
                last = sh.total_height - 1
                if sum(min(r1, last) - r0 for (r0, c0), (r1, c1) in merges if c0 == c1 and min(r1, last) > r0) \
                        <= sh.total_height * max(1, sh.total_width):
                    _fill_vertical_merges(rows, merges)
                if comments.get(i):
                    _with_comments(rows, comments[i])
                if is_zip and _legend_of(rows):  # '黄色：口头表示' over the table: a yellow cell is only claimed
                    members = members if members is not None else _sheet_members(data, [m.name for m in metas])
                    if marks := _legend_marks(data, members.get(i, ""), rows):
                        _with_legend(rows, marks)
                hidden_rows, hidden_cols = hidden_cells.get(i, ((), ()))
                sheets.append(RawSheet(name, meta.name, rows, name_issues.get(i, []) + issues, _visibility(meta),
                                       hidden_rows, hidden_cols, [m for m in merges if m[1][1] > m[0][1]]))
        except QuoteError:
            raise
        except Exception as e:  # noqa: BLE001
            if "password" in str(e).lower() or "encrypt" in str(e).lower():
                raise QuoteError("err.encrypted", file=name) from e
            raise QuoteError("err.corrupt", file=name) from e
    except (KeyboardInterrupt, SystemExit, GeneratorExit, QuoteError):
        raise
    except BaseException as e:  # a panic inside the Rust reader (pyo3 PanicException): a broken file
        if type(e).__name__ != "PanicException":
            raise
        raise QuoteError("err.corrupt", file=name) from e
    return sheets


def _visibility(meta: Any) -> str:
    """'' for a visible sheet, 'hidden' or 'veryhidden' (only unhidden through the VBA editor)."""
    v = str(getattr(meta, "visible", "")).rsplit(".", 1)[-1].lower()
    return v if v in ("hidden", "veryhidden") else ""


def _apart_same_names(wb: Any, metas: list, data: bytes, name: str):
    """Sheets sharing one name (a hand-made xlsx, an .ods) are all read: the second "报价" becomes "报价 (2)".

    The reader looks sheets up by name, so for xlsx / ods the names are made unique in the workbook's XML and
    the file opened again. Returns (workbook, metadata, bytes, warnings by sheet index, indexes not read):
    where that cannot be done (.xls) one sheet of each name is read, once, and a warning says how many were not.
    """
    from python_calamine import CalamineWorkbook

    names = [m.name for m in metas]
    fixed = _renamed_zip(data, names) if data[:4] == b"PK\x03\x04" else None
    if fixed is not None:
        try:
            wb2 = CalamineWorkbook.from_filelike(io.BytesIO(fixed))
            metas2 = list(wb2.sheets_metadata)
            new = [m.name for m in metas2]
        except Exception:  # noqa: BLE001 - the renamed copy does not open: read the original as it is
            new = []
        if len(new) == len(names) and len(set(new)) == len(new):
            issues = {i: [Warning_("warn.sheet_renamed", name, n2, "", {"file": name, "sheet": n1, "new": n2})]
                      for i, (n1, n2) in enumerate(zip(names, new)) if n1 != n2}
            return wb2, metas2, fixed, issues, set()
    first: dict[str, int] = {}
    issues, unread = {}, set()
    for i, n in enumerate(names):
        if n in first:
            unread.add(i)
        else:
            first[n] = i
    for n, i in first.items():
        if names.count(n) > 1:  # the reader gives one of them (which one depends on the format) under that name
            issues[i] = [Warning_("warn.sheet_same_name_unread", name, n, "",
                                  {"file": name, "sheet": n, "n": names.count(n)})]
    return wb, metas, data, issues, unread


_SHEET_TAG_RE = re.compile(rb"<(?:[\w.\-]+:)?sheet(?=[\s/>])[^<>]*>")  # xl/workbook.xml
_TABLE_TAG_RE = re.compile(rb"<(?:[\w.\-]+:)?table(?=[\s/>])[^<>]*>")  # an .ods content.xml (not table-row...)
_NAME_ATTR_RE = re.compile(rb"""\s(?:[\w.\-]+:)?name\s*=\s*(["'])(.*?)\1""", re.S)


def _renamed_zip(data: bytes, names: list[str]) -> bytes | None:
    """The same xlsx / ods with every repeated sheet name made unique ("报价 (2)"), or None."""
    import html

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        members = set(zf.namelist())
        if "xl/workbook.xml" in members:
            member, tag_re = "xl/workbook.xml", _SHEET_TAG_RE
        elif "content.xml" in members:
            member, tag_re = "content.xml", _TABLE_TAG_RE
        else:
            return None
        xml = zf.read(member)
        taken, seen = set(names), set()

        def unique(m: re.Match) -> bytes:
            tag = m.group(0)
            a = _NAME_ATTR_RE.search(tag)
            if a is None:
                return tag
            nm = html.unescape(a.group(2).decode("utf-8", "replace"))
            if nm not in seen:
                seen.add(nm)
                return tag
            k = 2
            while f"{nm} ({k})" in taken:
                k += 1
            taken.add(f"{nm} ({k})")
            return tag[:a.start(2)] + html.escape(f"{nm} ({k})", quote=True).encode("utf-8") + tag[a.end(2):]

        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zo:
            for info in zf.infolist():
                zo.writestr(info, tag_re.sub(unique, xml) if info.filename == member else zf.read(info))
        return out.getvalue()
    except Exception:  # noqa: BLE001 - the file was read once already; without renaming, the first is kept
        return None


# Tags end at the next '<' as well as at '>': a tag left open never makes a search run over the rest of the file.
_HIDDEN_ROW_RE = re.compile(rb"""<(?:[\w.\-]+:)?row(?=\s)[^<>]*?\shidden\s*=\s*["']\s*(?:1|true)\s*["'][^<>]*>""")
_HIDDEN_COL_RE = re.compile(rb"""<(?:[\w.\-]+:)?col(?=\s)[^<>]*?\shidden\s*=\s*["']\s*(?:1|true)\s*["'][^<>]*>""")
_ROW_TAG_RE = re.compile(rb"<(?:[\w.\-]+:)?row(?=[\s/>])[^<>]*>")
_ROW_NUM_RE = re.compile(rb"""\sr\s*=\s*["']\s*([0-9]{1,7})\s*["']""")
_COL_SPAN_RE = re.compile(rb"""\s(min|max)\s*=\s*["']\s*([0-9]{1,5})\s*["']""")


def _xlsx_sheet_parts(zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, member path) in workbook order, from xl/workbook.xml and its relationships."""
    import html
    import posixpath

    book, rels = zf.read("xl/workbook.xml"), zf.read("xl/_rels/workbook.xml.rels")
    targets = {}
    for tag in re.findall(rb"<(?:[\w.\-]+:)?Relationship\b[^<>]*>", rels):
        i = re.search(rb"""\bId\s*=\s*["']([^"']*)""", tag)
        tg = re.search(rb"""\bTarget\s*=\s*["']([^"']*)""", tag)
        if i and tg:
            t = html.unescape(tg.group(1).decode("utf-8", "replace"))
            targets[i.group(1)] = t.lstrip("/") if t.startswith("/") else posixpath.normpath("xl/" + t)
    out = []
    for tag in _SHEET_TAG_RE.findall(book):
        nm = _NAME_ATTR_RE.search(tag)
        rid = re.search(rb"""\s[\w.\-]*:id\s*=\s*["']([^"']*)""", tag)
        out.append((html.unescape(nm.group(2).decode("utf-8", "replace")) if nm else "",
                    targets.get(rid.group(1), "") if rid else ""))
    return out


_COMMENT_MAX_BYTES = 2 << 20  # a comments part larger than this is left unread (and said: warn.comments_skipped)
_COMMENT_RE = re.compile(rb"<(?:[\w.\-]+:)?comment\b([^<>]*)>(.*?)</(?:[\w.\-]+:)?comment>", re.S)
_REF_ATTR_RE = re.compile(rb"""\bref\s*=\s*["']\s*\$?([A-Za-z]{1,3})\$?([0-9]{1,7})\s*["']""")
_T_RE = re.compile(rb"<(?:[\w.\-]+:)?t\b[^<>]*?(?:/>|>(.*?)</(?:[\w.\-]+:)?t>)", re.S)
_AUTHOR_HEAD_RE = re.compile(r"^[^\n:：]{1,40}[:：]\s*\n")  # 'Wu Jia:\n' that Excel writes before a comment's text


def _cell_comments(data: bytes, names: list[str]) -> dict[int, dict[tuple[int, int], str]]:
    """Sheet index -> {(row, column): comment text} of an xlsx's cell comments (批注; the reader does not give them),
    the author line Excel writes first left out. A workbook without comments costs a look at its member names."""
    import html
    import posixpath

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        if not any("comment" in m.lower() for m in zf.namelist()):
            return {}
        parts = _xlsx_sheet_parts(zf)
    except Exception:  # noqa: BLE001 - parts the reader managed without: nothing added rather than a failure
        return {}
    out: dict[int, dict[tuple[int, int], str]] = {}
    by_name = {nm: member for nm, member in parts}
    for i, nm in enumerate(names):
        member = parts[i][1] if i < len(parts) and parts[i][0] == nm else by_name.get(nm)
        if not member:
            continue
        rels = posixpath.join(posixpath.dirname(member), "_rels", posixpath.basename(member) + ".rels")
        try:
            rel_xml = zf.read(rels) if rels in zf.namelist() else b""
        except Exception:  # noqa: BLE001
            continue
        for tag in re.findall(rb"<(?:[\w.\-]+:)?Relationship\b[^<>]*>", rel_xml):
            if not re.search(rb"""Type\s*=\s*["'][^"']*/comments["']""", tag):
                continue
            tg = re.search(rb"""\bTarget\s*=\s*["']([^"']*)""", tag)
            if not tg:
                continue
            t = html.unescape(tg.group(1).decode("utf-8", "replace"))
            path = t.lstrip("/") if t.startswith("/") else posixpath.normpath(posixpath.join(posixpath.dirname(member), t))
            try:
                if zf.getinfo(path).file_size > _COMMENT_MAX_BYTES:
                    continue
                xml = zf.read(path)
            except Exception:  # noqa: BLE001
                continue
            cells = out.setdefault(i, {})
            for attrs, body in _COMMENT_RE.findall(xml):
                ref = _REF_ATTR_RE.search(attrs)
                if not ref:
                    continue
                text = html.unescape(b"".join(x or b"" for x in _T_RE.findall(body)).decode("utf-8", "replace"))
                text = _AUTHOR_HEAD_RE.sub("", text.replace("\r\n", "\n")).strip()
                if text and len(cells) < MAX_ROWS:
                    cells[(int(ref.group(2)) - 1, guards._COLS.get(ref.group(1).upper().decode(), 0) - 1)] = text[:MAX_CELL_CHARS]
    return out


def _with_comments(rows: list[list[Any]], comments: dict[tuple[int, int], str]) -> None:
    """Each commented cell reads with its comment ('19.5' + '风控模型另加3.5万' -> '19.5\\n批注：风控模型另加3.5万'): the
    fine print a buyer keeps in comments is part of what the cell says."""
    for (r, c), note in comments.items():
        if r >= len(rows) or c < 0:
            continue
        row = rows[r]
        if c >= len(row):
            row.extend([""] * (c + 1 - len(row)))
        v = row[c]
        row[c] = f"批注：{note}" if blank(v) else f"{_text(v)}\n批注：{note}"  # a line of its own: its own clause


# A colour legend above a table ('图例（单元格底色）：绿色：已见书面材料 | 黄色：供应商口头表示… | 橙色：需另外付费…'):
# each colour's meaning, read from its words
_LEGEND_HEAD_RE = re.compile(r"图例|底色|颜色|标色|标黄|标红|legend|colou?r\s*(?:key|code)", re.I)
_LEGEND_ENTRY_RE = re.compile(r"^\s*(?:(?P<zh>[绿黄橙灰红蓝粉紫])色?|(?P<en>green|yellow|orange|grey|gray|red|blue|amber))"
                              r"\s*(?:底色|背景|填充|cells?|fill|shading)?\s*[:：=＝—–-]\s*(?P<desc>\S.*)$", re.I | re.S)
_LEGEND_MEANING = (  # (standing, words of the description that say it)
    ("unknown", re.compile(r"未答复|未回复|未作答|没回|no (?:answer|reply|response)|not answered|unanswered", re.I)),
    ("conditional", re.compile(r"另外付费|另付费|另计|附带条件|有条件|收费|extra (?:cost|charge)|conditional|at a cost|"
                               r"additional (?:cost|fee)|condition", re.I)),
    ("claimed", re.compile(r"口头|电话|尚未提供书面|未提供书面|无书面|没有书面|未见|声称|说有|oral|verbal|by phone|"
                           r"not (?:yet )?in writing|no written|claimed|unverified", re.I)),
)
_FILL_RE = re.compile(rb"<(?:[\w.\-]+:)?fill>(.*?)</(?:[\w.\-]+:)?fill>|<(?:[\w.\-]+:)?fill/>", re.S)
_FG_RGB_RE = re.compile(rb"""<(?:[\w.\-]+:)?fgColor\b[^>]*\brgb\s*=\s*["']([0-9A-Fa-f]{6,8})["']""")
_XF_RE = re.compile(rb"<(?:[\w.\-]+:)?xf\b([^>]*)>")
_CELL_STYLE_RE = re.compile(rb"""<(?:[\w.\-]+:)?c\b[^>]*?\br\s*=\s*["']([A-Z]{1,3})([0-9]{1,7})["'][^>]*?\bs\s*=\s*["']([0-9]{1,5})["']""")


def _legend_of(rows: list[list[Any]]) -> list[tuple[int, int, str, str]]:
    """(row, column, colour word, standing) of each legend entry in a sheet's first rows; [] without a legend."""
    head = rows[:15]
    if not any(v.__class__ is str and _LEGEND_HEAD_RE.search(v) for row in head for v in row):
        return []
    out = []
    for r, row in enumerate(head):
        for c, v in enumerate(row):
            if v.__class__ is not str or (m := _LEGEND_ENTRY_RE.match(v.replace("图例：", "").replace("图例:", ""))) is None:
                continue
            standing = next((st for st, rx in _LEGEND_MEANING if rx.search(m.group("desc"))), "stated")
            out.append((r, c, (m.group("zh") or m.group("en")).lower(), standing))
    return out


def _hue_word(rgb: str) -> str | None:
    """The colour word a fill's RGB reads as (a light fill as Excel's own palettes make them)."""
    import colorsys

    red, green, blue = (int(rgb[-6:][i:i + 2], 16) / 255 for i in (0, 2, 4))
    hue, light, sat = colorsys.rgb_to_hls(red, green, blue)
    if light > 0.97 or (sat < 0.15 and light > 0.5) and light > 0.9:
        return None  # white
    if sat < 0.15:
        return "灰"
    deg = hue * 360
    return ("红" if deg < 15 or deg >= 340 else "橙" if deg < 40 else "黄" if deg < 70 else "绿" if deg < 170 else
            "蓝" if deg < 260 else "紫" if deg < 300 else "粉")


_EN_HUE = {"green": "绿", "yellow": "黄", "amber": "黄", "orange": "橙", "grey": "灰", "gray": "灰", "red": "红", "blue": "蓝"}


def _legend_marks(data: bytes, member: str, rows: list[list[Any]]) -> dict[tuple[int, int], str]:
    """{(row, column): standing} of the cells under a sheet's colour legend whose fill means other than 'stated': the
    fill matched to a legend entry's own fill, else by its colour word."""
    legend = _legend_of(rows)
    if not legend or not member or not any(st != "stated" for *_x, st in legend):
        return {}
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        styles = zf.read("xl/styles.xml") if "xl/styles.xml" in zf.namelist() else b""
        if zf.getinfo(member).file_size > 64 << 20:
            return {}
        sheet = zf.read(member)
    except Exception:  # noqa: BLE001 - a colour the reader could not see: the words are read as they stand
        return {}
    fills = []
    for m in _FILL_RE.finditer(styles.split(b"<cellXfs")[0]):
        rgb = _FG_RGB_RE.search(m.group(1) or b"") if b"solid" in (m.group(1) or b"") else None
        fills.append(rgb.group(1).decode() if rgb else None)
    xfs_part = styles.split(b"<cellXfs", 1)[1].split(b"</cellXfs>", 1)[0] if b"<cellXfs" in styles else b""
    style_rgb = []
    for attrs in _XF_RE.findall(xfs_part):
        fid = re.search(rb"""\bfillId\s*=\s*["']([0-9]{1,5})["']""", attrs)
        k = int(fid.group(1)) if fid else 0
        style_rgb.append(fills[k] if k < len(fills) else None)
    colour: dict[tuple[int, int], str] = {}
    for letters, row, style in _CELL_STYLE_RE.findall(sheet):
        k = int(style)
        if k < len(style_rgb) and style_rgb[k]:
            colour[(int(row) - 1, guards._COLS.get(letters.decode(), 0) - 1)] = style_rgb[k]
    by_rgb, by_hue = {}, {}
    for r, c, word, standing in legend:
        if (rgb := colour.get((r, c))) is not None:
            by_rgb[rgb.upper()[-6:]] = standing
        by_hue[_EN_HUE.get(word, word)] = standing
    top = max(r for r, *_x in legend)
    out = {}
    for (r, c), rgb in colour.items():
        if r <= top:
            continue
        standing = by_rgb.get(rgb.upper()[-6:]) or by_hue.get(_hue_word(rgb) or "")
        if standing and standing != "stated":
            out[(r, c)] = standing
    return out


def _sheet_members(data: bytes, names: list[str]) -> dict[int, str]:
    """Sheet index -> its worksheet part in the zip."""
    try:
        parts = _xlsx_sheet_parts(zipfile.ZipFile(io.BytesIO(data)))
    except Exception:  # noqa: BLE001
        return {}
    by_name = {nm: member for nm, member in parts}
    return {i: (parts[i][1] if i < len(parts) and parts[i][0] == nm else by_name.get(nm, "")) for i, nm in enumerate(names)}


def _with_legend(rows: list[list[Any]], marks: dict[tuple[int, int], str]) -> None:
    """Each cell a legend colours as other than stated carries the legend's meaning after its words."""
    from .reading import LEGEND_MARKS

    for (r, c), standing in marks.items():
        if r < len(rows) and c < len(rows[r]) and not blank(rows[r][c]):
            rows[r][c] = f"{_text(rows[r][c])}\n{LEGEND_MARKS[standing]}"


_ROW_RECORD, _COLINFO_RECORD = 0x0208, 0x007D
_ROW_RECORD, _COLINFO_RECORD = 0x0208, 0x007D
_ROW_RECORD, _COLINFO_RECORD = 0x0208, 0x007D


def _xls_hidden(data: bytes) -> dict[int, tuple[tuple[int, ...], tuple[int, ...]]]:
    """Sheet index -> (hidden rows, hidden columns), 0-based, of a legacy .xls: each sheet's ROW records with the
    'height zero' flag and COLINFO records with the hidden flag, walked from the sheet's BOUNDSHEET offset to its
    EOF as the guards walked them (their bound on the total walk holds here too). Nothing said on any doubt."""
    try:
        streams = _ole_streams(data)
        book = next(b for k in _OLE_READ for b in streams.get(k, []))
    except Exception:  # noqa: BLE001 - the reader managed without: nothing said rather than a failure
        return {}
    n = len(book)
    s = book + b"\0" * 16
    unpack = struct.unpack_from
    pos, offsets = 0, []
    while pos + 4 <= n:  # the workbook globals: the sheets' offsets, in order
        typ, size = unpack("<HH", s, pos)
        body, pos = pos + 4, pos + 4 + size
        if pos > n or typ == 0x000A:
            break
        if typ == 0x0085 and size >= 4:
            offsets.append(unpack("<I", s, body)[0])
    out, walked = {}, 0
    for i, off in enumerate(offsets):
        rows: list[int] = []
        cols: set[int] = set()
        pos = off
        while pos + 4 <= n and walked <= 2 * n + 4096:
            typ, size = unpack("<HH", s, pos)
            body, pos = pos + 4, pos + 4 + size
            walked += size + 4
            if pos > n or typ == 0x000A:
                break
            if typ == _ROW_RECORD and size >= 16 and unpack("<H", s, body + 12)[0] & 0x0020:
                rows.append(unpack("<H", s, body)[0])
            elif typ == _COLINFO_RECORD and size >= 10 and unpack("<H", s, body + 8)[0] & 0x0001:
                first, last = unpack("<HH", s, body)
                cols.update(range(first, min(last, MAX_COLS) + 1))
        if rows or cols:
            out[i] = (tuple(sorted(rows)), tuple(sorted(cols)))
    return out


def _hidden_cells(data: bytes, names: list[str]) -> dict[int, tuple[tuple[int, ...], tuple[int, ...]]]:
    """Sheet index -> (hidden rows, hidden columns), 0-based, read from the XML (the reader does not give them):
    an xlsx sheet's <row hidden="1"> and <col hidden="1">, an .ods table's rows and columns with
    table:visibility="collapse" or "filter". A sheet with neither is absent. Each sheet's XML is inflated once
    more, in blocks (about 3 ms per MB of xlsx), and kept whole only when it holds the word "hidden"."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        if "content.xml" in zf.namelist() and "xl/workbook.xml" not in zf.namelist():
            return _ods_hidden_rows(zf.read("content.xml"))
        parts = _xlsx_sheet_parts(zf)
    except Exception:  # noqa: BLE001 - parts the reader managed without: nothing said rather than a failure
        return {}
    by_name = {nm: member for nm, member in parts}
    out = {}
    for i, nm in enumerate(names):
        member = parts[i][1] if i < len(parts) and parts[i][0] == nm else by_name.get(nm)
        try:
            if not member or not _mentions(zf, member, b"hidden"):
                continue
            xml = zf.read(member)
        except Exception:  # noqa: BLE001
            continue
        rows = _hidden_rows(xml)
        cols = set()
        for tag in _HIDDEN_COL_RE.findall(xml):
            span = dict(_COL_SPAN_RE.findall(tag))
            lo = int(span.get(b"min", 0) or 0)
            hi = min(int(span.get(b"max", lo) or lo), MAX_COLS)
            cols.update(range(max(lo, 1) - 1, hi))
        if rows or cols:
            out[i] = (rows, tuple(sorted(cols)))
    return out


def _mentions(zf: zipfile.ZipFile, member: str, word: bytes) -> bool:
    """Whether a member's inflated bytes hold `word`, read in 4 MB blocks (nothing kept)."""
    tail = b""
    with zf.open(member) as f:
        while blk := f.read(1 << 22):
            if word in tail + blk[:len(word)] or word in blk:
                return True
            tail = blk[-len(word):]
    return False


_ODS_ROW_TAG_RE = re.compile(rb"<(?:[\w.\-]+:)?(table|table-row|table-column)(?=[\s/>])([^<>]*)>")
_ODS_HIDDEN_RE = re.compile(rb"""visibility\s*=\s*["']\s*(?:collapse|filter)""")
_ODS_REPEATED_RE = re.compile(rb"""number-(?:rows|columns)-repeated\s*=\s*["']\s*([0-9]{1,9})""")


def _ods_hidden_rows(xml: bytes) -> dict[int, tuple[tuple[int, ...], tuple[int, ...]]]:
    """Table index -> (hidden rows, hidden columns) of an .ods content.xml: rows and columns shown collapsed or
    filtered out, counted through their number-…-repeated."""
    if b"visibility" not in xml:
        return {}
    out: dict[int, tuple[list[int], list[int]]] = {}
    table, r, c = -1, 0, 0
    for kind, attrs in _ODS_ROW_TAG_RE.findall(xml):
        if kind == b"table":
            table, r, c = table + 1, 0, 0
            continue
        m = _ODS_REPEATED_RE.search(attrs)
        n = int(m.group(1)) if m else 1
        at, limit = (r, MAX_ROWS) if kind == b"table-row" else (c, MAX_COLS)
        if _ODS_HIDDEN_RE.search(attrs) and at < limit:
            out.setdefault(table, ([], []))[kind != b"table-row"].extend(range(at, min(at + n, limit)))
        if kind == b"table-row":
            r += n
        else:
            c += n
    return {t: (tuple(rows), tuple(cols)) for t, (rows, cols) in out.items()}


def _hidden_rows(xml: bytes) -> tuple[int, ...]:
    rows = []
    for tag in _HIDDEN_ROW_RE.findall(xml):
        m = _ROW_NUM_RE.search(tag)
        if m is None:  # rows numbered by their position: count them all
            break
        rows.append(int(m.group(1)) - 1)
    else:
        return tuple(rows)
    rows, r = [], -1
    for m in _ROW_TAG_RE.finditer(xml):
        tag = m.group(0)
        n = _ROW_NUM_RE.search(tag)
        r = int(n.group(1)) - 1 if n else r + 1
        if _HIDDEN_ROW_RE.fullmatch(tag):
            rows.append(r)
    return tuple(rows)


_OLE_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
def _unconvertible(e: BaseException) -> bool:
    """The reader could not turn a cell into a Python value: a number far outside the dates and durations its
    format asks for (1e300 as [h]:mm overflows a timedelta, -1e300 as a date panics inside the Rust reader)."""
    return isinstance(e, (OverflowError, ValueError)) or type(e).__name__ == "PanicException"


def _rows_one_by_one(data: bytes, name: str, sheet: str, sh) -> tuple[list[list[Any]], list[Warning_]]:
    """A sheet whose conversion failed on some cell (see ``_unconvertible``): read it row by row, as usual; a
    row that fails is read again from a copy of the workbook where every cell has the General format (its
    numbers as numbers: the absurd one is then refused by the parsers, with a warning on its cell; a date in
    that same row comes back as its serial number). A row that still cannot be read (not a zip-based file)
    stays blank, with a warning naming it."""
    from python_calamine import CalamineWorkbook

    width = sh.total_width
    rows: list[list[Any]] = []
    failed: list[int] = []
    it = sh.iter_rows()
    r0, c0 = sh.start or (0, 0)
    rows += [[""] * width for _ in range(r0)]
    while True:
        try:
            row = next(it)
        except StopIteration:
            break
        except BaseException as e:  # noqa: BLE001 - PanicException derives from BaseException
            if not _unconvertible(e):
                raise
            failed.append(len(rows))
            row = []
        rows.append([""] * c0 + list(row))
    plain = None
    if failed and data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                out = io.BytesIO()
                with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
                    for info in zf.infolist():
                        body = zf.read(info)
                        if info.filename.lower().endswith("styles.xml"):
                            body = re.sub(rb'(<xf\b[^>]*?\bnumFmtId=")\d+"', rb'\g<1>0"', body)  # cells: General
                            body = re.sub(rb'formatCode="[^"]*"', b'formatCode="General"', body)  # and no custom one
                        copy.writestr(info, body)
            again = CalamineWorkbook.from_filelike(io.BytesIO(out.getvalue())).get_sheet_by_name(sheet)
            plain = [list(r) for r in again.to_python(skip_empty_area=False)]
        except BaseException as e:  # noqa: BLE001 - the fallback of a fallback: the rows stay blank, reported
            if isinstance(e, (KeyboardInterrupt, SystemExit)):
                raise
            plain = None
    issues = []
    for i in failed:
        if plain is not None and i < len(plain):
            rows[i] = plain[i]
        else:
            issues.append(Warning_("warn.cell_unreadable", name, sheet, str(i + 1),
                                   {"file": name, "sheet": sheet, "row": i + 1}))
    return rows, issues


def _fill_vertical_merges(rows: list[list[Any]], merges: list) -> None:
    """A label or vendor merged down several rows belongs to each of them (horizontal merges: titles, left alone)."""
    for (r0, c0), (r1, c1) in merges:
        if r1 > r0 and c0 == c1 and r0 < len(rows) and c0 < len(rows[r0]):
            v = rows[r0][c0]
            for r in range(r0 + 1, min(r1 + 1, len(rows))):
                if c0 < len(rows[r]) and blank(rows[r][c0]):
                    rows[r][c0] = v


# --- text: csv / tsv, and the web pages and text files that arrive named .xls --------------------
def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NUL bytes sit on one side only (ASCII as 'a\\0'), else None."""
    head = data[:8000]
    half = max(1, len(head) // 2)
    even_nuls, odd_nuls = head[0::2].count(0), head[1::2].count(0)
    # Mostly ASCII: NULs on every other byte. Mostly Chinese: few NULs (only the commas, digits and line
    # breaks are ASCII) but all of them on one side; then the decoded text must look like a table.
    if odd_nuls >= 0.4 * half and even_nuls <= 0.05 * half:
        enc, strong = "utf-16-le", True
    elif even_nuls >= 0.4 * half and odd_nuls <= 0.05 * half:
        enc, strong = "utf-16-be", True
    elif odd_nuls >= 4 and even_nuls * 20 <= odd_nuls:
        enc, strong = "utf-16-le", False
    elif even_nuls >= 4 and odd_nuls * 20 <= even_nuls:
        enc, strong = "utf-16-be", False
    else:
        return None
    try:
        text = data[:len(data) & ~1].decode(enc)
    except UnicodeDecodeError:
        return None
    if not strong and (_looks_binary(text) or not any(ch in text[:4000] for ch in "\n\t,;")):
        return None
    return enc


def _decode(data: bytes, name: str) -> tuple[str, list[Warning_]]:
    """Bytes of a text file -> text, and the repairs made (NUL bytes dropped, lines in another encoding)."""
    issues: list[Warning_] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), issues
    bom = data.startswith(codecs.BOM_UTF8)
    if bom:
        data = data[3:]
    elif enc := _utf16_without_bom(data):
        return data.decode(enc, errors="replace"), issues
    if b"\x00" in data:
        body = data.rstrip(b"\x00")  # zero padding after the text (a copy cut short, a preallocated file)
        nuls = len(data) - len(body) + body.count(0)
        if body.count(0) > max(4, len(body) // 200) or not body.strip():  # a binary file, not a few stray NULs
            raise QuoteError("err.not_spreadsheet", file=name)
        data = body.replace(b"\x00", b"")
        issues.append(Warning_("warn.nul_removed", name, name.rsplit("/", 1)[-1], "", {"file": name, "n": nuls}))
    try:
        return data.decode("utf-8"), issues
    except UnicodeDecodeError:
        pass
    # Not UTF-8 as a whole: GB18030 (GBK), or lines pasted together from files in both encodings.
    lines = data.split(b"\n")
    utf8_lines = gb_lines = 0
    for ln in lines:
        if ln.isascii():
            continue
        try:
            ln.decode("utf-8")
            utf8_lines += 1
        except UnicodeDecodeError:
            gb_lines += 1
    if utf8_lines and gb_lines:
        out = []
        for ln in lines:
            try:
                out.append(ln.decode("utf-8"))
            except UnicodeDecodeError:
                out.append(ln.decode("gb18030", errors="replace"))
        issues.append(Warning_("warn.mixed_encoding", name, name.rsplit("/", 1)[-1], "",
                            {"file": name, "n": gb_lines}))
        return "\n".join(out), issues
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        gb = None
    if gb is None or _private_use(gb):  # Big5 bytes read as GBK come out as private-use characters: a Taiwan or Hong
        try:  # Kong file in 繁體 (Big5), read as Big5 when that reads cleaner
            b5 = data.decode("big5hkscs")
        except UnicodeDecodeError:
            b5 = None
        if b5 is not None and (gb is None or _private_use(b5) < _private_use(gb)):
            return b5, issues
    if gb is None:
        raise QuoteError("err.encoding", file=name) from None
    return gb, issues


_PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")


def _private_use(text: str) -> int:
    """How many characters of the text fall in the private-use area (no real text holds them)."""
    return len(_PRIVATE_USE_RE.findall(text)) if _PRIVATE_USE_RE.search(text) else 0


def _looks_binary(text: str) -> bool:
    sample = text[:4000]
    ctrl = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    return ctrl >= 2 and ctrl * 50 > len(sample)


# Files that are plainly something else, whatever their name says.
_BINARY_MAGIC = (b"%PDF", b"MZ", b"\x7fELF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*",
                 b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b", b"BZh", b"\xfd7zXZ", b"RIFF", b"\xca\xfe\xba\xbe",
                 b"{\\rtf", b"PK\x05\x06", b"PK\x07\x08")


def _markup_kind(data: bytes) -> str | None:
    """'html' for a web page (or MHT) saved as .xls, 'xml2003' for an Excel 2003 XML workbook, else None."""
    head = data[:4096]
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            head = head[2:].decode(enc, "replace").encode("utf-8", "replace")
    head = head.removeprefix(codecs.BOM_UTF8).lstrip().lower()
    if head.startswith(b"mime-version:") and b"text/html" in head:
        return "html"
    if not head.startswith(b"<"):
        return None
    if b"<html" in head or b"<!doctype html" in head:
        return "html"
    if b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        return "xml2003"
    if any(t in head for t in (b"<table", b"<head", b"<body", b"<meta", b"<div", b"<tr")):
        return "html"
    return None


def _guess_delimiter(sample: str) -> str:
    """The separator that splits most of the first records (quoted cells kept whole, so a cell holding '|' or many
    lines — a Jira description — counts once) into the same number of cells; ',' when none does better."""
    best, best_score = ",", -1.0
    try:
        one = [r for r in islice(csv.reader(io.StringIO(sample)), 40) if any(x.strip() for x in r)]
    except csv.Error:
        one = []
    if one and all(len(r) == 1 for r in one) and any("," in r[0] for r in one):
        return ","  # one column, its lines with commas quoted: the writer's separator was ',' (a mail pasted a line a row)
    for d in (",", "\t", ";", "|"):
        if d not in sample:
            continue
        try:
            widths = [len(r) for r in islice(csv.reader(io.StringIO(sample), delimiter=d), 40) if any(x.strip() for x in r)]
        except csv.Error:
            continue
        split = [w for w in widths if w > 1]
        if not split:
            continue
        mode = max(set(split), key=split.count)
        score = split.count(mode) / len(widths) + mode * 1e-4  # the share of records of one shape, then the widest
        if score > best_score:
            best, best_score = d, score
    return best


_TEXT_FORMULA_RE = re.compile(r'="((?:[^"]|"")*)"\s*')


def _unwrap_text_formula(cell: str) -> str:
    """A CSV field written as ="…" (how exports keep codes, phones and amounts as text in Excel: ="S000318",
    ="0531-88697120", ="296000.00", ="") is the text inside, as Excel shows it; any other field starting with "="
    (=HYPERLINK(…)) stays as written."""
    m = _TEXT_FORMULA_RE.fullmatch(cell)
    return m.group(1).replace('""', '"') if m else cell


def _csv_rows(text: str, delim: str, name: str) -> list[list[str]]:
    csv.field_size_limit(MAX_FILE_BYTES)  # a long cell is cut to MAX_CELL_CHARS (and reported) afterwards
    if text.count(delim) > 50 * MAX_COLS:  # one line of millions of separators would be one huge row
        widest = max(ln.count(delim) for ln in re.split("[\r\n]", text))
        if widest > 50 * MAX_COLS:
            raise QuoteError("err.too_many_cols", file=name, sheet=name.rsplit("/", 1)[-1], n=widest + 1,
                             max=MAX_COLS)
    rows: list[list[str]] = []
    if "\r" in text and re.search("\r(?!\n)", text):  # old Mac line ends (CR only), alone or mixed with others
        text = re.sub("\r\n?", "\n", text)
    wrapped = '="' in text  # Excel's text-forcing formula: ="S000318", ="296000.00", ="" (see _unwrap_text_formula)
    try:
        for r in csv.reader(io.StringIO(text), delimiter=delim):
            if wrapped:
                r = [_unwrap_text_formula(c) if c[:2] == '="' else c for c in r]
            if len(r) > MAX_COLS:
                raise QuoteError("err.too_many_cols", file=name, sheet=name.rsplit("/", 1)[-1], n=len(r),
                                 max=MAX_COLS)
            rows.append(r)
            if len(rows) > MAX_ROWS:
                lines = text.count("\n") + (not text.endswith("\n"))
                raise QuoteError("err.too_many_rows", file=name, sheet=name.rsplit("/", 1)[-1],
                                 n=max(lines, len(rows)), max=MAX_ROWS)
    except csv.Error as e:
        raise QuoteError("err.corrupt", file=name) from e
    return rows


def _read_text(data: bytes, name: str) -> list[RawSheet]:
    text, issues = _decode(data, name)
    if _looks_binary(text):
        raise QuoteError("err.not_spreadsheet", file=name)
    if not text.strip():
        raise QuoteError("err.empty_file", file=name)
    sample = text[:20000]
    delim = "\t" if _ext(name) == "tsv" else None
    if delim is None:
        delim = _guess_delimiter(sample)
    rows = _csv_rows(text, delim, name)
    if "“" in sample and _smart_quoted(rows):  # a Word table copied with its quotes: '“29.8万元”', '“”' for an empty cell
        rows = [[(v[1:-1] if len(v) >= 2 and v[0] == "“" and v[-1] == "”" else v) for v in row] for row in rows]
    if "NULL" in sample and sum(1 for row in rows[:200] for v in row if v == "NULL") >= 3:
        rows = [[("" if v == "NULL" else v) for v in row] for row in rows]  # a database dump's empty cells ('mysql -B')
    if (joined := _rejoin_broken_records(rows)):
        issues = [*issues, Warning_("warn.rejoined_row", name, name.rsplit("/", 1)[-1], f"A{joined[0] + 1}",
                                    {"file": name, "rows": "、".join(str(r + 1) for r in joined[:10])})]
    if delim == ";" and (n := _decimal_commas(rows)):
        issues = [*issues, Warning_("warn.decimal_comma", name, name.rsplit("/", 1)[-1], "", {"file": name, "n": n})]
    return [RawSheet(name, name.rsplit("/", 1)[-1], rows, issues)]


def _smart_quoted(rows: list[list[str]]) -> bool:
    """Whether nearly every filled field of a CSV is wrapped in full-width quotes (a Word table saved as CSV)."""
    filled = [v for row in rows[:200] for v in row if v.strip()]
    wrapped = sum(1 for v in filled if len(v) >= 2 and v[0] == "“" and v[-1] == "”")
    return len(filled) >= 10 and wrapped * 10 >= len(filled) * 9


def _rejoin_broken_records(rows: list[list[str]]) -> list[int]:
    """A record broken in two by a line break its program wrote unquoted (a Numbers or WPS export of a cell holding a new
    line: '1,红河蒙自…,商品管理、分期计算器、' then '订单跟踪、…,无,已取得…'): a row short of the table's width followed by one that
    makes it whole, its first field the rest of the cell, is one record again — the two halves joined at the break, the
    second line left blank so every later row keeps its number. Returns the rows joined (0-based)."""
    widths = [len(r) for r in rows if len(r) >= 5]
    if len(widths) < 3:
        return []
    width = max(set(widths), key=widths.count)
    joined = []
    for i in range(len(rows) - 1):
        a, b = rows[i], rows[i + 1]
        if 2 <= len(a) < width and len(b) >= 2 and len(a) + len(b) - 1 == width and a[0].strip() and a[-1].strip() \
                and b[0].strip() and not re.fullmatch(r"\s*\d{1,4}\s*", b[0]):
            rows[i] = a[:-1] + [f"{a[-1]}\n{b[0]}"] + b[1:]
            rows[i + 1] = []
            joined.append(i)
    return joined


_COMMA_DECIMAL_RE = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d,.])|(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.])")
_DOT_DECIMAL_RE = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.,])")


def _decimal_commas(rows: list[list[str]]) -> int:
    """A CSV saved with a continental locale (';' between fields, '22,8' for 22.8, '26.000' for 26000): its figures
    written the Chinese way, in place; returns how many cells changed (0 when the file writes decimals with points)."""
    commas = dots = 0
    for row in rows:  # told from the cells that are a figure alone ('TLS1.2' in a sentence says nothing of the locale)
        for v in row:
            if v and v[-1:].isdigit():
                commas += bool(_COMMA_DECIMAL_RE.fullmatch(v.strip()))
                dots += bool(_DOT_DECIMAL_RE.fullmatch(v.strip()))
    if commas < 2 or dots:
        return 0
    changed = 0
    for row in rows:
        for k, v in enumerate(row):
            if v and ("," in v or "." in v) and _COMMA_DECIMAL_RE.search(v):
                new = _COMMA_DECIMAL_RE.sub(lambda m: m.group().replace(".", "").replace(",", "."), v)
                if new != v:
                    row[k] = new
                    changed += 1
    return changed


def _truncate_long_cells(sheets: list[RawSheet]) -> None:
    """Cut cells over MAX_CELL_CHARS (reported); report texts holding characters XML cannot store (the scored
    workbook replaces them, core.untrusted.xml_text) -- the value itself is kept as read."""
    for sh in sheets:
        if xml_illegal(sh.sheet):
            sh.issues.append(Warning_("warn.xml_char", sh.file, sh.sheet, "", {"text": xml_text(sh.sheet[:40])}))
        # one search over the sheet's distinct texts (13 ms for 400,000 cells); the cells only on a hit
        texts = {v for row in sh.rows for v in row if v.__class__ is str}
        if not texts:
            continue
        if xml_illegal("\n".join(texts)):
            for r, row in enumerate(sh.rows):
                for c, v in enumerate(row):
                    if isinstance(v, str) and xml_illegal(v):
                        sh.issues.append(Warning_("warn.xml_char", sh.file, sh.sheet, sh.address(r, c),
                                                  {"text": xml_text(v[:40])}))
        if max(map(len, texts)) <= MAX_CELL_CHARS:  # the longest distinct text decides: cells only when needed
            continue
        for r, row in enumerate(sh.rows):
            for c, v in enumerate(row):
                if isinstance(v, str) and len(v) > MAX_CELL_CHARS:
                    row[c] = v[:MAX_CELL_CHARS]
                    cell = sh.address(r, c)
                    sh.issues.append(Warning_("warn.cell_truncated", sh.file, sh.sheet, cell,
                                           {"file": sh.file, "sheet": sh.sheet, "cell": cell, "n": len(v),
                                            "max": MAX_CELL_CHARS, "text": v[:40] + "…"}))


def read_sheets(data: bytes, name: str) -> list[RawSheet]:
    """Any accepted file's bytes -> its sheets; QuoteError with a user-facing key when it cannot be."""
    guard(data, name)
    return read_guarded(data, name)


def guard(data: bytes, name: str) -> None:
    """Everything checked before a reader touches the bytes (size, type, the structure of a workbook: see
    core.guards); QuoteError when the file is refused."""
    ext = _ext(name)
    if not data:
        raise QuoteError("err.empty_file", file=name)
    if len(data) > MAX_FILE_BYTES:
        raise QuoteError("err.file_too_large", file=name, mb=MAX_FILE_BYTES // 2**20)
    if ext and ext not in ACCEPTED_EXT:
        raise QuoteError("err.wrong_type", file=name, ext=ext)
    if data[:4] == b"PK\x03\x04":
        _check_zip(data, name)
    elif data[:8] == _OLE_MAGIC:
        _check_ole(data, name)
    elif data.startswith(_BINARY_MAGIC):
        raise QuoteError("err.not_spreadsheet", file=name)
    elif kind := _markup_kind(data):
        raise QuoteError("err.html_table" if kind == "html" else "err.xml_2003", file=name)


def read_guarded(data: bytes, name: str) -> list[RawSheet]:
    """The sheets of a file ``guard`` let through (core.sandbox may run the two at once, in two processes, and
    keeps the sheets only when the guard agrees)."""
    if data[:4] == b"PK\x03\x04" or data[:8] == _OLE_MAGIC:
        sheets = _read_workbook(data, name)
    elif _ext(name) in SPREADSHEET_EXT:
        # Web systems often export tab- or comma-separated text under an .xls name: read it as such.
        try:
            sheets = _read_text(data, name)
        except QuoteError as e:
            if e.key in ("err.too_many_rows", "err.too_many_cols"):
                raise
            raise QuoteError("err.not_spreadsheet", file=name) from e
    else:
        sheets = _read_text(data, name)
    _truncate_long_cells(sheets)
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
        if sum(bool(_FORM_NUMBER_RE.match(s)) for s in labels) >= 3:  # a form's numbered questions ('1.供应商全称')
            labels = [_FORM_NUMBER_RE.sub("", s) for s in labels]
        crit = [c for c, s in enumerate(labels) if is_long_criterion_label(s)]
        val = [c for c, s in enumerate(labels) if is_long_value_label(s)]
        words = [c for c, s in enumerate(labels) if is_long_verbatim_label(s)]
        vend = [c for c, s in enumerate(labels) if s and (t := match_label(s).target) and t.code == "vendor"]
        if crit and (val or words) and not vend and (files := [c for c, s in enumerate(labels) if is_long_file_label(s)]) \
                and _names_vendors(sh, r, crit[0]):
            vend = files  # '文件名 | 抽取字段 | 抽取结果 | 原文依据': one quote per document, named by its own '供应商名称' row
        if crit and (val or words) and vend:
            if len(crit) > 1:  # '维度 | 指标', 'Risk domain | Client requirement': the column naming the most fields
                crit.sort(key=lambda c: -len({t.code for t in _targets([sh.cell(k, c) for k in range(r + 1, min(
                    len(rows), r + 1 + _SCAN_LABEL_ROWS))])}))
            pkg = [c for c, s in enumerate(labels) if s and (t := match_label(s).target) and t.code == "package"]
            unit = next((c for c, s in enumerate(labels) if is_long_unit_label(s)), None)
            # the vendor's words ('原文') over a clerk's number: the number, with its unit, only where they are blank
            valc, numc = (words[0], val[0] if val else None) if words else (val[0], val[0])
            if len(words) >= 2 and (later := [c for c in words if _LATER_WORDS_RE.search(labels[c])]) and later[0] != words[0]:
                valc, numc = later[0], words[0]  # '对方首轮报价原文 | 对方二轮书面答复原文（以此为准）': the later where it says anything
            _coded_answers(sh, r, labels, crit[0], valc)
            _spoken(sh, r, labels, vend[0], crit[0], valc, res)
            _long(sh, r, vend[0], crit[0], valc, pkg[0] if pkg else None, res, numc, unit)
            return
    if _matrix(sh, res):
        return
    best_row, best_row_score, row_has_vendor = -1, 0, False
    for r, row in enumerate(rows[:_SCAN_ROWS]):
        n, has_v = _row_score(row)
        if n >= 1 and not has_v and any(label_key(_text(v)) in _name_keys() for v in row) and \
                _company_names_column(sh, r, [_text(v) for v in row]) is not None:
            n, has_v = max(n, 2), True  # a column headed 'Name' / 'Card Name' / 单位 listing companies: the vendors
        if (n, has_v) > (best_row_score, row_has_vendor):
            best_row, best_row_score, row_has_vendor = r, n, has_v
    if row_has_vendor and best_row > 0:  # returned copies of one template joined end to end, one vendor's with a column
        # of its own: the first header read, the later one switches the columns where it stands (a section)
        heads = {t for v in rows[best_row] if (t := _text(v))}
        best_row = next((r for r in range(best_row) if len(own := {t for v in rows[r] if (t := _text(v))}) >= 4
                         and own < heads and len(own) * 10 >= len(heads) * 8 and _row_score(rows[r])[1]), best_row)
    if not row_has_vendor and best_row >= 0 and best_row_score >= 1 and \
            _heading_column(sh, best_row, [_text(v) for v in rows[best_row]]) is not None:
        row_has_vendor, best_row_score = True, max(best_row_score, 2)  # notes each headed 【company｜…】
    if not row_has_vendor:
        titled = next((r for r, row in enumerate(rows[:_SCAN_ROWS]) if _titled_notes(sh, r, [_text(v) for v in row])), None)
        if titled is not None:  # a note app's export (标题 | 正文 | …): each note titled with its company
            best_row, best_row_score, row_has_vendor = titled, max(best_row_score, 2), True
    ncols = min(max((len(r) for r in rows), default=0), _SCAN_COLS)
    best_col, best_col_score = -1, 0
    for c in range(ncols):  # an answer with its own label ('加密：SM4…', a pasted Word table's cell) is no label
        column = [sh.cell(r, c) for r in range(min(len(rows), _SCAN_LABEL_ROWS))]
        # a label column holds labels: not answers ('加密：SM4…', '免费维护12个月，含升级'), and a column of module names
        # (a pasted Word table's 功能模块 cell, one module a row) counts as one field, the feature list
        n = len({"features" if t.kind == "feature" else t.code
                 for t in _targets([v for v in column if not _ANSWERED_RE.match(_text(v))
                                    and not (_ANSWER_TEXT_RE.search(_text(v)) and not _ASKS_RE.search(_text(v)))])})
        if n and any(v.__class__ is str and is_long_criterion_label(v) for v in column[:_SCAN_ROWS]):
            n += 0.5  # headed '项目' / 'Item': the label column, over a category column beside it that ties
        if n > best_col_score:
            best_col, best_col_score = c, n
    if isinstance(sh, _MarkedPart) and sh.label_col >= 0:  # a requirement matrix: the vendors' words read like labels, the requirements are
        best_col, best_col_score = sh.label_col, max(best_col_score, best_row_score + 1)
    col_has_vendor = best_col >= 0 and any(
        t.code == "vendor" for t in _targets([sh.cell(r, best_col) for r in range(min(len(rows), _SCAN_LABEL_ROWS))]))
    col_ok = best_col_score >= 3 or (col_has_vendor and best_col_score >= 2)
    row_ok = best_row_score >= 3 or (row_has_vendor and best_row_score >= 2)
    transposed = col_ok and (best_col_score > best_row_score or (best_col_score == best_row_score and not row_has_vendor))
    head_cell = _text(sh.cell(best_row, best_col)) if best_row >= 0 and best_col >= 0 else ""
    if row_ok and row_has_vendor and head_cell and not is_long_criterion_label(head_cell) \
            and (t := match_label(head_cell).target) is not None and t.code != "vendor" and label_strength(head_cell) == 1 \
            and any(label_strength(v) == 1 and (tv := match_label(v).target) is not None and tv.code == "vendor"
                    for v in rows[best_row] if v.__class__ is str):
        transposed = False  # the column is headed in the vendors' header row ('报价说明' over '含税合计', '含税'): a column
        # of the wide table whose answers happen to read like labels
    elif col_ok and row_ok and best_col >= 0 and any(
            is_long_criterion_label(_text(sh.cell(k, best_col))) and any(
                _ONE_FORM_VALUE_HEAD.match(_text(v).strip()) or is_long_value_label(_text(v)) for v in rows[k][best_col + 1:])
            for k in range(min(best_row, _SCAN_ROWS))):
        transposed = True  # '项目 | 说明' heads the label column and its answers: one vendor's form, whatever a row says
    elif col_ok and row_ok:  # both could hold the labels: vendor names that look like labels must not decide
        transposed = _labels_down(sh, best_row, best_col, transposed)
    if transposed and col_has_vendor and (head := _vendor_head_over_names(sh, best_col)) is not None:
        # '供应商全称' in the column over a run of company names: the vendor column of a table further down (a handover
        # sheet's 询价情况 under its list of tasks), never a column of labels
        transposed, best_row, row_ok = False, head, True
    if transposed:
        from .blocks import read_blocks  # a sheet in blocks, each with its sub-title and header row

        if not read_blocks(sh, best_col, res):
            _transposed(sh, best_col, res)
    elif row_ok:
        _wide(sh, best_row, res)
    else:
        res.notes.append(Skipped(sh.file, sh.sheet, "", "note.no_table"))


# a section title saying the rows under it are the buyer's own ('二、财务复核（我部公式计算，仅供内部核对，非供应商填报）')
_BUYER_SECTION_RE = re.compile(r"非供应商(?:填报|填写|提供)|不是供应商(?:报价|填报)|仅供内部|内部核对|我部.{0,8}计算|我方.{0,4}(?:测算|计算)|"
                               r"我司.{0,4}(?:测算|计算)|财务复核|复核计算|采购方(?:测算|计算)")


def _drop_buyer_sections(sh: RawSheet, lc: int, label_rows: list[int], res: ReadResult) -> None:
    """The rows under a section title of the buyer's own computation (a finance department's SUM check between the
    vendors' sections): listed (`skip.buyer_computation`), never read as a vendor's; the next section title ends it."""
    def title(r: int) -> bool:
        return all(blank(v) for c, v in enumerate(sh.rows[r]) if c != lc)

    inside = False
    for r in list(label_rows):
        if title(r):
            inside = bool(_BUYER_SECTION_RE.search(_text(sh.cell(r, lc))))
            continue
        if inside:
            label_rows.remove(r)
            res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, lc), "skip.buyer_computation",
                                       " | ".join(_text(v) for v in sh.rows[r] if not blank(v))[:200]))


def _figures_row(sh: RawSheet, r: int, lc: int) -> bool:
    """Whether the row's cells right of the label column are mostly bare figures (a difference row, not names)."""
    cells = [v for v in sh.rows[r][lc + 1:] if not blank(v)]
    figures = sum(1 for v in cells if v.__class__ in (int, float) or _FIGURE_ONLY_RE.fullmatch(_text(v).lstrip(" -−+")))
    return bool(cells) and figures * 2 > len(cells)


def _vendor_head_over_names(sh: RawSheet, c: int) -> int | None:
    """The row of a vendor label in column c with company names in the cells under it and a header's worth of labels
    beside it ('序号 | 供应商全称 | 对接人 | 最近一次书面报价 | …' over '1 | 潍坊寒亭数科有限公司 | …'); None otherwise."""
    for r in range(min(len(sh.rows), _SCAN_LABEL_ROWS)):
        v = sh.cell(r, c)
        if not (v.__class__ is str and (t := match_label(v).target) is not None and t.code == "vendor"):
            continue
        below = [_text(sh.cell(k, c)) for k in range(r + 1, min(len(sh.rows), r + 8)) if not blank(sh.cell(k, c))][:5]
        beside = sum(1 for x in sh.rows[r] if not blank(x))
        if len(below) >= 2 and sum(bool(_NAME_END_RE.search(x)) for x in below) * 4 >= len(below) * 3 and beside >= 4:
            return r
    return None


# a later round's words that build on the first round's ('在首轮报价基础上再降1万元', '其余模块同首轮')
_BACK_TO_FIRST_RE = re.compile(r"首轮|第一轮|上一?轮|原报价|原方案|(?:报价|原价)基础上")
_LATER_WORDS_RE = re.compile(r"二轮|二次|第二轮|最终|更正|以此为准|revised|final|latest", re.I)
_ANSWERED_RE = re.compile(r"^[^:：]{1,12}[:：]\s*\S{2,}")
_ASKS_RE = re.compile(r"？|(?<=[\u4e00-\u9fff])\?|\?\s*$")  # a question is a label, whatever figure it names
_ANSWER_TEXT_RE = re.compile(r"[，、；;。]|(?<![×xX*/\d.])\d+(?:\.\d+)?\s*(?:个月|月|小时|万|元|年)")  # not '7×24小时'



def _label_share(cells: list[Any]) -> float:
    """How much of a row's or column's short texts are labels (notes and numbers aside): a synonym counts 1, a
    text that only contains one ("国密安全科技") a half."""
    texts = [v for v in cells if isinstance(v, str) and v.strip() and len(v) <= 40 and not _looks_like_note(v)]
    return sum(label_strength(v) for v in texts) / len(texts) if texts else 0.0


def _labels_down(sh: RawSheet, r: int, c: int, default: bool) -> bool:
    """Whether the labels run down column c (transposed) rather than along row r (wide), when both map several.

    Vendor names such as 国密安全科技, 等保云 or 权限管理软件有限公司 contain labels, so counting the fields a
    row or a column names can take a wide sheet's vendor column for a label column. The shape tells them apart:
    along the label axis (almost) every cell is a label, and mostly a synonym as it stands, while the vendor
    axis mixes names that merely contain a label with ordinary ones. Only a clear difference decides; otherwise
    the count-based choice stands.
    """
    row_share = _label_share([v for j, v in enumerate(sh.rows[r]) if j != c])
    col_share = _label_share([sh.cell(i, c) for i in range(min(len(sh.rows), _SCAN_LABEL_ROWS)) if i != r])
    if row_share >= col_share + 0.2:
        return False
    if col_share >= row_share + 0.2:
        return True
    return default


# A note's first words: "注：…", "备注…", "* 报价含税", "以上报价…", "合计". Not "注册科技" (a vendor) or "Notely".
_NOTE_START_RE = re.compile(r"(?:注(?![\u4e00-\u9fff])|备注|说明|[*※]|notes?\b|remarks?\b|ps\b|以上|合计|total\b)", re.I)
# A cell that labels notes ("备注", "说明：", "Remarks"): never a vendor, whatever stands beside it.
_NOTES_LABEL_RE = re.compile(r"\s*(?:备注|说明|注|注释|附注|备注说明|其他说明|补充说明|其它说明|(?:[a-z&]+'s\s+)?(?:notes?|remarks?|comments?)|"
                             r"优先级|重要性|重要程度|权重|priority|importance|weight(?:ing)?)"
                             r"\s*(?:[(（][^)）]{0,20}[)）])?\s*(?:[:：].*)?", re.I | re.S)
_NOTES_LABEL_START = frozenset("备说注附其补优重权nNrRcCpPiIwW ")
# A row whose vendor cell names a statistic of the others ('最低报价 | ￥96,000.00') is not a quote.
_SUMMARY_ROW_RE = re.compile(r"\s*(?:最低报价|最高报价|平均报价|报价均值|平均价|均价|最低价|最高价|平均值|平均|均值|中位数|最低|最高|"
                             r"合计|总计|小计|"
                             # '月度付款合计（按拟选：洪城）', '报价汇总（含税）': a total of the rows, whatever it sums
                             r"[\u4e00-\u9fff]{0,8}(?:合计|总计|小计|汇总)(?:\s*[(（][^)）]{0,30}[)）])?|lowest(?: price| quote)?|highest(?: price| quote)?|average(?: price)?|mean|"
                             r"median|min(?:imum)?|max(?:imum)?|total|subtotal|"
                             # '平均下浮率（已报4家）', '最高下浮率': a statistic of the others; '采购控制价': the buyer's ceiling
                             r"(?:[首一二三四五末]轮|本轮|第[一二三四五\d]轮)?(?:平均|最高|最低)[\u4e00-\u9fff]{0,6}"
                             r"(?:[(（][^)）]{0,16}[)）])?|(?:(?:采购|招标|预算|项目|建议)?控制价|(?:采购|项目)?预算(?:控制)?(?:金额|价)|最高限价|拦标价|参考(?:价|值|报价)?|"
                             r"(?:行业|同类)?市场(?:均|平均|参考)?价)(?:\s*[(（][^)）]{0,30}[)）])?|"  # '市场参考价（中位数，…非供应商报价）'
                             r"预算(?:金额|价)?|reserve price|budget|"
                             # 'Average (4 priced vendors)', 'Lowest 3-yr TCO'
                             r"(?:lowest|highest|average|mean|median|minimum|maximum)(?:\s+[\w\-.]+){0,3}"
                             r"(?:\s*[(（][^)）]{0,30}[)）])?|"
                             # 'Count of Y', '计数', '“是”的个数': how many answered so
                             r"count(?:\s+of\s+\S{1,12})?|number\s+of\s+(?:y|yes|n|no)|计数|[“\"]?[是否有无yYnN✓√][”\"]?的?(?:个数|数量|家数))"
                             r"\s*[:：]?\s*", re.I)


# a note row of one vendor's ('备注：报价为含税价…' under its row), not of the table ('备注：以上报价均含税')
_OWN_NOTE_RE = re.compile(r"\s*(?:备注|补充说明|说明|注|remarks?|notes?)\s*[:：]\s*\S", re.I)
_TABLE_NOTE_RE = re.compile(r"以上|上述|各家|均为|均含|均不含|所有供应商|全部供应商|(?<![a-z])(?:all (?:quotes|vendors|prices)|above)(?![a-z])",
                            re.I)
_OWN_NOTE_LABEL = "备注"


def _looks_like_note(text: str) -> bool:
    t = text.strip()
    return len(t) > 40 or _NOTE_START_RE.match(t) is not None


# a short text in brackets where the vendor's name would be ('（群公告）', '【备注】'): the sheet's own line, no vendor
# a form's sign-off line under the table ('科技部推荐意见', '总经理意见', '董事会审议', '附件'): the buyer's, no vendor
_OPINION_ROW_RE = re.compile(r"[\u4e00-\u9fff]{0,10}(?:意见|审议|审批|批示|签字|签批)|附件|附件清单|备查文件|"
                             # the buyer's own check column ('采购部核对（王璐）')
                             r"[\u4e00-\u9fff]{0,8}(?:核对|复核)(?:意见|结果|情况)?(?:\s*[（(][^)）]{1,12}[)）])?|"
                             # a panel's own columns beside two vendors' answers ('本项胜方 | 评审点评')
                             r"(?:本项|本场|单项|逐项)?(?:胜方|胜出方|优胜方|胜者|占优方)|(?:评审|评委|专家|小组)?点评|"
                             # how the buyer's department handles each item ('处理口径（风控部）': 一票否决 / 扣分)
                             r"(?:处理|执行|评审|判定)?口径(?:\s*[（(][^)）]{1,12}[)）])?|"
                             # an adviser's market reference beside the vendors ('市场参考（顾问整理）'): no vendor
                             r"(?:市场|行业|同类项目)参考(?:水平|价格|价)?(?:\s*[（(][^)）]{1,12}[)）])?")
_VOID_SHEET_NAME_RE = re.compile(r"废弃|作废|已停用|勿用|obsolete|deprecated|(?<![a-z])void(?![a-z])", re.I)
_VOID_TITLE_RE = re.compile(r"^\s*[【\[（(]?\s*(?:已作废|作废|已废弃|废弃|勿用|obsolete|deprecated|void)", re.I)


# A committee's conformity review ('符合性审查表': ✓ / × per bidder and item, and its 审查结论): the committee's judgement of
# the bids, never a bidder's words — its ticks are read as no term; a bidder it rejects ('不通过（废标）') is none on any sheet
_REVIEW_SHEET_RE = re.compile(r"符合性审查|符合性检查|资格审查|资格性审查|资格预审|初步评审|形式审查|响应性审查")
_REVIEW_MARKS = frozenset(("✓", "√", "✔", "×", "✗", "✘", "通过", "不通过", "合格", "不合格", "符合", "不符合", "是", "否",
                           "/", "—", "-", "○", "●"))
_REVIEW_REJECT_RE = re.compile(r"不通过|不合格|不符合|废标|无效|否决")
_CONCLUSION_RE = re.compile(r"结论|结果")


def _review_sheet(sh: RawSheet) -> set[str] | None:
    """The bidders a committee's conformity review rejects (an empty set when it rejects none), or None when the sheet
    is no such review."""
    rows = sh.rows
    if len(rows) > 300:
        return None
    title = " ".join(_text(v) for row in rows[:3] for v in row if not blank(v))
    if not _REVIEW_SHEET_RE.search(sh.sheet) and not _REVIEW_SHEET_RE.search(title):
        return None
    for h, row in enumerate(rows[:12]):
        cols = [c for c, v in enumerate(row) if v.__class__ is str and _company_name(v)]
        if len(cols) < 2:
            continue
        marks = other = 0
        for r in range(h + 1, len(rows)):
            for c in cols:
                t = _text(sh.cell(r, c)).strip()
                if t:
                    if t in _REVIEW_MARKS or _REVIEW_REJECT_RE.search(t) and len(t) <= 12:
                        marks += 1
                    else:
                        other += 1
        if marks < 4 or other * 4 > marks:
            return None
        rejected = set()
        for r in range(h + 1, len(rows)):
            if any(_CONCLUSION_RE.search(_text(sh.cell(r, c))) for c in range(min(cols))):
                rejected |= {_text(row[c]).strip() for c in cols if _REVIEW_REJECT_RE.search(_text(sh.cell(r, c)))}
        return rejected
    return None


def _company_name(text: str) -> bool:
    from .formal import _company

    return len(text) <= 40 and _company(text) is not None


# a supporting document beside the quotes (a developer's 授权书 to its reseller, a licence): no quote of its own
_SUPPORT_DOC_RE = re.compile(r"授权书|授权函|授权证明|营业执照|资质证书|资质证明|authori[sz]ation letter|letter of authori[sz]ation", re.I)
_SUPPORT_PRICE_RE = re.compile(r"\d[\d,.]*\s*(?:万元|万|元)|[¥￥]\s*\d")


def _support_document(sh: RawSheet) -> bool:
    """A sheet named or titled as a supporting document (授权书, 营业执照) that states no amount."""
    first = next((_text(v) for row in sh.rows[:3] for v in row if not blank(v)), "")
    if not (_SUPPORT_DOC_RE.search(sh.sheet) or _SUPPORT_DOC_RE.search(first[:60])):
        return False
    return not any(v.__class__ is str and _SUPPORT_PRICE_RE.search(v) or v.__class__ in (int, float) and v >= 1000
                   for row in sh.rows[:200] for v in row)


# a sheet titled as another company's prices kept for checking ('林口公司配置　各供应商报价（…综合部提供，仅供核对）')
_FOR_CHECKING_RE = re.compile(r"仅供(?:核对|参考|对照|比对)|仅作(?:核对|参考|对照)|for reference only", re.I)
_OWN_COMPANY_RE = re.compile(r"本公司|我司|我公司|本单位")


# a sheet of the buyer's own sums over the quotes ('两家联合采购　预算分摊测算（财务部）' | '…仅用于控股公司预算口径，不作为合同价')
_BUDGET_SHEET_RE = re.compile(r"不作为(?:合同价|报价|合同金额)|预算(?:分摊|口径)|分摊测算|测算表?[（(]?财务")


def _budget_sheet(sh: RawSheet) -> bool:
    """A sheet whose title rows say its figures are the buyer's own budget sums, not prices."""
    head = " ".join(_text(v) for row in sh.rows[:3] for v in row if not blank(v))[:400]
    return bool(_BUDGET_SHEET_RE.search(head) or _BUDGET_SHEET_RE.search(sh.sheet))


def _other_buyers_sheet(sh: RawSheet, sheets: list) -> bool:
    """In a workbook where a sheet names this buyer's own quotes ('穆棱公司（本公司）'), another sheet whose name or title
    says it is for checking only (仅供核对, 仅供参考) and does not name this buyer: another company's quotes."""
    first = next((_text(v) for row in sh.rows[:3] for v in row if not blank(v)), "")
    if not (_FOR_CHECKING_RE.search(sh.sheet) or _FOR_CHECKING_RE.search(first[:120])):
        return False
    if _OWN_COMPANY_RE.search(sh.sheet) or _OWN_COMPANY_RE.search(first[:120]):
        return False
    for other in sheets:
        if other is sh or other.file != sh.file:
            continue
        title = next((_text(v) for row in other.rows[:3] for v in row if not blank(v)), "")
        if _OWN_COMPANY_RE.search(other.sheet) or _OWN_COMPANY_RE.search(title[:120]):
            return True
    return False


def _void_sheet(sh: RawSheet) -> bool:
    """A sheet its workbook marks void: by its name ('废弃-旧版') or by the title over its table ('【已作废，勿用】…')."""
    if _VOID_SHEET_NAME_RE.search(sh.sheet):
        return True
    first = next((row for row in sh.rows[:3] if any(not blank(v) for v in row)), None)
    return first is not None and first[0].__class__ is str and bool(_VOID_TITLE_RE.match(first[0])) \
        and sum(1 for v in first if not blank(v)) == 1


def is_opinion_head(text: str) -> bool:
    """A column the buyer keeps beside the vendors' for her own view ('合规部意见', '↑意见', '我的意见')."""
    return bool(_OPINION_ROW_RE.fullmatch(text.strip().lstrip("↑↓←→⬆⬇▲△▼※*·→ ").strip()))


_BRACKETED_NOTE_RE = re.compile(r"[（(【\[][^）)】\]]{1,12}[）)】\]]")


def _is_notes_label(v: Any) -> bool:
    return isinstance(v, str) and (v[:1] in _NOTES_LABEL_START or v[:1].isascii() and v[:1].isalpha()) \
        and _NOTES_LABEL_RE.fullmatch(v) is not None


_TITLE_COMPANY_RE = re.compile(r"[\u4e00-\u9fff]{2,24}?(?:股份有限公司|有限责任公司|有限公司|工作室|股份公司)|"
                               r"[A-Z][\w&.,' -]{2,60}?(?:Co\.,?\s*Ltd\.?|Limited|Inc\.?|LLC|Pte\.?\s*Ltd\.?)")
_ADDRESSEE_LINE_RE = re.compile(r"^\s*(?:致|to|客户|甲方|采购方|采购人|招标人|dear)\s*[:：]?", re.I)


def _title_company(sh: RawSheet, upto: int) -> str | None:
    """The company a one-vendor sheet's title names ('洛阳河洛软件有限公司 — 商户经营贷系统报价', '安阳殷都科技有限公司报价'),
    never the addressee ('致：郑州金水小额贷款有限公司'); None when the rows above the table name none."""
    for row in sh.rows[:max(0, min(upto, 6))]:
        for v in row:
            if v.__class__ is str and v.strip():
                if not _ADDRESSEE_LINE_RE.match(v) and (m := _TITLE_COMPANY_RE.search(v)):
                    return m.group().strip()
                break
    return None


def _wide(sh: RawSheet, h: int, res: ReadResult) -> None:
    header = [_text(v) for v in sh.rows[h]]
    vendor_cols = [c for c, s in enumerate(header) if s and (t := match_label(s).target) and t.code == "vendor"]
    doc_vendor = None
    fixed: dict[str, str] = {}
    if not vendor_cols and (tb := _titled_notes(sh, h, header)) is not None:
        _heading_records(sh, h, header, tb[1], res, title=tb[0])  # a note app's export: a note per row, titled
        return
    if not vendor_cols and (named := _company_names_column(sh, h, header)) is not None:
        vendor_cols, fixed = [named], {header[named]: "vendor"}  # a tracker's 'Name' column listing companies
    if not vendor_cols and (hc := _heading_column(sh, h, header)) is not None:
        _heading_records(sh, h, header, hc, res)  # a note per row, each opening with its company in 【】
        return
    if not vendor_cols:
        # one vendor's price sheet: rows are its packages, the title (or file name) names the company
        from .formal import document_vendor

        vendor_cols = [c for c, s in enumerate(header) if s and (t := match_label(s).target) and t.code == "package"]
        doc_vendor = document_vendor(sh, upto=h) if vendor_cols else None
        data = [r for r in range(h + 1, min(len(sh.rows), h + 4)) if any(not blank(v) for v in sh.rows[r])]
        if not vendor_cols and len(data) == 1 and (named := _title_company(sh, h)):
            # one vendor's answers on one row under its title ('安阳殷都科技有限公司报价' | 报价（元） | 是否含税 | …)
            r = data[0]
            res.records.append(Record(sh.file, sh.sheet, f"{r + 1}", [RecordCell(_VENDOR_LABEL, named, sh.address(0, 0))] + [
                RecordCell(header[c], v, sh.address(r, c)) for c, v in enumerate(sh.rows[r])
                if c < len(header) and header[c] and not blank(v)]))
            return
        if not doc_vendor:
            raise QuoteError("err.no_vendor", file=sh.file, sheet=sh.sheet)
    if len(vendor_cols) > 1:  # '报价方 | 企业名称（已认证）': the column naming companies ('锡伯数据·佟经理' is a nickname)
        named = {c: sum(1 for r in range(h + 1, min(len(sh.rows), h + 41)) if _NAME_END_RE.search(_text(sh.cell(r, c)).strip()))
                 for c in vendor_cols}
        vendor_cols.sort(key=lambda c: -named[c])
        fixed.update({header[c]: "" for c in vendor_cols[1:]})  # the nickname column: kept, never the vendor
    vc = vendor_cols[0]
    _list_rows_above(sh, h, res)
    fixed.update(_grouped_labels(sh, h, header))  # '售后' over '免费期 | 范围 | 值守': the group completes the label
    fixed.update(_own_entity_prices(header))  # '温宿公司（本公司）配置报价' beside the lead company's: this buyer's price
    merged: dict[int, list[int]] = {}  # a round that only says what changed: the rows its quote is read over
    earlier = _earlier_rounds(sh, h, vc, header, res, merged)  # a row per round of a vendor's quote: the latest governs
    _unwrap(sh, h, vc, header, res, earlier)
    head_vendor, head_text = sh.rows[h][vc], header[vc]

    def columns(header: list[str]):
        pkg_col = next((c for c, s in enumerate(header) if s and (t := match_label(s).target) and t.code == "package"),
                       -1)
        not_values = {vc, pkg_col} | {c for c, s in enumerate(header) if label_key(s) in _INDEX_LABELS or s in ("#", "№")}
        cols = [c for c, s in enumerate(header) if s]
        probe = next((c for c in cols if c not in not_values), -1)  # a value column, to tell a quote row at once
        return not_values, cols, set(cols), [header[c] for c in cols], [col_letter(c) for c in cols], max(cols) + 1, probe

    not_values, cols, col_set, labels, letters, width, probe = columns(header)
    plain_addresses = type(sh).address is RawSheet.address
    note_cols = {k for k, lb in enumerate(labels) if lb and (t := match_label(lb).target) is not None and t.kind == "notes"}
    comment_cols = [k for k, lb in enumerate(labels) if lb and _COMMENT_HEAD_RE.fullmatch(label_key(lb))]
    ev_cols = {k for k, lb in enumerate(labels) if k and label_key(lb) in _EVIDENCE_KEYS
               and (t := match_label(labels[k - 1]).target) is not None and t.kind == "field"}
    names_col = bool(fixed)  # a tracker's Name column: a card that names no company (README, Budget) is no quote
    sectioned = False  # a later section of the sheet has its own header (商务技术响应 | 价格评审)
    by_vendor: dict[str, Record] = {}
    archived = next((c for c, s in enumerate(header) if label_key(s) in _ARCHIVED_KEYS), None)
    deleted = next((c for c, s in enumerate(header) if label_key(s) in _DELETED_KEYS), None)
    found = False
    outside: dict[int, list[int]] = {}  # row length -> the columns under no header
    idx_col = next((c for c, s in enumerate(header) if label_key(s) in _INDEX_LABELS), None)
    last: tuple[int, Record] | None = None  # the row of the last record read here, and the record
    under: list[tuple] = []  # '备注：…' rows right under a vendor's row: (its record, the cell, the note it is otherwise)
    for r in range(h + 1, len(sh.rows)):
        if r in earlier:
            continue  # a vendor's earlier round, listed
        row = sh.rows[r]
        if last is not None and idx_col is not None and vc < len(row) and _continues(sh, last, row, idx_col, vc):
            _join_row(sh, last[1], row, r, cols, labels, vc, res)  # a PDF conversion split one quote over two rows
            last = None
            continue
        # A full quote row is told by its first two filled cells; only short rows are looked at whole.
        filled = list(islice((c for c, v in enumerate(row) if not blank(v)), 2))
        if not filled:
            continue
        v = row[vc] if vc < len(row) else None
        if blank(v) or (len(filled) == 1 and _looks_like_note(_text(v))) or (
                v.__class__ is str and v[:1] in _NOTES_LABEL_START and _is_notes_label(v)) or (
                v.__class__ is str and v[:1] in "（(【[" and _BRACKETED_NOTE_RE.fullmatch(v.strip())) or (
                v.__class__ is str and _OPINION_ROW_RE.fullmatch(v.strip())):
            filled = [c for c, x in enumerate(row) if not blank(x)]
            reason = "skip.note_row" if len(filled) == 1 or not blank(v) else "skip.no_vendor"
            if len(filled) == 1 and last is not None and last[0] == r - 1 and row[filled[0]].__class__ is str \
                    and _OWN_NOTE_RE.match(row[filled[0]]) and not _TABLE_NOTE_RE.search(row[filled[0]]):
                under.append((last[1], RecordCell(_OWN_NOTE_LABEL, row[filled[0]], sh.address(r, filled[0])),
                              Skipped(sh.file, sh.sheet, f"{sh.address(r, 0)}", reason, row[filled[0]][:200])))
                continue  # '备注：…' indented under a vendor's row: its own note, if every vendor has one (below)
            target = res.skipped if reason == "skip.no_vendor" else res.notes
            target.append(Skipped(sh.file, sh.sheet, f"{sh.address(r, 0)}", reason,
                                  " | ".join(_text(row[c]) for c in filled)[:200]))
            continue
        if deleted is not None and deleted < len(row) and _text(row[deleted]).strip().lower() in _TRUE_WORDS:
            res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, vc), "skip.deleted", _text(v)[:200]))
            continue  # a record the system marks deleted ('is_deleted = 1'): no quote
        if archived is not None and archived < len(row) and _text(row[archived]).strip().lower() in _TRUE_WORDS:
            res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, vc), "skip.archived", _text(v)[:200]))
            continue  # an archived card: a superseded version, kept aside
        if names_col and not _COMPANY_WORD_RE.search(_text(v)):
            res.notes.append(Skipped(sh.file, sh.sheet, sh.address(r, vc), "skip.note_row", _text(v)[:200]))
            continue
        if r <= h + 2 and v.__class__ is str and len(v) <= 30 and v != head_vendor and _is_vendor_label(v) \
                and _translates_header(row, header):  # 'No. | Vendor | Price | …' under '序号 | 供应商 | 报价 | …'
            res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, vc), "skip.repeated_header",
                                       " | ".join(_text(x) for x in row if not blank(x))[:200]))
            continue
        if v == head_vendor or (v.__class__ is str and head_text in v and v.strip() == head_text):
            again = _reorders_header(row, header) or _repeats_header(row, header) or _next_header(row, header) or (
                "sub" if r == h + 1 else None)  # the header's second row under its merged cells ('8/25 | 9/1 | …')
            if again:  # the header printed again (page 2 of a printout), or a later section's own header
                res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, vc), "skip.repeated_header",
                                           " | ".join(_text(x) for x in row if not blank(x))[:200]))
                if again in ("reordered", "section"):  # the rows below are read by it
                    header = [_text(x) for x in row]
                    not_values, cols, col_set, labels, letters, width, probe = columns(header)
                    outside.clear()
                    sectioned = sectioned or again == "section"
                continue
        # A vendor name (with its package, its row number) may be all there is: a name is not a quote. The
        # first value cell is usually among the first few cells, so a full row is not looked at whole.
        if filled[0] in not_values and (probe < 0 or probe >= len(row) or blank(row[probe])) and \
                next((c for c, x in enumerate(row) if c not in not_values and not blank(x)), None) is None:
            res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, vc), "skip.no_values",
                                       " | ".join(_text(x) for x in row if not blank(x))[:200]))
            continue
        if len(row) < width:
            row = row + [None] * (width - len(row))
        rs = str(r + 1)
        # Plain tuples (label, value, address), built at C speed: a 50,000-row sheet has millions of cells.
        cells = list(zip(labels, [row[c] for c in cols], [L + rs for L in letters] if plain_addresses
                         else [sh.address(r, c) for c in cols]))  # a part of a sheet: each cell where it stands in the file
        if note_cols and names_col:  # a card's description, a list of 'label：value' lines: each line a cell
            cells = _with_note_lines(cells, note_cols)
        if ev_cols:  # 'MLPS Level 3' | 'Yes' beside 'Evidence ref' | 'None provided — …': the evidence says what the yes is
            cells = _with_evidence(cells, ev_cols)
        said = _vendor_comments(cells, comment_cols, _text(row[vc]).strip()) if comment_cols else ()
        cols_out = outside.get(len(row))
        if cols_out is None:
            cols_out = outside[len(row)] = [c for c in range(len(row)) if c not in col_set]
        extra = [c for c in cols_out if not blank(row[c])]  # values under no header: kept under their column letter
        cells += [RecordCell(f"[{col_letter(c)}]", row[c], sh.address(r, c)) for c in extra]
        key = _text(row[vc]).strip()
        if sectioned and key in by_vendor:  # a later section's row of a vendor already read: the same quote
            by_vendor[key].cells.extend(cells[1:] if cells and cells[0][0] == labels[0] and cols[0] == vc else cells)
            found = True
            continue
        if r in merged:  # '…，其余不变': the earlier written rounds first, each later one read over them
            before, later = [], set()
            for k, e in enumerate(merged[r]):
                er = sh.rows[e] + [None] * max(0, width - len(sh.rows[e]))
                part = list(zip(labels, [er[c] for c in cols], [L + str(e + 1) for L in letters] if plain_addresses
                                else [sh.address(e, c) for c in cols]))
                before += part
                if k:
                    later.update(a for _l, v_, a in part if not blank(v_))
            later.update(a for _l, v_, a in cells if not blank(v_))
            cells = before + cells
        res.records.append(rec_ := Record(sh.file, sh.sheet, f"{r + 1}", cells, doc_vendor, dict(fixed)))
        if r in merged:
            rec_.answered = later
        if said:
            rec_.answered = set(rec_.answered) | set(said)
        by_vendor.setdefault(key, rec_)
        last = (r, rec_)
        found = True
    if not found:
        raise QuoteError("err.headers_only", file=sh.file, sheet=sh.sheet)
    if len(under) >= 2:  # a note row under each vendor's row (the sheet's own convention): each is its vendor's remarks
        for rec_, cell, _listed in under:
            rec_.cells.append(cell)
    else:  # one note under the last row is the table's footnote: listed as before
        res.notes.extend(listed for _rec, _cell, listed in under)


_NAME_END_RE = re.compile(r"(?:有限公司|有限责任公司|股份公司|公司|工作室|集团|事务所|研究院|中心)$")


def _note_lines(text: str) -> list[tuple[str, str]] | None:
    """The 'label：value' lines of a notes cell written as a list ('**报价**：24.5万元（含税）' / '**等保**：三级…'), when at
    least three of its lines are and each of those labels names something; None otherwise."""
    lines = [_LINE_DECOR_RE.sub("", ln.replace("**", "").replace("__", "")).strip() for ln in text.split("\n")]
    out, rest = [], []
    for ln in lines:
        m = _NOTE_LINE_RE.match(ln)
        if m and match_label((m.group(1) or m.group(3)).strip()).target is not None:
            out.append(((m.group(1) or m.group(3)).strip(), (m.group(2) or m.group(4)).strip()))
        elif ln:
            rest.append(ln)
    if len(out) < 3:
        return None
    return out + ([("", "\n".join(rest))] if rest else [])  # the other lines stay together, under the cell's label


def _with_note_lines(cells: list, note_cols: set[int]) -> list:
    out = []
    for k, cell in enumerate(cells):
        v = cell[1]
        if k in note_cols and v.__class__ is str and v.count("\n") >= 2 and ("：" in v or ":" in v) \
                and (pairs := _note_lines(v)) is not None:
            out += [RecordCell(lb or cell[0], val, cell[2]) for lb, val in pairs]
            continue
        out.append(cell)
    return out


_EVIDENCE_KEYS = frozenset(("evidenceref", "evidence", "evidencereference", "evidencedoc", "supportingevidence", "佐证",
                            "佐证材料", "证据", "证明文件", "依据文件"))
_BARE_ANSWER_RE = re.compile(r"\s*(?:yes|y|partial|partly|是|有|部分|部分满足|满足)\s*[.。]?\s*", re.I)


def _with_evidence(cells: list, ev_cols: set[int]) -> list:
    """A yes/no answer and the evidence column after it read as one: the evidence's words decide what a bare 'Yes' or
    'Partial' stands for ('None provided — vendor letter says "designed to MLPS Level 3"' is a claim); a 'No' stands."""
    out = []
    for k, cell in enumerate(cells):
        if k + 1 in ev_cols and k + 1 < len(cells):
            ev, (label, ans, address) = cells[k + 1][1], cell
            if not blank(ev) and _text(ev) not in ("—", "-", "－", "——") and (
                    blank(ans) or (ans.__class__ is str and _BARE_ANSWER_RE.fullmatch(ans))):
                out.append(RecordCell(label, _text(ev), cells[k + 1][2]))  # the evidence first: its words, if it has any
        if k in ev_cols and out and out[-1][2] == cell[2]:
            continue  # read as the answer's, above
        out.append(cell)
    return out


_GROUP_PREFIXES = {"售后": ("维护", "售后"), "售后服务": ("维护", "售后"), "维保": ("维护", "维保"), "服务": ("维护",),
                   "功能": ("功能",), "商务": ("",), "安全合规": ("",), "安全": ("",)}


def _grouped_labels(sh: RawSheet, h: int, header: list[str]) -> dict[str, str]:
    """Short labels under a merged group header ('售后' over '免费期 | 范围 | 值守'; '功能' over '增值模块') that name no
    field alone: the field the group's word makes of them ('维护范围', '售后值守'), as the layout's own mapping."""
    if h == 0:
        return {}
    above = sh.rows[h - 1]
    groups, g = [], ""
    for c in range(len(header)):
        v = _text(above[c]) if c < len(above) else ""
        g = v or g  # a merged group header covers the columns to its right
        groups.append(g)
    if sum(1 for c in range(len(header)) if c < len(above) and _text(above[c])) < 2:
        return {}
    out = {}
    for c, s in enumerate(header):
        g = groups[c] if c < len(groups) else ""
        if not s or not g or g not in _GROUP_PREFIXES or match_label(s).target is not None:
            continue
        for prefix in _GROUP_PREFIXES[g]:
            t = match_label(prefix + s).target if prefix else None
            if t is not None and t.kind != "notes":
                out[s] = t.code
                break
    return out


def _list_rows_above(sh: RawSheet, h: int, res: ReadResult) -> None:
    """Rows of data well above the header read (another table of the sheet: a payment plan above the terms), listed so
    that nothing is lost without a word: a title, a note or a super-header over the header has fewer cells."""
    rows = [r for r in range(max(0, h - 1)) if sum(1 for v in sh.rows[r] if not blank(v)) >= 3]
    if len(rows) < 2:
        return
    for r in rows:
        res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, 0), "skip.above_header",
                                   " | ".join(_text(v) for v in sh.rows[r] if not blank(v))[:200]))


def _continues(sh: RawSheet, last: tuple[int, "Record"], row: list, idx_col: int, vc: int) -> bool:
    """Whether `row` is the rest of the quote on the row above, split by a PDF conversion: no number of its own
    right under a numbered row, and a vendor cell that only completes the name above ('桂林漓江数科有' + '限公司')."""
    r0, rec = last
    if not blank(row[idx_col] if idx_col < len(row) else None) or blank(sh.cell(r0, idx_col)):
        return False
    part, before = _text(row[vc]), _text(sh.cell(r0, vc))
    return bool(part) and bool(before) and len(part) <= 8 and not _NAME_END_RE.search(before) \
        and _NAME_END_RE.search(before + part) is not None and not _COMPANY_WORD_RE.fullmatch(part)


def _join_row(sh: RawSheet, rec: "Record", row: list, r: int, cols: list[int], labels: list[str], vc: int,
              res: "ReadResult") -> None:
    """The second half of a split quote joined to the first, cell by cell, as the text ran on ('完整源码，无' + '加密，
    可二次开发'); said in a note."""
    at = {lb: k for k, (lb, _v, _a) in enumerate(rec.cells)}
    for lb, c in zip(labels, cols):
        v = row[c] if c < len(row) else None
        if blank(v) or lb not in at:
            continue
        k = at[lb]
        label, before, address = rec.cells[k]
        joined = v if blank(before) else (_text(before) + _text(v) if isinstance(before, str) or isinstance(v, str) else before)
        rec.cells[k] = RecordCell(label, joined, address)
    name = _text(sh.cell(int(rec.origin) - 1, vc)) if rec.origin.isdigit() else ""
    res.notes.append(Skipped(sh.file, sh.sheet, sh.address(r, vc), "note.split_row", f"{name} + {_text(row[vc])}"))


_LINE_LABEL_RE = re.compile(r"^\s*(?:[^\s:：，,。；;]{1,8}|[A-Za-z][A-Za-z ]{0,20})\s*[:：]")  # '加密：…', 'Encryption: …'


def _new_item(before: str, after: str) -> bool:
    """Whether a continuation line starts an item of its own (a Word table pasted: one paragraph a row — '企业征信查询'
    under '电子合同', '监管政策调整免费适配' under '免费维护12个月…') rather than finishing the line the wrap cut: the line
    above ends whole, and the new one is a module by itself or speaks of another field than the line above's end."""
    from .parse import match_feature
    from .reading import _FIELD_WORDS, _talks_about, norm

    if before[-1] in "、，,；;：:（(+＋/-—" or after[:1] in "）)、，,；;。.%":
        return False  # a list or a bracket the wrap cut
    head = re.split(r"[、，,；;。（(]", after, maxsplit=1)[0]
    tail = re.split(r"[、，,；;。\n]", before)[-1]
    if match_feature(head) and match_feature(tail):
        return True  # '电子合同' | '用户管理'
    if len(after) <= 3:
        return False  # '…重大调整另行' | '报价': what the wrap cut off
    fields_after = {f for f in _FIELD_WORDS if _talks_about(f, norm(head))}
    fields_before = {f for f in _FIELD_WORDS if _talks_about(f, norm(tail))}
    return bool(fields_after) and not fields_after & fields_before


_ACRONYM_TAIL_RE = re.compile(r"(?<![A-Za-z])[A-Z]{1,6}$")  # 'RBA', 'HT' at a line's end, cut from 'RBAC', 'HTTPS'
_ACRONYM_HEAD_RE = re.compile(r"[A-Z]{1,6}(?![a-z])")


def _rejoin(before: str, after: str) -> str:
    """A cell's wrapped line put back: on a line of its own when it opens with a label, else joined as the wrap cut
    it — a word cut in two ('repay' | 'ment', '还款管' | '理') without a space, English words with one."""
    if not before:
        return after
    if before[-1].isdigit() and after[:1].isdigit() and not before[-1:].isspace():
        return before + after  # '操作日志保存1' | '2个月', '备案证明编号15' | '020243006-24003': a number the wrap cut
    if (m := _ACRONYM_TAIL_RE.search(before)) is not None and (n := _ACRONYM_HEAD_RE.match(after)) is not None \
            and len(m.group()) + len(n.group()) <= 8:
        return before + after  # 'RBA' | 'C角色权限', 'HT' | 'TPS': an acronym the wrap cut
    if _LINE_LABEL_RE.match(after) or _new_item(before, after):
        return f"{before}\n{after}"
    a, b = before[-1], after[:1]
    if (a.isascii() and a.isalpha() and b.isascii() and b.islower()) or not (a.isascii() or b.isascii()):
        return before + after
    return f"{before} {after}"
_PAGE_LINE_RE = re.compile(r"^\s*(?:第\s*\d+\s*页\s*(?:[/／,，]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页|page\s+\d+(?:\s*(?:of|/)\s*\d+)?)\s*$",
                           re.I)


_ROUND_HEAD_RE = re.compile(r"^(?:轮次|报价轮次|议价轮次|谈判轮次|轮|步骤|议价步骤|round|roundno|版本|报价版本|version)$", re.I)
# a later round that only says what changed ('合计调整为28.6万元（含税），其余不变', '…，其余同二轮'), or a note saying so
_DELTA_RE = re.compile(r"其[余他](?:条款|内容|事项)?(?:均)?(?:不变|同|照旧|维持|沿用)|余同|未提及的?(?:条款|内容)?(?:沿用|不变|照旧)")
# a round that is a cut ('第二轮让利', '第三轮降价'): it says only what the cut changes
_CUT_STEP_RE = re.compile(r"让利|降价|优惠|折让|议价")
_DELTA_NOTE_RE = re.compile(r"只记(?:录)?变动|只记(?:录)?变化|未提及的?(?:条款|内容)?(?:沿用|不变|照旧)")
_POINTS_BACK_RE = re.compile(r"\s*(?:同|维持|按|以|same|unchanged|as in)", re.I)  # a cell opening with a pointer back
# how the vendor said it ('方式 | 电话'): a round said only by voice is no writing
_WAY_HEAD_RE = re.compile(r"^(?:方式|沟通方式|表述方式|联系方式|渠道|形式|沟通渠道|来源)$")
_ORAL_WAY_RE = re.compile(r"电话|口头|面谈|当面|语音|饭局|吃饭|现场沟通|phone|call|in person|verbal|oral", re.I)


def _earlier_rounds(sh: RawSheet, h: int, vc: int, header: list[str], res: ReadResult,
                    merged: dict[int, list[int]] | None = None) -> frozenset[int]:
    """Rows a later round of the same vendor's quote replaces (a 轮次 column: 首轮 | 二轮, the first round kept — often
    hidden — for reference): listed, never read; a later row's '同首轮' / '维持首轮' takes that round's cell. The rows
    of the latest round are read as they stand — unless the later rounds only say what changed ('…，其余不变', a note
    '之后只记变动的内容'): then the latest written round is read over the earlier ones (`merged`: its row -> theirs), and a
    round only said (by 电话, in person: the 方式 column) is listed, never read, until it comes in writing."""
    rc = next((c for c, t in enumerate(header) if _ROUND_HEAD_RE.match(label_key(t))), None)
    if rc is None:
        return _replaced_rows(sh, h, vc, res)
    from .parse import round_named, round_of

    by_vendor: dict[str, list[tuple[int, int]]] = {}
    above = ""  # the vendor of the rows above: a name written once over its rounds ('首轮报价' then '' | '第二轮让利')
    for r in range(h + 1, len(sh.rows)):
        v, k = _text(sh.cell(r, vc)).strip(), round_of(_text(sh.cell(r, rc)))
        if not v and k and above and (found := by_vendor.get(above)) and k > found[-1][0]:
            v = above
            sh.rows[r][vc] = sh.cell(found[0][1], vc)  # the name carried down its rounds, as a merged cell would
        if v and k:
            by_vendor.setdefault(v, []).append((k, r))
        above = v if k else ""
    out: set[int] = set()
    later_rows = [r for rows in by_vendor.values() for k, r in rows if k > min(k_ for k_, _r in rows)]
    deltas = merged is not None and (any(_DELTA_RE.search(_text(v)) for r in later_rows for v in sh.rows[r])
                                     or any(_DELTA_NOTE_RE.search(_text(v)) for row in sh.rows[:h] for v in row)
                                     or any(_CUT_STEP_RE.search(_text(sh.cell(r, rc))) for r in later_rows))
    wc = next((c for c, t in enumerate(header) if _WAY_HEAD_RE.match(label_key(t))), None) if deltas else None
    for rows in by_vendor.values():
        if len(rows) < 2:
            continue
        rows.sort()
        if deltas:
            oral = {r for _k, r in rows if wc is not None and _ORAL_WAY_RE.search(_text(sh.cell(r, wc)))}
            written = [r for _k, r in rows if r not in oral]
            for r in oral:  # '电话 | 口头答应：最终价可以做到25.8万元…待书面确认': only said
                out.add(r)
                res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, vc), "skip.oral_round",
                                           " | ".join(_text(x) for x in sh.rows[r] if not blank(x))[:200]))
            if len(written) >= 2 and not _says_declined_words(" ".join(_text(x) for x in sh.rows[written[-1]])):
                of_round = {k: r for k, r in rows}
                for r in written[1:]:  # '同第1轮': that round's words, in every later round ('…，其余同二轮' says more)
                    for c, v in enumerate(sh.rows[r]):
                        if v.__class__ is str and _POINTS_BACK_RE.match(v) and (k := round_named(v)) and k in of_round:
                            sh.rows[r][c] = sh.cell(of_round[k], c)
                merged[written[-1]] = written[:-1]
                out.update(written[:-1])
                continue
            rows = [(k, r) for k, r in rows if r not in oral]
            if len(rows) < 2:
                continue
        latest = rows[-1][1]
        of_round = {k: r for k, r in rows}
        row = sh.rows[latest]
        for c, v in enumerate(row):
            if v.__class__ is str and (k := round_named(v)) and k in of_round:  # '同首轮': that round's words
                row[c] = sh.cell(of_round[k], c)
        for _k, r in rows[:-1]:
            out.add(r)
            res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, vc), "skip.earlier_round",
                                       " | ".join(_text(x) for x in sh.rows[r] if not blank(x))[:200]))
            # kept as a version of the latest (core.load hands it to core.rounds: what changed is shown), never scored
            res.earlier.append(Record(sh.file, sh.sheet, f"{r + 1}", [
                RecordCell(header[c], v, sh.address(r, c)) for c, v in enumerate(sh.rows[r])
                if c < len(header) and header[c] and not blank(v)]))
    return frozenset(out)


# a later submission's own words that it replaces an earlier one of the same vendor
_REPLACES_RE = re.compile(r"(?:replaces?|supersedes?|supersede|in place of)\s+(?:our|the|my)?\s*(?:earlier|previous|first|prior)?\s*"
                          r"(?:response|submission|quot\w*|entry|answer|offer)|以本次为准|以此次为准|以本条为准|"
                          r"(?:替代|取代|代替|覆盖)\S{0,24}(?:提交|报价|登记|填报|回复)", re.I)
# a later row's cell pointing back to the vendor's earlier one ('同致历下公司报价（见第一部分）', '同上次报价', '同前')
_SAME_AS_EARLIER_RE = re.compile(r"\s*(?:同|与|按)(?:致|此前|上次|前次|首次|原|之前|上一次|前一次|前)?[^，,；;。]{0,10}?"
                                 r"(?:报价|回复|答复|所报|一致|相同)?\s*(?:[（(][^）)]{0,14}[）)])?\s*")


_MAX_SUBMISSIONS = 5  # one vendor's submissions to one RFQ
_MAX_RESUBMITTED = 50  # rows repeating a name before a table is taken for a list, not an RFQ's answers


def _replaced_rows(sh: RawSheet, h: int, vc: int, res: ReadResult) -> frozenset[int]:
    """Rows of a vendor's earlier submission that a later row of the same vendor says it replaces ('This submission
    replaces our response of 14 July', '以本次为准'): listed as an earlier round, never read."""
    rows = sh.rows
    names = [(r, _text(rows[r][vc]).strip()) for r in range(h + 1, len(rows)) if vc < len(rows[r]) and not blank(rows[r][vc])]
    if len({n for _r, n in names}) == len(names):
        return frozenset()  # every vendor once: nothing replaces anything
    by_vendor: dict[str, list[int]] = {}
    for r, n in names:
        by_vendor.setdefault(n, []).append(r)
    if len(names) - len(by_vendor) > _MAX_RESUBMITTED:
        return frozenset()  # many names again and again: a list by package or a generated table, no resubmissions
    out: set[int] = set()
    for n, rs in by_vendor.items():
        if not 2 <= len(rs) <= _MAX_SUBMISSIONS:
            continue  # a name on many rows (a price list by package, a generated table) is no resubmission
        for k in range(len(rs) - 1, 0, -1):
            if any(v.__class__ is str and _REPLACES_RE.search(v) for v in rows[rs[k]]):
                for c, v in enumerate(rows[rs[k]]):  # '同致历下公司报价（见第一部分）': the earlier row's words
                    if v.__class__ is str and v.strip()[:1] in "同与按" and len(v.strip()) <= 30 \
                            and _SAME_AS_EARLIER_RE.fullmatch(v) and c < len(rows[rs[k - 1]]):
                        rows[rs[k]][c] = rows[rs[k - 1]][c]
                for r in rs[:k]:
                    out.add(r)
                    res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, vc), "skip.earlier_round",
                                               " | ".join(_text(x) for x in rows[r] if not blank(x))[:200]))
                break
    return frozenset(out)


_ROW_TYPE_HEAD_RE = re.compile(r"^(?:行类型|行别|行说明|类型|填写类型|行|行次|rowtype|linetype)$")
_SAYS_ROW_TYPES = frozenset(("说明", "具体说明", "补充说明", "备注", "详细说明", "条款", "条款行", "内容", "explanation", "details",
                             "detail", "notes", "terms"))
# a row checking the one above ('核实结果': 已核 / 未核 / 不符：…): what it finds differs replaces the vendor's words
_CHECK_ROW_TYPES = frozenset(("核实结果", "核实情况", "核实", "核查结果", "核查情况", "核验结果", "核对结果", "验证结果", "verification",
                              "verified", "check"))
_MISMATCH_RE = re.compile(r"\s*(?:不符|不一致|有出入|与原文不符|核实不符|mismatch|differs?)\s*[：:，,]?\s*(.+)", re.S | re.I)
_BARE_CHOICE_RE = re.compile(r"是|否|有|无|选配|申请中|不适用|yes|no|y|n|n/a|√|✓|×|✗", re.I)


# a row's own name for an optional package offered beside the quoted one: '增值包（选购）', '选配包', 'Add-on pack'
OPTION_PACK_RE = re.compile(r"\s*(?:(?:增值|选配|可选|选购|加购|扩展|附加|另购)(?:模块|功能|服务)?包|增值(?:模块|服务)?包?\s*(?=[（(]))"
                            r"\s*(?:[（(]\s*(?:选购|选配|可选|另购|另计|加购|需另购|另行收费|optional)\s*[)）])?\s*|"
                            r"\s*(?:optional|add-?on)\s+(?:pack(?:age)?|bundle)s?\s*(?:\(\s*optional\s*\))?\s*", re.I)


def _unwrap(sh: RawSheet, h: int, vc: int, header: list[str], res: ReadResult, skip: frozenset[int] = frozenset()) -> None:
    """A table turned from a PDF into Excel, or a Word table pasted: every line of a cell became a row of its own —
    the vendor on the first row only (PDF), or repeated down its merged cell (Word). When most rows under the header
    are such continuations of the vendor above (its name blank or the same, the first column too), each is joined to
    that vendor's row column by column — a line opening an item of its own ('加密：…', '电子合同' under '企业征信')
    on a new line, a word cut by the wrap ('订单' | '跟踪') joined as it was, a cell merged down (the same text
    again) once — and page footers ('第 1 页 共 2 页') are listed. Other sheets are left as they are."""
    text_cols = {c for c, t in enumerate(header) if t and c != vc and c != 0}  # the price's own lines too

    def continuation(row: list, owner: list | None) -> bool:
        if any(v.__class__ is str and len(v) <= 20 and OPTION_PACK_RE.fullmatch(v) for v in row):
            return False  # the vendor's '增值包（选购）' row under its 基础包 row: an offer of its own (core.load folds it)
        if owner is not None and not blank(row[vc] if vc < len(row) else None):
            same = _text(row[vc]) == _text(owner[vc]) and (not row or _text(row[0]) == _text(owner[0]))
            return same and any(not blank(v) and _text(v) != _text(owner[c] if c < len(owner) else None)
                                for c, v in enumerate(row) if c in text_cols)
        filled = [c for c, v in enumerate(row) if not blank(v)]
        return bool(filled) and all(c in text_cols for c in filled) and not any(
            _PAGE_LINE_RE.match(_text(row[c])) for c in filled)

    body = [r for r in range(h + 1, len(sh.rows)) if r not in skip] if skip else range(h + 1, len(sh.rows))
    rt = next((c for c, t in enumerate(header) if _ROW_TYPE_HEAD_RE.match(label_key(t))), None)  # 行类型: 选择 | 说明
    first = body[:60]  # told from the first rows: a 10,000-row table of whole rows is not looked at row by row
    cont, last = 0, None
    for r in first:
        if continuation(sh.rows[r], last):
            cont += 1
        elif not blank(sh.cell(r, vc)):
            last = sh.rows[r]
    says_rows = sum(1 for r in first if _text(sh.cell(r, rt)).strip() in _SAYS_ROW_TYPES
                    or label_key(_text(sh.cell(r, rt))) in _CHECK_ROW_TYPES) if rt is not None else 0
    if (cont < 3 or cont * 3 < len(first)) and not (says_rows and cont >= says_rows):
        return  # (a 选择 | 说明 pair per vendor is two rows of one quote however few the vendors)
    owner = None
    for r in body:
        row = sh.rows[r]
        target = sh.rows[owner] if owner is not None else None
        if target is None or not continuation(row, target):  # (lines before the first vendor: the header's own)
            if not blank(sh.cell(r, vc)) and not _repeats_header(row, header):  # a header printed again after a
                owner = r  # page break: still the same vendor
            texts = [_text(v) for v in row if not blank(v)]
            if blank(sh.cell(r, vc)) and len(texts) == 1 and _PAGE_LINE_RE.match(texts[0]):
                res.notes.append(Skipped(sh.file, sh.sheet, sh.address(r, 0), "skip.doc_line", texts[0]))
                row[:] = [None] * len(row)
            continue
        says = rt is not None and _text(sh.cell(r, rt)).strip() in _SAYS_ROW_TYPES
        checks = rt is not None and label_key(_text(sh.cell(r, rt))) in _CHECK_ROW_TYPES
        for c, v in enumerate(row):
            if blank(v) or c not in text_cols or c == rt:
                continue
            if c >= len(target):
                target.extend([None] * (c + 1 - len(target)))
            if checks:  # '不符：合同草稿写的是“日志保存3个月”' replaces the vendor's cell; '已核' / '未核' leave it standing
                if (m := _MISMATCH_RE.match(_text(v))) is not None:
                    target[c] = m.group(1).strip()
                continue
            if says and not blank(target[c]):  # a 说明 row under its 选择 row, the 说明 governing: it replaces a bare
                choice = _text(target[c]).strip()  # drop-down answer and is said after any other ('248000；源码…')
                target[c] = _text(v) if _BARE_CHOICE_RE.fullmatch(choice) else f"{choice}；{_text(v)}"
            elif _text(v) != _text(target[c]):  # a cell merged down repeats its text: once is enough
                target[c] = _rejoin(_text(target[c]), _text(v))
        if says and rt < len(target):
            target[rt] = f"{_text(target[rt])}/{_text(sh.cell(r, rt))}"
        row[:] = [None] * len(row)


@lru_cache(maxsize=None)
def _name_keys() -> frozenset[str]:
    return frozenset(label_key(x) for x in schema.NAME_LABELS)


# a note's heading naming its vendor: '【太原晋阳数科有限公司｜个人信用贷系统报价】', '🔥【晋中平遥软件有限公司｜…】🔥'
_HEADING_RE = re.compile(r"^\W{0,6}【\s*([^】｜|]{2,40}?)\s*(?:[｜|][^】]*)?】")


_LINE_DECOR_RE = re.compile(r"^[^\w\u4e00-\u9fff【(（]+")  # '💰', '🔒', '👉' before a line's label
_NOTE_LINE_RE = re.compile(r"^([^：:\n]{1,12}?)\s*[：:]\s*(\S.*)$|^(报价|价格|价钱|总价|特价|优惠价|限时特价)\s+(\S.*)$")
_NAME_CUT_RE = re.compile(r"^.*?(?:股份有限公司|有限责任公司|有限公司|股份公司|工作室|集团|公司)")


def _heading_name(v: Any) -> str | None:
    if not isinstance(v, str):
        return None
    m = _HEADING_RE.match(v.strip())
    if not m or not _COMPANY_WORD_RE.search(m.group(1)):
        return None
    cut = _NAME_CUT_RE.match(m.group(1))  # '长治上党信息技术有限公司 报价说明': the company, not the subject
    return (cut.group() if cut else m.group(1)).strip()


def _heading_column(sh: RawSheet, h: int, header: list[str]) -> int | None:
    """A notes column whose cells each open with a heading naming a company (WeChat notes pasted one a row: 序号 |
    收藏时间 | 来自 | 笔记内容): the vendors are named there. None when there is none."""
    for c, s in enumerate(header):
        t = match_label(s).target if s else None
        if t is None or t.kind != "notes":
            continue
        cells = [sh.cell(r, c) for r in range(h + 1, min(len(sh.rows), h + 200)) if not blank(sh.cell(r, c))]
        named = sum(1 for v in cells if _heading_name(v))
        if named >= 2 and named * 5 >= len(cells) * 3:
            return c
    return None


_NOTE_TITLE_KEYS = frozenset(("标题", "笔记标题", "note title", "title"))
_NOTE_BODY_KEYS = frozenset(("正文", "笔记正文", "内容", "笔记内容", "body", "content", "note body"))
_TITLE_SUBJECT_RE = re.compile(r"\s*(?:的)?(?:报价(?:说明|单|情况|记录)?|方案|沟通记录|记录|quote|quotation)\s*$", re.I)


def _title_name(v: Any) -> str | None:
    """The company a note's title names ('南通濠河数科有限公司 报价', '扬州瘦西湖信息技术有限公司 报价说明'); None for a title
    naming none ('还要问的')."""
    if not isinstance(v, str) or "\n" in v.strip() or len(v.strip()) > 60:
        return None
    v = v.strip()
    cut = _NAME_CUT_RE.match(v)
    if cut:
        return cut.group().strip()
    rest = _TITLE_SUBJECT_RE.sub("", v).strip()
    return rest if rest != v and 2 <= len(rest) <= 30 and _COMPANY_WORD_RE.search(rest) else None


def _titled_notes(sh: RawSheet, h: int, header: list[str]) -> tuple[int, int] | None:
    """A note app's export (标题 | 正文 | 标签 | 创建时间): one note a row, its title naming the company, its body the
    quote. (title column, body column), or None for any other sheet."""
    keys = [label_key(s) if s else "" for s in header]
    tc = next((c for c, k in enumerate(keys) if k in _note_keys()[0]), None)
    bc = next((c for c, k in enumerate(keys) if k in _note_keys()[1]), None)
    if tc is None or bc is None:
        return None
    titles = [v for r in range(h + 1, min(len(sh.rows), h + 200)) if not blank(v := sh.cell(r, tc))]
    named = sum(1 for v in titles if _title_name(v))
    return (tc, bc) if named >= 2 and named * 5 >= len(titles) * 3 else None


@lru_cache(maxsize=None)
def _note_keys() -> tuple[frozenset, frozenset]:
    return frozenset(map(label_key, _NOTE_TITLE_KEYS)), frozenset(map(label_key, _NOTE_BODY_KEYS))


def _heading_records(sh: RawSheet, h: int, header: list[str], hc: int, res: ReadResult, title: int | None = None) -> None:
    """One quote per row, named by its note's heading (or by its title, in column `title`); a row whose note names no
    company (the buyer's own reminder) is listed as a note."""
    for r in range(h + 1, len(sh.rows)):
        row = sh.rows[r]
        if all(blank(v) for v in row):
            continue
        if title is None:
            name = _heading_name(row[hc] if hc < len(row) else None)
        else:
            name = _title_name(row[title] if title < len(row) else None)
        if name is None:
            res.notes.append(Skipped(sh.file, sh.sheet, sh.address(r, 0), "skip.note_row",
                                     " | ".join(_text(v) for v in row if not blank(v))[:200]))
            continue
        cells = [RecordCell(_VENDOR_LABEL, name, sh.address(r, hc if title is None else title))]
        for c, v in enumerate(row):
            if c >= len(header) or not header[c] or blank(v) or c == title:
                continue
            if c != hc:
                cells.append(RecordCell(header[c], v, sh.address(r, c)))
                continue
            rest = []  # the note's lines: '💰报价：23.8w（含税）' under its own label, the others together
            for line in _text(v).split("\n")[0 if title is not None else 1:]:
                line = _LINE_DECOR_RE.sub("", line).strip()
                m = _NOTE_LINE_RE.match(line)
                if m:
                    cells.append(RecordCell((m.group(1) or m.group(3)).strip(), (m.group(2) or m.group(4)).strip(),
                                            sh.address(r, c)))
                elif line:
                    rest.append(line)
            if rest:
                cells.append(RecordCell(header[c], "\n".join(rest), sh.address(r, c)))
        res.records.append(Record(sh.file, sh.sheet, f"{r + 1}", cells))


def _company_names_column(sh: RawSheet, h: int, header: list[str]) -> int | None:
    """A column headed only 'Name' / 名称 (a Notion or Airtable export) whose cells are mostly company names: the
    vendors. None when there is no such column."""
    from .formal import _COMPANY

    for c, s in enumerate(header):
        if label_key(s) not in _name_keys():
            continue
        names = [_text(sh.cell(r, c)) for r in range(h + 1, min(len(sh.rows), h + 200))]
        names = [n for n in names if n]
        if len(names) >= 2 and sum(bool(_COMPANY.search(n)) for n in names) * 5 >= len(names) * 3:
            return c
    return None


_ARCHIVED_KEYS = frozenset(("archived", "isarchived", "已归档", "归档", "是否归档"))
_DELETED_KEYS = frozenset(("isdeleted", "deleted", "delflag", "deleteflag", "isdel", "已删除", "是否删除", "删除标记", "删除标志"))
_TRUE_WORDS = frozenset(("true", "yes", "y", "1", "是", "已归档"))
_COMPANY_WORD_RE = re.compile(r"有限公司|公司|科技|软件|信息|网络|数据|数科|金科|工作室|集团|(?<![a-z])(?:co|ltd|inc|llc|limited|"
                              r"corp|corporation|company|gmbh|plc|pte|studio|tech\w*|software|systems?|fintech|"
                              r"data|solutions?)(?![a-z])", re.I)
_INDEX_LABELS = frozenset(("序号", "编号", "序", "行号", "no", "id", "index"))  # after label_key: "No." -> "no"


def _translates_header(row: list[Any], header: list[str]) -> bool:
    """The header's captions again in another language, each under its own (a two-line header: '序号 | 供应商 | 报价' over
    'No. | Vendor | Price'): most filled cells name the field their header names."""
    same = filled = 0
    for c, v in enumerate(row):
        if not blank(v) and c < len(header):
            filled += 1
            t = match_label(_text(v)).target
            same += t is not None and t == match_label(header[c]).target
    return filled >= 4 and same * 2 >= filled


def _repeats_header(row: list[Any], header: list[str]) -> bool:
    """Most of the row's filled cells repeat the header's text in the same column."""
    same = filled = 0
    for c, v in enumerate(row):
        if not blank(v):
            filled += 1
            same += c < len(header) and _text(v) == header[c]
    return same >= 2 and same * 2 >= filled


def _next_header(row: list[Any], header: list[str]) -> str | None:
    """'section' when the row is a header of its own for the rows below (another section of the sheet: the vendor's
    label again, then labels the first header does not have — 响应报价 | 算术修正后报价 | 评审价格 …); None otherwise."""
    texts = [_text(v) for v in row if not blank(v)]
    if len(texts) < 4 or len(set(texts)) < len(texts):
        return None
    labelled = sum(1 for t in texts if len(t) <= 30 and (match_label(t).target is not None or is_ignored_label(t)
                                                          or label_key(t) in _INDEX_LABELS))
    new = sum(1 for t in texts if t not in header)
    return "section" if labelled * 4 >= len(texts) * 3 and new * 2 >= len(texts) else None


def _reorders_header(row: list[Any], header: list[str]) -> str | None:
    """'reordered' when the row is the header's labels again, most of them in other columns (page 2 of a sheet whose
    columns were dragged into another order); None otherwise."""
    labels = {s for s in header if s}
    texts = [(c, _text(v)) for c, v in enumerate(row) if not blank(v)]
    known = [(c, s) for c, s in texts if s in labels]
    moved = any(c >= len(header) or header[c] != s for c, s in known)
    return "reordered" if moved and len(known) >= 3 and len(known) * 4 >= len(texts) * 3 and \
        len({s for _c, s in texts}) == len(texts) else None


# Vendors named by a header row with no label of their own: their cells go under the vendor field's own name.
_VENDOR_LABEL = schema.FIELDS["vendor"].synonyms[0]
_PACKAGE_LABEL = schema.FIELDS["package"].synonyms[0]
# a vendor's configuration named in a sub-header ('A方案', '标准版', 'Option B', 'Plan 2')
_CONFIG_RE = re.compile(r"^(?:[A-Z一二三四五1-9]\s*方案|方案\s*[A-Z一二三四五1-9]|.{1,6}版|(?:option|plan|package|config\w*)\s*[A-Z1-9])$",
                        re.I)


# a bidder named by a code in an anonymised (暗标) review: '投标人A', '供应商3', 'Bidder B' — a name, not a label
BIDDER_CODE_RE = re.compile(r"\s*(?:投标人|供应商|厂商|报价人|应答人|磋商供应商|bidder|vendor|supplier|tenderer)\s*"
                            r"(?:[A-Z]|[甲乙丙丁戊己庚辛壬癸]|\d{1,2})\s*", re.I)


def _names_companies(sh: RawSheet, r: int, lc: int, width: int) -> bool:
    """Whether the row right of the label column holds mostly company names (two at least)."""
    from .formal import _COMPANY

    texts = [_text(sh.cell(r, c)) for c in range(lc + 1, width) if not blank(sh.cell(r, c))]
    named = sum(1 for t in texts if len(t) <= 40 and "、" not in t and _COMPANY.search(t))
    return named >= 2 and named * 2 > len(texts)


def _transposed(sh: RawSheet, lc: int, res: ReadResult) -> None:
    rows = sh.rows
    first_record = len(res.records)

    def row_label(r: int) -> str:
        """The row's label; where it names nothing the readers know ('传输', '交付', '赠送'), the category merged down
        beside it ('分类: 安全 | 源码 | 功能') says what the row is about."""
        lab = _text(sh.cell(r, lc))
        if lc > 0 and match_label(lab).target is None and (cat := _text(sh.cell(r, lc - 1))) and not cat.isdigit() \
                and len(cat) <= 12 and match_label(cat).target is not None:
            return cat
        return lab

    mapped = [r for r in range(len(rows)) if isinstance(sh.cell(r, lc), str) and match_label(sh.cell(r, lc)).target]
    width = max(len(r) for r in rows)
    # a title over the table ('Vendor comparison 供应商比较 – …') has nothing right of it: neither the vendor row nor
    # the first row of the table
    answered = [r for r in mapped if any(not blank(v) for v in rows[r][lc + 1:width])] or mapped
    first = answered[0]
    vendor_row = next((r for r in answered if match_label(sh.cell(r, lc)).target.code == "vendor"
                       and not _figures_row(sh, r, lc)), None)  # ('与供应商合计差异 | -15000 | 88000': figures, no names)
    if vendor_row is not None and vendor_row == answered[-1] and len(answered) >= 4 and any(
            _SEAL_MARK_RE.search(_text(v)) for v in rows[vendor_row][lc + 1:width]):
        vendor_row = None  # '报价单位 | 泸州合江软件有限公司（盖章）' at the foot: the signature, a cell of the quote, no header
    header_row = vendor_row
    if header_row is None:  # the nearest row above the first mapped label with text right of the label column
        with_text = [r for r in range(first - 1, -1, -1) if any(not blank(sh.cell(r, c)) for c in range(lc + 1, width))
                     and not is_ignored_label(_text(sh.cell(r, lc)))  # '对接人' names people
                     and not _doc_line_row(rows[r])]  # '报价单号：… | 报价日期：… | 客户：…': the document's own line
        # a head word over the label column ('项目', 'Item') marks the vendor row, above rows of unmapped labels
        # ('1-10家网点', '后台账号'); else the nearest row with text
        header_row = next((r for r in with_text if is_long_criterion_label(_text(sh.cell(r, lc)))), None)
        if header_row is None:  # a row of company names over the table ('考察项目 | 成都锦江数科有限公司 | …'), not the
            header_row = next((r for r in with_text if _names_companies(sh, r, lc, width)),  # '接待人员' row under it
                              with_text[0] if with_text else None)
        if header_row is None and sum(bool(_CONFIG_RE.search(_text(sh.cell(first, c)))) for c in range(lc + 1, width)) >= 2:
            header_row = first  # '功能模块 | 标准版 | 专业版 | 说明' under one vendor's title: its editions head the table
    top = header_row if header_row is not None else -1
    _fill_across(sh, lc, top, width)
    value_cols = [c for c in range(lc + 1, width) if any(not blank(sh.cell(r, c)) for r in mapped)]
    label_rows = [r for r in range(len(rows)) if r != header_row and r > top and not blank(sh.cell(r, lc))]
    _drop_buyer_sections(sh, lc, label_rows, res)

    def vendor_name(t: str) -> bool:
        return bool(t) and not _head_is(is_long_value_label, t) and not _head_is(_is_amount_head, t) \
            and not (header_row != vendor_row and match_label(t).target and not BIDDER_CODE_RE.fullmatch(t))

    if header_row is not None:  # a vendor named over a column with no value in a recognised row: not lost either
        last = max(value_cols, default=lc)
        for c in range(lc + 1, width):
            t = _text(sh.cell(header_row, c))
            if c > last and not t and header_row != vendor_row:
                break  # right of the table, past a gap: a stray text, not a vendor
            if c in value_cols or not vendor_name(t) or _is_notes_label(t) or not _plausible_vendor(t):
                continue
            if any(not blank(sh.cell(r, c)) for r in label_rows):
                value_cols.append(c)  # values in rows of its own (read as kept, unrecognised labels)
            else:
                res.skipped.append(Skipped(sh.file, sh.sheet, col_letter(c), "skip.no_values", t[:200]))
        value_cols.sort()
    names: dict[int, str] = {}
    notes_cols: list[int] = []
    if header_row is not None:
        for c in value_cols:
            t = _text(sh.cell(header_row, c))
            if _head_is(_is_notes_label, t) or _head_is(_REQUIREMENT_HEAD.match, t) or is_opinion_head(t):
                notes_cols.append(c)  # 备注 / Remarks, the tender's 招标文件要求 or '合规部意见' (the buyer's own words): notes
                # on each row, never a vendor
            elif vendor_name(t):
                names[c] = t
    renamed: set[int] = set()  # columns whose vendor is named otherwise than by its header cell
    titled = False  # one vendor's editions, named by the title
    own = [c for c, t in names.items() if _OWN_MARK_RE.search(t)]
    if len(own) == 1 and len(names) >= 2:
        # one vendor's comparison with its rivals, forwarded ('大酉数科（我司）' | '飞山信息' | …): its own column is its quote,
        # named by the sheet's 报价单位; the others are its words about other companies — no quote and no term of
        # theirs: listed
        for c in [c for c in names if c != own[0]]:
            res.skipped.append(Skipped(sh.file, sh.sheet, col_letter(c), "skip.rival_claims", names.pop(c)[:200]))
            value_cols.remove(c)
        names[own[0]] = _own_company(sh) or _OWN_MARK_RE.sub("", names[own[0]]).strip()
        renamed.add(own[0])
    if len(names) >= 2:  # the vendor row printed again (page 2 of a printout): not a criterion
        for r in [r for r in label_rows if _repeats_names(sh, r, names)]:
            label_rows.remove(r)
            res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, lc), "skip.repeated_header",
                                       " | ".join(_text(v) for v in rows[r] if not blank(v))[:200]))
    # one vendor's own form ('序号 | 项目 | 贵司应答 | 补充说明'): its remarks column is the vendor's words on each row,
    # read beside its answer ('已取得' | '备案证明等资质材料签约后提供'); any other notes column is listed
    own_notes = [c for c in notes_cols if not names and len([v for v in value_cols if v not in notes_cols]) == 1
                 and header_row is not None and _head_is(_is_notes_label, t := _text(sh.cell(header_row, c))) and not is_opinion_head(t)
                 and not _head_is(_REQUIREMENT_HEAD.match, t) and not label_key(t).startswith(_buyer_side_keys())]
    for c in notes_cols:
        if c in own_notes:
            continue
        for r in label_rows:
            if not blank(sh.cell(r, c)):
                res.notes.append(Skipped(sh.file, sh.sheet, sh.address(r, c), "skip.notes_column",
                                         f"{_text(sh.cell(r, lc))}: {_text(sh.cell(r, c))}"[:200]))
    # a vendor's configurations side by side under its merged name (郑州中原 | A方案 | B方案 | C方案): the row above the
    # configurations names the vendor, each configuration is a quote of its own (a package)
    packages: dict[int, str] = {}
    if header_row is not None and header_row > 0 and sum(bool(_CONFIG_RE.search(t)) for t in names.values()) >= 2:
        up, last = header_row - 1, ""
        above: dict[int, str] = {}
        for c in range(lc + 1, width):
            t = _text(sh.cell(up, c))
            last = t or (last if c in names else "")  # a name merged over its configurations fills across
            if last:
                above[c] = last
        if len(set(above.values())) >= 2 or (above and len(above) > len(names)):
            packages = {c: t for c, t in names.items() if _CONFIG_RE.search(t)}
            names = {c: above[c] for c in above if c in value_cols or c in names}
            header_row = up
        elif not above and (title := _title_company(sh, header_row)):
            # one vendor's own 报价单 with an edition a column ('消费分期业务系统 报价单（标准版 / 专业版）' under '南安丰州科技
            # 有限公司'): each edition is a quote of the vendor the title names
            packages = {c: t for c, t in names.items() if _CONFIG_RE.search(t)}
            names = {c: title for c in packages}
            titled = True
    vendor_cols = [c for c in value_cols if c not in notes_cols]
    req_col = next((c for c in notes_cols if header_row is not None
                    and _head_is(_REQUIREMENT_HEAD.match, _text(sh.cell(header_row, c)))), None)
    if req_col is not None:  # each vendor's mark-up of the buyer's draft: 'Agreed.' takes the draft's words
        for r in label_rows:
            required = _text(sh.cell(r, req_col))
            for c in vendor_cols:
                v = sh.cell(r, c)
                if v.__class__ is str and _MARKUP_RE.match(v):
                    sh.rows[r][c] = _markup_answer(v, required)
    sheet_vendor = None
    amount_col = None
    if not names and len(vendor_cols) == 2 and header_row is not None:
        # one vendor's form with its answers and its amounts side by side (Response | Amount (CNY)): one quote, each
        # row's amount a cell of its own beside the answer
        heads = {c: _text(sh.cell(header_row, c)) for c in vendor_cols}
        amount_col = next((c for c in vendor_cols if _head_is(_is_amount_head, heads[c])), None)
        if amount_col is not None:
            vendor_cols = [c for c in vendor_cols if c != amount_col]
    if not names:
        if not vendor_cols and len(notes_cols) == 1 and header_row is not None and (
                title := _title_company(sh, header_row)) and _head_is(_ONE_FORM_VALUE_HEAD.match, _text(sh.cell(header_row, notes_cols[0]))):
            vendor_cols, notes_cols = notes_cols, []  # '分类 | 项目 | 说明' under the vendor's title: 说明 is its answers
        if len(vendor_cols) == 1:  # one vendor's form: named above the table, or by the sheet (one sheet per vendor)
            sheet_vendor = (_form_vendor(sh, header_row) if header_row is not None else None) or (
                _title_company(sh, header_row) if header_row is not None else None) or sh.sheet
        elif vendor_cols or not notes_cols:
            raise QuoteError("err.no_vendor", file=sh.file, sheet=sh.sheet)
    later_of: dict[int, int] = {}  # a vendor's answer column -> its clarification column beside it
    if header_row is not None and len(names) >= 2 and header_row + 1 in label_rows:
        sub = header_row + 1
        firsts = {label_key(x) for x in schema.FIRST_ANSWER_HEADS}
        laters = {label_key(x) for x in schema.LATER_ANSWER_HEADS}
        for c in vendor_cols:
            if c + 1 in names and names[c + 1] == names.get(c) and label_key(_text(sh.cell(sub, c))) in firsts \
                    and label_key(_text(sh.cell(sub, c + 1))) in laters:
                later_of[c] = c + 1
        if later_of:  # '原响应 | 澄清后' under each merged vendor name: the sub-header is no criterion
            label_rows.remove(sub)
            res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(sub, lc), "skip.repeated_header",
                                       " | ".join(_text(v) for v in rows[sub] if not blank(v))[:200]))
    if header_row is not None and len(names) >= 2:
        _confirmed_columns(sh, header_row, lc, label_rows, names, vendor_cols, res)
    for c in vendor_cols:
        if c in later_of.values():
            continue  # read with the answer column it clarifies
        if _repeats_labels(sh, c, lc, label_rows):  # the label column printed again (page 2 of a printout)
            res.skipped.append(Skipped(sh.file, sh.sheet, col_letter(c), "skip.repeated_header",
                                       " | ".join(_text(sh.cell(r, c)) for r in label_rows[:5])[:200]))
            continue
        if c not in names and sheet_vendor is None:
            if any(not blank(sh.cell(r, c)) for r in mapped):
                res.skipped.append(Skipped(sh.file, sh.sheet, f"{col_letter(c)}", "skip.no_vendor",
                                           " | ".join(_text(sh.cell(r, c)) for r in mapped if not blank(sh.cell(r, c)))[:200]))
            continue
        cells = []
        if c in names:
            cells.append(RecordCell(_text(sh.cell(header_row, lc)) if vendor_row is not None else _VENDOR_LABEL,
                                    names[c] if packages or c in renamed else sh.cell(header_row, c),
                                    sh.address(header_row, c)))
        head_v = sh.cell(header_row, c) if header_row is not None else None
        if c in names and head_v.__class__ is str and "\n" in head_v.strip():
            # '无锡江阴数科有限公司\n（报价：24.6万元，含税）': the price written under the name in the header
            extra = head_v.strip().split("\n", 1)[1].strip()
            if (m := _HEAD_PRICE_RE.match(extra)) is not None or _says_declined_words(extra):
                cells.append(RecordCell("报价（表头）", m.group(1) if m is not None else extra.strip("（）() "),
                                        sh.address(header_row, c)))
        if c in packages:
            cells.append(RecordCell(_PACKAGE_LABEL, packages[c], sh.address(header_row + 1, c)))
        has_value = False
        answered: set = set()
        for r in label_rows:
            if r == vendor_row:
                continue
            v = sh.cell(r, c)
            label = row_label(r)
            target = match_label(label).target
            if blank(v):
                if not target:
                    continue
            elif not target or target.code not in ("vendor", "package"):
                has_value = True
            remarks = [(nc, sh.cell(r, nc)) for nc in own_notes if not blank(sh.cell(r, nc))]
            if remarks and v.__class__ is str and not blank(v) and not _BARE_FIGURE_RE.fullmatch(v):
                # the vendor's remark qualifies its answer, read with it: '已取得（备案证明等资质材料签约后提供）' is a claim
                v = f"{v}（{'；'.join(_text(x) for _nc, x in remarks)}）"
                remarks = []
            cells.append(RecordCell(label, v, sh.address(r, c)))
            if c in later_of and not blank(x := sh.cell(r, later_of[c])):  # the clarification: read over the answer
                cells.append(RecordCell(f"{label}（{_text(sh.cell(header_row + 1, later_of[c]))}）", x,
                                        sh.address(r, later_of[c])))
                answered.add(sh.address(r, later_of[c]))
                has_value = True
            for nc, x in remarks:  # beside a figure or a blank answer: the remark as a cell of its own
                cells.append(RecordCell(f"{label}（{_text(sh.cell(header_row, nc))}）", x, sh.address(r, nc)))
                has_value = True
            if amount_col is not None and not blank(a := sh.cell(r, amount_col)):
                cells.append(RecordCell(label, a, sh.address(r, amount_col)))  # its amount
                has_value = True
        if not has_value:  # a vendor's name (or package) over an empty column is not a quote
            res.skipped.append(Skipped(sh.file, sh.sheet, col_letter(c), "skip.no_values",
                                       (names.get(c) or sheet_vendor or "")[:200]))
            continue
        res.records.append(Record(sh.file, sh.sheet, col_letter(c), cells, sheet_vendor, answered=answered))
    own_rec = res.records[-1] if renamed and res.records and res.records[-1].cells[:1] and \
        res.records[-1].cells[0][1] == names.get(next(iter(renamed))) else None
    terms_rows: set[int] = set()
    if titled and (mine := [rec for rec in res.records[first_record:] if rec.file == sh.file and rec.sheet == sh.sheet]):
        # the terms under the table ('两个版本共同适用的条款：' / '一、等保：本系统已取得…'): the vendor's words, for each edition
        last_value = max((r for r in range(len(rows)) if any(not blank(sh.cell(r, c)) for c in value_cols)), default=-1)
        title = next(iter(names.values()))
        for r in range(last_value + 1, len(rows)):
            filled = [v for v in rows[r] if not blank(v)]
            text = _text(filled[0]) if len(filled) == 1 else ""
            if len(text) > 6 and not text.startswith(title) and not text.rstrip().endswith(("：", ":")):
                for rec in mine:
                    rec.cells.append(RecordCell("商务条款", text, sh.address(r, lc)))
                terms_rows.add(r)
    for r in range(len(rows)):  # notes above, below or beside the table: no value in any vendor column
        t_ = match_label(_text(sh.cell(r, lc))).target
        if r == header_row or (t_ is not None and t_.kind != "notes"):  # '备注：均含税' alone on its row is a note
            continue
        if r in terms_rows:
            continue
        if all(blank(sh.cell(r, c)) for c in value_cols):
            text = " ".join(_text(v) for v in rows[r] if not blank(v))
            if own_rec is not None and r > header_row and (m := _OWN_NOTE_LINE_RE.match(text)) \
                    and not _RIVALS_NOTE_RE.search(text):
                # the comparison's author's own 备注 under its quote ('维保期满后年服务费按合同额10%/年'): its words (a note on
                # the comparison itself — '竞品信息来源于…', '综合评分为我司…测算' — is listed)
                own_rec.cells.append(RecordCell("备注", m.group(1), sh.address(r, lc)))
                continue
            if text:
                res.notes.append(Skipped(sh.file, sh.sheet, sh.address(r, 0), "skip.note_row", text[:200]))


# a shared table's comment threads ('评论1 | 评论2': '吴志斌（外部联系人·武平梁野山数科有限公司） · 11-21 09:26\n回复 @孟晓雯：…')
_COMMENT_HEAD_RE = re.compile(r"(?:评论|留言|批注|comment|comments)\d{0,2}")
_COMMENT_NOISE_RE = re.compile(r"^\s*(?:[👍👀🎉❤️👌🙏]+\s*\d*\s*·?\s*)?\d+\s*人已读\s*$|^\s*[👍👀🎉❤️👌🙏]+\s*\d*\s*$")
_REPLY_TO_RE = re.compile(r"^\s*(?:回复\s*)?@\S+?\s*[:：]?\s*")


def _vendor_comments(cells: list, comment_cols: list[int], vendor: str) -> list[str]:
    """The comments on a vendor's row written by the vendor's own people ('吴志斌（外部联系人·武平梁野山数科有限公司）:
    回复 @孟晓雯：…附件传成了我司OA系统的备案证明…'): its later words, read over its row (their addresses returned);
    every other comment — the buyer's staff ('先按它推进吧') — stays as written, kept and never read."""
    out = []
    core_name = re.sub(r"(?:有限责任公司|有限公司|股份公司)$", "", vendor)
    for k in comment_cols:
        label, v, address = cells[k]
        if v.__class__ is not str or "\n" not in v:
            continue
        author, body = v.split("\n", 1)
        if not vendor or not (vendor in author or len(core_name) >= 4 and core_name in author):
            continue
        lines = [ln for ln in body.split("\n") if ln.strip() and not _COMMENT_NOISE_RE.match(ln)]
        text = _REPLY_TO_RE.sub("", "\n".join(lines), count=1).strip()
        if text:
            cells[k] = RecordCell(f"对方回复（{label}）", text, address)
            out.append(address)
    return out


def _doc_line_row(row: list) -> bool:
    """A document's own header line laid over cells ('报价单号：FZKJ-… | 报价日期：2025-11-19 | 客户：…'): no table header."""
    filled = [v for v in row if not blank(v)]
    return len(filled) >= 2 and all(v.__class__ is str and _PAIR_CELL_RE.match(v) for v in filled)


# a vendor's own column in its comparison with others ('大酉数科（我司）', 'Ours')
_OWN_MARK_RE = re.compile(r"[（(]\s*(?:我司|本公司|我公司|本司|我方|ours?|us)\s*[)）]|^\s*(?:我司|本公司|ours?)\s*$", re.I)
_OWN_NOTE_LINE_RE = re.compile(r"\s*(?:备注|说明|注)\s*[：:]\s*(\S.*)", re.S)
_RIVALS_NOTE_RE = re.compile(r"竞品|友商|综合评分|competitor", re.I)
_QUOTING_COMPANY_RE = re.compile(r"(?:报价单位|报价方|报价人|供应商|投标人|乙方)\s*[：:]\s*([^\s\u3000：:，,；;]{2,40}?(?:有限责任公司|有限公司|"
                                 r"股份公司|公司|工作室))")


def _own_company(sh: RawSheet) -> str | None:
    """The company a sheet names as the one quoting ('报价单位：辰溪大酉数科有限公司')."""
    for row in sh.rows:
        for v in row:
            if v.__class__ is str and ("：" in v or ":" in v) and (m := _QUOTING_COMPANY_RE.search(v)):
                return m.group(1)
    return None


def _repeats_names(sh: RawSheet, r: int, names: dict[int, str]) -> bool:
    """Most of the vendor names stand again, in their columns, on row r."""
    same = sum(_text(sh.cell(r, c)) == t for c, t in names.items())
    return same >= 2 and same * 2 >= len(names)


def _repeats_labels(sh: RawSheet, c: int, lc: int, label_rows: list[int]) -> bool:
    """Most of column c's filled cells repeat the label column's text on the same row."""
    same = filled = 0
    for r in label_rows:
        v = sh.cell(r, c)
        if not blank(v):
            filled += 1
            same += _text(v) == _text(sh.cell(r, lc))
    return same >= 2 and same * 2 >= filled


def _fill_across(sh: RawSheet, lc: int, top: int, width: int) -> None:
    """A value merged across vendor columns ("7×24小时" for B..D) belongs to every vendor it covers.

    Only areas right of the label column, in the vendor row or a labelled row below it: a title merged across
    the top or a note merged along the bottom stays where it is. Areas are clipped to the sheet's cells, and a
    file whose areas overlap (more cells to fill than the sheet has) keeps its cells unfilled."""
    rows = sh.rows
    areas = [((r0, c0), (min(r1, len(rows) - 1), min(c1, width - 1))) for (r0, c0), (r1, c1) in sh.merges
             if lc < c0 < width and top <= r0 < len(rows)]
    if sum((r1 - r0 + 1) * (c1 - c0 + 1) for (r0, c0), (r1, c1) in areas) > len(rows) * width:
        return
    for (r0, c0), (r1, c1) in areas:
        if c0 >= len(rows[r0]):
            continue
        v = rows[r0][c0]
        if blank(v):
            continue
        for r in range(r0, min(r1 + 1, len(rows))):
            if r != top and blank(sh.cell(r, lc)):
                continue
            row = rows[r]
            if len(row) <= c1:
                row.extend([None] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                if blank(row[c]):
                    row[c] = v


_SUB_RESPONSE = re.compile(r"^(?:response|answer|reply|compliance|bid response|vendor response|vendor answer|vendor'?s answer|"
                           r"supplier answer|supplier response|回答|答复|应答|响应|是否满足|"
                           r"(?:服务商|供应商|厂商|投标人|报价方|乙方)(?:答复|应答|响应|回复)|"
                           r"满足情况|投标响应|投标人响应|响应内容|应答内容|响应情况)$", re.I)
_ONE_FORM_VALUE_HEAD = re.compile(r"^(?:说明|内容|详细说明|具体内容|描述|details?|description)$", re.I)
_SUB_CODE = re.compile(r"^(?:resp|response code|code|y/n|y/p/n|rating code|答复选项|应答选项|选项)$", re.I)


def _bare_sub(t: str) -> str:
    """A sub-header without its bracket or its full stop: 'Vendor response (as submitted)' -> 'Vendor response'."""
    return re.sub(r"\s*[(（][^)）]*[)）]\s*", "", t).strip().rstrip(".").strip()


_SUB_SCORE = re.compile(r"^(?:得分|评分|分数|打分|评分结果|score|scores|points|rating)$", re.I)
_SUB_COMMENT = re.compile(r"^(?:comments?|remarks?|notes?|details?|deviation|evidence|evidence link|supporting evidence|佐证|佐证材料|"
                          r"说明|备注|补充说明|偏离说明|详细说明|偏离情况|偏离|"
                          r"是否偏离)$", re.I)
_REQUIREMENT_HEAD = re.compile(r"^(?:招标文件要求|招标要求|采购要求|技术要求|需求|要求|技术规格|参数要求|招标文件原文|要求原文|"
                               r"评价要点|评分要点|评审要点|分值|权重|评分标准|"
                               r"磋商文件要求|谈判文件要求|询价文件要求|采购文件要求|磋商要求|采购需求|"
                               r"我司要求|我方要求|甲方要求|采购方要求|本公司要求|我方草案|我方条款|甲方条款|甲方合同范本条款|我方合同范本条款|合同范本条款|"
                               r"甲方合同范本|我方合同范本|合同范本|范本条款|甲方拟稿|我方拟稿|审查标准|评审标准|核查标准|"
                               r"(?:lender'?s?|buyer'?s?|client'?s?|our)\s+(?:draft\s+)?(?:position|draft|wording|clause)|"
                               r"draft position|draft wording|"
                               r"requirement|requirements|specification|tender wording|tender requirement|rfp requirement|"
                               r"rfp wording|requirement text|buyer'?s? requirement|our requirements?|what good looks like|"
                               r"expectation|expected answer|good answer)"
                               # '我方要求（供参考，勿改）': the buyer's note on its own column, in brackets
                               r"(?:\s*[（(][^()（）]{1,20}[)）])?$", re.I)


def _head_is(test, t: str) -> bool:
    """A header cell passes `test` as written or, written in two languages one per line or either side of a slash
    ('贵司应答\nYour response', 'Response / 应答'), by one of its parts."""
    if test(t):
        return True
    parts = t.splitlines() if "\n" in t else t.split(" / ") if " / " in t else ()
    return any(test(x.strip()) for x in parts if x.strip())


_AMOUNT_COL_RE = re.compile(r"^(?:amount|金额|金额元|amountcny|金额人民币|报价金额|小计|subtotal|lineamount)")


def _is_amount_head(t: str) -> bool:
    """'Amount (CNY)', '金额（元）': a column of a form's amounts, never a vendor."""
    return bool(_AMOUNT_COL_RE.match(label_key(t)))


_HEAD_PRICE_RE = re.compile(r"^\s*[（(]?\s*(?:报价|价格|总价|报价金额|合计)\s*[:：]\s*(.+?)\s*[)）]?\s*$")


def _says_declined_words(text: str) -> bool:
    from .declined import _says_declined

    return _says_declined(text)


_BARE_FIGURE_RE = re.compile(r"\s*[-+]?[\d.,]+\s*[%％]?\s*")  # '6%', '236000': a figure, its remark a cell of its own


def _form_vendor(sh: RawSheet, header_row: int) -> str | None:
    """The vendor a one-vendor response form names above its table ('供应商名称\nVendor name | | 深圳鹏城…'): the
    first text right of a cell labelled for the vendor."""
    for r in range(header_row):
        row = sh.rows[r]
        for c, v in enumerate(row):
            if v.__class__ is str and len(v) <= 40 and (t := match_label(v).target) is not None and t.code == "vendor":
                name = next((_text(x) for x in row[c + 1:] if not blank(x)), "")
                if name and _plausible_vendor(name):
                    return name
    return None
_CONFIRM_RE = re.compile(r"\s*(?:确认|无误|属实|正确|confirmed|confirm|correct)(?![a-z])\s*[，,；;。.:：]?\s*(?P<rest>.*)$", re.I | re.S)
_CORRECT_RE = re.compile(r"\s*(?:更正|更正为|修正|修改为|correction|corrected)\s*[，,；;。.:：]?\s*(?P<rest>.*)$", re.I | re.S)
_DITTO_ANSWER_RE = re.compile(r"\s*(?:同上|〃|ditto|same as above)\s*[。.]?\s*$", re.I)


def _confirmed_columns(sh: RawSheet, header_row: int, lc: int, label_rows: list[int], names: dict[int, str],
                       vendor_cols: list[int], res: ReadResult) -> None:
    """A check sheet the buyer pre-filled: each vendor's merged name over '采购方预填 | 供应商确认/更正'. The left column is
    the buyer's gathering (a website, a phone call), never the vendor's words; the vendor's column is its answer:
    '确认' adopts the pre-filled words (with what it adds), '更正：…' replaces them, '同上' repeats its answer above,
    and a blank leaves the item unconfirmed (unknown). The vendor's column is read in place of both; the sub-header and
    the pre-filled column are listed."""
    pre_keys = {label_key(x) for x in schema.PREFILLED_HEADS}
    ans_keys = {label_key(x) for x in schema.CONFIRM_HEADS}

    def paired(sub: int) -> dict[int, int]:
        return {c: c + 1 for c in list(vendor_cols) if c + 1 < len(sh.rows[sub])
                and label_key(_text(sh.cell(sub, c))) in pre_keys and label_key(_text(sh.cell(sub, c + 1))) in ans_keys}

    sub, pairs = header_row + 1, {}
    if sub < len(sh.rows):  # the names, then the sub-header under them
        pairs = {c: a for c, a in paired(sub).items() if c in names and (a not in names or names[a] == names[c])}
    if len(pairs) < 2 and header_row > 0:  # the sub-header taken for the header: the names merged over it, a row up
        sub, pairs = header_row, {c: a for c, a in paired(header_row).items() if _text(sh.cell(header_row - 1, c))}
        if len(pairs) >= 2:
            for c in pairs:
                names[c] = _text(sh.cell(header_row - 1, c))
                sh.rows[header_row][c] = names[c]
    if len(pairs) < 2:
        return
    if sub in label_rows:
        label_rows.remove(sub)
    res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(sub, lc), "skip.repeated_header",
                               " | ".join(_text(v) for v in sh.rows[sub] if not blank(v))[:200]))
    for c, a in pairs.items():
        previous = None
        for r in label_rows:
            pre, ans = sh.cell(r, c), sh.cell(r, a)
            if ans.__class__ is str and _DITTO_ANSWER_RE.match(ans) and previous is not None:
                ans = previous
            previous = ans if not blank(ans) else previous
            if blank(ans):
                said = None  # not answered: the buyer's guess stays unconfirmed
            elif ans.__class__ is str and (m := _CORRECT_RE.match(ans)) is not None and m.group("rest").strip():
                said = m.group("rest").strip()
            elif ans.__class__ is str and (m := _CONFIRM_RE.match(ans)) is not None:
                rest = m.group("rest").strip()
                said = pre if blank(pre) or not rest else f"{_text(pre)}；{rest}"
                if blank(said):
                    said = None
            else:
                said = ans
            while len(sh.rows[r]) <= a:
                sh.rows[r].append(None)
            sh.rows[r][a] = said
        if any(not blank(sh.cell(r, c)) for r in label_rows):
            res.notes.append(Skipped(sh.file, sh.sheet, col_letter(c), "skip.notes_column",
                                     f"{_text(sh.cell(sub, c))}: " + " | ".join(
                                         _text(sh.cell(r, c)) for r in label_rows if not blank(sh.cell(r, c)))[:180]))
        while len(sh.rows[header_row]) <= a:
            sh.rows[header_row].append(None)
        sh.rows[header_row][a] = sh.cell(header_row, c)
        names[a] = names.pop(c)
        if a in vendor_cols:
            vendor_cols.remove(c)
        else:
            vendor_cols[vendor_cols.index(c)] = a


# a vendor's answer to the buyer's draft clause: Agreed / Agreed, save that … / Agreed in principle … / Noted / Not agreed
_MARKUP_RE = re.compile(r"\s*(?:(?:not\s+)?agreed|noted|accepted|同意|不同意|无异议|有异议|接受|不接受|知悉|已知悉)\b", re.I)
_MARKUP_PARTS_RE = re.compile(r"\s*(?P<head>not\s+agreed|不同意|有异议|不接受|agreed\s+in\s+principle|原则上同意|noted|知悉|已知悉|"
                              r"agreed|accepted|同意|无异议|接受)(?:\s+as\s+drafted)?\s*(?P<sep>[.,，。;；:：–—-]*)\s*(?P<rest>.*)$",
                              re.I | re.S)


def _markup_answer(answer: str, required: str) -> str:
    """The words a vendor's mark-up states, the buyer's draft clause filled in where it is accepted: 'Agreed.' is the
    draft as written; 'Agreed. Filing no. …' the vendor's detail, then the draft; 'Agreed – within 1 hour' the
    vendor's words in place of the draft's; 'Agreed, save that …' the draft with its exception (conditional);
    'Agreed in principle …' and 'Noted …' only the vendor's own words (a claim, or nothing agreed); 'Not agreed.
    3 months' a no, then the vendor's counter."""
    m = _MARKUP_PARTS_RE.match(answer)
    if m is None:
        return answer
    head, rest = m.group("head").lower(), m.group("rest").strip()
    if head in ("not agreed", "不同意", "有异议", "不接受"):  # a no to the clause, then the vendor's counter
        return f"否；{rest}" if rest else "否"
    if "principle" in head or head in ("原则上同意", "noted", "知悉", "已知悉"):
        return rest
    if re.match(r"(?:save|except|subject|provided|but|however|除|但)", rest, re.I):
        return f"{required}\n{rest}（除外）"  # accepted with an exception: a condition on the clause
    if rest and re.search(r"[:：–—-]", m.group("sep")):
        return rest  # 'Agreed – within 1 hour', 'Agreed – national algorithms are used': the vendor's words instead
    return f"{rest}\n{required}" if rest else required  # 'Agreed. Filing no. …', 'Agreed, and extended to 18 months


_FIGURE_RE = re.compile(r"\s*[¥￥$]?\s*(?:cny|rmb|hkd|usd)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|万|元|w|k|m)?\s*(?:[(（][^()（）]*[)）])?\s*",
                        re.I)
_MEETS_AS_WRITTEN = re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w, a in schema.REQUIREMENT_ANSWERS.items()
                                                    if a == "meets") + r"|响应|满足)\s*$", re.I)
_ANSWER_WORD = re.compile(r"^(?:yes|no|y|n|partial|partly|roadmap|planned|n/a|是|否|满足|不满足|部分满足|部分|规划中|计划中|"
                          r"有|无|支持|不支持)$", re.I)


_REQ_CLAUSE_RE = re.compile(r"[，,；;]")
_QUOTED_OWN_DOC_RE = re.compile(r"^\s*不符\s*[：:].*?《[^》]{2,30}》.*?[“\"]([^”\"]{4,})[”\"]", re.S)
_BARE_YES_RE = re.compile(r"\s*(?:提供|有|具备|是|支持|包含|含|可以|yes|provided|included)\s*[。.]?\s*", re.I)
_DASHES = frozenset(("—", "-", "–", "－", "——", "--", "/", "／"))


def _matrix(sh: RawSheet, res: ReadResult) -> bool:
    """A requirement matrix (an RFP response): requirements down a column, each vendor's name over two columns,
    'Response' (Yes / Partial / Roadmap / a figure) and 'Comments'. Each vendor is one quote; a yes/no answer is read
    together with its comment ('Yes; PBoC Credit Reference Center…'), a figure with the tax mark its comment gives."""
    rows = sh.rows
    for h in range(min(len(rows) - 1, _SCAN_ROWS)):
        subs = [_text(v) for v in rows[h + 1]]
        # a scorecard: each vendor over Resp. (a one-letter answer) | Vendor response (as submitted) | Score
        coded = {c + 1: c for c, t in enumerate(subs) if _SUB_CODE.match(_bare_sub(t)) and c + 1 < len(subs)
                 and _SUB_RESPONSE.match(_bare_sub(subs[c + 1])) and _text(sh.cell(h, c)) and not _text(sh.cell(h, c + 1))}
        if len(coded) >= 2:
            for c, code_c in coded.items():  # the name merged over the group stands over its response column too
                rows[h][c] = sh.cell(h, code_c)
        resp = [c for c, t in enumerate(subs) if _SUB_RESPONSE.match(t) or (c in coded and len(coded) >= 2)]
        # a scoring sheet: each vendor over 得分 | 说明 — the score is the committee's, the 说明 is the vendor's answer
        scored = len(resp) < 2 and len(score := [c for c, t in enumerate(subs) if _SUB_SCORE.match(t)
                                                 and _SUB_COMMENT.match(subs[c + 1] if c + 1 < len(subs) else "")]) >= 2
        if scored:
            resp = score
        if len(resp) < 2 or not all(_text(sh.cell(h, c)) for c in resp):
            continue
        # the label column: the one naming the most items — distinct ones (a group merged down its items, '合规与安全'
        # over 等保三级 | 敏感数据加密 | …, names one group however many rows it spans)
        lc = max(range(min(resp)), key=lambda c: len({t for r in range(h + 2, len(rows))
                                                      if (t := match_label(_text(sh.cell(r, c))).target)}), default=None)
        if lc is None:
            return False
        # A tender's 偏离表: the requirement itself beside the label; a blank response with 无偏离 accepts it as written.
        req = next((c for c in range(lc + 1, min(resp)) if _REQUIREMENT_HEAD.match(_text(sh.cell(h + 1, c)))
                    or _REQUIREMENT_HEAD.match(_text(sh.cell(h, c)))), None)
        for c in resp:
            name = _text(sh.cell(h, c))
            com = c + 1 if _SUB_COMMENT.match(_text(sh.cell(h + 1, c + 1))) and not _text(sh.cell(h, c + 1)) else None
            cells = [RecordCell(_VENDOR_LABEL, name, sh.address(h, c))]
            # a reviewer's column beside the vendor's answers ('供应商响应 | 监理核查'): its own words are never read
            check = c + 1 if com is None and c + 1 not in resp and not _text(sh.cell(h, c + 1)) \
                and _text(sh.cell(h + 1, c + 1)) else None
            later: set[str] = set()
            for r in range(h + 2, len(rows)):
                label = _text(sh.cell(r, lc))
                if not label:
                    continue
                if (lead := _REQ_CLAUSE_RE.split(label, maxsplit=1)[0]) != label and match_label(label).target is None \
                        and match_label(lead).target is not None:
                    label = lead  # '完整源码交付，无加密，可二次开发': the requirement is named by its first clause
                answer, comment = sh.cell(r, c), _text(sh.cell(r, com)) if com is not None else ""
                if scored:  # the vendor's words are the 说明; the score beside them is the committee's
                    answer, comment = sh.cell(r, com), ""
                if c in coded and blank(answer):  # 'TBC' with no words: the letter is all there is
                    answer = sh.cell(r, coded[c])
                text = _text(answer)
                if text.strip() in _DASHES and comment:  # '—' | '软件授权14.8万＋…合计19.6万元（不含税）': the words are the answer
                    text, answer = "", None
                required = _text(sh.cell(r, req)).lstrip("★*☆ ") if req is not None else ""
                if required and (rt := match_label(required).target) is not None and rt.kind != "notes" \
                        and ((t := match_label(label).target) is None or t.kind == "notes" or t == rt):
                    # The requirement labels the answer: it names the field where the clause does not ('服务承诺' |
                    # '上述服务承诺写入合同'), and completes it like any label ('…等级保护三级备案证明' | '已取得，编号…').
                    label = required
                meets = bool(required) and bool(_MEETS_AS_WRITTEN.match(comment))
                if not text and meets:
                    text = answer = required  # the requirement, accepted as written
                    comment = ""
                elif _ANSWER_WORD.match(text) and _MEETS_AS_WRITTEN.match(comment):
                    comment = ""  # '满足' with 无偏离: the answer as it stands (a bare '满足' is the vendor's claim)
                if comment and text and _MEETS_AS_WRITTEN.match(text) and _BARE_YES_RE.fullmatch(comment):
                    value = comment  # '满足' | '提供': the vendor's own yes
                elif comment and (not text or _ANSWER_WORD.match(text)):
                    value = f"{text}；{comment}" if text else comment
                elif comment and re.search(r"excl|不含税|未税|\+\s*vat", comment, re.I):
                    value = f"{text}（不含税）"
                elif comment and not scored and not _FIGURE_RE.fullmatch(text):
                    # '7×24' | '7×24为系统自动监控告警；人工支持时间为工作日': the remark qualifies the answer, read on a
                    # line of its own (an amount's remark — its breakdown — is not: the amount stands)
                    value = f"{text}\n{comment}"
                else:
                    value = answer
                if blank(value):
                    continue
                cells.append(RecordCell(label, value, sh.address(r, c)))
                if check is not None and (m := _QUOTED_OWN_DOC_RE.match(_text(sh.cell(r, check)))) is not None:
                    # the reviewer's '不符：…《售后服务承诺书》…为“免费维护期6个月…”': the vendor's own other document, quoted
                    # word for word, disagreeing with its answer — its words, read after the answer
                    cells.append(RecordCell(label, m.group(1), sh.address(r, check)))
                    later.add(sh.address(r, check))
            rec = Record(sh.file, sh.sheet, col_letter(c), cells)
            rec.answered |= later
            res.records.append(rec)
        for r in range(h + 2, len(rows)):  # footnotes under the matrix
            if not _text(sh.cell(r, lc)) and any(not blank(v) for v in rows[r]):
                text = " ".join(_text(v) for v in rows[r] if not blank(v))
                res.notes.append(Skipped(sh.file, sh.sheet, sh.address(r, 0), "skip.note_row", text[:200]))
        return True
    return False


_CODE_ENTRY_RE = re.compile(r"(?<![A-Za-z])([A-H])\s*[=＝:：]\s*([^；;。\n]{1,40})")
_QUESTION_OPTION_RE = re.compile(r"(?<![A-Za-z])([A-H])\s*[.．、:：]\s*([^\s（）()A-H.．、:：]{1,12})")
_BARE_CODE_RE = re.compile(r"\s*([A-Ha-h])\s*")


_CODE_NO_RE = re.compile(r"不具备|不提供|不支持|不满足|不符合|^\s*(?:无|否)|(?<![a-z])(?:not (?:available|provided|supported|met)|"
                         r"no(?![a-z])|none)", re.I)
_CODE_COND_RE = re.compile(r"另行付费|另付费|需付费|附加条件|另计|额外|选配|(?<![a-z])(?:extra|additional (?:cost|fee)|conditional|"
                           r"optional|at a charge)", re.I)
_CODE_CLAIM_RE = re.compile(r"承诺|暂无证明|无证明|未提供证明|声称|口头|(?<![a-z])(?:claim\w*|no evidence|without evidence|"
                            r"self-declared|undertak\w*)", re.I)


def _as_answer(meaning: str) -> str:
    """A legend's meaning as an answer the readers know, the legend's words beside it: 'D=不具备/不提供' -> '否（不具备/
    不提供）', 'B=承诺满足，暂无证明材料' -> '支持（承诺满足，暂无证明材料）' (a claim), 'C=需另行付费…' -> '另计（…）';
    'A=已具备/已包含在报价内（须上传证明）' -> '是'."""
    word = ("否" if _CODE_NO_RE.search(meaning) else "另计" if _CODE_COND_RE.search(meaning) else
            "支持" if _CODE_CLAIM_RE.search(meaning) else "是")
    return "是" if word == "是" else f"{word}（{meaning}）"  # a plain yes needs no more words


_FORM_NUMBER_RE = re.compile(r"^\s*\d{1,2}\s*[.、．)）]\s*(?=\S)")
_NOT_WRITTEN_RE = re.compile(r"^\s*(?:没有|无|否|未|口头|—|-|no|none)", re.I)
_ORAL_TAG = "〔口头〕"


def _spoken(sh: RawSheet, h: int, head: list[str], vc: int, cc: int, valc: int, res: ReadResult) -> None:
    """A field officer's log of who said what ('4.谁说的 | 达里 周海涛（销售经理）', '6.有没有书面材料 | 没有（口头）'): a row
    said by anyone but the vendor's own people — a rival's salesman over dinner, the officer himself — is no word of
    the vendor's (listed); a row only said is tagged 〔口头〕 and so read as a claim, and a price only said is none (listed)."""
    speakers = {label_key(x) for x in schema.LONG_SPEAKER_LABELS}
    written = {label_key(x) for x in schema.LONG_WRITTEN_LABELS}
    sc = next((c for c, t in enumerate(head) if label_key(t) in speakers), None)
    wc = next((c for c, t in enumerate(head) if label_key(t) in written), None)
    if sc is None and wc is None:
        return
    for r in range(h + 1, len(sh.rows)):
        row = sh.rows[r]
        vendor, val = _text(sh.cell(r, vc)).strip(), sh.cell(r, valc)
        if not vendor or blank(val):
            continue
        who = _text(sh.cell(r, sc)).strip() if sc is not None else ""
        name = re.split(r"[\s\u3000（(:：,，]", who, maxsplit=1)[0] if who else ""
        if who and not (len(name) >= 2 and name in vendor):
            res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, valc), "skip.hearsay",
                                       f"{vendor}: {who}: {_text(val)}"[:200]))
            row[valc] = None  # another's words about the vendor: listed, never the vendor's
            continue
        if wc is not None and _NOT_WRITTEN_RE.match(_text(sh.cell(r, wc))):
            if (t := match_label(_text(sh.cell(r, cc))).target) is not None and t.kind == "price" or \
                    t is not None and t.kind == "field" and t.id == "price_cny":
                res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, valc), "skip.oral_round",
                                           f"{vendor}: {_text(val)}"[:200]))
                row[valc] = None  # '签合同的时候价格还能再让2万' (口头): a price only said is none
                continue
            row[valc] = f"{_text(val)}{_ORAL_TAG}"  # only said: a claim, never over the written word


def _coded_answers(sh: RawSheet, h: int, head: list[str], cc: int, valc: int) -> None:
    """A portal's answers by option code ('应答选项' | 'C'), the codes' meaning in a legend above the table ('A=已具备/已
    包含在报价内；B=承诺满足，暂无证明材料；C=需另行付费…；D=不具备/不提供') or in the question itself ('报价是否含税（A.含税
    B.不含税）'): each row's answer becomes one text in the value column — what its code means, the answer's words,
    its amount and the remark beside it ('需另行付费或有附加条件；28000元；电子合同为增值模块，另计28,000元（不含税）') —
    so that the code is read for what the legend says and nothing of the row is lost."""
    from .mapping import label_key

    codes = {label_key(x) for x in schema.LONG_CODE_LABELS}
    code_c = next((c for c, s in enumerate(head) if c != valc and label_key(s) in codes), None)
    if code_c is None:
        return
    legend: dict[str, str] = {}
    for row in sh.rows[:h]:
        for v in row:
            if v.__class__ is str and len(found := _CODE_ENTRY_RE.findall(v)) >= 2:
                legend.update((k.upper(), m.strip()) for k, m in found)
    money_c = next((c for c, s in enumerate(head) if c not in (valc, code_c, cc) and s and "金额" in s or
                    label_key(s).startswith("amount")), None)
    yuan = money_c is not None and "元" in head[money_c]
    note_cs = [c for c, s in enumerate(head) if c not in (valc, code_c, cc, money_c) and s
               and (t := match_label(s).target) is not None and t.kind == "notes"]
    for r in range(h + 1, len(sh.rows)):
        row = sh.rows[r]
        if len(row) <= max(valc, code_c):
            continue
        code = _BARE_CODE_RE.fullmatch(_text(row[code_c]))
        own = dict((k.upper(), m) for k, m in _QUESTION_OPTION_RE.findall(_text(sh.cell(r, cc))))
        parts = []
        if code is not None:
            k = code.group(1).upper()
            parts.append(own.get(k) or (_as_answer(legend[k]) if k in legend else k))
        if not blank(row[valc]):
            parts.append(_text(row[valc]))
        if money_c is not None and not blank(sh.cell(r, money_c)):
            amount = _text(sh.cell(r, money_c))
            parts.append(f"{amount}元" if yuan and _NUMBER_RE.fullmatch(amount.strip()) else amount)
            row[money_c] = None
        for nc in note_cs:
            if not blank(sh.cell(r, nc)):
                parts.append(_text(sh.cell(r, nc)))
                row[nc] = None
        if parts:
            row[valc] = "；".join(parts)


# an extraction tool's evidence cell saying the document holds nothing for the field
_NOT_IN_DOCUMENT_RE = re.compile(r"\s*[（(]?\s*(?:原文未找到|原文中未找到|未在原文中找到|原文无|not found in (?:the )?document)"
                                 r"[^）)；;]*[）)]?", re.I)


def _names_vendors(sh: RawSheet, h: int, cc: int) -> bool:
    """Whether the criterion column under row h names the vendor on some row ('供应商名称')."""
    return any((t := match_label(_text(sh.cell(r, cc))).target) is not None and t.code == "vendor"
               for r in range(h + 1, min(len(sh.rows), h + 1 + _SCAN_LABEL_ROWS)))


def _long(sh: RawSheet, h: int, vc: int, cc: int, valc: int, pc: int | None, res: ReadResult,
          numc: int | None = None, unitc: int | None = None) -> None:
    """Vendor | criterion | value rows. ``numc`` / ``unitc``: a number and its unit in columns of their own ('48' |
    '千元'), read together where the value column (the vendor's words) is blank."""
    from . import register  # a register's money lines (it builds on core.formal, which imports this module)

    groups: dict[tuple[str, str], Record] = {}
    filled: set[tuple[str, str]] = set()  # groups holding at least one value
    head = [_text(v) for v in sh.rows[h]]
    if sum(bool(_FORM_NUMBER_RE.match(s)) for s in head) >= 3:  # a form's numbered questions ('7.我的备注')
        head = [_FORM_NUMBER_RE.sub("", s) for s in head]
    amc, sec, taxc = register.columns(head, {vc, cc, valc, pc, numc, unitc} - {None})
    answer_keys = {label_key(x) for x in schema.LONG_ANSWER_LABELS}
    answer_cols = [c for c, s in enumerate(head) if s and c not in (vc, cc, valc, pc) and (
        label_key(s) in answer_keys or label_key(_BRACKETED_RE.sub("", s)) in answer_keys)]  # '乙方书面答复（12月3日至4日）'
    note_cols = [c for c, s in enumerate(head) if s and c not in (vc, cc, valc, pc, amc, sec, taxc, numc, unitc)
                 and c not in answer_cols and (t := match_label(s).target) is not None and t.kind == "notes"
                 and not label_key(s).startswith(_buyer_side_keys())]  # 'Reviewer comments', '法务审查意见': the buyer's

    def value(r: int) -> tuple[Any, int]:
        v = sh.cell(r, valc)
        if not blank(v) and valc != numc:
            if later_words and v.__class__ is str and _BACK_TO_FIRST_RE.search(v) and not blank(first := sh.cell(r, numc)):
                # '在首轮报价基础上再降1万元', '…；其余模块同首轮': the later reply read with the first-round words it builds on
                return f"{_text(first)}；{v}", valc
            return v, valc
        if numc is None:
            return v, valc
        v = sh.cell(r, numc)
        unit = _text(sh.cell(r, unitc)) if unitc is not None else ""
        if unit and not blank(v) and _NUMBER_RE.fullmatch(_text(v).strip()):
            v = f"{_text(v).strip()}{unit}"  # '48' | '千元': 48千元
        return v, numc

    # the value column a later round's words and numc the first round's ('对方首轮报价原文 | 对方二轮书面答复原文')
    later_words = numc is not None and numc != valc and is_long_verbatim_label(head[numc]) and is_long_verbatim_label(head[valc])
    above = last_crit = ""  # the vendor (and item) of the row above: a name written once for its rows holds for them
    items: set[tuple] = set()  # (vendor, package, item) registered so far
    time_keys = {label_key(x) for x in schema.LONG_TIME_LABELS}
    timec = next((c for c, s in enumerate(head) if s and c not in (vc, cc, valc) and label_key(s) in time_keys), None)
    when: dict[tuple, list[tuple[tuple, str]]] = {}  # (vendor, package, item) -> (time filled in, the value's address)
    for r in range(h + 1, len(sh.rows)):
        vendor, crit = _text(sh.cell(r, vc)), _text(sh.cell(r, cc))
        val, vcol = value(r)
        if vcol == valc and numc is not None and numc != valc and val.__class__ is str \
                and (gone := _NOT_IN_DOCUMENT_RE.match(val)) is not None:
            # '（原文未找到 Not found in document）；联网检索补充：官网称…': the document says nothing here, and what the tool
            # filled in from elsewhere is no word of the quote (listed)
            if (rest := val[gone.end():].strip(" ；;，,。")):
                res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, vcol), "skip.not_in_document",
                                           f"{crit}: {rest}"[:200]))
            val = None
        if not vendor and not crit and blank(val):
            above = ""
            if any(not blank(x) for x in sh.rows[r]):  # '会议结论：…' under the table: the buyer's, listed
                res.notes.append(Skipped(sh.file, sh.sheet, sh.address(r, 0), "skip.note_row",
                                         " | ".join(_text(x) for x in sh.rows[r] if not blank(x))[:200]))
            continue
        if not vendor and crit and above and not blank(val):
            vendor = above
        if not crit and not vendor and above and last_crit and not blank(val):  # a pivot's item written once over
            vendor, crit = above, last_crit  # its values ('1.4 选配模块' | API开放平台… then | 电子合同模块…)
        if not vendor:
            res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, vc), "skip.no_vendor",
                                       f"{crit}: {_text(val)}"[:200]))
            continue
        if vendor == head[vc] and _repeats_header(sh.rows[r], head):  # the header printed again
            res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, vc), "skip.repeated_header",
                                       " | ".join(_text(x) for x in sh.rows[r] if not blank(x))[:200]))
            continue
        if _BUYER_MODEL_RE.search(vendor):  # '（我方合同范本）': the buyer's own clause to compare with, no vendor
            res.notes.append(Skipped(sh.file, sh.sheet, sh.address(r, vc), "skip.buyer_model",
                                     f"{vendor}: {crit}: {_text(val)}"[:200]))
            continue
        if _ALL_VENDORS_RE.fullmatch(vendor) or _SUMMARY_ROW_RE.fullmatch(vendor) or _SUBTOTAL_RE.search(vendor):
            # '全部供应商 | 平均报价': a statistic; 'XX 汇总' a pivot's subtotal of the rows above
            above = last_crit = ""
            res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, vc), "skip.summary_row",
                                       f"{vendor}: {crit}: {_text(val)}"[:200]))
            continue
        above, last_crit = vendor, crit
        pkg = _text(sh.cell(r, pc)) if pc is not None else ""
        key = (vendor, pkg)
        if key not in groups:
            cells = [RecordCell(_text(sh.cell(h, vc)), sh.cell(r, vc), sh.address(r, vc))]  # under their headers
            if pc is not None:
                cells.append(RecordCell(_text(sh.cell(h, pc)), sh.cell(r, pc), sh.address(r, pc)))
            groups[key] = Record(sh.file, sh.sheet, f"{r + 1}", cells)
        if crit and amc is not None and not blank(sh.cell(r, amc)):  # a money line: its amount, in its role
            rec = groups[key]
            lines = register.money_lines(crit, _text(sh.cell(r, sec)) if sec is not None else "", val,
                                         sh.cell(r, amc), sh.cell(r, taxc) if taxc is not None else None, head[amc],
                                         head[vcol])
            for (label, cell_value, code), col in zip(lines, (amc, vcol)):  # the amount, then the line's words
                rec.cells.append(RecordCell(label, cell_value, sh.address(r, col)))
                if code is not None:
                    rec.fixed[label] = code
            filled.add(key)
        elif crit:
            if numc is not None and vcol != numc and not blank(said := sh.cell(r, numc)) and _text(said).strip() in _text(val) \
                    and (t := match_label(crit).target) is not None and t.code in ("vendor", "package"):
                val, vcol = said, numc  # '供应商名称 | 民乐扁都口数科有限公司 | 报价单位：民乐扁都口数科有限公司（盖章）': the name the words hold
            groups[key].cells.append(RecordCell(crit, val, sh.address(r, vcol)))
            if not blank(val):
                filled.add(key)
                if (key, crit) in items and timec is None:  # the same item registered again, later ('澄清回函' after the
                    groups[key].answered.add(sh.address(r, vcol))  # 报价单): it governs
                items.add((key, crit))
                if timec is not None and _ORAL_TAG not in _text(val) and (
                        stamp := _TIME_PARTS_RE.findall(_text(sh.cell(r, timec)))):  # (only said: never governs)
                    when.setdefault((key, crit), []).append((tuple(int(x) for x in stamp), sh.address(r, vcol)))
            for ac in answer_cols:  # '谈判结果': the vendor's written reply to a requested change, read over its clause
                if not blank(sh.cell(r, ac)):
                    groups[key].cells.append(RecordCell(f"{crit}（{_BRACKETED_RE.sub('', head[ac]).strip() or head[ac]}）",
                                                        sh.cell(r, ac), sh.address(r, ac)))
                    groups[key].answered.add(sh.address(r, ac))
            for nc in note_cols:  # '补充说明' beside an answer says more about the same item
                if not blank(sh.cell(r, nc)):
                    groups[key].cells.append(RecordCell(f"{crit}（{head[nc]}）", sh.cell(r, nc), sh.address(r, nc)))
        elif not blank(val):  # a value without its criterion cannot be placed
            res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, cc), "skip.no_criterion",
                                       f"{vendor}: {_text(val)}"[:200]))
    for (key, _crit), stamped in when.items():  # an item filled in twice: the later governs, wherever its row stands
        if len(stamped) > 1:
            groups[key].answered.add(max(stamped)[1])
    listed = None  # the cells already listed with their reason (another's words, a withdrawn line…)
    for key, rec in groups.items():
        if key in filled:
            res.records.append(rec)
            continue
        if listed is None:
            listed = {s.where for s in res.skipped if s.sheet == sh.sheet and s.file == sh.file}
        if not any(c[2] in listed for c in rec.cells):  # a vendor named with no value at all is not a quote
            res.skipped.append(Skipped(sh.file, sh.sheet, rec.cells[0][2], "skip.no_values",
                                       " | ".join(k for k in key if k)[:200]))
    if not filled:  # a reference-call log: every row another's words, each listed — no quote, and no empty table
        raise QuoteError("err.others_words_only" if listed and any(
            c[2] in listed for rec in groups.values() for c in rec.cells) else "err.headers_only",
            file=sh.file, sheet=sh.sheet)


_NUMBER_RE = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")
_BRACKETED_RE = re.compile(r"[(（\[【][^()（）\[\]【】]*[)）\]】]")  # a header's aside ('（12月3日至4日）')
_TIME_PARTS_RE = re.compile(r"\d+")  # '2025-11-30 11:05' -> 2025, 11, 30, 11, 05: compared as numbers


@lru_cache(maxsize=None)
def _buyer_side_keys() -> tuple[str, ...]:
    return tuple(label_key(w) for w in schema.BUYER_SIDE + ("法务", "审查", "复核", "审核", "assessor", "auditor")
                 if len(label_key(w)) >= 2)
_BUYER_MODEL_RE = re.compile("|".join(map(re.escape, schema.BUYER_MODEL_WORDS)), re.I)
# a row of a long layout about every vendor at once ('全部供应商 | 平均报价'): a statistic, never a quote
_SUBTOTAL_RE = re.compile(r"\S\s+(?:汇总|合计|小计|total)$", re.I)
_ALL_VENDORS_RE = re.compile(r"\s*(?:(?:全部|所有|全体|各)(?:供应商|厂商|厂家|投标人|报价人)|all\s+(?:vendors|suppliers|bidders)|"
                             r"汇总|统计|summary|statistics)\s*", re.I)


_GLOSSARY_WORDS = ("缩写", "术语", "名词解释", "abbreviation", "glossary", "definitions")
_NOTES_SHEET_WORDS = ("说明", "填写说明", "instructions", "instruction", "readme", "read me", "notes", "备注", "封面", "cover",
                      "目录", "contents", "help", "帮助", "使用说明") + _GLOSSARY_WORDS
# A sheet named for quotes ("报价(含说明)", "报价备注版") is read even when its name also holds a notes word.
_QUOTE_SHEET_WORDS = ("报价", "比价", "比选", "对比", "询价", "汇总", "供应商", "厂商", "quote", "quotation", "pricing",
                      "price", "vendor", "bid", "comparison")
_EXAMPLE_WORDS = ("示例", "样例", "范例", "記入例", "记入例", "example", "sample row", "请忽略", "测试数据", "测试问卷", "测试提交", "please ignore",
                  "test entry", "test submission")
# a test submission of a questionnaire ('测试（请忽略）', 'TEST'): no quote
_EXAMPLE_RE = re.compile("|".join(map(re.escape, _EXAMPLE_WORDS)) + r"|^\s*(?:测试|test|dummy)\s*$|"
                         # a template's prompt where the name goes ('（请填写贵司全称）', '[please enter company name]')
                         r"^\s*[（(\[【]\s*(?:请填写|请输入|请填|填写|please (?:enter|fill))[^）)\]】]*[）)\]】]\s*$", re.I)
_URL_RE = re.compile(r"(?:https?://|www\.)\S*|\S+@\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org)\S*", re.I)


def _is_notes_sheet(name: str) -> bool:
    n = name.strip().lower()
    return any(w in n for w in _NOTES_SHEET_WORDS)


def _notes_sheet(sh: RawSheet) -> bool:
    """A notes sheet by its name, or a glossary by its title ('Appendix B – Abbreviations' | 'MLPS | Multi-Level…')."""
    if _is_notes_sheet(sh.sheet):
        return True
    title = next((_text(v) for row in sh.rows[:3] for v in row if not blank(v)), "").lower()
    return len(title) <= 60 and any(w in title for w in _GLOSSARY_WORDS)


_INSTRUCTION_WORDS = ("填写", "请填", "填入", "如：", "例如", "fill in", "enter the", "e.g.")


@lru_cache(maxsize=8192)
def _is_vendor_label(label: object) -> bool:
    t = match_label(label).target
    return bool(t) and t.code == "vendor"


def _vendor_cell(rec: Record) -> tuple[str, str]:
    """(text, address) of a record's first cell under a vendor label (or a label the sheet's layout fixed as the
    vendor's: a tracker's 'Name', a call log's 单位); ('', '') when there is none."""
    fixed = rec.fixed
    first = next((c for c in rec.cells if _is_vendor_label(c[0]) or (fixed and fixed.get(c[0]) == "vendor")), None)
    return (_text(first[1]), first[2]) if first else ("", "")


def _plausible_vendor(name: str) -> bool:
    """A short name, not a sentence: what an instructions sheet's explanations ("供应商全称。每个报价一行。") are not."""
    low = name.lower()
    if 40 < len(name) <= 80 and _COMPANY_SUFFIX_RE.search(name) and not any(ch in name for ch in "。！？；;"):
        return True  # 'Chengdu Jinjiang Credit Software Co., Ltd.': an English company name runs long
    return (0 < len(name) <= 40 and not any(ch in name for ch in "。！？；;") and not _looks_like_note(name)
            and not any(w in low for w in _INSTRUCTION_WORDS))


_COMPANY_SUFFIX_RE = re.compile(r"(?:有限公司|(?<![a-z])(?:co\.?,?\s*ltd\.?|limited|inc\.?|llc|corp(?:oration)?\.?|gmbh|"
                                r"pte\.?\s*ltd\.?|studio))\s*$", re.I)


def _holds_quotes(res: ReadResult, sheet_name: str) -> bool:
    """Whether what a notes-named sheet gave reads as a quote table: several vendors, or a name that also says
    "quotes" — the vendors named in a row or column (never by the sheet's own name) and looking like names."""
    named = [r for r in res.records if r.sheet_vendor is None]
    if not named or len(named) < len(res.records):
        return False
    vendors = [_vendor_cell(rec)[0] for rec in named]
    if not all(_plausible_vendor(v) for v in vendors):
        return False
    if not any(_states_terms(rec) for rec in named):
        return False  # a contents sheet listing the vendors (工作表 | 供应商全称 | 收到日期 | 备注): names, no quote
    return len(set(vendors)) >= 2 or _says_quotes(sheet_name)


def _states_terms(rec: Record) -> bool:
    """Whether a record has a cell labelled for a price, a scored field or a module (not only names, dates, notes)."""
    for c in rec.cells:
        t = match_label(c[0]).target if isinstance(c[0], str) else None
        if t is not None and t.kind != "notes" and t.code not in ("vendor", "package") and not blank(c[1]):
            return True
    return False


def _says_quotes(sheet_name: str) -> bool:
    n = sheet_name.strip().lower()
    return any(w in n for w in _QUOTE_SHEET_WORDS)


# '如下拉选项不能准确反映实际情况，请在“补充说明”中写明，以补充说明为准', a header '补充说明（以此为准）', 'Remarks prevail'
_GOVERN_RE = re.compile(r"(?:补充说明|备注|说明|remarks?|notes?|comments?)[^。\n]{0,12}(?:为准|prevail|govern|take precedence)|"
                        r"以(?:补充说明|备注|说明)[^。\n]{0,4}为准", re.I)


def _notes_govern(sh: RawSheet) -> bool:
    """Whether the sheet says, above or in its header, that its remarks column governs the options chosen."""
    for row in sh.rows[:12]:
        for v in row:
            if v.__class__ is str and ("为准" in v or "prevail" in v or "govern" in v or "precedence" in v) \
                    and _GOVERN_RE.search(v):
                return True
    return False


_ELLIPSIS_RE = re.compile(r"(?:…|\.{3}|。。。)\s*$")
_FULL_TEXT_RE = re.compile(r"全文|完整内容|完整文本|悬停|tooltip|full\s*(?:text|answer|response)", re.I)


def _drop_truncated(sh: RawSheet, res: ReadResult, start: int) -> None:
    """A page copied from a browser: a column the page cut to one line ('功能模块：企业征信查询、…风控…') beside the column
    of its full text pasted by hand ('技术应答全文（悬停提示）'): the cut column is not read (its cells stay in the file),
    and that is said."""
    recs = res.records[start:]
    if not recs or not any(_FULL_TEXT_RE.search(c[0]) for c in recs[0].cells if c[0].__class__ is str):
        return
    counts: dict[str, list[int]] = {}
    for rec in recs:
        for c in rec.cells:
            if c[1].__class__ is str and c[1].strip():
                n = counts.setdefault(c[0], [0, 0])
                n[0] += 1
                n[1] += bool(_ELLIPSIS_RE.search(c[1]))
    cut = {label for label, (n, e) in counts.items() if e * 2 >= n and e and not _FULL_TEXT_RE.search(label)}
    if not cut:
        return
    for rec in recs:
        rec.cells = [c for c in rec.cells if c[0] not in cut]
    for label in cut:
        res.notes.append(Skipped(sh.file, sh.sheet, "", "note.truncated_column", label.replace("\n", " ")[:200]))


def _drop_examples(res: ReadResult, start: int) -> None:
    """A template's example row ("示例科技(示例)") and a summary row ("最低报价", "Average") are not quotes: listed as
    skipped, not scored.

    A vendor cell is text like any other: one starting with "=" (=HYPERLINK("…","点我") typed as text) is a
    name, and a web address in it ("https://example.com") does not make it an example."""
    keep = []
    for rec in res.records[start:]:
        name, address = _vendor_cell(rec)
        if (_EXAMPLE_RE.search(name) and not name.startswith("=")
                and _EXAMPLE_RE.search(_URL_RE.sub(" ", name))):
            res.skipped.append(Skipped(rec.file, rec.sheet, address, "skip.example_row", name))
        elif name and _INSTRUCTION_HEAD_RE.match(name) and sum(
                1 for c in rec.cells[1:] if c[1].__class__ is str and _HOW_TO_FILL_RE.search(c[1])) >= 2:
            # '填写说明：请填写营业执照全称 | 源码买断总价，填阿拉伯数字 | …' under each returned copy's header: how to fill it in
            res.skipped.append(Skipped(rec.file, rec.sheet, address, "skip.instructions_row", name))
        elif name and (_SUMMARY_ROW_RE.fullmatch(name) or len(_COUNT_WORDS_RE.findall(name)) >= 2 or (
                _FIGURE_ONLY_RE.fullmatch(name) and any(c[1].__class__ is str and _SUMMARY_ROW_RE.fullmatch(c[1])
                                                        for c in rec.cells))):
            # 'Participants | Invited 5; accepted 4; declined 1': a count of the vendors, no vendor; an Excel table's
            # totals row ('汇总 | 6 | … | 181500'): its count where the vendor would be
            said = name if not _FIGURE_ONLY_RE.fullmatch(name) else \
                " | ".join(_text(c[1]) for c in rec.cells if not blank(c[1]))[:200]  # the count alone would say nothing
            res.skipped.append(Skipped(rec.file, rec.sheet, address, "skip.summary_row", said))
        else:
            keep.append(rec)
    res.records[start:] = keep


_FIGURE_ONLY_RE = re.compile(r"\s*\d[\d.,]*\s*")
_WORDS_GOVERN_RE = re.compile(r"以大写(?:金额|报价)?为准")
_SECTION_NO = r"(?:议题|事项|标段|分包|包件|第)[一二三四五六七八九十\d]{1,3}(?:包|标段|项)?"
_OWN_SECTION_RE = re.compile(r"本(?:公司|单位|司)(?:的|之)?(?:议题|事项|项目|标段|包)?(?:为|是)\s*[“\"「]?(" + _SECTION_NO + ")")
_NUMBERED_SECTION_RE = re.compile(r"\s*(" + _SECTION_NO + r")\s*[：:、.．]")


def _other_sections(sh: RawSheet, res: ReadResult) -> None:
    """A pack of several companies' purchases one under another (a group committee's 议题一 / 议题二 / 议题三), with a note
    saying which is this buyer's ('本公司议题为“议题二”'): the other sections' rows are listed (`skip.other_party_row`) and
    never read, whoever quoted there."""
    note = next((m for row in sh.rows[:12] for v in row[:2] if v.__class__ is str and (m := _OWN_SECTION_RE.search(v))), None)
    if note is None:
        return
    own = note.group(1)
    titles = [(r, m.group(1)) for r, row in enumerate(sh.rows)
              if sum(1 for v in row if not blank(v)) == 1 and (first := next(v for v in row if not blank(v))).__class__ is str
              and (m := _NUMBERED_SECTION_RE.match(first))]
    if len(titles) < 2 or own not in {t for _r, t in titles}:
        return
    for k, (r0, name) in enumerate(titles):
        if name == own:
            continue
        end = titles[k + 1][0] if k + 1 < len(titles) else len(sh.rows)
        for r in range(r0 + 1, end):
            row = sh.rows[r]
            if sum(1 for v in row if not blank(v)) >= 2:
                res.skipped.append(Skipped(sh.file, sh.sheet, sh.address(r, 0), "skip.other_party_row",
                                           f"{name}: " + " | ".join(_text(v) for v in row if not blank(v))[:180]))
            sh.rows[r] = [None] * len(row)
_CLAUSE_POINTER_RE = re.compile(r"\s*(?:参照|参见|详见|见|按|同|依|依据)\s*(?:补充条款|附加条款|本司条款|我司条款)?\s*第\s*(\d{1,2})\s*条"
                                r"(?:\s*(?:执行|办理|约定|所述|规定))?\s*[。.]?\s*")
_NUMBERED_CLAUSE_RE = re.compile(r"(?:^|(?<=[；;。\n]))\s*(\d{1,2})\s*[、.．)）]\s*")


# a line parting a summary from the vendor's words pasted under it ('—— 原文 ——', '--- Original ---')
_ORIGINAL_MARK_RE = re.compile(r"^\s*[—\-–=_]{2,}\s*(?:原文|原话|供应商原文|original(?: text| wording)?|verbatim)\s*[—\-–=_]{2,}\s*$",
                               re.I | re.M)


def _pointers_and_originals(res: ReadResult, start: int) -> None:
    """Two conventions of a record's own cells, looked for in one pass (a machine export of 10,000 rows has neither):
    a précis above the vendor's words pasted under a marked line, and pointers to the vendor's own numbered clauses."""
    for rec in res.records[start:]:
        marked = pointed = False
        for _l, v, _a in rec.cells:
            if v.__class__ is str:
                if "\n" in v and ("原" in v or "rigin" in v or "erbatim" in v) and _ORIGINAL_MARK_RE.search(v):
                    marked = True
                elif "条" in v and len(v) <= 16 and _CLAUSE_POINTER_RE.fullmatch(v):
                    pointed = True
        if marked:
            _originals_only(rec)
        if pointed:
            _own_clauses(rec)


def _originals_only(rec: Record) -> None:
    """A cell holding someone's précis, then a marked line, then the vendor's reply pasted verbatim ('Our read: CNY 128k
    all-in…\n—— 原文 ——\n报价：系统源码12.8万元（未税）'): the vendor's words are read, the précis is the writer's."""
    rec.cells = [RecordCell(lb, v[m.end():].strip("\n ") or None, a)
                 if v.__class__ is str and (m := _ORIGINAL_MARK_RE.search(v)) is not None else c
                 for c in rec.cells for lb, v, a in (c,)]


def _own_clauses(rec: Record) -> None:
    """A vendor that wrote its own numbered clauses in a cell of its record ('补充条款（…自行增加，第1-5条）' | '1、…；2、维护期内
    负责程序缺陷修复，功能及版本升级需另行报价；…') and pointed to them from the template's cells ('维护范围' | '参照第2条'): each
    pointer is read as the clause it names, from the clause's cell."""
    clauses: dict[int, tuple[str, str]] = {}
    for _label, v, address in rec.cells:
        if v.__class__ is str and len(found := list(_NUMBERED_CLAUSE_RE.finditer(v))) >= 2:
            for i, m in enumerate(found):
                end = found[i + 1].start() if i + 1 < len(found) else len(v)
                clauses.setdefault(int(m.group(1)), (v[m.end():end].strip(" ；;。\n"), address))
    if not clauses:
        return
    cells = list(rec.cells)
    for k, (label, v, _a) in enumerate(cells):
        if v.__class__ is str and len(v) <= 16 and (m := _CLAUSE_POINTER_RE.fullmatch(v)) is not None \
                and (said := clauses.get(int(m.group(1)))) is not None and said[0]:
            cells[k] = RecordCell(label, said[0], said[1])
    rec.cells = cells


def _words_govern(sh: RawSheet, res: ReadResult, start: int) -> None:
    """A sheet whose own words say the amount in words governs ('大小写金额不一致时，以大写金额为准', in a template's 填写说明
    row or a note under the table): each record's 大写 price cell goes before its 小写 one, so that it is the price read
    (a disagreement is still said: warn.prices_disagree)."""
    if len(res.records) == start or not any(v.__class__ is str and "大写" in v and _WORDS_GOVERN_RE.search(v)
                                            for row in sh.rows[:8] + sh.rows[-6:] for v in row):
        return
    for rec in res.records[start:]:
        priced = [k for k, c in enumerate(rec.cells) if c[0].__class__ is str and (t := match_label(c[0]).target) is not None
                  and (t.code == "price_cny" or t.code.startswith("price:"))]
        words = [k for k in priced if "大写" in rec.cells[k][0] and rec.cells[k][1].__class__ is str
                 and re.search(r"[壹贰叁肆伍陆柒捌玖拾佰仟]", rec.cells[k][1])]  # ('同左' points to the 小写: no amount)
        if len(priced) >= 2 and words and words[0] != priced[0]:
            cells = list(rec.cells)
            cells.insert(priced[0], cells.pop(words[0]))
            rec.cells = cells
_HOW_TO_FILL_RE = re.compile(r"填|写明|注明|请|如：|例如|e\.g\.|(?<![a-z])(?:fill|enter|state)(?![a-z])", re.I)
_INSTRUCTION_HEAD_RE = re.compile(r"\s*(?:填写说明|填表说明|填报说明|填写要求|填写提示|填写示范|instructions?|how to fill)\s*[:：]?", re.I)
_LOT_HEAD_RE = re.compile(r"^(?:包号|分包|包件|标段|标包|包名称|分包名称|标段名称|包件名称|lot|lotno|lotname)", re.I)
_OTHER_LOT_RE = re.compile(r"服务器|安全设备|硬件|网络设备|机房|存储设备|防火墙|终端设备|hardware|servers?\b", re.I)


# a business line by the names schema gives it ('个人信用贷', '经营贷', '消费分期' …), as a sheet is named after it
_LINE_NAMES = {s_: b.id for b in schema.BUSINESS_TYPES.values() for s_ in b.synonyms if re.search(r"[\u4e00-\u9fff]", s_)}
_LINE_WORDS = "|".join(map(re.escape, sorted(_LINE_NAMES, key=len, reverse=True)))
_LINE_BOUGHT_RE = re.compile(rf"本次(?:只)?采购[：:]?\s*[“\"]?({_LINE_WORDS})|(?:只|仅)(?:比|看|采购|评)[“\"]?({_LINE_WORDS})[”\"]?")


def drop_other_lines(res: ReadResult) -> None:
    """A workbook of one sheet per business line (个人信用贷 | 商户经营贷 | 消费分期, the same vendors quoting each) whose cover
    says which line is bought ('本次采购：消费分期系统源码（只比“消费分期”一页）'): the other lines' sheets are reference prices,
    listed (`skip.other_line`), never quotes nor earlier rounds of the line bought."""
    lines = {sh.sheet: _LINE_NAMES[sh.sheet.strip()] for sh in res.sheets if sh.sheet.strip() in _LINE_NAMES}
    if len(set(lines.values())) < 2:
        return
    bought = next((_LINE_NAMES[m.group(1) or m.group(2)] for sh in res.sheets for row in sh.rows[:30] for v in row
                   if v.__class__ is str and (m := _LINE_BOUGHT_RE.search(v)) is not None), None)
    if bought is None:
        return
    keep = []
    for rec in res.records:
        if rec.sheet in lines and lines[rec.sheet] != bought:
            name, address = _vendor_cell(rec)
            res.skipped.append(Skipped(rec.file, rec.sheet, address, "skip.other_line", f"{name}: {rec.sheet}"[:200]))
        else:
            keep.append(rec)
    res.records[:] = keep


def drop_other_lots(res: ReadResult, start: int = 0) -> None:
    """A tender of several lots (包1 the loan system, 包2 servers and security devices): a bid for a lot that is
    hardware is no quote for the system — listed, never scored (a vendor bidding on both keeps its system bid)."""
    keep = []
    is_lot: dict = {}  # label -> names a lot (once per label: a 10,000-row table has 40 labels, not 400,000)
    sheets: dict = {}  # (file, sheet) -> whether its first record has a lot column at all
    for rec in res.records[start:]:
        lot = None
        has = sheets.get((rec.file, rec.sheet))
        if has is None:
            has = sheets[(rec.file, rec.sheet)] = any(c[0].__class__ is str and _LOT_HEAD_RE.match(label_key(c[0]))
                                                      for c in rec.cells)
        for c in rec.cells if has else ():
            k = is_lot.get(c[0])
            if k is None:
                k = is_lot[c[0]] = c[0].__class__ is str and bool(_LOT_HEAD_RE.match(label_key(c[0])))
            if k and _OTHER_LOT_RE.search(_text(c[1])):
                lot = _text(c[1])
                break
        if lot is None:
            keep.append(rec)
            continue
        name, address = _vendor_cell(rec)
        res.skipped.append(Skipped(rec.file, rec.sheet, address, "skip.other_lot", f"{name}: {lot}"[:200]))
    res.records[start:] = keep


_COUNT_WORDS_RE = re.compile(r"(?<![a-z])(?:invited|accepted|declined|submitted|received|responded|shortlisted)\s*[:：]?\s*\d+|"
                             r"(?:邀请|接受|放弃|拒绝|提交|收到|回复|应答)\s*[:：]?\s*\d+\s*家", re.I)


def _announce_hidden(sh: RawSheet, res: ReadResult, start: int) -> None:
    """The buyer never saw a hidden sheet, row or column: what was read from one is named in a warning."""
    if len(res.records) == start:
        return
    if sh.hidden:
        res.issues.append(Warning_("warn.very_hidden_sheet" if sh.hidden == "veryhidden" else "warn.hidden_sheet",
                                   sh.file, sh.sheet, "", {"file": sh.file, "sheet": sh.sheet}))
    rows = [r for r in sh.hidden_rows if r < len(sh.rows) and any(not blank(v) for v in sh.rows[r])]
    if rows:
        res.issues.append(Warning_("warn.hidden_rows", sh.file, sh.sheet, "",
                                   {"file": sh.file, "sheet": sh.sheet, "rows": _spans([r + 1 for r in rows]),
                                    "n": len(rows)}))
    cols = [c for c in sh.hidden_cols if any(c < len(row) and not blank(row[c]) for row in sh.rows)]
    if cols:
        res.issues.append(Warning_("warn.hidden_cols", sh.file, sh.sheet, "",
                                   {"file": sh.file, "sheet": sh.sheet, "cols": _spans(cols, col_letter),
                                    "n": len(cols)}))


def _spans(nums: list[int], show=str, most: int = 20) -> str:
    """[3, 4, 5, 9] -> '3–5, 9' (at most `most` spans, then '…')."""
    spans: list[list[int]] = []
    for n in nums:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    out = [show(a) if a == b else f"{show(a)}–{show(b)}" for a, b in spans[:most]]
    return ", ".join(out) + (", …" if len(spans) > most else "")


def read_file(data: bytes, name: str) -> ReadResult:
    """One quote file -> sheets and records (the generic reader: the project's own files are recognised one
    layer up, in core.own_files). Raises QuoteError when nothing usable is in it."""
    from .sandbox import read_sheets as read_sheets_sandboxed  # lazy: core.sandbox's worker imports this module

    return records_from_sheets(read_sheets_sandboxed(data, name), name)


def import_readers() -> None:
    """Imports now the readers records_from_sheets imports when it first needs them (they import this module): a
    caller waiting for a worker's sheets (the CLI) does it while it waits."""
    import importlib

    for name in ("blocks", "formal", "register", "clarifications", "lineitems", "mailbox", "pasted", "stacked",
                 "jielong", "keyvalue", "minutes", "outline", "auction", "diary", "board", "declined", "joins", "fx", "tiers",
                 "letters", "subform", "jsoncells", "codekey", "diffreport", "ocrexport", "reports"):
        importlib.import_module(f"{__package__}.{name}")


_LEFT_OUT = frozenset(("skip.summary_row", "skip.declined", "skip.withdrawn"))  # what a whole-sheet reader lists that looked like a quote


def _read_whole(sh: RawSheet, res: ReadResult, readers: tuple) -> bool:
    """Whether one of `readers` takes the sheet whole (records and the lines it lists, added to `res`): each
    returns (records or one record, listed) or None."""
    for reader in readers:
        got = reader(sh)
        if got is not None:
            records, listed = got
            res.records += records if isinstance(records, list) else [records]
            for s in listed:
                (res.skipped if s.reason in _LEFT_OUT else res.notes).append(s)
            return True
    return False


@dataclass
class _SourcePart(RawSheet):
    """The rows of one source file in a folder's files appended into one sheet (Excel Power Query: Source.Name |
    Column1 | …): read as a sheet of its own, each cell addressed where it stands in the appended sheet."""
    row_of: list[int] = field(default_factory=list)
    col_offset: int = 1

    def address(self, r: int, c: int) -> str:
        return col_letter(c + self.col_offset) + str((self.row_of[r] if 0 <= r < len(self.row_of) else r) + 1)


_SOURCE_HEAD_RE = re.compile(r"^(?:source\.?\s*name|源\.?名称|来源文件|源文件|source file|file ?name|文件名)$", re.I)
_FILE_NAME_RE = re.compile(r"\.(?:xlsx|xlsm|xls|csv|ods|tsv|txt)$", re.I)


def _by_source(sh: RawSheet) -> list[RawSheet] | None:
    """A folder of returned forms appended into one sheet, the first column naming each row's file: one part per
    file (in the order they come), or None for any other sheet."""
    rows = sh.rows
    if not rows or not rows[0] or not _SOURCE_HEAD_RE.match(_text(rows[0][0]).strip()):
        return None
    order: dict[str, list[int]] = {}
    for r in range(1, len(rows)):
        name = _text(rows[r][0]).strip() if rows[r] else ""
        if name:
            order.setdefault(name, []).append(r)
    if len(order) < 2 or not all(_FILE_NAME_RE.search(n) for n in order):
        return None
    return [_SourcePart(sh.file, f"{sh.sheet} › {name}", [list(rows[r][1:]) for r in rs], [], sh.hidden,
                        row_of=rs) for name, rs in order.items()]


_PIVOT_MARK_RE = re.compile(r"^(?:求和项|计数项|平均值项|最大值项|最小值项|sum of|count of|average of)\s*[:：]|^(?:行标签|列标签|"
                            r"row labels|column labels)$|^[(（](?:全部|all|空白|blank)[)）]$", re.I)
_PIVOT_BLANKS = frozenset(("(空白)", "（空白）", "(blank)", "（blank）"))


# a corrected cell whose old content is marked void ('318000（作废） 296000' when the strikethrough was lost)
_VOID_RE = re.compile(r"[ \t\u3000]*[（(]\s*(?:已?作废|已?作廢)\s*[)）]")
_LIST_SEPS = "、，,；;"


def _unvoid(text: str) -> str:
    """The cell as it counts: old content before a '（作废）' mark is void and what follows the mark is read; an item of a
    list marked void leaves the list ('…、电子合同（作废）、风控审批'); a mark at the end voids the cell (or, in a list of
    modules, its last item). A mark quoted in the writer's own words ('标了“（作废）”') is no mark."""
    out, at = text, 0
    while (m := _VOID_RE.search(out, at)) is not None:
        if m.start() > 0 and out[m.start() - 1] in "“\"「‘'" or out[m.end():m.end() + 1] in ("”", "」", "’"):
            at = m.end()
            continue
        before, after = out[:m.start()], out[m.end():]
        if not after.strip(" \u3000\n\t\r"):
            cut = max(before.rfind(c) for c in _LIST_SEPS)
            out = before[:cut] if "、" in before and cut >= 0 else ""
            at = len(out)
        elif after[:1] in _LIST_SEPS:
            cut = max(before.rfind(c) for c in _LIST_SEPS + "\n")
            out = before[:cut + 1] + after[1:] if cut >= 0 else after[1:]
            at = cut + 1 if cut >= 0 else 0
        else:
            out = after.lstrip(" \u3000\n\t\r")
            at = 0
    return out


HAND_ROWS = 2000  # a sheet typed and corrected by hand has at most this many rows; a longer one is probed at its top


def hand_probe(rows: list) -> list:
    """The rows in which a hand-written convention (void marks, '同上' references) must show for the sheet to be read
    for it: all of a short sheet, the first 200 rows of a long export (which nobody corrects cell by cell)."""
    return rows if len(rows) <= HAND_ROWS else rows[:200]


_SAME_AS_REQ_RE = re.compile(r"\s*(?:同要求|同我方要求|同需求|与要求一致|同上述要求)\s*(?:[，,；;。]\s*(?P<more>.+))?", re.S)
_DEVIATION_RE = re.compile(r"\s*(?:偏离|有偏离|负偏离|正偏离)\s*[：:]\s*(?P<dev>.+?)\s*(?P<rest>[；;，,。]\s*其余(?:均)?同要求)?\s*[。]?\s*$", re.S)


_WITHOUT_RE = re.compile(r"(?:不含|不包含|不包括|无|没有|不提供)\s*(\S{2,12}?)(?:模块|功能)?")
_BARE_MEETS_RE = re.compile(r"\s*(?:满足|符合|满足要求|符合要求|完全满足)\s*[。.]?\s*")


def _same_as_requirement(sh: RawSheet) -> list[tuple[str, str]]:
    """A deviation table (我方要求 | each vendor's answer): '同要求' is the requirement's words, '同要求，备案证明…' those words
    and the detail, '偏离：…；其余同要求' the requirement with the deviation after it (the deviation governs), '偏离：…' the
    deviation alone; a bare '满足' stays a claim. Cells rewritten in place; returns (address, as written)."""
    rows = sh.rows
    if len(rows) > 500:
        return []
    for h in range(min(20, len(rows))):
        rc = next((c for c, v in enumerate(rows[h]) if v.__class__ is str and _REQUIREMENT_HEAD.match(label_key(v))), None)
        if rc is not None:
            break
    else:
        return []
    found = []
    for r in range(h + 1, len(rows)):
        req = _text(sh.cell(r, rc)).strip()
        if not req or req in ("—", "-"):
            continue
        for c in range(rc + 1, len(rows[r])):
            v = rows[r][c]
            if v.__class__ is not str:
                continue
            if (m := _SAME_AS_REQ_RE.fullmatch(v)) is not None:
                new = f"{req}；{m.group('more').strip()}" if m.group("more") else req
            elif (m := _DEVIATION_RE.match(v)) is not None:
                dev = m.group("dev").strip()
                if m.group("rest") and (gone := _WITHOUT_RE.fullmatch(dev)) is not None:
                    # '偏离：不含反欺诈模型；其余同要求': the requirement's list without that item
                    new = "、".join(x for x in re.split(r"[、，,；;]", req) if x.strip() and gone.group(1) not in x)
                else:
                    new = f"{req}；{dev}" if m.group("rest") else dev
            elif _BARE_MEETS_RE.fullmatch(v):
                from .reading import MEETS_ONLY_MARK

                new = f"{req}{MEETS_ONLY_MARK}"  # '满足' alone: the requirement said back, a claim until shown
            else:
                continue
            found.append((sh.address(r, c), v))
            rows[r][c] = new
    return found


def _void_marks(sh: RawSheet) -> list[tuple[str, str]]:
    """Cells with old content marked void, rewritten as they count (``_unvoid``); returns (address, original text)."""
    found = []
    if not any(v.__class__ is str and ("作废" in v or "作廢" in v) for row in hand_probe(sh.rows) for v in row):
        return found
    for r, row in enumerate(sh.rows):
        for c, v in enumerate(row):
            if v.__class__ is str and ("作废" in v or "作廢" in v) and _VOID_RE.search(v):
                new = _unvoid(v)
                if new != v:
                    row[c] = new if new.strip() else None
                    found.append((sh.address(r, c), v))
    return found


def _pivot_blanks(sh: RawSheet) -> None:
    """A pivot table pasted as values writes '(空白)' for an empty label or value: it is an empty cell."""
    if not any(v.__class__ is str and _PIVOT_MARK_RE.match(v.strip()) for row in sh.rows[:12] for v in row):
        return
    for row in sh.rows:
        for c, v in enumerate(row):
            if v.__class__ is str and v.strip() in _PIVOT_BLANKS:
                row[c] = None


def _by_register(sh: RawSheet) -> list[RawSheet] | None:
    """A sheet with a clarification register under its table (投标文件摘要, then 澄清问答记录): the table above, and the
    register below it, each read as its own (the register's answers over the bids: core.clarifications). The
    register keeps its rows' places (blank rows stand for the table's), so every address stays the sheet's."""
    from dataclasses import replace as _replace

    from .clarifications import register_below

    r = register_below(sh)
    if r is None:
        return None
    return [_replace(sh, rows=sh.rows[:r]), _replace(sh, rows=[[] for _ in range(r)] + sh.rows[r:], issues=[])]


_SECTION_TITLE_RE = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*\S")


def _by_sections(sh: RawSheet) -> list[RawSheet] | None:
    """A sheet of numbered sections, each a table of the same vendors (一、付款计划: one row per milestone; 二、合同关键条款
    摘要: one row per vendor): each section read as a sheet of its own (rows of the sheet's, every cell at its own
    address), so the tables join by vendor like two sheets; None unless two sections or more open with a header that
    names the vendor."""
    from .formal import _company

    rows = sh.rows
    if len(rows) > 2000:
        return None
    titles, shorts = [], []
    for r, row in enumerate(rows):
        filled = [v for v in row if not blank(v)]
        if len(filled) != 1 or blank(row[0]) or not _SECTION_TITLE_RE.match(_text(row[0])):
            continue
        body = re.sub(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*", "", _text(row[0])).strip()
        if _company(body.split("（")[0].split("(")[0]):
            return None  # '一、甲数科有限公司' over its answers: a block per vendor (stacked), not sections of tables
        head = next((rows[x] for x in range(r + 1, min(r + 3, len(rows))) if any(not blank(v) for v in rows[x])), None)
        if head is not None and sum(1 for v in head if not blank(v)) >= 3 and any(
                not blank(v) and (t := match_label(_text(v)).target) is not None and t.code == "vendor" for v in head):
            titles.append(r)
        elif head is not None and sum(1 for v in head if not blank(v)) >= 3:
            shorts.append((r, [_text(v).strip() for v in head[1:] if not blank(v)]))
    full: dict[tuple[int, int], str] = {}  # (row, column) of a short name over a vendor's column -> the vendor's name
    if titles and shorts:  # a section with the vendors as its columns under short names ('卧龙数科' of 南阳卧龙数科有限公司)
        names = {n for row in rows for v in row if v.__class__ is str and len(v) <= 40 and (n := _company(v))}
        for r, _head in shorts:
            h = next(x for x in range(r + 1, min(r + 3, len(rows))) if any(not blank(v) for v in rows[x]))
            found = {c: owners[0] for c, v in enumerate(rows[h]) if c and v.__class__ is str and 2 <= len(v.strip()) <= 12
                     and len(owners := [n for n in names if v.strip() in n and n != v.strip()]) == 1}
            if len(found) >= 2:
                titles.append(r)
                full.update({(h, c): n for c, n in found.items()})
        titles.sort()
    if len(titles) < 2:
        return None
    bounds = [0] + titles[1:] + [len(rows)]
    parts = [_SourcePart(sh.file, f"{sh.sheet} › 第{a + 1}–{b}行", [list(row) for row in rows[a:b]], sh.issues if a == 0 else [],
                         sh.hidden, row_of=list(range(a, b)), col_offset=0)
             for a, b in zip(bounds, bounds[1:])]
    for (r, c), name in full.items():  # the short name read as the vendor it names (its cell, its address)
        part = next(p for p, a, b in zip(parts, bounds, bounds[1:]) if a <= r < b)
        part.rows[r - part.row_of[0]][c] = name
    return parts


@dataclass
class _PairedPart(RawSheet):
    """A sheet whose rows hold 'label：value' cells in any order (a web form's detail page pasted a cell an item): each
    pair under a column of its label; every cell keeps the address it has in the file."""
    moved: dict = field(default_factory=dict)  # (row, column here) -> column in the file, or (row, column) in it

    def address(self, r: int, c: int) -> str:
        m = self.moved.get((r, c), c)
        return col_letter(m) + str(r + 1) if m.__class__ is int else col_letter(m[1]) + str(m[0] + 1)


_VERSION_SUB_RE = re.compile(r"^\s*(?:v\s*\d|第[一二三\d]\s*版|[一二三初首二终末]次|最终|最新|初版|终版|原版|修订版|版本\s*\d)", re.I)
_FINAL_SUB_RE = re.compile(r"最终|以此为准|为准|最新|终版|final", re.I)
_SAME_AS_VERSION_RE = re.compile(r"^\s*(?:同\s*v\s*\d|同初次|同首次|同上一?版|同第[一二\d]版|未变|无变化|不变)\s*(?:[（(][^）)]*[)）])?\s*$", re.I)


# a row holding what every vendor answered alike ('五家相同', '各家一致', '共同项', 'All vendors'), under its items' header
_COMMON_ROW_RE = re.compile(r"\s*(?:[一二三四五六七八九十两\d]+\s*家|各家|各供应商|所有供应商|全部供应商|所有厂商|全部厂商|以上各家)\s*"
                            r"(?:均|都|全部)?\s*(?:相同|一致|一样)\s*|\s*共同项?\s*|\s*(?:all|every)\s+vendors?\s*", re.I)


def _by_common_row(sh: RawSheet) -> list[RawSheet] | None:
    """A comparison that writes once what every vendor answered alike (a header of items over one row '五家相同 | HTTPS |
    RBAC | …') and then only the items where they differ (a table of the vendors): each common item joins the vendors'
    table as a row (vendors as columns) or a column (vendors as rows), every vendor's cell addressed at the common row's
    cell. None for any other sheet."""
    from .formal import _company

    rows = sh.rows
    if len(rows) > 300:
        return None
    cr = next((r for r in range(1, min(len(rows), 60)) if rows[r] and rows[r][0].__class__ is str
               and _COMMON_ROW_RE.fullmatch(rows[r][0])), None)
    if cr is None:
        return None
    hr = next((r for r in range(cr - 1, -1, -1) if sum(1 for v in rows[r] if not blank(v)) >= 2), None)
    if hr is None:
        return None
    items = [(_text(rows[hr][c]).strip(), rows[cr][c], c) for c in range(1, min(len(rows[cr]), len(rows[hr])))
             if not blank(rows[hr][c]) and not blank(rows[cr][c])]
    if len(items) < 2:
        return None
    vh = next((r for r in range(cr + 1, len(rows)) if sum(1 for v in rows[r][1:] if v.__class__ is str and _company(v)) >= 2),
              None)
    across = vh is not None  # the vendors are the columns of the table below
    if vh is None:
        vh = next((r for r in range(cr + 1, len(rows)) if any(
            v.__class__ is str and (t := match_label(v).target) is not None and t.code == "vendor" for v in rows[r])), None)
    if vh is None:
        return None
    end = next((r for r in range(vh + 1, len(rows)) if all(blank(v) for v in rows[r])), len(rows))
    width = max(len(r) for r in rows)
    keep = [r for r in range(len(rows)) if r not in (hr, cr)]
    out, moved = [], {}
    for r in keep:
        if r == end:
            break
        moved.update({(len(out), c): (r, c) for c in range(width)})
        out.append(list(rows[r]) + [None] * (width - len(rows[r])))
    if across:
        vcols = [c for c in range(1, width) if c < len(rows[vh]) and not blank(rows[vh][c])]
        for label, value, c in items:
            moved[(len(out), 0)] = (hr, c)
            moved.update({(len(out), vc): (cr, c) for vc in vcols})
            out.append([label] + [value if k in vcols else None for k in range(1, width)])
    else:
        head = next(k for k, row in enumerate(out) if moved[(k, 0)][0] == vh)
        for j, (label, value, c) in enumerate(items):
            col = width + j
            for k, row in enumerate(out):
                if k == head:
                    row.append(label)
                    moved[(k, col)] = (hr, c)
                elif k > head and any(not blank(v) for v in row):
                    row.append(value)
                    moved[(k, col)] = (cr, c)
                else:
                    row.append(None)
    for r in range(end, len(rows)):
        moved.update({(len(out), c): (r, c) for c in range(width)})
        out.append(list(rows[r]))
    return [_PairedPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, moved=moved)]


@dataclass
class _VersionedPart(_PairedPart):
    """Vendors as columns, one vendor's column split into its quote's versions (V1 | V2, the final named)."""
    earlier: list = field(default_factory=list)  # (address, text) of the earlier versions' cells, said as such


def _by_versions(sh: RawSheet) -> list[RawSheet] | None:
    """A vendor's name merged over two sub-columns naming versions of its quote ('V1（初次报价）' | 'V2（最终报价，以此为
    准）'): the final version is the vendor's column — its '同V1' cells taking the earlier version's words — and the earlier
    version's cells are listed as an earlier round, never a vendor of their own. None for any other sheet."""
    for (r0, c0), (r1, c1) in sh.merges:
        if r0 != r1 or c1 != c0 + 1 or r0 + 1 >= len(sh.rows) or r0 > 12:
            continue
        a, b = _text(sh.cell(r0 + 1, c0)).strip(), _text(sh.cell(r0 + 1, c1)).strip()
        if not (_VERSION_SUB_RE.match(a) and _VERSION_SUB_RE.match(b)):
            continue
        final, old = (c0, c1) if _FINAL_SUB_RE.search(a) and not _FINAL_SUB_RE.search(b) else (c1, c0)
        rows = [list(r_) for r_ in sh.rows]
        name = _text(sh.cell(r0, c0)) or _text(sh.cell(r0, c1))
        earlier = []
        for r in range(r0 + 1, len(rows)):
            row = rows[r]
            if old >= len(row):
                continue
            v = row[final] if final < len(row) else None
            if v.__class__ is str and _SAME_AS_VERSION_RE.match(v):
                row[final] = row[old]
                said = re.search(r"[（(]([^）)]*)[)）]", v)
                for m in re.finditer(r"([\u4e00-\u9fff]{2,8}?)(?:模块)?(?:已含|已包含|已并入|已纳入)", said.group(1) if said else ""):
                    if row[final].__class__ is str:  # '同V1（银行流水分析已含）': the module is in now, no option
                        row[final] = re.sub(re.escape(m.group(1)) + r"[（(](?:选配|可选|另计)[^）)]*[)）]", m.group(1), row[final])
            if not blank(row[old]):
                earlier.append((sh.address(r, old), _text(row[old])))
            row[old] = None
        rows[r0][final], rows[r0][old] = name, None
        rows[r0 + 1][final] = name  # the sub-header row: the vendor's, as above it
        return [_VersionedPart(sh.file, sh.sheet, rows, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, [],
                               earlier=earlier)]
    return None


_TRIPLE_SPLIT_RE = re.compile(r"\s*[｜|]\s*")


def _by_vendor_blocks(sh: RawSheet) -> list[RawSheet] | None:
    """Vendors as columns, each vendor's name merged over a block of sub-columns (报价 | 合规 | 售后) and each row's label
    naming one item per sub-column ('报价金额 ｜ 等保三级 ｜ 免费维护期'): laid out as one column per vendor, a row per item,
    every value at its own address. None for any other sheet."""
    rows = sh.rows
    spans = sorted(((r0, c0, c1) for (r0, c0), (r1, c1) in sh.merges if r0 == r1 and c1 - c0 == 2 and r0 < 12))
    if len(spans) < 2 or len({r0 for r0, _a, _b in spans}) != 1:
        return None
    h = spans[0][0]
    width = 3
    body = [r for r in range(h + 1, len(rows)) if len(_TRIPLE_SPLIT_RE.split(_text(sh.cell(r, 0)).strip())) == width]
    if len(body) < 3:
        return None
    out: list[list] = [list(r_) for r_ in rows[:h]]
    moved: dict = {}
    head = [sh.cell(h, 0)] + [sh.cell(h, c0) for _r, c0, _c1 in spans]
    out.append(head)
    rows_out_of: list[int] = list(range(h + 1))
    for r in range(h + 1, len(rows)):
        if r not in body:
            out.append([sh.cell(r, 0)] + [sh.cell(r, c0) for _r, c0, _c1 in spans])
            for k, (_r, c0, _c1) in enumerate(spans):
                moved[(len(out) - 1, k + 1)] = (r, c0)
            moved[(len(out) - 1, 0)] = (r, 0)
            continue
        for j, item in enumerate(_TRIPLE_SPLIT_RE.split(_text(sh.cell(r, 0)).strip())):
            out.append([item] + [sh.cell(r, c0 + j) for _r, c0, _c1 in spans])
            moved[(len(out) - 1, 0)] = (r, 0)
            for k, (_r, c0, _c1) in enumerate(spans):
                moved[(len(out) - 1, k + 1)] = (r, c0 + j)
    for k, (_r, c0, _c1) in enumerate(spans):
        moved[(h, k + 1)] = (h, c0)
    return [_PairedPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, (), (), [], moved=moved)]


_UNIT_ROW_HEADS = frozenset(("单位", "计量单位", "unit", "units", "uom"))


def _by_unit_row(sh: RawSheet) -> list[RawSheet] | None:
    """A header with a row of units under it ('单位 | | | 万元 | | % | … | 天 | … | 小时 | 万元/年'): each unit joined to its
    column's label ('日志保存期（天）'), so a bare 730 is read in days; the units row is no quote. None for any other sheet."""
    rows = sh.rows
    for h in range(min(12, len(rows) - 1)):
        nxt = rows[h + 1]
        if not nxt or _text(nxt[0]).strip().lower() not in _UNIT_ROW_HEADS:
            continue
        units = {c: _text(v).strip() for c, v in enumerate(nxt) if c and not blank(v)}
        head = rows[h]
        if len(units) < 2 or not any(v.__class__ is str and (t := match_label(v).target) is not None and t.code == "vendor"
                                     for v in head):
            continue
        out = [list(r_) for r_ in rows]
        for c, u in units.items():
            if c < len(head) and not blank(head[c]) and len(u) <= 8:
                out[h][c] = f"{_text(head[c])}（{u}）"
        out[h + 1] = []
        return [RawSheet(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, sh.merges)]
    return None


_YES_SUB = frozenset(("是", "有", "yes", "y", "具备", "满足"))
_NO_SUB = frozenset(("否", "无", "no", "n", "不具备", "不满足"))
_MARK_RE = re.compile(r"^\s*[√✓✔☑●■xX×✗✘]")


def _by_yes_no_pairs(sh: RawSheet) -> list[RawSheet] | None:
    """A checklist whose yes/no items each stand over a 是 | 否 column pair, the answer a mark in one of them ('√' under
    否 is a no; '√（选配）' under 是 a yes with its words): each pair read as one column answering 是 / 否 with the mark's
    words, at the address of the marked cell; both blank is no answer. None for any other sheet."""
    rows = sh.rows
    if len(rows) > 2000:
        return None
    for h in range(min(12, len(rows) - 1)):
        sub = [_text(v).strip().lower() for v in rows[h + 1]]
        pairs = [c for c in range(len(sub) - 1) if sub[c] in _YES_SUB and sub[c + 1] in _NO_SUB
                 and not blank(sh.cell(h, c))]
        if len(pairs) >= 3:
            break
    else:
        return None
    out = [list(r_) for r_ in rows]
    moved: dict = {}
    for c in pairs:
        out[h][c + 1] = None
        out[h + 1][c] = out[h + 1][c + 1] = None
    for r in range(h + 2, len(rows)):
        row = out[r]
        for c in pairs:
            yes, no = (row[c] if c < len(row) else None), (row[c + 1] if c + 1 < len(row) else None)
            if blank(yes) and blank(no):
                continue
            mark, which = (yes, "是") if not blank(yes) else (no, "否")
            t = _text(mark).strip()
            words = _MARK_RE.sub("", t).strip() if _MARK_RE.match(t) else ("" if t in ("√", "✓") else t)
            row[c] = which + words
            if which == "否":
                moved[(r, c)] = c + 1
            if c + 1 < len(row):
                row[c + 1] = None
    return [_PairedPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, [], moved=moved)]


@dataclass
class _MarkedPart(_PairedPart):
    kept: list = field(default_factory=list)  # (address, reason, text): each vendor's own marks, its words read instead
    label_col: int = -1  # the requirements' column: the vendors' words read like labels, never it


_BUYER_COLUMN_HEAD_RE = re.compile(r"evaluat|internal|reviewer|assessor|buyer|our (?:note|comment)|评审|评委|内部|我方|采购方|"
                                   r"审核意见|核查意见|评估意见", re.I)


def _by_compliance_pairs(sh: RawSheet) -> list[RawSheet] | None:
    """A requirement matrix whose vendors each stand over a 'Compliance | Vendor remarks' column pair ('是否满足 | 响应说明'):
    each pair read as one column of the vendor's words, at the words' address; the vendor's own mark ('Comply',
    '满足') is read only where its words are blank, and the marks are listed. None for any other sheet."""
    rows = sh.rows
    if len(rows) > 2000 or len(rows) < 3:
        return None
    marks = {label_key(x) for x in schema.COMPLIANCE_MARK_HEADS}
    words = {label_key(x) for x in schema.COMPLIANCE_WORDS_HEADS}
    for h in range(min(12, len(rows) - 1)):
        sub = [label_key(_text(v)) if v.__class__ is str else "" for v in rows[h + 1]]
        pairs = [c for c in range(len(sub) - 1) if sub[c] in marks and sub[c + 1] in words
                 and not blank(sh.cell(h, c)) and (blank(sh.cell(h, c + 1)) or _text(sh.cell(h, c + 1)) == _text(sh.cell(h, c)))]
        if len(pairs) >= 2:
            break
    else:
        return None
    gone = {c + 1 for c in pairs}
    width = max(len(r_) for r_ in rows)
    keep = [c for c in range(width) if c not in gone]  # the words' columns fold into their marks' columns
    out = [[r_[c] if c < len(r_) else None for c in keep] for r_ in rows]
    moved: dict = {(r, i): c for r in range(len(rows)) for i, c in enumerate(keep) if i != c}
    kept: list = []
    out[h + 1] = [None] * len(keep)  # the sub-header ('Compliance | Vendor remarks', the header's cells merged down)
    for c in pairs:
        i = keep.index(c)
        shown = []
        for r in range(h + 2, len(rows)):
            said = rows[r][c + 1] if c + 1 < len(rows[r]) else None
            if blank(said):
                continue
            if not blank(out[r][i]):
                shown.append(_text(out[r][i]))
            out[r][i] = said
            moved[(r, i)] = c + 1
        if shown:
            kept.append((col_letter(c), "skip.compliance_mark", f"{_text(sh.cell(h, c))}：{' | '.join(shown)}"[:200]))
    for c in range(pairs[0] + 2, width):  # the buyer's own column beside the vendors' ('Evaluator note (internal)')
        if c in gone or c in pairs or not _BUYER_COLUMN_HEAD_RE.search(_text(sh.cell(h, c))):
            continue
        i = keep.index(c)
        said = [_text(rows[r][c]) for r in range(h + 2, len(rows)) if c < len(rows[r]) and not blank(rows[r][c])]
        for r in range(h, len(rows)):
            out[r][i] = None
        kept.append((col_letter(c), "skip.buyer_note", f"{_text(sh.cell(h, c))}：{' | '.join(said)}"[:200]))
    before = [c for c in range(pairs[0]) if any(not blank(sh.cell(r, c)) for r in range(h + 2, len(rows)))]
    if not before:
        return None
    lc = next((c for c in before if is_long_criterion_label(_text(sh.cell(h, c)))), None)
    if lc is None:  # the column of the longest texts: the requirements ('Req. ID' and 'Priority' beside them are short)
        lc = max(before, key=lambda c: sum(len(_text(sh.cell(r, c))) for r in range(h + 2, len(rows))))
    return [_MarkedPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, [], moved=moved,
                        kept=kept, label_col=keep.index(lc))]


# a pasted mail's separator naming its sender ('——————发件人：临沂蒙山数科有限公司 张经理——————', '=== From: … ==='),
# a line the mail quotes from an earlier one ('> 1. 须已取得等保三级…') and the line that opens the quote ('在 … 写道：')
_SENDER_LINE_RE = re.compile(r"^\s*[—\-=＝_*#~]{2,}\s*(?:发件人|发信人|寄件人|from|sender)\s*[:：]\s*(.+?)\s*[—\-=＝_*#~]{2,}\s*$", re.I)
_MAIL_QUOTE_RE = re.compile(r"^\s*[>＞]")
_MAIL_WROTE_RE = re.compile(r"^\s*(?:在\s*.{4,60}写道\s*[:：]|on .{4,80} wrote\s*:)\s*$", re.I)
_BUYER_SENDER_RE = re.compile(r"^\s*(?:我方|我司|本公司|采购方|甲方|(?:the )?buyer\b)", re.I)
_SENDER_COMPANY_RE = re.compile(r"^\s*(.+?(?:股份有限公司|有限责任公司|有限公司|公司|工作室|集团|co\.,?\s*ltd\.?|ltd\.?|inc\.?))", re.I)


def _by_sender_blocks(sh: RawSheet) -> list[RawSheet] | None:
    """Mails pasted a line a row, each under a separator naming its sender ('——————发件人：XX公司 张经理——————'): one
    part per vendor's mail, its separator read as '供应商：XX公司' and its lines at their own addresses; the lines it
    quotes from earlier mails ('> …', '在 … 写道：') and the buyer's own mail are listed, never read as the vendor's.
    None for any other sheet."""
    rows = sh.rows
    if len(rows) > 3000 or len(rows) < 6:
        return None
    seps = [r for r, row in enumerate(rows) if row and row[0].__class__ is str and ("：" in row[0] or ":" in row[0])
            and _SENDER_LINE_RE.match(row[0])]
    if len(seps) < 2 or any(not blank(v) for row in rows for v in row[1:]):
        return None
    width = max(len(r_) for r_ in rows)
    parts: list[RawSheet] = []
    kept: list = [(sh.address(r, 0), "skip.doc_line", _text(rows[r][0])[:200]) for r in range(seps[0])
                  if rows[r] and not blank(rows[r][0])]
    for k, start in enumerate(seps):
        end = seps[k + 1] if k + 1 < len(seps) else len(rows)
        sender = _SENDER_LINE_RE.match(rows[start][0]).group(1)
        body = [r for r in range(start + 1, end) if rows[r] and not blank(rows[r][0])]
        company = _SENDER_COMPANY_RE.match(sender)
        if _BUYER_SENDER_RE.match(sender) or company is None:
            kept += [(sh.address(r, 0), "skip.buyer_message", _text(rows[r][0])[:200]) for r in [start] + body]
            continue
        out = [[None] * width for _ in rows]
        out[start][0] = f"供应商：{company.group(1).strip()}"
        quoting = False
        for r in body:
            t = _text(rows[r][0])
            if _MAIL_WROTE_RE.match(t):
                quoting = True
            if quoting or _MAIL_QUOTE_RE.match(t):
                kept.append((sh.address(r, 0), "skip.quoted_mail", t[:200]))
                continue
            out[r][0] = rows[r][0]
        parts.append(_MarkedPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, [],
                                 kept=kept))
        kept = []
    if not parts:
        return None
    if kept:
        parts[-1].kept += kept
    return parts


@dataclass
class _ReadWithPart(RawSheet):
    """A vendor's letter sheet (售后服务承诺书) read with the quote sheet of the same workbook: nothing of its own."""


# a vendor's own quote sheet titled by the company ('西安曲江智贷软件有限公司报价单') and its letter of commitments on a sheet
# of its own ('售后服务承诺书', signed by the same company)
_OWN_TITLE_RE = re.compile(r"^\s*(.{2,40}?(?:股份有限公司|有限责任公司|有限公司|公司))\s*(?:[\(（][^)）]*[\)）])?\s*(?:报价单|报价函|报价表|报价)\s*$")
_COMMITMENT_TITLE_RE = re.compile(r"售后服务承诺书|服务承诺书|服务承诺函|承诺书|承诺函")
_CLAUSE_LINE_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d{1,2}[.、．])\s*(.+)$", re.S)


def _own_title(sh: RawSheet) -> tuple[int, str] | None:
    """(row, company) of a title alone on one of the sheet's first three rows naming the company's quote ('西安曲江智贷软件
    有限公司报价单'); None when there is none."""
    for r, row in enumerate(sh.rows[:3]):
        cells = [v for v in row if not blank(v)]
        if len(cells) == 1 and cells[0].__class__ is str and (m := _OWN_TITLE_RE.match(cells[0])) is not None:
            return r, m.group(1)
    return None


def _commitment_sheet(sh: RawSheet, company: str) -> bool:
    """A sheet titled as a letter of commitments whose text names the company."""
    head = " ".join(_text(v) for row in sh.rows[:3] for v in row if not blank(v))[:120]
    return bool(_COMMITMENT_TITLE_RE.search(head) or _COMMITMENT_TITLE_RE.search(sh.sheet)) and any(
        v.__class__ is str and company in v for row in sh.rows for v in row)


# a cell saying the columns or the row it heads are filled in by the buyer ('本社確認欄（ベンダー記入不要）', '总部意见（本社記入）')
_BUYER_FILLS_RE = re.compile(r"ベンダー記入不要|本社記入|本社確認|供应商勿填|供应商不填|供应商无需填写|无需供应商填写|总部填写|总部确认栏|采购方填写|"
                             r"买方填写|甲方填写|(?:for\s+)?(?:buyer|office|internal)\s+use\s+only", re.I)
_STAMP_WORDS = frozenset(("担当", "審査", "承認", "確認", "検印", "作成", "起案", "经办", "审核", "批准", "复核", "审批", "核准"))


def _by_grid_paper(sh: RawSheet) -> list[RawSheet] | None:
    """A form drawn on grid paper (方眼紙: dozens of narrow columns, every label and answer a cell merged across many of
    them): one cell per merged area, the columns between collapsed, each cell at its address in the file. The columns a
    header gives to the buyer ('本社確認欄（ベンダー記入不要）') and the rows it labels so ('本社所見（本社記入）'), and the
    approval stamp boxes (担当 | 審査 | 承認 with the names under them), are the buyer's: listed, never read. None for any
    other sheet."""
    rows = sh.rows
    width = max((len(r) for r in rows), default=0)
    if width < 20 or width > 200 or len(rows) > 400 or not sh.merges:
        return None
    wide = {r0 for (r0, c0), (_r1, c1) in sh.merges if c1 - c0 >= 2}
    filled = [r for r, row in enumerate(rows) if any(not blank(v) for v in row)]
    if len(filled) < 6 or sum(1 for r in filled if r in wide) * 10 < len(filled) * 6:
        return None
    covered: set[tuple[int, int]] = set()  # inside a merged area, not its first cell
    buyer_cols: set[int] = set()
    for (r0, c0), (r1, c1) in sh.merges:
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            covered.update((r, c) for c in range(c0, c1 + 1) if (r, c) != (r0, c0))
        if r0 < 12 and (v := sh.cell(r0, c0)).__class__ is str and _BUYER_FILLS_RE.search(v):
            buyer_cols.update(range(c0, c1 + 1))
    kept: list[tuple[str, str, str]] = []
    dropped: set[tuple[int, int]] = set()
    for r in range(min(len(rows), 4)):  # the stamp boxes and the names stamped under them
        for c, v in enumerate(rows[r]):
            if v.__class__ is str and v.strip() in _STAMP_WORDS:
                for k in (r, r + 1):
                    if k < len(rows) and not blank(sh.cell(k, c)):
                        dropped.add((k, c))
                        kept.append((sh.address(k, c), "skip.doc_line", _text(sh.cell(k, c))))
    anchors: set[int] = set()
    for r, row in enumerate(rows):
        label = next((v for v in row if not blank(v)), None)
        buyer_row = label.__class__ is str and bool(_BUYER_FILLS_RE.search(label)) and not any(
            c in buyer_cols for c, v in enumerate(row) if v is label)
        for c, v in enumerate(row):
            if blank(v) or (r, c) in covered or (r, c) in dropped:
                continue
            if c in buyer_cols or (buyer_row and v is not label):
                dropped.add((r, c))
                kept.append((sh.address(r, c), "skip.buyer_note", _text(v)[:200]))
                continue
            anchors.add(c)
    order = sorted(anchors)
    at = {c: k for k, c in enumerate(order)}
    out, moved = [], {}
    for r, row in enumerate(rows):
        new = [None] * len(order)
        for c, v in enumerate(row):
            if c in at and not blank(v) and (r, c) not in covered and (r, c) not in dropped:
                new[at[c]] = v
                moved[(r, at[c])] = c
        out.append(new)
    return [_ThreadPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, [], moved=moved,
                        kept=kept)]


_BLOCK_TITLE_RE = re.compile(r"^\s*【\s*\d{1,2}\s*】")  # '【2】合江软件_报价及服务说明.xlsx': a pasted document's title
_OWN_REMARK_ROW_RE = re.compile(r"^\s*[\u4e00-\u9fff]{2,4}(?:的)?(?:初步意见|意见|看法|备注|点评|结论)\s*[（(：:]")


def _by_side_blocks(sh: RawSheet) -> list[RawSheet] | None:
    """Vendors' own documents pasted side by side on one sheet, each under a numbered title ('【1】筠连数科_报价单.xlsx（原样
    粘贴）' | … | '【4】资中_报价（微信发来的表格）.xlsx'), the clerk's own comparison column at the right: each block read as the
    sheet it was, every cell at its address; the clerk's column, the note above the titles and her remarks below
    ('吴婷初步意见（…）：…') are hers, and each title names a file (listed). None for any other sheet."""
    rows = sh.rows
    if len(rows) > 500:
        return None
    title = next((r for r in range(min(len(rows), 6)) if sum(1 for v in rows[r] if v.__class__ is str
                                                                and _BLOCK_TITLE_RE.match(v)) >= 2), None)
    if title is None:
        return None
    starts = [c for c, v in enumerate(rows[title]) if v.__class__ is str and _BLOCK_TITLE_RE.match(v)]
    others = [c for c, v in enumerate(rows[title]) if not blank(v) and c not in starts and c > starts[-1]]
    width = max(len(r) for r in rows)
    ends = starts[1:] + ([others[0]] if others else [width])
    kept: list[tuple[str, str, str]] = []
    for r in range(title):
        kept += [(sh.address(r, c), "skip.note_row", _text(v)[:200]) for c, v in enumerate(rows[r]) if not blank(v)]
    for c in others:  # the clerk's own column, every cell of it
        kept += [(sh.address(r, c), "skip.buyer_note", _text(sh.cell(r, c))[:200])
                 for r in range(title, len(rows)) if not blank(sh.cell(r, c))]
    parts: list[RawSheet] = []
    for c0, c1 in zip(starts, ends):
        kept.append((sh.address(title, c0), "skip.doc_line", _text(sh.cell(title, c0))[:200]))  # the pasted file's name
        out = []
        for r in range(title + 1, len(rows)):
            row = [sh.cell(r, c) for c in range(c0, c1)]
            first = next((v for v in row if not blank(v)), None)
            if first.__class__ is str and _OWN_REMARK_ROW_RE.match(first) and sum(not blank(v) for v in row) == 1:
                kept.append((sh.address(r, c0 + row.index(first)), "skip.buyer_note", first[:200]))
                row = [None] * len(row)
            out.append(row)
        parts.append(_SourcePart(sh.file, sh.sheet, out, [], sh.hidden, row_of=list(range(title + 1, len(rows))),
                                 col_offset=c0))
    parts[0].issues = list(sh.issues)
    return [_ThreadPart(sh.file, sh.sheet, [[]], [], kept=kept)] + parts


_CARD_HEADS = frozenset(("姓名", "公司", "单位", "职位", "职务", "手机", "电话", "邮箱", "地址", "网址"))
_CARD_BACK_RE = re.compile(r"名片背面|背面|识别文字|back of (?:the )?card", re.I)
_CARD_OWNER_RE = re.compile(r"^(?:备注|我的备注|分组|标签|创建时间|修改时间|来源|群组|notes?|groups?|tags?|created)$", re.I)


def _by_contact_cards(sh: RawSheet) -> list[RawSheet] | None:
    """A business-card scanner's export (姓名 | 公司 | 职位 | 手机 | 邮箱 | … | 名片背面（识别文字） | 备注 | 分组 | 标签): a rep's
    offer written on the back of his card is the vendor's word; the owner's 备注, 分组 and 标签 are his own (listed, never
    read); two cards of one company are one quote, the second card's back read beside the first's (at its own cell); a
    card with nothing on its back (a lawyer met at the fair) is no quote (listed). None for any other sheet."""
    rows = sh.rows
    if len(rows) > 2000 or not rows:
        return None
    head = [_text(v).strip() for v in rows[0]]
    if sum(1 for k in head if k in _CARD_HEADS) < 4:
        return None
    back = next((c for c, k in enumerate(head) if _CARD_BACK_RE.search(k)), None)
    company = next((c for c, k in enumerate(head) if k in ("公司", "单位")), None)
    if back is None or company is None:
        return None
    owner = {c for c, k in enumerate(head) if _CARD_OWNER_RE.match(k)}
    keep = [c for c in range(len(head)) if c not in owner]
    kept: list[tuple[str, str, str]] = []
    first_of: dict[str, int] = {}  # company -> its first card's row here
    extra: dict[int, list[tuple[int, Any]]] = {}  # that row -> (row in the file, the back) of the company's other cards
    out: list[list] = [[head[c] for c in keep]]
    moved: dict = {(0, k): c for k, c in enumerate(keep)}
    for r in range(1, len(rows)):
        for c in owner:
            if not blank(v := sh.cell(r, c)):
                kept.append((sh.address(r, c), "skip.buyer_note", _text(v)[:200]))
        name, said = _text(sh.cell(r, company)).strip(), sh.cell(r, back)
        if not name and all(blank(sh.cell(r, c)) for c in keep):
            continue
        if blank(said):  # a card with nothing written on its back: a contact, no quote
            kept.append((sh.address(r, company), "skip.no_values",
                         " | ".join(_text(sh.cell(r, c)) for c in keep if not blank(sh.cell(r, c)))[:200]))
            continue
        if name and name in first_of:  # the company's second card: its back beside the first's
            extra.setdefault(first_of[name], []).append((r, said))
            kept.append((sh.address(r, 0), "skip.note_row", " | ".join(
                _text(sh.cell(r, c)) for c in keep if c != back and not blank(sh.cell(r, c)))[:200]))
            continue
        first_of[name] = len(out)
        moved.update({(len(out), k): (r, c) for k, c in enumerate(keep)})
        out.append([sh.cell(r, c) for c in keep])
    if not first_of:
        return None
    more = max((len(v) for v in extra.values()), default=0)
    for n in range(more):  # '名片背面（识别文字）（第2张）': the company's next card, at its own cell
        out[0].append(f"{head[back]}（第{n + 2}张）")
        moved[(0, len(keep) + n)] = back
    for i in range(1, len(out)):
        cards = extra.get(i, [])
        out[i] += [cards[n][1] if n < len(cards) else None for n in range(more)]
        for n, (r, _said) in enumerate(cards):
            moved[(i, len(keep) + n)] = (r, back)
    return [_ThreadPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, [], moved=moved,
                        kept=kept)]


def _by_own_quote_sheet(sh: RawSheet, sheets: list) -> list[RawSheet] | None:
    """One vendor's own 报价单 titled by its company: a table of one or two product rows (产品名称 | 版本 | 包含功能模块 |
    报价（元） | 备注), then 'label | value' rows (等保 | …) — laid out as the vendor's one form (label | value), each value
    at its own cell; the clauses of its 售后服务承诺书 on another sheet of the workbook, signed by the same company, are its
    words too (that sheet is then read with it). A letter sheet read so gives an empty part. None for any other sheet."""
    rows = sh.rows
    if len(rows) > 200 or len(sheets) > 6:
        return None
    titled = _own_title(sh)
    if titled is None:
        for other in sheets:  # this sheet may be the letter read with another sheet's quote
            if other is not sh and (quoted := _own_title(other)) is not None and _commitment_sheet(sh, quoted[1]):
                return [_ReadWithPart(sh.file, sh.sheet, [], sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, [])]
        return None
    t0, company = titled
    wide = [(r, [c for c, v in enumerate(row) if not blank(v)]) for r, row in enumerate(rows)]
    h = next((r for r, cs in wide if r > t0 and len(cs) >= 3 and all(rows[r][c].__class__ is str for c in cs)
              and any((tg := match_label(_text(rows[r][c])).target) is not None and tg.code in ("price_cny", "features")
                      for c in cs)), None)
    if h is None:
        return None
    data = []
    for r in range(h + 1, len(rows)):
        cs = wide[r][1]
        if len(cs) >= 3:
            data.append(r)
        elif data or cs:
            break
    pairs = [r for r, cs in wide if r > h and r not in data and len(cs) == 2 and cs[0] == 0
             and rows[r][0].__class__ is str and len(_text(rows[r][0])) <= 12]
    if len(data) != 1 or len(pairs) < 3 or any(re.search(r"数量|单价|金额|序号|小计|合计|(?<![a-z])(?:qty|quantity|unit price|amount|no\.?)(?![a-z])",
                                                             _text(rows[h][c]), re.I) for c in wide[h][1]):
        return None  # (a table of line items with its 合计 is read as one: core.formal)
    out: list[list] = [["供应商", company]]
    moved: dict = {(0, 1): (t0, wide[t0][1][0]), (0, 0): (t0, wide[t0][1][0])}
    for r in data:
        for c in wide[h][1]:
            if not blank(sh.cell(r, c)):
                moved[(len(out), 0)] = (h, c)
                moved[(len(out), 1)] = (r, c)
                out.append([_text(rows[h][c]), rows[r][c]])
    for r in pairs:
        moved[(len(out), 0)] = (r, 0)
        moved[(len(out), 1)] = (r, wide[r][1][1])
        out.append([rows[r][0], rows[r][wide[r][1][1]]])
    for other in sheets:
        if other is sh or not _commitment_sheet(other, company):
            continue
        for r, row in enumerate(other.rows):
            for c, v in enumerate(row):
                if v.__class__ is str and (m := _CLAUSE_LINE_RE.match(v)) is not None:
                    out.append([f"售后服务承诺（{other.sheet}）", m.group(1)])  # the clause whole: '终身免费维护：…' says
                    # the boast in its head
                    moved[(len(out) - 1, 0)] = moved[(len(out) - 1, 1)] = (r, c)  # its cell on the sheet the label names
    part = _PairedPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, [], moved=moved)
    return [part]


_ROW_KIND_HEAD_RE = re.compile(r"^(?:行别|行类别|行类型|类别|答复类别|回复类型|内容类别)$")


def _by_row_kinds(sh: RawSheet) -> list[RawSheet] | None:
    """Each vendor over two rows of different kinds under two header rows (行别 商务 | 技术: the first row answers the
    first header — 报价金额 | 计税方式 | … —, the second the second — 功能模块 | 等保 | …): one row per vendor, the two rows'
    answers under their own headers side by side, each value keeping its cell's address. None for any other sheet."""
    rows = sh.rows
    if len(rows) > 2000:
        return None
    for h, row in enumerate(rows[:12]):
        kc = next((c for c, v in enumerate(row) if v.__class__ is str and _ROW_KIND_HEAD_RE.match(v.strip())), None)
        if kc is not None and h + 1 < len(rows):
            break
    else:
        return None
    head, second = rows[h], rows[h + 1]
    vc = next((c for c, v in enumerate(head) if v.__class__ is str and (t := match_label(v).target) is not None
               and t.code == "vendor"), None)
    # the columns the second header names for itself (a cell merged down both header rows repeats the first's)
    own = [c for c in range(len(second)) if c > kc and not blank(second[c]) and _text(second[c]) != _text(sh.cell(h, c))]
    if vc is None or len(own) < 3 or any(not blank(second[c]) and _text(second[c]) != _text(sh.cell(h, c))
                                         for c in range(kc + 1)):
        return None
    kinds = [_text(sh.cell(r, kc)).strip() for r in range(h + 2, len(rows))]
    named = [k for k in dict.fromkeys(kinds) if k]
    if len(named) != 2:
        return None
    first_kind, second_kind = named
    width = max(len(r_) for r_ in rows[h:])
    extra = [c for c in own]
    out = [list(r_) for r_ in rows]
    moved: dict = {}
    new_head = [(_text(v) if c != kc else None) for c, v in enumerate(head)] + [None] * (width - len(head))
    new_head += [_text(second[c]) for c in extra]
    out[h] = new_head
    out[h + 1] = []
    r = h + 2
    while r < len(rows):
        if _text(sh.cell(r, kc)).strip() == first_kind and r + 1 < len(rows) and _text(sh.cell(r + 1, kc)).strip() == second_kind:
            row = list(rows[r]) + [None] * (width - len(rows[r]))
            row[kc] = None
            add = []
            for k, c in enumerate(extra):
                v = sh.cell(r + 1, c)
                add.append(v)
                moved[(r, width + k)] = (r + 1, c)
            out[r] = row + add
            out[r + 1] = []
            r += 2
            continue
        r += 1
    return [_PairedPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, (), [], moved=moved)]


_MD_ROW_RE = re.compile(r"^\s*\|(.+)\|\s*$")
_MD_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def _by_markdown(sh: RawSheet) -> list[RawSheet] | None:
    """A Markdown table pasted a line a row into one column (an AI assistant's answer: '| 序号 | 服务商 | 报价 | … |', a
    '| --- |' rule, '**bold**' names, '<br>' inside cells): the table's rows split into cells, each cell keeping the address
    of the line it came from; the lines around it stay as they are. None for any other sheet."""
    rows = sh.rows
    if len(rows) > 2000 or any(len([v for v in row if not blank(v)]) > 1 for row in rows[:40]):
        return None
    lines = [(r, row[0]) for r, row in enumerate(rows) if row and row[0].__class__ is str]
    rule = next((k for k, (_r, t) in enumerate(lines) if _MD_RULE_RE.match(t)), None)
    if rule is None or rule == 0 or not _MD_ROW_RE.match(lines[rule - 1][1]):
        return None
    out = [list(row) for row in rows]
    moved: dict = {}
    k = rule - 1
    while k < len(lines) and (_MD_ROW_RE.match(lines[k][1]) or _MD_RULE_RE.match(lines[k][1])):
        r, t = lines[k]
        if _MD_RULE_RE.match(t):
            out[r] = []  # the rule under the header: no row of the table
        else:
            cells = [re.sub(r"\*\*|__", "", re.sub(r"<br\s*/?>", "\n", c, flags=re.I)).strip()
                     for c in _MD_ROW_RE.match(t).group(1).split("|")]
            out[r] = cells
            moved.update({(r, c): 0 for c in range(len(cells))})
        k += 1
    if k - rule < 2:
        return None  # a header and a rule, no rows
    return [_PairedPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, (), [], moved=moved)]


_PAIR_CELL_RE = re.compile(r"^\s*([^:：\n]{2,16}?)\s*[:：]\s*(\S.*)$", re.S)


def _by_pairs(sh: RawSheet) -> list[RawSheet] | None:
    """Rows of a table whose cells after the vendor's are 'label：value' pairs, each row in its own order ('报价金额(元)：
    256,000' | '等保级别：三级…' | …, pasted from an inquiry platform's detail page): the pairs laid out under one column per
    label, the columns before them kept; None for any other sheet."""
    rows = sh.rows
    if len(rows) > 2000:
        return None
    for h, row in enumerate(rows[:10]):
        heads = [v for v in row if not blank(v)]
        if sum(1 for v in heads if v.__class__ is str and len(v) <= 12 and "：" not in v and ":" not in v) * 2 < len(heads):
            continue  # a page's own row ('https://…' | '报价列表 - 桂采云供应商协同平台' | …) is no header
        vc = next((c for c, v in enumerate(row) if v.__class__ is str and len(v) <= 20
                   and (t := match_label(v).target) is not None and t.code == "vendor"), None)
        if vc is not None:
            break
    else:
        # no vendor column: a scraper's own columns ('字段1 | 字段2 | …') over page elements that each carry their label,
        # the vendor among them ('供应商： 恭城瑶乡网络科技有限公司') — every column may hold a pair
        h, vc = 0, -1
        if not any(v.__class__ is str and (m := _PAIR_CELL_RE.match(v)) is not None
                   and (t := match_label(m.group(1).strip()).target) is not None and t.code == "vendor"
                   for row in rows[1:12] for v in row):
            return None
    sample = [v for row in rows[h + 1:h + 6] for c, v in enumerate(row) if c > vc and v.__class__ is str and ("：" in v or ":" in v)]
    if len(sample) < 6:  # the first rows tell: most sheets are no pasted pairs, and are not read twice
        return None
    paired: dict[int, list[tuple[int, str, str]]] = {}
    for r in range(h + 1, len(rows)):
        pairs = []
        filled = 0
        for c, v in enumerate(rows[r]):
            if c <= vc or blank(v):
                continue
            filled += 1
            m = _PAIR_CELL_RE.match(v) if v.__class__ is str else None
            if m is not None and not re.search(r"\d$", m.group(1)) and not m.group(2).startswith("//"):
                # ('9:00' is a time, no label; 'https://…' an address)
                pairs.append((c, m.group(1).strip(), m.group(2).strip()))
        if len(pairs) >= 3 and len(pairs) * 10 >= filled * 6 or vc < 0 and len(pairs) >= 2 and len(pairs) * 2 >= filled:
            paired[r] = pairs  # (a page with few elements — a list page's '最低报价：…' — is laid out too: it names no vendor)
    if len(paired) < 2 or sum(1 for ps in paired.values() for _c, lb, _v in ps if match_label(lb).target is not None) < 6:
        return None
    start = min(c for ps in paired.values() for c, _l, _v in ps)
    labels: list[str] = []
    for ps in paired.values():
        for _c, lb, _v in ps:
            if lb not in labels:
                labels.append(lb)
    width = start + len(labels)
    out = [list(row[:start]) + [None] * (width - min(len(row), start)) for row in rows]
    out = [row[:width] + [None] * (width - len(row)) for row in out]
    out[h][start:width] = labels
    moved: dict = {}
    for r, ps in paired.items():
        for c, lb, v in ps:
            k = start + labels.index(lb)
            if out[r][k] is None:
                out[r][k] = v
                moved[(r, k)] = c
    for r, row in enumerate(rows):  # a row of no pairs keeps its cells where they stand (a note, the sign-off)
        if r not in paired and r != h:
            # (under a scraper's columns they stand under no label: one line of the page, listed)
            out[r] = list(row) if vc >= 0 or r < h else \
                [" | ".join(_text(v) for v in row if not blank(v))] + [None] * (width - 1)
    return [_PairedPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, (), [], moved=moved)]


@dataclass
class _CodedPart(RawSheet):
    """The table of a sheet whose bidders are known by code, the codes named by the key under it (core.codekey)."""
    key: dict = field(default_factory=dict)


@dataclass
class _KeyedPart(RawSheet):
    """A sheet written out by its own key of abbreviations (core.abbrev)."""


def _by_abbreviations(sh: RawSheet) -> list[RawSheet] | None:
    """A sheet whose cells are the writer's shorthand, its key (缩写 | 含义) above the table: the cells written out."""
    if len(sh.rows) > 2000 or not any(v.__class__ is str and v.strip() in ("缩写", "简写", "简称", "代号", "记号")
                                      for row in sh.rows[:40] for v in row[:3]):
        return None
    from .abbrev import expand

    done = expand(sh)
    if done is None:
        return None
    return [_KeyedPart(done.file, done.sheet, done.rows, done.issues, done.hidden, done.hidden_rows, done.hidden_cols,
                       done.merges)]


@dataclass
class _LinesPart(_PairedPart):
    """A memo-like comparison laid out again with the vendors as columns (core.vendor_lines); its key of short names."""
    key: dict = field(default_factory=dict)


def _by_vendor_lines(sh: RawSheet) -> list[RawSheet] | None:
    """One row per criterion, every vendor's answer a line of one cell opened by its short name ('青秀：21.8万元，含税'),
    a key of short names above: the vendors as columns, each value at the cell it was written in. None otherwise."""
    if len(sh.rows) > 500 or not any(v.__class__ is str and "简称" in v for row in sh.rows[:40] for v in row):
        return None
    from .vendor_lines import laid_out

    done = laid_out(sh)
    if done is None:
        return None
    rows, moved, key = done
    return [_LinesPart(sh.file, sh.sheet, rows, sh.issues, sh.hidden, moved=moved, key=key)]


@dataclass
class _NumberedPart(_PairedPart):
    """A questionnaire's numbered answers laid out again, a column per question (core.numbered_answers)."""
    questions: int = 0


def _by_numbered_answers(sh: RawSheet) -> list[RawSheet] | None:
    """Numbered questions down column A ('1) 报价总额' …) and each vendor's answers numbered alike in one cell: the vendors
    as rows, a column per question, each answer at the cell it was copied into. None for any other sheet."""
    if len(sh.rows) > 500 or sum(1 for row in sh.rows[:80] if row and row[0].__class__ is str
                                 and row[0][:1].isdigit() and ("）" in row[0][:4] or ")" in row[0][:4])) < 5:
        return None
    from .numbered_answers import laid_out

    done = laid_out(sh)
    if done is None:
        return None
    rows, moved, n = done
    return [_NumberedPart(sh.file, sh.sheet, rows, sh.issues, sh.hidden, moved=moved, questions=n)]


_DATE_HEAD_RE = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


_CHANNEL_LEAD_RE = re.compile(r"^\s*(?P<ch>邮件|微信|短信|电话|钉钉|企业微信|QQ|书面|口头|现场|面谈)(?P<what>[^：:，,。；;\d]{0,6})[：:]\s*")


def _day_words(text: str) -> tuple[str, str]:
    """What a vendor wrote one day, as the log's writer excerpted it ('邮件报价：合计31.8万元（含税），含…；维保期满后年费2.8万元/年。
    等保三级测评中…'): the channel it came by, and the words a clause a line, the first under what the lead names when that is
    a term ('邮件报价：' is the price, '微信：', '邮件答复资质：' name nothing)."""
    m = _CHANNEL_LEAD_RE.match(text)
    if m is None:
        return "", text
    what = m.group("what").strip()
    t = match_label(what).target if what else None
    head = f"{what}：" if t is not None and t.kind in ("field", "price") else ""
    clauses = [x.strip() for x in re.split(r"(?<=[。；;])", text[m.end():]) if x.strip()]
    if head and clauses and (t.kind == "price" or t.code == "price_cny"):
        # '合计31.8万元（含税），含企业征信查询、…': the price, then the modules it holds
        from .parse import match_feature

        price, *rest = re.split(r"(?<=[)）元万])\s*(?:全功能版|标准版|全包)?\s*[，,]\s*", clauses[0], maxsplit=1)
        clauses[:1] = [price, *(f"功能模块：{x}" if any(match_feature(y) for y in re.split(r"[、，,；;]", x)) else x for x in rest)]
    return m.group("ch"), "\n".join([head + clauses[0], *clauses[1:]] if clauses else [])


def _by_dated_columns(sh: RawSheet) -> list[RawSheet] | None:
    """A follow-up log: one row per vendor, one column per day of contact ('11-20 | 11-25 | 12-01') holding what the
    vendor wrote that day. Laid out as the mailbox it amounts to (a message per day and vendor, at its own cell) and read by
    core.mailbox, so that on any topic the latest day's word governs ('合计31.8万' on 11-20, '优惠后合计29.8万' on 12-01);
    the row's other cells and the lines around the table are listed. None otherwise."""
    rows = sh.rows
    if len(rows) > 500:
        return None
    for h in range(min(15, len(rows))):
        dated = [(c, (int(m.group(1)), int(m.group(2)))) for c, v in enumerate(rows[h])
                 if v.__class__ is str and (m := _DATE_HEAD_RE.match(v))]
        if len(dated) >= 2:
            break
    else:
        return None
    vc = next((c for c, v in enumerate(rows[h]) if v.__class__ is str and (t := match_label(v).target) is not None
               and t.code == "vendor"), None)
    if vc is None:
        return None
    days = sorted(dated, key=lambda x: x[1])  # oldest first: the mailbox reader takes the latest as governing
    out: list[list] = [["供应商", "发件人", "发送时间", "主题", "正文", "IsSender", "沟通方式"]]
    moved: dict = {(0, k): (h, vc) for k in range(7)}
    kept: list = []
    ended = False  # past the blank line under the table: the writer's conclusion and notes
    for r, row in enumerate(rows):
        if r == h:
            continue
        if all(blank(v) for v in row):
            ended = ended or (r > h and len(out) > 1)
            continue
        name = sh.cell(r, vc)
        if r < h or ended or blank(name) or _looks_like_note(_text(name)):
            kept.append((sh.address(r, 0), "skip.note_row", " | ".join(_text(v) for v in row if not blank(v))))
            continue
        for c, _d in days:
            if blank(sh.cell(r, c)):
                continue
            k = len(out)
            channel, words = _day_words(_text(sh.cell(r, c)))
            out.append([name, _text(name), _text(rows[h][c]), "", words, "0", channel])
            moved.update({(k, j): (r, c) for j in range(7)})
            moved[(k, 0)] = (r, vc)
        kept += [(sh.address(r, c), "skip.notes_column", f"{_text(rows[h][c])}: {_text(v)}") for c, v in enumerate(row)
                 if c != vc and c not in dict(days) and not blank(v) and label_key(_text(rows[h][c])) not in _INDEX_LABELS]
    # What a vendor wrote that day is words: a plan's calendar ('8/25 | 9/1', '■' under the weeks worked) is no log.
    if len(out) < 3 or sum(len(_text(b[4]).strip()) >= 6 for b in out[1:]) * 3 < (len(out) - 1) * 2:
        return None
    return [_ThreadPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, moved=moved, kept=[(a, rs, t) for a, rs, t in kept])]


@dataclass
class _ThreadPart(_PairedPart):
    """A comparison whose vendors' mail threads are pasted a cell each, laid out as its mailbox (core.threads)."""
    kept: list = field(default_factory=list)  # (address, reason, text) of the buyer's own cells and lines around the threads


def _by_mail_threads(sh: RawSheet) -> list[RawSheet] | None:
    """A row per vendor, its whole mail thread pasted in one cell ('------------------ 原始邮件 ------------------'): the
    sheet as the mailbox it came from, one row per message at the thread's cell. None for any other sheet."""
    if len(sh.rows) > 500 or not any(v.__class__ is str and "原始邮件" in v or v.__class__ is str and "Original Message" in v
                                     for row in sh.rows[:60] for v in row):
        return None
    from .threads import as_mailbox

    return _thread_part(sh, as_mailbox(sh))


def _by_price_books(sh: RawSheet) -> list[RawSheet] | None:
    """Vendors' price books stacked a block each ('一、XX公司　《…价目表》'), the buyer's scale above them: a row per
    vendor priced by the tier the buyer's size falls in, the other tiers listed (core.pricebooks). None for any other
    sheet."""
    if len(sh.rows) > 2000 or not any(v.__class__ is str and ("价目表" in v or "价格表" in v or "报价标准" in v
                                                               or "收费标准" in v or "price list" in v.lower())
                                      for row in sh.rows[:200] for v in row[:2]):
        return None
    from .pricebooks import as_table as books_as_table

    return _thread_part(sh, books_as_table(sh))


def _by_pricing_options(sh: RawSheet) -> list[RawSheet] | None:
    """A list of pricing options a row each (Vendor | Pricing model | Applies to | One-off charge | Recurring charge |
    VAT): a row per vendor priced by its buy-out at the buyer's size plus its one-off services, the subscriptions, the
    charges for use and the other sizes listed (core.pricingoptions). None for any other sheet."""
    if len(sh.rows) > 3000 or not any(v.__class__ is str and len(v) <= 40 and _PRICING_MODEL_RE.search(v)
                                      for row in sh.rows[:12] for v in row):
        return None
    from .pricingoptions import as_table as options_as_table

    return _thread_part(sh, options_as_table(sh))


_PRICING_MODEL_RE = re.compile(r"^\s*(?:pricing|charging|price|licen[cs]ing)\s+(?:model|type|option)s?\b|计价方式|计费方式|收费模式",
                               re.I)


# a joint purchase's long register: the company each row applies to ('适用主体 | 两家通用 / 库车公司（牵头方） / 温宿公司')
_ENTITY_HEAD_RE = re.compile(r"^\s*(?:适用主体|适用公司|适用对象|适用单位|适用法人|所属主体|applies to(?: entity| company)?)\s*$", re.I)
_EVERY_ENTITY_RE = re.compile(r"通用|共同|均适用|全部|[两各]家|所有|共用|all\b|both\b|every", re.I)
_OWN_ENTITY_RE = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,12}?)\s*[（(]\s*(?:本公司|我司|我公司|本单位)\s*[)）]")


_PRICE_WORD_RE = re.compile(r"报价|价格|总价|金额|price|quote", re.I)
_PARTY_WORD_RE = re.compile(r"公司|牵头|主体|集团|分行|子公司|[（(][^）)]{1,12}[）)]")


def _own_entity_prices(header: list[str]) -> dict[str, str]:
    """A price column per company of a joint purchase ('库车公司（牵头方）配置报价 | 温宿公司（本公司）配置报价'): the one
    marked as this buyer's is the price, another company's is kept beside it, never read."""
    own = [c for c, s in enumerate(header) if s and _OWN_ENTITY_RE.search(s) and _PRICE_WORD_RE.search(s)]
    if len(own) != 1:
        return {}
    out = {header[own[0]]: "price_cny"}
    for c, s in enumerate(header):
        if c != own[0] and s and _PRICE_WORD_RE.search(s) and _PARTY_WORD_RE.search(s) and not _OWN_ENTITY_RE.search(s):
            out[s] = ""
    return out


def _own_entity(sh: RawSheet, sheets: list) -> str | None:
    """This buyer's own name among the companies of a joint purchase, as its workbook marks it ('温宿公司（本公司）')."""
    for other in [sh, *sheets]:
        if other.file != sh.file:
            continue
        for row in other.rows[:60]:
            for v in row:
                if v.__class__ is str and ("本公司" in v or "我司" in v or "我公司" in v or "本单位" in v) \
                        and (m := _OWN_ENTITY_RE.search(v)) is not None:
                    return m.group(1)
    return None


def _by_entity_rows(sh: RawSheet, sheets: list) -> list[RawSheet] | None:
    """A joint purchase's register whose rows each say the company they apply to (适用主体): the rows for this buyer and
    for every company are read, each vendor's name carried down its merged rows; a row for another company alone (the
    lead's own deployment) is listed, never read. None for any other sheet, or when the workbook does not say which
    company is this buyer."""
    if len(sh.rows) > 3000:
        return None
    h = next((r for r, row in enumerate(sh.rows[:12]) for v in row if v.__class__ is str and _ENTITY_HEAD_RE.match(v)), None)
    if h is None:
        return None
    header = [_text(v) for v in sh.rows[h]]
    ec = next(c for c, s in enumerate(header) if _ENTITY_HEAD_RE.match(s))
    vc = next((c for c, s in enumerate(header) if s and (t := match_label(s).target) is not None and t.code == "vendor"), None)
    ours = _own_entity(sh, sheets)
    if vc is None or ours is None:
        return None
    key = re.sub(r"(?:分公司|公司|小贷|小额贷款有限公司)$", "", ours) or ours
    rows, moved, kept, last = [list(r) for r in sh.rows[:h + 1]], {}, [], {}
    for r in range(h + 1):
        for c in range(len(sh.rows[r])):
            moved[(r, c)] = (r, c)
    for r in range(h + 1, len(sh.rows)):
        row = list(sh.rows[r])
        for c in (vc, 0):  # the vendor (and its number) merged down its rows
            if c < len(row) and blank(row[c]) and c in last and any(not blank(v) for v in row):
                row[c] = last[c]
            elif c < len(row) and not blank(row[c]):
                last[c] = row[c]
        who = _text(row[ec]) if ec < len(row) else ""
        if who.strip() and not _EVERY_ENTITY_RE.search(who) and key not in who:
            kept.append((r, ec, "skip.other_party_row", " | ".join(_text(v) for v in row if not blank(v))[:200]))
            continue
        rows.append(row)
        for c in range(len(row)):
            moved[(len(rows) - 1, c)] = (r, c)
    if not kept:
        return None
    return _thread_part(sh, (rows, moved, kept))


def _by_plan_blocks(sh: RawSheet) -> list[RawSheet] | None:
    """A finance department's payment plan, a block per vendor ('方案一：XX公司'), each quoting the vendor's words once: a
    table of those words, the department's arithmetic listed (core.planblocks). None for any other sheet."""
    if len(sh.rows) > 2000 or not any(v.__class__ is str and "方案" in v for row in sh.rows[:20] for v in row[:2]):
        return None
    from .planblocks import as_table

    return _thread_part(sh, as_table(sh))


def _thread_part(sh: RawSheet, done: tuple | None) -> list[RawSheet] | None:
    """A sheet laid out again as a mailbox (rows, moved addresses, the buyer's cells around it) as the one part to read."""
    if done is None:
        return None
    rows, moved, others = done
    kept = [(sh.address(r, c), reason, text) for r, c, reason, text in others]
    return [_ThreadPart(sh.file, sh.sheet, rows, sh.issues, sh.hidden, moved=moved, kept=kept)]


def _by_work_reports(sh: RawSheet) -> list[RawSheet] | None:
    """A work-report tool's export (企业微信 汇报: 汇报人 | 提交时间 | 今日工作 | 供应商书面答复（粘贴原文） | 回复): the vendors'
    words pasted into the reports, laid out as a mailbox of the vendors' messages (core.reports). None for any other
    sheet."""
    if len(sh.rows) > 3000 or not any(v.__class__ is str and "汇报" in v for row in sh.rows[:6] for v in row):
        return None
    from .reports import as_mailbox as reports_as_mailbox

    return _thread_part(sh, reports_as_mailbox(sh))


def _by_task_log(sh: RawSheet) -> list[RawSheet] | None:
    """A project tool's task export (任务名称 | 任务状态 | 关联供应商 | 任务描述 | 历史记录): the vendors' words copied into the
    tasks, laid out as a mailbox of the vendors' messages and the staff's own (core.tasklog). None for any other sheet."""
    if len(sh.rows) > 3000 or not any(v.__class__ is str and ("任务" in v or v.strip().lower() in ("summary", "title", "status"))
                                      for row in sh.rows[:6] for v in row):
        return None
    from .tasklog import as_mailbox as tasks_as_mailbox

    return _thread_part(sh, tasks_as_mailbox(sh))


@dataclass
class _BucketPart(_ThreadPart):
    """A summary sorted into verdict buckets (满足 | 有条件 | 不满足 | 待确认) laid out a row per vendor (core.buckets)."""
    key: dict = field(default_factory=dict)  # short name -> full name, from the key above the table


def _by_buckets(sh: RawSheet) -> list[RawSheet] | None:
    """A row per topic, a column per verdict, each cell naming the vendors (by a key's short names) that fall in it: the
    table it summarises, a row per vendor, each cell at the bucket cell it came from. None for any other sheet."""
    if len(sh.rows) > 300 or not any(v.__class__ is str and ("满足" in v or "待确认" in v) for row in sh.rows[:12] for v in row):
        return None
    from .buckets import laid_out

    done = laid_out(sh)
    if done is None:
        return None
    rows, moved, others, key = done
    kept = [(sh.address(r, c), reason, text) for r, c, reason, text in others]
    return [_BucketPart(sh.file, sh.sheet, rows, sh.issues, sh.hidden, moved=moved, kept=kept, key=key)]


@dataclass
class _AttrPart(_ThreadPart):
    """A long export of (vendor, attribute code) rows, each code named by the code table under it (core.attrcodes)."""
    key: dict = field(default_factory=dict)  # code -> name


def _by_attribute_codes(sh: RawSheet) -> list[RawSheet] | None:
    """One row per vendor and attribute code ('B05 | 12'), the codes' names and units in a table under the data: the
    data with each code named and its bare numbers in their unit, read as a long table. None for any other sheet."""
    if len(sh.rows) < 8 or not any(v.__class__ is str and "编码" in v or v.__class__ is str and "code" in v.lower()
                                   for row in sh.rows[-60:] for v in row[:4]):
        return None
    from .attrcodes import laid_out

    done = laid_out(sh)
    if done is None:
        return None
    rows, others, key = done
    kept = [(sh.address(r, c), reason, text[:200]) for r, c, reason, text in others]
    return [_AttrPart(sh.file, sh.sheet, rows, sh.issues, sh.hidden, kept=kept, key=key)]


def _laid_part(sh: RawSheet, done: tuple | None) -> list[RawSheet] | None:
    """A layout's reading laid out again as a table (rows, moved addresses, the cells listed as (row, column, reason,
    text)): the part read in the sheet's place, every cell at its own address, the listed cells reported. None for None."""
    if done is None:
        return None
    rows, moved, others = done
    kept = [(sh.address(r, c), reason, text[:200]) for r, c, reason, text in others]
    return [_ThreadPart(sh.file, sh.sheet, rows, sh.issues, sh.hidden, moved=moved, kept=kept)]


def _by_detail_rows(sh: RawSheet) -> list[RawSheet] | None:
    """A vendor's summary row with its detail rows under it (序号 | 供应商 | 报价 | 计税 | 明细项 | 供应商原文 | 风控部意见, an
    outline often collapsed): the long table it is, every cell at its own address. None for any other sheet."""
    if len(sh.rows) > 5000:
        return None
    from .detail_rows import laid_out

    return _laid_part(sh, laid_out(sh))


def _by_cards(sh: RawSheet) -> list[RawSheet] | None:
    """A brochure of vendor cards side by side ('① 公司全称' over a price strip and a paragraph of the vendor's words): the
    messages they amount to, each at its own cell, read by core.mailbox. None for any other sheet."""
    if len(sh.rows) > 1000 or not any(v.__class__ is str and v[:1] in "①②③④⑤⑥⑦⑧⑨⑩" for row in sh.rows[:40] for v in row):
        return None
    from .cards import laid_out

    return _laid_part(sh, laid_out(sh))


def _by_notice(sh: RawSheet) -> list[RawSheet] | None:
    """A letter drafted a paragraph a row, one per vendor ('（一）海口琼山数科有限公司。该公司报价为「…」…'), a line saying the
    「」 hold the vendors' words: a row per vendor under that label, each at its paragraph (core.notice). None otherwise."""
    if len(sh.rows) > 500 or not any(v.__class__ is str and "「" in v for row in sh.rows[:12] for v in row):
        return None
    from .notice import laid_out

    return _laid_part(sh, laid_out(sh))


def _by_kanban(sh: RawSheet) -> list[RawSheet] | None:
    """A kanban board copied into a sheet, a card per cell ('百色右江数科有限公司⏎报价：…⏎等保三级：…⏎负责人：@…'): the
    messages the cards amount to, each at its cell, read by core.mailbox (core.kanban). None for any other sheet."""
    if len(sh.rows) > 300 or sum(1 for row in sh.rows[:60] for v in row if v.__class__ is str and v.count("\n") >= 3) < 2:
        return None
    from .kanban import laid_out

    return _laid_part(sh, laid_out(sh))


_SHIFT_NOTE_RE = re.compile(r"第\s*(\d{1,3})\s*行起.{0,30}?(?:错位|错行|往上跑|上移).{0,200}?(?:下移一[格行]|往下挪一[格行]|下移一位)", re.S)
_RESTATED_RE = re.compile(r"第\s*(\d{1,3})\s*行[“\"「]?[^”\"」应]{0,12}[”\"」]?\s*应(?:为|是|填)\s*[:：]\s*([^。\n]+)")


@dataclass
class _ShiftedPart(_ThreadPart):
    """A sheet whose one vendor column is read one row down, as that vendor's own note says (a cell deleted with 'shift
    cells up' in a shared online sheet)."""


def _by_shifted_column(sh: RawSheet) -> list[RawSheet] | None:
    """A vendor's column that slipped up a row in a shared sheet, its own note saying so ('第8行起错位了…第8行起各格请下移一格
    看…第8行“等保三级”应为：已取得三级，备案证明…'): that column read one row down from the row named, the answer the note
    restates in the row left empty, every cell at the address it came from; the note listed. None for any other sheet."""
    rows = sh.rows
    if len(rows) > 300:
        return None
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v.__class__ is not str or "行" not in v or (m := _SHIFT_NOTE_RE.search(v)) is None:
                continue
            start = int(m.group(1)) - 1
            if not 0 < start < r:
                continue
            out = [list(x) for x in rows]
            moved: dict = {}
            for x in range(r, start, -1):  # each cell one row down, to the note's own row
                while len(out[x]) <= c:
                    out[x].append(None)
                out[x][c] = rows[x - 1][c] if c < len(rows[x - 1]) else None
                moved[(x, c)] = (x - 1, c)
            said = next((g.group(2).strip() for g in _RESTATED_RE.finditer(v) if int(g.group(1)) - 1 == start), None)
            out[start][c] = said
            moved[(start, c)] = (r, c)
            kept = [(sh.address(r, c), "note.column_shifted", v[:200])]
            return [_ShiftedPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, sh.merges,
                                 moved=moved, kept=kept)]
    return None


_PACK_SPLIT_RE = re.compile(r"\s*[|｜]\s*")


def _by_packed_cells(sh: RawSheet) -> list[RawSheet] | None:
    """A whole quote packed into one cell a vendor, its items split by '|' in the order a legend row gives ('报价 | 计税 |
    功能模块 | … | 源码交付'), an empty slot for an item not written: the table it packs, a column per item, each vendor's
    items at its cell. A cell that does not split (a decline) stands under the first item. None for any other sheet."""
    rows = sh.rows
    if len(rows) > 2000:
        return None
    for lr in range(min(12, len(rows))):
        for c, v in enumerate(rows[lr]):
            if v.__class__ is not str or v.count("|") + v.count("｜") < 4:
                continue
            labels = [x.strip() for x in _PACK_SPLIT_RE.split(v.strip())]
            # a legend names different terms ('报价 | 计税 | … | 源码交付'), not a list of modules
            terms = {t.code for x in labels if (t := match_label(x).target) is not None and t.kind != "feature"}
            if len(labels) < 5 or len(terms) < 4 or len(terms) * 2 < len(labels):
                continue
            head = next((h for h in range(lr - 1, -1, -1) if any(not blank(x) for x in rows[h])), None)
            vc = next((k for k, x in enumerate(rows[head]) if x.__class__ is str and (t := match_label(x).target) is not None
                       and t.code == "vendor"), None) if head is not None else None
            if vc is None:
                continue
            packed = [r for r in range(lr + 1, len(rows)) if c < len(rows[r]) and rows[r][c].__class__ is str
                      and not blank(sh.cell(r, vc)) and len(_PACK_SPLIT_RE.split(rows[r][c].strip())) >= len(labels) - 1]
            if len(packed) < 2:
                continue
            width = max(len(x) for x in rows)
            others = [k for k in range(width) if k != c]
            out = [[_text(rows[head][k]) if k < len(rows[head]) else None for k in others] + labels]
            moved: dict = {(0, j): (head, k) for j, k in enumerate(others)}
            moved.update({(0, len(others) + j): (lr, c) for j in range(len(labels))})
            kept = [(sh.address(lr, c), "skip.note_row", f"{_text(rows[lr][vc]) if vc < len(rows[lr]) else ''} {v}"[:200])]
            for r in range(len(rows)):
                if r in (head, lr):
                    continue
                row = rows[r]
                if r <= lr or blank(sh.cell(r, vc)):
                    if any(not blank(x) for x in row):
                        kept.append((sh.address(r, 0), "skip.note_row", " | ".join(_text(x) for x in row if not blank(x))[:200]))
                    continue
                text = _text(sh.cell(r, c)).strip()
                parts = _PACK_SPLIT_RE.split(text) if text else []
                if len(parts) != len(labels):
                    parts = [text] + [""] * (len(labels) - 1)  # '不参与（11-24回函…）': under the first item, whole
                k = len(out)
                out.append([row[x] if x < len(row) else None for x in others] + [p.strip() or None for p in parts])
                moved.update({(k, j): (r, x) for j, x in enumerate(others)})
                moved.update({(k, len(others) + j): (r, c) for j in range(len(labels))})
            return [_ThreadPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, moved=moved, kept=kept)]
    return None


_ANSWER_MARK_RE = re.compile(r"^\s*(?:答|回复|答复|回答|应答)\s*[:：]\s*")


def _answer_after(question: str, cell: str) -> str | None:
    """The answer typed after a question pasted with it ('1. 报价总额是多少？…（请写含税总价）【22.8万元，含税】', '…\n答：…',
    '…（18.8万元）', '… 回复：面议…'); None when the cell does not start with the question."""
    text = re.sub(r"^\s*\d{1,2}\s*[.、．)）]\s*", "", cell)
    q = re.sub(r"^\s*\d{1,2}\s*[.、．)）]\s*", "", question).strip()
    if len(q) < 6 or not text.startswith(q):
        return None
    rest = text[len(q):].strip()
    if rest.startswith("【") and rest.endswith("】"):
        return rest[1:-1].strip()
    if rest[:1] in "（(" and rest[-1:] in "）)" and rest.count("（") + rest.count("(") >= 1:
        return rest[1:-1].strip()
    return _ANSWER_MARK_RE.sub("", rest).strip()


def _by_question_echo(sh: RawSheet) -> list[RawSheet] | None:
    """A questionnaire answered in Word, each answer typed after its question and pasted with it into the vendor's cell
    (the question also in a column of its own): each vendor cell read as the answer alone, the question's own words and
    figures ('是否不少于12个月', '7×24小时') no part of it; an empty 【】 is nothing said. None for any other sheet."""
    rows = sh.rows
    if len(rows) > 500:
        return None
    for qc in range(min(4, max((len(r) for r in rows[:20]), default=0))):
        qrows = [r for r in range(len(rows)) if qc < len(rows[r]) and rows[r][qc].__class__ is str
                 and len(rows[r][qc]) >= 8 and ("？" in rows[r][qc] or "?" in rows[r][qc])]
        if len(qrows) < 5:
            continue
        echoed: dict[tuple[int, int], str] = {}
        for r in qrows:
            for c in range(qc + 1, len(rows[r])):
                v = rows[r][c]
                if v.__class__ is str and (a := _answer_after(rows[r][qc], v)) is not None:
                    echoed[(r, c)] = a
        cols = {c for _r, c in echoed}
        if len(cols) < 2 or len(echoed) < len(qrows):
            continue
        out = [list(row) for row in rows]
        for (r, c), a in echoed.items():
            out[r][c] = a or None
        return [RawSheet(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, sh.merges)]
    return None


def _by_split_text(sh: RawSheet) -> list[RawSheet] | None:
    """A column of pasted text split into many by Excel's 数据→分列 on the Chinese comma ('回复原文（已分列）' over cells
    '您好 | 感谢贵司邀请 | 现将…合计人民币298,000元（含税 | 13%增值税专票） | …'): the pieces of each row joined back with '，'
    into the one cell they came from, addressed at its first cell. None for any other sheet."""
    rows = sh.rows
    if len(rows) > 2000:
        return None
    for h in range(min(12, len(rows))):
        head = rows[h]
        filled = [c for c, v in enumerate(head) if not blank(v)]
        if len(filled) < 3:
            continue
        c = filled[-1]  # the last headed column, nothing headed after it
        spill = [r for r in range(h + 1, len(rows)) if sum(1 for v in rows[r][c + 1:] if not blank(v)) >= 2]
        said = _SPLIT_HEAD_RE.search(_text(head[c])) or any(v.__class__ is str and _SPLIT_HEAD_RE.search(v)
                                                            for row in rows[:h] for v in row)
        if len(spill) < 2 or not said:  # the writer says the column was split ('已分列', '用“数据→分列”拆成多列')
            continue
        if not any(v.__class__ is str and (t := match_label(v).target) is not None and t.code == "vendor" for v in head):
            return None
        pieces = [_text(v) for r in spill for v in rows[r][c:] if not blank(v)]
        if sum(1 for x in pieces if _PAIR_PIECE_RE.match(x)) * 2 >= len(pieces):
            return None  # 'label：value' pairs a cell an item (a platform's detail page): read as pairs, never joined
        out = [list(row[:c + 1]) for row in rows]
        for r in range(h + 1, len(rows)):
            pieces = [_text(v) for v in rows[r][c:] if not blank(v)]
            if len(pieces) > 1:
                while len(out[r]) <= c:
                    out[r].append(None)
                out[r][c] = "，".join(pieces)
        return [RawSheet(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, sh.merges)]
    return None


_SPLIT_HEAD_RE = re.compile(r"分列|已拆分|拆成多列|split")


def _by_group_header(sh: RawSheet) -> list[RawSheet] | None:
    """A header in two rows, group headers merged over the sub-headers below them (core.grouphead)."""
    from .grouphead import read_group_header

    return read_group_header(sh)


_EXCEL_ERROR_RE = re.compile(r"\s*#(?:REF!|N/A|DIV/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)\s*", re.I)


def _excel_errors(sh: RawSheet) -> list[str]:
    """Cells holding only an error a formula left ('#REF!', '#N/A', '#DIV/0!'): emptied in place — a failed formula says
    nothing, and the vendor's words elsewhere may ('备注：…合计人民币贰拾捌万陆仟元整') — their addresses returned."""
    out = []
    for r, row in enumerate(sh.rows[:5000]):
        for c, v in enumerate(row):
            if v.__class__ is str and v[:1] in "# " and _EXCEL_ERROR_RE.fullmatch(v):
                row[c] = None
                out.append(sh.address(r, c))
    return out


_UNIT_NOTE_RE = re.compile(r"(?:金额|报价|价格|费用|货币)?单位\s*(?:为|是)?\s*[:：]?\s*(?:人民币)?\s*(万元|万|千元|元|k|千)(?![\u4e00-\u9fff])",
                           re.I)
_NOTE_UNITS = {"万": "万元", "千": "千元", "k": "千元"}


def note_unit(text: str) -> str | None:
    """The money unit a note over a table gives its amounts ('金额单位：千元', '单位：万元', '货币单位: 元'): 万元, 千元 or 元."""
    m = _UNIT_NOTE_RE.search(text)
    return None if m is None else _NOTE_UNITS.get(m.group(1).lower(), m.group(1))


def _unit_from_note(sh: RawSheet) -> None:
    """A note line over the table giving the unit of its amounts ('金额单位：千元（…自带单位的，以原话为准）'): each money label
    of the table that names no unit of its own is given that one, in place ('报价' -> '报价（千元）'), so that a bare 226
    is 226,000 and '23万8' stays 23.8万."""
    rows = sh.rows
    if len(rows) > 2000:
        return
    for r in range(min(6, len(rows))):
        cells = [v for v in rows[r] if not blank(v)]
        if len(cells) != 1 or cells[0].__class__ is not str or (unit := note_unit(cells[0])) is None:
            continue
        from .mapping import money_unit
        h = next((k for k in range(r + 1, min(r + 8, len(rows))) if sum(1 for v in rows[k] if not blank(v)) >= 3), None)
        if h is None:
            return

        def tagged(v):
            if v.__class__ is not str or not v.strip():
                return None
            found = match_label(v)
            t = found.target
            if t is None or found.unit is not None or money_unit(v) is not None:
                return None
            money = t.kind == "price" or t.kind == "field" and t.id in schema.FIELDS and schema.FIELDS[t.id].kind == "money"
            return f"{v.strip()}（{unit}）" if money else None

        wide = any(v.__class__ is str and (t := match_label(v).target) is not None and t.code == "vendor" for v in rows[h])
        for c, v in enumerate(rows[h]):
            if (new := tagged(v)) is not None:
                rows[h][c] = new
        for k in range(h + 1, len(rows)) if not wide else ():  # vendors in columns: the labels down the first ones
            for c in range(min(2, len(rows[k]))):
                if (new := tagged(rows[k][c])) is not None:
                    rows[k][c] = new
        return


def _by_clause_letter(sh: RawSheet) -> list[RawSheet] | None:
    """Each vendor's letter pasted whole in one cell, its terms numbered clause by clause (core.clauseletter)."""
    from .clauseletter import read_clause_letters

    done = read_clause_letters(sh)
    if done is None:
        return None
    rows, moved, kept = done
    return [_ThreadPart(sh.file, sh.sheet, rows, sh.issues, sh.hidden, moved=moved, kept=kept)]


def _by_erp_detail(sh: RawSheet) -> list[RawSheet] | None:
    """An ERP's 询价比价单, a summary block over a block of lines per material × vendor (core.erpdetail)."""
    from .erpdetail import read_erp_detail

    return read_erp_detail(sh)


def _by_pivot(sh: RawSheet) -> list[RawSheet] | None:
    """A pivot table in compact form pasted as values: one row per vendor (core.pivot)."""
    from .pivot import read_pivot

    return read_pivot(sh)


def _by_translation(sh: RawSheet) -> list[RawSheet] | None:
    """A comparison written twice (a translation row under each original, a column pair per vendor in two languages):
    only the vendor's words, in the version that prevails (core.bilingual)."""
    from .bilingual import read_language_pairs, read_translation_rows

    return read_translation_rows(sh) or read_language_pairs(sh)


def _by_pdf_split(sh: RawSheet) -> list[RawSheet] | None:
    """A table converted from a PDF: its cells' ends in headerless columns and glyph gaps in its words (core.pdfsplit)."""
    from .pdfsplit import read_pdf_split

    return read_pdf_split(sh)
_PAIR_PIECE_RE = re.compile(r"^\s*[^：:，,。]{1,14}[：:]\s*\S")


_BLANK_RE = re.compile(r"_{3,}|＿{2,}")
_REWORDED_RE = re.compile(r"^\s*本条(?:改为|修改为|调整为)\s*[:：]\s*")
_STRUCK_CLAUSE_RE = re.compile(r"^\s*[（(]?\s*(?:本条删除|删除本条|本条不适用|此条删除)\s*[)）]?\s*$")


def _filled_in(template: str, v: Any) -> Any:
    """A vendor's entry in a template clause, read as the clause it makes: the blank filled ('本系统已取得网络安全等级保护____级
    备案' + '三'), its own words where it reworded the clause ('本条改为：系统符合等保三级要求…'), a no where it struck it
    ('（本条删除）'); ticked boxes ('☑是 □否') and anything else as written."""
    if blank(v):
        return v
    text = _text(v).strip()
    if _REWORDED_RE.match(text):
        return _REWORDED_RE.sub("", text)
    if _STRUCK_CLAUSE_RE.match(text):  # '（本条删除）': the clause refused
        return f"{re.split(r'[□☐]|_{3,}|＿{2,}', template, maxsplit=1)[0]}否（{text.strip('（）() ')}）"
    if ("☑" in text or "■" in text or "√" in text) and ("□" in template or "☐" in template):
        # '系统具备基于角色的权限管理：□是 □否' + '☑是 □否': the clause with the option ticked; an option left unticked
        # beside a ticked one is said to be left out ('维护范围包括：缺陷修复（不含小版本升级）')
        opts = re.findall(r"([☑■√□☐])\s*([^☑■√□☐]+)", text)
        on = [w.strip(" ，,；;") for m, w in opts if m in "☑■√"]
        off = [w.strip(" ，,；;") for m, w in opts if m not in "☑■√" and w.strip(" ，,；;")]
        head = re.split(r"[□☐]", template, maxsplit=1)[0]
        said = "、".join(on)
        if off and on and re.search(r"包括|包含|含有|含", head):
            said += f"（不含{'、'.join(re.sub(r'[（(].*', '', w) for w in off)}）"
        return f"{head}{said}" if said else v
    if not _BLANK_RE.search(template) or text in ("—", "-", "/", "____"):
        return v
    if v.__class__ in (int, float):
        text = f"{v:g}"
    return _BLANK_RE.sub(lambda m: text, template, count=1)


_SIGNATURE_LABEL_RE = re.compile(r"(?:供应商|投标人|报价人|单位|公司)(?:名称|全称)?\s*[（(]\s*(?:盖章|公章|签章|签字盖章)\s*[)）]|落款")
_SEAL_MARK_RE = re.compile(r"\s*[（(]\s*(?:回函)?(?:盖章|公章|签章|签字盖章|已盖章)\s*[)）]\s*$")


def _by_signature_row(sh: RawSheet) -> list[RawSheet] | None:
    """A filled-in letter laid out clause by clause, the vendors' columns headed by short names ('周村数科') and their full
    names only in the signature row at the foot ('供应商名称（盖章）：____' | '淄博周村数科有限公司（盖章）'): the columns headed by
    the full names (the seal mark dropped), the signature row kept as it is. None for any other sheet."""
    rows = sh.rows
    if len(rows) > 500:
        return None
    sig, lc = next(((r, c) for r in range(len(rows) - 1, 0, -1) for c, v in enumerate(rows[r][:3])
                    if v.__class__ is str and _SIGNATURE_LABEL_RE.search(v) and "____" in v or
                    v.__class__ is str and re.fullmatch(r"\s*(?:供应商|投标人|报价人|单位|公司)(?:名称|全称)?\s*[（(][^)）]{0,6}[)）]\s*[:：]?\s*",
                                                        v)), (None, None))
    if sig is None:
        return None
    fulls = {c: _SEAL_MARK_RE.sub("", v).strip() for c, v in enumerate(rows[sig])
             if c > lc and v.__class__ is str and _COMPANY_WORD_RE.search(v)}
    if len(fulls) < 2:
        return None
    for h in range(min(sig, 15)):
        named = {c: _text(rows[h][c]).strip() for c in fulls if c < len(rows[h]) and not blank(rows[h][c])}
        if len(named) >= len(fulls) - 1 and all(2 <= len(n) <= 12 and (n in fulls[c] or n[:2] in fulls[c])
                                                 for c, n in named.items()):
            out = [list(row) for row in rows]
            for c, full in fulls.items():
                while len(out[h]) <= c:
                    out[h].append(None)
                out[h][c] = full
            kept = [(sh.address(sig, 0), "skip.note_row", " | ".join(_text(v) for v in rows[sig] if not blank(v))[:200])]
            out[sig] = [None] * len(rows[sig])  # the signature row named the columns; its seals are listed
            # the letter's clauses with a blank each vendor filled in: each entry read as the clause it makes
            tc = max(range(lc + 1), key=lambda c: sum(1 for row in rows if c < len(row) and row[c].__class__ is str
                                                     and _BLANK_RE.search(row[c])))
            if sum(1 for row in rows if tc < len(row) and row[tc].__class__ is str and _BLANK_RE.search(row[tc])) >= 5:
                for r in range(h + 1, sig):
                    template = _text(out[r][tc]) if tc < len(out[r]) else ""
                    if not (_BLANK_RE.search(template) or "□" in template):
                        continue
                    for c in fulls:
                        if c < len(out[r]):
                            out[r][c] = _filled_in(template, out[r][c])
                    if match_label(template).target is None:  # a clause naming no term: read for what it states
                        optional = "模块" in template and re.search(r"另行购买|另购|选配|未包含在.{0,4}(?:总价|报价)", template)
                        out[r][tc] = "选配模块及价格" if optional else f"说明：{template}"  # (the options' clause)
            return [_ThreadPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, sh.merges,
                                kept=kept)]
    return None


def _by_term_codes(sh: RawSheet) -> list[RawSheet] | None:
    """Terms written as a code per vendor ('M12-U1-P0-S24-R2-C1-L1') with the key above the table: each code spelled out
    as the sentences it stands for, at its cell (core.termcodes). None for any other sheet."""
    if len(sh.rows) > 2000 or not any(v.__class__ is str and v.count("=") + v.count("＝") >= 4 for row in sh.rows[:15] for v in row):
        return None
    from .termcodes import laid_out

    done = laid_out(sh)
    if done is None:
        return None
    rows, _n = done
    return [RawSheet(sh.file, sh.sheet, rows, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, sh.merges)]


def _by_code_key(sh: RawSheet) -> list[RawSheet] | None:
    """A table of coded bidders (编码 S1…S6) with the key below it on the same sheet: the table, each code replaced by
    the name the key gives (the cell keeps its address) and its code column headed as the vendor's; the key's rows
    are used, not read as quotes. None for any other sheet."""
    from .codekey import key_below

    found = key_below(sh)
    if found is None:
        return None
    k, h, tc, key = found
    rows = [list(row) for row in sh.rows[:k]]
    rows[h][tc] = f"供应商（{_text(rows[h][tc]).strip()}）"
    for r in range(h + 1, k):
        code = _text(rows[r][tc]).strip() if tc < len(rows[r]) else ""
        if code in key:
            rows[r][tc] = key[code]
    return [_CodedPart(sh.file, sh.sheet, rows, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, sh.merges, key=key)]


_SIDE_INDEX_KEYS = frozenset(("序号", "编号", "排序", "排名", "序", "no", "index"))


@dataclass
class _OthersPart(RawSheet):
    """A table beside the quotes that its own title gives as another buyer's (a peer lender's comparison pasted in):
    the prices and terms were quoted to them, not to this buyer — listed, never read."""
    title: str = ""


_OTHERS_TABLE_RE = re.compile(r"同行|兄弟公司|兄弟单位|友商|他们的|其他(?:小贷|公司|机构)|转发|仅供参考|供参考|非本司|非我司|"
                              r"(?<![a-z])(?:peer|for reference only|reference only)(?![a-z])", re.I)


def _by_side(sh: RawSheet) -> list[RawSheet] | None:
    """Two tables side by side on one sheet, an empty column between them, the right one a table of vendors (a
    committee's votes on the left, the candidates' facts on the right, row 6 holding a member's vote and a vendor's
    facts that do not belong together): each read as a sheet of its own; None for any other sheet."""
    rows = sh.rows
    if len(rows) > 2000:
        return None
    for h in range(min(12, len(rows))):
        head = rows[h]
        if sum(1 for v in head if not blank(v)) < 6:
            continue
        for g in range(3, len(head) - 3):
            if not blank(head[g]) or blank(head[g + 1]) or sum(1 for v in head[:g] if not blank(v)) < 3:
                continue
            index = _text(head[g + 1]).strip() in ("#", "＃", "No.") or label_key(_text(head[g + 1])) in _SIDE_INDEX_KEYS
            first = g + 2 if index and g + 2 < len(head) else g + 1
            t = match_label(_text(head[first])).target  # ('排序 | 供应商 | …': a row number may come first)
            if t is None or t.code != "vendor" or any(g < len(row) and not blank(row[g]) for row in rows[h:]):
                continue
            parts = [_SourcePart(sh.file, f"{sh.sheet} › {col_letter(a)}:{col_letter(b - 1)}", [list(row[a:b]) for row in rows],
                                 [], sh.hidden, row_of=list(range(len(rows))), col_offset=a)
                     for a, b in ((0, g), (g + 1, max(len(r) for r in rows)))]
            title = " ".join(_text(v) for row in rows[:h] for v in row[g + 1:] if not blank(v))
            if _OTHERS_TABLE_RE.search(title):  # '【同行参考】南靖云水谣…比价（2025年9月）': quotes to another lender
                parts[1] = _OthersPart(parts[1].file, parts[1].sheet, parts[1].rows, [], sh.hidden, title=title[:200])
            return parts
        return None
    return None


_MIDDLE_HEAD_RE = re.compile(r"^(?:比较|对比|评比|比选|对照|评审)?(?:项目|项|内容|指标|事项)$|^(?:item|criterion|criteria)$", re.I)


def _by_middle_labels(sh: RawSheet) -> list[RawSheet] | None:
    """A 'butterfly' page: the criteria down a middle column ('比较项目'), vendors on both sides of it (the bank's
    candidates on the left, the buyer's own on the right): read with the criteria first and every vendor after them,
    each cell at its own address. None for any other sheet."""
    from .formal import _company

    rows = sh.rows
    if len(rows) > 500:
        return None
    for h in range(min(15, len(rows))):
        head = rows[h]
        for m in range(1, len(head) - 1):
            if head[m].__class__ is not str or not _MIDDLE_HEAD_RE.match(label_key(head[m])):
                continue
            left = [c for c in range(m) if head[c].__class__ is str and _company(head[c])]
            right = [c for c in range(m + 1, len(head)) if head[c].__class__ is str and _company(head[c])]
            if not left or not right:
                continue
            labelled = sum(1 for r in range(h + 1, len(rows)) if m < len(rows[r]) and rows[r][m].__class__ is str
                           and (t := match_label(rows[r][m]).target) is not None and t.kind != "notes")
            if labelled < 3:
                continue
            width = max(len(r) for r in rows)
            order = [m] + [c for c in range(width) if c != m]
            out = [[row[c] if c < len(row) else None for c in order] for row in rows]
            moved = {(r, k): c for r in range(len(rows)) for k, c in enumerate(order)}
            return [_PairedPart(sh.file, sh.sheet, out, sh.issues, sh.hidden, moved=moved)]
    return None


@dataclass
class _LetterPart(_SourcePart):
    """One vendor's 报价函 of a compilation that stacks them on one sheet (报价函汇编): read as a document of its own."""


def _by_letter(sh: RawSheet) -> list[RawSheet] | None:
    """A sheet stacking each vendor's 报价函 one under the other: one part per letter, or None for any other sheet."""
    from .formal import compiled_letters

    spans = compiled_letters(sh)
    if not spans:
        return None
    return [_LetterPart(sh.file, f"{sh.sheet} › {sh.address(a, 0)}", [list(r) for r in sh.rows[a:b]], [], sh.hidden,
                        row_of=list(range(a, b)), col_offset=0) for a, b in spans]


_UNIT_WORDS = {"月": "个月", "个月": "个月", "年": "年", "天": "天", "日": "天", "小时": "小时", "分钟": "分钟", "元": "元",
               "万元": "万元", "万": "万元", "千元": "千元", "元/年": "元/年", "万元/年": "万元/年", "套": "套", "个": "个",
               "人天": "人天", "次": "次"}
_LEADING_NUMBER_RE = re.compile(r"^\s*(\d[\d,]*(?:\.\d+)?)(?![\d.,%])(?!\s*(?:万|元|千|个?月|年|天|日|小时|h|分钟|套|%|w|W))")


def _fold_unit_column(sh: RawSheet) -> bool:
    """A comparison with the unit of each row in a column of its own (比较项目 | 单位 | vendor … : '日志保存期 | 天 | 365'):
    each vendor's bare figure is written with its row's unit ('365天', '23.8万元'), and the unit column is no vendor."""
    rows = sh.rows
    for h in range(min(15, len(rows))):
        head = rows[h]
        for c in range(1, min(4, len(head))):
            v = head[c]
            if v.__class__ is not str or not is_long_unit_label(v.strip()):
                continue
            if sum(1 for x in head[c + 1:] if not blank(x)) < 2 or blank(head[c - 1]):
                continue
            units = [rows[r][c] for r in range(h + 1, len(rows)) if c < len(rows[r]) and not blank(rows[r][c])]
            if len(units) < 2 or any(u.__class__ is not str or u.strip() not in _UNIT_WORDS for u in units):
                continue
            for r in range(h + 1, len(rows)):
                row = rows[r]
                if c >= len(row) or blank(row[c]):
                    continue
                unit = _UNIT_WORDS[row[c].strip()]
                for cc in range(c + 1, len(row)):
                    x = row[cc]
                    if isinstance(x, (int, float)) and not isinstance(x, bool):
                        row[cc] = f"{x:g}{unit}"
                    elif x.__class__ is str and (m := _LEADING_NUMBER_RE.match(x)):
                        row[cc] = x[:m.end(1)] + unit + x[m.end(1):]
                row[c] = None
            head[c] = None
            return True
    return False


def records_from_sheets(sheets: list[RawSheet], name: str, issues: list[Warning_] | None = None) -> ReadResult:
    """A file's sheets -> records, with everything left out listed. `issues`: repairs made while reading (by
    default those the sheets carry). Raises QuoteError when nothing usable is in them."""
    res = ReadResult()
    res.sheets = sheets
    res.issues = [i for sh in sheets for i in sh.issues] if issues is None else issues
    errors: list[QuoteError] = []
    registers: list = []  # (sheet, answered rows) of clarification registers, read over the quotes at the end
    review_rejects: set[str] = set()  # bidders a committee's conformity review rejects, on whatever sheet they stand
    # Instruction / cover sheets are only used when they hold a quote table (or no other sheet is there).
    only_notes = all(_notes_sheet(sh) and not _says_quotes(sh.sheet) for sh in res.sheets)
    catalogue_sheet = None
    from .richtext import as_text  # a web form's rich-text fields exported as HTML: read as the text they show

    as_text(res.sheets, name, res.notes)
    for sh in res.sheets:
        _unit_from_note(sh)  # '金额单位：千元' over the table: its bare amounts in that unit (a cell's own unit wins)
        if (err_cells := _excel_errors(sh)):  # '#REF!', '#N/A' left by formulas: nothing said, never a value
            res.notes.append(Skipped(name, sh.sheet, err_cells[0], "note.excel_errors",
                                     f"{len(err_cells)}：{'、'.join(err_cells[:8])}"))
    if len(res.sheets) > 1 and any(v.__class__ is str and "编号" in v for sh in res.sheets for row in sh.rows[:6] for v in row):
        from .catalogue import applied  # product codes looked up on the workbook's own code sheet ('编号对照')

        if (used := applied(res.sheets)):
            catalogue_sheet = used[0][0]
            res.notes.append(Skipped(name, catalogue_sheet, "", "note.code_catalogue",
                                     "；".join(f"{s_}：{n}" for s_, n in used[1:])))
    edit_log = None
    if len(res.sheets) > 1 and any(v.__class__ is str and ("修改" in v or "edit" in v.lower()) for sh in res.sheets
                                   for row in sh.rows[:6] for v in row):
        from .editlog import applied as edits_applied  # an online sheet's cell-edit log: the vendors' own last entries

        if (logged := edits_applied(res.sheets)) is not None:
            edit_log = logged[0]
            res.notes.append(Skipped(name, edit_log, "", "note.edit_log", edit_log))
            res.skipped += [Skipped(name, sheet, address, "skip.staff_edit", f"{staff} | {who} | {own}"[:200])
                            for sheet, address, staff, who, own in logged[1]]
    for sh in [part for whole in res.sheets if whole.sheet not in (catalogue_sheet, edit_log) for part in (_by_grid_paper(whole) or _by_contact_cards(whole) or _by_side_blocks(whole) or _by_own_quote_sheet(whole, res.sheets) or _by_source(whole) or _by_price_books(whole) or _by_pricing_options(whole) or _by_entity_rows(whole, res.sheets) or _by_translation(whole) or _by_pivot(whole) or _by_erp_detail(whole) or _by_letter(whole) or _by_side(whole) or _by_dated_columns(whole) or _by_buckets(whole) or _by_attribute_codes(whole) or _by_detail_rows(whole) or _by_cards(whole) or _by_notice(whole) or _by_signature_row(whole) or _by_shifted_column(whole) or _by_clause_letter(whole) or _by_group_header(whole) or _by_packed_cells(whole) or _by_question_echo(whole) or _by_split_text(whole) or _by_pdf_split(whole) or _by_term_codes(whole)
                                                          or _by_register(whole) or _by_code_key(whole) or _by_sections(whole) or _by_pairs(whole)
                                                          or _by_markdown(whole) or _by_row_kinds(whole) or _by_versions(whole)
                                                          or _by_yes_no_pairs(whole) or _by_compliance_pairs(whole)
                                                          or _by_sender_blocks(whole)
                                                          or _by_unit_row(whole)
                                                          or _by_vendor_blocks(whole) or _by_common_row(whole)
                                                          or _by_middle_labels(whole) or _by_vendor_lines(whole)
                                                          or _by_numbered_answers(whole) or _by_mail_threads(whole) or _by_task_log(whole) or _by_work_reports(whole) or _by_plan_blocks(whole)
                                                          or _by_abbreviations(whole) or _by_kanban(whole)
                                                          or [whole])]:
        start = len(res.records)
        if _void_sheet(sh):  # '废弃-旧版', '【已作废，勿用】V1 首轮比价表': replaced by another sheet, no quotes of its own
            res.skipped.append(Skipped(sh.file, sh.sheet, "", "skip.void_sheet", sh.sheet))
            continue
        if len(res.sheets) > 1 and _other_buyers_sheet(sh, res.sheets):  # the sister company's prices, for checking
            res.skipped.append(Skipped(sh.file, sh.sheet, "", "skip.other_buyer_sheet", sh.sheet))
            continue
        if len(res.sheets) > 1 and _budget_sheet(sh):  # finance's allocation of the quotes' totals: its own sums
            res.skipped.append(Skipped(sh.file, sh.sheet, "", "skip.buyer_computation", sh.sheet))
            continue
        if isinstance(sh, _OthersPart):  # a peer's comparison beside the quotes: none of them quoted this buyer
            res.notes.append(Skipped(sh.file, sh.sheet, "", "note.others_table", sh.title))
            continue
        if isinstance(sh, _ReadWithPart):  # the vendor's 售后服务承诺书, read with its quote sheet
            res.notes.append(Skipped(sh.file, sh.sheet, "", "note.read_with_quote", sh.sheet))
            continue
        if len(res.sheets) > 1 and _support_document(sh):  # '原厂授权书（摘录）': read with the quote it supports
            res.notes.append(Skipped(sh.file, sh.sheet, "", "note.support_document", sh.sheet))
            continue
        if len(res.sheets) > 1 and (rejected := _review_sheet(sh)) is not None:
            res.notes.append(Skipped(sh.file, sh.sheet, "", "note.review_sheet", sh.sheet))
            review_rejects |= rejected
            continue
        if isinstance(sh, _VersionedPart) and sh.earlier:  # the vendor's earlier version, beside its final one
            res.skipped.append(Skipped(sh.file, sh.sheet, sh.earlier[0][0], "skip.earlier_round",
                                       " | ".join(t for _a, t in sh.earlier)[:200]))
        if isinstance(sh, _MarkedPart):  # the vendors' own marks of compliance, their words read instead
            res.skipped += [Skipped(sh.file, sh.sheet, a, reason, t) for a, reason, t in sh.kept]
        if isinstance(sh, _ThreadPart):  # the buyer's own cells beside the threads (his summary, his questions)
            res.notes += [Skipped(sh.file, sh.sheet, a, reason, t[:200]) for a, reason, t in sh.kept]
        if isinstance(sh, _AttrPart):
            res.notes.append(Skipped(sh.file, sh.sheet, "", "note.attribute_codes",
                                     "；".join(f"{c_} = {n}" for c_, n in sh.key.items())[:200]))
        if isinstance(sh, _BucketPart):
            res.notes.append(Skipped(sh.file, sh.sheet, "", "note.verdict_buckets",
                                     "；".join(f"{s_} = {n}" for s_, n in sh.key.items())[:200]))
        if isinstance(sh, _NumberedPart):
            res.notes.append(Skipped(sh.file, sh.sheet, "", "note.numbered_answers", str(sh.questions)))
        if isinstance(sh, _LinesPart):
            res.notes.append(Skipped(sh.file, sh.sheet, "", "note.vendor_lines",
                                     "；".join(f"{s_} = {n}" for s_, n in sh.key.items())[:200]))
        if isinstance(sh, _KeyedPart):
            res.notes.append(Skipped(sh.file, sh.sheet, "", "note.abbreviations", sh.sheet))
        if isinstance(sh, _CodedPart):
            res.notes.append(Skipped(sh.file, sh.sheet, "", "note.code_key",
                                     "；".join(f"{c} = {n}" for c, n in sh.key.items())[:200]))
        _pivot_blanks(sh)
        if voided := _void_marks(sh):
            res.notes.append(Skipped(sh.file, sh.sheet, voided[0][0], "note.void_marks",
                                     " | ".join(f"{a}: {t}" for a, t in voided)[:200]))
        if same := _same_as_requirement(sh):
            res.notes.append(Skipped(sh.file, sh.sheet, same[0][0], "note.same_as_requirement",
                                     " | ".join(f"{a}: {b}" for a, b in same)[:200]))
        from .references import written_out

        if refs := written_out(sh):
            res.notes.append(Skipped(sh.file, sh.sheet, refs[0][0], "note.references",
                                     " | ".join(f"{a}: {b} → {c}" for a, b, c in refs)[:200]))
        if _fold_unit_column(sh):
            res.notes.append(Skipped(sh.file, sh.sheet, "", "note.unit_column"))
        if isinstance(sh, _LetterPart):  # one vendor's letter of a compilation: its quote, or its words declining
            from .formal import letter_declines, read_formal

            if (formal := read_formal(sh)) is not None:
                res.records.append(formal)
                continue
            if (words := letter_declines(sh)) is not None:
                res.skipped.append(Skipped(sh.file, sh.sheet, "", "skip.declined", words[:200]))
                continue
        if _notes_sheet(sh) and not only_notes:
            trial = ReadResult()
            try:
                detect_records(sh, trial)
                _drop_examples(trial, 0)
            except QuoteError:
                trial.records = []
            if not _holds_quotes(trial, sh.sheet):
                found = [_vendor_cell(rec)[0] for rec in trial.records if rec.sheet_vendor is None]
                if found and all(_plausible_vendor(v) for v in found):  # names that look like vendors: said
                    res.notes.append(Skipped(sh.file, sh.sheet, "", "note.notes_sheet_unread",
                                             " | ".join(found)[:200]))
                else:
                    res.notes.append(Skipped(sh.file, sh.sheet, "", "note.no_table"))
                continue
            res.records += trial.records
            res.skipped += trial.skipped
            res.notes += trial.notes
            _announce_hidden(sh, res, start)
            continue
        from .clarifications import read_register  # a tender's clarification register: answers read over the bids

        register = read_register(sh)
        if register is not None:
            registers.append((sh, register))
            continue
        if len(res.sheets) > 1:
            from .clarifications import read_change_order  # a vendor's own 报价变更单: its confirmed changes, read over its quote

            if (change := read_change_order(sh)) is not None:
                registers.append((sh, change[0]))
                res.skipped += change[1]
                continue
        from .lineitems import read_line_items  # an ERP's quotation lines: one quote per document
        from .mailbox import read_mailbox  # an exported mailbox or chat log: one quote per vendor
        from .pasted import read_pasted  # a vendor's document pasted line by line: one quote
        from .stacked import read_footed_blocks, read_label_blocks, read_panels, read_stacked  # a block per vendor
        from .jielong import read_jielong  # a group chat's 接龙 pasted: one quote per vendor's line
        from .keyvalue import read_keyvalue  # replies as '字段=值' lines, a block per vendor
        from .minutes import read_minutes  # a meeting tool's AI minutes, one vendor's session after another
        from .subform import read_subform  # a form tool's export: a record over its sub-form's rows
        from .outline import read_outline  # an outline pasted one node a row: one quote per company branch
        from .auction import read_bid_history  # an auction's bids: one quote per participant, its last accepted bid
        from .diary import read_diary  # work reports (钉钉 日志) telling the quotes: one quote per vendor they tell of
        from .board import read_board  # a whiteboard's items (Miro): one quote per company frame
        from .diffreport import read_diff_report  # a text comparison of first against final quotes: one quote per pair
        from .ocrexport import read_ocr_export  # a phone OCR app's export of photographed quotes: one quote per vendor

        if _read_whole(sh, res, (read_diff_report, read_ocr_export, read_subform, read_outline, read_bid_history, read_diary, read_board, read_footed_blocks,
                                 read_stacked, read_panels, read_line_items, read_mailbox, read_jielong, read_keyvalue,
                                 read_minutes, read_label_blocks, read_pasted)):
            _drop_examples(res, start)  # a form's test answer ('测试-请忽略') is no quote, however the sheet is laid out
            _announce_hidden(sh, res, start)
            continue
        try:
            from .formal import read_formal  # a vendor's own 报价单: one quote, its line items summed

            formal = read_formal(sh)
            if formal is not None:
                res.records.append(formal)
                continue
            _other_sections(sh, res)
            detect_records(sh, res)
            from .jsoncells import expand  # a form's answer kept as JSON in one cell: a cell per key

            expand(res, start)
            from .subform import unflatten  # a sub-form flattened into numbered column groups: its module list

            unflatten(res, start)
            _drop_truncated(sh, res, start)
            _drop_examples(res, start)
            _words_govern(sh, res, start)
            _pointers_and_originals(res, start)
            if len(res.records) == start and any(s.reason == "skip.example_row" and s.sheet == sh.sheet
                                                 for s in res.skipped):
                raise QuoteError("err.headers_only", file=sh.file, sheet=sh.sheet)
        except QuoteError as e:
            errors.append(e)
        _announce_hidden(sh, res, start)
        if len(res.records) > start and _notes_govern(sh):
            for rec in res.records[start:]:
                rec.notes_govern = True
    from .declined import drop_declined  # a bidder who declined ('报价状态: 已放弃'): no quote
    from .joins import drop_copied_summary, join_sheets  # one quote told on two sheets (answers here, prices there)
    from .parts import join_parts

    from .fx import convert  # amounts in another currency, at the rate the file states
    from .tiers import choose  # prices by size: the tier the buyer's stated size falls in

    if registers and not res.records:  # questions and answers with no bid to read them over: the answers are the quotes
        for sh, _register in registers:  # (a risk tool's export: Vendor | Question | Response, one row per question)
            start = len(res.records)
            try:
                detect_records(sh, res)
                _drop_examples(res, start)
            except QuoteError as e:
                errors.append(e)
        registers = []
    from .codekey import resolve_codes  # an anonymised review's bidder codes, named by the key sheet

    errors = resolve_codes(res, errors)
    from .linked import resolve_links  # a table tool's linked records ('画山·商品管理,…'): read as the rows they name

    errors = resolve_links(res, errors)
    drop_other_lots(res)
    drop_other_lines(res)  # one sheet per business line, the cover saying which is bought: the others are no quotes
    drop_copied_summary(res)  # a summary copying the vendors' own sheets: each vendor read from its sheet
    join_sheets(res)
    join_parts(res)  # one vendor's response in parts ('… — A. Commercials', '… — B. Service'): one quote
    drop_declined(res)
    if review_rejects:  # '审查结论 | 不通过（废标）' on the committee's review: that bid is no quote, whatever sheet holds it
        kept = []
        for rec in res.records:
            name, address = _vendor_cell(rec)
            if name.strip() in review_rejects:
                res.skipped.append(Skipped(rec.file, rec.sheet, address, "skip.disqualified", name))
            else:
                kept.append(rec)
        res.records = kept
    convert(res, res.sheets)
    choose(res, res.sheets)
    if registers:
        from .clarifications import apply_registers

        apply_registers(res, registers)
    if not res.records:
        declined = [s for s in res.skipped if s.reason == "skip.declined"]
        if declined and not errors:  # every bidder listed said it would not quote: say so, not "no table"
            raise QuoteError("err.all_declined", file=name, n=len(declined), text=declined[0].text[:80])
        if errors:
            raise errors[0]
        if all(n.reason == "note.empty_sheet" for n in res.notes):
            raise QuoteError("err.empty_file", file=name)
        raise QuoteError("err.no_table", file=name)
    for e in errors:  # a broken sheet beside good ones: reported, the good ones kept
        res.skipped.append(Skipped(name, e.params.get("sheet", ""), "", e.key, params=e.params))
    return res
