"""A work-report tool's export (企业微信 / 钉钉 汇报): each staff member's daily report a row, the template's fields as columns.

序号 | 汇报名称 | 汇报人 | 提交时间 | 汇报对象 | 1.今日工作 | 2.供应商书面答复（粘贴原文，注明来源） | 3.需协调事项 | … | 回复: the
reports are the buyer's staff writing — a demo's impression, a certificate photo seen on a rep's phone, a reference
call, the manager's reply ('下周定潍城') — and the vendors' words are only those pasted into the field for them, each
excerpt headed with its vendor and source ('【潍城数科 邮件 11-19 原文】'). So such a sheet is laid out again as a mailbox
(core.mailbox: 供应商 | 发件人 | 发送时间 | 主题 | 正文 | IsSender): each excerpt a message from its vendor at the time the
report was submitted, so that a vendor's later written word governs its earlier one ('其余内容与11月19日报价一致'); the
rest of every report, and the replies under it, the buyer's (listed, never read).
"""
from __future__ import annotations

import re

from .ingest import RawSheet, _text, blank
from .tasklog import HEAD

_WORDS_HEAD_RE = re.compile(r"(?:供应商|厂商|对方)[^（(]{0,8}(?:书面)?(?:答复|回复|报价)|粘贴原文|原文粘贴")
_WHO_HEAD_RE = re.compile(r"^(?:汇报人|提交人|填写人|姓名|reporter|submitted by)$", re.I)
_WHEN_HEAD_RE = re.compile(r"^(?:提交时间|汇报时间|创建时间|日期|submitted|submitted at|time)$", re.I)
# an excerpt's head: '【潍城数科 邮件 11-19 原文】', '【青州驼山 微信文字 11-21 原文】（对方销售王经理发来的文字，原样复制）'
_EXCERPT_HEAD_RE = re.compile(r"【\s*([^\s】]{2,20})[^】]*?原文[^】]*】(?:[（(][^)）\n]{0,40}[)）])?")
_COMPANY_RE = re.compile(r"([\u4e00-\u9fff]{4,24}?(?:有限责任公司|股份有限公司|有限公司))")
_NOTHING_RE = re.compile(r"^\s*[（(]?\s*(?:今日|今天|暂|本日)?(?:无|没有|暂无书面|暂无)\s*[)）]?\s*$")


def _columns(sh: RawSheet) -> tuple[int, int, int, int] | None:
    """(header row, the vendors' words column, the reporter column, the time column), else None."""
    for r in range(min(len(sh.rows), 6)):
        keys = [re.sub(r"^\s*\d{1,2}\s*[.、．]\s*", "", _text(v)).strip() for v in sh.rows[r]]
        words = next((c for c, k in enumerate(keys) if _WORDS_HEAD_RE.search(k)), None)
        who = next((c for c, k in enumerate(keys) if _WHO_HEAD_RE.match(k)), None)
        when = next((c for c, k in enumerate(keys) if _WHEN_HEAD_RE.match(k)), None)
        if words is not None and who is not None and when is not None:
            return r, words, who, when
    return None


def as_mailbox(sh: RawSheet) -> tuple[list[list], dict, list[tuple[int, int, str, str]]] | None:
    """(rows, moved addresses, the buyer's own cells (row, column, reason, text)) of a report export laid out as a
    mailbox; None for any other sheet."""
    if len(sh.rows) > 3000:
        return None
    found = _columns(sh)
    if found is None:
        return None
    h, wc, who, when = found
    out: list[list] = [list(HEAD)]
    moved: dict = {(0, c): (h, wc) for c in range(len(HEAD))}
    others: list[tuple[int, int, str, str]] = []
    vendors: set[str] = set()
    for r in range(h + 1, len(sh.rows)):
        row = sh.rows[r]
        if all(blank(v) for v in row):
            continue
        t = _text(sh.cell(r, when)).strip()
        words = _text(sh.cell(r, wc))
        heads = list(_EXCERPT_HEAD_RE.finditer(words))
        for k, m in enumerate(heads):
            body = words[m.end():heads[k + 1].start() if k + 1 < len(heads) else len(words)].strip()
            if body:
                vendor = m.group(1)
                vendors.add(vendor)
                out.append([vendor, vendor, t, "", body, "0"])
                moved.update({(len(out) - 1, c): (r, wc) for c in range(len(HEAD))})
        before = words[:heads[0].start()] if heads else words
        if before.strip() and not _NOTHING_RE.match(before):
            others.append((r, wc, "skip.buyer_message", before.strip()[:200]))
        for c, v in enumerate(row):  # the reports' own fields and the replies under them: the buyer's
            if c != wc and c > who and not blank(v) and not _NOTHING_RE.match(_text(v)):
                others.append((r, c, "skip.buyer_message", f"{_text(sh.cell(r, who))}: {_text(v)}"[:200]))
    if len(vendors) < 2:
        return None
    full: dict[str, str] = {}  # '潍城数科' -> '潍坊潍城数科有限公司': the company its own words name
    for row in out[1:]:
        if row[0] not in full:
            full.update({row[0]: m.group(1) for m in _COMPANY_RE.finditer(row[4]) if row[0] in m.group(1)})
    for row in out[1:]:
        row[0] = row[1] = full.get(row[0], row[0])
    return out, moved, others
