"""Builders for test fixture files (layouts, encodings and broken inputs).

Each builder takes a directory (typically pytest's ``tmp_path``), writes one
file into it and returns its :class:`~pathlib.Path`.  ``bad_files`` returns a
dict of several paths.  Nothing here is a test; import it from test modules::

    from tests import fixtures_make as fm   # or: import fixtures_make as fm

    def test_reads_gbk(tmp_path):
        path = fm.gb18030_csv(tmp_path)
        ...

The "small wide table" (:data:`WIDE_HEADER` / :data:`WIDE_ROWS`) is the same in
every encoding and container so that tests can assert the importer yields the
same quotes whatever the file type.

Only the standard library and openpyxl are needed, except :func:`xls`, which
needs ``xlwt`` (a test-only dependency; the import happens inside the
function so the rest of the module works without it).
"""

from __future__ import annotations

import csv
import io
import os
import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from openpyxl import Workbook


# ---------------------------------------------------------------------------
# the small wide table shared by the csv/tsv/xlsm/ods/xls fixtures
# ---------------------------------------------------------------------------
WIDE_HEADER: list[str] = [
    "供应商", "套餐", "业务类型", "报价", "等保三级", "国密SM4", "日志保存期",
    "免费维护期", "维护范围", "政策适配", "技术支持", "响应时间", "功能清单",
]
WIDE_ROWS: list[list[str]] = [
    ["安信科技", "标准版", "个人信用贷", "22.8万", "是", "国密SM4", "12个月",
     "一年", "bug修复+小版本升级", "免费", "7×24", "2小时内",
     "用户管理、还款管理、风控审批、用户征信、风控模型、反欺诈模型"],
    # price with a thousands separator and a feature list separated by ASCII
    # commas: both force quoting in the CSV/TSV variants.
    ["融科软件", "专业版", "个人信用贷", "￥198,000", "三级", "SM4", "6个月",
     "12个月", "bug修复", "收费(8万)", "工作日 9:00-18:00", "4小时",
     "用户管理,还款计划,风控审批,征信接口对接,智能风控,营销插件"],
    ["信达系统", "基础版", "个人信用贷", "面议", "无", "AES加密", "3个月",
     "3个月", "仅修复系统崩溃", "收费", "5×8", "次日",
     "用户管理；还款管理；风控审批；个人征信"],
]
WIDE_VENDORS: list[str] = [r[0] for r in WIDE_ROWS]


def _dir(d: "str | os.PathLike[str]") -> Path:
    p = Path(d)
    p.mkdir(parents=True, exist_ok=True)
    return p


def _wide_workbook(sheet_title: str = "报价") -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title
    ws.append(WIDE_HEADER)
    for row in WIDE_ROWS:
        ws.append(row)
    return wb


