"""Guards on a workbook's bytes, run before python-calamine sees them: parsers, not patterns.

Zip-based workbooks (xlsx / xlsm / ods): each XML part the reader may open is fed in growing blocks to expat
(C, linear in its input: no regular expression, no backtracking), with document type declarations refused.
Only element starts are handled, so comments, processing instructions and attribute values (a ``>`` inside one)
are what a real XML parser makes of them, as they are for the reader (quick-xml). What is measured is what the
reader will allocate:

* xlsx: every ``<c>`` that holds a ``<v>`` / ``<is>`` value placed where the reader places it (its ``r``
  reference, or the next column of the current ``<row>``), merged areas, shared strings; sheets named by
  workbook.xml and the part each one reads (a part read by two sheets is counted twice). A ``<dimension>`` is
  not a risk: calamine reserves from it only below 100,000 cells.
* ods: each ``table:table`` of content.xml; rows and cells expanded arithmetically through
  ``number-rows-repeated`` / ``number-columns-repeated`` as calamine does (a row counts up to its last cell with
  a value, empty rows count only below such a row), ``text:s`` space runs; a table inside a table is refused.

Legacy .xls: the BIFF records are walked the way calamine walks them: the workbook globals from the start of
the stream to the first EOF (BOUNDSHEET, SST, FILEPASS), then every sheet from the offset its BOUNDSHEET gives
to the next EOF (DIMENSIONS, whose rectangle the reader reserves, and every cell record). Offsets are not
trusted to fall on the records of a sequential walk: that is how a far DIMENSIONS record hid inside an unknown
record before.

Besides each sheet's extent, one workbook-wide budget: sheets, cells (the sum of the sheets' rectangles) and
shared strings. Limits are the constants of core.ingest, read at each call.
"""
from __future__ import annotations

import io
import itertools
import posixpath
import re
import string
import struct
import zipfile
from typing import Any
from xml.parsers import expat

from .errors import QuoteError

_FIRST_BLOCK = 1 << 20  # expat is fed 1 MB, then 2, 4, 8 MB...: a token cut by a block is re-scanned at most
#                         log2(size) times (expat 2.5 has no reparse deferral), so the scan stays linear.
_BIG = 10**12  # a number of a million digits stays a cheap int


def _limits():
    from . import ingest

    return ingest


def _int(text: str) -> int | None:
    s = text.strip()
    if not s.isdigit():  # str.isdigit accepts other scripts' digits: ascii only below
        return None
    if not s.isascii():
        return None
    return int(s) if len(s) <= 12 else _BIG


def _col_number(letters: str) -> int:
    if len(letters) > 4:  # beyond any spreadsheet (XFD is the last column)
        return 10**7
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


# Upper-case column letters (A..ZZZ) -> 1-based column number: the hot path of the worksheet scan. Listed in column
# order (A..Z, AA..ZZ, AAA..ZZZ), so a name's number is its place in the list (built at C speed: every process
# that reads a file imports this module, the reader worker before it can start reading).
_COLS = dict(zip(itertools.chain(string.ascii_uppercase, map("".join, itertools.product(string.ascii_uppercase, repeat=2)),
                                 map("".join, itertools.product(string.ascii_uppercase, repeat=3))),
                 itertools.count(1)))


def _ref(text: str) -> tuple[int | None, int | None]:
    """'XFD1048576' -> (16384, 1048576) (1-based column, row); a missing half is None; an unreadable reference
    counts as beyond every limit (the reader would fail on it, or read it as something far)."""
    s = text.strip()
    if len(s) > 16:
        return 10**7, _BIG
    i = 0
    while i < len(s) and ("A" <= s[i] <= "Z" or "a" <= s[i] <= "z"):
        i += 1
    letters, digits = s[:i], s[i:]
    if digits and not (digits.isascii() and digits.isdigit()):
        return 10**7, _BIG
    return (_col_number(letters) if letters else None), (int(digits) if digits else None)


