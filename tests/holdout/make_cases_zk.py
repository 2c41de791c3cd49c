"""Build the "zk" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a printed 比价表 with vendors as COLUMNS whose rows run over two A4 pages — a manual page break
after the compliance rows, and page 2 repeats only the vendor header row ('比较项目（续表）') before the after-sales rows; the
vendor who declined keeps its column on page 1 but was deleted from page 2, so the columns of the two halves do not line up
(zk_01); a CSV exported from a 企业微信 智能表格 (WeCom smart sheet), UTF-8 with BOM, with multi-select fields joined by ';',
person fields '@梁嘉欣' / '@陈志豪;@何婉婷', attachment names with dates in them, a star rating and record timestamps
(zk_02); an .xlsx whose quote table is a formatted Excel Table (超级表 / ListObject) with filter buttons and a totals row
(SUBTOTAL count and averages, with cached values), under a slicer-like panel of buttons and key figures, the quotes giving a
买断 (perpetual source) price and an 订阅 (subscription) price side by side (zk_03). The expected reading of every file is in
the matching zk_0N_*.toml, written from the file's content and shared/domain.md only; the author neither ran the product on
these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zk.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zk_
"""
from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import BLOAT, CI, CORE, FIXED, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]
AFTER_OK = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
            "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
            "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]


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
# zk_01  个人信用贷 — 衡水桃城信达小额贷款's 科技信息部 经理 韩立军 prints a vendors-as-columns 比价表 on two A4 pages: a manual page
#        break after the 征信接口 row, page 2 starts with a repeated vendor header only ('比较项目（续表）'); 张家口桥东 (declined) has a
#        column on page 1 (third vendor column) but none on page 2, so page 2's columns are shifted. The 科技部意见 row and the 结论
#        line are the buyer's.
# ---------------------------------------------------------------------------------------------
ZK01_P1_VENDORS = ["邢台太行数科有限公司", "沧州狮城网络科技有限公司", "张家口桥东网络科技有限公司", "保定莲池软件有限公司",
                   "承德双桥信息技术有限公司", "廊坊广阳科技有限公司"]
ZK01_P2_VENDORS = ["邢台太行数科有限公司", "沧州狮城网络科技有限公司", "保定莲池软件有限公司", "承德双桥信息技术有限公司",
                   "廊坊广阳科技有限公司"]
# page 1 rows: label, then one cell per ZK01_P1_VENDORS column
ZK01_P1 = [
    ("报价日期", ["2025-11-10", "2025-11-12", "—", "2025-11-11", "2025-11-13", "2025-11-10"]),
    ("报价（万元）", [21.6, "17.8（限时优惠价，原价26）", "11月14日来电：不参与本次报价", 18.8, 13.8, 9.6]),
    ("计税方式", ["含税（6%专票）", "含税", "—", "不含税，增值税税率6%", "含税", "含税（普票）"]),
    ("选配/另计项目", ["无", "无（赠送智能客服机器人、区块链存证）", "—", "风控模型（评分卡）为选配，另加3万元（不含税）", "无",
                  "风控模型需二期定制开发，另行报价"]),
    ("功能模块", [
        "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡＋规则引擎）、反欺诈模型、还款计划及还款提醒、风控审批流、用户管理",
        "个人征信查询、AI智能风控、反欺诈、还款管理、风控审批、用户管理、智能客服机器人（赠送）、区块链存证（赠送）",
        "—",
        "个人征信接口（百行征信）、风控模型（评分卡，选配）、反欺诈规则库、还款计划及提醒、风控审批、用户管理、营销插件",
        "个人征信查询（百行征信）、风控模型（规则引擎）、还款管理、风控审批、用户管理",
        "个人征信查询、还款管理、用户管理（无风控模型）"]),
    ("等保", ["等保三级，备案证明编号13050243012-24007（2024年8月取得）", "按等保三级标准建设，可协助客户测评", "—",
            "等保三级，证书编号13060343005-23012", "等保三级，备案证明编号13080243009-24002", "等保二级"]),
    ("数据加密", ["国密SM4（身份证号、手机号、银行卡号）", "采用国密算法", "—", "SM4（身份证号、手机号）", "AES-256", "未加密"]),
    ("传输加密", ["全站HTTPS（TLS1.2）", "HTTPS", "—", "HTTPS", "HTTPS", "HTTPS"]),
    ("权限管理", ["RBAC角色权限", "完善的权限体系", "—", "角色权限", "角色权限", "仅超级管理员账号"]),
    ("日志保存", ["操作日志保存12个月，异常操作告警", "长期保存", "—", "6个月", "3个月", "—"]),
    ("征信接口", ["中国人民银行征信中心、百行征信", "支持对接各大征信", "—", "百行征信", "百行征信", "—"]),
]
ZK01_P2 = [
    ("免费维护期", ["12个月", "终身维护", "12个月", "6个月", "3个月"]),
    ("维护范围", ["缺陷修复及小版本升级", "全面维护", "仅修复缺陷，不含版本升级", "仅修复缺陷，不含升级", "—"]),
    ("监管政策适配", ["监管政策调整免费适配", "积极配合", "一般调整免费；重大监管政策调整另行报价", "按次另计", "另计"]),
    ("技术支持", ["7×24小时", "7×24小时", "工作日5×8", "工作日5×8", "工作日QQ群"]),
    ("响应时间", ["2小时内，指定工程师", "第一时间响应", "4小时内", "次日", "—"]),
    ("终身技术咨询", ["提供", "终身免费", "提供", "不提供", "—"]),
    ("承诺写入合同", ["全部写入合同", "可协商", "写入合同", "写入合同", "—"]),
    ("维保期满后年费", ["2.4万元/年", "签约时商定", "按合同额12%/年", "按次收费，5000元/次", "—"]),
    ("源码交付", ["完整源码，无加密，可二次开发", "提供源码（风控引擎模块加密）", "完整源码", "仅授权使用，授权绑定域名，不交付源代码",
              "完整源码"]),
    ("科技部意见", ["资料齐全，备案证明已上网核对", "价格最低、功能最全、还送智能客服，建议首选", "风控模型要另加钱，还是不含税价",
               "便宜，但日志只有3个月", "太便宜，等保二级，不考虑"]),
]


