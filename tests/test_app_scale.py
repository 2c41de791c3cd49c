"""The dashboard with hundreds of quotes (a consultant's set): every quote stays in the tables, charts keep to
the best ranked with a note saying so, lists stop after a few lines with the count of the rest."""
from __future__ import annotations

import re

import pytest

from benchmarks.gen import rows, xlsx_bytes
from core import robustness as rb
from core.charts import CHART_QUOTES, CURVE_QUOTES, curve_quotes, points_figure, sensitivity_figure
from core.i18n import t
from core.load import load
from core.model import Profile
from core.scoring import score
from views._common import LIST_LINES

N = 300


@pytest.fixture(scope="module")
def data() -> bytes:
    return xlsx_bytes(rows(N))


@pytest.fixture(scope="module")
def res(data):
    return score(load([("many.xlsx", data)]), Profile.default("personal_credit"))


def test_points_chart_keeps_to_the_best_ranked(res):
    fig = points_figure(res, "en")
    assert len(res.vendors) == N
    assert all(len(tr.y) == CHART_QUOTES for tr in fig.data)
    assert list(fig.data[0].y) == [f"{vr.rank}. {vr.quote.key}" for vr in res.vendors[:CHART_QUOTES]]
    assert fig.layout.height < 70 + 44 * (CHART_QUOTES + 1)


def test_sensitivity_curves_include_every_quote_that_leads_somewhere(res):
    for s in rb.sensitivity(res):
        chosen = curve_quotes(s, res)
        keys = [vr.quote.id for vr in res.vendors if vr.gate == "pass"]
        leaders = {keys[max(range(len(keys)), key=lambda k: s.curves[keys[k]][i])] for i in range(len(s.grid))}
        assert leaders <= {vr.quote.id for vr in chosen}
        assert len(chosen) == max(CURVE_QUOTES, len(leaders))
        assert [vr.rank for vr in chosen] == sorted(vr.rank for vr in chosen)
        assert len(sensitivity_figure(s, res, "en").data) == len(chosen)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ranking_page_lists_a_few_gate_failures_and_counts_the_rest(loaded_app, data, res, lang):
    at = loaded_app("ranking", lang=lang, upload=("many.xlsx", data), timeout=120)
    failing = sum(vr.gate == "fail" for vr in res.vendors)
    assert failing > LIST_LINES
    lines = [m.value for m in at.markdown if ":material/block:" in m.value]
    assert len(lines) == LIST_LINES
    more = [m.value for m in at.markdown if str(failing - LIST_LINES) in m.value and "…" in m.value]
    assert len(more) == 1
    assert ("风险与合同" in more[0]) if lang == "zh" else ("Risks & contract" in more[0])
    captions = " ".join(c.value for c in at.caption)
    assert re.search(rf"\b{CHART_QUOTES}\b.*\b{N}\b", captions)  # "top 30 of 300" / "前 30 … 共 300"
    assert len(at.dataframe[0].value) == N  # the table keeps every quote


def test_robustness_page_scrolls_long_tables(loaded_app, data):
    at = loaded_app("robustness", lang="en", upload=("many.xlsx", data), timeout=120)
    assert len(at.table) == 1  # the sensitivity table (4 groups) stays static
    grids = {len(d.value) for d in at.dataframe}
    assert N in grids  # what-if moves and the method comparison: every quote, in a scrolling grid
    assert any("Curves for" in c.value and str(N) in c.value for c in at.caption)


def test_upload_page_shows_a_few_examples_per_column(loaded_app, data):
    """Phone numbers differ in every quote: the review shows three of them, not 300 joined into one cell."""
    at = loaded_app(lang="en", upload=("many.xlsx", data), timeout=120)
    label, example = t("ui.map.label", "en"), t("ui.map.example", "en")
    kept = next(d.value for d in at.dataframe if {label, example} <= set(d.value.columns))
    phone = kept[kept[label] == "联系电话"][example].iloc[0]
    assert len(phone.split(" | ")) == 3
    editor = at.data_editor[0].value
    assert all(len(x.split(" | ")) <= 3 for x in editor["example"] if x)
