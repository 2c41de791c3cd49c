"""A vendor's own documents: a formal quote (报价单) and a one-vendor price sheet (docs/analyst-reading.md §9).

A 报价单 is one vendor's document: the company in the title, a company line (报价单位：…) or the file name; a
line-item table (序号 / 模块 / 数量 / 单价 / 金额) ending in 合计; terms below (等保, 维护期, 付款方式…). It is
read as **one** quote: the line items become price items (summed and checked against 合计) and feature names,
an item marked 选配 / 另议 becomes an option with its price (or none), and every term row is read like any
other labelled cell. Nothing is dropped: a row that feeds nothing is kept under its label.

``document_vendor`` also names the vendor of a one-vendor price sheet whose rows are packages (Starter /
Standard / Enterprise) and whose title names the company.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import PurePath
from typing import Any

from . import schema
from .ingest import RawSheet, Record, RecordCell, _text, blank, note_unit
from .parse import match_feature, norm, parse_bool
from .reading import _FEATURE_ABSENT_RE, _TAX_INCL_RE, read_features, read_value

_ITEM_HEAD = re.compile(r"^(?:模块|模块名称|项目|项目名称|名称|内容|产品|产品名称|服务内容|功能模块|明细|品名|报价项目|分项名称|分项|功能|"
                        r"(?:模块|产品|项目|功能|软件)[/／、及和与](?:服务|模块|产品)|服务[/／、及和与](?:模块|产品)|报价内容|"
                        r"item|items|module|modules|description|product|service)$")
_AMOUNT_HEAD = re.compile(r"^(?:金额|小计|合价|总价|金额元|金额小计|报价金额|价格|价格元|费用|费用元|amount|subtotal|total|lineamount|"
                          r"extended)")
_UNIT_PRICE_HEAD = re.compile(r"^(?:单价|unitprice|price|单价元)")
_QTY_HEAD = re.compile(r"^(?:数量|qty|quantity|套数|人天)")
_TOTAL_ROW = re.compile(r"^(?:合计|总计|共计|总价|报价合计|合计金额|total|grandtotal|sum)")
_OPTION = re.compile(r"选配|可选|另议|另计|另购|加购|optional|add-?on")
_TITLE_NOISE = re.compile(r"报\s*价\s*单|报价书|报价函|报价|询价回复|变更确认单|变更单|quotation|quote|price list|pricing|"
                          r"[:：—–\-|｜·・•]+.*$", re.I)
_COMPANY = re.compile(r"有限公司|股份公司|公司|科技|软件|信息|网络|工作室|集团|数科|金科|technolog|tech\b|software|systems?|studio|"
                      r"\bltd\b|limited|\binc\b|co\.|corp|gmbh|fintech", re.I)
_COMPANY_LINE = re.compile(r"^\s*(?:报价单位|报价方|报价公司|供应商|供货商|服务商|公司名称|乙方|vendor|supplier|company|"
                           r"(?:投标人|投标单位|响应人|磋商供应商)(?:名称)?(?:\s*[(（](?:盖章|公章|加盖公章)[)）])?|"
                           r"from|quoted by)\s*[:：]\s*(.+)$", re.I)
_TERM_LINE = re.compile(r"^\s*[^:：\d]{1,16}[:：]\s*\S")  # '等保：暂未办理。', '源码：提供加密授权版'
_TAX_EXCL = re.compile(r"不含税|未税|税前|不含增值税|excl\.?\s*vat|excluding vat|before tax|\+\s*vat", re.I)


_SUBTOTAL_ROW = re.compile(r"^(?:小计|分项小计|选配小计|选配合计|小计金额|subtotal|optionssubtotal)")
_PAID_ROW = re.compile(r"优惠后|折后|实付|成交价|最终报价|最终价格|让利后|aftediscount|afterdiscount|netprice|finalprice|"
                       r"投标总价|投标报价总价|响应总价|磋商总价")  # a tender's 投标总价（小写）: the price bid, after any 让利
_REBATE_ROW = re.compile(r"优惠|折扣|减免|让利|折$|discount|rebate")
_SECTION_ROW = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十\d]{1,3}部分|"
                          r"[IVX]{1,4}\s*[.、])")
_NOTES_START = re.compile(r"^\s*(?:说明|备注|注|附注|条款|报价说明|(?:服务|售后|商务)(?:说明|条款|承诺)|notes?|remarks?|terms)\s*[:：]?\s*$",
                          re.I)
_BARE_AMOUNT = re.compile(r"-?[\d,]+(?:\.\d+)?")
_NUMBER_PREFIX = re.compile(r"^\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．)）]|[·•・▪◆])\s*")  # '2. ', '三、', '· '
_GIFT_LABEL = re.compile(r"赠送|赠品|免费赠|附赠")
_LINE_NUMBER = re.compile(r"\s*[A-Za-z]{0,2}\s*-?\s*\d{1,3}\s*")
_SERVICE_ON_HARDWARE = re.compile(r"部署|实施|安装|调试|运维|托管|租用|迁移|上线|deploy|install|hosting", re.I)  # '服务器部署': a service
_SERVICE_TERM_RE = re.compile(r"维护|维保|质保|售后|服务|响应|支持|咨询")
_IN_MARKS = ("●", "✓", "✔", "√", "☑")
_OPTION_MARKS = ("○", "◎", "◯")
_MARKS = _IN_MARKS + _OPTION_MARKS
_LINE_NOTE_HEAD = re.compile(r"^(?:行备注|明细备注|备注|备注说明|财务备注|remark|remarks|note|notes|linenote|linenotes)$")
# a configurator's columns: the vendor's 配置类型 (标配 / 选配 / 二期, or ●/○) and the buyer's 是否选购 (是 / 否)
_CONFIG_HEAD = re.compile(r"^(?:配置|配置类型|配置方式|类别|类型|标配/选配|标配选配|configuration|type|category)$")
_PICK_HEAD = re.compile(r"^(?:是否选购|是否选择|是否采购|是否购买|是否需要|选购|勾选|客户选择|客户勾选|selected|select)$")
_LATER_CONFIG = re.compile(r"[二三]期|规划|planned|roadmap|phase\s*(?:2|two|ii)", re.I)
_DASH = re.compile(r"\s*[—\-－–/／]+\s*")
_DESC_HEAD = re.compile(r"^(?:内容说明|内容|说明|描述|规格|规格说明|规格/说明|规格及说明|规格型号|功能说明|模块说明|包含内容|description|details|"
                        r"scope|specification)$")


def _amount_unit(sh: RawSheet, h: int) -> str:
    """The money unit a line above the table states ('金额单位：万元'), written after each bare amount."""
    for row in sh.rows[:h]:
        for v in row:
            if (unit := note_unit(_text(v))) is not None:
                return {"万元": "万", "千元": "千元"}.get(unit, "")
    return ""


def _key(v: Any) -> str:
    return re.sub(r"[\s()（）:：,，]+", "", unicodedata.normalize("NFKC", str(v or "")).lower())


def _header(sh: RawSheet) -> tuple[int, int, int, int | None, int | None] | None:
    """(row, item column, amount column, unit-price column, quantity column) of a line-item table."""
    for r, row in enumerate(sh.rows[:20]):
        keys = [_key(v) for v in row]
        item = next((c for c, k in enumerate(keys) if _ITEM_HEAD.match(k)), None)
        if item is None and len(keys) > 1 and keys[0] in ("报价", "价格", "报价方案") and keys[1].startswith("金额") \
                and any(len(above) > 1 and _text(above[1]).strip() in _MARKS for above in sh.rows[:r]):
            item = 0  # a price block '报价 | 金额（元） | 说明' under a ●/○ module table: its rows are the priced lines
        amount = next((c for c, k in enumerate(keys) if _AMOUNT_HEAD.match(k) and c != item), None)
        unit = next((c for c, k in enumerate(keys) if _UNIT_PRICE_HEAD.match(k) and c not in (item, amount)), None)
        qty = next((c for c, k in enumerate(keys) if _QTY_HEAD.match(k)), None)
        if item is not None and sum(len(_text(v)) > 30 for v in row) > 2:
            continue  # a row of answers ('Our SaaS platform … holds MLPS Level 3', 'Item' under 'Item Type'): no header
        if item is not None and (amount is not None or unit is not None) and (qty is not None or unit is not None
                                                                              or amount is not None):
            if amount is None:
                amount, unit = unit, None
            return r, item, amount, unit, qty
    return None


_LEGAL_END = re.compile(r"(?:股份)?有限(?:责任)?公司(?:\S{1,10}?分公司)?")


def _company(text: str) -> str | None:
    t = unicodedata.normalize("NFKC", text).strip()
    m = _COMPANY_LINE.match(t)
    if m:
        t = m.group(1)
    t = _TITLE_NOISE.sub("", t).strip(" ：:-—|")
    t = re.split(r"\s{2,}|[（(]", t)[0].strip()
    if (m := _LEGAL_END.search(t)) is not None:  # '波密易贡数科有限公司 商户经营贷系统源码 自助配置表': the company alone
        t = t[:m.end()]
    if 2 <= len(t) <= 60 and _COMPANY.search(t):  # English names run long
        return t
    return None


def document_vendor(sh: RawSheet, upto: int | None = None) -> str | None:
    """The company a one-vendor document names: a company line (报价单位：…) anywhere, the title above the table, or
    the file name. None when nothing names one."""
    rows = sh.rows
    for r, row in enumerate(rows[:80]):
        cells = [c for c in row if not blank(c)]
        for i, v in enumerate(cells):
            s = _text(v)
            m = _COMPANY_LINE.match(unicodedata.normalize("NFKC", s))
            if m and m.group(1).strip():
                return _company(m.group(1)) or m.group(1).strip()
            if _COMPANY_LINE.match(s + "：x") and i + 1 < len(cells):  # '报价单位' | 'XX科技有限公司'
                name = _text(cells[i + 1])
                if name:
                    return _company(name) or name
    for row in rows[: upto if upto is not None else 6]:
        for v in row:
            if isinstance(v, str) and v.strip():
                name = _company(v)
                if name:
                    return name
                break
    stem = PurePath(sh.file).stem
    for part in re.split(r"[_\-\s]+", stem):
        name = _company(part)
        if name and not re.fullmatch(r"[a-z]?\d*", name, re.I):
            return name
    return None


# a heading over the options offered below a quote's table ('Optional modules (not included in the Total; …)', '选配模块')
_OPTIONS_HEADING_RE = re.compile(r"^\s*(?:optional (?:modules?|items?|add-?ons?)|options|add-?ons|选配(?:模块|项目|清单|功能)?|可选(?:模块|项目))"
                                 r"(?![a-z])", re.I)
_OPTION_COST_IN_RE = re.compile(r"(?:\+|＋|另加)?\s*(?:cny|rmb|[¥￥])?\s*(\d{1,3}(?:,\d{3})+|\d{4,7})(?:\.\d+)?\s*(?:元)?\s*$", re.I)


def _option_price(amount: Any, unit: str, tax: str) -> str:
    """An option's price as its words say it ('，+15000元（不含税）'); '' when no bare amount is given."""
    bare = not blank(amount) and (isinstance(amount, (int, float)) or _BARE_AMOUNT.fullmatch(_text(amount)))
    return f"，+{_text(amount)}{unit or '元'}{tax}" if bare else ""


