"""Blind cases zzzu_*: "the second round" — documents written after the first quotes came in.

01 finance's 议价让利瀑布图 data sheet: each vendor a block of steps (首轮报价 | 第二轮让利 | 第三轮让利 | 最终报价), the amount of each
   step, the condition the vendor attached to it in its own words ("再降1万，但免费维护期由12个月缩短为6个月…"), then the chart's
   helper columns (累计 | 透明柱 | 总额柱 | 降价柱) and the cost team's remark; the terms on a second sheet copied from the
   second-round letters, a note saying the later letters on the first sheet prevail; the charts on a third sheet;
02 an IT officer's text-compare report (Beyond Compare, side by side, saved as a GBK CSV): for each vendor its first-round
   报价单 on the left and its 最终报价单 on the right, line by line, marked = / ≠ / < (left only: struck from the final) /
   > (right only: added in the final), the report saying the right side governs; one vendor's final is a letter withdrawing;
03 a negotiation team's 谈判底线表 filled in after the second round (UTF-8-BOM CSV, one row per vendor and topic): the
   team's own 目标 and 底线 for each topic, the vendor's first-round words, its second-round written reply (blank = the
   first round stands), the team's 达成情况 and 下一步; one vendor writes in English and its second round contradicts its
   first.
Expectations written from shared/domain.md and docs/analyst-reading.md only; the product was not run on these files.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font

sys.path.insert(0, str(Path(__file__).resolve().parent))
from case_io import BLOAT, CI, CORE, ML, PC, LEFT, _save, good, write_csv, write_toml  # noqa: E402

PRICE_FLAGS = ["price_below_10w", "price_below_15w", "price_over_budget", "price_missing"]

# ---------------------------------------------------------------- case 01: finance's 议价让利瀑布图 data sheet
C1 = "zzzu_01_pc_yijia_rangli_pubutu.xlsx"
DK = "邵阳洞口智能科技有限公司"
LH = "邵阳隆回数据科技有限公司"
XH = "娄底新化软件有限公司"
SF = "娄底双峰数科有限公司"
SN = "邵阳绥宁信息技术有限公司"
V1 = [DK, LH, XH, SF, SN]

# (step, date, amount, tax basis, the vendor's words, the cost team's remark)
STEPS = {
    DK: [
        ("首轮报价", "2025-11-10", 168000, "不含税（增值税6%另计）",
         "系统源码及部署实施合计16.8万元（不含税），增值税按6%另开专票。", None),
        ("第二轮让利", "2025-11-21", -15000, "不含税",
         "在首轮基础上让利1.5万元，前提是贵司于合同签订后7日内一次性付清全款。", None),
        ("第三轮让利", "2025-11-28", -10000, "不含税",
         "再降1万，但免费维护期由12个月缩短为6个月，维护期内只做缺陷修复，不含版本升级。", None),
        ("最终报价", "2025-12-01", None, "不含税（增值税6%另计）",
         "最终报价14.3万元（不含税，6%增值税另计），按第三轮所列条件执行。",
         "三轮累计降2.5万，降幅最大；除双峰外最终价最低，建议优先约谈签约"),
    ],
    LH: [
        ("首轮报价", "2025-11-10", 248000, "含税（13%专票）",
         "源码授权及实施部署合计24.8万元（含税，13%增值税专用发票）。", None),
        ("第二轮让利", "2025-11-20", -12000, "含税",
         "经公司审批让利1.2万元，无附加条件，其余条款不变。", None),
        ("第三轮让利", "2025-11-27", 0, "含税",
         "第二轮报价已是我司底价，本轮不再调整。", None),
        ("最终报价", "2025-11-30", None, "含税",
         "最终报价23.6万元（含税），其余条款均按第二轮报价函执行。", "只让了1.2万，五家里最终价最高"),
    ],
    XH: [
        ("首轮报价", "2025-11-11", 235000, "含税", "报价合计23.5万元（含税）。", None),
        ("第二轮让利", "2025-11-21", -10000, "含税", "让利1万元。", None),
        ("第三轮让利", "2025-11-28", -20000, "含税",
         "再让2万元，条件是反欺诈模块不在本次采购范围内（贵司如后续需要，可另行采购）。", None),
        ("最终报价", "2025-12-01", None, "含税", "最终报价20.5万元（含税），不含反欺诈模块。", "价格合适"),
    ],
    SF: [
        ("首轮报价", "2025-11-12", 128000, "含税", "报价12.8万元（含税）。", None),
        ("第二轮让利", "2025-11-21", -20000, "含税", "让利2万元。", None),
        ("第三轮让利", "2025-11-28", -12000, "含税", "再让1.2万元，另赠送区块链存证模块。", None),
        ("最终报价", "2025-12-01", None, "含税", "最终报价9.6万元（含税）。", "已跌破10万，慎重"),
    ],
    SN: [
        ("首轮报价", "2025-11-10", 226000, "含税",
         "合计22.6万元（含税），含风控模型（评分卡＋规则引擎）。", None),
        ("第二轮让利", "2025-11-21", -8000, "含税", "让利0.8万元。", None),
        ("第三轮让利", "2025-11-28", -18000, "含税",
         "再降1.8万元，前提：风控模型模块调整为二期开发，本期合同不交付，二期上线时另行报价。", None),
        ("最终报价", "2025-12-01", None, "含税", "最终报价20.0万元（含税），风控模型列入二期。", None),
    ],
}

TERMS1 = [
    ("功能模块",
     "个人征信查询、反欺诈、还款计划及提醒、风控审批流、用户管理；风控模型（评分卡引擎）为选配模块，另加2.8万元（不含税），未含在报价内",
     "个人征信查询（人行二代征信）、风控模型（评分卡＋规则引擎）、反欺诈、还款管理、风控审批流、用户管理",
     "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理",
     "个人征信查询、风控模型、还款管理、风控审批、用户管理",
     "个人征信查询、风控模型（评分卡＋规则引擎）、反欺诈、还款管理、风控审批流、用户管理"),
    ("等保三级",
     "支持等保三级，系统严格按三级要求开发，上线后可协助贵司完成测评",
     "已取得第三级备案证明，编号43050043012-24008，定级对象为隆回个人信贷业务系统V5（即本次报价系统）",
     "已取得三级，备案证明编号43130043006-23015",
     "已取得三级（备案证明43130043002-24004）",
     "已取得三级，备案证明编号43050043020-24001"),
    ("数据加密", "敏感数据采用国密算法加密存储", "身份证号、手机号、银行卡号SM4加密存储", "SM4（身份证号、手机号）", "AES-128", "SM4"),
    ("传输加密", "HTTPS", "全站HTTPS（TLS1.2及以上）", "HTTPS", "HTTPS", "HTTPS"),
    ("权限管理", "角色权限", "RBAC，按岗位授权", "角色权限", "有", "角色权限"),
    ("日志保存", "6个月", "12个月，异常操作可追溯", "12个月", "3个月", "6个月"),
    ("征信接口", "支持对接各大征信，接口齐全", "直连人行征信中心，另接百行征信", "百行征信", "百行征信", "百行征信、朴道征信"),
    ("免费维护期", "12个月", "12个月（自验收之日起）", "12个月", "3个月", "12个月"),
    ("维护范围", "缺陷修复及小版本升级", "缺陷修复及小版本升级", "缺陷修复及小版本升级", "仅修复bug", "缺陷修复及小版本升级"),
    ("政策适配", "免费", "因监管政策变化所需调整免费", "一般调整免费，重大监管政策调整另行报价", "另行收费", "免费"),
    ("技术支持", "7×24小时", "7×24小时", "工作日8:30-17:30", "工作日", "7×24"),
    ("响应时间", "2小时", "1小时内，专属工程师对接", "4小时", "次工作日", "2小时"),
    ("终身技术咨询", "提供", "提供", "维保期内提供", "无", "提供"),
    ("维保期满后年费", "合同额15%/年", "2.4万元/年", "2万元/年", "1.5万元/年", "2.2万元/年"),
    ("写入合同", "售后按我司《售后服务手册》执行，不纳入合同文本", "以上条款全部写入合同", "写入合同", "否", "写入合同"),
    ("源码交付", "完整源码", "完整源码，无加密，可二次开发", "完整源码，无加密", "完整源码", "完整源码"),
]

wb = Workbook()
ws = wb.active
ws.title = "瀑布图数据"
HDR1 = ["供应商", "步骤", "函件日期", "金额变动（元）", "计税口径", "让利条件及说明（供应商函件原文）", "累计（元）", "透明柱", "总额柱",
        "降价柱", "成本组备注"]
ws.append(["邵阳邵东昭陵小额贷款有限公司  个人信用贷系统源码采购——各供应商三轮议价让利瀑布图（数据源）"])
ws.append(["说明：每家一块。“金额变动”按各供应商书面报价函及让利函录入（统一折成元，计税口径见“计税口径”列）；“让利条件及说明”照录函件原文；"
           "“累计、透明柱、总额柱、降价柱”四列为作图辅助列，由成本组按公式生成，不是供应商报价；“成本组备注”为成本组意见。"
           "制表：财务部成本组 钟雯  2025-12-03"])
ws.append(HDR1)
blocks = []
for name in V1:
    first = ws.max_row + 1
    run = 0
    for k, (step, date, amt, tax, words, remark) in enumerate(STEPS[name]):
        if step == "首轮报价":
            run = amt
            helper = (0, amt, 0)
        elif step == "最终报价":
            helper = (0, run, 0)
        else:
            run += amt
            helper = (run, 0, -amt)
        ws.append([name if k == 0 else None, step, date, amt, tax, words, run] + list(helper) + [remark])
    last = ws.max_row
    ws.merge_cells(start_row=first, end_row=last, start_column=1, end_column=1)
    blocks.append((name, first, last))
ws.merge_cells("A1:K1")
ws.merge_cells("A2:K2")
for row in ws.iter_rows(min_row=1):
    for c in row:
        c.alignment = LEFT
for r in range(4, ws.max_row + 1):
    for col in (4, 7, 8, 9, 10):
        ws.cell(r, col).number_format = "#,##0"
ws.cell(1, 1).font = Font(bold=True, size=13)
for k, w in enumerate([26, 11, 11, 13, 20, 56, 11, 10, 10, 10, 34], 1):
    ws.column_dimensions[chr(64 + k)].width = w

wt = wb.create_sheet("条款（二轮函）")
wt.append(["条款确认表（照录各供应商第二轮报价函所附《商务及技术条款》原文）"])
wt.append(["注：第三轮让利函及最终报价函所附条件与本表不一致的，以“瀑布图数据”页所录函件原文为准。"])
wt.append(["条款项目"] + V1)
for r in TERMS1:
    wt.append(list(r))
wt.merge_cells("A1:F1")
wt.merge_cells("A2:F2")
for row in wt.iter_rows(min_row=1):
    for c in row:
        c.alignment = LEFT
wt.column_dimensions["A"].width = 16
for col in "BCDEF":
    wt.column_dimensions[col].width = 38

wc = wb.create_sheet("瀑布图")
for i, (name, first, last) in enumerate(blocks):
    ch = BarChart()
    ch.type = "col"
    ch.grouping = "stacked"
    ch.overlap = 100
    ch.title = name
    ch.legend = None
    ch.add_data(Reference(ws, min_col=8, max_col=10, min_row=first, max_row=last), titles_from_data=False)
    ch.set_categories(Reference(ws, min_col=2, min_row=first, max_row=last))
    ch.series[0].graphicalProperties.noFill = True
    ch.series[0].graphicalProperties.line.noFill = True
    ch.height = 6.5
    ch.width = 12
    wc.add_chart(ch, f"{'A' if i % 2 == 0 else 'I'}{1 + (i // 2) * 14}")
_save(wb, C1)

c1_comment = f"""
Voice: 邵阳邵东昭陵小额贷款有限公司 (个人信用贷 to shopkeepers and salaried staff in 邵东; no cross-border business; the band 18–25万). After
  three rounds of bargaining its finance cost team (钟雯) drew a waterfall chart of each vendor's concessions for the general
  manager's meeting: the data sheet records each round's cut and the condition the vendor attached to it in its letter, the
  chart's helper columns beside them, and a remark recommending the vendor whose bars fell furthest.