def _delimited_text(delimiter: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(WIDE_HEADER)
    writer.writerows(WIDE_ROWS)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# layouts
# ---------------------------------------------------------------------------
LONG_ROWS: list[tuple[str, str, str]] = [
    ("安信科技", "套餐", "标准版"),
    ("安信科技", "报价", "22.8万"),
    ("安信科技", "维保期后年费", "3万/年"),
    ("安信科技", "等保三级", "是"),
    ("安信科技", "国密SM4", "是"),
    ("安信科技", "HTTPS", "是"),
    ("安信科技", "日志保存期", "12个月"),
    ("安信科技", "征信接口", "央行征信、百行征信"),
    ("安信科技", "免费维护期", "一年"),
    ("安信科技", "维护范围", "bug修复+小版本升级"),
    ("安信科技", "政策适配", "免费"),
    ("安信科技", "技术支持", "7×24小时"),
    ("安信科技", "响应时间", "2小时内"),
    ("安信科技", "功能清单", "用户管理、还款管理、风控审批、用户征信、风控模型、反欺诈模型"),
    ("融科软件", "套餐", "专业版"),
    ("融科软件", "报价", "19.8w"),
    ("融科软件", "维保期后年费", "2.5万"),
    ("融科软件", "等保三级", "三级"),
    ("融科软件", "国密SM4", "SM4"),
    ("融科软件", "HTTPS", "HTTPS"),
    ("融科软件", "日志保存期", "6个月"),
    ("融科软件", "征信接口", "百行征信"),
    ("融科软件", "免费维护期", "12个月"),
    ("融科软件", "维护范围", "bug修复"),
    ("融科软件", "政策适配", "收费(8万)"),
    ("融科软件", "技术支持", "工作日 9:00-18:00"),
    ("融科软件", "响应时间", "4小时"),
    ("融科软件", "功能清单", "用户管理，还款计划，风控审批，征信接口对接，智能风控，营销插件"),
]


def long_layout_xlsx(d: "str | os.PathLike[str]") -> Path:
    """LONG layout: one row per (vendor, criterion, value)."""
    path = _dir(d) / "报价明细_长表.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "明细"
    ws.append(["供应商", "指标", "取值"])
    for row in LONG_ROWS:
        ws.append(list(row))
    wb.save(path)
    return path


SHEET_PER_VENDOR: dict[str, list[tuple[str, str]]] = {
    "安信科技": [
        ("套餐", "标准版"),
        ("报价", "22.8万元"),
        ("等保三级", "等保三级(2023年取得)"),
        ("数据加密", "国密SM4"),
        ("日志保存期", "12个月"),
        ("免费维护期", "一年"),
        ("维护范围", "bug修复+小版本升级"),
        ("政策适配", "免费"),
        ("技术支持", "7×24小时"),
        ("响应时间", "2小时内"),
        ("功能清单", "用户管理、还款管理、风控审批、用户征信、风控模型、反欺诈模型"),
    ],
    "融科软件": [
        ("套餐", "专业版"),
        ("报价", "19.8w"),
        ("等保三级", "三级"),
        ("数据加密", "SM4"),
        ("日志保存期", "6个月"),
        ("免费维护期", "12个月"),
        ("维护范围", "bug修复"),
        ("政策适配", "收费(8万)"),
        ("技术支持", "工作日 9:00-18:00"),
        ("响应时间", "4小时"),
        ("功能清单", "用户管理\n还款计划\n风控审批\n征信接口对接\n智能风控\n营销插件"),
    ],
}


def sheet_per_vendor_xlsx(d: "str | os.PathLike[str]") -> Path:
    """One sheet per vendor (sheet name = vendor), after a notes-only sheet."""
    path = _dir(d) / "各供应商报价_分表.xlsx"
    wb = Workbook()
    notes = wb.active
    notes.title = "说明"
    notes["A1"] = "每家供应商的报价单独一个工作表，工作表名即供应商名称。"
    notes["A2"] = "报价截至2026年11月，均为销售口头报价，待书面确认。"
    for vendor, items in SHEET_PER_VENDOR.items():
        ws = wb.create_sheet(vendor)
        ws.append(["项目", "内容"])
        for label, value in items:
            ws.append([label, value])
    wb.save(path)
    return path


# ---------------------------------------------------------------------------
# encodings of the small wide table
# ---------------------------------------------------------------------------
def utf16_tsv(d: "str | os.PathLike[str]", name: str = "报价_unicode.tsv") -> Path:
    """Tab-separated UTF-16LE with BOM and CRLF, as Excel's "Unicode text" save."""
    path = _dir(d) / name
    path.write_bytes(b"\xff\xfe" + _delimited_text("\t").encode("utf-16-le"))
    return path


def utf8_bom_csv(d: "str | os.PathLike[str]", name: str = "报价_utf8bom.csv") -> Path:
    """UTF-8 with BOM (Excel's "CSV UTF-8")."""
    path = _dir(d) / name
    path.write_bytes(_delimited_text(",").encode("utf-8-sig"))
    return path


def utf8_csv(d: "str | os.PathLike[str]", name: str = "报价_utf8.csv") -> Path:
    """Plain UTF-8, no BOM, LF line endings (as written by most scripts)."""
    path = _dir(d) / name
    path.write_bytes(_delimited_text(",").replace("\r\n", "\n").encode("utf-8"))
    return path


def gb18030_csv(d: "str | os.PathLike[str]", name: str = "报价_gb18030.csv") -> Path:
    """GB18030 (superset of GBK; Excel on a Chinese Windows saves this)."""
    path = _dir(d) / name
    path.write_bytes(_delimited_text(",").encode("gb18030"))
    return path


# ---------------------------------------------------------------------------
# other spreadsheet containers
# ---------------------------------------------------------------------------
_XLSX_MAIN_CT = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_XLSM_MAIN_CT = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"


def xlsm(d: "str | os.PathLike[str]") -> Path:
    """The wide table as a macro-enabled workbook (no macros inside).

    openpyxl writes the plain-xlsx content type; it is patched to the
    macro-enabled one so the file is what Excel itself would produce.
    """
    path = _dir(d) / "报价.xlsm"
    buf = io.BytesIO()
    _wide_workbook().save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(_XLSX_MAIN_CT, _XLSM_MAIN_CT)
            dst.writestr(info, data)
    path.write_bytes(out.getvalue())
    return path


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _ods_cell(value: object) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in str(value).split("\n"))
    return f'<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>'


