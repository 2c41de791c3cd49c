"""Build the "ze" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a procurement project's 周报 with a progress table and each vendor's update as bullet text in one cell
(ze_01), an Excel 表单视图 print-out where every vendor's record is a block of 字段 | 值 rows in ONE column pair, with page breaks
between vendors (ze_02), a 比选记录 whose main table names vendors only by code (S1…S6) with a legend below mapping codes to names,
GBK CSV (ze_03), an English email-style vendor summary pasted line by line into a single column, UTF-8 CSV with BOM (ze_04), an
内审 逐项审查表 in long format (one row per vendor × item, vendor cell merged down, the auditor's conclusion beside the bid text)
(ze_05), and a 财务部 报价金额核对表 where every amount is written in 大写 only (ze_06). The expected reading of every file is in the
matching ze_0N_*.toml, written from the file's content and shared/domain.md only; the author neither ran the product on these
files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_ze.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure ze_
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.pagebreak import Break

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402

FIXED = datetime(2025, 11, 30, 9, 0, 0)
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

PC = ["personal_credit_report", "risk_model", "repayment_management"]
ML = ["enterprise_credit", "cashflow_analysis", "contract_management"]
CI = ["product_management", "installment_calculator", "order_tracking"]
CORE = ["risk_approval", "user_management"]
NOGATE = ["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing"]
WEAK_AFTER = ["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
              "no_lifetime_consulting"]


def _save(wb, name):
    """Save with fixed properties and fixed zip entry times, so a rerun writes the same bytes."""
    wb.properties.creator = "buyer"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    raw = io.BytesIO()
    wb.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' with the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode(), data)
            zout.writestr(fixed, data)
    (HERE / name).write_bytes(out.getvalue())


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


def good(vendor, price, why, feats, **extra):
    vals = dict(GOOD_VALUES)
    vals.update(extra)
    st = dict(GOOD_STATUS)
    if "response_hours" in extra:
        st["response_hours"] = "stated"
    return dict(vendor=vendor, gate="pass", price=price, why=why, values=vals, status=st, fin=feats, fex=BLOAT, flex=ALL_BAD)


# ---------------------------------------------------------------------------------------------
# ze_01  个人信用贷 — the 科技部's 周报 (week 48) of 舟山普陀渔港小额贷款's source-code purchase: a progress table of tasks (not
#        vendors), then 供应商动态 with each vendor's written quote as bullet text in ONE cell, the 项目组意见 beside it, then next
#        week's plan and risks.
# ---------------------------------------------------------------------------------------------
ZE01_TASKS = [
    ["序号", "工作事项", "负责人", "状态", "完成时间", "说明"],
    ["1", "向6家服务商发出询价函", "林海", "已完成", "11/20", "询价范围：个人信用贷系统源码及实施"],
    ["2", "收齐书面报价", "林海", "进行中", "—", "5家已回复；常山胡柚未给书面价格；嵊泗列岛退出"],
    ["3", "等保证书原件核验", "合规部 周敏", "进行中", "—", "缙云仙都、龙游石窟已核验原件"],
    ["4", "项目预算申请", "财务部", "已完成", "11/26", "预算22万元（含税）已获总经理批准"],
    ["5", "系统演示", "林海", "未开始", "12/03", "拟邀请前两名"],
]
ZE01_VENDORS = [
    ["缙云仙都数科有限公司",
     "• 11/25 收到盖章报价函：软件授权费15.5万＋实施部署费3.2万＋征信接口对接费1.8万，合计20.5万元（不含税），增值税税率6%，专票另开\n"
     "• 功能：个人征信接口（人行二代、百行征信）、风控模型（评分卡＋规则引擎）、反欺诈模型、还款计划及还款提醒、风控审批流、用户管理\n"
     "• 等保：三级，备案证明编号33110043007-24012（2024年10月取得），已提供复印件\n"
     "• 安全：身份证号、手机号、银行卡号国密SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月，异常登录告警\n"
     "• 征信：中国人民银行征信中心、百行征信\n"
     "• 售后：免费维护12个月，含缺陷修复和小版本升级；监管政策调整免费适配；7×24小时值守，2小时内指定工程师响应；终身技术咨询；"
     "以上均写入合同；过保年费2.2万元/年\n"
     "• 源码：完整源码交付，无加密，可二次开发",
     "材料最齐，但比青田贵近5万"],
    ["青田石门洞软件有限公司",
     "• 11/24 微信发来报价单：优惠价16.8万（含税，原价22万，本月签约有效）\n"
     "• 功能：个人征信查询、智能风控、反欺诈、还款提醒、审批流、用户管理；赠送跨境支付通道、智能客服机器人\n"
     "• 等保：满足等保三级要求，上线后可协助客户做测评\n"
     "• 安全：国密加密；HTTPS；权限管理\n"
     "• 征信：支持对接各大征信\n"
     "• 售后：终身免费维护；7×24小时；响应及时\n"
     "• 源码：交付源码（核心风控模块加密）",
     "价格最低、送的功能多，建议优先谈"],
    ["龙游石窟网络科技有限公司",
     "• 11/26 邮件报价：13.2w（含税）\n"
     "• 功能：个人征信接口（百行征信）、风控模型、还款管理、风控审批、用户管理\n"
     "• 等保：三级，证书编号33082543010-23007\n"
     "• 安全：SM4（身份证号、手机号）；HTTPS；角色权限；日志保存6个月\n"
     "• 征信：百行征信\n"
     "• 售后：免费维护3个月，仅修复故障，不含升级；政策调整另计；5×8（工作日）；次日响应；无终身咨询；售后条款写入合同\n"
     "• 源码：仅授权使用，授权绑定服务器，不提供源代码",
     "便宜，但只给3个月维护"],
    ["常山胡柚信息技术有限公司",
     "• 11/27 邮件：报价需待我方提供需求说明书后面议，暂无书面价格\n"
     "• 功能：个人征信接口（朴道征信）、风控模型、反欺诈模型、还款管理、风控审批、用户管理、会员体系\n"
     "• 等保：三级测评已通过，备案证明申请中（预计12月下旬取得）\n"
     "• 安全：SM4（身份证号、手机号）；HTTPS；RBAC；日志保存12个月\n"
     "• 征信：朴道征信\n"
     "• 售后：免费维护12个月，含小版本升级；政策调整免费；7×24小时，1小时响应；终身技术咨询；同意写入合同；过保年费详见附件\n"
     "• 源码：完整源码",
     "销售电话里说20万左右、年费1.5万，已催书面报价"],
    ["岱山蓬莱科技有限公司",
     "• 11/24 报价：基础版8.6万（含税）\n"
     "• 功能：风控规则、还款管理、用户管理；征信接口不含，需客户自行对接\n"
     "• 等保：二级\n"
     "• 安全：AES加密；HTTPS\n"
     "• 售后：免费维护3个月；工作日QQ支持\n"
     "• 源码：完整源码",
     "不符合要求"],
    ["嵊泗列岛软件工作室",
     "• 11/21 回复：团队排期已满，本次不参与报价",
     "—"],
]


def build_ze01():
    name = "ze_01_pc_weekly_report.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "第48周"
    widths(ws, [6, 26, 90, 30, 10, 30])
    _text(ws, 1, 6, "舟山普陀渔港小额贷款有限公司 信用贷系统源码采购项目 周报（2025年第48周，11/24–11/28）", font=TITLE)
    _text(ws, 2, 6, "汇报人：科技部 林海　　抄送：王总、财务部、合规部　　我司做个人信用贷，无跨境业务。")
    _text(ws, 4, 6, "一、本周进展", font=BOLD)
    r = 5
    for i, row in enumerate(ZE01_TASKS):
        put_row(ws, r, row, font=BOLD if i == 0 else None, fill=GREY if i == 0 else None)
        r += 1
    r += 1
    _text(ws, r, 6, "二、供应商动态（要点摘自各家书面报价/回函原文，项目组意见为我方看法）", font=BOLD)
    r += 1
    put_row(ws, r, ["序号", "供应商", "本周动态", "项目组意见"], font=BOLD, fill=GREY)
    r += 1
    for i, (v, text, note) in enumerate(ZE01_VENDORS, start=1):
        put_row(ws, r, [str(i), v, text, note])
        ws.row_dimensions[r].height = 150 if len(text) > 60 else 20
        r += 1
    r += 1
    _text(ws, r, 6, "三、下周计划", font=BOLD)
    _text(ws, r + 1, 6, "1. 与青田石门洞商谈价格及赠送模块；2. 催常山胡柚书面报价；3. 12/03 安排演示；4. 合规部完成等保证书核验。")
    _text(ws, r + 3, 6, "四、风险与问题", font=BOLD)
    _text(ws, r + 4, 6, "1. 常山胡柚仍无书面价格，可能影响12月初定标；2. 预算22万元（含税），缙云仙都含税约21.7万元，已接近预算上限，无再加模块空间。")
    ws.freeze_panes = "A3"
    _save(wb, name)
    vendors = [
        good("缙云仙都数科有限公司", 217300,
             "'软件授权费15.5万＋实施部署费3.2万＋征信接口对接费1.8万，合计20.5万元（不含税），增值税税率6%' = 205,000 × 1.06 = 217,300, "
             "inside 18–25万; 个人征信接口 (人行二代, 百行), 风控模型, 反欺诈模型, 还款计划/提醒, 风控审批流, 用户管理; 等保三级 备案证明"
             "33110043007-24012; SM4 on ID/mobile/bank card; HTTPS; RBAC; 12个月 logs; 人行 + 百行; 12 months with 小版本升级; 政策免费; "
             "7×24, 2小时 named engineer; 终身咨询; 写入合同; 2.2万/年; 完整源码 无加密.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
        dict(vendor="青田石门洞软件有限公司", gate="unverified", price=168000,
             why="'优惠价16.8万（含税，原价22万）' = 168,000 (the offer); '满足等保三级要求，上线后可协助客户做测评' (claimed: unverified); '国密加密' "
                 "(which? claimed); '支持对接各大征信' (no body: claimed); '终身免费维护', '响应及时' state nothing; 7×24 stated; 赠送跨境支付通道 "
                 "(no cross-border business) + 智能客服机器人 (bloat); '核心风控模块加密' (partial source). The 项目组's pick.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=PC + ["anti_fraud", "overseas_payment", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="龙游石窟网络科技有限公司", gate="pass", price=132000,
             why="'13.2w（含税）' = 132,000 (caution zone); 等保三级证书33082543010-23007; SM4; HTTPS; 角色权限; 6个月 logs (not under 6); 百行; "
                 "3 months '仅修复故障，不含升级'; '政策调整另计'; 5×8; 次日响应; 无终身咨询; 写入合同; '仅授权使用，授权绑定服务器，不提供源代码' "
                 "(licence only).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated"),
             fin=PC + CORE, fex=BLOAT,
             flin=["price_below_15w"] + WEAK_AFTER + ["source_licence_only", "conditional"],
             flex=NOGATE + ["no_sm4", "price_over_budget", "audit_log_under_6m", "bloat_features", "not_in_contract"]),
        dict(vendor="常山胡柚信息技术有限公司", gate="unverified", price="null",
             why="'报价需待我方提供需求说明书后面议，暂无书面价格' (price_missing) — '20万左右、年费1.5万' is only the 项目组意见 (buyer's, not "
                 "read); '三级测评已通过，备案证明申请中' (in progress: unverified, never fail); must-haves + 反欺诈 + 会员体系; SM4; HTTPS; RBAC; "
                 "12个月; 朴道; 12 months with upgrades; 政策免费; 7×24, 1小时; 终身咨询; 同意写入合同; 过保年费 '详见附件' (unknown); 完整源码.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             fin=PC + ["anti_fraud", "membership"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
        dict(vendor="岱山蓬莱科技有限公司", gate="fail", price=86000,
             why="'基础版8.6万（含税）' = 86,000 (under 10万); '征信接口不含，需客户自行对接' (must-have absent); 等保 '二级' (fail); AES (no SM4); "
                 "3 months; 工作日QQ.",
             values=dict(mlps_level3=False, sm4_encryption=False, free_maintenance_months=3),
             fex=["personal_credit_report"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "maintenance_under_12m"]),
    ]
    write_toml(
        "ze_01_pc_weekly_report.toml",
        """Voice: 林海 of the 科技部 at 舟山普陀渔港小额贷款 (personal credit, no cross-border business) writes the project's weekly report
  to 王总: a task table, then each vendor's written quote condensed into bullet points in one cell, with the team's opinion beside it.
