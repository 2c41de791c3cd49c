"""Issue 16, item 5 ("Nothing lost, everything said"): every layout case either reads the quotes or lists each
row, column, sheet or cell it could not use, with the reason. Every file is generated here (openpyxl, then the
xlsx XML edited with zipfile where openpyxl cannot write the case; a minimal .ods written by hand)."""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import openpyxl
import pytest

from core import i18n
from core.ingest import read_file
from core.load import load
from core.mapping import match_label
from core.parse import parse_cell


# --- helpers ----------------------------------------------------------------------------------------
def book(*sheets, edit=None) -> bytes:
    """xlsx bytes: each sheet is (title, rows) or (title, rows, options); options: state ('hidden' /
    'veryHidden'), hidden_rows (1-based), hidden_cols (letters), merge (list of ranges), text (cells kept as text
    even when they start with '='). edit(member, xml) -> xml post-processes the zip."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for spec in sheets:
        title, rows, opts = (*spec, {})[:3]
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        for ref in opts.get("text", ()):
            ws[ref].data_type = "s"
        for r in opts.get("hidden_rows", ()):
            ws.row_dimensions[r].hidden = True
        for c in opts.get("hidden_cols", ()):
            ws.column_dimensions[c].hidden = True
        for rng in opts.get("merge", ()):
            ws.merge_cells(rng)
        for ref, fmt in opts.get("formats", {}).items():
            ws[ref].number_format = fmt
        if "state" in opts:
            ws.sheet_state = opts["state"]
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    if edit is None:
        return data
    zin, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, edit(info.filename, zin.read(info)))
    return out.getvalue()


def ods(*tables, hidden_rows=(), hidden_cols=(), hidden_tables=()) -> bytes:
    """A minimal OpenDocument spreadsheet: tables are (name, rows); strings and numbers only. hidden_rows:
    (table index, 1-based row) pairs shown collapsed; hidden_cols: (table index, 1-based column) pairs;
    hidden_tables: indexes of tables not displayed."""
    def row_tag(t, r):
        return '<table:table-row table:visibility="collapse">' if (t, r) in hidden_rows else "<table:table-row>"

    def cell(v):
        if isinstance(v, dt.timedelta):  # a duration cell, as LibreOffice writes one
            m = int(v.total_seconds() // 60)
            return (f'<table:table-cell office:value-type="time" office:time-value="PT{m // 60:02d}H{m % 60:02d}M00S">'
                    f'<text:p>{m // 60}:{m % 60:02d}</text:p></table:table-cell>')
        if isinstance(v, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'

    body = "".join(f'<table:table table:name="{name}"' + (' table:style-name="hid">' if t in hidden_tables else ">")
                   + "".join(f'<table:table-column table:visibility="{"collapse" if (t, c) in hidden_cols else "visible"}"/>'
                             for c in range(1, max(map(len, rows)) + 1))
                   + "".join(row_tag(t, r) + "".join(cell(v) for v in row) + "</table:table-row>"
                             for r, row in enumerate(rows, 1))
                   + "</table:table>" for t, (name, rows) in enumerate(tables))
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2">'
               '<office:automatic-styles><style:style style:name="hid" style:family="table">'
               '<style:table-properties table:display="false"/></style:style></office:automatic-styles>'
               f'<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content)
    return buf.getvalue()


HEAD = ["供应商", "报价(万元)", "等保三级", "免费维保期", "7x24支持"]


def quote_rows(*vendors, start=20):
    return [[v, start + i, "是", "12个月", "是"] for i, v in enumerate(vendors)]


def by_vendor(qs):
    return {q.vendor: q for q in qs.quotes}


def reasons(qs):
    return [(s.sheet, s.where, s.reason, s.text) for s in qs.skipped + qs.notes]


def codes(qs):
    return [w.code for w in qs.warnings]


def said(qs, code):
    """Every warning with this code, as text in both languages (a missing parameter would show as {name})."""
    out = []
    for w in qs.warnings:
        if w.code == code:
            for lang in i18n.LANGS:
                text = i18n.warning_text(w, lang)
                assert "{" not in text, text
                out.append(text)
    return out


def test_new_keys_exist_in_both_languages():
    for key in ("skip.no_values", "skip.no_criterion", "skip.repeated_header", "skip.notes_column",
                "warn.sheet_renamed", "warn.sheet_same_name_unread", "warn.hidden_sheet", "warn.very_hidden_sheet",
                "warn.hidden_rows", "warn.hidden_cols", "warn.time_not_number", "warn.time_as_hours"):
        assert i18n.ZH[key] and i18n.EN[key] and i18n.ZH[key] != i18n.EN[key]


# --- 1. two sheets with the same name -----------------------------------------------------------------
def _same_names(member: str, xml: bytes) -> bytes:
    return xml.replace("报价B".encode(), "报价".encode()) if member == "xl/workbook.xml" else xml


def test_two_xlsx_sheets_of_one_name_are_both_read_and_told_apart():
    data = book(("报价", [HEAD, *quote_rows("甲科技")]), ("报价B", [HEAD, *quote_rows("乙科技", start=30)]),
                edit=_same_names)
    assert zipfile.ZipFile(io.BytesIO(data)).read("xl/workbook.xml").count('name="报价"'.encode()) == 2
    qs = load([("dup.xlsx", data)])
    q = by_vendor(qs)
    assert sorted(q) == ["乙科技", "甲科技"]
    assert (q["甲科技"].sheet, q["甲科技"].values["price_cny"]) == ("报价", 200_000)
    assert (q["乙科技"].sheet, q["乙科技"].values["price_cny"]) == ("报价 (2)", 300_000)
    assert [s.sheet for s in qs.sheets] == ["报价", "报价 (2)"]
    (w,) = [w for w in qs.warnings if w.code == "warn.sheet_renamed"]
    assert w.params == {"file": "dup.xlsx", "sheet": "报价", "new": "报价 (2)"}
    assert any("报价 (2)" in t for t in said(qs, "warn.sheet_renamed"))


def test_two_ods_sheets_of_one_name_are_both_read_and_told_apart():
    data = ods(("报价", [HEAD, *quote_rows("甲科技")]), ("报价", [HEAD, *quote_rows("乙科技", start=30)]),
               ("报价 (2)", [HEAD, *quote_rows("丙科技", start=40)]))
    qs = load([("dup.ods", data)])
    q = by_vendor(qs)
    assert sorted(q) == ["丙科技", "乙科技", "甲科技"]
    assert q["甲科技"].values["price_cny"] == 200_000 and q["乙科技"].values["price_cny"] == 300_000
    assert q["乙科技"].sheet == "报价 (3)" and q["丙科技"].sheet == "报价 (2)"  # a name already taken is not reused
    assert [w.params["new"] for w in qs.warnings if w.code == "warn.sheet_renamed"] == ["报价 (3)"]


# --- 2. a notes word in a sheet name ----------------------------------------------------------------
def test_a_notes_word_in_a_sheet_name_still_reads_its_table():
    instructions = [["列", "怎么填"], ["供应商", "供应商全称。每个报价一行。"], ["报价(万元)", "只填数字。"],
                    ["等保三级", "是否已取得证书。"], ["免费维保期", "验收后免费维护几个月。"]]
    data = book(("报价(含说明)", [HEAD, *quote_rows("甲科技", "乙科技")]),
                ("报价备注版", [HEAD, *quote_rows("丙科技", start=40)]),
                ("填写说明", instructions), ("备注", [["注：以上报价均含税。"]]))
    qs = load([("notes.xlsx", data)])
    assert sorted(by_vendor(qs)) == ["丙科技", "乙科技", "甲科技"]
    assert by_vendor(qs)["丙科技"].sheet == "报价备注版"
    skipped_sheets = {s.sheet for s in qs.notes if s.reason == "note.no_table"}
    assert skipped_sheets == {"填写说明", "备注"}  # instructions and notes: still listed, never a quote


def test_a_notes_named_sheet_with_a_transposed_table_is_read():
    rows = [["对比项目", "甲科技", "乙科技"], ["报价(万元)", 20, 25], ["等保三级", "是", "否"], ["免费维保期", "一年", "半年"]]
    qs = load([("n.xlsx", book(("封面", [["采购询价"]]), ("对比说明", rows)))])
    assert sorted(by_vendor(qs)) == ["乙科技", "甲科技"]
    assert by_vendor(qs)["乙科技"].values["free_maintenance_months"] == 6


# --- 3. a vendor name with no value at all ----------------------------------------------------------
def test_vendor_only_rows_are_listed_as_no_values_never_scored():
    rows = [HEAD + ["套餐"], *[r + ["标准版"] for r in quote_rows("甲科技", "乙科技")],
            ["丙科技"], ["丁科技", None, None, None, None, "基础版"], [None, None, None, None, None, None],
            ["注：以上报价含税"]]
    qs = load([("v.xlsx", book(("报价", rows)))])
    assert sorted(by_vendor(qs)) == ["乙科技", "甲科技"]
    got = reasons(qs)
    assert ("报价", "A4", "skip.no_values", "丙科技") in got
    assert ("报价", "A5", "skip.no_values", "丁科技 | 基础版") in got
    assert ("报价", "A7", "skip.note_row", "注：以上报价含税") in got


def test_vendor_column_with_only_a_name_is_listed_as_no_values():
    rows = [["项目", "甲科技", "乙科技", "丙科技"], ["供应商", "甲科技", "乙科技", "丙科技"],
            ["报价(万元)", 20, 25, None], ["等保三级", "是", "否", None], ["免费维保期", "一年", "半年", None]]
    qs = load([("t.xlsx", book(("对比", rows)))])
    assert sorted(by_vendor(qs)) == ["乙科技", "甲科技"]
    assert ("对比", "D", "skip.no_values", "丙科技") in reasons(qs)


def test_long_layout_vendor_without_any_value_is_listed():
    rows = [["供应商", "项目", "取值"], ["甲科技", "报价", "20万"], ["甲科技", "等保三级", "是"],
            ["乙科技", "报价", None], ["乙科技", "等保三级", None]]
    qs = load([("l.xlsx", book(("明细", rows)))])
    assert list(by_vendor(qs)) == ["甲科技"]
    assert ("明细", "A4", "skip.no_values", "乙科技") in reasons(qs)


# --- 4. vendor names that look like labels ----------------------------------------------------------
LABEL_LIKE = ["国密安全科技", "等保云", "征信接口科技", "权限管理软件有限公司", "年费通", "政策适配科技", "终身服务网络",
              "安信科技", "融科软件", "云贷通"]


def test_label_like_vendor_names_keep_a_wide_sheet_wide():
    assert sum(match_label(n).target is not None for n in LABEL_LIKE) == 7  # they really look like labels
    head = ["供应商", "报价(万元)", "等保三级", "国密SM4", "免费维保期", "7x24支持"]
    rows = [head] + [[n, 20 + i, "是", "是", "12个月", "是"] for i, n in enumerate(LABEL_LIKE)]
    qs = load([("w.xlsx", book(("报价", rows)))])
    q = by_vendor(qs)
    assert sorted(q) == sorted(LABEL_LIKE)
    assert q["国密安全科技"].values["price_cny"] == 200_000 and q["云贷通"].values["price_cny"] == 290_000
    assert q["等保云"].values["mlps_level3"] is True and q["等保云"].origin == "3"


def test_label_like_vendor_names_keep_a_transposed_sheet_transposed():
    vendors = ["国密安全科技", "等保云", "征信接口科技", "权限管理软件有限公司", "年费通"]
    rows = [["供应商", *vendors], ["报价(万元)", 20, 21, 22, 23, 24], ["等保三级", "是", "是", "否", "是", "是"],
            ["免费维保期", "一年", "一年", "半年", "一年", "两年"]]
    qs = load([("t.xlsx", book(("对比", rows)))])
    q = by_vendor(qs)
    assert sorted(q) == sorted(vendors)
    assert q["年费通"].values["free_maintenance_months"] == 24 and q["征信接口科技"].values["mlps_level3"] is False


# --- 5. merged cells ----------------------------------------------------------------------------------
def test_a_value_merged_across_vendor_columns_reaches_every_vendor():
    rows = [["某小贷公司 系统源码报价对比表"], ["对比项目", "甲科技", "乙科技", "丙科技"], ["报价(万元)", 20, 25, 30],
            ["技术支持", "7×24小时", None, None], ["免费维保期", "一年", None, "半年"], ["备注：均含税"]]
    qs = load([("m.xlsx", book(("对比", rows, {"merge": ["A1:D1", "B4:D4", "B5:C5", "A6:D6"]})))])
    q = by_vendor(qs)
    assert sorted(q) == ["丙科技", "乙科技", "甲科技"]
    assert all(q[v].values["support_7x24"] is True for v in q)
    assert [q[v].values["free_maintenance_months"] for v in ("甲科技", "乙科技", "丙科技")] == [12, 12, 6]
    assert ("对比", "A6", "skip.note_row", "备注：均含税") in reasons(qs)  # the note merged along the bottom stays a note


def test_a_value_merged_down_vendor_rows_of_a_wide_sheet_reaches_every_vendor():
    rows = [HEAD, ["甲科技", 20, "是", "12个月", "是"], ["乙科技", 25, None, "12个月", "是"], ["丙科技", 30, None, "6个月", "否"]]
    qs = load([("m.xlsx", book(("报价", rows, {"merge": ["C2:C4"]})))])
    assert [q.values["mlps_level3"] for q in qs.quotes] == [True, True, True]


# --- 6. long layout: a row without its criterion ----------------------------------------------------
def test_long_row_with_an_empty_criterion_is_listed():
    rows = [["供应商", "项目", "取值"], ["甲科技", "报价", "20万"], ["甲科技", None, "是"], ["甲科技", "等保三级", "是"],
            ["乙科技", "报价", "25万"]]
    qs = load([("l.xlsx", book(("明细", rows)))])
    assert sorted(by_vendor(qs)) == ["乙科技", "甲科技"]
    assert by_vendor(qs)["甲科技"].values["mlps_level3"] is True
    assert ("明细", "B3", "skip.no_criterion", "甲科技: 是") in reasons(qs)


# --- 7. the header printed again mid-table ----------------------------------------------------------
def test_repeated_header_row_is_left_out_and_listed():
    rows = [HEAD, *quote_rows("甲科技", "乙科技"), HEAD, *quote_rows("丙科技", start=30)]
    qs = load([("h.xlsx", book(("报价", rows)))])
    assert sorted(by_vendor(qs)) == ["丙科技", "乙科技", "甲科技"]
    (s,) = [s for s in qs.skipped if s.reason == "skip.repeated_header"]
    assert (s.sheet, s.where) == ("报价", "A4")


def test_a_header_printed_again_in_another_order_reads_the_rows_below_it_by_its_own_order():
    """Page 2 of a comparison sheet, its columns dragged into another order and its header printed again: the
    rows below read by the new header, never by the first one's columns (a price read as the 等保 answer)."""
    head = ["供应商", "报价", "等保三级", "维保期"]
    again = ["供应商", "维保期", "报价", "等保三级"]
    rows = [head, ["甲科技", "28万", "已取得，备案编号11010843001-23001", "12个月"],
            again, ["乙科技", "24个月", "26万", "未取得"],
            ["供应商", "报价", "维保期", "等保三级"], ["丙科技", "30万", "36个月", "未取得"]]
    qs = load([("p.xlsx", book(("报价", rows)))])
    v = by_vendor(qs)
    assert (v["丙科技"].values["price_cny"], v["丙科技"].values["free_maintenance_months"]) == (300000, 36)
    assert (v["甲科技"].values["price_cny"], v["甲科技"].values["free_maintenance_months"]) == (280000, 12)
    assert (v["乙科技"].values["price_cny"], v["乙科技"].values["free_maintenance_months"]) == (260000, 24)
    assert v["乙科技"].values["mlps_level3"] is False
    assert [(s.where, s.reason) for s in qs.skipped] == [("A3", "skip.repeated_header"), ("A5", "skip.repeated_header")]


