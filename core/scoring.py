"""Value functions (0-1 per criterion), group scores (0-100), total, gates and ranking.

Vectorised over quotes with numpy: the value columns are extracted once from the values each quote is scored on
(flags.columns_of over scoring.effective: the comparable price, tax, must-have options), every criterion and every
flag rule is a column operation; Python loops only
build the per-vendor result objects. Unknown values score as the worst case (0) and are flagged
``unconfirmed`` by flags.py, so the buyer knows what to ask; a claimed value earns schema.CLAIM_CREDIT of its
credit, and a gate criterion that is unknown or only claimed makes the quote ``unverified`` (docs/analyst-reading.md).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import schema
from .exclude import split
from .flags import FEATURE_INDEX, Flag, columns_of, feature_matrix, flags_and_gates, is_obj, numbers
from .load import bulk
from .reading import _TAX_INCL_RE
from .mcda import topsis
from .model import Profile, Quote, QuoteSet



@dataclass
class VendorResult:
    quote: Quote
    rank: int
    total: float
    gate: str  # "pass" | "unverified" | "fail"
    groups: dict[str, float]
    utilities: dict[str, float]
    flag_table: Any  # every quote's flags (flags.FlagTable, or a list of lists): this quote's are worded when read
    tco_cny: float | None
    tco_estimated: bool  # some part of the TCO was assumed (unknown fee)
    values: dict | None = None  # the values scored: the comparable price, options needed for must-haves included
    price_build: dict | None = None  # how the comparable price was built (base, items, options added, tax)
    evaluation: dict | None = None  # criterion -> the team's {mean, min, max, n, ...} once score sheets are merged

    flag_index: int = 0  # this quote's place in flag_table

    @property
    def flags(self) -> list[Flag]:
        return self.flag_table[self.flag_index]

    @property
    def scored_values(self) -> dict:
        return self.values if self.values is not None else self.quote.values

    @property
    def vendor(self) -> str:
        return self.quote.vendor

    def count(self, severity: str) -> int:
        return sum(1 for f in self.flags if f.severity == severity)


@dataclass
class Result:
    profile: Profile
    vendors: list[VendorResult]  # in rank order
    weights: dict[str, float]  # effective criterion weights, summing to 1
    quoteset: QuoteSet
    criteria: tuple[schema.Criterion, ...] = schema.CRITERIA  # and the evaluation group's once sheets are merged
    excluded: list[tuple[Quote, str]] = field(default_factory=list)  # left out by the profile, with the reason

    @property
    def top(self) -> VendorResult | None:
        return self.vendors[0] if self.vendors else None

    @property
    def groups(self) -> tuple[str, ...]:
        """The groups scored: schema.GROUPS, and the evaluation team's once score sheets are merged."""
        return tuple(dict.fromkeys(c.group for c in self.criteria))

    @property
    def criterion_ids(self) -> tuple[str, ...]:
        return schema.CRITERION_IDS if self.criteria is schema.CRITERIA else tuple(c.id for c in self.criteria)


