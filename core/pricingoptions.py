"""A list of pricing options, one row per option a vendor offered (a Microsoft Lists / SharePoint or 表格 export:
Title | Vendor | Pricing model | Applies to (scale) | One-off charge | Recurring charge | Charged per | VAT | …).

A vendor may offer a buy-out at several sizes, a subscription, its services on a row of their own and the third
parties' charges beside them. The buyer buys the system with its source, once: its price is the buy-out (a perpetual
licence with the source; a licence given free is 0) at the buyer's own size, stated in the lines above the table
("Our scale: 45 concurrent back-office users"), plus the vendor's one-off services on their own rows. A subscription
is another product, never that price; a per-query or per-use charge — the credit bureaus' or the vendor's own data
service — is a charge for use, never part of the price; a vendor that sells no buy-out has no price. The buyer's own
calculated columns ('Year-1 cost (IT calc.)') are its arithmetic. So the sheet is laid out again as a table, a row
per vendor (供应商 | 报价), the price cell at the address of the option it came from; every other option is listed.
"""
from __future__ import annotations

import re

from .ingest import RawSheet, _text, blank

_MODEL_HEAD = re.compile(r"^\s*(?:pricing|charging|price|licen[cs]ing)\s+(?:model|type|option)s?\b|计价方式|计费方式|收费模式|"
                         r"报价方式|授权方式", re.I)
_VENDOR_HEAD = re.compile(r"^\s*(?:vendor|supplier|供应商|服务商|厂商)(?:\s*name|名称)?\s*$", re.I)
_ONE_OFF_HEAD = re.compile(r"one[- ]?(?:off|time)|一次性", re.I)
_RECURRING_HEAD = re.compile(r"recurring|annual charge|年费|订阅费|周期", re.I)
_SCALE_HEAD = re.compile(r"applies to|scale|size|tier|适用|规模|档位", re.I)
_PER_HEAD = re.compile(r"charged per|per\b|计费单位", re.I)
_VAT_HEAD = re.compile(r"^\s*(?:vat|tax|税|是否含税|税率)", re.I)
_TITLE_HEAD = re.compile(r"^\s*(?:title|item|option|标题|名称|方案)\s*$", re.I)
_CALC_HEAD = re.compile(r"calc|计算|测算|year[- ]?1|首年|合计", re.I)

_THIRD = re.compile(r"third[- ]party|第三方", re.I)
_PURCHASE = re.compile(r"perpetual|buy[- ]?out|licen[cs]e|source|买断|永久|源码|授权", re.I)
_SUBSCRIPTION = re.compile(r"subscription|saas|hosted|订阅|租用|按年付费", re.I)
_SERVICES = re.compile(r"services?|implementation|training|deployment|实施|培训|部署", re.I)
_USAGE = re.compile(r"quer(?:y|ies)|call|transaction|per use|usage|查询|调用|按次|按量", re.I)

_UNITS = r"\s*(?:个|位|家)?\s*(?:用户|账号|帐号|坐席|人)?\s*"
_UP_TO = re.compile(rf"(?:up to|至多|不超过|最多)\s*(\d[\d,]*)|(\d[\d,]*){_UNITS}(?:以内|以下)", re.I)
_BETWEEN = re.compile(r"(\d[\d,]*)\s*[–\-~～至到]\s*(\d[\d,]*)")
_ABOVE = re.compile(rf"(\d[\d,]*)\s*\+|(?:above|over|more than)\s*(\d[\d,]*)|(\d[\d,]*){_UNITS}以上", re.I)
_ANY = re.compile(r"any number|unlimited|不限", re.I)
_PER_EXTRA = re.compile(r"(?:CNY|RMB|¥|￥)?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:元)?\s*(?:per|each|/)\s*(?:extra |additional |further )?"
                        r"(?:user|seat|account|账号|用户)\s*(?:above|over|beyond|超出)\s*(\d[\d,]*)", re.I)
