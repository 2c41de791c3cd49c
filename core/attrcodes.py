"""An export of one row per (vendor, attribute code), the codes explained in a table under it.

A purchasing system that lets vendors fill in "extended attributes" exports its inquiry one row per vendor and attribute:
行号 | 供应商名称 | 属性编码 | 属性值 | 行备注 …, the values often bare numbers ('12', '2', '26000.00') whose meaning and unit only
the code table printed below the data gives (属性编码 | 属性名称 | 单位 | 填写说明: 'B05 | 操作日志保存期 | 月 | 填数字'). Laid out
again as the long table it is (供应商 | 项目 | 内容, read by core.ingest's long reader):

- each code replaced by its name (the cell keeps its address); a code the table does not name stays as written;
- a bare number given the code's unit ('12' under 月 is 12个月, '2' under 小时 is 2小时, '26000.00' under 元/年 is
  26000.00元/年); a value with words of its own keeps them ('25.8万（含税）' under 元 stays 25.8万);
- a row of a code the table marks as the buyer's own (采购员备注, '内部使用，供应商不可见') is listed, never read as a
  vendor's statement;
- the code table and the lines around it are listed.
"""
from __future__ import annotations

import re

from . import schema
from .ingest import RawSheet, _text, blank
from .mapping import label_key, match_label

_CODE_HEADS = frozenset(label_key(w) for w in ("属性编码", "扩展属性编码", "字段编码", "指标编码", "项目编码", "编码", "代码",
                                               "attribute code", "attributecode", "field code", "code"))
_NAME_HEADS = frozenset(label_key(w) for w in ("属性名称", "扩展属性名称", "字段名称", "指标名称", "项目名称", "名称", "含义",
                                               "attribute name", "attributename", "field name", "name", "meaning"))
_NOTE_HEADS = frozenset(label_key(w) for w in ("填写说明", "说明", "备注", "填报说明", "description", "note", "notes"))
_VALUE_HEADS = frozenset(label_key(w) for w in ("属性值", "扩展属性值", "字段值", "填报值", "值", "取值", "内容", "value",
                                                "attribute value", "attributevalue"))
_CODE_RE = re.compile(r"^[A-Za-z]{1,3}[-_]?\d{1,4}$")
_BARE_NUMBER_RE = re.compile(r"^\s*[-+]?\d[\d,]*(?:\.\d+)?\s*$")
_BUYERS_RE = re.compile("内部使用|仅内部|供应商不可见|不对供应商|采购员|采购方|我方|internal", re.I)
_UNIT_WORDS = {"月": "个月", "个月": "个月", "年": "年", "小时": "小时", "h": "小时", "天": "天", "元": "元", "万元": "万元",
               "元/年": "元/年", "万元/年": "万元/年", "%": "%"}


def _code_table(rows: list[list]) -> tuple[int, dict[str, tuple[str, str, str]]] | None:
    """(the code table's header row, code -> (name, unit, note)) from the last rows of a sheet; None without one."""
    unit_heads = {label_key(w) for w in schema.LONG_UNIT_LABELS}
    for k in range(len(rows) - 1, 0, -1):
        keys = [label_key(_text(v)) for v in rows[k]]
        cc = next((c for c, s in enumerate(keys) if s in _CODE_HEADS), None)
        nc = next((c for c, s in enumerate(keys) if s in _NAME_HEADS and c != cc), None)
        if cc is None or nc is None:
            continue
        uc = next((c for c, s in enumerate(keys) if s in unit_heads), None)
        xc = next((c for c, s in enumerate(keys) if s in _NOTE_HEADS), None)
        table: dict[str, tuple[str, str, str]] = {}
        for row in rows[k + 1:]:
            code = _text(row[cc]).strip() if cc < len(row) else ""
            if not _CODE_RE.match(code):
                if table:
                    break
                continue
            name = _text(row[nc]).strip() if nc < len(row) else ""
            if name:
                table[code] = (name, _text(row[uc]).strip() if uc is not None and uc < len(row) else "",
                               _text(row[xc]).strip() if xc is not None and xc < len(row) else "")
        return (k, table) if len(table) >= 5 else None
    return None


def laid_out(sh: RawSheet) -> tuple[list[list], list[tuple[int, int, str, str]], dict[str, str]] | None:
    """(rows of the data above the code table, each code named and its bare numbers given their unit; the rows listed
    (row, column, reason, text); code -> name), or None when the sheet has no coded long table."""
    rows = sh.rows
    if len(rows) > 20_000 or len(rows) < 8:
        return None
    found = _code_table(rows)
    if found is None:
        return None
    k, table = found
    # the data's code column: the one holding the most of the table's codes; its header, the row over the first
    width = max(len(row) for row in rows[:k])
    counts = [sum(1 for row in rows[:k] if c < len(row) and _text(row[c]).strip() in table) for c in range(width)]
    cc = max(range(width), key=counts.__getitem__)
    if counts[cc] < 5:
        return None
    first = next(r for r in range(k) if cc < len(rows[r]) and _text(rows[r][cc]).strip() in table)
    h = first - 1
    if h < 0 or blank(rows[h][cc] if cc < len(rows[h]) else None):
        return None
    head = [label_key(_text(v)) for v in rows[h]]
    vc = next((c for c, s in enumerate(head) if s in _VALUE_HEADS), cc + 1)
    if not any((t := match_label(_text(v)).target) is not None and t.code == "vendor" for v in rows[h]):
        return None
    out = [list(row) for row in rows[:k]]
    out[h][cc] = "项目"
    if label_key(_text(out[h][vc])) not in {label_key(w) for w in schema.LONG_VALUE_LABELS}:
        out[h][vc] = "内容"
    kept: list[tuple[int, int, str, str]] = []
    for r in range(h + 1, k):
        row = out[r]
        code = _text(row[cc]).strip() if cc < len(row) else ""
        if code not in table:
            continue
        name, unit, note = table[code]
        if _BUYERS_RE.search(name) or _BUYERS_RE.search(note):  # '采购员备注 — 内部使用，供应商不可见': the buyer's own
            kept.append((r, vc, "skip.buyer_note", f"{name}: " + " | ".join(_text(v) for v in row if not blank(v))))
            out[r] = [None] * len(row)
            continue
        row[cc] = name
        if vc < len(row) and not blank(row[vc]) and _BARE_NUMBER_RE.match(_text(row[vc])) and unit in _UNIT_WORDS:
            row[vc] = f"{_text(row[vc]).strip()}{_UNIT_WORDS[unit]}"
    for r in range(k, len(rows)):
        if any(not blank(v) for v in rows[r]):
            kept.append((r, 0, "skip.note_row", " | ".join(_text(v) for v in rows[r] if not blank(v))))
    return out, kept, {c: v[0] for c, v in table.items()}
