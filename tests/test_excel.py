"""The scored Excel workbook and the blank template (core/excel.py).

Every sheet is opened with openpyxl and checked against the Result; the round trip (write, read back,
re-score) must give identical ranks and totals; text from quotes must never become a formula; and a real
spreadsheet client (LibreOffice, headless) must open the file and show the top vendor.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from core import excel, own_files, schema
from core.errors import QuoteError
from core.i18n import has, t
from core.ingest import read_sheets
from core.load import load
from core.mapping import match_label
from core.model import Profile
from core.restore import validated_overrides
from core.scoring import score
from tests.office import soffice_pdf

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_data"
SAMPLE_TYPES = {
    "报价对比表_个人信用贷.xlsx": "personal_credit",
    "商户经营贷_报价汇总.xlsx": "merchant_loan",
    "vendor_quotes_en.xlsx": "personal_credit",
    "报价汇总_GBK.csv": "consumer_installment",
}
LANGS = ("zh", "en")


def _load(name: str):
    path = SAMPLES / name
    return load([(path.name, path.read_bytes())])


@pytest.fixture(scope="module")
def scored() -> dict:
    """sample name -> (QuoteSet, Result) under the sample's business type."""
    out = {}
    for name, bt in SAMPLE_TYPES.items():
        qs = _load(name)
        out[name] = (qs, score(qs, Profile.default(bt)))
    return out


@pytest.fixture(scope="module")
def books(scored) -> dict:
    """(sample name, lang) -> workbook bytes."""
    return {(name, lang): excel.workbook_bytes(res, lang) for name, (_qs, res) in scored.items() for lang in LANGS}


def _open(data: bytes):
    return load_workbook(io.BytesIO(data))


def _rows(ws, start: int = 2) -> list[list]:
    return [list(r) for r in ws.iter_rows(min_row=start, values_only=True) if any(v is not None for v in r)]


def _ranks(res) -> list[tuple]:
    return [(r.quote.vendor, r.quote.package, r.rank, round(r.total, 6), r.gate) for r in res.vendors]


def _rescore(data: bytes, name: str = "scored.xlsx", profile: Profile | None = None):
    """Upload a scored workbook again and restore its settings, as a user asks for it (the CLI's
    --restore-settings, the dashboard's apply button): loading alone applies neither."""
    qs = load([(name, data)])
    assert qs.profile is not None, "the scored workbook must carry its profile"
    if qs.restored_overrides:
        qs = load([(name, data)], overrides=validated_overrides(qs.restored_overrides))
    return qs, score(qs, profile or Profile.from_dict(qs.profile))


# ------------------------------------------------------------------------------------------------
# Every sheet against the Result
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(SAMPLE_TYPES))
def test_sheet_names_and_order(books, scored, name, lang):
    wb = _open(books[name, lang])
    qs, _res = scored[name]
    originals = [t("xl.sheet.original", lang, n=i) for i in range(1, len(qs.sheets) + 1)]
    assert wb.sheetnames == [t(f"xl.sheet.{k}", lang) for k in ("summary", "ranking", "criteria", "flags", "charts")] \
        + originals + [t("xl.sheet.profile", lang), excel.DATA_SHEET]
    assert [ws.sheet_state for ws in wb] == ["visible"] * (len(wb.sheetnames) - 1) + ["hidden"]
    assert all(len(n) <= 31 for n in wb.sheetnames)
    assert wb.active.title == t("xl.sheet.summary", lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(SAMPLE_TYPES))
