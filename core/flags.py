"""Flag rules (domain.md section 6): what is wrong or unknown in a quote, what to ask, what to sign.

A Flag carries its code, severity, field and parameters; the words (message, question for the
vendor, contract clause) come from i18n.py in the user's language.

The rules run over all quotes at once (flags_all): each rule is a numpy mask over value columns
extracted once; Flag objects are made only for the quotes a rule hits. flags_for(q) is flags_all([q]).
"""
from __future__ import annotations

from functools import lru_cache

from dataclasses import dataclass, field
from itertools import chain, compress
from operator import itemgetter
from typing import Any

import numpy as np

from . import schema
from .i18n import feature_names, has, money, t
from .reading import said_about
from .rounds import price_rises


@dataclass
class Flag:
    code: str
    severity: str
    field: str | None
    gate: bool  # knocks the quote out under the current profile
    params: dict[str, Any] = field(default_factory=dict)

    # ``esc``: applied to every text parameter (the vendor's own words among them); the dashboard passes
    # core.untrusted.md so that a quote's text is never Markdown.
    def message(self, lang: str = "zh", esc=None) -> str:
        return t(f"flag.{self.code}.msg", lang, **self._params(lang, esc))

    def question(self, lang: str = "zh", esc=None) -> str:
        """What to ask the vendor: their own words on the field first (or that the quote leaves it out), then a
        request for something checkable (a number, a clause, a certificate); an unstated field has its own."""
        p = self._params(lang, esc)
        key = f"flag.{self.code}.ask"
        quotes_itself = "{text}" in t(key, lang)
        if self.code == "unconfirmed" or (quotes_itself and not p["text"]):  # the field's own request
            key = f"ux.ask.{self.field}" if has(f"ux.ask.{self.field}") else "flag.unconfirmed.ask"
        elif not self.field or quotes_itself:
            return t(key, lang, **p)
        said = t("ux.said.text" if p["text"] else "ux.said.blank", lang, **p)
        return said + ("" if lang == "zh" else " ") + t(key, lang, **p)

    def clause(self, lang: str = "zh", esc=None) -> str | None:
        key = f"flag.{self.code}.clause"
        return t(key, lang, **self._params(lang, esc)) if has(key) else None

    def _params(self, lang: str, esc=None) -> dict[str, Any]:
        p = dict(self.params)
        if self.field:
            p.setdefault("field_name", t(f"field.{self.field}", lang))
        if "features" in p:
            p["feature_names"] = feature_names(p["features"], lang)
        if "price" in p:
            p["price_txt"] = money(p["price"], lang)
        if "budget" in p:
            p["budget_txt"] = f"{money(p['budget'][0], lang)} – {money(p['budget'][1], lang)}"
        if "fee" in p:
            p["fee_txt"] = money(p["fee"], lang)
        if "base" in p:
            p["base_txt"] = money(p["base"], lang)
        if "criterion" in p:  # an evaluation criterion (core.evaluation)
            p["criterion_name"] = t(f"crit.{p['criterion']}", lang)
        if self.code in ("unverified", "claimed"):
            key = f"proof.{self.field}"
            p.setdefault("proof", t(key if has(key) else "proof.default", lang))
        p.setdefault("text", "")
        if self.field and p["text"]:  # a multi-fact cell: quote what it says about this field, not all of it
            p["text"] = said_about(self.field, p["text"])
        return p if esc is None else {k: esc(v) if isinstance(v, str) else v for k, v in p.items()}


# ------------------------------------------------------------------------------------------------
# Columns: the quotes' values extracted once, at C speed (map / itemgetter over the value dicts)
# ------------------------------------------------------------------------------------------------
def columns_of(vals: list[dict], fields: tuple[str, ...] = schema.VALUE_FIELDS) -> dict[str, tuple]:
    """field id -> that field's values over a list of value dicts (a tuple, None = unknown), in one pass."""
    if not vals:
        return {f: () for f in fields}
    if len(fields) == 1:
        return {fields[0]: tuple(v.get(fields[0]) for v in vals)}
    try:
        rows = list(map(itemgetter(*fields), vals))
    except KeyError:  # a hand-built quote without every field: unknown
        rows = [tuple(v.get(f) for f in fields) for v in vals]
    return dict(zip(fields, zip(*rows)))


def object_ids(col: tuple) -> np.ndarray:
    """id() of every value: ``ids == id(None)`` is the mask ``value is None`` (the column keeps them alive)."""
    return np.fromiter(map(id, col), dtype=np.uint64, count=len(col))


