"""A vendor's statements written as sentences (an e-mail, a chat message, a manager's memo), split into what a quote
document would write on lines of their own (docs/analyst-reading.md §9).

"我司报价12.8万元（含税），功能有征信查询、风控模型…" holds a price and a module list inside one sentence; read as one
notes cell only its terms would count. ``statements`` turns a sentence into labelled lines — '报价：…' (with its tax
words and its breakdown), '分项报价：…' when a sentence gives several amounts, '功能：…' for a module list, a module
offered at extra cost as an option of its own — and keeps the rest of the sentence as one line, so that the price and
module readers read them like any labelled cell.
"""
from __future__ import annotations

import re

from .formal import _OPTION
from .mapping import match_label
from .pasted import _TOTAL_RE
from .reading import _OUTSIDE_THE_PRICE_RE, _TAX_EXCL_RE, _TAX_INCL_RE, MONEY_AMOUNT_RE, read_features

PRICE_WORDS_RE = re.compile(r"报价|价格|总价|合计|共计|活动价|优惠价|源码|买断|[¥￥]|\d\s*(?:万|w)(?![a-z])|"
                            r"(?<![a-z])(?:price|total|cny)(?![a-z])", re.I)
_CLAUSE_RE = re.compile(r"[，。；;！!]+|,(?!\d{3})|\.$")  # not at 'incl. VAT
_NOT_THE_PRICE_RE = re.compile(r"年费|/\s*年|每年|按年|按次|每次|维护费|维保费|期满|之后|以后|per year|per incident|annual", re.I)
# A module list in a sentence: after its lead words ('功能有…', '另有…', 'modules include …'), or before its closing
# words ('…都有', '…都在报价里'). Each is matched where it stands (a lead at the start, a close at the end), never by
# trying every split of the clause: a hostile clause costs its length.
_MODULES_LEAD_RE = re.compile(r"(?:功能|模块)(?:只有|仅有|有|包括|包含|是|涵盖)\s*|^(?:只有|仅有|另有|还有|另外有|另外还有|此外还有|此外有|有|"
                              r"包括|包含)|(?:modules?|features?)\s+(?:include|are|cover)s?\s+", re.I)
_MODULES_CLOSE_RE = re.compile(r"(?:都有|都支持|都具备|均有|均支持|(?:都|均|全)(?:在报价[里内中]|包含在内|含在内|包含|含)|"
                               r"(?:已?含在内|已?包含在内|已含)(?:不另收费|不另计费|不收费|免费)?)$")


def _modules_in(c: str) -> str | None:
    """The module list a clause gives, by its lead or its closing words; None when it gives none."""
    m = _MODULES_LEAD_RE.search(c)
    if m is not None and m.end() < len(c) and (m.start() > 0 or m.group().strip() not in ("有", "包括", "包含")
                                                 or "、" in c):
        return c[m.end():]
    tail = c[-12:]
    m = _MODULES_CLOSE_RE.search(tail)
    if m is not None and len(c) - len(tail) + m.start() > 0:
        return c[:len(c) - len(tail) + m.start()]
    if c.count("、") >= 2:  # a bare list between a 接龙 line's bars ('个人征信查询、风控模型、反欺诈…')
        r = read_features(c)
        if len(r.value or ()) >= 2 and len(r.unknown_features) <= 1:
            return c
    return None


_LEAD_RE = re.compile(r"^([^：:，,。；;]{1,16})(?:[：]|(?<!\d):|:(?!\d))\s*(.+)$", re.S)  # '9:00' is a time, no lead
_FEATURE_HEAD_RE = re.compile(r"功能|模块|(?<![a-z])(?:features?|modules?)(?![a-z])", re.I)
_ITEMS_RE = re.compile(r"\d")  # '1. 源码授权：16.5万': a numbered item keeps its colon


