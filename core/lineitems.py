"""A document export with one row per line item (an ERP's 采购报价单, a purchase system's quotation lines).

An ERP writes each quotation as rows of its lines — 单据编号 | 供应商 | 表头备注 | 行号 | 物料名称 | 规格型号 | 计价数量 |
含税单价 | 税率 | 金额 | 税额 | 价税合计 | 行备注 — with the document's own fields (number, vendor, header remark) on its
first line only, and often a 合计 row over every document at the foot. Read row by row, each document would be its
first line alone and the other lines would be lost. So each document is read as one quote:

- the document's fields come from its first line (the header remark read for every term it states);
- each line with an amount is a money line of a register (core.register): its role from the item, its
  specification and its remark — a licence or implementation line is a price item, summed (价税合计 is tax-inclusive
  whatever each line's rate); a line marked 选配 is an option at its unit price; a yearly maintenance line (每年) is
  the fee after the free period; a line of quantity 0 is not bought, its unit price kept for an option or the fee;
- a line's specification that lists modules ('含企业征信查询、银行流水分析…') is the quote's module list;
- the foot's 合计 over all documents is no quote (listed).
"""
from __future__ import annotations

import re

from .formal import _AMOUNT_HEAD, _ITEM_HEAD, _LINE_NOTE_HEAD, _QTY_HEAD, _TOTAL_ROW, _UNIT_PRICE_HEAD, _key
from .ingest import RawSheet, Record, RecordCell, Skipped, _text, blank
from .mapping import match_label
from .parse import match_feature
from .reading import _FEATURE_ABSENT_RE, norm, read_features

_SPEC_HEAD = re.compile(r"^(?:规格型号|规格|型号|规格说明|说明|描述|specification|spec|description|details)$")
# a column saying whether the line is in the total ('是否含在合计' | '否（选配，另加）'): a line left out is an option
_INCLUDED_HEAD = re.compile(r"^(?:是否)?(?:已)?(?:含在|包含在|包含于|含于|计入|列入|纳入)(?:合计|总价|报价|总报价)(?:内|中)?$|"
                            r"^(?:includedintotal|intotal|includedinprice|includedinthetotal|included|inclusive)$")
_NOT_INCLUDED = re.compile(r"\s*(?:否|不|未|没有|无|×|✗|(?<![a-z])(?:no|n|not|excluded)(?![a-z]))", re.I)
_LINE_UNIT_HEAD = re.compile(r"^(?:模块|项目|功能|服务|产品)单价")  # '模块单价(元)': each line's own price
_GROSS_HEAD = re.compile(r"^(?:价税合计|含税金额|含税金额元|含税总价|金额含税|含税合计|amountinclvat|grossamount|totalinclvat|"
                         r"lineamountinclvat)$")
_SCAN = 8
# each line's kind of cost ('一次性' | '赠送' | '优惠' | '每年' | '需另购') and its own tax words ('含税' | '不含税')
_ITEM_MODULES_RE = re.compile(r"[（(]([^（）()]{6,})[)）]\s*$")
_GIFT_KIND_RE = re.compile(r"赠送|附赠|免费赠送|免费提供|gift|free of charge|complimentary", re.I)
_REBATE_RE = re.compile(r"优惠|折扣|减免|让利|rebate|discount", re.I)
_ONE_OFF_RE = re.compile(r"^\s*(?:一次性|一次|买断|one-?off|once)\s*$", re.I)
_OPTION_KIND_RE = re.compile(r"另购|选购|选配|加购|可选|另计|optional|add-?on", re.I)
# a line that carries the vendor's written answers, not a thing bought ('服务条款（文本应答）' | 0.00 | 备注 '等保：…；维护：…')
_TERMS_ITEM_RE = re.compile(r"条款|文本应答|应答|答复|承诺|资质|terms|responses?|commitments?", re.I)
_LINE_NO_HEAD = re.compile(r"^(?:明细序号|明细行号|行号|报价行号|行项目号|行次|明细编号|lineno|linenumber|line)$")
_KIND_HEAD = re.compile(r"^(?:费用类型|费用性质|费用类别|计费方式|收费方式|计费类型|costtype|chargetype|linetype)$")
_LINE_TAX_HEAD = re.compile(r"^(?:计税方式|计税|是否含税|含税否|含税与否|taxtype|vattype)$")
# the approval's or the buyer's own fields repeated on every line of an export: never a vendor's words
_BUYER_FIELD_HEAD = re.compile(r"^(?:审批编号|审批单号|模板名称|申请人|申请部门|提交时间|发起时间|发起人|审批状态|审批意见|审批结果|"
                               r"审批人|当前审批人|完成时间|流程状态|单据状态|approvalno|approvalstatus|approvercomment)$")
