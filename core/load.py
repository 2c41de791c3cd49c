"""Files -> QuoteSet: read (ingest), map labels (mapping), parse cells (parse).

``read_files`` is the expensive part (bytes in, cacheable); ``build_quoteset`` is cheap and is where a
user's mapping corrections apply.
"""
from __future__ import annotations

import datetime as _dt
import gc
from dataclasses import replace
import hashlib
import re
import unicodedata
from functools import lru_cache
from contextlib import contextmanager
from typing import Any, Iterable

from . import schema
from .errors import QuoteError
from . import ingest
from .ingest import _ANSWER_WORD, _SEAL_MARK_RE, OPTION_PACK_RE, ReadResult, Record, Skipped, blank
from .own_files import KIND_SCORED, read_file
from .own_uploads import without_copies
from .samples import is_sample
from .mapping import RISK_QUESTION_RE, SHEET_VERBATIM_RE, VERBATIM_LABEL_RE, Target, joint_fields, match_label, money_unit, question_subject, unit_of
from .model import InputFile, MappingRow, Quote, QuoteSet, Source, Warning_
from .parse import (_parse_cached, mainland, match_feature, norm, parse_bool, parse_cell, parse_money, parse_text,
                    round_named, round_of)
from .reading import (_PROOF_AFTER_SIGNING_RE, EDITION, FAULT_LEVEL_RE, HARDWARE_BRACKET_RE, MONEY_AMOUNT_RE, UNKNOWN, Reading, _read_cached, gifted_features, offered_options,
                      read_all, read_feature_cell, read_features, read_options, read_value, stated_vat_rate)
from .checkbox import ticked
from .rounds import settle
from .sentences import PRICE_WORDS_RE, statements


def _cell_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, _dt.timedelta):  # as the cell shows it ([h]:mm), not "1 day, 12:00:00"
        minutes = round(v.total_seconds() / 60)
        return f"{'-' if minutes < 0 else ''}{abs(minutes) // 60}:{abs(minutes) % 60:02d}"
    if isinstance(v, _dt.time):
        return v.strftime("%H:%M") if not v.second else v.strftime("%H:%M:%S")
    return str(v)


@contextmanager
def bulk():
    """Millions of small objects and no cycles: the cyclic GC only costs time here (half of it at 10,000 quotes)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def read_files(files: Iterable[tuple[str, bytes]], sheets_of=None) -> tuple[list[ReadResult], list[Warning_]]:
    """Read every file; a file that cannot be used becomes a warning, the others still load. `sheets_of`: how
    bytes become sheets (default: in a reader worker; core.sandbox.read_ahead gives one that reads ahead)."""
    results, failures = [], []
    quotes = cells = 0
    with bulk():
        for name, data in files:
            sha256 = hashlib.sha256(data).hexdigest()
            try:
                res = read_file(data, name, sheets_of)
                res.file, res.sha256 = name, sha256
                # The declared maximum (core.ingest): refused here, before any mapping or scoring.
                n, m = quotes + len(res.records), cells + sum(len(r.cells) for r in res.records)
                if n > ingest.MAX_QUOTES:
                    raise QuoteError("err.too_many_quotes", file=name, n=n, max=ingest.MAX_QUOTES)
                if m > ingest.MAX_QUOTE_CELLS:
                    raise QuoteError("err.too_much_quote_data", file=name, n=m, max=ingest.MAX_QUOTE_CELLS)
                quotes, cells = n, m
                res.sample = is_sample(data)
                results.append(res)
            except QuoteError as e:
                failures.append(Warning_(e.key, name, e.params.get("sheet", ""), "", {**e.params, "sha256": sha256}))
    return results, failures


def _resolve(label: str, overrides: dict[str, str]) -> tuple[Target | None, float | None, bool]:
    key = label.strip()
    if key in overrides:
        code = overrides[key]
        t = Target.from_code(code) if code else None
        return t, unit_of(label, t), True
    m = match_label(label)
    return m.target, m.unit, False


# a module said to be missing, in a clause of its own ('没有流水分析', '不提供电子合同', 'no risk model')
_ABSENT_MODULE_RE = re.compile(r"(?:^|[；;，,。\n])\s*(?:没有|无|不提供|不支持|暂无|不含|no)\s*([^；;，,。\n]{2,14}?)\s*(?=[；;，,。\n]|$)",
                               re.I)
# a module a later round takes out of this purchase: put off to a later phase, out of its scope, or not included
_OUT_OF_SCOPE_RE = re.compile(r"([^；;，,。:：\n]{2,20}?)\s*(?:不在本(?:次|期)?(?:采购|交付|合同|项目|建设)?范围|(?:调整为|调整到|改为|列入|放入|放到|"
                              r"纳入|推迟到|延后到|留到)(?:第)?[二三]期|本期(?:合同|项目)?不(?:交付|上线|实施))|"
                              r"(?:不含|不包含|不包括)\s*([^；;，,。\n]{2,14}?)\s*(?=[；;，,。\n]|$)")
_CONDITION_LEAD_RE = re.compile(r"^\s*(?:条件是|前提是|前提|条件|但|且|并且|同时)\s*")


def _taken_out(text: str) -> list[str]:
    """The modules a later round's words take out of the purchase ('条件是反欺诈模块不在本次采购范围内', '不含反欺诈模块')."""
    return [f for m in _OUT_OF_SCOPE_RE.finditer(text)
            if (f := match_feature(_CONDITION_LEAD_RE.sub("", m.group(1) or m.group(2)))) is not None]


_PAY_TERMS_LABEL_RE = re.compile(r"付款条件|付款计划|付款方式|支付条件|支付方式|付款节点|payment\s*(?:terms|schedule|plan|milestones)",
                                 re.I)
_SEE_PAYMENTS_RE = re.compile(r"见.{0,6}(?:付款|支付)|(?:see|per|as per)\s+(?:the\s+)?payment", re.I)
_EXTRA, _FEATURE, _FIELD, _PRICE, _NOTES, _PLAIN = "extra", "feature", "field", "price", "notes", "plain"
# A notes column named after a person or a department of the buyer's side ('小周备注', '李总批注', '采购部备注',
# "Buyer's notes"): remarks on the quote, not the vendor's.
_BUYER_REMARK_RE = re.compile(r"(?:(?:小|老)[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}(?:工|总|经理|主任|老师|姐|哥)|我|"
                              + "|".join(sorted(map(re.escape, schema.BUYER_SIDE), key=len, reverse=True)) +
                              r")(?:的|'s?|’s?)?\s*(?:初步|初审|复审|内部|综合|个人|审核|review\s*)?(?:备注|批注|点评|意见|评语|说明|评价|结论|建议|判断|看法|评估|"
                              r"notes?|remarks?|comments?|opinions?|views?)$|"
                              # 'Remarks (Group Procurement)', '备注（采购部）': the remark's author in brackets
                              r"^(?:备注|批注|点评|意见|评语|说明|notes?|remarks?|comments?)\s*[(（][^()（）]{0,20}?(?:" +
                              "|".join(sorted(map(re.escape, schema.BUYER_SIDE), key=len, reverse=True)) + r")[^()（）]{0,8}[)）]$|"
                              # '交接说明（高峰个人意见，仅供参考）': a colleague's own view, said so in brackets
                              r"^[^()（）]{0,10}[(（][^()（）]{0,16}(?:个人意见|个人看法|个人观点|仅供参考|personal view|for reference only)"
                              r"[^()（）]{0,10}[)）]$", re.I)
# '备注（供应商条款，按对方原文整理）': the vendor's words, compiled by the buyer's clerk, are still the vendor's
_VENDOR_WORDS_RE = re.compile(r"供应商|厂商|对方|原文|vendor|supplier", re.I)
_TAX_LABEL_EXCL = re.compile(r"不含税|未税|税前|不含增值税|excl\.?\s*vat|excluding vat|ex\.?\s*vat|before tax|pre-?tax|net of vat")
_TAX_LABEL_INCL = re.compile(r"含税|含增值税|含\d+%\s*(?:增值税|税)|incl\.?\s*vat|including vat|vat incl|tax incl")
# After-sales cells often state more than their own field ('7×24小时，30分钟内响应'): read for the others too.
_DERIVE_FROM = frozenset(("support_7x24", "response_hours", "free_maintenance_months", "maintenance_includes_upgrades",
                          "policy_adaptation_free", "lifetime_consulting", "commitments_in_contract",
                          "annual_fee_after_warranty_cny", "mlps_level3", "sm4_encryption"))
_BUREAU_IN_MODULES_RE = re.compile(r"征信[^、,，;；]{0,12}[(（][^)）]*(?:百行|朴道|人行|二代|央行|pboc|baihang|pudao)|"
                                   r"(?:百行|朴道|人行|二代)征信|(?<![a-z])(?:pboc|baihang|pudao)(?![a-z])", re.I)
_BUREAU_NAMED = re.compile(r"央行征信|人行征信|人民银行征信|征信中心|二代征信|百行征信|朴道征信|pboc|baihang|pudao")
_CERT_PROOF = re.compile(r"证书|编号|备案|证明|(?:19|20)\d{2}|certif|cert\.|no\.|(?<!\d)\d{11}-\d{5}(?!\d)")  # (a filing number's own shape)
_LEVEL3_LABEL = re.compile(r"三级|3级|level\s*3|l3|mlps3")
_LEVEL_IN_TEXT = re.compile(r"[一二三四五1-5]\s*级|level\s*[1-5]|mlps\s*[1-5]|等保\s*[1-5]")
_MULTI_RE = re.compile(r"[，,；;。\n(（+＋/、]|含|包括|(?<![a-z])(?:incl|including|included|includes|with|and)(?![a-z])", re.I)
# A column or row that lists only extras: every module in it is an option ('Optional modules', '选配模块').
_OPTIONAL_LABEL = re.compile(r"选配|可选|增值|加购|另购|另计|不含项目|optional|add-?on|extras?\b|^\s*options\s*$")


# a price cell that speaks of the maintenance it comes with ('原报价16.8万（含12个月免费维护）')
_TERMS_IN_PRICE_RE = re.compile(r"维护|维保|保修|质保|(?<![a-z])(?:maintenance|warranty)(?![a-z])", re.I)
_EXTRA_COST_TERMS = frozenset(("policy_adaptation_free", "support_7x24", "maintenance_includes_upgrades", "lifetime_consulting"))
# '终身维护' under 维护范围: the lifetime boast says the period too (a claim)
_LIFETIME_CARE_RE = re.compile(r"(?:终身|永久)(?:免费)?(?:维护|维保|保修|质保)|lifetime (?:free )?(?:maintenance|warranty)", re.I)


@lru_cache(maxsize=16384)
def _derived(text: str) -> tuple:
    """The other fields an after-sales cell states ('7×24小时，30分钟内响应'), once per distinct text."""
    return tuple(read_all(text).items()) if _MULTI_RE.search(text) or _LIFETIME_CARE_RE.search(text) else ()


@lru_cache(maxsize=16384)
def _names_bureau(text: str) -> bool:
    return bool(_BUREAU_NAMED.search(text.lower()))


_BUREAU_STATED = Reading(True, "stated")
_AFTER = frozenset(("policy_adaptation_free", "annual_fee_after_warranty_cny"))  # a fee or a share beside the value


@lru_cache(maxsize=8192)
def _label_tax(label: str) -> str | None:
    s = label.lower()
    if _TAX_QUESTION_RE.search(s):  # '含不含税', '是否含税', '含税/不含税': the column asks; its cells answer
        return None
    if _TAX_LABEL_EXCL.search(s):
        return "excl"
    if _TAX_LABEL_INCL.search(s):
        return "incl"
    return None
_FIRST_WORD_RE = re.compile(r"\s*(?:[a-z]+|[^\s(（,，;；]?)")  # '否（增值税13%另计）' answers 否
# a tax column's bare answer ('VAT Included (Y/N)' | 'N')
_TAX_ANSWERS = {**dict.fromkeys(("y", "yes", "是", "true", "included", "inclusive", "incl"), "incl"),
                **dict.fromkeys(("n", "no", "否", "false", "excluded", "exclusive", "excl"), "excl")}
# a tax column's short answer under '含票?' / '含税?' ('× 不含 另加6%', '✓ 13%专票'): its mark, then its words
_TAX_WORD_RE = re.compile(r"^\s*(?:[✓✔√]|(?:[×✗✘]\s*)?(不含|不带|未含|没含|不开|无票))")
_BARE_RATE_RE = re.compile(r"(?:另加|加|\+|＋)\s*(\d{1,2}(?:\.\d+)?)\s*%")


def _tax_word(text: str) -> str | None:
    m = _TAX_WORD_RE.match(text)
    if m is None:
        return None
    return "excl" if m.group(1) else "incl"


def _bare_rate(text: str) -> float | None:
    m = _BARE_RATE_RE.search(text)
    rate = round(float(m.group(1)) / 100, 4) if m else None
    return rate if rate in schema.VAT_RATES else None


_SEAT_WORDS = r"(?:账号|账户|用户|坐席|席位|许可|授权数|终端)"
_PER_SEAT_RE = re.compile(r"\d\s*万?元\s*/\s*(?:个|每)?" + _SEAT_WORDS)
_SEATS_RE = re.compile(r"(\d[\d,.]*\s*万?元)\s*/\s*(?:个|每)?" + _SEAT_WORDS + r"\s*[×xX*＊]\s*(\d{1,5})\s*个?" + _SEAT_WORDS + "?")
_INSTALMENT_RE = re.compile(r"(?:买断)?总价\s*(\d[\d,.]*\s*万?元?)[^。；;]{0,20}?分[二三两\d]年(?:等额)?(?:支付|付款|付清)[^。；;]{0,6}?"
                            r"每年\s*(\d[\d,.]*\s*万?元?)")
# a questionnaire's multiple-choice question split into a column per option ('5、报价内包含的功能模块（多选）—商品管理' | 1 / 0)
_OPTION_COLUMN_RE = re.compile(r"^(?P<q>.*?(?:多选|复选|可多选|multiple choice|select all)[^—–_]*?)\s*[—–_]\s*(?P<opt>[^—–_]{1,30})$", re.I)


def _option_column(label: str) -> str | None:
    """The option a questionnaire's multiple-choice column stands for ('…（多选）—百行征信' -> '百行征信'); None otherwise."""
    if len(label) > 160:  # a question's caption, never a page of text
        return None
    m = _OPTION_COLUMN_RE.match(label.strip())
    return m.group("opt").strip() if m else None


_THEIR_WORDS_ON_RE = re.compile(r"^(?:对方|供应商|厂商|厂家|服务商)?(?:原话|原文|说法|答复|回复)\s*[:：]\s*(\S.{0,30})$")
_MATRIX_ROW_RE = re.compile(r"^.*?[（(](?:矩阵(?:单选|多选|量表)?|单选|多选|量表)[）)]\s*[—–_]\s*([^—–_]{2,30})$")
_TICKED_ONE = frozenset(("1", "1.0", "√", "✓", "✔", "是", "y", "yes", "选中", "已选"))
_REBATE_LABELS = frozenset(("优惠", "商务优惠", "价格优惠", "让利", "折让", "减免", "优惠让利", "优惠/折扣", "折扣优惠"))
_BOUND_LABEL_RE = re.compile(r"上限|下限|最高|最低|(?<![a-z])(?:upper|lower|min|max)(?![a-z])", re.I)
_PRICE_AFTER_RE = re.compile(r"优惠价|优惠后|折后|现价|到手价|成交价|最终价|让利后|实付")
# a rate off the price in words ('本项目给予九五折', '9.5折', '八八折')
_RATE_WORDS_RE = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d)?|[一二三四五六七八九]{1,2})\s*折(?!旧|扣率|算)")
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}


def _rate_in_words(text: str) -> float | None:
    """'本项目给予九五折' -> 0.95, '9.5折' -> 0.95, '95折' -> 0.95, '九折' -> 0.9; None when no rate is said."""
    m = _RATE_WORDS_RE.search(text)
    if m is None:
        return None
    g = m.group(1)
    if not g[0].isdigit():
        g = "".join(_CN_DIGIT[c] for c in g)
        rate = float(g) / (10 if len(g) == 1 else 100)
    else:
        rate = float(g) / (100 if float(g) >= 10 else 10)
    return rate if 0.5 <= rate < 1 else None


_DISCOUNT_RATE_LABEL_RE = re.compile(r"折扣率|折扣|折率|discount\s*rate", re.I)


def _discount_rate(text: str) -> float | None:
    """'9折' -> 0.9, '8.5折' -> 0.85, '90%' -> 0.9, '0.9' -> 0.9; None for anything else."""
    t = text.strip()
    if (m := re.fullmatch(r"(\d(?:\.\d)?)\s*折", t)) is not None:
        return float(m.group(1)) / 10
    if (m := re.fullmatch(r"(\d{2}(?:\.\d+)?)\s*[%％]", t)) is not None:
        return float(m.group(1)) / 100
    if (m := re.fullmatch(r"0\.\d+", t)) is not None:
        return float(t)
    return None


