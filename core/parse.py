"""Cell text -> typed value (+ warning code).

Every parser takes the cell as read (str, number, bool or None) and an optional header unit
multiplier and returns ``(value, warning)`` where ``warning`` is None or an i18n key under
``warn.*``. Unknown stays ``None``; nothing here raises on any input. Results are cached per
distinct (kind, cell, unit): quote sheets repeat the same texts many times.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from functools import lru_cache
from typing import Any, Callable

import opencc

from . import schema

Parsed = tuple[Any, str | None]

_MAX_MONEY = 1e10  # 100 亿元: anything above is not a quote for a loan system


# ------------------------------------------------------------------------------------------------
# Normalisation helpers
# ------------------------------------------------------------------------------------------------
def _safe_str(value: Any) -> str:
    try:
        return str(value)
    except ValueError:  # an int with more digits than Python will print
        return ""


# Traditional Chinese (等保三級, 維護, 源碼, 報價 from Hong Kong and Taiwan vendors) is read as Simplified: one
# vocabulary serves both. OpenCC's converter (C++, about a microsecond a text) runs only on non-ASCII text.
_T2S = opencc.OpenCC("t2s")


def to_simplified(s: str) -> str:
    if s.isascii():
        return s
    out = _T2S.convert(s)
    return out.replace("帐号", "账号").replace("帐户", "账户") if "帐" in out else out  # '帳號' comes out as the variant 帐号


# the cost over several years, the price and the yearly fees together ('三年总价', '总拥有成本', 'TCO', '3-year total'):
# no price of the purchase, as a cell's clause (core.reading) or as a column's label (core.mapping)
MULTIYEAR_RE = re.compile(r"[二两三四五2-5]\s*年(?:总价|合计|总计|总费用|总成本|费用合计|总额)|总拥有成本|(?<![a-z])(?:tco|"
                          r"(?:two|three|five|[2-5])[- ]year (?:total|cost|tco))(?![a-z])", re.I)
_REGIONAL_RE = re.compile("|".join(sorted(map(re.escape, schema.REGIONAL_TERMS), key=len, reverse=True)))


def mainland(s: str) -> str:
    """Simplified Chinese with Taiwan and Hong Kong words as the mainland writes them ('權限控管' -> 权限管理, '徵信介接'
    -> 征信对接): labels are matched in one vocabulary."""
    if s.isascii():
        return s
    s = _T2S.convert(s)
    return _REGIONAL_RE.sub(lambda m: schema.REGIONAL_TERMS[m.group()], s) if _REGIONAL_RE.search(s) else s


def norm(text: Any) -> str:
    """NFKC (full-width digits/punctuation -> ASCII), Simplified Chinese, lower case, trimmed; multiplication
    signs -> x."""
    if text is None:
        return ""
    if isinstance(text, float) and math.isnan(text):
        return ""
    s = to_simplified(unicodedata.normalize("NFKC", _safe_str(text)))
    s = s.replace("×", "x").replace("✕", "x").replace("＊", "*").replace("\u3000", " ")
    if _FOOTNOTE_MARKS.search(s):  # 'CNY 312 000*', 'Free‡': a footnote mark is not part of the value
        s = _FOOTNOTE_MARKS.sub("", s)
    if "(" in s:  # '另加20(千元,未税)': the unit in brackets belongs to the amount before it
        s = _BRACKETED_UNIT.sub(lambda m: m[1] + m[2] + ("(" if m[3] == "," else ""), s)
    s = s.strip().lower()
    if "sm " in s or "sm-" in s:
        s = _SM_SPACED.sub(r"sm\1", s)  # 'SM 4', 'SM-4' as a scan or a typist spaced it: SM4
    return s


_SM_SPACED = re.compile(r"(?<![a-z])sm[\s-]+([234])(?!\d)")
_FOOTNOTE_MARKS = re.compile(rf"[{schema.FOOTNOTE_SIGNS}]+|\*+\s*$")
_BRACKETED_UNIT = re.compile(r"(\d)\s*\(\s*(千元|万元|万|元|rmb|cny)\s*([),]|$)")


_BLANKS = {"", "-", "--", "—", "——", "/", "n/a", "na", "nan", "none", "null", "无数据", "空", "?", "？"}
_UNKNOWN = ("面议", "待定", "待议", "协商", "商议", "议价", "询价", "另议", "电议", "咨询客服", "咨询销售", "tbd", "tba",
            "negotiable", "on request", "upon request", "to be confirmed", "tbc", "待确认", "未知", "不详", "unknown",
            "未提供", "暂无报价", "请咨询", "see note", "见备注", "详谈", "未答复", "未回复", "未作答", "未填写", "未填报",
            "no answer", "not answered", "no reply", "未介绍", "没介绍", "未提及", "没提", "未涉及", "not mentioned",
            "not covered")
_UNKNOWN_SET = frozenset(_UNKNOWN)


def is_blank(s: str) -> bool:
    return s in _BLANKS


def is_unknown_word(s: str) -> bool:
    return any(w in s for w in _UNKNOWN)


# ------------------------------------------------------------------------------------------------
# Numbers, including Chinese numerals
# ------------------------------------------------------------------------------------------------
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "俩": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
              "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9, "半": 0.5}
_CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000}
_CN_CHARS = "".join(_CN_DIGITS) + "".join(_CN_UNITS) + "".join(_CN_BIG)
_CN_NUM_RE = re.compile(f"[{_CN_CHARS}]+")
_CN_UNIT_VALUE = {**_CN_UNITS, **_CN_BIG}


def cn_to_number(s: str) -> float | None:
    """'十八万' -> 180000, '二十二万八千' -> 228000, '一' -> 1, '半' -> 0.5, '十二' -> 12."""
    if not s or any(ch not in _CN_CHARS for ch in s):
        return None
    if s == "半":
        return 0.5
    total, section, digit = 0.0, 0.0, None
    for ch in s:
        if ch in _CN_DIGITS:
            if ch == "半":
                return None
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        else:  # 万 / 亿
            section += digit or 0
            if section == 0 and total == 0:
                section = 1
            total = (total + section) * _CN_BIG[ch]
            section, digit = 0.0, None
    if digit is not None and len(s) > 1 and s[-2] in _CN_UNIT_VALUE and _CN_UNIT_VALUE[s[-2]] >= 100:
        digit *= _CN_UNIT_VALUE[s[-2]] / 10  # spoken '二十二万八' / '三千五': the digit is of the next lower unit
    section += digit or 0
    return total + section


_NUM_RE = re.compile(r"(?<![0-9a-z_.])[-+]?\d[\d,]*(?:\.\d+)?|[-+]?\.\d+")


def _to_float(tok: str) -> float | None:
    try:
        return float(tok.replace(",", ""))
    except ValueError:
        return None


def numbers_in(s: str) -> list[float]:
    out = []
    for m in _NUM_RE.finditer(s):
        v = _to_float(m.group())
        if v is not None:
            out.append(v)
    return out


def is_number(cell: Any) -> bool:
    if not isinstance(cell, (int, float)) or isinstance(cell, bool):
        return False
    try:
        return math.isfinite(cell)
    except OverflowError:  # int too large for a float
        return False


# ------------------------------------------------------------------------------------------------
# Yes / no
# ------------------------------------------------------------------------------------------------
_YES_EXACT = {"是", "有", "支持", "✓", "√", "✔", "☑", "●", "y", "yes", "true", "t", "1", "ok", "包含", "含", "提供",
              "具备", "已", "已有", "已支持", "已取得", "已通过", "通过", "已具备", "已包含", "可以", "可", "能",
              "included", "include", "supported", "support", "available", "provided", "done", "是的", "对",
              "标配", "自带", "内置", "已开通", "yes.", "included.",
              "あり", "有り", "はい", "対応可", "対応可能", "可能"}  # a Japanese form's answers ('■あり／有')
_NO_EXACT = {"否", "无", "没有", "不支持", "✗", "✘", "×", "x", "☐", "○", "n", "no", "false", "f", "0", "不包含",
             "不含", "不提供", "不具备", "未", "未取得", "未通过", "不能", "不可", "none", "not included",
             "not supported", "unsupported", "not available", "na", "暂不支持", "不", "非", "暂无", "未支持",
             "不是", "no.", "选配", "可选", "optional", "add-on", "addon", "另购", "需另购",
             "なし", "無し", "いいえ", "対応不可"}
_NO_PREFIX = ("不", "无", "否", "没", "未", "非", "暂不", "no ", "no,", "no(", "not ", "without", "none", "n/", "✗",
              "×", "x ", "✘", "❌", "❎")
_YES_PREFIX = ("是", "有", "支持", "✓", "√", "✔", "✅", "yes", "y ", "y(", "y,", "包含", "含", "提供", "具备", "已", "included",
               "supported", "true")


def yes_no(s: str) -> bool | None:
    """Strict-ish yes/no on normalised text; None when it says neither."""
    s = s.strip().rstrip("。.!！")
    if s in _YES_EXACT:
        return True
    if s in _NO_EXACT:
        return False
    if s.startswith(_NO_PREFIX):
        return False
    if s.startswith(_YES_PREFIX):
        return True
    if "／" in s or "/" in s:  # the same answer in two languages ('あり／提供', 'なし／无'): each part says it
        said = {v for p in re.split(r"[／/]", s) if p.strip() and (v := yes_no(p)) is not None}
        if len(said) == 1:
            return said.pop()
    return None


def _bool_cell(cell: Any) -> bool | None:
    if isinstance(cell, bool):
        return cell
    if is_number(cell):
        if cell in (0, 1):
            return bool(cell)
        return None
    return None


def parse_bool(cell: Any, unit: float | None = None) -> Parsed:
    b = _bool_cell(cell)
    if b is not None:
        return b, None
    if is_number(cell):
        return None, "warn.not_yes_no"
    s = norm(cell)
    if is_blank(s) or is_unknown_word(s):
        return None, None
    v = yes_no(s)
    return (v, None) if v is not None else (None, "warn.not_yes_no")


def _keyword_bool(cell: Any, yes_words: tuple[str, ...], no_words: tuple[str, ...],
                  negated: re.Pattern[str] | None = None) -> Parsed:
    """Keyword rules first (negations win), then plain yes/no."""
    b = _bool_cell(cell)
    if b is not None:
        return b, None
    s = norm(cell)
    if is_blank(s) or is_unknown_word(s):
        return None, None
    if any(w in s for w in no_words) or (negated is not None and negated.search(s)):
        return False, None
    if any(w in s for w in yes_words):
        return True, None
    v = yes_no(s)
    return (v, None) if v is not None else (None, "warn.not_understood")


def _negation_re(verbs: str, targets: str) -> re.Pattern[str]:
    """'不支持SSL', '无角色区分', 'not 国密', 'without RBAC': a negation, an optional verb, then the target."""
    return re.compile(r"(?:不|无|未|没有|暂未|尚未|非|(?<![a-z])(?:no|not|without)(?![a-z]))\s*(?:" + verbs + r")?\s*(?:"
                      + targets + ")")


# ------------------------------------------------------------------------------------------------
# Money
# ------------------------------------------------------------------------------------------------
_FREE = ("免费", "free", "赠送", "不收费", "无需付费", "0元", "零元", "包含在内", "included", "含在报价", "已含")
# included at no charge ('已含', '含在软件费内', '包含在报价内'); never with a negation before it ('不含在报价内', '非免费')
_FREE_RE = re.compile("|".join(map(re.escape, _FREE)) + r"|已?包?含在.{0,8}?(?:内|里|中)|已包含")


_CAPITAL_AMOUNT_RE = re.compile(r"[壹贰叁肆伍陆柒捌玖][拾佰仟万亿]")  # an amount in 大写 ('贰万贰仟元')


def _is_free(s: str) -> bool:
    return any(not (m.start() and s[m.start() - 1] in "不未没非") for m in _FREE_RE.finditer(s))


_PER_INCIDENT = ("按次", "每次", "/次", "per incident", "per bug", "per call", "per case", "单次")
_RANGE_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万元|万|w|k|千|元)?\s*(?:-|~|～|至|到|—|–|to)\s*(\d[\d,]*(?:\.\d+)?)")
_WORD_GAP_RE = re.compile(r"(?<=[a-z])\s+(?=\d)|(?<=[a-z]\d)\s+(?=\d)")
_MONEY_CLEAN_RE = re.compile(r"[¥￥$]|cny|rmb|人民币|含税|税后|税前|约|大约|左右|起|一次性|总计|合计|报价|价格|[:：]")
_CURRENCY_RE = re.compile(r"[¥￥$]|cny|rmb|人民币|元")
_PER_YEAR_RE = re.compile(r"/(?:年|year|yr|y)$|每年|peryear")
# Dates (validity, quote date) are not amounts: 2024-12-31, 2024/1/5, 2024年, 2024年12月31日.
_DATE_RE = re.compile(r"(?<![\d.])(?:19|20)\d{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)|"
                      r"(?<![\d.])(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?")
# A whole cell that is a date (2024-12-31, 2024/5/1 9:30, 2024年5月1日) where an amount or duration belongs.
_WHOLE_DATE_RE = re.compile(r"\s*(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?)"
                            r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*")


# A time or duration where a number belongs: a time-formatted cell ("36:00" is a duration, "02:30" a time of day:
# the reader gives a timedelta or a time) or text written as one. Read as a number, 36:00 became 24 hours of
# response time (its "1 day") and 120,000 CNY (its "12", in 万).
_WHOLE_TIME_RE = re.compile(r"\s*(\d{1,4})\s*:\s*([0-5]\d)(?:\s*:\s*([0-5]\d(?:\.\d+)?))?\s*", re.A)


# An .ods duration cell reaches us as its ISO 8601 value: PT36H00M00S (36:00), P1DT12H.
_ISO_DURATION_RE = re.compile(r"\s*-?P(?:(\d{1,6})D)?T(?:(\d{1,7})H)?(?:(\d{1,9})M)?(?:(\d{1,9}(?:\.\d+)?)S)?\s*", re.A)


def _time_hours(cell: Any) -> float | None:
    """Hours shown by a time or duration (36:00 -> 36.0, 02:30 -> 2.5, PT36H00M00S -> 36.0); None otherwise."""
    if isinstance(cell, _dt.timedelta):
        return cell.total_seconds() / 3600
    if isinstance(cell, _dt.time):
        return cell.hour + cell.minute / 60 + cell.second / 3600
    if isinstance(cell, str) and len(cell) <= 30 and (":" in cell or "：" in cell or "PT" in cell or "DT" in cell):
        s = unicodedata.normalize("NFKC", cell)
        if m := _WHOLE_TIME_RE.fullmatch(s):
            return int(m.group(1)) + int(m.group(2)) / 60 + float(m.group(3) or 0) / 3600
        if (m := _ISO_DURATION_RE.fullmatch(s)) and any(m.groups()):
            d, h, mi, sec = (float(g or 0) for g in m.groups())
            return d * 24 + h + mi / 60 + sec / 3600
    return None


def _is_date(cell: Any) -> bool:
    """A date where a number belongs: a date-formatted cell (the reader gives a date, a time or a date-time) or
    text written as a date. Read as a number it would become a price of 0 or 24,288 months."""
    if isinstance(cell, (_dt.date, _dt.time)):
        return True
    return isinstance(cell, str) and len(cell) <= 40 and _WHOLE_DATE_RE.fullmatch(cell) is not None


_SCI_RE = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)e[-+]?\d+")
_NOT_MONEY_AFTER = ("%", "天", "日", "个", "月", "年", "周", "小时", "分钟", "工作日", "次", "day", "month", "year", "yr",
                    "hour", "hr", "min", "week", "x", "*")
_WAN_COMPOUND_RE = re.compile(r"(?<![\d.])(\d+)万(\d{1,4})(千)?(?![\d.])")  # 22万8千, 22万8, 22万5000元


def _money_multiplier_after(s: str, end: int) -> float | None:
    rest = s[end:].lstrip()
    if rest.startswith(("万元", "万", "w", "wan")):
        return schema.WAN
    if rest.startswith(("千元", "千", "k")):
        return 1000
    if rest.startswith(("元", "块")):
        return 1
    if rest.startswith(("亿",)):
        return 100_000_000
    if rest.startswith(("百万", "million")) or _MILLION_RE.match(rest):  # 'RMB 0.268m', 'CNY 1.2mn'
        return 1_000_000
    return None


_MILLION_RE = re.compile(r"mn?(?![a-z])")


def parse_money(cell: Any, unit: float | None = None) -> Parsed:
    """CNY amount. 22.8万 / 19.8w / ¥330,000 / CNY 190,000 / 180000元 / 十八万 / 18-25万 (upper, warned)."""
    if _time_hours(cell) is not None:
        return None, "warn.time_not_number"
    if _is_date(cell):
        return None, "warn.date_not_number"
    if unit is not None and unit >= schema.WAN and cell.__class__ is str and re.fullmatch(r"\s*\d{5,}(?:\.\d+)?\s*", cell):
        cell = float(cell)  # (the same as a number: '196000' as text in a CSV)
    if is_number(cell):
        if unit is not None and unit >= schema.WAN and float(cell) >= 10_000:
            # 196000 under '报价金额（万元）': a figure typed in yuan under a header in 万 (19.6亿 is no loan system)
            return _checked_money(float(cell), bare=False)[0], "warn.unit_ignored"
        return _checked_money(float(cell) * (unit or 1), bare=unit is None)
    if isinstance(cell, bool):
        return None, "warn.not_money"
    s = norm(cell)
    if is_blank(s):
        return None, None
    if any(w in s for w in _PER_INCIDENT):
        return None, "warn.per_incident_fee"
    if is_unknown_word(s):
        return None, None
    s = _DATE_RE.sub(" ", s)
    if _is_free(s) and not numbers_in(s) and not _CAPITAL_AMOUNT_RE.search(s):  # ('免费维护期满后…贰万贰仟元': an amount)
        return 0.0, None
    explicit = bool(_CURRENCY_RE.search(s))  # ¥500 / 500元 are yuan, not a bare number meaning 万
    # a word before a figure stays apart from it ('total 268,000', 'sm4 25万'): glued, the figure would read as part
    # of the word
    s2 = _PER_YEAR_RE.sub("", _WORD_GAP_RE.sub("|", _MONEY_CLEAN_RE.sub("", s)).replace(" ", ""))
    if _SCI_RE.fullmatch(s2):
        return _checked_money(float(s2) * (unit or 1), bare=unit is None and not explicit)
    if "点" in s2:  # '二十一点六万': a decimal point said in words
        s2 = _CN_DECIMAL_RE.sub(_cn_decimal, s2)
    if _CN_RANGE_RE.search(s2):
        s2 = _cn_range(s2, unit)
    return (_money_range(s2, unit, explicit) or _money_single(s2, unit, explicit) or _money_cn(s2, unit)
            or (None, "warn.not_money"))


_CN_DECIMAL_RE = re.compile(r"([零〇一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰]+)点([零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖]+)"
                            r"(?=万|萬|元|块|w|千|亿|$)")


def _cn_decimal(m: re.Match) -> str:
    whole = cn_to_number(m.group(1))
    if whole is None or not float(whole).is_integer():
        return m.group()
    return f"{int(whole)}." + "".join(str(int(_CN_DIGITS[ch])) for ch in m.group(2))


_CN_RANGE_RE = re.compile(f"([{_CN_CHARS}]+)(元)?(?:-|~|～|至|到|—|–)([{_CN_CHARS}]+)")


def _cn_figure(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.6f}".rstrip("0")


def _cn_range(s2: str, unit: float | None) -> str:
    """'十八万至二十万', '十八到二十万', '十八至二十' under a header in 万: a range in numerals, written in figures for the
    range reader (the upper bound, warned). Only where it is money: '三至五个工作日' stays as it is."""
    m = _CN_RANGE_RE.search(s2)
    a, b = m.group(1), m.group(3)
    big_a, big_b = any(ch in _CN_BIG for ch in a), any(ch in _CN_BIG for ch in b)
    after = s2[m.end():]
    if not (big_b or after.startswith(("万", "元", "块", "w")) or unit is not None and not _CN_COUNT_AFTER_RE.match(after)):
        return s2
    if big_b and not big_a and b[-1] in _CN_BIG:  # '十八到二十万': both in 万
        b, tail = b[:-1], b[-1]
    else:
        tail = "元" if big_b else ""
    va, vb = cn_to_number(a), cn_to_number(b)
    if va is None or vb is None or big_a and not big_b:
        return s2
    return f"{s2[:m.start()]}{_cn_figure(va)}{'元' if big_a else ''}至{_cn_figure(vb)}{tail}{after}"


def _money_range(s2: str, unit: float | None, explicit: bool) -> Parsed | None:
    """Range: take the upper bound (the buyer must budget for it) and warn."""
    m = _RANGE_RE.search(s2)
    if not m:
        return None
    hi = _to_float(m.group(3)) or 0.0
    mult = _money_multiplier_after(s2, m.end(3)) or _money_multiplier_after(s2, m.end(1)) or unit
    value, warn = _checked_money(hi * (mult or 1), bare=mult is None and not explicit)
    return value, warn or "warn.range_upper"


def _money_single(s2: str, unit: float | None, explicit: bool) -> Parsed | None:
    m = _WAN_COMPOUND_RE.search(s2)
    if m:
        low = int(m.group(2)) * (1000 if m.group(3) or len(m.group(2)) == 1 else 1)
        if low < schema.WAN:
            return _checked_money(float(int(m.group(1)) * schema.WAN + low), bare=False)
    # '有效期30天', '含1年维护', '15%' count days, years or a share of the price, not yuan.
    found = [m for m in _NUM_RE.finditer(s2)
             if not s2.startswith(_NOT_MONEY_AFTER, m.end()) and s2[m.start() - 1:m.start()] not in ("x", "*")]
    if not found:
        return None
    m = found[0]
    v = _to_float(m.group()) or 0.0
    mult = _money_multiplier_after(s2, m.end())
    if len(found) > 1 and mult is None and unit is None:
        return None, "warn.not_money"
    return _checked_money(v * (mult or unit or 1), bare=(mult or unit) is None and not explicit)


_CN_COUNT_AFTER_RE = re.compile(r"\s*(?:个半月|个月|月|年|周|天|日|小时|个小时|次|家|期|版|点|个)")


def _money_cn(s2: str, unit: float | None) -> Parsed | None:
    """Chinese numerals: 十八万, 二十二万八千, 贰拾贰万捌仟元. A lone numeral word (三方协议) is not an amount."""
    for cn in _CN_NUM_RE.finditer(s2):
        if s2[max(0, cn.start() - 1):cn.start()] == "第":  # '同第二轮': an ordinal, not an amount
            return None
        tok, v = cn.group(), cn_to_number(cn.group())
        mult = _money_multiplier_after(s2, cn.end())
        if v is None or not (mult or unit or any(ch in _CN_BIG for ch in tok)):
            if _CN_COUNT_AFTER_RE.match(s2, cn.end()):
                continue  # '一年以后的维保费是每年两万二': '一年' is a period, the amount comes after it
            return None
        if not any(ch in _CN_BIG for ch in tok):  # '贰拾叁万伍仟' under '报价（万元）' says its own magnitude
            v *= mult or unit or 1
        return _checked_money(v, bare=False)
    return None


def _checked_money(v: float, bare: bool) -> Parsed:
    if not math.isfinite(v):
        return None, "warn.not_money"
    if v < 0:
        return None, "warn.negative"
    if v > _MAX_MONEY:
        return None, "warn.absurd_money"
    if bare and 0 < v < 1000:
        # A loan system is never sold for under 1,000 元: a bare 22.8 under a header without unit means 万.
        return v * schema.WAN, "warn.assumed_wan"
    return v, None


# ------------------------------------------------------------------------------------------------
# Durations (months), hours
# ------------------------------------------------------------------------------------------------
_LIFETIME = ("终身", "永久", "lifetime", "forever", "永久免费")
_LIFETIME_MONTHS = 120.0
_DUR_RE = re.compile(r"(\d+(?:\.\d+)?|[" + "".join(_CN_DIGITS) + "十百]+)\s*(个半月|个月|月|年半|年|周|星期|天|日|"
                     r"months?|mos?|years?|yrs?|weeks?|days?|m|y)")
_DATE_IN_TEXT_RE = re.compile(r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}\s*年\s*\d{1,2}\s*月(?!\s*[)）])")
# Units written in a cell: the header units of schema, plus the short and spoken forms found in cells.
_DUR_FACTOR = {**schema.MONTH_UNITS, "mo": 1, "mos": 1, "m": 1, "yr": 12, "yrs": 12, "y": 12, "周": 12 / 52,
               "星期": 12 / 52, "week": 12 / 52, "weeks": 12 / 52, "日": 1 / 30, "day": 1 / 30, "年半": 12, "个半月": 1}


_EN_NUMS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24, "thirty-six": 36}
_EN_NUM_RE = re.compile(r"(?<![a-z-])(" + "|".join(sorted(_EN_NUMS, key=len, reverse=True)) + r")(?![a-z-])")


def _num_token(tok: str) -> float | None:
    v = _to_float(tok)
    return v if v is not None else cn_to_number(tok)


def _en_numbers(s: str) -> str:
    """'one year' -> '1 year', 'two hours' -> '2 hours'."""
    return _EN_NUM_RE.sub(lambda m: str(_EN_NUMS[m.group(1)]), s)


_MAX_MONTHS = 1200.0  # 100 years: a longer free maintenance or log retention is not a promise, it is a typo
_MAX_HOURS = 24 * 365.0  # a response time of more than a year
_SCIENTIFIC_RE = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)e[-+]?\d+")  # 1e300, 1.5E+3 (as Excel exports big numbers)


def _checked_amount(v: float, bad: str, most: float = math.inf, absurd: str | None = None) -> Parsed:
    if not math.isfinite(v):
        return None, bad
    if v < 0:
        return None, "warn.negative"
    if v > most:
        return None, absurd or bad
    return v, None


def _scientific(s: str) -> float | None:
    """A number written in scientific notation ('1e300'), which the number finder would read as 1 and 300."""
    return float(s) if _SCIENTIFIC_RE.fullmatch(s) else None


def _days_in_months(days: float) -> float:
    """Days as the months they are meant to be: 180 天 is 6 months, 365 天 12, 730 天 24 (never 24.33)."""
    return float(round(days / 30.4))


def parse_months(cell: Any, unit: float | None = None) -> Parsed:
    """Months: 1年 / 一年 / 半年 / 3个月 / 12个月 / 180天 / 2 years / 终身 -> 120."""
    if _time_hours(cell) is not None:
        return None, "warn.time_not_number"
    if _is_date(cell):
        return None, "warn.date_not_number"
    if is_number(cell):
        if unit is not None and abs(unit - 1 / 30) < 1e-9 and float(cell) >= 28:
            return _checked_amount(_days_in_months(float(cell)), "warn.not_duration", _MAX_MONTHS, "warn.absurd_duration")
        return _checked_amount(float(cell) * (unit or 1), "warn.not_duration", _MAX_MONTHS, "warn.absurd_duration")
    s = norm(cell)
    if is_blank(s) or is_unknown_word(s):
        return None, None
    if unit is not None and abs(unit - 1 / 30) < 1e-9 and re.fullmatch(r"\d+", s) and int(s) >= 28:
        return _checked_amount(_days_in_months(float(s)), "warn.not_duration", _MAX_MONTHS, "warn.absurd_duration")
    if (x := _scientific(s)) is not None:
        return _checked_amount(x * (unit or 1), "warn.not_duration", _MAX_MONTHS, "warn.absurd_duration")
    s = _en_numbers(s)
    if any(w in s for w in _LIFETIME):
        return _LIFETIME_MONTHS, None
    if s in ("半年", "half a year", "half year", "6m"):
        return 6.0, None
    if "月" in s and _DATE_IN_TEXT_RE.search(s):
        s = _DATE_IN_TEXT_RE.sub(" ", s)  # '11月21日销售来电称…', '2025年11月': a date is no duration
    m = _DUR_RE.search(s)
    if m:
        v = _num_token(m.group(1))
        if v is not None:
            months = v * _DUR_FACTOR[m.group(2)]
            if m.group(2) in ("年半",):
                months += 6
            if m.group(2) == "个半月":
                months += 0.5
            return _checked_amount(-1.0 if s.startswith("-") else round(months, 2), "warn.not_duration", _MAX_MONTHS,
                                   "warn.absurd_duration")
    if "半年" in s:
        return 6.0, None
    nums = numbers_in(s)
    if len(nums) == 1:
        return _checked_amount(nums[0] * (unit or 1), "warn.not_duration", _MAX_MONTHS, "warn.absurd_duration")
    if yes_no(s) is False:
        return 0.0, None
    return None, "warn.not_duration"


_NEXT_DAY = ("次日", "第二天", "隔天", "next day", "next-day", "next business day", "next working day", "1个工作日", "一个工作日",
             "24小时内", "within a day", "1 business day", "one business day", "1 working day")
_VAGUE = ("尽快", "asap", "as soon as possible", "及时", "第一时间", "随时", "promptly", "尽快响应", "视情况")
_HOUR_RE = re.compile(r"(\d+(?:\.\d+)?|[" + "".join(_CN_DIGITS) + "十]+)\s*(个小时|小时|分钟|个工作日|工作日|天|日|"
                      r"hours?|hrs?|h|minutes?|mins?|m|days?|business days?|working days?)")
_HOUR_FACTOR = {**schema.HOUR_UNITS, "个小时": 1, "hr": 1, "minute": 1 / 60, "mins": 1 / 60, "m": 1 / 60,
                "工作日": 24, "个工作日": 24, "天": 24, "日": 24, "day": 24, "days": 24, "business day": 24,
                "business days": 24, "working day": 24, "working days": 24}


def parse_hours(cell: Any, unit: float | None = None) -> Parsed:
    """Response hours: 2小时内 / 2h / 30分钟 / 30 min / 次日 -> 24 / 'as soon as possible' -> unknown.

    A time-formatted cell or text written so is a length of hours:minutes here (36:00 -> 36, 2:30 -> 2.5), said in
    a warning: typing 2:30 gives a time of day in Excel and a .ods duration under 24 hours reads as one too."""
    if (hours := _time_hours(cell)) is not None:
        return _checked_amount(hours, "warn.not_hours")[0], "warn.time_as_hours"
    if _is_date(cell):
        return None, "warn.date_not_number"
    if is_number(cell):
        return _checked_amount(float(cell) * (unit or 1), "warn.not_hours", _MAX_HOURS, "warn.absurd_hours")
    s = norm(cell)
    if is_blank(s) or is_unknown_word(s):
        return None, None
    if (x := _scientific(s)) is not None:
        return _checked_amount(x * (unit or 1), "warn.not_hours", _MAX_HOURS, "warn.absurd_hours")
    s = _en_numbers(s)
    if any(w in s for w in ("第二天", "第二日", "次日", "隔天", "隔日", "次工作日", "下一工作日", "下一个工作日", "下个工作日")) \
            and not re.search(r"\d\s*(?:小时|h|分钟)", s):
        return 24.0, None  # '第二天回': the next day, never 'two days'
    m = _HOUR_RE.search(s)
    if m:
        v = _num_token(m.group(1))
        if v is not None:
            if s.lstrip().startswith("-"):
                return None, "warn.negative"
            return _checked_amount(round(v * _HOUR_FACTOR[m.group(2)], 4), "warn.not_hours", _MAX_HOURS,
                                   "warn.absurd_hours")
    if any(w in s for w in _NEXT_DAY):
        return 24.0, None
    if any(w in s for w in ("立即", "实时", "immediately", "instant", "即时")):
        return 0.5, None
    if any(w in s for w in _VAGUE):
        return None, "warn.vague_response"
    nums = numbers_in(s)
    if len(nums) == 1:
        return _checked_amount(nums[0] * (unit or 1), "warn.not_hours", _MAX_HOURS, "warn.absurd_hours")
    return None, "warn.not_hours"


# ------------------------------------------------------------------------------------------------
# Domain-specific texts
# ------------------------------------------------------------------------------------------------
_FULL_SUPPORT_RE = re.compile(r"7\s*[x*]\s*24|24\s*[x*/]\s*7|7天24小时|全天候|全年无休|24小时|24h|around the clock|"
                              r"round the clock|24/7|全天")
_LIMITED_SUPPORT_RE = re.compile(r"(?<!\d)[1-7]\s*[x*]\s*(?:[1-9]|1\d|2[0-3])(?!\d)|(?<![\d/])(?:[89]|1[0-2])\s*[x*]\s*[56](?!\d)|"
                                 r"工作日|工作时间|business hours|"
                                 r"office hours|working hours|working days|business days|workdays|weekdays|\d{1,2}[:：]\d{2}\s*[-~至–—]\s*\d{1,2}[:：]\d{2}|"
                                 r"周一\s*[至到~\-–—]\s*周五|mon\s*[\-–—~]\s*fri|"
                                 r"monday to friday|白天|daytime|工作时段|营业时间|办公时间")


def parse_support(cell: Any, unit: float | None = None) -> Parsed:
    """7×24 (and 24/7) -> True; 5×8 / 工作日 / business hours -> False."""
    b = _bool_cell(cell)
    if b is not None:
        return b, None
    s = norm(cell)
    if is_blank(s) or is_unknown_word(s):
        return None, None
    if _LIMITED_SUPPORT_RE.search(s):
        return False, None
    if _FULL_SUPPORT_RE.search(s):
        return True, None
    v = yes_no(s)
    return (v, None) if v is not None else (None, "warn.not_understood")


_CERT_PENDING = ("申请中", "办理中", "申报中", "评测中", "测评中", "准备中", "计划", "即将", "正在", "筹备", "in progress",
                 "pending", "applying", "planned", "in application", "under review", "过期", "已过期", "expired", "未取得",
                 "未通过", "尚未", "在测评", "还在测", "in assessment", "in final assessment", "under assessment",
                 "being assessed", "assessment ongoing", "assessment under way", "assessment underway", "applied for",
                 "application submitted", "awaiting certificate", "certificate pending", "expected q", "expected by")
_CERT_VERSION_RE = re.compile(r"(等保|等级保护|mlps|djcp)\s*2\.0\s*(?:版本|版)?")  # 等保2.0三级: 2.0 is no level
_CERT_LEVEL_RE = re.compile(r"([一二三四五1-5])\s*级|level\s*([1-5])|mlps\s*([1-5])|l([1-5])\b|等保\s*([1-5一二三四五])")


_CERT_NOT_DONE_RE = re.compile(r"(?:没|未)有?(?:做|办|评|测|过|通过|取得|备案)|(?<![a-z])(?:not (?:done|held|obtained)|never)(?![a-z])")


def parse_cert(cell: Any, unit: float | None = None) -> Parsed:
    """等保三级: '等保三级(2023年取得)', '三级', '已取得' -> True; '申请中', '二级', '无' -> False."""
    b = _bool_cell(cell)
    if b is not None:
        return b, None
    s = norm(cell)
    if is_blank(s) or is_unknown_word(s) and len(s) <= 16:  # 'TBC' alone; 'L3 – cert. TBC' says more
        return None, None
    if any(w in s for w in _CERT_PENDING) or s.startswith(_NO_PREFIX) or _CERT_NOT_DONE_RE.search(s):
        return False, None
    m = _CERT_LEVEL_RE.search(_CERT_VERSION_RE.sub(r"\1 ", s))
    if m:
        tok = next(g for g in m.groups() if g)
        level = int(tok) if tok.isdigit() else int(_CN_DIGITS[tok])
        return level >= 3, None
    v = yes_no(s)
    if v is not None:
        return v, None
    if any(w in s for w in ("已取得", "已通过", "已备案", "certified", "obtained", "passed", "取得", "filed")) or \
            re.match(r"\s*held\b", s):  # 'Held. Filing certificate no. …'
        return True, None
    return None, "warn.not_understood"


_PLANNED = ("计划", "规划", "即将", "后续", "下一版", "下个版本", "开发中", "planned", "roadmap", "coming soon",
            "in progress", "pending")
_SM4_NEG_RE = _negation_re("支持|采用|使用|用", "sm4|国密")
_OTHER_CIPHER_RE = re.compile(r"(?<![a-z])(?:aes|rsa|3des|des|md5|base64|sha-?\d*)(?![a-z])|明文|plain|自研")


def parse_encryption(cell: Any, unit: float | None = None) -> Parsed:
    """国密SM4: 'SM4', '国密' -> True; 'AES', 'RSA', 'MD5', '无' -> False (encryption, but not 国密)."""
    b = _bool_cell(cell)
    if b is not None:
        return b, None
    s = norm(cell)
    if is_blank(s) or is_unknown_word(s):
        return None, None
    has_sm = "sm4" in s or "国密" in s or "sm2" in s or "sm3" in s
    if has_sm:
        planned = any(w in s for w in _PLANNED)
        return (False, None) if planned or _SM4_NEG_RE.search(s) else (True, None)
    if _OTHER_CIPHER_RE.search(s):
        return False, None
    v = yes_no(s)
    return (v, None) if v is not None else (None, "warn.not_understood")


_TLS_NEG_RE = _negation_re("支持|采用|使用|提供|启用|开启|部署|配置", "https|ssl|tls")
_ACCESS_NEG_RE = _negation_re("支持|区分|分配|设置|划分|细分|separate", "角色|权限|role|rbac|access")


def parse_tls(cell: Any, unit: float | None = None) -> Parsed:
    return _keyword_bool(cell, ("https", "ssl", "tls", "证书", "全站加密"),
                         ("无证书", "仅http", "http only", "明文传输", "plain http"), _TLS_NEG_RE)


def parse_access(cell: Any, unit: float | None = None) -> Parsed:
    return _keyword_bool(cell, ("rbac", "角色", "权限", "role", "分级", "多级", "permission", "access control"),
                         ("不支持", "none"), _ACCESS_NEG_RE)


_BUREAU_YES = ("央行", "人行", "人民银行", "pboc", "中国人民银行征信中心", "征信中心", "百行", "baihang", "朴道", "pudao",
               "持牌", "licensed", "credit reference center")
_BUREAU_NO = ("第三方", "非持牌", "爬虫", "数据源", "大数据", "third-party", "third party", "unlicensed", "scraper",
              "无", "否", "没有", "none", "not ", "no ")


_BUREAU_UNNAMED_RE = re.compile(r"(?<![a-z])no (?:credit )?(?:bureau|body|agency|institution)s? (?:is |was |were )?"
                                r"(?:named|specified|given|stated|mentioned)|(?:bureau|body) not (?:named|specified|given)|"
                                r"(?<![a-z])none (?:is |was )?(?:named|specified)|"
                                r"未(?:指明|说明|写明|注明)(?:是)?(?:哪家|哪个|具体)?(?:征信)?机构|未说明对接哪家")
_BUREAU_NEG_RE = _negation_re("支持|对接|接入|连接|直连|connect\\w*|integrat\\w*|access",
                              "央行|人行|人民银行|百行|朴道|征信|pboc|baihang|pudao|licensed|credit")


def parse_bureau(cell: Any, unit: float | None = None) -> Parsed:
    """Licensed credit bureau: 央行征信 / 百行 / 朴道 / 持牌 -> True; 第三方数据源 / 无 / none -> False."""
    b = _bool_cell(cell)
    if b is not None:
        return b, None
    s = norm(cell)
    if s == "none":  # answers "which bureau?": none at all (elsewhere a bare 'none' may be an empty export)
        return False, None
    if is_blank(s) or is_unknown_word(s):
        return None, None
    if _BUREAU_UNNAMED_RE.search(s):
        return None, None  # '— no bureau named': a remark that the claim names none, not a no
    if any(w in s for w in ("非持牌", "unlicensed", "未持牌")) or _BUREAU_NEG_RE.search(s):
        return False, None
    if any(w in s for w in _BUREAU_YES):
        return True, None
    if any(s.startswith(w) or w in s for w in _BUREAU_NO):
        return False, None
    v = yes_no(s)
    return (v, None) if v is not None else (None, "warn.not_understood")


_UPGRADE_NO = ("仅修复", "只修复", "仅bug", "只修bug", "仅限bug", "仅限", "仅故障", "仅崩溃", "不含升级", "不包含升级",
               "不含版本升级", "升级另收费", "升级收费", "升级另计", "only", "crash fixes", "excluding upgrade",
               "no upgrade", "without upgrade", "upgrades charged", "不升级", "无升级", "仅提供补丁", "只提供补丁", "仅补丁",
               "只有补丁", "仅打补丁")
_UPGRADE_YES = ("升级", "upgrade", "新版本", "版本更新", "迭代", "new version", "updates")
_UPGRADE_MINOR = ("小版本", "minor", "小升级")
_UPGRADE_NEG_RE = re.compile(r"(?:不含|不包含|不包括|不提供|(?<![a-z])(?:excluding|without|no|not)(?![a-z]))\s*(?:免费)?\s*"
                             r"(?:小版本|minor|版本|升级|upgrade|update|version|release)")
# '升级另收费' / '升级需另付费' / 'upgrades charged'; '升级不收费' / '不另收费' are not charges.
_UPGRADE_CHARGED_RE = re.compile(r"(?:升级|版本|upgrade|update)[^,;。]{0,10}?(?<![不免无另])"
                                 r"(?:另收费|另付费|另计|另付|另收|收费|付费|charged|paid|extra)")
_CLAUSE_SPLIT_RE = re.compile(r"[,;。()\[\]【】]")


def _upgrade_clause(c: str) -> bool | None:
    if any(w in c for w in _UPGRADE_NO) or _UPGRADE_NEG_RE.search(c) or _UPGRADE_CHARGED_RE.search(c):
        return False
    if any(w in c for w in _UPGRADE_YES):
        return True
    return None


def parse_upgrades(cell: Any, unit: float | None = None) -> Parsed:
    """Maintenance scope: 'bug修复+小版本升级' -> True; '仅修复系统崩溃' / 'bug修复' -> False.

    Judged clause by clause: free minor upgrades are what counts, so '小版本免费升级，大版本升级收费' is True.
    """
    b = _bool_cell(cell)
    if b is not None:
        return b, None
    s = norm(cell)
    if is_blank(s) or is_unknown_word(s):
        return None, None
    verdicts = [(_upgrade_clause(c), c) for c in _CLAUSE_SPLIT_RE.split(s)]
    if any(v and any(w in c for w in _UPGRADE_MINOR) for v, c in verdicts):
        return True, None
    if any(v is False for v, _ in verdicts):
        return False, None
    if any(v for v, _ in verdicts):
        return True, None
    if any(w in s for w in ("bug", "修复", "故障", "fix", "崩溃", "crash")):
        return False, None  # fixes named, upgrades not: the trap
    v = yes_no(s)
    return (v, None) if v is not None else (None, "warn.not_understood")


_POLICY_FREE_RE = re.compile(r"不另?(?:收费|计费)|无需(?:额外)?(?:付费|收费)|不额外收费|无额外费用|免费|包含在内|已包含|包含|"
                             r"free(?: of charge)?|included|at no (?:extra |additional )?cost|"
                             r"no (?:extra |additional )?(?:charges?|fees?|costs?)")
_POLICY_NOT_FREE = ("不免费", "非免费", "not free", "不含", "不包含", "not included", "excluded", "不提供")
_POLICY_CHARGED_RE = re.compile(r"收费|付费|另计|另算|另收|额外|需付|计费|按次|按工作量|charge|paid|extra|fee|cost")
_FEE_RE = re.compile(r"(?:[¥$]|cny|rmb)\s*\d[\d,]*(?:\.\d+)?(?:\s*(?:万元|万|w|k|元))?|"
                     r"\d[\d,]*(?:\.\d+)?\s*(?:万元|万|w|k|千元|元)|"
                     f"[{''.join(_CN_DIGITS)}{''.join(_CN_UNITS)}万]+(?:万元|万|元)")
_BARE_NUM_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _policy_fee(text: str, unit: float | None) -> float | None:
    """The amount in '收费(8万)', 'charged (CNY 50,000)', '8万/次' (a fee per adaptation is the fee)."""
    m = _FEE_RE.search(text)
    if m:
        return parse_money(m.group(), unit)[0]
    t = text.strip(" ()")
    return parse_money(t, unit)[0] if _BARE_NUM_RE.fullmatch(t) else None


def parse_policy(cell: Any, unit: float | None = None) -> tuple[tuple[bool | None, float | None], str | None]:
    """Policy adaptation: returns ((free?, fee_cny), warning). '免费' -> (True, 0); '收费(8万)' -> (False, 80000).

    Any charge named wins over a free part ('小调整免费，重大变化收费' is charged): the buyer pays for the big ones.
    """
    b = _bool_cell(cell)
    if b is not None:
        return (b, 0.0 if b else None), None
    if is_number(cell):
        fee = parse_money(cell, unit)[0]
        return ((fee == 0) if fee is not None else None, fee), None
    s = norm(cell)
    if is_blank(s) or is_unknown_word(s):
        return (None, None), None
    rest = _POLICY_FREE_RE.sub(" ", s)
    not_free = any(w in s for w in _POLICY_NOT_FREE)
    if not_free or _POLICY_CHARGED_RE.search(rest):
        fee = _policy_fee(rest, unit)
        return ((True, 0.0) if fee == 0 and not not_free else (False, fee)), None
    if rest != s:
        return (True, 0.0), None
    fee = _policy_fee(s, unit)
    if fee is not None:
        return (fee == 0, fee), None
    v = yes_no(s)
    if v is not None:
        return (v, 0.0 if v else None), None
    return (None, None), "warn.not_understood"


_LIFETIME_NEGATED_RE = _negation_re("提供|给|做|含|包含|有", "终身|永久|长期")  # '没有终身咨询', '不做终身'


def parse_lifetime(cell: Any, unit: float | None = None) -> Parsed:
    return _keyword_bool(cell, ("终身", "永久", "lifetime", "forever", "长期"),
                         ("不提供", "不给", "不含", "无终身", "非终身", "no lifetime", "收费咨询", "之后收费", "后收费", "维保期内",
                          "仅维保期", "paid", "not offered", "not provided", "not included", "not available"),
                         _LIFETIME_NEGATED_RE)


def parse_contract(cell: Any, unit: float | None = None) -> Parsed:
    return _keyword_bool(cell, ("写入", "合同约定", "in contract", "contract", "书面", "written", "in writing", "in the msa",
                                "in the sow", "statement of work", "into the agreement", "in the agreement"),
                         ("口头", "oral", "verbal", "不写", "未写入", "not in contract", "不体现", "未体现", "只写价格",
                          "只写交付", "按公司惯例", "按惯例", "not in the agreement", "not in the msa", "not in the sow",
                          "not in the contract", "not part of the contract", "outside the contract", "not written"))


_SPACES_RE = re.compile(r"\s+")


def parse_text(cell: Any, unit: float | None = None) -> Parsed:
    if cell is None or isinstance(cell, bool):
        return None, None
    if is_number(cell):
        return (str(int(cell)) if float(cell).is_integer() else str(cell)), None
    s = _SPACES_RE.sub(" ", unicodedata.normalize("NFKC", _safe_str(cell)).strip())
    return (s or None), None


# ------------------------------------------------------------------------------------------------
# Features and business types
# ------------------------------------------------------------------------------------------------
_SPLIT_RE = re.compile(r"[、，;；/|｜┋¦\n\r\t+＋〖〗]+|\s[·・•]\s|(?<!\d),|,(?!\d{3})|\s{2,}| and |及|和|以及")
_ENUM_RE = re.compile(r"(?:^|(?<=\s))[(（]?\d{1,2}[.、)）](?!\d)\s*")  # '1、用户管理 2、还款管理' / '1. ...'
_FEATURE_STRIP_RE = re.compile(r"[\s\-_()（）\[\]【】\"'“”]")


def _feature_synonyms() -> list[tuple[str, str | None]]:
    pairs: list[tuple[str, str | None]] = [(_FEATURE_STRIP_RE.sub("", norm(syn)), fid)
                                           for fid, syns in schema.FEATURES.items() for syn in syns]
    pairs += [(fid.replace("_", ""), fid) for fid in schema.FEATURES]
    pairs += [(_FEATURE_STRIP_RE.sub("", norm(syn)), fid) for syn, fid in schema.FEATURE_NOT.items()]
    # Longest first, and a 'not this feature' name before a feature name of the same length.
    return sorted(dict(pairs).items(), key=lambda p: (-len(p[0]), p[0] not in _NOT_KEYS))


_NOT_KEYS = {_FEATURE_STRIP_RE.sub("", norm(syn)) for syn in schema.FEATURE_NOT}
_FEATURE_SYNS = _feature_synonyms()


@lru_cache(maxsize=4096)
def match_feature(token: str) -> str | None:
    """The feature a module name means: the longest known name it contains (exact first); None if none, or if the
    longest name is one that only looks like a feature (贷款产品管理 is not 商品管理)."""
    t = _FEATURE_STRIP_RE.sub("", norm(token))
    if not t:
        return None
    for syn, fid in _FEATURE_SYNS:
        if syn == t:
            return fid
    for syn, fid in _FEATURE_SYNS:
        if len(syn) >= 2 and syn in t:
            return fid
    return None


# module names that hold a joining word themselves ('用户及角色管理'): kept whole when a list is split at 及 / 和
_JOINED_NAMES = tuple(sorted({syn for syns in schema.FEATURES.values() for syn in syns if "及" in syn or "和" in syn},
                             key=len, reverse=True))
_JOINED_NAMES_RE = re.compile("|".join(map(re.escape, _JOINED_NAMES))) if _JOINED_NAMES else None


# a tick after each module, the modules set apart by spaces ('商品管理✔ 分期计算器✔ 订单跟踪✔'): the ticks end the names
_TICK_SPACED_RE = re.compile(r"(?<=[^\s✔✓☑√])([✔✓☑√])[ \t\u3000]+(?=[^\s✔✓☑√])")


def split_list(s: str) -> list[str]:
    if ("✔" in s or "✓" in s or "√" in s or "☑" in s) and _TICK_SPACED_RE.search(s):
        s = _TICK_SPACED_RE.sub(r"\1、", s)
    joined = _JOINED_NAMES_RE is not None and ("及" in s or "和" in s)
    if joined:  # the joining word inside a name hidden from the split, then put back
        s = _JOINED_NAMES_RE.sub(lambda m: m.group().replace("及", "\x01").replace("和", "\x02"), s)
    parts = [p.strip(" .。:：()（）") for p in _SPLIT_RE.split(_ENUM_RE.sub("\n", s))]
    if joined:
        parts = [p.replace("\x01", "及").replace("\x02", "和") for p in parts]
    return [p for p in parts if p and not p.isdigit()]


def parse_features(cell: Any, unit: float | None = None) -> tuple[tuple[tuple[str, ...], tuple[str, ...]] | None,
                                                                   str | None]:
    """Feature list -> ((feature ids in order, unmatched tokens), warning)."""
    s = norm(cell) if not is_number(cell) else ""
    if is_blank(s) or s in _UNKNOWN_SET:  # whole-cell only: '协商还款' is a feature, not 协商
        return None, None
    found: list[str] = []
    unknown: list[str] = []
    for tok in split_list(unicodedata.normalize("NFKC", _safe_str(cell)).strip()):
        fid = match_feature(tok)
        if fid is None:
            unknown.append(tok)
        elif fid not in found:
            found.append(fid)
    if not found and unknown:
        return ((), tuple(unknown)), "warn.no_features_recognised"
    return (tuple(found), tuple(unknown)), None


def _business_synonyms() -> list[tuple[str, str]]:
    pairs = [(norm(s).replace(" ", ""), b.id) for b in schema.BUSINESS_TYPES.values() for s in b.synonyms]
    return sorted(pairs, key=lambda p: -len(p[0]))


_BT_SYNS = _business_synonyms()
_ALL_TYPES_RE = re.compile(r"全部|通用|所有|(?<![a-z])(?:all|any)(?![a-z])")  # not the 'all' in 'installment'/'small'


def parse_business_types(cell: Any, unit: float | None = None) -> Parsed:
    s = norm(cell) if not is_number(cell) else ""
    if is_blank(s) or is_unknown_word(s):
        return None, None
    if _ALL_TYPES_RE.search(s):
        return list(schema.BUSINESS_TYPES), None
    out: list[str] = []
    for tok in split_list(s):
        t = tok.replace(" ", "")
        for syn, bid in _BT_SYNS:
            if syn in t:
                if bid not in out:
                    out.append(bid)
                break
    return (out, None) if out else (None, "warn.not_understood")


# ------------------------------------------------------------------------------------------------
PARSERS: dict[str, Callable[[Any, float | None], tuple[Any, str | None]]] = {
    "text": parse_text, "business_types": parse_business_types, "money": parse_money, "cert": parse_cert,
    "encryption": parse_encryption, "tls": parse_tls, "access": parse_access, "months": parse_months,
    "bureau": parse_bureau, "upgrades": parse_upgrades, "policy": parse_policy, "support": parse_support,
    "hours": parse_hours, "lifetime": parse_lifetime, "contract": parse_contract, "features": parse_features,
    "bool": parse_bool,
}


@lru_cache(maxsize=65536, typed=True)  # typed: the cells 1, 1.0 and True are different answers
def _parse_cached(kind: str, cell: Any, unit: float | None) -> tuple[Any, str | None]:
    return PARSERS[kind](cell, unit)


def parse_cell(kind: str, cell: Any, unit: float | None = None) -> tuple[Any, str | None]:
    """Parse one cell for a field kind; never raises. Each distinct (kind, cell, unit) is parsed once."""
    try:
        return _parse_cached(kind, cell, unit)
    except TypeError:  # unhashable cell (never from our readers, but stay total)
        return PARSERS[kind](cell, unit)
    except Exception:  # noqa: BLE001 - a parser bug must not lose the file; the cell is reported instead
        return None, "warn.not_understood"


# ------------------------------------------------------------------------------------------------
# Rounds of a negotiation (a price column per round, or a row per round)
# ------------------------------------------------------------------------------------------------
_ROUND_WORDS = {"首": 1, "初": 1, "一": 1, "1": 1, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4, "五": 5, "5": 5}
# '首轮', '第二轮', 'round 2', '最终报价'; and '初次报价' / '二次报价' (the n-th offer) beside a 最终报价
_ROUND_RE = re.compile(r"(首|第?\s*([一二三四五1-5]))\s*轮|round\s*([1-5])|(最终|最后|final)|(初|[二三四五])次报价", re.I)


def round_of(label: str) -> int:
    """Which round of a negotiation a price column is (首轮 1, 第二轮 2, 最终报价 99); 0 when none."""
    m = _ROUND_RE.search(label or "")
    if not m:
        return 0
    if m.group(4):
        return 99
    if m.group(5):
        return _ROUND_WORDS.get(m.group(5), 0)
    return _ROUND_WORDS.get(m.group(2) or m.group(3) or m.group(1), 0)


def round_named(text: str) -> int:
    """The round a price cell points back to ('同第二轮', '维持第二轮报价', 'same as round 2'); 0 when none."""
    if not re.search(r"同|维持|不变|按|以.{0,6}为准|same|unchanged|as in", text or "", re.I):
        return 0
    m = re.search(r"(?:按|同|维持|以)\s*(.{0,8}?(?:轮|次报价|round\s*[1-5]))", text or "", re.I)
    return round_of(m.group(1)) if m else round_of(text)  # '最终轮未回复，按二次报价': the round it points to
