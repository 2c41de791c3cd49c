"""The analyst's reading of a cell: a value *and* its standing (docs/analyst-reading.md).

``read_value(field, cell)`` reads one cell for one canonical field and returns a ``Reading``: the value
(unknown = None), its status (stated / claimed / conditional / unknown), a warning key, and what a price
or a feature list carries besides (line items, options with their cost, a tax mark, a fee written as a
share of the contract). It builds on the typed parsers of parse.py, which know the words for each kind of
value; this module knows how vendors hedge: claims without proof, conditions and extra costs, several facts
in one cell.

``read_all(text)`` reads a multi-fact cell (售后服务, 服务承诺, 备注…) for every field it states, each clause
only for the field it names.

Every function here is total (never raises) and cached per distinct input: quote sheets repeat texts.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from . import parse, schema
from .checkbox import ticked
from .parse import is_number, norm

@dataclass(frozen=True, slots=True)
class Reading:
    value: Any
    status: str  # stated | claimed | conditional | unknown
    warning: str | None = None
    # money: the line items summed into the value, a stated total, options not included, the tax mark
    items: tuple[tuple[str, float], ...] = ()
    total: float | None = None
    options: tuple[tuple[str, str | None, float | None], ...] = ()  # (label, feature id or None, cost or None)
    tax: str | None = None  # "excl" (不含税: VAT to add) | "incl" | None (not said: taken as inclusive)
    share: float | None = None  # annual fee as a share of the contract per year (0.15)
    fee: float | None = None  # policy adaptation: the fee a charge names
    unknown_features: tuple[str, ...] = ()
    pretax: float | None = None  # a price as written before VAT was added (tax == "excl")
    unsure: tuple[str, ...] = ()  # features a list names but answers only by pointing elsewhere ('流水分析：详见白皮书')
    vat: float | None = None  # the VAT rate a tax-exclusive price states for itself ('不含税，税率6%'), else None


UNKNOWN = Reading(None, "unknown")


def _r(value: Any, status: str | None = None, warning: str | None = None, **kw) -> Reading:
    if value is None and status is None:
        return Reading(None, "unknown", warning, **kw)
    return Reading(value, status or "stated", warning, **kw)


# ------------------------------------------------------------------------------------------------
# Words
# ------------------------------------------------------------------------------------------------
# A pointer elsewhere is no value: 详见附件, 见资质文件, see attachment.
_REFERENCE_RE = re.compile(r"^(?:详见|见|参见|参考|另附|附|请见|(?:see|refer to|as per|per)(?![a-z]))\s*\S{0,20}$|"
                           r"^(?:see|refer to|as per|per|please see)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:brochure|"
                           r"documents?|documentation|attachments?|appendix|annex|proposal|datasheet|spec\w*|catalog\w*|"
                           r"website|deck|manual|sheet)\b.{0,30}$|"
                           r"^(?:详见|见|参见|请见).{0,20}(?:附件|文件|资料|清单|说明|方案|合同|标书|附表|证书|资质)")
_REFERENCE_WORDS = ("没注意", "不清楚", "不知道", "回头问", "待了解", "待确认", "再确认", "问一下", "不确定", "not sure",
                    "to be confirmed", "will check", "详见附件", "见附件", "详见资质", "见资质", "详见方案", "见方案", "see attachment", "see appendix",
                    "see attached", "refer to attachment", "详见技术方案", "见附表", "详见清单", "以附件为准")

# Tax marks (removed before anything else reads the text: 不含税 is no condition).
_TAX_EXCL_RE = re.compile(r"不含税|未含税|未税|税前|不含增值税|未含增值税|不含\s*\d{1,2}(?:\.\d+)?\s*%\s*(?:的)?(?:增值税|税)|[+＋]\s*(?:增值)?税(?:费|金)?(?!率)|不含发票|不含票|不带票|不开票|裸价|(?<!含)税费?(?:(?!不另|无需另|[（(][^）)]*[\u4e00-\u9fff]{2}|[。；;]).){0,10}(?<!不)另[计算收付加]|税费?由.{0,4}另行?承担|"
                          r"(?<![a-z])(?:excl\.?|excludes?|excluding|exclusive of|ex[-.]?|before|net of|plus|w/o|without|\+)\s*(?:\d{1,2}(?:\.\d+)?%\s*)?(?:vat|tax)\b|"
                          r"\bvat\s*(?:excluded|not included|extra|to be added|(?:is\s+)?payable|on top)|\bpre-?tax\b|\bnet\b(?=.*\bvat\b)")
# The rate a tax-exclusive price names ('不含税，税率6%', '未税（增值税6%）', 'excl. 6% VAT'): a rate the schema knows.
# ('不含税（6%）' in a tax column: the rate right after the tax word; never a yearly share, '税，15%/年')
_VAT_RATE_RE = re.compile(r"(?:(?:增值税|税率|税点|征收率|开票时?|(?<![a-z])(?:vat|tax)(?:\s*rate)?)\s*(?:税率|征收率)?\s*(?:为|按|另按|是|另加|加|(?:要|需)?另外加|要加|[:：]|at(?![a-z]))?|税\s*[(（,，、]?)\s*"
                          r"(\d{1,2}(?:\.\d+)?)\s*%(?!\s*/?\s*(?:年|每年|year|yr))|"
                          r"(?<![\d.])(\d{1,2}(?:\.\d+)?)\s*%\s*(?:的)?\s*(?:增值税|税率|税点|征收率|专票|普票|(?:普通|专用)发票|(?:vat|tax)(?![a-z]))|"
                          r"(?:增值税)?(?:专用发票|普通发票|专票|普票)\s*[(（,，]?\s*(?:税率)?\s*(\d{1,2}(?:\.\d+)?)\s*%")


def stated_vat_rate(text: Any) -> float | None:
    """The VAT rate a cell states for its tax-exclusive amount ('19.5万（不含税，税率6%）' is 0.06), when it is one of
    the rates the schema knows (schema.VAT_RATES); None otherwise."""
    if not isinstance(text, str) or "%" not in text and "％" not in text:
        return None
    m = _VAT_RATE_RE.search(norm(text))
    if m is None:
        return None
    rate = round(float(m.group(1) or m.group(2) or m.group(3)) / 100, 4)
    return rate if rate in schema.VAT_RATES else None


_TAX_INCL_RE = re.compile(r"含税|(?<!不)含增值税|(?<!不)含\d+%\s*(?:增值税|税)|税后|含发票|(?<!不)含票|(?<!不)带票|(?<![a-z])(?:incl\.?|including|inclusive of|with)\s*"
                          r"(?:\d+%\s*)?(?:vat|tax)\b|\bvat\s*included|\btax\s*included|\bgross\b")

# Conditions: true only with a condition or at extra cost (domain.md section 7).
_CONDITION_RE = re.compile(
    r"(?<![不无免])(?:额外收费|额外付费|额外费用)|按需报价|quoted separately|视.{0,4}(?:收费|报价|计费)|"
    r"高级版提供|旗舰版提供|企业版提供|高级版本提供|仅限.{0,4}版|另计|另收|另付|另行报价|另行收费|另行计费|另行协商|另外报价|另外收费|另议|选配|可选|另加|加购|另购|需另购|需购买|需单独购买|"
    r"单独购买|单独收费|单独报价|需额外|需付费|付费开通|收费开通|除外|不含|不包含|不包括|视情况|"
    r"按需收费|按实际|增值服务|"
    r"(?<![a-z])(?:optional|add-?on|extra (?:cost|charge|fee)|at extra|additional (?:cost|charge|fee)|"
    r"charged separately|chargeable|not included|excluding|except|excluded|upon purchase|paid option|"
    r"(?:fees?|charges?|costs?) (?:apply|applies|extra)|at (?:additional |extra )?cost)(?![a-z])|"
    r"[(（]\s*[+＋]|[+＋]\s*(?:[¥￥$]|cny|rmb|\d)")

# Claims: asserted without specifics (支持等保三级, 满足…要求, 按…设计, 协助…).
_CLAIM_RE = re.compile(
    r"说有|说是有|声称|号称|据称|自称|支持|满足|符合|按照|参照|依照|遵循|达到|达标|按.{0,8}(?:标准|要求|设计|建设|开发)|设计|协助|配合|辅助|可通过|能通过|"
    r"确保通过|保证通过|帮助.{0,6}通过|没问题|放心|保证|肯定能|可对接|能对接|可接入|可以对接|可以接入|兼容|具备.{0,6}能力|要求|标准|架构|方案|"
    r"(?<![a-z])(?:support(?:s|ed)?|design(?:ed)?|compliant|complies|compliance|meets?|ready|capable|assist\w*|"
    r"help\w*|aligned|in line with|according to|requirements?|standards?|can connect|able to)(?![a-z])")

# In progress: not held today, promised (a claim about the future).
_PENDING_RE = re.compile(r"roadmap|booked|拟于|拟申请|将于|(?:日|月)(?:前|之前|以前)\s*(?:取得|完成|通过|办妥)|逾期未取得|明年|待取得|待测评|申请中|办理中|申报中|评测中(?!心)|测评中(?!心)|在测评|还在测|备案中(?!心)|审核中(?!心)|整改中|准备中|筹备|(?<!暂无)(?<!没有)(?<!无)(?<!不)计划|即将|正在|预计|有望|年内|下半年|上半年|"
                         r"(?<![a-z])(?:in progress|pending|(?<!not )(?<!not yet )applying|(?<!not )(?<!not yet )applied|(?<!not )planned|expected|"
                         r"underway|under way|in (?:final |the )?assessment|under assessment|being assessed|expects?|"
                         r"under review|scheduled|in application|by (?:q[1-4]|the end)|(?:can|could|will) be (?:obtained|applied for|"
                         r"arranged))(?![a-z])|可(?:以)?申请(?:取得|办理)?|可(?:以)?办理|可协助办理")

# The buyer supplies something (a certificate, a qualification): what the vendor gives holds, on a condition.
_BUYER_SUPPLIES_RE = re.compile(r"客户自购|客户自行|自行购买|自行申请|客户提供|甲方提供|甲方自行|由客户|需客户|买方提供|"
                                r"(?<![a-z])(?:customer (?:provides|supplies|buys)|provided by (?:the )?(?:customer|buyer))"
                                r"(?![a-z])")
_TYPOS = {"三极": "三级", "国蜜": "国密", "终生": "终身", "等宝": "等保", "征性": "征信", "原码": "源码",
          # what a phone scanner's table recognition makes of handwriting (扫描全能王): 圾 for 级, 吋 for 时, 埋 for 理
          "三圾": "三级", "二圾": "二级", "小吋": "小时", "吋内": "时内", "管埋": "管理", "处埋": "处理"}
_TYPOS.update(schema.REGIONAL_TERMS)  # and the Taiwan words for the same things ('原始碼', '載入合約')
_TYPO_RE = re.compile("|".join(sorted(_TYPOS, key=len, reverse=True)))
_STRUCK_RE = re.compile(r"~~[^~\n]{1,200}?~~")  # Markdown's strikethrough (石墨文档, 飞书, Notion exports)
# A scan's figures: O for 0 beside a digit ('2O.5', '36070O43O21'), l for 1 before one ('l9.8', 'l2个月', 'l小时'), 方 for
# 万 after one ('22.6方'); never inside a word ('O2O营销', 'html5', '3方案')
_OCR_HINT_RE = re.compile(r"\dO|l[\d.小个]|[\d.]方")
_OCR_O_RE = re.compile(r"(?<=\d)O(?=[\d.,，万方%元个月年天小时\-])|(?<=\d\.)O")
_OCR_L_RE = re.compile(r"(?<![A-Za-z])l(?=\d*\.?\d+\s*[万方元个小年月天%吋时日号]|\d{2,}|\.\d|小[时吋]|个月)")
_OCR_WAN_RE = re.compile(r"(?<=[\d.])方(?![案式面法向])")


def _ocr_fixed(cell: str) -> str:
    return _OCR_WAN_RE.sub("万", _OCR_L_RE.sub("1", _OCR_O_RE.sub("0", cell)))


# A survey's answer keeps its option letter: 'A.含税', 'B.三级测评中'.
_OPTION_LETTER_RE = re.compile(r"^[A-H]\s*[.、．:：)）]\s*(?=\S)")
_LABEL_PREFIX_RE = re.compile(r"^\s*([^:：=，,；;。]{0,15}[^:：=\d\s，,；;。])\s*[:：=]\s*(\S.*)$", re.S)
_CLAUSE_RE = re.compile(r"[，,；;。\n\r]+|(?<=[)）])\s*(?=\S)|\s{2,}")


_POINTS_ELSEWHERE_RE = re.compile(r"详见|参见|请见|见附件|见白皮书|(?<![a-z])(?:see (?:attached|the|our)|refer to)(?![a-z])|"
                                  r"(?<![a-z])see\s+(?:[\w-]+\s+){0,2}(?:brochure|documents?|documentation|attachments?|"
                                  r"appendix|annex|datasheet|manual|white\s?paper|catalog\w*)\b")


_HELD_RE = re.compile(r"已(?:经)?(?:取得|通过|获得|备案|对接|接入)|(?<![a-z])(?:held|obtained|certified|filed)(?![a-z])|"
                      r"等保\s*[三3]\s*级|三级等保|第三级")  # '等保三级，详见附件': the level said, as '等保三级' alone says it


def _is_reference(s: str) -> bool:
    """Whether the text answers only by pointing elsewhere ('详见附件', 'see brochure'): a pointer with little else
    ('已取得等保三级，备案证明编号…，复印件见附件' answers, and points to the copy)."""
    if bool(_REFERENCE_RE.search(s)):
        return True
    hit = next((w for w in _REFERENCE_WORDS if w in s), None)
    if hit is None:
        return False
    rest = re.sub(r"[\s，,。.；;：:()（）]", "", s.replace(hit, ""))
    # '已取得等保三级，证书见附件3': the answer given, its copy pointed to — never an answer only by a pointer
    return len(rest) <= 12 and not _HELD_RE.search(rest)


# an English sentence's end ('…expected Q1 2026. SM4; HTTPS', read lower-cased): a full stop after a word, a space and
# a word, never after a short word or an abbreviation ('excl. VAT', 'cert. TBC', 'Co. Ltd', 'approx. 3', 'U.S.')
_SENTENCE_END = (r"(?:(?<=[a-z]{5})|(?<=[0-9)）'\"]))(?<!approx)(?<!e\.g)(?<!i\.e)\.\s+(?=['\"‘“]?[a-z\u4e00-\u9fff])")
_CLAUSE_SPLIT_RE = re.compile(r"[，；;。！？!?\n\r]+|(?<!\d),|,(?!\d{3})|\s{2,}|[(（)）\[\]【】]|" + _SENTENCE_END)


# a checklist's item number leading a remark's clause ('P11：日志“长期保存”', 'P13、P14：“终身免费维护”', 'Q3:'): no figure
_ITEM_CODE_RE = re.compile(r"^\s*(?![Hh]5)(?![Pp][0-4](?:\s*[/、,，~～-]\s*[Pp]?[0-4])*\s*[：:][^，,；;。]*?(?:\d+\s*(?:h|hrs?|hours?|"
                           r"mins?|minutes?|分钟|小时)|next|次日|当天|same day))"
                           r"[A-Za-z]\d{1,3}(?:\s*[、,，/~～-]\s*[A-Za-z]?\d{1,3})*\s*[：:]\s*")  # (a priority's own time stays)


def clauses(text: str) -> list[str]:
    """A cell split into clauses on ，；。, new lines and parentheses ('一年（含升级）' is two statements); a comma
    between digits (330,000) does not split; an item number leading a clause ('P11：') is dropped."""
    parts = _CLAUSE_SPLIT_RE.split(text)
    return [q for p in parts if p and (q := _ITEM_CODE_RE.sub("", p).strip(" :：、"))]


# ------------------------------------------------------------------------------------------------
# Which clause talks about which field
# ------------------------------------------------------------------------------------------------
_FIELD_WORDS: dict[str, re.Pattern[str]] = {fid: re.compile(p) for fid, p in {
    "price_cny": r"报价|价格|总价|售价|合计|总计|[¥￥]|(?<![a-z])(?:price|total|cny|rmb)(?![a-z])",
    "annual_fee_after_warranty_cny": r"年费|年保|维保费|维护费|运维费|续保|续费|服务费|期外|期满|过保|期后|次年|第二年|/年|每年|%/年|"
                                     r"(?<![a-z])(?:annual|yearly|per year|/\s*year|/\s*yr|a year|p\.a|renewal|after (?:the )?warranty)"
                                     r"(?![a-z])",
    "policy_adaptation_free": r"政策|监管|合规适配|法规|(?<![a-z])(?:regulat\w*|policy|policies|compliance updates?)"
                              r"(?![a-z])",
    "mlps_level3": r"等保|等级保护|[二三四2-4]级(?:测评|备案|认证|证书)|等级测评|备案证明|(?<![a-z])(?:mlps|djcp)(?![a-z])",
    "sm4_encryption": r"sm4|sm3|sm2|国密|加密|明文|密码算法|(?<![a-z])(?:aes|rsa|encrypt\w*|plain-?text|cleartext|cryptograph\w*|gm algo\w*|gm cipher\w*|guomi)(?![a-z])",
    "tls": r"https|ssl|tls|传输加密",
    "access_control": r"权限|访问控制|角色|管理员账号|管理员帐号|共用.{0,4}账[号户]|(?<!多)单账[号户]|"
                      r"(?<![a-z])(?:rbac|access control|roles?|permissions?|single admin|admin(?:istrator)? accounts?)(?![a-z])",
    "audit_log_months": r"日志|审计|(?<![a-z])(?:logs?|audit)(?![a-z])",
    "licensed_credit_bureau": r"征信|百行|朴道|人行|央行|(?<![a-z])(?:credit bureaus?|bureaus?|credit reference|pboc|baihang|pudao)"
                              r"(?![a-z])",
    "free_maintenance_months": r"维护|维保|质保|保修|运维|保固|免费期|首年免费|售后\s*\d|"
                               r"^\s*免费\s*(?:\d+|[一二三四五六七八九十半两]+)\s*(?:个月|年)|"  # '免费3个月' in an after-sales cell
                               r"^\s*(?:\d+|one|two|three)\s*(?:months?|mths?|years?)\s+(?:free|foc)(?![a-z])|"  # '12 months free incl. …'
                               r"(?<![a-z])free (?:support|service) (?:for|period)|"  # 'free support for the first year'
                               r"^\s*\d+\s*个月\s*(?:含|包含|不含)\s*(?:升级|bug|修复|缺陷)|"  # '12个月含升级'
                               r"(?<![a-z])(?:maintenance|warranty)(?![a-z])",
    "maintenance_includes_upgrades": r"升级|版本|迭代|bug|修复|崩溃|故障修复|(?<![a-z])(?:upgrades?|updates?|fix\w*|"
                                     r"patch\w*|new versions?)(?![a-z])",
    "support_7x24": r"7\s*[x*]\s*24|24\s*[x*/]\s*7|[1-7]\s*[x*]\s*\d{1,2}(?!\d)|工作日|工作时间|全天候|全年无休|技术支持|"
                    r"周一\s*[至到~\-–—]\s*周[五六日天]|营业时间|办公时间|夜间|节假日|非工作时间|"
                    r"支持时间|服务时间|客服|热线|值守|(?<![a-z])(?:24/7|business hours|office hours|working days|"
                    r"business days|workdays|weekdays|support|hotline|"
                    r"on-?call|mon\w*\s*[-–~]\s*fri\w*)(?![a-z])",
    "response_hours": r"响应|到场|到位|答复|回复|次日|隔天|第二天|次工作日|(?<![a-z])sla(?![a-z])|\d\s*(?:个)?(?:小时|分钟)(?:内|以内)|(?<![a-z])(?:respon\w*|reply|"
                      r"on-?site(?! (?:assessment|audit|evaluation|test\w*|inspection|visit))|within \d|"
                      r"next (?:business |working )?day)(?![a-z])|"
                      r"^\s*\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?)\s*$",
    "lifetime_consulting": r"咨询|(?<![a-z])(?:consult\w*|advice|advisory)(?![a-z])",
    "commitments_in_contract": r"合同|书面|口头|(?<![a-z])(?:contract\w*|in writing|written|verbal|oral|msa|sow|master (?:services )?agreement|statement of work|the agreement)(?![a-z])",
    "source_code_delivery": r"源码|源代码|二次开发|全给|全部给|不加密|无加密|未加密|授权绑定|绑定.{0,4}域名|绑定.{0,4}服务器|仅授权|加密授权|授权版|安装包|混淆|核心.{0,8}加密|引擎.{0,4}加密|"
                            r"(?<![a-z])(?:source|binary|binaries|obfuscat\w*|compiled|licen[cs]e)(?![a-z])",
}.items()}

# Fields a multi-fact cell may state (money only as a fee: a notes cell never sets the quote's price).
MULTI_FACT_FIELDS = ("free_maintenance_months", "maintenance_includes_upgrades", "policy_adaptation_free",
                     "support_7x24", "response_hours", "lifetime_consulting", "commitments_in_contract",
                     "annual_fee_after_warranty_cny", "mlps_level3", "sm4_encryption", "tls", "access_control",
                     "audit_log_months", "licensed_credit_bureau", "source_code_delivery")


def _talks_about(fid: str, clause: str) -> bool:
    p = _FIELD_WORDS.get(fid)
    return bool(p and p.search(clause))


def said_about(fid: str, text: str) -> str:
    """The vendor's own words on one field, out of a cell that says more ('售后：免费维护12个月；7×24小时…' about 7×24
    is '7×24小时…'): the lines or clauses that name the field, as written; the whole text when none does or it is
    short."""
    if not isinstance(text, str) or len(text) <= 40 or fid not in _FIELD_WORDS:
        return text
    own: list[str] = []
    for segment in re.split(r"[；;。\n]", text):
        keep: list[str] = []
        on = False
        for c in (c.strip(" ，,") for c in re.split(r"[，,](?!\d{3})", segment)):
            if not c:
                continue
            low = norm(c)
            if _talks_about(fid, low):
                on = True
            elif any(_talks_about(g, low) for g in _FIELD_WORDS if g != fid):
                on = False  # another field's clause ends it
            if on:
                keep.append(c)  # the field's clause and what follows it ('等保三级，备案证明编号…')
        if keep:
            own.append("，".join(keep))
    said = "；".join(own)
    return said if own and len(said) < len(text) else text


def _fee_clause(c: str) -> bool:
    """A clause that states money per year: it is the annual fee, not a duration."""
    return bool(re.search(r"(?:元|万|w|k|[¥￥$]|cny|rmb|%)\s*(?:/|每)\s*(?:年|year|yr)|每年.{0,6}(?:元|万|%)|按.{0,8}%|"
                          r"费用|收费|年费|维保费|维护费|服务费|(?<![a-z])(?:fee|cost|charge)", c))


_CODE_WORDS_RE = re.compile(r"源码|源代码|代码|source|code")
_BRACKET_RE = re.compile(r"[(（][^()（）]*[)）]")
_BRACKET_KEEP = str.maketrans({"，": "\x00", ",": "\x01", "；": "\x02", ";": "\x03", "(": "\x04", ")": "\x05",
                               "（": "\x06", "）": "\x07", "。": "\x08"})
_BRACKET_BACK = str.maketrans({v: k for k, v in _BRACKET_KEEP.items()})


_MONEY_WORD_FIELDS = frozenset(("price_cny", "annual_fee_after_warranty_cny", "policy_adaptation_fee_cny"))


_PERIOD_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:个月|月|年|months?|years?)(?![a-z])")


_BARE_HOURS_RE = re.compile(r"\s*\d{1,2}(?:\.\d)?\s*(?:个)?(?:小时|h|hrs?|hours?)\s*")
_NOT_THE_CONTRACT_RE = re.compile(r"电子合同|合同额|合同金额|合同价|合同总价|合同管理|contract management|e-?contract|contract value")
_POLICY_ANSWER_RE = re.compile(r"免费|收费|另行|另计|付费|不另|(?<![a-z])(?:free|charg\w*|quoted separately)(?![a-z])")


_LETTER_REPLY_RE = re.compile(r"(?:回复|答复|回函)如下|现(?:就|将|对)[^，,；;。]{0,30}(?:回复|答复)|特此(?:回复|函复)")


# a response time given for a time of day ('工作时间1小时', '非工作时间4小时', '节假日4小时'): the response, not the cover
_TIMED_HOURS_RE = re.compile(r"\s*(?:工作时间|工作日|白天|日间|上班时间|办公时间|夜间|晚间|节假日|法定假日|周末|休息日|非工作时间|非工作日|"
                             r"工作时间外|工作时间以外|其他时间|其余时间)(?:内|外|期间)?\s*[:：]?\s*\d+(?:\.\d+)?\s*(?:个?小时|分钟|h|min)"
                             r"\s*(?:内|以内)?\s*(?:响应|到场)?\s*")


def _select(fid: str, text: str, strict: bool) -> str | None:
    """The part of a cell that speaks of ``fid``: every clause naming the field; else (not strict) the clauses
    naming no other field. None when nothing does."""
    parts = clauses(text)
    if not parts:
        return None
    if len(parts) == 1 and not strict:
        return parts[0]
    if strict and fid == "mlps_level3" and _BRACKET_RE.search(text):
        # '等保三级（证书有效期至2024年6月，目前复测中）' in a multi-fact cell: the bracket says how the level stands
        whole, on = [], False  # its clauses, and the neutral ones right after ('…assessment finished, certificate
        for c in clauses(_BRACKET_RE.sub(lambda m: m.group().translate(_BRACKET_KEEP), text)):  # applied for（申请中）')
            on = _talks_about(fid, c) or (on and not any(_talks_about(g, c) for g in _FIELD_WORDS if g != fid))
            if on:
                whole.append(c)
        if whole:
            return "，".join(c.translate(_BRACKET_BACK) for c in whole)

    def own(c: str) -> bool:
        if fid == "source_code_delivery" and _MONEY_AMOUNT_RE.search(c):
            return False  # '源码授权费18万元': a price item, not the delivery
        if fid == "source_code_delivery" and _hit(_SRC_PARTIAL_RE, c):
            return True  # 'core engine encrypted', '核心代码加密': the code delivered, not the data
        if fid == "policy_adaptation_free" and not strict and re.search(r"调整|变化|变更|适配|[大小]改|change", c) \
                and (_POLICY_CHARGE_RE.search(c) or _CONDITION_RE.search(c)):
            return True  # '小调整免费，重大调整另行报价' in the policy cell: the charge is the policy's, not a price
        if fid == "response_hours" and _LEVEL_CODE_RE.search(c) and _TIME_UNIT_RE.search(c) and not _RESOLVE_WORD_RE.search(c) \
                and parse.parse_hours(c, None)[0] is not None:
            return True  # 'P1: response 2hrs; P2/P3: next business day': each level's time is its response
        if fid == "response_hours" and (_BARE_HOURS_RE.fullmatch(c) or _TIMED_HOURS_RE.fullmatch(c)):
            return True  # '7×24，2小时': the hours after the support hours are the response time; '工作时间1小时，
            # 非工作时间4小时': each time of day's response
        if fid == "response_hours" and _LETTER_REPLY_RE.search(c) and not re.search(r"\d\s*(?:小时|个小时|h|分钟)", c):
            return False  # '现就贵司询价回复如下': a letter's reply, no response time
        if fid == "free_maintenance_months" and not strict and _PERIOD_RE.search(c) and (
                not _fee_clause(c) or re.search(r"免费|free|no (?:extra )?(?:charge|cost)|不收费", c)):
            return True  # the period cell's '12 months – bug fixes only': its months, whatever else it says
        if not _talks_about(fid, c):
            return False
        if fid == "commitments_in_contract" and not _talks_about(fid, _NOT_THE_CONTRACT_RE.sub(" ", c)):
            return False  # '电子合同选配', '按合同额15%/年': the e-contract module and the contract's amount, no commitment
        if fid == "sm4_encryption" and re.search(r"源码|源代码|代码|引擎|核心模块|source|code|engine", c) \
                and not re.search(r"sm\d|国密", c):
            return False  # '源码无加密' speaks of the code, not of the data
        if fid == "free_maintenance_months" and _fee_clause(c) and not re.search(r"免费|free|no (?:extra )?(?:charge|cost)|不收费|不另收费", c):
            return False
        return True

    def neutral(c: str) -> bool:
        if fid in ("free_maintenance_months", "audit_log_months", "response_hours") and _MONEY_AMOUNT_RE.search(c):
            return False  # '之后5000元/次' is a price, not a period
        return not any(_talks_about(g, c) for g in _FIELD_WORDS if g != fid)

    owns = [own(c) for c in parts]
    if fid == "sm4_encryption":  # '源码完整交付，无加密': the clause right after the source code speaks of the code
        owns = [o and not (i > 0 and _CODE_WORDS_RE.search(parts[i - 1]) and not _talks_about(fid, parts[i - 1])
                           and not re.search(r"sm\d|国密|数据|字段|存储|敏感|data|field", c))
                for i, (o, c) in enumerate(zip(owns, parts))]
    def condition(c: str) -> bool:  # a condition of this field's, not another field's ('重大政策调整另行报价')
        return bool(_CONDITION_RE.search(c)) and not any(_talks_about(g, c) for g in _FIELD_WORDS
                                                         if g != fid and g not in _MONEY_WORD_FIELDS)

    def answers(i: int) -> bool:  # '因监管政策变化所需的系统调整，免费维护期内及维保期内均免费': the answer after the subject
        return fid == "policy_adaptation_free" and i > 0 and owns[i - 1] and not _POLICY_ANSWER_RE.search(parts[i - 1]) \
            and bool(_POLICY_ANSWER_RE.search(parts[i]))

    if strict:  # the clauses naming the field, and the neutral ones after it ('免费维护12个月（含升级）', '等保三级要求，
        keep, on = [], False  # 但证书拿不出来，说还在测评'), up to another field's clause
        for i, c in enumerate(parts):
            on = owns[i] or (on and (neutral(c) or condition(c) or answers(i)))
            if on:
                keep.append(c)
        return "，".join(keep) if any(owns) else None
    # the field's clauses, the neutral ones, and a condition right after one of its own ('7×24（另购）')
    keep = [c for i, c in enumerate(parts)
            if owns[i] or neutral(c) or (i > 0 and owns[i - 1] and condition(c)) or answers(i)]
    return "，".join(keep) if keep else None


def _strip_label(fid: str, s: str) -> str:
    """'权限管理：无' -> '无', when the part before the colon names the field (or any field)."""
    m = _LABEL_PREFIX_RE.match(s)
    if not m:
        return s
    head = m.group(1)
    from .mapping import match_label

    if _talks_about(fid, head) or match_label(head).target is not None:
        if fid == "mlps_level3" and _cert_level(head) is not None and _cert_level(m.group(2)) is None:
            return f"{head} {m.group(2)}"  # '等保三级：2023年11月取得': the level is in the label, keep it
        if fid == "free_maintenance_months" and _BOAST_RE.search(head) and not _BOAST_RE.search(m.group(2)) \
                and not _HAS_PERIOD_RE.search(m.group(2)) and not re.match(r"\s*(?:无|否|不|没|暂无|none|no(?![a-z]))", m.group(2)):
            return f"{head} {m.group(2)}"  # '终身免费维护：系统上线后出现任何问题…': the boast is in the label, keep it
        if fid in ("free_maintenance_months", "audit_log_months") and _HAS_PERIOD_RE.search(head) \
                and not _HAS_PERIOD_RE.search(m.group(2)):
            return f"{head}；{m.group(2)}"  # '免费维护12个月：期内缺陷修复…': the period is in the lead, what follows is its scope
        return m.group(2)
    return s


# ------------------------------------------------------------------------------------------------
# Yes / no fields
# ------------------------------------------------------------------------------------------------
_BARE_YES = {"是", "有", "✓", "√", "✔", "☑", "●", "y", "yes", "true", "1", "已具备", "具备", "已有", "已取得", "取得",
             "已通过", "通过", "包含", "含", "提供", "已提供", "标配", "已支持", "included", "provided", "available",
             "yes.", "ok", "已开通", "内置", "自带", "取得済", "取得済み", "あり"}  # (a Japanese form's '取得済／已取得')

_PROOF_AFTER_SIGNING_RE = re.compile(r"\s*(?:签约|签合同|合同签订|签订合同|中标)(?:后|之后)(?:再|一并|才)?(?:提供|出具|补充|提交)")
_NO_PROOF_RE = re.compile(r"(?:证明|证书|材料|备案)[^，,；;。]{0,8}(?:签约|签合同|合同签订|中标|合作)(?:后|之后|时)(?:再|一并)?(?:提供|补充|出具|给)|"
                          r"(?:^|[；;])" + _PROOF_AFTER_SIGNING_RE.pattern + "|"
                          r"(?:签约|签合同|合同签订|中标)(?:后|之后)(?:再|一并|才)?(?:提供|出具|给|出示)[^，,；;。]{0,6}(?:证书|证明|复印件|扫描件|材料)|"
                          r"(?<![a-z])(?:cert\w*|certificate)\.?\s*(?:tbc|to be confirmed|pending|not (?:yet )?(?:received|"
                          r"provided|sent))|"
                          r"(?:证明|证书|材料)[^，,；;。]{0,4}(?:后续|稍后|待)(?:提供|补充)|(?:未|没有?|无|尚未|暂无|不能)(?:提供|出具|给出|附)?.{0,6}(?:证书|备案证明|证明|编号)|"
                          r"(?:证书|备案证明|证明|编号).{0,4}(?:一直|迟迟|始终|还)?(?:未|没有?)(?:提供|发|给|出具|附|寄)|"
                          r"(?:证书|备案证明|证明|编号).{0,3}拿不出|"
                          r"(?<![a-z])(?:no|without|not)\s+(?:\w+\s+){0,3}(?:certificate|cert\.?|filing|proof|"
                          r"document\w*|evidence)\b(?:\s+(?:no\.?|number|numbers))?(?:\s+(?:provided|supplied|given|"
                          r"attached|available))?|^\s*none (?:provided|supplied|given|shown)")  # an evidence column's 'None provided'
# the filing and assessment left to the buyer ('等保定级备案及测评由温宿公司自行委托测评机构办理，我司配合整改'): no proof held
_BUYER_FILES_RE = re.compile(r"[^，,；;。]*(?:备案|测评|评测)[^，,；;。]{0,12}(?:由[^，,；;。]{0,10}?自行|(?:贵司|贵公司|甲方|采购方|客户)"
                             r"(?:自行|负责))[^，,；;。]*")
_CERT_PROOF_RE = re.compile(r"取得|获得|已通过.{0,4}(?:三|3)级|(?:三|3)级(?:(?!协助|帮助|辅助|配合|可以|能够)[^，,；;。]){0,8}"
                            r"(?:已通过|通过|认证|备案)|证书|备案|编号|证明|"
                            r"有效期|(?:19|20)\d{2}|(?<![a-z])(?:certified|certificate|cert\.?|obtained|issued|"
                            r"registration|filed|valid until|no\.)(?![a-z])")
_CERT_NOT_DONE_RE = re.compile(r"(?:未|没|没有|尚未|从未)(?:做|做过|开展|进行|办理|申请)(?:过)?(?!.{0,3}(?:完|好))|"
                               r"(?<![a-z])(?:not (?:been )?done|never done|not carried out|not undertaken)(?![a-z])")
_CERT_STATED_NO_RE = re.compile(r"过期|已失效|失效|未取得|未通过|没有|不具备|尚无|暂无计划|无计划|不计划|(?<![a-z])(?:not planned|no plans? to|"
                                r"do not hold|does not hold|don't hold|"
                                r"doesn't hold|not held|do not have|does not have|expired|not certified|none|"
                                r"no certificate|lapsed)(?![a-z])|^无|^否|^no\b|^未")
_CERT_LEVEL_RE = re.compile(r"([一二三四五1-5])\s*级|level\s*([1-5])|mlps\s*([1-5])|(?<![a-z])l([1-5])\b|"
                            r"等保\s*([1-5一二三四五])(?!\.)")
_LEVEL = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}


def _cert_level(s: str) -> int | None:
    s = re.sub(r"(等保|等级保护|mlps|djcp)\s*2\.0\s*(?:版本|版)?", r"\1 ", s)
    m = _CERT_LEVEL_RE.search(s)
    if not m:
        return None
    tok = next(g for g in m.groups() if g)
    return int(tok) if tok.isdigit() else _LEVEL[tok]


# a lower level held today ('Level 2 filed', '二级备案', '已取得二级'): a stated no, whatever level 3 awaits
_LOWER_LEVEL_HELD_RE = re.compile(r"^\s*(?:(?:我司)?(?:系统)?(?:目前|现在|当前|现)(?:为|是|仅为|仅有|只有)?\s*)?(?:等保)?\s*[一二12]\s*级\s*"
                                  r"[(（，,；;](?!.*(?:申请中|测评中|评测中|办理中|进行中|已提交|已进场|"
                                  r"已受理|审核中|整改中|in progress|under way|underway))|"  # '等保二级（三级计划明年申请）': level 2
                                  # today, level 3 only planned (with level 3 under way it is unverified, as 申请中)
                                  r"(?:[一二12]\s*级|level\s*[12]|mlps\s*[12])\s*[(（]?\s*(?:已)?(?:备案|filed|filing|certified|"
                                  r"certificate|cert\.|证书|已取得|取得|已通过|通过)|(?:已取得|持有|holds?|has)\s*(?:等保)?\s*"
                                  r"(?:[一二12]\s*级|level\s*[12])")


_NOT_SUPPLIED_RE = re.compile(r"\s*(?:未提供|未提交|未附|附件缺失|not (?:provided|supplied|submitted))")
_NOT_SHOWN_RE = re.compile(r"未能出示|未出示|无法出示|不能出示|没有出示|拿不出|未收到|尚未收到|没收到|没有收到|在换证|换证中|证书在更新|"
                           r"证书更新中|新证下来|"
                           r"(?<![a-z])(?:not (?:shown|produced|received|sighted)|could not (?:show|produce))(?![a-z])")


# the certificate of a system other than the one quoted: the cloud it runs on, the vendor's own office system or website
_OTHER_SYSTEM_RE = re.compile(r"阿里云|腾讯云|华为云|天翼云|(?<![a-z])(?:cloud provider|alibaba cloud|aliyun|"
                              r"tencent cloud|huawei cloud|aws|azure)(?![a-z])|办公系统|(?<![a-z])oa(?![a-z])|官网|门户网站|"
                              r"(?<![a-z])(?:office system|corporate website)(?![a-z])|"
                              r"(?:助|帮助|协助|为)客户(?:通过|完成)|客户侧|(?<![a-z])helped (?:clients|customers)(?![a-z])|"
                              # a reseller's developer's own platform (自营), and the deployed copy the buyer must file itself
                              r"(?:原厂|厂商|我司|总部)自营|由(?:贵司|客户|甲方|贵方|采购方)[^，,；;。]{0,8}?自行(?:委托|办理|申请|完成|组织|定级|备案|测评)|"
                              r"(?:贵司|客户|甲方)(?:须|需)?自行办理|定级对象(?:为|是)[^，,；;。]{0,20}saas|"
                              # the same in English ('the developer's own SaaS platform is filed; the on-premise copy … is to
                              # be graded and filed by your company')
                              r"(?<![a-z])(?:(?:graded and )?filed by (?:your company|you|the buyer|the client|the customer)|"
                              r"(?:developer's|vendor's|our) own saas)(?![a-z])")
# a client's deployment passed, none for this buyer's ('我司客户XX小贷的系统已通过等保三级', '在多家客户处通过')
_CLIENT_SYSTEM_RE = re.compile(r"(?:我司|我们的?)?客户[^，,；;。]{0,12}(?:的系统|系统|处|侧|现场|环境)|在[^，,；;。]{0,8}客户(?:处|那里|现场)?|"
                               r"(?<![a-z])(?:at|for) (?:our |several |many )?(?:clients|customers)(?:'|’)?(?![a-z])")
_OTHER_CERT_RE = re.compile(r"27001|iso\s*9001|iso\s*20000|cmmi|(?<![a-z])soc\s*2(?![a-z])|pci[\s-]*dss", re.I)
_FILING_NO_RE = re.compile(r"备案证明|备案编号|(?<!\d)\d{11}-\d{5}(?!\d)")
_THIS_SYSTEM_RE = re.compile(r"本次(?:报价|投标|采购)?系统|所报系统|报价系统|(?:the )?offered system|the system (?:itself|offered)|系统本身")


# the end of a certificate's validity ('有效期至2024年6月', '有效期至2024-06', 'valid until March 2023', 'expires 2023')
_VALID_UNTIL_RE = re.compile(r"(?:有效期(?:至|到|截至|截止)|有效至|到期(?:日|时间)?\s*[:：为]?|(?<![a-z])(?:valid (?:until|till|through|to)|"
                             r"expires?(?: on)?|expiry(?: date)?:?))\s*(?:(?P<mname>[a-z]{3,9})\.?\s+)?(?P<y>20\d\d)"
                             r"(?:\s*[年./-]\s*(?P<m>\d{1,2})(?!\d))?")
_MONTHS_EN = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def _lapsed(s: str) -> bool:
    """Whether a certificate's validity the text gives ended before this month ('有效期至2024年6月' read in 2026)."""
    m = _VALID_UNTIL_RE.search(s)
    if m is None:
        return False
    month = int(m.group("m")) if m.group("m") else _MONTHS_EN.get((m.group("mname") or "")[:3], 12)
    today = date.today()
    return (int(m.group("y")), month) < (today.year, today.month)


