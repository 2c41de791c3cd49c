"""Blind cases zzzw_*: "what a small company's staff really produce under time pressure".

01 at ten to six the general manager asks "把几家报价放一起给我看看": the clerk opens each vendor's own Excel quote, selects
   all, and pastes the four of them side by side on one sheet, each block in its own shape (a line-item 报价单 with an options
   section and numbered terms; a two-column 项目 | 内容 sheet with the price at the bottom; an English quotation with Subtotal,
   VAT and TOTAL; a one-column "label：value" note), one empty column between blocks, so that the rows line up only by
   accident; she adds a column at the right comparing "row by row" and her recommendation under the first block;
02 the purchasing clerk's register of replies: each vendor's WeChat text, e-mail or letter pasted whole into ONE cell, the
   vendor's own numbering 1）2）3）… kept (sometimes run together with no line breaks), her own phone notes typed into the
   middle of the vendor's words in 〔〕 (a legend line says so), her 初判 beside it; one reply in English; GBK CSV;
03 a WeCom (企业微信) 汇报 export of the team's 采购询价日报 over two weeks: one row per report, the template's controls as
   columns (今日工作 | 供应商书面答复（粘贴原文，注明来源） | 需协调事项 | 明日计划), attachments, read status and the general
   manager's 回复; the purchasing officer pastes the vendors' written words, the IT engineer reports a demo, the risk officer
   a reference call, the GM's assistant a phone price.
Expectations written from shared/domain.md and docs/analyst-reading.md only; the product was not run on these files.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Border, Font, PatternFill, Side

sys.path.insert(0, str(Path(__file__).resolve().parent))
from case_io import BLOAT, CI, CORE, ML, PC, LEFT, _save, good, write_csv, write_toml  # noqa: E402

PRICE_FLAGS = ["price_below_10w", "price_below_15w", "price_over_budget", "price_missing"]
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="D9E1F2")
YELLOW = PatternFill("solid", fgColor="FFF2CC")

# ---------------------------------------------------------------- case 01: four vendors' own sheets pasted side by side
C1 = "zzzw_01_pc_baojiadan_bingpai_zhantie.xlsx"
BUYER1 = "宜宾市叙州区金沙小额贷款有限公司"
JL = "宜宾筠连数科有限公司"
HJ = "泸州合江软件有限公司"
LS = "Leshan Shawan Data Technology Co., Ltd."
ZZ = "内江资中信息技术有限公司"

# block 1: 筠连's own 报价单 (columns A:D), rows from 3
B1 = [
    [JL, None, None, None],
    ["个人信用贷系统源码报价单", None, None, None],
    [f"致：{BUYER1}　　报价日期：2025年11月26日", None, None, None],
    ["序号", "项目", "金额（元）", "说明"],
    [1, "源码授权费", 118000, "含个人征信查询、反欺诈、还款计划及提醒、风控审批、用户管理"],
    [2, "部署实施费", 30000, "服务器环境部署、数据初始化"],
    [3, "培训费", 8000, "现场培训2天"],
    [None, "合计", 156000, "以上均为含税价（6%增值税专用发票）"],
    [None, None, None, None],
    ["选配模块（未含在合计内，均为含税价）", None, None, None],
    [1, "风控模型（评分卡＋决策引擎）", 38000, "如需智能风控，另行加购"],
    [2, "营销插件", 15000, "优惠券、邀请返现"],
    [3, "会员体系", 12000, None],
    [None, None, None, None],
    ["商务及服务条款", None, None, None],
    [1, "等保", None, "系统按等保三级标准设计开发，可协助贵司完成等保测评（测评费用另计）"],
    [2, "数据安全", None, "身份证号、手机号SM4加密存储；全站HTTPS；角色权限管理"],
    [3, "日志", None, "操作日志保存12个月"],
    [4, "征信接口", None, "对接百行征信"],
    [5, "免费维护", None, "12个月，含缺陷修复及小版本升级"],
    [6, "政策适配", None, "监管政策调整免费适配"],
    [7, "技术支持", None, "7×24小时，2小时内响应"],
    [8, "技术咨询", None, "终身技术咨询"],
    [9, "维保期满后年费", 20000, "元/年"],
    [10, "合同", None, "以上条款写入合同"],
    [11, "源码", None, "交付完整源码，无加密"],
    [f"报价单位：{JL}（盖章）", None, None, None],
]
# block 2: 合江's 项目 | 内容 sheet (columns F:G), price at the bottom
B2 = [
    [f"{HJ}　报价及服务说明", None],
    ["项目", "内容"],
    ["产品", "合江个人信贷管理系统V5（源码版）"],
    ["功能模块", "个人征信查询、风控模型（评分卡＋规则引擎）、反欺诈、还款计划及提醒、风控审批流、用户管理"],
    ["等保", "已取得等保三级备案证明，编号51050043011-24006，定级对象即本次报价系统"],
    ["数据加密", "身份证号、手机号、银行卡号采用SM4加密存储"],
    ["传输", "全站HTTPS（TLS1.2）"],
    ["权限", "RBAC角色权限，按岗位授权"],
    ["日志", "操作日志保存12个月，异常操作可追溯"],
    ["征信接口", "直连人行征信中心，另接百行征信"],
    ["免费维护", "12个月（自验收之日起），含缺陷修复及小版本升级"],
    ["政策适配", "因监管政策变化的系统调整免费"],
    ["技术支持", "7×24小时，1小时内响应，专属工程师对接"],
    ["技术咨询", "终身免费技术咨询"],
    ["维保期满后年费", "2.4万元/年"],
    ["合同", "以上承诺全部写入合同"],
    ["源码", "完整源码交付，无加密，可二次开发"],
    ["价格构成", "源码授权16.8万＋部署实施4.2万＋培训1.6万"],
    ["报价合计", "22.6万元（含税，13%增值税专用发票）"],
    ["报价单位", f"{HJ}（盖章）"],
]
# block 3: the English quotation (columns I:K)
B3 = [
    [LS, None, None],
    ["QUOTATION – Personal Credit Lending System (Source Code)", None, None],
    ["To: Jinsha Micro-Loan Co., Ltd. (Xuzhou District, Yibin)   Quotation ref.: LSD-Q-2025-118   Date: 27 Nov 2025", None, None],
    ["Item", "Description", "Amount (CNY)"],
    [1, "Source code licence: personal credit report query, risk model (scorecard), anti-fraud, repayment management "
        "(schedule & reminders), risk approval workflow, user management", 172000],
    [2, "Implementation & data migration", 36000],
    [3, "Training (2 days on site)", 12000],
    [None, "Subtotal (excl. VAT)", 220000],
    [None, "VAT 6%", 13200],
    [None, "TOTAL (incl. VAT)", 233200],
    [None, None, None],
    ["Terms", None, None],
    ["MLPS", "Level 3 filing certificate no. 51110043007-24003 (graded system: the system quoted)", None],
    ["Encryption", "SM4 for ID, mobile and bank-card numbers; TLS 1.2 in transit", None],
    ["Access control", "Role-based (RBAC)", None],
    ["Logs", "Operation logs retained 6 months", None],
    ["Credit bureau", "Direct connection to Baihang Credit (licensed personal credit bureau)", None],
    ["Warranty", "12 months, bug fixes only; version upgrades charged", None],
    ["Regulatory changes", "Quoted separately for each change", None],
    ["Support", "Business days 9:00–18:00; response within 4 hours", None],
    ["Consulting", "During the warranty period only", None],
    ["AMC", "RMB 26,000 per year from year 2", None],
    ["Contract", "All terms above written into the contract", None],
    ["Source code", "Full source, unencrypted", None],
    [f"Authorised signatory: {LS} (company chop)", None, None],
]
# block 4: 资中's one-column note (column M)
B4 = [
    [f"{ZZ}　个人信用贷系统报价（简版）"],
    ["报价：9.8万元（含税），一口价"],
    ["功能：个人征信查询、风控模型、还款管理、风控审批、用户管理"],
    ["等保：二级（备案证明51102543002-23011）"],
    ["售后：免费维护3个月；工作日技术支持"],
    ["源码：仅授权使用，绑定域名"],
    ["联系人：邓经理 13908321756"],
]
# the clerk's column O, by sheet row
CLERK1 = {
    4: "资中9.8万太便宜了，不考虑",
    7: "功能：筠连写在“说明”里；合江、乐山、资中都列了，差不多",
    10: "合计：筠连15.6万（最低）；合江这一行是“权限”，价格没找到？；乐山Subtotal 22万；资中这行空",
    12: "乐山TOTAL 23.32万（加了6%税）",
    18: "等保：筠连“按等保三级标准设计”，应该就是三级；合江、乐山有编号；资中二级",
    24: "售后：几家都有免费维护，7×24筠连、合江有",
}

wb = Workbook()
ws = wb.active
ws.title = "并排对比"
ws["A1"] = ("四家报价单原样粘贴（未整理），从左到右：筠连、合江、乐山（英文）、资中。最右边一列是我按行对着看的，仅供参考。"
            "——综合部 吴婷 11-28")
ws["A2"] = "【1】筠连数科_报价单.xlsx（原样粘贴）"
ws["F2"] = "【2】合江软件_报价及服务说明.xlsx"
ws["I2"] = "【3】Leshan_Quotation_LSD-Q-2025-118.xlsx"
ws["M2"] = "【4】资中_报价（微信发来的表格）.xlsx"
ws["O2"] = "横向对比（吴婷，按行看，仅供参考）"
for block, col0 in ((B1, 1), (B2, 6), (B3, 9), (B4, 13)):
    for i, row in enumerate(block):
        for j, v in enumerate(row):
            if v is not None:
                c = ws.cell(3 + i, col0 + j, v)
                c.alignment = LEFT
                c.border = BOX
for r, note in CLERK1.items():
    c = ws.cell(r, 15, note)
    c.alignment = LEFT
    c.fill = YELLOW
last = 3 + max(len(B1), len(B2), len(B3), len(B4)) + 1
ws.cell(last, 1, "吴婷初步意见（11-28 17:50）：筠连最便宜（15.6万），等保三级、维护12个月、7×24都有，建议先约筠连谈；"
                 "合江的价格在表里没找到，明天再问一下；资中太便宜不考虑。").fill = YELLOW
ws.cell(last, 1).alignment = LEFT
for r, c in ((6, 1), (4, 6), (6, 9)):                       # each block's own header row, as its own sheet had it
    for k in range(4 if c == 1 else (2 if c == 6 else 3)):
        ws.cell(r, c + k).fill = HEAD
        ws.cell(r, c + k).font = Font(bold=True)
for r, c in ((3, 1), (3, 6), (3, 9), (3, 13)):
    ws.cell(r, c).font = Font(bold=True)
for c in ("C", "K"):
    for r in range(4, last):
        ws[f"{c}{r}"].number_format = "#,##0"
for col, w in zip("ABCDEFGHIJKLMNO", [10, 26, 12, 40, 3, 14, 46, 3, 18, 52, 14, 3, 44, 3, 46]):
    ws.column_dimensions[col].width = w
ws.cell(1, 1).font = Font(bold=True)
_save(wb, C1)

c1_comment = f"""
Voice: {BUYER1} (个人信用贷 to salaried staff and small shopkeepers in 叙州; no cross-border business; the band 18–25万). At ten to
  six the general manager asked the 综合部 clerk 吴婷 to "put the quotes together"; she opened the four vendors' own Excel files,
  selected all and pasted each one next to the other on one sheet, then typed a column comparing what she saw row by row and her
  recommendation under the first block.
