"""A vendor's quote document pasted line by line (docs/analyst-reading.md §9, "Formal quotes").

A buyer who gets a quote as PDF or Word often copies it out of the reader into a sheet: every line of the document
lands in one cell of one column, a table row collapses into one string whose columns are runs of spaces
("1     部署实施…      1项     36,000.00     36,000.00"), a long item wraps onto the next line, page footers
("第 1 页 / 共 2 页") sit between the sections. Such a sheet is one vendor's document and is read as **one** quote,
like a 报价单 laid out in cells (core.formal):

- the vendor from a company line (报价单位：…), the title, the signature or the file name — never the addressee
  (致：… / 客户：… / "XX小额贷款股份有限公司：");
- line items (name, quantity, unit price, amount) become price items, summed and checked against the 合计 line
  (小写 ¥216,000.00 over 大写 when both are given; 大写 alone is read too); items under a 选配 / 可选 heading are
  options with their price, never summed into the base; item names are the module list;
- "label：value" lines are labelled cells ("二、功能：…", "3. 权限管理：RBAC"); several on one line (报价编号：…
  报价日期：…) are apart; a line under a section heading without a label of its own is read under the heading
  (售后服务, 源码交付…); a price note ("以上价格均不含税，税费另计") is a note on the price;
- titles, the addressee, greetings, signatures, dates, phone numbers and page footers are listed as document lines,
  never read as amounts or terms.

Nothing is dropped: every line either feeds a cell of the quote or is listed (``Skipped``) with its reason.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import PurePath

from .formal import _COMPANY_LINE, _company
from .ingest import RawSheet, Record, RecordCell, Skipped, _text, blank
from .mapping import label_strength, match_label
from .parse import _is_date
from .reading import _TAX_EXCL_RE, _TAX_INCL_RE, read_all, read_features

# --- what a line is ------------------------------------------------------------------------------------------
_PAGE_RE = re.compile(r"^\s*(?:第\s*\d+\s*页\s*(?:[/／,，]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页|"
                      r"page\s+\d+(?:\s*(?:of|/)\s*\d+)?|[-–—]\s*\d+\s*[-–—]|\d+\s*/\s*\d+)\s*$", re.I)
_HEADING_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|"
                         r"第[一二三四五六七八九十\d]{1,3}\s*(?:部分|节|章|条)|[▌■◆●【]|[IVX]{1,4}\s*[.、])\s*")
_NUMBERING_RE = re.compile(r"^\s*(?:\d{1,2}\s*[.、．)）](?!\d)|[(（]\d{1,2}[)）]|[①-⑳]|[-–—•·*▪]\s*(?=\S))\s*")
_LABELLED_RE = re.compile(r"^\s*([^:：]{1,20}?)\s*[:：]\s*(.*)$", re.S)
_PAREN_RE = re.compile(r"[(（][^()（）]*[)）]")
_SEGMENTS_RE = re.compile(r"\s{4,}|\u3000{2,}")
_ITEM_HEAD_WORDS = ("序号", "名称", "产品", "服务", "项目", "内容", "模块", "数量", "单价", "金额", "小计", "合价", "总价", "单位",
                    "item", "description", "qty", "quantity", "unit price", "amount", "subtotal")
_ITEMS_TITLE_RE = re.compile(r"报价明细|价格明细|费用明细|报价清单|分项报价|明细|报价$|^报价|^价格$|^价格(?:构成|组成)|quotation details|"
                             r"price details|line items|pricing|^prices?$", re.I)
_OPTIONS_TITLE_RE = re.compile(r"选配|可选|增值模块|加购|另购|扩展模块|optional|add-?ons?|options", re.I)
_TOTAL_RE = re.compile(r"^(?:[^:：\d]{0,8}?)(?:合计|总计|共计|总价|总金额|报价总额|grand total|total)", re.I)
# an amount as a quote table prints it: ¥198,000 / 168,000.00 / 2.5万 / 12000元
_AMOUNT = r"(?:[¥￥$]\s*\d[\d,]*(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2}|\d+(?:\.\d+)?\s*(?:万元|万|元)|\d{3,})"
_QTY = r"\d+(?:\.\d+)?\s*(?:套|项|个|人天|人日|天|年|次|台|份|组|月|条|式|批|pcs|lot|set)?"
_ITEM_RE = re.compile(rf"^(?P<name>.*?\S)\s+(?:(?P<qty>{_QTY})\s+)?(?:(?P<unit>{_AMOUNT})\s+)?(?P<amount>{_AMOUNT})\s*$")
_MARKED_AMOUNT_RE = re.compile(r"[¥￥$]\s*\d[\d,]*(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:万元|万|元)")
_TAX_WORDS_RE = re.compile(f"{_TAX_EXCL_RE.pattern}|{_TAX_INCL_RE.pattern}", re.I)  # the cells' own tax marks
# an amount in Chinese numerals (大写): at least one numeral, not just the units of a figure ('1.5万元')
_CN_AMOUNT_RE = re.compile(r"(?:人民币)?(?=[万亿元圆整]*[零壹贰叁肆伍陆柒捌玖拾佰仟一二三四五六七八九十百千两])"
                           r"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆整一二三四五六七八九十百千两]{2,}(?:元|圆)?整?")
_PHONE_RE = re.compile(r"(?<!\d)(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}[\s-]?\d{3,4}[\s-]?\d{4})(?!\d)")
_NUMBERED_THING_RE = re.compile(r"编号|备案|证书|证明|合同号|(?<![a-z])(?:no\.|filing|cert)", re.I)
_ADDRESSEE_RE = re.compile(r"^\s*(?:致|至|to|attn|客户|尊敬的|dear|收件)\b|^[^：:]{4,40}[：:]\s*$", re.I)
# the buyer (a lender) named in a title or a file name is never the vendor
_LENDER_RE = re.compile(r"小额贷款|小贷|贷款(?:股份)?有限公司|银行|典当|融资担保|microcredit|micro-credit|microfinance|\bbank\b|"
                        r"lending company", re.I)
_FEATURE_LABEL_RE = re.compile(r"(?:包含|包括|含|功能|模块|功能清单|功能模块|modules?|features?|includes?)$", re.I)


def pasted_lines(sh: RawSheet, document: bool = False) -> list[tuple[int, int, str]] | None:
    """(row, column, text) of every filled row when the sheet holds a document pasted line by line: one filled cell
    a row, nearly all of them in one column, some of them long or "label：value" lines; None for any other sheet
    (a table keeps its columns, a list separated by commas or tabs is a table pasted as text). `document`: the
    caller knows the lines are a document (an e-mail's body), however short."""
    lines: list[tuple[int, int, str]] = []
    for r, row in enumerate(sh.rows):
        filled = [c for c, v in enumerate(row) if not blank(v)]
        if not filled:
            continue
        if len(filled) > 1:
            return None
        v = row[filled[0]]
        lines.append((r, filled[0], v.rstrip() if isinstance(v, str) else _text(v)))  # its indent kept
    if document:
        return lines or None
    if len(lines) < 6:
        return None
    cols = [c for _r, c, _t in lines]
    if max(cols.count(c) for c in set(cols)) < 0.9 * len(lines):
        return None
    texts = [t for _r, _c, t in lines]
    if sum(len(t.strip()) >= 10 or "：" in t or ":" in t for t in texts) < 2:
        return None  # a column of short names or words is no document
    for sep in (",", "\t", ";", "|", "，"):
        counts = [t.count(sep) for t in texts]
        if min(counts) >= 2 and len(set(counts)) == 1:
            return None  # the same number of separators on every line: a table pasted as text
    return lines


def _vendor(sh: RawSheet, lines: list[tuple[int, int, str]]) -> tuple[str, str] | None:
    """(vendor, address): a company line anywhere, else a title line naming a company (not the addressee), else
    the signature, else the file name."""
    for r, c, t in lines:
        m = _COMPANY_LINE.match(unicodedata.normalize("NFKC", t.strip()))
        if m and m.group(1).strip():
            return (_company(m.group(1)) or m.group(1).strip()), sh.address(r, c)
    for r, c, t in lines[:4] + lines[::-1][:4]:
        if _ADDRESSEE_RE.search(t) or _LABELLED_RE.match(t.strip()):
            continue
        name = _company(t.strip())
        if name and not _LENDER_RE.search(name):
            return name, sh.address(r, c)
    stem = PurePath(sh.file).stem
    for part in re.split(r"[_\-\s]+", stem):
        name = _company(part)
        if name and not re.fullmatch(r"[a-z]?\d*", name, re.I) and not _LENDER_RE.search(name):
            return name, sh.address(lines[0][0], lines[0][1])
    return None


def _is_doc_line(t: str, vendor: str) -> bool:
    """A title, the addressee, a greeting, the signature, a date or a page footer: no term of the quote."""
    s = t.strip()
    bare = re.sub(r"\s+", "", s)
    if _PAGE_RE.match(s) or _is_date(s) or re.fullmatch(r"[\d\s年月日号/.\-]+", s):
        return True
    if re.fullmatch(r"(?:报价单|报价书|报价函|产品报价书|报价|quotation|quote|price quotation)", re.sub(r"[\s　]+", "", s), re.I):
        return True
    if vendor and (bare.startswith(re.sub(r"\s+", "", vendor)) and len(bare) <= len(vendor) + 12
                   and not re.search(r"\d", bare.replace(re.sub(r"\s+", "", vendor), ""))):
        return True  # '宁波甬分科技有限公司  报价单', the signature '…有限公司（盖章）'
    if _PHONE_RE.search(s) and not _LABELLED_RE.match(s) and len(s) <= 60 and not _NUMBERED_THING_RE.search(s):
        return True  # '台州银海软件有限公司 销售部 王海峰 0576-8866 3172' (a filing number is no phone)
    if re.fullmatch(r"(?:特此函告|此致|敬礼|谢谢|感谢.*|顺祝.*|此致敬礼)[。！!.]?", bare):
        return True
    return bool(re.fullmatch(r"[^：:]{2,40}[：:]", bare))  # 'XX小额贷款股份有限公司：' the addressee


def _item(t: str) -> tuple[str, str] | None:
    """(name, amount text) of a line item ('1  部署实施  1项  36,000.00  36,000.00', '- 培训   ¥20,000')."""
    s = re.sub(r"\s*[|｜\t]\s*", "   ", t).strip(" |｜")  # '1 | 源码 | 1 | 150,000 | 150,000': columns apart
    s = _NUMBERING_RE.sub("", s, count=1)
    s = re.sub(r"^\d{1,2}\s+(?=\D)", "", s)  # '1     消费分期…' / '1 银海…': the row number
    m = _ITEM_RE.match(s)
    if not m:
        return None
    name = m.group("name").strip()
    if not re.search(r"[A-Za-z\u4e00-\u9fff]", name) or _PHONE_RE.search(t):
        return None
    return name, m.group("amount").strip()


def _total_amount(t: str) -> str | None:
    """The amount a 合计 line states, as read_money takes it: the text after its label ('CNY 210,000.00 (excl. VAT)'),
    or, when both 大写 and 小写 are written, the 小写 figure with the line's tax words."""
    after = re.split(r"[:：]", t, maxsplit=1)[-1].strip() if re.search(r"[:：]", t) else _TOTAL_RE.sub("", t).strip()
    figures = _MARKED_AMOUNT_RE.findall(after)
    if figures and _CN_AMOUNT_RE.search(after):
        tax = _TAX_WORDS_RE.findall(after)
        return figures[-1] + (f"（{tax[-1]}）" if tax else "")
    if figures or _CN_AMOUNT_RE.search(after):
        return after
    bare = re.findall(r"(?<![\d.])\d[\d,]*(?:\.\d+)?(?![\d.])", after)
    return bare[-1] if bare else None


def _wraps(name: str, line: str) -> bool:
    """Whether a line goes on with the item before it: indented under it, or the name left open (a bracket not
    closed, a list going on: '…（含商品管理、分期计算器、')."""
    return (line[:1].isspace() or name.count("(") + name.count("（") > name.count(")") + name.count("）")
            or bool(re.search(r"[、,，/;；+＋]\s*$", name)))


def _joined(head: str, tail: str) -> str:
    """A wrapped line put back: Chinese runs on, words get their space back."""
    return f"{head} {tail}" if re.search(r"[A-Za-z0-9,;]$", head) and re.match(r"[A-Za-z0-9(]", tail) else head + tail


def _feature_names(name: str) -> list[str]:
    """An item's name and the modules its brackets list ('源码授权（含商品管理、分期计算器…）')."""
    out = [name]
    for inner in re.findall(r"[（(]([^)）]*)[)）]?", name):
        inner = re.sub(r"^\s*(?:含|包含|包括|incl\.?|including)\s*", "", inner)
        out += [x.strip() for x in re.split(r"[、/,，;；]", inner) if x.strip()]
    return out


class _Doc:
    """The cells of the quote being built, each label once (a label seen again carries its row)."""

    def __init__(self, sh: RawSheet) -> None:
        self.sh = sh
        self.cells: list[RecordCell] = []
        self.fixed: dict[str, str] = {}

    def add(self, label: str, value: str, r: int, c: int, code: str | None = None) -> None:
        used = {cell[0] for cell in self.cells}
        if label in used:
            label = f"{label}（第{r + 1}行）"
        self.cells.append(RecordCell(label, value, self.sh.address(r, c)))
        if code is not None:
            self.fixed[label] = code


def _split_label(text: str) -> tuple[str, str] | None:
    """('label', 'value') of a 'label：value' line (a colon inside brackets is no separator), else None."""
    masked = _PAREN_RE.sub(lambda m: "﹕" * len(m.group()), text)
    m = _LABELLED_RE.match(masked)
    if m is None:
        return None
    label, value = text[:m.end(1)].strip(), text[m.end(1):].strip()
    if re.search(r"\d$", label) and re.match(r"[:：]\s*\d", value):
        return None  # '工作日9:00-18:00技术支持': a time, no label
    return label, value.lstrip(":：").strip()


_ROW_NUMBER_RE = re.compile(r"^\s*\d{1,2}(?:\s*[.、．)）]|\s+)(?=\s*\D)")


def _topic(t: str) -> re.Match | None:
    """The numbering of a heading written '1. Pricing (CNY)' / '3. Security': a short topic with no sentence, no
    amount and no label of its own (the '1. 网络安全等级保护：…' lines are terms, '4. 提供终身技术咨询。' a sentence)."""
    m = _NUMBERING_RE.match(t)
    if m is None or not re.match(r"\s*\d", t):
        return None
    rest = t[m.end():].strip()
    if len(rest) > 30 or re.search(r"[。；;！!，,:：]|\d", _PAREN_RE.sub("", rest)) or _MARKED_AMOUNT_RE.search(rest):
        return None
    target = match_label(_PAREN_RE.sub("", rest)).target
    if _ITEMS_TITLE_RE.search(rest) or _OPTIONS_TITLE_RE.search(rest) or (
            target is not None and (target.kind == "notes" or target.code in ("price_cny", "source_code_delivery"))):
        return m
    return None


_BULLET_RE = re.compile(r"^\s*[-–—•·*▪]\s*\S")


def _bare_heading(t: str) -> bool:
    """A short line naming a topic and nothing else ('Modules', 'After-sales', 'Compliance and security')."""
    if not t or len(t) > 30 or re.search(r"[:：，,。;；!！?？\d]", t) or _BULLET_RE.match(t):
        return False
    target = match_label(t).target
    return (target is not None and target.kind in ("field", "notes")) or bool(_ITEMS_TITLE_RE.search(t)
                                                                             or _OPTIONS_TITLE_RE.search(t))


def _mode(title: str) -> str | None:
    return "options" if _OPTIONS_TITLE_RE.search(title) else "items" if _ITEMS_TITLE_RE.search(title) else None


def read_pasted(sh: RawSheet, document: bool = False) -> tuple[Record, list[Skipped]] | None:
    """A document pasted line by line as one quote, with the lines it lists as no terms; None for any other sheet
    (`document`: see pasted_lines)."""
    lines = pasted_lines(sh, document)
    if lines is None:
        return None
    found = _vendor(sh, lines)
    if found is None:
        return None
    vendor, vendor_at = found
    doc = _Doc(sh)
    doc.cells.append(RecordCell("供应商", vendor, vendor_at))
    doc.fixed["供应商"] = "vendor"
    listed: list[Skipped] = []

    def said(r: int, c: int, reason: str, t: str) -> None:
        listed.append(Skipped(sh.file, sh.sheet, sh.address(r, c), reason, t[:200]))

    def statement(r: int, c: int, t: str) -> None:
        """A line without a label of its own: read under its heading ('三、售后服务' › '1. 免费维护期12个月…'), a loose
        one as a note; a title, greeting, signature, date or phone number is listed."""
        if _is_doc_line(t, vendor):
            said(r, c, "skip.doc_line", t)
            return
        body = _NUMBERING_RE.sub("", t, count=1).strip()
        target = match_label(section).target if section else None
        if target is not None and target.kind != "price" and target.code != "price_cny":
            doc.add(section, body, r, c)
        else:  # a loose line, or one under the price table ('以上报价含税…'): a note, read for what it states
            doc.add("说明" if target is not None else section or "说明", body, r, c, "notes")

    pending = None  # (row, column, text) of an item's first line, its amount still to come
    section = ""  # the heading the lines stand under
    mode = None  # "items" / "options" inside a price table
    items: list[list] = []  # [name, row, column, is an option, amount text]
    last = None  # the item a wrapped line continues
    prev = -2
    for i, (r, c, text) in enumerate(lines):
        if r > prev + 1:
            last = None  # a blank line ends an item
        prev = r
        t = text.strip()
        if _PAGE_RE.match(t):
            said(r, c, "skip.doc_line", t)
            continue
        if _bare_heading(t) and i + 1 < len(lines) and _BULLET_RE.match(lines[i + 1][2]):
            section = t  # 'Modules' over '- Credit report query…': an e-mail's heading without a number
            mode, last = _mode(t), None
            said(r, c, "skip.section_row", t)
            continue
        head = _HEADING_RE.match(t) or _topic(t)
        body = t[head.end():].strip() if head else _NUMBERING_RE.sub("", t, count=1).strip()
        if _TOTAL_RE.match(body) and (amount := _total_amount(body)):
            doc.add(f"{re.split(r'[（(:：]', body)[0].strip() or '合计'}（合计）", amount, r, c, "price:total")
            mode = last = None
            continue
        pair = _split_label(body)
        if head and (pair is None or not pair[1]) and not (pair is None and len(body) > 24 and re.search(r"[；;。]", body)) \
                and not (pair is None and label_strength(body) < 1 and any(
                    r_.value is not None for r_ in read_all(body).values())):
            # '三、售后服务', '二、选配模块（按需采购，未计入上述合计）' ('七、以上承诺全部写入合同；交付完整源代码…' and
            # '十一、以上条款全部写入合同' are statements)
            section = _PAREN_RE.sub("", pair[0] if pair else body).strip()
            mode, last = _mode(body), None
            said(r, c, "skip.section_row", t)
            continue
        if pair is None and not _MARKED_AMOUNT_RE.search(t) and (sum(w in t.lower() for w in _ITEM_HEAD_WORDS) >= 3 or (
                sum(w in t.lower() for w in _ITEM_HEAD_WORDS) >= 2 and len(t) <= 30 and _SEGMENTS_RE.search(t))):
            # ('项目    金额（元）': a table's two headings, set apart as its columns are)
            mode = mode or "items"  # the item table's header row
            said(r, c, "skip.item_header", t)
            continue
        bullet = bool(re.match(r"^\s*[-–—•·*▪]\s*\S", t))
        item = _item(t) if (mode is not None or bullet) and pair is None else None
        if item is not None and (mode is not None or _MARKED_AMOUNT_RE.search(item[1])):
            name = _joined(_ROW_NUMBER_RE.sub("", pending[2], count=1).strip(), item[0]) if pending else item[0]
            last, pending = [name, *(pending[:2] if pending else (r, c)), mode == "options", item[1]], None
            items.append(last)
            continue
        if mode is not None and pair is None and not re.search(r"\d\s*$", t):
            if last is not None and not _ROW_NUMBER_RE.match(t) and _wraps(last[0], text):
                last[0] = _joined(last[0], t)  # an item's name wrapped onto the next line
                continue
            if pending is None and (_ROW_NUMBER_RE.match(t) or bullet):
                pending = (r, c, t)  # an item whose amount stands on the next line
                continue
        if pending is not None:  # no item followed: the line is read as it stands
            statement(*pending)
            pending = None
        last = None
        parts = [p for p in _SEGMENTS_RE.split(body) if p.strip()]
        pairs = [_split_label(p) for p in parts]
        if len(parts) < 2 or not all(pairs):  # 报价编号：…    报价日期：… are two cells; anything else is one line
            pairs = [pair]
        if mode == "options" and pair is not None and pair[1] and _MARKED_AMOUNT_RE.search(pair[1]) and (
                (t_ := match_label(pair[0]).target) is None or t_.kind == "feature" or t_.id == "features"):
            # '* Risk model (scorecard + decision engine): +RMB 22,000 (excl. VAT)' under the options: an option
            last = [pair[0], r, c, True, pair[1]]
            items.append(last)
            continue
        if pairs[0] is not None:
            for label, value in pairs:
                if not value:  # '报价明细：' opens what follows
                    section, mode = label, _mode(label)
                    said(r, c, "skip.section_row", t)
                    continue
                mode = None
                target = match_label(label).target
                if _COMPANY_LINE.match(unicodedata.normalize("NFKC", f"{label}：{value}")) or _ADDRESSEE_RE.search(label):
                    doc.add(label, value, r, c)  # '报价单位：…', '致：…': kept, never a term
                elif target is None and _FEATURE_LABEL_RE.search(label):
                    doc.add(label, value, r, c, "features")  # '标准版包含：商品管理、订单跟踪…'
                else:
                    doc.add(label, value, r, c)
            continue
        statement(r, c, t)
    if pending is not None:
        statement(*pending)
    features: list[str] = []
    for name, r, c, is_option, amount in items:
        if not is_option:
            features += _feature_names(name)
            doc.add(f"{name}（第{r + 1}行）", amount, r, c, "price:item")
    if features and read_features("、".join(features)).value:  # the modules the priced items name, if any
        first = next(i for i in items if not i[3])
        doc.add("报价明细（功能）", "、".join(features), first[1], first[2], "features")
    options = [i for i in items if i[3]]
    if options:  # an option list apart from the base price: each module with its price, bought only if needed
        doc.add("选配模块", "；".join(f"{_PAREN_RE.sub('', n).strip() or n} (+{a})" for n, _r, _c, _o, a in options),
                options[0][1], options[0][2], "features")
    read = sum(1 for label, _v, _a in doc.cells[1:] if label in doc.fixed or match_label(label).target is not None)
    if read < 2:
        return None  # lines about no price, term or module: no quote document (the other readers decide)
    notes = [v.lstrip(" ※*") for _lb, v, _a in doc.cells if v.__class__ is str and v.lstrip()[:1] == "※"]
    if notes:  # '已取得三级※' with '※正面所列等保三级备案证明的定级对象为我司SaaS平台…' on the back: read with its footnote
        doc.cells = [RecordCell(lb, f"{v}（{'；'.join(notes)}）", a) if v.__class__ is str and "※" in v.lstrip()[1:]
                     and v.lstrip()[:1] != "※" else c for c in doc.cells for lb, v, a in (c,)]
    rec = Record(sh.file, sh.sheet, sh.address(lines[0][0], lines[0][1]), doc.cells)
    rec.fixed = doc.fixed
    return rec, listed
