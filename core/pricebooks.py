"""Vendors' price books stacked on one sheet, a block each ('一、XX公司　《…价目表》'), the buyer's own scale above them.

A buyer's clerk types each vendor's standard price book as it came: a title naming the company, a line about the book
('价格单位：万元（含税）', '以下价格均不含税，增值税税率6%'), the price table in the vendor's own shape — tiers by 年放款额,
by 存量借款户数 or by accounts, a matrix of two of them, accounts included with a price per further account, a 选配 line
— and the vendor's terms as 'label | text' rows. The buyer's scale stands on top ('我司规模：2025年预计全年放款约6.5亿元…，
2026年计划不超过9亿元；存量借款户约2,600户；系统操作员账号28个').

The price of each vendor is the tier the buyer's scale falls in (the largest yearly lending figure the buyer states:
the system must serve next year's book too), never the first tier, the 起步价; a tier the buyer is in that says 面议 is
no price. Accounts beyond those a tier includes are added at their stated price; a must-have module offered only as a
选配 line is an option at its price. The unit and tax words above a table or in its '计税' row speak for its prices.
So such a sheet is laid out again as a table, a row per vendor (供应商 | 报价 | the vendor's terms), each cell at the
address it came from; the other tiers, the book's own lines and the clerk's comparison are listed, never read.
"""
from __future__ import annotations

import re

from .formal import _company
from .ingest import RawSheet, _text, blank
from .tiers import sizes as _sizes

# a block's title: '一、景泰黄河石林数科有限公司　《…价目表（2025版）》'
_TITLE_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．]\s*(?P<rest>\S.*)$")
_BOOK_RE = re.compile(r"价目表|价格表|报价标准|价格标准|收费标准|price\s*(?:list|book)", re.I)
_NUM = r"(\d[\d,]*(?:\.\d+)?)"
_UNIT = r"\s*(亿元|亿|万元|万|户|人|个|家)?"
_INCL = r"\s*(?:[（(]\s*含\s*[）)])?"
_RANGE_RE = re.compile(rf"^\s*{_NUM}{_UNIT}{_INCL}\s*(?:(及?以下|以内|及?以上|\+)|(?:[—\-–~～至到]+)\s*{_NUM}{_UNIT}{_INCL})\s*$")
_OPTION_RE = re.compile(r"^\s*(?:选配|可选|另购|加购)\s*[:：]?\s*(?P<name>.+)$")
_MATRIX_RE = re.compile(r"[＼\\]")
_PRICE_HEAD_RE = re.compile(r"价|费|报价|金额|price|fee", re.I)
_NOT_PRICE_HEAD_RE = re.compile(r"单价|超出|超过|每个|/个|适用|规模|档位")
_INCLUDED_HEAD_RE = re.compile(r"^(?:含|包含).{0,6}(?:账号|帐号|用户|坐席)")
_EXTRA_HEAD_RE = re.compile(r"(?:超出|超过|加收).{0,8}(?:单价|价格|费)|(?:账号|帐号)单价")
_MODULES_HEAD_RE = re.compile(r"模块|功能")
_SAME_RE = re.compile(r"^\s*同上")
_EXCL_RE = re.compile(r"不含税|未税|税前|excl", re.I)
_INCL_RE = re.compile(r"(?<![不未])含税|incl", re.I)
_RATE_RE = re.compile(r"(\d+(?:\.\d+)?)\s*%")
_UNIT_LINE_RE = re.compile(r"(?:价格|金额|报价)?单位\s*[:：]\s*(万元|元|千元)")
# the buyer's own scale: '2025年预计全年放款约6.5亿元', '存量借款户约2,600户'
_VOLUME_RE = re.compile(r"(\d+(?:\.\d+)?)\s*亿")
_BORROWERS_RE = re.compile(r"(?:借款户|借款人|客户)[^，,；;。\d]{0,6}(\d[\d,]*)\s*(?:户|人)")
_KIND_WORDS = {"volume": "年放款额", "borrowers": "借款户数", "seats": "账号", "stores": "门店"}


