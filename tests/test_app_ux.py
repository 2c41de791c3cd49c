"""Issue 15: the dashboard as a buyer meets it (AppTest): pages that never depend on vendor and package names being
unique, the sample kept apart from real quotes, quotes left out and restored, weights that obey."""
from __future__ import annotations

import io
import sys
from pathlib import Path

from core import schema
from core.i18n import t
from core.load import load
from core.model import Profile
from core.samples import SAMPLES
from core.scoring import score
from tests.conftest import ROOT, XLSX_MIME
from tests.test_app_settings import gw
from views._common import PAGES as APP_PAGES

# Two quotes with the same vendor and package (a revised quote in the same table, or a file uploaded twice under
# another name): every page must still draw, each table keyed by the quote's own id.
TWINS = ("供应商,套餐,报价,等保三级,免费维护期\n"
         "甲科技,标准版,20万,是,12个月\n"
         "甲科技,标准版,30万,否,6个月\n"
         "乙软件,专业版,25万,是,12个月\n").encode()
PAGES = tuple(APP_PAGES)  # every page the app has


def _twins(app_test, lang: str = "zh"):
    at = app_test()
    at.run()
    if lang != "zh":
        at.radio(key="lang").set_value(lang).run()
    at.file_uploader[0].set_value(("twins.csv", TWINS, "text/csv")).run()
    assert not at.exception
    return at


def test_quotes_sharing_vendor_and_package_draw_every_page(app_test):
    for lang in ("zh", "en"):
        at = _twins(app_test, lang)
        for page in PAGES:
            at.switch_page(f"views/{page}.py").run()
            assert not at.exception, (lang, page, at.exception)
        # the robustness tables list both twins, each under its own id
        ids = [q.id for q in at.session_state["_ctx"].qs.quotes]
        assert len(set(ids)) == 3
        for table in at.table:
            if len(table.value) == 3:
                assert sorted(table.value.index) == sorted(ids), (lang, table.value)


# ------------------------------------------------------------------------------------------------
# The sample quotes are labelled and never mixed with the user's own
# ------------------------------------------------------------------------------------------------
OWN = ROOT / "tests" / "cases" / "a_03_pc_consultant_tidy.xlsx"
OWN2 = ROOT / "tests" / "cases" / "a_01_pc_clerk_brochures.xlsx"


def _sample_start(app_test, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["app.py", "--sample"])
    at = app_test()
    at.run()
    assert not at.exception
    return at


def test_the_sample_is_labelled_and_the_first_own_upload_replaces_it(app_test, monkeypatch):
    at = _sample_start(app_test, monkeypatch)
    sample = SAMPLES["personal_credit"]
    assert at.session_state["_ctx"].qs.sample_files == [sample]
    badge = t("ux.sample.badge", "zh")
    assert any(badge in m.value for m in at.markdown)  # the file card
    assert any(badge in cap.value for cap in at.sidebar.caption)  # the sidebar status
    assert any(t("ux.sample.card", "zh", n=4) == s.value for s in at.success)

    at.file_uploader[0].set_value((OWN.name, OWN.read_bytes(), XLSX_MIME)).run()
    assert not at.exception
    ctx = at.session_state["_ctx"]
    assert list(at.session_state["files"]) == [OWN.name]  # the sample is gone, said once
    assert not ctx.qs.sample and "安信科技" not in {q.vendor for q in ctx.qs.quotes}
    assert [x.value for x in at.toast] == [t("ux.sample.replaced", "zh")]
    assert not any(badge in cap.value for cap in at.sidebar.caption)
    # a second own file joins the first
    at.file_uploader[0].set_value((OWN2.name, OWN2.read_bytes(), XLSX_MIME)).run()
    assert list(at.session_state["files"]) == [OWN.name, OWN2.name]
    assert not at.toast


