"""A text comparison report (Beyond Compare, WinMerge) of each vendor's first quote against its final one.

An IT officer turns each vendor's stamped 首轮报价单 and 最终报价单 into text, compares each pair side by side and saves the
report as a sheet for the evaluation meeting: per pair a title naming both files ("【1】左：…\\首轮\\<company>_报价单.txt
右：…\\最终\\<company>_最终报价单.txt"), the header 左行号 | 首轮报价单（左） | 比较 | 右行号 | 最终报价单（右）, one row per aligned
line with the tool's mark (= same, ≠ changed, < only on the left: struck from the final, > only on the right: new), then
the tool's summary line and the officer's remark. Read as a table it is nothing. Here each pair is one quote: the right
column is the final document, read line by line as a pasted 报价单 (core.pasted), its lines at their own cells; a line only
on the left says nothing any more. The left column is the earlier round: its changed and struck lines are listed, never
read; the marks, the summary and the remark are the tool's and the buyer's (listed). A final document that is a letter
withdrawing ("决定不参与本项目最终报价") leaves no quote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from .ingest import RawSheet, Record, Skipped, _text, blank, col_letter

_SCAN = 30  # rows searched for the first header (a report's title, its tool line and its legend come first)
_MARK_HEAD_RE = re.compile(r"^(?:比较|比较结果|对比|对比结果|差异|状态|compare|comparison|diff|status)$", re.I)
_LEFT_RE = re.compile(r"左|(?<![a-z])left(?![a-z])", re.I)
_RIGHT_RE = re.compile(r"右|(?<![a-z])right(?![a-z])", re.I)
_LINE_NO_RE = re.compile(r"行号|line\s*(?:no|number|#)", re.I)
_STRUCK = frozenset(("<", "＜", "‹", "-", "−", "删除", "仅左侧", "left only"))
_MARKS = frozenset(("=", "＝", "≠", "<", ">", "＜", "＞", "‹", "›", "+", "-", "−", "*", "!", "|", "≈", "相同", "不同", "改动", "修改",
                    "删除", "新增", "仅左侧", "仅右侧", "same", "changed", "left only", "right only"))
_TITLE_FILE_RE = re.compile(r"右\s*[:：]\s*(.+?)\s*$|right\s*[:：]\s*(.+?)\s*$", re.I)


@dataclass
class _Final(RawSheet):
    """One pair's final document as pasted lines; each line addressed at its cell of the report."""
    at: list[str] = field(default_factory=list)

    def address(self, r: int, c: int) -> str:
        return self.at[r] if 0 <= r < len(self.at) else super().address(r, c)


def _header(row: list) -> tuple[int, int, int] | None:
    """(left text column, mark column, right text column) of a comparison's header row, else None."""
    mark = left = right = None
    for c, v in enumerate(row):
        t = _text(v).strip()
        if not t:
            continue
        if mark is None and _MARK_HEAD_RE.match(t):
            mark = c
        elif _LINE_NO_RE.search(t):
            continue
        elif left is None and _LEFT_RE.search(t) and not _RIGHT_RE.search(t):
            left = c
        elif right is None and _RIGHT_RE.search(t) and not _LEFT_RE.search(t):
            right = c
    if mark is None or left is None or right is None or not left < mark < right:
        return None
    return left, mark, right


def _file_company(title: str) -> str | None:
    """The company a pair's title names in its final file ('右：D:\\询价\\最终\\廊坊固安数科有限公司_最终报价单.txt')."""
    from .formal import _company

    named = _TITLE_FILE_RE.search(title)
    stem = PurePath(((named.group(1) or named.group(2)) if named else "").replace("\\", "/")).stem
    return next((c for part in re.split(r"[_\-\s]+", stem) if (c := _company(part))), None)


def read_diff_report(sh: RawSheet) -> tuple[list[Record], list[Skipped]] | None:
    """Each pair of a comparison report as one quote (its final document), with the lines it lists; None for any other
    sheet."""
    from .declined import _says_declined
    from .pasted import read_pasted

    rows = sh.rows
    first = next(((r, h) for r, row in enumerate(rows[:_SCAN]) if (h := _header(row)) is not None), None)
    if first is None:
        return None
    mc = first[1][1]  # the pairs below repeat the header: looked for where its 比较 stands
    heads = [first] + [(r, h) for r in range(first[0] + 1, len(rows)) if rows[r] and mc < len(rows[r])
                       and rows[r][mc].__class__ is str and _MARK_HEAD_RE.match(rows[r][mc].strip())
                       and (h := _header(rows[r])) is not None]
    marked = sum(1 for r in range(heads[0][0] + 1, len(rows)) if _text(sh.cell(r, heads[0][1][1])).strip() in _MARKS)
    if marked < 3:
        return None
    records: list[Record] = []
    listed: list[Skipped] = []

    def say(r: int, c: int, reason: str, t: str, to: list = listed) -> None:
        to.append(Skipped(sh.file, sh.sheet, sh.address(r, c), reason, t[:200]))

    first = heads[0][0]
    for r in range(first):  # the report's title, the tool's line and its legend: the writer's
        if any(not blank(v) for v in rows[r]):
            say(r, 0, "skip.note_row", " | ".join(_text(v) for v in rows[r] if not blank(v)))
    for k, (h, (lc, mc, rc)) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(rows)
        title_row = next((r for r in range(h - 1, heads[k - 1][0] if k else -1, -1) if any(not blank(v) for v in rows[r])),
                         None)
        title = " ".join(_text(v) for v in rows[title_row] if not blank(v)) if title_row is not None else ""
        lines: list[list] = []
        at: list[str] = []
        for r in range(h + 1, end):
            mark = _text(sh.cell(r, mc)).strip()
            left, right = _text(sh.cell(r, lc)).strip(), _text(sh.cell(r, rc)).strip()
            if mark not in _MARKS:
                if r != title_row and any(not blank(v) for v in rows[r]):  # '小结：…', '韩磊备注：…': the tool's, the buyer's
                    say(r, 0, "skip.note_row", " | ".join(_text(v) for v in rows[r] if not blank(v)))
                continue
            if left and left != right:  # the first round's line, changed or struck in the final: the earlier round
                say(r, lc, "skip.earlier_round", left)
            if right and mark not in _STRUCK:
                lines.append([right])
                at.append(sh.address(r, rc))
        if not lines:
            continue
        if any(_says_declined(x[0]) for x in lines[:4]):  # the final document is a letter withdrawing: no quote
            say(h, rc, "skip.declined", " ".join(x[0] for x in lines)[:200])
            continue
        got = read_pasted(_Final(sh.file, sh.sheet, lines, at=at), document=True)
        if got is None and (company := _file_company(title)) is not None:  # the final file's name: the company, where
            got = read_pasted(_Final(sh.file, sh.sheet, [[f"供应商：{company}"]] + lines,  # its lines do not say it
                                     at=[sh.address(title_row, 0)] + at), document=True)
        if got is None:
            for x, a in zip(lines, at):
                listed.append(Skipped(sh.file, sh.sheet, a, "skip.doc_line", x[0][:200]))
            continue
        rec, doc_lines = got
        rec.origin = f"{col_letter(rc)}{h + 2}"
        records.append(rec)
        listed += doc_lines
    return (records, listed) if records else None
