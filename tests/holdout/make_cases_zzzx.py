"""Blind cases zzzx_*: "plain tables, careful words" — the layout is what any clerk makes; the vendors' own phrasings are the test.

01 a 综合部 clerk's 比价表 for a personal-credit system: criteria down column A, the four vendors across, every cell copied from the
   vendor's written quote — a price in 大写, a level-3 filing whose yearly re-assessment is "进行中", "已通过等保测评" with no level,
   "质保一年，终身维护（收费）", "SM4/SM2国密（可选）", "5×8小时，紧急情况7×24电话", "以双方签订的服务协议为准", a core model as an SDK;
02 a finance department's 比价表 saved from its OA as a GBK CSV, one row per vendor: "总价29.8万，含第一年维保；以后每年合同额的12%",
   a foreign-invested vendor answering in English ("Compliant with MLPS 2.0 Level 3", an optional module excl. VAT beside a price
   incl. 6% VAT), "三级备案号见附件（附件未收到）", a price in 大写 before 6% VAT, "源码交付（授权绑定域名使用）";
03 a consumer-instalment 询价汇总 with one row per vendor: "21.8万元/套（含税），生产+灾备两套共43.6万", "订单跟踪（后续版本提供）",
   "免费（开源版），部署实施费另收3.8万元", "首年19.8万，次年起每年3万服务费", "已取得…备案证明等资质材料签约后提供",
   "免费维护至系统上线后满一年".
Expectations written from shared/domain.md and docs/analyst-reading.md only; the product was not run on these files.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Border, Font, PatternFill, Side

sys.path.insert(0, str(Path(__file__).resolve().parent))
from case_io import BLOAT, CI, CORE, ML, PC, LEFT, _save, good, write_csv, write_toml  # noqa: E402

PRICE_FLAGS = ["price_below_10w", "price_below_15w", "price_over_budget", "price_missing"]
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="D9E1F2")

# ---------------------------------------------------------------- case 01: criteria down, vendors across (personal credit)
C1 = "zzzx_01_pc_bijiabiao_daxie_fuce.xlsx"
BUYER1 = "衢州市柯城区衢江小额贷款有限公司"
LY = "衢州龙游数科有限公司"
JD = "金华金东软件有限公司"
LD = "丽水莲都信息技术有限公司"
JJ = "台州椒江数据科技有限公司"

ITEMS1 = [
    # label, 龙游, 金东, 莲都, 椒江
    ("报价",
     "贰拾壹万捌仟元整（含税）",
     "19.6万元（含税）",
     "15.8万元（含税）",
     "23.5万元（含税），其中实施费3.5万元"),
    ("功能模块",
     "个人征信查询、风控模型（评分卡＋规则引擎）、反欺诈、还款计划及提醒、风控审批、用户管理",
     "个人征信查询、智能风控模型、反欺诈、还款管理、风控审批、用户管理",
     "个人征信查询、风控模型、反欺诈、还款管理、风控审批流、用户管理",
     "个人征信查询、风控模型、还款管理、风控审批、用户管理"),
    ("等保",
     "等保三级（备案证明编号33080243012-23006，2023年首次测评通过；2025年度复测进行中）",
     "系统按等保三级要求建设，已通过等保测评",
     "等保二级（已备案），三级计划2026年申请",
     "已取得等保三级，备案证明编号33100243005-24002"),
    ("数据加密",
     "身份证号、手机号、银行卡号SM4加密存储",
     "SM4/SM2国密（可选）",
     "身份证号、手机号SM4加密",
     "身份证号、手机号SM4加密"),
    ("传输加密", "全站HTTPS（TLS1.2）", "全站HTTPS", "HTTPS", "HTTPS"),
    ("权限管理", "RBAC角色权限，按岗位分配", "角色权限管理", "按角色授权", "按角色授权"),
    ("日志保存", "操作日志保存12个月，异常操作可追溯", "操作日志保存12个月", "操作日志保存12个月", "操作日志保存6个月"),
    ("征信接口", "已接入百行，朴道对接中", "直连百行征信", "百行征信", "对接人行征信中心（通过上海资信接入）"),
    ("免费维护期", "12个月（自验收之日起）", "质保一年，终身维护（收费）", "12个月", "12个月"),
    ("维护范围", "缺陷修复及小版本升级", "缺陷修复及小版本升级", "缺陷修复及小版本升级", "仅修复缺陷，不含版本升级"),
    ("政策适配", "监管政策调整免费适配", "监管政策调整免费", "免费", "重大政策调整另行报价"),
    ("技术支持", "7×24小时", "7×24小时", "7×24小时", "5×8小时，紧急情况7×24电话"),
    ("响应时间", "2小时内响应，专属工程师对接", "2小时内", "2小时内", "4小时内响应"),
    ("技术咨询", "终身免费技术咨询", "终身技术咨询", "终身技术咨询", "合同期内免费咨询"),
    ("维保期满后费用", "2.2万元/年", "2万元/年", "1.8万元/年", "按合同额12%/年"),
    ("写入合同", "以上承诺全部写入合同", "以上条款写入合同", "写入合同", "以双方签订的服务协议为准"),
    ("源码交付", "完整源码，无加密，可二次开发", "完整源码", "完整源码", "源码交付（核心风控模型以SDK形式提供）"),
]

wb = Workbook()
ws = wb.active
ws.title = "比价表"
ws.append(["个人信用贷系统源码询价比较表（各格照抄供应商书面报价单原文）　综合部 2025-12-03"])
ws.append(["比较项目", LY, JD, LD, JJ])
for row in ITEMS1:
    ws.append(list(row))
ws.merge_cells("A1:E1")
ws["A1"].font = Font(bold=True)
for c in ws[2]:
    c.font = Font(bold=True)
    c.fill = HEAD
for row in ws.iter_rows(min_row=2):
    for c in row:
        c.alignment = LEFT
        c.border = BOX
for col, w in zip("ABCDE", [14, 40, 36, 34, 36]):
    ws.column_dimensions[col].width = w
_save(wb, C1)

c1_comment = f"""
Voice: {BUYER1} (个人信用贷 to salaried staff and shopkeepers around 柯城; no cross-border business; the personal-credit band
  18–25万). The 综合部 clerk copied each vendor's written quote into the comparison sheet she always uses, cell by cell, without
  changing a word ("各格照抄供应商书面报价单原文").
