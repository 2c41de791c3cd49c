"""Trust in the ranking: explanation, weight sensitivity, rank stability, what-if, and TOPSIS.

All of it works on the criterion utility matrix U (quotes x criteria, 0..1) and the effective weights
that scoring.score already computed, so nothing is re-read or re-parsed.
"""
from __future__ import annotations

import copy
import dataclasses
import functools
import inspect
from dataclasses import dataclass
from operator import itemgetter

import numpy as np

from . import schema
from .i18n import join_list, t
from .model import Profile, QuoteSet, remember
from .load import bulk
from .mcda import topsis
from .scoring import Result, rank_positions, score

def _kept(fn):
    """The analysis of a Result is computed once per arguments and kept with it (model.remember): the dashboard
    redraws its pages on every click, and the workbook's summary asks for the same analyses."""
    sig = inspect.signature(fn)

    @functools.wraps(fn)
    def kept(res, *args, **kwargs):
        bound = sig.bind(res, *args, **kwargs)
        bound.apply_defaults()
        key = (fn.__name__, *list(bound.arguments.values())[1:])
        return remember(res, key, lambda: fn(res, *args, **kwargs))

    return kept


_GATE_PENALTY = 1000.0  # added below every passing quote so gates are respected in every draw


def utility_matrix(res: Result) -> np.ndarray:
    """Quotes (in result order) x criteria (the result's criteria: schema.CRITERION_IDS, and the evaluation
    group's once score sheets are merged)."""
    cids = res.criterion_ids
    return np.array([[v.utilities[c] for c in cids] for v in res.vendors], dtype=float).reshape(
        len(res.vendors), len(cids))


_GATE_CLASS = {"pass": 0, "unverified": 1, "fail": 2}


def _gate_classes(res: Result) -> np.ndarray:
    """Each quote's gate class: 0 pass, 1 unverified, 2 fail (every class ranks below the one before)."""
    return np.array([_GATE_CLASS[v.gate] for v in res.vendors], dtype=int)


# ------------------------------------------------------------------------------------------------
# TOPSIS beside the weighted sum
# ------------------------------------------------------------------------------------------------
def topsis_totals(res: Result) -> np.ndarray:
    """TOPSIS closeness (0..100) of each quote of the result, on utilities and effective weights."""
    if not res.vendors:
        return np.zeros(0)
    w = np.array([res.weights[c] for c in res.criterion_ids])
    return 100 * topsis(utility_matrix(res), w)


def _ranks(res: Result, totals) -> np.ndarray:
    """Rank (1 = best) per quote of the result for other totals, by the same rule as scoring's ranking."""
    order = rank_positions(totals, _gate_classes(res).tolist(), [v.quote for v in res.vendors])
    ranks = np.empty(len(order), dtype=int)
    ranks[order] = np.arange(1, len(order) + 1)
    return ranks


@_kept
def method_comparison(res: Result) -> list[dict]:
    """Weighted-sum rank beside TOPSIS rank for each quote (in the result's order), whichever method scored it."""
    if not res.vendors:
        return []
    tt = topsis_totals(res)
    ws = [v.total for v in res.vendors] if res.profile.method == "weighted_sum" else (
        100 * utility_matrix(res) @ np.array([res.weights[c] for c in res.criterion_ids])).tolist()
    ranks_ws, ranks_tp = _ranks(res, ws), _ranks(res, tt)
    with bulk():  # thousands of dicts: no cyclic-GC pass over the loaded set halfway through
        return [{"id": v.quote.id, "vendor": v.quote.key, "weighted_sum": float(ws[i]), "topsis": float(tt[i]),
                 "rank_weighted_sum": int(ranks_ws[i]), "rank_topsis": int(ranks_tp[i]),
                 "rank_change": int(ranks_ws[i] - ranks_tp[i])} for i, v in enumerate(res.vendors)]


