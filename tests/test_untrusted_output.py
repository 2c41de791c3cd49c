"""Issue 16 (output): an untrusted file cannot take over the scoring, inject markup or break what we write.

Every file is generated here. Four classes:
- restored settings are the user's decision (CLI flag, dashboard button), validated like user input;
- text from a file is never markup on screen, never an escape sequence on the terminal;
- characters XML cannot hold are replaced (and reported); names survive the workbook round trip;
- valid files that were refused (CR-only CSV, 1e300 in a duration column) are read.
"""
from __future__ import annotations

import csv
import io
import json
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs
from openpyxl import Workbook, load_workbook

from core import excel, own_files, schema
from core.errors import QuoteError
from core.i18n import t
from core.ingest import read_sheets
from core.own_files import read_file
from core.load import load
from core.model import Profile
from core.restore import offer, validated_overrides
from core.scoring import score
from core.untrusted import md, terminal, xml_text
from tests.office import soffice_pdf

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "报价对比表_个人信用贷.xlsx"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ESC = "\x1b"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "core", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=180)


def _csv(rows: list[list]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue().encode("utf-8")


# ------------------------------------------------------------------------------------------------
# A. Restoring settings is the user's decision
# ------------------------------------------------------------------------------------------------
def _mlps_label() -> str:
    qs = load([(SAMPLE.name, SAMPLE.read_bytes())])
    return next(m.label.strip() for m in qs.mapping if m.code == "mlps_level3")


@pytest.fixture(scope="module")
def hostile() -> bytes:
    """A scored workbook whose profile switches every gate off and weighs price 100, and whose mapping
    correction stops scoring 等保三级: applied silently, it reordered the ranking (the cheap vendor without
    等保三级 was the top pick before issue 11's price reading)."""
    qs = load([(SAMPLE.name, SAMPLE.read_bytes())])
    p = Profile.default("personal_credit")
    p.group_weights = {"compliance": 0, "features": 0, "after_sales": 0, "price": 100}
    p.gates = {g: False for g in schema.GATE_CODES}
    return excel.workbook_bytes(score(qs, p), "zh", {_mlps_label(): ""})


def _order(res) -> list[tuple[str, float]]:
    return [(v.quote.key, round(v.total, 1)) for v in res.vendors]


@pytest.fixture(scope="module")
def orders(hostile) -> dict[str, list[tuple[str, float]]]:
    """The ranking of the returned workbook's quotes with the default settings, and with its saved ones."""
    qs = load([("returned.xlsx", hostile)])
    default = _order(score(qs, Profile.default("personal_credit")))
    restored = load([("returned.xlsx", hostile)], overrides=validated_overrides(qs.restored_overrides))
    saved = _order(score(restored, Profile.from_dict(qs.profile)))
    assert saved != default  # the saved settings change the ranking
    return {"default": default, "saved": saved}


def _json_order(data: dict) -> list[tuple[str, float]]:
    return [(f"{v['vendor']} / {v['package']}" if v["package"] else v["vendor"], round(v["total"], 1))
            for v in data["vendors"]]


def _with_profile_value(data: bytes, key: str, value: str) -> bytes:
    """The workbook with one saved profile setting replaced by ``value`` (JSON text, as the sheet holds it)."""
    wb = load_workbook(io.BytesIO(data))
    ws = wb.worksheets[-1]
    assert ws.cell(1, 1).value == own_files.MARKER
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == key)
    ws.cell(row, 2).value = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


BAD_PROFILES = {  # name -> (setting, JSON text in the workbook, error key)
    "horizon_1e999": ("horizon_years", "1e999", "err.profile_not_finite"),
    "weight_nan": ("group_weights", '{"compliance": NaN, "features": 20, "after_sales": 30, "price": 15}',
                   "err.profile_not_finite"),
    "weight_negative": ("group_weights", '{"compliance": -35, "features": 20, "after_sales": 30, "price": 15}',
                        "err.profile_range"),
    "weight_over_100": ("criterion_weights", '{"tls": 1000}', "err.profile_range"),
    "unknown_gate": ("gates", '{"no_such_gate": false}', "err.profile_unknown"),
    "unknown_group": ("group_weights", '{"luck": 50}', "err.profile_unknown"),
    "horizon_21": ("horizon_years", str(schema.MAX_HORIZON_YEARS + 1), "err.profile_range"),
    "budget_reversed": ("budget_cny", "[500000, 100000]", "err.profile_budget"),
    "budget_infinite": ("budget_cny", "[0, 1e999]", "err.profile_not_finite"),
    "vat_as_percent": ("vat_rate", "13", "err.profile_range"),
}


