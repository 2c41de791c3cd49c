"""Blind cases zzzy_*: "plain tables, careful words" (second set) — a clerk's table, the vendors' phrasings the test.

01 a 综合部 clerk's 比价表 for a personal-credit system, criteria down column A, four vendors across: a price in 大写 with its 小写 in
   brackets, "三级（证书编号在招标文件附件5）", "国密SM4（敏感字段），其余AES", "日志保存180天", "自合同签订之日起12个月（含试运行期）",
   "服务承诺以附件《SLA》为准，SLA作为合同附件" — and, at the cheapest price, a risk model whose "模型服务需贵司另行向第三方采购";
02 an IT department's 比价表 exported from its OA as a UTF-8 CSV with a BOM, one row per vendor (merchant loans):
   "标准版23.8万/高级版28.8万（报价按高级版）", "22.8万元（含税），不含银行流水分析模块（该模块另行报价）" beside a module list naming it,
   "25万（含税）+ 服务器另购", "一年免费，第二年起按年付费", "工作日响应，节假日另行约定", "人行企业征信（需贵司自行申请接入资质）",
   "提供源代码（不含第三方商业组件）";
03 a Hengqin lender's English procurement sheet for consumer instalments, one row per vendor: "RMB 0.26 million (tax incl.)",
   "Logs kept 180 days", "Order tracking: scheduled for release 3.0 (Q3 2026), not part of this delivery", "CNY 238,000 excl. VAT
   (VAT 6%)", "Business-day support; holidays by separate arrangement", a price "to be confirmed after the requirements workshop".
Expectations written from shared/domain.md and docs/analyst-reading.md only; the product was not run on these files.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Border, Font, PatternFill, Side

sys.path.insert(0, str(Path(__file__).resolve().parent))
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, LEFT, _save, write_csv, write_toml  # noqa: E402

PRICE_FLAGS = ["price_below_10w", "price_below_15w", "price_over_budget", "price_missing"]
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="D9E1F2")


def _style(ws, widths):
    for c in ws[2]:
        c.font = Font(bold=True)
        c.fill = HEAD
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = LEFT
            c.border = BOX
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws["A1"].font = Font(bold=True)


# ---------------------------------------------------------------- case 01: criteria down, vendors across (personal credit)
C1 = "zzzy_01_pc_bijiabiao_fujian_sla.xlsx"
BUYER1 = "九江市浔阳区浔商小额贷款有限公司"
HG = "南昌红谷数科有限公司"
ZG = "赣州章贡软件有限公司"
XZ = "上饶信州信息技术有限公司"
ZS = "景德镇珠山网络科技有限公司"

ITEMS1 = [
    # label, 红谷, 章贡, 信州, 珠山
    ("报价",
     "贰拾叁万伍仟元（¥235,000.00）含税",
     "19.8万元（含税）",
     "24.6万元（含税）",
     "13.8万元（含税）"),
    ("功能模块",
     "人行二代征信查询、风控模型（评分卡＋规则引擎）、反欺诈、还款计划及还款提醒、风控审批、用户管理",
     "人行二代征信查询、反欺诈、还款计划及还款提醒、风控审批、用户管理；风控模型：提供对接接口，模型服务需贵司另行向第三方采购",
     "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理",
     "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理"),
    ("等保",
     "三级（证书编号在招标文件附件5）",
     "等保三级（备案证明编号36070243009-24001）",
     "已取得等保三级（备案证明编号36110043011-24003）",
     "等保二级（备案证明编号36020043001-23005）"),
    ("数据加密",
     "国密SM4（敏感字段），其余AES",
     "身份证号、手机号、银行卡号SM4加密存储",
     "身份证号、手机号SM4加密",
     "身份证号、手机号SM4加密"),
    ("传输加密", "全站HTTPS（TLS1.2）", "全站HTTPS（TLS1.2）", "HTTPS", "HTTPS"),
    ("权限管理", "RBAC角色权限，按岗位分配", "RBAC角色权限", "按角色授权", "按角色授权"),
    ("日志保存", "日志保存180天", "操作日志保存12个月，异常操作可追溯", "操作日志保存12个月", "操作日志保存6个月"),
    ("征信接口", "百行征信、朴道征信（均已直连）", "百行征信（已直连）", "人行二代征信（需贵司自行申请接入资质）", "百行征信"),
    ("免费维护期",
     "免费维护期：自合同签订之日起12个月（含试运行期）",
     "12个月（自验收之日起）",
     "一年免费，第二年起按年付费",
     "12个月"),
    ("维护范围", "缺陷修复及小版本升级", "缺陷修复及小版本升级", "仅修复缺陷，不含版本升级", "缺陷修复及小版本升级"),
    ("政策适配", "监管政策调整免费适配", "监管政策调整免费适配", "重大政策调整另行报价", "免费"),
    ("技术支持", "7×24小时", "7×24小时", "工作日响应，节假日另行约定", "7×24小时"),
    ("响应时间", "2小时内响应，专属工程师对接", "1小时内响应", "4小时内响应", "2小时内"),
    ("技术咨询", "终身免费技术咨询", "终身免费技术咨询", "合同期内免费咨询", "终身技术咨询"),
    ("维保期满后费用", "2.4万元/年", "2万元/年", "按年付费，金额另行协商", "1.5万元/年"),
    ("写入合同", "服务承诺以附件《SLA》为准，SLA作为合同附件", "以上承诺全部写入合同", "是", "写入合同"),
    ("源码交付", "完整源码，无加密，可二次开发", "完整源码，无加密", "提供源代码（不含第三方商业组件）", "完整源码"),
]

wb = Workbook()
ws = wb.active
ws.title = "比价表"
ws.append(["个人信用贷系统源码比价表（按各供应商书面报价单照录）　综合部 2025-12-04"])
ws.append(["比较项目", HG, ZG, XZ, ZS])
for row in ITEMS1:
    ws.append(list(row))
ws.merge_cells("A1:E1")
_style(ws, {"A": 14, "B": 38, "C": 40, "D": 36, "E": 34})
_save(wb, C1)

c1_comment = f"""
Voice: {BUYER1} (个人信用贷 to salaried staff and small shopkeepers around 浔阳; no cross-border business; the personal-credit band
  18–25万). The 综合部 clerk copied each vendor's written quote into her usual comparison sheet, cell by cell, as written
  ("按各供应商书面报价单照录").