def _read_mlps(s: str, cell: Any) -> Reading:
    if _NOT_SUPPLIED_RE.match(s) and not _CERT_STATED_NO_RE.search(_NOT_SUPPLIED_RE.sub(" ", s, count=1)):
        return UNKNOWN  # '未提供（投标文件称“详见附件”，附件缺失）': nothing shown, nothing said — unknown, never a no
    level = _cert_level(s)
    if level is not None and level >= 3 and not _PENDING_RE.search(s) and _VALID_UNTIL_RE.search(s) and _lapsed(s):
        return _r(False)  # '等保三级证书（有效期至2024年6月）': lapsed, none today — as '已过期' says
    if _CERT_NOT_DONE_RE.search(s) and not _PENDING_RE.search(s):
        return _r(False)  # '中国等保三级未做（如需，由国内代理协助测评）': not done; the help offered is no level
    if level is not None and level >= 3 and _OTHER_CERT_RE.search(s) and not _FILING_NO_RE.search(s) and not _PENDING_RE.search(s):
        return _r(True, "claimed")  # 'ISO 27001认证，安全管理水平不低于等保三级要求': another certificate, no 等保 filing
    if level is not None and level >= 3 and _OTHER_SYSTEM_RE.search(s) and not _THIS_SYSTEM_RE.search(s) \
            and not _PENDING_RE.search(s):
        return _r(True, "claimed")  # '… deployed on Alibaba Cloud, whose cloud platform is MLPS Level 3 certified',
        # '我司协同办公系统已通过等保三级': a certificate of another system, none for the one offered
    if level is not None and level >= 3 and _CLIENT_SYSTEM_RE.search(s) and not _FILING_NO_RE.search(s) \
            and not _THIS_SYSTEM_RE.search(s) and not _PENDING_RE.search(s):
        return _r(True, "claimed")  # '本系统在多家客户处通过等保三级测评': the clients' filings, none for this buyer
    if level is not None and level >= 3 and _NOT_SHOWN_RE.search(s) and not _PENDING_RE.search(s) \
            and not _LOWER_LEVEL_HELD_RE.search(s) and not _CERT_STATED_NO_RE.search(_NOT_SHOWN_RE.sub(" ", s)):
        return _r(True, "claimed")  # '称系统已过等保三级，证书在北京总部，现场未能出示': said, never shown
    if level is not None and level >= 3 and _NO_PROOF_RE.search(s) and _CLAIM_RE.search(s) \
            and not _LOWER_LEVEL_HELD_RE.search(s) and not _PENDING_RE.search(s):
        return _r(True, "claimed")  # 'designed to MLPS Level 3 requirements. No certificate provided.': said, unproven
    if _CERT_STATED_NO_RE.search(s) and not _PENDING_RE.search(s):
        return _r(False)
    if _LOWER_LEVEL_HELD_RE.search(s):
        return _r(False)  # 'Level 2 filed; Level 3 assessment scheduled for Q2 2025': no level 3 today
    if _PENDING_RE.search(s):
        return _r(False, "claimed")
    if level is not None and level < 3:
        return _r(False)
    if s.strip(" .。") in _BARE_YES or ("/" in s and all(p.strip(" .。") in _BARE_YES for p in s.split("/"))):
        return _r(True)
    if _CONDITION_RE.search(s) and not _CERT_PROOF_RE.search(s):
        rest = _ASSIST_EXTRA_RE.sub(" ", s)
        if rest != s and _CLAIM_RE.search(rest) and _talks_about("mlps_level3", rest) and not _CONDITION_RE.search(rest):
            return _r(True, "claimed")  # '支持等保三级，按三级标准建设（测评协助另计）': the level claimed, the help charged
        return _r(False, "conditional")  # '等保测评协助（另计）': nothing at the base price
    v, warn = parse.parse_cert(cell)
    if level is not None and level >= 3:
        v = True
    if v is None:
        if _CLAIM_RE.search(s) and _talks_about("mlps_level3", s):
            return _r(True, "claimed")
        if _PROOF_AFTER_SIGNING_RE.match(s):  # '签约后提供' in the 等保 proof row: held, it says, the proof kept back
            return _r(True, "claimed")
        if s in ("支持", "support", "supported", "满足", "符合") or _MEETS_THE_TERMS_RE.fullmatch(s.strip(" .。")):
            return _r(True, "claimed")  # '满足招标要求' in the 等保 row: said, no certificate named
        return _r(None, warning=warn)
    if v is False:
        return _r(False)
    # A yes: stated only with the level and no hedge, or with proof ('no filing certificate provided' is none).
    proof = bool(_CERT_PROOF_RE.search(_NO_PROOF_RE.sub(" ", _BUYER_FILES_RE.sub(" ", s))))
    hedged = bool(_CLAIM_RE.search(s)) or bool(_CONDITION_RE.search(s))
    if level is None and not (_FILING_NO_RE.search(s) and not (_CLAIM_RE.search(s) or _CONDITION_RE.search(s))):
        return _r(True, "claimed")  # '已通过等保测评' with no level: which level? ('已取得，备案证明3305…' names its filing)
    if level is None:
        return _r(True)
    if (hedged and not proof) or (_NO_PROOF_RE.search(s) and not proof):
        return _r(True, "claimed")  # '等保三级（未提供证书）': said, and said to be unproven
    if _NO_PROOF_RE.search(s) and not _FILING_NO_RE.search(s) and not _NUMBER_GIVEN_RE.search(s) \
            and not _YEAR_RE.search(_NO_PROOF_RE.sub(" ", s)):
        return _r(True, "claimed")  # '已取得（备案证明等资质材料签约后提供）': held, it says, and the proof held back
    if _SHARED_BASE_RE.search(s):
        return _r(True, "claimed")  # '我司融资担保系统已取得等保三级备案…本次小贷系统与其共用同一技术底座': another system's filing
    return _r(True)


_SHARED_BASE_RE = re.compile(r"共用同一(?:套)?(?:技术)?(?:底座|架构|平台)|同一技术底座|(?:与其|与之|与该系统)(?:共用|同源|相同|一致)|"
                              r"同源系统|安全能力一致|(?<![a-z])(?:same (?:code ?base|platform|technical foundation) as)(?![a-z])")


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_NUMBER_GIVEN_RE = re.compile(r"编号\s*[:：#]?\s*\d{6,}|(?<!\d)\d{11}-\d{5}(?!\d)")  # a filing's number, whatever its label


# a filing or certificate named by its number ('备案证明33050243007-23013', '证书编号…'): the credential is stated
_FILING_NO_RE = re.compile(r"(?:备案证明|备案编号|备案号|证书编号|证明编号|证书号)\s*(?:编号)?\s*[:：#]?\s*\d{6,}")
# the assessment help at extra cost, a service beside the level the rest of the cell claims
_ASSIST_EXTRA_RE = re.compile(r"[(（]?\s*(?:等保)?(?:测评|评测|备案|过保)?(?:协助|配合|辅助)\S{0,4}(?:另计|另收|另行收费|另行计费|收费|另付)\s*[)）]?|"
                              # '可协助贵司完成等保测评（测评费用另计）': help with the assessment, its fee apart
                              r"[，,]?\s*可?(?:协助|配合|帮助)(?:贵司|客户|甲方)?(?:完成|办理|通过)?(?:等保)?(?:测评|备案)[^，,；;。()（）]{0,6}"
                              r"[(（，,]\s*(?:测评|备案)?费用?\s*(?:另计|另收|另付|自理)\s*[)）]?|"
                              r"[(（]?\s*(?:assessment\s+)?(?:assistance|support)\s+(?:is\s+)?(?:charged|at extra cost|extra|quoted "
                              r"separately)\s*[)）]?")
_MEETS_THE_TERMS_RE = re.compile(r"(?:完全|均)?(?:满足|符合)(?:招标文件|招标|采购文件|采购|项目|监管|磋商文件)?(?:的)?(?:要求|规定)?|"
                                 r"(?:fully )?(?:meets?|compl(?:ies|y|iant))(?: with)?(?: the)? (?:rfp|tender)?\s*(?:requirements?|terms)")
_SM4_RE = re.compile(r"sm\s*-?4")
_OTHER_SM_RE = re.compile(r"sm\s*-?[23](?!\d)")
_GUOMI_RE = re.compile(r"国密|商密|商用密码|国家密码|国产密码|密码标准|guomi|national (?:(?:commercial |standard )?(?:cryptograph\w*|crypto\w*|"
                       r"cipher\w*|encryption|algorithm))|chinese national|commercial cryptograph\w*|"
                       r"gm/t|gm algorithm|\(gm\)|(?<![a-z])gm (?:algorithms?|algos?|cipher\w*|crypto\w*)")
_WEAK_CIPHER_RE = re.compile(r"(?<![a-z])(?:aes|rsa|3des|des|md5|base64|sha-?\d*|bcrypt)(?![a-z])|明文|plain ?text|自研")


_DATA_UNENCRYPTED_RE = re.compile(r"(?:数据|字段|信息|敏感|存储)\S{0,4}(?:未|不|没有?|无)(?:做|进行|采用|作)?\S{0,3}加密")  # of the data
# under the encryption field a bare '不加密' says it too
_DATA_NOT_ENCRYPTED_RE = re.compile(_DATA_UNENCRYPTED_RE.pattern + r"|(?:未|不|没有?)加密(?:存储)?$|"
                                    r"(?<![a-z])(?:not encrypted|unencrypted|no encryption)(?![a-z])")


_SM4_UNNAMED_RE = re.compile(r"sm4\s*(?:is\s*|was\s*)?not\s*(?:named|mentioned|stated|specified|given)|"
                             r"(?:未|没有?)(?:提及|写明|注明|说明|提到|明确)\s*(?:是否)?(?:为|是|采用|使用)?\s*sm4")


# a cipher changed to another on request ('可按需改造为SM4', 'can be switched to SM4 on request'): not today's
_RETROFIT_RE = re.compile(r"改造|改为|替换为|升级为|切换为|更换为|按需|(?<![a-z])(?:on request|upon request|retrofit\w*|"
                          r"can be (?:switched|changed|upgraded|migrated|replaced))(?![a-z])")


def _read_sm4(s: str, cell: Any) -> Reading:
    if s.strip(" .") == "none":
        return _r(False)
    if _SM4_UNNAMED_RE.search(s):  # 'GM algorithms (SM4 not named)': a note that the cipher is not said
        s = cell = _SM4_UNNAMED_RE.sub(" ", s)
    planned = _PENDING_RE.search(s) or any(w in s for w in parse._PLANNED)
    neg = parse._SM4_NEG_RE.search(s)

    def named(yes_status: str) -> Reading:
        if neg:
            return _r(False)
        if planned and _WEAK_CIPHER_RE.search(s):
            return _r(False)  # 'AES-256 (SM4 on roadmap)': today's cipher is stated; SM4 is a plan
        if _WEAK_CIPHER_RE.search(s) and _RETROFIT_RE.search(s):
            return _r(False, "conditional")  # 'AES-256，可按需改造为SM4': AES today, SM4 only if asked for
        if planned:
            return _r(False, "claimed")
        if _CONDITION_RE.search(s):
            return _r(False, "conditional")
        return _r(True, yes_status)

    if _SM4_RE.search(s):
        return named("stated")
    if _DATA_NOT_ENCRYPTED_RE.search(s):  # '数据未加密', '明文存储': no SM4 and no cipher at all
        return _r(False)
    if _OTHER_SM_RE.search(s):  # SM3 is a hash, SM2 a signature: neither encrypts the fields
        return _r(False)
    if _GUOMI_RE.search(s):
        return named("claimed")  # 国密, but which algorithm?
    if _WEAK_CIPHER_RE.search(s):
        return _r(False)
    v, warn = parse.parse_encryption(cell)
    if v is True:  # '是', '支持加密': encryption of some kind, SM4 not named
        return _r(True, "claimed")
    return _r(v, warning=warn)


_BUREAU_NAMED_RE = re.compile(r"央行|人行|人民银行|征信中心|二代征信|一代征信|百行|朴道|钱塘征信|"
                              r"(?<![a-z])(?:pboc|people'?s bank|credit reference cent\w*|baihang|pudao)(?![a-z])")


_NOT_BUREAU_RE = re.compile(r"同盾|百融|芝麻|运营商|多头|三要素|大数据|第三方|数据服务商|sesame|tongdun|bairong|"
                            r"(?<![a-z])(?:carrier|telco|big data|third[- ]party)(?![a-z])")


_BARE_CONNECT_RE = re.compile(r"(?:[?？]\s*)?(?:说|称|据说)?(?:均|都|全部)?(?:可以?|能够?|支持|已经?|已可)?\s*"
                              r"(?:对接|接入|直连|连接|打通|接)(?:完成|好了?)?")  # '? 说都能接': which body?


def _bureau_connected(s: str) -> bool:
    """A clause naming a licensed bureau with no hedge of its own, and not hedged by the clause right after it
    ('人行征信，需客户自行申请接入资质' is hedged; '…百行征信，朴道在对接中' hedges only 朴道, which it names)."""
    def hedged(c: str) -> bool:
        return bool(_PENDING_RE.search(c) or _CONDITION_RE.search(c) or _BUYER_SUPPLIES_RE.search(c))

    parts = [c for c in re.split(r"[，,；;。\n]+", s) if c.strip()]
    return any(_BUREAU_NAMED_RE.search(c) and not hedged(c) and
               (i + 1 == len(parts) or not hedged(parts[i + 1]) or _BUREAU_NAMED_RE.search(parts[i + 1]))
               for i, c in enumerate(parts))


_NOT_CONNECTED_RE = re.compile(r"(?:暂|尚|还|目前|当前)?(?:未|没有|没)(?:对接|接入|开通|连接)|暂无(?:对接|接入)|(?:自行|自己)(?:对接|接入|接)|"
                               r"not (?:yet )?(?:connected|integrated)|(?<![a-z])no (?:credit )?(?:bureau|connection|integration)s?\b")


# a licensed bureau reached through a data company ('通过第三方数据公司间接查询人行征信', 'via a third-party data provider'):
# the buyer's link is to the company in between, which holds no licence (断直连) — no licensed bureau; an access
# institution of the bureau's own ('通过上海资信间接接入人行征信') is the lawful way in and stays a connection
_VIA_DATA_CO_RE = re.compile(r"(?:通过|经由?|借助|依托|由)[^，,；;。]{0,6}(?:第三方|合作|外部)?[^，,；;。]{0,4}(?:数据公司|数据服务商|数据商|"
                             r"数据供应商|大数据公司|数据平台|中介)|"
                             r"(?<![a-z])(?:via|through) (?:an? )?(?:third[- ]party|partner|intermediary)? ?"
                             r"(?:data (?:company|provider|vendor|broker)|intermediary|aggregator)")


