"""Build the "zzv" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is WHAT SPREADSHEET HABITS LEAVE IN A FILE — each file in the voice of the
person whose habits they are:

zzv_01 — an .xlsx (personal credit) kept by the PURCHASING CLERK for the general manager: one row per vendor, an AutoFilter on
  her own 跟进状态 column showing only "比选中", so the rows of two vendors are HIDDEN (row_dimensions hidden): one she marked
  "已淘汰" (its price is over the budget), one "待补资料" (she is waiting for reference cases and a social-insurance
  certificate); her own 采购部内部备注 column is HIDDEN as well; a 备注 row under the table says which vendors the filter
  hides and why ("已淘汰：报价超预算", "暂时隐藏，待补充资料…"). No cell comments.
zzv_02 — a CSV (merchant loans) that the RISK DEPARTMENT'S clerk saved from WPS/Excel as "CSV UTF-8" (UTF-8 with a BOM, CRLF)
  after working on it with formulas: "#REF!" in the price cell of the vendor whose linked quote sheet she deleted (its price
  is in its own words in the 备注 column), "#N/A" where her VLOOKUP of the 征信接口 column found no row, "#DIV/0!" / "#REF!" /
  "#VALUE!" in her computed 测算_年费占报价比 column, "=23.8*10000" typed into a text-formatted price cell, TRUE/FALSE where
  she used check boxes, and dates turned into serial numbers (45992) in 报价日期 and 质保到期日.
zzv_03 — an .xlsx (consumer instalments) with ONE SHEET PER VENDOR (each the buyer's 项目 | 内容 template as the vendor filled
  it in), a "汇总" sheet the buyer started and abandoned after two vendors (one figure typed wrong), and the "模板" sheet with
  the empty template and its bracketed instructions ("（请填写含税总价）"), which one vendor left standing in a row.

Where domain.md and docs/analyst-reading.md do not settle a reading, the .toml says so and asserts nothing on it; every gate
and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzv_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzv.py
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
EXCEL_EPOCH = date(1899, 12, 30)


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _st(**over):
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return s


def _but(*keep):
    """ALL_BAD without the flags the analyst expects (or does not settle)."""
    return [f for f in ALL_BAD if f not in keep]


def _serial(d: date) -> str:
    """An Excel date as a CSV saved from a 常规-formatted column writes it: the serial number."""
    return str((d - EXCEL_EPOCH).days)


# ---------------------------------------------------------------------------------------------
# zzv_01  个人信用贷 — the purchasing clerk's sheet, AutoFilter on her status column: two vendors' rows hidden
# ---------------------------------------------------------------------------------------------
V1_NAME = "zzv_01_pc_shaixuan_yincang_hang_lie.xlsx"
V1_HEAD = ["序号", "供应商名称", "报价（万元）", "计税", "采购部内部备注（不外发）", "功能模块", "等保三级", "数据加密", "传输加密",
           "权限管理", "日志保存期", "征信接口", "免费维护期", "维护范围", "监管政策适配", "技术支持", "响应时间", "终身技术咨询",
           "写入合同", "维保期满年费", "源码交付", "跟进状态"]
V1_ROWS = [
    ["1", "五常稻乡数科有限公司", "22.6", "含税", "演示效果最好，王总倾向；业务员口头说签约时可以再让1万",
     "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理", "已取得，备案证明编号23018443012-24021", "SM4",
     "全站HTTPS", "RBAC角色权限", "12个月", "百行征信", "12个月", "bug修复+小版本升级",
     "一般调整免费，重大监管政策调整另行报价", "5×8（工作日9:00-17:30）", "4小时内", "提供", "写入合同", "2.6万元/年",
     "完整源码", "比选中"],
    ["2", "尚志帽儿山软件有限公司", "28.8", "含税", "超预算，谈了两轮不肯降",
     "个人征信查询、风控模型、反欺诈模型、还款计划及提醒、风控审批、用户管理", "已取得，备案证明编号23018343005-25007",
     "SM4（身份证号、手机号）", "HTTPS", "RBAC", "6个月", "人行征信中心", "12个月", "bug修复+小版本升级", "免费",
     "7×24小时", "2小时内", "提供", "写入合同", "4.5万元/年", "完整源码，无加密", "已淘汰"],
    ["3", "密山兴凯湖网络科技有限公司", "15.8", "不含税（增值税13%另计）", "报价最低，等保情况要再问",
     "个人征信、风控模型、还款管理、风控审批、用户管理", "支持等保三级，系统按三级标准建设（测评协助服务另计）", "SM4",
     "HTTPS", "RBAC", "6个月", "百行征信", "12个月", "仅修复bug，版本升级另行收费", "免费", "7×24小时", "2小时内",
     "提供", "写入合同", "1.8万元/年", "完整源码", "比选中"],
    ["4", "海林雪乡信息技术有限公司", "23.6", "含税", "资料未齐：缺同规模客户案例、社保缴纳证明，已催，周五前补",
     "个人征信查询、风控模型、反欺诈模型、还款管理、风控审批、用户管理", "已取得，备案证明编号23108343009-25014",
     "SM4（身份证号、手机号、银行卡号）", "全站HTTPS", "RBAC角色权限", "12个月", "人行征信中心、百行征信", "12个月",
     "bug修复+小版本升级", "免费", "7×24小时", "1小时内", "提供终身技术咨询", "以上全部写入合同", "2.4万元/年",
     "完整源码，无加密", "待补资料"],
    ["5", "虎林乌苏里数据科技有限公司", "13.6", "含税", "陪标参考，不考虑",
     "个人征信、风控引擎、还款管理、风控审批、用户管理、智能客服机器人", "二级（已备案）", "AES加密", "HTTPS",
     "单一管理员账号", "3个月", "支持对接征信", "3个月", "仅修复系统故障", "按次收费，每次1.5万元", "工作日", "次日",
     "不提供", "不写入合同", "每年1.2万元", "授权使用，绑定服务器", "比选中"],
]
V1_HIDDEN_ROWS = (5, 7)          # 尚志 (已淘汰) and 海林 (待补资料): the filter shows only 比选中
V1_NOTE = ("备注：本表已按“跟进状态”筛选，只显示“比选中”的3家。另有2家的行已隐藏：尚志帽儿山软件有限公司——已淘汰：报价超预算；"
           "海林雪乡信息技术有限公司——暂时隐藏，待补充资料（同规模客户案例、社保缴纳证明）。“采购部内部备注”列为内部沟通记录，已隐藏。")


def build_zzv01():
    wb = Workbook()
    ws = wb.active
    ws.title = "比价表"
    put_row(ws, 1, ["个人信用贷系统源码采购比价表（呈总经理审阅）"], font=TITLE, border=False)
    put_row(ws, 2, ["编制：东宁绥阳小额贷款有限公司 采购部 于婷婷　2025-12-02。除“采购部内部备注”“跟进状态”两列外，各列均摘自各家"
                    "报价单或报价函原文。本公司只做本地个人信用贷，无跨境业务，预算18–25万元（含税）。"], border=False)
    ws.merge_cells("A2:V2")
    ws.row_dimensions[2].height = 36
    put_row(ws, 3, V1_HEAD, font=BOLD, fill=GREY)
    for i, row in enumerate(V1_ROWS):
        r = 4 + i
        put_row(ws, r, row)
        ws.cell(row=r, column=5).fill = YELLOW
        ws.cell(row=r, column=22).fill = YELLOW
    for r in V1_HIDDEN_ROWS:
        ws.row_dimensions[r].hidden = True
    ws.auto_filter.ref = "A3:V8"
    ws.auto_filter.add_filter_column(21, ["比选中"])
    ws.column_dimensions["E"].hidden = True
    put_row(ws, 10, [V1_NOTE], border=False)
    ws.merge_cells("A10:V10")
    ws.row_dimensions[10].height = 48
    ws.freeze_panes = "C4"
    widths(ws, [5, 26, 10, 14, 30, 40, 30, 22, 12, 14, 10, 20, 10, 22, 26, 18, 10, 14, 14, 12, 16, 10])
    ws.column_dimensions["E"].hidden = True       # widths() rewrites the dimension: hide it again
    _save(wb, V1_NAME)

    comment = """Voice: 于婷婷 of the 采购部 at 东宁绥阳小额贷款 (a local personal-credit lender, no cross-border business, budget 18–25万
  含税), 2025-12-02, preparing the comparison for the general manager. Rows 1–2, the 跟进状态 column (her status of each vendor),
  the hidden 采购部内部备注（不外发） column and the 备注 row under the table are hers; every other column is the vendor's words
  from its quote (row 2 says so).