Layout: .xlsx, one sheet 比价表: a title in A1, the header 比较项目 | {HG} | {ZG} | {XZ} | {ZS} in row 2, then 17 criteria in rows
  3–19 (报价, 功能模块, 等保, 数据加密, 传输加密, 权限管理, 日志保存, 征信接口, 免费维护期, 维护范围, 政策适配, 技术支持, 响应时间, 技术咨询,
  维保期满后费用, 写入合同, 源码交付). Nothing else on the sheet.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: four quotes, one per column, each cell the vendor's own words. {HG}'s "贰拾叁万伍仟元（¥235,000.00）含税" is 235,000 (大写 and 小写
  agree). Its 等保 cell "三级（证书编号在招标文件附件5）" is level 3 in the row for 等保, its number held in an annex: read for the level, as
  "等保三级，详见附件" is — stated. "国密SM4（敏感字段），其余AES" is SM4 on the sensitive fields, exactly what is asked (AES on the rest
  takes nothing away): stated. "日志保存180天" is six months — the regulator's floor, met. "自合同签订之日起12个月（含试运行期）" is twelve free
  months, stated (they run from signing and the trial run eats into them; still twelve). "服务承诺以附件《SLA》为准，SLA作为合同附件" puts
  the service promises in an annex of the contract: in the contract. "人行二代征信查询" is the personal credit report.
  {ZG}'s module list ends "风控模型：提供对接接口，模型服务需贵司另行向第三方采购": the vendor delivers a connector, the risk model itself is
  for the buyer to buy from a third party — a must-have missing from this quote (never an option: no price, no seller of its own).
  {XZ}'s "一年免费，第二年起按年付费" is twelve free months, its fee after them not given ("按年付费，金额另行协商"); "工作日响应，节假日另行约定"
  is no 7×24; "重大政策调整另行报价" is policy work charged for the major changes; "合同期内免费咨询" no lifetime consulting.
  {ZS} holds level 2 only.
Traps: CARELESS TOP PICK {ZG}: the cheapest quote in the band at 19.8万, filing number, SM4 on three fields, 12-month logs, 百行 direct,
  twelve months with upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, full source — and
  "风控模型" appears in its module cell. But the model is not delivered: missing must-have, FAIL. Meanwhile {HG}'s cells all read like
  hedges to a hurried eye (a number "in an annex", "其余AES", 180 days instead of months, promises "以附件《SLA》为准"), and its price is in
  大写. The careful pick is {HG} (pass): 235,000 in the band, level 3, SM4 on the sensitive fields, TLS1.2, RBAC, six months of logs,
  百行 + 朴道 direct, every personal-credit must-have and anti-fraud, 12 months with minor upgrades, free policy adaptation, 7×24, 2 h to a
  named engineer, lifetime consulting, 2.4万 a year, the SLA in the contract, full source. {XZ} passes at 246,000 with thinner terms.
  {ZS}, at 138,000, holds level 2 only: FAIL.