# ------------------------------------------------------------------------------------------------
def effective(q: Quote, profile: Profile) -> tuple[dict, dict | None, dict[str, str]]:
    """The values a quote is scored on under a profile, how its price was built, and statuses that change:
    the price of the configuration with every must-have (priced options added), tax included at the profile's
    VAT rate, a yearly fee written as a share of the contract turned into money (docs/analyst-reading.md)."""
    pp = q.price_parts
    if not pp:
        return q.values, None, _NO_CHANGE
    vals = dict(q.values)
    status: dict[str, str] = {}
    bt = schema.BUSINESS_TYPES[profile.business_type]
    base, tax = pp.get("base"), pp.get("tax")
    feats = list(vals.get("features") or [])
    added, not_added, unpriced = [], [], []
    opts = list(pp.get("options") or ())
    priced = {fid for _l, fid, cost in opts if cost is not None}
    bought: dict[str, float] = {}  # an option's words -> its price: a package's modules come together, paid once
    for label, fid, cost in sorted(opts, key=lambda o: o[2] is None):  # a priced offer of a module first
        if cost is None and fid in priced:
            continue
        if fid in bt.must_have and fid not in feats:
            if cost is not None:
                once = bought.get(label) == cost
                added.append({"label": label, "feature": fid, "cost": 0.0 if once else cost})
                bought[label] = cost
                feats.append(fid)
            else:
                unpriced.append(fid)
        else:
            not_added.append({"label": label, "feature": fid, "cost": cost})
    # a rate the quote states for its own tax-exclusive price ('不含税，税率6%') is the one it will invoice
    vat = (pp.get("vat_rate") or profile.vat_rate) if tax == "excl" else 0.0
    # an option priced without VAT beside a tax-inclusive total ('Optional (+CNY 30,000 excl. VAT)'): its VAT added,
    # at the rate the quote names, else the profile's
    option_vat = (pp.get("option_vat") or profile.vat_rate) if tax != "excl" else 0.0
    for a in added:
        if option_vat and _EXCL_LABEL_RE.search(a["label"]):
            a["vat_added"] = round(a["cost"] * option_vat, 2)
    for a in added:  # an option priced with its VAT beside a tax-exclusive base ('另加1.5W（含税）'): never taxed twice
        if vat and _TAX_INCL_RE.search(a["label"].lower()) and not _EXCL_LABEL_RE.search(a["label"]):
            a["vat_included"] = True
    price = None
    if base is not None:
        price = round((base + sum(a["cost"] / (1 + vat) if a.get("vat_included") else a["cost"] + a.get("vat_added", 0.0)
                                  for a in added)) * (1 + vat), 2)
    vals["price_cny"] = price
    if added:
        vals["features"] = feats
        status["features"] = "conditional"
        status["price_cny"] = "conditional"
    if pp.get("fee_share") is not None and vals.get("annual_fee_after_warranty_cny") is None and price is not None:
        vals["annual_fee_after_warranty_cny"] = round(pp["fee_share"] * price, 2)
    unconfirmed = [f for f in pp.get("unconfirmed_features") or () if f in bt.must_have and f not in feats]
    if unpriced or unconfirmed:  # a must-have not priced or not answered: not missing, the gate waits
        status["_unpriced_must"] = ",".join(dict.fromkeys(unpriced + unconfirmed))
    build = {"base_cny": base, "tax": tax or "unstated", "vat_rate": vat, "items": [list(i) for i in pp.get("items") or []],
             "total_cny": pp.get("total"), "options_added": added, "options_not_added": not_added,
             "unpriced_must_have": list(dict.fromkeys(unpriced)), "unconfirmed_must_have": unconfirmed,
             "hardware_excluded_cny": pp.get("hardware_excluded"),
             "fee_share": pp.get("fee_share"), "price_cny": price}
    return vals, build, status


_EXCL_LABEL_RE = re.compile(r"不含税|未税|(?<![a-z])(?:excl\.?|excluding)\s*(?:vat|tax)", re.I)
_NO_CHANGE: dict = {}  # shared, never written to
_STATUS_CODE = {s: i for i, s in enumerate(schema.STATUSES)}  # stated 0, claimed 1, conditional 2, unknown 3