def is_obj(col: tuple, obj: Any) -> np.ndarray:
    """Boolean mask ``value is obj`` (identity, as the rules read: ``is None`` / ``is False``)."""
    return object_ids(col) == id(obj)


def numbers(col: tuple) -> np.ndarray:
    """Float column: None -> nan, bools -> 1/0."""
    return np.array(col, dtype=float) if col else np.zeros(0)


FEATURE_IDS = tuple(schema.FEATURES)
FEATURE_INDEX = {f: i for i, f in enumerate(FEATURE_IDS)}


def feature_matrix(col: tuple) -> tuple[np.ndarray, np.ndarray]:
    """(known mask, quotes x schema.FEATURES presence matrix) from a column of feature lists."""
    n = len(col)
    known = ~is_obj(col, None)
    m = np.zeros((n, len(FEATURE_IDS)), dtype=bool)
    lists = list(compress(col, known))
    if lists:
        lens = np.fromiter(map(len, lists), dtype=np.intp, count=len(lists))
        idx = np.array(list(map(FEATURE_INDEX.get, chain.from_iterable(lists))), dtype=float)
        if idx.size:
            rows = np.repeat(np.flatnonzero(known), lens)
            ok = ~np.isnan(idx)
            m[rows[ok], idx[ok].astype(np.intp)] = True
    return known, m


# ------------------------------------------------------------------------------------------------
# Rules: each one a mask over all quotes; Flag objects are built only for the quotes it hits
# ------------------------------------------------------------------------------------------------
_RULE_FIELDS = tuple(dict.fromkeys(("price_cny", "annual_fee_after_warranty_cny", "policy_adaptation_fee_cny",
                                     "features", "access_control", "source_code_delivery") + schema.SCORED_FIELDS))


def _g(x) -> str:
    return f"{x:g}"


def flags_all(quotes, profile) -> list[list[Flag]]:
    """Every quote's flags, in the order flags_for gives them (severity, then gate first, then rule order)."""
    from .scoring import _Columns

    c = _Columns(quotes, profile)
    return list(flags_and_gates(c.raw, len(quotes), profile, c.status, c.unpriced_must, c.builds, quotes)[0])


_CLAIMED, _CONDITIONAL, _UNKNOWN = (schema.STATUSES.index(s) for s in ("claimed", "conditional", "unknown"))
_NONE_SET: frozenset = frozenset()


@lru_cache(maxsize=65536)
def _quoted(text: str) -> str:
    """A vendor's words as a flag quotes them: on one line, at most 120 characters (each distinct text once)."""
    txt = " ".join(text.split())
    return txt if len(txt) <= 120 else txt[:119] + "…"