Layout: .xlsx, three sheets. 瀑布图数据: a title, a 说明 line (the amounts and conditions come from the vendors' letters; 累计 / 透明柱 /
  总额柱 / 降价柱 are the team's chart helpers, "不是供应商报价"; 成本组备注 is the team's), the header 供应商 | 步骤 | 函件日期 |
  金额变动（元） | 计税口径 | 让利条件及说明（供应商函件原文） | 累计（元） | 透明柱 | 总额柱 | 降价柱 | 成本组备注, then a block of four
  rows per vendor (首轮报价 | 第二轮让利 | 第三轮让利 | 最终报价), the company merged down column A. 条款（二轮函）: the terms items down,
  the five companies across, copied from the second-round letters, under a note "第三轮让利函及最终报价函所附条件与本表不一致的，以
  “瀑布图数据”页所录函件原文为准". 瀑布图: five stacked-bar charts, no cells.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor, its block and its column of the terms sheet joined by name. The price is the final round the
  vendor's own words give (a round said as a cut is the round before less the cut), on the tax basis the letter names; a
  condition attached to a cut is the vendor's later word on the term it names and replaces the second-round term (the terms
  sheet says so); a module the condition takes out is out, a module it gives is in. The helper columns are the team's
  arithmetic (the 透明柱 of 143,000 beside 洞口's last cut is no price), and the 成本组备注 is no reason to rank.
Traps: CARELESS TOP PICK {DK}: its bars fall furthest (−2.5万) to "最终报价14.3万元", the team writes "降幅最大；除双峰外最终价最低，建议
  优先约谈签约", and 14.3万 even looks like the caution zone. But it is "不含税，6%增值税另计", and its risk model — a personal-credit
  must-have — is "选配模块，另加2.8万元（不含税），未含在报价内": (143,000 + 28,000) × 1.06 = 181,260. The third cut was bought with its
  after-sales: "再降1万，但免费维护期由12个月缩短为6个月，维护期内只做缺陷修复，不含版本升级" (6 months, no upgrades, whatever the
  terms sheet's "12个月" and "缺陷修复及小版本升级"); its level is "支持等保三级，系统严格按三级要求开发，上线后可协助贵司完成测评" (a claim:
  UNVERIFIED), "国密算法" names no SM4, "支持对接各大征信" names no bureau, and "售后按我司《售后服务手册》执行，不纳入合同文本" keeps the
  after-sales out of the contract. The careful pick is {LH} (pass), "五家里最终价最高" to the team: 248,000 less "让利1.2万元，无附加条件"
  and "本轮不再调整" = "最终报价23.6万元（含税）" in the band; filing 43050043012-24008 for the system quoted; SM4 on ID / phone / card
  numbers; TLS1.2+; RBAC; 12-month logs with tracing; 人行征信中心 + 百行 direct; every must-have and anti-fraud; 12 months with minor
  upgrades; free policy adaptation; 7×24; 1 h to a named engineer; lifetime consulting; 2.4万 a year; all in the contract; full
  source. {XH} passes at 205,000 含税, but its last 2万 cost its anti-fraud module ("反欺诈模块不在本次采购范围内") and its terms are
  thinner (major policy changes quoted apart, office hours, 4 h, consulting only during maintenance). {SF} falls to "最终报价9.6万元
  （含税）": under 10万, FAIL (and "另赠送区块链存证模块", bloat). {SN}'s last cut moved the risk model to a second phase ("调整为二期开发，
  本期合同不交付"): a must-have missing, FAIL at 200,000.
Not settled and not asserted: 洞口's yearly fee (15 % of a contract whose amount — with or without the option, with or without
  VAT — its words do not settle), the standing of its 6 months' no-upgrades (stated or conditional) and of 新化's consulting and
  policy values (the values are asserted); whether 新化 carries the no-anti-fraud flag; 双峰's and 绥宁's after-sales; whether the
  helper columns, the 成本组备注, the first rounds and the chart sheet are listed as skipped or noted. None moves a gate or the pick.