class _Columns:
    """The values each quote is scored on as columns (flags.columns_of: C-level), their standings as codes."""

    def __init__(self, quotes: list[Quote], profile: Profile | None = None):
        self.n = len(quotes)
        if profile is None:
            profile = Profile()
        eff = [effective(q, profile) for q in quotes]
        self.values = [e[0] for e in eff]
        self.builds = [e[1] for e in eff]
        self.raw = columns_of(self.values, _FIELDS)
        # field id -> status code per quote (0 stated, 1 claimed, 2 conditional, 3 unknown): unknown where the value
        # is, stated elsewhere, then the few claimed / conditional readings set quote by quote
        extra = [e[2] for e in eff]
        self.status: dict[str, np.ndarray] = {
            fid: np.where(is_obj(self.raw[fid], None), 3, 0).astype(np.int8) if self.n else np.zeros(0, np.int8)
            for fid in _STATUS_FIELDS}
        for i, (q, x) in enumerate(zip(quotes, extra)):
            ev = q.evidence
            if ev:
                for fid, e in ev.items():
                    code = _STATUS_CODE.get(e[0], 0)
                    if code in (1, 2) and fid in self.status and self.raw[fid][i] is not None:
                        self.status[fid][i] = code
            if x:
                for fid, st_ in x.items():
                    if fid in self.status:
                        self.status[fid][i] = _STATUS_CODE[st_]
        self.unpriced_must = [x.get("_unpriced_must") for x in extra]
        self._num: dict[str, np.ndarray] = {}
        self._features: tuple[np.ndarray, np.ndarray] | None = None

    def num(self, fid: str) -> np.ndarray:
        """Numeric column; None -> nan; bools -> 1/0."""
        if fid not in self._num:
            self._num[fid] = numbers(self.raw[fid]) if self.n else np.full(0, np.nan)
        return self._num[fid]

    def features(self) -> tuple[np.ndarray, np.ndarray]:
        if self._features is None:
            self._features = feature_matrix(self.raw["features"])
        return self._features

    def claimed(self, fid: str) -> np.ndarray:
        return self.status[fid] == 1


_FIELDS = tuple(f for f in schema.VALUE_FIELDS if f != "business_types")
_STATUS_FIELDS = tuple(dict.fromkeys(schema.SCORED_FIELDS + ("annual_fee_after_warranty_cny",)))
_NEXT_DAY = 24  # hours: a response the next day still scores 0.3; slower ones fall off from there. Between 2 h and the
# next day each doubling of the time costs the same (4 h: 0.80, 8 h: 0.61): twice the time asked for is no small matter


def _fraction(known: np.ndarray, fm: np.ndarray, wanted: tuple[str, ...]) -> np.ndarray:
    if not wanted:
        return known.astype(float)
    cols = [FEATURE_INDEX[f] for f in wanted]
    return np.where(known, fm[:, cols].mean(axis=1), 0.0)


# Under 15万 is a caution zone (compliance or after-sales usually missing): a lower price there scores less, from
# CAUTION_HIGH at 15万 down to CAUTION_LOW at 10万 — always below any price inside the band (0.7 at its top).
CAUTION_HIGH, CAUTION_LOW = 0.6, 0.2


def _price_curve(p: np.ndarray, lo: float, hi: float, caution: float | None = schema.PRICE_CAREFUL_CNY,
                 floor: float = schema.PRICE_DO_NOT_BUY_CNY) -> np.ndarray:
    """1 at the band's low end, 0.7 at its high end, 0 at twice the high end; below the band 0.85-1 down to 15万,
    then the caution zone (0.6 at 15万 to 0.2 at 10万) and 0 under 10万; unknown 0. Without ``caution`` (the total
    cost: a low cost of ownership is no warning sign) everything up to the band's low end scores 1."""
    within = 1 - 0.3 * (p - lo) / max(hi - lo, 1.0)
    above = 0.7 * np.clip(1 - (p - hi) / max(hi, 1.0), 0, 1)
    if caution is None:
        return np.where(np.isnan(p), 0.0, np.where(p <= lo, 1.0, np.where(p <= hi, within, above)))
    below = 0.85 + 0.15 * np.clip((p - caution) / max(lo - caution, 1.0), 0, 1)
    zone = CAUTION_LOW + (CAUTION_HIGH - CAUTION_LOW) * np.clip((p - floor) / max(caution - floor, 1.0), 0, 1)
    u = np.where(p < floor, 0.0, np.where(p < caution, zone, np.where(p < lo, below, np.where(p <= hi, within, above))))
    return np.where(np.isnan(p), 0.0, u)