def flags_and_gates(cols: dict[str, tuple], n: int, profile, status: dict[str, np.ndarray], unpriced_must: list,
                    builds: list, quotes: list) -> tuple[FlagTable, np.ndarray, np.ndarray]:
    """(every quote's flags, mask of the quotes failing a gate, mask of the quotes whose gates are unverified).

    ``status`` holds each field's status code per quote (0 stated, 1 claimed, 2 conditional, 3 unknown): a gate
    passes only on a stated fact; claimed, in progress or unknown makes it unverified (docs/analyst-reading.md)."""
    if not n:
        return FlagTable(0, [], []), np.zeros(0, dtype=bool), np.zeros(0, dtype=bool)
    zero = np.zeros(n, dtype=np.int8)

    def st(fid: str) -> np.ndarray:
        return status.get(fid, zero)

    def said(fid: str, extra=None):
        """Flag parameters naming the vendor's own words for a field."""
        def params(i: int) -> dict:
            p = {} if extra is None else extra(i)
            q = quotes[i]
            ev = q.evidence.get(fid)
            p["text"] = _quoted(ev[1] if ev and ev[1] else q.source_text(fid) or "")
            return p
        params.field = fid
        return params
    bt = schema.BUSINESS_TYPES[profile.business_type]
    lo, hi = profile.budget
    ids = {f: object_ids(cols[f]) for f in _RULE_FIELDS}
    none = {f: ids[f] == id(None) for f in _RULE_FIELDS}
    false = {f: ids[f] == id(False) for f in schema.SCORED_FIELDS if f not in ("price_cny", "features")}
    false["source_code_delivery"] = np.zeros(n, dtype=bool)
    # (code, mask, params(i) or None, field override) in the order the rules are written
    slots: list[tuple[str, np.ndarray, Any, str | None]] = []
    pcol = cols["price_cny"]
    has_price = ~none["price_cny"]
    with np.errstate(invalid="ignore"):
        price = np.where(has_price, numbers(pcol), np.nan)
        under10 = has_price & (price < schema.PRICE_DO_NOT_BUY_CNY)
        slots.append(("price_missing", none["price_cny"], None, None))
        slots.append(("price_below_10w", under10, lambda i: {"price": pcol[i]}, None))
        slots.append(("price_below_15w", has_price & ~under10 & (price < schema.PRICE_CAREFUL_CNY),
                      lambda i: {"price": pcol[i]}, None))
        slots.append(("price_over_budget", has_price & (price > hi),
                      lambda i: {"price": pcol[i], "budget": (lo, hi)}, None))
        mlps_st = st("mlps_level3")
        # a clear no only: a claim (申请中) or a condition ('测评另计') leaves the gate unverified, never failed
        slots.append(("no_mlps_level3", false["mlps_level3"] & (mlps_st != _CLAIMED) & (mlps_st != _CONDITIONAL), None,
                      None))
        slots.append(("no_sm4", false["sm4_encryption"], None, None))
        slots.append(("no_tls", false["tls"], None, None))

        def below(fid: str, limit: float, key: str, above: bool = False):
            col = cols[fid]
            x = np.where(none[fid], np.nan, numbers(col))
            mask = ~none[fid] & ((x > limit) if above else (x < limit))
            return mask, (lambda i: {key: _g(col[i])})

        slots.append(("audit_log_under_6m", *below("audit_log_months", schema.AUDIT_LOG_MIN_MONTHS, "months"), None))
        slots.append(("no_licensed_credit_bureau", false["licensed_credit_bureau"], None, None))
        known, fm = feature_matrix(cols["features"])
        must = fm[:, [FEATURE_INDEX[f] for f in bt.must_have]] if bt.must_have else np.ones((n, 0), dtype=bool)
        bloat = fm[:, [FEATURE_INDEX[f] for f in schema.BLOAT_FEATURES]]
        unpriced = np.array([bool(u) for u in unpriced_must], dtype=bool)
        unpriced_sets = [set(u.split(",")) if u else _NONE_SET for u in unpriced_must]
        # A must-have offered only as an option without a price is not missing: its gate waits for the price.
        missing_now = ~must.all(axis=1) if bt.must_have else np.zeros(n, dtype=bool)
        for i in np.flatnonzero(unpriced & missing_now).tolist():
            missing_now[i] = any(not h and f not in unpriced_sets[i] for f, h in zip(bt.must_have, must[i]))
        # with no module list, a must-have said to be missing ('没有流水分析') fails the gate all the same
        said_gone = [set((q.price_parts or {}).get("absent_features") or ()) & set(bt.must_have) for q in quotes]
        gone_mask = np.array([bool(g) for g in said_gone], dtype=bool) & ~known
        slots.append(("missing_must_have", (known & missing_now) | gone_mask,
                      lambda i: {"features": sorted(said_gone[i]) if not known[i] else
                                 [f for f, has in zip(bt.must_have, must[i]) if not has and f not in unpriced_sets[i]]},
                      None))
        slots.append(("bloat_features", known & bloat.any(axis=1),
                      lambda i: {"features": [f for f, has in zip(schema.BLOAT_FEATURES, bloat[i]) if has]}, None))
        slots.append(("maintenance_under_12m",
                      *below("free_maintenance_months", schema.FREE_MAINTENANCE_MIN_MONTHS, "months"), None))
        slots.append(("maintenance_excludes_upgrades", false["maintenance_includes_upgrades"], None, None))
        fee_col = cols["policy_adaptation_fee_cny"]
        slots.append(("policy_adaptation_charged", false["policy_adaptation_free"],
                      lambda i: {"fee": fee_col[i]}, None))
        slots.append(("no_7x24", false["support_7x24"], None, None))
        slots.append(("response_over_2h", *below("response_hours", schema.RESPONSE_MAX_HOURS, "hours", above=True),
                      None))
        slots.append(("no_lifetime_consulting", false["lifetime_consulting"], None, None))
        slots.append(("not_in_contract", false["commitments_in_contract"], None, None))
        acc = cols["access_control"]
        slots.append(("no_access_control", is_obj(acc, False) & (st("access_control") != _CLAIMED), None, None))
        if "anti_fraud" in bt.recommended:
            af = fm[:, FEATURE_INDEX["anti_fraud"]]
            slots.append(("no_anti_fraud", known & ~af & (st("features") != _UNKNOWN), None, None))
        if bt.deferrable:
            defer = fm[:, [FEATURE_INDEX[f] for f in bt.deferrable]]
            slots.append(("deferrable_features", known & defer.any(axis=1),
                          lambda i: {"features": [f for f, has in zip(bt.deferrable, defer[i]) if has]}, None))
        src = cols["source_code_delivery"]
        src_arr = np.array(src, dtype=object)
        slots.append(("source_partial", src_arr == "partial", said("source_code_delivery"), None))
        slots.append(("source_licence_only", src_arr == "licence_only", said("source_code_delivery"), None))
        tax = np.array([bool(b and b.get("tax") == "excl" and b.get("price_cny") is not None) for b in builds])
        slots.append(("tax_added", tax, lambda i: {"price": builds[i]["price_cny"], "base": builds[i]["base_cny"],
                                                  "vat": round(100 * builds[i]["vat_rate"], 2)}, None))
        hw = np.array([bool(b and b.get("hardware_excluded_cny")) for b in builds])
        slots.append(("hardware_excluded", hw, lambda i: {"price": builds[i]["price_cny"],
                                                         "fee": builds[i]["hardware_excluded_cny"]}, None))
        opt = np.array([bool(b and b.get("options_added")) for b in builds])
        slots.append(("options_added", opt, lambda i: {
            "features": [a["feature"] for a in builds[i]["options_added"]],
            "fee": sum(a["cost"] for a in builds[i]["options_added"])}, None))
        rose = price_rises(quotes, pcol)  # a revised quote dearer than its first round (core.rounds)
        rose_mask = np.zeros(n, dtype=bool)
        rose_mask[list(rose)] = True
        slots.append(("price_rose", rose_mask, lambda i: {"price": pcol[i], "base": rose[i]}, None))
    gates = {code: bool(spec.gate) and profile.gates.get(code, True) for code, spec in schema.FLAGS.items()}
    # Gate criteria not proven: unknown, claimed (支持等保三级, 申请中) or conditional; a must-have option without price.
    unverified = np.zeros(n, dtype=bool)
    gate_fields = {f: code for code, f in schema.GATE_FIELDS.items() if gates.get(code)}
    for fid, code in gate_fields.items():
        s_ = st(fid)
        if fid == "price_cny":
            unverified |= none["price_cny"]
            continue
        if fid == "features":
            mask = none["features"] | unpriced
            unverified |= mask
        else:
            claimed = (s_ == _CLAIMED) & ~none[fid]
            cond = (s_ == _CONDITIONAL) & ~none[fid]
            # a gate criterion met only with a condition ('等保测评协助（另计）') is not proven: unverified (analyst-reading §2)
            unverified |= none[fid] | claimed | cond
            mask = none[fid] | cond
            # a claim (支持等保三级, 申请中) is asked about as a claim; the gate waits for the proof
            slots.append(("claimed", claimed, said(fid), fid))
            slots.append(("conditional", cond & false[fid], said(fid), fid))
        slots.append(("unverified", mask, said(fid, (lambda i: {"features": sorted(unpriced_sets[i])})
                                                if fid == "features" else None), fid))
    for fid in schema.SCORED_FIELDS:
        if fid == "price_cny" or fid in gate_fields:
            continue
        s_ = st(fid)
        slots.append(("unconfirmed", none[fid], None, fid))
        slots.append(("claimed", (s_ == _CLAIMED) & ~none[fid], said(fid), fid))
        slots.append(("conditional", s_ == _CONDITIONAL, said(fid), fid))
    slots.append(("conditional", (st("price_cny") == _CONDITIONAL) & has_price, said("price_cny"), "price_cny"))
    # the fee after the free period is asked for with or without a price: a letter asking '面议' for its price asks
    # for the yearly fee too (the three-year cost needs both)
    slots.append(("unconfirmed", none["annual_fee_after_warranty_cny"], None, "annual_fee_after_warranty_cny"))
    order = {s: i for i, s in enumerate(schema.SEVERITIES)}
    # The per-quote sort (severity, gate first) is the same for every quote: sort the rules once (stable).
    slots.sort(key=lambda s: (order[schema.FLAGS[s[0]].severity], not gates[s[0]]))
    gated = np.zeros(n, dtype=bool)
    rules, masks = [], []
    for code, mask, params, field_ in slots:
        if gates[code]:
            gated |= mask
        if not mask.any():
            continue
        spec = schema.FLAGS[code]
        fld = field_ if field_ is not None else spec.field
        if fld is not None and getattr(params, "field", None) != fld:
            params = said(fld, params)  # every question quotes the vendor's words on its field
        rules.append((code, spec.severity, fld, gates[code], params))
        masks.append(mask)
    return FlagTable(n, rules, masks), gated, unverified & ~gated