Layout: .xlsx, one sheet 比价表: a title in A1, the header 比较项目 | {LY} | {JD} | {LD} | {JJ} in row 2, then 17 criteria in rows
  3–19 (报价, 功能模块, 等保, 数据加密, 传输加密, 权限管理, 日志保存, 征信接口, 免费维护期, 维护范围, 政策适配, 技术支持, 响应时间, 技术咨询,
  维保期满后费用, 写入合同, 源码交付). Nothing else on the sheet.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: four quotes, one per column, each cell the vendor's own words. {LY}'s "贰拾壹万捌仟元整（含税）" is 218,000; its 等保 cell names a
  filing number and a first assessment passed in 2023 — level 3 is held — and "2025年度复测进行中" is the yearly re-assessment every
  level-3 system undergoes, not a level still being applied for: stated. "已接入百行，朴道对接中" is a licensed bureau connected today.
  {JD}'s "系统按等保三级要求建设，已通过等保测评" claims the level (built to it; a pass that names no level). Its "质保一年，终身维护（收费）"
  is twelve free months, stated — the lifetime maintenance is the paid kind, no boast of a free period. "SM4/SM2国密（可选）" is SM4 only
  as an option (conditional). {LD}'s "等保二级（已备案），三级计划2026年申请" is level 2 today with level 3 only planned: a stated no.
  {JJ}'s "23.5万元（含税），其中实施费3.5万元" is 235,000 (the part is inside it); "5×8小时，紧急情况7×24电话" is round the clock for
  emergencies only — 7×24 with a condition; "合同期内免费咨询" is no lifetime consulting; "按合同额12%/年" a fee of 28,200; "以双方签订的
  服务协议为准" under 写入合同 says nothing on whether the promises are written in: unknown; "源码交付（核心风控模型以SDK形式提供）" is partial
  source; "通过上海资信接入" is the bureau's own access institution (a licensed connection); no 反欺诈 in its module list.
Traps: CARELESS TOP PICK {JD}: cheapest in the band at 19.6万, every module, "已通过等保测评", twelve months, 7×24 within 2 hours,
  lifetime consulting, full source — while {LY}'s 等保 cell ends in "复测进行中", which a hurried reader takes for "测评中" (unverified),
  and its price is in 大写, which a hurried reader skims. But {JD}'s level is only claimed (a pass with no level, "按…要求建设"):
  UNVERIFIED. The careful pick is {LY} (pass): 218,000 in the band, filing 33080243012-23006 with the level held since 2023, SM4 on
  ID / phone / card numbers, TLS1.2, RBAC, 12-month logs with tracing, 百行 connected, every personal-credit must-have and anti-fraud,
  12 months with minor upgrades, free policy adaptation, 7×24, 2 h to a named engineer, lifetime consulting, 2.2万 a year, all in the
  contract, full source. {JJ} passes at 235,000 with thinner terms (6-month logs, no upgrades, major policy changes quoted, emergency-only
  7×24, 4 h, consulting during the contract only, partial source, the contract unknown, no anti-fraud). {LD}, the cheapest at 158,000,
  holds level 2 only: FAIL.
