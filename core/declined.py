"""A bidder who declined: no quote at all.

A procurement platform's export lists every invited supplier, those who declined too ("报价状态: 已放弃", no price,
备注 "本轮放弃报价"). Read as a quote it would rank with an unknown price and ask the vendor for one; it is no quote:
listed as left out, with the words that say so, and never scored.
"""
from __future__ import annotations

import re
from operator import itemgetter

from . import schema
from .ingest import ReadResult, Skipped, _vendor_cell, blank
from .mapping import _API_NAME_RE, api_words, label_key, match_label
from .parse import to_simplified

_DECLINED_RE = re.compile("|".join(map(re.escape, schema.DECLINED_WORDS)), re.I)
_STATUS_KEYS = frozenset(label_key(w) for w in schema.NOT_FIELD_LABELS if "状态" in w or "status" in w or w in (
    "stage", "报价阶段")) | {label_key(w) for w in ("以哪轮为准", "适用轮次", "以哪次为准", "采用轮次", "排序", "名次排序",
                                                   "审查结论", "资格审查结论", "审查结果", "资格审查结果")}
_DISQUALIFIED_RE = re.compile(r"投标无效|资格(?:性)?审查未通过|未通过资格(?:性)?审查|无效投标|否决投标|被否决|废标|disqualified|"
                              r"failed the qualification",
                              re.I)
_COMMENT_LABEL_RE = re.compile(r"评论|留言|批注|comment|回函|复函|答复函|回复函|reply letter|letter of regret|修改记录|修订记录|变更记录|"
                               r"更正记录|changelog|revisionlog", re.I)
_NEGATED_RE = re.compile(r"[未没不]$")  # '未放弃' is no decline


_first = itemgetter(0)
_NO_PRICE = frozenset(("n/a", "na", "-", "—", "——", "--", "—-", "－", "/", "无", "nil", "none"))
# a registration or approval withdrawn by the buyer's own workflow ('审批状态: 已撤销'): superseded, no quote
_REVOKED = frozenset(("已撤销", "撤销", "已作废", "作废", "已取消", "cancelled", "canceled", "revoked", "void"))
_WITHDRAWN_ALONE = frozenset(("撤回", "已撤回", "放弃", "已放弃", "弃权", "退出", "withdrawn", "withdraw", "withdrew"))


def _revoked(text: str) -> bool:
    """A status saying the workflow withdrew or voided the row: '已撤销', '已作废 Void（被V2替代）', 'Cancelled'."""
    first = _FIRST_TOKEN_RE.match(text.strip().lower())
    return first is not None and first.group() in _REVOKED


_FIRST_TOKEN_RE = re.compile(r"[\u4e00-\u9fff]+|[a-z]+")


def _says_declined(text: str) -> bool:
    m = _DECLINED_RE.search(text)
    if m is None and _TRADITIONAL_HINT_RE.search(text):  # '本次暫不參與報價' typed (or OCR'd) in Traditional characters
        text = to_simplified(text)
        m = _DECLINED_RE.search(text)
    return bool(m) and not _NEGATED_RE.search(text[:m.start()])


_TRADITIONAL_HINT_RE = re.compile("[參與棄報價暫絕謝撤參]")


def _kind(label: str) -> str:
    """What a label is to this question: a bidder's status, a price, a remark, or anything else."""
    if _API_NAME_RE.fullmatch(label.strip()) and "_" in label:
        label = api_words(label)  # 'life_status', 'stage__c': a CRM's API names
    if label_key(label) in _STATUS_KEYS or _says_declined(label) or (
            "\n" in label and any(label_key(part) in _STATUS_KEYS for part in label.split("\n"))):  # '状态\nStatus'
        return "status"  # (a long table's '（未提交应答）' row says it too)
    t = match_label(label).target
    if t is None:  # a shared sheet's comment threads ('评论（@提及）'): a vendor's reply there is its remark
        return "notes" if _COMMENT_LABEL_RE.search(label_key(label)) else ""
    if t.code == "price_cny" or (t.kind == "price" and t.id != "tax"):
        return "price"
    return "notes" if t.kind == "notes" else ""