# a line's note on the whole quote's tax ('该家报价不含税，6%税额开票时另加', '以上均为含税价')
_QUOTE_TAX_RE = re.compile(r"(?:该家|本家|整体|全部|以上|所有|各项)?(?:报价|价格|金额)(?:均|全部|都)?(?:为)?(?:不含税|未含税|含税)[^；;。]*|"
                           r"(?:以上|全部|各项|所有)(?:均|都)(?:为)?(?:不含税|未含税|含税)[^；;。]*")


def _columns(row: list) -> dict[str, int] | None:
    keys = [_key(v) for v in row]
    cols: dict[str, int] = {}
    for c, (v, k) in enumerate(zip(row, keys)):
        if not k:
            continue
        t = match_label(v).target if isinstance(v, str) else None
        if "vendor" not in cols and t is not None and t.code == "vendor":
            cols["vendor"] = c
        elif "gross" not in cols and _GROSS_HEAD.match(k):
            cols["gross"] = c
        elif "item" not in cols and (_ITEM_HEAD.match(k) or re.match(r"^(?:物料名称|物料/服务名称|物料或服务名称|物料服务名称|"
                                                                     r"服务名称|物料|品名|货品名称|产品名称|项目名称|"
                                                                     r"付款节点|付款阶段|付款期次|付款里程碑|里程碑|"
                                                                     r"费用项目|费用名称|收费项目|报价项目名称|货物或应税劳务、?服务名称|货物或应税劳务名称|"
                                                                     r"应税劳务、?服务名称)$", k)):
            cols["item"] = c
        elif "lineno" not in cols and _LINE_NO_HEAD.match(k):
            cols["lineno"] = c
        elif "kind" not in cols and _KIND_HEAD.match(k):
            cols["kind"] = c
        elif "tax" not in cols and _LINE_TAX_HEAD.match(k):
            cols["tax"] = c
        elif "spec" not in cols and _SPEC_HEAD.match(k):
            cols["spec"] = c
        elif "qty" not in cols and (_QTY_HEAD.match(k) or re.match(r"^(?:计价|订购|采购|报价|实际)数量", k)):
            cols["qty"] = c
        elif "unit" not in cols and (_UNIT_PRICE_HEAD.match(k) or k.startswith("含税单价") or _LINE_UNIT_HEAD.match(k)):
            cols["unit"] = c
        elif "included" not in cols and _INCLUDED_HEAD.match(k):
            cols["included"] = c
        elif "note" not in cols and _LINE_NOTE_HEAD.match(k):
            cols["note"] = c
        elif "amount" not in cols and _AMOUNT_HEAD.match(k):
            cols["amount"] = c
    if "gross" in cols:
        cols["money"] = cols["gross"]
    elif "amount" in cols:
        cols["money"] = cols["amount"]
    elif "unit" in cols and "qty" not in cols:  # '模块 | 模块单价': one of each module, its price the line's amount
        cols["money"] = cols["unit"]
    if "vendor" in cols and "item" in cols and "money" in cols:
        return cols
    return None


def _number(v: object) -> float | None:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    t = _text(v).replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


