"""AppTest: the Scoring settings page (weights, budget, horizon, gates, reset, load a profile)."""
from __future__ import annotations

import json

from core import schema
from core.i18n import t
from core.model import Profile

GROUPS = schema.GROUPS


def _ctx(at):
    return at.session_state["_ctx"]


def gw(at, g: str, kind: str = "gw"):
    """A group's weight widget: its slider ("gw") or number box ("gwn"). The page gives a widget a new key when it
    moves it itself (views/settings.py), so it is found by the start of its key."""
    widgets = at.slider if kind == "gw" else at.number_input
    return next(w for w in widgets if w.key.startswith(f"set_{kind}_{g}_"))


def _ranking(at) -> list[str]:
    return [vr.quote.vendor for vr in _ctx(at).res.vendors]


def test_settings_page_shows_the_defaults(loaded_app):
    at = loaded_app("settings")
    assert at.selectbox(key="set_bt").value == "personal_credit"
    assert at.slider(key="set_budget").value == (18.0, 25.0)  # personal credit band, domain.md
    assert at.number_input(key="set_horizon").value == 3
    assert [gw(at, g).value for g in GROUPS] == [35, 20, 30, 15]
    weights = at.data_editor[0].value
    assert list(weights["criterion"]) == list(schema.CRITERION_IDS)
    assert abs(weights["share"].sum() - 100) < 1e-6
    assert all(at.toggle(key=f"set_gate_{g}").value for g in schema.GATE_CODES)


def test_a_weight_change_changes_the_ranking(loaded_app):
    at = loaded_app("settings")
    assert _ranking(at)[:2] == ["安信科技", "融科软件"]
    # 云贷通 quotes 面议: without the price gate it competes on what it offers
    at.toggle(key="set_gate_price_below_10w").set_value(False).run()
    gw(at, "after_sales").set_value(100).run()
    assert not at.exception
    assert [gw(at, g).value for g in GROUPS] == [0, 0, 100, 0]
    assert _ranking(at)[0] == "云贷通"  # the best after-sales wins once only after-sales counts
    # every page scores with the same profile
    at.switch_page("views/ranking.py").run()
    assert not at.exception
    assert at.dataframe[0].value["vendor"].iloc[0] == "云贷通"
    assert any("云贷通" in s.value for s in at.success)


def test_group_weights_always_sum_to_100(loaded_app):
    at = loaded_app("settings")
    for g, v in [("compliance", 50), ("price", 33), ("features", 0), ("after_sales", 99), ("price", 7)]:
        gw(at, g).set_value(v).run()
        assert not at.exception
        values = {x: gw(at, x).value for x in GROUPS}
        assert values[g] == v
        assert sum(values.values()) == 100, values
        assert at.session_state["profile"]["group_weights"] == values


