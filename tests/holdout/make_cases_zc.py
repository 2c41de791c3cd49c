"""Build the "zc" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a 预算外资金使用申请表 to the board where the IT head compares vendors in prose cells and asks for an amount
that is no price (zc_01), a finance department's 付款计划对比 with one row per payment milestone and the total only implied, plus the
legal team's clause summary below, GBK CSV (zc_02), an English bid tabulation of a US-listed parent with line items per bidder column,
SUBTOTAL/VAT/TOTAL rows and Exceptions/Clarifications rows (zc_03), WeChat 收藏 notes pasted one cell per vendor, multi-line with emoji
and 【】 headings, UTF-8 CSV with BOM (zc_04), a 维保到期续签与更换方案对比 where the incumbent's upgrade offer sits beside new vendors'
quotes (zc_05), and a 议价过程记录表 with three negotiation rounds, relative final prices and concessions paid for with after-sales
(zc_06). The expected reading of every file is in the matching zc_0N_*.toml, written from the file's content and shared/domain.md
only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zc.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zc_
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402

FIXED = datetime(2025, 11, 14, 9, 0, 0)
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
# zc_01  个人信用贷 — 预算外资金使用申请表 of 牡丹江东安融信小额贷款: a form to the board; the 信息科技部 head compares the candidate
#        vendors in prose cells (方案及报价 / 安全合规 / 售后 / 评价); the 申请金额 is his own rounded-up figure, not a quote.
# ---------------------------------------------------------------------------------------------
ZC01_V = [
    ["牡丹江冰城数科有限公司",
     "报价函（11月12日）：源码授权费17.5万元、实施及数据迁移费3.2万元、培训费1.1万元，三项合计21.8万元（不含税），增值税按6%另开专票。"
     "功能包括个人征信接口（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及还款提醒、风控审批流、用户管理，"
     "另含进件管理和贷后催收。交付完整源码，无加密，可二次开发。",
     "已取得等保三级备案证明（编号23100043008-24011，2024年10月取得），复印件已与原件核对；身份证号、手机号、银行卡号采用国密SM4字段加密；"
     "全站HTTPS；RBAC按岗位分级授权；操作日志保存12个月，异常导出自动告警；征信对接中国人民银行征信中心和百行征信。",
     "免费维护12个月，包含缺陷修复和小版本升级；因监管政策变化需要的系统调整免费适配；7×24小时值班，2小时内由指定工程师响应；"
     "提供终身技术咨询；以上条款对方同意全部写入合同；维护期满后每年2.6万元。",
     "方案扎实，但报价最高，加税后超过23万，性价比一般。"],
    ["绥芬河口岸科技有限公司",
     "报价19.8万元（含税，双十一活动优惠价，原价26万元，活动截至11月30日）。功能：个人征信、AI智能风控、反欺诈、还款管理、审批、用户管理，"
     "免费赠送智能客服机器人和区块链存证。交付“全套系统”。",
     "对方介绍系统按等保三级标准设计，上线后可协助我司通过测评；数据采用国密算法加密；支持HTTPS；权限管理完善；日志满足监管要求；"
     "支持对接各类征信机构。",
     "承诺终身维护，7×24小时服务，响应迅速；具体条款签约时再谈。",
     "功能最全、价格在预算内、服务承诺最好。"],
    ["鸡西矿城软件有限公司",
     "报价11万元（含税）：授权费9.5万元+部署费1.5万元。功能：个人征信接口（百行）、风控模型、还款管理、审批流、用户管理。"
     "仅授权使用，源码不交付，授权绑定我司服务器。",
     "等保三级证书编号23030043002-23007；手机号、身份证号SM4加密；HTTPS；角色权限；日志保存6个月；对接百行征信。",
     "免费维护3个月，仅修复系统故障，不含升级；政策调整另计费用；工作日9:00-17:00支持，次日响应；不提供终身咨询；售后条款不写入合同，"
     "按其公司惯例执行；过保后按次收费，每次5000元。",
     "最便宜，但售后偏弱。"],
    ["佳木斯三江信息技术有限公司",
     "尚未报价：对方要求先到我司现场调研，报价面议。功能：个人征信接口、AI风控模型、反欺诈模型、还款提醒、审批流、用户管理。完整源码，可二次开发。",
     "等保三级现场测评已完成，证书申请中（预计2026年1月下发）；敏感字段SM4加密；HTTPS；RBAC；日志保存12个月；对接朴道征信。",
     "免费维护12个月，含缺陷修复及小版本升级；政策调整免费；7×24小时，1小时内响应；终身技术咨询；同意写入合同；过保年费详见附件。",
     "无报价，无法比较。"],
    ["七台河宏达网络工作室",
     "免费开源版，只收部署费1.8万元。征信接口需我司自行对接；有风控规则、还款管理、用户管理。",
     "未做等保；数据库明文存储；有HTTPS。",
     "QQ群答疑。",
     "不考虑。"],
    ["大庆石化数联科技有限公司", "11月10日电话告知本期排期已满，不参与报价。", "—", "—", "已婉拒"],
]


def build_zc01():
    name = "zc_01_pc_budget_request_prose.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "预算申请表"
    widths(ws, [22, 52, 46, 46, 26])
    _text(ws, 1, 5, "牡丹江东安融信小额贷款有限公司 预算外资金使用申请表", font=TITLE)
    _text(ws, 2, 5, "编号：DARX-YS-2025-037        填报日期：2025年11月20日        提交：董事会（经总经理办公会）")
    form = [
        ("申请部门", "信息科技部        申请人：孙立伟（信息科技部负责人）        联系电话：0453-6******"),
        ("项目名称", "个人信用贷业务系统源码采购（替换现用租赁的“融易贷云”SaaS）"),
        ("申请金额", "人民币叁拾万元整（¥300,000.00）"),
        ("金额测算依据", "按候选供应商中最高报价上浮约10%作为不可预见费，最终以合同价为准，结余退回。"),
        ("资金来源", "2025年度科技专项预算结余"),
        ("申请事由",
         "现用SaaS年租金6.8万元，2026年3月到期；客户数据存放在对方云上，2025年监管现场检查要求我司系统具备等保三级并落实数据加密、"
         "访问控制和日志审计。经比较，购买源码自建更可控，三年成本与续租相当。科技部于11月上旬向六家服务商询价，五家回复，情况如下。"),
    ]
    r = 3
    for label, text in form:
        c = ws.cell(row=r, column=1, value=label)
        c.font = BOLD
        c.fill = GREY
        c.alignment = LEFT
        c2 = ws.cell(row=r, column=2, value=text)
        c2.alignment = LEFT
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.row_dimensions[r].height = 48 if len(text) > 60 else 20
        r += 1
    r += 1
    _text(ws, r, 5, "候选服务商比选情况（摘自各家报价函及技术交流，科技部整理）", font=BOLD)
    r += 1
    put_row(ws, r, ["候选服务商", "方案及报价情况", "安全合规情况", "售后服务情况", "科技部评价"], font=BOLD, fill=BLUE, align=CENTER)
    for row in ZC01_V:
        r += 1
        put_row(ws, r, row)
        ws.row_dimensions[r].height = 120
    r += 2
    for label, text in [
        ("科技部推荐意见", "建议选择绥芬河口岸科技：功能最全，价格在预算内，承诺终身维护和7×24服务，赠送的智能客服和区块链存证后续可用于营销"
                      "和合规存证。冰城数科加税后超过23万，偏贵。请批准申请金额30万元。"),
        ("风险合规部意见", "请科技部补充各家等保证书复印件后再定。"),
        ("财务部意见", "申请金额偏高，建议控制在25万元以内；请注意各家报价口径（含税/不含税）不一致。"),
        ("总经理意见", ""),
        ("董事会审议", ""),
        ("附件", "1. 冰城数科报价函；2. 口岸科技产品介绍；3. 矿城软件报价单；4. 三江信息回函；5. 宏达工作室聊天截图"),
    ]:
        c = ws.cell(row=r, column=1, value=label)
        c.font = BOLD
        c.alignment = LEFT
        c2 = ws.cell(row=r, column=2, value=text)
        c2.alignment = LEFT
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.row_dimensions[r].height = 40 if text else 28
        r += 1
    _save(wb, name)
    vendors = [
        good("牡丹江冰城数科有限公司", 231080,
             "Prose: 授权费17.5万 + 实施3.2万 + 培训1.1万 = 21.8万 不含税, VAT 6% 另开: 218,000 × 1.06 = 231,080 inside 18–25万; 个人征信接口 "
             "(人行二代 + 百行), 风控模型, 反欺诈模型, 还款计划/提醒, 风控审批流, 用户管理; 等保三级备案证明23100043008-24011; SM4 on ID/mobile/"
             "bank card; HTTPS; RBAC; 12个月 logs; 人行 + 百行; 12 months with 小版本升级; 政策免费; 7×24, 2小时 named engineer; 终身咨询; 全部写入"
             "合同; 2.6万/年; 完整源码 无加密.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
        dict(vendor="绥芬河口岸科技有限公司", gate="unverified", price=198000,
             why="'19.8万元（含税，双十一活动优惠价，原价26万元）' = 198,000 (the offer, not the list price); '按等保三级标准设计，上线后可协助…测评' "
                 "(claimed: unverified); '国密算法' without SM4 (claimed); '支持对接各类征信机构' names no body (claimed); 日志 '满足监管要求', "
                 "'终身维护', '响应迅速', '签约时再谈' state nothing; 7×24 stated; 智能客服机器人 + 区块链存证 given (bloat). The IT head's pick.",
             values=dict(support_7x24=True),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="鸡西矿城软件有限公司", gate="pass", price=110000,
             why="'11万元（含税）：授权费9.5万元+部署费1.5万元' = 110,000 (caution zone); 等保三级证书23030043002-23007; SM4; HTTPS; 角色权限; "
                 "6个月 logs (not under 6); 百行; 3 months '仅修复系统故障，不含升级'; 政策调整另计; 工作日9:00-17:00; 次日; 不提供终身咨询; 不写入"
                 "合同; 5000元/次; '仅授权使用，源码不交付，授权绑定…服务器' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated"),
             fin=PC + ["risk_approval", "user_management"], fex=BLOAT,
             flin=["price_below_15w"] + WEAK_AFTER + ["not_in_contract", "source_licence_only"],
             flex=NOGATE + ["no_sm4", "price_over_budget", "audit_log_under_6m", "bloat_features"]),
        dict(vendor="佳木斯三江信息技术有限公司", gate="unverified", price="null",
             why="'尚未报价…报价面议' (price_missing); '现场测评已完成，证书申请中' (in progress: unverified, never fail); must-haves present "
                 "(个人征信接口, AI风控模型, 还款提醒) + 反欺诈; SM4; HTTPS; RBAC; 12个月; 朴道; 12 months with upgrades; 政策免费; 7×24, 1小时; "
                 "终身咨询; 写入合同; 年费 '详见附件' (unknown); 完整源码.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             fin=PC + ["anti_fraud"],
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
        dict(vendor="七台河宏达网络工作室", gate="fail",
             why="'免费开源版，只收部署费1.8万元' (under 10万: do not buy); '征信接口需我司自行对接' (must-have absent); '未做等保' (fail); '数据库明文"
                 "存储' (no SM4); QQ群答疑.",
             values=dict(mlps_level3=False, sm4_encryption=False),
             fex=["personal_credit_report"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4"]),
    ]
    write_toml(
        "zc_01_pc_budget_request_prose.toml",
        """Voice: 孙立伟, head of 信息科技部 at 牡丹江东安融信小额贷款 (personal credit), asks the board for money on a 预算外资金使用申请表 and
  describes each candidate vendor in his own prose, quoting their offers.