_BARE_FIGURE_RE = re.compile(r"\s*\d[\d,]*(?:\.\d+)?\s*")
_RATE_ONLY_RE = re.compile(r"\s*(?:税率|增值税)?\s*[:：]?\s*(\d{1,2}(?:\.\d+)?)\s*[%％]\s*")
_TAX_QUESTION_RE = re.compile(r"含不含|含税与否|是否含|含税\s*[/／或]\s*不含|不含税\s*[/／或]\s*含税|含税还是|[□☐]\s*(?:不)?含税\s*[□☐]|"
                              r"incl\.?\s*(?:or|/)\s*excl|(?:vat|tax)\s*(?:basis|status)|[(（]\s*(?:y\s*/\s*n|是\s*/\s*否)\s*[)）]")


_PLACED = ("warn.date_not_number", "warn.time_not_number", "warn.time_as_hours")


_LEGEND_PAREN_RE = re.compile(r"[(（]([^()（）]*)[)）]")
_LEGEND_ITEM_RE = re.compile(r"(?<![\d.])(\d{1,2})\s*[=:：.、-]?\s*([^/／,，;；|\d]+)")


# a unit only the header gives, for bare figures the cell alone would misread: '期满后维保费（%合同额/年）' | '20' is 20% of the
# contract a year (never 20万); '监管适配免费次数（次/年）' | '不限' / '2' / '0' is how many adaptations a year are free
_SHARE_HEAD_RE = re.compile(r"[(（]\s*[%％]\s*(?:合同(?:额|金额|总额|总价)?|软件(?:费|总价)?|报价|总价|采购额|项目(?:总)?(?:额|金额))?"
                            r"\s*[/／每]\s*年\s*[)）]")
_FREE_TIMES_HEAD_RE = re.compile(r"免费.{0,4}次数|次数.{0,4}免费")
_BARE_PCT_RE = re.compile(r"\s*(\d{1,2}(?:\.\d+)?)\s*[%％]?\s*")
_NO_LIMIT_RE = re.compile(r"\s*(?:不限|无限|不限次数?|无限次|无限制|不限制|unlimited)\s*")


def _as_share(raw: Any) -> Any:
    if raw.__class__ in (int, float) and 0 < raw < 100:
        pct = raw * 100 if raw < 1 and not float(raw).is_integer() else raw  # 0.1 is a cell formatted '10%'
        return f"{pct:g}%合同额/年"
    if raw.__class__ is str and (m := _BARE_PCT_RE.fullmatch(raw)):
        return f"{m.group(1)}%合同额/年"
    return raw


def _as_free_times(raw: Any) -> Any:
    n = raw if raw.__class__ in (int, float) else (int(raw.strip()) if raw.__class__ is str and raw.strip().isdigit() else None)
    if n is not None and float(n).is_integer():
        return f"每年限{int(n)}次免费" if n else "每年免费0次"
    if raw.__class__ is str and _NO_LIMIT_RE.fullmatch(raw):
        return "免费，不限次数"
    return raw


# '响应/恢复' over '15分钟/2小时': the first figure is the response, the second the time to restore (no response, and no
# word on the support hours: '1小时/1个工作日' is answered within the hour)
_RESPONSE_PAIR_HEAD_RE = re.compile(r"响应\s*[/／]\s*(?:恢复|解决|修复|处理|到场)|response\s*/\s*(?:restore|resolution|resolve|fix)", re.I)


def _response_part(raw: Any) -> Any:
    if raw.__class__ is str and ("/" in raw or "／" in raw):
        first = re.split(r"[/／]", raw, maxsplit=1)[0].strip()
        return first or raw
    return raw


def _legend(label: str) -> Any:
    """Codes a header explains: '等保三级(1已取得/2测评中/0无)' -> {'1': '已取得', '2': '测评中', '0': '无'}; or how a bare
    figure under it reads when only the header gives its unit (a function of the cell)."""
    if _SHARE_HEAD_RE.search(label):
        return _as_share
    if _FREE_TIMES_HEAD_RE.search(label):
        return _as_free_times
    if _RESPONSE_PAIR_HEAD_RE.search(label):
        return _response_part
    for inner in _LEGEND_PAREN_RE.findall(label):
        if not re.search(r"[/／,，;；|]", inner):
            continue
        items = _LEGEND_ITEM_RE.findall(inner)
        if len(items) >= 2:
            return {code: words.strip() for code, words in items}
    return None


def _code_of(raw: Any) -> str | None:
    if raw.__class__ is str:
        t = raw.strip()
        return t if t.isdigit() and len(t) <= 2 else None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and raw == raw and float(raw).is_integer():
        return str(int(raw))
    return None


def _plan(rec: Record, label: str, overrides: dict[str, str], mapping: dict[tuple, MappingRow]) -> tuple:
    """What a label's cells become in one sheet: (what, field id or role, parser kind, unit, extra, code legend)."""
    return (*_target_plan(rec, label, overrides, mapping), _legend(label))


@lru_cache(maxsize=2048)
def _label_features(label: str, fid: str) -> tuple[str, ...]:
    """The modules a yes/no row names: one, or each part of 'Approval workflow / user management', '审批流、用户管理'."""
    for split in (r"\s*(?:/|／|、|&|＆|\band\b|及|和)\s*", r"\s*(?:/|／|、)\s*"):  # 'Repayment schedule & reminders /
        parts = [p.strip() for p in re.split(split, label) if p.strip()]  # approval workflow / user management'
        found = [f for p in parts if (f := match_feature(p)) is not None] if len(parts) > 1 else []
        if found and len(found) == len(parts):
            return tuple(dict.fromkeys(found))
    return (fid,)


@lru_cache(maxsize=2048)
def _asks_several(label: str) -> bool:
    """A label of two questions or more, each naming a different scored field ('技术支持是几点到几点？出了问题多久响应？
    免费期过了每年多少钱？'); its cells answer each."""
    if label.count("？") + label.count("?") < 2:
        return False
    from .reading import _FIELD_WORDS

    named = {fid for p in re.split(r"[？?]", norm(label)) if p.strip() for fid, rx in _FIELD_WORDS.items()
             if fid in schema.SCORED_FIELDS and rx.search(p)}
    return len(named) >= 2


def _target_plan(rec: Record, label: str, overrides: dict[str, str], mapping: dict[tuple, MappingRow]) -> tuple:
    if rec.fixed and label in rec.fixed and label.strip() not in overrides:
        target, manual = Target.from_code(rec.fixed[label]), False
        unit = unit_of(label, target)
    else:
        target, unit, manual = _resolve(label, overrides)
        if target is None and not manual and len(label) <= 160 and (m := _MATRIX_ROW_RE.match(label.strip())) is not None:
            target, unit, _manual = _resolve(m.group(1), {})  # '13、售后服务承诺（矩阵单选）—监管政策调整适配': the row's own words
        elif target is not None and target.kind == "notes" and not manual \
                and (m := _THEIR_WORDS_ON_RE.match(label.strip())) is not None:
            # '对方原话：功能', '对方原话：报价': the vendor's own words on what the rest of the label names
            inner, inner_unit, _manual = _resolve(m.group(1), {})
            if inner is not None:
                target, unit = inner, inner_unit
    mapping[(rec.file, rec.sheet, label)] = MappingRow(rec.file, rec.sheet, label,
                                                       target.code if target else None, unit, manual)
    if target is not None and not manual and _EXPIRED_LABEL_RE.search(label):
        target = None  # '2024报价（已过期）' beside '2025报价': last year's, kept for comparison, never this year's quote
    if target is not None and not manual and (opt := _option_column(label)) is not None:
        # a questionnaire's multiple choice, a column per option ('5、报价内包含的功能模块（多选）—商品管理' | 1 / 0)
        if opt == "其他" or opt.lower() == "other":
            return _EXTRA, None, None, None, False  # the 'other' tick: its words are in the column after it
        if target.id == "features" and (fid := match_feature(opt)) is not None:
            return _FEATURE, "features", "bool", None, (fid,)
        if target.kind == "field" and schema.FIELDS[target.id].kind in ("cert", "encryption", "tls", "access", "bureau") and not opt.startswith("其他"):
            # '12、已对接的征信机构（多选）—百行征信' | 1: the option ticked says its words; a 0 says nothing
            return _PLAIN, target.id, schema.FIELDS[target.id].kind, None, (False, ("pick", target.id, opt), {})
    if target is None and not manual and label.strip() in _REBATE_LABELS:  # '合同总价' | '优惠': what is taken off it
        return _PRICE, "rebate", "money", None, _label_tax(label)
    if target is None:  # kept, not scored; extra: whether it states the payment terms (付款条件)
        return _EXTRA, None, None, None, _PAY_TERMS_LABEL_RE.search(label) is not None
    if target.kind == "feature":  # a yes/no column for one feature; its cells are sources of "features"
        return _FEATURE, "features", "bool", None, _label_features(label, target.id)
    if target.kind == "field" and not manual and _asks_several(label):
        # '源码是不是全部交付？上面说的这些能不能写进合同？': a question row asking several things, each answered in the cell
        return _NOTES, None, None, None, ()
    if target.kind == "notes":
        if not manual and ((_BUYER_REMARK_RE.match(label.strip()) and not _VENDOR_WORDS_RE.search(label)) or (
                _NOT_THEIR_WORDS_RE.search(label) and not VERBATIM_LABEL_RE.search(label))):
            return _EXTRA, None, None, None, False  # '小周备注', '王工备注': the buyer's own remarks, kept, not the vendor's
        return _NOTES, None, None, None, joint_fields(label)  # '权限/日志': its parts, in order
    if target.kind == "price":
        return _PRICE, target.id, "money", unit, _label_tax(label)
    if target.id == "price_cny":
        return _PRICE, "price", "money", unit, _label_tax(label)
    if target.id == "features" and _OPTIONAL_LABEL.search(mainland(label).lower()) \
            and not re.search(r"[（(]\s*含[^）)]*(?:选配|可选)", label) \
            and not ("标配" in label or "●" in label):  # '功能模块（含选配说明）', '（● 标配 ○ 选配）' list the modules
        return _FIELD, "features", "features", money_unit(label), "options"  # "Optional modules (CNY '000)"
    if target.id in ("vendor", "package", "business_types", "features"):
        return _FIELD, target.id, schema.FIELDS[target.id].kind, unit, None
    # a scored field: (derive other fields from its text?, a label that completes the text: 等保三级 / 国密SM4)
    low = norm(label)
    asked = question_subject(label)
    context = ("mlps" if target.id == "mlps_level3" and _LEVEL3_LABEL.search(low) else
               "sm4" if target.id == "sm4_encryption" and "sm4" in low else
               ("ask", target.id, asked) if asked else
               # a figure in the label ('2小时到人', '日志≥半年'): a bare tick under it meets that figure
               ("ask", target.id, label) if schema.FIELDS[target.id].kind in ("hours", "months")
               and _LABEL_FIGURE_RE.search(low) else
               # '完整源码' | '✔': the tick says what the label does (a bare tick under '源码交付' says nothing of how much)
               ("ask", target.id, label) if target.id == "source_code_delivery"
               and (lr := read_value(target.id, label)).status == "stated" and lr.value is not None else
               # '维护含缺陷修复及小版本升级' | 'Y': the yes says what the label states
               ("ask", target.id, label) if schema.FIELDS[target.id].kind not in ("money", "hours", "months", "features", "text")
               and (lr := read_value(target.id, label)).status == "stated" and lr.value is True else None)
    # the readings of the column's texts, each distinct text read once: (reading, the other fields it states)
    return _PLAIN, target.id, schema.FIELDS[target.id].kind, unit, (target.id in _DERIVE_FROM, context, {})


# a notes row its writer says is hers ('佳琪备注（我的理解，不是对方原话）'): kept, never the vendor's words
_NOT_THEIR_WORDS_RE = re.compile(r"不是(?:对方|供应商|厂商|服务商|厂家)(?:的)?原话|非(?:对方|供应商|厂商|服务商|厂家)原话|"
                                 r"(?:我|本人|个人)的?(?:理解|看法|判断|猜测)|"
                                 r"speaker\s*notes?|presenter\s*notes?|演讲者备注|讲者备注|演讲备注", re.I)  # the presenter's


# a phone message's emoji bullets and the term each stands for in a quote ('💰报价：…', '📦模块：…', '🎁赠送：…')
_EMOJI_TERMS = {"💰": "报价", "💴": "报价", "💵": "报价", "📦": "功能模块", "🧩": "功能模块", "🎁": "赠送", "🏦": "征信接口",
                "🛠": "售后服务", "🔧": "售后服务", "⏰": "技术支持", "💾": "源码交付", "📅": "维保期满年费"}
_EMOJI_LEAD_RE = re.compile("^\\s*(?:" + "|".join(map(re.escape, _EMOJI_TERMS)) + ")", re.M)
_EMOJI_SKIN_RE = re.compile("[\ufe0f\u200d]")


def _emoji_labelled(text: str) -> str:
    """Each line led by an emoji bullet that stands for a term, labelled with that term when it has no label of its own
    ('💰19.9w（不含税）' -> '报价：19.9w（不含税）'; '💰报价：26.8万' keeps its own)."""
    out = []
    for line in text.splitlines():
        bare = _EMOJI_SKIN_RE.sub("", line).lstrip()
        lead = next((e for e in _EMOJI_TERMS if bare.startswith(e)), None)
        if lead is not None:
            rest = bare[len(lead):].strip()
            line = rest if re.match(r"^[^：:]{1,8}[：:]", rest) else f"{_EMOJI_TERMS[lead]}：{rest}"
        elif bare[:1] and unicodedata.category(bare[0]) == "So":  # '🔥限时特价9.9万🔥': a price said with its own word
            rest = "".join(ch for ch in bare if unicodedata.category(ch) != "So").strip()
            if re.search(r"特价|报价|价格|优惠价|总价|合计", rest) and MONEY_AMOUNT_RE.search(rest.lower()) and "：" not in rest:
                line = f"报价：{rest}"
        out.append(line)
    return "\n".join(out)


def _parse(kind: str, raw: Any, unit: float | None) -> tuple[Any, str | None]:
    try:
        return _parse_cached(kind, raw, unit)  # parse_cell's cache, without its extra call per cell
    except Exception:  # noqa: BLE001 - unhashable, or a parser bug: parse_cell answers, and never raises
        return parse_cell(kind, raw, unit)


def _warn(warnings: list[Warning_], code: str, rec: Record, address: str, fid: str, text: str) -> None:
    params = {"field": fid, "text": text}
    if code in _PLACED:  # its message names the place itself
        params.update(file=rec.file, sheet=rec.sheet, cell=address)
    warnings.append(Warning_(code, rec.file, rec.sheet, address, params))


def _by_module(raw: str, modules: tuple, options: list, feature_cols: dict, feature_status: list) -> bool:
    """A row asking about several modules answered module by module: each module the cell names included, each it offers
    at a price an option; True when the cell named any of them this way (else the row's one answer stands for all)."""
    rf = read_features(raw)
    offered = [o for o in rf.options if o[1] in modules]
    named = set(rf.value or ()) & set(modules)
    if not offered or not (named or len(offered) == len(modules)):
        return False
    for one in named:
        feature_cols[one] = True
    options.extend(offered)
    feature_status.append("conditional")
    return True


# a price's own words naming the hardware it holds ('二、硬件部分：应用服务器…（代采），5.8万元'), then the total over both
_HARDWARE_CLAUSE_RE = re.compile(r"硬件(?:部分|设备|费用)?\s*[:：][^；;。]*?(?P<amt>\d[\d.,]*\s*(?:万元|万|元))")
# a part of a price another company signs for itself ('二期（…由玛纳斯公司另行签约）12.8万元')
_OTHER_PARTY_RE = re.compile(r"[^，,；;。（(]{0,12}[（(][^（）()]*?由[^（）()，,；;。]{2,24}?另行(?:签约|签订合同|签订|采购|付款)"
                             r"[^（）()]*[)）]\s*(?P<amt>\d[\d.,]*\s*(?:万元|万|元))")
_TOTAL_WORD_RE = re.compile(r"合计|总计|共计|总价")


