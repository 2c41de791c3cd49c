"""Work reports exported from an office app (钉钉 / 企业微信 日志: 日报, 周报), the quotes told inside them.

A clerk who ran the enquiry writes each evening what came in — "1. 收到贵阳筑城数科有限公司书面报价函（邮件，盖章PDF），摘录如下：
报价：…", "2. 遵义红城软件有限公司 王工电话口头报价“20万左右”", "3. 凉都金科陈总微信发来报价（文字）：“…”" — and the export
is handed over as the comparison. Here each numbered item that opens with a vendor's name (or a short form of it once the
full name has been met) is one message of that vendor's thread, read like an exported mailbox (core.mailbox): a written
word (报价函, 报价单, 邮件, 微信文字) as the vendor wrote it — the extract after "摘录如下：", the words in quotation marks — and
the latest written price governs ("合计优惠至23.8万元（含税），其余条款…不变"); what was said on the phone is a claim; a vendor
that declined ("不参与本次报价") is no quote. Items that open otherwise (the clerk's own actions, a colleague's demo notes,
a weekly summary's list of prices) and the managers' comments are the buyer's: listed, never a vendor's words.
"""
from __future__ import annotations

import re

from .formal import _company
from .ingest import RawSheet, Record, Skipped, _text, blank
from .reading import LEGEND_MARKS

_WORK_HEAD_RE = re.compile(r"^(?:今日完成工作|今日工作|完成工作|本周完成工作|本周工作|工作内容|日志内容|汇报内容|今日工作内容|工作总结|"
                           r"work done|today'?s work|summary)$", re.I)
_AUTHOR_HEAD_RE = re.compile(r"^(?:提交人|汇报人|填写人|创建人|submitted by|author)$", re.I)
_ITEM_RE = re.compile(r"(?:^|\n)\s*(\d{1,2})[.、．]\s*")
_FULL_NAME_RE = re.compile(r"^(?:收到)?\s*([\u4e00-\u9fff]{2,20}?(?:有限公司|工作室|股份公司))")
_REGION_RE = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}?(?:省|市|县|区))?(?:北京|上海|天津|重庆|[\u4e00-\u9fff]{2}|六盘水|石家庄|哈尔滨|"
                        r"乌鲁木齐|呼和浩特|齐齐哈尔|牡丹江|张家口|秦皇岛|连云港|马鞍山|景德镇|平顶山|驻马店|三门峡|攀枝花|"
                        r"西双版纳)")
_SUFFIX_RE = re.compile(r"(?:信息技术|网络科技|科技|软件|网络|信息|数据|技术|金融科技|数科|金科)?(?:有限公司|工作室|股份公司)$")
_EXTRACT_RE = re.compile(r"摘录如下[:：]\s*|原文如下[:：]\s*|内容如下[:：]\s*")
_QUOTE_RE = re.compile(r"[“\"]([^”\"]{4,})[”\"]")
_WRITTEN_RE = re.compile(r"书面|报价函|报价单|邮件|微信(?:发来|回复|说)|文字|短信|盖章|回函")
_SPOKEN_RE = re.compile(r"电话|来电|回电|口头|面谈|拜访|现场")
_SCAN = 6
_MAX_VENDORS = 200


def _header(sh: RawSheet) -> tuple[int, int] | None:
    for h in range(min(_SCAN, len(sh.rows))):
        head = [re.sub(r"\s+", "", _text(v)) for v in sh.rows[h]]
        wc = next((c for c, t in enumerate(head) if _WORK_HEAD_RE.match(t)), None)
        if wc is not None and any(_AUTHOR_HEAD_RE.match(t) for t in head):
            return h, wc
    return None


def _aliases(full: str) -> list[str]:
    """Short forms a report uses once the full name is met: '贵阳筑城数科有限公司' -> 筑城数科, 筑城."""
    core = _SUFFIX_RE.sub("", full)
    out = [full, core]
    for m in (_REGION_RE.match(core),):
        if m and len(core) - m.end() >= 2:
            short = core[m.end():]
            out.append(short)
            out.append(_SUFFIX_RE.sub("", short + "有限公司"))
            bare = re.sub(r"(?:数科|金科|科技|软件|网络|信息)$", "", short)
            if len(bare) >= 2:
                out.append(bare)
    return sorted({a for a in out if len(a) >= 2}, key=len, reverse=True)


def read_diary(sh: RawSheet) -> tuple[list[Record], list[Skipped]] | None:
    """A quote per vendor the reports tell of; None for any other sheet."""
    from .declined import _says_declined
    from .mailbox import quotes_of

    found = _header(sh)
    if found is None:
        return None
    h, wc = found
    items: list[tuple[int, str]] = []  # (row, item text) in the order written
    for r in range(h + 1, len(sh.rows)):
        text = _text(sh.cell(r, wc)).replace("\r\n", "\n")
        if blank(text):
            continue
        cuts = list(_ITEM_RE.finditer(text))
        if not cuts:
            items.append((r, text.strip()))
            continue
        for k, m in enumerate(cuts):
            items.append((r, text[m.end(): cuts[k + 1].start() if k + 1 < len(cuts) else len(text)].strip()))
    names: dict[str, list[str]] = {}  # full name -> aliases, as met
    for _r, item in items:
        m = _FULL_NAME_RE.match(item)
        if m and _company(m.group(1)) and m.group(1) not in names:
            names[m.group(1)] = _aliases(m.group(1))
    if not 2 <= len(names) <= _MAX_VENDORS:
        return None  # (thousands of company names opening items: no enquiry's reports, and no quadratic look-up)
    threads: dict[str, list] = {}
    said_no: dict[str, tuple[int, str]] = {}
    listed: list[Skipped] = []
    for order, (r, item) in enumerate(items):
        head = re.sub(r"^收到\s*", "", item)
        vendor = next((full for full, al in names.items() if any(head.startswith(a) for a in al)), None)
        if vendor is None:  # the clerk's own step, a colleague's notes, a summary: the buyer's
            listed.append(Skipped(sh.file, sh.sheet, sh.address(r, wc), "skip.buyer_message", item[:200]))
            continue
        written = bool(_WRITTEN_RE.search(item[:40]))
        if (x := _EXTRACT_RE.search(item)) is not None:
            body = item[x.end():]
        elif written and (qs := _QUOTE_RE.findall(item)):
            body = "\n".join(qs)
        else:
            body = re.sub(r"^\s*(?:收到)?\s*" + "|".join(map(re.escape, names[vendor])) + r"\s*", "", item, count=1)
            if _SPOKEN_RE.search(item[:40]) or not written:  # said on the phone: a claim until it comes in writing
                body = "\n".join(f"{ln.rstrip('。.；;，, ')}{LEGEND_MARKS['claimed']}" for ln in body.splitlines() if ln.strip())
        if _says_declined(item):  # '回电：近期项目排满，不参与本次报价'
            said_no[vendor] = (r, item)
            continue
        threads.setdefault(vendor, []).append(((r, order), r, vendor, "", "", body, False))
    records = quotes_of(sh, {k: v for k, v in threads.items() if k not in said_no}, {k: k for k in threads}, wc, listed)
    for vendor, (r, item) in said_no.items():
        listed.append(Skipped(sh.file, sh.sheet, sh.address(r, wc), "skip.declined", item[:200]))
    if not records:
        return None
    return records, listed