def _kind(unit: str | None) -> str | None:
    if unit in ("亿元", "亿", "万元", "万"):
        return "volume"
    return {"户": "borrowers", "人": "borrowers", "个": "seats", "家": "stores"}.get(unit or "")


def _range(text: object) -> tuple[float, float, str] | None:
    """'5亿元（含）至20亿元' -> (5, 20, 'volume'); '5,000户以下' -> (0, 5000, 'borrowers'); '80个以上' -> (80, inf, 'seats')."""
    if not isinstance(text, str):
        return None
    m = _RANGE_RE.match(text)
    if m is None:
        return None
    a = float(m.group(1).replace(",", ""))
    if m.group(3) is not None:
        kind = _kind(m.group(2))
        lo, hi = ((0.0, a) if ("下" in m.group(3) or "内" in m.group(3)) else (a, float("inf")))
        unit = m.group(2)
    else:
        b = float(m.group(4).replace(",", ""))
        unit = m.group(5) or m.group(2)
        kind = _kind(unit)
        lo, hi = a, b
    if kind is None:
        return None
    if unit in ("万元", "万"):  # lending in 万元: in 亿
        lo, hi = lo / 1e4, hi / 1e4
    return lo, hi, kind


def scale(rows: list, upto: int) -> dict[str, float]:
    """The buyer's scale the lines above the first block state: {'volume': 9.0 (亿, the largest yearly figure),
    'borrowers': 2600, 'seats': 28}."""
    out: dict[str, float] = {}
    text = "；".join(_text(v) for row in rows[:upto] for v in row if not blank(v))
    volumes = [float(m.group(1)) for part in re.split(r"[；;。\n]", text) if re.search(r"放款|放贷|贷款规模|业务规模", part)
               for m in _VOLUME_RE.finditer(part)]
    if volumes:
        out["volume"] = max(volumes)
    if (m := _BORROWERS_RE.search(text)) is not None:
        out["borrowers"] = float(m.group(1).replace(",", ""))
    sh = RawSheet("", "", rows[:upto])
    for k, n in _sizes(sh, rows=upto).items():
        out.setdefault(k, float(n))
    return out


def _pick(tiers: list[tuple[int, tuple[float, float, str]]], size: dict[str, float]) -> tuple[int | None, str | None]:
    """The index of the tier the buyer's size falls in (None when the size of that kind is not stated), and its kind."""
    if not tiers:
        return None, None
    kind = tiers[0][1][2]
    n = size.get(kind)
    if n is None:
        return None, kind
    inside = [i for i, (lo, hi, _k) in tiers if lo <= n < hi] or [i for i, (lo, hi, _k) in tiers if lo <= n <= hi]
    return (inside[0] if inside else None), kind


def _cells(row: list) -> list[tuple[int, object]]:
    return [(c, v) for c, v in enumerate(row) if not blank(v)]


_GRADE_RE = re.compile(r"^\s*(?:[A-Z]|[一二三四五六七八九十]|\d{1,2}|第.{1,2})\s*档\s*$|^\s*(?:档位|等级)\s*\S{1,2}\s*$")


def _row_tier(row: list) -> tuple[int, tuple[float, float, str]] | None:
    """(column, tier) of a price table's row: its first cell a size range, or a grade ('A档') before one."""
    cells = _cells(row)
    if not cells:
        return None
    if (t := _range(cells[0][1])) is not None:
        return cells[0][0], t
    if len(cells) > 1 and _GRADE_RE.match(_text(cells[0][1])) and (t := _range(cells[1][1])) is not None:
        return cells[1][0], t
    return None