"""
P_ALL = PC + CORE + ["anti_fraud"]
write_toml(C1.replace(".xlsx", ".toml"), c1_comment, "personal_credit", [C1], LH,
           f"{LH} proves the level-3 filing of the system it quotes and gives every personal-credit must-have and anti-fraud at a final "
           f"236,000 含税 (in the 18–25万 band), with 12 months including upgrades, free policy adaptation, 7×24 within 1 hour, lifetime "
           f"consulting, all in the contract, full source. {DK}'s bars fell furthest to 14.3万, but that is before 6% VAT and without its "
           f"risk-model option (181,260), its last cut cost half its free maintenance and the upgrades, its level 3 is only claimed "
           f"(unverified) and its after-sales stay out of the contract; 新化 passes at 205,000 without anti-fraud and with thin after-sales; "
           f"双峰 ends under 10万 (fail); 绥宁's last cut moved the risk model to phase 2 (fail).",
           [
               good(LH, 236000, "Waterfall: 248,000 '含税（13%增值税专用发票）', '经公司审批让利1.2万元，无附加条件，其余条款不变', '第二轮报价已是"
                    "我司底价，本轮不再调整', '最终报价23.6万元（含税），其余条款均按第二轮报价函执行' = 236,000. Terms: '已取得第三级备案证明，编号"
                    "43050043012-24008，定级对象为隆回个人信贷业务系统V5（即本次报价系统）'; SM4 on ID / phone / card numbers; HTTPS TLS1.2+; RBAC; "
                    "12-month logs with tracing; 人行征信中心 + 百行 direct; every must-have and anti-fraud; 12 months with bug fixes and minor "
                    "upgrades; free policy adaptation; 7×24; 1 hour, named engineer; lifetime consulting; 2.4万 a year; all in the contract; "
                    "full unencrypted source. The team's '五家里最终价最高' is the buyer's.",
                    P_ALL, response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
               dict(vendor=DK, gate="unverified", price=181260,
                    why="'最终报价14.3万元（不含税，6%增值税另计）' (168,000 − 15,000 − 10,000); the risk model '为选配模块，另加2.8万元（不含税），"
                        "未含在报价内' is a must-have option at its price: (143,000 + 28,000) × 1.06 = 181,260 — not the 14.3万 the team ranks "
                        "first. The third cut's condition '免费维护期由12个月缩短为6个月，维护期内只做缺陷修复，不含版本升级' replaces the "
                        "second-round '12个月' and '缺陷修复及小版本升级' (the terms sheet says the later letters prevail). '支持等保三级，系统严格"
                        "按三级要求开发，上线后可协助贵司完成测评' is a claim: UNVERIFIED. '国密算法' names no SM4; '支持对接各大征信' no licensed "
                        "body; HTTPS; roles; 6-month logs; 7×24; 2 h; free policy adaptation; consulting '提供'; '售后按我司《售后服务手册》执行，"
                        "不纳入合同文本' (not in the contract); full source.",
                    values=dict(tls=True, access_control=True, audit_log_months=6, free_maintenance_months=6,
                                maintenance_includes_upgrades=False, policy_adaptation_free=True, support_7x24=True,
                                lifetime_consulting=True, commitments_in_contract=False, source_code_delivery="full"),
                    status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                                free_maintenance_months="stated"),
                    fin=P_ALL, fex=BLOAT,
                    flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "not_in_contract"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_tls", "no_access_control", "audit_log_under_6m", "no_7x24",
                                        "response_over_2h", "policy_adaptation_charged", "no_lifetime_consulting",
                                        "source_partial", "source_licence_only", "bloat_features"]),
               dict(vendor=XH, gate="pass", price=205000,
                    why="235,000 含税 − '让利1万元' − '再让2万元，条件是反欺诈模块不在本次采购范围内（贵司如后续需要，可另行采购）' = '最终报价20.5万元"
                        "（含税），不含反欺诈模块': the module list of the second-round letter loses anti-fraud (not a must-have: no gate). Filing "
                        "43130043006-23015; SM4 on ID / phone; HTTPS; roles; 12-month logs; 百行; 12 months with minor upgrades; '一般调整免费，"
                        "重大监管政策调整另行报价' (not free); '工作日8:30-17:30' (no 7×24); 4 h; '维保期内提供' (no lifetime consulting); "
                        "2万 a year; in the contract; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                                policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                                annual_fee_after_warranty_cny=20000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                                support_7x24="stated", response_hours="stated"),
                    fin=PC + CORE, fex=["anti_fraud"] + BLOAT,
                    flin=["policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "missing_must_have", "no_sm4", "no_tls", "no_access_control",
                                        "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                                        "not_in_contract", "source_partial", "source_licence_only", "bloat_features"]),
               dict(vendor=SF, gate="fail", price=96000,
                    why="128,000 含税 − 2万 − 1.2万 = '最终报价9.6万元（含税）': under 10万, FAIL, whatever its filing 43130043002-24004. "
                        "'另赠送区块链存证模块' adds a bloat module; 'AES-128' is no SM4.",
                    values=dict(sm4_encryption=False),
                    fin=PC + CORE + ["blockchain_evidence"],
                    flin=["price_below_10w", "bloat_features", "no_sm4"],
                    flex=["price_missing", "price_over_budget", "missing_must_have", "no_mlps_level3"]),
               dict(vendor=SN, gate="fail", price=200000,
                    why="226,000 含税 − 0.8万 − '再降1.8万元，前提：风控模型模块调整为二期开发，本期合同不交付，二期上线时另行报价' = '最终报价20.0万元"
                        "（含税），风控模型列入二期': a must-have not in this delivery — FAIL, whatever the second-round list said.",
                    values=dict(mlps_level3=True),
                    fin=["personal_credit_report", "repayment_management", "risk_approval", "user_management"],
                    fex=["risk_model"] + BLOAT,
                    flin=["missing_must_have"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "bloat_features"]),
           ])

# ---------------------------------------------------------------- case 02: a text-compare report of first vs final quotes
C2 = "zzzu_02_ml_wenben_bijiao_baogao_gbk.csv"
GA = "廊坊固安数科有限公司"
XHE = "廊坊香河软件有限公司"
XX = "沧州献县信息技术有限公司"
HJ = "沧州河间数据科技有限公司"
LP = "承德滦平软件有限公司"
BUYER2 = "承德隆化县鑫隆小额贷款有限公司"
ML_MODS = "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理"


def doc(name, title, price, mods, level, enc, tls, acl, logs, bureau, service, fee, contract, source, date):
    return [f"{name}  {title}", f"致：{BUYER2}", f"一、报价：{price}", f"二、功能模块：{mods}", f"三、等保：{level}",
            f"四、数据加密：{enc}", f"五、传输加密：{tls}", f"六、权限管理：{acl}", f"七、日志保存：{logs}", f"八、征信接口：{bureau}",
            f"九、售后服务：{service}", f"十、维保期满后年费：{fee}", f"十一、{contract}", f"十二、源码交付：{source}",
            f"报价单位：{name}（盖章）  日期：{date}"]


def align(left, right, ops):
    """ops: a marker per output row — '=' / '≠' take the next line of each side, '<' the next left line, '>' the next right line."""
    rows, li, ri = [], 0, 0
    for op in ops:
        if op in ("=", "≠"):
            rows.append([li + 1, left[li], op, ri + 1, right[ri]])
            li += 1
            ri += 1
        elif op == "<":
            rows.append([li + 1, left[li], op, None, None])
            li += 1
        else:
            rows.append([None, None, op, ri + 1, right[ri]])
            ri += 1
    assert li == len(left) and ri == len(right), (li, len(left), ri, len(right))
    return rows


GA_L = doc(GA, "商户经营贷系统源码报价单", "系统源码授权及部署实施合计29.8万元（含税，13%增值税专用发票）", ML_MODS,
           "系统已通过等保三级测评，证书签约后提供", "敏感信息采用国密算法加密", "全站HTTPS", "角色权限", "6个月", "支持对接各大征信机构",
           "免费维护12个月，含缺陷修复及小版本升级；7×24小时技术支持，2小时内响应；终身技术咨询；政策适配免费", "合同额12%/年",
           "以上售后条款写入合同", "完整源码", "2025-11-14")
GA_R = doc(GA, "商户经营贷系统源码最终报价单", "系统源码授权及部署实施合计23.8万元（含税，13%增值税专用发票）",
           "企业征信查询、电子合同、风控审批、还款管理、用户管理", "系统已通过等保三级测评，证书签约后提供", "敏感信息采用国密算法加密",
           "全站HTTPS", "角色权限", "6个月", "支持对接各大征信机构",
           "免费维护12个月，仅含缺陷修复，版本升级另行收费；7×24小时技术支持，2小时内响应；终身技术咨询；政策适配免费", "合同额12%/年",
           "售后条款以我司另行签订的《技术服务协议》为准，不列入本次采购合同正文", "完整源码", "2025-12-02")
GA_R.insert(4, "注：银行流水分析模块不再包含在本次最终报价内，如需另行采购，报价4.5万元（不含税）。")
GA_OPS = ["≠", "=", "≠", "≠", ">", "=", "=", "=", "=", "=", "=", "≠", "=", "<", ">", "=", "≠"]

XHE_L = doc(XHE, "报价单", "31.6万元（含税，13%增值税专用发票），含源码授权、部署实施及培训",
            "企业征信查询（人行企业征信、百行征信）、银行流水分析、电子合同（含CA签章）、风控审批流、还款管理、用户管理",
            "已取得第三级备案证明，编号13100043008-24011，定级对象为香河经营贷业务管理系统V3（即本次报价系统）",
            "统一社会信用代码、法人身份证号、手机号、银行卡号SM4加密存储", "全站HTTPS（TLS1.2）", "RBAC，按岗位分配",
            "12个月，异常操作可追溯", "直连人行征信中心，另接百行征信",
            "免费维护12个月，含缺陷修复及小版本升级；因监管政策变化的调整免费；7×24小时技术支持，1小时内响应，专属工程师对接；终身技术咨询",
            "2.6万元/年", "以上条款全部写入合同", "完整源码，无加密，可二次开发", "2025-11-13")
XHE_R = list(XHE_L)
XHE_R[0] = f"{XHE}  最终报价单"
XHE_R[2] = "一、报价：29.8万元（含税，13%增值税专用发票），含源码授权、部署实施及培训"
XHE_R[10] = ("九、售后服务：免费维护18个月，含缺陷修复及小版本升级；因监管政策变化的调整免费；7×24小时技术支持，1小时内响应，专属工程师对接；"
             "终身技术咨询")
XHE_R[14] = f"报价单位：{XHE}（盖章）  日期：2025-12-01"
XHE_OPS = ["≠", "=", "≠", "=", "=", "=", "=", "=", "=", "=", "≠", "=", "=", "=", "≠"]

XX_L = doc(XX, "报价单", "27.5万元（含税）", ML_MODS, "已取得三级，备案证明编号13090043004-24002", "SM4（身份证号、手机号）", "HTTPS",
           "角色权限", "6个月", "百行征信",
           "免费维护12个月，含缺陷修复及小版本升级；政策适配免费；7×24小时技术支持，2小时内响应；提供终身技术咨询", "2万元/年",
           "以上条款全部写入合同", "完整源码", "2025-11-15")
XX_R = list(XX_L)
XX_R[0] = f"{XX}  最终报价单"
XX_R[2] = "一、报价：26.2万元（含税）"
XX_R[10] = "九、售后服务：免费维护6个月，维护期内仅修复缺陷；政策适配按次收费；工作日9:00-18:00技术支持，4小时内响应；技术咨询限维保期内"
XX_R[14] = f"报价单位：{XX}（盖章）  日期：2025-12-01"
XX_R.insert(3, "注：本次降价1.3万元，以缩短免费维护期及调整服务方式为前提。")
XX_OPS = ["≠", "=", "≠", ">"] + ["="] * 7 + ["≠", "=", "=", "=", "≠"]

HJ_L = doc(HJ, "报价单", "26.8万元（含税）", ML_MODS, "三级测评中，预计2026年1月取得备案证明", "SM4（身份证号、手机号、银行卡号）",
           "HTTPS（TLS1.2）", "RBAC", "12个月", "百行征信、朴道征信",
           "免费维护12个月，含缺陷修复及小版本升级；政策适配免费；7×24小时技术支持，2小时内响应；终身技术咨询", "2.4万元/年",
           "以上条款全部写入合同", "完整源码", "2025-11-14")
HJ_R = list(HJ_L)
HJ_R[0] = f"{HJ}  最终报价单"
HJ_R[2] = "一、报价：25.8万元（含税）"
HJ_R[4] = "三、等保：目前持有等保二级备案证明（编号13090043015-22007），三级测评已暂缓，暂无时间表"
HJ_R[14] = f"报价单位：{HJ}（盖章）  日期：2025-12-02"
HJ_OPS = ["≠", "=", "≠", "=", "≠", "=", "=", "=", "=", "=", "=", "=", "=", "=", "≠"]

LP_L = doc(LP, "报价单", "24.6万元（含税）", ML_MODS, "已取得三级，备案证明编号13080043007-24010", "SM4", "HTTPS", "角色权限", "6个月",
           "百行征信", "免费维护12个月，含缺陷修复及小版本升级；政策适配免费；7×24小时技术支持，2小时内响应；终身技术咨询", "2万元/年",
           "以上条款全部写入合同", "完整源码", "2025-11-16")
LP_R = [f"{LP}  关于退出本次报价的函", f"致：{BUYER2}", "经我司研究，决定不参与本项目最终报价，首轮报价同时作废。特此函告。",
        f"报价单位：{LP}（盖章）  日期：2025-11-30"]
LP_OPS = ["≠", "=", "≠"] + ["<"] * 11 + ["≠"]

NOTES2 = {
    GA: "韩磊备注：最终价降了6万，四家里最低，改动不多，建议优先。",
    XHE: "韩磊备注：只降了1.8万，还是四家里最贵的。",
    XX: "韩磊备注：降了1.3万，售后条款变了。",
    HJ: "韩磊备注：降了1万。",
    LP: "韩磊备注：退出。",
}
rows2 = [["文本比较报告"],
         ["生成工具：Beyond Compare 4（文本比较→会话→比较报告→并排→另存为CSV）  生成时间：2025-12-04 16:22  生成人：信息科技部 韩磊"],
         ["说明：左侧为各供应商首轮报价单（11月中旬收到，盖章PDF转文本），右侧为同一供应商的最终报价单（12月2日前书面提交，盖章PDF转文本）。"
          "比较列：= 两侧相同；≠ 有改动；< 仅左侧有（最终报价单已删去）；> 仅右侧有（最终报价单新增）。评审以右侧最终报价单为准，左侧仅供对照。"],
         []]
for i, (name, left, right, ops) in enumerate([(GA, GA_L, GA_R, GA_OPS), (XHE, XHE_L, XHE_R, XHE_OPS), (XX, XX_L, XX_R, XX_OPS),
                                              (HJ, HJ_L, HJ_R, HJ_OPS), (LP, LP_L, LP_R, LP_OPS)], 1):
    rows2.append([f"【{i}】左：D:\\询价\\首轮\\{name}_报价单.txt    右：D:\\询价\\最终\\{name}_最终报价单.txt"])
    rows2.append(["左行号", "首轮报价单（左）", "比较", "右行号", "最终报价单（右）"])
    rows2 += align(left, right, ops)
    rows2.append([f"小结：相同 {ops.count('=')} 行，改动 {ops.count('≠')} 行，仅左侧 {ops.count('<')} 行，仅右侧 {ops.count('>')} 行"])
    rows2.append([NOTES2[name]])
    rows2.append([])
write_csv(C2, rows2, "gbk")

c2_comment = f"""
Voice: {BUYER2} (经营性贷款 to 个体工商户, 农家乐 and small firms around 隆化; no cross-border business; the merchant-loan band 25–35万).
  Five vendors sent a first 报价单 in mid-November and a 最终报价单 by 2 December. The IT officer 韩磊 turned each stamped PDF into
  text and ran Beyond Compare on each pair, then saved the side-by-side report as a CSV for the evaluation meeting, with a one-line
  remark of his own under each pair.