def test_criterion_weights_are_editable(loaded_app):
    at = loaded_app("settings")
    before = _ctx(at).res.weights["price_vs_budget"]
    editor = at.data_editor[0]
    row = list(editor.value["criterion"]).index("price_vs_budget")
    at.session_state[editor.key] = {"edited_rows": {row: {"weight": 0.0}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception
    assert before > 0
    assert at.session_state["profile"]["criterion_weights"]["price_vs_budget"] == 0.0
    assert _ctx(at).res.weights["price_vs_budget"] == 0.0
    assert at.data_editor[0].value["share"][row] == 0.0


def test_budget_horizon_and_gates(loaded_app):
    at = loaded_app("settings")
    at.slider(key="set_budget").set_value((10.0, 20.0)).run()
    assert not at.exception
    assert _ctx(at).res.profile.budget == (100_000.0, 200_000.0)
    over = {vr.quote.vendor for vr in _ctx(at).res.vendors if any(f.code == "price_over_budget" for f in vr.flags)}
    assert "安信科技" in over  # 22.8万 is above the new band

    at.number_input(key="set_horizon").set_value(5).run()
    assert not at.exception
    assert _ctx(at).res.profile.horizon_years == 5

    fails = {vr.quote.vendor for vr in _ctx(at).res.vendors if vr.gate == "fail"}
    assert "信达系统" in fails
    at.toggle(key="set_gate_no_mlps_level3").set_value(False).run()
    assert not at.exception
    assert "信达系统" not in {vr.quote.vendor for vr in _ctx(at).res.vendors if vr.gate == "fail"}

    at.button(key="set_reset_btn").click().run()
    assert not at.exception
    assert at.slider(key="set_budget").value == (18.0, 25.0)
    assert at.number_input(key="set_horizon").value == 3
    assert at.toggle(key="set_gate_no_mlps_level3").value is True
    assert _ctx(at).res.profile.to_dict() == Profile.default("personal_credit").to_dict()


def test_business_type_follows_everywhere(loaded_app):
    at = loaded_app("settings")
    at.selectbox(key="set_bt").set_value("merchant_loan").run()
    assert not at.exception
    assert at.session_state["bt"] == "merchant_loan"
    assert at.selectbox(key="bt").value == "merchant_loan"  # the sidebar shows it too
    assert at.slider(key="set_budget").value == (25.0, 35.0)  # the band follows the type
    at.selectbox(key="bt").set_value("consumer_installment").run()
    assert not at.exception
    assert at.selectbox(key="set_bt").value == "consumer_installment"
    assert at.slider(key="set_budget").value == (20.0, 30.0)


def test_load_profile_json_and_a_bad_one(loaded_app):
    at = loaded_app("settings")
    p = Profile.default("merchant_loan")
    p.group_weights = {"compliance": 10, "features": 10, "after_sales": 70, "price": 10}
    p.horizon_years = 4
    uploader = [u for u in at.file_uploader if u.key.startswith("set_load_")][0]
    uploader.set_value(("my.json", p.to_json().encode("utf-8"), "application/json")).run()
    assert not at.exception
    assert at.session_state["bt"] == "merchant_loan"
    assert [gw(at, g).value for g in GROUPS] == [10, 10, 70, 10]
    assert at.number_input(key="set_horizon").value == 4
    assert _ctx(at).res.profile.horizon_years == 4

    uploader = [u for u in at.file_uploader if u.key.startswith("set_load_")][0]
    uploader.set_value(("bad.json", json.dumps({"group_weights": {"price": "lots"}}).encode(), "application/json"))
    at.run()
    assert not at.exception
    assert [e.value for e in at.error] == [t("err.bad_profile", "zh")]
    assert at.session_state["bt"] == "merchant_loan"  # unchanged

    uploader = [u for u in at.file_uploader if u.key.startswith("set_load_")][0]
    uploader.set_value(("junk.json", b"\xff\xfe not json", "application/json")).run()
    assert not at.exception
    assert [e.value for e in at.error] == [t("err.bad_profile", "zh")]


def test_a_weight_change_does_not_read_the_files_again(loaded_app, monkeypatch):
    from views import _common

    at = loaded_app("settings")
    calls = []
    original = _common.read_files
    monkeypatch.setattr(_common, "read_files", lambda files: calls.append(1) or original(files))
    gw(at, "price").set_value(40).run()
    gw(at, "compliance").set_value(10).run()
    assert not at.exception
    assert calls == []
    at.switch_page("views/upload.py").run()  # whereas new bytes are read once
    at.file_uploader[0].set_value(("x.csv", "供应商,报价\n甲,20万\n".encode(), "text/csv")).run()
    assert not at.exception
    assert calls == [1]


def test_a_long_horizon_from_a_profile_is_shown_as_it_is_scored(loaded_app):
    """The page and the profile reader accept the same horizons: a 15-year profile shows 15, scores with 15."""
    at = loaded_app("settings")
    p = Profile.default("personal_credit")
    p.horizon_years = 15
    uploader = [u for u in at.file_uploader if u.key.startswith("set_load_")][0]
    uploader.set_value(("long.json", p.to_json().encode("utf-8"), "application/json")).run()
    assert not at.exception
    assert at.number_input(key="set_horizon").value == 15
    assert _ctx(at).res.profile.horizon_years == 15


def test_every_settings_widget_is_drawn_at_its_value_even_when_the_browser_misses_a_run(loaded_app):
    """The browser learns a value set through session state only from the run that set it; when the buyer's next
    key press cuts that run short, it draws the widget at the widget's own default. A group's slider once showed 0
    that way while its weight was 27 (the total on screen 73). So every settings widget carries its value as its
    default: whichever run the browser draws, it draws the weight the scores use."""
    at = loaded_app("settings")
    gw(at, "after_sales", "gwn").set_value(40).run()
    for step in (14, 15, 16):  # arrow keys on another group: the page moves the others itself
        gw(at, "price").set_value(step).run()
    assert not at.exception
    weights = at.session_state["profile"]["group_weights"]
    assert sum(weights.values()) == 100 and weights["after_sales"] == 40 and weights["price"] == 16
    for g in GROUPS:
        for kind in ("gw", "gwn"):
            w = gw(at, g, kind)
            assert w.value == weights[g]
            default = w.proto.default[0] if kind == "gw" else w.proto.default
            assert default == weights[g], (g, kind, default)
    assert list(at.slider(key="set_budget").proto.default) == [18.0, 25.0]
    assert at.number_input(key="set_horizon").proto.default == 3
    assert all(at.toggle(key=f"set_gate_{g}").proto.default for g in schema.GATE_CODES)