class FlagTable:
    """Every quote's flags, in rule order. Which rules hit which quote is known for all quotes at once (the gates
    and counts need it); the Flag objects, with the vendor's words they quote, are made for a quote when its flags
    are first read — the CLI's JSON writer reads them in two processes at once (core.report)."""

    def __init__(self, n: int, rules: list[tuple], masks: list[np.ndarray]) -> None:
        self._rules = rules
        if masks:
            quote_at, rule_at = np.nonzero(np.stack(masks, axis=1))  # quote by quote, each in rule order
            self._rule_at = rule_at.tolist()
            self._bounds = np.searchsorted(quote_at, np.arange(n + 1)).tolist()
        else:
            self._rule_at, self._bounds = [], [0] * (n + 1)
        self._made: list[list[Flag] | None] = [None] * n
        self._more: dict[int, list[Flag]] = {}

    def add(self, i: int, more: list[Flag]) -> None:
        """Flags of another source (the evaluation team's, core.evaluation) after quote i's own."""
        if more:
            self._more.setdefault(i, []).extend(more)
            if self._made[i] is not None:
                self._made[i] = self._made[i] + list(more)

    def __len__(self) -> int:
        return len(self._made)

    def __getitem__(self, i: int) -> list[Flag]:
        made = self._made[i]
        if made is None:
            rules = self._rules
            made = self._made[i] = [
                Flag(code, sev, fld, gate, {} if params is None else params(i))
                for code, sev, fld, gate, params in (rules[k] for k in self._rule_at[self._bounds[i]:self._bounds[i + 1]])
            ] + self._more.get(i, [])
        return made

    def __iter__(self):
        return (self[i] for i in range(len(self._made)))