Layout: .xlsx, one sheet 并排对比. A1 her note naming the blocks left to right; row 2 the four file names over the blocks and the
  title of her column; from row 3, four blocks each in its own shape, one empty column between them: A:D {JL}'s 报价单 (序号 | 项目 |
  金额（元） | 说明 at row 6, 合计 at row 10, "选配模块（未含在合计内，均为含税价）" at rows 12–15, "商务及服务条款" at row 17 over terms
  numbered 1–11 at rows 18–28, the stamp line at row 29); F:G {HJ}'s 项目 | 内容 sheet (header at row 4, the modules and terms first, 价格构成 and 报价合计 at rows 20–21);
  I:K {LS}'s English quotation (Item | Description | Amount (CNY) at row 6, Subtotal / VAT 6% / TOTAL at rows 10–12, Terms from
  row 14); M {ZZ}'s one-column note (rows 3–9). O: 吴婷's "横向对比（按行看）" remarks on six rows; under the first block (A31) her
  初步意见.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: four quotes, each read inside its own block only, from its own title or stamp line (never the file names of row 2, never
  the addressee "致：…" / "To: Jinsha Micro-Loan…"); a row of the sheet is no record — its cells belong to four different
  documents. {JL}'s 说明 column holds its module list; its options section is below the 合计 and not in it; its numbered terms are
  terms ("9 | 维保期满后年费 | 20,000 | 元/年" is the yearly fee, never a line of the price). {HJ}'s 报价合计 is its price, its 价格构成
  the breakdown of it. {LS}'s TOTAL (incl. VAT) is its price (the subtotal is before VAT, the VAT row no price). 吴婷's column O, A1
  and her 初步意见 are the buyer's; the quote reference, dates and the phone number are no amounts.
