"""Build the "zzn" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside; the theme of the set is compliance and security evidence as vendors really write it, and the modules
they sell under marketing names:

zzn_01 — an .xlsx (personal credit) kept by a lender's 合规部: a 安全合规对照表 laid out on the buyer's reading of 等保2.0 —
  the rows grouped under 一、商务报价 / 二、定级备案与等级测评 / 三、安全通信网络·安全计算环境 / 四、征信接入 / 五、售后服务与源码交付 /
  六、合规部初审, column A holding the CLAUSE NUMBERS of GB/T 22239-2019 (8.1.2.2 通信传输, 8.1.4.2 访问控制, 8.1.4.3 安全审计,
  8.1.4.8 数据保密性 …) instead of the usual field names, column C the 合规部's own requirement, and one column per vendor with the
  pre-sales engineers' answers copied from their 技术应答书. The 等保 answer is split over four rows — 定级对象名称（以备案证明所载为准）,
  安全保护等级, 备案证明编号, 最近一次等级测评 — so what the filing covers is on another row than the level: one vendor's filing is
  for ITS OWN OA office system ('第三级（我司已通过等保三级）'), one's assessment 'expired' ('2021年取得，有效期至2024年'), one only
  'helped 30+ clients pass' with the filing number withheld; one vendor's modules carry only marketing names with the functions in
  brackets ('贷后管家（还款计划、到期提醒、逾期管理）', '天衡风控引擎（评分卡、决策流）'); 国密 sold as an extra ('国密改造另计'),
  'TDE（AES-256）', '日志保留180天' / '90天' / '按需配置', a bureau reached '通过合作方', an AI bot's '7×24' beside office-hours
  engineers, bloat given away 'worth 6万'. A declining vendor's column; a junior officer's 初审 row and the head's note under it.
zzn_02 — a GBK CSV (merchant loans) exported from the same kind of 合规岗 ledger, vendors as ROWS: a 供应商资质核验台账 whose 等保
  evidence is SPLIT INTO SIX COLUMNS typed from each vendor's papers (等保材料类型 | 定级对象（材料所载） | 保护等级 | 材料编号 |
  取得/出具时间 | 有效期) — a 备案证明 plus a 测评报告 for the offered system; a 测评报告 at '第二级（系统已按三级要求设计…可按三级定级）';
  an ISO/IEC 27001 certificate with its number and validity offered in place of 等保 ('安全管理水平不低于等保三级要求'); a '等保三级证书
  （复印件）'; a '等级测评进场通知书' (assessment under way) — beside the quote's own columns: modules under marketing names ('企业画像
  （企业征信报告查询…）', '流水宝（银行流水自动识别与分析）', '电子签章（借款合同在线签署及合同管理）'), an e-signature module sold
  separately before VAT, '国密SM4改造另计', '半年', '按需配置', '通过合作方接入', a licence-only delivery, a gift 'worth 5万', a decline,
  and the officer's 核验意见 column.
zzn_03 — a UTF-8-with-BOM CSV (consumer instalments), mixed English and Chinese: a group's vendor-response DECK dumped slide by
  slide (Slide | Layout | Title | Text on slide | Speaker notes) — each vendor filled the buyer's two-slide template ('— A.
  Commercials & modules', '— B. Security, compliance & service') and Procurement pasted the slides into one deck; the cover, the
  scope slide, Procurement's draft shortlist (before the compliance review) and the next-steps slide are the buyer's, and so are
  the speaker notes (Group Compliance's). The vendors' pre-sales wording: 'SM2/SM3/SM4 full suite', 'database TDE on all
  tables', 'AES-256 as standard; 国密改造另计', MLPS Level 3 'on Alibaba Cloud, whose cloud platform is MLPS Level 3 certified',
  logs 'half a year (半年)' and 'configurable as needed (按需配置)', '百行征信 via our partner', modules named '收银台分期
  Checkout Instalments – … per-instalment repayment calculator', '订单中心 Order Hub', '贷后管家', 'Order tracking: not included –
  connect your existing ERP/OMS through our open API', an AI agent 'online 7×24' beside engineers 'Mon–Fri', gifts 'worth RMB
  80,000', a Metaverse showroom, 'next business day', a decline slide.

The expected reading of every file is in the matching zzn_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzn.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, NOGATE, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _st(**over):
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return s


def _drop(d, *keys):
    return {k: v for k, v in d.items() if k not in keys}


# ---------------------------------------------------------------------------------------------
# zzn_01  个人信用贷 — 合规部's 等保2.0 对照表: clause numbers in column A, the 等保 answer over four rows, vendors as columns
# ---------------------------------------------------------------------------------------------
N1_NAME = "zzn_01_pc_dengbao_kongzhidian_duizhao.xlsx"
N1_VENDORS = ["湘潭岳塘数科有限公司", "衡阳蒸湘软件有限公司", "岳阳汨罗信息技术有限公司", "常德津市网络科技有限公司",
              "益阳沅江云科技有限公司", "娄底冷水江软件有限公司"]
N1_HEAD = ["条款", "控制点 / 项目", "我方要求（合规部整理）"] + N1_VENDORS
S = "SECTION"
N1_ROWS = [
    (S, "一、商务报价"),
    ("—", "报价", "请注明含税/不含税；预算18-25万元",
     ["19.8万元", "21.2万元", "18.6万元", "22.8万元", "24.5万元", "（未提交技术应答书，11-30电话告知放弃本次报价）"]),
    ("—", "计税", "",
     ["含税（13%专票）", "含税", "含税", "含税（13%增值税专用发票）", "不含税（税率13%）", ""]),
    ("—", "报价所含模块（贵司模块名称及功能说明）", "须含个人征信、风控模型、还款管理；反欺诈",
     ["个人征信查询（人行二代征信、百行征信）、风控模型（评分卡）、反欺诈模型、风控审批流、还款计划及到期提醒、用户管理",
      "个人征信查询、风控模型、反欺诈、审批流、还款管理、用户管理",
      "进件管理、个人征信查询、智能风控模型、反欺诈、审批流、还款管理、用户管理",
      "智能进件（实名核验、在线授信申请）、征信通（人行二代征信、百行征信报告查询及解析）、天衡风控引擎（评分卡、决策流）、"
      "反欺诈盾（设备指纹、多头借贷识别）、审批工作台（多级风控审批流）、贷后管家（还款计划、到期提醒、逾期管理）、"
      "用户中心（用户管理、角色权限）",
      "个人征信查询（百行征信）、风控模型、反欺诈、风控审批、还款管理、用户管理", ""]),
    ("—", "另计 / 选配 / 赠送", "",
     ["无", "无",
      "赠送：区块链存证（司法级存证，提升借款合同法律效力，价值6万元）、AI数字人客服（7×24小时在线应答，节省人工成本）",
      "无", "无", ""]),
    (S, "二、定级备案与等级测评（资质）"),
    ("—", "定级对象名称（以备案证明所载为准）", "须为本次报价的信贷系统本身",
     ["岳塘数科协同办公系统（OA）", "蒸湘个人信贷管理系统V4.0（即本次报价系统）",
      "（客户侧业务系统）我司平台已在30余家小贷客户处部署，助客户通过等保三级测评",
      "津市个人信贷业务管理系统V5.0（即本次报价系统）", "沅江小额信贷业务系统V3.2（本次报价系统）", ""]),
    ("—", "安全保护等级", "第三级",
     ["第三级（我司已通过等保三级）", "第三级", "按三级标准建设", "第三级", "第三级", ""]),
    ("—", "备案证明编号", "须提供",
     ["43030443001-23005", "43040843002-21007", "客户备案信息涉及客户保密，不便提供", "43078143008-24011",
      "43098143005-25002", ""]),
    ("—", "最近一次等级测评", "三级系统每年至少测评一次",
     ["2023年11月（测评结论：良）", "2021年取得，有效期至2024年", "已助客户通过", "2025年9月年度复测（结论：良）",
      "2025年8月年度测评（结论：良）", ""]),
    (S, "三、安全通信网络 / 安全计算环境（GB/T 22239-2019 第三级）"),
    ("8.1.2.2", "通信传输", "传输加密（HTTPS/TLS）",
     ["全站HTTPS（TLS1.2）", "HTTPS", "HTTPS", "全站HTTPS（TLS1.3），支持国密SSL", "HTTPS（TLS1.2）", ""]),
    ("8.1.4.1", "身份鉴别", "双因素认证",
     ["口令+短信验证码双因素", "口令+短信验证码", "口令登录，可选短信验证", "口令+USBKey/短信双因素，登录失败锁定",
      "口令+短信验证码", ""]),
    ("8.1.4.2", "访问控制", "基于角色的权限管理",
     ["RBAC角色权限", "RBAC", "支持权限管理", "RBAC角色权限，三权分立（系统管理员/安全管理员/审计管理员）", "RBAC", ""]),
    ("8.1.4.3", "安全审计（日志留存）", "操作日志留存不少于6个月",
     ["操作日志保存12个月，异常操作可追溯", "12个月", "日志保留期限按需配置", "审计日志保留180天，异常操作实时告警",
      "日志保留90天", ""]),
    ("8.1.4.8", "数据保密性", "敏感字段国密SM4加密",
     ["身份证号、手机号、银行卡号SM4加密存储", "SM4加密", "标准版采用AES加密；国密改造另计（SM4字段加密，+2.5万元）",
      "SM2/SM3/SM4全套国密：身份证号、手机号、银行卡号SM4加密存储，SM3完整性校验", "数据库透明加密TDE（AES-256）", ""]),
    ("8.1.4.11", "个人信息保护", "最小必要采集，逐项说明用途",
     ["仅采集业务必需字段，采集页逐项说明用途", "符合个人信息保护法", "符合", "最小必要采集，授权书逐项列明字段用途，支持撤回授权",
      "仅采集必需字段", ""]),
    (S, "四、征信接入"),
    ("—", "征信接口（接入机构及方式）", "仅限持牌机构：人行征信中心、百行征信、朴道征信",
     ["人行征信中心（二代）、百行征信", "百行征信", "支持对接各大持牌征信机构", "人行征信中心（二代征信）、百行征信，专线直连",
      "百行征信（通过合作方长沙某数据科技公司接入）", ""]),
    (S, "五、售后服务与源码交付"),
    ("—", "免费维护期", "不少于12个月", ["12个月", "12个月", "12个月", "12个月", "6个月", ""]),
    ("—", "维护范围", "缺陷修复及小版本升级",
     ["缺陷修复及小版本升级", "缺陷修复及小版本升级", "仅修复缺陷，版本升级另行收费", "缺陷修复及小版本升级", "缺陷修复及小版本升级",
      ""]),
    ("—", "监管政策适配", "免费", ["免费", "免费", "小调整免费，重大政策调整另行报价", "免费", "重大政策调整另行报价", ""]),
    ("—", "技术支持", "7×24小时",
     ["7×24小时", "7×24小时", "AI数字人客服7×24小时在线；人工技术支持工作日9:00-18:00", "7×24小时，指定专属工程师",
      "5×8（工作日9:00-17:30）", ""]),
    ("—", "响应时间", "2小时以内", ["1小时内", "2小时内", "4小时内", "2小时内", "4小时内", ""]),
    ("—", "终身技术咨询", "提供", ["提供", "提供", "提供", "提供", "提供", ""]),
    ("—", "承诺写入合同", "是", ["是", "是", "可以写入合同", "是，列入合同附件《服务承诺书》", "是", ""]),
    ("—", "维保期满年费", "", ["2万元/年", "2.4万元/年", "按合同额15%/年", "2.6万元/年", "3.2万元/年", ""]),
    ("—", "源码交付", "完整源码，无加密",
     ["完整源码，无加密，可二次开发", "完整源码", "核心风控引擎加密，其余提供源码", "完整源码交付，无加密，可二次开发", "完整源码", ""]),
    (S, "六、合规部初审"),
    ("—", "初审意见（合规专员 刘洋）", "",
     ["三级✓ 价格最低，建议优先约谈", "三级✓", "未提供备案编号，待补", "三级✓", "三级✓ 日志不足6个月", "放弃"]),
]


def build_zzn01():
    wb = Workbook()
    ws = wb.active
    ws.title = "安全合规对照"
    n = len(N1_HEAD)
    put_row(ws, 1, ["株洲市天元区湘信小额贷款有限公司　个人信用贷系统源码采购——安全合规对照表（按等保2.0第三级要求）"], font=TITLE,
            border=False)
    put_row(ws, 2, ["说明：各供应商列摘自其《技术应答书》原文（由各家售前工程师填写），合规部未作改动；“条款”列为GB/T 22239-2019条款号，"
                    "“我方要求”列为合规部整理的对照要求，均非供应商答复。我司只做本地个人信用贷，无跨境业务，预算18-25万元。"
                    "整理：合规部 周敏 2025-12-08"], border=False)
    put_row(ws, 3, N1_HEAD, font=BOLD, fill=GREY)
    r = 4
    for row in N1_ROWS:
        if row[0] == S:
            put_row(ws, r, [row[1]] + [None] * (n - 1), font=BOLD, fill=BLUE)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        else:
            clause, item, req, answers = row
            put_row(ws, r, [clause, item, req] + answers)
            ws.cell(row=r, column=3).fill = YELLOW
        r += 1
    put_row(ws, r + 1, ["复核（合规部负责人 周敏，12-09）：备案证明所载定级对象须为本次采购的信贷系统本身；等级测评须在有效期内；"
                        "初审“三级✓”仅核对了“安全保护等级”一行，请采购部据此复核后再定约谈顺序。"], border=False)
    widths(ws, [9, 26, 24, 30, 28, 32, 40, 30, 22])
    ws.freeze_panes = "D4"
    _save(wb, N1_NAME)

    comment = f"""Voice: the 合规部 of 株洲市天元区湘信小额贷款 (local personal credit, no cross-border business, budget 18-25万): 周敏 laid
  out the table on 2025-12-08, the vendors' columns copied from each vendor's 技术应答书 (written by its pre-sales engineer), the
  junior officer 刘洋's 初审 row and 周敏's 复核 line under the table are the buyer's, as are the 条款 and 我方要求 columns.
