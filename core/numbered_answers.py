"""A questionnaire's answers copied out of each vendor's PDF into one cell, numbered like the questions listed above.

'一、问卷题目' lists '1) 报价总额', '2) 报价是否含税', … down the first column; under '二、各供应商答复' each vendor has one row
whose answer cell holds all its answers as '1) 29.8万元\\n2) 含税…' — on lines of their own or run together ('（1）27.6万元
（2）含税…'), with a page footer or a wrapped line copied along. Read as it stands, nothing is under a label. Here the sheet
is laid out again as a table of the vendors as rows with one column per question, each answer keeping the address of the
cell it was copied into. A question a vendor skipped stays blank (unknown, never a no); the numbers are markers, no
figures; the question list is used, not read as quotes.
"""
from __future__ import annotations

import re

from .ingest import RawSheet, _text, blank

_QUESTION_RE = re.compile(r"\s*[(（]?(\d{1,2})\s*[)）.、．]\s*(\S.{0,60}?)\s*$", re.S)
_MARK_RE = re.compile(r"[(（](\d{1,2})[)）]|(?:(?<=^)|(?<=[\s。；;，,）)]))(\d{1,2})\s*[)）]")
_PAGE_LINE_RE = re.compile(r"^\s*[—–\-－]*\s*第\s*\d+\s*页\s*(?:[,，/]?\s*共\s*\d+\s*页)?\s*[—–\-－]*\s*$", re.M)
_JOIN_AFTER = "、，,；;（(/"


def _questions(sh: RawSheet) -> tuple[int, int, dict[int, str]] | None:
    """(first row, row after the last, number -> question) of a run of at least five numbered questions in column A."""
    rows = sh.rows
    r = 0
    while r < len(rows):
        found: dict[int, str] = {}
        start = r
        while r < len(rows) and rows[r] and rows[r][0].__class__ is str and (m := _QUESTION_RE.match(rows[r][0])) \
                and int(m.group(1)) == len(found) + 1:
            found[int(m.group(1))] = m.group(2).strip()
            r += 1
        if len(found) >= 5:
            return start, r, found
        r = max(r, start + 1)
    return None


def _segments(text: str, last: int) -> dict[int, str] | None:
    """Number -> answer of one vendor's cell (markers rising, none past the last question); None with fewer than five."""
    text = _PAGE_LINE_RE.sub("", text)
    marks, prev = [], 0
    for m in _MARK_RE.finditer(text):
        n = int(m.group(1) or m.group(2))
        if prev < n <= last and n - prev <= 3:  # a skipped answer or two, never a figure in the text
            marks.append((n, m.start(), m.end()))
            prev = n
    if len(marks) < 5:
        return None
    out = {}
    for k, (n, _s, e) in enumerate(marks):
        end = marks[k + 1][1] if k + 1 < len(marks) else len(text)
        lines = [ln.strip() for ln in text[e:end].split("\n") if ln.strip()]
        joined = ""
        for ln in lines:  # a line the PDF wrapped runs on; a line of its own is a clause
            joined = ln if not joined else joined + ("" if joined[-1] in _JOIN_AFTER else "；") + ln
        out[n] = joined
    return out


def laid_out(sh: RawSheet) -> tuple[list[list], dict, int] | None:
    """(rows, moved addresses, how many questions) with the vendors as rows and a column per question; None otherwise."""
    from .mapping import match_label

    rows = sh.rows
    if len(rows) > 500:
        return None
    found = _questions(sh)
    if found is None:
        return None
    q0, q1, questions = found
    last = max(questions)
    width = max(len(r) for r in rows)
    answers: dict[int, dict[int, dict[int, str]]] = {}  # column -> row -> segments
    for r in range(q1, len(rows)):
        for c in range(1, width):
            v = sh.cell(r, c)
            if v.__class__ is str and len(v) > 20 and (seg := _segments(v, last)) is not None:
                answers.setdefault(c, {})[r] = seg
    if not answers:
        return None
    ac = max(answers, key=lambda c: len(answers[c]))
    if len(answers[ac]) < 2:
        return None
    first = min(answers[ac])
    head = next((r for r in range(first - 1, q1 - 1, -1) if not blank(sh.cell(r, ac))), None)
    if head is None:
        return None
    vc = next((c for c in range(width) if c != ac and (t := match_label(_text(sh.cell(head, c))).target) is not None
               and t.code == "vendor"), None)
    if vc is None:
        return None
    others = [c for c in range(width) if c not in (vc, ac) and not blank(sh.cell(head, c))]
    nums = sorted(questions)
    out: list[list] = []
    moved: dict = {}

    def put(cells: list[tuple[object, tuple[int, int]]]) -> None:
        k = len(out)
        out.append([v for v, _a in cells])
        moved.update({(k, j): a for j, (_v, a) in enumerate(cells)})

    for r in range(len(rows)):
        if q0 <= r < q1 or (r == q0 - 1 and sum(1 for v in rows[r] if not blank(v)) >= 2):
            continue  # the question list (and its header): used, said in a note
        if r == head:
            put([(sh.cell(r, vc), (r, vc))] + [(questions[n], (q0 + n - 1, 0)) for n in nums]
                + [(sh.cell(r, c), (r, c)) for c in others] + [(sh.cell(r, ac), (r, ac))])
            continue
        if r > head and not blank(sh.cell(r, vc)):
            seg = answers[ac].get(r)
            put([(sh.cell(r, vc), (r, vc))] + [((seg or {}).get(n), (r, ac)) for n in nums]
                + [(sh.cell(r, c), (r, c)) for c in others] + [(None if seg else sh.cell(r, ac), (r, ac))])
            continue
        filled = [c for c, v in enumerate(rows[r]) if not blank(v)]
        if filled:  # a title, a note, a count line: as it stands, in one cell
            put([(" ".join(_text(rows[r][c]) for c in filled).strip(), (r, filled[0]))])
    return out, moved, len(nums)
