"""Build the "zzk" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside:

zzk_01 — an .xlsx (personal credit), one row per vendor, where the buyer re-ran last year's enquiry and kept the old answers
  BESIDE the new ones in adjacent columns: "2024报价（已过期）" | "2025报价" and "2024售后条款（已过期）" | "2025售后条款". Only
  2025 counts: the buyer's favourite from last year (cheap, 7×24) went 不含税, 5×8, paid upgrades and encrypted its engine this
  year; a vendor with a 2024 price only declined in 2025; a vendor that was 12.8万 last year is 9.6万 this year.
zzk_02 — a CSV in GB18030 (merchant loans), items down the left and one column per vendor (transposed), where the buyer typed the
  prices in 元 with a FULL-WIDTH COMMA as thousands separator ("286，000元", "412，600元", "26，000元/年") — an amount is never
  split at the "，" — while one vendor's cell keeps its own "23.8万" and sells the must-have e-contract as a priced option.
zzk_03 — a CSV in UTF-8 with BOM (consumer installments), one row per vendor, a questionnaire whose yes/no questions were answered
  with emoji (✔️ / ❌ / ❓) each followed by a 说明 column in words: the words decide ("✔️" + "测评中，预计2026年1月出具测评报告" is
  not a certificate; "✔️" + "重大政策调整另行报价" is conditional; "❓" with nothing beside it is unknown).

The expected reading of every file is in the matching zzk_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzk.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
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


# ---------------------------------------------------------------------------------------------
# zzk_01  个人信用贷 — last year's (expired) quote beside this year's, adjacent columns
# ---------------------------------------------------------------------------------------------
K1_NAME = "zzk_01_pc_qunian_jinnian_binglie.xlsx"
K1_HEAD = ["序号", "供应商", "2024报价（已过期）", "2025报价", "功能模块", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存",
           "征信接口", "2024售后条款（已过期）", "2025售后条款", "维保期满年费", "源码交付", "采购备注"]
K1_ROWS = [
    ["1", "长治襄垣数科有限公司", "17.5万元（含税）", "21.6万元（含税）",
     "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡）、反欺诈模型、还款计划及提醒、风控审批、用户管理",
     "已取得三级，备案证明编号14042343009-25003", "身份证号、手机号、银行卡号SM4加密存储", "全站HTTPS（TLS1.2）", "RBAC角色权限",
     "12个月，异常操作可追溯", "人行征信中心、百行征信", "免费维护6个月，5×8技术支持",
     "免费维护一年（含bug修复及小版本升级）；监管政策调整免费适配；7×24小时技术支持，2小时内响应；提供终身技术咨询；以上均写入合同",
     "2.2万元/年", "完整源码，无加密，可二次开发", "今年比去年贵了4万多"],
    ["2", "长治黎城软件有限公司", "18.8万元（含税）", "19.6万元（不含税）",
     "个人征信查询（百行征信）、智能风控、反欺诈、还款管理、审批流、用户管理",
     "已取得三级，备案证明编号14042643002-24017", "SM4加密", "HTTPS", "RBAC", "12个月", "百行征信",
     "免费维护12个月，含小版本升级；7×24小时技术支持，1小时内响应；政策适配免费；终身技术咨询；写入合同",
     "免费维护12个月，仅修复缺陷（版本升级另计）；5×8技术支持（工作日），4小时内响应；重大政策调整另行报价；终身技术咨询；写入合同",
     "2万元/年", "核心风控引擎加密，其余模块提供源码", "去年就数黎城最好，18.8万还7×24，首选黎城"],
    ["3", "忻州定襄信息技术有限公司", "（去年未参与）", "23万",
     "个人征信、风控模型、反欺诈、还款管理、审批流、用户管理、区块链存证、智能客服机器人",
     "按等保三级要求设计开发，可协助客户通过测评", "国密算法", "HTTPS", "有", "", "支持对接征信",
     "（去年未参与）", "终身免费维护，7×24小时服务", "面议", "完整源码", "区块链和智能客服用不上"],
    ["4", "吕梁交城网络科技有限公司", "12.8万元", "9.6万元（年底冲量价）",
     "个人征信查询、风控模型、还款管理、审批、用户管理",
     "二级", "AES加密", "HTTPS", "有", "3个月", "百行征信", "免费维护3个月，只修bug",
     "免费维护3个月，只修bug，工作日9:00-18:00，次日响应", "", "仅授权使用，授权绑定域名", "去年12.8万，今年反而降到9.6万？不考虑"],
    ["5", "忻州偏关云科技有限公司", "19.5万元（含税）", "今年不参与（公司转做SaaS，不再出售源码）",
     "", "", "", "", "", "", "", "免费维护12个月，7×24小时", "", "", "", "去年报过，今年放弃"],
]


def build_zzk01():
    wb = Workbook()
    ws = wb.active
    ws.title = "2025比价"
    put_row(ws, 1, ["太原市迎泽区晋汇小额贷款有限公司　个人信用贷系统源码比价表（2024询价 vs 2025询价）"], font=TITLE, border=False)
    put_row(ws, 2, ["说明：2024年做过一轮询价未采购，当时的报价和售后条款均已过期，仅留作对照；本次以2025年报价为准。我司只做本地个人信用贷，"
                    "无跨境业务，预算18-25万元。制表：采购部 郭丽 2025-12-02"], border=False)
    put_row(ws, 3, K1_HEAD, font=BOLD, fill=GREY)
    for i, row in enumerate(K1_ROWS):
        put_row(ws, 4 + i, row)
    for r in range(4, 4 + len(K1_ROWS)):  # the expired columns greyed out, the way a buyer marks them
        for c in (3, 12):
            ws.cell(row=r, column=c).fill = GREY
    widths(ws, [5, 24, 18, 24, 44, 28, 22, 16, 12, 16, 18, 34, 52, 12, 26, 26])
    _save(wb, K1_NAME)

    comment = f"""Voice: 郭丽 of the 采购部 at 太原市迎泽区晋汇小额贷款 (local personal credit, no cross-border business, budget 18-25万),
  2025-12-02. The title, the 说明 line and the 采购备注 column are hers; the other cells of rows 4-8 are the vendors' answers,
  last year's and this year's side by side.