Not settled and not asserted: the standing recorded for {HG}'s commitments_in_contract (the value is asserted; whether "以附件《SLA》为准"
  leaves a question is not) and hence whether an `unconfirmed` or `claimed` flag appears on it; {XZ}'s bureau "人行二代征信（需贵司自行申请接入资质）"
  (PBoC is licensed; the access qualification is the lender's to obtain — stated, conditional or claimed is not settled), its yearly
  fee (not given), its source "提供源代码（不含第三方商业组件）" (full or partial) and the standing of its 7×24 / policy values (the values
  are asserted); {ZG}'s values beyond the gate; {ZS}'s values beyond the level and the price. None moves a gate or the pick.
"""
P_ALL = PC + CORE + ["anti_fraud"]
GOOD1 = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
             licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
             policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
             commitments_in_contract=True, annual_fee_after_warranty_cny=24000, source_code_delivery="full")
ST1 = {k: "stated" for k in ("mlps_level3", "sm4_encryption", "tls", "access_control", "audit_log_months",
                             "licensed_credit_bureau", "free_maintenance_months", "maintenance_includes_upgrades",
                             "policy_adaptation_free", "support_7x24", "response_hours", "lifetime_consulting")}
write_toml(C1.replace(".xlsx", ".toml"), c1_comment, "personal_credit", [C1], HG,
           f"{HG} holds level 3 (its number in annex 5) and gives every personal-credit must-have and anti-fraud at 235,000 含税 "
           f"(贰拾叁万伍仟元, ¥235,000.00, in the 18–25万 band), with SM4 on the sensitive fields, TLS, RBAC, logs kept 180 days (six months), "
           f"百行 + 朴道 direct, 12 months from signing with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, 2.4万 a "
           f"year, the SLA an annex of the contract, full source. The cheaper {ZG} leaves the risk model to a third party the buyer must buy "
           f"from (missing must-have: fail); {XZ} passes at 246,000 with thinner terms; {ZS} holds level 2 only (fail).",
           [
               dict(vendor=HG, gate="pass", price=235000,
                    why="Column B: '贰拾叁万伍仟元（¥235,000.00）含税' = 235,000. '三级（证书编号在招标文件附件5）' — level 3, its number in an "
                        "annex: stated. '国密SM4（敏感字段），其余AES' — SM4 where it is asked: stated. '日志保存180天' = 6 months. HTTPS TLS1.2; "
                        "RBAC; 百行 + 朴道 direct; 人行二代征信查询、风控模型、反欺诈、还款计划及还款提醒、风控审批、用户管理; '自合同签订之日起12个月（含"
                        "试运行期）' = 12 months; minor upgrades; free policy adaptation; 7×24; 2 h, named engineer; lifetime consulting; "
                        "'2.4万元/年'; 'SLA作为合同附件' — in the contract; full source.",
                    values=GOOD1, status=ST1, fin=P_ALL, fex=BLOAT,
                    flex=[c for c in ALL_BAD if c not in ("unconfirmed", "claimed")] + ["no_anti_fraud"]),
               dict(vendor=ZG, gate="fail", price=198000,
                    why="Column C: '19.8万元（含税）'; '…；风控模型：提供对接接口，模型服务需贵司另行向第三方采购' — the risk model is the buyer's to "
                        "buy elsewhere, not in this quote: a personal-credit must-have missing, FAIL, whatever the rest (level 3 with its "
                        "filing, SM4, 12 months, 7×24 within 1 hour).",
                    values=dict(mlps_level3=True),
                    fin=["personal_credit_report", "repayment_management", "anti_fraud", "risk_approval", "user_management"],
                    fex=["risk_model"] + BLOAT,
                    flin=["missing_must_have"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "no_sm4", "no_7x24", "maintenance_under_12m", "bloat_features"]),
               dict(vendor=XZ, gate="pass", price=246000,
                    why="Column D: '24.6万元（含税）', in the band. '已取得等保三级（备案证明编号36110043011-24003）'; SM4 on ID / phone; HTTPS; "
                        "roles; 12-month logs; every must-have and anti-fraud; '一年免费，第二年起按年付费' = 12 months; '仅修复缺陷，不含版本升级'; "
                        "'重大政策调整另行报价'; '工作日响应，节假日另行约定' — no 7×24; 4 h; '合同期内免费咨询' — no lifetime consulting; in the "
                        "contract ('是').",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                free_maintenance_months=12, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                                support_7x24=False, response_hours=4, lifetime_consulting=False, commitments_in_contract=True),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", response_hours="stated"),
                    fin=P_ALL, fex=BLOAT,
                    flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                          "no_lifetime_consulting"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "missing_must_have", "no_sm4", "no_tls", "no_access_control",
                                        "audit_log_under_6m", "maintenance_under_12m", "not_in_contract", "source_licence_only",
                                        "bloat_features", "no_anti_fraud"]),
               dict(vendor=ZS, gate="fail", price=138000,
                    why="Column E: '13.8万元（含税）' — under 15万 (caution); '等保二级（备案证明编号36020043001-23005）' — level 2: FAIL.",
                    values=dict(mlps_level3=False),
                    status=dict(mlps_level3="stated"),
                    fin=P_ALL, fex=BLOAT,
                    flin=["no_mlps_level3", "price_below_15w"],
                    flex=["price_below_10w", "price_over_budget", "price_missing", "missing_must_have", "bloat_features"]),
           ])

# ---------------------------------------------------------------- case 02: one row per vendor, UTF-8 CSV with BOM (merchant loans)
C2 = "zzzy_02_ml_it_bijia_banben_bom.csv"
BUYER2 = "芜湖市镜湖区江城小额贷款有限公司"
LY = "合肥庐阳数科有限公司"
BB = "蚌埠蚌山软件有限公司"
HN = "淮南田家庵信息技术有限公司"
MA = "马鞍山花山网络科技有限公司"

HEAD2 = ["序号", "供应商名称", "报价", "功能模块", "等保", "数据加密", "传输加密", "权限管理", "日志保存", "征信接口", "免费维护期",
         "维护范围", "政策适配", "技术支持", "响应时间", "终身技术咨询", "维保期后年费", "写入合同", "源码交付"]
ROWS2 = [
    ["经营性贷款系统源码比价表（信息科技部，OA导出，各栏照录供应商书面回复）"],
    HEAD2,
    ["1", LY, "标准版23.8万/高级版28.8万（报价按高级版）",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款计划及还款提醒、用户管理",
     "等保三级（备案证明编号34010243007-24005）", "身份证号、手机号、统一社会信用代码SM4加密", "全站HTTPS（TLS1.2）",
     "RBAC角色权限", "操作日志保存12个月，异常操作可追溯", "人行企业征信、百行征信（均已直连）", "12个月（自验收之日起）",
     "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24小时", "1小时内响应", "提供", "2.8万元/年", "是，全部写入合同",
     "完整源码，无加密，可二次开发"],
    ["2", BB, "22.8万元（含税），不含银行流水分析模块（该模块另行报价）",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "已取得等保三级（备案证明编号34030043005-24002）", "身份证号、手机号SM4加密", "HTTPS", "RBAC角色权限", "操作日志保存12个月",
     "百行征信（已直连）", "12个月", "缺陷修复及小版本升级", "免费", "7×24小时", "2小时内", "提供", "2万元/年", "写入合同",
     "完整源码"],
    ["3", HN, "25万（含税）+ 服务器另购",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "已取得等保三级（备案证明编号34040043002-23008）", "AES-256加密", "HTTPS", "按角色授权", "操作日志保存12个月",
     "人行企业征信（需贵司自行申请接入资质）", "一年免费，第二年起按年付费", "缺陷修复及小版本升级", "政策适配按次收费",
     "工作日响应，节假日另行约定", "4小时内", "否", "按年付费，金额另议", "是", "提供源代码（不含第三方商业组件）"],
    ["4", MA, "8.6万元（含税）",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "暂未办理等保", "无", "HTTPS", "按角色授权", "操作日志保存3个月", "支持对接", "6个月", "仅修复缺陷", "另行收费",
     "5×8小时", "次日响应", "否", "1万元/年", "否", "完整源码"],
]
write_csv(C2, ROWS2, "utf-8-sig")

c2_comment = f"""
Voice: {BUYER2} (经营性贷款 to shopkeepers and small manufacturers around 镜湖; no cross-border business; the merchant-loan band
  25–35万). The 信息科技部 keeps its 比价表 in the OA and exported it as CSV (UTF-8 with a BOM, CRLF); each cell is the vendor's written
  reply as it came.
Layout: UTF-8-BOM CSV: a title line, then the header 序号 | 供应商名称 | 报价 | 功能模块 | 等保 | 数据加密 | 传输加密 | 权限管理 | 日志保存 |
  征信接口 | 免费维护期 | 维护范围 | 政策适配 | 技术支持 | 响应时间 | 终身技术咨询 | 维保期后年费 | 写入合同 | 源码交付, four vendor rows.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per row. {LY}'s "标准版23.8万/高级版28.8万（报价按高级版）" names two editions but says which one is quoted: one quote,
  the advanced edition, 288,000 (no tax mark: taken as tax-inclusive). {BB}'s "22.8万元（含税），不含银行流水分析模块（该模块另行报价）" puts a
  must-have outside the price with no price of its own, though its module cell names it: the price's own words govern — a must-have on
  offer at a price not given, so the module gate is unverified. {HN}'s "25万（含税）+ 服务器另购" is 250,000 (servers the buyer buys
  apart are no part of the software's price, never added); "AES-256加密" is no SM4; "一年免费，第二年起按年付费" twelve free months, the fee
  after them not given; "工作日响应，节假日另行约定" no 7×24; "政策适配按次收费" charged. {MA}'s "8.6万元（含税）" is under 10万, and
  "暂未办理等保" a stated no.
Traps: CARELESS TOP PICK {BB}: 22.8万 (the lowest figure after the do-not-buy one), every merchant-loan module in its list, a level-3 filing,
  SM4, twelve months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract, full source.
  But its own price cell takes bank-statement analysis out and prices it "另行报价": the comparable price is not known and the gate is
  UNVERIFIED. A careless reader also takes {LY} at "23.8万" (the standard edition) — it does not matter to the pick, but the comparable
  price is the advanced edition's, 288,000. The careful pick is {LY} (pass): 288,000 in the band, filing 34010243007-24005, SM4 on ID /
  phone / credit-code fields, TLS1.2, RBAC, 12-month logs with tracing, 人行企业征信 + 百行 direct, every must-have, 12 months with minor
  upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 2.8万 a year, all in the contract, full source. {HN} passes
  at 250,000 with thin terms (no SM4, office hours, 4 h, charged policy work, no consulting). {MA}: FAIL (price under 10万, no 等保).
Not settled and not asserted: {BB}'s price_cny (228,000 or null while the must-have option is unpriced) and whether its
  features list cashflow_analysis (offered, outside the price) — its gate is asserted, and missing_must_have is not raised (the module is
  offered, not absent); {HN}'s bureau "人行企业征信（需贵司自行申请接入资质）" (licensed body; the access qualification the lender's own —
  stated, conditional or claimed not settled), its yearly fee (not given), its source "提供源代码（不含第三方商业组件）" (full or partial),
  the standing of its 7×24 / policy values (the values are asserted) and whether a `hardware_excluded` note is given; {MA}'s values beyond
  its gate flags. None moves a gate or the pick.
