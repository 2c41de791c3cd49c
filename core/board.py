"""A whiteboard exported to a sheet (Miro, Mural, 飞书白板, 腾讯文档白板): one row per board item, grouped by frame.

A product owner runs the vendor review on a board: a frame per vendor, titled with its name, holding sticky notes of
what each vendor put in writing, beside the team's own notes (tagged "our view" / "question"), an Agenda, a Parking lot
and a dot-vote frame. The export writes Item ID | Type | Frame | Content | Tags | Author | Color | Last modified. Here
each frame titled with a company is one quote: its notes, in board order, read as a document pasted line by line
(core.pasted: "Quote: ¥236,000 incl. 13% VAT", "Modules: …", "After warranty: ¥24,000 / year"); the team's tagged notes,
the other frames, ids, authors and times are the buyer's, listed; a frame that only says the vendor declined is no quote.
"""
from __future__ import annotations

import re

from .ingest import RawSheet, Record, Skipped, _text, blank

_FRAME_HEAD_RE = re.compile(r"^(?:frame|frame name|frame title|画框|框架|分区|所属画框|所在画框)$", re.I)
_CONTENT_HEAD_RE = re.compile(r"^(?:content|text|内容|文本|便签内容)$", re.I)
_TYPE_HEAD_RE = re.compile(r"^(?:type|item type|类型|元素类型)$", re.I)
_TAGS_HEAD_RE = re.compile(r"^(?:tags?|标签)$", re.I)
_BUYER_TAG_RE = re.compile(r"our view|question|comment|note to self|team|internal|我方|内部|疑问|问题|评论|看法", re.I)
_SCAN = 5
_MAX_FRAMES = 200


def _header(sh: RawSheet) -> tuple[int, dict[str, int]] | None:
    for h in range(min(_SCAN, len(sh.rows))):
        head = [_text(v).strip() for v in sh.rows[h]]
        cols = {}
        for c, t in enumerate(head):
            for key, rx in (("frame", _FRAME_HEAD_RE), ("content", _CONTENT_HEAD_RE), ("type", _TYPE_HEAD_RE),
                            ("tags", _TAGS_HEAD_RE)):
                if key not in cols and rx.match(t):
                    cols[key] = c
        if "frame" in cols and "content" in cols:
            return h, cols
    return None


_BARE_LABEL_RE = re.compile(r"^([A-Za-z][A-Za-z /&-]{1,24}?|[\u4e00-\u9fff]{2,8})\s+(?=[¥￥$]|\d)")


def _labelled(line: str) -> str:
    """'Quote ¥96,000 incl. VAT' written on a sticky without its colon: 'Quote：¥96,000 incl. VAT'."""
    from .mapping import match_label

    m = _BARE_LABEL_RE.match(line) if ":" not in line and "：" not in line else None
    if m and (t := match_label(m.group(1)).target) is not None and t.kind in ("field", "price"):
        return f"{m.group(1)}：{line[m.end():]}"
    return line


def read_board(sh: RawSheet) -> tuple[list[Record], list[Skipped]] | None:
    """A quote per company frame of an exported board; None for any other sheet."""
    from .declined import _says_declined
    from .formal import _company
    from .mailbox import _Thread
    from .pasted import read_pasted

    found = _header(sh)
    if found is None:
        return None
    h, cols = found
    fc, cc = cols["frame"], cols["content"]
    frames: dict[str, list[int]] = {}
    for r in range(h + 1, len(sh.rows)):
        name = _text(sh.cell(r, fc)).strip()
        if name:
            frames.setdefault(name, []).append(r)
            if len(frames) > _MAX_FRAMES:
                return None
    vendors = [f for f in frames if _company(f) == f]
    if len(vendors) < 2:
        return None
    records: list[Record] = []
    listed: list[Skipped] = []
    for name, rs in frames.items():
        if name not in vendors:
            for r in rs:
                if not blank(sh.cell(r, cc)):
                    listed.append(Skipped(sh.file, sh.sheet, sh.address(r, cc), "skip.buyer_message",
                                          f"{name}: {_text(sh.cell(r, cc))}"[:200]))
            continue
        lines: list[tuple[str, str]] = []
        for r in rs:
            text = _text(sh.cell(r, cc)).strip()
            kind = _text(sh.cell(r, cols["type"])).strip().lower() if "type" in cols else ""
            if not text or text == name or kind == "frame":
                continue
            if "tags" in cols and _BUYER_TAG_RE.search(_text(sh.cell(r, cols["tags"]))):
                listed.append(Skipped(sh.file, sh.sheet, sh.address(r, cc), "skip.buyer_message", f"{name}: {text}"[:200]))
                continue
            lines += [(_labelled(ln.strip()), sh.address(r, cc)) for ln in text.splitlines() if ln.strip()]
        if lines and all(_says_declined(t) for t, _a in lines):
            listed.append(Skipped(sh.file, sh.sheet, lines[0][1], "skip.declined", f"{name}: {lines[0][0]}"[:200]))
            continue
        doc = _Thread(sh.file, sh.sheet, [[f"供应商：{name}"]] + [[t] for t, _a in lines],
                      at=[sh.address(rs[0], fc)] + [a for _t, a in lines])
        got = read_pasted(doc, document=True)
        if got is None:
            listed += [Skipped(sh.file, sh.sheet, a, "skip.mail_no_terms", f"{name}: {t}"[:200]) for t, a in lines]
            continue
        rec, more = got
        rec.origin = str(rs[0] + 1)
        records.append(rec)
        listed += more
    return (records, listed) if records else None
