"""Build the "zzs" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is THIRD PARTIES standing between the buyer and the vendors — a tender agent,
an IT supervision consultant (监理), a law firm — each writing in its own professional voice, with the vendors' words quoted
inside its document beside its own judgement (a ✓, a 核查 note, a 本所核查意见). The careless reading takes the third party's
judgement for the vendor's fact; the careful one reads the vendor's own words and keeps the third party's beside them:

zzs_01 — an .xlsx (personal credit) from a 招标代理机构: the appendix tables of its 评标报告, four sheets — 封面 (project facts, the
  rule "大写金额与小写金额不一致的，以大写金额为准", the 废标 note, the committee's recommended order), 符合性审查 (the committee's
  ✓ / × per bidder per item, the agent's judgement only — its 等保 item accepts "备案证明或书面承诺"), 商务技术响应摘录 (each
  bidder's tender text per requirement, the 招标文件要求 column beside it, the void bid left out) and 开标报价一览表 (大写 | 小写 |
  报价说明, one bid 不含税, one whose 大写 and 小写 differ by 2,000 元, the void bid with its price and the 废标 remark). The
  committee's first candidate only has its 等保 测评 under way; the cheapest bid is void for a missing 授权委托书.
zzs_02 — a CSV in GBK, CRLF (merchant loans) from an IT 监理: a 需求响应核查表, one row per requirement REQ-01 … REQ-18, each
  vendor over a pair of columns 供应商响应 | 监理核查 (two header rows, the vendor's name over the first of its pair). The 核查
  column records what the consultant checked ("演示环境中未见该模块", "编号尚未核验", "经向属地公安网安部门核验，未查询到该编号",
  "已核：现场出示三级测评委托合同"); the sheet's own note says a 核查 opening with "不符：" quotes another written document of the
  vendor's. The consultant's 初步意见 under the table favours the vendor whose checks all read "已核".
zzs_03 — an .xlsx (consumer instalments) from a 律师事务所: a 供应商法律尽职调查摘要表, one row per vendor, two header rows (group
  headers 一、报价 … 九、主体资格 merged over their sub-columns), each legal topic as 供应商陈述/合同草案条款原文 | 本所核查意见
  (软件著作权, 许可及交付条款, 等保备案, 服务承诺写入合同), price, modules, data security and after-sales copied from the
  quotes, the firm's 综合法律风险 column, a vendor that withdrew before the review.

Where domain.md does not decide a reading (a filing number the consultant could not find at the authority; a copyright
registered in the name of the vendor's parent company), the .toml says what the analyst would do and asserts nothing on
it; every gate and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzs_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzs.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, NOGATE, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _drop(d, *keys):
    """Take out what the vendor's words do not settle."""
    return {k: v for k, v in d.items() if k not in keys}


def _st(**over):
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return s


def _but(*codes):
    """Every bad flag except those named (which the vendor's words do raise or leave open)."""
    return [c for c in ALL_BAD if c not in codes]


# ---------------------------------------------------------------------------------------------
# zzs_01  个人信用贷 — a tender agent's 评标报告 appendix: 封面, 符合性审查 (✓/×), 商务技术响应摘录, 开标报价一览表
# ---------------------------------------------------------------------------------------------
S1_NAME = "zzs_01_pc_zhaobiao_daili_pingbiao_fuhexing.xlsx"
LICHUAN = "利川腾龙数科有限公司"
JISHOU = "吉首峒河软件有限公司"
ZIXING = "资兴东江湖信息技术有限公司"
CENXI = "岑溪天龙顶网络科技有限公司"
XIANFENG = "咸丰唐崖数据科技有限公司"
S1_ALL = [LICHUAN, JISHOU, ZIXING, CENXI, XIANFENG]          # 投标人编号 1-5
S1_REVIEWED = [LICHUAN, JISHOU, ZIXING, XIANFENG]            # the void bid is not reviewed in detail

S1_COVER = [
    "恩施市硒都小额贷款有限公司个人信用贷业务系统（源码）采购项目",
    "评标报告 · 附表",
    "项目编号：SNZB-2025-1193",
    "采购人：恩施市硒都小额贷款有限公司",
    "招标代理机构：湖北施南招标代理有限公司",
    "开标时间：2025年11月18日 09:30（北京时间）　开标地点：招标代理机构第二开标室",
    "最高投标限价：人民币25万元（含税）",
    "评标办法：综合评分法（技术50分、商务30分、价格20分）",
    "评标委员会：5人（采购人代表1人，从湖北省综合评标专家库随机抽取技术专家3人、经济专家1人）",
    "附表说明：",
    "1. 附表1《符合性审查表》中的“✓”“×”为评标委员会依据招标文件第三章第2.2条对投标文件作出的审查判断，不是投标人的响应内容。",
    "2. 附表2《商务技术响应摘录》按各投标人投标文件原文逐项摘录，括号内为投标文件页码，内容以投标文件原件为准。",
    "3. 附表3《开标报价一览表》依开标记录整理；投标函大写金额与小写金额不一致的，以大写金额为准（招标文件第二章第19.2条）。",
    f"4. {CENXI}投标文件未附法定代表人授权委托书，符合性审查不通过，按无效投标（废标）处理，不进入详细评审，附表2不予摘录。",
    f"评标委员会推荐中标候选人：第一名 {LICHUAN}；第二名 {ZIXING}；第三名 {XIANFENG}。",
    "湖北施南招标代理有限公司（盖章）　2025年11月20日",
]

S1_CHECK_HEAD = ["序号", "审查项目", "审查标准（招标文件第三章2.2条）"] + S1_ALL
S1_CHECK = [
    ["1", "投标函", "按招标文件格式填写，法定代表人或授权代表签字并加盖公章", "✓", "✓", "✓", "✓", "✓"],
    ["2", "法定代表人授权委托书", "提供原件，法定代表人及授权代表签字", "✓", "✓", "✓", "×", "✓"],
    ["3", "投标报价", "不超过最高投标限价，且只有一个有效报价", "✓", "✓", "✓", "✓", "✓"],
    ["4", "投标有效期", "开标之日起90日历天", "✓", "✓", "✓", "✓", "✓"],
    ["5", "等级保护", "提供网络安全等级保护第三级备案证明或书面承诺", "✓", "✓", "✓", "✓", "✓"],
    ["6", "数据安全", "敏感数据采用国密算法加密存储，全站HTTPS", "✓", "✓", "✓", "✓", "✓"],
    ["7", "必备功能", "个人征信查询、风控模型、还款管理", "✓", "✓", "✓", "✓", "✓"],
    ["8", "售后服务", "免费维护期不少于12个月，提供7×24小时技术支持", "✓", "✓", "✓", "✓", "✓"],
    ["9", "源码交付", "交付完整源代码", "✓", "✓", "✓", "✓", "✓"],
    ["", "审查结论", "", "通过", "通过", "通过", "不通过（废标）", "通过"],
]

