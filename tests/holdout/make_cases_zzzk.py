"""Build the "zzzk" holdout case files (theme: THE SMALL PRINT — wording that hides a value's standing).

Written from the outside (shared/domain.md, docs/analyst-reading.md); the product was neither run on these files nor
read. The expected readings are in the matching zzzk_0N_*.toml.

Run:  .venv/bin/python tests/holdout/make_cases_zzzk.py  (writes beside itself; the cases, once read fully, live in tests/cases)
"""
from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
GREY = PatternFill("solid", fgColor="DDDDDD")
YELLOW = PatternFill("solid", fgColor="FFF2CC")


# ---------------------------------------------------------------------------------------------------------------
# zzzk_01 — 风控总监's 报价对比表, vendors as columns, personal credit
# ---------------------------------------------------------------------------------------------------------------
def case01() -> None:
    vendors = ["姚安光禄数科有限公司", "大姚石羊信息技术有限公司", "永仁方山软件有限公司", "武定狮子山科技有限公司", "牟定化佛数科有限公司"]
    rows = [
        # (category, item, [v1..v5], remark)
        ("一、报价", "报价", [
            "约19.8万元",
            "23.8万元，其中实施部署费3万元",
            "2.4万元/年（SaaS订阅，按年付费）",
            "16.8万元",
            "21.6万元"], "光禄最便宜"),
        ("一、报价", "计税", ["含税", "含税（13%专票）", "含税", "含税", "含税"], ""),
        ("二、功能", "功能模块", [
            "个人征信查询、智能风控模型、反欺诈模型、还款计划及提醒、风控审批、用户管理",
            "个人征信查询、风控模型（评分卡＋规则引擎）、反欺诈模型、还款管理（还款计划、到期提醒）、风控审批流、用户管理",
            "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理",
            "个人征信查询、反欺诈、还款管理、风控审批、用户管理；风控模型需二期定制开发，另行报价",
            "个人征信查询、风控模型、反欺诈模型、还款管理、风控审批流、用户管理"], "五家功能基本齐"),
        ("三、合规与安全", "等保三级", [
            "已取得等保三级，备案证明编号53230043006-23011（定级对象：光禄云贷SaaS平台）；本地部署版由贵司上线后自行定级备案，我司配合整改",
            "已取得等保三级，备案证明编号53232643012-24005（2024年8月取得），定级对象：石羊个人信贷业务系统",
            "已取得等保三级，备案证明编号53232743002-24009（定级对象：方山信贷云平台）",
            "已取得等保三级（2021年取得，有效期至2024年12月）",
            "等保三级，备案证明编号53232343007-25002（2025年3月取得），定级对象：化佛小贷信贷管理系统"], "光禄有备案号，已核，最放心"),
        ("三、合规与安全", "数据加密", [
            "SM4加密（身份证号、手机号、银行卡号）", "SM4加密（身份证号、手机号）", "SM4加密（身份证号、手机号）",
            "国密算法加密", "SM4（手机号、身份证号）"], ""),
        ("三、合规与安全", "传输加密", ["全站HTTPS（TLS1.2）", "HTTPS（TLS1.2）", "HTTPS", "HTTPS", "HTTPS"], ""),
        ("三、合规与安全", "权限管理", ["RBAC角色权限", "按岗位角色分配权限", "角色权限管理", "角色权限管理", "RBAC角色权限"], ""),
        ("三、合规与安全", "日志审计", [
            "操作日志保存12个月，异常行为追溯", "操作日志保存12个月，支持异常操作追溯", "操作日志保存12个月",
            "操作日志保存6个月", "操作日志保存6个月"], ""),
        ("三、合规与安全", "征信接口", [
            "已直连百行征信", "已直连百行征信、朴道征信", "百行征信",
            "通过第三方数据公司间接查询人行征信", "百行征信"], "狮子山能查人行"),
        ("四、售后", "免费维护期", [
            "12个月", "12个月，另赠送6个月（需签订三年维保合同）", "订阅期内",
            "终身维护", "12个月"], "石羊实际18个月"),
        ("四、售后", "维护范围", [
            "bug修复及小版本升级", "含bug修复及小版本升级", "含bug修复及版本升级",
            "仅修复系统故障", "仅缺陷修复，版本升级另计"], ""),
        ("四、售后", "监管政策适配", [
            "免费适配", "监管政策调整适配免费", "免费", "重大政策调整另行报价", "政策适配按人天收费（1500元/人天）"], ""),
        ("四、售后", "技术支持", ["7×24小时", "7×24小时", "7×24小时", "5×8（工作日）", "5×8（工作日9:00-18:00）"], ""),
        ("四、售后", "响应时间", [
            "1小时内响应", "工作时间30分钟内响应，夜间及节假日2小时内响应", "2小时内响应",
            "4小时内响应", "4小时内响应"], "石羊30分钟最快"),
        ("四、售后", "终身技术咨询", ["提供终身技术咨询", "提供终身技术咨询", "提供", "合同期内提供咨询", "提供终身技术咨询"], ""),
        ("四、售后", "维保期满后年费", [
            "1.8万元/年", "维保期满后按合同额10%/年", "—（订阅费已含）", "2万元/年", "3万元/年"], ""),
        ("四、售后", "写入合同", ["以上承诺写入合同", "以上服务承诺全部写入合同", "写入订阅协议", "—", "以合同约定为准"], ""),
        ("五、源码", "源码交付", [
            "完整源码，无加密，可二次开发", "完整源码交付，无加密", "SaaS订阅，不提供源码",
            "完整源码", "完整源码，可二次开发"], ""),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "报价对比表"
    last = 2 + len(vendors) + 1  # columns: 类别, 比较项目, vendors..., 备注
    ws.cell(1, 1, "元谋土林小额贷款有限公司　个人信用贷系统源码采购——供应商报价对比表").font = TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws.cell(1, 1).alignment = CENTER
    ws.cell(2, 1, "编制：风控部　总监 普丽琼　　日期：2025年11月18日　　业务：个人信用贷（工薪贷、个体户个人经营贷）　　预算：18–25万元　　"
                  "说明：各供应商栏为书面报价单原文摘录，末列为风控部意见")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    ws.cell(2, 1).alignment = WRAP
    hdr = ["类别", "比较项目", *vendors, "风控部备注（内部）"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(3, j, h)
        c.font = BOLD
        c.fill = GREY
        c.border = BOX
        c.alignment = CENTER
    r = 4
    start = {}
    for cat, item, vals, remark in rows:
        start.setdefault(cat, r)
        ws.cell(r, 1, cat)
        ws.cell(r, 2, item).font = BOLD
        for j, v in enumerate(vals):
            ws.cell(r, 3 + j, v)
        ws.cell(r, last, remark or None).fill = YELLOW
        for j in range(1, last + 1):
            ws.cell(r, j).border = BOX
            ws.cell(r, j).alignment = WRAP
        r += 1
    end = r - 1
    # merge the category column down each group
    cats = [c for c, *_ in rows]
    for cat, s in start.items():
        e = s + cats.count(cat) - 1
        if e > s:
            ws.merge_cells(start_row=s, start_column=1, end_row=e, end_column=1)
        ws.cell(s, 1).alignment = CENTER
    ws.cell(end + 2, 1, "注：1. 供应商栏内容摘自各家盖章报价单；2. 风控部备注为本部门初步意见，供总经理办公会参考。")
    ws.merge_cells(start_row=end + 2, start_column=1, end_row=end + 2, end_column=last)
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 14
    for j in range(3, last + 1):
        ws.column_dimensions[ws.cell(3, j).column_letter].width = 30
    ws.freeze_panes = "C4"
    wb.save(HERE / "zzzk_01_pc_fengkong_zongjian_baojia_duibi_xiaozi.xlsx")


# ---------------------------------------------------------------------------------------------------------------
# zzzk_02 — English RFP compliance matrix, merchant loans
# ---------------------------------------------------------------------------------------------------------------
def case02() -> None:
    vendors = ["Gengma Mengding Fintech Co., Ltd.", "Cangyuan Wa Software Co., Ltd.",
               "Yingjiang Tongbiguan Data Technology Co., Ltd.", "Lianghe Nandian Software Co., Ltd.",
               "Longchuan Zhangfeng DataSoft Co., Ltd."]
    reqs = [
        ("R-01", "Total one-off price for the source-code licence including every mandatory module (CNY); state VAT treatment", "Mandatory"),
        ("R-02", "Modules: enterprise credit report, bank-statement (cash-flow) analysis, e-contract management, user management, repayment management, risk approval workflow", "Mandatory"),
        ("R-03", "MLPS Level 3 (等保三级) filing certificate for the system offered", "Mandatory"),
        ("R-04", "SM4 encryption of sensitive personal fields", "Mandatory"),
        ("R-05", "TLS on all traffic", "Mandatory"),
        ("R-06", "Role-based access control", "Mandatory"),
        ("R-07", "Operation log retention of at least 6 months", "Mandatory"),
        ("R-08", "Credit bureau: licensed bureaus only (PBoC CRC / Baihang / Pudao)", "Mandatory"),
        ("R-09", "Free maintenance period of at least 12 months", "Mandatory"),
        ("R-10", "Maintenance covers bug fixes and minor version upgrades", "Desirable"),
        ("R-11", "Regulatory-change adaptation free of charge", "Desirable"),
        ("R-12", "Technical support 7x24", "Desirable"),
        ("R-13", "Response within 2 hours", "Desirable"),
        ("R-14", "Lifetime technical consultation", "Desirable"),
        ("R-15", "Annual maintenance charge (AMC) after the free period", "Info"),
        ("R-16", "All commitments written into the contract", "Mandatory"),
        ("R-17", "Source code delivery: full, unencrypted, modifiable", "Mandatory"),
    ]
    A = [  # Gengma Mengding — careless pick
        ("Comply", "Quotation CNY 276,000 incl. VAT. BAFO (2025-11-14): CNY 262,000 incl. 13% VAT."),
        ("Comply", "Enterprise credit report, bank-statement analysis, e-contract, user management, repayment schedule and reminders, risk approval workflow - all in the BAFO."),
        ("Comply", "The system is deployed on Alibaba Cloud, whose cloud platform is MLPS Level 3 certified. We assist the client with its own filing after go-live."),
        ("Comply", "SM4 on ID number, mobile number and bank card number."),
        ("Comply", "HTTPS (TLS 1.2) on all endpoints."),
        ("Comply", "RBAC by role and branch."),
        ("Comply", "Operation logs kept 12 months with anomaly tracing."),
        ("Comply", "Direct connection to Baihang Credit."),
        ("Comply", "12 months free maintenance from go-live."),
        ("Comply", "Bug fixes + minor releases."),
        ("Comply", "Regulatory changes adapted free of charge."),
        ("Comply", "24x7 hotline."),
        ("Comply", "Response within 1 hour."),
        ("Comply", "Lifetime technical consultation included."),
        ("Comply", "AMC CNY 22,000 p.a. from year 2."),
        ("Comply", "All commitments above written into the contract."),
        ("Comply", "Full source code, unencrypted, modifiable."),
    ]
    B = [  # Cangyuan Wa — careful pick
        ("Comply", "Quotation CNY 289,000 excl. VAT. BAFO (2025-11-14): CNY 272,000 excl. VAT; 6% VAT to be added (technical service contract)."),
        ("Comply", "Enterprise credit report (PBoC CRC enterprise + Baihang), bank-statement analysis, e-contract with CA signature, user management, repayment schedule and reminders, risk approval workflow - all in the BAFO."),
        ("Comply", "MLPS Level 3 filed: filing certificate no. 53092743018-24006 (Sep 2024), classified system: Cangyuan Wa Merchant Credit System. Copy attached."),
        ("Comply", "SM4 on ID number, mobile number and bank card number."),
        ("Comply", "HTTPS (TLS 1.2) on all endpoints."),
        ("Comply", "RBAC by role and branch."),
        ("Comply", "Operation logs kept 12 months with anomaly tracing."),
        ("Comply", "Direct connection to PBoC Credit Reference Center (enterprise credit) and Baihang Credit."),
        ("Comply", "12 months free maintenance from go-live."),
        ("Comply", "Bug fixes + minor releases."),
        ("Comply", "Regulatory changes adapted free of charge."),
        ("Comply", "24x7 hotline with a named engineer."),
        ("Comply", "P1 15 minutes; P2 1 hour; P3 2 hours."),
        ("Comply", "Lifetime technical consultation included."),
        ("Comply", "AMC from year 2: CNY 26,000 per year."),
        ("Comply", "All commitments above written into the contract."),
        ("Comply", "Full source code, unencrypted, modifiable."),
    ]
    C = [  # Yingjiang Tongbiguan — price from, MLPS in progress
        ("Partially comply", "Starting from CNY 250,000 incl. VAT (standard edition); final price after the requirement workshop."),
        ("Comply", "Enterprise credit report, bank-statement analysis, e-contract, user management, repayment management, risk approval workflow."),
        ("Not comply", "Level 3 assessment under way; filing certificate expected Q2 2026."),
        ("Partially comply", "National (GM) cryptographic algorithms."),
        ("Comply", "HTTPS."),
        ("Comply", "RBAC."),
        ("Comply", "12 months."),
        ("Comply", "Baihang Credit."),
        ("Comply", "Lifetime free maintenance."),
        ("Comply", "Bug fixes + minor releases."),
        ("Comply", "Free of charge."),
        ("Partially comply", "24x7 for P1 incidents only; other issues business hours."),
        ("Comply", "Within 2 hours."),
        ("Comply", "Included."),
        ("Comply", "AMC 12% of contract value per year."),
        ("Comply", "Written into the contract."),
        ("Comply", "Full source code."),
    ]
    D = [  # Lianghe Nandian — fail
        ("Comply", "CNY 238,000 incl. VAT."),
        ("Partially comply", "Enterprise credit report, bank-statement analysis, user management, repayment management, risk approval workflow. E-contract not included: the buyer is to procure a third-party e-signature platform separately."),
        ("Partially comply", "MLPS Level 2 filed (2023); Level 3 not planned."),
        ("Comply", "SM4 on ID and mobile numbers."),
        ("Comply", "HTTPS."),
        ("Comply", "RBAC."),
        ("Comply", "6 months."),
        ("Comply", "PBoC CRC enterprise credit (direct)."),
        ("Comply", "12 months free maintenance."),
        ("Partially comply", "Bug fixes; minor upgrades only if covered by AMC."),
        ("Not comply", "Regulatory changes on T&M basis."),
        ("Not comply", "5x8, business days 9:00-18:00."),
        ("Partially comply", "Within 4 hours."),
        ("Comply", "Included."),
        ("Comply", "AMC CNY 20,000 p.a."),
        ("Comply", "Written into the contract."),
        ("Comply", "Full source code."),
    ]
    E = [  # Longchuan Zhangfeng — pass, weaker, over band
        ("Comply", "Total CNY 318,000 incl. 13% VAT (licence 258,000 + implementation 42,000 + training 18,000)."),
        ("Partially comply", "Enterprise credit report, e-contract, user management, repayment management and risk approval workflow included. Bank-statement analysis: optional module, +CNY 30,000 excl. VAT, not included in the total."),
        ("Comply", "Filing certificate no. 53092443021-24013 (Aug 2024), classified system: Zhangfeng Merchant Credit Platform."),
        ("Comply", "SM4 (ID and mobile numbers)."),
        ("Comply", "HTTPS (TLS 1.2)."),
        ("Comply", "RBAC."),
        ("Comply", "6 months."),
        ("Comply", "Baihang Credit (direct)."),
        ("Partially comply", "6 months free; a further 6 months free if a 3-year AMC is signed."),
        ("Partially comply", "Bug fixes only; minor upgrades only if covered by AMC."),
        ("Comply", "Regulatory changes: free within AMC."),
        ("Not comply", "5x8, business days 9:00-18:00."),
        ("Partially comply", "P1 30 minutes; P2 4 hours; P3 next business day."),
        ("Not comply", "Technical consultation during AMC only."),
        ("Comply", "AMC 15% of contract value per year from year 2."),
        ("Comply", "All service terms written into the contract."),
        ("Comply", "Full source code; no encryption."),
    ]
    notes = {"R-01": "Gengma lowest BAFO", "R-03": "Gengma: certificate copy received (Alibaba Cloud) - OK",
             "R-09": "Zhangfeng effectively 12 months", "R-13": "all within SLA except Nandian"}
    answers = [A, B, C, D, E]
    wb = Workbook()
    ws = wb.active
    ws.title = "Compliance Matrix"
    ncol = 3 + 2 * len(vendors) + 1
    ws.cell(1, 1, "RFP LCM-2025-07 | Merchant Loan Core System (source-code purchase) | Technical & Commercial Compliance Matrix").font = TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Lincang Border Merchants Microcredit Co., Ltd. - Procurement & IT. Issued 2025-11-20. Compliance: Comply / "
                  "Partially comply / Not comply, as marked by each bidder; 'Vendor remarks' are the bidders' own words. "
                  "Last column: evaluator's notes (internal).")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(2, 1).alignment = WRAP
    for j, h in enumerate(["Req. ID", "Requirement", "Priority"], 1):
        ws.cell(3, j, h)
        ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
    for k, v in enumerate(vendors):
        col = 4 + 2 * k
        ws.cell(3, col, v)
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
        ws.cell(4, col, "Compliance")
        ws.cell(4, col + 1, "Vendor remarks")
    ws.cell(3, ncol, "Evaluator note (internal)")
    ws.merge_cells(start_row=3, start_column=ncol, end_row=4, end_column=ncol)
    for rr in (3, 4):
        for j in range(1, ncol + 1):
            c = ws.cell(rr, j)
            c.font = BOLD
            c.fill = GREY
            c.border = BOX
            c.alignment = CENTER
    for i, (rid, text, prio) in enumerate(reqs):
        r = 5 + i
        ws.cell(r, 1, rid)
        ws.cell(r, 2, text)
        ws.cell(r, 3, prio)
        for k, ans in enumerate(answers):
            code, words = ans[i]
            ws.cell(r, 4 + 2 * k, code)
            ws.cell(r, 5 + 2 * k, words)
        ws.cell(r, ncol, notes.get(rid)).fill = YELLOW
        for j in range(1, ncol + 1):
            ws.cell(r, j).border = BOX
            ws.cell(r, j).alignment = WRAP
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 44
    ws.column_dimensions["C"].width = 11
    for k in range(len(vendors)):
        ws.column_dimensions[ws.cell(4, 4 + 2 * k).column_letter].width = 14
        ws.column_dimensions[ws.cell(4, 5 + 2 * k).column_letter].width = 42
    ws.column_dimensions[ws.cell(3, ncol).column_letter].width = 28
    ws.freeze_panes = "D5"
    wb.save(HERE / "zzzk_02_ml_en_rfp_compliance_matrix_small_print.xlsx")


# ---------------------------------------------------------------------------------------------------------------
# zzzk_03 — ERP 询价单 export, one row per vendor, GBK CSV, consumer instalments
# ---------------------------------------------------------------------------------------------------------------
def case03() -> None:
    header = ["单据编号", "单据日期", "询价主题", "供应商编码", "供应商名称", "物料编码", "物料名称", "报价金额(元)", "税率(%)", "是否含税",
              "报价说明", "功能配置", "资质及安全", "售后服务条款", "源码交付方式", "报价有效期(天)", "联系人", "联系电话", "采购员备注"]
    common = ["XJ-2025-11-0087", "2025-11-24", "消费分期系统源码采购询价", None, None, "RJ-0301-006", "消费分期业务系统源码（含实施）"]
    rows = [
        ("GYS-0412", "盐津豆沙关软件有限公司", "198000.00", "13", "是",
         "198,000元起（标准版起价，具体以需求调研后签订的合同为准）；订单跟踪模块为选配，价格另议",
         "商品管理、分期计算器、风控审批、还款管理、用户管理；选配：订单跟踪（价格另议）",
         "已取得等保三级，备案证明编号53062343009-24004（2024年6月取得，定级对象：豆沙关分期业务系统）；身份证号、手机号SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月；征信：百行征信直连",
         "免费维护12个月，含bug修复及小版本升级；监管政策适配免费；7×24小时技术支持，1小时内响应；终身技术咨询；维保期满后年费2.2万元/年；以上承诺写入合同",
         "完整源码，无加密，可二次开发", "60", "杨经理", "0870-5123301", "价格最低、条款最全，建议优先谈"),
        ("GYS-0388", "彝良小草坝数科有限公司", "258000.00", "13", "是",
         "合计25.8万元（含税），包括实施部署费2.5万元、培训费0.8万元",
         "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
         "已取得等保三级，备案证明编号53062843015-24012（2024年11月取得，定级对象：小草坝消费分期业务系统）；敏感字段（身份证号、手机号、银行卡号）SM4加密；全站HTTPS（TLS1.2）；RBAC；操作日志保存12个月；征信：已直连百行征信",
         "免费维护12个月（含bug修复及小版本升级）；监管政策适配免费；7×24小时技术支持，一级故障15分钟内响应、二级故障1小时内响应、三级故障2小时内响应；终身技术咨询；维保期满后年费2.6万元/年；以上全部写入合同",
         "完整源码，无加密，可二次开发", "90", "陈工", "0870-6120458", "偏贵"),
        ("GYS-0451", "绥江金沙科技有限公司", "226000.00", "6", "否",
         "22.6万元（不含税），增值税6%另开专票",
         "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
         "已取得等保三级，备案证明编号53062643011-24008（2024年取得，定级对象：金沙消费金融业务系统）；SM4加密（身份证号、手机号）；HTTPS；角色权限管理；操作日志保存6个月；征信：百行征信",
         "终身维护；政策适配：小改免费，重大政策调整另行报价；技术支持5×8（工作日）；响应：工作时间2小时，非工作时间次日处理；提供终身技术咨询；维保期满后年费2.8万元/年；具体以合同为准",
         "完整源码", "30", "李总", "0870-7712290", ""),
        ("GYS-0467", "永善溪洛渡数据服务有限公司", "88000.00", "13", "是",
         "约8.8万元（含税），大概两周上线；年服务费另计",
         "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
         "按等保三级设计；AES加密；HTTPS；权限管理；操作日志保存3个月；征信：支持对接",
         "免费维护3个月，仅修复系统故障；政策调整另收费；工作日9:00-17:30；次日响应",
         "授权使用，绑定域名", "15", "周先生", "13887012345", "便宜但太便宜"),
        ("GYS-0473", "巧家白鹤滩信息技术有限公司", "246000.00", "13", "否",
         "预估24.6万元（不含税，增值税13%另计），最终以合同为准",
         "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理；赠送：区块链存证、智能客服机器人",
         "等保三级申请中（已委托测评机构，预计2026年1月出具测评报告）；SM4加密（身份证号、手机号）；HTTPS；RBAC；操作日志保存12个月；征信：百行征信、朴道征信",
         "免费维护12个月（含小版本升级）；监管政策适配免费；7×24小时，2小时内响应；终身技术咨询；维保期满后按合同额10%/年；写入合同",
         "完整源码，无加密", "60", "马经理", "0870-3361177", "送的模块多"),
    ]
    out = HERE / "zzzk_03_ci_erp_xunjiadan_daochu_xiaozi_gbk.csv"
    with out.open("w", encoding="gbk", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        for code, name, amt, rate, tax, note, mods, qual, svc, src, valid, who, tel, rem in rows:
            w.writerow([common[0], common[1], common[2], code, name, common[5], common[6], amt, rate, tax,
                        note, mods, qual, svc, src, valid, who, tel, rem])


if __name__ == "__main__":
    case01()
    case02()
    case03()
    print("written")