Traps: CARELESS TOP PICK {JL}: 吴婷 reads across row 10 — "筠连15.6万（最低）；合江这一行是“权限”，价格没找到？" — and across row 18 —
  "筠连“按等保三级标准设计”，应该就是三级" — and recommends it ("建议先约筠连谈"). But its 156,000 has no risk model: "风控模型（评分卡＋
  决策引擎）" sits under "选配模块（未含在合计内，均为含税价）" at 38,000 — a personal-credit must-have, added: 194,000 — and its 等保 term is
  "系统按等保三级标准设计开发，可协助贵司完成等保测评（测评费用另计）": a claim, no filing — UNVERIFIED. {HJ}'s price is not missing, only
  eleven rows further down its own block than {JL}'s: "报价合计 | 22.6万元（含税，13%增值税专用发票）" (16.8 + 4.2 + 1.6). The careful pick
  is {HJ} (pass): 226,000 in the band; filing 51050043011-24006 for the system quoted; SM4 on ID / phone / card numbers; TLS1.2;
  RBAC; 12-month logs with tracing; 人行征信中心 + 百行 direct; every must-have and anti-fraud; 12 months with minor upgrades; free
  policy adaptation; 7×24, 1 h, named engineer; lifetime consulting; 2.4万 a year; all in the contract; full source. {LS} passes
  at "TOTAL (incl. VAT) 233,200" (220,000 + 6 %) with thin after-sales: bug fixes only with upgrades charged, regulatory changes
  quoted per change, business days and 4 hours, consulting during the warranty only, 6-month logs. {ZZ} is 98,000 and level 2:
  FAIL. (吴婷's "22万" for 乐山 on row 10 is the subtotal before VAT.)
Not settled and not asserted: the value recorded for {JL}'s claimed level (true as claimed, most likely); the standing of its
  risk model (conditional) and whether a `conditional` flag names it; whether its deferrable options (营销插件, 会员体系) are shown as
  options; the standing of {LS}'s false after-sales values (stated or conditional — the values are asserted); {ZZ}'s other
  values; whether 吴婷's column, A1, the file-name row and her 初步意见 are listed as skipped. None moves a gate or the pick.
"""
P_ALL = PC + CORE + ["anti_fraud"]
write_toml(C1.replace(".xlsx", ".toml"), c1_comment, "personal_credit", [C1], HJ,
           f"{HJ} proves the level-3 filing of the system it quotes and gives every personal-credit must-have and anti-fraud at 226,000 "
           f"含税 (in the 18–25万 band), with SM4, TLS, RBAC, 12-month logs, 人行 + 百行, 12 months including upgrades, free policy "
           f"adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, full source. The clerk's row-by-row pick {JL} "
           f"leaves the risk model to a 38,000 option (194,000 with it) and only claims level 3 (unverified); {LS} passes at 233,200 with "
           f"thin after-sales; {ZZ} is 98,000 and level 2 (fail).",
           [
               good(HJ, 226000, "Block F:G: '报价合计 | 22.6万元（含税，13%增值税专用发票）' (价格构成 16.8万 + 4.2万 + 1.6万). '已取得等保三级备案证明，编号"
                    "51050043011-24006，定级对象即本次报价系统'; SM4 on ID / phone / card numbers; HTTPS TLS1.2; RBAC; 12-month logs with "
                    "tracing; 人行征信中心 + 百行 direct; 个人征信查询、风控模型、反欺诈、还款计划及提醒、风控审批流、用户管理; 12 months with bug fixes and "
                    "minor upgrades; free policy adaptation; 7×24, 1 h, named engineer; lifetime consulting; '2.4万元/年'; all in the "
                    "contract; full unencrypted source. 吴婷's '价格没找到？' is hers: the price is at row 21 of the block.",
                    P_ALL, response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
               dict(vendor=JL, gate="unverified", price=194000,
                    why="Block A:D: '合计 | 156,000 | 以上均为含税价（6%增值税专用发票）' without the risk model; '选配模块（未含在合计内，均为含税价）' "
                        "'风控模型（评分卡＋决策引擎） | 38,000' — a must-have option at its price: 156,000 + 38,000 = 194,000 (营销插件, 会员体系 are "
                        "deferrable and not bought). Term 1 '系统按等保三级标准设计开发，可协助贵司完成等保测评（测评费用另计）' — a claim: UNVERIFIED. "
                        "Modules in 说明: 个人征信查询、反欺诈、还款计划及提醒、风控审批、用户管理. SM4 on ID / phone; HTTPS; roles; 12-month logs; 百行; "
                        "12 months with minor upgrades; free policy adaptation; 7×24; 2 h; lifetime consulting; '维保期满后年费 | 20,000 | 元/年'; "
                        "in the contract; full source. 吴婷's '15.6万（最低）' and '应该就是三级' are hers.",
                    values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                                policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                                annual_fee_after_warranty_cny=20000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="claimed", sm4_encryption="stated", free_maintenance_months="stated"),
                    fin=P_ALL, fex=BLOAT,
                    flin=["claimed"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                        "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                                        "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                                        "not_in_contract", "source_partial", "source_licence_only", "bloat_features",
                                        "no_anti_fraud"]),
               dict(vendor=LS, gate="pass", price=233200,
                    why="Block I:K (English): items 172,000 + 36,000 + 12,000 = 'Subtotal (excl. VAT) 220,000', 'VAT 6% 13,200', 'TOTAL (incl. "
                        "VAT) 233,200' — in the band. 'Level 3 filing certificate no. 51110043007-24003 (graded system: the system quoted)'; "
                        "SM4 for ID / mobile / card numbers; TLS 1.2; RBAC; 'Operation logs retained 6 months'; Baihang Credit, direct; every "
                        "must-have and anti-fraud; '12 months, bug fixes only; version upgrades charged'; regulatory changes 'Quoted "
                        "separately for each change'; 'Business days 9:00–18:00; response within 4 hours'; consulting 'During the warranty "
                        "period only'; 'AMC RMB 26,000 per year from year 2'; all in the contract; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                                policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                                annual_fee_after_warranty_cny=26000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", response_hours="stated"),
                    fin=P_ALL, fex=BLOAT,
                    flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                          "no_lifetime_consulting"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "missing_must_have", "no_sm4", "no_tls", "no_access_control",
                                        "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                                        "not_in_contract", "source_partial", "source_licence_only", "bloat_features",
                                        "no_anti_fraud"]),
               dict(vendor=ZZ, gate="fail", price=98000,
                    why="Block M: '报价：9.8万元（含税），一口价' — under 10万: FAIL; '等保：二级（备案证明51102543002-23011）' — level 2: FAIL. Modules "
                        "个人征信查询、风控模型、还款管理、风控审批、用户管理 (no anti-fraud); '免费维护3个月；工作日技术支持'; '仅授权使用，绑定域名' (licence "
                        "only). The phone number is no amount.",
                    values=dict(mlps_level3=False, free_maintenance_months=3, support_7x24=False,
                                source_code_delivery="licence_only"),
                    fin=PC + CORE, fex=["anti_fraud"] + BLOAT,
                    flin=["price_below_10w", "no_mlps_level3", "maintenance_under_12m", "no_7x24", "source_licence_only",
                          "no_anti_fraud"],
                    flex=["missing_must_have", "bloat_features"]),
           ])

# ---------------------------------------------------------------- case 02: replies pasted whole into one cell, the clerk's 〔〕 inside
C2 = "zzzw_02_ml_huifu_zhengduan_zhantie_gbk.csv"
BUYER2 = "荆州市沙市区楚商小额贷款有限公司"
JLS = "荆州江陵数科有限公司"
DJ = "宜昌点军软件有限公司"
ZH = "Jingmen Zhanghe Fintech Co., Ltd."
DD = "荆门掇刀信息技术有限公司"
YM = "孝感云梦软件有限公司"

R_JLS = ("江陵数科报价回复：1）报价：26.8万元（不含税）〔我电话问了对方销售小陈，他说开票不另加税，等于含税26.8万〕2）功能模块：企业征信查询、"
         "银行流水分析、电子合同、风控审批流、还款计划及提醒、用户管理，全部含在报价内 3）等保：三级测评中，预计2026年2月取得备案证明"
         "〔小陈说证书其实已经下来了，下周寄复印件过来〕4）数据安全：身份证号、手机号、统一社会信用代码SM4加密存储；全站HTTPS；RBAC角色权限 "
         "5）日志：操作日志保存12个月 6）征信：直连人行征信中心企业征信 7）售后：免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；"
         "7×24小时技术支持，2小时内响应；终身技术咨询 8）维保期满后年费：按合同额10%/年 9）以上条款写入合同 10）交付完整源码，无加密")
R_DJ = ("周经理您好，贵司询价回复如下：\n"
        "1）报价合计29.6万元（含税，13%增值税专用发票），其中源码授权21.8万元、部署实施5.6万元、培训2.2万元〔比江陵贵，下周约对方再谈谈价格〕\n"
        "2）功能模块：企业征信查询、银行流水分析、电子合同（CA签章）、风控审批流、还款计划及提醒、用户管理\n"
        "3）等保：已取得等保三级备案证明，编号42050043009-24012，定级对象为本次报价的经营贷业务系统〔编号我还没上网站查〕\n"
        "4）数据安全：统一社会信用代码、身份证号、手机号、银行卡号SM4加密存储；全站HTTPS（TLS1.2）；RBAC按岗位授权\n"
        "5）操作日志保存12个月，异常操作可追溯\n"
        "6）征信：直连人行征信中心，另接百行征信\n"
        "7）免费维护12个月（自验收之日起），含缺陷修复及小版本升级\n"
        "8）因监管政策变化的系统调整免费\n"
        "9）7×24小时技术支持，1小时内响应，专属工程师对接\n"
        "10）终身技术咨询\n"
        "11）维保期满后年费2.8万元/年\n"
        "12）以上条款全部写入合同\n"
        "13）交付完整源码，无加密，可二次开发\n"
        f"{DJ} 销售部 胡磊")
R_ZH = ("Dear Ms Zhou,\nThank you for your enquiry. Our reply:\n"
        "1) Price: RMB 238,000 incl. 13% VAT (source code licence, implementation and training)\n"
        "2) Modules included: enterprise credit report, bank statement analysis, risk approval workflow, repayment management, "
        "user management\n"
        "3) E-contract module is optional: + RMB 32,000 incl. VAT, not included in the price above〔电子合同我们必须要，这3.2万得加上〕\n"
        "4) MLPS: Level 3 filing certificate No. 42080043021-24009 (the system quoted)\n"
        "5) Data security: SM4 for ID and mobile numbers and the unified social credit code; HTTPS (TLS 1.2); role-based access "
        "control\n"
        "6) Operation logs retained 12 months\n"
        "7) Credit bureau: direct connection to the PBoC Credit Reference Center\n"
        "8) Warranty: 12 months, bug fixes only; version upgrades charged separately\n"
        "9) Regulatory changes: adapted free of charge\n"
        "10) Support: Mon-Fri 9:00-18:00, response within 4 hours〔英文的，意思是只有工作日〕\n"
        "11) Lifetime technical consultation\n"
        "12) AMC: RMB 30,000 per year from year 2\n"
        "13) All of the above written into the contract\n"
        "14) Full source code, unencrypted\n"
        f"Best regards,\nKevin Liu | Sales Manager | {ZH}")
R_DD = ("1）合计报价24.5万元（含税，13%专票）；2）功能：企业征信查询、电子合同、风控审批、还款管理、用户管理；银行流水分析模块暂未开发，可列入二期，"
        "费用另议〔二期大概多少钱没说，我再问〕；3）等保三级已取得，备案证明编号42080043011-23015；4）免费维护12个月，含缺陷修复及小版本升级；"
        "5）7×24小时技术支持，2小时内响应；6）交付完整源码。")
R_YM = "短信原文：周经理您好，感谢贵司邀请，我司近期项目排期已满，本次不参与报价，抱歉。〔11-25下午又打电话确认了，确实不报〕"

HDR2 = ["序号", "供应商", "回复日期", "回复方式", "回复原文（整段粘贴，〔〕内为周敏补记）", "初判（周敏）"]
ROWS2 = [
    ["经营贷系统源码询价回复登记（采购部 周敏）", "", "", "", "", ""],
    ["说明：各家回复按对方微信/邮件/报价函原文整段粘贴在“回复原文”列，对方自己的编号（1）2）3）…）原样保留；〔〕里的字是我打电话核实或"
     "自己补记的，不是对方原话。“初判”列是我个人看法，仅供参考。", "", "", "", "", ""],
    ["", "", "", "", "", ""],
    HDR2,
    [1, JLS, "2025-11-20", "微信文字", R_JLS, "首选：含税26.8万，五家里最便宜；等保证书已经下来了；售后齐全"],
    [2, DJ, "2025-11-21", "邮件", R_DJ, "贵，备选"],
    [3, ZH, "2025-11-21", "邮件（英文）", R_ZH, "电子合同要另加，加上后27万；售后只有工作日"],
    [4, DD, "2025-11-24", "报价函PDF（盖章）", R_DD, "便宜，但流水分析没有"],
    [5, YM, "2025-11-25", "短信", R_YM, "放弃"],
]
write_csv(C2, ROWS2, "gbk")

c2_comment = f"""
Voice: {BUYER2} (经营性贷款 to stallholders and small traders in 沙市's wholesale markets; no cross-border business; the
  merchant-loan band 25–35万). The purchasing clerk 周敏 sent the inquiry to five vendors and kept a register of the replies for the
  evaluation meeting: she pasted each reply whole into one cell — a WeChat text, two e-mails (one in English), a stamped letter, an
  SMS — and, to save time, typed what she heard on the phone into the middle of the vendors' words, in 〔〕.
Layout: GBK CSV, CRLF: a title line, a 说明 line ("〔〕里的字是我打电话核实或自己补记的，不是对方原话。“初判”列是我个人看法"), a blank
  line, the header 序号 | 供应商 | 回复日期 | 回复方式 | 回复原文（整段粘贴，〔〕内为周敏补记） | 初判（周敏）, five rows. {JLS}'s and {DD}'s
  replies are one run of text, the vendor's numbering "1）…2）…" running straight on from the clause before ("（不含税）〔…〕2）功能模块");
  {DJ}'s and {ZH}'s are mails of one numbered line each; {YM}'s an SMS.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per row, the vendor in 供应商 (and the reply's own signature); the reply's words are the vendor's, each numbered
  clause read for what it states; the numbers 1）…14） are clause numbers, never amounts; the vendor's own brackets （不含税）, （含税，
  13%…） are its words, while everything in 〔〕 is 周敏's, by her own legend — phone hearsay and her remarks, never the vendor's word;
  初判 is hers. An SMS declining ("本次不参与报价") is no quote.
