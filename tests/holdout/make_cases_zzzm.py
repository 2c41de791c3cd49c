"""Build the "zzzm" holdout case files (theme: DOCUMENTS EXACTLY AS THE VENDORS SENT THEM — not a table the buyer made).

Written from the outside (shared/domain.md, docs/analyst-reading.md); the product was neither run on these files nor
read. The expected readings are in the matching zzzm_0N_*.toml.

Run:  .venv/bin/python tests/holdout/make_cases_zzzm.py  (writes beside itself; the cases, once read fully, live in tests/cases)
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from case_io import BLOAT, _save, write_csv, write_toml

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=16)
GREY = PatternFill("solid", fgColor="D9D9D9")

BAD = ["no_mlps_level3", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
       "missing_must_have", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
       "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract", "price_below_15w", "price_below_10w",
       "price_over_budget", "price_missing", "source_partial", "source_licence_only", "bloat_features"]
CLEAN = BAD + ["claimed", "unverified"]

PC = ["personal_credit_report", "risk_model", "anti_fraud", "repayment_management", "risk_approval", "user_management"]
ML = ["enterprise_credit", "cashflow_analysis", "contract_management", "repayment_management", "risk_approval",
      "user_management"]
CI = ["product_management", "installment_calculator", "order_tracking", "repayment_management", "risk_approval",
      "user_management"]

GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
            licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
            policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True,
            source_code_delivery="full")
GOOD_ST = {k: "stated" for k in GOOD if k != "source_code_delivery"}


def _v(vendor, gate, why, price=None, values=None, status=None, fin=None, fex=None, flin=None, flex=None):
    d = dict(vendor=vendor, gate=gate, why=why, values=values or {}, status=status or {}, fin=fin, fex=fex,
             flin=flin, flex=flex)
    if price is not None:
        d["price"] = price
    return d


def _but(*drop):
    return [c for c in CLEAN if c not in drop]


def _cell(ws, ref, value, font=None, fill=None, align=WRAP, border=True):
    c = ws[ref]
    c.value = value
    if font:
        c.font = font
    if fill:
        c.fill = fill
    c.alignment = align
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------------------------------------------
# zzzm_01 — four vendors' own 报价单, one workbook each, uploaded together (personal credit, 天水)
# ---------------------------------------------------------------------------------------------------------------
BUYER1 = "天水麦积山小额贷款有限公司"
V1_HH = "兰州黄河数科有限公司"
V1_QJ = "西安曲江智贷软件有限公司"
V1_QH = "Shenzhen Qianhai Lendtech Co., Ltd."
V1_BJ = "宝鸡渭水软件有限公司"
F1_HH = f"zzzm_01_{V1_HH}_报价单.xlsx"
F1_QJ = f"zzzm_01_{V1_QJ}_报价单及售后服务承诺书.xlsx"
F1_QH = "zzzm_01_Qianhai_Lendtech_Quotation_QHLT-Q-25-1142.xlsx"
F1_BJ = f"zzzm_01_{V1_BJ}_报价单.xlsx"


def _hh():
    """兰州黄河: a 分项报价表 with 合计, 限时优惠 and 优惠后合计; numbered terms below; the careful pick."""
    wb = Workbook()
    ws = wb.active
    ws.title = "报价单"
    for col, w in zip("ABCDEF", (7, 18, 44, 8, 12, 14)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:F1")
    _cell(ws, "A1", V1_HH, TITLE, align=CENTER, border=False)
    ws.merge_cells("A2:F2")
    _cell(ws, "A2", "小额贷款业务系统（源码版）报价单", Font(bold=True, size=13), align=CENTER, border=False)
    ws.merge_cells("A3:F3")
    _cell(ws, "A3", f"致：{BUYER1}", border=False)
    ws.merge_cells("A4:F4")
    _cell(ws, "A4", "报价编号：HHSK-BJ-20251118-03　　报价日期：2025年11月18日　　金额单位：人民币元", border=False)
    hdr = ["序号", "分项名称", "内容说明", "数量", "单价", "金额"]
    for i, h in enumerate(hdr):
        _cell(ws, f"{'ABCDEF'[i]}6", h, BOLD, GREY, CENTER)
    items = [
        (1, "系统源码授权费", "用户管理、风控审批流、还款管理（还款计划、还款提醒）、反欺诈模型、智能风控模型（评分卡+规则引擎）",
         "1套", 150000, 150000),
        (2, "征信接口对接", "百行征信、朴道征信（持牌机构直连）", "1项", 20000, 20000),
        (3, "部署实施费", "本地化部署、历史数据迁移、联调上线", "1项", 28000, 28000),
        (4, "培训费", "现场培训（业务+运维）", "3天", 4000, 12000),
    ]
    r = 7
    for it in items:
        for i, v in enumerate(it):
            _cell(ws, f"{'ABCDEF'[i]}{r}", v)
        ws[f"E{r}"].number_format = "#,##0.00"
        ws[f"F{r}"].number_format = "#,##0.00"
        r += 1
    for label, amt in (("合计", 210000), ("限时优惠（2025年11月30日前签约）", -12000), ("优惠后合计（含税，税率13%）", 198000)):
        ws.merge_cells(f"A{r}:E{r}")
        _cell(ws, f"A{r}", label, BOLD, align=Alignment(horizontal="right", vertical="center"))
        _cell(ws, f"F{r}", amt, BOLD)
        ws[f"F{r}"].number_format = "#,##0.00"
        r += 1
    r += 1
    ws.merge_cells(f"A{r}:F{r}")
    _cell(ws, f"A{r}", "商务及服务条款", BOLD, border=False)
    r += 1
    terms = [
        "1. 报价有效期：30天。",
        "2. 等保资质：已取得网络安全等级保护三级备案证明（备案编号62010243011-24005，2024年7月取得），定级对象：黄河小额信贷业务系统。",
        "3. 数据安全：身份证号、手机号、银行卡号等敏感字段采用国密SM4加密存储；全站HTTPS（TLS1.2）传输加密。",
        "4. 权限管理：基于角色的权限管理（RBAC），按岗位分配菜单及数据权限。",
        "5. 日志审计：操作日志保存12个月，支持异常行为追溯。",
        "6. 征信接口：百行征信、朴道征信直连。",
        "7. 免费维护：免费维护12个月，含bug修复及小版本升级；监管政策调整适配免费。",
        "8. 技术支持：7×24小时技术支持，紧急故障30分钟内响应，一般故障2小时内响应，指定专属工程师。",
        "9. 终身技术咨询；免费维护期满后年维护费2.2万元。",
        "10. 以上服务承诺均写入合同。",
        "11. 源码交付：交付完整源码，无加密，可二次开发。",
    ]
    for t in terms:
        ws.merge_cells(f"A{r}:F{r}")
        _cell(ws, f"A{r}", t, border=False)
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    ws.merge_cells(f"D{r}:F{r}")
    _cell(ws, f"D{r}", f"报价单位：{V1_HH}（盖章）", border=False)
    ws.merge_cells(f"D{r + 1}:F{r + 1}")
    _cell(ws, f"D{r + 1}", "联系人：马建军　电话：0931-8826417", border=False)
    _save(wb, F1_HH)


def _qj():
    """西安曲江: a one-line product quote, compliance lines, and a numbered 售后服务承诺书 in merged cells (careless pick)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "报价"
    for col, w in zip("ABCDE", (16, 12, 50, 18, 20)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:E1")
    _cell(ws, "A1", f"{V1_QJ}报价单", TITLE, align=CENTER, border=False)
    ws.merge_cells("A2:E2")
    _cell(ws, "A2", f"尊敬的{BUYER1}：感谢贵司对我司产品的关注，现将曲江个贷通V5.0报价如下。", border=False)
    for i, h in enumerate(["产品名称", "版本", "包含功能模块", "报价（元）", "备注"]):
        _cell(ws, f"{'ABCDE'[i]}4", h, BOLD, GREY, CENTER)
    row = ["曲江个贷通V5.0", "标准版（源码）",
           "用户管理、个人征信接口（百行征信）、智能风控模型、反欺诈、风控审批流、还款管理、还款提醒", "188,000.00", "含税价，含部署实施及培训"]
    for i, v in enumerate(row):
        _cell(ws, f"{'ABCDE'[i]}5", v)
    ws.row_dimensions[5].height = 48
    _cell(ws, "A7", "资质与安全", BOLD, GREY)
    ws.merge_cells("B7:E7")
    _cell(ws, "B7", "")
    sec = [
        ("等保", "本系统已在多家持牌小贷公司客户处顺利通过等保三级测评，安全性有保障。"),
        ("数据加密", "采用国密算法对客户敏感信息加密存储。"),
        ("传输安全", "全站HTTPS。"),
        ("权限管理", "支持多角色、多岗位权限配置。"),
        ("日志审计", "操作日志保存6个月。"),
        ("源码", "交付完整源码，无加密，可二次开发。"),
        ("售后", "详见《售后服务承诺书》（本文件第二页）。"),
    ]
    r = 8
    for k, v in sec:
        _cell(ws, f"A{r}", k, BOLD)
        ws.merge_cells(f"B{r}:E{r}")
        _cell(ws, f"B{r}", v)
        r += 1
    ws.merge_cells(f"C{r + 1}:E{r + 1}")
    _cell(ws, f"C{r + 1}", f"{V1_QJ}　2025年11月20日", border=False)

    w2 = wb.create_sheet("售后服务承诺书")
    for col in "ABCDEFGH":
        w2.column_dimensions[col].width = 12
    w2.merge_cells("A1:H2")
    _cell(w2, "A1", "售后服务承诺书", TITLE, align=CENTER, border=False)
    w2.merge_cells("A3:H3")
    _cell(w2, "A3", f"致{BUYER1}：", border=False)
    w2.merge_cells("A4:H5")
    _cell(w2, "A4", f"{V1_QJ}（以下简称“我司”）郑重承诺，如贵司采购曲江个贷通V5.0，我司将提供如下售后服务：", border=False)
    promises = [
        "一、终身免费维护：系统上线后出现任何问题，我司均免费处理，让贵司无后顾之忧。",
        "二、另赠送免费维护6个月（需于合同签订后7日内一次性付清全部合同款）。",
        "三、7×24小时技术支持，接到报修后1小时内响应。",
        "四、终身技术咨询。",
        "五、监管政策适配：小调整免费，重大政策调整另行报价。",
        "六、免费维护期满后，年维护费按合同额10%/年收取。",
    ]
    r = 6
    for p in promises:
        w2.merge_cells(f"A{r}:H{r + 1}")
        _cell(w2, f"A{r}", p, border=False)
        r += 2
    w2.merge_cells(f"E{r + 1}:H{r + 1}")
    _cell(w2, f"E{r + 1}", f"承诺单位：{V1_QJ}（盖章）", border=False)
    w2.merge_cells(f"E{r + 2}:H{r + 2}")
    _cell(w2, f"E{r + 2}", "2025年11月20日", border=False)
    _save(wb, F1_QJ)


def _qh():
    """Shenzhen Qianhai Lendtech: an English quotation, excl. VAT with the rate named, the risk model an option."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Quotation"
    for col, w in zip("ABCDEF", (6, 34, 46, 6, 14, 14)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:F1")
    _cell(ws, "A1", V1_QH, TITLE, align=CENTER, border=False)
    ws.merge_cells("A2:F2")
    _cell(ws, "A2", "7F, Block B, Qianhai Kerry Centre, Nanshan District, Shenzhen 518052 | sales@qhlendtech.cn",
          align=CENTER, border=False)
    ws.merge_cells("A3:F3")
    _cell(ws, "A3", "QUOTATION", Font(bold=True, size=14), align=CENTER, border=False)
    ws.merge_cells("A4:F4")
    _cell(ws, "A4", "To: Tianshui Maijishan Microcredit Co., Ltd. (天水麦积山小额贷款有限公司)", border=False)
    ws.merge_cells("A5:F5")
    _cell(ws, "A5", "Quotation No.: QHLT-Q-25-1142    Date: 2025-11-21    Currency: CNY    Valid for 45 days", border=False)
    for i, h in enumerate(["No.", "Item", "Description", "Qty", "Unit price", "Amount"]):
        _cell(ws, f"{'ABCDEF'[i]}7", h, BOLD, GREY, CENTER)
    items = [
        (1, "Loan core platform licence (full source code)",
         "User management; approval workflow; repayment schedule & reminders; anti-fraud (blacklist and device fingerprint checks)", 1, 142000, 142000),
        (2, "Credit bureau interface", "Baihang Credit, direct connection", 1, 18000, 18000),
        (3, "Implementation & data migration", "On-site deployment, 10 man-days", 1, 30000, 30000),
    ]
    r = 8
    for it in items:
        for i, v in enumerate(it):
            _cell(ws, f"{'ABCDEF'[i]}{r}", v)
        ws[f"E{r}"].number_format = "#,##0"
        ws[f"F{r}"].number_format = "#,##0"
        r += 1
    for label, amt in (("Subtotal (excl. VAT)", 190000), ("VAT 6%", 11400), ("Total (incl. VAT)", 201400)):
        ws.merge_cells(f"A{r}:E{r}")
        _cell(ws, f"A{r}", label, BOLD, align=Alignment(horizontal="right"))
        _cell(ws, f"F{r}", amt, BOLD)
        ws[f"F{r}"].number_format = "#,##0"
        r += 1
    r += 1
    ws.merge_cells(f"A{r}:F{r}")
    _cell(ws, f"A{r}", "Optional modules (not included in the Total; prices excl. VAT, VAT 6% to be added)", BOLD,
          border=False)
    r += 1
    for name, desc, amt in (("Risk model (credit scoring engine)", "Scorecard + decision rules", "+CNY 30,000"),
                            ("AI customer service bot", "Chatbot for borrower FAQs", "+CNY 20,000")):
        _cell(ws, f"B{r}", name)
        _cell(ws, f"C{r}", desc)
        _cell(ws, f"F{r}", amt)
        r += 1
    r += 1
    ws.merge_cells(f"A{r}:F{r}")
    _cell(ws, f"A{r}", "Terms & Conditions", BOLD, border=False)
    r += 1
    terms = [
        ("MLPS", "MLPS Level 3 filed: filing certificate no. 44030543027-24012 (Aug 2024); classified system: "
                 "Qianhai Lendtech Credit Platform."),
        ("Encryption", "SM4 encryption of ID numbers, mobile numbers and bank card numbers at rest; TLS 1.2 in transit."),
        ("Access control", "Role-based access control."),
        ("Audit trail retention", "12 months."),
        ("Free support period", "12 months from go-live; bug fixes + minor releases."),
        ("Regulatory changes", "Adapted free of charge."),
        ("Helpdesk", "24x7 hotline; response within 4 hours."),
        ("Consultation", "Lifetime technical consultation."),
        ("AMC", "From year 2: CNY 26,000 per year."),
        ("Contract", "All commitments above will be written into the contract."),
        ("Source code", "Full source code delivered, no encryption or obfuscation."),
    ]
    for k, v in terms:
        _cell(ws, f"B{r}", k, BOLD)
        ws.merge_cells(f"C{r}:F{r}")
        _cell(ws, f"C{r}", v)
        r += 1
    r += 1
    ws.merge_cells(f"C{r}:F{r}")
    _cell(ws, f"C{r}", f"For and on behalf of {V1_QH} — Kevin Liang, Sales Director", border=False)
    _save(wb, F1_QH)


def _bj():
    """宝鸡渭水: an old-style 报价单 whose 小写 and 大写 totals disagree; level 2 only."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDE", (8, 26, 10, 16, 30)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:E1")
    _cell(ws, "A1", f"{V1_BJ}　报　价　单", TITLE, align=CENTER, border=False)
    ws.merge_cells("A2:E2")
    _cell(ws, "A2", f"客户名称：{BUYER1}　　　日期：2025.11.19", border=False)
    for i, h in enumerate(["序号", "项目名称", "数量", "金额（元）", "说明"]):
        _cell(ws, f"{'ABCDE'[i]}4", h, BOLD, GREY, CENTER)
    items = [
        (1, "渭水信贷管理系统源码", "1套", 150000,
         "用户管理、个人征信查询（百行征信）、风控模型、反欺诈、风控审批、还款管理"),
        (2, "安装部署及培训", "1项", 36000, "远程部署+现场培训2天"),
        (3, "区块链存证模块", "1套", 0, "赠送"),
    ]
    r = 5
    for it in items:
        for i, v in enumerate(it):
            _cell(ws, f"{'ABCDE'[i]}{r}", v)
        ws[f"D{r}"].number_format = "#,##0.00"
        r += 1
    ws.merge_cells(f"A{r}:C{r}")
    _cell(ws, f"A{r}", "合计（小写）", BOLD)
    _cell(ws, f"D{r}", "¥186,000.00", BOLD)
    _cell(ws, f"E{r}", "含税")
    r += 1
    ws.merge_cells(f"A{r}:C{r}")
    _cell(ws, f"A{r}", "合计（大写）", BOLD)
    ws.merge_cells(f"D{r}:E{r}")
    _cell(ws, f"D{r}", "人民币壹拾陆万捌仟元整", BOLD)
    r += 2
    notes = [
        "备注：",
        "1、等保情况：我司系统已取得等保二级备案（2022年），三级暂无计划。",
        "2、数据安全：SM4加密，HTTPS传输，角色权限管理，日志保存6个月。",
        "3、售后：免费维护12个月（含bug修复及小版本升级），政策适配免费，7×24小时服务，2小时内响应，终身技术咨询，以上写入合同。",
        "4、维保期后年费：1.5万元/年。",
        "5、交付完整源码。",
    ]
    for t in notes:
        ws.merge_cells(f"A{r}:E{r}")
        _cell(ws, f"A{r}", t, border=False)
        r += 1
    ws.merge_cells(f"C{r + 1}:E{r + 1}")
    _cell(ws, f"C{r + 1}", f"{V1_BJ}（公章）　经办：赵文斌 13909173356", border=False)
    _save(wb, F1_BJ)


def case01():
    _hh()
    _qj()
    _qh()
    _bj()
    comment = f"""
Voice: nobody on the buyer's side wrote anything. {BUYER1} (天水 麦积区; personal credit loans to salaried staff and small
  traders in town, no cross-border business; band 18–25万) asked four vendors for a quote by e-mail, and its 办公室 uploads the
  four attachments exactly as they came back: each vendor's own 报价单 in its own house style.
Layout: four .xlsx files uploaded together (one case with several files). (1) {V1_HH}: company in the title, 致：the buyer,
  a 分项报价表 (序号 | 分项名称 | 内容说明 | 数量 | 单价 | 金额) whose four items sum to the 合计 210,000, then 限时优惠 -12,000 and
  优惠后合计（含税，税率13%）198,000, numbered 商务及服务条款, 报价单位（盖章）. (2) {V1_QJ}: sheet 报价 (title "…报价单", one
  product row priced 188,000.00 含税, a 资质与安全 block pointing to the 承诺书 for after-sales) and sheet 售后服务承诺书, each
  numbered promise (一、…六、) in a merged block. (3) {V1_QH}: an English quotation from a Shenzhen vendor (Subtotal excl. VAT,
  VAT 6%, Total incl. VAT, "Optional modules (not included in the Total; prices excl. VAT, VAT 6% to be added)", Terms &
  Conditions). (4) {V1_BJ}: an old-style 报价单 whose 合计（小写）¥186,000.00 and 合计（大写）人民币壹拾陆万捌仟元整 disagree.
Analyst's reading, written before any code read the files (the product was not run on them).
Reading: one quote per file, the vendor from each document's title / signature, never the addressee ({BUYER1}, "To:
  Tianshui Maijishan Microcredit Co., Ltd.") nor a sheet name (报价, Quotation, Sheet1).
Traps: CARELESS TOP PICK {V1_QJ}: the lowest price of the complete-looking quotes (188,000 含税, every personal-credit module
  and anti-fraud in one cell), and a 承诺书 that reads best of all — 终身免费维护, six more months given, 7×24, 1-hour response.
  But its 等保 line is "本系统已在多家持牌小贷公司客户处顺利通过等保三级测评": clients' deployments, no filing of its own — a claim,
  gate UNVERIFIED; "国密算法" names no SM4 (claimed); 终身免费维护 is 12 months claimed, and the six months given on a payment
  condition do not count; "小调整免费，重大政策调整另行报价" is policy adaptation conditional (false). The careful pick is
  {V1_HH} (pass): the 优惠后合计 198,000 含税 is the price (never the 合计 210,000 before the rebate, never the two together);
  its filing names its own 黄河小额信贷业务系统; SM4, TLS1.2, RBAC, 12-month logs, 百行 + 朴道 direct, every must-have and
  anti-fraud in the 内容说明; 12 months with upgrades, free policy adaptation, 7×24, "紧急故障30分钟…一般故障2小时" = 2 h, lifetime
  consulting, 2.2万/年, in the contract, full source. {V1_QH} passes but is dearer and slower: Total 201,400 incl. 6% VAT
  plus its must-have risk model offered "+CNY 30,000" excl. VAT (the block says VAT 6% is added): 201,400 + 31,800 = 233,200,
  the risk model conditional; the AI customer service bot is an option the buyer does not need — not added, not a feature;
  "response within 4 hours". {V1_BJ} FAILS on "已取得等保二级备案（2022年），三级暂无计划" (level 2, no plan: a stated no),
  whatever its price; its 赠送 区块链存证 is bloat.
Not settled and not asserted: {V1_BJ}'s price (小写 186,000 against 大写 168,000: the document does not say which governs;
  both lie inside 15–25万, so no price flag rides on either) and whether a disagreement warning is raised; {V1_QJ}'s
  "按合同额10%/年" fee (on 188,000) and whether "详见《售后服务承诺书》" is read as a pointer before the second sheet answers it;
  commitments_in_contract for it (neither the 报价 nor the 承诺书 says whether the promises go into the contract: unknown, not asserted); the
  standing recorded for {V1_QH}'s risk model and whether a conditional flag rides beside it; whether {V1_HH}'s rebate line
  leaves a note. None moves a gate or the pick.
"""
    vendors = [
        _v(V1_HH, "pass",
           "分项 150,000 + 20,000 + 28,000 + 12,000 = 合计 210,000; '限时优惠 -12,000'; '优惠后合计（含税，税率13%）198,000' is the price. "
           "'已取得网络安全等级保护三级备案证明（备案编号62010243011-24005…），定级对象：黄河小额信贷业务系统'; SM4; TLS1.2; RBAC; 日志12个月; "
           "百行 + 朴道 直连; every must-have and anti-fraud in the 内容说明; 12 months with upgrades; free policy adaptation; 7×24; "
           "'紧急故障30分钟内响应，一般故障2小时内响应' = 2 h; lifetime consulting; 2.2万/年; in the contract; full source.",
           price=198000, values=dict(GOOD, response_hours=2, annual_fee_after_warranty_cny=22000),
           status=dict(GOOD_ST, response_hours="stated"), fin=PC, fex=BLOAT, flex=CLEAN),
        _v(V1_QJ, "unverified",
           "'188,000.00 | 含税价，含部署实施及培训' = 188,000. 等保 '本系统已在多家持牌小贷公司客户处顺利通过等保三级测评' — clients' deployments, "
           "no filing of its own: claimed, UNVERIFIED. '采用国密算法' (SM4 not named: claimed). HTTPS, roles, 日志6个月, 百行 in the module "
           "cell, full source. 承诺书: '终身免费维护' = 12 months claimed (the six months '需于合同签订后7日内一次性付清' are on a condition); "
           "7×24, 1 hour; lifetime consulting; '小调整免费，重大政策调整另行报价' conditional (false).",
           price=188000,
           values=dict(tls=True, access_control=True, audit_log_months=6, free_maintenance_months=12, support_7x24=True,
                       response_hours=1, lifetime_consulting=True, policy_adaptation_free=False,
                       source_code_delivery="full"),
           status=dict(mlps_level3="claimed", sm4_encryption="claimed", free_maintenance_months="claimed",
                       policy_adaptation_free="conditional", support_7x24="stated", response_hours="stated"),
           fin=PC, fex=BLOAT, flin=["claimed", "policy_adaptation_charged"],
           flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                 "price_missing", "no_tls", "no_access_control", "audit_log_under_6m", "maintenance_under_12m",
                 "no_7x24", "response_over_2h", "no_lifetime_consulting", "bloat_features", "source_partial",
                 "source_licence_only"]),
        _v(V1_QH, "pass",
           "'Total (incl. VAT) 201,400' (Subtotal 190,000 excl. VAT + VAT 6% 11,400) plus the must-have risk model, 'Optional "
           "modules (not included in the Total; prices excl. VAT, VAT 6% to be added)' '+CNY 30,000' = 31,800: 233,200, risk model "
           "present (conditional). The AI bot option is not needed: not added, not a feature. MLPS filing no. 44030543027-24012 for "
           "its own platform; SM4; TLS 1.2; RBAC; 12 months' audit trail; Baihang direct; 12 months with bug fixes + minor releases; "
           "regulatory changes free; 24x7 but 'response within 4 hours'; lifetime consultation; AMC 26,000; in the contract; full source.",
           price=233200, values=dict(GOOD, response_hours=4, annual_fee_after_warranty_cny=26000),
           status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                       audit_log_months="stated", free_maintenance_months="stated", support_7x24="stated",
                       response_hours="stated"),
           fin=PC, fex=BLOAT, flin=["response_over_2h"],
           flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                 "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                 "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                 "policy_adaptation_charged", "no_7x24", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                 "source_partial", "source_licence_only", "claimed", "unverified"]),
        _v(V1_BJ, "fail",
           "'等保情况：我司系统已取得等保二级备案（2022年），三级暂无计划' — level 2, no plan: a stated no, FAIL. Price not asserted (小写 "
           "¥186,000.00 vs 大写 壹拾陆万捌仟元整 = 168,000). Modules complete; '区块链存证模块 | 0 | 赠送' is bloat. SM4, HTTPS, roles, 日志6个月, "
           "12 months with upgrades, free policy adaptation, 7×24, 2 hours, lifetime consulting, 1.5万/年, in the contract, full source.",
           values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                       free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                       support_7x24=True, response_hours=2, lifetime_consulting=True,
                       annual_fee_after_warranty_cny=15000),
           status=dict(mlps_level3="stated"),
           fin=PC + ["blockchain_evidence"], flin=["no_mlps_level3", "bloat_features"],
           flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "no_sm4", "no_tls",
                 "no_access_control", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                 "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting"]),
    ]
    write_toml("zzzm_01_pc_sifen_baojiadan_gezi_geshi.toml", comment, "personal_credit",
               [F1_HH, F1_QJ, F1_QH, F1_BJ], V1_HH,
               f"{V1_HH} proves its level-3 filing for its own system, prices at 198,000 含税 after its own rebate (合计 210,000 "
               f"before it) and commits 12 months with upgrades, 7×24 with a 2-hour worst case and free policy adaptation, all in the "
               f"contract. {V1_QJ} is cheaper and its 承诺书 promises 终身免费维护, but its 等保 rests on clients' tests: unverified. "
               f"{V1_QH} passes at 233,200 once its must-have risk model (+30,000 excl. 6% VAT) is added and answers in 4 hours; "
               f"{V1_BJ} holds level 2 only (fail).",
               vendors)


