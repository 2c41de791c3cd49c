"""A mailbox or a chat log exported to a sheet (docs/analyst-reading.md §9, "Other documents buyers compile").

A buyer who asked for quotes by e-mail often exports the folder (Outlook's "Export to CSV", a mail client's list):
one row per message — 主题 | 发件人 | 发件人地址 | 收件人 | 发送时间 | 正文 | 附件; a WeChat export tool writes its
chats the same way (StrContent | StrTime | NickName | IsSender, often with a 供应商 column added). Such a sheet is
read as the analyst reads the messages:

- the buyer's own messages (the request for quotes, a request for a discount, a forward to the boss summing up)
  are not vendor statements: the exporting user's (IsSender = 1), else whoever sent the first message that is no
  reply, and everyone writing from that address's domain; their messages are listed, never read as quotes;
- an automatic reply (自动答复, "Out of office"), a file, a picture, a voice message or a recall notice is no quote;
- each vendor is one quote: the messages with one vendor (the 供应商 column, else one sender's domain, one address
  on a free-mail domain), read as a
  document pasted line by line (core.pasted: the vendor from the signature, "label：value" lines, the 合计
  line…), the latest message first, so that what a vendor wrote last governs what it wrote before
  ("合计优惠至19.8万元…其余条款不变");
- the price is the latest message's that states one; earlier price lines are kept beside it, not summed;
- a quoted earlier message under a reply ("-----原始邮件-----", "From: … Sent: …") is not read again.

Every message either feeds a quote or is listed (``Skipped``) with its reason; the cells point to the message's
正文 cell.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field, replace

from .declined import _says_declined
from .formal import _company, _key
from .ingest import _TITLE_COMPANY_RE, RawSheet, Record, Skipped, _states_terms, _text, blank
from .mapping import match_label
from .pasted import _LENDER_RE
from .reading import LEGEND_MARKS, MONEY_AMOUNT_RE
from .sentences import statements

_BODY_HEAD = re.compile(r"^(?:正文|邮件正文|内容|邮件内容|消息内容|聊天内容|消息|沟通内容|跟进内容|沟通记录|跟进记录|记录内容|"
                        # a register of incoming letters (收文登记簿): what each letter says
                        r"来文要点(?:照录原文|原文|摘录)?|来文内容|来函内容|来函要点|来文摘要|短信内容|短信|"
                        r"body|message|messagebody|text|content|strcontent|msgcontent|messagecontent|notes of contact)$")
# a contact log's channel: what was said by phone or at a demo is oral (a claim); mail, chat and quotes are written
# a bidding platform's Q&A log: each row's kind — the buyer's question, the vendor's answer, the platform's record
_QUESTION_TAIL_RE = re.compile(r"[?？].*$", re.S)  # a question's first ask, before its follow-ups
_KIND_HEAD = re.compile(r"^(?:类型|消息类型|内容类型|记录类型|type|kind|role|角色)$")
_BUYER_KIND_RE = re.compile(r"^\s*(?:问|提问|询问|采购方|采购人|buyer|question|q)\s*$", re.I)
_SYSTEM_KIND_RE = re.compile(r"^\s*(?:系统|平台|附件|system|platform|attachment|file)\s*$", re.I)
_CHANNEL_HEAD = re.compile(r"^(?:沟通方式|沟通渠道|跟进方式|联系渠道|渠道|channel|medium|contact channel)$")
_ORAL_RE = re.compile(r"电话|通话|现场|演示|口头|面谈|拜访|会议|(?<![a-z])(?:phone|call|meeting|demo|verbal|in person|visit)"
                      r"(?![a-z])", re.I)
_NARRATIVE_RE = re.compile(r"^\s*([^：:，,。；;（(]{2,14})(?:[：]|(?<!\d):|:(?!\d))\s*(\S.{19,})$", re.S)  # '对方微信发来：…' before the words
_NARRATIVE_LEAD_RE = re.compile(r"^(?:收到|对方|供应商|厂商|回复|答复|再次)|(?:回复|答复|发来|来函|承诺函)$")
_INTERNAL_RE = re.compile(r"^\s*[(（]?\s*(?:内部|我方|内部讨论|internal)\s*[)）]?\s*$", re.I)
_FROM_HEAD = re.compile(r"^(?:发件人|发件人姓名|发信人|寄件人|发送者|发送人|发言人|昵称|群昵称|会话对象|来文单位|来函单位|来文机关|发文单位|from|sender|fromname|"
                        r"from:name|fromdisplayname|nickname|sendername|talker)$")
_MINE_HEAD = re.compile(r"^(?:issender|isself|issend|是否本人发送|是否我发送|我发送的|fromme|isfromme|outgoing|收/发|收发|发/收|收发类型|"
                        r"方向|direction)$")
_ADDRESS_HEAD = re.compile(r"^(?:发件人地址|发件人邮箱|发件地址|发件人电子邮件|fromaddress|from:address|senderemail|"
                           r"senderaddress|fromemail|email)$")
_SUBJECT_HEAD = re.compile(r"^(?:主题|邮件主题|标题|文件标题|来文标题|来函标题|subject)$")
_TIME_HEAD = re.compile(r"^(?:发送时间|发送日期|时间|日期|收到时间|接收时间|消息时间|收文日期|收文时间|来文日期|发布时间|答复时间|回复时间|sent|senton|date|datesent|received|"
                        r"strtime|time|datetime|timestamp)$")
# what a chat export holds besides text: a file, a picture, a voice message, a recalled message
_NOT_TEXT_RE = re.compile(r"^\s*\[(?:文件|图片|语音|视频|表情|动画表情|链接|位置|名片|file|image|photo|voice|video|sticker|link|"
                          r"location)\]|撤回了一条消息|recalled a message", re.I)
_AUTO_RE = re.compile(r"^\s*(?:自动答复|自动回复|自动应答|automatic reply|auto-?reply|out of (?:the )?office)", re.I)
_REPLY_RE = re.compile(r"^\s*(?:re|fw|fwd|aw|回复|答复|转发)\s*[:：]", re.I)
_OFFER_RE = re.compile(r"(?<![a-z])(?:we (?:can |could |would )?offer|revised (?:price|offer)|final (?:price|offer)|"
                       r"our (?:total |final )?price is|price (?:is )?(?:now|reduced to)|reduced to)(?![a-z])|"
                       r"调整为|调整至|优惠至|优惠到|降至|降到|最终报价为?|报价为|报价是|总价为", re.I)
_LABEL_RE = re.compile(r"^\s*[^:：]{1,24}[:：]")
_MINE_WORDS = frozenset(("1", "true", "yes", "是", "发出", "已发送", "发送", "发", "sent", "outgoing", "out"))
# what a message about the quote speaks of, where no cell of it is labelled for a term ('我们系统支持等保三级，功能都有，价格面议')
_TERM_WORDS_RE = re.compile(r"报价|价格|面议|等保|功能|模块|维护|维保|售后|源码|加密|征信|万元|quot|price|mlps|module|source code")
# a later letter changing a fee, not the price ('维保期满后年服务费由每年2.4万元调整为每年2.2万元')
_FEE_LINE_RE = re.compile(r"(?:维保期满后|维保期后|维护期满后|期满后)?(?:年服务费|年维护费|年度维护费|维保费|年费|运维费)")
# a later mail correcting a module's price ('银行流水分析模块的价格写错了，应为3.6万元（含税），不是2.6万元'): that option's price
_OPTION_FIX_RE = re.compile(r"(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?(?P<mod>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:模块)?的?(?:价格|报价|费用|金额)[^。；;\n]{0,16}?"
                            r"(?:应为|应该是|更正为|改为)\s*(?P<amt>\d[\d.,]*\s*(?:万元|万|元))(?P<tax>\s*[（(][^）)]{0,12}[)）])?"
                            r"(?:[，,]?\s*(?:不是|而非|并非)\s*\d[\d.,]*\s*(?:万元|万|元))?")


def _option_fixed(m: re.Match) -> str:
    from .parse import match_feature

    mod = re.sub(r"^.*?(?:邮件中|中的|里的|报价中)", "", m.group("mod"))
    if match_feature(mod) is None:
        return m.group()
    return f"{mod}为选配，另加{m.group('amt')}{(m.group('tax') or '').strip()}"


_CUT_TO_RE = re.compile(r"优惠至|优惠到|优惠后|降至|降到|下调至|调整为|调整至|最终报价|特价|折后|(?<![a-z])(?:reduced to|final price|discounted to)",
                        re.I)
_QUOTED_RE = re.compile(r"^\s*(?:-{2,}\s*(?:原始邮件|original message|forwarded message)|发件人\s*[:：].*|from\s*:.*\n\s*sent\s*:|"
                        r"on .{5,160}wrote:\s*$|在.{5,80}写道[:：]\s*$|>)",  # Gmail's 'On 9 Jun 2025 …, X wrote:' and '> …'
                        re.I | re.M)
# '周经理您好：', '陈总：', 'Dear Ms Zhou,' opening a message: the addressee, no label of a term
_GREETING_RE = re.compile(r"^(?:[^\s：:，,。\n]{0,8}(?:您好|你好|好|经理|总|老师|先生|女士|各位|同事们?)[！!]?\s*[：:，,]|"
                          r"(?:dear|hi|hello)\b[^,:\n]{0,30}[,:])\s*", re.I)
_ADDRESS_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_FREE_MAIL = frozenset(("163.com", "126.com", "qq.com", "foxmail.com", "sina.com", "sina.cn", "sohu.com", "yeah.net",
                        "139.com", "aliyun.com", "gmail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com",
                        "icloud.com", "proton.me", "protonmail.com"))
_SCAN = 8  # rows searched for the header


@dataclass
class _Thread(RawSheet):
    """One vendor's messages as lines of a pasted document; each line's address is its message's 正文 cell."""
    at: list[str] = field(default_factory=list)

    def address(self, r: int, c: int) -> str:
        return self.at[r] if 0 <= r < len(self.at) else super().address(r, c)