def test_repeated_header_row_in_a_long_layout_is_left_out_and_listed():
    head = ["供应商", "项目", "取值"]
    rows = [head, ["甲科技", "报价", "20万"], head, ["乙科技", "报价", "25万"]]
    qs = load([("l.xlsx", book(("明细", rows)))])
    assert sorted(by_vendor(qs)) == ["乙科技", "甲科技"]
    assert [(s.where, s.reason) for s in qs.skipped] == [("A3", "skip.repeated_header")]


# --- 8. hidden sheets, rows and columns ---------------------------------------------------------------
def test_hidden_sheets_rows_and_columns_are_read_and_announced():
    data = book(("报价", [HEAD, *quote_rows("甲科技", "乙科技", "丙科技", "丁科技")], {"hidden_rows": [3, 4]}),
                ("旧报价", [HEAD, *quote_rows("戊科技", start=40)], {"state": "hidden"}),
                ("内部", [HEAD, *quote_rows("己科技", start=50)], {"state": "veryHidden"}),
                ("对比", [["对比项目", "庚科技", "辛科技"], ["报价(万元)", 20, 21], ["等保三级", "是", "是"],
                        ["免费维保期", "一年", "一年"]], {"hidden_cols": ["C"]}),
                ("空白", [[None]], {"state": "hidden"}))
    qs = load([("h.xlsx", data)])
    assert sorted(by_vendor(qs)) == sorted(["甲科技", "乙科技", "丙科技", "丁科技", "戊科技", "己科技", "庚科技", "辛科技"])
    assert by_vendor(qs)["乙科技"].values["price_cny"] == 210_000  # a hidden row is read as usual
    (rows,) = [w for w in qs.warnings if w.code == "warn.hidden_rows"]
    assert (rows.sheet, rows.params["rows"], rows.params["n"]) == ("报价", "3–4", 2)
    assert [w.sheet for w in qs.warnings if w.code == "warn.hidden_sheet"] == ["旧报价"]  # not the empty one
    assert [w.sheet for w in qs.warnings if w.code == "warn.very_hidden_sheet"] == ["内部"]
    (cols,) = [w for w in qs.warnings if w.code == "warn.hidden_cols"]
    assert (cols.sheet, cols.params["cols"]) == ("对比", "C")
    assert any("旧报价" in t for t in said(qs, "warn.hidden_sheet"))
    assert any("3–4" in t for t in said(qs, "warn.hidden_rows"))
    assert any("内部" in t for t in said(qs, "warn.very_hidden_sheet"))
    assert any("'对比'" in t or "“对比”" in t for t in said(qs, "warn.hidden_cols"))