class _Refused(Exception):
    """Raised inside an expat handler; turned into a QuoteError by the caller (which knows the file name)."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


class _Part:
    """One XML part: element starts only, dispatched on the raw tag name (a prefix is ignored)."""

    def __init__(self, shared_strings: bool = False, workbook: bool = False, rels: bool = False,
                 ods: bool = False) -> None:
        self.rows = self.cols = 0  # extent: highest row and column (1-based) holding a value
        self.cells = self.merges = self.strings = 0
        self.row = 0  # current row (1-based), from <row r> or counted
        self.col = 0  # column of the last cell seen (1-based)
        self.pending: tuple[int, int] | None = None  # the last <c>: (row, col), until we know if it has a value
        self.sheets: list[tuple[str, str]] = []  # workbook.xml: (name, relationship id)
        self.targets: dict[str, str] = {}  # a .rels part: id -> target
        self.ods = _Ods() if ods else None
        self.counts_strings = shared_strings
        self.plain = not (shared_strings or workbook or rels or ods)  # a worksheet (or any other part)
        self.max_tags = 2 * _limits().MAX_CELLS
        handlers = {"row": self._row, "c": self._c, "v": self._value, "is": self._value,
                    "mergeCell": self._merge}
        if shared_strings:
            handlers["si"] = self._si
        if workbook:
            handlers["sheet"] = self._sheet
        if rels:
            handlers["Relationship"] = self._relationship
        self._base = handlers
        self._handlers: dict[str, Any] = dict(handlers)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "c":  # the hot path, inlined: one call per cell tag
            self.cells += 1
            if self.cells > self.max_tags:
                self._too_many()
            r = attrs.get("r")
            if r is None:
                self.col += 1
                self.pending = (self.row, self.col)
                return
            letters = r.rstrip("0123456789")
            col = _COLS.get(letters)
            if col is None:  # lower case, spaces, too long...: the careful path
                self._place(attrs)
                return
            digits = r[len(letters):]
            self.col = col
            self.pending = ((int(digits) if len(digits) <= 12 else _BIG) if digits else self.row, col)
            return
        if name == "v" or name == "is":
            p = self.pending
            if p is not None:
                self.pending = None
                if p[0] > self.rows:
                    self.rows = p[0]
                if p[1] > self.cols:
                    self.cols = p[1]
            return
        h = self._handlers.get(name, False)
        if h is False:  # a prefixed name (x:c): dispatched on its local part, remembered
            h = self._handlers[name] = self._base.get(name.rpartition(":")[2])
        if h is not None:
            h(attrs)

    # -- worksheet XML --------------------------------------------------------------------------
    def _row(self, attrs: dict[str, str]) -> None:
        self.pending = None
        r = _int(attrs["r"]) if "r" in attrs else None
        self.row = r if r is not None else self.row + 1
        self.col = 0

    def _too_many(self) -> None:  # millions of cell tags: more than any sheet within the limits
        raise _Refused("err.too_many_cells", rows=self.rows, cols=self.cols, n=self.cells, max=self.max_tags // 2)

    def _c(self, attrs: dict[str, str]) -> None:  # a prefixed cell tag (x:c)
        self.cells += 1
        if self.cells > self.max_tags:
            self._too_many()
        self._place(attrs)

    def _place(self, attrs: dict[str, str]) -> None:
        col = row = None
        if "r" in attrs:
            col, row = _ref(attrs["r"])
        self.col = col if col is not None else self.col + 1
        self.pending = (row if row is not None else self.row, self.col)

    def _value(self, _attrs: dict[str, str]) -> None:
        if self.pending is not None:  # a cell with a value: the reader places it in its rectangle
            row, col = self.pending
            self.pending = None
            if row > self.rows:
                self.rows = row
            if col > self.cols:
                self.cols = col

    def _merge(self, _attrs: dict[str, str]) -> None:
        self.merges += 1

    def _si(self, _attrs: dict[str, str]) -> None:
        self.strings += 1

    def _sheet(self, attrs: dict[str, str]) -> None:
        rid = next((v for k, v in attrs.items() if k.rpartition(":")[2] == "id"), "")
        self.sheets.append((attrs.get("name", ""), rid))

    def _relationship(self, attrs: dict[str, str]) -> None:
        if "Id" in attrs and "Target" in attrs:
            self.targets[attrs["Id"]] = attrs["Target"]


class _Ods:
    """content.xml: tables, rows and cells with their repeats, as calamine's ODS reader expands them."""

    _VALUE_ATTRS = frozenset({"value", "string-value", "date-value", "time-value", "boolean-value", "value-type",
                              "formula"})

    def __init__(self) -> None:
        self.tables: list[list] = []  # [name, rows, cols]
        self.depth = 0  # open table:table elements
        self.row_pos = 0  # rows (expanded) before the current one, in the current table
        self.row_rep = 1
        self.col = 0  # columns (expanded) before the next cell of the current row
        self.in_row = False
        self.spaces = 0  # text:s space runs, in all

    def start(self, local: str, attrs: dict[str, str]) -> None:
        if local == "table":
            if self.depth:
                raise _Refused("err.corrupt")  # a table inside a table: no spreadsheet writes one
            self.depth += 1
            name = next((v for k, v in attrs.items() if k.rpartition(":")[2] == "name"), "")
            self.tables.append([name, 0, 0])
            self.row_pos, self.in_row = 0, False
        elif not self.depth:
            return
        elif local == "table-row":
            if self.in_row:  # a row inside a row: the reader fails on it, after expanding what it read
                self.row_pos += self.row_rep
            self.row_rep = self._repeat(attrs, "number-rows-repeated")
            self.col = 0
            self.in_row = True
        elif local in ("table-cell", "covered-table-cell") and self.in_row:
            rep = self._repeat(attrs, "number-columns-repeated")
            if any(k.rpartition(":")[2] in self._VALUE_ATTRS for k in attrs):
                # The reader pushes a value's repeats as it reads the cell: counted now, not at the row's end.
                t = self.tables[-1]
                t[1] = max(t[1], self.row_pos + self.row_rep)
                t[2] = max(t[2], self.col + rep)
            self.col += rep
        elif local == "s":
            for k, v in attrs.items():
                if k.rpartition(":")[2] == "c":
                    n = _int(v)
                    self.spaces += n if n is not None else 0

    def end(self, local: str) -> None:
        if local == "table":
            self.depth = max(0, self.depth - 1)
            self.in_row = False
        elif local == "table-row" and self.depth and self.in_row:
            self.row_pos += self.row_rep
            self.in_row = False

    @staticmethod
    def _repeat(attrs: dict[str, str], what: str) -> int:
        for k, v in attrs.items():
            if k.rpartition(":")[2] == what:
                n = _int(v)
                return max(1, n) if n is not None else 1
        return 1


