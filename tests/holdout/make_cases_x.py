"""Build the "x" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, office tools (an English vendor due-diligence rubric with, per
vendor, an answer column and an evidence-link column; a 采购 price-negotiation log with 初次 / 二次 / 最终报价 columns and a
note on which round applies; a 供应商比选 sheet where every vendor takes two rows, a 报价 row of line prices and a 条款 row
of terms under the same criterion columns, exported from WPS as GBK CSV with the merged vendor cell left blank on the second
row; an intern's 报价信息录入表 whose blocks each end with the "供应商：…" line; a Google Sheets shortlist exported to CSV with
TRUE/FALSE checkbox columns and a free-text notes column; a procurement KPI 看板 whose quotes sit on a hidden raw-data sheet)
and buyers' staff would write; the expected reading of every file is in the matching x_0N_*.toml beside it, written from
the file's content and the domain notes (shared/domain.md) before any product code read these files. The author of this
script neither ran the product on them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_x.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure x_
"""
from __future__ import annotations

import csv
import io
import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
sys.path.insert(0, str(CASES))
sys.path.append("/work/main/tests/cases")  # when run from a scratch copy
from case_sheet import BLUE, BOLD, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402

FIXED = datetime(2025, 8, 26, 9, 0, 0)
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
MUTED = Font(color="808080", size=9)
BIG = Font(bold=True, size=20, color="1F4E78")
TILE = PatternFill("solid", fgColor="F2F2F2")


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


def _text_row(ws, r, ncol, text, *, bold=False, height=None, font=None, start=1, fill=None):
    cell = ws.cell(row=r, column=start, value=text)
    cell.alignment = LEFT
    cell.font = font or (BOLD if bold else Font())
    if fill:
        cell.fill = fill
    if ncol > 1:
        ws.merge_cells(start_row=r, start_column=start, end_row=r, end_column=start + ncol - 1)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# x_01  个人信用贷 — Kevin Zhao, IT risk at 黑河边城小额贷款 (personal credit loans), builds an English vendor due-diligence rubric:
