"""Build the "u" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, office tools (a CFO's 付款计划 with the vendors down the rows and
twelve months of payments across date-headed columns; a 销售易-style low-code CRM's custom object "供应商报价" exported to CSV
with its API field names, one record superseded and voided; an admin clerk's WPS 报价对比 with a 单位 column on every row,
saved as GB18030 CSV, one vendor offering only a yearly SaaS rental; a 供应商实地考察报告 written after visiting five vendors,
what was seen on site beside what sales only said; a Singapore parent's English vendor scorecard whose vendor names sit
only in merged title cells over each vendor's Resp. | response | Score column group; a WPS sheet with 数据有效性 drop-downs,
each vendor on two rows, the choice row and a 说明 row under it that the instructions say governs) and buyers' staff would
write; the expected reading of every file is in the matching u_0N_*.toml beside it, written from the file's content and
the domain notes (shared/domain.md) before any product code read these files. The author of this script neither ran the
product on them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_u.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure u_
"""
from __future__ import annotations

import csv
import io
import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
sys.path.insert(0, str(CASES))
sys.path.append("/work/main/tests/cases")  # when run from a scratch copy
from case_sheet import BLUE, BOLD, BOX, CENTER, GREEN, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402

FIXED = datetime(2025, 7, 29, 9, 0, 0)
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
MUTED = Font(color="808080", size=9)
ITALIC = Font(italic=True, color="808080")


def _home(name: str) -> Path:
    """Where a case's files live: tests/cases once the case moved there (read fully), else this holdout."""
    return CASES if any(CASES.glob(name[:5] + "*.toml")) else HERE


def _save(wb, name, creator="buyer"):
    wb.properties.creator = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(_home(name) / name)


def write_csv(name: str, rows: list[list[str]], encoding: str) -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    (_home(name) / name).write_bytes(buf.getvalue().encode(encoding))


def _text_row(ws, r, ncol, text, *, bold=False, height=None, font=None):
    """A line of prose merged across the table, left-aligned (a title, a note)."""
    cell = ws.cell(row=r, column=1, value=text)
    cell.alignment = LEFT
    cell.font = font or (BOLD if bold else Font())
    if ncol > 1:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# u_01  个人信用贷 — 何静, 财务总监 of 赣州章贡小额贷款 (personal credit loans), plans the cash for the source-code purchase:
#       one row per vendor, the contract price and tax basis, the vendor's own 付款条件, then her forecast of what is paid
#       in each of the next twelve months (date-headed columns 2025-09 … 2026-08), her 12-month total, the yearly fee after
#       the warranty, and the vendor's own words copied from each 报价函 (modules, 资质与安全, 售后, 源码) so the 总经理 sees
#       why; her 财务备注 last; a summary row of the chosen plan's monthly cash under the table.
# Layout: title, a line with 编制 / 业务 / 预算24万元以内（含税）/ 金额单位：元, one header row whose month cells are real dates
#       (yyyy-mm), five vendor rows, a "月度付款合计（按拟选：洪城）" row.
# Traps: the month cells are parts of the contract price, never prices of their own; 洪城's 质保金 10 % falls after the window,
#       so its 12-month total (212,400) is short of its 合同总价 236,000, which stands; 浔阳's 合同总价 only says "见付款计划":
#       its milestones summed, 57,000 + 76,000 + 38,000 + 19,000 = 190,000, are 不含税 → × 1.13 = 214,700; 安源 pays in
#       twelve instalments of 10,666.67 (its price is 128,000, never 10,666.67) and holds 等保二级 (fail); 三清山 only
#       claims (已通过公安部等保测评 without a level, 国密, 可对接各大征信机构, 终身免费维护) and encrypts its risk module; 明月山
#       states every term but its price is "待定（需求调研后报价）" with placeholder percentages in the months (no price);
#       the summary row, the budget, 3 %普票 and the percentages are no amounts of a quote.
# ---------------------------------------------------------------------------------------------
U01_MONTHS = [datetime(2025, m, 1) for m in range(9, 13)] + [datetime(2026, m, 1) for m in range(1, 9)]
U01_HEAD = (["序号", "供应商", "合同总价（元）", "计税方式", "付款条件（报价函原文）"] + U01_MONTHS
            + ["12个月付款合计", "维保期满后年费", "报价包含模块（报价函原文）", "资质与安全（报价函摘录）", "售后条款（报价函摘录）",
               "源码交付", "财务备注"])


def _months(pairs):
    """Twelve month cells from {month index: value}."""
    return [pairs.get(i) for i in range(12)]


U01_ROWS = [
    ["1", "南昌洪城数科有限公司", 236000, "含税（13%增值税专票）",
     "合同签订后5个工作日内付30%；系统上线付40%；验收合格付20%；质保金10%于上线满12个月后无息支付",
     _months({0: 70800, 2: 94400, 4: 47200}), 212400, "2.8万元/年",
     "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡＋决策引擎）、反欺诈（设备指纹、多头借贷识别）、"
     "还款管理（还款计划、到期提醒、逾期催收）、审批流、用户管理",
     "等保：已取得等保三级备案证明，编号36010043025-24008（2024年3月）；加密：身份证号、手机号、银行卡号SM4加密存储；"
     "传输：全站HTTPS；权限：RBAC角色权限；日志：操作日志保存12个月，异常行为告警；征信：人行征信中心、百行征信",
     "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应，指定工程师；"
     "终身技术咨询；以上承诺全部写入合同",
     "完整源码交付，无加密，可二次开发",
     "质保金23,600元约在2026年11月支付，不在本表期间内"],
    ["2", "九江浔阳软件有限公司", "见付款计划", "不含税（增值税13%另开专票）",
     "签约付30%（57,000元）；上线付40%（76,000元）；验收付20%（38,000元）；尾款10%（19,000元）于验收后6个月支付；"
     "以上均为不含税金额",
     _months({0: 57000, 2: 76000, 4: 38000, 10: 19000}), 190000, "合同额12%/年",
     "个人征信查询（百行征信）、风控模型、反欺诈规则引擎、还款计划及提醒、审批流、用户管理",
     "等保：三级，备案证明编号36040043011-23006；加密：SM4；传输：HTTPS；权限：角色权限；日志：保存6个月；征信：百行征信",
     "免费维护12个月（仅修复bug，不含版本升级）；重大监管政策调整另行报价；技术支持工作日8:30-17:30，4小时内响应；"
     "不提供终身技术咨询；以上写入合同",
     "完整源码",
     "表内金额不含税，付款时另加13%"],
    ["3", "上饶三清山网络科技有限公司", 198000, "含税",
     "签约付50%，上线付50%",
     _months({0: 99000, 1: 99000}), 198000, "",
     "征信查询、智能风控、反欺诈、还款提醒、审批流、用户管理；赠送智能客服机器人",
     "等保：系统已通过公安部等保测评；加密：数据全程国密加密；传输：HTTPS；权限：权限管理完善；征信：可对接各大征信机构",
     "终身免费维护，7×24小时服务",
     "核心风控模块加密交付，其余开放",
     "付款集中在9、10月，资金压力大"],
    ["4", "萍乡安源科技有限公司", 128000, "含税（3%普票）",
     "分12期，每月等额支付10,666.67元（末期10,666.63元）",
     [10666.67] * 11 + [10666.63], 128000, "1.5万元/年",
     "个人征信查询（百行征信）、风控模型、还款管理、用户管理",
     "等保：已取得等保二级备案，三级计划2026年申请；加密：身份证号SM4加密；传输：HTTPS；权限：角色权限；日志：保存6个月；"
     "征信：百行征信",
     "免费维护12个月，含bug修复及小版本升级；政策调整免费；7×24小时，2小时内响应；终身技术咨询；写入合同",
     "完整源码",
     "按月付款，现金流最平滑"],
    ["5", "宜春明月山信息技术有限公司", "待定（需求调研后报价）", "含税",
     "签约30%，上线40%，验收30%",
     _months({1: "30%", 3: "40%", 6: "30%"}), "—", "2.5万元/年",
     "个人征信查询（人行二代征信、朴道征信）、风控模型、反欺诈、还款管理、审批流、用户管理",
     "等保：已取得等保三级，备案证明编号36090043004-24015；加密：身份证号、手机号SM4加密；传输：全站HTTPS；权限：RBAC；"
     "日志：保存12个月；征信：人行征信中心、朴道征信",
     "免费维护12个月，含bug修复和小版本升级；政策适配免费；7×24小时，2小时内响应；终身技术咨询；全部写入合同",
     "完整源码，可二次开发",
     "价格未定，月份内暂按比例占位"],
]