Layout: .xlsx, one sheet "比价表", header row 3 (序号 | 供应商名称 | 报价（万元） | 计税 | 采购部内部备注（不外发） | 功能模块 | 等保三级 |
  … | 维保期满年费 | 源码交付 | 跟进状态), vendors on rows 4–8, an AutoFilter over A3:V8 whose criterion on 跟进状态 (column V) is
  "比选中": ROWS 5 (尚志, 跟进状态 已淘汰) AND 7 (海林, 待补资料) ARE HIDDEN; COLUMN E (her internal notes) IS HIDDEN; row 10, merged
  A10:V10, her 备注: "本表已按“跟进状态”筛选… 尚志…——已淘汰：报价超预算；海林…——暂时隐藏，待补充资料（同规模客户案例、社保缴纳
  证明）…". No cell comments.
Analyst's reading, written before any code read the file (the product was not run on it).
What the analyst does with hidden rows: a hidden row is still in the file and still holds a vendor's quote; hiding is how the
  clerk shows her boss a shorter list, not something the vendor said. A quote is out only when the file says the VENDOR is out
  (withdrew, declined, disqualified). 海林's "暂时隐藏，待补充资料" is not that: it is temporary, and what she waits for (reference
  cases, a social-insurance certificate) is no term of the quote — the quote itself is complete and states every value. 尚志's
  "已淘汰：报价超预算" is her verdict on its price; analyst-reading says a team's "已淘汰" is its own verdict and the quote is
  still read (the kanban card under 已淘汰; cases m_01, zd_03 and zzd_01 read such quotes), and the product lets the buyer leave a
  quote out herself, with a reason. So all five rows are quotes; the top pick is the same whether 尚志 is counted or not.
  The hidden column E is hers (its header says internal, not for sending out): no vendor's words. Nothing in it changes a value
  either way — 五常's "业务员口头说签约时可以再让1万" is her hearsay, and a discount only said changes nothing (226,000 stands).