def _vendor_header(row: list) -> bool:
    """A comparison's header row: a vendor column among two or more other labels."""
    from .mapping import match_label

    targets = [match_label(v).target for v in row if isinstance(v, str) and v.strip() and len(v) <= 30]
    return any(t is not None and t.code == "vendor" for t in targets) and sum(t is not None for t in targets) >= 3


def read_formal(sh: RawSheet) -> Record | None:
    """A 报价单 as one Record (None when the sheet is no one-vendor line-item quote)."""
    head = _header(sh)
    if head is None:
        return None
    h, ic, ac, uc, qc = head
    from .mapping import match_label

    # a comparison table with a vendor column is no 报价单 — nor a report whose first small table (a consultant's market
    # prices: 项目 | 金额 | 说明) stands above the comparison ('序号 | 供应商 | 价格（报价函原文） | …')
    if any(isinstance(v, str) and (t := match_label(v).target) is not None and t.code == "vendor" for v in sh.rows[h]) \
            or any(_vendor_header(row) for row in sh.rows[h + 1:h + 60]):
        return None
    vendor = document_vendor(sh, upto=h)
    if not vendor:
        return None
    text_all = " ".join(_text(v) for row in sh.rows for v in row if isinstance(v, str))
    tax = "（不含税）" if _TAX_EXCL.search(text_all) else ""
    unit = _amount_unit(sh, h)  # '金额单位：万元' above the table
    dc = next((c for c, v in enumerate(sh.rows[h]) if c not in (ic, ac, uc, qc) and _DESC_HEAD.match(_key(v))), None)

    def money(v: object, words: str = "") -> str:
        """The amount as the document means it: its unit, and the tax mark the document gives its amounts — unless
        the row's own words say the amount includes tax ('Total (incl. VAT)' under terms saying the unit prices are
        exclusive of VAT)."""
        if blank(v):
            return ""
        bare = isinstance(v, (int, float)) or _BARE_AMOUNT.fullmatch(_text(v))
        own = "" if words and not _TAX_EXCL.search(words) and _TAX_INCL_RE.search(words.lower()) else tax
        return f"{_text(v)}{unit if bare else ''}{own}"

    cells: list[RecordCell] = [RecordCell("供应商", vendor, sh.address(0, 0))]
    fixed: dict[str, str] = {"供应商": "vendor"}
    features: list[str] = []
    # a module table above the line items ('功能模块 | 配置 | 说明' with '● 标配 ○ 选配'): ● in the quote, ○ an option (its
    # price, if any, in the 选配明细 below), its 说明 the vendor's words on the row
    offered_above: list[tuple[str, Any]] = []
    words_col, price_col = 2, None  # '功能模块 | 配置 | 说明', or '功能模块 | 配置 | 选配价格（元） | 功能说明'
    for rr in range(h):
        row = sh.rows[rr]
        name, mark = _text(row[0]).strip() if row else "", _text(row[1]).strip() if len(row) > 1 else ""
        if name and _ITEM_HEAD.match(_key(name)) and mark not in _MARKS:
            keys = [_key(v) for v in row]
            words_col = next((c for c, k in enumerate(keys) if c > 1 and _DESC_HEAD.match(k)), 2)
            price_col = next((c for c, k in enumerate(keys) if c > 1 and c != words_col and re.search(r"价格|金额|费用", k)),
                             None)
            continue
        if not name or mark not in _MARKS:
            continue
        if mark in _IN_MARKS:
            features.append(name)
        else:
            offered_above.append((name, row[price_col] if price_col is not None and price_col < len(row) else None))
        if len(row) > words_col and not blank(row[words_col]):
            label = f"{name}（第{rr + 1}行，说明）"
            cells.append(RecordCell(label, _text(row[words_col]), sh.address(rr, words_col)))
            fixed[label] = "notes"
    rc = next((c for c, v in enumerate(sh.rows[h]) if c not in (ic, ac, uc, qc, dc) and _LINE_NOTE_HEAD.match(_key(v))), None)
    cfg = next((c for c, v in enumerate(sh.rows[h]) if c not in (ic, ac, uc, qc, dc, rc) and _CONFIG_HEAD.match(_key(v))), None)
    pick = next((c for c, v in enumerate(sh.rows[h]) if c not in (ic, ac, uc, qc, dc, rc, cfg) and _PICK_HEAD.match(_key(v))),
                None)
    gifts: list[str] = []
    in_options = False  # inside a 选配 section ('四、选配模块（未含在合计内，按需采购）')
    in_hardware = False  # inside a hardware section ('二、硬件部分（贵司如已有服务器，可不采购本部分）')
    option_tax = tax  # the section's own tax words ('选配模块（未含在合计内，金额不含税）')
    after_total = False  # under the 合计 only money rows and sections go on (优惠, 选配模块)
    r = h + 1
    end = len(sh.rows)
    while r < end:
        row = sh.rows[r]
        name = _text(sh.cell(r, ic)) or next((_text(v) for v in row if isinstance(v, str) and v.strip()), "")
        first = next((_text(v) for v in row if not blank(v)), "")
        if not any(not blank(v) for v in row):
            r += 1
            if r < end and not any(not blank(v) for v in sh.rows[r]):
                break
            continue
        amount = sh.cell(r, ac)
        if _SUBTOTAL_ROW.match(_key(first)) or _SUBTOTAL_ROW.match(_key(name)) or _key(name).endswith("小计"):
            # 小计, 选配小计, '软件部分小计': a sum, kept
            label = f"{name or first}（第{r + 1}行）"
            cells.append(RecordCell(label, money(amount), sh.address(r, ac)))
            fixed[label] = ""
            r += 1
            continue
        if _TOTAL_ROW.match(_key(first)) or _TOTAL_ROW.match(_key(name)):
            total = next((v for v in reversed(row) if not blank(v) and not _TOTAL_ROW.match(_key(v))), None)
            label = f"{first or name}（合计）"
            cells.append(RecordCell(label, money(total, first or name) if total is not None else "", sh.address(r, ac)))
            fixed[label] = "price:total"
            in_options, after_total = False, True
            r += 1
            continue
        if _PAID_ROW.search(_key(first)) and blank(amount) and after_total:  # '投标总价（小写） | ¥298,000.00' with its
            at = next((c for c, v in enumerate(row) if not blank(v) and _text(v) != first), None)  # figure in the wide cell
            if at is not None:
                label = f"{first}（第{r + 1}行）"
                cells.append(RecordCell(label, money(row[at], first), sh.address(r, at)))
                fixed[label] = "" if "大写" in first else "price:discount"  # the same price in words: kept, not read twice
                r += 1
                continue
        if _PAID_ROW.search(_key(first)) and not blank(amount):  # '优惠后合计（含税）', '折后价', '实付金额': the price
            label = f"{first}（第{r + 1}行）"
            cells.append(RecordCell(label, money(amount, first), sh.address(r, ac)))
            fixed[label] = "price:discount"
            r += 1
            continue
        if _REBATE_ROW.search(_key(first)) and (not blank(amount) or after_total):  # '商务优惠 -23000', '限时优惠（九折）',
            label = f"{first}（第{r + 1}行）"  # under the 合计 '优惠/让利 | 无': kept
            cells.append(RecordCell(label, money(amount) if not blank(amount) else " ".join(
                _text(v) for v in row[1:] if not blank(v)), sh.address(r, ac)))
            fixed[label] = ""
            r += 1
            continue
        if blank(amount) and sum(not blank(v) for v in row) == 1 and (
                _SECTION_ROW.match(first) or after_total and _OPTION.search(first.lower()) and len(first) <= 80) \
                and not (after_total and re.search(r"[:：]\s*\S", first)):
            # '一、平台基础' / '四、选配模块（未含在合计内）' / under the 合计 '选配模块（未含在合计内，金额不含税）'; a
            # numbered term under the 合计 ('一、资质：已取得…') is no section: the terms begin
            in_options = bool(_OPTION.search(first.lower()))  # 'Optional modules (not included in the Total; …)' too
            in_hardware = "硬件" in first or "hardware" in first.lower()  # '二、硬件部分（…）'
            option_tax = "（不含税）" if in_options and _TAX_EXCL.search(first) else tax
            r += 1
            continue
        if blank(amount) and (after_total or _NOTES_START.match(first)):
            break  # '说明：', or a row with no amount under the 合计: the terms below the table begin
        if blank(amount) and sum(not blank(v) for v in row) == 1 and r > h + 1 \
                and not any(not blank(v) for v in sh.rows[r - 1]) and _TERM_LINE.match(first):
            break  # a table with no 合计, a blank row, then '等保：暂未办理。': the terms below it begin
        if blank(amount) and uc is not None and qc is not None:
            try:
                amount = float(sh.cell(r, uc)) * float(sh.cell(r, qc))
            except (TypeError, ValueError):
                amount = sh.cell(r, uc)
        label = f"{name}（第{r + 1}行）"
        desc = _text(sh.cell(r, dc)) if dc is not None else ""
        if desc and _LINE_NUMBER.fullmatch(name):  # 'Item | Description': the item column numbers the lines ('1', 'O-1'),
            name, desc = desc, ""  # the description names them
            label = f"{name}（第{r + 1}行）"
        remark = _text(sh.cell(r, rc)) if rc is not None else ""
        said_cfg = _text(sh.cell(r, cfg)).strip() if cfg is not None else ""
        if (blank(amount) or _DASH.fullmatch(_text(amount))) and (note := remark or desc) and (
                _FEATURE_ABSENT_RE.search(norm(note)) or _LATER_CONFIG.search(said_cfg)):
            # '电子合同 | — | — | 列入二期开发，届时另行报价': not in this quote — kept, never a module of it (whatever the
            # buyer ticked beside it: '银行流水分析 | 二期 | — | 是 | — | 本期不交付')
            at = rc if remark else dc
            cells.append(RecordCell(f"{name}（第{r + 1}行，备注）", f"{said_cfg}：{note}" if said_cfg else note,
                                    sh.address(r, at)))
            fixed[f"{name}（第{r + 1}行，备注）"] = ""
            r += 1
            continue
        picked = parse_bool(sh.cell(r, pick))[0] if pick is not None and not blank(sh.cell(r, pick)) else None
        if pick is not None and "赠" in _text(sh.cell(r, pick)):  # '区块链存证 | 0 | 赠送': given with the quote
            gifts.append(name)
            r += 1
            continue
        # a configurator's row: the vendor offers it (选配 / ○) and the buyer did not pick it, or the buyer said 否 — an
        # option at its unit price; picked, it is bought and in the total
        offered_row = picked is False or (said_cfg in _OPTION_MARKS or bool(_OPTION.search(said_cfg.lower()))) \
            and picked is not True
        if offered_row and uc is not None and not blank(sh.cell(r, uc)):
            amount = sh.cell(r, uc)
        is_option = in_options or offered_row or bool(_OPTION.search(name) or (isinstance(amount, str)
                                                                                and _OPTION.search(amount)))
        t = match_label(name).target
        if not is_option and (in_hardware or t is not None and t.code == "price:hardware"
                              and not _SERVICE_ON_HARDWARE.search(name)) and not blank(amount):
            # '二、硬件部分' / '应用服务器 | 2台 | 46,000': hardware, taken out of a 合计 that holds it (and said)
            cells.append(RecordCell(label, money(amount), sh.address(r, ac)))
            fixed[label] = "price:hardware"
            r += 1
            continue
        if is_option:
            features.append(f"{name}（选配{_option_price(amount, unit, option_tax)}）")
        else:
            features.append(name)
            features += [x for inner in re.findall(r"[（(]([^)）]*)[)）]", name) for x in re.split(r"[、/,，]", inner)]
            if desc and len(read_features(desc).value or ()) >= 2:  # '用户管理、审批流、还款计划…' under 内容说明
                features.append(desc)
            cells.append(RecordCell(label, money(amount), sh.address(r, ac)))
            fixed[label] = "price:item"
            if desc and (t is None or t.kind != "field") and read_value("licensed_credit_bureau", desc, None, True).value:
                said = f"{name}（第{r + 1}行，征信接口）"  # '个人征信接口模块 | 对接人行征信中心、百行征信…': the bureaus it connects
                cells.append(RecordCell(said, desc, sh.address(r, dc)))
                fixed[said] = "licensed_credit_bureau"
            if desc and "源码" in desc and read_value("source_code_delivery", desc, None, True).value is not None:
                said = f"{name}（第{r + 1}行，源码）"  # '…源码授权 | 企业征信、…；交付完整源码，无加密': what it delivers
                cells.append(RecordCell(said, desc, sh.address(r, dc)))
                fixed[said] = "source_code_delivery"
            if desc and t is not None and t.kind == "field" and t.id in schema.SCORED_FIELDS:
                said = f"{name}（第{r + 1}行，{_text(sh.cell(h, dc))}）"  # '征信接口 | 百行征信、朴道征信': the field it names
                cells.append(RecordCell(said, desc, sh.address(r, dc)))
                fixed[said] = t.code
        r += 1
    have = {match_feature(f) for f in features}
    features += [f"{n}（选配{_option_price(p, unit, tax)}）" for n, p in offered_above if match_feature(n) not in have]
    if features:
        cells.append(RecordCell("报价明细（功能）", "、".join(features), sh.address(h + 1, ic)))
        fixed["报价明细（功能）"] = "features"
    # terms below the table: 'label | value' rows or 'label：value' cells, read like any labelled cell
    below_options: list[str] = []  # 'Optional modules (not included in the Total; prices excl. VAT…)' over its rows
    opt_tax = None
    for rr in range(r, len(sh.rows)):
        row = [v for v in sh.rows[rr] if not blank(v)]
        if not row:
            opt_tax = None
            continue
        if len(row) == 1 and _OPTIONS_HEADING_RE.match(_text(row[0])):
            opt_tax = "（不含税）" if re.search(r"excl|不含税|未税|税前|before vat|pre-?tax", _text(row[0]), re.I) else ""
            cells.append(RecordCell("说明", _text(row[0]), sh.address(rr, 0)))
            continue
        if opt_tax is not None and len(row) >= 2 and (cost := _OPTION_COST_IN_RE.search(_text(row[-1]))) is not None:
            below_options.append(f"{_text(row[0])}（选配，+{cost.group(1)}元{opt_tax}）")  # 'Risk model | … | +CNY 30,000'
            continue
        if len(row) == 1:
            opt_tax = None
        if len(row) >= 3 and _LINE_NUMBER.fullmatch(_text(row[0]).strip()):
            # '1 | 等保 | | 系统按等保三级标准设计…': the number, the term's label, its words (at their own cell)
            at = next(c for c, v in enumerate(sh.rows[rr]) if v is row[2])
            cells.append(RecordCell(_text(row[1]), " ".join(_text(v) for v in row[2:]), sh.address(rr, at)))
        elif len(row) >= 2:
            cells.append(RecordCell(_text(row[0]), " ".join(_text(v) for v in row[1:]), sh.address(rr, 1)))
        else:
            s = _text(row[0])
            m = re.match(r"^\s*([^:：]{1,16})[:：]\s*(.+)$", s)
            if m and (label := _NUMBER_PREFIX.sub("", m.group(1)).strip()) and _GIFT_LABEL.search(label) and features:
                gifts.append(m.group(2))  # '6、限时赠送：区块链存证模块、元宇宙营销展厅': modules given away
            elif m and (label := _NUMBER_PREFIX.sub("", m.group(1)).strip()):  # '2. 资质：…' is labelled 资质
                cells.append(RecordCell(label, m.group(2), sh.address(rr, 0)))
                if _SERVICE_TERM_RE.search(label) and match_label(label).target is None:
                    fixed[label] = "notes"  # '6、质保与维护：…免费维护12个月…', '7、服务响应：…': the after-sales terms, read
            else:
                cells.append(RecordCell("说明", _NUMBER_PREFIX.sub("", s), sh.address(rr, 0)))
    if below_options:
        k = next((i for i, c in enumerate(cells) if c.label == "报价明细（功能）"), None)
        if k is None:
            cells.append(RecordCell("报价明细（功能）", "、".join(below_options), sh.address(h + 1, ic)))
            fixed["报价明细（功能）"] = "features"
        else:
            cells[k] = cells[k]._replace(value=cells[k].value + "、" + "、".join(below_options))
    if gifts:
        k = next(i for i, c in enumerate(cells) if c.label == "报价明细（功能）")
        cells[k] = cells[k]._replace(value=cells[k].value + "；赠送：" + "、".join(gifts))
    # rows above the table that are terms too ('客户：…' is kept, not scored)
    for rr in range(0, h):
        for v in sh.rows[rr]:
            s = _text(v)
            m = re.match(r"^\s*([^:：]{1,16})[:：]\s*(.+)$", s)
            if m and not _COMPANY_LINE.match(s):
                cells.append(RecordCell(m.group(1), m.group(2), sh.address(rr, 0)))
    rec = Record(sh.file, sh.sheet, f"{sh.address(h, 0)}", cells)
    rec.fixed = fixed
    return rec


