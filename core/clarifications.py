"""A tender's clarification register (澄清记录): the bidders' later answers, read over what their bids said.

A buyer's tender workbook often keeps, beside the price schedule and the technical response, a register of the
questions it sent each bidder and their answers — CQ No. | Bidder | Question | Bidder's response | Response date.
An answer is the bidder's latest word on the point it answers: "Our Level 3 assessment is under way" replaces the
"Compliant." of the bid; "Correction to our bid: regulatory changes are charged" replaces "Free"; a best and final
offer (BAFO, 最终报价) is the price. So each answered row becomes a cell of that bidder's quote, labelled by what the
question asks — the requirement its reference names ("R-07: …" is the row R-07 of another sheet), a final offer, or
the question's own words — and marked as an answer: where it states a field, it is used over the bid's cell, and
the replacement is said (warn.answer_replaces). The buyer's questions are never the bidder's words; a question not
answered yet is listed, as is an answer for a bidder no other sheet names.
"""
from __future__ import annotations

import re

from .ingest import RawSheet, ReadResult, Record, RecordCell, Skipped, _text, _vendor_cell, blank
from .declined import _says_declined
from .mapping import match_label

_QUESTION_HEAD = re.compile(r"^(?:question|questions|query|queries|clarification|clarificationquestion|questionissued|"
                            r"questiongroupprocurement|问题|澄清问题|澄清事项|澄清内容|质询|询问|提问|问题描述|问题/澄清事项|"
                            r"澄清事项/问题|问题或澄清事项)$")
# who answered the row ('答复方 | 采购人（…）' under a bidder's own question): an answer that is not the bidder's is no word of it
_ANSWERER_HEAD = re.compile(r"^(?:答复方|回复方|答复人|回复人|答复单位|回复单位|answeredby|respondedby)$")
_BUYER_SIDE_RE = re.compile(r"采购人|采购方|招标人|招标方|采购单位|代理机构|磋商小组|评审小组|谈判小组|buyer|purchaser|"
                            r"procuring entity|agent", re.I)
_RESPONSE_HEAD = re.compile(r"^(?:response|responses|answer|answers|reply|bidder'?s?response|biddersresponse|"
                            r"vendor'?s?response|supplier'?s?response|答复|回复|澄清答复|澄清回复|供应商答复|投标人答复|"
                            r"投标人回复|供应商回复|答复内容|回复内容|书面答复|书面回复|投标人书面答复|供应商书面答复|"
                            r"投标人书面回复)$")
_REF_RE = re.compile(r"^\s*([A-Z]{1,3}-?\d{1,3}(?:\.\d{1,2})?)\s*[:：.\-–]", re.I)
_REF_CELL_RE = re.compile(r"^\s*[A-Z]{1,3}-?\d{1,3}(?:\.\d{1,2})?\s*$", re.I)
_FINAL_OFFER_RE = re.compile(r"best and final|\bbafo\b|final offer|最终报价|最后报价|二次报价|再次报价|最终价格", re.I)
_FINAL_LABEL = "最终报价"  # a discount-role price label (schema.PRICE_ROLES): the offer that stands
_KEEP = 8  # rows searched for the header
_REGISTER_MAX_ROWS = 500


def _key(v: object) -> str:
    """A header's words without its bracket ('澄清问题（采购方）' is 澄清问题) and spacing."""
    return re.sub(r"[\s()（）:：.]+", "", re.sub(r"[(（][^)）]{1,10}[)）]", "", _text(v))).lower()


def _header(sh: RawSheet, first: int | None = None) -> tuple[int, int, int, int] | None:
    """(header row, vendor, question, response columns) of a clarification register; None for any other sheet. The
    header is looked for in the first rows with anything in them (`first`: from that row)."""
    if first is None:
        first = next((r for r, row in enumerate(sh.rows) if any(not blank(v) for v in row)), 0)
    for h, row in enumerate(sh.rows[first:first + _KEEP], start=first):
        vc = next((c for c, v in enumerate(row) if isinstance(v, str) and (t := match_label(v).target) is not None
                   and t.code == "vendor"), None)
        qc = next((c for c, v in enumerate(row) if _QUESTION_HEAD.match(_key(v))), None)
        rc = next((c for c, v in enumerate(row) if _RESPONSE_HEAD.match(_key(v))), None)
        if vc is not None and qc is not None and rc is not None and len({vc, qc, rc}) == 3:
            return h, vc, qc, rc
    return None


