"""Header / row labels -> canonical fields, through zh/en synonyms and fuzzy containment.

A label maps to a quote field (``("field", id)``), to one feature as a yes/no column
(``("feature", id)``), or to nothing (kept and reported as unmapped). A unit written in the
label ("报价(万元)", "Free maintenance (years)") becomes a multiplier for bare numbers below it.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from . import schema
from .parse import MULTIYEAR_RE, mainland

_PAREN_RE = re.compile(r"[(（\[【]([^()（）\[\]【】]*)[)）\]】]")
_STRIP_RE = re.compile(r"[^0-9a-z\u4e00-\u9fff/]+")


def label_key(text: object) -> str:
    """Normalised form used for matching: NFKC, lower case, only letters, digits, CJK and '/'."""
    s = mainland(unicodedata.normalize("NFKC", str(text or ""))).lower().replace("×", "x")
    return _STRIP_RE.sub("", s).replace("/", "") if "24/7" not in s else _STRIP_RE.sub("", s)


@dataclass(frozen=True)
class Target:
    kind: str  # "field" | "feature"
    id: str

    @property
    def code(self) -> str:
        """One string for UIs and JSON: field id, 'feature:<id>', 'price:<role>' or 'notes'."""
        if self.kind == "field":
            return self.id
        if self.kind == "notes":
            return "notes"
        return f"{self.kind}:{self.id}"

    @staticmethod
    def from_code(code: str) -> "Target | None":
        if not code:
            return None
        if code.startswith("feature:"):
            fid = code.split(":", 1)[1]
            return Target("feature", fid) if fid in schema.FEATURES else None
        if code.startswith("price:"):
            role = code.split(":", 1)[1]
            return Target("price", role) if role in schema.PRICE_ROLES else None
        if code == "notes":
            return NOTES
        return Target("field", code) if code in schema.FIELDS else None


NOTES = Target("notes", "notes")  # a cell stating several facts (售后服务, 备注): read for each field it names
_IGNORE = Target("ignore", "")  # looks like a field, is not one (报价有效期, 付款方式): kept, never scored


@dataclass(frozen=True)
class LabelMatch:
    target: Target | None
    unit: float | None  # multiplier for bare numbers (money: CNY per unit; months; hours)


_NO_MATCH = LabelMatch(None, None)


def _synonyms() -> list[tuple[str, Target]]:
    pairs: list[tuple[str, Target]] = []
    for f in schema.FIELDS.values():
        pairs += [(label_key(s), Target("field", f.id)) for s in f.synonyms]
        pairs.append((label_key(f.id), Target("field", f.id)))
    for fid, syns in schema.FEATURES.items():
        pairs += [(label_key(s), Target("feature", fid)) for s in syns]
    for role, syns in schema.PRICE_ROLES.items():
        pairs += [(label_key(s), Target("price", role)) for s in syns]
    pairs += [(label_key(s), NOTES) for s in schema.NOTES_LABELS]
    pairs += [(label_key(s), _IGNORE) for s in schema.NOT_FIELD_LABELS]
    # Longest first: "维保期后年费" must beat "维保期", "政策适配费" beat "政策适配".
    # a field's own name beats a feature's of the same length ('征信对接', 'Credit bureau' name the bureau field)
    return sorted({p for p in pairs if p[0]}, key=lambda p: (-len(p[0]), p[1].kind != "field", p[1].code))


# Generic words that name a field only when they are the whole label ("公司" yes, "公司规模" no).
EXACT_ONLY = {label_key(w) for w in ("公司", "品牌", "产品", "方案", "company", "product", "plan", "tier", "business",
                                     "hardware", "software", "server", "servers",
                                     "fee", "cost", "amount", "logs", "response", "support", "upgrades", "consulting",
                                     "sla", "contract", "bureau", "日志", "权限", "升级", "费用", "含税", "征信", "加密", "模块", "功能", "响应", "服务",
                                     "其他", "其它", "注", "note", "other", "others", "sum", "no", "date", "单位", "数量",
                                     "单价", "电话", "地址", "source", "delivery", "payment", "contact", "phone",
                                     "address", "quantity", "qty", "email", "邮箱", "工期", "商品", "分享", "积分",
                                     "会员", "营销", "还款", "审批", "维护", "维保", "支持", "税", "tax", "vat", "发票", "安全", "政策", "咨询", "简称",
                                     "响应速度", "retention", "updates", "quotation", "hotline", "helpdesk", "servicedesk")}  # "系统响应速度" is the software's speed, not the support's

_SYNS = _synonyms()
_NEG_LENS = [-len(k) for k, _t in _SYNS]  # ascending, as _SYNS is sorted longest first
_EXACT = {}
for _k, _t in _SYNS:
    _EXACT.setdefault(_k, _t)


def unit_of(label: str, target: Target | None) -> float | None:
    """The multiplier a unit written in the label gives bare numbers of the target field (万元 -> 10,000)."""
    if target is None or target.kind not in ("field", "price"):
        return None
    kind = "money" if target.kind == "price" else schema.FIELDS[target.id].kind
    table = {"money": schema.MONEY_UNITS, "months": schema.MONTH_UNITS, "hours": schema.HOUR_UNITS}.get(kind)
    return _unit_in(label, table) if table else None


def money_unit(label: str) -> float | None:
    """The money unit a label names for its amounts ("Optional modules (CNY '000)" -> 1,000), whatever its field."""
    return _unit_in(label, schema.MONEY_UNITS)


def _unit_in(label: str, table: dict) -> float | None:
    s = unicodedata.normalize("NFKC", label).lower()
    for inner in _PAREN_RE.findall(s) + re.findall(r"/\s*([^\s/]+)\s*$", s):
        key = re.sub(r"\s+", "", inner)
        if key in table:
            return float(table[key])
        for unit in sorted(table, key=len, reverse=True):
            if len(unit) > 1 and unit in key:
                return float(table[unit])
    return None


# Synonyms by their first two characters: a synonym inside a label starts with one of the label's bigrams, so only
# those few are tried (the label column of a 10,000-row sheet holds hundreds of vendor names to rule out).
_BY_BIGRAM: dict[str, list[int]] = {}
for _i, (_k, _t) in enumerate(_SYNS):
    if len(_k) >= 2 and _k not in EXACT_ONLY:
        _BY_BIGRAM.setdefault(_k[:2], []).append(_i)


def _contained(candidate: str, lo: int, hi: int) -> "Target | None":
    """The first synonym (in _SYNS order, indexes lo..hi) written inside ``candidate``."""
    best = hi
    for j in range(len(candidate) - 1):
        for i in _BY_BIGRAM.get(candidate[j:j + 2], ()):
            if i >= best:
                break
            if i >= lo and candidate.startswith(_SYNS[i][0], j):
                best = i
                break
    return _SYNS[best][1] if best < hi else None


@lru_cache(maxsize=4096)
def is_ignored_label(label: object) -> bool:
    """A label that names something besides a field (对接人, 供应商编码, 报价有效期): its row is no vendor header."""
    k = label_key(label)
    return bool(k) and _EXACT.get(k) is _IGNORE


_QUESTION_WORDS_RE = re.compile(r"是否|能否|可否|有没有|有无|哪些|哪家|哪几家|多长|多久|多少|(?<![a-z])(?:does|do|is|are|can|will|whether)(?![a-z])", re.I)
_ASKING_RE = re.compile(r"^\s*(?:请(?:贵司)?(?:列出|说明|提供|填写|注明|描述)|贵司|我司|贵方|(?:所投|投标|本次)(?:系统|产品|版本)|"
                        r"(?:提供|支持|具备|包含|已|有|通过|交付|承诺|可以|能|采用|启用)|(?:the\s+)?(?:vendor|supplier|system|"
                        r"product|solution|you)\s+(?:provide|support|offer|include|have|use)?)+\s*", re.I)
_FOLLOW_UP_RE = re.compile(r"[?？].*$|(?:吗|呢)\s*$", re.S)


def question_subject(label: str) -> str:
    """What a question-form label asks about, its question words dropped ('监管政策变化导致的系统调整是否免费？'
    -> '监管政策变化导致的系统调整免费'); '' when the label is no question."""
    head = _FOLLOW_UP_RE.sub("", label)
    if head == label and not _QUESTION_WORDS_RE.search(label) and not _ASKING_RE.match(label):
        return ""
    parts = _QUESTION_WORDS_RE.split(head, maxsplit=1)
    return "".join(_ASKING_RE.sub("", p) for p in parts).strip(" :：,，。")


def _question_targets(label: str) -> "Target | None":
    """A question's field: what is asked after 是否 first ('维护期内是否包含版本升级' asks about upgrades), then what
    it is asked of; any synonym of two characters or more counts (a question is longer than a header)."""
    head = _FOLLOW_UP_RE.sub("", label)
    parts = _QUESTION_WORDS_RE.split(head, maxsplit=1)
    # '报价总额（元）及是否含税' asks for the price and, joined to it, one thing about it: the price's field
    first = len(parts) == 2 and re.search(r"(?:及|和|与|以及|[、/／,，])\s*$", parts[0])
    if not first and _VAT_ASKED_RE.search(head):  # 'Do the prices above include 13% VAT? (Yes/No)': the tax mark
        return _EXACT.get(label_key("是否含税"))
    for part in (parts[0], parts[1]) if first else (parts[1], parts[0]) if len(parts) == 2 else (parts[0],):
        if _COMPARED_RE.match(part):
            continue  # '操作日志保存期是否不足6个月': the threshold asked about, the field before it
        key = label_key(_ASKING_RE.sub("", part))
        if len(key) >= 2:
            lo, hi = bisect_left(_NEG_LENS, -len(key)), bisect_right(_NEG_LENS, -2)
            target = _EXACT.get(key) or _contained(key, lo, hi)
            if target is not None:
                return target
    return None


_COMPARED_RE = re.compile(r"\s*(?:不足|少于|低于|短于|小于|多于|超过|高于|大于|长于)\s*[\d一二三四五六七八九十半两]")
# "MLPS – vendor's evidence", "SM4 – vendor's detail", "等保 - 供应商说明": the vendor's detail on the field named first
_DETAIL_SUFFIX_RE = re.compile(r"^(.*?\w.*?)\s*[–—:：|/-]\s*(?:the\s+)?(?:vendor'?s?|supplier'?s?|bidder'?s?|供应商|投标人|厂商)?"
                               r"\s*(?:own\s+)?(?:details?|evidence|response|answer|comments?|explanation|说明|佐证|证明|举证|"
                               r"回复|答复|详情|具体情况)\s*$", re.I)


_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_LATIN_RE = re.compile(r"[A-Za-z]{2}")
_KANA_RE = re.compile(r"[\u3040-\u30ff]")  # hiragana and katakana: a label's Japanese part
_SCRIPT_PART_RE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff（）()、/·\d]*|[A-Za-z][A-Za-z&.'’()/\s-]*[A-Za-z)]")
# a low-code CRM's API field names ('supplier_id__r.name', 'quote_amount__c', 'tax_type__c', 'life_status')
_API_NAME_RE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*(?:__[cr])?(?:\.[a-z_]+)?")


def api_words(label: str) -> str:
    """'supplier_id__r.name' -> 'supplier name', 'quote_amount__c' -> 'quote amount': an API name in words."""
    s = re.sub(r"(?:_id)?__r\.", " ", label.strip())
    return re.sub(r"__c$|_", " ", s.replace("__c.", " ")).replace("  ", " ").strip()


@lru_cache(maxsize=8192)
def match_label(label: object) -> LabelMatch:
    """Best canonical target for a header or row label (None when nothing fits). A label in two languages, one
    per line ('价格构成\nPrice breakdown'), is matched as a whole, then line by line."""
    if label.__class__ is str and ("_" in label) and _API_NAME_RE.fullmatch(label.strip()):
        label = api_words(label)
    if label.__class__ is str and _HELPER_RE.match(label):
        return _NO_MATCH  # '辅_含税价', '辅助_总分': the buyer's own working column, no field of the quote
    found = _match_label(label)
    text = str(label or "")
    if found.target is None and len(text) <= 60 and _CJK_RE.search(text) and _LATIN_RE.search(text):
        # 'Source 源码', '源码 Source code': a label in two languages on one line, each part tried
        for part in _SCRIPT_PART_RE.findall(text):
            if len(part.strip()) >= 2 and (each := _match_label(part.strip())).target is not None:
                return each
    japanese = "／" in text and _KANA_RE.search(text) is not None and len(parts_ja := text.split("／")) == 2 \
        and _KANA_RE.search(parts_ja[1]) is None  # '保守期間後の年間費用／维保期满后年费': Japanese, then Chinese
    if (found.target is None or found.target.kind == "notes" and len(_part_fields(text)) < 2) \
            and len(text) <= 160 and ("\n" in text.strip() or " / " in text and _two_languages(text.split(" / ")) or japanese):
        # two languages: one per line, or either side of a slash ('MLPS Level 3 – filing certificate no. / 等保三级…')
        for part in text.splitlines() if "\n" in text.strip() else parts_ja[::-1] if japanese else text.split(" / "):
            if part.strip() and (each := _match_label(part)).target is not None and (
                    found.target is None or each.target.kind != "notes"):
                return each
    return found


_HELPER_RE = re.compile(r"\s*(?:辅[_＿\-－]|辅助[_＿\-－:：]?|测算[_＿\-－:：]|helper[_\s-]|calc[_\s-])|"
                        r".*[（(][^）)]{0,8}(?:测算|估算)[）)]\s*$", re.I)  # '三年合计（财务部测算）': the buyer's own sum


# a tracker's own wrapping of a field it was given ('Custom field (报价（万元）)' in a Jira export): the field inside
_WRAPPED_RE = re.compile(r"^\s*(?:custom\s*field|自定义字段)\s*[（(]\s*(.+?)\s*[)）]\s*$", re.I | re.S)


def _two_languages(parts: list[str]) -> bool:
    """'Company name / 公司名称': a part in Chinese beside one without (not 'MLPS / security', one label of two words)."""
    cjk = [bool(re.search(r"[\u4e00-\u9fff]", p)) for p in parts]
    return any(cjk) and not all(cjk)


def _part_fields(text: str) -> set[str]:
    """The fields the parts of a label joined by '/', '及', '&'… name, each part matched as it stands."""
    return {t.id for p in _JOINER_RE.split(text) if p.strip() and (t := _match_label(p).target) is not None
            and t.kind == "field"}


_ARTICLE_RE = re.compile(r"第\s*[\d一二三四五六七八九十百]+\s*[条章款节]\s*[、.．:：]?\s*")
# a row for one fault level of a service-level clause: its cells give that level's response
_FAULT_LEVEL_LABEL_RE = re.compile(r"[一二三四1-4]\s*级\s*(?:故障|问题|事件)|(?:紧急|严重|重大|一般)\s*故障")
_PROVENANCE_RE = re.compile(r"[(（\[【]\s*(?:由|经)?\s*(?:供应商|服务商|厂商|厂家|投标人|乙方|对方|vendor|supplier)\s*"
                            r"(?:提供|填写|填报|自报|自填|自述|自评|给出|出具|provided|supplied)\s*[)）\]】]", re.I)
_MODULES_PAREN_RE = re.compile(r"[（(]\s*(?:功能模块|功能清单|模块清单|功能)\s*[)）]")


def _match_label(label: object) -> LabelMatch:
    text = str(label or "")
    if (wrapped := _WRAPPED_RE.match(text)) is not None:
        return _match_label(wrapped.group(1))
    if len(text) > 80 and (first := _FIRST_SENTENCE_RE.match(text)) is not None and len(first.group(1)) <= 80:
        text = first.group(1)  # a long question: its first sentence asks it ('Does the system hold … certificate? Provide …')
    if len(text) > 80 and _MODULES_HEAD_RE.match(text) and len(re.findall(r"[,，、;；]", text)) >= 2:
        return LabelMatch(_EXACT.get(label_key("功能模块")), None)  # 'Modules: enterprise credit report, …': the list asked for
    if len(text) > 80 and (";" in text or "；" in text):  # a requirement, then what to state with it ('Total one-off price
        text = re.split(r"[;；]", text, maxsplit=1)[0]  # for … module (CNY); state VAT treatment'): its first part names it
    if len(text) > 80 and len(cut := _PAREN_RE.sub("", text).strip()) <= 80 and (u := _PAREN_RE.search(text)) is not None:
        text = cut + " " + u.group()[:20] if len(cut) + len(u.group()) < 80 else cut  # its brackets (a unit) kept when they fit
    if not text.strip() or len(text) > 80:
        return LabelMatch(None, None)
    if text[:1].isdigit() or text[:1] in "Qq":  # a questionnaire's numbering ('4、报价是否含税', 'Q1. Company name')
        text = _QUESTION_NUMBER_RE.sub("", text, count=1) or text
    if text[:1] == "第" and (art := _ARTICLE_RE.match(text)) is not None and art.end() < len(text):
        text = text[art.end():]  # '第6条 服务水平·技术支持时间': a contract's article number, then what it is about
    detail = _DETAIL_SUFFIX_RE.match(unicodedata.normalize("NFKC", text))
    if detail:
        head = _match_label(detail.group(1))
        if head.target is not None and head.target is not _IGNORE:
            return head
    if (named := _NOTES_OF_RE.match(text)) is not None and len(named.group(1)) >= 2:
        return LabelMatch(NOTES, None)  # '备注：泉州鲤城数科有限公司' over that vendor's remarks: notes, never a vendor
    if "「" in text and VERBATIM_LABEL_RE.search(text):  # '综合评价（「」内为服务商原话，其余为本人看法）': the 「」 are the vendor's
        return LabelMatch(NOTES, None)  # words, read for every fact they state (core.load keeps them alone)
    bare = _PAREN_RE.sub("", unicodedata.normalize("NFKC", text))
    # A question names its field after 是否 ('免费维护期内是否包含版本升级？' asks about upgrades), before any word it
    # also contains; a header is matched as it stands.
    target = _EXACT.get(label_key(bare)) or _EXACT.get(label_key(text))
    if target is None and question_subject(bare):
        target = _question_targets(bare)
    if target is None and _OPTIONS_LABEL_RE.search(bare):  # '选配模块及价格（千元）': the options, not two fields
        target = _EXACT.get(label_key("选配"))
    if target is None and _JOINER_RE.search(bare):  # '权限/日志': two fields, before any one word of it
        target = _joint(bare)
    # ('参考客户（供应商提供）': the bracket says who gave the row's words, never what the row is)
    for candidate in () if target is not None else (label_key(bare), label_key(_PROVENANCE_RE.sub("", text))):
        if not candidate:
            continue
        target = _EXACT.get(candidate)
        if target is None:
            # Only synonyms that can fit: no longer than the label, and at least a third of it.
            n = len(candidate)
            lo, hi = bisect_left(_NEG_LENS, -n), bisect_right(_NEG_LENS, -((n + 2) // 3))
            target = _contained(candidate, lo, hi)
        if target is not None:
            break
    if target is None and _FAULT_LEVEL_LABEL_RE.search(bare):
        target = _EXACT.get(label_key("响应时间"))  # '服务水平·一级故障（核心业务中断）' | '30分钟内响应，4小时内恢复'
    if target is not None and target.kind == "feature" and _MODULES_HEAD_RE.match(bare) \
            and len(re.findall(r"[,，、;；]", bare)) >= 1:  # 'Modules: enterprise credit report, bank-statement analysis, …':
        target = _EXACT.get(label_key("功能模块"))  # the modules asked for, a list — never the first one named
    if target is not None and target.code == "source_code_delivery" and _MODULES_PAREN_RE.search(text):
        target = _EXACT.get(label_key("功能模块"))  # '交付内容（功能模块）': the modules delivered, not the source
    if target is None and (cut := _THRESHOLD_TAIL_RE.search(bare)) and cut.start() >= 2:
        return _match_label(bare[:cut.start()])  # '日志≥半年', '维护≥1年': the field, the buyer's threshold after it
    if target is None and len(bare) <= 40 and re.search(r"[，,；;]", bare) and not re.search(r"\d", bare) \
            and 4 <= len(head := re.split(r"[，,；;]", bare, maxsplit=1)[0].strip()) and (h := _match_label(head)).target is not None:
        return h  # '完整源码交付，无加密，可二次开发': a requirement's first phrase names it, the rest is what it asks
    if target is None and len(bare) > 30 and (head := _HEAD_PHRASE_RE.split(bare, maxsplit=1)[0].strip()) \
            and 4 <= len(head) < len(bare) - 4:
        return _match_label(head)  # 'Total one-off price for source code licence, …': the phrase it opens with names it
    if target is not None and target.kind == "feature" and target.id == "personal_credit_report" \
            and _BUREAU_ASKED_RE.search(bare):  # '征信接口对接的是哪家机构？': which bureau, not whether the module is there
        target = _EXACT.get(label_key("征信机构"))
    if target is not None and target.code == "price:tax" and _PRICE_WORD_RE.search(bare) \
            and (head := _HEAD_PHRASE_RE.split(bare, maxsplit=1)[0].strip()) and head != bare.strip() \
            and (h := _match_label(head)).target is not None and h.target.code == "price_cny":
        return LabelMatch(h.target, unit_of(text, h.target))  # 'Total price (CNY), state VAT treatment': the price, its
        # tax mark in the cell
    if target is not None and (_COMPUTED_RE.search(text) or _FILED_RE.search(text)
                               and target.code not in ("features", "notes")):
        return LabelMatch(None, None)  # '含税总价（公式）', '报价单（附件）': the buyer's table computed or filed it, no word of the vendor
    if target is _IGNORE or (target is not None and target.code in _MONEY_CODES and _NOT_THIS_PURCHASE_RE.search(text)):
        return LabelMatch(None, None)  # 'SaaS年费（仅参考）': another product's amounts, no price or fee of this quote
    if target is not None and target.code == "price:item" and _PER_YEAR_RE.search(text):
        target = _EXACT.get(label_key("年服务费"))  # '服务费（元/年）': a yearly fee, no line item of the price
    if target is NOTES and _ITEM_TAIL_RE.search(label_key(bare)):
        return LabelMatch(None, None)  # '售后项目', '服务项目': the head of a column of items, not a cell of terms
    if target is not None and target.code in _MONEY_CODES and MULTIYEAR_RE.search(bare):
        return LabelMatch(None, None)  # '三年总价（元）', '3-year TCO': the price and the years' fees together, no price
    if target is not None and target.code in _MONEY_CODES and _SCORE_TAIL_RE.search(label_key(bare)):
        return LabelMatch(None, None)  # '合计得分', '价格分', 'Total score': the evaluator's points, never an amount
    if target is not None and target.code == "vendor" and (priced := _VENDOR_PRICE_RE.match(bare)) is not None:
        price = _match_label(priced.group(1)).target  # '供应商报价', "Vendor's price (CNY)": the price, never the name
        return LabelMatch(price, unit_of(text, price))
    if target is not None and _VENDOR_ANSWER_RE.fullmatch(bare):
        return LabelMatch(NOTES, None)  # 'Vendor response', "Supplier's reply": its answer, read for what it states
    if target is not None and target.code == "vendor" and _NOTES_TAIL_RE.search(label_key(bare)):
        return LabelMatch(NOTES, None)  # '供应商备注', "Vendor's notes": the vendor's remarks, never its name
    if target is not None and target.code == "vendor" and _QUALITY_TAIL_RE.search(label_key(bare)):
        return LabelMatch(None, None)  # 'Vendor stability', '供应商实力': a criterion about the vendor, not its name
    if target is not None and target.code == "vendor" and _PERSON_TAIL_RE.search(label_key(bare)):
        return LabelMatch(None, None)  # '投标人代表签字', "Bidder's representative": a person or a signature, not its name
    return LabelMatch(target, unit_of(text, target))


# what an evaluation says about a vendor ('Vendor stability | 0.15 | 4 | 3', '厂商实力'): kept, never the vendor's name
_QUALITY_TAIL_RE = re.compile(r"(?:实力|稳定性|规模|背景|信誉|口碑|经营状况|财务状况|评价|评分|得分|身份|类型|性质|资格|地址|"
                              r"address|"
                              r"stability|viability|strength|reputation|background|financials?|rating|score|experience|"
                              r"type|role|status)$")  # '报价单位身份 | 代理商（…授权）': what the vendor is, not its name
# what an evaluator gives a quote ('合计得分', '总分', '价格分（30分）' read bare): points, whatever amount word opens the label
_SCORE_TAIL_RE = re.compile(r"(?:得分|评分|打分|总分|分数|分值|合计分|价格分|商务分|score|scores|points|rating)$")
# a question asking whether a red flag exists ('是否尚未取得等保三级备案证明', '是否存在未启用HTTPS的情形', '免费维护期是否少于12个月'):
# its '否' is the good answer (core.load reads the answer the other way round)
RISK_QUESTION_RE = re.compile(r"是否(?:存在)?[^（(【\[]{0,40}?(?:尚未|未|不|没有|无|非|仅限|仅|另行|另收|另计|少于|低于|不足|单一|二期|"
                              r"自行开发|缺少|缺失|超过|高于|按次|源码加密|代码加密|加密交付|只给|只提供授权)")
_NOTES_OF_RE = re.compile(r"\s*(?:备注|说明|补充说明|备注说明)\s*[:：]\s*(\S.{0,40}?)\s*$")
# a label saying its 「」 hold the vendor's own words and the rest the writer's (core.load reads the 「」 alone)
VERBATIM_LABEL_RE = re.compile(r"「\s*」\s*(?:内|里|中|之内)?\s*(?:为|是|系)?\s*(?:服务商|供应商|厂商|对方|厂家|投标人|vendor'?s?|supplier'?s?)?\s*(?:的)?\s*"
                          r"(?:原话|原文|原句|原始表述|报价单原文|own words|verbatim)|"
                          # '「」内为各单位盖章报价函原文摘录': whose document it quotes, named between
                          r"「\s*」\s*(?:内|里|中|之内)\s*(?:为|是|系)\s*[^，,。；;「」]{1,12}?(?:原话|原文|原句)", re.I)
# a sheet's own line saying its quotation marks hold the vendors' words and the rest the writer's ('各供应商栏中，“”内为供应商书面
# 答复原文摘录；引号以外的文字为本人…的归纳'): every vendor's cell on it is read for the quoted words alone
SHEET_VERBATIM_RE = re.compile(r"[“「]\s*[”」]\s*(?:内|里|中|之内)\s*(?:为|是|系)\s*[^，,。；;“”「」]{0,24}?(?:原话|原文|原句)")
_PER_YEAR_RE = re.compile(r"/\s*年|每年|年度|(?<![a-z])(?:per\s*(?:year|annum)|p\.?a\.?|annual|yearly)(?![a-z])", re.I)
_ITEM_TAIL_RE = re.compile(r"(?:项目|条目|指标)$")  # (not 事项: 待澄清事项 holds text)
_PERSON_TAIL_RE = re.compile(r"(?:代表签字|代表签名|代表签章|签字|签名|签章|授权代表|代表|联系人|联系方式|联系电话|"
                             r"signature|signed|representative|contactperson|contact)$")
_NOTES_TAIL_RE = re.compile(r"(?:备注|说明|意见|批注|补充|承诺|原文|原话|摘录|陈述|答复|回复|应答|填写内容|填写|填报内容|资质|资质证明|"
                            r"notes?|remarks?|comments?|commitments?|statements?|"
                            r"answers?|position|submission|verbatim|wording|words|responses?|replies|reply|qualifications?|certificates?)$")
_VENDOR_ANSWER_RE = re.compile(r"\s*(?:vendor|supplier|bidder)'?s?\s+(?:responses?|replies|reply|answers?)\s*", re.I)
# the vendor's price under a vendor word ('供应商报价', 'Vendor price (CNY)'): the price field, never the vendor's name
_VENDOR_PRICE_RE = re.compile(r"\s*(?:供应商|服务商|厂商|投标人|vendor'?s?|supplier'?s?|bidder'?s?)\s*"
                              r"((?:报价|价格|总价|报价金额|投标报价|price|quote|quotation|bid(?: amount| price)?)\s*)$", re.I)


_BUREAU_ASKED_RE = re.compile(r"征信.{0,10}(?:哪家|哪个|哪些|什么)\s*(?:机构|公司|征信)?|(?:哪家|哪个|哪些)\s*征信|征信.{0,8}机构|"
                              r"which (?:credit )?(?:bureau|body|agency)", re.I)
_THRESHOLD_TAIL_RE = re.compile(r"\s*(?:≥|>=|＞=|≧|≤|<=|＜=|≦|>|<|不少于|不低于|不超过|至少|最少)\s*[\d一二三四五六七八九十半两]")
_PRICE_WORD_RE = re.compile(r"price|报价|总价|价格|金额|amount", re.I)
_VAT_ASKED_RE = re.compile(r"(?:includ\w*|inclusive|exclusive|exclud\w*)\s+(?:of\s+)?(?:the\s+)?(?:\d+(?:\.\d+)?\s*%\s*)?"
                           r"(?:vat|tax|gst)\b|(?:含|包含)\s*(?:\d+(?:\.\d+)?\s*%\s*)?(?:增值税|税)", re.I)
_QUESTION_NUMBER_RE = re.compile(r"^\s*(?:[Qq]\s*)?\d{1,3}\s*[、.．)）:：]\s*(?=\S)")
_OPTIONS_LABEL_RE = re.compile(r"(?:选配|可选|选购|加购)(?:模块|功能|项目?)|(?:optional|add-?on)\s*(?:modules?|features?)", re.I)
_SLASH_RE = re.compile(r"\s*[/／、]\s*")
_JOINER_RE = re.compile(r"[/／、&＆+＋]|与|和|及|\s+and\s+")
_HEAD_PHRASE_RE = re.compile(r"\s+(?:for|of|including|incl\.?|with|that|which|covering)\s+|[,，(（:：;；]", re.I)
_MODULES_HEAD_RE = re.compile(r"\s*(?:(?:functional|required|mandatory|core)\s+)?(?:modules?|features?|functions?)(?:\s+(?:required|"
                              r"included|list))?\s*[:：]|\s*(?:功能模块|功能清单|模块清单|所需模块|必备模块|功能要求|模块)\s*[:：]", re.I)
_FIRST_SENTENCE_RE = re.compile(r"^\s*(.{8,}?[?？。]|.{8,}?\.)(?=\s|$|[（(])", re.S)


def _joint(label: str) -> "Target | None":
    """'权限/日志', '加密与传输': a label naming two fields at once holds a cell stating both — read like a notes cell
    for every field it states (core.load reads its parts in order when the cell has as many: joint_fields)."""
    if len(set(joint_fields(label))) >= 2:
        return _EXACT.get(label_key("备注"))
    # '维护范围含缺陷修复及版本升级': every part names the same field, in two ways: that field
    for joiner in (_JOINER_RE, _SLASH_RE):
        parts = [p for p in joiner.split(label) if p.strip()]
        if len(parts) < 2:
            continue
        each = [_match_label(p).target for p in parts]
        if len(parts) >= 2 and all(t is not None and t.kind == "field" for t in each) and len(set(each)) == 1:
            return each[0]
        if len(parts) >= 2 and all(t is not None and t.kind == "feature" for t in each):
            return each[0]  # 'Repayment schedule & reminders / approval workflow / user management': modules, each read
    # 'MLPS / security', 'Data & bureau', 'Support & SLA': a field beside a topic word is a cell of several facts
    parts = [label_key(p) for p in _JOINER_RE.split(label) if p.strip()]
    if len(parts) >= 2 and any(p in _TOPIC_WORDS for p in parts) and any(p not in _TOPIC_WORDS for p in parts) and all(
            p in _TOPIC_WORDS or (t := _match_label(p).target) is not None and t.kind == "field" for p in parts):
        return _EXACT.get(label_key("备注"))
    return None


_TOPIC_WORDS = frozenset(("security", "data", "sla", "service", "services", "terms", "amc", "delivery", "compliance",
                          "安全", "数据", "服务", "条款", "合规", "资质"))


@lru_cache(maxsize=4096)
def joint_fields(label: str) -> tuple[str, ...]:
    """The fields a joint label names, in order ('权限/日志' -> access_control, audit_log_months); () otherwise."""
    text = unicodedata.normalize("NFKC", str(label or ""))
    bare = _PAREN_RE.sub("", text)
    # '安全(加密/HTTPS/权限/日志)': a topic, its fields listed in the bracket
    inner = _INNER_RE.search(text) if label_key(bare) in _TOPIC_WORDS else None
    tries = [bare, inner.group(1)] if inner else [bare]
    if _CJK_RE.search(bare) and _LATIN_RE.search(bare):  # 'Maintenance & support 维保与支持': one language at a time
        tries += [x.strip() for x in _SCRIPT_PART_RE.findall(bare) if x.strip()]
    for joined in tries:
        parts = [p for p in _JOINER_RE.split(joined) if p.strip()]
        fields = tuple(t.id for p in parts if (t := match_label(p).target) is not None and t.kind == "field")
        if len(parts) >= 2 and len(fields) == len(parts) and len(set(fields)) == len(fields):
            return fields
    return ()


_INNER_RE = re.compile(r"[(（]([^()（）]{3,60})[)）]")


_MONEY_CODES = frozenset(["price_cny", "annual_fee_after_warranty_cny", "policy_adaptation_fee_cny"] +
                         [f"price:{role}" for role in schema.PRICE_ROLES])
_NOT_THIS_PURCHASE_RE = re.compile("|".join(map(re.escape, schema.NOT_THIS_PURCHASE)), re.I)
_COMPUTED_RE, _FILED_RE = (re.compile(r"[(（]\s*(?:" + "|".join(map(re.escape, marks)) + r")\s*(?:列|栏|字段)?\s*[)）]", re.I)
                          for marks in (schema.COMPUTED_MARKS, schema.FILED_MARKS))  # the bracket says only that


@lru_cache(maxsize=8192)
def label_strength(label: object) -> float:
    """How surely a text is a label: 1 when it is a synonym (units in brackets aside: "报价(万元)"), 0.5 when a
    synonym is only contained in it (as in a vendor called "国密安全科技"), 0 when it maps to nothing."""
    if match_label(label).target is None:
        return 0.0
    text = str(label or "")
    bare = _PAREN_RE.sub("", unicodedata.normalize("NFKC", text))
    return 1.0 if label_key(bare) in _EXACT or label_key(text) in _EXACT else 0.5


_LONG_CRITERION_KEYS = frozenset(label_key(x) for x in schema.LONG_CRITERION_LABELS)
_LONG_VALUE_KEYS = frozenset(label_key(x) for x in schema.LONG_VALUE_LABELS)


# a bilingual header ('抽取字段 Field', '原文依据 Evidence (source text)'): its Chinese part, a space, its English part
_BILINGUAL_RE = re.compile(r"[\u4e00-\u9fff][^A-Za-z]{0,30}?\s([A-Za-z][A-Za-z .,&/()\-]{0,50})")


def _bilingual(text: str) -> tuple[str, str] | None:
    """(Chinese part, English part) of a short bilingual header; None otherwise."""
    if len(text) > 80 or (m := _BILINGUAL_RE.search(text)) is None or m.end() != len(text.rstrip()):
        return None
    return text[:m.start(1)].strip(), m.group(1).strip()


def _keys_of(label: object) -> tuple[str, ...]:
    """The label's keys: as written, without its bracket, and each part of a bilingual header."""
    text = str(label or "")
    out = [label_key(label), label_key(_PAREN_RE.sub("", text))]
    if (parts := _bilingual(text)) is not None:
        out += [label_key(parts[0]), label_key(_PAREN_RE.sub("", parts[0])), label_key(_PAREN_RE.sub("", parts[1]))]
    return tuple(out)