def test_cli_without_the_flag_keeps_defaults_and_warns(hostile, orders, tmp_path):
    path = tmp_path / "returned.xlsx"
    path.write_bytes(hostile)
    for lang in ("en", "zh"):
        cp = run("score", str(path), "--lang", lang, "--json", "-")
        assert cp.returncode == 0, cp.stderr
        data = json.loads(cp.stdout)
        default = Profile.default("personal_credit")
        assert data["profile"]["gates"] == default.gates
        assert data["profile"]["group_weights"] == default.group_weights
        assert _json_order(data) == orders["default"]
        note = [ln for ln in cp.stderr.splitlines() if "--restore-settings" in ln]
        assert note == [t("cli.restore_skipped", lang, file="returned.xlsx")]  # one line, in the chosen language
        assert _mlps_label() not in [u["label"] for u in data["unmapped_columns"]]  # the correction not applied


def test_cli_with_the_flag_applies_the_saved_settings(hostile, orders, tmp_path):
    path = tmp_path / "returned.xlsx"
    path.write_bytes(hostile)
    cp = run("score", str(path), "--lang", "en", "--json", "-", "--restore-settings")
    assert cp.returncode == 0, cp.stderr
    assert "--restore-settings" not in cp.stderr
    data = json.loads(cp.stdout)
    assert data["profile"]["gates"] == {g: False for g in schema.GATE_CODES}
    assert data["profile"]["group_weights"]["price"] == 100
    assert _json_order(data) == orders["saved"]  # the user asked for it
    assert _mlps_label() in [u["label"] for u in data["unmapped_columns"]]  # the correction applied