def _quote_from_record(rec: Record, overrides: dict[str, str], warnings: list[Warning_],
                       mapping: dict[tuple, MappingRow], resolved: dict[tuple, dict]) -> Quote | None:
    values: dict[str, Any] = dict.fromkeys(schema.VALUE_FIELDS)
    sources: dict[str, list[Source]] = {}
    extras: dict[str, str] = {}
    unknown_features: list[str] = []
    feature_cols: dict[str, bool] = {}
    # field id -> [(priority, Reading, Source)]: 0 = a cell labelled for the field, 1 = read from a multi-fact cell
    found: dict[str, list] = {}
    prices: list[tuple[str, Reading, Source, str | None]] = []  # (role, reading, source, tax mark of the label)
    options: list[tuple[str, str | None, float | None]] = []
    feature_status: list[str] = []
    notes_tax: str | None = None
    notes_vat: float | None = None  # the VAT rate a notes cell names beside its tax mark
    not_quoted = False  # the notes say the price is not given yet
    unsure: list[str] = []  # features whose own row or column answers neither yes nor no ('详见产品说明书')
    # the standing is kept where it says more than the value does: claimed, conditional, or read from another cell
    evidence: dict[str, tuple[str, str, str]] = {}
    post: set[str] = set()  # fields decided after the loop
    chats: list[tuple[str, Source]] = []  # chat transcripts pasted into notes cells
    absent_said: list[str] = []  # modules a notes cell says are missing ('没有流水分析'), when no list is given
    pay_terms: tuple[str, str, str] | None = None  # the payment terms (付款条件) as written: (text, address, label)
    offered: tuple = ()  # modules the notes offer at extra cost
    later = None  # a price the vendor's own words, quoted in a note, give later (reading, source)
    part_paid = None  # the whole price a note gives where it says the price column holds one payment (reading, source)
    gifts: tuple = ()  # modules a price or a note gives away ('赠送…模块')
    options_only = False  # a feature cell gave options and no module list
    corrected = False  # a later answer gave the module list: it replaces the bid's, wherever the bid's cell stands
    withdrawn: list[str] = []  # modules a later answer says are options, not in the quoted price
    priced_apart: list[str] = []  # modules a cell of options prices on top ('订单跟踪属于选配模块…另加1.5W')
    option_amount = None  # a bare amount in a column of options' prices ('选配金额（万元）' | 1.5)
    lists: list[tuple[str, Source]] = []  # multi-line notes cells, which may list the modules on a line
    sentences: list[tuple[str, Source]] = []  # notes written as sentences (a memo's 情况概述, a mail's body)
    priced_notes: list[tuple[str, Source]] = []  # notes cells whose label names the price ('方案及报价情况')
    offers: list[tuple[str, Source]] = []  # notes cells holding a rep's whole offer (the back of his business card)
    vendor = package = None
    in_sheet = resolved.setdefault((rec.file, rec.sheet), {})  # label -> plan, once per sheet
    answered = rec.answered
    pn = -2 if rec.notes_govern else 1  # a notes cell's readings: after the labelled cells, unless the form says they govern
    shown = None  # a cell as written, when the header's unit reads it otherwise
    item_said: dict[str, dict] = {}  # label -> what its cell stated in passing, by field (a later document may restate it)
    for label, raw, address in rec.cells:
        plan = in_sheet.get(label)
        if plan is None:
            plan = in_sheet[label] = _plan(rec, label, overrides, mapping)
        what, fid, kind, unit, extra, legend = plan
        if legend is not None:  # '等保三级(1已取得/2测评中/0无)': the code stands for the words
            if legend.__class__ is dict:
                code = _code_of(raw)
                if code in legend:
                    raw = legend[code]
            elif what is _PLAIN and (read_as := legend(raw)) is not raw:
                shown, raw = raw, read_as  # '期满后维保费（%合同额/年）' | '20': read with the header's unit, shown as written
        if raw.__class__ is str and "○" in raw and "○" in label and "●" in label:
            raw = _dotted(raw)  # '● 商品管理\n○ 积分商城（+1.2万）' under a header's '● 含在报价内 ○ 另行收费'
        text = raw if raw.__class__ is str else _cell_text(raw)
        if shown is not None:
            text, shown = (shown if shown.__class__ is str else _cell_text(shown)), None
        if what is _PLAIN:  # a scored field: most cells of a sheet
            derive, context, seen = extra
            if context.__class__ is tuple and context[0] == "pick":  # a multiple choice's option column: ticked, its words
                raw = context[2] if str(raw).strip().lower() in _TICKED_ONE or raw is True else None
            known = seen.get(raw) if raw.__class__ is str else None
            if known is None:
                key = raw
                if raw.__class__ is str and (boxes := ticked(raw)) is not None:
                    raw = boxes or None  # '■あり／提供　□なし／不提供' under '终身技术咨询': the option ticked, read as its words
                try:
                    r = _read_cached(fid, raw, unit, False)
                except Exception:  # noqa: BLE001 - unhashable or NaN: the total wrapper answers
                    r = read_value(fid, raw, unit)
                from_label = False  # the value is the label's own words, a bare answer saying them
                if raw.__class__ is str:
                    if context is not None and r.status == "claimed" and r.value is not None and r.value is not False:
                        r = _in_context(context, r, raw, unit)
                    elif context == "mlps" and r.value is None and r.warning:  # 'MLPS Level 3' | 'filing certificate no.
                        r = _in_context(context, r, raw, unit)  # 44188143007-25003 for …': the label names the level
                    elif context.__class__ is tuple and r.value is None and r.warning:
                        r0 = r
                        r = _in_context(context, r, raw, unit)  # '✓' under '2小时到人': the yes says what the label does
                        from_label = r is not r0
                        if r is r0 and len(raw.strip()) <= 4 and parse_bool(raw)[0] is False \
                                and context[1] != "source_code_delivery" \
                                and schema.FIELDS[context[1]].kind not in ("money", "hours", "months", "features", "text"):
                            r = Reading(False, "stated")  # 'N' under '维护含缺陷修复及小版本升级': no
                    elif context.__class__ is tuple and context[1] == "source_code_delivery" and len(raw.strip()) <= 4 \
                            and parse_bool(raw)[0] is False:
                        r = UNKNOWN  # '完整源码（无加密）' | '否': not the whole source — partial or a licence, not said
                    known = seen[key] = (r, _derived(raw) if derive else (), from_label)
            if known is not None:
                r, derived, from_label = known
            else:
                from_label = False
            src = Source(r.status, text, address, label)
            srcs = sources.get(fid)
            if srcs is None:
                sources[fid] = [src]
            else:
                srcs.append(src)
            if r.warning:
                _warn(warnings, r.warning, rec, address, fid, text)
            p0 = -1 if answered and address in answered else 1.5 if from_label else 0  # a later answer goes before the bid's
            # cell; a bare Y saying the label's '≥6个月' yields to the figure a remark gives ('日志保存12个月')
            if fid in found:  # a second cell for the field: decided after the loop
                _add(found, fid, (p0, r, src))
                post.add(fid)
            else:
                found[fid] = (p0, r, src)  # one cell per field is the rule: its value is the field's now
                if fid in _AFTER:
                    post.add(fid)
                else:
                    values[fid] = r.value
                    if r.status == "claimed" or r.status == "conditional":
                        evidence[fid] = (r.status, text, address)
            if known is not None:
                for dfid, dr in derived:
                    if dfid != fid:  # what a later answer says in passing comes after the bid's own words on it,
                        # unless the question asked about it ('“7×24小时”是否含夜间？' | '不含，夜间次日处理')
                        # or a later document restates the same item and says otherwise ('免费维护期及范围（乙方合同
                        # 草稿条款原文）' after '免费维护期及范围'): what it says of the scope replaces what the bid said
                        pd = 1 if p0 >= 0 else (-1 if dfid in _asked(label) or item_said.get(
                            label[:label.rfind("（")] if label.endswith("）") else "", {}).get(dfid, dr.value) != dr.value
                            else 2)
                        if p0 >= 0:
                            item_said.setdefault(label, {})[dfid] = dr.value
                        _add(found, dfid, (pd, dr, src))
                        post.add(dfid)
            continue
        if what is _EXTRA:
            if text and not text.isspace():
                extras[label] = text
                if extra and pay_terms is None:
                    pay_terms = (text, address, label)
            continue
        if what is _NOTES and "|" in text and _PIPE_ROW_RE.search(text):
            extras[label] = text
            text = pipe_rows(text)  # a table in wiki or Markdown ('|等保|三级，备案…|'): read, and quoted, as lines
        if what is _NOTES and "\n" in text and _EMOJI_LEAD_RE.search(text):
            extras.setdefault(label, text)
            text = _emoji_labelled(text)  # '💰19.9w（不含税）', '📦商品管理、…': a phone message's bullets name what follows
        if what is _NOTES and ("**" in text or "__" in text):
            extras.setdefault(label, text)
            text = _MD_EMPHASIS_RE.sub("", text)  # '**Price:** CNY 285,000': Markdown's emphasis is no word
        src = Source("stated" if text else "unknown", text, address, label)
        if what is _NOTES:
            if text and not text.isspace():
                extras.setdefault(label, text)
                if _CHAT_LINE_RE.search(text) or _INLINE_CHAT_RE.search(text.lstrip().split("\n", 1)[0]):
                    # a chat pasted in: read once the vendor is known (below)
                    chats.append((text, src))
                    continue
                pc = -1 if answered and address in answered else pn  # a later answer's words go before the bid's
                clauses = _JOINT_SPLIT_RE.split(text) if extra else ()
                if extra and len(clauses) != len(extra):  # 'SM4 / HTTPS / 有 / 6个月' under '安全(加密/HTTPS/权限/日志)'
                    clauses = _SLASH_SPLIT_RE.split(text)
                if extra and len(clauses) == len(extra) and all(len(c) <= 40 for c in clauses):
                    # '权限/日志' | '无；日志保存3个月': each short part for its field (long parts state several facts)
                    got = set()
                    for dfid, clause in zip(extra, clauses):
                        r = read_value(dfid, clause)
                        if r.status != "unknown" or r.value is not None:
                            _add(found, dfid, (pc, r, src))
                            post.add(dfid)
                            got.add(dfid)
                    if any(len(c) > 12 for c in clauses):  # '维保与支持' | '…；7×24小时支持，1小时内响应': the parts also
                        for dfid, r in read_all(text).items():  # state fields the label does not name, or a field
                            # its own part does not ('支持及响应' | '…工作日10:00-19:00，4小时内响应；现场服务需预约')
                            if dfid not in extra or dfid not in got:
                                _add(found, dfid, (pc, r, src))
                                post.add(dfid)
                else:
                    # the label says what the cell is about ('Warranty / AMC' | '12 mths FOC…'): its fields are
                    # read from the whole cell when no clause names them
                    for dfid, r in read_all(text, _label_fields(label)).items():
                        _add(found, dfid, (pc, r, src))
                        post.add(dfid)
                if "没" in text or "无" in text or "不" in text or " no " in text.lower():
                    absent_said += [f for m in _ABSENT_MODULE_RE.finditer(text) if (f := match_feature(m.group(1)))]
                if pc == -1 and ("期" in text or "不" in text):  # a later round's words taking a module out of this
                    withdrawn.extend(_taken_out(text))  # purchase ('条件是反欺诈模块不在本次采购范围内', '风控模型列入二期')
                if "\n" in text and not _HEAD_BULLETS_RE.match(text):  # a multi-line answer ('等保：…\n功能：…'): its module line, if nothing else lists them
                    lists.append((text, src))
                elif "；" in text and _FEATURE_LIST_RE.search(text):  # the same on one line ('功能模块：…；等保：…')
                    lists.append((text.replace("；", "\n"), src))
                elif "、" in text and _FEATURE_LIST_RE.search(text):  # '功能齐全：用户征信、智能风控、…、用户管理。'
                    lists.append((text, src))
                if len(text) > 20 and (_SENTENCE_RE.search(text) or "\n" in text and (
                        _BULLET_DATE_RE.match(text) or re.search(r"^报价[:：]", text, re.M) or _LABELLED_LINE_RE.search(text))):
                    # sentences, or a report's bullets: their price and modules, if no cell gives them
                    sentences.append((text, src))
                if _PRICE_IN_LABEL_RE.search(label) or _WHOLE_OFFER_RE.search(label):
                    priced_notes.append((text, src))  # '方案及报价情况' | '报价函：…三项合计21.8万元（不含税）…'; a card's back
                if _WHOLE_OFFER_RE.search(label):  # the rep's whole offer ('经营贷源码 16.8万 含税\n企业征信、电子合同…'): its
                    offers.append((text, src))  # module list, if no cell gives one
                if (said := _VENDOR_QUOTED_RE.search(text)) and _LATER_PRICE_RE.search(said.group(1)) \
                        and not _PART_LATER_RE.search(said.group(1)):
                    # a tracker's comment quoting the vendor's mail: "最终报价调整为24.8万元（含税）" is its later word
                    r = read_value("price_cny", said.group(1))
                    if r.value is not None:
                        later = (r, Source("stated", said.group(1), address, label))
                elif pc == -1 and _LATER_PRICE_RE.search(text) and not _PART_LATER_RE.search(text) \
                        and (r := read_value("price_cny", text)).value is not None:
                    later = (r, src)  # a later round's own words ('合计调整为28.6万元（含税），其余不变'): its price governs
                elif _PART_PAYMENT_RE.search(text) and (r := read_value("price_cny", text)).value is not None:
                    part_paid = (r, src)  # '报价金额栏填写的是首期款。…总价为22.6万元（含税）': the price column holds one payment
                if _GIFT_HINT_RE.search(text):  # modules given away with the quote
                    gifts += gifted_features(text)
                if "\n" in text and _GIFT_HEAD_RE.search(text):  # 'Value-added, FREE of charge:' over bullets, one a module
                    gifts += tuple(_gift_bullets(text))
                if _OFFER_HINT_RE.search(text):  # '订单跟踪模块可单独加购，价格2.2万元': a module at its price
                    offered += offered_options(text)
                notes_tax = notes_tax or _label_tax(text)  # '以上报价不含税': the price's tax mark
                if notes_vat is None:  # '不含税（增值税税率6%另计）', '增值税按6%另开专票': the rate a tax-exclusive price is at
                    notes_vat = stated_vat_rate(text)
                not_quoted = not_quoted or bool(_NOT_QUOTED_RE.search(text))
            continue
        key = "price_cny" if what is _PRICE else fid
        srcs = sources.get(key)
        if srcs is None:
            sources[key] = [src]
        else:
            srcs.append(src)
        if what is _PRICE:
            if fid == "item" and raw.__class__ is str and _OPTION_ITEM_RE.match(raw) \
                    and (r := read_value("price_cny", raw, unit)).value:
                # '担保业务模块费' | '选配，8.6万元（含税），建议一并采购': the item is offered, not in the price — an option at
                # its amount (added only where it holds a module the buyer must have)
                options.append((f"{label}（{text}）", match_feature(re.sub(r"费$", "", label)), r.value))
                feature_status.append("conditional")
                continue
            if raw.__class__ is str and _GIFT_HINT_RE.search(raw):  # '…；赠送智能客服机器人和区块链存证模块'
                gifts += gifted_features(raw)
            if raw.__class__ is str and len(raw) > 12 and _TERMS_IN_PRICE_RE.search(raw):
                # '…降为14.6万，免费维护期相应调整为6个月': the terms a price's own words change, after any cell of their own
                for dfid, dr in _derived(raw):  # ('…（维保期满后年服务费2.8万/年，不在合计内）': the yearly fee too)
                    if dfid != "price_cny" and dfid != "policy_adaptation_fee_cny":
                        _add(found, dfid, (2, dr, src))
                        post.add(dfid)
            if fid == "rebate":  # '-16000.00': the amount taken off, read as the amount it is
                raw = abs(raw) if raw.__class__ in (int, float) else re.sub(r"^\s*[-－−]\s*", "", _cell_text(raw))
                if _PRICE_AFTER_RE.search(raw.__class__ is str and raw or ""):
                    fid = "discount"  # '优惠' | '优惠后价格19.8万': the price after it, not the amount taken off
            r = read_value("price_cny", raw, unit)
            if r.options and raw.__class__ is str:  # '18.8万不含电子合同模块，电子合同要另加3万': by the price's own words the
                withdrawn.extend(o[1] for o in r.options if o[1] and o[2])  # module is bought on top, wherever a list has it
            if answered and address in answered and prices and r.value is not None:
                prices[:] = [p for p in prices if p[0] != fid]  # a later answer's price ('最终报价22.8万元…') replaces the bid's
            if fid == "tax" and r.tax is None and r.vat is None and ((m := _RATE_ONLY_RE.fullmatch(text)) is not None or (
                    ("%" in label or "％" in label) and (m := re.fullmatch(r"\s*(\d{1,2}(?:\.\d+)?)\s*", text)) is not None)) \
                    and (rate := round(float(m.group(1)) / 100, 4)) in schema.VAT_RATES:
                r = replace(r, vat=rate)  # '税率' | '6%', '税率（%）' | 6: the rate the quote's tax is at
            if fid == "tax" and r.tax is None and (yes := _TAX_ANSWERS.get(_FIRST_WORD_RE.match(norm(text)).group())
                                                   or _tax_word(text)) is not None:
                r = replace(r, tax=yes)  # 'VAT Included (Y/N)' | 'N': excluding VAT
                if yes == "excl" and r.vat is None and (rate := _bare_rate(text)) is not None:
                    r = replace(r, vat=rate)  # '含票?' | '× 不含 另加6%': the rate to add
            if fid == "tax" and r.tax is not None and answered and address in answered:
                prices[:] = [p for p in prices if p[0] != "tax"]  # '更正：…为含税价': the later answer's tax mark replaces
            if r.warning and fid != "tax":  # a tax cell ('含税，13%专票') gives the tax mark only: no amount is due
                _warn(warnings, r.warning, rec, address, "price_cny", text)
            prices.append((fid, r, src, extra))
            continue
        if what is _FEATURE:
            if len(extra) > 1 and raw.__class__ is str and _by_module(raw, extra, options, feature_cols, feature_status):
                continue  # '商品管理 ✓、分期计算器 ✓；订单跟踪为选配，另加2.2万元' under a row asking for all three: each as said
            r = read_feature_cell(raw)
            if r.warning:
                warnings.append(Warning_(r.warning, rec.file, rec.sheet, address, {"field": "features", "text": text}))
            if r.status == "conditional":
                opt = label + "（不含税）" if _OPTION_EXCL_RE.search(text) else label  # 'Optional (+CNY 30,000 excl. VAT)'
                for k, one in enumerate(extra):  # one price for the row: said once
                    options.append((opt, one, (r.options[0][2] if r.options else None) if k == 0 else None))
                feature_status.append("conditional")
                if answered and address in answered:  # a later answer: '流水分析为选配模块，另加5.8万' takes the
                    withdrawn.extend(extra)  # module out of the bid's list, where it read as included
            elif r.value is None and text and not text.isspace():  # '详见产品说明书': neither there nor absent
                unsure.extend(extra)
                srcs = sources["features"]
                srcs.insert(0, srcs.pop())  # the words to ask about first
            elif r.value is not None:
                for one in extra:
                    feature_cols[one] = bool(r.value) or feature_cols.get(one, False)
                feature_status.append("stated")
            continue
        if fid == "vendor" or fid == "package":
            if fid == "vendor" and raw.__class__ is str and "\n" in raw.strip() and \
                    _COMPANY_END_RE.search(first := raw.strip().split("\n", 1)[0]):
                raw = first  # '武汉东湖云信科技有限公司\n合格供应商 Qualified': a portal's badge under the name
            elif fid == "vendor" and raw.__class__ is str and (m := _SEAL_MARK_RE.search(raw)) is not None:
                raw = raw[:m.start()]  # '泸州合江软件有限公司（盖章）': the company, the seal mark aside
            elif fid == "vendor" and raw.__class__ is str and (m := _NAME_WITH_CONTACT_RE.match(raw.strip())) is not None:
                raw = m.group(1)  # '合肥云帆科技有限公司（云帆集团　王经理 138…）', '…有限公司 小张137…': the company alone
            value, warn = _parse(kind, raw, unit)
            if fid == "vendor":
                vendor = vendor or value
            else:
                package = package or value
            continue
        if fid == "business_types":
            value, warn = _parse(kind, raw, unit)
            if warn:
                _warn(warnings, warn, rec, address, fid, text)
            if values[fid] is None:
                values[fid] = value
            continue
        # the feature list (the only field left)
        if extra == "options" and (raw.__class__ in (int, float) or raw.__class__ is str and _BARE_FIGURE_RE.fullmatch(raw)):
            option_amount = parse_money(raw, unit)[0]  # '选配金额（万元）' | 1.5: the price of the option named beside it
            continue
        r = read_options(raw, unit) if extra == "options" and not (raw.__class__ is str and _GIFT_HINT_RE.search(raw)) \
            else read_value(fid, raw, unit)  # '增值模块' | '…（均为赠送）': given with the quote, not options
        if r.warning:
            _warn(warnings, r.warning, rec, address, fid, text)
        if raw.__class__ is str and _names_bureau(raw):  # '企业征信对接（央行征信中心、百行）'
            _add(found, "licensed_credit_bureau", (1, _BUREAU_STATED, src))
            post.add("licensed_credit_bureau")
        if extra == "options" and raw.__class__ is str and len(raw) > 6:
            # '另计项目' | '节假日值班服务另行购买；重大监管政策调整另行报价': what costs extra may be a term, not a module
            for dfid, dr in _derived(raw):  # only the terms that can cost extra, and only where they do
                if dfid in _EXTRA_COST_TERMS and dr.value is False:
                    _add(found, dfid, (1, dr, src))
                    post.add(dfid)
        unknown_features += [u for u in r.unknown_features if u not in unknown_features]
        unsure += list(r.unsure)  # '银行流水分析：详见产品白皮书': a must-have among them waits for the answer
        if r.options and raw.__class__ is str and _OPTION_EXCL_RE.search(raw):  # '订单跟踪模块另加2.6万元（不含税）': priced
            options += [o if _OPTION_EXCL_RE.search(o[0]) else (o[0] + "（不含税）", o[1], o[2]) for o in r.options]  # before tax
        else:
            options += list(r.options)
        from_answer = answered and address in answered  # a later answer ('澄清回函'): its list and its options govern
        if from_answer and r.options:
            withdrawn.extend(o[1] for o in r.options if o[1])
        if from_answer and r.value and extra != "options" and not (raw.__class__ is str and _GIFT_HINT_RE.search(raw)):
            values["features"] = None  # '更正：报价内功能为…': the corrected list replaces the bid's (a module given on
            corrected = True  # top, '另赠送积分商城模块', adds to it)
        if not r.value and r.options:  # '订单跟踪选配24,000元': options only — the module list is said elsewhere
            priced_apart.extend(o[1] for o in r.options if o[1] and o[2])  # (at its price: bought on top, whatever a list
            # says — unless the module's own column says it is there)
            options_only = True
            continue
        if r.value is not None and not (corrected and not from_answer and extra != "options"):
            # (the bid's own list, listed after its correction, adds nothing to it)
            values["features"] = list(dict.fromkeys((values["features"] or []) + list(r.value)))
        if r.status != "unknown":
            feature_status.append(r.status)
    if vendor is None and rec.sheet_vendor:
        vendor = parse_text(rec.sheet_vendor)[0]
    if package is None and rec.edition:
        package = rec.edition
    if not vendor:
        return None
    said_texts = []
    for chat, src in chats:
        said = _vendor_said(chat, vendor)
        for dfid, r in read_all(said).items():
            _add(found, dfid, (1, r, src))
            post.add(dfid)
        notes_tax = notes_tax or _label_tax(said)
        if not prices and (sel := _price_said(said)):
            r = read_value("price_cny", sel)
            if r.value is not None:
                prices.append(("price", r, src, None))
                sources.setdefault("price_cny", [src])
        said_texts.append((said, src))
    for said, src in said_texts + lists:  # the module list a chat or a multi-line answer cell gives ('功能：商品管理、…')
        if values["features"] is None and not feature_status and not feature_cols and (r := _feature_line(said)):
            values["features"] = list(r.value or ())
            unsure += list(r.unsure)
            options += list(r.options)
            feature_status.append(r.status)
            sources.setdefault("features", [src])
            for line in said.split("\n"):  # '选配：分期计算器 28,000.00元（含税，未含在总价内）': options at their price
                if (m := _OPTION_LINE_RE.match(line)) and (r := read_options(m.group(1))).options:
                    options += list(r.options)
                    feature_status.append("conditional")
                elif (m := _MODULE_POINTER_RE.match(line)) and (fid_ := match_feature(m.group(1) or m.group(2))) is not None:
                    unsure.append(fid_)  # '银行流水分析：详见产品手册' on a line of its own: neither there nor absent
    if pay_terms is not None and prices and not any(r.value is not None for _f, r, _s, _e in prices) \
            and any(_SEE_PAYMENTS_RE.search(s_.text) for _f, _r, s_, _e in prices):
        # '合同总价: 见付款计划' beside '付款条件: 签约付30%（57,000元）；上线付40%（76,000元）…；以上均为不含税金额': the
        # milestones the price points to, summed
        r = read_value("price_cny", pay_terms[0])
        if r.value is not None and len(r.items) >= 2:
            prices.append(("price", r, Source(r.status, pay_terms[0], pay_terms[1], pay_terms[2]), None))
    if priced_notes and _no_amount(prices):  # no price cell: the notes cell the label says holds the price, read as one
        for text, src in priced_notes:
            r = read_value("price_cny", text)
            if r.value is not None:
                prices.append(("price", r, Source(r.status, text, src.address, src.label), None))
                sources.setdefault("price_cny", [src])
                break
    if sentences:
        _from_sentences(sentences, prices, options, values, feature_status, feature_cols, sources)
    for text, src in offers:
        if values["features"] is None and not feature_status and not feature_cols and (r := read_features(text)).value:
            values["features"] = list(r.value)
            options += list(r.options)
            unsure += list(r.unsure)
            feature_status.append(r.status)
            sources.setdefault("features", [src])
    if offered:  # a note's offer, unless a cell of the quote already prices the module
        for k, (w0, f0, c0) in enumerate(options):  # '风控模型（选配）' in the list, its price in the note
            if c0 is None and (said := next(((w, c) for w, f, c in offered if f == f0 and c is not None), None)) is not None:
                excl = _OPTION_EXCL_RE.search(said[0]) and not _OPTION_EXCL_RE.search(w0)  # its tax said with its price
                options[k] = (w0 + "（不含税）" if excl else w0, f0, said[1])
        out = {fid for words, fid, _c in offered if _TAKEN_OUT_RE.search(words)}
        if out and values["features"]:  # the note takes them out of the list the price was quoted with
            values["features"] = [f for f in values["features"] if f not in out]
        have = {o[1] for o in options} | set(values["features"] or ())
        for words, fid, cost in offered:
            if fid not in have and not feature_cols.get(fid):
                options.append((words, fid, cost))
                feature_status.append("conditional")
                have.add(fid)
    fee_share = None
    if prices and any(_PER_SEAT_RE.search(s_.text) for _role, _r, s_, _t in prices):
        # '4,500元/账号' beside '…4,500元/账号 × 60个账号（客户经理及审批岗）': the price is the seats at their price
        seat = next(((m, lb, a) for lb, raw_, a in rec.cells if raw_.__class__ is str and (m := _SEATS_RE.search(raw_))), None)
        if seat is not None:
            m, lb, a = seat
            each, n = parse_money(m.group(1))[0], int(m.group(2))
            if each and n and any(r_.value == each for _role, r_, _s, _t in prices):  # (a price worked out in its own cell
                # — '平台基础费6万元 + 3,500元/账号 x 30个账号 + …' — is that sum already)
                prices.append(("total", Reading(each * n, "stated", pretax=each * n), Source("stated", m.group(), a, lb), None))
    instalment = next((m for text, _src in sentences if (m := _INSTALMENT_RE.search(text))), None)
    if instalment is not None:  # '买断总价24万元，分三年等额支付，每年8万元': the yearly columns are payments, not fees
        total, each = parse_money(instalment.group(1))[0], parse_money(instalment.group(2))[0]
        if total and each:
            src_i = next(src for text, src in sentences if instalment.group() in text)
            prices.append(("total", Reading(total, "stated", pretax=total), Source("stated", instalment.group(), src_i.address,
                                                                                 src_i.label), None))
            fid_f = "annual_fee_after_warranty_cny"
            fee = found.get(fid_f)
            cands = [fee] if fee.__class__ is tuple else list(fee or ())
            kept = [c for c in cands if c[1].value != each]
            if len(kept) != len(cands):
                values[fid_f] = None
                evidence.pop(fid_f, None)
                text_i = next(text for text, _src in sentences if instalment.group() in text)
                rest = read_value(fid_f, text_i.replace(instalment.group(), " "), None, True)
                if rest.value is not None:  # '…第四年起维保2.4万元/年': the fee the same words give, the payments aside
                    kept.append((1, rest, src_i))
                if kept:
                    found[fid_f] = kept if len(kept) > 1 else kept[0]
                    post.add(fid_f)
                else:
                    found.pop(fid_f, None)
                    post.discard(fid_f)
    for fid in post:  # fields with several cells, a multi-fact reading, or a fee beside the value
        cands = found[fid]
        if cands.__class__ is tuple:
            _p, r, src = cands
            derived = False
        else:
            chosen = _choose(fid, cands, rec, warnings)
            if chosen is None:
                continue
            r, src = chosen
            derived = src is not cands[0][2] or cands[0][0] == 1
        if fid == "policy_adaptation_free":
            values[fid] = r.value
            if r.fee is not None and values["policy_adaptation_fee_cny"] is None:
                values["policy_adaptation_fee_cny"] = r.fee
        elif fid == "annual_fee_after_warranty_cny" and r.value is None:
            fee_share = r.share
        elif fid == "features":  # '功能模块及报价' | '个人征信、风控模型；25万元': a list like every other feature list
            values[fid] = list(dict.fromkeys([*(values[fid] or ()), *r.value])) if r.value is not None else values[fid]
            options += list(r.options)
        else:
            values[fid] = r.value
        st = r.status
        if derived or st == "claimed" or st == "conditional":
            evidence[fid] = (st, src.text, src.address)
        else:
            evidence.pop(fid, None)
        if fid not in sources and r.value is not None:  # the cell it was read from, shown beside it ('Free
            sources[fid] = [src]  # maintenance period and scope' gives the period and the upgrades)
    if values["policy_adaptation_free"] is None and values["policy_adaptation_fee_cny"] is not None \
            and (fee_src := sources.get("policy_adaptation_fee_cny")):
        _policy_from_fee(fee_src[0], values, sources, evidence)  # '政策适配费 | 0（免费）': the adaptation is free
    if feature_cols:
        present = [f for f, yes in feature_cols.items() if yes]
        values["features"] = list(dict.fromkeys((values["features"] or []) + present))
    if withdrawn and values["features"]:
        values["features"] = [f for f in values["features"] if f not in withdrawn]
    if priced_apart and values["features"]:
        values["features"] = [f for f in values["features"] if f not in priced_apart or feature_cols.get(f)]
    if gifts and values["features"] is not None:  # given away: in the quote (never a list of its own: the modules
        values["features"] = list(dict.fromkeys([*values["features"], *gifts]))  # quoted stay unknown then)
    if options_only and values["features"] is None and not feature_status:
        feature_status.append("conditional")  # the options are all there is: a list of none, conditional
    if values["licensed_credit_bureau"] is None and (fsrcs := sources.get("features")) \
            and _BUREAU_IN_MODULES_RE.search(fsrcs[0].text):
        values["licensed_credit_bureau"] = True  # '个人征信查询 (百行)' in the module list: the bureau it connects to
        sources["licensed_credit_bureau"] = [fsrcs[0]]
    if values["features"] is not None or feature_status:
        fsrc = sources.get("features", [Source("unknown", "", "", "")])[0]
        st = "conditional" if "conditional" in feature_status else ("stated" if feature_status else "unknown")
        if values["features"] is None and st == "conditional":
            values["features"] = []
        evidence["features"] = (st, fsrc.text, fsrc.address)
    if not_quoted:  # '0.00' beside '未报价': an empty amount, not a free system
        for k, (role, r, src, tax) in enumerate(prices):
            if r.value == 0 and r.status == "stated" and _BARE_ZERO_RE.fullmatch(src.text):
                prices[k] = (role, UNKNOWN, src, tax)
                _warn(warnings, "warn.zero_not_quoted", rec, src.address, "price_cny", src.text)
    if part_paid is not None and later is None and prices:  # the notes' whole price before the one payment, and said
        r, src = part_paid
        was = next((s for _role, r0, s, _t in prices if r0.value is not None and r0.value != r.value), None)
        if was is not None:
            prices.insert(0, ("discount", replace(r, warning=None), src, None))
            warnings.append(Warning_("warn.part_payment", rec.file, rec.sheet, src.address,
                                     {"field": "price_cny", "text": was.text, "kept": src.text, "cell": src.address}))
    if later is not None:  # the vendor's later word goes before every price of the sheet, and is said
        r, src = later
        was = next((s for _role, r0, s, _t in prices if r0.value is not None and r0.value != r.value), None)
        prices.insert(0, ("discount", r, src, None))
        if was is not None:
            warnings.append(Warning_("warn.later_word", rec.file, rec.sheet, src.address,
                                     {"field": "price_cny", "text": was.text, "kept": src.text, "cell": src.address}))
    if prices and not any(role in ("discount", "cny", "price", "total") and r.value is not None for role, r, _s, _t in prices):
        # '标价（元）' | 260000 beside '折扣率' | '9折' and an empty '折后价': the list price at the rate given
        rate = next((x for lb, t in extras.items() if _DISCOUNT_RATE_LABEL_RE.search(lb) and (x := _discount_rate(t))), None)
        listed = next(((r, s_) for role, r, s_, _t in prices if role == "list" and r.value is not None), None)
        if rate is not None and listed is not None:
            r0, s0 = listed
            pre = (r0.pretax if r0.pretax is not None else r0.value) * rate
            prices.append(("discount", Reading(round(pre, 2), "stated", tax=r0.tax, pretax=round(pre, 2)),
                           Source("stated", f"{s0.text} × {rate:g}", s0.address, s0.label), None))
    if option_amount and len({o[1] for o in options if o[2] is None and o[1]}) == 1:  # one module unpriced: its price
        options[:] = [(o[0], o[1], option_amount) if o[2] is None and o[1] else o for o in options]
    if feature_cols and options:  # '个人征信接口 | 无（需客户自行开发）' beside '征信接口开发另行报价': the module's own row
        # says it is not there; development at a price not given is no option to add
        options = [o for o in options if not (o[2] is None and feature_cols.get(o[1]) is False)]
    price_parts = _price(prices, options, fee_share, values, evidence, rec, warnings, notes_tax, rec.notes_govern,
                         notes_vat)
    if values["features"] is None and absent_said:  # no module list, but modules said to be missing ('没有流水分析')
        gone = [f for f in dict.fromkeys(absent_said) if not feature_cols.get(f) and f not in {o[1] for o in options}]
        if gone:
            if price_parts is None:
                price_parts = {"base": values["price_cny"], "tax": None, "options": [], "fee_share": None}
            price_parts["absent_features"] = gone  # a must-have among them fails its gate (core.flags)
    unsure = [f for f in dict.fromkeys(unsure) if not feature_cols.get(f)]
    if unsure:  # a must-have among them is not missing: its gate waits for the answer (core.scoring)
        if price_parts is None:
            price_parts = {"base": values["price_cny"], "tax": None, "options": [], "fee_share": None}
        price_parts["unconfirmed_features"] = unsure
    return Quote(vendor, package, values, sources, extras, unknown_features, rec.file, rec.sheet, rec.origin,
                 evidence=evidence, price_parts=price_parts)


