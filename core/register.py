"""A long register's money lines (docs/analyst-reading.md §3).

A finance register or submission log lists each vendor as a run of rows — Vendor | Section | Item | Response |
Amount | Tax basis — where the money of a line stands in its own amount column, beside the words of the response.
Each line with an amount is read for what it is: a price item (licence, implementation: summed), the stated total
(checked against the items), hardware (taken out of a total that holds it), an optional module with its price (an
option, bought only for a must-have) or a yearly fee after the warranty (never part of the price). The role comes
from the item's own label, then the section ('Hardware', 'Optional'), then the response ('per year'). The line's
response is kept beside it; it is read for its field only when the item names a field that is not money.
"""
from __future__ import annotations

import re

from . import schema
from .formal import _AMOUNT_HEAD, _OPTION, _TOTAL_ROW, _key
from .ingest import _text, blank
from .mapping import match_label
from .reading import _FIELD_WORDS, read_value

_SECTION_HEAD = re.compile(r"^(?:" + "|".join(map(re.escape, schema.LONG_SECTION_LABELS)) + r")$")
_BUYERS_FIGURE = re.compile(r"^(?:reserve|budget|target|ceiling|estimated|benchmark|预算|控制价|最高限价|拦标价|标底|参考价|"
                            r"招标控制价|采购预算)")
_YEARLY = _FIELD_WORDS["annual_fee_after_warranty_cny"]
_MONEY_FIELDS = frozenset(f for f, spec in schema.FIELDS.items() if spec.kind == "money")


def columns(head: list[str], used: set[int]) -> tuple[int | None, int | None, int | None]:
    """(amount, section, tax) columns of a long layout's header, those not already the vendor, item or value."""
    amount = section = tax = None
    # a line's amount ('Extended Price', '金额') over its unit price; never the buyer's own figure ('Reserve Price')
    amount = next((c for c, s in enumerate(head) if c not in used and s and _AMOUNT_HEAD.match(_key(s))
                   and not _BUYERS_FIGURE.match(_key(s))), None)
    for c, s in enumerate(head):
        if c in used or not s or c == amount or _BUYERS_FIGURE.match(_key(s)):
            continue
        t = match_label(s).target
        if amount is None and t is not None and t.code == "price_cny":
            amount = c
        elif tax is None and t is not None and t.code == "price:tax":
            tax = c
        elif section is None and _SECTION_HEAD.match(_key(s)):
            section = c
    return amount, section, tax


def _role(item: str, section: str, response: str) -> str:
    t = match_label(item).target
    if t is not None and t.kind == "price":
        return t.code
    ts = match_label(section).target if section else None
    if ts is not None and ts.code == "price:hardware":
        return "price:hardware"
    said = f"{section} {item} {response}".lower()
    if _OPTION.search(said):
        return "option"
    if _YEARLY.search(f"{item} {response}".lower()) or (t is not None and t.id == "annual_fee_after_warranty_cny"):
        return "annual_fee_after_warranty_cny"
    if (t is not None and t.id == "price_cny") or _TOTAL_ROW.match(_key(item)):
        return "price:total"
    return "price:item"


_ROLE_MARK = {"option": "，选配", "annual_fee_after_warranty_cny": "，每年"}


def money_lines(item: str, section: str, response: object, amount: object, tax: object, amount_head: str,
                response_head: str, where: str = "") -> list[tuple[str, object, str | None]]:
    """The cells one register line gives: (label, value, the mapping code the layout decides, or None for the
    label's own mapping). An amount's label carries the amount column's header, whose unit ('Amount (CNY)',
    '金额（万元）') the reading applies; `where` ('第8行') tells lines of the same name apart."""
    words = _text(response)
    role = _role(item, section, words)
    label = f"{item}（{where + '，' if where else ''}{amount_head}{_ROLE_MARK.get(role, '')}）"
    money = _text(amount) + (f"（{_text(tax)}）" if not blank(tax) else "")
    if role == "option":  # 'Risk model (scorecard) | Optional | 25,000': the module at its price
        # the module the line names, before any condition ('Optional: e-contract module, if not included in the base
        # price'), at the line's amount
        out = [(label, f"{re.split(r'[,，;；]', item)[0]} (+{money})", "features")]
    else:
        out = [(label, money, role)]
    if words:
        t = match_label(item).target
        echo = re.sub(r"^\s*(?:含|包含|包括|即)\s*", "", words).strip("。；; ")
        own = role in ("price:item", "price:hardware") and t is not None and t.kind == "field" \
            and t.id not in _MONEY_FIELDS and read_value(t.id, words).value is not None \
            and not (echo and echo in item)  # '小额贷系统源码授权' | '含源码授权': the item's name again, no answer
        # 'Source code licence | Perpetual, full source | 168,000': the words answer the item's own field
        out.append((item, response, None) if own and not where else
                   (f"{item}（{where + '，' if where else ''}{response_head}）", response, None if own else ""))
    return out
