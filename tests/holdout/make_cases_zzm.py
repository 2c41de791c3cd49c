"""Build the "zzm" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is the way money and after-sales terms are really PHRASED, each file in one
voice of its own:

zzm_01 — an .xlsx (personal credit) made by the buyer's IT manager in mixed English and Chinese, a one-page "Vendor quick
  view" laid out in TWO PANELS SIDE BY SIDE so it prints on one A4 landscape page: the same eight-column header twice on
  row 3 (A–H and J–Q, column I an empty gutter), three vendors in each panel, so a row holds two vendors. His Security
  column is his English summary of each vendor's papers; Price and After-sales are quoted from the vendors' letters in the
  salespeople's Chinese: "维保1+2年：首年免费维护，第二、三年维保费按合同金额18%/年收取", "工作时间30分钟响应、夜间及节假日4小时
  响应", "一般监管调整免费，重大政策调整另行报价", "免费维护三年（含首年）", "质保期满后年服务费2.4万元", "19-23万元（含税，视
  对接征信机构数量而定）", "原价12.8万，限时直降3万，现价9.8万元（含税）", "19.8万元（不含税，税率6%）". His own "IT note" column
  and his recommendation under the table are the buyer's.
zzm_02 — a CSV in GBK, CRLF (merchant loans) saved from Excel by the buyer's finance clerk: a 报价及付款条件核对表, one row per
  vendor, with the PAYMENT MILESTONES AS COLUMNS (首付款 | 上线款 | 验收款 | 尾款（质保金）) beside 合同总价 and 优惠: one vendor gives
  its price ONLY as four milestone amounts ("9万元…" + "12万元…" + "7万元…" + "2万元（质保期满后无息支付）", 合同总价 "见付款节点"),
  the others give shares (30% / 40% …); a list price with "本项目给予九五折"; a written total that disagrees with its own items
  ("19.6万元＋3.8万元＋1.2万元＝25.6万元") followed by "优惠1.2万元" and 不含税 at 6%; yearly fees as "按合同总额的8%/年",
  "3.2万元/年（第二、三年）", "按合同金额15%/年"; "质保期三年（含首年）", "质保1+2年"; the clerk's 财务部核对意见 column is hers.
zzm_03 — a CSV in UTF-8 with BOM (consumer installments) exported from a procurement platform's 询价单 where each vendor's
  SALESPERSON typed the answers: the platform asks for the price as a TYPE (固定总价 / 区间报价 / 起步价 / 封顶价) with 报价下限 and
  报价上限 in 万元, and a free-text 报价说明 in the salesperson's chatty voice ("18-26万…一般客户都在20万左右～", "19.8万起（不
  含税）", "报价不超过24.5万（含税）…只会少不会多！", "原价12.8万，年底冲业绩优惠4万，到手价8.8万"); after-sales as "质保三年
  （含首年）", "免费维保1+2年（首年全免，第2、3年按合同金额10%/年收取）", "工作时间半小时响应，夜间及节假日次日上午处理", "质保期满
  后每年收取维保费1.8万元"; a salesperson declining; the buyer's 采购员备注 column.

The expected reading of every file is in the matching zzm_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzm.py
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
# zzm_01  个人信用贷 — the IT manager's one-page "Vendor quick view", two panels side by side, mixed English/Chinese
# ---------------------------------------------------------------------------------------------
M1_NAME = "zzm_01_pc_fenlan_dayin_weibao_shiduan.xlsx"
M1_HEAD = ["#", "Vendor 供应商", "Price 报价（原文）", "Modules 功能模块", "Security 安全合规（my summary）",
           "After-sales 售后条款（原文）", "Source code 源码", "IT note 科技部点评"]
M1_LEFT = [
    ["1", "鄂尔多斯伊金霍洛软件有限公司", "20.8万元（含税）",
     "个人征信查询（人行二代征信、百行征信）、智能风控模型、反欺诈模型、还款计划及提醒、风控审批、用户管理",
     "MLPS Level 3 certified – filing no. 15062743004-25002; SM4 on ID no. / mobile / bank card; HTTPS (TLS 1.2); RBAC; "
     "logs kept 12 months; bureaus: 人行征信中心 + 百行征信",
     "维保1+2年：首年免费维护，第二、三年维保费按合同金额18%/年收取；维护含bug修复及版本升级；7×24小时值守，工作时间30分钟响应、"
     "夜间及节假日4小时响应；一般监管调整免费，重大政策调整另行报价；终身技术咨询；以上写入合同",
     "Full source 完整源码，可二次开发",
     "SLA最好（30分钟响应），维保3年，价格最低 → 建议首选"],
    ["2", "赤峰松山信息技术有限公司", "19-23万元（含税，视对接征信机构数量而定）",
     "个人征信查询、风控模型、反欺诈、还款管理、审批流、用户管理、区块链存证",
     "MLPS: '按等保三级标准设计开发，测评可协助（费用另计）' – no certificate shown; encryption: '国密算法' – algorithm not "
     "named; HTTPS; 权限管理 yes; logs: '长期保存' – no period given; bureau: '支持对接各大征信机构' – none named",
     "终身免费维护！7×24小时服务，快速响应，政策调整全力配合",
     "完整源码（their words）",
     "区块链用不上；价格只给了区间"],
    ["3", "巴彦淖尔磴口数科有限公司", "原价12.8万，限时直降3万，现价9.8万元（含税）",
     "个人征信查询、风控模型、还款管理、用户管理",
     "MLPS Level 2 only（三级暂无计划）; AES-256 (not SM4); HTTPS; 单一管理员账号 (no role-based access); logs 3 months; "
     "bureau: 百行征信",
     "免费维护3个月，只修bug；工作日QQ群支持；政策调整另收费",
     "Licence only – 授权绑定域名，不提供源码",
     "便宜，但等保二级，排除"],
]
M1_RIGHT = [
    ["4", "通辽扎鲁特网络科技有限公司", "19.8万元（不含税，税率6%）",
     "个人征信查询（百行征信）、风控模型、反欺诈、还款计划、风控审批、用户管理",
     "MLPS Level 3 certified – filing no. 15052643009-24016; SM4 on ID no. / mobile; HTTPS; RBAC; logs 12 months; "
     "bureau: 百行征信",
     "质保期12个月，质保期内免费维护（仅修复bug，版本升级另行收费）；质保期满后按合同金额15%/年收取维保费；5×8技术支持（工作日"
     "9:00-17:30），2小时内响应；重大政策调整另行报价；终身技术咨询；写入合同",
     "Partial – 核心风控引擎以加密SDK交付，其余模块开放源码",
     "5×8不行，引擎还加密"],
    ["5", "呼和浩特玉泉数科有限公司", "22.6万元（含税，13%增值税专票）",
     "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及逾期提醒、风控审批、用户管理",
     "MLPS Level 3 certified – filing no. 15010443011-25008; SM4 on ID no. / mobile / bank card; HTTPS (TLS 1.2); RBAC; "
     "logs kept 12 months; bureaus: 人行征信中心 + 百行征信",
     "免费维护三年（含首年），含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，全天候1小时内响应；终身技术咨询；"
     "上述承诺写入合同。质保期满后年服务费2.4万元",
     "Full source, unencrypted 完整源码，无加密，可二次开发",
     "比伊金霍洛贵1.8万"],
    ["6", "乌兰察布丰镇云科技有限公司", "Declined 不参与本次报价（公司转做SaaS，不再出售源码）", "", "", "", "", "放弃"],
]


def build_zzm01():
    wb = Workbook()
    ws = wb.active
    ws.title = "Quick view 速览"
    put_row(ws, 1, ["包头市石拐区金石小额贷款有限公司 | Personal-credit loan system (source code) — Vendor quick view 供应商报价速览"],
            font=TITLE, border=False)
    put_row(ws, 2, ["Two panels so it prints on one A4 landscape page 为了一页打印分左右两栏，每栏3家，栏目相同。Price and After-sales "
                    "are quoted from each vendor's stamped letter 原文照录; Security is my summary of their papers; IT note is mine. "
                    "我司只做本地个人信用贷，无跨境业务，budget 预算18-25万（含税）。— 白志刚, IT Manager 信息科技部, 2025-12-05"],
            border=False)
    put_row(ws, 3, M1_HEAD, font=BOLD, fill=GREY)
    put_row(ws, 3, M1_HEAD, font=BOLD, fill=GREY, start=10)
    for i, row in enumerate(M1_LEFT):
        put_row(ws, 4 + i, row)
    for i, row in enumerate(M1_RIGHT):
        put_row(ws, 4 + i, row, start=10)
    for r in range(4, 7):  # his own note column, shaded the way he marks his remarks
        ws.cell(row=r, column=8).fill = YELLOW
        ws.cell(row=r, column=17).fill = YELLOW
    put_row(ws, 8, ["Recommendation 建议：伊金霍洛（best SLA, cheapest）。待总经理审批。"], border=False)
    widths(ws, [4, 20, 18, 30, 38, 46, 22, 18, 2, 4, 20, 18, 30, 38, 46, 22, 18])
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = "A1:Q8"
    _save(wb, M1_NAME)

    comment = f"""Voice: 白志刚, IT Manager of the 信息科技部 at 包头市石拐区金石小额贷款 (local personal credit, no cross-border business, budget
  18-25万 含税), 2025-12-05, writing half in English. The title, the note on row 2, both "IT note 科技部点评" columns (shaded) and the
  Recommendation on row 8 are his; Price and After-sales are the salespeople's words quoted from the vendors' letters; Security
  is his English summary of each vendor's papers (the vendors' own phrases inside '…').