def header_columns(row: list, heads: tuple) -> dict[str, int]:
    """{name: column} of a header row: each (name, pattern) of `heads` at the first cell it matches, and 'vendor' at
    the first cell naming the vendor (a chat export with the vendor each conversation is with)."""
    cols: dict[str, int] = {}
    for c, v in enumerate(row):
        k = _key(v)
        for name, pat in heads:
            if name not in cols and k and pat.match(k):
                cols[name] = c
                break
        else:
            if "vendor" not in cols and isinstance(v, str) and (t := match_label(v).target) is not None \
                    and t.code == "vendor":
                cols["vendor"] = c
    return cols


_HEADS = (("body", _BODY_HEAD), ("from", _FROM_HEAD), ("address", _ADDRESS_HEAD), ("subject", _SUBJECT_HEAD),
          ("time", _TIME_HEAD), ("mine", _MINE_HEAD), ("channel", _CHANNEL_HEAD), ("kind", _KIND_HEAD))


def _header(sh: RawSheet) -> tuple[int, dict[str, int]] | None:
    for h, row in enumerate(sh.rows[:_SCAN]):
        cols = header_columns(row, _HEADS)
        if "body" in cols and ("from" in cols or "address" in cols or "vendor" in cols and ("channel" in cols
                                                                                       or "kind" in cols)) \
                and ("subject" in cols or "time" in cols):
            return h, cols
    return None


