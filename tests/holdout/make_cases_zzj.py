"""Build the "zzj" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside:

zzj_01 — an .xlsx (personal credit) where the buyer MERGED TWO QUOTE ROUNDS INTO ONE CELL per item: wherever a vendor changed its
  answer between the first and the second round she wrote "一轮：…／二轮：…" in the one cell (full-width slash), and left a cell with
  one value where nothing changed. The second round governs: a price cut, a certificate obtained between rounds, but also a vendor
  whose second round quietly went 不含税, encrypted its risk engine and fell back to 5×8. Her 经办人备注 column is hers.
zzj_02 — a CSV saved by Excel as "CSV (逗号分隔)" on a Chinese Windows PC (GBK, CRLF), merchant loans: the money columns carry their
  unit ONLY IN THE HEADER ("报价（千元）", "选配（千元，另计）", "维保期满年费（千元/年）"): 298 is 298,000, 26 is 26,000. One vendor
  wrote "23.8万" in the 千元 column anyway — the cell's own unit wins (238,000, not 23,800,000) — and it is 不含税 and sells a
  must-have as an option priced in 千元.
zzj_03 — an .xlsx exported from a WeChat group's 接龙 mini-program (consumer installments): one row per reply, 序号 | 微信昵称 |
  公司名称（必填） | 接龙内容 | 提交时间, each reply a phone message with emoji bullets and line breaks ("✅等保三级已取得…⏎💰报价：…");
  the 接龙's own title and template ("例：XX科技 报价XX万…") above the table are the buyer's; she added a column 我的备注 afterwards.

The expected reading of every file is in the matching zzj_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzj.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, GREY, TITLE, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, NOGATE, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _st(**over):
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return s


def _but(flags, *drop):
    return [f for f in flags if f not in drop]


# ---------------------------------------------------------------------------------------------
# zzj_01  个人信用贷 — two rounds merged into one cell, "一轮：…／二轮：…"
# ---------------------------------------------------------------------------------------------
Z1_NAME = "zzj_01_pc_lianglun_hebing_yige.xlsx"
Z1_HEAD = ["序号", "供应商", "报价", "功能模块", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存", "征信接口", "售后服务",
           "维保期满年费", "源码交付", "经办人备注"]
Z1_ROWS = [
    ["1", "牡丹江宁安数科有限公司", "一轮：24.8万元（含税）／二轮：22.6万元（含税）",
     "一轮：个人征信查询（人行二代征信、百行征信）、风控模型、还款计划、风控审批流、用户管理／二轮：个人征信查询（人行二代征信、百行征信）、"
     "风控模型（评分卡+决策引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、用户管理",
     "一轮：三级测评中／二轮：已取得三级，备案证明编号23108143006-25011", "身份证号、手机号、银行卡号SM4加密存储", "全站HTTPS（TLS1.2）",
     "RBAC角色权限", "12个月，异常操作可追溯", "人行征信中心、百行征信",
     "免费维护12个月（含缺陷修复及小版本升级）；监管政策调整免费适配；7×24小时技术支持，2小时内响应；提供终身技术咨询；以上均写入合同",
     "2.4万元/年", "完整源码，无加密，可二次开发", "二轮降了2.2万，证书也下来了"],
    ["2", "佳木斯富锦软件有限公司", "一轮：19.8万元（含税）／二轮：19.8万元（不含税，税率13%）",
     "个人征信查询（百行征信）、智能风控模型、反欺诈、还款计划及提醒、审批流、用户管理",
     "已取得三级，备案证明编号23088243002-24019", "SM4加密", "HTTPS", "RBAC", "12个月", "百行征信",
     "一轮：免费维护12个月，含小版本升级，7×24小时技术支持，2小时内响应，政策适配免费，终身技术咨询，写入合同"
     "／二轮：免费维护12个月，含小版本升级，5×8技术支持（工作日），4小时内响应，政策适配免费，终身技术咨询，写入合同",
     "2万元/年", "一轮：完整源码／二轮：核心风控引擎加密，其余模块提供源码", "两轮都是19.8万，最便宜，倾向富锦"],
    ["3", "大庆肇源信息技术有限公司", "一轮：26万元／二轮：23.5万元",
     "个人征信、风控模型、反欺诈、还款管理、审批流、用户管理、区块链存证",
     "一轮：支持等保三级／二轮：按等保三级标准建设，测评报告签约后提供", "国密算法", "HTTPS", "有", "",
     "支持对接各大征信机构",
     "终身免费维护，7×24小时服务，一般政策调整免费，重大监管政策调整另行报价", "", "完整源码",
     "区块链存证我们用不上"],
    ["4", "长春榆树网络科技有限公司", "一轮：12.8万元／二轮：9.8万元（限时特价）",
     "个人征信查询、风控模型、还款管理、审批、用户管理",
     "一轮：二级／二轮：二级（三级明年再做）", "AES加密", "HTTPS", "有", "3个月", "百行征信",
     "免费维护3个月，只修bug，5×8，次日响应", "按次收费，每次5000元", "仅授权使用，授权绑定域名", "太便宜，不考虑"],
    ["5", "通辽开鲁云科技有限公司", "一轮：暂不报价（项目排期已满，本次放弃）", "", "", "", "", "", "", "", "", "", "",
     "二轮没有再邀请"],
]


def build_zzj01():
    wb = Workbook()
    ws = wb.active
    ws.title = "两轮比价"
    put_row(ws, 1, ["赤峰市红山区鑫源小额贷款有限公司　个人信用贷系统源码　两轮报价对比（一轮11-12／二轮11-25）"], font=TITLE, border=False)
    put_row(ws, 2, ["说明：两轮回复合并在同一格，写成“一轮：…／二轮：…”，以二轮为准；两轮相同的只写一次。我司只做本地个人信用贷，无跨境业务，"
                    "预算18-25万元。经办人：王静 2025-11-26"], border=False)
    put_row(ws, 3, Z1_HEAD, font=BOLD, fill=GREY)
    for i, row in enumerate(Z1_ROWS):
        put_row(ws, 4 + i, row)
    widths(ws, [5, 24, 30, 46, 30, 22, 16, 12, 16, 18, 50, 16, 28, 26])
    _save(wb, Z1_NAME)

    comment = f"""Voice: 王静, 经办人 at 赤峰市红山区鑫源小额贷款 (local personal credit, no cross-border business, budget 18-25万), 2025-11-26. The
  title, the 说明 line and the 经办人备注 column are hers; every other cell of rows 4-8 is the vendors' words, two rounds merged.