def test_the_workbook_says_when_it_holds_the_sample(app_test, monkeypatch):
    from core.excel import workbook_bytes
    from openpyxl import load_workbook

    at = _sample_start(app_test, monkeypatch)
    for res, sample in ((at.session_state["_ctx"].res, True),
                        (score(load([(OWN.name, OWN.read_bytes())]), Profile.default("personal_credit")), False)):
        for lang in ("zh", "en"):
            ws = load_workbook(io.BytesIO(workbook_bytes(res, lang))).worksheets[0]
            text = [c for row in ws.iter_rows(values_only=True) for c in row if c]
            assert (t("ux.sample.workbook", lang) in text) is sample


# ------------------------------------------------------------------------------------------------
# A scored workbook uploaded beside the quote files it came from
# ------------------------------------------------------------------------------------------------
def _workbook_of(files: list[Path], profile: Profile, overrides: dict | None = None, lang: str = "zh") -> bytes:
    from core.excel import workbook_bytes

    return workbook_bytes(score(load([(f.name, f.read_bytes()) for f in files], overrides), profile), lang,
                          overrides)


def test_a_scored_workbook_beside_its_originals_adds_no_quote_and_says_what_it_restored(app_test):
    p = Profile.default("personal_credit")
    p.group_weights = {"compliance": 20, "features": 20, "after_sales": 50, "price": 10}
    book = _workbook_of([OWN, OWN2], p)
    for order in ("originals first", "workbook first"):
        at = app_test()
        at.run()
        uploads = [(OWN.name, OWN.read_bytes(), XLSX_MIME), (OWN2.name, OWN2.read_bytes(), XLSX_MIME)]
        uploads.insert(0 if order == "workbook first" else 2, ("评分.xlsx", book, XLSX_MIME))
        for up in uploads:
            at.file_uploader[0].set_value(up).run()
            assert not at.exception
        qs = at.session_state["_ctx"].qs
        alone = load([(OWN.name, OWN.read_bytes()), (OWN2.name, OWN2.read_bytes())])
        assert sorted(q.id for q in qs.quotes) == sorted(q.id for q in alone.quotes), order  # nothing twice
        assert not any(w.code == "warn.duplicate_quote" for w in qs.warnings)
        cards = {s.value for s in at.success}
        assert t("ui.upload.file_quotes", "zh", n=qs.quotes_from(OWN.name)) in cards
        card = next(s for s in cards if t("ux.own.kind.scored_workbook", "zh") in s)
        assert "已经载入，没有重复加入" in card and OWN.name in card
        assert "待你确认" in card and "0 份" not in card
        assert not at.error
        # applied: the card says what it restored, and the ranking uses the restored weights
        at.button(key="up_restore_apply").click().run()
        assert not at.exception
        card = next(s.value for s in at.success if t("ux.own.kind.scored_workbook", "zh") in s.value)
        assert t("ux.own.settings.applied", "zh", what=t("ux.own.what_settings", "zh")) in card
        assert at.session_state["_ctx"].res.profile.group_weights["after_sales"] == 50


def test_a_scored_workbook_alone_brings_its_quotes_back(app_test):
    book = _workbook_of([OWN], Profile.default("personal_credit"))
    at = app_test()
    at.run()
    at.file_uploader[0].set_value(("评分.xlsx", book, XLSX_MIME)).run()
    n = len(load([(OWN.name, OWN.read_bytes())]).quotes)
    card = next(s.value for s in at.success if t("ux.own.kind.scored_workbook", "zh") in s.value)
    assert t("ux.own.quotes", "zh", n=n) in card and "没有重复加入" not in card
    assert len(at.session_state["_ctx"].qs.quotes) == n


# ------------------------------------------------------------------------------------------------
# Leaving a quote out, and restoring it
# ------------------------------------------------------------------------------------------------
def _vendors(at) -> list[str]:
    return [vr.quote.vendor for vr in at.session_state["_ctx"].res.vendors]