Layout: .xlsx, one sheet "Quick view 速览", set to print on one A4 landscape page; TWO PANELS side by side: the same header
  {' | '.join(M1_HEAD)} on row 3 in A–H and again in J–Q (column I an empty gutter); vendors 1-3 in rows 4-6 of the left panel,
  vendors 4-6 in rows 4-6 of the right panel, so each row holds two vendors.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the decisive trap is the after-sales phrasing of 伊金霍洛 (left panel, row 4), his pick ('SLA最好（30分钟响应），维保3年，价格最低'):
  '维保1+2年' is ONE free year ('首年免费维护') and two PAID years at '合同金额18%/年' (18% × 208,000 = 37,440 a year, so 282,880
  over 3 years), '工作时间30分钟响应、夜间及节假日4小时响应' guarantees 4 hours at night (the 3 a.m. outage), and '一般监管调整免费，
  重大政策调整另行报价' charges the big changes. 玉泉 (right panel, row 5) gives '免费维护三年（含首年）' = 36 months (the first year
  included, not 4 years), upgrades, free policy adaptation, 7×24 within 1 hour round the clock, '质保期满后年服务费2.4万元' =
  24,000 a year after those three years, full source, at 226,000 含税 — the pick. The layout is the second trap: 玉泉 sits in the
  RIGHT panel, on 松山's row; reading J–Q as more columns of the left panel's vendors, or ignoring J–Q, loses the best vendor. 松山 gives a range '19-23万' (the upper
  bound, 230,000, with a warning) and only claims (按等保三级标准设计, 国密算法, 长期保存, 支持对接各大征信机构, 终身免费维护); 磴口's
  '原价12.8万，限时直降3万，现价9.8万' is 98,000 (< 10万) and 等保二级: fail; 扎鲁特 is 19.8万 不含税 at its own 6% (209,880), 5×8,
  paid upgrades, major policy changes charged, encrypted engine (its '按合同金额15%/年' fee: 15% of 198,000 or of 209,880 is not
  said, so no amount is asserted); 丰镇 declined (not listed). Filing numbers and dates are no prices."""
    vendors = [
        dict(vendor="呼和浩特玉泉数科有限公司", gate="pass", price=226000,
             why="right panel row 5 (K5:Q5): '22.6万元（含税，13%增值税专票）' = 226,000 inside 18-25万; 'MLPS Level 3 certified – filing no. 15010443011-25008'; SM4 on ID no./mobile/bank card; TLS 1.2; RBAC; logs 12 months; 人行 + 百行; modules 个人征信查询, 风控模型, 反欺诈模型, 还款计划及逾期提醒, 风控审批, 用户管理; '免费维护三年（含首年）' = 36 months with bug fixes and minor upgrades; policy free; 7×24 '全天候1小时内响应' = 1 h; lifetime consulting; in contract; '质保期满后年服务费2.4万元' = 24,000 a year; full source, unencrypted. 3 years: 226,000 (the free period covers them). 白志刚's '比伊金霍洛贵1.8万' is his.",
             values=_vals(free_maintenance_months=36, response_hours=1, annual_fee_after_warranty_cny=24000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="鄂尔多斯伊金霍洛软件有限公司", gate="pass", price=208000,
             why="left panel row 4 (B4:H4): '20.8万元（含税）' = 208,000; security all stated (filing no. 15062743004-25002, SM4, TLS 1.2, RBAC, 12 months, 人行 + 百行); '维保1+2年：首年免费维护，第二、三年维保费按合同金额18%/年收取' = 12 months free (stated) and a stated fee of 18% × 208,000 = 37,440 a year (3 years: 208,000 + 2 × 37,440 = 282,880) — never 36 free months; upgrades included; 7×24 stated but '工作时间30分钟响应、夜间及节假日4小时响应' = 4 h guaranteed at night (the worst hour counts, not the 30 minutes); '一般监管调整免费，重大政策调整另行报价' = policy conditional (not free); consulting; contract; full source. 白志刚's 'SLA最好…维保3年…建议首选' and the Recommendation row are his.",
             values=_vals(response_hours=4, policy_adaptation_free=False, annual_fee_after_warranty_cny=37440,
                          source_code_delivery="full"),
             status=_st(response_hours="stated", policy_adaptation_free="conditional"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flin=["response_over_2h", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_7x24", "maintenance_under_12m",
                            "maintenance_excludes_upgrades", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                            "source_partial", "source_licence_only"]),
        dict(vendor="通辽扎鲁特网络科技有限公司", gate="pass", price=209880,
             why="right panel row 4 (K4:Q4): '19.8万元（不含税，税率6%）' — its own rate: 198,000 × 1.06 = 209,880; 'MLPS Level 3 certified – filing no. 15052643009-24016'; SM4; HTTPS; RBAC; 12 months; 百行; '质保期12个月' = 12 (stated); '仅修复bug，版本升级另行收费' (upgrades conditional: not included); '质保期满后按合同金额15%/年' — a stated share, but whether of 198,000 or 209,880 is not said (no amount asserted); '5×8技术支持…2小时内响应' (no 7×24, 2 h); '重大政策调整另行报价' (conditional); consulting; contract; '核心风控引擎以加密SDK交付' = partial source.",
             values=_vals(maintenance_includes_upgrades=False, policy_adaptation_free=False, support_7x24=False,
                          response_hours=2, source_code_delivery="partial"),
             status=_st(maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["no_7x24", "maintenance_excludes_upgrades", "policy_adaptation_charged", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "maintenance_under_12m",
                            "response_over_2h", "bloat_features"]),
        dict(vendor="赤峰松山信息技术有限公司", gate="unverified", price=230000,
             why="left panel row 5 (B5:H5): '19-23万元（含税，视对接征信机构数量而定）' is a range: the upper bound, 230,000, with a warning (analyst-reading §3.5), inside 18-25万; '按等保三级标准设计开发，测评可协助（费用另计）' – no certificate (claimed: unverified, the help is what is charged); '国密算法' (which? claimed); HTTPS, 权限管理 yes; logs '长期保存' (claimed, no period); '支持对接各大征信机构' (none named: claimed); '终身免费维护' = 12 months claimed; '7×24小时服务' stated; '快速响应' gives no hours; '政策调整全力配合' says nothing; modules add 区块链存证 (bloat); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, licensed_credit_bureau=True,
                         free_maintenance_months=12, support_7x24=True, response_hours="null", source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", audit_log_months="claimed",
                         licensed_credit_bureau="claimed", free_maintenance_months="claimed"),
             fin=PC + CORE + ["anti_fraud", "blockchain_evidence"], flin=["bloat_features"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w",
                   "price_over_budget", "no_sm4", "no_tls", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="巴彦淖尔磴口数科有限公司", gate="fail", price=98000,
             why="left panel row 6 (B6:H6): '原价12.8万，限时直降3万，现价9.8万元（含税）' = 98,000 (the price after the 直降, not the 原价) < 10万; 'MLPS Level 2 only（三级暂无计划）' (fail); 'AES-256 (not SM4)'; '单一管理员账号' = no access control; logs 3 months; '免费维护3个月，只修bug' (3 months, no upgrades); '工作日QQ群支持' (no 7×24); '政策调整另收费'; 'Licence only – 授权绑定域名'.",
             values=dict(mlps_level3=False, sm4_encryption=False, access_control=False, audit_log_months=3,
                         free_maintenance_months=3, maintenance_includes_upgrades=False, support_7x24=False,
                         policy_adaptation_free=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated", free_maintenance_months="stated"),
             fin=PC + ["user_management"],
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "no_access_control", "audit_log_under_6m",
                   "maintenance_under_12m", "no_7x24", "source_licence_only"], flex=["price_missing", "bloat_features"]),
    ]
    write_toml(M1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [M1_NAME], "呼和浩特玉泉数科有限公司",
               "玉泉 (right panel, row 5) proves every gate (filing no. 15010443011-25008, SM4 on ID/mobile/bank card, TLS 1.2, RBAC, 12-month logs, 人行 + 百行), has every personal-credit must-have plus anti-fraud and no bloat, and gives '免费维护三年（含首年）' = 36 months with upgrades, free policy adaptation, 7×24 within 1 hour round the clock, lifetime consulting, in the contract, full unencrypted source — at 226,000 含税 (3 years: 226,000). 白志刚's pick 伊金霍洛 is 20.8万 but its '维保1+2年' is one free year then 18% of the contract a year (37,440; 3 years 282,880), its 30 minutes are office hours only (4 hours at night and on holidays) and major policy changes are charged. 扎鲁特 is 209,880 after its 6% with 5×8, paid upgrades and an encrypted engine; 松山 only claims its 等保 (range 19-23万, upper bound 230,000); 磴口 fails (9.8万 after the 直降, 等保二级); 丰镇 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzm_02  商户经营性贷 — the finance clerk's 报价及付款条件核对表, payment milestones as columns; GBK CSV
# ---------------------------------------------------------------------------------------------
M2_NAME = "zzm_02_ml_caiwu_fukuan_jiedian_zhekou_gbk.csv"
M2_HEAD = ["序号", "供应商", "合同总价（报价函原文）", "优惠", "首付款", "上线款", "验收款", "尾款（质保金）", "计税及发票", "功能模块",
           "另计/选配", "等保及数据安全", "质保及售后服务", "质保期满后费用", "源码交付", "财务部核对意见"]
M2_ROWS = [
    ["1", "吉林船营数科有限公司", "见付款节点", "无", "9万元（合同签订后7个工作日内）", "12万元（系统上线试运行后）",
     "7万元（终验合格后）", "2万元（质保期满后无息支付）", "以上金额均含税，开具13%增值税专用发票",
     "企业征信查询（人行企业征信、百行征信）、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理", "无",
     "等保三级已取得，备案证明编号22020243005-25012；法人身份证号、手机号、对公账号SM4加密存储；全站HTTPS；RBAC角色权限；"
     "操作日志保存12个月；征信对接人行征信中心、百行征信",
     "质保期三年（含首年），质保期内免费维护，含缺陷修复及小版本升级；因监管政策变化引起的系统调整免费；7×24小时服务热线，"
     "工作日白天30分钟内响应，夜间及法定节假日2小时内响应；终身技术咨询；以上条款写入合同",
     "按合同总额的8%/年", "完整源码交付，无加密，可二次开发", "首付款最少，分四期付，对现金流最友好"],
    ["2", "四平铁西软件有限公司", "标准报价36.8万元（含税）", "本项目给予九五折", "30%", "40%", "25%", "5%", "含税，13%专票",
     "企业征信、银行流水分析、电子合同、审批流、还款管理、用户管理、数据分析大屏", "无",
     "已取得等保三级，备案证明编号22030243008-24021；SM4加密；HTTPS；RBAC；日志保存12个月；对接人行征信中心",
     "质保1+2年：第一年免费维护，第二、三年每年收取维保费3.2万元（含税）；维护含缺陷修复，版本升级另行收费；7×24小时技术支持，"
     "工作时间1小时响应、非工作时间4小时响应；政策调整免费；终身技术咨询；写入合同",
     "3.2万元/年（第二、三年）", "完整源码", "36.8万超出预算上限35万，不建议"],
    ["3", "通化柳河信息技术有限公司", "软件授权费19.6万元＋实施部署费3.8万元＋培训费1.2万元＝25.6万元", "优惠1.2万元", "50%", "—",
     "45%", "5%", "不含税，增值税按6%另开专票",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理", "无",
     "等保三级（备案证明编号22052443001-25007）；SM4；HTTPS；RBAC；日志保存6个月；百行征信、朴道征信",
     "免费维护期12个月（自终验之日起），含bug修复及小版本升级；5×8技术支持（工作日9:00-17:30），2小时内响应；重大监管政策调整另行"
     "报价；提供终身技术咨询；售后承诺写入合同",
     "2.6万元/年", "提供源码，风控引擎及流水解析模块加密", "分项加起来是24.6万，和总价25.6万对不上，已发函请对方确认"],
    ["4", "白山浑江网络科技有限公司", "27.8万元", "—", "50%", "—", "50%", "—", "含税（开具增值税普通发票）",
     "企业征信、银行流水分析、电子合同、审批流、还款管理、用户管理、区块链存证（赠送）", "无",
     "系统已通过等保测评，满足监管要求；国密算法加密；HTTPS；权限管理；日志保存6个月；支持对接征信",
     "终身维护，7×24小时服务，响应及时", "按合同金额15%/年", "完整源码", "价格居中"],
    ["5", "延边敦化数科有限公司", "不参与报价（12月2日来函告知年底项目排期已满）", "", "", "", "", "", "", "", "", "", "", "", "",
     "放弃"],
]


def build_zzm02():
    n = len(M2_HEAD)
    rows = [["长春市绿园区长吉小额贷款有限公司 商户经营贷系统源码采购——报价及付款条件核对表（财务部）"] + [""] * (n - 1),
            ["说明：各家合同总价、优惠、付款节点及售后条款按报价函原文录入（金额以报价函为准）；“财务部核对意见”一栏为本部门意见。我司只做本地"
             "商户经营贷，无跨境业务，预算25-35万元。制表：财务部 孙晓雯 2025-12-05"] + [""] * (n - 1),
            M2_HEAD] + M2_ROWS + [
            [""] * n,
            ["财务部意见：从付款压力看，船营首付最少；铁西超预算；柳河总价待对方书面确认。请信息科技部结合技术条件一并评估。"] + [""] * (n - 1)]
    write_csv(M2_NAME, rows, "gbk")

    comment = f"""Voice: 孙晓雯 of the 财务部 at 长春市绿园区长吉小额贷款 (local merchant operating loans, no cross-border business, budget
  25-35万), 2025-12-05. The title, the 说明 line, the 财务部核对意见 column and the 财务部意见 line at the foot are hers; she
  copied the other cells from the vendors' quote letters (the salespeople's wording).