Traps: CARELESS TOP PICK {JLS}: 周敏's 初判 "首选：含税26.8万，五家里最便宜；等保证书已经下来了；售后齐全", built on her own 〔〕 notes
  ("他说开票不另加税，等于含税26.8万", "小陈说证书其实已经下来了"). The vendor's written words say "26.8万元（不含税）" — no rate named: 268,000 ×
  1.13 = 302,840 — and "等保：三级测评中，预计2026年2月取得备案证明": in progress, UNVERIFIED. The careful pick is {DJ} (pass), "贵，备选"
  to 周敏: "报价合计29.6万元（含税，13%增值税专用发票）" (21.8 + 5.6 + 2.2) in the band; filing 42050043009-24012 for the system quoted
  (her "编号我还没上网站查" changes nothing); SM4 on the credit code, ID, phone and card numbers; TLS1.2; RBAC; 12-month logs with tracing;
  人行征信中心 + 百行 direct; every merchant-loan must-have; 12 months with minor upgrades; free policy adaptation; 7×24, 1 h, named
  engineer; lifetime consulting; 2.8万 a year; all in the contract; full source. {ZH} (English) passes at 238,000 + the e-contract
  option "+ RMB 32,000 incl. VAT" = 270,000 (a must-have), with bug fixes only, office hours and 4 hours. {DD} is 245,000 but "银行流水
  分析模块暂未开发，可列入二期，费用另议" — a must-have not in this delivery: FAIL. {YM} declined by SMS: no quote.