def _when(v: object, order: int) -> tuple:
    """A sort key for a message's time: a date the reader gave, digits of a written one, else its place."""
    if isinstance(v, _dt.datetime):
        return (v.year, v.month, v.day, v.hour, v.minute, v.second, order)
    nums = [int(x) for x in re.findall(r"\d+", _text(v))][:6]
    if len(nums) >= 3 and nums[0] > 1900:
        return (*nums, *[0] * (6 - len(nums)), order)
    return (9999, order)


def _domain(address: str) -> str:
    m = _ADDRESS_RE.search(address)
    if m is None:
        return ""
    d = m.group(1).lower()
    return m.group(0).lower() if d in _FREE_MAIL else d


def _signature(body: str) -> str | None:
    """The company a message is signed with: a short line naming a company, no sentence and not the buyer's kind;
    the messages it quotes are not its signature. 'Sales Director | Shenzhen Nanshan Credit Tech Co., Ltd.' names
    the company after the bar."""
    own = _QUOTED_RE.split(body, maxsplit=1)[0]
    for line in reversed(own.replace("\u3000", "  ").splitlines()):
        for t in reversed(re.split(r"\s[|｜]\s", line.strip())):
            t = t.strip()
            if not t or len(t) > 60 or re.search(r"[，。；;！？!?]|[:：]", t):
                continue
            name = _company(t)
            if name and not _LENDER_RE.search(name):
                return name
    return None


def _is_price(label: str, fixed: dict) -> bool:
    code = fixed.get(label)
    if code is None:
        t = match_label(label).target
        code = t.code if t is not None else ""
    return code == "price_cny" or code.startswith("price:")