# ------------------------------------------------------------------------------------------------
# Explanation
# ------------------------------------------------------------------------------------------------
@dataclass
class Explanation:
    vendor: str
    reference: str  # the quote compared against (the top pick, or the runner-up for the top pick)
    deltas: dict[str, float]  # criterion -> points won (+) or lost (-) against the reference
    total_gap: float

    def sentence(self, lang: str = "zh", esc=str) -> str:
        """One sentence naming the decisive differences; ``esc`` applied to the two quotes' names (the
        dashboard escapes them for Markdown)."""
        gains = sorted(((d, c) for c, d in self.deltas.items() if d > 0.05), reverse=True)[:2]
        losses = sorted((d, c) for c, d in self.deltas.items() if d < -0.05)[:2]
        name = (lambda c: t(f"crit.{c}", lang))
        if not gains and not losses:
            return t("robust.explain.same", lang, vendor=esc(self.vendor), ref=esc(self.reference))
        nothing = t("robust.explain.nothing", lang)
        return t("robust.explain.sentence", lang, vendor=esc(self.vendor), ref=esc(self.reference),
                 gap=f"{self.total_gap:+.1f}",
                 gains=join_list([f"{name(c)} ({d:+.1f})" for d, c in gains], lang) or nothing,
                 losses=join_list([f"{name(c)} ({d:+.1f})" for d, c in losses], lang) or nothing)


@_kept
def explain(res: Result, index: int) -> Explanation:
    """Points per criterion of quote ``index`` (result order) against the best quote (or the runner-up)."""
    ref = 1 if index == 0 and len(res.vendors) > 1 else 0
    cids = res.criterion_ids
    w = np.array([res.weights[c] for c in cids])
    u = {i: np.array([res.vendors[i].utilities[c] for c in cids]) for i in (index, ref)}
    deltas = 100 * u[index] * w - 100 * u[ref] * w  # only the two quotes compared
    return Explanation(res.vendors[index].quote.key, res.vendors[ref].quote.key,
                       {c: float(d) for c, d in zip(cids, deltas)},
                       float(res.vendors[index].total - res.vendors[ref].total))


# ------------------------------------------------------------------------------------------------
# Weight sensitivity
# ------------------------------------------------------------------------------------------------
def group_matrix(res: Result) -> np.ndarray:
    groups = res.groups
    pick = itemgetter(*groups)
    return np.array([pick(v.groups) for v in res.vendors], dtype=float).reshape(len(res.vendors), len(groups))


def _group_shares(res: Result) -> np.ndarray:
    """Each group's share of the total as it was scored: the sum of its criteria's effective weights (so a group
    whose criteria all weigh 0 has no share, exactly as in scoring.effective_weights)."""
    shares = np.array([sum(res.weights[c.id] for c in res.criteria if c.group == g) for g in res.groups])
    return shares / shares.sum() if shares.sum() > 0 else np.full(len(shares), 1 / len(shares))


@dataclass
class Sensitivity:
    group: str
    current: float  # current share of the group's weight (0..1)
    low: float  # the top pick stays the same for shares in [low, high]
    high: float
    top: str  # the top pick's name ('vendor / package')
    curves: dict[str, list[float]]  # quote id -> total at each grid share
    grid: list[float]
    top_id: str = ""  # the top pick's quote id


@_kept
def sensitivity(res: Result, steps: int = 21) -> list[Sensitivity]:
    """For each group: the interval of its weight share over which the top pick stays, others rescaled."""
    G = group_matrix(res)
    shares = _group_shares(res)
    fails = _gate_classes(res)
    best = fails.min() if len(fails) else 0
    pool = fails == best
    out = []
    grid = np.linspace(0, 1, steps)
    for j, g in enumerate(res.groups):
        others = np.delete(np.arange(len(res.groups)), j)
        rest = shares[others].sum()
        rel = shares[others] / rest if rest > 0 else np.full(len(others), 1 / len(others))
        a = G[:, j]  # total(x) = x * a + (1 - x) * b
        b = G[:, others] @ rel
        x0 = shares[j]
        totals0 = x0 * a + (1 - x0) * b
        idx = np.where(pool)[0]
        top = idx[np.argmax(totals0[idx])] if len(idx) else 0
        # Against every other eligible quote i: d(x) = total_top - total_i = x * (da - db) + db must stay >= 0.
        rivals = idx[idx != top]
        da, db = a[top] - a[rivals], b[top] - b[rivals]
        slope = da - db
        moving = np.abs(slope) >= 1e-12
        root, rising = -db[moving] / slope[moving], slope[moving] > 0
        lo = float(np.max(np.minimum(root[rising], x0), initial=0.0))
        hi = float(np.min(np.maximum(root[~rising], x0), initial=1.0))
        lines = np.outer(a, grid) + np.outer(b, 1 - grid)  # quotes x grid
        curves = {vr.quote.id: row for vr, row in zip(res.vendors, lines.tolist())}
        leader = res.vendors[top].quote if len(res.vendors) else None
        out.append(Sensitivity(g, float(x0), float(lo), float(hi), leader.key if leader else "", curves, list(grid),
                               leader.id if leader else ""))
    return out


