"""Build the "j" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, office tools (DingTalk, a PDF-to-Excel converter, WPS,
问卷星) and buyers' staff would write; the expected reading of every file is in the matching j_0N_*.toml beside it,
written from the file's content and the domain notes (shared/domain.md, docs/analyst-reading.md) before any product
code read these files. The author of this script neither ran the product on them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_j.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure j_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
sys.path.insert(0, str(CASES))
sys.path.insert(0, str(HERE))
from case_sheet import BOLD, CENTER, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402
from make_cases_f import write_csv  # noqa: E402  (a CSV in a given encoding)
from make_cases_g import new_sheet  # noqa: E402  (a workbook opening with a title and note lines)


# ---------------------------------------------------------------------------------------------
# j_01  商户经营贷 — 采购部 张敏 at 淄博齐都小额贷款 registers every vendor's quote as a DingTalk (钉钉) approval
#       ("供应商报价登记") and the boss approves it; the admin exported the approvals to Excel (审批数据导出).
#       Voice: DingTalk's own columns (审批编号 as a 20-digit string, 标题 "张敏提交的供应商报价登记", 审批状态 已完成 /
#       已撤销 / 审批中, 审批结果 同意 / 拒绝, 耗时, 历史审批人, 审批记录 with the approvers' comments), then the form's
#       fields as the staffer filled them from the vendor's quote. Layout: one approval instance per vendor; the form's
#       明细 (table) field 报价明细 exports one row per line item, with every instance column MERGED down over its
#       line rows; 报价金额（元） is the form's formula field (the sum of the 明细).
# Traps: the 明细 lines are the items of 报价金额, not more money (adding both counts twice) and not quotes of their
#       own; 烟台蓝海 appears twice — the first instance 已撤销 ("金额录错，撤销重提", 286,000), the live one 268,000 —
#       and its 等保 is 三级测评中 (unverified, not fail); 青岛崂山 is 248,000 不含税 and its must-have 银行流水分析 is an
#       option "32,000元（不含税）": (248,000 + 32,000) × 1.13 = 316,400, while its API开放平台 option (deferrable) is
#       not bought; 潍坊鸢都's 拒绝 is the approver's, not a reason to drop it (it fails on 等保二级 and a module list
#       without 电子合同); 日照港信 is still 审批中 with no amount yet ("对方说下周给正式报价": unknown, unverified);
#       审批编号, 耗时 and 发起人工号 are not money; 审批意见 ("价格最低，可以谈") are the buyer's.
# Analyst's reading: 济南泉城数科有限公司 — 296,000 含税 inside 25–35万, filing number, SM4, HTTPS, RBAC, 12-month logs,
#       PBoC enterprise credit + Baihang, all three merchant must-haves, 12 months with upgrades, free policy adaptation,
#       7×24, 1 h, lifetime consulting, in the contract, 35,000 a year after warranty, full source.
# ---------------------------------------------------------------------------------------------
J01_HEAD = ["审批编号", "标题", "审批状态", "审批结果", "发起时间", "完成时间", "耗时(时:分:秒)", "发起人工号", "发起人姓名",
            "发起人部门", "历史审批人姓名", "审批记录(审批人姓名,审批时间,审批意见)", "当前处理人姓名",
            "供应商名称", "报价金额（元）", "是否含税", "选配模块（未含在报价金额内）", "等保三级", "数据加密", "传输加密",
            "权限管理", "日志保存期", "征信接口", "功能模块", "免费维保期", "维保范围", "政策适配", "技术支持时段", "响应时间",
            "终身技术咨询", "承诺写入合同", "维保期满年费（元/年）", "源码交付", "报价明细-费用项目", "报价明细-金额（元）",
            "备注", "附件"]
J01_DETAIL = 33  # 0-based index of 报价明细-费用项目 (the 明细 columns are the two before 备注)

J01_LANHAI = "烟台蓝海信息技术有限公司"  # registered twice: the first approval withdrawn (amount mistyped), then again
J01_LANHAI_FORM = ["含税", "无", "三级测评中，预计2025年6月取得备案证明", "SM4", "HTTPS", "RBAC", "12个月", "百行征信、朴道征信",
                   "用户管理，审批流，还款管理，企业征信，银行流水分析，电子合同", "12个月", "bug修复及小版本升级", "免费",
                   "7×24小时", "2小时", "是", "是", 30000, "完整源码"]
J01_INSTANCES = [
    # (审批编号, 状态, 结果, 发起, 完成, 耗时, 审批人, 审批记录, 当前处理人, form fields…, 明细 lines, 备注, 附件)
    ("202503031012000231456", "已完成", "同意", "2025-03-03 10:12:41", "2025-03-04 16:02:17", "29:49:36",
     "刘伟,王建国",
     "张敏(发起) 2025-03-03 10:12;\n刘伟(同意) 2025-03-04 09:30 资料齐全;\n王建国(同意) 2025-03-04 16:02 进入演示环节",
     "",
     ["济南泉城数科有限公司", 296000, "含税", "无", "已取得（备案证明编号37010043012-24005）",
      "SM4（身份证号、手机号、银行卡号字段级加密）", "HTTPS（TLS1.2）", "RBAC角色权限＋数据权限", "12个月",
      "人行征信中心（企业征信）、百行征信",
      "用户管理，审批流，还款管理，企业征信查询，银行流水分析，电子合同，贷后管理，数据大屏",
      "12个月", "bug修复＋小版本升级", "免费", "7×24小时", "1小时", "是", "是", 35000, "完整源码，无加密，可二次开发"],
     [("源码授权费", 210000), ("部署实施费", 56000), ("培训费", 30000)],
     "报价单已盖章", "泉城数科报价单.pdf"),
    ("202503041433000231877", "已完成", "同意", "2025-03-04 14:33:05", "2025-03-05 11:20:48", "20:47:43",
     "刘伟,王建国",
     "张敏(发起) 2025-03-04 14:33;\n刘伟(同意) 2025-03-05 08:55 ;\n王建国(同意) 2025-03-05 11:20 价格最低，可以谈",
     "",
     ["青岛崂山软件有限公司", 248000, "不含税", "银行流水分析模块 32,000元（不含税）；API开放平台 20,000元（不含税）",
      "已取得（备案证明编号37020043087-23011）", "SM4", "HTTPS", "有（角色权限）", "6个月", "百行征信",
      "用户管理，审批流，还款管理，企业征信，电子合同",
      "6个月", "仅bug修复", "小调整免费，重大调整另行报价", "工作日9:00-18:00", "4小时", "否", "是", "按合同额15%/年",
      "完整源码"],
     [("源码授权费", 198000), ("实施费", 50000)],
     "流水分析不在报价内，要的话按选配价加", "崂山软件_报价_V2.xlsx"),
    ("202503050916000232004", "已撤销", "", "2025-03-05 09:16:22", "2025-03-05 10:20:09", "1:03:47",
     "",
     "张敏(发起) 2025-03-05 09:16;\n张敏(撤销) 2025-03-05 10:20 金额录错，撤销重提",
     "",
     [J01_LANHAI, 286000, *J01_LANHAI_FORM],
     [("源码授权费", 218000), ("实施费", 48000), ("培训费", 20000)],
     "", "蓝海报价单.pdf"),
    ("202503051031000232019", "已完成", "同意", "2025-03-05 10:31:55", "2025-03-06 09:12:30", "22:40:35",
     "刘伟,王建国",
     "张敏(发起) 2025-03-05 10:31;\n刘伟(同意) 2025-03-05 17:42 等保还在测评;\n王建国(同意) 2025-03-06 09:12 等证书出来再说",
     "",
     [J01_LANHAI, 268000, *J01_LANHAI_FORM],
     [("源码授权费", 200000), ("实施费", 48000), ("培训费", 20000)],
     "重提（上一条金额录错）", "蓝海报价单.pdf"),
    ("202503061505000232388", "已完成", "拒绝", "2025-03-06 15:05:10", "2025-03-06 17:48:02", "2:42:52",
     "刘伟",
     "张敏(发起) 2025-03-06 15:05;\n刘伟(拒绝) 2025-03-06 17:48 等保只有二级，没有电子合同，不符合要求",
     "",
     ["潍坊鸢都网络科技有限公司", 138000, "含税", "无", "二级", "AES", "HTTPS", "有", "3个月", "未对接",
      "用户管理，审批流，还款管理，企业征信，银行流水分析",
      "3个月", "仅bug修复", "另行收费", "5×8", "次日", "否", "否", "按次收费", "授权绑定服务器，不提供源码"],
     [("软件授权费", 118000), ("安装调试费", 20000)],
     "最便宜", "鸢都报价.jpg"),
    ("202503071120000232561", "审批中", "", "2025-03-07 11:20:36", "", "", "刘伟",
     "张敏(发起) 2025-03-07 11:20;\n刘伟(同意) 2025-03-07 14:02 ",
     "王建国",
     ["日照港信科技有限公司", None, "", "", "已取得（备案证明编号37110043021-24002）", "SM4", "HTTPS", "RBAC", "12个月",
      "百行征信", "用户管理，审批流，还款管理，企业征信，银行流水分析，电子合同",
      "12个月", "bug修复及小版本升级", "免费", "7×24小时", "2小时", "是", "是", None, "完整源码"],
     [],
     "对方说下周给正式报价", ""),
]


def case_j01():
    wb = Workbook()
    ws = wb.active
    ws.title = "供应商报价登记"
    put_row(ws, 1, J01_HEAD, font=BOLD, fill=GREY, align=CENTER)
    r = 2
    for (no, state, result, start, end, took, approvers, record, current, form, lines, note,
         attach) in J01_INSTANCES:
        head = [no, "张敏提交的供应商报价登记", state, result, start, end, took, "QD0217", "张敏", "采购部", approvers,
                record, current, *form]
        rows = max(1, len(lines))
        for i in range(rows):
            item = list(lines[i]) if lines else [None, None]
            values = (head if i == 0 else [None] * len(head)) + item + ([note, attach] if i == 0 else [None, None])
            put_row(ws, r + i, [v if v != "" else None for v in values])
            ws.cell(row=r + i, column=J01_DETAIL + 2).number_format = "#,##0.00"
        ws.cell(row=r, column=15).number_format = "#,##0.00"
        if rows > 1:  # DingTalk merges every instance column down over the instance's 明细 rows
            for c in [*range(1, J01_DETAIL + 1), J01_DETAIL + 3, J01_DETAIL + 4]:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + rows - 1, end_column=c)
        r += rows
    widths(ws, [24, 26, 10, 8, 19, 19, 12, 10, 8, 8, 14, 40, 10, 26, 14, 8, 30, 30, 26, 14, 18, 10, 24, 40, 10, 18,
                24, 16, 8, 8, 8, 14, 24, 14, 14, 26, 22])
    wb.save(CASES / "j_01_ml_dingtalk_approval.xlsx")


# ---------------------------------------------------------------------------------------------
# j_02  消费分期 — 湖南潇湘小额贷款 (phone installments) received the 比价单 of a procurement platform ("湘采云·电子采购
#       平台") as a PDF and an intern turned it into Excel with an online PDF-to-Excel converter. Voice: the platform's
#       formal 比价单 (单据编号, 采购单位, 打印时间, 含税总价（元）, 税率, 技术应答 / 商务应答 written "等保：…", "维保：…",
#       a 最低报价 line, 比价人 / 审核人, page numbers). Layout (what the converter did): one column per PDF column, but
#       every wrapped line of a multi-line cell became a ROW of its own (序号 / 供应商名称 empty on the continuation rows,
#       words cut where the PDF wrapped them: "订单" | "跟踪"); the header's second line "（元）" is a row of its own; the
#       page break lands inside the third vendor — a "第 1 页 共 2 页" footer, the platform's running header and the
#       repeated column header sit between two halves of 湘潭湘江's answer; the title sits in whichever column the PDF
#       centred it.
# Traps: continuation rows belong to the vendor above (across the page break too) and the page furniture is no vendor;
#       长沙星城's "维保：免费12个月，含bug修复" continues "及小版本升级" (upgrades included) and its "订单" / "跟踪" is
#       order tracking; 株洲云联's 178,000.00 is the lowest sticker (and the platform's 最低报价 line names it) but its
#       分期计算器 (a must-have) is "选配…28,000.00元（含税，未含在总价内）": 206,000; 岳阳巴陵's 0.00 beside
#       "未报价，待商务谈判后补报" is no price (unknown, not free); 湘潭湘江 only claims (已通过等保测评 with no level,
#       国密算法, 支持对接各类征信机构, 终身维护, 尽快响应) and its 6% 税率 does not make the 含税总价 tax-exclusive; 衡阳雁城
#       is 88,000 with no 等保 and no order tracking; the 最低报价 line is a summary, not a quote.
# Analyst's reading: 长沙星城分期科技有限公司 — 246,000 含税 inside 20–30万, filing number, SM4, HTTPS, RBAC, 12-month
#       logs, Baihang + Pudao, all three installment must-haves, 12 months with upgrades, free policy adaptation, 7×24,
#       1 h, lifetime consulting, in the contract, 28,000 a year after warranty, full source.
# ---------------------------------------------------------------------------------------------
J02_PAGE_HEAD = "湘采云·电子采购平台　　比价单（续）　　单据编号：XCY-BJ-20250314-0218"
J02_HEADER = [["序号", "供应商名称", "含税总价", "税率", "技术应答", "商务应答", "备注"],
              [None, None, "（元）", None, None, None, None]]
J02_VENDORS = [
    # (序号, 供应商, 含税总价, 税率, 技术应答 lines, 商务应答 lines, 备注 lines)
    ("1", "长沙星城分期科技有限公司", "246,000.00", "13%",
     ["等保：三级，备案证明编号", "43010043155-24008", "加密：SM4（身份证号、手机号、", "银行卡号）；HTTPS",
      "权限：RBAC；日志保存12个月", "征信：百行征信、朴道征信", "功能：商品管理、分期计算器、订单",
      "跟踪、还款管理、用户管理、", "审批流、积分商城"],
     ["维保：免费12个月，含bug修复", "及小版本升级", "支持：7×24小时，1小时响应", "政策适配：免费",
      "咨询：终身技术咨询", "合同：以上写入合同", "年费：期满后2.8万元/年", "源码：完整源码，无加密"],
     []),
    ("2", "株洲云联软件有限公司", "178,000.00", "13%",
     ["等保：三级，备案证明编号", "43020043219-23015", "加密：SM4；HTTPS", "权限：角色权限；日志6个月",
      "征信：百行征信", "功能：商品管理、订单跟踪、还款管", "理、用户管理、审批流", "选配：分期计算器 28,000.00元",
      "（含税，未含在总价内）"],
     ["维保：免费6个月，仅修复bug", "支持：工作日9:00-18:00", "响应：4小时", "政策适配：重大调整另行", "报价",
      "咨询：无", "合同：写入合同", "年费：按合同额15%/年", "源码：完整源码"],
     []),
    ("3", "湘潭湘江网络有限公司", "228,000.00", "6%",
     ["等保：已通过等保测评", "加密：国密算法；HTTPS", "权限：有", "日志：6个月", "@PAGE@",
      "征信：支持对接各类征信机构", "功能：商品管理、分期计算器、订单", "管理、还款管理、用户管理、审批", "流、智能客服机器人"],
     ["维保：终身维护", "支持：7×24小时", "响应：尽快", "政策适配：免费", "@PAGE@", "合同：可写入", "源码：核心模块加密"],
     ["等保证书后补"]),
    ("4", "岳阳巴陵信息技术有限公司", "0.00", "13%",
     ["等保：三级，备案证明编号", "43060043044-24001", "加密：SM4（身份证号、手机号）；", "HTTPS",
      "权限：RBAC；日志保存12个月", "征信：人行征信中心、百行征信", "功能：商品管理、分期计算器、订单",
      "跟踪、还款管理、用户管理、审批流"],
     ["维保：免费12个月，含bug修复", "及小版本升级", "支持：7×24小时，2小时响应", "政策适配：免费", "咨询：终身技术咨询",
      "合同：以上写入合同", "年费：3万元/年", "源码：完整源码"],
     ["未报价，待商务谈判后", "补报"]),
    ("5", "衡阳雁城软件工作室", "88,000.00", "—",
     ["等保：无", "加密：无；HTTPS", "权限：仅一个管理员账号", "日志：1个月", "征信：未对接",
      "功能：商品管理、分期计算器、还款", "管理"],
     ["维保：3个月，仅修复bug", "支持：QQ群，工作日", "响应：次日", "政策适配：收费", "咨询：无", "合同：否",
      "源码：授权使用，不提供源码"],
     []),
]


def _j02_page_break(ws, r: int) -> int:
    ws.cell(row=r, column=4, value="第 1 页 共 2 页")
    ws.cell(row=r + 1, column=1, value=J02_PAGE_HEAD)
    for i, row in enumerate(J02_HEADER):
        put_row(ws, r + 2 + i, row, font=BOLD)
    return r + 2 + len(J02_HEADER)


def case_j02():
    wb = Workbook()
    ws = wb.active
    ws.title = "Table 1"
    ws.cell(row=1, column=2, value="湘采云·电子采购平台")
    ws.cell(row=2, column=3, value="比 价 单").font = TITLE
    ws.cell(row=3, column=1, value="单据编号：XCY-BJ-20250314-0218")
    ws.cell(row=3, column=4, value="采购单位：湖南潇湘小额贷款有限公司")
    ws.cell(row=3, column=6, value="打印时间：2025-03-14 16:42")
    ws.cell(row=4, column=1, value="采购项目：消费分期业务系统（源码采购）")
    ws.cell(row=4, column=5, value="币种：人民币")
    for i, row in enumerate(J02_HEADER):
        put_row(ws, 5 + i, row, font=BOLD)
    r = 7
    for no, name, total, rate, tech, biz, note in J02_VENDORS:
        cols = [tech, biz, note]
        # the converter cut each column into lines; a page break cuts all three columns at the same height
        halves = [[c[: c.index("@PAGE@")] if "@PAGE@" in c else c for c in cols],
                  [c[c.index("@PAGE@") + 1:] if "@PAGE@" in c else [] for c in cols]]
        first = True
        for part, lines in enumerate(halves):
            if part == 1:
                if not any(lines):
                    break
                r = _j02_page_break(ws, r)
            for i in range(max(len(x) for x in lines)):
                row = [no, name, total, rate] if first else [None] * 4
                first = False
                row += [x[i] if i < len(x) else None for x in lines]
                put_row(ws, r, row)
                r += 1
    ws.cell(row=r, column=1, value="最低报价：株洲云联软件有限公司　178,000.00")
    ws.cell(row=r + 1, column=1, value="比价人：彭丽")
    ws.cell(row=r + 1, column=3, value="审核人：谭志")
    ws.cell(row=r + 1, column=5, value="第 2 页 共 2 页")
    widths(ws, [8, 26, 14, 8, 34, 30, 22])
    wb.save(CASES / "j_02_ci_pdf_converted_bijia.xlsx")


# ---------------------------------------------------------------------------------------------
# j_03  个人信用贷 — Merlion Capital Group's Regional Procurement desk in Singapore writes, in English, the vendor appendix
#       of a paper for its Yunnan subsidiary (Yunnan Lancang Microcredit, personal credit), saved as a plain UTF-8 CSV.
#       Voice: a Singapore procurement officer — amounts as "RMB 0.23M", "RMB 198K + VAT", "RMB 28K p.a.", one Hong Kong
#       vendor quoting in HKD with the group treasury's rate printed in the heading ("HKD 1 = RMB 0.93"), and an "Our
#       check" column in Singapore English ("Sighted cert copy", "Chased twice, still waiting", "Office hours only leh").
#       Layout: STACKED BLOCKS — one block per vendor, opened by a heading line "B.n  <company>", then its own header row
#       Item | Vendor response | Our check and one row per item; blank lines between blocks; a declined vendor's block
#       holds only a Status line; a prepared-by line at the foot.
# Traps: "RMB 0.23M" is 230,000 and "0.088M" is 88,000 (millions); Victoria Harbour's "HKD 236,000 all-in, incl. PRC VAT"
#       is 236,000 × 0.93 = 219,480 RMB at the rate the file states (not 236,000), and its membership option is
#       deferrable (not added); Caiyun's "RMB 198K + VAT" is 198,000 × 1.13 = 223,740 and its MLPS "assessment ongoing"
#       is in progress (claimed: unverified, not fail), with no anti-fraud in its modules; Lijiang declined (no quote);
#       "Our check" is Procurement's, never the vendor's; cert numbers and dates are not money.
# Analyst's reading: Kunming Dianchi Fintech Co., Ltd. — RMB 230,000 incl. VAT inside 18–25万 (items add up), filing
#       number, SM4 on fields, HTTPS, RBAC, 12-month logs, PBoC + Baihang, credit report / risk model / anti-fraud /
#       repayment, 12 months with minor upgrades, free regulatory changes, 24/7, 1 h, lifetime consulting, in the
#       contract, RMB 28K a year, full source.
# ---------------------------------------------------------------------------------------------
J03_ITEMS = ["Price", "Optional modules", "MLPS Level 3", "Data encryption", "Transport encryption", "Access control",
             "Log retention", "Credit bureau", "Modules included", "Free maintenance", "Maintenance scope",
             "Regulatory changes", "Support hours", "Response time", "Technical consulting", "In contract",
             "Fee after warranty", "Source code"]
J03_VENDORS = [
    ("B.1  Kunming Dianchi Fintech Co., Ltd.", [
        ("RMB 0.23M incl. VAT (licence 0.17M + implementation 0.045M + training 0.015M)", "Tallies"),
        ("Nil", ""),
        ("Certified – filing cert no. 53010043066-24003", "Sighted cert copy"),
        ("SM4 on ID no., mobile no. and bank card no.", ""),
        ("HTTPS (TLS 1.2) end to end", ""),
        ("RBAC, role + data permissions", ""),
        ("12 months, abnormal operations alerted", ""),
        ("PBoC Credit Reference Center (2nd gen), Baihang", ""),
        ("Credit report query; Risk model (scorecard + rules); Anti-fraud; Repayment schedule & reminders; "
         "Approval workflow; User management", "Demo done 27 Feb"),
        ("12 months", ""),
        ("Bug fixes + minor version upgrades", ""),
        ("Adapted free of charge", ""),
        ("24/7", ""),
        ("Within 1 hour", ""),
        ("Lifetime", ""),
        ("Yes, all of the above written into contract", "Can."),
        ("RMB 28K p.a.", ""),
        ("Full source, no encryption, can do secondary development", ""),
    ]),
    ("B.2  Victoria Harbour Systems (HK) Ltd.", [
        ("HKD 236,000 all-in, incl. PRC VAT", "HKD quote – see FX line above"),
        ("Membership module HKD 15,000 (not needed for go-live)", ""),
        ("Certified – PRC filing no. 44030043118-23020 (via Shenzhen subsidiary)", "Sighted"),
        ("SM4 (sensitive fields)", ""),
        ("HTTPS", ""),
        ("RBAC", ""),
        ("6 months", ""),
        ("Baihang", ""),
        ("Credit report; Risk engine; Anti-fraud; Repayment mgmt; Approval workflow; User mgmt", ""),
        ("6 months", "Short"),
        ("Bug fixes only", ""),
        ("Minor changes free; major changes chargeable", ""),
        ("Office hours, Mon–Fri 9am–6pm HKT", "Office hours only leh – no night cover"),
        ("4 hours", ""),
        ("Not provided", ""),
        ("Yes", ""),
        ("HKD 40,000 p.a.", ""),
        ("Full source", ""),
    ]),
    ("B.3  Yunnan Caiyun Software Co., Ltd.", [
        ("RMB 198K + VAT", ""),
        ("Nil", ""),
        ("Level 3 assessment ongoing, filing cert expected June 2025", "Chased twice, still waiting"),
        ("SM4", ""),
        ("HTTPS", ""),
        ("RBAC", ""),
        ("12 months", ""),
        ("Baihang, Pudao", ""),
        ("Credit report; Risk model; Repayment schedule & reminders; Approval workflow; User management",
         "No anti-fraud? Asked, vendor will revert"),
        ("12 months", ""),
        ("Bug fixes + minor upgrades", ""),
        ("Free", ""),
        ("24/7", ""),
        ("2 hours", ""),
        ("Lifetime", ""),
        ("Yes", ""),
        ("RMB 20K p.a.", ""),
        ("Full source", ""),
    ]),
    ("B.4  Spring City Data Studio", [
        ("RMB 0.088M all-in", "So cheap – can trust or not?"),
        ("–", ""),
        ("No – not applied yet", ""),
        ("AES-256", ""),
        ("HTTPS", ""),
        ("Single admin login", ""),
        ("3 months", ""),
        ("Not connected", ""),
        ("Loan application; Repayment; Admin approval; User management", ""),
        ("3 months", ""),
        ("Bug fixes only", ""),
        ("Chargeable", ""),
        ("Business hours", ""),
        ("Next working day", ""),
        ("No", ""),
        ("No", ""),
        ("Per incident, RMB 3K each", ""),
        ("Licence only, bound to one server", ""),
    ]),
]


def case_j03():
    rows = [["Merlion Capital Group – Regional Procurement (Singapore)"],
            ["Appendix B – Vendor responses: personal credit loan system (source code purchase) for Yunnan Lancang "
             "Microcredit Co., Ltd."],
            ["Amounts in RMB unless stated. FX for comparison only: HKD 1 = RMB 0.93 (Group Treasury rate, 3 Mar 2025). "
             "Responses copied as received; the 'Our check' column is Procurement's own."],
            []]
    for heading, answers in J03_VENDORS:
        assert len(answers) == len(J03_ITEMS), heading
        rows += [[heading], ["Item", "Vendor response", "Our check"]]
        rows += [[item, said, ours] for item, (said, ours) in zip(J03_ITEMS, answers)]
        rows.append([])
    rows += [["B.5  Lijiang Snow Mountain Technology Co., Ltd."], ["Item", "Vendor response", "Our check"],
             ["Status", "Declined to quote – e-mail of 28 Feb 2025: no delivery capacity until Q3",
              "Removed from shortlist"],
             [],
             ["Prepared by: Tan Wei Ling (Regional Procurement)", "", "Reviewed: R. Kumar, 5 Mar 2025"]]
    write_csv("j_03_pc_en_sg_appendix_fx.csv", rows, "utf-8", CASES)


# ---------------------------------------------------------------------------------------------
# j_04  商户经营贷 — 集团科技部 总经理 周建华 writes an internal memo to the group president about the vendors for the group's
#       merchant-loan subsidiary, typed in Excel and saved as CSV (GBK). Voice: a manager's FREE SENTENCES, paraphrasing
#       what each vendor said and what he saw ("等保三级证书我看了原件", "对方销售反复说…但证书拿不出来", "对方确认是不含税价",
#       "具体哪种没说清"), with a 我的判断 column of his own opinions. Layout: three title lines (呈 / 自 / 日期, and a
#       说明 line), then 序号 | 供应商 | 情况概述 | 我的判断 — one row per vendor, the whole reading in one long 情况概述
#       cell; a vendor that declined; a closing 综合意见 row.
# Traps: every fact sits inside sentences; 汉风's 等保 is "满足等保三级要求…证书拿不出来…还在测评，预计5月份能拿到" (in
#       progress: claimed, unverified — never a pass), its 国密算法 names no SM4 (claim), its 终身维护 is a boast
#       (12 months, claimed), its 征信 "能对接，没说哪家" a claim, and it carries 区块链存证 / 智能客服 (bloat) and an
#       encrypted risk engine; 龙城's "24.8万…不含税" plus its must-have 电子合同 "另加3万元，也是不含税": (24.8 + 3) ×
#       1.13 = 31.414万 = 314,140 — the 我的判断 "价格看着最低" is the manager's, not a price; 海州 is 11.8万 with 二级
#       (fail) and a module list without 银行流水分析 or 电子合同; 镇江金山 "放弃本次报价" made no quote; the 综合意见 row is
#       no vendor; "按合同额12%收费" is a stated yearly fee (12 % × 275,000 = 33,000).
# Analyst's reading: 南京紫金数科有限公司 — 27.5万 含税 inside 25–35万 (items 20 + 5.5 + 2), filing number seen, SM4,
#       HTTPS, RBAC, 12-month logs, PBoC + Baihang, all three merchant must-haves, 12 months with upgrades, free policy
#       adaptation, 7×24, 2 h, lifetime consulting, all in the contract, 33,000 a year, full source.
# ---------------------------------------------------------------------------------------------
J04_ROWS = [
    ["1", "南京紫金数科有限公司",
     "书面报价27.5万元，含税，其中源码授权20万、实施部署5.5万、培训2万。企业征信、银行流水分析、电子合同三个核心模块都在报价内，"
     "另有用户管理、审批流、还款管理、贷后管理。等保三级证书我看了原件，备案证明编号32010043078-24011。身份证号和手机号用SM4加密，"
     "全站HTTPS，权限是RBAC，操作日志保存12个月，征信接的是人行征信中心和百行征信。维保免费12个月，含bug修复和小版本升级；"
     "监管政策调整免费适配；7×24小时支持，2小时内响应；提供终身技术咨询。以上条款对方同意全部写进合同。维保期满后每年按合同额12%"
     "收费。源码完整交付，无加密，可二次开发。",
     "综合最好，建议首选。"],
    ["2", "常州龙城软件有限公司",
     "报价24.8万元，但对方确认是不含税价。电子合同模块不在报价里，要的话另加3万元，也是不含税。企业征信和银行流水分析都有，"
     "另外有用户管理、审批流、还款管理、数据大屏。等保三级已取得，备案证明编号32040043152-23009。SM4加密，HTTPS，有角色权限，"
     "日志保存6个月，对接百行征信。维保只有6个月，而且只修bug，不含升级；重大政策调整要另行报价；技术支持是工作日白天（5×8），"
     "响应4小时；不提供终身咨询。维保期满后每年4万元。源码完整交付。",
     "价格看着最低，可以作为备选，压一压价。"],
    ["3", "徐州汉风信息技术有限公司",
     "报价29.6万元，含税。对方销售反复说系统满足等保三级要求，但证书拿不出来，说还在测评，预计5月份能拿到。加密说是国密算法，"
     "具体哪种没说清。功能模块有企业征信、流水分析、电子合同、用户管理、审批流、还款管理、区块链存证、智能客服。征信说能对接，"
     "没说哪家。售后说是终身维护。源码交付，但风控引擎部分是加密的。",
     "PPT做得最好，但很多东西落不了地。"],
    ["4", "连云港海州网络科技有限公司",
     "只要11.8万元（含税），是几家里最便宜的。但没有等保三级，只做了二级备案。用AES加密，没有SM4。功能只有用户管理、审批流、"
     "还款管理、企业征信，没有银行流水分析，也没有电子合同。维保3个月，只修bug，5×8，之后按次收费。源码只给授权，绑定服务器。",
     "太便宜，风险大，不建议。"],
    ["5", "镇江金山科技有限公司", "对方回复档期排满，放弃本次报价。", "—"],
]


def case_j04():
    rows = [["关于经营贷业务系统供应商情况的内部备忘"],
            ["呈：集团总裁 陈总　　自：集团科技部 周建华　　日期：2025年3月18日　　密级：内部"],
            ["说明：以下为我与各家面谈及电话沟通后的情况概述，价格以对方书面或口头报价为准，“我的判断”一栏为个人意见。"],
            ["序号", "供应商", "情况概述", "我的判断"],
            *J04_ROWS,
            ["综合意见", "", "建议紫金为首选，龙城为备选（需谈到含税价），汉风待等保证书落地后再议，海州不考虑。", "周建华"]]
    write_csv("j_04_ml_memo_sentences_gbk.csv", rows, "gbk", CASES)


# ---------------------------------------------------------------------------------------------
# j_05  消费分期 — 财务部 会计 李娜 at 西安长安小额贷款 (3C installments) keeps the 付款计划及报价对比 in WPS 表格 after the
#       second round of negotiation, for the 总经理. Voice: a finance clerk's — every amount in 元 with thousands
#       separators, payment milestones (首付款 / 上线款 / 验收款 / 质保金) with their percentages, and the changes agreed in
#       the second round typed over the first-round values as "268,000 → 245,000" (WPS strikethrough does not survive
#       copying, so she writes an arrow; a note line says the value after the arrow is the second round's). Layout:
#       transposed — 项目 down column A, one column per vendor (full company names), a 财务备注 column on the right; the
#       money rows first, then the technical and service rows as the vendors answered them.
# Traps: the milestones are the price paid in parts (they add up to 合同总价), never more money and never the price on
#       their own (首付款 73,500 is not a price); after an arrow only the right-hand value holds: 曲江 245,000 (not
#       268,000) with 24 months' maintenance (not 12); 秦都 writes no 合同总价 ("见付款节点"): 60,000 + 100,000 + 60,000
#       = 220,000, its 订单跟踪 went from "选配2万" to "赠送（含在总价内）" (included, nothing added) and its 维保
#       "6个月 → 12个月" is 12; 周原's "不含税 → 含税（价格不变）" makes 198,000 tax-inclusive (not × 1.13) while its 等保 is
#       三级测评中 (unverified); 华山's "135,000 → 99,000" drops under 10万 (fail, not a caution-zone quote); the 财务备注
#       column is the buyer's.
# Analyst's reading: 西安曲江数字科技有限公司 — 245,000 含税 inside 20–30万, filing number, SM4, HTTPS, RBAC, 12-month
#       logs, Baihang + Pudao, all three installment must-haves, 24 months with upgrades, free policy adaptation, 7×24,
#       1 h, lifetime consulting, in the contract, 30,000 a year after warranty, full source.
# ---------------------------------------------------------------------------------------------
J05_VENDORS = ["西安曲江数字科技有限公司", "咸阳秦都软件有限公司", "宝鸡周原网络科技有限公司", "渭南华山信息技术有限公司"]
J05_ROWS = [
    ("合同总价", ["268,000 → 245,000", "见付款节点", "198,000", "135,000 → 99,000"], "总价以第二轮为准"),
    ("计税", ["含税", "含税", "不含税 → 含税（价格不变）", "含税"], ""),
    ("首付款（签约后7日内）", ["80,400 → 73,500（30%）", "60,000", "59,400（30%）", "67,500 → 49,500（50%）"],
     "首付比例华山偏高"),
    ("上线款（系统上线后）", ["107,200 → 98,000（40%）", "100,000", "79,200（40%）", "—"], ""),
    ("验收款（验收合格后）", ["67,000 → 61,250（25%）", "60,000", "49,500（25%）", "67,500 → 49,500（50%）"], ""),
    ("质保金（质保期满后）", ["13,400 → 12,250（5%）", "—", "9,900（5%）", "—"], "秦都、华山不留质保金"),
    ("功能模块", ["商品管理、分期计算器、订单跟踪、还款管理、用户管理、审批流",
                  "商品管理、分期计算器、还款管理、用户管理、审批流；订单跟踪：选配2万 → 赠送（含在总价内）",
                  "商品管理、分期计算器、订单跟踪、还款管理、用户管理、审批流、积分商城",
                  "商品管理、分期计算器、订单跟踪、还款管理、用户管理"], ""),
    ("等保三级", ["已取得（备案证明编号61010043211-24006）", "已取得（备案证明编号61040043098-23012）",
                  "三级测评中，预计2025年5月出证", "无"], "周原证书未出"),
    ("数据加密", ["SM4（身份证号、手机号）", "SM4", "SM4", "AES"], ""),
    ("传输加密", ["HTTPS", "HTTPS", "HTTPS", "HTTPS"], ""),
    ("权限管理", ["RBAC", "角色权限", "RBAC", "有"], ""),
    ("日志保存", ["12个月", "6个月", "12个月", "3个月"], ""),
    ("征信接口", ["百行征信、朴道征信", "百行征信", "百行征信", "未对接"], ""),
    ("免费维保期", ["12个月 → 24个月", "6个月 → 12个月", "12个月", "3个月"], ""),
    ("维保范围", ["bug修复及小版本升级", "仅bug修复", "bug修复及小版本升级", "仅bug修复"], ""),
    ("政策适配", ["免费", "重大调整另行报价", "免费", "另行收费"], ""),
    ("技术支持", ["7×24小时", "5×8小时", "7×24小时", "5×8小时"], ""),
    ("响应时间", ["1小时", "4小时", "2小时", "次日"], ""),
    ("终身技术咨询", ["是", "否", "是", "否"], ""),
    ("写入合同", ["是", "是", "是", "否"], ""),
    ("维保期满年费", ["30,000/年", "按合同额15%/年", "25,000/年", "按次收费"], ""),
    ("源码交付", ["完整源码", "完整源码", "完整源码", "授权使用，绑定域名"], ""),
]


def case_j05():
    wb, ws = new_sheet("付款计划对比", "消费分期系统采购 付款计划及报价对比（第二轮谈判后）",
                       "金额单位：元；第二轮谈判的改动用“→”标出：箭头前为首轮，箭头后为第二轮谈判结果。财务部 李娜 2025年3月20日")
    put_row(ws, 4, ["项目", *J05_VENDORS, "财务备注"], font=BOLD, fill=GREY, align=CENTER)
    for i, (label, cells, note) in enumerate(J05_ROWS, start=5):
        put_row(ws, i, [label, *cells, note or None])
        ws.cell(row=i, column=1).font = BOLD
        if i <= 10:
            for c in range(1, 7):
                ws.cell(row=i, column=c).fill = YELLOW
    widths(ws, [20, 30, 30, 30, 30, 18])
    wb.save(CASES / "j_05_ci_wps_milestones_corrections.xlsx")


# ---------------------------------------------------------------------------------------------
# j_06  个人信用贷 — 吉林松花江小额贷款's 信息科技部 sent each vendor a 问卷星 questionnaire ("个人信用贷系统供应商信息
#       征集") and downloaded the answers as Excel ("按选项文本下载"). Voice: the survey tool's — 序号, 提交答卷时间, 所用时间
#       "412秒", 来源, 来源详情, 来自IP "123.184.25.61(辽宁-沈阳)", then one column per question with the question's own
#       wording and number ("3、报价金额（万元，填数字）"), single-choice answers as the option text with its letter
#       ("A. 已取得", "B. 测评中", "D. 仅取得二级"), multi-select answers joined with "┋", a fill-in other "J. 其他〖…〗",
#       "(跳过)" where a vendor left an optional question empty. Layout: WIDE — one row per submission, first the buyer's own
#       test submission ("测试（请忽略）") made before the link went out.
# Traps: the unit is in the question — "22.6" is 226,000; 所用时间, 来自IP, 序号 and 提交答卷时间 are not amounts; the test
#       submission is no vendor; 大连星海's 19.5 is B. 不含税 and its risk model (a must-have) is only in "J. 其他〖风控模型为
#       选配，另加3万元（不含税）〗": (19.5 + 3) × 1.13 = 25.425万 = 254,250 — the cheapest-looking price is above the
#       18–25万 band — while the 会员体系 it mentions in 其他说明 is deferrable and not bought; 哈尔滨冰城's "B. 测评中" is in
#       progress (claimed: unverified, not fail) and its source is "B. 部分源码（核心模块加密）"; 长春净月 is 9.8 (under
#       10万) with "D. 仅取得二级" and neither a credit report nor a risk model; "A. 30分钟内" is 0.5 h.
# Analyst's reading: 沈阳盛京数科有限公司 — 226,000 含税 inside 18–25万, filing number, SM4, HTTPS, RBAC, 12-month logs,
#       PBoC + Baihang, credit report / risk model / anti-fraud / repayment, 12 months with upgrades, free policy
#       adaptation, 7×24, 30 minutes, lifetime consulting, in the contract, 26,000 a year, full source.
# ---------------------------------------------------------------------------------------------
J06_HEAD = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP",
            "1、贵司全称", "2、联系人及手机号", "3、报价金额（万元，填数字）", "4、报价是否含税",
            "5、以下哪些功能模块包含在上述报价内？（多选）", "6、贵司系统是否已取得网络安全等级保护三级备案证明？",
            "7、请填写等保备案证明编号（如有）", "8、敏感字段（身份证号、手机号等）加密方式", "9、是否全站HTTPS加密传输",
            "10、是否具备基于角色的权限管理", "11、操作日志保存期限", "12、已对接的持牌征信机构（多选）", "13、免费维护期",
            "14、维护范围", "15、监管政策调整的适配", "16、技术支持时段", "17、故障响应时间", "18、是否提供终身技术咨询",
            "19、以上售后承诺是否写入合同", "20、维护期满后年费（元/年）", "21、源码交付方式", "22、其他说明"]
J06_ROWS = [
    [1, "2025/3/3 9:02:17", "95秒", "链接", "直接访问", "221.8.60.12(吉林-长春)",
     "测试（请忽略）", "信息科技部 测试", "1", "A. 含税", "A. 个人征信查询", "A. 已取得", "(跳过)", "A. SM4", "A. 是", "A. 是",
     "A. 3个月", "A. 人行征信中心", "A. 3个月", "A. 仅bug修复", "A. 免费", "A. 7×24小时", "A. 30分钟内", "A. 是", "A. 是",
     "(跳过)", "A. 完整源码（无加密，可二次开发）", "测试问卷，请忽略"],
    [2, "2025/3/4 14:26:51", "412秒", "链接", "微信", "123.184.25.61(辽宁-沈阳)",
     "沈阳盛京数科有限公司", "赵磊 139 4012 5567", "22.6", "A. 含税",
     "A. 个人征信查询┋B. 风控模型/评分卡┋C. 反欺诈┋D. 还款计划及提醒┋E. 审批流┋F. 用户管理", "A. 已取得",
     "21010043125-24007", "A. SM4", "A. 是", "A. 是", "C. 12个月", "A. 人行征信中心┋B. 百行征信", "C. 12个月",
     "B. bug修复及小版本升级", "A. 免费", "A. 7×24小时", "A. 30分钟内", "A. 是", "A. 是", "26000",
     "A. 完整源码（无加密，可二次开发）", "(跳过)"],
    [3, "2025/3/5 10:08:33", "637秒", "链接", "微信", "175.167.140.23(辽宁-大连)",
     "大连星海软件有限公司", "孙悦 186 4113 2290", "19.5", "B. 不含税",
     "A. 个人征信查询┋C. 反欺诈┋D. 还款计划及提醒┋E. 审批流┋F. 用户管理┋J. 其他〖风控模型为选配，另加3万元（不含税）〗",
     "A. 已取得", "21020043066-23004", "A. SM4", "A. 是", "A. 是", "B. 6个月", "B. 百行征信", "B. 6个月",
     "A. 仅bug修复", "B. 小调整免费，重大调整另行报价", "B. 5×8小时（工作日）", "C. 4小时内", "B. 否", "A. 是",
     "合同额的15%", "A. 完整源码（无加密，可二次开发）", "会员体系可另购，1.2万元（不含税），建议后期再上"],
    [4, "2025/3/6 16:40:05", "528秒", "链接", "微信", "1.58.203.77(黑龙江-哈尔滨)",
     "哈尔滨冰城信息技术有限公司", "刘畅 155 4501 8836", "16.8", "A. 含税",
     "A. 个人征信查询┋B. 风控模型/评分卡┋C. 反欺诈┋D. 还款计划及提醒┋E. 审批流┋F. 用户管理┋I. 区块链存证",
     "B. 测评中", "(跳过)", "A. SM4", "A. 是", "A. 是", "C. 12个月", "B. 百行征信┋C. 朴道征信", "C. 12个月",
     "B. bug修复及小版本升级", "A. 免费", "A. 7×24小时", "B. 2小时内", "A. 是", "A. 是", "20000",
     "B. 部分源码（核心模块加密）", "等保三级测评机构已进场，预计2025年5月取得备案证明"],
    [5, "2025/3/7 11:15:42", "203秒", "链接", "手机QQ", "139.214.8.91(吉林-长春)",
     "长春净月网络科技有限公司", "王经理 131 9433 0712", "9.8", "A. 含税",
     "D. 还款计划及提醒┋E. 审批流┋F. 用户管理┋J. 其他〖贷款申请、额度管理〗", "D. 仅取得二级", "(跳过)", "B. AES",
     "A. 是", "B. 否", "A. 3个月", "D. 暂未对接", "A. 3个月", "A. 仅bug修复", "C. 收费", "B. 5×8小时（工作日）", "D. 次日",
     "B. 否", "B. 否", "(跳过)", "C. 仅授权使用", "价格还可以再谈"],
]


def case_j06():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    put_row(ws, 1, J06_HEAD, font=BOLD, align=WRAP, border=False)
    for r, row in enumerate(J06_ROWS, start=2):
        assert len(row) == len(J06_HEAD), row[6]
        put_row(ws, r, row, align=WRAP, border=False)
    widths(ws, [6, 18, 9, 6, 9, 24, 28, 20, 12, 10, 50, 14, 18, 12, 8, 8, 10, 26, 10, 22, 28, 18, 12, 8, 8, 12, 30, 36])
    wb.save(CASES / "j_06_pc_wjx_wide_options.xlsx")


if __name__ == "__main__":
    for instance in J01_INSTANCES:
        assert len(instance[9]) == J01_DETAIL - 13, instance[9][0]
    case_j01()
    case_j02()
    case_j03()
    case_j04()
    case_j05()
    case_j06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("j_0*") if p.suffix != ".toml")))