Layout: .xlsx, one sheet 两轮比价; header row 3 {' | '.join(Z1_HEAD)}; vendors rows 4-8. Wherever a vendor changed its answer the
  cell reads "一轮：…／二轮：…" (full-width slash); the 说明 says the second round governs.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the second round governs every merged cell — 宁安 22.6万 (not 24.8万) and its 等保 obtained between rounds (stated, not
  测评中); the decisive trap: 王静's pick 富锦 ('两轮都是19.8万，最便宜') went 不含税 at 13% in round two (223,740), fell back to
  5×8 with a 4-hour response and encrypted its risk engine (partial source), so 宁安 (226,000 含税, everything stated and good)
  is the pick. 肇源 only claims (等保 '签约后提供', 国密算法, 各大征信机构, 终身免费维护), leaves 日志 and 年费 blank, charges major
  policy changes and adds 区块链存证 (bloat); 榆树 fails (9.8万, 等保二级); 开鲁 declined (not listed). Filing numbers, dates and
  '每次5000元' are no prices."""
    vendors = [
        dict(vendor="牡丹江宁安数科有限公司", gate="pass", price=226000,
             why="row 4: 报价 '一轮：24.8万元（含税）／二轮：22.6万元（含税）' — round two = 226,000 inside 18-25万; 等保 '一轮：三级测评中／二轮：已取得三级，备案证明编号23108143006-25011' (stated); round-two modules hold 人行/百行 征信, 风控模型, 反欺诈模型, 还款计划, 风控审批流, 用户管理; SM4; TLS1.2; RBAC; 12个月; 人行 + 百行; 售后 12 months with upgrades, free policy adaptation, 7×24 within 2 h, lifetime consulting, in contract; '2.4万元/年' = 24,000; full source.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="佳木斯富锦软件有限公司", gate="pass", price=223740,
             why="row 5: 报价 '一轮：19.8万元（含税）／二轮：19.8万元（不含税，税率13%）' — round two: 198,000 × 1.13 = 223,740; 售后 round two '5×8技术支持（工作日），4小时内响应' (no 7×24, 4 h); 源码 round two '核心风控引擎加密' = partial; 等保 '已取得三级，备案证明编号23088243002-24019' stated; SM4, HTTPS, RBAC, 12个月, 百行; 12 months with upgrades, policy free, lifetime consulting, in contract; 2万元/年. 王静's '最便宜，倾向富锦' is hers.",
             values=_vals(support_7x24=False, response_hours=4, annual_fee_after_warranty_cny=20000, source_code_delivery="partial"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["no_7x24", "response_over_2h", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "maintenance_under_12m", "bloat_features"]),
        dict(vendor="大庆肇源信息技术有限公司", gate="unverified", price=235000,
             why="row 6: 报价 '一轮：26万元／二轮：23.5万元' = 235,000 (no tax mark: inclusive); 等保 '二轮：按等保三级标准建设，测评报告签约后提供' (claimed); '国密算法' (which one? claimed); 日志保存 blank (unknown); '支持对接各大征信机构' (claimed); '终身免费维护' = 12 months claimed; '重大监管政策调整另行报价' (conditional: not free); 年费 blank; modules add 区块链存证 (bloat).",
             values=dict(mlps_level3=True, sm4_encryption=True, licensed_credit_bureau=True, free_maintenance_months=12,
                         policy_adaptation_free=False, support_7x24=True, audit_log_months="null",
                         annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", policy_adaptation_free="conditional", audit_log_months="unknown"),
             fin=PC + CORE + ["anti_fraud", "blockchain_evidence"], flin=["bloat_features", "policy_adaptation_charged"],
             flex=CLAIM_FLEX),
        dict(vendor="长春榆树网络科技有限公司", gate="fail", price=98000,
             why="row 7: 报价 '二轮：9.8万元（限时特价）' = 98,000 < 10万; 等保 '二轮：二级（三级明年再做）' (fail); 'AES加密' is not SM4; 3个月 logs; 售后 '免费维护3个月，只修bug，5×8，次日响应'; '仅授权使用，授权绑定域名' (licence only); '每次5000元' is no price.",
             values=dict(mlps_level3=False, sm4_encryption=False, audit_log_months=3, free_maintenance_months=3,
                         maintenance_includes_upgrades=False, support_7x24=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated", free_maintenance_months="stated"),
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "no_7x24",
                   "source_licence_only"], flex=["price_missing", "bloat_features"]),
    ]
    write_toml(Z1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [Z1_NAME], "牡丹江宁安数科有限公司",
               "宁安 (row 4) proves every gate in its second round (备案证明编号23108143006-25011, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every personal-credit must-have plus anti-fraud and no bloat, and states 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, in the contract, full source, at 226,000 含税. 王静's pick 富锦 kept '19.8万' but went 不含税 in round two (223,740, only 2,260 less), dropped to 5×8 with 4-hour response and encrypted its risk engine; 肇源 only claims its 等保; 榆树 fails (9.8万, 等保二级); 开鲁 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzj_02  商户经营性贷 — money columns in 千元 (header only); one vendor wrote 万 in the cell; GBK CSV
# ---------------------------------------------------------------------------------------------
Z2_NAME = "zzj_02_ml_qianyuan_biaotou_danwei_gbk.csv"
Z2_HEAD = ["供应商", "报价（千元）", "计税", "功能模块", "选配（千元，另计）", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存",
           "征信接口", "免费维护期", "维护范围", "政策适配", "技术支持", "终身技术咨询", "写入合同", "维保期满年费（千元/年）", "源码交付",
           "采购员备注"]
Z2_ROWS = [
    ["伊春铁力数科有限公司", "298", "含税", "企业征信查询、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理", "无",
     "已取得三级，备案证明编号23078143011-24008", "法人身份证号、手机号、对公账号SM4加密", "全站HTTPS", "RBAC", "12个月",
     "人行征信中心、百行征信", "一年", "缺陷修复及小版本升级", "免费", "7×24小时，1小时内响应", "提供", "写入合同", "26",
     "完整源码，无加密，可二次开发", ""],
    ["七台河勃利软件有限公司", "23.8万", "不含税（13%）", "企业征信查询、银行流水分析、风控审批、还款管理、用户管理",
     "电子合同模块 35（不含税）", "已取得三级，备案证明编号23090243004-25002", "SM4", "HTTPS", "RBAC", "12个月", "百行征信、朴道征信",
     "12个月", "缺陷修复及小版本升级", "免费", "7×24小时，2小时内响应", "提供", "写入合同", "24", "完整源码",
     "勃利最便宜，23.8万，先约他们谈"],
    ["黑河北安信息技术有限公司", "面议", "", "企业征信、银行流水分析、电子合同、审批流、还款管理、用户管理", "",
     "已取得三级，备案证明编号23118143007-24013", "SM4", "HTTPS", "有", "6个月", "百行征信", "12个月", "缺陷修复及小版本升级", "免费",
     "7×24小时", "提供", "写入合同", "", "仅授权使用，授权绑定服务器", "说要上门演示后再报价"],
    ["松原扶余网络科技有限公司", "168", "含税", "企业征信、流水分析、电子合同、风控审批、还款管理、用户管理、元宇宙营销", "",
     "申请中（预计2026年3月取得）", "AES-256", "HTTPS", "有", "3个月", "百行征信", "半年", "仅修复缺陷", "免费",
     "7×24小时，2小时内响应", "提供", "写入合同", "18", "完整源码", ""],
    ["赤峰林西数据服务有限公司", "不参与（11-20电话告知：只做SaaS，不卖源码）", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "", "", "放弃"],
]


def build_zzj02():
    rows = [["包头市九原区恒通小额贷款有限公司 商户经营贷系统源码比价表"] + [""] * (len(Z2_HEAD) - 1),
            ["说明：金额单位见表头（千元）；做本地商户经营贷，无跨境业务，预算25-35万元。制表：采购部 赵磊 2025-11-27"] + [""] * (len(Z2_HEAD) - 1),
            Z2_HEAD] + Z2_ROWS
    write_csv(Z2_NAME, rows, "gbk")

    comment = f"""Voice: 赵磊 of the 采购部 at 包头市九原区恒通小额贷款 (local merchant operating loans, no cross-border business, budget 25-35万),
  2025-11-27. The title, 说明 and 采购员备注 are his; the other cells of lines 4-8 are the vendors' written answers.