def test_hidden_rows_without_row_numbers_are_counted_in_order():
    def strip_r(member, xml):
        if member.startswith("xl/worksheets/"):
            xml = re.sub(rb'<row r="\d+"', b"<row", xml)
            xml = re.sub(rb' r="[A-Z]+\d+"', b"", xml)
        return xml

    data = book(("报价", [HEAD, *quote_rows("甲科技", "乙科技")], {"hidden_rows": [3]}), edit=strip_r)
    qs = load([("h.xlsx", data)])
    assert sorted(by_vendor(qs)) == ["乙科技", "甲科技"]
    assert [w.params["rows"] for w in qs.warnings if w.code == "warn.hidden_rows"] == ["3"]


def test_a_visible_workbook_gives_no_hidden_warning():
    qs = load([("v.xlsx", book(("报价", [HEAD, *quote_rows("甲科技", "乙科技")])))])
    assert not [c for c in codes(qs) if "hidden" in c]


# --- 9. time-formatted cells ------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["money", "months"])
@pytest.mark.parametrize("cell", [dt.timedelta(hours=36), dt.time(12, 0), dt.time(10, 30), "36:00", " 2:30 ", "１２：００"])
def test_a_time_is_never_an_amount_or_a_number_of_months(kind, cell):
    assert parse_cell(kind, cell) == (None, "warn.time_not_number")


