"""Build the "r" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, office tools (a 石墨文档 tracking sheet exported to Excel, with
@mentions, "~~旧价~~" struck text and one whole row struck through; a group supplier portal's answer export, one row per
vendor and question, answers coded A/B/C/D by a legend printed above the table, saved as GBK CSV; an accounting firm's
English third-party "vendor risk register" quoting each vendor verbatim beside its own ratings; an anonymised technical
tender (暗标) whose bidder codes are only resolved by a key sheet, the prices on a third sheet by name; a bilingual Google
Forms response export with a test row and a vendor's resubmission, as CSV; a 简道云 form export whose 报价明细 sub-form
repeats each record over several rows with the main fields merged down) and buyers' staff would write; the expected
reading of every file is in the matching r_0N_*.toml beside it, written from the file's content and the domain notes
(shared/domain.md, docs/analyst-reading.md) before any product code read these files. The author of this script neither
ran the product on them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_r.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure r_
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
from case_sheet import BLUE, BOLD, BOX, CENTER, GREEN, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402

FIXED = datetime(2025, 7, 28, 9, 0, 0)
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
STRIKE = Font(strike=True, color="808080")


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
# r_01  个人信用贷 — 风控部 周倩 at 绍兴越城小额贷款 keeps the vendor tracking table in 石墨文档 ("核心系统选型 · 供应商报价跟踪"),
#       shared with 李明 (IT) and 财务 小陈; colleagues @mention each other in the cells, type "~~旧价~~" (石墨's markdown
#       strikethrough, which the Excel export keeps as text) before a revised value, and strike a whole superseded row
#       through (font strikethrough survives the export). Exported to .xlsx for the 总经理办公会.
# Layout: title, a 📌 budget/must-have note (the buyer's), header 供应商 | 对接人 | 报价 | 含税？ | 报价内功能 | 等保三级 |
#       数据安全 | 征信接口 | 售后服务 | 源码交付 | 状态 | 跟进备注（@）, six vendor rows (one struck through, its 状态
#       "已作废"), a struck "放弃报价" row, a 汇总 row.
# ---------------------------------------------------------------------------------------------
R01_HEAD = ["供应商", "对接人", "报价", "含税？", "报价内功能", "等保三级", "数据安全", "征信接口", "售后服务", "源码交付",
            "状态", "跟进备注（@）"]
R01_ROWS = [
    (False, ["杭州钱塘数智科技有限公司", "陈经理", "~~25.8万~~ 23.8万（7/19二轮）", "含税（13%专票）",
             "二代征信查询、AI风控模型、反欺诈规则引擎、还款计划+还款提醒、审批流、用户管理",
             "已取得，备案证明编号33010043027-24009（2024年4月）",
             "身份证号/手机号SM4加密；全站HTTPS；RBAC角色权限；操作日志留存12个月",
             "人行征信（二代）、百行征信",
             "免费维护~~6个月~~ 12个月（含bug修复+小版本升级）；政策适配免费；7×24小时，1小时内响应；终身技术咨询；"
             "以上全部写进合同；第二年起年费2.8万元",
             "完整源码，不加密，可二次开发", "✅ 推荐",
             "@周倩 二轮降到23.8了，维护期也改成12个月（7/20邮件确认）"]),
    (True, ["宁波甬江金融科技有限公司", "吴总", "26.8万", "含税",
            "个人征信、风控模型、反欺诈、还款管理、审批流、用户管理",
            "三级，备案号33020043015-24003", "SM4 / HTTPS / 角色权限 / 日志6个月", "百行征信",
            "免费维护12个月；5×8", "完整源码", "已作废", "@李明 旧报价作废，7/18对方重新报价，见下一行"]),
    (False, ["宁波甬江金融科技有限公司", "吴总", "19.6万", "不含税，开票另加13%",
             "个人征信对接、反欺诈、还款管理、审批流、用户管理；风控模型另加2.8万（不含税）",
             "三级，备案号33020043015-24003", "SM4 / HTTPS / 角色权限 / 日志6个月", "百行征信",
             "免费维护12个月，只修bug，不含升级；重大政策调整另行报价；工作日5×8，4小时内响应；不提供终身咨询；"
             "以上写入合同；维保期后按合同额15%/年",
             "完整源码", "跟进中", "@周倩 注意是不含税的，风控模型还要另外加钱 @小陈 帮忙算下含税价"]),
    (False, ["温州瓯江智贷科技有限公司", "林总监", "21.8万", "含税",
             "征信查询、智能风控、反欺诈、还款提醒、审批、用户管理；赠送智能客服机器人、区块链存证",
             "支持等保三级，按三级标准建设（测评协助另计）", "国密加密、HTTPS、权限管理、日志永久保存", "支持对接征信",
             "终身免费维护，7×24小时服务，响应及时", "提供源码（核心风控引擎加密）", "待定",
             "@李明 问了证书编号，对方说在走流程，暂时给不了"]),
    (False, ["台州椒江信息技术有限公司", "郑工", "13.8万", "含税",
             "个人征信（百行）、风控模型、还款管理、审批流、用户管理",
             "三级测评中，预计10月出证", "AES加密 / HTTPS / 有权限管理 / 日志6个月", "百行征信",
             "免费维护6个月（含升级）；政策适配免费；5×8；次日响应", "完整源码", "备选", "便宜，但等保还没下来 @周倩"]),
    (False, ["金华婺城网络工作室", "小何", "免费（开源版，商业授权另议）", "—",
             "借款申请、还款管理、后台用户管理", "无", "密码MD5存储 / HTTPS / 无权限管理 / 日志保留1个月", "未对接",
             "QQ群答疑，维护按次收费", "开源社区版", "❌ 不考虑", ""]),
    (True, ["丽水莲都科技有限公司", "", "", "", "", "", "", "", "", "", "放弃报价", "@周倩 7/16电话说不参与了"]),
]


def case_r01():
    wb = Workbook()
    ws = wb.active
    ws.title = "报价跟踪"
    ncol = len(R01_HEAD)
    widths(ws, [24, 9, 22, 16, 36, 26, 30, 18, 44, 22, 10, 34])
    _text_row(ws, 1, ncol, "核心系统选型 · 供应商报价跟踪（个人信用贷）", font=TITLE)
    _text_row(ws, 2, ncol, "📌 预算20万左右（含税）；必须有：征信、风控模型、反欺诈、还款管理。@周倩 @李明 每家有更新就改对应格子，"
                           "旧价格用~~划掉~~，并在跟进备注里@一下")
    put_row(ws, 3, R01_HEAD, font=BOLD, fill=GREY, align=CENTER)
    r = 4
    for struck, row in R01_ROWS:
        put_row(ws, r, row)
        if struck:
            for c in range(1, ncol + 1):
                ws.cell(row=r, column=c).font = STRIKE
        ws.row_dimensions[r].height = 60
        r += 1
    _text_row(ws, r, ncol, "汇总：有效报价4家（不含作废行），最低13.8万（椒江），最高23.8万（钱塘）")
    ws.freeze_panes = "B4"
    _save(wb, "r_01_pc_shimo_mentions_strike.xlsx", creator="石墨文档")


# ---------------------------------------------------------------------------------------------
# r_02  商户经营贷 — 采购中心 顾佳 at the 锡商集团 (parent of 无锡梁溪小额贷款, operating loans to merchants) sent the RFQ
#       through the group's 供应商协同平台; each vendor answered 21 questions, choosing an option code for the capability
#       questions (the legend is printed above the table), a figure for the amount and number questions, free text for the
#       rest, with a 补充说明 beside each answer. She exported 应答明细 as CSV (GBK) for the 梁溪小贷 信审会.
# Layout: four lines above the header (title, 询价单号/项目/导出人/导出时间, the code legend, a blank line), then 序号 | 供应商编码
#       | 供应商名称 | 题号 | 题目 | 题型 | 应答选项 | 应答内容 | 应答金额(元) | 补充说明 | 应答时间, one row per (vendor, question),
#       vendor after vendor; one invited vendor has a single "未提交应答" row.
# ---------------------------------------------------------------------------------------------
R02_Q = [
    ("Q01", "投标总价", "金额"),
    ("Q02", "报价是否含税（A.含税 B.不含税）", "单选"),
    ("Q03", "企业征信查询模块", "单选"),
    ("Q04", "银行流水分析模块", "单选"),
    ("Q05", "电子合同（含电子签章）模块", "单选"),
    ("Q06", "报价包含的其他模块（请列明）", "文本"),
    ("Q07", "网络安全等级保护三级备案", "单选"),
    ("Q08", "敏感字段采用国密SM4加密", "单选"),
    ("Q09", "全站HTTPS", "单选"),
    ("Q10", "基于角色的权限管理", "单选"),
    ("Q11", "操作日志保存期（月）", "数值"),
    ("Q12", "已对接的持牌征信机构", "文本"),
    ("Q13", "免费维护期（月）", "数值"),
    ("Q14", "维护范围包含小版本升级", "单选"),
    ("Q15", "监管政策调整免费适配", "单选"),
    ("Q16", "7×24小时技术支持", "单选"),
    ("Q17", "故障响应时限（小时）", "数值"),
    ("Q18", "终身技术咨询", "单选"),
    ("Q19", "以上服务承诺写入合同", "单选"),
    ("Q20", "维保期满后年服务费", "金额"),
    ("Q21", "交付完整源代码（无加密、可二次开发）", "单选"),
]
# per vendor: code, name, time, answers {qid: (option, content, amount, note)}
R02_V = [
    ("S10233", "无锡太湖数科有限公司", "2025-07-15 16:42", {
        "Q01": ("", "", "298000", "含源码授权210,000、部署实施58,000、培训30,000"),
        "Q02": ("A", "", "", "13%增值税专用发票"),
        "Q03": ("A", "", "", ""), "Q04": ("A", "", "", "支持PDF/Excel流水解析，识别空转、大额进出"),
        "Q05": ("A", "", "", "含电子签章"),
        "Q06": ("", "用户管理、授信审批流、还款管理、API开放平台", "", ""),
        "Q07": ("A", "", "", "备案证明编号32020043018-24006，已上传"),
        "Q08": ("A", "", "", "身份证号、手机号、银行卡号"), "Q09": ("A", "", "", ""), "Q10": ("A", "", "", "RBAC"),
        "Q11": ("", "12", "", "异常操作可追溯"), "Q12": ("", "百行征信、朴道征信", "", ""),
        "Q13": ("", "12", "", ""), "Q14": ("A", "", "", "含bug修复及小版本升级"), "Q15": ("A", "", "", ""),
        "Q16": ("A", "", "", ""), "Q17": ("", "1", "", "指定专属工程师"), "Q18": ("A", "", "", ""),
        "Q19": ("A", "", "", ""), "Q20": ("", "", "32000", "每年"), "Q21": ("A", "", "", ""),
    }),
    ("S10481", "常州龙城软件有限公司", "2025-07-16 10:05", {
        "Q01": ("", "", "246000", "不含税"),
        "Q02": ("B", "", "", "增值税按13%另计"),
        "Q03": ("A", "", "", ""), "Q04": ("A", "", "", ""),
        "Q05": ("C", "", "28000", "电子合同（含电子签章）为增值模块，另计28,000元（不含税）"),
        "Q06": ("", "用户管理、风控审批、还款管理", "", ""),
        "Q07": ("A", "", "", "备案证明编号32040043009-23017"),
        "Q08": ("A", "", "", ""), "Q09": ("A", "", "", ""), "Q10": ("A", "", "", ""),
        "Q11": ("", "6", "", ""), "Q12": ("", "百行征信", "", ""),
        "Q13": ("", "12", "", ""), "Q14": ("C", "", "", "仅bug修复，不含版本升级"),
        "Q15": ("C", "", "", "小调整免费，重大监管政策调整另行报价"),
        "Q16": ("D", "", "", "5×8（工作日8:30-17:30）"), "Q17": ("", "4", "", ""), "Q18": ("D", "", "", ""),
        "Q19": ("A", "", "", ""), "Q20": ("", "", "", "按合同金额15%/年"), "Q21": ("A", "", "", ""),
    }),
    ("S10502", "苏州金鸡湖智能科技有限公司", "2025-07-16 18:30", {
        "Q01": ("", "", "275000", "含税，一口价"),
        "Q02": ("A", "", "", ""),
        "Q03": ("A", "", "", ""), "Q04": ("A", "", "", ""), "Q05": ("A", "", "", ""),
        "Q06": ("", "用户管理、审批流、还款管理；赠送智能客服机器人、区块链存证", "", ""),
        "Q07": ("B", "", "", "我司平台按等保三级标准设计开发，可协助贵司通过测评"),
        "Q08": ("B", "", "", "采用国密算法"), "Q09": ("A", "", "", ""), "Q10": ("A", "", "", ""),
        "Q11": ("", "", "", "长期保存"), "Q12": ("", "支持对接主流征信机构", "", ""),
        "Q13": ("", "", "", "终身免费维护"), "Q14": ("A", "", "", ""), "Q15": ("A", "", "", ""),
        "Q16": ("A", "", "", ""), "Q17": ("", "", "", "即时响应"), "Q18": ("A", "", "", ""),
        "Q19": ("B", "", "", "合同条款可协商"), "Q20": ("", "", "", ""),
        "Q21": ("C", "", "", "提供源码，核心风控引擎加密交付"),
    }),
    ("S10517", "南通濠河信息技术有限公司", "2025-07-17 09:12", {
        "Q01": ("", "", "138000", ""),
        "Q02": ("A", "", "", ""),
        "Q03": ("A", "", "", ""), "Q04": ("A", "", "", ""), "Q05": ("A", "", "", ""),
        "Q06": ("", "用户管理、审批流、还款管理", "", ""),
        "Q07": ("D", "", "", "等保三级测评进行中，预计2025年10月取得备案证明"),
        "Q08": ("A", "", "", ""), "Q09": ("A", "", "", ""), "Q10": ("A", "", "", ""),
        "Q11": ("", "3", "", ""), "Q12": ("", "百行征信", "", ""),
        "Q13": ("", "6", "", ""), "Q14": ("A", "", "", ""), "Q15": ("A", "", "", ""),
        "Q16": ("D", "", "", "工作日"), "Q17": ("", "24", "", "次日响应"), "Q18": ("A", "", "", ""),
        "Q19": ("A", "", "", ""), "Q20": ("", "", "15000", ""), "Q21": ("A", "", "", ""),
    }),
    ("S10533", "扬州广陵网络科技有限公司", "2025-07-17 15:48", {
        "Q01": ("", "", "", "面议，视部署方式（本地/云）确定"),
        "Q02": ("A", "", "", ""),
        "Q03": ("A", "", "", ""), "Q04": ("A", "", "", ""), "Q05": ("A", "", "", ""),
        "Q06": ("", "用户管理、审批流、还款管理、数据大屏", "", ""),
        "Q07": ("", "", "", "详见附件《资质证明文件》"),
        "Q08": ("D", "", "", "采用AES-256加密"), "Q09": ("A", "", "", ""), "Q10": ("A", "", "", ""),
        "Q11": ("", "12", "", ""), "Q12": ("", "朴道征信", "", ""),
        "Q13": ("", "12", "", ""), "Q14": ("A", "", "", ""), "Q15": ("A", "", "", ""),
        "Q16": ("A", "", "", ""), "Q17": ("", "2", "", ""), "Q18": ("A", "", "", ""),
        "Q19": ("A", "", "", ""), "Q20": ("", "", "30000", ""), "Q21": ("A", "", "", ""),
    }),
    ("S10547", "镇江金山软件工作室", "2025-07-17 21:03", {
        "Q01": ("", "", "88000", "含税"),
        "Q02": ("A", "", "", ""),
        "Q03": ("A", "", "", ""), "Q04": ("D", "", "", "暂不支持"), "Q05": ("D", "", "", ""),
        "Q06": ("", "用户管理、还款管理", "", ""),
        "Q07": ("D", "", "", "未做等保"),
        "Q08": ("D", "", "", ""), "Q09": ("A", "", "", ""), "Q10": ("D", "", "", "单管理员"),
        "Q11": ("", "1", "", ""), "Q12": ("", "未对接", "", ""),
        "Q13": ("", "3", "", ""), "Q14": ("D", "", "", ""), "Q15": ("D", "", "", "按工作量收费"),
        "Q16": ("D", "", "", ""), "Q17": ("", "", "", "尽快"), "Q18": ("D", "", "", ""),
        "Q19": ("D", "", "", ""), "Q20": ("", "", "", "按次收费"),
        "Q21": ("D", "", "", "仅提供安装包，授权绑定服务器"),
    }),
]


def case_r02():
    head = ["序号", "供应商编码", "供应商名称", "题号", "题目", "题型", "应答选项", "应答内容", "应答金额(元)", "补充说明",
            "应答时间"]
    rows = [
        ["锡商集团供应商协同平台 · 询价应答明细导出"] + [""] * 10,
        ["询价单号：XJ202507-0093　项目：梁溪小贷经营贷业务系统源码采购　导出人：采购中心 顾佳　导出时间：2025-07-25 14:22"]
        + [""] * 10,
        ["选项代码说明（单选题）：A=已具备/已包含在报价内（须上传证明）；B=承诺满足，暂无证明材料；C=需另行付费或有附加条件（金额填在"
         "应答金额栏）；D=不具备/不提供。金额题单位：元。"] + [""] * 10,
        [""] * 11,
        head,
    ]
    n = 1
    for code, name, when, ans in R02_V:
        for qid, q, kind in R02_Q:
            opt, content, amount, note = ans[qid]
            rows.append([str(n), code, name, qid, q, kind, opt, content, amount, note, when])
            n += 1
        if code == "S10502":   # the invited vendor that never answered sits between two vendors
            rows.append([str(n), "S10529", "泰州凤城软件有限公司", "—", "（未提交应答）", "", "", "", "",
                         "供应商已查看询价单，截止时间前未提交应答", ""])
            n += 1
    write_csv("r_02_ml_portal_coded_answers_gbk.csv", rows, "gbk")


# ---------------------------------------------------------------------------------------------
# r_03  Consumer instalments — Xiamen Siming Instalment Microcredit (phone and appliance instalments through partner
#       shops) had its auditors' IT advisory arm (Heng'an Lianhe Advisory, Xiamen) review the vendors before the board
#       meeting. The deliverable is an English "Third-party risk register": Cover (scope, rating scale, the statement that
#       vendor statements are quoted verbatim from the written submissions), Register (one row per vendor and risk domain),
#       Glossary.
# Layout: Register: Ref | Vendor | Risk domain | Client requirement | Vendor statement (verbatim) | Evidence sighted |
#       Inherent risk | Residual rating | Recommended action | Owner; domains Commercials, Scope & modules, MLPS,
#       Data protection, Credit bureau, Maintenance & support, Source code & IP; a general "All vendors" row, and one
#       invited vendor whose only row says it declined.
# ---------------------------------------------------------------------------------------------
R03_REQ = {
    "Commercials": "Fixed price incl. VAT; all must-have modules priced",
    "Scope & modules": "Product catalogue, instalment calculator, order tracking, repayment, approval, user management",
    "MLPS": "MLPS Level 3 filing certificate held",
    "Data protection": "SM4 on personal fields; HTTPS; RBAC; logs ≥ 6 months",
    "Credit bureau": "Licensed bureau only",
    "Maintenance & support": "≥ 12 months incl. upgrades; regulatory changes free; 24/7, ≤ 2 h; in contract",
    "Source code & IP": "Full, unencrypted source code",
}
R03_V = [
    ("Xiamen Gulangyu Fintech Co., Ltd.", [
        ("Commercials", "Total RMB 268,000 incl. 13% VAT (licence 198,000 + implementation 50,000 + training 20,000).",
         "Signed quotation GLY-Q-0712", "Low", "L", "None"),
        ("Scope & modules", "Product catalogue (商品管理), instalment calculator (分期计算器), order tracking (订单跟踪), "
         "user management, repayment schedule & reminders, approval workflow; points mall included.",
         "Demo 10 Jul", "Low", "L", "None"),
        ("MLPS", "MLPS Level 3 held – filing certificate No. 35020043066-24012, issued April 2024.",
         "Certificate copy sighted", "High", "L", "None"),
        ("Data protection", "SM4 encryption of ID numbers and mobile numbers; HTTPS site-wide; role-based access control; "
         "operation logs retained for 12 months.", "Architecture document", "High", "L", "None"),
        ("Credit bureau", "Baihang Credit (百行征信) interface live.", "Interface list", "Medium", "L", "None"),
        ("Maintenance & support", "12 months free maintenance including bug fixes and minor version upgrades; regulatory "
         "changes adapted free of charge; 24/7 support, response within 1 hour; lifetime technical consulting; all of the "
         "above written into the contract. After the free period: RMB 30,000 per year.",
         "Draft contract clause 9", "High", "L", "Keep clause 9 in the final contract"),
        ("Source code & IP", "Full source code delivered, unencrypted; the client may modify and redeploy.",
         "Delivery list", "High", "L", "Escrow not needed"),
    ]),
    ("Fuzhou Mawei Software Co., Ltd.", [
        ("Commercials", "CNY 228,000 excl. VAT. Instalment calculator module: optional, CNY 24,000 excl. VAT.",
         "Quotation MW-2025-077", "Medium", "M", "Price the optional calculator; add VAT"),
        ("Scope & modules", "Product catalogue, order tracking, user management, repayment management, approval workflow. "
         "Instalment calculator available as an optional module (see Commercials).", "Demo 11 Jul", "Medium", "M",
         "Include calculator in scope"),
        ("MLPS", "Level 3 filed, certificate No. 35010043041-23019.", "Certificate copy sighted", "High", "L", "None"),
        ("Data protection", "SM4 for sensitive fields, HTTPS, role-based permissions, logs kept 6 months.",
         "Questionnaire", "High", "L", "None"),
        ("Credit bureau", "Pudao Credit (朴道征信).", "Questionnaire", "Medium", "L", "None"),
        ("Maintenance & support", "12 months, bug fixes only (no version upgrades). Minor regulatory changes free; major "
         "regulatory changes quoted separately. Support Mon–Fri 9:00–18:00, response within 4 hours. Lifetime consulting "
         "not offered. Terms will be written into the contract. After warranty: 15% of contract value per year.",
         "Quotation terms", "High", "H", "Negotiate upgrades and out-of-hours cover"),
        ("Source code & IP", "Complete source code, no encryption.", "Delivery list", "High", "L", "None"),
    ]),
    ("泉州鲤城云科技有限公司", [
        ("Commercials", "报价235,000元（含税），一口价。", "Quotation (Chinese)", "Low", "L", "None"),
        ("Scope & modules", "商品管理、分期计算器、用户管理、还款管理、审批流；订单跟踪详见产品手册。赠送元宇宙营销展厅、智能客服机器人。",
         "Brochure only", "Medium", "M", "Confirm order tracking in writing"),
        ("MLPS", "平台按照等保三级要求设计，可协助客户完成测评。", "None provided", "High", "H",
         "Obtain filing certificate before award"),
        ("Data protection", "采用国密算法对敏感数据加密；支持HTTPS；权限管理完善；日志长期保存。", "None provided", "High", "M",
         "Ask which algorithm"),
        ("Credit bureau", "支持对接征信。", "None provided", "Medium", "M", "Ask which bureau"),
        ("Maintenance & support", "终身免费维护，7×24小时服务，响应及时。", "None provided", "High", "M",
         "Get periods and response time in contract"),
        ("Source code & IP", "交付源码，核心计费引擎加密。", "None provided", "High", "H", "Negotiate full source"),
    ]),
    ("Zhangzhou Longwen Tech Co., Ltd.", [
        ("Commercials", "RMB 126,000 including VAT, all-in.", "Quotation LW-0709", "Medium", "M",
         "Price below market norm – check scope"),
        ("Scope & modules", "Product management, instalment calculator, order tracking, user management, repayment, "
         "approval.", "Demo 9 Jul", "Low", "L", "None"),
        ("MLPS", "MLPS Level 3 assessment in progress; filing certificate expected Q4 2025.", "Assessor's engagement letter",
         "High", "H", "Make award conditional on certificate"),
        ("Data protection", "AES-256 encryption of personal data; HTTPS; role-based access; logs retained 6 months.",
         "Questionnaire", "High", "M", "AES is not SM4"),
        ("Credit bureau", "Baihang Credit.", "Questionnaire", "Medium", "L", "None"),
        ("Maintenance & support", "6 months free maintenance including upgrades; regulatory changes free; business hours "
         "support; response next business day.", "Quotation terms", "High", "H", "Extend to 12 months"),
        ("Source code & IP", "Full source code.", "Delivery list", "High", "L", "None"),
    ]),
    ("Putian Licheng Software Studio", [
        ("Commercials", "Free (open-source edition); commercial licence negotiable.", "Web page", "High", "H",
         "Not recommended"),
        ("Scope & modules", "Product catalogue, order tracking, user management, repayment management. No instalment "
         "calculator.", "Web page", "High", "H", "Not recommended"),
        ("MLPS", "No.", "—", "High", "H", "Not recommended"),
        ("Data protection", "HTTPS; single admin account; logs 1 month.", "—", "High", "H", "Not recommended"),
        ("Credit bureau", "Not connected.", "—", "Medium", "H", "Not recommended"),
        ("Maintenance & support", "Community forum only; paid support per incident.", "—", "High", "H",
         "Not recommended"),
        ("Source code & IP", "Open-source community edition.", "—", "Medium", "M", "Licence review"),
    ]),
]


def case_r03():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    widths(ws, [110])
    lines = [
        ("Xiamen Siming Instalment Microcredit Co., Ltd. — Loan system source-code procurement", TITLE),
        ("Third-party risk register (vendor due diligence)  ·  Heng'an Lianhe Advisory (Xiamen) · IT Risk  ·  "
         "Draft for the Board, 24 July 2025", BOLD),
        ("Scope: five vendors invited on 1 July 2025; written submissions received by 18 July 2025. Business line: consumer "
         "instalments through partner shops (budget RMB 200–300k).", None),
        ("Vendor statements are quoted verbatim from the written submissions, in the language the vendor used. "
         "'Evidence sighted', ratings, actions and owners are ours and are not statements of the vendors.", None),
        ("Rating scale: H = high residual risk, M = medium, L = low. Inherent risk reflects the domain, not the vendor.", None),
        ("Amounts in RMB unless stated.", None),
    ]
    for i, (t, f) in enumerate(lines, start=1):
        c = ws.cell(row=i, column=1, value=t)
        c.alignment = LEFT
        if f:
            c.font = f
    ws2 = wb.create_sheet("Register")
    head = ["Ref", "Vendor", "Risk domain", "Client requirement", "Vendor statement (verbatim)", "Evidence sighted",
            "Inherent risk", "Residual rating", "Recommended action", "Owner"]
    widths(ws2, [8, 30, 20, 34, 70, 24, 10, 10, 30, 12])
    put_row(ws2, 1, head, font=BOLD, fill=BLUE, align=CENTER)
    ws2.freeze_panes = "C2"
    r = 2
    rag = {"H": PatternFill("solid", fgColor="F8CBAD"), "M": YELLOW, "L": GREEN}
    put_row(ws2, r, ["G-01", "All vendors", "Concentration", "—",
                     "—", "—", "Medium", "M", "Only two vendors hold an MLPS Level 3 certificate; keep both in negotiation",
                     "Procurement"])
    r += 1
    for vi, (vendor, items) in enumerate(R03_V, start=1):
        for di, (dom, stmt, ev, inh, res, act) in enumerate(items, start=1):
            owner = "IT" if dom not in ("Commercials",) else "Finance"
            put_row(ws2, r, [f"V{vi}-{di:02d}", vendor, dom, R03_REQ[dom], stmt, ev, inh, res, act, owner])
            ws2.cell(row=r, column=8).fill = rag[res]
            ws2.row_dimensions[r].height = 45
            r += 1
    put_row(ws2, r, ["V6-01", "Longyan Xinluo Data Co., Ltd.", "Commercials", R03_REQ["Commercials"],
                     "Declined to quote (e-mail of 12 July 2025: 'resources fully committed this quarter').", "E-mail",
                     "—", "—", "Remove from shortlist", "Procurement"])
    ws3 = wb.create_sheet("Glossary")
    widths(ws3, [16, 80])
    put_row(ws3, 1, ["Term", "Meaning"], font=BOLD, fill=GREY)
    for i, (t, m) in enumerate([
        ("MLPS", "Multi-Level Protection Scheme (等保); Level 3 is the level regulators expect"),
        ("SM4", "Chinese national block cipher (国密SM4); AES is not SM4"),
        ("RBAC", "Role-based access control"),
        ("Residual rating", "Our view of the risk after the vendor's stated controls"),
    ], start=2):
        put_row(ws3, i, [t, m])
    _save(wb, "r_03_ci_en_vendor_risk_register.xlsx", creator="Heng'an Lianhe Advisory")


# ---------------------------------------------------------------------------------------------
# r_04  个人信用贷 — 合肥庐阳科技小额贷款 (state-owned; personal credit loans) bought through a 竞争性磋商 run by 安徽徽采招标代理.
#       The technical response was anonymised (暗标): the panel saw only 投标人编号; the prices were read aloud by name; the
#       key was unsealed after the technical review. The agent's 评审汇总 workbook keeps the three apart.
# Layout: three sheets. "技术响应（暗标）": 评审因素 | 磋商文件要求 | 投标人A … 投标人F (each cell the bid's technical
#       response), then the panel's 技术得分 row. "报价一览（明标）": 序号 | 投标人名称 | 磋商报价（元） | 报价说明 | 服务期 |
#       备注, by name in the opening order. "暗标编号对照表": 暗标编号 | 投标人名称 | 揭封时间 | 监督人.
# ---------------------------------------------------------------------------------------------
R04_KEY = [("A", "蚌埠淮上科技有限公司"), ("B", "合肥滨湖金服科技有限公司"), ("C", "六安金寨网络科技工作室"),
           ("D", "芜湖镜湖软件有限公司"), ("E", "安庆迎江信息技术有限公司"), ("F", "淮南八公山数据有限公司")]
R04_TECH = [
    ("功能模块", "须含个人征信查询、风控模型、还款管理；反欺诈、审批流、用户管理",
     ["个人征信对接、风控模型、还款管理、审批流、用户管理、反欺诈；另含区块链存证",
      "个人征信查询（人行二代）、智能风控模型（评分卡+决策引擎）、反欺诈规则引擎、还款计划及逾期提醒、审批流、用户管理",
      "个人征信查询、还款管理、用户管理",
      "个人征信对接、风控模型、还款管理、审批流、用户管理",
      "个人征信、风控模型、反欺诈、还款管理、审批流、用户管理",
      "资格审查未通过，未进入技术评审"]),
    ("等保三级", "须取得网络安全等级保护第三级备案证明",
     ["系统满足等保三级要求，已通过等保测评",
      "已取得第三级备案证明，编号34010043052-24008",
      "等保二级",
      "已取得第三级备案证明，编号34020043036-23011",
      "第三级备案申请中（材料已报送公安机关，预计2025年9月取得）",
      ""]),
    ("数据安全", "敏感字段国密SM4加密；全站HTTPS；权限管理；日志≥6个月",
     ["数据加密采用国密算法；HTTPS；权限管理；日志保存",
      "身份证号、手机号、银行卡号SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月",
      "HTTPS；管理员账号；日志3个月",
      "SM4加密；HTTPS；角色权限；日志保存6个月",
      "SM4加密；HTTPS；角色权限；日志保存6个月",
      ""]),
    ("征信接口", "仅对接持牌征信机构",
     ["支持对接征信机构", "人行征信二代接口、百行征信", "未对接", "百行征信", "百行征信、朴道征信", ""]),
    ("售后服务", "免费维护≥12个月含升级；政策适配免费；7×24、2小时内响应；终身咨询；写入合同",
     ["终身维护，7×24小时服务，政策适配免费",
      "免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；终身技术咨询；上述承诺写入合同；"
      "维保期满后年服务费按合同额10%/年",
      "维护3个月，之后按次收费；工作日QQ支持",
      "免费维护12个月（仅限bug修复，不含版本升级）；政策适配免费（重大监管政策调整除外，另行报价）；5×8小时支持，4小时内响应；"
      "不提供终身咨询；写入合同；维保期满后年费2.5万元",
      "免费维护6个月，含小版本升级；政策适配免费；5×8，次日响应；终身技术咨询；写入合同",
      ""]),
    ("源码交付", "交付完整源代码，无加密",
     ["源码交付（授权绑定域名使用）", "交付完整源代码，无加密，可二次开发", "仅提供安装包", "完整源码", "完整源码，可二次开发",
      ""]),
]
R04_SCORE = ["18.5", "36.0", "6.0", "30.5", "27.0", "—"]
R04_PRICE = [
    ("合肥滨湖金服科技有限公司", "216000.00", "含税合计；含源码授权、部署实施、培训", "合同签订后12个月", ""),
    ("芜湖镜湖软件有限公司", "186000.00", "不含税，增值税税率13%另计", "合同签订后12个月", ""),
    ("淮南八公山数据有限公司", "—", "", "", "资格审查未通过，投标无效"),
    ("蚌埠淮上科技有限公司", "198000.00", "含税", "终身", ""),
    ("安庆迎江信息技术有限公司", "142000.00", "含税", "合同签订后6个月", ""),
    ("六安金寨网络科技工作室", "96000.00", "含税", "3个月", ""),
]


def case_r04():
    wb = Workbook()
    ws = wb.active
    ws.title = "技术响应（暗标）"
    ncol = 2 + len(R04_KEY)
    widths(ws, [12, 30] + [34] * len(R04_KEY))
    _text_row(ws, 1, ncol, "庐阳科技小贷个人信用贷系统源码采购项目（竞争性磋商，项目编号HCZB-2025-0716）技术响应汇总（暗标）", font=TITLE)
    _text_row(ws, 2, ncol, "说明：技术部分按暗标评审，以下按投标人编号列示各投标人技术响应文件原文；编号与投标人名称的对应关系见“暗标编号对照表”"
                           "（技术评审结束后揭封）。")
    put_row(ws, 3, ["评审因素", "磋商文件要求"] + [f"投标人{k}" for k, _ in R04_KEY], font=BOLD, fill=GREY, align=CENTER)
    r = 4
    for label, req, cells in R04_TECH:
        put_row(ws, r, [label, req] + cells)
        ws.row_dimensions[r].height = 75
        r += 1
    put_row(ws, r, ["技术得分（满分40，评审小组）", "—"] + R04_SCORE, font=BOLD, fill=YELLOW)
    _text_row(ws, r + 2, ncol, "评审小组签字：王××、刘××、陈××（外聘专家）            监督：庐阳科技小贷纪检室")

    ws2 = wb.create_sheet("报价一览（明标）")
    widths(ws2, [6, 28, 16, 34, 18, 26])
    _text_row(ws2, 1, 6, "磋商报价一览表（按递交顺序）", font=TITLE)
    _text_row(ws2, 2, 6, "递交截止时间：2025年7月16日9:30    地点：安徽徽采招标代理有限公司第二会议室")
    put_row(ws2, 3, ["序号", "投标人名称", "磋商报价（元）", "报价说明", "服务期", "备注"], font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(R04_PRICE, start=1):
        put_row(ws2, 3 + i, [str(i)] + list(row))
    _text_row(ws2, 4 + len(R04_PRICE) + 1, 6, "唱标人：孙×    记录人：周×    投标人代表对唱标结果无异议。")

    ws3 = wb.create_sheet("暗标编号对照表")
    widths(ws3, [10, 30, 20, 16])
    _text_row(ws3, 1, 4, "暗标编号对照表（技术评审结束后当众揭封）", font=BOLD)
    put_row(ws3, 2, ["暗标编号", "投标人名称", "揭封时间", "监督人"], font=BOLD, fill=GREY, align=CENTER)
    for i, (k, name) in enumerate(R04_KEY, start=1):
        put_row(ws3, 2 + i, [f"投标人{k}", name, "2025-07-16 15:40", "纪检室 何×"])
    _save(wb, "r_04_pc_anbiao_bianhao_duizhao.xlsx", creator="安徽徽采招标代理有限公司")


# ---------------------------------------------------------------------------------------------
# r_05  Merchant loans (bilingual) — Shenzhen Huaqiang Merchant Microcredit (HK-owned; operating loans to electronics
#       traders of 华强北) asked vendors to fill a Google Form "Vendor Quotation Form 供应商报价表" whose questions are in
#       English and Chinese; IT (Hong Kong) downloaded the responses as CSV (UTF-8). Checkbox answers are joined by ", ",
#       "Other:" answers are the vendor's own text, the numbered questions carry their numbers.
# Layout: Timestamp | Email Address | 1. … | 21. … (one column per question, long bilingual headers), one row per response:
#       a test response by the IT officer, then vendors; one vendor answered twice (the second says it replaces the first).
# ---------------------------------------------------------------------------------------------
R05_HEAD = [
    "Timestamp", "Email Address", "1. Company name 公司名称", "2. Contact person 联系人",
    "3. Total quoted price (RMB) 报价总额（人民币元）", "4. Is VAT included? 报价是否含税",
    "5. Modules included in the price 报价包含的模块", "6. Optional modules and prices 选配模块及价格",
    "7. MLPS Level 3 status 等保三级情况", "8. Filing certificate no. 备案证明编号",
    "9. Data security measures 数据安全措施", "10. Log retention (months) 日志保存期（月）",
    "11. Credit bureaus connected 已对接征信机构", "12. Free maintenance (months) 免费维护期（月）",
    "13. Maintenance scope 维护范围", "14. Regulatory change adaptation 监管政策调整", "15. Support hours 技术支持时间",
    "16. Response time (hours) 响应时间（小时）", "17. Lifetime technical consulting 终身技术咨询",
    "18. All commitments written into the contract 承诺写入合同", "19. Annual fee after warranty (RMB) 维保期后年费",
    "20. Source code delivery 源码交付", "21. Anything else? 其他说明",
]
M_EC = "Enterprise credit report 企业征信"
M_BS = "Bank statement analysis 银行流水分析"
M_CT = "E-contract 电子合同"
M_UM = "User management 用户管理"
M_AP = "Approval workflow 审批流"
M_RP = "Repayment management 还款管理"
M_BI = "Analytics dashboard 数据大屏"
M_API = "Open API 开放接口"
S_SM4 = "SM4 field encryption 国密SM4字段加密"
S_TLS = "HTTPS site-wide 全站HTTPS"
S_RBAC = "Role-based access control 角色权限"
R05_ROWS = [
    ["2025/07/10 9:14:22 AM GMT+8", "it.ops@hqmicrocredit.com.hk", "TEST – please ignore 测试", "Kenneth (IT)", "1",
     "Yes 含税", M_UM, "", "No 无", "", S_TLS, "1", "", "1", "", "", "", "", "", "", "", "", "form test, ignore"],
    ["2025/07/14 4:02:51 PM GMT+8", "sales@xzsoft.cn", "Zhuhai Xiangzhou Software Co., Ltd.", "Ivy Zhou", "298000",
     "Yes 含税", ", ".join([M_EC, M_BS, M_CT, M_UM, M_AP, M_RP]), "", "Yes – certified 已取得",
     "44040043022-23018", ", ".join([S_SM4, S_TLS, S_RBAC]), "6", "Baihang 百行征信", "12",
     "Bug fixes only 仅修复缺陷", "Major changes quoted separately 重大调整另行报价", "Working days 工作日 9:00-18:00", "4",
     "No 否", "Yes 是", "15% of contract value p.a. 合同额15%/年", "Full source, unencrypted 完整源码无加密", ""],
    ["2025/07/15 11:37:09 AM GMT+8", "bd@futian-huishang.com", "深圳福田汇商科技有限公司", "李伟", "318000", "Yes 含税",
     ", ".join([M_EC, M_BS, M_CT, M_UM, M_AP, M_RP, M_API]), "", "Yes – certified 已取得", "44030043071-24015",
     ", ".join([S_SM4, S_TLS, S_RBAC]), "12", "Baihang 百行征信, Pudao 朴道征信", "12",
     "Bug fixes + minor version upgrades 含小版本升级", "Free 免费", "7x24", "1", "Yes 是", "Yes 是", "35000",
     "Full source, unencrypted 完整源码无加密",
     "报价含源码授权22万、实施6.8万、培训3万；维保期满后年费3.5万元。"],
    ["2025/07/16 8:55:40 PM GMT+8", "market@tianhe-rongzhi.com", "广州天河融智科技有限公司", "黄总", "288000", "Yes 含税",
     ", ".join([M_EC, M_BS, M_UM, M_AP, M_RP, "电子签约、区块链存证、智能客服机器人"]), "",
     "Designed to Level 3 按三级标准设计", "", ", ".join(["国密算法", S_TLS, S_RBAC]), "长期",
     "可对接征信", "终身 lifetime", "Bug fixes + minor version upgrades 含小版本升级", "Free 免费", "7x24", "尽快 ASAP",
     "Yes 是", "可协商", "", "Core engine encrypted 核心引擎加密", "我司可协助贵司通过等保测评。"],
    ["2025/07/17 10:20:13 AM GMT+8", "chen.hao@shunde-zhidai.com", "佛山顺德智贷科技有限公司", "陈浩", "145000",
     "Yes 含税", ", ".join([M_EC, M_BS, M_CT, M_UM, M_AP, M_RP]), "", "In progress 申请中",
     "测评中，预计2025年11月取得", ", ".join([S_TLS, S_RBAC, "AES-256加密"]), "3", "Baihang 百行征信", "6",
     "Bug fixes + minor version upgrades 含小版本升级", "Free 免费", "Working days 工作日 9:00-18:00", "24", "Yes 是",
     "Yes 是", "12000", "Full source, unencrypted 完整源码无加密", ""],
    ["2025/07/18 2:46:05 PM GMT+8", "sales@xzsoft.cn", "Zhuhai Xiangzhou Software Co., Ltd.", "Ivy Zhou", "268000",
     "No 不含税", ", ".join([M_EC, M_BS, M_UM, M_AP, M_RP]), "E-contract 电子合同: +RMB 22,000 excl. VAT",
     "Yes – certified 已取得", "44040043022-23018", ", ".join([S_SM4, S_TLS, S_RBAC]), "6", "Baihang 百行征信", "12",
     "Bug fixes only 仅修复缺陷", "Major changes quoted separately 重大调整另行报价", "Working days 工作日 9:00-18:00", "4",
     "No 否", "Yes 是", "15% of contract value p.a. 合同额15%/年", "Full source, unencrypted 完整源码无加密",
     "This submission replaces our response of 14 July. 本次提交替代7月14日的提交，价格为不含税价（增值税13%另计）。"],
    ["2025/07/18 5:11:47 PM GMT+8", "xh.webstudio@163.com", "Jiangmen Xinhui Web Studio", "Ah Wing", "58000", "Yes 含税",
     ", ".join([M_EC, M_UM, M_RP]), "", "No 无", "", S_TLS, "1", "", "3", "Bug fixes only 仅修复缺陷",
     "Charged 收费", "Working days 工作日 9:00-18:00", "", "No 否", "No 否", "", "Licence only 仅授权使用",
     "No bank statement analysis or e-contract. 暂无银行流水分析和电子合同。"],
]


def case_r05():
    write_csv("r_05_ml_en_google_forms_responses.csv", [R05_HEAD] + R05_ROWS, "utf-8")


# ---------------------------------------------------------------------------------------------
# r_06  消费分期 — 运营部 黄丽 at 南宁青秀消费分期小额贷款 (phones and e-bikes through shops) built a 简道云 form "系统供应商报价收集"
#       and sent its public link to the vendors; each filled the main fields and a 报价明细 sub-form (项目 | 类型 标配/选配/赠送 |
#       金额 | 说明). She exported 数据管理 to Excel: the sub-form's rows stand one under another and every main field is merged
#       down over its record's rows, as 简道云 writes it.
# Layout: 提交人 | 提交时间 | 更新时间 | 流程状态 | 供应商名称 | 联系人 | 报价是否含税 | 报价明细.项目 | 报价明细.类型 |
#       报价明细.金额（元） | 报价明细.说明 | 功能模块 | 等保三级 | 等保备案证明编号 | 数据安全 | 日志保存期 | 征信接口 |
#       售后服务承诺 | 源码交付方式 | 内部备注, a test record first.
# ---------------------------------------------------------------------------------------------
R06_HEAD = ["提交人", "提交时间", "更新时间", "流程状态", "供应商名称", "联系人", "报价是否含税", "报价明细.项目", "报价明细.类型",
            "报价明细.金额（元）", "报价明细.说明", "功能模块", "等保三级", "等保备案证明编号", "数据安全", "日志保存期", "征信接口",
            "售后服务承诺", "源码交付方式", "内部备注"]
R06_REC = [
    (["黄丽", "2025-07-08 10:02", "2025-07-08 10:02", "已完成", "测试-请忽略", "黄丽", "是"],
     [["测试", "标配", 1, ""]],
     ["用户管理", "无", "", "", "", "", "", "", "表单测试"]),
    (["匿名", "2025-07-11 15:26", "2025-07-11 15:26", "已完成", "南宁邕江数科有限公司", "覃经理", "是（13%专票）"],
     [["源码授权费", "标配", 165000, "含全部源代码"], ["部署实施费", "标配", 45000, "本地化部署"],
      ["培训费", "标配", 18000, "3天现场培训"], ["积分商城", "赠送", 0, "免费赠送"]],
     ["商品管理, 分期计算器, 订单跟踪, 用户管理, 还款管理, 风控审批", "已取得", "45010043029-24004",
      "国密SM4加密（身份证/手机号）, 全站HTTPS, 角色权限管理", "12个月", "百行征信",
      "免费维护12个月，含bug修复与小版本升级；监管政策变化免费适配；7×24小时技术支持，1小时内响应；提供终身技术咨询；以上承诺均写入合同。"
      "维保期满后年费2.5万元。", "完整源码交付，无加密，可二次开发", "演示流畅"]),
    (["匿名", "2025-07-12 09:48", "2025-07-14 17:30", "已完成", "柳州龙城软件有限公司", "韦工", "否（13%增值税另计）"],
     [["源码授权费", "标配", 150000, ""], ["实施费", "标配", 40000, ""],
      ["订单跟踪模块", "选配", 20000, "如需订单跟踪另计，不含税"], ["数据分析大屏", "选配", 15000, "不含税"]],
     ["商品管理, 分期计算器, 用户管理, 还款管理, 审批流", "已取得", "45020043013-23021",
      "国密SM4加密（身份证/手机号）, 全站HTTPS, 角色权限管理", "6个月", "百行征信",
      "免费维护12个月（仅修复bug，不含升级）；重大政策调整另行报价；工作日9:00-18:00技术支持，4小时内响应；不提供终身技术咨询；"
      "以上写入合同；维保期满后按合同额15%/年收取。", "完整源码交付，无加密，可二次开发", "订单跟踪要加钱"]),
    (["匿名", "2025-07-13 20:15", "2025-07-13 20:15", "已完成", "桂林漓江云科技有限公司", "莫总", "是"],
     [["系统授权（含源码）", "标配", 238000, "一口价"], ["智能客服机器人", "赠送", 0, ""], ["区块链存证", "赠送", 0, ""]],
     ["商品管理, 分期计算器, 订单跟踪, 用户管理, 还款管理, 审批流", "按三级标准设计", "",
      "国密算法加密, 全站HTTPS", "长期保存", "支持对接各类征信",
      "终身免费维护，7×24小时服务，响应及时。", "提供源码（核心分期引擎加密）", "赠品多"]),
    (["匿名", "2025-07-15 11:03", "2025-07-15 11:03", "已完成", "北海银滩信息技术有限公司", "梁工", "是"],
     [["源码授权费", "标配", 98000, ""], ["实施费", "标配", 28000, ""], ["培训费", "标配", 10000, ""]],
     ["商品管理, 分期计算器, 订单跟踪, 用户管理, 还款管理, 审批流", "测评中", "预计2025年10月取得备案证明",
      "AES加密, 全站HTTPS, 角色权限管理", "3个月", "百行征信",
      "免费维护6个月，含升级；政策适配免费；5×8小时；次日响应。", "完整源码交付，无加密，可二次开发", "便宜"]),
    (["匿名", "2025-07-16 22:40", "2025-07-16 22:40", "已完成", "玉林玉州软件工作室", "阿杰", "是"],
     [["系统（免费开源版）", "标配", 0, "商业授权另议"]],
     ["商品管理, 订单跟踪, 用户管理", "无", "", "全站HTTPS", "1个月", "",
      "社区交流群答疑，维护按次收费。", "开源版", ""]),
]


def case_r06():
    wb = Workbook()
    ws = wb.active
    ws.title = "系统供应商报价收集"
    widths(ws, [8, 16, 16, 9, 24, 9, 16, 18, 9, 12, 20, 34, 14, 20, 30, 10, 16, 50, 26, 12])
    put_row(ws, 1, R06_HEAD, font=BOLD, fill=GREY, align=CENTER)
    r = 2
    for main, items, rest in R06_REC:
        top = r
        for it in items:
            for c, v in enumerate(it, start=8):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            r += 1
        bottom = r - 1
        for c, v in list(enumerate(main, start=1)) + list(enumerate(rest, start=12)):
            cell = ws.cell(row=top, column=c, value=v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
            if bottom > top:
                ws.merge_cells(start_row=top, start_column=c, end_row=bottom, end_column=c)
    _save(wb, "r_06_ci_jiandaoyun_zibiaodan.xlsx", creator="简道云")


if __name__ == "__main__":
    case_r01()
    case_r02()
    case_r03()
    case_r04()
    case_r05()
    case_r06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("r_0*") if p.suffix != ".toml")))