def case_u01():
    wb = Workbook()
    ws = wb.active
    ws.title = "付款计划"
    n = len(U01_HEAD)
    widths(ws, [6, 26, 14, 18, 36] + [11] * 12 + [14, 14, 44, 52, 52, 22, 26])
    _text_row(ws, 1, n, "小额贷系统源码采购 — 付款计划及资金安排（财务部测算）", font=TITLE, height=24)
    _text_row(ws, 2, n, "编制：财务部 何静  2025-07-25    业务：个人信用贷    预算：24万元以内（含税）    金额单位：元    "
                        "月份列为财务部按各家付款条件估算的付款月份", font=MUTED)
    put_row(ws, 4, U01_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    for c in range(6, 18):
        ws.cell(row=4, column=c).number_format = "yyyy-mm"
    r = 5
    for row in U01_ROWS:
        vals = row[:5] + row[5] + row[6:]
        put_row(ws, r, vals)
        for c in range(6, 18):
            ws.cell(row=r, column=c).number_format = "#,##0.00"
        ws.cell(row=r, column=3).number_format = "#,##0"
        ws.row_dimensions[r].height = 90
        r += 1
    summary = ["", "月度付款合计（按拟选：洪城）", "", "", ""] + _months({0: 70800, 2: 94400, 4: 47200}) + [212400]
    put_row(ws, r, summary, font=BOLD, fill=YELLOW)
    ws.freeze_panes = "C5"
    _save(wb, "u_01_pc_cfo_fukuan_jihua.xlsx", creator="何静")


# ---------------------------------------------------------------------------------------------
# u_02  商户经营性贷 — 沈佳, 采购专员 at 苏州姑苏小额贷款 (operating loans to merchants), logs every quote in the company's
#       low-code CRM (a 销售易-style custom object "供应商报价"); for the review she exported the object to CSV with the
#       option "字段名使用API名称", UTF-8 with BOM, one record a row, in creation order.
# Layout: one header row of API names (_id, name, supplier_id__r.name, owner__r.name, life_status, stage__c, quote_amount__c,
#       currency__c, tax_type__c, tax_rate__c, modules__c (multi-select joined with ";"), optional_modules__c, mlps_level3__c,
#       mlps_evidence__c, … response_time_h__c, vendor_reply__c, internal_note__c, create_time, last_modified_time (epoch ms)),
#       seven records.
# Traps: name is the record number, supplier_id__r.name the vendor, owner__r.name the buyer's staff; 太湖 has two records —
#       the first (298,000) is life_status 作废, replaced by its 二轮 record (276,000): one quote; 龙城's 248,000 is
#       不含税价 and its 银行流水分析 (a must-have) is only in optional_modules__c at 32,000 不含税:
#       (248,000 + 32,000) × 1.13 = 316,400 (数据分析大屏, deferrable, not bought); 濠河 only claims (满足要求 / 按等保三级要求设计,
#       国密算法, 支持对接主流征信机构, 终身维护), encrypts its core and gives away 区块链存证; 瘦西湖 is 等保 否 with no 电子合同
#       (fail); 金山's amount is 0.00 while its reply says 暂未报价 (no price, never free); 凤城 has 已放弃 and no amount (no
#       quote); epoch-millisecond times, the 13% tax rate and record numbers are no amounts.
# ---------------------------------------------------------------------------------------------
U02_HEAD = ["_id", "name", "supplier_id__r.name", "owner__r.name", "life_status", "stage__c", "quote_amount__c", "currency__c",
            "tax_type__c", "tax_rate__c", "modules__c", "optional_modules__c", "mlps_level3__c", "mlps_evidence__c",
            "data_encryption__c", "https__c", "access_control__c", "log_retention_months__c", "credit_bureau__c",
            "free_maintenance_months__c", "maintenance_scope__c", "policy_change__c", "support_hours__c", "response_time_h__c",
            "lifetime_consulting__c", "in_contract__c", "annual_fee_after_warranty__c", "source_code_delivery__c",
            "vendor_reply__c", "internal_note__c", "create_time", "last_modified_time"]
U02_ROWS = [
    ["66a1f3c2e4b0a1000129c7d1", "BJ-20250710-0007", "无锡太湖数科有限公司", "沈佳", "作废", "已报价", "298000.00", "CNY",
     "含税价", "13%", "企业征信;银行流水分析;电子合同;风控审批;还款管理;用户管理", "无", "已取得",
     "备案证明编号32050043027-24004（2024年4月）", "SM4（身份证号、手机号、银行卡号）", "是", "RBAC", "12", "人行征信中心、百行征信",
     "12", "bug修复及小版本升级", "免费适配", "7×24", "2", "是", "是", "32000.00", "完整源码，无加密，可二次开发",
     "首轮报价298,000元（含税）", "二轮已重新报价，见BJ-20250718-0012，本条作废", "1752117600000", "1752832800000"],
    ["66a1f6a9e4b0a1000129c8e4", "BJ-20250710-0008", "常州龙城金服科技有限公司", "沈佳", "正常", "已报价", "248000.00", "CNY",
     "不含税价", "13%", "企业征信;电子合同;风控审批;还款管理;用户管理",
     "银行流水分析：32,000元（不含税）；数据分析大屏：18,000元（不含税）", "已取得", "备案证明编号32040043016-24003",
     "SM4", "是", "角色权限", "6", "百行征信、朴道征信", "12", "仅bug修复，不含版本升级", "重大政策调整另行报价",
     "工作日 9:00-18:00", "4", "否", "是", "合同额15%/年", "完整源码",
     "银行流水分析为独立模块，需单独采购；报价均为不含税价", "", "1752124800000", "1752124800000"],
    ["66a20b17e4b0a1000129ca02", "BJ-20250711-0009", "南通濠河信息技术有限公司", "沈佳", "正常", "已报价", "239000.00", "CNY",
     "含税价", "13%", "企业征信;银行流水分析;电子合同;风控审批;还款管理;用户管理;区块链存证（赠送）", "", "满足要求",
     "系统按等保三级要求设计，可协助甲方通过测评", "国密算法", "是", "是", "", "支持对接主流征信机构", "", "终身维护", "",
     "7×24", "", "", "可协商", "", "核心模块加密，其余开放",
     "我司服务过200+小贷客户，品质有保障", "等保证明未提供", "1752206400000", "1752213600000"],
    ["66a21c44e4b0a1000129cb35", "BJ-20250712-0010", "扬州瘦西湖软件工作室", "沈佳", "正常", "已报价", "138000.00", "CNY",
     "含税价", "13%", "企业征信;银行流水分析;还款管理;用户管理", "", "否", "", "AES", "是", "是", "3", "百行征信", "6",
     "bug修复", "按工作量收费", "工作日", "8", "否", "否", "按次收费", "授权使用（绑定域名）",
     "电子合同暂不支持，可后期定制开发", "", "1752289200000", "1752289200000"],
    ["66a25d90e4b0a1000129cd11", "BJ-20250714-0011", "镇江金山科技有限公司", "沈佳", "正常", "已报价", "0.00", "CNY",
     "含税价", "13%", "企业征信;银行流水分析;电子合同;风控审批;还款管理;用户管理", "无", "已取得",
     "备案证明编号32110043009-24011", "SM4（身份证号、银行卡号）", "是", "RBAC", "12", "人行征信中心、百行征信", "12",
     "bug修复及小版本升级", "免费适配", "7×24", "2", "是", "是", "28000.00", "完整源码，可二次开发",
     "价格需待现场调研后确定，目前暂未报价", "金额字段必填，先填0", "1752469200000", "1752472800000"],
    ["66a3a1b8e4b0a1000129d245", "BJ-20250718-0012", "无锡太湖数科有限公司", "沈佳", "正常", "已报价", "276000.00", "CNY",
     "含税价", "13%", "企业征信;银行流水分析;电子合同;风控审批;还款管理;用户管理", "无", "已取得",
     "备案证明编号32050043027-24004（2024年4月）", "SM4（身份证号、手机号、银行卡号）", "是", "RBAC", "12",
     "人行征信中心、百行征信", "12", "bug修复及小版本升级", "免费适配", "7×24", "2", "是", "是", "32000.00",
     "完整源码，无加密，可二次开发", "二轮报价276,000元（含税），其余条款不变", "已核对等保备案证明原件",
     "1752832800000", "1752832800000"],
    ["66a3a5f1e4b0a1000129d260", "BJ-20250718-0013", "泰州凤城科技有限公司", "沈佳", "正常", "已放弃", "", "CNY",
     "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "我司本次不参与报价，谢谢", "", "1752836400000", "1752836400000"],
]


def case_u02():
    write_csv("u_02_ml_crm_api_export.csv", [U02_HEAD] + U02_ROWS, "utf-8-sig")


# ---------------------------------------------------------------------------------------------
# u_03  消费分期 — 李娜, 行政部 at 合肥庐阳小额贷款 (phone and appliance instalments through stores), typed the five quotes
#       into a WPS 报价对比 the way she does office purchases: items down the rows, a 单位 column saying what every number
#       on that row is in (万元, 元, 天, 月, 小时, 元/年, 套), vendors across, her 备注 last; saved as CSV, which WPS wrote
#       in GB18030.
# Layout: a title line, a 制表 line, the header 序号 | 比较项目 | 单位 | five vendors | 备注, 27 rows, a legend line
#       (√/✓ = 有, × = 无, — = 未答复或不适用).
# Traps: the unit is in its own column: 23.8 under 万元 is 238,000, 365 under 天 is 12 months of logs, 90 under 天 is 3,
#       26000 under 元/年 is the yearly fee, 1 under 套 is a quantity; 龙子湖's 19.6万 is 不含税, its 实施部署费 18,000 (元,
#       不含税) is a separate line and its 订单跟踪 (a must-have) is 选配 at 22,000 (元, 不含税):
#       (196,000 + 18,000 + 22,000) × 1.13 = 266,680 (积分商城, deferrable, not bought); 雨山云 offers no 买断 at all, only
#       "3.6万/年" SaaS rental and "不提供源码" (no comparable price, never 36,000); 迎江 only claims (按三级要求建设，证书办理中,
#       国密, 可对接, 终身, 可以写) with 90-day logs, partial source and a 元宇宙营销 gift; 屯溪 (9.8万) has no 等保 and no 订单跟踪
#       (fail); 李娜's 平均 in 备注, 报价有效期 days and 授权套数 are no prices.
# ---------------------------------------------------------------------------------------------
U03_VENDORS = ["芜湖镜湖数科有限公司", "蚌埠龙子湖软件有限公司", "安庆迎江网络科技有限公司", "黄山屯溪信息技术工作室",
               "马鞍山雨山云科技有限公司"]
U03_ROWS = [
    ("1", "报价（源码买断）", "万元", ["23.8", "19.6", "21.5", "9.8", "不提供买断，仅SaaS租用"],
     "平均18.7万（4家买断报价，税未换算）"),
    ("2", "SaaS租用费", "万元/年", ["—", "—", "—", "—", "3.6"], "马鞍山只做租用"),
    ("3", "是否含税", "", ["含税", "不含税（税率13%）", "含税", "含税", "含税"], ""),
    ("4", "实施部署费", "元", ["含在报价内", "18000（不含税）", "含在报价内", "含在报价内", "免费开通"], ""),
    ("5", "培训费", "元", ["含", "含", "含", "另计", "含"], ""),
    ("6", "商品管理", "", ["√", "√", "√", "√", "✓"], ""),
    ("7", "分期计算器", "", ["√", "√", "√", "√", "✓"], ""),
    ("8", "订单跟踪", "", ["√", "选配", "√", "×", "✓"], ""),
    ("9", "选配模块（未含在报价内）", "元", ["无", "订单跟踪 22000（不含税）；积分商城 16000（不含税）", "无", "无", "无"], ""),
    ("10", "其他模块", "", ["还款管理、风控审批、用户管理", "还款管理、风控审批、用户管理",
                         "还款提醒、审批流、用户管理；赠送积分商城、元宇宙营销", "还款管理、用户管理", "还款管理、风控审批、用户管理"], ""),
    ("11", "等保三级", "", ["已取得（备案证明编号34020043022-24007）", "已取得（备案证明编号34030043005-23019）",
                        "按三级要求建设，证书办理中", "无", "平台已取得（备案证明编号34050043011-24002）"], "迎江未附证明"),
    ("12", "数据加密", "", ["SM4（身份证号、手机号、银行卡号）", "SM4", "国密", "无", "SM4"], ""),
    ("13", "HTTPS", "", ["√", "√", "√", "√", "✓"], ""),
    ("14", "权限管理", "", ["RBAC", "角色权限", "√", "单一管理员", "RBAC"], ""),
    ("15", "日志保存期", "天", ["365", "180", "90", "30", "365"], ""),
    ("16", "征信接口", "", ["百行征信", "百行征信、朴道征信", "可对接", "无", "百行征信"], ""),
    ("17", "免费维护期", "月", ["12", "12", "终身", "3", "租用期内"], ""),
    ("18", "维护范围", "", ["bug修复＋小版本升级", "仅bug修复（不含升级）", "—", "bug修复", "含升级"], ""),
    ("19", "政策适配", "", ["免费", "重大调整另行报价", "—", "收费", "免费"], ""),
    ("20", "技术支持时段", "", ["7×24", "工作日8:30-17:30", "7×24", "QQ群", "7×24"], ""),
    ("21", "响应时间", "小时", ["1", "4", "0.5", "次日", "2"], ""),
    ("22", "终身技术咨询", "", ["√", "×", "—", "×", "✓"], ""),
    ("23", "写入合同", "", ["√", "√", "可以写", "×", "✓"], ""),
    ("24", "维保期后年费", "元/年", ["26000", "合同额15%", "—", "按次", "—"], ""),
    ("25", "源码交付", "", ["完整源码，无加密", "完整源码", "部分模块加密", "授权使用，绑定域名", "不提供源码（SaaS）"], ""),
    ("26", "授权套数", "套", ["1", "1", "1", "1", "—"], ""),
    ("27", "报价有效期", "天", ["90", "60", "30", "—", "—"], ""),
]


def case_u03():
    rows = [["小额贷系统（分期商城）报价对比表", "", "", "", "", "", "", "", ""],
            ["制表：行政部 李娜    2025-07-22    各家数字按报价单原样录入，单位见“单位”列", "", "", "", "", "", "", "", ""],
            ["序号", "比较项目", "单位"] + U03_VENDORS + ["备注"]]
    for no, item, unit, vals, note in U03_ROWS:
        rows.append([no, item, unit] + vals + [note])
    rows.append(["", "说明：√/✓=有  ×=无  —=未答复或不适用", "", "", "", "", "", "", ""])
    write_csv("u_03_ci_danwei_lie_gb18030.csv", rows, "gb18030")


# ---------------------------------------------------------------------------------------------
# u_04  个人信用贷 — 绵阳涪城小额贷款 (personal credit loans) sent a 考察组 (风控部 何磊, 信息科技部 周敏, 财务部 陈晓) to five
#       vendors in 成都, 重庆 and 乐山 over three days; 周敏 wrote the 供应商实地考察报告 in Excel: items down the rows in
#       sections 一 … 七, one column per vendor, prose of what was seen, handed over and only said.
# Layout: title, a 考察组 / 考察时间 line, the header 考察项目 | five vendors, section rows (一、基本情况 … 七、考察组意见), the
#       signature line and a note on a sixth vendor that did not receive the team.
# Traps: 注册资本1000万元, staff counts, client counts and dates are no amounts; 锦江's 报价单 21.8万 = 15 + 4.8 + 2 (the
#       breakdown is no extra amount); 天府云's written 20.6万 stands over its salesman's oral "可再优惠到18万", and its 等保
#       ("证书在北京总部，现场未能出示"), 国密, 征信 and its 终身维护 / 7×24 were only said (claimed), its risk engine a jar;
#       渝中's 24.6万 is 不含税: 246,000 × 1.13 = 277,980, over the 18–25万 band; 两江 showed an 等保二级 filing (fail, level 2
#       held) and has no 反欺诈; 嘉州 proves the gates but delivers no source code (licence only, not a gate) and its 营销插件
#       option is not bought; 考察组意见 is the team's; 旌湖 in the note made no quote.
# ---------------------------------------------------------------------------------------------
U04_VENDORS = ["成都锦江数科有限公司", "成都天府云信息技术有限公司", "重庆渝中科技有限公司", "重庆两江网络科技有限公司",
               "乐山嘉州信息技术有限公司"]
U04_ROWS = [
    ("§", "一、基本情况"),
    ("考察时间", ["7月7日上午", "7月7日下午", "7月8日上午", "7月8日下午", "7月9日上午"]),
    ("接待人员", ["技术总监罗工、销售经理王经理", "销售总监刘总", "副总经理陈总、实施经理", "销售经理、技术主管", "总经理杨总"]),
    ("企业概况", ["2015年成立，注册资本1000万元；研发42人，实施运维15人；小贷、消金客户60余家，现场视频连线了宜宾一家小贷公司",
              "2019年成立，注册资本500万元；员工约30人（称研发在北京总部）",
              "2012年成立，注册资本2000万元；员工120人，其中研发70人",
              "2018年成立，注册资本300万元；员工25人",
              "2016年成立，注册资本800万元；员工50人"]),
    ("§", "二、报价情况"),
    ("书面报价", ["现场递交盖章报价单：合计21.8万元（含13%增值税），其中源码授权15万、部署实施4.8万、培训2万",
              "盖章报价单20.6万元（含税）；刘总口头表示签约时可再优惠到18万，未给书面材料",
              "盖章报价单24.6万元（不含税），增值税13%另计",
              "报价单14.8万元（含税）",
              "报价单22.8万元（含税）：授权费18万＋实施费4.8万"]),
    ("选配/另计项目", ["无", "无", "无", "无", "营销插件1.2万元（选配，我方暂不需要）"]),
    ("§", "三、现场演示（功能）"),
    ("演示内容", ["按我方脚本实操演示：二代征信查询及授权、百行征信查询、评分卡风控模型、反欺诈（设备指纹、多头借贷）、"
              "还款计划与逾期提醒、审批流、用户管理",
              "演示了征信查询（人行二代、百行）、AI风控模型、反欺诈、还款管理、审批流、用户管理",
              "演示了征信查询（百行）、风控模型（规则引擎＋评分卡）、反欺诈、还款管理、审批流、用户管理",
              "演示了征信查询（百行）、风控模型、还款管理、用户管理；反欺诈模块暂无",
              "演示了征信查询（人行二代）、风控模型、反欺诈、还款管理、审批流、用户管理"]),
    ("§", "四、资质与安全"),
    ("等保", ["现场查验等保三级备案证明原件，编号51010043028-24010（2024年5月），复印件已带回",
            "刘总称系统已过等保三级，证书在北京总部，现场未能出示；答应考察后补发，截至报告日未收到",
            "现场查验等保三级备案证明，编号50010343019-23011",
            "出示的是等保二级备案证明；称三级测评正在进行",
            "现场查验等保三级备案证明，编号51110043006-24004"]),
    ("数据加密", ["现场查看数据库：身份证号、手机号、银行卡号为SM4密文",
              "刘总介绍采用国密算法加密，未现场查看",
              "SM4加密（现场查看数据库）",
              "AES加密",
              "SM4加密（身份证号、银行卡号）"]),
    ("传输加密", ["全站HTTPS", "HTTPS", "全站HTTPS", "HTTPS", "HTTPS"]),
    ("权限管理", ["RBAC角色权限，演示了数据权限", "角色权限（现场演示）", "RBAC", "角色权限", "RBAC"]),
    ("日志审计", ["操作日志保存12个月，现场查询了审计日志", "未介绍", "操作日志保存12个月", "日志保存6个月", "日志保存6个月"]),
    ("征信接口", ["已对接人行征信中心、百行征信（现场查看接口配置）", "称可对接各大征信机构", "百行征信", "百行征信", "人行征信中心"]),
    ("§", "五、售后服务"),
    ("售后承诺", ["书面承诺：免费维护12个月，含bug修复和小版本升级；监管政策调整免费适配；7×24小时支持，1小时内响应，指定驻场工程师；"
              "终身技术咨询；以上写入合同（合同草案第9条已列明）；维保期满后年费2.4万元",
              "刘总口头表示：终身维护，7×24小时支持；盖章报价单上未写售后条款",
              "书面承诺：免费维护18个月，含bug修复及小版本升级；政策适配免费；技术支持工作日9:00-18:00，2小时内响应；"
              "终身技术咨询；写入合同；维保期满后年费3万元",
              "书面承诺：免费维护12个月，含bug修复及小版本升级；政策适配免费；7×24小时，2小时内响应；写入合同",
              "书面承诺：免费维护12个月，仅修复bug，不含版本升级；重大政策调整另行报价；7×24小时，2小时内响应；"
              "不提供终身技术咨询；写入合同；维保期满后按合同额15%/年"]),
    ("§", "六、源码"),
    ("源码交付", ["现场查看Git仓库，完整源码，无加密，可二次开发", "风控决策引擎以jar包提供，其余源码开放", "完整源码",
              "完整源码", "仅授权使用，绑定服务器，不交付源代码"]),
    ("§", "七、考察组意见"),
    ("考察组意见", ["推荐。材料齐全，演示扎实", "口头承诺多，书面材料少", "实力强，但超预算，人工支持只有工作日",
               "等保不达标", "不交源码，不符合买断要求"]),
]


def case_u04():
    wb = Workbook()
    ws = wb.active
    ws.title = "考察报告"
    widths(ws, [16, 40, 40, 40, 40, 40])
    _text_row(ws, 1, 6, "小额贷系统源码供应商实地考察报告（个人信用贷）", font=TITLE, height=24)
    _text_row(ws, 2, 6, "考察组：风控部 何磊、信息科技部 周敏、财务部 陈晓    考察时间：2025年7月7日—7月9日    执笔：周敏", font=MUTED)
    put_row(ws, 4, ["考察项目"] + U04_VENDORS, font=BOLD, fill=BLUE, align=CENTER)
    r = 5
    for label, vals in U04_ROWS:
        if label == "§":
            put_row(ws, r, [vals] + [""] * 5, font=BOLD, fill=GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            put_row(ws, r, [label] + vals)
            ws.cell(row=r, column=1).font = BOLD
            longest = max(len(v) for v in vals)
            ws.row_dimensions[r].height = 18 if longest < 20 else (45 if longest < 60 else 75)
        r += 1
    r += 1
    _text_row(ws, r, 6, "考察组签字：何磊  周敏  陈晓        2025年7月11日")
    r += 1
    _text_row(ws, r, 6, "另：德阳旌湖软件有限公司以项目繁忙为由未安排接待，也未提供报价，不列入本表。", font=MUTED)
    ws.freeze_panes = "B5"
    _save(wb, "u_04_pc_kaocha_baogao.xlsx", creator="周敏")


# ---------------------------------------------------------------------------------------------
# u_05  商户经营性贷 — Lion City Capital Group (Singapore), Group Technology Risk, scores the vendors for its PRC subsidiary
#       Shenzhen Qianhai Lion City Microcredit Co., Ltd. (merchant operating loans) on the group's standard scorecard: each
#       vendor gets a column group Resp. | Vendor response (as submitted) | Score, its name only in a merged title cell
#       above the group; weights per criterion; GTR's weighted score, rank and recommendation at the foot.
# Layout: title, RFQ / prepared-by line, the legend (Y / P / N / TBC / N/A; score 0–5 by GTR), a two-row header (Ref |
#       Criterion | Weight merged down; the vendor names merged across three columns; Resp. | Vendor response (as
#       submitted) | Score under each), section rows 1 … 5, 23 criteria, then Weighted score, Rank, GTR recommendation.
# Traps: the vendor is the merged title over three columns (never "Resp." or "Score"); the Score, Weight, Weighted score
#       and Rank are GTR's; the response text outweighs the bare Resp. ("Y | System built to MLPS Level 3 standard;
#       certificate to be provided after contract signing" is a claim); "RMB 0.298m" is 298,000 (its breakdown adds up);
#       Songshan's "RMB 262,000 + VAT" and its e-contract add-on "RMB 35,000 + VAT" (a must-have; "see 1.3" is no amount):
#       (262,000 + 35,000) × 1.13 = 335,610 (BI dashboard, deferrable, not bought); Huirong only claims and gives away an AI
#       chatbot and blockchain evidence; Hengqin holds Level 2 only and its cash-flow analysis is "N/A | Not offered" (fail);
#       Chancheng's price is "TBC – to be confirmed after scoping workshop" (no price).
# ---------------------------------------------------------------------------------------------
U05_VENDORS = ["Guangzhou Zhujiang Credit Technology Co., Ltd.", "Dongguan Songshan Software Co., Ltd.",
               "Shenzhen Huirong Fintech Co., Ltd.", "Zhuhai Hengqin Data Co., Ltd.", "Foshan Chancheng Systems Co., Ltd."]
# (ref, criterion, weight %, [(resp, response, score) per vendor])
U05_ROWS = [
    ("1", "Commercial", None, None),
    ("1.1", "Total one-off price for full scope", 10, [
        ("Y", "RMB 0.298m (licence 0.21m + implementation 0.068m + training 0.02m)", 4),
        ("P", "RMB 262,000 + VAT; e-contract module extra (see 1.3)", 3),
        ("Y", "RMB 255,000 all-in, incl. VAT", 4),
        ("Y", "RMB 168,000 incl. VAT", 5),
        ("TBC", "To be confirmed after scoping workshop", 0)]),
    ("1.2", "Tax basis", 1, [
        ("Y", "Incl. 13% VAT", 5), ("N", "Excl. VAT – 13% to be added", 2), ("Y", "Incl. VAT", 5), ("Y", "Incl. VAT", 5),
        ("Y", "Incl. VAT", 5)]),
    ("1.3", "Optional items not in the price", 3, [
        ("Y", "None", 5),
        ("P", "E-contract module RMB 35,000 + VAT; BI dashboard RMB 20,000 + VAT", 2),
        ("Y", "None – AI chatbot and blockchain evidence module included free of charge", 4),
        ("Y", "None", 5), ("Y", "None", 5)]),
    ("2", "Functional scope", None, None),
    ("2.1", "Enterprise credit report", 5, [
        ("Y", "Enterprise credit report via PBoC Credit Reference Center", 5), ("Y", "Enterprise credit report", 5),
        ("Y", "Yes", 4), ("Y", "Enterprise credit report (Baihang)", 5), ("Y", "Enterprise credit report", 5)]),
    ("2.2", "Bank-statement (cash-flow) analysis", 5, [
        ("Y", "Bank-statement analysis (PDF/OFD parsing, cash-flow scoring)", 5), ("Y", "Bank-statement analysis", 5),
        ("Y", "Yes", 4), ("N/A", "Not offered", 0), ("Y", "Bank-statement analysis", 5)]),
    ("2.3", "E-contract / contract management", 5, [
        ("Y", "E-contract with e-signature", 5), ("P", "Optional add-on, see 1.3", 3), ("Y", "Yes", 4),
        ("Y", "E-contract", 5), ("Y", "E-contract with e-signature", 5)]),
    ("2.4", "Other modules in the price", 2, [
        ("Y", "Risk approval workflow, repayment management, user management", 5),
        ("Y", "Risk approval, repayment management, user management", 5),
        ("Y", "Approval workflow, repayment management, user management; AI customer-service bot, blockchain evidence (free)", 4),
        ("Y", "Repayment management, user management", 3),
        ("Y", "Risk approval, repayment management, user management", 5)]),
    ("3", "Security & compliance", None, None),
    ("3.1", "MLPS Level 3 filing", 10, [
        ("Y", "Held. Filing certificate no. 44010043051-24013 (Mar 2024)", 5),
        ("Y", "Held – certificate no. 44190043008-23021", 5),
        ("Y", "System built to MLPS Level 3 standard; certificate to be provided after contract signing", 2),
        ("N", "Level 2 filed; Level 3 not planned", 0),
        ("Y", "Held. Filing certificate no. 44060043027-24001", 5)]),
    ("3.2", "Encryption of personal data (SM4)", 6, [
        ("Y", "SM4 on ID no., mobile, bank card", 5), ("Y", "SM4", 5), ("Y", "National (GM) cryptographic algorithms", 3),
        ("P", "AES-256", 1), ("Y", "SM4 on ID no. and bank card", 5)]),
    ("3.3", "TLS in transit", 3, [
        ("Y", "HTTPS throughout (TLS 1.2+)", 5), ("Y", "HTTPS", 5), ("Y", "Yes", 4), ("Y", "HTTPS", 5), ("Y", "HTTPS", 5)]),
    ("3.4", "Role-based access control", 4, [
        ("Y", "RBAC with data-level permissions", 5), ("Y", "Role-based", 5), ("Y", "Yes", 4), ("Y", "Role-based", 5),
        ("Y", "RBAC", 5)]),
    ("3.5", "Audit log retention", 4, [
        ("Y", "12 months, anomaly alerts", 5), ("Y", "6 months", 4), ("TBC", "", 0), ("N", "3 months", 1),
        ("Y", "12 months", 5)]),
    ("3.6", "Licensed credit bureau connection", 4, [
        ("Y", "PBoC Credit Reference Center; Baihang Credit", 5), ("Y", "Baihang Credit, Pudao Credit", 5),
        ("Y", "Can connect to all major credit bureaus", 2), ("Y", "Baihang Credit", 5),
        ("Y", "PBoC Credit Reference Center, Baihang Credit", 5)]),
    ("4", "After-sales", None, None),
    ("4.1", "Free maintenance period", 6, [
        ("Y", "12 months", 5), ("Y", "12 months", 5), ("Y", "Lifetime free maintenance", 3), ("N", "6 months", 1),
        ("Y", "12 months", 5)]),
    ("4.2", "Maintenance scope (bug fixes + minor upgrades)", 4, [
        ("Y", "Bug fixes and minor version upgrades", 5), ("P", "Bug fixes only; upgrades chargeable", 2), ("TBC", "", 0),
        ("P", "Bug fixes", 1), ("Y", "Bug fixes and minor version upgrades", 5)]),
    ("4.3", "Regulatory change adaptation at no cost", 5, [
        ("Y", "Free of charge", 5), ("N", "Major regulatory changes quoted separately", 1), ("TBC", "", 0),
        ("N", "Charged on time & materials", 0), ("Y", "Free of charge", 5)]),
    ("4.4", "Support hours", 4, [
        ("Y", "24×7", 5), ("N", "Mon–Fri 09:00–18:00", 1), ("Y", "24×7", 4), ("N", "Business hours", 1), ("Y", "24×7", 5)]),
    ("4.5", "Response time", 4, [
        ("Y", "Within 1 hour, named engineer", 5), ("P", "4 hours", 2), ("Y", "30 minutes", 4),
        ("N", "Next business day", 0), ("Y", "Within 2 hours", 5)]),
    ("4.6", "Lifetime technical consulting", 2, [
        ("Y", "Included", 5), ("N", "Not offered", 0), ("TBC", "", 0), ("N", "No", 0), ("Y", "Included", 5)]),
    ("4.7", "Commitments written into the contract", 4, [
        ("Y", "All of the above in the contract", 5), ("Y", "Yes", 5), ("P", "To be discussed at contract stage", 1),
        ("N", "No", 0), ("Y", "Yes, all in the contract", 5)]),
    ("4.8", "Annual fee after the free period", 3, [
        ("Y", "RMB 30,000 p.a.", 5), ("Y", "18% of contract value p.a.", 3), ("TBC", "", 0), ("N", "Per incident", 0),
        ("Y", "RMB 28,000 p.a.", 5)]),
    ("5", "Source code", None, None),
    ("5.1", "Source code delivery", 6, [
        ("Y", "Full source, unencrypted, modifiable", 5), ("Y", "Full source", 5),
        ("P", "Source provided; core risk engine as compiled library", 2),
        ("N", "Licence bound to server; no source", 0), ("Y", "Full source, modifiable", 5)]),
]
U05_RECO = ["Preferred", "Acceptable – dearer once VAT and e-contract added", "Clarify MLPS before any award",
            "Not acceptable", "Re-invite once priced"]


def case_u05():
    wb = Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    ncol = 3 + 3 * len(U05_VENDORS)
    widths(ws, [6, 38, 8] + [7, 40, 7] * len(U05_VENDORS))
    _text_row(ws, 1, ncol, "Vendor Scorecard – Loan Management System (source code purchase) – Shenzhen Qianhai Lion City "
                           "Microcredit Co., Ltd. (merchant operating loans)", font=TITLE, height=24)
    _text_row(ws, 2, ncol, "Lion City Capital Group · Group Technology Risk (GTR) · RFQ GTR-2025-031 · Prepared by Priya Nair, "
                           "Vendor Risk · 21 Jul 2025 · Budget guide CNY 250–350k", font=MUTED)
    _text_row(ws, 3, ncol, "Resp.: Y = meets in full · P = partially / with conditions · N = does not meet · TBC = vendor to "
                           "confirm · N/A = not offered.   Score 0–5 by GTR; weighted score = Σ(weight × score) / 5.",
              font=Font(size=9))
    h1, h2 = 5, 6
    for c, label in enumerate(["Ref", "Criterion", "Weight %"], start=1):
        cell = ws.cell(row=h1, column=c, value=label)
        cell.font, cell.fill, cell.alignment, cell.border = BOLD, BLUE, CENTER, BOX
        ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
    for i, v in enumerate(U05_VENDORS):
        c0 = 4 + 3 * i
        cell = ws.cell(row=h1, column=c0, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = CENTER
        ws.merge_cells(start_row=h1, start_column=c0, end_row=h1, end_column=c0 + 2)
        put_row(ws, h2, ["Resp.", "Vendor response (as submitted)", "Score"], font=BOLD, fill=GREY, align=CENTER, start=c0)
    ws.row_dimensions[h1].height = 30
    r = h2 + 1
    totals = [0.0] * len(U05_VENDORS)
    for ref, crit, weight, answers in U05_ROWS:
        if answers is None:
            put_row(ws, r, [ref, crit] + [""] * (ncol - 2), font=BOLD, fill=GREY)
        else:
            vals = [ref, crit, weight]
            for i, (resp, text, score) in enumerate(answers):
                vals += [resp, text, score]
                totals[i] += weight * score / 5
            put_row(ws, r, vals)
        r += 1
    ranks = sorted(range(len(totals)), key=lambda i: -totals[i])
    rank_of = {i: n + 1 for n, i in enumerate(ranks)}
    for label, per in (("Weighted score (out of 100)", [round(t, 1) for t in totals]),
                       ("Rank", [rank_of[i] for i in range(len(totals))]),
                       ("GTR recommendation", U05_RECO)):
        vals = ["", label, ""]
        for p in per:
            vals += ["", p, ""]
        put_row(ws, r, vals, font=BOLD, fill=YELLOW)
        r += 1
    ws.freeze_panes = "D7"
    _save(wb, "u_05_ml_en_sg_scorecard_merged.xlsx", creator="Priya Nair")


# ---------------------------------------------------------------------------------------------
# u_06  消费分期 — 贵阳筑城分期小额贷款 (motorcycle and phone instalments through dealers): 信息科技部 罗燕 sent every vendor a
#       WPS sheet with 数据有效性 drop-downs (是/否/选配/申请中; 含税/不含税) and asked for two rows each: the drop-down row
#       and a 说明 row under it, "选择与说明不一致的，以说明为准"; she pasted the six returned blocks into one sheet.
# Layout: a title, three 填写说明 lines, a header 序号 | 供应商名称 | 行类型 | 报价（元） | 含税 | 商品管理 | 分期计算器 |
#       订单跟踪 | 其他模块 | 等保三级 | 敏感数据SM4加密 | HTTPS | 权限管理 | 日志保存≥6个月 | 征信接口（持牌机构） |
#       免费维护≥12个月 | 维护含小版本升级 | 政策适配免费 | 7×24人工支持 | 响应≤2小时 | 终身技术咨询 | 承诺写入合同 |
#       维保期满后年费（元/年） | 完整源码交付, then per vendor a 选择 row and a 说明 row, 序号 and 供应商名称 merged down over both.
# Traps: the 说明 governs the drop-down: 红花岗 picked 含税 but wrote "报价为不含税价，增值税13%另计", picked 是 for 订单跟踪 (a
#       must-have) but wrote "增值模块，另收2.6万元（不含税）": (212,000 + 26,000) × 1.13 = 268,940; its 7×24 "是" is "系统自动
#       监控7×24，人工支持工作日9:00-18:00" (no 7×24), its upgrades "是" are "仅修复bug，版本升级另行收费", its policy "是" is
#       "重大监管政策调整另行报价", its "响应≤2小时 是" is "4小时内响应"; 麒麟's 是 everywhere are claims in its 说明 (按等保三级
#       标准开发, 国密算法, 可对接各类征信机构, 终身免费维护, 可以写入合同), core encrypted, 智能客服机器人 and 区块链存证 given away;
#       钟山 (13.8万) picked 申请中 (unverified) and 6 months; 黄果树 (7.6万) is 否 on 等保 and 订单跟踪 (fail); 剑江 only wrote
#       "本次不参与报价" (no quote); the breakdown in 观山湖's 说明 is no extra amount.
# ---------------------------------------------------------------------------------------------
U06_HEAD = ["序号", "供应商名称", "行类型", "报价（元）", "含税", "商品管理", "分期计算器", "订单跟踪", "其他模块", "等保三级",
            "敏感数据SM4加密", "HTTPS", "权限管理", "日志保存≥6个月", "征信接口（持牌机构）", "免费维护≥12个月", "维护含小版本升级",
            "政策适配免费", "7×24人工支持", "响应≤2小时", "终身技术咨询", "承诺写入合同", "维保期满后年费（元/年）", "完整源码交付"]
Y = "是"
N = "否"
U06_BLOCKS = [
    ("1", "贵阳观山湖数科有限公司",
     [248000, "含税", Y, Y, Y, "还款管理、风控审批、用户管理", Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, 28000, Y],
     ["源码授权18.6万＋实施部署4.2万＋培训2万＝24.8万", "13%增值税专票", "SPU/SKU、门店商品上架", "等额本息、等额本金、免息分期试算",
      "下单-审核-放款-发货-还款全流程状态跟踪", "", "已取得，备案证明编号52010043031-24012（2024年7月）",
      "身份证号、手机号、银行卡号SM4加密存储", "全站HTTPS", "RBAC角色及数据权限", "操作日志保存12个月，异常行为告警",
      "百行征信、朴道征信", "免费维护12个月", "含bug修复及小版本升级", "监管政策变化导致的调整免费", "7×24小时人工值守",
      "1小时内响应，指定工程师", "提供", "以上全部写入合同", "维保期满后2.8万元/年", "完整源码，无加密，可二次开发"]),
    ("2", "遵义红花岗软件有限公司",
     [212000, "含税", Y, Y, Y, "还款管理、风控审批、用户管理", Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, N, Y, "合同额12%/年", Y],
     ["", "报价为不含税价，增值税13%另计（可开专票）", "", "", "订单跟踪为增值模块，另收2.6万元（不含税）", "",
      "已取得等保三级备案证明，编号52030043010-24006", "身份证号、手机号SM4加密", "", "角色权限", "6个月", "百行征信",
      "免费维护12个月", "维护期内仅修复bug，版本升级另行收费", "一般调整免费，重大监管政策调整另行报价",
      "系统自动监控7×24，人工支持工作日9:00-18:00", "4小时内响应", "", "", "", "完整源码"]),
    ("3", "曲靖麒麟网络科技有限公司",
     [226000, "含税", Y, Y, Y, "还款提醒、审批流、用户管理", Y, Y, Y, Y, "", Y, Y, "", "", Y, Y, "", Y, "", Y],
     ["一口价，全部模块", "", "", "", "订单管理", "赠送智能客服机器人、区块链存证",
      "我司系统严格按照等保三级标准开发，可协助客户通过测评", "采用国密算法", "", "权限管理完善", "", "可对接各类征信机构",
      "终身免费维护", "", "", "7×24小时在线", "30分钟响应", "", "可以写入合同", "", "核心风控模块加密，其余开放"]),
    ("4", "六盘水钟山信息技术有限公司",
     [138000, "含税", Y, Y, Y, "还款管理、风控审批、用户管理", "申请中", Y, Y, Y, Y, Y, N, Y, Y, Y, Y, Y, Y, 18000, Y],
     ["源码10.8万＋实施3万", "", "", "", "", "", "三级测评已受理，预计2025年11月取得备案证明", "身份证号、手机号SM4加密",
      "HTTPS", "RBAC", "6个月", "百行征信", "免费维护6个月", "含bug修复及小版本升级", "政策调整免费", "7×24小时",
      "2小时内响应", "提供", "写入合同", "1.8万元/年", "完整源码，无加密"]),
    ("5", "安顺黄果树网络工作室",
     [76000, "含税", Y, Y, N, "还款管理、用户管理", N, N, Y, N, N, N, N, N, N, N, N, N, N, "按次收费", N],
     ["一口价", "", "", "", "暂不支持，可后期定制", "", "暂无", "密码MD5加密", "", "单一管理员账号", "1个月", "未对接",
      "免费维护3个月", "仅修复bug", "按工作量收费", "工作日QQ群", "次日", "", "", "", "授权使用，绑定域名"]),
    ("6", "都匀剑江科技有限公司",
     [""] * 21,
     ["本次不参与报价（7月15日邮件回复）"] + [""] * 20),
]


def case_u06():
    wb = Workbook()
    ws = wb.active
    ws.title = "供应商应答"
    n = len(U06_HEAD)
    widths(ws, [6, 24, 8, 22, 16, 12, 14, 18, 24] + [16] * (n - 9))
    _text_row(ws, 1, n, "分期业务系统源码采购——供应商应答表（消费分期）", font=TITLE, height=24)
    _text_row(ws, 2, n, "填写说明：1. 黄色单元格为下拉选择，请勿手工输入；2. 每家供应商占两行：第一行“选择”，第二行“说明”写明具体内容"
                        "（证书编号、期限、时段、费用等）；", font=MUTED)
    _text_row(ws, 3, n, "3. 选择与说明不一致的，以说明为准；4. 金额单位：元；5. 选配或另收费的模块请在说明中写明金额及是否含税。"
                        "    汇总：信息科技部 罗燕 2025-07-18", font=MUTED)
    put_row(ws, 5, U06_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[5].height = 36
    dv_yes = DataValidation(type="list", formula1='"是,否,选配,申请中"', allow_blank=True)
    dv_tax = DataValidation(type="list", formula1='"含税,不含税"', allow_blank=True)
    ws.add_data_validation(dv_yes)
    ws.add_data_validation(dv_tax)
    r = 6
    for no, name, choice, note in U06_BLOCKS:
        put_row(ws, r, [no, name, "选择"] + choice)
        put_row(ws, r + 1, [None, None, "说明"] + note, font=Font(color="595959"))
        for c in (1, 2):
            ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
            ws.cell(row=r, column=c).alignment = CENTER
        for c in range(5, n + 1):
            if c in (9, 23):
                continue
            ws.cell(row=r, column=c).fill = YELLOW
            (dv_tax if c == 5 else dv_yes).add(ws.cell(row=r, column=c))
        ws.cell(row=r + 1, column=3).fill = GREEN
        ws.row_dimensions[r + 1].height = 60
        r += 2
    ws.freeze_panes = "D6"
    _save(wb, "u_06_ci_wps_xiala_shuoming.xlsx", creator="罗燕")


if __name__ == "__main__":
    case_u01()
    case_u02()
    case_u03()
    case_u04()
    case_u05()
    case_u06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("u_0*") if p.suffix != ".toml")))