Not settled and not asserted: the value recorded for {JD}'s claimed level and for its optional SM4 (false at the base price, most
  likely) and whether a `conditional` flag names the SM4; {JJ}'s support_7x24 value (the status is asserted) and whether its
  upgrades / policy values are `stated` or `conditional` (the values are asserted); {LD}'s values beyond the level and the price.
  None moves a gate or the pick.
"""
P_ALL = PC + CORE + ["anti_fraud"]


def _pc_good(*args, **kw):
    """good(), and a personal-credit quote listing anti-fraud raises no no_anti_fraud."""
    v = good(*args, **kw)
    v["flex"] = v["flex"] + ["no_anti_fraud"]
    return v


write_toml(C1.replace(".xlsx", ".toml"), c1_comment, "personal_credit", [C1], LY,
           f"{LY} holds level 3 (filing 33080243012-23006, first assessed 2023; the 2025 re-assessment is the yearly one) and gives every "
           f"personal-credit must-have and anti-fraud at 218,000 含税 (贰拾壹万捌仟元整, in the 18–25万 band), with SM4, TLS, RBAC, 12-month "
           f"logs, 百行 connected, 12 months including upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the "
           f"contract, full source. The cheaper {JD} only claims the level ('按等保三级要求建设，已通过等保测评': unverified); {JJ} passes at "
           f"235,000 with thinner terms and partial source; {LD} holds level 2 only (fail).",
           [
               _pc_good(LY, 218000, "Column B: '贰拾壹万捌仟元整（含税）' = 218,000. '等保三级（备案证明编号33080243012-23006，2023年首次测评通过；2025年度"
                    "复测进行中）' — held, with its number; the yearly re-assessment under way is no application: stated. SM4 on ID / phone / "
                    "card numbers; HTTPS TLS1.2; RBAC; 12-month logs with tracing; '已接入百行，朴道对接中' — 百行 connected (stated); 个人征信查询、"
                    "风控模型、反欺诈、还款计划及提醒、风控审批、用户管理; 12 months with bug fixes and minor upgrades; free policy adaptation; 7×24; "
                    "2 h, named engineer; lifetime consulting; '2.2万元/年'; all in the contract; full source.",
                    P_ALL, response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
               dict(vendor=JD, gate="unverified", price=196000,
                    why="Column C: '19.6万元（含税）'. '系统按等保三级要求建设，已通过等保测评' — built to the level, a pass naming no level: a claim, "
                        "UNVERIFIED. 'SM4/SM2国密（可选）' — SM4 only as an option (conditional). '质保一年，终身维护（收费）' — twelve free months, "
                        "stated (the lifetime maintenance is paid). Every must-have and anti-fraud; HTTPS; roles; 12-month logs; 百行 direct; "
                        "minor upgrades; free policy adaptation; 7×24; 2 h; lifetime consulting; '2万元/年'; in the contract; full source.",
                    values=dict(tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                                free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                                support_7x24=True, response_hours=2, lifetime_consulting=True,
                                annual_fee_after_warranty_cny=20000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="claimed", sm4_encryption="conditional", free_maintenance_months="stated"),
                    fin=P_ALL, fex=BLOAT,
                    flin=["claimed"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_tls", "no_access_control", "audit_log_under_6m",
                                        "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                                        "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                                        "not_in_contract", "source_partial", "source_licence_only", "bloat_features",
                                        "no_anti_fraud"]),
               dict(vendor=JJ, gate="pass", price=235000,
                    why="Column E: '23.5万元（含税），其中实施费3.5万元' — the 实施费 is inside the 23.5万: 235,000. '已取得等保三级，备案证明编号"
                        "33100243005-24002'; SM4 on ID / phone; HTTPS; roles; '操作日志保存6个月'; '对接人行征信中心（通过上海资信接入）' — the "
                        "bureau's own access institution; 个人征信查询、风控模型、还款管理、风控审批、用户管理 (no anti-fraud); 12 months; '仅修复缺陷，"
                        "不含版本升级'; '重大政策调整另行报价'; '5×8小时，紧急情况7×24电话' (7×24 for emergencies only: conditional); '4小时内响应'; "
                        "'合同期内免费咨询' (no lifetime consulting); '按合同额12%/年' = 28,200; '以双方签订的服务协议为准' (unknown); "
                        "'源码交付（核心风控模型以SDK形式提供）' (partial).",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                                policy_adaptation_free=False, response_hours=4, lifetime_consulting=False,
                                annual_fee_after_warranty_cny=28200, commitments_in_contract="null",
                                source_code_delivery="partial"),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="conditional",
                                response_hours="stated", commitments_in_contract="unknown"),
                    fin=PC + CORE, fex=["anti_fraud"] + BLOAT,
                    flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h",
                          "no_lifetime_consulting", "source_partial", "no_anti_fraud"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "missing_must_have", "no_sm4", "no_tls", "no_access_control",
                                        "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                                        "not_in_contract", "source_licence_only", "bloat_features"]),
               dict(vendor=LD, gate="fail", price=158000,
                    why="Column D: '15.8万元（含税）' (the cheapest, above 15万). '等保二级（已备案），三级计划2026年申请' — level 2 today, level 3 "
                        "only planned: a stated no, FAIL. Every must-have and anti-fraud.",
                    values=dict(mlps_level3=False),
                    status=dict(mlps_level3="stated"),
                    fin=P_ALL, fex=BLOAT,
                    flin=["no_mlps_level3"],
                    flex=PRICE_FLAGS + ["missing_must_have", "bloat_features", "no_anti_fraud"]),
           ])

# ---------------------------------------------------------------- case 02: finance's 比价表 as GBK CSV, one row per vendor
C2 = "zzzx_02_ml_caiwu_bijia_yingwen_gbk.csv"
BUYER2 = "湘潭市雨湖区湘商小额贷款有限公司"
YL = "长沙岳麓数科有限公司"
MX = "Changsha Meixi Lake Fintech Co., Ltd."
SF = "株洲石峰软件有限公司"
SG = "衡阳石鼓信息技术有限公司"

HDR2 = ["序号", "供应商名称", "报价", "功能模块", "等保", "数据加密", "传输加密", "权限管理", "日志保存", "征信接口", "售后服务", "合同",
        "源码交付"]
ROWS2 = [
    [f"{BUYER2} 商户经营贷系统源码比价表（财务部 整理，各栏照录供应商书面回复；英文回复照录原文）"],
    HDR2,
    [1, YL,
     "总价29.8万，含第一年维保；以后每年合同额的12%",
     "企业征信查询、银行流水分析、电子合同（CA签章）、风控审批、还款计划及提醒、用户管理",
     "等保三级，备案证明编号43030043008-24010（定级对象为本次报价系统）",
     "身份证号、手机号、统一社会信用代码SM4加密存储",
     "全站HTTPS（TLS1.2）",
     "RBAC角色权限",
     "操作日志保存12个月，异常操作可追溯",
     "直连人行征信中心企业征信、百行征信",
     "免费维护12个月（即总价所含第一年维保），含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；终身技术咨询",
     "以上承诺全部写入合同",
     "完整源码，无加密，可二次开发"],
    [2, MX,
     "CNY 236,000 incl. 6% VAT (licence 188,000 + implementation 36,000 + training 12,000)",
     "Enterprise credit report, e-contract, risk approval workflow, repayment management, user management. Bank statement "
     "analysis: optional module, +CNY 28,000 excl. VAT, not included in the price",
     "Compliant with MLPS 2.0 Level 3; our clients' deployments have passed Level 3 assessments",
     "SM4 for ID and mobile numbers",
     "HTTPS (TLS 1.2)",
     "Role-based access control",
     "Operation logs kept 12 months",
     "Direct connection to Baihang Credit",
     "12 months free maintenance incl. bug fixes and minor upgrades; regulatory changes adapted free of charge; 24x7 support, "
     "response within 2 hours; lifetime technical consultation; AMC from year 2: CNY 25,000 per year",
     "All of the above written into the contract",
     "Full source code, unencrypted"],
    [3, SF,
     "26.8万元（含税）",
     "企业征信查询、电子合同、风控审批、还款管理、用户管理、数据分析大屏；银行流水分析（二期开发）",
     "三级备案号见附件（附件未收到）",
     "SM4加密",
     "HTTPS",
     "权限管理",
     "日志保存6个月",
     "支持对接各大征信机构",
     "免费维护12个月；5×8小时技术支持",
     "写入合同",
     "完整源码"],
    [4, SG,
     "贰拾柒万伍仟元整（不含税，增值税税率6%）",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "已取得等保三级（备案证明43040043002-24007）",
     "AES-256加密，可按需改造为SM4",
     "HTTPS",
     "按角色授权",
     "操作日志保存12个月",
     "已对接百行征信",
     "免费维护6个月，仅修复缺陷，不含版本升级；政策适配按次收费；工作日9:00-18:00技术支持，4小时内响应；不提供终身技术咨询；维保期满后每年3万元",
     "以上写入合同",
     "源码交付（授权绑定域名使用）"],
]
write_csv(C2, ROWS2, "gbk")

c2_comment = f"""
Voice: {BUYER2} (经营性贷款 to shopkeepers and small manufacturers around 雨湖; no cross-border business; the merchant-loan band
  25–35万). The finance department keeps its 比价表 in the OA and saved it as CSV (GBK, CRLF) for the evaluation meeting; each cell is
  the vendor's written reply copied as it came, and the one foreign-invested vendor, {MX}, answered in English.
