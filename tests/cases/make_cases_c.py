"""Generate the c_* test-case input files (quote sheets written in outsiders' voices).

Run with:  /work/main/.venv/bin/python tests/cases/make_cases_c.py
Writes next to this script:
  c_01_ml_bank_rfq_summary.xlsx   bank-affiliated lender's formal 询价结果汇总表 (merchant_loan)
  c_02_ci_wechat_paste.xlsx       sales assistant pasting WeChat replies, transposed (consumer_installment)
  c_03_pc_hk_rfp_matrix.xlsx      Hong Kong integrator's English RFP response matrix (personal_credit)
  c_04_pc_survey_long.xlsx        survey-tool export, one row per vendor/question (personal_credit)
  c_05_ml_srm_codes.csv           procurement-system (SRM) export with numeric codes, UTF-8 (merchant_loan)
  c_06_ci_rural_owner_gbk.csv     rural lender owner's own sheet, typos and 全角, GBK (consumer_installment)
The expectations (c_*.toml) were written from domain.md and analyst-reading.md, not from any output.
"""
import csv
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
WRAP = Alignment(wrap_text=True, vertical="top")


def _widths(ws, widths):
    from openpyxl.utils import get_column_letter
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _wrap_all(ws, first_row=1):
    for row in ws.iter_rows(min_row=first_row):
        for c in row:
            c.alignment = WRAP