def test_a_quote_left_out_is_remembered_listed_and_restored(loaded_app):
    at = loaded_app()
    qs = at.session_state["_ctx"].qs
    gone = next(q for q in qs.quotes if q.vendor == "云贷通")
    at.selectbox(key="up_ex_pick").set_value(gone.id).run()
    at.text_input(key="up_ex_reason").input("已撤回报价").run()
    at.button(key="up_ex_btn").click().run()
    assert not at.exception
    assert "云贷通" not in _vendors(at) and len(_vendors(at)) == 3
    assert at.session_state["profile"]["excluded"] == [{"quote": gone.id, "vendor": gone.key, "reason": "已撤回报价"}]
    assert any("云贷通" in m.value and "已撤回报价" in m.value for m in at.markdown)
    assert [x.value for x in at.toast] == [t("ux.exclude.done", "zh", vendor=gone.key)]
    # the ranking page lists it too, and every page still draws
    for page in PAGES:
        at.switch_page(f"views/{page}.py").run()
        assert not at.exception, page
    at.switch_page("views/ranking.py").run()
    assert "云贷通" not in list(at.dataframe[0].value["vendor"])
    assert any("云贷通" in m.value and "已撤回报价" in m.value for m in at.markdown)
    at.button(key="rank_ex_back_0").click().run()
    assert not at.exception
    assert "云贷通" in _vendors(at) and at.session_state["profile"]["excluded"] == []


def test_the_last_quote_cannot_be_left_out(app_test):
    at = app_test()
    at.run()
    at.file_uploader[0].set_value(("one.csv", "供应商,报价\n甲,20万\n乙,22万\n".encode(), "text/csv")).run()
    at.button(key="up_ex_btn").click().run()
    assert len(_vendors(at)) == 1
    assert at.button(key="up_ex_btn").disabled


def test_a_left_out_quote_round_trips_through_the_workbook(loaded_app, app_test):
    from views._common import workbook

    at = loaded_app()
    gone = next(q for q in at.session_state["_ctx"].qs.quotes if q.vendor == "信达系统")
    at.selectbox(key="up_ex_pick").set_value(gone.id).run()
    at.text_input(key="up_ex_reason").input("这一行不是报价").run()
    at.button(key="up_ex_btn").click().run()
    book = workbook(at.session_state["_ctx"].res, "zh", {})
    # the workbook lists it with the reason
    from openpyxl import load_workbook

    summary = [c for row in load_workbook(io.BytesIO(book)).worksheets[0].iter_rows(values_only=True)
               for c in row if c]
    assert any("信达系统" in str(c) and "这一行不是报价" in str(c) for c in summary)
    # uploaded again in a new session: the saved exclusion is offered with the other settings, and applies
    at2 = app_test()
    at2.run()
    at2.file_uploader[0].set_value(("评分.xlsx", book, XLSX_MIME)).run()
    assert "信达系统" in _vendors(at2)
    changes = next(d.value for d in at2.dataframe if t("ui.restore.col.setting", "zh") in d.value.columns)
    assert t("ux.restore.excluded", "zh") in list(changes.iloc[:, 0])
    at2.button(key="up_restore_apply").click().run()
    assert not at2.exception
    assert "信达系统" not in _vendors(at2) and len(_vendors(at2)) == 3
    assert at2.session_state["_ctx"].res.excluded[0][1] == "这一行不是报价"


# ------------------------------------------------------------------------------------------------
# Weights that obey: typed, held, locked, reset
# ------------------------------------------------------------------------------------------------
def _weights(at) -> dict[str, int]:
    return {g: gw(at, g).value for g in schema.GROUPS}


def test_a_typed_weight_is_kept_and_a_set_group_stays(loaded_app):
    at = loaded_app("settings")
    gw(at, "after_sales", "gwn").set_value(40).run()  # typed in the number box
    assert not at.exception
    w = _weights(at)
    assert w["after_sales"] == 40 and sum(w.values()) == 100
    assert gw(at, "after_sales", "gwn").value == 40  # slider and box agree
    assert at.session_state["_ctx"].res.profile.group_weights["after_sales"] == 40
    gw(at, "price").set_value(20).run()  # moving price no longer pulls after-sales back
    w = _weights(at)
    assert w["after_sales"] == 40 and w["price"] == 20 and sum(w.values()) == 100
    assert {g: gw(at, g, "gwn").value for g in schema.GROUPS} == w
    # a language switch keeps every weight and the box typed in
    at.radio(key="lang").set_value("en").run()
    assert _weights(at) == w and not at.exception