def _read_bureau(s: str, cell: Any) -> Reading:
    if _VIA_DATA_CO_RE.search(s) and _BUREAU_NAMED_RE.search(s) and not _NOT_CONNECTED_RE.search(s):
        return _r(False)
    if "计划" in s:
        s = re.sub(r"还款计划|分期计划|放款计划", " ", s)  # a module's name ('还款计划及提醒') is no plan to connect
    if parse._BUREAU_UNNAMED_RE.search(s):  # "'支持对接征信' — no bureau named": a note that the claim names none
        s = parse._BUREAU_UNNAMED_RE.sub(" ", s)
    if _BUREAU_NAMED_RE.search(s):
        if parse._BUREAU_NEG_RE.search(s) or "非持牌" in s:
            return _r(False)
        if (_PENDING_RE.search(s) or _CONDITION_RE.search(s) or _BUYER_SUPPLIES_RE.search(s)) and _bureau_connected(s):
            return _r(True)  # '已经对接了人行征信中心和百行征信，朴道在对接中': connected today, the rest aside
        if _PENDING_RE.search(s):
            return _r(False, "claimed")
        if _BUYER_SUPPLIES_RE.search(s):
            return _r(True, "conditional")
        if _CONDITION_RE.search(s):
            return _r(False, "conditional")
        return _r(True)
    if _CONDITION_RE.search(s) and _talks_about("licensed_credit_bureau", s):
        return _r(False, "conditional")
    if _NOT_CONNECTED_RE.search(s) and not _PENDING_RE.search(s):  # '未对接征信': no bureau today
        return _r(False)
    if re.search(r"征信|credit|(?<![a-z])bureaus?(?![a-z])", s) and not re.search(r"非持牌|不支持|无|没有|不提供|none|not", s) and \
            not _NOT_BUREAU_RE.search(s):
        return _r(True, "claimed")  # '已对接多家征信数据源', '支持对接征信': which licensed body?
    if _NOT_BUREAU_RE.search(s):
        return _r(False)
    if _BARE_CONNECT_RE.fullmatch(s.strip(" 。.！!")):  # '可对接' under 征信对接: connects to whom?
        return _r(True, "claimed")
    if _NOT_CONNECTED_RE.fullmatch(s.strip(" 。.！!")):  # '暂未对接': not connected today
        return _r(False)
    v, warn = parse.parse_bureau(cell)
    if v is None:
        if _talks_about("licensed_credit_bureau", s) and _CLAIM_RE.search(s):
            return _r(True, "claimed")
        return _r(None, warning=warn)
    if v is False:
        if _PENDING_RE.search(s):
            return _r(False, "claimed")
        return _r(False)
    if _BUREAU_NAMED_RE.search(s):
        if _PENDING_RE.search(s):
            return _r(False, "claimed")
        if _CONDITION_RE.search(s):
            return _r(False, "conditional")
        return _r(True)
    if _CONDITION_RE.search(s):
        return _r(False, "conditional")
    return _r(True, "claimed")  # '支持对接征信', '持牌机构': which licensed body?


_UPGRADE_BOAST_RE = re.compile(r"终身|永久|lifetime|forever|unlimited|无限")


_UPGRADES_LEFT_OUT_RE = re.compile(r"升级[^，,。；;]{0,6}(?:不在(?:里面|里头|内|其中|范围内?)|不包括|不包含|不算在?)")
_CONSULTING_NONE_RE = re.compile(r"咨询[^，,。；;]{0,8}(?:(?<!都)没有|不提供|不包括|不包含)")


# upgrades given only under a maintenance contract the buyer pays for ('only if covered by AMC', '需签订年度维保合同')
_UPGRADES_IF_PAID_RE = re.compile(r"(?<![a-z])only (?:if|when|with|under|for)\b[^,;.，；。]{0,30}?(?:amc|annual maintenance|maintenance "
                                  r"(?:contract|agreement|plan)|support (?:contract|agreement|plan)|subscription|paid)|"
                                  r"(?:仅限|只限|需|须|要)[^，,；;。]{0,4}(?:购买|签订|续签|续费|签)[^，,；;。]{0,6}(?:年度|年)?(?:维保|维护|服务)(?:合同|协议)?")


# only the major versions left out of the upgrades ('（大版本除外）', '大版本另计', 'except major versions')
_MAJOR_ONLY_OUT_RE = re.compile(r"大版本[^，,；;。]{0,6}(?:除外|另计|另行收费|收费|不含|单独报价|另行报价)|(?:除|不含)大版本|"
                                r"(?<![a-z])(?:except|excluding|excl\.?) (?:the )?major (?:versions?|releases?|upgrades?)(?![a-z])")


def _read_upgrades(s: str, cell: Any) -> Reading:
    if _UPGRADES_LEFT_OUT_RE.search(s):
        return _r(False, "conditional")  # '免费维护半年，就是修bug，升级不在里面': the upgrades left out
    v, warn = parse.parse_upgrades(cell)
    if v is None:
        return _r(None, warning=warn)
    if _UPGRADES_IF_PAID_RE.search(s):
        return _r(False, "conditional")  # 'Minor upgrades only if covered by AMC': upgrades under a paid contract only
    if re.search(r"升级|upgrade", s) and _MAJOR_ONLY_OUT_RE.search(s) and not re.search(r"小版本[^，,；;。]{0,6}(?:另计|收费|不含)", s):
        return _r(True)  # '维保期内免费升级（大版本除外）': the minor upgrades included, as '含小版本升级，大版本升级另计' says
    cond = bool(_CONDITION_RE.search(s)) or bool(parse._UPGRADE_CHARGED_RE.search(s))
    if v is False:
        minor_free = re.search(r"小版本|minor", s) and not re.search(r"小版本[^,;，；]{0,6}(?:另计|收费|付费|不含)", s)
        # upgrades said to be left out ('不含升级', 'no upgrades') are a condition of the maintenance (domain.md §7)
        left_out = re.search(r"不含.{0,6}升级|不包含.{0,6}升级|升级[^，,;；。]{0,12}?(?:另计|另收|另行收费|另行报价|单独报价|另报价|收费|付费)|升级除外|"
                             r"upgrades? (?:are )?not included|"
                             r"excluding upgrades?|upgrades? (?:are |is )?(?:charged|extra|chargeable|paid)|"
                             r"(?<![a-z])(?:no|without) (?:\w+ )?upgrades?", s)
        if left_out or (cond and not re.search(r"仅|只|only|崩溃|crash", s)):
            return _r(False, "conditional")
        named = minor_free and re.search(r"小版本(?:升级|更新)|minor (?:releases?|versions?|upgrades?|updates?)|"
                                         r"minor only|only minor", s)
        if named and (not cond or re.search(r"大版本|major", s)):
            return _r(True)  # 'bug fixes + minor releases', 'Minor only; major charged': the upgrades the article asks
            # for, the major versions' charge as normal as in '含小版本升级，大版本升级另计'
        if minor_free and cond:
            return _r(True, "conditional")
        return _r(False)
    if _UPGRADE_BOAST_RE.search(s):
        return _r(True, "claimed")
    if cond and not re.search(r"小版本|minor", s):
        return _r(False, "conditional")
    return _r(True)


_POLICY_CHARGE_RE = re.compile(r"(?<![不无免])(?:收费|付费|计费)|按次|/次|每次|另行报价|按需报价|视.{0,4}(?:收费|报价)|按人天|/人天|"
                               r"按工作量|按工时|视工作量|另行核价|另行定价|另行计价|"
                               r"(?<![a-z])(?:charged|paid|quoted|quoted separately|billable|on quotation|time (?:and|&) materials|"
                               r"per (?:change|adaptation))(?![a-z])")


def _read_policy_fee(cell: str, unit: float | None, strict: bool) -> Reading:
    """The fee for one policy adaptation: '8万/次' -> 80000, '免费' -> 0; unknown when the charge has no amount."""
    sel = _select("policy_adaptation_free", norm(cell), strict)
    if sel is None:
        return UNKNOWN
    r = _read_policy(norm(sel), sel, unit)
    if r.value is True:
        return _r(0.0)
    if r.fee is not None:
        return _r(r.fee)
    if r.value is False and r.status == "conditional":
        m = re.search(r"\d[\d,]*(?:\.\d+)?\s*(?:万元|万|w|元)", norm(sel))
        if m:
            return _r(parse.parse_money(m.group())[0])
    return UNKNOWN


# free a number of times only ('每年限2次免费', '免费2次/年', '2次以内免费'): past them the buyer pays; '免费0次' is none free
_POLICY_TIMES_RE = re.compile(r"(?<!不)限\s*(?:每年|每季度?|一年|年)?\s*(\d+|[一二两三四五六七八九十]+)\s*次|"
                              r"免费(?:适配|调整|修改|升级)?\s*(\d+|[一二两三四五六七八九十]+)\s*次|"
                              r"(\d+|[一二两三四五六七八九十]+)\s*次\s*(?:以内|之内|内)?\s*免费")


# policy work done as part of the maintenance ('Included in AMC' — read 'included in annual maintenance fee' —, 'covered
# under the maintenance contract', '含在维保服务内'): nothing charged for it beyond the maintenance
_IN_MAINTENANCE_RE = re.compile(r"(?<![a-z])(?:included|covered)\s+(?:in|by|under|within)\s+(?:the\s+)?(?:annual\s+)?"
                                r"(?:maintenance|support|warranty)(?:\s+(?:fee|contract|agreement|plan))?|"
                                r"(?:含|包含|包括)在(?:年度)?(?:维保|维护|运维)(?:服务|费|合同)?(?:内|中|里)")


def _read_policy(s: str, cell: Any, unit: float | None) -> Reading:
    if (m := _POLICY_TIMES_RE.search(s)) is not None:
        g = next(g for g in m.groups() if g)
        n = int(g) if g.isdigit() else parse.cn_to_number(g)
        if n == 0:
            return _r(False)
        if n:
            return _r(False, "conditional")
    if _BOAST_RE.search(s) and re.search(r"免费|free", s):
        return _r(True, "claimed", fee=0.0)
    if _IN_MAINTENANCE_RE.search(s) and not _POLICY_CHARGE_RE.search(_IN_MAINTENANCE_RE.sub(" ", s)) \
            and not _CONDITION_RE.search(s):
        return _r(True, fee=0.0)  # 'Included in AMC', '含在维保服务内': no charge of its own while maintained, as
        # '维保期内免费' and 'free within AMC' are
    if re.search(r"不额外收费|不另收费|不另行收费|无额外费用|不收取额外|免费|free of charge|at no (?:extra )?cost|(?<![a-z])free(?![a-z])",
                 s) and \
            not re.search(r"除外|(?<![不无])另(?:行|计|外|收|算)|重大|大的|较大|大调整|大改|major|significant|except|"
                          r"quoted separately|不免费|非免费|not free", s):
        return _r(True, fee=0.0)
    (free, fee), warn = parse.parse_policy(cell, unit)
    cond = bool(_CONDITION_RE.search(s)) or bool(_POLICY_CHARGE_RE.search(s))
    if free is None:
        if cond:
            return _r(False, "conditional")
        return _r(None, warning=warn)
    if free is True and cond:  # '小调整免费，重大调整另行报价', '免费（重大政策变化除外）'
        return _r(False, "conditional", fee=None)
    if free is False and cond:
        return _r(False, "conditional", fee=fee)  # charged: what it costs is a question (per change, 8万/次…)
    if free is True and _UPGRADE_BOAST_RE.search(s):
        return _r(True, "claimed", fee=0.0)
    return _r(free, fee=fee)


_CHAT_GROUP_RE = re.compile(r"^\s*(?:qq|微信|钉钉|企业微信|wechat|whatsapp|telegram)\s*(?:群|group)|(?:qq|微信|钉钉)群(?:答疑|支持|服务|沟通)?\s*$")


# a time allowed in working days: to fix ('2个工作日内解决') says nothing of the hours covered; to respond ('1个工作日内响应')
# says office hours, unless 7×24 is said outright
_WORKDAYS = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*个?\s*工作日\s*(?:内|之内|以内)?\s*"
_WORKDAY_FIX_RE = re.compile(_WORKDAYS + r"(?:解决|恢复|修复|处理完毕|完成)")
_WORKDAY_SPAN_RE = re.compile(_WORKDAYS + r"(?:响应|解决|恢复|修复|处理|完成|到场|答复|回复)")


# on-site service limited to working days beside a 7×24 cover ('7×24小时热线，现场支持工作日'): the cover still stands
_ONSITE_WORKDAY_RE = re.compile(r"[^，,；;。]*(?:现场|上门|驻场|on-?site)[^，,；;。]*(?:工作日|工作时间|business days?|office hours|weekdays?)"
                                r"[^，,；;。]*|[^，,；;。]*(?:工作日|工作时间|business days?|office hours|weekdays?)[^，,；;。]*"
                                r"(?:现场|上门|驻场|on-?site)[^，,；;。]*", re.I)


_EMERGENCY_ONLY_RE = re.compile(r"仅(?:限|对|针对|在)?.{0,4}(?:紧急|重大|严重|一级|p1)|(?:紧急|重大|严重|一级)(?:故障|问题|事件)(?:时|情况下)?"
                                r"(?:提供|享有)?\s*(?:7\s*[x*×]\s*24|全天候)|(?:for|on)\s+(?:p1|critical|severity[- ]?1|sev[- ]?1|"
                                r"emergenc\w*|urgent)[^,;.]{0,20}only|(?:p1|critical|emergency)[- ]only", re.I)


# a contract bought apart the promise depends on ('需另签运维合同', 'under a separate support contract')
_SEPARATE_CONTRACT_RE = re.compile(r"另签|(?:需|须)(?:另行|单独)?签(?:订|署)?[^，,；;。]{0,6}(?:运维|维保|维护|服务|年服务|驻场)(?:合同|协议)|"
                                   r"(?<![a-z])(?:under|with|requires?) (?:a |an )?(?:separate|paid|additional) "
                                   r"(?:support |service |maintenance )?(?:contract|agreement|plan)")


# round-the-clock monitoring of the system, no support for the buyer ('24/7 monitoring', '7×24小时系统监控')
_MONITORING_247_RE = re.compile(r"(?:24\s*/\s*7|7\s*[x*×]\s*24|24\s*[x*×]\s*7)\s*(?:小时)?\s*(?:系统|服务器|自动)?(?:monitoring|监控|巡检|告警)|"
                                r"(?:monitoring|监控|巡检)\s*(?:24\s*/\s*7|7\s*[x*×]\s*24)")


def _read_support(s: str, cell: Any) -> Reading:
    if (mon := _MONITORING_247_RE.search(s)) is not None and parse._LIMITED_SUPPORT_RE.search(s[:mon.start()] + s[mon.end():]):
        s = cell = s[:mon.start()] + " " + s[mon.end():]  # '24/7 monitoring; support 9x5': the system is watched, not the buyer answered
    if re.fullmatch(r"7\s*/\s*24(?:\s*(?:小时|h|hours?))?", s.strip()):
        return _r(True)
    if _SEVEN_24_RE.search(s) and (onsite := _ONSITE_WORKDAY_RE.sub(" ", s)) != s and _SEVEN_24_RE.search(onsite):
        s = onsite
    if _SEPARATE_CONTRACT_RE.search(s) and re.search(r"7\s*[x*×/]\s*24|24\s*[x*×/]\s*7|全天候|7天24小时", s):
        return _r(False, "conditional")  # '提供7*24小时值班（需另签运维合同）': round the clock only under a contract bought apart
    if _SEPARATE_CONTRACT_RE.search(s) and _OFF_HOURS_RE.search(s):
        return _r(False, "conditional")  # '有，但夜间及法定节假日须另行签订值守服务协议': the nights only under another contract
    if _EMERGENCY_ONLY_RE.search(s) and re.search(r"7\s*[x*×/]\s*24|24\s*[x*×/]\s*7|全天候|7天24小时", s):
        return _r(True, "conditional")  # '7×24小时（仅限紧急故障）', '24x7 for P1 incidents only': round the clock for emergencies
    if "工作日" in s:  # ('7×24小时技术支持；三级故障1个工作日内响应' is still 7×24)
        s = (_WORKDAY_SPAN_RE if _SEVEN_24_RE.search(s) else _WORKDAY_FIX_RE).sub(" ", s)
    limited = parse._LIMITED_SUPPORT_RE.search(s)
    full = re.search(r"7\s*[x*/]\s*24|24\s*[x*/]\s*7|全天候|7天24小时", s)
    if limited and full:
        if re.search(r"紧急|故障|严重|emergenc|urgent|critical|p1", s) and not _CONDITION_RE.search(s):
            return _r(True, "conditional")  # nights covered at the base price, for emergencies only
        if _CONDITION_RE.search(s):
            return _r(False, "conditional")
    if limited and full and _OFF_HOURS_RE.search(s):
        # '7×24小时值守，工作时间30分钟响应、夜间及节假日4小时响应': the working hours name a response time, not the cover;
        # nights answered within hours are covered, nights answered the next day are not ('夜间及节假日次日上午处理')
        off = [h for c in _PART_SPLIT_RE.split(s) if _OFF_HOURS_RE.search(c) and (h := parse.parse_hours(c)[0]) is not None]
        if off:
            return _r(max(off) < 24)
    s2 = re.sub(r"\d{1,2}\s*(?:小时|h|hours?)\s*(?:内)?\s*(?:响应|到场|respon\w*)", " ", s)
    v, warn = parse.parse_support(s2)
    if v is None:
        if not full and _CHAT_GROUP_RE.search(s):
            return _r(False)  # 'QQ群', 'QQ群答疑': questions answered in a chat group, no one on duty
        return _r(None, warning=warn)
    if v and _CONDITION_RE.search(s):
        return _r(False, "conditional")
    if not v and re.search(r"7\s*[x*]\s*24|24\s*/\s*7|全天候", s) and _CONDITION_RE.search(s):
        return _r(False, "conditional")
    return _r(v)


# the hours outside the working day, for which a response time may be given apart ('夜间及节假日4小时响应')
_OFF_HOURS_RE = re.compile(r"夜间|晚间|节假日|法定假日|周末|休息日|非工作时间|工作时间外|工作时间以外|非工作日|其他时间|其余时间|"
                           r"(?<![a-z])(?:out of (?:office|business) hours|after hours|off-hours|nights?|weekends?|holidays?)(?![a-z])")
_PART_SPLIT_RE = re.compile(r"[，,；;。、]")
_SEVEN_24_RE = re.compile(r"7\s*[x*]\s*24\s*(?:小时|h|hours?)?|24\s*[x*/]\s*7|7天24小时|全天候|24小时(?:服务|值守|在线|热线|技术支持|支持)")


# a fault level named beside its own response time ('一级故障15分钟内响应…三级故障1个工作日内响应', 'P1 系统瘫痪'): of several
# levels, the slowest response is the one the buyer can count on (as with a response that differs by the time of day)
FAULT_LEVEL_RE = re.compile(r"(?<![a-z])(?:p[0-4]|sev(?:erity)?\s*[1-4]|critical|major|minor)(?![a-z0-9])|"
                            r"(?<![a-z])(?:high|medium|low|normal|urgent)(?=\s*(?:priority)?\s*[:：])|"
                            r"[一二三四1-4]\s*级\s*(?:故障|问题|事件)|紧急|重大故障|严重(?:故障|问题)?|致命|一般(?:问题|故障)|一般(?=\s*\d)|"
                            r"系统瘫痪|功能异常", re.I)
_RESPONSE_WORD_RE = re.compile(r"响应|respon", re.I)
# a priority's own code ('P2/P3:', 'Sev 1', '二级故障', 'High:'), never a word that also means something else ('minor upgrades')
_LEVEL_CODE_RE = re.compile(r"(?<![a-z])(?:p[0-4]|sev(?:erity)?\s*[1-4])(?![a-z0-9])|[一二三四1-4]\s*级\s*(?:故障|问题|事件)|紧急|一般(?=\s*\d)|"
                            r"(?<![a-z])(?:critical|high|medium|low|urgent|normal)\s*(?:priority)?\s*[:：]", re.I)
_TIME_UNIT_RE = re.compile(r"小时|分钟|当天|次日|工作日|(?<![a-z])(?:h|hrs?|hours?|mins?|minutes?|next|same day)(?![a-z])", re.I)
_RESOLVE_WORD_RE = re.compile(r"恢复|解决|修复|处理完|到场|到现场|resol|restor|fix|on-?site", re.I)


_WORKING_DAY_HOURS = 8.0  # '当天', 'T+0': within the working day (the next day, '次日' / 'T+1', is 24)
_SAME_DAY_RE = re.compile(r"^\s*(?:当天|当日)\s*(?:内)?\s*(?:响应|处理|到场|解决)?\s*$|^\s*(?:within the )?same (?:business |working )?day"
                          r"(?: response)?\s*$")
_T_PLUS_RE = re.compile(r"^\s*t\s*\+\s*([0-9])\s*(?:日|天|工作日)?\s*(?:内)?\s*(?:响应|处理|到场)?\s*$")


def _read_hours(s: str, cell: Any, unit: float | None) -> Reading:
    if _SAME_DAY_RE.match(s):
        return _r(_WORKING_DAY_HOURS)  # '当天': within the working day
    if "+" in s and (tp := _T_PLUS_RE.match(s)) is not None:
        if int(tp.group(1)) >= 1:
            return _r(24.0 * int(tp.group(1)))  # 'T+1': the next (working) day, never one hour
        return _r(_WORKING_DAY_HOURS)  # 'T+0': the same day
    s = re.sub(r"(\d)\s*-\s*(?=[a-z])", r"\1 ", s)
    s = re.sub(r"(\d+(?:\.\d+)?)\s*(?:business|working|office)\s+hours?|(\d+(?:\.\d+)?)\s*个?工作小时",
               lambda m: f"{m.group(1) or m.group(2)} hours", s)  # '8 business hours' is 8 hours  # '30-min response'
    s2 = _SEVEN_24_RE.sub(" ", s).strip(" ，,")
    if not s2:
        return UNKNOWN
    if _OFF_HOURS_RE.search(s2):  # '工作时间30分钟响应、夜间及节假日4小时响应': the slowest answer is the one to count on
        times = [h for c in _PART_SPLIT_RE.split(s2) if c.strip() and (h := parse.parse_hours(c, unit)[0]) is not None]
        if len(times) >= 2:
            return _r(max(times), _value_condition(s))
    if len(FAULT_LEVEL_RE.findall(s2)) >= 2:  # each level's response, never its time to restore
        parts = [c for c in _PART_SPLIT_RE.split(s2) if c.strip()]
        said = [c for c in parts if _RESPONSE_WORD_RE.search(c) or (_LEVEL_CODE_RE.search(c) and _TIME_UNIT_RE.search(c)
                                                                    and not _RESOLVE_WORD_RE.search(c))] \
            or (parts if len(parts) <= 5 else [])  # ('P1: response 2hrs; P2/P3: next business day': the levels after, too)
        # ('P1 15 minutes; P2 1 hour; P3 2 hours' under 'Response within 2 hours': each level's time is its response)
        times = [h for c in said if (h := parse.parse_hours(c, unit)[0]) is not None]
        if len(times) >= 2:
            return _r(max(times), _value_condition(s))
    v, warn = parse.parse_hours(s2, unit)
    if v is None:
        return _r(None, warning=warn)
    return _r(v, _value_condition(s))


_BOAST_RE = re.compile(r"终身|永久|长期|一直(?:保存|保留|都在)|lifetime|forever|permanent|unlimited|无限期")
_HAS_PERIOD_RE = re.compile(r"\d|[一二三四五六七八九十两半]\s*(?:年|个月|月)|首年|(?<![a-z])(?:one|two|three|six|twelve)(?![a-z])")


def _value_condition(s: str) -> str | None:
    """A duration or a response time bought only at extra cost ('可延长至12个月，另计', 'VIP 1小时（另计）'):
    conditional. A condition about something else in the same cell ('不含升级') is not this value's."""
    for c in clauses(s):
        if _CONDITION_RE.search(c) and re.search(r"\d|[一二三四五六七八九十两半]\s*(?:年|个月|月|小时)", c):
            return "conditional"
    if re.search(r"(?:延长|升级|vip|加急|extend|upgrade).{0,12}(?:另计|另收|另购|(?<![不免])收费|(?<![不免])付费|extra|paid)", s):
        return "conditional"
    return None


_WITH_FIRST_YEAR_RE = re.compile(r"(?<=[年月])\s*[(（,，]?\s*(?:含|包括|包含)\s*(?:首年|第一年)(?:在内)?\s*[)）]?(?=\s*(?:[,，;；。]|$))")
_UPGRADES_CHARGED_RE = re.compile(r"(?:major |minor |new )?(?:releases?|upgrades?|versions?)[^,;，；。]{0,12}(?:chargeable|charged|paid|at (?:extra )?cost)|"
                                  r"(?:大版本|版本升级|升级|新版本)[^,;，；。]{0,8}(?:另计|收费|另行收费|另收费|需付费)", re.I)
_FREE_PLUS_PAID_RE = re.compile(r"(?<![\d.])([1-3])\s*[+＋]\s*[1-5]\s*年")
_FIRST_YEAR_FREE_RE = re.compile(r"(?:首年|第一年)\s*(?:全免|免费|全部免费)")
_AFTER_RE = re.compile(r"之后|以后|此后|期满后|到期后|过后|(?<![a-z])(?:after|thereafter)(?![a-z])")


_SUPPORT_SPAN_RE = re.compile(r"[57]\s*[x×*]\s*(?:24|8)(?:\s*(?:小时|h|hours?))?")


# a free period given by its end, its start in the same words ('免费维护至2026年12月31日（上线约2026年3月）'): the months between
_UNTIL_DATE_RE = re.compile(r"至\s*(20\d\d)\s*[年./-]\s*(\d{1,2})\s*(?:[月./-]\s*(\d{1,2})\s*日?)?")
_START_DATE_RE = re.compile(r"(?:上线|终验|验收|启用|交付|签约|签订)[^0-9，,；;]{0,4}?(20\d\d)\s*[年./-]\s*(\d{1,2})\s*月?|"
                            r"(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(?:前后|左右|底|初)?\s*(?:上线|终验|验收|启用)")


def _months_until(s: str) -> float | None:
    end, start = _UNTIL_DATE_RE.search(s), _START_DATE_RE.search(s)
    if end is None or start is None:
        return None
    ey, em, ed = int(end.group(1)), int(end.group(2)), int(end.group(3) or 1)
    sy, sm = int(start.group(1) or start.group(3)), int(start.group(2) or start.group(4))
    months = (ey - sy) * 12 + (em - sm) + (1 if ed >= 28 else 0)  # to the end of the month counts that month
    return float(months) if 0 < months <= 120 else None