Layout: GBK CSV: a title line, then the header 序号 | 供应商名称 | 报价 | 功能模块 | 等保 | 数据加密 | 传输加密 | 权限管理 | 日志保存 |
  征信接口 | 售后服务 | 合同 | 源码交付, four vendor rows. 售后服务 is a cell of several facts.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per row. {YL}'s "总价29.8万，含第一年维保；以后每年合同额的12%" is a price of 298,000 and a yearly fee after the
  free year of 12 % × 298,000 = 35,760 — the 12 % is no VAT rate; its 售后服务 says the same twelve months. {MX}'s "CNY 236,000 incl.
  6% VAT (licence 188,000 + implementation 36,000 + training 12,000)" is 236,000 with its breakdown; its bank-statement analysis — a
  merchant-loan must-have — is "optional module, +CNY 28,000 excl. VAT, not included in the price": added at the 6 % the quote names,
  29,680, so 265,680; "Compliant with MLPS 2.0 Level 3; our clients' deployments have passed Level 3 assessments" is a standard said
  to be met and clients' filings: a claim. {SF}'s "银行流水分析（二期开发）" is a must-have not in this delivery. {SG}'s "贰拾柒万伍仟元整
  （不含税，增值税税率6%）" is 275,000 × 1.06 = 291,500; "AES-256加密，可按需改造为SM4" is SM4 only on request (conditional);
  "源码交付（授权绑定域名使用）" is, despite its first words, a licence locked to a domain (licence only).