#       one row per criterion (with its weight and "what good looks like"), and for each vendor two columns, the vendor's answer
#       copied from its DD response and the evidence it uploaded (a link, or blank); a reviewer-notes row at the bottom.
# Layout: title, a note line, a two-level header (vendor name merged over "Vendor answer" | "Evidence"), 17 criterion rows,
#       "Reviewer notes", a prepared-by line. Six vendor column pairs; the sixth declined.
# Traps: the vendor is the merged header, never "Vendor answer" / "Evidence"; weights (15%…), links, certificate numbers are no
#       amounts; 鹤城 ¥168,000 is excl. VAT and its credit-report module (a must-have) is optional + ¥30,000 excl. VAT:
#       (168,000 + 30,000) × 1.13 = 223,740; 镜泊 only claims; 林都 points to a qualification pack never uploaded (unknown);
#       东极 ¥88,000 with Level 2 and no risk model (fail); 寒地 declined.
# ---------------------------------------------------------------------------------------------
X01_CRIT = [
    ("1", "Total price (state tax basis)", "15%", "Within 18–25万 incl. VAT, all must-have modules priced in"),
    ("2", "Price breakdown / optional items", "—", "Itemised; nothing must-have left optional"),
    ("3", "Modules in scope", "15%", "Credit report, risk model, anti-fraud, repayment, approval, users"),
    ("4", "MLPS (等保) Level 3 certification", "10%", "Filing certificate number + copy"),
    ("5", "Sensitive-field encryption", "5%", "SM4 on ID / mobile / bank card"),
    ("6", "Encryption in transit", "5%", "HTTPS / TLS 1.2+ everywhere"),
    ("7", "Access control", "5%", "Role-based"),
    ("8", "Audit log retention", "5%", "≥ 6 months"),
    ("9", "Credit bureau connections", "5%", "Licensed bureaus only, named"),
    ("10", "Free maintenance period", "10%", "≥ 12 months"),
    ("11", "What maintenance covers", "5%", "Bug fixes AND minor upgrades"),
    ("12", "Regulatory-change adaptation", "5%", "Free"),
    ("13", "Support hours & response time", "10%", "24×7, ≤ 2 h"),
    ("14", "Lifetime technical consulting", "—", "Included"),
    ("15", "Commitments written into contract", "5%", "Yes, as contract clauses/annex"),
    ("16", "Fee after the free period", "—", "Known in advance"),
    ("17", "Source code delivery", "—", "Full, unencrypted, modifiable"),
]
X01_VENDORS = [
    ("大庆油城数科有限公司", [
        ("¥226,000 incl. 13% VAT", "https://pan.hhbc-xd.cn/dd/youcheng/QT-DQ-0807.pdf"),
        ("Licence 150,000 + implementation 56,000 + training 20,000; no optional items", ""),
        ("个人征信查询 (PBoC 2nd-gen + Baihang), 风控模型 (scorecard + decision engine), 反欺诈 (device fingerprint, "
         "multi-lending check), 还款管理 (schedule + overdue reminders), 审批流, 用户管理", "https://pan.hhbc-xd.cn/dd/youcheng/demo_0805.mp4"),
        ("Yes – Level 3 filing certificate No. 23060043012-24005, issued March 2024", "https://pan.hhbc-xd.cn/dd/youcheng/mlps_cert.pdf"),
        ("SM4 for ID number, mobile number and bank card number", "https://pan.hhbc-xd.cn/dd/youcheng/db_design_v3.pdf"),
        ("HTTPS everywhere, TLS 1.2+", ""),
        ("RBAC, roles configurable per branch", ""),
        ("12 months, with alerts on abnormal operations", ""),
        ("PBoC Credit Reference Center and Baihang only", ""),
        ("12 months", ""),
        ("Bug fixes and minor version upgrades", ""),
        ("Free, during and after the warranty", ""),
        ("24×7, response within 1 hour, named engineer", ""),
        ("Yes, lifetime", ""),
        ("Yes – all of the above are in Annex 3 of the draft contract", "https://pan.hhbc-xd.cn/dd/youcheng/contract_annex3.pdf"),
        ("¥25,000 per year", ""),
        ("Full source, no obfuscation, buyer may modify", "https://pan.hhbc-xd.cn/dd/youcheng/source_tree.txt"),
    ], "Strongest evidence pack"),
    ("齐齐哈尔鹤城软件有限公司", [
        ("¥168,000 excl. VAT (13% VAT invoiced on top)", "https://pan.hhbc-xd.cn/dd/hecheng/quote_0806.pdf"),
        ("Base edition 168,000. Credit-report module (PBoC / Baihang / Pudao interface) is optional: + ¥30,000 excl. VAT, "
         "not included in the 168,000", ""),
        ("风控模型, 反欺诈, 还款管理, 审批流, 用户管理; 个人征信 only via the optional module above", ""),
        ("Yes – Level 3 certificate No. 23020043006-23011", "https://pan.hhbc-xd.cn/dd/hecheng/mlps.pdf"),
        ("SM4", ""),
        ("HTTPS", ""),
        ("Role-based permissions", ""),
        ("6 months", ""),
        ("Baihang, Pudao", ""),
        ("12 months", ""),
        ("Bug fixes only; version upgrades are charged", ""),
        ("Small changes free; major regulatory changes quoted separately", ""),
        ("Mon–Fri 8:30–17:30; response within 4 hours", ""),
        ("Not offered", ""),
        ("Yes", ""),
        ("18% of contract value per year", ""),
        ("Full source", ""),
    ], "Looks cheapest – check VAT and the credit module"),
    ("牡丹江镜泊网络科技有限公司", [
        ("¥215,000 incl. VAT, all-in", "https://pan.hhbc-xd.cn/dd/jingpo/brochure_2025.pdf"),
        ("One price, not itemised", ""),
        ("Credit report query, AI risk control, anti-fraud, repayment reminders, approval flow, user management; "
         "FREE AI customer-service bot and blockchain evidence module", ""),
        ("Our system is built to MLPS Level 3 requirements and we can help you pass the assessment",
         "https://pan.hhbc-xd.cn/dd/jingpo/brochure_2025.pdf"),
        ("National cryptographic (国密) algorithms", ""),
        ("HTTPS supported", ""),
        ("Comprehensive permission management", ""),
        ("Configurable", ""),
        ("Connects to all mainstream credit bureaus", ""),
        ("终身维护 – lifetime maintenance", ""),
        ("", ""),
        ("We always keep up with regulation", ""),
        ("7×24 service, we respond as soon as possible", ""),
        ("Yes", ""),
        ("Contract terms negotiable", ""),
        ("", ""),
        ("Risk engine delivered as an encrypted SDK; other modules as source", ""),
    ], "Only a brochure uploaded; ask for the certificate"),
    ("伊春林都信息技术有限公司", [
        ("¥232,000 incl. VAT", "https://pan.hhbc-xd.cn/dd/lindu/quote.pdf"),
        ("Licence 160,000 + implementation 48,000 + training 24,000", ""),
        ("个人征信查询 (PBoC + Baihang), 风控模型, 反欺诈, 还款管理, 审批流, 用户管理", ""),
        ("Please refer to our qualification pack", ""),
        ("SM4 – ID number and bank card number", ""),
        ("HTTPS (TLS 1.2)", ""),
        ("RBAC", ""),
        ("6 months", ""),
        ("PBoC CRC, Baihang", ""),
        ("12 months", ""),
        ("Bug fixes + minor upgrades", ""),
        ("Free", ""),
        ("24×7, response within 2 hours", ""),
        ("Yes", ""),
        ("Yes, in the contract", ""),
        ("¥20,000 / year", ""),
        ("Full source, secondary development allowed", ""),
    ], "Qualification pack never uploaded – chased 8/11, no reply"),
    ("佳木斯东极科技工作室", [
        ("¥88,000 incl. VAT", ""),
        ("Licence 70,000 + installation 18,000", ""),
        ("Credit report query (Baihang), repayment management, user management. No risk model yet – manual review recommended", ""),
        ("Level 2 (等保二级) filing", ""),
        ("AES-256 database encryption", ""),
        ("HTTPS", ""),
        ("One administrator account", ""),
        ("3 months", ""),
        ("Baihang", ""),
        ("3 months", ""),
        ("Bug fixes only", ""),
        ("Charged per change", ""),
        ("Business hours, QQ group, next-day reply", ""),
        ("No", ""),
        ("No – service letter only, not in the contract", ""),
        ("Per incident, ¥4,000 each", ""),
        ("Licensed use bound to your domain; no source code", ""),
    ], "Too cheap"),
    ("绥化寒地软件有限公司", [("Declined to respond – e-mail 4 Aug: “not bidding this quarter”", "")] + [("", "")] * 16, "Declined"),
]