def _tco(cols: _Columns, profile: Profile) -> tuple[np.ndarray, np.ndarray]:
    price = cols.num("price_cny")
    fee = cols.num("annual_fee_after_warranty_cny")
    free_m = cols.num("free_maintenance_months")
    pol_free = cols.num("policy_adaptation_free")
    pol_fee = cols.num("policy_adaptation_fee_cny")
    years = profile.horizon_years
    paid_years = np.maximum(0.0, years - np.nan_to_num(free_m, nan=0.0) / 12)
    fee_est = np.where(np.isnan(fee), schema.ASSUMED_ANNUAL_FEE_SHARE * price, fee)
    adaptations = years / schema.POLICY_CHANGE_EVERY_YEARS
    pol_cost = np.where(pol_free == 1, 0.0,
                        np.where(np.isnan(pol_fee), schema.ASSUMED_POLICY_FEE_SHARE * price, pol_fee))
    pol_cost = np.where(np.isnan(pol_free) & np.isnan(pol_fee), schema.ASSUMED_POLICY_FEE_SHARE * price, pol_cost)
    total = price + fee_est * paid_years + pol_cost * adaptations
    estimated = ((np.isnan(fee) & (paid_years > 0)) | (np.isnan(free_m)) |
                 ((pol_free != 1) & np.isnan(pol_fee))) & ~np.isnan(price)
    return total, estimated


def utilities(quotes: list[Quote], profile: Profile) -> dict[str, np.ndarray]:
    """criterion id -> 0..1 per quote."""
    return _utilities(_Columns(quotes, profile), profile)


