"""An online sheet exported with its cell-edit log (金山文档 / 腾讯文档 / 飞书: '单元格修改记录', one row per edit: 修改时间 |
修改人 | 成员类型 | 单元格 | 列名 | 修改前 | 修改后): the vendors filled in their own rows, and the buyer's staff changed some
cells afterwards. A cell's text is the vendor's word only as the vendor last wrote it: where a member of the buyer's
side changed it later, the vendor's own last entry is read, and the staff's text is listed as not read (it is theirs,
whatever a phone call told them). The log itself is no quote.

``applied(sheets)`` finds such a log, puts the vendors' own last entries back into the sheet it names, and returns
(the log sheet's name, [(sheet, address, the staff's text, who changed it, the vendor's text read)]) — or None when
no sheet is such a log, or the log cannot tell the vendors' edits from the staff's."""
from __future__ import annotations

import re

from .guards import _col_number
from .ingest import RawSheet, _text, blank
from .mapping import label_key

_EDITOR = frozenset(("修改人", "编辑人", "操作人", "修改者", "编辑者", "editor", "editedby", "modifiedby", "changedby", "user"))
_KIND = frozenset(("成员类型", "身份", "人员类型", "协作者类型", "角色", "membertype", "role", "usertype"))
_CELL = frozenset(("单元格", "单元格位置", "位置", "cell", "celladdress", "range"))
_BEFORE = frozenset(("修改前", "原内容", "修改前内容", "旧值", "before", "oldvalue", "previousvalue", "from"))
_AFTER = frozenset(("修改后", "新内容", "修改后内容", "新值", "after", "newvalue", "to"))
_SHEET = frozenset(("工作表", "sheet", "工作表名称"))
_TIME = frozenset(("修改时间", "编辑时间", "操作时间", "时间", "time", "editedat", "modifiedat", "timestamp"))

_ADDRESS_RE = re.compile(r"\s*([A-Za-z]{1,3})\s*(\d{1,6})\s*")
_EMPTY_RE = re.compile(r"\s*[（(]?\s*(?:空|空白|无内容|empty|blank)\s*[）)]?\s*", re.I)
# the buyer's side: '内部成员（采购部）', '本企业成员', 'internal'; a vendor's: '外部协作者（湟中群加数科有限公司）'
_INSIDE_RE = re.compile(r"内部|本企业|本公司|我方|采购部|internal|staff|employee", re.I)
_OUTSIDE_RE = re.compile(r"外部|协作者|供应商|external|guest|vendor|supplier", re.I)
_NAMED_SHEET_RE = re.compile(r"工作表\s*[:：]\s*(\S+)")


def _column(keys: list[str], names: frozenset) -> int | None:
    return next((c for c, k in enumerate(keys) if k in names), None)


def _log_header(sh: RawSheet) -> tuple[int, dict[str, int | None]] | None:
    for r, row in enumerate(sh.rows[:6]):
        keys = [label_key(_text(v)) for v in row]
        cols = {"editor": _column(keys, _EDITOR), "kind": _column(keys, _KIND), "cell": _column(keys, _CELL),
                "before": _column(keys, _BEFORE), "after": _column(keys, _AFTER), "sheet": _column(keys, _SHEET),
                "time": _column(keys, _TIME)}
        if all(cols[k] is not None for k in ("editor", "kind", "cell", "before", "after")):
            return r, cols
    return None


def _empty(v: object) -> bool:
    return blank(v) or bool(_EMPTY_RE.fullmatch(_text(v)))


def applied(sheets: list[RawSheet]) -> tuple[str, list[tuple[str, str, str, str, str]]] | None:
    for log in sheets:
        found = _log_header(log)
        if found is None:
            continue
        h, cols = found
        others = [sh for sh in sheets if sh is not log]
        if not others:
            return None
        title = " ".join(_text(v) for row in log.rows[:h] for v in row if not blank(v))
        named = _NAMED_SHEET_RE.search(title)
        default = next((sh for sh in others if named and sh.sheet == named.group(1)), others[0])
        by_name = {sh.sheet: sh for sh in others}
        edits: dict[tuple[str, str], list[tuple[bool, str, str, str]]] = {}  # (sheet, cell) -> (vendor's?, after, who, before)
        rows = log.rows[h + 1:]
        if cols["time"] is not None:  # in the order they were made ('2025-11-18 10:12'), whatever the export's order
            rows = sorted(rows, key=lambda rw: _text(rw[cols["time"]]) if cols["time"] < len(rw) else "")
        for row in rows:
            cell = _text(row[cols["cell"]]) if cols["cell"] < len(row) else ""
            m = _ADDRESS_RE.fullmatch(cell)
            if m is None:
                continue
            kind = _text(row[cols["kind"]]) if cols["kind"] < len(row) else ""
            inside, outside = bool(_INSIDE_RE.search(kind)), bool(_OUTSIDE_RE.search(kind))
            if inside == outside:  # the log does not say whose side the editor is on: nothing is decided on it
                continue
            sheet = _text(row[cols["sheet"]]) if cols["sheet"] is not None and cols["sheet"] < len(row) else ""
            target = by_name.get(sheet, default)
            after = row[cols["after"]] if cols["after"] < len(row) else None
            before = row[cols["before"]] if cols["before"] < len(row) else None
            who = " ".join(x for x in (_text(row[cols["editor"]]) if cols["editor"] < len(row) else "", kind) if x)
            edits.setdefault((target.sheet, m.group(1).upper() + m.group(2)), []).append(
                (outside, "" if _empty(after) else _text(after), who, "" if _empty(before) else _text(before)))
        restored = []
        for (sheet, address), seq in edits.items():
            own = [k for k, e in enumerate(seq) if e[0]]
            if not own:  # only the staff ever wrote here (their own remarks column): theirs, as it stands
                continue
            last = own[-1]
            later = [e for e in seq[last + 1:] if not e[0] and e[1] != seq[last][1]]
            if not later:
                continue
            sh = by_name[sheet]
            r, c = _row_col(address)
            while len(sh.rows) <= r:
                sh.rows.append([])
            row = sh.rows[r]
            if len(row) <= c:
                row.extend([None] * (c + 1 - len(row)))
            words = seq[last][1]
            row[c] = words or None
            restored.append((sheet, address, later[-1][1], later[-1][2], words))
        return log.sheet, restored
    return None


def _row_col(address: str) -> tuple[int, int]:
    m = _ADDRESS_RE.fullmatch(address)
    return int(m.group(2)) - 1, _col_number(m.group(1)) - 1