Not settled and not asserted: {JLS}'s yearly fee ("按合同额10%/年" of a price its words leave before tax); the standing of {ZH}'s
  upgrades and support values (conditional or stated — the values are asserted) and of its e-contract (conditional); {DD}'s values
  beyond its level and maintenance period; whether the 〔〕 notes and 初判 are listed as skipped and whether {YM} is listed as a
  decline. None moves a gate or the pick.
"""
M_ALL = ML + CORE + ["repayment_management"]
write_toml(C2.replace(".csv", ".toml"), c2_comment, "merchant_loan", [C2], DJ,
           f"{DJ} proves the level-3 filing of the system it quotes and gives every merchant-loan must-have at 296,000 含税 (in the 25–35万 "
           f"band), with SM4, TLS, RBAC, 12-month logs, 人行 + 百行, 12 months including upgrades, free policy adaptation, 7×24 within 1 "
           f"hour, lifetime consulting, all in the contract, full source. The clerk's 首选 {JLS} rests on her own bracketed phone notes: its "
           f"written reply is 26.8万 before tax (302,840) and level 3 still under assessment (unverified); {ZH} passes at 270,000 with the "
           f"e-contract option and office-hours support; {DD} leaves bank-statement analysis to phase 2 (fail); {YM} declined.",
           [
               good(DJ, 296000, "Mail: '1）报价合计29.6万元（含税，13%增值税专用发票），其中源码授权21.8万元、部署实施5.6万元、培训2.2万元'; every must-have "
                    "(企业征信查询、银行流水分析、电子合同（CA签章）、风控审批流、还款计划及提醒、用户管理); '已取得等保三级备案证明，编号42050043009-24012，"
                    "定级对象为本次报价的经营贷业务系统'; SM4 on the credit code, ID, phone and card numbers; HTTPS TLS1.2; RBAC; 12-month logs "
                    "with tracing; 人行征信中心 + 百行 direct; 12 months with minor upgrades; free policy adaptation; 7×24, 1 h, named engineer; "
                    "lifetime consulting; '2.8万元/年'; all in the contract; full source. 〔比江陵贵…〕 and 〔编号我还没上网站查〕 are 周敏's.",
                    M_ALL, response_hours=1, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
               dict(vendor=JLS, gate="unverified", price=302840,
                    why="WeChat text: '1）报价：26.8万元（不含税）' — no rate named, the default 13 %: 302,840 (〔…等于含税26.8万〕 is 周敏's phone note). "
                        "'3）等保：三级测评中，预计2026年2月取得备案证明' — in progress: UNVERIFIED (〔小陈说证书其实已经下来了…〕 is hearsay). Every "
                        "must-have; SM4 on ID / phone / credit code; HTTPS; RBAC; 12-month logs; 人行征信中心 企业征信 direct; 12 months with minor "
                        "upgrades; free policy adaptation; 7×24; 2 h; lifetime consulting; '按合同额10%/年'; in the contract; full source.",
                    values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                                policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                                commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="claimed", sm4_encryption="stated", free_maintenance_months="stated"),
                    fin=M_ALL, fex=BLOAT,
                    flex=PRICE_FLAGS + ["missing_must_have", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                        "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                                        "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                                        "not_in_contract", "source_partial", "source_licence_only", "bloat_features"]),
               dict(vendor=ZH, gate="pass", price=270000,
                    why="English mail: '1) Price: RMB 238,000 incl. 13% VAT'; '3) E-contract module is optional: + RMB 32,000 incl. VAT, not "
                        "included in the price above' — a must-have option: 270,000 (〔电子合同我们必须要…〕 is 周敏's). 'Level 3 filing certificate "
                        "No. 42080043021-24009 (the system quoted)'; SM4 on ID / mobile numbers and the credit code; TLS 1.2; RBAC; 12-month "
                        "logs; PBoC Credit Reference Center direct; '12 months, bug fixes only; version upgrades charged separately'; "
                        "regulatory changes free; 'Mon-Fri 9:00-18:00, response within 4 hours'; lifetime consultation; 'AMC: RMB 30,000 per "
                        "year from year 2'; all in the contract; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                                policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                                annual_fee_after_warranty_cny=30000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", response_hours="stated"),
                    fin=M_ALL, fex=BLOAT,
                    flin=["maintenance_excludes_upgrades", "no_7x24", "response_over_2h"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "missing_must_have", "no_sm4", "no_tls", "no_access_control",
                                        "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                                        "policy_adaptation_charged", "no_lifetime_consulting", "not_in_contract",
                                        "source_partial", "source_licence_only", "bloat_features"]),
               dict(vendor=DD, gate="fail", price=245000,
                    why="Letter: '1）合计报价24.5万元（含税，13%专票）'; '2）功能：企业征信查询、电子合同、风控审批、还款管理、用户管理；银行流水分析模块暂未开发，"
                        "可列入二期，费用另议' — a must-have not in this delivery: FAIL. '等保三级已取得，备案证明编号42080043011-23015'; 12 months with "
                        "minor upgrades; 7×24, 2 h; full source.",
                    values=dict(mlps_level3=True, free_maintenance_months=12),
                    fin=["enterprise_credit", "contract_management", "risk_approval", "repayment_management", "user_management"],
                    fex=["cashflow_analysis"] + BLOAT,
                    flin=["missing_must_have"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "maintenance_under_12m", "bloat_features"]),
           ])

# ---------------------------------------------------------------- case 03: a WeCom 汇报 export of the team's daily reports
C3 = "zzzw_03_ci_qiwei_huibao_daochu.xlsx"
BUYER3 = "潍坊寒亭区虞河小额贷款有限公司"
WC = "潍坊潍城数科有限公司"
TS = "青州驼山软件有限公司"
FZ = "潍坊坊子信息技术有限公司"
SG = "寿光菜都数据科技有限公司"
CL = "昌乐宝石软件有限公司"

Q_WC1 = (f"【潍城数科 邮件 11-19 原文】\n{WC}　消费分期系统源码报价\n"
         "一、报价：22.8万元（含税，13%增值税专用发票），含源码授权、部署实施、培训\n"
         "二、功能模块：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理\n"
         "三、等保：本系统在多家客户处通过等保三级测评\n"
         "四、数据安全：身份证号、手机号SM4加密存储；全站HTTPS；RBAC角色权限\n"
         "五、日志：操作日志保存12个月\n"
         "六、征信接口：百行征信\n"
         "七、售后：免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；终身技术咨询\n"
         "八、维保期满后年费2.2万元/年\n"
         "九、以上条款写入合同；交付完整源码，无加密")
Q_TS = (f"【青州驼山 微信文字 11-21 原文】（对方销售王经理发来的文字，原样复制）\n{TS}报价：\n"
        "1.报价合计24.8万元（含税13%），源码授权18.6万＋部署实施4.2万＋培训2万\n"
        "2.功能：商品管理、分期计算器（含等额本息/等额本金试算）、订单跟踪（含物流状态）、风控审批、还款计划及提醒、用户管理\n"
        "3.等保：已取得等保三级备案证明，编号37070043012-24008，定级对象为本次报价的消费分期系统\n"
        "4.安全：身份证号、手机号、银行卡号SM4加密；全站HTTPS（TLS1.2）；RBAC按岗位授权；操作日志保存12个月，异常操作可追溯\n"
        "5.征信：百行征信、朴道征信\n"
        "6.售后：免费维护12个月，含缺陷修复和小版本升级；监管政策变化引起的调整免费；7×24小时技术支持，1小时内响应，专属工程师；终身技术咨询\n"
        "7.维保期满后年费2.5万元/年\n"
        "8.以上全部写入合同；交付完整源码，无加密，可二次开发")
Q_FZ = (f"【坊子信息 报价函PDF 11-21 原文摘录】\n{FZ}　报价函\n"
        "一、报价：19.6万元（不含税，增值税税率6%）\n"
        "二、功能：商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理\n"
        "三、等保三级：已取得，备案证明编号37070343005-23017\n"
        "四、数据加密：SM4（身份证号、手机号）；HTTPS；权限管理：按角色授权；操作日志保存6个月\n"
        "五、征信：百行征信\n"
        "六、售后：免费维护6个月，仅修复缺陷，不含升级；政策适配按次收费；工作日9:00-17:30技术支持，4小时内响应；不提供终身技术咨询\n"
        "七、维保期满后年费：1.8万元/年\n"
        "八、以上条款写入合同\n"
        "九、源码：完整源码")
Q_WC2 = ("【潍城数科 邮件 11-25 原文】\n周经理您好：经内部复核，订单跟踪模块不在标准版内，为选配模块，另加2.8万元（含税）；"
         "其余内容与11月19日报价一致。")
Q_SG = (f"【寿光菜都 报价函 11-25 原文摘录】\n{SG}\n"
        "1、报价：18.8万元（含税）\n"
        "2、功能：分期计算器、订单跟踪、风控审批、还款管理、用户管理；商品管理需贵司自行对接商城系统，本系统不含\n"
        "3、等保：已取得三级备案证明（37078343002-24005）\n"
        "4、售后：免费维护12个月，含小版本升级；7×24小时技术支持，2小时内响应\n"
        "5、源码：核心风控引擎加密，其余源码开放")
Q_CL = f"【昌乐宝石 邮件 11-27 原文】\n{CL}：感谢贵司邀请，因我司近期交付任务饱和，本次不参与报价。"

HDR3 = ["序号", "汇报名称", "汇报人", "所在部门", "提交时间", "汇报对象", "1.今日工作", "2.供应商书面答复（粘贴原文，注明来源）",
        "3.需协调事项", "4.明日计划", "附件", "已读", "回复"]
REPORTS = [
    ["周晓的采购询价日报", "周晓", "采购部", "2025-11-17 17:45", "赵建国", "1. 向5家发出消费分期系统源码询价函（邮件）：潍城数科、青州驼山、坊子信息、"
     "寿光菜都、昌乐宝石；2. 约潍城、青州驼山下周来演示", "（今日无）", "预算请赵总确认，按25万左右？", "跟进各家回复", None, "已读 1/1",
     "赵建国：预算先按30万以内控制。（11-17 18:20）"],
    ["周晓的采购询价日报", "周晓", "采购部", "2025-11-19 18:02", "赵建国", "收到潍城数科书面报价（见第2项）", Q_WC1, "无", "催青州驼山、坊子信息回复",
     "潍城数科_报价.pdf", "已读 1/1", None],
    ["刘畅的采购询价日报", "刘畅", "信息科技部", "2025-11-20 17:30", "赵建国;周晓", "上午看了潍城数科的演示：商品上架、分期试算、订单状态都跑通了，"
     "界面比较顺手。对方销售手机里给我看了等保三级证书的照片（没拍清编号）。个人感觉潍城最成熟。下午看了青州驼山演示，也都能跑，界面一般。", "（无）",
     "无", "整理两家演示问题清单", "IMG_3321.jpg（潍城演示截图）", "已读 2/2", "赵建国：潍城不错，先按潍城推进。（11-20 21:05）"],
    ["周晓的采购询价日报", "周晓", "采购部", "2025-11-21 18:10", "赵建国", "收到青州驼山、坊子信息书面报价（见第2项）", Q_TS + "\n\n" + Q_FZ,
     "坊子的价格是不含税的，比较时要注意", "催寿光菜都", "坊子信息_报价函.pdf", "已读 1/1", None],
    ["王磊的采购询价日报", "王磊", "风控部", "2025-11-24 17:50", "赵建国", "按赵总要求做客户回访：1. 潍城数科的老客户（安丘一家小贷公司）风控经理说"
     "潍城的系统去年就过了等保三级，用着挺稳定；2. 寿光菜都的客户说售后响应偏慢。", "（无）", "无", "继续回访坊子信息的客户", None, "已读 1/1",
     "赵建国：好。（11-24 20:02）"],
    ["周晓的采购询价日报", "周晓", "采购部", "2025-11-25 18:00", "赵建国", "收到潍城数科补充说明、寿光菜都报价函（见第2项）", Q_WC2 + "\n\n" + Q_SG,
     "潍城订单跟踪要另加2.8万", "汇总对比表", None, "已读 1/1", None],
    ["孙悦的采购询价日报", "孙悦", "总经理办公室", "2025-11-26 19:12", "赵建国;周晓", "赵总下午电话和青州驼山王经理谈价，王经理口头答应最终可以降到"
     "21万，说下周发书面的。", "（暂无书面）", "无", "等青州驼山书面确认", None, "已读 2/2", None],
    ["周晓的采购询价日报", "周晓", "采购部", "2025-11-27 17:40", "赵建国", "昌乐宝石回复不参与（见第2项）；对比表初稿已发赵总", Q_CL,
     "赵总，潍城的等保证书复印件要不要催一下？", "准备评审会材料", "消费分期系统询价对比表（初稿）.xlsx", "已读 1/1",
     "赵建国：不用催了，刘畅看过照片。下周定潍城。（11-27 20:15）"],
]

wb = Workbook()
ws = wb.active
ws.title = "汇报数据"
ws.append(["企业微信 · 汇报 · 导出数据　模板：采购询价日报　时间范围：2025-11-17 至 2025-11-28　导出人：周晓　导出时间：2025-11-28 09:31"])
ws.append(HDR3)
for k, rep in enumerate(REPORTS, 1):
    ws.append([k] + rep)
ws.merge_cells("A1:M1")
for row in ws.iter_rows(min_row=1):
    for c in row:
        c.alignment = LEFT
for c in ws[2]:
    c.font = Font(bold=True)
    c.fill = HEAD
ws.cell(1, 1).font = Font(bold=True)
for col, w in zip("ABCDEFGHIJKLM", [5, 18, 8, 12, 17, 12, 44, 70, 24, 20, 24, 9, 34]):
    ws.column_dimensions[col].width = w
_save(wb, C3)

c3_comment = f"""
Voice: {BUYER3} (消费分期 for phones, home appliances and e-bikes sold through partner shops around 寒亭; no cross-border business;
  the consumer-instalment band 20–30万). Nobody kept a comparison table: the team reported through 企业微信's 汇报 with a template
  "采购询价日报" the office set up, and for the evaluation meeting the purchasing officer 周晓 exported two weeks of reports from the
  WeCom admin console.