def _parser(part: _Part | None) -> expat.XMLParserType:
    p = expat.ParserCreate()
    p.buffer_text = False
    p.ordered_attributes = False

    def doctype(*_a):
        raise _Refused("err.xml_entities")

    p.StartDoctypeDeclHandler = doctype
    p.EntityDeclHandler = doctype
    p.ExternalEntityRefHandler = doctype
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    if part is None:
        return p
    if part.ods is not None:
        ods = part.ods

        def start(name, attrs):
            ods.start(name.rpartition(":")[2], attrs)
            part.start(name, attrs)

        p.StartElementHandler = start
        p.EndElementHandler = lambda name: ods.end(name.rpartition(":")[2])
    else:
        p.StartElementHandler = part.start
    return p


def _blocks(zf: zipfile.ZipFile, info: zipfile.ZipInfo):
    size = _FIRST_BLOCK
    with zf.open(info) as f:
        while True:
            block = f.read(size)
            if not block:
                return
            yield block
            size *= 2


_SI_STARTS = tuple(b"<si" + d for d in (b">", b" ", b"/", b"\t", b"\r", b"\n"))


def _count_shared_strings(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> int | None:
    """Shared strings counted at C speed: expat checks the part is well-formed XML with no comment, CDATA
    section or processing instruction, so that every '<' in it opens or closes a tag and each unprefixed
    ``<si`` start tag is one string. Past ``limit`` strings the file is refused whatever follows: the rest is
    only counted, for the message. None when the part is not plain UTF-8 of that kind (then parsed)."""
    p = _parser(None)
    plain = [True]

    def other(*_a):
        plain[0] = False

    p.CommentHandler = p.StartCdataSectionHandler = p.ProcessingInstructionHandler = other
    n = 0
    tail = b""
    checking = True
    for i, block in enumerate(_blocks(zf, info)):
        if i == 0 and (block.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in block[:4]):
            return None
        if checking:
            p.Parse(block, False)
            if not plain[0] or b":si" in block:
                return None
        n += sum((tail + block[:3]).count(m) for m in _SI_STARTS) + sum(block.count(m) for m in _SI_STARTS)
        tail = block[-3:]  # a mark cut by the block boundary is counted with the next block, once
        checking = checking and n <= limit
    if checking:
        p.Parse(b"", True)
        if not plain[0]:
            return None
    return n


# a prefixed cell or row tag (x:c, x:row) or a cell tag written otherwise than '<c ' is read by the reader but not
# counted here: such a part is measured exactly
_PREFIXED = re.compile(rb":(?:c|row)[\s/>]")
_ODD_C = (b"<c>", b"<c/", b"<c\t", b"<c\n", b"<c\r")
_ODD_C_RE = re.compile(rb"<c[>/\t\n\r]")  # any of _ODD_C, in one pass (five substring scans took 40 ms on 12 MB)
_C_ROW = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,7})"')
_C_COL = re.compile(rb'<c r="([A-Z]{1,3})[0-9]')
_GT_IN_ATTR = re.compile(rb"=\s*\"[^\"<]*>|=\s*'[^'<]*>")
FAST_SHARE = 4  # the fast measure is trusted up to a quarter of a sheet's cell limit (it counts empty cells too)