# --------------------------------------------------------------------------------------------
# c_01  bank-affiliated lender, stiff formal RFQ summary, wide, amounts in 元, footer rows
# --------------------------------------------------------------------------------------------
def case_01():
    wb = Workbook()
    ws = wb.active
    ws.title = "询价结果汇总"
    header = ["序号", "应答单位", "报价金额（元）", "计税说明", "功能模块响应情况", "网络安全等级保护",
              "敏感数据加密", "传输加密", "权限控制", "操作日志留存", "征信数据接入", "源代码交付",
              "免费维保期", "售后服务承诺", "备注"]
    ws.append(["江南普惠小额贷款有限公司（江南农商银行控股）经营性贷款业务管理系统源代码采购项目询价结果汇总表"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["询价编号：JNPH-CG-2025-017　　金额单位：人民币元　　编制部门：运营管理部（金融科技组）　　"
               "编制日期：2025年4月22日"])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(header))
    ws.append([])
    ws.append(header)
    for c in ws[4]:
        c.font = Font(bold=True)
    rows = [
        [1, "江苏金穗信息技术有限公司", 298000,
         "含税（增值税税率13%）。报价构成：源代码授权费208,000元，部署实施费60,000元，人员培训费30,000元，合计298,000元。",
         "企业征信查询、银行流水解析、电子签约、用户管理、授信审批流、还款计划管理、贷后预警",
         "系统已完成网络安全等级保护三级测评并取得备案证明（备案证明编号：32010022031-25001），测评报告随附。",
         "身份证号、手机号、银行卡号等敏感字段采用国密SM4算法加密存储。",
         "全链路HTTPS（TLS 1.2及以上）。",
         "基于角色的权限控制（RBAC），支持前中后台岗位分离。",
         "操作日志留存12个月，支持异常行为追溯。",
         "已接入中国人民银行征信中心企业征信系统及百行征信。",
         "交付全部源代码，无加密、无授权锁，可自主二次开发。",
         "12个月",
         "维保期内提供缺陷修复及小版本升级；7×24小时技术值守，接报后1小时内响应；因监管政策调整产生的系统适配免费实施；"
         "提供终身技术咨询；以上承诺均写入合同条款；维保期满后年维护费按合同额12%计收。",
         "应答文件完整，经初审无实质性偏离。"],
        [2, "上海融信数字科技有限公司", 268000, "含税",
         "企业征信、流水分析、合同管理、用户管理、风控审批、还款管理、数据分析大屏",
         "系统架构按等保三级要求设计，可满足测评需要。",
         "采用国密算法对敏感数据进行加密。",
         "支持HTTPS。",
         "支持多级权限配置。",
         "日志可长期保存。",
         "支持对接多家征信机构。",
         "交付源代码。",
         "终身免费维护",
         "7×24小时服务热线，30分钟内响应。",
         "报价较低，服务响应承诺优于其他应答单位。"],
        [3, "北京中科汇达软件有限公司", 275000,
         "不含税（须另加13%增值税）。",
         "企业征信、银行流水分析、用户管理、审批流、还款管理；电子合同模块为选配，另加30,000元（不含税）。",
         "等保三级，备案证明编号：11010113022-24007。",
         "SM4",
         "HTTPS",
         "RBAC角色权限",
         "留存6个月",
         "百行征信、朴道征信",
         "完整源代码交付。",
         "6个月",
         "维保期内仅提供故障修复，版本升级另计；工作日9:00-18:00（5×8）技术支持，4小时内响应；监管政策适配按人天另行报价。",
         "报价为不含税价。"],
        [4, "广州易商贷科技有限公司", 138000, "含税",
         "企业征信对接、流水分析、电子合同、用户管理、审批、还款",
         "等保三级，备案证明编号：44010613018-23011。",
         "SM4加密",
         "HTTPS",
         "无",
         "留存3个月",
         "百行征信",
         "仅提供授权使用，授权绑定服务器，不交付源代码。",
         "12个月",
         "免费维保12个月，含缺陷修复和小版本升级；7×24小时；2小时内响应。",
         "报价明显低于同类项目市场价格，请评审小组关注。"],
        [5, "深圳前海云链科技有限公司", 420000, "含税",
         "企业征信、流水分析、合同管理、区块链存证、元宇宙营销、海外支付通道、智能客服机器人、数据分析大屏",
         "等级保护第二级（已备案）。",
         "SM4",
         "HTTPS",
         "RBAC",
         "12个月",
         "百行征信",
         "完整源代码",
         "12个月",
         "7×24小时；1小时内响应；政策适配免费。",
         "功能模块超出本项目需求范围。"],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["说明：1．报价金额以应答单位加盖公章的书面报价为准；2．不含税报价按13%税率折算后参与比较；"
               "3．本表仅供采购评审小组内部参考，不作为成交依据。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(header))
    ws.append(["编制：周文静　　复核：顾建国　　审批："])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(header))
    _wrap_all(ws, 4)
    _widths(ws, [6, 26, 14, 36, 40, 36, 28, 18, 22, 22, 28, 28, 12, 60, 28])
    wb.save(os.path.join(HERE, "c_01_ml_bank_rfq_summary.xlsx"))


# --------------------------------------------------------------------------------------------
# c_02  sales assistant pasting WeChat replies verbatim, transposed (criteria down column A)
# --------------------------------------------------------------------------------------------
def case_02():
    wb = Workbook()
    ws = wb.active
    ws.title = "微信报价整理"
    ws.append(["手机分期系统 各家微信报价整理（销售部小周，聊天原话照抄，没改）"])
    ws.append([])
    vendors = ["乐享分期科技", "闪分科技", "优购分期云", "速融信息"]
    ws.append(["问了啥"] + vendors)
    same_features = "商品管理、分期试算、订单状态跟踪、用户管理、还款提醒、审批流"
    rows = [
        ["对接人", "王经理（微信 lexiang_wang）", "陈总", "小美~优购", "阿杰"],
        ["报价",
         "原价26.8万，跟领导申请了，给您优惠价23.8万，含税的哈",
         "老板说月底冲业绩，给您13.8万，含税😄",
         "标准版21.8万，亲这个价真的很实在了",
         "6.8万全套带走，含税"],
        ["功能",
         same_features,
         same_features,
         "商品管理、订单管理、用户管理、还款管理、积分商城、社交分享；分期计算器是选配的，要的话+费用，具体再谈",
         "商品管理、分期计算器、用户管理、还款管理"],
        ["等保三级",
         "有的，等保三级，证书编号44030022041-24003，扫描件发您了[图片]",
         "有，三级，证书编号44190022017-24009",
         "我们系统满足等保三级的要求，这个您放一百个心",
         "没有哈，我们小团队做不起"],
        ["加密",
         "身份证和手机号是SM4加密存的",
         "敏感字段都是SM4加密",
         "都是国密加密的哦",
         "AES的，够用了"],
        ["HTTPS", "全站https", "全站https", "有的", "有"],
        ["权限管理",
         "按角色分权限，能细到每个按钮",
         "按角色分权限，可以自定义",
         "有权限管理的",
         "就一个管理员账号，够用"],
        ["日志",
         "操作日志存12个月",
         "操作日志存12个月",
         "日志都有的",
         "没注意，回头问问"],
        ["源码",
         "完整源码全给，不加密，你们可以自己二开",
         "完整源码，无加密，可二开",
         "源码给的，核心风控那块是加密的",
         "给源码"],
        ["免费维护", "12个月", "12个月", "终身维护！买了就不用操心了😁", "3个月"],
        ["售后",
         "维护期内bug修复加小版本升级都包，7×24有人值班，2小时内工程师响应，政策变了免费改，这些都写合同里👌",
         "一年内修bug和小版本升级都免费，7×24值班，2小时内响应，监管政策变动免费适配，全部写进合同",
         "7×24小时在线，30分钟响应",
         "工作时间在线，有问题微信找我"],
        ["最后聊天时间", "3月12日 21:47", "3月13日 09:05", "3月12日 23:10", "3月11日 16:30"],
        ["小周备注",
         "王经理很专业，问啥答啥",
         "价格最便宜，老板可能会喜欢",
         "聊得最爽快，售后听着最好",
         "太便宜了心里没底"],
    ]
    for r in rows:
        ws.append(r)
    _wrap_all(ws, 3)
    _widths(ws, [14, 40, 40, 40, 34])
    wb.save(os.path.join(HERE, "c_02_ci_wechat_paste.xlsx"))


# --------------------------------------------------------------------------------------------
# c_03  Hong Kong integrator's English RFP response matrix: requirement rows, per vendor a
#       Response (Yes/No/Partial/Roadmap) and a Comments column, two header rows, footnotes
# --------------------------------------------------------------------------------------------
def case_03():
    wb = Workbook()
    ws = wb.active
    ws.title = "Response Matrix"
    vendors = ["Shenzhen Zhixin Software", "Kowloon FinTech Partners", "GBA CreditTech", "OpenLend"]
    ncol = 3 + 2 * len(vendors)
    ws.append(["Pearl River Delta Systems Integration Ltd. (Hong Kong) - RFP No. PRD-2025-LOS-03: "
               "Vendor Response Matrix, loan-system source code (personal credit)"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Client: a Guangdong licensed micro-credit company. Compiled by our pre-sales team from each "
               "vendor's written response. Response codes: Yes = compliant at the quoted price; Partial = "
               "partially compliant; Roadmap = planned, not available at go-live; No = not compliant. "
               "Footnotes below the table."])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.append([])
    h1 = ["Req.", "Category", "Requirement"]
    h2 = ["", "", ""]
    for v in vendors:
        h1 += [v, ""]
        h2 += ["Response", "Comments"]
    ws.append(h1)
    ws.append(h2)
    for i in range(len(vendors)):
        col = 4 + 2 * i
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
    for r in (4, 5):
        for c in ws[r]:
            c.font = Font(bold=True)

    # each requirement: (id, category, text, [(resp, comment) x 4])
    reqs = [
        ("1.1", "Commercial", "Total price (CNY)", [
            ("228,000", "Total incl. 13% VAT: source licence 168,000 + implementation & training 60,000"),
            ("198,000", "Total, VAT included"),
            ("205,000 (excl. VAT)", "Total excl. VAT [1]; risk model not included, see 2.2"),
            ("0", "Community edition is free of charge; commercial licence on request"),
        ]),
        ("2.1", "Functional", "Personal credit report interface", [
            ("Yes", "PBoC Credit Reference Center (2nd-gen report) and Baihang Credit"),
            ("Yes", "Credit bureau integration supported"),
            ("Yes", "Baihang Credit and Pudao Credit"),
            ("Partial", "Generic HTTP connector; bureau not specified"),
        ]),
        ("2.2", "Functional", "Risk model / decision engine", [
            ("Yes", "Scorecard + rules engine"),
            ("Yes", "AI risk engine"),
            ("Partial", "Optional module (+CNY 35,000, excl. VAT), not in the total [1]"),
            ("No", "Not included"),
        ]),
        ("2.3", "Functional", "Anti-fraud model", [
            ("Yes", "Device fingerprint, blacklist and graph rules"),
            ("Yes", "Anti-fraud rules included"),
            ("Roadmap", "Planned for H1 2026"),
            ("No", ""),
        ]),
        ("2.4", "Functional", "Repayment schedule and reminders", [
            ("Yes", ""), ("Yes", ""), ("Yes", ""), ("Yes", "Basic schedule only"),
        ]),
        ("2.5", "Functional", "Approval workflow", [
            ("Yes", "Configurable multi-level approval"), ("Yes", ""), ("Yes", ""), ("Yes", ""),
        ]),
        ("2.6", "Functional", "User management", [
            ("Yes", ""), ("Yes", ""), ("Yes", ""), ("Yes", ""),
        ]),
        ("2.7", "Functional", "Marketing plugins (may be deferred)", [
            ("Roadmap", "Q1 2026"), ("Yes", "Coupons and referral"), ("No", ""), ("No", ""),
        ]),
        ("3.1", "Compliance", "MLPS Level 3 (等保三级) certification", [
            ("Yes", "Filing certificate No. 44030022016-24002, assessed Feb 2024"),
            ("Roadmap", "Assessment booked for Q4 2025 [3]"),
            ("Yes", "Certificate No. 44010022077-23015"),
            ("No", "Not certified"),
        ]),
        ("3.2", "Compliance", "SM4 encryption of sensitive fields", [
            ("Yes", "SM4 on ID number, mobile number and bank card number"),
            ("Yes", "Chinese national cryptographic algorithms supported"),
            ("Yes", "SM4"),
            ("No", "Stored in plain text by default"),
        ]),
        ("3.3", "Compliance", "TLS for all traffic", [
            ("Yes", "TLS 1.2+"), ("Yes", ""), ("Yes", "HTTPS"), ("Partial", "HTTPS to be configured by the client"),
        ]),
        ("3.4", "Compliance", "Role-based access control", [
            ("Yes", "RBAC with maker-checker"), ("Yes", ""), ("Yes", "RBAC"), ("Yes", "Admin / operator roles"),
        ]),
        ("3.5", "Compliance", "Audit log retention of at least 6 months", [
            ("Yes", "12 months, with tracing of abnormal operations"),
            ("Yes", "Retention period configurable"),
            ("Yes", "6 months"),
            ("No", "30 days"),
        ]),
        ("3.6", "Compliance", "Connects only to licensed credit bureaus", [
            ("Yes", "PBoC CRC and Baihang only"),
            ("Yes", "Supported"),
            ("Yes", "Baihang and Pudao only"),
            ("", ""),
        ]),
        ("4.1", "Delivery", "Source code delivery", [
            ("Yes", "Full source code, unencrypted, no licence lock; client may modify"),
            ("Yes", "Source code provided"),
            ("Partial", "Decision engine delivered as compiled binary [2]"),
            ("Yes", "Open source (AGPL)"),
        ]),
        ("5.1", "After-sales", "Free maintenance period", [
            ("Yes", "12 months, covering bug fixes and minor version upgrades"),
            ("Yes", "Lifetime maintenance"),
            ("Yes", "12 months, bug fixes only; version upgrades chargeable"),
            ("No", "Community forum support only"),
        ]),
        ("5.2", "After-sales", "24/7 technical support", [
            ("Yes", "24/7 hotline"),
            ("Yes", "24/7"),
            ("No", "Mon-Fri 09:00-18:00"),
            ("No", ""),
        ]),
        ("5.3", "After-sales", "Response within 2 hours", [
            ("Yes", "Within 1 hour, by a named engineer"),
            ("Yes", "Within 15 minutes"),
            ("No", "Within 8 business hours"),
            ("No", ""),
        ]),
        ("5.4", "After-sales", "Adaptation to regulatory changes free of charge", [
            ("Yes", "Free of charge, written into the contract"),
            ("Yes", "Minor changes free; major regulatory changes quoted separately"),
            ("No", "Charged per man-day"),
            ("No", ""),
        ]),
        ("5.5", "After-sales", "All commitments written into the contract", [
            ("Yes", ""), ("", ""), ("Yes", ""), ("No", ""),
        ]),
        ("5.6", "After-sales", "Lifetime technical consulting", [
            ("Yes", "Included"), ("Yes", ""), ("No", ""), ("No", ""),
        ]),
    ]
    for rid, cat, text, answers in reqs:
        row = [rid, cat, text]
        for resp, comment in answers:
            row += [resp, comment]
        ws.append(row)
    ws.append([])
    for note in [
        "[1] GBA CreditTech quotes every amount excluding VAT; add VAT (13% assumed) before comparing.",
        "[2] Components delivered only as binaries cannot be audited or modified by the client.",
        "[3] Kowloon FinTech Partners has not yet been assessed; it expects the filing certificate after go-live.",
        "Prepared by PRD SI pre-sales, 18 April 2025. For the client's evaluation only.",
    ]:
        ws.append([note])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=ncol)
    _wrap_all(ws, 4)
    _widths(ws, [6, 13, 34] + [11, 36] * len(vendors))
    wb.save(os.path.join(HERE, "c_03_pc_hk_rfp_matrix.xlsx"))