S1_RESP_HEAD = ["序号", "评审项", "招标文件要求"] + S1_REVIEWED
# each row: 序号, 评审项, 招标文件要求, 利川, 吉首, 资兴, 咸丰
S1_RESP = [
    ["1", "功能模块", "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理",
     "个人征信查询（人行二代征信、百行征信）、智能风控模型、反欺诈模型、还款计划及还款提醒、风控审批流、用户管理（P35-P48）",
     "征信查询（百行征信）、风控模型（评分卡+规则引擎）、反欺诈、还款管理、审批流、用户及角色管理（P29）",
     "个人征信查询（人行征信中心二代接口、百行征信）、风控模型（评分卡+决策引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、"
     "用户管理（P31-P44）",
     "个人征信查询（朴道征信）、风控模型、反欺诈规则引擎、还款管理、风控审批、用户管理（P27）"],
    ["2", "等级保护", "已取得网络安全等级保护第三级备案证明（提供编号），或提供书面承诺",
     "本系统严格按照等保三级要求设计开发，已委托省内测评机构开展第三级等级测评，预计2026年1月取得备案证明；我司承诺中标后配合"
     "采购人完成测评。（P52）",
     "已取得第三级备案证明，备案证明编号43310143007-24012（复印件见P56）",
     "已取得网络安全等级保护第三级备案证明，备案证明编号43108143002-24015（复印件见P58）",
     "已取得第三级备案证明，备案证明编号42282643004-25003（P49）"],
    ["3", "数据加密", "身份证号、手机号等敏感字段采用国密SM4加密存储",
     "采用国密SM4算法对身份证号、手机号、银行卡号加密存储",
     "敏感字段SM4加密存储",
     "身份证号、手机号、银行卡号SM4加密存储，密钥由加密机统一管理",
     "敏感字段采用SM4加密存储"],
    ["4", "传输加密", "全站HTTPS",
     "全站HTTPS（TLS1.2）", "全站HTTPS", "全站HTTPS（TLS1.2及以上）", "全站HTTPS"],
    ["5", "权限管理", "基于角色的权限管理",
     "RBAC角色权限管理，支持最小授权", "基于角色的权限管理", "RBAC角色权限管理，三权分立（系统管理员、安全管理员、审计管理员）",
     "角色权限管理"],
    ["6", "日志审计", "操作日志保存不少于6个月",
     "操作日志保存12个月，异常操作实时告警", "操作日志保存12个月", "操作日志保存12个月，支持异常行为追溯", "操作日志保存6个月"],
    ["7", "征信接口", "仅对接持牌征信机构（写明机构名称）",
     "人行征信中心、百行征信", "百行征信", "人行征信中心、百行征信", "朴道征信"],
    ["8", "源码交付", "交付完整源代码，无加密",
     "交付全部源代码及数据库设计文档，无加密，可二次开发", "完整源码，无加密",
     "交付完整源代码（含风控引擎），无加密，采购人可自行二次开发", "完整源代码，无加密"],
    ["9", "免费维护期", "不少于12个月",
     "自终验合格之日起免费维护12个月", "免费维护12个月", "自终验合格之日起免费维护12个月", "免费维护12个月"],
    ["10", "维护范围", "缺陷修复及版本升级",
     "缺陷修复及小版本升级", "缺陷修复及小版本升级", "缺陷修复、小版本升级", "仅含缺陷修复，版本升级另行报价"],
    ["11", "维保期满后费用", "明确年服务费",
     "合同金额的10%/年", "2.6万元/年", "合同金额的10%/年", "按合同金额15%/年"],
    ["12", "监管政策适配", "因监管政策变化所需的系统调整免费",
     "监管政策调整免费适配", "政策适配免费", "因监管政策变化需要的系统调整免费完成，不限次数",
     "小调整免费，重大政策调整另行报价"],
    ["13", "技术支持", "7×24小时",
     "7×24小时技术支持", "7×24小时技术支持", "7×24小时技术支持，指定专属工程师",
     "工作日9:00-18:00技术支持，夜间及节假日次日处理"],
    ["14", "响应时间", "2小时内响应",
     "1小时内响应", "2小时内响应", "1小时内响应", "4小时内响应"],
    ["15", "技术咨询", "终身技术咨询",
     "终身免费技术咨询", "终身技术咨询", "终身免费技术咨询", "提供终身技术咨询"],
    ["16", "合同约定", "上述承诺写入合同",
     "以上承诺均写入合同", "以上承诺写入合同", "以上全部承诺写入合同正文", "以上承诺写入合同"],
]

S1_PRICE_HEAD = ["开标序号", "投标人名称", "投标报价（大写）", "投标报价（小写，元）", "报价说明", "投标保证金（元）", "交付工期",
                 "备注"]
S1_PRICE = [
    ["1", XIANFENG, "人民币贰拾贰万肆仟元整", "224,000.00", "含税（13%增值税专用发票）", "10,000.00", "60日历天", ""],
    ["2", CENXI, "人民币壹拾陆万捌仟元整", "168,000.00", "含税", "10,000.00", "45日历天",
     "符合性审查不通过（未提交法定代表人授权委托书），废标"],
    ["3", ZIXING, "人民币贰拾壹万捌仟元整", "216,000.00", "含税", "10,000.00", "60日历天",
     "大写与小写金额不一致，按招标文件第二章第19.2条以大写金额为准"],
    ["4", JISHOU, "人民币贰拾叁万捌仟元整", "238,000.00", "不含税（增值税税率13%，另计）", "10,000.00", "75日历天", ""],
    ["5", LICHUAN, "人民币壹拾玖万陆仟元整", "196,000.00", "含税", "10,000.00", "60日历天", ""],
]