def case_x01():
    wb = Workbook()
    ws = wb.active
    ws.title = "DD rubric"
    nv = len(X01_VENDORS)
    ncol = 4 + 2 * nv
    widths(ws, [4, 30, 8, 30] + [34, 24] * nv)
    _text_row(ws, 1, ncol, "Vendor Due Diligence Rubric – Personal Credit Loan System (source code purchase)", font=TITLE, height=24)
    _text_row(ws, 2, ncol, "Answers copied verbatim from each vendor's DD response. Evidence = what the vendor uploaded to our "
              "shared drive; blank = nothing uploaded. Scores will be filled in at the panel meeting on 15 Aug.", font=MUTED)
    put_row(ws, 4, ["#", "Criterion", "Weight", "What good looks like"], font=BOLD, fill=BLUE, align=CENTER)
    for i in range(4):
        ws.merge_cells(start_row=4, start_column=i + 1, end_row=5, end_column=i + 1)
    for k, (name, _, _) in enumerate(X01_VENDORS):
        c = 5 + 2 * k
        put_row(ws, 4, [name], font=BOLD, fill=BLUE, align=CENTER, start=c)
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 1)
        put_row(ws, 5, ["Vendor answer", "Evidence"], font=BOLD, fill=GREY, align=CENTER, start=c)
    for i, crit in enumerate(X01_CRIT):
        r = 6 + i
        row = list(crit)
        for _, answers, _ in X01_VENDORS:
            a, e = answers[i]
            row += [a or None, e or None]
        put_row(ws, r, row)
        ws.row_dimensions[r].height = 45 if i == 2 else 30
    r = 6 + len(X01_CRIT)
    row = ["", "Reviewer notes", "", ""]
    for _, _, note in X01_VENDORS:
        row += [note, None]
    put_row(ws, r, row, fill=YELLOW)
    for k in range(nv):
        ws.merge_cells(start_row=r, start_column=5 + 2 * k, end_row=r, end_column=6 + 2 * k)
    _text_row(ws, r + 2, ncol, "Prepared by Kevin Zhao (IT Risk), 12 Aug 2025. Weights agreed with the COO on 9 Aug.", font=MUTED)
    ws.freeze_panes = "E6"
    _save(wb, "x_01_pc_en_dd_rubric.xlsx", creator="Kevin Zhao")


# ---------------------------------------------------------------------------------------------
# x_02  商户经营性贷 — 马丽, 采购专员 at 银川凤城小额贷款 (operating loans to merchants), keeps the 议价记录: one row per vendor,
#       three price columns in 万元 (初次报价, 二次报价, 最终报价), a 以哪轮为准 note, 计税, 条款要点 (the vendor's terms from its
#       written quote) and her 谈判备注.
# Traps: the price is the round the note says applies, never the first round; 丹霞 has no final round ("最终轮未回复，按二次
#       报价") and its 26.2 is 不含税 with 电子合同 (a must-have) 选配 +3.0万 不含税: (262,000 + 30,000) × 1.13 = 329,960; the
#       "贺兰山 30万左右" in 丹霞's negotiation note is no price of 丹霞; 雄关 only claims; 六盘山 never gives a number (面议);
#       天马's 13.2 is in the caution zone with 等保三级 申请中; 沙湖 withdrew in writing after round one (no live quote).
# ---------------------------------------------------------------------------------------------
X02_HEAD = ["序号", "供应商", "初次报价（万元）", "二次报价（万元）", "最终报价（万元）", "以哪轮为准", "计税", "条款要点（摘自供应商书面报价）",
            "谈判备注"]
