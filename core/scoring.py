"""Value functions (0-1 per criterion), group scores (0-100), total, gates and ranking.

Vectorised over quotes with numpy: the value matrix is built once from the QuoteSet, every
criterion is a column operation. Unknown values score as the worst case (0) and are flagged
``unconfirmed`` by flags.py, so the buyer knows what to ask.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import schema
from .flags import Flag, flags_for
from .mcda import topsis
from .model import Profile, Quote, QuoteSet

# Policy adaptation charged but no amount given: assume this share of the price per adaptation.
ASSUMED_POLICY_FEE_SHARE = 0.3
# TCO reference: the budget band grown by this share per extra year of use.
TCO_UPKEEP_PER_YEAR = 0.15


@dataclass
class VendorResult:
    quote: Quote
    rank: int
    total: float
    gate: str  # "pass" | "fail"
    groups: dict[str, float]
    utilities: dict[str, float]
    flags: list[Flag]
    tco_cny: float | None
    tco_estimated: bool  # some part of the TCO was assumed (unknown fee)

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

    @property
    def top(self) -> VendorResult | None:
        return self.vendors[0] if self.vendors else None


# ------------------------------------------------------------------------------------------------
def _col(quotes: list[Quote], fid: str) -> np.ndarray:
    """Numeric column; None -> nan; bools -> 1/0."""
    out = np.full(len(quotes), np.nan)
    for i, q in enumerate(quotes):
        v = q.values.get(fid)
        if v is not None:
            out[i] = float(v)
    return out


def _features_matrix(quotes: list[Quote]) -> tuple[np.ndarray, np.ndarray]:
    """(known mask, quotes x features presence matrix) in schema.FEATURES order."""
    ids = list(schema.FEATURES)
    idx = {f: i for i, f in enumerate(ids)}
    m = np.zeros((len(quotes), len(ids)), dtype=bool)
    known = np.zeros(len(quotes), dtype=bool)
    for i, q in enumerate(quotes):
        feats = q.values.get("features")
        if feats is not None:
            known[i] = True
            m[i, [idx[f] for f in feats if f in idx]] = True
    return known, m


def _fraction(known: np.ndarray, fm: np.ndarray, wanted: tuple[str, ...]) -> np.ndarray:
    if not wanted:
        return known.astype(float)
    cols = [list(schema.FEATURES).index(f) for f in wanted]
    return np.where(known, fm[:, cols].mean(axis=1), 0.0)


def _price_curve(p: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """1 up to the band's low end, 0.7 at its high end, 0 at twice the high end; unknown 0."""
    within = 1 - 0.3 * (p - lo) / max(hi - lo, 1.0)
    above = 0.7 * np.clip(1 - (p - hi) / max(hi, 1.0), 0, 1)
    u = np.where(p <= lo, 1.0, np.where(p <= hi, within, above))
    return np.where(np.isnan(p), 0.0, u)


def tco(quotes: list[Quote], profile: Profile) -> tuple[np.ndarray, np.ndarray]:
    """Total cost over the horizon and whether any part of it was assumed."""
    price = _col(quotes, "price_cny")
    fee = _col(quotes, "annual_fee_after_warranty_cny")
    free_m = _col(quotes, "free_maintenance_months")
    pol_free = _col(quotes, "policy_adaptation_free")
    pol_fee = _col(quotes, "policy_adaptation_fee_cny")
    years = profile.horizon_years
    paid_years = np.maximum(0.0, years - np.nan_to_num(free_m, nan=0.0) / 12)
    fee_est = np.where(np.isnan(fee), schema.ASSUMED_ANNUAL_FEE_SHARE * price, fee)
    adaptations = years / schema.POLICY_CHANGE_EVERY_YEARS
    pol_cost = np.where(pol_free == 1, 0.0,
                        np.where(np.isnan(pol_fee), ASSUMED_POLICY_FEE_SHARE * price, pol_fee))
    pol_cost = np.where(np.isnan(pol_free) & np.isnan(pol_fee), ASSUMED_POLICY_FEE_SHARE * price, pol_cost)
    total = price + fee_est * paid_years + pol_cost * adaptations
    estimated = ((np.isnan(fee) & (paid_years > 0)) | (np.isnan(free_m)) |
                 ((pol_free != 1) & np.isnan(pol_fee))) & ~np.isnan(price)
    return total, estimated