# --------------------------------------------------------------------------------------------
# c_04  survey-tool export, long layout: one row per (answer sheet, question)
# --------------------------------------------------------------------------------------------
QUESTIONS_04 = [
    ("Q1", "报价金额（万元）"),
    ("Q2", "报价是否含税"),
    ("Q3", "系统功能模块（多选）"),
    ("Q4", "网络安全等级保护情况"),
    ("Q5", "敏感数据加密算法"),
    ("Q6", "是否全站HTTPS"),
    ("Q7", "是否具备权限管理"),
    ("Q8", "操作日志保存期限（月）"),
    ("Q9", "已对接的征信机构"),
    ("Q10", "源码交付方式"),
    ("Q11", "免费维护期（月）"),
    ("Q12", "维护范围"),
    ("Q13", "技术支持时段"),
    ("Q14", "响应时间（小时）"),
    ("Q15", "监管政策适配"),
    ("Q16", "以上承诺是否写入合同"),
    ("Q17", "其他说明（选填）"),
]


def case_04():
    wb = Workbook()
    ws = wb.active
    ws.title = "答卷明细"
    ws.append(["问卷：个人信用贷系统源码供应商信息收集表　导出时间：2025-05-06 14:02　共5份答卷"])
    ws.append(["答卷序号", "提交时间", "供应商名称", "题号", "题目", "回答", "补充说明"])
    for c in ws[2]:
        c.font = Font(bold=True)
    sheets = [
        (1, "2025/4/28 09:14:52", "武汉信鸿科技有限公司", {
            "Q1": ("18.8", ""), "Q2": ("A.含税", ""),
            "Q3": ("征信对接┋风控引擎┋反欺诈┋还款计划┋审批流┋用户管理┋营销插件", ""),
            "Q4": ("B.三级测评中", "预计2025年9月取得备案证明"),
            "Q5": ("SM4", ""), "Q6": ("A.是", ""), "Q7": ("A.有（按角色）", ""), "Q8": ("12", ""),
            "Q9": ("人行征信中心、百行征信", ""), "Q10": ("A.完整源码，无加密", ""),
            "Q11": ("终身", "终身免费维护"), "Q12": ("A.缺陷修复＋小版本升级", ""),
            "Q13": ("A.7×24小时", ""), "Q14": ("0.5", ""), "Q15": ("A.免费", ""), "Q16": ("A.是", ""),
            "Q17": ("终身免费维护，随叫随到，签约即可安排上线", ""),
        }),
        (2, "2025/4/28 15:40:07", "福州云贷软件有限公司", {
            "Q1": ("16.8", ""), "Q2": ("B.不含税", ""),
            "Q3": ("风控引擎┋反欺诈┋还款计划┋审批流┋用户管理", "征信接口对接模块不含在本次报价内，如需要另行报价"),
            "Q4": ("A.已取得三级备案证明", "备案证明编号35010022033-24006"),
            "Q5": ("SM4", ""), "Q6": ("A.是", ""), "Q7": ("A.有（按角色）", ""), "Q8": ("12", ""),
            "Q9": ("(跳过)", ""), "Q10": ("B.部分源码（核心模块加密）", ""),
            "Q11": ("12", ""), "Q12": ("B.仅缺陷修复", ""),
            "Q13": ("B.工作日5×8", ""), "Q14": ("4", ""), "Q15": ("C.小调整免费、重大调整另行报价", ""),
            "Q16": ("B.否", ""), "Q17": ("(跳过)", ""),
        }),
        (3, "2025/4/29 10:03:31", "杭州数信科技有限公司", {
            "Q1": ("21.5", ""), "Q2": ("A.含税", ""),
            "Q3": ("征信对接┋风控引擎┋反欺诈┋还款计划┋审批流┋用户管理┋其他〖贷后催收〗", ""),
            "Q4": ("A.已取得三级备案证明", "备案证明编号33010022045-24008"),
            "Q5": ("SM4（身份证号、手机号、银行卡号）", ""), "Q6": ("A.是", ""),
            "Q7": ("A.有（按角色）", ""), "Q8": ("12", ""),
            "Q9": ("百行征信、朴道征信", ""), "Q10": ("A.完整源码，无加密", ""),
            "Q11": ("12", ""), "Q12": ("A.缺陷修复＋小版本升级", ""),
            "Q13": ("A.7×24小时", ""), "Q14": ("2", ""), "Q15": ("A.免费", ""), "Q16": ("A.是", ""),
            "Q17": ("维保期满后年维护费按合同额10%/年", ""),
        }),
        (4, "2025/4/30 17:26:45", "厦门快贷通网络科技有限公司", {
            "Q1": ("9.8", ""), "Q2": ("A.含税", ""),
            "Q3": ("征信对接┋还款计划┋用户管理", ""),
            "Q4": ("D.未开展", ""),
            "Q5": ("AES-128", ""), "Q6": ("A.是", ""), "Q7": ("A.有（按角色）", ""), "Q8": ("3", ""),
            "Q9": ("百行征信", ""), "Q10": ("C.仅授权使用", ""),
            "Q11": ("6", ""), "Q12": ("B.仅缺陷修复", ""),
            "Q13": ("B.工作日5×8", ""), "Q14": ("24", ""), "Q15": ("B.收费", ""), "Q16": ("B.否", ""),
            "Q17": ("(跳过)", ""),
        }),
        (5, "2025/5/2 11:58:19", "南昌普融信息技术有限公司", {
            "Q1": ("19.8", ""), "Q2": ("A.含税", ""),
            "Q3": ("征信对接┋风控引擎┋反欺诈┋还款计划┋用户管理", ""),
            "Q4": ("A.已取得三级备案证明", "备案证明编号36010022009-23004"),
            "Q5": ("SM3", ""), "Q6": ("A.是", ""), "Q7": ("B.无", ""), "Q8": ("6", ""),
            "Q9": ("支持对接征信，具体机构按客户需求", ""), "Q10": ("A.完整源码，无加密", ""),
            "Q11": ("12", ""), "Q12": ("A.缺陷修复＋小版本升级", ""),
            "Q13": ("A.7×24小时", ""), "Q14": ("2", ""), "Q15": ("A.免费", ""), "Q16": ("A.是", ""),
            "Q17": ("价格有优势，欢迎实地考察", ""),
        }),
    ]
    for no, ts, vendor, answers in sheets:
        for qid, qtext in QUESTIONS_04:
            ans, extra = answers[qid]
            ws.append([no, ts, vendor, qid, qtext, ans, extra])
    _widths(ws, [9, 20, 28, 6, 24, 60, 40])
    wb.save(os.path.join(HERE, "c_04_pc_survey_long.xlsx"))