def test_a_locked_group_stays_and_reset_brings_the_defaults_back(loaded_app):
    at = loaded_app("settings")
    at.toggle(key="set_gwlock_compliance").set_value(True).run()
    gw(at, "price", "gwn").set_value(60).run()
    w = _weights(at)
    assert w["compliance"] == 35 and w["price"] == 60 and sum(w.values()) == 100
    gw(at, "features").set_value(80).run()  # the lock leaves 65: features stops there
    w = _weights(at)
    assert w["compliance"] == 35 and w["features"] == 65 and sum(w.values()) == 100
    at.radio(key="lang").set_value("en").run()
    assert at.toggle(key="set_gwlock_compliance").value is True  # the lock survives the language switch
    at.button(key="set_weights_reset").click().run()
    assert not at.exception
    assert _weights(at) == {"compliance": 35, "features": 20, "after_sales": 30, "price": 15}
    assert at.toggle(key="set_gwlock_compliance").value is False
    assert at.session_state["_ctx"].res.profile.to_dict() == Profile.default("personal_credit").to_dict()


def test_the_what_if_starts_from_the_quotes_value(loaded_app):
    at = loaded_app("robustness")
    qs = at.session_state["_ctx"].qs
    for vendor, price in (("信达系统", 12.8), ("云贷通", None)):
        pos = next(i for i, q in enumerate(qs.quotes) if q.vendor == vendor)
        at.selectbox(key="rob_wi_quote").set_value(qs.quotes[pos].key).run()
        at.selectbox(key="rob_wi_field_zh").set_value("price_cny").run()
        box = at.number_input(key=f"rob_wi_num_{pos}_price_cny")
        assert box.value == price  # an unknown price starts empty, not at 0 (which trips the under-10万 gate)
        assert t("ui.robust.whatif_same", "zh") in [i.value for i in at.info]


def test_every_ux_string_is_used_and_in_both_languages():
    """The issue's strings (one block, prefix ux.): each one used by the code, each in Chinese and English."""
    import re

    from core.i18n import EN, ZH

    src = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "app.py", *sorted((ROOT / "core").glob("*.py")),
                                                            *sorted((ROOT / "views").glob("*.py"))])
    keys = [k for k in ZH if k.startswith("ux.")]
    assert keys and all(k in EN and ZH[k].strip() and EN[k].strip() for k in keys)
    dynamic = {"ux.ask.": "ux.ask.{", "ux.own.kind.": "ux.own.kind.{", "ux.own.settings.": "ux.own.settings.{"}
    for k in keys:
        stem = next((d for d in dynamic if k.startswith(d)), None)
        assert (f'"{k}"' in src) or (stem is not None and dynamic[stem] in src), k
    used = set(re.findall(r"""["'](ux\.[a-z_]+(?:\.[a-z_0-9]+)+)["']""", src))
    assert used <= set(keys), used - set(keys)


# ------------------------------------------------------------------------------------------------
# The smaller items
# ------------------------------------------------------------------------------------------------
def test_english_mode_writes_amounts_in_cny_not_wan(loaded_app):
    at = loaded_app("ranking", lang="en")
    basis = next(cap.value for cap in at.caption if cap.value.startswith("Scored as"))
    assert "budget CNY 180,000–250,000" in basis and "万" not in basis
    at.switch_page("views/settings.py").run()
    assert any("Typical price for Personal credit: CNY 180,000–250,000." == cap.value for cap in at.caption)
    at.switch_page("views/compare.py").run()
    table = at.dataframe[0].value
    assert not [v for col in table.columns[2:] for v in table[col] if "万" in str(v)]
    assert "CNY 228,000 (budget CNY 180,000–250,000)" in list(table["1. 安信科技 / 标准版"])


def test_gate_reasons_read_as_sentences(loaded_app):
    csv = "供应商,套餐,报价,等保三级,功能清单\n甲科技,基础版,5万,否,用户管理\n乙软件,标准版,22万,是,用户管理\n".encode()
    for lang in ("zh", "en"):
        at = loaded_app("ranking", lang=lang, upload=("two.csv", csv))
        line = next(m.value for m in at.markdown if ":material/block:" in m.value and "甲科技" in m.value)
        assert "。;" not in line and ".;" not in line
        assert line.count("；" if lang == "zh" else ". ") >= 2, line  # three gate reasons, one sentence each


