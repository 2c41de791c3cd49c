"""Settings saved in an uploaded scored workbook: what they would change, validated, applied only on request.

A scored workbook carries its profile and the user's mapping corrections so that work can continue later. The
file may have been edited by anyone on the way back (gates switched off, price weighted 100), so loading it
never applies them: ``offer(qs, current, lang)`` says what would change (each setting: current -> restored,
each mapping correction) or why the saved settings cannot be used; the dashboard applies them on one click,
the CLI with ``--restore-settings``. Values are validated by ``Profile.from_dict`` like any user input.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from . import schema
from .errors import QuoteError
from .i18n import join_list, money_range, t
from .mapping import Target, match_label
from .model import Profile, QuoteSet


@dataclass
class Offer:
    file: str  # the workbook the settings came from
    key: str  # identifies these saved settings (a dismissal or an application is remembered by it)
    profile: Profile | None  # validated; None when there is none or it is invalid
    overrides: dict[str, str]  # validated mapping corrections (label -> target code, '' = not scored)
    error: QuoteError | None = None  # why the saved profile (or corrections) cannot be applied
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (setting, current, restored) in words


def found(qs: QuoteSet) -> bool:
    """Whether the loaded files carry saved settings (a profile or mapping corrections)."""
    return bool(qs.profile or qs.restored_overrides)


def validated_overrides(overrides: dict) -> dict[str, str]:
    """Mapping corrections from a file: text labels, known target codes ('' = not scored); QuoteError else."""
    out: dict[str, str] = {}
    for label, code in (overrides or {}).items():
        code = "" if code is None else str(code).strip()
        if code and Target.from_code(code) is None:
            raise QuoteError("err.override_unknown", label=str(label)[:60], code=code[:40])
        out[str(label).strip()] = code
    return out


def restored_profile(qs: QuoteSet, business_type: str | None = None) -> Profile | None:
    """The saved profile, validated (QuoteError when invalid); None when the files carry none."""
    if not qs.profile:
        return None
    return Profile.from_dict(qs.profile, business_type)


def _key(qs: QuoteSet) -> str:
    blob = json.dumps([qs.profile, qs.restored_overrides], sort_keys=True, ensure_ascii=False, default=repr)
    return hashlib.sha256(blob.encode("utf-8", "replace")).hexdigest()[:16]


_PRICE_ROLE_KEYS = {"total": "ui.map.price.total", "discount": "ui.map.price.discount", "list": "ui.map.price.list",
                    "item": "ui.map.price.item", "tax": "ui.map.price.tax", "hardware": "ui.map.price.hardware",
                    "rebate": "ui.map.price.rebate", "cny": "ui.map.price.cny"}


def target_name(code: str | None, lang: str) -> str:
    """A mapping target in words (the upload page's drop-down and the restore panel): field, feature, price role,
    notes, or none."""
    if not code:
        return t("ui.map.none", lang)
    target = Target.from_code(code)
    if target is None:
        return code
    if target.kind == "feature":
        return t("ui.map.feature", lang, name=t(f"feature.{target.id}", lang))
    if target.kind == "price":  # a price column's role (total, discount, list, item)
        return t(_PRICE_ROLE_KEYS[target.id], lang) if target.id in _PRICE_ROLE_KEYS else code
    if target.kind == "notes":
        return t("ui.map.notes", lang)
    return t(f"field.{target.id}", lang)


def _budget(p: Profile, lang: str) -> str:
    return money_range(*p.budget, lang)


def _num(x: float) -> str:
    return f"{x:g}"


def profile_changes(current: Profile, restored: Profile, lang: str) -> list[tuple[str, str, str]]:
    """(setting, current value, restored value) in words, for every setting the restored profile changes."""
    out: list[tuple[str, str, str]] = []

    def add(name: str, a: str, b: str) -> None:
        if a != b:
            out.append((name, a, b))

    add(t("restore.business_type", lang), t(f"bt.{current.business_type}", lang),
        t(f"bt.{restored.business_type}", lang))
    add(t("restore.budget", lang), _budget(current, lang), _budget(restored, lang))
    add(t("restore.horizon", lang), str(current.horizon_years), str(restored.horizon_years))
    for g in schema.GROUPS:
        add(t("restore.group", lang, name=t(f"group.{g}", lang)), _num(current.group_weights[g]),
            _num(restored.group_weights[g]))
    for c in schema.CRITERIA:
        add(t("restore.criterion", lang, name=t(f"crit.{c.id}", lang)), _num(current.criterion_weights[c.id]),
            _num(restored.criterion_weights[c.id]))
    onoff = {True: t("restore.on", lang), False: t("restore.off", lang)}
    for code in schema.GATE_CODES:
        add(t("restore.gate", lang, name=t(f"ui.gate.{code}", lang)), onoff[current.gates.get(code, True)],
            onoff[restored.gates.get(code, True)])
    add(t("restore.method", lang), t(f"xl.method.{current.method}", lang), t(f"xl.method.{restored.method}", lang))
    add(t("restore.vat", lang), f"{100 * current.vat_rate:g}%", f"{100 * restored.vat_rate:g}%")
    add(t("ux.restore.excluded", lang), _left_out(current, lang), _left_out(restored, lang))
    from .evaluation import evaluation_changes  # here: the CLI imports this module on every run, rarely this

    out += evaluation_changes(current, restored, lang)
    return out


def _left_out(p: Profile, lang: str) -> str:
    return join_list([e["vendor"] or e["quote"] for e in p.excluded], lang) or t("val.none", lang)


def override_changes(qs: QuoteSet, current: dict[str, str], restored: dict[str, str],
                     lang: str) -> list[tuple[str, str, str]]:
    """(mapping correction, target now, target restored) for each saved correction that changes a mapping."""
    now = {m.label.strip(): m.code for m in qs.mapping}
    out = []
    for label, code in restored.items():
        if label in current:  # the user's own correction wins over the saved one
            continue
        if label in now:
            was = now[label]
        else:
            auto = match_label(label).target
            was = auto.code if auto else None
        if (was or "") != code:
            out.append((t("restore.mapping", lang, label=label), target_name(was, lang), target_name(code, lang)))
    return out


def offer(qs: QuoteSet, current: Profile, current_overrides: dict[str, str], lang: str) -> Offer | None:
    """What applying the loaded files' saved settings would change; None when they carry none."""
    if not found(qs):
        return None
    o = Offer(qs.settings_file, _key(qs), None, {})
    try:
        o.overrides = validated_overrides(qs.restored_overrides)
        o.profile = restored_profile(qs)
    except QuoteError as e:
        o.error, o.profile, o.overrides = e, None, {}
        return o
    if o.profile is not None:
        o.changes += profile_changes(current, o.profile, lang)
    o.changes += override_changes(qs, current_overrides, o.overrides, lang)
    return o