Layout: GBK CSV, CRLF: "文本比较报告", the tool line, a 说明 line (left = 首轮, right = 最终; the marks = / ≠ / < "仅左侧有（最终报价单已
  删去）" / > "仅右侧有（最终报价单新增）"; "评审以右侧最终报价单为准，左侧仅供对照"), a blank line, then per vendor: "【N】左：…\\首轮\\
  <company>_报价单.txt    右：…\\最终\\<company>_最终报价单.txt", the header 左行号 | 首轮报价单（左） | 比较 | 右行号 | 最终报价单（右）,
  a row per aligned line (the document's own lines: title, 致：, 一、报价 … 十二、源码交付, 报价单位（盖章） and date), the tool's 小结
  line, 韩磊's 备注 line, a blank line.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per pair, the vendor the company its documents are signed by. The right column is the final document, read
  whole, line by line under its own labels ("一、报价：…", "九、售后服务：…" a cell of several facts); a "<" line is struck from the
  final and says nothing any more, a ">" line is new and is read; the left column is the earlier round, kept for reference only.
  The 比较 marks, line numbers, 小结 and 韩磊备注 are the tool's and the buyer's. A final document that is a letter withdrawing
  ("决定不参与本项目最终报价，首轮报价同时作废") leaves no quote, whatever its first round said.
Traps: CARELESS TOP PICK {GA}: its final line says "合计23.8万元（含税，13%增值税专用发票）" — 6万 off, the lowest, and 韩磊 writes
  "四家里最低，改动不多，建议优先". But its final module line drops 银行流水分析 and a new line says "银行流水分析模块不再包含在本次最终报价
  内，如需另行采购，报价4.5万元（不含税）": a must-have option at its price, at the quote's 13 %: 238,000 + 45,000 × 1.13 = 288,850. Its
  maintenance line now reads "仅含缺陷修复，版本升级另行收费"; the line "十一、以上售后条款写入合同" is struck ("<") and replaced (">") by
  "售后条款以我司另行签订的《技术服务协议》为准，不列入本次采购合同正文"; unchanged lines keep "系统已通过等保三级测评，证书签约后提供"
  (a claim, proof after signing: UNVERIFIED), "国密算法" (no SM4 named) and "支持对接各大征信机构" (no licensed body). The careful pick
  is {XHE} (pass), "还是四家里最贵的" to 韩磊: final "29.8万元（含税，13%增值税专用发票）" in the band; filing 13100043008-24011 for the system
  quoted; SM4 on the credit code, ID, phone and card numbers; TLS1.2; RBAC; 12-month logs with tracing; 人行征信中心 + 百行 direct;
  every merchant-loan must-have; its final lengthens the free maintenance to 18 months with minor upgrades; free policy
  adaptation; 7×24; 1 h to a named engineer; lifetime consulting; 2.6万 a year; all in the contract; full source. {XX} passes at
  262,000, its 1.3万 cut bought "以缩短免费维护期及调整服务方式为前提": 6 months, bug fixes only, policy work "按次收费", office hours,
  4 h, consulting "限维保期内". {HJ}'s first round said "三级测评中" but its final says "目前持有等保二级备案证明…三级测评已暂缓，暂无
  时间表": level 2 today, FAIL at 258,000. {LP}'s final is a withdrawal letter: no quote.
Not settled and not asserted: 固安's yearly fee (12 % of a contract its words do not settle with or without the option) and the
  standing of its upgrades value (conditional or stated; the value is asserted); 献县's standing on its after-sales values; 河间's
  after-sales; whether the left column's lines, the marks, the 小结 and 备注 lines and 滦平's letter are listed as skipped, earlier
  rounds or a withdrawal. None moves a gate or the pick.
"""
M_ALL = ML + CORE + ["repayment_management"]
write_toml(C2.replace(".csv", ".toml"), c2_comment, "merchant_loan", [C2], XHE,
           f"In its 最终报价单 {XHE} proves the level-3 filing of the system it quotes and gives every merchant-loan must-have at 298,000 含税 "
           f"(in the 25–35万 band), with 18 months' maintenance including upgrades, free policy adaptation, 7×24 within 1 hour, lifetime "
           f"consulting, all in the contract, full source. {GA}'s final looked lowest at 23.8万, but it took bank-statement analysis out "
           f"to a 4.5万 option before VAT (288,850 with it), dropped the upgrades and struck the after-sales from the contract, and its "
           f"level 3 is only claimed (unverified); 献县 passes at 262,000 with the after-sales it gave up for its cut; 河间's final admits "
           f"level 2 (fail); 滦平 withdrew.",
           [
               good(XHE, 298000, "Right column: '一、报价：29.8万元（含税，13%增值税专用发票），含源码授权、部署实施及培训' (≠ the first round's 31.6万). "
                    "'已取得第三级备案证明，编号13100043008-24011，定级对象为香河经营贷业务管理系统V3（即本次报价系统）'; SM4 on the credit code, ID, "
                    "phone and card numbers; HTTPS TLS1.2; RBAC; 12-month logs with tracing; 人行征信中心 + 百行 direct; every must-have; '免费维护"
                    "18个月，含缺陷修复及小版本升级' (≠ 12); free policy adaptation; 7×24; 1 hour, named engineer; lifetime consulting; 2.6万 a "
                    "year; all in the contract; full unencrypted source. 韩磊's '还是四家里最贵的' is the buyer's.",
                    M_ALL, free_maintenance_months=18, response_hours=1, annual_fee_after_warranty_cny=26000,
                    source_code_delivery="full"),
               dict(vendor=GA, gate="unverified", price=288850,
                    why="Right column: '合计23.8万元（含税，13%增值税专用发票）'; the module line loses 银行流水分析 and a new line says '银行流水分析模块"
                        "不再包含在本次最终报价内，如需另行采购，报价4.5万元（不含税）' — a must-have option at its price, at the quote's 13 %: "
                        "238,000 + 45,000 × 1.13 = 288,850. '系统已通过等保三级测评，证书签约后提供' (unchanged) is a claim: UNVERIFIED. '国密"
                        "算法' names no SM4; '支持对接各大征信机构' no licensed body; HTTPS; roles; 6-month logs; 12 months '仅含缺陷修复，版本升级另行"
                        "收费'; 7×24; 2 h; lifetime consulting; free policy adaptation; '以上售后条款写入合同' struck and replaced by '售后条款以我司"
                        "另行签订的《技术服务协议》为准，不列入本次采购合同正文' (not in the contract); full source.",
                    values=dict(tls=True, access_control=True, audit_log_months=6, free_maintenance_months=12,
                                maintenance_includes_upgrades=False, policy_adaptation_free=True, support_7x24=True,
                                lifetime_consulting=True, commitments_in_contract=False, source_code_delivery="full"),
                    status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
                    fin=M_ALL, fex=BLOAT,
                    flin=["maintenance_excludes_upgrades", "not_in_contract"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_tls", "no_access_control", "audit_log_under_6m", "no_7x24",
                                        "response_over_2h", "maintenance_under_12m", "policy_adaptation_charged",
                                        "no_lifetime_consulting", "source_partial", "source_licence_only", "bloat_features"]),
               dict(vendor=XX, gate="pass", price=262000,
                    why="Right column: '一、报价：26.2万元（含税）' and '注：本次降价1.3万元，以缩短免费维护期及调整服务方式为前提。'; '九、售后服务：免费维护"
                        "6个月，维护期内仅修复缺陷；政策适配按次收费；工作日9:00-18:00技术支持，4小时内响应；技术咨询限维保期内' replaces the first "
                        "round's 12 months / 7×24 / lifetime consulting. Filing 13090043004-24002; SM4 on ID / phone; HTTPS; roles; 6-month logs; "
                        "百行; 2万 a year; all in the contract; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                                licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                                policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                                annual_fee_after_warranty_cny=20000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated"),
                    fin=M_ALL, fex=BLOAT,
                    flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                          "response_over_2h", "no_lifetime_consulting"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "missing_must_have", "no_sm4", "no_tls", "no_access_control",
                                        "audit_log_under_6m", "not_in_contract", "source_partial", "source_licence_only",
                                        "bloat_features"]),
               dict(vendor=HJ, gate="fail", price=258000,
                    why="Right column: '一、报价：25.8万元（含税）'; '三、等保：目前持有等保二级备案证明（编号13090043015-22007），三级测评已暂缓，暂无"
                        "时间表' replaces the first round's '三级测评中，预计2026年1月取得备案证明': level 2 today — FAIL.",
                    values=dict(mlps_level3=False), fin=M_ALL, fex=BLOAT,
                    flin=["no_mlps_level3"], flex=PRICE_FLAGS + ["missing_must_have", "bloat_features"]),
           ])

# ---------------------------------------------------------------- case 03: a negotiation team's 谈判底线表 filled in after round two
C3 = "zzzu_03_ci_tanpan_dixian_huitian_utf8bom.csv"
ZP = "漳州漳浦分期科技有限公司"
PN = "宁德屏南软件有限公司"
YC = "泉州永春数字科技有限公司"
PC_ = "南平浦城数科有限公司"
ZH = "南平政和信息技术有限公司"

TOPICS = [
    ("价格", "≤21万元（含税）", "≤26万元（含税）"),
    ("功能模块", "商品管理、分期计算器、订单跟踪全部含在报价内", "三个必备模块缺一不可"),
    ("等保", "已取得等保三级备案证明（须提供编号）", "至少三级测评中且有明确时间表"),
    ("数据加密", "身份证号、手机号、银行卡号SM4加密", "SM4"),
    ("传输加密", "全站HTTPS", "HTTPS"),
    ("权限管理", "RBAC角色权限", "有权限管理"),
    ("日志保存", "≥12个月", "≥6个月"),
    ("征信接口", "直连人行征信中心或百行、朴道", "持牌征信机构"),
    ("免费维护期", "18个月", "12个月"),
    ("维护范围", "缺陷修复＋小版本升级", "缺陷修复＋小版本升级"),
    ("政策适配", "免费", "免费"),
    ("技术支持", "7×24小时", "7×24小时"),
    ("响应时间", "1小时", "2小时"),
    ("终身技术咨询", "提供", "提供"),
    ("维保期满年费", "≤2万元/年", "≤合同额10%/年"),
    ("写入合同", "全部写入合同", "全部写入合同"),
    ("源码交付", "完整源码，无加密", "完整源码"),
]

# topic -> (first-round words, second-round written reply, 达成情况, 下一步)
NEGO = {
    ZP: {
        "价格": ("报价26.8万元（含税），含商品管理、分期计算器、订单跟踪等全部模块",
               "经我司再三申请，二轮报价降至19.8万元（含税）。为此价格，订单跟踪模块移出标准包，改为选配，选配价3.5万元（含税）；免费维护期相应调整为"
               "6个月。", "✔ 低于目标价21万；除浦城（低于15万）外最低", "建议作为第一候选，报总经理"),
        "功能模块": ("商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
                 "订单跟踪移出标准包，改为选配（3.5万元，含税）；其余模块同首轮。", "✔", None),
        "等保": ("支持等保三级，可配合客户完成测评", None, "✔ 对方称有三级", "对方销售电话里说三级证书下周补交，待书面"),
        "数据加密": ("采用国密算法对敏感信息加密", None, "✔", None),
        "传输加密": ("HTTPS", None, "✔", None),
        "权限管理": ("角色权限管理", None, "✔", None),
        "日志保存": ("日志长期保存", None, "✔", None),
        "征信接口": ("支持对接各大征信", None, "✔", None),
        "免费维护期": ("终身免费维护", "调整为6个月（见二轮报价条件）", "△ 换了价格，可以接受", None),
        "维护范围": ("缺陷修复及版本升级", None, "✔", None),
        "政策适配": ("免费", None, "✔", None),
        "技术支持": ("7×24小时", None, "✔", None),
        "响应时间": ("2小时", None, "✔", None),
        "终身技术咨询": ("提供", None, "✔", None),
        "维保期满年费": ("2万元/年", None, "✔", None),
        "写入合同": ("售后服务按我司标准服务承诺执行，不另行写入合同", None, "△ 问题不大", None),
        "源码交付": ("交付源码，核心风控引擎加密", None, "✔", None),
    },
    PN: {
        "价格": ("27.6万元（含税，13%增值税专用发票）", "同意在首轮基础上让利1.6万元，最终报价26.0万元（含税），其余条款不变。",
               "△ 刚好压到底线26万，未达目标价", "可接受，但价格偏高"),
        "功能模块": ("商品管理、分期计算器、订单跟踪（含物流状态回传）、风控审批流、还款计划及提醒、用户管理", None, "✔", None),
        "等保": ("已取得第三级备案证明，编号35090043011-24006，定级对象为屏南消费分期业务系统V3（即本次报价系统）", None, "✔", None),
        "数据加密": ("身份证号、手机号、银行卡号SM4加密存储", None, "✔", None),
        "传输加密": ("全站HTTPS（TLS1.2）", None, "✔", None),
        "权限管理": ("RBAC，按岗位授权", None, "✔", None),
        "日志保存": ("操作日志保存12个月，异常操作可追溯", None, "✔", None),
        "征信接口": ("直连人行征信中心，另接百行征信", None, "✔", None),
        "免费维护期": ("12个月（自验收之日起）", None, "✘ 对方不同意延长至18个月", None),
        "维护范围": ("缺陷修复及小版本升级", None, "✔", None),
        "政策适配": ("因监管政策变化的调整免费", None, "✔", None),
        "技术支持": ("7×24小时", None, "✔", None),
        "响应时间": ("1小时内响应，专属工程师对接", None, "✔", None),
        "终身技术咨询": ("提供", None, "✔", None),
        "维保期满年费": ("2.4万元/年", None, "✘ 高于目标2万", "下轮再谈年费"),
        "写入合同": ("以上条款全部写入合同", None, "✔", None),
        "源码交付": ("完整源码，无加密，可二次开发", None, "✔", None),
    },
    YC: {
        "价格": ("CNY 228,000 excl. VAT; VAT at 6% to be added. Includes source-code licence, deployment and training.",
               "Best and final offer: CNY 216,000 excl. VAT (6% VAT to be added). All other terms as per our quotation of 17 November, "
               "save as clarified below.", "✔ 21.6万，接近目标价", None),
        "功能模块": ("Product catalogue, installment calculator, order tracking, risk approval workflow, repayment management, "
                 "user management", None, "✔", None),
        "等保": ("MLPS Level 3: filed. Filing certificate no. 35050043019-24003.",
               "Clarification: the Level 3 filing quoted in our first-round response (35050043019-24003) covers our hosted SaaS "
               "platform. The on-premise copy offered in this project is to be graded and filed by your company after go-live.",
               "✔ 首轮已提供备案号", None),
        "数据加密": ("ID numbers, mobile numbers and bank card numbers encrypted with SM4", None, "✔", None),
        "传输加密": ("TLS 1.2 on all traffic", None, "✔", None),
        "权限管理": ("Role-based access control (RBAC)", None, "✔", None),
        "日志保存": ("Operation logs retained for 12 months", None, "✔", None),
        "征信接口": ("Direct connection to Baihang Credit (百行征信)", None, "✔", None),
        "免费维护期": ("12 months free maintenance", None, "✘ 未谈下18个月", None),
        "维护范围": ("Bug fixes and minor version upgrades", None, "✔", None),
        "政策适配": ("Regulatory changes adapted free of charge",
                 "Correction: regulatory adaptation is free for minor changes only; major regulatory changes will be quoted "
                 "separately.", "✔", None),
        "技术支持": ("24x7", None, "✔", None),
        "响应时间": ("Within 2 hours", None, "✔", None),
        "终身技术咨询": ("Lifetime technical consultation included", None, "✔", None),
        "维保期满年费": ("CNY 22,000 per year after the free period", None, "△ 略高于目标", None),
        "写入合同": ("All service commitments written into the contract", None, "✔", None),
        "源码交付": ("Full source code, unencrypted", None, "✔", None),
    },
    PC_: {
        "价格": ("15.8万元（含税）", "在首轮报价基础上再降1万元，前提：免费维护期由12个月改为3个月，期满后维护费按合同额18%/年收取。",
               "✘ 已低于15万警戒线", "价格太低，不考虑"),
        "功能模块": ("商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理", None, "✔", None),
        "等保": ("已取得三级，备案证明编号35070043005-24013", None, "✔", None),
        "数据加密": ("SM4（身份证号、手机号）", None, "✔", None),
        "传输加密": ("HTTPS", None, "✔", None),
        "权限管理": ("角色权限", None, "✔", None),
        "日志保存": ("6个月", None, "△ 达底线", None),
        "征信接口": ("百行征信", None, "✔", None),
        "免费维护期": ("12个月", "改为3个月（见二轮报价条件）", "✘", None),
        "维护范围": ("缺陷修复及小版本升级", None, "✔", None),
        "政策适配": ("免费", None, "✔", None),
        "技术支持": ("工作日9:00-18:00", None, "✘", None),
        "响应时间": ("4小时内", None, "✘", None),
        "终身技术咨询": ("不提供", None, "✘", None),
        "维保期满年费": ("合同额12%/年", "改为合同额18%/年", "✘", None),
        "写入合同": ("写入合同", None, "✔", None),
        "源码交付": ("完整源码", None, "✔", None),
    },
    ZH: {
        "价格": ("24.5万元（含税）", "二轮报价23.2万元（含税）。", "✘ 未达目标价", "可再压"),
        "功能模块": ("商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
                 "订单跟踪模块调整为二期开发，本期不交付，二期另行报价；其余模块同首轮。", "△ 二期再上也行", None),
        "等保": ("已取得三级（备案证明35070043010-23008）", None, "✔", None),
        "数据加密": ("SM4（身份证号、手机号、银行卡号）", None, "✔", None),
        "传输加密": ("HTTPS", None, "✔", None),
        "权限管理": ("RBAC", None, "✔", None),
        "日志保存": ("12个月", None, "✔", None),
        "征信接口": ("百行征信", None, "✔", None),
        "免费维护期": ("12个月", None, "✔", None),
        "维护范围": ("缺陷修复及小版本升级", None, "✔", None),
        "政策适配": ("免费", None, "✔", None),
        "技术支持": ("7×24小时", None, "✔", None),
        "响应时间": ("2小时", None, "✔", None),
        "终身技术咨询": ("提供", None, "✔", None),
        "维保期满年费": ("2.2万元/年", None, "△", None),
        "写入合同": ("写入合同", None, "✔", None),
        "源码交付": ("完整源码", None, "✔", None),
    },
}

rows3 = [["泉州惠安县惠信小额贷款有限公司  消费分期系统源码采购——第二轮议价谈判底线表（会后回填版）"],
         ["说明：①“我方目标”“我方底线”两列为谈判小组会前拟定的内部口径（勿外传），不是供应商承诺；②“对方首轮报价原文”照录11月中旬各家报价单，"
          "“对方二轮书面答复原文”照录12月1日前各家盖章二轮答复函（英文答复照录英文），二轮答复未涉及的议题该格留空，以首轮原文为准；"
          "③“达成情况”“下一步”为谈判小组意见。整理：采购专员 林雅婷  2025-12-03"],
         [],
         ["供应商", "议题", "我方目标（会前拟定）", "我方底线（会前拟定）", "对方首轮报价原文", "对方二轮书面答复原文（以此为准）",
          "达成情况（谈判小组）", "下一步（谈判小组）"]]
for name in (ZP, PN, YC, PC_, ZH):
    for topic, target, floor in TOPICS:
        first, second, met, nxt = NEGO[name][topic]
        rows3.append([name, topic, target, floor, first, second, met, nxt])
write_csv(C3, rows3, "utf-8-sig")

c3_comment = f"""
Voice: 泉州惠安县惠信小额贷款有限公司 (消费分期 for electric bikes, motorbikes and home appliances sold by dealers around 惠安 and 泉港; no
  cross-border business; the consumer-instalment band 20–30万). Before the second round its negotiation team wrote a 谈判底线表 — a
  target and a walk-away line for every topic —; afterwards the purchasing officer 林雅婷 filled in, for each of the five vendors,
  its first-round words and its stamped second-round reply (one vendor, the 永春 firm, answers in English), with the
  team's verdict and next step.
Layout: UTF-8-BOM CSV, CRLF: a title, a 说明 line (① 目标 / 底线 are the team's internal lines, "不是供应商承诺"; ② the first-round
  column copies the 报价单, the second-round column the stamped replies, "二轮答复未涉及的议题该格留空，以首轮原文为准"; ③ 达成情况 and
  下一步 are the team's), a blank line, then 供应商 | 议题 | 我方目标（会前拟定） | 我方底线（会前拟定） | 对方首轮报价原文 | 对方二轮书面
  答复原文（以此为准） | 达成情况（谈判小组） | 下一步（谈判小组）, one row per vendor and topic (17 topics: 价格, 功能模块, 等保 … 源码交付),
  the vendor's name on every row.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor, read by topic: the second-round reply where it says something (the later written word governs, a
  cut said from the first round is that round's price less the cut), else the first-round words; what a reply says about another
  topic it names counts there too. The 目标 and 底线 columns are the buyer's wishes — "已取得等保三级备案证明（须提供编号）", "7×24小时",
  "SM4" — never a vendor's; ✔ / △ / ✘, "对方称有三级", "首轮已提供备案号" and the 下一步 (including a salesman's phone promise) are the
  team's.
Traps: CARELESS TOP PICK {ZP}: its reply cuts the price from 26.8万 to "19.8万元（含税）", the team ticks "✔ 低于目标价21万；除浦城外最低" and
  proposes it first. But "为此价格，订单跟踪模块移出标准包，改为选配，选配价3.5万元（含税）" — a must-have option at its price: 198,000 +
  35,000 = 233,000 — and "免费维护期相应调整为6个月" replaces its "终身免费维护" (6 months, stated); its level is "支持等保三级，可配合客户完成
  测评" (a claim: UNVERIFIED — the team's "对方称有三级" and the phone promise are hearsay), "国密算法" names no SM4, "支持对接各大征信" no
  bureau, "不另行写入合同" keeps the after-sales out of the contract and "核心风控引擎加密" is partial source. The careful pick is {PN}
  (pass), "△ 刚好压到底线" to the team: "最终报价26.0万元（含税），其余条款不变" in the band; filing 35090043011-24006 for the system quoted;
  SM4 on ID / phone / card numbers; TLS1.2; RBAC; 12-month logs with tracing; 人行征信中心 + 百行 direct; every instalment must-have;
  12 months with minor upgrades; free policy adaptation; 7×24; 1 h to a named engineer; lifetime consulting; 2.4万 a year; all in
  the contract; full source. {YC}'s first round gave a filing number (the team's "✔ 首轮已提供备案号"), but its second-round
  clarification says the filing "covers our hosted SaaS platform. The on-premise copy … is to be graded and filed by your company
  after go-live": a claim, UNVERIFIED; its BAFO "CNY 216,000 excl. VAT (6% VAT to be added)" is 228,960, and its "Correction: …
  major regulatory changes will be quoted separately" makes policy work no longer free. {PC_} cuts "在首轮报价基础上再降1万元" from 15.8万
  = 148,000 (the caution zone), bought with "免费维护期由12个月改为3个月" and a fee of "合同额18%/年" (26,640): a pass with thin
  after-sales. {ZH}'s reply puts order tracking into "二期开发，本期不交付": a must-have missing, FAIL at 232,000.
Not settled and not asserted: 漳浦's "日志长期保存" (a claimed retention), the standing of its source and contract values (the values
  are asserted) and the standing of its order-tracking feature (conditional); 永春's level value (recorded true or false as a
  claim) and the standing of its policy value; 浦城's and 政和's remaining after-sales standings; whether the 目标 / 底线 / 达成情况 /
  下一步 columns, the 说明 line and the first-round words that a reply replaced are listed as skipped. None moves a gate or the pick.
