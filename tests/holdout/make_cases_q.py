"""Build the "q" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, office tools (a hand-filled 询价比较登记表 scanned and turned into
Excel by a phone scanner's table recognition, OCR slips and all; an online bidding platform's 答疑记录 export with the
buyer's questions and each vendor's answers on alternating rows, saved as GBK CSV; an external IT supervisor's English
assessment workbook with its own 1–5 ratings and the vendors' quotations reproduced in an appendix; a compliance officer's
due-diligence matrix whose every cell is "answer | vendor's words", exported as CSV; a self-assessment form of drop-down
lists with a free-text 补充说明 column that the form itself says governs; a 企业微信 审批 export whose quote sits in one
column as JSON-ish text, saved as GB18030 CSV) and buyers' staff would write; the expected reading of every file is in the
matching q_0N_*.toml beside it, written from the file's content and the domain notes (shared/domain.md,
docs/analyst-reading.md) before any product code read these files. The author of this script neither ran the product on
them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_q.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure q_
"""
from __future__ import annotations

import csv
import io
import json
import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
sys.path.insert(0, str(CASES))
from case_sheet import BLUE, BOLD, BOX, CENTER, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402

FIXED = datetime(2025, 7, 28, 9, 0, 0)
NOFILL = PatternFill()
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)


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
# q_01  个人信用贷 — 业务部 刘国华 at 赣州虔城小额贷款 (county personal loans) filled the company's printed 询价比较登记表
#       BY HAND, copying each vendor's stamped 报价函 item by item, then photographed it with 扫描全能王 and used its 表格识别
#       "导出Excel" for the 总经理. The recognition is imperfect: 0 read as O, 1 as l, 万 as 方, 级 as 圾, 时 as 吋, × as X;
#       the printed 6th line was left blank; the scanner's own line sits at the foot.
# Layout: title, a 项目/预算/金额单位 line, a 说明 line, header 序号 | 供应商名称 | 报价(万元) | 含税否 | 功能模块 | 等保 |
#       安全(加密/HTTPS/权限/日志) | 征信接口 | 免费维护(期限/范围) | 政策调整 | 技术支持/响应 | 终身咨询 | 写入合同 | 维保后年费 |
#       源码 | 经办人意见, five filled lines and a blank sixth, the 经办人/日期 line, the scanner's disclaimer.
# Traps: OCR slips an analyst reads through ("22.6方" is 22.6万, "l3.6方" 13.6万, "2O.5方" 20.5万, "三圾" 三级, "l2个月" 12
#       months, "l小吋" 1 hour); 南昌洪城's "l9.8方" is 不含税 and its 风控模型 (a must-have) is 选配 +3方（不含税）: (19.8 + 3) ×
#       1.13 = 257,640 — over 18–25万 — with 不含升级, 重大政策调整另行报价, 5X8, 4 h; 九江浔阳 (20.5, praised in 经办人意见)
#       only claims (支持等保三圾, 国密算法, 支持对接各大征信, 终身免费维护, 可以写), encrypts its risk engine and gets two
#       giveaways; 吉安庐陵 (13.6, caution zone) is honest: 三圾申请中 (unverified, not fail), AES, no anti-fraud, 6 months,
#       5X8, next day; 上饶信州 (8.8) fails on everything; the 经办人意见 column and the blank 6th line are no vendor's.
# Analyst's reading: 赣州章江数科有限公司 — 22.6万 含税, every gate proven, 12 months with minor upgrades, 7×24, 1 h.
# ---------------------------------------------------------------------------------------------
Q01_HEAD = ["序号", "供应商名称", "报价(万元)", "含税否", "功能模块", "等保", "安全(加密/HTTPS/权限/日志)", "征信接口",
            "免费维护(期限/范围)", "政策调整", "技术支持/响应", "终身咨询", "写入合同", "维保后年费", "源码", "经办人意见"]