_SIZE = re.compile(r"(\d[\d,]*)\s*(?:concurrent\s+)?(?:back[- ]office\s+)?(?:users?|seats?|accounts?)\b|"
                   r"(?:账号|用户|坐席)[^，,；;。\d]{0,6}(\d[\d,]*)\s*个|(\d[\d,]*)\s*个\S{0,4}(?:账号|用户|坐席)", re.I)
_EXCL = re.compile(r"excl|不含税|未税|to be added|\+\s*vat", re.I)
_INCL = re.compile(r"incl|(?<![不未])含税", re.I)
_RATE = re.compile(r"(\d+(?:\.\d+)?)\s*%")


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _fits(scale: str, n: float | None) -> bool | None:
    """Whether a size n falls in an option's 'Applies to' ('Up to 50 concurrent users', '51–100', 'Any number of
    users'); None when the text names no range (or the buyer's size is not known)."""
    if not scale.strip() or _ANY.search(scale):
        return True
    if n is None:
        return None
    if (m := _BETWEEN.search(scale)) is not None:
        return _num(m.group(1)) <= n <= _num(m.group(2))
    if (m := _UP_TO.search(scale)) is not None:
        return n <= _num(m.group(1) or m.group(2))
    if (m := _ABOVE.search(scale)) is not None:
        return n > _num(next(g for g in m.groups() if g))
    return None


def _kind(model: str, title: str, per: str) -> str:
    said = f"{model} {title}"
    if _THIRD.search(said):
        return "third"
    if _PURCHASE.search(said) and not _SUBSCRIPTION.search(model):
        return "purchase"
    if _SUBSCRIPTION.search(said):
        return "subscription"
    if _SERVICES.search(said):
        return "services"
    if _USAGE.search(per):
        return "third"
    return "other"


def _tax(words: str) -> str:
    if _EXCL.search(words):
        rate = _RATE.search(words)
        return "不含税" + (f"，增值税税率{rate.group(1)}%" if rate else "")
    if _INCL.search(words):
        return "含税"
    return ""


def _money(v: object) -> float | None:
    if isinstance(v, bool) or blank(v):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    m = re.fullmatch(r"\s*(?:CNY|RMB|¥|￥)?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:元)?\s*", _text(v), re.I)
    return _num(m.group(1)) if m else None


def _header(sh: RawSheet) -> tuple[int, dict[str, int]] | None:
    for r, row in enumerate(sh.rows[:12]):
        cols: dict[str, int] = {}
        for c, v in enumerate(row):
            s = _text(v).strip()
            if not s or len(s) > 40:
                continue
            for key, rx in (("vendor", _VENDOR_HEAD), ("model", _MODEL_HEAD), ("one_off", _ONE_OFF_HEAD),
                            ("recurring", _RECURRING_HEAD), ("vat", _VAT_HEAD), ("title", _TITLE_HEAD)):
                if key not in cols and rx.search(s) and not (key in ("one_off", "recurring") and _CALC_HEAD.search(s)):
                    cols[key] = c
                    break
            else:
                if "scale" not in cols and _SCALE_HEAD.search(s):
                    cols["scale"] = c
                elif "per" not in cols and _PER_HEAD.search(s):
                    cols["per"] = c
                elif _CALC_HEAD.search(s):
                    cols.setdefault("calc", c)
        if {"vendor", "model", "one_off"} <= set(cols):
            return r, cols
    return None


