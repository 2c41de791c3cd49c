"""Build the "zzzl" holdout case files (theme: A COUNTY-LEVEL (县域) LENDER'S CLERKS AND THEIR TOOLS).

Written from the outside (shared/domain.md, docs/analyst-reading.md); the product was neither run on these files nor
read. The expected readings are in the matching zzzl_0N_*.toml.

Run:  .venv/bin/python tests/holdout/make_cases_zzzl.py  (writes beside itself; the cases, once read fully, live in tests/cases)
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from case_io import BLOAT, _save, write_toml

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
GREY = PatternFill("solid", fgColor="DDDDDD")
YELLOW = PatternFill("solid", fgColor="FFF2CC")
BLUE = PatternFill("solid", fgColor="DDEBF7")

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


# ---------------------------------------------------------------------------------------------------------------
# zzzl_01 — 采购专员's WPS 表格 response matrix (是否满足 | 响应说明 per vendor), personal credit
# ---------------------------------------------------------------------------------------------------------------
C1_VENDORS = ["瑞金红都数科有限公司", "于都长征信息技术有限公司", "兴国将军软件有限公司", "会昌汉仙数据服务有限公司",
              "石城通天寨科技有限公司"]
C1_ROWS = [
    # (requirement, stars, [(ok, words) x5], 复核意见)
    ("报价总价（请注明是否含税及税率）", "★★★", [
        ("满足", "19.6万元（含税，13%专票）"),
        ("满足", "22.8万元（不含税，增值税税率6%）"),
        ("满足", "17.8万元（含税）"),
        ("满足", "16.5万元（含税）"),
        ("满足", "21.5万元（含税）")], "红都最低；长征是不含税价"),
    ("功能模块：个人征信查询、风控模型、反欺诈模型、还款管理、风控审批、用户管理（须全部包含）", "★★★", [
        ("满足", "个人征信查询、智能风控模型、反欺诈模型（设备指纹＋黑名单）、还款计划及提醒、风控审批、用户管理"),
        ("满足", "个人征信查询、风控模型（评分卡＋规则引擎）、反欺诈模型、还款管理（还款计划、到期提醒）、风控审批流、用户管理"),
        ("部分满足", "个人征信查询、反欺诈模型、还款管理、风控审批、用户管理；风控模型为选配模块，另加3.2万元（含税）"),
        ("满足", "个人征信查询、风控模型、反欺诈模型、还款管理、风控审批、用户管理、区块链存证"),
        ("满足", "个人征信查询、风控模型、反欺诈模型、还款管理、风控审批流、用户管理")], "五家基本都有"),
    ("网络安全等级保护三级（须提供备案证明编号）", "★★★", [
        ("满足", "等保三级测评中，已与测评机构签约，预计2026年1月取得备案证明"),
        ("满足", "已取得等保三级，备案证明编号36073143008-24011（2024年9月取得），定级对象：长征个人信贷业务系统"),
        ("满足", "已取得等保三级，备案证明编号36073243011-23006（2023年11月取得），定级对象：将军小贷信贷管理系统"),
        ("部分满足", "已取得等保二级备案（备案证明编号36073343002-22004），三级暂无计划"),
        ("满足", "已取得等保三级，备案证明编号36073543005-24002（2024年5月取得），定级对象：通天寨信贷业务系统")],
     "红都满足；汉仙部分满足"),
    ("敏感字段（身份证号、手机号）采用国密SM4加密", "★★", [
        ("满足", "SM4加密（身份证号、手机号、银行卡号）"),
        ("满足", "SM4加密（身份证号、手机号）"),
        ("部分满足", "AES-256加密，可按需改造为SM4"),
        ("满足", "SM4加密（身份证号、手机号）"),
        ("满足", "SM4加密（手机号、身份证号）")], ""),
    ("全站HTTPS传输加密", "★★", [
        ("满足", "全站HTTPS（TLS1.2）"), ("满足", "HTTPS（TLS1.2）"), ("满足", "HTTPS"), ("满足", "HTTPS"),
        ("满足", "全站HTTPS")], ""),
    ("基于角色的权限管理", "★★", [
        ("满足", "RBAC角色权限，按岗位分配"), ("满足", "按岗位角色分配权限"), ("满足", "角色权限管理"),
        ("满足", "角色权限管理"), ("满足", "RBAC角色权限")], ""),
    ("操作日志保存不少于6个月", "★★", [
        ("满足", "操作日志保存12个月，支持异常操作追溯"),
        ("满足", "操作日志保存12个月"),
        ("满足", "操作日志保存6个月"),
        ("满足", "操作日志保存6个月"),
        ("满足", "长期保存")], ""),
    ("对接持牌征信机构（人行征信中心、百行征信、朴道征信）", "★★", [
        ("满足", "已直连百行征信"),
        ("满足", "已直连百行征信、朴道征信"),
        ("满足", "百行征信"),
        ("满足", "百行征信"),
        ("满足", "通过第三方数据服务商间接查询人行征信")], "通天寨能查人行"),
    ("免费维护期不少于12个月", "★★", [
        ("满足", "免费维护12个月"),
        ("满足", "免费维护12个月，另赠送6个月（需签订三年维保合同）"),
        ("满足", "终身维护"),
        ("满足", "免费维护12个月"),
        ("满足", "免费维护12个月")], "长征实际18个月"),
    ("维护范围含缺陷修复及小版本升级", "★", [
        ("满足", "含缺陷修复及小版本升级"),
        ("满足", "含缺陷修复及小版本升级"),
        ("部分满足", "仅缺陷修复，版本升级另计"),
        ("满足", "含bug修复及小版本升级"),
        ("满足", "含缺陷修复及小版本升级")], ""),
    ("监管政策调整免费适配", "★", [
        ("满足", "监管政策调整适配免费"),
        ("满足", "监管政策调整适配免费"),
        ("不满足", "重大监管政策调整另行报价"),
        ("满足", "免费适配"),
        ("满足", "政策适配免费")], ""),
    ("7×24小时技术支持", "★", [
        ("满足", "7×24小时"),
        ("满足", "7×24小时"),
        ("不满足", "5×8（工作日9:00-17:30）"),
        ("满足", "7×24小时"),
        ("满足", "7×24小时")], ""),
    ("故障响应时间不超过2小时", "★", [
        ("满足", "1小时内响应"),
        ("满足", "工作时间30分钟内响应，夜间及节假日2小时内响应"),
        ("部分满足", "4小时内响应"),
        ("满足", "2小时内响应"),
        ("满足", "2小时内响应")], "长征30分钟"),
    ("终身技术咨询", "★", [
        ("满足", "提供终身技术咨询"), ("满足", "提供终身技术咨询"), ("满足", "提供终身技术咨询"),
        ("满足", "提供终身技术咨询"), ("满足", "提供终身技术咨询")], ""),
    ("维保期满后年费（元/年，请填写）", "★", [
        ("—", "维保期满后年费1.8万元/年"),
        ("—", "维保期满后年费2.2万元/年"),
        ("—", "维保期满后年费2.5万元/年"),
        ("—", "维保期满后年费1.5万元/年"),
        ("—", "维保期满后年费2万元/年")], ""),
    ("以上服务承诺写入合同", "★★", [
        ("满足", "以上承诺全部写入合同"),
        ("满足", "以上服务承诺全部写入合同"),
        ("满足", "以合同约定为准"),
        ("满足", "写入合同"),
        ("满足", "以上承诺写入合同")], ""),
    ("完整源码交付，无加密，可二次开发", "★★", [
        ("满足", "完整源码，无加密，可二次开发"),
        ("满足", "完整源码交付，无加密，可二次开发"),
        ("满足", "完整源码"),
        ("满足", "完整源码，无加密"),
        ("部分满足", "核心风控决策引擎以加密SDK形式提供，其余模块提供完整源码")], "通天寨引擎加密"),
]


def case01() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "技术商务响应表"
    ncol = 3 + 2 * len(C1_VENDORS) + 1
    ws.cell(1, 1, "宁都县翠微小额贷款有限公司 个人信用贷系统源码采购 技术商务需求响应表").font = TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "填表说明：“是否满足”由各供应商下拉选择（满足/部分满足/不满足），“响应说明”为供应商填写原文；"
                  "★为我司重要性分级；末列为采购专员复核意见（内部）。整理：采购专员 温小芳　2025年11月20日")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(2, 1).alignment = WRAP
    for c, h in enumerate(["序号", "技术/商务要求", "重要性(★)"], 1):
        ws.cell(3, c, h)
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    for i, name in enumerate(C1_VENDORS):
        c = 4 + 2 * i
        ws.cell(3, c, name)
        ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 1)
        ws.cell(4, c, "是否满足")
        ws.cell(4, c + 1, "响应说明")
    ws.cell(3, ncol, "采购专员复核意见")
    ws.merge_cells(start_row=3, start_column=ncol, end_row=4, end_column=ncol)
    for r in (3, 4):
        for c in range(1, ncol + 1):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).alignment = CENTER
            ws.cell(r, c).fill = GREY
            ws.cell(r, c).border = BOX
    ws.cell(3, ncol).fill = YELLOW
    for k, (req, stars, answers, remark) in enumerate(C1_ROWS):
        r = 5 + k
        ws.cell(r, 1, k + 1)
        ws.cell(r, 2, req)
        ws.cell(r, 3, stars)
        for i, (ok, words) in enumerate(answers):
            ws.cell(r, 4 + 2 * i, ok)
            ws.cell(r, 5 + 2 * i, words)
        ws.cell(r, ncol, remark or None)
        ws.cell(r, ncol).fill = YELLOW
        for c in range(1, ncol + 1):
            ws.cell(r, c).alignment = WRAP
            ws.cell(r, c).border = BOX
    last = 5 + len(C1_ROWS)
    ws.cell(last + 1, 1, "复核小结（采购专员）：红都各项均为“满足”且报价最低，建议首选；长征为不含税价，次选；汉仙等保部分满足。")
    ws.merge_cells(start_row=last + 1, start_column=1, end_row=last + 1, end_column=ncol)
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 8
    for i in range(len(C1_VENDORS)):
        ws.column_dimensions[get_column_letter(4 + 2 * i)].width = 8
        ws.column_dimensions[get_column_letter(5 + 2 * i)].width = 30
    ws.column_dimensions[get_column_letter(ncol)].width = 22
    ws.freeze_panes = "D5"
    _save(wb, "zzzl_01_pc_wps_xiangying_juzhen_fuhe_yijian.xlsx")

    comment = """