Q01_ROWS = [
    ["l", "赣州章江数科有限公司", "22.6方", "是（l3%专票）",
     "个人征信对接、风控模型、反欺诈、\n还款管理(提醒)、审批流、用户管理",
     "三圾 备案证明编号\n36070O43O21-24O06", "SM4(身份证、手机号) / HTTPS / 角色权限 / 日志l2个月",
     "人行征信+百行征信(已上线)", "l2个月，含bug修复+小版本升级", "免费", "7X24，l小吋内响应", "有", "是（以上全部）",
     "2.6方/年", "完整源码，无加密，可二次开发", "证件已看原件"],
    ["2", "南昌洪城金服软件有限公司", "l9.8方", "否，税点另计（l3%）",
     "个人征信对接、反欺诈、还款管理、审批流、用户管理；\n风控模型选配+3方(不含税)",
     "三圾 备案证明编号\n36010O43O77-23O15", "SM4 / HTTPS / 有 / 6个月", "百行征信",
     "l2个月，仅修bug，不含升级", "小调整免费，重大政策调整另行报价", "5X8（工作日），4小吋响应", "无", "是",
     "合同额l5%/年", "完整源码", "单价最低，注意不含税"],
    ["3", "九江浔阳智贷科技有限公司", "2O.5方", "是",
     "个人征信查询、风控模型、反欺诈、还款管理、审批流、用户管埋\n赠：智能客服机器人、区块链存证",
     "支持等保三圾", "国密算法 / HTTPS / 有 / 永久保存", "支持对接各大征信", "终身免费维护", "免费", "7X24 即时响应",
     "有", "可以写", "", "提供源码(风控引擎加密)", "价格合适，服务承诺好"],
    ["4", "吉安庐陵信息技术有限公司", "l3.6方", "是",
     "个人征信(百行)、风控模型、还款管理、审批流、用户管理",
     "三圾申请中，预计l0月出证", "AES / HTTPS / 有 / 6个月", "百行征信", "6个月，含升级", "免费", "5X8，次日响应",
     "有", "是", "l.2方/年", "完整源码", "便宜，等保未下来"],
    ["5", "上饶信州网络工作室", "8.8方", "是",
     "进件、审批流、还款管理、用户管理（无征信、无风控）",
     "无", "MD5 / HTTPS / 单一管理员 / l个月", "未对接", "3个月", "收费", "QQ群，工作日", "无", "否", "按次收费",
     "仅授权，绑定域名", "不考虑"],
    ["6", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
]


def case_q01():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ncol = len(Q01_HEAD)
    widths(ws, [5, 22, 9, 12, 30, 18, 28, 16, 20, 16, 18, 8, 10, 10, 18, 14])
    _text_row(ws, 1, ncol, "虔城小贷 系统采购询价比较登记表", font=TITLE)
    ws.cell(row=1, column=1).alignment = CENTER
    _text_row(ws, 2, ncol, "项目：小额贷系统源码采购（个人信用贷）      预算：约2O万元（含税）      金额单位：万元")
    _text_row(ws, 3, ncol, "说明：以下各栏按供应商盖章报价函逐项摘抄（手填），经办人意见栏为经办人填写。")
    hr = 4
    put_row(ws, hr, Q01_HEAD, font=BOLD, align=CENTER)
    for i, row in enumerate(Q01_ROWS, start=1):
        put_row(ws, hr + i, row)
        for c in range(1, ncol + 1):
            ws.cell(row=hr + i, column=c).border = BOX
        ws.row_dimensions[hr + i].height = 48 if row[1] else 24
    r = hr + len(Q01_ROWS) + 1
    _text_row(ws, r, ncol, "注：报价须附供应商盖章报价函原件；无报价函的不予登记。")
    _text_row(ws, r + 1, ncol, "经办人：刘国华            复核：                日期：2O25年7月l8日")
    _text_row(ws, r + 3, ncol, "—— 由扫描全能王识别生成 · 识别结果仅供参考，请以原件为准 ——")
    ws.cell(row=r + 3, column=1).font = Font(color="808080", size=9)
    _save(wb, "q_01_pc_ocr_saomiao_dengji.xlsx", creator="CamScanner")


# ---------------------------------------------------------------------------------------------
# q_02  商户经营贷 — 采购部 孙敏 at 青岛崂山小额贷款 (operating loans to seafood wholesalers) ran the quotation on an online
#       procurement platform ("易采通采购协同平台"): she posted the same eight questions to each invited vendor, each vendor
#       answered on the platform, and she exported the 答疑记录 as CSV (GBK) for the 信审会. Voice: the buyer's formal
#       questions, the vendors' answers in their own words, the platform's system lines.
# Layout: three lines above the header (title, 询价单号/项目/采购单位/导出时间, a 说明 line), then 序号 | 询价单号 | 供应商 |
#       类型 | 内容 | 发布人 | 发布时间 | 附件, one row per message: 问 (the buyer's question) then 答 (the vendor's answer),
#       vendor after vendor; 附件 and 系统 rows between them; a follow-up 问/答 pair at the end of one vendor's thread.
# Traps: the 问 rows are the buyer's (Q2 names 企业征信、银行流水分析、电子合同 — no vendor's module list; Q7 asks for 7×24 and
#       2 h — no vendor's promise); 海融's first 答 is 248,000 不含税 with 电子合同 (a merchant must-have) "需另加26,000元（不含税）",
#       and its answer to the later 问 ("可优惠至238,000元（不含税），电子合同模块…不变，其他条款不变") governs: (238,000 + 26,000) ×
#       1.13 = 298,320, with 不含版本升级, 重大政策调整另行报价, 5×8, 4 h and no consulting; 芝罘云信 (265,000 含税) only claims
#       (按照等保三级标准设计开发，可协助…通过测评, 国密算法, 支持对接征信, 终身免费维护), answers 银行流水分析 "详见产品白皮书",
#       encrypts its core risk engine and gives away 区块链存证 and 智能客服机器人; 沂蒙数科 proves everything but answers the
#       price "面议" (no price: unverified); 鸢都 (13.8万) is 等保二级 with "暂无银行流水分析" (fail); 岚山 only viewed and
#       declined (system lines: no quote); 询价单号, 备案证明编号, phone numbers and times are no amounts.
# Analyst's reading: 济南泉城数科有限公司 — 298,000 含税 (210,000 + 58,000 + 30,000), every gate proven, the three merchant
#       must-haves, 12 months with upgrades, free policy adaptation, 7×24 within 1 hour, consulting, all in the contract.
# ---------------------------------------------------------------------------------------------
Q02_NO = "XJ-LS-2025-0137"
Q02_BUYER = "采购方-孙敏"
Q02_Q = [
    "请报本项目总价（元），注明是否含税及包含哪些费用。",
    "报价包含哪些功能模块？企业征信、银行流水分析、电子合同是否在报价内？",
    "是否已取得网络安全等级保护三级备案？请提供备案证明编号。",
    "数据安全方面：敏感字段如何加密？是否全站HTTPS？权限管理方式？操作日志保存多久？",
    "征信接口已对接哪些持牌征信机构？",
    "免费维护期多长？维护范围是否包含版本升级？因监管政策变化需要的系统调整是否收费？",
    "技术支持时间和响应时间？我方要求7×24小时、2小时内响应。是否提供终身技术咨询？以上承诺能否写入合同？维保期满后年费多少？",
    "是否交付完整源代码？有无加密或授权限制？",
]
Q02_VENDORS = [
    ("济南泉城数科有限公司", "泉城数科-王工", "2025-07-14", [
        "总价298,000元（含13%增值税），其中源码授权费210,000元、部署实施费58,000元、培训费30,000元，无其他费用。",
        "报价内模块：企业征信查询、银行流水分析、电子合同（含电子签章）、用户管理、风控审批流、还款管理、数据分析大屏。",
        "已取得等保三级，备案证明编号37010043058-24011（2024年3月取得），复印件见附件。",
        "身份证号、手机号、银行卡号采用SM4加密存储；全站HTTPS；基于角色的权限管理（RBAC）；操作日志保存12个月，异常操作可追溯。",
        "已对接百行征信、朴道征信。",
        "免费维护12个月，含bug修复及小版本升级；因监管政策变化需要的系统调整免费适配。",
        "7×24小时技术支持，1小时内响应，指定专属工程师；提供终身技术咨询；以上承诺全部写入合同。维保期满后年费32,000元/年。",
        "交付完整源代码，无加密、无授权限制，可二次开发。",
    ], "泉城数科_报价函（盖章）.pdf；等保备案证明.pdf", None),
    ("青岛海融软件有限公司", "海融软件-刘经理", "2025-07-15", [
        "总价248,000元（不含税），增值税按13%另计。含源码授权及部署实施。",
        "企业征信、银行流水分析、用户管理、风控审批、还款管理在报价内；电子合同模块需另加26,000元（不含税）。",
        "已取得等保三级，备案证明编号37020043011-23006。",
        "SM4加密；HTTPS；角色权限；操作日志保存6个月。",
        "百行征信。",
        "免费维护12个月（仅限bug修复，不含版本升级）；小的政策调整免费，重大监管政策调整另行报价。",
        "5×8小时（工作日9:00-17:30），4小时内响应；不提供终身技术咨询；以上条款写入合同。维保期满后按合同额15%/年收取。",
        "交付完整源码。",
    ], "海融软件报价单.xlsx",
        ("请问价格是否还有优惠空间？", "2025-07-18 10:05",
         "经公司审批，总价可优惠至238,000元（不含税），电子合同模块26,000元（不含税）不变，其他条款不变。", "2025-07-18 15:31")),
    ("烟台芝罘云信科技有限公司", "芝罘云信-陈总", "2025-07-15", [
        "总价265,000元，含税，一口价。",
        "企业征信、电子合同、用户管理、风控审批、还款管理均在报价内；银行流水分析功能详见产品白皮书。另赠送区块链存证模块和智能客服机器人。",
        "我司系统按照等保三级标准设计开发，可协助贵司通过等保测评。",
        "采用国密算法加密；支持HTTPS；具备完善的权限管理；日志长期保存。",
        "支持对接征信。",
        "终身免费维护，政策适配免费。",
        "7×24小时服务，即时响应；合同条款可协商。",
        "提供源码，核心风控引擎加密交付。",
    ], "芝罘云信产品白皮书V3.2.pdf", None),
    ("潍坊鸢都网络科技有限公司", "鸢都网络-张工", "2025-07-16", [
        "13.8万元，含税。",
        "企业征信、电子合同、用户管理、还款管理。暂无银行流水分析。",
        "目前为等保二级备案。",
        "AES加密；HTTPS；日志保存3个月。",
        "暂未对接。",
        "免费维护6个月，仅修复bug；政策调整按工作量收费。",
        "工作日在线支持，次日响应；不写入合同。",
        "仅授权使用，绑定域名。",
    ], None, None),
    ("临沂沂蒙数科有限公司", "沂蒙数科-赵经理", "2025-07-16", [
        "价格需结合贵司贷款规模及定制需求面议。",
        "企业征信、银行流水分析、电子合同、用户管理、风控审批、还款管理。",
        "已取得等保三级，备案证明编号37130043012-23007。",
        "SM4加密；全站HTTPS；RBAC权限；日志保存12个月。",
        "百行征信、朴道征信。",
        "免费维护12个月，含bug修复及小版本升级；政策适配免费。",
        "7×24小时，2小时内响应；终身技术咨询；以上写入合同。维保期后年费2.8万元/年。",
        "完整源码交付，无加密。",
    ], None, None),
]


def case_q02():
    head = ["序号", "询价单号", "供应商", "类型", "内容", "发布人", "发布时间", "附件"]
    rows = [["询价单答疑记录导出"] + [""] * 7,
            [f"询价单号：{Q02_NO}　项目名称：小额贷款业务系统源码采购（商户经营贷）　采购单位：青岛崂山小额贷款股份有限公司　"
             "导出时间：2025-07-21 16:42"] + [""] * 7,
            ["说明：按供应商分组、按时间排列；“问”为采购方提问，“答”为供应商答复，“系统”为平台记录。"] + [""] * 7,
            head]
    n = 0

    def add(vendor, kind, text, who, when, att=""):
        nonlocal n
        n += 1
        rows.append([str(n), Q02_NO, vendor, kind, text, who, when, att])

    for k, (vendor, who, day, answers, att, follow) in enumerate(Q02_VENDORS):
        add(vendor, "系统", "供应商已查看询价单", "系统", f"2025-07-11 {10 + k}:{(k * 17 + 5) % 60:02d}")
        for i, (q, a) in enumerate(zip(Q02_Q, answers)):
            add(vendor, "问", q, Q02_BUYER, f"2025-07-11 09:{30 + i:02d}")
            add(vendor, "答", a, who, f"{day} {10 + i // 3}:{(i * 7) % 60:02d}")
        if att:
            add(vendor, "附件", "上传附件", who, f"{day} 16:20", att)
        if follow:
            add(vendor, "问", follow[0], Q02_BUYER, follow[1])
            add(vendor, "答", follow[2], who, follow[3])
    add("日照岚山软件有限公司", "系统", "供应商已查看询价单", "系统", "2025-07-12 11:02")
    add("日照岚山软件有限公司", "系统", "供应商已放弃报价（放弃理由：项目排期冲突，无法按期实施）", "系统", "2025-07-13 09:47")
    rows.append([""] * 8)
    rows.append(["共计记录：%d条；报价供应商：5家；放弃：1家" % n] + [""] * 7)
    write_csv("q_02_ml_pingtai_wenda_gbk.csv", rows, "gbk")


# ---------------------------------------------------------------------------------------------
# q_03  消费分期 — Suzhou Gusu Consumer Microcredit (phone, appliance and training-course instalments through partner shops)
#       hired an external IT supervisor (监理), Meridian IT Assurance (Shanghai), whose English report workbook the board
#       received: Cover, Summary (Meridian's overall 1–5 rating and recommendation per vendor), Ratings (criteria × vendors,
#       1–5, weights, weighted total, rank), Appendix A (each vendor's quotation reproduced "as submitted", vendors as
#       columns under their legal names, plus one "Meridian note" row), Appendix B (abbreviations).
# Traps: Meridian's ratings, weighted totals, rank and recommendation are the consultant's — its first choice, Nanjing
#       Xuanwu (4.4, "Recommended"), only claims in its own words (Designed to MLPS Level 3, GM algorithms, all mainstream
#       bureaus, lifetime free maintenance, contract "Negotiable"), ships its risk engine compiled and adds an AI robot and a
#       metaverse showroom; the Summary and Ratings use short names ("Jinji Lake", "Xuanwu") and their numbers are no
#       prices; Wuxi Taihu's CNY 218,000 is excl. VAT and its order tracking (a must-have) is an option at 24,000 excl. VAT:
#       (218,000 + 24,000) × 1.13 = 273,460 (social sharing, deferrable, not added), with bug-fix-only maintenance, major
#       changes quoted separately, office hours, 4 h, no consulting; Hangzhou Qiantang proves everything but its price is "To
#       be confirmed after the scope workshop" and its order tracking points to the brochure; Changzhou Longcheng (96,000)
#       fails; certificate numbers, report numbers and dates are no amounts.
# Analyst's reading: Suzhou Jinji Lake Instalment Tech Co., Ltd. — CNY 276,000 incl. VAT, every gate proven, all three
#       must-haves in the price, 12 months with minor upgrades, free regulatory changes, 24/7 within 1 hour.
# ---------------------------------------------------------------------------------------------
Q03_VENDORS = ["Suzhou Jinji Lake Instalment Tech Co., Ltd.", "Wuxi Taihu Consumer Finance Software Ltd.",
               "Nanjing Xuanwu Smart Credit Co., Ltd.", "Changzhou Longcheng Software Studio",
               "Hangzhou Qiantang Fintech Co., Ltd."]
Q03_SHORT = ["Jinji Lake", "Taihu", "Xuanwu", "Longcheng", "Qiantang"]
Q03_ITEMS = [
    ("A.1", "Quotation reference", ["JJL-Q-250703", "TH/2025/118", "XW-2025-0709", "LC20250701", "QT-RFQ-0711"]),
    ("A.2", "Quotation date", ["3 Jul 2025", "4 Jul 2025", "9 Jul 2025", "1 Jul 2025", "11 Jul 2025"]),
    ("A.3", "Validity", ["90 days", "60 days", "30 days", "30 days", "—"]),
    ("A.4", "Total price", ["CNY 276,000", "CNY 218,000", "CNY 236,000", "CNY 96,000",
                            "To be confirmed after the scope workshop"]),
    ("A.5", "VAT", ["Included (13% special VAT invoice)", "Excluded – 13% VAT to be added", "Included", "Included", "—"]),
    ("A.6", "Price breakdown", ["Licence 198,000 + implementation 54,000 + training 24,000",
                                "Licence 168,000 + implementation 50,000", "All-in package", "All-in", "—"]),
    ("A.7", "Modules included in the price",
     ["Product catalogue; instalment calculator; order tracking; repayment schedule & reminders; approval workflow; "
      "user management; points mall",
      "Product catalogue; instalment calculator; repayment schedule; approval workflow; user management",
      "Product catalogue; instalment calculator; order tracking; repayment management; approval workflow; "
      "user management",
      "Product catalogue; order management; repayment management; user management",
      "Product catalogue; instalment calculator; approval workflow; repayment management; user management; "
      "order tracking: see product brochure (attached)"]),
    ("A.8", "Optional modules (not in the total)",
     ["None", "Order tracking module: CNY 24,000 (excl. VAT); social sharing: CNY 9,000 (excl. VAT)", "None",
      "Instalment calculator: not available", "None"]),
    ("A.9", "MLPS Level 3",
     ["Level 3 held – filing certificate no. 32050043071-24013 (issued May 2024)",
      "Level 3 held – filing certificate no. 32020043019-23021",
      "Designed to MLPS Level 3; we will assist the client with the assessment",
      "Not held (Level 2 filing, 2022)", "Level 3 held – filing certificate no. 33010043052-24009"]),
    ("A.10", "Data encryption", ["SM4 for ID number, mobile number and bank card number", "SM4 (ID and mobile numbers)",
                                 "National (GM) cryptographic algorithms", "AES-128 for passwords",
                                 "SM4 for personal data fields"]),
    ("A.11", "HTTPS / TLS", ["Yes, site-wide TLS 1.2+", "Yes", "Yes", "Yes", "Yes"]),
    ("A.12", "Access control", ["Role-based access control (RBAC)", "Role-based permissions", "Yes",
                                "Single administrator account", "RBAC"]),
    ("A.13", "Audit log retention", ["12 months, with abnormal-behaviour alerts", "6 months", "Configurable", "1 month",
                                     "12 months"]),
    ("A.14", "Credit bureau connection", ["PBoC Credit Reference Center and Baihang Credit (both live)", "Baihang Credit",
                                          "Can connect to all mainstream credit bureaus", "Not connected",
                                          "Baihang Credit and Pudao Credit"]),
    ("A.15", "Free maintenance period", ["12 months", "12 months", "Lifetime free maintenance", "3 months", "12 months"]),
    ("A.16", "Maintenance scope", ["Bug fixes and minor version upgrades", "Bug fixes only (no upgrades)", "All issues",
                                   "Bug fixes", "Bug fixes and minor upgrades"]),
    ("A.17", "Regulatory change adaptation", ["Free of charge, including major regulatory changes",
                                              "Minor changes free; major changes quoted separately", "Free",
                                              "Charged per job", "Free"]),
    ("A.18", "Support hours", ["24/7", "Mon–Fri 9:00–18:00", "24/7", "Working days, via WeChat group", "24/7"]),
    ("A.19", "Response time", ["Within 1 hour, named engineer", "4 business hours", "15 minutes", "Next business day",
                               "2 hours"]),
    ("A.20", "Lifetime technical consulting", ["Included", "Not included", "Yes", "No", "Included"]),
    ("A.21", "Commitments written into the contract", ["Yes – all of the above", "Yes", "Negotiable", "No", "Yes"]),
    ("A.22", "Annual fee after the free period", ["CNY 28,000 per year", "15% of contract value per year",
                                                  "Not applicable", "Per incident: CNY 5,000", "CNY 30,000 per year"]),
    ("A.23", "Source code delivery", ["Full source code, unencrypted, no licence lock", "Full source code",
                                      "Source code delivered; risk engine as a compiled library",
                                      "Licence bound to one domain; no source code", "Full source code"]),
    ("A.24", "Vendor's remarks", ["—", "—", "Complimentary: AI customer-service robot and metaverse marketing showroom",
                                  "Lowest price in the market", "Price after a one-day scope workshop on site"]),
]
Q03_NOTES = ["Demo ran with two workarounds; certificate copy seen.", "Demo on sample data; certificate copy seen.",
             "Best demo; very responsive sales team.", "Low cost; demo from slides only.",
             "Solid demo; commercial offer outstanding."]
Q03_RATINGS = [  # criterion, weight, ratings per vendor (Meridian's)
    ("Functional fit (demo)", 0.25, [4, 3, 5, 2, 4]),
    ("Security & compliance", 0.25, [4, 4, 4, 1, 4]),
    ("After-sales & SLA", 0.20, [4, 3, 5, 2, 4]),
    ("Vendor stability", 0.15, [4, 4, 4, 2, 4]),
    ("Price competitiveness", 0.15, [3, 4, 4, 5, 2]),
]


def case_q03():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    widths(ws, [28, 80])
    ws.cell(row=2, column=1, value="Meridian IT Assurance (Shanghai) Co., Ltd.").font = Font(bold=True, size=12,
                                                                                            color="1F4E78")
    ws.cell(row=4, column=1, value="Independent Vendor Assessment – Loan System Source Code (Consumer Instalment)").font = TITLE
    for i, (k, v) in enumerate([
            ("Client", "Suzhou Gusu Consumer Microcredit Co., Ltd."),
            ("Engagement", "IT supervision of the core loan system procurement (监理服务合同 MIA-SZ-2025-02)"),
            ("Report no.", "MIA-2025-SZ-044, version 1.1"),
            ("Date", "22 July 2025"),
            ("Prepared by", "Grace Zhou, Senior Consultant; reviewed by Tom Whitfield, Director"),
            ("Basis", "Vendors' quotations received 1–11 July 2025, reproduced unedited in Appendix A; scripted demos "
                      "held 14–17 July 2025."),
            ("Disclaimer", "Ratings are Meridian's professional opinion on a 1–5 scale (5 = best). Meridian has not "
                           "verified the vendors' statements in Appendix A against original certificates unless "
                           "noted."),
    ], start=6):
        ws.cell(row=i, column=1, value=k).font = BOLD
        ws.cell(row=i, column=2, value=v).alignment = LEFT

    ws = wb.create_sheet("Summary")
    widths(ws, [6, 16, 16, 22, 70])
    ws.cell(row=1, column=1, value="1. Summary of Meridian's assessment").font = TITLE
    put_row(ws, 3, ["#", "Vendor", "Overall rating (1–5)", "Meridian recommendation", "Key observations"],
            font=BOLD, fill=GREY, align=CENTER)
    overall = [round(sum(w * r[i] for _, w, r in Q03_RATINGS), 2) for i in range(5)]
    recs = ["Acceptable", "Acceptable with conditions", "Recommended", "Not recommended", "Acceptable – price pending"]
    obs = ["Complete offer; certificate seen; highest fixed price of the compliant bids.",
           "Order tracking is an add-on; VAT excluded; office-hours support.",
           "Strongest demo and SLA; competitive all-in price; certificate to be provided after award.",
           "Does not meet security baseline.",
           "Strong on paper; no price yet."]
    for i in range(5):
        put_row(ws, 4 + i, [i + 1, Q03_SHORT[i], overall[i], recs[i], obs[i]])
    put_row(ws, 9, ["", "Average", round(sum(overall) / 5, 2), "", ""], font=BOLD)
    _text_row(ws, 11, 5, "Meridian recommends that the Client proceeds to contract negotiation with Xuanwu, subject "
                         "to the usual contract review.", height=30)

    ws = wb.create_sheet("Ratings")
    widths(ws, [30, 9] + [13] * 5)
    ws.cell(row=1, column=1, value="2. Ratings by criterion (Meridian, 1–5)").font = TITLE
    put_row(ws, 3, ["Criterion", "Weight"] + Q03_SHORT, font=BOLD, fill=GREY, align=CENTER)
    for i, (crit, w, rat) in enumerate(Q03_RATINGS):
        put_row(ws, 4 + i, [crit, w] + rat)
        ws.cell(row=4 + i, column=2).number_format = "0%"
    put_row(ws, 9, ["Weighted total", 1.0] + overall, font=BOLD)
    ws.cell(row=9, column=2).number_format = "0%"
    ranks = sorted(range(5), key=lambda i: -overall[i])
    put_row(ws, 10, ["Rank", ""] + [ranks.index(i) + 1 for i in range(5)], font=BOLD)

    ws = wb.create_sheet("Appendix A")
    widths(ws, [7, 30] + [34] * 5)
    ws.cell(row=1, column=1, value="Appendix A – Vendors' quotations as submitted").font = TITLE
    _text_row(ws, 2, 7, "Reproduced verbatim from each vendor's written quotation (English versions supplied by the "
                        "vendors). Meridian has not edited or verified the statements. The last row is Meridian's.")
    put_row(ws, 4, ["Ref", "Item"] + Q03_VENDORS, font=BOLD, fill=BLUE, align=CENTER)
    for i, (ref, item, vals) in enumerate(Q03_ITEMS):
        put_row(ws, 5 + i, [ref, item] + vals)
    r = 5 + len(Q03_ITEMS)
    put_row(ws, r, ["M.1", "Meridian note"] + Q03_NOTES, fill=YELLOW)
    ws.freeze_panes = "C5"

    ws = wb.create_sheet("Appendix B")
    widths(ws, [12, 60])
    ws.cell(row=1, column=1, value="Appendix B – Abbreviations").font = TITLE
    for i, (k, v) in enumerate([("MLPS", "Multi-Level Protection Scheme (等保)"),
                                ("GM", "Guomi – Chinese national cryptographic algorithms (SM2/SM3/SM4)"),
                                ("RBAC", "Role-based access control"), ("PBoC CRC", "People's Bank of China Credit "
                                                                                    "Reference Center"),
                                ("SLA", "Service level agreement"), ("VAT", "Value-added tax")], start=3):
        ws.cell(row=i, column=1, value=k).font = BOLD
        ws.cell(row=i, column=2, value=v)
    _save(wb, "q_03_ci_en_jianli_appendix.xlsx", creator="Meridian IT Assurance")


# ---------------------------------------------------------------------------------------------
# q_04  Personal credit — Kelvin Liang, compliance officer at Foshan Nanhai Xinyi Microcredit (personal loans online; the
#       parent is a Singapore group, so the committee reads English), keeps a Google Sheet "Vendor DD matrix" in which every
#       cell is written "answer | the vendor's own words" (Y / N / ? before the bar), the words copied from the written
#       quote in whatever language the vendor used; downloaded as CSV (UTF-8, no BOM) for the credit committee.
# Layout: three lines above the header (title, the cell convention, prepared by / budget), a header of bilingual short
#       labels, one row per vendor, then "Count of Y" and "Median quote (CNY)" rows.
# Traps: the words after the bar decide, not the letter before it — Songshan Lake's "Y | 12 months" sits beside "N | bug
#       fixes only, no upgrades" and "N | major regulatory changes quoted separately" (conditional), and its 198,000 is "N |
#       excl. VAT, 13% to be added" (223,740), with no anti-fraud listed; 横琴云贷 writes "Y" everywhere but its words only
#       claim (按等保三级要求设计开发，可配合测评, 国密算法, 支持对接征信, 终身维护, 合同 "? | 可协商"), encrypts its core risk
#       module and lists an AI robot; Pengjiang's "N | 三级测评中，预计2025年11月取得备案证明" is in progress (unverified, not
#       fail) and 152,000 is just above the caution zone; Shiqi's "0" is a free community edition (fail); the cells hold
#       "|" inside a comma-separated file; Count of Y and Median rows are statistics; Kelvin's note is the buyer's.
# Analyst's reading: 佛山禅城数金科技有限公司 — 238,000 含税, every gate proven, credit report, risk model, anti-fraud,
#       12 months with upgrades, free policy adaptation, 7×24 within 1 hour, consulting, all in the contract.
# ---------------------------------------------------------------------------------------------
Q04_HEAD = ["#", "Vendor / 供应商", "Quote (CNY)", "VAT incl.? / 含税", "Modules in quote / 报价内模块",
            "MLPS L3 / 等保三级", "SM4", "HTTPS", "Access ctrl / 权限", "Log retention / 日志", "Credit bureau / 征信",
            "Free maint. / 免费维护", "Upgrades incl. / 含升级", "Reg. change free / 政策适配免费", "7x24",
            "Response / 响应", "Lifetime consulting / 终身咨询", "In contract / 写入合同", "Fee after warranty / 年费",
            "Source code / 源码", "Kelvin's note"]
Q04_ROWS = [
    ["1", "佛山禅城数金科技有限公司", "238,000", "Y | 含13%增值税，开专票",
     "个人征信查询, 风控模型, 反欺诈, 还款计划及提醒, 审批流, 用户管理",
     "Y | 已取得，备案证明编号44060443019-24007", "Y | 身份证号、手机号、银行卡号SM4加密存储", "Y | 全站HTTPS",
     "Y | RBAC角色权限", "Y | 12个月，异常操作可追溯", "Y | 人行征信中心 + 百行征信", "Y | 12个月",
     "Y | bug修复及小版本升级", "Y | 监管政策调整免费适配", "Y | 7×24，专属工程师", "Y | 1小时内", "Y | 终身",
     "Y | 以上全部写入合同", "26k/yr | 维保期满后年费2.6万元", "Full | 完整源码，无加密，可二次开发",
     "Certificate copy on file."],
    ["2", "Dongguan Songshan Lake Fintech Ltd.", "198,000", "N | excl. VAT, 13% to be added",
     "Credit report, risk model, repayment management, approval workflow, user management",
     "Y | Level 3, filing cert. 44190043027-23012", "Y | SM4 on ID & mobile", "Y | HTTPS", "Y | role-based",
     "Y | 6 months", "Y | Baihang Credit", "Y | 12 months", "N | bug fixes only, no upgrades",
     "N | minor changes free, major regulatory changes quoted separately", "N | Mon–Fri 9:00–18:00", "N | 4 hours",
     "Y | lifetime", "Y | in contract", "15% | 15% of contract value per year", "Full | full source code",
     "Cheapest headline – check VAT."],
    ["3", "珠海横琴云贷科技有限公司", "205,000", "Y | 含税",
     "征信对接, 智能风控, 反欺诈, 还款管理, 审批流, 用户管理, 智能客服机器人",
     "Y | 按等保三级要求设计开发，可配合测评", "Y | 国密算法", "Y | 支持", "Y | 支持", "Y | 永久保存",
     "Y | 支持对接征信", "Y | 终身维护", "Y | 终身免费升级", "Y | 免费", "Y | 7×24", "Y | 即时", "Y | 有",
     "? | 可协商", "? |", "Y | 提供源码（核心风控模块加密）", "Sales very responsive; nice demo."],
    ["4", "Jiangmen Pengjiang Data Tech Co., Ltd.", "152,000", "Y | incl. VAT",
     "Credit report (Baihang), risk model, anti-fraud, repayment reminders, approval workflow, user management",
     "N | 三级测评中，预计2025年11月取得备案证明", "Y | SM4", "Y | HTTPS", "Y | RBAC", "Y | 6个月", "Y | 百行征信",
     "N | 6个月", "Y | 含小版本升级", "Y | 免费", "N | 5×8", "N | 次日", "Y | 终身", "Y | 写入合同",
     "12k/yr | 1.2万元/年", "Full | 完整源码", "MLPS pending – ask for the assessment report."],
    ["5", "Zhongshan Shiqi Software Studio", "0", "? |",
     "loan application, approval workflow, repayment management, user management",
     "N | no", "N | MD5 passwords only", "Y | HTTPS", "N | single admin account", "N | 30 days", "N | not connected",
     "N | none, paid support only", "N |", "N | charged per job", "N | QQ group, working days", "? |", "N | no",
     "N | no", "? | per incident", "Licence | community edition free of charge; commercial licence negotiable",
     "Free – not serious."],
]


def case_q04():
    n = len(Q04_HEAD)
    rows = [["Vendor due-diligence matrix – core lending system (personal credit) / 供应商尽调矩阵"] + [""] * (n - 1),
            ["Cell format: answer | vendor's own words, copied from the written quote (Y = yes, N = no, ? = not "
             "answered). 单元格格式：结论 | 供应商书面原话"] + [""] * (n - 1),
            ["Quotes in CNY as received. Budget c. 200–250k. Prepared by K. Liang (Compliance); last edit "
             "2025-07-17 18:05"] + [""] * (n - 1),
            [""] * n,
            Q04_HEAD]
    rows += Q04_ROWS
    counts = ["", "Count of Y", "", ""]
    for c in range(4, n - 1):
        k = sum(1 for r in Q04_ROWS if r[c].startswith("Y"))
        counts.append(f"{k}/5" if c != 4 else "")
    counts.append("")
    rows.append(counts)
    rows.append(["", "Median quote (CNY)", "198,000"] + [""] * (n - 3))
    write_csv("q_04_pc_en_pipe_remark_cells.csv", rows, "utf-8")


# ---------------------------------------------------------------------------------------------
# q_05  消费分期 — 科技部 唐敏 at 长沙岳麓小额贷款 (phone and appliance instalments through partner shops) built an Excel
#       self-assessment form with drop-down lists (数据验证) and shared it as one workbook on the company's drive; each invited
#       vendor filled in its own row. Her instruction above the table says: where a drop-down cannot describe the vendor's
#       situation exactly, write it in the last column 补充说明, and 补充说明 governs. The option lists sit on a hidden sheet.
# Layout: title, the 填写说明 line, a 截止时间/联系人 line, a merged group header (基本信息 | 报价 | 资质与安全 | 必备功能 |
#       售后服务 | 源码 | 补充说明（以此为准）), the header with ▼ on drop-down columns, six vendor rows, a foot line; sheets
#       自评表, 下拉选项 (hidden), 填写说明.
# Traps: 株洲炎帝's drop-downs are all best (已取得, 含税, 24个月, 含升级 是, 7×24, 1小时内) but its 补充说明 takes them back —
#       22.5万 is 不含税 (254,250), 等保三级 "正在测评中，预计2025年9月取得" (in progress: unverified), 7×24 is machine monitoring
#       with people on working days (no 7×24), the 24 months are bug fixes only (不含版本升级: conditional); 衡阳雁城 picks
#       已取得 and 完整源码 but writes "严格按照等保三级要求设计开发，具备通过测评的能力" (a claim) and "风控核心模块以加密包形式交付"
#       (partial), and gives away an AI robot and blockchain evidence; 湘潭昭山 (13.8万, honest, every gate proven) has 订单跟踪
#       选配 at 2.0万 含税 — added for the must-have: 15.8万, out of the caution zone — with 6 months, 政策适配 否, 5×8, 次日;
#       岳阳巴陵 declined in 补充说明 (no quote); 常德武陵 (9.8万, 未取得, 订单跟踪 无) fails; the hidden 下拉选项 sheet and
#       the foot line are no vendors; phone numbers are no amounts.
# Analyst's reading: 长沙麓谷分期软件有限公司 — 26.8万 含税 (19.6 + 5.2 + 2.0), 备案证明编号 in 补充说明, SM4, every
#       must-have 标配, 12 months with upgrades, free policy adaptation, 7×24 within 1 hour, consulting, in the contract.
# ---------------------------------------------------------------------------------------------
Q05_HEAD = ["序号", "供应商全称", "联系人", "报价（万元）", "是否含税▼", "选配模块报价（万元）", "等保三级▼",
            "敏感数据加密▼", "HTTPS▼", "权限管理▼", "日志保存期▼", "征信接口▼", "商品管理▼", "分期计算器▼", "订单跟踪▼",
            "免费维护期▼", "维护含版本升级▼", "政策适配免费▼", "技术支持▼", "响应时间▼", "终身技术咨询▼", "承诺写入合同▼",
            "维保期后年费（万元/年）", "源码交付▼", "补充说明"]
Q05_OPTIONS = {  # column (1-based) -> option list
    5: ["含税", "不含税"],
    7: ["已取得", "测评中", "未取得"],
    8: ["SM4", "AES", "其他", "无"],
    9: ["是", "否"],
    10: ["角色权限(RBAC)", "简单权限", "无"],
    11: ["3个月以下", "3-6个月", "6个月", "12个月及以上"],
    12: ["人行+百行", "百行", "朴道", "其他持牌机构", "未对接"],
    13: ["标配", "选配", "无"], 14: ["标配", "选配", "无"], 15: ["标配", "选配", "无"],
    16: ["3个月", "6个月", "12个月", "24个月"],
    17: ["是", "否"], 18: ["是", "否"],
    19: ["7×24", "5×8", "其他"],
    20: ["1小时内", "2小时内", "4小时内", "次日"],
    21: ["是", "否"], 22: ["是", "否"],
    24: ["完整源码", "部分加密", "仅授权使用"],
}
Q05_ROWS = [
    [1, "长沙麓谷分期软件有限公司", "周工 139 7315 2208", 26.8, "含税", None, "已取得", "SM4", "是", "角色权限(RBAC)",
     "12个月及以上", "人行+百行", "标配", "标配", "标配", "12个月", "是", "是", "7×24", "1小时内", "是", "是", 2.8,
     "完整源码",
     "等保三级备案证明编号43010043025-24003（2024年6月取得）；身份证号、手机号、银行卡号SM4加密存储；报价含源码授权19.6万、"
     "实施部署5.2万、培训2.0万；另含用户管理、风控审批、还款管理、积分商城。"],
    [2, "株洲炎帝科技有限公司", "李经理 133 8733 0416", 22.5, "含税", None, "已取得", "SM4", "是", "角色权限(RBAC)",
     "12个月及以上", "百行", "标配", "标配", "标配", "24个月", "是", "是", "7×24", "1小时内", "是", "是", 2.0,
     "完整源码",
     "1. 报价22.5万元为不含税价格，增值税另计；\n2. 等保三级正在测评中，预计2025年9月取得备案证明；\n"
     "3. 7×24为系统自动监控告警，人工技术支持为工作日9:00-18:00；\n4. 免费维护24个月仅含bug修复，不含版本升级。"],
    [3, "湘潭昭山信息技术有限公司", "王工 0731-5821 6630", 13.8, "含税", 2.0, "已取得", "SM4", "是", "角色权限(RBAC)",
     "6个月", "百行", "标配", "标配", "选配", "6个月", "是", "否", "5×8", "次日", "否", "是", 1.5, "完整源码",
     "备案证明编号43030043008-23011；选配2.0万为订单跟踪模块（含税）。"],
    [4, "衡阳雁城软件有限公司", "陈总 180 7340 9921", 21.6, "含税", None, "已取得", "SM4", "是", "角色权限(RBAC)",
     "12个月及以上", "人行+百行", "标配", "标配", "标配", "12个月", "是", "是", "7×24", "1小时内", "是", "是", None,
     "完整源码",
     "我司产品严格按照等保三级要求设计开发，具备通过测评的能力；加密采用国密算法；可对接各持牌征信机构；承诺终身免费维护；"
     "风控核心模块以加密包形式交付。另赠送智能客服机器人、区块链存证。"],
    [5, "岳阳巴陵网络科技有限公司", "刘经理 151 0730 5587", None, None, None, None, None, None, None, None, None,
     None, None, None, None, None, None, None, None, None, None, None, None,
     "经研究，我司决定放弃本次报价，感谢贵司邀请。"],
    [6, "常德武陵数码科技有限公司", "赵工 177 3661 0208", 9.8, "含税", None, "未取得", "AES", "是", "简单权限",
     "3个月以下", "未对接", "标配", "标配", "无", "3个月", "否", "否", "5×8", "次日", "否", "否", None, "仅授权使用",
     "价格已是最低，可再谈。"],
]


def case_q05():
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    ncol = len(Q05_HEAD)
    widths(ws, [5, 24, 18, 9, 9, 10, 9, 9, 7, 13, 11, 11, 8, 8, 8, 9, 9, 9, 8, 9, 9, 9, 10, 11, 48])
    _text_row(ws, 1, ncol, "长沙岳麓小贷 · 分期业务系统（源码）供应商自评表", font=TITLE)
    _text_row(ws, 2, ncol, "填写说明：带▼的列请从下拉列表中选择；如下拉选项不能准确反映贵司实际情况，请在最后一列“补充说明”中"
                           "写明，以补充说明为准。金额单位：万元。", height=30)
    _text_row(ws, 3, ncol, "截止时间：2025年7月15日18:00　　联系人：唐敏 0731-8856 1234")
    groups = [(1, 3, "基本信息"), (4, 6, "报价"), (7, 12, "资质与安全"), (13, 15, "必备功能"), (16, 23, "售后服务"),
              (24, 24, "源码"), (25, 25, "补充说明（以此为准）")]
    for c1, c2, label in groups:
        cell = ws.cell(row=5, column=c1, value=label)
        cell.font, cell.fill, cell.alignment = BOLD, BLUE, CENTER
        for c in range(c1, c2 + 1):
            ws.cell(row=5, column=c).border = BOX
        if c2 > c1:
            ws.merge_cells(start_row=5, start_column=c1, end_row=5, end_column=c2)
    put_row(ws, 6, Q05_HEAD, font=BOLD, fill=GREY, align=CENTER)
    ws.row_dimensions[6].height = 42
    for i, row in enumerate(Q05_ROWS):
        r = 7 + i
        put_row(ws, r, row)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).border = BOX
        ws.row_dimensions[r].height = 66
    last = 6 + len(Q05_ROWS)
    opt = wb.create_sheet("下拉选项")
    col = 0
    for c, values in Q05_OPTIONS.items():
        col += 1
        opt.cell(row=1, column=col, value=Q05_HEAD[c - 1].rstrip("▼"))
        for k, v in enumerate(values, start=2):
            opt.cell(row=k, column=col, value=v)
        letter = opt.cell(row=1, column=col).column_letter
        dv = DataValidation(type="list", formula1=f"'下拉选项'!${letter}$2:${letter}${len(values) + 1}",
                            allow_blank=True, showDropDown=False)
        dv.error, dv.errorTitle = "请从下拉列表中选择", "输入无效"
        ws.add_data_validation(dv)
        tgt = ws.cell(row=7, column=c).column_letter
        dv.add(f"{tgt}7:{tgt}{last + 10}")
    opt.sheet_state = "hidden"
    _text_row(ws, last + 2, ncol, "汇总：邀请6家，已回复6家（其中1家放弃）。最低报价9.8万元，最高报价26.8万元（未作含税调整）。")
    ws.freeze_panes = "C7"
    notes = wb.create_sheet("填写说明")
    widths(notes, [90])
    for i, t in enumerate(["1. 每家供应商仅填写本公司所在行，请勿改动他行内容及表头。",
                           "2. 报价为源码买断总价（含源码授权、部署实施、培训），金额单位：万元。",
                           "3. 选配模块报价：未包含在报价内、需另行购买的模块价格之和，并在补充说明中写明模块名称。",
                           "4. 下拉选项不能准确描述的，请在补充说明中写明，以补充说明为准。",
                           "5. 如放弃报价，请在补充说明中注明。"], start=1):
        notes.cell(row=i, column=1, value=t).alignment = LEFT
    _save(wb, "q_05_ci_xiala_buchong_shuoming.xlsx")