_ORG_RE = re.compile(r"^[^（(]{1,12}[（(]\s*([^）)·・]{2,40})(?:[·・][^）)]*)?\s*[)）]\s*$")


def _org(sender: str) -> str | None:
    """The organisation a chat nickname names in brackets ('刘洋（武汉光谷汇信科技有限公司）' -> the company)."""
    m = _ORG_RE.match(sender or "")
    return m.group(1).strip() if m else None


def read_mailbox(sh: RawSheet) -> tuple[list[Record], list[Skipped]] | None:
    """The vendors' quotes in an exported mailbox, with the messages that are none listed; None for any other sheet."""
    found = _header(sh)
    if found is None:
        return None
    h, cols = found
    bc = cols["body"]
    vc = cols.get("vendor")
    messages = []  # (time key, row, sender key, sender, subject, body, the buyer's own)
    oral: set[int] = set()  # rows of a contact log said by phone or at a meeting
    asked: dict[str, str] = {}  # a Q&A log: the buyer's last question to each vendor
    listed: list[Skipped] = []
    for r in range(h + 1, len(sh.rows)):
        body = sh.cell(r, bc)
        if blank(body):
            continue
        sender = _text(sh.cell(r, cols["from"])) if "from" in cols else ""
        address = _text(sh.cell(r, cols["address"])) if "address" in cols else ""
        subject = _text(sh.cell(r, cols["subject"])) if "subject" in cols else ""
        key = _text(sh.cell(r, vc)) if vc is not None else _domain(address) or _domain(sender) or sender.casefold()
        mine = _text(sh.cell(r, cols["mine"])).strip().lower() in _MINE_WORDS if "mine" in cols else None
        if vc is not None and _INTERNAL_RE.match(key):  # '（内部）': the buyer's own discussion
            mine = True
        if "kind" in cols:
            kind = _text(sh.cell(r, cols["kind"]))
            if _SYSTEM_KIND_RE.match(kind):  # '供应商已查看询价单', an upload: the platform's, listed
                listed.append(Skipped(sh.file, sh.sheet, sh.address(r, bc), "skip.not_text", f"{kind}: {_text(body)}"[:200]))
                continue
            question = bool(_BUYER_KIND_RE.match(kind))  # '问': the buyer's question
            mine = mine or question
            if question:
                asked[key] = _text(body)
            elif (q := asked.get(key)) and (t := match_label(_QUESTION_TAIL_RE.sub("", q)).target) is not None \
                    and t.kind in ("field", "price") and not _LABEL_RE.match(_text(body)):
                # '暂未对接。' answering '征信接口已对接哪些持牌征信机构？': the answer labelled by what it answers
                body = f"{_QUESTION_TAIL_RE.sub('', q).strip()}：{_text(body)}"
        if "channel" in cols and _ORAL_RE.search(_text(sh.cell(r, cols["channel"]))):
            oral.add(r)  # said on the phone or at a demo: a claim until it comes in writing
        messages.append((_when(sh.cell(r, cols["time"]) if "time" in cols else None, r), r, key, sender, subject,
                         _text(body), mine))
    if len(messages) < 2:
        return None
    messages.sort()
    # the buyer: the exporting user's own messages (IsSender), else whoever wrote first without replying
    first = next((m for m in messages if not _REPLY_RE.match(m[4]) and not _AUTO_RE.match(m[4])), messages[0])
    buyer = first[2] if "mine" not in cols and vc is None else None
    # a chat's nicknames name the sender's organisation in brackets ('刘洋（武汉光谷汇信科技有限公司）', '李敏（融信小贷·综合部）'):
    # the buyer's colleagues share its organisation; a vendor's rep is named by the company
    buyer_org = _org(first[3]) if buyer is not None else None
    if buyer_org and _company(buyer_org) and (other := next((m for m in messages if (o := _org(m[3])) and not _company(o)),
                                                            None)) is not None:
        # the export starts with a rep's message ('赵磊（宜昌三峡云贷软件有限公司）'): the buyer is the first who names no
        # company ('李敏（融信小贷·综合部）'), never a vendor
        buyer, buyer_org = other[2], _org(other[3])
    named_by_org: dict[str, str] = {}
    threads: dict[str, list] = {}
    for m in messages:
        _w, r, key, sender, subject, body, mine = m
        if buyer_org and not mine and _org(sender) == buyer_org:
            mine = True  # '李敏（融信小贷·综合部）' beside '张建国（融信小贷·总经理）': the buyer's side
        elif (org := _org(sender)) and _company(org):
            named_by_org.setdefault(key, org)
        if _AUTO_RE.match(subject) or _AUTO_RE.match(body):
            listed.append(Skipped(sh.file, sh.sheet, sh.address(r, bc), "skip.auto_reply", f"{sender}: {body}"[:200]))
        elif mine or (buyer is not None and key == buyer):
            listed.append(Skipped(sh.file, sh.sheet, sh.address(r, bc), "skip.buyer_message",
                                  f"{sender}: {subject or body}"[:200]))
        elif _NOT_TEXT_RE.search(body):
            listed.append(Skipped(sh.file, sh.sheet, sh.address(r, bc), "skip.not_text", f"{sender}: {body}"[:200]))
        elif key:
            threads.setdefault(key, []).append(m)
    if buyer_org:  # '@刘洋 等保三级证书编号发一下？' then 刘洋's next message: the answer, labelled by what it asked
        for thread in threads.values():
            name = re.split(r"[（(]", thread[0][3], maxsplit=1)[0].strip()
            if not name:
                continue
            for i, m in enumerate(thread):
                prev = thread[i - 1][1] if i else -1
                q = next((b for _w2, r2, _k2, s2, _sj2, b, _m2 in reversed(messages)
                          if prev < r2 < m[1] and f"@{name}" in b and _org(s2) == buyer_org), None)
                if q is None or _LABEL_RE.match(m[5]):
                    continue
                asked_ = _QUESTION_TAIL_RE.sub("", re.sub(r"@\S+\s*", "", q)).strip()
                if asked_ and (t := match_label(asked_).target) is not None and t.kind == "field":
                    thread[i] = m[:5] + (f"{asked_}：{m[5]}",) + m[6:]  # ('目前是三级测评中' answers the 等保 question)
    named = {k: k for k in threads} if vc is not None else {k: n for k, n in named_by_org.items() if k in threads}
    records = quotes_of(sh, threads, named, bc, listed, oral)
    if not records:
        return None
    return records, listed


