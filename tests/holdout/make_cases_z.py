"""Build the "z" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a WPS 在线表格 with @mentions and a 状态 column of colour words (z_01), a 采购 sheet with vendors
across, criteria in English and answers in Chinese with unit suffixes (z_02), a PPT table retyped by a secretary with typos,
GBK CSV (z_03), a 钉钉 智能表格 export with multi-select fields written "a,b,c" (z_04), a finance 三年TCO sheet whose TCO column
is computed wrongly (z_05), and a module-level CSV with the vendor total on its first row only (z_06). The expected reading of
every file is in the matching z_0N_*.toml, written from the file's content and shared/domain.md only; the author neither ran the
product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_z.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure z_
"""
from __future__ import annotations

import csv
import io
import json
import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402

FIXED = datetime(2025, 9, 2, 9, 0, 0)
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)

ALL_BAD = ["no_mlps_level3", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
           "missing_must_have", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
           "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract", "price_below_15w", "price_below_10w",
           "price_over_budget", "price_missing", "claimed", "conditional", "unconfirmed", "unverified", "source_partial",
           "source_licence_only", "bloat_features"]
BLOAT = ["blockchain_evidence", "metaverse_marketing", "overseas_payment", "ai_customer_service"]
GOOD_VALUES = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                   licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                   policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
GOOD_STATUS = {k: "stated" for k in GOOD_VALUES}


def _save(wb, name):
    wb.properties.creator = "buyer"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(HERE / name)


def write_csv(name, rows, encoding):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    (HERE / name).write_bytes(buf.getvalue().encode(encoding))