# ---------------------------------------------------------------------------------------------------------------
# zzzm_02 — an e-procurement platform's 响应一览表 (PDF) run through a PDF-to-Excel converter (merchant loans, 乌兰察布)
# ---------------------------------------------------------------------------------------------------------------
BUYER2 = "乌兰察布集宁通达小额贷款有限公司"
V2_BT = "包头稀土数科有限公司"
V2_QC = "呼和浩特青城软件有限公司"
V2_KB = "鄂尔多斯康巴什信息技术有限公司"
V2_HS = "赤峰红山数据有限公司"
V2_WH = "乌海黄河湾科技有限公司"
F2 = "zzzm_02_ml_pdf_zhuan_excel_xiangying_yilanbiao.xlsx"

# each vendor: column -> its lines as the PDF wrapped them (columns: 响应报价 | 功能模块 | 等保及数据安全 | 售后服务 | 源码交付)
C2_BLOCKS = [
    ("1", V2_BT, {
        "price": ["26.8万元（含税）"],
        "mods": ["用户管理、风控审批、还款计", "划、企业征信查询、银行流", "水分析、数据大屏、电子合", "同（选", "配，价格另计）"],
        "sec": ["等保三级（备案证明编号15", "020243006-24003，2024年6", "月取得，定级对象：稀土数", "科小微经营贷系统）；敏感", "字段SM4加密；HTTPS；RBA",
                "C角色权限；操作日志保存1", "2个月；百行征信直连"],
        "svc": ["免费维护12个月，含缺陷修", "复及小版本升级；监管政策", "调整免费适配；7×24小时技", "术支持，1小时内响应；终", "身技术咨询；维保期后年费",
                "2.6万元；以上均写入合同"],
        "src": ["完整源码交付，无加密，可", "二次开发"],
    }),
    ("2", V2_QC, {
        "price": ["29.5万元（不含税，增值", "税税率6%）"],
        "mods": ["用户管理、风控审批流、还", "款计划及提醒、企业征信查", "询、银行流水分析、电子合", "同（在线签约）"],
        "sec": ["已取得等保三级备案证明（", "编号15010243012-24009，2", "024年9月），定级对象：青", "城经营贷业务系统；身份证",
                "号、手机号、银行账号SM4加", "密；全站HTTPS（TLS1.2）；", "按岗位角色授权；操作日志", "保存12个月，支持异常追溯",
                "；人行征信（二代）及百行", "征信直连"],
        "svc": ["免费维护12个月，含bug修", "复及小版本升级；监管政策", "调整适配免费；7×24小时技", "术支持，紧急故障30分钟内",
                "响应，一般故障2小时内响", "应；终身技术咨询；免费期", "满后年维护费2.8万元；上", "述承诺全部写入合同"],
        "src": ["交付完整源码，无加密，可", "二次开发"],
    }),
    ("3", V2_KB, {
        "price": ["27.6万元（含税）"],
        "mods": ["用户管理、风控审批、还款", "管理、企业征信、银行流水", "分析、电子合同"],
        "sec": ["系统按等保三级标准设计开", "发，可协助贵司完成等保测", "评；敏感数据SM4加密；HT", "TPS；角色权限管理；日志",
                "保存12个月；对接朴道征信"],
        "svc": ["免费维护12个月，含bug修", "复及小版本升级；政策适配", "免费；7×24小时，2小时内", "响应；终身技术咨询；年费",
                "2.5万元；写入合同"],
        "src": ["完整源码，无加密"],
    }),
    ("4", V2_HS, {
        "price": ["31.8万元（含税）"],
        "mods": ["用户管理、风控审批、还款", "管理、企业征信、银行流水", "分析、电子合同、合同管理"],
        "sec": ["已取得等保三级（备案证明", "编号15040243004-23017，20", "23年11月），定级对象：红", "山信贷业务平台；SM4加密；",
                "HTTPS；角色权限；日志保存", "12个月；百行征信直连"],
        "svc": ["免费维护6个月，含bug修复", "及小版本升级；政策适配免", "费；7×24小时，2小时内响", "应；终身技术咨询；年费3万",
                "元；写入合同"],
        "src": ["核心风控决策引擎加密交付", "，其余模块提供完整源码"],
    }),
    ("5", V2_WH, {
        "price": ["8.8万元（含税）"],
        "mods": ["用户管理、风控审批、还款", "管理、企业征信、银行流水", "分析、电子合同、区块链存", "证（赠送）"],
        "sec": ["未取得等保三级（暂未办理", "）；HTTPS；角色权限；日志", "保存6个月"],
        "svc": ["免费维护3个月；5×8小时技", "术支持"],
        "src": ["完整源码"],
    }),
]
# where the PDF's pages broke: (vendor index, line index within the block after which the page ends)
C2_BREAKS = [(0, 3), (2, 0)]