def _amount(v: object, unit: str) -> str:
    """A price cell as words the money reader takes: a bare figure gets the book's unit ('27.8' in 万元 -> '27.8万元')."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return f"{v:g}{unit or '元'}"
    s = _text(v).strip()
    return s + unit if unit and re.fullmatch(r"[\d,]+(?:\.\d+)?", s) else s


def _block(rows: list, start: int, end: int, size: dict[str, float]):
    """One vendor's price book: (price words, price address, features words, features address, terms
    [(label, text, (r, c))], kept [(r, c, reason, text)]); None when the block holds no price table."""
    from .mapping import match_label

    body = list(range(start + 1, end))
    tier_rows = [r for r in body if _row_tier(rows[r]) is not None]
    if not tier_rows:
        return None
    first = tier_rows[0]
    head_r = next((r for r in range(first - 1, start, -1) if len(_cells(rows[r])) >= 2), None)
    if head_r is None:
        return None
    head = dict(_cells(rows[head_r]))
    # the table runs from its header over its tier and option rows
    last = first
    for r in range(first, end):
        cells = _cells(rows[r])
        if not cells:
            break
        if _row_tier(rows[r]) is not None or _OPTION_RE.match(_text(cells[0][1])):
            last = r
            continue
        break
    lines = [(r, _cells(rows[r])) for r in body if r < head_r]
    context = "；".join(_text(v) for _r, cells in lines for _c, v in cells)
    unit = m.group(1) if (m := _UNIT_LINE_RE.search(context)) else ""
    taxes = [context] if "税" in context else []
    kept: list[tuple[int, int, str, str]] = [(r, cells[0][0], "skip.note_row", " | ".join(_text(v) for _c, v in cells))
                                             for r, cells in lines if cells]
    # the vendor's terms under the table: 'label | text'; a tax or price-content row speaks for the price
    terms: list[tuple[str, str, tuple[int, int]]] = []
    for r in range(last + 1, end):
        cells = _cells(rows[r])
        if len(cells) >= 2 and isinstance(cells[0][1], str) and len(_text(cells[0][1])) <= 16:
            label, text = _text(cells[0][1]).strip(), " ".join(_text(v) for _c, v in cells[1:])
            t = match_label(label).target
            if t is not None and (t.kind == "price" or t.id == "price_cny"):
                taxes += [text] if "税" in text else []
                kept.append((r, cells[0][0], "skip.note_row", f"{label} | {text}"))
                continue
            terms.append((label, text, (r, cells[1][0])))
        elif cells:  # a line after the terms: the clerk's own ('科技部初步比较…')
            kept.append((r, cells[0][0], "skip.buyer_computation", " | ".join(_text(v) for _c, v in cells)))
    head_text = {c: _text(v) for c, v in head.items()}
    col_unit = next((u for u in ("万元", "千元", "元") for h in head_text.values() if _PRICE_HEAD_RE.search(h) and u in h), "")
    unit = col_unit or unit
    taxes += [h for h in head_text.values() if _PRICE_HEAD_RE.search(h) and "税" in h]
    tax = _tax_words(taxes)
    table = [r for r in range(first, last + 1)]
    options = [r for r in table if _OPTION_RE.match(_text(_cells(rows[r])[0][1]))]
    tiers_at = [r for r in table if r not in options]
    matrix = any(_MATRIX_RE.search(h) for h in head_text.values())
    # the tier a row is: its first range cell
    row_tiers = []
    for r in tiers_at:
        c, t = _row_tier(rows[r])
        row_tiers.append((r, c, t))
    ri, kind = _pick([(k, t) for k, (_r, _c, t) in enumerate(row_tiers)], size)
    price_col = None
    chosen_col_text, col_kind = "", None
    if matrix:
        col_tiers = [(c, t) for c, h in head_text.items() if (t := _range(h)) is not None]
        ci, ckind = _pick([(k, t) for k, (_c, t) in enumerate(col_tiers)], size)
        if ci is not None:
            price_col = col_tiers[ci][0]
            chosen_col_text, col_kind = head_text[price_col], ckind
        else:  # the buyer's size of the columns' kind not stated (or beyond them): no cell is this buyer's
            price_col, ri, kind = -1, None, (kind if kind is not None and kind not in size else ckind)
    else:
        price_col = next((c for c, h in head_text.items()
                          if _PRICE_HEAD_RE.search(h) and not _NOT_PRICE_HEAD_RE.search(h)), None)
        if price_col is None:  # a table whose price column is not named: the first cell after the tier that holds money
            price_col = next((c for c, v in _cells(rows[row_tiers[0][0]]) if c > row_tiers[0][1]
                              and (isinstance(v, (int, float)) or re.search(r"\d\s*(?:万|元)|面议", _text(v)))), None)
    if price_col is None:
        return None
    incl_col = next((c for c, h in head_text.items() if _INCLUDED_HEAD_RE.search(h)), None)
    extra_col = next((c for c, h in head_text.items() if _EXTRA_HEAD_RE.search(h)), None)
    mod_col = next((c for c, h in head_text.items() if _MODULES_HEAD_RE.search(h)), None)
    kept.append((head_r, min(head), "skip.item_header", " | ".join(head_text.values())))
    price_words, price_at = None, (start, 0)
    features, features_at = None, None
    for k, (r, c, _t) in enumerate(row_tiers):
        row_text = " | ".join(_text(v) for _c, v in _cells(rows[r]))
        if k != ri:
            kept.append((r, c, "skip.other_tier", row_text))
            continue
        cell = rows[r][price_col] if price_col < len(rows[r]) else None
        words = _amount(cell, unit)
        extra = ""
        if incl_col is not None and extra_col is not None and "seats" in size:
            inc = re.search(r"\d+", _text(rows[r][incl_col]))
            rate = rows[r][extra_col]
            more = size["seats"] - int(inc.group(0)) if inc else 0
            if more > 0 and isinstance(rate, (int, float)) and re.search(r"\d", _text(cell)) and "面议" not in _text(cell):
                rate_unit = "万元" if "万" in head_text[extra_col] else "元"
                extra = f"另{more:g}个账号×{rate:g}{rate_unit}"
                words = f"{words}+{more * rate:g}{rate_unit}"
        if tax and not blank(cell) and "面议" not in _text(cell):
            words += f"（{tax}）"
        price_words, price_at = words, (r, price_col)
        chosen = f"{row_text}{' × ' + chosen_col_text if chosen_col_text else ''}{'（' + extra + '）' if extra else ''}"
        by = _scale_words(size, kind, col_kind or ("seats" if extra else None))
        kept.append((r, c, "note.tier_chosen", f"{chosen}（{by}）"))
        if mod_col is not None:
            m_r = r
            while m_r > first and _SAME_RE.match(_text(rows[m_r][mod_col])):
                m_r -= 1
            features, features_at = _text(rows[m_r][mod_col]), (m_r, mod_col)
    if price_words is None:  # no tier for the buyer's size, or the size not stated: no price for this buyer
        price_words = "按规模分档报价，未能确定贵司所在档位"
        kept.append((row_tiers[0][0], row_tiers[0][1], "note.tier_unknown", _scale_words(size, kind)))
    for r in options:
        cells = _cells(rows[r])
        name = _OPTION_RE.match(_text(cells[0][1])).group("name")
        amount = next((v for c, v in cells[1:] if isinstance(v, (int, float)) or re.search(r"\d", _text(v))), None)
        said = "，".join(_text(v) for c, v in cells[1:] if v is not amount)
        opt = f"{re.sub(r'[（(][^）)]*[）)]', '', name).strip()}选配，另加{_amount(amount, unit)}" + (f"（{said}）" if said else "")
        if features is None:
            terms.append(("选配", opt, (r, cells[0][0])))
        else:
            features += "；" + opt
    return price_words, price_at, features, features_at, terms, kept


def _scale_words(size: dict[str, float], *kinds: str | None) -> str:
    """'按贵司年放款额9亿元、账号28个', or what the file does not say."""
    missing = [k for k in kinds if k is not None and k not in size]
    if missing or not any(kinds):
        return f"文件未写明贵司的{_KIND_WORDS.get(missing[0] if missing else '', '规模')}"
    units = {"volume": "亿元", "borrowers": "户", "seats": "个", "stores": "家"}
    return "按贵司" + "、".join(f"{_KIND_WORDS[k]}{size[k]:g}{units[k]}" for k in dict.fromkeys(kinds) if k)


def _tax_words(texts: list[str]) -> str | None:
    """The tax basis a book's lines, its price header or its '计税' row give its prices: '含税', '不含税，增值税税率6%'."""
    text = "；".join(texts)
    if _EXCL_RE.search(text):
        rate = _RATE_RE.search(text)
        return "不含税" + (f"，增值税税率{rate.group(1)}%" if rate else "")
    if _INCL_RE.search(text):
        return "含税"
    return None