"""
I_ALL = CI + CORE + ["repayment_management"]
write_toml(C3.replace(".csv", ".toml"), c3_comment, "consumer_installment", [C3], PN,
           f"{PN} proves the level-3 filing of the system it quotes and gives every instalment must-have at a final 260,000 含税 (in the "
           f"20–30万 band), with 12 months including upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the "
           f"contract, full source. {ZP}'s 19.8万 looked best to the team, but it moved order tracking out to a 3.5万 option (233,000 with "
           f"it) and cut the free maintenance to 6 months, its level 3 is only claimed (unverified), its engine is encrypted and its "
           f"after-sales stay out of the contract; 永春's clarification turns its filing into the SaaS platform's (unverified, 228,960); "
           f"浦城 passes in the caution zone at 148,000 with 3 months' maintenance; 政和 defers order tracking to phase 2 (fail).",
           [
               good(PN, 260000, "价格 reply: '同意在首轮基础上让利1.6万元，最终报价26.0万元（含税），其余条款不变' = 260,000 (the team's '△ 刚好压到"
                    "底线' is the buyer's). First round, unchanged: '已取得第三级备案证明，编号35090043011-24006，定级对象为屏南消费分期业务系统V3（即"
                    "本次报价系统）'; SM4 on ID / phone / card numbers; HTTPS TLS1.2; RBAC; 12-month logs with tracing; 人行征信中心 + 百行 direct; "
                    "every must-have; 12 months with bug fixes and minor upgrades; free policy adaptation; 7×24; 1 hour, named engineer; "
                    "lifetime consulting; 2.4万 a year; all in the contract; full unencrypted source.",
                    I_ALL, response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
               dict(vendor=ZP, gate="unverified", price=233000,
                    why="Reply: '二轮报价降至19.8万元（含税）。为此价格，订单跟踪模块移出标准包，改为选配，选配价3.5万元（含税）；免费维护期相应调整为6个月' "
                        "— a must-have option at its price: 198,000 + 35,000 = 233,000; 6 months replaces '终身免费维护'. '支持等保三级，可配合客户"
                        "完成测评' is a claim: UNVERIFIED (the team's '对方称有三级' and '电话里说三级证书下周补交' are the buyer's). '国密算法' names no "
                        "SM4; '支持对接各大征信' no licensed body; HTTPS; roles; 7×24; 2 h; '售后服务按我司标准服务承诺执行，不另行写入合同' (not in the "
                        "contract); '交付源码，核心风控引擎加密' (partial).",
                    values=dict(tls=True, access_control=True, free_maintenance_months=6, support_7x24=True,
                                commitments_in_contract=False, source_code_delivery="partial"),
                    status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                                free_maintenance_months="stated"),
                    fin=I_ALL, fex=BLOAT,
                    flin=["maintenance_under_12m", "not_in_contract", "source_partial"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_tls", "no_access_control", "no_7x24", "response_over_2h",
                                        "bloat_features"]),
               dict(vendor=YC, gate="unverified", price=228960,
                    why="Reply: 'Best and final offer: CNY 216,000 excl. VAT (6% VAT to be added)' = 228,960. 'Clarification: the Level 3 filing "
                        "quoted in our first-round response (35050043019-24003) covers our hosted SaaS platform. The on-premise copy offered in "
                        "this project is to be graded and filed by your company after go-live' replaces 'MLPS Level 3: filed…': the SaaS "
                        "platform's filing is a claim for the copy offered — UNVERIFIED (the team's '✔ 首轮已提供备案号' is the buyer's). 'Correction: "
                        "regulatory adaptation is free for minor changes only; major regulatory changes will be quoted separately' (not free). "
                        "SM4 on ID / mobile / card numbers; TLS 1.2; RBAC; 12-month logs; 百行; 12 months with minor upgrades; 24x7; 2 h; "
                        "lifetime consultation; CNY 22,000 a year; all in the contract; full source.",
                    values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                                policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                                annual_fee_after_warranty_cny=22000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="claimed", sm4_encryption="stated", free_maintenance_months="stated"),
                    fin=I_ALL, fex=BLOAT,
                    flin=["policy_adaptation_charged"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                        "maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h",
                                        "no_lifetime_consulting", "not_in_contract", "source_partial", "source_licence_only",
                                        "bloat_features"]),
               dict(vendor=PC_, gate="pass", price=148000,
                    why="Reply: '在首轮报价基础上再降1万元' from '15.8万元（含税）' = 148,000, the caution zone; its condition '免费维护期由12个月改为3个月，"
                        "期满后维护费按合同额18%/年收取' gives 3 months and 18 % × 148,000 = 26,640 a year. Filing 35070043005-24013; SM4 on ID / "
                        "phone; HTTPS; roles; 6-month logs; 百行; minor upgrades; free policy adaptation; '工作日9:00-18:00' (no 7×24); '4小时内'; "
                        "consulting '不提供'; in the contract; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                                licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=True,
                                policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=False,
                                annual_fee_after_warranty_cny=26640, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated",
                                lifetime_consulting="stated"),
                    fin=I_ALL, fex=BLOAT,
                    flin=["price_below_15w", "maintenance_under_12m", "no_7x24", "response_over_2h", "no_lifetime_consulting"],
                    flex=["price_below_10w", "price_over_budget", "price_missing", "no_mlps_level3", "missing_must_have", "no_sm4",
                          "no_tls", "no_access_control", "audit_log_under_6m", "maintenance_excludes_upgrades",
                          "policy_adaptation_charged", "not_in_contract", "source_partial", "source_licence_only",
                          "bloat_features"]),
               dict(vendor=ZH, gate="fail", price=232000,
                    why="Reply: '二轮报价23.2万元（含税）' and '订单跟踪模块调整为二期开发，本期不交付，二期另行报价；其余模块同首轮': a must-have not in "
                        "this delivery — FAIL (the team's '△ 二期再上也行' is the buyer's).",
                    values=dict(mlps_level3=True),
                    fin=["product_management", "installment_calculator", "risk_approval", "repayment_management", "user_management"],
                    fex=["order_tracking"] + BLOAT,
                    flin=["missing_must_have"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "bloat_features"]),
           ])