def build_zk01():
    name = "zk_01_pc_fenye_xubiao.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "比价表（打印）"
    widths(ws, [16, 30, 30, 26, 30, 30, 26])
    _text(ws, 1, 1, 7, "衡水桃城信达小额贷款有限公司 个人信用贷系统源码 供应商比价表", font=TITLE)
    _text(ws, 2, 1, 7,
          "编制：科技信息部 韩立军　2025-11-20　A4横向打印，共2页（第2页为续表，只重复供应商表头）。各栏按服务商书面报价及答疑整理；"
          "“科技部意见”为我部意见。我司只做个人信用贷，无跨境业务。", height=32)
    put_row(ws, 3, ["比较项目"] + ZK01_P1_VENDORS, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[3].height = 30
    r = 4
    for label, cells in ZK01_P1:
        put_row(ws, r, [label] + cells)
        ws.cell(row=r, column=1).font = BOLD
        ws.cell(row=r, column=1).fill = GREY
        ws.row_dimensions[r].height = 48 if label in ("功能模块", "选配/另计项目") else 30
        r += 1
    _text(ws, r, 1, 7, "（接下页）", font=Font(italic=True, color="808080"))
    ws.row_breaks.append(Break(id=r))
    r += 1
    put_row(ws, r, ["比较项目（续表）"] + ZK01_P2_VENDORS, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[r].height = 30
    r += 1
    for label, cells in ZK01_P2:
        put_row(ws, r, [label] + cells)
        ws.cell(row=r, column=1).font = BOLD
        ws.cell(row=r, column=1).fill = YELLOW if label == "科技部意见" else GREY
        if label == "科技部意见":
            for c in range(2, 2 + len(cells)):
                ws.cell(row=r, column=c).fill = YELLOW
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    _text(ws, r, 1, 7,
          "结论（科技信息部）：建议首选沧州狮城（17.8万，功能最全，赠送智能客服、区块链存证），备选邢台太行（21.6万）。"
          "张家口桥东已放弃，第2页未列。请分管领导审阅。", font=BOLD, height=32)
    _text(ws, r + 1, 1, 7, "审阅：＿＿＿＿　日期：＿＿＿＿")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = f"A1:G{r + 1}"
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    _save(wb, name)

    vendors = [
        good("邢台太行数科有限公司", 216000,
             "page 1, its column B: '21.6' under 报价（万元） 含税（6%专票） = 216,000 inside 18–25万; 个人征信 (人行二代 + 百行), 风控模型 "
             "(评分卡＋规则引擎), 反欺诈模型, 还款计划/提醒, 风控审批流, 用户管理, no bloat; 等保三级备案证明13050243012-24007; SM4 on ID/"
             "mobile/bank card; HTTPS TLS1.2; RBAC; logs 12个月 with alerts; 人行 + 百行. Page 2, again column B: 12个月 with 小版本升级; "
             "政策免费; 7×24; 2小时 named engineer; 终身咨询 提供; 全部写入合同; 2.4万元/年; 完整源码 无加密.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
        dict(vendor="沧州狮城网络科技有限公司", gate="unverified", price=178000,
             why="page 1: '17.8（限时优惠价，原价26）' 含税 = 178,000 (the 26 is the list price; under the band, above 15万); '按等保三级标准"
                 "建设，可协助客户测评' (claimed: unverified); '采用国密算法' (which? claimed); '支持对接各大征信' (no body: claimed); '完善的"
                 "权限体系', '长期保存' state nothing; HTTPS stated; 智能客服机器人 + 区块链存证 赠送 (bloat); page 2 (column C): '终身维护' "
                 "(claimed), '全面维护', '积极配合', '第一时间响应', '可协商', '签约时商定' state nothing; 7×24小时 stated; '风控引擎模块加密' "
                 "(partial). The 科技部意见 '建议首选' and the 结论 are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="保定莲池软件有限公司", gate="pass", price=231080,
             why="page 1 (column E): '18.8' 万 '不含税，增值税税率6%' and the must-have 风控模型 '选配，另加3万元（不含税）' (conditional, added): "
                 "(188,000 + 30,000) × 1.06 = 231,080 inside 18–25万; 个人征信 (百行), 反欺诈规则库, 还款计划及提醒, 风控审批, 用户管理, 营销插件 "
                 "(deferrable, no bloat); 等保三级证书13060343005-23012; SM4; HTTPS; 角色权限; 6个月 logs (not under 6); 百行. Page 2 — "
                 "column D there, not E: 12个月 '仅修复缺陷，不含版本升级' (conditional); '重大监管政策调整另行报价' (conditional); 工作日5×8; "
                 "4小时; 终身咨询 提供; 写入合同; '按合同额12%/年' (base — with or without option and tax — not said: no amount); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + CORE + ["marketing_plugins"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "maintenance_under_12m", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor="承德双桥信息技术有限公司", gate="pass", price=138000,
             why="page 1 (column F): '13.8' 万 含税 = 138,000 (caution zone: cheaper is not better); 个人征信 (百行), 风控模型 (规则引擎), "
                 "还款管理, 风控审批, 用户管理; 等保三级备案证明13080243009-24002 (stated); 'AES-256' (no SM4); HTTPS; 角色权限; logs 3个月 "
                 "(under 6); 百行. Page 2 (column E there): 6个月; '仅修复缺陷，不含升级' (conditional); '按次另计' (conditional); 工作日5×8; "
                 "'次日'; 终身咨询 不提供; 写入合同; '5000元/次' (per incident, no yearly fee); '仅授权使用，授权绑定域名，不交付源代码' "
                 "(licence only). The 科技部意见 beside it ('便宜，但日志只有3个月') is the buyer's.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional"),
             fin=PC + CORE, fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "not_in_contract", "bloat_features",
                            "source_partial"]),
        dict(vendor="廊坊广阳科技有限公司", gate="fail", price=96000,
             why="page 1 (column G): '9.6' 万 含税（普票） = 96,000 (under 10万); '风控模型需二期定制开发，另行报价' and '（无风控模型）' — the "
                 "must-have is absent, with no price (fail); '等保二级' (fail); '未加密' (no SM4); HTTPS. Page 2 (column F there): 3个月; "
                 "工作日QQ群; 完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, free_maintenance_months=3),
             status=dict(mlps_level3="stated"),
             fin=["personal_credit_report", "repayment_management", "user_management"], fex=["risk_model"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "maintenance_under_12m"]),
    ]
    write_toml(
        "zk_01_pc_fenye_xubiao.toml",
        """Voice: 韩立军, manager of the 科技信息部 at 衡水桃城信达小额贷款 (personal credit only, no cross-border business), prints his
  比价表 for the deputy GM on 2025-11-20; the 科技部意见 row and the 结论 line are his department's.
Layout: sheet 比价表（打印） — title, a note row, then a vendors-as-columns table: row 3 header 比较项目 | 邢台太行 | 沧州狮城 | 张家口
  桥东 | 保定莲池 | 承德双桥 | 廊坊广阳, eleven item rows (报价日期 … 征信接口), '（接下页）' and a manual page break; page 2 starts
  with a repeated header row '比较项目（续表）' naming only FIVE vendors (张家口桥东, who declined, is dropped), then ten item rows
  (免费维护期 … 源码交付, 科技部意见); a 结论 line and a sign-off line. Landscape A4, footer '第 &P 页，共 &N 页'.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: one vendor's terms sit in two blocks of the same sheet joined only by the repeated header names — and the columns of the
  two blocks do not line up (保定 is column E on page 1 but D on page 2, 承德 F→E, 廊坊 G→F), so joining by position hands every
  after-sales answer to the wrong vendor; 沧州狮城 (the department's pick, '17.8（限时优惠价，原价26）') claims 按等保三级标准建设,
  国密算法, 支持对接各大征信, 终身维护 (unverified), gets 智能客服机器人 + 区块链存证 赠送 (bloat) and an encrypted risk engine
  (partial); 保定莲池 18.8 不含税 6% plus its must-have 风控模型 as a 3万 不含税 option = 231,080 (conditional, added) with
  bug-only maintenance and 重大监管政策调整另行报价; 承德双桥 13.8 (caution zone) with AES, 3-month logs, 6 months, 次日 and a
  domain-bound licence (no source); 廊坊广阳 9.6 with 等保二级 and no 风控模型 (fail); 张家口桥东 declined (not listed); the
  报价日期, certificate numbers, '原价26' and '12%' are no prices.""",
        "personal_credit", [name], "邢台太行数科有限公司",
        "邢台太行 proves every gate (备案证明13050243012-24007, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has "
        "every must-have plus 反欺诈 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a "
        "named engineer, lifetime consulting, all in the contract, full unencrypted source — at 216,000 含税 inside 18–25万 (3 years "
        "216,000 + 2 × 24,000 = 264,000). The department's pick 沧州狮城 (178,000) proves nothing (unverified), adds bloat and "
        "encrypts its risk engine; 保定莲池 is 231,080 once tax and its risk-model option are counted, with bug-only maintenance, "
        "charged major policy changes and 5×8/4h; 承德双桥 is 138,000 in the caution zone without SM4, with 3-month logs and no source "
        "code; 廊坊广阳 fails; 张家口桥东 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zk_02  商户经营性贷 — 江门蓬江商汇小额贷款's 风控合规部 keeps the vendors in a 企业微信 智能表格 and exports it to CSV (UTF-8 BOM):
#        one record per vendor, multi-select fields joined by ';', person fields '@…', attachments, a star rating, timestamps; the
#        我方评分 and 备注（内部） fields are the buyer's.
# ---------------------------------------------------------------------------------------------
ZK02_HEAD = ["供应商名称", "所属项目", "跟进状态", "负责人", "协办人", "报价金额（元）", "计税方式", "税率", "选配及另计", "功能模块", "赠送模块",
             "等保情况", "数据加密", "安全能力", "日志保存（月）", "征信机构", "免费维护期", "维护范围", "政策适配", "支持时段", "响应时限",
             "终身技术咨询", "写入合同", "期满年费", "源码交付", "附件", "我方评分", "备注（内部）", "创建人", "创建时间", "最后编辑时间"]
ZK02_ROWS = [
    ["中山石岐数科有限公司", "经营贷系统源码采购（江门蓬江商汇小贷·风控合规部）", "已报价", "@梁嘉欣", "@陈志豪;@何婉婷", "278000", "含税", "6%", "无",
     "企业征信;银行流水分析;电子合同;风控审批;还款管理;用户管理;数据分析大屏", "",
     "等保三级，备案证明编号44200043018-24010（2024年10月取得）", "国密SM4（身份证号、手机号、对公账号、银行卡号）",
     "HTTPS（TLS1.2）;RBAC角色权限;操作日志审计", "12", "中国人民银行征信中心;百行征信", "12个月", "缺陷修复;小版本升级",
     "监管政策调整免费适配", "7×24", "2小时内，指定工程师", "提供", "同意", "2.8万元/年", "完整源码（无加密，可二次开发）",
     "中山石岐_报价函_20251118.pdf;等保备案证明.jpg", "★★★★", "资料齐全，备案证明已在公安网核对；价格偏高，可再谈",
     "@梁嘉欣", "2025/11/18 10:42", "2025/11/28 16:05"],
    ["珠海香洲信息技术有限公司", "经营贷系统源码采购（江门蓬江商汇小贷·风控合规部）", "已报价", "@何婉婷", "@梁嘉欣", "268000", "含税", "6%", "无",
     "企业征信;银行流水分析;电子合同;风控审批;还款管理;用户管理", "",
     "三级测评已完成，备案证明申请中（预计2026年1月下发）", "国密SM4（身份证号、手机号、银行卡号）",
     "HTTPS;RBAC角色权限;操作日志审计", "12", "百行征信;朴道征信", "12个月", "缺陷修复;小版本升级", "监管政策调整免费适配", "7×24",
     "2小时内", "提供", "同意", "2.6万元/年", "完整源码（无加密）", "珠海香洲_报价单.pdf;等保测评报告封面.jpg", "★★★",
     "等保证书还没下来，1月再看", "@何婉婷", "2025/11/19 09:15", "2025/11/27 11:30"],
    ["佛山禅城网络科技有限公司", "经营贷系统源码采购（江门蓬江商汇小贷·风控合规部）", "已报价", "@陈志豪", "", "235000", "含税", "", "无",
     "企业征信;银行流水分析;电子合同;风控审批;还款管理;用户管理", "区块链存证;跨境支付通道;智能客服机器人",
     "对方答复：“系统严格按照等保三级标准设计开发，上线后可协助贵司通过测评”", "采用国密算法（对方未说明具体算法）", "HTTPS;权限管理",
     "", "支持对接各类征信机构（对方未说明具体机构）", "终身维护", "全面维护", "积极配合监管政策调整", "7×24", "第一时间响应",
     "未答复", "可协商", "签约时商定", "交付源码（风控引擎为加密SDK）", "佛山禅城_方案介绍.pptx", "★★★★★",
     "价格最低、模块最多，还送智能客服和跨境支付（我们不做跨境，用不上），倾向这家\n刘总上周也说可以", "@陈志豪", "2025/11/20 15:03", "2025/12/01 18:22"],
    ["东莞莞城软件有限公司", "经营贷系统源码采购（江门蓬江商汇小贷·风控合规部）", "已报价", "@何婉婷", "@陈志豪", "262000", "不含税", "6%", "银行流水分析模块选配，另加30000元（不含税）",
     "企业征信;电子合同;风控审批;还款管理;用户管理;银行流水分析（选配）", "", "等保三级，证书编号44190043007-23016",
     "国密SM4（身份证号、手机号）", "HTTPS;RBAC角色权限", "6", "百行征信", "12个月", "仅缺陷修复（不含升级）",
     "一般调整免费，重大监管政策调整另行报价", "5×8（工作日）", "4小时内", "提供", "同意", "按合同额15%/年", "完整源码",
     "东莞莞城_报价函.pdf", "★★★", "流水要另加钱，而且是不含税价", "@何婉婷", "2025/11/21 14:20", "2025/11/26 10:11"],
    ["惠州惠城科技有限公司", "经营贷系统源码采购（江门蓬江商汇小贷·风控合规部）", "已报价", "@陈志豪", "", "118000", "含税", "6%", "银行流水分析：不提供（建议贵司对接第三方）",
     "企业征信;电子合同;风控审批;还款管理;用户管理", "", "等保三级，备案证明编号44130043002-24008", "AES-256", "HTTPS;角色权限", "3",
     "百行征信", "6个月", "仅缺陷修复（不含升级）", "按次另计", "5×8（工作日）", "次日", "不提供", "同意", "期满后按次收费，5000元/次",
     "仅授权使用（绑定服务器，不交付源代码）", "", "★★", "便宜，但没有流水分析", "@陈志豪", "2025/11/22 11:48", "2025/11/25 17:36"],
    ["清远清城信息技术有限公司", "经营贷系统源码采购（江门蓬江商汇小贷·风控合规部）", "已放弃", "@何婉婷", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "", "", "", "11/21 对方来电：人手不足，放弃本次报价", "@何婉婷", "2025/11/17 16:30", "2025/11/21 09:02"],
]


def build_zk02():
    name = "zk_02_ml_qiwei_zhinengbiao.csv"
    for row in ZK02_ROWS:
        assert len(row) == len(ZK02_HEAD), row[0]
    write_csv(name, [ZK02_HEAD, *ZK02_ROWS], "utf-8-sig")

    vendors = [
        good("中山石岐数科有限公司", 278000,
             "报价金额 278000 含税 (税率 6% is the invoice rate) inside 25–35万; 功能模块 multi-select 企业征信;银行流水分析;电子合同;风控审批;"
             "还款管理;用户管理;数据分析大屏 (deferrable, no bloat); 等保三级备案证明44200043018-24010; SM4 on ID/mobile/对公账号/bank card; "
             "安全能力 'HTTPS（TLS1.2）;RBAC角色权限;操作日志审计'; 日志 12; 人行 + 百行; 12个月; 维护范围 '缺陷修复;小版本升级'; 政策免费; "
             "7×24; 2小时 named engineer; 终身咨询 提供; 写入合同 同意; 2.8万元/年; 完整源码 无加密. The attachment name's 20251118, the "
             "timestamps and the ★★★★ are no values.",
             ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=28000,
             source_code_delivery="full"),
        dict(vendor="珠海香洲信息技术有限公司", gate="unverified", price=268000,
             why="268000 含税 inside 25–35万; '三级测评已完成，备案证明申请中（预计2026年1月下发）' (in progress: unverified, never fail — an "
                 "honest 申请中 is no worse than a blank); everything else stated and good: SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month "
                 "logs, 百行 + 朴道, all three must-haves, 12个月 with 小版本升级, 政策免费, 7×24, 2小时, 终身咨询, 写入合同, 2.6万元/年, 完整源码.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=2, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + AFTER_OK + ["conditional"]),
        dict(vendor="佛山禅城网络科技有限公司", gate="unverified", price=235000,
             why="235000 含税 (税率 blank; below the 25–35万 band, above 15万); 等保 '按照等保三级标准设计开发，上线后可协助贵司通过测评' "
                 "(claimed: unverified); '采用国密算法（对方未说明具体算法）' (claimed); '支持对接各类征信机构（对方未说明具体机构）' (claimed); "
                 "'终身维护' (claimed); 日志 blank, '全面维护', '积极配合', '第一时间响应', 咨询 '未答复', '可协商', '签约时商定' state nothing; "
                 "HTTPS and 7×24 stated; 赠送模块 区块链存证;跨境支付通道;智能客服机器人 (bloat; the team's own 备注 says '我们不做跨境'); '风控引擎为加密SDK' "
                 "(partial). The ★★★★★ and '倾向这家 / 刘总上周也说可以' are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed"),
             fin=ML + ["blockchain_evidence", "overseas_payment", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="东莞莞城软件有限公司", gate="pass", price=309520,
             why="262000 '不含税' with 税率 6%, and the must-have 银行流水分析 '选配，另加30000元（不含税）' (conditional, added): (262,000 + "
                 "30,000) × 1.06 = 309,520 inside 25–35万; 等保三级证书44190043007-23016; SM4 (ID, mobile); HTTPS + RBAC; 日志 6 (not under "
                 "6); 百行; 12个月 '仅缺陷修复（不含升级）' (conditional); '重大监管政策调整另行报价' (conditional); 5×8; 4小时; 终身咨询 提供; "
                 "写入合同 同意; '按合同额15%/年' (base with or without the option and tax not said: no amount); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "maintenance_under_12m", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor="惠州惠城科技有限公司", gate="fail", price=118000,
             why="118000 含税 (caution zone); '银行流水分析：不提供（建议贵司对接第三方）' and no 流水 in 功能模块 — a must-have absent (fail); "
                 "等保三级备案证明44130043002-24008 (stated); 'AES-256' (no SM4); HTTPS + 角色权限; 日志 3 (under 6); 百行; 6个月; "
                 "'仅缺陷修复（不含升级）' (conditional); '按次另计' (conditional); 5×8; 次日; 终身咨询 不提供; 写入合同 同意; '5000元/次' "
                 "(per incident, no yearly fee); '仅授权使用（绑定服务器，不交付源代码）' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional"),
             fin=["enterprise_credit", "contract_management"] + CORE + ["repayment_management"], fex=["cashflow_analysis"] + BLOAT,
             flin=["price_below_15w", "missing_must_have", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                   "source_licence_only"],
             flex=["no_mlps_level3", "price_below_10w", "price_missing", "price_over_budget", "no_tls", "no_access_control",
                   "not_in_contract", "bloat_features"]),
    ]
    write_toml(
        "zk_02_ml_qiwei_zhinengbiao.toml",
        """Voice: 梁嘉欣, 陈志豪 and 何婉婷 of the 风控合规部 at 江门蓬江商汇小额贷款 (operating loans to small merchants, no cross-border
  business) keep the vendors in a 企业微信 智能表格 and export it on 2025-12-02; 我方评分 and 备注（内部） are theirs.
Layout: UTF-8 CSV with BOM, one header row of 31 smart-sheet fields (供应商名称 | 所属项目 | 跟进状态 | 负责人 | 协办人 | 报价金额（元） | 计税方式 |
  税率 | 选配及另计 | 功能模块 | 赠送模块 | 等保情况 | 数据加密 | 安全能力 | 日志保存（月） | 征信机构 | 免费维护期 | 维护范围 | 政策适配 |
  支持时段 | 响应时限 | 终身技术咨询 | 写入合同 | 期满年费 | 源码交付 | 附件 | 我方评分 | 备注（内部） | 创建人 | 创建时间 | 最后编辑时间),
  six records; multi-select values joined by ';' (modules, gifts, 安全能力, 征信机构, 维护范围, attachments), person fields as
  '@name' or '@a;@b', one 备注 with a line break inside the quoted cell, timestamps 'YYYY/MM/DD hh:mm'.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: ';' separates options inside a cell, not columns; '@…' people, 创建人, timestamps, attachment names
  ('…_报价函_20251118.pdf'), stars and the 备注 are the buyer's, never a vendor's; 佛山禅城 (★★★★★, '倾向这家') only claims
  (等保三级标准设计, 国密算法, 各类征信机构, 终身维护: unverified), its gifts 区块链存证;跨境支付通道;智能客服机器人 are bloat and its risk
  engine is an encrypted SDK (partial); 东莞莞城 262000 不含税 6% plus its must-have 流水分析 as a 30000 不含税 option = 309,520
  (conditional, added) with bug-only maintenance and 重大监管政策调整另行报价, 5×8, 4h; 珠海香洲 has only 备案证明申请中 (unverified,
  never fail) though every other term is good; 惠州惠城 118000 (caution zone) without 流水分析 (fail), AES, 3-month logs, licence
  only; 清远清城 已放弃 (not listed); certificate numbers, dates and '15%' are no prices.""",
        "merchant_loan", [name], "中山石岐数科有限公司",
        "中山石岐 proves every gate (备案证明44200043018-24010, SM4 on ID/mobile/对公账号/bank card, HTTPS, RBAC, 12-month logs, 人行 + "
        "百行), has every must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a "
        "named engineer, lifetime consulting, in the contract, full source — at 278,000 含税 inside 25–35万 (3 years 278,000 + 2 × "
        "28,000 = 334,000). The team's five-star 佛山禅城 (235,000) only claims (unverified), carries three bloat modules and encrypts "
        "its risk engine; 珠海香洲 (268,000) is good on paper but its 等保 filing is only 申请中 (unverified); 东莞莞城 is 309,520 含税 "
        "once its cash-flow option and VAT are counted, with bug-only maintenance, charged major policy changes and 5×8/4h; 惠州惠城 "
        "lacks 流水分析 (fail); 清远清城 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zk_03  消费分期 — 宜宾翠屏惠享小额贷款's 运营管理部 主管 罗晓燕 keeps the quotes in an Excel Table (超级表) 'tbl_xunjia' with filter
#        buttons and a totals row (SUBTOTAL count and averages), under a slicer-like panel of button cells and key figures; each quote
#        gives a 买断价 (perpetual source) and an 订阅价 (per year) side by side; the panel, the totals row, the 运营部意见 column and
#        the line under the table are the buyer's.
# ---------------------------------------------------------------------------------------------
ZK03_HEAD = ["序号", "供应商", "状态", "买断价（元）", "订阅价（元/年）", "计税", "选配/另计", "功能模块", "等保三级", "敏感数据加密",
             "HTTPS", "权限管理", "日志留存（月）", "征信机构", "免费维护（月）", "维护含升级", "政策适配", "7×24", "响应（小时）",
             "终身咨询", "写入合同", "期满年费（元/年）", "源码交付", "运营部意见"]
ZK03_ROWS = [
    [1, "眉山东坡数科有限公司", "已报价", 245000, "—", "含税（6%）", "无",
     "商品管理、分期计算器、订单跟踪、还款计划及到期提醒、风控审批、用户管理、积分商城",
     "是（备案证明51140043011-24006，2024年7月取得）", "SM4（身份证号、手机号、银行卡号）", "是（TLS1.2）", "RBAC", 12,
     "百行征信、朴道征信", 12, "是（含小版本升级）", "免费", "是", 2, "提供", "是", "合同额10%/年", "完整源码，无加密，可二次开发",
     "资料最全，价格中上"],
    [2, "乐山嘉州软件有限公司", "已报价", 215000, 78000, "不含税，税率6%", "无",
     "商品管理、分期计算器、订单管理、还款管理、风控审批、用户管理",
     "是（证书编号51110043004-23019）", "SM4（身份证号、手机号）", "是", "角色权限", 6, "百行征信", 12,
     "否（仅修复缺陷，不含升级）", "重大监管政策调整另行报价", "否（5×8）", 4, "提供", "是", 32000, "完整源码",
     "订阅也可以考虑"],
    [3, "自贡盐都网络科技有限公司", "已报价", 168000, 55000, "含税", "订单跟踪模块选配，+3.8万元（含税）",
     "商品管理、分期计算器、订单跟踪（选配）、还款管理、风控审批、用户管理、社交分享（赠送）、智能客服机器人（赠送）、元宇宙营销展厅（赠送）",
     "按等保三级要求设计", "采用国密算法", "是", "完善的权限体系", "长期保存", "支持对接主流征信", "终身维护", "全面维护", "积极配合",
     "是", "第一时间响应", "终身", "可协商", "签约时商定", "交付源码（风控引擎为加密SDK）", "买断最便宜，送的模块最多，首选"],
    [4, "泸州江阳信息技术有限公司", "已报价", "面议（需上门调研后报价）", 68000, "含税", "无",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
     "是（证书编号51050043009-24001）", "SM4（身份证号、手机号、银行卡号）", "是", "RBAC", 12, "中国人民银行征信中心、百行征信", 12,
     "是（含小版本升级）", "免费", "是", 2, "提供", "是", 26000, "完整源码，无加密", "只报了订阅价，买断价没给"],
    [5, "内江东兴科技有限公司", "已报价", 98000, "—", "含税", "分期计算器需定制开发，另行报价",
     "商品管理、订单跟踪、还款管理、用户管理", "二级", "AES", "是", "—", 3, "—", 3, "—", "另计", "否（工作日QQ群）", "—", "—", "—",
     "—", "完整源码", "太便宜，不合格"],
    [6, "遂宁船山软件有限公司", "已放弃", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—",
     "—", "—", "—", "11月28日邮件告知放弃"],
]
TBL = "tbl_xunjia"
BUTTON_ON = PatternFill("solid", fgColor="9BC2E6")
BUTTON_OFF = PatternFill("solid", fgColor="F2F2F2")


def _cache_totals(name, cached):
    """Give the totals-row formulas the values Excel would have cached, keeping the fixed zip entry times."""
    path = HERE / name
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                for ref, value in cached.items():
                    data, n = re.subn(rb'(<c r="' + ref.encode() + rb'"[^>]*>\s*<f>[^<]*</f>)\s*(<v\s*/>|<v>\s*</v>)?',
                                      rb"\g<1><v>" + str(value).encode() + rb"</v>", data)
                    assert n == 1, ref
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(fixed, data)
    path.write_bytes(out.getvalue())


def build_zk03():
    name = "zk_03_ci_chaobiao_huizonghang.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "询价汇总"
    widths(ws, [6, 24, 9, 14, 13, 14, 22, 40, 26, 24, 10, 14, 10, 22, 10, 18, 20, 12, 10, 9, 9, 14, 24, 22])
    _text(ws, 1, 1, 12, "宜宾翠屏惠享小额贷款有限公司 消费分期系统源码 询价汇总", font=TITLE)
    _text(ws, 2, 1, 12,
          "说明：我司购买源码（买断），订阅价仅作参考。上方为筛选按钮和关键指标，下方为超级表（可筛选，末行为汇总行）；“运营部意见”"
          "为我部意见。我司做手机、家电分期，无跨境业务。整理：运营管理部 罗晓燕　2025-12-12", height=32)
    # slicer-like panel
    ws.cell(row=4, column=1, value="状态").font = BOLD
    for c, (label, on) in enumerate([("全部（6）", False), ("已报价（5）", True), ("已放弃（1）", False)], start=2):
        cell = ws.cell(row=4, column=c, value=label)
        cell.fill = BUTTON_ON if on else BUTTON_OFF
        cell.alignment = CENTER
    ws.cell(row=5, column=1, value="计税").font = BOLD
    for c, (label, on) in enumerate([("含税（4）", True), ("不含税（1）", True)], start=2):
        cell = ws.cell(row=5, column=c, value=label)
        cell.fill = BUTTON_ON if on else BUTTON_OFF
        cell.alignment = CENTER
    ws.cell(row=6, column=1, value="指标").font = BOLD
    for c, label in enumerate(["最低买断价：16.8万（自贡盐都）", "平均买断价：18.15万", "最低订阅价：5.5万/年", "已报价：5家"], start=2):
        cell = ws.cell(row=6, column=c, value=label)
        cell.fill = YELLOW
        cell.alignment = CENTER
        cell.font = BOLD
    ws.row_dimensions[6].height = 30
    head_row = 8
    put_row(ws, head_row, ZK03_HEAD, font=Font(bold=True, color="FFFFFF"), align=CENTER, border=False)
    for i, row in enumerate(ZK03_ROWS, start=head_row + 1):
        put_row(ws, i, row, border=False)
        ws.row_dimensions[i].height = 60
    last = head_row + len(ZK03_ROWS)
    tot = last + 1
    ws.cell(row=tot, column=1, value="汇总")
    ws.cell(row=tot, column=2, value=f"=SUBTOTAL(103,{TBL}[供应商])")
    ws.cell(row=tot, column=4, value=f"=SUBTOTAL(101,{TBL}[买断价（元）])")
    ws.cell(row=tot, column=5, value=f"=SUBTOTAL(101,{TBL}[订阅价（元/年）])")
    ws.cell(row=tot, column=22, value=f"=SUBTOTAL(101,{TBL}[期满年费（元/年）])")
    for c in (4, 5, 22):
        ws.cell(row=tot, column=c).number_format = "#,##0"
    for r in range(head_row + 1, last + 1):
        for c in (4, 5, 22):
            ws.cell(row=r, column=c).number_format = "#,##0"
    ref = f"A{head_row}:X{tot}"
    cols = []
    for idx, h in enumerate(ZK03_HEAD, start=1):
        col = TableColumn(id=idx, name=h)
        if idx == 1:
            col.totalsRowLabel = "汇总"
        elif idx == 2:
            col.totalsRowFunction = "count"
        elif idx in (4, 5, 22):
            col.totalsRowFunction = "average"
        cols.append(col)
    table = Table(displayName=TBL, name=TBL, ref=ref, totalsRowCount=1, tableColumns=cols,
                  autoFilter=AutoFilter(ref=f"A{head_row}:X{last}"))
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True, showColumnStripes=False)
    ws.add_table(table)
    _text(ws, tot + 2, 1, 12,
          "运营管理部意见：建议首选自贡盐都（买断16.8万最低，赠送社交分享、智能客服、元宇宙营销），次选乐山嘉州（买断21.5万，也可按"
          "订阅7.8万/年先用）。泸州江阳未给买断价。请分管副总审定。", font=BOLD, height=32)
    _text(ws, tot + 3, 1, 12, "抄送：科技部 邓磊、财务部 余红")
    ws.freeze_panes = ws.cell(row=head_row + 1, column=3)
    _save(wb, name)
    # Excel caches the totals row: 6 vendors; buyout average of the four numbers; subscription average of three; fee of two
    _cache_totals(name, {f"B{tot}": 6, f"D{tot}": 181500, f"E{tot}": 67000, f"V{tot}": 29000})

    vendors = [
        good("眉山东坡数科有限公司", 245000,
             "买断价 245000 含税（6%） inside 20–30万 (订阅 '—'); 商品管理、分期计算器、订单跟踪 + 还款计划及到期提醒、风控审批、用户管理 + "
             "积分商城 (deferrable, no bloat); 等保三级备案证明51140043011-24006; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; 日志 12; "
             "百行 + 朴道; 12个月 with 小版本升级; 政策免费; 7×24; 2小时; 终身咨询; 写入合同; '合同额10%/年' on a single 含税 contract of "
             "245,000 = 24,500/年 (a stated fee); 完整源码 无加密.",
             CI + CORE + ["repayment_management", "points_mall"], response_hours=2, annual_fee_after_warranty_cny=24500,
             source_code_delivery="full"),
        dict(vendor="乐山嘉州软件有限公司", gate="pass", price=227900,
             why="买断价 215000 '不含税，税率6%' = 227,900 inside 20–30万 — the 订阅价 78000/年 is another product (the buyer buys source) and "
                 "no fee; 商品管理、分期计算器、订单管理 (order tracking) + core; 等保三级证书51110043004-23019; SM4 (ID, mobile); HTTPS; 角色权限; "
                 "日志 6 (not under 6); 百行; 12个月 '否（仅修复缺陷，不含升级）' (conditional); '重大监管政策调整另行报价' (conditional); "
                 "'否（5×8）'; 4小时; 终身咨询 提供; 写入合同; 期满年费 32000/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated",
                         annual_fee_after_warranty_cny="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "maintenance_under_12m", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor="自贡盐都网络科技有限公司", gate="unverified", price=206000,
             why="买断价 168000 含税 and the must-have 订单跟踪 '选配，+3.8万元（含税）' (conditional, added): 168,000 + 38,000 = 206,000 inside "
                 "20–30万 — not the panel's '最低买断价 16.8万'; 订阅 55000/年 is no price; '按等保三级要求设计' (claimed: unverified); '采用国密"
                 "算法' (which? claimed); '支持对接主流征信' (no body: claimed); '终身维护' (claimed); '完善的权限体系', '长期保存', '全面维护', "
                 "'积极配合', '第一时间响应', '可协商', '签约时商定' state nothing; HTTPS and 7×24 stated; 赠送 社交分享 (deferrable), 智能客服"
                 "机器人 + 元宇宙营销展厅 (bloat); '风控引擎为加密SDK' (partial). The 运营部意见 '首选' is the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed"),
             fin=CI + ["social_sharing", "ai_customer_service", "metaverse_marketing"],
             flin=["claimed", "conditional", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="泸州江阳信息技术有限公司", gate="unverified", price="null",
             why="买断价 '面议（需上门调研后报价）': no price for the source code being bought (unknown: unverified, price missing) — the 订阅价 "
                 "68000/年 is another product, never the price (nor under 10万); everything else stated and good: 等保三级证书51050043009-24001, "
                 "SM4 on ID/mobile/bank card, HTTPS, RBAC, 日志 12, 人行 + 百行, all three must-haves, 12个月 with 小版本升级, 政策免费, 7×24, "
                 "2小时, 终身咨询, 写入合同, 期满年费 26000/年, 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "claimed"]
             + AFTER_OK),
        dict(vendor="内江东兴科技有限公司", gate="fail", price=98000,
             why="买断价 98000 含税 (under 10万); '分期计算器需定制开发，另行报价' and no 分期计算器 in 功能模块 — the must-have is absent with no "
                 "price (fail); 等保三级 column '二级' (fail); 'AES' (no SM4); HTTPS; 日志 3 (under 6); 免费维护 3; '否（工作日QQ群）'; 完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, audit_log_months=3, free_maintenance_months=3,
                         support_7x24=False),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "order_tracking"], fex=["installment_calculator"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m"]),
    ]
    write_toml(
        "zk_03_ci_chaobiao_huizonghang.toml",
        """Voice: 罗晓燕, supervisor in the 运营管理部 of 宜宾翠屏惠享小额贷款 (instalments for phones and appliances, no cross-border
  business; buying source code, 买断), keeps the quotes in an Excel 超级表 on 2025-12-12; the panel above, the totals row, the
  运营部意见 column and the line under the table are hers.
Layout: sheet 询价汇总 — title, a 说明 row (we buy 买断; 订阅 for reference), a slicer-like panel (状态 buttons 全部/已报价/已放弃 with
  counts, 计税 buttons, a row of key figures '最低买断价：16.8万（自贡盐都）', '平均买断价：18.15万', '最低订阅价：5.5万/年', '已报价：5家'),
  then an Excel Table 'tbl_xunjia' (A8:X15, TableStyleMedium2, filter buttons on the header) with 24 columns 序号 | 供应商 | 状态 |
  买断价（元） | 订阅价（元/年） | 计税 | 选配/另计 | 功能模块 | 等保三级 | 敏感数据加密 | HTTPS | 权限管理 | 日志留存（月） | 征信机构 |
  免费维护（月） | 维护含升级 | 政策适配 | 7×24 | 响应（小时） | 终身咨询 | 写入合同 | 期满年费（元/年） | 源码交付 | 运营部意见, six
  vendor rows (the sixth 已放弃) and a totals row '汇总' with SUBTOTAL count 6 and averages 181,500 / 67,000 / 29,000 (cached);
  the 意见 line and a 抄送 line below. Frozen at C9.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the panel's figures and the totals row are the buyer's arithmetic, never a vendor (the 汇总 row has a number under 买断价);
  each quote has two prices side by side — the buyer buys source code, so only 买断 counts and the 订阅价 is neither price nor
  yearly fee; 泸州江阳 gives 买断 面议 and only a subscription (no price: unverified; its 68000 is not an under-10万 price);
  自贡盐都 (her pick, '买断最便宜') adds its must-have 订单跟踪 as a 3.8万 含税 option (206,000, conditional) and only claims
  (按等保三级要求设计, 国密算法, 主流征信, 终身维护: unverified), with 智能客服机器人 + 元宇宙营销展厅 (bloat) and an encrypted risk SDK
  (partial); 乐山嘉州 215000 不含税 6% = 227,900 with bug-only maintenance, 重大监管政策调整另行报价, 5×8, 4h; 眉山东坡's fee is
  '合同额10%/年' of a single 含税 price (24,500); 内江东兴 98000 with 二级 in the 等保三级 column and no 分期计算器 (fail); 遂宁船山
  已放弃 (not listed); certificate numbers and dates are no prices.""",
        "consumer_installment", [name], "眉山东坡数科有限公司",
        "眉山东坡 proves every gate (备案证明51140043011-24006, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 百行 + 朴道), has "
        "all three instalment must-haves and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, "
        "lifetime consulting, in the contract, full unencrypted source — at 245,000 含税 inside 20–30万 (3 years 245,000 + 2 × 24,500 = "
        "294,000). Her pick 自贡盐都 is 206,000 once its 订单跟踪 option is added, proves nothing (unverified), pads with bloat and "
        "encrypts its risk engine; 乐山嘉州 is 227,900 含税 with bug-only maintenance, charged major policy changes and 5×8/4h; 泸州江阳 "
        "gives no buyout price (unverified); 内江东兴 fails; 遂宁船山 withdrew.",
        vendors)


if __name__ == "__main__":
    for build in (build_zk01, build_zk02, build_zk03):
        build()
    print("built zk_01 … zk_03 into", HERE)