def test_summary(books, scored, name, lang):
    _qs, res = scored[name]
    ws = _open(books[name, lang])[t("xl.sheet.summary", lang)]
    cells = {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None}
    text = "\n".join(str(v) for v in cells.values())
    labels = {str(ws.cell(row=r, column=1).value): ws.cell(row=r, column=2).value for r in range(1, ws.max_row + 1)}
    p = res.profile
    assert labels[t("xl.sum.business_type", lang)] == t(f"bt.{p.business_type}", lang)
    assert labels[t("xl.sum.date", lang)] == dt.date.today().isoformat()
    top = res.top
    assert top.quote.key in labels[t("xl.sum.top", lang)]
    assert f"{top.total:.1f}" in labels[t("xl.sum.top", lang)]
    why = labels[t("xl.sum.why", lang)]
    best = max(schema.GROUPS, key=lambda g: (top.groups[g], -schema.GROUPS.index(g)))
    worst = min(schema.GROUPS, key=lambda g: (top.groups[g], schema.GROUPS.index(g)))
    assert t(f"group.{best}", lang) in why and t(f"group.{worst}", lang) in why
    assert (t("xl.sum.all_fail", lang) in why) == (top.gate == "fail")
    assert labels[t("xl.sum.method", lang)].startswith(t("xl.sum.method_note", lang, years=p.horizon_years)[:10])
    # the profile: every group weight, the budget, the horizon, the gates
    total_w = sum(p.group_weights.values())
    for g in schema.GROUPS:
        r = next(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == t(f"group.{g}", lang))
        assert ws.cell(row=r, column=2).value == pytest.approx(p.group_weights[g])
        assert ws.cell(row=r, column=3).value == pytest.approx(p.group_weights[g] / total_w)
    lo, hi = p.budget
    assert labels[t("xl.sum.budget", lang)] == f"{lo / 1e4:g}–{hi / 1e4:g}"
    assert labels[t("xl.sum.horizon", lang)] == t("xl.sum.horizon_line", lang, n=p.horizon_years)
    for code in schema.GATE_CODES:
        assert t(f"xl.gatename.{code}", lang) in labels[t("xl.sum.gates", lang)]
    for sh in res.quoteset.sheets:  # every source file and sheet is named
        assert sh.file in text and sh.sheet in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(SAMPLE_TYPES))
def test_ranking(books, scored, name, lang):
    _qs, res = scored[name]
    ws = _open(books[name, lang])[t("xl.sheet.ranking", lang)]
    header = [c.value for c in ws[1]]
    assert header[:8] == [t("xl.h.rank", lang), t("field.vendor", lang), t("field.package", lang),
                          t("xl.h.total", lang)] + [t(f"group.{g}", lang) for g in schema.GROUPS]
    col = {h: i for i, h in enumerate(header)}
    rows = _rows(ws)
    assert len(rows) == len(res.vendors)
    for row, r in zip(rows, res.vendors):
        q = r.quote
        assert row[0] == r.rank
        assert row[1] == q.vendor and isinstance(row[1], str)
        assert (row[2] or None) == q.package
        assert row[3] == pytest.approx(r.total)
        for i, g in enumerate(schema.GROUPS, 4):
            assert row[i] == pytest.approx(r.groups[g])
        assert row[col[t("xl.h.gate", lang)]] == excel.gate_text(r, lang)
        for sev in schema.SEVERITIES:
            assert row[col[t(f"xl.h.flags_{sev}", lang)]] == r.count(sev)
        price = q.values["price_cny"]
        assert row[col[t("xl.h.price_wan", lang)]] == (None if price is None else pytest.approx(price / 1e4))
        tco = row[col[t("xl.h.tco_wan", lang, n=res.profile.horizon_years)]]
        assert tco == (None if r.tco_cny is None else pytest.approx(r.tco_cny / 1e4))
        assert row[col[t("xl.h.file", lang)]] == q.file
        assert row[col[t("xl.h.sheet", lang)]] == q.sheet
        assert str(row[col[t("xl.h.origin", lang)]]) == q.origin
    # frozen header, filter, number formats, colour on scores, failing vendors greyed
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(row=1, column=len(header)).column_letter}{len(rows) + 1}"
    assert ws["D2"].number_format == "0.0"
    assert ws.cell(row=2, column=col[t("xl.h.price_wan", lang)] + 1).number_format == "0.0"
    kinds = {rule.type for cf in ws.conditional_formatting for rule in cf.rules}
    assert {"dataBar", "colorScale"} <= kinds
    for i, r in enumerate(res.vendors, 2):
        grey = ws.cell(row=i, column=2).font.color
        assert (grey is not None and str(grey.rgb).endswith("808080")) == (r.gate == "fail")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(SAMPLE_TYPES))
