"""AppTest: every page, empty and loaded, in both languages; Ranking, Compare, Risks and Export."""
from __future__ import annotations

import pytest

from core import schema
from core.excel import workbook_bytes
from core.i18n import t
from core.model import Profile
from core.untrusted import md as escape_md
from tests.test_app_settings import gw

PAGES = ["upload", "settings", "ranking", "compare", "risks", "robustness", "evaluation", "export"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _ctx(at):
    return at.session_state["_ctx"]


@pytest.mark.parametrize("page", PAGES)
def test_empty_state_on_every_page(app_test, page):
    at = app_test()
    at.run()
    at.switch_page(f"views/{page}.py").run()
    assert not at.exception
    assert not at.error
    assert at.title[0].value == t(f"ui.nav.{page}", "zh")
    assert t("ui.empty.title", "zh") in [m.value.strip("*") for m in at.markdown]
    # the pointer works from every page: the sample loads without leaving it
    at.button(key=f"{page}_empty_sample").click().run()
    assert not at.exception
    assert _ctx(at).res is not None
    assert at.title[0].value == t(f"ui.nav.{page}", "zh")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_with_quotes_in_both_languages(loaded_app, lang):
    at = loaded_app(lang=lang)
    for page in PAGES:
        at.switch_page(f"views/{page}.py").run()
        assert not at.exception, page
        assert at.title[0].value == t(f"ui.nav.{page}", lang)
        assert t("ui.empty.title", lang) not in [m.value.strip("*") for m in at.markdown]
    # the sidebar status line names the top pick
    assert any("安信科技" in c.value for c in at.sidebar.caption)


def test_language_switch_on_a_page_keeps_the_page(loaded_app):
    at = loaded_app()
    at.switch_page("views/ranking.py").run()
    at.radio(key="lang").set_value("en").run()
    assert not at.exception
    assert at.title[0].value == t("ui.nav.ranking", "en")
    assert at.dataframe[0].value["gate"].iloc[0].endswith(t("gate.pass", "en"))


def test_ranking_page(loaded_app):
    at = loaded_app("ranking")
    table = at.dataframe[0].value
    # 云贷通 quotes 面议: its price gate cannot be checked, so it waits (待核实) below every passing quote
    assert list(table["vendor"]) == ["安信科技", "融科软件", "云贷通", "信达系统"]
    assert list(table["rank"]) == [1, 2, 3, 4]
    assert table["gate"].iloc[2].endswith(t("gate.unverified", "zh"))
    assert set(schema.GROUPS) <= set(table.columns)
    assert {"total", "gate", "red", "amber", "tco"} <= set(table.columns)
    assert table["gate"].iloc[-1].endswith(t("gate.fail", "zh"))  # marked
    assert table["red"].iloc[-1] >= 1
    # the failing vendor's knock-out reason is spelled out under the table
    assert any("信达系统" in m.value and "等保三级" in m.value for m in at.markdown)
    assert at.download_button(key="rank_dl_xlsx").label == "下载评分 Excel"


def test_compare_page(loaded_app):
    at = loaded_app("compare")
    pick = at.multiselect(key="cmp_pick")
    assert len(pick.value) == 3
    table = at.dataframe[0].value
    assert len(table) == len(schema.CRITERIA)
    # one column per quote, so that every picked quote is in view; the quotes' own words on request
    assert [c for c in table.columns if c[0].isdigit()] == ["1. 安信科技 / 标准版", "2. 融科软件 / 专业版", "3. 云贷通 / 旗舰版"]
    at.toggle(key="cmp_originals").set_value(True).run()
    table = at.dataframe[0].value
    # the original text sits beside the normalised value
    col = [c for c in table.columns if c.startswith("1. 安信科技") and c.endswith(t("ui.compare.original", "zh"))][0]
    assert "等保三级" in table[col].iloc[0]

    at.toggle(key="cmp_level").set_value(True).run()  # criterion-level radar
    assert not at.exception
    at.multiselect(key="cmp_pick").set_value([0]).run()  # fewer than two: a hint, no chart, no error
    assert not at.exception
    assert [i.value for i in at.info] == [t("ui.compare.need_two", "zh")]
    at.multiselect(key="cmp_pick").set_value([0, 1, 2, 3]).run()
    assert not at.exception
    assert len([c for c in at.dataframe[0].value.columns if c.endswith(t("ui.compare.original", "zh"))]) == 4


def test_risks_page(loaded_app):
    at = loaded_app("risks")
    vendors = _ctx(at).res.vendors
    rongke = next(i for i, q in enumerate(_ctx(at).qs.quotes) if q.vendor == "融科软件")
    at.selectbox(key="risk_vendor").set_value(_ctx(at).qs.quotes[rongke].key).run()
    assert not at.exception
    vr = next(v for v in vendors if v.quote.vendor == "融科软件")
    assert len(at.warning) == vr.count("amber") > 0
    md = at.code[0].value
    assert md.startswith("# 融科软件 / 专业版")
    for f in vr.flags:  # the vendor's own words quoted in a question are escaped in this Markdown source
        assert f.question("zh", esc=escape_md) in md
    assert "7×24" in md  # the clause for the missing 24/7 support
    assert at.download_button(key="risk_dl_one").label.startswith("下载 Markdown")
    assert at.download_button(key="risk_dl_all").label.startswith("下载 Markdown")

    # a vendor with unconfirmed fields gets a question for each of them
    yundai = next(i for i, q in enumerate(_ctx(at).qs.quotes) if q.vendor == "云贷通")
    at.selectbox(key="risk_vendor").set_value(_ctx(at).qs.quotes[yundai].key).run()
    assert not at.exception
    vr = next(v for v in vendors if v.quote.vendor == "云贷通")
    unknown = [f for f in vr.flags if f.code in ("unconfirmed", "price_missing")]
    assert unknown
    md = at.code[0].value
    assert all(f.question("zh") in md for f in unknown)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_export_page_names_each_format(loaded_app, lang):
    at = loaded_app("export", lang=lang)
    labels = {b.key: b.label for b in at.download_button}
    assert labels == {"exp_report": t("rep.ui.download", lang), "exp_xlsx": t("ui.dl.workbook", lang),
                      "exp_json": t("ui.dl.json", lang), "exp_profile": t("ui.dl.profile", lang)}
    assert ("Excel" in labels["exp_xlsx"]) and ("JSON" in labels["exp_json"]) and ("JSON" in labels["exp_profile"])
    assert "Word" in labels["exp_report"]


def test_scored_workbook_round_trip_restores_the_profile(app_test):
    from core.load import load
    from core.scoring import score

    qs = load([("报价对比表_个人信用贷.xlsx", _sample().read_bytes())])
    p = Profile.default("personal_credit")
    p.group_weights = {"compliance": 20, "features": 20, "after_sales": 50, "price": 10}
    p.horizon_years = 5
    data = workbook_bytes(score(qs, p), "zh")
    at = app_test()
    at.run()
    at.file_uploader[0].set_value(("报价评分.xlsx", data, XLSX)).run()
    assert not at.exception
    res = _ctx(at).res
    assert res is not None and len(res.vendors) == 4
    # the saved settings are offered, not applied: one click applies them
    assert res.profile.horizon_years == Profile.default("personal_credit").horizon_years
    at.button(key="up_restore_apply").click().run()
    assert not at.exception
    res = _ctx(at).res
    assert res.profile.horizon_years == 5
    assert at.session_state["profile"]["group_weights"] == p.group_weights
    assert [x.value for x in at.toast] == [t("ui.notice.profile_restored", "zh")]
    at.switch_page("views/settings.py").run()
    assert gw(at, "after_sales").value == 50


def _sample():
    from pathlib import Path

    return Path(__file__).resolve().parents[1] / "sample_data" / "报价对比表_个人信用贷.xlsx"


def test_every_ui_string_exists_in_both_languages():
    import re
    from pathlib import Path

    from core.i18n import EN, ZH

    root = Path(__file__).resolve().parents[1]
    used = set()
    for path in [root / "app.py", root / "core" / "charts.py", root / "core" / "restore.py", root / "core" / "report.py",
                 *sorted((root / "views").glob("*.py"))]:
        used |= set(re.findall(r"""["'](ui\.[a-z_]+(?:\.[a-z_]+)+)["']""", path.read_text(encoding="utf-8")))
    used |= {f"ui.nav.{p}" for p in PAGES} | {f"ui.lang.{x}" for x in ("zh", "en")}
    used |= {f"ui.gate.{g}" for g in schema.GATE_CODES} | {"ui.risks.red", "ui.risks.amber"}
    missing = sorted(k for k in used if k not in ZH or k not in EN)
    assert not missing, missing
    assert all(ZH[k].strip() and EN[k].strip() for k in used)
    unused = sorted(k for k in ZH if k.startswith("ui.") and k not in used)
    assert not unused, unused
