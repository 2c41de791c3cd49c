"""Prices by size: a tier per number of stores, branches or accounts, and the buyer's own size stated in the file.

A vendor that prices by the buyer's scale lists tiers ("1–20家门店 19.8", "21–50家门店 24.6", "100家以上 面议") and may
charge per account beyond those included ("含10个，超出部分每个账号一次性0.15万"). The buyer usually states its size
above the table ("我司规模：合作门店36家…；后台操作员账号20个"). The price is then the tier the buyer's size falls in —
never the first tier's, never the sum of them — plus the accounts beyond the included ones at their stated unit price;
a price cell that says it has no tiers ("8.8（不分档）", "一口价") holds at every size. The other tiers are kept beside
it, not scored. Without a stated size nothing is chosen (the tiers stay as they were: kept, and the price unknown).
"""
from __future__ import annotations

import re

from .ingest import RawSheet, ReadResult, RecordCell, _text, blank

_UNITS = r"门店|店铺|网点|分支机构|分支|分公司|营业部|坐席|用户|账号|帐号|stores?|branches?|outlets?|seats?|users?|accounts?"
_TIER_RE = re.compile(rf"^\s*(\d+)\s*(?:家|个|位)?\s*(?:[–\-~～至到]\s*(\d+)|(?:及)?以上|\+)\s*(?:家|个|位)?\s*({_UNITS})?", re.I)
_SIZE_RE = re.compile(rf"({_UNITS})\D{{0,6}}?(\d+)\s*(?:家|个|位)|(\d+)\s*(?:家|个|位)?\s*({_UNITS})", re.I)
_FLAT_RE = re.compile(r"不分档|一口价|不限|flat")
_SEAT_RULE_RE = re.compile(rf"含[^，,；;。\d]{{0,10}}?(\d+)\s*个.{{0,12}}?(?:超出|超过).{{0,8}}?每(?:个)?(?:{_UNITS})?.{{0,6}}?(\d+(?:\.\d+)?)\s*(万|千元|元)?")
_STORES = ("门店", "店铺", "网点", "分支机构", "分支", "分公司", "营业部", "store", "branch", "outlet")
_SEATS = ("坐席", "用户", "账号", "帐号", "seat", "user", "account")


def _kind(unit: str | None) -> str:
    u = (unit or "").lower()
    return "seats" if any(w in u for w in _SEATS) else "stores"


def sizes(sh: RawSheet, rows: int = 6) -> dict[str, int]:
    """The buyer's size the sheet's first lines state: {'stores': 36, 'seats': 20}."""
    out: dict[str, int] = {}
    for row in sh.rows[:rows]:
        for v in row:
            for m in _SIZE_RE.finditer(_text(v)):
                unit, n = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
                out.setdefault(_kind(unit), int(n))
    return out


def _tier(label: str) -> tuple[int, float, str] | None:
    m = _TIER_RE.match(label)
    if m is None:
        return None
    lo = int(m.group(1))
    hi = float(m.group(2)) if m.group(2) else float("inf")
    return lo, hi, _kind(m.group(3))


def choose(res: ReadResult, sheets: list[RawSheet]) -> None:
    """Each record's price from its tier for the buyer's size (in place), when the sheet states the size."""
    size_of = {(sh.file, sh.sheet): s for sh in sheets if (s := sizes(sh))}
    if not size_of:
        return
    for rec in res.records:
        size = size_of.get((rec.file, rec.sheet))
        if size is None:
            continue
        tiers = [(i, t) for i, c in enumerate(rec.cells) if isinstance(c[0], str) and (t := _tier(c[0])) is not None]
        if not tiers:
            _seats_beyond(rec, size)
            continue
        n = size.get(tiers[0][1][2])
        if n is None:
            continue
        chosen = next((i for i, (lo, hi, _k) in tiers if lo <= n <= hi and not blank(rec.cells[i][1])), None)
        if chosen is None:  # '8.8（不分档，门店数不限）' in the first tier only: it holds at every size
            chosen = next((i for i, _t in tiers if _FLAT_RE.search(_text(rec.cells[i][1]))), None)
        for i, _t in tiers:
            label, value, address = rec.cells[i]
            if i == chosen:
                price = f"{label}（按{n}）"
                rec.cells[i] = RecordCell(price, _with_seats(rec.cells, value, size), address)
                rec.fixed[price] = "price_cny"
            else:
                rec.fixed[label] = ""  # another tier: kept, not the price


def _seats_beyond(rec, size: dict[str, int]) -> None:
    """A price cell that includes some accounts and charges each one beyond ('21.8万元（含税），含信贷操作员账号5个；超出部分每个
    账号0.8万元（含税）'), in a sheet stating the buyer's accounts ('信贷操作员账号需求：15个'): the price for the buyer's
    accounts (+ 8万), the cell as written kept beside it."""
    from .mapping import match_label

    seats = size.get("seats")
    if seats is None:
        return
    for i, (label, value, address) in list(enumerate(rec.cells)):  # (the cell as written is added after them)
        if not isinstance(value, str) or (m := _SEAT_RULE_RE.search(value)) is None or seats <= int(m.group(1)):
            continue
        if (t := match_label(label).target) is None or t.code != "price_cny":
            continue
        head = value[:m.start()].rstrip(" ，,；;")
        if not re.search(r"\d", head):
            continue
        extra = (seats - int(m.group(1))) * float(m.group(2))
        priced = f"{label}（按{seats}个账号）"
        rec.cells[i] = RecordCell(priced, f"{head}+{extra:g}{m.group(3) or ''}", address)
        rec.fixed[priced] = "price_cny"
        rec.cells.append(RecordCell(f"{label}（原文）", value, address))
        rec.fixed[f"{label}（原文）"] = ""  # the cell as written: kept, not read again


def _with_seats(cells: list, value: object, size: dict[str, int]) -> object:
    """The tier's price and, when the quote includes some accounts and charges each one beyond, the buyer's extra
    accounts at that price ('含10个，超出部分每个账号一次性0.15万', 20 accounts: + 1.5万)."""
    seats = size.get("seats")
    if seats is None:
        return value
    for _label, text, _a in cells:
        m = _SEAT_RULE_RE.search(_text(text))
        if m and seats > int(m.group(1)):
            unit = m.group(3) or ""
            base = re.sub(r"[（(][^()（）]*[)）]", "", _text(value)).strip()  # '150,000（一口价）': the amount
            base += unit if re.fullmatch(r"[\d,.]+", base) else ""  # '18.6' in a 万元 sheet
            return f"{base}+{(seats - int(m.group(1))) * float(m.group(2)):g}{unit}"
    return value
