"""A form tool's export with a sub-form: one record over several rows.

简道云, 金数据 and 明道云 export a form whose answer holds a sub-form (报价明细: 项目 | 类型 | 金额 | 说明) as one row per
sub-form line, the sub-form's columns headed "报价明细.项目", "报价明细.类型"…, and every main field written once, in a
cell merged down over the record's lines (read here filled down, or left blank in a CSV). Read row by row, each line
would be a quote of its own with one price item; read by record, the lines are the quote's price lines:

* 标配 / 含 / standard lines are price items, summed like any items (a 合计 elsewhere is checked against them);
* 选配 / optional lines are options at their price (added when a must-have needs them);
* 赠送 / free lines are modules given away, never a price.

Each line keeps its own cell: the amount's address, its words (项目, 说明) beside the amount.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .ingest import Record, RecordCell, RawSheet, _text, blank
from .mapping import label_key

_DOTTED_RE = re.compile(r"^\s*([^.．\s]{1,20})[.．](\S.{0,30})$")
_ITEM_KEYS = frozenset(("项目", "名称", "项目名称", "明细", "内容", "模块", "item", "name", "module"))
_TYPE_KEYS = frozenset(("类型", "类别", "性质", "type", "kind"))
_AMOUNT_KEYS = ("金额", "价格", "报价", "amount", "price")
_NOTE_KEYS = frozenset(("说明", "备注", "描述", "note", "notes", "remark", "remarks", "description"))
_OPTION_RE = re.compile(r"选配|可选|加购|另购|optional|add-?on", re.I)
_GIFT_RE = re.compile(r"赠送|附赠|免费赠|gift|complimentary|free", re.I)
_SCAN_ROWS = 8


def _subform_columns(head: list[str]) -> dict[str, int] | None:
    """{'item', 'type', 'amount', 'note'} -> column, for the sub-form the header's dotted labels name; None if none."""
    groups: dict[str, dict[str, int]] = {}
    for c, s in enumerate(head):
        m = _DOTTED_RE.match(s)
        if m is None:
            continue
        part = label_key(re.sub(r"[(（][^)）]*[)）]", "", m.group(2)))
        role = ("item" if part in _ITEM_KEYS else "type" if part in _TYPE_KEYS else
                "amount" if part.startswith(_AMOUNT_KEYS) else "note" if part in _NOTE_KEYS else None)
        if role is not None:
            groups.setdefault(m.group(1), {}).setdefault(role, c)
    found = next((g for g in groups.values() if "item" in g and "amount" in g), None)
    return found


def read_subform(sh: RawSheet) -> tuple[list[Record], list] | None:
    """The sheet's records, one per form answer, its sub-form lines as price lines; None for any other sheet."""
    rows = sh.rows
    h = next((r for r, row in enumerate(rows[:_SCAN_ROWS])
              if sum(1 for v in row if v.__class__ is str and _DOTTED_RE.match(v)) >= 2), None)
    if h is None:
        return None
    head = [_text(v) for v in rows[h]]
    sub = _subform_columns(head)
    if sub is None:
        return None
    from .mapping import match_label

    vendor_c = next((c for c, s in enumerate(head) if c not in sub.values() and s
                     and (t := match_label(s).target) is not None and t.code == "vendor"), None)
    if vendor_c is None:
        return None
    main = [c for c, s in enumerate(head) if s and c not in sub.values()]
    amount_head = head[sub["amount"]]
    unit = "万元" if "万" in amount_head else "元" if "元" in amount_head or "cny" in amount_head.lower() else ""
    records: list[Record] = []
    current: dict[int, Any] | None = None
    for r in range(h + 1, len(rows)):
        row = rows[r]
        if all(blank(v) for v in row):
            current = None
            continue
        values = {c: row[c] for c in main if c < len(row) and not blank(row[c])}
        starts = current is None or any(current.get(c) not in (None, v) for c, v in values.items())
        if starts:
            if blank(row[vendor_c] if vendor_c < len(row) else None):
                current = None
                continue  # a line before any record, or a note under the table
            current = values
            cells = [RecordCell(head[c], row[c], sh.address(r, c)) for c in main if c in values]
            records.append(Record(sh.file, sh.sheet, f"{r + 1}", cells))
            n = 0
        _line(sh, r, sub, unit, records[-1], n := n + 1)
    return (records, []) if records else None


def _line(sh: RawSheet, r: int, sub: dict[str, int], unit: str, rec: Record, n: int) -> None:
    """One sub-form line as the quote's price item, option or gift, at its amount's cell."""
    item = _text(sh.cell(r, sub["item"])).strip()
    kind = _text(sh.cell(r, sub["type"])).strip() if "type" in sub else ""
    note = _text(sh.cell(r, sub["note"])).strip() if "note" in sub else ""
    amount = sh.cell(r, sub["amount"])
    if not item and blank(amount):
        return
    figure = _text(amount).strip()
    money = f"{figure}{unit}" if figure and unit and re.fullmatch(r"[\d,.]+", figure) else figure
    said = f"（{note}）" if note else ""
    where = sh.address(r, sub["amount"])
    if _GIFT_RE.search(kind) or (_GIFT_RE.search(note) and not _OPTION_RE.search(kind)):
        label = "报价明细（赠送）"
        rec.cells.append(RecordCell(label, f"赠送{item}{said}", where))
        rec.fixed[label] = "notes"
    elif _OPTION_RE.search(kind):
        label = "报价明细（选配）"
        rec.cells.append(RecordCell(label, f"{item} {money}{said}", where))
        rec.fixed[label] = "features"
    else:
        label = f"{item or '报价明细'}（明细{n}）"
        rec.cells.append(RecordCell(label, f"{item} {money}{said}".strip(), where))  # '系统（免费开源版） 0元（商业授权另议）'
        rec.fixed[label] = "price:item"