def declined(cells: list, kinds: dict[str, str]) -> str | None:
    """The words saying the bidder declined: a status cell (报价状态 '已放弃'), or, with no price at all, a remark
    ('本轮放弃报价'); None for a quote. `kinds`: each label's kind, filled as labels are met."""
    status = remark = None
    priced = False
    for label, value, _a in cells:
        kind = kinds.get(label)
        if kind is None:
            kind = kinds[label] = _kind(label)
        if kind == "price":
            if value.__class__ is str and (_says_declined(value) or value.strip().lower() in _WITHDRAWN_ALONE):
                # 'No bid', '撤回' where the total would be
                status = status or value.strip()
            else:  # 'N/A', '未报价' where the price would be is no price, nor a 0 typed into a required field
                priced = priced or not (blank(value) or value == 0 or value.__class__ is str and (
                    value.strip().lower() in _NO_PRICE or value.strip() in schema.NOT_QUOTED_WORDS or value.strip() == "0"))
        elif kind == "status" and value.__class__ is str and (_revoked(value) or value.strip().lower() in _WITHDRAWN_ALONE):
            status = status or value.strip()  # '已作废 Void（被V2替代）', '已撤回'
        elif kind and value.__class__ is str and _says_declined(value):
            if kind == "status":
                status = status or value.strip()
            else:
                remark = remark or value.strip()
    return status or (None if priced else remark)


def _only_declines(rec) -> str | None:
    """The words of an unpriced row whose only texts (the vendor's name aside) say it declined ('Phase 阶段' | 'Declined
    放弃报价（8/15 邮件：人手不足）'); None otherwise."""
    name = _vendor_cell(rec)[0]
    texts = {v.strip() for _lb, v, _a in rec.cells if v.__class__ is str and v.strip() and v.strip() != name
             and v.strip() not in _NO_PRICE and not (len(v.strip()) <= 3 and v.strip().isdigit())}  # '—', a row number
    if 0 < len(texts) <= 3 and all(_says_declined(t) or t.lower() in _WITHDRAWN_ALONE for t in texts) \
            and any(_says_declined(t) for t in texts):  # '（11月28日书面退出，未提交技术方案）' and the buyer's '退出'
        return sorted(texts, key=len)[-1]
    return None


_NO_QUOTE_RE = re.compile("|".join(map(re.escape, schema.NO_QUOTE_WORDS + schema.VOIDED_QUOTE_WORDS)), re.I)
_VOIDED_RE = re.compile("|".join(map(re.escape, schema.VOIDED_QUOTE_WORDS)), re.I)


def _says_no_quote(rec, kinds: dict[str, str]) -> str | None:
    """The words of a row whose only texts (the vendor's name and a row number aside) are price cells saying no quote
    was given or the quote is void ('衡阳雁城 | （未到场，无报价） | | |', '（作废：报价单未盖章，已退回）'); None otherwise:
    a '未报价' beside the vendor's terms is a quote whose price is unknown."""
    name = None  # the vendor's name, looked up at the first text to compare (a row number stops most rows first)
    said = []
    for lb, v, _a in rec.cells:
        if blank(v) or v.__class__ is not str:
            if blank(v):
                continue
            return None
        t = v.strip()
        if name is None:
            name = _vendor_cell(rec)[0]
        if t == name or t.lower() in _NO_PRICE or (len(t) <= 3 and t.isdigit()) or _is_package(lb):
            continue
        if not _NO_QUOTE_RE.search(t) or (kinds.get(lb) != "price" and not _NOT_ASKED_RE.search(t)
                                          and not _GAVE_NONE_RE.search(t)):
            return None  # a price cell saying none was given, or any cell of a row otherwise empty saying so
        said.append(t)
    return max(said, key=len) if said else None


_GAVE_NONE_RE = re.compile(r"未报价|没有报价|没报价|无报价|不报价|未提供报价")


def _is_package(label: str) -> bool:
    t = match_label(label).target
    return t is not None and t.id == "package"


# what a register writes where a listed vendor gave no quote this time ('（已发询价函，未回复）', '（暂停期间不邀请）')
_NOT_ASKED_RE = re.compile(r"未回复|未答复|未回函|不邀请|未邀请|未参与|未参加|未询价|no reply|not invited|no response", re.I)


def _here_layout(labels: list[str], kinds: dict[str, str]) -> tuple[bool, list[tuple[int, bool]]]:
    """What `_no_quote_here` looks at in a row of these labels, worked out once per layout: whether the register marks
    this inquiry's columns ('【补录】…' twice or more), and the cells that tell — (index, is a price) in the row's order:
    the price cells, the module cells and the marked ones."""
    marks = [m.group() for lb in labels if (m := _SECTION_MARK_RE.match(lb))]
    section = next((m for m in set(marks) if marks.count(m) >= 2), None)
    telling = [(i, kinds.get(lb) == "price") for i, lb in enumerate(labels)
               if kinds.get(lb) == "price" or _is_features(lb) or (section is not None and lb.startswith(section))]
    return section is not None, telling