def test_a_duration_is_read_as_hours_of_response_time_and_said():
    assert parse_cell("hours", dt.timedelta(hours=36)) == (36.0, "warn.time_as_hours")
    assert parse_cell("hours", "2:30") == (2.5, "warn.time_as_hours")
    assert parse_cell("hours", dt.time(2, 30)) == (2.5, "warn.time_as_hours")  # typed 2:30 in Excel: a time of day
    assert parse_cell("hours", "2小时") == (2.0, None)
    assert parse_cell("money", "22.8万") == (228_000, None)


def test_time_formatted_cells_in_a_sheet_are_refused_with_their_place():
    head = ["供应商", "报价(万元)", "免费维保期", "响应时长(小时)"]
    rows = [head, ["甲科技", dt.timedelta(hours=36), "12个月", dt.timedelta(hours=36)],
            ["乙科技", 25, dt.time(12, 0), 4]]
    data = book(("报价", rows, {"formats": {"B2": "[h]:mm", "D2": "[h]:mm", "C3": "h:mm"}}))
    qs = load([("t.xlsx", data)])
    q = by_vendor(qs)
    assert q["甲科技"].values["price_cny"] is None and q["甲科技"].values["response_hours"] == 36
    assert q["乙科技"].values["free_maintenance_months"] is None and q["乙科技"].values["response_hours"] == 4
    refused = {(w.cell, w.params["text"]) for w in qs.warnings if w.code == "warn.time_not_number"}
    assert all("36:00" in t for t in said(qs, "warn.time_as_hours"))
    assert refused == {("B2", "36:00"), ("C3", "12:00")}
    assert [(w.cell, w.params["text"]) for w in qs.warnings if w.code == "warn.time_as_hours"] == [("D2", "36:00")]
    assert all("t.xlsx" in t and "报价" in t for t in said(qs, "warn.time_not_number"))
    assert q["甲科技"].sources["price_cny"][0].text == "36:00"  # the source text as the cell shows it