def _fast_sheet(zf: zipfile.ZipFile, info: zipfile.ZipInfo, part: _Part) -> bool:
    """A worksheet part measured at C speed, when it is plain well-formed XML of the form every writer emits: no
    comment, CDATA section or processing instruction (expat, with no Python callback per element, checks that
    and well-formedness), no prefixed tag, no '>' inside an attribute value, every cell tag with its own reference.
    Then every '<' opens a tag, a cell tag ends at its first '>', and its reference is where the reader places it:
    the extent over every cell, with a value or not, bounds the reader's. True when measured and well inside the
    limits; False (the part untouched) when it must be measured element by element."""
    p = _parser(None)
    plain = [True]

    def other(*_a):
        plain[0] = False

    p.CommentHandler = p.StartCdataSectionHandler = p.ProcessingInstructionHandler = other
    cells = merges = rows = cols = 0
    carry = b""

    def measure(region: bytes) -> bool:
        nonlocal cells, merges, rows, cols
        # ':' is rare past a part's first tag: one memchr pass usually settles it
        if b":" in region and (b":c" in region or b":row" in region) and _PREFIXED.search(region):
            return False
        if _ODD_C_RE.search(region):
            return False
        # every '<' opens a tag that its '>' closes: more '>' than '<' means one in a text or an attribute value
        if region.count(b">") != region.count(b"<") and _GT_IN_ATTR.search(region):
            return False
        n = region.count(b"<c ")
        if region.count(b'<c r="') != n:  # a reference not written first, or none: measured exactly
            return False
        cells += n
        if cells > part.max_tags:
            part.cells = cells
            part._too_many()
        if n:
            found_rows = _C_ROW.findall(region)
            if len(found_rows) != n:  # a reference the reader reads its own way (lower case, too long…)
                return False
            rows = max(rows, max(map(int, set(found_rows))))  # distinct texts, gathered in C
            cols = max(cols, max(_COLS[letters.decode()] for letters in set(_C_COL.findall(region))))
        merges += region.count(b"<mergeCell") - region.count(b"<mergeCells")
        return True

    for i, block in enumerate(_blocks(zf, info)):
        if i == 0 and (block.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in block[:4]):
            return False
        p.Parse(block, False)
        if not plain[0]:
            return False
        cut = block.rfind(b"<")  # tags are whole up to the last '<': the rest waits for the next block
        if cut < 0:
            carry += block
            continue
        if not measure(carry + block[:cut]):
            return False
        carry = block[cut:]
    p.Parse(b"", True)
    if not plain[0] or not measure(carry):
        return False
    L = _limits()
    if rows > L.MAX_ROWS or cols > L.MAX_COLS or rows * cols > L.MAX_CELLS // FAST_SHARE:
        return False  # near or past a limit: the exact measure decides
    part.cells, part.rows, part.cols, part.merges = cells, rows, cols, merges
    return True