def _policy_from_fee(src: Source, values: dict, sources: dict, evidence: dict) -> None:
    """A policy-adaptation fee cell and no cell saying whether adaptation is free ('政策适配费 | 0（免费）', '每次3万元'):
    the fee answers it — nothing to pay is free, an amount is charged — read from the fee's own words."""
    r = read_value("policy_adaptation_free", src.text)
    if r.value is None:
        r = Reading(values["policy_adaptation_fee_cny"] == 0, "stated")
    values["policy_adaptation_free"] = r.value
    sources["policy_adaptation_free"] = [src]
    evidence["policy_adaptation_free"] = (r.status, src.text, src.cell)  # derived from another field's cell: said


_EDITION_NAMES = EDITION + r"(?: edition)?"
_EDITION_PRICE_RE = re.compile(rf"({_EDITION_NAMES})\s*[:：]?\s*([¥￥$]?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|万|w|k|千元|元)?)",
                               re.IGNORECASE)
_EDITION_HEAD_RE = re.compile(rf"({_EDITION_NAMES})\s*[:：]", re.IGNORECASE)


def _editions(rec: Record, overrides: dict[str, str], warnings: list[Warning_], mapping: dict, resolved: dict) -> list:
    """One vendor's price cell listing several editions ('基础版18万/标准版24万/旗舰版36万（均含税）') and no package
    cell: one record per edition, each with its own price and, where a cell has a section per edition
    ('基础版：…；标准版：…'), that section. Anything else is the same for all of them. Said in a warning."""
    in_sheet = resolved.setdefault((rec.file, rec.sheet), {})
    price_at = None
    for i, (label, raw, _address) in enumerate(rec.cells):
        if raw.__class__ is not str or not raw:
            continue
        plan = in_sheet.get(label)
        if plan is None:
            plan = in_sheet[label] = _plan(rec, label, overrides, mapping)
        if plan[0] is _FIELD and plan[1] == "package" and raw.strip():
            return [rec]
        if plan[0] is _PRICE and plan[1] == "price" and price_at is None and len(_EDITION_PRICE_RE.findall(raw)) >= 2:
            price_at = i
    if price_at is None:
        return [rec]
    label, text, address = rec.cells[price_at]
    pairs = _EDITION_PRICE_RE.findall(text)
    names = [n for n, _a in pairs]
    if len({n.casefold() for n in names}) < len(names):
        return [rec]  # an edition named twice: not a plain list of editions
    rest = _EDITION_PRICE_RE.sub(" ", text).strip(" /、，,;；\n")  # '（均含税）': said of every edition
    out = []
    for name, amount in pairs:
        cells = []
        for j, (lab, raw, addr) in enumerate(rec.cells):
            if j == price_at:
                raw = f"{amount} {rest}".strip()
            elif raw.__class__ is str and len(_EDITION_HEAD_RE.findall(raw)) >= 2:
                raw = _edition_section(raw, name)
            cells.append((lab, raw, addr))
        out.append(Record(rec.file, rec.sheet, rec.origin, cells, rec.sheet_vendor, rec.fixed, name))
    warnings.append(Warning_("warn.editions_split", rec.file, rec.sheet, address,
                             {"cell": address, "n": len(out), "editions": "、".join(names), "text": text[:80]}))
    return out


