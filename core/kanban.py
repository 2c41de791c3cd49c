"""A kanban board copied into a sheet: a column per status, a card per cell (飞书多维表格 / Trello / Teambition 看板视图).

A buyer whose boss does not use the team's board copies it to Excel as it looks: the statuses across the top ('待报价 · 2 |
已报价 · 2 | 待澄清 · 2 | 已淘汰 · 1'), each card one cell — the vendor's name on its first line, then the card's fields
'报价：29.6万元（含税）', '等保三级：已取得，备案证明…' as the team typed them from the vendor's letter, then the team's own
'负责人：@覃丽', '标签：…' and '评论(1)' with the comments under it. Laid out again as the messages the cards amount to
(供应商 | 发件人 | 发送时间 | 主题 | 正文 | IsSender, read by core.mailbox): each card's vendor lines at its cell; the team's
lines, a pinned note card with no company, the status headers and the lines around the board are listed. A card's
column (已淘汰) is the team's verdict, not the vendor's word: the card is still its quote.
"""
from __future__ import annotations

import re

from .ingest import RawSheet, _plausible_vendor, _text, blank

_FIELD_LINE_RE = re.compile(r"^\s*[^：:\n]{1,16}[：:]\s*\S")
# the team's own lines on a card: who owns it, its tags, its comments (and everything after the comments' header)
_TEAM_LINE_RE = re.compile(r"^\s*(?:负责人|跟进人|处理人|创建人|更新人|标签|tag|tags|owner|assignee|截止日期|更新时间|创建时间)\s*[：:]",
                           re.I)
_COMMENTS_RE = re.compile(r"^\s*(?:评论|comments?|备注（内部）|内部备注)\s*(?:[（(]\d+[)）])?\s*[：:]?\s*$", re.I)
_COMPANY_END_RE = re.compile(r"(?:有限责任公司|股份有限公司|有限公司|集团|工作室|Co\.,?\s*Ltd\.?|Limited)\s*$")


def _card(text: str) -> tuple[str, list[str], list[str]] | None:
    """(vendor, its lines, the team's lines) of a card whose first line names a company and which has fields; None."""
    lines = [x for x in text.splitlines() if x.strip()]
    if len(lines) < 4:
        return None
    name = lines[0].strip()
    if not _COMPANY_END_RE.search(name) or not _plausible_vendor(name):
        return None
    own, team = [], []
    comments = False
    for x in lines[1:]:
        comments = comments or bool(_COMMENTS_RE.match(x))
        (team if comments or _TEAM_LINE_RE.match(x) else own).append(x.strip())
    if sum(1 for x in own if _FIELD_LINE_RE.match(x)) < 2:
        return None
    return name, own, team


def laid_out(sh: RawSheet) -> tuple[list[list], dict, list[tuple[int, int, str, str]]] | None:
    """(a mailbox's rows, moved addresses, rows listed) for a board of cards; None for any other sheet."""
    rows = sh.rows
    if len(rows) > 300:
        return None
    cards: list[tuple[int, int, str, list[str], list[str]]] = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v.__class__ is str and "\n" in v and (got := _card(v)) is not None:
                cards.append((r, c, *got))
    if len(cards) < 2 or len({n for _r, _c, n, _o, _t in cards}) != len(cards):
        return None
    # a board: cards in more than one column of the same rows, not one vendor per row with its whole text pasted
    if len({c for _r, c, *_x in cards}) < 2:
        return None
    out: list[list] = [["供应商", "发件人", "发送时间", "主题", "正文", "IsSender"]]
    moved: dict = {(0, k): (cards[0][0], cards[0][1]) for k in range(6)}
    kept: list[tuple[int, int, str, str]] = []
    at = set()
    for r, c, name, own, team in cards:
        k = len(out)
        out.append([name, name, "", "", "\n".join(own), "0"])
        moved.update({(k, j): (r, c) for j in range(6)})
        at.add((r, c))
        if team:
            kept.append((r, c, "skip.notes_column", f"{name}: " + " | ".join(team)))
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if (r, c) not in at and not blank(v):
                kept.append((r, c, "skip.note_row", _text(v)))
    return out, moved, kept