# ------------------------------------------------------------------------------------------------
# A compilation: each vendor's 报价函 copied one under the other onto one sheet (报价函汇编)
# ------------------------------------------------------------------------------------------------
_LETTER_TITLE_RE = re.compile(r"^(?:投标)?(?:报价函|报价单|报价书|回函|复函)$")
_SEPARATOR_RE = re.compile(r"^[━─═=\-—*#·.\s]{3,}.{0,12}?第\s*[\d一二三四五六七八九十]{1,3}\s*(?:份|家|个)")


_MAX_LETTERS = 200  # letters one compilation holds, at most (each is read as a document of its own)
_ADDRESSEE_RE = re.compile(r"贵公司|贵司|致[:：]|感谢|邀请|收悉")
_COMPILER_FOOT_RE = re.compile(r"^(?:汇编|编制|整理|汇总|报价汇总|比价汇总)")


def _sole_text(row: list) -> str | None:
    cells = [v for v in row if not blank(v)]
    return re.sub(r"\s+", "", _text(cells[0])) if len(cells) == 1 and isinstance(cells[0], str) else None


def compiled_letters(sh: RawSheet) -> list[tuple[int, int]] | None:
    """The row spans [start, end) of the letters a compilation stacks ('━━ 第1份 ━━' / '报  价  函' … '报价单位：…'),
    the foot under the last staying with it; None unless two letters at least are there."""
    rows = sh.rows
    if not any(t is not None and (_SEPARATOR_RE.match(t) or _LETTER_TITLE_RE.match(t))
               for row in rows[:60] if (t := _sole_text(row)) is not None):
        return None  # a compilation opens with its first letter: a long table is not looked at row by row
    seps, titles = [], []
    for r, row in enumerate(rows):
        t = _sole_text(row)
        if t is None:
            continue
        if _SEPARATOR_RE.match(t):
            seps.append(r)
        elif _LETTER_TITLE_RE.match(t):
            titles.append(r)
    starts = seps if len(seps) >= 2 else titles if len(titles) >= 2 else None
    if not starts or len(starts) > _MAX_LETTERS:
        return None  # (thousands of 'letters' are no buyer's compilation: read as the table they are)
    # the compiler's own lines under the last letter ('汇编说明：…', '报价汇总（韩雪手记）：崂山27万、…') are no letter's
    end = next((r for r in range(starts[-1] + 2, len(rows)) if (t := _sole_text(rows[r])) and _COMPILER_FOOT_RE.match(t)),
               len(rows))
    return [(a, b) for a, b in zip(starts, starts[1:] + [end])]


def letter_declines(sh: RawSheet) -> str | None:
    """A letter that declines to quote ('因我司近期项目排期已满，本次不参与报价'): its vendor and words; None otherwise."""
    from .declined import _says_declined

    for row in sh.rows:
        for v in row:
            if isinstance(v, str) and _says_declined(v):
                names = [n for row2 in sh.rows for w in row2 if isinstance(w, str) and not _ADDRESSEE_RE.search(w)
                         and (n := _company(w))]
                signed = [n for row2 in sh.rows for w in row2 if isinstance(w, str) and "盖章" in w and (n := _company(w))]
                vendor = (signed or names or [None])[-1]
                text = v.strip()
                return f"{vendor}：{text}" if vendor else text
    return None