# --- 10. a notes column is never a vendor -----------------------------------------------------------
def test_notes_column_in_a_transposed_sheet_is_kept_as_notes_not_a_vendor():
    rows = [["对比项目", "甲科技", "乙科技", "备注"], ["报价(万元)", 20, 25, "均含税"], ["等保三级", "是", "是", None],
            ["免费维保期", "一年", "两年", "乙为口头承诺"]]
    qs = load([("n.xlsx", book(("对比", rows)))])
    assert sorted(by_vendor(qs)) == ["乙科技", "甲科技"]
    notes = [(s.where, s.text) for s in qs.notes if s.reason == "skip.notes_column"]
    assert notes == [("D2", "报价(万元): 均含税"), ("D4", "免费维保期: 乙为口头承诺")]


@pytest.mark.parametrize("label", ["说明", "Remarks", "备注（选填）", "notes"])
def test_other_notes_labels_are_never_vendors(label):
    rows = [["Item", "Acme", "Beta", label], ["Quote (CNY)", 200000, 250000, "incl. VAT"],
            ["MLPS level 3", "yes", "no", ""], ["Free maintenance (months)", 12, 6, "verbal"]]
    qs = load([("n.xlsx", book(("Quotes", rows)))])
    assert sorted(by_vendor(qs)) == ["Acme", "Beta"]


def test_a_notes_row_in_a_wide_sheet_is_not_a_vendor():
    rows = [HEAD, *quote_rows("甲科技", "乙科技"), ["备注", "以上报价含税", None, "维保自验收起算"]]
    qs = load([("n.xlsx", book(("报价", rows)))])
    assert sorted(by_vendor(qs)) == ["乙科技", "甲科技"]
    assert ("报价", "A4", "skip.note_row", "备注 | 以上报价含税 | 维保自验收起算") in reasons(qs)


