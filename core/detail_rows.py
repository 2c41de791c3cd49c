"""A vendor's summary row with its details on the rows under it (an Excel outline: 数据 → 组合, often collapsed).

序号 | 供应商 | 报价 | 计税 | 明细项 | 供应商原文 | 风控部意见: each vendor's row gives its summary (报价 21.6w, 计税 含税); the rows
under it, the vendor cell blank, give one item each — the item's name in the 明细项 column, the vendor's words in the
原文 column (功能模块 | 商品管理、…; 等保三级 | 三级测评中…). Laid out as the long table it is (供应商 | 项目 | 内容, read by
core.ingest's long reader), every cell at its own address:

- the summary row's cells under their headers, the detail rows under their item names;
- a column the buyer keeps for her own view ('风控部意见', '初评') is listed on each row, never a vendor's word;
- the lines above the header and under the table are listed.
"""
from __future__ import annotations

import re

from . import schema
from .ingest import RawSheet, _text, blank, is_opinion_head
from .mapping import label_key, match_label

_ITEM_HEADS = frozenset(label_key(w) for w in ("明细项", "明细", "明细项目", "明细条目", "子项", "细项", "条目", "项目", "指标",
                                               "detail", "detail item", "item", *schema.LONG_CRITERION_LABELS))
_WORDS_HEADS = frozenset(label_key(w) for w in (*schema.LONG_VALUE_LABELS, *schema.LONG_VERBATIM_LABELS, "明细内容", "内容摘录",
                                                "原文摘录", "供应商原文"))
_SCAN = 12
_BRACKETS_RE = re.compile(r"[（(][^）)]*[)）]")


def _buyers(head: str) -> bool:
    from .ingest import _buyer_side_keys

    return is_opinion_head(head) or label_key(head).startswith(_buyer_side_keys()) or label_key(head).endswith(
        tuple(label_key(w) for w in ("意见", "点评", "评价", "初评", "备注（内部）")))


def laid_out(sh: RawSheet) -> tuple[list[list], dict, list[tuple[int, int, str, str]]] | None:
    """(rows of a long table 供应商 | 项目 | 内容, moved addresses, rows listed) for a sheet of vendor rows each with its
    detail rows under it; None for any other sheet."""
    rows = sh.rows
    if len(rows) > 5000:
        return None
    for h in range(min(_SCAN, len(rows))):
        heads = [_text(v).strip() for v in rows[h]]
        keys = [label_key(_BRACKETS_RE.sub("", s)) for s in heads]  # '供应商原文（摘自报价单/答疑函）': 供应商原文
        vc = next((c for c, s in enumerate(heads) if s and (t := match_label(s).target) is not None and t.code == "vendor"),
                  None)
        ic = next((c for c, k in enumerate(keys) if c != vc and k in _ITEM_HEADS), None)
        wc = next((c for c, k in enumerate(keys) if c not in (vc, ic) and k in _WORDS_HEADS), None)
        if vc is not None and ic is not None and wc is not None:
            break
    else:
        return None
    # vendor rows, each followed by detail rows (vendor blank, an item and its words)
    owners: list[int] = []
    details = 0
    for r in range(h + 1, len(rows)):
        if not blank(sh.cell(r, vc)):
            owners.append(r)
        elif owners and not blank(sh.cell(r, ic)) and not blank(sh.cell(r, wc)):
            details += 1
    if len(owners) < 2 or details < 3 * len(owners):
        return None
    # the vendor's row is its summary, no item of its own (a pivot writing the vendor on its first item's row is a long
    # table already)
    def heads_details(r: int) -> bool:  # no item of its own, and the next row filled is one of its details
        if not (blank(sh.cell(r, ic)) and blank(sh.cell(r, wc))):
            return False
        n = next((x for x in range(r + 1, len(rows)) if any(not blank(v) for v in rows[x])), None)
        return n is not None and blank(sh.cell(n, vc)) and not blank(sh.cell(n, ic))

    summaries = sum(1 for r in owners if heads_details(r))
    if summaries < 2 or summaries * 2 <= len(owners):
        return None
    buyer_cols = {c for c, s in enumerate(heads) if s and c not in (vc, ic, wc) and _buyers(s)}
    index_keys = {label_key(w) for w in ("序号", "编号", "行号", "no", "#", "index")}
    summary_cols = [c for c, s in enumerate(heads) if s and c not in (vc, ic, wc) and c not in buyer_cols
                    and label_key(s) not in index_keys]
    out: list[list] = [[heads[vc], "项目", "内容"]]
    moved: dict = {(0, 0): (h, vc), (0, 1): (h, ic), (0, 2): (h, wc)}
    kept: list[tuple[int, int, str, str]] = []
    for r in range(h):
        if any(not blank(v) for v in rows[r]):
            kept.append((r, 0, "skip.note_row", " | ".join(_text(v) for v in rows[r] if not blank(v))))
    vendor, at = None, None
    for r in range(h + 1, len(rows)):
        row = rows[r]
        if all(blank(v) for v in row):
            continue
        if not blank(sh.cell(r, vc)):
            vendor, at = sh.cell(r, vc), (r, vc)
            for c in summary_cols:
                if not blank(sh.cell(r, c)):
                    k = len(out)
                    out.append([vendor, heads[c], sh.cell(r, c)])
                    moved.update({(k, 0): at, (k, 1): (h, c), (k, 2): (r, c)})
            if not blank(sh.cell(r, ic)) and not blank(sh.cell(r, wc)):
                k = len(out)
                out.append([vendor, sh.cell(r, ic), sh.cell(r, wc)])
                moved.update({(k, 0): at, (k, 1): (r, ic), (k, 2): (r, wc)})
        elif vendor is not None and not blank(sh.cell(r, ic)):
            k = len(out)
            out.append([vendor, sh.cell(r, ic), sh.cell(r, wc)])
            moved.update({(k, 0): at, (k, 1): (r, ic), (k, 2): (r, wc)})
        else:
            kept.append((r, 0, "skip.note_row", " | ".join(_text(v) for v in row if not blank(v))))
            continue
        for c in sorted(buyer_cols):
            if not blank(sh.cell(r, c)):
                kept.append((r, c, "skip.notes_column", f"{heads[c]}: {_text(sh.cell(r, c))}"))
    return out, moved, kept
