"""Build the "i" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, ERP systems, chat-export tools, tender desks and buyers'
staff would write; the expected reading of every file is in the matching i_0N_*.toml beside it, written from the
file's content and the domain notes (shared/domain.md, docs/analyst-reading.md) before any product code read these
files. The author of this script neither ran the product on them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_i.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure i_
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
sys.path.insert(0, str(CASES))
sys.path.insert(0, str(HERE))
from case_sheet import BOLD, CENTER, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402
from make_cases_f import band, write_csv  # noqa: E402  (a merged sub-title row; a CSV in a given encoding)
from make_cases_g import new_sheet  # noqa: E402  (a workbook opening with a title and note lines)

YUAN = "#,##0.00"
WAN = "0.00"


# ---------------------------------------------------------------------------------------------
# i_01  个人信用贷 — 信息科技部 of 福州闽都小额贷款 gathered the four 报价单 vendors sent as Excel and pasted each, as
#       received, into one workbook: a 目录 sheet (序号 | 供应商 | 页签 | 收到日期 | 收件人) and one sheet per vendor,
#       the tab named by the vendor's short name ("鹭江", "榕城", "刺桐", "九龙江"). Voice: the vendors' own 报价单 —
#       letterhead, 报价编号, 致：…, line items grouped 一、/二、/三、 each closed by a 小计 row, then 合计, a discount line
#       (商务优惠 / 限时优惠（九折） / 老客户推荐优惠) and the price after it, numbered 说明 lines, 报价单位（盖章）.
# Traps: every group has a 小计 — summing every amount on a sheet counts each item twice; 鹭江's 合计 243,000 is before
#       its 商务优惠 −23,000: the price is 220,000; 榕城 writes in 万元 (unit line only) and 不含税, and its risk model
#       (a must-have) sits under 四、选配模块（未含在合计内） at 3.5 with a 选配小计 6.2 that is not part of the price:
#       (16.8 + 3.5) × 1.13 = 22.939万 (会员体系 / 营销插件 are deferrable and not bought); 榕城's 等保 is 测评中
#       (unverified, not fail); 刺桐 is 九折 of 260,000 = 234,000 and only claims (按等保三级标准设计, 国密算法, 支持对接
#       各类征信机构, 终身维护, 尽快响应) with blockchain evidence and an AI bot in its price; 九龙江's 合计 108,000 looks
#       like the caution zone, but its 实付金额 after a 12,000 discount is 96,000 — under 10万 — with no 等保, no
#       credit report and no risk model; 报价有效期 / 3天 / 付款 40%-50%-10% / phone numbers are not money; the tab
#       names and the 目录 sheet are not vendors of their own.
# Analyst's reading: 厦门鹭江数科有限公司 — 220,000 含税 inside 18–25万, filing number, SM4 on fields, HTTPS, RBAC,
#       12-month logs, PBoC + Baihang, credit report / scorecard risk model / anti-fraud / repayment, 12 months with
#       upgrades, free policy adaptation, 7×24, 1 h, lifetime consulting, in the contract, 10 % a year, full source.
# ---------------------------------------------------------------------------------------------
I01_BUYER = "福州闽都小额贷款有限公司"


def _items(ws, r: int, n: int, fmt: str, heading: str, items, sub_label: str) -> tuple[int, int]:
    """A group of line items under its heading, closed by its 小计 row; returns the next row and item number."""
    band(ws, r, 6, heading, fill=GREY)
    r += 1
    sub = 0
    for name, detail, qty, price in items:
        amount = round(price * int(qty[:-1]), 2)
        sub += amount
        put_row(ws, r, [n, name, detail or None, qty, price, amount])
        ws.cell(row=r, column=5).number_format = ws.cell(row=r, column=6).number_format = fmt
        r, n = r + 1, n + 1
    put_row(ws, r, [None, sub_label, None, None, None, round(sub, 2)], font=BOLD)
    ws.cell(row=r, column=6).number_format = fmt
    return r + 1, n


def _baojiadan(wb, tab: str, company: str, number: str, date: str, unit: str, groups, totals, notes, contact: str,
               options=None):
    """One vendor's own 报价单 on a sheet of its own: letterhead, grouped line items each closed by a 小计 row, the
    totals and discount lines, optional modules outside the total, then numbered notes. `groups` is [(heading,
    [(name, detail, qty, unit price)], subtotal label)]; `totals` is [(label, amount, big-letters or "")]; `options`
    is one more group, printed after the totals."""
    ws = wb.create_sheet(tab)
    fmt = YUAN if unit == "元" else WAN
    ws.cell(row=1, column=1, value=company).font = TITLE
    ws.cell(row=2, column=1, value="报　价　单").font = TITLE
    for row in (1, 2):
        ws.cell(row=row, column=1).alignment = CENTER
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    ws.cell(row=3, column=1, value=f"报价编号：{number}　　　　报价日期：{date}")
    ws.cell(row=4, column=1, value=f"致：{I01_BUYER}　　项目：个人信用贷业务系统（源码）")
    ws.cell(row=5, column=1, value=f"金额单位：{unit}")
    put_row(ws, 6, ["序号", "项目名称", "内容说明", "数量", "单价", "金额"], font=BOLD, fill=GREY, align=CENTER)
    r, n = 7, 1
    for heading, items, sub_label in groups:
        r, n = _items(ws, r, n, fmt, heading, items, sub_label)
    for label, amount, words in totals:
        put_row(ws, r, [None, label, words or None, None, None, amount], font=BOLD, fill=YELLOW)
        ws.cell(row=r, column=6).number_format = fmt
        r += 1
    if options:
        r, n = _items(ws, r, n, fmt, *options)
    r += 1
    ws.cell(row=r, column=1, value="说明：").font = BOLD
    for i, note in enumerate(notes, start=1):
        ws.cell(row=r + i, column=1, value=f"{i}. {note}")
    r += len(notes) + 2
    ws.cell(row=r, column=1, value=f"报价单位：{company}（盖章）")
    ws.cell(row=r + 1, column=1, value=contact)
    widths(ws, [6, 26, 40, 8, 14, 16])


def case_i01():
    wb, ws = new_sheet("目录", "个人信用贷系统供应商报价单汇编",
                       "各供应商报价单按收到的Excel原样粘贴，每家一页（页签为简称），未做任何改动。信息科技部 2025年1月20日")
    put_row(ws, 4, ["序号", "供应商", "页签", "收到日期", "收件人"], font=BOLD, fill=GREY)
    vendors = [("厦门鹭江数科有限公司", "鹭江", "2025-01-13"), ("福州榕城软件有限公司", "榕城", "2025-01-14"),
               ("泉州刺桐信息技术有限公司", "刺桐", "2025-01-15"), ("漳州九龙江网络科技有限公司", "九龙江", "2025-01-15")]
    for i, (name, tab, day) in enumerate(vendors, start=1):
        put_row(ws, 4 + i, [i, name, tab, day, "郑凯"])
    widths(ws, [6, 30, 10, 14, 10])

    _baojiadan(wb, "鹭江", "厦门鹭江数科有限公司", "LJ-BJ-2025-0113-02", "2025年1月13日", "元", [
        ("一、平台基础", [
            ("个人信贷核心平台源码授权", "用户管理、审批流、还款计划及到期提醒、贷后管理", "1套", 120000),
        ], "小计"),
        ("二、业务模块", [
            ("征信对接模块", "人行征信中心（二代）、百行征信", "1套", 30000),
            ("风控模型", "评分卡+规则引擎，额度与定价策略", "1套", 40000),
            ("反欺诈模块", "设备指纹、黑名单、关系图谱", "1套", 20000),
        ], "小计"),
        ("三、实施与培训", [
            ("部署实施及数据迁移", "含上线保障", "1项", 25000),
            ("操作培训", "现场3天", "1项", 8000),
        ], "小计"),
    ], [("合计", 243000, ""), ("商务优惠", -23000, ""),
        ("优惠后合计（含税）", 220000, "大写：人民币贰拾贰万元整")], [
        "以上报价含13%增值税，可开具增值税专用发票。",
        "资质：已取得网络安全等级保护三级备案证明，备案证明编号35020043187-23009。",
        "安全：身份证号、手机号、银行卡号采用国密SM4字段级加密存储；全站HTTPS；RBAC角色权限；操作日志保存12个月，"
        "异常操作实时告警。",
        "征信：已对接人行征信中心（二代征信）及百行征信。",
        "售后：免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；"
        "提供终身技术咨询；以上承诺均写入合同。",
        "免费维护期满后，年维护费按合同金额的10%/年收取。",
        "源码：交付完整源代码及开发文档，无加密，可二次开发。",
        "报价有效期30天；付款方式：签约付40%，上线付50%，验收付10%。",
    ], "联系人：林志远　　电话：0592-5536 8120　　手机：139 5021 7736")

    _baojiadan(wb, "榕城", "福州榕城软件有限公司", "RC2025-011", "2025年1月14日", "万元（以下报价均不含税）", [
        ("一、基础平台", [
            ("信贷核心系统源码", "用户管理、审批流、还款计划及短信提醒", "1套", 10.5),
        ], "小计"),
        ("二、业务模块", [
            ("征信接口", "百行征信、朴道征信", "1套", 2.0),
            ("反欺诈模块", "黑名单、多头借贷识别", "1套", 1.5),
        ], "小计"),
        ("三、实施服务", [
            ("实施部署", "远程+现场", "1项", 2.0),
            ("培训", "2天", "1项", 0.8),
        ], "小计"),
    ], [("合计（不含税）", 16.8, "")], [
        "以上报价均不含税，增值税另计。",
        "等保：三级测评中，测评机构已进场，预计2025年3月取得备案证明。",
        "安全：敏感字段SM4加密；HTTPS传输；角色权限管理；操作日志保存6个月。",
        "售后：免费维护12个月（含bug修复及版本升级）；监管政策一般调整免费，重大调整另行报价；7×24小时技术支持，"
        "2小时内响应；终身技术咨询；以上写入合同。",
        "维保期满后：2.8万元/年。",
        "源码：完整源码交付，可二次开发。",
        "报价有效期：2025年2月28日前。",
    ], "联系人：陈思　　手机：135 0591 2287", options=("四、选配模块（未含在合计内，按需采购）", [
        ("智能风控模型", "机器学习评分卡、额度策略", "1套", 3.5),
        ("会员体系", "会员等级、权益", "1套", 1.2),
        ("营销插件", "优惠券、拉新", "1套", 1.5),
    ], "选配小计"))

    _baojiadan(wb, "刺桐", "泉州刺桐信息技术有限公司", "CT-20250115", "2025年1月15日", "元", [
        ("一、软件部分", [
            ("小额信贷系统源码", "个人征信、智能风控、反欺诈、还款管理、审批流、用户管理", "1套", 168000),
            ("区块链存证模块", "借款合同上链存证", "1套", 30000),
            ("智能客服机器人", "常见问题自动应答", "1套", 20000),
        ], "小计"),
        ("二、服务部分", [
            ("实施部署", "", "1项", 30000),
            ("培训", "", "1项", 12000),
        ], "小计"),
    ], [("合计", 260000, ""), ("限时优惠（九折）", -26000, ""), ("折后价（含税）", 234000, "")], [
        "以上报价含税。",
        "资质：系统按等保三级标准设计开发，可协助客户通过等保测评。",
        "安全：采用国密算法加密；HTTPS；完善的权限体系；日志满足监管要求。",
        "征信：支持对接各类征信机构。",
        "售后：终身维护；7×24小时服务；尽快响应。",
        "源码交付。",
        "九折优惠限2025年1月31日前签约。",
    ], "联系人：黄总　　手机：186 5957 3301")

    _baojiadan(wb, "九龙江", "漳州九龙江网络科技有限公司", "JLJ-0115", "2025年1月15日", "元", [
        ("一、系统", [
            ("小贷系统", "借款申请、还款管理、后台审批、用户管理", "1套", 92000),
        ], "小计"),
        ("二、服务", [
            ("安装部署", "远程", "1次", 10000),
            ("培训", "线上", "1次", 6000),
        ], "小计"),
    ], [("合计", 108000, ""), ("老客户推荐优惠", -12000, ""), ("实付金额（含税）", 96000, "")], [
        "以上价格含税。",
        "等保：暂未办理等保测评。",
        "数据库未做字段加密；支持HTTPS；后台为单一管理员账号；日志保存3个月；暂未对接征信机构。",
        "售后：免费维护3个月，仅修复bug；政策调整另收费；工作日技术支持，次日响应；不提供终身技术咨询；售后为口头约定，"
        "不写入合同。",
        "系统以安装包形式交付，授权绑定域名。",
    ], "联系人：小吴　　微信同号：177 5960 4418")
    wb.save(CASES / "i_01_pc_baojiadan_xiaoji_youhui.xlsx")


# ---------------------------------------------------------------------------------------------
# i_02  商户经营贷 — 采购部 of 太原并州小额贷款 keyed each vendor's quote into its ERP (金蝶-style 采购报价单) and exported
#       the list to CSV in GB18030 (the operator's name 王䶮 is not in GBK). Voice: an ERP's columns and codes
#       (单据编号, 物料编码, 计价数量, 含税单价, 税率(%), 金额, 税额, 价税合计, 行备注) with amounts written "226,000.00".
#       Layout: one row per LINE; a document's header fields (单据编号, 单据日期, 供应商, 制单人, 表头备注) are filled on its
#       first line only and left empty on the lines under it; the buyer typed each vendor's technical and service answer
#       into 表头备注 (one long cell); the export ends with a 合计 row over every line of every vendor.
# Traps: 金额 is before tax, 价税合计 after — lines carry different rates (13 % software, 6 % services, 3 % a small
#       taxpayer's levy): the comparable price is the sum of 价税合计, never 金额 × 1.13 (晋商: 279,000, not 282,500);
#       the lines without a 供应商 belong to the document above; 晋商's 年度维保服务 line (数量 0, 含税单价 31,800.00,
#       "本次不采购") is the yearly fee after warranty, not price; 冀融's 银行流水分析 (a must-have) is a 数量 0 选配 line
#       "如需另加30,000.00元（不含税）": 212,600 + 33,900 = 246,500, while its 数据大屏 option is deferrable and not
#       bought; 秦川's amounts are all 0.00 with "待商务谈判后报价" — no price yet (unknown, not free); 汾河's 86,000.00
#       价税合计 at a 3 % levy is already tax-inclusive; the closing 合计 row is no vendor; 单据编号, 物料编码, dates and the
#       lines' 数量 are not money.
# Analyst's reading: 山西晋商数智科技有限公司 — 279,000 含税 inside 25–35万, filing number, SM4, HTTPS, RBAC, 12-month
#       logs, PBoC enterprise credit + Baihang, all three merchant must-haves, 12 months with upgrades, free policy
#       adaptation, 7×24, 2 h, lifetime consulting, in the contract, 31,800 a year after warranty, full source.
# ---------------------------------------------------------------------------------------------
def _money(x: float) -> str:
    return f"{x:,.2f}"


def _erp_doc(number: str, day: str, vendor: str, clerk: str, note: str, lines):
    """One ERP document as exported: header fields on its first line only. A line is (code, name, spec, unit, qty,
    tax-inclusive unit price, rate %, line remark); 金额 / 税额 / 价税合计 follow from them as the ERP computes them."""
    rows, sums = [], [0.0, 0.0, 0.0]
    for i, (code, name, spec, unit, qty, price, rate, remark) in enumerate(lines, start=1):
        gross = round(price * qty, 2)
        net = round(gross / (1 + rate / 100), 2)
        tax = round(gross - net, 2)
        for k, v in enumerate((net, tax, gross)):
            sums[k] += v
        head = [number, day, vendor, "人民币", clerk, note] if i == 1 else [""] * 6
        rows.append([*head, str(i), code, name, spec, unit, str(qty), _money(price), str(rate), _money(net), _money(tax),
                     _money(gross), remark])
    return rows, sums


def case_i02():
    head = ["单据编号", "单据日期", "供应商", "币别", "制单人", "表头备注", "行号", "物料编码", "物料名称", "规格型号",
            "计价单位", "计价数量", "含税单价", "税率(%)", "金额", "税额", "价税合计", "行备注"]
    docs = [
        _erp_doc("CGBJ-20250115-0001", "2025-01-15", "山西晋商数智科技有限公司", "王䶮",
                 "等保三级已取得（备案证明编号14010043216-23005）；身份证号、手机号、银行账号SM4加密存储；全站HTTPS；"
                 "RBAC角色权限；操作日志保存12个月；已对接人行企业征信、百行征信。免费维护12个月，含缺陷修复及小版本升级；"
                 "监管政策变化免费适配；7×24小时技术支持，2小时内响应；终身技术咨询；以上写入合同。交付完整源代码，"
                 "无加密，可二次开发。", [
                     ("RJ-0101", "经营贷业务系统源码授权", "含企业征信查询、银行流水分析、电子合同、授信审批、还款管理、用户管理",
                      "套", 1, 226000, 13, ""),
                     ("FW-0201", "实施服务", "部署、数据迁移、联调", "项", 1, 42400, 6, ""),
                     ("FW-0202", "培训服务", "现场3天", "项", 1, 10600, 6, ""),
                     ("FW-0301", "年度维保服务", "免费维保期满后，每年", "年", 0, 31800, 6,
                      "第二年起每年31,800.00元（含税），本次不采购"),
                 ]),
        _erp_doc("CGBJ-20250116-0002", "2025-01-16", "河北冀融信息技术有限公司", "王䶮",
                 "等保三级已取得（备案证明编号13010043275-22013）；数据采用AES-256加密；HTTPS；角色权限；操作日志保存6个月；"
                 "已对接百行征信。免费维护6个月，仅限故障修复，不含升级；监管政策调整另行收费；5×8小时技术支持（工作日），"
                 "4小时内响应；不提供终身技术咨询；服务条款写入合同；维保期满后每年3万元。源码完整交付。", [
                     ("RJ-0101", "经营贷系统源码授权", "含企业征信、合同管理、审批流、还款管理、用户管理", "套", 1, 180800, 13,
                      ""),
                     ("FW-0201", "实施及培训", "", "项", 1, 31800, 6, ""),
                     ("RJ-0105", "银行流水分析模块", "选配", "套", 0, 33900, 13, "选配，本单未计；如需另加30,000.00元（不含税）"),
                     ("RJ-0108", "数据大屏", "选配", "套", 0, 22600, 13, "选配，本单未计；如需另加20,000.00元（不含税）"),
                 ]),
        _erp_doc("CGBJ-20250117-0003", "2025-01-17", "陕西秦川金信软件有限公司", "王䶮",
                 "价格待商务谈判后提供。等保三级已取得（备案证明编号61010043402-23008）；敏感字段SM4加密；HTTPS；RBAC；"
                 "日志保存12个月；已对接人行企业征信、朴道征信。免费维护24个月，含升级；政策适配免费；7×24小时，1小时内响应；"
                 "终身技术咨询；写入合同。完整源码，无加密。", [
                     ("RJ-0101", "经营贷系统源码授权", "企业征信、银行流水分析、电子合同、审批流、还款管理、用户管理", "套", 1, 0,
                      13, "待商务谈判后报价"),
                     ("FW-0201", "实施服务", "", "项", 1, 0, 6, "待商务谈判后报价"),
                 ]),
        _erp_doc("CGBJ-20250117-0004", "2025-01-17", "太原汾河软件工作室", "王䶮",
                 "等保二级；数据未加密；支持HTTPS；单一管理员账号；日志保存3个月；未对接征信机构。免费维护3个月；政策调整另收费；"
                 "工作日支持，次日响应；不提供技术咨询；售后为口头承诺，不写入合同。安装包交付，授权绑定服务器。", [
                     ("RJ-0101", "小贷系统（安装版）", "企业征信查询、合同管理、还款管理、用户管理", "套", 1, 86000, 3,
                      "小规模纳税人，3%征收率"),
                 ]),
    ]
    rows = [head]
    total = [0.0, 0.0, 0.0]
    for lines, sums in docs:
        rows += lines
        total = [a + b for a, b in zip(total, sums)]
    rows.append(["合计", *[""] * 13, *(_money(x) for x in total), ""])
    write_csv("i_02_ml_erp_jiashui_gb18030.csv", rows, "gb18030", CASES)


# ---------------------------------------------------------------------------------------------
# i_03  消费分期 — 資訊部 of a Taiwan-owned lender in 崑山 (機車及家電分期) writes its 廠商評選比較表 the Taiwanese way:
#       Traditional Chinese with Taiwan terms (廠商, 資安, 個資, 權限控管, 稽核日誌, 徵信介接, 保固, 維運, 導入費, 選購,
#       原始碼, 隔日, 採購課). Layout: vendors as COLUMNS (項次 | 評選項目 | four vendors), section bands merged across
#       the table, the unit in the first band only ("一、報價（人民幣萬元）"), and a LEGEND line above the table:
#       "○ 提供（含於報價）　△ 選購（另計，價格見「選購模組」列）　╳ 不提供"; the feature rows hold only the symbol;
#       a 採購課意見 row at the foot.
# Traps: here ○ means INCLUDED (the legend says so; on other sheets ○ is an option) and △ is the option; 吳中's 訂單追蹤
#       (a must-have) is △ with "訂單追蹤 1.8（未稅）" in the 選購模組 row, on a 未稅 合計 of 19: (19 + 1.8) × 1.13 =
#       23.504萬; 太湖's 導入費 "含" is no number and its 合計 21 (含稅) is the price, its 積分商城 / 社群分享 △ options
#       are deferrable and not bought; 太湖's 等保 is 測評中 (unverified) and its encryption "國密演算法" a claim; 濠河 is
#       9萬 (under 10萬), 等保二級, HTTP only, no role control, 訂單追蹤 ╳, with an AI bot; "一年" / "半年" / "三個月",
#       "30分鐘內", "隔日" are Chinese-written periods; the 採購課意見 row is the buyer's.
# Analyst's reading: 崑山鹿城數位科技有限公司 — 22.8萬 含稅 inside 20–30萬, filing number, SM4 on 個資 fields, HTTPS,
#       RBAC, 12-month logs, Baihang + Pudao, every installment must-have ○, 一年 with upgrades, free regulatory
#       adaptation, 7×24, 30 minutes, lifetime consulting, in the contract, 2.4萬 a year, full source.
# ---------------------------------------------------------------------------------------------
I03_VENDORS = ["崑山鹿城數位科技有限公司", "蘇州吳中資訊有限公司", "無錫太湖雲端科技有限公司", "南通濠河軟體有限公司"]
I03_SECTIONS = [
    ("一、報價（人民幣萬元）", [
        ("軟體授權費", [18.6, 16, 21, 7.5]),
        ("導入費（含教育訓練）", [4.2, 3, "含", 1.5]),
        ("合計", [22.8, 19, 21, 9]),
        ("稅別", ["含稅", "未稅", "含稅", "含稅"]),
        ("選購模組（未含於合計）", ["—", "訂單追蹤 1.8（未稅）", "積分商城 2.0；社群分享 1.0（含稅）", "—"]),
        ("報價有效期", ["2025/02/28", "30天", "2025/03/15", "60天"]),
    ]),
    ("二、資安與法遵", [
        ("等保三級", ["已取得（備案證明編號32058343126-23002）", "已取得（備案證明編號32050043390-22017）",
                   "測評中（預計第二季取得）", "二級"]),
        ("個資加密", ["SM4（身分證字號、手機、銀行卡號）", "SM4", "國密演算法", "無"]),
        ("傳輸加密", ["HTTPS", "HTTPS", "HTTPS", "無（僅HTTP）"]),
        ("權限控管", ["角色權限（RBAC）", "角色權限", "角色權限", "無"]),
        ("稽核日誌保存", ["12個月", "6個月", "12個月", "1個月"]),
        ("徵信介接", ["百行徵信、樸道徵信", "百行徵信", "百行徵信", "未介接"]),
    ]),
    ("三、功能模組", [
        ("商品管理", ["○", "○", "○", "○"]),
        ("分期試算", ["○", "○", "○", "○"]),
        ("訂單追蹤", ["○", "△", "○", "╳"]),
        ("還款管理", ["○", "○", "○", "○"]),
        ("審批流程", ["○", "○", "○", "○"]),
        ("使用者管理", ["○", "○", "○", "○"]),
        ("積分商城", ["╳", "╳", "△", "╳"]),
        ("社群分享", ["╳", "╳", "△", "╳"]),
        ("AI客服機器人", ["╳", "╳", "╳", "○"]),
    ]),
    ("四、售後維運", [
        ("保固期", ["一年（含錯誤修正及小版本升級）", "半年（僅錯誤修正）", "一年，含升級", "三個月"]),
        ("法規異動調整", ["免費", "一般異動免費，重大法規異動另行報價", "免費", "另計"]),
        ("客服時段", ["7×24", "週一至週五 9:00–18:00", "7×24", "上班時間"]),
        ("回應時間", ["30分鐘內", "4小時內", "2小時內", "隔日"]),
        ("終身技術諮詢", ["提供", "不提供", "提供", "不提供"]),
        ("載明於合約", ["是", "是", "是", "否"]),
        ("保固期滿後年費", ["2.4萬／年", "合約金額15%／年", "2.5萬／年", "按次計費"]),
    ]),
    ("五、原始碼", [
        ("原始碼交付", ["完整原始碼，無加密，可二次開發", "完整原始碼", "完整原始碼", "僅提供安裝包，授權綁定網域"]),
    ]),
]


def case_i03():
    wb, ws = new_sheet("廠商評選", "分期業務系統（原始碼）廠商評選比較表",
                       "需求單位：崑山永信小額貸款股份有限公司（機車及家電分期）　資訊部 製表：林怡君　2025/01/22",
                       "各廠商回覆依書面報價及說明會內容整理；稅別依各廠商報價註明。",
                       "圖例：○ 提供（含於報價）　△ 選購（另計，價格見「選購模組」列）　╳ 不提供")
    ncol = 2 + len(I03_VENDORS)
    put_row(ws, 6, ["項次", "評選項目", *I03_VENDORS], font=BOLD, fill=GREY, align=CENTER)
    r, n = 7, 1
    for title, items in I03_SECTIONS:
        band(ws, r, ncol, title, fill=GREY)
        r += 1
        for label, vals in items:
            put_row(ws, r, [n, label, *vals], align=CENTER if vals[0] in ("○", "╳", "△") else WRAP)
            r, n = r + 1, n + 1
    put_row(ws, r, [None, "採購課意見", "資料齊全，建議議價", "訂單追蹤需加購，維運偏弱", "等保待補證明",
                    "價格過低，不予考慮"], fill=YELLOW)
    widths(ws, [6, 22, 30, 30, 30, 30])
    wb.save(CASES / "i_03_ci_tw_pingxuan_symbols.xlsx")


# ---------------------------------------------------------------------------------------------
# i_04  商户经营贷 — Group Procurement of a Hong Kong finance group runs a tender for its Tianjin micro-loan subsidiary
#       (Bohai Bay Microcredit) in English and keeps the record in one workbook. Voice: a tender desk's register
#       (Form of Tender, bid bond, bid validity, clarification questions "CQ-0n", BAFO, "Open – no response"). Layout:
#       THREE sheets — "Price Schedule" (as read at bid opening, vendors as ROWS, a Remarks column of the desk's own),
#       "Technical Response" (R-01…R-14 requirement rows, the requirement's wording, one column per bidder as written in
#       its bid) and "Clarifications" (one row per question: CQ No. | Date issued | Bidder | Question | Bidder's response |
#       Response date | Status), where later answers correct the bid.
# Traps: the clarifications govern over the bid: Haihe's BAFO 268,000 incl. VAT replaces its Form-of-Tender 280,000;
#       Jinghua's bare "Compliant" to the MLPS requirement becomes "assessment under way … expected May 2025" (in progress:
#       unverified, never a pass), its bank-statement analysis (a must-have) is an option "CNY 32,000 excl. VAT, not
#       included" on a 238,000 excl. VAT bid it maintains in the BAFO round: (238,000 + 32,000) × 1.13 = 305,100; Qilu's
#       "Free" regulatory adaptation is corrected to "charged at CNY 1,200 per person-day"; Haihe's bare "12 months" is
#       given its scope (bug fixes and minor upgrades) by CQ-02; the questions are the buyer's words (they quote amounts
#       and requirements), never the bidders'; Yanzhao only claims (designed to MLPS Level 3, 国密, "any credit bureau",
#       lifetime maintenance, "as soon as possible") and left CQ-04 unanswered; Dalian Xinghai did not bid (a row in the
#       price schedule, no quote); bid bond 10,000, validity "90 days", "R-01" numbers are not prices.
# Analyst's reading: Tianjin Haihe Fintech Co., Ltd. — BAFO 268,000 incl. VAT inside 25–35万, filing certificate number,
#       SM4 on fields, HTTPS, RBAC, 24-month logs, PBoC + Baihang, all three merchant must-haves, 12 months with minor
#       upgrades, free regulatory adaptation, 24/7, 1 h, lifetime consulting, in the contract, CNY 28,000 a year, full
#       source.
# ---------------------------------------------------------------------------------------------
I04_BIDDERS = ["Tianjin Haihe Fintech Co., Ltd.", "Beijing Jinghua Credit Technology Co., Ltd.",
               "Hebei Yanzhao Software Co., Ltd.", "Shandong Qilu Data Technology Co., Ltd."]
I04_NOBID = "Dalian Xinghai Software Co., Ltd."
I04_TECH = [
    ("R-01", "MLPS Level 3 (等保三级)", "Valid MLPS Level 3 filing certificate; state the certificate number", [
        "Compliant. Filing certificate no. 12010043285-23011 (copy in Vol. 2, p. 14).", "Compliant.",
        "Designed to MLPS Level 3; we assist clients through the assessment.",
        "Level 2 filed (37010043158-21004). Level 3 planned for 2026."]),
    ("R-02", "Field encryption", "SM4 encryption of ID numbers, mobile numbers and bank account numbers", [
        "SM4 on ID, mobile and bank account fields.", "SM4 field-level encryption.",
        "National cryptographic algorithms (国密).", "AES-256."]),
    ("R-03", "Transport encryption", "HTTPS (TLS 1.2 or later) for all traffic", [
        "HTTPS, TLS 1.2", "HTTPS, TLS 1.2", "HTTPS, TLS 1.2", "HTTPS"]),
    ("R-04", "Access control", "Role-based access control", [
        "RBAC with data-scope permissions", "RBAC", "Comprehensive permission system", "RBAC"]),
    ("R-05", "Audit log retention", "Operation logs retained for at least 6 months", [
        "24 months, with anomaly alerts", "12 months", "Meets regulatory requirements", "3 months"]),
    ("R-06", "Credit bureau interface", "Connection to licensed credit bureaus only (PBoC, Baihang, Pudao)", [
        "PBoC Credit Reference Center (enterprise) and Baihang Credit - live", "Baihang Credit - live",
        "See clarification CQ-07", "Not connected"]),
    ("R-07", "Modules in the quoted price", "Enterprise credit report, bank statement analysis and contract management "
     "are mandatory", [
        "Enterprise credit report, bank statement analysis, e-contract management, credit approval workflow, repayment "
        "management, user management",
        "Enterprise credit report, e-contract management, approval workflow, repayment management, user management; "
        "bank statement analysis available",
        "Enterprise credit report, bank statement analysis, contract management, approval workflow, repayment "
        "management, user management, blockchain evidence storage",
        "Enterprise credit report, bank statement analysis, approval workflow, repayment management, user management. "
        "Contract management: not included."]),
    ("R-08", "Free maintenance", "At least 12 months, including bug fixes and minor version upgrades", [
        "12 months", "12 months, bug fixes and minor version upgrades", "Lifetime maintenance", "6 months, bug fixes only"]),
    ("R-09", "Regulatory change adaptation", "Adapted free of charge", [
        "Free", "Free, except major regulatory overhauls, which are quoted separately", "Free", "Free"]),
    ("R-10", "Support hours and response", "24/7, response within 2 hours", [
        "24/7, named engineer, response within 1 hour", "24/7, response within 2 hours",
        "24/7, response as soon as possible", "Mon-Fri 9:00-17:30, response within 8 hours"]),
    ("R-11", "Lifetime technical consulting", "Included", ["Included", "Included", "Included", "Not offered"]),
    ("R-12", "Commitments in contract", "All service commitments written into the contract", [
        "All service commitments above will be written into the contract", "Yes", "", "Yes"]),
    ("R-13", "Fee after free maintenance", "State the yearly fee", [
        "CNY 28,000 per year", "12% of contract value per year", "To be discussed", "CNY 5,000 per incident"]),
    ("R-14", "Source code delivery", "Full source code, no encryption or obfuscation", [
        "Full source code, no encryption or obfuscation; may be modified", "Full source code",
        "Source code delivered; core risk engine compiled (encrypted)", "Full source code"]),
]
I04_CQ = [
    ("CQ-01", "12 Feb 2025", 1, "R-01: your response reads 'Compliant' but no filing certificate was enclosed. Please "
     "provide the MLPS Level 3 filing certificate number.",
     "Our Level 3 assessment is under way with an accredited assessor; the filing certificate is expected in May 2025.",
     "14 Feb 2025", "Closed"),
    ("CQ-02", "12 Feb 2025", 0, "R-08: please confirm the scope of the 12-month free maintenance (bug fixes only, or "
     "version upgrades as well?).",
     "Confirmed: bug fixes and minor version upgrades are included throughout the 12-month free maintenance period.",
     "13 Feb 2025", "Closed"),
    ("CQ-03", "12 Feb 2025", 1, "R-07: is bank statement analysis included in your quoted total of CNY 238,000?",
     "No. Bank statement analysis is an optional module at CNY 32,000 excl. VAT, not included in the total.",
     "14 Feb 2025", "Closed"),
    ("CQ-04", "12 Feb 2025", 2, "R-01: please state your MLPS level and the filing certificate number.", "", "",
     "Open - no response by 20 Feb 2025"),
    ("CQ-05", "13 Feb 2025", 3, "R-09: please confirm that regulatory-driven changes are adapted free of charge, "
     "also after the warranty period.",
     "Correction to our bid: regulatory-driven changes are charged at CNY 1,200 per person-day.",
     "15 Feb 2025", "Closed"),
    ("CQ-06", "17 Feb 2025", 0, "Please submit your best and final offer (BAFO), incl. VAT, by 19 Feb 2025.",
     "BAFO: CNY 268,000 incl. 13% VAT, all-inclusive (licence, implementation, training); all other terms unchanged.",
     "19 Feb 2025", "Closed"),
    ("CQ-07", "12 Feb 2025", 2, "R-06: which licensed credit bureaus is the system connected to?",
     "Our platform can connect to any credit bureau on request.", "18 Feb 2025", "Closed"),
    ("CQ-08", "17 Feb 2025", 1, "Please submit your best and final offer (BAFO), incl. VAT, by 19 Feb 2025.",
     "We maintain our bid price of CNY 238,000 excl. VAT; the bank statement analysis option remains CNY 32,000 "
     "excl. VAT.", "19 Feb 2025", "Closed"),
]


def case_i04():
    wb, ws = new_sheet("Price Schedule",
                       "Tender HPF-GP-2025-004 - Merchant-loan system (source code) for Bohai Bay Microcredit Co., Ltd.",
                       "Price Schedule as read at bid opening, 10 Feb 2025. Amounts in CNY as written in each bidder's "
                       "Form of Tender.",
                       "Revisions made in clarification (incl. BAFO) are NOT reflected on this sheet - see 'Clarifications'.")
    put_row(ws, 5, ["No.", "Bidder", "Licence", "Implementation", "Training", "Total", "VAT basis", "Bid validity",
                    "Bid bond", "Remarks (Group Procurement)"], font=BOLD, fill=GREY, align=CENTER)
    schedule = [
        [220000, 45000, 15000, 280000, "incl. 13% VAT", "90 days", 10000, "BAFO requested (CQ-06)"],
        [180000, 42000, 16000, 238000, "excl. VAT", "90 days", 10000, "Certificate queried (CQ-01)"],
        [168000, 30000, "-", 198000, "incl. VAT", "60 days", 10000, "Training not priced"],
        [128000, 22000, 8000, 158000, "incl. VAT", "90 days", 10000, ""],
    ]
    for i, (name, row) in enumerate(zip(I04_BIDDERS, schedule), start=1):
        put_row(ws, 5 + i, [i, name, *row])
        for c in (3, 4, 5, 6, 9):
            ws.cell(row=5 + i, column=c).number_format = "#,##0"
    put_row(ws, 10, [5, I04_NOBID, "-", "-", "-", "No bid", "-", "-", "-",
                     "Letter of regret received 7 Feb 2025; did not bid."])
    ws.cell(row=12, column=1, value="Bid opening witnessed by: A. Leung (Group Procurement), Zhao Min (Bohai Bay "
                                    "Microcredit), K. Wong (Group Internal Audit)")
    widths(ws, [6, 40, 12, 15, 12, 12, 16, 12, 10, 40])

    ts = wb.create_sheet("Technical Response")
    ts.cell(row=1, column=1, value="Technical Response - as written in each bid (Vol. 2)").font = TITLE
    put_row(ts, 3, ["Ref", "Requirement", "Tender wording", *I04_BIDDERS], font=BOLD, fill=GREY, align=CENTER)
    for i, (ref, label, need, answers) in enumerate(I04_TECH):
        put_row(ts, 4 + i, [ref, label, need, *answers])
    widths(ts, [7, 24, 36, 38, 38, 38, 38])

    cs = wb.create_sheet("Clarifications")
    cs.cell(row=1, column=1, value="Clarification register - questions issued by Group Procurement and bidders' "
                                   "written responses (responses form part of the bid)").font = TITLE
    put_row(cs, 3, ["CQ No.", "Date issued", "Bidder", "Question (Group Procurement)", "Bidder's response",
                    "Response date", "Status"], font=BOLD, fill=GREY, align=CENTER)
    for i, (no, issued, who, q, a, when, status) in enumerate(I04_CQ):
        put_row(cs, 4 + i, [no, issued, I04_BIDDERS[who], q, a or None, when or None, status])
    widths(cs, [8, 13, 38, 50, 56, 13, 24])
    wb.save(CASES / "i_04_ml_en_tender_clarifications.xlsx")


# ---------------------------------------------------------------------------------------------
# i_05  消费分期 — 运营部 刘洋 at 芜湖江城小额贷款 (家电 / 电动车分期) talked to each vendor in a WeChat project group,
#       exported every group with a chat-export tool (one CSV per group, the tool's own columns: localId, TalkerId,
#       Type, SubType, IsSender, CreateTime, StrContent, StrTime, Remark, NickName, Sender) and merged them into one
#       CSV (UTF-8 with BOM), adding a first column 供应商 with the vendor's full name. Voice: chat — "收到刘总",
#       "20.5w，不含税哈", emoji, "[文件]…pdf", "[图片]", "[语音]", a recalled message. Layout: one row per MESSAGE;
#       IsSender = 1 marks the buyer's own messages; Type 1 text, 3 image, 34 voice, 49 file, 10000 system notice.
# Traps: the buyer's messages (IsSender 1) state the buyer's requirements ("等保三级、SM4…7×24小时…2小时内响应") — never
#       a vendor's commitment; 滨湖云分's first 合计 22.8万 is replaced by its later "合计优惠到21.8万（含税），其他条款
#       不变": 218,000; 钟山智分 quotes "20.5w，不含税" and its 分期计算器 (a must-have) is 选配 "另加1.5w（不含税）":
#       (205,000 + 15,000) × 1.13 = 248,600, with 等保 测评中 (unverified), AES, 维保1年 bug fixes only, major policy
#       changes 另外报价, weekday support and 4 h; 江汉优购 says 面议 and promises a formal quote after a survey (price
#       unknown: unverified) and "终身维护" (a claim); 皖江 is 6.8w 全套 (under 10万) with 等保 没做, no 订单跟踪 and an
#       encrypted core; CreateTime (Unix seconds), localId, "一周上线" and the [文件]/[图片]/[语音] placeholders are not
#       values.
# Analyst's reading: 合肥滨湖云分科技有限公司 — 218,000 含税 after its discount, inside 20–30万, filing number, SM4,
#       HTTPS, RBAC, 12-month logs, Baihang + Pudao, every installment must-have, 12 months with upgrades, free policy
#       adaptation, 7×24, 2 h, lifetime consulting, in the contract, 2.6万 a year, full source.
# ---------------------------------------------------------------------------------------------
I05_BUYER = ("江城小贷-刘洋", "wxid_liuyang_jc")
I05_ASK = ("各位好，我司准备上线家电、电动车消费分期，需要商品管理、分期计算器、订单跟踪。我们的要求：等保三级、敏感数据SM4加密、"
           "7×24小时支持、2小时内响应、免费维保至少12个月，承诺写进合同。麻烦出一版含税报价。")
I05_CHATS = [
    ("合肥滨湖云分科技有限公司", "20987165432@chatroom", "江城小贷×滨湖云分 项目沟通群", "2025-01-13 09:40:05", {
        "孙": ("滨湖云分-孙敏", "wxid_sunmin_bh"), "周": ("滨湖云分-周工", "wxid_zhougong_bh")}, [
        ("我", 1, I05_ASK, 0),
        ("孙", 1, "收到刘总，今天下午发您🙏", 3),
        ("孙", 49, "[文件]滨湖云分_消费分期系统报价单_V1.pdf", 300),
        ("孙", 1, "文字版也发一下：源码授权19.6万，部署实施+培训3.2万，合计22.8万，含13%增值税。", 20),
        ("周", 1, "功能这边：商品管理、分期计算器、订单跟踪、还款管理、审批流、用户管理都在报价里；积分商城、社交分享后期需要再加。",
         60),
        ("周", 1, "安全：等保三级已取得，备案证明编号34010043572-23010；身份证号、手机号、银行卡号SM4加密存储；全站HTTPS；"
                  "RBAC角色权限；操作日志保存12个月；已对接百行征信、朴道征信。", 45),
        ("我", 1, "维保和售后怎么约定？", 900),
        ("孙", 1, "免费维护12个月，含bug修复和小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；终身技术咨询；"
                  "以上都写进合同。维保期满后每年2.6万。源码完整交付，无加密，可二次开发。", 240),
        ("我", 1, "价格方面还有空间吗？", 86400),
        ("sys", 10000, "\"孙敏\" 撤回了一条消息", 3600),
        ("孙", 1, "刘总，跟领导申请下来了：合计优惠到21.8万（含税），其他条款不变👍", 30),
        ("我", 1, "好的，收到", 120),
    ]),
    ("南京钟山智分网络科技有限公司", "20987198311@chatroom", "江城小贷×钟山智分", "2025-01-13 10:15:22", {
        "王": ("钟山智分-王磊", "wxid_wanglei_zs")}, [
        ("我", 1, I05_ASK, 0),
        ("王", 1, "刘总好，源码+实施一共20.5w，不含税哈", 1800),
        ("我", 1, "分期计算器、订单跟踪都有吧？", 60),
        ("王", 1, "订单跟踪、商品管理、还款管理、审批、用户管理都有；分期计算器是选配，另加1.5w（不含税）", 120),
        ("王", 34, "[语音]", 10),
        ("王", 1, "等保三级在测评中，测评机构已经进场，预计3月拿到备案证明", 40),
        ("王", 1, "加密用的AES-256，传输HTTPS，角色权限，操作日志保存半年，征信对接了百行", 30),
        ("我", 1, "售后呢？", 600),
        ("王", 1, "维保1年，只修bug，不含升级；政策调整小的免费，大的另外报价；工作日9点到18点支持，4小时响应；"
                  "不提供终身咨询；条款可以写进合同；维保到期后每年按合同额15%", 300),
        ("王", 1, "源码是完整给的，不加密", 20),
    ]),
    ("武汉江汉优购软件有限公司", "20987203374@chatroom", "江城小贷-江汉优购对接群", "2025-01-14 14:02:10", {
        "陈": ("江汉优购-陈杰", "wxid_chenjie_jh")}, [
        ("我", 1, I05_ASK, 0),
        ("陈", 1, "刘总您好，我们系统是按需定制的，价格面议，需求调研完再给正式报价", 2400),
        ("陈", 1, "功能：商品管理、分期试算、订单状态跟踪、还款管理、审批流、用户管理、积分商城", 30),
        ("陈", 1, "等保三级有的，备案编号42010043318-22021；敏感字段SM4加密；HTTPS；RBAC；日志保存12个月；对接百行征信", 50),
        ("陈", 3, "[图片]", 5),
        ("我", 1, "维保多久？", 700),
        ("陈", 1, "我们终身维护的，您放心，7×24小时都有人", 90),
        ("我", 1, "报价大概什么时候能出？", 300),
        ("陈", 1, "下周安排调研，之后出正式报价", 600),
    ]),
    ("安庆皖江网络工作室", "20987244519@chatroom", "江城小贷 皖江网络", "2025-01-15 20:31:44", {
        "胡": ("皖江网络-小胡", "wxid_xiaohu_wj")}, [
        ("我", 1, I05_ASK, 0),
        ("胡", 1, "老板好，我们这套便宜，6.8w全套，带源码，一周上线", 400),
        ("我", 1, "等保三级有吗？订单跟踪呢？", 120),
        ("胡", 1, "等保没做，需要的话可以帮忙找机构。订单跟踪暂时没有，有商品管理、分期计算、还款管理、用户管理", 200),
        ("胡", 1, "源码给，但核心模块是加密的", 60),
        ("胡", 1, "维护3个月，之后按次收费", 30),
    ]),
]


def case_i05():
    head = ["供应商", "localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "StrContent", "StrTime",
            "Remark", "NickName", "Sender"]
    rows, local_id = [head], 1000
    tz = timezone(timedelta(hours=8))
    for vendor, talker, remark, start, people, msgs in I05_CHATS:
        t = datetime.strptime(start, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        for who, kind, text, gap in msgs:
            t += timedelta(seconds=gap)
            local_id += 1
            if who == "我":
                nick, sender, mine = *I05_BUYER, "1"
            elif who == "sys":
                nick, sender, mine = "", "", "0"
            else:
                nick, sender, mine = *people[who], "0"
            rows.append([vendor, str(local_id), talker, str(kind), "0", mine, str(int(t.timestamp())), text,
                         t.strftime("%Y-%m-%d %H:%M:%S"), remark, nick, sender])
    write_csv("i_05_ci_wechat_export_merged.csv", rows, "utf-8-sig", CASES)


# ---------------------------------------------------------------------------------------------
# i_06  个人信用贷 — the PMO of a foreign-invested consumer lender in Guangzhou tracks the vendor shortlist in a Notion
#       database and exports it (Notion's CSV: UTF-8, property columns in the view's order, multi-select values joined by
#       ", ", a person column, "Last edited time" as "February 11, 2025 4:32 PM"). Voice: a PMO's shorthand in English
#       ("Shortlisted", "Awaiting clarification", "Declined to bid", "+¥25,000 (excl. VAT)", "Next business day"), with a
#       Team notes column of its own. Layout: one row per vendor, vendors as ROWS, one column per criterion, no title.
# Traps: Lingnan's ¥172,000.00 is Excl. VAT and its risk model (a must-have) is only in Optional modules "+¥25,000 (excl.
#       VAT)": (172,000 + 25,000) × 1.13 = 222,610, while its Membership option is deferrable and not bought; Chaoshan's
#       quote "Free (open-source edition; commercial licence negotiable)" is 0 (conditional) — a do-not-buy, not a
#       missing price — with MLPS "Not held" and no risk model; Hengqin is "In assessment" (unverified, not fail), lists
#       no anti-fraud and obfuscates its risk engine; West Lake "Declined to bid" made no quote; Owner, Last edited
#       time and Team notes ("Cheapest certified…") are the PMO's, not the vendors'.
# Analyst's reading: Guangzhou Pearl River Fintech Co., Ltd. — ¥245,000 incl. VAT inside 18–25万, filing number, SM4 on
#       fields, HTTPS, RBAC, 12-month logs, PBoC + Baihang, credit report / risk model / anti-fraud / repayment, 12
#       months with minor upgrades, free regulatory changes, 24/7, 1 h, lifetime consulting, in the contract, ¥25,000 a
#       year, full source.
# ---------------------------------------------------------------------------------------------
def case_i06():
    head = ["Name", "Stage", "Quote", "Tax", "Optional modules", "MLPS Level 3", "Data encryption", "Transport",
            "Access control", "Log retention", "Credit bureau", "Modules in quote", "Free maintenance",
            "Maintenance scope", "Regulatory changes", "Support", "Response", "Consulting", "In contract",
            "Fee after warranty", "Source code", "Owner", "Last edited time", "Team notes"]
    rows = [
        head,
        ["Guangzhou Pearl River Fintech Co., Ltd.", "Shortlisted", "¥245,000.00", "Incl. VAT", "",
         "Certified – filing no. 44010043591-23014", "SM4 (ID no., mobile, bank card)", "HTTPS (TLS 1.2)", "RBAC",
         "12 months", "PBoC, Baihang",
         "Credit report, Risk model (scorecard), Anti-fraud, Repayment schedule & reminders, Approval workflow, "
         "User management", "12 months", "Bug fixes + minor upgrades", "Free", "24/7", "1 h", "Lifetime", "Yes",
         "¥25,000 / yr", "Full source, no encryption", "Emily Zhang", "February 11, 2025 4:32 PM",
         "Best fit so far; demo on 18 Feb"],
        ["Foshan Lingnan Data Co., Ltd.", "Shortlisted", "¥172,000.00", "Excl. VAT",
         "Risk model +¥25,000 (excl. VAT), Membership +¥12,000 (excl. VAT)",
         "Certified – filing no. 44060043225-22009", "SM4", "HTTPS", "RBAC", "6 months", "Baihang",
         "Credit report, Anti-fraud, Repayment schedule, Approval workflow, User management", "6 months",
         "Bug fixes only", "Minor changes free; major changes quoted separately", "Mon–Fri 9:00–18:00", "4 h", "No",
         "Yes", "15% of contract / yr", "Full source", "Kevin Li", "February 10, 2025 11:05 AM",
         "Cheapest certified; check VAT"],
        ["Zhuhai Hengqin Smart Finance Co., Ltd.", "Awaiting clarification", "¥158,000.00", "Incl. VAT", "",
         "In assessment – filing expected Q2 2025", "SM4", "HTTPS", "RBAC", "12 months", "Baihang, Pudao",
         "Credit report, Risk model, Repayment schedule, Approval workflow, User management", "12 months",
         "Bug fixes + minor upgrades", "Free", "24/7", "2 h", "Lifetime", "Yes", "¥20,000 / yr",
         "Core risk engine obfuscated; other modules in source", "Emily Zhang", "February 12, 2025 9:47 AM",
         "Asked for the filing date; no anti-fraud?"],
        ["Shantou Chaoshan Tech Studio", "Rejected", "Free (open-source edition; commercial licence negotiable)", "",
         "", "Not held", "None", "HTTPS", "Single admin account", "3 months", "None",
         "Loan application, Credit check, Repayment, Admin approval", "3 months", "Bug fixes only", "Charged",
         "Business hours", "Next business day", "No", "No", "Per incident", "", "Kevin Li",
         "February 7, 2025 3:20 PM", "Not a serious option"],
        ["Huizhou West Lake Systems Co., Ltd.", "Declined to bid", "", "", "", "", "", "", "", "", "", "", "", "", "",
         "", "", "", "", "", "", "Kevin Li", "February 6, 2025 9:12 AM",
         "Declined by e-mail on 6 Feb (no capacity before Q3)"],
    ]
    write_csv("i_06_pc_en_notion_tracker.csv", rows, "utf-8", CASES)


if __name__ == "__main__":
    case_i01()
    case_i02()
    case_i03()
    case_i04()
    case_i05()
    case_i06()
    print("written:", ", ".join(sorted(p.name for d in (HERE, CASES) for p in d.glob("i_0*") if p.suffix != ".toml")))