X02_ROWS = [
    ["1", "宁夏贺兰山数科有限公司", 34.8, 31.5, 29.6, "最终报价（8/19书面确认函）", "含13%增值税",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理均含；等保三级备案证明（备案编号64010043015-24006）；"
     "身份证号、手机号、银行卡号SM4加密；全站HTTPS；RBAC；操作日志保存12个月；征信接口：人行征信中心、百行征信；"
     "免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时支持，1小时内响应；终身技术咨询；以上写入合同；"
     "维保期满后年服务费3万元；交付完整源码，无加密",
     "第二轮后再让2万，最终价书面确认"],
    ["2", "张掖丹霞软件有限公司", 28.0, 26.2, None, "最终轮未回复，按二次报价", "不含税（增值税13%另计）",
     "企业征信、银行流水分析、风控审批、还款管理、用户管理；电子合同为选配模块，另加3.0万元（不含税），二次报价未含；"
     "等保三级已备案（64070043002-23010）；SM4加密；HTTPS；角色权限；日志保存6个月；征信：百行征信、朴道征信；"
     "免费维护12个月，仅修复缺陷，不含升级；重大监管政策调整另行报价；工作日9:00-18:00，4小时内响应；不提供终身技术咨询；"
     "以上写入合同；维保期满后按合同额15%/年；完整源码",
     "已告知对方贺兰山报价在30万左右，对方未再降"],
    ["3", "嘉峪关雄关网络科技有限公司", 30.0, 28.0, 26.5, "最终报价", "含税（一口价）",
     "全功能：企业征信、流水分析、电子合同、风控审批、还款提醒、用户管理；另送区块链存证、元宇宙营销；系统满足等保三级要求，"
     "可协助测评；采用国密加密；HTTPS；权限管理完善；可对接各类征信；终身维护，7×24服务；合同条款可以谈；核心风控代码加密交付",
     "让价最爽快，但资料最少"],
    ["4", "固原六盘山信息技术有限公司", "面议", "面议", "待需求调研后报价", "—", "—",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理；等保三级备案证明（64040043008-24001）；SM4加密（身份证、"
     "银行卡）；HTTPS；RBAC；日志12个月；人行征信中心、朴道征信；免费维护12个月含小版本升级；政策调整免费；7×24，2小时响应；"
     "终身技术咨询；写入合同；过保年费2.8万元；完整源码",
     "要求先做3天需求调研再报价"],
    ["5", "武威天马科技有限公司", 16.8, 14.5, 13.2, "最终报价", "含税",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理；等保三级申请中（测评机构已进场，预计11月出证）；SM4加密；"
     "HTTPS；RBAC；日志12个月；人行征信中心、百行征信；免费维护6个月，含小版本升级；政策调整免费；7×24，2小时响应；"
     "终身技术咨询；写入合同；过保年费1.6万元；完整源码",
     "价格最低"],
    ["6", "宁夏沙湖软件有限公司", 27.5, "—", "—", "已撤回（8/12书面函告退出比选）", "—", "—", "报价作废"],
]