# ---------------------------------------------------------------------------------------------
# q_06  商户经营贷 — 科技信息部 赵磊 at 郑州商都小额贷款 (operating loans to merchants of the city's wholesale markets)
#       registered each vendor's quote through a 企业微信 审批 template "供应商报价登记"; the vendors filled a small web form
#       that the IT team built, and its answer landed in the approval's 多行文本 control as raw JSON ("供应商回传数据"). The
#       approval export was saved as CSV (GB18030) for the 信审会. Keys are the form's English field names, values the
#       vendors' Chinese; one vendor's older form version wrote Python-style quotes.
# Layout: 审批编号 | 模板名称 | 申请人 | 申请人部门 | 提交时间 | 审批状态 | 审批完成时间 | 审批记录 | 供应商名称 | 报价金额（元） |
#       供应商回传数据 | 附件, one row per approval.
# Traps: 河洛's 7月8日 approval is 已撤销 (its 29.8万 含税 with 数据分析大屏 is superseded); its resubmission (27.2万, the
#       applicant's 报价金额 272000) is "否（增值税13%另计）": 307,360, with 6 months, 重大政策调整另行报价 and the 数据分析大屏
#       (deferrable) left as an option, not added; 龙亭 (26万 含税, Python-style quotes) only claims (满足等保三级要求，可协助
#       客户完成测评, 国密算法, 支持对接征信, 终身维护, 合同 可协商), encrypts its core risk model and adds 元宇宙营销展厅 and
#       区块链存证; 牧野 proves everything but offers 银行流水分析 (a must-have) only as an option "价格另议" (unverified, at its
#       base 24.5万); 殷都 (11.8万) is 等保二级 and "暂不支持电子合同" (fail) — the 驳回 in 审批记录 is the buyer's; the 测试
#       record is no vendor; 审批状态 and 审批记录 ("价格偏高") are the buyer's; phone numbers, 审批编号 and dates are no amounts.
# Analyst's reading: 郑州郑东数智科技有限公司 — 31.8万 含税 (22.0 + 6.8 + 3.0), every gate proven, the three merchant
#       must-haves, 12 months with upgrades, free policy adaptation, 7×24 within 1 hour, consulting, all in the contract —
#       the dearest credible quote and still the pick.
# ---------------------------------------------------------------------------------------------
def _j(d: dict) -> str:
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