def test_the_templates_instructions_name_only_its_own_columns():
    from openpyxl import load_workbook

    from core.excel import template_bytes

    for lang in ("zh", "en"):
        wb = load_workbook(io.BytesIO(template_bytes(lang)))
        headers = " ".join(str(c.value) for c in wb.worksheets[0][1])
        guide = " ".join(str(c.value) for row in wb.worksheets[1].iter_rows() for c in row if c.value)
        assert ("备注" in guide) <= ("备注" in headers) and ("Notes column" in guide) <= ("Notes" in headers)


def test_the_mapping_choices_say_what_a_feature_column_is():
    from core.restore import target_name

    for lang, words in (("zh", ("元宇宙营销", "是/否")), ("en", ("Metaverse marketing", "yes/no"))):
        name = target_name("feature:metaverse_marketing", lang)
        assert all(w in name for w in words), name


def test_a_left_out_quote_round_trips_through_the_cli_profile(loaded_app, tmp_path):
    """Left out in the dashboard, saved as the settings JSON (the page's download), used by the CLI: the same quote
    is left out there; and a CLI profile loaded on the settings page leaves it out in the dashboard."""
    import json
    import subprocess

    at = loaded_app()
    gone = next(q for q in at.session_state["_ctx"].qs.quotes if q.vendor == "融科软件")
    at.selectbox(key="up_ex_pick").set_value(gone.id).run()
    at.text_input(key="up_ex_reason").input("价格已过期").run()
    at.button(key="up_ex_btn").click().run()
    prof = tmp_path / "profile.json"
    prof.write_text(at.session_state["_ctx"].res.profile.to_json(), encoding="utf-8")  # what the button serves
    out = tmp_path / "o.json"
    cp = subprocess.run([sys.executable, "-m", "core", "score", str(ROOT / "sample_data" / SAMPLES["personal_credit"]),
                         "--profile", str(prof), "--json", str(out)], cwd=ROOT, capture_output=True, text=True,
                        timeout=120)
    assert cp.returncode == 0, cp.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    assert "融科软件" not in [v["vendor"] for v in result["vendors"]]
    assert [(e["vendor"], e["reason"]) for e in result["excluded"]] == [("融科软件", "价格已过期")]
    # the other way: a profile written for the CLI, loaded on the settings page
    by_name = {"excluded": [{"quote": "信达系统 / 基础版", "reason": "not a quote"}]}
    at2 = loaded_app("settings")
    uploader = next(u for u in at2.file_uploader if u.key.startswith("set_load_"))
    uploader.set_value(("cli.json", json.dumps(by_name, ensure_ascii=False).encode(), "application/json")).run()
    assert not at2.exception
    res = at2.session_state["_ctx"].res
    assert "信达系统" not in _vendors(at2) and res.excluded[0][1] == "not a quote"
    at2.switch_page("views/upload.py").run()
    at2.button(key="up_ex_back_0").click().run()  # restored with one click, though the profile named it by name
    assert "信达系统" in _vendors(at2) and at2.session_state["profile"]["excluded"] == []


def test_a_letter_answered_for_the_sample_keeps_the_sample(app_test, monkeypatch):
    """Only the user's own quotes replace the sample: a clarification letter answered for a sample quote (a file the
    project wrote, with answers and no quotes of its own) joins it."""
    from core.clarify import letter_bytes
    from tests.test_clarify import fill

    at = _sample_start(app_test, monkeypatch)
    vr = next(v for v in at.session_state["_ctx"].res.vendors if v.quote.vendor == "云贷通")
    reply = fill(letter_bytes(vr, "zh"), {"price_cny": ("23.5", None)})
    at.file_uploader[0].set_value(("云贷通_回复.xlsx", reply, XLSX_MIME)).run()
    assert not at.exception
    assert list(at.session_state["files"]) == [SAMPLES["personal_credit"], "云贷通_回复.xlsx"]
    assert not at.toast and at.session_state["_ctx"].qs.sample