Traps: the decisive one is the filter. A reader who takes the sheet as it shows (three rows) picks 五常 (row 4: 22.6万 含税,
  filing by number, every must-have with 反欺诈, 12 months with minor upgrades), since 密山 only claims 等保 and 虎林 fails. But
  the best quote is on hidden row 7: 海林, 23.6万 含税 = 236,000 inside 18–25万, filing by number, SM4 on 身份证号/手机号/银行卡号,
  全站HTTPS, RBAC, 12-month logs, 人行 + 百行, every must-have and 反欺诈, 12 months with minor upgrades, free policy adaptation,
  7×24 within 1 hour, lifetime consulting, all in the contract, 2.4万 a year after, full unencrypted source. 五常 passes but
  charges major policy changes ('重大监管政策调整另行报价', conditional), works 5×8 and answers in 4 hours. Hidden row 5, 尚志,
  passes at 288,000 (over the band) with 6-month logs (not under 6) and 4.5万 a year after. 密山: '支持等保三级，系统按三级标准建设
  （测评协助服务另计）' claims the level (only the help is charged): unverified; 15.8万 不含税（增值税13%另计）= 178,540; no
  反欺诈 in its list; '仅修复bug，版本升级另行收费' (no upgrades at the base price; its standing — a stated no or conditional — is
  not asserted). 虎林 fails: '二级（已备案）', 13.6万 (caution zone), AES, '单一管理员账号' (no access control), 3-month logs,
  '支持对接征信' (claimed), 3 months of crash fixes, policy changes charged, 工作日, 次日, no consulting, not in the contract,
  智能客服机器人 (bloat) and a server-bound licence."""
    vendors = [
        dict(vendor="海林雪乡信息技术有限公司", gate="pass", price=236000,
             why="row 7, HIDDEN by the AutoFilter (跟进状态 '待补资料'; the 备注 row: '暂时隐藏，待补充资料（同规模客户案例、社保缴纳证明）' — temporary, and the papers awaited are no term of the quote): 报价 '23.6' 万元, 含税 = 236,000 inside 18–25万; '已取得，备案证明编号23108343009-25014'; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志12个月; 人行征信中心 + 百行; modules 个人征信查询, 风控模型, 反欺诈模型, 还款管理, 风控审批, 用户管理; 12个月, bug修复+小版本升级; 政策适配 免费; 7×24; 1小时内; 终身技术咨询; 以上全部写入合同; '2.4万元/年'; 完整源码 无加密. Her hidden note ('资料未齐…已催') is hers.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="五常稻乡数科有限公司", gate="pass", price=226000,
             why="row 4 (shown): 报价 '22.6' 万元 含税 = 226,000; the hidden column E's '业务员口头说签约时可以再让1万' is the clerk's hearsay of a discount only said: nothing taken off. '已取得，备案证明编号23018443012-24021'; SM4; 全站HTTPS; RBAC; 12个月; 百行; modules 个人征信查询, 风控模型, 反欺诈, 还款管理, 风控审批, 用户管理; 12个月, bug修复+小版本升级; '一般调整免费，重大监管政策调整另行报价' = conditional (not free at the base price); '5×8（工作日9:00-17:30）'; '4小时内'; 提供 consulting; 写入合同; '2.6万元/年'; 完整源码.",
             values=_vals(policy_adaptation_free=False, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["policy_adaptation_charged", "no_7x24", "response_over_2h", "conditional"],
             flex=_but("policy_adaptation_charged", "no_7x24", "response_over_2h", "conditional")),
        dict(vendor="尚志帽儿山软件有限公司", gate="pass", price=288000,
             why="row 5, HIDDEN by the AutoFilter (跟进状态 '已淘汰'; the 备注 row: '已淘汰：报价超预算'): the clerk's verdict on its price, not the vendor withdrawing — still a quote. 报价 '28.8' 万元 含税 = 288,000, above 18–25万 (over budget); '已取得，备案证明编号23018343005-25007'; SM4 on 身份证号/手机号; HTTPS; RBAC; 日志 '6个月' (not under 6); 人行征信中心; every must-have with 反欺诈模型; 12个月 with minor upgrades; 政策适配 免费; 7×24; 2小时内 (not over 2); 提供 consulting; 写入合同; '4.5万元/年'; 完整源码 无加密.",
             values=_vals(audit_log_months=6, response_hours=2, annual_fee_after_warranty_cny=45000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["price_over_budget"], flex=_but("price_over_budget")),
        dict(vendor="密山兴凯湖网络科技有限公司", gate="unverified", price=178540,
             why="row 6 (shown): 报价 '15.8' 万元 with 计税 '不含税（增值税13%另计）' = 158,000 × 1.13 = 178,540 (under the band, above 15万); 等保 '支持等保三级，系统按三级标准建设（测评协助服务另计）' — claims the level, only the assessment help is charged: claimed, unverified; SM4; HTTPS; RBAC; 日志 '6个月'; 百行; modules 个人征信, 风控模型, 还款管理, 风控审批, 用户管理 — no 反欺诈; 12个月; '仅修复bug，版本升级另行收费' (no upgrades at the base price; standing not asserted); 政策适配 免费; 7×24; 2小时内; 提供; 写入合同; '1.8万元/年'; 完整源码. Her hidden note '等保情况要再问' is hers.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, response_hours=2,
                          annual_fee_after_warranty_cny=18000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="stated", free_maintenance_months="stated",
                         policy_adaptation_free="stated", support_7x24="stated", response_hours="stated",
                         commitments_in_contract="stated"),
             fin=PC + CORE, fex=BLOAT + ["anti_fraud"],
             flin=["claimed", "maintenance_excludes_upgrades", "no_anti_fraud"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_missing",
                   "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only"]),
        dict(vendor="虎林乌苏里数据科技有限公司", gate="fail", price=136000,
             why="row 8 (shown): 报价 '13.6' 万元 含税 = 136,000 (caution zone); '二级（已备案）' = level 2: fail; 'AES加密' (no SM4); HTTPS; '单一管理员账号' (no access control); 日志 '3个月'; '支持对接征信' names no body (claimed); modules 个人征信, 风控引擎, 还款管理, 风控审批, 用户管理, 智能客服机器人 (bloat), no 反欺诈; 免费维护 '3个月', '仅修复系统故障'; '按次收费，每次1.5万元' (policy charged); 技术支持 '工作日'; 响应 '次日' (24 h); '不提供' consulting; '不写入合同'; '每年1.2万元'; '授权使用，绑定服务器' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=False, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=12000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         licensed_credit_bureau="claimed", free_maintenance_months="stated", support_7x24="stated",
                         lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=PC + CORE + ["ai_customer_service"], fex=["anti_fraud", "blockchain_evidence"],
             flin=["no_mlps_level3", "price_below_15w", "no_sm4", "no_access_control", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                   "source_licence_only", "no_anti_fraud", "claimed"],
             flex=["price_below_10w", "missing_must_have", "price_missing", "price_over_budget", "no_tls",
                   "source_partial"]),
    ]
    write_toml(V1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [V1_NAME], "海林雪乡信息技术有限公司",
               "海林 — on row 7, hidden by the clerk's filter because she awaits reference cases and a social-insurance certificate, papers that are no term of its quote — proves every gate (备案证明编号23108343009-25014, SM4 on 身份证号/手机号/银行卡号, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every personal-credit must-have plus anti-fraud, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, 2.4万 a year after and full unencrypted source, at 236,000 含税 inside 18–25万. The best of the rows left showing, 五常 (226,000), charges major policy changes, works 5×8 and answers in 4 hours; hidden 尚志 (her '已淘汰', still a quote) is over budget at 288,000; 密山 only claims 等保 (178,540 after 13%); 虎林 fails (等保二级, 13.6万).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzv_02  商户经营性贷 — a CSV saved from WPS/Excel (UTF-8 BOM) with formula leftovers: #REF!, #N/A, #DIV/0!, TRUE/FALSE, serials
# ---------------------------------------------------------------------------------------------
V2_NAME = "zzv_02_ml_gongshi_cuowu_canliu_utf8bom.csv"
V2_HEAD = ["序号", "供应商名称", "报价日期", "报价（元）", "计税方式", "功能模块", "企业征信", "银行流水分析", "电子合同", "等保三级",
           "SM4加密", "HTTPS", "权限管理", "日志保存（月）", "征信接口", "免费维护（月）", "质保到期日", "维护含版本升级",
           "政策调整免费适配", "7×24支持", "响应时间（小时）", "终身技术咨询", "承诺写入合同", "维保期满年费（元/年）",
           "测算_年费占报价比", "源码交付", "备注（报价单原文摘录）"]
D_END12 = _serial(date(2027, 2, 28))
D_END6 = _serial(date(2026, 8, 31))
V2_ROWS = [
    ["1", "庄河海韵数科有限公司", _serial(date(2025, 12, 1)), "#REF!", "含税",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理", "TRUE", "TRUE", "TRUE",
     "已取得（备案证明编号21028343011-24019）", "TRUE", "TRUE", "TRUE", "12", "人行企业征信系统、百行征信", "12", D_END12,
     "TRUE", "TRUE", "TRUE", "1", "TRUE", "TRUE", "28000", "#REF!", "完整源码，无加密",
     "报价单原文：源码授权费21.8万元，部署实施及培训费6.8万元，合计人民币贰拾捌万陆仟元整（¥286,000.00，含税，13%增值税专票）。"],
    ["2", "普兰店莲城软件有限公司", _serial(date(2025, 11, 28)), "318000", "含税",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、数据分析大屏", "TRUE", "TRUE", "TRUE",
     "已取得（备案证明编号21028243007-25003）", "TRUE", "TRUE", "TRUE", "12", "百行征信", "12", D_END12,
     "TRUE", "FALSE", "FALSE", "4", "TRUE", "TRUE", "38000", "11.95%", "完整源码",
     "报价单原文：合计318,000元（含税），含源码授权、部署实施及培训；技术支持时间为工作日8:30-17:30。"],
    ["3", "凌海大凌河信息技术有限公司", _serial(date(2025, 11, 25)), "=23.8*10000", "含税",
     "企业征信、银行流水分析、合同管理、风控审批、还款管理、用户管理、区块链存证", "TRUE", "TRUE", "TRUE",
     "二级（已备案），三级暂无计划", "FALSE", "TRUE", "TRUE", "6", "支持对接征信", "6", D_END6,
     "FALSE", "FALSE", "FALSE", "24", "FALSE", "FALSE", "20000", "#VALUE!", "核心风控引擎加密，其余开放源码",
     "报价单原文：23.8万元（含税）；敏感数据采用AES加密；免费维护6个月，仅修复bug；赠送区块链存证模块。"],
    ["4", "北镇医巫闾网络科技有限公司", _serial(date(2025, 11, 29)), "264000", "含税",
     "企业征信查询、银行流水分析、风控审批、还款管理、用户管理", "TRUE", "TRUE", "FALSE",
     "已取得（备案证明编号21078143005-24026）", "TRUE", "TRUE", "TRUE", "6", "人行企业征信系统、朴道征信", "12", D_END12,
     "TRUE", "TRUE", "TRUE", "2", "TRUE", "TRUE", "32000", "12.12%", "完整源码，可二次开发",
     "报价单原文：合计264,000元（含税）。电子合同模块为选配，另加2.6万元（含税），未含在上述合计内。"],
    ["5", "兴城古城数据服务有限公司", _serial(date(2025, 11, 30)), "", "",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", "TRUE", "TRUE", "TRUE",
     "已取得（备案证明编号21148143002-25008）", "TRUE", "TRUE", "TRUE", "12", "#N/A", "12", D_END12,
     "TRUE", "TRUE", "TRUE", "2", "TRUE", "TRUE", "30000", "#DIV/0!", "完整源码",
     "报价单原文：价格待双方商务谈判后确定。"],
]


def build_zzv02():
    width = len(V2_HEAD)
    pad = lambda cells: cells + [""] * (width - len(cells))  # noqa: E731 — Excel writes every column of the used range
    rows = [pad(["调兵山市铁法小额贷款有限公司　商户经营贷系统源码询价比价表"]),
            pad(["制表：风控部 韩雪　2025-12-03　金额单位：元，报价以各家报价单原文为准；“征信接口”列由VLOOKUP从“征信对接情况”表取数；"
                 "“测算_”列为本部门测算。本公司只做本地商户经营贷，无跨境业务，预算25–35万元（含税）。"]),
            V2_HEAD] + [pad(r) for r in V2_ROWS]
    assert all(len(r) == width for r in rows)
    write_csv(V2_NAME, rows, "utf-8-sig")

    comment = f"""Voice: 韩雪, clerk of the 风控部 at 调兵山市铁法小额贷款 (a local merchant-loan lender, no cross-border business, budget
  25–35万 含税), 2025-12-03, who built the comparison in WPS/Excel with formulas and then saved it as "CSV UTF-8" for the
  dashboard. Her title and note lines, the 测算_年费占报价比 column (her computation), the 报价日期 / 质保到期日 dates and her
  VLOOKUP of 征信接口 from another sheet are hers or her copies; the 备注（报价单原文摘录） column is each vendor's own words, and
  her note says the prices follow the vendors' quotes ("报价以各家报价单原文为准").