def test_criteria(books, scored, name, lang):
    _qs, res = scored[name]
    ws = _open(books[name, lang])[t("xl.sheet.criteria", lang)]
    rows = _rows(ws)
    assert len(rows) == len(res.vendors) * len(schema.CRITERIA)
    crit_by_name = {t(f"crit.{c.id}", lang): c for c in schema.CRITERIA}
    for k, r in enumerate(res.vendors):
        block = rows[k * len(schema.CRITERIA):(k + 1) * len(schema.CRITERIA)]
        points = 0.0
        for row, c in zip(block, schema.CRITERIA):
            rank, vendor, package, gate, group, crit, original, value, u, w, pts = row
            assert (rank, vendor, package or None) == (r.rank, r.quote.vendor, r.quote.package)
            assert gate == excel.gate_text(r, lang)
            assert crit_by_name[crit] is c and group == t(f"group.{c.group}", lang)
            assert u == pytest.approx(r.utilities[c.id])
            assert w == pytest.approx(res.weights[c.id])
            assert pts == pytest.approx(100 * r.utilities[c.id] * res.weights[c.id])
            assert value  # what was understood, in words
            for fid in c.fields:  # the original text of each scored field is there
                for s in r.quote.sources.get(fid, []):
                    if str(s.text).strip():
                        assert str(s.text) in (original or "")
            points += pts
        assert points == pytest.approx(r.total, abs=1e-3)  # weighted sum: the points add up to the total


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(SAMPLE_TYPES))
def test_flags(books, scored, name, lang):
    _qs, res = scored[name]
    ws = _open(books[name, lang])[t("xl.sheet.flags", lang)]
    rows = _rows(ws)
    expected = [(r, f) for r in res.vendors for f in r.flags]
    assert len(rows) == len(expected)
    for row, (r, f) in zip(rows, expected):
        rank, vendor, package, quote_gate, sev, gate, field, msg, ask, clause, code = row
        assert (rank, vendor, package or None, code) == (r.rank, r.quote.vendor, r.quote.package, f.code)
        assert quote_gate == excel.gate_text(r, lang)
        assert sev == t(f"severity.{f.severity}", lang)
        assert bool(gate) == f.gate
        assert (field or None) == (t(f"field.{f.field}", lang) if f.field else None)
        assert msg == f.message(lang) and ask == f.question(lang) and (clause or None) == f.clause(lang)


@pytest.mark.parametrize("name", list(SAMPLE_TYPES))
def test_charts_are_native(books, scored, name):
    _qs, res = scored[name]
    data = books[name, "en"]
    z = zipfile.ZipFile(io.BytesIO(data))
    charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
    xml = {n: z.read(n).decode() for n in charts}
    radar = [x for x in xml.values() if re.search(r"<(c:)?radarChart>", x)]
    bar = [x for x in xml.values() if re.search(r"<(c:)?barChart>", x)]
    assert len(radar) == 1 and len(bar) == 1
    assert len(re.findall(r"<(?:c:)?ser>", radar[0])) == min(excel.MAX_CHART_QUOTES, len(res.vendors))
    assert re.search(r'<(c:)?barDir val="bar"', bar[0])
    for x in (radar[0], bar[0]):  # categories are the text labels of the data table
        assert re.search(r"<(c:)?cat><(c:)?strRef>", x)
    # both charts sit on the Charts sheet, whose data table holds the group scores of the top quotes
    wb = _open(data)
    ws = wb["Charts"]
    idx = wb.sheetnames.index("Charts") + 1
    rels = z.read(f"xl/worksheets/_rels/sheet{idx}.xml.rels").decode()
    drawing = re.search(r'Target="/?(?:xl/)?(?:\.\./)?drawings/(drawing\d+\.xml)"', rels).group(1)
    drels = z.read(f"xl/drawings/_rels/{drawing}.rels").decode()
    assert drels.count("charts/chart") == 2
    values = [c.value for row in ws.iter_rows() for c in row]
    for r in res.vendors[:excel.MAX_CHART_QUOTES]:  # named with their gate mark
        assert f"{schema.GATE_MARK[r.gate]} {r.quote.key}" in values
        for g in schema.GROUPS:
            assert any(isinstance(v, (int, float)) and v == pytest.approx(r.groups[g]) for v in values)


