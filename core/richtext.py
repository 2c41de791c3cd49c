"""Cells exported from a web form's rich-text fields (an e-procurement platform's 开标一览表): HTML read as the text it shows."""
from __future__ import annotations

import html
import re

from .ingest import RawSheet, Skipped

# a rich-text field: a block or inline formatting element, opened and closed ('<p>…</p>', '<li>…</li>', '<s>…</s>'); a lone
# '<br>' (a Markdown table's line break) or '<img …>' (a name built to hurt) is no rich text and stays as written
_OPEN_RE = re.compile(r"<(p|li|ul|ol|span|strong|b|em|s|del|strike|div|font|h[1-6])\b[^<>]{0,2000}>", re.I)
_STRUCK_TAG_RE = re.compile(r"<(/?)(?:s|del|strike)\b[^<>]{0,500}>", re.I)  # the words crossed out: the old ones
_BREAK_RE = re.compile(r"<br\s*/?>|</(?:p|li|div|tr|h[1-6])\s*>", re.I)
_ITEM_RE = re.compile(r"<li\b[^<>]{0,500}>", re.I)
_ANY_TAG_RE = re.compile(r"<[^<>]{1,2000}>")
_ENTITY_RE = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});", re.I)


def rich(cell: str) -> bool:
    """Whether a cell holds a formatting element, opened and then closed (one pass each way: a cell built of thousands of
    '<p>' costs no more than its length)."""
    m = _OPEN_RE.search(cell)
    return m is not None and cell.lower().find(f"</{m.group(1).lower()}", m.end()) >= 0


def _without_struck(s: str) -> str:
    """The text outside <s>, <del> and <strike> (nested counted; an element never closed is no strike-through)."""
    out, pos, depth, opened = [], 0, 0, 0
    for m in _STRUCK_TAG_RE.finditer(s):
        if not m.group(1):
            if depth == 0:
                out.append(s[pos:m.start()])
                opened = m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append(" ")
                pos = m.end()
    out.append(s[opened:] if depth else s[pos:])
    return "".join(out)


def html_text(cell: str) -> str:
    """'<p>等保：<s>三级测评中</s>&nbsp;已取得三级</p>' -> '等保： 已取得三级': struck words left out, a paragraph, a list
    item or a line break a new line, every other tag dropped, entities ('&times;', '&lt;=') as the characters they are."""
    s = _without_struck(cell)
    s = _ITEM_RE.sub("\n• ", s)  # a list's items as bullets, each on its line
    s = _BREAK_RE.sub("\n", s)
    s = _ANY_TAG_RE.sub("", s)
    s = html.unescape(s).replace("\xa0", " ")
    if "<" in s:  # '&lt;br&gt;' typed by the vendor into a plain text box: the page shows '<br>', the vendor's line break
        s = _BREAK_RE.sub("\n", s)
    lines = [re.sub(r"[ \t]{2,}", " ", line).strip() for line in s.splitlines()]
    return "\n".join(line for line in lines if line)


def as_text(sheets: list[RawSheet], name: str, notes: list) -> None:
    """Sheets whose cells hold rich text as HTML (two cells or more in their first 200 rows): every such cell read as its
    text, in place, and said in a note with the number of cells."""
    for sh in sheets:
        if sum(1 for row in sh.rows[:200] for v in row if v.__class__ is str and "</" in v and rich(v)) < 2:
            continue
        n = 0
        for row in sh.rows:
            for k, v in enumerate(row):
                if v.__class__ is str and ("</" in v and rich(v) or "<" in v and _ANY_TAG_RE.search(v)
                                           or "&" in v and _ENTITY_RE.search(v)):
                    row[k] = html_text(v)  # (on such a sheet a '<label>' alone or '&nbsp;' is the page's markup too)
                    n += 1
        if n:
            notes.append(Skipped(name, sh.sheet, "", "note.html_text", str(n)))
