"""An Excel pivot table in compact form, pasted as values ('求和项:报价金额（元）' over '行标签 | 一次性费用 | 选配模块 | 维保期满年费 |
总计', each vendor's row followed by its tax row ('含税' / '不含税') and its cost items, told apart only by an indent the paste
lost): read as one row per vendor — the one-off sum as its price, the tax row as its tax, each item under the options
column as an option at its amount, the yearly column as the fee after the warranty; the grand-total column and the
children rows left out. A vendor whose rows are all '(空白)' quoted nothing here."""
from __future__ import annotations

import re

from .ingest import RawSheet, _text, blank

_ROW_LABELS_RE = re.compile(r"^\s*(?:行标签|row labels)\s*$", re.I)
_SUM_OF_RE = re.compile(r"求和项|计数项|平均值项|sum of|count of", re.I)
_TAX_ROW_RE = re.compile(r"^\s*(?:含税|不含税|未税|税前|incl\.? vat|excl\.? vat)\s*$", re.I)
_EMPTY_RE = re.compile(r"^\s*[(（]\s*(?:空白|blank)\s*[)）]\s*$", re.I)
_TOTAL_RE = re.compile(r"^\s*(?:总计|合计|grand total|total)\s*$", re.I)
_ONE_OFF_RE = re.compile(r"一次性|报价|买断|price|one-?off", re.I)
_OPTION_RE = re.compile(r"选配|可选|另购|option", re.I)
_YEARLY_RE = re.compile(r"年费|每年|维保|annual|per year", re.I)


def read_pivot(sh: RawSheet) -> list[RawSheet] | None:
    rows = sh.rows
    if len(rows) > 2000:
        return None
    h = next((r for r in range(min(15, len(rows))) if rows[r] and _ROW_LABELS_RE.match(_text(rows[r][0]))
              and any(v.__class__ is str and _SUM_OF_RE.search(v) for row in rows[max(0, r - 2):r] for v in row)), None)
    if h is None:
        return None
    head = [_text(v) for v in rows[h]]
    one_off = next((c for c, t in enumerate(head) if c and _ONE_OFF_RE.search(t)), None)
    option = next((c for c, t in enumerate(head) if c and _OPTION_RE.search(t)), None)
    yearly = next((c for c, t in enumerate(head) if c and _YEARLY_RE.search(t) and c != option), None)
    if one_off is None:
        return None
    width = max(len(r) for r in rows)
    tax_col = width  # a column of its own after the table, on the vendor's row
    out = [list(r) + [None] * (width + 1 - len(r)) for r in rows]
    for c, t in enumerate(head):
        if _TOTAL_RE.match(t):  # the grand total adds the fee and the options bought or not: no figure of the quote
            for row in out[h:]:
                row[c] = None
    out[h][0], out[h][one_off], out[h][tax_col] = "供应商", "报价（" + head[one_off] + "）", "计税"
    if option is not None:  # (its own caption: the answers sheet beside it may list the options in words)
        out[h][option] = head[option] + "（金额）"
    vendor = None
    items: list[str] = []
    for r in range(h + 1, len(rows)):
        label = _text(rows[r][0]).strip() if rows[r] else ""
        if not label:
            continue
        kids = r + 1 < len(rows) and rows[r + 1] and (_TAX_ROW_RE.match(_text(rows[r + 1][0])) or
                                                      _EMPTY_RE.match(_text(rows[r + 1][0])))
        if kids and not _TAX_ROW_RE.match(label) and not _EMPTY_RE.match(label):
            if vendor is not None and option is not None:
                out[vendor][option] = "；".join(items) or None
            vendor, items = r, []
            continue
        if vendor is None:
            continue
        if _TAX_ROW_RE.match(label):
            out[vendor][tax_col] = label
        elif option is not None and option < len(rows[r]) and not blank(rows[r][option]):
            items.append(f"{label} {_text(rows[r][option])}元" + ("（不含税）" if out[vendor][tax_col] in ("不含税", "未税") else ""))
        out[r] = [None] * len(out[r])  # a child row: read through its vendor's row
    if vendor is not None and option is not None:
        out[vendor][option] = "；".join(items) or None
    return [RawSheet(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, sh.merges)]