"""
M_ALL = ML + CORE + ["repayment_management"]
GOOD2 = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
             licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
             policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
             commitments_in_contract=True, annual_fee_after_warranty_cny=28000, source_code_delivery="full")
ST2 = {k: "stated" for k in GOOD2 if k not in ("annual_fee_after_warranty_cny", "source_code_delivery")}
write_toml(C2.replace(".csv", ".toml"), c2_comment, "merchant_loan", [C2], LY,
           f"{LY} quotes its advanced edition ('标准版23.8万/高级版28.8万（报价按高级版）': 288,000, in the 25–35万 band) with every "
           f"merchant-loan must-have, a level-3 filing, SM4, TLS, RBAC, 12-month logs, 人行 + 百行 direct, 12 months with upgrades, free "
           f"policy adaptation, 7×24 within 1 hour, lifetime consulting, 2.8万 a year, all in the contract, full source. {BB} looks cheapest "
           f"at 22.8万 but its price leaves bank-statement analysis out at a price not given (unverified); {HN} passes at 250,000 (servers "
           f"bought apart) with thin terms; {MA} is under 10万 with no 等保 (fail).",
           [
               dict(vendor=LY, gate="pass", price=288000,
                    why="Row 1: '标准版23.8万/高级版28.8万（报价按高级版）' — the advanced edition is quoted: 288,000. '等保三级（备案证明编号"
                        "34010243007-24005）'; SM4 on ID / phone / credit code; HTTPS TLS1.2; RBAC; 12-month logs with tracing; 人行企业征信 + "
                        "百行 direct; 企业征信查询、银行流水分析、电子合同、风控审批、还款计划及还款提醒、用户管理; 12 months with minor upgrades; free "
                        "policy adaptation; 7×24; 1 h; lifetime consulting; '2.8万元/年'; all in the contract; full source.",
                    values=GOOD2, status=ST2, fin=M_ALL, fex=BLOAT, flex=ALL_BAD),
               dict(vendor=BB, gate="unverified",
                    why="Row 2: '22.8万元（含税），不含银行流水分析模块（该模块另行报价）' — a must-have outside the price, on offer at a price not "
                        "given: UNVERIFIED, though the module cell lists it. Otherwise a strong quote: '已取得等保三级（备案证明编号"
                        "34030043005-24002）', SM4, 12 months with upgrades, 7×24 within 2 hours, in the contract, full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, free_maintenance_months=12, support_7x24=True,
                                response_hours=2),
                    status=dict(mlps_level3="stated"),
                    fin=["enterprise_credit", "contract_management", "risk_approval", "repayment_management", "user_management"],
                    fex=BLOAT,
                    flex=["price_below_10w", "price_below_15w", "price_over_budget", "missing_must_have", "no_mlps_level3",
                          "no_sm4", "no_7x24", "response_over_2h", "maintenance_under_12m", "bloat_features"]),
               dict(vendor=HN, gate="pass", price=250000,
                    why="Row 3: '25万（含税）+ 服务器另购' — 250,000; servers bought apart are no part of it. '已取得等保三级（备案证明编号"
                        "34040043002-23008）'; 'AES-256加密' — no SM4; HTTPS; roles; 12-month logs; every must-have; '一年免费，第二年起按年付费' = "
                        "12 months; minor upgrades; '政策适配按次收费'; '工作日响应，节假日另行约定' — no 7×24; 4 h; no consulting; in the contract.",
                    values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=12,
                                free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=False,
                                support_7x24=False, response_hours=4, lifetime_consulting=False, commitments_in_contract=True),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", response_hours="stated"),
                    fin=M_ALL, fex=BLOAT,
                    flin=["no_sm4", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "missing_must_have", "no_tls", "no_access_control", "audit_log_under_6m",
                                        "maintenance_under_12m", "maintenance_excludes_upgrades", "not_in_contract",
                                        "source_licence_only", "bloat_features"]),
               dict(vendor=MA, gate="fail", price=86000,
                    why="Row 4: '8.6万元（含税）' — under 10万: FAIL; '暂未办理等保' — a stated no: FAIL.",
                    values=dict(mlps_level3=False),
                    status=dict(mlps_level3="stated"),
                    fin=M_ALL, fex=BLOAT,
                    flin=["price_below_10w", "no_mlps_level3"],
                    flex=["price_over_budget", "price_missing", "missing_must_have", "bloat_features"]),
           ])

# ---------------------------------------------------------------- case 03: English procurement sheet, one row per vendor (consumer instalments)
C3 = "zzzy_03_ci_en_procurement_roadmap.xlsx"
BUYER3 = "Zhuhai Hengqin Xinhe Microcredit Co., Ltd."
XM = "Xiamen Siming Fintech Co., Ltd."
FZ = "Fuzhou Gulou Software Co., Ltd."
QZ = "Quanzhou Fengze Information Technology Co., Ltd."
ZZ = "Zhangzhou Xiangcheng Digital Technology Co., Ltd."

HEAD3 = ["No.", "Vendor", "Quoted price", "Modules included", "MLPS", "Data encryption", "Transport encryption", "Access control",
         "Log retention", "Credit bureau", "Free maintenance", "Maintenance scope", "Regulatory changes", "Support hours",
         "Response time", "Lifetime consultation", "Fee after free period", "Written into contract", "Source code"]
ROWS3 = [
    [1, XM, "RMB 0.26 million (tax incl.)",
     "Product catalogue; instalment calculator; order tracking; repayment schedule and reminders; risk approval workflow; user "
     "management; anti-fraud rules",
     "Level 3 certified (filing certificate no. 35020343006-24011)", "SM4 for sensitive fields (ID no., mobile, bank card); AES for the rest",
     "HTTPS (TLS 1.2)", "Role-based access control", "Logs kept 180 days", "Baihang Credit (direct connection)",
     "12 months from contract signing (trial run included)", "Bug fixes and minor version upgrades", "Adapted free of charge", "24x7",
     "Within 2 hours, named engineer", "Included", "CNY 26,000 per year", "Yes - all commitments written into the contract",
     "Full source code, no encryption"],
    [2, FZ, "RMB 0.228 million (tax incl.)",
     "Product catalogue; instalment calculator; repayment management; risk approval workflow; user management. Order tracking: "
     "scheduled for release 3.0 (Q3 2026), not part of this delivery",
     "Level 3 certified (filing certificate no. 35010243002-24006)", "SM4 for ID no. and mobile", "HTTPS (TLS 1.2)",
     "Role-based access control", "Logs kept 12 months", "Baihang Credit (direct connection)", "12 months from acceptance",
     "Bug fixes and minor version upgrades", "Adapted free of charge", "24x7", "Within 1 hour", "Included", "CNY 20,000 per year",
     "Yes", "Full source code"],
    [3, QZ, "CNY 238,000 excl. VAT (VAT 6%)",
     "Product catalogue; instalment calculator; order tracking; repayment management; risk approval workflow; user management",
     "Level 3 (filing certificate no. 35050043004-23012)", "AES-256", "HTTPS", "Role-based access control", "Logs kept 12 months",
     "Baihang Credit", "One year free; annual fee from year 2", "Bug fixes and minor version upgrades",
     "Major regulatory changes quoted separately", "Business-day support; holidays by separate arrangement", "Next business day",
     "During the contract term only", "To be agreed", "Yes", "Source code provided (excluding third-party commercial components)"],
    [4, ZZ, "To be confirmed after the requirements workshop",
     "Product catalogue; instalment calculator; order tracking; repayment management; risk approval workflow; user management",
     "Level 3 (certificate number provided in Annex 5 of the tender documents)", "SM4 for ID no. and mobile", "HTTPS",
     "Role-based access control", "Logs kept 12 months", "Baihang Credit", "12 months", "Bug fixes and minor version upgrades",
     "Adapted free of charge", "24x7", "Within 2 hours", "Included", "CNY 25,000 per year", "Yes", "Full source code"],
]
wb = Workbook()
ws = wb.active
ws.title = "Comparison"
ws.append(["Consumer instalment loan system - source code quotations (vendors' written answers, copied verbatim) - Procurement, 3 Dec 2025"])
ws.append(HEAD3)
for row in ROWS3:
    ws.append(row)
ws.merge_cells("A1:S1")
_style(ws, {"A": 5, "B": 30, "C": 24, "D": 50, "E": 34, "F": 34, "K": 26, "N": 30, "S": 34})
_save(wb, C3)

c3_comment = f"""
Voice: {BUYER3} (消费分期 with partner merchants in Zhuhai and Hengqin; no cross-border business; the consumer-instalment band 20–30万).
  The Hong Kong-trained procurement officer keeps the comparison in English; each cell is the vendor's written answer as it came.