_NOTE_MARK_RE = re.compile(rf"^\s*(\[\d{{1,2}}\]|[(（]\d{{1,2}}[)）]|\*{{1,3}}|[{schema.FOOTNOTE_SIGNS}]{{1,3}}|[①-⑳]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{{1,2}})\s*[:：.]?\s*"
                           r"(\S.{2,400})$", re.S)
_MARK_IN_CELL_RE = re.compile(rf"\[\d{{1,2}}\]|[{schema.FOOTNOTE_SIGNS}]+|[①-⑳]|\*{{1,3}}(?=\s*$)")


_QUOTED_RE = re.compile(r"「([^「」]{1,800})」")
_ANY_QUOTED_RE = re.compile(r"「([^「」]{1,800})」|“([^“”]{1,800})”")


def _says_quotes_are_vendors(sh) -> bool:
    """Whether a line above or below a sheet's table says its quotation marks hold the vendors' words (SHEET_VERBATIM_RE),
    and most of the table's answers are written so (a line speaking of one column — '综合评价里：「」里是…原话' — is that
    column's, read by its label)."""
    if not any(v.__class__ is str and ("”" in v or "」" in v) and SHEET_VERBATIM_RE.search(v)
               for row in sh.rows for v in row[:2]):  # (above the table, under it, or a section's title)
        return False
    answers = [v for row in sh.rows for v in row[1:] if v.__class__ is str and len(v) > 4]
    return sum(1 for v in answers if "“" in v or "「" in v) * 2 >= len(answers)


_ANSWER_THEN_WORDS_RE = re.compile(r"\s*(是|否|有|无|yes|no|y|n)\s*(?:[（(](.*)[)）]|[：:]\s*(.+))?\s*", re.S | re.I)
_NOT_YET_HELD_RE = re.compile(r"是否(?:尚未|未|没有)(?:取得|获得|通过)")
_FILING_NUMBER_RE = re.compile(r"\s*(?:备案证明|备案编号|备案号|证书编号|证明编号)\s*(?:编号)?\s*[:：#]?\s*\d{6,}")
_FLIPPED = {"是": "否", "否": "是", "有": "无", "无": "有", "yes": "no", "no": "yes", "y": "n", "n": "y"}


@lru_cache(maxsize=256)
def _counted(label: str) -> bool:
    """Whether a label's field is more than a yes or no — a figure (months, hours, an amount), how much source, which
    modules: a bare answer to a question about its red flag says none of it."""
    t = match_label(label).target
    return t is not None and (t.kind == "feature" or t.kind == "field" and t.id in ("source_code_delivery", "features")
                              or t.kind == "field" and schema.FIELDS[t.id].kind in ("months", "hours", "money"))


def _verbatim_only(rec: Record, labels: frozenset, risks: frozenset = frozenset(), every: bool = False) -> Record:
    """Cells under a 「」 label, read for the vendor's words alone: the 「」 fragments, one clause each ('…我估计谈一谈能给到
    12个月' around 「免费维护6个月，仅修复缺陷」 is the writer's hope, no term); a cell with none holds no vendor's words.
    Cells under a question asking whether a red flag exists ('是否存在未启用HTTPS的情形'): the words after the answer are
    read ('是（3个月）' is 3 months, '否（系统按等保三级标准设计）' a claim), and a bare answer the other way round ('否' is HTTPS
    in use)."""
    cells = []
    for k, (label, raw, address) in enumerate(rec.cells):
        if every and k and raw.__class__ is str:  # (the first cell names the vendor)
            raw = "；".join((a or b).strip(" 。；;，,") for a, b in _ANY_QUOTED_RE.findall(raw)) or None
        elif label in labels and raw.__class__ is str:
            raw = "；".join(f.strip(" 。；;，,") for f in _QUOTED_RE.findall(raw)) or None
        elif label in risks and raw.__class__ is str and (m := _ANSWER_THEN_WORDS_RE.fullmatch(raw)) is not None:
            words = (m.group(2) or m.group(3) or "").strip()
            if words and m.group(1) == "否" and _NOT_YET_HELD_RE.search(label) and _FILING_NUMBER_RE.match(words):
                words = "已取得，" + words  # '是否尚未取得等保三级备案证明' | '否（备案证明6204…）': held, its number given
            raw = words if words else None if _counted(label) else _FLIPPED[m.group(1).lower()]
            # ('操作日志保存期是否不足6个月？' | '是': fewer than six, how many not said; '是否源码加密或只给授权？' | '否': not
            # how much source — the vendor's words give it)
        cells.append((label, raw, address))
    return Record(rec.file, rec.sheet, rec.origin, cells, rec.sheet_vendor, rec.fixed, rec.edition, rec.answered,
                  rec.notes_govern)


def _footnotes(sh) -> dict[str, str]:
    """A sheet's footnotes, mark -> text: rows below or beside the table holding only '[2] Vendor's narrative…',
    '‡ Vendor's own wording; no supporting document supplied.', '* 含13%增值税'. A legend of symbols
    ('图例：✓ 标配 ○ 选配（另计） ✗ 不提供') is one too: a cell holding only a symbol says its words (SYMBOL: keys)."""
    out: dict[str, str] = {}
    for row in sh.rows:
        first = next((v for v in row if v is not None and v != ""), None)
        if first.__class__ is str and _LEGEND_HEAD_RE.match(first):
            for sign, words in _LEGEND_PAIR_RE.findall(first):
                if words.strip(" 　:：;；,，、/"):
                    out.setdefault(_SYMBOL + sign, words.strip(" 　:：;；,，、/"))
            continue
        if first.__class__ is not str or first[:1] not in _NOTE_STARTS:
            continue
        m = _NOTE_MARK_RE.match(first)
        if m and all(v is None or v == "" or v is first for v in row):
            out.setdefault(re.sub(r"[(（)）]", lambda c: "[" if c.group() in "(（" else "]", m.group(1)), m.group(2).strip())
    return out


_CIRCLED_RE = re.compile("[①-⑳]")
_SIGNS = "✓✔√●○◯〇◎△▲☆★×✗✘╳◐◑–—"
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_SUPER_RE = re.compile(f"[{_SUPERSCRIPTS}]+")
_OPTION_WORDS_RE = re.compile(r"选配|选购|另计|另购|加购|额外|optional|option|extra|add-?on|additional", re.I)
_SYMBOL = "SYMBOL:"  # a legend's symbol among the footnote marks
_LEGEND_HEAD_RE = re.compile(r"\s*(?:图例|圖例|符号说明|符號說明|标记说明|legend|key)\s*[:：]", re.I)
_LEGEND_PAIR_RE = re.compile(rf"([{_SIGNS}])\s*([^{_SIGNS}]+)")
_AMOUNT_RE = re.compile(MONEY_AMOUNT_RE.pattern + r"|\d[\d,\s]{3,}\d", re.I)  # and '312 000' with no unit
_NOTE_STARTS = frozenset("[(（*†‡§¶※ " + "".join(map(chr, range(0x2460, 0x2474))) + _SUPERSCRIPTS)  # ①–⑳


def _with_footnotes(rec: Record, legend: dict[str, str] | None) -> Record:
    """A cell pointing to a footnote ('Compliant [2]') is read with the footnote's words beside it: what the note
    says of the answer (no certificate supplied, copy verified) is part of it."""
    if not legend:
        return rec
    cells, changed = [], False
    for label, raw, address in rec.cells:
        if raw.__class__ is str and (sup := [m for m in _SUPER_RE.findall(raw) if m in legend]):
            # 'RMB 188,000³' with '³ Sanjiang's price excludes 13% VAT.' below: the mark is no digit of the amount
            raw = _SUPER_RE.sub(lambda m: "" if m.group() in legend else m.group(), raw).strip()
            notes = [legend[m] for m in dict.fromkeys(sup)]
            if not _AMOUNT_RE.search(raw) or not any(re.search(r"\d", re.sub(r"\d+(?:\.\d+)?\s*%", "", n)) for n in notes):
                raw = raw + "".join(f"（{n}）" for n in notes)
            changed = True
        if raw.__class__ is str and (words := legend.get(_SYMBOL + raw.strip())) is not None:
            # '○' under '图例：… ○ 选配（价格见“选配报价”列）': an option, as the legend says; '●' under '● 包含' a plain yes,
            # said in the legend's word alone (so that the row's own label says what the yes is: '百行征信接口' | '●')
            raw = words if len(words) <= 4 and parse_bool(words)[0] is True else f"{raw.strip()} {words}"
            changed = True
        elif raw.__class__ is str and len(raw) > 2 and (signs := [c for c in dict.fromkeys(raw) if c in _SIGNS and (
                words := legend.get(_SYMBOL + c)) is not None and _OPTION_WORDS_RE.search(words)]):
            for sign in signs:  # '◐ +RMB 28,000', 'Marketing plug-ins ◐ +RMB 15,000': an option, as the legend says
                raw = raw.replace(sign, f"{sign}（{legend[_SYMBOL + sign]}）")
            changed = True
        elif raw.__class__ is str and (marks := [m for m in _MARK_IN_CELL_RE.findall(raw) if m in legend]) \
                and not _AMOUNT_RE.search(_CIRCLED_RE.sub("", raw)):  # 'CNY 312 000*': a note's figures must not join the amount
            # a circled number is a mark, never a figure ('○⑪' is no 11): it goes, its note stays
            raw = _CIRCLED_RE.sub("", raw).strip() + "".join(
                f"（{legend[m]}）" if _CIRCLED_RE.fullmatch(m) else f"（{m} {legend[m]}）" for m in dict.fromkeys(marks))
            changed = True
        cells.append((label, raw, address))
    if not changed:
        return rec
    return Record(rec.file, rec.sheet, rec.origin, cells, rec.sheet_vendor, rec.fixed, rec.edition)


def _edition_section(text: str, name: str) -> str:
    """The part of '基础版：征信对接、审批流；\n标准版：…' about one edition (the whole text when none is)."""
    heads = list(_EDITION_HEAD_RE.finditer(text))
    for k, m in enumerate(heads):
        if m.group(1).casefold() == name.casefold():
            end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
            return text[m.end():end].strip(" ；;，,\n")
    return text


# A chat transcript pasted into a cell: a speaker line ('李可-鑫源科技  2024/9/3 14:22') before each message.
_JOINT_SPLIT_RE = re.compile(r"\s*[；;|｜\n]\s*")
_SLASH_SPLIT_RE = re.compile(r"\s+/\s+|\s*／\s*")  # a slash set apart by spaces ('7×24/365' is one value)
# a bare answer (a tender's Y / N / Partial, 满足, 有 — the words ingest reads a requirement's answer by — or a tick)
# a bare answer, or a drop-down's option ('已取得' / '测评中' / '未取得'): the detail beside it says more
_BARE_ANSWER_RE = re.compile(r"\s*(?:" + _ANSWER_WORD.pattern.strip("^$") + r"|[√✓✔✗✘×✅❌❎❓]\ufe0f?|已取得|未取得|测评中|已通过|未通过|"
                             r"申请中|held|not held|in progress)\s*\.?\s*", re.I)
_NOT_QUOTED_RE = re.compile("|".join(re.escape(w) for w in schema.NOT_QUOTED_WORDS), re.I)
_TICK_ONLY_RE = re.compile(r"\s*[√✓✔✗✘×✅❌❎]\ufe0f?\s*")  # a tick, a judgement with no words of its own
_BARE_ZERO_RE = re.compile(r"\s*[¥￥]?\s*0+(?:\.0*)?\s*(?:元|万元|万|cny|rmb)?\s*", re.I)
# a chat line with its time in brackets before the speaker ('[2025-07-16 10:21] 正定数科-小刘：…'); the buyer's own lines
_INLINE_CHAT_RE = re.compile(r"^\s*[\[【(（]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[\]】)）]\s*"
                             r"([^：:\n]{1,30})[：:]\s*(.*)$")
_BUYER_SPEAKER_RE = re.compile(r"我|我方|本人|买家|采购|甲方|me|buyer|us", re.I)
_CHAT_LINE_RE = re.compile(r"^[^\n]{1,40}?\s+\d{4}[/-]\d{1,2}[/-]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$", re.M)
_FEATURE_LIST_RE = re.compile(r"(?:功能|模块|版本包含|包含|都在|features?|modules?)[^：:\n]{0,12}[：:]\s*(.+)|^(.+?)都在.{0,6}版里|"
                              r"(?:功能|模块)(?:包括|包含|有)\s*([^。\n]+)", re.I)


def _vendor_said(chat: str, vendor: str) -> str:
    """The vendor's own messages of a chat, one per line: what the buyer asked or required ('我们要求7×24小时支持，合同
    里要写清楚') is not the vendor's commitment. All of it when no speaker names the vendor."""
    lines = chat.splitlines()
    inline = [m for ln in lines if (m := _INLINE_CHAT_RE.match(ln))]
    if inline:  # '[2025-07-16 10:25] 正定数科-小刘：验收后免费维护12个月…' among '[…] 我：售后怎么算？'
        said = [m.group(2) for m in inline if not _BUYER_SPEAKER_RE.fullmatch(m.group(1).strip())]
        return "\n".join(x for x in said if x.strip()) or chat
    heads = [i for i, ln in enumerate(lines) if _CHAT_LINE_RE.match(ln)]
    if not heads:
        return chat
    folded = vendor.casefold()
    core_name = re.sub(r"(?:股份)?有限公司|科技|软件|信息|网络|技术|数据|集团", "", vendor) or vendor

    def vendors(speaker: str) -> bool:
        sp = speaker.casefold()
        return folded in sp or (len(core_name) >= 2 and core_name.casefold() in sp)

    out, any_vendor = [], False
    for k, i in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        ours = vendors(lines[i])
        any_vendor |= ours
        if ours:
            out.append("；".join(ln.strip() for ln in lines[i + 1:end] if ln.strip()))
    return "\n".join(m for m in out if m) if any_vendor else chat


_SENTENCE_RE = re.compile(r"[，。；,;].*[，。；,;]")  # two clauses at least


def _no_amount(prices: list) -> bool:
    """Whether the price cells give no amount: none at all, or only the tax mark ('计税方式 | 含税' beside a price cell
    left blank or holding a formula's '#REF!')."""
    return all(r.value is None and (role == "tax" or not (src.text or "").strip()) for role, r, src, _t in prices)