Layout: .xlsx, one sheet 2025比价; header row 3 {' | '.join(K1_HEAD)}; vendors rows 4-8. The columns "2024报价（已过期）"
  and "2024售后条款（已过期）" (greyed) hold LAST YEAR'S expired answers, each right before its 2025 column; only 2025 counts.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the decisive trap: 郭丽's pick 黎城 ('去年就数黎城最好，18.8万还7×24') is judged on its 2025 answers — 19.6万 不含税 at the
  default 13% (221,480), 5×8 with a 4-hour response, upgrades '另计', major policy changes '另行报价', risk engine encrypted
  (partial source) — so 襄垣 (216,000 含税, every 2025 term stated and good, '一年' = 12 months) is the pick, though it was
  cheaper last year (17.5万) and worse (6 months, 5×8) — neither counts. 定襄 only claims ('按等保三级要求设计开发', 国密算法,
  支持对接征信, 终身免费维护), leaves 日志 blank, 年费 面议, and adds 区块链存证 / 智能客服机器人 (bloat); 交城 fails in 2025
  (9.6万 < 10万, 等保二级) whatever its 12.8万 of 2024; 偏关 has only a 2024 price and declines in 2025 (no quote, not listed).
  Filing numbers and dates are no prices."""
    vendors = [
        dict(vendor="长治襄垣数科有限公司", gate="pass", price=216000,
             why="row 4: 2025报价 '21.6万元（含税）' = 216,000 inside 18-25万 (the expired '17.5万元（含税）' does not count); 等保 '已取得三级，备案证明编号14042343009-25003'; modules 人行/百行 征信, 风控模型, 反欺诈模型, 还款计划及提醒, 风控审批, 用户管理; SM4; TLS1.2; RBAC; 12个月; 人行 + 百行; 2025售后 '免费维护一年（含bug修复及小版本升级）' = 12 with upgrades, policy free, 7×24 within 2 h, lifetime consulting, in contract (the expired '6个月，5×8' does not count); '2.2万元/年' = 22,000; full source.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="长治黎城软件有限公司", gate="pass", price=221480,
             why="row 5: 2025报价 '19.6万元（不含税）' × 1.13 = 221,480 (not the expired 18.8万 含税); 2025售后 '仅修复缺陷（版本升级另计）' (upgrades conditional: not included), '5×8技术支持（工作日），4小时内响应' (no 7×24, 4 h), '重大政策调整另行报价' (policy conditional: not free), consulting and contract stated; 源码 '核心风控引擎加密' = partial; 等保 '已取得三级，备案证明编号14042643002-24017', SM4, HTTPS, RBAC, 12个月, 百行 stated; '2万元/年'. 郭丽's '首选黎城' is hers and reads 2024.",
             values=_vals(maintenance_includes_upgrades=False, policy_adaptation_free=False, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=20000, source_code_delivery="partial"),
             status=_st(maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["no_7x24", "response_over_2h", "source_partial", "maintenance_excludes_upgrades", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "maintenance_under_12m", "bloat_features"]),
        dict(vendor="忻州定襄信息技术有限公司", gate="unverified", price=230000,
             why="row 6: 2025报价 '23万' = 230,000 (no tax mark: inclusive); 等保 '按等保三级要求设计开发，可协助客户通过测评' (claimed: unverified); '国密算法' (which one? claimed); 日志保存 blank (unknown); '支持对接征信' (which body? claimed); 2025售后 '终身免费维护' = 12 months claimed, '7×24小时服务'; 年费 '面议' (unknown); modules add 区块链存证 and 智能客服机器人 (bloat).",
             values=dict(mlps_level3=True, sm4_encryption=True, licensed_credit_bureau=True, free_maintenance_months=12,
                         support_7x24=True, audit_log_months="null", annual_fee_after_warranty_cny="null",
                         source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="unknown"),
             fin=PC + CORE + ["anti_fraud", "blockchain_evidence", "ai_customer_service"], flin=["bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]),
        dict(vendor="吕梁交城网络科技有限公司", gate="fail", price=96000,
             why="row 7: 2025报价 '9.6万元（年底冲量价）' = 96,000 < 10万 (the expired 12.8万 does not count); 等保 '二级' (fail); 'AES加密' is not SM4; 日志 3个月; 2025售后 '免费维护3个月，只修bug，工作日9:00-18:00，次日响应'; 年费 blank; '仅授权使用，授权绑定域名' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, audit_log_months=3, free_maintenance_months=3,
                         maintenance_includes_upgrades=False, support_7x24=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated", free_maintenance_months="stated"),
             fin=PC + ["user_management"],
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "no_7x24",
                   "source_licence_only"], flex=["price_missing", "bloat_features"]),
    ]
    write_toml(K1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [K1_NAME], "长治襄垣数科有限公司",
               "襄垣 (row 4) proves every gate in its 2025 answers (备案证明编号14042343009-25003, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every personal-credit must-have plus anti-fraud and no bloat, and its 2025 terms state 12 months ('一年') with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, in the contract, full source — at 216,000 含税. 郭丽's pick 黎城 is best only in the expired 2024 columns: in 2025 it is 19.6万 不含税 (221,480), 5×8 with 4-hour response, paid upgrades and major policy changes, encrypted risk engine. 定襄 only claims its 等保; 交城 fails (9.6万, 等保二级); 偏关 declined in 2025.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzk_02  商户经营性贷 — transposed, amounts in 元 with a full-width comma "286，000元"; GB18030 CSV
# ---------------------------------------------------------------------------------------------
K2_NAME = "zzk_02_ml_quanjiao_douhao_yuan_gb18030.csv"
K2_VENDORS = ["天水甘谷数科有限公司", "白银会宁软件有限公司", "武威民勤信息技术有限公司", "张掖山丹网络科技有限公司", "酒泉瓜州云科技有限公司"]
K2_ROWS = [
    ["报价（元）", "286，000元", "23.8万", "面议", "412，600元", "不参与（只做SaaS，不卖源码）"],
    ["计税", "含税", "含税", "", "不含税，税率6%", ""],
    ["功能模块", "企业征信查询、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理",
     "企业征信查询、银行流水分析、风控审批、还款管理、用户管理", "企业征信、流水分析、合同管理、审批流、还款管理、用户管理",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、元宇宙营销、海外支付通道", ""],
    ["选配模块（另计）", "无", "电子合同模块 38，000元", "无", "无", ""],
    ["等保三级", "已取得三级，备案证明编号62052443008-25006", "已取得三级，备案证明编号62042243005-24015",
     "已取得三级，备案证明编号62062143003-25001", "已通过等保测评", ""],
    ["数据加密", "法人身份证号、手机号、对公账号SM4加密", "SM4", "SM4", "SM4", ""],
    ["传输加密", "全站HTTPS（TLS1.2）", "HTTPS", "HTTPS", "HTTPS", ""],
    ["权限管理", "RBAC角色权限", "RBAC", "有", "RBAC", ""],
    ["日志保存", "12个月", "12个月", "12个月", "12个月", ""],
    ["征信接口", "人行征信中心、百行征信", "百行征信", "百行征信、朴道征信", "人行征信中心", ""],
    ["免费维护期", "一年", "6个月", "12个月", "12个月", ""],
    ["维护范围", "缺陷修复及小版本升级", "缺陷修复及小版本升级", "缺陷修复及小版本升级", "缺陷修复及小版本升级", ""],
    ["政策适配", "免费", "免费", "免费", "免费", ""],
    ["技术支持", "7×24小时", "7×24小时", "7×24小时", "7×24小时", ""],
    ["响应时间", "1小时内", "2小时内", "2小时内", "2小时内", ""],
    ["终身技术咨询", "提供", "提供", "提供", "提供", ""],
    ["写入合同", "是", "是", "是", "是", ""],
    ["维保期满年费", "26，000元/年", "24，000元/年", "", "45，000元/年", ""],
    ["源码交付", "完整源码，无加密，可二次开发", "核心风控引擎加密，其余开放源码", "仅授权使用，授权绑定服务器", "完整源码", ""],
    ["采购备注", "", "会宁最便宜，23.8万，先约谈", "说要上门演示后再报价", "功能最全，就是太贵", "12-01电话告知放弃"],
]


def build_zzk02():
    n = 1 + len(K2_VENDORS)
    rows = [["西宁市城中区鑫盛小额贷款有限公司 商户经营贷系统源码报价对比（金额单位：元）"] + [""] * (n - 1),
            ["说明：我司做本地商户经营贷，无跨境业务，预算25-35万元。报价按各家回函录入。录入：采购 马晓 2025-12-03"] + [""] * (n - 1),
            ["比较项目"] + K2_VENDORS] + K2_ROWS
    write_csv(K2_NAME, rows, "gb18030")

    comment = f"""Voice: 马晓 of 采购 at 西宁市城中区鑫盛小额贷款 (local merchant operating loans, no cross-border business, budget 25-35万),
  2025-12-03. The title, 说明 and the 采购备注 row are hers; she typed the vendors' replies into the other cells, amounts in 元
  with the full-width comma "，" she types as a thousands separator.
