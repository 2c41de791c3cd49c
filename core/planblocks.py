"""A finance department's payment plan, one block per vendor ('方案一：洋县朱鹮数科有限公司（报价函编号…）').

Each block copies the vendor's own words once — '报价函付款条款原文 | 合同总价人民币贰拾伍万捌仟元整（¥258,000.00，含13%
增值税）。付款方式：…；期满后年度维护费2.2万元/年' — and then does the department's own arithmetic: the payment milestones
(首付款 30% / 验收款 60% / 质保金 10%), the yearly fees of years 2 and 3, the three-year cash-out, discount factors, present
values, a ranking and a recommendation. The quote is the vendor's words; a milestone is a part of the price, the
three-year total is price plus fees, the present value no price at all. So such a sheet is laid out again as a table
of the vendors' words (供应商 | 报价函原文, each cell at its own address), read like any other — joined by name with the
sheet that holds the other terms — and the department's rows are listed, never read.
"""
from __future__ import annotations

import re

from .formal import _company
from .ingest import RawSheet, _text, blank

# a block's title: '方案一：洋县朱鹮数科有限公司（…）', '资金使用申请表（候选方案一）'
_BLOCK_RE = re.compile(r"^\s*(?:候选|备选)?方案\s*[一二三四五六七八九十\d]{1,2}\s*[:：、.．]\s*(?P<name>\S.*)|"
                       r"[（(]\s*(?:候选|备选)?方案\s*[一二三四五六七八九十\d]{1,2}\s*[）)]")  # (a bare '方案一' is a table's row)
_WORDS_RE = re.compile(r"原文|摘录|照录|原话")
_PART_RE = re.compile(r"[·・\-—|｜/]\s*(\S.{0,15})$")  # '报价函摘录·功能模块': the part of the letter the row copies


def _named(rows: list, start: int, end: int, title: str) -> str | None:
    """The vendor a block is about: named in its title, else beside a vendor label in it ('候选服务商 | XX公司')."""
    from .mapping import match_label

    m = _BLOCK_RE.search(title)
    if m is not None and m.group("name") and (name := _company(m.group("name"))) is not None:
        return name
    for r in range(start + 1, min(end, start + 8)):
        cells = [v for v in rows[r] if not blank(v)]
        for k, v in enumerate(cells[:-1]):
            if isinstance(v, str) and len(v) <= 12 and (t := match_label(v).target) is not None and t.code == "vendor":
                return _company(_text(cells[k + 1])) or None
    return None


def as_table(sh: RawSheet) -> tuple[list[list], dict, list[tuple[int, int, str, str]]] | None:
    """(rows, moved addresses, the department's own rows (row, column, reason, text)); None unless two blocks or more
    each name a company and quote its words."""
    rows = sh.rows
    if len(rows) > 2000:
        return None
    starts = [r for r, row in enumerate(rows)
              if (first := next((_text(v) for v in row if not blank(v)), "")) and len(first) <= 120 and _BLOCK_RE.search(first)]
    if len(starts) < 2:
        return None
    quotes: list[tuple[int, str, dict[str, tuple[int, int, str]]]] = []  # (title row, vendor, part -> (row, col, words))
    kept: list[tuple[int, int, str, str]] = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(rows)
        title = next(_text(v) for v in rows[start] if not blank(v))
        name = _named(rows, start, end, title)
        if name is None:
            return None
        said: dict[str, tuple[int, int, str]] = {}
        for r in range(start + 1, end):
            cells = [(c, v) for c, v in enumerate(rows[r]) if not blank(v)]
            head = _text(cells[0][1]) if cells else ""
            if len(cells) >= 2 and len(head) <= 30 and _WORDS_RE.search(head) and isinstance(cells[1][1], str) \
                    and len(cells[1][1]) >= 4:
                part = (m.group(1).strip() if (m := _PART_RE.search(head)) is not None else "") or "报价函原文"
                if part not in said:
                    said[part] = (r, cells[1][0], cells[1][1])
                    continue
            if cells:
                kept.append((r, cells[0][0], "skip.buyer_computation", " | ".join(_text(v) for _c, v in cells)[:200]))
        if not said:
            return None
        quotes.append((start, name, said))
    parts = list(dict.fromkeys(p for _s, _n, said in quotes for p in said))
    out: list[list] = [["供应商", *parts]]
    moved: dict = {(0, c): (starts[0], 0) for c in range(len(parts) + 1)}
    for start, name, said in quotes:
        out.append([name] + [said[p][2] if p in said else None for p in parts])
        k = len(out) - 1
        moved[(k, 0)] = (start, 0)
        for c, p in enumerate(parts, start=1):
            moved[(k, c)] = (said[p][0], said[p][1]) if p in said else (start, 0)
    for r in range(0, starts[0]):  # the title and the department's notes above the first block
        cells = [(c, v) for c, v in enumerate(rows[r]) if not blank(v)]
        if cells:
            kept.append((r, cells[0][0], "skip.note_row", " | ".join(_text(v) for _c, v in cells)[:200]))
    return out, moved, kept