_EN_NUM = {"one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
# a free warranty, then years of paid maintenance after it ('1 year warranty + 2 years AMC'): the free years only
_WARRANTY_THEN_PAID_RE = re.compile(r"(?<![\d.])(one|two|three|[1-5])[\s-]*(?:years?|yrs?)\s*(?:of\s+)?(?:free\s+)?"
                                    r"(?:warranty|support|maintenance)(?:\s*(?:\+|plus|and|then|,|;))+\s*(?:\w+[\s-]*(?:years?|yrs?)\s*"
                                    r"(?:of\s+)?)?(?:amc|annual maintenance|paid)")


def _read_months(fid: str, s: str, cell: Any, unit: float | None) -> Reading:
    if fid == "free_maintenance_months" and "至" in s and (until := _months_until(s)) is not None:
        return _r(until)  # '免费维护至2026年12月31日（上线约2026年3月）': about ten months, however the year is said
    if fid == "free_maintenance_months" and (paid := _WARRANTY_THEN_PAID_RE.search(s)) is not None:
        return _r(12.0 * _EN_NUM[paid.group(1)])  # '1 year warranty + 2 years AMC': the warranty's year is the free one
    if _SUPPORT_SPAN_RE.search(s):  # '「终身免费维护」「7×24小时服务」': the support hours are no months
        s = cell = _SUPPORT_SPAN_RE.sub(" ", s)
    if _NOT_GIVEN_RE.search(s) and not _BOAST_RE.search(s):
        return UNKNOWN  # 'No retention period given': no period said, not a period of none ('Lifetime; no period
        # stated' is the boast, read below)
    if _MONEY_AMOUNT_RE.search(s) or re.search(r"\d\s*%", s):
        # 'CNY 28,000 per year', '15% of contract value per year': a fee, not a period — unless a clause of its own
        # gives one ('12 months, …; after warranty: 15% of contract value per year')
        periods = [c for c in clauses(s) if _PERIOD_RE.search(c) and not _MONEY_AMOUNT_RE.search(c)
                   and not re.search(r"\d\s*%", c)]
        if not periods:
            return UNKNOWN
        s = cell = "，".join(periods)
    cond = _value_condition(s)
    if _BOAST_RE.search(s) and not _HAS_PERIOD_RE.search(s):
        floor = schema.FREE_MAINTENANCE_MIN_MONTHS if fid == "free_maintenance_months" else schema.AUDIT_LOG_MIN_MONTHS
        return _r(float(floor), "claimed")  # '终身维护', '日志永久保存': a boast counts as the minimum, as a claim
    if fid == "audit_log_months" and re.search(r"满足|符合|按.{0,6}要求|compliant|meets", s) and not _HAS_PERIOD_RE.search(s):
        return _r(float(schema.AUDIT_LOG_MIN_MONTHS), "claimed")
    if _BOAST_RE.search(s):  # '终身维护，其中免费维护一年': the period given, the boast adds nothing
        s = _BOAST_RE.sub(" ", s)
        cell = s
    m365 = re.search(r"(\d+)\s*(?:天|日|days?)", s)
    if m365 and not re.search(r"个月|月|年|months?|years?", s):
        days = float(m365.group(1))
        if days in (365.0, 730.0, 1095.0, 180.0, 90.0, 30.0, 60.0):
            return _r({365.0: 12.0, 730.0: 24.0, 1095.0: 36.0, 180.0: 6.0, 90.0: 3.0, 30.0: 1.0, 60.0: 2.0}[days], cond)
    if fid == "free_maintenance_months":
        if _WITH_FIRST_YEAR_RE.search(s):  # '免费维护三年（含首年）': the first year is counted in the three, no period of its own
            s = cell = _WITH_FIRST_YEAR_RE.sub(" ", s)
        if (m := _FREE_PLUS_PAID_RE.search(s)) is not None and _FIRST_YEAR_FREE_RE.search(s):
            return _r(12.0 * int(m.group(1)))  # '维保1+2年（首年全免，第2、3年按合同金额10%/年收取）': one year free, then paid
        if re.search(r"首年|第一年|first year|1st year", s) and not re.search(r"\d+\s*(?:个月|月|年|months?|years?)", s):
            return _r(12.0)
        if _fee_clause(_UPGRADES_CHARGED_RE.sub(" ", s)) and not re.search(r"免费|free|no (?:extra )?(?:charge|cost)|不收费|不另收费", s) \
                and not _AFTER_RE.search(s):  # ('warranty 12 months, major releases chargeable': the releases are paid)
            return UNKNOWN  # '维保3个月（收费）' is a paid period; '维护3个月，之后按次收费' a free one, then fees
    v, warn = parse.parse_months(cell if isinstance(cell, (int, float)) else s, unit)
    if v is None:
        return _r(None, warning=warn)
    if fid == "free_maintenance_months" and (extra := _BONUS_MONTHS_RE.search(s)) is not None \
            and not _CONDITION_RE.search(s[extra.start():]) and not re.search(r"需|须|前提|条件|(?<![a-z])(?:if|provided|subject to)(?![a-z])",
                                                                          s[extra.start():]):
        bonus = parse.parse_months(extra.group(1) or extra.group(2), unit)[0]
        if bonus and bonus != v:  # '质保12个月，另赠送6个月': the free months given on top of the period
            v += bonus
    return _r(v, cond)


_BONUS_IF_RE = re.compile(r"^[^；;。]{0,4}[(（，,]?\s*(?:需|须|前提|条件|仅限|限|如|若|(?<![a-z])(?:if|provided|subject to|when)(?![a-z]))")
# free months given on top of a period ('另赠送6个月', '额外赠送半年免费维护', 'plus 6 months free')
_BONUS_MONTHS_RE = re.compile(r"(?:另|额外|再|加)\s*(?:赠送?|送|延长)\s*(?:免费)?(?:维护|维保|质保|服务)?期?\s*((?:\d+(?:\.\d+)?|[一二两三四五六七八九十半])\s*(?:个月|月|年))|"
                              r"(?<![a-z])(?:plus|another|extra|additional)\s+(\d+\s+months?)\s+(?:free|extra|bonus)",
                              re.I)


def _read_lifetime(s: str, cell: Any) -> Reading:
    if _CONSULTING_NONE_RE.search(s):
        return _r(False)  # '终身咨询这个我们没有': none
    if re.search(r"仅限.{0,6}(?:维护|维保|质保)期|维护期内|维保期内|质保期内|合同期内|服务期内|合作期内|合同有效期内|(?:合同|服务)?存续期(?:间|内)|"
                 r"during (?:the )?(?:term of the )?contract|"
                 r"during (?:the )?(?:warranty|maintenance|amc|annual maintenance)|"
                 r"(?:during|under|with) (?:the )?(?:amc|support contract|maintenance contract)(?: only)?|only (?:during|under|with)", s) \
            and not _BOAST_RE.search(s):
        return _r(False)
    if re.search(r"(?:期后|期外|满后|之后|以后|after).{0,10}(?:收费|付费|按次|charged|paid)", s):
        return _r(False, "conditional")
    if re.search(r"(?<![不免无])(?:收费|付费)|按次|按小时|按人天|按工时|按工作量|(?<![a-z])(?:charged|chargeable|paid|per (?:hour|incident|"
                 r"session|call))(?![a-z])", s) and not _CONDITION_RE.search(s) and not re.search(r"免费|free", s):
        return _r(False)  # '技术咨询按次收费': consulting at a charge is no free consulting
    v, warn = parse.parse_lifetime(cell)
    if v is None:
        if re.search(r"咨询|consult", s) and not re.search(r"不|无|no|not", s):
            if _CONDITION_RE.search(s):
                return _r(False, "conditional")
            return _r(True)
        return _r(None, warning=warn)
    if v and _CONDITION_RE.search(s):
        return _r(False, "conditional")
    if v and not re.search(r"咨询|consult|advi", s) and re.search(r"终身|永久|lifetime|forever", s) and \
            re.search(r"维护|维保|服务|保修|质保|售后|升级|support|maint|service|warrant", s):
        return _r(True, "claimed")  # '终身服务' / '终身维护' read as consulting: a boast
    return _r(v)


def _read_contract(s: str, cell: Any) -> Reading:
    if re.search(r"以.{0,6}合同.{0,6}为准|按.{0,4}合同(?:约定)?执行|(?:subject to|as per|per) the (?:final )?contract", s) \
            and not re.search(r"写入|写进|纳入|列入|附件|承诺|written|annex|included", s):
        return _r(None)  # '以合同约定为准': the contract governs, which promises it holds is not said
    if re.fullmatch(r"\s*(?:同意|已同意|agreed?)\s*[。.!！]?\s*", s, re.I):
        return _r(True)  # '写入合同' | '同意': the vendor agrees to put it in the contract
    if re.search(r"部分写入|部分承诺|不写入|不写进|未写入|不另行写入|不另写入|不纳入合同|不列入合同|不作为.{0,8}合同|不构成.{0,6}合同|"
                 r"不属于.{0,6}合同|非合同(?:附件|组成)|partly|partially|not (?:part of|annexed to|in) (?:the )?contract|"
                 r"not (?:be )?(?:written|put|included|incorporated) (?:into|in) (?:the )?contract|outside (?:the )?contract|"
                 r"合同(?:正文)?(?:一般|通常)?(?:只|仅)(?:约定|写|包含|列明?|含|规定)|(?:售后|服务)(?:条款)?以.{0,6}(?:服务说明|服务手册|官网|说明书)为准|"
                 r"合同(?:正文)?(?:中|里|内)?(?:不列|不写|不含|不包含|不载明?)|另(?:行)?出具.{0,8}(?:承诺函|承诺书|服务说明)|"
                 r"另出(?:具)?.{0,4}(?:承诺函|承诺书)|不进(?:入)?(?:购销)?合同|"
                 r"^\s*(?:price|pricing)\s*(?:&|and|\+)\s*delivery\s+only|^\s*(?:仅|只)(?:写|含|列)?(?:价格|报价)(?:和|及|与)?(?:交付|交期)?", s):
        return _r(False)  # '该承诺书不作为本合同附件': promised outside the contract
    if re.search(r"写合同|写进合同|写到合同|写入合同|合同里|进合同", s) and not re.search(r"不|没|未|可以?写|如需", s):
        return _r(True)
    if re.search(r"合同[^，,。；;]{0,8}(?:里面?|中)?[^，,。；;]{0,4}(?:已经|都)?(?:已经|都)?写进去|写在[^，,。；;]{0,8}合同|"
                 r"合同[^，,。；;]{0,4}(?:均|都|已|中)?(?:写明|载明)", s) \
            and not re.search(r"不|没|未|可以?写|如需", s):
        return _r(True)  # '我们的合同草稿里面都已经写进去了': in the draft contract already
    if re.search(r"合同附件|作为合同|纳入合同|列入合同|写进合同|合同(?:的)?组成部分|合同(?:的)?一部分|annex(?:ed)? to the contract|"
                 r"part of the contract", s) \
            and not re.search(r"可|如需|若需|can|may|upon", s):
        return _r(True)
    if re.fullmatch(r"\s*(?:可以|可|能)(?:写|签|加)(?:进去|上|入)?\s*[。.!！]?\s*", s) or \
            re.fullmatch(r"\s*(?:都)?(?:可以|可|能)(?:写|签|加|放)(?:进|入|到|在)?(?:合同)(?:里|中|里面)?(?:的|去)?\s*[。.!！]?\s*", s):
        return _r(True, "claimed")  # '可以写', '可以写进合同': willing to, not written yet
    if re.search(r"(?:可以|可|能)(?:写|签|加|放)(?:进|入|到|在)合同", s) and not re.search(r"不|没|未", s):
        return _r(True, "claimed")  # '上面这些都可以写进合同': willing to, in a sentence
    v, warn = parse.parse_contract(cell)
    if v is None:
        return _r(None, warning=warn)
    if v and re.search(r"可写入|可以写入|可签|可协商|可根据|可约定|可按需|如需|若需|(?<![a-z])(?:can be|may be|upon request|"
                       r"if required|on request)(?![a-z])", s):
        return _r(True, "claimed")
    return _r(v)


_ONE_ACCOUNT_RE = re.compile(r"(?:超级)?管理员[^，,；;。]{0,6}(?:一个|单一|唯一|单个)账号|(?:一个|单一|唯一|单个)(?:超级)?管理员(?:账号)?"
                             r"|(?:共用|共享|公用)(?:一个|同一)?账号|(?:一个|同一)账号[^，,；;。]{0,6}(?:所有|全部)(?:功能|权限|人)|"
                             r"(?<![a-z])(?:single (?:admin|administrator|super-?user) account|shared (?:login|account)s?)(?![a-z])")


def _read_plain_bool(fid: str, s: str, cell: Any) -> Reading:
    fn = {"tls": parse.parse_tls, "access_control": parse.parse_access}[fid]
    if s.strip(" .") in ("none", "no", "n/a none"):
        return _r(False)  # answers "which access control?": none at all
    if fid == "access_control" and _ONE_ACCOUNT_RE.search(s) and not re.search(r"rbac|角色|分级|多级|role", s):
        return _r(False)  # '超级管理员一个账号管理所有功能', '共用一个账号': nobody's rights told apart
    if re.match(r"\s*(?:否|无|没有|不支持|no|none)\s*[;；,，。.\n]", s):
        return _r(False)  # '否；目前HTTP，证书可自行配置': the answer first, what could be done later after it
    if fid == "tls":
        if re.search(r"其余\s*http(?!s)|部分.{0,6}https|仅.{0,6}(?:登录|支付).{0,4}https|http\s*only|only (?:the )?login|"
                     r"(?:目前|现在|当前|现为|仍是|还是|currently)\s*(?:是|为|用|使用)?\s*http(?!s)", s):
            return _r(False)  # not all traffic
        if s in ("传输加密", "已加密传输", "加密传输", "encrypted in transit"):
            return _r(True)
        if re.search(r"(?:无需|不需要?|不用|没必要|无须)\s*(?:启用|开启|使用|部署|配置|上)?\s*(?:https|ssl|tls|加密传输|传输加密)|"
                     r"(?<![a-z])(?:no need for|not needed|not required)\b", s):
            return _r(False)  # '内网部署无需HTTPS': no encryption in transit, whatever the reason given
        if re.match(r"\s*(?:仅|只有|只支持|支持)?\s*http(?!s)", s) and not re.search(r"https|ssl|tls|加密", s):
            return _r(False)  # 'HTTP（证书客户自行配置）': plain HTTP delivered, the certificate left to the buyer
        if re.search(r"(?:暂未|尚未|未|没有|不)(?:启用|开启|使用|部署|配置)", s) and not re.search(r"https|ssl|tls", s.replace("http", "", 0)) \
                and (re.search(r"http(?!s)", s) or re.search(r"传输加密|加密传输", s)):
            return _r(False)  # '暂未启用（HTTP）': no encryption in transit today
    else:
        if re.search(r"仅.{0,4}(?:超级)?管理员|只有.{0,4}管理员|单一.{0,5}账[号户]|(?:设|只设|仅设|只有|仅有|后台|系统)?一个(?:超级)?管理员(?:账[号户]|帐号)?\s*$|(?:设|只设|仅设|只有|仅有)一个(?:超级)?管理员|^\s*单一?(?:超级)?管理员\s*$|共用.{0,6}账[号户]|(?<!多)单账[号户]|only (?:an? )?admin|"
                     r"(?:single|one|shared|common)\s+(?:super\s*)?(?:admin|administrator)\s*(?:account|login|user)", s):
            return _r(False)
        if s in ("访问控制", "权限控制", "角色权限", "access control"):
            return _r(True)
        if re.search(r"满足|符合|达到|compliant|meets", s) and not re.search(r"rbac|角色|role", s):
            return _r(True, "claimed")
    v, warn = fn(s)
    if v is None:
        return _r(None, warning=warn)
    if v and _PENDING_RE.search(s):
        return _r(False, "claimed")
    if v and _BUYER_SUPPLIES_RE.search(s):
        return _r(True, "conditional")
    if v and _CONDITION_RE.search(s):
        return _r(False, "conditional")
    return _r(v)


# ------------------------------------------------------------------------------------------------
# Source-code delivery
# ------------------------------------------------------------------------------------------------
_SRC_LOCK_RE = re.compile(r"绑定.{0,4}(?:域名|服务器|ip|机器|硬件)|(?:域名|服务器)绑定|授权码|(?<![a-z])(?:domain[- ]locked|bound to|"
                          r"locked to|licen[cs]e key)(?![a-z])")
_SRC_LICENCE_RE = re.compile(r"仅授权|只授权|只给授权|仅给授权|不给源码|不给源代码|授权使用|使用授权|使用权|绑定域名|绑定服务器|授权绑定|绑定.{0,4}(?:域名|服务器|ip|机器)|"
                             r"(?:服务器|域名)授权部署|不对外交付|源(?:代)?码由(?:我司|我方)统一(?:托管|保管)|"
                             r"安装包|不提供源码|不交付源码|源码不交付|源码不提供|源码不开放|无源码|不含源码|运行授权|saas|租用|"
                             r"编译后的?(?:程序|程序包|安装包|版本|代码)|(?:程序|执行)包|源(?:代)?码(?:由我司|由我方|在我司|在我方)?(?:托管|保管|留存)"
                             r"(?:于|在)?(?:我司|我方|本公司)?|"
                             r"(?<![a-z])(?:licen[cs]e only|licen[cs]ed use|binary only|binaries only|compiled (?:binary|"
                             r"binaries|package)|no source|domain[- ]locked|bound to|locked to|installer only|escrow\w*|binar(?:y|ies))(?![a-z])")
_SRC_PARTIAL_RE = re.compile(r"部分源码|部分模块|部分加密|部分核心模块|以加密(?:形式|方式)(?:提供|交付)|加密形式提供|(?:引擎|模块|模型|组件|算法)[^，,；;。]{0,8}(?:sdk|jar包?|dll|\.so|动态库|静态库|"
                             r"库文件|二进制|编译)|除[^，,；;。]{0,12}(?:引擎|模块|组件)(?:外|以外)|"
                             r"(?<![a-z])except (?:for )?(?:the )?[\w\s\-]{0,30}?(?:engine|module|core|component|librar(?:y|ies))s?(?![a-z])|核心.{0,6}(?:加密|不开源|不提供|不交付|封装|编译)|源码加密|代码加密|加密.{0,4}源码|"
                             r"混淆|加密交付|加密组件|部分开源|(?:引擎|模块|组件)(?:部分)?(?:是|为|以|采用)?(?:经过)?加密|(?:不含|不提供|不交付).{0,6}(?:核心|引擎|算法)|"
                             r"(?<![a-z])(?:partial|obfuscat\w*|encrypted (?:source|core|engine|modules?)|(?:core|engine|module|component)s?"
                             r"(?![a-z]).{0,30}(?:binary|binaries|compiled|(?<!un)encrypted|closed)|closed[- ]source)(?![a-z])")
_SRC_FULL_RE = re.compile(r"100%\s*源码|源码100%|全部.{0,3}源码|源码全给|源码(?:都)?给全|给全.{0,2}源码|源码都给|^全给|全部给|完整源码|全部源码|全量源码|源码全部|源码完整|"
                          r"没有加密|自己二开|可以二开|可二开|"
                          r"100%源码|全套源码|完整源代码|全部源代码|无加密|不加密|未加密|可二次开发|"
                          r"二次开发|开放全部|源码交付|交付源码|提供源码|提供源代码|"
                          r"(?<![a-z])(?:full source|complete source|all source|unobfuscated|no obfuscation|"
                          r"without obfuscation|source code (?:included|delivered|provided)|full code|unencrypted|"
                          r"not encrypted|buildable|modifiable|source code:\s*full)(?![a-z])")


_NEG_BEFORE_RE = re.compile(r"(?:不|无|未|非|no |not |without )\s*$")


# a negation ahead of a short list the match ends ('no encryption or obfuscation', '无加密、混淆')
_NEG_LIST_BEFORE_RE = re.compile(r"(?:(?<![a-z])(?:no|without|not)\s|不|无|未)[^,;，；。]{0,24}?(?:\s(?:or|nor|and)\s|或|和|、|/)\s*$")


def _hit(p: re.Pattern[str], s: str) -> bool:
    """A pattern found and not negated right before it ('不绑定域名' is no licence lock, 'no encryption or
    obfuscation' no obfuscation)."""
    return any(not _NEG_BEFORE_RE.search(s[max(0, m.start() - 4):m.start()])
               and not _NEG_LIST_BEFORE_RE.search(s[max(0, m.start() - 30):m.start()]) for m in p.finditer(s))


_SRC_REST_RE = re.compile(r"其余|其他模块|其它模块|(?<![a-z])(?:the rest|other modules|all other)(?![a-z])")


def _read_source(s: str, cell: Any) -> Reading:
    word = s.strip(" 。.")
    if word in ("完整", "全部", "全给", "全部给", "full", "complete"):
        return _r("full")
    if word in ("部分", "partial"):
        return _r("partial")
    if word in ("仅授权", "授权", "licence only", "license only"):
        return _r("licence_only")
    lic, part, full = _hit(_SRC_LICENCE_RE, s), _hit(_SRC_PARTIAL_RE, s), _hit(_SRC_FULL_RE, s)
    if full and not (lic or part) and _DATA_UNENCRYPTED_RE.search(s) and not re.search(r"源码|源代码|代码|source|code", s):
        return UNKNOWN  # '数据未加密' speaks of the data, not of the code delivered
    if full and lic and _DATA_UNENCRYPTED_RE.search(s):  # '数据未加密…授权绑定服务器': the lock, not the data, is the code's
        full = _hit(_SRC_FULL_RE, _DATA_UNENCRYPTED_RE.sub(" ", s))
    if lic and full and _SRC_REST_RE.search(s):
        return _r("partial")  # '核心风控引擎以SDK形式提供（不含源码），其余模块提供完整源码': one part withheld, the rest given
    if lic and full and not part and _CONDITION_RE.search(s):
        return _r("licence_only", "conditional")  # '完整源码另加5万，默认仅授权使用'
    if lic and full and not part and _SRC_LOCK_RE.search(s):
        return _r("licence_only")  # '源码交付（授权绑定域名使用）': the whole of it locked to a domain
    if lic and (full or part):
        return _r("partial")  # '源码交付（风控引擎为SaaS调用，不交付源码）', 'core engine as compiled binary': part withheld
    if lic:
        return _r("licence_only")
    if part:
        return _r("partial")
    if full:
        if _CONDITION_RE.search(s):
            return _r("partial", "conditional")
        if not re.search(r"100%|完整|全部|全量|全套|给全|都给|无加密|不加密|未加密|full|complete|all|unobfuscated|"
                         r"no obfuscation|二次开发", s):
            return _r("full", "claimed")  # '提供源码': all of it?
        return _r("full")
    v = parse.yes_no(s)
    if v is True:
        return _r("full", "claimed")
    if v is False:
        return _r("licence_only")
    return _r(None, warning="warn.not_understood")


# ------------------------------------------------------------------------------------------------
# Money
# ------------------------------------------------------------------------------------------------
_OPTION_SEG_RE = re.compile(r"另加|加购|另购|需另购|选配|可选|另计|另收|另付|加收|额外|增购|升级为|升级到|"
                            r"(?<![a-z])(?:optional|add-?on|extra|additional|upgrade to|plus|(?:module )?option (?:remains|is|at|stays|priced))(?![a-z])|"
                            r"^[+＋]|[(（]\s*[+＋]|[+＋]\s*(?:[¥￥$]|cny|rmb)")
# an amount and nothing else but its tax ('RMB 26,000 + VAT', '2.6万元（不含税）')
_PRICE_ONLY_RE = re.compile(r"\s*(?:[¥￥$]|cny|rmb)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|万|千元|元|w|k)?\s*"
                            r"(?:[+＋]?\s*(?:vat|tax|税)|[(（][^()（）]{0,12}[)）]|(?:excl?\.?|incl?\.?)\s*vat)?\s*[.。]?\s*")
_ORDINAL_RE = re.compile(r"(?<![a-z])(?:from\s+|in\s+|after\s+)?(?:year|yr|month|week|day|phase|round|stage)\s+\d{1,2}(?!\d)|"
                         r"第\s*\d{1,2}\s*(?:年|个月|月|周|天|期|轮|阶段)", re.I)
_BARE_AMOUNT_RE = re.compile(r"\s*\d[\d,]*(?:\.\d+)?\s*")
_NO_OPTIONS_RE = re.compile(r"\s*(?:no (?:optional|extra|add-?on) (?:modules?|items?|costs?|charges?)|no options|no add-?ons)\.?\s*|"
                            r"\s*(?:无|没有|暂无|并无|无任何|不存在)\s*(?:选配|可选|另计|另购|加购|额外收费|额外费用)\s*"
                            r"(?:项|项目|模块|功能|内容|费用)?\s*[。.]?\s*|\s*(?:no|none)\s+(?:optional|add-?on|extra)\s*"
                            r"(?:modules?|items?|costs?|fees?|charges?)?\s*[.]?\s*")
_LIST_SEG_RE = re.compile(r"原价|标准价|市场价|官方价|划线价|刊例价|指导价|替代|取代|代替|(?:含|包含)?(?:全部|所有)选配|(?<![a-z])(?:list price|original(?: price)?|"
                          r"rrp|msrp|regular price)(?![a-z])")
_TOTAL_SEG_RE = re.compile(r"合\s*计|总\s*计|总\s*价|共\s*计|总\s*额|总报价|合\s*共|(?<![a-z])(?:total|grand total|sum)(?![a-z])")
# a later word on the price ('第一次说23万；回电降到21.8万', '议价后调整为19.8万'): like a discount, it replaces what stood
_DISCOUNT_SEG_RE = re.compile(r"优惠价|优惠后|折后|特价|成交价|活动价|实付|限时价|最终报价|最终价|让利后|降到|降至|降为|现价|到手价|"
                              r"调整为|调整至|优惠至|优惠到|让到|压到|"
                              r"(?<![a-z])(?:discount\w*|special price|offer price|final price|net price|promo\w*|bafo|"
                              r"best and final(?: offer| price)?|final offer|negotiated (?:price|offer))(?![a-z])")
# an amount taken off the price ('限时直降3万', '优惠4万', '立减5000元'): no item of it; the price the same words give after it
# ('现价9.8万', '到手价8.8万') stands, else it is taken off the sum
_REDUCTION_SEG_RE = re.compile(r"直降|立减|减免|再降|又降|下调|下浮|降(?=\s*[\d一二两三四五六七八九])|(?:优惠|让利|降价|折让)(?![价后至到为])|"
                               r"(?<![a-z])(?:less|minus)(?![a-z])")
# a cut said from an earlier price ('在首轮报价基础上再降1万元'): with no price beside it, the price is not known from the cell
_RELATIVE_CUT_RE = re.compile(r"基础上|在原|再降|又降|(?<![a-z])(?:further|additional)(?![a-z])", re.I)
_PERIOD_FIGURE_RE = re.compile(r"\d\s*(?:个月|个工作日|工作日|个?小时|天|周|年)(?![\d万元])")
_FREE_RE = re.compile(r"免费|开源|赠送|0元|零元|(?<![a-z])(?:free|open[- ]source|gratis)(?![a-z])")
_PCT_RE = re.compile(r"(\d+(?:\.\d+)?)\s*%")
# an amount, then in brackets what it is made of: bounded, so a long cell costs no more than its length
_BREAKDOWN_RE = re.compile(r"((?<![\d.])\d[\d.,]{0,15}\s*(?:万元|万|w|k|千元|元|m|mn|million)?[^(（)）\d]{0,30}?)\s*[(（]"
                           r"([^()（）+＋]{1,80}[+＋][^()（）]{1,200})[)）]")
_COLON_BREAKDOWN_RE = re.compile(r"((?<![\d.])\d[\d.,]{0,15}\s*(?:万元|万|w|k|千元|元)(?:\s*\([^()]{0,12}\))?)\s*:\s*"
                                 r"([^:;；。()]{1,120}?\d[^:;；。()]{0,120}?\+[^:;；。()]{1,200})")
_WHEREOF_RE = re.compile(r"[(（]\s*(?:其中|包括|包含)\s*[:：]?\s*([^()（）]{1,200}?\d[^()（）]{0,200}?[、，,;；][^()（）]{1,200}?)[)）]")
# '+' joins a breakdown's parts; '风控模型 +RMB 22,000' is a module at its price (one segment: an option)
_ITEM_SPLIT_RE = re.compile(r"[，；;。\n\r]+|(?<!\d),|,(?!\d{3})|(?<=\d)\s*[+＋]\s*|"
                            r"(?<![(（\s\d])\s*[+＋](?!\s*(?:[¥￥$]|cny|rmb))\s*|"
                            r"(?<=[^(（\d])\s+[+＋](?!\s*(?:[¥￥$]|cny|rmb))\s*|、(?=\D)|\s+/\s+|"
                            r"(?<=[^\d.])\.\s+(?=[^\d\s])")  # an English sentence's full stop ('…excl. VAT. Module: optional, …')
EDITION = r"(?<![a-z])(?:" + "|".join(map(re.escape, schema.EDITION_NAMES)) + r")(?![a-z])"
_EDITION_RE = re.compile(EDITION)
# An amount that says its unit or currency ('27万元', '¥238,000', 'CNY 60 000'), unlike a date, a time or a phone number.
MONEY_AMOUNT_RE = re.compile(r"\d\s*(?:万元|万|元|千元|k|w)(?![a-z])|[¥￥$]\s*\d|(?<![a-z])(?:cny|rmb)\s*\d")
_MONEY_AMOUNT_RE = MONEY_AMOUNT_RE
# a recurring charge, by the year or by the month ('2.4万/年', '1.88万/月', 'CNY 9,800 per month'): never a purchase price
# an amount, then the hardware it holds in brackets ('23.8万元（其中硬件5万元）', '（软件18.8万元，硬件5万元）'); never servers
# the buyer buys apart ('（不含服务器，约5万元由贵司自购）')
_IN_PRICE = r"(?:(?!不含|不包括|未含|另计|另购|自购|自行采购|除外)[^()（）])"  # a bracket's character, the servers still in the price
HARDWARE_BRACKET_RE = re.compile(rf"\d\s*(?:万元|万|元|w)\s*[(（](?P<inner>{_IN_PRICE}*?(?:硬件|服务器){_IN_PRICE}*?"
                                 rf"(?P<amt>\d[\d.,]*\s*(?:万元|万|元|w)(?![a-z])){_IN_PRICE}*)[)）]")
_HARDWARE_APART_RE = re.compile(r"[(（](?=[^()（）]*(?:硬件|服务器))(?=[^()（）]*(?:不含|不包括|未含|另计|另购|自购|自行采购|除外|另行|"
                                r"单独(?:采购|购买|计价)))[^()（）]*\d[^()（）]*[)）]")
# another way to pay after the price ('；或首付10万+每年8万', '; or CNY 8,000 a month'): not the price
_ALTERNATIVE_RE = re.compile(r"[；;，,]\s*(?:或者?|或是|亦可|也可|(?<![a-z])or(?![a-z]))\s*(?=\S)")
# a discount offered on a condition ('若贵司同时采购…，可优惠至22万', 'if signed before …, 22万'): not the price
# a lifetime maintenance said to be charged ('质保一年，终身维护（收费）'): no free period of its own
_PAID_LIFETIME_RE = re.compile(r"[，,；;]?\s*终身(?:维护|维保|服务)\s*[（(]?\s*(?:收费|有偿|另计|付费|需付费)\s*[)）]?")
_IF_DISCOUNT_RE = re.compile(r"(?:若|如果|假如|如(?=贵司|贵方|客户|同时|一次性|签约|在))[^；;。]{0,40}?[，,]?\s*(?:则|可|可以|即可)?\s*"
                             r"(?:优惠|降|让利|打折)(?:至|到|为)?\s*\d[\d.,]*\s*(?:万元|万|元|w)|"
                             # '展会当天签意向书可优惠至21.8w': the price if a paper is signed, not the price
                             r"签(?:订|署)?(?:意向书|意向协议|合同|协议|约)[^；;。\n]{0,10}?(?:则|可|可以|即可)\s*(?:优惠|降|让利|打折)"
                             r"(?:至|到|为)?\s*\d[\d.,]*\s*(?:万元|万|元|w)|"
                             r"(?<![a-z])if [^;.]{0,60}?,\s*(?:discounted |reduced )?(?:to )?(?:cny|rmb)?\s*\d[\d,.]*\s*(?:k|万)?")
# a price word, then a bare amount of five figures or more ('报价：238000（含税）'): an amount in yuan, whatever unit
# another clause of the cell writes
_NAMED_BARE_PRICE_RE = re.compile(r"\s*(?:报价|价格|总价|报价金额|合同价|price|quotation|quote)\s*[:：]?\s*[¥￥]?\s*\d{5,7}(?:\.\d+)?(?!\d)")
# servers or hardware the buyer buys apart, said in a clause of its own ('另需购买服务器约5万', '服务器由贵司自购，约5万'):
# no part of the price, never its amount
_HARDWARE_CLAUSE_RE = re.compile(r"[^；;。，,]*?(?:另需|需另|需要另|另行|自行|贵司自|需)\s*(?:购买|采购|购置|准备|自购|配置)[^；;。，,]{0,12}"
                                 r"(?:服务器|硬件)[^；;。]*|[^；;。，,]*(?:服务器|硬件)[^；;。，,]{0,12}(?:另需|另购|自购|自行采购|另行采购|"
                                 r"由贵司|由甲方|客户自备|自备|另计)[^；;。]*")
# an amount, then a clause saying what part of it is what ('23.8万，8万为实施费', '23.8万，其中8万为实施费',
# '25万元，包括实施费3万元'): the part is in the amount, never added to it
_WHEREOF_CLAUSE_RE = re.compile(r"(\d[\d.,]*\s*(?:万元|万|元|w))\s*[，,]\s*("
                                r"(?:其中|包括|包含)\s*[:：]?[^；;。\n()（）]*?\d[^；;。\n()（）]*|"
                                r"\d[\d.,]*\s*(?:万元|万|元|w)?\s*(?:为|是|系)\s*[^；;。\n，,()（）\d]{1,12}?(?:费|款|部分))"
                                r"(?=\s*(?:$|[；;。\n]))")
# an amount, then its parts listed in brackets ('25.8万（含软件22万、实施2.8万、首年维保1万）')
_LISTED_BREAKDOWN_RE = re.compile(r"(?P<amt>\d[\d.,]*\s*(?:万元|万|元|w))\s*[(（]\s*(?:含|其中|包括|包含)?\s*[:：]?\s*"
                                  r"(?P<inner>[^()（）+＋]{4,120}?)[)）]")


def _as_breakdown(s: str, m: re.Match, unit: float | None) -> str:
    """The listed parts joined by '+' when they add up to the amount before them (the breakdown's own form); the text
    as it was otherwise."""
    parts = [p for p in re.split(r"[、，,；;]", m.group("inner")) if p.strip()]
    if len(parts) < 2 or not all(_MONEY_AMOUNT_RE.search(p) for p in parts):
        return s
    values = [parse.parse_money(re.sub(r"^[^\d]*", "", p), unit)[0] for p in parts]
    if any(v is None for v in values):
        return s
    # in the breakdown's own form: one that does not add up is warned of, and the amount quoted stands
    return s[:m.end("amt")] + "（" + "+".join(p.strip() for p in parts) + "）" + s[m.end():]


_DECIMAL_COMMA_WAN_RE = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?=\s*(?:万|w)(?![a-z]))")
_MONTHLY_RE = re.compile(r"/\s*(?:月|month|mo)(?![a-z])|每月|per month|monthly|月费|月租")
# a yearly amount's words ('2.4万/年', '每年', '年费', '年服务费2万', 'annual')
_YEAR_WORD_RE = re.compile(r"/\s*(?:年|year)|每年|per year|annual|年费|年(?:度)?(?:技术)?(?:服务|维护|维保|运维)费")
_ANNUAL_ONLY_RE = re.compile(r"/\s*(?:年|year|yr)|每年|per year|年费|年(?:度)?(?:技术)?(?:服务|维护|维保|运维)费|annual|/\s*(?:月|month|mo)(?![a-z])|每月|per month|monthly|月费|月租")
_CURRENCY_WORD_RE = re.compile(r"(?<![a-z])(?:cny|rmb)(?![a-z])|[¥￥]")  # 'CNY 9,800 per year': a currency, no word of price
_YEARLY_SEG_RE = re.compile(_ANNUAL_ONLY_RE.pattern + r"|subscription|订阅|p\.a\.")