def case02():
    wb = Workbook()
    ws = wb.active
    ws.title = "Table 1"
    for col, w in zip("ABCDEFG", (6, 20, 16, 24, 26, 26, 22)):
        ws.column_dimensions[col].width = w
    letterhead = "蒙采云电子采购平台　　项目编号：MCY-CG-2025-1107"
    title = f"{BUYER2}信贷管理系统源码采购项目　供应商响应一览表（平台依据供应商在线填报内容自动生成）"
    header = ["序号", "供应商名称", "响应报价", "功能模块", "等保及数据安全", "售后服务", "源码交付"]
    rows = [[letterhead], [title], ["生成时间：2025-11-24 16:02:37　　响应截止：2025-11-24 15:00:00"], header]
    page = 1
    total_pages = 3
    keys = ["price", "mods", "sec", "svc", "src"]
    for vi, (no, name, blk) in enumerate(C2_BLOCKS):
        n = max(len(blk[k]) for k in keys)
        for li in range(n):
            line = [no if li == 0 else None, name if li == 0 else None]
            line += [blk[k][li] if li < len(blk[k]) else None for k in keys]
            rows.append(line)
            if (vi, li) in C2_BREAKS:
                rows.append([None, None, None, f"第 {page} 页 共 {total_pages} 页"])
                page += 1
                rows.append([letterhead])
                rows.append(header)
    rows.append([None])
    rows.append(["注：本表内容由供应商在线填报，平台仅作汇总展示，以供应商盖章响应文件为准。"])
    rows.append([None, None, None, f"第 {page} 页 共 {total_pages} 页"])
    for r, line in enumerate(rows, start=1):
        for c, v in enumerate(line):
            if v is not None:
                ws.cell(row=r, column=c + 1, value=v)
    _save(wb, F2)

    comment = f"""
Voice: an e-procurement platform (蒙采云电子采购平台) printed the bidders' online answers to a PDF 响应一览表 — every cell the
  vendor's own typed words ("平台依据供应商在线填报内容自动生成", "本表内容由供应商在线填报，平台仅作汇总展示") — and {BUYER2}
  (集宁; operating loans to potato processors, logistics firms and shops in 乌兰察布, no cross-border business; band 25–35万)
  ran the PDF through a PDF-to-Excel converter and uploads what came out, untouched.
Layout: .xlsx, one sheet "Table 1" (the converter's name). Rows 1–3 the platform's letterhead, the title and the generation
  time; row 4 the header 序号 | 供应商名称 | 响应报价 | 功能模块 | 等保及数据安全 | 售后服务 | 源码交付. Each vendor is a run of rows:
  序号 and name on its first row only, every wrapped PDF line a row of its own, words cut by the wrap ("RBA" | "C角色权限",
  "保存1" | "2个月", "备案证明编号15" | "020243006-24003"). Twice the PDF's page ends inside a vendor: a footer row "第 1 页 共 3 页"
  (in column D), the letterhead again and the header again, then the rest of that vendor's lines. A note and the last footer
  close the sheet.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: five quotes, each vendor's continuation rows joined to it column by column across the page breaks (cut words whole
  again); letterhead, title, generation time, repeated headers, footers and the platform's note are no quote.
Traps: CARELESS TOP PICK {V2_BT}: the lowest price of the five serious bids (26.8万 含税), its level-3 filing proven, SM4,
  12 months with upgrades, 7×24 with a 1-hour response — on page 1 its module list runs "…数据大屏、电子合同（选" and stops at
  the footer. Page 2 opens with "配，价格另计）": the e-contract, a merchant-loan must-have, is an option at a price not given —
  gate UNVERIFIED (no price can be added; not missing either: it is offered). The careful pick is {V2_QC} (pass): "29.5万元
  （不含税，增值税税率6%）" = 295,000 × 1.06 = 312,700 (the quote's own rate, inside the band); filing for its own 青城经营贷业务系统;
  SM4, TLS1.2, roles, 12-month logs, 人行征信（二代）+ 百行 direct; every module; 12 months with upgrades; free policy adaptation;
  7×24 with "紧急故障30分钟…一般故障2小时" = 2 h; lifetime consulting; 2.8万/年; in the contract; full source. {V2_KB} is
  second page's cut: "系统按等保三级标准设计开" | (page break) | "发，可协助贵司完成等保测评" — designed to the standard and help
  with the buyer's test: a claim, UNVERIFIED. {V2_HS} passes but is dearer (31.8万) with "免费维护6个月" (under 12) and
  "核心风控决策引擎加密交付" (partial source). {V2_WH} FAILS: 8.8万元 (under 10万) and "未取得等保三级（暂未办理）"; its 区块链存证
  is given away (bloat).
Not settled and not asserted: the standing recorded for {V2_BT}'s e-contract (conditional or unknown), whether
  contract_management counts among its features and which question flag rides beside it; {V2_HS}'s module "合同管理" beside
  电子合同 (the same feature either way); {V2_WH}'s after-sales values beyond its 3 months (no response time, no fee given) and
  its bureau (none named); whether {V2_QC}'s bracket cut across two lines ("不含税，增值" | "税税率6%）") leaves a note. None moves a
  gate or the pick.
"""
    vendors = [
        _v(V2_BT, "unverified",
           "'26.8万元（含税）' = 268,000. Module list on page 1 ends '电子合同（选'; page 2 opens '配，价格另计）' — the e-contract, a "
           "must-have, only as an option with no price: UNVERIFIED (not missing, nothing to add). Everything else stated and good: "
           "filing 15020243006-24003 for its own system (cut across three lines), SM4, HTTPS, RBAC ('RBA' | 'C角色权限'), 12-month logs "
           "('保存1' | '2个月'), 百行 direct, 12 months with upgrades, free policy adaptation, 7×24, 1 hour, lifetime consulting, "
           "2.6万/年, in the contract, full source.",
           price=268000,
           values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                       licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                       policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                       annual_fee_after_warranty_cny=26000, commitments_in_contract=True, source_code_delivery="full"),
           status=dict(mlps_level3="stated", sm4_encryption="stated", support_7x24="stated", response_hours="stated"),
           fin=["enterprise_credit", "cashflow_analysis", "repayment_management", "risk_approval", "user_management"],
           fex=BLOAT,
           flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                 "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                 "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                 "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract",
                 "bloat_features", "source_partial", "source_licence_only"]),
        _v(V2_QC, "pass",
           "'29.5万元（不含税，增值' | '税税率6%）' = 295,000 × 1.06 = 312,700. '已取得等保三级备案证明（编号15010243012-24009…），定级对象：青城"
           "经营贷业务系统'; SM4; TLS1.2; 按岗位角色授权; 日志12个月; 人行征信（二代）+ 百行 direct; every merchant must-have; 12 months with "
           "upgrades; free policy adaptation; 7×24; '紧急故障30分钟内响应，一般故障2小时内响应' = 2 h; lifetime consulting; 2.8万/年; in the "
           "contract; full source.",
           price=312700, values=dict(GOOD, response_hours=2, annual_fee_after_warranty_cny=28000),
           status=dict(GOOD_ST, response_hours="stated"), fin=ML, fex=BLOAT, flex=CLEAN),
        _v(V2_KB, "unverified",
           "'系统按等保三级标准设计开' | (page 2 ends) | '发，可协助贵司完成等保测评' — designed to the standard, help with the buyer's own "
           "test: claimed, UNVERIFIED. '27.6万元（含税）' = 276,000. All modules; SM4; HTTPS; roles; 12-month logs; 朴道; 12 months with "
           "upgrades; free policy adaptation; 7×24; 2 hours; lifetime consulting; 2.5万/年; in the contract; full source.",
           price=276000,
           values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                       licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                       policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                       annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
           status=dict(mlps_level3="claimed"), fin=ML, fex=BLOAT, flin=["claimed"],
           flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                 "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                 "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                 "response_over_2h", "no_lifetime_consulting", "bloat_features", "source_partial",
                 "source_licence_only"]),
        _v(V2_HS, "pass",
           "'31.8万元（含税）' = 318,000. Filing 15040243004-23017 for its own 红山信贷业务平台; SM4; HTTPS; roles; 12-month logs; 百行 "
           "direct; all modules. '免费维护6个月' (under 12); '核心风控决策引擎加密交付，其余模块提供完整源码' (partial source). Upgrades, free "
           "policy adaptation, 7×24, 2 hours, lifetime consulting, 3万/年, in the contract.",
           price=318000,
           values=dict(GOOD, free_maintenance_months=6, response_hours=2, annual_fee_after_warranty_cny=30000,
                       source_code_delivery="partial"),
           status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated"),
           fin=ML, fex=BLOAT, flin=["maintenance_under_12m", "source_partial"],
           flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                 "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                 "no_licensed_credit_bureau", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                 "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                 "source_licence_only", "claimed", "unverified"]),
        _v(V2_WH, "fail",
           "'8.8万元（含税）' = 88,000, under 10万: FAIL; '未取得等保三级（暂未办理）' a stated no, FAIL too. All modules plus '区块链存证"
           "（赠送）' (bloat); HTTPS; roles; 6-month logs; '免费维护3个月；5×8小时技术支持'.",
           price=88000,
           values=dict(mlps_level3=False, tls=True, access_control=True, audit_log_months=6,
                       free_maintenance_months=3, support_7x24=False),
           status=dict(mlps_level3="stated", free_maintenance_months="stated"),
           fin=ML + ["blockchain_evidence"],
           flin=["price_below_10w", "no_mlps_level3", "bloat_features", "maintenance_under_12m", "no_7x24"],
           flex=["missing_must_have", "price_over_budget", "price_missing", "no_tls", "no_access_control"]),
    ]
    write_toml("zzzm_02_ml_pdf_zhuan_excel_xiangying_yilanbiao.toml", comment, "merchant_loan", [F2], V2_QC,
               f"{V2_QC} proves its level-3 filing for its own system, lists every merchant must-have, prices at 312,700 "
               f"(29.5万 before the 6% VAT it names) and commits 12 months with upgrades, 7×24 with a 2-hour worst case, free policy "
               f"adaptation, all in the contract, full source. {V2_BT} is cheaper but its e-contract, cut across the page break, is "
               f"'选配，价格另计' (unverified); {V2_KB} is only designed to level 3 (unverified); {V2_HS} passes with 6 months and an "
               f"encrypted engine; {V2_WH} is 8.8万 without 等保 (fail).",
               vendors)