# --- 11. vendor cells starting with "=" -----------------------------------------------------------
def test_vendor_text_starting_with_equals_is_a_name_not_an_example():
    link = '=HYPERLINK("https://www.example.com/quote","点我")'
    rows = [HEAD, ["甲科技", 20, "是", "12个月", "是"], [link, 25, "是", "12个月", "是"], ["=乙科技", 30, "是", "6个月", "否"],
            ["示例科技(示例)", 1, "是", "12个月", "是"]]
    qs = load([("e.xlsx", book(("报价", rows, {"text": ["A3", "A4"]})))])
    assert sorted(by_vendor(qs)) == sorted(["甲科技", link, "=乙科技"])
    assert by_vendor(qs)[link].values["price_cny"] == 250_000
    assert [(s.where, s.reason) for s in qs.skipped] == [("A5", "skip.example_row")]  # a real example still is one
    csv = ('Vendor,Quote (CNY)\nAcme,200000\n"=HYPERLINK(""http://example.com"",""click"")",300000\n'
           'Sample Co (example),1\n')
    qs = load([("e.csv", csv.encode())])
    assert sorted(by_vendor(qs)) == sorted(["Acme", '=HYPERLINK("http://example.com","click")'])
    assert [s.reason for s in qs.skipped] == ["skip.example_row"]


# --- 12. near-synonyms of the response time ------------------------------------------------------
@pytest.mark.parametrize("label,unit", [("响应时长(小时)", 1.0), ("响应时长", None), ("响应速度", None),
                                        ("响应速度（小时）", 1.0), ("到场时长", None), ("到场时长(h)", 1.0),
                                        ("故障响应时长", None), ("响应时间(分钟)", 1 / 60)])
def test_response_time_near_synonyms_map(label, unit):
    m = match_label(label)
    assert m.target is not None and m.target.id == "response_hours"
    assert m.unit == pytest.approx(unit) if unit else m.unit is None


@pytest.mark.parametrize("label", ["系统响应速度", "页面响应速度", "服务时长", "维护时长", "处理时长", "响应"])
def test_response_time_synonyms_make_no_false_match(label):
    m = match_label(label)
    assert m.target is None or m.target.id != "response_hours" or label == "响应"


def test_response_hours_header_reads_its_values():
    rows = [["供应商", "报价(万元)", "响应时长(小时)", "到场时长"], ["甲科技", 20, 4, "次日"], ["乙科技", 25, 0.5, "2小时"]]
    qs = load([("r.xlsx", book(("报价", rows)))])
    q = by_vendor(qs)
    assert q["甲科技"].values["response_hours"] == 4 and q["乙科技"].values["response_hours"] == 0.5
    assert {m.label: m.code for m in qs.mapping}["响应时长(小时)"] == "response_hours"


# --- the reading stays whole: records from read_file ------------------------------------------------
def test_read_file_keeps_the_sheet_name_of_each_record():
    data = book(("报价", [HEAD, *quote_rows("甲科技")]), ("报价B", [HEAD, *quote_rows("乙科技")]), edit=_same_names)
    res = read_file(data, "dup.xlsx")
    assert [(r.sheet, r.cells[0][1]) for r in res.records] == [("报价", "甲科技"), ("报价 (2)", "乙科技")]


def test_vendor_only_row_beside_a_row_number_is_listed_as_no_values():
    rows = [["序号", *HEAD], [1, "甲科技", 20, "是", "12个月", "是"], [2, "乙科技"], [3, "丙科技", 30, "是", "6个月", "否"]]
    qs = load([("v.xlsx", book(("报价", rows)))])
    assert sorted(by_vendor(qs)) == ["丙科技", "甲科技"]
    assert ("报价", "B3", "skip.no_values", "2 | 乙科技") in reasons(qs)


def test_hidden_ods_sheets_and_rows_are_read_and_announced():
    data = ods(("报价", [HEAD, *quote_rows("甲科技", "乙科技", "丙科技")]), ("旧报价", [HEAD, *quote_rows("丁科技")]),
               hidden_rows={(0, 3)}, hidden_cols={(0, 2)}, hidden_tables={1})
    qs = load([("h.ods", data)])
    assert sorted(by_vendor(qs)) == ["丁科技", "丙科技", "乙科技", "甲科技"]
    assert [(w.sheet, w.params["rows"]) for w in qs.warnings if w.code == "warn.hidden_rows"] == [("报价", "3")]
    assert [w.sheet for w in qs.warnings if w.code == "warn.hidden_sheet"] == ["旧报价"]
    assert [(w.sheet, w.params["cols"]) for w in qs.warnings if w.code == "warn.hidden_cols"] == [("报价", "B")]


def test_a_notes_sheet_with_one_table_like_entry_is_said_not_silently_dropped():
    qs = load([("n.xlsx", book(("报价", [HEAD, *quote_rows("甲科技", "乙科技")]),
                               ("备注版", [HEAD, *quote_rows("丙科技")])))])
    assert sorted(by_vendor(qs)) == ["乙科技", "甲科技"]
    assert ("备注版", "", "note.notes_sheet_unread", "丙科技") in reasons(qs)


def test_a_vendor_whose_name_starts_like_a_note_is_still_a_vendor():
    rows = [HEAD, *quote_rows("甲科技"), ["注册宝科技"], ["注：以上含税"]]
    qs = load([("v.xlsx", book(("报价", rows)))])
    got = reasons(qs)
    assert ("报价", "A3", "skip.no_values", "注册宝科技") in got and ("报价", "A4", "skip.note_row", "注：以上含税") in got