_GATE_FIELDS = frozenset(schema.GATE_FIELDS.values())


def settling(flags: list[Flag]) -> list[Flag]:
    """The flags whose answer would settle an unverified gate (待核实): a price to give, a claim to prove, a
    must-have to confirm or price."""
    return [f for f in flags if f.code in ("unverified", "price_missing")
            or (f.code in ("claimed", "conditional") and f.field in _GATE_FIELDS)]


ASK_FIRST = ("unverified", "claimed", "conditional")  # what the vendor only claimed or made conditional: ask first


def questions(flags: list[Flag], lang: str = "zh", esc=None) -> list[str]:
    """One question per flag: claims and conditions first (the vendor's own words, asking for proof or the price),
    then red, amber and the rest, every unconfirmed field too (the Risks page, the evaluation report)."""
    ordered = sorted(flags, key=lambda f: f.code not in ASK_FIRST)
    return list(dict.fromkeys(f.question(lang, esc=esc) for f in ordered))


def clauses(flags: list[Flag], lang: str = "zh", esc=None) -> tuple[list[str], list[str]]:
    """(contract clauses the flags and unknowns call for, clauses that lock in what the vendor promised)."""
    must: dict[str, str] = {}  # flag code -> clause, the raised flags' own wording first
    for f in flags:
        if schema.FLAGS[f.code].clause:
            must.setdefault(f.code, f.clause(lang, esc=esc))
    unknown = {f.field for f in flags if f.code == "unconfirmed"}
    covered = {schema.FLAGS[code].field for code in must}
    for code, spec in schema.FLAGS.items():
        if spec.clause and spec.field in unknown and spec.field not in covered:  # one clause per unknown field
            must.setdefault(code, t(f"flag.{code}.clause", lang))
            covered.add(spec.field)
    also = [t(f"flag.{code}.clause", lang) for code, spec in schema.FLAGS.items() if spec.clause and code not in must]
    return list(must.values()), also


def flags_for(q, profile) -> list[Flag]:
    """One quote's flags. Same rules as flags_all (one code path); for many quotes call flags_all."""
    return flags_all([q], profile)[0]