def as_table(sh: RawSheet) -> tuple[list[list], dict, list[tuple[int, int, str, str]]] | None:
    """(rows, moved addresses, the options and lines not read (row, column, reason, text)); None unless the sheet is a
    list of pricing options with a vendor on two rows or more."""
    if len(sh.rows) > 3000:
        return None
    found = _header(sh)
    if found is None:
        return None
    h, cols = found
    rows = sh.rows

    def cell(r: int, key: str) -> object:
        c = cols.get(key)
        return rows[r][c] if c is not None and c < len(rows[r]) else None

    items = [r for r in range(h + 1, len(rows)) if not blank(cell(r, "vendor"))]
    vendors = list(dict.fromkeys(_text(cell(r, "vendor")).strip() for r in items))
    if len(items) < 3 or len(vendors) < 2 or len(vendors) == len(items):
        return None
    above = " ".join(_text(v) for row in rows[:h] for v in row if not blank(v))
    size = None
    if (m := _SIZE.search(above)) is not None:
        size = _num(next(g for g in m.groups() if g))
    kept: list[tuple[int, int, str, str]] = [(r, 0, "skip.note_row", " | ".join(_text(v) for v in rows[r] if not blank(v))[:200])
                                             for r in range(h) if any(not blank(v) for v in rows[r])]
    if "calc" in cols:  # the buyer's calculated column: its arithmetic, never a price
        figures = " | ".join(f"{_text(cell(r, 'vendor'))}: {_text(cell(r, 'calc'))}" for r in items if not blank(cell(r, "calc")))
        if figures:
            kept.append((h, cols["calc"], "skip.buyer_computation", f"{_text(rows[h][cols['calc']])} — {figures}"[:200]))
    out: list[list] = [["供应商", "报价"]]
    moved: dict = {(0, 0): (h, cols["vendor"]), (0, 1): (h, cols["one_off"])}
    for name in vendors:
        mine = [r for r in items if _text(cell(r, "vendor")).strip() == name]
        kinds = {r: _kind(_text(cell(r, "model")), _text(cell(r, "title")), _text(cell(r, "per"))) for r in mine}
        label = {r: " | ".join(_text(v) for v in (cell(r, "title"), cell(r, "model"), cell(r, "scale")) if not blank(v))
                 for r in mine}
        buys = [r for r in mine if kinds[r] == "purchase"]
        fit = [r for r in buys if _fits(_text(cell(r, "scale")), size)]
        chosen = fit[0] if fit else (buys[0] if len(buys) == 1 and _fits(_text(cell(buys[0], "scale")), size) is None
                                     else None)
        services = [r for r in mine if kinds[r] == "services" and _money(cell(r, "one_off")) is not None]
        if chosen is None:
            why = "没有源码买断报价（只有订阅等其他方案）" if not buys else "源码买断按规模分档，未能确定贵司所在档位"
            out.append([name, why])
            at = mine[0]
            moved[(len(out) - 1, 0)] = (at, cols["vendor"])
            moved[(len(out) - 1, 1)] = (at, cols["model"])
            kept.append((at, cols["model"], "note.tier_unknown" if buys else "note.no_purchase_option",
                         " / ".join(label[r] for r in mine)[:200]))
        else:
            base = _money(cell(chosen, "one_off"))
            parts = [f"{base:g}元"] if base is not None else [_text(cell(chosen, "one_off")) or "0元"]
            scale = _text(cell(chosen, "scale"))
            if size is not None and (m := _PER_EXTRA.search(scale)) is not None and size > _num(m.group(2)):
                parts.append(f"{(size - _num(m.group(2))) * _num(m.group(1)):g}元")
            parts += [f"{_money(cell(r, 'one_off')):g}元" for r in services]
            taxes = {_tax(_text(cell(r, "vat"))) for r in [chosen, *services]} - {""}
            words = "+".join(parts) + (f"（{taxes.pop()}）" if len(taxes) == 1 else "")
            out.append([name, words])
            moved[(len(out) - 1, 0)] = (chosen, cols["vendor"])
            moved[(len(out) - 1, 1)] = (chosen, cols["one_off"])
            by = f"（按贵司规模{size:g}）" if size is not None and scale.strip() and not _ANY.search(scale) else ""
            kept.append((chosen, cols["one_off"], "note.tier_chosen",
                         (" + ".join(label[r] for r in [chosen, *services]) + by)[:200]))
            if not blank(cell(chosen, "recurring")):  # a free licence's per-query data service: a charge for use
                kept.append((chosen, cols["recurring"], "skip.usage_charge",
                             f"{label[chosen]} | {_text(cell(chosen, 'recurring'))} / {_text(cell(chosen, 'per'))}"[:200]))
        for r in mine:
            if r == chosen or r in services:
                continue
            reason = {"subscription": "skip.subscription_option", "third": "skip.usage_charge"}.get(kinds[r], "skip.other_tier")
            kept.append((r, cols["model"], reason, label[r][:200]))
    return out, moved, kept
