"""Build the "zzzd" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is THE QUOTE AFTER THE FIRST RANKING, AS IT TRAVELS IN A COMPANY — the first
comparison is done, and other people and other papers now stand beside the vendors' words: a risk department's calls to the
vendors' reference customers, a tender agent's record of the questions, answers and final offers, the vendors' own change
orders from the negotiation. Each file keeps the first comparison, and each adds words that are NOT the vendor's written
commitment but sit in the vendor's row, under the vendor's name:

zzzd_01 — an .xlsx (personal credit): the purchasing department's 初评汇总 (a transposed comparison of the four written quotes,
  with its own 初评得分 / 初评排名 / 初评意见 rows) and, on a second sheet, the risk department's 客户回访记录 — one row per point
  of each call to a reference customer the vendor named (供应商名称 | 参考客户 | 受访人及职务 | 回访日期 | 回访方式 | 回访项目 |
  客户反馈（原话记录） | 回访人意见), a long table whose 回访项目 are field names (等保资质, 售后响应, 免费维护期…), and a 回访小结.
  CARELESS TOP PICK: 康定跑马山数科有限公司 — its quote is the cheapest inside the band (19.6万 含税) with the best after-sales
  (18 months with upgrades, 1 hour, 1.8万 a year), and its reference customer says "去年8月就过了等保三级，备案证明…编号
  51342643011-24007": a reader who joins the 回访 sheet to the quote by the vendor's name gets a stated level 3, and the risk
  department's own 小结 says keep it first. CAREFUL TOP PICK: 稻城亚丁信息技术有限公司 — what a customer says is the customer's
  word (hearsay, never the vendor's term), and the filing it quotes is the customer's own deployment ("a client's filing is a
  claim for the system offered"); 跑马山's own words are "系统按照等保三级要求设计开发，可协助客户完成等保测评及备案" — a claim, the
  gate UNVERIFIED (its project manager even says at the visit that its own level 3 is still being assessed). 亚丁 proves every
  gate (备案证明编号51333743008-24011) at 238,000 含税 with every term good; the customer who grumbles about its response and
  its 6-month maintenance speaks of the customer's own contract, not of this quote.
zzzd_02 — a CSV in GBK (merchant loans): a tender agent's 澄清、答疑及最后报价汇总 for a 竞争性磋商, two sections on one sheet:
  一、响应文件摘要 (one row per bidder: 首次报价, 计税方式, modules, 等保, security, 售后服务承诺, 源码, the panel's 首轮评审排序) and
  二、澄清、答疑及最后报价 (序号 | 环节 | 供应商 | 提出方 | 问题/澄清事项（原文） | 答复方 | 答复内容（原文） | 答复日期 | 代理机构备注) in
  which 答疑 rows are a bidder's question about the tender and THE BUYER's answer, 澄清 rows the panel's question and the BIDDER's
  written answer, and 最后报价 rows each bidder's sealed final offer; one bidder withdraws in writing instead of a final offer.
  CARELESS TOP PICK: 博湖博斯腾数科有限公司 — its final offer is the lowest in the band (266,000 含税), its after-sales the best
  (24 months, 1 hour, 2万 a year), and the answer in its 答疑 row reads "本项目所投系统须已取得网络安全等级保护第三级备案证明并在
  响应文件中载明备案证明编号…": read as the bidder's answer (the way a clarification register is read), its bare "满足磋商文件等保三级
  要求" becomes a filing. CAREFUL TOP PICK: 焉耆七个星信息技术有限公司 — the 答疑 answer is the buyer's (答复方: 采购人) and states
  the buyer's requirement, never 博斯腾's filing; 博斯腾's own words are a bare "满足" and, in its own question, "我司系统三级测评
  目前正在进行中…预计2026年1月取得备案证明": claimed / in progress, UNVERIFIED. 七个星 proves every gate (65282643012-24009) and
  its final offer is 298,000 含税; 尉犁罗布人 passes at 323,300 (305,000 + its stated 6 %) but its own 澄清 answer makes the source
  partial and it is worse on every count.
zzzd_03 — an .xlsx (consumer instalments): the purchasing department's 首轮报价对比 (transposed, with its 首轮排名) and behind it one
  sheet per vendor holding the vendor's own 报价变更单 from the negotiation (each in its own columns: 变更编号 | 变更内容 | 变更前 |
  变更后 | 是否已书面确认 …, a footnote in the vendor's words on what an unconfirmed line means, the seal line).
  CARELESS TOP PICK: 泽普金湖杨数科有限公司 — read by its 变更后 column it puts 订单跟踪 into this delivery free of charge, drops to
  "24.5w（含税）" and gives 24 months: every must-have, the cheapest, the best terms. CAREFUL TOP PICK: 叶城锡提亚信息技术有限公司 —
  金湖杨's three changes are marked 否 (oral, pending its own approval), and its footnote says such lines are "仅为双方洽谈记录，
  不构成我司报价的变更": its written quote stands — "订单跟踪模块列入二期开发，本期不含", a must-have missing, the gate FAILS, at
  26.9万. 锡提亚's confirmed changes (是) make it 25.6万 含税 with 18 months (its unconfirmed 1-hour response is not read: 2 hours),
  every gate proved; 巴楚唐王城's confirmed changes make it 28.8万 含税 but cut its free maintenance to 6 months, worse on every
  count; 麦盖提刀郎 is 9.6w (under 10万).

Where domain.md and docs/analyst-reading.md do not settle a reading, the .toml says so and asserts nothing on it; every gate
and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzzd_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzzd.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
REPAY = ["repayment_management"]
AF = ["anti_fraud"]
ALL_BAD_AF = ALL_BAD + ["no_anti_fraud"]
GATE_PRICE = ["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
              "price_missing"]
# the flags a quote whose only fault is a claimed (or in-progress) 等保 must not carry (no_mlps_level3 left out: whether the
# red flag rides beside 'unverified' for a claim or a level in progress is not what these cases measure)
CLEAN_BUT_GATE = ["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                  "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                  "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                  "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                  "source_licence_only", "conditional"]


def _vals(*drop, **over):
    """The all-good values with some changed; `drop` leaves a field out (not asserted)."""
    v = dict(ALL_GOOD)
    v.update(over)
    return {k: x for k, x in v.items() if k not in drop}


def _st(**over):
    """Every scored field stated, with some changed; None leaves a field's standing unasserted."""
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return {k: x for k, x in s.items() if x is not None}


# ---------------------------------------------------------------------------------------------
# zzzd_01  个人信用贷 — 采购部 初评汇总 + 风险管理部 客户回访记录 (reference calls)
# ---------------------------------------------------------------------------------------------
D1_NAME = "zzzd_01_pc_fengxian_kehu_huifang_jilu.xlsx"
PMS = "康定跑马山数科有限公司"
YD = "稻城亚丁信息技术有限公司"
ZKJ = "马尔康卓克基软件有限公司"
HLG = "会理古城网络科技有限公司"
REF_HD = "会东鲁南山小额贷款有限公司"
REF_NN = "宁南白鹤滩小额贷款有限公司"
REF_YY = "盐源泸沽湖小额贷款有限公司"
REF_DC = "德昌安宁河小额贷款有限公司"
REF_MN = "冕宁灵山小额贷款有限公司"