Layout: UTF-8 with a BOM, comma-separated, CRLF, every line padded to the table's {width} columns; a title line, a note line,
  header {' | '.join(V2_HEAD)}; one row per vendor. What the save left: "#REF!" as 庄河's 报价（元） (the cell linked to that
  vendor's quote sheet, which she deleted) and in its 测算 cell; "#N/A" as 兴城's 征信接口 (her VLOOKUP found no row);
  "#DIV/0!" as 兴城's 测算 (its price is blank); "#VALUE!" as 凌海's 测算; "=23.8*10000" as 凌海's price (typed into a
  text-formatted cell, so kept as text); TRUE / FALSE in every check-box column (企业征信, 银行流水分析, 电子合同, SM4加密, HTTPS,
  权限管理, 维护含版本升级, 政策调整免费适配, 7×24支持, 终身技术咨询, 承诺写入合同); dates as serial numbers (报价日期 45986–45992 =
  2025-11-25 … 2025-12-01; 质保到期日 {D_END12} = 2027-02-28, {D_END6} = 2026-08-31).
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: an Excel error value (#REF!, #N/A, #DIV/0!, #VALUE!) is a cell that cannot be read: unknown, never a no, never 0 and
  never "N/A = not offered". TRUE is a yes and FALSE a no, each stated, in a column named for its field or module. A serial
  number is a date: no price, no fee and no period (质保到期日 {D_END12} is no 46,446 months and no yuan; the free period is the
  免费维护（月） column). The 测算_ column is her computation: no field.
Traps: the decisive one is 庄河's price. A reader who takes the price column alone finds "#REF!" — no price: unverified — and
  picks 普兰店 (318,000, every gate proven). But 庄河's own words in 备注 give it: '源码授权费21.8万元，部署实施及培训费6.8万元，合计
  人民币贰拾捌万陆仟元整（¥286,000.00，含税，13%增值税专票）' = 286,000 (items 218,000 + 68,000 agree with the 合计) — a notes
  cell is read for the field it states, and "#REF!" states nothing to conflict with it; its 报价日期 {_serial(date(2025, 12, 1))} is a date,
  never its price. 庄河 then passes with every value stated (filing number, TRUE for SM4 / HTTPS / 权限, 12-month logs, 人行企业
  征信 + 百行, every merchant must-have, 12 months with upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting,
  in the contract, 28,000 a year after, full unencrypted source) — the pick. 普兰店 passes at 318,000 with FALSE for free policy
  adaptation (charged) and 7×24 (its words: '工作日8:30-17:30'), 4 hours, 38,000 a year after. 北镇's 电子合同 is FALSE, but its
  words offer it: '电子合同模块为选配，另加2.6万元（含税），未含在上述合计内' — the must-have as an option at its price (conditional),
  never missing: 264,000 + 26,000 = 290,000, a pass with 6-month logs (not under 6), 2 hours, 32,000 a year after. 凌海's price
  '=23.8*10000' is 238,000 (its words say '23.8万元（含税）' as well; an arithmetic price is its result, never its first figure —
  not 23.8 yuan, not under 10万), but it fails anyway: '二级（已备案），三级暂无计划', AES (FALSE under SM4), 6-month logs, 6 months
  of bug fixes only, policy charged, no 7×24, 24 hours, no consulting, not in the contract, '支持对接征信' (claimed), a gift of
  区块链存证 (bloat), '核心风控引擎加密' (partial). 兴城 states every term but its price ('价格待双方商务谈判后确定': unknown,
  unverified) and its bureau ("#N/A": unknown, never 'none', so no no_licensed_credit_bureau).
Not settled and not asserted: the standing of 凌海's price text (its gate fails whatever it is)."""
    vendors = [
        dict(vendor="庄河海韵数科有限公司", gate="pass", price=286000,
             why="row 1: 报价（元） '#REF!' (the linked quote sheet deleted: unreadable, no price by itself) and 测算 '#REF!'; the price is in its own words under 备注（报价单原文摘录）: '源码授权费21.8万元，部署实施及培训费6.8万元，合计人民币贰拾捌万陆仟元整（¥286,000.00，含税，13%增值税专票）' = 286,000 (218,000 + 68,000 = the 合计) inside 25–35万; 报价日期 '45992' is 2025-12-01, no amount. '已取得（备案证明编号21028343011-24019）'; SM4 / HTTPS / 权限管理 TRUE; 日志 12 月; 人行企业征信系统 + 百行; modules 企业征信查询, 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理 (each must-have TRUE); 免费维护 12 月 (质保到期日 46446 is a date); upgrades TRUE; 政策调整免费 TRUE; 7×24 TRUE; 响应 1 小时; consulting TRUE; 写入合同 TRUE; 年费 28000; 完整源码 无加密. 3 years: 286,000 + 2 × 28,000 = 342,000.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flex=ALL_BAD),
        dict(vendor="北镇医巫闾网络科技有限公司", gate="pass", price=290000,
             why="row 4: 报价 '264000' 含税; 电子合同 FALSE and not in its 功能模块, but its words: '电子合同模块为选配，另加2.6万元（含税），未含在上述合计内' — the must-have as an option at its price, added: 264,000 + 26,000 = 290,000 inside 25–35万, contract management present (conditional), never missing. '已取得（备案证明编号21078143005-24026）'; SM4 / HTTPS / 权限 TRUE; 日志 6 月 (not under 6); 人行企业征信系统 + 朴道; 企业征信 and 银行流水分析 TRUE; 免费维护 12; upgrades TRUE; 政策 TRUE; 7×24 TRUE; 响应 2 小时 (not over 2); consulting TRUE; 合同 TRUE; 年费 32000; 完整源码 可二次开发.",
             values=_vals(audit_log_months=6, response_hours=2, annual_fee_after_warranty_cny=32000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional"], flex=_but("conditional")),
        dict(vendor="普兰店莲城软件有限公司", gate="pass", price=318000,
             why="row 2: 报价 '318000' 含税 = 318,000 inside 25–35万 (its words: '合计318,000元（含税）'); '已取得（备案证明编号21028243007-25003）'; SM4 / HTTPS / 权限 TRUE; 日志 12; 百行; every merchant must-have TRUE + 数据分析大屏 (deferrable); 免费维护 12; upgrades TRUE; 政策调整免费适配 FALSE (charged, stated); 7×24支持 FALSE, its words '技术支持时间为工作日8:30-17:30'; 响应 4 小时; consulting TRUE; 合同 TRUE; 年费 38000 (测算 '11.95%' is hers); 完整源码.",
             values=_vals(policy_adaptation_free=False, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=38000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flin=["policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=_but("policy_adaptation_charged", "no_7x24", "response_over_2h", "conditional")),
        dict(vendor="兴城古城数据服务有限公司", gate="unverified", price="null",
             why="row 5: 报价 and 计税 blank, its words '价格待双方商务谈判后确定' — no price (unknown: unverified); 测算 '#DIV/0!' is her formula dividing by the blank. 征信接口 '#N/A' — her VLOOKUP found no row: unknown, never 'none'. Everything else stated: '已取得（备案证明编号21148143002-25008）'; SM4 / HTTPS / 权限 TRUE; 日志 12; every merchant must-have TRUE; 免费维护 12; upgrades, policy, 7×24 TRUE; 响应 2; consulting, contract TRUE; 年费 30000; 完整源码.",
             values=_vals(licensed_credit_bureau="null", response_hours=2, annual_fee_after_warranty_cny=30000,
                          source_code_delivery="full"),
             status=_st(licensed_credit_bureau="unknown", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_missing", "unconfirmed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                   "source_partial", "source_licence_only"]),
        dict(vendor="凌海大凌河信息技术有限公司", gate="fail", price=238000,
             why="row 3: 报价 '=23.8*10000' typed as text = 238,000 (and its words '23.8万元（含税）'), never 23.8 yuan; 测算 '#VALUE!' is hers. Fails: '二级（已备案），三级暂无计划' (level 2, no plan). SM4加密 FALSE (its words: 'AES加密'); HTTPS / 权限 TRUE; 日志 6 月; '支持对接征信' names no body (claimed); every merchant must-have TRUE, and '区块链存证' in its list ('赠送': bloat); 免费维护 6 月 (质保到期日 46265 is 2026-08-31, a date), upgrades FALSE ('仅修复bug'); 政策 FALSE; 7×24 FALSE; 响应 24 小时; consulting FALSE; 合同 FALSE; 年费 20000; '核心风控引擎加密，其余开放源码' = partial.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=20000,
                         source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", licensed_credit_bureau="claimed",
                         free_maintenance_months="stated", support_7x24="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence"],
             fex=["metaverse_marketing", "overseas_payment", "ai_customer_service"],
             flin=["no_mlps_level3", "no_sm4", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                   "not_in_contract", "bloat_features", "source_partial", "claimed"],
             flex=["price_below_10w", "price_below_15w", "price_missing", "price_over_budget", "missing_must_have",
                   "no_tls", "no_access_control", "audit_log_under_6m", "source_licence_only"]),
    ]
    write_toml(V2_NAME.replace(".csv", ".toml"), comment, "merchant_loan", [V2_NAME], "庄河海韵数科有限公司",
               "庄河's price cell is '#REF!' (its linked quote sheet was deleted), but its own words in the 备注 column state it — 源码授权费21.8万 + 部署实施及培训费6.8万, '合计人民币贰拾捌万陆仟元整（¥286,000.00，含税）' = 286,000 inside 25–35万 — and every other value is stated: filing number, SM4, HTTPS, access control, 12-month logs, 人行企业征信 + 百行, every merchant must-have, 12 months with upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, in the contract, 28,000 a year after, full unencrypted source. 普兰店 (318,000) charges policy changes, works office hours and answers in 4 hours; 北镇's FALSE 电子合同 is an option at 2.6万 (290,000); 凌海's '=23.8*10000' is 238,000 but it holds only 等保二级 (fail); 兴城 gives no price and its bureau is '#N/A' (unknown).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzv_03  消费分期 — one sheet per vendor on the buyer's template, an abandoned 汇总 with a typo, the 模板 sheet
# ---------------------------------------------------------------------------------------------
V3_NAME = "zzv_03_ci_meijia_yibiao_huizong_bancheng_moban.xlsx"
V3_ITEMS = ["供应商名称", "含税总价（元）", "计税说明", "功能模块（报价内包含）", "选配模块及价格", "等保三级", "敏感数据加密", "传输加密",
            "权限管理", "操作日志保存期", "征信接口", "免费维护期", "维护范围", "监管政策调整适配", "技术支持时间", "故障响应时间",
            "终身技术咨询", "售后承诺写入合同", "维保期满后年费", "源码交付", "联系人及电话"]
V3_TEMPLATE = ["（请填写贵司全称）", "（请填写含税总价）", "（含税/不含税；不含税的请注明税率）",
               "（请逐项列出，例如：商品管理、分期计算器、订单跟踪……）", "（未含在总价内的模块及价格；没有请填“无”）",
               "（已取得/测评中/未取得；已取得的请填写备案证明编号）", "（例如：SM4，并注明加密字段）", "（例如：全站HTTPS）",
               "（例如：RBAC角色权限）", "（例如：12个月）", "（请写明对接的持牌征信机构）", "（例如：12个月）",
               "（bug修复/小版本升级等）", "（免费/收费，收费的请写明金额）", "（例如：7×24小时）", "（例如：2小时内）",
               "（提供/不提供）", "（是/否）", "（请填写金额，元/年）", "（完整源码/部分源码/仅授权）", "（请填写联系人及电话）"]
# sheet name (the vendor's short name) -> its answers, in V3_ITEMS order
V3_VENDORS = [
    ("宣威可渡", ["宣威可渡数科有限公司", "34.8万元（含税）", "含税，13%增值税专用发票",
              "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理、积分商城、社交分享", "无",
              "已取得，备案证明编号53038143010-24017", "SM4（身份证号、手机号、银行卡号）", "全站HTTPS", "RBAC角色权限", "12个月",
              "百行征信、朴道征信", "12个月", "bug修复及小版本升级", "免费", "7×24小时", "2小时内", "提供", "是，全部写入合同",
              "4.2万元/年", "完整源码，无加密，可二次开发", "李经理 13887451236"]),
    ("水富金沙", ["水富金沙软件有限公司", "246,000元", "含税", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理", "无",
              "已取得三级，备案证明编号53062143004-25006", "SM4", "HTTPS", "按角色分配权限", "6个月", "百行征信", "12个月",
              "bug修复+小版本升级", "一般调整免费，重大监管政策调整另行报价", "5×8（工作日9:00-17:30）", "4小时内", "提供",
              "写入合同", "2.8万元/年", "完整源码", "（请填写联系人及电话）"]),
    ("澄江抚仙", ["澄江抚仙信息技术有限公司", "26.8万元", "含税（13%专票）",
              "商品管理、分期计算器、订单跟踪、风控审批、还款计划及提醒、用户管理", "无",
              "已取得，备案证明编号53042143008-24021（2024年取得）", "SM4（身份证号、手机号、银行卡号、住址）", "全站HTTPS（TLS1.2）",
              "RBAC角色权限，按岗位分配", "12个月，异常操作告警", "人行征信中心、百行征信", "12个月（自验收合格之日起）",
              "bug修复及小版本升级", "免费", "7×24小时", "30分钟内响应", "提供终身技术咨询", "以上承诺全部写入合同", "2.5万元/年",
              "完整源码，无加密，可二次开发", "杨工 15987213340"]),
    ("阜康天池", ["阜康天池网络科技有限公司", "19.6万元（不含税）", "不含税，增值税13%另计",
              "商品管理、分期计算器、风控审批、还款管理、用户管理", "订单跟踪模块，另加1.8万元（不含税）",
              "三级测评中，预计2026年3月取得备案证明", "SM4", "HTTPS", "RBAC", "12个月", "百行征信", "12个月", "bug修复+版本升级",
              "免费", "7×24小时", "1小时内", "提供", "写入合同", "（请填写金额，元/年）", "完整源码", "马经理 13999420187"]),
]


def _vendor_sheet(wb, title, answers, heading):
    ws = wb.create_sheet(title)
    put_row(ws, 1, [heading], font=TITLE, border=False)
    put_row(ws, 2, ["项目", "内容"], font=BOLD, fill=GREY)
    for i, (item, text) in enumerate(zip(V3_ITEMS, answers)):
        put_row(ws, 3 + i, [item, text])
    widths(ws, [22, 60])
    return ws


def build_zzv03():
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    put_row(ws, 1, ["消费分期系统源码报价汇总（整理中）"], font=TITLE, border=False)
    put_row(ws, 2, ["序号", "供应商", "含税总价（万元）", "等保三级", "免费维护期", "技术支持", "备注"], font=BOLD, fill=GREY)
    put_row(ws, 3, ["1", "宣威可渡数科有限公司", "24.8", "已取得", "12个月", "7×24", None])
    put_row(ws, 4, ["2", "水富金沙软件有限公司", "24.6", "已取得", "12个月", "5×8", None])
    put_row(ws, 5, ["3"])
    put_row(ws, 6, ["4"])
    widths(ws, [6, 26, 16, 10, 12, 10, 20])

    tpl = _vendor_sheet(wb, "模板", V3_TEMPLATE, "消费分期系统源码报价响应表（模板）")
    put_row(tpl, 3 + len(V3_ITEMS) + 1, ["填写说明：请按本表逐项填写，括号内文字为填写提示，填写时请删除；填好后以贵司简称命名工作表发回。"
                                         "库车市龟兹小额贷款有限公司 采购部"], border=False)
    tpl.merge_cells(start_row=3 + len(V3_ITEMS) + 1, start_column=1, end_row=3 + len(V3_ITEMS) + 1, end_column=2)
    for short, answers in V3_VENDORS:
        _vendor_sheet(wb, short, answers, "消费分期系统源码报价响应表")
    _save(wb, V3_NAME)

    comment = """Voice: the 采购部 of 库车市龟兹小额贷款 (local consumer instalments, no cross-border business; the band for the type is
  20–30万), late November 2025: they sent the vendors a 项目 | 内容 template, pasted each returned sheet into one workbook under the
  vendor's short name, and started a 汇总 that nobody finished. The 汇总 sheet and the 模板 sheet (its bracketed prompts and its
  填写说明) are the buyer's; each vendor sheet's 内容 column is that vendor's words.
Layout: .xlsx of SIX sheets in this order: "汇总" (title '消费分期系统源码报价汇总（整理中）', header 序号 | 供应商 | 含税总价（万元） |
  等保三级 | 免费维护期 | 技术支持 | 备注, row 3 '宣威可渡数科有限公司 | 24.8 | 已取得 | 12个月 | 7×24', row 4 '水富金沙软件有限公司 |
  24.6 | 已取得 | 12个月 | 5×8', rows 5–6 holding only the numbers 3 and 4 — abandoned); "模板" (title '…（模板）', 项目 | 内容 with
  21 items, every 内容 a bracketed prompt such as '（请填写贵司全称）', '（请填写含税总价）', '（例如：12个月）', then a 填写说明 line);
  then one sheet per vendor named by its short name — "宣威可渡", "水富金沙", "澄江抚仙", "阜康天池" — each the same template
  filled in (title, 项目 | 内容 on row 2, the 21 items on rows 3–23, the full company name on row 3).
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor sheet, named by its 供应商名称 row. The 汇总 is the buyer's own transcription of two of those
  sheets — no second quote, and never over the vendor's own sheet (analyst-reading: a summary of the vendor sheets is listed,
  never a second set of quotes); its empty rows 3 and 4 are nothing. The 模板 sheet is a blank template: no quote (its
  bracketed prompts and examples are no vendor's words). A vendor row still holding a template prompt ('（请填写金额，元/年）')
  is nothing said: unknown.
Traps: the decisive one is the 汇总's typo. It gives 宣威可渡 '24.8' (万元), inside the band and cheaper than anyone with 7×24 —
  a reader who trusts the summary picks it. Its own sheet says '34.8万元（含税）' = 348,000: over the band. The pick is 澄江抚仙,
  which the abandoned 汇总 never reached: 26.8万元 含税（13%专票）= 268,000, filing by number, SM4 on four named fields, TLS1.2,
  RBAC, 12-month logs with alerts, 人行 + 百行, every instalment must-have, 12 months from acceptance with minor upgrades, free
  policy adaptation, 7×24 within 30 minutes, lifetime consulting, all in the contract, 2.5万 a year after, full unencrypted
  source. 宣威可渡 otherwise passes as well (2 hours, 4.2万 a year after; 积分商城 and 社交分享 deferrable). 水富金沙 passes at
  246,000 with 6-month logs (not under 6), '重大监管政策调整另行报价' (conditional), 5×8 and 4 hours; it left the template's
  '（请填写联系人及电话）' in its contact row (no term). 阜康天池 wrote '19.6万元（不含税）' under the template's 含税总价 label and
  '不含税，增值税13%另计' under 计税说明: the vendor's own tax words govern over the label the buyer printed, and its must-have
  订单跟踪 is an option '另加1.8万元（不含税）': (196,000 + 18,000) × 1.13 = 241,820; its 等保 is '三级测评中，预计2026年3月取得备案证明'
  (in progress: unverified); its 维保期满后年费 row still holds the prompt '（请填写金额，元/年）' (unknown). Phone numbers are no
  amounts; the short sheet names are no vendors of their own."""
    vendors = [
        dict(vendor="澄江抚仙信息技术有限公司", gate="pass", price=268000,
             why="sheet '澄江抚仙' (not in the abandoned 汇总): 含税总价 '26.8万元', 计税 '含税（13%专票）' = 268,000 inside 20–30万; '已取得，备案证明编号53042143008-24021（2024年取得）'; SM4 on 身份证号/手机号/银行卡号/住址; 全站HTTPS（TLS1.2）; RBAC; 日志12个月 with alerts; 人行征信中心 + 百行; modules 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款计划及提醒, 用户管理; 选配 无; 12个月（自验收合格之日起）, bug修复及小版本升级; 政策 免费; 7×24; 30分钟内响应; 终身技术咨询; 全部写入合同; '2.5万元/年'; 完整源码 无加密. 3 years: 268,000 + 2 × 25,000 = 318,000.",
             values=_vals(response_hours=0.5, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="宣威可渡数科有限公司", gate="pass", price=348000,
             why="sheet '宣威可渡': 含税总价 '34.8万元（含税）' = 348,000, above 20–30万 (over budget) — the 汇总's '24.8' is the buyer's slip, never the quote. '已取得，备案证明编号53038143010-24017'; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 12个月; 百行 + 朴道; modules 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款管理, 用户管理 + 积分商城, 社交分享 (deferrable, no bloat); 12个月, bug修复及小版本升级; 政策 免费; 7×24; 2小时内 (not over 2); 提供 consulting; 全部写入合同; '4.2万元/年'; 完整源码 无加密. The phone number is no amount.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=42000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall", "social_sharing"], fex=BLOAT,
             flin=["price_over_budget"], flex=_but("price_over_budget")),
        dict(vendor="水富金沙软件有限公司", gate="pass", price=246000,
             why="sheet '水富金沙': 含税总价 '246,000元', 计税 含税 = 246,000 (the 汇总's 24.6 agrees); '已取得三级，备案证明编号53062143004-25006'; SM4; HTTPS; 按角色分配权限; 日志 '6个月' (not under 6); 百行; every instalment must-have; 12个月, bug修复+小版本升级; '一般调整免费，重大监管政策调整另行报价' = conditional; '5×8（工作日9:00-17:30）'; '4小时内'; 提供; 写入合同; '2.8万元/年'; 完整源码; 联系人 row still the template's prompt (nothing said, no term).",
             values=_vals(audit_log_months=6, policy_adaptation_free=False, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=_st(policy_adaptation_free="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["no_7x24", "response_over_2h", "policy_adaptation_charged", "conditional"],
             flex=_but("no_7x24", "response_over_2h", "policy_adaptation_charged", "conditional")),
        dict(vendor="阜康天池网络科技有限公司", gate="unverified", price=241820,
             why="sheet '阜康天池': '19.6万元（不含税）' under the template's 含税总价 label, 计税说明 '不含税，增值税13%另计' — the vendor's words govern: 196,000 before VAT; the must-have 订单跟踪 only as '订单跟踪模块，另加1.8万元（不含税）' — added: (196,000 + 18,000) × 1.13 = 241,820 (order tracking conditional); 等保 '三级测评中，预计2026年3月取得备案证明' = in progress (false, claimed): unverified; SM4; HTTPS; RBAC; 12个月; 百行; 12个月 with bug修复+版本升级; 政策 免费; 7×24; 1小时内; 提供; 写入合同; 维保期满后年费 still the template's '（请填写金额，元/年）' = unknown; 完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="stated", support_7x24="stated",
                         response_hours="stated", lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed", "conditional"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_missing", "price_over_budget",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                   "source_partial", "source_licence_only"]),
    ]
    write_toml(V3_NAME.replace(".xlsx", ".toml"), comment, "consumer_installment", [V3_NAME], "澄江抚仙信息技术有限公司",
               "澄江抚仙 — on its own sheet, never reached by the abandoned 汇总 — proves every gate (备案证明编号53042143008-24021, SM4 on four named fields, TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every instalment must-have, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 30 minutes, lifetime consulting, all in the contract, 2.5万 a year after and full unencrypted source, at 268,000 含税 inside 20–30万. The 汇总's favourite 宣威可渡 is '24.8' only by the buyer's typo: its own sheet says 34.8万元（含税）, over the band. 水富金沙 (246,000) works 5×8, answers in 4 hours and charges major policy changes; 阜康天池 (241,820 after VAT and its 订单跟踪 option) is still 三级测评中.",
               vendors)


if __name__ == "__main__":
    build_zzv01()
    build_zzv02()
    build_zzv03()