def register_below(sh: RawSheet) -> int | None:
    """The row where a clarification register starts below a table of the same sheet (a 竞争性磋商 record: the bids,
    then 澄清问答记录), or None."""
    if len(sh.rows) > _REGISTER_MAX_ROWS:
        return None  # a register under a table is a short document; a long sheet is one table
    table_above = False
    for r, row in enumerate(sh.rows):
        texts = [v for v in row if isinstance(v, str) and v.strip()]
        if r >= 3 and table_above and len(texts) >= 3 and any(len(v) <= 20 and _QUESTION_HEAD.match(_key(v)) for v in texts) \
                and (found := _header(sh, r)) is not None and found[0] == r:
            return r
        table_above = table_above or sum(1 for v in row if not blank(v)) >= 3
    return None


def read_register(sh: RawSheet) -> list[tuple[str, str, str, object, str]] | None:
    """The answered rows of a register: (bidder, question, reference, answer, address); None for any other sheet."""
    found = _header(sh)
    if found is None:
        return None
    h, vc, qc, rc = found
    ac = next((c for c, v in enumerate(sh.rows[h]) if _ANSWERER_HEAD.match(_key(v))), None)
    rows = []
    for r in range(h + 1, len(sh.rows)):
        bidder, question = _text(sh.cell(r, vc)), _text(sh.cell(r, qc))
        if not bidder and not question:
            continue
        if ac is not None and (who := _text(sh.cell(r, ac)).strip()) and bidder.strip() not in who \
                and _BUYER_SIDE_RE.search(who):  # the buyer's answer to the bidder's question: the buyer's words
            rows.append((bidder, question, _BUYER_ANSWER, sh.cell(r, rc), sh.address(r, rc)))
            continue
        m = _REF_RE.match(question)
        rows.append((bidder, question, m.group(1).upper() if m else "", sh.cell(r, rc), sh.address(r, rc)))
    return rows


_BUYER_ANSWER = "\x00buyer"  # a row's reference marking the buyer's own answer (listed, never read)


_CHANGE_ITEM_HEAD = re.compile(r"^(?:变更内容|变更项目|变更事项|变更项|调整内容|调整项目|changeitem|item)$")
_CHANGE_AFTER_HEAD = re.compile(r"^(?:变更后|变更后内容|调整后|调整后内容|修改后|after|changedto|newvalue)$")
_CHANGE_SIGNED_HEAD = re.compile(r"^(?:是否已?书面确认|是否已?确认|书面确认|确认状态|是否盖章确认|writtenconfirmation|confirmed)")
_SIGNED_RE = re.compile(r"\s*(?:是|已|确认|yes|y\b|✓|✔|√)", re.I)


def read_change_order(sh: RawSheet) -> tuple[list[tuple[str, str, str, object, str]], list[Skipped]] | None:
    """A vendor's own 报价变更单 (变更内容 | 变更前 | 变更后 | 是否已书面确认, the vendor named in its title): each change it
    confirms in writing is its later word on the item, read over its quote like a register's answer; a change not
    confirmed yet ('否（待…后书面确认）' — the order itself says such rows change nothing) is listed, never read. (The
    answered rows, the rows listed) — None for any other sheet."""
    for h, row in enumerate(sh.rows[:_KEEP]):
        keys = [_key(v) for v in row]
        ic = next((c for c, k in enumerate(keys) if _CHANGE_ITEM_HEAD.match(k)), None)
        ac = next((c for c, k in enumerate(keys) if _CHANGE_AFTER_HEAD.match(k)), None)
        sc = next((c for c, k in enumerate(keys) if _CHANGE_SIGNED_HEAD.match(k)), None)  # '是否已书面确认（盖章）' too
        if ic is not None and ac is not None and sc is not None:
            break
    else:
        return None
    from .formal import document_vendor  # the company its title names ('泽普金湖杨数科有限公司　报价变更单')

    vendor = document_vendor(sh, upto=h)
    if not vendor:
        return None
    rows, listed = [], []
    for r in range(h + 1, len(sh.rows)):
        item, after, signed = _text(sh.cell(r, ic)), sh.cell(r, ac), _text(sh.cell(r, sc))
        if not item or blank(after):
            continue
        if _SIGNED_RE.match(signed):
            rows.append((vendor, item, "", after, sh.address(r, ac)))
        else:
            listed.append(Skipped(sh.file, sh.sheet, sh.address(r, ac), "skip.unconfirmed_change",
                                  f"{vendor}: {item}: {_text(after)}（{signed or '—'}）"[:200]))
    return rows, listed


