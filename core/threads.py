"""A vendor's whole mail thread pasted into one cell of a comparison (Foxmail, Outlook: the newest message on top, each
earlier one under '------------------ 原始邮件 ------------------').

The buyer keeps one row per vendor — 序号 | 供应商 | 对接人 | 邮件往来 | 我的摘要 — and copies each thread into its cell. Read as
a notes cell, every message counts alike: the buyer's own demands ('我们要求7×24小时…') read as the vendor's, and the first
price read wins over the discount written last. Here such a sheet is laid out again as the mailbox it came from (one row
per message: 供应商 | 发件人 | 发送时间 | 主题 | 正文 | IsSender, every cell at the thread's cell) and read by core.mailbox:
the vendor's latest message governs, the buyer's messages are listed, never read as the vendor's. The buyer is whoever
writes in the threads of two vendors or more (else whoever sent the first message that is no reply). The sheet's other
columns (the buyer's summary jotted at the first quote, his questions) are the buyer's: listed, not read.
"""
from __future__ import annotations

import re

from .ingest import _INDEX_LABELS, RawSheet, _text, blank
from .mapping import label_key

_SPLIT_RE = re.compile(r"\n?\s*-{3,}\s*(?:原始邮件|original message|forwarded message|转发邮件)\s*-{3,}\s*\n?", re.I)
_HEAD_LINE_RE = re.compile(r"^\s*(发件人|发送时间|收件人|抄送|主题|from|sent|date|to|cc|subject)\s*[:：]\s*(.*)$", re.I)
_FIELD = {"发件人": "from", "from": "from", "发送时间": "time", "sent": "time", "date": "time", "主题": "subject",
          "subject": "subject"}
_WHEN_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日.*?(上午|中午|下午|晚上|凌晨)?\s*(\d{1,2})[:：](\d{2})")


def _when(text: str) -> str:
    """'2025年12月2日(星期二) 下午2:36' -> '2025-12-02 14:36' (the mailbox reader orders by the digits)."""
    m = _WHEN_RE.search(text)
    if m is None:
        return text
    y, mo, d, part, h, mi = m.groups()
    hour = int(h) + (12 if part in ("下午", "晚上") and int(h) < 12 else 0)
    return f"{y}-{int(mo):02d}-{int(d):02d} {hour:02d}:{mi}"


def messages(cell: str) -> list[dict[str, str]] | None:
    """The messages of a pasted thread, newest first as pasted: {from, time, subject, body}; None unless two or more
    messages each open with their mail lines."""
    parts = [p for p in _SPLIT_RE.split(cell) if p.strip()]
    out = []
    for part in parts:
        lines = part.strip("\n").split("\n")
        msg = {"from": "", "time": "", "subject": ""}
        k = 0
        while k < len(lines) and (m := _HEAD_LINE_RE.match(lines[k])):
            if (f := _FIELD.get(m.group(1).lower())) is not None:
                msg[f] = m.group(2).strip()
            k += 1
        if not msg["from"]:
            return None
        msg["time"] = _when(msg["time"])
        msg["body"] = "\n".join(lines[k:]).strip()
        out.append(msg)
    return out if len(out) >= 2 else None


def _sender_key(sender: str) -> str:
    m = re.search(r"[\w.+-]+@[\w.-]+", sender)
    return m.group().lower() if m else sender.strip().casefold()


def as_mailbox(sh: RawSheet) -> tuple[list[list], dict, list[tuple[int, int]]] | None:
    """(rows, moved addresses, the buyer's other cells (row, column, reason, text)) of the sheet laid out as its mailbox; None unless
    a column holds the threads of two vendors or more under a header naming the vendor."""
    from .mapping import match_label

    rows = sh.rows
    if len(rows) > 500:
        return None
    width = max((len(r) for r in rows), default=0)
    threads: dict[int, dict[int, list]] = {}
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v.__class__ is str and len(v) > 60 and ("发件人" in v or "From:" in v) and (ms := messages(v)) is not None:
                threads.setdefault(c, {})[r] = ms
    if not threads:
        return None
    tc = max(threads, key=lambda c: len(threads[c]))
    if len(threads[tc]) < 2:
        return None
    first = min(threads[tc])
    head = next((h for h in range(first - 1, -1, -1) if sum(1 for v in rows[h] if not blank(v)) >= 2), None)
    if head is None:
        return None
    vc = next((c for c in range(width) if c != tc and (t := match_label(_text(sh.cell(head, c))).target) is not None
               and t.code == "vendor"), None)
    if vc is None:
        return None
    seen: dict[str, set[int]] = {}
    for r, ms in threads[tc].items():
        for m in ms:
            seen.setdefault(_sender_key(m["from"]), set()).add(r)
    buyers = {k for k, rs in seen.items() if len(rs) >= 2}
    out: list[list] = [["供应商", "发件人", "发送时间", "主题", "正文", "IsSender"]]
    moved: dict = {(0, c): (head, tc) for c in range(6)}
    moved[(0, 0)] = (head, vc)
    for r in range(head + 1, len(rows)):
        if blank(sh.cell(r, vc)):
            continue
        for m in threads[tc].get(r) or [{"from": "", "time": "", "subject": "", "body": _text(sh.cell(r, tc))}]:
            if not m["body"]:
                continue
            k = len(out)
            out.append([sh.cell(r, vc), m["from"], m["time"], m["subject"], m["body"],
                        "1" if _sender_key(m["from"]) in buyers else "0"])
            moved.update({(k, c): (r, tc) for c in range(6)})
            moved[(k, 0)] = (r, vc)
    others = []  # (row, column, reason, text): the buyer's columns beside the threads, and the lines around the table
    for r in range(len(rows)):
        if r == head:
            continue
        if r > head and not blank(sh.cell(r, vc)):
            others += [(r, c, "skip.notes_column", f"{_text(sh.cell(head, c))}: {_text(sh.cell(r, c))}")
                       for c in range(width) if c not in (vc, tc) and not blank(sh.cell(r, c))
                       and label_key(_text(sh.cell(head, c))) not in _INDEX_LABELS]  # (a row number says nothing)
        elif (filled := [c for c in range(width) if not blank(sh.cell(r, c))]):
            others.append((r, filled[0], "skip.note_row", " | ".join(_text(sh.cell(r, c)) for c in filled)))
    return out, moved, others
