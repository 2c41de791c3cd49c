"""A group chat's 接龙 (a chain each vendor adds a numbered line to), pasted into a sheet.

A buyer asks the vendors in a 企业微信 / WeChat group to "接龙": each adds one numbered line in a set format — "3.
保定古城软件有限公司 小李 21.5w不含税 等保三级有证 …" — and the whole chain is copied into one column of a sheet. Read
as one pasted document it would be one quote. Here each numbered line is a message: the company it opens with is the
vendor (the contact's name after it is kept aside), a line that names no company (the buyer's own "收到，辛苦各位老师",
"接龙截止") is listed, and the format's example ("例：XX科技有限公司 …") is no quote. A vendor's later line ("更新：…报价
调整为19.8w含税，其余同第3条") is its latest word, read before the earlier one (core.mailbox.quotes_of). The fields of
a line are written apart with spaces or bars, so each space beside Chinese text separates two statements.
"""
from __future__ import annotations

import re

from .formal import _company
from .ingest import RawSheet, Record, Skipped, _text, blank
from .mapping import match_label
from .pasted import _LENDER_RE

_ITEM_RE = re.compile(r"^\s*(\d{1,3})\s*[.、．)）]\s*(\S.*)$", re.S)
_MARK_RE = re.compile(r"#\s*接龙|接龙")
_EXAMPLE_RE = re.compile(r"^\s*(?:例|示例|格式|范例|e\.?g\.?)\s*[:：]")
# a space beside Chinese text, or a bar, separates two statements of a 接龙 line
_FIELD_GAP_RE = re.compile(r"\s*[｜|]\s*|(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")


def read_jielong(sh: RawSheet) -> tuple[list[Record], list[Skipped]] | None:
    """A quote per vendor of a pasted 接龙; None for any other sheet."""
    from .mailbox import quotes_of

    lines = []
    for r, row in enumerate(sh.rows):
        filled = [(c, v) for c, v in enumerate(row) if not blank(v)]
        if len(filled) == 1 and isinstance(filled[0][1], str):
            lines.append((r, filled[0][0], filled[0][1]))
        elif filled:
            return None  # a table, not a pasted chain
    items = [(r, c, m) for r, c, t in lines if (m := _ITEM_RE.match(t))]
    if len(items) < 3 or not any(_MARK_RE.search(t) for _r, _c, t in lines[:6]):
        return None
    listed: list[Skipped] = []
    threads: dict[str, list] = {}
    names: dict[str, str] = {}
    col = items[0][1]
    for r, c, t in lines:
        if _EXAMPLE_RE.match(t) or not _ITEM_RE.match(t):
            listed.append(Skipped(sh.file, sh.sheet, sh.address(r, c), "skip.doc_line", t[:200]))
    for r, c, m in items:
        head, _, rest = m.group(2).strip().partition(" ")
        name = _company(head)
        if name is None or _LENDER_RE.search(head):  # the buyer's own line ('孙倩（燕赵小贷采购部） 收到')
            listed.append(Skipped(sh.file, sh.sheet, sh.address(r, c), "skip.buyer_message", m.group(2)[:200]))
            continue
        contact, _, body = rest.strip().partition(" ")
        if not (len(contact) <= 4 and not re.search(r"\d", contact) and match_label(contact).target is None):
            body = rest  # no contact's name after the company: the line's terms begin at once
        body = _FIELD_GAP_RE.sub("；", body.strip())
        key = head.casefold()
        names[key] = head
        threads.setdefault(key, []).append(((int(m.group(1)), r), r, key, contact, "", body, False))
    if not threads:
        return None
    records = quotes_of(sh, threads, names, col, listed)
    return (records, listed) if records else None