@pytest.mark.parametrize("case", list(BAD_PROFILES))
def test_cli_refuses_an_invalid_saved_profile(hostile, tmp_path, case):
    key, value, code = BAD_PROFILES[case]
    path = tmp_path / f"{case}.xlsx"
    path.write_bytes(_with_profile_value(hostile, key, value))
    cp = run("score", str(path), "--lang", "en", "--restore-settings")
    assert cp.returncode == 2, cp.stdout + cp.stderr
    lines = [ln for ln in cp.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in cp.stderr and "Error:" not in lines[0]
    assert lines[0].startswith("Invalid scoring settings") and key.split("_")[0] in lines[0]  # names the setting
    # without the flag the file still scores, with the default settings and the note
    cp = run("score", str(path), "--lang", "en")
    assert cp.returncode == 0 and "--restore-settings" in cp.stderr


@pytest.mark.parametrize("case", list(BAD_PROFILES))
def test_profile_from_dict_refuses_what_a_user_could_not_enter(case):
    key, value, code = BAD_PROFILES[case]
    d = Profile.default("personal_credit").to_dict()
    d[key] = json.loads(value)
    with pytest.raises(QuoteError) as e:
        Profile.from_dict(d)
    assert e.value.key == code
    assert "Traceback" not in e.value.message("zh")


def test_profile_from_dict_still_reads_valid_profiles():
    p = Profile.default("merchant_loan")
    p.group_weights = {"compliance": 0, "features": 0, "after_sales": 0, "price": 100}
    p.horizon_years = schema.MAX_HORIZON_YEARS
    p.budget_cny = (0.0, 1e6)
    assert Profile.from_dict(json.loads(p.to_json())) == p
    assert Profile.from_dict({"horizon_years": "5", "group_weights": {"price": "40"}}).horizon_years == 5
    with pytest.raises(QuoteError) as e:
        Profile.from_dict({"horizon_years": 2.5})
    assert e.value.key == "err.profile_range"


def test_cli_profile_json_is_validated_the_same_way(tmp_path):
    prof = tmp_path / "p.json"
    prof.write_text('{"horizon_years": 1e999}', encoding="utf-8")  # OverflowError before
    cp = run("score", str(SAMPLE), "--profile", str(prof), "--lang", "en")
    assert cp.returncode == 2 and "Traceback" not in cp.stderr
    assert cp.stderr.strip() == t("err.profile_not_finite", "en", field="horizon_years", value="inf")


def test_invalid_mapping_corrections_are_refused():
    with pytest.raises(QuoteError) as e:
        validated_overrides({"等保三级": "no_such_field"})
    assert e.value.key == "err.override_unknown"
    feature = f"feature:{next(iter(schema.FEATURES))}"
    assert validated_overrides({" 等保三级 ": "", "x": feature}) == {"等保三级": "", "x": feature}


def test_offer_lists_each_change(hostile):
    qs = load([("returned.xlsx", hostile)])
    o = offer(qs, Profile.default("personal_credit"), {}, "en")
    assert o.error is None and o.file == "returned.xlsx"
    rows = {name: (a, b) for name, a, b in o.changes}
    for code in schema.GATE_CODES:
        assert rows[t("restore.gate", "en", name=t(f"ui.gate.{code}", "en"))] == ("on", "off")
    assert rows[t("restore.group", "en", name=t("group.price", "en"))] == ("15", "100")
    assert rows[t("restore.mapping", "en", label=_mlps_label())][1] == t("ui.map.none", "en")


def _ctx(at):
    return at.session_state["_ctx"]


def _restore_table(at):
    cols = [t(f"ui.restore.col.{k}", "zh") for k in ("setting", "current", "restored")]
    return next(d.value for d in at.dataframe if list(d.value.columns) == cols)


def test_dashboard_lists_the_changes_and_applies_them_on_one_click(app_test, hostile, orders):
    at = app_test()
    at.run()
    at.file_uploader[0].set_value(("returned.xlsx", hostile, XLSX)).run()
    assert not at.exception
    assert any(w.value == t("ui.restore.title", "zh") for w in at.warning)
    card = next(s.value for s in at.success if t("ux.own.kind.scored_workbook", "zh") in s.value)
    assert t("ux.own.quotes", "zh", n=4) in card  # the workbook gave 4 quotes, and says its settings wait
    assert t("ux.own.settings.pending", "zh", what=t("ux.own.what_both", "zh", n=1)) in card
    table = _restore_table(at)
    gate = t("restore.gate", "zh", name=t("ui.gate.no_mlps_level3", "zh"))
    assert table.set_index(table.columns[0]).loc[gate].tolist() == [t("restore.on", "zh"), t("restore.off", "zh")]
    assert any(t("restore.mapping", "zh", label=_mlps_label()) == s for s in table.iloc[:, 0])
    # nothing applied yet: the ranking is the one of the user's own settings
    assert _order(_ctx(at).res) == orders["default"]
    assert _ctx(at).res.profile.gates == Profile.default("personal_credit").gates
    assert at.session_state["overrides"] == {}
    # other pages keep the ranking too
    at.switch_page("views/ranking.py").run()
    assert _order(_ctx(at).res) == orders["default"]
    at.switch_page("views/upload.py").run()
    at.button(key="up_restore_apply").click().run()
    assert not at.exception
    res = _ctx(at).res
    assert res.profile.gates == {g: False for g in schema.GATE_CODES}
    assert res.profile.group_weights["price"] == 100
    assert at.session_state["overrides"] == {_mlps_label(): ""}
    assert _order(res) == orders["saved"]
    assert [x.value for x in at.toast] == [t("ui.notice.profile_restored", "zh")]
    assert not [b for b in at.button if b.key == "up_restore_apply"]  # applied: the offer is gone


def test_dashboard_dismiss_keeps_the_ranking(app_test, hostile, orders):
    at = app_test()
    at.run()
    at.file_uploader[0].set_value(("returned.xlsx", hostile, XLSX)).run()
    at.button(key="up_restore_dismiss").click().run()
    assert not at.exception
    assert not [b for b in at.button if b.key == "up_restore_apply"]
    assert _order(_ctx(at).res) == orders["default"]
    assert at.session_state["overrides"] == {}
    at.switch_page("views/ranking.py").run()  # dismissed everywhere
    assert not [b for b in at.button if b.key == "rank_restore_apply"]
    # cleared and uploaded again: offered again
    at.switch_page("views/upload.py").run()
    at.button(key="up_clear").click().run()
    at.file_uploader[0].set_value(("returned.xlsx", hostile, XLSX)).run()
    assert [b for b in at.button if b.key == "up_restore_apply"]


@pytest.mark.parametrize("case", ["horizon_1e999", "weight_nan", "weight_negative", "unknown_gate"])
def test_dashboard_reports_an_invalid_saved_profile(app_test, hostile, orders, case):
    key, value, code = BAD_PROFILES[case]
    at = app_test()
    at.run()
    bad = _with_profile_value(hostile, key, value)
    at.file_uploader[0].set_value(("returned.xlsx", bad, XLSX)).run()
    assert not at.exception
    errors = [e.value for e in at.error]
    intro = t("ui.restore.invalid", "zh", reason="")
    assert any(e.startswith(intro) and key.split("_")[0] in e for e in errors), errors
    assert not [b for b in at.button if b.key == "up_restore_apply"]
    assert _ctx(at).res.profile.horizon_years == schema.DEFAULT_HORIZON_YEARS
    assert _order(_ctx(at).res) == orders["default"]


def test_settings_page_refuses_an_infinite_profile_json(app_test):
    at = app_test()
    at.run()
    at.switch_page("views/settings.py").run()
    uploader = [u for u in at.file_uploader if u.key.startswith("set_load_")][0]
    uploader.set_value(("p.json", b'{"horizon_years": 1e999, "gates": {"no_mlps_level3": false}}',
                        "application/json")).run()
    assert not at.exception
    assert [e.value for e in at.error] == [t("err.profile_not_finite", "zh", field="horizon_years", value="inf")]
    assert at.session_state["profile"]["gates"]["no_mlps_level3"] is True  # nothing applied


# ------------------------------------------------------------------------------------------------
# B. Text is never markup
# ------------------------------------------------------------------------------------------------
IMG = "![](https://beacon.invalid/b.png)[安信科技](https://phish.invalid)"
HEADING = "# 信达 **系统** <img src=x onerror=alert(1)> www.phish.invalid a@phish.invalid :material/home:"
FILE = "[报价](https://phish.invalid)_*v2*.csv"
SAID = "仅授权使用 ![](https://beacon.invalid/s.png)[详情](https://phish.invalid)"  # quoted back in a flag
MARKUP_QUOTES = _csv([
    ["供应商", "套餐", "报价(万元)", "等保三级", "国密SM4", "免费维护期(月)", "技术支持", "响应时间(小时)", "功能清单",
     "源码交付"],
    [IMG, "标准版", "22", "是", "是", "12", "7×24", "2", "用户管理、还款管理、风控审批、个人征信、风控模型", SAID],
    [HEADING, "[基础版](javascript:alert(1))", "15", "否", "否", "6", "5×8", "8", "用户管理、还款管理", "是"],
    ["\x1b[31m云贷通\x1b]0;pwned\x07", "旗舰版", "25", "是", "是", "12", "7×24", "2", "用户管理、还款管理、风控审批", "是"],
])
_ESCAPED = re.compile(r"\\[\\`*_{}\[\]()#+\-.!|<>~$&=:@]")


def _live_markup(body: str) -> list[str]:
    """Markdown, HTML or autolinks that would act in ``body`` once its backslash escapes are taken out."""
    bare = _ESCAPED.sub("", body)
    found = []
    # (":material/home" is the file's; our own templates use other icons)
    for pattern in (r"!\[", r"\]\(", r"<img", r"<a\b", r"https?://", r"www\.", r"\w@\w", r"(?m)^#", r":material/home"):
        if re.search(pattern, bare):
            found.append(pattern)
    return found


def _bodies(at) -> list[str]:
    """Every text the page renders as Markdown."""
    out = []
    for kind in ("markdown", "caption", "success", "info", "warning", "error", "toast", "subheader", "header",
                 "title"):
        out += [e.value for e in getattr(at, kind)]
    out += [b.label for b in at.button] + [b.help or "" for b in at.button]
    out += [m.label for m in at.metric]
    out += [x.label for x in at.expander]
    for tbl in at.table:
        df = tbl.value
        out += [str(v) for v in df.to_numpy().ravel()] + [str(v) for v in df.index] + [str(v) for v in df.columns]
    return out


def test_markdown_in_vendor_and_file_names_is_literal_on_every_page(app_test):
    at = app_test()
    at.run()
    at.file_uploader[0].set_value((FILE, MARKUP_QUOTES, "text/csv")).run()
    assert not at.exception
    res = _ctx(at).res
    assert res.top.quote.vendor == IMG
    top = res.top.quote.key
    assert any(md(top) in s.value for s in at.success)  # the top-pick box shows the escaped name
    assert any(md(top) in c.value for c in at.sidebar.caption)
    assert any(md(FILE) in m.value for m in at.markdown)  # the file list
    checked = 0
    for page in ("upload", "settings", "ranking", "compare", "risks", "robustness", "export"):
        at.switch_page(f"views/{page}.py").run()
        assert not at.exception, page
        for body in _bodies(at):
            assert not _live_markup(body), (page, body)
            checked += 1
        if page == "ranking":  # the failing vendor's gate line
            assert any(md(HEADING) in m.value for m in at.markdown)
        if page == "risks":
            assert any(md(top) in m.value for m in at.markdown)  # the heading beside the colour dot
            assert any(md(SAID) in e.value for e in (*at.error, *at.warning, *at.info))  # the vendor's words, quoted
        if page == "robustness":
            assert any(md(top) in m.value for m in at.markdown)  # the explanation sentence
            assert any(md(top) in str(v) for tbl in at.table for v in tbl.value.to_numpy().ravel())
    assert checked > 100


def test_markdown_escape_keeps_plain_names_and_numbers():
    for s in ("安信科技", "信达系统 / 基础版", "22.8", "+0", "-1", "vendor_quotes_en.xlsx", "7×24", "100%"):
        assert md(s) == s
    assert md(IMG).count("\\[") == 2 and md(IMG).count("\\!") == 1
    assert _live_markup(md(HEADING)) == [] and _live_markup(HEADING)


def test_cli_output_has_no_escape_sequence(tmp_path):
    path = tmp_path / "q.csv"
    path.write_bytes(MARKUP_QUOTES)
    cp = subprocess.run([sys.executable, "-m", "core", "score", str(path), "--lang", "en"], cwd=ROOT,
                        capture_output=True, timeout=120)
    assert cp.returncode == 0
    for stream in (cp.stdout, cp.stderr):
        assert b"\x1b" not in stream and b"\x07" not in stream and b"\x9b" not in stream
    assert "云贷通" in cp.stdout.decode("utf-8")
    cp = subprocess.run([sys.executable, "-m", "core", "score", str(tmp_path / "\x1b[2Jgone.csv"), "--lang", "en"],
                        cwd=ROOT, capture_output=True, timeout=120)
    assert cp.returncode == 2 and b"\x1b" not in cp.stderr
    assert terminal("a\x1b[31mb\x1b]8;;http://x\x1b\\c\x9b1m\u202ed\te\nf") == "abcd e f"


# ------------------------------------------------------------------------------------------------
# C. What we write: characters XML cannot hold, names round-trip
# ------------------------------------------------------------------------------------------------
NAMES = ["安信\t科技", "云贷\r\n通", "融科_x000D_软件", "信达\x01系统", "坏\ufffe字", IMG, "\x1b[31m红\x1b[0m",
         "a_x005F_b", "  前后空格  ", "多\n行"]


def _names_csv() -> bytes:
    rows = [["供应商", "套餐", "报价(万元)", "等保三级"]]
    rows += [[n, n + "版", str(20 + i), "是"] for i, n in enumerate(NAMES)]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue().encode("utf-8")


def test_characters_xml_cannot_hold_are_replaced_and_reported(tmp_path):
    qs = load([("names.csv", _names_csv())])
    reported = {w.cell for w in qs.warnings if w.code == "warn.xml_char"}
    bad = [i for i, n in enumerate(NAMES) if xml_text(n) != n]
    assert bad and {f"A{i + 2}" for i in bad} <= reported
    res = score(qs, Profile.default("personal_credit"))
    for lang in ("zh", "en"):
        data = excel.workbook_bytes(res, lang)
        wb = load_workbook(io.BytesIO(data))  # openpyxl opens it (U+FFFE made it unreadable before)
        original = wb.worksheets[5]
        assert original.cell(2, 1).value is not None
    path = tmp_path / "names_scored.xlsx"
    path.write_bytes(excel.workbook_bytes(res, "zh"))
    soffice_pdf(path, tmp_path)  # LibreOffice opens it


def test_the_writer_replaces_lone_surrogates():
    from core import xlsx_writer

    wb = Workbook()
    xlsx_writer.grid(wb.active).put(1, 1, "代\ud800理\ufffe\x00")
    data = excel._save(wb)
    assert load_workbook(io.BytesIO(data)).active["A1"].value == "代\ufffd理\ufffd\ufffd"


def test_names_survive_the_workbook_round_trip():
    qs = load([("names.csv", _names_csv())])
    res = score(qs, Profile.default("personal_credit"))
    data = excel.workbook_bytes(res, "zh")
    back = read_file(data, "names_scored.xlsx")
    cells = [row[0] for row in back.sheets[0].rows[1:len(NAMES) + 1]]
    for name, cell in zip(NAMES, cells):
        assert cell == xml_text(name), (name, cell)  # byte for byte where XML allows
    assert cells[:3] == NAMES[:3] and cells[7:10] == NAMES[7:10]
    again = load([("names_scored.xlsx", data)])
    assert sorted(q.key for q in again.quotes) == sorted(xml_text(q.key) for q in qs.quotes)


# ------------------------------------------------------------------------------------------------
# D. Valid files that were refused
# ------------------------------------------------------------------------------------------------
def test_csv_with_cr_only_line_ends_reads():
    text = "供应商,报价(万元),等保三级,免费维护期\r安信,22,是,12个月\r云贷通,18,否,6个月\r"
    qs = load([("mac.csv", text.encode("utf-8"))])
    assert [(q.vendor, q.values["free_maintenance_months"]) for q in qs.quotes] == [("安信", 12.0), ("云贷通", 6.0)]
    quoted = '供应商,报价(万元),等保三级,备注\r甲,22,是,"两行\r备注"\r乙,18,否,y\r'  # a CR inside quotes: one cell
    qs = load([("mac2.csv", quoted.encode("utf-8"))])
    assert [q.vendor for q in qs.quotes] == ["甲", "乙"]


@pytest.mark.parametrize("value, code", [(1e300, "warn.absurd_duration"), (-1e300, "warn.negative")])
@pytest.mark.parametrize("fmt", ["General", "[h]:mm:ss", "0", "yyyy-mm-dd", "h:mm"])
def test_an_absurd_duration_is_a_warning_on_its_cell(fmt, value, code):
    """1e300 as [h]:mm overflowed the reader's timedelta, -1e300 as a date or time panicked inside it: either
    made the whole workbook 'damaged'."""
    wb = Workbook()
    ws = wb.active
    ws.append(["供应商", "报价(万元)", "等保三级", "免费维护期(月)", "响应时间(小时)"])
    ws.append(["安信", 22, "是", value, 2])
    ws.append(["云贷通", 18, "否", 6, 4])
    ws.append(["融科", 20, "是", 12, "1e300"])
    ws["D2"].number_format = fmt
    buf = io.BytesIO()
    wb.save(buf)
    qs = load([("big.xlsx", buf.getvalue())])
    assert [q.vendor for q in qs.quotes] == ["安信", "云贷通", "融科"]
    assert qs.quotes[0].values["free_maintenance_months"] is None
    assert qs.quotes[0].values["response_hours"] == 2
    assert qs.quotes[2].values["response_hours"] is None
    codes = {(w.cell, w.code) for w in qs.warnings}
    assert ("D2", code) in codes and ("E4", "warn.absurd_hours") in codes
    res = score(qs, Profile.default("personal_credit"))
    assert all(math.isfinite(v.total) for v in res.vendors)


def test_markup_stays_text_in_a_real_browser(tmp_path):
    """What Chromium draws: no image fetched from the file's URL, no link to it, the names as written."""
    from tests.browser import CHROMIUM, chromium_page, exceptions, open_page, streamlit_server, wait_idle

    assert Path(CHROMIUM).exists(), "Chromium is missing: `make test` installs it (apt-get install chromium)"
    name = "![报价](beacon.invalid.png)[点我](javascript:alert(1))_*v2*.csv"  # a file name holds no slash
    with streamlit_server() as url, chromium_page() as page:
        fetched: list[str] = []
        page.on("request", lambda r: fetched.append(r.url) if ".invalid" in r.url else None)
        page.goto(url)
        page.get_by_role("heading", name=t("ui.nav.upload", "zh"), level=1).wait_for(timeout=60_000)
        wait_idle(page)
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
            {"name": name, "mimeType": "text/csv", "buffer": MARKUP_QUOTES})
        page.get_by_test_id("stAlert").filter(has_text="首选").wait_for(timeout=60_000)
        wait_idle(page)
        for pid in ("upload", "ranking", "risks", "robustness", "export"):
            if pid != "upload":
                open_page(page, t(f"ui.nav.{pid}", "zh"))
            assert exceptions(page) == [], pid
            app = page.get_by_test_id("stApp")
            assert app.locator("img[src*='.invalid']").count() == 0, pid
            assert app.locator("a[href*='.invalid'], a[href^='javascript']").count() == 0, pid
            assert app.locator("h1, h2, h3").filter(has_text="信达").count() == 0, pid  # "# 信达" is no heading
            shown = app.inner_text().replace("\u2060", "")
            assert IMG in shown, pid  # the vendor, as written
            if pid == "upload":
                assert name in shown
        assert fetched == []


