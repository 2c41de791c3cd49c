"""Robustness page (AppTest) and its figure builders: explanation, sensitivity, stability, what-if, TOPSIS."""
from __future__ import annotations

import re

import pytest

from core import robustness as rb
from core.charts import FONT_FAMILY, figure_texts, sensitivity_figure, stability_figure, waterfall_figure
from core.i18n import t
from core.load import load
from core.model import Profile
from core.scoring import score
from tests.test_cli import PERSONAL


@pytest.fixture(scope="module")
def res():
    return score(load([(PERSONAL.name, PERSONAL.read_bytes())]), Profile.default("personal_credit"))


def test_page_explains_and_shows_stability(loaded_app):
    at = loaded_app("robustness")
    texts = [m.value for m in at.markdown]
    # the sentence for the top pick, against the runner-up among the passing quotes (云贷通 waits: 面议)
    assert any("安信科技 / 标准版 与 融科软件 / 专业版" in x for x in texts)
    assert any("安信科技" in s.value and "100%" in s.value for s in at.success)  # a robust choice
    # the sensitivity table lists every group's interval, containing the current share
    table = at.table[0].value
    assert len(table) == 4 and all("安信科技" in v for v in table.iloc[:, -1])


def test_explaining_another_quote(loaded_app):
    at = loaded_app("robustness")
    at.selectbox(key="rob_explain").set_value(at.session_state["_ctx"].res.vendors[3].quote.key).run()
    assert any("信达系统" in m.value and "等保三级" in m.value for m in at.markdown)


def _moved(at, vendor: str):
    """The what-if table's row of one quote (the table is keyed by quote id; its first column names the quote)."""
    moves = at.table[1].value
    return moves[moves.iloc[:, 0] == vendor].iloc[0]


def test_what_if_moves_ranks_without_touching_the_data(loaded_app):
    at = loaded_app("robustness")
    pos = next(i for i, q in enumerate(at.session_state["_ctx"].qs.quotes) if q.vendor == "信达系统")
    at.selectbox(key="rob_wi_quote").set_value(at.session_state["_ctx"].qs.quotes[pos].key).run()
    at.selectbox(key="rob_wi_field_zh").set_value("price_cny").run()
    at.number_input(key=f"rob_wi_num_{pos}_price_cny").set_value(8.0).run()  # 8 万: below 10 万, a gate
    assert _moved(at, "信达系统 / 基础版").iloc[2] == 4  # rank after
    at.selectbox(key="rob_wi_field_zh").set_value("mlps_level3").run()
    at.radio(key=f"rob_wi_bool_{pos}_mlps_level3_zh").set_value("yes").run()
    assert not at.exception
    loaded = at.session_state["_ctx"].res.vendors[-1].total
    with_mlps = float(_moved(at, "信达系统 / 基础版").iloc[3])  # new total
    assert with_mlps > loaded + 1  # with 等保三级 its compliance score rises
    at.radio(key=f"rob_wi_bool_{pos}_mlps_level3_zh").set_value("no").run()  # and back: the result as loaded
    assert float(_moved(at, "信达系统 / 基础版").iloc[3]) == round(loaded, 1)
    # the upload itself is unchanged
    assert at.session_state["_ctx"].qs.quotes[pos].values["mlps_level3"] is False
    assert at.session_state["_ctx"].res.vendors[-1].quote.vendor == "信达系统"


def _p_first(at) -> float:
    box = [m.value for m in (*at.success, *at.warning) if "%" in m.value]
    return float(re.search(r"(\d+)%", box[0]).group(1))


def test_lower_concentration_makes_the_pick_less_certain(loaded_app):
    at = loaded_app("settings")
    # without the price gate 云贷通 (面议, the best after-sales) competes with 安信科技: the pick is not certain
    at.toggle(key="set_gate_price_below_10w").set_value(False).run()
    at.switch_page("views/robustness.py").run()
    assert not at.exception
    sure = _p_first(at)
    at.select_slider(key="rob_conc").set_value(2).run()
    assert not at.exception
    assert _p_first(at) < sure  # recomputed for the new concentration, not the remembered one
    at.select_slider(key="rob_conc").set_value(50).run()
    assert _p_first(at) == sure


def test_page_in_english(loaded_app):
    at = loaded_app("robustness", lang="en")
    assert at.title[0].value == "Robustness"
    assert any("points from" in m.value for m in at.markdown)


# --- figures -----------------------------------------------------------------------------------
def test_waterfall_adds_up_and_names_criteria(res):
    e = rb.explain(res, 3)
    fig = waterfall_figure(e, "zh")
    bars = list(fig.data[0].y)
    assert sum(bars[:-1]) == pytest.approx(e.total_gap, abs=1e-4)  # totals are kept to 6 decimals
    assert bars[-1] == e.total_gap
    assert "等保三级" in set(figure_texts(fig))
    assert FONT_FAMILY in fig.layout.font.family


def test_sensitivity_figure_marks_current_weight_and_interval(res):
    s = rb.sensitivity(res)[0]
    fig = sensitivity_figure(s, res, "en")
    assert len(fig.data) == len(res.vendors)
    shapes = fig.layout.shapes
    assert any(sh.type == "rect" and sh.x0 == pytest.approx(100 * s.low) for sh in shapes)
    assert any(sh.type == "line" and sh.x0 == pytest.approx(100 * s.current) for sh in shapes)
    assert t("group.compliance", "en") in fig.layout.xaxis.title.text


def test_stability_figure_is_sorted_and_in_percent(res):
    st = rb.stability(res, 5000, 5)
    fig = stability_figure(st, res, "zh")
    xs = list(fig.data[0].x)
    assert xs == sorted(xs) and xs[-1] == pytest.approx(100 * max(st.p_first.values()))