Layout: .xlsx, one sheet 汇报数据: the export line (template, date range, who exported), the header 序号 | 汇报名称 | 汇报人 | 所在部门 | 提交时间 |
  汇报对象 | 1.今日工作 | 2.供应商书面答复（粘贴原文，注明来源） | 3.需协调事项 | 4.明日计划 | 附件 | 已读 | 回复, eight reports in date order by four
  people (周晓 采购部, 刘畅 信息科技部, 王磊 风控部, 孙悦 总经理办公室). The vendors' own words stand only in control 2, each opened by
  "【short name 来源 date 原文】" and the company's own heading; two vendors share one cell on 11-21 and on 11-25. 回复 holds the general
  manager 赵建国's replies.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per company, read from the pasted written words (邮件, 微信文字, 报价函) under control 2 — a mailbox in effect, the
  latest written word of a vendor governing where it speaks ("其余内容与11月19日报价一致" keeps the rest). Control 1, 3 and 4, the
  attachments' names, 已读 and 回复 are the buyer's people: a demo impression, a certificate photo seen on a rep's phone, a reference
  customer's words, a price said on the phone to the GM, the GM's decision — listed, never the vendor's. The budget "30万以内" is no
  price. A vendor that writes it will not quote made no quote.
Traps: CARELESS TOP PICK {WC}: 刘畅 "个人感觉潍城最成熟" and saw "等保三级证书的照片（没拍清编号）" on the rep's phone; 王磊's reference
  customer says "潍城的系统去年就过了等保三级"; the GM decides "下周定潍城"; its first mail says 22.8万 含税 with every module. But its
  written 等保 line is "本系统在多家客户处通过等保三级测评" — clients' deployments, no filing of its own: a claim, UNVERIFIED — and its
  11-25 mail moves order tracking out: "订单跟踪模块不在标准版内，为选配模块，另加2.8万元（含税）" — a must-have at its price: 256,000.
  A second careless reading takes {TS} at the "21万" its rep promised the GM on the phone (孙悦's report, "暂无书面"): its written price is
  "1.报价合计24.8万元（含税13%）" (18.6 + 4.2 + 2). The careful pick is {TS} (pass) at 248,000 in the band: filing 37070043012-24008 for the
  system quoted; SM4 on ID / phone / card numbers; TLS1.2; RBAC; 12-month logs with tracing; 百行 + 朴道; every instalment must-have;
  12 months with minor upgrades; free policy adaptation; 7×24, 1 h, named engineer; lifetime consulting; 2.5万 a year; all in the
  contract; full source. {FZ} passes at "19.6万元（不含税，增值税税率6%）" = 207,760 with thin after-sales (6 months bug fixes only,
  policy work per change, office hours, 4 h, no consulting, 6-month logs). {SG} is 188,000 but "商品管理需贵司自行对接商城系统，本系统不含":
  a must-have absent — FAIL (and its risk engine encrypted: partial source). {CL} declined.
Not settled and not asserted: the value recorded for {WC}'s claimed level; the standing of its order tracking (conditional) and
  whether a `conditional` flag names it; the standing of {FZ}'s false after-sales values (the values are asserted); {SG}'s values
  beyond its level and source; whether the other controls, attachments and 回复 are listed as skipped, and whether {CL} is listed
  as a decline. None moves a gate or the pick.
"""
I_ALL = CI + CORE + ["repayment_management"]
write_toml(C3.replace(".xlsx", ".toml"), c3_comment, "consumer_installment", [C3], TS,
           f"{TS}'s written reply proves the level-3 filing of the system it quotes and gives every instalment must-have at 248,000 含税 "
           f"(in the 20–30万 band), with SM4, TLS, RBAC, 12-month logs, 百行 + 朴道, 12 months including upgrades, free policy adaptation, "
           f"7×24 within 1 hour, lifetime consulting, all in the contract, full source. The GM's choice {WC} only claims level 3 through "
           f"its clients (unverified) and later made order tracking a 2.8万 option (256,000); the phone promise of 21万 from {TS} is not "
           f"in writing; {FZ} passes at 207,760 with thin after-sales; {SG} leaves out the goods catalogue (fail); {CL} declined.",
           [
               good(TS, 248000, "Report 11-21, control 2, '【青州驼山 微信文字 11-21 原文】': '1.报价合计24.8万元（含税13%），源码授权18.6万＋部署实施4.2万＋培训2万'; "
                    "商品管理、分期计算器、订单跟踪、风控审批、还款计划及提醒、用户管理; '已取得等保三级备案证明，编号37070043012-24008，定级对象为本次报价的"
                    "消费分期系统'; SM4 on ID / phone / card numbers; HTTPS TLS1.2; RBAC; 12-month logs with tracing; 百行 + 朴道; 12 months "
                    "with minor upgrades; free policy adaptation; 7×24, 1 h, named engineer; lifetime consulting; '2.5万元/年'; all in the "
                    "contract; full source. 孙悦's '王经理口头答应最终可以降到21万' is a phone word reported by the buyer's side, no price.",
                    I_ALL, response_hours=1, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
               dict(vendor=WC, gate="unverified", price=256000,
                    why="Mail 11-19: '22.8万元（含税，13%增值税专用发票）', every module; mail 11-25: '订单跟踪模块不在标准版内，为选配模块，另加2.8万元"
                        "（含税）；其余内容与11月19日报价一致' — a must-have at its price: 256,000. '本系统在多家客户处通过等保三级测评' — clients' "
                        "deployments, a claim: UNVERIFIED (刘畅's photo, 王磊's reference call and 赵建国's '下周定潍城' are the buyer's). SM4 on ID / "
                        "phone; HTTPS; RBAC; 12-month logs; 百行; 12 months with minor upgrades; free policy adaptation; 7×24; 2 h; lifetime "
                        "consulting; '2.2万元/年'; in the contract; full source.",
                    values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                                policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                                annual_fee_after_warranty_cny=22000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="claimed", sm4_encryption="stated", free_maintenance_months="stated"),
                    fin=I_ALL, fex=BLOAT,
                    flin=["claimed"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                        "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                                        "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                                        "not_in_contract", "source_partial", "source_licence_only", "bloat_features"]),
               dict(vendor=FZ, gate="pass", price=207760,
                    why="Report 11-21, '【坊子信息 报价函PDF 11-21 原文摘录】': '19.6万元（不含税，增值税税率6%）' = 196,000 × 1.06 = 207,760, in the band. "
                        "'等保三级：已取得，备案证明编号37070343005-23017'; SM4 on ID / phone; HTTPS; role-based access; 6-month logs; 百行; "
                        "商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理; '免费维护6个月，仅修复缺陷，不含升级'; '政策适配按次收费'; '工作日9:00-17:30"
                        "技术支持，4小时内响应'; '不提供终身技术咨询'; '1.8万元/年'; in the contract; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                                licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                                policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                                annual_fee_after_warranty_cny=18000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", response_hours="stated",
                                lifetime_consulting="stated"),
                    fin=I_ALL, fex=BLOAT,
                    flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                          "response_over_2h", "no_lifetime_consulting"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "missing_must_have", "no_sm4", "no_tls", "no_access_control",
                                        "audit_log_under_6m", "no_licensed_credit_bureau", "not_in_contract",
                                        "source_partial", "source_licence_only", "bloat_features"]),
               dict(vendor=SG, gate="fail", price=188000,
                    why="Report 11-25, '【寿光菜都 报价函 11-25 原文摘录】': '18.8万元（含税）'; '分期计算器、订单跟踪、风控审批、还款管理、用户管理；商品管理需贵司"
                        "自行对接商城系统，本系统不含' — a must-have stated absent: FAIL. '已取得三级备案证明（37078343002-24005）'; 12 months with "
                        "minor upgrades; 7×24, 2 h; '核心风控引擎加密，其余源码开放' (partial source). 王磊's '售后响应偏慢' is hearsay.",
                    values=dict(mlps_level3=True, free_maintenance_months=12, source_code_delivery="partial"),
                    fin=["installment_calculator", "order_tracking", "risk_approval", "repayment_management", "user_management"],
                    fex=["product_management"] + BLOAT,
                    flin=["missing_must_have", "source_partial"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "maintenance_under_12m", "bloat_features"]),
           ])