def _same_cell(a, b) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == pytest.approx(float(b))
    if isinstance(a, dt.date) and isinstance(b, dt.date):
        return a == b or (isinstance(b, dt.datetime) and b.date() == a) or (isinstance(a, dt.datetime)
                                                                           and a.date() == b)
    return a == b


@pytest.mark.parametrize("name", list(SAMPLE_TYPES))
def test_original_keeps_every_cell(books, scored, name):
    qs, _res = scored[name]
    for lang in LANGS:
        wb = _open(books[name, lang])
        for i, sh in enumerate(qs.sheets, 1):
            ws = wb[t("xl.sheet.original", lang, n=i)]
            n = 0
            for r, row in enumerate(sh.rows, 1):
                for c, v in enumerate(row, 1):
                    got = ws.cell(row=r, column=c).value
                    assert _same_cell(v, got), (sh.sheet, r, c, v, got)
                    n += v not in (None, "")
            # and nothing else was added
            assert sum(1 for row in ws.iter_rows() for c in row if c.value not in (None, "")) == n


@pytest.mark.parametrize("name", list(SAMPLE_TYPES))
def test_profile_sheet_reads_back(books, scored, name):
    qs, res = scored[name]
    for lang in LANGS:
        data = books[name, lang]
        ws = _open(data)[excel.DATA_SHEET]
        assert ws["A1"].value == own_files.MARKER and ws.sheet_state == "hidden"
        sheets, profile, overrides = own_files.unpack_scored_workbook(read_sheets(data, "scored.xlsx"))
        assert profile == json.loads(json.dumps(res.profile.to_dict()))
        assert Profile.from_dict(profile) == Profile.from_dict(res.profile.to_dict())
        assert overrides == {}
        assert [(s.file, s.sheet) for s in sheets] == [(s.file, s.sheet) for s in qs.sheets]


def test_plain_quote_file_is_not_a_scored_workbook():
    for name in SAMPLE_TYPES:
        path = SAMPLES / name
        assert own_files.unpack_scored_workbook(read_sheets(path.read_bytes(), name)) is None


# ------------------------------------------------------------------------------------------------
# Safety: text from a quote is written as text
# ------------------------------------------------------------------------------------------------
HOSTILE = ['=HYPERLINK("http://x","y")', "+1+1", "@SUM(1)", "-2+3", "=1+1", "=cmd|' /C calc'!A0"]


def _hostile_csv() -> bytes:
    out = io.StringIO()
    out.write("供应商,套餐,报价(万元),等保三级,功能清单,备注\n")
    for i, v in enumerate(HOSTILE):
        out.write(f'"{v.replace(chr(34), chr(34) * 2)}",=SUM(A1),{20 + i},是,"用户管理、还款管理",'
                  f'"=HYPERLINK(""http://evil"",""x"")"\n')
    return out.getvalue().encode("utf-8")