def test_label_column_printed_again_in_a_transposed_sheet_is_left_out_and_listed():
    rows = [["供应商", "甲科技", "乙科技", "供应商", "丙科技"], ["报价(万元)", 20, 25, "报价(万元)", 30],
            ["等保三级", "是", "否", "等保三级", "是"], ["免费维保期", "一年", "半年", "免费维保期", "两年"]]
    qs = load([("t.xlsx", book(("对比", rows)))])
    assert sorted(by_vendor(qs)) == ["丙科技", "乙科技", "甲科技"]
    assert [(s.where, s.reason) for s in qs.skipped] == [("D", "skip.repeated_header")]


def test_xls_sheets_of_one_name_keep_the_first_and_say_so():
    """.xls cannot be renamed in place: the first sheet of the name is read, the other named as unread."""
    from types import SimpleNamespace

    from core.ingest import _apart_same_names

    metas = [SimpleNamespace(name="报价"), SimpleNamespace(name="说明"), SimpleNamespace(name="报价")]
    wb = object()
    got_wb, got_metas, data, issues, unread = _apart_same_names(wb, metas, b"\xd0\xcf\x11\xe0 not a zip", "q.xls")
    assert got_wb is wb and got_metas is metas and unread == {2}
    assert [(i, w.code, w.params["sheet"]) for i, ws in issues.items() for w in ws] == \
        [(0, "warn.sheet_same_name_unread", "报价")]
    assert "{" not in i18n.warning_text(issues[0][0], "en")


def test_merges_across_are_clipped_and_overlapping_ones_left_alone():
    from core.ingest import RawSheet, _fill_across

    rows = [["项目", "甲", "乙", "丙"], ["技术支持", "7x24", None, None], ["报价", 1, 2, 3]]
    sh = RawSheet("f", "s", [list(r) for r in rows], merges=[((1, 1), (1, 10**6))])
    _fill_across(sh, 0, 0, 4)
    assert sh.rows[1] == ["技术支持", "7x24", "7x24", "7x24"]
    sh = RawSheet("f", "s", [list(r) for r in rows], merges=[((1, 1), (2, 3))] * 50)  # overlapping: 300 cells > 12
    _fill_across(sh, 0, 0, 4)
    assert sh.rows == rows


def test_transposed_vendor_over_an_empty_column_is_listed_and_one_with_other_values_kept():
    rows = [["项目", "甲科技", "乙科技", "丙科技", "丁科技"], ["报价(万元)", 20, 25, None, None],
            ["等保三级", "是", "否", None, None], ["免费维保期", "一年", None, None, None], ["联系人", "张", "李", None, "王"]]
    qs = load([("t.xlsx", book(("对比", rows)))])
    assert sorted(by_vendor(qs)) == ["丁科技", "乙科技", "甲科技"]
    assert by_vendor(qs)["丁科技"].extras == {"联系人": "王"}
    assert ("对比", "D", "skip.no_values", "丙科技") in reasons(qs)


def test_vendor_row_printed_again_in_a_transposed_sheet_is_left_out_and_listed():
    rows = [["供应商", "甲科技", "乙科技"], ["报价(万元)", 20, 25], ["供应商", "甲科技", "乙科技"], ["等保三级", "是", "否"]]
    qs = load([("t.xlsx", book(("对比", rows)))])
    assert sorted(by_vendor(qs)) == ["乙科技", "甲科技"]
    assert by_vendor(qs)["乙科技"].values["mlps_level3"] is False
    assert [(s.where, s.reason) for s in qs.skipped] == [("A3", "skip.repeated_header")]


def test_notes_column_under_the_vendor_row_is_not_a_vendor_either():
    rows = [["供应商", "甲科技", "乙科技", "备注"], ["报价(万元)", 20, 25, "均含税"], ["等保三级", "是", "是", None],
            ["免费维保期", "一年", "两年", None]]
    qs = load([("n.xlsx", book(("对比", rows)))])
    assert sorted(by_vendor(qs)) == ["乙科技", "甲科技"]
    assert [(s.where, s.reason) for s in qs.notes] == [("D2", "skip.notes_column")]


def test_the_upload_page_lists_what_was_left_out_and_warned(loaded_app):
    data = book(("报价", [HEAD, *quote_rows("甲科技", "乙科技"), HEAD, ["丙科技"]], {"hidden_rows": [3]}),
                ("报价B", [HEAD, *quote_rows("丁科技")], {"state": "hidden"}), edit=_same_names)
    at = loaded_app(upload=("layout.xlsx", data), lang="en")
    assert not at.exception
    shown = " ".join(d.value.to_csv() for d in at.dataframe)
    assert "read separately as '报价 (2)'" in shown and "Sheet '报价 (2)' of 'layout.xlsx' is hidden" in shown
    assert "Row(s) 3 of sheet '报价'" in shown
    assert "header row repeated" in shown and "A vendor name with no value at all" in shown