def is_long_criterion_label(label: object) -> bool:
    return label_key(label) in _LONG_CRITERION_KEYS or (
        _bilingual(str(label or "")) is not None and any(k in _LONG_CRITERION_KEYS for k in _keys_of(label)))


def is_long_value_label(label: object) -> bool:
    """'Vendor statement (verbatim)', '供应商答复（原文）': the words in brackets say how, not what."""
    return any(k in _LONG_VALUE_KEYS for k in _keys_of(label))


_LONG_FILE_KEYS = frozenset(label_key(x) for x in schema.LONG_FILE_LABELS)


def is_long_file_label(label: object) -> bool:
    """'文件名 File', 'Source file': the column naming each row's source document."""
    return any(k in _LONG_FILE_KEYS for k in _keys_of(label))


_LONG_VERBATIM_KEYS = frozenset(label_key(x) for x in schema.LONG_VERBATIM_LABELS)
_LONG_UNIT_KEYS = frozenset(label_key(x) for x in schema.LONG_UNIT_LABELS)


def is_long_verbatim_label(label: object) -> bool:
    """'原文', '条款原文（供应商草案）': the bracket says whose, not what."""
    return any(k in _LONG_VERBATIM_KEYS for k in _keys_of(label))


def is_long_unit_label(label: object) -> bool:
    return label_key(label) in _LONG_UNIT_KEYS