Layout: CSV in GBK, CRLF, saved from Excel (quoted only where needed); header line 3 {' | '.join(M2_HEAD)}; one line per vendor
  (lines 4-8); the PAYMENT MILESTONES ARE COLUMNS (首付款 | 上线款 | 验收款 | 尾款（质保金）), amounts for one vendor, shares for
  the others; an empty line and her 财务部意见 at the foot.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the decisive trap: 船营 writes its price ONLY as its four milestones — 合同总价 '见付款节点', then '9万元…' + '12万元…' +
  '7万元…' + '2万元（质保期满后无息支付）' = 300,000 含税 (the 质保金 is part of the price, never a yearly fee; the fee is '按合同总额
  的8%/年' = 24,000). Reading the first milestone as the price gives 9万 (< 10万: fail) and hands the top to a worse vendor. 船营
  also gives '质保期三年（含首年）' = 36 months (not 4 years), upgrades, free policy adaptation, 7×24 with '工作日白天30分钟…夜间及
  法定节假日2小时内响应' = 2 hours at worst, full source, all proven. 铁西's '标准报价36.8万元（含税）' with '本项目给予九五折' is
  349,600 — inside the band, not over it as 孙晓雯's note says — but '质保1+2年' is 12 free months then 3.2万 a year, upgrades
  charged and 4 hours outside office hours. 柳河's written total '＝25.6万元' stands although its items add to 24.6万 (a
  warning), less '优惠1.2万元' = 24.4万, 不含税 at its own 6%: 258,640; 5×8, major policy changes charged, engine encrypted.
  浑江 only claims ('已通过等保测评' with no level, '国密算法', '支持对接征信', '终身维护') and gives 区块链存证 away (bloat);
  '按合同金额15%/年' of 278,000 = 41,700. Payment shares (30%, 50% …) are no amounts; 敦化 declined (not listed). Filing
  numbers and dates are no prices."""
    vendors = [
        dict(vendor="吉林船营数科有限公司", gate="pass", price=300000,
             why="line 4: 合同总价 '见付款节点' points to the milestones, summed: 首付款 '9万元' + 上线款 '12万元' + 验收款 '7万元' + 尾款（质保金）'2万元（质保期满后无息支付）' = 300,000, '以上金额均含税' — inside 25-35万 (never the first milestone's 9万); 等保 '已取得，备案证明编号22020243005-25012'; SM4 on 法人身份证号/手机号/对公账号; HTTPS; RBAC; 12个月; 人行 + 百行; modules 企业征信查询, 银行流水分析, 电子合同, 风控审批, 还款计划及提醒, 用户管理; '质保期三年（含首年）' = 36 months with 缺陷修复及小版本升级; policy free; 7×24, '工作日白天30分钟内响应，夜间及法定节假日2小时内响应' = 2 h at worst; consulting; contract; 质保期满后 '按合同总额的8%/年' = 24,000 a year (the 2万 质保金 is no yearly fee); full source.",
             values=_vals(free_maintenance_months=36, response_hours=2, annual_fee_after_warranty_cny=24000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE, fex=BLOAT, flex=ALL_BAD),
        dict(vendor="四平铁西软件有限公司", gate="pass", price=349600,
             why="line 5: '标准报价36.8万元（含税）' with 优惠 '本项目给予九五折' = 368,000 × 0.95 = 349,600, inside 25-35万 (孙晓雯's '超出预算上限' reads the list price); milestones '30%/40%/25%/5%' are shares, no amounts; 等保 '已取得，备案证明编号22030243008-24021'; SM4; HTTPS; RBAC; 12个月; 人行; '质保1+2年：第一年免费维护，第二、三年每年收取维保费3.2万元' = 12 months and 32,000 a year (3 years 349,600 + 2 × 32,000 = 413,600); '版本升级另行收费' (conditional: not included); 7×24, '工作时间1小时响应、非工作时间4小时响应' = 4 h; policy free; consulting; contract; full source; 数据分析大屏 deferrable.",
             values=_vals(maintenance_includes_upgrades=False, response_hours=4, annual_fee_after_warranty_cny=32000,
                          source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades="conditional", response_hours="stated"),
             fin=ML + CORE + ["bi_dashboard"], fex=BLOAT, flin=["response_over_2h", "maintenance_excludes_upgrades"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_7x24", "maintenance_under_12m",
                            "policy_adaptation_charged", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="通化柳河信息技术有限公司", gate="pass", price=258640,
             why="line 6: '软件授权费19.6万元＋实施部署费3.8万元＋培训费1.2万元＝25.6万元' — the written total 25.6万 stands though the items add to 24.6万 (a warning); 优惠 '优惠1.2万元' → 24.4万; 计税 '不含税，增值税按6%另开专票' — its own rate: 244,000 × 1.06 = 258,640; 等保 '三级（备案证明编号22052443001-25007）'; SM4; HTTPS; RBAC; logs 6个月 (not under 6); 百行 + 朴道; '免费维护期12个月' with bug fixes and minor upgrades; '5×8技术支持…2小时内响应' (no 7×24); '重大监管政策调整另行报价' (conditional); consulting; contract; '2.6万元/年'; '风控引擎及流水解析模块加密' = partial. 孙晓雯's note on the mismatch is hers.",
             values=_vals(audit_log_months=6, policy_adaptation_free=False, support_7x24=False, response_hours=2,
                          annual_fee_after_warranty_cny=26000, source_code_delivery="partial"),
             status=_st(policy_adaptation_free="conditional", response_hours="stated"),
             fin=ML + CORE, fex=BLOAT, flin=["no_7x24", "policy_adaptation_charged", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "audit_log_under_6m",
                            "maintenance_under_12m", "maintenance_excludes_upgrades", "response_over_2h", "bloat_features"]),
        dict(vendor="白山浑江网络科技有限公司", gate="unverified", price=278000,
             why="line 7: '27.8万元', '含税（开具增值税普通发票）' = 278,000; '系统已通过等保测评，满足监管要求' names no level (claimed: unverified); '国密算法加密' (which? claimed); HTTPS; 权限管理; 日志6个月; '支持对接征信' (no body: claimed); '终身维护' = 12 months claimed; '7×24小时服务' stated, '响应及时' no hours; '按合同金额15%/年' = 15% × 278,000 = 41,700 a year; modules add '区块链存证（赠送）' (bloat); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, support_7x24=True,
                         annual_fee_after_warranty_cny=41700, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", audit_log_months="stated",
                         licensed_credit_bureau="claimed", free_maintenance_months="claimed"),
             fin=ML + CORE + ["blockchain_evidence"], flin=["bloat_features"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w",
                   "price_over_budget", "no_sm4", "no_tls", "audit_log_under_6m", "no_licensed_credit_bureau", "no_7x24"]),
    ]
    write_toml(M2_NAME.replace(".csv", ".toml"), comment, "merchant_loan", [M2_NAME], "吉林船营数科有限公司",
               "船营 (line 4) proves every gate (备案证明编号22020243005-25012, SM4 on 法人身份证号/手机号/对公账号, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every merchant-loan must-have and no bloat, and gives '质保期三年（含首年）' = 36 months with upgrades, free policy adaptation, 7×24 with 2 hours at worst (nights and holidays), lifetime consulting, in the contract, full source — at 300,000 含税, the sum of its four milestones (合同总价 '见付款节点'; 3 years: 300,000). Reading its first milestone (9万) as the price would fail it under 10万. 铁西 is 349,600 after '九五折' (inside the band) but one free year, 3.2万 a year after, paid upgrades and 4 hours outside office hours; 柳河 is 258,640 (the written 25.6万 less 1.2万, plus its 6%) with 5×8, charged policy changes and encrypted modules; 浑江 only claims its 等保; 敦化 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzm_03  消费分期 — a procurement platform's 询价单 export, price as TYPE + lower + upper, salespeople's voices; UTF-8-BOM CSV
# ---------------------------------------------------------------------------------------------
M3_NAME = "zzm_03_ci_baojia_fangshi_qujian_fengding_utf8bom.csv"
M3_HEAD = ["报价单号", "供应商名称", "销售联系人", "报价方式", "报价下限（万元）", "报价上限（万元）", "计税", "报价说明（销售填写）",
           "功能模块", "另计/选配", "等保三级", "数据安全", "售后服务承诺（销售填写）", "源码交付", "提交时间", "采购员备注"]
M3_ROWS = [
    ["BJ-1187-01", "郴州汝城数科有限公司", "刘敏 138****6621", "固定总价", "23.8", "23.8", "含税",
     "王总好！我们这边是一口价23.8万（含税，开13%专票），部署、培训、数据迁移全包，后面不会再加任何费用哈～",
     "商品管理、分期计算器、订单跟踪、风控审批、还款计划及提醒、用户管理", "无",
     "已取得三级，备案证明编号43102643007-25003",
     "身份证号、手机号、银行卡号SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月；对接百行征信、朴道征信",
     "质保三年（含首年），三年内免费维护，bug修复+小版本升级都包含；7×24小时专人值守，工作日30分钟、夜间和节假日1小时内响应；"
     "监管政策调整免费适配；终身技术咨询；以上全部写进合同，白纸黑字！质保期满后年服务费2.2万",
     "完整源码，无加密，可二次开发", "2025-12-01 16:42", "比韶山贵"],
    ["BJ-1187-02", "湘潭韶山软件有限公司", "陈涛 139****0387", "区间报价", "18", "26", "含税",
     "张经理您好😊 根据贵司门店规模，我们的报价区间是18-26万（含税），实际按最终确认的模块和门店数来定，一般客户都在20万左右～",
     "商品管理、分期计算器、订单管理、审批流、还款管理、用户管理", "无",
     "已取得三级，备案证明编号43038243002-24019", "SM4加密；HTTPS；RBAC；日志保存12个月；百行征信",
     "免费维保1+2年（首年全免，第2、3年按合同金额10%/年收取）；7×24小时服务，工作时间半小时响应，夜间及节假日次日上午处理；"
     "政策调整免费；终身技术咨询；写入合同",
     "完整源码", "2025-12-02 09:15", "18万起最便宜，响应半小时，维保三年，优先谈"],
    ["BJ-1187-03", "衡阳祁东信息技术有限公司", "李娜 137****5520", "起步价", "19.8", "", "不含税",
     "基础版19.8万起（不含税），订单跟踪模块为选配，价格另议，具体看贵司需求～",
     "商品管理、分期计算器、风控审批、还款管理、用户管理", "订单跟踪模块（选配，价格另议）",
     "按等保三级要求建设，可协助客户通过测评", "国密算法加密；HTTPS；权限管理；日志保存6个月；征信可对接",
     "终身免费维护！7×24小时服务，响应迅速", "提供源码（核心算法部分加密）", "2025-12-02 14:03", ""],
    ["BJ-1187-04", "岳阳汨罗网络科技有限公司", "周凯 136****2218", "封顶价", "", "24.5", "含税",
     "报价不超过24.5万（含税），最终按实际上线门店数核定，只会少不会多！",
     "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理、积分商城、智能客服机器人", "积分商城、智能客服机器人免费赠送",
     "已取得三级，备案证明编号43068143005-25010", "SM4加密；HTTPS；RBAC；日志保存12个月；朴道征信",
     "质保期两年，质保期内免费维护（含bug修复及版本升级）；质保期满后每年收取维保费1.8万元；5×8技术支持（工作日8:30-17:30），"
     "4小时内响应；政策调整免费；终身技术咨询；写入合同",
     "授权使用，绑定服务器，不提供源代码", "2025-12-03 11:27", "送的东西多"],
    ["BJ-1187-05", "益阳南县数科有限公司", "赵磊 135****7713", "固定总价", "8.8", "8.8", "含税",
     "原价12.8万，年底冲业绩优惠4万，到手价8.8万（含税）！名额有限先到先得🔥",
     "商品管理、分期计算器、订单跟踪、审批、还款、用户管理", "无", "二级（三级暂无计划）",
     "AES加密；HTTPS；有权限管理；日志保存3个月；百行征信", "免费维护3个月，只修bug，工作日QQ群答疑",
     "仅授权使用，授权绑定域名", "2025-12-03 17:50", "太便宜，不考虑"],
    ["BJ-1187-06", "常德津市云科技有限公司", "吴昊 133****9046", "—", "", "", "",
     "感谢贵司邀请🙏 年底项目排期已满，本次就不参与报价了，后续有机会再合作！", "", "", "", "", "", "", "2025-12-04 10:08",
     "放弃"],
]


def build_zzm03():
    n = len(M3_HEAD)
    rows = [["询价单：XJ-2025-1187　长沙市望城区乔口小额贷款有限公司　消费分期系统源码采购　导出时间：2025-12-06 10:12"] + [""] * (n - 1),
            ["平台说明：报价方式分为 固定总价 / 区间报价 / 起步价 / 封顶价，报价下限、报价上限单位为万元；“采购员备注”为我司内部填写，供应商"
             "不可见。我司做本地消费分期，无跨境业务，预算20-30万元。"] + [""] * (n - 1),
            M3_HEAD] + M3_ROWS + [["共6条报价记录"] + [""] * (n - 1)]
    write_csv(M3_NAME, rows, "utf-8-sig")

    comment = f"""Voice: the vendors' SALESPEOPLE, who typed every answer into the platform's 询价单 themselves (chatty, emoji, '王总好！',
  '～', '白纸黑字！'); the platform's metadata line 1 and 平台说明 line 2, and the 采购员备注 column of 长沙市望城区乔口小额贷款's buyer
  (local consumer installments, no cross-border business, budget 20-30万) are the buyer's side. Exported 2025-12-06.