def ods(d: "str | os.PathLike[str]") -> Path:
    """The wide table as OpenDocument spreadsheet, written by hand (no odfpy)."""
    path = _dir(d) / "报价.ods"
    rows_xml = "".join(
        "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
        for row in [WIDE_HEADER, *WIDE_ROWS]
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content {_ODS_NS} office:version="1.2">'
        "<office:body><office:spreadsheet>"
        f"<table:table table:name={quoteattr('报价')}>"
        f'<table:table-column table:number-columns-repeated="{len(WIDE_HEADER)}"/>'
        f"{rows_xml}</table:table>"
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        # the mimetype entry must come first and be stored uncompressed
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def xls(d: "str | os.PathLike[str]") -> Path:
    """The wide table as a legacy BIFF8 .xls. Needs ``xlwt`` (test dependency)."""
    import xlwt  # noqa: PLC0415 - optional, test-only dependency

    path = _dir(d) / "报价.xls"
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("报价")
    for r, row in enumerate([WIDE_HEADER, *WIDE_ROWS]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(path))
    return path


# ---------------------------------------------------------------------------
# broken / unusable inputs
# ---------------------------------------------------------------------------
def _tiny_png() -> bytes:
    """A valid 1x1 white PNG."""
    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00\xff\xff\xff")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


NO_VENDOR_HEADER = ["套餐", "报价", "等保三级", "国密SM4", "免费维护期", "技术支持", "功能清单"]
NO_VENDOR_ROWS = [
    ["标准版", "22.8万", "是", "是", "12个月", "7×24", "用户管理、还款管理、风控审批"],
    ["专业版", "19.8w", "三级", "SM4", "12个月", "5×8", "用户管理、还款计划、风控审批"],
]


def bad_files(d: "str | os.PathLike[str]") -> dict[str, Path]:
    """Inputs the importer must reject cleanly, keyed by file name."""
    base = _dir(d)
    out: dict[str, Path] = {}

    p = base / "empty.csv"
    p.write_bytes(b"")
    out[p.name] = p

    p = base / "headers_only.xlsx"
    wb = Workbook()
    wb.active.title = "报价"
    wb.active.append(WIDE_HEADER)
    wb.save(p)
    out[p.name] = p

    p = base / "not_a_sheet.xlsx"
    p.write_bytes(_tiny_png())
    out[p.name] = p

    p = base / "truncated.xlsx"
    buf = io.BytesIO()
    _wide_workbook().save(buf)
    full = buf.getvalue()
    p.write_bytes(full[: len(full) // 2])
    out[p.name] = p

    p = base / "no_vendor.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "报价"
    ws.append(NO_VENDOR_HEADER)
    for row in NO_VENDOR_ROWS:
        ws.append(row)
    wb.save(p)
    out[p.name] = p

    return out


__all__ = [
    "WIDE_HEADER", "WIDE_ROWS", "WIDE_VENDORS", "LONG_ROWS", "SHEET_PER_VENDOR",
    "NO_VENDOR_HEADER", "NO_VENDOR_ROWS",
    "long_layout_xlsx", "sheet_per_vendor_xlsx", "utf16_tsv", "utf8_bom_csv", "utf8_csv",
    "gb18030_csv", "xlsm", "ods", "xls", "bad_files",
]