def _parse(zf: zipfile.ZipFile, info: zipfile.ZipInfo, part: _Part, limit: int = 0) -> None:
    """Feed a member to expat in growing blocks; DTDs refused; any XML error raises expat.ExpatError."""
    if part.counts_strings:
        n = _count_shared_strings(zf, info, limit)
        if n is not None:
            part.strings = n
            return
    if part.plain and _fast_sheet(zf, info, part):
        return
    p = _parser(part)
    for block in _blocks(zf, info):
        p.Parse(block, False)
    p.Parse(b"", True)


def _has_doctype_marks(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """A part we do not parse, read to its end (its CRC checked); True if it holds a declaration mark."""
    marks = (b"<!doctype", b"<!entity", "<!doctype".encode("utf-16-le")[:-1], "<!entity".encode("utf-16-le")[:-1])
    tail = b""
    found = False
    with zf.open(info) as f:
        while True:
            block = f.read(1 << 22)
            if not block:
                break
            low = (tail + block).lower()
            if any(m in low for m in marks):
                found = True
            tail = low[-20:]
    return found


def _resolve(base_dir: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(base_dir, target))


_XML_NAMES = (".xml", ".rels", ".vml")
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"\xd0\xcf\x11\xe0", b"PK\x03\x04", b"II*\x00",
                 b"MM\x00*", b"\x01\x00\x00\x00", b"\xd7\xcd\xc6\x9a")


