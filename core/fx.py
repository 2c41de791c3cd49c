"""Amounts in another currency, at the rate the file itself states (docs/analyst-reading.md §3).

A regional desk's sheet may quote one vendor in Hong Kong or US dollars and state the rate it compares at ("FX for
comparison only: HKD 1 = RMB 0.93", "汇率：1美元=7.2人民币"). Such an amount is read in CNY at that rate, and the
cell keeps its own words beside the converted amount ('RMB 219,480（HKD 236,000 × 0.93）'), so the reading and the
evidence both show it. An amount in a currency the file gives no rate for is left as written (and read as unknown
money by the price reader when it cannot tell). Nothing else is guessed: no rate is ever looked up.
"""
from __future__ import annotations

import re

from .ingest import ReadResult, RecordCell, RawSheet, _text

_CODES = {"hkd": "HKD", "hk$": "HKD", "港币": "HKD", "港元": "HKD", "usd": "USD", "us$": "USD", "美元": "USD",
          "美金": "USD", "sgd": "SGD", "s$": "SGD", "新加坡元": "SGD", "eur": "EUR", "€": "EUR", "欧元": "EUR",
          "mop": "MOP", "澳门元": "MOP", "twd": "TWD", "nt$": "TWD", "新台币": "TWD"}
_CUR = "|".join(sorted(map(re.escape, _CODES), key=len, reverse=True))
_CNY = r"(?:rmb|cny|人民币|元)"
# 'HKD 1 = RMB 0.93', '1 USD = 7.2 CNY', '1美元=7.2人民币', '汇率 HKD/CNY 0.93'
_RATE_RES = (re.compile(rf"(?:1\s*)?({_CUR})\s*1?\s*[=＝:]\s*{_CNY}?\s*([\d.]+)\s*{_CNY}?", re.I),
             re.compile(rf"1\s*({_CUR})\s*[=＝]\s*([\d.]+)\s*{_CNY}", re.I),
             re.compile(rf"({_CUR})\s*/\s*(?:cny|rmb)\s*[:：=]?\s*([\d.]+)", re.I))
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


def convert(res: ReadResult, sheets: list[RawSheet]) -> None:
    """Every record's text cells on a sheet that states a rate, with its foreign amounts in CNY (in place)."""
    fx = {(sh.file, sh.sheet): r for sh in sheets if (r := rates(sh))}
    if not fx:
        return
    for rec in res.records:
        rate = fx.get((rec.file, rec.sheet))
        if rate is None:
            continue
        rec.cells = [RecordCell(c[0], in_cny(c[1], rate), c[2]) if isinstance(c[1], str) and _AMOUNT_RE.search(c[1])
                     else c for c in rec.cells]