Layout: CSV (逗号分隔) from Excel on a Chinese PC: GBK, CRLF, fields quoted only when needed, every line padded to {len(Z2_HEAD)} fields.
  Line 1 title, line 2 说明, line 3 header {' | '.join(Z2_HEAD)}; vendor lines 4-8.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the unit is only in the headers ("报价（千元）", "选配（千元，另计）", "维保期满年费（千元/年）"): 298 = 298,000, 35 = 35,000,
  26 = 26,000 a year. The decisive trap: 勃利 wrote '23.8万' in the 千元 column — the cell's own unit wins (238,000) — but it is
  '不含税（13%）' and its must-have 电子合同 is an option '35（不含税）' (千元): (238,000 + 35,000) × 1.13 = 308,490, dearer than
  铁力's 298,000 含税, so 赵磊's '勃利最便宜' reads the sticker; 铁力 (everything stated and good) is the pick. 北安 gives no price
  (面议) and only a licence; 扶余 is 申请中 with AES, 3-month logs, half a year of maintenance and 元宇宙营销 (bloat); 林西 declined.
  '一年' = 12 months, '半年' = 6."""
    vendors = [
        dict(vendor="伊春铁力数科有限公司", gate="pass", price=298000,
             why="line 4: 报价（千元）'298' 含税 = 298,000 inside 25-35万; modules 企业征信查询, 银行流水分析, 电子合同, 风控审批, 还款计划及提醒, 用户管理; 选配 '无'; '已取得三级，备案证明编号23078143011-24008'; SM4; 全站HTTPS; RBAC; 12个月; 人行 + 百行; 免费维护 '一年' = 12; upgrades; policy free; '7×24小时，1小时内响应'; consulting; 写入合同; 年费（千元/年）'26' = 26,000; full source.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="七台河勃利软件有限公司", gate="pass", price=308490,
             why="line 5: 报价（千元）cell '23.8万' — its own unit wins: 238,000, '不含税（13%）'; modules lack 电子合同, offered as '电子合同模块 35（不含税）' under 选配（千元，另计）= 35,000, a must-have added: (238,000 + 35,000) × 1.13 = 308,490, dearer than 铁力 (the decisive trap; 赵磊's '勃利最便宜' is his); otherwise stated and good (备案证明编号23090243004-25002, SM4, HTTPS, RBAC, 12个月, 百行 + 朴道, 12 months with upgrades, policy free, 7×24 within 2 h, consulting, contract); 年费 '24' = 24,000; 完整源码.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE, fex=BLOAT, flin=["conditional"],
             flex=NOGATE + ["price_below_15w", "no_sm4", "no_tls", "no_7x24", "maintenance_under_12m", "bloat_features",
                            "source_partial", "source_licence_only"]),
        dict(vendor="黑河北安信息技术有限公司", gate="unverified",
             why="line 6: 报价 '面议' (unknown: price_missing, gate unverified); 计税 blank; 等保 '已取得三级，备案证明编号23118143007-24013' stated; SM4; HTTPS; 权限 '有'; 6个月 logs (not under 6); 百行; 12个月 with upgrades; policy free; '7×24小时' (no response time); 年费 blank; '仅授权使用，授权绑定服务器' = licence only.",
             price="null", values=dict(mlps_level3=True, sm4_encryption=True, audit_log_months=6, free_maintenance_months=12,
                         support_7x24=True, annual_fee_after_warranty_cny="null", source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", audit_log_months="stated", free_maintenance_months="stated"),
             fin=ML + CORE, flin=["price_missing", "source_licence_only"],
             flex=["price_below_10w", "no_mlps_level3", "missing_must_have", "audit_log_under_6m", "no_sm4", "no_7x24",
                   "bloat_features"]),
        dict(vendor="松原扶余网络科技有限公司", gate="unverified", price=168000,
             why="line 7: 报价（千元）'168' 含税 = 168,000 (below the 25-35万 band, not under 15万); 等保 '申请中（预计2026年3月取得）' = false, claimed (unverified, never a fail); 'AES-256' is not SM4; 日志 3个月; 免费维护 '半年' = 6; '仅修复缺陷' (no upgrades); modules add 元宇宙营销 (bloat); 年费 '18' = 18,000; 完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=False, audit_log_months=3, free_maintenance_months=6,
                         maintenance_includes_upgrades=False, annual_fee_after_warranty_cny=18000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", audit_log_months="stated", free_maintenance_months="stated"),
             fin=ML + CORE + ["metaverse_marketing"],
             flin=["no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades", "bloat_features"],
             flex=["price_below_10w", "price_below_15w", "price_missing", "missing_must_have", "source_partial",
                   "source_licence_only"]),
    ]
    write_toml(Z2_NAME.replace(".csv", ".toml"), comment, "merchant_loan", [Z2_NAME], "伊春铁力数科有限公司",
               "铁力 (line 4) proves every gate (备案证明编号23078143011-24008, SM4 on 法人身份证号/手机号/对公账号, 全站HTTPS, RBAC, 12-month logs, 人行 + 百行), has every merchant-loan must-have and no bloat, and states 12 months ('一年') with upgrades, free policy adaptation, 7×24 within 1 hour, consulting, in the contract, full source — at 298 千元 = 298,000 含税. 勃利's '23.8万' (its own unit, 238,000) is 不含税 and lacks the must-have e-contract, an option at 35 千元 before tax: 308,490; 北安 gives no price (面议) and only a licence; 扶余's 等保 is 申请中 with AES and short terms; 林西 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzj_03  消费分期 — WeChat group 接龙 exported by a mini-program, emoji and line breaks in each reply
# ---------------------------------------------------------------------------------------------
Z3_NAME = "zzj_03_ci_weixin_jielong_emoji_xiaochengxu.xlsx"
Z3_HEAD = ["序号", "微信昵称", "公司名称（必填）", "接龙内容", "提交时间", "我的备注"]
Z3_ROWS = [
    ["1", "蛟河数科-刘经理", "吉林蛟河数科有限公司",
     "✅等保三级已取得 备案证明22028143005-25007\n💰报价：26.8万（含税）\n📦模块：商品管理、分期计算器、订单跟踪、风控审批、还款计划及提醒、用户管理\n"
     "🔐身份证号手机号SM4加密｜全站HTTPS｜RBAC权限｜操作日志保存12个月\n🏦征信：百行征信、朴道征信\n"
     "🛠免费维护12个月（含bug修复+小版本升级），政策适配免费\n⏰7×24小时，2小时内响应，终身技术咨询，以上写入合同\n"
     "💾完整源码无加密，可二次开发\n📅维保期后2.5万/年", "2025-11-24 09:12", ""],
    ["2", "珲春软件🌲小孙", "延边珲春软件有限公司",
     "✅等保三级已取得，备案证明22240443001-24012\n💰22.8w 含税\n📦商品管理、分期计算器、风控审批、还款管理、用户管理\n"
     "⚠️订单跟踪列入二期开发，届时另行报价\n🔐SM4｜HTTPS｜RBAC｜日志12个月\n🏦百行征信\n"
     "🛠免费维护一年，含小版本升级，政策适配免费\n⏰7×24小时，1小时内响应，提供终身技术咨询，写入合同\n💾完整源码\n📅2万/年",
     "2025-11-24 10:03", "珲春便宜4万，倾向珲春"],
    ["3", "准格尔云科技 Amy", "鄂尔多斯准格尔云科技有限公司",
     "👍满足等保三级要求\n💰19.9w（不含税）\n📦商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理\n"
     "🎁赠送：区块链存证、智能客服机器人\n🔐国密算法加密｜HTTPS\n🏦支持对接征信\n🛠终身免费维护🎉\n⏰7×24小时在线",
     "2025-11-24 13:47", ""],
    ["4", "固阳信息王总", "包头固阳信息技术有限公司",
     "🔥限时特价9.9万🔥\n📦商品管理、分期计算器、订单跟踪、审批、还款、用户管理\n🛡等保二级\n🔐AES加密\n🛠免费维护3个月\n⏰工作日9:00-18:00\n"
     "💾授权绑定域名使用", "2025-11-24 15:20", "不考虑"],
    ["5", "乌达数科-陈", "乌海乌达数科有限公司", "🙏感谢邀请！\n我司近期项目排期已满，本次不参与报价，祝合作顺利💪", "2025-11-25 08:31", ""],
]


def build_zzj03():
    wb = Workbook()
    ws = wb.active
    ws.title = "接龙导出"
    put_row(ws, 1, ["【消费分期系统源码报价接龙】"], font=TITLE, border=False)
    put_row(ws, 2, ["发起人：长春市朝阳区汇通消费分期小额贷款有限公司 李娟　　接龙说明：请各服务商按格式回复：公司名称+报价（注明含税/不含税）+"
                    "模块+等保三级+加密+征信+售后+源码交付。例：XX科技 报价XX万 含税 等保三级已取得…（我司做本地消费分期，无跨境业务，预算20-30万）"],
            border=False)
    put_row(ws, 3, ["导出时间：2025-11-25 18:00　共5人参与"], border=False)
    put_row(ws, 4, Z3_HEAD, font=BOLD, fill=BLUE)
    for i, row in enumerate(Z3_ROWS):
        put_row(ws, 5 + i, row)
    widths(ws, [6, 18, 30, 70, 18, 22])
    _save(wb, Z3_NAME)

    comment = f"""Voice: 李娟 of 长春市朝阳区汇通消费分期小额贷款 (local consumer installments, no cross-border business, budget 20-30万) started a
  WeChat 接龙 on 2025-11-24; the mini-program exported it on 2025-11-25. Rows 1-3 (title, her template with its '例：XX科技 报价XX万…',
  export line) and the 我的备注 column are hers; each 接龙内容 is a vendor's phone message (emoji bullets, line breaks).