def _named_in(thread: list) -> str | None:
    """The company a rep names in his own messages ('我是安顺虹山数科有限公司的杨帆', '遵义播州数据科技有限公司小陈') when his
    contact name shares a part of it ('杨帆 虹山数科'); never a lender (the buyer)."""
    sender = thread[0][3] or ""
    for m in thread:
        for c in _TITLE_COMPANY_RE.finditer(m[5]):
            name = c.group().strip()
            name = re.sub(r"^(?:我是|我们是|这里是|我司|我们|本公司|贵司|是)", "", name)
            if _LENDER_RE.search(name):
                continue
            if any(sender[i:i + 2] in name for i in range(len(sender) - 1) if sender[i:i + 2].strip()):
                return name
    return None


def quotes_of(sh: RawSheet, threads: dict[str, list], named: dict[str, str], col: int, listed: list[Skipped],
              oral: set[int] = frozenset()) -> list[Record]:
    """One quote per thread of messages (time key, row, key, sender, subject, body, the buyer's own), read as a pasted
    document, the latest message first; `named`: key -> the vendor when the sheet names it (else the signature, else
    the sender). The latest message that states a price governs; the prices before it are kept beside it. A thread
    with no term is listed. The cells point to the message's cell in column `col`."""
    from .pasted import read_pasted

    records: list[Record] = []
    for key, thread in threads.items():
        rows: list[list] = []
        at: list[str] = []
        message_of: list[int] = []
        for k, (_w, r, _key, sender, _subject, body, _mine) in reversed(list(enumerate(thread))):  # the latest first
            body = _GREETING_RE.sub("", _QUOTED_RE.split(body, maxsplit=1)[0].lstrip(), count=1)
            body = _OPTION_FIX_RE.sub(_option_fixed, body)  # '…流水分析模块的价格写错了，应为3.6万元（含税）': the option's
            for line in (x for raw in body.replace("\u3000", "  ").splitlines() for x in statements(raw)):
                if (lead := _NARRATIVE_RE.match(line)) and (match_label(lead.group(1)).target is None
                                                            or _NARRATIVE_LEAD_RE.search(lead.group(1))):
                    line = lead.group(2)  # '收到书面报价：标准版198,000元…', '对方微信回复：…': the words after it
                if _OFFER_RE.search(line) and not _LABEL_RE.match(line) and MONEY_AMOUNT_RE.search(line.lower()) \
                        and (fee := _FEE_LINE_RE.search(line)) is not None:
                    line = f"{fee.group()}：{line}"  # '…维保期满后年服务费由每年2.4万元调整为每年2.2万元': the yearly fee changed
                elif _OFFER_RE.search(line) and not _LABEL_RE.match(line) and MONEY_AMOUNT_RE.search(line.lower()):
                    line = f"报价：{line}"  # 'After internal review we can offer RMB 239,000 incl. VAT …': a price
                if line.startswith("报价：") and _CUT_TO_RE.search(line):
                    line = "优惠价：" + line[3:]  # '合计优惠至29.8万元（含税）': the price cut to, over the total before it
                if r in oral:
                    line = f"{line.rstrip('。.；;，, ')}{LEGEND_MARKS['claimed']}"  # only said: a claim
                rows.append([line])
                at.append(sh.address(r, col))
                message_of.append(k)
            rows.append([None])  # a blank line between messages
            at.append(sh.address(r, col))
            message_of.append(k)
        # the company in a signature, else the sender's name: the vendor, as the document's company line
        vendor = named.get(key) or next((v for m in reversed(thread) if (v := _signature(m[5]))), None) \
            or _named_in(thread) or thread[-1][3] or key
        if key not in named and not any(_signature(m[5]) for m in thread) and _named_in(thread) is None \
                and any(_named_in(t) for k2, t in threads.items() if k2 != key):
            # an SMS backup: the reps name their companies ('我是安顺虹山数科有限公司的杨帆'); a contact who names none
            # ('王总': '分期系统的报价周五前汇总给我') is the buyer's side
            listed += [Skipped(sh.file, sh.sheet, sh.address(m[1], col), "skip.buyer_message", f"{m[3]}: {m[5]}"[:200])
                       for m in thread]
            continue
        at = [at[0]] + at
        # each line its own token while it is read (messages pasted into one cell share that cell's address), the
        # cell's address after
        doc = _Thread(sh.file, sh.sheet, [[f"供应商：{vendor}"]] + rows, at=[f"\x00{i}" for i in range(len(at))])
        message_of = [message_of[0]] + message_of
        got = read_pasted(doc, document=True)
        said_no = next((b for _w, _r, _k, _s, _subj, b, _m in reversed(thread) if _says_declined(b)), None)
        if got is None or (said_no is not None and not any(_is_price(lb, got[0].fixed) for lb, _v, _a in got[0].cells)) \
                or not (_states_terms(got[0]) or any(_TERM_WORDS_RE.search(_text(v)) for _lb, v, _a in got[0].cells)):
            # (a notice from the building's management: no term of a quote, in a cell of its own or in its words)
            for _w, r, _key, sender, _subject, body, _mine in thread:  # no terms, or a mail declining with no price
                listed.append(Skipped(sh.file, sh.sheet, sh.address(r, col),
                                      "skip.declined" if said_no is not None else "skip.mail_no_terms",
                                      f"{vendor}: {said_no}" if said_no is not None else f"{sender}: {body}"[:200]))
            continue
        rec, lines = got
        by_row = {doc.address(i, 0): message_of[i] for i in range(len(message_of))}
        real = {doc.address(i, 0): at[i] for i in range(len(at))}
        token_of = [c[2] for c in rec.cells]
        rec.cells = [type(c)(c[0], c[1], real.get(c[2], c[2])) for c in rec.cells]
        lines = [replace(x, where=real.get(x.where, x.where)) for x in lines]
        tokens = [by_row.get(tok) for tok in token_of]
        priced = [tokens[i] for i, (label, _v, _a) in enumerate(rec.cells) if _is_price(label, rec.fixed)]
        if priced:
            latest = max(k for k in priced if k is not None)
            for i, (label, value, addr) in enumerate(rec.cells):
                if _is_price(label, rec.fixed) and tokens[i] != latest:
                    earlier = f"{label}（{'较早邮件' if re.search(r'[一-鿿]', label) else 'earlier e-mail'}）"
                    rec.cells[i] = type(rec.cells[i])(earlier, value, addr)
                    rec.fixed[earlier] = ""
        rec.origin = str(thread[0][1] + 1)
        records.append(rec)
        listed += lines
    return records
