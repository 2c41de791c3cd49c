"""Build the "zo" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a UTF-8 CSV from a lender's in-house 比价 tool whose header is THREE rows — English field codes
(supplier_name, quote_amt, log_retention …), the Chinese captions, and a units row (万元, %, 天, 月, 小时, 万元/年) that the bare
numbers below depend on — with one vendor's amount typed in 元 under the 万元 heading (196000), footer lines and the buyer's own
ranking (zo_01); a tender agency's 分包 报价及响应一览表 for a project split into two lots (包1 the merchant-loan system source code,
包2 servers and security hardware), 包号 merged down each lot, one bidder on both lots, hardware-only bidders in 包2, the lots'
最高限价 in the lot-name cell and the buyer's 核对意见 column on the right (zo_02); a buyer's comparison in which each vendor's name
cell also carries its group, contact person and phone ('合肥云帆科技有限公司（云帆集团　王经理 138 5512 8871）'), two sibling
companies of one group quote separately, and both the module list and the after-sales terms are bulleted lists inside one cell —
'●' included in the price, '○' at extra cost — with the legend only in the header cell (zo_03). The expected reading of every file
is in the matching zo_0N_*.toml, written from the file's content and shared/domain.md only; the author neither ran the product on
these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zo.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zo_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]
# what a vendor whose only weak points are bug-only maintenance, a charged policy clause, 5×8 and a 4-hour response must not get
COND_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                      "maintenance_under_12m", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                      "source_licence_only"]
COND_FLIN = ["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"]


def _text(ws, r, c1, c2, text, *, font=None, height=None, fill=None):
    c = ws.cell(row=r, column=c1, value=text)
    c.alignment = LEFT
    c.font = font or Font()
    if fill:
        c.fill = fill
    if c2 > c1:
        ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# zo_01  个人信用贷 — 襄阳樊城汇信小额贷款's 科技信息部 (黄思远) exports the 比价 tool's table as CSV: row 1 the tool's English field
#        codes, row 2 the Chinese captions, row 3 the units; bare numbers below. One clerk typed 宜昌西陵's amount in 元 (196000)
#        under the 万元 heading. The 采购方备注 column and his 意见 line at the foot are the buyer's.
# ---------------------------------------------------------------------------------------------
ZO01_CODES = ["seq", "supplier_name", "quote_status", "quote_amt", "tax_mode", "tax_rate", "option_items", "option_amt", "modules",
              "mlps_l3", "mlps_filing_no", "pii_encryption", "transport_enc", "rbac", "log_retention", "credit_bureau", "free_maint",
              "maint_scope", "policy_adapt", "support_mode", "response_time", "lifetime_consult", "in_contract", "post_warranty_fee",
              "source_delivery", "buyer_remark"]
ZO01_CAPTIONS = ["序号", "供应商名称", "报价状态", "报价金额", "计税方式", "税率", "选配/另计项", "选配金额", "功能模块", "等保三级",
                 "备案证明编号", "敏感数据加密", "传输加密", "权限管理", "日志保存期", "征信机构", "免费维护期", "维护范围", "监管政策适配",
                 "技术支持", "响应时限", "终身技术咨询", "承诺写入合同", "维保期满年费", "源码交付", "采购方备注"]
ZO01_UNITS = ["单位", "", "", "万元", "", "%", "", "万元", "", "", "", "", "", "", "天", "", "月", "", "", "", "小时", "", "", "万元/年",
              "", ""]
ZO01_ROWS = [
    ["1", "武汉光谷融智科技有限公司", "已报价", "22.6", "含税", "6", "无", "",
     "个人征信（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及还款提醒、风控审批流、用户管理",
     "已取得", "42010043015-24012", "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC角色权限", "730",
     "中国人民银行征信中心、百行征信", "12", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24", "2", "提供", "全部写入合同", "2.4",
     "完整源码，无加密，可二次开发", "资料齐全，价格偏高"],
    ["2", "宜昌西陵数据科技有限公司", "已报价", "196000", "不含税", "6", "风控模型（评分卡）选配，选配金额不含税", "1.5",
     "个人征信（百行征信、朴道征信）、风控模型（评分卡，选配）、反欺诈规则、还款计划及提醒、风控审批、用户管理、会员体系",
     "已取得", "42050043011-24008", "SM4（身份证号、手机号）", "HTTPS", "RBAC", "365", "百行征信、朴道征信", "12",
     "仅修复缺陷，不含升级", "一般调整免费，重大监管政策调整另行报价", "5×8（工作日）", "4", "提供", "写入合同", "按合同额15%/年",
     "完整源码，可二次开发", "不含税，风控模型还要另加"],
    ["3", "荆州沙市云信网络科技有限公司", "已报价", "18.8", "含税", "6", "无（智能客服机器人、区块链存证、元宇宙营销免费赠送）", "",
     "个人征信、AI智能风控、反欺诈、还款管理、风控审批、用户管理、智能客服机器人、区块链存证、元宇宙营销",
     "已通过等保测评", "", "采用国密算法加密", "HTTPS", "完善的权限管理", "长期保存", "支持对接征信", "终身维护", "全面维护",
     "积极配合", "7×24", "第一时间", "终身免费", "可协商", "签约时商定", "源码交付（核心风控引擎加密）",
     "价格低、功能最全，还送三个模块，建议首选"],
    ["4", "十堰茅箭信息技术有限公司", "已报价", "12.8", "含税", "3", "无", "",
     "个人征信查询（百行征信）、风控模型（规则引擎）、还款管理、风控审批、用户管理",
     "已取得", "42030043007-24002", "AES-256", "HTTPS", "角色权限", "90", "百行征信", "6", "仅修复缺陷，不含升级", "按次另计",
     "5×8（工作日）", "24", "不提供", "写入合同", "按次收费，5000元/次", "仅授权使用（授权绑定服务器，不交付源代码）",
     "便宜，但日志只存90天"],
    ["5", "孝感孝南软件有限公司", "已报价", "9.6", "含税", "3", "风控模型需二期定制，另行报价", "",
     "个人征信（百行征信）、还款管理、用户管理", "二级", "42090043002-23009", "无", "HTTPS", "", "90", "百行征信", "3",
     "仅修复缺陷", "按次收费", "工作日QQ群", "", "不提供", "", "", "完整源码", "太便宜，等保只有二级"],
    ["6", "黄石下陆软件有限公司", "已放弃（11-18电话告知不参与）", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "", "", "", "", "", "已放弃"],
]


def build_zo01():
    name = "zo_01_pc_code_caption_unit_rows.csv"
    rows = [ZO01_CODES, ZO01_CAPTIONS, ZO01_UNITS]
    for row in ZO01_ROWS:
        assert len(row) == len(ZO01_CODES), row[1]
        rows.append(row)
    rows.append(["共6条记录（已报价5条，已放弃1条）"])
    rows.append(["导出：襄阳樊城汇信小额贷款有限公司 科技信息部 黄思远　2025-11-21 16:40。第1行为系统字段代码，第2行为中文名称，"
                 "第3行为单位。本公司只做个人信用贷，无跨境业务。"])
    rows.append(["黄思远意见：综合看荆州沙市性价比最高（18.8万含税，功能最全，还送智能客服、区块链和元宇宙），建议首选；武汉光谷备选。"])
    write_csv(name, rows, "utf-8-sig")

    vendors = [
        good("武汉光谷融智科技有限公司", 226000,
             "quote_amt '22.6' under the units row's 万元 = 226,000 含税 (税率 6) inside 18–25万, no options; 个人征信 (人行二代 + 百行), "
             "风控模型 (评分卡+规则引擎), 反欺诈模型, 还款计划及还款提醒, 风控审批流, 用户管理, no bloat; 等保三级 已取得, 备案证明"
             "42010043015-24012; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; log_retention '730' 天 = 24 months; 人行 + 百行; "
             "free_maint '12' 月; 缺陷修复及小版本升级; 政策免费适配; 7×24; response '2' 小时; 终身咨询 提供; 全部写入合同; "
             "post_warranty_fee '2.4' 万元/年 = 24,000; 完整源码 无加密.",
             PC + ["anti_fraud"] + CORE, audit_log_months=24, response_hours=2, annual_fee_after_warranty_cny=24000,
             source_code_delivery="full"),
        dict(vendor="宜昌西陵数据科技有限公司", gate="pass", price=223660,
             why="quote_amt '196000' sits under 万元 but 196000万元 (19.6亿) is absurd for a source package beside 22.6 / 18.8 / 12.8: it "
                 "was typed in 元 — 196,000 元 不含税, 税率 6; the must-have 风控模型 is '选配' with option_amt '1.5' 万元 不含税 (conditional, "
                 "added): (196,000 + 15,000) × 1.06 = 223,660 inside 18–25万; 个人征信 (百行 + 朴道), 反欺诈规则, 还款计划及提醒, 风控审批, "
                 "用户管理, 会员体系 (deferrable, no bloat); 等保三级 已取得 42050043011-24008; SM4 (ID, mobile); HTTPS; RBAC; '365' 天 = 12 "
                 "months; 百行 + 朴道; 12 月; '仅修复缺陷，不含升级' (conditional); '重大监管政策调整另行报价' (conditional); 5×8; '4' 小时; "
                 "终身咨询 提供; 写入合同; '按合同额15%/年' (no amount); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + CORE + ["membership"], fex=BLOAT, flin=COND_FLIN, flex=COND_FLEX),
        dict(vendor="荆州沙市云信网络科技有限公司", gate="unverified", price=188000,
             why="'18.8' 万元 含税 = 188,000 inside 18–25万; '已通过等保测评' names no level and no filing number (claimed: unverified); "
                 "'采用国密算法加密' (which? claimed); '支持对接征信' (no body: claimed); log_retention '长期保存' in a 天 column (claimed, no "
                 "period); free_maint '终身维护' (claimed); '完善的权限管理', '全面维护', '积极配合', '第一时间', '终身免费', '可协商', "
                 "'签约时商定' state nothing; HTTPS and 7×24 stated; 智能客服机器人、区块链存证、元宇宙营销 赠送 in the modules (bloat); "
                 "'核心风控引擎加密' (partial). The 采购方备注 '建议首选' and the 意见 line are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX),
        dict(vendor="十堰茅箭信息技术有限公司", gate="pass", price=128000,
             why="'12.8' 万元 含税 (税率 3) = 128,000 (caution zone: cheaper is not better); 个人征信 (百行), 风控模型 (规则引擎), 还款管理, "
                 "风控审批, 用户管理; 等保三级 已取得 42030043007-24002 (stated); 'AES-256' (no SM4); HTTPS; 角色权限; '90' 天 = 3 months "
                 "(under 6); 百行; free_maint '6' 月; '仅修复缺陷，不含升级' (conditional); '按次另计' (conditional); 5×8; response '24' 小时; "
                 "终身咨询 不提供; 写入合同; '5000元/次' (per incident, no yearly fee); '仅授权使用（授权绑定服务器，不交付源代码）' "
                 "(licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + CORE, fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "not_in_contract", "bloat_features", "source_partial"]),
        dict(vendor="孝感孝南软件有限公司", gate="fail", price=96000,
             why="'9.6' 万元 含税 = 96,000 (under 10万); '风控模型需二期定制，另行报价' and no 风控模型 in the modules — a must-have absent with "
                 "no price (fail); 等保三级 '二级' (fail); 敏感数据加密 '无' (no SM4); HTTPS; 百行; free_maint '3' 月; 完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, free_maintenance_months=3),
             status=dict(mlps_level3="stated"),
             fin=["personal_credit_report", "repayment_management", "user_management"], fex=["risk_model"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "maintenance_under_12m"],
             flex=["price_below_15w", "price_missing"]),
    ]
    write_toml(
        "zo_01_pc_code_caption_unit_rows.toml",
        """Voice: 黄思远 of the 科技信息部 at 襄阳樊城汇信小额贷款 (personal credit only, no cross-border business) exports the table of
  the company's in-house 比价 tool as CSV on 2025-11-21; the 采购方备注 column and his 意见 line at the foot are his.