# ---------------------------------------------------------------------------------------------------------------
# zzzm_03 — a vendor portal's "导出报价" CSV (UTF-8 with BOM), a line per item per vendor (consumer installments, 丽水)
# ---------------------------------------------------------------------------------------------------------------
BUYER3 = "丽水莲都瓯越小额贷款有限公司"
V3_YW = "义乌商城数智科技有限公司"
V3_OJ = "温州瓯江分期软件有限公司"
V3_JJ = "台州椒江信息技术有限公司"
V3_YX = "宁波甬信软件有限公司"
F3 = "zzzm_03_ci_menhu_daochu_baojia_hangxiang_bom.csv"

T3_YW = ("等保：三级测评中，已委托测评机构，预计2026年6月取得备案证明；数据加密：客户敏感字段SM4加密；传输：全站HTTPS；权限：RBAC角色权限；"
         "日志：操作日志保存12个月；征信：百行征信直连；免费维护12个月，含bug修复及小版本升级；监管政策调整适配免费；7×24小时技术支持，1小时内响应；"
         "终身技术咨询；维保期后年费1.8万元；以上承诺均写入合同；交付完整源码，无加密，可二次开发。")
T3_OJ = ("等保三级：已取得，备案证明编号33110243015-24002（2024年11月），定级对象：瓯江消费分期业务系统；身份证号、手机号、银行卡号SM4加密存储；"
         "全站HTTPS（TLS1.2）；按角色分级授权；操作日志保存12个月，支持异常行为追溯；征信：百行征信、朴道征信直连；免费维护12个月，含bug修复及小版本升级；"
         "监管政策调整适配免费；7×24小时技术支持，紧急故障30分钟内响应，一般故障2小时内响应；终身技术咨询；以上承诺全部写入合同；交付完整源码，无加密，可二次开发。")
