"""An ERP's 询价比价单: a 【供应商报价汇总】 block (one row per vendor: its status and its terms in words) above a 【比价明细】 block
(one line per material × vendor: 物料名称 | 供应商名称 | 数量 | 含税单价 | 含税金额 | 行备注, with 小计 lines per material and a 合计),
and no total per vendor anywhere. Read as the summary's table with each vendor's price summed from its own lines (quantity
above 0), a line of quantity 0 marked 选配 as an option at its unit price, a yearly line (年度维保 / 每年) as the fee after the
warranty; the detail lines, their 小计 and the 合计 are no quotes."""
from __future__ import annotations

import re

from .ingest import RawSheet, _text, blank
from .lineitems import _number
from .mapping import match_label

_SUMMARY_RE = re.compile(r"^\s*[【\[].{0,12}(?:汇总|总览|summary).{0,6}[】\]]\s*$", re.I)
_DETAIL_RE = re.compile(r"^\s*[【\[].{0,12}(?:明细|detail).{0,6}[】\]]\s*$", re.I)
_YEARLY_RE = re.compile(r"年度维保|维保期满|每年|年费|/年")
_OPTION_RE = re.compile(r"选配|另购|可选")


def _col(head: list[str], *words: str) -> int | None:
    return next((c for w in words for c, t in enumerate(head) if w in t), None)


def read_erp_detail(sh: RawSheet) -> list[RawSheet] | None:
    rows = sh.rows
    if len(rows) > 2000:
        return None
    first = [(r, _text(row[0])) for r, row in enumerate(rows) if row and not blank(row[0])]
    s_at = next((r for r, t in first if _SUMMARY_RE.match(t)), None)
    d_at = next((r for r, t in first if _DETAIL_RE.match(t)), None)
    if s_at is None or d_at is None or d_at < s_at + 3 or d_at + 2 >= len(rows):
        return None
    s_head = [_text(v) for v in rows[s_at + 1]]
    d_head = [_text(v) for v in rows[d_at + 1]]
    s_vendor = next((c for c, t in enumerate(s_head) if (m := match_label(t).target) is not None and m.code == "vendor"), None)
    d_vendor, qty = _col(d_head, "供应商名称", "供应商"), _col(d_head, "数量")
    amount, unit = _col(d_head, "含税金额"), _col(d_head, "含税单价")
    item, remark = _col(d_head, "物料名称", "品名", "项目"), _col(d_head, "行备注", "备注")
    if None in (s_vendor, d_vendor, qty, amount, unit, item):
        return None
    lines: dict[str, dict] = {}
    for row in rows[d_at + 2:]:
        if d_vendor >= len(row) or blank(row[d_vendor]):
            continue  # a 小计 or the 合计: no vendor's line
        name = _text(row[d_vendor]).strip()
        q, amt, each = _number(row[qty]), _number(row[amount]), _number(row[unit])
        what = _text(row[item]).strip()
        note = _text(row[remark]).strip() if remark is not None and remark < len(row) else ""
        got = lines.setdefault(name, {"sum": 0.0, "parts": [], "options": [], "fee": None})
        if _YEARLY_RE.search(what) or (q == 0 and _YEARLY_RE.search(note)):
            if each:
                got["fee"] = each
        elif q and amt:
            got["sum"] += amt
            got["parts"].append(f"{what} {amt:g}元")
        elif q == 0 and each and _OPTION_RE.search(note):
            got["options"].append(f"{what}（选配，另加{each:g}元，含税）")
    out = [list(r) for r in rows]
    width = max(len(r) for r in out[s_at:d_at])
    extra = ["报价（含税，按比价明细合计）", "选配模块（比价明细）", "维保期满年费（含税，比价明细）"]
    out[s_at + 1] = out[s_at + 1] + [None] * (width - len(out[s_at + 1])) + extra
    for r in range(s_at + 2, d_at):
        if not out[r] or s_vendor >= len(out[r]) or blank(out[r][s_vendor]):
            continue
        got = lines.get(_text(out[r][s_vendor]).strip())
        out[r] = out[r] + [None] * (width - len(out[r]))
        if got is None or not got["parts"]:
            out[r] += [None, None, None]
            continue
        out[r] += [f"{got['sum']:g}元（" + " + ".join(got["parts"]) + "）", "；".join(got["options"]) or None,
                   f"{got['fee']:g}元/年" if got["fee"] else None]
    for r in range(d_at, len(out)):
        out[r] = [None] * len(out[r])  # the detail lines: read through their vendors' rows above
    return [RawSheet(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, sh.merges)]