_WORD_RE = re.compile(r"(?<![a-z])(?!(?:cny|rmb|w|k|m|mn|million|wan|yuan|free)(?![a-z]))[a-z][a-z.\-]*")


def _money_of(seg: str, unit: float | None) -> tuple[float | None, str | None]:
    # the label part of '风控模块另加5万' / 'License CNY 160,000' must not hide the amount
    seg = _WORD_RE.sub(" ", seg)
    v, warn = parse.parse_money(seg, unit)
    if v is None and warn in (None, "warn.not_money"):
        m = re.search(r"[¥￥$]?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|万|w|k|千元|千|元)?|[零一二两三四五六七八九十百千万]+(?:万元|万|元)",
                      _PCT_RE.sub(" ", seg))  # '含税，13%专票': a share, not an amount
        if m:
            v, warn = parse.parse_money(m.group(), unit)
    return v, warn


_PLAIN_AMOUNT_RE = re.compile(r"\s*(?:[¥￥$]|cny|rmb|CNY|RMB)?\s*\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*(?:万元|万|w|W|元|千元)?\s*|"
                              r"\s*\d+(?:\.\d+)?\s*(?:万元|万|w|W|元)?\s*")


_FREE_BUT_RE = re.compile(r"另议|另谈|商业授权|商用授权|面议|收费|license|commercial")  # free, with a paid licence beside


_TEXT_FIGURE_RE = re.compile(r"\s*'?\s*(\d{1,3}(?:,\d{2,4})*,\d{3,4})\s*(元?)\s*")
_MONEY_READ_FIELDS = frozenset(("price_cny", "annual_fee_after_warranty_cny", "policy_adaptation_fee_cny"))
# the working core.fx writes beside an amount it converted ('（HKD 27,200 × 0.92）')
_FX_NOTE_RE = re.compile(r"[（(]\s*(?:hkd|hk\$|usd|us\$|sgd|s\$|eur|€|mop|twd|nt\$)\s*[\d,]+(?:\.\d+)?\s*(?:k|m|万|千)?\s*×\s*[\d.]+\s*[)）]",
                         re.I)
# an amount in another currency ('HKD 236,000', '港币23.6万'); the file's rate turns it into 'RMB …（HKD … × 0.93）' first
_FOREIGN_AMOUNT_RE = re.compile(r"(?:hkd|hk\$|usd|us\$|sgd|s\$|eur|€|mop|twd|nt\$|港币|港元|美元|美金|新加坡元|欧元|澳门元|澳门币|新台币)"
                                r"\s*\d", re.I)
_TBD_LEAD_RE = re.compile(r"\s*(?:price\s*[:：]\s*)?(?:tbd|tbc|to be (?:decided|confirmed|advised)|待定|待议|面议|另议|待确认|"
                          r"待(?:现场)?(?:调研|评估|沟通)后)(?![a-z])", re.I)
_CNY_MARK_RE = re.compile(r"rmb|cny|人民币|[¥￥]", re.I)


def read_money(cell: Any, unit: float | None = None, *, price: bool = True) -> Reading:
    """A price cell: line items summed, 合计 over items, 优惠价 over 原价, options apart, the tax mark kept (with the
    VAT rate a tax-exclusive amount states for itself: '19.5万（不含税，税率6%）' is 195,000 × 1.06)."""
    if price and isinstance(cell, str) and "大写" in cell and (both := _CAPITAL_THEN_FIGURE_RE.search(cell)) is not None:
        words, figure = parse.parse_money(both.group("cap"))[0], parse.parse_money(both.group("fig"), unit)[0]
        if words is not None and figure is not None and abs(words - figure) > 1:
            # '大写：贰拾叁万捌仟元整；小写：¥248,000.00': the 大写 governs (以大写金额为准), and the vendor is asked
            r = _read_money(cell[:both.start("fig")].rstrip(" ；;，,小写:：") + cell[both.end("fig"):], unit, price=price)
            return replace(r, warning="warn.capital_disagrees") if r.value == words or r.pretax == words else r
    r = _read_money(cell, unit, price=price)
    if price and r.status == "stated" and r.value and isinstance(cell, str) and _FROM_PRICE_RE.search(cell):
        r = replace(r, status="conditional")  # '20万起', 'Starting from CNY 200,000': the least it costs, not its price
    if r.tax == "excl" and (rate := stated_vat_rate(cell)) is not None:
        value = r.value if r.pretax is None else round(r.pretax * (1 + rate), 2)
        return replace(r, vat=rate, value=value)
    return r


# one amount written in 大写 and in 小写 ('大写：贰拾叁万捌仟元整；小写：¥248,000.00', '¥248,000.00（大写：贰拾叁万捌仟元整）')
_CAPITAL_THEN_FIGURE_RE = re.compile(r"大写\s*[:：]?\s*(?P<cap>(?:人民币)?[零〇壹贰叁肆伍陆柒捌玖拾佰仟万亿]+元?整?)[^0-9¥￥]{0,12}?"
                                     r"(?:小写\s*[:：]?\s*)(?P<fig>[¥￥]?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|万|元)?)")
# a price from which the real one depends on what is configured: '20万起', '起价20万元', 'Starting from CNY 200,000'
_FROM_PRICE_RE = re.compile(r"\d\s*(?:万元|万|元|w|k)?\s*起(?![算计止讫始])|起价|起步价|(?<![a-z])(?:starting (?:from|at)|from (?:cny|rmb|[¥￥])|"
                            r"prices? from)(?![a-z])", re.I)
_FEE_TOTAL_RE = re.compile(r"(?:合计|共计|总计)\s*[:：]?\s*(\d[\d,]*(?:\.\d+)?\s*(?:万元|万|元|w)?\s*(?:/\s*年|每年)?)")
_TIMES_SIGN_RE = re.compile(r"\d\s*(?:万元|万|元|w)?\s*/\s*[^\d\s×*xX+＋]{0,4}\s*[×*xX]\s*\d")
_TERM_RE = re.compile(r"(?P<amt>\d[\d,]*(?:\.\d+)?\s*(?:万元|万|元|w)?)\s*(?:/\s*(?:个|每)?[^\d\s×*xX+＋=＝]{1,4})?"
                      r"(?:\s*[×*xX]\s*(?P<qty>\d{1,5})\s*(?:个|家)?[^\d\s+＋=＝]{0,4})?")


def _priced_expression(s: str, unit: float | None = None) -> float | None:
    """The amount of a price written as its arithmetic ('1.6万元/网点 × 12个网点 + 实施费3.5万元', '6万元 + 3,500元/账号 x 30个账号
    + 2.5万元', '0.8万/网点×12＋部署2.2万＝11.8万'): the sum of each term (a unit price times its count, or an amount), or
    the total written after '＝'; None when a term holds no amount."""
    s = s.replace("＋", "+").replace("＝", "=")
    if "=" in s:
        after = s.rsplit("=", 1)[1]
        if (m := re.search(r"\d[\d,]*(?:\.\d+)?\s*(?:万元|万|元|w)?", after)) is not None:
            return parse.parse_money(m.group().replace(" ", ""), unit)[0]  # (a bare total in the header's unit: 千元)
        s = s.rsplit("=", 1)[0]
    total = 0.0
    for term in s.split("+"):
        m = _TERM_RE.search(term)
        if m is None:
            return None
        amt = parse.parse_money(m.group("amt").replace(" ", ""), unit)[0]
        if amt is None:
            return None
        if m.group("amt").strip()[-1].isdigit() and amt < 100 and "万" in s and unit is None:
            amt *= 10_000  # '0.8万/网点×12＋部署2.2万': a term's unit said by the others
        total += amt * (int(m.group("qty")) if m.group("qty") else 1)
    return round(total, 2)


_TYPED_PRODUCT_RE = re.compile(r"=\s*(\d{1,9}(?:\.\d{1,6})?)\s*[*×xX]\s*(\d{1,9}(?:\.\d{1,6})?)\s*")
_PER_SET_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?\s*(?:万元|万|w|元)?)\s*/\s*套.{0,14}?([两二三四五2-5])\s*套.{0,16}?(?:共|合计|总计)\s*"
                         r"(?:计)?\s*(\d[\d,]*(?:\.\d+)?\s*(?:万元|万|w|元)?)")


# a total for several sets and nothing else ('2套共47.6万', '两套合计47.6万元'): the quantity is no amount
_SETS_SUM_RE = re.compile(r"\s*([两二三四五2-5])\s*套\s*(?:共|合计|总计|总价|共计)\s*[:：]?\s*(\d[\d,]*(?:\.\d+)?\s*(?:万元|万|w|元))\s*")
# a total for several sets, then one set's price in its brackets ('43.6万元（两家联合采购，两套合计：…每套21.8万元）')
_SETS_TOTAL_RE = re.compile(r"^\s*(\d[\d,]*(?:\.\d+)?\s*(?:万元|万|w|元)?)\s*[(（][^)）]*?([两二三四五2-5])\s*套[^)）]*?每套\s*"
                            r"(\d[\d,]*(?:\.\d+)?\s*(?:万元|万|w|元)?)")
_AMOUNT = r"[¥￥]?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|万|元|w)?"
_BOTH_TAXES_RE = re.compile(r"(?P<excl>" + _AMOUNT + r")\s*[(（]?\s*(?:不含税|未税|税前|不含\s*(?:\d{1,2}(?:\.\d+)?\s*%\s*)?增值税)[^¥￥万元]{0,40}?(?<![不未])含税(?:合计|总价|价格|价|金额|总额|报价)?"
                            r"\s*(?:为|是|:|：)?\s*(?P<incl>" + _AMOUNT + r")")

# the same, the tax-inclusive price first ('含税价：23.8万；不含税价：22.45万')
_BOTH_TAXES_INCL_FIRST_RE = re.compile(r"(?<![不未])含税(?:合计|总价|价格|价|金额|总额|报价)?\s*(?:为|是|:)?\s*(?P<incl>" + _AMOUNT +
                                       r")[^¥￥万元\d]{0,20}?(?:不含税|未税|税前)(?:合计|总价|价格|价|金额|总额|报价)?\s*(?:为|是|:)?\s*"
                                       r"(?P<excl>" + _AMOUNT + r")")
# an amount, then the price after its discount in the same words ('24.8万 九五折后 23.56万'): two statements, not two items
_RATE_LEAD_RE = re.compile(r"^[一二三四五六七八九\d.]{1,3}")  # the rate before 折后 ('9折后'), no amount
_THEN_DISCOUNTED_RE = re.compile(r"(\d\s*(?:万元|万|w|元)?)\s*[，,(（]?\s*((?:[一二三四五六七八九\d.]{1,3})?(?:折后|优惠后|折扣后)(?:价|为|:)?)"
                                 r"\s*[，,]?\s*(?=[¥￥]?\d)")
# a buy-out said not to be offered ('源码买断：不提供', 'Buy-out: not offered'): a subscription beside it is no price
_NO_BUYOUT_RE = re.compile(r"(?:买断|buy-?out)[^，,；;。\d]{0,6}?[:：]?\s*(?:不提供|不支持|暂不提供|无|不可|not (?:offered|available)|n/a|none)", re.I)
# a list price, then the rate taken off it and no amount after ('原价28万，九折', '原价28万，现9折优惠'): the price is the list
# price at that rate
_LIST_AT_RATE_RE = re.compile(r"(?:原价|标准价|市场价|目录价|刊例价|list price)\s*[:：]?\s*([¥￥]?\d[\d,.]*\s*(?:万元|万|w|元)?)[^\d，,；;。]{0,6}[，,；;]?\s*"
                              r"(?:本项目|本次|现|现价|现在|可|给予|按|打|特别){0,3}\s*([一二三四五六七八九]{1,2}|[5-9](?:\.\d)?)\s*折(?:优惠)?\s*[。.]?\s*$", re.I)
_CN_RATE = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


_FEE_CHANGED_RE = re.compile(r"(?:由|从)[^，,；;。]{0,16}?(?:调整为|调整至|改为|降为|降至|下调为|下调至|变更为|更正为)")
# a period changed from one length to another ('免费维护期由12个月改为3个月', '从12个月缩短为6个月'): the length it is now
_PERIOD_CHANGED_RE = re.compile(r"(?:由|从)\s*[\d一二三四五六七八九十两]+(?:\.\d+)?\s*(?:个月|月|个?小时|年|天|个?工作日)\s*"
                                r"(?:改为|改成|缩短为|缩短至|缩短到|调整为|调整至|调整到|变更为|变为|减少为|减为|减至|降为|降至|"
                                r"延长为|延长至|延长到|增加为|增至)")
_PERIOD_FIELDS = frozenset(("free_maintenance_months", "audit_log_months", "response_hours"))
_OUTSIDE_THE_PRICE_RE = re.compile(r"(?:不在|不含在|未含在|不包含在|不包括在|不计入|未计入)\s*(?P<amt>[\d.,]+\s*(?:万元|万|元|w))\s*(?:之)?"
                                   r"(?:内|里|中|以内)", re.I)