def _q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, list):
        return "[" + ", ".join(_q(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def write_toml(name, comment, business_type, files, top, why, vendors):
    out = ["# " + line for line in comment.strip().splitlines()]
    out += [f"business_type = {_q(business_type)}", f"files = {_q(files)}", f"top = {_q(top)}", f"why = {_q(why)}"]
    for v in vendors:
        out += ["", "[[vendor]]", f"vendor = {_q(v['vendor'])}", f"gate = {_q(v['gate'])}"]
        if "price" in v:
            out.append(f"price_cny = {_q(v['price'])}")
        out.append(f"why = {_q(v['why'])}")
        for sect in ("values", "status"):
            if v.get(sect):
                out.append(f"[vendor.{sect}]")
                out += [f"{k} = {_q(x)}" for k, x in v[sect].items()]
        if v.get("fin") or v.get("fex"):
            out.append("[vendor.features]")
            if v.get("fin"):
                out.append(f"include = {_q(v['fin'])}")
            if v.get("fex"):
                out.append(f"exclude = {_q(v['fex'])}")
        if v.get("flin") or v.get("flex"):
            out.append("[vendor.flags]")
            if v.get("flin"):
                out.append(f"include = {_q(v['flin'])}")
            if v.get("flex"):
                out.append(f"exclude = {_q(v['flex'])}")
    (HERE / name).write_text("\n".join(out) + "\n", encoding="utf-8")


def _text(ws, r, ncol, text, *, font=None, height=None):
    c = ws.cell(row=r, column=1, value=text)
    c.alignment = LEFT
    c.font = font or Font()
    if ncol > 1:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    if height:
        ws.row_dimensions[r].height = height



PC = ["personal_credit_report", "risk_model", "repayment_management"]
ML = ["enterprise_credit", "cashflow_analysis", "contract_management"]
CI = ["product_management", "installment_calculator", "order_tracking"]
CORE = ["risk_approval", "user_management"]
NOGATE = ["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing"]


def good(vendor, price, why, feats, **extra):
    vals = dict(GOOD_VALUES)
    vals.update(extra)
    st = dict(GOOD_STATUS)
    if "response_hours" in extra:
        st["response_hours"] = "stated"
    return dict(vendor=vendor, gate="pass", price=price, why=why, values=vals, status=st, fin=feats, fex=BLOAT, flex=ALL_BAD)


# ---------------------------------------------------------------------------------------------
# z_01  个人信用贷 — WPS 在线表格 shared by 温州鹿城民信小额贷款's 信息科技部: 负责人 with @, 状态 as colour words, 评论 with @mentions.
# ---------------------------------------------------------------------------------------------
def build_z01():
    name = "z_01_pc_wps_online_status.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "供应商跟进"
    widths(ws, [6, 26, 16, 40, 30, 34, 44, 12, 14, 40])
    ws.cell(row=1, column=1, value="个贷系统源码选型跟进表（WPS在线表格，最后编辑：@陈思远 2025-09-01 18:22）").font = TITLE
    ws.cell(row=2, column=1, value="状态说明：绿色=可推进；黄色=待补资料；红色=不建议；灰色=已放弃。预算：25万以内（含税）。")
    put_row(ws, 3, ["#", "服务商", "报价", "功能范围", "等保/资质", "数据安全", "售后承诺", "负责人", "状态", "评论"],
            font=BOLD, fill=BLUE, align=CENTER)
    rows = [
        ["1", "温州瓯江数科有限公司", "22.6万（含税）",
         "个人征信接口、风控模型、反欺诈模型、还款计划+还款提醒、风控审批流、用户管理",
         "等保三级备案证明 33030043019-24011（已核原件）",
         "身份证号/手机号 国密SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月；对接人行征信中心、百行征信",
         "免费维护12个月（缺陷修复+小版本升级）；监管政策调整免费适配；7×24，2小时内指定工程师响应；终身技术咨询；全部写入合同；过保年费2.3万元；交付完整源码，无加密",
         "@陈思远", "黄色", "@王总 价格比宁波那家高6万左右，合同条款都齐了，黄色是等财务确认付款节点 @财务-林琳"],
        ["2", "宁波甬江软件有限公司", "16.8万（含税）",
         "个人征信、风控模型、反欺诈、还款管理、审批流、用户管理",
         "满足等保三级要求（销售口头说的，没给证书）",
         "SM4加密；HTTPS；权限管理；日志保存12个月；百行征信",
         "免费维护12个月，含升级；政策适配免费；7×24；2小时响应；终身咨询；写入合同；过保年费1.8万元",
         "@李航", "绿色", "@陈思远 价格最低，建议优先推进！（@李航：证书我再催一下）"],
        ["3", "嘉兴南湖网络科技有限公司", "19.5万（不含税，税率6%）",
         "个人征信、风控模型、反欺诈、还款管理、风控审批、用户管理",
         "等保三级证书 33040043006-23018",
         "SM4；HTTPS；角色权限；日志6个月；朴道征信",
         "免费维护6个月，仅修复缺陷；重大政策调整另行报价；工作日9:00-18:00支持；4小时响应；不含终身咨询；可写入合同；过保按合同额15%/年",
         "@李航", "黄色", "折含税 19.5×1.06=20.67万"],
        ["4", "湖州南浔科技工作室", "8.8万",
         "征信查询、还款管理、用户管理（无风控模型，建议人工审核）",
         "未做等保",
         "AES加密；HTTPS；只有一个管理员账号；日志3个月",
         "免费维护3个月；之后按次收费（5000元/次）；QQ群支持；不写合同；仅授权使用",
         "@陈思远", "红色", "太便宜了，风控模型都没有 @王总"],
        ["5", "绍兴越城信息技术有限公司", "21.0万（含税）",
         "个人征信接口、风控模型、反欺诈、还款管理、风控审批、用户管理",
         "等保二级（三级申请中）",
         "SM4；HTTPS；RBAC；日志12个月；百行征信",
         "免费维护12个月含升级；政策适配免费；7×24；2小时响应；终身咨询；写入合同；过保年费2万元",
         "@李航", "黄色", "@李航 三级证书什么时候下来？"],
        ["6", "金华婺城软件有限公司", "—", "—", "—", "—", "—", "@李航", "灰色", "对方8/25回复本期不参与报价"],
    ]
    for i, row in enumerate(rows, start=4):
        put_row(ws, i, row)
        ws.row_dimensions[i].height = 90
    ws.cell(row=11, column=1, value="@王总 下周一碰头会定人选。")
    _save(wb, name)
    vendors = [
        good("温州瓯江数科有限公司", 226000,
             "'22.6万（含税）' = 226,000 inside 18–25万; 个人征信接口、风控模型、反欺诈、还款计划、审批流、用户管理; 等保三级备案证明 "
             "33030043019-24011; SM4 on 身份证号/手机号; HTTPS; RBAC; 12个月 logs; 人行 + 百行; 12 months with 小版本升级; 政策免费; 7×24, 2小时; "
             "终身咨询; 写入合同; 2.3万/年; 完整源码. 状态 '黄色' is a payment-schedule note, not a finding.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=23000, source_code_delivery="full"),
        dict(vendor="宁波甬江软件有限公司", gate="unverified", price=168000,
             why="'16.8万（含税）' = 168,000; 等保 '满足等保三级要求（销售口头说的，没给证书）' (claimed: unverified), though 状态 is 绿色; "
                 "SM4, HTTPS, 权限管理, 12个月 logs, 百行; 12 months with upgrades; 政策免费; 7×24; 2小时; 终身咨询; 写入合同; 1.8万/年.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, support_7x24=True, response_hours=2, annual_fee_after_warranty_cny=18000),
             status=dict(mlps_level3="claimed"), fin=PC + ["anti_fraud"],
             flin=["claimed"], flex=NOGATE + ["price_below_15w", "price_over_budget", "no_7x24", "maintenance_under_12m"]),
        dict(vendor="嘉兴南湖网络科技有限公司", gate="pass", price=206700,
             why="'19.5万（不含税，税率6%）': 195,000 × 1.06 = 206,700 (the buyer's own note agrees) inside 18–25万; 等保三级证书 33040043006-23018; "
                 "SM4; HTTPS; 角色权限; 6个月 logs; 朴道; 6 months '仅修复缺陷'; '重大政策调整另行报价'; 工作日9:00-18:00; 4小时; 不含终身咨询; "
                 "可写入合同; 15%/年.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"), fin=PC + ["anti_fraud"],
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4"]),
        dict(vendor="湖州南浔科技工作室", gate="fail", price=88000,
             why="'8.8万' = 88,000 (< 10万: do not buy); '无风控模型' (must-have absent); '未做等保' (fail); AES not SM4; one admin account; "
                 "3个月 logs; 3 months; 按次收费; 不写合同; 仅授权使用.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, audit_log_months=3, free_maintenance_months=3,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"), fin=["repayment_management"], fex=["risk_model"],
             flin=["price_below_10w", "no_mlps_level3", "missing_must_have", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "not_in_contract"]),
        dict(vendor="绍兴越城信息技术有限公司", gate="unverified", price=210000,
             why="'21.0万（含税）' = 210,000; '等保二级（三级申请中）' (level 3 in progress: unverified, not fail); otherwise SM4, HTTPS, RBAC, "
                 "12个月 logs, 百行, 12 months with upgrades, 政策免费, 7×24, 2小时, 终身咨询, 写入合同, 2万/年.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, free_maintenance_months=12,
                         support_7x24=True, response_hours=2, annual_fee_after_warranty_cny=20000),
             fin=PC + ["anti_fraud"], flex=NOGATE + ["price_below_15w", "price_over_budget", "no_7x24"]),
    ]
    write_toml(
        "z_01_pc_wps_online_status.toml",
        """Voice: 信息科技部 of 温州鹿城民信小额贷款 (personal credit) tracks vendors in a shared WPS 在线表格.
Layout: sheet 供应商跟进 — title with last editor, a legend for 状态 colours, header # | 服务商 | 报价 | 功能范围 | 等保/资质 | 数据安全 |
  售后承诺 | 负责人 | 状态 | 评论; six rows; @mentions in 负责人 and 评论; 状态 written as colour words.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: 状态 colours are the staff's mood, not findings: 甬江 is 绿色 and cheapest (168,000) but its 等保 is only '满足等保三级要求（口头）'
  (claimed: unverified); 瓯江 is 黄色 for a payment question yet proves everything; 南湖 is 不含税 6%: 195,000 × 1.06 = 206,700 with weak
  after-sales; 越城 等保二级（三级申请中） (unverified); 南浔 8.8万, 未做等保, no 风控模型 (fail); 婺城 declined (灰色, not listed).""",
        "personal_credit", [name], "温州瓯江数科有限公司",
        "瓯江 proves every gate (备案证明33030043019-24011, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every must-have, and gives 12 months "
        "with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract, full source — at 226,000 含税 "
        "inside 18–25万 (3 years: 226,000 + 2 × 23,000 = 272,000). 南湖 is 195,000 × 1.06 = 206,700 but 6 months bug-fix-only, charged policy "
        "changes, office hours (3 years at least 206,700 + 2.5 × 31,005 ≈ 284,000); 甬江 (green, 168,000) and 越城 have no 等保三级 proof "
        "(unverified); 南浔 fails (8.8万, no 等保, no 风控模型); 婺城 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# z_02  商户经营性贷 — 采购部 of 郑州金水商融小额贷款: vendors across, criteria in English (a template from the group's HK office),
#       answers typed in Chinese with unit suffixes.
# ---------------------------------------------------------------------------------------------
Z02_ROWS = [
    ("Quote (CNY)", ["29.8万元", "26.5万元", "33.8万元", "12.8万元", "面议"]),
    ("Tax", ["含税13%", "含税", "含税", "含税", "—"]),
    ("Enterprise credit report", ["有", "有", "有", "有", "有"]),
    ("Bank statement analysis", ["有", "有", "有", "有", "有"]),
    ("E-contract", ["有", "选配，+3万元", "有", "有", "有"]),
    ("Risk approval / Repayment / Users", ["有/有/有", "有/有/有", "有/有/有", "有/有/有", "有/有/有"]),
    ("Other modules included", ["无", "无", "区块链存证、元宇宙营销", "无", "无"]),
    ("MLPS Level 3", ["已取得，备案证明41010043012-24008", "已取得，证书41030043005-23016", "按等保三级设计", "二级", "已取得，证书41100043002-24001"]),
    ("Field encryption", ["国密SM4（身份证号、手机号、银行卡号）", "国密SM4", "国密SM4", "AES", "国密SM4"]),
    ("HTTPS/TLS", ["是", "是", "是", "是", "是"]),
    ("Access control", ["RBAC角色权限", "角色权限", "权限管理", "权限管理", "RBAC"]),
    ("Log retention", ["12个月", "6个月", "12个月", "3个月", "12个月"]),
    ("Credit bureau", ["人行征信中心、百行征信", "百行征信", "朴道征信", "百行征信", "人行征信中心"]),
    ("Free maintenance", ["12个月", "12个月", "12个月", "6个月", "12个月"]),
    ("Maintenance scope", ["缺陷修复+小版本升级", "仅缺陷修复，不含升级", "缺陷修复+升级", "仅缺陷修复", "缺陷修复+升级"]),
    ("Regulatory change", ["免费适配", "另计费", "免费", "另计费", "免费"]),
    ("Support hours", ["7×24小时", "5×8小时", "7×24小时", "5×8小时", "7×24小时"]),
    ("Response time", ["1小时内", "4小时", "2小时", "次日", "2小时"]),
    ("Lifetime consulting", ["提供", "不提供", "提供", "不提供", "提供"]),
    ("Written into contract", ["是", "是", "是", "否", "是"]),
    ("Fee after warranty", ["2.8万元/年", "合同额15%/年", "3.5万元/年", "5000元/次", "3万元/年"]),
    ("Source code", ["完整源码，无加密", "完整源码", "完整源码", "完整源码", "完整源码"]),
]
Z02_V = ["郑州中原数科有限公司", "洛阳河洛软件有限公司", "开封汴梁网络科技有限公司", "新乡牧野信息技术有限公司", "许昌魏都科技有限公司"]


def build_z02():
    name = "z_02_ml_en_criteria_cn_answers.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Vendor comparison"
    widths(ws, [30, 30, 26, 26, 24, 26])
    ws.cell(row=1, column=1, value="Loan System Source Code — Vendor Comparison（商户经营贷）").font = TITLE
    ws.cell(row=2, column=1, value="Prepared by: 采购部 赵琪　Date: 2025-08-29　Budget: 35万元")
    put_row(ws, 3, ["Criteria"] + Z02_V, font=BOLD, fill=BLUE, align=CENTER)
    for i, (crit, ans) in enumerate(Z02_ROWS, start=4):
        put_row(ws, i, [crit] + ans)
    r = 4 + len(Z02_ROWS)
    ws.cell(row=r + 1, column=1, value="Note: 平顶山鹰城软件 declined to quote (邮件 8/22).")
    _save(wb, name)
    vendors = [
        good(Z02_V[0], 298000,
             "'29.8万元' '含税13%' = 298,000 inside 25–35万; 企业征信、流水分析、电子合同 and core 有; 备案证明41010043012-24008; SM4 on ID/mobile/"
             "bank card; HTTPS; RBAC; 12个月; 人行 + 百行; 12个月 with 小版本升级; 免费适配; 7×24; 1小时内; 终身咨询; 写入合同; 2.8万元/年; 完整源码.",
             ML + CORE + ["repayment_management"], response_hours=1, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
        dict(vendor=Z02_V[1], gate="pass", price=295000,
             why="'26.5万元' 含税 and E-contract (must-have) '选配，+3万元' (conditional, added): 265,000 + 30,000 = 295,000 inside 25–35万; "
                 "证书41030043005-23016; SM4; HTTPS; 角色权限; 6个月; 百行; 12个月 '仅缺陷修复，不含升级'; 另计费; 5×8; 4小时; 不提供; 是; 15%/年.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True),
             status=dict(mlps_level3="stated"), fin=ML,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "maintenance_under_12m"]),
        dict(vendor=Z02_V[2], gate="unverified", price=338000,
             why="'33.8万元' 含税 = 338,000 (inside 25–35万); MLPS '按等保三级设计' (claimed: unverified); 区块链存证、元宇宙营销 included "
                 "(bloat); SM4, HTTPS, 权限管理, 12个月, 朴道, 12 months with upgrades, 免费, 7×24, 2小时, 提供, 是, 3.5万元/年.",
             values=dict(sm4_encryption=True, tls=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, support_7x24=True, response_hours=2, annual_fee_after_warranty_cny=35000),
             status=dict(mlps_level3="claimed"), fin=ML + ["blockchain_evidence", "metaverse_marketing"],
             flin=["claimed", "bloat_features"], flex=NOGATE + ["price_over_budget", "no_7x24"]),
        dict(vendor=Z02_V[3], gate="fail", price=128000,
             why="'12.8万元' 含税 = 128,000 (caution zone, price_below_15w); MLPS '二级' (fail); AES (no SM4); 3个月 logs; 6个月 bug-fix only; "
                 "另计费; 5×8; 次日; 不提供; 否 (not in contract); 5000元/次.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, audit_log_months=3, free_maintenance_months=6,
                         maintenance_includes_upgrades=False, policy_adaptation_free=False, support_7x24=False,
                         lifetime_consulting=False, commitments_in_contract=False),
             status=dict(mlps_level3="stated"), fin=ML,
             flin=["no_mlps_level3", "price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "no_7x24", "response_over_2h", "not_in_contract"],
             flex=["price_below_10w", "missing_must_have", "price_missing"]),
        dict(vendor=Z02_V[4], gate="pass", price="null",
             why="Quote '面议' (no usable price: price_missing); otherwise stated and good: 证书41100043002-24001, SM4, HTTPS, RBAC, 12个月, 人行, "
                 "12 months with upgrades, 免费, 7×24, 2小时, 提供, 是, 3万元/年, 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000),
             status=dict(mlps_level3="stated"), fin=ML,
             flin=["price_missing"], flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w"]),
    ]
    write_toml(
        "z_02_ml_en_criteria_cn_answers.toml",
        """Voice: 采购部 of 郑州金水商融小额贷款 (operating loans to merchants) fills an English template from the group office in Chinese.
Layout: sheet Vendor comparison — title, a prepared-by line with the 35万 budget, header Criteria + five vendor columns, 22 English
  criteria rows answered in Chinese with unit suffixes (万元, 个月, 小时, 万元/年), a note that 鹰城 declined.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: 河洛's E-contract (must-have) is '选配，+3万元': 265,000 + 30,000 = 295,000, nearly 中原's 298,000 with far weaker after-sales;
  汴梁 '按等保三级设计' (claimed: unverified) with 区块链存证/元宇宙营销 bloat; 牧野 等保 二级 (fail), 12.8万; 魏都 '面议' (price_missing,
  gate pass); 35万 budget and 备案 numbers are no prices; 鹰城 declined (not listed).""",
        "merchant_loan", [name], Z02_V[0],
        "中原 proves every gate (备案证明41010043012-24008, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every "
        "must-have in its price, and gives 12 months with upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, in the "
        "contract, full source — at 298,000 含税 inside 25–35万. 河洛 looks cheaper at 265,000 but must add 电子合同: 265,000 + 30,000 = 295,000, "
        "only 3,000 less, with bug-fix-only maintenance, charged policy changes, 5×8, 4 h and 15%/年 (44,250 a year vs 28,000); 汴梁 only "
        "'按等保三级设计' (unverified); 牧野 等保二级 (fail); 魏都 gives no price (面议).",
        vendors)


# ---------------------------------------------------------------------------------------------
# z_03  消费分期 — 总经办 secretary of 长沙岳麓惠购小额贷款 retypes the table of a 宣讲会 PPT (pasted as a picture) into WPS; GBK CSV,
#       with her typos (等保三极, 国蜜, HTTPs, 终生, 7X24).
# ---------------------------------------------------------------------------------------------
def build_z03():
    name = "z_03_ci_ppt_retyped_gbk.csv"
    rows = [
        ["宣讲会PPT第12页表格（图片）手工录入，录入人：总经办 刘婷，如有错漏以原PPT为准"],
        ["供应商", "报价", "功能", "等保", "加密", "日志/征信", "维保", "支持", "其他"],
        ["长沙麓山数科有限公司", "24.8W（含税）", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
         "等保三极（备案证明43010043016-24006）", "国蜜SM4（身份证、手机号）；HTTPs；RBAC权限", "日志12个月；百行征信、朴道征信",
         "免费维保12个月含小版本升级；监管政策适配免费", "7X24，1小时响应；终生技术咨询", "以上写入合同；过保年费2.5万；完整源码无加密"],
        ["株洲炎帝软件有限公司", "21.6W（含税）", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
         "等保三极申请中", "国蜜SM4；HTTPs；权限管理", "日志12个月；百行征信",
         "免费维保12个月含升级；政策适配免费", "7X24，2小时响应；终生技术咨询", "写入合同；过保年费2万"],
        ["湘潭莲城网络科技有限公司", "18.8W（含税）", "商品管理、分期计算器、还款管理、风控审批、用户管理（订单跟踪二期再做，本期不报价）",
         "等保三级证书43030043009-23014", "国蜜SM4；HTTPs；RBAC", "日志6个月；百行征信",
         "免费维保12个月含升级；政策适配免费", "7X24，2小时响应", "写入合同"],
        ["岳阳巴陵信息技术有限公司", "26W（不含税，税率6%）", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理、积分商城、社交分享、智能客服机器人",
         "等保三级证书43060043011-24002", "国蜜SM4；HTTPs；权限管理", "日志6个月；朴道征信",
         "免费维保6个月，仅修BUG；政策调整另收费", "5X8，4小时响应；无终生咨询", "可写入合同；过保按合同额15%/年"],
        ["衡阳雁城科技有限公司", "（未到场，无报价）", "", "", "", "", "", "", ""],
    ]
    write_csv(name, rows, "gbk")
    vendors = [
        good("长沙麓山数科有限公司", 248000,
             "'24.8W（含税）' = 248,000 inside 20–30万; all six 分期 functions; '等保三极（备案证明43010043016-24006）' is 等保三级 mistyped, with a "
             "备案 number; '国蜜SM4' = 国密SM4 on 身份证/手机号; HTTPs; RBAC; 12个月; 百行 + 朴道; 12 months with 小版本升级; 政策免费; 7X24, 1小时; "
             "'终生技术咨询'; 写入合同; 2.5万/年; 完整源码.",
             CI + CORE + ["repayment_management"], response_hours=1, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
        dict(vendor="株洲炎帝软件有限公司", gate="unverified", price=216000,
             why="'21.6W（含税）' = 216,000; '等保三极申请中' (level 3 in progress: unverified, never fail); SM4, HTTPs, 权限管理, 12个月, 百行, "
                 "12 months with upgrades, 政策免费, 7X24, 2小时, 终生咨询, 写入合同, 2万/年.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, support_7x24=True, response_hours=2, annual_fee_after_warranty_cny=20000),
             status=dict(mlps_level3="claimed"), fin=CI,
             flin=["claimed"], flex=NOGATE + ["price_below_15w", "price_over_budget", "no_7x24"]),
        dict(vendor="湘潭莲城网络科技有限公司", gate="fail", price=188000,
             why="'18.8W（含税）' = 188,000; '订单跟踪二期再做，本期不报价' (must-have absent: fail); 等保三级证书43030043009-23014; SM4; HTTPs; "
                 "RBAC; 6个月; 百行; 12 months with upgrades; 7X24; 2小时.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         free_maintenance_months=12, support_7x24=True, response_hours=2),
             status=dict(mlps_level3="stated"), fin=["product_management", "installment_calculator"], fex=["order_tracking"],
             flin=["missing_must_have"], flex=["no_mlps_level3", "price_below_10w", "price_missing", "no_7x24"]),
        dict(vendor="岳阳巴陵信息技术有限公司", gate="pass", price=275600,
             why="'26W（不含税，税率6%）': 260,000 × 1.06 = 275,600 inside 20–30万; 等保三级证书43060043011-24002; SM4; HTTPs; 权限管理; 6个月; "
                 "朴道; 智能客服机器人 (bloat) plus 积分商城/社交分享; 6 months '仅修BUG'; 政策调整另收费; 5X8; 4小时; 无终生咨询; 可写入合同; 15%/年.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, audit_log_months=6, licensed_credit_bureau=True,
                         free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, response_hours=4, lifetime_consulting=False),
             status=dict(mlps_level3="stated"), fin=CI + ["ai_customer_service", "points_mall", "social_sharing"],
             flin=["bloat_features", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                   "no_7x24", "response_over_2h", "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]),
    ]
    write_toml(
        "z_03_ci_ppt_retyped_gbk.toml",
        """Voice: 刘婷 of 总经办, 长沙岳麓惠购小额贷款 (consumer instalments), retypes a 宣讲会 PPT table that was pasted as a picture.
Layout: GBK CSV — a note line, header 供应商 | 报价 | 功能 | 等保 | 加密 | 日志/征信 | 维保 | 支持 | 其他, five rows (the last without a
  quote); prices as '24.8W'; several facts packed into one cell with ；.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: typos 等保三极 (= 三级), 国蜜 (= 国密), HTTPs, 终生, 7X24/5X8; 炎帝 '等保三极申请中' (unverified); 莲城 lacks 订单跟踪 (fail);
  巴陵 26W 不含税 6%: 260,000 × 1.06 = 275,600, 智能客服 bloat, weak after-sales; 雁城 has no quote (not listed).""",
        "consumer_installment", [name], "长沙麓山数科有限公司",
        "麓山 proves every gate (备案证明43010043016-24006 despite the typo 三极, 国密SM4, HTTPS, RBAC, 12-month logs, 百行 + 朴道), has all three "
        "分期 must-haves, and gives 12 months with upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, in the contract, "
        "full source — at 248,000 含税 inside 20–30万 (3 years: 248,000 + 2 × 25,000 = 298,000). 巴陵 is 260,000 × 1.06 = 275,600, dearer, "
        "with 6 months bug-fix-only and office hours (3 years ≈ 275,600 + 2.5 × 41,340 = 378,950); 炎帝 is only 申请中 (unverified); 莲城 "
        "lacks 订单跟踪 (fail); 雁城 gave no quote.",
        vendors)


# ---------------------------------------------------------------------------------------------
# z_04  个人信用贷 — 钉钉 智能表格 export (UTF-8 with BOM) of 青岛市南融信小额贷款: multi-select fields as "a,b,c", 复选框 as true/false,
#       record ids and timestamps.
# ---------------------------------------------------------------------------------------------
def build_z04():
    name = "z_04_pc_dingtalk_smart_table.csv"
    head = ["记录ID", "服务商", "报价(元)", "计税", "功能模块", "安全资质", "等保证明", "日志保存(月)", "征信机构", "免费维保(月)",
            "维保范围", "政策适配", "支持时段", "响应(小时)", "终身咨询", "写入合同", "过保年费(元)", "源码交付", "备注", "创建人",
            "创建时间", "最后修改时间"]
    rows = [head,
            ["rec_8Fq2a1", "青岛崂山数科有限公司", "235000", "含税", "个人征信,风控模型,反欺诈,还款管理,风控审批,用户管理",
             "等保三级,国密SM4,HTTPS,RBAC", "备案证明37020043021-24013", "12", "人行征信中心,百行征信", "12", "缺陷修复,小版本升级",
             "免费", "7×24", "2", "true", "true", "24000", "完整源码", "", "孙悦", "2025-08-18 10:02", "2025-08-29 16:40"],
            ["rec_8Fq2b7", "烟台芝罘软件有限公司", "198000", "含税", "个人征信,风控模型,反欺诈,还款管理,风控审批,用户管理",
             "国密SM4,HTTPS,RBAC", "详见附件", "12", "百行征信", "12", "缺陷修复,小版本升级", "免费", "7×24", "2", "true", "true",
             "20000", "完整源码", "附件未上传", "孙悦", "2025-08-18 10:05", "2025-08-28 09:13"],
            ["rec_8Fq2c3", "潍坊鸢都网络科技有限公司", "175000", "含税", "个人征信,反欺诈,还款管理,风控审批,用户管理",
             "等保三级,国密SM4,HTTPS,RBAC", "证书37070043008-23019", "6", "朴道征信", "12", "缺陷修复,小版本升级", "免费", "7×24", "2",
             "true", "true", "18000", "完整源码", "风控模型不提供，建议接第三方", "高远", "2025-08-19 14:31", "2025-08-27 11:02"],
            ["rec_8Fq2d9", "威海环翠信息技术有限公司", "268000", "含税",
             "个人征信,风控模型,反欺诈,还款管理,风控审批,用户管理,区块链存证,智能客服机器人", "等保三级,国密SM4,HTTPS,RBAC",
             "备案证明37100043003-24004", "12", "人行征信中心,朴道征信", "12", "缺陷修复,小版本升级", "免费", "7×24", "1", "true", "true",
             "30000", "完整源码", "", "高远", "2025-08-20 09:47", "2025-08-29 15:20"],
            ["rec_8Fq2e5", "日照东港科技工作室", "68000", "含税", "个人征信,还款管理,用户管理", "HTTPS", "无", "3", "百行征信", "3",
             "缺陷修复", "按次收费", "工作日", "24", "false", "false", "", "仅授权使用", "报价最低", "孙悦", "2025-08-21 17:15",
             "2025-08-21 17:15"]]
    write_csv(name, rows, "utf-8-sig")
    vendors = [
        good("青岛崂山数科有限公司", 235000,
             "报价 235000 含税 inside 18–25万; 功能模块 multi-select has 个人征信, 风控模型, 反欺诈, 还款管理, 风控审批, 用户管理; 备案证明"
             "37020043021-24013; 国密SM4, HTTPS, RBAC; 12 months logs; 人行 + 百行; 12 months 缺陷修复 + 小版本升级; 政策免费; 7×24, 2 h; "
             "终身咨询 true; 写入合同 true; 24000/年; 完整源码. 记录ID and timestamps are no amounts.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
        dict(vendor="烟台芝罘软件有限公司", gate="unverified", price=198000,
             why="198000 含税; 安全资质 lacks 等保三级 and 等保证明 '详见附件' with '附件未上传' (unknown gate: unverified, flag unverified); "
                 "all else stated and good: SM4, HTTPS, RBAC, 12 months logs, 百行, 12 months with upgrades, 免费, 7×24, 2 h, true, true, 20000/年.",
             values=dict(mlps_level3="null", sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=20000),
             status=dict(mlps_level3="unknown"), fin=PC + ["anti_fraud"],
             flin=["unverified"], flex=NOGATE + ["price_below_15w", "price_over_budget", "no_7x24"]),
        dict(vendor="潍坊鸢都网络科技有限公司", gate="fail", price=175000,
             why="175000 含税; 功能模块 has no 风控模型 and 备注 '风控模型不提供，建议接第三方' (must-have absent: fail); 证书37070043008-23019; "
                 "SM4; HTTPS; RBAC; 6 months logs; 朴道; 12 months with upgrades; 7×24; 2 h.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         free_maintenance_months=12, support_7x24=True, response_hours=2, annual_fee_after_warranty_cny=18000),
             status=dict(mlps_level3="stated"), fin=["personal_credit_report", "repayment_management", "anti_fraud"],
             fex=["risk_model"], flin=["missing_must_have"],
             flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "price_missing"]),
        dict(vendor="威海环翠信息技术有限公司", gate="pass", price=268000,
             why="268000 含税, above the 18–25万 band (price_over_budget) because 区块链存证 and 智能客服机器人 are bundled (bloat); 备案证明"
                 "37100043003-24004; SM4; HTTPS; RBAC; 12 months; 人行 + 朴道; 12 months with upgrades; 免费; 7×24; 1 h; true; true; 30000/年.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000),
             status=dict(mlps_level3="stated"), fin=PC + ["blockchain_evidence", "ai_customer_service"],
             flin=["price_over_budget", "bloat_features"], flex=NOGATE + ["no_7x24"]),
        dict(vendor="日照东港科技工作室", gate="fail", price=68000,
             why="68000 (< 10万: do not buy); no 风控模型 (must-have absent); 等保证明 '无' (fail); no SM4 in 安全资质; 3 months logs; 3 months "
                 "bug fixes only; 按次收费; 工作日; 24 h; false; false; 仅授权使用.",
             values=dict(mlps_level3=False, audit_log_months=3, free_maintenance_months=3, support_7x24=False,
                         response_hours=24, lifetime_consulting=False, commitments_in_contract=False,
                         source_code_delivery="licence_only"),
             fex=["risk_model"],
             flin=["price_below_10w", "no_mlps_level3", "missing_must_have", "audit_log_under_6m", "maintenance_under_12m",
                   "no_7x24", "response_over_2h", "not_in_contract"]),
    ]
    write_toml(
        "z_04_pc_dingtalk_smart_table.toml",
        """Voice: 孙悦 and 高远 of 青岛市南融信小额贷款 (personal credit) collect quotes in a 钉钉 智能表格 and export it.
Layout: UTF-8 CSV with BOM — one header row, five records; 功能模块, 安全资质, 征信机构 and 维保范围 are multi-select fields written
  "a,b,c" inside one quoted cell; 终身咨询/写入合同 are check boxes exported as true/false; 记录ID, 创建人, 创建时间, 最后修改时间 columns.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: commas inside multi-select cells are not column breaks; 芝罘 '详见附件' + '附件未上传' (unknown gate: unverified); 鸢都's list
  lacks 风控模型 (fail); 环翠 268000 over band with 区块链存证/智能客服 bloat; 东港 68000, 等保 无 (fail); timestamps and record ids are no
  amounts.""",
        "personal_credit", [name], "青岛崂山数科有限公司",
        "崂山 proves every gate (备案证明37020043021-24013, 国密SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every must-have, and gives "
        "12 months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, in the contract, full source — at 235,000 "
        "含税 inside 18–25万 (3 years: 235,000 + 2 × 24,000 = 283,000). 环翠 is equally strong but 268,000, 33,000 more and over band, the "
        "difference being bloat (区块链存证, 智能客服; 3 years 268,000 + 2 × 30,000 = 328,000); 芝罘 has no 等保 proof (unverified); 鸢都 lacks "
        "风控模型 (fail); 东港 is 68,000 with no 等保 (fail).",
        vendors)


# ---------------------------------------------------------------------------------------------
# z_05  商户经营性贷 — 财务部 of 武汉汉阳商信小额贷款 builds a 三年TCO sheet whose TCO column is wrong.
# ---------------------------------------------------------------------------------------------
def build_z05():
    name = "z_05_ml_tco_wrong.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "三年TCO"
    widths(ws, [24, 14, 10, 12, 16, 16, 40, 50, 14, 8])
    ws.cell(row=1, column=1, value="经营贷系统源码 三年总成本测算（财务部 何静，2025-08-30）").font = TITLE
    put_row(ws, 2, ["供应商", "首年报价(元)", "计税", "免费维保", "过保年费(元/年)", "政策适配费", "合规与功能", "售后条款",
                    "三年TCO(财务测算)", "排名"], font=BOLD, fill=BLUE, align=CENTER)
    rows = [
        ["武汉江汉数科有限公司", 315000, "含税", "12个月", 30000, "0（免费）",
         "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理；等保三级备案证明42010043015-24012；国密SM4；HTTPS；RBAC；日志12个月；人行征信中心+百行征信",
         "维保含缺陷修复及小版本升级；7×24，2小时响应；终身技术咨询；全部写入合同；完整源码", "=B3+F3*0+E3*3", 3],
        ["宜昌三峡软件有限公司", 268000, "含税", "3个月", 50000, "每次3万元",
         "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理；等保三级证书42050043007-23020；国密SM4；HTTPS；角色权限；日志6个月；百行征信",
         "维保仅修复缺陷；5×8；次日响应；无终身咨询；售后为口头承诺，不写入合同", "=B4+E4", 1],
        ["襄阳隆中网络科技有限公司", 289000, "含税", "12个月", 28000, "0（免费）",
         "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理；已通过等保测评（未注明级别）；国密SM4；HTTPS；RBAC；日志12个月；朴道征信",
         "维保含升级；7×24，2小时响应；终身咨询；写入合同", "=B5+E5*2", 2],
        ["荆州古城信息技术有限公司", 245000, "不含税（6%）", "12个月", 25000, "0（免费）",
         "银行流水分析、电子合同、风控审批、还款管理、用户管理（暂不支持企业征信）；等保三级证书42100043001-24003；国密SM4；HTTPS；RBAC；日志12个月",
         "维保含升级；7×24，2小时响应；终身咨询；写入合同", "=B6+E6*2", 4],
        ["黄石磁湖软件有限公司", "放弃报价", "", "", "", "", "", "", "", ""],
    ]
    for i, row in enumerate(rows, start=3):
        put_row(ws, i, row)
        ws.row_dimensions[i].height = 75
    ws.cell(row=9, column=1, value="财务意见：按三年TCO最低，推荐宜昌三峡（31.8万）。")
    _save(wb, name)
    vendors = [
        good("武汉江汉数科有限公司", 315000,
             "首年报价 315,000 含税 inside 25–35万; all six modules; 备案证明42010043015-24012; SM4; HTTPS; RBAC; 12个月; 人行 + 百行; 12 months "
             "with upgrades; 政策适配 0（免费）; 7×24, 2小时; 终身咨询; 写入合同; 30,000/年; 完整源码. Finance's TCO (=B3+E3*3 = 405,000) counts "
             "three fee years; correct: 315,000 + 2 × 30,000 = 375,000.",
             ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=30000, policy_adaptation_fee_cny=0,
             source_code_delivery="full"),
        dict(vendor="宜昌三峡软件有限公司", gate="pass", price=268000,
             why="268,000 含税 inside 25–35万; 等保三级证书42050043007-23020; SM4; HTTPS; 角色权限; 6个月; 百行; 免费维保 3个月 仅修复缺陷; 政策适配 "
                 "每次3万元 (charged); 5×8; 次日; 无终身咨询; '口头承诺，不写入合同'; 50,000/年. Finance's TCO =B4+E4 = 318,000 forgot the years: "
                 "268,000 + 2.75 × 50,000 = 405,500 before any policy change.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False,
                         lifetime_consulting=False, commitments_in_contract=False, annual_fee_after_warranty_cny=50000),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"), fin=ML,
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]),
        dict(vendor="襄阳隆中网络科技有限公司", gate="unverified", price=289000,
             why="289,000 含税; '已通过等保测评（未注明级别）' (claimed: unverified); all modules; SM4; HTTPS; RBAC; 12个月; 朴道; 12 months with "
                 "upgrades; 免费; 7×24; 2小时; 终身咨询; 写入合同; 28,000/年.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, support_7x24=True, response_hours=2, annual_fee_after_warranty_cny=28000),
             status=dict(mlps_level3="claimed"), fin=ML,
             flin=["claimed"], flex=NOGATE + ["price_over_budget", "no_7x24"]),
        dict(vendor="荆州古城信息技术有限公司", gate="fail", price=259700,
             why="245,000 '不含税（6%）': 245,000 × 1.06 = 259,700; '暂不支持企业征信' (must-have absent: fail); 等保三级证书42100043001-24003; "
                 "SM4; HTTPS; RBAC; 12个月; 12 months with upgrades; 7×24; 2小时.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         free_maintenance_months=12, support_7x24=True, response_hours=2, annual_fee_after_warranty_cny=25000),
             status=dict(mlps_level3="stated"), fin=["cashflow_analysis", "contract_management"], fex=["enterprise_credit"],
             flin=["missing_must_have"], flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "price_missing"]),
    ]
    write_toml(
        "z_05_ml_tco_wrong.toml",
        """Voice: 何静 of 财务部, 武汉汉阳商信小额贷款 (operating loans to merchants), tests vendors on a 三年TCO sheet and recommends the lowest.
Layout: sheet 三年TCO — title, header 供应商 | 首年报价 | 计税 | 免费维保 | 过保年费 | 政策适配费 | 合规与功能 | 售后条款 | 三年TCO(财务测算)
  (formulas) | 排名; five rows, the last 放弃报价; a 财务意见 line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the TCO formulas are inconsistent (江汉 =B+E*3 counts three fee years; 三峡 =B+E counts one), so 排名 and the 财务意见 are wrong;
  三峡's 3 months, bug-fix only, 每次3万 policy, 5×8, 次日, 口头承诺; 隆中 '已通过等保测评（未注明级别）' (claimed: unverified); 古城 不含税
  6% and no 企业征信 (fail); TCO values are no prices; 磁湖 declined (not listed).""",
        "merchant_loan", [name], "武汉江汉数科有限公司",
        "江汉 proves every gate (备案证明42010043015-24012, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every must-have, and gives 12 months "
        "with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, in the contract, full source — at 315,000 含税 inside "
        "25–35万. Its true 3-year cost is 315,000 + 2 × 30,000 = 375,000 (finance wrote 405,000), while finance's pick 三峡 costs 268,000 + "
        "2.75 × 50,000 = 405,500 plus 30,000 per policy change (finance wrote 318,000), with nothing in the contract; 隆中 has no stated 等保 "
        "level (unverified); 古城 lacks 企业征信 (fail); 磁湖 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# z_06  消费分期 — 南京秦淮易分小额贷款's IT pastes module-level rows: one row per module, 合计 and terms on each vendor's first row only.
# ---------------------------------------------------------------------------------------------
def build_z06():
    name = "z_06_ci_module_rows.csv"
    head = ["供应商", "合计报价(元,含税)", "模块", "模块单价(元)", "是否含在合计", "等保", "数据安全", "维保与支持", "合同/源码"]
    S = {
        "钟山": ["南京钟山数科有限公司", "268000（优惠后）", "等保三级备案证明32010043020-24015",
                 "国密SM4（身份证/手机/银行卡）；HTTPS；RBAC；日志12个月；人行征信中心+百行征信",
                 "免费维护12个月含小版本升级；政策适配免费；7×24；1小时响应；终身技术咨询；过保2.6万元/年", "写入合同；完整源码"],
        "姑苏": ["苏州姑苏软件有限公司", "218000", "等保三级证书32050043012-23021", "国密SM4；HTTPS；角色权限；日志6个月；百行征信",
                 "免费维护6个月，仅修复缺陷；政策调整另行报价；5×8；4小时响应；不含终身咨询", "写入合同；完整源码"],
        "太湖": ["无锡太湖网络科技有限公司", "255000", "", "国密SM4；HTTPS；RBAC；日志12个月；朴道征信",
                 "免费维护12个月含升级；政策适配免费；7×24；2小时响应；终身咨询；过保2.5万元/年", "写入合同；完整源码"],
        "龙城": ["常州龙城科技有限公司", "96000", "无", "AES；HTTPS；日志3个月", "免费维护3个月；按次收费", "不写合同；仅授权使用"],
        "广陵": ["扬州广陵信息技术有限公司", "248000", "等保三级证书32100043004-24010", "AES-256（非国密）；HTTPS；RBAC；日志6个月；百行征信",
                 "免费维护12个月含升级；政策适配免费；7×24；2小时响应；终身咨询；过保2.2万元/年", "写入合同；完整源码"],
    }
    mods = {
        "钟山": [("商品管理", 40000, "是"), ("分期计算器", 30000, "是"), ("订单跟踪", 40000, "是"), ("还款管理", 50000, "是"),
                 ("风控审批", 60000, "是"), ("用户管理", 30000, "是"), ("实施费", 38000, "是")],
        "姑苏": [("商品管理", 40000, "是"), ("分期计算器", 18000, "否（选配，另加）"), ("订单跟踪", 40000, "是"),
                 ("还款管理", 50000, "是"), ("风控审批", 50000, "是"), ("用户管理", 38000, "是"), ("实施费", 40000, "是")],
        "太湖": [("商品管理", 40000, "是"), ("分期计算器", 30000, "是"), ("订单跟踪", 35000, "是"), ("还款管理", 45000, "是"),
                 ("风控审批", 45000, "是"), ("用户管理", 30000, "是"), ("积分商城", 30000, "是")],
        "龙城": [("商品管理", 20000, "是"), ("分期计算器", 16000, "是"), ("订单跟踪", 20000, "是"), ("还款管理", 20000, "是"),
                 ("用户管理", 20000, "是")],
        "广陵": [("商品管理", 30000, "是"), ("分期计算器", 25000, "是"), ("订单跟踪", 30000, "是"), ("还款管理", 35000, "是"),
                 ("风控审批", 35000, "是"), ("用户管理", 25000, "是"), ("元宇宙营销", 35000, "是"), ("区块链存证", 33000, "是")],
    }
    rows = [head]
    for k, info in S.items():
        for j, (m, p, inc) in enumerate(mods[k]):
            first = j == 0
            rows.append([info[0], info[1] if first else "", m, p, inc] + (info[2:] if first else ["", "", "", ""]))
    rows.append(["镇江金山软件有限公司", "（作废：报价单未盖章，已退回）", "", "", "", "", "", "", ""])
    write_csv(name, rows, "utf-8")
    vendors = [
        good("南京钟山数科有限公司", 268000,
             "合计 '268000（优惠后）' = 268,000 含税 inside 20–30万 (module rows sum to 288,000 before the discount; the 合计 is the price); all "
             "six functions 是; 备案证明32010043020-24015; SM4; HTTPS; RBAC; 12个月; 人行 + 百行; 12 months with 小版本升级; 政策免费; 7×24, "
             "1小时; 终身咨询; 2.6万/年; 写入合同; 完整源码.",
             CI + CORE + ["repayment_management"], response_hours=1, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
        dict(vendor="苏州姑苏软件有限公司", gate="pass", price=236000,
             why="合计 218,000 含税 but 分期计算器 (must-have) '否（选配，另加）' 18,000 (conditional, added): 218,000 + 18,000 = 236,000; 证书"
                 "32050043012-23021; SM4; HTTPS; 角色权限; 6个月; 百行; 6 months '仅修复缺陷'; '政策调整另行报价'; 5×8; 4小时; 不含终身咨询; "
                 "写入合同; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"), fin=CI,
             flin=["conditional", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]),
        dict(vendor="无锡太湖网络科技有限公司", gate="unverified", price=255000,
             why="合计 255,000 含税; 等保 cell blank (unknown gate: unverified, flag unverified); six functions plus 积分商城 (deferrable, not bloat); "
                 "SM4; HTTPS; RBAC; 12个月; 朴道; 12 months with upgrades; 免费; 7×24; 2小时; 终身咨询; 2.5万/年; 写入合同; 完整源码.",
             values=dict(mlps_level3="null", sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, support_7x24=True, response_hours=2,
                         annual_fee_after_warranty_cny=25000),
             status=dict(mlps_level3="unknown"), fin=CI + ["points_mall"],
             flin=["unverified"], flex=NOGATE + ["price_below_15w", "price_over_budget", "no_7x24", "bloat_features"]),
        dict(vendor="常州龙城科技有限公司", gate="fail", price=96000,
             why="合计 96,000 (< 10万: do not buy); 等保 '无' (fail); no 风控审批 row; AES; 3个月 logs; 3 months; 按次收费; 不写合同; 仅授权使用.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, audit_log_months=3, free_maintenance_months=3,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"), fin=CI,
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "not_in_contract"]),
        dict(vendor="扬州广陵信息技术有限公司", gate="pass", price=248000,
             why="合计 248,000 含税 inside 20–30万; 等保三级证书32100043004-24010; 'AES-256（非国密）' (no SM4); HTTPS; RBAC; 6个月; 百行; 元宇宙营销 "
                 "35,000 and 区块链存证 33,000 inside the total (bloat); 12 months with upgrades; 免费; 7×24; 2小时; 终身咨询; 2.2万/年; 写入合同; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated"), fin=CI + ["metaverse_marketing", "blockchain_evidence"],
             flin=["no_sm4", "bloat_features"], flex=NOGATE + ["price_below_15w", "price_over_budget", "no_7x24"]),
    ]
    write_toml(
        "z_06_ci_module_rows.toml",
        """Voice: IT of 南京秦淮易分小额贷款 (consumer instalments) pastes every vendor's module breakdown into one UTF-8 CSV.
Layout: header 供应商 | 合计报价(元,含税) | 模块 | 模块单价 | 是否含在合计 | 等保 | 数据安全 | 维保与支持 | 合同/源码; one row per module,
  the vendor name repeated, 合计 and all terms only on the vendor's first row; a last voided line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: module prices are a breakdown, not extra quotes (钟山's sum 288,000 vs 合计 268,000 优惠后); 姑苏's 分期计算器 '否（选配，另加）'
  18,000: 218,000 + 18,000 = 236,000; 太湖's 等保 blank (unverified); 广陵 AES and 元宇宙营销/区块链存证 bloat; 龙城 96,000, 等保 无 (fail);
  镇江金山 voided (not listed).""",
        "consumer_installment", [name], "南京钟山数科有限公司",
        "钟山 proves every gate (备案证明32010043020-24015, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has all three "
        "分期 must-haves, and gives 12 months with upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, in the contract, "
        "full source — at 268,000 含税 inside 20–30万 (3 years 268,000 + 2 × 26,000 = 320,000). 广陵 (248,000) has no SM4 and pays 68,000 for "
        "bloat; 姑苏 is 218,000 + 18,000 = 236,000 with 6 months bug-fix-only and office hours; 太湖 has no 等保 on file (unverified); 龙城 "
        "fails (96,000, no 等保); 金山 was voided.",
        vendors)


if __name__ == "__main__":
    for build in (build_z01, build_z02, build_z03, build_z04, build_z05, build_z06):
        build()
    print("built z_01 … z_06 into", HERE)