Voice: 宁都县翠微小额贷款有限公司 (宁都, 赣州; a county-level lender making personal credit loans to salaried staff, teachers
  and small traders in town, no cross-border business; the type's band is 18–25万). Its 采购专员 (温小芳) sent a WPS 表格
  requirement matrix to five vendors, pasted their returned columns side by side and added her 复核意见 at the right.
Layout: .xlsx, one sheet 技术商务响应表. Row 1 the title (merged), row 2 the 填表说明 (merged: "是否满足" is the vendor's drop-down,
  "响应说明" the vendor's own words, ★ the buyer's weighting, the last column the 采购专员's internal remarks), rows 3–4 a two-row
  header: 序号 | 技术/商务要求 | 重要性(★) merged down, then each vendor's full name merged over 是否满足 | 响应说明, then
  采购专员复核意见 (yellow, merged down). Rows 5–21 one requirement each (price and tax, module list, 等保, SM4, HTTPS, 权限, 日志,
  征信, 免费维护期, 维护范围, 政策适配, 7×24, 响应时间, 终身咨询, 年费, 写入合同, 源码). Row 23 her 复核小结 (merged).
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor pair (five quotes), the 响应说明 being the vendor's answer (a 采购需求响应表: "the 说明 is the vendor's
  answer"; a "—" in 是否满足 is no answer and the 说明 beside it still speaks). The requirement column, the ★ column, the
  复核意见 column and the 复核小结 are the buyer's, never a vendor's words.
Traps: the decisive one is 瑞金红都's 等保. Its drop-down says 满足 on every row and its price is the lowest of those with
  every row 满足 (19.6万 含税, inside 18–25万), with every after-sales term at its best; the 采购专员 writes "建议首选":
  CARELESS TOP PICK 瑞金红都数科有限公司. But its 说明 under the 等保 requirement reads "等保三级测评中，已与测评机构签约，预计2026年1月
  取得备案证明": in progress — mlps_level3 false, status claimed — so the gate is UNVERIFIED (the 满足 ticked beside it is the
  vendor's own verdict, never a certificate). The careful pick is 于都长征 (pass): "22.8万元（不含税，增值税税率6%）" = 228,000 × 1.06
  = 241,680 (the quote names its rate, inside the band); its filing names its own 长征个人信贷业务系统; SM4, TLS1.2, role-based
  access, 12-month logs, 百行 + 朴道 direct, every personal-credit must-have and anti-fraud; "免费维护12个月，另赠送6个月（需签订三年
  维保合同）" is 12 (a gift on a condition does not count — her "实际18个月" is hers); minor upgrades, free policy adaptation, 7×24,
  "工作时间30分钟内响应，夜间及节假日2小时内响应" = 2 h (the slowest); lifetime consulting; 2.2万 a year; all in the contract; full
  source. 石城通天寨 passes too but is weaker: "通过第三方数据服务商间接查询人行征信" (no licensed connection: false), "满足 | 长期保存"
  under the ≥6-month log requirement (a claim, no period of its own) and "核心风控决策引擎以加密SDK形式提供" (partial source).
  兴国将军 passes and is weaker still: "部分满足 | …风控模型为选配模块，另加3.2万元（含税）" makes the risk model an option added at
  its price (178,000 + 32,000 = 210,000, conditional); "AES-256加密，可按需改造为SM4" (conditional); "终身维护" (12 months,
  claimed); "仅缺陷修复，版本升级另计"; "重大监管政策调整另行报价" (conditional: false); 5×8; 4 hours. 会昌汉仙 FAILS on
  "已取得等保二级备案（…），三级暂无计划" (level 2 held, level 3 not planned: a stated no), and adds 区块链存证 (bloat).
Not settled and not asserted: 兴国将军's SM4 value (status conditional asserted) and whether no_sm4 or conditional flags ride
  beside it; its "满足 | 以合同约定为准" under 写入合同 (unknown, or a bare 满足 read as a claim) and its source ("完整源码" without the
  words 无加密); the audit_log_months value recorded for 通天寨's "长期保存" and whether audit_log_under_6m is raised; the standing of
  its indirect bureau line; whether no_mlps_level3 rides beside 红都's in-progress claim; whether 长征's conditional gift raises
  a question flag. None moves a gate or the pick.
"""
    vendors = [
        _v("瑞金红都数科有限公司", "unverified",
           "报价 '19.6万元（含税，13%专票）' = 196,000. 等保 '满足 | 等保三级测评中，已与测评机构签约，预计2026年1月取得备案证明' — in "
           "progress: mlps false, claimed, UNVERIFIED (the 满足 drop-down and the 采购专员's '建议首选' prove nothing). Everything else "
           "stated: SM4, TLS1.2, RBAC, 12-month logs, 百行直连, all must-haves and anti-fraud, 12 months with minor upgrades, free "
           "policy adaptation, 7×24, 1 hour, lifetime consulting, 1.8万/年, in the contract, full source.",
           price=196000,
           values=dict(GOOD, mlps_level3=False, response_hours=1, annual_fee_after_warranty_cny=18000),
           status=dict(mlps_level3="claimed", sm4_encryption="stated", tls="stated", audit_log_months="stated",
                       licensed_credit_bureau="stated", free_maintenance_months="stated", support_7x24="stated",
                       response_hours="stated"),
           fin=PC, fex=BLOAT, flin=["claimed"],
           flex=[f for f in BAD if f != "no_mlps_level3"] + ["no_anti_fraud"]),
        _v("于都长征信息技术有限公司", "pass",
           "'22.8万元（不含税，增值税税率6%）' = 241,680 (the quote's own rate). '已取得等保三级，备案证明编号36073143008-24011（2024年9月取得），"
           "定级对象：长征个人信贷业务系统'; SM4; TLS1.2; 按岗位角色分配权限; 日志12个月; 百行 + 朴道 直连; every must-have and anti-fraud; "
           "'免费维护12个月，另赠送6个月（需签订三年维保合同）' = 12; minor upgrades; free policy adaptation; 7×24; '工作时间30分钟内响应，"
           "夜间及节假日2小时内响应' = 2 h; lifetime consulting; 2.2万/年; all in the contract; full source.",
           price=241680,
           values=dict(GOOD, response_hours=2, annual_fee_after_warranty_cny=22000),
           status={k: v for k, v in dict(GOOD_ST, response_hours="stated").items() if k != "free_maintenance_months"},
           fin=PC, fex=BLOAT, flex=CLEAN + ["no_anti_fraud"]),
        _v("兴国将军软件有限公司", "pass",
           "'17.8万元（含税）' + the must-have risk model offered '选配模块，另加3.2万元（含税）' = 210,000, the risk model present "
           "(conditional). Filing stated for its own 将军小贷信贷管理系统. 'AES-256加密，可按需改造为SM4' conditional; HTTPS; 角色权限; 日志6个月; "
           "百行征信; '终身维护' = 12 months claimed; '仅缺陷修复，版本升级另计'; '重大监管政策调整另行报价' (conditional: false); "
           "'5×8（工作日9:00-17:30）'; 4 hours; lifetime consulting; 2.5万/年.",
           price=210000,
           values=dict(mlps_level3=True, tls=True, access_control=True, audit_log_months=6, licensed_credit_bureau=True,
                       free_maintenance_months=12, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                       support_7x24=False, response_hours=4, lifetime_consulting=True,
                       annual_fee_after_warranty_cny=25000),
           status=dict(mlps_level3="stated", sm4_encryption="conditional", free_maintenance_months="claimed",
                       policy_adaptation_free="conditional", support_7x24="stated", response_hours="stated"),
           fin=PC, fex=BLOAT,
           flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
           flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                 "price_missing", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                 "maintenance_under_12m", "no_lifetime_consulting", "bloat_features", "source_licence_only",
                 "no_anti_fraud"]),
        _v("会昌汉仙数据服务有限公司", "fail",
           "等保 '部分满足 | 已取得等保二级备案（备案证明编号36073343002-22004），三级暂无计划' — level 2 held, level 3 not planned: a stated "
           "no, FAIL. '16.5万元（含税）' = 165,000. Modules complete, plus 区块链存证 (bloat). SM4, HTTPS, 角色权限, 日志6个月, 百行, 12 months "
           "with upgrades, free policy adaptation, 7×24, 2 hours, lifetime consulting, 1.5万/年, in the contract.",
           price=165000,
           values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                       licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                       policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                       annual_fee_after_warranty_cny=15000, commitments_in_contract=True),
           status=dict(mlps_level3="stated"),
           fin=PC + ["blockchain_evidence"],
           flin=["no_mlps_level3", "bloat_features"],
           flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                 "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                 "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                 "response_over_2h", "no_lifetime_consulting", "not_in_contract", "no_anti_fraud"]),
        _v("石城通天寨科技有限公司", "pass",
           "'21.5万元（含税）' = 215,000. Filing stated for its own 通天寨信贷业务系统; SM4; HTTPS; RBAC; every must-have and anti-fraud. "
           "But '通过第三方数据服务商间接查询人行征信' is no licensed connection (false), '满足 | 长期保存' under the ≥6-month log requirement is "
           "a claim, and '核心风控决策引擎以加密SDK形式提供，其余模块提供完整源码' is partial source. After-sales good: 12 months with "
           "upgrades, free policy adaptation, 7×24, 2 hours, lifetime consulting, 2万/年, in the contract.",
           price=215000,
           values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True,
                       licensed_credit_bureau=False, free_maintenance_months=12, maintenance_includes_upgrades=True,
                       policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                       annual_fee_after_warranty_cny=20000, commitments_in_contract=True,
                       source_code_delivery="partial"),
           status=dict(mlps_level3="stated", audit_log_months="claimed", free_maintenance_months="stated",
                       support_7x24="stated", response_hours="stated"),
           fin=PC, fex=BLOAT,
           flin=["no_licensed_credit_bureau", "source_partial"],
           flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                 "price_missing", "no_sm4", "no_tls", "no_access_control", "maintenance_under_12m",
                 "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                 "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_licence_only",
                 "no_anti_fraud"]),
    ]
    write_toml("zzzl_01_pc_wps_xiangying_juzhen_fuhe_yijian.toml", comment, "personal_credit",
               ["zzzl_01_pc_wps_xiangying_juzhen_fuhe_yijian.xlsx"], "于都长征信息技术有限公司",
               "于都长征 proves its level-3 filing for its own system, prices at 241,680 (22.8万 before 6% VAT, the rate its answer "
               "names) and gives every after-sales term at its best (12 months — the bonus six are conditional —, 7×24 with a "
               "2-hour worst case). 瑞金红都 ticked 满足 on every row and is cheapest, but its own words say its 等保三级 is still "
               "being assessed: unverified. 石城通天寨 passes with an indirect bureau link, a claimed log period and an encrypted "
               "engine; 兴国将军 passes with the risk model as a paid option and weak after-sales; 会昌汉仙 holds only level 2 (fail).",
               vendors)


# ---------------------------------------------------------------------------------------------------------------
# zzzl_02 — 信贷部内勤 pasted each vendor's e-mail reply line by line into column A, merchant loans
# ---------------------------------------------------------------------------------------------------------------
C2_LINES = [
    "商户经营贷系统源码询价——供应商邮件回复（逐行粘贴留底）",
    "整理：信贷部内勤 刘晓燕　2025年11月25日。说明：每封邮件以“——————发件人：……——————”分隔；以“>”开头的行是对方回复时自动引用的"
    "我方原邮件或对方自己的旧邮件，不是对方本次回复的内容。",
    "",
    "——————发件人：我方 刘晓燕（询价邮件原稿，留底）——————",
    "发送时间：2025年11月17日 09:30",
    "主题：商户经营贷系统源码询价",
    "贵公司好！我司拟采购商户经营贷系统源码，要求如下：",
    "1. 须已取得等保三级，提供备案证明编号；",
    "2. 须包含企业征信查询、银行流水分析、电子合同三个模块；",
    "3. 7×24小时技术支持，2小时内响应；",
    "4. 以上服务承诺写入合同。",
    "请于11月20日前回复报价，注明是否含税。",
    "",
    "——————发件人：临沂蒙山数科有限公司 张经理——————",
    "发送时间：2025年11月19日 10:12",
    "主题：回复：商户经营贷系统源码询价",
    "刘经理您好，感谢贵司邀请，我司报价如下：",
    "报价：23.6万元（含税）",
    "功能模块：企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理、数据分析大屏",
    "等保：按等保三级标准设计开发，可协助贵司完成等保测评",
    "数据安全：敏感字段SM4加密（身份证号、手机号）；全站HTTPS；RBAC角色权限；操作日志保存12个月",
    "征信接口：已直连百行征信",
    "售后：免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；提供终身技术咨询",
    "维保期满后年费：2万元/年",
    "合同：以上售后承诺均写入合同",
    "源码：完整源码交付，无加密，可二次开发",
    "以上，如有疑问请随时联系。",
    "张伟",
    "销售经理 | 临沂蒙山数科有限公司",
    "手机：13805391234　电话：0539-8216655",
    "在 2025-11-17 09:30，刘晓燕 写道：",
    "> 贵公司好！我司拟采购商户经营贷系统源码，要求如下：",
    "> 1. 须已取得等保三级，提供备案证明编号；",
    "> 2. 须包含企业征信查询、银行流水分析、电子合同三个模块；",
    "> 3. 7×24小时技术支持，2小时内响应；",
    "> 4. 以上服务承诺写入合同。",
    "",
    "——————发件人：费县云瀑信息技术有限公司 王敏——————",
    "发送时间：2025年11月24日 16:05",
    "主题：回复：回复：商户经营贷系统源码询价（最终报价）",
    "刘经理您好：",
    "经公司审批，我司最终报价及条款如下（以本邮件为准）：",
    "最终报价：25.8万元（含税，13%增值税专票）",
    "功能模块：企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理",
    "等保：已取得等保三级，备案证明编号37132343009-24007（2024年7月取得），定级对象：云瀑小微信贷管理系统",
    "数据安全：敏感字段SM4加密（身份证号、手机号、银行账号）；全站HTTPS（TLS1.2）；按岗位角色分配权限；操作日志保存12个月，支持异常行为追溯",
    "征信接口：已直连百行征信（企业征信查询）",
    "售后：免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；提供终身技术咨询",
    "维保期满后年费：2.6万元/年",
    "合同：以上服务承诺全部写入合同",
    "源码：完整源码交付，无加密，可二次开发",
    "王敏",
    "大客户经理　费县云瀑信息技术有限公司",
    "手机：13953987721",
    "在 2025-11-21 11:02，刘晓燕 写道：",
    "> 王经理好，贵司报价偏高，能否再优惠？",
    "> 在 2025-11-18 15:40，王敏 写道：",
    "> > 报价：27.6万元（含税）",
    "> > 免费维护6个月，含bug修复",
    "",
    "——————发件人：平邑九间棚软件有限公司 孙工——————",
    "发送时间：2025年11月19日 17:48",
    "主题：回复：商户经营贷系统源码询价",
    "刘经理：您好！附我司报价要点：",
    "报价：22万元（含税）",
    "功能模块：企业征信查询、电子合同、风控审批、还款管理、用户管理；银行流水分析需二期开发，届时另行报价",
    "等保：已取得等保三级，备案证明编号37132643004-23010（2023年10月取得），定级对象：九间棚信贷业务系统",
    "数据安全：SM4加密（身份证号、手机号）；HTTPS；角色权限管理；操作日志保存6个月",
    "征信接口：百行征信",
    "售后：免费维护12个月，含bug修复及小版本升级；政策适配免费；7×24小时技术支持，2小时内响应；提供终身技术咨询",
    "维保期满后年费：2.2万元/年",
    "合同：服务承诺写入合同",
    "源码：完整源码",
    "孙立强 技术总监",
    "平邑九间棚软件有限公司",
    "",
    "——————发件人：郯城马陵山科技有限公司 周经理——————",
    "发送时间：2025年11月20日 09:05",
    "主题：回复：商户经营贷系统源码询价",
    "刘经理您好，我司报价如下：",
    "报价：28.6万元（不含税），增值税按6%另开专票",
    "功能模块：企业征信查询、银行流水分析、电子合同管理、风控审批、还款管理、用户管理",
    "等保：已取得等保三级，备案证明编号37132243012-24003（2024年3月取得），定级对象：马陵山小贷业务系统",
    "数据安全：SM4加密；HTTPS；角色权限管理；操作日志保存6个月",
    "征信接口：百行征信",
    "售后：免费维护6个月，仅修复缺陷，不含版本升级；监管政策调整按人天收费（1200元/人天）；技术支持5×8（工作日8:30-17:30），4小时内响应；合同期内提供技术咨询",
    "维保期满后年费：3.5万元/年",
    "合同：服务承诺以合同约定为准",
    "源码：完整源码交付，无加密",
    "周海涛",
    "郯城马陵山科技有限公司 销售部",
    "> 贵公司好！我司拟采购商户经营贷系统源码，要求如下：",
    "> 3. 7×24小时技术支持，2小时内响应；",
    "> 4. 以上服务承诺写入合同。",
    "",
    "——————发件人：兰陵压油沟数据服务有限公司 赵磊——————",
    "发送时间：2025年11月18日 14:20",
    "主题：回复：商户经营贷系统源码询价",
    "刘经理您好，感谢贵司邀请。我司近期项目排期已满，本次不参与报价，望谅解。",
    "赵磊",
    "兰陵压油沟数据服务有限公司",
    "> 贵公司好！我司拟采购商户经营贷系统源码，要求如下：",
    "> 1. 须已取得等保三级，提供备案证明编号；",
]


def case02() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "邮件回复粘贴"
    for r, line in enumerate(C2_LINES, 1):
        ws.cell(r, 1, line if line else None)
    ws.cell(1, 1).font = BOLD
    ws.column_dimensions["A"].width = 120
    _save(wb, "zzzl_02_ml_youjian_zhuhang_zhantie_yinyong.xlsx")

    comment = """
Voice: 沂水县沂蒙小额贷款有限公司 (沂水, 临沂; a county-level lender making business loans to market stall holders, small
  factories and farm-produce traders, no cross-border business; the type's band is 25–35万). Its 信贷部内勤 (刘晓燕) copied each
  vendor's e-mail reply out of the mail client and pasted it line by line into column A, one line a row, her own inquiry
  first, each mail under a separator line, quoted text ("> ") and signatures included.
Layout: .xlsx, one sheet 邮件回复粘贴, column A only. Row 1 a title, row 2 her note (separators; lines opening with ">" are the
  buyer's own earlier mail or the vendor's old mail quoted by the reply, not the reply). Then blocks, each opened by
  "——————发件人：… ——————", a 发送时间 and a 主题 line: 我方 刘晓燕's inquiry (留底), then 临沂蒙山 (张经理), 费县云瀑 (王敏, its final
  offer, quoting the buyer's request for a discount and its own earlier mail as "> > "), 平邑九间棚 (孙工), 郯城马陵山 (周经理) and
  兰陵压油沟 (赵磊, declining). Every vendor line "label：value"; signatures with names, titles, the company and phone numbers.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor block (four quotes), the vendor the company in its separator and signature, never the person
  nor the buyer; read like a mail pasted line by line — the quoted "> " lines are the earlier messages, never read again, and
  the buyer's inquiry block is the buyer's (its requirements are no vendor's terms). Phone numbers, dates and the buyer's
  numbered requirements are no amounts. 兰陵压油沟 says "本次不参与报价": no quote. The title and the note are the clerk's.
Traps: the decisive one is 临沂蒙山's 等保. Its block is the cheapest complete one (23.6万 含税) with every after-sales term at its
  best, and the lines under its reply, quoting the buyer's inquiry, read "> 1. 须已取得等保三级，提供备案证明编号；" and "> 3. 7×24小时
  技术支持，2小时内响应；": a reader who takes the block as a whole ranks it first: CARELESS TOP PICK 临沂蒙山数科有限公司. But those are
  the buyer's words quoted back; the vendor's own line says "等保：按等保三级标准设计开发，可协助贵司完成等保测评" — designed to the
  standard, help offered: a claim, UNVERIFIED. The careful pick is 费县云瀑 (pass): its final mail "最终报价：25.8万元（含税，13%增值税
  专票）" = 258,000 (the old 27.6万 and "免费维护6个月" appear only as "> > " quotes of its earlier mail, never read again); filing for
  its own 云瀑小微信贷管理系统; SM4, TLS1.2, role-based access, 12-month logs, 百行直连; every merchant-loan must-have; 12 months with
  minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, 2.6万 a year, all in the contract, full
  source. 郯城马陵山 passes but is weak: "28.6万元（不含税），增值税按6%另开专票" = 303,160; "免费维护6个月，仅修复缺陷，不含版本升级";
  "监管政策调整按人天收费"; 5×8; 4 hours; "合同期内提供技术咨询" (no lifetime consulting). 平邑九间棚 FAILS: "银行流水分析需二期开发，
  届时另行报价" — a must-have put off to a later phase is missing, never an option.
Not settled and not asserted: the values of 临沂蒙山's claimed level and whether no_mlps_level3 rides beside the claim; the 数据分析
  大屏 in its list (bi_dashboard, deferrable, not asserted); 马陵山's "服务承诺以合同约定为准" (unknown) and its source ("完整源码交付，
  无加密" without 可二次开发, full by the domain's words but not asserted); whether the buyer's inquiry block and the decline are
  reported as notes or as skipped lines (neither may be a quote). None moves a gate or the pick.
"""
    vendors = [
        _v("临沂蒙山数科有限公司", "unverified",
           "Its own line '等保：按等保三级标准设计开发，可协助贵司完成等保测评' is a claim (the '> 须已取得等保三级…' lines under the reply are the "
           "buyer's inquiry quoted back): UNVERIFIED. '报价：23.6万元（含税）' = 236,000. SM4, HTTPS, RBAC, 12-month logs, 百行直连, every "
           "must-have; 12 months with minor upgrades, free policy adaptation, 7×24, 1 hour, lifetime consulting, 2万/年, in the "
           "contract, full source.",
           price=236000,
           values=dict({k: v for k, v in GOOD.items() if k != "mlps_level3"}, response_hours=1,
                       annual_fee_after_warranty_cny=20000),
           status=dict(mlps_level3="claimed", sm4_encryption="stated", licensed_credit_bureau="stated",
                       free_maintenance_months="stated", support_7x24="stated", response_hours="stated",
                       commitments_in_contract="stated"),
           fin=ML, fex=BLOAT, flin=["claimed"],
           flex=[f for f in BAD if f != "no_mlps_level3"]),
        _v("费县云瀑信息技术有限公司", "pass",
           "Final mail: '最终报价：25.8万元（含税，13%增值税专票）' = 258,000 (the quoted '> > 报价：27.6万元' and '> > 免费维护6个月' are its "
           "old mail, not read). '已取得等保三级，备案证明编号37132343009-24007（2024年7月取得），定级对象：云瀑小微信贷管理系统'; SM4; TLS1.2; "
           "role-based access; 12-month logs; 百行直连; every must-have; 12 months with minor upgrades; free policy adaptation; "
           "7×24 within 2 hours; lifetime consulting; 2.6万/年; all in the contract; full source.",
           price=258000,
           values=dict(GOOD, response_hours=2, annual_fee_after_warranty_cny=26000),
           status=dict(GOOD_ST, response_hours="stated"),
           fin=ML, fex=BLOAT, flex=CLEAN),
        _v("平邑九间棚软件有限公司", "fail",
           "功能模块 '…；银行流水分析需二期开发，届时另行报价' — a must-have put off to a second phase is missing: FAIL. '22万元（含税）' = "
           "220,000. Filing stated; SM4; HTTPS; 角色权限; 日志6个月; 百行; 12 months with upgrades, free policy adaptation, 7×24, 2 "
           "hours, lifetime consulting, 2.2万/年, in the contract.",
           price=220000,
           values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                       licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                       policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                       annual_fee_after_warranty_cny=22000),
           status=dict(mlps_level3="stated"),
           fin=["enterprise_credit", "contract_management", "repayment_management", "risk_approval", "user_management"],
           fex=["cashflow_analysis"] + BLOAT,
           flin=["missing_must_have"],
           flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "no_sm4",
                 "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                 "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                 "response_over_2h", "no_lifetime_consulting", "bloat_features"]),
        _v("郯城马陵山科技有限公司", "pass",
           "'28.6万元（不含税），增值税按6%另开专票' = 303,160. Filing stated for its own system; SM4; HTTPS; 角色权限; 日志6个月; 百行; every "
           "must-have. Weak after-sales: '免费维护6个月，仅修复缺陷，不含版本升级'; '监管政策调整按人天收费（1200元/人天）'; '5×8（工作日8:30-17:30），"
           "4小时内响应'; '合同期内提供技术咨询' (no lifetime consulting); 3.5万/年.",
           price=303160,
           values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                       licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                       policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                       annual_fee_after_warranty_cny=35000),
           status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated",
                       response_hours="stated"),
           fin=ML, fex=BLOAT,
           flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                 "response_over_2h", "no_lifetime_consulting"],
           flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                 "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                 "no_licensed_credit_bureau", "bloat_features", "source_partial", "source_licence_only"]),
    ]
    write_toml("zzzl_02_ml_youjian_zhuhang_zhantie_yinyong.toml", comment, "merchant_loan",
               ["zzzl_02_ml_youjian_zhuhang_zhantie_yinyong.xlsx"], "费县云瀑信息技术有限公司",
               "费县云瀑's final mail gives 25.8万 含税 (its old 27.6万 only quoted), a level-3 filing for its own system and every "
               "after-sales term at its best. 临沂蒙山 is cheaper and its block shows '须已取得等保三级' — but that is the buyer's inquiry "
               "quoted back; its own line only says it is designed to the standard: unverified. 郯城马陵山 passes with weak "
               "after-sales and the highest price (303,160 with 6% VAT); 平邑九间棚 leaves bank-statement analysis to a second "
               "phase (fail); 兰陵压油沟 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------------------------
# zzzl_03 — 综合部文员's two-sheet workbook: 汇总 typed by hand, 原文摘录 word for word; consumer installment
# ---------------------------------------------------------------------------------------------------------------
C3_VENDORS = ["郴州苏仙岭数科有限公司", "资兴东江湖软件有限公司", "宜章莽山信息技术有限公司", "永兴便江科技有限公司",
              "嘉禾钟水数据服务有限公司"]
C3_SUMMARY = [
    # 报价（万元）, 含税, 等保三级, 必备模块, 免费维护（月）, 7×24, 经办人备注
    ("21.8", "是", "有", "齐", "12", "√", "最便宜，资质齐，推荐"),
    ("26.8", "否（+6%）", "待核", "齐", "6", "×", "偏贵"),
    ("19.6", "是", "有", "齐", "12", "√", "价格合适"),
    ("24.5", "是", "有", "齐", "12", "√", ""),
    ("279000", "是", "有", "齐", "12", "×", "最贵"),
]
C3_ITEMS = ["报价", "功能模块", "选配模块", "等保三级", "数据加密", "传输加密", "权限管理", "日志审计", "征信接口", "免费维护期",
            "维护范围", "监管政策适配", "技术支持", "响应时间", "终身技术咨询", "维保期满后年费", "写入合同", "源码交付"]
C3_WORDS = {
    "郴州苏仙岭数科有限公司": [
        "21.8万元（不含税），增值税税率6%",
        "商品管理、分期计算器、风控审批、还款管理、用户管理",
        "订单跟踪模块为选配，另加2.4万元（不含税），未含在报价内",
        "系统按等保三级要求设计，已通过等保测评",
        "SM4加密（身份证号、手机号）",
        "全站HTTPS",
        "RBAC角色权限",
        "操作日志保存12个月",
        "已直连百行征信",
        "免费维护12个月",
        "含bug修复及小版本升级",
        "监管政策调整免费适配",
        "7×24小时",
        "1小时内响应",
        "提供终身技术咨询",
        "1.8万元/年",
        "以上承诺写入合同",
        "完整源码，无加密，可二次开发"],
    "资兴东江湖软件有限公司": [
        "合计26.8万元（含税），其中实施部署费3万元",
        "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
        "无",
        "已取得等保三级，备案证明编号43108143006-24012（2024年10月取得），定级对象：东江湖消费分期业务系统",
        "SM4加密（身份证号、手机号、银行卡号）",
        "HTTPS（TLS1.2）",
        "按岗位角色分配权限",
        "操作日志保存12个月，支持异常行为追溯",
        "已直连百行征信",
        "免费维护12个月",
        "含缺陷修复及小版本升级",
        "监管政策调整适配免费",
        "7×24小时",
        "一级故障15分钟内响应，二级故障1小时内响应，三级故障2小时内响应",
        "提供终身技术咨询",
        "2.8万元/年",
        "以上服务承诺全部写入合同",
        "完整源码交付，无加密，可二次开发"],
    "宜章莽山信息技术有限公司": [
        "人民币玖万陆仟元整（¥96,000.00，含税）",
        "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
        "无",
        "已取得等保三级，备案证明编号43102243003-23008（2023年8月取得），定级对象：莽山分期业务系统",
        "SM4加密（身份证号、手机号）",
        "HTTPS",
        "角色权限管理",
        "操作日志保存6个月",
        "百行征信",
        "免费维护12个月",
        "含bug修复及小版本升级",
        "免费适配",
        "7×24小时",
        "2小时内响应",
        "提供终身技术咨询",
        "1.2万元/年",
        "写入合同",
        "完整源码"],
    "永兴便江科技有限公司": [
        "24.5万元（含税）",
        "商品管理、分期计算器、风控审批、还款管理、用户管理；订单跟踪功能详见产品说明书",
        "无",
        "已取得等保三级，备案证明编号43102343010-24004（2024年4月取得），定级对象：便江分期信贷系统",
        "SM4加密（手机号、身份证号）",
        "HTTPS",
        "角色权限管理",
        "操作日志保存12个月",
        "百行征信",
        "免费维护12个月",
        "含bug修复及小版本升级",
        "政策适配免费",
        "7×24小时",
        "2小时内响应",
        "提供终身技术咨询",
        "2万元/年",
        "写入合同",
        "核心风控引擎加密，其余模块提供源码"],
    "嘉禾钟水数据服务有限公司": [
        "27.9万元（含税）",
        "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
        "无",
        "已取得等保三级，备案证明编号43102443007-24010（2024年6月取得），定级对象：钟水消费金融业务系统",
        "SM4加密（身份证号、手机号）",
        "HTTPS",
        "RBAC角色权限",
        "操作日志保存6个月",
        "百行征信",
        "免费维护12个月",
        "仅修复缺陷，版本升级另计",
        "小调整免费，重大调整另行报价",
        "5×8（工作日9:00-17:30）",
        "4小时内响应",
        "合同期内提供咨询",
        "维保期满后按合同额15%/年",
        "以上承诺写入合同",
        "完整源码，无加密，可二次开发"],
}
C3_PAGES = {"报价": "P2", "功能模块": "P3", "选配模块": "P3", "等保三级": "P5", "数据加密": "P5", "传输加密": "P5",
            "权限管理": "P5", "日志审计": "P5", "征信接口": "P4", "免费维护期": "P6", "维护范围": "P6", "监管政策适配": "P6",
            "技术支持": "P6", "响应时间": "P6", "终身技术咨询": "P6", "维保期满后年费": "P7", "写入合同": "P7", "源码交付": "P7"}


def case03() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.cell(1, 1, "消费分期系统源码询价汇总（给周总看的简表）").font = TITLE
    ws.merge_cells("A1:I1")
    ws.cell(2, 1, "综合部 文员 邓小雨 手工录入，仅供快速浏览；数字可能有录入误差，如与“原文摘录”页不一致，以原文摘录为准。")
    ws.merge_cells("A2:I2")
    head = ["序号", "供应商", "报价（万元）", "含税", "等保三级", "必备模块", "免费维护（月）", "7×24", "经办人备注"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(3, c, h)
        cell.font = BOLD
        cell.fill = GREY
        cell.alignment = CENTER
        cell.border = BOX
    for i, (name, row) in enumerate(zip(C3_VENDORS, C3_SUMMARY)):
        r = 4 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, name)
        for c, val in enumerate(row, 3):
            ws.cell(r, c, val)
        for c in range(1, 10):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = WRAP
        ws.cell(r, 9).fill = YELLOW
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["I"].width = 22

    ws2 = wb.create_sheet("原文摘录")
    ws2.cell(1, 1, "各供应商报价函原文摘录（逐字照录，页码为报价函页码）").font = TITLE
    ws2.merge_cells("A1:E1")
    head2 = ["序号", "供应商名称", "摘录项目", "报价函原文（逐字照录）", "页码"]
    for c, h in enumerate(head2, 1):
        cell = ws2.cell(2, c, h)
        cell.font = BOLD
        cell.fill = BLUE
        cell.alignment = CENTER
        cell.border = BOX
    r = 3
    n = 1
    for name in C3_VENDORS:
        for item, words in zip(C3_ITEMS, C3_WORDS[name]):
            ws2.cell(r, 1, n)
            ws2.cell(r, 2, name)
            ws2.cell(r, 3, item)
            ws2.cell(r, 4, words)
            ws2.cell(r, 5, C3_PAGES[item])
            for c in range(1, 6):
                ws2.cell(r, c).border = BOX
                ws2.cell(r, c).alignment = WRAP
            r += 1
            n += 1
    ws2.column_dimensions["B"].width = 26
    ws2.column_dimensions["C"].width = 14
    ws2.column_dimensions["D"].width = 70
    _save(wb, "zzzl_03_ci_huizong_yuanwen_zhailu_liangye.xlsx")

    comment = """
Voice: 桂东县八面山小额贷款有限公司 (桂东, 郴州; a county-level lender financing instalment purchases of farm machinery, motorbikes
  and home appliances through town dealers, no cross-border business; the type's band is 20–30万). Its 综合部 clerk (邓小雨)
  built a two-sheet workbook for the general manager (周总): a short 汇总 she typed by hand and a 原文摘录 sheet where she copied
  each vendor's 报价函 word for word, item by item.
Layout: .xlsx, two sheets. 汇总: title row 1, row 2 her note ("手工录入，仅供快速浏览；数字可能有录入误差，如与“原文摘录”页不一致，以原文摘录
  为准"), header row 3 序号 | 供应商 | 报价（万元） | 含税 | 等保三级 | 必备模块 | 免费维护（月） | 7×24 | 经办人备注 (yellow), five vendor
  rows. 原文摘录: title row 1 ("逐字照录"), header row 2 序号 | 供应商名称 | 摘录项目 | 报价函原文（逐字照录） | 页码, then 18 rows per
  vendor (报价, 功能模块, 选配模块, 等保三级, 数据加密, 传输加密, 权限管理, 日志审计, 征信接口, 免费维护期, 维护范围, 监管政策适配, 技术支持,
  响应时间, 终身技术咨询, 维保期满后年费, 写入合同, 源码交付), the vendor's full name on every row, the 报价函's page ("P5") beside it.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor, read from its own words on 原文摘录 (a long table: 摘录项目 the item, the 原文 the value). The 汇总
  sheet is the clerk's own typing of the same five vendors, and her note says the extracts govern: where it disagrees with them
  it gives way (like the clerk's column beside the letters' words, "the letter's words are the quote"); her 经办人备注 is hers.
  The 页码 column holds pages, no amounts or periods.
Traps: the decisive one is 郴州苏仙岭's 等保 (and its price). The 汇总 shows it cheapest of the complete ones (21.8, 含税 是, 等保 有,
  模块 齐, 12 months, 7×24 √) with "最便宜，资质齐，推荐", while it shows 资兴东江湖 as 不含税, 等保 待核, 6 months and no 7×24:
  CARELESS TOP PICK 郴州苏仙岭数科有限公司. Its letter says "系统按等保三级要求设计，已通过等保测评" — designed to the level, and a pass
  that names no level: a claim, UNVERIFIED; its price is "21.8万元（不含税），增值税税率6%" with the must-have order tracking "为选配，另加
  2.4万元（不含税），未含在报价内": (218,000 + 24,000) × 1.06 = 256,520, order tracking present as a priced option (conditional). The
  careful pick is 资兴东江湖 (pass), whose letter the clerk mistyped: "合计26.8万元（含税），其中实施部署费3万元" = 268,000 (the 3万 is
  inside, never added; tax-inclusive whatever "否（+6%）" says); filing 43108143006-24012 for its own 东江湖消费分期业务系统; SM4,
  TLS1.2, role-based access, 12-month logs, 百行直连; every consumer-installment must-have; 12 months (not the 汇总's 6) with minor
  upgrades; free policy adaptation; 7×24 (not the 汇总's ×); "一级故障15分钟内响应，二级故障1小时内响应，三级故障2小时内响应" = 2 h (the
  slowest level); lifetime consulting; 2.8万 a year; all in the contract; full source. 嘉禾钟水 passes but is weaker: 279,000 含税
  (typed "279000" under 万元 on the 汇总), "仅修复缺陷，版本升级另计", "小调整免费，重大调整另行报价" (conditional: false), 5×8, 4 hours,
  "合同期内提供咨询" (no lifetime consulting), "维保期满后按合同额15%/年" = 41,850 a year. 宜章莽山 FAILS: its letter's price is
  "人民币玖万陆仟元整（¥96,000.00，含税）" = 96,000, under 10万 — the 汇总's "19.6" is the clerk's slip. 永兴便江 is UNVERIFIED:
  "订单跟踪功能详见产品说明书" answers a must-have with a pointer (unconfirmed, never missing), and "核心风控引擎加密，其余模块提供源码" is
  partial source.
Not settled and not asserted: the VALUE recorded for 苏仙岭's claimed level and whether no_mlps_level3 rides beside it; whether
  the 汇总 rows are listed as skipped, joined as a second source with warnings, or taken as copies (the pick and gates do not
  depend on it if the words govern); 莽山's source ("完整源码" alone) and its 6-month logs' standing; whether 便江's pointer raises
  unconfirmed or another flag, and its order_tracking being in or out of the feature list (not asserted either way); 苏仙岭's
  "选配模块" row being read as an options column. None moves a gate or the pick.
"""
    vendors = [
        _v("郴州苏仙岭数科有限公司", "unverified",
           "等保 '系统按等保三级要求设计，已通过等保测评' — designed to the level, a pass naming no level: a claim, UNVERIFIED (the 汇总's "
           "'有' and '推荐' are the clerk's). Price '21.8万元（不含税），增值税税率6%' plus the must-have '订单跟踪模块为选配，另加2.4万元（不含税）' = "
           "(218,000 + 24,000) × 1.06 = 256,520. SM4, HTTPS, RBAC, 12-month logs, 百行直连; 12 months with minor upgrades, free "
           "policy adaptation, 7×24, 1 hour, lifetime consulting, 1.8万/年, in the contract, full source.",
           price=256520,
           values=dict({k: v for k, v in GOOD.items() if k != "mlps_level3"}, response_hours=1,
                       annual_fee_after_warranty_cny=18000),
           status=dict(mlps_level3="claimed", sm4_encryption="stated", free_maintenance_months="stated",
                       support_7x24="stated", response_hours="stated"),
           fin=CI, fex=BLOAT, flin=["claimed"],
           flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                 "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                 "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                 "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                 "source_licence_only"]),
        _v("资兴东江湖软件有限公司", "pass",
           "'合计26.8万元（含税），其中实施部署费3万元' = 268,000 (the 3万 inside). '已取得等保三级，备案证明编号43108143006-24012（2024年10月取得），"
           "定级对象：东江湖消费分期业务系统'; SM4; TLS1.2; 按岗位角色分配权限; 日志12个月; 百行直连; every must-have; 12 months with minor "
           "upgrades; free policy adaptation; 7×24; fault levels 15 min / 1 h / 2 h = 2 h; lifetime consulting; 2.8万/年; all in "
           "the contract; full source. The 汇总's '否（+6%）', '待核', '6' and '×' are the clerk's slips.",
           price=268000,
           values=dict(GOOD, response_hours=2, annual_fee_after_warranty_cny=28000),
           status=dict(GOOD_ST, response_hours="stated"),
           fin=CI, fex=BLOAT, flex=CLEAN),
        _v("宜章莽山信息技术有限公司", "fail",
           "Letter '人民币玖万陆仟元整（¥96,000.00，含税）' = 96,000: under 10万, FAIL (the 汇总's '19.6' is the clerk's slip). Filing "
           "stated; SM4; HTTPS; 角色权限; 日志6个月; 百行; every must-have; 12 months with upgrades; free policy adaptation; 7×24; 2 "
           "hours; lifetime consulting; 1.2万/年; in the contract.",
           price=96000,
           values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                       licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                       policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                       annual_fee_after_warranty_cny=12000),
           status=dict(mlps_level3="stated"),
           fin=CI, fex=BLOAT,
           flin=["price_below_10w"],
           flex=["no_mlps_level3", "missing_must_have", "price_over_budget", "price_missing", "no_sm4", "no_tls",
                 "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                 "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                 "no_lifetime_consulting", "bloat_features"]),
        _v("永兴便江科技有限公司", "unverified",
           "功能模块 '商品管理、分期计算器、风控审批、还款管理、用户管理；订单跟踪功能详见产品说明书' — a must-have answered by a pointer is "
           "unconfirmed: UNVERIFIED (never missing). '24.5万元（含税）' = 245,000. Filing stated; SM4; HTTPS; 角色权限; 日志12个月; 百行; "
           "12 months with upgrades; free policy adaptation; 7×24; 2 hours; lifetime consulting; 2万/年; in the contract; "
           "'核心风控引擎加密，其余模块提供源码' = partial source.",
           price=245000,
           values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                       licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                       policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                       annual_fee_after_warranty_cny=20000, commitments_in_contract=True,
                       source_code_delivery="partial"),
           status=dict(mlps_level3="stated"),
           fin=["product_management", "installment_calculator", "repayment_management", "risk_approval",
                "user_management"], fex=BLOAT,
           flin=["source_partial"],
           flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                 "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                 "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                 "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                 "not_in_contract", "bloat_features", "source_licence_only"]),
        _v("嘉禾钟水数据服务有限公司", "pass",
           "'27.9万元（含税）' = 279,000. Filing stated; SM4; HTTPS; RBAC; 日志6个月; 百行; every must-have. Weaker after-sales: "
           "12 months but '仅修复缺陷，版本升级另计'; '小调整免费，重大调整另行报价' (conditional: false); '5×8（工作日9:00-17:30）'; 4 hours; "
           "'合同期内提供咨询' (no lifetime consulting); '维保期满后按合同额15%/年' = 41,850; in the contract; full source.",
           price=279000,
           values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                       licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                       policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                       annual_fee_after_warranty_cny=41850, commitments_in_contract=True,
                       source_code_delivery="full"),
           status=dict(mlps_level3="stated", free_maintenance_months="stated", policy_adaptation_free="conditional",
                       support_7x24="stated", response_hours="stated"),
           fin=CI, fex=BLOAT,
           flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                 "no_lifetime_consulting"],
           flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                 "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                 "no_licensed_credit_bureau", "maintenance_under_12m", "not_in_contract", "bloat_features",
                 "source_partial", "source_licence_only"]),
    ]
    write_toml("zzzl_03_ci_huizong_yuanwen_zhailu_liangye.toml", comment, "consumer_installment",
               ["zzzl_03_ci_huizong_yuanwen_zhailu_liangye.xlsx"], "资兴东江湖软件有限公司",
               "资兴东江湖's own words prove its level-3 filing and give 26.8万 含税 (the 3万 implementation inside), 12 months with "
               "upgrades, 7×24 with a 2-hour slowest fault level and everything in the contract; the clerk's 汇总 mistyped it as "
               "tax-exclusive, 6 months and no 7×24, and her note says the extracts govern. 郴州苏仙岭 looks cheapest and complete on "
               "the 汇总, but its letter only claims the level ('按等保三级要求设计，已通过等保测评', unverified) and is 256,520 with VAT "
               "and the order-tracking option. 嘉禾钟水 passes with weak after-sales; 永兴便江 points to a brochure for order tracking "
               "(unverified); 宜章莽山's letter is 96,000 (fail).",
               vendors)


if __name__ == "__main__":
    case01()
    case02()
    case03()