def _read_money(cell: Any, unit: float | None = None, *, price: bool = True) -> Reading:
    if not isinstance(cell, str) or parse._is_date(cell) or parse._time_hours(cell) is not None:
        # a number, or a date, time or duration the typed parser refuses with its own warning
        v, warn = parse.parse_money(cell, unit)
        return _r(v, warning=warn, pretax=v)
    if _PLAIN_AMOUNT_RE.fullmatch(cell):  # '22.8万', '¥228,000', '19.8w': most price cells say just that
        v, warn = parse.parse_money(cell, unit)
        return _r(v, warning=warn, pretax=v)
    if cell[:1] == "=" and (prod := _TYPED_PRODUCT_RE.fullmatch(cell)) is not None:
        # '=23.8*10000' typed as text (a formula Excel never ran): the amount it spells, read as arithmetic, never run
        v = float(prod.group(1)) * float(prod.group(2))
        return _r(v, pretax=v)
    raw = _OPTION_LETTER_RE.sub("", parse.to_simplified(unicodedata.normalize("NFKC", parse._safe_str(cell)).strip()))
    if "不" in raw or "未" in raw:  # '报价：21.6万元…（…另收2.8万元，不在21.6万内）': the price named again, to say what is
        # outside it (where the words name the price nowhere else, they are the price: '选配价3.0万元，未含在28.0万内')
        raw = _OUTSIDE_THE_PRICE_RE.sub(lambda m: "不在报价内" if raw.count(m.group("amt")) > 1 else m.group(), raw)
    s = norm(raw)
    if parse.is_blank(s):
        return UNKNOWN
    if _is_reference(s):
        return UNKNOWN
    if _TBD_LEAD_RE.match(s) and not _MONEY_AMOUNT_RE.search(s):
        return UNKNOWN  # 'TBD after requirement workshop (they want 2 days on site)': no price yet, '2 days' no amount
    if _FOREIGN_AMOUNT_RE.search(s) and not _CNY_MARK_RE.search(s):
        return _r(None, warning="warn.foreign_currency")  # 'HKD 236,000' with no rate in the file: never read as yuan
    ex, inc = _TAX_EXCL_RE.search(s), _TAX_INCL_RE.search(s)
    tax = ("excl" if ex.start() < inc.start() else "incl") if ex and inc and _BREAKDOWN_EXCL_RE.search(s) else \
        "excl" if ex else ("incl" if inc else None)  # 'incl. 6% VAT (licence 220,000 + … = 300,000 excl. VAT)'
    if price and ex and inc and ((both := _BOTH_TAXES_RE.search(s)) is not None
                                 or (both := _BOTH_TAXES_INCL_FIRST_RE.search(s)) is not None):
        # '23.5万元（不含税），增值税税率6%，含税合计249,100元': the price given both ways — the tax-inclusive one, once
        before, _w = parse.parse_money(both.group("excl"), unit)
        after, _w = parse.parse_money(both.group("incl"), unit)
        if before and after and 1.0 < after / before <= 1.14:
            return _r(after, tax="incl", pretax=after, vat=round(after / before - 1, 2))
    s_nt = _TAX_INCL_RE.sub(" ", _TAX_EXCL_RE.sub(" ", s))
    if "," in s_nt and _DECIMAL_COMMA_WAN_RE.search(s_nt):  # '23,8万': a decimal comma before 万, never 23 and 8万
        s_nt = _DECIMAL_COMMA_WAN_RE.sub(r"\1.\2", s_nt)
    if price and "/套" in s_nt and (per := _PER_SET_RE.search(s_nt)) is not None:
        each, n = parse.parse_money(per.group(1), unit)[0], parse.cn_to_number(per.group(2)) or parse._num_token(per.group(2))
        whole = parse.parse_money(per.group(3), unit)[0]
        if each and n and whole and abs(each * n - whole) <= 1:
            # '29.8万/套，两套（生产+灾备）共59.6万': the price of one set, the total only what two would cost
            return _r(_with_vat(each, tax), tax=tax, pretax=each)
    if price and "套" in s_nt and "/套" not in s_nt and "每套" not in s_nt and (many := _SETS_SUM_RE.fullmatch(s_nt)) is not None:
        n, whole = parse.cn_to_number(many.group(1)) or parse._num_token(many.group(1)), parse.parse_money(many.group(2), unit)[0]
        if n and whole:  # '2套共47.6万': the sets' total, one set's price what this buyer's one system costs
            return _r(_with_vat(round(whole / n, 2), tax), tax=tax, pretax=round(whole / n, 2))
    if price and "每套" in s_nt and (sets := _SETS_TOTAL_RE.search(s_nt)) is not None:
        whole, n = parse.parse_money(sets.group(1), unit)[0], parse.cn_to_number(sets.group(2)) or parse._num_token(sets.group(2))
        each = parse.parse_money(sets.group(3), unit)[0]
        if each and n and whole and abs(each * n - whole) <= 1:
            # '43.6万元（两家联合采购，两套合计：…各部署一套，每套21.8万元）': the price of this buyer's one set
            return _r(_with_vat(each, tax), tax=tax, pretax=each)
    if _ORDINAL_RE.search(s_nt):  # 'From year 2', '第2年起': a year's number, no amount
        s_nt = _ORDINAL_RE.sub(" ", s_nt)
    has_digits = bool(re.search(r"\d|[一二两三四五六七八九十百千万零壹贰叁肆伍陆柒捌玖拾佰仟]+(?:万|元)", s_nt))  # 大写 too
    if not has_digits:
        if _FREE_RE.search(s_nt):
            cond = bool(_CONDITION_RE.search(s_nt)) or bool(_FREE_BUT_RE.search(s_nt))
            return _r(0.0, "conditional" if cond else "stated", tax=tax, pretax=0.0)
        v, warn = parse.parse_money(s_nt, unit)
        return _r(_with_vat(v, tax), warning=warn, tax=tax, pretax=v)
    if not price and (m := _FEE_TOTAL_RE.search(s_nt)) is not None:  # '0.2万元/网点/年，12个网点合计2.4万元/年': the total
        s_nt = m.group(1)
    if price and _TIMES_SIGN_RE.search(s_nt) and (total := _priced_expression(s_nt, unit)) is not None:
        # '源码授权费1.6万元/网点 × 12个网点 + 部署实施及培训费3.5万元（一次性）': the sum the vendor left to the reader
        return _r(_with_vat(total, tax), tax=tax, pretax=total)
    if price:
        parts = clauses(s_nt)
        if len(parts) > 1:
            keep = [c for c in parts if _talks_about("price_cny", c) or _MONEY_AMOUNT_RE.search(c) or not any(
                _talks_about(g, c) for g in _FIELD_WORDS if g not in ("price_cny", "annual_fee_after_warranty_cny"))]
            if not keep:
                return UNKNOWN
        if _ANNUAL_ONLY_RE.search(s_nt) and not re.search(r"总价|合计|一次性|total|one-?off|one-?time", s_nt) \
                and not (re.search(r"买断|buy-?out", s_nt) and not _NO_BUYOUT_RE.search(s_nt)) \
                and not any(_MONEY_AMOUNT_RE.search(c) and not _YEARLY_SEG_RE.search(c)
                            for part in parts for c in _ITEM_SPLIT_RE.split(part) if c):  # ('19.8万 + 3.2万/年维保')
            return UNKNOWN  # '维保期外费用 2.4万/年' is a yearly fee, not the price of the system
    if not price:
        pct = _PCT_RE.search(s_nt)
        if pct and (re.search(r"合同|合同额|合同金额|总价|报价|项目|软件|采购|价款|原价|contract|price|licen|/年|每年|年|annual|year",
                              s_nt) or re.fullmatch(r"\s*\d{1,2}(?:\.\d+)?\s*%\s*", s_nt)) \
                and not re.search(r"元|万|[¥￥$]|cny|rmb", _PCT_RE.sub(" ", s_nt)):
            return _r(None, "stated", share=float(pct.group(1)) / 100, tax=tax)
        if any(w in s_nt for w in parse._PER_INCIDENT):
            return _r(None, warning="warn.per_incident_fee")
        if len(cl := clauses(s_nt)) > 1:  # '18000（1.8万元/年）': one amount said twice, never its digits run together
            vals = [v for c in cl if (v := _money_of(c, unit)[0]) is not None]
            if len(vals) > 1 and all(abs(x - vals[0]) <= 1 for x in vals):
                return _r(vals[0], tax=tax)
        # 首年免费，次年起3万/年: the yearly amount
        pieces = [c for c in _ITEM_SPLIT_RE.split(s_nt) if c and c.strip()]
        yearly = [c for c in pieces if _MONEY_AMOUNT_RE.search(c) and _YEAR_WORD_RE.search(c)]
        if yearly and any(_MONEY_AMOUNT_RE.search(c) for c in pieces if c not in yearly):
            v, warn = _money_of(yearly[0], unit)  # '19.8万 + 3.2万/年维保': the yearly part, not the price before it
            if v is not None:
                return _r(v, warning=warn, tax=tax)
        v, warn = parse.parse_money(s_nt, unit)
        if v is None:
            per_year = [c for c in clauses(s_nt) if _YEAR_WORD_RE.search(c)]
            for c in per_year or clauses(s_nt):
                v, warn = _money_of(c, unit)
                if v is not None:
                    break
        if v is not None and _MONTHLY_RE.search(s_nt) and not _YEAR_WORD_RE.search(s_nt):
            v *= 12  # '维保期后每月服务费2000元': twelve months of it a year
        return _r(v, warning=warn, tax=tax)
    # 'RMB 296k (licence 228k + implementation 48k + training 20k)': an amount, then what it is made of; '（其中源码授权
    # 20万、实施部署5.5万）' says the same with 其中 and 、 (a tax word taken out leaves an empty bracket: gone too)
    if "-" in s_nt or "/" in s_nt:  # '10-16回电降到21.8万': a month and day before what happened, never the range 10–16万
        s_nt = _MONTH_DAY_RE.sub(" ", s_nt)
    if "v" in s_nt:  # 'V5升级费19.8万元', 'V3→V5数据迁移': a version's number, no amount
        s_nt = _VERSION_RE.sub(" ", s_nt)
    if ". " in s_nt:  # '… + training 15,000. No optional modules.': a sentence ends after the amount
        s_nt = _AMOUNT_SENTENCE_END_RE.sub("；", s_nt)
    if price and ("硬件" in s_nt or "服务器" in s_nt) and _HARDWARE_APART_RE.search(s_nt):
        s_nt = _HARDWARE_APART_RE.sub(" ", s_nt)  # '（服务器另计，约5万元）', '（不含服务器…由贵司自购）': not in this price
    if price and ("硬件" in s_nt or "服务器" in s_nt) and _HARDWARE_CLAUSE_RE.search(s_nt) \
            and ((rest := _HARDWARE_CLAUSE_RE.sub(" ", s_nt)) and (_MONEY_AMOUNT_RE.search(rest) or _NAMED_BARE_PRICE_RE.search(rest))):
        s_nt = _HARDWARE_CLAUSE_RE.sub(" ", s_nt)  # '…；备注：另需购买服务器约5万': bought apart, no amount of the price
    if price and ("硬件" in s_nt or "服务器" in s_nt) and (hw := HARDWARE_BRACKET_RE.search(s_nt)) is not None:
        # '23.8万元（含服务器2台，5万元）': the total, and the servers in it (core.load takes them out), never the two summed
        s_nt = s_nt[:hw.start()] + s_nt[hw.start():hw.end()].split("(")[0].split("（")[0] + s_nt[hw.end():]
    if price and ("或" in s_nt or " or " in s_nt) and (alt := _ALTERNATIVE_RE.search(s_nt)) is not None \
            and _MONEY_AMOUNT_RE.search(s_nt[:alt.start()]):
        s_nt = s_nt[:alt.start()]  # '一次性买断28万；或首付10万+每年8万（共3年）': the price, then another way to pay
    if price and ("若" in s_nt or "如" in s_nt or "if " in s_nt or "签" in s_nt) and _IF_DISCOUNT_RE.search(s_nt) \
            and _MONEY_AMOUNT_RE.search(rest := _IF_DISCOUNT_RE.sub(" ", s_nt)):
        s_nt = rest  # '25万，若贵司同时采购我司催收系统，可优惠至22万': a discount on a condition, not the price
    if price and ("(" in s_nt or "（" in s_nt) and (listed := _LISTED_BREAKDOWN_RE.search(s_nt)) is not None:
        s_nt = _as_breakdown(s_nt, listed, unit)  # '25.8万（含软件22万、实施2.8万、首年维保1万）': the total and its parts
    if price and ("年" in s_nt or "tco" in s_nt or "year" in s_nt) and parse.MULTIYEAR_RE.search(s_nt):
        kept = [c for c in re.split(r"(?<=[，,；;])", s_nt) if not parse.MULTIYEAR_RE.search(c)]
        if kept and _MONEY_AMOUNT_RE.search("".join(kept)):  # '一次性26万，三年总价31.6万': the three years' cost is no price
            s_nt = "".join(kept).strip(" ，,；;")
    if price and "折" in s_nt and (lr := _LIST_AT_RATE_RE.search(s_nt)) is not None \
            and (listed := parse.parse_money(lr.group(1), unit)[0]) is not None:
        r_ = lr.group(2)
        rate = (_CN_RATE[r_[0]] / 10 + (_CN_RATE[r_[1]] / 100 if len(r_) > 1 else 0)) if r_[0] in _CN_RATE else float(r_) / 10
        if 0.5 <= rate < 1:  # '原价28万，九折': 252,000
            v = round(listed * rate, 2)
            return _r(_with_vat(v, tax), tax=tax, pretax=v)
    if "折" in s_nt or "优惠后" in s_nt:  # '24.8万 九五折后 23.56万': the price, then the price after its discount
        s_nt = _THEN_DISCOUNTED_RE.sub(lambda m: m.group(1) + "；" + _RATE_LEAD_RE.sub("", m.group(2)), s_nt)
    if "(" in s_nt or "（" in s_nt:  # a tax word taken out leaves an empty bracket between an amount and its breakdown
        s_nt = re.sub(r"[(（]\s*[)）]", " ", s_nt)
    if ":" in s_nt and "+" in s_nt:  # '24.6万元(含税):源码授权19万元+实施部署3.8万元+培训1.8万元': its breakdown
        s_nt = _COLON_BREAKDOWN_RE.sub(lambda m: f"{m.group(1)}({m.group(2)})", s_nt)
    if price and ("其中" in s_nt or "包括" in s_nt or "包含" in s_nt or "为" in s_nt or "是" in s_nt):
        s_nt = _WHEREOF_CLAUSE_RE.sub(r"\1（\2）", s_nt)  # '23.8万，其中8万为实施费': a part of the price, in brackets
    if "其中" in s_nt or "包括" in s_nt or "包含" in s_nt:
        s_nt = _WHEREOF_RE.sub(lambda m: "(" + re.sub(r"[、，,;；](?!\d{3})", "+", m.group(1)) + ")", s_nt)
    s_nt, breakdown = _BREAKDOWN_RE.subn(
        lambda m: f"{m.group(1)}，{m.group(2)}" if re.search(r"\d", m.group(2)) else m.group(), s_nt)
    if "=" in s_nt and re.search(r"\d[^=]*=\s*[¥￥]?\s*\d[\d,.]*\s*(?:万元|万|元|w|k)?\s*(?:[(（][^()（）]*[)）])?\s*$", s_nt):
        s_nt = s_nt.replace("=", "，合计")  # '…＋培训费1.2万元＝25.6万元': the amount after '＝' is the total written
    segs = [p.strip() for p in _ITEM_SPLIT_RE.split(s_nt.replace("=", "，")) if p and p.strip()]
    items: list[tuple[str, float]] = []
    options: list[tuple[str, str | None, float | None]] = []
    total = discount = None
    taken_off = 0.0
    relative = False  # a cut from an earlier price, said on its own
    listed_at = None  # a list price set apart ('原价15.8万元'): what a cut with no price beside it is taken from
    warn_out = None
    plain: list[tuple[str, float]] = []
    marked = len(segs) > 1 and any(MONEY_AMOUNT_RE.search(sg) for sg in segs)  # some amounts say their unit
    for k, seg in enumerate(segs):
        if _LIST_SEG_RE.search(seg) and not _DISCOUNT_SEG_RE.search(seg):
            # '优惠价19.8万（原价22万）': the list price is a note
            inner = re.sub(r"[(（][^)）]*(?:原价|标准价|市场价|list price|original)[^)）]*[)）]", " ", seg)
            if inner.strip() == seg.strip() or not re.search(r"\d", inner):
                if listed_at is None:
                    listed_at = _money_of(seg, unit)[0]
                continue
            seg = inner
        if _NO_OPTIONS_RE.fullmatch(seg):  # '无选配项': nothing at extra cost
            continue
        if _SERVICE_CHARGE_RE.search(seg) and (v := _money_of(seg, unit)[0]) is not None:
            plain.append((seg, v))  # '部署另收1.5万': what the buyer pays to have it installed, no module to opt for
            continue
        if _OPTION_SEG_RE.search(seg):
            v, _w = _money_of(_POINTER_RE.sub(" ", seg), unit)  # 'plus the add-on in 2.3': a clause, no price
            label = re.sub(r"[¥￥$]?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|万|w|k|千元|元)?|另加|加购|另购|需另购|选配|可选|另计|另收|"
                           r"加收|额外|optional|add-?on|extra|plus|cny|rmb|[()（）+＋:：]", " ", seg).strip()
            fid = _feature_in(label or seg)
            if fid is None and options and options[-1][1] is not None and options[-1][2] is None and v is not None:
                options[-1] = (options[-1][0], options[-1][1], v)  # '电子合同模块：选配，另加3万元': its price
            elif fid is None and v is None and _GENERIC_OPTION_RE.fullmatch(label):
                pass  # 'Optional modules are quoted exclusive of VAT': what the options are said to be, none named
            elif fid is not None or not re.search(r"税|tax|vat", seg):  # '税费另计' is the tax mark, kept above
                options.append((label or seg, fid, v))
            continue
        seg = _NUMBERING_RE.sub("", seg)
        if options and options[-1][1] is not None and options[-1][2] is None and k and _OPTION_SEG_RE.search(segs[k - 1]) \
                and _PRICE_ONLY_RE.fullmatch(seg):  # 'Bank-statement analysis module: optional, RMB 26,000 + VAT'
            options[-1] = (options[-1][0], options[-1][1], _money_of(seg, unit)[0])
            continue
        if marked and not MONEY_AMOUNT_RE.search(seg) and not _TOTAL_SEG_RE.search(seg) \
                and not _DISCOUNT_SEG_RE.search(seg) and not (unit is not None and k == 0
                                                              and _BARE_AMOUNT_RE.fullmatch(seg)) \
                and not _NAMED_BARE_PRICE_RE.match(seg):
            # an e-mail pasted in: beside '源码及实施：27万元' a date, a time or a phone number is no amount; the cell's
            # own first figure under a header that gives its unit ('报价（万元）' | '19.5\n批注：…另加3.5万元') is
            continue
        if len(segs) > 1 and _OUTSIDE_PRICE_RE.search(seg) and plain:
            continue  # '…另加2.4万元（含税），未含在22.6万内': the price named again, saying what is outside it, no second item
        if _QUESTION_SEG_RE.search(seg) or (len(segs) > 1 and _ORAL_RE.search(seg)):
            continue  # a comment thread's question ('@王敏 218000是否含税？请确认') states no amount, and a discount only
            # said beside the written price ('刘总口头表示签约时可再优惠到18万，未给书面材料') is none
        seg_wo = re.sub(r"[(（][^)）]*(?:原价|标准价|市场价|list price|original)[^)）]*[)）]", " ", seg)
        if len(segs) > 1 and _PERIOD_FIGURE_RE.search(seg_wo) and not MONEY_AMOUNT_RE.search(seg_wo.lower()):
            continue  # '…降为14.6万，免费维护期相应调整为6个月': a period said beside the price is no amount
        v, w = _money_of(seg_wo, unit)
        if v is not None and any(v == pv for _s, pv in plain) and _RESTATED_SEG_RE.match(seg):
            continue  # '218000' then the reply '218000是不含税价': the same amount said again, what it is said with kept
        if v is None:
            if w and w != "warn.not_money":
                warn_out = warn_out or w
            elif _FREE_RE.search(seg) and not re.search(r"\d", seg):
                plain.append((seg, 0.0))  # '免费（开源版），部署另收1.5万': the free part costs nothing, the rest is added
            continue
        if w == "warn.range_upper" or w == "warn.assumed_wan":
            warn_out = warn_out or w
        if _TOTAL_SEG_RE.search(seg):
            total = v
        elif _DISCOUNT_SEG_RE.search(seg):
            discount = v
        elif (len(segs) > 1 or _RELATIVE_CUT_RE.search(seg)) and _REDUCTION_SEG_RE.search(seg):
            taken_off += abs(v)
            relative = relative or bool(_RELATIVE_CUT_RE.search(seg))
        else:
            plain.append((seg, v))
    if len(plain) > 1 and sum(1 for sg, _v in plain if _EDITION_RE.search(sg)) >= 2:
        plain = plain[:1]  # '基础版19.8万；高级版26.8万': the base offer is the first edition
    once = [p for p in plain if not _YEARLY_SEG_RE.search(p[0])]
    if len(plain) > 1 and once and len(once) < len(plain):
        plain = once  # 'Subscription 96,000/yr; Buy-out 276,000': a yearly amount is no part of a purchase price
    if len(plain) > 2 and total is None and discount is None:  # 'RMB 296k (licence 228k + implementation 48k +
        first, rest = plain[0][1], sum(v for _s, v in plain[1:])  # training 20k)': an amount, then its breakdown
        last, before = plain[-1][1], sum(v for _s, v in plain[:-1])
        middle = sum(v for _s, v in plain[1:-1])
        if abs(first - rest) <= 1 or breakdown:  # the amount quoted stands; a breakdown that differs is warned of
            total, plain = first, plain[1:]
        elif abs(last - before) <= 1:  # 'licence 228k + implementation 48k + training 20k = 296k'
            total, plain = last, plain[:-1]
        elif len(plain) > 3 and abs(first - last) <= 1 and abs(middle - first) <= 1:
            total, plain = first, plain[1:-1]  # '248000；源码授权18.6万＋实施部署4.2万＋培训2万＝24.8万': said, then summed
    if len(plain) > 1:
        items = plain
    base = discount if discount is not None else total if total is not None else (
        sum(v for _s, v in plain) if plain else None)
    if taken_off and discount is None and base is None and listed_at is not None and taken_off < 0.5 * listed_at:
        base = round(listed_at - taken_off, 2)  # '原价15.8万元，优惠1万元': the list price less the cut
    elif taken_off and discount is None and base is None and relative:
        return _r(None, "unknown", warn_out, options=tuple(options), tax=tax)  # '在首轮报价基础上再降1万元': from a price not here
    elif taken_off and discount is None and (base is None or taken_off >= 0.5 * base):
        base = taken_off  # '原价30万，限时优惠26万', '报价30万，优惠26万': the amount after '优惠' is the price offered
    elif taken_off and discount is None and base is not None:
        base = round(base - taken_off, 2)
    if base is None:
        if options:
            return _r(None, "unknown", warn_out, options=tuple(options), tax=tax)
        v, w = parse.parse_money(s_nt, unit)
        return _r(_with_vat(v, tax), warning=w or warn_out, tax=tax, pretax=v)
    if total is not None and plain and discount is None and options and all(o[2] for o in options) \
            and abs(sum(v for _s, v in plain) + sum(o[2] for o in options) - total) <= 1:
        # '19.8万；订单跟踪模块另加3万，合计22.8万': the total holds the option — added, at nothing more
        options = [(lbl, fid, 0.0) for lbl, fid, _c in options]
    if total is not None and plain and discount is None and len(plain) > 1:
        if abs(sum(v for _s, v in plain) - total) > 1:
            warn_out = warn_out or "warn.items_total_mismatch"
    status = "conditional" if options else "stated"
    if base == 0 and _FREE_RE.search(s_nt) and (_CONDITION_RE.search(s_nt) or _FREE_BUT_RE.search(s_nt)):
        status = "conditional"  # '0（开源版免费，商用授权另谈）': free only as the open-source edition
    return Reading(_with_vat(base, tax), status, warn_out, items=tuple(items), total=total, options=tuple(options),
                   tax=tax, pretax=base)


# options spoken of in general ('Optional modules are quoted…', '选配模块'): no option named
_GENERIC_OPTION_RE = re.compile(r"(?:the\s+|all\s+|any\s+)?(?:modules?|items?|options?|features?|add-?ons?)"
                                r"(?:\s+(?:are|is|will be)\b.*)?|(?:选配|可选)?(?:模块|功能|项目?)", re.I)
# a service charged on top ('部署另收1.5万', '实施费另计3万'): part of what the buyer pays, never an optional module
_SERVICE_CHARGE_RE = re.compile(r"(?:部署|实施|安装|上线|培训|部署实施|实施部署)费?\s*(?:另收|另计|另加|加收|另付|需另付)|"
                                r"(?:另收|另计|另加|加收)\s*(?:部署|实施|安装|培训)费?")
# both marks, the exclusive one inside a bracket that breaks the price down ('incl. 6% VAT (… = 300,000 excl. VAT)')
_BREAKDOWN_EXCL_RE = re.compile(r"[(（][^)）]*(?:excl|不含税|未税)[^)）]*[)）]", re.I)
_AMOUNT_SENTENCE_END_RE = re.compile(r"(?<=\d)\.\s+(?=[a-z\u4e00-\u9fff])")
_VERSION_RE = re.compile(r"(?<![a-z0-9])v\s?\d+(?:\.\d+)*(?![\d.]*\s*(?:万|元|w|k|千))")
_MONTH_DAY_RE = re.compile(r"(?<![\d.])(?:1[0-2]|0?[1-9])[-/](?:3[01]|[12]\d|0?[1-9])(?![\d.])(?=\s*[\u4e00-\u9fff])"
                           r"(?!\s*(?:万|元|千|百|亿))")
_QUESTION_SEG_RE = re.compile(r"[?？]|是否|(?<![a-z])(?:please confirm|is it|does it)(?![a-z])", re.I)
_RESTATED_SEG_RE = re.compile(r"\s*(?:[^\d\n]{0,16}[:：])?\s*[¥￥]?\s*[\d,]+(?:\.\d+)?\s*(?:万元|万|元)?\s*(?:是|为|系|就是|指的是|"
                              r"is|was)", re.I)
_NUMBERING_RE = re.compile(r"^\s*(?:\d{1,2}[.)、](?!\d)|[(（]\d{1,2}[)）])\s*")  # '1. 源码授权费 22万元


def _with_vat(amount: float | None, tax: str | None) -> float | None:
    if amount is None or tax != "excl":
        return amount
    return round(amount * (1 + schema.DEFAULT_VAT_RATE), 2)


def _feature_in(text: str) -> str | None:
    for tok in parse.split_list(text) or [text]:
        f = parse.match_feature(tok)
        if f:
            return f
    return parse.match_feature(text)


# ------------------------------------------------------------------------------------------------
# Features
# ------------------------------------------------------------------------------------------------
_FEATURE_OPTION_RE = re.compile(r"另报|不含在.{0,6}报价|(?:不再|不|未)包含在.{0,6}(?:报价|总价)|另行采购|另行购买|未含在.{0,6}(?:报价|总价)|未计入.{0,6}(?:报价|总价)|不在.{0,10}报价内|报价外|另行报价|选配|可选|另计|另购|需另购|另加|加购|另收费|"
                                r"单独收费|单独购买|额外收费|需付费|增值|"
                                r"(?<![a-z])(?:optional|add-?on|extra|paid)(?![a-z])|[+＋]\s*(?:[¥￥$]|cny|rmb)?\s*\d")
_FEATURE_ABSENT_RE = re.compile(r"[(（]\s*[二三]期\s*[)）]|[:：]\s*[二三]期\s*$|(?<![a-z])(?:phase|stage)\s*(?:2|ii|two)(?![a-z])|"
                                r"(?<![a-z])(?:later phase|future (?:phase|release)|next phase|roadmap)(?![a-z])|(?:暂|尚|还)?未开发|没有开发|需(?:要)?(?:进行)?(?:[二三]期)?(?:二次|定制|另行|单独)开发|定制开发(?:另行报价|另计|另收费)|(?:自己|自行)(?:开发|对接|实现|搭建|接入|接)|由(?:客户|甲方|贵司|买方)(?:开发|对接|实现|搭建)|规划中|计划中|计划支持|计划开发|计划上线|开发中|下一版|下个版本|后续版本|后续支持|后续上线|即将上线|"
                                r"即将支持|暂不|暂无|不支持|不含|不包含|不提供|本期(?:合同|项目)?不(?:交付|上线|实施|建设)|[:：]\s*无(?:$|(?=\s*[(（]))|[(（]无[)）]|(?:可|需)[二三]期定制|"
                                r"[二三]期(?:定制)?(?:开发|交付|上线|建设|实现)|[二三]期再(?:做|开发|上|加)|"
                                r"(?:这个|这块|这项|这一块)(?:我们|我司|咱们)?(?:暂时|目前|现在|还)?没有|(?:列入|放入|放在|放到|纳入|归入|排在|排到|排入|安排在?)(?:第)?[二三]期|不在本(?:次|期|合同|项目)?(?:交付|采购|建设|实施)?范围|"
                                r"后期.{0,4}(?:再加|再上|加上|增加|开发|上线|采购|考虑)|(?:没|未)有?(?:放进|放入|包含|含在|列入)|"
                                r"不在报价[里内中]|用不上|(?<![a-z])(?:n/a|not available)(?![a-z])|需(?:要)?[^，,；;。]{0,6}(?:手工|手动|人工)(?:登记|录入|处理|维护|记录)|(?:^|(?<=[，,；;。\s])|(?<=表示)|(?<=称)|(?<=说))(?:目前|暂时|现在|当前|尚|还|也)?没有(?!限制|上限)|"
                                r"(?<![a-z])(?:planned|roadmap|coming soon|not (?:included|supported|available|offered|provided)|phase\s*(?:2|two|ii)|"
                                r"custom(?:i[sz]ed)? development[^;.]{0,12}(?:quoted separately|separately quoted|to be quoted)|"
                                r"not in (?:this|the current) (?:phase|delivery|scope)|out of scope|"
                                r"n/a)(?![a-z])")


_SUPPLEMENT_RE = re.compile(r"补充协议|另签|另行签订|另行采购|单独采购|如需|如甲方需要|如需要|需要时|选配|另计|另购|加购|"
                            r"(?<![a-z])(?:supplementary|if required|optional)(?![a-z])")
_OUTSIDE_PRICE_RE = re.compile(r"不含在.{0,6}报价|未含在.{0,6}(?:报价|总价)|(?:未|不)(?:包?含|计)在\s*[\d.,]+\s*(?:万元|万|元|w)?\s*(?:之)?内|未计入.{0,6}(?:报价|总价)|不在.{0,4}报价内|报价外|另行报价|"
                               r"not in (?:the|this) (?:price|quote)|(?:not|never) (?:included|counted) in (?:the|this) "
                               r"(?:total|price|quote|quotation|bafo|offer)|excluded from (?:the|this) (?:total|price|quote)|"
                               r"outside (?:the|this) (?:total|price|quote)")
_NOT_IN_PACKAGE_RE = re.compile(r"(?:该模块)?(?:不在|未含在|不含在|不包含在)(?:标准|基础)?(?:包|版|套餐|版本|报价)(?:内|中|里)")
_OPTION_COST_RE = re.compile(r"\s*(?:另加|加|另收|另付|需另付|另计|另收费|加价|加购价|加购费|选配价|\+|＋|需加|费用)?\s*([¥￥]?\s*\d[\d,]*(?:\.\d+)?\s*(?:[(（]\s*)?(?:千元|万元|万|w|k|千|元)|"
                             r"(?:cny|rmb|[¥￥])\s*\d[\d,]*(?:\.\d+)?)(?:\s*(?:incl|excl)\.?\s*(?:vat|tax))?"
                             r"\s*(?:[(（][^)）]*[)）]?)?\s*")


# runs end at ；。 and at an English sentence's full stop (not 'incl. VAT', 'Co. Ltd')
_RUN_SPLIT_RE = re.compile(r"[；;。\n]|[，,]\s*(?=只有|仅有|另有|还有|但有|但是有)|(?<![Ii]ncl)(?<![Ee]xcl)(?<!approx)(?<![Nn]o)(?<!etc)(?<![Ll]td)(?<![Cc]o)(?<!e\.g)"
                           r"(?<!i\.e)(?<!vs)\.\s+(?=[A-Z])")


_RUN_NEGATED_RE = re.compile(r"\s*(?:不含|不包含|不包括|不提供|没有|暂无|未含)|\s*(?:excluding|without|no)\s", re.I)


# a module named as absent, the word before it ('无分期计算器', 'No instalment calculator'); not 无纸化, 无感, 无人
# a module taken out of the package, then what it becomes ('移出标准包，改为选配'): one statement about the module
_MOVED_OUT_RE = re.compile(r"(?:移出|调出|拿出|剔除出?)(?:标准包|基础包|标准版|基础版|报价|本次报价)?\s*[，,]\s*(?=改为|调整为|转为|作为|列为)")
# a module put off to a later phase or out of this one: said after a list that named it, it leaves the list
_DEFERRED_RE = re.compile(r"[二三]期|本期(?:合同|项目)?不(?:交付|上线|实施|建设)|不在本(?:次|期|合同|项目)?(?:交付|采购|建设|实施)?范围|"
                          r"(?<![a-z])(?:phase\s*(?:2|ii|two)|later phase|next phase)(?![a-z])")
# a bracket naming a part the module comes without ('（不含物流回传）'): the module is there ('（不含）' alone says it is not)
_PART_LEFT_OUT_RE = re.compile(r"\s*(?:但|仅)?(?:不含|不包含|不包括)(?!税)\s*[^\s，,；;]{2,}")
_LEAD_ABSENT_RE = re.compile(r"\s*(?:无(?![纸感人线限])|并无|(?<![a-z])(?:no|without)\s+(?!\d))")


def _feature_tokens(protected: str) -> list[tuple[str, bool]]:
    """The list's tokens, each with whether its run ('A、B、C' up to ；。) ends in words saying none of it is there
    ('积分商城、社交分享后期需要再加', '订单跟踪、分期计算暂不支持')."""
    out: list[tuple[str, bool]] = []
    for clause in _RUN_SPLIT_RE.split(protected):
        toks = parse.split_list(clause)
        tail = re.split(r"[(（]", toks[-1])[0] if toks else ""  # a bracket speaks of its own module only
        # '营销插件您前期用不上，就没放进来': a last piece naming no module says it of those before it
        outside = len(toks) > 1 and "、" in clause and bool(_OUTSIDE_PRICE_RE.search(norm(tail)))
        run = len(toks) > 1 and bool(_FEATURE_ABSENT_RE.search(norm(tail))) and not _TAX_EXCL_RE.search(norm(tail)) \
            and not _OUTSIDE_PRICE_RE.search(norm(tail)) \
            and ("、" in clause or parse.match_feature(tail) is None)
        # '不含个人征信查询、风控模型': the words before the run say it of all of it
        run = run or (len(toks) > 1 and "、" in clause and bool(_RUN_NEGATED_RE.match(clause)))
        # '…、用户管理，银行流水分析列入二期开发，届时另行报价': the tail goes on about the module that said its own words,
        # not about the whole run before it
        own = next((j for j in range(len(toks) - 2, 0, -1) if parse.match_feature(toks[j]) is not None
                    and (_FEATURE_ABSENT_RE.search(norm(toks[j])) or _FEATURE_OPTION_RE.search(norm(toks[j])))), None)
        if (outside or run) and own is not None and "、" in clause:
            out += [(t, False) for t in toks]  # each read by its own words ('列入二期开发': not in this quote)
            continue
        out += [(t, "option" if outside else run) for t in toks]  # '风控模型、反欺诈未含在报价内': all of it at extra cost
    return out


# the attachment a contract's list is in, named before the list itself ('附件一《交付清单》：商品管理、…'): no pointer elsewhere
_ATTACHMENT_HEAD_RE = re.compile(r"^\s*(?:附件|附表)\s*[一二三四五六七八九十\d]*\s*(?:《[^》]{1,20}》)?\s*[:：]\s*(?=\S)|"
                                 r"^\s*《[^》]{1,20}(?:清单|列表|目录)》\s*[:：]\s*(?=\S)")