def test_text_from_quotes_is_never_a_formula():
    qs = load([("hostile.csv", _hostile_csv())])
    res = score(qs, Profile.default("personal_credit"))
    assert {r.quote.vendor for r in res.vendors} == set(HOSTILE)
    for lang in LANGS:
        data = excel.workbook_bytes(res, lang, overrides={"=SUM(1)": "", "+1": "vendor"})
        z = zipfile.ZipFile(io.BytesIO(data))
        for n in z.namelist():
            if n.startswith("xl/worksheets/") and n.endswith(".xml"):
                xml = z.read(n).decode()
                assert not re.search(r"<f[ >]", xml), n  # no formula element at all
        wb = _open(data)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    assert c.data_type != "f", (ws.title, c.coordinate, c.value)
        ranking = wb[t("xl.sheet.ranking", lang)]
        names = [ranking.cell(row=r, column=2).value for r in range(2, len(HOSTILE) + 2)]
        assert sorted(names) == sorted(HOSTILE)  # verbatim, as strings
        assert all(isinstance(v, str) for v in names)
        original = wb[t("xl.sheet.original", lang, n=1)]
        assert original["A2"].value == HOSTILE[0] and original["B2"].value == "=SUM(A1)"
    # and the round trip keeps them verbatim
    qs2, res2 = _rescore(data)
    assert _ranks(res2) == _ranks(res)


def test_control_characters_and_long_text_do_not_break_the_file():
    text = "供应商,报价,等保三级,功能清单\n" + "坏\x01字符\x1f公司,22万,是,用户管理\n" + f"长{'x' * 4000},20万,是,用户管理\n"
    qs = load([("ctrl.csv", text.encode("utf-8"))])
    res = score(qs, Profile.default("personal_credit"))
    data = excel.workbook_bytes(res, "zh")
    wb = _open(data)
    names = {wb["排名"].cell(row=r, column=2).value for r in (2, 3)}
    assert names == {re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "\ufffd", r.quote.vendor) for r in res.vendors}
    assert any("\ufffd" in n for n in names)
    original = wb["原始1"]
    assert original["A2"].value == "坏\ufffd字符\ufffd公司"  # the raw cell, with the two control characters marked
    assert len(_rescore(data)[1].vendors) == 2


_WRITES: list[str] | None = None


def _audit(event: str, args) -> None:
    if _WRITES is not None and event == "open" and args[0] is not None and not isinstance(args[0], int):
        mode, flags = args[1], args[2]
        if (isinstance(mode, str) and any(m in mode for m in "wax+")) or (
                isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)):
            _WRITES.append(str(args[0]))


sys.addaudithook(_audit)


def test_writing_the_workbook_touches_no_file(scored):
    """Quotes never reach the disk: the workbook and the template are built in memory (openpyxl's own
    save would stage every sheet in a temporary file)."""
    global _WRITES
    _qs, res = scored["报价对比表_个人信用贷.xlsx"]
    _WRITES = []
    try:
        for lang in LANGS:
            assert excel.workbook_bytes(res, lang)[:2] == b"PK"
            assert excel.template_bytes(lang)[:2] == b"PK"
        with open(os.devnull, "w"):  # the hook itself works
            pass
        seen = list(_WRITES)
    finally:
        _WRITES = None
    assert seen == [os.devnull]


# ------------------------------------------------------------------------------------------------
# Round trip: write, read back, re-score -> the same ranking
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(SAMPLE_TYPES))
def test_round_trip_default_profile(books, scored, name, lang):
    qs, res = scored[name]
    qs2, res2 = _rescore(books[name, lang])
    assert res2.profile.to_dict() == res.profile.to_dict()
    assert _ranks(res2) == _ranks(res)
    for a, b in zip(res.vendors, res2.vendors):
        assert a.groups == b.groups and a.utilities == b.utilities and a.tco_cny == b.tco_cny
        assert [f.code for f in a.flags] == [f.code for f in b.flags]
        assert (a.quote.file, a.quote.sheet, a.quote.origin) == (b.quote.file, b.quote.sheet, b.quote.origin)
        assert a.quote.values == b.quote.values
    assert [(s.file, s.sheet) for s in qs2.sheets] == [(s.file, s.sheet) for s in qs.sheets]
    # written again, the workbook restores the same sources once more
    qs3, res3 = _rescore(excel.workbook_bytes(res2, lang))
    assert _ranks(res3) == _ranks(res)