def _from_sentences(sentences: list, prices: list, options: list, values: dict, feature_status: list,
                    feature_cols: dict, sources: dict) -> None:
    """The price and the modules a vendor's sentences state ('书面报价27.5万元，含税，其中…', '企业征信、银行流水分析…都在
    报价内，另有用户管理、审批流'), when no cell of their own gives them (core.sentences reads the clauses)."""
    no_price = _no_amount(prices)
    no_features = values["features"] is None and not feature_status and not feature_cols
    if not (no_price or no_features):
        return
    found: list[str] = []
    for text, src in sentences:  # 'Price (one-off buy-out): RMB 248,000 incl. 13% VAT', 'Modules in the price:' over bullets
        if not _LABELLED_LINE_RE.search(text):
            continue
        price, modules, offered = _labelled_lines(text)
        options += [o for o in offered if o[1] not in {x[1] for x in options}]
        if no_price and price is not None:
            prices.append(("price", price, src, None))
            sources.setdefault("price_cny", [src])
            no_price = False
        if no_features and modules:
            found += [f for f in modules if f not in found]
            feature_status.append("stated")
            sources.setdefault("features", [src])
    for text, src in sentences:
        for line in (x for raw in text.splitlines() for x in statements(_BULLET_DATE_RE.sub("", raw))):
            label, _sep, value = line.partition("：")
            if no_price and (label in ("报价", "分项报价") or _sep and len(label) <= 8 and label.endswith("报价")
                             and match_label(label).target == _PRICE_TARGET):  # '邮件报价：13.2w（含税）'
                r = read_value("price_cny", value)
                if r.value is not None:
                    prices.append(("price" if label == "报价" else "item", r, src, None))
                    sources.setdefault("price_cny", [src])
            elif no_price and not _sep and _SENTENCE_TOTAL_RE.match(line) and MONEY_AMOUNT_RE.search(line):
                r = read_value("price_cny", line)  # '我司报价合计19.0万元（以上均为不含税价格）': the total the sentence states
                if r.value is not None:
                    prices.append(("total", r, src, None))
                    sources.setdefault("price_cny", [src])
            elif no_features and label == "功能":
                r = read_value("features", value)
                found += [f for f in r.value or () if f not in found]
                options += list(r.options)
                if r.value or r.options:
                    feature_status.append(r.status)
                    sources.setdefault("features", [src])
    if found:
        values["features"] = found


# a line of a slide or a memo labelled with what it states ('Price (one-off buy-out): RMB 248,000', 'Modules in the price:')
_LABELLED_LINE_RE = re.compile(r"^\s*(?:\d{1,2}\s*[)）.、]\s*)?(?:price|total price|modules?|报价|价格|功能模块|模块)\b[^:：\n]{0,30}[:：]|"
                               r"\A\s*•[^\n]+\n\s*•", re.M | re.I)
_LINE_LABEL_RE = re.compile(r"^\s*([^:：\n]{1,48}?)\s*[:：]\s*(.*)$")
_BULLET_RE = re.compile(r"^\s*[•·▪●◦■\-*–]\s*")
_NOT_INCLUDED_RE = re.compile(r"not included|not in (?:the )?price|excluded|不含|未包含|不包含|不提供|暂无|需另购|另购", re.I)
_GIFT_LABEL_RE = re.compile(r"free gift|gifts?|赠送|免费赠送|value-added", re.I)
_ITEM_DESC_RE = re.compile(r"\s+[–—-]\s+|\s*[:：]\s*")


def _module_of(item: str) -> str | None:
    """A module named in a bullet ('商品中心 Product Center – SKU catalogue', '收银台分期 – monthly-payment calculator'): its
    name first, else what its description says it does."""
    name, *desc = _ITEM_DESC_RE.split(item.strip(), 1)
    if (fid := match_feature(name)) is not None:
        return fid
    for part in re.split(r"[,，;；/、]|\band\b", desc[0]) if desc else ():
        if part.strip() and (fid := match_feature(part.strip())) is not None:
            return fid
    return None


_GIFT_HEAD_RE = re.compile(r"^\s*(?:[^:：\n]{0,30}(?:free gift|free of charge|value-added|赠送|免费赠送)[^:：\n]{0,40})[:：]", re.M | re.I)


def _gift_bullets(text: str) -> list[str]:
    """The modules listed under a gift's heading ('Value-added, FREE of charge (worth RMB 80,000):' over bullets, or 'Free
    gift: 元宇宙营销厅 …' on its line)."""
    out: list[str] = []
    lines = text.splitlines()
    for k, line in enumerate(lines):
        if not _GIFT_HEAD_RE.match(line):
            continue
        value = re.split(r"[:：]", line, maxsplit=1)[1].strip()
        items = [value] if value else []
        for nxt in lines[k + 1:]:
            if not _BULLET_RE.match(nxt):
                break
            items.append(_BULLET_RE.sub("", nxt))
        out += [f for item in items if (f := _module_of(item)) is not None and f not in out]
    return out


_LINE_NUMBER_RE = re.compile(r"^\s*(?:\d{1,2}\s*[)）.、．]|[(（]\d{1,2}[)）])\s*(?=\S)")  # '1) Price: …', '（2）功能：…'


def _labelled_lines(text: str) -> tuple[Reading | None, list[str], list]:
    """The price, the modules and the options a text's labelled lines give: 'Price: …' read as a price; 'Modules: a · b ·
    c' or a 'Modules in the price:' line over bullets, each bullet a module ('… : not included' is none, '电子合同（选配，另加
    32000元）' an option at its price); a text opening with such bullets and no heading (a rich-text list); the bullets
    under a gift's heading ('Free gift: 元宇宙营销厅 …', 'Value-added, FREE of charge:') given with the quote."""
    price = None
    modules: list[str] = []
    options: list = []
    lines = text.splitlines()

    def take(items: list[str]) -> None:
        for item in items:
            if _OPTION_ITEM_RE.search(item) and (r := read_options(item)).options:
                options.extend(o for o in r.options if o[1] not in modules)
                continue
            if _NOT_INCLUDED_RE.search(item) or re.fullmatch(r"\s*(?:none|无|暂无)\s*", item, re.I):
                continue
            if (fid := _module_of(item)) is not None and fid not in modules:
                modules.append(fid)

    head = []
    for line in lines:  # '• 企业征信查询\n• 银行流水分析\n• 电子合同（选配，另加32000元）\n等保：…': a list with no heading
        if not _BULLET_RE.match(line):
            break
        head.append(_BULLET_RE.sub("", line))
    if len(head) >= 2 and sum(1 for x in head if _module_of(x) is not None) >= 2:
        take(head)
    k = len(head)
    while k < len(lines):
        line = lines[k]  # a numbered line is labelled too ('1) Price: RMB 238,000…'); a bullet is an item, read below
        m = _LINE_LABEL_RE.match(_LINE_NUMBER_RE.sub("", line, count=1)) if (
            not _BULLET_RE.match(line) or _LINE_NUMBER_RE.match(line)) else None
        k += 1
        if m is None:
            continue
        label, value = m.group(1), m.group(2).strip()
        target = match_label(label).target
        gift = _GIFT_LABEL_RE.search(label) is not None
        if target is not None and target.id == "price_cny" and price is None and value:
            r = read_value("price_cny", value)
            price = r if r.value is not None else None
        elif gift or (target is not None and target.id == "features" and not _OPTIONAL_LABEL.search(label.lower())):
            items = [x for x in re.split(r"\s+[·・]\s+|\s+/\s+|、|；|;|,\s+(?![^()（）]*[)）])", value) if x.strip()] \
                if value else []  # ('enterprise credit report, bank statement analysis, …': a list in English)
            while k < len(lines) and _BULLET_RE.match(lines[k]):
                items.append(_BULLET_RE.sub("", lines[k]))
                k += 1
            take(items)
    return price, modules, options


_HEAD_BULLETS_RE = re.compile(r"\s*•[^\n]+\n\s*•")  # a text opening with a list (read by _labelled_lines)
_OPTION_ITEM_RE = re.compile(r"选配|选购|另加|另购|加购|另计|(?<![a-z])(?:optional|add-?on)(?![a-z])", re.I)


# a report's bullet and the date it opens with ('• 11/26 邮件报价：13.2w（含税）'): no part of what the line says
_BULLET_DATE_RE = re.compile(r"^\s*[•·▪●◦■]\s*(?:\d{1,2}[/月.]\d{1,2}日?\s*)?")
_PRICE_TARGET = match_label("报价").target
_SENTENCE_TOTAL_RE = re.compile(r"^[^:：\d]{0,8}?(?:合计|总计|共计|总价|总金额|报价总额)")
_MD_EMPHASIS_RE = re.compile(r"\*\*|__")
_PIPE_ROW_RE = re.compile(r"^[ \t]*\|[^|\n]+\|[^|\n]+\|[ \t]*$", re.M)
_PIPE_SKIP_RE = re.compile(r"^[ \t]*(?:\|\|.*\|\||\|?[ \t]*:?-{3,}.*|h[1-6]\.\s.*)$")  # a header row, a rule, a heading


def pipe_rows(text: str) -> str:
    """A table written in wiki or Markdown inside a cell (a Jira description: '||项目||答复||' then '|等保|三级，备案证明
    编号…|'): each two-cell row as 'label：value' on its line, header rows, rules and headings left out; other lines
    as they are."""
    out = []
    for line in text.splitlines():
        if _PIPE_SKIP_RE.match(line):
            continue
        m = _PIPE_ROW_RE.match(line)
        if m:
            a, b = line.strip().strip("|").split("|", 1)
            out.append(f"{a.strip()}：{b.strip()}")
        else:
            out.append(line)
    return "\n".join(out)


# the vendor's words quoted in someone else's note ('供应商邮件回复（原文）："经公司审批，最终报价调整为24.8万元…"')
_VENDOR_QUOTED_RE = re.compile(r"(?:供应商|厂商|厂家|对方|乙方|vendor|supplier)[^“\"「\n]{0,24}?(?:回复|答复|邮件|原文|来函|书面|"
                               r"确认|wrote|replied|email|e-mail)[^“\"「\n]{0,12}?[“\"「]([^”\"」]{4,400})[”\"」]", re.I)
# a note saying the price column holds one payment, not the price ('报价金额栏填写的是首期款', 'amount shown is the deposit')
_PART_PAYMENT_RE = re.compile(r"(?:报价|金额)[^。；;，,]{0,8}?(?:是|为|系)?(?:首期款|首付款?|预付款|定金|第一期(?:款|付款)?)|"
                              r"(?:price|amount)[^.;]{0,30}(?:first instal(?:l)?ment|down ?payment|deposit)", re.I)
_LATER_PRICE_RE = re.compile(r"最终|调整为|调整至|优惠至|优惠到|降至|降到|改为|(?<![a-z])(?:final|revised|reduced to)(?![a-z])",
                             re.I)
# a later word on one part's fee ('源码授权费相应调整为21万元'), not on the whole price: the lines that part is on say it
_PART_LATER_RE = re.compile(r"(?:授权费|许可费|实施费|服务费|培训费|部署费|开发费|模块费|[^，,；;。]{1,8}模块)\s*(?:相应)?\s*"
                            r"(?:调整为|调整至|降至|降到|改为)")
@lru_cache(maxsize=1024)
def _label_fields(label: str) -> tuple[str, ...]:
    """The scored fields a multi-fact label's parts name ('Warranty / AMC' -> free maintenance; '日志说明', the words beside
    a '日志保存≥6个月' tick, -> the log period)."""
    parts = [p for p in re.split(r"[/／&＆、]|\band\b|及|与|和", label) if p.strip()]
    parts += [q for p in parts if (q := _EXPLAINS_RE.sub("", p)) != p and q.strip()]
    return tuple(dict.fromkeys(t.id for p in parts if (t := match_label(p).target) is not None and t.kind == "field"))


_EXPIRED_LABEL_RE = re.compile(r"[（(]\s*(?:已过期|过期|已失效|失效|作废|已作废|仅供对照|仅作对照)\s*[)）]|已过期|已失效")
_EXPLAINS_RE = re.compile(r"\s*(?:说明|依据|情况|备注|详情)\s*$")
_GIFT_HINT_RE = re.compile(r"赠送|附赠|另赠|加送|另送|还送|再送|附送|搭售|捆绑赠送|(?:^|[；;，,。\s])送[\u4e00-\u9fff]|另包?含|还包?含|另外包?含|同时包?含|此外包?含|另包括|还包括|complimentary|"
                           r"free bonus|as a gift|bundled free|included free|also include|additionally include", re.I)
_OFFER_HINT_RE = re.compile(r"加购|另购|选配|另加|另计|可选|另行采购|另行购买|不再包含|optional|add-?on", re.I)
# a note taking a module out of the price ('银行流水分析模块不再包含在本次报价内，如需另行采购，报价35,000元')
_OPTION_ITEM_RE = re.compile(r"\s*(?:选配|可选|选购|另购|加购|optional)\s*[，,：:；;]", re.I)
_TAKEN_OUT_RE = re.compile(r"不再包含|不再含|(?:不|未)(?:包)?含在.{0,6}(?:本次)?(?:报价|总价|合计|总额)(?:内|中|里)?|不在.{0,6}报价(?:内|中|范围)|"
                           r"不在\s*[\d.,]+\s*(?:万元|万|元|w)?\s*(?:之)?[内里中]|勾错|误勾|勾选有误")  # '不在28.5万里，表里勾错了'
_OPTION_LINE_RE = re.compile(r"\s*(?:选配|可选|加购|另购|选购|optional(?:\s+modules?)?|add-?ons?)[^：:\n]{0,8}[：:]\s*(.+)", re.I)


def _feature_line(text: str) -> Reading | None:
    """The first line of a chat or a multi-line cell that lists modules ('功能：商品管理、分期计算器…'), read."""
    for line in text.split("\n"):
        listed = _FEATURE_LIST_RE.search(line)
        r = read_value("features", listed.group(1) or listed.group(3) or line) if listed else None
        if r is not None and (r.value or r.options):
            return r
    for line in text.split("\n"):  # a bullet that is a module list by itself ('· 企业征信、银行流水分析、电子合同…都有',
        body = _BULLET_RE.sub("", line, count=1)  # '· 六项模块齐全（企业征信、银行流水分析…）')
        if body != line and body.count("、") >= 2:
            inner = _LIST_BRACKET_RE.search(body)
            r = read_value("features", inner.group(1) if inner else _LIST_CLOSE_RE.sub("", body))
            if r.value and len(r.value) >= 3 and len(r.unknown_features) <= 1:
                return r
    return None


_BULLET_RE = re.compile(r"^\s*(?:[·•▪◦\-*]|\d{1,2}[.、)）])\s*")
_LIST_BRACKET_RE = re.compile(r"[（(]([^()（）]*、[^()（）]*)[)）]")
_LIST_CLOSE_RE = re.compile(r"(?:都有|均有|均在报价内|都在报价里|齐全|在报价内)\s*$")


def _price_said(said: str) -> str:
    """The messages that state the price ('合计21.5万，这是含税价'): the ones naming a price or an amount in 万, without
    the fees after the free period."""
    keep = [m for m in said.splitlines() if PRICE_WORDS_RE.search(m) and not re.search(r"年费|/年|每年|一年收|维护费|维保费", m)
            and re.search(r"\d", m) and not _FEATURE_LIST_RE.search(m)]  # a module's price is read with the list
    return "。".join(keep[:2])


_MODULE_POINTER_RE = re.compile(r"\s*([^：:\n]{2,20})[：:]\s*(?:详见|参见|请见|见)(?:附件|产品|白皮书|手册|说明书|方案|资料)|"
                                r"\s*([^：:\n]{2,30})[：:]\s*(?:see|refer to)\s", re.I)
# a company's name with its contact after it: a bracket or a space, then a person, a title or a phone number
def _dotted(text: str) -> str:
    """A list whose ● lines are in the price and ○ lines cost extra, as words: '● X' is X, '○ X（+1.2万）' is
    'X另行收费（+1.2万）'."""
    out = []
    for line in text.splitlines():
        t = line.strip()
        if t.startswith("●"):
            out.append(t[1:].strip())
        elif t.startswith("○"):
            body = t[1:].strip()
            m = re.match(r"(.*?)([（(][^）)]*[)）])\s*$", body)
            if m and re.search(r"开发|二期|暂不|不支持|不提供", m.group(2)):
                out.append(body)  # '○ 分期计算器（需定制开发，另行报价）': its own words say it is not there
            else:
                out.append(f"{m.group(1)}另行收费{m.group(2)}" if m else f"{body}另行收费")
        elif t:
            out.append(t)
    return "\n".join(out)


# a company's name with its contact, or a platform's badge ('恭城瑶乡网络科技有限公司 已认证'), after it: no part of it
_NAME_WITH_CONTACT_RE = re.compile(r"(.{2,40}?(?:有限责任公司|股份有限公司|有限公司|工作室))\s*(?:[（(][^）)]*(?:\d{3}|经理|总|工|先生|女士|"
                                   r"集团|销售|联系)[^）)]*[)）]|\s+\S{0,6}?\d[\d\s-]{6,}|"
                                   r"\s+(?:已认证|待认证|未认证|认证供应商|合格供应商|优选供应商|VIP|verified))\s*$", re.I)