Layout: UTF-8 (BOM) CSV, no title; THREE header rows — row 1 the tool's English field codes (seq | supplier_name | quote_status |
  quote_amt | tax_mode | tax_rate | option_items | option_amt | modules | mlps_l3 | mlps_filing_no | pii_encryption | transport_enc |
  rbac | log_retention | credit_bureau | free_maint | maint_scope | policy_adapt | support_mode | response_time | lifetime_consult |
  in_contract | post_warranty_fee | source_delivery | buyer_remark), row 2 the Chinese captions (序号 … 采购方备注), row 3 the units
  ('单位' under seq; 万元 under quote_amt and option_amt, % under tax_rate, 天 under log_retention, 月 under free_maint, 小时 under
  response_time, 万元/年 under post_warranty_fee, empty elsewhere); six vendor rows of bare numbers and text (the sixth 已放弃);
  three one-cell lines at the foot (record count, the export line, his 意见).
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the numbers mean nothing without row 3 — 22.6 is 226,000 元, 2.4 is 24,000 元/年, 730 / 365 / 90 天 are 24 / 12 / 3 months,
  24 小时 is a next-day response; the code row, the caption row and the units row are no vendors; 宜昌西陵's '196000' under 万元 is
  an amount typed in 元 (196000万元 = 19.6亿 is absurd beside 22.6 / 18.8 / 12.8) — 196,000 不含税 6% plus its must-have 风控模型 as a
  '1.5' 万元 不含税 option = 223,660 (conditional, added), with bug-only maintenance and 重大监管政策调整另行报价; 荆州沙市 (his pick,
  18.8万) only claims (已通过等保测评 with no level, 国密算法, 支持对接征信, 长期保存, 终身维护: unverified), gets 智能客服机器人 +
  区块链存证 + 元宇宙营销 for free (bloat) and encrypts its risk engine (partial); 十堰茅箭 12.8万 (caution zone) with AES, 90-day
  logs, 6 months, 24 h and a server-bound licence; 孝感孝南 9.6万 with 二级 and no 风控模型 (fail); 黄石下陆 已放弃 (not listed); tax
  rates (6, 3), filing numbers, '15%' and '5000元/次' are no prices.""",
        "personal_credit", [name], "武汉光谷融智科技有限公司",
        "武汉光谷 proves every gate (等保三级 已取得 with filing 42010043015-24012, SM4 on ID/mobile/bank card, HTTPS, RBAC, 730 days of "
        "logs, 人行 + 百行), has every must-have plus 反欺诈 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 "
        "within 2 hours, lifetime consulting, all in the contract, full unencrypted source — at 226,000 含税 inside 18–25万 (3 years "
        "226,000 + 2 × 24,000 = 274,000). 宜昌西陵 is 223,660 once its 元 amount, its risk-model option and 6% VAT are read right, but "
        "maintains bug-only, charges major policy changes and gives 5×8/4h; his pick 荆州沙市 (188,000) proves nothing (unverified), "
        "pads with three bloat modules and encrypts its risk engine; 十堰茅箭 is 128,000 in the caution zone without SM4, with 90-day "
        "logs and no source code; 孝感孝南 fails; 黄石下陆 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zo_02  商户经营性贷 — the tender agency 湖南潇湘招标代理's 分包 报价及响应一览表 for 株洲芦淞信达小额贷款: 包1 the system's source
#        code and implementation, 包2 servers and security devices; 湘潭九华 bid on both lots, two hardware integrators only on 包2.
#        The 采购人核对意见 column and the 采购人意见 line are the 风险合规部's (谭丽君).
# ---------------------------------------------------------------------------------------------
ZO02_HEAD = ["包号", "包名称（最高限价）", "序号", "投标人", "投标报价（元）", "报价说明", "工期/交货期", "免费维保期/质保期",
             "技术支持及服务承诺", "资质证明", "数据安全响应", "功能模块/货物清单", "源码/产品交付", "代理机构备注",
             "采购人核对意见（风险合规部）"]
ZO02_LOT1 = ("包1", "经营贷业务系统源码及实施\n（最高限价：350,000元）")
ZO02_LOT2 = ("包2", "服务器及安全设备\n（最高限价：100,000元）")
ZO02_ROWS1 = [
    ["1", "长沙岳麓智信科技有限公司", 298000, "含税价（增值税6%专用发票）；无选配", "合同签订后60日历天",
     "免费维护12个月（含缺陷修复及小版本升级）；监管政策调整免费适配；期满后年服务费28,000元/年",
     "7×24小时技术支持，2小时内响应（指定工程师）；提供终身技术咨询；上述承诺全部写入合同", "等保三级备案证明43010043012-24005",
     "国密SM4加密（身份证号、手机号、对公账号）；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月；征信接口：中国人民银行征信中心、"
     "百行征信", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、数据大屏", "交付完整源码，无加密，可二次开发",
     "响应文件齐全", "报价在限价内，各项响应完整"],
    ["2", "湘潭九华数智科技有限公司", 265000, "含税价（增值税6%专用发票）；无选配", "合同签订后45日历天",
     "免费维护12个月（含缺陷修复及小版本升级）；监管政策调整免费适配；期满后年服务费26,000元/年",
     "7×24小时技术支持，2小时内响应；提供终身技术咨询；承诺写入合同",
     "等保三级测评已完成，备案证明申请中（预计2026年1月取得）",
     "SM4加密（身份证号、手机号、银行卡号）；HTTPS；RBAC角色权限；日志保存12个月；征信接口：百行征信、朴道征信",
     "企业征信、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理", "完整源码，无加密", "同时投标包2",
     "两个包都投了，一家总包省心，建议两包都给九华（两包合计35.1万元）"],
    ["3", "衡阳雁峰信息技术有限公司", 245000,
     "不含税价，增值税税率13%；电子合同模块为选配，另加18,000元（不含税），未计入投标报价", "合同签订后60日历天",
     "免费维护12个月（仅修复缺陷，不含升级）；一般政策调整免费，重大监管政策调整另行报价；期满后按合同额15%/年",
     "5×8（工作日）技术支持，4小时内响应；提供终身技术咨询；承诺写入合同", "等保三级证书编号43040043003-23016",
     "SM4加密（身份证号、手机号）；HTTPS；角色权限；日志保存6个月；征信接口：百行征信",
     "企业征信、银行流水分析、电子合同（选配）、风控审批、还款管理、用户管理、API开放平台", "完整源码",
     "投标报价为不含税价（磋商文件允许，评审时统一折算）", "不含税，电子合同还要另加钱"],
    ["4", "常德武陵网络科技有限公司", 196000, "含税价；区块链存证、跨境支付通道、元宇宙营销展厅免费赠送", "合同签订后30日历天",
     "终身维护，全面维护；政策调整积极配合", "7×24小时，第一时间响应；终身免费咨询；合同条款可协商",
     "符合等保三级要求，可协助采购人完成测评",
     "采用国密算法；HTTPS；完善的权限体系；日志长期保存；可对接各大征信平台",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、区块链存证（赠送）、跨境支付通道（赠送）、元宇宙营销展厅（赠送）",
     "交付源码（风控引擎为加密组件）", "资质证明材料未附", "送的模块多，价格也低"],
    ["5", "益阳赫山软件有限公司", 128000, "含税价（3%普通发票）；无选配", "合同签订后20日历天",
     "免费维护6个月（仅修复缺陷，不含升级）；政策适配按次收费；期满后按次收费5,000元/次",
     "5×8（工作日）技术支持，次日响应；不提供终身技术咨询；承诺写入合同", "等保三级备案证明43090043008-24001",
     "AES-256加密；HTTPS；角色权限；日志保存3个月；征信接口：百行征信",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", "部分源码（流水分析引擎以加密包形式提供）", "—",
     "最便宜，但日志只有3个月"],
    ["6", "岳阳南湖科技有限公司", "—", "—", "—", "—", "—", "—", "—", "—", "—", "开标前书面撤回投标文件，不参与评审", "已撤回"],
]
ZO02_ROWS2 = [
    ["1", "湘潭九华数智科技有限公司", 86000, "含税价（增值税13%专用发票）", "合同签订后15日历天到货",
     "原厂质保36个月，7×24小时上门", "7×24小时服务热线，4小时到场", "ISO9001、ISO27001", "—",
     "应用服务器2台、数据库服务器1台、下一代防火墙1台、堡垒机1台", "硬件设备（含上架安装）", "同时投标包1", "—"],
    ["2", "株洲天元华鑫电子设备有限公司", 79800, "含税价（增值税13%专用发票）", "合同签订后10日历天到货", "原厂质保36个月",
     "7×24小时服务热线，4小时到场", "ISO9001", "—", "应用服务器2台、数据库服务器1台、下一代防火墙1台、堡垒机1台",
     "硬件设备", "—", "包2最低价"],
    ["3", "湖南湘江弘远系统集成有限公司", 91500, "含税价（增值税13%专用发票）", "合同签订后20日历天到货", "原厂质保36个月",
     "5×8服务热线，8小时到场", "ISO9001、ISO20000", "—", "应用服务器2台、数据库服务器1台、下一代防火墙1台、堡垒机1台",
     "硬件设备", "—", "—"],
]


def build_zo02():
    name = "zo_02_ml_zhaobiao_fenbao.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "分包报价及响应一览表"
    widths(ws, [7, 20, 5, 26, 14, 30, 16, 32, 32, 26, 40, 36, 24, 20, 28])
    _text(ws, 1, 1, 15, "株洲芦淞信达小额贷款有限公司经营贷业务系统建设项目 分包报价及响应一览表", font=TITLE)
    _text(ws, 2, 1, 15,
          "项目编号：XXZB-2025-1187　采购方式：竞争性磋商　响应文件递交截止及开启时间：2025年11月28日9:30　代理机构：湖南潇湘招标代理"
          "有限公司（经办：刘洋）", height=20)
    _text(ws, 3, 1, 15,
          "说明：本表由代理机构根据各供应商响应文件摘录，供评审参考。本项目分两个包：包1为经营贷业务系统（源码）及实施，包2为服务器及安全"
          "设备，两包分别评审、分别签订合同；供应商可投一个包或两个包。最后一列为采购人（风险合规部）核对意见。采购人只做本地商户经营贷，"
          "无跨境业务。", height=44)
    put_row(ws, 5, ZO02_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[5].height = 32
    r = 6
    for (lot, lot_name), rows in ((ZO02_LOT1, ZO02_ROWS1), (ZO02_LOT2, ZO02_ROWS2)):
        first = r
        for row in rows:
            assert len(row) == len(ZO02_HEAD) - 2, row[1]
            put_row(ws, r, row, start=3)
            ws.cell(row=r, column=5).number_format = "#,##0.00"
            ws.cell(row=r, column=15).fill = YELLOW
            ws.row_dimensions[r].height = 78
            r += 1
        for col, text in ((1, lot), (2, lot_name)):
            cell = ws.cell(row=first, column=col, value=text)
            cell.alignment = CENTER
            cell.font = BOLD
            cell.fill = GREY
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    _text(ws, r, 1, 15,
          "采购人意见（风险合规部 谭丽君，2025-12-02）：建议包1、包2均由湘潭九华承接（包1 26.5万、包2 8.6万，合计35.1万元，一家总包省心），"
          "包1备选长沙岳麓。岳阳南湖已撤回。请分管领导审定。", font=BOLD, height=34)
    _text(ws, r + 1, 1, 15, "代理机构经办人：刘洋　复核：＿＿＿＿　　采购人代表：＿＿＿＿")
    ws.freeze_panes = "E6"
    _save(wb, name)

    vendors = [
        good("长沙岳麓智信科技有限公司", 298000,
             "包1 row: 投标报价 298,000.00 '含税价（增值税6%专用发票）；无选配' inside 25–35万 (the lot's 最高限价 350,000 is no price); "
             "企业征信, 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理, 数据大屏 (deferrable, no bloat); 等保三级备案证明"
             "43010043012-24005; SM4 on ID/mobile/对公账号; HTTPS TLS1.2; RBAC; logs 12个月; 人行 + 百行; 12个月 with 小版本升级; 政策免费; "
             "7×24; 2小时 named engineer; 终身咨询; 全部写入合同; 年服务费28,000元/年; 完整源码 无加密; '60日历天' is a delivery time.",
             ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=28000,
             source_code_delivery="full"),
        dict(vendor="湘潭九华数智科技有限公司", gate="unverified", price=265000,
             why="read from its 包1 row only: 265,000 含税 inside 25–35万 — its 包2 row (86,000 of servers, firewall and 堡垒机) is another "
                 "lot and another contract, neither part of this price nor an under-10万 quote, and the buyer's '两包合计35.1万元' is her sum; "
                 "'等保三级测评已完成，备案证明申请中' (in progress: unverified, never fail); everything else in 包1 stated and good: SM4 on "
                 "ID/mobile/bank card, HTTPS, RBAC, logs 12, 百行 + 朴道, all three must-haves, 12个月 with 小版本升级, 免费适配, 7×24, "
                 "2小时, 终身咨询, 写入合同, 26,000元/年, 完整源码 — the 包2 row's '原厂质保36个月' and '4小时到场' are hardware terms, not "
                 "the system's. The '建议两包都给九华' is the buyer's.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=2, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flex=NOGATE + ["price_below_15w", "price_over_budget", "conditional"] + AFTER_BAD),
        dict(vendor="衡阳雁峰信息技术有限公司", gate="pass", price=297190,
             why="245,000 '不含税价，增值税税率13%' and the must-have 电子合同 '选配，另加18,000元（不含税），未计入投标报价' (conditional, "
                 "added): (245,000 + 18,000) × 1.13 = 297,190 inside 25–35万; 企业征信, 银行流水分析, 风控审批, 还款管理, 用户管理, API开放平台 "
                 "(deferrable, no bloat); 等保三级证书43040043003-23016; SM4 (ID, mobile); HTTPS; 角色权限; logs 6个月 (not under 6); 百行; "
                 "12个月 '仅修复缺陷，不含升级' (conditional); '重大监管政策调整另行报价' (conditional); 5×8; 4小时; 终身咨询; 写入合同; "
                 "'按合同额15%/年' (no amount); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT, flin=COND_FLIN, flex=COND_FLEX),
        dict(vendor="常德武陵网络科技有限公司", gate="unverified", price=196000,
             why="196,000 含税 (below the 25–35万 band, above 15万); '符合等保三级要求，可协助采购人完成测评' (claimed: unverified; the agency "
                 "notes no proof attached); '采用国密算法' (which? claimed); '可对接各大征信平台' (no body: claimed); '日志长期保存' (claimed); "
                 "'终身维护' (claimed); '完善的权限体系', '全面维护', '积极配合', '第一时间响应', '终身免费咨询', '可协商' state nothing; HTTPS "
                 "and 7×24 stated; 区块链存证、跨境支付通道、元宇宙营销展厅 赠送 (bloat; the lender has no cross-border business); "
                 "'风控引擎为加密组件' (partial).",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + ["blockchain_evidence", "overseas_payment", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX),
        dict(vendor="益阳赫山软件有限公司", gate="pass", price=128000,
             why="128,000 含税（3%普票） (caution zone: cheaper is not better); all three must-haves + core; 等保三级备案证明43090043008-24001 "
                 "(stated); 'AES-256' (no SM4); HTTPS; 角色权限; logs 3个月 (under 6); 百行; 6个月 '仅修复缺陷，不含升级' (conditional); "
                 "'政策适配按次收费' (charged); 5×8; 次日; 不提供终身咨询; 写入合同; '5,000元/次' (per incident, no yearly fee); "
                 "'部分源码（流水分析引擎以加密包形式提供）' (partial).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_partial"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "not_in_contract", "bloat_features",
                            "source_licence_only"]),
    ]
    write_toml(
        "zo_02_ml_zhaobiao_fenbao.toml",
        """Voice: the tender agency 湖南潇湘招标代理 (经办 刘洋) tabulates the responses for 株洲芦淞信达小额贷款's project (竞争性磋商,
  opened 2025-11-28); 谭丽君 of the lender's 风险合规部 (local merchant operating loans, no cross-border business) adds the
  采购人核对意见 column and the 采购人意见 line on 2025-12-02 — those are the buyer's.