def _custom_profile(bt: str, method: str) -> Profile:
    p = Profile.default(bt)
    p.group_weights = {"compliance": 10.0, "features": 40.0, "after_sales": 20.0, "price": 30.0}
    p.criterion_weights["tco"] = 3.0
    p.criterion_weights["lifetime_consulting"] = 0.0
    p.budget_cny = (120_000.0, 200_000.0)
    p.horizon_years = 5
    p.gates["no_mlps_level3"] = False
    p.method = method
    return p


@pytest.mark.parametrize("method", ["weighted_sum", "topsis"])
@pytest.mark.parametrize("name", list(SAMPLE_TYPES))
def test_round_trip_custom_profile(name, method):
    qs = _load(name)
    p = _custom_profile(SAMPLE_TYPES[name], method)
    res = score(qs, p)
    qs2, res2 = _rescore(excel.workbook_bytes(res, "en"))
    assert res2.profile.to_dict() == p.to_dict()
    assert _ranks(res2) == _ranks(res)
    assert [r.tco_cny for r in res2.vendors] == [r.tco_cny for r in res.vendors]


def test_round_trip_several_files_in_one_workbook():
    files = [(n, (SAMPLES / n).read_bytes()) for n in SAMPLE_TYPES]
    qs = load(files)
    res = score(qs, Profile.default("personal_credit"))
    data = excel.workbook_bytes(res, "zh")
    qs2, res2 = _rescore(data)
    assert _ranks(res2) == _ranks(res)
    assert {r.quote.file for r in res2.vendors} == set(SAMPLE_TYPES)
    assert len(qs2.sheets) == len(qs.sheets)


def test_round_trip_keeps_mapping_overrides():
    name = "报价对比表_个人信用贷.xlsx"
    data = (SAMPLES / name).read_bytes()
    plain = load([(name, data)])
    mapped = [m for m in plain.mapping if m.code == "lifetime_consulting"]
    assert mapped, "the sample maps a lifetime-consulting row"
    overrides = {mapped[0].label.strip(): ""}  # the user says: do not score this row
    qs = load([(name, data)], overrides=overrides)
    res = score(qs, Profile.default("personal_credit"))
    assert _ranks(res) != _ranks(score(plain, Profile.default("personal_credit")))
    out = excel.workbook_bytes(res, "zh")  # the manual mapping is taken from the QuoteSet
    sheets, _profile, restored = own_files.unpack_scored_workbook(read_sheets(out, "scored.xlsx"))
    assert restored == overrides
    qs2, res2 = _rescore(out)
    assert _ranks(res2) == _ranks(res)
    assert any(m.manual for m in qs2.mapping)
    # loading alone does not apply them
    assert _ranks(score(load([("scored.xlsx", out)]), Profile.default("personal_credit"))) == _ranks(
        score(plain, Profile.default("personal_credit")))
    # the caller's overrides win over the restored ones (the dashboard merges them so when applying)
    qs3 = load([("scored.xlsx", out)], overrides={**restored, mapped[0].label.strip(): "lifetime_consulting"})
    assert _ranks(score(qs3, Profile.default("personal_credit"))) == _ranks(
        score(plain, Profile.default("personal_credit")))