Layout: CSV in GB18030, CRLF; transposed: line 3 比较项目 | one column per vendor ({' | '.join(K2_VENDORS)}); one line per item
  below (报价（元）, 计税, 功能模块, 选配模块（另计）, 等保三级 … 源码交付, 采购备注).
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: amounts are never split at the full-width comma: '286，000元' is 286,000 (not 286 or 0 — a misread would drop 甘谷
  under 10万), '412，600元' is 412,600, '26，000元/年' is 26,000; '23.8万' keeps its own unit (238,000) though the line says 元.
  The decisive trap: 马晓's '会宁最便宜' — 会宁 lacks the must-have e-contract, sold as an option '电子合同模块 38，000元'
  (added: 276,000, contract_management conditional), gives 6 months of maintenance and encrypts its risk engine (partial), so
  甘谷 (286,000 含税, everything stated and good, '一年' = 12 months, 1-hour response) is the pick. 民勤 says 面议 (price
  unknown: unverified) and licenses only; 山丹 is 不含税 at its own 6% (412,600 × 1.06 = 437,356, over the band), its 等保 is
  '已通过等保测评' with no level (claimed: unverified) and it adds 元宇宙营销 / 海外支付通道 (bloat for a local lender); 瓜州
  declined (not listed). Filing numbers and dates are no prices."""
    vendors = [
        dict(vendor="天水甘谷数科有限公司", gate="pass", price=286000,
             why="column B: 报价（元）'286，000元' = 286,000 (full-width comma is a thousands separator), 计税 '含税', inside 25-35万; 等保 '已取得三级，备案证明编号62052443008-25006'; modules 企业征信查询, 银行流水分析, 电子合同, 风控审批, 还款计划及提醒, 用户管理; SM4 on 法人身份证号/手机号/对公账号; TLS1.2; RBAC; 12个月; 人行 + 百行; 免费维护期 '一年' = 12; upgrades; policy free; 7×24; 1小时内; consulting; 写入合同 '是'; 年费 '26，000元/年' = 26,000; full source.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE, fex=BLOAT, flex=ALL_BAD),
        dict(vendor="白银会宁软件有限公司", gate="pass", price=276000,
             why="column C: 报价 '23.8万' = 238,000 含税; modules lack 电子合同, offered as '电子合同模块 38，000元' in 选配模块（另计）: a must-have option, added (276,000), contract_management conditional; 等保 '已取得三级，备案证明编号62042243005-24015'; SM4, HTTPS, RBAC, 12个月, 百行; 免费维护期 '6个月'; upgrades; policy free; 7×24 within 2 h; consulting; contract; 年费 '24，000元/年'; 源码 '核心风控引擎加密' = partial. 马晓's '会宁最便宜' is hers.",
             values=_vals(free_maintenance_months=6, response_hours=2, annual_fee_after_warranty_cny=24000,
                          source_code_delivery="partial"),
             status=_st(response_hours="stated"), fin=ML + CORE, fex=BLOAT,
             flin=["maintenance_under_12m", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_7x24", "bloat_features"]),
        dict(vendor="武威民勤信息技术有限公司", gate="unverified", price="null",
             why="column D: 报价 '面议' (unknown: price_missing, gate unverified), 计税 blank; 等保 '已取得三级，备案证明编号62062143003-25001' stated; modules 企业征信, 流水分析, 合同管理, 审批流, 还款管理, 用户管理; SM4; HTTPS; 权限 '有'; 12个月; 百行 + 朴道; 12个月 with upgrades; policy free; 7×24 within 2 h; consulting; contract; 年费 blank; '仅授权使用，授权绑定服务器' = licence only.",
             values=dict(mlps_level3=True, sm4_encryption=True, audit_log_months=12, free_maintenance_months=12,
                         support_7x24=True, annual_fee_after_warranty_cny="null", source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", audit_log_months="stated", free_maintenance_months="stated"),
             fin=ML + CORE, fex=BLOAT, flin=["price_missing", "source_licence_only"],
             flex=["price_below_10w", "no_mlps_level3", "missing_must_have", "audit_log_under_6m", "no_sm4", "no_7x24",
                   "bloat_features"]),
        dict(vendor="张掖山丹网络科技有限公司", gate="unverified", price=437356,
             why="column E: 报价 '412，600元' = 412,600, 计税 '不含税，税率6%' — its own rate: × 1.06 = 437,356, above 25-35万; 等保 '已通过等保测评' (no level: claimed, unverified); modules add 元宇宙营销 and 海外支付通道 (bloat; 说明: no cross-border business); SM4, HTTPS, RBAC, 12个月, 人行; 12 months with upgrades, policy free, 7×24 within 2 h, consulting, contract; 年费 '45，000元/年' = 45,000; full source.",
             values=dict(mlps_level3=True, sm4_encryption=True, free_maintenance_months=12, support_7x24=True,
                         annual_fee_after_warranty_cny=45000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", free_maintenance_months="stated"),
             fin=ML + CORE + ["metaverse_marketing", "overseas_payment"], flin=["price_over_budget", "bloat_features"],
             flex=["price_below_10w", "price_below_15w", "price_missing", "no_mlps_level3", "missing_must_have", "no_sm4",
                   "no_7x24", "no_tls"]),
    ]
    write_toml(K2_NAME.replace(".csv", ".toml"), comment, "merchant_loan", [K2_NAME], "天水甘谷数科有限公司",
               "甘谷 (column B) proves every gate (备案证明编号62052443008-25006, SM4 on 法人身份证号/手机号/对公账号, TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every merchant-loan must-have and no bloat, and states 12 months ('一年') with upgrades, free policy adaptation, 7×24 within 1 hour, consulting, in the contract, full source — at '286，000元' = 286,000 含税. 马晓's pick 会宁 ('23.8万') sells the must-have e-contract as a 38，000元 option (276,000), gives 6 months and encrypts its risk engine; 民勤 says 面议; 山丹 is 不含税 at 6% (437,356) with an unproven 等保 and bloat; 瓜州 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzk_03  消费分期 — yes/no questions answered with emoji ✔️ / ❌ / ❓, each followed by a 说明 column; UTF-8-BOM CSV
# ---------------------------------------------------------------------------------------------
K3_NAME = "zzk_03_ci_emoji_shifou_shuoming_utf8bom.csv"
Y, N, Q = "✔️", "❌", "❓"
K3_HEAD = ["序号", "供应商", "报价", "计税", "功能模块", "已取得等保三级", "等保说明", "敏感数据SM4加密", "加密说明", "全站HTTPS",
           "HTTPS说明", "权限管理", "权限说明", "日志保存≥6个月", "日志说明", "对接持牌征信", "征信说明", "免费维护≥12个月", "维护说明",
           "7×24技术支持", "支持说明", "政策适配免费", "适配说明", "承诺写入合同", "合同说明", "源码交付", "维保期满年费", "我方备注"]
K3_ROWS = [
    ["1", "庆阳环县数科有限公司", "25.6万", "含税", "商品管理、分期计算器、订单跟踪、风控审批、还款计划及提醒、用户管理",
     Y, "已取得，备案证明编号62102243006-25004", Y, "身份证号、手机号、银行卡号SM4加密存储", Y, "全站HTTPS，TLS1.2",
     Y, "RBAC角色权限，按岗位分配", Y, "操作日志保存12个月，异常操作告警", Y, "百行征信、朴道征信",
     Y, "免费维护一年，含bug修复及小版本升级", Y, "7×24小时技术支持，2小时内响应，终身技术咨询", Y, "监管政策调整免费适配",
     Y, "以上承诺全部写入合同", "完整源码，无加密，可二次开发", "2.3万/年", ""],
    ["2", "平凉泾川软件有限公司", "21.5w", "不含税", "商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理",
     Y, "测评中，预计2026年1月出具测评报告", Y, "SM4", Y, "HTTPS", Y, "RBAC", Y, "12个月", Y, "百行征信",
     Y, "12个月，含小版本升级", Y, "7×24小时，2小时内响应", Y, "免费", Y, "写入合同", "完整源码", "2万/年",
     "泾川全是✔️，价格最低，建议优先"],
    ["3", "定西陇西信息技术有限公司", "26.8万", "含税", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理、智能客服机器人",
     Y, "已取得三级，备案证明编号62112243002-24011", Q, "", Y, "全站HTTPS", Y, "有", Y, "6个月", Y, "支持对接征信",
     Y, "终身免费维护", N, "5×8，工作日响应", Y, "一般调整免费，重大政策调整另行报价", Q, "", "核心风控模块加密，其余提供源码",
     "按合同额15%/年", "智能客服先不要"],
    ["4", "陇南徽县网络科技有限公司", "8.8万", "含税", "商品管理、分期计算器、订单跟踪、审批、还款、用户管理",
     N, "二级", N, "AES加密", Y, "HTTPS", Y, "有", N, "3个月", Y, "百行征信", N, "3个月，只修bug", N, "工作日9:00-18:00",
     N, "另行收费", N, "", "仅授权使用，授权绑定域名", "", "太便宜，不考虑"],
    ["5", "临夏永靖云科技有限公司", "🙏感谢邀请，本次不参与报价（项目排期已满）", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "", "", "", "", "", "", "", "", "", "放弃"],
]


def build_zzk03():
    n = len(K3_HEAD)
    rows = [["西安市雁塔区长信消费分期小额贷款有限公司 消费分期系统源码 供应商应答汇总"] + [""] * (n - 1),
            ["填写说明：是否类问题请填 ✔️是 / ❌否 / ❓不确定，并在右侧说明栏写明依据（证书编号、期限等）。我司做本地消费分期，无跨境业务，"
             "预算20-30万元。汇总：信息部 韩冬 2025-12-04"] + [""] * (n - 1),
            K3_HEAD] + K3_ROWS
    write_csv(K3_NAME, rows, "utf-8-sig")

    comment = f"""Voice: 韩冬 of the 信息部 at 西安市雁塔区长信消费分期小额贷款 (local consumer installments, no cross-border business, budget
  20-30万), 2025-12-04. The title, the 填写说明 line (with its legend ✔️是 / ❌否 / ❓不确定) and the 我方备注 column are his; the
  other cells of lines 4-8 are the vendors' answers copied from their questionnaires.