def _module_in(clause: str) -> str | None:
    """The module a clause names ('电子合同模块不在报价里' -> '电子合同模块'), without the words saying it is left out."""
    name = re.sub(r"(?:不在报价[里内中]|不含|未含|没有|不包括|另购|需另购|要的话|如需).*$", "", clause).strip(" ，,")
    return name if name and read_features(name).value else None


def _clauses(t: str) -> list[str]:
    """The sentence's clauses, split where no bracket is open: '优惠价16.8万（含税，原价22万，本月签约有效）' is one."""
    if "（" not in t and "(" not in t:
        return _CLAUSE_RE.split(t)
    out, depth, start = [], 0, 0
    for m in _CLAUSE_OR_BRACKET_RE.finditer(t):
        g = m.group()
        if g in "（(":
            depth += 1
        elif g in "）)":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(t[start:m.start()])
            start = m.end()
    out.append(t[start:])
    return out


# the price before a discount, said on its own ('原价22万'): the list price, not the offer
_LIST_PRICE_RE = re.compile(r"\s*(?:原价|原报价|市场价|划线价|官网价|刊例价|标准价|list price)", re.I)
_VAT_RATE_RE = re.compile(r"(?:税率|征收率|增值税|vat)\s*\d{1,2}(?:\.\d+)?\s*[%％]|\d{1,2}\s*[%％]\s*(?:增值税|税率|专票|普票)", re.I)
_CLAUSE_OR_BRACKET_RE = re.compile(r"[（()）]|[，。；;！!]+|,(?!\d{3})|\.$")


_MORE_LABELS_RE = re.compile(r"[；;]\s*[^；;：:，,。]{1,8}[：:]\s*\S")