Layout: .xlsx, one sheet Comparison: a title in A1, the header No. | Vendor | Quoted price | Modules included | MLPS | Data encryption |
  Transport encryption | Access control | Log retention | Credit bureau | Free maintenance | Maintenance scope | Regulatory changes |
  Support hours | Response time | Lifetime consultation | Fee after free period | Written into contract | Source code in row 2, four
  vendor rows 3–6.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per row. {XM}'s "RMB 0.26 million (tax incl.)" is 260,000 (a careless eye reads 0.26 万); "SM4 for sensitive fields
  …; AES for the rest" is SM4 where asked: stated; "Logs kept 180 days" six months, the floor met; "12 months from contract signing
  (trial run included)" twelve free months, stated. {FZ}'s "Order tracking: scheduled for release 3.0 (Q3 2026), not part of this
  delivery" is a consumer-instalment must-have not delivered: missing. {QZ}'s "CNY 238,000 excl. VAT (VAT 6%)" is 238,000 × 1.06 =
  252,280; "AES-256" no SM4; "One year free; annual fee from year 2" twelve months, fee not given; "Business-day support; holidays by
  separate arrangement" no 24x7; "Next business day" 24 h; "Major regulatory changes quoted separately" charged; "During the contract
  term only" no lifetime consultation. {ZZ}'s price "To be confirmed after the requirements workshop" is no price (unknown); its
  "Level 3 (certificate number provided in Annex 5 of the tender documents)" is level 3 read as stated, the number in an annex.