Q06_A = {"vendor_name": "郑州郑东数智科技有限公司", "contact": "李工 138-3710-2256", "quote_date": "2025-07-08",
         "quote_amount": "31.8万", "tax_included": "是（13%增值税专用发票）",
         "price_items": [{"item": "源码授权", "amount": "22.0万"}, {"item": "部署实施", "amount": "6.8万"},
                         {"item": "培训", "amount": "3.0万"}],
         "modules": ["企业征信", "银行流水分析", "电子合同", "用户管理", "风控审批", "还款管理", "API开放平台"],
         "options": [],
         "mlps": "等保三级，备案证明编号41010043062-24010（2024年5月取得）",
         "encryption": "SM4（身份证号、手机号、银行卡号）", "https": "全站HTTPS", "access_control": "RBAC角色权限",
         "log_retention": "12个月", "credit_bureau": "百行征信、朴道征信", "warranty": "12个月",
         "maintenance_scope": "bug修复及小版本升级", "policy_change": "监管政策调整免费适配", "support": "7×24小时",
         "response": "1小时内，指定工程师", "consulting": "终身技术咨询", "in_contract": "是，以上全部写入合同",
         "annual_fee": "3.5万元/年", "source_code": "完整源码，无加密，可二次开发", "remark": ""}
Q06_B1 = {"vendor_name": "洛阳河洛软件有限公司", "contact": "孙经理 150-3791-8834", "quote_date": "2025-07-07",
          "quote_amount": "29.8万", "tax_included": "是",
          "modules": ["企业征信", "银行流水分析", "电子合同", "用户管理", "风控审批", "还款管理", "数据分析大屏"],
          "options": [], "mlps": "等保三级，备案证明编号41030043015-23008", "encryption": "SM4", "https": "是",
          "access_control": "角色权限", "log_retention": "6个月", "credit_bureau": "百行征信", "warranty": "6个月",
          "maintenance_scope": "bug修复及小版本升级", "policy_change": "一般调整免费，重大政策调整另行报价",
          "support": "7×24小时", "response": "2小时内", "consulting": "终身技术咨询", "in_contract": "是",
          "annual_fee": "按合同额12%/年", "source_code": "完整源码", "remark": ""}