_COMPANY_END_RE = re.compile(r"(?:有限公司|公司|工作室|集团|(?<![a-z])(?:co\.?,?\s*ltd\.?|ltd\.?|limited|inc\.?|llc|"
                             r"corp(?:oration)?\.?|gmbh|pte\.?\s*ltd\.?))\s*$", re.I)
_ANSWER_HEAD_RE = re.compile(r"\s*[；;，,。]\s*|(?<=[✓✔√])\s+")  # '是；身份证号…', '✓ 身份证/手机号'
_ALGORITHM_RE = re.compile(r"国密|算法|加密|密码|sm\d|aes|rsa|des|md5|crypt|cipher|algorithm|encrypt|guomi|\bgm\b")


_OPTION_EXCL_RE = re.compile(r"不含税|未税|(?<![a-z])(?:excl\.?|excluding|ex\.?)\s*(?:vat|tax)|\+\s*vat", re.I)
_SUBTOTAL_RE = re.compile(r"小计|(?<![a-z])sub-?total", re.I)
_WHOLE_OFFER_RE = re.compile(r"名片背面|(?<![a-z])back of (?:the )?(?:business )?card", re.I)  # a rep's offer, written whole
_PRICE_IN_LABEL_RE = re.compile(r"报价|价格|(?<![a-z])(?:price|pricing|quote)(?![a-z])", re.I)
_LABEL_FIGURE_RE = re.compile(r"\d|半年|一年|两年|[一二三四五六七八九十]个月")


# a round's price said from an earlier one ('在第二轮基础上再让1.5万', '比二轮再降2万'): that round's price less the amount
_OFF_ROUND_RE = re.compile(r"(?:在|比|较)?\s*(第?\s*[一二三四五1-5]\s*轮|首轮|[初二三四五]次报价)(?:报价)?(?:的)?(?:基础上)?\s*"
                           r"(?:再|又|还)?\s*(?:让|降|优惠|减|少|下浮)(?:了)?\s*([\d.]+\s*(?:万元|万|w|k|千元|元))")


def _off_round(text: str, said: dict) -> Reading | None:
    m = _OFF_ROUND_RE.search(text or "")
    if m is None:
        return None
    base = said.get(round_of(m.group(1)))
    off = parse_money(m.group(2))[0]
    if base is None or base.value is None or off is None or off >= base.value:
        return None
    pre = base.pretax - off if base.pretax is not None else None
    return Reading(base.value - off, "stated", tax=base.tax, pretax=pre)


_LONG_DIGITS_RE = re.compile(r"\d{10,}")


def _in_context(context: str, r: Reading, raw: str, unit: float | None) -> Reading:
    """A claim the row's own label completes: '等保三级' | '已取得（证书编号…）' is a proven level 3 (the row names the
    level), '国密SM4' | '是' names the algorithm."""
    raw = ticked(raw) or raw  # '☑是　☐否': the ticked answer
    if context == "mlps":
        low = norm(raw)  # '備案證明編號' reads as '备案证明编号'
        if not _LEVEL_IN_TEXT.search(low) and (_CERT_PROOF.search(low) or _LONG_DIGITS_RE.search(low)):
            # ('已取得；3601024301224000': the filing number, however Excel mangled it)
            r3 = read_value("mlps_level3", "三级 " + raw, unit)
            if r3.status == "stated":
                return r3
        return r
    head, *rest = _ANSWER_HEAD_RE.split(raw.strip(), maxsplit=1)  # '是；身份证号、手机号、银行卡号': the yes, then where
    if rest and _ALGORITHM_RE.search(rest[0].lower()):
        # 'Yes；Chinese national cryptographic algorithms', '√ 国密': the words say which, and they do not say SM4
        return r
    if context == "sm4" and parse_bool(head)[0] is True and len(head.strip()) <= 4:  # a bare '是' / 'Yes' only
        return read_value("sm4_encryption", "SM4", unit)
    elif context.__class__ is tuple and parse_bool(head)[0] is True and len(head.strip()) <= 4 and not (
            rest and schema.FIELDS[context[1]].kind in ("hours", "months")
            and parse_bool(rest[0].strip(" （）()。"))[0] is not True):
        # '是否交付完整源代码（无加密、可二次开发）？' | '是': the yes says what the question spells out ('满足；长期保存'
        # under '日志保存不少于6个月' says no figure of its own: the vendor's words stand, and say none)
        _ask, fid, asked = context
        r2 = read_value(fid, asked, unit)
        if r2.value is not None and r2.status == "stated":
            return r2
    return r


@lru_cache(maxsize=4096)
def _asked(question: str) -> frozenset:
    """The fields a clarification question names ('“7×24小时，1小时响应”是否含夜间？': support_7x24, response_hours)."""
    try:
        return frozenset(read_all(question))
    except Exception:  # noqa: BLE001 - a question that reads as nothing asks about nothing
        return frozenset()


def _add(found: dict, fid: str, cand: tuple) -> None:
    c = found.get(fid)
    if c is None:
        found[fid] = [cand]
    elif c.__class__ is tuple:
        found[fid] = [c, cand]
    else:
        c.append(cand)


def _choose(fid: str, cands: list, rec: Record, warnings: list[Warning_]):
    """The reading a quote keeps for one field: a cell labelled for it beats one read from a multi-fact cell; the
    first known value of each kind. A labelled value that disagrees with a multi-fact cell is kept, and said."""
    if len(cands) == 1:  # the usual case: one cell for the field
        p, r, s = cands[0]
        return (r, s) if p == 0 or r.status != "unknown" or r.share is not None else None
    known = [(p, r, s) for p, r, s in cands if r.status != "unknown" or r.share is not None]
    if not known:
        p, r, s = cands[0]
        return (r, s) if p == 0 else None
    if fid == "response_hours" and len(levels := [c for c in known if c[0] == 0 and c[1].value is not None
                                                   and FAULT_LEVEL_RE.search(c[2].label or "")]) > 1:
        # 'P1 系统瘫痪' | 'P2 功能异常' | 'P3 一般问题', each its own response: the slowest counts (as a response that differs by
        # the time of day does)
        _p, r, s = max(levels, key=lambda c: c[1].value)
        return r, s
    # labelled first; of those, the vendor's own detail over a bare Y / N / Partial beside it (a tender's answer
    # column and its 'vendor's evidence' column: "Y" | "System designed to MLPS Level 3" is a claim); then a
    # plain statement
    known.sort(key=lambda c: (c[0], bool(_BARE_ANSWER_RE.fullmatch(c[2].text)), c[1].status != "stated"))
    p, r, s = known[0]
    if r.status != "stated" and _BARE_ANSWER_RE.fullmatch(s.text) and p >= 0 and (words := next(
            (c for c in known[1:] if c[0] >= 0 and c[1].value is not None and not _BARE_ANSWER_RE.fullmatch(c[2].text)),
            None)) is not None:
        p, r, s = words  # a bare tick only claims ('对接持牌征信 | ✔️'): the vendor's words beside it ('百行征信、朴道征信') decide
    elif _TICK_ONLY_RE.fullmatch(s.text) and p >= 0 and (words := next(
            (c for c in known[1:] if c[0] >= 0 and c[1].value is not None and c[1].value != r.value
             and not _BARE_ANSWER_RE.fullmatch(c[2].text)), None)) is not None:
        p, r, s = words  # '❌' under '日志保存≥6个月' beside '3个月': the words give what the tick only judges
    if r.status == "stated" and _BARE_ANSWER_RE.fullmatch(s.text) and p >= 0:
        # a bare '否' ticked under '维护含小版本升级', the vendor's words beside it '仅修复缺陷，不含升级': the same no,
        # with the words' standing (conditional), and the words shown
        same = next((c for c in known[1:] if c[1].value == r.value and c[1].status in ("conditional", "claimed")
                     and c[0] >= 0), None)
        if same is not None:
            p, r, s = same
    if fid == "mlps_level3" and r.status == "stated" and r.value is True and not _LONG_DIGITS_RE.search(s.text) and (
            held := next((c for c in known if c[0] == p and c[1].status == "claimed" and c[1].value is True
                          and _PROOF_AFTER_SIGNING_RE.match(norm(c[2].text))), None)) is not None:
        p, r, s = held  # '已取得' beside '备案证明编号 | 签约后提供': said to be held, the proof kept back — a claim
    for p2, r2, s2 in known[1:]:
        if p2 != p and r2.value is not None and r.value is not None and r2.value != r.value:
            warnings.append(Warning_("warn.notes_govern" if p == -2 else "warn.answer_replaces" if p < 0 else "warn.conflict",
                                     rec.file, rec.sheet,
                                     s2.address, {"field": fid, "text": s2.text, "kept": s.text, "cell": s.address}))
            break
    return r, s


_AMOUNT_WORD_RE = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?\s*(?:万元|万|w|千元|k|元)?(?!\s*[台个套年月天%])", re.I)




def _largest_amount(text: str) -> float | None:
    """The largest amount of money a cell names ('应用服务器2台 86,000（可选）' -> 86,000; the count is no amount)."""
    found = [v for m in _AMOUNT_WORD_RE.finditer(text) if (v := parse_money(m.group())[0])]
    return max(found) if found else None


_MAIN_PART_RE = re.compile(r"源码|源代码|授权|软件|系统|平台|模块|买断|licen[cs]e|software|platform|system|module", re.I)
_SERVICE_PART_RE = re.compile(r"实施|部署|安装|培训|差旅|驻场|上线|迁移|implementation|deployment|installation|training|"
                              r"travel|onboarding|migration", re.I)


def _price(prices: list, options: list, fee_share: float | None, values: dict, evidence: dict, rec: Record,
           warnings: list[Warning_], notes_tax: str | None = None, notes_govern: bool = False,
           notes_vat: float | None = None) -> dict | None:
    """The base price from the price cells: 优惠价 over 合计 over 报价 over the sum of line items (a 合计 that
    disagrees with its items is said); options and tax kept apart for the scoring (docs/analyst-reading.md)."""
    if len(prices) == 1 and not options and fee_share is None and notes_tax is None:  # one plain price: the rule
        role, r, src, label_tax = prices[0]
        if role == "price" and label_tax is None and r.tax is None and not r.options and not r.items \
                and not (("硬件" in src.text or "服务器" in src.text) and HARDWARE_BRACKET_RE.search(norm(src.text))):
            values["price_cny"] = r.value
            if r.status == "claimed" or r.status == "conditional":
                evidence["price_cny"] = (r.status, src.text, src.address)
            return None
    by_role: dict[str, list] = {}
    rounds = {k: round_of(src.label) for k, (_role, _r, src, _t) in enumerate(prices)}
    if any(rounds.values()):  # a negotiation's rounds: '同第二轮' is that round's price; the latest round first
        said = {n: r for k, (_role, r, _s, _t) in enumerate(prices) if (n := rounds[k]) and r.value is not None}
        prices = [(role, _off_round(src.text, said) or (said.get(round_named(src.text), r) if r.value is None else r), src,
                   tax) for role, r, src, tax in prices]
        prices = [p for _k, p in sorted(enumerate(prices), key=lambda kp: -(rounds[kp[0]] or 0))]
    for role, r, src, tax in prices:
        if role == "hardware":  # servers and the like: only their amount, to take out of a 合计 that holds it
            r = Reading(_largest_amount(src.text), "stated")
        else:
            if any(o[2] == 0 and o[1] for o in r.options):  # a module the price's own total holds: its other offers go
                held = {o[1] for o in r.options if o[2] == 0 and o[1]}
                options[:] = [o for o in options if o[1] not in held]
            options += list(r.options)
        by_role.setdefault(role, []).append((r, src, tax))

    def first(role: str):
        return next(((r, s, t) for r, s, t in by_role.get(role, ()) if r.value is not None), None)

    def pre(r: Reading) -> float | None:
        return r.pretax if r.pretax is not None else r.value

    items = [(s.label, pre(r), s, t) for r, s, t in by_role.get("item", ()) if r.value is not None]
    # '源码买断价: 不提供（仅SaaS）' beside '实施费: 0': the main part is not offered, and nothing else adds up to a price
    withheld = next((s for r, s, _t in by_role.get("item", ()) if r.value is None and s.text.strip()), None)
    if withheld is not None and items and not sum(v for _l, v, _s, _t in items):
        items = []
    # a tax column ('Tax: excl. VAT'), a price cell saying only its tax ('不含税' under 报价合计), else a note about it
    side_tax = (notes_govern and notes_tax) or next((r.tax or t for r, _s, t in by_role.get("tax", ()) if r.tax or t), None) \
        or next((r.tax for rows in by_role.values() for r, _s, _t in rows if r.value is None and r.tax), None) or notes_tax
    hardware = sum(pre(r) for r, _s, _t in by_role.get("hardware", ()) if r.value)
    if len(by_role.get("total", ())) > 1:  # 'SUBTOTAL (excl. VAT)' above 'TOTAL (incl. VAT)': the grand total first
        by_role["total"].sort(key=lambda rst: bool(_SUBTOTAL_RE.search(rst[1].label or "")))
    bounds = [rst for rst in by_role.get("price", ()) if _BOUND_LABEL_RE.search(rst[1].label or "")]
    if len(bounds) == 2 and all(r_.value is not None for r_, _s, _t in bounds):
        # '报价下限（万元）| 18' beside '报价上限（万元）| 26': a range, priced at its upper bound, and said
        low, high = sorted(bounds, key=lambda rst: rst[0].value)
        by_role["price"] = [high] + [rst for rst in by_role["price"] if rst is not high and rst is not low]
        if abs(high[0].value - low[0].value) > 1:
            warnings.append(Warning_("warn.range_upper", rec.file, rec.sheet, high[1].address,
                                     {"field": "price_cny", "text": f"{low[1].text}–{high[1].text}"}))
    chosen = first("cny") or first("discount") or first("total") or first("price") or (None if items else first("list"))
    parts: dict[str, Any] = {}
    rebates = [(s.label, pre(r)) for r, s, _t in by_role.get("rebate", ()) if r.value]
    if chosen is None and items:
        base = sum(v for _l, v, _s, _t in items) - sum(v for _l, v in rebates)
        tax = next((t for *_x, t in items if t), None)
        r0 = next(r for r, _s, _t in by_role["item"] if r.value is not None)
        tax = tax or r0.tax or side_tax
        src = items[0][2]
        # an item said only with a condition ('系统（免费开源版） 0元（商业授权另议）') makes the sum conditional
        odd = next((r for r, _s, _t in by_role["item"] if r.value is not None and r.status in ("conditional", "claimed")),
                   None)
        status = odd.status if odd is not None else "stated"
        if odd is not None:
            src = next(s_ for r, s_, _t in by_role["item"] if r is odd)
        parts["items"] = [(lbl, v) for lbl, v, _s, _t in items] + [(lbl, -v) for lbl, v in rebates]
        if hardware:  # '服务器 | 2台 | 89,000' among the lines: left out of the sum, and said
            parts["hardware_excluded"] = hardware
    elif chosen is not None:
        r, src, label_tax = chosen
        base, tax, status = pre(r), (r.tax or label_tax or side_tax), r.status
        role = next(k for k, rows in by_role.items() if any(s_ is src for _r, s_, _t in rows))
        if tax is None and role == "discount":  # 'Quotation (RMB, excl. VAT)' then 'Best and final offer': the offer
            tax = next((r_.tax or t_ for k in ("price", "total") for r_, _s, t_ in by_role.get(k, ())  # on the
                        if r_.value is not None and (r_.tax or t_)), None)  # quotation's own basis
        other = next((s_ for r_, s_, _t in by_role[role] if s_ is not src and r_.value is not None
                      and abs(r_.value - r.value) > 1), None)
        if other is not None and not any(rounds.values()):  # 大写 and 小写 of one bid that disagree: the first is used, and the question asked
            warnings.append(Warning_("warn.prices_disagree", rec.file, rec.sheet, other.address,
                                     {"field": "price_cny", "text": other.text, "kept": src.text, "cell": src.address}))
        if hardware and chosen == first("total") and first("discount") is None and base > hardware:
            # '报价合计 304,000' with the servers' 86,000 in it: the software's price without them
            base -= hardware
            parts["hardware_excluded"] = hardware
        elif not hardware and "硬件" in src.text and (hw := _HARDWARE_CLAUSE_RE.search(src.text)) is not None \
                and _TOTAL_WORD_RE.search(src.text[hw.end():]) and (amt := read_value("price_cny", hw.group("amt")).value) \
                and base > amt:
            # '一、软件部分…小计28.0万元；二、硬件部分：服务器…（代采），5.8万元；合计33.8万元（含税）': the servers are
            # the vendor's purchase for the buyer, not the system's price — taken out, and said
            base -= amt
            parts["hardware_excluded"] = amt
        elif not hardware and ("硬件" in src.text or "服务器" in src.text) \
                and (hw := HARDWARE_BRACKET_RE.search(norm(src.text))) is not None \
                and (amt := read_value("price_cny", hw.group("amt")).value) and base > amt:
            # '23.8万元（含服务器2台，5万元）': the servers in the price, taken out and said
            base -= amt
            parts["hardware_excluded"] = amt
        elif "另行" in src.text and (op := _OTHER_PARTY_RE.search(src.text)) is not None \
                and (amt := read_value("price_cny", op.group("amt")).value) and base > amt \
                and (_TOTAL_WORD_RE.search(src.text) or r.items):
            # '报价合计37.4万元，其中：一期…24.6万元；二期（…由玛纳斯公司另行签约）12.8万元': another company's contract, not
            # this buyer's price — taken out, and said
            base -= amt
            warnings.append(Warning_("warn.other_party_part", rec.file, rec.sheet, src.address,
                                     {"field": "price_cny", "text": src.text, "part": op.group().strip(), "cell": src.address}))
        if r.items:
            parts["items"] = list(r.items)
        if items:
            parts["items"] = [(lbl, v) for lbl, v, _s, _t in items] + [(lbl, -v) for lbl, v in rebates]
            total = sum(v for _l, v, _s, _t in items)
            if role == "price" and total < base - 1 and not any(_MAIN_PART_RE.search(lbl) for lbl, _v, _s, _t in items) \
                    and all(_SERVICE_PART_RE.search(lbl) for lbl, _v, _s, _t in items):
                # '报价（源码买断）19.6万' beside '实施部署费 18000（不含税）': the services are priced on top of the buy-out
                base += total
                parts["items_added"] = [(lbl, v) for lbl, v, _s, _t in items]
                total = base
            if abs(total - base) > 1 and first("discount") is None:
                warnings.append(Warning_("warn.items_total_mismatch", rec.file, rec.sheet, src.address,
                                         {"field": "price_cny", "text": src.text, "sum": total, "total": base}))
        if r.total is not None:
            parts["total"] = r.total
        if role != "discount" and role != "cny" and by_role.get("rebate") and not items:
            # '合同总价 25.6万' beside '优惠 | 优惠1.2万元' or '本项目给予九五折': the price after what is taken off
            rate = next((x for r_, s_, _t in by_role["rebate"] if r_.value is None and (x := _rate_in_words(s_.text))), None)
            off = sum(v for _l, v in rebates) or (round(base * (1 - rate), 2) if rate is not None else 0)
            if off and base > off:
                label = next(s_.label for r_, s_, _t in by_role["rebate"] if r_.value or rate is not None)
                parts["items"] = [(src.label, base), (label, -off)]
                base = round(base - off, 2)
    else:
        unknown = next(((r, s) for r, s, _t in (by_role.get("price") or by_role.get("total") or [])), None) or \
            (withheld and (None, withheld))
        if unknown is not None:
            evidence["price_cny"] = ("unknown", unknown[1].text, unknown[1].address)
        if options or fee_share is not None:
            return {"base": None, "tax": None, "options": options, "fee_share": fee_share}
        return None
    # the rate a tax-exclusive price states for itself ('不含税，税率6%'), in its own cell or the tax column beside it
    vat = next((r.vat for rows in by_role.values() for r, _s, _t in rows if r.vat is not None), notes_vat) \
        if tax == "excl" else None
    if vat is not None:
        parts["vat_rate"] = vat
    elif tax != "excl" and options:  # a tax-inclusive total beside an option priced without VAT: the rate the quote names
        said = next((v for rows in by_role.values() for r, s_, _t in rows
                     if (v := r.vat or stated_vat_rate(f"{s_.label} {s_.text}")) is not None), None)
        if said is not None:
            parts["option_vat"] = said
    values["price_cny"] = base if tax != "excl" else round(base * (1 + (schema.DEFAULT_VAT_RATE if vat is None else vat)), 2)
    evidence["price_cny"] = (status, src.text, src.address)
    if tax == "excl" or options or fee_share is not None or parts:
        parts.update({"base": base, "tax": tax, "options": options, "fee_share": fee_share})
        return parts
    return None