def _no_quote_here(rec, layout: tuple[bool, list[tuple[int, bool]]], priced_elsewhere: bool) -> str | None:
    """A listed vendor with nothing quoted in this inquiry, in a sheet where other rows are priced: its price cell says
    none was asked for or given ('（已发询价函，未回复）', '（暂停期间不邀请）') and it lists no modules, or — in a register
    whose columns for this inquiry carry their own mark ('【补录】本项目报价', '【补录】功能模块') — every one of those columns
    is empty. Its certificates and company data are the register's, no quote. Returns what its price cell says ('' when
    blank); None for a quote. `layout`: `_here_layout` of the record's labels."""
    if not priced_elsewhere:
        return None
    marked, telling = layout
    said = None
    cells = rec.cells
    for i, is_price in telling:
        v = cells[i][1]
        if is_price:
            if blank(v) or (v.__class__ is str and v.strip().lower() in _NO_PRICE):
                continue
            if v.__class__ is str and (_NOT_ASKED_RE.search(v) or _NO_QUOTE_RE.search(v)):
                said = said or v.strip()
                continue
            return None
        if not blank(v):
            return None
    if said is None and not marked:
        return None  # a bare row beside priced ones stays a quote: its gates wait for the answers
    return said or ""


_SECTION_MARK_RE = re.compile(r"^\s*[【\[][^】\]]{1,8}[】\]]")


def _is_features(label: str) -> bool:
    t = match_label(label).target
    return t is not None and (t.id == "features" or t.kind == "feature")


def drop_declined(res: ReadResult) -> None:
    """Take the records of bidders who declined out of `res`, each listed as skipped with its words."""
    kinds: dict[str, str] = {}
    keep = []
    layout: dict[tuple, tuple] = {}  # (file, sheet) -> (labels of a record, the places of its telling cells)
    priced = set()  # the sheets where some row gives a price
    for rec in res.records:
        for lb, code in (rec.fixed or {}).items():  # a column the layout made the price ('温宿公司（本公司）配置报价')
            if code == "price_cny":
                kinds[lb] = "price"
        if (rec.file, rec.sheet) not in priced and any(
                (kinds[lb] if lb in kinds else kinds.setdefault(lb, _kind(lb))) == "price" and not blank(v)
                and not (v.__class__ is str and (v.strip().lower() in _NO_PRICE or _NOT_ASKED_RE.search(v)
                                                  or _NO_QUOTE_RE.search(v)))
                for lb, v, _a in rec.cells):
            priced.add((rec.file, rec.sheet))
    for rec in res.records:
        cells = rec.cells
        labels = list(map(_first, cells))
        seen = layout.get((rec.file, rec.sheet))
        if seen is None or seen[0] != labels:  # a row laid out otherwise than the last one: its labels looked at
            for lb in labels:
                if lb not in kinds:
                    kinds[lb] = _kind(lb)
            seen = layout[(rec.file, rec.sheet)] = (labels, [i for i, lb in enumerate(labels) if kinds[lb]],
                                                    _here_layout(labels, kinds))
        words = declined([cells[i] for i in seen[1]], kinds)  # only status, price and remark cells can tell
        if words is None and not any(kinds[cells[i][0]] == "price" and not blank(cells[i][1])
                                     and not (cells[i][1].__class__ is str and cells[i][1].strip().lower() in _NO_PRICE)
                                     for i in seen[1]):
            words = _only_declines(rec)  # unpriced: a row that says nothing but that it declined, wherever it says it
        no_quote = None
        if words is None:
            words = no_quote = _says_no_quote(rec, kinds)  # '（未到场，无报价）' and nothing else: no quote was given
        if words is None and (here := _no_quote_here(rec, seen[2], (rec.file, rec.sheet) in priced)) is not None:
            name = _vendor_cell(rec)[0]
            res.skipped.append(Skipped(rec.file, rec.sheet, rec.origin, "skip.not_quoted_here",
                                       f"{name}: {here}" if here else name))
            continue
        if words is None:
            keep.append(rec)
            continue
        name = _vendor_cell(rec)[0]
        reason = ("skip.withdrawn" if no_quote and _VOIDED_RE.search(no_quote) else "skip.no_quote" if no_quote else
                  "skip.withdrawn" if _revoked(words) else
                  "skip.disqualified" if _DISQUALIFIED_RE.search(words) else "skip.declined")
        res.skipped.append(Skipped(rec.file, rec.sheet, rec.origin, reason, f"{name}: {words}" if name else words))
    res.records = keep