Q06_B2 = {"vendor_name": "洛阳河洛软件有限公司", "contact": "孙经理 150-3791-8834", "quote_date": "2025-07-10",
          "quote_amount": "27.2万", "tax_included": "否（增值税13%另计）",
          "price_items": [{"item": "源码授权", "amount": "20.0万"}, {"item": "部署实施", "amount": "5.2万"},
                          {"item": "培训", "amount": "2.0万"}],
          "modules": ["企业征信", "银行流水分析", "电子合同", "用户管理", "风控审批", "还款管理"],
          "options": [{"module": "数据分析大屏", "amount": "2.6万（不含税）"}],
          "mlps": "等保三级，备案证明编号41030043015-23008", "encryption": "SM4", "https": "是",
          "access_control": "角色权限", "log_retention": "6个月", "credit_bureau": "百行征信", "warranty": "6个月",
          "maintenance_scope": "bug修复及小版本升级", "policy_change": "一般调整免费，重大政策调整另行报价",
          "support": "7×24小时", "response": "2小时内", "consulting": "终身技术咨询", "in_contract": "是",
          "annual_fee": "按合同额12%/年", "source_code": "完整源码",
          "remark": "更正：7月8日登记的29.8万含数据分析大屏模块且含税一栏填写有误，以本次为准；本次报价为不含税价。"}