Layout: sheet 预算申请表 — title, form number, label | value form rows (申请部门, 项目名称, 申请金额 ¥300,000, 金额测算依据, 资金来源, 申请事由
  mentioning the current SaaS's 6.8万 yearly rent), then a table 候选服务商 | 方案及报价情况 | 安全合规情况 | 售后服务情况 | 科技部评价 with
  five vendors in long prose cells and a declined one, then opinion rows (科技部推荐意见, 风险合规部, 财务部, blank 总经理/董事会) and an
  attachment list.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: 申请金额 300,000 (the head's rounded-up request), the SaaS rent 6.8万 and '融易贷云' are no quote or vendor; prices are inside
  prose: 冰城 three line items 21.8万 不含税 + 6% = 231,080; 口岸 (the head's pick) 19.8万 优惠价 (原价26万) with 按等保三级标准设计/协助测评,
  国密算法, 支持对接各类征信机构, 终身维护, 签约时再谈 (claims: unverified) + 智能客服/区块链 bloat; 矿城 11万 含税 (caution) with 3 months
  bug-only, 次日, not in contract and 仅授权使用 (licence only); 三江 面议 + 证书申请中 (unverified) and 年费 详见附件; 宏达 免费开源版 +
  1.8万 (fail); 大庆石化 declined (not listed); opinion rows and the attachment list are no vendors.""",
        "personal_credit", [name], "牡丹江冰城数科有限公司",
        "冰城 proves every gate (备案证明23100043008-24011 checked against the original, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month "
        "logs, 人行 + 百行), has every must-have plus 反欺诈, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a "
        "named engineer, lifetime consulting, all in the contract, full unencrypted source — at 231,080 含税 inside 18–25万 (3 years 231,080 "
        "+ 2 × 26,000 = 283,080). The head's pick 口岸 (198,000) only claims 等保, 国密 and 征信 (unverified) and adds bloat; 矿城 is 110,000 "
        "in the caution zone with 3 months bug-only, office hours, nothing in the contract and no source; 三江 has no price and only 申请中; "
        "宏达 fails; 大庆石化 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zc_02  商户经营性贷 — 付款计划对比 of 丹东鸭绿江商通小额贷款 (财务部): one row per payment milestone, the vendor name only on its first
#        row, no total; below, the 法务部's clause summary per vendor; GBK CSV.
# ---------------------------------------------------------------------------------------------
def build_zc02():
    name = "zc_02_ml_payment_schedule_gbk.csv"
    rows = [
        ["丹东鸭绿江商通小额贷款有限公司 商户经营贷系统源码项目 各供应商付款计划对比（财务部测算用）"],
        ["编制：财务部 刘晓燕  2025-11-21；金额单位：元；除“财务备注”另有注明外均为含税金额（增值税6%）；合同总价=各付款节点之和；"
         "我司无跨境业务；项目预算30万元左右。"],
        [],
        ["一、付款计划"],
        ["供应商", "付款节点", "付款比例", "金额（元）", "付款条件", "财务备注"],
        ["锦州渤海数科有限公司", "①签约预付款", "30%", "87,000", "合同签订后10个工作日内", ""],
        ["", "②上线款", "40%", "116,000", "系统上线试运行后", ""],
        ["", "③验收款", "25%", "72,500", "终验合格后", ""],
        ["", "④质保金", "5%", "14,500", "12个月免费维护期满后无息支付", "质保金属合同价款"],
        ["", "（第二年起）年度维护费", "—", "29,000/年", "免费维护期满后按年支付", "不计入合同价"],
        ["营口鲅鱼圈软件有限公司", "①首付款", "50%", "120,000", "签约后", "该家报价不含税，6%税额开票时另加"],
        ["", "②验收款", "50%", "120,000", "验收合格后", ""],
        ["", "电子合同模块（选配）", "一次性", "30,000", "如选购，签约时一并支付", "不含税；报价函写“电子合同为选配模块”"],
        ["", "过保维护费", "—", "合同额15%/年", "第13个月起", ""],
        ["盘锦红海滩网络科技有限公司", "①预付款", "20%", "52,000", "签约后3日内", "预付比例最低"],
        ["", "②上线款", "60%", "156,000", "上线后", ""],
        ["", "③尾款", "20%", "52,000", "上线满3个月", ""],
        ["阜新玛瑙科技有限公司", "①首付款", "50%", "45,000", "签约后", ""],
        ["", "②尾款", "50%", "45,000", "上线后", ""],
        ["铁岭银州信息技术有限公司", "①预付款", "30%", "面议", "签约后", "对方只给了比例，金额待合同谈判"],
        ["", "②上线款", "60%", "面议", "上线后", ""],
        ["", "③质保金", "10%", "面议", "12个月后", ""],
        ["朝阳凤凰软件有限公司", "—", "—", "—", "—", "11月15日来函撤回报价，不再参与"],
        [],
        ["二、合同关键条款摘要（法务部 王磊 整理自各家报价函及合同草稿）"],
        ["供应商", "功能范围", "等保与数据安全", "征信接口", "维护与技术支持", "源码交付", "法务意见"],
        ["锦州渤海数科有限公司",
         "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理；数据大屏（赠送）",
         "等保三级证书编号21070043005-24002；身份证号、手机号、银行卡号国密SM4加密；全站HTTPS；RBAC；操作日志保存12个月",
         "人行征信中心、百行征信",
         "免费维护12个月，含缺陷修复和小版本升级；监管政策调整免费适配；7×24小时，2小时内指定工程师响应；终身技术咨询；"
         "过保年费为合同额10%即2.9万元/年",
         "完整源码，无加密，可二次开发",
         "以上承诺已全部写入合同草稿第8章，可签"],
        ["营口鲅鱼圈软件有限公司",
         "企业征信、银行流水分析、风控审批、还款管理、用户管理；电子合同为选配（见付款计划）",
         "等保三级证书编号21080043003-23015；SM4加密；HTTPS；RBAC；日志保存6个月",
         "朴道征信",
         "免费维护12个月，仅修复缺陷，不含版本升级；重大政策调整另行报价；5×8小时，4小时内响应；不提供终身咨询；过保按合同额15%/年",
         "完整源码",
         "售后条款已写入合同草稿"],
        ["盘锦红海滩网络科技有限公司",
         "企业征信、流水分析、电子合同、区块链存证、元宇宙营销展厅",
         "满足等保三级要求，可协助客户通过测评；采用国密加密算法；支持HTTPS；权限管理",
         "支持对接主流征信机构",
         "终身维护，7×24小时，响应及时",
         "交付源码，核心算法模块加密",
         "未提供证书复印件；售后条款待谈"],
        ["阜新玛瑙科技有限公司",
         "企业征信、电子合同、还款管理（流水分析需二期开发，另行报价）",
         "等保二级（备案证明21090042001-22008）；AES加密；HTTPS",
         "百行征信",
         "免费维护6个月；工作日支持",
         "完整源码",
         "价格低但资质不够"],
        ["铁岭银州信息技术有限公司",
         "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
         "等保三级申请中（已完成差距整改，测评机构已进场）；SM4加密；HTTPS；RBAC；日志保存12个月",
         "人行征信中心",
         "免费维护12个月，含小版本升级；政策调整免费；7×24小时，1小时响应；终身技术咨询",
         "完整源码",
         "售后承诺同意写入合同；价格未定"],
        [],
        ["财务部意见：按节点合计，营口鲅鱼圈24万元最低（阜新9万元资质不符不计），建议作为首选谈判对象；盘锦预付比例最低，资金压力最小。"],
        ["制表：刘晓燕        审核：            日期：2025-11-21"],
    ]
    write_csv(name, rows, "gbk")
    vendors = [
        good("锦州渤海数科有限公司", 290000,
             "No total anywhere: 87,000 + 116,000 + 72,500 + 14,500 (质保金 is contract price) = 290,000 含税 (the sheet's default) inside "
             "25–35万; the 29,000/年 row is the post-warranty fee, not price; 企业征信、银行流水分析、电子合同 + core, 数据大屏 given (deferrable); "
             "等保三级证书21070043005-24002; SM4 on ID/mobile/bank card; HTTPS; RBAC; 12个月; 人行 + 百行; 12 months with 小版本升级; 政策免费; "
             "7×24, 2小时 named engineer; 终身咨询; 写入合同草稿第8章; 2.9万/年; 完整源码.",
             ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=29000,
             source_code_delivery="full"),
        dict(vendor="营口鲅鱼圈软件有限公司", gate="pass", price=286200,
             why="120,000 + 120,000 = 240,000 不含税 (the 财务备注 says so) and 电子合同 (must-have) '选配' 30,000 不含税 (conditional, added): "
                 "(240,000 + 30,000) × 1.06 = 286,200 含税, not the '24万最低' of the 财务部; 等保三级证书21080043003-23015; SM4; HTTPS; RBAC; "
                 "6个月; 朴道; 12 months '仅修复缺陷，不含版本升级'; '重大政策调整另行报价'; 5×8; 4小时; 不提供终身咨询; 写入合同; 15%/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=ML, fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "maintenance_under_12m", "audit_log_under_6m", "no_sm4",
                            "bloat_features", "not_in_contract"]),
        dict(vendor="盘锦红海滩网络科技有限公司", gate="unverified", price=260000,
             why="52,000 + 156,000 + 52,000 = 260,000 含税; '满足等保三级要求，可协助客户通过测评' (claimed: unverified); '国密加密算法' (which? "
                 "claimed); '支持对接主流征信机构' (no body: claimed); '终身维护' no fact; 7×24 stated; 区块链存证 and 元宇宙营销展厅 (bloat); "
                 "'核心算法模块加密' (partial source).",
             values=dict(support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=ML + ["blockchain_evidence", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="阜新玛瑙科技有限公司", gate="fail", price=90000,
             why="45,000 + 45,000 = 90,000 含税 (under 10万: do not buy; the 财务部 itself drops it); '等保二级（备案证明21090042001-22008）' "
                 "(fail); AES (no SM4); '流水分析需二期开发，另行报价' (must-have absent at this price); 6 months; 工作日.",
             values=dict(mlps_level3=False, sm4_encryption=False, free_maintenance_months=6, support_7x24=False,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=["enterprise_credit", "contract_management"],
             flin=["price_below_10w", "no_mlps_level3", "missing_must_have", "no_sm4", "maintenance_under_12m", "no_7x24"]),
        dict(vendor="铁岭银州信息技术有限公司", gate="unverified", price="null",
             why="Only percentages, every amount '面议' (price_missing); '等保三级申请中' (in progress: unverified, never fail); must-haves present; "
                 "SM4; HTTPS; RBAC; 12个月; 人行; 12 months with upgrades; 政策免费; 7×24, 1小时; 终身咨询; 同意写入合同; 完整源码.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         source_code_delivery="full"),
             fin=ML + CORE,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
    ]
    write_toml(
        "zc_02_ml_payment_schedule_gbk.toml",
        """Voice: 刘晓燕 of the 财务部 at 丹东鸭绿江商通小额贷款 (operating loans to merchants) lays out each vendor's payment plan to plan
  cash flow; 法务部 王磊 adds a clause summary underneath.
Layout: GBK CSV — title, a note (元, 含税 6% unless the 财务备注 says otherwise, total = sum of milestones, no cross-border business,
  budget ~30万), section 一 with header 供应商 | 付款节点 | 付款比例 | 金额（元） | 付款条件 | 财务备注 and one row per milestone, the vendor
  name only on its first row, no total row; a withdrawn vendor's row; section 二 with header 供应商 | 功能范围 | 等保与数据安全 | 征信接口 |
  维护与技术支持 | 源码交付 | 法务意见 (one row per vendor); the 财务部's opinion and a signature line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the price is the sum of a vendor's milestone rows (the blank-name rows belong to the vendor above); percentages and '29,000/年',
  '合同额15%/年' rows are no price; 渤海's 质保金 is part of its 290,000; 营口 (the 财务部's '24万最低') is 不含税 per its 备注 and its 电子合同
  must-have is a 选配 row: (240,000 + 30,000) × 1.06 = 286,200 with bug-only maintenance, 重大政策调整另行报价, 5×8, 4h; 盘锦 满足等保三级
  要求/协助测评, 国密加密算法, 支持对接主流征信机构 (claims: unverified) + 区块链/元宇宙 bloat + encrypted core; 阜新 90,000 and 等保二级
  (fail); 铁岭 面议 amounts + 申请中 (unverified); 朝阳凤凰 withdrew (not listed).""",
        "merchant_loan", [name], "锦州渤海数科有限公司",
        "渤海 proves every gate (证书21070043005-24002, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every "
        "must-have, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the draft "
        "contract, full source — at 290,000 含税 (its four milestones) inside 25–35万 (3 years 290,000 + 2 × 29,000 = 348,000). The 财务部's "
        "'cheapest' 营口 is really 286,200 once tax and the 选配 电子合同 are added, with bug-only maintenance, paid major policy changes, 5×8 "
        "and 4 hours (3 years ≈ 286,200 + 2 × 40,500 ≈ 367,000 plus policy fees); 盘锦 only claims (unverified); 阜新 fails; 铁岭 has no "
        "price and only 申请中; 朝阳凤凰 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zc_03  消费分期 — English bid tabulation of a NASDAQ-listed parent for its subsidiary 石家庄裕华惠民小额贷款: line items down the side,
#        one column per bidder, SUBTOTAL / VAT / TOTAL rows, then security, after-sales and Exceptions/Clarifications rows.
# ---------------------------------------------------------------------------------------------
ZC03_BIDDERS = ["保定直隶数科有限公司", "唐山曹妃甸软件有限公司", "邯郸丛台科技有限公司", "廊坊安次网络工作室",
                "沧州运河信息技术有限公司", "承德避暑山庄软件有限公司"]
NB = "—"
ZC03_ROWS = [
    ("sec", "A. PRICE (CNY)"),
    ("1", "Source code licence — core platform", 165000, 140000, 188000, "0 (community edition)", "TBD", "NO BID"),
    ("2", "Product catalogue module", "Included", "Included", "Included", "Included", "TBD", NB),
    ("3", "Installment calculator", "Included", "Optional (+CNY 30,000 excl. VAT)", "Included", "Not offered", "TBD", NB),
    ("4", "Order tracking", "Included", "Included", "Included", "Included", "TBD", NB),
    ("5", "Repayment schedule & reminders / approval workflow / user management", "Included", "Included", "Included", "Included",
     "TBD", NB),
    ("6", "AI customer-service bot", NB, NB, "Included (bundled)", NB, NB, NB),
    ("7", "Blockchain evidence", NB, NB, "Included (bundled)", NB, NB, NB),
    ("8", "Implementation & data migration", 38000, 25000, 30000, 45000, "TBD", NB),
    ("9", "Training (on-site, 3 days)", 12000, "Waived", 10000, 0, "TBD", NB),
    ("10", "Year-1 maintenance", "Included (12 months)", "Included (6 months)", "Included", "N/A", "TBD", NB),
    ("", "SUBTOTAL (excl. VAT)", 215000, 165000, 228000, 45000, "Price on request (面议)", NB),
    ("", "VAT", "6% = 12,900", "6% = 9,900", "6% = 13,680", "0 (small-scale taxpayer, no VAT invoice)", NB, NB),
    ("", "TOTAL (incl. VAT)", 227900, 174900, 241680, 45000, NB, NB),
    ("", "Bid bond (CNY 5,000) received", "Yes", "Yes", "Yes", "No", "Yes", NB),
    ("", "Bid validity", "90 days", "60 days", "90 days", "30 days", "90 days", NB),
    ("sec", "B. SECURITY & COMPLIANCE"),
    ("11", "MLPS (等保)", "Level 3 certified — filing no. 13060043004-24010 (Sep 2024), copy sighted",
     "Level 3 certified — filing no. 13020043007-23012, copy sighted",
     "Designed to MLPS Level 3; assessment assistance after go-live", "None",
     "Level 3 application in progress (申请中); assessor on site, certificate expected Feb 2026", NB),
    ("12", "Encryption at rest", "SM4 field-level on ID no., mobile, bank card", "SM4 on ID no. and mobile",
     "Chinese national cryptography (国密), algorithm not specified", "None (plain-text database)", "SM4 on ID no. and mobile", NB),
    ("13", "Encryption in transit", "HTTPS (TLS 1.2+)", "HTTPS", "HTTPS", "HTTPS", "HTTPS (TLS 1.3)", NB),
    ("14", "Access control", "RBAC by role and branch", "RBAC", "Role permissions", "Single admin account", "RBAC", NB),
    ("15", "Log retention", "12 months, alerts on abnormal export", "6 months", "Meets regulatory requirements", "30 days",
     "12 months", NB),
    ("16", "Credit bureau", "PBoC Credit Reference Center + Baihang", "Baihang", "Supports credit bureau integration",
     "Not included", "PBoC Credit Reference Center", NB),
    ("sec", "C. AFTER-SALES"),
    ("17", "Free maintenance", "12 months, bug fixes + minor version upgrades", "6 months, bug fixes only (no upgrades)",
     "Lifetime maintenance", "Community forum only", "12 months incl. minor version upgrades", NB),
    ("18", "Regulatory change adaptation", "Free", "Minor changes free; major regulatory changes quoted separately",
     "Fully cooperative", NB, "Free", NB),
    ("19", "Support hours / response", "7x24; named engineer within 2 h", "5x8 (Mon–Fri 9:00–17:00); 4 h", "7x24, rapid response",
     NB, "7x24; 1 h", NB),
    ("20", "Lifetime technical consulting", "Yes", "No", "Yes", "No", "Yes", NB),
    ("21", "Commitments written into contract", "Yes — Schedule 3 of draft contract", "Yes", "To be negotiated", "No", "Yes", NB),
    ("22", "Post-warranty annual fee", "CNY 22,000 / yr", "18% of contract value / yr", "Preferential for existing clients", NB,
     "See attachment", NB),
    ("23", "Source code delivery", "Full source, unencrypted, modifiable", "Source delivered; core risk engine obfuscated",
     "Source code provided", "Open source (GPL)", "Full source, modifiable", NB),
    ("sec", "D. EXCEPTIONS / CLARIFICATIONS"),
    ("E1", "Exceptions", "None.", "Installment calculator is optional and NOT in TOTAL.", "AI bot and blockchain are bundled at no "
     "charge and cannot be removed.", "No installment calculator; buyer to develop.", "Will quote after on-site requirements workshop.",
     "Declined to bid (letter dated 2025-11-17, capacity constraints)."),
    ("E2", "Clarifications", "TOTAL is firm; tax invoice 6%.", "Price valid only if PO issued by 2025-12-31.",
     "Special price for Q4 (list price CNY 298,000).", "Small-scale taxpayer: no VAT invoice.", NB, NB),
]


def build_zc03():
    name = "zc_03_ci_en_bid_tab.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Bid Tab"
    n = 2 + len(ZC03_BIDDERS)
    widths(ws, [6, 40, 30, 30, 30, 28, 30, 24])
    _text(ws, 1, n, "BID TABULATION — Loan Management System Source Code (Consumer Installment)", font=TITLE)
    _text(ws, 2, n, "RFQ No. SPH-CN-IT-2025-019 | Entity: 石家庄裕华惠民小额贷款有限公司 (subsidiary of Sino Pine Holdings Inc., NASDAQ: "
                    "SPNH) | Bid opening: 2025-11-19 | Currency: CNY | Budget: CNY 250,000 incl. VAT | No cross-border business")
    _text(ws, 3, n, "Prepared by: Kevin Zhao, Regional Procurement    Reviewed by: ____________    All amounts as bid; no arithmetic "
                    "corrections made.")
    put_row(ws, 4, ["Line", "Description"] + [f"Bidder {i}" for i in range(1, len(ZC03_BIDDERS) + 1)], font=BOLD, fill=BLUE,
            align=CENTER)
    put_row(ws, 5, ["", "Company"] + ZC03_BIDDERS, font=BOLD, fill=BLUE, align=CENTER)
    r = 6
    for row in ZC03_ROWS:
        if row[0] == "sec":
            _text(ws, r, n, row[1], font=BOLD)
            ws.cell(row=r, column=1).fill = GREY
        else:
            bold = row[1].startswith(("SUBTOTAL", "TOTAL"))
            put_row(ws, r, list(row), font=BOLD if bold else None, fill=YELLOW if row[1].startswith("TOTAL") else None)
            for c in range(3, n + 1):
                if isinstance(ws.cell(row=r, column=c).value, int):
                    ws.cell(row=r, column=c).number_format = "#,##0"
            if row[0] in ("11", "12", "17", "18", "19", "23", "E1", "E2"):
                ws.row_dimensions[r].height = 45
        r += 1
    r += 1
    _text(ws, r, n, "Lowest responsive bid: Bidder 2 (唐山曹妃甸软件有限公司), TOTAL CNY 174,900. Recommendation: award to Bidder 2, subject "
                    "to HQ IT security sign-off.", font=BOLD)
    _text(ws, r + 1, n, "Note: Bidder 4 is an individual studio (small-scale taxpayer). Bidder 6 returned the RFQ unanswered.")
    _save(wb, name)
    vendors = [
        good("保定直隶数科有限公司", 227900,
             "TOTAL (incl. VAT) 227,900 = 165,000 + 38,000 + 12,000 = 215,000 + 6% inside 20–30万; product catalogue, installment "
             "calculator, order tracking, repayment/approval/user management included; MLPS L3 filing 13060043004-24010 sighted; SM4 on ID/"
             "mobile/bank card; HTTPS; RBAC; 12 months logs; PBoC + Baihang; 12 months with minor upgrades; regulatory changes free; 7x24, "
             "2 h named engineer; lifetime consulting; Schedule 3 of the contract; CNY 22,000/yr; full unencrypted source.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
        dict(vendor="唐山曹妃甸软件有限公司", gate="pass", price=206700,
             why="The 'lowest responsive' TOTAL 174,900 leaves out the installment calculator (must-have) 'Optional (+CNY 30,000 excl. VAT)' "
                 "(conditional, added): (165,000 + 30,000) × 1.06 = 206,700; MLPS L3 13020043007-23012 sighted; SM4; HTTPS; RBAC; 6 months "
                 "logs; Baihang; 6 months bug fixes only; 'major regulatory changes quoted separately' (charged, conditional); 5x8; 4 h; no "
                 "lifetime consulting; in contract; 18%/yr; 'core risk engine obfuscated' (partial source).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=CI, fex=BLOAT,
             flin=["conditional"] + WEAK_AFTER + ["source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "audit_log_under_6m", "no_sm4", "not_in_contract",
                            "bloat_features"]),
        dict(vendor="邯郸丛台科技有限公司", gate="unverified", price=241680,
             why="TOTAL (incl. VAT) 241,680 (a Q4 special price, list 298,000); 'Designed to MLPS Level 3; assessment assistance' (claimed: "
                 "unverified); '国密, algorithm not specified' (claimed); 'Supports credit bureau integration' (no body: claimed); logs 'meets "
                 "regulatory requirements', 'Lifetime maintenance', 'Fully cooperative', 'To be negotiated' state nothing; HTTPS; 7x24 stated; "
                 "AI bot and blockchain bundled (bloat).",
             values=dict(tls=True, support_7x24=True),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=CI + ["ai_customer_service", "blockchain_evidence"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="廊坊安次网络工作室", gate="fail",
             why="'0 (community edition)' + 45,000 implementation = 45,000 (under 10万: do not buy); installment calculator 'Not offered' "
                 "(must-have absent); MLPS 'None' (fail); plain-text database (no SM4); 30 days logs; community forum; not in contract; GPL.",
             values=dict(mlps_level3=False, sm4_encryption=False, audit_log_months=1, commitments_in_contract=False),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "order_tracking"], fex=["installment_calculator"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m"]),
        dict(vendor="沧州运河信息技术有限公司", gate="unverified", price="null",
             why="Every line 'TBD', SUBTOTAL 'Price on request (面议)' (price_missing); MLPS L3 '申请中', expected Feb 2026 (unverified, never "
                 "fail); must-haves to be quoted; SM4; HTTPS (TLS 1.3); RBAC; 12 months; PBoC; 12 months with upgrades; free; 7x24, 1 h; "
                 "lifetime consulting; in contract; annual fee 'See attachment' (unknown); full source.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             flin=["price_missing"],
             flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
    ]
    write_toml(
        "zc_03_ci_en_bid_tab.toml",
        """Voice: Kevin Zhao, regional procurement of a NASDAQ-listed parent, tabulates the bids for its subsidiary 石家庄裕华惠民小额贷款
  (consumer instalments) in English, as bid, with no arithmetic corrections.
Layout: sheet Bid Tab — title, RFQ/entity/budget line (CNY 250,000 incl. VAT, no cross-border business), a preparer line, header Line |
  Description | Bidder 1…6, a Company row with the six Chinese legal names, then section A PRICE with line items 1–10, SUBTOTAL (excl.
  VAT), VAT, TOTAL (incl. VAT), bid-bond and bid-validity rows; section B SECURITY & COMPLIANCE (lines 11–16); section C AFTER-SALES
  (17–23); section D EXCEPTIONS / CLARIFICATIONS (E1, E2); a 'Lowest responsive bid' recommendation and a note.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the vendors are columns, named in the Company row; the bid bond (CNY 5,000), validity days, list price 298,000 and budget 250,000
  are no prices; Bidder 2 (the recommended 'lowest' 174,900) excludes its 'Optional (+CNY 30,000 excl. VAT)' installment calculator —
  comparable (165,000 + 30,000) × 1.06 = 206,700 with 6 months bug-only, major changes quoted separately, 5x8, 4 h, obfuscated core;
  Bidder 3 'Designed to MLPS Level 3', 国密 unspecified, 'Supports credit bureau integration', lifetime maintenance (claims: unverified) +
  bundled AI bot/blockchain (bloat); Bidder 4 free community edition + 45,000, no calculator, no MLPS (fail); Bidder 5 TBD/面议 +
  申请中 (unverified); Bidder 6 declined (not listed).""",
        "consumer_installment", [name], "保定直隶数科有限公司",
        "直隶 (Bidder 1) proves every gate (filing 13060043004-24010 sighted, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, PBoC + "
        "Baihang), has all three instalment must-haves, and gives 12 months with upgrades, free regulatory adaptation, 7x24 within 2 h, "
        "lifetime consulting, in the contract, full unencrypted source — at 227,900 incl. VAT inside 20–30万 (3 years 227,900 + 2 × 22,000 "
        "= 271,900). The recommended 'lowest' Bidder 2 is 206,700 once its optional calculator is added, with 6 months bug-only, paid major "
        "changes, 5x8, 4 h and an obfuscated core (3 years ≈ 206,700 + 2.5 × 37,200 ≈ 300,000 plus policy fees); Bidder 3 only claims "
        "(unverified) and bundles bloat; Bidder 4 fails; Bidder 5 has no price and only 申请中; Bidder 6 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zc_04  个人信用贷 — WeChat 收藏 notes of 大同云冈普惠小额贷款's 风控部 pasted into a sheet: one cell per note, multi-line, emoji and 【】
#        headings as the vendors' sales people wrote them; a self-reminder note and a vendor who bowed out; UTF-8 CSV with BOM.
# ---------------------------------------------------------------------------------------------
ZC04_NOTES = [
    ["1", "2025/11/17 10:26", "晋阳数科-张经理",
     "【太原晋阳数科有限公司｜个人信用贷系统报价】\n"
     "💰报价：23.8w（含税，13%专票）\n"
     "📦功能：个人征信接口（人行二代+百行）✅ 风控模型（评分卡+规则引擎）✅ 反欺诈模型✅ 还款计划/还款提醒✅ 审批流✅ 用户管理✅\n"
     "🔒等保：三级✅ 备案证明14010043009-24005（2024年8月），原件可来现场看\n"
     "🔐加密：身份证号/手机号/银行卡号 国密SM4字段级加密｜全站HTTPS｜RBAC角色权限｜操作日志留存12个月\n"
     "🛠售后：免费维保12个月（含bug修复+小版本升级）｜监管政策调整免费适配｜7×24值班，2h内专属工程师响应｜终身技术咨询｜以上全部写进合同👌\n"
     "💳过保年费：2.2w/年\n"
     "📂源码：完整源码交付，无加密，可二开",
     "有点贵"],
    ["2", "2025/11/17 21:03", "平遥软件-小李（销售）",
     "🔥🔥【晋中平遥软件有限公司｜信用贷系统 年终钜惠】🔥🔥\n"
     "💰限时特价：16.8w‼️（原价28.8w，含税）\n"
     "📦功能超全：个人征信✅ 智能风控✅ 反欺诈✅ 还款管理✅ 审批✅ 用户管理✅\n"
     "🎁免费送：智能客服机器人🤖 + 区块链存证⛓ + 元宇宙营销展厅🌐\n"
     "🔒安全：按等保三级标准打造，可协助贵司过测评💪 国密加密🔐 支持对接各大征信👍\n"
     "🛠售后：终身免费维护！7×24小时在线😊\n"
     "📂源码：给源码\n"
     "👉名额有限，本周下单再送培训！",
     "最便宜✅ 功能最多✅ 售后最好✅ 倾向这家"],
    ["3", "2025/11/18 09:41", "上党信息-赵工",
     "【长治上党信息技术有限公司 报价说明】\n"
     "报价：126k（不含税），税点另加6%\n"
     "功能：个人征信接口（百行）、风控模型、还款管理、审批流、用户管理\n"
     "等保：三级，备案证明14040043002-23009\n"
     "加密：身份证号/手机号 SM4；HTTPS；角色权限\n"
     "日志：保存6个月\n"
     "售后：免费维护6个月，只修bug不含升级📌\n"
     "政策变动的调整另外收费（1500元/人天）\n"
     "支持时间：工作日9:00-18:00，4小时响应\n"
     "终身咨询：不提供\n"
     "合同：只写价格和交付，售后按公司惯例\n"
     "源码：核心风控模块加密，其余开放",
     "便宜，要加税"],
    ["4", "2025/11/18 16:12", "盐湖科技-韩总",
     "【运城盐湖科技有限公司】💬\n"
     "价格：面议（要先来现场调研再报）\n"
     "功能：个人征信接口（朴道）、AI风控模型、反欺诈模型、还款提醒、审批流、用户管理\n"
     "等保三级：测评已做完✅ 证书申请中，预计明年1月拿到\n"
     "SM4加密｜HTTPS｜RBAC｜日志12个月\n"
     "售后：免费维护12个月（含bug修复+小版本升级）；政策调整免费；7×24，1小时响应；终身技术咨询；全部可写入合同\n"
     "过保年费：详见附件（附件没发过来😅）\n"
     "源码：完整源码，可二开",
     "催报价"],
    ["5", "2025/11/19 11:30", "尧都网络-小王",
     "【临汾尧都网络科技有限公司】\n"
     "🎉报价 8.8w 含税，送一年维护\n"
     "功能：风控模型、风控审批、还款管理、用户管理\n"
     "征信：暂未对接，需贵司自行对接\n"
     "等保：暂时没做，后面可以做\n"
     "加密：AES",
     ""],
    ["6", "2025/11/19 18:05", "我",
     "【自己备忘📌】\n1. 平遥的等保要证书编号\n2. 盐湖催报价\n3. 上党要加税再比\n4. 周三前汇总给王总",
     ""],
    ["7", "2025/11/20 08:50", "五台云科-刘经理",
     "王经理不好意思🙏 我们（忻州五台云科技有限公司）现在只做SaaS租用，不做源码买断，这次就不报了，以后有SaaS需求再联系～",
     "不报价"],
]


def build_zc04():
    name = "zc_04_pc_wechat_favorites_bom.csv"
    rows = [
        ["信用贷系统供应商报价（微信收藏原样粘贴） 风控部 王倩 2025-11-20"],
        ["说明：下面是各家销售发给我的微信消息，从“收藏”里原样复制，没改格式；价格以各家正式报价函为准。我司做个人信用贷，预算20万左右。"],
        ["序号", "收藏时间", "来自", "笔记内容（原样粘贴）", "我的批注"],
    ] + ZC04_NOTES
    write_csv(name, rows, "utf-8-sig")
    vendors = [
        good("太原晋阳数科有限公司", 238000,
             "'23.8w（含税，13%专票）' = 238,000 inside 18–25万; 个人征信接口 (人行二代 + 百行), 风控模型, 反欺诈模型, 还款计划/提醒, 审批流, 用户"
             "管理; 等保三级备案证明14010043009-24005; SM4 on ID/mobile/bank card; HTTPS; RBAC; 12个月 logs; 人行 + 百行; 12 months with "
             "小版本升级; 政策免费; 7×24, 2h 专属工程师; 终身咨询; 全部写进合同; 2.2w/年; 完整源码 无加密.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
        dict(vendor="晋中平遥软件有限公司", gate="unverified", price=168000,
             why="'限时特价：16.8w（原价28.8w，含税）' = 168,000 (the offer); '按等保三级标准打造，可协助贵司过测评' (claimed: unverified); '国密加密' "
                 "(which? claimed); '支持对接各大征信' (no body: claimed); '终身免费维护' no fact; 7×24 stated; '给源码' says nothing of "
                 "encryption; 智能客服机器人 + 区块链存证 + 元宇宙营销展厅 given (bloat). The note-taker's pick.",
             values=dict(support_7x24=True),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence", "metaverse_marketing"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="长治上党信息技术有限公司", gate="pass", price=133560,
             why="'126k（不含税），税点另加6%': 126,000 × 1.06 = 133,560 (caution zone); 等保三级备案证明14040043002-23009; SM4; HTTPS; 角色权限; "
                 "6个月 logs (not under 6); 百行; 6 months '只修bug不含升级'; 政策调整另外收费 1500元/人天; 工作日9:00-18:00; 4小时; 不提供终身咨询; "
                 "'合同只写价格和交付' (not in contract); '核心风控模块加密' (partial).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated"),
             fin=PC + ["risk_approval", "user_management"], fex=BLOAT,
             flin=["price_below_15w"] + WEAK_AFTER + ["not_in_contract", "source_partial"],
             flex=NOGATE + ["no_sm4", "price_over_budget", "audit_log_under_6m", "bloat_features"]),
        dict(vendor="运城盐湖科技有限公司", gate="unverified", price="null",
             why="'面议（要先来现场调研再报）' (price_missing); '测评已做完，证书申请中' (in progress: unverified, never fail); 个人征信接口 (朴道), "
                 "AI风控模型, 反欺诈模型, 还款提醒, 审批流, 用户管理; SM4; HTTPS; RBAC; 12个月; 12 months with upgrades; 政策免费; 7×24, 1小时; "
                 "终身咨询; 可写入合同; 年费 '详见附件（附件没发过来）' (unknown); 完整源码.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             fin=PC + ["anti_fraud"],
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
        dict(vendor="临汾尧都网络科技有限公司", gate="fail", price=88000,
             why="'8.8w 含税' = 88,000 (under 10万: do not buy); '征信：暂未对接，需贵司自行对接' (personal_credit_report absent); '等保：暂时没做' "
                 "(fail); AES (no SM4).",
             values=dict(mlps_level3=False, sm4_encryption=False),
             status=dict(mlps_level3="stated"),
             fin=["risk_model", "repayment_management"], fex=["personal_credit_report"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4"]),
    ]
    write_toml(
        "zc_04_pc_wechat_favorites_bom.toml",
        """Voice: 王倩 of the 风控部 at 大同云冈普惠小额贷款 (personal credit) copies the vendors' WeChat sales messages out of her 收藏 into a
  sheet to brief her boss, adding a one-line 批注 per note.
Layout: UTF-8 CSV with BOM — title, a 说明 line (budget ~20万), header 序号 | 收藏时间 | 来自 | 笔记内容（原样粘贴） | 我的批注, one row per
  note; each 笔记内容 is one multi-line quoted cell with emoji and a 【company｜subject】 heading naming the vendor; the 来自 column holds the
  sales contact ('晋阳数科-张经理'), not the company; a self-reminder note (来自 '我') and a vendor that bows out.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the vendor is the company in the 【】 heading, not the WeChat contact; 'w' and 'k' shorthands (23.8w, 126k, 8.8w); 平遥 (the
  note-taker's pick) 16.8w 限时特价 (原价28.8w) with 按等保三级标准打造/协助过测评, 国密加密, 支持对接各大征信, 终身免费维护 (claims:
  unverified) + three bloat gifts; 上党 126k 不含税 + 6% = 133,560 (caution) with 6 months bug-only, 人天 charges, office hours, 4h, not in
  contract and an encrypted core; 盐湖 面议 + 证书申请中 (unverified) and 年费 详见附件; 尧都 8.8w, no 等保, no credit interface (fail);
  the 【自己备忘】 note and 五台云 (declined, only SaaS) are not listed; timestamps are no prices.""",
        "personal_credit", [name], "太原晋阳数科有限公司",
        "晋阳 proves every gate (备案证明14010043009-24005, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every "
        "must-have plus 反欺诈, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the "
        "contract, full unencrypted source — at 238,000 含税 inside 18–25万 (3 years 238,000 + 2 × 22,000 = 282,000). The note-taker's pick "
        "平遥 (168,000) only claims 等保, 国密 and 征信 (unverified) and bundles three bloat modules; 上党 is 133,560 in the caution zone with "
        "weak after-sales outside the contract and an encrypted core; 盐湖 has no price and only 申请中; 尧都 fails; 五台云 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zc_05  商户经营性贷 — 维保到期续签与更换方案对比 of 宜昌三峡汇商小额贷款: the incumbent's upgrade offer (V5 source + renewal) beside new
#        vendors' quotes; a 现状 paragraph with the old contract price and the plain-renewal fee; a naive three-year line at the foot.
# ---------------------------------------------------------------------------------------------
ZC05_HEAD = ["序号", "方案", "服务商", "报价", "功能范围", "等保与数据安全", "售后与维保条款", "源码交付", "法务/科技部意见"]
ZC05_ROWS = [
    ["1", "续签+升级V5（现服务商）", "襄阳隆中软件有限公司",
     "V5升级费19.8万元（老客户价，含税6%）；银行流水分析模块选配，另加4.5万元（含税）；V3→V5数据迁移由隆中免费完成",
     "企业征信、电子合同、风控审批、还款管理、用户管理；银行流水分析（选配）",
     "V5按等保三级要求设计，上线后可协助测评（现V3为等保二级）；手机号、身份证号国密SM4加密；HTTPS；RBAC；日志保存12个月；"
     "对接人行征信中心",
     "免费维护12个月，含缺陷修复和小版本升级；一般政策调整免费，重大政策调整另行报价；5×8小时，4小时内响应；提供终身技术咨询；写入合同；"
     "期满后每年5.5万元",
     "交付V5源码，核心引擎沿用原加密授权",
     "科技部：熟悉我司业务，迁移风险最小，倾向续签隆中"],
    ["2", "更换：新服务商A", "荆州古城数科有限公司",
     "31.2万元（含税，增值税6%）",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、数据分析大屏",
     "等保三级证书编号42100043007-24015（2024年11月）；身份证号、手机号、银行卡号SM4加密；全站HTTPS；RBAC；操作日志保存12个月；"
     "对接人行征信中心、百行征信",
     "免费维护12个月，含缺陷修复和小版本升级；监管政策调整免费适配；7×24小时，2小时内指定工程师响应；终身技术咨询；全部写入合同；"
     "期满后每年3万元；负责从V3迁移历史数据，不另收费",
     "完整源码，无加密，可二次开发",
     "法务：条款完整，可签。科技部：需重新培训，迁移有风险"],
    ["3", "更换：新服务商B", "十堰武当信息技术有限公司",
     "26.5万元（不含税），增值税13%另计",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "等保三级证书编号42030043006-24001；SM4加密；HTTPS；RBAC；日志保存12个月；对接百行征信",
     "免费维护12个月，含缺陷修复和小版本升级；政策调整免费；7×24小时，4小时内响应；终身技术咨询；售后承诺以我司服务手册为准，不写入合同；"
     "期满后按合同额12%/年",
     "完整源码",
     "法务：售后不进合同，风险大"],
    ["4", "更换：新服务商C", "孝感孝南网络科技有限公司",
     "13.6万元（含税）",
     "企业征信、银行流水分析、电子合同、还款管理、用户管理",
     "等保二级（备案证明42090042002-23006）；SM4加密；HTTPS",
     "免费维护12个月；7×24小时",
     "完整源码",
     "价格最低"],
    ["5", "更换：新服务商D", "黄冈大别山软件有限公司", "—", "—", "—", "—", "—", "对方回复暂不承接外地项目，未报价"],
]


def build_zc05():
    name = "zc_05_ml_renewal_vs_new.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "续签与更换对比"
    n = len(ZC05_HEAD)
    widths(ws, [5, 18, 22, 34, 32, 44, 48, 24, 28])
    _text(ws, 1, n, "宜昌三峡汇商小额贷款有限公司 信贷系统维保到期续签与更换方案对比", font=TITLE)
    _text(ws, 2, n, "编制：信息技术部 陈刚    2025-11-24    金额含税（另有注明除外）；我司主营商户经营贷，无跨境业务")
    _text(ws, 3, n, "一、现状：现用“隆中信贷V3”（襄阳隆中软件有限公司，2019年采购，原合同价16万元，合同编号LZ-2019-017），维保将于2025-12-31"
                    "到期。V3为等保二级，数据库手机号明文，2025年监管检查已提出整改要求。隆中提出两个选项：（1）仅续签V3维保，每年5.5万元（不含升级）；"
                    "（2）升级至V5版本源码（见下表第1行）。仅续签V3无法解决等保问题，下表不作比较。", height=60)
    _text(ws, 4, n, "二、方案对比", font=BOLD)
    put_row(ws, 5, ZC05_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(ZC05_ROWS, start=6):
        put_row(ws, i, row)
        ws.row_dimensions[i].height = 110
    r = 6 + len(ZC05_ROWS) + 1
    _text(ws, r, n, "三、三年总成本粗算（科技部）：隆中 19.8万+2×5.5万=30.8万；荆州古城 31.2万+2×3万=37.2万；十堰武当 26.5万+2×3.2万=32.9万；"
                    "孝感孝南 13.6万。结论：续签隆中三年最省，且无迁移风险。", height=45)
    _text(ws, r + 1, n, "四、审批：分管副总 ____________    总经理 ____________")
    _save(wb, name)
    vendors = [
        good("荆州古城数科有限公司", 312000,
             "'31.2万元（含税，增值税6%）' = 312,000 inside 25–35万; 企业征信、银行流水分析、电子合同 + core, 数据分析大屏 (deferrable); 等保三级证书"
             "42100043007-24015; SM4 on ID/mobile/bank card; HTTPS; RBAC; 12个月; 人行 + 百行; 12 months with 小版本升级; 政策免费; 7×24, "
             "2小时 named engineer; 终身咨询; 全部写入合同; 3万/年; migrates V3 data free; 完整源码 无加密.",
             ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=30000,
             source_code_delivery="full"),
        dict(vendor="襄阳隆中软件有限公司", gate="unverified", price=243000,
             why="The incumbent's V5 offer, not the old contract (16万, 2019) nor the plain V3 renewal (5.5万/年): 'V5升级费19.8万元（含税）' + "
                 "银行流水分析 (must-have) '选配，另加4.5万元（含税）' (conditional, added) = 243,000; 'V5按等保三级要求设计，上线后可协助测评' "
                 "(claimed: unverified; the 等保二级 is the old V3's, not the offer's); SM4; HTTPS; RBAC; 12个月; 人行; 12 months with upgrades; "
                 "'重大政策调整另行报价' (charged, conditional); 5×8; 4小时; 终身咨询; 写入合同; 5.5万/年; '核心引擎沿用原加密授权' (partial). The "
                 "科技部's pick.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=False,
                         support_7x24=False, response_hours=4, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=55000, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed", "conditional", "policy_adaptation_charged", "no_7x24", "response_over_2h", "source_partial"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "no_sm4",
                   "maintenance_under_12m", "not_in_contract", "bloat_features"]),
        dict(vendor="十堰武当信息技术有限公司", gate="pass", price=299450,
             why="'26.5万元（不含税），增值税13%另计': 265,000 × 1.13 = 299,450; 等保三级证书42030043006-24001; SM4; HTTPS; RBAC; 12个月; 百行; "
                 "12 months with upgrades; 政策免费; 7×24 but 4小时; 终身咨询; '以我司服务手册为准，不写入合同' (not in contract); 12%/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=False, source_code_delivery="full"),
             status=dict(mlps_level3="stated", commitments_in_contract="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["response_over_2h", "not_in_contract"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "maintenance_under_12m", "no_7x24",
                            "policy_adaptation_charged", "bloat_features", "claimed"]),
        dict(vendor="孝感孝南网络科技有限公司", gate="fail", price=136000,
             why="'13.6万元（含税）' = 136,000 (caution zone); '等保二级（备案证明42090042002-23006）' (fail); SM4; HTTPS; 12 months; 7×24.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, free_maintenance_months=12, support_7x24=True,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=ML,
             flin=["no_mlps_level3", "price_below_15w"],
             flex=["missing_must_have", "price_below_10w", "price_missing", "no_sm4", "no_7x24"]),
    ]
    write_toml(
        "zc_05_ml_renewal_vs_new.toml",
        """Voice: 陈刚 of 信息技术部 at 宜昌三峡汇商小额贷款 (operating loans to merchants): the old system's maintenance runs out, so he sets
  the incumbent's upgrade-and-renew offer beside three new vendors' quotes for the board.
Layout: sheet 续签与更换对比 — title, a 编制 line (含税 unless noted, no cross-border business), a 现状 paragraph (old contract 16万 of
  2019, contract no. LZ-2019-017, plain V3 renewal 5.5万/年, V3 等保二级), header 序号 | 方案 | 服务商 | 报价 | 功能范围 | 等保与数据安全 |
  售后与维保条款 | 源码交付 | 法务/科技部意见, five rows (the last did not quote), the 科技部's three-year estimate and an approval line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the 现状 figures (16万 old price, 5.5万 plain renewal) are no quote; the incumbent 隆中 (the 科技部's pick) is V5 19.8万 + the
  选配 银行流水分析 must-have 4.5万 = 243,000 (the 科技部's 30.8万 three-year line forgets it), 'V5按等保三级要求设计，上线后可协助测评'
  (claimed: unverified — the 等保二级 in the cell is the old V3's), 重大政策调整另行报价, 5×8, 4h, encrypted core; 十堰 26.5万 不含税 + 13%
  = 299,450 with 4h and promises kept out of the contract; 孝感 13.6万 (caution) and 等保二级 (fail); 黄冈 did not quote (not listed);
  certificate and contract numbers are no prices.""",
        "merchant_loan", [name], "荆州古城数科有限公司",
        "古城 proves every gate (证书42100043007-24015, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every "
        "must-have, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract, "
        "free migration, full unencrypted source — at 312,000 含税 inside 25–35万 (3 years 312,000 + 2 × 30,000 = 372,000). The incumbent "
        "隆中 is 243,000 with the 选配 流水分析 but only claims 等保三级 for V5 (unverified), charges major policy changes, offers 5×8/4h, keeps "
        "its core encrypted and costs 5.5万 a year after (3 years ≈ 353,000 plus policy fees); 十堰 is 299,450 with 4h and nothing in the "
        "contract; 孝感 is 等保二级 (fail); 黄冈 did not quote.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zc_06  消费分期 — 议价过程记录表 of 漳州芗城惠购小额贷款: three rounds of haggling per vendor in 万元 without units in the cells, a final
#        price stated relative to round two, a final price bought with weaker after-sales, a vendor that quit before round two.
# ---------------------------------------------------------------------------------------------
ZC06_HEAD = ["序号", "供应商", "第一轮报价", "第二轮报价", "最终报价（盖章确认）", "让步条件/附加说明", "功能（书面）", "安全合规（书面）",
             "售后（书面，以最终轮为准）", "源码交付", "经办备注"]
ZC06_ROWS = [
    ["1", "泉州刺桐数科有限公司", 29.8, 27.5, "在第二轮基础上再让1.5万", "让价无附加条件，功能和售后条款不变",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
     "等保三级证书编号35050043010-24007（2024年12月）；身份证号、手机号SM4加密；HTTPS；RBAC；日志保存12个月；对接人行征信中心、百行征信",
     "免费维护12个月，含缺陷修复和小版本升级；监管政策调整免费；7×24小时，2小时内指定工程师响应；终身技术咨询；全部写入合同；过保年费2.5万元/年",
     "完整源码，无加密，可二次开发", "让价幅度小"],
    ["2", "莆田湄洲软件有限公司", 24, 21, 16.8,
     "最终价前提：免费维护期由12个月改为3个月；政策适配由免费改为另行报价；技术支持由7×24改为5×8",
     "商品管理、分期计算器、订单跟踪、还款管理、审批流、用户管理",
     "等保三级证书编号35030043004-23012；SM4加密；HTTPS；RBAC；日志保存12个月；对接百行征信",
     "（按最终轮）免费维护3个月，含缺陷修复和小版本升级；政策适配另行报价；5×8小时，2小时内响应；提供终身技术咨询；写入合同；过保年费3万元/年",
     "完整源码", "砍价最成功（三轮降30%），建议选这家"],
    ["3", "三明沙溪网络科技有限公司", 26.8, 24.5, 22.8, "最终价含智能客服机器人和积分商城，不可拆分",
     "商品管理、分期计算器、订单跟踪、积分商城、社交分享、智能客服机器人",
     "系统按等保三级要求设计，可提供测评协助；数据采用国密加密；支持对接征信机构",
     "终身维护；7×24小时；快速响应", "提供源码", "功能多"],
    ["4", "龙岩永定信息技术有限公司", 14, 11.5, 9.6, "最终价去掉了培训和上门实施，改为远程部署",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
     "等保三级证书编号35080043002-23010；SM4加密；HTTPS；RBAC；日志保存12个月；对接百行征信",
     "免费维护12个月，仅修复缺陷，不含升级；政策调整另计；工作日支持，次日响应；不提供终身咨询；售后不写入合同",
     "仅授权使用，授权绑定域名", "价格已砍到10万以内"],
    ["5", "宁德三都澳软件有限公司", "面议", "面议", "面议（待现场演示后报价）", "",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
     "等保三级申请中（测评已完成，等待发证）；SM4加密；HTTPS；RBAC；日志保存12个月；对接朴道征信",
     "免费维护12个月，含缺陷修复和小版本升级；政策调整免费；7×24小时，1小时响应；终身技术咨询；写入合同",
     "完整源码，可二次开发", "一直不报价"],
    ["6", "南平武夷科技有限公司", 23, "第二轮前来函退出（产品线调整，不再承接源码项目）", "—", "—", "—", "—", "—", "—", "已退出"],
]


def build_zc06():
    name = "zc_06_ci_negotiation_rounds.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "议价记录"
    n = len(ZC06_HEAD)
    widths(ws, [5, 24, 10, 12, 18, 34, 34, 46, 48, 22, 24])
    _text(ws, 1, n, "消费分期系统源码采购 议价过程记录表", font=TITLE)
    _text(ws, 2, n, "采购经办：林晓敏    三轮议价：11/10、11/17、11/24    报价单位：万元，均为含税价（增值税6%）；最终报价以对方盖章确认函为准；"
                    "我司做消费分期，预算25万元左右")
    put_row(ws, 3, ZC06_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(ZC06_ROWS, start=4):
        put_row(ws, i, row)
        ws.row_dimensions[i].height = 100
    r = 4 + len(ZC06_ROWS) + 1
    _text(ws, r, n, "经办建议：莆田湄洲三轮降幅最大，最终16.8万，建议确定为成交供应商；龙岩永定9.6万虽更低，但去掉了上门实施。", font=BOLD)
    _text(ws, r + 1, n, "部门负责人意见：                    日期：")
    _save(wb, name)
    vendors = [
        good("泉州刺桐数科有限公司", 260000,
             "Round 3 is relative: 27.5 − 1.5 = 26.0 (万元, 含税 per the note) = 260,000 inside 20–30万, no conditions; 商品管理、分期计算器、"
             "订单跟踪 + core; 等保三级证书35050043010-24007; SM4 on ID/mobile; HTTPS; RBAC; 12个月; 人行 + 百行; 12 months with 小版本升级; "
             "政策免费; 7×24, 2小时 named engineer; 终身咨询; 全部写入合同; 2.5万/年; 完整源码 无加密.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
        dict(vendor="莆田湄洲软件有限公司", gate="pass", price=168000,
             why="Final 16.8 (万元, 含税) = 168,000, bought with weaker after-sales: the final-round terms are 3 months (with upgrades), 政策适配"
                 "另行报价 (charged, conditional), 5×8 (2小时 response); 等保三级证书35030043004-23012; SM4; HTTPS; RBAC; 12个月; 百行; 终身咨询; "
                 "写入合同; 3万/年; 完整源码. The 经办's pick.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=False, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated"),
             fin=CI, fex=BLOAT,
             flin=["maintenance_under_12m", "policy_adaptation_charged", "no_7x24", "conditional"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "response_over_2h", "not_in_contract",
                            "no_lifetime_consulting", "maintenance_excludes_upgrades", "bloat_features"]),
        dict(vendor="三明沙溪网络科技有限公司", gate="unverified", price=228000,
             why="Final 22.8 = 228,000 含税; '按等保三级要求设计，可提供测评协助' (claimed: unverified); '国密加密' (which? claimed); '支持对接征信"
                 "机构' (no body: claimed); '终身维护', '快速响应' no facts; 7×24 stated; 积分商城 and 社交分享 (deferrable) and 智能客服机器人 "
                 "(bloat) bundled, not removable.",
             values=dict(support_7x24=True),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=CI + ["points_mall", "social_sharing", "ai_customer_service"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="龙岩永定信息技术有限公司", gate="fail", price=96000,
             why="Final 9.6 (万元) = 96,000 (under 10万: do not buy, whatever its papers); 等保三级证书35080043002-23010; SM4; HTTPS; RBAC; "
                 "12个月; 百行; 12 months bug-fix only; 政策调整另计; 工作日, 次日; 不提供终身咨询; 不写入合同; '仅授权使用，授权绑定域名' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"),
             fin=CI + CORE + ["repayment_management"],
             flin=["price_below_10w", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only"],
             flex=["no_mlps_level3", "missing_must_have", "price_missing", "price_below_15w", "no_sm4", "maintenance_under_12m"]),
        dict(vendor="宁德三都澳软件有限公司", gate="unverified", price="null",
             why="Every round '面议' (price_missing); '等保三级申请中（测评已完成，等待发证）' (in progress: unverified, never fail); must-haves "
                 "present; SM4; HTTPS; RBAC; 12个月; 朴道; 12 months with upgrades; 政策免费; 7×24, 1小时; 终身咨询; 写入合同; 完整源码.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         source_code_delivery="full"),
             fin=CI + CORE + ["repayment_management"],
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
    ]
    write_toml(
        "zc_06_ci_negotiation_rounds.toml",
        """Voice: 林晓敏, 采购经办 at 漳州芗城惠购小额贷款 (consumer instalments), logs three rounds of price negotiation per vendor and the
  concessions each final price came with.
Layout: sheet 议价记录 — title, a note (unit 万元, all 含税 6%, the stamped final confirmation counts, budget ~25万), header 序号 | 供应商 |
  第一轮报价 | 第二轮报价 | 最终报价（盖章确认） | 让步条件/附加说明 | 功能（书面） | 安全合规（书面） | 售后（书面，以最终轮为准） | 源码交付 |
  经办备注; six rows (bare numbers like 29.8 in 万元; one final price '在第二轮基础上再让1.5万'; the last vendor quit after round one), the
  经办's recommendation and a blank approval line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the price is the final round, in 万元 from the note (rounds one and two are history); 刺桐's final is relative: 27.5 − 1.5 = 26.0万;
  湄洲 (the 经办's pick) reaches 16.8 only by cutting maintenance to 3 months, charging policy changes (另行报价) and dropping to 5×8;
  沙溪 22.8 with 按等保三级要求设计/测评协助, 国密加密, 支持对接征信机构, 终身维护 (claims: unverified) + bundled 智能客服 (bloat); 龙岩 9.6
  (under 10万: fail despite its certificate) with licence-only source; 三都澳 面议 + 申请中 (unverified); 南平武夷 quit (not listed).""",
        "consumer_installment", [name], "泉州刺桐数科有限公司",
        "刺桐 proves every gate (证书35050043010-24007, SM4 on ID/mobile, HTTPS, RBAC, 12-month logs, 人行 + 百行), has all three 分期 "
        "must-haves, and its unconditional final price 260,000 含税 (27.5 − 1.5 万) inside 20–30万 keeps 12 months with upgrades, free policy "
        "adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full unencrypted source (3 years 260,000 + 2 × 25,000 "
        "= 310,000). The 经办's pick 湄洲 (168,000) paid for its discount with 3 months' maintenance, charged policy changes and 5×8 (3 years "
        "≈ 168,000 + 2.75 × 30,000 ≈ 250,500 plus policy fees, with no night support); 沙溪 only claims (unverified); 龙岩 is under 10万 "
        "(fail); 三都澳 has no price and only 申请中; 南平武夷 quit.",
        vendors)


if __name__ == "__main__":
    for build in (build_zc01, build_zc02, build_zc03, build_zc04, build_zc05, build_zc06):
        build()
    print("built zc_01 … zc_06 into", HERE)
