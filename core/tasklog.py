"""A project tool's task export (禅道 / Jira / Teambition / 飞书项目): the selection project's tasks, a row each.

编号 | 任务名称 | 任务状态 | 指派给 | 完成时间 | 关联供应商 | 任务描述 | 历史记录（备注): a task is the buyer's — its title, its
description and the comments under it are the buyer's staff writing ('报价26.5万超预算，约对方议价，目标25万以内',
'等保已核实 √ 对方销售经理电话里说…'). The vendor's words in it are only those copied as the vendor's: a letter's excerpt
('原文摘录如下：…') and a reply quoted as the vendor's ('对方邮件回复（原文）：“…”'). So such a sheet is laid out again as
a mailbox (core.mailbox: 供应商 | 发件人 | 发送时间 | 主题 | 正文 | IsSender): each excerpt and each quoted reply a message
from the vendor, at the time the task or the comment was done, so that the vendor's later written word governs the
earlier; every other part of a description or a comment a message of the buyer's (listed, never read); a task about no
vendor the buyer's own (listed).
"""
from __future__ import annotations

import re

from .ingest import RawSheet, _text, blank
from .mailbox import header_columns

_TITLE_HEAD = re.compile(r"^(?:任务名称|任务标题|任务|标题|需求名称|需求标题|工单标题|事项名称|summary|title|taskname|tasktitle|"
                         r"issue|issuetitle)$")
_STATUS_HEAD = re.compile(r"^(?:任务状态|状态|当前状态|处理状态|status|state|taskstatus)$")
_DESC_HEAD = re.compile(r"^(?:任务描述|描述|详细描述|需求描述|任务说明|description|details|taskdescription)$")
_LOG_HEAD = re.compile(r"^(?:历史记录|历史记录备注|备注|评论|评论记录|操作记录|动态|comments?|history|activity|worklog)$")
_DONE_HEAD = re.compile(r"^(?:完成时间|完成日期|关闭时间|解决时间|resolved|resolvedat|completed|completedat|closedat)$")
_CREATED_HEAD = re.compile(r"^(?:创建时间|创建日期|created|createdat|createddate)$")
# the vendor's own words copied into a task: a letter's excerpt, to the end of the cell
_EXCERPT_RE = re.compile(r"(?:原文摘录如下|原文照录如下|原文如下|摘录如下|内容如下|原文摘录)\s*[:：]\s*")
# a reply quoted as the vendor's ('对方邮件回复（原文）：“…”', '供应商书面答复：“…”')
_REPLY_RE = re.compile(r"(?:对方|供应商|厂商|服务商|该公司|乙方)[^“”\"\n]{0,16}?(?:回复|答复|回函|复函|来函|确认|来信)[^“”\"\n]{0,10}?"
                       r"[:：]\s*[“\"]([^”\"]+)[”\"]")
# a comment's head in the tool's history ('2. 2025-11-18 11:20:33, 由 巴特尔 添加备注。'): its time, then its words
_ENTRY_RE = re.compile(r"^\s*\d{1,3}\s*[.、．]\s*(\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)\s*[,，]?\s*由?.*?[。.]?\s*$",
                       re.M)
_SCAN = 6
HEAD = ["供应商", "发件人", "发送时间", "主题", "正文", "IsSender"]


_HEADS = (("title", _TITLE_HEAD), ("status", _STATUS_HEAD), ("desc", _DESC_HEAD), ("log", _LOG_HEAD), ("done", _DONE_HEAD),
          ("created", _CREATED_HEAD))


def _columns(sh: RawSheet) -> tuple[int, dict[str, int]] | None:
    for h, row in enumerate(sh.rows[:_SCAN]):
        cols = header_columns(row, _HEADS)
        if {"title", "status", "vendor"} <= set(cols) and ("desc" in cols or "log" in cols):
            return h, cols
    return None


def _entries(text: str, when: str) -> list[tuple[str, str]]:
    """(time, words) of each comment in a history cell; the whole cell at `when` when it has no comment heads."""
    heads = list(_ENTRY_RE.finditer(text))
    if not heads:
        return [(when, text.strip())] if text.strip() else []
    out = []
    for k, m in enumerate(heads):
        words = text[m.end():heads[k + 1].start() if k + 1 < len(heads) else len(text)].strip()
        if words:
            out.append((m.group(1), words))
    return out


def _split(words: str) -> tuple[list[str], str]:
    """(the vendor's words, the rest): a letter's excerpt to the end, and the replies quoted as the vendor's."""
    own: list[str] = []
    m = _EXCERPT_RE.search(words)
    if m is not None:
        own.append(words[m.end():].strip())
        words = words[:m.start()]
    for r in _REPLY_RE.finditer(words):
        own.append(r.group(1).strip())
    rest = _REPLY_RE.sub("", words).strip(" ，,。；;\n")
    return [w for w in own if w], rest


def as_mailbox(sh: RawSheet) -> tuple[list[list], dict, list[tuple[int, int, str, str]]] | None:
    """(rows, moved addresses, the buyer's own tasks (row, column, reason, text)) of a task export laid out as a
    mailbox; None for any other sheet."""
    if len(sh.rows) > 3000:
        return None
    found = _columns(sh)
    if found is None:
        return None
    h, cols = found
    vc, tc = cols["vendor"], cols["title"]
    tasks = [r for r in range(h + 1, len(sh.rows)) if not blank(sh.cell(r, tc))]
    vendors = {_text(sh.cell(r, vc)).strip() for r in tasks if not blank(sh.cell(r, vc))}
    if len(vendors) < 2:
        return None
    out: list[list] = [list(HEAD)]
    moved: dict = {(0, c): (h, vc) for c in range(len(HEAD))}
    others: list[tuple[int, int, str, str]] = []
    said = False
    for r in tasks:
        vendor = _text(sh.cell(r, vc)).strip()
        title = _text(sh.cell(r, tc)).strip()
        if not vendor:  # '编制询价函并发送供应商', '汇总比价表': the buyer's own task
            others.append((r, tc, "skip.buyer_task", " | ".join(
                _text(v) for c, v in enumerate(sh.rows[r]) if c in (tc, cols.get("desc", -1)) and not blank(v))[:200]))
            continue
        when = next((_text(sh.cell(r, cols[k])) for k in ("done", "created") if k in cols and not blank(sh.cell(r, cols[k]))),
                    "")
        parts: list[tuple[int, str, str]] = []  # (column, time, words)
        if "desc" in cols and not blank(sh.cell(r, cols["desc"])):
            parts.append((cols["desc"], when, _text(sh.cell(r, cols["desc"]))))
        if "log" in cols and not blank(sh.cell(r, cols["log"])):
            parts += [(cols["log"], t, w) for t, w in _entries(_text(sh.cell(r, cols["log"])), when)]
        for c, t, words in parts:
            own, rest = _split(words)
            for w in own:
                said = True
                out.append([vendor, vendor, t, title, w, "0"])
                moved.update({(len(out) - 1, k): (r, c) for k in range(len(HEAD))})
                moved[(len(out) - 1, 0)] = (r, vc)
            if rest and not re.fullmatch(r"由\s*\S+\s*(?:创建|完成|关闭|激活|指派|编辑)[^，,。]*[。.]?", rest):
                out.append([vendor, "我方", t, "", rest, "1"])  # the staff's own words about the vendor: listed as said
                moved.update({(len(out) - 1, k): (r, c) for k in range(len(HEAD))})
                moved[(len(out) - 1, 0)] = (r, vc)
    if not said:
        return None
    return out, moved, others