def build_zzs01():
    wb = Workbook()
    ws = wb.active
    ws.title = "封面"
    for i, line in enumerate(S1_COVER, start=1):
        put_row(ws, i, [line], font=TITLE if i <= 2 else None, border=False)
    widths(ws, [120])

    ws = wb.create_sheet("符合性审查")
    put_row(ws, 1, ["附表1　符合性审查表"], font=TITLE, border=False)
    put_row(ws, 2, [f"项目编号：SNZB-2025-1193　　评审日期：2025年11月18日　　“✓”为符合，“×”为不符合（评标委员会判断）"], border=False)
    put_row(ws, 3, S1_CHECK_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(S1_CHECK):
        put_row(ws, 4 + i, row, align=CENTER)
    last = 4 + len(S1_CHECK)
    put_row(ws, last + 1, ["评委签字：（略）"], border=False)
    widths(ws, [6, 20, 40, 22, 22, 22, 22, 22])
    ws.freeze_panes = "D4"

    ws = wb.create_sheet("商务技术响应摘录")
    put_row(ws, 1, ["附表2　商务技术响应摘录（摘自各投标人投标文件原文）"], font=TITLE, border=False)
    put_row(ws, 2, ["“招标文件要求”列为招标文件第五章采购需求原文；各投标人列为投标文件响应原文，括号内为页码。"], border=False)
    put_row(ws, 3, S1_RESP_HEAD, font=BOLD, fill=GREY)
    for i, row in enumerate(S1_RESP):
        put_row(ws, 4 + i, row)
        ws.cell(row=4 + i, column=3).fill = GREY
    last = 4 + len(S1_RESP)
    put_row(ws, last + 1, [f"注：{CENXI}符合性审查不通过，未进入详细评审，本表不予摘录。"], border=False)
    widths(ws, [6, 14, 30, 42, 36, 42, 36])
    ws.freeze_panes = "D4"

    ws = wb.create_sheet("开标报价一览表")
    put_row(ws, 1, ["附表3　开标报价一览表（依开标记录整理）"], font=TITLE, border=False)
    put_row(ws, 2, ["最高投标限价：250,000.00元（含税）。投标函大写金额与小写金额不一致的，以大写金额为准。"], border=False)
    put_row(ws, 3, S1_PRICE_HEAD, font=BOLD, fill=GREY)
    for i, row in enumerate(S1_PRICE):
        put_row(ws, 4 + i, row)
    last = 4 + len(S1_PRICE)
    put_row(ws, last + 1, ["唱标人：向明　　记录人：谭晓琳　　监标人：田国华（采购人代表）"], border=False)
    widths(ws, [8, 30, 26, 18, 30, 14, 10, 40])

    _save(wb, S1_NAME)

    comment = f"""Voice: 湖北施南招标代理有限公司, the tender agent of 恩施市硒都小额贷款 (local personal credit, no cross-border business; 最高投标
  限价 25万 含税, the same as the top of the 18-25万 band), sending the appendix tables of its 评标报告 dated 2025-11-20. The cover's
  facts, the notes, the committee's recommendation, the ✓ / × of 附表1, the 招标文件要求 column and the remarks of 附表3 are the
  agent's or the committee's; the bidders' columns of 附表2 and the bids of 附表3 are the bidders' own words.
Layout: .xlsx, four sheets. 封面: one column of lines (project, rules, four numbered notes, the recommended order 利川 / 资兴 / 咸丰).
  符合性审查: header row 3 {' | '.join(S1_CHECK_HEAD)}; nine items of ✓ / × and a 审查结论 row (岑溪 '不通过（废标）'). 商务技术响应摘录:
  header row 3 {' | '.join(S1_RESP_HEAD)}; sixteen requirements, a bidder's text per cell with its page in brackets ('（P52）'), a
  note under the table that 岑溪 was not reviewed. 开标报价一览表: header row 3 {' | '.join(S1_PRICE_HEAD)}; five bids in the order
  they were opened (咸丰, 岑溪, 资兴, 吉首, 利川), the rule 以大写金额为准 on row 2 and on the cover.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: a bidder is one quote made of its 附表2 column and its 附表3 row, joined by its full name. The ✓ / × of 附表1 are the
  committee's judgement against a lenient standard ('备案证明或书面承诺', '国密算法') — never a bidder's words and never a proof:
  where a bidder's own text says something else, the text is what the bidder offered. The 招标文件要求 column is the buyer's.
  Page references (P35-P48), the 投标保证金 10,000.00, the 交付工期 days, the project number and filing numbers are no amounts.
Traps: (1) 岑溪 (附表3 row 2) is the cheapest bid (168,000 含税) with nine ✓ but one ×: it was declared void ('废标') for the missing
  授权委托书 — no quote (skip.disqualified), never ranked, whatever its ticks; a careless reader puts it first. (2) The committee's
  first candidate 利川 (196,000 含税, ✓ under 等级保护) writes '已委托…开展第三级等级测评，预计2026年1月取得备案证明' — in progress,
  no level held: mlps false, claimed, the gate unverified; it ranks under every bidder that passes, whatever the committee's order.
  (3) 吉首's 238,000 is '不含税（增值税税率13%，另计）': 268,940 — above the band and the 限价 (the committee's ✓ under 投标报价
  compared it untaxed); price_over_budget. (4) 资兴's 大写 '人民币贰拾壹万捌仟元整' (218,000) and 小写 216,000.00 disagree; the
  record puts the 大写 first and both the cover and 附表3 say 以大写金额为准, and the remark applies it: 218,000. (5) 咸丰 has ✓ under
  售后服务 ('…7×24小时技术支持') while its own words are '工作日9:00-18:00技术支持，夜间及节假日次日处理' and '4小时内响应': no 7×24, 4 h.
The pick is 资兴: every gate stated (备案证明编号43108143002-24015 — '复印件见P58' only locates the copy), SM4 on the named fields,
  TLS, RBAC, 12-month logs, 人行 + 百行, every personal-credit must-have with anti-fraud, full source with the risk engine, 12 months
  from 终验 with minor upgrades, 10% of the contract (21,800) a year after, policy adaptation free without a limit, 7×24 with a named
  engineer, 1 h, lifetime consulting, all in the contract — at 218,000 inside 18-25万. 吉首 has the same kind of terms (2 h, 2.6万 a
  year) at 268,940; 咸丰 passes at 224,000 with no 7×24, 4 h, upgrades '另行报价' and major policy changes '另行报价'. Nothing in this
  file is left unsettled."""
    vendors = [
        dict(vendor=ZIXING, gate="pass", price=218000,
             why="附表3 row 3: 大写 '人民币贰拾壹万捌仟元整' = 218,000 against 小写 216,000.00 — the record puts the 大写 first and says 以大写金额为准 (cover note 3, row 2 of 附表3, its own remark): 218,000, 含税, inside 18-25万; 附表2 column F: '已取得网络安全等级保护第三级备案证明，备案证明编号43108143002-24015（复印件见P58）' stated; SM4 on 身份证号/手机号/银行卡号; TLS1.2+; RBAC; 日志12个月 with tracing; 人行征信中心 + 百行征信; modules 个人征信查询, 风控模型（评分卡+决策引擎）, 反欺诈模型, 还款计划及逾期提醒, 风控审批流, 用户管理; '交付完整源代码（含风控引擎），无加密' = full; '自终验合格之日起免费维护12个月'; '缺陷修复、小版本升级'; '合同金额的10%/年' = 21,800 a year; policy changes free '不限次数'; 7×24 with a named engineer; 1 h; 终身免费技术咨询; '以上全部承诺写入合同正文'. The committee's second place is no reason to rank.",
             values=_vals(annual_fee_after_warranty_cny=21800, response_hours=1, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flex=ALL_BAD + ["no_anti_fraud"]),
        dict(vendor=JISHOU, gate="pass", price=268940,
             why="附表3 row 4: '人民币贰拾叁万捌仟元整' = 238,000 with 报价说明 '不含税（增值税税率13%，另计）' = 238,000 × 1.13 = 268,940 — above 25万 (price_over_budget; the committee's ✓ under 投标报价 compared the untaxed figure with a 含税 ceiling, its judgement); 附表2 column E: filing '43310143007-24012' stated; SM4; HTTPS; RBAC; 日志12个月; 百行征信; modules 征信查询（百行征信）, 风控模型, 反欺诈, 还款管理, 审批流, 用户及角色管理; '完整源码，无加密'; 12 months; 缺陷修复及小版本升级; '2.6万元/年' = 26,000; 政策适配免费; 7×24; 2小时内 (not over 2 h); 终身技术咨询; 写入合同.",
             values=_vals(annual_fee_after_warranty_cny=26000, response_hours=2, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["price_over_budget"], flex=_but("price_over_budget") + ["no_anti_fraud"]),
        dict(vendor=XIANFENG, gate="pass", price=224000,
             why="附表3 row 1: '人民币贰拾贰万肆仟元整' = 224,000.00, '含税（13%增值税专用发票）', inside the band; 附表2 column G: filing '42282643004-25003' stated; SM4; HTTPS; 角色权限管理; 日志6个月 (not under 6); 朴道征信; modules complete with 反欺诈规则引擎; '完整源代码，无加密'; 12 months; '仅含缺陷修复，版本升级另行报价' (upgrades conditional: not at the base price); '按合同金额15%/年' = 33,600 a year; '小调整免费，重大政策调整另行报价' (policy adaptation conditional: false at the base price); '工作日9:00-18:00技术支持，夜间及节假日次日处理' = no 7×24 — the committee's ✓ under 售后服务 is its own judgement; '4小时内响应' = 4 h; 终身技术咨询; 写入合同.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          support_7x24=False, response_hours=4, annual_fee_after_warranty_cny=33600,
                          source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["no_7x24", "response_over_2h", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                   "conditional"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control",
                            "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                            "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only", "no_anti_fraud"]),
        dict(vendor=LICHUAN, gate="unverified", price=196000,
             why="附表3 row 5: '人民币壹拾玖万陆仟元整' = 196,000.00 含税, inside the band; 附表2 column D: '本系统严格按照等保三级要求设计开发，已委托省内测评机构开展第三级等级测评，预计2026年1月取得备案证明' — in progress, no level held today (mlps false, claimed): the gate is unverified, whatever the committee's ✓ under '备案证明或书面承诺' and its first place; everything else stated: SM4 on 身份证号/手机号/银行卡号; TLS1.2; RBAC; 日志12个月; 人行 + 百行; modules complete with 反欺诈模型; full source; 12 months from 终验; 缺陷修复及小版本升级; '合同金额的10%/年' = 19,600; policy adaptation free; 7×24; 1 h; 终身免费技术咨询; 写入合同.",
             values=_vals(mlps_level3=False, annual_fee_after_warranty_cny=19600, response_hours=1,
                          source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w",
                   "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                   "not_in_contract", "bloat_features", "source_partial", "source_licence_only", "no_anti_fraud"]),
    ]
    write_toml(S1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [S1_NAME], ZIXING,
               "资兴 proves every gate in its own tender words (备案证明编号43108143002-24015, SM4 on 身份证号/手机号/银行卡号, TLS, RBAC, 12-month logs, 人行 + 百行), has every personal-credit must-have with anti-fraud and the full source with its risk engine, and gives 12 months from 终验 with minor upgrades, 10% (21,800) a year after, free policy adaptation without a limit, 7×24 with a named engineer, 1 h, lifetime consulting, all in the contract — at 218,000 (the 大写, which the record says governs over the 小写 216,000). The cheapest bid, 岑溪 (168,000), was void (废标: no 授权委托书) and is no quote; the committee's first candidate 利川 (196,000) has its 等保 测评 only under way (unverified), whatever the ✓; 吉首 is 238,000 不含税 = 268,940, over the band; 咸丰 (224,000) answers on working days only, in 4 hours, with upgrades and major policy changes extra.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzs_02  商户经营性贷 — an IT 监理's 需求响应核查表: REQ rows, each vendor over 供应商响应 | 监理核查; GBK CSV
# ---------------------------------------------------------------------------------------------
S2_NAME = "zzs_02_ml_jianli_xuqiu_hecha_gbk.csv"
DONGLIAO = "辽源东辽河数科有限公司"
HUAIDE = "公主岭怀德软件有限公司"
HONGSHI = "桦甸红石湖数据科技有限公司"
MINGCHENG = "磐石明城信息技术有限公司"
S2_VENDORS = [DONGLIAO, HUAIDE, HONGSHI, MINGCHENG]
# each row: 需求编号, 类别, 需求, then (响应, 核查) for 东辽河, 怀德, 红石湖, 明城
S2_ROWS = [
    ["REQ-01", "报价", "投标总价（元），注明是否含税及税率",
     "29.6万元（含税，增值税专用发票税率13%）", "与盖章报价函一致",
     "26.8万元（含税）", "已核：与报价函一致",
     "24.8万元（含税）", "与报价函一致",
     "31.5万元（不含税，增值税税率6%另计）", "已核：报价函注明为不含税价"],
    ["REQ-02", "功能", "企业征信查询（对接持牌征信机构的企业征信产品）",
     "满足。企业征信查询，已对接人行征信中心企业信用报告及百行征信企业征信产品。", "演示中完成企业征信查询（测试环境）",
     "满足。企业征信查询模块，支持对接主流征信机构。", "已核：演示中可见企业征信查询页面",
     "满足。企业征信查询（百行征信）。", "演示中已见",
     "满足。企业征信查询，对接人行征信中心企业征信。", "演示中已见"],
    ["REQ-03", "功能", "银行流水分析（流水解析、收支汇总、异常交易识别）",
     "满足。银行流水分析模块（支持PDF/Excel流水解析、收支汇总、异常交易识别）包含在本次报价内。", "现场演示环境中未见该模块，供应商未演示",
     "满足。银行流水分析。", "演示中已见，运行正常",
     "银行流水分析模块列入二期开发，本次报价不含。", "与应答一致",
     "满足。银行流水分析模块。", "演示中已见"],
    ["REQ-04", "功能", "合同管理（电子合同签署、合同归档）",
     "满足。电子合同（对接第三方CA电子签章）及合同归档管理。", "演示中已见",
     "满足。电子合同管理。", "已核",
     "满足。合同管理。", "演示中已见",
     "满足。电子合同。", "演示中已见"],
    ["REQ-05", "功能", "基础模块：用户管理、风控审批流、还款管理（还款计划及提醒）",
     "满足。用户管理、风控审批流、还款计划及还款提醒。", "演示中已见",
     "满足。用户管理、审批流、还款管理。", "已核",
     "满足。用户管理、风控审批、还款管理。", "演示中已见",
     "满足。用户管理、风控审批、还款管理。", "演示中已见"],
    ["REQ-06", "安全", "系统已取得网络安全等级保护第三级备案证明（须提供备案证明编号）",
     "满足。已取得第三级备案证明，备案证明编号22040243006-25008。", "供应商未随应答提交备案证明复印件，编号尚未核验，已要求补交",
     "满足。我司系统符合等保三级要求，备案证明等资质材料签约后提供。", "已核：供应商现场出示三级测评委托合同及测评机构进场通知",
     "满足。已取得第三级备案证明，备案证明编号22028243011-24019。",
     "经向属地公安网安部门核验，未查询到该编号的备案记录；供应商称系统更名后重新备案，尚未提供新证明",
     "满足。已取得第三级备案证明，备案证明编号22028443002-24006。", "已核：备案证明原件与编号一致"],
    ["REQ-07", "安全", "敏感字段（身份证号、手机号、银行卡号）国密SM4加密存储",
     "满足。身份证号、手机号、银行卡号采用SM4加密存储。", "演示数据库中相关字段为密文",
     "满足。采用国密算法对敏感数据加密。", "已核：演示数据库中身份证号字段为密文",
     "满足。SM4加密存储。", "—",
     "满足。敏感字段SM4加密。", "演示数据库中相关字段为密文"],
    ["REQ-08", "安全", "全站HTTPS传输加密",
     "满足。全站HTTPS（TLS1.2）。", "已核",
     "满足。全站HTTPS。", "已核",
     "满足。全站HTTPS。", "—",
     "满足。全站HTTPS。", "已核"],
    ["REQ-09", "安全", "基于角色的权限管理（RBAC）",
     "满足。RBAC角色权限管理，数据权限可控制到机构。", "演示中已见",
     "满足。完善的权限体系。", "已核：演示中可见角色配置页面",
     "满足。角色权限管理。", "演示中已见",
     "满足。RBAC角色权限。", "演示中已见"],
    ["REQ-10", "安全", "操作日志保存不少于6个月",
     "满足。操作日志保存12个月，支持异常操作追溯。", "已核",
     "满足。日志长期保存。", "已核：演示中可查询近3个月日志",
     "满足。操作日志保存6个月。", "—",
     "满足。操作日志保存12个月。", "已核"],
    ["REQ-11", "征信", "只对接持牌征信机构（请写明机构名称）",
     "人行征信中心、百行征信。", "已核：供应商提供与百行征信的接入协议复印件",
     "支持对接各大持牌征信机构。", "已核：演示中可见征信查询页面",
     "百行征信。", "—",
     "人行征信中心。", "已核"],
    ["REQ-12", "源码", "交付完整源代码，无加密，可二次开发",
     "满足。交付完整源代码及数据库设计文档，无加密，可二次开发。", "已核：代码抽查未见加密文件",
     "满足。交付完整源代码，无加密。", "已核",
     "提供源代码，核心风控引擎以加密组件形式提供。", "与应答一致",
     "满足。完整源码，无加密。", "已核"],
    ["REQ-13", "售后", "免费维护期不少于12个月，维护含缺陷修复及版本升级",
     "满足。自终验合格之日起免费维护12个月，含缺陷修复及小版本升级。", "供应商未提供盖章的《售后服务承诺书》，待补交",
     "满足。免费维护12个月，含缺陷修复及版本升级。",
     "不符：供应商提交的《售后服务承诺书》（2025-11-20盖章）第二条为“免费维护期6个月，维护期内仅提供缺陷修复”",
     "满足。免费维护12个月，含缺陷修复及小版本升级。", "—",
     "免费维护12个月，仅含缺陷修复，版本升级另行报价。", "与应答一致"],
    ["REQ-14", "售后", "维保期满后年服务费（元/年）",
     "合同金额的10%/年。", "—",
     "2.5万元/年。", "已核",
     "按次收费，每次5000元起。", "—",
     "3.2万元/年。", "已核"],
    ["REQ-15", "售后", "因监管政策变化所需的系统调整免费",
     "满足。因监管政策变化需要的系统调整免费，不限次数。", "已核",
     "满足。政策调整免费适配。", "已核",
     "满足。政策调整免费。", "—",
     "小调整免费，重大政策调整另行报价。", "与应答一致"],
    ["REQ-16", "售后", "7×24小时技术支持，2小时内响应",
     "满足。7×24小时技术支持，1小时内响应，指定专属工程师。", "供应商未提供值班安排表",
     "满足。7×24小时技术支持，1小时内响应。", "已核",
     "满足。7×24小时技术支持，2小时内响应。", "—",
     "工作日9:00-17:30技术支持，4小时内响应。", "与应答一致"],
    ["REQ-17", "售后", "终身技术咨询",
     "满足。终身免费技术咨询。", "—",
     "满足。终身技术咨询。", "已核",
     "满足。终身技术咨询。", "—",
     "满足。终身技术咨询。", "—"],
    ["REQ-18", "合同", "以上承诺写入合同",
     "满足。上述承诺全部写入合同正文。", "合同草稿尚未提交",
     "满足。可写入合同。", "已核",
     "满足。写入合同。", "—",
     "满足。写入合同。", "已核"],
]


def build_zzs02():
    width = 3 + 2 * len(S2_VENDORS)
    pad = lambda cells: cells + [""] * (width - len(cells))  # noqa: E731
    head1 = ["需求编号", "需求类别", "采购需求（需求书原文）"]
    for v in S2_VENDORS:
        head1 += [v, ""]
    head2 = ["", "", ""] + ["供应商响应", "监理核查"] * len(S2_VENDORS)
    rows = [
        pad(["梅河口市海龙小额贷款有限公司 商户经营贷系统源码采购项目 需求响应核查表"]),
        pad(["监理单位：吉林松辽信息工程监理有限公司　总监理工程师：孙立民　监理工程师：高雪　核查期间：2025-11-24至2025-11-28　"
             "文件编号：SLJL-MHK-2025-017-03"]),
        pad(["说明：1.“供应商响应”列为各供应商《需求响应表》书面应答原文，由监理逐字录入；2.“监理核查”列为本监理单位的核查记录"
             "（资料核验、公开渠道及主管部门查询、现场演示观察），为监理意见，不是供应商应答；3.核查中发现供应商其他书面文件与应答"
             "不一致的，以“不符：”开头并照录该文件原文；4.采购人预算25-35万元（含税），业务为本地商户经营贷，无跨境业务。"]),
        pad([]),
        head1,
        head2,
    ]
    rows += [pad(r) for r in S2_ROWS]
    rows += [
        pad([]),
        pad(["监理初步意见：公主岭怀德各项核查均已落实，现场演示最完整，报价较辽源东辽河低2.8万元；辽源东辽河备案证明、售后服务承诺书"
             "尚未补交，银行流水分析模块未演示；桦甸红石湖备案编号核验未通过；磐石明城为不含税报价且仅工作日支持。以上意见供采购人"
             "决策参考。"]),
        pad(["吉林松辽信息工程监理有限公司（盖章）　2025-11-28"]),
    ]
    write_csv(S2_NAME, rows, "gbk")

    comment = f"""Voice: 吉林松辽信息工程监理有限公司, the independent IT supervision consultant (监理) of 梅河口市海龙小额贷款 (local merchant
  loans, no cross-border business, budget 25-35万 含税), 2025-11-28. The title lines, the numbered 说明, every 监理核查 column, the
  监理初步意见 and the seal line are the consultant's; the 采购需求 column is the buyer's requirement; each 供应商响应 column is the
  vendor's written answer, typed in word for word (说明 1).
Layout: CSV in GBK, CRLF, {3 + 2 * len(S2_VENDORS)} fields a row. Rows 1-3 title, consultant and 说明; row 4 blank; row 5 需求编号 | 需求
  类别 | 采购需求（需求书原文） then each vendor's full name over the first column of its pair (the second left empty: a merged
  header flattened); row 6 '供应商响应 | 监理核查' under every vendor; rows 7-24 REQ-01 … REQ-18; a blank row, the 监理初步意见 and
  the seal line.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: each vendor is one quote read from its 供应商响应 column. The 监理核查 column is the consultant's record of what it checked:
  like a buyer's 我方核实 or 'Our check' column it is never the vendor's answer, and it neither proves a claim ('已核：…' beside a
  vendor's '符合等保三级要求…签约后提供' leaves a claim; a 测评委托合同 proves only that an assessment was ordered) nor undoes a
  statement ('编号尚未核验', '未提供…承诺书，待补交', '未提供值班安排表' are checks not yet done: the vendor's written words stand,
  as '未核' leaves them in analyst-reading). A module the vendor lists in writing and the consultant did not see in the demo
  ('现场演示环境中未见该模块，供应商未演示') is still offered: the quote is read from the vendor's words, a demo is the evaluation
  team's to score (analyst-reading §10), and the question goes to the vendor and into the acceptance terms. The one exception is
  the form's own: a 核查 that opens with '不符：' quotes another written document of the same vendor (说明 3), and that document
  replaces the answer, as '不符：…' does under analyst-reading's band of words over checks — 怀德's REQ-13 is its own sealed
  《售后服务承诺书》 '免费维护期6个月，维护期内仅提供缺陷修复'.
Not settled, not asserted: 红石湖 states its filing by number ('备案证明编号22028243011-24019') and the consultant reports that the
  local 网安 authority found no such record ('供应商称系统更名后重新备案，尚未提供新证明'). domain.md does not say whether an
  authority's failure to find a stated number defeats it; I would keep the vendor's statement, flag the discrepancy and ask for
  the new certificate before anything else. Nothing is asserted on 红石湖's 等保 — its gate fails anyway on a must-have.
Traps: the decisive one is the consultant's column taken for the vendors'. Read that way, 东辽河 (REQ-03 '未见该模块', REQ-06
  '编号尚未核验', REQ-13 '待补交') loses its bank-statement analysis or its proof, and 怀德 — '已核' on every row, 'the most
  complete demo', 2.8万 cheaper, the consultant's favourite — comes first. In its own words 怀德 only claims: '符合等保三级要求，
  备案证明等资质材料签约后提供' (unverified), '采用国密算法' (SM4 not named), '完善的权限体系', '日志长期保存' (no period; the
  consultant's '近3个月' is what it saw, not the vendor's term), '支持对接各大持牌征信机构' (no body named), '可写入合同' (willing,
  not written); and its sealed 承诺书 cuts the maintenance to 6 months of defect fixes. The pick is 东辽河, every gate stated.
  Also: 明城's 31.5万 is '不含税，增值税税率6%另计' = 333,900 (its own rate, not the 13% default); 红石湖 puts 银行流水分析 '列入
  二期开发，本次报价不含' (missing: the gate fails) and encrypts its risk engine (partial). Filing numbers, the 文件编号 and dates are
  no amounts; '按次收费，每次5000元起' is no yearly fee (not asserted)."""
    vendors = [
        dict(vendor=DONGLIAO, gate="pass", price=296000,
             why="响应 column D: REQ-01 '29.6万元（含税，增值税专用发票税率13%）' = 296,000 inside 25-35万; REQ-06 '已取得第三级备案证明，备案证明编号22040243006-25008' stated — the consultant's '未随应答提交…复印件，编号尚未核验' is a check not yet done, which leaves the statement standing; REQ-02/04/05 企业征信查询 (人行 + 百行), 电子合同 and 合同归档, 用户管理, 风控审批流, 还款计划及还款提醒; REQ-03 '银行流水分析模块（…）包含在本次报价内' — written and priced in: present, whatever the consultant did not see in the demo; SM4 on 身份证号/手机号/银行卡号; TLS1.2; RBAC; 日志12个月; 人行 + 百行; full source, unencrypted; 12 months from 终验 with minor upgrades (the missing 承诺书 is the consultant's to-do); '合同金额的10%/年' = 29,600; policy free '不限次数'; 7×24, 1 h, a named engineer; 终身免费技术咨询; '上述承诺全部写入合同正文'.",
             values=_vals(annual_fee_after_warranty_cny=29600, response_hours=1, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flex=ALL_BAD),
        dict(vendor=MINGCHENG, gate="pass", price=333900,
             why="响应 column J: REQ-01 '31.5万元（不含税，增值税税率6%另计）' — the quote names its rate: 315,000 × 1.06 = 333,900, inside 25-35万; filing '22028443002-24006' stated; SM4; HTTPS; RBAC; 日志12个月; 人行征信中心; modules 企业征信查询, 银行流水分析, 电子合同, 用户管理, 风控审批, 还款管理; '完整源码，无加密'; '免费维护12个月，仅含缺陷修复，版本升级另行报价' = 12 months, upgrades conditional; '3.2万元/年' = 32,000; '小调整免费，重大政策调整另行报价' = conditional (false at the base price); '工作日9:00-17:30技术支持，4小时内响应' = no 7×24, 4 h; 终身技术咨询; 写入合同.",
             values=_vals(maintenance_includes_upgrades=False, policy_adaptation_free=False, support_7x24=False,
                          response_hours=4, annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["no_7x24", "response_over_2h", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                   "conditional"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control",
                            "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                            "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor=HUAIDE, gate="unverified", price=268000,
             why="响应 column F: REQ-01 '26.8万元（含税）' = 268,000 inside the band; REQ-06 '我司系统符合等保三级要求，备案证明等资质材料签约后提供' — a claim, the proof held back until signing: unverified (the consultant's '已核：…三级测评委托合同及测评机构进场通知' shows an assessment ordered, no level held, and is the consultant's); '采用国密算法对敏感数据加密' (SM4 not named: claimed); HTTPS; '完善的权限体系' (claimed); '日志长期保存' (a claimed period; the consultant's '近3个月' is what it saw); '支持对接各大持牌征信机构' (no body named: claimed); modules 企业征信查询, 银行流水分析, 电子合同管理, 用户管理, 审批流, 还款管理; full source; REQ-13 answered '免费维护12个月，含缺陷修复及版本升级' but the 核查 opens '不符：' and quotes its own sealed 《售后服务承诺书》 '免费维护期6个月，维护期内仅提供缺陷修复' — the vendor's written commitment replaces the answer: 6 months, no upgrades; '2.5万元/年'; policy free; 7×24, 1 h; 终身技术咨询; '可写入合同' = willing, not written (claimed).",
             values=dict(mlps_level3=True, tls=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", access_control="claimed",
                         audit_log_months="claimed", licensed_credit_bureau="claimed", commitments_in_contract="claimed", tls="stated",
                         free_maintenance_months="stated", support_7x24="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed", "maintenance_under_12m", "maintenance_excludes_upgrades"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w",
                   "price_over_budget", "no_tls", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor=HONGSHI, gate="fail", price=248000,
             why="响应 column H: REQ-01 '24.8万元（含税）' = 248,000 (just under the band: no flag); REQ-03 '银行流水分析模块列入二期开发，本次报价不含' — a must-have not in this delivery: missing, the gate fails (企业征信查询（百行征信）, 合同管理, 用户管理, 风控审批, 还款管理 present); REQ-06 filing '22028243011-24019' stated, the consultant's authority could not find it — not settled, not asserted (see the header); SM4; HTTPS; 角色权限管理; 日志6个月 (not under 6); 百行征信; '核心风控引擎以加密组件形式提供' = partial; 12 months with minor upgrades; '按次收费，每次5000元起' (no yearly fee: not asserted); policy free; 7×24; 2 h; 终身技术咨询; 写入合同.",
             values=_drop(_vals(audit_log_months=6, response_hours=2, source_code_delivery="partial"), "mlps_level3"),
             status=_drop(_st(response_hours="stated"), "mlps_level3"),
             fin=["enterprise_credit", "contract_management"] + CORE + ["repayment_management"],
             fex=BLOAT + ["cashflow_analysis"],
             flin=["missing_must_have", "source_partial"],
             flex=["price_below_10w", "price_missing", "price_below_15w", "price_over_budget", "no_sm4", "no_tls",
                   "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_licence_only"]),
    ]
    write_toml(S2_NAME.replace(".csv", ".toml"), comment, "merchant_loan", [S2_NAME], DONGLIAO,
               "东辽河 states every gate in its own answers (备案证明编号22040243006-25008, SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs, 人行 + 百行), writes every merchant-loan must-have into its price (bank-statement analysis included, in writing), delivers full source, and gives 12 months from 终验 with minor upgrades, 10% (29,600) a year after, free policy adaptation without a limit, 7×24 within 1 hour, lifetime consulting, all in the contract — at 296,000 含税. The consultant's notes on it are checks not yet done or a demo that did not show a module: no answer of the vendor's. The consultant's favourite 怀德 (268,000) only claims its 等保 ('签约后提供'), its encryption, bureau, permissions, logs and contract, and its own sealed 承诺书 cuts maintenance to 6 months of fixes: unverified. 明城 passes at 333,900 (6% added) with office hours, 4 h and paid upgrades; 红石湖 leaves the bank-statement analysis to a second phase (fail).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzs_03  消费分期 — a law firm's 尽职调查摘要表: one row per vendor, 供应商陈述 | 本所核查意见 per legal topic; xlsx
# ---------------------------------------------------------------------------------------------
S3_NAME = "zzs_03_ci_lvshi_jindiao_zhaiyao.xlsx"
BAICAOGOU = "汪清百草沟信息技术有限公司"
XIANFENG_HL = "和龙仙峰数科有限公司"
ERDAO = "安图二道白河软件有限公司"
RIGUANG = "图们日光山网络科技有限公司"
FATE = "舒兰法特数据科技有限公司"
# group header (merged over its sub-columns) and the sub-headers
S3_GROUPS = [("序号", 1), ("供应商", 1), ("一、报价（照录报价函）", 2), ("二、功能模块（照录报价函）", 1),
             ("三、源代码权属（软件著作权）", 2), ("四、许可及交付条款", 2), ("五、网络安全等级保护备案", 2),
             ("六、数据安全（照录应答函）", 1), ("七、服务承诺写入合同", 2), ("八、售后服务（照录报价函）", 1),
             ("九、主体资格及涉诉（本所核查）", 1), ("综合法律风险", 1)]
S3_SUB = ["", "", "报价金额", "计税方式", "功能模块", "供应商陈述", "本所核查意见", "合同草案条款原文", "本所核查意见",
          "供应商陈述", "本所核查意见", "数据安全", "供应商回复", "本所核查意见", "售后服务", "主体资格及涉诉", ""]
S3_ROWS = [
    ["1", BAICAOGOU, "21.8万元", "含税（13%增值税专用发票）",
     "商品管理、分期计算器、订单跟踪、风控审批、还款计划及提醒、用户管理",
     "自主研发，拥有完整知识产权（软著登记号2023SR0458712）",
     "经查中国版权保护中心，该登记号著作权人为供应商之母公司（名称见附件2），并非供应商本身；建议由著作权人出具授权或转让确认。",
     "乙方向甲方交付本系统全部源代码，甲方享有永久使用、修改及二次开发的权利。",
     "条款可接受。",
     "我司系统已取得网络安全等级保护三级备案（备案证明编号22242443009-24003）。",
     "经核对供应商提交的备案证明复印件，定级对象为供应商所租用云服务商的“金融云平台”，备案单位为该云服务商，并非本次采购的分期"
     "业务系统；本次采购系统本身尚无备案。",
     "身份证号、手机号、银行卡号SM4加密存储；全站HTTPS；RBAC角色权限；操作日志保存12个月；对接百行征信。",
     None,
     "供应商未就此回复；合同草案亦未提交，建议在正式合同中列明全部服务承诺。",
     "自系统上线之日起免费维护12个月，含缺陷修复及小版本升级；7×24小时技术支持，1小时内响应；监管政策调整免费适配；终身技术咨询；"
     "维保期满后年服务费2.2万元。",
     "存续；涉及1起计算机软件著作权权属纠纷（一审审理中）。",
     "中"],
    ["2", XIANFENG_HL, "24.6万元", "含税",
     "商品管理、分期计算器、订单跟踪、风控审批流、还款计划及逾期提醒、用户管理",
     "本系统软件著作权人为我司（软著登记号2022SR1187365）。",
     "已核：著作权人与供应商一致。",
     "乙方向甲方交付完整源代码（含风控引擎），无加密，甲方可自行修改、二次开发及迁移部署，不受服务器或域名限制。",
     "条款对甲方有利，建议保留。",
     "已取得第三级备案证明，备案证明编号22240643012-25007（定级对象：仙峰分期业务管理系统）。",
     "已核：备案证明复印件的定级对象与报价系统名称一致。",
     "身份证号、手机号、银行卡号SM4加密存储；全站HTTPS（TLS1.2）；基于角色的权限管理；操作日志保存12个月；对接人行征信中心、"
     "百行征信。",
     "同意将报价函所列全部服务承诺写入合同正文。",
     "已落实于合同草案第8条。",
     "自终验合格之日起免费维护12个月，含缺陷修复及版本升级；7×24小时技术支持，30分钟内响应；因监管政策变化所需的系统调整免费；"
     "终身免费技术咨询；维保期满后按合同金额10%/年收取服务费。",
     "存续；未见涉诉。",
     "低"],
    ["3", ERDAO, "22.5万元", "不含税（增值税13%另计）",
     "商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理",
     "拥有本系统软件著作权（软著登记号2024SR0236518）。",
     "已核：著作权人与供应商一致。",
     "乙方授予甲方非独占、不可转让的软件使用许可；源代码仅限在乙方授权的服务器（绑定服务器硬件信息）上部署使用，未经乙方书面同意"
     "不得迁移或用于其他主体。",
     "该条款限制系统迁移及自主运维，与“源码买断”的采购目的不符，建议修改为不限服务器的永久许可。",
     "已取得第三级备案证明，备案证明编号22242643005-24011。",
     "已核：备案证明复印件与编号一致。",
     "敏感字段SM4加密存储；全站HTTPS；角色权限管理；操作日志保存6个月；对接朴道征信。",
     "同意写入合同。",
     "合同草案第10条已约定。",
     "免费维护12个月，含缺陷修复及小版本升级；7×24小时技术支持，2小时内响应；小调整免费，重大监管政策调整另行报价；终身技术咨询；"
     "期满后年服务费2.8万元。",
     "存续；未见涉诉。",
     "中（许可条款）"],
    ["4", RIGUANG, "16.8万元", "含税",
     "商品管理、分期计算器、订单跟踪、审批管理、还款管理、用户管理",
     "拥有软件著作权。",
     "供应商未提供登记号；经公开查询，未检索到以供应商为著作权人的相关登记。",
     "交付源代码，部分核心模块（风控引擎）以加密形式提供。",
     "建议要求完整交付。",
     "目前为等保二级，三级测评计划于2026年启动。",
     "与供应商陈述一致。",
     "AES加密；HTTPS；权限管理；操作日志保存3个月；暂未对接征信机构。",
     "售后服务以我司《服务承诺书》为准，不写入合同。",
     "承诺书不具合同约束力，风险较高。",
     "免费维护6个月，仅修复bug；工作日9:00-18:00技术支持，次日响应；政策调整按次收费；不提供终身技术咨询；期满后按次收费。",
     "存续；成立不满2年。",
     "高"],
    ["5", FATE, "未报价（2025-11-21书面函告退出本次采购）", "—", "—", "—", "未开展尽调", "—", "—", "—", "—", "—", "—", "—",
     "—", "—", "—"],
]


def build_zzs03():
    wb = Workbook()
    ws = wb.active
    ws.title = "尽调摘要"
    put_row(ws, 1, ["关于消费分期业务系统源码采购候选供应商的法律尽职调查摘要表"], font=TITLE, border=False)
    put_row(ws, 2, ["致：龙井市琵岩小额贷款有限公司　　出具：吉林图们江律师事务所　　经办律师：金美善、朴成浩　　日期：2025年12月3日"],
            border=False)
    put_row(ws, 3, ["说明：“供应商陈述”“合同草案条款原文”“供应商回复”栏摘自各供应商报价函、应答函及其提交的合同草案，原文照录；“本所核查意见”栏为"
                    "本所依据供应商提交的证明文件及公开信息（中国版权保护中心、国家企业信用信息公示系统、中国裁判文书网）所作核查，"
                    "不构成供应商承诺。报价、功能模块、数据安全及售后服务栏照录自供应商报价函及应答函。贵司业务为本地消费分期（手机、"
                    "家电及教育分期），无跨境业务，预算20-30万元（含税）。"], border=False)
    col = 1
    for title, span in S3_GROUPS:
        ws.cell(row=4, column=col, value=title)
        if span > 1:
            ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + span - 1)
        elif title in ("序号", "供应商", "综合法律风险"):
            ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
        col += span
    for c in range(1, col):
        cell = ws.cell(row=4, column=c)
        cell.font = BOLD
        cell.fill = GREY
        cell.alignment = CENTER
    for c, label in enumerate(S3_SUB, start=1):
        if not label:
            continue  # under a header merged down over rows 4-5
        cell = ws.cell(row=5, column=c, value=label)
        cell.font = BOLD
        cell.fill = GREY
        cell.alignment = CENTER
    for i, row in enumerate(S3_ROWS):
        put_row(ws, 6 + i, row)
        for c, label in enumerate(S3_SUB, start=1):
            if label in ("本所核查意见", "主体资格及涉诉") or c == len(S3_SUB):
                ws.cell(row=6 + i, column=c).fill = YELLOW
    last = 6 + len(S3_ROWS)
    put_row(ws, last + 1, ["本所意见仅就法律风险发表，不涉及商务及技术比选；黄色底纹栏目为本所意见。"], border=False)
    put_row(ws, last + 2, ["吉林图们江律师事务所（盖章）　经办律师：金美善　朴成浩"], border=False)
    widths(ws, [5, 24, 12, 16, 30, 28, 34, 36, 30, 30, 36, 36, 24, 30, 44, 26, 10])
    ws.freeze_panes = "C6"

    ws2 = wb.create_sheet("声明")
    for i, line in enumerate([
        "声明",
        "1. 本摘要表系应龙井市琵岩小额贷款有限公司委托，就其消费分期业务系统源码采购项目候选供应商所作法律尽职调查的摘要，"
        "完整意见以本所出具的《法律尽职调查报告》为准。",
        "2. 本所核查以供应商提交的文件复印件及公开渠道信息为基础，未对技术性能作出判断。",
        "3. 未经本所书面同意，本表不得用于其他目的。",
    ], start=1):
        put_row(ws2, i, [line], font=BOLD if i == 1 else None, border=False)
    widths(ws2, [100])
    _save(wb, S3_NAME)

    heads = " | ".join(f"{t}（{s}列）" if s > 1 else t for t, s in S3_GROUPS)
    comment = f"""Voice: 吉林图们江律师事务所 (金美善, 朴成浩), the law firm of 龙井市琵岩小额贷款 (local consumer instalments for phones,
  appliances and courses; no cross-border business; budget 20-30万 含税), 2025-12-03: a legal due-diligence summary of the
  candidate vendors. The title, the 说明 on row 3, every 本所核查意见 column, 主体资格及涉诉, 综合法律风险 (shaded yellow), the two
  lines under the table and the 声明 sheet are the firm's; 供应商陈述, 合同草案条款原文 and 供应商回复 are the vendors' words quoted,
  and price, modules, data security and after-sales are copied from the vendors' quotes (说明).
Layout: .xlsx, sheet 尽调摘要 (a 声明 sheet of the firm's disclaimer after it). Row 4 group headers, merged over their sub-columns:
  {heads}; row 5 the sub-headers {' | '.join(s or '·' for s in S3_SUB)}; rows 6-10 one vendor a row; the firm's note and seal
  under the table.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: each vendor is one quote made of its own words in its row; the firm's findings are the firm's — they prove nothing the
  vendor only claims and they never fill a blank — except where the firm reports what the vendor's own papers say (the copy of
  the filing the vendor supplied, its draft contract), which is the vendor's written word (as '不符：…' is in analyst-reading).
  A short sub-header is read with its group ('供应商陈述' under 五、网络安全等级保护备案 is the vendor's 等保 statement).
Traps: (1) the decisive one: 百草沟, the cheapest in the band (21.8万 含税) with excellent after-sales, writes '我司系统已取得网络安全
  等级保护三级备案（备案证明编号22242443009-24003）' — but the copy it supplied, the firm reports, is the filing of its cloud
  provider's 金融云平台, not of the instalment system: a certificate of something else, which analyst-reading makes a claim for the
  system offered (unverified). And its 七、服务承诺写入合同 reply is BLANK (the firm: '供应商未就此回复；合同草案亦未提交'): unknown,
  never a yes. A careless reader takes the number and the blank and puts 百草沟 first. (2) 二道白河's price is 22.5万 '不含税（增值税
  13%另计）' = 254,250, more than 仙峰's 24.6万 含税; and its own draft licence clause binds the source to its authorised server
  ('绑定服务器硬件信息…不得迁移'): licence only (source_licence_only), whatever the word 源代码. (3) 日光山 is '目前为等保二级，三级测评计划
  于2026年启动' — level 2 held: a fail — with AES, 3-month logs, no bureau, 6 months of bug fixes, office hours, next-day response,
  paid policy changes, no consulting, promises kept out of the contract ('不写入合同') and an encrypted risk engine (partial).
  (4) 法特 withdrew ('未报价（2025-11-21书面函告退出本次采购）'): no quote.
Not settled, not asserted: whether a copyright registered in the name of the vendor's parent company (百草沟) or not found at all
  (日光山) bears on anything scored — domain.md scores how the source is delivered, not who owns it; I would make it a contract
  question (an assignment or licence from the owner) and assert only the delivery the vendor's own words give. 百草沟's '已取得…'
  value is not asserted either (only that it is a claim and the gate unverified); 日光山's '次日响应' is over 2 hours (flagged) but
  its exact hours are not asserted.
The pick is 仙峰: every gate stated (备案证明编号22240643012-25007 for 仙峰分期业务管理系统 itself, SM4 on the named fields, TLS1.2,
  RBAC, 12-month logs, 人行 + 百行), every consumer-instalment must-have, full unencrypted source free to move, 12 months from 终验
  with upgrades, 7×24 within 30 minutes, free policy adaptation, lifetime consulting, 10% (24,600) a year after, all in the contract
  body (its reply, and the firm finds it in draft clause 8) — at 246,000 含税."""
    vendors = [
        dict(vendor=XIANFENG_HL, gate="pass", price=246000,
             why="row 7: '24.6万元' 含税 = 246,000 inside 20-30万; modules 商品管理, 分期计算器, 订单跟踪, 风控审批流, 还款计划及逾期提醒, 用户管理; '已取得第三级备案证明，备案证明编号22240643012-25007（定级对象：仙峰分期业务管理系统）' — the system itself, stated (the firm's '已核' agrees, and is the firm's); SM4 on 身份证号/手机号/银行卡号; TLS1.2; RBAC; 日志12个月; 人行 + 百行; draft clause '交付完整源代码（含风控引擎），无加密…不受服务器或域名限制' = full; '同意将报价函所列全部服务承诺写入合同正文' = in the contract; '自终验合格之日起免费维护12个月，含缺陷修复及版本升级'; 7×24; '30分钟内响应' = 0.5 h; policy changes free; 终身免费技术咨询; '按合同金额10%/年' = 24,600 a year. The firm's '低' risk is its own.",
             values=_vals(annual_fee_after_warranty_cny=24600, response_hours=0.5, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flex=ALL_BAD),
        dict(vendor=ERDAO, gate="pass", price=254250,
             why="row 8: '22.5万元', 计税 '不含税（增值税13%另计）' = 225,000 × 1.13 = 254,250 (inside the band, dearer than 仙峰's 246,000 含税); modules complete (订单管理 = order tracking); filing '22242643005-24011' stated; SM4; HTTPS; 角色权限管理; 日志6个月 (not under 6); 朴道征信; its own draft licence clause '源代码仅限在乙方授权的服务器（绑定服务器硬件信息）上部署使用，未经乙方书面同意不得迁移' = a licence locked to a server: licence only; '同意写入合同'; 12 months with minor upgrades; 7×24; 2 h (not over); '小调整免费，重大监管政策调整另行报价' = conditional (false at the base price); 终身技术咨询; '期满后年服务费2.8万元' = 28,000.",
             values=_vals(audit_log_months=6, policy_adaptation_free=False, response_hours=2,
                          annual_fee_after_warranty_cny=28000, source_code_delivery="licence_only"),
             status=_st(policy_adaptation_free="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["source_licence_only", "policy_adaptation_charged", "conditional"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control",
                            "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                            "maintenance_excludes_upgrades", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                            "not_in_contract", "bloat_features", "source_partial"]),
        dict(vendor=BAICAOGOU, gate="unverified", price=218000,
             why="row 6: '21.8万元' '含税（13%增值税专用发票）' = 218,000 inside the band; modules complete; the vendor writes '已取得网络安全等级保护三级备案（备案证明编号22242443009-24003）' but the copy it supplied is, by the firm's reading of it, its cloud provider's 金融云平台 filing — a certificate of something else, a claim for the system offered: unverified; SM4 on 身份证号/手机号/银行卡号; HTTPS; RBAC; 日志12个月; 百行征信; draft clause '交付本系统全部源代码…永久使用、修改及二次开发' = full (whose name is on the copyright is a contract question, not scored); 七、服务承诺写入合同 reply BLANK — nothing said (unknown, a question), never a yes; after-sales '自系统上线之日起免费维护12个月，含缺陷修复及小版本升级；7×24…1小时内响应；监管政策调整免费适配；终身技术咨询；维保期满后年服务费2.2万元'. The pending lawsuit is the firm's finding about the company, no term.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract="null", annual_fee_after_warranty_cny=22000,
                         source_code_delivery="full"),
             status=dict(mlps_level3="claimed", commitments_in_contract="unknown", free_maintenance_months="stated",
                         support_7x24="stated", sm4_encryption="stated", licensed_credit_bureau="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["unconfirmed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w",
                   "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                   "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor=RIGUANG, gate="fail", price=168000,
             why="row 9: '16.8万元' 含税 = 168,000 (below the band, above 15万: no price flag); '目前为等保二级，三级测评计划于2026年启动' = level 2 held, level 3 only planned: a stated no, the gate fails; modules complete (审批管理 = approval); 'AES加密' (no SM4); HTTPS; 权限管理; 日志3个月; '暂未对接征信机构' (no bureau); '部分核心模块（风控引擎）以加密形式提供' = partial; '售后服务以我司《服务承诺书》为准，不写入合同' = not in the contract; '免费维护6个月，仅修复bug' = 6 months, no upgrades; '工作日9:00-18:00技术支持，次日响应' = no 7×24, over 2 h; '政策调整按次收费' = charged; '不提供终身技术咨询'; '期满后按次收费' (no yearly fee: not asserted).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=False, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", audit_log_months="stated", free_maintenance_months="stated",
                         support_7x24="stated", lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["no_mlps_level3", "no_sm4", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_partial"],
             flex=["price_below_10w", "price_missing", "price_below_15w", "price_over_budget", "no_tls",
                   "no_access_control", "missing_must_have", "bloat_features", "source_licence_only"]),
    ]
    write_toml(S3_NAME.replace(".xlsx", ".toml"), comment, "consumer_installment", [S3_NAME], XIANFENG_HL,
               "仙峰 proves every gate with its own system's filing (备案证明编号22240643012-25007, 定级对象 仙峰分期业务管理系统), SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs and 人行 + 百行, has every consumer-instalment must-have, delivers the full unencrypted source free to move, and gives 12 months from 终验 with upgrades, 7×24 within 30 minutes, free policy adaptation, lifetime consulting, 10% (24,600) a year after, all written into the contract — at 246,000 含税. 百草沟 (218,000) cites a filing that is its cloud provider's, not its system's (unverified), and left the contract question blank (unknown, not yes); 二道白河 is 22.5万 不含税 = 254,250 and locks the source to its authorised server; 日光山 holds only 等保二级 (fail); 法特 withdrew.",
               vendors)


if __name__ == "__main__":
    build_zzs01()
    build_zzs02()
    build_zzs03()