Traps: CARELESS TOP PICK {MX}: its 236,000 is the lowest figure on the sheet, every other answer is the best one (12 months with
  upgrades, free regulatory changes, 24x7 within 2 hours, lifetime consultation, full source, all in the contract) and "Compliant with
  MLPS 2.0 Level 3" reads like a yes. But it holds no filing of its own — the level is claimed: UNVERIFIED — and it costs 265,680 once
  the optional must-have is bought. A careless reader also takes {YL}'s "12%" for a tax on top (336,740, over the band) or misses its
  yearly fee. The careful pick is {YL} (pass): 298,000 in the band, filing 43030043008-24010 for the system quoted, SM4 on ID / phone /
  credit-code fields, TLS1.2, RBAC, 12-month logs with tracing, 人行征信中心 + 百行 direct, every merchant-loan must-have, 12 months with
  minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, a known fee, all in the contract, full source. {SG}
  passes at 291,500 with thin terms (six months of bug fixes, policy work per change, office hours, 4 h, no consulting, SM4 only on
  request, a domain-locked licence). {SF} leaves bank-statement analysis to phase 2: FAIL.
Not settled and not asserted: the value recorded for {MX}'s claimed level, the standing of its bank-statement analysis (conditional)
  and whether a `conditional` flag names it; {SF}'s 等保 cell "三级备案号见附件（附件未收到）" (a level with its number in a missing
  attachment, the bracket most likely the clerk's) and its bureau "支持对接各大征信机构" (a claim) — its gate fails on the module anyway;
  {SG}'s SM4 value (false at the base price, most likely; the status is asserted) and whether its after-sales values are `stated` or
  `conditional` (the values are asserted). None moves a gate or the pick.