def test_round_trip_keeps_cell_types(tmp_path):
    """Numbers, booleans, dates, line breaks and spaces in the source survive the Original sheets."""
    wb = Workbook()
    ws = wb.active
    ws.title = "报价"
    ws.append(["供应商", "报价(万元)", "等保三级", "免费维护期", "响应时间", "功能清单", "日期", "备注"])
    ws.append(["甲公司", 22.8, True, 12, "2小时", "用户管理\n还款管理\n个人征信\n风控模型", dt.datetime(2026, 3, 1),
               "  前后有空格  "])
    ws.append(["乙公司", 19, "否", "一年", 4, "用户管理、风控模型", dt.datetime(2026, 3, 2, 9, 30), 3.25])
    buf = io.BytesIO()
    wb.save(buf)
    qs = load([("types.xlsx", buf.getvalue())])
    res = score(qs, Profile.default("personal_credit"))
    qs2, res2 = _rescore(excel.workbook_bytes(res, "zh"))
    assert _ranks(res2) == _ranks(res)
    a, b = qs.sheets[0].rows, qs2.sheets[0].rows
    assert len(a) == len(b)
    for ra, rb in zip(a, b):
        for va, vb in zip(ra, rb):
            assert _same_cell(va, vb), (va, vb)
            assert type(va) is type(vb) or isinstance(va, (int, float)) and isinstance(vb, (int, float)), (va, vb)