Q06_C = ("{'vendor_name': '开封龙亭数据科技有限公司', 'contact': '王总 186-0378-5512', 'quote_date': '2025-07-11', "
         "'quote_amount': '26万元', 'tax_included': '含税', "
         "'modules': ['企业征信', '银行流水分析', '电子合同', '用户管理', '风控审批', '还款管理', '元宇宙营销展厅（赠送）', "
         "'区块链存证（赠送）'], 'options': [], "
         "'mlps': '满足等保三级要求，可协助客户完成测评', 'encryption': '国密算法', 'https': '支持', 'access_control': '支持', "
         "'log_retention': '按需', 'credit_bureau': '支持对接征信', 'warranty': '终身维护', 'maintenance_scope': '全面维护', "
         "'policy_change': '免费', 'support': '7×24', 'response': '即时响应', 'consulting': '有', 'in_contract': '可协商', "
         "'annual_fee': '无', 'source_code': '提供源码（核心风控模型加密）', 'remark': ''}")
Q06_D = {"vendor_name": "新乡牧野信息技术有限公司", "contact": "赵工 137-3903-6620", "quote_date": "2025-07-14",
         "quote_amount": "24.5万", "tax_included": "是",
         "price_items": [{"item": "源码授权", "amount": "18.5万"}, {"item": "实施及培训", "amount": "6.0万"}],
         "modules": ["企业征信", "电子合同", "用户管理", "风控审批", "还款管理"],
         "options": [{"module": "银行流水分析", "amount": "价格另议"}],
         "mlps": "等保三级，备案证明编号41070043033-24002", "encryption": "SM4（身份证号、手机号）", "https": "全站HTTPS",
         "access_control": "RBAC", "log_retention": "12个月", "credit_bureau": "百行征信", "warranty": "12个月",
         "maintenance_scope": "含bug修复及小版本升级", "policy_change": "免费", "support": "7×24小时", "response": "2小时内",
         "consulting": "终身技术咨询", "in_contract": "是", "annual_fee": "2.5万元/年", "source_code": "完整源码",
         "remark": ""}