Layout: .xlsx, one sheet 安全合规对照; header row 3 {' | '.join(N1_HEAD)}; section rows (merged, blue) 一、商务报价 / 二、定级备案与
  等级测评（资质） / 三、安全通信网络 / 安全计算环境（GB/T 22239-2019 第三级） / 四、征信接入 / 五、售后服务与源码交付 / 六、合规部初审;
  column A holds GB/T 22239 clause numbers (8.1.2.2, 8.1.4.1 … 8.1.4.11) or '—'; the 等保 answer is split over four rows
  (定级对象名称（以备案证明所载为准） | 安全保护等级 | 备案证明编号 | 最近一次等级测评).
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: clause numbers (8.1.4.3 …), filing numbers, '价值6万元' and dates are no amounts; the 我方要求 column is no vendor; the
  control-point names are the fields (通信传输 = TLS, 访问控制 = access control, 安全审计 = logs, 数据保密性 = SM4).
  The decisive trap: 岳塘 looks perfect and cheapest (19.8万 含税, '第三级（我司已通过等保三级）', filing 43030443001-23005,
  12-month logs, 7×24 in 1 h) — the 初审 row says '三级✓ 价格最低，建议优先约谈' — but its filing's 定级对象 is '岳塘数科协同办公系统
  （OA）', the vendor's own office system, not the loan system offered: no proof for the system bought (unverified). 蒸湘's only
  assessment is '2021年取得，有效期至2024年' — lapsed a year before this table (not certified today: a stated no, fail). 汨罗 only
  '助客户通过等保三级测评' and withholds the number ('按三级标准建设': claimed, unverified); its SM4 is '国密改造另计' over AES at
  the base price, its 7×24 is an AI bot's with engineers on 工作日9:00-18:00, and its gifts '区块链存证…价值6万元' and 'AI数字人客服'
  are bloat (the 6万 is no price). So 津市 (22.8万 含税, its own loan system filed 43078143008-24011 and re-assessed 2025-09, SM2/SM3/SM4
  with SM4 on the fields, TLS1.3, RBAC with 三权分立, '审计日志保留180天' = 6 months, 人行 + 百行 direct, every after-sales term good)
  is the pick — its modules carry marketing names whose brackets give the functions: 征信通（…征信报告查询及解析） = credit report,
  天衡风控引擎（评分卡、决策流） = risk model, 反欺诈盾 = anti-fraud, 审批工作台（多级风控审批流） = approval, 贷后管家（还款计划、到期
  提醒、逾期管理） = repayment, 用户中心（用户管理…） = user management. 沅江 also passes (own system, level 3, 2025-08) but is
  不含税 13% (276,850, over the band), 'TDE（AES-256）' (no SM4), '日志保留90天', 6 months, 5×8 in 4 h, major policy changes
  charged; its bureau '百行征信（通过合作方…接入）' goes through an intermediary — domain.md does not say whether that is a
  licensed connection: not asserted. 冷水江 declined (not listed). 汨罗's '日志保留期限按需配置' gives no period: not asserted."""
    good = dict(fin=PC + CORE + ["anti_fraud"], fex=BLOAT)
    vendors = [
        dict(vendor="常德津市网络科技有限公司", gate="pass", price=228000,
             why="column G: 报价 '22.8万元' 计税 '含税（13%增值税专用发票）' = 228,000 inside 18-25万; 定级对象 '津市个人信贷业务管理系统V5.0（即本次报价系统）', 第三级, 备案证明编号 43078143008-24011, '2025年9月年度复测' — proof for the system bought; 数据保密性 'SM2/SM3/SM4全套国密：身份证号、手机号、银行卡号SM4加密存储' (SM4 stated); 通信传输 'TLS1.3'; 访问控制 RBAC + 三权分立; 安全审计 '审计日志保留180天' = 6 months (not under 6); 征信 人行二代 + 百行 direct; modules by marketing name, each bracket naming the function (征信通 = personal credit report, 天衡风控引擎（评分卡、决策流） = risk model, 反欺诈盾 = anti-fraud, 审批工作台 = approval, 贷后管家（还款计划…） = repayment, 用户中心（用户管理…） = users); 12个月 with 小版本升级, policy free, 7×24 (专属工程师), 2小时内, consulting, '是，列入合同附件《服务承诺书》'; '2.6万元/年' = 26,000; full source.",
             values=_vals(audit_log_months=6, response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"), flex=ALL_BAD, **good),
        dict(vendor="湘潭岳塘数科有限公司", gate="unverified", price=198000,
             why="column D: 报价 '19.8万元' 含税 = 198,000; every other answer is good (SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs, 人行 + 百行, 12 months with upgrades, policy free, 7×24 in 1 h, consulting, contract, '2万元/年', full source) — but the filing behind '第三级（我司已通过等保三级）' is for '岳塘数科协同办公系统（OA）', the vendor's own office system: nothing proves the level of the loan system bought, so the 等保 gate is unverified (I would record the level as claimed; whether the product calls it claimed or unknown is left open, only the gate is asserted). The 初审 '三级✓ 价格最低' is the buyer's.",
             values=_drop(_vals(response_hours=1, annual_fee_after_warranty_cny=20000, source_code_delivery="full"), "mlps_level3"),
             status=_drop(_st(response_hours="stated"), "mlps_level3"),
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "no_sm4",
                   "no_tls", "audit_log_under_6m", "maintenance_under_12m", "no_7x24", "response_over_2h", "source_partial",
                   "source_licence_only", "bloat_features"], **good),
        dict(vendor="衡阳蒸湘软件有限公司", gate="fail", price=212000,
             why="column E: 报价 '21.2万元' 含税 = 212,000; 定级对象 is the offered system and 安全保护等级 '第三级', but 最近一次等级测评 '2021年取得，有效期至2024年': the proof lapsed in 2024 and the table is dated 2025-12 — not certified today, and the vendor says so itself (a stated no: fail, like a level held only in the past; I read an expired certificate as not held, not as 'in progress'). The rest is good: SM4, HTTPS, RBAC, 12个月, 百行, 12 months with upgrades, policy free, 7×24 in 2 h, consulting, contract, '2.4万元/年', 完整源码.",
             values=_vals(mlps_level3=False, response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             flin=["no_mlps_level3"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "no_sm4",
                   "no_tls", "audit_log_under_6m", "maintenance_under_12m", "no_7x24", "source_partial", "source_licence_only",
                   "bloat_features"], **good),
        dict(vendor="岳阳汨罗信息技术有限公司", gate="unverified", price=186000,
             why="column F: 报价 '18.6万元' 含税 = 186,000 (the gifts' '价值6万元' is no price); 等保 only '按三级标准建设' with '助客户通过等保三级测评' and the number withheld ('涉及客户保密，不便提供'): claimed, unverified — helping clients pass proves nothing of the vendor's system; 数据保密性 '标准版采用AES加密；国密改造另计（SM4…+2.5万元）' = no SM4 at the base price (conditional; SM4 is no feature, so the 2.5万 is not added); '支持权限管理'; logs '按需配置' (no period: not asserted); '支持对接各大持牌征信机构' names no body (claimed); 12个月 '仅修复缺陷，版本升级另行收费' (upgrades conditional); '小调整免费，重大政策调整另行报价' (conditional); 技术支持 'AI数字人客服7×24小时在线；人工技术支持工作日9:00-18:00' = no 7×24 (the bot is no support), 4小时内; consulting; '可以写入合同' willing, a claim; '按合同额15%/年' = 27,900 a year; '核心风控引擎加密' = partial; gifts 区块链存证 and AI数字人客服 = bloat.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, response_hours=4, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=27900, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="conditional", licensed_credit_bureau="claimed",
                         free_maintenance_months="stated", maintenance_includes_upgrades="conditional",
                         policy_adaptation_free="conditional", response_hours="stated", commitments_in_contract="claimed"),
             fin=PC + CORE + ["anti_fraud", "blockchain_evidence", "ai_customer_service"],
             flin=["no_sm4", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "source_partial", "bloat_features"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "no_tls",
                   "maintenance_under_12m", "audit_log_under_6m", "source_licence_only"]),
        dict(vendor="益阳沅江云科技有限公司", gate="pass", price=276850,
             why="column H: 报价 '24.5万元' 计税 '不含税（税率13%）' × 1.13 = 276,850, above 18-25万; 定级对象 '沅江小额信贷业务系统V3.2（本次报价系统）', 第三级, 43098143005-25002, '2025年8月年度测评' (stated); '数据库透明加密TDE（AES-256）' is not SM4 (stated no); TLS1.2; RBAC; '日志保留90天' = 3 months; 6个月 maintenance with upgrades; '重大政策调整另行报价' (conditional); '5×8（工作日9:00-17:30）', 4小时内; consulting; contract; '3.2万元/年'; 完整源码. '百行征信（通过合作方…接入）' — through an intermediary; not asserted.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         free_maintenance_months=6, maintenance_includes_upgrades=True, policy_adaptation_free=False,
                         support_7x24=False, response_hours=4, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated", free_maintenance_months="stated",
                         policy_adaptation_free="conditional", support_7x24="stated", response_hours="stated"),
             flin=["price_over_budget", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "policy_adaptation_charged",
                   "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "no_tls", "bloat_features", "source_partial", "source_licence_only"], **good),
    ]
    write_toml(N1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [N1_NAME], "常德津市网络科技有限公司",
               "津市 (column G) is the only quote whose 等保 proof covers the loan system offered and is current (定级对象 '津市个人信贷业务管理系统V5.0（即本次报价系统）', 第三级, 43078143008-24011, re-assessed 2025-09) with every other lock stated (SM4 on the fields inside 'SM2/SM3/SM4全套', TLS1.3, RBAC, logs 180天 = 6 months, 人行 + 百行 direct), every personal-credit must-have plus anti-fraud under marketing names whose brackets name the functions, and the full after-sales set, at 228,000 含税. The cheaper 岳塘 (198,000, 初审 '三级✓ 价格最低') shows a filing for its own OA system — unverified; 蒸湘's assessment expired in 2024 (fail); 汨罗 only helped clients pass (unverified), AES with 国密 extra, bot-only 7×24, bloat; 沅江 passes but costs 276,850 with AES, 90-day logs, 6 months, 5×8; 冷水江 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzn_02  商户经营性贷 — 供应商资质核验台账, 等保 evidence split over six columns; GBK CSV
# ---------------------------------------------------------------------------------------------
N2_NAME = "zzn_02_ml_zizhi_hexiao_taizhang_gbk.csv"
N2_HEAD = ["序号", "供应商名称", "报价", "计税", "功能模块（报价函原文）", "选配/另购", "等保材料类型", "定级对象（材料所载）", "保护等级",
           "材料编号", "取得/出具时间", "有效期", "密码应用", "传输加密", "权限管理", "审计日志留存", "征信接入", "免费维护期", "维护范围",
           "政策适配", "技术支持", "响应时间", "终身技术咨询", "写入合同", "维保期满年费", "源码交付", "核验意见（合规岗）"]
N2_ROWS = [
    ["1", "淮安洪泽数科有限公司", "29.6万元", "含税",
     "企业画像（企业征信报告查询、工商司法信息）、流水宝（银行流水自动识别与分析）、电子签章（借款合同在线签署及合同管理）、"
     "审批中心（多级风控审批流）、贷后管家（还款计划、到期提醒）、用户中心（用户管理、角色权限）", "无",
     "公安机关备案证明＋年度等级测评报告", "洪泽商户经营贷业务系统V3.0（本次报价系统）", "第三级", "备案证明编号32081343011-24006",
     "2024年9月备案；2025年10月年度测评（结论：良）", "年度测评，下次2026年10月",
     "SM4加密法人身份证号、手机号、对公账号，密钥由国密加密机管理", "全站HTTPS（TLS1.2）", "RBAC角色权限", "审计日志留存12个月",
     "人行征信中心（企业信用报告）、百行征信", "12个月", "缺陷修复及小版本升级", "免费", "7×24小时", "1小时内", "提供", "是",
     "2.8万元/年", "完整源码，无加密，可二次开发", "材料齐全，定级对象与报价系统一致"],
    ["2", "宿迁宿城软件有限公司", "25.8万元", "含税",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理", "无",
     "等级测评报告", "宿城经营贷管理系统V2.5（本次报价系统）", "第二级（系统已按三级要求设计，客户上线后可按三级定级）",
     "测评报告编号DJCP2025-3213-052", "2025年3月", "—",
     "SM4", "HTTPS", "RBAC", "12个月", "百行征信", "12个月", "缺陷修复及小版本升级", "免费", "7×24小时", "1小时内", "提供", "是",
     "2.2万元/年", "完整源码", "测评报告齐全，价格最低"],
    ["3", "连云港东海信息技术有限公司", "24.6万元", "不含税（税率6%，技术服务）",
     "企业征信、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理、API开放平台", "无",
     "ISO/IEC 27001信息安全管理体系认证证书", "—（认证范围：公司软件研发及运维服务）",
     "ISO 27001认证，安全管理水平不低于等保三级要求", "ISO证书编号0325ISMS0841", "2024年5月", "2027年5月",
     "SM4", "HTTPS", "RBAC", "半年", "人行征信中心", "12个月", "缺陷修复及小版本升级", "免费", "7×24小时", "2小时内", "提供", "是",
     "2.5万元/年", "完整源码", "非等保材料，待补"],
    ["4", "盐城亭湖网络科技有限公司", "24.8万元", "不含税",
     "企业征信查询、银行流水分析、风控审批、还款管理、用户管理", "电子签章模块（借款合同在线签署）需另购，2.6万元（不含税）",
     "等保三级证书（复印件）", "亭湖小微企业信贷管理平台V5.1（本次报价系统）", "第三级", "32090243006-25009",
     "2025年4月年度测评", "至2026年4月",
     "标准版AES-256加密；国密SM4改造另计（2.8万元）", "HTTPS", "RBAC", "按需配置", "百行征信（通过合作方接入）", "6个月",
     "仅修复缺陷", "重大政策调整另行报价", "5×8（工作日）", "4小时内", "提供", "是", "3万元/年", "核心风控引擎加密，其余提供源码",
     "材料齐全"],
    ["5", "泰州兴化云科技有限公司", "27.8万元", "含税",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理；赠送：区块链存证（电子合同上链存证，司法认可，价值5万元）",
     "无",
     "测评机构《等级测评进场通知书》", "兴化经营贷业务系统V2.0（本次报价系统）", "第三级（测评中）", "—",
     "2025年11月测评进场，预计2026年1月出具报告", "—",
     "国密SM2/SM3/SM4全套，敏感字段SM4加密", "全站HTTPS", "RBAC", "12个月", "百行征信、朴道征信", "12个月", "缺陷修复及小版本升级", "免费",
     "7×24小时", "2小时内", "提供", "是", "2.6万元/年", "仅授权使用，授权绑定服务器（提供安装包及授权码）", "测评未完成"],
    ["6", "扬州邗江数据服务有限公司", "（11-28来函：本次不参与报价）", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "", "", "", "", "", "", "", "放弃"],
]


def build_zzn02():
    n = len(N2_HEAD)
    rows = [["徐州市云龙区彭城小额贷款有限公司 商户经营贷系统源码采购——供应商资质核验台账"] + [""] * (n - 1),
            ["说明：“等保材料类型”至“有效期”六列按各供应商提交的证明材料逐项照录（材料类型、定级对象、级别、编号、时间均照抄材料原文），"
             "其余各列摘自供应商报价函原文；“核验意见”列为合规岗意见。我司只做本地商户经营贷，无跨境业务，预算25-35万元。"
             "录入：风险合规部 孙倩 2025-12-05"] + [""] * (n - 1),
            N2_HEAD] + N2_ROWS
    write_csv(N2_NAME, rows, "gbk")

    comment = f"""Voice: 孙倩 of the 风险合规部 at 徐州市云龙区彭城小额贷款 (local merchant operating loans, no cross-border business, budget
  25-35万), 2025-12-05. The title, the 说明 line and the 核验意见（合规岗） column are hers; the six 等保 columns are typed from each
  vendor's papers word for word, the other columns from its 报价函 (the pre-sales engineers' wording).
Layout: CSV in GBK, CRLF; header line 3 {' | '.join(N2_HEAD)}; one line per vendor (lines 4-9).
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the 等保 evidence must be read across its six columns — the kind of paper, what system it covers, the level, the number,
  the dates. The decisive trap: 宿城 is the cheapest with perfect terms (25.8万 含税, 7×24 in 1 h) and the officer's '测评报告齐全，
  价格最低', but its 测评报告 is at '第二级（系统已按三级要求设计，客户上线后可按三级定级）' — level 2 held today (fail; the words
  '三级' after it are a plan); 东海 offers an ISO/IEC 27001 certificate with number and validity in place of 等保 ('ISO 27001认证，
  安全管理水平不低于等保三级要求': a claim, unverified; the certificate number is no price); 兴化's paper is a 《等级测评进场通知书》,
  '第三级（测评中）', '预计2026年1月出具报告' (in progress: false, claimed, unverified) and it licenses only. 亭湖's '等保三级证书
  （复印件）' for its own platform, assessed 2025-04 and valid to 2026-04, is proof (pass), but it sells the must-have e-signature
  separately ('电子签章模块（借款合同在线签署）需另购，2.6万元（不含税）', added with VAT: (248,000 + 26,000) × 1.13 = 309,620), AES-256
  with 'SM4改造另计', 6 months bug-only, major policy changes charged, 5×8 in 4 h, encrypted risk engine. So 洪泽 (29.6万 含税,
  备案证明 + 2025 assessment for its own loan system, everything stated and good) is the pick; its modules carry marketing names
  whose brackets name the must-haves: 企业画像（企业征信报告查询…） = enterprise credit, 流水宝（银行流水自动识别与分析） = statement
  analysis, 电子签章（借款合同在线签署及合同管理） = contract management, 审批中心（多级风控审批流） = approval, 贷后管家（还款计划、到期
  提醒） = repayment, 用户中心（用户管理…） = users. '半年' = 6 months; '按需配置' and '百行征信（通过合作方接入）' are not asserted
  (no period; an intermediary domain.md does not rule on); '价值5万元' is no price; 邗江 declined (not listed)."""
    vendors = [
        dict(vendor="淮安洪泽数科有限公司", gate="pass", price=296000,
             why="line 4: 报价 '29.6万元' 含税 = 296,000 inside 25-35万; 等保 '公安机关备案证明＋年度等级测评报告' for '洪泽商户经营贷业务系统V3.0（本次报价系统）', 第三级, 备案证明编号32081343011-24006, assessed 2025-10 (stated); SM4 on 法人身份证号/手机号/对公账号; TLS1.2; RBAC; 12个月; 人行 + 百行; modules by marketing name with the functions in brackets (企业画像 = enterprise credit, 流水宝 = statement analysis, 电子签章（…合同管理） = contracts, 审批中心 = approval, 贷后管家 = repayment, 用户中心 = users); 12个月 with upgrades, policy free, 7×24, 1小时内, consulting, 写入合同 '是'; '2.8万元/年' = 28,000; full source.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="宿迁宿城软件有限公司", gate="fail", price=258000,
             why="line 5: 报价 '25.8万元' 含税 = 258,000; 等保 paper '等级测评报告' for its own system at '第二级（系统已按三级要求设计，客户上线后可按三级定级）' — level 2 held today, level 3 only a plan: fail; the rest is good (SM4, HTTPS, RBAC, 12个月, 百行, 12 months with upgrades, policy free, 7×24 in 1 h, consulting, contract, '2.2万元/年', 完整源码). The officer's '价格最低' is hers.",
             values=_vals(mlps_level3=False, response_hours=1, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE, fex=BLOAT, flin=["no_mlps_level3"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "no_sm4",
                   "no_tls", "no_7x24", "maintenance_under_12m", "source_partial", "source_licence_only", "bloat_features"]),
        dict(vendor="连云港东海信息技术有限公司", gate="unverified", price=260760,
             why="line 6: 报价 '24.6万元' 计税 '不含税（税率6%，技术服务）' — its own rate: × 1.06 = 260,760; 等保 columns hold an ISO/IEC 27001 certificate (scope '公司软件研发及运维服务', number 0325ISMS0841, valid to 2027-05) and 'ISO 27001认证，安全管理水平不低于等保三级要求': ISO 27001 is no 等保, the equivalence is the vendor's claim (claimed, unverified); SM4; HTTPS; RBAC; 日志 '半年' = 6 months; 人行征信中心; 12 months with upgrades, policy free, 7×24 in 2 h, consulting, contract; '2.5万元/年'; 完整源码; modules add API开放平台 (deferrable, no bloat).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", audit_log_months="stated", licensed_credit_bureau="stated",
                         free_maintenance_months="stated", support_7x24="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT,
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "no_sm4",
                   "no_tls", "audit_log_under_6m", "no_7x24", "maintenance_under_12m", "source_partial", "source_licence_only",
                   "bloat_features"]),
        dict(vendor="盐城亭湖网络科技有限公司", gate="pass", price=309620,
             why="line 7: 报价 '24.8万元' 计税 '不含税' (no rate: 13%); the must-have e-signature is sold apart — '电子签章模块（借款合同在线签署）需另购，2.6万元（不含税）' — and added: (248,000 + 26,000) × 1.13 = 309,620, contract_management conditional; 等保 '等保三级证书（复印件）' for '亭湖小微企业信贷管理平台V5.1（本次报价系统）', 第三级, 32090243006-25009, assessed 2025-04, valid to 2026-04 (stated); '标准版AES-256加密；国密SM4改造另计（2.8万元）' = no SM4 at the base price (conditional; not a feature, not added); HTTPS; RBAC; logs '按需配置' and bureau '百行征信（通过合作方接入）' not asserted; 6个月 '仅修复缺陷'; '重大政策调整另行报价' (conditional); '5×8（工作日）', 4小时内; consulting; contract; '3万元/年'; '核心风控引擎加密' = partial.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, free_maintenance_months=6,
                         maintenance_includes_upgrades=False, policy_adaptation_free=False, support_7x24=False, response_hours=4,
                         lifetime_consulting=True, commitments_in_contract=True, annual_fee_after_warranty_cny=30000,
                         source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="conditional", free_maintenance_months="stated",
                         policy_adaptation_free="conditional", support_7x24="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["no_sm4", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_tls", "bloat_features", "audit_log_under_6m",
                            "source_licence_only"]),
        dict(vendor="泰州兴化云科技有限公司", gate="unverified", price=278000,
             why="line 8: 报价 '27.8万元' 含税 = 278,000 (the gift's '价值5万元' is no price); 等保 paper a 《等级测评进场通知书》, '第三级（测评中）', no number, '预计2026年1月出具报告' — in progress: false, claimed (unverified, never worse than a blank); 'SM2/SM3/SM4全套，敏感字段SM4加密' (SM4 stated); HTTPS; RBAC; 12个月; 百行 + 朴道; 12 months with upgrades, policy free, 7×24 in 2 h, consulting, contract; '2.6万元/年'; '仅授权使用，授权绑定服务器（提供安装包及授权码）' = licence only; gift 区块链存证 = bloat.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=26000, source_code_delivery="licence_only"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", audit_log_months="stated", licensed_credit_bureau="stated",
                         free_maintenance_months="stated", support_7x24="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence"],
             flin=["source_licence_only", "bloat_features"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "no_sm4",
                   "no_tls", "audit_log_under_6m", "no_7x24", "maintenance_under_12m", "source_partial"]),
    ]
    write_toml(N2_NAME.replace(".csv", ".toml"), comment, "merchant_loan", [N2_NAME], "淮安洪泽数科有限公司",
               "洪泽 (line 4) proves 等保 for the system it sells (备案证明 32081343011-24006 + a 2025-10 assessment of '洪泽商户经营贷业务系统V3.0（本次报价系统）'), states SM4 on the sensitive fields, TLS1.2, RBAC, 12-month logs, 人行 + 百行, has every merchant-loan must-have under marketing names whose brackets name them, and the full after-sales set with full source, at 296,000 含税. The cheaper 宿城 holds only 第二级 (fail) and 东海 only an ISO 27001 certificate with a claim of equivalence (unverified); 兴化 is still being assessed and licenses only; 亭湖 passes but costs 309,620 once its e-signature module and VAT are added, with AES, 6 months bug-only, 5×8 and an encrypted engine; 邗江 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzn_03  消费分期 — a vendor-response deck dumped slide by slide (English/Chinese); UTF-8-BOM CSV
# ---------------------------------------------------------------------------------------------
N3_NAME = "zzn_03_ci_huandengpian_zhuye_wenzi_utf8bom.csv"
N3_HEAD = ["Slide", "Layout", "Title", "Text on slide", "Speaker notes"]
A_T, B_T = " — A. Commercials & modules", " — B. Security, compliance & service"
N3_ROWS = [
    ["1", "Title Slide", "Instalment platform source code – vendor responses (RFQ-CI-2025-07)",
     "中山市岐江消费分期小额贷款有限公司\nProcurement & Group Compliance · 8 Dec 2025",
     "Compiled by Kaman Ho (Procurement). Slides 3–11 are pasted unchanged from each vendor's two-slide response template."],
    ["2", "Title and Content", "Scope & what we asked for",
     "• Business: consumer instalments (消费分期) in Zhongshan only – no cross-border business\n"
     "• Budget: RMB 200k–300k incl. VAT\n"
     "• Must-haves: product catalogue, instalment calculator, order tracking (+ approval, repayment, users)\n"
     "• Security floor: MLPS (等保) Level 3 for the offered system itself, SM4 field encryption, HTTPS, RBAC, audit logs ≥ 6 months, "
     "licensed credit bureaus only\n"
     "• Template: Slide A – Commercials & modules; Slide B – Security, compliance & service",
     "These are our requirements, not vendor statements."],
    ["3", "Two Content", "江门台山数科有限公司" + A_T,
     "Price (one-off buy-out): RMB 248,000 incl. 13% VAT\n"
     "  – source licence 198,000 + implementation 38,000 + training 12,000\n"
     "Modules in the price:\n"
     "• 商品中心 Product Center – SKU catalogue and merchant goods\n"
     "• 收银台分期 Checkout Instalments – term options and per-instalment repayment calculator\n"
     "• 订单中心 Order Hub – order status tracking from application to delivery\n"
     "• 审批台 Approval Desk – risk approval workflow\n"
     "• 还款中心 Repayment Center – repayment schedules and reminders\n"
     "• 用户中心 User Center – user management\n"
     "Optional modules: none needed for your scope\n"
     "Quote valid for 90 days",
     ""],
    ["4", "Two Content", "江门台山数科有限公司" + B_T,
     "MLPS (等保) Level 3: held by the offered system itself – 台山分期业务平台V4, filing certificate no. 44078143012-24009; "
     "annual re-assessment passed Sep 2025\n"
     "Cryptography: SM2/SM3/SM4 full suite – ID no., mobile and bank-card no. stored SM4-encrypted\n"
     "Transport: HTTPS on every endpoint (TLS 1.2+)\n"
     "Access control: RBAC, least privilege\n"
     "Audit logs: kept 12 months, abnormal-access alerts\n"
     "Credit bureaus: 百行征信 and 朴道征信, direct connection\n"
     "Maintenance: 12 months free – bug fixes and minor version upgrades\n"
     "Regulatory changes: adapted free of charge\n"
     "Support: 7×24 on-call engineer (named), response within 2 hours\n"
     "Lifetime technical consultation: included\n"
     "Contract: all of the above written into the contract\n"
     "After the free period: RMB 26,000 per year\n"
     "Source code: full, unencrypted, re-developable",
     "Filing certificate copy received 5 Dec; system name matches the offer."],
    ["5", "Two Content", "肇庆四会软件有限公司" + A_T,
     "Price: RMB 209,000 (含税, 13% VAT invoice)\n"
     "Modules: 商品管理 · 分期计算器 · 订单跟踪 · 风控审批 · 还款管理 · 用户管理\n"
     "Value-added, FREE of charge (worth RMB 80,000):\n"
     "• 区块链存证 – court-grade evidence for every instalment contract\n"
     "• AI数字人客服 – answers your customers 7×24, cuts call-centre cost\n"
     "Optional: none",
     ""],
    ["6", "Two Content", "肇庆四会软件有限公司" + B_T,
     "MLPS Level 3: ✔ our platform is deployed on Alibaba Cloud (阿里云), whose cloud platform is MLPS Level 3 certified "
     "(等保三级云平台)\n"
     "Encryption: database TDE (transparent data encryption) on all tables\n"
     "Transport: HTTPS\n"
     "Access control: role-based permissions\n"
     "Audit logs: retention configurable as needed (按需配置)\n"
     "Credit bureau: 百行征信 via our partner (通过合作方接入百行)\n"
     "Maintenance: 12 months free, bug fixes and minor upgrades\n"
     "Regulatory changes: free\n"
     "Support: AI agent online 7×24; engineers Mon–Fri 9:00–18:00, response within 4 hours\n"
     "Lifetime consultation: included\n"
     "Contract: yes\n"
     "After warranty: RMB 20,000 / year\n"
     "Source code: full",
     "Candy (Group Compliance): the Level 3 here is Alibaba Cloud's, not the application's — we deploy the source on our own "
     "servers. Ask for the system's own filing."],
    ["7", "Two Content", "清远英德信息技术有限公司" + A_T,
     "Price: RMB 218,000 excl. VAT\n"
     "Modules: 商品管理 Product catalogue / 分期计算器 Instalment calculator / 订单跟踪 Order tracking / 风控审批 / 还款计划及提醒 / 用户管理\n"
     "Optional: 国密改造 (SM4 field encryption) RMB 30,000 excl. VAT – see slide B",
     ""],
    ["8", "Two Content", "清远英德信息技术有限公司" + B_T,
     "MLPS Level 3: filing certificate no. 44188143007-25003 for 英德分期业务系统V3 (the offered system), assessed Jun 2025\n"
     "Cryptography: AES-256 as standard; 国密改造另计 (SM4 field encryption +RMB 30,000 excl. VAT)\n"
     "Transport: HTTPS\n"
     "Access control: RBAC\n"
     "Audit logs: kept half a year (半年)\n"
     "Credit bureaus: 人行征信中心 (二代), 百行征信\n"
     "Maintenance: 6 months free, bug fixes only – version upgrades charged\n"
     "Regulatory changes: minor ones free; major policy changes quoted separately\n"
     "Support: 5×8 (working days)\n"
     "Response: next business day\n"
     "Lifetime technical consultation: not offered\n"
     "Contract: service letter only, not part of the contract\n"
     "After warranty: 18% of contract value per year\n"
     "Source code: full except the risk-decision engine (compiled SDK)",
     ""],
    ["9", "Two Content", "韶关乐昌网络科技有限公司" + A_T,
     "Price: RMB 228,000 incl. VAT (all-in)\n"
     "Modules in the price:\n"
     "• 商品中心 – SKU catalogue\n"
     "• 收银台分期 – instalment plans and monthly-payment calculator\n"
     "• 审批流 – risk approval workflow\n"
     "• 贷后管家 – repayment schedules, due-date reminders, overdue handling\n"
     "• 用户管理\n"
     "• Order tracking: not included – connect your existing ERP/OMS through our open API (开放接口)\n"
     "Free gift: 元宇宙营销厅 Metaverse showroom (3D virtual branch, lifts your brand image)",
     "Procurement: their module list is the longest of the four."],
    ["10", "Two Content", "韶关乐昌网络科技有限公司" + B_T,
     "MLPS (等保) Level 3: filing no. 44028143009-24012 for 乐昌分期管理系统V5 (the offered system), annual assessment passed Oct 2025\n"
     "Cryptography: SM4 for ID no., mobile and bank-card no.\n"
     "Transport: HTTPS (TLS 1.2)\n"
     "Access control: RBAC\n"
     "Audit logs: 12 months\n"
     "Credit bureaus: 百行征信\n"
     "Maintenance: 12 months free incl. minor version upgrades\n"
     "Regulatory changes: free\n"
     "Support: 7×24, response within 1 hour\n"
     "Lifetime consultation: included\n"
     "Contract: all commitments written into the contract\n"
     "After warranty: RMB 22,000 per year\n"
     "Source code: full, unencrypted",
     ""],
    ["11", "Title Only", "梅州兴宁云科技有限公司",
     "Thank you for inviting us. We will not submit a response in this round (delivery team fully booked until Q2 2026).\n"
     "感谢邀请，本次不参与报价。",
     ""],
    ["12", "Title and Content", "Procurement shortlist (draft, before compliance review)",
     "1. 肇庆四会 – lowest price (RMB 209k), 24/7, MLPS L3 ✔\n"
     "2. 韶关乐昌 – RMB 228k, longest module list, MLPS L3 ✔\n"
     "3. 江门台山 – RMB 248k\n"
     "4. 清远英德 – RMB 218k + VAT",
     "Candy (Group Compliance): not signed off — see my notes on slides 6 and 9 before this goes to the board."],
    ["13", "Title and Content", "Next steps",
     "• Clarification calls w/c 15 Dec\n• Board paper 22 Dec",
     ""],
]


def build_zzn03():
    write_csv(N3_NAME, [N3_HEAD] + N3_ROWS, "utf-8-sig")

    comment = f"""Voice: 中山市岐江消费分期小额贷款 (a group subsidiary; consumer instalments in Zhongshan only, no cross-border business, budget
  RMB 200k–300k incl. VAT): Procurement (Kaman Ho) merged the vendors' two-slide response templates into one deck on 8 Dec 2025
  and dumped its text slide by slide; the vendor slides are the vendors' pre-sales wording, in English and Chinese. Slides 1, 2, 12
  and 13 and every speaker note are the buyer's (Procurement's, and Candy of Group Compliance).
Layout: CSV in UTF-8 with BOM, CRLF; header {' | '.join(N3_HEAD)}; one line per slide; each vendor's quote is two slides titled
  '<company> — A. Commercials & modules' and '<company> — B. Security, compliance & service', the text a list of lines (some
  '•' bullets, most 'Label: value'); slide 11 a vendor's decline.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: two decisive ones, both in Procurement's draft shortlist (slide 12: '1. 肇庆四会 – lowest price, 24/7, MLPS L3 ✔; 2. 韶关乐昌
  …'). 四会's 'MLPS Level 3: ✔' is Alibaba Cloud's (等保三级云平台), not its system's: the source is deployed on the buyer's own
  servers — a claim (unverified); its '7×24' is an AI agent's, the engineers work Mon–Fri 9:00–18:00 in 4 h (no 7×24); its 'FREE
  (worth RMB 80,000)' gifts are bloat (区块链存证, AI数字人客服), the 80,000 no price. 乐昌's module list, the longest, says
  'Order tracking: not included – connect your existing ERP/OMS through our open API': a must-have stated absent (fail), though
  the words 'Order tracking' are in the list; its 元宇宙营销厅 is bloat. So 台山 (RMB 248,000 incl. 13% VAT, its breakdown
  198,000 + 38,000 + 12,000 summing to it; its own system filed 44078143012-24009 and re-assessed Sep 2025; SM4 inside 'SM2/SM3/SM4
  full suite'; every after-sales term good) is the pick; its modules are marketing names whose descriptions name the must-haves:
  商品中心 'SKU catalogue' = product catalogue, 收银台分期 '… per-instalment repayment calculator' = instalment calculator, 订单中心
  'order status tracking' = order tracking. 英德 passes (its own system, filed) at 218,000 excl. VAT × 1.13 = 246,340 but with
  'AES-256 as standard; 国密改造另计' (no SM4 at the base price; not a feature, the 30,000 is not added), 'half a year' = 6
  months, 6 months bug-only, upgrades charged, major policy changes charged, 5×8, 'next business day' (24 h), no consulting,
  'service letter only, not part of the contract', the risk engine a compiled SDK (partial); its '18% of contract value per year'
  is a stated fee whose base (before or after VAT) I leave open. 四会's 'database TDE … on all tables' names no algorithm, its
  '按需配置' no period and its '百行征信 via our partner' an intermediary: none asserted. 兴宁 declined (not listed). '90 days'
  validity is no period of service."""
    vendors = [
        dict(vendor="江门台山数科有限公司", gate="pass", price=248000,
             why="slides 3-4: 'RMB 248,000 incl. 13% VAT' (licence 198,000 + implementation 38,000 + training 12,000 = 248,000) inside 200k–300k; MLPS Level 3 'held by the offered system itself – 台山分期业务平台V4, filing certificate no. 44078143012-24009', re-assessed Sep 2025; 'SM2/SM3/SM4 full suite – … SM4-encrypted'; TLS 1.2+; RBAC; logs 12 months; 百行 + 朴道 direct; modules 商品中心 (SKU catalogue), 收银台分期 (per-instalment repayment calculator), 订单中心 (order status tracking), 审批台 (risk approval), 还款中心 (schedules, reminders), 用户中心; 12 months with minor upgrades, regulatory changes free, 7×24 named engineer within 2 h, lifetime consultation, all in the contract; RMB 26,000 a year; full source.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="肇庆四会软件有限公司", gate="unverified", price=209000,
             why="slides 5-6: 'RMB 209,000 (含税, 13% VAT invoice)' = 209,000 ('worth RMB 80,000' is the gifts' boast, no price); MLPS '✔ … deployed on Alibaba Cloud (阿里云), whose cloud platform is MLPS Level 3 certified' — the cloud's level, not the system's, and the buyer deploys the source itself: unproven (unverified; I would record a claim, only the gate is asserted); 'database TDE' names no algorithm, logs '按需配置', '百行征信 via our partner': not asserted; HTTPS; role-based permissions; 12 months with minor upgrades; regulatory changes free; 'AI agent online 7×24; engineers Mon–Fri 9:00–18:00, response within 4 hours' = no 7×24, 4 h; consultation; contract 'yes'; RMB 20,000 a year; full source; gifts 区块链存证 and AI数字人客服 = bloat.",
             values=dict(tls=True, access_control=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=dict(free_maintenance_months="stated", response_hours="stated", commitments_in_contract="stated"),
             fin=CI + CORE + ["repayment_management", "blockchain_evidence", "ai_customer_service"],
             flin=["no_7x24", "response_over_2h", "bloat_features"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "no_tls",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "source_partial",
                   "source_licence_only"]),
        dict(vendor="清远英德信息技术有限公司", gate="pass", price=246340,
             why="slides 7-8: 'RMB 218,000 excl. VAT' × 1.13 = 246,340; MLPS Level 3 'filing certificate no. 44188143007-25003 for 英德分期业务系统V3 (the offered system), assessed Jun 2025' (stated); 'AES-256 as standard; 国密改造另计 (SM4 … +RMB 30,000 excl. VAT)' = no SM4 at the base price (conditional; SM4 is no module, the option is not added); HTTPS; RBAC; logs 'half a year (半年)' = 6; 人行 + 百行; '6 months free, bug fixes only – version upgrades charged' (6; upgrades conditional); 'major policy changes quoted separately' (conditional); 5×8; 'next business day' = 24 h; 'Lifetime technical consultation: not offered'; 'service letter only, not part of the contract'; 'full except the risk-decision engine (compiled SDK)' = partial; the fee '18% of contract value per year' is stated but its base is not asserted.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="conditional", audit_log_months="stated",
                         licensed_credit_bureau="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional",
                         support_7x24="stated", lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["no_sm4", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_tls", "audit_log_under_6m", "bloat_features",
                            "source_licence_only"]),
        dict(vendor="韶关乐昌网络科技有限公司", gate="fail", price=228000,
             why="slides 9-10: 'RMB 228,000 incl. VAT (all-in)'; the module list says 'Order tracking: not included – connect your existing ERP/OMS through our open API' — the must-have order tracking stated absent: fail (missing_must_have), whatever the rest: 商品中心 (SKU catalogue), 收银台分期 (monthly-payment calculator), 审批流, 贷后管家 (repayment schedules, reminders), 用户管理; the free 元宇宙营销厅 is bloat; MLPS Level 3 for its own system (44028143009-24012, Oct 2025), SM4, TLS 1.2, RBAC, 12 months logs, 百行, 12 months with upgrades, free policy changes, 7×24 in 1 h, consultation, contract, RMB 22,000 a year, full source.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=["product_management", "installment_calculator", "risk_approval", "repayment_management", "user_management",
                  "metaverse_marketing"],
             fex=["order_tracking"], flin=["missing_must_have", "bloat_features"],
             flex=["no_mlps_level3", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget", "no_sm4",
                   "no_tls", "no_7x24", "maintenance_under_12m", "source_partial", "source_licence_only"]),
    ]
    write_toml(N3_NAME.replace(".csv", ".toml"), comment, "consumer_installment", [N3_NAME], "江门台山数科有限公司",
               "台山 (slides 3-4) proves MLPS Level 3 for the system it offers (filing 44078143012-24009, re-assessed Sep 2025), states SM4 on the sensitive fields, TLS, RBAC, 12-month logs and licensed bureaus, has every consumer-instalment must-have under marketing names whose descriptions name them (SKU catalogue, per-instalment repayment calculator, order status tracking), and the full after-sales set with full source, at RMB 248,000 incl. VAT. Procurement's draft favourite 四会 (209k) shows only Alibaba Cloud's Level 3 and a bot's 7×24 (unverified); 乐昌 (228k) states order tracking 'not included' (fail); 英德 passes at 246,340 but with AES, 6 months bug-only, 5×8, next-day response, no consulting, nothing in the contract and an encrypted risk engine; 兴宁 declined.",
               vendors)


if __name__ == "__main__":
    build_zzn01()
    build_zzn02()
    build_zzn03()
