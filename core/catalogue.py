"""A comparison that names each vendor's configuration by the vendor's own product codes, the codes explained on another
sheet of the workbook (编号对照: 供应商 | 产品编号 | 产品/模块名称 | 单价 | 说明, copied from each quote).

The clerk copies 'HY-FQ-100×1；HY-RA-200×1；HY-SV-900×1' into 报价配置 and 'MX-ORD' into 选配 because the names are long; what
each code is — its modules, its price, that it is an option not in the total, a gift, or '列入二期开发，本次不提供' — only the
other sheet says. Each code in the comparison's cells is read as what the catalogue says it is ('分期业务核心平台（含商品管理、…）';
an option with its price and words, '订单跟踪模块，另加24000元（选配，需另购；不含税…）'; a gift '赠送智能客服机器人'), the cell keeping
its address; a configuration column is read as the modules in the price; the catalogue sheet is used, not a quote.
"""
from __future__ import annotations

import re

from . import parse
from .ingest import RawSheet, _text, blank
from .mapping import label_key, match_label

_CODE_HEADS = frozenset(label_key(w) for w in ("产品编号", "编号", "产品代码", "物料编号", "料号", "型号", "product code", "item code",
                                               "sku", "code"))
_NAME_HEADS = frozenset(label_key(w) for w in ("产品/模块名称", "产品名称", "模块名称", "名称", "产品模块名称", "品名", "item", "product",
                                               "description", "name"))
_PRICE_HEADS_RE = re.compile(r"^(?:单价|价格|金额|报价|unitprice|price)")
_NOTE_HEADS = frozenset(label_key(w) for w in ("说明", "备注", "说明（报价单原文）", "remark", "remarks", "note", "notes"))
_QTY_RE = re.compile(r"\s*[×xX*]\s*\d+\s*$")
_HOLDS_RE = re.compile(r"[（(]\s*(?:含|包括|包含)?\s*([^（）()]*、[^（）()]*)[)）]|[：:]\s*(\S+、\S+)")
_NOT_DELIVERED_RE = re.compile(r"不提供|列入二期|未报价|暂不")
_GIFT_RE = re.compile(r"赠送|免费赠|附赠|gift|free of charge", re.I)
_OPTION_RE = re.compile(r"选配|另购|另计|可选|未含在|不含在|optional|add-?on", re.I)


def catalogue(sh: RawSheet) -> dict[str, tuple[str, str, str]] | None:
    """code -> (name, price as written, words) from a sheet of product codes; None for any other sheet."""
    for h, row in enumerate(sh.rows[:8]):
        keys = [label_key(_text(v)) for v in row]
        cc = next((c for c, k in enumerate(keys) if k in _CODE_HEADS), None)
        nc = next((c for c, k in enumerate(keys) if k in _NAME_HEADS or k.startswith(label_key("产品/模块名称"))), None)
        if cc is None or nc is None or cc == nc:
            continue
        pc = next((c for c, k in enumerate(keys) if _PRICE_HEADS_RE.match(k)), None)
        xc = next((c for c, k in enumerate(keys) if k in _NOTE_HEADS or k.startswith(label_key("说明"))), None)
        out: dict[str, tuple[str, str, str]] = {}
        for r in range(h + 1, len(sh.rows)):
            code = _text(sh.cell(r, cc)).strip()
            if re.fullmatch(r"[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+", code) and not blank(sh.cell(r, nc)):
                out[code] = (_text(sh.cell(r, nc)).strip(),
                             _text(sh.cell(r, pc)).strip() if pc is not None else "",
                             _text(sh.cell(r, xc)).strip() if xc is not None else "")
        return out if 3 <= len(out) <= 500 else None  # (a list of thousands is no quote's catalogue)
    return None


def _said(code: str, entry: tuple[str, str, str], optional: bool) -> str:
    name, price, words = entry
    amount = re.sub(r"\.0$", "", price) if re.fullmatch(r"\d+(?:\.\d+)?", price or "") else ""
    if _GIFT_RE.search(words) and (not amount or float(amount) == 0):
        return f"赠送{name}"
    if optional or _OPTION_RE.search(words):
        return f"{name}，另加{amount}元（{words}）" if amount and float(amount) else f"{name}（{words or '选配'}）"
    # a platform named with the modules it holds ('分期业务核心平台（含商品管理、分期计算器…）', '…（标准版）：商品管理、…'):
    # those modules; a service line ('部署实施及培训') names none
    if (m := _HOLDS_RE.search(name)) is not None:
        return m.group(1) or m.group(2)
    return name if parse.match_feature(name) is not None or _NOT_DELIVERED_RE.search(words) else ""


def applied(sheets: list[RawSheet]) -> list[tuple[str, int]]:
    """Each code in the other sheets' cells read as what the catalogue sheet says it is, in place; returns (sheet, cells
    rewritten) for each sheet changed, the catalogue sheet first with 0."""
    for cat in sheets:
        codes = catalogue(cat)
        if codes is None:
            continue
        pattern = re.compile("|".join(sorted(map(re.escape, codes), key=len, reverse=True)))
        done: list[tuple[str, int]] = [(cat.sheet, 0)]
        for sh in sheets:
            if sh is cat:
                continue
            changed = 0
            found = []  # (row, column, parts) of the cells made of codes alone
            for r, row in enumerate(sh.rows):
                for c, v in enumerate(row):
                    if v.__class__ is str and pattern.search(v):
                        parts = [p.strip() for p in re.split(r"[；;，,、\n]", v) if p.strip()]
                        if parts and all(_QTY_RE.sub("", p) in codes for p in parts):
                            found.append((r, c, parts))
            heads: dict[int, int] = {}  # column -> its header row: the filled row above its first cell of codes
            for r, c, _p in found:
                if c not in heads:
                    heads[c] = next((h for h in range(r - 1, -1, -1) if c < len(sh.rows[h]) and not blank(sh.rows[h][c])),
                                    None)
            for r, c, parts in found:
                head = _text(sh.rows[heads[c]][c]) if heads.get(c) is not None else ""
                optional = bool(re.search(r"选配|另购|可选|optional", head, re.I))
                sh.rows[r][c] = ("；" if optional else "、").join(
                    x for p in parts if (x := _said(_QTY_RE.sub("", p), codes[_QTY_RE.sub("", p)], optional))) or sh.rows[r][c]
                changed += 1
            heads = {c: h for c, h in heads.items() if h is not None
                     and not re.search(r"选配|另购|可选|optional", _text(sh.rows[h][c]), re.I)}
            for c, h in heads.items():  # a configuration column ('报价配置（产品编号×数量）'): the modules in the price
                t = match_label(_text(sh.rows[h][c])).target
                if t is None or t.code != "features":
                    sh.rows[h][c] = "报价包含模块"
            if changed:
                done.append((sh.sheet, changed))
        return done if len(done) > 1 else []
    return []