def check_zip(data: bytes, name: str) -> str:
    """Validate a zip container before any XML reaches the reader; return 'ods' or 'xlsx'.

    Declared sizes and member count first (a bomb is refused without inflating a byte); then every part the
    reader may open is parsed (see the module's docstring) and every other part inflated (its CRC checked).
    """
    L = _limits()
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except MemoryError:
        raise
    except Exception as e:  # noqa: BLE001 - BadZipFile, NotImplementedError (a version from the future)...
        raise QuoteError("err.corrupt", file=name) from e
    if len(infos) > L.MAX_ZIP_MEMBERS:
        raise QuoteError("err.zip_members", file=name, n=len(infos))
    if sum(i.file_size for i in infos) > L.MAX_UNZIPPED_BYTES:
        raise QuoteError("err.zip_bomb", file=name, mb=L.MAX_UNZIPPED_BYTES // 2**20)
    if any(i.flag_bits & 0x1 for i in infos):
        raise QuoteError("err.encrypted", file=name)
    names = {i.filename for i in infos}
    if "xl/workbook.xml" in names:  # the reader tries xlsx first, whatever else the zip holds
        kind = "xlsx"
    elif "mimetype" in names:
        try:
            mt = zf.read("mimetype")[:100]
        except Exception as e:  # noqa: BLE001
            raise QuoteError("err.corrupt", file=name) from e
        if b"spreadsheet" not in mt:
            raise QuoteError("err.not_spreadsheet", file=name)
        kind = "ods"
    elif "xl/workbook.bin" in names:
        raise QuoteError("err.wrong_type", file=name, ext="xlsb")
    else:
        raise QuoteError("err.not_spreadsheet", file=name)
    try:
        return _check_parts(zf, infos, name, kind)
    except (QuoteError, MemoryError):
        raise
    except RuntimeError as e:  # "File ... is encrypted, password required": a zip password
        raise QuoteError("err.encrypted" if "encrypt" in str(e) else "err.corrupt", file=name) from e
    except Exception as e:  # noqa: BLE001 - bad CRC, truncated data, unknown compression, XML errors...
        raise QuoteError("err.corrupt", file=name) from e


def _check_parts(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str, kind: str) -> str:
    L = _limits()
    by_name = {i.filename: i for i in infos}
    parsed: dict[str, _Part] = {}
    sheet_parts: dict[str, list[str]] = {}  # part -> names of the sheets reading it (xlsx)

    def parse(info: zipfile.ZipInfo, limit: int = 0) -> _Part:
        low = info.filename.lower()
        part = _Part(shared_strings=low.endswith("sharedstrings.xml"), workbook=info.filename == "xl/workbook.xml",
                     rels=low.endswith(".rels"), ods=info.filename == "content.xml")
        parsed[info.filename] = part  # kept even when the part breaks off: what was measured still counts
        try:
            _parse(zf, info, part, limit)
        except _Refused as r:
            if r.key == "err.too_many_cells":  # the message names the sheet
                r.params["sheet"] = (sheet_parts.get(info.filename) or [info.filename.rsplit("/", 1)[-1]])[0]
            raise QuoteError(r.key, file=name, **r.params) from None
        except expat.ExpatError as e:
            raise QuoteError("err.corrupt", file=name) from e
        return part

    def head(info: zipfile.ZipInfo) -> bytes:
        with zf.open(info) as f:
            return f.read(16)

    # The parts the reader opens as XML must parse; first the workbook and which part each sheet reads.
    must: set[str] = set()
    if kind == "xlsx":
        wb = parse(by_name["xl/workbook.xml"])
        rels_info = by_name.get("xl/_rels/workbook.xml.rels")
        targets = parse(rels_info).targets if rels_info else {}
        for sheet, rid in wb.sheets:
            if rid in targets:
                sheet_parts.setdefault(_resolve("xl", targets[rid]), []).append(sheet)
        if len(wb.sheets) > L.MAX_SHEETS:
            raise QuoteError("err.too_many_sheets", file=name, n=len(wb.sheets), max=L.MAX_SHEETS)
        must = {"[Content_Types].xml"} | set(sheet_parts)
        must |= {m for m in map(lambda t: _resolve("xl", t), targets.values())
                 if m in by_name and not head(by_name[m]).startswith(_BINARY_MAGIC)}
        must |= {m for m in by_name if m.lower().startswith("xl/") and m.lower().endswith(("sharedstrings.xml",
                                                                                          "styles.xml"))}
    if "content.xml" in by_name:  # the reader's ODS part (tried when the xlsx one fails)
        must.add("content.xml")
    inflated = 0
    shared_strings = []  # parsed last: how many cells the workbook has bounds how many texts it may hold
    for info in infos:
        inflated += info.file_size
        if info.filename in parsed:
            continue
        if info.filename.lower().endswith("sharedstrings.xml"):
            shared_strings.append(info)
            continue
        if info.filename in must:
            parse(info)
            continue
        start = head(info)
        if not start.startswith(_BINARY_MAGIC) and start.lstrip()[:1] in (b"<", b"\xef", b"\xff", b"\xfe"):
            try:  # XML no reader opens (docProps, drawings, VML...): measured if it parses, like the rest
                parse(info)
                continue
            except QuoteError as e:
                if e.key != "err.corrupt":
                    raise
        if _has_doctype_marks(zf, info):  # inflated to its end: CRC and true size checked
            raise QuoteError("err.xml_entities", file=name)
    if inflated > L.MAX_UNZIPPED_BYTES:
        raise QuoteError("err.zip_bomb", file=name, mb=L.MAX_UNZIPPED_BYTES // 2**20)
    cells = sum(part.cells for part in parsed.values())
    for info in shared_strings:
        parse(info, limit=min(cells + L.MAX_SPARE_STRINGS, L.MAX_BOOK_STRINGS))

    # Per sheet, then for the whole workbook.
    def sheet_name(member: str) -> str:
        return (sheet_parts.get(member) or [member.rsplit("/", 1)[-1]])[0]

    total_cells = sheets = strings = cells = 0
    for member, part in parsed.items():
        strings += part.strings
        cells += part.cells
        if part.ods is not None:
            if part.ods.spaces > L.MAX_UNZIPPED_BYTES:
                raise QuoteError("err.zip_bomb", file=name, mb=L.MAX_UNZIPPED_BYTES // 2**20)
            sheets += len(part.ods.tables)
            for tname, rows, cols in part.ods.tables:
                L._check_extent(name, tname, rows, cols)
                total_cells += rows * cols
            continue
        if part.rows or part.cols or part.merges:
            L._check_extent(name, sheet_name(member), part.rows, part.cols)
            if part.merges > L.MAX_MERGES:
                raise QuoteError("err.too_many_merges", file=name, sheet=sheet_name(member), n=part.merges,
                                 max=L.MAX_MERGES)
            total_cells += part.rows * part.cols * max(1, len(sheet_parts.get(member, ())))
    if sheets > L.MAX_SHEETS:
        raise QuoteError("err.too_many_sheets", file=name, n=sheets, max=L.MAX_SHEETS)
    if total_cells > L.MAX_BOOK_CELLS:
        raise QuoteError("err.book_too_large", file=name, n=total_cells, max=L.MAX_BOOK_CELLS)
    if kind == "xlsx" and strings > min(cells + L.MAX_SPARE_STRINGS, L.MAX_BOOK_STRINGS):
        raise QuoteError("err.too_many_strings", file=name, n=strings, cells=cells)
    return kind


# --- legacy .xls: the BIFF records of the 'Workbook' stream, walked as the reader walks them --------------
_CELL_RECORDS = frozenset({0x0203, 0x027E, 0x00FD, 0x0204, 0x00D6, 0x0205, 0x0006, 0x0206, 0x0406,
                           0x0002, 0x0003, 0x0004, 0x0005})
_HEAD = struct.Struct("<HHHH").unpack_from  # record type, size, and a cell record's row and column
_EOF, _BOUNDSHEET, _FILEPASS, _SST, _DIMENSIONS, _MULRK, _MERGEDCELLS = 0x000A, 0x0085, 0x002F, 0x00FC, 0x0200, \
    0x00BD, 0x00E5


def _walk_sheet(s: bytes, pos: int, n: int) -> tuple[int, int, int, int, int]:
    """Records from a sheet's offset to the next EOF: (rows, cols, cells reserved by DIMENSIONS, merged areas,
    bytes walked). ``s`` carries 8 bytes of padding past ``n``."""
    unpack, head, cells = struct.unpack_from, _HEAD, _CELL_RECORDS
    rows = cols = reserved = merges = 0
    start = pos
    while pos + 4 <= n:
        typ, size, r, c = head(s, pos)
        body, pos = pos + 4, pos + 4 + size
        if pos > n:
            break
        if typ in cells:
            if size >= 4:
                if r >= rows:
                    rows = r + 1
                if c >= cols:
                    cols = c + 1
        elif typ == _EOF:
            break
        elif typ == _DIMENSIONS and size in (10, 14):
            if size == 14:
                r0, r1, c0, c1 = unpack("<IIHH", s, body)
            else:
                r0, r1, c0, c1 = unpack("<HHHH", s, body)
            # calamine: end = (r1 - 1, c1 - 1) when both are >= 1, else the start; it reserves
            # (end.row - start.row + 1) * (end.col - start.col + 1) cells, in wrapping u32 arithmetic.
            e0, e1 = (r1 - 1, c1 - 1) if r1 >= 1 and c1 >= 1 else (r0, c0)
            span_r = ((e0 - r0) & 0xFFFFFFFF) + 1
            span_c = ((e1 - c0) & 0xFFFFFFFF) + 1
            reserved = max(reserved, span_r * span_c)
            rows, cols = max(rows, r0 + 1, r1, span_r), max(cols, c0 + 1, c1, span_c)
        elif typ == _MULRK and size >= 6:
            rows, cols = max(rows, r + 1), max(cols, unpack("<H", s, pos - 2)[0] + 1)
        elif typ == _MERGEDCELLS and size >= 2:
            merges += unpack("<H", s, body)[0]
    return rows, cols, reserved, merges, pos - start


def _biff_sheet_name(body: bytes) -> str:
    if len(body) < 8:
        return ""
    n, flags = body[6], body[7]
    if flags & 1 and len(body) >= 8 + 2 * n:
        return body[8:8 + 2 * n].decode("utf-16-le", "replace")
    if len(body) >= 8 + n and n and flags in (0, 1):
        return body[8:8 + n].decode("latin-1")
    return body[7:7 + n].decode("gb18030", "replace")  # BIFF5: 8-bit name in the system code page


def check_biff(stream: bytes, name: str) -> None:
    """The workbook globals, then each sheet from its BOUNDSHEET offset (see the module's docstring)."""
    L = _limits()
    n = len(stream)
    s = stream + b"\0" * 8  # the 8-byte header read of a short last record stays inside the buffer
    head = _HEAD
    pos = 0
    sheets: list[tuple[int, str]] = []
    strings = 0
    while pos + 4 <= n:  # globals: to the first EOF, as the reader reads them
        typ, size, _r, _c = head(s, pos)
        body, pos = pos + 4, pos + 4 + size
        if pos > n:
            break
        if typ == _EOF:
            break
        if typ == _FILEPASS:
            raise QuoteError("err.encrypted", file=name)
        if typ == _BOUNDSHEET and size >= 4:
            sheets.append((struct.unpack_from("<I", s, body)[0], _biff_sheet_name(s[body:pos])))
        elif typ == _SST and size >= 8:
            strings = max(strings, struct.unpack_from("<I", s, body + 4)[0])  # the reader reserves that many
    if len(sheets) > L.MAX_SHEETS:
        raise QuoteError("err.too_many_sheets", file=name, n=len(sheets), max=L.MAX_SHEETS)
    if strings > L.MAX_BOOK_STRINGS:
        raise QuoteError("err.too_many_strings", file=name, n=strings, cells=0)
    walked: dict[int, tuple[int, int, int, int, int]] = {}
    total_walk = total_cells = 0
    for off, sheet in sheets:
        if off not in walked:
            walked[off] = _walk_sheet(s, off, n)
            total_walk += walked[off][4]
            if total_walk > 2 * n + 4096:  # sheets whose records overlap: no writer lays a workbook out so
                raise QuoteError("err.corrupt", file=name)
        rows, cols, reserved, merges, _ = walked[off]
        L._check_extent(name, sheet or "?", rows, cols)
        if reserved > L.MAX_CELLS:
            raise QuoteError("err.too_many_cells", file=name, sheet=sheet or "?", rows=rows, cols=cols, n=reserved,
                             max=L.MAX_CELLS)
        if merges > L.MAX_MERGES:
            raise QuoteError("err.too_many_merges", file=name, sheet=sheet or "?", n=merges, max=L.MAX_MERGES)
        total_cells += max(rows * cols, reserved)
    if total_cells > L.MAX_BOOK_CELLS:
        raise QuoteError("err.book_too_large", file=name, n=total_cells, max=L.MAX_BOOK_CELLS)