Q06_E = {"vendor_name": "安阳殷都网络科技有限公司", "contact": "钱工 155-7259-0071", "quote_date": "2025-07-15",
         "quote_amount": "11.8万", "tax_included": "是",
         "modules": ["企业征信", "银行流水分析", "用户管理", "还款管理"], "options": [],
         "mlps": "等保二级", "encryption": "AES", "https": "是", "access_control": "有", "log_retention": "3个月",
         "credit_bureau": "暂未对接", "warranty": "6个月", "maintenance_scope": "仅bug修复", "policy_change": "按工作量收费",
         "support": "工作日", "response": "次日", "consulting": "无", "in_contract": "否", "annual_fee": "按次收费",
         "source_code": "仅授权使用，绑定服务器", "remark": "暂不支持电子合同"}
Q06_T = {"vendor_name": "test", "quote_amount": "1", "remark": "表单联调测试"}

Q06_HEAD = ["审批编号", "模板名称", "申请人", "申请人部门", "提交时间", "审批状态", "审批完成时间", "审批记录", "供应商名称",
            "报价金额（元）", "供应商回传数据", "附件"]
Q06_ROWS = [
    ["202507070012", "供应商报价登记", "赵磊", "科技信息部", "2025-07-07 17:40", "已通过", "2025-07-08 09:02",
     "赵磊(发起)；钱永(同意)：测试记录，归档即可", "测试供应商（请忽略）", "1", _j(Q06_T), ""],
    ["202507080003", "供应商报价登记", "赵磊", "科技信息部", "2025-07-08 10:12", "已撤销", "",
     "赵磊(发起)；赵磊(撤销)：供应商更正报价，撤回重提", "洛阳河洛软件有限公司", "298000", _j(Q06_B1),
     "河洛软件报价单v1.pdf"],
    ["202507090005", "供应商报价登记", "赵磊", "科技信息部", "2025-07-09 14:26", "已通过", "2025-07-09 17:55",
     "赵磊(发起)；钱永(同意)：价格偏高，谈判时再压一压", "郑州郑东数智科技有限公司", "318000", _j(Q06_A),
     "郑东数智_报价函.pdf；等保备案证明.jpg"],
    ["202507100008", "供应商报价登记", "赵磊", "科技信息部", "2025-07-10 16:03", "已通过", "2025-07-11 08:47",
     "赵磊(发起)；钱永(同意)", "洛阳河洛软件有限公司", "272000", _j(Q06_B2), "河洛软件报价单v2.pdf"],
    ["202507110004", "供应商报价登记", "赵磊", "科技信息部", "2025-07-11 11:18", "已通过", "2025-07-11 15:30",
     "赵磊(发起)；钱永(同意)：演示效果不错，性价比高", "开封龙亭数据科技有限公司", "260000", Q06_C, ""],
    ["202507140002", "供应商报价登记", "赵磊", "科技信息部", "2025-07-14 09:51", "审批中", "",
     "赵磊(发起)；钱永(审批中)", "新乡牧野信息技术有限公司", "245000", _j(Q06_D), "牧野报价.pdf"],
    ["202507150006", "供应商报价登记", "赵磊", "科技信息部", "2025-07-15 15:37", "已驳回", "2025-07-15 18:12",
     "赵磊(发起)；钱永(驳回)：等保二级、无电子合同，不满足准入要求", "安阳殷都网络科技有限公司", "118000", _j(Q06_E), ""],
]


def case_q06():
    rows = [Q06_HEAD] + Q06_ROWS
    write_csv("q_06_ml_wecom_shenpi_json_gb18030.csv", rows, "gb18030")


if __name__ == "__main__":
    case_q01()
    case_q02()
    case_q03()
    case_q04()
    case_q05()
    case_q06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("q_0*") if p.suffix != ".toml")))