"""
M_ALL = ML + CORE + ["repayment_management"]
write_toml(C2.replace(".csv", ".toml"), c2_comment, "merchant_loan", [C2], YL,
           f"{YL} proves the level-3 filing of the system it quotes and gives every merchant-loan must-have at 298,000 (in the 25–35万 "
           f"band), with SM4, TLS, RBAC, 12-month logs, 人行 + 百行, the first year's maintenance in the price with upgrades, free policy "
           f"adaptation, 7×24 within 1 hour, lifetime consulting, a fee of 12 % of the contract (35,760) a year after it, all in the "
           f"contract, full source. {MX} looks cheapest at 236,000 but only claims MLPS Level 3 (unverified) and needs its 28,000 + 6 % "
           f"bank-statement option (265,680); {SG} passes at 291,500 with thin after-sales and a domain-locked licence; {SF} leaves "
           f"bank-statement analysis to phase 2 (fail).",
           [
               good(YL, 298000, "Row 1: '总价29.8万，含第一年维保；以后每年合同额的12%' — 298,000, and 12 % × 298,000 = 35,760 a year after the free "
                    "year (no VAT). '等保三级，备案证明编号43030043008-24010（定级对象为本次报价系统）'; SM4 on ID / phone / credit code; HTTPS "
                    "TLS1.2; RBAC; 12-month logs with tracing; 人行征信中心 企业征信 + 百行 direct; 企业征信查询、银行流水分析、电子合同、风控审批、"
                    "还款计划及提醒、用户管理; '免费维护12个月（即总价所含第一年维保），含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，"
                    "1小时内响应；终身技术咨询'; all in the contract; full source.",
                    M_ALL, response_hours=1, annual_fee_after_warranty_cny=35760, source_code_delivery="full"),
               dict(vendor=MX, gate="unverified", price=265680,
                    why="Row 2 (English): 'CNY 236,000 incl. 6% VAT (licence 188,000 + implementation 36,000 + training 12,000)'; 'Bank "
                        "statement analysis: optional module, +CNY 28,000 excl. VAT, not included in the price' — a must-have option, at the "
                        "6 % the quote names: 236,000 + 29,680 = 265,680. 'Compliant with MLPS 2.0 Level 3; our clients' deployments have "
                        "passed Level 3 assessments' — a claim: UNVERIFIED. SM4 on ID / mobile; TLS 1.2; RBAC; 12-month logs; Baihang direct; "
                        "12 months with minor upgrades; regulatory changes free; 24x7, 2 h; lifetime consultation; 'AMC from year 2: CNY "
                        "25,000 per year'; all in the contract; full source.",
                    values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                                policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                                annual_fee_after_warranty_cny=25000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="claimed", sm4_encryption="stated", free_maintenance_months="stated"),
                    fin=M_ALL, fex=BLOAT,
                    flin=["claimed"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                        "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                                        "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                                        "not_in_contract", "source_partial", "source_licence_only", "bloat_features"]),
               dict(vendor=SG, gate="pass", price=291500,
                    why="Row 4: '贰拾柒万伍仟元整（不含税，增值税税率6%）' = 275,000 × 1.06 = 291,500, in the band. '已取得等保三级（备案证明"
                        "43040043002-24007）'; 'AES-256加密，可按需改造为SM4' (SM4 only on request: conditional); HTTPS; roles; 12-month logs; "
                        "百行; every must-have; '免费维护6个月，仅修复缺陷，不含版本升级；政策适配按次收费；工作日9:00-18:00技术支持，4小时内响应；不提供"
                        "终身技术咨询；维保期满后每年3万元'; in the contract; '源码交付（授权绑定域名使用）' — a domain-locked licence.",
                    values=dict(mlps_level3=True, tls=True, access_control=True, audit_log_months=12,
                                licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                                policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                                annual_fee_after_warranty_cny=30000, commitments_in_contract=True,
                                source_code_delivery="licence_only"),
                    status=dict(mlps_level3="stated", sm4_encryption="conditional", free_maintenance_months="stated",
                                response_hours="stated", lifetime_consulting="stated"),
                    fin=M_ALL, fex=BLOAT,
                    flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                          "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "missing_must_have", "no_tls", "no_access_control",
                                        "audit_log_under_6m", "no_licensed_credit_bureau", "not_in_contract",
                                        "source_partial", "bloat_features"]),
               dict(vendor=SF, gate="fail", price=268000,
                    why="Row 3: '26.8万元（含税）'; '企业征信查询、电子合同、风控审批、还款管理、用户管理、数据分析大屏；银行流水分析（二期开发）' — a "
                        "must-have put off to phase 2, not in this delivery: FAIL. 12 months free; '5×8小时技术支持'.",
                    values=dict(free_maintenance_months=12, support_7x24=False),
                    fin=["enterprise_credit", "contract_management", "risk_approval", "repayment_management", "user_management",
                         "bi_dashboard"],
                    fex=["cashflow_analysis"] + BLOAT,
                    flin=["missing_must_have", "no_7x24"],
                    flex=PRICE_FLAGS + ["maintenance_under_12m", "bloat_features"]),
           ])

# ---------------------------------------------------------------- case 03: one row per vendor (consumer instalments)
C3 = "zzzx_03_ci_meitao_baojia_houxu.xlsx"
BUYER3 = "赣州市章贡区赣商小额贷款有限公司"
NK = "赣州南康数科有限公司"
YF = "吉安永丰软件有限公司"
FL = "景德镇浮梁信息技术有限公司"
GF = "上饶广丰科技有限公司"

HDR3 = ["序号", "供应商", "报价", "功能模块", "等保", "数据加密", "传输加密", "权限管理", "日志保存", "征信接口", "免费维护", "维护范围",
        "政策适配", "技术支持及响应", "技术咨询", "维保期满后年费", "合同", "源码"]
ROWS3 = [
    [1, NK,
     "21.8万元/套（含税），生产+灾备两套共43.6万",
     "商品管理、分期计算器（等额本息/等额本金试算）、订单跟踪（含物流状态）、风控审批、还款计划及提醒、用户管理",
     "已取得等保三级备案证明，编号36070243009-24004，定级对象为本次报价系统",
     "身份证号、手机号、银行卡号SM4加密存储", "全站HTTPS（TLS1.2）", "RBAC角色权限", "操作日志保存12个月", "百行征信、朴道征信",
     "免费维护至系统上线后满一年", "缺陷修复及小版本升级", "监管政策调整免费", "7×24小时，1小时内响应", "终身技术咨询", "2.4万元/年",
     "以上承诺全部写入合同", "完整源码，无加密"],
    [2, YF,
     "19.9万元（含税）",
     "商品管理、分期计算器、订单跟踪（后续版本提供）、风控审批、还款管理、用户管理",
     "已取得等保三级，备案证明编号36080243001-24010",
     "身份证号、手机号SM4加密", "HTTPS", "角色权限", "操作日志保存12个月", "百行征信",
     "质保12个月", "含小版本升级", "免费", "7×24小时，2小时内响应", "终身技术咨询", "到期后按年续保，续保费为合同额15%",
     "写入合同", "完整源码"],
    [3, FL,
     "免费（开源版），部署实施费另收3.8万元",
     "商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理",
     "暂未办理等保",
     "未加密", "HTTP", "单一管理员账号", "未做日志", "无",
     "3个月", "仅修复缺陷", "另行收费", "QQ群答疑，工作日响应", "无", "按次收费",
     "不写入合同", "开源（GPL协议），源码全部开放"],
    [4, GF,
     "首年19.8万，次年起每年3万服务费",
     "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
     "等保三级已取得，备案证明等资质材料签约后提供",
     "身份证号、手机号SM4加密", "HTTPS", "按角色授权", "操作日志保存12个月", "百行征信",
     "12个月", "缺陷修复及小版本升级", "监管政策调整免费", "7×24小时，2小时内响应", "终身技术咨询", "3万元/年（次年起）",
     "写入合同", "完整源码"],
]

wb = Workbook()
ws = wb.active
ws.title = "询价汇总"
ws.append(["消费分期系统源码询价汇总（信息科技部，2025年12月；各栏为供应商书面报价原文）"])
ws.append(HDR3)
for row in ROWS3:
    ws.append(row)
ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HDR3))
ws["A1"].font = Font(bold=True)
for c in ws[2]:
    c.font = Font(bold=True)
    c.fill = HEAD
for row in ws.iter_rows(min_row=2):
    for c in row:
        c.alignment = LEFT
        c.border = BOX
for k, w in enumerate([5, 24, 26, 40, 32, 22, 14, 14, 16, 16, 18, 16, 14, 18, 12, 18, 16, 18]):
    ws.column_dimensions[ws.cell(2, k + 1).column_letter].width = w
_save(wb, C3)

c3_comment = f"""
Voice: {BUYER3} (消费分期 for furniture from 南康's workshops and home appliances, sold through partner shops; no cross-border business;
  the consumer-instalment band 20–30万). The IT department collected four written quotes and typed them into one summary, a row per
  vendor, each cell the vendor's own words.
