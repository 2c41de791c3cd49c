"""Linked records (关联记录): a cell of one table naming rows of another table of the same file.

A 飞书多维表格 or 钉钉 AI 表格 exported to Excel writes a linked-record field as the linked rows' names joined by commas
('画山·商品管理,画山·分期计算器'), and the linked table as a sheet of its own (明细名称 | 所属报价 | 模块名称 | 配置方式 |
选配价格（元） | 计税方式 | 供应商说明). A name is only a pointer: what the quote says of each item is on its row — in the
price (标配), an option at its price (选配), or not in this delivery (二期). So a cell every item of which names a row of
such a sheet is read as those rows' words, a line each (the cell keeps its address), and the linked sheet is said to
have been used, not reported as a sheet without a vendor column. Who created a row and when is the tool's, never the
vendor's words; the column linking back to the quote ('所属报价') says nothing of the item.
"""
from __future__ import annotations

import re

from .errors import QuoteError
from .ingest import ReadResult, RecordCell, Skipped, _text, blank
from .mapping import label_key

_SPLIT_RE = re.compile(r"\s*[,，、;；\n]\s*")
# the table tool's own columns, and the link back to the quote: no word of the item
_TOOL_HEAD_RE = re.compile(r"创建人|创建时间|更新人|更新时间|修改人|修改时间|最后更新|负责人|所属|关联|记录id|recordid|created|"
                           r"modified|updated|owner|linked", re.I)
_NAME_HEAD_RE = re.compile(r"模块名称|功能名称|产品名称|项目名称|名称|module|item|name", re.I)
_MONEY_HEAD_RE = re.compile(r"价|费|金额|amount|price|cost", re.I)
_SCAN_ROWS = 5
_MAX_ROWS = 5000


def _table(sh) -> tuple[int, dict[str, int]] | None:
    """(header row, {row name: row}) of a sheet whose first column names each row once; None otherwise."""
    if len(sh.rows) > _MAX_ROWS:
        return None
    for h, row in enumerate(sh.rows[:_SCAN_ROWS]):
        if sum(not blank(v) for v in row) < 3 or blank(row[0]):
            continue
        names: dict[str, int] = {}
        for r in range(h + 1, len(sh.rows)):
            name = _text(sh.cell(r, 0)).strip()
            if not name:
                continue
            if name in names:
                return None
            names[name] = r
        return (h, names) if len(names) >= 2 else None
    return None


def _words(sh, h: int, r: int) -> str:
    """The linked row as one line: its item's name, then what its other cells say ('订单跟踪：二期（本期不交付）；…')."""
    head = [_text(v).strip() for v in sh.rows[h]]
    cols = [c for c in range(1, len(head)) if head[c] and not _TOOL_HEAD_RE.search(label_key(head[c]))]
    name_col = next((c for c in cols if _NAME_HEAD_RE.search(head[c])), None)
    name = _text(sh.cell(r, name_col)).strip() if name_col is not None else ""
    said = []
    for c in cols:
        v = sh.cell(r, c)
        if c == name_col or blank(v):
            continue
        s = _text(v).strip()
        if isinstance(v, (int, float)) and _MONEY_HEAD_RE.search(head[c]):
            s = f"{s}{'万元' if '万' in head[c] else '元'}"  # '选配价格（元）' | 18000: an amount, in the header's unit
        said.append(s)
    return f"{name or _text(sh.cell(r, 0)).strip()}：{'；'.join(said)}" if said else (name or _text(sh.cell(r, 0)).strip())


def resolve_links(res: ReadResult, errors: list[QuoteError]) -> list[QuoteError]:
    """Read each linked-record cell of `res` as the rows it names on a sheet of the same file that gave no records;
    the errors left to report."""
    used = {(rec.file, rec.sheet) for rec in res.records}
    tables = [(sh, t) for sh in res.sheets if (sh.file, sh.sheet) not in used and (t := _table(sh)) is not None]
    if not tables or not res.records:
        return errors
    linked: set[tuple[str, str]] = set()
    for rec in res.records:
        for i, (label, value, address) in enumerate(rec.cells):
            if not isinstance(value, str) or not _SPLIT_RE.search(value.strip()):
                continue
            items = [x for x in _SPLIT_RE.split(value.strip()) if x]
            for sh, (h, names) in tables:
                if sh.file != rec.file or not all(x in names for x in items):
                    continue
                rec.cells[i] = RecordCell(label, "\n".join(_words(sh, h, names[x]) for x in items), address)
                linked.add((sh.file, sh.sheet))
                break
    for file, sheet in sorted(linked):
        res.notes.append(Skipped(file, sheet, "", "note.linked_table"))
    done = {sheet for _file, sheet in linked}
    return [e for e in errors if e.params.get("sheet") not in done]