Traps: CARELESS TOP PICK {FZ}: "RMB 0.228 million", the lowest price in the band, a filing number, SM4, 12-month logs, 24x7 within 1 hour,
  every other answer the best one — and "Order tracking" is written in its module cell. But it is a roadmap item, not in this delivery:
  missing must-have, FAIL. A careless reader may also drop {XM} by reading "0.26 million" as 0.26万, or mark it down for "180 days".
  The careful pick is {XM} (pass): 260,000 in the band, level 3 with its filing, SM4 on the sensitive fields, TLS 1.2, RBAC, six months of
  logs, Baihang direct, every consumer-instalment must-have, 12 months with minor upgrades, free regulatory changes, 24x7 within 2 hours to
  a named engineer, lifetime consultation, CNY 26,000 a year, all in the contract, full source. {QZ} passes at 252,280 with thin terms.
  {ZZ} gives no price: UNVERIFIED.
Not settled and not asserted: {QZ}'s yearly fee ("To be agreed"), its source ("excluding third-party commercial components": full or
  partial), its bureau "Baihang Credit" (stated, most likely; not asserted) and the standing of its support / policy values (the values are
  asserted); {FZ}'s values beyond the gate; {ZZ}'s values beyond the level and the missing price. None moves a gate or the pick.
"""
C_ALL = CI + CORE + ["repayment_management"]
GOOD3 = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
             licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
             policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
             commitments_in_contract=True, annual_fee_after_warranty_cny=26000, source_code_delivery="full")
ST3 = {k: "stated" for k in GOOD3 if k not in ("annual_fee_after_warranty_cny", "source_code_delivery")}
write_toml(C3.replace(".xlsx", ".toml"), c3_comment, "consumer_installment", [C3], XM,
           f"{XM} gives every consumer-instalment must-have at 'RMB 0.26 million (tax incl.)' = 260,000 (in the 20–30万 band), with a "
           f"level-3 filing, SM4 on the sensitive fields, TLS 1.2, RBAC, logs kept 180 days (six months), Baihang direct, 12 months with "
           f"upgrades, free regulatory changes, 24x7 within 2 hours, lifetime consultation, CNY 26,000 a year, all in the contract, full "
           f"source. The cheaper {FZ} puts order tracking in a future release (missing must-have: fail); {QZ} passes at 252,280 with thin "
           f"terms; {ZZ} gives no price (unverified).",
           [
               dict(vendor=XM, gate="pass", price=260000,
                    why="Row 3: 'RMB 0.26 million (tax incl.)' = 260,000. 'Level 3 certified (filing certificate no. 35020343006-24011)'; "
                        "'SM4 for sensitive fields (ID no., mobile, bank card); AES for the rest' — SM4 stated; HTTPS TLS 1.2; RBAC; 'Logs "
                        "kept 180 days' = 6 months; Baihang direct; every must-have; '12 months from contract signing (trial run included)'; "
                        "minor upgrades; regulatory changes free; 24x7; 2 h, named engineer; lifetime consultation; 'CNY 26,000 per year'; "
                        "all in the contract; full source.",
                    values=GOOD3, status=ST3, fin=C_ALL, fex=BLOAT, flex=ALL_BAD),
               dict(vendor=FZ, gate="fail", price=228000,
                    why="Row 4: 'RMB 0.228 million (tax incl.)' = 228,000; 'Order tracking: scheduled for release 3.0 (Q3 2026), not part "
                        "of this delivery' — a must-have missing: FAIL, whatever the rest (level 3 with its filing, SM4, 24x7 within 1 h).",
                    values=dict(mlps_level3=True),
                    fin=["product_management", "installment_calculator", "repayment_management", "risk_approval", "user_management"],
                    fex=["order_tracking"] + BLOAT,
                    flin=["missing_must_have"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "no_sm4", "no_7x24", "bloat_features"]),
               dict(vendor=QZ, gate="pass", price=252280,
                    why="Row 5: 'CNY 238,000 excl. VAT (VAT 6%)' = 252,280. 'Level 3 (filing certificate no. 35050043004-23012)'; 'AES-256' "
                        "— no SM4; HTTPS; RBAC; 12-month logs; every must-have; 'One year free; annual fee from year 2' = 12 months; minor "
                        "upgrades; 'Major regulatory changes quoted separately'; 'Business-day support; holidays by separate arrangement' — "
                        "no 24x7; 'Next business day' = 24 h; 'During the contract term only' — no lifetime consultation; in the contract.",
                    values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=12,
                                free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=False,
                                support_7x24=False, response_hours=24, lifetime_consulting=False, commitments_in_contract=True),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", response_hours="stated"),
                    fin=C_ALL, fex=BLOAT,
                    flin=["no_sm4", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "missing_must_have", "no_tls", "no_access_control", "audit_log_under_6m",
                                        "maintenance_under_12m", "maintenance_excludes_upgrades", "not_in_contract",
                                        "source_licence_only", "bloat_features"]),
               dict(vendor=ZZ, gate="unverified", price="null",
                    why="Row 6: 'To be confirmed after the requirements workshop' — no price: UNVERIFIED. 'Level 3 (certificate number "
                        "provided in Annex 5 of the tender documents)' — level 3, its number in an annex: stated. Every must-have.",
                    values=dict(mlps_level3=True),
                    status=dict(mlps_level3="stated"),
                    fin=C_ALL, fex=BLOAT,
                    flin=["price_missing"],
                    flex=["price_below_10w", "price_below_15w", "price_over_budget", "no_mlps_level3", "missing_must_have",
                          "bloat_features"]),
           ])