# ------------------------------------------------------------------------------------------------
# Rank stability (Monte Carlo over weights)
# ------------------------------------------------------------------------------------------------
@dataclass
class Stability:
    draws: int
    concentration: float
    p_first: dict[str, float]  # quote id -> probability of ranking first
    rank_probs: np.ndarray  # quotes x ranks: probability of each rank (result order)
    vendors: list[str]  # quote ids, in result order


_BLOCK_CELLS = 1_000_000


@_kept
def stability(res: Result, draws: int = 10_000, concentration: float = 50.0, seed: int = 7) -> Stability:
    """Group weights ~ Dirichlet(concentration * current shares); gates respected in every draw."""
    n = len(res.vendors)
    keys = [v.quote.id for v in res.vendors]
    if n == 0:
        return Stability(draws, concentration, {}, np.zeros((0, 0)), [])
    G = group_matrix(res).astype(np.float64)
    shares = _group_shares(res)
    alpha = np.maximum(concentration * shares, 1e-3)
    rng = np.random.default_rng(seed)
    W = rng.dirichlet(alpha, size=draws)  # draws x groups
    W[:, shares == 0] = 0.0  # a group the buyer switched off stays off
    W /= W.sum(axis=1, keepdims=True)
    penalty = -_GATE_PENALTY * _gate_classes(res)
    # tiny deterministic tie-break so identical quotes do not flip on float noise
    tiebreak = -np.arange(n) * 1e-9
    # Gate penalty and tie-break as a fifth "group" whose weight is always 1: one matrix product per block,
    # no extra passes over draws x quotes.
    G = np.column_stack([G, penalty + tiebreak])
    W = np.column_stack([W, np.ones(draws)])
    full = n <= 200  # large sets: first place only (a full rank table of thousands is unreadable anyway)
    first_n = np.zeros(n)
    rank_n = np.zeros((n, n)) if full else None
    # Draws in blocks of about a million totals: 10,000 draws x 10,000 quotes at once would be 800 MB.
    step = max(1, _BLOCK_CELLS // n)
    for start in range(0, draws, step):
        T = W[start:start + step] @ G.T  # draws x quotes
        first_n += np.bincount(T.argmax(axis=1), minlength=n)
        if full:
            order = np.argsort(-T, axis=1)  # draws x rank -> quote
            for r in range(n):
                rank_n[:, r] += np.bincount(order[:, r], minlength=n)
    first = first_n / draws
    rank_probs = rank_n / draws if full else first.reshape(n, 1).copy()
    p_first = {k: float(p) for k, p in zip(keys, first)}
    return Stability(draws, concentration, p_first, rank_probs, keys)


# ------------------------------------------------------------------------------------------------
# What-if
# ------------------------------------------------------------------------------------------------
def what_if(qs: QuoteSet, profile: Profile, quote_index: int, field: str, value) -> Result:
    """Score again with one value of one quote changed; the uploaded data is not touched."""
    if field not in schema.VALUE_FIELDS:
        raise ValueError(field)
    quotes = list(qs.quotes)
    q = copy.copy(quotes[quote_index])
    q.values = {**q.values, field: value}
    if field == "policy_adaptation_free" and value is True:
        q.values["policy_adaptation_fee_cny"] = 0.0
    # the what-if states the value as a fact: its standing is stated, and a new price replaces how it was built
    q.evidence = {**q.evidence, field: ("stated" if value is not None else "unknown", str(value), "")}
    if field == "price_cny":
        q.price_parts = None
    quotes[quote_index] = q
    return score(dataclasses.replace(qs, quotes=quotes), profile)  # the rest of the set as it is (score sheets too)


def rank_moves(before: Result, after: Result) -> list[dict]:
    """Per quote: rank before and after a what-if, in the new order."""
    with bulk():  # thousands of dicts: no cyclic-GC pass over the loaded set halfway through
        old = {v.quote.id: v.rank for v in before.vendors}
        return [{"id": v.quote.id, "vendor": v.quote.key, "before": old.get(v.quote.id), "after": v.rank,
                 "total": v.total} for v in after.vendors]


__all__ = ["topsis_totals", "method_comparison", "explain", "sensitivity", "stability", "what_if", "rank_moves"]
