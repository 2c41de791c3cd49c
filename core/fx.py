"""Amounts in another currency, at the rate the file itself states (docs/analyst-reading.md §3).

A regional desk's sheet may quote one vendor in Hong Kong or US dollars and state the rate it compares at ("FX for
comparison only: HKD 1 = RMB 0.93", "汇率：1美元=7.2人民币"). Such an amount is read in CNY at that rate, and the
cell keeps its own words beside the converted amount ('RMB 219,480（HKD 236,000 × 0.93）'), so the reading and the
evidence both show it. An amount in a currency the file gives no rate for is left as written (and read as unknown
money by the price reader when it cannot tell). Nothing else is guessed: no rate is ever looked up.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import schema
from .ingest import ReadResult, RecordCell, RawSheet, _text
from .mapping import label_key, match_label

_CODES = {"hkd": "HKD", "hk$": "HKD", "港币": "HKD", "港元": "HKD", "usd": "USD", "us$": "USD", "美元": "USD",
          "美金": "USD", "sgd": "SGD", "s$": "SGD", "新加坡元": "SGD", "eur": "EUR", "€": "EUR", "欧元": "EUR",
          "mop": "MOP", "澳门元": "MOP", "twd": "TWD", "nt$": "TWD", "新台币": "TWD"}
_CUR = "|".join(sorted(map(re.escape, _CODES), key=len, reverse=True))
_CNY = r"(?:rmb|cny|人民币|元)"
# 'HKD 1 = RMB 0.93', '1 USD = 7.2 CNY', '1美元=7.2人民币', '汇率 HKD/CNY 0.93'
_RATE_RES = (re.compile(rf"(?:1\s*)?({_CUR})\s*(?:1(?:\.0+)?)?\s*[=＝:]\s*{_CNY}?\s*(\d+(?:\.\d+)?)\s*{_CNY}?", re.I),
             re.compile(rf"1\s*({_CUR})\s*[=＝]\s*(\d+(?:\.\d+)?)\s*{_CNY}", re.I),
             re.compile(rf"({_CUR})\s*/\s*(?:cny|rmb)\s*[:：=]?\s*(\d+(?:\.\d+)?)", re.I))
_AMOUNT_RE = re.compile(rf"({_CUR})\s*([\d,]+(?:\.\d+)?)\s*(k|m|万|千)?(?![\w.])", re.I)
_SCALE = {"k": 1e3, "m": 1e6, "万": 1e4, "千": 1e3}


def rates(sh: RawSheet, rows: int = 8) -> dict[str, float]:
    """Currency code -> CNY for one unit, as the sheet's title and note rows state it."""
    out: dict[str, float] = {}
    for row in sh.rows[:rows]:
        for v in row:
            text = _text(v)
            for rx in _RATE_RES:
                for m in rx.finditer(text):
                    try:
                        rate = float(m.group(2))
                    except ValueError:
                        continue
                    if 0 < rate < 1000:
                        out.setdefault(_CODES[m.group(1).lower()], rate)
    return out


def in_cny(text: str, fx: dict[str, float]) -> str:
    """`text` with each amount in a rated currency written in CNY first, its own words beside it."""
    def one(m: re.Match) -> str:
        code = _CODES[m.group(1).lower()]
        if code not in fx:
            return m.group()
        amount = float(m.group(2).replace(",", "")) * _SCALE.get((m.group(3) or "").lower(), 1)
        return f"RMB {amount * fx[code]:,.0f}（{m.group().strip()} × {fx[code]:g}）"
    return _AMOUNT_RE.sub(one, text)


_BARE_AMOUNT_RE = re.compile(r"\s*([\d,]+(?:\.\d+)?)\s*(k|m|万|千)?\s*", re.I)


_CURRENCY_HINT_RE = re.compile(r"[币幣]|urrenc|ccy", re.I)  # a cheap look before the label is matched


@lru_cache(maxsize=4096)
def _currency_label(label: str) -> bool:
    return any(label_key(part) in schema.CURRENCY_LABELS for part in label.splitlines())


@lru_cache(maxsize=4096)
def _money_label(label: str) -> bool:
    t = match_label(label).target
    return t is not None and t.kind == "field" and schema.FIELDS[t.id].kind == "money"


def _has_currency_label(sh: RawSheet) -> bool:
    """A currency label in the header rows, or in the label columns of a sheet with vendors as columns."""
    return any(v.__class__ is str and len(v) < 40 and _CURRENCY_HINT_RE.search(v) and _currency_label(v)
               for i, row in enumerate(sh.rows) for v in (row if i < 30 else row[:3]))


def _row_currency(cells) -> str | None:
    """The foreign currency a currency column names for the row ('貨幣\nCurrency' | 'MOP')."""
    for c in cells:
        if isinstance(c[0], str) and _currency_label(c[0]):
            return _CODES.get(_text(c[1]).strip().lower())
    return None


def convert(res: ReadResult, sheets: list[RawSheet]) -> None:
    """Every record's text cells on a sheet that states a rate, with its foreign amounts in CNY (in place). A bare
    amount in a money column is in the currency the row's currency column names ('貨幣: MOP' beside '300,000'): at
    the file's rate when it gives one, else written with its code so that it is never read as yuan."""
    fx = {(sh.file, sh.sheet): r for sh in sheets if (r := rates(sh))}
    with_column = {(sh.file, sh.sheet) for sh in sheets if _has_currency_label(sh)}
    if not fx and not with_column:
        return
    for rec in res.records:
        rate = fx.get((rec.file, rec.sheet))
        code = _row_currency(rec.cells) if (rec.file, rec.sheet) in with_column else None
        if rate is None and code is None:
            continue
        cells = []
        for c in rec.cells:
            value = c[1]
            if code and not isinstance(value, bool) and isinstance(value, (int, float, str)) and \
                    _BARE_AMOUNT_RE.fullmatch(str(value)) and isinstance(c[0], str) and _money_label(c[0]):
                value = f"{code} {value}"
            if rate and isinstance(value, str) and _AMOUNT_RE.search(value):
                value = in_cny(value, rate)
            cells.append(c if value is c[1] else RecordCell(c[0], value, c[2]))
        rec.cells = cells