# --------------------------------------------------------------------------------------------
# c_05  procurement system (SRM) export, numeric codes with the legend in the header, UTF-8
# --------------------------------------------------------------------------------------------
def case_05():
    header = ["询价单号", "报价单号", "供应商编码", "供应商名称", "含税标志(1含税/0不含税)", "税率(%)",
              "报价总额(元)", "币种", "等保三级(1已取得/2测评中/0无)", "等保备案证明编号", "SM4加密(1是/0否)",
              "HTTPS(1是/0否)", "权限管理(1是/0否)", "日志保存期(月)", "征信机构",
              "源码交付(1完整/2部分/3仅授权)", "免费维护期(月)", "维护含升级(1是/0否)", "7x24支持(1是/0否)",
              "响应时限(小时)", "政策适配(1免费/0收费/2重大调整除外)", "写入合同(1是/0否)", "维保期后年费(元)",
              "功能模块", "供应商备注"]
    rows = [
        ["RFQ202503170042", "QT2025032100311", "100231", "青岛恒信软件有限公司", "1", "13", "318000", "CNY",
         "1", "37020022015-24003", "1", "1", "1", "12", "人行征信中心企业征信系统;百行征信",
         "1", "12", "1", "1", "2", "1", "1", "38160",
         "企业征信查询;银行流水解析;电子签约;用户管理;授信审批;还款管理", "报价含部署实施及现场培训"],
        ["RFQ202503170042", "QT2025032100327", "100458", "大连汇智科技有限公司", "0", "13", "279000", "CNY",
         "2", "", "1", "1", "1", "12", "百行征信;朴道征信",
         "1", "12", "1", "1", "1", "1", "1", "30000",
         "企业征信;流水分析;合同管理;用户管理;审批流;还款管理;数据分析大屏",
         "等保测评已于3月启动，预计三季度出具报告"],
        ["RFQ202503170042", "QT2025032200105", "100512", "沈阳北辰信息技术有限公司", "1", "13", "265000", "CNY",
         "1", "21010022008-23012", "1", "1", "0", "3", "人行征信中心",
         "3", "12", "1", "0", "8", "2", "1", "",
         "企业征信;流水分析;电子合同;用户管理;审批;还款", "软件授权绑定服务器MAC地址"],
        ["RFQ202503170042", "QT2025032200118", "100677", "天津鑫融科技有限公司", "1", "13", "128000", "CNY",
         "1", "12010022019-24001", "1", "1", "1", "6", "百行征信",
         "1", "", "", "", "", "", "", "",
         "企业征信;电子合同;用户管理;审批;还款", "流水分析模块暂未开发"],
        ["RFQ202503170042", "QT2025032400009", "100803", "济南云创网络科技有限公司", "1", "13", "0", "CNY",
         "0", "", "0", "1", "1", "1", "",
         "1", "0", "0", "0", "", "0", "0", "",
         "用户管理;还款管理;合同管理", "社区开源版免费，商业授权及二次开发另行报价"],
    ]
    with open(os.path.join(HERE, "c_05_ml_srm_codes.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


# --------------------------------------------------------------------------------------------
# c_06  rural lender owner's own sheet (农机分期), typos, 全角 digits, units mixed; saved as GBK CSV
# --------------------------------------------------------------------------------------------
def case_06():
    rows = [
        ["农机分期系统 几家报价 我自己记的（老刘）", "", "", "", "", "", "", "", "", "", "", ""],
        ["公司", "价钱", "有啥功能", "等保", "加密", "https", "权限", "日志存多久", "源码给不给", "免费维护",
         "售后咋说的", "我的备注"],
        ["丰收农科软件", "２３．５万（含税）", "商品管理，分期计算器，订单跟踪，用户管理，还款提醒，审批",
         "有，三级，证书号４１０１００２２０３６－２４００２", "ＳＭ４", "有", "有，分角色", "１２个月",
         "全给，不加密", "１年",
         "一年里修ｂｕｇ和小版本升级都不要钱，７×２４小时有人，２小时内响应，政策变了免费改，都写进合同了",
         "人来过店里看过，实在"],
        ["田园分期软件", "13万8（含税）", "商品管理，分期计算器，订单跟踪，用户管理，还款提醒，审批",
         "有，三级，证书号４１０７００２２０１１－２４００５", "SM4", "有", "有，分角色", "12个月",
         "全给，不加密", "12个月",
         "一年内修bug、小版本升级免费，7×24，2小时内响应，政策适配免费，写合同",
         "最便宜的，跟丰收差不多"],
        ["惠农金服科技", "21.8w", "商品管理，订单管理，用户管理，还款管理，分期计算器另计（没说多少钱）",
         "说等保三极没问题", "国蜜加密", "有", "有", "", "给", "终生维护",
         "７×２４，随叫随到，半小时响应", "业务员嘴最甜"],
        ["云农贷科技", "面议", "商品管理，分期计算器，订单跟踪，用户管理，还款管理，区块链存证",
         "二级的", "AES", "有", "无", "３个月", "只给安装包，授权绑定域名", "半年",
         "工作日在，５×８", "价钱不肯说，说见面谈"],
        ["注：价钱都是微信上问的，以合同为准", "", "", "", "", "", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, "c_06_ci_rural_owner_gbk.csv"), "w", encoding="gbk", newline="") as f:
        csv.writer(f).writerows(rows)


if __name__ == "__main__":
    case_01()
    case_02()
    case_03()
    case_04()
    case_05()
    case_06()
    print("c_* cases written to", HERE)