# ------------------------------------------------------------------------------------------------
# A sub-form flattened into numbered column groups (钉钉宜搭 / 明道云: 明细1-模块名称 | 明细1-金额 | 明细1-计入总额 | 明细2-…)
# ------------------------------------------------------------------------------------------------
_SLOT_RE = re.compile(r"^\s*(\D{1,12}?)\s*(\d{1,2})\s*[-_－—.．]\s*(\S.{0,24})$")
_SLOT_NAME_KEYS = ("模块名称", "项目名称", "名称", "模块", "项目", "内容", "name", "item", "module")
_SLOT_AMOUNT_KEYS = ("金额", "价格", "报价", "费用", "amount", "price")
_SLOT_IN_KEYS = ("计入总额", "计入总价", "计入报价", "是否计入", "是否包含", "含在总价", "included", "inprice", "intotal")
_NO_RE = re.compile(r"^\s*(?:否|不|no|n|false|0|×|✗)\s*$", re.I)
_BRACKET_LIST_RE = re.compile(r"^([^（(]{0,16})[（(](.+)[)）]\s*$")


def _slot_role(rest: str) -> str | None:
    k = label_key(re.sub(r"[（(][^)）]*[)）]", "", rest))
    if any(k.startswith(label_key(x)) for x in _SLOT_IN_KEYS):
        return "in"
    if any(k.startswith(label_key(x)) for x in _SLOT_AMOUNT_KEYS):
        return "amount"
    if any(k.startswith(label_key(x)) for x in _SLOT_NAME_KEYS):
        return "name"
    return None


@lru_cache(maxsize=4096)
def _slot_of(label: str) -> tuple[str, str, str] | None:
    """('明细', '1', 'amount') for '明细1-金额（元）'; None for any other label (each distinct label looked at once)."""
    if not any(ch.isdigit() for ch in label):
        return None
    m = _SLOT_RE.match(label)
    if m is None or (role := _slot_role(m.group(3))) is None:
        return None
    return m.group(1), m.group(2), role


def unflatten(res, start: int) -> None:
    """Records from `start` whose sub-form was flattened into numbered column groups get one module list in place of
    the groups' lines: a line counted in the total names its modules (a bracket's list when the line is a bundle:
    '基础平台（用户管理、风控审批、还款管理）'), a line not counted ('计入总额: 否') is an option at its amount, a line at 0
    marked 赠送 a module given away. The group's own cells stay as they are (kept, not scored)."""
    from .parse import match_feature

    looked: dict[tuple[str, str], bool] = {}  # a sheet's first record tells whether its labels hold numbered groups
    for rec in res.records[start:]:
        key = (rec.file, rec.sheet)
        if key not in looked:
            looked[key] = any(label.__class__ is str and _slot_of(label) for label, *_rest in rec.cells)
        if not looked[key]:
            continue
        slots: dict[tuple[str, str], dict[str, tuple]] = {}
        for label, value, address in rec.cells:
            slot = _slot_of(label) if label.__class__ is str else None
            if slot is None:
                continue
            slots.setdefault(slot[:2], {})[slot[2]] = (value, address)
        lines = [s for s in slots.values() if "name" in s and "amount" in s and not blank(s["name"][0])]
        if len(lines) < 2:
            continue
        tokens = []
        for s in lines:
            name = _text(s["name"][0]).strip()
            amount = s["amount"][0]
            out = "in" in s and _NO_RE.match(_text(s["in"][0]))
            if out:
                plain = re.sub(r"[（(][^)）]*[)）]", "", name).strip() or name
                tokens.append(f"{plain}（选配，+{_text(amount)}元）" if not blank(amount) else f"{plain}（选配）")
                continue
            bundle = _BRACKET_LIST_RE.match(name)
            if bundle and match_feature(bundle.group(1).strip()) is None and not _GIFT_RE.search(bundle.group(2)):
                tokens += [t for t in re.split(r"[、，,/；;]", bundle.group(2)) if t.strip()]
            elif _GIFT_RE.search(name):
                tokens.append(f"赠送{re.sub(r'[（(][^)）]*[)）]', '', name).strip()}")
            else:
                tokens.append(name)
        label = "报价明细（模块）"
        rec.cells = list(rec.cells) + [RecordCell(label, "、".join(tokens), lines[0]["name"][1])]
        rec.fixed = dict(rec.fixed or {})
        rec.fixed[label] = "features"