T3_JJ = ("等保三级：已取得（备案证明编号33100243009-23011，2023年8月），定级对象：椒江分期业务平台；敏感信息SM4加密；全站HTTPS；权限管理（角色/岗位）；"
         "日志保存6个月；征信：朴道征信直连；终身免费维护；仅提供缺陷修复，版本升级另行收费；重大监管政策调整另行报价；技术支持时间5×8（工作日8:30-17:30），"
         "4小时内响应；合同期内提供技术咨询；维保期后年费按合同额12%/年；以上写入合同；源码完整交付，无加密。")
T3_YX = ("等保三级：已取得（备案证明编号33020243021-24007，2024年5月），定级对象：甬信分期信贷系统；SM4加密；HTTPS；角色权限；日志保存12个月；"
         "百行征信直连；免费维护12个月，含小版本升级；政策适配免费；7×24小时，2小时内响应；终身技术咨询；年费2万元；写入合同；完整源码。")

C3_LINES = [
    # (供应商, 物料/服务名称, 数量, 单位, 含税单价, 含税金额, 税率, 备注)
    (V3_YW, "分期商城系统源码授权（含用户管理、商品管理、风控审批、还款管理、分期计算器）", 1, "套", 128000, 128000, "13%", ""),
    (V3_YW, "部署实施及数据迁移", 1, "项", 30000, 30000, "6%", ""),
    (V3_YW, "订单跟踪模块", 1, "套", 26000, 26000, "13%", "选配（不计入合计）"),
    (V3_YW, "积分商城", 1, "套", 0, 0, "13%", "赠送"),
    (V3_YW, "智能客服机器人", 1, "套", 0, 0, "13%", "赠送"),
    (V3_YW, "资质及服务承诺", 1, "项", 0, 0, "", T3_YW),
    (V3_OJ, "消费分期业务系统源码授权（含用户管理、风控审批、还款管理、商品管理、分期计算器、订单跟踪）", 1, "套", 168000, 168000, "13%", ""),
    (V3_OJ, "部署实施", 1, "项", 36000, 36000, "6%", "本地化部署及联调上线"),
    (V3_OJ, "运营培训", 2, "天", 4000, 8000, "6%", "现场培训"),
    (V3_OJ, "社交分享插件", 1, "套", 0, 0, "13%", "赠送"),
    (V3_OJ, "第二年起年度维保服务费（每年）", 1, "年", 22000, 22000, "6%", "免费维护期满后按年收取，不计入本次报价合计"),
    (V3_OJ, "资质及服务承诺", 1, "项", 0, 0, "", T3_OJ),
    (V3_JJ, "分期系统标准版源码（含用户管理、风控审批、还款管理、商品管理、订单跟踪）", 1, "套", 150000, 150000, "13%", ""),
    (V3_JJ, "分期计算器模块", 1, "套", 20000, 20000, "13%", ""),
    (V3_JJ, "实施部署", 1, "项", 32000, 32000, "6%", ""),
    (V3_JJ, "资质及服务承诺", 1, "项", 0, 0, "", T3_JJ),
    (V3_YX, "分期业务平台源码授权（含用户管理、风控审批、还款管理、商品管理、订单跟踪）", 1, "套", 158000, 158000, "13%", ""),
    (V3_YX, "分期计算器", 1, "套", 0, 0, "13%", "列入二期开发，本期不交付，届时另行报价"),
    (V3_YX, "实施部署", 1, "项", 25000, 25000, "6%", ""),
    (V3_YX, "资质及服务承诺", 1, "项", 0, 0, "", T3_YX),
]