def read_line_items(sh: RawSheet) -> tuple[list[Record], list[Skipped]] | None:
    """One record per document of a line-item export; None when the sheet is no such export (no line without the
    vendor under a line with one)."""
    from .register import money_lines

    for h, row in enumerate(sh.rows[:_SCAN]):
        cols = _columns(row)
        if cols is not None:
            break
    else:
        return None
    vc, ic, mc = cols["vendor"], cols["item"], cols["money"]
    head = [_text(v) for v in sh.rows[h]]
    body = range(h + 1, len(sh.rows))
    line_cols = {c for k, c in cols.items() if k != "vendor"}
    other_cols = [c for c in range(len(head)) if head[c] and c not in line_cols and c != vc]
    starts, continued = [], []
    name = None
    # the document's fields written again on every line ('按明细展开': an approval's export): every run of lines of one
    # vendor repeats all of them, word for word
    runs: list[list[tuple]] = []
    for r in body:
        v = _text(sh.cell(r, vc))
        if not v:
            continue
        key = (v, tuple(_text(sh.cell(r, c)) for c in other_cols))
        if runs and runs[-1][0][0] == v:
            runs[-1].append(key)
        else:
            runs.append([key])
    # (a line's own columns the ERP adds — 物料编码, 计量单位, 交货期 — change from line to line: the document's are the
    # columns every run repeats word for word)
    # columns every run repeats word for word; a column that changes only now and then within a run (a second
    # 审批编号 under the same vendor) is a document's: the run is several documents, and no export of this kind
    same = [k for k in range(len(other_cols)) if all(len({key[1][k] for key in run}) == 1 for run in runs)]
    pairs = sum(len(run) - 1 for run in runs)
    per_line = all(sum(a[1][k] != b[1][k] for run in runs for a, b in zip(run, run[1:])) * 2 >= pairs
                   for k in range(len(other_cols)) if k not in same)
    repeated_mode = len(other_cols) >= 2 and sum(len(run) >= 2 for run in runs) >= 2 and per_line \
        and all(sum(bool(run[0][1][k]) for k in same) >= 2 for run in runs)
    repeated_cols = {other_cols[k] for k in same}
    repeated = False
    ledger = _ledger(sh, h, vc, ic, mc)
    if ledger is not None:  # a finance ledger of lines registered as they came: each vendor's lines, wherever they stand
        lines_of, cancelled = ledger
        body = [r for rows_ in lines_of.values() for r in rows_]
        starts = [rows_[0] for rows_ in lines_of.values()]
        continued = [r for rows_ in lines_of.values() for r in rows_[1:]]
        repeated, repeated_mode = True, True
        repeated_cols = {c for c in other_cols if all(len({_text(sh.cell(r, c)) for r in rows_}) == 1
                                                      for rows_ in lines_of.values())}
    else:
        cancelled = {}
    for r in (() if ledger is not None else body):
        v = sh.cell(r, vc)
        if isinstance(v, str) and (t := match_label(v).target) is not None and t.code == "vendor":
            return None  # a second table's header under the lines ('供应商 | 功能范围 | …'): no export of lines alone
        line = not blank(sh.cell(r, ic)) and (not blank(sh.cell(r, mc)) or "kind" in cols and not blank(sh.cell(r, cols["kind"])))
        if blank(v):
            if line:
                continued.append(r)
        elif line and name is not None and _text(v) == name and other_cols \
                and all(blank(sh.cell(r, c)) for c in other_cols):
            continued.append(r)  # the vendor's name repeated down its lines, its own fields on the first line only
        elif line and repeated_mode and name is not None and _text(v) == name:
            continued.append(r)  # every field of the document repeated on its lines
            repeated = True
        else:
            starts.append(r)
            name = _text(v)
    if not starts or not continued or ledger is None and not any(r - 1 in starts or r - 1 in continued for r in continued):
        return None
    begins = set(starts)
    # the document's own fields: the columns its continuation lines leave blank
    doc_cols = [c for c in range(len(head)) if head[c] and c not in line_cols
                and (c in repeated_cols if repeated else all(blank(sh.cell(r, c)) for r in continued))]
    buyers = [c for c in doc_cols if _BUYER_FIELD_HEAD.match(_key(head[c]))]  # the approval's own fields: listed
    doc_cols = [c for c in doc_cols if c not in buyers]
    records: list[Record] = []
    listed: list[Skipped] = []
    rec: Record | None = None
    modules_named: list[tuple[str, int]] = []  # (item, row) of the lines that name a module, in the total
    tax_words = "含税" if "gross" in cols else ""
    # a note on one line that speaks for the whole quote ('该家报价不含税，6%税额开票时另加'): every line's tax words
    doc_tax: dict[int, str] = {}
    if "note" in cols and not tax_words:
        owner = None
        for r in body:
            owner = r if r in begins else owner
            note = _text(sh.cell(r, cols["note"]))
            if owner is not None and owner not in doc_tax and _QUOTE_TAX_RE.search(note):
                doc_tax[owner] = _QUOTE_TAX_RE.search(note).group()
    owner = None
    for r in body:
        row = sh.rows[r]
        if not any(not blank(v) for v in row):
            continue
        owner = r if r in begins else owner
        first = next((_text(v) for v in row if not blank(v)), "")
        if blank(sh.cell(r, vc)) and blank(sh.cell(r, ic)) and _TOTAL_ROW.match(_key(first)):
            listed.append(Skipped(sh.file, sh.sheet, sh.address(r, 0), "skip.summary_row", " | ".join(
                _text(v) for v in row if not blank(v))[:200]))
            continue
        if r in begins:
            _named_modules(rec, sh, modules_named, ic)
            modules_named = []
            rec = Record(sh.file, sh.sheet, str(r + 1), [RecordCell(head[vc], sh.cell(r, vc), sh.address(r, vc))])
            for c in doc_cols:
                if c != vc and not blank(sh.cell(r, c)):
                    rec.cells.append(RecordCell(head[c], sh.cell(r, c), sh.address(r, c)))
            for c in buyers:  # '审批意见 | 同意（刘总）：注意这家报价是不含税的': the buyer's, listed
                if not blank(sh.cell(r, c)):
                    listed.append(Skipped(sh.file, sh.sheet, sh.address(r, c), "skip.notes_column",
                                          f"{head[c]}: {_text(sh.cell(r, c))}"[:200]))
            records.append(rec)
        if rec is None or blank(sh.cell(r, ic)):
            continue
        if r in cancelled:  # a 红字 line and the line it reverses: neither is bought; the words they carry are the vendor's
            if "note" in cols and not blank(sh.cell(r, cols["note"])):
                label = f"{_text(sh.cell(r, ic))}（第{r + 1}行，{head[cols['note']]}）"
                rec.cells.append(RecordCell(label, sh.cell(r, cols["note"]), sh.address(r, cols["note"])))
                rec.fixed[label] = "notes"  # (the letter a reversal quotes changes the lines it re-books, which are read)
            continue
        item = _text(sh.cell(r, ic))
        spec = _text(sh.cell(r, cols["spec"])) if "spec" in cols else ""
        note = _text(sh.cell(r, cols["note"])) if "note" in cols else ""
        if ledger is not None and note:  # a ledger's 备注 copies the vendor's 报价单 and letters: the quote's words, not
            label = f"{item}（第{r + 1}行，{head[cols['note']]}）"  # the line's kind of cost
            rec.cells.append(RecordCell(label, note, sh.address(r, cols["note"])))
            rec.fixed[label] = "notes"
            note = ""
        included = _text(sh.cell(r, cols["included"])) if "included" in cols else ""
        left_out = bool(included) and bool(_NOT_INCLUDED.match(included))  # '否（选配，另加）': not in the total
        qty = _number(sh.cell(r, cols["qty"])) if "qty" in cols else None
        amount = sh.cell(r, mc)
        if qty == 0 and "unit" in cols and not blank(sh.cell(r, cols["unit"])):
            amount = sh.cell(r, cols["unit"])  # not bought: the unit price is what it would cost
        if (not spec or ledger is not None and len(read_features(spec).value or ()) < 2) \
                and (m := _ITEM_MODULES_RE.search(item)) and len(read_features(m.group(1)).value or ()) >= 2:
            spec = m.group(1)  # '系统源码授权（企业征信、银行流水分析、电子合同…）': the licence's modules in its name
            item = item[:m.start()].strip() or item  # (a ledger's 规格型号 'V4.1' beside it is the version only)
        kind = _text(sh.cell(r, cols["kind"])) if "kind" in cols else ""
        line_tax = _text(sh.cell(r, cols["tax"])) if "tax" in cols else ""
        if spec and (m := _ITEM_MODULES_RE.search(spec)) and len(read_features(m.group(1)).value or ()) >= 2 \
                and len(read_features(m.group(1)).value) > len(read_features(spec).value or ()):
            rec.cells.append(RecordCell(f"{item}（第{r + 1}行，{head[cols['spec']]}全文）", spec, sh.address(r, cols["spec"])))
            rec.fixed[rec.cells[-1].label] = ""  # the edition as written, kept
            spec = m.group(1)  # '商户经营贷版V3.2（含企业征信查询、银行流水分析…）': the edition's modules in its brackets
        modules = bool(spec) and len(read_features(spec).value or ()) >= 2  # '含企业征信查询、银行流水分析…'
        # (a line in the total says so and is read: its '是' is no remark to list)
        words = "；".join(x for x in (None if modules else spec, kind if kind and not _ONE_OFF_RE.match(kind) else None,
                                     note, included if left_out else None) if x)
        line = f"第{r + 1}行"
        zero = _number(amount) == 0  # '0.00' beside '待商务谈判后报价': no amount yet, said bare so it reads so
        words_col = cols.get("spec", cols.get("note", cols.get("included", mc)))
        if blank(amount) and kind and _OPTION_KIND_RE.search(kind) and match_feature(item):
            # '电子合同模块 | 需另购 | (no amount) | 价格以第三方报价为准': a module offered at a price not given
            label = f"{item}（{line}，{head[cols['kind']]}）"
            rec.cells.append(RecordCell(label, f"{item}（{words}）", sh.address(r, cols["kind"])))
            rec.fixed[label] = "features"
            continue
        if (blank(amount) or zero) and words and _TERMS_ITEM_RE.search(item) and not match_feature(item):
            # '服务条款（文本应答）' | 0.00 | '等保：已取得…；维护：免费维护12个月…': the vendor's terms, read for every field
            # they state — no module, no price and no fee of 0
            label = f"{item}（{line}，{head[words_col]}）"
            rec.cells.append(RecordCell(label, words, sh.address(r, words_col)))
            rec.fixed[label] = "notes"
            continue
        if blank(amount):
            if words:  # an item with no amount and no option ('（无）'): its words are listed
                listed.append(Skipped(sh.file, sh.sheet, sh.address(r, ic), "skip.notes_column", f"{item}: {words}"[:200]))
            continue
        if (blank(amount) or zero) and words and match_feature(item) and _FEATURE_ABSENT_RE.search(norm(words)):
            # '分期计算器 | 0.00 | 列入二期开发，本期不交付，届时另行报价': not in this quote — its words kept as said of the module
            label = f"{item}（{line}，{head[words_col]}）"
            rec.cells.append(RecordCell(label, f"{item}：{words}", sh.address(r, words_col)))
            rec.fixed[label] = "features"
            continue
        if kind and _GIFT_KIND_RE.search(kind) and match_feature(item) and not _number(amount):
            # '区块链存证模块 | 赠送 | 0.00': a module given away is in the quote, at no cost
            label = f"{item}（{line}，{head[cols['kind']]}）"
            rec.cells.append(RecordCell(label, f"赠送{item}", sh.address(r, ic)))
            rec.fixed[label] = "features"
        rebate = (_REBATE_RE.search(kind) or _REBATE_RE.search(item)) and (_number(amount) or 0) < 0
        lines = money_lines(item, "选配" if left_out or (kind and _OPTION_KIND_RE.search(kind)) else "", words, amount,
                            None if zero else tax_words or line_tax or doc_tax.get(owner) or None,
                            head[mc], head[words_col] if words_col != mc else "说明", where=line)
        if not left_out and not modules and lines and lines[0][2] == "price:item" and match_feature(item):
            modules_named.append((item, r))
        if rebate:  # '商务优惠 | 优惠 | -16000.00': taken off the sum of the lines
            lines[0] = (lines[0][0], lines[0][1], "price:rebate")
        for (label, value, code), col in zip(lines, (mc, words_col)):
            rec.cells.append(RecordCell(label, value, sh.address(r, col)))  # the amount, then the line's words
            if code is not None:
                rec.fixed[label] = code
        if modules:  # the line's specification lists the modules
            label = f"{item}（{line}，功能）"
            rec.cells.append(RecordCell(label, spec, sh.address(r, cols["spec"] if "spec" in cols else ic)))
            rec.fixed[label] = "features"
    _named_modules(rec, sh, modules_named, ic)
    if ledger is not None:  # a vendor whose every line is reversed and never re-booked withdrew: no quote (listed)
        gone = {name for name, rows_ in lines_of.items() if all(r in cancelled for r in rows_)}
        for rec_ in [x for x in records if _text(x.cells[0].value) in gone]:
            records.remove(rec_)
            name = _text(rec_.cells[0].value)
            said = next((_text(sh.cell(r, cols["note"])) for r in lines_of[name] if cancelled[r] and "note" in cols), "")
            listed.append(Skipped(sh.file, sh.sheet, rec_.cells[0].address, "skip.withdrawn", f"{name}: {said}"[:200]))
    if not records:
        return None
    return records, listed