def _references(sheets: list[RawSheet]) -> dict[str, str]:
    """Reference -> the requirement's label, from rows that begin with a reference cell ('R-07' | 'Modules in the
    quoted price')."""
    out: dict[str, str] = {}
    for sh in sheets:
        for row in sh.rows:
            cells = [v for v in row if not blank(v)]
            if len(cells) >= 2 and isinstance(cells[0], str) and _REF_CELL_RE.match(cells[0]):
                out.setdefault(cells[0].strip().upper(), _text(cells[1]))
    return out


_QUOTED_RE = re.compile(r"[“「『\"]([^”」』\"]{2,40})[”」』\"]")
_QUOTES_BID_RE = re.compile(r"(?:响应文件|投标文件|报价文件|报价单|贵司|贵方)(?:中|里)?(?:写|称|载明|表述为?|承诺)\s*[“「『\"]")


def apply_registers(res: ReadResult, registers: list[tuple[RawSheet, list]]) -> None:
    """Each answered row as a cell of its bidder's quote, read over the bid (in place); the rest listed."""
    refs = _references(res.sheets)
    by_vendor: dict[str, Record] = {}
    for rec in res.records:
        by_vendor.setdefault(_vendor_cell(rec)[0].strip().casefold(), rec)
    for sh, rows in registers:
        for bidder, question, ref, answer, address in rows:
            rec = by_vendor.get(bidder.strip().casefold())
            if ref == _BUYER_ANSWER:
                res.notes.append(Skipped(sh.file, sh.sheet, address, "skip.buyer_answer", f"{bidder}: {_text(answer)}"[:200]))
                continue
            if rec is not None and _says_declined(_text(answer)):  # '我司经研究决定退出本项目磋商…': no quote of it
                res.records.remove(rec)
                del by_vendor[bidder.strip().casefold()]
                res.skipped.append(Skipped(sh.file, sh.sheet, address, "skip.declined", f"{bidder}: {_text(answer)}"[:200]))
                continue
            if blank(answer):
                res.notes.append(Skipped(sh.file, sh.sheet, address, "skip.unanswered", f"{bidder}: {question}"[:200]))
                continue
            if rec is None:
                res.notes.append(Skipped(sh.file, sh.sheet, address, "skip.answer_no_quote", f"{bidder}: {answer}"[:200]))
                continue
            if _FINAL_OFFER_RE.search(question):
                label = _FINAL_LABEL
            elif ref and ref in refs:
                label = refs[ref]
            else:
                label = question
                if (said := _QUOTED_RE.findall(question)) and (match_label(question).target is None
                                                               or _QUOTES_BID_RE.search(question)):
                    # '投标文件写“支持等保三级”，请提供证明。', '响应文件写“提供完整源码”，风控决策引擎是否加密…？': the words
                    # quoted from the bid say what is asked about, before any other word of the question
                    label = next((q for q in said if match_label(q).target is not None), question)
            cell = RecordCell(label, answer, f"{sh.sheet}!{address}")
            rec.cells = [rec.cells[0], cell, *rec.cells[1:]]  # first among the cells for its field
            rec.answered.add(cell[2])
        res.notes.append(Skipped(sh.file, sh.sheet, "", "note.register_read", sh.sheet))