def _utilities(cols: _Columns, profile: Profile, total_cost: np.ndarray | None = None) -> dict[str, np.ndarray]:
    bt = schema.BUSINESS_TYPES[profile.business_type]
    lo, hi = profile.budget

    def yes(fid: str) -> np.ndarray:
        return np.nan_to_num(cols.num(fid), nan=0.0)

    audit = cols.num("audit_log_months")
    maint = cols.num("free_maintenance_months")
    resp = cols.num("response_hours")
    known, fm = cols.features()
    bloat = fm[:, [FEATURE_INDEX[f] for f in schema.BLOAT_FEATURES]].sum(axis=1)
    if total_cost is None:
        total_cost, _ = _tco(cols, profile)
    k = 1 + schema.TCO_UPKEEP_PER_YEAR * (profile.horizon_years - 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        u = {
            "mlps_level3": yes("mlps_level3"),
            "sm4_encryption": yes("sm4_encryption"),
            "tls": yes("tls"),
            "access_control": yes("access_control"),
            "audit_log_months": np.nan_to_num(np.where(
                audit >= schema.AUDIT_LOG_MIN_MONTHS,
                0.8 + 0.2 * np.clip((audit - schema.AUDIT_LOG_MIN_MONTHS) / schema.AUDIT_LOG_MIN_MONTHS, 0, 1),
                0.8 * np.clip(audit, 0, None) / schema.AUDIT_LOG_MIN_MONTHS), nan=0.0),
            "licensed_credit_bureau": yes("licensed_credit_bureau"),
            **{cid: _fraction(known, fm, wanted) for cid, wanted in schema.feature_criteria(bt).items()
               if cid != "no_bloat"},
            "no_bloat": np.where(known, np.clip(1 - 0.25 * bloat, 0, 1), 0.0),
            "free_maintenance_months": np.nan_to_num(np.where(
                maint <= schema.FREE_MAINTENANCE_MIN_MONTHS,
                0.9 * np.clip(maint, 0, None) / schema.FREE_MAINTENANCE_MIN_MONTHS,
                0.9 + 0.1 * np.clip((maint - schema.FREE_MAINTENANCE_MIN_MONTHS) / schema.FREE_MAINTENANCE_MIN_MONTHS,
                                    0, 1)), nan=0.0),
            "maintenance_includes_upgrades": yes("maintenance_includes_upgrades"),
            "policy_adaptation_free": yes("policy_adaptation_free"),
            "support_7x24": yes("support_7x24"),
            "response_hours": np.nan_to_num(np.where(
                resp <= schema.RESPONSE_MAX_HOURS, 1.0,
                np.where(resp <= _NEXT_DAY,
                         1 - 0.7 * np.log(np.maximum(resp, schema.RESPONSE_MAX_HOURS) / schema.RESPONSE_MAX_HOURS)
                         / np.log(_NEXT_DAY / schema.RESPONSE_MAX_HOURS),
                         0.3 * _NEXT_DAY / np.maximum(resp, _NEXT_DAY))), nan=0.0),
            "lifetime_consulting": yes("lifetime_consulting"),
            "commitments_in_contract": yes("commitments_in_contract"),
            "source_code_delivery": np.array([schema.SOURCE_DELIVERY_UTILITY.get(v, 0.0) if isinstance(v, str) else 0.0
                                              for v in cols.raw["source_code_delivery"]], dtype=float),
            "price_vs_budget": _price_curve(cols.num("price_cny"), lo, hi),
            "tco": _price_curve(total_cost, lo * k, hi * k, caution=None),
        }
    # A claim never scores like a stated fact: it earns schema.CLAIM_CREDIT of the credit (docs/analyst-reading.md).
    for c in schema.CRITERIA:
        if c.group in ("compliance", "after_sales") and len(c.fields) == 1 and c.fields[0] in cols.status:
            claimed = cols.claimed(c.fields[0])
            if claimed.any():
                u[c.id] = np.where(claimed, u[c.id] * schema.CLAIM_CREDIT, u[c.id])
    return {c: np.clip(v.astype(float), 0.0, 1.0) for c, v in u.items()}


def criterion_weights(profile: Profile, criteria: tuple = schema.CRITERIA) -> dict[str, float]:
    """criterion id -> its weight within its group, as set (negative read as 0, missing as the default)."""
    return {c.id: max(0.0, float(profile.criterion_weights.get(c.id, c.weight))) for c in criteria}


def effective_weights(profile: Profile, criteria: tuple = schema.CRITERIA) -> dict[str, float]:
    """criterion id -> share of the total (sums to 1 over criteria with weight). ``criteria``: schema.CRITERIA,
    and the evaluation group's once score sheets are merged (its weight relative like the others')."""
    groups = tuple(dict.fromkeys(c.group for c in criteria))
    gw = {g: max(0.0, float(profile.group_weight(g))) for g in groups}
    cw = criterion_weights(profile, criteria)
    in_group = {g: sum(cw[c.id] for c in criteria if c.group == g) for g in groups}
    active = {g: w for g, w in gw.items() if in_group[g] > 0}
    total_g = sum(active.values()) or 1.0
    return {c.id: (active.get(c.group, 0.0) / total_g) * (cw[c.id] / in_group[c.group] if in_group[c.group] else 0.0)
            for c in criteria}


def _rounded_rows(M: np.ndarray, ndigits: int, nan: object = float("nan")) -> list[list]:
    """Rows of M as Python floats ``round(float(x), ndigits)`` (``nan`` for NaN).

    Utilities repeat (a few value levels per criterion), so each column is rounded once per distinct
    bit pattern (np.unique on the int64 view keeps -0.0 and 0.0 apart) and gathered back with numpy.
    """
    M = np.ascontiguousarray(M, dtype=float)
    n, k = M.shape
    if n == 0:
        return []

    def rnd(x: float):
        return nan if x != x else round(x, ndigits)

    if n <= 64:
        return [[rnd(x) for x in row] for row in M.tolist()]
    out = np.empty((n, k), dtype=object)
    bits = M.view(np.int64)
    for j in range(k):
        uniq, inv = np.unique(bits[:, j], return_inverse=True)
        table = np.empty(len(uniq), dtype=object)
        table[:] = [rnd(x) for x in uniq.view(np.float64).tolist()]
        out[:, j] = table[inv.reshape(-1)]
    return out.tolist()


def score(qs: QuoteSet, profile: Profile) -> Result:
    # Tens of thousands of small acyclic objects (flags, dicts, results): a cyclic-GC pass over a large
    # QuoteSet would cost more than the scoring itself.
    with bulk():
        return _score(qs, profile)


def rank_positions(totals, fails, quotes: list[Quote]) -> list[int]:
    """Positions in rank order: by gate class (pass, unverified, fail: 0/1/2, or False/True), then the total (high first, to 6 places), then
    vendor, package, file, sheet and origin, for a stable, readable order among equal totals."""
    keys = list(zip(fails, [-round(float(x), 6) for x in totals], [q.vendor.casefold() for q in quotes],
                    [(q.package or "").casefold() for q in quotes], [q.file for q in quotes],
                    [q.sheet for q in quotes], [q.origin for q in quotes]))
    return sorted(range(len(keys)), key=keys.__getitem__)


def _score(qs: QuoteSet, profile: Profile) -> Result:
    quotes, excluded = split(qs.quotes, profile.excluded)
    n = len(quotes)
    cols = _Columns(quotes, profile)
    total_cost, estimated = _tco(cols, profile)
    u = _utilities(cols, profile, total_cost)
    criteria, team = schema.CRITERIA, None
    if qs.evaluation is not None:  # returned score sheets: the evaluation team's group (core.evaluation)
        from .evaluation import scored

        team = scored(qs.evaluation, quotes, profile)
        if team is not None:
            criteria = criteria + team.criteria
            u.update(team.utilities)
    cids = schema.CRITERION_IDS if team is None else tuple(c.id for c in criteria)
    w = effective_weights(profile, criteria)
    U = np.column_stack([u[c] for c in cids]) if n else np.zeros((0, len(criteria)))
    W = np.array([w[c] for c in cids])
    totals = 100 * topsis(U, W) if profile.method == "topsis" and n else 100 * U @ W
    cw = criterion_weights(profile, criteria)
    groups = {}
    gids = tuple(dict.fromkeys(c.group for c in criteria))
    for g in gids:
        gcols = [i for i, c in enumerate(criteria) if c.group == g]
        gws = np.array([cw[criteria[i].id] for i in gcols])
        groups[g] = 100 * (U[:, gcols] @ gws) / gws.sum() if gws.sum() > 0 else np.zeros(n)
    flags, gated, unverified = flags_and_gates(cols.raw, n, profile, cols.status, cols.unpriced_must, cols.builds,
                                               quotes)
    if team is not None:
        for i, more in enumerate(team.flags):
            flags.add(i, more)
    # Per-vendor objects: Python floats rounded exactly as before (round(x, 6)), once per distinct value.
    gate_fail = np.where(gated, 2, np.where(unverified, 1, 0)).tolist()
    tot = [r[0] for r in _rounded_rows(np.asarray(totals, dtype=float).reshape(n, 1), 6)]
    G = _rounded_rows(np.column_stack([groups[g] for g in gids]) if n else np.zeros((0, len(gids))), 6)
    UL = _rounded_rows(U, 6)
    tc = [r[0] for r in _rounded_rows(total_cost.reshape(n, 1), 2, nan=None)]
    est = estimated.tolist()
    gate_names = ("pass", "unverified", "fail")
    results = [VendorResult(quote=q, rank=0, total=t_, gate=gate_names[cls], groups=dict(zip(gids, g_)),
                            utilities=dict(zip(cids, u_)), flag_table=flags, tco_cny=c_, tco_estimated=e_,
                            values=None if v_ is q.values else v_, price_build=b_, flag_index=i)
               for i, (q, t_, cls, g_, u_, c_, e_, v_, b_) in enumerate(zip(quotes, tot, gate_fail, G, UL, tc, est,
                                                                            cols.values, cols.builds))]
    if team is not None:
        for r, st in zip(results, team.stats):
            r.evaluation = st
    results = [results[i] for i in rank_positions(tot, gate_fail, quotes)]
    for k, r in enumerate(results, 1):
        r.rank = k
    return Result(profile, results, w, qs, criteria, excluded)