Layout: sheet 分包报价及响应一览表 — title, a project line (项目编号, 采购方式, opening time, agency), a 说明 row (two lots: 包1 the
  loan system's source code and implementation, 包2 servers and security devices; separate evaluation and contracts; a supplier
  may bid on one lot or both), then header 包号 | 包名称（最高限价） | 序号 | 投标人 | 投标报价（元） | 报价说明 | 工期/交货期 |
  免费维保期/质保期 | 技术支持及服务承诺 | 资质证明 | 数据安全响应 | 功能模块/货物清单 | 源码/产品交付 | 代理机构备注 |
  采购人核对意见（风险合规部）; 包号 and 包名称 merged down each lot (包1: six rows, the sixth withdrawn; 包2: three rows), 序号
  restarting at 1 in each lot, amounts as numbers formatted #,##0.00; the lots' 最高限价 (350,000 / 100,000) inside the merged
  lot-name cells; the 采购人意见 line and a sign-off line below. Frozen at E6.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: only 包1 is the loan system — the 包2 bidders 株洲天元华鑫 and 湖南湘江弘远 (hardware integrators, 79,800 / 91,500) are no
  loan-system vendors and are not listed; 湘潭九华 bid on both lots: its price is its 包1 265,000, not 351,000 (the buyer's
  '两包合计35.1万元'), its 包2 86,000 is no under-10万 quote, and the hardware terms in that row (原厂质保36个月, 7×24上门, 4小时到场,
  ISO27001) are not its software maintenance or certification; its 包1 等保 is 备案证明申请中 (unverified — the buyer's pick for both
  lots is not the analyst's); 最高限价 350,000 / 100,000 and the 工期 days are no prices; 衡阳雁峰 245,000 不含税 13% plus its
  must-have 电子合同 as an 18,000 不含税 option '未计入投标报价' = 297,190 (conditional, added), bug-only maintenance, 重大监管政策调整
  另行报价, 5×8/4h; 常德武陵 196,000 only claims (符合等保三级要求, 国密算法, 各大征信平台, 日志长期保存, 终身维护: unverified), gives
  away 区块链存证、跨境支付通道、元宇宙营销展厅 (bloat) and encrypts its risk engine (partial); 益阳赫山 128,000 (caution zone) with AES,
  3-month logs, 6 months bug-only, 按次收费, 5×8, 次日 and an encrypted cash-flow engine (partial); 岳阳南湖 withdrew (not listed).""",
        "merchant_loan", [name], "长沙岳麓智信科技有限公司",
        "长沙岳麓 proves every gate (备案证明43010043012-24005, SM4 on ID/mobile/对公账号, HTTPS, RBAC, 12-month logs, 人行 + 百行), has "
        "every must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named "
        "engineer, lifetime consulting, all in the contract, full unencrypted source — at 298,000 含税 inside 25–35万 (3 years 298,000 "
        "+ 2 × 28,000 = 354,000). The buyer's pick 湘潭九华 (包1 265,000; its 包2 hardware is a separate contract) has its 等保 filing "
        "only 申请中 (unverified); 衡阳雁峰 is 297,190 含税 with its contract option, with bug-only maintenance, charged major policy "
        "changes and 5×8/4h; 常德武陵 (196,000) proves nothing, pads with bloat and encrypts its risk engine; 益阳赫山 is 128,000 in "
        "the caution zone without SM4, with 3-month logs and partial source; 岳阳南湖 withdrew; the 包2 bidders sell hardware.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zo_03  消费分期 — 芜湖镜湖惠达小额贷款's 业务发展部 主管 方雅婷 keeps a 比价表: each vendor's name cell also holds its group, contact
#        and phone; modules and after-sales terms are bulleted lists in one cell each, '●' in the price and '○' at extra cost, the
#        legend only in the header cells. 合肥云帆 and 南京云帆 are two companies of one group, quoting separately. The 我的看法
#        column and the 结论 line are hers.
# ---------------------------------------------------------------------------------------------
ZO03_HEAD = ["序号", "供应商（联系人 电话）", "报价", "含税否", "功能模块\n（● 标配，含在报价内　○ 选配，括号内为加价）", "资质与安全",
             "售后条款\n（● 含在报价内　○ 另行收费）", "源码", "我的看法"]
ZO03_ROWS = [
    ["1", "合肥云帆科技有限公司（云帆集团　王经理 138 5512 8871）", "24.5万", "含税（6%专票）",
     "● 商品管理\n● 分期计算器\n● 订单跟踪\n● 还款计划及到期提醒\n● 风控审批\n● 用户管理\n○ 积分商城（+1.2万）",
     "等保三级，备案证明34010043021-24007；国密SM4加密（身份证号、手机号、银行卡号）；HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月；"
     "征信：百行征信、朴道征信",
     "● 免费维护12个月\n● 缺陷修复及小版本升级\n● 监管政策调整免费适配\n● 7×24技术支持，2小时内响应（指定工程师）\n● 终身技术咨询\n"
     "● 以上条款写入合同\n○ 维保期满后年服务费2.4万元/年",
     "完整源码，无加密，可二次开发", "资料最全，就是贵了点"],
    ["2", "南京云帆软件有限公司\n（云帆集团子公司　周工 139 5172 6630）", "面议（需上门调研后报价）", "—",
     "● 商品管理\n● 分期计算器\n● 订单管理\n● 还款计划\n● 风控审批\n● 用户管理\n● 社交分享",
     "等保三级，备案证明32010043017-24003；SM4加密（身份证号、手机号、银行卡号）；HTTPS；RBAC角色权限；日志保存12个月；"
     "征信：中国人民银行征信中心、百行征信",
     "● 免费维护12个月\n● 缺陷修复及小版本升级\n● 监管政策调整免费适配\n● 7×24技术支持，2小时内响应\n● 终身技术咨询\n● 以上写入合同\n"
     "○ 期满年服务费2.6万元/年",
     "完整源码，无加密，可二次开发", "跟合肥云帆是一个集团的，没报价不好比"],
    ["3", "芜湖鸠江分期宝网络科技有限公司（销售 陈女士 0553-5816620）", "16.8万", "含税",
     "● 商品管理\n● 分期计算器\n● 还款管理\n● 风控审批\n● 用户管理\n● 智能客服机器人（赠送）\n● 元宇宙营销展厅（赠送）\n"
     "○ 订单跟踪（+3.5万，含税）",
     "按等保三级标准开发，可协助测评；采用国密算法；HTTPS；完善的权限体系；日志长期保存；支持对接主流征信",
     "● 终身维护\n● 全面维护\n● 政策调整积极配合\n● 7×24技术支持，第一时间响应\n● 终身免费咨询\n● 合同条款可协商",
     "源码交付（风控SDK为加密组件）", "售后条款全是●，基础价最低，还送智能客服和元宇宙展厅，首选"],
    ["4", "马鞍山花山易分期信息技术有限公司（刘总 186 0555 3219）", "21.8万", "不含税（税率6%）",
     "● 商品管理\n● 分期计算器\n● 订单跟踪\n● 还款管理\n● 风控审批\n● 用户管理\n○ 积分商城（+0.8万，不含税）",
     "等保三级，证书编号34050043006-23012；SM4加密（身份证号、手机号）；HTTPS；角色权限；日志保存6个月；征信：百行征信",
     "● 免费维护12个月\n● 缺陷修复\n○ 小版本升级（按次另计）\n○ 监管政策调整适配（按次报价）\n● 5×8技术支持（工作日），4小时内响应\n"
     "● 终身技术咨询\n● 以上写入合同\n○ 维保期满年服务费：按合同额12%/年",
     "完整源码", "不含税，升级和政策适配都要另收钱"],
    ["5", "铜陵铜官速贷科技有限公司 小张13705628899", "7.8万", "含税",
     "● 商品管理\n● 订单管理\n● 还款管理\n● 用户管理\n○ 分期计算器（需定制开发，另行报价）",
     "等保二级；数据未加密；HTTPS；日志保存3个月；征信：百行征信",
     "● 免费维护3个月\n● 仅修复缺陷\n○ 版本升级\n○ 政策适配\n● 工作日QQ群支持",
     "仅授权使用（授权绑定域名）", "太便宜了，等保才二级"],
    ["6", "宣城宣州融分科技有限公司（赵经理 135 6563 0071）", "—", "—", "—", "—", "—", "—", "12月1日电话告知不参与，已放弃"],
]


def build_zo03():
    name = "zo_03_ci_shidian_kongdian_shouhou.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "分期系统比价"
    widths(ws, [5, 30, 14, 14, 30, 40, 40, 22, 26])
    _text(ws, 1, 1, 9, "芜湖镜湖惠达小额贷款有限公司 消费分期系统源码 比价表", font=TITLE)
    _text(ws, 2, 1, 9,
          "整理：业务发展部 方雅婷　2025-12-10。我们做手机、家电分期，无跨境业务。功能和售后两栏按各家报价单逐条抄录，实心点●表示含在报价里，"
          "空心点○表示要另外加钱。合肥云帆和南京云帆是同一个集团的两家公司，各自报了价。“我的看法”是我个人意见。", height=44)
    put_row(ws, 4, ZO03_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[4].height = 44
    for i, row in enumerate(ZO03_ROWS, start=5):
        assert len(row) == len(ZO03_HEAD), row[1]
        put_row(ws, i, row)
        ws.cell(row=i, column=9).fill = YELLOW
        ws.row_dimensions[i].height = 150 if row[0] != "6" else 24
    r = 5 + len(ZO03_ROWS) + 1
    _text(ws, r, 1, 9,
          "结论（方雅婷）：建议首选芜湖鸠江分期宝（16.8万含税，售后全是●，功能最多），备选合肥云帆（24.5万）。南京云帆待报价，宣城宣州已放弃。"
          "请分管副总审阅。", font=BOLD, height=30)
    ws.freeze_panes = "C5"
    _save(wb, name)

    vendors = [
        good("合肥云帆科技有限公司", 245000,
             "name cell '合肥云帆科技有限公司（云帆集团　王经理 138 5512 8871）' — the vendor is the company, the group, contact and phone are "
             "no part of its name and the phone no price; '24.5万' 含税（6%专票） = 245,000 inside 20–30万; ● 商品管理, 分期计算器, 订单跟踪, "
             "还款计划及到期提醒, 风控审批, 用户管理 (the ○ 积分商城 +1.2万 is a deferrable option, not bought); 等保三级备案证明"
             "34010043021-24007; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 12个月; 百行 + 朴道; ● 12个月, ● 小版本升级, ● 政策"
             "免费适配, ● 7×24 within 2小时 (named engineer), ● 终身咨询, ● 写入合同; ○ 年服务费2.4万元/年 (a stated yearly fee: ○ only says "
             "it is paid on top); 完整源码 无加密.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=24000,
             source_code_delivery="full"),
        dict(vendor="南京云帆软件有限公司", gate="unverified", price="null",
             why="a second company of the same 云帆集团, quoting on its own — not merged with 合肥云帆; '面议（需上门调研后报价）': no price "
                 "(unknown: unverified, price missing; the phone 139 5172 6630 is no price); everything else stated and good: 等保三级备案证明"
                 "32010043017-24003, SM4 on ID/mobile/bank card, HTTPS, RBAC, logs 12个月, 人行 + 百行, ● 商品管理, 分期计算器, 订单管理, "
                 "还款计划, 风控审批, 用户管理, 社交分享 (deferrable), ● 12个月 with 小版本升级, ● 政策免费, ● 7×24 within 2小时, ● 终身咨询, "
                 "● 写入合同, ○ 2.6万元/年, 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management", "social_sharing"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "claimed"]
             + AFTER_BAD),
        dict(vendor="芜湖鸠江分期宝网络科技有限公司", gate="unverified", price=203000,
             why="'16.8万' 含税 and the must-have 订单跟踪 only as '○ 订单跟踪（+3.5万，含税）' (conditional, added): 168,000 + 35,000 = "
                 "203,000 inside 20–30万 — not the buyer's '基础价最低 16.8万'; '按等保三级标准开发，可协助测评' (claimed: unverified); '采用国密"
                 "算法' (which? claimed); '支持对接主流征信' (no body: claimed); '日志长期保存' (claimed); '● 终身维护' (claimed — a solid dot "
                 "does not make a boast a fact); '完善的权限体系', '● 全面维护', '● 积极配合', '● 第一时间响应', '● 终身免费咨询', '● 合同条款可"
                 "协商' state nothing; HTTPS and 7×24 stated; ● 智能客服机器人 + 元宇宙营销展厅 赠送 (bloat); '风控SDK为加密组件' (partial). "
                 "The '售后条款全是●…首选' and the 结论 are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=CI + ["ai_customer_service", "metaverse_marketing"],
             flin=["claimed", "conditional", "bloat_features", "source_partial"], flex=CLAIM_FLEX),
        dict(vendor="马鞍山花山易分期信息技术有限公司", gate="pass", price=231080,
             why="'21.8万' '不含税（税率6%）' = 218,000 × 1.06 = 231,080 inside 20–30万 (the ○ 积分商城 +0.8万 is deferrable, not added); "
                 "● 商品管理, 分期计算器, 订单跟踪, 还款管理, 风控审批, 用户管理; 等保三级证书34050043006-23012; SM4 (ID, mobile); HTTPS; "
                 "角色权限; logs 6个月 (not under 6); 百行; ● 12个月; ● 缺陷修复 but '○ 小版本升级（按次另计）' (upgrades at extra cost: "
                 "conditional); '○ 监管政策调整适配（按次报价）' (conditional); ● 5×8 (工作日), 4小时; ● 终身咨询; ● 写入合同; '○ 按合同额12%/年' "
                 "(no amount); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT, flin=COND_FLIN, flex=COND_FLEX),
        dict(vendor="铜陵铜官速贷科技有限公司", gate="fail", price=78000,
             why="name cell '铜陵铜官速贷科技有限公司 小张13705628899' (no brackets: the company ends at 有限公司, the phone is no price); "
                 "'7.8万' 含税 = 78,000 (under 10万); '○ 分期计算器（需定制开发，另行报价）' — a must-have not in the product and with no price "
                 "(absent: fail); '等保二级' (fail); '数据未加密' (no SM4); HTTPS; logs 3个月 (under 6); 百行; ● 免费维护3个月; '仅授权使用"
                 "（授权绑定域名）' (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, audit_log_months=3, free_maintenance_months=3,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "order_tracking"], fex=["installment_calculator"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "source_licence_only"],
             flex=["price_below_15w", "price_missing"]),
    ]
    write_toml(
        "zo_03_ci_shidian_kongdian_shouhou.toml",
        """Voice: 方雅婷, supervisor in the 业务发展部 of 芜湖镜湖惠达小额贷款 (instalments for phones and appliances, no cross-border
  business), keeps a 比价表 dated 2025-12-10 for the deputy GM; the 我的看法 column and the 结论 line are hers.
Layout: sheet 分期系统比价 — title, her note row (● = in the price, ○ = paid on top; 合肥云帆 and 南京云帆 are two companies of one
  group quoting separately; 我的看法 is personal), header 序号 | 供应商（联系人 电话） | 报价 | 含税否 | 功能模块（● 标配，含在报价内
  ○ 选配，括号内为加价） | 资质与安全 | 售后条款（● 含在报价内　○ 另行收费） | 源码 | 我的看法 — the legends only inside the header
  cells; six vendor rows (the sixth 已放弃); every name cell holds the company plus group, contact and phone, in brackets or (one)
  after a space with no brackets; 功能模块 and 售后条款 are one bullet a line inside one cell; a 结论 line below. Frozen at C5.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the vendor is the company name alone — group names, contacts and phone numbers (138 5512 8871, 0553-5816620,
  13705628899) are neither names nor prices; 合肥云帆 and 南京云帆 share 云帆集团 but are two quotes, not one; a '○' line is paid on
  top — a ○ must-have is added to the price (芜湖鸠江 16.8万 + 订单跟踪 3.5万 = 203,000, conditional), a ○ deferrable module
  (积分商城) is not bought, ○ 小版本升级 / ○ 政策适配 make those terms conditional (马鞍山花山, 21.8万 不含税 6% = 231,080), while a
  ○ yearly fee with an amount is still a stated fee (合肥云帆 24,000); a '●' does not turn a boast into a fact: 芜湖鸠江 (her pick,
  '售后条款全是●') has ● 终身维护 / 全面维护 / 第一时间响应 and only claims (按等保三级标准开发, 国密算法, 主流征信, 日志长期保存:
  unverified), with ● 智能客服机器人 + 元宇宙营销展厅 赠送 (bloat) and an encrypted risk SDK (partial); 南京云帆 面议 (no price:
  unverified) though every other term is proven; 铜陵铜官 7.8万 with 等保二级 and 分期计算器 only '○ 需定制开发，另行报价' (absent:
  fail), licence only; 宣城宣州 已放弃 (not listed).""",
        "consumer_installment", [name], "合肥云帆科技有限公司",
        "合肥云帆 proves every gate (备案证明34010043021-24007, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 百行 + 朴道), has "
        "all three instalment must-haves in the price and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 "
        "within 2 hours by a named engineer, lifetime consulting, all in the contract, full unencrypted source — at 245,000 含税 inside "
        "20–30万 (3 years 245,000 + 2 × 24,000 = 293,000). Her pick 芜湖鸠江 is 203,000 once its 订单跟踪 option is added and its solid "
        "dots are boasts (unverified), with bloat and an encrypted risk SDK; 马鞍山花山 is 231,080 含税 with upgrades and policy changes "
        "paid on top and 5×8/4h; its sibling 南京云帆 gives no price (unverified); 铜陵铜官 fails; 宣城宣州 withdrew.",
        vendors)


if __name__ == "__main__":
    for build in (build_zo01, build_zo02, build_zo03):
        build()
    print("built zo_01 … zo_03 into", HERE)