Layout: sheet 第48周 — title, a 汇报人 line, 一、本周进展 (序号 | 工作事项 | 负责人 | 状态 | 完成时间 | 说明, five tasks), 二、供应商动态
  (序号 | 供应商 | 本周动态 | 项目组意见; six vendors, each 本周动态 a multi-line '• 报价：… • 功能：… • 等保：…' cell; the last declined),
  三、下周计划 and 四、风险与问题 as prose.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the task table is no vendor list and its '预算22万元' is no price; 缙云's price is three line items 不含税 + 6% = 217,300 (just
  under the 22万 budget the 风险 line mentions, inside 18–25万); 青田 (the 项目组's pick, 'lowest') 优惠价16.8万 (原价22万) with 满足等保三级
  要求/协助测评, 国密加密, 支持对接各大征信, 终身免费维护 (claims: unverified) + 赠送跨境支付/智能客服 (bloat) + 核心风控模块加密; 龙游 13.2w
  (caution) with 3 months bug-only, 另计, 5×8, 次日, no consulting, 仅授权使用; 常山 面议 + 备案证明申请中, its '20万左右' only in the
  项目组意见 column (buyer's, not read), fee 详见附件; 岱山 8.6万 + 二级 + no bureau interface (fail); 嵊泗 declined (not listed); the
  下周计划/风险 prose is no vendor.""",
        "personal_credit", [name], "缙云仙都数科有限公司",
        "缙云 proves every gate (备案证明33110043007-24012, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every "
        "must-have plus 反欺诈, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, lifetime "
        "consulting, all in the contract, full unencrypted source — at 217,300 含税 inside 18–25万 (3 years 217,300 + 2 × 22,000 = 261,300). "
        "The team's pick 青田 (168,000) only claims 等保, 国密 and 征信 (unverified), pads with bloat and encrypts its risk core; 龙游 is "
        "132,000 in the caution zone with 3-month bug-only maintenance and a locked licence; 常山 has no written price and only 申请中; "
        "岱山 fails; 嵊泗 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# ze_02  商户经营性贷 — the 表单视图 print-out of 淮安清江浦商信小额贷款's 供应商报价登记 form: one record per vendor, each a block of
#        字段 | 值 rows in the SAME two columns A:B, a page break after every record; the 审核人意见 field is the buyer's.
# ---------------------------------------------------------------------------------------------
ZE02_FIELDS = ["供应商名称", "记录状态", "提交时间", "报价金额", "税务说明", "报价构成", "功能模块", "等保情况", "数据加密", "传输加密",
               "权限控制", "日志保存", "征信接口", "免费维护期", "维护范围", "政策适配", "技术支持", "响应时效", "终身技术咨询", "承诺写入合同",
               "过保年费", "源码交付", "附件", "审核人意见"]
ZE02_RECORDS = [
    ["沭阳花木数科有限公司", "有效", "2025-11-21 16:42", "29.6万元", "含税（增值税6%）", "源码授权、部署实施、人员培训、12个月维护",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理、数据分析大屏",
     "已取得等保三级备案证明，编号32132243006-24015（2024年12月）", "国密SM4（身份证号、手机号、银行卡号、企业法人证件号）", "全站HTTPS",
     "RBAC，按机构/岗位授权", "12个月，异常操作自动告警", "中国人民银行征信中心（企业信用报告）、百行征信", "12个月", "缺陷修复＋小版本升级",
     "监管政策调整免费适配", "7×24小时", "1小时内响应，指定专属工程师", "提供", "以上承诺全部写入合同", "2.8万元/年",
     "完整源码交付，无加密，可二次开发", "报价函.pdf；等保备案证明.jpg", "价格偏高，需再议"],
    ["泗洪湖滨软件有限公司", "有效", "2025-11-22 10:15", "24.8万元", "不含税，增值税税率13%，另行开票", "源码授权21万＋实施3.8万",
     "企业征信、银行流水分析、电子合同管理、审批流、还款计划、用户管理",
     "等保三级，证书编号32132443011-23020", "SM4（身份证号、手机号）", "HTTPS", "角色权限", "6个月", "百行征信", "12个月",
     "仅限系统故障修复，不含功能及版本升级", "重大监管政策调整另行报价", "工作日5×8；节假日值班服务需另行购买", "4小时", "无", "写入合同",
     "按合同额15%/年", "完整源码", "报价函.pdf", "价格最优，推荐"],
    ["盱眙都梁网络科技有限公司", "有效", "2025-11-23 21:08", "27万元（含税）", "含税",
     "源码、部署、培训", "企业征信、流水分析、电子合同、风控审批、还款管理、用户管理、区块链存证、智能客服机器人",
     "符合等保三级标准，上线后提供等保测评协助", "国密算法", "HTTPS", "完善的权限管理", "详见附件", "支持对接征信机构", "终身维护",
     "全面维护", "积极配合", "7×24小时", "快速响应", "有", "签约时商定", "面议",
     "交付源码（风控及征信模块为编译包，不含源文件）", "技术方案.docx", "功能多，可以考虑"],
    ["涟水安东软件有限公司", "有效", "2025-11-24 09:30", "14.5万元", "含税", "源码授权＋部署",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "等保三级，备案证明编号32082643002-24003", "AES-256（身份证号、手机号）", "HTTPS", "RBAC", "3个月", "百行征信", "12个月",
     "缺陷修复＋小版本升级", "免费", "7×24小时", "2小时", "提供", "写入合同", "1.5万元/年", "完整源码", "报价函.pdf", "便宜"],
    ["兴化垛田信息技术有限公司", "有效", "2025-11-24 14:02", "免费（开源社区版）", "—", "商业支持服务3.8万元/年（可选）",
     "客户管理、贷款审批、还款管理（企业征信、流水分析需自行开发）", "无", "未加密", "支持HTTPS", "管理员/操作员两级", "", "无", "—", "—",
     "—", "社区论坛", "—", "—", "—", "—", "开源（GPL协议）", "", "不合规"],
    ["靖江马桥科技有限公司", "已放弃", "2025-11-20 11:20", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—",
     "—", "—", "—", "—", "—", "放弃报价函.pdf（11月20日书面函告不参与本次报价）", "—"],
]


def build_ze02():
    name = "ze_02_ml_form_view.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "表单视图"
    widths(ws, [18, 80])
    r = 1
    n = len(ZE02_RECORDS)
    for i, rec in enumerate(ZE02_RECORDS, start=1):
        _text(ws, r, 2, "淮安清江浦商信小额贷款有限公司 · 供应商报价登记（商户经营贷系统源码）— 表单视图", font=TITLE)
        _text(ws, r + 1, 2, f"记录 {i} / {n}　　打印人：采购部 孙悦　　打印时间：2025-11-28 17:05　　说明：“审核人意见”为我司采购部填写。")
        r += 2
        put_row(ws, r, ["字段", "值"], font=BOLD, fill=GREY)
        r += 1
        for f, v in zip(ZE02_FIELDS, rec):
            put_row(ws, r, [f, v], font=None)
            ws.cell(row=r, column=1).font = BOLD
            if f == "审核人意见":
                ws.cell(row=r, column=2).fill = YELLOW
            r += 1
        ws.row_breaks.append(Break(id=r - 1))
        r += 1
    _text(ws, r, 2, "共6条记录。本页由表单系统打印生成，内容以各服务商上传的报价函为准。")
    _save(wb, name)
    vendors = [
        good("沭阳花木数科有限公司", 296000,
             "报价金额 '29.6万元', 税务说明 '含税（增值税6%）' = 296,000 inside 25–35万; 企业征信、银行流水分析、电子合同 + core (+ 数据大屏, "
             "deferrable, no bloat); 等保三级备案证明32132243006-24015; SM4 on ID/mobile/bank card/legal-person ID; HTTPS; RBAC; 12个月; 人行 + "
             "百行; 12 months with 小版本升级; 政策免费; 7×24; 1小时 named engineer; 终身咨询; 全部写入合同; 2.8万/年; 完整源码 无加密.",
             ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=1, annual_fee_after_warranty_cny=28000,
             source_code_delivery="full"),
        dict(vendor="泗洪湖滨软件有限公司", gate="pass", price=280240,
             why="'24.8万元' with '不含税，增值税税率13%' = 248,000 × 1.13 = 280,240 (cheaper sticker, not cheaper than 沭阳 by much once taxed); "
                 "等保三级证书32132443011-23020; SM4; HTTPS; 角色权限; 6个月 logs; 百行; 12 months '仅限系统故障修复，不含功能及版本升级'; '重大监管"
                 "政策调整另行报价'; '工作日5×8；节假日值班服务需另行购买'; 4小时; 终身咨询 无; 写入合同; 15%/年; 完整源码. The 审核人's pick.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=ML + CORE, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                   "conditional"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                            "not_in_contract", "bloat_features"]),
        dict(vendor="盱眙都梁网络科技有限公司", gate="unverified", price=270000,
             why="'27万元（含税）' = 270,000; '符合等保三级标准，上线后提供等保测评协助' (claimed: unverified); '国密算法' (which? claimed); '支持对接"
                 "征信机构' (no body: claimed); 日志保存 '详见附件' (unknown); '终身维护', '全面维护', '积极配合', '快速响应', '签约时商定' state "
                 "nothing; 7×24 stated; 过保年费 面议 (unknown); 区块链存证 + 智能客服机器人 (bloat); '风控及征信模块为编译包' (partial source).",
             values=dict(tls=True, support_7x24=True, audit_log_months="null", annual_fee_after_warranty_cny="null",
                         source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=ML + ["blockchain_evidence", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial", "unconfirmed"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="涟水安东软件有限公司", gate="pass", price=145000,
             why="'14.5万元' 含税 = 145,000 (caution zone: a lower price here is not better); 等保三级备案证明32082643002-24003; 'AES-256' (no "
                 "SM4); HTTPS; RBAC; logs '3个月' (under 6); 百行; 12 months with upgrades; 政策免费; 7×24; 2小时; 终身咨询; 写入合同; 1.5万/年; "
                 "完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=15000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated"),
             fin=ML + CORE, fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m"],
             flex=NOGATE + ["price_over_budget", "maintenance_under_12m", "no_7x24", "response_over_2h", "not_in_contract",
                            "bloat_features", "claimed"]),
        dict(vendor="兴化垛田信息技术有限公司", gate="fail",
             why="'免费（开源社区版）' (free: under 10万; the 3.8万/年 support is optional and yearly); '企业征信、流水分析需自行开发' (must-haves "
                 "absent); 等保 '无' (fail); '未加密' (no SM4); 社区论坛.",
             values=dict(mlps_level3=False, sm4_encryption=False),
             fex=["enterprise_credit", "cashflow_analysis"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4"]),
    ]
    write_toml(
        "ze_02_ml_form_view.toml",
        """Voice: 孙悦 of the 采购部 at 淮安清江浦商信小额贷款 (operating loans to merchants) prints the form system's 表单视图 of the
  供应商报价登记 form: each vendor's uploaded quote as one record; the 审核人意见 field is the 采购部's own.
Layout: sheet 表单视图 — ONE column pair A:B repeated six times: a title row, a '记录 i / 6 … 打印人 … 说明' row, a 字段 | 值 header and
  24 field rows (供应商名称, 记录状态, 提交时间, 报价金额, 税务说明, 报价构成, 功能模块, 等保情况, … 源码交付, 附件, 审核人意见), a manual
  page break after each record; a closing line. No vendor column anywhere: the name is a value in the block.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: every record repeats the same 字段 labels (read as six records, not one); 泗洪 (the 审核人's '价格最优') is 24.8万 不含税 + 13% =
  280,240 with bug-only maintenance, 重大监管政策调整另行报价, 5×8 with paid holiday duty, 4h and no consulting; 盱眙 符合等保三级标准/测评
  协助, 国密算法, 支持对接征信机构, 终身维护 (claims: unverified), logs 详见附件, fee 面议, 区块链 + 智能客服 bloat, compiled risk/bureau
  modules (partial); 涟水 14.5万 (caution) with AES-256 (no SM4) and 3-month logs; 兴化 free open-source + 等保 无 + must-haves to
  self-develop (fail), its '3.8万元/年（可选）' is no price; 靖江 记录状态 已放弃 (not listed); 提交时间, certificate numbers and the
  打印时间 are no prices.""",
        "merchant_loan", [name], "沭阳花木数科有限公司",
        "沭阳 proves every gate (备案证明32132243006-24015, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every "
        "must-have, and gives 12 months with upgrades, free policy adaptation, 7×24 within 1 hour by a named engineer, lifetime consulting, "
        "all in the contract, full unencrypted source — at 296,000 含税 inside 25–35万 (3 years 296,000 + 2 × 28,000 = 352,000). The "
        "审核人's 'cheapest' 泗洪 is 280,240 含税 and gives bug-only maintenance, paid policy changes, 5×8/4h and no consulting (3 years "
        "≈ 280,240 + 2 × 42,036 = 364,312 before any policy change); 盱眙 only claims (unverified); 涟水 is in the caution zone without SM4 "
        "and with 3-month logs; 兴化 fails; 靖江 gave up.",
        vendors)


# ---------------------------------------------------------------------------------------------
# ze_03  消费分期 — 梅州梅江惠购小额贷款's 比选记录: the scoring table names bidders only by code (S1…S6) during the 比选; one column per
#        feature with √/×/选配, then compliance and after-sales columns; a reference row (market average, no bidder); the 编码对照
#        legend below maps codes to full names. GBK CSV.
# ---------------------------------------------------------------------------------------------
ZE03_HEAD = ["编码", "商品管理", "分期计算器", "订单跟踪", "还款管理", "风控审批", "用户管理", "积分商城", "社交分享", "智能客服", "区块链存证",
             "等保三级", "国密SM4", "HTTPS", "权限管理", "日志保存", "征信接口", "免费维护", "含升级", "政策适配", "7×24", "响应", "终身咨询",
             "写入合同", "过保年费", "报价", "税", "源码交付", "比选小组意见"]
ZE03_ROWS = [
    ["S1", "√", "√", "√", "√", "√", "√", "×", "×", "×", "×",
     "√ 备案证明44140243001-24006", "√ 身份证号/手机号/银行卡号", "√", "√ RBAC", "12个月", "百行征信、朴道征信", "12个月", "√", "免费",
     "√", "2小时（指定工程师）", "√", "√（合同第8条）", "2.2万/年", "23.6万", "含税", "完整源码，无加密", "中规中矩"],
    ["S2", "√", "√", "√", "√", "√", "√", "√", "√", "√", "√",
     "√（按三级设计，可协助测评）", "√ 国密", "√", "√", "长期保存", "√ 支持对接", "终身", "√", "配合调整",
     "√", "第一时间", "√", "签约时确认", "无（终身维护）", "19.8万", "含税", "源码交付（核心引擎加密）", "打勾最多，功能最全，推荐"],
    ["S3", "√", "选配（+3.5万）", "√", "√", "√", "√", "×", "×", "×", "×",
     "√ 证书44142643005-23012", "√ 身份证号、手机号", "√", "√", "12个月", "人行征信中心", "12个月", "√",
     "一般调整免费；重大政策调整另行报价", "√", "1小时", "√", "√", "合同额10%/年", "20.5万", "含税", "完整源码", "计算器要另加钱"],
    ["S4", "√", "√", "√", "√", "√", "√", "×", "×", "×", "×",
     "申请中（测评已完成，待发证）", "√ 身份证号、手机号", "√", "√", "12个月", "朴道征信", "12个月", "√", "免费",
     "√", "1小时", "√", "√", "详见附件", "面议", "—", "完整源码", "价格没给"],
    ["S5", "√", "√", "×", "√", "×", "√", "×", "×", "×", "×",
     "×", "×", "√", "仅管理员", "—", "×", "3个月", "×", "另计",
     "×", "—", "×", "×", "—", "8.8万", "含税", "完整源码", "不合规"],
    ["S6", "书面退出，未报价", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
    ["参考", "（行业同类系统市场均价，非投标人，仅供参考）", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "", "", "25万", "含税", "", ""],
]
ZE03_LEGEND = [
    ["编码对照（比选结束后于2025-11-27启封，监督人：审计部 曾强）"],
    ["编码", "供应商全称", "联系人"],
    ["S1", "兴宁客都数科有限公司", "叶经理"],
    ["S2", "蕉岭长潭软件有限公司", "古总"],
    ["S3", "平远五指石网络科技有限公司", "姚工"],
    ["S4", "龙川佗城信息技术有限公司", "黄经理"],
    ["S5", "海丰红场科技有限公司", "小陈"],
    ["S6", "陆丰碣石软件有限公司", "—"],
]


def build_ze03():
    name = "ze_03_ci_coded_bidders_gbk.csv"
    ncol = len(ZE03_HEAD)
    pad = lambda row: row + [""] * (ncol - len(row))  # noqa: E731
    rows = [
        pad(["梅州梅江惠购小额贷款有限公司 消费分期系统源码 供应商比选记录"]),
        pad(["比选日期：2025-11-26；比选期间投标人以编码代替，编码对照见表后；报价口径含税；我司做手机、家电分期，无跨境业务；"
             "“比选小组意见”为我司比选小组填写。"]),
        pad([]),
        ZE03_HEAD,
        *ZE03_ROWS,
        pad([]),
        *[pad(r) for r in ZE03_LEGEND],
        pad([]),
        pad(["记录：吴婷　　比选小组：何伟、罗丹、吴婷"]),
    ]
    write_csv(name, rows, "gbk")
    vendors = [
        good("兴宁客都数科有限公司", 236000,
             "Code S1 (legend): '23.6万' 含税 = 236,000 inside 20–30万; 商品管理/分期计算器/订单跟踪 √ + core, no bloat ticked; 等保三级 '√ 备案证明"
             "44140243001-24006'; SM4 on ID/mobile/bank card; HTTPS; RBAC; 12个月; 百行 + 朴道; 12 months with upgrades; 政策 免费; 7×24; "
             "'2小时（指定工程师）'; 终身咨询; '√（合同第8条）'; 2.2万/年; 完整源码 无加密.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
        dict(vendor="蕉岭长潭软件有限公司", gate="unverified", price=198000,
             why="Code S2: '19.8万' 含税 = 198,000; every box ticked incl. 积分商城/社交分享 (deferrable) and 智能客服/区块链存证 (bloat); 等保 '√（按"
                 "三级设计，可协助测评）' (claimed: unverified); '√ 国密' (which? claimed); '√ 支持对接' (no body: claimed); '长期保存', '终身', "
                 "'配合调整', '第一时间', '签约时确认', '无（终身维护）' state nothing; 7×24 √; '核心引擎加密' (partial). The 比选小组's pick.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=CI + ["points_mall", "social_sharing", "ai_customer_service", "blockchain_evidence"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="平远五指石网络科技有限公司", gate="pass", price=240000,
             why="Code S3: '20.5万' 含税 with 分期计算器 (must-have) '选配（+3.5万）' (conditional, added) = 240,000; 等保三级证书44142643005-23012; "
                 "SM4; HTTPS; 权限 √; 12个月; 人行; 12 months with upgrades; '重大政策调整另行报价' (charged); 7×24; 1小时; 终身咨询; 写入合同; "
                 "10%/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=CI + CORE, fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "maintenance_under_12m", "no_7x24", "not_in_contract",
                            "bloat_features"]),
        dict(vendor="龙川佗城信息技术有限公司", gate="unverified", price="null",
             why="Code S4: 报价 '面议' (price_missing); 等保 '申请中（测评已完成，待发证）' (in progress: unverified, never fail); must-haves √; SM4; "
                 "HTTPS; 权限; 12个月; 朴道; 12 months with upgrades; 政策免费; 7×24; 1小时; 终身咨询; 写入合同; 过保年费 '详见附件' (unknown); 完整源码.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             fin=CI + CORE, fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
        dict(vendor="海丰红场科技有限公司", gate="fail", price=88000,
             why="Code S5: '8.8万' 含税 = 88,000 (under 10万); 订单跟踪 × (must-have absent); 等保三级 × (fail); 国密SM4 ×; 3个月; 另计; 7×24 ×.",
             values=dict(mlps_level3=False, sm4_encryption=False, free_maintenance_months=3, support_7x24=False),
             fin=["product_management", "installment_calculator"], fex=["order_tracking"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "maintenance_under_12m"]),
    ]
    write_toml(
        "ze_03_ci_coded_bidders_gbk.toml",
        """Voice: 吴婷 records 梅州梅江惠购小额贷款's 比选 (consumer instalments for phones and appliances, no cross-border business) as the
  panel saw it: bidders known only by code until the legend was unsealed after scoring.
Layout: GBK CSV — title, a note (codes replace names, legend after the table, prices 含税, last column is the panel's), header 编码 |
  ten feature columns (商品管理 … 区块链存证, cells √/×/选配（+3.5万）) | 等保三级 | 国密SM4 | HTTPS | 权限管理 | 日志保存 | 征信接口 |
  免费维护 | 含升级 | 政策适配 | 7×24 | 响应 | 终身咨询 | 写入合同 | 过保年费 | 报价 | 税 | 源码交付 | 比选小组意见; rows S1–S6 (S6 withdrew)
  and a 参考 row (market average 25万, no bidder); then the 编码对照 legend (编码 | 供应商全称 | 联系人) and a signature line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the vendor's name is only in the legend below the table (S1 → 兴宁客都数科有限公司 …); the 参考 row's '25万' is no bidder;
  S2 蕉岭 (the panel's pick, '打勾最多') ticks every box — its √ cells say 按三级设计/可协助测评, 国密, 支持对接 (claims: unverified), the
  ticks include 智能客服/区块链存证 (bloat), 长期保存/终身/配合调整/第一时间/签约时确认 state nothing, 核心引擎加密 (partial); S3 平远's
  分期计算器 is 选配（+3.5万） (conditional, added: 240,000) and 重大政策调整另行报价; S4 龙川 面议 + 申请中 (unverified), fee 详见附件;
  S5 海丰 8.8万, 等保 ×, 订单跟踪 × (fail); S6 陆丰 withdrew (not listed).""",
        "consumer_installment", [name], "兴宁客都数科有限公司",
        "S1 兴宁 proves every gate (备案证明44140243001-24006, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 百行 + 朴道), ticks all "
        "three instalment must-haves and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named "
        "engineer, lifetime consulting, written into contract clause 8, full unencrypted source — at 236,000 含税 inside 20–30万 (3 years "
        "236,000 + 2 × 22,000 = 280,000). The panel's S2 蕉岭 (198,000) only claims (unverified) and encrypts its core; S3 平远 is 240,000 "
        "once its calculator option is added and charges major policy changes; S4 龙川 has no price and only 申请中; S5 海丰 fails; S6 "
        "陆丰 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# ze_04  个人信用贷 — an English e-mail from an outside adviser summarising six vendors' written quotes for 湛江赤坎汇民小额贷款, pasted
#        line by line into ONE column (one line of the mail per row); headings, '- Price: …' bullets, the adviser's own 'My take' lines.
#        UTF-8 CSV with BOM.
# ---------------------------------------------------------------------------------------------
ZE04_LINES = [
    "From: Kelvin Ho <kelvin.ho@saikung-advisory.hk>",
    "To: 陈总 (Chen Zhiqiang) <chenzq@zjckhm.cn>",
    "Cc: 科技部 梁晓",
    "Date: Thu, 27 Nov 2025 18:40 +0800",
    "Subject: Vendor summary - personal credit loan system source code (6 quotes)",
    "",
    "Dear Mr. Chen,",
    "",
    "As agreed, below is my summary of the six written quotes for 湛江赤坎汇民小额贷款有限公司's personal credit loan system "
    "(source code purchase). Everything after 'Price / Modules / MLPS / Security / Bureau / After-sales / Source' is copied from the "
    "vendors' signed quotes (translated by me, figures unchanged). Lines starting with 'My take' are my own opinion, not the vendor's. "
    "You told me you have no cross-border business and a budget of about CNY 230k.",
    "",
    "1) 阳江漠阳数科有限公司",
    "- Price: licence CNY 168,000 + implementation CNY 45,000 + credit-bureau interface CNY 15,000 = CNY 228,000 total, VAT included (6%)",
    "- Modules: personal credit report interface (PBoC 2nd gen + Baihang), risk model (scorecard + rules engine), anti-fraud model, "
    "repayment schedule & reminders, risk approval workflow, user management",
    "- MLPS: Level 3, filing certificate no. 44170243003-24005 (issued Aug 2024), copy attached to the quote",
    "- Security: SM4 on ID number, mobile and bank card fields; TLS 1.2 on all traffic; role-based access control; operation logs kept "
    "12 months with abnormal-behaviour alerts",
    "- Bureau: PBoC Credit Reference Center and Baihang Credit",
    "- After-sales: 12 months free maintenance incl. bug fixes and minor version upgrades; regulatory changes adapted free of charge; "
    "7x24 support, response within 2 hours by a named engineer; lifetime technical consulting; all of the above written into the "
    "contract; CNY 20,000 per year after the warranty",
    "- Source: full source code, no encryption, free to modify",
    "- My take: solid, and within your budget, but not the cheapest.",
    "",
    "2) 信宜玉都软件有限公司",
    "- Price: 138k RMB, VAT included",
    "- Modules: personal credit report (Baihang), risk model, anti-fraud, repayment management, approval workflow, user management",
    "- MLPS: Level 3, certificate no. 44098343007-23011",
    "- Security: SM4 (ID number, mobile); HTTPS; RBAC; logs kept 6 months",
    "- Bureau: Baihang Credit",
    "- After-sales: 6 months free maintenance, crash fixes only, no upgrades; regulatory changes charged per change (their last client "
    "paid CNY 80,000 for one); support 5x8 on working days, next-business-day response; no lifetime consulting; after-sales terms "
    "follow their standard service agreement and are not written into the contract",
    "- Source: full source code",
    "- My take: cheapest of the certified ones - my recommendation on price.",
    "",
    "3) 化州橘红网络科技有限公司",
    "- Price: CNY 210k promotional price (list price 260k), VAT included, valid until 15 Dec",
    "- Modules: personal credit report, AI risk control, anti-fraud, repayment reminders, approval workflow, user management, "
    "plus AI customer-service bot, blockchain evidence and an overseas payment gateway (all bundled)",
    "- MLPS: 'Designed to MLPS Level 3; assessment support available after go-live'",
    "- Security: national cryptographic algorithms; HTTPS; permission management",
    "- Bureau: 'supports integration with all major credit bureaus'",
    "- After-sales: lifetime maintenance; 7x24 support; fast response",
    "- Source: source code delivered, core risk engine as an encrypted SDK",
    "- My take: most features for the money.",
    "",
    "4) 廉江红橙信息技术有限公司",
    "- Price: to be negotiated (面议) after a requirements workshop - no figure in writing yet",
    "- Modules: personal credit report (Pudao), risk model, anti-fraud model, repayment management, risk approval, user management",
    "- MLPS: Level 3 application in progress (assessment report issued, certificate pending with the police bureau)",
    "- Security: SM4 (ID number, mobile, bank card); HTTPS; RBAC; log retention: see attachment",
    "- Bureau: Pudao Credit",
    "- After-sales: 12 months free maintenance incl. minor upgrades; regulatory changes free; 7x24, 1-hour response; lifetime "
    "consulting; agreed to put all of it in the contract",
    "- Source: full source code",
    "- My take: their sales rep mentioned roughly 200k on the phone - not in writing.",
    "",
    "5) 吴川鉴江软件有限公司",
    "- Price: free open-source edition; paid deployment CNY 12k",
    "- Modules: loan application, repayment management, user management; no credit-bureau interface (we would have to build it)",
    "- MLPS: none",
    "- Security: plain-text database; HTTPS",
    "- After-sales: community forum only",
    "- Source: open source (GPL)",
    "",
    "6) 雷州雷祖科技有限公司",
    "- Declined to quote (e-mail of 20 Nov: no capacity this quarter).",
    "",
    "Next steps: I suggest we invite vendors 1-3 to a demo on 3 Dec. The signed quotes are in the shared folder "
    "'Quotes_2025-11'. Total of the six quotes is not meaningful as they cover different scopes.",
    "",
    "Best regards,",
    "Kelvin Ho",
    "Sai Kung Advisory Ltd. | +852 5xxx xxxx",
]


def build_ze04():
    name = "ze_04_pc_en_email_bom.csv"
    write_csv(name, [[line] for line in ZE04_LINES], "utf-8-sig")
    vendors = [
        good("阳江漠阳数科有限公司", 228000,
             "'licence CNY 168,000 + implementation CNY 45,000 + credit-bureau interface CNY 15,000 = CNY 228,000 total, VAT included' = 228,000 "
             "inside 18–25万; credit report (PBoC + Baihang), risk model, anti-fraud, repayment schedule & reminders, approval workflow, user "
             "management; MLPS Level 3 filing cert 44170243003-24005; SM4 on ID/mobile/bank card; TLS 1.2; RBAC; 12-month logs; PBoC + Baihang; "
             "12 months with minor upgrades; regulatory changes free; 7x24, 2 hours by a named engineer; lifetime consulting; in the contract; "
             "CNY 20,000/yr; full source, no encryption.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
        dict(vendor="信宜玉都软件有限公司", gate="pass", price=138000,
             why="'138k RMB, VAT included' = 138,000 (caution zone); MLPS Level 3 certificate 44098343007-23011; SM4; HTTPS; RBAC; 6-month logs "
                 "(not under 6); Baihang; '6 months free maintenance, crash fixes only, no upgrades'; 'regulatory changes charged per change'; 5x8, "
                 "next business day; no lifetime consulting; 'not written into the contract'; full source. The adviser's pick.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=False,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", commitments_in_contract="stated"),
             fin=PC + CORE, fex=BLOAT,
             flin=["price_below_15w", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "no_lifetime_consulting", "not_in_contract"],
             flex=NOGATE + ["no_sm4", "price_over_budget", "audit_log_under_6m", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor="化州橘红网络科技有限公司", gate="unverified", price=210000,
             why="'CNY 210k promotional price (list price 260k), VAT included' = 210,000; 'Designed to MLPS Level 3; assessment support' (claimed: "
                 "unverified); 'national cryptographic algorithms' (which? claimed); 'supports integration with all major credit bureaus' (no "
                 "body: claimed); 'lifetime maintenance', 'fast response' state nothing; 7x24 stated; AI customer-service bot, blockchain "
                 "evidence, overseas payment gateway (bloat; no cross-border business); 'core risk engine as an encrypted SDK' (partial).",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence", "overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="廉江红橙信息技术有限公司", gate="unverified", price="null",
             why="'to be negotiated (面议) … no figure in writing yet' (price_missing) — 'roughly 200k on the phone' is only the adviser's 'My "
                 "take' (not the vendor's written quote); 'Level 3 application in progress' (unverified, never fail); log retention 'see "
                 "attachment' (unknown); must-haves + anti-fraud; SM4; HTTPS; RBAC; Pudao; 12 months incl. upgrades; regulatory changes free; "
                 "7x24, 1 hour; lifetime consulting; in the contract; full source.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months="null", licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         source_code_delivery="full"),
             fin=PC + ["anti_fraud"], fex=BLOAT,
             flin=["price_missing", "unconfirmed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
        dict(vendor="吴川鉴江软件有限公司", gate="fail",
             why="'free open-source edition; paid deployment CNY 12k' (free / 12,000: under 10万); 'no credit-bureau interface (we would have to "
                 "build it)' (must-have absent); 'MLPS: none' (fail); plain-text database (no SM4); community forum.",
             values=dict(mlps_level3=False, sm4_encryption=False),
             fex=["personal_credit_report"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4"]),
    ]
    write_toml(
        "ze_04_pc_en_email_bom.toml",
        """Voice: Kelvin Ho, an outside adviser in Sai Kung, e-mails 陈总 of 湛江赤坎汇民小额贷款 (personal credit, no cross-border business,
  budget ~230k) an English summary of six written quotes; the 科技部 pasted the mail into a sheet, one line per row, and saved it as CSV.
Layout: UTF-8 CSV with BOM, ONE column and no header — mail headers (From/To/Cc/Date/Subject), a greeting, an intro paragraph
  (the bullets are the vendors' words, 'My take' lines are the adviser's), six numbered vendor headings '1) 阳江漠阳数科有限公司' each
  followed by '- Price: / - Modules: / - MLPS: / - Security: / - Bureau: / - After-sales: / - Source: / - My take:' lines, a declined
  vendor, 'Next steps', a signature.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: English mixed with Chinese names; amounts as 'CNY 168,000 + … = CNY 228,000 total', '138k RMB', 'CNY 210k', '12k'; 信宜 (the
  adviser's pick, 'cheapest certified') 138k is in the caution zone with 6 months crash-fixes only, per-change regulatory fees, 5x8 next
  business day, no consulting and nothing in the contract — the 'CNY 80,000' a past client paid is no price; 化州 'Designed to MLPS
  Level 3', 'national cryptographic algorithms', 'supports integration with all major credit bureaus', 'lifetime maintenance' (claims:
  unverified) + three bundled bloat modules + encrypted SDK core; 廉江 面议 + 'application in progress' with logs 'see attachment', its
  'roughly 200k' only in the adviser's 'My take'; 吴川 free open source + no MLPS (fail); 雷州 declined (not listed); mail headers,
  the '+852' phone, dates and 'Next steps' are no vendors or prices.""",
        "personal_credit", [name], "阳江漠阳数科有限公司",
        "阳江 proves every gate (filing cert 44170243003-24005, SM4 on ID/mobile/bank card, TLS, RBAC, 12-month logs, PBoC + Baihang), has "
        "every must-have plus anti-fraud, and gives 12 months with upgrades, free regulatory adaptation, 7x24 within 2 hours by a named "
        "engineer, lifetime consulting, all in the contract, full unencrypted source — at 228,000 VAT included, inside 18–25万 (3 years "
        "228,000 + 2 × 20,000 = 268,000). The adviser's 信宜 (138,000) sits in the caution zone with 6-month crash-only maintenance, paid "
        "regulatory changes, 5x8 and nothing in the contract; 化州 only claims (unverified) and encrypts its core; 廉江 has no written price "
        "and only an application in progress; 吴川 fails; 雷州 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# ze_05  商户经营性贷 — 楚雄彝州商汇小额贷款's 内审部 逐项审查表 of the bids: long format, one row per bidder × 审查项; the bidder cell
#        is merged down its block; 投标文件原文 beside the auditor's 审查结论 and 问题描述 (the buyer's, not the vendor's).
# ---------------------------------------------------------------------------------------------
ZE05_ITEMS = ["报价", "功能模块", "等保", "数据加密", "传输加密", "权限控制", "日志留存", "征信接口", "免费维护期", "维护范围", "政策适配",
              "技术支持", "响应时效", "终身咨询", "合同条款", "过保年费", "源码交付"]
OK = ("符合", "")
ZE05_BIDS = [
    ("腾冲极边数科有限公司", [
        ("软件授权费19.8万元＋实施费5.5万元＋数据迁移费2.2万元，合计27.5万元（不含税）；增值税税率6%", ("需关注", "报价为不含税价，比较时须换算为含税价")),
        ("企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", OK),
        ("等保三级，备案证明编号53052243004-24009（2024年9月取得），附复印件", OK),
        ("身份证号、手机号、银行卡号、企业账户信息采用国密SM4加密存储", OK),
        ("全链路HTTPS（TLS 1.2及以上）", OK),
        ("RBAC，四级岗位授权，关键操作双人复核", OK),
        ("操作日志保存12个月，异常行为追踪告警", OK),
        ("中国人民银行征信中心、百行征信", OK),
        ("免费维护12个月", OK),
        ("缺陷修复及小版本升级", OK),
        ("因监管政策变化产生的调整免费适配", OK),
        ("7×24小时技术支持", OK),
        ("2小时内指定工程师响应", OK),
        ("提供终身技术咨询", OK),
        ("上述服务承诺全部写入合同", OK),
        ("2.5万元/年", ("需关注", "未注明是否含税，需澄清")),
        ("交付完整源码，无加密，可二次开发", OK),
    ]),
    ("宁洱茶源网络科技有限公司", [
        ("26.8万元（含税）", OK),
        ("企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、元宇宙营销展厅", OK),
        ("支持等保三级", OK),
        ("采用国密算法", OK),
        ("HTTPS", OK),
        ("权限管理", OK),
        ("满足监管要求", OK),
        ("支持对接征信", OK),
        ("终身维护", OK),
        ("全面保障", OK),
        ("积极配合", OK),
        ("7×24小时", OK),
        ("第一时间响应", OK),
        ("提供", OK),
        ("可协商", OK),
        ("无", OK),
        ("交付源码", OK),
    ]),
    ("禄丰彩云软件有限公司", [
        ("14.2万元（含税）", ("需关注", "低于市场价")),
        ("企业征信、电子合同、风控审批、还款管理、用户管理；银行流水分析列入二期，另行报价", ("问题", "本期不含流水分析")),
        ("三级，证书编号53232543001-23014", OK),
        ("SM4（身份证号、手机号）", OK),
        ("HTTPS", OK),
        ("RBAC", OK),
        ("6个月", OK),
        ("百行征信", OK),
        ("6个月", ("问题", "短于12个月")),
        ("仅修复缺陷", ("需关注", "")),
        ("另计", ("问题", "政策适配收费")),
        ("5×8", ("问题", "非7×24")),
        ("4小时", ("需关注", "")),
        ("无", ("需关注", "")),
        ("写入合同", OK),
        ("按次收费，5000元/次", ("需关注", "")),
        ("完整源码", OK),
    ]),
    ("祥云驿路信息技术有限公司", [
        ("33.5万元（不含税），增值税6%", ("问题", "含税后超出预算")),
        ("企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、API开放平台、数据分析大屏", OK),
        ("三级，备案证明编号53292343008-24002", OK),
        ("SM4（身份证号、手机号、银行卡号）", OK),
        ("HTTPS", OK),
        ("RBAC", OK),
        ("12个月", OK),
        ("朴道征信", OK),
        ("24个月", OK),
        ("缺陷修复＋小版本升级", OK),
        ("免费适配", OK),
        ("7×24小时", OK),
        ("4小时内响应", ("需关注", "超过2小时")),
        ("提供", OK),
        ("写入合同", OK),
        ("3.5万元/年", OK),
        ("完整源码", OK),
    ]),
    ("镇雄乌峰科技有限公司", [
        ("面议（需现场调研后确定）", ("问题", "无书面报价")),
        ("企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", OK),
        ("详见附件", ("问题", "附件中未见等保证书")),
        ("SM4（身份证号、手机号、银行卡号）", OK),
        ("HTTPS", OK),
        ("RBAC", OK),
        ("12个月", OK),
        ("百行征信", OK),
        ("12个月", OK),
        ("含小版本升级", OK),
        ("免费", OK),
        ("7×24小时", OK),
        ("1小时", OK),
        ("提供", OK),
        ("写入合同", OK),
        ("", ("需关注", "未填写")),
        ("完整源码", OK),
    ]),
]


def build_ze05():
    name = "ze_05_ml_audit_findings.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "逐项审查"
    widths(ws, [6, 22, 12, 60, 10, 28, 8])
    _text(ws, 1, 7, "楚雄彝州商汇小额贷款有限公司 商户经营贷系统源码采购 投标文件逐项审查表（内审部）", font=TITLE)
    _text(ws, 2, 7, "审查人：内审部 李娜、杨光　　日期：2025-11-27　　“投标文件原文”逐字摘自各投标人盖章投标文件；“审查结论”“问题描述”"
                    "“风险等级”为内审部意见。我司无跨境业务；预算30万元左右。")
    put_row(ws, 3, ["序号", "投标人", "审查项", "投标文件原文", "审查结论", "问题描述", "风险等级"], font=BOLD, fill=GREY, align=CENTER)
    r = 4
    seq = 1
    level = {"符合": "—", "需关注": "低", "问题": "中"}
    for vendor, rows in ZE05_BIDS:
        start = r
        for item, (text, (concl, desc)) in zip(ZE05_ITEMS, rows):
            put_row(ws, r, [str(seq), vendor if r == start else None, item, text, concl, desc, level[concl]])
            if concl != "符合":
                ws.cell(row=r, column=5).fill = YELLOW
            seq += 1
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=start, column=2).alignment = CENTER
    put_row(ws, r, [str(seq), "弥渡小河淌水科技有限公司", "投标状态", "2025-11-19书面撤回投标文件", "—", "已撤回，不再审查", "—"])
    r += 2
    _text(ws, r, 7, "内审小结：宁洱茶源17项全部符合，未发现问题；腾冲极边2项需关注；祥云驿路1项问题、1项需关注；禄丰彩云、镇雄乌峰问题较多；"
                    "弥渡撤回。建议按问题数量排序推荐。", font=BOLD)
    _text(ws, r + 1, 7, "风险等级说明：中＝须澄清后方可定标；低＝签约前确认；—＝无。")
    ws.freeze_panes = "C4"
    _save(wb, name)
    vendors = [
        good("腾冲极边数科有限公司", 291500,
             "'软件授权费19.8万元＋实施费5.5万元＋数据迁移费2.2万元，合计27.5万元（不含税）；增值税税率6%' = 275,000 × 1.06 = 291,500 inside "
             "25–35万; 企业征信、银行流水分析、电子合同 + core; 等保三级备案证明53052243004-24009; SM4 on ID/mobile/bank card/company account; "
             "HTTPS; RBAC; 12个月 logs; 人行 + 百行; 12 months with 小版本升级; 政策免费; 7×24; 2小时 named engineer; 终身咨询; 全部写入合同; "
             "2.5万/年; 完整源码 无加密. The auditors' two '需关注' marks are their own notes, not faults in the bid.",
             ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
        dict(vendor="宁洱茶源网络科技有限公司", gate="unverified", price=268000,
             why="'26.8万元（含税）' = 268,000; '支持等保三级' (claimed: unverified); '采用国密算法' (which? claimed); '支持对接征信' (no body: "
                 "claimed); '满足监管要求', '终身维护', '全面保障', '积极配合', '第一时间响应', '可协商' state nothing; 7×24 stated; 元宇宙营销展厅 "
                 "(bloat); '交付源码' (unspecified). The 内审部 marked all 17 items 符合 (buyer's conclusion, not the vendor's words) and its "
                 "小结 ranks it first.",
             values=dict(tls=True, support_7x24=True),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=ML + ["metaverse_marketing"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="禄丰彩云软件有限公司", gate="fail", price=142000,
             why="'14.2万元（含税）' = 142,000 (caution zone); '银行流水分析列入二期，另行报价' (must-have absent, no price: fail); 等保三级证书"
                 "53232543001-23014; SM4; HTTPS; RBAC; 6个月; 百行; 6 months '仅修复缺陷'; 政策 '另计'; 5×8; 4小时; 终身咨询 无; 写入合同; "
                 "5000元/次; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, audit_log_months=6, free_maintenance_months=6,
                         maintenance_includes_upgrades=False, policy_adaptation_free=False, support_7x24=False, response_hours=4,
                         lifetime_consulting=False, commitments_in_contract=True, source_code_delivery="full"),
             fin=["enterprise_credit", "contract_management"], fex=["cashflow_analysis"] + BLOAT,
             flin=["price_below_15w", "missing_must_have"] + WEAK_AFTER,
             flex=["no_mlps_level3", "price_below_10w", "price_missing", "no_sm4", "audit_log_under_6m", "not_in_contract"]),
        dict(vendor="祥云驿路信息技术有限公司", gate="pass", price=355100,
             why="'33.5万元（不含税），增值税6%' = 355,100, above the 25–35万 band (price_over_budget); API开放平台 + 数据大屏 (deferrable, no "
                 "bloat); 等保三级备案证明53292343008-24002; SM4; HTTPS; RBAC; 12个月; 朴道; 24 months with upgrades; 政策免费; 7×24; '4小时内响应' "
                 "(over 2h); 终身咨询; 写入合同; 3.5万/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=24, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=35000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=ML + CORE + ["open_api", "bi_dashboard"], fex=BLOAT,
             flin=["price_over_budget", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "no_sm4", "maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24",
                            "not_in_contract", "bloat_features", "claimed", "conditional", "policy_adaptation_charged"]),
        dict(vendor="镇雄乌峰科技有限公司", gate="unverified", price="null",
             why="'面议（需现场调研后确定）' (price_missing); 等保 '详见附件' (unknown: unverified — '附件中未见等保证书' is the auditors' note); "
                 "must-haves; SM4; HTTPS; RBAC; 12个月; 百行; 12 months with upgrades; 政策免费; 7×24; 1小时; 终身咨询; 写入合同; 过保年费 blank "
                 "(unknown); 完整源码.",
             values=dict(mlps_level3="null", sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             fin=ML + CORE, fex=BLOAT,
             flin=["price_missing", "unconfirmed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
    ]
    write_toml(
        "ze_05_ml_audit_findings.toml",
        """Voice: 李娜 and 杨光 of the 内审部 at 楚雄彝州商汇小额贷款 (operating loans to merchants, no cross-border business, budget ~30万)
  check every bid item by item: the bid's own words beside their conclusion, and a 小结 that ranks bidders by the count of problems.
Layout: sheet 逐项审查 — title, a note (原文 copied verbatim from the bids; 结论/问题/风险 are the auditors'), header 序号 | 投标人 | 审查项 |
  投标文件原文 | 审查结论 | 问题描述 | 风险等级; long format, 17 rows per bidder (报价, 功能模块, 等保, 数据加密, 传输加密, 权限控制, 日志留存,
  征信接口, 免费维护期, 维护范围, 政策适配, 技术支持, 响应时效, 终身咨询, 合同条款, 过保年费, 源码交付) with the 投标人 cell merged down
  its block (the name only in the block's first row); a one-row withdrawn bidder; the 内审小结 and a legend.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the vendor name sits only in the first row of each merged block; the item name is in 审查项 and the value in 投标文件原文; the
  auditors' 审查结论 marks 宁洱 '符合' on all 17 items although every answer is a claim (支持等保三级, 国密算法, 支持对接征信, 终身维护,
  满足监管要求, 可协商: unverified) + 元宇宙营销 bloat — and the 小结 recommends ranking by problem count; 腾冲's two '需关注' are the
  auditors' notes on a correct 不含税 line-item price (275,000 × 1.06 = 291,500); 禄丰 14.2万 (caution) with 流水分析 '列入二期，另行报价'
  (must-have absent: fail) and weak after-sales; 祥云 33.5万 不含税 + 6% = 355,100 above the band, 4-hour response; 镇雄 面议 and 等保
  '详见附件' (unknown: unverified) — '附件中未见等保证书' is the auditors' remark; 弥渡 withdrew (not listed); 序号 and certificate numbers
  are no prices.""",
        "merchant_loan", [name], "腾冲极边数科有限公司",
        "腾冲 proves every gate (备案证明53052243004-24009, SM4 on ID/mobile/bank card/company account, HTTPS, RBAC, 12-month logs, 人行 + "
        "百行), has every must-have, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, "
        "lifetime consulting, all in the contract, full unencrypted source — at 291,500 含税 inside 25–35万 (3 years 291,500 + 2 × 25,000 = "
        "341,500). The auditors' clean 宁洱 (268,000) only claims (unverified); 祥云 is 355,100, over the band, with a 4-hour response; 禄丰 "
        "lacks 流水分析 (fail); 镇雄 has no price and no proof of 等保; 弥渡 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# ze_06  消费分期 — 凯里苗岭惠民小额贷款's 财务部 报价金额核对表: by the finance rules every amount is written in 大写 only (人民币贰拾陆万
#        捌仟元整), options and yearly fees too; a 计税 column; a 预算控制价 row that is no vendor; the 财务复核意见 column is the buyer's.
# ---------------------------------------------------------------------------------------------
ZE06_HEAD = ["序号", "供应商", "报价金额（大写）", "计税方式", "报价所含功能", "另计/不含项目", "等保及数据安全", "征信接口", "维护与技术支持",
             "过保费用（大写）", "源码交付", "财务复核意见"]
ZE06_ROWS = [
    ["1", "兴义万峰林数科有限公司", "人民币贰拾陆万捌仟元整", "含税（增值税专用发票，税率6%）",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理", "无",
     "等保三级（备案证明编号52230143002-24010）；身份证号、手机号、银行卡号国密SM4加密；全站HTTPS；RBAC权限；操作日志保存12个月",
     "百行征信、朴道征信",
     "免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时，2小时内指定工程师响应；终身技术咨询；以上全部写入合同",
     "人民币贰万肆仟元整/年", "完整源码，无加密，可二次开发", "金额最高"],
    ["2", "仁怀酱香软件有限公司", "人民币壹拾玖万伍仟元整", "不含税，增值税税率13%",
     "商品管理、分期计算器、还款管理、风控审批、用户管理", "订单跟踪模块另加人民币叁万元整（不含税）",
     "等保三级（证书编号52038243005-23016）；SM4（身份证号、手机号）；HTTPS；角色权限；日志保存期详见附件",
     "百行征信",
     "免费维护12个月（不含版本升级）；重大政策调整另行报价；5×8，4小时响应；终身技术咨询；写入合同",
     "按合同额12%/年", "完整源码", "金额最低，建议优先"],
    ["3", "赤水竹海网络科技有限公司", "人民币壹拾贰万捌仟元整", "含税",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理", "—",
     "等保三级申请中（已完成测评，待公安机关发证）；SM4（身份证号、手机号）；HTTPS；角色权限；日志保存3个月",
     "百行征信",
     "免费维护6个月，仅修复缺陷；政策调整另计；5×8；次日响应；终身技术咨询：有；售后条款写入合同",
     "人民币伍仟元整/次（按次收费）", "仅授权使用，授权绑定域名", "便宜"],
    ["4", "习水土城信息技术有限公司", "人民币贰拾贰万元整（优惠价，原价人民币贰拾捌万元整）", "含税",
     "商品管理、分期计算器、订单跟踪、积分商城、社交分享、元宇宙营销、区块链存证、智能客服", "—",
     "已通过等保测评；国密加密；HTTPS；权限管理",
     "支持对接主流征信",
     "终身维护；7×24小时；快速响应",
     "面议", "交付源码（核心算法加密）", "功能多"],
    ["5", "盘州乌蒙科技有限公司", "人民币玖万捌仟元整", "含税",
     "商品管理、订单管理、还款管理、用户管理（分期计算器需二次开发）", "—",
     "等保二级；AES加密；HTTPS", "—",
     "免费维护3个月；工作日支持", "—", "完整源码", ""],
    ["6", "福泉葛镜软件有限公司", "—", "—", "11月24日来函：因项目排期，放弃本次报价", "—", "—", "—", "—", "—", "—", "已放弃"],
]


def build_ze06():
    name = "ze_06_ci_amounts_in_words.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "报价核对"
    widths(ws, [5, 24, 30, 18, 34, 26, 44, 16, 46, 22, 22, 14])
    n = len(ZE06_HEAD)
    _text(ws, 1, n, "凯里苗岭惠民小额贷款有限公司 消费分期系统源码采购 报价金额核对表", font=TITLE)
    _text(ws, 2, n, "编制：财务部 潘雪 2025-11-28。按公司财务制度，金额一律以大写登记（照录各家盖章报价函）；比较口径为含税价，不含税报价按对方"
                    "声明的税率换算；我司做手机、家电及教培分期，无跨境业务。最后一列为财务部复核意见。")
    put_row(ws, 3, ZE06_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(ZE06_ROWS, start=4):
        put_row(ws, i, row)
        ws.row_dimensions[i].height = 90 if i < 9 else 30
    r = 4 + len(ZE06_ROWS)
    put_row(ws, r, ["", "预算控制价", "人民币贰拾捌万元整", "含税", "", "", "", "", "", "", "", "总经理办公会批准"], fill=BLUE)
    _text(ws, r + 2, n, "财务部意见：仁怀酱香报价金额最低（壹拾玖万伍仟元），建议优先商务谈判；兴义万峰林金额最高。附：各家报价函原件存财务部。",
          font=BOLD)
    ws.freeze_panes = "C4"
    _save(wb, name)
    vendors = [
        good("兴义万峰林数科有限公司", 268000,
             "'人民币贰拾陆万捌仟元整' 含税 = 268,000 inside 20–30万; 商品管理、分期计算器、订单跟踪 + core; 等保三级备案证明52230143002-24010; SM4 "
             "on ID/mobile/bank card; HTTPS; RBAC; 12个月; 百行 + 朴道; 12 months with 小版本升级; 政策免费; 7×24, 2小时 named engineer; 终身"
             "咨询; 全部写入合同; '人民币贰万肆仟元整/年' = 24,000; 完整源码 无加密.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
        dict(vendor="仁怀酱香软件有限公司", gate="pass", price=254250,
             why="'人民币壹拾玖万伍仟元整' 不含税 13% plus 订单跟踪 (must-have) '另加人民币叁万元整（不含税）' (conditional, added): (195,000 + 30,000) "
                 "× 1.13 = 254,250; 等保三级证书52038243005-23016; SM4; HTTPS; 角色权限; 日志 '详见附件' (unknown); 百行; 12 months '不含版本升级'; "
                 "'重大政策调整另行报价'; 5×8, 4小时; 终身咨询; 写入合同; 12%/年; 完整源码. The 财务部's pick ('金额最低').",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months="null",
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=CI + CORE, fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "unconfirmed"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "maintenance_under_12m", "not_in_contract",
                            "no_lifetime_consulting", "bloat_features"]),
        dict(vendor="赤水竹海网络科技有限公司", gate="unverified", price=128000,
             why="'人民币壹拾贰万捌仟元整' 含税 = 128,000 (caution zone); '等保三级申请中（已完成测评，待公安机关发证）' (unverified, never fail); SM4; "
                 "HTTPS; 角色权限; logs '3个月' (under 6); 百行; 6 months '仅修复缺陷'; '政策调整另计'; 5×8; 次日; 终身咨询 有; 写入合同; 过保按次"
                 "伍仟元; '仅授权使用，授权绑定域名' (licence only).",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=3, licensed_credit_bureau=True,
                         free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, lifetime_consulting=True, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             fin=CI + CORE, fex=BLOAT,
             flin=["price_below_15w", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "source_licence_only"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "no_sm4", "not_in_contract",
                   "no_lifetime_consulting", "bloat_features"]),
        dict(vendor="习水土城信息技术有限公司", gate="unverified", price=220000,
             why="'人民币贰拾贰万元整（优惠价，原价人民币贰拾捌万元整）' 含税 = 220,000 (the offer); '已通过等保测评' (no level: claimed, unverified); "
                 "'国密加密' (which? claimed); '支持对接主流征信' (no body: claimed); '终身维护', '快速响应' state nothing; 7×24 stated; 过保 '面议' "
                 "(unknown); 积分商城/社交分享 (deferrable) + 元宇宙营销/区块链存证/智能客服 (bloat); '核心算法加密' (partial).",
             values=dict(tls=True, support_7x24=True, annual_fee_after_warranty_cny="null", source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=CI + ["points_mall", "social_sharing", "metaverse_marketing", "blockchain_evidence", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="盘州乌蒙科技有限公司", gate="fail", price=98000,
             why="'人民币玖万捌仟元整' 含税 = 98,000 (under 10万); '分期计算器需二次开发' (must-have absent); '等保二级' (fail); AES (no SM4); 3 months; "
                 "工作日.",
             values=dict(mlps_level3=False, sm4_encryption=False, free_maintenance_months=3, support_7x24=False),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "order_tracking"], fex=["installment_calculator"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "maintenance_under_12m"]),
    ]
    write_toml(
        "ze_06_ci_amounts_in_words.toml",
        """Voice: 潘雪 of the 财务部 at 凯里苗岭惠民小额贷款 (consumer instalments for phones, appliances and training courses, no cross-border
  business) logs the vendors' stamped quotes for an amount check; the finance rules want every amount in 大写 capitals, nothing else.
Layout: sheet 报价核对 — title, a note (amounts copied in 大写, compare 含税 using each vendor's declared rate, last column is 财务部's),
  header 序号 | 供应商 | 报价金额（大写） | 计税方式 | 报价所含功能 | 另计/不含项目 | 等保及数据安全 | 征信接口 | 维护与技术支持 | 过保费用
  （大写） | 源码交付 | 财务复核意见; six vendor rows (the last declined), a 预算控制价 row (人民币贰拾捌万元整, no vendor), the 财务部意见.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: no amount has digits — 人民币贰拾陆万捌仟元整, 壹拾玖万伍仟元整, 叁万元整 option, 贰万肆仟元整/年, 伍仟元整/次, 玖万捌仟元整; 仁怀 (the
  财务部's '金额最低') is 不含税 13% and its 订单跟踪 must-have is another 叁万元 不含税 (conditional, added: 254,250) with 不含版本升级, 重大
  政策调整另行报价, 5×8/4h and logs 详见附件; 赤水 12.8万 (caution) with 等保三级申请中, 3-month logs, 6 months bug-only, 另计, 5×8, 仅授权使用
  (licence only); 习水 优惠价 贰拾贰万 (原价贰拾捌万) with 已通过等保测评 (no level), 国密加密, 支持对接主流征信, 终身维护 (claims: unverified),
  three bloat modules, fee 面议, 核心算法加密; 盘州 玖万捌仟 + 等保二级 + calculator to be developed (fail); 福泉 declined (not listed);
  the 预算控制价 row is no vendor.""",
        "consumer_installment", [name], "兴义万峰林数科有限公司",
        "兴义 proves every gate (备案证明52230143002-24010, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 百行 + 朴道), has all "
        "three instalment must-haves, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, "
        "lifetime consulting, all in the contract, full unencrypted source — at 268,000 含税 inside 20–30万 (3 years 268,000 + 2 × 24,000 = "
        "316,000). The finance pick 仁怀 is 254,250 含税 once its 订单跟踪 option and 13% VAT are added, with no upgrades, paid major policy "
        "changes, 5×8/4h and unknown logs (3 years ≈ 254,250 + 2 × 30,510 = 315,270 before any policy change); 赤水 is 申请中 in the caution "
        "zone with a locked licence; 习水 only claims (unverified); 盘州 fails; 福泉 declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_ze01, build_ze02, build_ze03, build_ze04, build_ze05, build_ze06):
        build()
    print("built ze_01 … ze_06 into", HERE)
