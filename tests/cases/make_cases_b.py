"""Generate the `b_` quote cases in tests/cases/.

Written from the outside (vendors' and buyers' documents), not from the product's code.
Each case's expectations live in a hand-written `b_NN_*.toml` beside the data files.

Run:  .venv/bin/python tests/cases/make_cases_b.py
"""
from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")


def _fix_props(wb: Workbook) -> None:
    # fixed metadata so regenerating does not churn the committed files more than needed
    import datetime as _dt
    stamp = _dt.datetime(2024, 6, 1, 9, 0, 0)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "quote"


def _widths(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


def _save(wb: Workbook, name: str) -> None:
    _fix_props(wb)
    wb.save(HERE / name)
    print("wrote", name)


# ---------------------------------------------------------------------------
# b_01  consumer_installment, reseller's transposed comparison (zh, xlsx)
# ---------------------------------------------------------------------------
def case_01() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "方案对比"
    ws.append(["3C数码分期业务 · 系统源码方案对比（渠道整理稿）"])
    ws["A1"].font = TITLE
    ws.merge_cells("A1:E1")
    ws.append(["整理：深圳博远信息服务部（合作渠道）    日期：2024-05-20    说明：以下信息摘自各厂家资料，仅供参考"])
    ws.merge_cells("A2:E2")
    ws.append([])
    rows = [
        ["对比项目", "乐分科技", "速分宝", "易购分期", "分期猫"],
        ["版本", "标准版", "专业版", "基础版", "商户版"],
        ["报价（含税）", "24.8万", "19.8万", "12.8万", "面议"],
        ["等保三级",
         "已取得（2023年，证书编号 44030013012-23001）",
         "支持等保三级",
         "已取得（2023年，证书编号 44030013012-23057）",
         "申请中，预计2024年9月取得"],
        ["数据加密", "国密SM4，手机号/身份证号字段级加密", "国密算法加密", "SM4字段级加密（手机号、身份证号）",
         "AES-256加密"],
        ["传输加密", "HTTPS", "HTTPS", "HTTPS", None],
        ["权限管理", "角色权限（RBAC）", "有", "角色权限（RBAC）", "有"],
        ["日志审计", "操作日志保存12个月，异常行为告警", "有", "操作日志保存12个月，异常行为告警", "保存3个月"],
        ["功能清单",
         "用户管理、商品库、分期试算、订单状态跟踪、还款计划、风控审批",
         "用户管理、贷款产品管理、分期计算器、订单管理、还款提醒、风控审批、积分商城",
         "用户管理、SKU管理、费率计算、物流跟踪、还款管理、审批流",
         "用户管理、商品管理、分期计算器、订单跟踪、还款管理、风控审批、智能客服机器人"],
        ["免费维护期", "12个月（含bug修复及小版本升级）", "终身维护", "12个月（含bug修复及小版本升级）", "6个月"],
        ["技术支持", "7×24小时，30分钟内响应", "7×24小时", "7×24小时，30分钟内响应", "工作日9:00-18:00，4小时内响应"],
        ["政策适配", "监管政策调整免费适配", "小调整免费，重大政策调整另行报价", "监管政策调整免费适配", "另计"],
        ["源码交付", "完整源码，可二次开发，无加密", "核心风控引擎加密，其余开放", "完整源码，可二次开发，无加密", "完整源码"],
        ["备注", "渠道主推", "送终身维护，性价比高", "价格最低", "等保在办，价格可谈"],
    ]
    for r in rows:
        ws.append(r)
    for c in ws[4]:
        c.font = BOLD
    for row in ws.iter_rows(min_row=5):
        row[0].font = BOLD
        for c in row:
            c.alignment = WRAP
    _widths(ws, {"A": 14, "B": 30, "C": 30, "D": 30, "E": 30})
    _save(wb, "b_01_xiaofei_qudao_duibi.xlsx")


# ---------------------------------------------------------------------------
# b_02  consumer_installment, one foreign-facing vendor's package sheet (en, xlsx, wide)
# ---------------------------------------------------------------------------
def case_02() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Packages"
    ws.append(["FinStack Technology — Consumer Installment Suite: package pricing 2024"])
    ws["A1"].font = TITLE
    ws.append(["All prices in CNY, excl. VAT. Quotation valid for 30 days."])
    ws.append([])
    ws.append(["Package", "Price (CNY, excl. VAT)", "Modules included", "Optional modules (CNY, excl. VAT)",
               "Security & compliance", "Source code", "Service terms", "Notes"])
    for c in ws[4]:
        c.font = BOLD
    security = ("MLPS Level 3 certified (cert. no. 44030013012-23045, issued 2023); "
                "SM4 field-level encryption for mobile and ID numbers; HTTPS everywhere; role-based access control")
    ws.append([
        "Starter", 148000,
        "User management; Goods catalogue; Order tracking; Repayment schedule; Approval workflow",
        "Installment calculator (+CNY 30,000); Points mall (+CNY 20,000)",
        security + "; audit logs kept 6 months",
        "Core engine delivered as compiled binary; business modules in source",
        "6 months free maintenance (bug fixes only, upgrades not included); "
        "Business hours (Mon–Fri 9:00–18:00), response within 4 hours",
        "Entry price — ideal for pilots",
    ])
    ws.append([
        "Standard", 198000,
        "User management; Goods catalogue (SKU management); Installment calculator; Order tracking; "
        "Repayment schedule & reminders; Approval workflow; Risk rules",
        None,
        security + "; audit logs kept 12 months with anomaly tracing",
        "Full source code, no obfuscation",
        "12 months free maintenance incl. bug fixes and minor version upgrades; 24/7 hotline, 30-min response; "
        "regulatory changes adapted free of charge; lifetime technical consulting; "
        "all of the above written into the contract",
        "Most popular",
    ])
    ws.append([
        "Enterprise", 358000,
        "Everything in Standard + Blockchain evidence; Metaverse marketing; Overseas payment channel; "
        "AI customer-service bot; BI dashboard",
        None,
        security + "; audit logs kept 12 months with anomaly tracing",
        "Full source code, no obfuscation",
        "Lifetime maintenance; 24/7 hotline, 30-min response; dedicated account engineer",
        "Future-proof flagship",
    ])
    for row in ws.iter_rows(min_row=5):
        for c in row:
            c.alignment = WRAP
    _widths(ws, {"A": 12, "B": 14, "C": 40, "D": 30, "E": 45, "F": 30, "G": 50, "H": 20})
    _save(wb, "b_02_installment_en_packages.xlsx")


# ---------------------------------------------------------------------------
# formal quote (报价单) helper
# ---------------------------------------------------------------------------
def formal_quote(name: str, head: list[list], items: list[list], total, after_table: list[list],
                 terms: list[list]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "报价单"
    for i, r in enumerate(head):
        ws.append(r)
        if i == 0:
            ws.cell(row=1, column=1).font = TITLE
            ws.merge_cells("A1:E1")
    ws.append(["序号", "模块", "数量", "单价（元）", "金额（元）"])
    for c in ws[ws.max_row]:
        c.font = BOLD
    for it in items:
        ws.append(it)
    ws.append(["合计", None, None, None, total])
    for c in ws[ws.max_row]:
        c.font = BOLD
    for r in after_table:
        ws.append(r)
    ws.append([])
    ws.append(["商务及服务条款"])
    ws.cell(row=ws.max_row, column=1).font = BOLD
    for r in terms:
        ws.append(r)
    for row in ws.iter_rows():
        for c in row:
            c.alignment = WRAP
    _widths(ws, {"A": 16, "B": 60, "C": 8, "D": 12, "E": 12})
    _save(wb, name)


# ---------------------------------------------------------------------------
# b_03  consumer_installment, three vendors' own 报价单 (zh, xlsx x3)
# ---------------------------------------------------------------------------
def case_03() -> None:
    formal_quote(
        "b_03_杭州惠分软件有限公司_报价单.xlsx",
        head=[["杭州惠分软件有限公司 报价单"],
              ["客户：温州某小额贷款有限公司", None, None, "报价日期：", "2024-04-18"],
              ["项目：消费分期业务系统（源码交付）"]],
        items=[
            [1, "消费分期核心平台源码（用户管理、还款管理、风控审批）", 1, 120000, 120000],
            [2, "商品管理模块（类目/SKU/库存）", 1, 25000, 25000],
            [3, "分期计算器（期数、费率试算）", 1, 15000, 15000],
            [4, "订单跟踪模块（订单状态、发货物流）", 1, 20000, 20000],
            [5, "部署实施及数据初始化", 1, 30000, 30000],
            [6, "操作培训（人天）", 2, 4000, 8000],
        ],
        total=218000,
        after_table=[["说明", "以上价格为含税价（含13%增值税）"]],
        terms=[
            ["报价有效期", "30天"],
            ["等保", "系统已通过网络安全等级保护三级测评（2023年10月，证书编号 33010013008-23011）"],
            ["数据加密", "手机号、身份证号等敏感字段采用国密SM4加密存储；全站HTTPS"],
            ["权限管理", "RBAC角色权限，菜单及数据权限可配置"],
            ["日志审计", "操作日志保存12个月，支持异常操作追溯"],
            ["免费维护期", "12个月，含bug修复及小版本升级"],
            ["技术支持", "7×24小时"],
            ["响应时间", "2小时内响应，指定工程师对接"],
            ["政策适配", "因监管政策变化需要的系统调整免费适配，不另收费"],
            ["维保期后", "年维护费为合同金额的10%"],
            ["源码交付", "完整源码及开发文档，无加密，可二次开发"],
            ["付款方式", "签约付30%，上线付60%，验收后付10%"],
            ["合同", "以上服务承诺均写入合同"],
        ],
    )
    formal_quote(
        "b_03_广州快分网络科技有限公司_报价单.xlsx",
        head=[["报价单"],
              ["报价单位：广州快分网络科技有限公司", None, None, "联系人：", "陈经理"],
              ["致：贵公司采购部  （消费分期商城系统）"]],
        items=[
            [1, "分期商城系统源码（用户管理、商品管理、订单管理、还款管理、审批流）", 1, 128000, 128000],
            [2, "部署安装", 1, 12000, 12000],
            [3, "分期计算器模块（选配）", 1, 30000, 30000],
        ],
        total=140000,
        after_table=[["注", "选配项目未计入合计；以上报价均不含税，开票另加税点"]],
        terms=[
            ["报价有效期", "30天"],
            ["等保", "按等保三级标准设计，可协助客户完成测评"],
            ["加密", "用户密码采用国密SM3加密存储"],
            ["免费维护期", "3个月"],
            ["技术支持", "5×8小时（工作日）"],
            ["响应时间", "24小时内"],
            ["政策适配", "另计"],
            ["源码交付", "部分源码（风控模块加密）"],
            ["付款方式", "预付50%，上线后付清"],
        ],
    )
    formal_quote(
        "b_03_成都云途信息技术有限公司_报价单.xlsx",
        head=[["成都云途信息技术有限公司 报价单"],
              ["项目名称：消费分期系统", None, None, "日期：", "2024-04-22"]],
        items=[
            [1, "系统源码授权费", 1, 150000, 150000],
            [2, "分期试算模块", 1, 20000, 20000],
            [3, "订单状态跟踪模块", 1, 20000, 20000],
            [4, "商品管理", 1, 10000, 10000],
            [5, "实施部署费", 1, 25000, 25000],
            [6, "区块链存证模块", 1, 40000, 40000],
        ],
        total=245000,
        after_table=[["价格说明", "含税价"]],
        terms=[
            ["报价有效期", "30天"],
            ["系统功能", "用户管理、还款管理、风控审批、商品管理、分期试算、订单状态跟踪、区块链存证"],
            ["等保", "已通过等保测评"],
            ["加密", "采用国密算法"],
            ["免费维护期", "终身维护"],
            ["技术支持", "7×24小时"],
            ["源码交付", "仅授权使用，授权绑定域名"],
            ["付款方式", "全款后交付"],
        ],
    )


# ---------------------------------------------------------------------------
# b_04  personal_credit, buyer's IT guy colloquial summary (zh, GBK csv, wide)
# ---------------------------------------------------------------------------
def case_04() -> None:
    rows = [
        ["个人信用贷系统 询价汇总（小王整理，给老板过目）"],
        ["服务商", "报价", "等保", "加密", "权限管理", "日志", "征信", "功能", "维护", "售后", "源码", "备注"],
        ["信达科技", "22w（含税）", "三级，2023年拿的证，编号11010013011-23056", "SM4字段加密+HTTPS",
         "有，按角色分", "保存12个月", "已对接百行征信、朴道征信",
         "用户管理/征信对接/风控引擎/反欺诈/还款管理/审批流/营销插件",
         "首年免费（含bug修复和小版本升级）", "7×24，2小时内响应，政策调整免费改，承诺都写进合同",
         "完整源码，可二次开发", "同行推荐的"],
        ["金盾软件", "14.5w", "三级（2022年，编号44010013020-22031）", "SM3加密", "无", "6个月",
         "支持对接征信",
         "用户管理/征信对接/风控引擎/反欺诈/还款管理/审批流",
         "12个月（只修bug，不含升级）", "7×24，1小时响应", "完整源码", "便宜"],
        ["云帆开源", "免费（开源）", "没有", "", "", "", "", "用户管理/还款管理/审批", "", "社区论坛自助",
         "GitHub下载", "网上下的，不建议"],
        ["鼎盛网络", "19.8w", "满足等保三级要求", "国密算法", "有", "", "支持对接征信",
         "用户管理、个人征信、风控模型、还款提醒、审批流",
         "终身维护", "7×24", "源码加密（部分模块）", "销售很热情，说终身维护"],
        ["华信数科", "面议", "二级", "", "有", "", "", "详见附件", "", "", "", "等资料"],
    ]
    path = HERE / "b_04_gexindai_xunjia_gbk.csv"
    with open(path, "w", encoding="gbk", newline="") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)
    print("wrote", path.name)


# ---------------------------------------------------------------------------
# b_05  personal_credit, consultant's transposed comparison (en, xlsx)
# ---------------------------------------------------------------------------
def case_05() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Comparison"
    ws.append(["Loan system source code — vendor comparison (personal credit lending)"])
    ws["A1"].font = TITLE
    ws.append(["Prepared for the board of a Sino-foreign microcredit company. Vendor wording kept as received."])
    ws.append([])
    rows = [
        ["Criterion", "Hengtai Software", "Blue Harbor Fintech", "Orion Lending Tech", "Nanshan Data Systems"],
        ["Price", "CNY 236,000 (incl. VAT)", "CNY 168,000 + VAT", "Total CNY 245,000",
         "Licence CNY 150,000 + implementation CNY 40,000; Total CNY 190,000; price excl. VAT"],
        ["Optional modules", None, "AI customer-service bot (+CNY 25,000)", None,
         "Risk model / scorecards (+CNY 30,000, excl. VAT)"],
        ["MLPS (等保)", "MLPS Level 3 certified (cert. no. 31010013005-23019, issued 2023)",
         "Designed to MLPS Level 3 requirements",
         "MLPS Level 3 certified (cert. no. 31010013005-22140, issued 2022)",
         "MLPS Level 3 certified (cert. no. 44030013012-24006, issued 2024)"],
        ["Encryption", "SM4 field-level encryption (mobile, ID number); TLS 1.2+ on all endpoints",
         "National cryptography supported; HTTPS", "AES-256 at rest; HTTPS",
         "SM4 field-level encryption; HTTPS"],
        ["Access control", "Role-based", "Role-based", "Role-based", "Role-based"],
        ["Audit logs", "Retained 12 months, anomaly alerts", "Available", "Retained 6 months",
         "Retained 12 months"],
        ["Credit bureau", "Connected to PBoC Credit Reference Center and Baihang Credit",
         "Credit bureau integration supported", "Baihang Credit", "Baihang Credit"],
        ["Modules",
         "User management, Credit bureau integration, Risk model (scorecards), Anti-fraud, "
         "Repayment schedule & reminders, Approval workflow",
         "User management, Credit report, Smart risk control, Anti-fraud, Repayment reminders, Approval workflow",
         "User management, Credit report, Anti-fraud, Repayment management, Approval workflow, "
         "Blockchain evidence, Metaverse marketing",
         "User management, Credit report, Anti-fraud, Repayment reminders, Approval workflow"],
        ["Maintenance", "12 months free, bug fixes and minor upgrades", "Lifetime maintenance",
         "12 months free", "12 months free, bug fixes only (upgrades not included)"],
        ["Support", "24/7 hotline, 30-min response", "24/7", "Business hours (Mon–Fri 9:00–18:00)",
         "Business hours (Mon–Fri 9:00–18:00), 4-hour response"],
        ["Regulatory changes", "Adapted free of charge", None, "Quoted separately",
         "Minor changes free; major policy changes quoted separately"],
        ["After warranty", "CNY 28,000 per year", None, None, "15% of contract value per year"],
        ["Source code", "Full source code, no obfuscation", "Full source code", "Licence bound to one domain",
         "Full source code, no obfuscation"],
        ["Notes", "All commitments written into the contract", "Cheapest; lifetime maintenance",
         "Largest module list", None],
    ]
    for r in rows:
        ws.append(r)
    for c in ws[4]:
        c.font = BOLD
    for row in ws.iter_rows(min_row=5):
        row[0].font = BOLD
        for c in row:
            c.alignment = WRAP
    _widths(ws, {"A": 20, "B": 34, "C": 34, "D": 34, "E": 34})
    _save(wb, "b_05_personal_credit_en_comparison.xlsx")


# ---------------------------------------------------------------------------
# b_06  merchant_loan, buyer's procurement dept 比选表 (zh, xlsx, wide, 服务承诺 column)
# ---------------------------------------------------------------------------
def case_06() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "比选汇总"
    ws.append(["经营贷业务系统源码采购 比选汇总表"])
    ws["A1"].font = TITLE
    ws.append(["编制部门：信息科技部    编制日期：2024年6月    金额单位：元"])
    header = ["序号", "服务商", "报价", "报价说明", "等保三级", "数据安全", "权限管理", "日志审计", "征信接口",
              "核心功能", "服务承诺", "源码交付", "备注"]
    ws.append(header)
    for c in ws[3]:
        c.font = BOLD
    data = [
        [1, "正元金科", 298000, "含税",
         "已取得（2023年6月，证书编号 32010013017-23008）",
         "SM4字段级加密；全链路HTTPS", "RBAC角色权限，支持数据权限", "保存12个月，异常行为可追溯",
         "已对接央行征信中心（企业征信）、百行征信",
         "用户管理、企业征信查询、流水数据分析、电子合同、还款管理、风控审批、数据大屏",
         "签约后免费维保12个月（bug修复+小版本升级）；7×24小时值守，1小时内响应；监管新规适配不另收费；"
         "终身免费技术咨询；上述条款写入合同附件",
         "完整源码交付，无加密，支持二次开发", None],
        [2, "汇通数科", 258000, "不含税",
         "已通过等保测评",
         "国密SM4加密；HTTPS", "有", "保存6个月", "百行征信",
         "用户管理、企业征信、银行流水分析、合同管理、还款管理、风控审批；反欺诈模块另加3万",
         "终身维护，7×24小时，30分钟内响应",
         "完整源码", "销售口头表示可协助办理等保"],
        [3, "佰融科技", "优惠价 268000（原价 320000）", "含税",
         "三级（2022年取得，证书编号 11010013066-22015）",
         "SM4加密；HTTPS", "有", "保存12个月", "央行征信中心",
         "用户管理、企业征信、贷款产品管理、合同管理、还款管理、风控审批、区块链存证、元宇宙营销",
         "免费维护12个月（政策适配除外）；7×24小时；2小时响应",
         "完整源码", "功能最多"],
        [4, "启明软件", "面议", None, None, None, None, None, None, "详见附件", None, None, "资料未交齐"],
        [5, "星河网络", 128000, "含税", "二级", "未加密（明文存储）", "无", "3个月", None,
         "用户管理、企业征信、流水分析、合同管理、还款管理、审批流",
         "免费维护3个月；工作日5×8支持",
         "只提供安装包", "最便宜"],
    ]
    for r in data:
        ws.append(r)
    for row in ws.iter_rows(min_row=4):
        for c in row:
            c.alignment = WRAP
    _widths(ws, {"A": 6, "B": 12, "C": 16, "D": 10, "E": 26, "F": 22, "G": 18, "H": 18, "I": 22, "J": 40,
                 "K": 50, "L": 22, "M": 18})
    _save(wb, "b_06_jingyingdai_bixuan.xlsx")


# ---------------------------------------------------------------------------
# b_07  merchant_loan, three vendors' own 报价单 (zh, xlsx x3)
# ---------------------------------------------------------------------------
def case_07() -> None:
    formal_quote(
        "b_07_北京华融智信科技股份有限公司_报价单.xlsx",
        head=[["北京华融智信科技股份有限公司 报价单"],
              ["致：XX小额贷款有限公司", None, None, "报价编号：", "HRZX-2024-0612"],
              ["项目：商户经营性贷款业务系统建设（源代码交付）"]],
        items=[
            [1, "经营贷核心平台源代码（用户管理、还款管理、风控审批）", 1, 160000, 160000],
            [2, "企业征信对接模块（央行征信中心企业征信、百行征信）", 1, 40000, 40000],
            [3, "银行流水分析模块", 1, 35000, 35000],
            [4, "电子合同模块（含CA签章对接）", 1, 30000, 30000],
            [5, "部署实施及联调", 1, 25000, 25000],
            [6, "驻场培训（人天）", 3, 3000, 9000],
        ],
        total=299000,
        after_table=[["说明", "以上价格为含税价（增值税13%）"]],
        terms=[
            ["报价有效期", "30天"],
            ["等级保护", "系统通过网络安全等级保护第三级测评，证书编号 11010013066-23102（2023年9月）"],
            ["数据安全", "敏感字段SM4加密存储，传输采用TLS1.2"],
            ["访问控制", "RBAC角色权限+最小权限原则"],
            ["日志审计", "操作日志留存不少于12个月"],
            ["免费维护期", "12个月（含缺陷修复与小版本升级）"],
            ["技术支持", "7×24小时，2小时内响应"],
            ["政策适配", "因监管政策变化产生的适配工作免费"],
            ["终身技术咨询", "提供"],
            ["维保期后年费", "合同金额的12%/年"],
            ["源码交付", "交付完整源代码及开发文档，无加密"],
            ["付款方式", "3-6-1（签约30%、上线60%、验收10%）"],
            ["合同", "以上服务承诺写入合同"],
        ],
    )
    formal_quote(
        "b_07_深圳码农部落网络工作室_报价单.xlsx",
        head=[["深圳码农部落网络工作室 报价单"],
              ["老板您好，按您说的经营贷需求报个价，有问题随时微信找我"]],
        items=[
            [1, "经营贷系统源码（全套）", 1, 98000, 98000],
            [2, "服务器部署", 1, 5000, 5000],
            [3, "电子合同对接", 1, 12000, 12000],
            [4, "银行流水分析模块（选配）", 1, "另议", None],
        ],
        total=105000,
        after_table=[["功能包含", "用户管理、企业征信查询、还款管理、审批流、合同管理"]],
        terms=[
            ["报价有效期", "30天"],
            ["等保", "我们可以协助您过等保"],
            ["加密", "有，AES"],
            ["维护", "终身维护，小问题随叫随到"],
            ["技术支持", "周一到周五白天（9点-18点），微信群随时留言"],
            ["源码", "全部给源码"],
            ["付款", "先付70%，上线付30%"],
        ],
    )
    formal_quote(
        "b_07_苏州恒泰信息科技有限公司_报价单.xlsx",
        head=[["苏州恒泰信息科技有限公司 报价单"],
              ["报价日期：2024-06-15", None, None, "有效期：", "30天"]],
        items=[
            [1, "经营贷系统源码授权费（用户管理、企业征信、银行流水分析、电子合同、还款管理、风控审批）",
             1, 220000, 220000],
            [2, "实施费", 1, 30000, 30000],
        ],
        total=250000,
        after_table=[["备注", "以上报价不含税"]],
        terms=[
            ["等保", "已取得等保三级（2024年3月，证书编号 32050013021-24003）"],
            ["加密", "国密SM4"],
            ["免费维护期", "6个月"],
            ["技术支持", "5×8小时，4小时响应"],
            ["政策适配", "小调整免费，重大政策调整另行报价"],
            ["源码交付", "核心引擎加密，其余模块开放源码"],
            ["付款方式", "签约50%，验收50%"],
        ],
    )


# ---------------------------------------------------------------------------
# b_08  personal_credit, RFQ portal export (en, plain UTF-8 csv, wide, notes column)
# ---------------------------------------------------------------------------
def case_08() -> None:
    header = ["Vendor", "Package", "Price", "Tax", "MLPS Level 3", "Data encryption", "Access control",
              "Audit log retention", "Credit bureau", "Modules", "Service terms", "Source code", "Notes"]
    modules_full = ("User management | Personal credit report | Risk engine | Anti-fraud | "
                    "Repayment reminders | Approval workflow")
    terms_good = ("12 months free maintenance (bug fixes + minor upgrades); 24/7 support, response within 1 hour; "
                  "regulatory adaptations free; terms written into contract")
    rows = [
        header,
        ["Kunlun Credit Systems", "Standard", "CNY 199,000", "incl. VAT",
         "Certified, cert. no. 51010013009-23007 (issued 2023)", "SM4 field-level encryption; HTTPS",
         "Role-based access control", "12 months", "Baihang Credit, Pudao Credit", modules_full, terms_good,
         "Full source code, no obfuscation", ""],
        ["Kunlun Credit Systems", "Lite", "CNY 98,000", "incl. VAT",
         "Certified, cert. no. 51010013009-23007 (issued 2023)", "SM4 field-level encryption; HTTPS",
         "Role-based access control", "6 months", "Baihang Credit",
         "User management | Personal credit report | Repayment reminders | Approval workflow",
         "6 months free maintenance; Business hours (Mon–Fri 9:00–18:00)",
         "Full source code, no obfuscation", "Budget option"],
        ["Pacific Bridge Software", "", "CNY 185,000", "excl. VAT",
         "MLPS Level 3 assessment in progress (expected Q3 2024)", "SM3 hashing + AES-256", "Role-based",
         "12 months", "PBoC Credit Reference Center", modules_full,
         "Lifetime maintenance; 24/7 hotline", "Full source code", ""],
        ["Redwood Fintech", "", "Price on request", "",
         "MLPS Level 3 certified (cert. no. 44030013012-22110, issued 2022)", "SM4 field-level encryption; HTTPS",
         "None", "12 months", "Baihang Credit", modules_full,
         "12 months free maintenance; Business hours (Mon–Fri 9:00–18:00), 30-min response",
         "Licence bound to one domain", "Strong risk engine"],
        ["Anke Technology", "", "CNY 145,000", "incl. VAT",
         "Certified, cert. no. 44030013012-23188 (issued 2023)", "SM4 field-level encryption; HTTPS",
         "Role-based access control", "12 months", "Baihang Credit, Pudao Credit", modules_full, terms_good,
         "Full source code, no obfuscation", "Lowest price among certified vendors"],
    ]
    path = HERE / "b_08_personal_credit_en_rfq.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)
    print("wrote", path.name)


if __name__ == "__main__":
    case_01()
    case_02()
    case_03()
    case_04()
    case_05()
    case_06()
    case_07()
    case_08()