Layout: CSV in UTF-8 with BOM, CRLF; header line 3; one line per vendor; each yes/no question is a PAIR of columns — the emoji
  answer, then its 说明 in words ("已取得等保三级 | 等保说明", "7×24技术支持 | 支持说明" …); price, tax, modules, source and fee
  are plain columns.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the words in the 说明 decide, not the emoji. The decisive trap: 韩冬's '泾川全是✔️，价格最低' — 泾川's ✔️ for 等保 reads
  '测评中，预计2026年1月出具测评报告' (in progress: false, claimed, gate unverified), and its '21.5w' is 不含税 (242,950); so
  环县 (256,000 含税, every answer ✔️ with proof, '一年' = 12 months) is the pick. 陇西 ✔️-s a claim ('支持对接征信', '终身免费
  维护'), answers ❓ with nothing beside it for SM4 and 合同 (unknown), ✔️ over a condition ('重大政策调整另行报价': not free), ❌
  '5×8', encrypts its risk module (partial) and adds 智能客服机器人 (bloat); '按合同额15%/年' is a stated fee. 徽县 fails (8.8万,
  ❌ '二级'); 永靖 declined (not listed)."""
    vendors = [
        dict(vendor="庆阳环县数科有限公司", gate="pass", price=256000,
             why="line 4: 报价 '25.6万' 计税 '含税' = 256,000 inside 20-30万; every answer ✔️ with its proof: 等保 '已取得，备案证明编号62102243006-25004'; SM4 on 身份证号/手机号/银行卡号; '全站HTTPS，TLS1.2'; RBAC; logs 12个月; 百行 + 朴道; '免费维护一年，含bug修复及小版本升级' = 12 with upgrades; '7×24小时技术支持，2小时内响应，终身技术咨询'; policy free; in contract; modules 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款计划及提醒, 用户管理; full source; '2.3万/年' = 23,000.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=23000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="平凉泾川软件有限公司", gate="unverified", price=242950,
             why="line 5: 报价 '21.5w' 计税 '不含税' × 1.13 = 242,950; 已取得等保三级 '✔️' but 等保说明 '测评中，预计2026年1月出具测评报告' = in progress: false, claimed (unverified, not fail); SM4, HTTPS, RBAC, 12个月, 百行 stated; '12个月，含小版本升级'; '7×24小时，2小时内响应'; policy '免费'; 写入合同; modules 商品管理, 分期计算器, 订单管理, 风控审批, 还款管理, 用户管理; 完整源码; '2万/年'. 韩冬's '建议优先' is his.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", audit_log_months="stated", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flex=["missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_7x24", "maintenance_under_12m", "bloat_features", "source_partial"]),
        dict(vendor="定西陇西信息技术有限公司", gate="pass", price=268000,
             why="line 6: 报价 '26.8万' 含税 = 268,000; 等保 ✔️ '已取得三级，备案证明编号62112243002-24011' stated; SM4 '❓' with 说明 blank (unknown); '全站HTTPS'; 权限 '有'; logs 6个月 (not under 6); 征信 ✔️ '支持对接征信' (which body? claimed); 维护 ✔️ '终身免费维护' = 12 months claimed; 7×24 '❌' '5×8，工作日响应'; 政策 ✔️ '一般调整免费，重大政策调整另行报价' (conditional: not free); 合同 '❓' blank (unknown); '核心风控模块加密' = partial; '按合同额15%/年' = 40,200 a year; modules add 智能客服机器人 (bloat).",
             values=dict(mlps_level3=True, sm4_encryption="null", tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, policy_adaptation_free=False,
                         support_7x24=False, commitments_in_contract="null", annual_fee_after_warranty_cny=40200,
                         source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="unknown", audit_log_months="stated", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", policy_adaptation_free="conditional", support_7x24="stated",
                         commitments_in_contract="unknown"),
             fin=CI + CORE + ["ai_customer_service"],
             flin=["bloat_features", "no_7x24", "policy_adaptation_charged", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "audit_log_under_6m",
                            "no_licensed_credit_bureau", "maintenance_under_12m"]),
        dict(vendor="陇南徽县网络科技有限公司", gate="fail", price=88000,
             why="line 7: 报价 '8.8万' 含税 = 88,000 < 10万; 等保 '❌' '二级' (fail); SM4 '❌' 'AES加密'; logs '❌' '3个月'; 维护 '❌' '3个月，只修bug'; 7×24 '❌' '工作日9:00-18:00'; 政策 '❌' '另行收费'; '仅授权使用，授权绑定域名' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, audit_log_months=3, free_maintenance_months=3,
                         maintenance_includes_upgrades=False, support_7x24=False, policy_adaptation_free=False,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated", free_maintenance_months="stated"),
             fin=CI, flin=["price_below_10w", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "no_7x24",
                           "source_licence_only"], flex=["price_missing", "bloat_features"]),
    ]
    write_toml(K3_NAME.replace(".csv", ".toml"), comment, "consumer_installment", [K3_NAME], "庆阳环县数科有限公司",
               "环县 (line 4) answers every question ✔️ and proves it in the 说明 (备案证明编号62102243006-25004, SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs, 百行 + 朴道), has every consumer-installment must-have and no bloat, and states 12 months ('一年') with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, in the contract, full source — at 256,000 含税. 韩冬's pick 泾川 ('全是✔️') ticks 等保 over '测评中，预计2026年1月出具测评报告' (not certified: unverified) and its 21.5w is 不含税 (242,950); 陇西 claims, leaves ❓ blanks, 5×8, charges major policy changes, partial source and bloat; 徽县 fails (8.8万, 二级); 永靖 declined.",
               vendors)


if __name__ == "__main__":
    build_zzk01()
    build_zzk02()
    build_zzk03()