def utilities(quotes: list[Quote], profile: Profile) -> dict[str, np.ndarray]:
    """criterion id -> 0..1 per quote."""
    bt = schema.BUSINESS_TYPES[profile.business_type]
    lo, hi = profile.budget

    def yes(fid: str) -> np.ndarray:
        return np.nan_to_num(_col(quotes, fid), nan=0.0)

    audit = _col(quotes, "audit_log_months")
    maint = _col(quotes, "free_maintenance_months")
    resp = _col(quotes, "response_hours")
    known, fm = _features_matrix(quotes)
    bloat = fm[:, [list(schema.FEATURES).index(f) for f in schema.BLOAT_FEATURES]].sum(axis=1)
    total_cost, _ = tco(quotes, profile)
    k = 1 + TCO_UPKEEP_PER_YEAR * (profile.horizon_years - 1)
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
            "must_have_features": _fraction(known, fm, bt.must_have),
            "core_modules": _fraction(known, fm, schema.CORE_MODULES),
            "recommended_features": _fraction(known, fm, bt.recommended),
            "no_bloat": np.where(known, np.clip(1 - 0.25 * bloat, 0, 1), 0.0),
            "free_maintenance_months": np.nan_to_num(np.where(
                maint <= schema.FREE_MAINTENANCE_MIN_MONTHS,
                0.9 * np.clip(maint, 0, None) / schema.FREE_MAINTENANCE_MIN_MONTHS,
                0.9 + 0.1 * np.clip((maint - 12) / 12, 0, 1)), nan=0.0),
            "maintenance_includes_upgrades": yes("maintenance_includes_upgrades"),
            "policy_adaptation_free": yes("policy_adaptation_free"),
            "support_7x24": yes("support_7x24"),
            "response_hours": np.nan_to_num(np.where(
                resp <= schema.RESPONSE_MAX_HOURS, 1.0,
                np.where(resp <= 24, 1 - 0.7 * (resp - schema.RESPONSE_MAX_HOURS) / (24 - schema.RESPONSE_MAX_HOURS),
                         0.3 * 24 / np.maximum(resp, 24))), nan=0.0),
            "lifetime_consulting": yes("lifetime_consulting"),
            "commitments_in_contract": yes("commitments_in_contract"),
            "price_vs_budget": _price_curve(_col(quotes, "price_cny"), lo, hi),
            "tco": _price_curve(total_cost, lo * k, hi * k),
        }
    return {c: np.clip(v.astype(float), 0.0, 1.0) for c, v in u.items()}


def effective_weights(profile: Profile) -> dict[str, float]:
    """criterion id -> share of the total (sums to 1 over criteria with weight)."""
    gw = {g: max(0.0, float(profile.group_weights.get(g, 0.0))) for g in schema.GROUPS}
    cw = {c.id: max(0.0, float(profile.criterion_weights.get(c.id, c.weight))) for c in schema.CRITERIA}
    in_group = {g: sum(cw[c.id] for c in schema.CRITERIA if c.group == g) for g in schema.GROUPS}
    active = {g: w for g, w in gw.items() if in_group[g] > 0}
    total_g = sum(active.values()) or 1.0
    return {c.id: (active.get(c.group, 0.0) / total_g) * (cw[c.id] / in_group[c.group] if in_group[c.group] else 0.0)
            for c in schema.CRITERIA}


def score(qs: QuoteSet, profile: Profile) -> Result:
    quotes = qs.quotes
    u = utilities(quotes, profile)
    w = effective_weights(profile)
    U = np.column_stack([u[c] for c in schema.CRITERION_IDS]) if quotes else np.zeros((0, len(schema.CRITERIA)))
    W = np.array([w[c] for c in schema.CRITERION_IDS])
    totals = 100 * topsis(U, W) if profile.method == "topsis" and len(quotes) else 100 * U @ W
    cw = {c.id: max(0.0, float(profile.criterion_weights.get(c.id, c.weight))) for c in schema.CRITERIA}
    groups = {}
    for g in schema.GROUPS:
        cols = [i for i, c in enumerate(schema.CRITERIA) if c.group == g]
        gws = np.array([cw[schema.CRITERIA[i].id] for i in cols])
        groups[g] = 100 * (U[:, cols] @ gws) / gws.sum() if gws.sum() > 0 else np.zeros(len(quotes))
    total_cost, estimated = tco(quotes, profile)
    results = []
    for i, q in enumerate(quotes):
        flags = flags_for(q, profile)
        fail = any(f.gate for f in flags)
        results.append(VendorResult(
            quote=q, rank=0, total=round(float(totals[i]), 6), gate="fail" if fail else "pass",
            groups={g: round(float(groups[g][i]), 6) for g in schema.GROUPS},
            utilities={c: round(float(u[c][i]), 6) for c in schema.CRITERION_IDS},
            flags=flags, tco_cny=None if np.isnan(total_cost[i]) else round(float(total_cost[i]), 2),
            tco_estimated=bool(estimated[i])))
    results.sort(key=lambda r: (r.gate == "fail", -round(r.total, 6), r.quote.vendor.casefold(),
                                (r.quote.package or "").casefold(), r.quote.file, r.quote.sheet, r.quote.origin))
    for n, r in enumerate(results, 1):
        r.rank = n
    return Result(profile, results, w, qs)