def read_features(cell: Any) -> Reading:
    if is_number(cell) or isinstance(cell, bool) or cell is None:
        return UNKNOWN
    raw = parse.to_simplified(unicodedata.normalize("NFKC", parse._safe_str(cell)).strip())
    if (boxes := ticked(raw)) is not None:  # '■商品管理　■分期计算器　□订单跟踪（二期）': the modules ticked
        if not boxes:
            return UNKNOWN
        raw = boxes
    elif raw.count("■") >= 2:  # '■商品管理　■分期计算器　■订单跟踪': every box ticked, each a module
        raw = re.sub(r"\s*■\s*", "、", raw).strip("、")
    if raw[:1] in "附《" and (m := _ATTACHMENT_HEAD_RE.match(raw)):
        raw = raw[m.end():]
    if "–" in raw or "—" in raw:  # '用户管理 – no risk model (manual review)': a spaced dash starts another run
        # … but 'bank statement analysis — Optional (+CNY 40,000)' says how the module before it is offered
        raw = re.sub(r"\s+[–—]{1,2}\s+(?=(?:optional|选配|可选|add-?on)\b)", " ", raw, flags=re.I)
        raw = re.sub(r"\s+[–—]{1,2}\s+", "；", raw)
    if "/" in raw:  # 'order tracking N/A': not available, and no list separator
        raw = re.sub(r"(?i)(?<![a-z])n/a(?![a-z])", "不提供", raw)
    if "不在" in raw and _NOT_IN_PACKAGE_RE.search(raw):  # '订单跟踪：该模块不在标准包内，如需使用可加购，加购价2.6万元': bought on
        raw = "\n".join(_NOT_IN_PACKAGE_RE.sub("" if re.search(r"选配|可选", line) else "选配" if re.search(
            r"加购|另加|另购|价|[万元]", line) else "无", line) for line in raw.split("\n"))  # top at its price; with no offer, not there
    if "出" in raw:  # '订单跟踪模块移出标准包，改为选配（3.5万元）': the module the option is, said over the comma
        raw = _MOVED_OUT_RE.sub("", raw)
    s = norm(raw)
    if parse.is_blank(s) or s in parse._UNKNOWN_SET or (_is_reference(s) and len(s) <= 40):
        return UNKNOWN
    # A feature's parenthesis stays with it: '风控模型（选配，+3万）' is one token.
    protected = re.sub(r"[(（][^()（）]*[)）]", lambda m: m.group().replace("，", "\x00").replace(",", "\x01")
                       .replace("、", "\x02").replace("/", "\x03").replace("+", "\x04").replace(")", "\x05")
                       .replace("）", "\x06"), raw)  # its closing bracket too: '(phase 2)' is no list numbering
    found: list[str] = []
    unknown: list[str] = []
    unsure: list[str] = []
    options: list[tuple[str, str | None, float | None]] = []
    toks = _feature_tokens(protected)
    skip_to = 0
    for k, (tok, run_absent) in enumerate(toks):
        if k < skip_to:
            continue  # the words of an option read with its module
        tok = tok.replace("\x00", "，").replace("\x01", ",").replace("\x02", "、").replace("\x03", "/").replace("\x04", "+") \
            .replace("\x05", ")").replace("\x06", "）")
        if run_absent == "option":
            fid_ = parse.match_feature(re.sub(r"[(（][^()（）]*[)）]", "", tok).strip() or tok) or parse.match_feature(tok)
            if fid_ is not None:
                options.append((re.sub(r"[(（][^()（）]*[)）]", "", tok).strip() or tok, fid_, None))
            continue
        if run_absent:
            continue  # '积分商城、社交分享后期需要再加': the whole run waits for later
        if options and options[-1][2] is None and (cost_m := _OPTION_COST_RE.fullmatch(
                re.sub(r"^\s*(?:选配|可选|需要的话|要的话|如需要?|如有需要|需)?[，,]?\s*", "", norm(tok)))):
            # '电子合同模块为选配，另加30,000元', '另加20（千元，未税）': the option's price is the next piece
            label_, fid_, _c = options[-1]
            if _TAX_EXCL_RE.search(norm(tok)) and not _TAX_EXCL_RE.search(label_):
                label_ += "（不含税）"  # '…，另加2.2万元（不含税）': the option's price before VAT
            elif _TAX_INCL_RE.search(norm(tok)) and not _TAX_INCL_RE.search(label_):
                label_ += "（含税）"  # '…另加1.5W（含税）': its VAT in it
            options[-1] = (label_, fid_, parse.parse_money(cost_m.group(1))[0])
            continue
        t = norm(tok)
        name = re.sub(r"[(（][^()（）]*[)）]", "", tok).strip() or tok
        if name.count("(") + name.count("（") > name.count(")") + name.count("）"):  # '风控模型（选配，+3万元（不含税））':
            name = re.split(r"[(（]", name, maxsplit=1)[0].strip() or name  # the module's name, not half its bracket
        fid = parse.match_feature(name) or parse.match_feature(tok)
        if fid is None:
            unknown.append(tok)
            continue
        own = t
        inner = re.search(r"[(（]([^()（）]*)[)）]", tok)
        if inner is not None and (other := parse.match_feature(re.split(r"[，,；;]", inner.group(1))[0].strip())) \
                and other != fid:  # '用户管理（银行流水分析二期开发，不在本次交付范围）': the bracket speaks of another module
            own = norm(tok[:inner.start()] + tok[inner.end():])
        if _IF_NEEDED_RE.match(own) and not _FEATURE_OPTION_RE.search(own):
            # '如需电子合同，另加3万元': an option, its price the next piece; '如需电子签约，须由贵司另行采购第三方平台': none
            nxt = norm(toks[k + 1][0]) if k + 1 < len(toks) else ""
            if _THIRD_PARTY_RE.search(nxt) or _FEATURE_ABSENT_RE.search(nxt):
                skip_to = k + 2
            elif _FEATURE_OPTION_RE.search(nxt) or _OPTION_COST_RE.fullmatch(re.sub(r"^\s*(?:选配|可选|需)?[，,]?\s*", "", nxt)):
                options.append((name, fid, None))
            else:
                unsure.append(fid)  # 'if you need it' and nothing more: neither in the quote nor offered — ask
            continue
        if inner is not None and own == t and _PART_LEFT_OUT_RE.match(inner.group(1)):
            own = norm(tok[:inner.start()] + tok[inner.end():])  # '订单跟踪（不含物流回传）': the module, less a part of it
        if _LEAD_ABSENT_RE.match(own) or _MUST_BUILD_RE.search(own) or _THIRD_PARTY_RE.search(own) or (
                _FEATURE_ABSENT_RE.search(_TAX_EXCL_RE.sub(" ", own)) and not _OUTSIDE_PRICE_RE.search(own)):
            later = [norm(t_) for t_, _r in toks[k + 1:k + 4]]
            if later and any(_SUPPLEMENT_RE.search(t_) for t_ in later) and not any(parse.match_feature(t_) for t_ in later):
                # '风控模型模块不在本合同范围内，如甲方需要，另签补充协议，价款32,000元（不含税）': an option at its price
                cost = next((v for t_ in later if (mm := _MONEY_AMOUNT_RE.search(t_)) and (v := _money_of(t_, None)[0])), None)
                options.append((re.sub(r"[(（][^()（）]*[)）]", "", tok).strip()[:20] or tok, fid, cost))
                skip_to = k + 1 + len(later)
                continue
            nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
            if re.search(r"[:：]\s*(?:标准版|基础版|基础包|标配)?\s*(?:不含|不包含|未含)$", t) and _FEATURE_OPTION_RE.search(norm(nxt)) \
                    and parse.match_feature(nxt) is None:  # '风控模型：标准版不含，选配另加2.6万元': not in the base, an option
                options.append((re.split(r"[:：]", name)[0], fid, None))
            if fid in found and _DEFERRED_RE.search(own):  # '…、订单跟踪、…；订单跟踪模块调整为二期开发，本期不交付': a later
                found.remove(fid)  # word on a module the list named takes it out of this phase
            continue  # '规划中', '不支持' (not '不含税': a tax mark is no absence)
        if _is_reference(t) or _POINTS_ELSEWHERE_RE.search(t):  # '银行流水分析：详见产品白皮书': neither there nor absent
            unsure.append(fid)
            continue
        if inner is not None and own != t and _FEATURE_ABSENT_RE.search(norm(inner.group(1))):
            # '用户管理（银行流水分析列入二期，另行报价）': the module is there; the one in the bracket waits for a later phase
            if fid not in found:
                found.append(fid)
            continue
        if _FEATURE_OPTION_RE.search(t) and (inner := _option_inside(tok, fid)) is not None:
            # '用户管理（流水分析选配）': the module is included; the one its bracket names is the option
            if fid not in found:
                found.append(fid)
            tok, fid = inner
            t = norm(tok)
            name = re.sub(r"[(（][^()（）]*[)）]", "", tok).strip() or tok
        if _FEATURE_OPTION_RE.search(t) and not _AT_NO_CHARGE_RE.search(t):  # 'at no extra charge' is included
            cost = None
            m = re.search(r"(?:[+＋]|另加|另报|加购|另计|选配|optional|add-?on|extra)[^\d¥￥$]{0,6}([¥￥$]?\s*(?:\d{1,3}(?: \d{3})+(?!\d)|"
                          r"\d[\d,]*(?:\.\d+)?)\s*"
                          r"(?:万元|万|w|k|千元|元)?)", _POINTER_RE.sub(" ", t))
            if m is None:  # 'an optional module at CNY 32,000 excl. VAT': the price the option is offered at
                m = re.search(r"(?:optional|add-?on|extra)\b[^;；。\d]{0,20}?\b(?:at|for|@)\s*((?:cny|rmb|[¥￥$])\s*\d[\d,]*(?:\.\d+)?"
                              r"\s*(?:k)?)", _POINTER_RE.sub(" ", t))
            if m:
                cost = parse.parse_money(m.group(1))[0]
            excl = cost is not None and _TAX_EXCL_RE.search(t) and not _TAX_EXCL_RE.search(name)
            options.append((name + "（不含税）" if excl else name, fid, cost))  # '（选配，另加2.2万元，不含税）': before VAT
            continue
        if fid not in found:
            found.append(fid)
    if not found and not options:
        talky = sum(1 for u in unknown if any(_talks_about(g, norm(u)) for g in _FIELD_WORDS))
        if len(unknown) >= 3 and talky * 2 < len(unknown):
            return Reading((), "stated", "warn.no_features_recognised", unknown_features=tuple(unknown))
        if unknown:  # '功能齐全，100+功能模块', an after-sales text: no list to read
            return Reading(None, "unknown", "warn.no_features_recognised", unknown_features=tuple(unknown))
        return UNKNOWN
    if options:  # '…instalment calculator, order tracking…' then 'save that the instalment calculator is an add-on':
        optional = {o[1] for o in options}  # a module also named as an option is the option
        found = [f for f in found if f not in optional]
    status = "conditional" if options else "stated"
    return Reading(tuple(found), status, None, options=tuple(options), unknown_features=tuple(unknown),
                   unsure=tuple(f for f in unsure if f not in found))


def _option_inside(tok: str, fid: str) -> tuple[str, str] | None:
    """(the bracket's text, its feature) when only a bracket of `tok` marks an option and names another module."""
    inner = re.search(r"[(（]([^()（）]*)(?:[)）]|$)", tok)  # the list's split may have taken the closing bracket
    if inner is None or _FEATURE_OPTION_RE.search(norm(tok[:inner.start()] + tok[inner.end():])) \
            or re.match(r"\s*(?:含|包含|包括|内含|incl|including|with)", inner.group(1), re.I):
        return None  # '风控模型（含反欺诈，选配）': the bracket says what the module holds; the module is the option
    other = parse.match_feature(_FEATURE_OPTION_RE.sub(" ", norm(inner.group(1))).strip(" ,，;；"))
    return (inner.group(1), other) if other is not None and other != fid else None


def read_options(cell: Any, unit: float | None = None) -> Reading:
    """A cell listing extras only ('Installment calculator (+CNY 30,000); Points mall (+CNY 20,000)', 'Risk model /
    scorecards (+CNY 30,000)'): every module in it is an option, with the price written beside it."""
    if not isinstance(cell, str) or parse.is_blank(norm(cell)):
        return UNKNOWN
    text = unicodedata.normalize("NFKC", cell)
    options = []
    toks = re.split(r"[;；\n、]|(?<!\d),(?!\d{3})|，", text)
    for k, tok in enumerate(toks):
        tok = tok.strip()
        if not tok:
            continue
        if k + 1 < len(toks) and _FEATURE_ABSENT_RE.search(norm(f"{tok}, {toks[k + 1].strip()}")) \
                and not _FEATURE_ABSENT_RE.search(norm(toks[k + 1])):
            tok = f"{tok}, {toks[k + 1].strip()}"  # 'custom development, quoted separately': one thing said over a comma
        name = re.sub(r"[(（][^()（）]*[)）]", "", tok).strip()
        fid = next((f for part in re.split(r"[/|]", name) if (f := parse.match_feature(part))), None) \
            or parse.match_feature(tok)
        if fid is None and options and options[-1][2] is None and (m := _AMOUNT_WITH_UNIT_RE.search(norm(tok))):
            options[-1] = (options[-1][0], options[-1][1], _money_of(m.group(), unit)[0])  # '…增值模块，另收2.2万元'
            continue
        if fid is None or _FEATURE_ABSENT_RE.search(_TAX_EXCL_RE.sub(" ", norm(tok))):
            continue  # 'Bank statement analysis not offered': no option at all
        m = re.search(r"[¥￥$]?\s*(?:cny|rmb)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|万|w|k|千元|元)?", norm(tok))
        cost = None
        if m and re.search(r"\d", m.group()):
            cost = _money_of(m.group(), unit)[0]
        elif (words := _CAPITAL_AMOUNT_RE.search(tok)) is not None:  # '另加人民币叁万元整': an amount in 大写
            cost = parse.parse_money(words.group())[0]
        same = next((k for k, o in enumerate(options) if o[1] == fid), None)
        if same is not None:  # '订单跟踪\n订单跟踪为增值模块，另收2.2万元': one module named twice
            if options[same][2] is None:
                options[same] = (options[same][0], fid, cost)
            continue
        options.append((name or tok, fid, cost))
    if not options:
        return UNKNOWN
    return Reading((), "conditional", options=tuple(options))


# an amount written in Chinese numerals, as finance rules want ('人民币叁万元整', '两万五千元')
_CAPITAL_AMOUNT_RE = re.compile(r"(?:人民币)?[零〇壹贰叁肆伍陆柒捌玖拾佰仟一二三四五六七八九十百千两]+万?[零〇壹贰叁肆伍陆柒捌玖拾佰仟一二三四五六七八九十百千两]*(?:万元|元)整?")


_OFFER_CLAUSE_RE = re.compile(r"[；;。\n]+|(?<=[a-z0-9])(?<![Ii]ncl)(?<![Ee]xcl)(?<!approx)(?<![Nn]o)(?<!etc)(?<![Ll]td)(?<![Cc]o)"
                              r"\.\s+(?=[A-Z])")  # an English sentence's full stop too (not 'excl. VAT', 'Co. Ltd')
_AMOUNT_WITH_UNIT_RE = re.compile(r"[¥￥$]?\s*(?:cny|rmb)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|万|千元|元|w|k)(?![a-z])|"
                                  r"(?:[¥￥$]|(?<![a-z])(?:cny|rmb))\s*\d[\d,]*(?:\.\d+)?")


# given away, or also in the price ('另含用户管理、风控审批': included, at no extra cost)
_GIFT_RE = re.compile(r"(?:免费)?(?:赠送|附赠|另赠|加送|另送|还送|再送|附送|搭售|捆绑赠送|(?:(?<=^)|(?<=[；;，,。\s]))送(?=[\u4e00-\u9fff]))|(?<![不未无没])(?:另|还|另外|同时|此外)(?:包?含|包括)|"
                      r"(?<![a-z])(?:complimentary|free bonus|as a gift|bundled free|included free|also includes?|"
                      r"additionally includes?)(?![a-z])",
                      re.I)


def gifted_features(text: str) -> tuple[str, ...]:
    """Modules a clause gives away with the quote ('赠送智能客服机器人和区块链存证模块') or also includes ('另含用户管理、
    还款管理'): included at no extra cost."""
    out: list[str] = []
    for clause in _OFFER_CLAUSE_RE.split(unicodedata.normalize("NFKC", text)):
        m = _GIFT_RE.search(clause)
        if m is None:
            continue
        rest = re.sub(r"(?:和|及|与|以及|并|and)", "、", clause[m.end():])
        r = read_features(rest)
        if not r.value and m.start() > 0:  # '区块链存证 + AI客服 included free': the modules before the words
            r = read_features(re.sub(r"\s*(?:[+＋&]|和|及|与|and)\s*", "、", clause[:m.start()]))
        out += [f for f in r.value or () if f not in out]
    return tuple(out)


def offered_options(text: str) -> tuple[tuple[str, str, float | None], ...]:
    """Modules a note offers at extra cost, each with the price its clause states ('订单跟踪模块可单独加购，价格2.2万元
    （含税）', '如需电子合同，另加3万元'): (words, feature, cost or None). A clause naming no module, or saying one is
    absent, offers nothing."""
    out = []
    for clause in _OFFER_CLAUSE_RE.split(unicodedata.normalize("NFKC", text)):
        low = norm(clause)
        priced = _AMOUNT_WITH_UNIT_RE.search(low)
        # '电子合同模块不在本次报价范围内，如需要另计2.5万元' is an offer at its price; absent and unpriced, no offer
        if not _FEATURE_OPTION_RE.search(low) or (not priced and _FEATURE_ABSENT_RE.search(_FEATURE_OPTION_RE.sub(" ", low))):
            continue
        head, _sep, _rest = clause.partition("，") if "，" in clause else clause.partition(",")
        before = re.split(r"[:：]", head, maxsplit=1)[0].strip() if re.search(r"[:：]", head) else ""
        head = re.sub(r"^.*?[:：]", "", head).strip()  # '5月15日书面回复：订单跟踪模块…'
        fid = parse.match_feature(head) or parse.match_feature(
            re.sub(r"[(（][^()（）]*[)）]|(?:为|是|属于)?(?:选配|可选|增值)(?:模块|功能|项)?$", "", head).strip()) or (
            parse.match_feature(re.sub(r"(?<![a-z])not in (?:the )?(?:base )?(?:price|quote)\w*|[(（][^()（）]*[)）]|"
                                       r"(?<![a-z])(?:is |are )?(?:optional|an? add-?on|extra)(?![a-z])", "", before,
                                       flags=re.I).strip())
            if before else None)  # '电子合同 not in base price: optional module +¥26,000': the module before the colon
        if fid is None:  # '风控模型（评分卡＋规则引擎）为选配模块': the module before its bracket and 'is optional'
            continue
        cost = _money_of(priced.group(), None)[0] if priced else None
        out.append((clause.strip(), fid, cost))
    return tuple(out)


@lru_cache(maxsize=16384, typed=True)
def _feature_cell_cached(cell: Any) -> Reading:
    return _read_feature_cell(cell)


_IF_NEEDED_RE = re.compile(r"\s*(?:如需|如需要|如要|若需|若需要|如果需要|如客户需要|if (?:you |the buyer )?(?:need|require)s?)", re.I)
# a module the buyer is to buy from someone else ('须由贵司另行采购第三方电子合同平台'): not offered by this vendor, at any price
_THIRD_PARTY_RE = re.compile(r"第三方|(?:贵司|客户|甲方|采购方)?自行(?:采购|购买|购置)|另行向.{0,12}(?:采购|购买)|"
                             r"(?<![a-z])third[- ]party(?![a-z])", re.I)


# a module still to be developed for the buyer ('需二次开发', '需定制开发'): not in the system quoted
_MUST_BUILD_RE = re.compile(r"需(?:要)?(?:进行)?(?:[二三]期)?(?:二次|定制|另行|单独)开发|(?:列入|放入|放在|纳入|归入)(?:第)?[二三]期|"
                            r"[二三]期(?:开发|交付|上线|建设|实现)")  # or a later phase's ('列入二期开发，另行报价')


def read_feature_cell(cell: Any) -> Reading:
    """A column or row for one feature ('风控模型': 是 / 选配 / 内置规则引擎): present, an option, or absent."""
    try:
        return _feature_cell_cached(cell)
    except TypeError:
        return _read_feature_cell(cell)


_AT_NO_CHARGE_RE = re.compile(r"(?:at\s+)?no\s+(?:extra|additional)?\s*(?:charge|cost)|free of charge|免费赠送|赠送|不另收费|不额外收费")
_POINTER_RE = re.compile(r"(?:see|refer to|per|cf\.?)\s+(?:item|line|section|clause|no\.?|#)?\s*\d[\d.]*|"
                         r"(?:in|under|at)\s+(?:item|line|section|clause|para(?:graph)?)?\s*\d+(?:\.\d+)+(?![\d.]*\s*(?:万|元|k|w|%))|"
                         r"(?:item|line|section|clause)\s+\d[\d.]*|(?:见|详见|参见|参考)?第?\s*\d[\d.]*\s*(?:项|条|行|节)")


def _read_feature_cell(cell: Any) -> Reading:
    """A column or row for one feature ('风控模型': 是 / 选配 / 内置规则引擎): present, an option, or absent."""
    if isinstance(cell, str) and (box := ticked(cell)) is not None:  # '☐是　☑选配（另计）': the ticked option only
        cell = box
    b = parse._bool_cell(cell)
    if b is not None:
        return _r(b)
    if is_number(cell):
        return _r(None, warning="warn.not_yes_no")
    s = norm(cell)
    if parse.is_blank(s) or parse.is_unknown_word(s) or _is_reference(s):
        return UNKNOWN
    dev = _ANSWER_RE.match(s)  # '无偏离' / 'Non-compliant': a requirement's answer, not the words 无 / compliant
    if dev:
        answer, rest = _ANSWER_WORDS[dev.group(1)], s[dev.end():].strip(" ,，;；:：.-—()（）")
        if not (rest and (_FEATURE_OPTION_RE.search(rest) or _FEATURE_ABSENT_RE.search(rest))):
            return _r(answer == "meets") if answer != "partly" else _r(False, "conditional")
        s = rest  # 'Partially compliant - optional module, +CNY 38,000': an option, with its price
    if s in ("p", "部分", "部分满足", "部分符合", "部分具备"):  # a checklist's P (部分满足): not all there, as its remark says
        return _r(False, "conditional")
    if _FEATURE_ABSENT_RE.search(s) and not _FEATURE_OPTION_RE.search(s):
        return _r(False)
    if _MUST_BUILD_RE.search(s) and not _MONEY_AMOUNT_RE.search(s):
        return _r(False)  # '✘（分期计算器需二次开发，不在本次报价内）', '不含（列入二期开发，另行报价）': not in this quote
    if _FEATURE_OPTION_RE.search(s) or s in ("选配", "可选", "optional", "add-on", "addon"):
        # 'Optional - see item 1.5', '选配（见第3.2项）': a pointer to another line, no price
        m = re.search(r"[¥￥$]?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|万|w|k|千元|元)?", _POINTER_RE.sub(" ", s))
        cost = parse.parse_money(m.group())[0] if m else None
        return Reading(False, "conditional", options=(("", None, cost),))
    v = parse.yes_no(s)
    if v is not None:
        return _r(v)
    return _r(True)  # '内置规则引擎': a description of the feature is a yes


# ------------------------------------------------------------------------------------------------
# Entry points
# ------------------------------------------------------------------------------------------------
_YES_NO_READERS = {"mlps_level3": _read_mlps, "sm4_encryption": _read_sm4, "licensed_credit_bureau": _read_bureau,
                   "maintenance_includes_upgrades": _read_upgrades, "support_7x24": _read_support,
                   "lifetime_consulting": _read_lifetime, "commitments_in_contract": _read_contract}


_VERDICT_RE = re.compile(r"^\s*(?:✅|⚠️?|❌|❎|✔️|✖️|🟢|🟡|🟠|🔴|👍|👎|⭕)\s*", re.M)
_LINE_NUMBER_RE = re.compile(r"(?:^|(?<=[；;。]))[ \t]*\d{1,2}(?:[ \t]*[、)）]|[ \t]*[.．](?![\d.]))[ \t]*(?=\S)", re.M)
_ARROW_RE = re.compile(r"\s*(?:→|->|⇒|➝|➔|⟶|=>)\s*")
# a revision written out ('原：28.5万（含税）→现：26.8万（含税）'): the old words, the arrow and the 现 label go
# a quote's history in one cell: the original clause, then what it was changed to
_ORIGINAL_CLAUSE_RE = re.compile(r"(?:^|(?<=[；;。\n]))\s*原(?:报价|价格|总价|合同价)?\s*[:：]?\s*[¥￥]?\s*\d[^；;。\n]*[；;。\n]")
_REVISED_LATER_RE = re.compile(r"(?:改为|改成|降为|降至|下调为|下调至|上调为|调整为|调为|调至|更新为|修改为|修订为|变更为|"
                               r"让利至|优惠至)")
_REVISION_RE = re.compile(r"原\s*[:：][^→]*?(?:→|->|⇒|=>)\s*(?:现|改为|修订为|新)\s*[:：]?\s*")
_VERSION_ARROW_RE = re.compile(r"(?<![A-Za-z0-9])[Vv]\s?\d+(?:\.\d+)*\s*(?:→|->|⇒|➝|➔|⟶|=>)\s*[Vv]\s?\d+(?:\.\d+)*")
_CLAUSE_START = "：:，；;、\n（("


def latest_said(text: str) -> str:
    """What a correction arrow points to replaces what stood before it, back to its clause's start: '268,000 →
    245,000' is 245,000, '12个月 → 24个月' 24个月, '订单跟踪：选配2万 → 赠送（含在总价内）' is '订单跟踪：赠送（含在总价内）'
    (a comma between digits is no clause's end)."""
    done: list[str] = []  # what stands up to the last clause's start; `cur` the clause an arrow would correct
    cur, pos = "", 0
    for m in list(_ARROW_RE.finditer(text)) + [None]:
        piece = text[pos:m.start() if m is not None else len(text)]
        k = len(piece)
        while k > 0:  # the last clause start in the piece (a comma between digits is none): once over each piece
            ch = piece[k - 1]
            if ch in _CLAUSE_START or (ch == "," and not (k >= 2 and piece[k - 2].isdigit() and piece[k:k + 1].isdigit())):
                break
            k -= 1
        if k > 0:
            done += [cur, piece[:k]]
            cur = piece[k:]
        else:
            cur += piece
        if m is not None:
            cur, pos = "", m.end()  # the words before the arrow, back to their clause's start, are replaced
    return "".join(done) + cur


# What a colour legend (or a contact log's channel) says of a cell, marked after its words by core.ingest and
# core.mailbox ('〔仅口头表示尚无书面材料〕': yellow means oral only): the reading's standing, whatever the words say;
# the marks hold no colon or comma, so no line is split at them
LEGEND_MARKS = {"claimed": "〔仅口头表示尚无书面材料〕", "conditional": "〔需另外付费或附带条件〕", "unknown": "〔未答复〕"}
# a bare '满足' in a deviation table, written out from the requirement it answers: the requirement said back, a claim
MEETS_ONLY_MARK = "〔仅答“满足”，未写具体内容〕"
_MARK_STATUS = {**{v: k for k, v in LEGEND_MARKS.items()}, MEETS_ONLY_MARK: "claimed"}
_LEGEND_MARK_RE = re.compile("|".join(map(re.escape, _MARK_STATUS)))


def _spelled_out(text: str) -> str:
    """A purchasing clerk's shorthand spelled out: '12 mths FOC', 'SLA 1 hr', 'AMC RMB 28k p.a.', 'MLPS L3'."""
    return _ABBREV_RE.sub(lambda m: _ABBREVS.get(m.group(0), m.group(0)) if not m.group(1) else f"level {m.group(1)}",
                          text.lower())


# a bid document's page before its extract ('P12-15：企业征信…', '第18页：…'): where it is said, never an amount
_PAGE_REF_RE = re.compile(r"^\s*(?:[Pp]\.?\s*|第\s*)\d{1,4}(?:\s*[-–~至]\s*\d{1,4})?\s*页?\s*[:：]\s*(?=\S)")
_PAGE_POINTER_RE = re.compile(r"[(（]\s*见\s*(?:[Pp]\.?\s*|第\s*)\d{1,4}(?:\s*[-–~至]\s*\d{1,4})?\s*页?\s*[)）]")


# Shorthand typed with spaces between facts ('免费维护12个月 含bug和小版本升级 政策改动免费 7x24 2h响应'): the spaces are the
# commas. Never where a space only sets a number or a word apart ('免费维护 12 个月', '含 bug 修复', 'Level 3').
_SPACED_PUNCT_RE = re.compile(r"[，,；;。、\n]")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_FRAGMENT_RE = re.compile(r"\d+(?:\.\d+)?|个?月|小时|分钟|天|年|万元?|元|[a-z]+", re.I)
_SPEC_WORDS = frozenset(("https", "http", "ssl", "tls", "rbac", "sm2", "sm3", "sm4", "aes", "api", "saas", "sdk", "ssl/tls"))


def _spaced(text: str) -> str:
    if not _CJK_RE.search(text) or _SPACED_PUNCT_RE.search(text):
        return text
    toks = text.split()
    if len(toks) < 2 or any(t.count("(") + t.count("（") != t.count(")") + t.count("）") for t in toks):
        return text  # a space inside brackets ('优惠价 268000（原价 320000）') sets words apart, no facts
    if len(toks) == 2:
        ok = all(len(t) >= 2 and _CJK_RE.search(t) for t in toks)
    else:
        ok = all(len(t) >= 2 and (not _FRAGMENT_RE.fullmatch(t) or t.lower() in _SPEC_WORDS) for t in toks)
    return "，".join(toks) if ok else text


