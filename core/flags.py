"""Flag rules (domain.md section 6): what is wrong or unknown in a quote, what to ask, what to sign.

A Flag carries its code, severity, field and parameters; the words (message, question for the
vendor, contract clause) come from i18n.py in the user's language.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import schema
from .i18n import has, money, t


@dataclass
class Flag:
    code: str
    severity: str
    field: str | None
    gate: bool  # knocks the quote out under the current profile
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "zh") -> str:
        return t(f"flag.{self.code}.msg", lang, **self._params(lang))

    def question(self, lang: str = "zh") -> str:
        return t(f"flag.{self.code}.ask", lang, **self._params(lang))

    def clause(self, lang: str = "zh") -> str | None:
        key = f"flag.{self.code}.clause"
        return t(key, lang, **self._params(lang)) if has(key) else None

    def _params(self, lang: str) -> dict[str, Any]:
        p = dict(self.params)
        if self.field:
            p.setdefault("field_name", t(f"field.{self.field}", lang))
        if "features" in p:
            p["feature_names"] = "、".join(t(f"feature.{f}", lang) for f in p["features"]) if lang == "zh" else \
                ", ".join(t(f"feature.{f}", lang) for f in p["features"])
        if "price" in p:
            p["price_txt"] = money(p["price"], lang)
        if "budget" in p:
            p["budget_txt"] = f"{money(p['budget'][0], lang)} – {money(p['budget'][1], lang)}"
        if "fee" in p:
            p["fee_txt"] = money(p["fee"], lang)
        return p

    def to_dict(self, lang: str = "zh") -> dict:
        return {"code": self.code, "severity": self.severity, "field": self.field, "gate": self.gate,
                "message": self.message(lang), "question": self.question(lang), "clause": self.clause(lang)}


def flags_for(q, profile) -> list[Flag]:
    v = q.values
    bt = schema.BUSINESS_TYPES[profile.business_type]
    lo, hi = profile.budget
    out: list[Flag] = []

    def add(code: str, **params):
        spec = schema.FLAGS[code]
        gate = spec.gate and profile.gates.get(code, True)
        out.append(Flag(code, spec.severity, params.pop("field", spec.field), gate, params))

    price = v["price_cny"]
    if price is None:
        add("price_missing")
    elif price < schema.PRICE_DO_NOT_BUY_CNY:
        add("price_below_10w", price=price)
    elif price < schema.PRICE_CAREFUL_CNY:
        add("price_below_15w", price=price)
    if price is not None and price > hi:
        add("price_over_budget", price=price, budget=(lo, hi))
    if v["mlps_level3"] is False:
        add("no_mlps_level3")
    if v["sm4_encryption"] is False:
        add("no_sm4")
    if v["tls"] is False:
        add("no_tls")
    if v["audit_log_months"] is not None and v["audit_log_months"] < schema.AUDIT_LOG_MIN_MONTHS:
        add("audit_log_under_6m", months=f"{v['audit_log_months']:g}")
    if v["licensed_credit_bureau"] is False:
        add("no_licensed_credit_bureau")
    feats = v["features"]
    if feats is not None:
        missing = [f for f in bt.must_have if f not in feats]
        if missing:
            add("missing_must_have", features=missing)
        bloat = [f for f in schema.BLOAT_FEATURES if f in feats]
        if bloat:
            add("bloat_features", features=bloat)
    if v["free_maintenance_months"] is not None and v["free_maintenance_months"] < schema.FREE_MAINTENANCE_MIN_MONTHS:
        add("maintenance_under_12m", months=f"{v['free_maintenance_months']:g}")
    if v["maintenance_includes_upgrades"] is False:
        add("maintenance_excludes_upgrades")
    if v["policy_adaptation_free"] is False:
        add("policy_adaptation_charged", fee=v["policy_adaptation_fee_cny"])
    if v["support_7x24"] is False:
        add("no_7x24")
    if v["response_hours"] is not None and v["response_hours"] > schema.RESPONSE_MAX_HOURS:
        add("response_over_2h", hours=f"{v['response_hours']:g}")
    if v["lifetime_consulting"] is False:
        add("no_lifetime_consulting")
    if v["commitments_in_contract"] is False:
        add("not_in_contract")
    for fid in schema.SCORED_FIELDS:
        if fid != "price_cny" and v[fid] is None:
            add("unconfirmed", field=fid)
    if v["annual_fee_after_warranty_cny"] is None and price is not None:
        add("unconfirmed", field="annual_fee_after_warranty_cny")
    order = {s: i for i, s in enumerate(schema.SEVERITIES)}
    out.sort(key=lambda f: (order[f.severity], not f.gate))
    return out