def case03():
    header = ["询价单号", "报价行号", "供应商", "物料/服务名称", "数量", "单位", "含税单价（元）", "含税金额（元）", "税率", "备注",
              "报价时间"]
    times = {V3_YW: "2025-11-26 10:14:52", V3_OJ: "2025-11-26 16:40:08", V3_JJ: "2025-11-27 09:02:31",
             V3_YX: "2025-11-27 11:25:17"}
    rows = [header]
    for i, (v, item, qty, unit, up, amt, rate, note) in enumerate(C3_LINES, start=1):
        rows.append(["XJ20251120-0087", f"{i:03d}", v, item, str(qty), unit, f"{up:.2f}", f"{amt:.2f}", rate, note,
                     times[v]])
    write_csv(F3, rows, "utf-8-sig")

    comment = f"""
Voice: a vendor portal's own export. {BUYER3} (莲都; 家电 and 手机 instalment loans through partner stores in 丽水, no
  cross-border business; band 20–30万) published inquiry XJ20251120-0087 on its supplier portal; each vendor typed its own
  lines into the portal, and the buyer clicked 导出报价: nobody re-typed anything.
Layout: .csv, UTF-8 with BOM, CRLF, one header row 询价单号 | 报价行号 | 供应商 | 物料/服务名称 | 数量 | 单位 | 含税单价（元） |
  含税金额（元） | 税率 | 备注 | 报价时间, then one row per line item per vendor (20 lines, four vendors, amounts written "128000.00").
  Modules are line items (the licence line names its modules in brackets), 0.00 lines marked 赠送 are gifts, one line is
  "选配（不计入合计）", one a yearly fee "（每年）… 不计入本次报价合计", and each vendor's compliance and after-sales answers sit in
  the 备注 of its 0.00 line "资质及服务承诺". No 合计 rows: the portal sums nothing.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per 供应商; its 含税金额 summed over its lines (the amounts carry tax, whatever each line's rate); a 选配 line an
  option at its amount (added where a must-have needs it); the yearly line the fee after the free period, never part of the
  price; 赠送 lines modules given away; the 资质及服务承诺 line no module and no price, its 备注 read for every field it states.
  询价单号 and 报价时间 are the document's, the 行号 no amount.
Traps: CARELESS TOP PICK {V3_YW}: summing its 含税金额 as the portal shows them gives 158,000 (the 选配 line left out), by far
  the lowest; two modules thrown in free; every after-sales answer at its best. But (1) order tracking, a consumer-installment
  must-have, is that "选配（不计入合计）" line: added at its 26,000 (含税) → 184,000, the feature present (conditional); (2) its
  备注 says "等保：三级测评中，已委托测评机构，预计2026年6月取得备案证明" — in progress: mlps false, claimed, gate UNVERIFIED;
  (3) the free 智能客服机器人 is bloat. The careful pick is {V3_OJ} (pass): 168,000 + 36,000 + 8,000 = 212,000 (the
  "第二年起年度维保服务费（每年）22,000" is the yearly fee, not part of the price — a careless sum says 234,000); filing for its own
  瓯江消费分期业务系统; SM4, TLS1.2, roles, 12-month logs, 百行 + 朴道 direct; all six modules in the licence's brackets; 12 months
  with upgrades; free policy adaptation; 7×24, "紧急故障30分钟…一般故障2小时" = 2 h; lifetime consulting; in the contract; full
  source; its free 社交分享 is a deferrable module, no bloat. {V3_JJ} passes at 202,000 (its 分期计算器 a priced line of its own,
  summed) but is weak after the sale: "终身免费维护" (12 months, claimed), "仅提供缺陷修复，版本升级另行收费", "重大监管政策调整另行报价"
  (conditional: false), 5×8, 4 hours, "合同期内提供技术咨询" (no lifetime consulting), 12% × 202,000 = 24,240 a year, 6-month logs.
  {V3_YX} FAILS: its 分期计算器 line is "列入二期开发，本期不交付，届时另行报价" at 0.00 — a must-have not in this delivery is missing,
  never an option.
Not settled and not asserted: the standing recorded for {V3_YW}'s order tracking and which question flag rides beside it; the
  points mall given away (deferrable, no flag); whether a question flag rides beside {V3_YX}'s 二期 line or {V3_JJ}'s claimed
  lifetime maintenance; whether the 税率 column's mix of 13% and 6% leaves a note (the amounts are 含税 by their header, so
  nothing is added). None moves a gate or the pick.
"""
    vendors = [
        _v(V3_YW, "unverified",
           "Lines 128,000 + 30,000 (158,000 as the portal shows them) + the must-have '订单跟踪模块 | 26000.00 | 选配（不计入合计）' = 184,000, "
           "order tracking present (conditional). 备注: '等保：三级测评中，已委托测评机构，预计2026年6月取得备案证明' — in progress: mlps false, "
           "claimed, UNVERIFIED. '智能客服机器人 | 0.00 | 赠送' is bloat. Everything else stated and good: SM4, HTTPS, RBAC, 12-month logs, "
           "百行, 12 months with upgrades, free policy adaptation, 7×24, 1 hour, lifetime consulting, 1.8万/年, in the contract, full source.",
           price=184000,
           values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                       licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                       policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                       annual_fee_after_warranty_cny=18000, commitments_in_contract=True, source_code_delivery="full"),
           status=dict(mlps_level3="claimed", sm4_encryption="stated", free_maintenance_months="stated",
                       support_7x24="stated", response_hours="stated"),
           fin=CI + ["ai_customer_service"], flin=["claimed", "bloat_features"],
           flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                 "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                 "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                 "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_partial",
                 "source_licence_only"]),
        _v(V3_OJ, "pass",
           "168,000 + 36,000 + 8,000 = 212,000 含税 (the '第二年起年度维保服务费（每年）| 22000.00 | …不计入本次报价合计' line is the yearly "
           "fee). Filing 33110243015-24002 for its own 瓯江消费分期业务系统; SM4; TLS1.2; roles; 12-month logs; 百行 + 朴道; all six modules; "
           "12 months with upgrades; free policy adaptation; 7×24; '紧急故障30分钟内响应，一般故障2小时内响应' = 2 h; lifetime consulting; "
           "in the contract; full source. '社交分享插件 | 赠送' is deferrable, no bloat.",
           price=212000, values=dict(GOOD, response_hours=2, annual_fee_after_warranty_cny=22000),
           status=dict(GOOD_ST, response_hours="stated"), fin=CI, fex=BLOAT, flex=CLEAN),
        _v(V3_JJ, "pass",
           "150,000 + 分期计算器模块 20,000 + 32,000 = 202,000. Filing 33100243009-23011 for its own platform; SM4; HTTPS; roles; 日志6个月; "
           "朴道 direct; all modules. '终身免费维护' = 12 months claimed; '仅提供缺陷修复，版本升级另行收费'; '重大监管政策调整另行报价' "
           "(conditional: false); '5×8（工作日8:30-17:30），4小时内响应'; '合同期内提供技术咨询' (no lifetime consulting); '按合同额12%/年' = 24,240.",
           price=202000,
           values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                       licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                       policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                       annual_fee_after_warranty_cny=24240, source_code_delivery="full"),
           status=dict(mlps_level3="stated", free_maintenance_months="claimed", policy_adaptation_free="conditional",
                       support_7x24="stated", response_hours="stated"),
           fin=CI, fex=BLOAT,
           flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                 "no_lifetime_consulting"],
           flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                 "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                 "no_licensed_credit_bureau", "maintenance_under_12m", "bloat_features", "source_partial",
                 "source_licence_only"]),
        _v(V3_YX, "fail",
           "'分期计算器 | 0.00 | 列入二期开发，本期不交付，届时另行报价' — a must-have not in this delivery: missing, FAIL. 158,000 + 0 + 25,000 = "
           "183,000. Filing stated, SM4, HTTPS, roles, 12-month logs, 百行, 12 months with upgrades, free policy adaptation, 7×24, "
           "2 hours, lifetime consulting, 2万/年, in the contract, full source.",
           price=183000,
           values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                       free_maintenance_months=12, support_7x24=True, response_hours=2,
                       annual_fee_after_warranty_cny=20000),
           status=dict(mlps_level3="stated"),
           fin=["product_management", "order_tracking", "repayment_management", "risk_approval", "user_management"],
           fex=["installment_calculator"] + BLOAT, flin=["missing_must_have"],
           flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                 "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "maintenance_under_12m", "no_7x24",
                 "response_over_2h", "bloat_features", "source_partial", "source_licence_only"]),
    ]
    write_toml("zzzm_03_ci_menhu_daochu_baojia_hangxiang_bom.toml", comment, "consumer_installment", [F3], V3_OJ,
               f"{V3_OJ} proves its level-3 filing for its own system, lists all six modules in its licence line, prices at "
               f"212,000 含税 (its yearly 22,000 is the fee after the free year, not part of the price) and commits 12 months with "
               f"upgrades, 7×24 with a 2-hour worst case and free policy adaptation, all in the contract. {V3_YW} looks cheapest "
               f"(158,000) until its optional order tracking is added (184,000), and its 等保三级 is still being assessed "
               f"(unverified). {V3_JJ} passes at 202,000 with weak after-sales; {V3_YX} leaves the installment calculator to phase "
               f"two (fail).",
               vendors)


if __name__ == "__main__":
    case01()
    case02()
    case03()