# an evaluator's score written after the vendor's words ('日志长期保存（5分）'): points, never a figure of the cell
_SCORE_MARK_RE = re.compile(r"\s*[（(]\s*\d{1,3}(?:\.\d{1,2})?\s*分\s*[)）]")


# a reviewer's tick appended after the vendor's words ('AES-256加密 ✓', '2.8万元/年 ✗'): the words decide, not the tick
_TRAILING_TICK_RE = re.compile(r"(?<=\S)[ \u3000]+[✓✔√✗✘×]\s*$")


# a chat's voice message turned to text ('【语音 0:41】嗯陈助理您好…'): the tag's duration is no figure
_VOICE_TAG_RE = re.compile(r"[【\[]\s*(?:语音|voice)(?:\s*(?:消息|转文字))?\s*(?:\d{1,2}\s*[:：′']\s*\d{2}[″\"]?|\d{1,3}\s*(?:秒|s|″|\"))?"
                           r"\s*[】\]]", re.I)
# '可以开13个点的专票', '税点要另外加6个点': points are a percentage (a rate), never an amount
_CN_PERCENT_RE = re.compile(r"百分之([零一二三四五六七八九十两]{1,4})")
_POINTS_RE = re.compile(r"(\d{1,2}(?:\.\d+)?)\s*个点(?!\d)")


# a rough figure then the exact one ('二十三万出头，具体是二十三万两千'): the exact one is the amount
_ROUGH_THEN_EXACT_RE = re.compile(r"[^，,。；;]*?(?:出头|左右|上下|多一点|多点|不到|来万|几万)\s*[，,]?\s*(?:具体|准确|确切|精确)(?:地|的)?"
                                  r"(?:说|来说|数字)?(?:是|为)")


# two rounds in one cell ('一轮：24.8万元（含税）／二轮：22.6万元（含税）'): the last round's words stand
_LAST_ROUND_RE = re.compile(r"^.*(?:^|[／/;；\n]\s*)(?:第?[一二三四五12345]|末|终|最终)\s*轮\s*[:：]\s*", re.S)


# a contract's clause number ('第5.4条 免费维护期满后…', '第六条第2款'): no amount, no period
_CLAUSE_REF_RE = re.compile(r"第\s*[\d一二三四五六七八九十百零〇]+(?:\.\d+)*\s*[条章节](?:\s*第\s*[\d一二三四五六七八九十]+\s*款)?|"
                            r"第\s*[\d一二三四五六七八九十]+\s*款")


# a correction quoting the words it corrects ('…为含税价，原响应“不含税”系填写笔误'): the quoted words are no longer said
_CORRECTED_WORDS_RE = re.compile(r"原(?:响应|报价|答复|回复|填写|文件)?中?(?:的|所填|填写的|写的)?\s*[“\"「『'‘][^”\"」』'’]{1,15}[”\"」』'’]"
                                 r"[^，,；;。]{0,6}?(?:系|为|是|属)?(?:填写|录入)?(?:笔误|有误|错误|填错|误填|写错|录错)")


# an app's list view folding a long text ('等保：已取得等保三…展开全文'): the clause it cuts says nothing for sure
_FOLDED_RE = re.compile(r"[^\n；;。]*?(?:…|\.\.\.|⋯)\s*(?:展开全文|展开|查看全文|全文|查看更多|更多|see more|more)\s*$", re.I)


# a zero written where the price will be, the words saying it is not given yet ('¥0.00 价格待商务谈判后确定'): no price
_ZERO_PENDING_RE = re.compile(r"^\s*[¥￥]?\s*0(?:\.0+)?\s*元?\s*[（(]?\s*(?:价格|报价|金额)?\s*(?:待|另行|面议|以)[^，,；;。]{0,12}"
                              r"(?:确定|报价|商定|谈判|为准|面议)")


# a reseller's quote marks whose word each cell is ('【我司】7×24小时…', '【原厂】…'): its own mark says nothing more
_OWN_TAG_RE = re.compile(r"^\s*【\s*(?:我司|本公司|我公司|代理商|经销商)\s*】\s*")


def _read(fid: str, cell: Any, unit: float | None, strict: bool) -> Reading:
    if fid == "annual_fee_after_warranty_cny" and cell.__class__ is str and (
            m := _FEE_CHANGED_RE.search(cell)) is not None and _MONEY_AMOUNT_RE.search(cell[m.end():]):
        cell = cell[m.end():]  # '年服务费由每年2.4万元调整为每年2.2万元': the fee it is now
    if fid == "free_maintenance_months" and cell.__class__ is str and "终身" in cell and _PAID_LIFETIME_RE.search(cell):
        cell = _PAID_LIFETIME_RE.sub(" ", cell).strip(" ，,；;") or None
    if cell.__class__ is str and ("由" in cell or "从" in cell) and fid in _PERIOD_FIELDS:
        cell = _PERIOD_CHANGED_RE.sub("", cell)
    if fid == "price_cny" and cell.__class__ is str and _ZERO_PENDING_RE.match(cell):
        return UNKNOWN
    if cell.__class__ is str and ("展开" in cell or "全文" in cell or "更多" in cell or "more" in cell) \
            and _FOLDED_RE.search(cell):
        cell = _FOLDED_RE.sub("", cell).rstrip() or None
        if cell is None:
            return UNKNOWN
    if cell.__class__ is str and "第" in cell and _CLAUSE_REF_RE.search(cell):
        cell = _CLAUSE_REF_RE.sub(" ", cell)
    if cell.__class__ is str and ("误" in cell or "错" in cell) and _CORRECTED_WORDS_RE.search(cell):
        cell = _CORRECTED_WORDS_RE.sub(" ", cell)
    if cell.__class__ is str and "轮" in cell and ("一轮" in cell or "1轮" in cell) and _LAST_ROUND_RE.match(cell):
        cell = _LAST_ROUND_RE.sub("", cell, count=1)
    if cell.__class__ is str and ("具体" in cell or "准确" in cell or "确切" in cell or "精确" in cell):
        cell = _ROUGH_THEN_EXACT_RE.sub("", cell)
    if cell.__class__ is str and "【" in cell and _OWN_TAG_RE.match(cell):
        cell = _OWN_TAG_RE.sub("", cell, count=1).strip() or None  # '【我司】提供': a reseller marking its own commitment
        if cell is None:
            return UNKNOWN
    if cell.__class__ is str and ("语音" in cell or "oice" in cell) and _VOICE_TAG_RE.search(cell):
        cell = _VOICE_TAG_RE.sub(" ", cell).strip()
    if cell.__class__ is str and "个点" in cell:
        cell = _POINTS_RE.sub(r"\1%", cell)
    if cell.__class__ is str and "百分之" in cell:  # '按合同额的百分之十五每年收': 15%
        cell = _CN_PERCENT_RE.sub(lambda m: f"{parse.cn_to_number(m.group(1)):g}%" if parse.cn_to_number(m.group(1))
                                  is not None else m.group(), cell)
    if cell.__class__ is str and "分" in cell and _SCORE_MARK_RE.search(cell):
        cell = _SCORE_MARK_RE.sub("", cell)
    if cell.__class__ is str and len(cell) > 3 and cell[-1] in "✓✔√✗✘× \u3000" and _TRAILING_TICK_RE.search(cell):
        cell = _TRAILING_TICK_RE.sub("", cell)
    if cell.__class__ is str and (m := _TEXT_FIGURE_RE.fullmatch(cell)) is not None and fid in _MONEY_READ_FIELDS:
        # "'228,000", '1,86,000', '8,8000': a figure Excel kept as text, its separators wherever they were typed
        cell = m.group(1).replace(",", "") + m.group(2)
    if cell.__class__ is str and "×" in cell and _FX_NOTE_RE.search(cell):
        cell = _FX_NOTE_RE.sub("", cell)  # 'RMB 25,024（HKD 27,200 × 0.92）': the conversion's working is no second amount
    if cell.__class__ is str and " " in cell.strip():
        cell = _spaced(cell)
    if cell.__class__ is str and (cell[:1] in "Pp第 " or "见" in cell):
        cell = _PAGE_POINTER_RE.sub("", _PAGE_REF_RE.sub("", cell, count=1))  # '（见P6）': a pointer, no amount
    if cell.__class__ is str and "~~" in cell:  # '~~25.8万~~ 23.8万': the struck value is the old one
        cell = _STRUCK_RE.sub(" ", cell).strip()
    if cell.__class__ is str and _OCR_HINT_RE.search(cell) and fid != "vendor" and fid != "package":
        cell = _ocr_fixed(cell)  # before the abbreviations: a scan's 'l3.6方' is 13.6万, not level 3
    if cell.__class__ is str and _ABBREV_HINT_RE.search(cell.lower()):
        cell = _spelled_out(cell)
    if cell.__class__ is str and "口头" in cell and _ORAL_TAG_RE.search(cell) and not _LEGEND_MARK_RE.search(cell):
        # '6个月；王经理说可以给到12个月〔口头〕': the written words govern, what was only said adds nothing to them; a
        # cell only said ('7×24小时有人值守〔口头〕') is a claim, and a price only said is none
        segs = [x.strip() for x in _ORAL_SEG_RE.split(cell) if x.strip()]
        written = [x for x in segs if not _ORAL_TAG_RE.search(x)]
        if written:
            r = _read(fid, "；".join(written), unit, strict)
            if r.value is not None or r.status != "unknown" or fid in _NOT_ORAL_FIELDS:
                return r
        elif fid in _NOT_ORAL_FIELDS:
            return UNKNOWN
        r = _read(fid, _ORAL_TAG_RE.sub("", "；".join(x for x in segs if _ORAL_TAG_RE.search(x))).strip(), unit, strict)
        return replace(r, status="claimed") if r.status == "stated" and r.value is not None else r
    if cell.__class__ is str and "〔" in cell and (mark := _LEGEND_MARK_RE.search(cell)) is not None:
        r = _read(fid, _LEGEND_MARK_RE.sub("", cell).strip(), unit, strict)
        status = _MARK_STATUS[mark.group()]
        if status == "unknown" or r.status == "unknown":
            return Reading(None, "unknown") if status == "unknown" else r
        return replace(r, status=status) if r.status == "stated" else r  # a coloured 'stated' is only claimed
    if isinstance(cell, str) and (box := ticked(cell)) is not None:  # '☑是　☐否': the ticked option only
        cell = box
    if cell.__class__ is str and "原" in cell and _REVISION_RE.search(cell):  # '原：28.5万→现：26.8万': the 现 stands
        cell = _REVISION_RE.sub("", cell).strip()
    if cell.__class__ is str and "原" in cell and _REVISED_LATER_RE.search(cell) and (
            m := _ORIGINAL_CLAUSE_RE.search(cell)) is not None and m.end() <= _REVISED_LATER_RE.search(cell).start():
        # '原报价26万；11月20日书面改为23.5万': a revision written later replaces the original clause
        cell = (cell[:m.start()] + cell[m.end():]).strip(" ；;，,")
    if cell.__class__ is str and ("→" in cell or ">" in cell) and _ARROW_RE.sub("", _VERSION_ARROW_RE.sub("", cell)) != \
            _VERSION_ARROW_RE.sub("", cell):  # '268,000 → 245,000': the corrected value ('V3→V5' is an upgrade, kept)
        cell = latest_said(cell)
    if cell.__class__ is str and _LINE_NUMBER_RE.search(cell):  # '6.维护期满年费：3万元/年': a list's number, no amount
        cell = _LINE_NUMBER_RE.sub("", cell)
    if cell.__class__ is str and _VERDICT_RE.match(cell) and (words := _VERDICT_RE.sub("", cell).strip()):
        # '✅ Level 3 filed', '⚠️ "Fully meets…"': the team's mark, the words answer ('❌ None': none at all)
        cell = "No" if cell.lstrip().startswith(("❌", "❎")) and words.lower().strip(". ") in ("none", "n/a", "nil") \
            else _VERDICT_RE.sub("", cell)
    if cell.__class__ is str and ("|" in cell or "｜" in cell) and (bar := _BAR_ANSWER_RE.match(cell)) is not None:
        # 'N | no', 'Y | 12个月', '26k/yr | 维保期满后年费2.6万元': a matrix's shorthand, then the vendor's words,
        # which decide; with no words after the bar, the shorthand is all there is ('N |', '? |')
        cell = bar.group(2).strip() or bar.group(1)
    if fid in ("vendor", "package"):
        v, w = parse.parse_text(cell)
        return _r(v, warning=w)
    if fid == "business_types":
        v, w = parse.parse_business_types(cell)
        return _r(v, warning=w)
    if fid == "features":
        return read_features(cell)
    if fid == "price_cny":
        return read_money(cell, unit, price=True)
    if fid in ("annual_fee_after_warranty_cny", "policy_adaptation_fee_cny"):
        if fid == "policy_adaptation_fee_cny" and isinstance(cell, str):
            return _read_policy_fee(cell, unit, strict)
        if isinstance(cell, str) and not strict:
            sel = _select(fid, norm(cell), False)
            return read_money(sel, unit, price=False) if sel else UNKNOWN
        if isinstance(cell, str):
            sel = _select(fid, norm(cell), True)
            return read_money(sel, unit, price=False) if sel else UNKNOWN
        return read_money(cell, unit, price=False)
    if isinstance(cell, str) and parse._is_date(cell) and fid not in ("vendor", "package"):
        return _r(None, warning="warn.date_not_number")
    if (cell is not None and not isinstance(cell, str) and not is_number(cell) and not isinstance(cell, bool)) \
            or (isinstance(cell, str) and parse._time_hours(cell) is not None):
        # a date, a time or a duration (36:00, PT36H00M00S): the typed parser knows what it may mean here
        kind = schema.FIELDS[fid].kind
        v, w = parse.PARSERS[kind](cell, unit)
        return _r(v[0] if kind == "policy" and isinstance(v, tuple) else v, warning=w)
    if is_number(cell) or isinstance(cell, bool):
        kind = schema.FIELDS[fid].kind
        if kind == "policy":
            (free, fee), w = parse.parse_policy(cell, unit)
            return _r(free, warning=w, fee=fee)
        if kind == "source":
            return _r(None, warning="warn.not_understood")
        v, w = parse.PARSERS[kind](cell, unit)
        return _r(v, warning=w)
    if cell is None:
        return UNKNOWN
    text = _OPTION_LETTER_RE.sub("", parse.to_simplified(unicodedata.normalize("NFKC", parse._safe_str(cell)).strip()))
    if _TYPO_RE.search(text):  # what salesmen type: 等保三极, 国蜜, 终生维护
        text = _TYPO_RE.sub(lambda m: _TYPOS[m.group()], text)
    s_all = norm(text)
    if "(" in s_all:  # 'National (GM) cryptographic algorithms': an acronym in brackets is part of its clause
        s_all = _ACRONYM_RE.sub(r"\1", s_all)
    if s_all in ("none", "none."):  # answers "which encryption / access control / bureau?": none at all
        if fid in ("access_control", "tls", "sm4_encryption", "licensed_credit_bureau", "mlps_level3"):
            return _r(False)  # (and 'MLPS Level 3: None': no certificate at all)
    if fid in ("free_maintenance_months", "audit_log_months") and _NONE_THEN_RE.match(s_all) \
            and not _BOAST_RE.search(s_all) and not _HAS_PERIOD_RE.search(s_all):
        return _r(0.0)  # 'none, paid support only': a period of none, said with what there is instead
    if parse.is_blank(s_all):
        return UNKNOWN
    # '详见产品说明书' is no answer; a long cell pointing to a document on one line still says the rest (its clause
    # about the field is looked at below)
    if (_is_reference(s_all) and "\n" not in s_all and len(s_all) <= 80) or (parse.is_unknown_word(s_all) and len(s_all) <= 8):
        return UNKNOWN
    dev = _ANSWER_RE.match(s_all)
    if dev and fid == "mlps_level3" and re.match(r"\s*(?:with|to)\s", s_all[dev.end():]):
        dev = None  # 'Compliant with MLPS 2.0 Level 3': a compliance said of a standard, no certificate — a claim
    if dev:
        return _answered(fid, _ANSWER_WORDS[dev.group(1)], s_all[dev.end():].strip(" ,，;；:：.-—()（）[]"), unit, strict)
    if fid == "support_7x24" and _SEPARATE_CONTRACT_RE.search(s_all) and len(clauses(s_all)) <= 3 \
            and re.search(r"7\s*[x*×/]\s*24|24\s*[x*×/]\s*7|全天候|7天24小时", s_all):
        return _r(False, "conditional")  # '提供7*24小时值班（需另签运维合同）': the contract's clause is this promise's
    if fid == "policy_adaptation_free" and _POLICY_TIMES_RE.search(s_all) and len(clauses(s_all)) <= 3 \
            and _talks_about(fid, s_all) and not any(_talks_about(g, s_all) for g in _FIELD_WORDS if g != fid
                                                     and g not in _MONEY_WORD_FIELDS):
        return _read_policy(s_all, s_all, unit)  # '政策变化免费适配（限每年2次）': the cap in brackets is the policy's
    if fid == "free_maintenance_months" and (extra := _BONUS_MONTHS_RE.search(s_all)) is not None \
            and _BONUS_IF_RE.search(s_all[extra.end():]):
        if not _HAS_PERIOD_RE.search(s_all[:extra.start()]) and not _BOAST_RE.search(s_all[:extra.start()]):
            return UNKNOWN  # '另赠送免费维护6个月（需…一次性付清…）' alone: months on a condition, no period of its own
        s_all = s_all[:extra.start()] + " " + s_all[extra.end():]  # '另赠送6个月（需签订三年服务合同）': given on a condition
    sel = _select(fid, s_all, strict)
    if sel is None:
        return UNKNOWN
    sel = _strip_label(fid, sel)
    if "选配" in sel or "可选" in sel or "另计" in sel:  # '无选配项' says there is no condition, not one
        sel = _NONE_OPTIONAL_RE.sub(" ", sel)
    s = norm(sel)
    if parse.is_blank(s) or _is_reference(s):
        return UNKNOWN
    if fid in _YES_NO_READERS:
        return _YES_NO_READERS[fid](s, sel)
    if fid in ("tls", "access_control"):
        return _read_plain_bool(fid, s, sel)
    if fid == "policy_adaptation_free":
        return _read_policy(s, sel, unit)
    if fid == "response_hours":
        return _read_hours(s, sel, unit)
    if fid in ("free_maintenance_months", "audit_log_months"):
        return _read_months(fid, s, sel, unit)
    if fid == "source_code_delivery":
        return _read_source(s, sel)
    kind = schema.FIELDS[fid].kind
    v, w = parse.PARSERS[kind](sel, unit)
    return _r(v, warning=w)


# A tender's deviation table and an RFP's compliance matrix answer a requirement, not a question of fact:
# '无偏离' is not '无', and 'Non-compliant - single admin account' is a no whatever follows.
_ANSWER_WORDS = schema.REQUIREMENT_ANSWERS
_ANSWER_RE = re.compile(r"\s*[(（]?\s*(" + "|".join(sorted(map(re.escape, _ANSWER_WORDS), key=len, reverse=True)) +
                        r")(?![a-z])\s*[)）]?")


def _answered(fid: str, answer: str, rest: str, unit: float | None, strict: bool) -> Reading:
    """A requirement answered 'meets' / 'fails' / 'partly'. The details after the answer say the value when they
    state one ('Partially compliant - 6 months, bug fixes only': 6 months, stated; 'Non-compliant - application in
    progress': not yet, claimed); a bare answer is a yes or no for a yes/no requirement, else unknown."""
    r = _read(fid, rest, unit, strict) if rest else UNKNOWN
    if strict and r.value is None:
        return r  # read for another field of a multi-fact cell: the answer is about the cell's own requirement
    yes_no = fid in schema.YES_NO_FIELDS
    if answer == "fails":
        if r.value is False or (not yes_no and r.value is not None):
            return r
        return _r(False) if yes_no else UNKNOWN  # 'Non-compliant - single admin account': a no, whatever follows
    if answer == "partly":
        if r.value is not None and not (yes_no and r.value is True):
            return r  # 'Partially compliant - 6 months': the figure; a yes only in part is no yes
        return _r(False, "conditional") if yes_no else UNKNOWN
    if r.value is not None and r.value is not False:
        return r
    return _r(True) if yes_no and r.value is None else r  # met as written: yes; a figure only with the details


@lru_cache(maxsize=65536, typed=True)
def _read_cached(fid: str, cell: Any, unit: float | None, strict: bool) -> Reading:
    r = _read(fid, cell, unit, strict)
    if cell.__class__ is str and r.status == "stated" and r.value is not None and r.value is not False \
            and fid not in _NOT_ORAL_FIELDS and _ORAL_RE.search(cell) and any(
                _ORAL_RE.search(sent) and _talks_about(fid, norm(sent)) for sent in _SENTENCE_RE.split(cell)):
        return replace(r, status="claimed")  # '刘总口头表示：终身维护，7×24小时支持': said, nothing in writing
    return r


_SENTENCE_RE = re.compile(r"[。；;\n]")
# the buyer's tag on words a vendor only said ('…备案号过两天发过来〔口头〕', '（口头）', '[口头]'), and the parts of a cell it tags
_ORAL_TAG_RE = re.compile(r"[〔（(\[【]\s*口头(?:承诺|表示|说)?\s*[〕）)\]】]")
_ORAL_SEG_RE = re.compile(r"(?<=[〕）)\]】])\s*[；;，,。]?\s*|[；;\n]")


# what a vendor only said, not wrote ('口头表示', 'verbally'): a claim, whatever it says
_ORAL_RE = re.compile(r"口头(?:表示|承诺|说|答应|介绍|保证)|口述|电话(?:里|中)(?:说|表示|承诺)|(?<![a-z])(?:verbally|orally|"
                      r"oral (?:promise|assurance|commitment|statement))(?![a-z])", re.I)
_NOT_ORAL_FIELDS = frozenset(("vendor", "package", "business_types", "features", "price_cny", "annual_fee_after_warranty_cny",
                              "policy_adaptation_fee_cny"))


# A run of digits no quote writes (25 and more, at most one other character between): a file built to make the number patterns
# backtrack, read as one placeholder — a cell's reading costs about its length, never its square.
# English procurement shorthand, spelled out before a cell is read (the abbreviation lists buyers put in their forms)
_ABBREVS = {"mths": "months", "mth": "month", "hrs": "hours", "hr": "hour", "foc": "free of charge", "p.a.": "per year",
            "p.a": "per year", "amc": "annual maintenance fee", "t&m": "charged on time and materials",
            "nbd": "next business day", "w/o": "without", "yr": "year", "yrs": "years",
            "impl.": "implementation", "reg.": "regulatory", "recv'd": "received", "n/a": "not available"}
_ABBREV_RE = re.compile(r"(?<![a-z0-9])(?:mths?|hrs?|foc|p\.a\.?|amc|t&m|nbd|w/o|yrs?|impl\.|reg\.|recv'd|n/a|"
                        r"l([1-5])(?=\b|\s|;|,|$))(?![a-z])")
_NOT_GIVEN_RE = re.compile(r"(?<![a-z])no\b.{0,30}\b(?:given|stated|specified|provided)\b|not (?:given|stated|specified)|未注明|"
                           r"未写明|未说明(?:期限|时长|多久)")
_NONE_THEN_RE = re.compile(r"none\s*[,;，；:：–—-]\s*\S")  # 'None – support charged per incident' (a bare 'None' may be a blank)
# a due-diligence matrix's cell 'answer | vendor's words': a short answer or figure before one bar
_BAR_ANSWER_RE = re.compile(r"\s*([yn?？]|yes|no|partial|full|licen[cs]e|是|否|有|无|部分|[\d.,]+\s*[%kw万]?(?:/\s*(?:yr|year|年))?)"
                            r"\s*[|｜]([^|｜]*)$", re.I | re.S)
_ABBREV_HINT_RE = re.compile(r"(?<![a-z0-9])(?:mths?|hrs?|foc|p\.a|amc|t&m|nbd|w/o|yrs?|impl\.|reg\.|l[1-5])(?![a-z])")
_NONE_OPTIONAL_RE = re.compile(r"(?:无|没有|暂无|并无)(?:任何)?(?:选配|可选|另计|额外收费)(?:项目?|模块|费用|内容)?")
_ACRONYM_RE = re.compile(r"\(\s*(gm|sm[234]|mlps|rbac|tls|ssl|https)\s*\)")
_LONG_NUMBER_RE = re.compile(r"\d(?:\D?\d){24,}")


def read_value(fid: str, cell: Any, unit: float | None = None, strict: bool = False) -> Reading:
    """The analyst's reading of one cell for one field; never raises."""
    if isinstance(cell, float) and math.isnan(cell):
        cell = None
    elif cell.__class__ is str and len(cell) > 40 and _LONG_NUMBER_RE.search(cell):
        cell = _LONG_NUMBER_RE.sub(" # ", cell)
    try:
        return _read_cached(fid, cell, unit, strict)
    except TypeError:
        try:
            return _read(fid, cell, unit, strict)
        except Exception:  # noqa: BLE001
            return Reading(None, "unknown", "warn.not_understood")
    except Exception:  # noqa: BLE001 - a reader bug must not lose the file; the cell is reported instead
        return Reading(None, "unknown", "warn.not_understood")


@lru_cache(maxsize=16384)
def _read_all_cached(text: str, hints: tuple[str, ...] = ()) -> tuple[tuple[str, Reading], ...]:
    labelled = _labelled_lines(text) if ("：" in text or ":" in text) and "\n" in text else {}
    out = []
    for fid in MULTI_FACT_FIELDS:
        r = labelled.get(fid) or read_value(fid, text, None, True)
        if fid in hints and r.value is None and r.status == "unknown" and r.share is None:
            r = read_value(fid, text)  # the label names the field: the cell speaks of it without saying so
        if r.value is not None or r.share is not None or (r.status != "unknown"):
            out.append((fid, r))
    return tuple(out)


_WORDS_FIELDS = frozenset(("mlps_level3", "sm4_encryption"))  # read from the line with its label: their level or
# algorithm is said as much by the label's words as by the value's ('等保：三级…', 'Encryption: national algorithms')
_LABELLED_LINE_RE = re.compile(r"^\s*([^:：\n]{2,40}?)\s*[:：]\s*(\S.*)$")


def _labelled_lines(text: str) -> dict[str, Reading]:
    """The fields a cell's 'label: value' lines name ('Free maintenance: 12 months…', 'Lifetime technical consulting: not
    offered'), each read from its own line — its words, else the line with its label: what a line's label says it is
    about is what it answers."""
    from .mapping import match_label  # the label vocabulary (core.mapping builds on this module's parsers)

    out: dict[str, Reading] = {}
    for line in text.splitlines():
        m = _LABELLED_LINE_RE.match(line)
        if m is None:
            continue
        t = match_label(m.group(1)).target
        if t is None or t.kind != "field" or t.id not in MULTI_FACT_FIELDS or t.id in out:
            continue
        if t.id in _WORDS_FIELDS:  # '等保：已取得三级备案证明…': the label's words are part of the answer
            r = read_value(t.id, line.strip(), None, True)
        else:
            r = read_value(t.id, m.group(2))
            if r.value is None and r.status == "unknown":  # a label that completes its value
                r = read_value(t.id, line.strip())
        if r.value is not None or r.status != "unknown":
            out[t.id] = r
    return out


def read_all(text: Any, hints: tuple[str, ...] = ()) -> dict[str, Reading]:
    """Every field a multi-fact cell states (售后服务: '免费维护12个月，7×24小时，2小时内响应…'); `hints`: fields the
    cell's label names, read from the whole cell when no clause names them."""
    if not isinstance(text, str) or not text.strip():
        return {}
    try:
        return dict(_read_all_cached(text, hints))
    except Exception:  # noqa: BLE001
        return {}


def _parse_source_kind(cell: Any, unit: float | None = None) -> tuple[Any, str | None]:
    r = read_value("source_code_delivery", cell, unit)
    return r.value, r.warning


# The typed parsers of parse.py are looked up by kind (the mapping UI, the what-if): source delivery is read here.
parse.PARSERS.setdefault("source", _parse_source_kind)