def test_cli_writes_and_reads_back_the_workbook(tmp_path):
    src = SAMPLES / "商户经营贷_报价汇总.xlsx"
    out = tmp_path / "scored.xlsx"
    first = subprocess.run([sys.executable, "-m", "core", "score", str(src), "--type", "merchant_loan", "--lang", "en",
                            "--xlsx", str(out), "--json", str(tmp_path / "a.json")],
                           cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    second = subprocess.run([sys.executable, "-m", "core", "score", str(out), "--lang", "en", "--json", "-",
                             "--restore-settings"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr
    a = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    b = json.loads(second.stdout)
    assert b["business_type"] == "merchant_loan"  # the profile came back from the workbook
    assert [(v["vendor"], v["rank"], v["total"]) for v in b["vendors"]] == \
        [(v["vendor"], v["rank"], v["total"]) for v in a["vendors"]]


# ------------------------------------------------------------------------------------------------
# A real spreadsheet client opens it
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_libreoffice_opens_the_workbook(books, scored, tmp_path, lang):
    name = "报价对比表_个人信用贷.xlsx"
    xlsx = tmp_path / f"scored_{lang}.xlsx"
    xlsx.write_bytes(books[name, lang])
    pdf = soffice_pdf(xlsx, tmp_path)
    assert shutil.which("pdftotext"), "poppler-utils is needed: `make system-deps` installs it"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          timeout=60, check=True).stdout
    _qs, res = scored[name]
    assert res.top.quote.vendor in text
    assert t("xl.sheet.charts", lang) in text and t("xl.chart.bar", lang) in text  # the charts page rendered
    assert t("xl.title", lang) in text


# ------------------------------------------------------------------------------------------------
# The blank template
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_template(lang):
    data = excel.template_bytes(lang)
    wb = _open(data)
    assert len(wb.sheetnames) == 2
    ws = wb.worksheets[0]
    guide = wb.worksheets[1]
    assert "说明" in guide.title and "Instructions" in guide.title
    headers = [c.value for c in ws[1]]
    cols = excel.template_columns()
    assert len(headers) == len(cols) == len(schema.FIELDS) + 1  # every field, and a notes column
    for h, (fid, _kind) in zip(headers, cols):
        assert match_label(h).target.code == fid, h  # the app recognises every header
        zh, en = t(excel.tpl_key("h", fid), "zh"), t(excel.tpl_key("h", fid), "en")
        assert zh in h and en in h  # bilingual
    assert any("示例" in str(v) for v in (c.value for c in ws[2]))
    # yes/no drop-downs on every yes/no column
    yn_letters = {ws.cell(row=1, column=i).column_letter for i, (_f, k) in enumerate(cols, 1) if k == "yn"}
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert len(lists) == 1
    covered = {str(rng).split(":")[0].rstrip("0123456789") for rng in lists[0].sqref.ranges}
    assert covered == yn_letters and len(yn_letters) >= 10
    assert t("xl.tpl.yes", lang) in lists[0].formula1 and t("xl.tpl.no", lang) in lists[0].formula1
    # the instructions explain every column
    explained = [guide.cell(row=r, column=1).value for r in range(2, len(cols) + 2)]
    assert explained == headers
    assert all(guide.cell(row=r, column=2).value for r in range(2, len(cols) + 2))
    # no formula anywhere
    z = zipfile.ZipFile(io.BytesIO(data))
    assert not any(re.search(r"<f[ >]", z.read(n).decode()) for n in z.namelist() if n.startswith("xl/worksheets/"))


@pytest.mark.parametrize("lang", LANGS)
def test_empty_template_reads_as_headers_only(lang):
    with pytest.raises(QuoteError) as e:
        load([("template.xlsx", excel.template_bytes(lang))])
    assert e.value.key == "err.headers_only"


@pytest.mark.parametrize("lang", LANGS)
def test_filled_template_scores(lang):
    wb = _open(excel.template_bytes(lang))
    ws = wb.worksheets[0]
    values = {"vendor": "真实科技", "package": "标准版", "price_cny": 21, "annual_fee_after_warranty_cny": 2,
              "policy_adaptation_fee_cny": 0, "audit_log_months": 12, "free_maintenance_months": 12,
              "response_hours": 1, "features": "用户管理、还款管理、风控审批、个人征信、风控模型、反欺诈",
              "business_types": "个人信用贷", "source_code_delivery": "完整源码，可二次开发，无加密"}
    for col, (fid, kind) in enumerate(excel.template_columns(), 1):
        ws.cell(row=3, column=col, value=values.get(fid, t("xl.tpl.yes", lang)) if kind == "yn" or fid in values
                else None)
    buf = io.BytesIO()
    wb.save(buf)
    qs = load([("filled.xlsx", buf.getvalue())])
    assert [q.vendor for q in qs.quotes] == ["真实科技"]
    q = qs.quotes[0]
    assert q.values["price_cny"] == pytest.approx(210_000)
    assert q.values["mlps_level3"] is True and q.values["support_7x24"] is True
    res = score(qs, Profile.default("personal_credit"))
    assert res.vendors[0].gate == "pass" and res.vendors[0].total > 90


# ------------------------------------------------------------------------------------------------
def test_every_workbook_string_is_translated():
    src = (ROOT / "core" / "excel.py").read_text(encoding="utf-8")
    keys = set(re.findall(r'"(xl\.[a-z_.]+[a-z_])"', src))
    assert keys, "excel.py takes its words from i18n"
    for k in keys:
        assert has(k), k
    dynamic = [f"xl.gatename.{c}" for c in schema.GATE_CODES] + [f"xl.method.{m}" for m in ("weighted_sum", "topsis")]
    dynamic += [excel.prof_desc(k) for k in excel.PROFILE_KEYS]
    dynamic += [f"xl.tpl.{p}.{fid}" for fid in schema.FIELDS for p in ("h", "help")]
    dynamic += [excel.tpl_key("ex", fid) for fid, kind in excel.template_columns() if kind == "text"]
    for k in dynamic:
        assert has(k), k
        assert t(k, "zh") != t(k, "en") or k.startswith("xl.tpl.h.") or "TOPSIS" in t(k, "en"), k


def test_own_files_recognised_above_the_generic_reader():
    """One recogniser for the project's own files, above core.ingest: the generic reader imports no writer,
    and a scored workbook is told apart by its content, whatever its name."""
    import ast

    tree = ast.parse((Path(__file__).parents[1] / "core" / "ingest.py").read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert not imported & {"excel", "own_files", "load", "scoring", "report", "flags"}, imported
    name, btype = next(iter(SAMPLE_TYPES.items()))
    qs = load([(name, (SAMPLES / name).read_bytes())])
    data = excel.workbook_bytes(score(qs, Profile.default(btype)), "en")
    res = own_files.read_file(data, "quotes.xlsx")  # an ordinary name: recognised by content
    assert res.own is not None and res.own.kind == own_files.KIND_SCORED and res.settings_file == "quotes.xlsx"
    assert own_files.recognise(read_sheets((SAMPLES / name).read_bytes(), "scored.xlsx")) is None
