"""A header in two rows: group headers merged across the columns below them ('一、报价（照录报价函）' over '报价金额 |
计税方式'; '四、许可及交付条款' over '合同草案条款原文 | 本所核查意见'), one row per vendor under both. Read as one header row
whose every column is named: by its own sub-header when that names a term ('计税方式', '功能模块'), by its group when the
sub-header only says whose words the column holds ('供应商陈述', '合同草案条款原文', '供应商回复'); a reviewer's column
keeps its own name ('本所核查意见'), so that it stays the reviewer's. The merged group row is no quote."""
from __future__ import annotations

import re

from .ingest import RawSheet, _text, blank
from .mapping import is_long_value_label, is_long_verbatim_label, match_label

_NUMBERING_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．]\s*")
_MAX_SUB = 14  # a sub-header is a short label
_SCAN_ROWS = 16  # a report's header may stand under its own tables (a consultant's market prices first)
_TICK_SUBS = frozenset(("是", "否", "有", "无", "y", "n", "yes", "no", "√", "×", "✓", "✗", "满足", "不满足"))


def _merged_groups(sh: RawSheet, h: int, width: int) -> dict[int, str]:
    """Column -> the group label a merged cell of row h spans over it (the columns after the first)."""
    out: dict[int, str] = {}
    for (r0, c0), (r1, c1) in sh.merges:
        if r0 == h == r1 and c1 > c0:
            label = _text(sh.cell(h, c0))
            if label:
                for c in range(c0 + 1, min(c1, width - 1) + 1):
                    out[c] = label
    return out


def read_group_header(sh: RawSheet) -> list[RawSheet] | None:
    rows = sh.rows
    if len(rows) > 2000 or not sh.merges:
        return None
    width = max((len(r) for r in rows[:20]), default=0)
    for h in range(min(_SCAN_ROWS, len(rows) - 2)):
        head = [_text(v) for v in rows[h]] + [""] * (width - len(rows[h]))
        vc = next((c for c, t in enumerate(head) if t and (m := match_label(t).target) is not None and m.code == "vendor"),
                  None)
        if vc is None:
            continue
        sub = [_text(v) for v in rows[h + 1]] + [""] * (width - len(rows[h + 1]))
        # a header cell merged down both rows ('序号', '供应商') was filled into the second: no sub-header of its own
        sub = [("" if t == head[c] else t) for c, t in enumerate(sub)]
        if sub[vc] or sum(1 for t in sub if t) < 3 or any(len(t) > _MAX_SUB for t in sub if t) \
                or any(t.lower() in _TICK_SUBS for t in sub):  # '是 | 否' under each term: a tick form, read as one
            return None
        groups = _merged_groups(sh, h, width)
        if len(groups) < 2 or any(match_label(_NUMBERING_RE.sub("", g).strip()).target is None for g in set(groups.values())):
            return None  # only groups that name the quote's terms ('评委A' over 技术 | 商务 | 价格 is a judge's scores)
        new = []
        for c in range(width):
            g, s = head[c] or groups.get(c, ""), sub[c]
            topic = _NUMBERING_RE.sub("", g).strip()
            if not s:
                new.append(g or None)
            elif not g or (t := match_label(s).target) is not None and t.kind != "notes" and t.code != "vendor":
                new.append(s)  # '计税方式', '报价金额' under '一、报价': the sub-header names the term within its topic
            elif is_long_value_label(s) or is_long_verbatim_label(s):
                # a sub-header saying only whose words the column holds ('四、许可及交付条款' over '合同草案条款原文',
                # '供应商陈述'): the group's term, in the vendor's words
                new.append(f"{topic}（{s}）")
            else:
                new.append(s)  # '本所核查意见', '监理核查': the reviewer's own column, by its own name
        out = [list(r) + [None] * (width - len(r)) for r in rows]
        out[h] = new
        out[h + 1] = [None] * width  # the sub-headers, now in the header
        return [RawSheet(sh.file, sh.sheet, out, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, [])]
    return None