def as_table(sh: RawSheet) -> tuple[list[list], dict, list[tuple[int, int, str, str]]] | None:
    """(rows, moved addresses, the lines not read (row, column, reason, text)); None unless two blocks or more each
    name a company in a price book's title and hold a price table by size."""
    rows = sh.rows
    if len(rows) > 2000:
        return None
    starts = []
    for r, row in enumerate(rows):
        cells = _cells(row)
        if len(cells) == 1 and isinstance(cells[0][1], str) and len(cells[0][1]) <= 120 \
                and (m := _TITLE_RE.match(cells[0][1])) is not None and _company(m.group("rest")) is not None:
            starts.append(r)
    if len(starts) < 2 or not any(_BOOK_RE.search(_text(v)) for r in [*starts, *range(min(4, len(rows)))]
                                  for v in rows[r] if not blank(v)):
        return None
    size = scale(rows, starts[0])
    books = []
    kept: list[tuple[int, int, str, str]] = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(rows)
        title = next(_text(v) for v in rows[start] if not blank(v))
        name = _company(_TITLE_RE.match(title).group("rest"))
        done = _block(rows, start, end, size)
        if done is None:
            return None
        books.append((start, name, done))
        kept += done[5]
    from .mapping import match_label

    # one column per field (the vendors' own labels differ: 等保 / 等保资质), the notes' labels as they are
    columns: list[str] = ["供应商", "报价", "功能模块"]
    by_key: dict[str, int] = {"field:vendor": 0, "field:price_cny": 1, "field:features": 2}
    placed: list[dict[int, tuple[str, tuple[int, int]]]] = []
    for start, name, (price, price_at, features, features_at, terms, _kept) in books:
        got: dict[int, tuple[str, tuple[int, int]]] = {0: (name, (start, 0)), 1: (price, price_at)}
        if features is not None:
            got[2] = (features, features_at)
        for label, text, at in terms:
            t = match_label(label).target
            key = f"field:{t.id}" if t is not None and t.kind == "field" else f"label:{label}"
            if key not in by_key:
                by_key[key] = len(columns)
                columns.append(label)
            c = by_key[key]
            if c in got:  # the same field twice in one book: its words together
                got[c] = (got[c][0] + "；" + text, got[c][1])
            else:
                got[c] = (text, at)
        placed.append(got)
    out: list[list] = [columns]
    moved: dict = {(0, c): (starts[0], 0) for c in range(len(columns))}
    for (start, _n, _d), got in zip(books, placed):
        out.append([got[c][0] if c in got else None for c in range(len(columns))])
        k = len(out) - 1
        for c in range(len(columns)):
            moved[(k, c)] = got[c][1] if c in got else (start, 0)
    for r in range(0, starts[0]):  # the title, the buyer's scale and notes above the first block
        cells = _cells(rows[r])
        if cells:
            kept.append((r, cells[0][0], "skip.note_row", " | ".join(_text(v) for _c, v in cells)[:200]))
    return out, moved, kept