_RED_RE = re.compile(r"^\s*(?:红字|冲销|冲红|红冲)")
_REVERSES_RE = re.compile(r"冲销(?:第)?\s*(\d{1,4})\s*行?|冲红(?:第)?\s*(\d{1,4})\s*行?")
_RED_HEAD = re.compile(r"^(?:蓝字/?红字|红字/?蓝字|红蓝字|发票类型|票据颜色)$")


def _ledger(sh: RawSheet, h: int, vc: int, ic: int, mc: int):
    """A finance ledger reused for quotes ('进项发票登记台账': 销售方名称 on every line, the vendors' lines in the order they
    were registered, a correction booked as a 红字 line reversing an earlier one and a 蓝字 line re-booking it): ({vendor:
    its rows, in the order the vendors first appear}, {row: whether it is the 红字 line} for the lines reversed and
    reversing) — None for any other sheet."""
    head_keys = [_key(v) for v in sh.rows[h]]
    red_col = next((c for c, k in enumerate(head_keys) if _RED_HEAD.match(k)), None)
    rows = [r for r in range(h + 1, len(sh.rows)) if not blank(sh.cell(r, vc)) and not blank(sh.cell(r, ic))]
    names = [_text(sh.cell(r, vc)) for r in rows]
    runs = [n for k, n in enumerate(names) if k == 0 or names[k - 1] != n]
    if red_col is None or len(runs) == len(set(runs)) and not any(_RED_RE.match(_text(sh.cell(r, ic))) for r in rows):
        return None  # no vendor's lines apart from each other and no reversal: the export's own reading holds
    number = {}  # the ledger's own line number (序号) -> row
    for r in rows:
        if (n := _number(sh.cell(r, 0))) is not None and n == int(n):
            number[int(n)] = r
    cancelled: dict[int, bool] = {}
    for r in rows:
        red = _text(sh.cell(r, red_col)).strip().startswith("红") or _RED_RE.match(_text(sh.cell(r, ic))) is not None
        if not red or (_number(sh.cell(r, mc)) or 0) >= 0:
            continue
        words = " ".join(_text(v) for v in sh.rows[r] if isinstance(v, str))
        m = _REVERSES_RE.search(words)
        target = number.get(int(m.group(1) or m.group(2))) if m else None
        if target is None or _text(sh.cell(target, vc)) != _text(sh.cell(r, vc)):
            return None  # a reversal that names no line of the same vendor: not read this way
        cancelled[r], cancelled[target] = True, cancelled.get(target, False)
    lines_of: dict[str, list[int]] = {}
    for r, name in zip(rows, names):
        lines_of.setdefault(name, []).append(r)
    return lines_of, cancelled


def _named_modules(rec: Record | None, sh: RawSheet, named: list[tuple[str, int]], ic: int) -> None:
    """A document whose lines are its modules, one a line ('商品管理 | 40000 | 是'): the modules in its total are its
    module list (a line left out of the total is an option at its price, read with the money); beside a line listing
    the modules, those priced on lines of their own are in the quote too."""
    listed = rec is not None and any(c.label.endswith("，功能）") for c in rec.cells)
    if rec is None or not named or (len(named) < 2 and not listed):
        return  # (beside a licence line listing the modules, a module priced on a line of its own is one more: '电子合同模块 | 30000')
    label = f"模块（第{named[0][1] + 1}–{named[-1][1] + 1}行）"
    rec.cells.append(RecordCell(label, "、".join(item for item, _r in named), sh.address(named[0][1], ic)))
    rec.fixed[label] = "features"