# the 等保 proof laid out over several rows or columns ('定级对象 | 保护等级 | 备案证明编号 | 最近一次等级测评 | 有效期'):
# read as one statement, each part under its own label
_MLPS_PART_RE = re.compile(r"定级对象|保护等级|等保级别|定级级别|备案证明|备案编号|等级测评|测评结论|等保材料|等保证明")

_MLPS_AROUND_RE = re.compile(r"材料类型|材料编号|证书编号|取得|出具|测评时间|有效期|^\s*级别|^\s*等级\s*$")
_VALID_UNTIL_RE = re.compile(r"有效期至\s*(20\d{2})|(?<![a-z])valid (?:until|through|to)\s*(20\d{2})", re.I)
_YEAR_RE = re.compile(r"(?<!\d)(20\d{2})(?:年|[-/.]\d{1,2})")


def _mlps_run(rec: Record) -> tuple[int, int] | None:
    """Where a record's 等保 proof is laid out over several labelled cells: (first, last) index, else None."""
    cells = rec.cells
    idx = [i for i, c in enumerate(cells) if c[0].__class__ is str and _MLPS_PART_RE.search(c[0])]
    if len(idx) < 2:
        return None
    lo, hi = idx[0], idx[-1]
    while lo > 0 and cells[lo - 1][0].__class__ is str and _MLPS_AROUND_RE.search(cells[lo - 1][0]):
        lo -= 1
    while hi + 1 < len(cells) and cells[hi + 1][0].__class__ is str and _MLPS_AROUND_RE.search(cells[hi + 1][0]):
        hi += 1
    if any(not (c[0].__class__ is str and (_MLPS_PART_RE.search(c[0]) or _MLPS_AROUND_RE.search(c[0]))) for c in cells[lo:hi + 1]):
        return None
    return lo, hi


def _joined_mlps(rec: Record, run: tuple[int, int], as_of) -> Record:
    """The record with its 等保 proof cells as one cell ('津市个人信贷业务管理系统V5.0；第三级；43078143008-24011'), under the first part's
    label and address, read for mlps_level3; a validity that ended before the latest year the sheet names is said to."""
    lo, hi = run
    part = rec.cells[lo:hi + 1]
    said = [(lb, t, a) for lb, v, a in part if not blank(v) and (t := _cell_text(v).strip()) not in ("—", "-", "/")
            and (t := ticked(t) if ticked(t) is not None else t)]  # '■取得済／已取得　□申請中': the box ticked
    if not said:
        return rec
    text = "；".join(t for _lb, t, _a in said)  # the vendor's words only: a label's '备案证明编号' proves nothing
    if (m := _VALID_UNTIL_RE.search(text)) is not None and (year := as_of()) is not None and int(m.group(1) or m.group(2)) < year:
        text += f"（已过期：表内最近的日期在{year}年）"
    label = part[0][0]
    fixed = {**(rec.fixed or {}), label: "mlps_level3"}
    cells = rec.cells[:lo] + [(label, text, said[0][2])] + rec.cells[hi + 1:]
    return replace(rec, cells=cells, fixed=fixed)


def _latest_year(res: ReadResult, key: tuple) -> int | None:
    """The latest year a sheet's cells name ('2025年9月年度复测'): the sheet's own 'now', for a validity that ended."""
    years = [int(y) for rec in res.records if (rec.file, rec.sheet) == key for _lb, v, _a in rec.cells
             if v.__class__ is str for y in _YEAR_RE.findall(v)]
    return max(years) if years else None


def build_quoteset(results: list[ReadResult], failures: list[Warning_] | None = None,
                   overrides: dict[str, str] | None = None) -> QuoteSet:
    """Records -> quotes with parsed values. Raises QuoteError if no quote at all could be read.

    Mapping corrections saved in a scored workbook are not applied here: they are kept on the QuoteSet
    (``restored_overrides``, beside its ``profile``) for the user to apply (core.restore)."""
    results, brought = without_copies(results)
    restored: dict[str, str] = {}
    for res in results:
        restored.update(res.overrides or {})
    overrides = dict(overrides or {})
    warnings: list[Warning_] = list(failures or [])
    mapping: dict[tuple, MappingRow] = {}
    resolved: dict[tuple, dict] = {}  # (file, sheet) -> label -> (target, unit): each label resolved once
    quotes: list[Quote] = []
    skipped: list[Skipped] = []
    notes: list[Skipped] = []
    sheets = []
    with bulk():
        for res in results:
            warnings += res.issues
            sheets += res.sheets
            skipped += res.skipped
            notes += res.notes
            legends = {(sh.file, sh.sheet): _footnotes(sh) for sh in res.sheets}
            quoting = {(sh.file, sh.sheet) for sh in res.sheets if len(sh.rows) <= 400 and _says_quotes_are_vendors(sh)}
            verbatim: dict[tuple, frozenset] = {}  # sheet -> labels whose 「」 hold the vendor's words, the rest the writer's
            proofs: dict[tuple, bool] = {}  # sheet -> whether its labels lay the 等保 proof out in parts
            for one in res.records:
                one = _with_footnotes(one, legends.get((one.file, one.sheet)))
                if (labs := verbatim.get((one.file, one.sheet))) is None:
                    labs = verbatim[(one.file, one.sheet)] = (
                        frozenset(lb for lb, _v, _a in one.cells if lb.__class__ is str and "「" in lb and VERBATIM_LABEL_RE.search(lb)),
                        frozenset(lb for lb, _v, _a in one.cells if lb.__class__ is str and "是否" in lb and RISK_QUESTION_RE.search(
                            unicodedata.normalize("NFKC", lb))))
                if (one.file, one.sheet) in quoting and not labs[0]:  # '“”内为供应商书面答复原文摘录；引号以外的文字为本人…'
                    one = _verbatim_only(one, *labs, every=True)
                elif labs[0] or labs[1]:
                    one = _verbatim_only(one, *labs)
                key = (one.file, one.sheet)
                if (parted := proofs.get(key)) is None:  # the 等保 proof over several rows or columns: one statement
                    parted = proofs[key] = any(lb.__class__ is str and _MLPS_PART_RE.search(lb) for lb, _v, _a in one.cells)
                if parted and (run := _mlps_run(one)) is not None:
                    one = _joined_mlps(one, run, lambda key=key, res=res: _latest_year(res, key))
                for rec in _editions(one, overrides, warnings, mapping, resolved):
                    q = _quote_from_record(rec, overrides, warnings, mapping, resolved)
                    if q is None:
                        skipped.append(Skipped(rec.file, rec.sheet, rec.origin, "skip.no_vendor"))
                    else:
                        quotes.append(q)
    if not quotes:
        if failures:
            f = failures[0]
            raise QuoteError(f.code, **f.params)
        raise QuoteError("err.no_quotes")
    earlier = [rec for res in results for rec in res.earlier]
    if earlier:  # a sheet's earlier rounds (轮次 首轮 | 二轮): versions of the latest, shown with what changed
        quotes += _versions_of(earlier, quotes, overrides, mapping, resolved)
    if len(quotes) > 1:
        quotes = _fold_option_packs(quotes)
    with bulk():  # a GC pass over millions of fresh objects would cost more than the work itself
        _inherit_packages(quotes)
    quotes, rounds = settle(quotes, results, sheets, warnings)  # revised quotes, duplicates, answered letters
    files = list(dict.fromkeys([r.sheets[0].file for r in results if r.sheets] + [f.file for f in failures or []]))
    profile = next((r.profile for r in results if r.profile), None)
    settings_file = next((r.settings_file for r in results if r.settings_file and (r.profile or r.overrides)), "")
    uploaded_as = {sh.file: r.settings_file for r in results if r.settings_file for sh in r.sheets}
    inputs = [InputFile(r.file, r.sha256, r.own.kind if r.own is not None else "quotes") for r in results if r.file]
    inputs += [InputFile(f.file, f.params["sha256"], "unread") for f in failures or [] if "sha256" in f.params]
    own = [r.own for r in results if r.own is not None and r.own.kind != KIND_SCORED]  # letters, score sheets…
    team = None
    if own:
        from .evaluation import merge  # evaluators' returned score sheets, checked and merged

        team = merge(own, quotes)
        warnings += team.warnings if team is not None else []
    sample_files = [r.sheets[0].file for r in results if r.sample and r.sheets]
    return QuoteSet(quotes, warnings, list(mapping.values()), skipped, notes, sheets, files, profile=profile,
                    restored_overrides=restored, settings_file=settings_file, uploaded_as=uploaded_as,
                    inputs=inputs, own_files=own, evaluation=team, rounds=rounds,
                    sample_files=sample_files, own_uploads=brought)


def _versions_of(earlier: list, quotes: list[Quote], overrides: dict, mapping: dict, resolved: dict) -> list[Quote]:
    """The quotes of earlier-round rows whose vendor's latest round is a quote of the same sheet (a vendor that
    withdrew in the last round has none): core.rounds makes them versions of it, by their round marks."""
    latest = {(q.file, q.sheet, q.vendor.casefold(), (q.package or "").casefold()) for q in quotes}
    out = []
    for rec in earlier:
        q = _quote_from_record(rec, overrides, [], mapping, resolved)  # its readings' warnings are the latest's to give
        if q is not None and (q.file, q.sheet, q.vendor.casefold(), (q.package or "").casefold()) in latest:
            q.superseded = True
            out.append(q)
    return out


_INHERIT_RE = re.compile(r"everything in ([\w\- ]+?)(?:\s*(?:\+|\bplus\b|\band\b|,|;|$))|all (?:of )?([\w\- ]+?) (?:features|modules)|"
                         r"包含(\S{1,8}?)(?:版)?(?:全部|所有)(?:功能|模块)|(\S{1,8}?)(?:版)?(?:全部|所有)(?:功能|模块)", re.I)


def _option_pack(q: Quote) -> str | None:
    """The name a quote's own row gives it when it is an optional package beside the vendor's quote ('增值包（选购）')."""
    for text in (q.package,) if q.package else q.extras.values():  # (a quote with a package of its own is named by it)
        if text and len(text) <= 20 and OPTION_PACK_RE.fullmatch(text):
            return text.strip()
    return None


def _fold_option_packs(quotes: list[Quote]) -> list[Quote]:
    """A vendor's '增值包（选购）' row under its 基础包 row (same sheet, same vendor): no quote of its own, an offer of the
    quote above — its modules at its price, paid on top and bought only where they hold a must-have the quote lacks
    (the whole package's price, once: core.scoring.effective). Its cells stay with the quote (sources, notes)."""
    seen: dict[tuple, int] = {}
    for q in quotes:  # a package row names its vendor again: only a vendor named twice in a sheet is looked at
        key = (q.file, q.sheet, q.vendor.casefold())
        seen[key] = seen.get(key, 0) + 1
    packs = {k: name for k, q in enumerate(quotes) if seen[(q.file, q.sheet, q.vendor.casefold())] > 1
             and (name := _option_pack(q)) is not None}
    if not packs:
        return quotes
    gone: set[int] = set()
    for k, name in packs.items():
        o = quotes[k]
        base = next((b for j in range(k - 1, -1, -1) if j not in packs and (b := quotes[j]).file == o.file
                     and b.sheet == o.sheet and b.vendor.casefold() == o.vendor.casefold()), None)
        if base is None:
            continue
        pp = o.price_parts or {}
        cost = pp.get("base") if pp else o.values.get("price_cny")
        words = o.source_text("features") or ""
        label = f"{name}：{words}" + ("（不含税）" if pp.get("tax") == "excl" and "不含税" not in words else "")
        have = set(base.values.get("features") or ())
        offered = [(label, fid, cost) for fid in o.values.get("features") or () if fid not in have]
        if offered:
            if base.price_parts is None:  # one plain price, tax-inclusive or silent on tax: its mark kept for the build
                said = (base.sources.get("price_cny") or [None])[0]
                tax = read_value("price_cny", said.text).tax if said is not None and said.text else None
                base.price_parts = {"base": base.values.get("price_cny"), "tax": tax if tax == "incl" else None,
                                    "options": [], "fee_share": None}
            base.price_parts["options"] = list(base.price_parts.get("options") or ()) + offered
        for fid, srcs in o.sources.items():  # the package's cells, kept with the quote they belong to
            if fid != "vendor" and fid != "package":
                base.sources.setdefault(fid, []).extend(srcs)
        for lab, text in o.extras.items():
            base.extras.setdefault(lab, text)
        gone.add(k)
    return [q for k, q in enumerate(quotes) if k not in gone] if gone else quotes


def _inherit_packages(quotes: list[Quote]) -> None:
    """'Everything in Standard + …': a package that includes another of the same vendor has its features too."""
    by_vendor: dict[str, dict[str, Quote]] = {}
    for q in quotes:
        if q.package:
            by_vendor.setdefault(q.vendor.casefold(), {})[q.package.casefold().strip()] = q
    if not by_vendor:
        return
    for q in quotes:
        srcs = q.sources.get("features")
        if not srcs or not q.package:
            continue
        texts = [s.text for s in srcs if s.text and ("全部" in s.text or "所有" in s.text or "verything" in s.text
                                                     or "ll " in s.text)]
        if not texts:
            continue
        m = next((m for t in texts for m in [_INHERIT_RE.search(t)] if m), None)
        if m is None:
            continue
        name = next(g for g in m.groups() if g).casefold().strip()
        base = by_vendor.get(q.vendor.casefold(), {}).get(name) or by_vendor.get(q.vendor.casefold(), {}).get(name + "版")
        if base is None or base is q or not base.values.get("features"):
            continue
        q.values["features"] = list(dict.fromkeys(list(base.values["features"]) + list(q.values.get("features") or [])))


def load(files: Iterable[tuple[str, bytes]], overrides: dict[str, str] | None = None) -> QuoteSet:
    results, failures = read_files(files)
    return build_quoteset(results, failures, overrides)
