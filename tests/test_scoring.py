"""Scoring and flags: value functions, gates, flag rules and the properties the ranking must keep."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import schema
from core.model import Profile, Quote, QuoteSet
from core.scoring import effective_weights, score

GOOD = {
    "business_types": ["personal_credit"], "price_cny": 220_000.0, "annual_fee_after_warranty_cny": 30_000.0,
    "policy_adaptation_fee_cny": 0.0, "mlps_level3": True, "sm4_encryption": True, "tls": True,
    "access_control": True, "audit_log_months": 12.0, "licensed_credit_bureau": True,
    "free_maintenance_months": 12.0, "maintenance_includes_upgrades": True, "policy_adaptation_free": True,
    "support_7x24": True, "response_hours": 2.0, "lifetime_consulting": True, "commitments_in_contract": True,
    "features": ["user_management", "repayment_management", "risk_approval", "personal_credit_report",
                 "risk_model", "anti_fraud"],
    "source_code_delivery": "full",
}


def quote(vendor: str, _status: dict | None = None, _price: dict | None = None, _first: dict | None = None,
          **changes) -> Quote:
    """A quote with GOOD values and ``changes``; ``_status`` sets the standing of fields (field -> status),
    ``_price`` how the price was written (docs/analyst-reading.md); ``_first``: the changes of its first round (it is
    then a revised quote, issue 12)."""
    values = {f: None for f in schema.VALUE_FIELDS}
    values.update(GOOD)
    values.update(changes)
    evidence = {f: (st_, "", "") for f, st_ in (_status or {}).items()}
    q = Quote(vendor, None, values, {}, {}, [], "t.xlsx", "s", vendor, evidence=evidence, price_parts=_price)
    if _first is not None:
        q.earlier = (quote(vendor, **_first),)
    return q


def qset(*quotes: Quote) -> QuoteSet:
    return QuoteSet(list(quotes), [], [], [], [], [], ["t.xlsx"])


def codes(vendor_result) -> set[str]:
    return {f.code for f in vendor_result.flags}


# ------------------------------------------------------------------------------------------------
# Flags: each code of domain.md fires when its condition holds, and only then
# ------------------------------------------------------------------------------------------------
FLAG_CASES = [
    ("price_below_10w", {"price_cny": 0.0}),
    ("price_below_10w", {"price_cny": 99_999.0}),
    ("price_below_15w", {"price_cny": 100_000.0}),
    ("price_below_15w", {"price_cny": 149_000.0}),
    ("price_over_budget", {"price_cny": 260_000.0}),
    ("price_missing", {"price_cny": None}),
    ("no_mlps_level3", {"mlps_level3": False}),
    ("no_sm4", {"sm4_encryption": False}),
    ("no_tls", {"tls": False}),
    ("audit_log_under_6m", {"audit_log_months": 3.0}),
    ("no_licensed_credit_bureau", {"licensed_credit_bureau": False}),
    ("missing_must_have", {"features": ["user_management", "repayment_management", "risk_approval"]}),
    ("bloat_features", {"features": GOOD["features"] + ["blockchain_evidence"]}),
    ("maintenance_under_12m", {"free_maintenance_months": 3.0}),
    ("maintenance_excludes_upgrades", {"maintenance_includes_upgrades": False}),
    ("policy_adaptation_charged", {"policy_adaptation_free": False, "policy_adaptation_fee_cny": 80_000.0}),
    ("no_7x24", {"support_7x24": False}),
    ("response_over_2h", {"response_hours": 24.0}),
    ("no_lifetime_consulting", {"lifetime_consulting": False}),
    ("not_in_contract", {"commitments_in_contract": False}),
    ("unconfirmed", {"sm4_encryption": None}),
    ("unverified", {"mlps_level3": None}),
    ("claimed", {"mlps_level3": True, "_status": {"mlps_level3": "claimed"}}),  # 支持等保三级
    ("claimed", {"mlps_level3": False, "_status": {"mlps_level3": "claimed"}}),  # 申请中
    ("unverified", {"features": None}),
    ("claimed", {"sm4_encryption": True, "_status": {"sm4_encryption": "claimed"}}),
    ("claimed", {"free_maintenance_months": 12.0, "_status": {"free_maintenance_months": "claimed"}}),  # 终身维护
    ("conditional", {"policy_adaptation_free": False, "_status": {"policy_adaptation_free": "conditional"}}),
    ("no_access_control", {"access_control": False}),
    ("no_anti_fraud", {"features": GOOD["features"][:-1]}),
    ("deferrable_features", {"features": GOOD["features"] + ["membership"]}),
    ("source_partial", {"source_code_delivery": "partial"}),
    ("source_licence_only", {"source_code_delivery": "licence_only"}),
    ("tax_added", {"_price": {"base": 200_000.0, "tax": "excl", "options": []}}),
    ("options_added", {"features": GOOD["features"][:4] + GOOD["features"][5:],
                       "_price": {"base": 180_000.0, "tax": None, "options": [("风控模块", "risk_model", 50_000.0)]}}),
    ("price_rose", {"price_cny": 240_000.0, "_first": {"price_cny": 220_000.0}}),  # the second round is dearer
    # servers in the 合计 taken out: the base is the software's price already (core.load)
    ("hardware_excluded", {"_price": {"base": 218_000.0, "tax": None, "options": [], "hardware_excluded": 86_000.0}}),
]


def test_every_flag_code_has_a_case():
    # 'disagreement' is raised by the evaluators' returned score sheets, not by a quote's values: test_evaluation.py
    assert {c for c, _ in FLAG_CASES} == set(schema.FLAGS) - {"disagreement"}


@pytest.mark.parametrize("code,changes", FLAG_CASES)
def test_flag_fires(code, changes):
    res = score(qset(quote("A", **changes)), Profile.default("personal_credit"))
    v = res.vendors[0]
    assert code in codes(v)
    spec = schema.FLAGS[code]
    # price_missing: the under-10万 gate cannot be checked without a price, so the quote waits (unverified); so does
    # a gate field only claimed
    waits = code in ("unverified", "price_missing") or set(changes.get("_status", {})) & set(schema.GATE_FIELDS.values())
    assert v.gate == ("fail" if spec.gate else "unverified" if waits else "pass")
    flag = next(f for f in v.flags if f.code == code)
    for lang in ("zh", "en"):
        assert flag.message(lang) and "{" not in flag.message(lang)
        assert flag.question(lang) and "{" not in flag.question(lang)
        if spec.clause:
            assert flag.clause(lang) and "{" not in flag.clause(lang)


def test_clean_quote_has_no_flags():
    v = score(qset(quote("A")), Profile.default("personal_credit")).vendors[0]
    assert v.flags == [] and v.gate == "pass"


def test_unknown_gate_is_unverified_not_false_and_not_passed():
    v = score(qset(quote("A", mlps_level3=None, features=None)), Profile.default("personal_credit")).vendors[0]
    assert {(f.code, f.field) for f in v.flags} >= {("unverified", "mlps_level3"), ("unverified", "features")}
    assert v.gate == "unverified"  # unknown is asked about, neither knocked out nor passed
    assert v.utilities["mlps_level3"] == 0.0  # and scored as the worst case


def test_honest_in_progress_is_never_worse_than_a_blank():
    blank = quote("blank", mlps_level3=None)
    honest = quote("honest", mlps_level3=False, _status={"mlps_level3": "claimed"})  # 申请中，预计9月取得
    res = score(qset(blank, honest), Profile.default("personal_credit"))
    by = {v.vendor: v for v in res.vendors}
    assert by["honest"].gate == by["blank"].gate == "unverified"
    assert by["honest"].total >= by["blank"].total
    assert "no_mlps_level3" not in codes(by["honest"])


def test_a_claim_never_scores_like_a_stated_fact():
    stated = quote("stated")
    claimed = quote("claimed", _status={"mlps_level3": "claimed", "sm4_encryption": "claimed",
                                        "licensed_credit_bureau": "claimed", "free_maintenance_months": "claimed"})
    res = score(qset(stated, claimed), Profile.default("personal_credit"))
    by = {v.vendor: v for v in res.vendors}
    assert by["stated"].gate == "pass" and by["claimed"].gate == "unverified"
    for c in ("mlps_level3", "sm4_encryption", "licensed_credit_bureau", "free_maintenance_months"):
        assert by["claimed"].utilities[c] < by["stated"].utilities[c]
    assert [v.vendor for v in res.vendors] == ["stated", "claimed"]


def test_every_pass_above_every_unverified_above_every_fail():
    qs = [quote("fail-cheap", price_cny=90_000.0), quote("unverified-blank", mlps_level3=None),
          quote("pass-weak", free_maintenance_months=3.0, support_7x24=False, response_hours=24.0),
          quote("unverified-claim", _status={"mlps_level3": "claimed"})]
    res = score(qset(*qs), Profile.default("personal_credit"))
    assert [v.gate for v in res.vendors] == ["pass", "unverified", "unverified", "fail"]


def test_caution_zone_is_not_a_bargain():
    """12.8万 and 14.5万 score lower on price than the same quote inside the band; under 10万 is a gate."""
    p = Profile.default("personal_credit")
    res = score(qset(quote("in-band", price_cny=220_000.0), quote("c128", price_cny=128_000.0),
                     quote("c145", price_cny=145_000.0), quote("top", price_cny=250_000.0)), p)
    by = {v.vendor: v for v in res.vendors}
    for cheap in ("c128", "c145"):
        assert by[cheap].utilities["price_vs_budget"] < by["top"].utilities["price_vs_budget"]
        assert by[cheap].total < by["in-band"].total
    assert by["c128"].utilities["price_vs_budget"] < by["c145"].utilities["price_vs_budget"]
    assert res.vendors[0].vendor == "in-band"


def test_comparable_price_adds_must_have_options_and_tax():
    p = Profile.default("personal_credit")
    q = quote("A", features=["user_management", "repayment_management", "risk_approval", "personal_credit_report",
                             "anti_fraud"],
              _price={"base": 180_000.0, "tax": "excl", "options": [("风控模块", "risk_model", 50_000.0),
                                                                     ("会员体系", "membership", 20_000.0)]})
    v = score(qset(q), p).vendors[0]
    assert v.scored_values["price_cny"] == pytest.approx((180_000 + 50_000) * 1.13)  # membership can wait: not added
    assert "risk_model" in v.scored_values["features"] and v.gate == "pass"
    assert [a["feature"] for a in v.price_build["options_added"]] == ["risk_model"]
    p.vat_rate = 0.06
    assert score(qset(q), p).vendors[0].scored_values["price_cny"] == pytest.approx(230_000 * 1.06)


def test_a_must_have_option_without_a_price_is_unverified():
    q = quote("A", features=["user_management", "repayment_management", "risk_approval", "personal_credit_report",
                             "anti_fraud"],
              _price={"base": 200_000.0, "tax": None, "options": [("风控模块", "risk_model", None)]})
    v = score(qset(q), Profile.default("personal_credit")).vendors[0]
    assert v.gate == "unverified" and "missing_must_have" not in codes(v)


def test_missing_must_have_names_the_features():
    v = score(qset(quote("A", features=["user_management", "repayment_management", "risk_approval"])),
              Profile.default("personal_credit")).vendors[0]
    flag = next(f for f in v.flags if f.code == "missing_must_have")
    assert "个人征信" in flag.message("zh") and "风控模型" in flag.message("zh")
    assert "Risk model" in flag.message("en")


def test_policy_fee_in_message():
    v = score(qset(quote("A", policy_adaptation_free=False, policy_adaptation_fee_cny=80_000.0)),
              Profile.default("personal_credit")).vendors[0]
    assert "8 万元" in next(f for f in v.flags if f.code == "policy_adaptation_charged").message("zh")


def test_gates_can_be_switched_off():
    p = Profile.default("personal_credit")
    p.gates["no_mlps_level3"] = False
    v = score(qset(quote("A", mlps_level3=False)), p).vendors[0]
    assert "no_mlps_level3" in codes(v) and v.gate == "pass"


# ------------------------------------------------------------------------------------------------
# TCO
# ------------------------------------------------------------------------------------------------
def test_tco_counts_fees_after_free_period_and_paid_adaptations():
    p = Profile.default("personal_credit")  # horizon 3 years
    q = quote("A", price_cny=198_000.0, annual_fee_after_warranty_cny=25_000.0, free_maintenance_months=12.0,
              policy_adaptation_free=False, policy_adaptation_fee_cny=80_000.0)
    v = score(qset(q), p).vendors[0]
    # 2 paid years of 2.5万 + 1.5 expected policy changes of 8万
    assert v.tco_cny == pytest.approx(198_000 + 2 * 25_000 + 1.5 * 80_000)
    assert not v.tco_estimated


def test_cheap_quote_with_paid_maintenance_costs_more():
    cheap = quote("cheap", price_cny=150_000.0, free_maintenance_months=3.0, annual_fee_after_warranty_cny=60_000.0,
                  policy_adaptation_free=False, policy_adaptation_fee_cny=80_000.0)
    fair = quote("fair", price_cny=228_000.0)
    res = score(qset(cheap, fair), Profile.default("personal_credit"))
    by = {v.vendor: v for v in res.vendors}
    assert by["cheap"].tco_cny > by["fair"].tco_cny
    assert by["fair"].utilities["tco"] > by["cheap"].utilities["tco"]


def test_unknown_price_has_unknown_tco():
    v = score(qset(quote("A", price_cny=None)), Profile.default("personal_credit")).vendors[0]
    assert v.tco_cny is None and v.utilities["price_vs_budget"] == 0 and v.utilities["tco"] == 0


# ------------------------------------------------------------------------------------------------
# Properties
# ------------------------------------------------------------------------------------------------
BOOL_FIELDS = ("mlps_level3", "sm4_encryption", "tls", "access_control", "licensed_credit_bureau",
               "maintenance_includes_upgrades", "policy_adaptation_free", "support_7x24", "lifetime_consulting",
               "commitments_in_contract")
FEATURE_POOL = list(schema.FEATURES)


@st.composite
def quotes(draw, vendor="V"):
    values = {f: None for f in schema.VALUE_FIELDS}
    for f in BOOL_FIELDS:
        values[f] = draw(st.sampled_from([True, False, None]))
    values["price_cny"] = draw(st.one_of(st.none(), st.floats(0, 800_000)))
    values["annual_fee_after_warranty_cny"] = draw(st.one_of(st.none(), st.floats(0, 100_000)))
    values["policy_adaptation_fee_cny"] = draw(st.one_of(st.none(), st.floats(0, 100_000)))
    values["audit_log_months"] = draw(st.one_of(st.none(), st.floats(0, 36)))
    values["free_maintenance_months"] = draw(st.one_of(st.none(), st.floats(0, 36)))
    values["response_hours"] = draw(st.one_of(st.none(), st.floats(0, 72)))
    values["features"] = draw(st.one_of(st.none(), st.lists(st.sampled_from(FEATURE_POOL), unique=True)))
    if values["policy_adaptation_free"] is True:
        values["policy_adaptation_fee_cny"] = 0.0
    return Quote(vendor, None, values, {}, {}, [], "t.xlsx", "s", vendor)


def improvements(q: Quote, bt: str) -> list[dict]:
    """Single-value changes that a buyer would call strictly better."""
    v = q.values
    out = []
    for f in BOOL_FIELDS:
        if v[f] is not True:
            ch = {f: True}
            if f == "policy_adaptation_free":
                ch["policy_adaptation_fee_cny"] = 0.0
            out.append(ch)
    if v["price_cny"] is None:
        out.append({"price_cny": 200_000.0})
    elif v["price_cny"] * 0.8 >= schema.BUSINESS_TYPES[bt].budget_cny[0]:
        # cheaper is better only down to the band: under it lies the caution zone (domain.md section 5)
        out.append({"price_cny": v["price_cny"] * 0.8})
    for f, better in (("audit_log_months", lambda x: x + 3), ("free_maintenance_months", lambda x: x + 6),
                      ("response_hours", lambda x: x / 2)):
        out.append({f: better(v[f]) if v[f] is not None else 12.0 if f != "response_hours" else 2.0})
    if v["annual_fee_after_warranty_cny"]:  # unknown fees are estimated (and flagged), so only known ones improve
        out.append({"annual_fee_after_warranty_cny": v["annual_fee_after_warranty_cny"] / 2})
    feats = v["features"] or []
    useful = [f for f in schema.BUSINESS_TYPES[bt].must_have + schema.CORE_MODULES if f not in feats]
    if useful:
        out.append({"features": feats + [useful[0]]})
    bloat = [f for f in feats if f in schema.BLOAT_FEATURES]
    if bloat:
        out.append({"features": [f for f in feats if f != bloat[0]]})
    return out


@settings(max_examples=150, deadline=None)
@given(q=quotes(), bt=st.sampled_from(list(schema.BUSINESS_TYPES)))
def test_improving_any_single_value_never_lowers_the_total(q, bt):
    p = Profile.default(bt)
    base = score(qset(q), p).vendors[0].total
    for ch in improvements(q, bt):
        better = Quote(q.vendor, None, {**q.values, **ch}, {}, {}, [], "t.xlsx", "s", "V")
        assert score(qset(better), p).vendors[0].total >= base - 1e-9, ch


@settings(max_examples=60, deadline=None)
@given(qs=st.lists(quotes(), min_size=2, max_size=6), k=st.floats(0.01, 1000))
def test_scaling_all_weights_changes_nothing(qs, k):
    qs = [Quote(f"V{i}", None, q.values, {}, {}, [], "t.xlsx", "s", str(i)) for i, q in enumerate(qs)]
    p = Profile.default("personal_credit")
    a = score(qset(*qs), p)
    p2 = Profile.default("personal_credit")
    p2.group_weights = {g: w * k for g, w in p.group_weights.items()}
    p2.criterion_weights = {c: w * k for c, w in p.criterion_weights.items()}
    b = score(qset(*qs), p2)
    assert [v.vendor for v in a.vendors] == [v.vendor for v in b.vendors]
    assert [v.total for v in a.vendors] == pytest.approx([v.total for v in b.vendors], abs=1e-6)


@settings(max_examples=80, deadline=None)
@given(qs=st.lists(quotes(), min_size=2, max_size=8), bt=st.sampled_from(list(schema.BUSINESS_TYPES)))
def test_gate_failing_vendor_never_outranks_a_passing_one(qs, bt):
    qs = [Quote(f"V{i}", None, q.values, {}, {}, [], "t.xlsx", "s", str(i)) for i, q in enumerate(qs)]
    res = score(qset(*qs), Profile.default(bt))
    gates = [v.gate for v in res.vendors]
    assert gates == sorted(gates, key=lambda g: g == "fail")
    assert [v.rank for v in res.vendors] == list(range(1, len(qs) + 1))


@settings(max_examples=80, deadline=None)
@given(qs=st.lists(quotes(), min_size=2, max_size=8), seed=st.integers(0, 10**6))
def test_order_of_input_rows_does_not_change_ranks(qs, seed):
    qs = [Quote(f"V{i}", None, q.values, {}, {}, [], "t.xlsx", "s", f"{i}") for i, q in enumerate(qs)]
    shuffled = qs[:]
    random.Random(seed).shuffle(shuffled)
    a = score(qset(*qs), Profile.default("merchant_loan"))
    b = score(qset(*shuffled), Profile.default("merchant_loan"))
    assert {v.vendor: v.rank for v in a.vendors} == {v.vendor: v.rank for v in b.vendors}


def test_effective_weights_sum_to_one_and_follow_groups():
    p = Profile.default("personal_credit")
    w = effective_weights(p)
    assert sum(w.values()) == pytest.approx(1.0)
    for g in schema.GROUPS:
        share = sum(v for c, v in w.items() if next(x for x in schema.CRITERIA if x.id == c).group == g)
        assert share == pytest.approx(p.group_weights[g] / sum(p.group_weights.values()))


def test_weight_change_can_change_the_winner():
    cheap_weak = quote("cheap", price_cny=150_000.0, support_7x24=False, free_maintenance_months=6.0)
    dear_strong = quote("dear", price_cny=250_000.0)
    p = Profile.default("personal_credit")
    assert score(qset(cheap_weak, dear_strong), p).top.vendor == "dear"
    p.group_weights = {"compliance": 0, "features": 0, "after_sales": 0, "price": 100}
    assert score(qset(cheap_weak, dear_strong), p).top.vendor == "cheap"


def test_profile_round_trips_through_json():
    import json

    p = Profile.default("merchant_loan")
    p.group_weights["price"] = 40
    p.gates["missing_must_have"] = False
    p.budget_cny = (200_000, 300_000)
    assert Profile.from_dict(json.loads(p.to_json())) == Profile.from_dict(p.to_dict())
    assert Profile.from_dict(json.loads(p.to_json())).group_weights["price"] == 40