def statements(line: str) -> list[str]:
    """A message's sentence split into what a quote document would write on lines of their own: a clause stating the
    price ('我司…报价12.8万元（含税）', '6.8w全套') as '报价：…' with the tax words beside it ('不含税哈'), one listing
    modules ('功能有征信查询、风控模型…', '征信、风控、还款都有') as '功能：…', an optional module with its price
    ('分期计算器是选配，另加1.5w') as a module line of its own; the rest of the sentence stays one line. A line whose
    words before the colon name a term ('售后：…') or an item is kept as it is; chatter before a colon ('文字版也发一
    下：…') is dropped."""
    t = line.strip()
    if "不" in t or "未" in t:  # '订单跟踪属于选配模块，不在19.9W里，需要的话另加1.5W': the price named again, no price of its own
        t = _OUTSIDE_THE_PRICE_RE.sub(lambda m_: "不在报价里" if t.count(m_.group("amt")) > 1 else m_.group(), t)
    m = _LEAD_RE.match(t)
    if m is not None:
        if _FEATURE_HEAD_RE.search(m.group(1)) and match_label(m.group(1)).target is None:
            return [f"功能：{m.group(2)}"]  # '功能这边：商品管理、…都在报价里'
        if match_label(m.group(1)).target is not None or _ITEMS_RE.search(m.group(1)):
            if _MORE_LABELS_RE.search(m.group(2)):  # '传输：全站HTTPS；权限：RBAC角色权限；操作日志保存12个月': several terms
                return [f"说明：{t}"]  # on one line, read for each of them
            return [line]
        t = m.group(2)  # '文字版也发一下：源码授权19.6万…': the words before the colon name no term
        if re.search(r"(?:报价|总价|价格)(?:为|是)?\s*$", m.group(1)):
            # '铜仁万山软件有限公司报价：贰拾叁万，含税。模块：…': the company's price (the name aside), then the rest
            price, _sep, more = t.partition("。")
            return [f"报价：{price.strip()}"] + [x for part in more.split("。") if part.strip() for x in statements(part)]
    out: list[str] = []
    rest: list[str] = []
    last = None  # what the previous clause became: "price" / "option" / None
    for c in (c.strip() for c in _clauses(t)):
        if not c:
            continue
        if last in ("price", "option") and len(c) <= 14 and (_TAX_EXCL_RE.search(c) or _TAX_INCL_RE.search(c)) \
                and not (_TOTAL_RE.match(c) and MONEY_AMOUNT_RE.search(c.lower())):
            # '源码+实施一共20.5w，不含税哈'; a total with its tax words ('…＋对接费1.8万，合计20.5万元（不含税）') joins as said
            out[-1] += f"，{c}" if MONEY_AMOUNT_RE.search(c.lower()) else f"（{c}）"
            continue
        if last == "price" and _VAT_RATE_RE.search(c) and not MONEY_AMOUNT_RE.search(c.lower()):
            out[-1] += f"，{c}"  # '…（不含税），增值税税率6%，专票另开': the rate to add
            continue
        if last == "price" and MONEY_AMOUNT_RE.search(c.lower()) and (re.match(r"\s*(?:其中|包括|包含|含)", c) or (
                re.search(r"合计|总计|总价|共计", out[-1]) and re.search(r"\d\s*(?:万|元|w)?\s*[+＋]", c))):
            out[-1] += f"（{c}）"  # '书面报价27.5万元，含税，其中源码授权20万、实施部署5.5万', '报价合计24.8万元，源码授权18.6万＋
            continue  # 部署实施4.2万＋培训2万': its breakdown
        if out and out[-1].startswith("功能：") and re.search(r"选配|可选|加购|另购", out[-1]) and (
                re.fullmatch(r"不在报价(?:里|内|中)", c) or (MONEY_AMOUNT_RE.search(c.lower()) and re.search(
                    r"另加|加购|另购|另收|加收|需加", c) and not MONEY_AMOUNT_RE.search(out[-1].lower()))):
            out[-1] += f"，{c}"  # '订单跟踪属于选配模块，不在19.9W里，需要的话另加1.5W（含税）': the option, then its price
            last = "option"
            continue
        if rest and MONEY_AMOUNT_RE.search(c.lower()) and re.search(r"另加|加购|另购|另收|加收|需加", c) \
                and (fid := next((f for x in reversed(rest[-2:]) if (f := _module_in(x)) is not None), None)) is not None:
            # '电子合同模块不在报价里，要的话另加3万元', '订单跟踪模块不在标准版内，为选配模块，另加2.8万元': an option at its price
            out.append(f"功能：{fid}（选配，{c}）")
            rest.pop()
            last = "option"
            continue
        if last == "option" and MONEY_AMOUNT_RE.search(c.lower()) and re.match(r"\s*(?:另加|另收|加|需加|\+|＋)", c):
            out[-1] += f"，{c}"  # '分期计算器是选配，另加1.5w（不含税）'
            continue
        if (lead := _LEAD_RE.match(c)) is not None and (match_label(lead.group(1)).target is not None
                                                       or _FEATURE_HEAD_RE.search(lead.group(1))):
            # '功能：个人征信查询、…', '功能很全：征信对接、…' inside a sentence: a labelled line of its own
            out.append(c if match_label(lead.group(1)).target is not None else f"功能：{lead.group(2)}")
            last = None
            continue
        if _OPTION.search(c) and read_features(c).options:
            out.append(f"功能：{c}")
            last = "option"
        elif MONEY_AMOUNT_RE.search(c.lower()) and PRICE_WORDS_RE.search(c) and not _NOT_THE_PRICE_RE.search(c) \
                and not _OPTION.search(c) and not _LIST_PRICE_RE.match(c):
            out.append(c if _TOTAL_RE.match(c) else f"报价：{c}")
            last = "price"
        elif (listed := _modules_in(c)) and read_features(listed).value:
            out.append(f"功能：{listed}")
            last = None
        else:
            rest.append(c)
            last = None
    if not out:
        return [line]
    prices = [k for k, x in enumerate(out) if x.startswith("报价：")]
    if len(prices) > 1:  # '源码授权19.6万，部署实施+培训3.2万': line items, summed (and checked against a 合计 if any)
        for k in prices:
            out[k] = "分项报价：" + out[k][3:]
    return out + (["，".join(rest) + "。"] if rest else [])