def test_an_instructions_sheet_named_for_quotes_is_still_not_a_quote():
    rows = [["项目", "填写要求"], ["供应商", "填写公司全称"], ["报价(万元)", "只填数字"], ["等保三级", "是/否"], ["免费维保期", "月数"]]
    qs = load([("i.xlsx", book(("报价", [HEAD, *quote_rows("甲科技", "乙科技")]), ("报价说明", rows)))])
    assert sorted(by_vendor(qs)) == ["乙科技", "甲科技"]
    assert ("报价说明", "", "note.no_table", "") in reasons(qs)


def test_xls_hidden_sheet_is_announced_and_sheets_of_one_name_said():
    import xlwt  # requirements-dev.txt: make test installs it

    wb = xlwt.Workbook(encoding="utf-8")
    for title, vendor, hidden in (("报价A", "甲科技", False), ("报价B", "乙科技", False), ("旧", "丙科技", True)):
        ws = wb.add_sheet(title)
        for r, row in enumerate([HEAD, *quote_rows(vendor)]):
            for c, v in enumerate(row):
                ws.write(r, c, v)
        ws.visibility = int(hidden)
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue().replace("报价B".encode("utf-16-le"), "报价A".encode("utf-16-le"))  # same length, in place
    qs = load([("q.xls", data)])
    assert len(qs.quotes) == 2 and "丙科技" in by_vendor(qs)  # one "报价A" read once (not twice), and the hidden one
    (w,) = [w for w in qs.warnings if w.code == "warn.sheet_same_name_unread"]
    assert (w.params["sheet"], w.params["n"]) == ("报价A", 2)
    assert [w.sheet for w in qs.warnings if w.code == "warn.hidden_sheet"] == ["旧"]
    assert all("{" not in t for t in said(qs, "warn.sheet_same_name_unread"))


def test_a_word_across_two_blocks_of_the_inflated_xml_is_found():
    from core.ingest import _mentions

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.xml", b"x" * ((1 << 22) - 3) + b"hidden" + b"y" * 10)
        z.writestr("b.xml", b"x" * (1 << 22) + b"y" * 10)
    zf = zipfile.ZipFile(buf)
    assert _mentions(zf, "a.xml", b"hidden") and not _mentions(zf, "b.xml", b"hidden")


def test_ods_duration_cells_are_refused_as_amounts_and_read_as_response_hours():
    head = ["供应商", "报价(万元)", "免费维保期", "响应时间"]
    qs = load([("t.ods", ods(("报价", [head, ["甲科技", 20, dt.timedelta(hours=36), dt.timedelta(hours=2, minutes=30)],
                                        ["乙科技", dt.timedelta(hours=12), "一年", "4小时"]])))])
    q = by_vendor(qs)
    assert q["甲科技"].values["free_maintenance_months"] is None and q["甲科技"].values["response_hours"] == 2.5
    assert q["乙科技"].values["price_cny"] is None and q["乙科技"].values["response_hours"] == 4
    assert sorted(w.cell for w in qs.warnings if w.code == "warn.time_not_number") == ["B3", "C2"]


def test_a_sheet_per_vendor_with_no_value_is_listed_not_scored():
    full = [["项目", "内容"], ["报价(万元)", 20], ["等保三级", "是"], ["免费维保期", "一年"], ["版本", "标准版"]]
    empty = [["项目", "内容"], ["报价(万元)", None], ["等保三级", None], ["免费维保期", None], ["版本", "标准版"]]
    qs = load([("s.xlsx", book(("甲科技", full), ("乙科技", empty)))])
    assert list(by_vendor(qs)) == ["甲科技"]
    assert ("乙科技", "B", "skip.no_values", "乙科技") in reasons(qs)


def test_hidden_rows_and_columns_of_a_legacy_xls_are_announced():
    """.xls keeps them in ROW and COLINFO records (the reader does not give them): read, and said."""
    import io as _io

    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("报价")
    rows = [["供应商", "报价(万元)", "等保三级", "免费维保期"], ["甲科技", 20, "是", "12个月"], ["乙科技", 25, "是", "12个月"],
            ["丙科技", 18, "否", "3个月"]]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    ws.row(3).hidden = True
    ws.col(2).hidden = True
    buf = _io.BytesIO()
    wb.save(buf)
    qs = load([("h.xls", buf.getvalue())])
    assert sorted(q.vendor for q in qs.quotes) == ["丙科技", "乙科技", "甲科技"]  # read, not dropped
    said = {w.code: w.params for w in qs.warnings if w.code in ("warn.hidden_rows", "warn.hidden_cols")}
    assert said["warn.hidden_rows"]["rows"] == "4" and said["warn.hidden_cols"]["cols"] == "C"