D1_ROWS = [
    ("报价", "19.6万元（含税）", "238,000元（含13%增值税）", "24.6万元（不含税，增值税13%另计）", "12.8万元（含税）"),
    ("功能模块",
     "个人征信查询、风控模型（评分卡+规则引擎）、反欺诈、还款管理（还款计划、还款提醒）、风控审批流、用户管理",
     "征信对接（人行二代征信、百行征信）、智能风控模型、反欺诈模型、还款计划与提醒、风控审批、用户管理",
     "个人征信、风控模型、还款管理、风控审批、用户管理",
     "个人征信查询、还款管理、风控审批、用户管理；风控模型列入二期开发，届时另行报价"),
    ("等保三级",
     "系统按照等保三级要求设计开发，可协助客户完成等保测评及备案",
     "已取得，备案证明编号51333743008-24011（2024年5月取得），定级对象：亚丁个人信贷业务管理系统",
     "已取得等保三级，备案证明编号51320143005-23017",
     "二级（已备案），三级暂无计划"),
    ("数据加密", "身份证号、手机号、银行卡号SM4加密存储", "SM4（身份证号、手机号）", "国密SM4加密敏感字段", "AES加密"),
    ("传输加密", "全站HTTPS（TLS1.2）", "HTTPS", "HTTPS", "HTTPS"),
    ("权限管理", "RBAC角色权限", "按岗位角色授权（RBAC）", "角色权限管理", "后台一个管理员账号"),
    ("日志保存期", "12个月", "12个月，异常操作可追溯", "6个月", "3个月"),
    ("征信接口", "人行征信中心、百行征信", "人行征信中心、百行征信", "百行征信", "支持对接征信"),
    ("免费维护期", "18个月", "12个月", "12个月", "终身免费维护"),
    ("维护范围", "bug修复及小版本升级", "bug修复及小版本升级", "仅bug修复，版本升级另计", "仅修复系统bug"),
    ("政策适配", "监管政策调整免费适配", "免费", "一般政策调整免费，重大政策调整另行报价", "另收费"),
    ("技术支持", "7×24小时", "7×24小时", "7×24小时", "工作日9:00-18:00"),
    ("响应时间", "1小时内", "2小时内，指定专属工程师", "4小时内", "次日"),
    ("终身技术咨询", "提供", "提供", "提供", "不提供"),
    ("维保期满后年费", "1.8万元/年", "2.4万元/年", "3.2万元/年", "0.8万元/年"),
    ("写入合同", "是", "是，以上承诺全部写入合同", "是", "否"),
    ("源码交付", "完整源码，可二次开发", "完整源码，无加密，可二次开发", "完整源码", "授权使用，绑定域名"),
    ("参考客户（供应商提供）", f"{REF_HD}、{REF_NN}", REF_YY, REF_DC, REF_MN),
    ("初评得分（采购部，百分制）", 93, 88, 76, 42),
    ("初评排名（采购部）", 1, 2, 3, 4),
    ("采购部初评意见", "价格最低，售后条件最好；等保待风险管理部回访核实", "各项齐全，价格居中", "超预算，未报反欺诈模块",
     "价格过低，等保二级，风控模型未含"),
]

# (vendor, reference customer, person, date, way, item, the customer's words, the caller's remark)
D1_CALLS = [
    (PMS, REF_HD, "李建华（科技部经理）", "2025-11-24", "电话", "等保资质",
     "“跑马山给我们上的信贷系统去年8月就过了等保三级，备案证明在我们这儿，编号51342643011-24007。”", "客户确认系统已过三级"),
    (PMS, REF_HD, "李建华（科技部经理）", "2025-11-24", "电话", "售后响应",
     "“他们是7×24小时的，半夜两点打电话都有人接，一般半小时内就有工程师远程处理。”", "售后口碑好"),
    (PMS, REF_HD, "李建华（科技部经理）", "2025-11-24", "电话", "免费维护期",
     "“免费维护给了我们两年，小版本升级也没收钱。”", None),
    (PMS, REF_NN, "周敏（总经理助理）", "2025-11-26", "实地走访（供应商陪同）", "等保资质",
     "“等保是我们自己请测评机构做的，跑马山配合整改，测评费是我们出的。”同场跑马山项目经理杨磊补充：“我们公司自己产品的三级还在测评，"
     "明年一季度能拿到备案证明。”", "系统等保由客户自行办理"),
    (PMS, REF_NN, "周敏（总经理助理）", "2025-11-26", "实地走访（供应商陪同）", "系统功能",
     "“征信查询、评分卡、反欺诈都在用，逾期提醒很好用。”", None),
    (YD, REF_YY, "王海燕（信息科科长）", "2025-11-25", "电话", "售后响应",
     "“亚丁响应不算快，有一次等了快一个下午才有人回。”", "响应偏慢，需关注"),
    (YD, REF_YY, "王海燕（信息科科长）", "2025-11-25", "电话", "免费维护期",
     "“我们当时签的免费维护只有6个月，后来每年交年费。”", "维护期短于其报价"),
    (YD, REF_YY, "王海燕（信息科科长）", "2025-11-25", "电话", "等保资质",
     "“他们的备案证明我们没见过，我们自己的系统是二级。”", None),
    (ZKJ, REF_DC, "赵刚（副总经理）", "2025-11-26", "电话", "系统功能",
     "“系统稳定。反欺诈模块是我们后来单独找他们加的，另收了4万。”", None),
    (ZKJ, REF_DC, "赵刚（副总经理）", "2025-11-26", "电话", "日志保存",
     "“操作日志我们这边保存一年以上，没问题。”", None),
    (HLG, REF_MN, "孙立（科技负责人）", "2025-11-27", "电话", "等保资质",
     "“会理古城去年帮我们把系统升到了等保三级。”", None),
    (HLG, REF_MN, "孙立（科技负责人）", "2025-11-27", "电话", "售后响应",
     "“找他们一般要等到第二天。”", "响应慢"),
]