# ------------------------------------------------------------------------------------------------
# Properties: any text
# ------------------------------------------------------------------------------------------------
_PROPS = settings(max_examples=300, deadline=None, database=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow])
_PIECES = list("![]()<>#*_`~$&|\\:/.@-+= \n\t1aw汉") + ["https://", "www.", "<img ", "<a href=", "_x000D_", "1. ",
                                                     ":material/home:"]


@_PROPS
@given(hs.lists(hs.sampled_from(_PIECES), max_size=30).map("".join))
def test_no_text_becomes_markup(s):
    out = md(s)
    assert _live_markup(out) == []
    for line in out.split("\n"):  # no line opens a block: list, numbered list, heading, quote, rule, code
        assert not re.match(r"\s*([-+*]|\d+[.)])(\s|$)|\s*[#>]|\s*[-=_*]{3,}\s*$| {4}|\t", line), (s, line)
    assert md(md(s)) == md(s)  # escaped once, never twice


@_PROPS
@given(hs.lists(hs.one_of(hs.text(max_size=12),
                          hs.sampled_from(["_x000D_", "_x005F_", "_xABCD_", "\r", "\r\n", "\n", "\t", " ",
                                           "\x01", "\ufffe", "\x1b[31m", "&amp;", "<b>"])),
                max_size=8).map("".join))
def test_any_text_round_trips_where_xml_allows(s):
    from core import xlsx_writer

    wb = Workbook()
    xlsx_writer.grid(wb.active).put(1, 1, s)
    xlsx_writer.grid(wb.active).put(1, 2, "x")  # the row is never empty
    sheets = read_sheets(excel._save(wb), "p.xlsx")
    assert (sheets[0].rows[0][0] if sheets[0].rows else "") == xml_text(s)