Layout: .xlsx, one sheet 询价汇总: a title in row 1, the header 序号 | 供应商 | 报价 | 功能模块 | 等保 | 数据加密 | 传输加密 | 权限管理 |
  日志保存 | 征信接口 | 免费维护 | 维护范围 | 政策适配 | 技术支持及响应 | 技术咨询 | 维保期满后年费 | 合同 | 源码 in row 2, four vendor rows.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per row. {NK}'s "21.8万元/套（含税），生产+灾备两套共43.6万" is the price of one system, 218,000: the total is the
  same set twice (production and disaster recovery), the comparable price is one set's. "免费维护至系统上线后满一年" is twelve free months.
  "7×24小时，1小时内响应" is 7×24 and a response of one hour. {YF}'s "订单跟踪（后续版本提供）" is a must-have put off to a later version:
  not in this delivery. Its "到期后按年续保，续保费为合同额15%" is a stated fee of 15 % × 199,000 = 29,850. {FL}'s "免费（开源版），部署实施费
  另收3.8万元" is 38,000 to pay — the deployment is part of the price — under 10万; "暂未办理等保" is a stated no. {GF}'s "等保三级已取得，
  备案证明等资质材料签约后提供" holds the proof back until signing: a claim.
Traps: CARELESS TOP PICK {YF} (or {GF}): {YF} is the cheapest real quote at 19.9万 with a filing number, six modules listed, 7×24 and
  full source; {GF} writes "等保三级已取得" and "首年19.8万". A hurried reader also takes {NK} at "共43.6万" — far over the 20–30万 band —
  and drops it. But {YF}'s list says "订单跟踪（后续版本提供）": order tracking is not delivered — FAIL; {GF}'s level is only claimed (no
  number, "签约后提供") — UNVERIFIED. The careful pick is {NK} (pass): 218,000 per set in the band, filing 36070243009-24004 for the
  system quoted, SM4 on ID / phone / card numbers, TLS1.2, RBAC, 12-month logs, 百行 + 朴道, every instalment must-have, twelve months
  from go-live with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 2.4万 a year, all in the contract,
  full source. {FL} is 38,000 with no 等保: FAIL.