Layout: .xlsx, sheet 接龙导出; header row 4 {' | '.join(Z3_HEAD)}; replies rows 5-9, the vendor in 公司名称（必填）.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the template's 'XX万' is no price and no vendor; emoji are no values; '22.8w' is 228,000; '一年' = 12 months. The decisive
  trap: 李娟's '珲春便宜4万，倾向珲春' — 珲春's module list lacks 订单跟踪 ('列入二期开发，届时另行报价': not in this delivery, a
  missing must-have), so it fails; 蛟河 (268,000 含税, everything stated and good) is the pick. 准格尔 only claims ('满足等保三级要求',
  国密算法, 支持对接征信, 终身免费维护) and gives away 区块链存证 / 智能客服机器人 (bloat), 19.9w 不含税 = 224,870; 固阳 fails (9.9万,
  等保二级); 乌达 declined (not listed)."""
    vendors = [
        dict(vendor="吉林蛟河数科有限公司", gate="pass", price=268000,
             why="row 5 D5: '💰报价：26.8万（含税）' = 268,000 inside 20-30万; '✅等保三级已取得 备案证明22028143005-25007' (stated); modules 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款计划及提醒, 用户管理; SM4 on 身份证号/手机号, 全站HTTPS, RBAC, logs 12个月; 百行 + 朴道; 12 months with bug fixes and 小版本升级, policy free; 7×24 within 2 h, lifetime consulting, '以上写入合同'; full source; '维保期后2.5万/年' = 25,000.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="延边珲春软件有限公司", gate="fail", price=228000,
             why="row 6 D6: '💰22.8w 含税' = 228,000; modules 商品管理, 分期计算器, 风控审批, 还款管理, 用户管理 and '⚠️订单跟踪列入二期开发，届时另行报价' — the must-have order tracking is not in this delivery: missing (gate fail; 李娟's '倾向珲春' is hers); otherwise stated and good (备案证明22240443001-24012, SM4, HTTPS, RBAC, 12个月, 百行, 免费维护一年 = 12 with upgrades, policy free, 7×24 within 1 h, consulting, contract, 完整源码, 2万/年).",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=["product_management", "installment_calculator"] + CORE,
             fex=["order_tracking"] + BLOAT, flin=["missing_must_have"],
             flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "price_missing", "no_sm4", "no_tls", "no_7x24",
                   "maintenance_under_12m", "bloat_features"]),
        dict(vendor="鄂尔多斯准格尔云科技有限公司", gate="unverified", price=224870,
             why="row 7 D7: '💰19.9w（不含税）' × 1.13 = 224,870; '👍满足等保三级要求' (claimed); '国密算法加密' (claimed); '支持对接征信' (which body? claimed); '终身免费维护🎉' = 12 months claimed; logs, contract, source not given (unknown); '🎁赠送：区块链存证、智能客服机器人' (bloat).",
             values=dict(mlps_level3=True, sm4_encryption=True, licensed_credit_bureau=True, free_maintenance_months=12,
                         support_7x24=True, tls=True, audit_log_months="null", source_code_delivery="null"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="unknown"),
             fin=CI + CORE, flin=["bloat_features"], flex=CLAIM_FLEX),
        dict(vendor="包头固阳信息技术有限公司", gate="fail", price=99000,
             why="row 8 D8: '🔥限时特价9.9万🔥' = 99,000 < 10万; '🛡等保二级' (fail); 'AES加密' not SM4; '免费维护3个月'; '工作日9:00-18:00' (no 7×24); '授权绑定域名使用' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, free_maintenance_months=3, support_7x24=False,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=CI, flin=["price_below_10w", "no_mlps_level3", "no_sm4", "maintenance_under_12m", "no_7x24",
                           "source_licence_only"], flex=["price_missing", "bloat_features"]),
    ]
    write_toml(Z3_NAME.replace(".xlsx", ".toml"), comment, "consumer_installment", [Z3_NAME], "吉林蛟河数科有限公司",
               "蛟河 (row 5, D5) proves every gate (备案证明22028143005-25007, SM4, 全站HTTPS, RBAC, 12-month logs, 百行 + 朴道), has every consumer-installment must-have and no bloat, and states 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, in the contract, full source — at 268,000 含税. 李娟's pick 珲春 (22.8w) puts 订单跟踪 into a second phase: a missing must-have, gate fail; 准格尔 only claims (满足等保三级要求, 国密算法, 终身免费维护) and bundles bloat; 固阳 fails (9.9万, 等保二级); 乌达 declined.",
               vendors)


if __name__ == "__main__":
    build_zzj01()
    build_zzj02()
    build_zzj03()