Layout: CSV in UTF-8 with BOM, CRLF; line 1 the 询价单 metadata, line 2 the platform's note; header line 3 {' | '.join(M3_HEAD)};
  one line per vendor (lines 4-9); a count line at the foot. The price is given as a TYPE (固定总价 / 区间报价 / 起步价 / 封顶价)
  with 报价下限（万元） and 报价上限（万元） (bare numbers in 万元), besides the salesperson's own 报价说明.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the decisive trap: the buyer's '18万起最便宜，响应半小时，维保三年，优先谈' about 韶山 reads each phrase the careless way — its
  price is a RANGE '18-26万' (区间报价, 下限 18 / 上限 26): the upper bound, 260,000, with a warning, not 18万; '免费维保1+2年（首年
  全免，第2、3年按合同金额10%/年收取）' is 12 free months, then a fee (10% of a contract amount not yet fixed: no amount asserted);
  '7×24小时服务，工作时间半小时响应，夜间及节假日次日上午处理' is no 7×24 at all (nobody handles a night outage before next morning) and
  no 2-hour response. 汝城 — '一口价23.8万', '质保三年（含首年）' = 36 months with upgrades, 7×24 with '工作日30分钟、夜间和节假日1小时内
  响应' = 1 hour at worst, '质保期满后年服务费2.2万' = 22,000, full source — is the pick. 汨罗 gives a CEILING '不超过24.5万' (封顶价,
  上限 24.5): read like a range's upper bound, 245,000; 24 months ('质保期两年'), '质保期满后每年收取维保费1.8万元', but 5×8, 4 hours,
  a licence bound to a server and a gifted 智能客服机器人 (bloat; 积分商城 deferrable). 祁东 gives only a FLOOR '19.8万起（不含税）'
  (起步价, no upper bound: the price of the full configuration is not known — I would ask, no amount asserted) and sells the must-have
  订单跟踪 as '选配，价格另议' (no price: unverified) with claims only (按等保三级要求建设, 国密算法, 征信可对接, 终身免费维护) and partial
  source. 南县's '原价12.8万…优惠4万，到手价8.8万' is 88,000 (< 10万) with 等保二级: fail. 津市 declined (not listed). 报价单号, phone
  numbers and submission times are no amounts."""
    vendors = [
        dict(vendor="郴州汝城数科有限公司", gate="pass", price=238000,
             why="line 4: 固定总价 23.8 / 23.8 万元, 报价说明 '一口价23.8万（含税，开13%专票）' = 238,000 inside 20-30万; '已取得三级，备案证明编号43102643007-25003'; SM4 on 身份证号/手机号/银行卡号; TLS1.2; RBAC; 12个月; 百行 + 朴道; modules 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款计划及提醒, 用户管理; '质保三年（含首年）' = 36 months with bug fixes and minor upgrades; 7×24 '工作日30分钟、夜间和节假日1小时内响应' = 1 h at worst; policy free; consulting; '写进合同'; '质保期满后年服务费2.2万' = 22,000; full source. 3 years: 238,000.",
             values=_vals(free_maintenance_months=36, response_hours=1, annual_fee_after_warranty_cny=22000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="湘潭韶山软件有限公司", gate="pass", price=260000,
             why="line 5: 区间报价 18 / 26 万元, '报价区间是18-26万（含税）' — a range: the upper bound, 260,000, with a warning (never the 下限 18万 nor the salesperson's '一般客户都在20万左右'); '已取得三级，备案证明编号43038243002-24019'; SM4; HTTPS; RBAC; 12个月; 百行; '免费维保1+2年（首年全免…）' = 12 months free (stated), then '按合同金额10%/年' of an amount not fixed yet (no fee asserted); '7×24小时服务' contradicted by '夜间及节假日次日上午处理' = no 7×24, and the next morning is far over 2 h (the daytime half hour does not hold at night); policy free; consulting; contract; full source; the maintenance scope is not stated. The buyer's '18万起最便宜…维保三年' is hers.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, policy_adaptation_free=True,
                         support_7x24=False, lifetime_consulting=True, commitments_in_contract=True,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         licensed_credit_bureau="stated", free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT, flin=["no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "maintenance_under_12m",
                            "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="岳阳汨罗网络科技有限公司", gate="pass", price=245000,
             why="line 7: 封顶价, 上限 24.5 万元, '报价不超过24.5万（含税）' — a price capped from above, read as a range's upper bound: 245,000 inside 20-30万; '已取得三级，备案证明编号43068143005-25010'; SM4; HTTPS; RBAC; 12个月; 朴道; '质保期两年' = 24 months with bug fixes and version upgrades; '质保期满后每年收取维保费1.8万元' = 18,000; '5×8技术支持（工作日8:30-17:30），4小时内响应' (no 7×24, 4 h); policy free; consulting; contract; '授权使用，绑定服务器，不提供源代码' = licence only; '积分商城、智能客服机器人免费赠送' (智能客服 bloat, 积分商城 deferrable).",
             values=_vals(free_maintenance_months=24, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=18000, source_code_delivery="licence_only"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall", "ai_customer_service"],
             flin=["no_7x24", "response_over_2h", "source_licence_only", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "maintenance_under_12m",
                            "maintenance_excludes_upgrades", "policy_adaptation_charged"]),
        dict(vendor="衡阳祁东信息技术有限公司", gate="unverified",
             why="line 6: 起步价, 下限 19.8, 上限 blank, '基础版19.8万起（不含税）' — a floor only: what the configuration with every must-have costs is not said (I would ask for a fixed price; were 19.8万 taken, it would be 223,740 with 13% — not asserted); the must-have 订单跟踪 is '选配，价格另议' (an option with no price: the must-have gate unverified, never missing); '按等保三级要求建设，可协助客户通过测评' (claimed); '国密算法加密' (which? claimed); HTTPS; 权限管理; 日志6个月; '征信可对接' (no body: claimed); '终身免费维护' = 12 months claimed; '7×24小时服务' stated, '响应迅速' no hours; '核心算法部分加密' = partial source.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, support_7x24=True,
                         source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", audit_log_months="stated",
                         licensed_credit_bureau="claimed", free_maintenance_months="claimed"),
             fin=["product_management", "installment_calculator", "risk_approval", "user_management", "repayment_management"],
             fex=BLOAT, flin=["source_partial"],
             flex=["no_mlps_level3", "price_below_10w", "no_sm4", "no_tls", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "no_7x24", "bloat_features"]),
        dict(vendor="益阳南县数科有限公司", gate="fail", price=88000,
             why="line 8: 固定总价 8.8 / 8.8, '原价12.8万，年底冲业绩优惠4万，到手价8.8万（含税）' = 88,000 (the price after the 优惠, not the 原价) < 10万; 等保 '二级（三级暂无计划）' (fail); 'AES加密' is not SM4; 日志3个月; '免费维护3个月，只修bug，工作日QQ群答疑' (3 months, no upgrades, no 7×24); '仅授权使用，授权绑定域名' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, audit_log_months=3, free_maintenance_months=3,
                         maintenance_includes_upgrades=False, support_7x24=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated", free_maintenance_months="stated"),
             fin=CI, flin=["price_below_10w", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                           "no_7x24", "source_licence_only"], flex=["price_missing", "bloat_features"]),
    ]
    write_toml(M3_NAME.replace(".csv", ".toml"), comment, "consumer_installment", [M3_NAME], "郴州汝城数科有限公司",
               "汝城 (line 4) proves every gate (备案证明编号43102643007-25003, SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs, 百行 + 朴道), has every consumer-installment must-have and no bloat, and gives '质保三年（含首年）' = 36 months with upgrades, free policy adaptation, 7×24 with 1 hour at worst (nights and holidays), lifetime consulting, in the contract, full unencrypted source — at a fixed 238,000 含税. The buyer's pick 韶山 is a range 18-26万 (upper bound 260,000), one free year ('1+2年', then 10% a year), and its half-hour response is office hours only — nights and holidays wait for the next morning (no 7×24). 汨罗 is capped at 24.5万 but 5×8, 4 hours and a licence bound to a server; 祁东 gives only a floor (19.8万起) and an unpriced must-have with claims; 南县 fails (8.8万, 等保二级); 津市 declined.",
               vendors)


if __name__ == "__main__":
    build_zzm01()
    build_zzm02()
    build_zzm03()