Not settled and not asserted: {GF}'s comparable price — "首年19.8万，次年起每年3万服务费" is most likely a purchase of 198,000 with a
  yearly service fee of 30,000 from the second year, but "首年" could also be read as the first year of a rental; the value recorded for
  its claimed level; {FL}'s values beyond its price and level (no encryption, HTTP, a single admin account, no logs, no bureau, three
  months, GPL source — every one is plain, but the gate fails on the price and the level already); whether a warning says {NK}'s cell
  was read as a per-set price. None moves a gate or the pick.
"""
I_ALL = CI + CORE + ["repayment_management"]
write_toml(C3.replace(".xlsx", ".toml"), c3_comment, "consumer_installment", [C3], NK,
           f"{NK} proves the level-3 filing of the system it quotes and gives every instalment must-have at 218,000 含税 per set (the "
           f"'两套共43.6万' is the same system twice; in the 20–30万 band), with SM4, TLS, RBAC, 12-month logs, 百行 + 朴道, twelve months "
           f"from go-live including upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, full "
           f"source. The cheaper {YF} puts order tracking off to a later version (fail); {GF} holds its filing back until signing "
           f"(unverified); {FL}'s 'free' open-source system costs 38,000 to deploy and has no 等保 (fail).",
           [
               good(NK, 218000, "Row 1: '21.8万元/套（含税），生产+灾备两套共43.6万' — one set, 218,000 (the 43.6万 is two sets of the same system). "
                    "'已取得等保三级备案证明，编号36070243009-24004，定级对象为本次报价系统'; SM4 on ID / phone / card numbers; HTTPS TLS1.2; RBAC; "
                    "12-month logs; 百行 + 朴道; 商品管理、分期计算器、订单跟踪、风控审批、还款计划及提醒、用户管理; '免费维护至系统上线后满一年' (12 "
                    "months); minor upgrades; free policy adaptation; '7×24小时，1小时内响应'; lifetime consulting; '2.4万元/年'; all in the "
                    "contract; full source.",
                    I_ALL, response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
               dict(vendor=YF, gate="fail", price=199000,
                    why="Row 2: '19.9万元（含税）'; '商品管理、分期计算器、订单跟踪（后续版本提供）、风控审批、还款管理、用户管理' — order tracking "
                        "in a later version, not in this delivery: FAIL. '已取得等保三级，备案证明编号36080243001-24010'; 12 months with minor "
                        "upgrades; 7×24, 2 h; '续保费为合同额15%' = 29,850 a year; full source.",
                    values=dict(mlps_level3=True, free_maintenance_months=12, support_7x24=True, response_hours=2,
                                annual_fee_after_warranty_cny=29850, source_code_delivery="full"),
                    status=dict(mlps_level3="stated"),
                    fin=["product_management", "installment_calculator", "risk_approval", "repayment_management",
                         "user_management"],
                    fex=["order_tracking"] + BLOAT,
                    flin=["missing_must_have"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "maintenance_under_12m", "no_7x24", "response_over_2h",
                                        "bloat_features"]),
               dict(vendor=GF, gate="unverified",
                    why="Row 4: '等保三级已取得，备案证明等资质材料签约后提供' — no number, the proof held back until signing: a claim, "
                        "UNVERIFIED. Every must-have; SM4 on ID / phone; HTTPS; roles; 12-month logs; 百行; 12 months with minor upgrades; "
                        "free policy adaptation; 7×24, 2 h; lifetime consulting; '3万元/年（次年起）'; in the contract; full source. Its price "
                        "'首年19.8万，次年起每年3万服务费' is not asserted (never 3万, never under 10万).",
                    values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                                policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                                annual_fee_after_warranty_cny=30000, commitments_in_contract=True,
                                source_code_delivery="full"),
                    status=dict(mlps_level3="claimed", free_maintenance_months="stated"),
                    fin=I_ALL, fex=BLOAT,
                    flin=["claimed"],
                    flex=["price_below_10w", "price_below_15w", "price_over_budget", "missing_must_have", "no_sm4", "no_tls",
                          "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                          "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                          "no_lifetime_consulting", "not_in_contract", "source_partial", "source_licence_only",
                          "bloat_features"]),
               dict(vendor=FL, gate="fail", price=38000,
                    why="Row 3: '免费（开源版），部署实施费另收3.8万元' — 38,000 to pay, under 10万: FAIL; '暂未办理等保' — a stated no: FAIL.",
                    values=dict(mlps_level3=False),
                    status=dict(mlps_level3="stated"),
                    fin=CI, fex=BLOAT,
                    flin=["price_below_10w", "no_mlps_level3"],
                    flex=["missing_must_have", "price_over_budget", "bloat_features"]),
           ])