def build_zzzd01():
    wb = Workbook()
    ws = wb.active
    ws.title = "初评汇总"
    put_row(ws, 1, ["个人信用贷系统源码采购　供应商报价初评汇总表"], font=TITLE, border=False, align=CENTER)
    ws.merge_cells("A1:E1")
    put_row(ws, 2, ["编制：采购部 罗晓琴　　日期：2025-11-21　　说明：各项均摘自供应商书面报价函原文；“初评得分”“初评排名”“初评意见”为采购部"
                    "初评结果，待风险管理部客户回访后一并提交总经理办公会。"], border=False)
    ws.merge_cells("A2:E2")
    ws.row_dimensions[2].height = 32
    put_row(ws, 3, ["比较项目", PMS, YD, ZKJ, HLG], font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(D1_ROWS, start=4):
        fill = YELLOW if row[0].startswith(("初评", "采购部")) else None
        put_row(ws, i, list(row), fill=fill)
        ws.row_dimensions[i].height = 48 if any(isinstance(x, str) and len(x) > 24 for x in row[1:]) else 20
    widths(ws, [24, 34, 34, 34, 34])
    ws.freeze_panes = "B4"

    ws2 = wb.create_sheet("客户回访记录")
    put_row(ws2, 1, ["供应商参考客户回访记录表"], font=TITLE, border=False, align=CENTER)
    ws2.merge_cells("A1:I1")
    put_row(ws2, 2, ["回访部门：风险管理部　　回访人：吉克曲布　　回访期间：2025-11-24 至 2025-11-27"], border=False)
    ws2.merge_cells("A2:I2")
    put_row(ws2, 3, ["说明：回访对象为供应商报价函中提供的参考客户（同业小贷公司）；“客户反馈”栏按对方原话记录，未经供应商书面确认，仅作评审参考。"],
            border=False)
    ws2.merge_cells("A3:I3")
    put_row(ws2, 4, ["序号", "供应商名称", "参考客户", "受访人及职务", "回访日期", "回访方式", "回访项目", "客户反馈（原话记录）",
                     "回访人意见"], font=BOLD, fill=GREY, align=CENTER)
    r = 5
    for n, (vendor, ref, who, day, way, item, words, remark) in enumerate(D1_CALLS, start=1):
        put_row(ws2, r, [n, vendor, ref, who, day, way, item, words, remark or ""])
        ws2.row_dimensions[r].height = 60 if len(words) > 60 else 34
        r += 1
    put_row(ws2, r + 1, ["回访小结（风险管理部）：跑马山两家参考客户评价最好，等保、售后均获客户认可，建议维持初评排名第一；亚丁有客户反映响应偏慢、"
                         "维护期短，建议谈判时落实；卓克基、古城无异议。　　风险管理部 吉克曲布　2025-11-28"], border=False)
    ws2.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=9)
    ws2.row_dimensions[r + 1].height = 34
    widths(ws2, [6, 26, 26, 18, 12, 14, 12, 60, 20])
    _save(wb, D1_NAME)

    comment = """Voice: 西昌邛海小额贷款有限公司 (凉山州西昌, personal credit loans to salaried workers and farmers, no cross-border business; the
  type's band is 18–25万). Its purchasing clerk 罗晓琴 made the first comparison of four written quotes and ranked them; before the
  general manager's meeting the risk department (吉克曲布) called the reference customers each vendor had named and added its notes
  to the same workbook.
Layout: .xlsx, two sheets. 初评汇总: title row 1, her 说明 row 2 ("各项均摘自供应商书面报价函原文；“初评得分”“初评排名”“初评意见”为采购部初评
  结果"), header row 3 比较项目 | the four vendors' full names, then one row per item (报价, 功能模块, 等保三级, 数据加密, 传输加密, 权限管理,
  日志保存期, 征信接口, 免费维护期, 维护范围, 政策适配, 技术支持, 响应时间, 终身技术咨询, 维保期满后年费, 写入合同, 源码交付, 参考客户（供应商
  提供）) and her three rows 初评得分 / 初评排名 / 采购部初评意见 (yellow). 客户回访记录: title, a 回访部门 line, a 说明 line ("“客户反馈”栏按
  对方原话记录，未经供应商书面确认"), header 序号 | 供应商名称 | 参考客户 | 受访人及职务 | 回访日期 | 回访方式 | 回访项目 | 客户反馈（原话记录） |
  回访人意见, twelve rows (the vendors' full names repeated, 回访项目 such as 等保资质, 售后响应, 免费维护期, 系统功能, 日志保存), then the
  risk department's 回访小结 line.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: the quotes are the four columns of 初评汇总, each the vendor's written words; 初评得分, 初评排名 and 初评意见 are the buyer's (no
  term, no reason to rank), and 参考客户 is only who the vendor named. The 回访 sheet is no quote and adds no term to any quote: every
  客户反馈 is what ANOTHER lender said (analyst-reading: in a log of who said what "a row is the vendor's word only when its own person
  said it… what a rival's salesman said… is listed (skip.hearsay), never its term"; "the buyer's own column… their figures and hearsay
  are no vendor's terms"; "a client's [filing]… is a claim for the system offered; the gate waits for that system's own filing";
  section 10: reference customers are the evaluation team's judgement, never a quote's fact). The 回访人意见 and the 小结 are the
  buyer's. The one line spoken by a vendor's own person (跑马山's project manager at the visit) is said, not written, and says its
  level 3 is still being assessed — in progress, a claim that never goes over the written word. Four quotes, no more (the reference
  customers are no vendors).
Traps: the decisive one is 跑马山's 等保. Its own cell is "系统按照等保三级要求设计开发，可协助客户完成等保测评及备案" (按等保三级设计 +
  等保测评协助: claimed, UNVERIFIED). Its reference customer 会东鲁南山 says "去年8月就过了等保三级，备案证明在我们这儿，编号
  51342643011-24007", under a 回访项目 "等保资质", and the risk department's 小结 says keep it first: joined by name, 跑马山 becomes a
  stated level 3 and, at 19.6万 含税 inside 18–25万 with every personal-credit must-have and anti-fraud, SM4, TLS1.2, RBAC, 12-month logs,
  人行 + 百行, 18 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 1.8万 a year, in the
  contract and full source, the careless top pick (the purchasing clerk ranked it first too). The careful pick is 稻城亚丁: 238,000
  含税 ("238,000元（含13%增值税）") inside the band, "已取得，备案证明编号51333743008-24011（2024年5月取得），定级对象：亚丁个人信贷业务管理系统",
  SM4 on 身份证号/手机号, HTTPS, RBAC, 12-month logs with tracing, 人行 + 百行, every must-have and anti-fraud, 12 months with minor
  upgrades, free policy adaptation, 7×24 within 2 hours with a named engineer, lifetime consulting, 2.4万 a year, all in the contract,
  full unencrypted source. Its reference's grumbles ("等了快一个下午", "签的免费维护只有6个月") are about that customer's own contract:
  hearsay, no term. 马尔康卓克基 passes (filing number given) but is worse on every count: 24.6万 不含税 × 1.13 = 277,980, over 25万;
  no anti-fraud in its list (its reference says one was "另收了4万" — hearsay, no option of this quote); 6-month logs; 百行 only;
  "仅bug修复，版本升级另计"; major policy changes "另行报价"; 4 hours. 会理古城 fails: "二级（已备案），三级暂无计划" (a stated no, whatever
  its reference says about upgrading the customer to level 3) and "风控模型列入二期开发，届时另行报价" (missing); 12.8万 含税 (under 15万),
  AES, "后台一个管理员账号" (no access control), 3-month logs, "支持对接征信" (claimed), "终身免费维护" (a boast: 12 months, claimed) with
  bug fixes only, policy "另收费", office hours, next day, no consulting, not in the contract, "授权使用，绑定域名" (licence only).
Not settled and not asserted: the VALUE of 跑马山's 等保 (a design claim recorded true-as-claimed, or in progress recorded false if its
  project manager's spoken line is taken as its word; claimed and unverified either way) and whether no_mlps_level3 rides beside it;
  卓克基's yearly fee (3.2万 beside a price quoted before tax: with or without VAT) and the standing of its "仅bug修复，版本升级另计"
  (false either way); the standing of 古城's "仅修复系统bug" and "另收费" (false either way) and whether its claimed lifetime
  maintenance (12 months) raises maintenance_under_12m; how the 回访 rows are reported as left out. None moves a gate or the pick."""
    vendors = [
        dict(vendor=YD, gate="pass", price=238000,
             why="初评汇总 column 稻城亚丁: '238,000元（含13%增值税）' = 238,000 inside 18–25万; '已取得，备案证明编号51333743008-24011（2024年5月取得），定级对象：亚丁个人信贷业务管理系统'; 'SM4（身份证号、手机号）'; HTTPS; '按岗位角色授权（RBAC）'; '12个月，异常操作可追溯'; 人行征信中心、百行征信; 征信对接、智能风控模型、反欺诈模型、还款计划与提醒、风控审批、用户管理; 12个月; bug修复及小版本升级; 政策 免费; 7×24; '2小时内，指定专属工程师'; 终身咨询; '2.4万元/年'; '以上承诺全部写入合同'; '完整源码，无加密，可二次开发'. The 回访 sheet's '等了快一个下午' and '免费维护只有6个月' are its customer's words about its own contract: hearsay, no term.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT, flex=ALL_BAD_AF),
        dict(vendor=ZKJ, gate="pass", price=277980,
             why="初评汇总 column 马尔康卓克基: '24.6万元（不含税，增值税13%另计）' = 246,000 × 1.13 = 277,980, over 25万 (price_over_budget); '已取得等保三级，备案证明编号51320143005-23017'; '国密SM4加密敏感字段'; HTTPS; 角色权限管理; 日志6个月 (not under 6); 百行征信; modules 个人征信、风控模型、还款管理、风控审批、用户管理 — no anti-fraud (its reference's '反欺诈模块…另收了4万' is hearsay, no option of this quote); 12个月; '仅bug修复，版本升级另计'; '一般政策调整免费，重大政策调整另行报价' (conditional); 7×24; 4小时内; 终身咨询; 写入合同; 完整源码. Worse than 亚丁 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=PC + CORE, fex=AF + BLOAT,
             flin=["price_over_budget", "maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h",
                   "conditional", "no_anti_fraud"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_missing", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "no_7x24", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                   "source_partial", "source_licence_only", "claimed"]),
        dict(vendor=PMS, gate="unverified", price=196000,
             why="初评汇总 column 康定跑马山: '19.6万元（含税）' = 196,000 inside 18–25万. 等保: '系统按照等保三级要求设计开发，可协助客户完成等保测评及备案' — designed to the standard and help with the assessment: claimed, UNVERIFIED. The 回访 sheet's '去年8月就过了等保三级…编号51342643011-24007' is its reference customer's word about the customer's own system (hearsay; a client's filing is no filing of the system offered), and its project manager's spoken '三级还在测评' is in progress at most. Otherwise stated and good: 个人征信查询、风控模型、反欺诈、还款管理、风控审批流、用户管理; SM4 on 身份证号/手机号/银行卡号; TLS1.2; RBAC; 12个月 logs; 人行 + 百行; 18个月 with minor upgrades (not the customer's 'two years'); 政策 免费; 7×24; 1小时内; 终身咨询; '1.8万元/年'; 写入合同; 完整源码.",
             values=_vals("mlps_level3", free_maintenance_months=18, response_hours=1,
                          annual_fee_after_warranty_cny=18000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT,
             flin=["claimed"], flex=CLEAN_BUT_GATE + ["no_anti_fraud"]),
        dict(vendor=HLG, gate="fail", price=128000,
             why="初评汇总 column 会理古城: '二级（已备案），三级暂无计划' = a stated no: FAIL (its reference's '帮我们把系统升到了等保三级' is hearsay about the customer's system). '个人征信查询、还款管理、风控审批、用户管理；风控模型列入二期开发，届时另行报价' — the risk model is not in this delivery: missing, FAIL; no anti-fraud. '12.8万元（含税）' = 128,000 (under 15万). AES (no SM4); HTTPS; '后台一个管理员账号' (no access control); 3个月 logs; '支持对接征信' (claimed); '终身免费维护' (12 months, claimed) with '仅修复系统bug'; policy '另收费'; '工作日9:00-18:00' (no 7×24); '次日' (24 h); '不提供' consulting; '否' contract; '0.8万元/年'; '授权使用，绑定域名' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=False, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=8000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="claimed",
                         support_7x24="stated", response_hours="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=["personal_credit_report", "repayment_management", "risk_approval", "user_management"],
             fex=["risk_model", "anti_fraud"] + BLOAT,
             flin=["no_mlps_level3", "missing_must_have", "price_below_15w", "no_sm4", "no_access_control",
                   "audit_log_under_6m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_licence_only", "claimed",
                   "no_anti_fraud"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "no_tls", "bloat_features",
                   "source_partial"]),
    ]
    write_toml(D1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [D1_NAME], YD,
               "稻城亚丁's written quote proves every gate (备案证明编号51333743008-24011 for its 个人信贷业务管理系统, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行), lists every personal-credit must-have and anti-fraud, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full source, at 238,000 含税 inside 18–25万. 康定跑马山 (196,000, first in the clerk's ranking) only claims level 3 ('按照等保三级要求设计开发，可协助客户完成等保测评') — the filing number on the 回访 sheet is its reference customer's own, told on the phone: hearsay, unverified. 马尔康卓克基 passes at 277,980 (over the band) and is worse on every count; 会理古城 is 等保二级 with the risk model put off to phase two (fail).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzd_02  商户经营贷 — 招标代理 澄清、答疑及最后报价汇总 (竞争性磋商), CSV in GBK
# ---------------------------------------------------------------------------------------------
D2_NAME = "zzzd_02_ml_zhaobiao_daili_chengqing_dayi_huizong_gbk.csv"
QGX = "焉耆七个星信息技术有限公司"
BST = "博湖博斯腾数科有限公司"
LBR = "尉犁罗布人软件有限公司"
LL = "若羌楼兰数据服务有限公司"
TLM = "轮台塔里木网络科技有限公司"
BUYER2 = "和静开都河小额贷款有限公司"
D2_BUYER = f"采购人（{BUYER2}）"
PANEL = "磋商小组"

D2_HEAD1 = ["序号", "供应商名称", "首次报价", "计税方式", "响应功能模块", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存期",
            "征信接口", "售后服务承诺", "源码交付", "首轮评审排序（磋商小组）"]
D2_BIDS = [
    [1, QGX, "31.8万元", "含税（13%增值税专用发票）", "企业征信、银行流水分析、电子合同、风控审批、还款管理（还款计划、逾期提醒）、用户管理",
     "已取得，备案证明编号65282643012-24009（2024年9月取得），定级对象：七个星经营贷业务管理系统",
     "SM4（法人身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC角色权限", "12个月（异常操作可追溯）", "人行征信中心、百行征信",
     "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应，指定专属工程师；终身技术咨询；"
     "维保期满后年服务费2.8万元；以上承诺全部写入合同", "完整源码，无加密，可二次开发", 2],
    [2, BST, "27.5万元", "含税（13%增值税专用发票）", "企业征信查询、银行流水分析、电子合同（在线签约）、风控审批、还款管理、用户管理",
     "满足磋商文件等保三级要求", "SM4（法人身份证号、手机号、对公账号）", "HTTPS（TLS1.2）", "RBAC", "12个月", "人行征信中心、百行征信",
     "免费维护24个月，含bug修复及小版本升级；政策适配免费；7×24小时，1小时内响应；终身技术咨询；维保期满后2万元/年；以上写入合同",
     "完整源码，可二次开发", 1],
    [3, LBR, "32.6万元", "不含税（增值税6%另计）", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "已取得等保三级（备案证明编号65282343004-23015）", "SM4（身份证号、手机号）", "HTTPS", "角色权限管理", "6个月", "百行征信",
     "免费维护12个月（仅缺陷修复，版本升级另计）；一般政策调整免费，重大政策调整另行报价；7×24小时，4小时内响应；终身技术咨询；"
     "维保期满后3.5万元/年；写入合同", "提供完整源码", 3],
    [4, LL, "29.9万元", "含税", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "已取得（备案证明编号65282443001-24005）", "SM4", "HTTPS", "角色权限", "6个月", "百行征信",
     "免费维护12个月，仅缺陷修复；重大政策调整另行报价；7×24小时，4小时内响应；维保期满后年费面议", "完整源码", 4],
    [5, TLM, "15.6万元", "含税", "企业征信、银行流水分析、风控审批、还款管理、用户管理；电子合同列入二期开发",
     "二级（已备案）", "AES", "HTTPS", "角色权限", "3个月", "支持对接征信机构",
     "免费维护6个月，仅修复bug；政策调整另行收费；工作日9:00-18:00技术支持，次日响应；维保期满后1万元/年", "授权使用，绑定服务器", 5],
]
D2_HEAD2 = ["序号", "环节", "供应商", "提出方", "问题/澄清事项（原文）", "答复方", "答复内容（原文）", "答复日期", "代理机构备注"]
NOTICE = "已以第1号澄清公告发给全部潜在供应商（公告隐去提问单位）"
FINAL_Q = "请于2025年11月20日17:00前书面提交最后报价（加盖公章）"
D2_QA = [
    [1, "答疑", BST, BST,
     "贵方要求所投系统已取得等保三级备案证明。我司系统三级测评目前正在进行中，测评机构已出具受理回执，预计2026年1月取得备案证明。请问能否参加"
     "本次磋商？", D2_BUYER,
     "可以参加。本项目所投系统须已取得网络安全等级保护第三级备案证明并在响应文件中载明备案证明编号；成交供应商须在合同签订前提交备案证明原件"
     "核验，未能提交的取消成交资格，采购人可确定排名第二的供应商为成交供应商。", "2025-11-07", NOTICE],
    [2, "答疑", LBR, LBR, "免费维护期是否可自系统上线之日起算？维护期内是否须包含版本升级？", D2_BUYER,
     "免费维护期自终验合格之日起算，不少于12个月，期内须含缺陷修复及小版本升级；监管政策调整须免费适配；技术支持须7×24小时，2小时内响应；"
     "上述承诺须写入合同。", "2025-11-07", NOTICE],
    [3, "答疑", TLM, TLM, "电子合同模块能否放在二期交付？", D2_BUYER,
     "不可以。电子合同为本项目必备功能，须包含在本次报价及交付范围内。", "2025-11-07", NOTICE],
    [4, "答疑", LL, LL, "付款方式能否调整为合同签订后预付50%？", D2_BUYER, "不可以，按磋商文件第二章付款条件执行。", "2025-11-07",
     NOTICE],
    [5, "澄清", QGX, PANEL, "响应文件“7×24小时技术支持”是否含夜间及法定节假日人工值守？", QGX,
     "含。7×24小时人工值守（含夜间及法定节假日），2小时内响应，指定专属工程师。", "2025-11-18", "书面澄清函，已加盖公章"],
    [6, "澄清", LBR, PANEL, "响应文件写“提供完整源码”，风控决策引擎是否加密或以SDK形式提供？", LBR,
     "风控决策引擎以加密SDK形式提供，其余模块交付完整源码。", "2025-11-18", "书面澄清函，已加盖公章"],
    [7, "最后报价", QGX, PANEL, FINAL_Q, QGX, "最后报价：29.8万元（含税，13%增值税专用发票），其余响应内容不变。", "2025-11-20",
     "密封递交，已加盖公章"],
    [8, "最后报价", BST, PANEL, FINAL_Q, BST, "最后报价：人民币贰拾陆万陆仟元整（￥266,000.00，含税），其余响应内容不变。", "2025-11-20",
     "密封递交，已加盖公章"],
    [9, "最后报价", LBR, PANEL, FINAL_Q, LBR, "最后报价：人民币叁拾万零伍仟元整（￥305,000.00），不含税，增值税税率6%另计。", "2025-11-20",
     "密封递交，已加盖公章"],
    [10, "最后报价", TLM, PANEL, FINAL_Q, TLM, "最后报价：13.8万元（含税）。", "2025-11-20", "密封递交，已加盖公章"],
    [11, "最后报价", LL, PANEL, FINAL_Q, LL, "我司经研究决定退出本项目磋商，不提交最后报价，原响应文件作废。", "2025-11-20",
     "书面退出函，已加盖公章"],
]


def build_zzzd02():
    width = len(D2_HEAD1)
    rows = [
        ["巴音郭楞众信工程招标代理有限公司"],
        [f"项目名称：{BUYER2}商户经营贷系统源码采购项目　项目编号：BYZX-2025-CS-047　采购方式：竞争性磋商"],
        ["一、响应文件摘要（首次响应，按响应文件原文摘录）"],
        D2_HEAD1,
        *D2_BIDS,
        [],
        ["二、澄清、答疑及最后报价汇总"],
        ["说明：“答疑”为潜在供应商对磋商文件的提问及采购人的答复（已以澄清公告形式发给全部潜在供应商）；“澄清”为磋商小组要求供应商对响应文件作出"
         "的书面澄清及供应商的书面答复；“最后报价”为供应商书面提交、加盖公章的最后报价。"],
        D2_HEAD2,
        *D2_QA,
        [],
        ["代理机构：巴音郭楞众信工程招标代理有限公司　　项目经办人：马晓龙　　汇总日期：2025-11-21"],
    ]
    rows = [[("" if x is None else x) for x in r] + [""] * (width - len(r)) for r in rows]
    write_csv(D2_NAME, rows, "gbk")

    comment = """Voice: 和静开都河小额贷款有限公司 (巴音郭楞州和静, merchant operating loans to herders' cooperatives and the shops and guesthouses
  of 巴音布鲁克, no cross-border business; the type's band is 25–35万). Its 竞争性磋商 was run by a tender agent, 巴音郭楞众信工程招标代理,
  whose clerk 马晓龙 compiled the bids' summary and the whole record of questions, clarifications and final offers into one sheet
  and sent it to the buyer as CSV from the agency's system (GBK, CRLF, every line padded to fourteen fields).
Layout: CSV in GBK. Line 1 the agency's name, line 2 the project line, line 3 "一、响应文件摘要（首次响应，按响应文件原文摘录）", line 4
  the header 序号 | 供应商名称 | 首次报价 | 计税方式 | 响应功能模块 | 等保三级 | 数据加密 | 传输加密 | 权限管理 | 日志保存期 | 征信接口 | 售后服务承诺 |
  源码交付 | 首轮评审排序（磋商小组）, five bidders; an empty line; "二、澄清、答疑及最后报价汇总", its 说明 line ("“答疑”为潜在供应商对磋商
  文件的提问及采购人的答复…“澄清”为磋商小组要求供应商…作出的书面澄清及供应商的书面答复；“最后报价”为供应商书面提交、加盖公章的最后报价"),
  the header 序号 | 环节 | 供应商 | 提出方 | 问题/澄清事项（原文） | 答复方 | 答复内容（原文） | 答复日期 | 代理机构备注 and eleven rows: four
  答疑 (a bidder asks, 答复方 "采购人（和静开都河小额贷款有限公司）"), two 澄清 (磋商小组 asks, the bidder answers), five 最后报价 (one a
  written withdrawal); an empty line and the agency's sign-off line.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: each bidder's quote is its row of section 一 read with its own later written words in section 二 (analyst-reading, a
  tender's clarification register: "each answer is a cell of its bidder's quote… used over what the bid said"; "the register may
  sit below the bids on the same sheet"; a BAFO / 最终报价 is the price; "a latest written round that withdraws leaves no quote").
  Which words are the bidder's is said by 答复方: in a 澄清 or 最后报价 row the bidder answers; in an 答疑 row the BUYER answers a
  bidder's question about the tender, and that answer is the buyer's requirement, never the bidder's commitment ("the buyer's
  questions are never the bidder's words"; in a chat "what the buyer asked or required… is not the vendor's commitment"; "a
  技术评审 sheet's 招标文件要求 column is the buyer's requirement… never a vendor"). The 首轮评审排序 column, the 代理机构备注 and the
  sign-off are the agency's and the panel's. 若羌楼兰 withdrew in writing instead of a final offer: no quote. Four quotes.
Traps: the decisive one is 博斯腾's 等保. Its section-一 cell is a bare "满足磋商文件等保三级要求" (a claim: "满足等保要求"; "a bare
  '满足'… is a claim (unverified)"), and its own question in row 1 says "我司系统三级测评目前正在进行中…预计2026年1月取得备案证明" (in
  progress): UNVERIFIED either way. But row 1's answer, beside 博斯腾's name, reads "本项目所投系统须已取得网络安全等级保护第三级备案证明并在
  响应文件中载明备案证明编号…": a reader who takes every 答复内容 as the named bidder's later word (as a clarification register is
  read) gives 博斯腾 a filing, and then, with the lowest final offer in the band (266,000 含税), 24 months with minor upgrades, 7×24
  within 1 hour, 2万 a year and everything else stated and good, 博斯腾 is the careless top pick (the panel ranked it first after the
  first round too). The careful pick is 焉耆七个星: final offer "29.8万元（含税，13%增值税专用发票），其余响应内容不变" = 298,000 inside
  25–35万, "已取得，备案证明编号65282643012-24009（2024年9月取得），定级对象：七个星经营贷业务管理系统", SM4 on 法人身份证号/手机号/银行卡号,
  TLS1.2, RBAC, 12-month logs with tracing, 人行 + 百行, every merchant must-have, 12 months with minor upgrades, free policy
  adaptation, 7×24 within 2 hours with a named engineer (its own 澄清: "含夜间及法定节假日"), lifetime consulting, 2.8万 a year, all in
  the contract, full unencrypted source. 尉犁罗布人 passes but is worse on every count: its final offer "￥305,000.00，不含税，增值税税率
  6%另计" = 323,300 (its stated rate, not 13 %); its own 澄清 "风控决策引擎以加密SDK形式提供，其余模块交付完整源码" replaces "提供完整源码":
  partial source; 6-month logs; 百行 only; "仅缺陷修复，版本升级另计"; "重大政策调整另行报价" (conditional); 4 hours — and the buyer's
  answer to ITS question in row 2 ("不少于12个月，期内须含…小版本升级…7×24小时，2小时内响应") is the requirement, not its terms. 轮台塔里木
  fails: "二级（已备案）" and "电子合同列入二期开发" (missing — the buyer's "须包含在本次报价及交付范围内" in its row is no commitment of
  its); final 13.8万 含税 (under 15万); AES; 3-month logs; "支持对接征信机构" (claimed); 6 months bug fixes only; policy charged; office
  hours; next day; "授权使用，绑定服务器".
Not settled and not asserted: the VALUE of 博斯腾's 等保 (a bare "满足" recorded true-as-claimed, or in progress recorded false from its
  own question; claimed and unverified either way) and whether no_mlps_level3 rides beside it; 罗布人's yearly fee (3.5万 in a bid
  quoted before tax: with or without VAT) and the standing of its "仅缺陷修复，版本升级另计" (false either way); the standing of
  塔里木's "仅修复bug" and "另行收费" (false either way); 塔里木's consulting and contract (it says nothing: unknown); whether the
  replaced words and the buyer's answers are reported as warnings or left-out rows. None moves a gate or the pick."""
    vendors = [
        dict(vendor=QGX, gate="pass", price=298000,
             why="section 一 row 1 with section 二 rows 5 and 7: final offer '29.8万元（含税，13%增值税专用发票），其余响应内容不变' = 298,000 inside 25–35万 (over the first 31.8万); '已取得，备案证明编号65282643012-24009（2024年9月取得），定级对象：七个星经营贷业务管理系统'; SM4 (法人身份证号、手机号、银行卡号); HTTPS（TLS1.2）; RBAC; 12个月 logs with tracing; 人行 + 百行; 企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理; 免费维护12个月 含bug修复及小版本升级; 政策 免费适配; 7×24 (its 澄清: '含夜间及法定节假日'), 2小时内, 指定专属工程师; 终身技术咨询; 年服务费2.8万元; 全部写入合同; 完整源码 无加密.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor=LBR, gate="pass", price=323300,
             why="section 一 row 3 with section 二 rows 6 and 9: final offer '人民币叁拾万零伍仟元整（￥305,000.00），不含税，增值税税率6%另计' = 305,000 × 1.06 = 323,300 inside 25–35万; '已取得等保三级（备案证明编号65282343004-23015）'; SM4; HTTPS; 角色权限管理; 日志6个月 (not under 6); 百行征信; all six modules; 免费维护12个月 '仅缺陷修复，版本升级另计'; '一般政策调整免费，重大政策调整另行报价' (conditional); 7×24; 4小时内; 终身咨询; 写入合同. Its own written 澄清 '风控决策引擎以加密SDK形式提供，其余模块交付完整源码' replaces '提供完整源码': partial. The buyer's answer in row 2 ('不少于12个月，期内须含…小版本升级…2小时内响应') is the buyer's requirement, not its terms.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, source_code_delivery="partial"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional",
                   "source_partial"],
             flex=GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                "no_licensed_credit_bureau", "maintenance_under_12m", "no_7x24", "no_lifetime_consulting",
                                "not_in_contract", "bloat_features", "source_licence_only", "claimed"]),
        dict(vendor=BST, gate="unverified", price=266000,
             why="section 一 row 2 with section 二 rows 1 and 8: final offer '人民币贰拾陆万陆仟元整（￥266,000.00，含税），其余响应内容不变' = 266,000 inside 25–35万. 等保: '满足磋商文件等保三级要求' (a bare claim) and, in its own question, '三级测评目前正在进行中…预计2026年1月取得备案证明' (in progress): UNVERIFIED. The answer in row 1 ('本项目所投系统须已取得网络安全等级保护第三级备案证明…') is the BUYER's (答复方 采购人): its requirement, never 博斯腾's filing. Otherwise stated and good: 企业征信查询、银行流水分析、电子合同（在线签约）、风控审批、还款管理、用户管理; SM4; TLS1.2; RBAC; 12个月; 人行 + 百行; 免费维护24个月 含小版本升级; 政策 免费; 7×24; 1小时内; 终身咨询; 2万元/年; 写入合同; 完整源码.",
             values=_vals("mlps_level3", free_maintenance_months=24, response_hours=1,
                          annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["claimed"], flex=CLEAN_BUT_GATE),
        dict(vendor=TLM, gate="fail", price=138000,
             why="section 一 row 5 with section 二 row 10: final offer '13.8万元（含税）' = 138,000 (under 15万). '二级（已备案）' = FAIL. '企业征信、银行流水分析、风控审批、还款管理、用户管理；电子合同列入二期开发' — contract management is not in this delivery: missing, FAIL (the buyer's answer in row 3, '须包含在本次报价及交付范围内', is the buyer's, not its commitment). AES (no SM4); HTTPS; 角色权限; 日志3个月; '支持对接征信机构' (claimed); '免费维护6个月，仅修复bug'; '政策调整另行收费'; '工作日9:00-18:00' (no 7×24); '次日响应' (24 h); '1万元/年'; '授权使用，绑定服务器' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24,
                         annual_fee_after_warranty_cny=10000, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated"),
             fin=["enterprise_credit", "cashflow_analysis", "risk_approval", "repayment_management", "user_management"],
             fex=["contract_management"] + BLOAT,
             flin=["no_mlps_level3", "missing_must_have", "price_below_15w", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "source_licence_only", "claimed"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "no_tls", "no_access_control",
                   "bloat_features", "source_partial"]),
    ]
    write_toml(D2_NAME.replace(".csv", ".toml"), comment, "merchant_loan", [D2_NAME], QGX,
               "焉耆七个星's bid and its own later words prove every gate (备案证明编号65282643012-24009 for its 经营贷业务管理系统, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行), hold every merchant must-have and give 12 months with minor upgrades, free policy adaptation, 7×24 (nights and holidays, its 澄清) within 2 hours, lifetime consulting, all in the contract and full source, at a final offer of 298,000 含税 inside 25–35万. 博湖博斯腾 (266,000) only says '满足' and, in its own question, that its level-3 assessment is under way: the '须已取得…第三级备案证明' in its 答疑 row is the buyer's answer, not its filing — unverified. 尉犁罗布人 passes at 323,300 with partial source (its own 澄清) and is worse on every count; 轮台塔里木 is 等保二级 with 电子合同 put off (fail); 若羌楼兰 withdrew in writing.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzd_03  消费分期 — 首轮报价对比 + each vendor's own 报价变更单 (confirmed / not confirmed in writing)
# ---------------------------------------------------------------------------------------------
D3_NAME = "zzzd_03_ci_gongyingshang_baojia_biangengdan.xlsx"
JHY = "泽普金湖杨数科有限公司"
XTY = "叶城锡提亚信息技术有限公司"
TWC = "巴楚唐王城软件有限公司"
DL = "麦盖提刀郎网络科技有限公司"
BUYER3 = "莎车叶尔羌小额贷款有限公司"

D3_ROWS = [
    ("报价", "26.9万（含税）", "27.8万（含税）", "29.6万（不含税，税率13%）", "9.6w（含税）"),
    ("功能模块",
     "商品管理、分期计算器、风控审批、还款管理（还款计划及提醒）、用户管理；订单跟踪模块列入二期开发，本期不含",
     "商品管理、分期计算器（分期试算）、订单跟踪、风控审批流、还款管理、用户管理",
     "商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理",
     "商品管理、分期计算器、订单跟踪、还款管理、用户管理"),
    ("等保三级", "已取得，备案证明编号65312443006-24013（2024年取得）",
     "已取得等保三级，备案证明编号65312643010-24002，定级对象：锡提亚消费分期业务管理系统",
     "已取得（备案证明编号65313043002-23008）", "二级已备案，三级申请中"),
    ("数据加密", "SM4（身份证号、手机号、银行卡号）", "SM4加密存储（身份证号、手机号）", "SM4", "MD5+AES"),
    ("传输加密", "HTTPS", "全站HTTPS（TLS1.2）", "HTTPS", "HTTPS"),
    ("权限管理", "RBAC", "RBAC角色权限，按岗位授权", "角色权限", "角色权限"),
    ("日志保存期", "12个月", "12个月", "6个月", "3个月"),
    ("征信接口", "人行征信中心、百行征信", "人行征信中心、朴道征信", "百行征信", "支持主流征信机构"),
    ("免费维护期", "12个月", "12个月", "12个月", "3个月"),
    ("维护范围", "bug修复及小版本升级", "bug修复及小版本升级", "缺陷修复，版本升级除外", "仅修复bug"),
    ("政策适配", "免费", "监管政策调整免费适配", "重大政策调整另行报价", "另计"),
    ("技术支持", "7×24小时", "7×24小时", "7×24小时", "5×8小时"),
    ("响应时间", "1小时内", "2小时内", "4小时内", "次日"),
    ("终身技术咨询", "提供", "提供", "提供", "不提供"),
    ("维保期满后年费", "1.5万元/年", "2.2万元/年", "面议", "0.6万元/年"),
    ("写入合同", "是", "是", "是", "否"),
    ("源码交付", "完整源码", "完整源码，无加密，可二次开发", "完整源码", "部分源码（核心模块加密）"),
    ("首轮排名（采购部）", 2, 1, 3, 4),
]

# one sheet per vendor: (sheet name, title, lines above the table, header, rows, footnotes)
D3_CHANGES = [
    ("变更单-金湖杨", f"{JHY}　报价变更单",
     [f"致：{BUYER3} 采购部", "原报价单号：JHY-BJ-20251110-03　　变更单号：JHY-BG-20251121-01　　日期：2025年11月21日"],
     ["变更编号", "变更内容", "变更前", "变更后", "是否已书面确认", "备注"],
     [["BG-01", "订单跟踪模块", "列入二期开发，本期不含", "纳入本期交付，不另收费", "否",
       "11月19日洽谈时销售经理口头同意，需技术部评估工期后另行书面确认"],
      ["BG-02", "报价总额", "26.9万（含税）", "24.5w（含税）", "否", "待公司商务审批，审批通过后另发盖章报价单"],
      ["BG-03", "免费维护期", "12个月", "24个月", "否", "口头沟通，待确认"],
      ["BG-04", "现场培训", "2人天", "4人天", "是", "本变更单盖章确认"]],
     ["注：本单所列“是否已书面确认”为“否”的事项，仅为双方洽谈记录，不构成我司报价的变更，以我司另行出具的盖章文件为准；为“是”的事项以本变更单"
      "盖章为准，其余内容按原报价单执行。",
      f"{JHY}（盖章）　　销售经理：艾尔肯　　2025-11-21"]),
    ("变更单-锡提亚", f"{XTY}　报价变更确认单",
     [f"客户：{BUYER3}　　原报价编号：XTY-Q-1109　　确认日期：2025-11-22"],
     ["序号", "变更编号", "变更项目", "原报价内容", "变更后内容", "是否已书面确认（盖章）"],
     [[1, "XTY-01", "报价", "27.8万元（含税）", "25.6万元（含税，13%专票）", "是"],
      [2, "XTY-02", "免费维护期", "12个月", "18个月", "是"],
      [3, "XTY-03", "响应时间", "2小时内", "1小时内", "否（待技术服务部排班后确认）"]],
     ["以上第1、2项经我司确认，本单盖章生效；第3项尚未确认，不构成报价变更。其余条款按原报价单执行。",
      f"{XTY}（盖章）　　2025-11-22"]),
    ("变更单-唐王城", f"{TWC}　报价变更单",
     [f"致：{BUYER3}", "变更单号：TWC-BG-003　　日期：2025-11-20"],
     ["变更编号", "变更内容", "变更前", "变更后", "是否已书面确认", "确认日期"],
     [["BG-HH-01", "计税方式", "不含税（13%另计）", "含税（13%专票）", "是（已盖章）", "2025-11-20"],
      ["BG-HH-02", "报价总额", "29.6万元（不含税）", "28.8万元（含税）", "是（已盖章）", "2025-11-20"],
      ["BG-HH-03", "免费维护期", "12个月", "6个月（因报价下调相应调整）", "是（已盖章）", "2025-11-20"]],
     ["除上述变更外，其余内容不变。", f"{TWC}（盖章）"]),
    ("变更单-刀郎", f"{DL}　报价变更单",
     [f"致：{BUYER3}　　日期：2025-11-23"],
     ["变更编号", "变更内容", "变更前", "变更后", "是否已书面确认"],
     [["DL-01", "赠送模块", "无", "另赠送积分商城模块", "是"],
      ["DL-02", "等保", "二级已备案，三级申请中", "三级测评已完成，备案证明待公安机关下发", "否（待取得备案证明后书面确认）"]],
     ["报价9.6w（含税）不变。", f"{DL}（盖章）"]),
]


def build_zzzd03():
    wb = Workbook()
    ws = wb.active
    ws.title = "首轮报价对比"
    put_row(ws, 1, ["消费分期系统源码采购　首轮报价对比表"], font=TITLE, border=False, align=CENTER)
    ws.merge_cells("A1:E1")
    put_row(ws, 2, ["采购部 古丽米拉·艾买提　2025-11-14　　各项摘自供应商首轮书面报价单；首轮排名为采购部初评。各家报价变更单附后（按收到顺序）。"],
            border=False)
    ws.merge_cells("A2:E2")
    put_row(ws, 3, ["比较项", JHY, XTY, TWC, DL], font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(D3_ROWS, start=4):
        put_row(ws, i, list(row), fill=YELLOW if row[0].startswith("首轮排名") else None)
        ws.row_dimensions[i].height = 48 if any(isinstance(x, str) and len(x) > 24 for x in row[1:]) else 20
    widths(ws, [18, 34, 34, 34, 34])
    ws.freeze_panes = "B4"

    for sheet, title, above, head, rows, foot in D3_CHANGES:
        s = wb.create_sheet(sheet)
        n = len(head)
        put_row(s, 1, [title], font=TITLE, border=False, align=CENTER)
        s.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
        r = 2
        for line in above:
            put_row(s, r, [line], border=False)
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            r += 1
        put_row(s, r, head, font=BOLD, fill=GREY, align=CENTER)
        r += 1
        for row in rows:
            put_row(s, r, row)
            s.row_dimensions[r].height = 34
            r += 1
        r += 1
        for line in foot:
            put_row(s, r, [line], border=False)
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            s.row_dimensions[r].height = 32 if len(line) > 40 else 18
            r += 1
        widths(s, [12, 16, 26, 30, 28, 30][:n])
    _save(wb, D3_NAME)

    comment = """Voice: 莎车叶尔羌小额贷款有限公司 (莎车, consumer instalments through phone, appliance and motorcycle dealers, no cross-border
  business; the type's band is 20–30万). Its purchasing clerk 古丽米拉·艾买提 ranked the four first-round quotes, then negotiated; each
  vendor sent back its own 报价变更单, and she put each one behind the comparison on a sheet of its own, as the vendor wrote it.
Layout: .xlsx, five sheets. 首轮报价对比: title, her line ("各项摘自供应商首轮书面报价单；首轮排名为采购部初评。各家报价变更单附后"), header
  比较项 | the four vendors' full names, one row per item (报价, 功能模块, 等保三级, 数据加密, 传输加密, 权限管理, 日志保存期, 征信接口, 免费维护期,
  维护范围, 政策适配, 技术支持, 响应时间, 终身技术咨询, 维保期满后年费, 写入合同, 源码交付) and her 首轮排名 row. Then one sheet per vendor's
  变更单, each in the vendor's own columns: 变更单-金湖杨 (title "泽普金湖杨数科有限公司　报价变更单", 致 / 单号 lines, 变更编号 | 变更内容 |
  变更前 | 变更后 | 是否已书面确认 | 备注, four lines, its footnote and seal line), 变更单-锡提亚 (序号 | 变更编号 | 变更项目 | 原报价内容 |
  变更后内容 | 是否已书面确认（盖章）, three lines), 变更单-唐王城 (… | 是否已书面确认 | 确认日期, three lines), 变更单-刀郎 (two lines and
  "报价9.6w（含税）不变。").
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor: its first-round column read with its own 变更单, joined by the company the title names (the 变更单 is
  no quote of its own). A change the vendor marks 是 (confirmed in writing, sealed) is its later written word and governs the item it
  names, the rest standing ("其余内容按原报价单执行"; analyst-reading: "the latest written round read over the earlier ones — its price
  and what it names govern, the rest stands"); a change marked 否 is, in the vendor's own words, "仅为双方洽谈记录，不构成我司报价的
  变更" — only said, never read over the written quote ("口头答应：最终价可以做到25.8万元…待书面确认 changes nothing"; "a claim that
  never goes over the written word, whatever its date"). 首轮排名 is the buyer's. Four quotes.
Traps: the decisive one is 金湖杨's 变更单. Read by its 变更后 column, BG-01 puts 订单跟踪 into this delivery free, BG-02 drops the
  price to "24.5w（含税）" and BG-03 gives 24 months: with every instalment must-have, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行, minor
  upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 1.5万 a year, in the contract and full source, 泽普金湖杨
  is the careless top pick. But all three are marked 否 (an oral promise pending its own technical and commercial approval), and its
  footnote says such lines change nothing: its written quote stands — "订单跟踪模块列入二期开发，本期不含" (a must-have not in this
  delivery: missing, the gate FAILS; "a module '列入二期'… is not in this delivery… a must-have so written is missing"), 26.9万, 12
  months; only BG-04 (training days) is confirmed. The careful pick is 叶城锡提亚: XTY-01 and XTY-02 confirmed (是) make it "25.6万元
  （含税，13%专票）" = 256,000 inside 20–30万 and 18 months; XTY-03 ("1小时内", 否) is not read — 2 hours stand; "已取得等保三级，备案证明编号
  65312643010-24002，定级对象：锡提亚消费分期业务管理系统", SM4 on 身份证号/手机号, TLS1.2, RBAC by post, 12-month logs, 人行 + 朴道,
  商品管理、分期计算器（分期试算）、订单跟踪、风控审批流、还款管理、用户管理, minor upgrades, free policy adaptation, 7×24, lifetime
  consulting, 2.2万 a year, in the contract, full unencrypted source. 巴楚唐王城 passes but is worse on every count: its confirmed changes
  make it "28.8万元（含税）" = 288,000 (never 29.6万 before tax, never 28.8万 taxed again) and cut the free maintenance to 6 months
  ("因报价下调相应调整", confirmed); 6-month logs; 百行 only; "缺陷修复，版本升级除外" (conditional); "重大政策调整另行报价" (conditional); 4
  hours; yearly fee "面议" (unknown). 麦盖提刀郎 fails: "9.6w（含税）" = 96,000, under 10万 ("报价9.6w（含税）不变"); its confirmed DL-01 gives
  a points mall (deferrable, not bloat); its DL-02 (否) changes nothing of "二级已备案，三级申请中"; MD5+AES (no SM4); 3-month logs;
  "支持主流征信机构" (claimed); 3 months bug fixes only; policy "另计"; 5×8; next day; no consulting; not in the contract; "部分源码（核心
  模块加密）" (partial).
Not settled and not asserted: 刀郎's 等保 standing ("二级已备案，三级申请中": level 2 held today, a stated no, or level 3 in progress, a
  claim; false either way) and whether no_mlps_level3 rides beside it; the standing of 刀郎's "仅修复bug" and "另计" (false either
  way); whether 金湖杨 is also flagged claimed or conditional for the promises it has not confirmed (the module is missing and the price
  26.9万 either way); whether the unconfirmed lines are reported as warnings. None moves a gate or the pick."""
    vendors = [
        dict(vendor=XTY, gate="pass", price=256000,
             why="首轮报价对比 column 叶城锡提亚 with sheet 变更单-锡提亚: XTY-01 '27.8万元（含税）' → '25.6万元（含税，13%专票）' 是 = 256,000 inside 20–30万; XTY-02 免费维护期 12个月 → 18个月 是; XTY-03 '1小时内' 否（待…确认）: not read, '2小时内' stands. '已取得等保三级，备案证明编号65312643010-24002，定级对象：锡提亚消费分期业务管理系统'; SM4 (身份证号、手机号); 全站HTTPS（TLS1.2）; RBAC; 日志12个月; 人行征信中心、朴道征信; 商品管理、分期计算器（分期试算）、订单跟踪、风控审批流、还款管理、用户管理; bug修复及小版本升级; 政策 免费适配; 7×24; 终身咨询; '2.2万元/年'; 写入合同; 完整源码 无加密.",
             values=_vals(free_maintenance_months=18, response_hours=2, annual_fee_after_warranty_cny=22000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor=TWC, gate="pass", price=288000,
             why="首轮报价对比 column 巴楚唐王城 with sheet 变更单-唐王城 (all three lines '是（已盖章）'): 计税方式 → '含税（13%专票）', 报价总额 '29.6万元（不含税）' → '28.8万元（含税）' = 288,000 inside 20–30万; 免费维护期 12个月 → '6个月（因报价下调相应调整）' (maintenance_under_12m). '已取得（备案证明编号65313043002-23008）'; SM4; HTTPS; 角色权限; 日志6个月 (not under 6); 百行征信; 商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理; '缺陷修复，版本升级除外' (conditional); '重大政策调整另行报价' (conditional); 7×24; 4小时内; 终身咨询; 维保期满后年费 '面议' (unknown: a question); 写入合同; 完整源码. Worse than 锡提亚 on every count.",
             values=_vals(audit_log_months=6, free_maintenance_months=6, maintenance_includes_upgrades=False,
                          policy_adaptation_free=False, response_hours=4, annual_fee_after_warranty_cny="null",
                          source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                   "response_over_2h", "conditional", "unconfirmed"],
             flex=GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                "no_licensed_credit_bureau", "no_7x24", "no_lifetime_consulting", "not_in_contract",
                                "bloat_features", "source_partial", "source_licence_only", "claimed"]),
        dict(vendor=JHY, gate="fail", price=269000,
             why="首轮报价对比 column 泽普金湖杨 with sheet 变更单-金湖杨: BG-01 (订单跟踪 '纳入本期交付'), BG-02 ('24.5w（含税）') and BG-03 ('24个月') are all '否' — oral, pending its own approval, and its footnote says such lines '仅为双方洽谈记录，不构成我司报价的变更': not read. Its written quote stands: '订单跟踪模块列入二期开发，本期不含' — a must-have not in this delivery: missing, FAIL; '26.9万（含税）' = 269,000; 免费维护12个月. Only BG-04 (培训 2 → 4人天, 是) is confirmed. Otherwise stated and good: '已取得，备案证明编号65312443006-24013'; SM4; HTTPS; RBAC; 12个月 logs; 人行 + 百行; bug修复及小版本升级; 政策 免费; 7×24; 1小时内; 终身咨询; '1.5万元/年'; 写入合同; 完整源码.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=15000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=["product_management", "installment_calculator", "risk_approval", "repayment_management",
                  "user_management"],
             fex=["order_tracking"] + BLOAT,
             flin=["missing_must_have"],
             flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only"]),
        dict(vendor=DL, gate="fail", price=96000,
             why="首轮报价对比 column 麦盖提刀郎 with sheet 变更单-刀郎: '9.6w（含税）' = 96,000, under 10万: FAIL ('报价9.6w（含税）不变'). DL-01 (是) gives a 积分商城 module away (deferrable). 等保 '二级已备案，三级申请中' — not level 3 today (DL-02 '三级测评已完成，备案证明待公安机关下发' is 否: changes nothing). 商品管理、分期计算器、订单跟踪、还款管理、用户管理; 'MD5+AES' (no SM4); HTTPS; 角色权限; 日志3个月; '支持主流征信机构' (claimed); 免费维护3个月; '仅修复bug'; policy '另计'; '5×8小时' (no 7×24); '次日' (24 h); '不提供' consulting; '否' contract; '0.6万元/年'; '部分源码（核心模块加密）' = partial.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=6000,
                         source_code_delivery="partial"),
             status=dict(sm4_encryption="stated", tls="stated", access_control="stated", audit_log_months="stated",
                         licensed_credit_bureau="claimed", free_maintenance_months="stated", support_7x24="stated",
                         response_hours="stated", lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=CI + REPAY + ["user_management", "points_mall"], fex=BLOAT,
             flin=["price_below_10w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_partial", "claimed"],
             flex=["price_over_budget", "price_missing", "no_tls", "no_access_control", "missing_must_have",
                   "bloat_features", "source_licence_only"]),
    ]
    write_toml(D3_NAME.replace(".xlsx", ".toml"), comment, "consumer_installment", [D3_NAME], XTY,
               "叶城锡提亚's first-round quote with its confirmed (是, sealed) changes — 25.6万元 含税 and 18 months — proves every gate (备案证明编号65312643010-24002 for its 消费分期业务管理系统, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 朴道), lists every instalment must-have and gives minor upgrades, free policy adaptation, 7×24 within 2 hours (its unconfirmed 1 hour is not read), lifetime consulting, all in the contract and full source, inside 20–30万. 泽普金湖杨 looks best only through the changes it marked 否 (not confirmed: '不构成我司报价的变更'); its written quote leaves 订单跟踪 to phase two — a must-have missing (fail) — at 26.9万. 巴楚唐王城 passes at 288,000 with 6 months (confirmed) and is worse on every count; 麦盖提刀郎 is 9.6w (under 10万: fail).",
               vendors)


if __name__ == "__main__":
    build_zzzd01()
    build_zzzd02()
    build_zzzd03()
