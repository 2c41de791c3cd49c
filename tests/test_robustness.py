"""Trust in the ranking: TOPSIS against published numbers and pymcdm, stability, sensitivity, explanation."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pymcdm import normalizations
from pymcdm.methods import TOPSIS

from core import robustness as rb
from core import schema
from core.load import load
from core.mcda import topsis
from core.model import Profile
from core.scoring import score
from tests.test_scoring import qset, quote

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "报价对比表_个人信用贷.xlsx"


@pytest.fixture(scope="module")
def sample_result():
    return score(load([(SAMPLE.name, SAMPLE.read_bytes())]), Profile.default("personal_credit"))


# ------------------------------------------------------------------------------------------------
# TOPSIS
# ------------------------------------------------------------------------------------------------
def test_topsis_weighted_normalised_matrix_matches_published_example():
    """B. Sennaroğlu, Decision Analysis lecture notes (2009), TOPSIS example: alternatives (17, 12), (10, 9),
    (8, 6), weights 0.714 / 0.286, vector normalisation; the slide gives V = [[0.5703, 0.2124],
    [0.3355, 0.1593], [0.2684, 0.1062]]. With both criteria benefits, the closeness follows from V."""
    x = np.array([[17, 12], [10, 9], [8, 6]], dtype=float)
    w = np.array([0.714, 0.286])
    v = x / np.sqrt((x ** 2).sum(axis=0)) * w
    np.testing.assert_allclose(v, [[0.5703, 0.2124], [0.3355, 0.1593], [0.2684, 0.1062]], atol=5e-5)
    best, worst = v.max(axis=0), v.min(axis=0)
    expected = np.sqrt(((v - worst) ** 2).sum(1)) / (np.sqrt(((v - worst) ** 2).sum(1)) +
                                                      np.sqrt(((v - best) ** 2).sum(1)))
    np.testing.assert_allclose(topsis(x, w), expected, atol=1e-12)
    assert list(np.argsort(-topsis(x, w))) == [0, 1, 2]


def test_topsis_matches_pymcdm_docstring_example():
    """pymcdm's documented example (Hwang & Yoon 1981 method, min-max normalisation, a cost and a profit
    criterion) gives [0.500, 0.617, 0.500]."""
    matrix = np.array([[1, 2, 5], [3000, 3750, 4500]], dtype=float).T
    got = topsis(matrix, np.array([0.5, 0.5]), np.array([-1, 1]), normalization="minmax")
    np.testing.assert_allclose(np.round(got, 3), [0.5, 0.617, 0.5])


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(2, 30), m=st.integers(2, 19))
def test_topsis_equals_pymcdm_on_random_matrices(seed, n, m):
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.01, 1.0, size=(n, m))
    w = rng.dirichlet(np.ones(m))
    ours = topsis(x, w)
    theirs = TOPSIS(normalization_function=normalizations.vector_normalization)(x, w, np.ones(m))
    np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-9)


def test_topsis_method_changes_totals_not_gates(sample_result):
    p = Profile.default("personal_credit")
    p.method = "topsis"
    res = score(sample_result.quoteset, p)
    assert [v.gate for v in res.vendors] == sorted([v.gate for v in res.vendors], key=lambda g: g == "fail")
    np.testing.assert_allclose(sorted(v.total for v in res.vendors), sorted(rb.topsis_totals(sample_result)),
                               atol=1e-4)
    comp = rb.method_comparison(sample_result)
    assert {c["rank_weighted_sum"] for c in comp} == {1, 2, 3, 4}
    assert all(c["rank_change"] == c["rank_weighted_sum"] - c["rank_topsis"] for c in comp)


# ------------------------------------------------------------------------------------------------
# Stability
# ------------------------------------------------------------------------------------------------
def test_p_first_sums_to_one_and_respects_gates(sample_result):
    s = rb.stability(sample_result, draws=10_000, concentration=5)
    assert sum(s.p_first.values()) == pytest.approx(1.0)
    failing = [v.quote.id for v in sample_result.vendors if v.gate == "fail"]
    assert failing and all(s.p_first[k] == 0 for k in failing)
    np.testing.assert_allclose(s.rank_probs.sum(axis=0), 1.0)
    np.testing.assert_allclose(s.rank_probs.sum(axis=1), 1.0)


def test_clear_winner_becomes_certain_as_concentration_grows(sample_result):
    top = sample_result.vendors[0].quote.id
    probs = [rb.stability(sample_result, 10_000, c).p_first[top] for c in (0.5, 5, 50, 5000)]
    assert probs == sorted(probs)
    assert probs[-1] == pytest.approx(1.0)


def test_stability_is_reproducible_with_the_seed(sample_result):
    a = rb.stability(sample_result, 2000, 3, seed=1).p_first
    b = rb.stability(sample_result, 2000, 3, seed=1).p_first
    assert a == b


def test_close_call_is_uncertain():
    a = quote("A", price_cny=180_000.0, support_7x24=False)
    b = quote("B", price_cny=240_000.0)
    res = score(qset(a, b), Profile.default("personal_credit"))
    s = rb.stability(res, 10_000, 2)
    assert 0.05 < s.p_first[a.id] < 0.95


# ------------------------------------------------------------------------------------------------
# Sensitivity
# ------------------------------------------------------------------------------------------------
def test_sensitivity_intervals_contain_the_current_weight(sample_result):
    for s in rb.sensitivity(sample_result):
        assert s.low - 1e-12 <= s.current <= s.high + 1e-12
        assert s.top == sample_result.vendors[0].quote.key


@settings(max_examples=60, deadline=None)
@given(ws=st.lists(st.floats(1, 100), min_size=4, max_size=4), seed=st.integers(0, 1000))
def test_sensitivity_interval_is_where_the_top_pick_really_stays(ws, seed):
    rng = np.random.default_rng(seed)
    quotes = [quote(f"V{i}", price_cny=float(rng.uniform(150_000, 330_000)),
                    support_7x24=bool(rng.integers(0, 2)), sm4_encryption=bool(rng.integers(0, 2)),
                    free_maintenance_months=float(rng.integers(1, 24))) for i in range(4)]
    p = Profile.default("personal_credit")
    p.group_weights = dict(zip(("compliance", "features", "after_sales", "price"), ws))
    res = score(qset(*quotes), p)
    for s in rb.sensitivity(res):
        assert s.low <= s.current <= s.high
        for x in np.linspace(s.low, s.high, 7)[1:-1]:  # inside the interval: same winner on re-scoring
            q = Profile.default("personal_credit")
            others = {g: w for g, w in p.group_weights.items() if g != s.group}
            rest = sum(others.values())
            q.group_weights = {g: (1 - x) * w / rest for g, w in others.items()} | {s.group: x}
            assert score(qset(*quotes), q).top.quote.key == s.top


# ------------------------------------------------------------------------------------------------
# Explanation and what-if
# ------------------------------------------------------------------------------------------------
def test_explanation_deltas_add_up_to_the_gap(sample_result):
    for i in range(len(sample_result.vendors)):
        e = rb.explain(sample_result, i)
        assert sum(e.deltas.values()) == pytest.approx(e.total_gap, abs=1e-4)  # totals are kept to 6 decimals
        assert e.sentence("zh") and e.sentence("en") and "{" not in e.sentence("en")
    last = rb.explain(sample_result, 3)
    assert "等保三级" in last.sentence("zh")  # 信达系统 loses most on the missing certificate


def test_what_if_moves_ranks_without_touching_the_upload(sample_result):
    qs = sample_result.quoteset
    i = next(i for i, q in enumerate(qs.quotes) if q.vendor == "信达系统")
    before = qs.quotes[i].values["mlps_level3"]
    after = rb.what_if(qs, sample_result.profile, i, "mlps_level3", True)
    assert qs.quotes[i].values["mlps_level3"] is before is False
    moved = next(v for v in after.vendors if v.quote.vendor == "信达系统")
    assert moved.gate == "pass" and moved.total > next(v for v in sample_result.vendors
                                                         if v.quote.vendor == "信达系统").total
    moves = {m["vendor"]: m for m in rb.rank_moves(sample_result, after)}
    assert moves["信达系统 / 基础版"]["before"] == 4


def test_workbook_summary_reports_robustness(sample_result):
    import io

    import openpyxl

    from core.excel import workbook_bytes

    for lang, words in (("zh", ("稳健性", "100% 排第一", "名次与加权求和完全一致")),
                        ("en", ("Robustness", "ranks first in 100%", "same as with the weighted sum"))):
        wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(sample_result, lang)))
        text = " ".join(str(v) for row in wb.worksheets[0].iter_rows(values_only=True) for v in row if v)
        assert all(w in text for w in words), (lang, text)


def test_sensitivity_and_stability_use_the_shares_the_score_used(sample_result):
    """A group whose criteria all weigh 0 has no share in the total: the sensitivity curves at the current share
    are the real totals, and stability never draws weight for that group."""
    p = Profile.default("personal_credit")
    p.criterion_weights.update({c.id: 0.0 for c in schema.CRITERIA if c.group == "compliance"})
    res = score(sample_result.quoteset, p)
    for s in rb.sensitivity(res):
        at_current = {k: float(np.interp(s.current, s.grid, ys)) for k, ys in s.curves.items()}
        for v in res.vendors:
            assert at_current[v.quote.id] == pytest.approx(v.total, abs=1e-6), (s.group, v.quote.key)
    compliance = next(s for s in rb.sensitivity(res) if s.group == "compliance")
    assert compliance.current == 0.0


def test_method_comparison_compares_two_methods_whichever_scored(sample_result):
    qs = sample_result.quoteset
    ws = score(qs, Profile.default("personal_credit"))
    p = Profile.default("personal_credit")
    p.method = "topsis"
    tp = score(qs, p)
    a, b = rb.method_comparison(ws), rb.method_comparison(tp)
    by_vendor = {m["vendor"]: m for m in a}
    for m in b:  # same two columns, whichever method produced the result
        assert m["weighted_sum"] == pytest.approx(by_vendor[m["vendor"]]["weighted_sum"], abs=1e-4)
        assert m["topsis"] == pytest.approx(by_vendor[m["vendor"]]["topsis"], abs=1e-4)
    assert any(m["weighted_sum"] != pytest.approx(m["topsis"], abs=0.5) for m in b)
    assert [m["rank_weighted_sum"] for m in a] == [v.rank for v in ws.vendors]