def case_x02():
    wb = Workbook()
    ws = wb.active
    ws.title = "议价记录"
    n = len(X02_HEAD)
    widths(ws, [6, 26, 12, 12, 12, 24, 16, 80, 26])
    _text_row(ws, 1, n, "经营贷系统源码采购 议价记录", font=TITLE, height=24)
    _text_row(ws, 2, n, "金额单位：万元；以“以哪轮为准”一栏为准。记录人：采购专员 马丽  更新于2025-08-20", font=MUTED)
    put_row(ws, 4, X02_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(X02_ROWS):
        r = 5 + i
        put_row(ws, r, row)
        for c in (3, 4, 5):
            if isinstance(row[c - 1], float):
                ws.cell(row=r, column=c).number_format = "0.0"
        ws.row_dimensions[r].height = 90 if len(row[7]) > 20 else 20
    _text_row(ws, 5 + len(X02_ROWS) + 1, n, "下一步：8/22约贺兰山谈合同；六盘山调研排期待定。", font=MUTED)
    ws.freeze_panes = "C5"
    _save(wb, "x_02_ml_yijia_jilu.xlsx", creator="马丽")


# ---------------------------------------------------------------------------------------------
# x_03  消费分期 — 采购部 of 新余仙女湖小额贷款 (appliance and phone instalments) keeps a 供应商比选 sheet in WPS: criterion columns,
#       each vendor on two rows — a 报价 row (the total and the line price under each module column) and a 条款 row (what is
#       included, tax basis and terms under the same columns); the merged vendor cell is exported to GBK CSV on the first row
#       only.
# Traps: the second row of each vendor has no name; module line prices are parts, never the price; 袁州's 178,000 is 不含税 and
#       its 订单跟踪 (a must-have) is 选配 32,000 not in the total: (178,000 + 32,000) × 1.13 = 237,300; 临川 only claims;
#       龙虎山 has 等保三级 but 订单跟踪 "暂不支持" (fail) at 128,000; 井冈's 338,000 is one bundle with 元宇宙营销 / 海外支付通道
#       (over the 20–30万 band); 柴桑 did not take part.
# ---------------------------------------------------------------------------------------------
X03_HEAD = ["供应商", "行", "合计", "商品管理", "分期计算器", "订单跟踪", "还款管理", "风控审批", "用户管理", "实施部署",
            "安全合规", "售后服务", "源码", "备注"]
X03_ROWS = [
    ["萍乡武功山数科有限公司", "报价", "248000", "36000", "24000", "38000", "42000", "46000", "22000", "40000", "",
     "维保期满后年服务费26,000元", "", ""],
    ["", "条款", "含13%增值税", "含", "含", "含（审批-放款-发货全流程）", "含（还款计划、逾期提醒）", "含", "含", "含培训",
     "等保三级备案证明36030043021-24009；身份证号、手机号、银行卡号SM4加密；全站HTTPS；RBAC；操作日志保存12个月；"
     "征信接口：人行征信中心、百行征信",
     "免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时，1小时内响应；终身技术咨询；以上写入合同",
     "完整源码，无加密，可二次开发", ""],
    ["宜春袁州软件有限公司", "报价", "178000", "30000", "18000", "32000（选配，未计入合计）", "36000", "40000", "20000", "34000", "",
     "维保期满后按合同额15%/年", "", ""],
    ["", "条款", "不含税，增值税13%另计", "含", "含", "选配", "含", "含", "含", "含",
     "等保三级已备案（36090043004-23012）；SM4加密；HTTPS；角色权限；日志保存6个月；征信：百行征信、朴道征信",
     "免费维护12个月，仅修复缺陷，不含升级；重大监管政策调整另行报价；工作日5×8，4小时内响应；不提供终身技术咨询；以上写入合同",
     "完整源码", ""],
    ["抚州临川网络科技有限公司", "报价", "23.5万（一口价，含税）", "打包", "打包", "打包", "打包", "打包", "打包", "打包", "",
     "", "", "赠送智能客服机器人、区块链存证"],
    ["", "条款", "含税", "有", "有", "有", "有（还款提醒）", "有", "有", "",
     "支持等保三级，可协助测评；采用国密算法；支持HTTPS；权限管理完善；可对接主流征信",
     "终身维护，7×24小时服务；合同条款可协商", "核心分期引擎加密交付，其余开源", ""],
    ["鹰潭龙虎山信息技术有限公司", "报价", "128000", "26000", "16000", "—", "30000", "28000", "12000", "16000", "",
     "维保期满后年费1.2万元", "", ""],
    ["", "条款", "含税", "含", "含", "暂不支持", "含", "含", "含", "含",
     "等保三级备案证明36060043010-24004；SM4加密；HTTPS；RBAC；日志保存6个月；征信：百行征信",
     "免费维护6个月，含小版本升级；政策调整免费；7×24，2小时响应；终身技术咨询；写入合同", "完整源码", ""],
    ["吉安井冈软件有限公司", "报价", "338000", "40000", "26000", "40000", "44000", "48000", "24000", "36000", "",
     "维保期满后年服务费3.6万元", "",
     "另含：积分商城18000、社交分享12000、元宇宙营销30000、海外支付通道20000（旗舰版打包报价，不可拆分）"],
    ["", "条款", "含13%增值税", "含", "含", "含", "含", "含", "含", "含",
     "等保三级备案证明36080043017-24013；身份证号、手机号SM4加密；全站HTTPS；RBAC；日志保存12个月；人行征信中心、朴道征信",
     "免费维护12个月，含bug修复及小版本升级；监管政策调整免费；7×24小时，1小时内响应；终身技术咨询；写入合同",
     "完整源代码，无加密", ""],
    ["九江柴桑软件有限公司", "报价", "不参与", "", "", "", "", "", "", "", "", "", "", "8月7日电话告知放弃"],
    ["", "条款", "", "", "", "", "", "", "", "", "", "", "", ""],
]


def case_x03():
    rows = [["消费分期系统源码 供应商比选表（每家两行：报价行为金额，条款行为对应内容）", *[""] * 13],
            ["单位：元；制表：采购部 2025-08-14", *[""] * 13],
            X03_HEAD] + X03_ROWS
    write_csv("x_03_ci_bixuan_liangxing_gbk.csv", rows, "gbk")


# ---------------------------------------------------------------------------------------------
# x_04  个人信用贷 — an intern in 科技部 of 晋中榆次小额贷款 (personal credit loans) fills the 报价信息录入表 template: one block per
#       vendor of 项目 | 供应商原文 | 录入备注 rows, and, as the template asks, the block's LAST row is "供应商：<name>" with the
#       录入人 and date; blank rows between blocks.
# Traps: the name closes its block (the rows above belong to the name below); 录入日期, 联系电话, 报价单编号 are no amounts;
#       "21.6w" is 216,000; 云冈 states everything but holds 等保二级 (fail); 离石 only claims; 盐湖's "18.6万（不含税）+ 部署费2万
#       （不含税）" is (186,000 + 20,000) × 1.13 = 232,780; 上党 12.8万 with 等保三级 申请中 and 6 months; 五台 declined.
# ---------------------------------------------------------------------------------------------
X04_BLOCKS = [
    ("太原晋祠数科有限公司", "赵一鸣", "2025-08-11", [
        ("报价单编号", "JC-2025-0809", ""),
        ("报价金额", "21.6w 含税", "微信原话"),
        ("功能", "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈、还款管理（还款计划、逾期提醒）、审批流、用户管理", ""),
        ("等保", "已取得等保三级备案证明，备案编号14010043011-24003", "看过证书照片"),
        ("数据安全", "身份证号、手机号、银行卡号SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月", ""),
        ("征信接口", "人行征信中心、百行征信", ""),
        ("售后", "免费维护12个月，含bug修复和小版本升级；监管政策调整免费；7×24小时支持，1小时内响应；终身技术咨询；以上全部写入合同", ""),
        ("维保后费用", "年服务费2.2万元", ""),
        ("源码", "完整源码，无加密，可二次开发", ""),
        ("联系电话", "13935412086", ""),
    ]),
    ("大同云冈软件有限公司", "赵一鸣", "2025-08-11", [
        ("报价单编号", "YG-0808", ""),
        ("报价金额", "198,000元（含税）", ""),
        ("功能", "个人征信、风控模型、反欺诈、还款管理、审批流、用户管理", ""),
        ("等保", "等保二级（三级计划明年申请）", ""),
        ("数据安全", "SM4加密；HTTPS；RBAC；日志保存12个月", ""),
        ("征信接口", "百行征信、朴道征信", ""),
        ("售后", "免费维护12个月，含小版本升级；政策调整免费；7×24，2小时响应；终身技术咨询；写入合同", ""),
        ("维保后费用", "每年2万元", ""),
        ("源码", "完整源码", ""),
        ("联系电话", "0352-6021387", ""),
    ]),
    ("吕梁离石网络科技有限公司", "赵一鸣", "2025-08-12", [
        ("报价单编号", "（无）", ""),
        ("报价金额", "20.5万，含税，一口价", ""),
        ("功能", "征信查询、AI风控、反欺诈、还款提醒、审批流、用户管理，送智能客服机器人", ""),
        ("等保", "按等保三级标准建设", "对方原话，没给证书"),
        ("数据安全", "国密加密；支持HTTPS；权限管理完善", "日志保存多久没说"),
        ("征信接口", "支持对接征信", ""),
        ("售后", "终身维护，7×24小时在线；合同条款好商量", ""),
        ("维保后费用", "", ""),
        ("源码", "风控模块加密，其余给源码", ""),
        ("联系电话", "15803587742", ""),
    ]),
    ("运城盐湖信息技术有限公司", "赵一鸣", "2025-08-12", [
        ("报价单编号", "YH-QT-25081", ""),
        ("报价金额", "18.6万（不含税）+ 部署费2万（不含税）", "税率13%"),
        ("功能", "个人征信查询（百行征信）、风控模型、反欺诈、还款管理、审批流、用户管理", ""),
        ("等保", "等保三级备案证明，编号14080043005-23014", ""),
        ("数据安全", "身份证号、银行卡号SM4加密；HTTPS；角色权限；日志保存6个月", ""),
        ("征信接口", "百行征信", ""),
        ("售后", "免费维护12个月，含bug修复及小版本升级；政策调整免费；工作日5×8支持，4小时内响应；终身技术咨询；写入合同", ""),
        ("维保后费用", "1.8万元/年", ""),
        ("源码", "完整源码", ""),
        ("联系电话", "18635960214", ""),
    ]),
    ("长治上党科技有限公司", "赵一鸣", "2025-08-13", [
        ("报价单编号", "SD-0812", ""),
        ("报价金额", "12.8万 含税", ""),
        ("功能", "个人征信（人行二代征信）、风控模型、反欺诈、还款管理、审批流、用户管理", ""),
        ("等保", "等保三级申请中（已提交测评，预计9月底出证）", ""),
        ("数据安全", "SM4加密；HTTPS；RBAC；日志保存6个月", ""),
        ("征信接口", "人行征信中心", ""),
        ("售后", "免费维护6个月，含小版本升级；政策调整免费；7×24，2小时响应；终身技术咨询；写入合同", ""),
        ("维保后费用", "1.5万元/年", ""),
        ("源码", "完整源码", ""),
        ("联系电话", "13703551968", ""),
    ]),
    ("忻州五台软件有限公司", "赵一鸣", "2025-08-13", [
        ("报价金额", "不报价（8月8日电话，说排期满了）", ""),
    ]),
]


def case_x04():
    wb = Workbook()
    ws = wb.active
    ws.title = "录入"
    widths(ws, [16, 70, 24])
    _text_row(ws, 1, 3, "报价信息录入表（个人信用贷系统源码）", font=TITLE, height=24)
    _text_row(ws, 2, 3, "填写说明：每家供应商填一块，按供应商原文照录；每块最后一行写“供应商：全称”及录入人、日期；块与块之间空一行。",
              font=MUTED, height=30)
    put_row(ws, 4, ["项目", "供应商原文", "录入备注"], font=BOLD, fill=BLUE, align=CENTER)
    r = 5
    for name, who, day, rows in X04_BLOCKS:
        for label, text, note in rows:
            put_row(ws, r, [label, text, note or None])
            ws.cell(row=r, column=1).font = BOLD
            if len(text) > 45:
                ws.row_dimensions[r].height = 32
            r += 1
        put_row(ws, r, [f"供应商：{name}", None, f"录入：{who}  {day}"], font=BOLD, fill=GREEN)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        r += 2
    ws.freeze_panes = "A5"
    _save(wb, "x_04_pc_luru_kuaiwei.xlsx", creator="赵一鸣")


# ---------------------------------------------------------------------------------------------
# x_05  商户经营性贷 — the product team of 昌吉庭州小额贷款 (operating loans to merchants) keeps a Google Sheets shortlist and
#       exports it to CSV: one row per vendor, checkbox columns (TRUE = vendor confirmed in writing, FALSE = vendor said no,
#       empty = no answer), number columns, and a free-text Notes column in the vendor's words; a team-only "Shortlisted" box.
# Traps: "Shortlisted" and "Demo done" are the team's boxes; 湟水's ¥258,000 is excl. VAT and its 电子合同 box is FALSE because
#       it is optional + ¥26,000 excl. VAT: (258,000 + 26,000) × 1.13 = 320,920; 黑油山's empty 等保 box and notes only claim;
#       昆仑's 等保 box FALSE, "等保二级" (fail); 疏勒 ¥89,000, no 流水分析 (fail); 东天山 declined.
# ---------------------------------------------------------------------------------------------
X05_HEAD = ["Vendor", "Quote (CNY)", "Tax", "企业征信", "流水分析", "电子合同", "MLPS L3 cert", "SM4", "HTTPS", "RBAC",
            "Log months", "Credit bureaus", "Free maint. (months)", "Upgrades incl.", "Reg. changes free", "24x7",
            "Response (h)", "Lifetime consulting", "In contract", "Fee after warranty", "Source code", "Notes (vendor's words)",
            "Demo done", "Shortlisted"]
X05_ROWS = [
    ["乌鲁木齐天山数科有限公司", "318000", "incl. 13% VAT", "TRUE", "TRUE", "TRUE", "TRUE", "TRUE", "TRUE", "TRUE", "12",
     "PBoC CRC; Baihang", "12", "TRUE", "TRUE", "TRUE", "1", "TRUE", "TRUE", "30000 / year", "full",
     "等保三级备案证明 65010043007-24002; SM4 on ID no., mobile, bank card; all terms in contract annex 2; full source, no encryption",
     "TRUE", "TRUE"],
    ["西宁湟水软件有限公司", "258000", "excl. VAT (13% extra)", "TRUE", "TRUE", "FALSE", "TRUE", "TRUE", "TRUE", "TRUE", "6",
     "Baihang; Pudao", "12", "FALSE", "FALSE", "FALSE", "4", "FALSE", "TRUE", "15% of contract / yr", "full",
     "电子合同 not in base price: optional module +¥26,000 excl. VAT. Cert 63010043003-23009. Maintenance = bug fixes only. "
     "Major regulatory changes quoted separately. Support Mon–Fri 9:00–18:00. No lifetime consulting.",
     "TRUE", "TRUE"],
    ["克拉玛依黑油山网络科技有限公司", "275000", "incl. VAT", "TRUE", "TRUE", "TRUE", "", "", "TRUE", "TRUE", "",
     "all licensed bureaus", "lifetime", "", "", "TRUE", "", "TRUE", "", "", "partial",
     "说“系统按等保三级要求设计，可配合测评”; “国密加密”; “对接所有持牌征信机构” (none named); “终身维护”; contract “can discuss”; "
     "core risk engine delivered encrypted; 区块链存证 + AI客服 included free",
     "TRUE", "FALSE"],
    ["格尔木昆仑信息技术有限公司", "228000", "incl. VAT", "TRUE", "TRUE", "TRUE", "FALSE", "TRUE", "TRUE", "TRUE", "12",
     "PBoC CRC; Baihang", "12", "TRUE", "TRUE", "TRUE", "2", "TRUE", "TRUE", "20000 / year", "full",
     "等保二级 only; 三级 planned for 2026", "FALSE", "FALSE"],
    ["喀什疏勒科技工作室", "89000", "incl. VAT", "TRUE", "FALSE", "TRUE", "FALSE", "FALSE", "TRUE", "FALSE", "3",
     "Baihang", "3", "FALSE", "FALSE", "FALSE", "24", "FALSE", "FALSE", "per incident 3000", "licence",
     "No bank-statement analysis. AES only. One admin login. QQ group support on workdays, next-day reply. Domain-bound licence, no source.",
     "FALSE", "FALSE"],
    ["哈密东天山软件有限公司", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "Declined to quote (email 6 Aug)", "FALSE", "FALSE"],
]


def case_x05():
    rows = [["Checkbox: TRUE = vendor confirmed in writing, FALSE = vendor said no; empty = no answer yet. Demo done / "
             "Shortlisted are ours.", *[""] * (len(X05_HEAD) - 1)], X05_HEAD] + X05_ROWS
    write_csv("x_05_ml_en_gsheet_checkbox.csv", rows, "utf-8")


# ---------------------------------------------------------------------------------------------
# x_06  消费分期 — 采购部 of 文昌椰乡小额贷款 (instalments for phones and appliances) keeps a procurement KPI 看板: tiles (邀请家数,
#       有效报价, 平均报价, 最低报价, 预算, 采购周期) and a small 看板口径 price list; the quotes themselves sit on a hidden sheet
#       "raw_quotes" (one row per vendor), a hidden "参数" sheet holds the budget and VAT rate.
# Traps: the dashboard's numbers are the buyer's (最低报价 19.8万 is 那大's 不含税 base); 那大's 198,000 is 不含税 and its
#       分期计算器 (a must-have) is 选配 +24,000 不含税: (198,000 + 24,000) × 1.13 = 250,860; 鹿回头 only claims; 福山 is free
#       (源码免费, 按放款额0.3%收服务费) with 等保二级 (fail); 博鳌 holds 等保三级 but AES and 3 months of logs; 兴隆 gave up.
# ---------------------------------------------------------------------------------------------
X06_HEAD = ["供应商", "报价金额（元）", "计税方式", "报价包含模块", "选配/另计", "等保", "数据加密", "传输加密", "权限", "日志保存",
            "征信接口", "免费维保", "维保范围", "政策适配", "技术支持", "响应时效", "终身咨询", "写入合同", "过保年费", "源码交付",
            "报价日期", "状态"]
X06_ROWS = [
    ["海口琼州数科有限公司", 238000, "含13%增值税", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理", "无",
     "等保三级备案证明46010043012-24007", "身份证号、手机号、银行卡号SM4加密", "全站HTTPS（TLS1.2+）", "RBAC", "12个月",
     "人行征信中心、百行征信", "12个月", "缺陷修复+小版本升级", "免费", "7×24", "1小时内，专属工程师", "提供", "是（合同附件三）",
     "2.4万元/年", "完整源码，无加密", "2025-08-06", "有效"],
    ["儋州那大软件有限公司", 198000, "不含税（增值税13%另计）", "商品管理、订单跟踪、还款管理、风控审批、用户管理",
     "分期计算器选配，+24,000元（不含税）", "等保三级备案证明46030043006-23015", "SM4", "HTTPS", "角色权限", "6个月",
     "百行征信、朴道征信", "12个月", "仅修复缺陷，不含升级", "重大政策调整另行报价", "工作日5×8", "4小时", "不提供", "是",
     "合同额15%/年", "完整源码", "2025-08-07", "有效"],
    ["三亚鹿回头网络科技有限公司", 225000, "含税", "商品管理、分期计算器、订单跟踪、还款提醒、审批流、用户管理、智能客服机器人（赠送）、"
     "区块链存证（赠送）", "", "支持等保三级，可协助测评", "国密算法", "支持HTTPS", "权限管理完善", "", "可对接主流征信机构",
     "终身维护", "", "", "7×24", "尽快", "", "可协商", "", "核心风控代码加密，其余开源", "2025-08-07", "有效"],
    ["澄迈福山科技工作室", 0, "—", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理", "源码免费，按放款额0.3%收取技术服务费",
     "等保二级", "AES", "HTTPS", "单一管理员账号", "3个月", "百行征信", "3个月", "仅修bug", "另收费", "工作日QQ群", "次日",
     "不提供", "否", "按次收费，每次3,000元", "授权使用，绑定域名", "2025-08-08", "有效"],
    ["琼海博鳌信息技术有限公司", 205000, "含税", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理", "无",
     "等保三级备案证明46020043009-24010", "数据库AES加密", "HTTPS", "RBAC", "3个月", "人行征信中心、百行征信", "12个月",
     "缺陷修复+小版本升级", "免费", "工作日5×8", "4小时", "提供", "是", "2万元/年", "完整源码", "2025-08-08", "有效"],
    ["万宁兴隆软件有限公司", None, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "2025-08-05",
     "放弃（书面回复不参与）"],
]


def case_x06():
    wb = Workbook()
    ws = wb.active
    ws.title = "看板"
    widths(ws, [18, 16, 4, 18, 16, 4, 18, 16])
    _text_row(ws, 1, 8, "采购KPI看板 · 消费分期系统源码采购（2025-Q3）", font=TITLE, height=28)
    _text_row(ws, 2, 8, "数据来源：raw_quotes（已隐藏）；刷新时间 2025-08-15 17:30", font=MUTED)
    tiles = [("邀请供应商", "6 家"), ("有效报价", "5 家"), ("平均报价", "17.3 万"),
             ("最低报价", "19.8 万"), ("预算", "30 万"), ("采购周期", "23 天")]
    for k, (label, val) in enumerate(tiles):
        r = 4 + 3 * (k // 3)
        c = 1 + 3 * (k % 3)
        put_row(ws, r, [label], font=MUTED, fill=TILE, start=c)
        put_row(ws, r + 1, [val], font=BIG, fill=TILE, start=c)
        ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + 1)
        ws.merge_cells(start_row=r + 1, start_column=c, end_row=r + 1, end_column=c + 1)
        ws.row_dimensions[r + 1].height = 34
    _text_row(ws, 11, 8, "说明：平均报价含福山（0元）；最低报价不含福山。节约率按预算30万计：(30-19.8)/30 = 34.0%", font=MUTED)
    put_row(ws, 13, ["进度", "完成率"], font=BOLD, fill=BLUE)
    for i, (a, b) in enumerate([("发出邀请", "100%"), ("收到报价", "83%"), ("演示", "60%"), ("评审", "0%")]):
        put_row(ws, 14 + i, [a, b])
    raw = wb.create_sheet("raw_quotes")
    widths(raw, [26, 14, 18, 40, 28] + [16] * 17)
    put_row(raw, 1, X06_HEAD, font=BOLD, fill=GREY)
    for i, row in enumerate(X06_ROWS):
        put_row(raw, 2 + i, row)
        if isinstance(row[1], int):
            raw.cell(row=2 + i, column=2).number_format = "#,##0"
    raw.sheet_state = "hidden"
    par = wb.create_sheet("参数")
    for i, (a, b) in enumerate([("预算（元）", 300000), ("增值税率", 0.13), ("业务类型", "消费分期")]):
        par.cell(row=1 + i, column=1, value=a)
        par.cell(row=1 + i, column=2, value=b)
    par.sheet_state = "hidden"
    _save(wb, "x_06_ci_kpi_kanban_hidden.xlsx", creator="采购部")


if __name__ == "__main__":
    case_x01()
    case_x02()
    case_x03()
    case_x04()
    case_x05()
    case_x06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("x_0*") if p.suffix != ".toml")))
