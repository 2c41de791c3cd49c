"""Build the "zb" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a 采购需求调研问卷 each vendor answered on its own sheet of one workbook (zb_01), a 比价表 converted from
a PDF whose converter split one vendor's cells over two rows and repeated the header after a page break, GBK CSV (zb_02), an
English vendor scorecard of a foreign-invested lender with the analyst's summaries and a Confidence column per dimension (zb_03),
a boss's hand-ticked 决策表 (✓/×/?/△) with 约/大概 prices (zb_04), a 合格供应商名录 (入库登记表) with qualification columns and the
project's quote columns added later, some vendors never quoting, UTF-8 CSV with BOM (zb_05), and a 报价折算表 with a Korean and a
Japanese vendor whose KRW/JPY amounts the buyer converted in a separate column (zb_06). The expected reading of every file is in
the matching zb_0N_*.toml, written from the file's content and shared/domain.md only; the author neither ran the product on these
files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zb.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zb_
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
# zb_01  个人信用贷 — 采购需求调研问卷 of 西宁城西安信小额贷款: one workbook, a 填写说明 sheet, then one sheet per vendor with the same
#        17 questions and the vendor's own free-text answers, a declined vendor's sheet and the 采购专员's 汇总意见 sheet.
# ---------------------------------------------------------------------------------------------
ZB01_Q = [
    "贵司本次报价（请注明是否含税及税率）",
    "报价包含哪些功能模块？",
    "是否有未包含在报价内、需另行付费的模块或服务？",
    "网络安全等级保护（等保）情况，请提供证书/备案证明编号",
    "客户敏感数据（身份证号、手机号等）的加密方式",
    "数据传输是否加密",
    "系统权限控制方式",
    "操作日志保存时长",
    "征信接口对接的是哪家机构？",
    "免费维护期多长？维护包含哪些内容？",
    "监管政策变化导致的系统调整是否收费？",
    "技术支持时间及故障响应时效",
    "是否提供终身技术咨询？",
    "以上售后承诺能否写入合同？",
    "免费维护期满后的维护费用",
    "源码交付方式（是否完整、有无加密或授权限制）",
    "其他需要说明的事项",
]
ZB01_V = {
    "湟水数科": ("青海湟水数科有限公司", "马晓军（解决方案经理）", "2025-11-06", [
        "人民币贰拾叁万伍仟元整（¥235,000.00），含税，增值税税率6%。",
        "个人征信接口（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及短信还款提醒、风控审批流、"
        "用户管理；会员体系模块赠送。",
        "无，以上报价即为全部费用。",
        "已取得网络安全等级保护三级备案证明，编号63010043007-24012（2024年9月取得），复印件随问卷回传。",
        "身份证号、手机号、银行卡号采用国密SM4字段级加密存储。",
        "全站HTTPS（TLS 1.2及以上）。",
        "RBAC角色权限，按机构、岗位分级授权。",
        "操作日志保存18个月，异常登录、批量导出自动告警。",
        "已对接中国人民银行征信中心、百行征信。",
        "免费维护12个月，包含缺陷修复和小版本升级。",
        "因监管政策变化需要的系统调整，免费适配。",
        "7×24小时值班，故障2小时内由指定工程师响应。",
        "提供终身技术咨询（电话、远程）。",
        "可以，以上承诺全部写入合同附件《售后服务承诺书》。",
        "期满后每年2.5万元（含税）。",
        "完整源码交付，无加密、无授权限制，可二次开发。",
        "可安排西宁本地驻场实施两周。"]),
    "乐都软件": ("海东乐都软件有限公司", "李总", "2025-11-05", [
        "16.8万（年底优惠价，原价21万），含税。",
        "个人征信、智能风控、反欺诈、还款管理、审批、用户管理、智能客服机器人、区块链存证，全部包含！",
        "没有，全部包含。",
        "我司系统完全满足等保三级要求，可协助贵司顺利通过测评。",
        "采用国密算法，数据安全有保障。",
        "支持HTTPS。",
        "有完善的权限管理体系。",
        "满足监管要求。",
        "支持对接各大征信机构。",
        "终身维护，贵司放心。",
        "全力配合。",
        "7×24小时服务，响应及时。",
        "终身。",
        "可以协商。",
        "老客户有优惠。",
        "提供源码。",
        "我司已服务全国300余家金融机构，口碑第一。"]),
    "昆仑网络": ("格尔木昆仑网络科技有限公司", "周工", "2025-11-07", [
        "授权费9.8万元，实施部署费2.6万元，培训费0.8万元，合计13.2万元（不含税，增值税税率6%）。",
        "个人征信接口、风控模型、反欺诈、还款管理、风控审批、用户管理。",
        "无。",
        "已取得等保三级，备案证明编号63280043002-23006。",
        "手机号、身份证号SM4加密。",
        "HTTPS。",
        "角色权限。",
        "6个月。",
        "百行征信。",
        "免费维护6个月，仅修复系统缺陷，不含功能升级。",
        "政策调整按工作量另行报价。",
        "工作日8:30-17:30，4小时内响应。",
        "不提供。",
        "售后条款不写入合同，按我司服务惯例执行。",
        "按合同额的18%/年。",
        "核心风控引擎加密交付，其余源码开放。",
        ""]),
    "柴达木信息": ("德令哈柴达木信息技术有限公司", "韩敏", "2025-11-08", [
        "面议（需到贵司现场调研后报价）。",
        "个人征信接口、AI风控模型、反欺诈模型、还款提醒、审批流、用户管理。",
        "无。",
        "等保三级现场测评已完成，证书申请中，预计2026年1月取得。",
        "SM4。",
        "HTTPS。",
        "RBAC。",
        "12个月。",
        "朴道征信。",
        "免费维护12个月，含缺陷修复及小版本升级。",
        "免费。",
        "7×24小时，1小时内响应。",
        "提供。",
        "全部写入合同。",
        "详见附件。",
        "完整源码，可二次开发。",
        ""]),
    "青海湖软件": ("共和青海湖软件有限公司", "才让（销售）", "2025-11-07", [
        "19.6万元（含税，13%）。",
        "个人征信接口、风控模型、还款管理（选配）、风控审批、用户管理。",
        "还款管理模块为选配，另加2.8万元（含税）。",
        "等保三级，证书编号63250043001-24004。",
        "SM4加密。",
        "HTTPS。",
        "RBAC。",
        "12个月。",
        "人行征信中心。",
        "免费维护12个月，含缺陷修复和小版本升级。",
        "一般调整免费，重大政策调整另行报价。",
        "5×8小时，4小时内响应。",
        "提供。",
        "写入合同。",
        "2万元/年。",
        "完整源码。",
        ""]),
}


def build_zb01():
    name = "zb_01_pc_survey_sheet_per_vendor.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "填写说明"
    widths(ws, [100])
    for r, line in enumerate([
        "西宁城西安信小额贷款有限公司 个人信用贷系统源码 采购需求调研问卷",
        "致各受邀服务商：请在各自的工作表中逐题作答，回传后由我司采购专员汇总。",
        "1. 请如实填写，所填内容将作为商务谈判和合同的依据；",
        "2. 我司预算约20-25万元（含税），无跨境业务；",
        "3. 回传截止：2025年11月8日；联系人：采购专员 赵雪 0971-8******。",
        "附：每个工作表 = 一家服务商的回答；“汇总意见”为我司内部初步意见。",
    ], start=1):
        c = ws.cell(row=r, column=1, value=line)
        c.font = TITLE if r == 1 else Font()
        c.alignment = LEFT
    for short, (full, who, date, answers) in ZB01_V.items():
        s = wb.create_sheet(short)
        widths(s, [6, 44, 70, 20])
        _text(s, 1, 4, "个人信用贷系统源码 采购需求调研问卷（服务商填写）", font=TITLE)
        _text(s, 2, 4, f"填表单位：{full}（盖章）        填表人：{who}        填表日期：{date}")
        put_row(s, 3, ["序号", "调研问题", "服务商回答", "我司备注"], font=BOLD, fill=BLUE, align=CENTER)
        for i, (q, a) in enumerate(zip(ZB01_Q, answers), start=1):
            put_row(s, 3 + i, [str(i), q, a, ""])
    s = wb.create_sheet("三江源科技")
    widths(s, [6, 44, 70, 20])
    _text(s, 1, 4, "个人信用贷系统源码 采购需求调研问卷（服务商填写）", font=TITLE)
    _text(s, 2, 4, "填表单位：玉树三江源科技有限公司        填表日期：2025-11-04")
    put_row(s, 3, ["序号", "调研问题", "服务商回答", "我司备注"], font=BOLD, fill=BLUE, align=CENTER)
    put_row(s, 4, ["—", "（全部问题）", "我司近期项目排期已满，本次不参与报价，感谢贵司邀请。", "已婉拒"])
    s = wb.create_sheet("汇总意见")
    widths(s, [100])
    for r, line in enumerate([
        "采购专员初步意见（2025-11-10，赵雪）",
        "1. 乐都软件报价最低（16.8万含税），功能最全，还送智能客服和区块链存证，售后终身维护，建议优先洽谈；",
        "2. 湟水数科报价23.5万，偏贵，可以压价；",
        "3. 昆仑网络13.2万最便宜但要另加税；柴达木未报价；青海湖还款管理要另加钱；",
        "4. 三江源已婉拒。",
        "待风控部、科技部会签。",
    ], start=1):
        c = s.cell(row=r, column=1, value=line)
        c.font = BOLD if r == 1 else Font()
        c.alignment = LEFT
    _save(wb, name)
    vendors = [
        good("青海湟水数科有限公司", 235000,
             "'¥235,000.00，含税，增值税税率6%' inside 18–25万; 个人征信接口 (人行二代 + 百行), 风控模型, 反欺诈模型, 还款计划/提醒, 风控审批流, "
             "用户管理, 会员体系 given (deferrable, not bloat); 等保三级备案证明63010043007-24012; SM4 on ID/mobile/bank card; HTTPS; RBAC; "
             "logs 18个月; 人行 + 百行; 12 months with 小版本升级; 政策免费; 7×24, 2小时 named engineer; 终身咨询; 写入合同; 2.5万/年; 完整源码.",
             PC + ["anti_fraud", "membership"] + CORE, audit_log_months=18, response_hours=2,
             annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
        dict(vendor="海东乐都软件有限公司", gate="unverified", price=168000,
             why="'16.8万（年底优惠价，原价21万），含税' = 168,000 (the offer); '完全满足等保三级要求，可协助…通过测评' (claimed: unverified); "
                 "'国密算法' without SM4 (claimed); '支持对接各大征信机构' names no body (claimed); 日志 '满足监管要求', 维护 '终身维护', "
                 "政策 '全力配合', '可以协商', '老客户有优惠' state nothing; 7×24 stated; 智能客服机器人 and 区块链存证 bundled (bloat).",
             values=dict(support_7x24=True),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24",
                            "audit_log_under_6m"]),
        dict(vendor="格尔木昆仑网络科技有限公司", gate="pass", price=139920,
             why="Line items 9.8万 + 2.6万 + 0.8万 = 13.2万 不含税 at 6%: 132,000 × 1.06 = 139,920 含税 (caution zone, price_below_15w); "
                 "等保三级 备案证明63280043002-23006; SM4; HTTPS; 角色权限; 6个月; 百行; 6 months '仅修复系统缺陷，不含功能升级'; 政策按工作量另行报价; "
                 "工作日8:30-17:30; 4小时; 不提供终身咨询; 售后不写入合同; 18%/年; '核心风控引擎加密交付' (partial source).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated"),
             fin=PC + ["anti_fraud"], fex=BLOAT,
             flin=["price_below_15w"] + WEAK_AFTER + ["not_in_contract", "source_partial"],
             flex=NOGATE + ["no_sm4", "price_over_budget", "audit_log_under_6m", "bloat_features"]),
        dict(vendor="德令哈柴达木信息技术有限公司", gate="unverified", price="null",
             why="'面议（需到贵司现场调研后报价）' (no usable price: price_missing); '现场测评已完成，证书申请中' (in progress: unverified, never "
                 "fail); must-haves present (个人征信接口, AI风控模型, 还款提醒); SM4; HTTPS; RBAC; 12个月; 朴道; 12 months with upgrades; 免费; "
                 "7×24, 1小时; 终身咨询; 写入合同; 年费 '详见附件' (unknown); 完整源码.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             fin=PC + ["anti_fraud"],
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
        dict(vendor="共和青海湖软件有限公司", gate="pass", price=224000,
             why="'19.6万元（含税，13%）' with 还款管理 (a must-have) '选配，另加2.8万元（含税）' (conditional, added): 196,000 + 28,000 = 224,000; "
                 "等保三级证书63250043001-24004; SM4; HTTPS; RBAC; 12个月; 人行; 12 months with upgrades; '重大政策调整另行报价' (charged, "
                 "conditional); 5×8; 4小时; 终身咨询; 写入合同; 2万/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=PC, fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "maintenance_under_12m", "no_sm4", "bloat_features"]),
    ]
    write_toml(
        "zb_01_pc_survey_sheet_per_vendor.toml",
        """Voice: 赵雪, 采购专员 of 西宁城西安信小额贷款 (personal credit), sends one 采购需求调研问卷 workbook; each vendor answers on its own sheet.
Layout: xlsx — sheet 填写说明 (instructions, 20-25万 budget, a phone number), then one sheet per vendor named by a short name (湟水数科,
  乐都软件, 昆仑网络, 柴达木信息, 青海湖软件): title, '填表单位：<full name>（盖章） 填表人 填表日期', header 序号 | 调研问题 | 服务商回答 |
  我司备注 and the same 17 questions answered in free text; a 三江源科技 sheet that declines; an internal 汇总意见 sheet.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the vendor is the 填表单位 on each sheet, not the sheet name; 乐都 16.8万 优惠价 answers 完全满足等保三级要求/协助测评, 国密算法,
  支持对接各大征信机构, 终身维护, 全力配合, 可以协商 (claims: unverified) and bundles 智能客服 + 区块链存证 — the 专员's pick; 昆仑 three
  line items 13.2万 不含税 6% = 139,920 (caution) with weak after-sales outside the contract and an encrypted core; 柴达木 面议 + 证书申请中
  (unverified) and 年费 详见附件; 青海湖 还款管理 '选配，另加2.8万' (must-have: 224,000) with 重大政策调整另行报价 and 5×8; 三江源 declined;
  填写说明 and 汇总意见 are no vendors; 备案 numbers, dates and phone numbers are no prices.""",
        "personal_credit", [name], "青海湟水数科有限公司",
        "湟水 proves every gate (备案证明63010043007-24012, SM4 on ID/mobile/bank card, HTTPS, RBAC, 18-month logs, 人行 + 百行), has every "
        "must-have plus 反欺诈, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, lifetime "
        "consulting, all written into the contract, full source — at 235,000 含税 inside 18–25万 (3 years 235,000 + 2 × 25,000 = 285,000). "
        "The 专员's pick 乐都 (168,000) only claims 等保, 国密 and 征信 (unverified) and adds bloat; 青海湖 is 224,000 with 还款管理 added but "
        "5×8, 4 hours and paid major policy changes; 昆仑 is 139,920 in the caution zone with 6 months bug-only, office hours, nothing in the "
        "contract and an encrypted core; 柴达木 has no price and its 等保 is only 申请中; 三江源 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zb_02  商户经营性贷 — 比价表 of 南宁青秀商惠小额贷款, converted from the PDF in the OA: the converter split 漓江's cells over two rows
#        (a cell broken mid-word), left a page footer and repeated the header on page 2; GBK CSV.
# ---------------------------------------------------------------------------------------------
def build_zb02():
    name = "zb_02_ml_pdf_bijia_split_rows_gbk.csv"
    head = ["序号", "供应商名称", "报价（元）", "计税", "功能模块", "等保情况", "数据安全", "售后服务", "源码交付", "备注"]
    rows = [
        ["南宁青秀商惠小额贷款有限公司 商户经营贷系统源码比价表"],
        ["（本表由OA附件PDF转换，格式可能有错位，以PDF原件为准）    比价日期：2025年11月5日    预算：35万元以内（含税）"],
        head,
        ["1", "南宁邕江软件有限公司", "238,000", "不含税（增值税6%另计）",
         "企业征信、银行流水分析、电子合同（选配，另加3.5万元，不含税）、风控审批、还款管理、用户管理",
         "等保三级证书45010043006-23017", "SM4；HTTPS；权限管理；日志保存6个月；百行征信",
         "免费维护12个月，仅修复缺陷，不含升级；政策适配另计；5×8小时；次日响应；不提供终身咨询；写入合同；过保按合同额15%/年",
         "完整源码", "报价最低"],
        ["2", "桂林漓江数科有", "318,000", "含税", "企业征信、银行流水分析、", "等保三级，备案", "国密SM4（身份证",
         "免费维护12个月（含缺陷修复", "完整源码，无", ""],
        ["", "限公司", "", "（13%）", "电子合同、风控审批、还款管理、用户管理", "证明45030043011-24008",
         "号、手机号、银行卡号）；HTTPS；RBAC；日志保存12个月；对接人行征信中心、百行征信",
         "及小版本升级）；监管政策调整免费适配；7×24小时；2小时内指定工程师响应；终身技术咨询；以上写入合同；过保年费3万元/年",
         "加密，可二次开发", ""],
        ["3", "柳州龙城网络科技有限公司", "298,000", "含税",
         "企业征信、流水分析、电子合同、风控审批、还款管理、用户管理、区块链存证、元宇宙营销展厅",
         "按等保三级标准建设，中标后协助测评", "国密加密；HTTPS；权限管理；日志满足监管要求；支持对接持牌征信机构",
         "终身维护；7×24小时；快速响应；写入合同", "提供源码", "功能最多"],
        ["第 1 页 共 2 页"],
        head,
        ["4", "北海银滩科技工作室", "0（开源免费版）", "—", "企业征信、还款管理、用户管理（流水分析、电子合同需定制，另议）",
         "无", "密码MD5；HTTPS", "QQ群答疑", "开源（GPL协议）", "定制开发另议"],
        ["5", "梧州骑楼信息技术有限公司", "265,000", "含税",
         "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
         "等保二级（备案证明45040042003-22010）", "SM4；HTTPS；RBAC；日志保存12个月；百行征信",
         "免费维护12个月含升级；政策适配免费；7×24小时；2小时响应；终身技术咨询；写入合同；过保年费2.6万元/年", "完整源码", ""],
        ["6", "玉林五彩软件有限公司", "—", "—", "—", "—", "—", "—", "—", "11月3日来函退出比价"],
        ["说明：报价最低为南宁邕江软件有限公司（238,000元）；最高为桂林漓江（318,000元）。"],
        ["制表：黄丽    审核：韦国强    2025-11-05"],
        ["第 2 页 共 2 页"],
    ]
    write_csv(name, rows, "gbk")
    vendors = [
        good("桂林漓江数科有限公司", 318000,
             "Split by the converter over two rows: name '桂林漓江数科有' + '限公司'; '318,000' 含税（13%） inside 25–35万; 企业征信、银行流水分析、"
             "电子合同、风控审批、还款管理、用户管理; 等保三级 备案证明45030043011-24008; SM4 on ID/mobile/bank card; HTTPS; RBAC; 12个月; 人行 + "
             "百行; 12 months 含缺陷修复及小版本升级; 政策免费; 7×24; 2小时 named engineer; 终身咨询; 写入合同; 3万/年; '完整源码，无' + "
             "'加密，可二次开发' = 无加密 (full, not encrypted).",
             ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
        dict(vendor="南宁邕江软件有限公司", gate="pass", price=289380,
             why="'238,000' 不含税 (6%) and 电子合同 (must-have) '选配，另加3.5万元，不含税' (conditional, added): (238,000 + 35,000) × 1.06 = "
                 "289,380 含税, though the sheet calls it 报价最低; 等保三级证书45010043006-23017; SM4; HTTPS; 权限管理; 6个月; 百行; 12 months '仅修复缺陷，"
                 "不含升级'; 政策适配另计; 5×8; 次日; 不提供终身咨询; 写入合同; 15%/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated"), fin=ML, fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "maintenance_under_12m", "audit_log_under_6m", "no_sm4",
                            "bloat_features", "not_in_contract"]),
        dict(vendor="柳州龙城网络科技有限公司", gate="unverified", price=298000,
             why="'298,000' 含税; '按等保三级标准建设，中标后协助测评' (claimed: unverified); '国密加密' (which algorithm? claimed); '支持对接持牌征信机构' "
                 "names no body (claimed); 日志 '满足监管要求' (no months); '终身维护', '快速响应' are no facts; HTTPS; 权限管理; 7×24; 写入合同; "
                 "区块链存证 and 元宇宙营销展厅 (bloat).",
             values=dict(tls=True, access_control=True, support_7x24=True),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=ML + ["blockchain_evidence", "metaverse_marketing"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="北海银滩科技工作室", gate="fail",
             why="'0（开源免费版）' (free: under 10万, do not buy); 流水分析 and 电子合同 '需定制，另议' (must-haves absent at the price); 等保 '无' "
                 "(fail); MD5 passwords (no SM4); QQ群 support.",
             values=dict(mlps_level3=False),
             fin=["enterprise_credit"],
             flin=["price_below_10w", "no_mlps_level3"]),
        dict(vendor="梧州骑楼信息技术有限公司", gate="fail", price=265000,
             why="'265,000' 含税; '等保二级（备案证明45040042003-22010）' (level 2: fail); otherwise SM4, HTTPS, RBAC, 12个月, 百行, 12 months with "
                 "upgrades, 政策免费, 7×24, 2小时, 终身咨询, 写入合同, 2.6万/年, 完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, support_7x24=True, response_hours=2,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated"), fin=ML,
             flin=["no_mlps_level3"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_missing", "no_7x24", "no_sm4"]),
    ]
    write_toml(
        "zb_02_ml_pdf_bijia_split_rows_gbk.toml",
        """Voice: 黄丽 at 南宁青秀商惠小额贷款 (operating loans to merchants) converts the approved 比价表 PDF from the OA into a spreadsheet.
Layout: GBK CSV — title and a conversion note (budget 35万), header 序号 | 供应商名称 | 报价（元） | 计税 | 功能模块 | 等保情况 | 数据安全 |
  售后服务 | 源码交付 | 备注; vendor 2 broken by the converter over two rows (its second row has no 序号 and holds the rest of every cell,
  one cell broken mid-word: '完整源码，无' / '加密，可二次开发'); a '第 1 页 共 2 页' footer, the header repeated, a withdrawn row, a 说明
  line, signatures and a second footer.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the two-row vendor is one vendor, '桂林漓江数科有限公司', read whole ('（13%）' completes 含税; '无…加密' is no encryption); the
  repeated header, page footers, 说明 and 制表 lines are no vendors; 邕江 '报价最低' 238,000 is 不含税 6% with 电子合同 选配 另加3.5万 (不含税):
  289,380, bug-fix only, 5×8, 次日; 龙城 按等保三级标准建设/协助测评, 国密加密, 支持对接持牌征信机构, 终身维护 (claims) + 区块链/元宇宙 bloat;
  银滩 free open-source (fail); 骑楼 等保二级 (fail); 玉林五彩 withdrew (not listed); 备案 numbers are no prices.""",
        "merchant_loan", [name], "桂林漓江数科有限公司",
        "漓江 (once its two converter rows are read as one) proves every gate (备案证明45030043011-24008, SM4 on ID/mobile/bank card, HTTPS, "
        "RBAC, 12-month logs, 人行 + 百行), has every must-have, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, "
        "lifetime consulting, in the contract, full unencrypted source — at 318,000 含税 inside 25–35万 (3 years 318,000 + 2 × 30,000 = "
        "378,000). The 'lowest' 邕江 is really (238,000 + 35,000) × 1.06 = 289,380 with bug-fix-only maintenance, paid policy changes, 5×8, "
        "next-day response and 15%/年 (3 years ≈ 289,380 + 2 × 43,400 ≈ 376,000 plus policy fees); 龙城 only claims (unverified) and adds "
        "bloat; 骑楼 is 等保二级 and 银滩 free open-source (both fail); 玉林五彩 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zb_03  个人信用贷 — English vendor scorecard of 银川金凤华信小额贷款 (HK-invested): the group's analyst summarises each vendor's answers
#        per dimension, each summary followed by a Confidence (High/Med/Low) column, a weighted score and a recommendation.
# ---------------------------------------------------------------------------------------------
ZB03_ROWS = [
    ["银川贺兰山数科有限公司",
     "CNY 228,000 incl. VAT (6% special invoice).", "High",
     "Personal credit report interface (PBoC 2nd-gen + Baihang); risk model (scorecard + rules engine); anti-fraud model; repayment "
     "schedule & SMS reminders; risk approval workflow; user management.", "High",
     "MLPS Level 3 filing certificate no. 64010043005-24013 sighted (copy on file). SM4 field encryption of ID no. and mobile no.; "
     "HTTPS (TLS 1.2+) everywhere; RBAC; operation logs kept 12 months with alerts; connects to PBoC Credit Reference Center and Baihang.",
     "High",
     "12 months free maintenance incl. bug fixes and minor version upgrades; regulatory changes adapted free of charge; 7x24 hotline, "
     "named engineer responds within 2 h; lifetime technical consulting; all of the above in the draft contract (clause 9). After "
     "warranty CNY 24,000 per year.", "Med",
     "Full source code, unencrypted, no licence lock; second development allowed.", "High",
     3.9, "Shortlist"],
    ["石嘴山沙湖软件有限公司",
     "CNY 198,000 incl. VAT — vendor calls it a 'special price' (list CNY 240,000).", "High",
     "Credit report interface, 'AI risk control', anti-fraud, repayment management, approval, user management; AI customer-service "
     "bot bundled.", "Med",
     "Vendor says the system is 'designed to MLPS Level 3' and 'fully compliant (满足等保三级要求)'; no certificate number given. "
     "Encryption: 'national cryptographic algorithms (国密算法)', algorithm not named. HTTPS. 'Supports credit bureau integration "
     "(支持对接征信)' — no bureau named.", "Low",
     "'Lifetime maintenance (终身维护)'; 7x24; 'rapid response'; contract wording 'to be negotiated'.", "Low",
     "'Source code provided'.", "Med",
     4.6, "Preferred — best score, lowest price"],
    ["吴忠黄河网络科技有限公司",
     "CNY 205,000 excl. VAT (VAT 6% on top).", "High",
     "Credit report interface, risk model, anti-fraud, repayment schedule, risk approval, user management.", "High",
     "MLPS Level 3 certificate 64030043004-23019 sighted. SM4 on sensitive fields; HTTPS; RBAC; logs 12 months; Pudao Credit (朴道征信).",
     "High",
     "12 months free incl. bug fixes and minor upgrades; 'general regulatory changes free, major regulatory changes quoted "
     "separately (重大政策调整另行报价)'; 7x24, response within 4 h; lifetime consulting; commitments in contract; after warranty 15% of "
     "contract value per year.", "Med",
     "Core risk engine delivered encrypted (核心风控引擎加密), rest of the source open.", "High",
     3.7, "Shortlist"],
    ["固原六盘山信息技术有限公司",
     "CNY 89,000 incl. VAT.", "High",
     "Credit report query, repayment management, approval, user management. No risk model — 'customer builds its own (风控需客户自建)'.",
     "High",
     "No MLPS assessment done (暂未做等保). AES-128 only, no SM4. HTTPS. Logs kept 3 months. Baihang.", "High",
     "3 months free, bug fixes only; policy changes charged; business hours 9:00-17:30; next-day response; no lifetime consulting; "
     "not in contract; CNY 5,000 per incident afterwards.", "High",
     "Licence only, bound to one domain (授权绑定域名); no source.", "High",
     1.8, "Reject"],
    ["中卫沙坡头科技有限公司",
     "Price on request (面议) until a requirements workshop.", "Low",
     "Credit report interface, risk model, anti-fraud, repayment reminders, approval workflow, user management.", "Med",
     "MLPS Level 3: on-site assessment finished, certificate applied for (申请中), expected Q1 2026. SM4; HTTPS; RBAC; logs 12 months; "
     "PBoC Credit Reference Center.", "Med",
     "12 months free incl. minor upgrades; regulatory changes free; 7x24, 1 h response; lifetime consulting; in contract.", "Med",
     "Full source code.", "Med",
     3.2, "Hold — no price"],
    ["灵武长枣科技有限公司",
     "Declined to bid (email of 2025-11-02: no capacity this quarter).", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "n/a"],
]


def build_zb03():
    name = "zb_03_pc_en_scorecard_confidence.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Vendor Scorecard"
    widths(ws, [26, 30, 9, 40, 9, 52, 9, 52, 9, 34, 9, 10, 24])
    _text(ws, 1, 13, "Loan system source code — vendor scorecard (personal credit)", font=TITLE)
    _text(ws, 2, 13, "Entity: 银川金凤华信小额贷款有限公司 (subsidiary of a Hong Kong group). Prepared by: Group Procurement Analyst, "
                     "2025-11-12. Budget guide: CNY 180,000–250,000 incl. VAT. No cross-border lending.")
    _text(ws, 3, 13, "Confidence: High = evidence sighted or figure in writing; Med = vendor's written answer, not yet checked; "
                     "Low = verbal / marketing statement. Weighted score 1–5 is the analyst's first impression and not a price.")
    put_row(ws, 4, ["Vendor", "Price (as quoted)", "Confidence", "Modules offered", "Confidence", "Security & compliance",
                    "Confidence", "After-sales", "Confidence", "Source code", "Confidence", "Weighted score", "Recommendation"],
            font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(ZB03_ROWS, start=5):
        put_row(ws, i, row)
        ws.row_dimensions[i].height = 120
    r = 5 + len(ZB03_ROWS) + 1
    _text(ws, r, 13, "Analyst note: 沙湖 scores highest on paper and is the cheapest of the realistic offers; recommend moving to "
                     "contract talks with 沙湖 and keeping 贺兰山 as fallback.")
    _text(ws, r + 1, 13, "Reviewer (Head of Risk, 2025-11-13): please do not sign anything on 'Low' confidence answers.",
          font=Font(color="C00000"))
    _save(wb, name)
    vendors = [
        good("银川贺兰山数科有限公司", 228000,
             "'CNY 228,000 incl. VAT (6% special invoice)' inside 18–25万; credit report interface (PBoC + Baihang), risk model, anti-fraud, "
             "repayment schedule/reminders, approval, user management; MLPS L3 filing 64010043005-24013 sighted; SM4 on ID/mobile; HTTPS; "
             "RBAC; 12 months logs; PBoC + Baihang; 12 months with minor upgrades; regulatory changes free; 7x24, 2 h named engineer; "
             "lifetime consulting; in the draft contract; CNY 24,000/yr; full source. Confidence Med on after-sales is a written answer: stated.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
        dict(vendor="石嘴山沙湖软件有限公司", gate="unverified", price=198000,
             why="'CNY 198,000 incl. VAT' (the special price, not the list 240,000); 'designed to MLPS Level 3', '满足等保三级要求', no certificate "
                 "(claimed: unverified); '国密算法' not named (claimed); '支持对接征信' no bureau (claimed); 'Lifetime maintenance', 'rapid response', "
                 "'to be negotiated' state nothing; its HTTPS and 7x24 sit in Low-confidence (verbal) cells and are not asserted; AI customer-service bot (bloat). The analyst's 4.6 'Preferred' rests on Low answers.",
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="吴忠黄河网络科技有限公司", gate="pass", price=217300,
             why="'CNY 205,000 excl. VAT (VAT 6% on top)': 205,000 × 1.06 = 217,300 inside 18–25万; MLPS L3 64030043004-23019 sighted; SM4; HTTPS; "
                 "RBAC; 12 months; 朴道; 12 months with minor upgrades; '重大政策调整另行报价' (policy adaptation charged, conditional); 7x24 but 4 h; "
                 "lifetime consulting; in contract; 15%/yr; '核心风控引擎加密' (partial source).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated"),
             fin=PC + ["anti_fraud"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged", "response_over_2h", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_7x24", "maintenance_under_12m", "no_sm4", "bloat_features"]),
        dict(vendor="固原六盘山信息技术有限公司", gate="fail", price=89000,
             why="'CNY 89,000 incl. VAT' (< 10万: do not buy); no risk model ('风控需客户自建': must-have absent); '暂未做等保' (fail); AES-128, no SM4; "
                 "3 months logs; 3 months bug-fix only; policy charged; business hours; next day; no lifetime consulting; not in contract; "
                 "5,000 per incident; licence only bound to a domain.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, audit_log_months=3, free_maintenance_months=3,
                         maintenance_includes_upgrades=False, policy_adaptation_free=False, support_7x24=False,
                         lifetime_consulting=False, commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"),
             fin=["personal_credit_report", "repayment_management"], fex=["risk_model", "anti_fraud"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "no_7x24", "not_in_contract", "source_licence_only"]),
        dict(vendor="中卫沙坡头科技有限公司", gate="unverified", price="null",
             why="'Price on request (面议)' (price_missing); MLPS L3 '申请中', expected Q1 2026 (unverified, never fail); must-haves present; SM4; "
                 "HTTPS; RBAC; 12 months; PBoC; 12 months with upgrades; free; 7x24, 1 h; lifetime consulting; in contract; full source.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         source_code_delivery="full"),
             fin=PC + ["anti_fraud"],
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24"]),
    ]
    write_toml(
        "zb_03_pc_en_scorecard_confidence.toml",
        """Voice: the Group Procurement Analyst of a Hong Kong group scores vendors for its subsidiary 银川金凤华信小额贷款 (personal credit), in
  English, summarising each vendor's answers and quoting the Chinese where it matters.
Layout: sheet Vendor Scorecard — title, entity/budget line, a Confidence legend, header Vendor | Price (as quoted) | Confidence |
  Modules offered | Confidence | Security & compliance | Confidence | After-sales | Confidence | Source code | Confidence | Weighted
  score | Recommendation; five vendor rows, a declined row, an analyst note and a reviewer's red note.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the five Confidence columns and the 1–5 weighted score are no values or prices; the analyst's 'Preferred' 沙湖 (4.6, CNY 198,000
  special price) rests on 'designed to MLPS Level 3', 满足等保三级要求, 国密算法, 支持对接征信, lifetime maintenance (claims: unverified) and
  bundles an AI bot (bloat); 黄河 'CNY 205,000 excl. VAT (VAT 6% on top)' = 217,300 with 重大政策调整另行报价, 4 h and an encrypted core;
  六盘山 CNY 89,000, no risk model, no MLPS (fail); 沙坡头 面议 + 申请中 (unverified); 灵武长枣 declined (not listed).""",
        "personal_credit", [name], "银川贺兰山数科有限公司",
        "贺兰山 proves every gate (MLPS L3 filing 64010043005-24013 sighted, SM4, HTTPS, RBAC, 12-month logs, PBoC + Baihang), has every "
        "must-have plus anti-fraud, and gives 12 months with upgrades, free regulatory adaptation, 7x24 within 2 h, lifetime consulting, all in "
        "the contract, full source — at CNY 228,000 incl. VAT inside 18–25万 (3 years 228,000 + 2 × 24,000 = 276,000). The analyst's "
        "'Preferred' 沙湖 (198,000) proves none of the gates (unverified); 黄河 is 217,300 incl. VAT but charges major policy changes, answers "
        "in 4 h and encrypts its core (3 years ≈ 217,300 + 2 × 32,600 ≈ 282,500 plus policy fees); 沙坡头 has no price and only 申请中; "
        "六盘山 fails; 灵武长枣 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zb_04  消费分期 — 钟总's 决策表 at 赣州章贡易分期小额贷款: one row per vendor, a tick column per question (✓ / × / ? / △ with a few
#        words), prices written 约 / 大概 / 左右 / w, the boss's own remarks; typed in by his secretary.
# ---------------------------------------------------------------------------------------------
ZB04_HEAD = ["厂家", "价格", "含票?", "等保三级证", "国密SM4", "HTTPS", "权限分级", "日志≥半年", "持牌征信", "商品管理", "分期计算器",
             "订单跟踪", "其他功能", "维护≥1年", "含升级", "政策改动免费", "7×24", "2小时到人", "终身咨询", "写进合同", "源码", "钟总批注"]
ZB04_ROWS = [
    ["南昌洪城数科有限公司", "约26.5万", "✓ 13%专票", "✓ 证书36010043009-24011 看过原件", "✓ 身份证/手机号", "✓", "✓",
     "✓ 12个月", "✓ 人行+百行", "✓", "✓", "✓", "还款管理、审批、用户管理都有", "✓ 12个月", "✓ 小版本升级", "✓", "✓", "✓",
     "✓", "✓", "全给 不加密", "贵了点。过保每年2.6万"],
    ["九江庐山软件有限公司", "大概17w", "✓", "? 说支持三级 没给证", "? 说是国密", "✓", "✓", "?", "? 说都能接", "✓",
     "△ 另加3万", "✓", "还款管理、审批、用户管理；智能客服机器人（送）", "✓ 说终身维护", "?", "?", "✓", "?", "✓",
     "× 说口头保证", "给", "最便宜！倾向这家，下周约来谈"],
    ["上饶三清山网络科技有限公司", "13万左右", "✓", "✓ 证书36110043003-23008", "× 用的AES", "✓", "✓", "× 3个月",
     "✓ 百行", "✓", "✓", "✓", "还款管理、审批、用户管理", "× 3个月", "× 只修bug", "× 另收钱", "× 工作日白天", "× 第二天",
     "×", "✓", "核心加密", "便宜但售后不行"],
    ["景德镇瓷都信息技术有限公司", "面议", "—", "申请中 说12月出证", "✓", "✓", "✓", "✓ 12个月", "✓ 朴道", "✓", "✓", "✓",
     "还款管理、审批、用户管理；积分商城、智能客服机器人", "✓ 12个月", "✓", "✓", "✓", "✓ 1小时", "✓", "✓", "全给",
     "等他报价"],
    ["宜春明月山科技有限公司", "约29万", "× 不含 另加6%", "✓ 证书36090043002-24007", "✓", "✓", "✓", "✓ 12个月",
     "✓ 人行", "✓", "✓", "× 没有订单跟踪", "还款管理、审批、用户管理", "✓ 12个月", "✓", "✓", "✓", "✓", "✓", "✓", "全给",
     "功能少一块还最贵"],
    ["萍乡武功山科技有限公司", "不做了", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "说不接分期业务"],
]


def build_zb04():
    name = "zb_04_ci_boss_tick_decision.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "钟总决策表"
    n = len(ZB04_HEAD)
    widths(ws, [24, 11, 12, 22, 12, 7, 8, 10, 12, 8, 10, 12, 30, 12, 12, 10, 10, 10, 8, 12, 12, 26])
    _text(ws, 1, n, "分期系统到底选哪家（钟总手写，小李录入 11/11）", font=TITLE)
    _text(ws, 2, n, "✓=有/确认了  ×=没有  ?=没问清/对方没给材料  △=要另外加钱    预算：25万上下，最多30万")
    put_row(ws, 3, ZB04_HEAD, font=BOLD, fill=YELLOW, align=CENTER)
    for i, row in enumerate(ZB04_ROWS, start=4):
        put_row(ws, i, row, align=CENTER)
        ws.row_dimensions[i].height = 45
    r = 4 + len(ZB04_ROWS)
    _text(ws, r + 1, n, "钟总结论：庐山最便宜，先谈庐山；洪城太贵？再压一压。", font=Font(bold=True, color="C00000"))
    _text(ws, r + 2, n, "小李：打?的下周一前问清楚；△的要问清加多少钱。")
    _save(wb, name)
    vendors = [
        good("南昌洪城数科有限公司", 265000,
             "'约26.5万' with '✓ 13%专票' = 265,000 含税 inside 20–30万; 商品管理 ✓, 分期计算器 ✓, 订单跟踪 ✓, 还款管理/审批/用户管理; 等保 '✓ "
             "证书36010043009-24011 看过原件'; SM4 ✓ on ID/mobile; HTTPS ✓; 权限 ✓; 12个月; 人行 + 百行; 12个月 ✓ with 小版本升级; 政策 ✓; 7×24 ✓; "
             "'2小时到人' ✓; 终身咨询 ✓; 写进合同 ✓; 过保2.6万/年; 全给 不加密.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
        dict(vendor="九江庐山软件有限公司", gate="unverified", price=200000,
             why="'大概17w' 含票 ✓ with 分期计算器 (a must-have) '△ 另加3万' (conditional, added): 170,000 + 30,000 = 200,000; 等保 '? 说支持三级 "
                 "没给证' (claimed: unverified); '? 说是国密' (claimed); '? 说都能接' (claimed); 日志 ?; '说终身维护' is a boast; 含升级/政策/2小时 ?; "
                 "HTTPS ✓; 权限 ✓; 7×24 ✓; 写进合同 '× 说口头保证' (not in contract); 智能客服机器人 送 (bloat). The boss's favourite.",
             values=dict(tls=True, access_control=True, support_7x24=True, commitments_in_contract=False),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=CI + ["ai_customer_service"],
             flin=["claimed", "conditional", "not_in_contract", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="上饶三清山网络科技有限公司", gate="pass", price=130000,
             why="'13万左右' 含票 = 130,000 (caution zone, price_below_15w); 等保 '✓ 证书36110043003-23008'; '× 用的AES' (no SM4); HTTPS; 权限; "
                 "'× 3个月' logs; 百行; 维护 '× 3个月', '× 只修bug', '× 另收钱', '× 工作日白天', '× 第二天', 终身咨询 ×; 写进合同 ✓; '核心加密' "
                 "(partial source).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated"),
             fin=CI, fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m"] + WEAK_AFTER + ["source_partial"],
             flex=NOGATE + ["price_over_budget", "not_in_contract", "bloat_features"]),
        dict(vendor="景德镇瓷都信息技术有限公司", gate="unverified", price="null",
             why="'面议' (price_missing); 等保 '申请中 说12月出证' (in progress: unverified, never fail); 商品管理/分期计算器/订单跟踪 ✓; SM4 ✓; HTTPS; "
                 "权限; 12个月; 朴道; 12个月 with upgrades; 政策 ✓; 7×24; 1小时; 终身咨询; 写进合同; 全给; 积分商城 (deferrable) and 智能客服机器人 "
                 "(bloat).",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         source_code_delivery="full"),
             fin=CI + ["points_mall", "ai_customer_service"],
             flin=["price_missing", "bloat_features"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24"]),
        dict(vendor="宜春明月山科技有限公司", gate="fail", price=307400,
             why="'约29万' '× 不含 另加6%': 290,000 × 1.06 = 307,400 含税, above the 20–30万 band; 订单跟踪 '× 没有订单跟踪' (must-have absent: "
                 "fail); otherwise 等保证书36090043002-24007, SM4, HTTPS, 权限, 12个月, 人行, 12 months with upgrades, 政策 ✓, 7×24, 2小时, 终身咨询, "
                 "写进合同, 全给.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, source_code_delivery="full"),
             fin=["product_management", "installment_calculator"], fex=["order_tracking"],
             flin=["missing_must_have", "price_over_budget"],
             flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "price_missing"]),
    ]
    write_toml(
        "zb_04_ci_boss_tick_decision.toml",
        """Voice: 钟总, owner of 赣州章贡易分期小额贷款 (consumer instalments), ticks his own 决策表 by hand; his secretary 小李 types it in.
Layout: sheet 钟总决策表 — title, a legend line (✓ × ? △) with the 25–30万 budget, header 厂家 | 价格 | 含票? | 等保三级证 | 国密SM4 | HTTPS |
  权限分级 | 日志≥半年 | 持牌征信 | 商品管理 | 分期计算器 | 订单跟踪 | 其他功能 | 维护≥1年 | 含升级 | 政策改动免费 | 7×24 | 2小时到人 |
  终身咨询 | 写进合同 | 源码 | 钟总批注; one row per vendor, each cell a mark plus a few words; a declined row; the boss's conclusion.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: prices '约26.5万', '大概17w', '13万左右', '约29万' (约/大概/左右 keep the number); '?' is unknown or, with 说…, a claim — never a no;
  '△ 另加3万' on a must-have is conditional and added (庐山 170,000 + 30,000 = 200,000), the boss's pick, with 说支持三级 没给证, 说是国密,
  说都能接, 说终身维护 (claims: unverified), '× 说口头保证' and a free 智能客服; 三清山 13万 (caution) with AES, 3个月 logs and × across
  after-sales; 瓷都 面议 + 申请中 (unverified); 明月山 '× 不含 另加6%' (307,400, over the band) and no 订单跟踪 (fail); 武功山 不做了 (not
  listed); 证书 numbers, 12个月, 1小时 are no prices.""",
        "consumer_installment", [name], "南昌洪城数科有限公司",
        "洪城 proves every gate (证书36010043009-24011 seen in original, SM4, HTTPS, 权限, 12-month logs, 人行 + 百行), has all three 分期 "
        "must-haves, and ticks 12 months with upgrades, free policy changes, 7×24, 2 hours to a person, lifetime consulting, in the contract, "
        "full unencrypted source — at 265,000 含税 inside 20–30万 (3 years 265,000 + 2 × 26,000 = 317,000). The boss's pick 庐山 is 200,000 "
        "once the 分期计算器 is added, but its 等保, 国密 and 征信 are hearsay (unverified) and nothing is in the contract; 三清山 is 130,000 in "
        "the caution zone with AES and × across after-sales; 瓷都 has no price and only 申请中; 明月山 lacks 订单跟踪 (fail); 武功山 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zb_05  商户经营性贷 — 合格供应商名录（信息系统类）of 乌鲁木齐天山商融小额贷款: a register with 统一社会信用代码, 注册资本, 资质 columns and
#        入库状态; the columns of this project's quote were added at the right in November, some vendors never quoted. UTF-8 CSV with BOM.
# ---------------------------------------------------------------------------------------------
def build_zb05():
    name = "zb_05_ml_supplier_register_bom.csv"
    head = ["登记编号", "供应商名称", "统一社会信用代码", "注册资本（万元）", "成立年份", "联系人", "资质：等保三级", "资质：ISO27001",
            "资质：CMMI/软著", "入库状态", "入库日期",
            "【补录】本项目报价（商户贷系统源码）", "【补录】计税/报价说明", "【补录】功能模块", "【补录】数据安全",
            "【补录】售后", "【补录】源码交付"]
    rows = [
        ["天山商融小额贷款有限公司 合格供应商名录（信息系统类）  2025年度  信息科技部维护"],
        ["注：右侧【补录】列为2025年11月商户经营贷系统源码询价时补录（补录人：阿依古丽）；未补录的表示未参与本次询价。我司无跨境业务。"],
        head,
        ["XX-2023-007", "乌鲁木齐雪莲数科有限公司", "91650100MA7*****2K", "1000", "2016", "王建新",
         "三级（证书65010043012-24006，有效期至2027-03）", "有", "CMMI3；软著26项", "合格", "2023-04-12",
         "31.5万", "含税，增值税6%", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
         "身份证号/手机号/银行卡号SM4加密；HTTPS；RBAC；操作日志保存12个月；对接人行征信中心、百行征信",
         "免费维护12个月，含缺陷修复及小版本升级；监管政策适配免费；7×24小时；2小时内响应；终身技术咨询；全部写入合同；过保年费3.2万元",
         "完整源码，可二次开发"],
        ["XX-2022-003", "克拉玛依油城软件有限公司", "91650200MA6*****8R", "5000", "2009", "刘海涛",
         "三级（证书65020043005-23011）", "有", "CMMI5；软著41项", "合格", "2022-06-30",
         "26.8万", "不含税（增值税13%另计）", "企业征信、流水分析、电子合同、风控审批、还款管理、用户管理",
         "SM4；HTTPS；RBAC；日志保存6个月；朴道征信",
         "免费维护6个月（仅修复缺陷）；一般政策调整免费，重大政策调整另行报价；5×8小时；4小时响应；不提供终身咨询；写入合同；过保按合同额20%/年",
         "完整源码"],
        ["XX-2024-011", "库尔勒香梨信息技术有限公司", "91652801MA8*****5W", "300", "2020", "陈晓",
         "按三级要求建设（可协助测评）", "申请中", "软著8项", "观察", "2024-09-02",
         "24.5万", "含税", "企业征信、流水分析、电子合同、风控审批、还款管理、用户管理、海外支付通道",
         "国密算法；HTTPS；权限管理；日志满足监管要求；支持对接征信",
         "终身维护；7×24小时；及时响应", "提供"],
        ["XX-2023-015", "喀什古城科技有限公司", "91653101MA7*****3P", "200", "2018", "买买提·吐尔逊",
         "二级（备案证明65310042001-22004）", "无", "软著5项", "合格", "2023-11-20",
         "12.8万", "含税", "企业征信、流水分析、电子合同、风控审批、还款管理、用户管理",
         "SM4；HTTPS；RBAC；日志12个月；百行征信",
         "免费维护12个月含升级；政策适配免费；7×24小时；2小时响应；终身技术咨询；写入合同", "完整源码"],
        ["XX-2021-002", "哈密天山北路软件有限公司", "91652201MA5*****1D", "800", "2012", "张宏",
         "三级（证书65220043008-23002）", "有", "软著18项", "合格", "2021-03-15",
         "", "", "", "", "", ""],
        ["XX-2024-019", "阿克苏红枣网络科技有限公司", "91652901MA9*****6J", "500", "2019", "古丽娜",
         "三级（证书65290043004-24001）", "无", "软著12项", "合格", "2024-12-03",
         "（已发询价函，未回复）", "", "", "", "", ""],
        ["XX-2020-004", "石河子军垦信息技术有限公司", "91659001MA4*****0A", "2000", "2011", "赵刚",
         "三级（证书65900043001-22005）", "有", "CMMI3", "暂停（2024年合同纠纷）", "2020-08-18",
         "（暂停期间不邀请）", "", "", "", "", ""],
        ["统计：名录内7家，其中本次询价有效报价4家。"],
    ]
    write_csv(name, rows, "utf-8-sig")
    vendors = [
        good("乌鲁木齐雪莲数科有限公司", 315000,
             "【补录】'31.5万' 含税 6% = 315,000 inside 25–35万; 企业征信、银行流水分析、电子合同 + core; 资质 '三级（证书65010043012-24006，有效期至"
             "2027-03）'; SM4 on ID/mobile/bank card; HTTPS; RBAC; 12个月; 人行 + 百行; 12 months with 小版本升级; 政策免费; 7×24; 2小时; 终身咨询; "
             "写入合同; 3.2万/年; 完整源码. 注册资本 1000 (万元) is no price.",
             ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
        dict(vendor="克拉玛依油城软件有限公司", gate="pass", price=302840,
             why="'26.8万' 不含税 (13%另计): 268,000 × 1.13 = 302,840 含税; the register's biggest name (注册资本5000万, CMMI5, 41 软著 — none of which "
                 "is scored); 等保三级证书65020043005-23011; SM4; HTTPS; RBAC; 6个月; 朴道; 6 months '仅修复缺陷'; '重大政策调整另行报价' (charged, "
                 "conditional); 5×8; 4小时; 不提供终身咨询; 写入合同; 20%/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=ML, fex=BLOAT,
             flin=WEAK_AFTER + ["conditional"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "audit_log_under_6m", "not_in_contract",
                            "bloat_features"]),
        dict(vendor="库尔勒香梨信息技术有限公司", gate="unverified", price=245000,
             why="'24.5万' 含税 = 245,000; 等保 '按三级要求建设（可协助测评）' (claimed: unverified); ISO27001 申请中 is not scored; '国密算法' (which? "
                 "claimed); '支持对接征信' (no body named: claimed); 日志 '满足监管要求' (no months); '终身维护', '及时响应' are no facts; HTTPS; "
                 "权限管理; 7×24; 海外支付通道 although the buyer has no cross-border business (bloat).",
             values=dict(tls=True, access_control=True, support_7x24=True),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=ML + ["overseas_payment"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="喀什古城科技有限公司", gate="fail", price=128000,
             why="'12.8万' 含税 = 128,000 (caution zone); 资质 '二级（备案证明65310042001-22004）' (level 2: fail); otherwise SM4, HTTPS, RBAC, "
                 "12个月, 百行, 12 months with upgrades, 政策免费, 7×24, 2小时, 终身咨询, 写入合同, 完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, support_7x24=True, response_hours=2,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated"), fin=ML,
             flin=["no_mlps_level3", "price_below_15w"],
             flex=["missing_must_have", "price_below_10w", "price_missing", "no_7x24", "no_sm4"]),
    ]
    write_toml(
        "zb_05_ml_supplier_register_bom.toml",
        """Voice: 信息科技部 of 乌鲁木齐天山商融小额贷款 (operating loans to merchants) keeps a 合格供应商名录; 阿依古丽 adds this project's quotes
  as extra 【补录】 columns at the right.
Layout: UTF-8 CSV with BOM — title, a note (blank 补录 = not in this inquiry, no cross-border business), header 登记编号 | 供应商名称 |
  统一社会信用代码 | 注册资本（万元） | 成立年份 | 联系人 | 资质：等保三级 | 资质：ISO27001 | 资质：CMMI/软著 | 入库状态 | 入库日期 |
  【补录】本项目报价 | 【补录】计税/报价说明 | 【补录】功能模块 | 【补录】数据安全 | 【补录】售后 | 【补录】源码交付; seven register rows (three
  without a quote: blank, '已发询价函，未回复', '暂停期间不邀请') and a 统计 line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: only the four vendors with a quote are quotes (哈密, 阿克苏 and 石河子 are register entries, not listed); 注册资本 (1000, 5000, 300…
  万元), 成立年份, 信用代码 and 登记编号 are no prices; the 等保 evidence sits in the register's 资质 column; 油城 (biggest, CMMI5) quotes
  26.8万 不含税 13%: 302,840 with 6 months bug-only, 重大政策调整另行报价, 5×8 and 20%/年; 香梨 按三级要求建设/可协助测评, 国密算法,
  支持对接征信, 终身维护 (claims: unverified) + 海外支付通道 bloat; 古城 12.8万 (caution) and 等保二级 (fail).""",
        "merchant_loan", [name], "乌鲁木齐雪莲数科有限公司",
        "雪莲 proves every gate (证书65010043012-24006 valid to 2027-03, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), "
        "has every must-have, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, in the "
        "contract, full source — at 315,000 含税 inside 25–35万 (3 years 315,000 + 2 × 32,000 = 379,000). 油城, the register's biggest "
        "name, is 302,840 含税 but only 6 months bug-only, paid major policy changes, 5×8 and 20%/年 (3 years ≈ 302,840 + 2.5 × 60,568 ≈ "
        "454,000); 香梨 only claims (unverified); 古城 is 等保二级 (fail); 哈密, 阿克苏 and 石河子 did not quote.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zb_06  消费分期 — 报价折算表 of 拉萨城关惠众小额贷款: domestic vendors and a Korean and a Japanese vendor (quotes translated by their
#        agents); the buyer converts KRW / JPY into CNY in a separate column at a stated rate.
# ---------------------------------------------------------------------------------------------
ZB06_HEAD = ["序号", "供应商", "国别", "原币报价（原文/译文）", "币种", "折算汇率", "折合人民币（我方折算）", "计税", "功能模块（译）",
             "等保与数据安全（译）", "售后服务（译）", "源码交付", "译者/我方备注"]
ZB06_ROWS = [
    ["1", "拉萨净土数科有限公司", "中国", "¥258,000", "CNY", 1, 258000, "含税（增值税13%）",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
     "等保三级，证书编号54010043006-24009；身份证号、手机号SM4加密；全站HTTPS；RBAC；日志保存12个月；对接人行征信中心、百行征信",
     "免费维护12个月（含缺陷修复和小版本升级）；监管政策调整免费适配；7×24小时；2小时内响应；终身技术咨询；全部写入合同；过保年费2.4万元/年",
     "完整源码，无加密，可二次开发", "本地团队，可驻场"],
    ["2", "FinSol Co., Ltd.", "韩国", "₩48,000,000（부가세 별도 / 不含增值税）", "KRW", 0.00505, 242400,
     "不含税：境外服务，我方代扣代缴增值税6%",
     "商品管理、分期计算器、订单跟踪、还款管理、审批、用户管理、跨境支付通道",
     "韩国ISMS-P认证；中国等保三级未做（如需，由国内代理协助测评）；AES-256、ARIA加密；HTTPS；RBAC；日志12个月",
     "免费维护12个月含升级；韩国工作时间9:00-18:00（北京时间8:00-17:00），国内代理一线支持；响应24小时内",
     "仅提供运行授权（License），源码不交付", "代理：深圳韩信通科技（译：朴敏俊）；领导说韩国这家做过首尔大型消费金融"],
    ["3", "ローンテック株式会社", "日本", "JPY 5,200,000（税抜）", "JPY", 0.0472, 245440,
     "含税：国内代理开具6%增值税专票，折算价已含",
     "商品管理、分期计算器、订单跟踪、还款管理、审批流、用户管理、AI客服机器人",
     "产品按等保三级设计，由国内合作伙伴协助测评；支持国密算法（原文：国家標準暗号）；TLS1.3；RBAC；日志12个月；支持对接征信（具体机构待定）",
     "免费保修1年（含缺陷修复及小版本升级）；一般法规调整免费，重大法规调整另行报价；日本营业时间；远程响应24小时内；写入合同",
     "源码托管（第三方Escrow），仅在我方破产等情形下交付；平时仅授权使用", "代理：成都樱华软件（译：李静）"],
    ["4", "日喀则珠峰软件有限公司", "中国", "¥126,000", "CNY", 1, 126000, "含税",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
     "等保三级，证书编号54020043001-24003；SM4；HTTPS；RBAC；日志12个月；百行征信",
     "免费维护6个月，仅修复缺陷；政策适配另计；5×8小时；次日响应；不提供终身咨询；售后不写入合同；过保按次收费3000元/次",
     "核心代码加密，其余开放", "价格最低的正规公司"],
    ["5", "林芝雅鲁藏布信息技术有限公司", "中国", "免费开源版 + 实施费¥38,000", "CNY", 1, 38000, "含税",
     "商品管理、订单跟踪、用户管理（分期计算器需自行开发）",
     "未做等保；数据库明文存储；HTTPS", "社区论坛答疑", "开源（MIT）", ""],
    ["6", "山南雅砻科技有限公司", "中国", "—", "—", "—", "—", "—", "—", "—", "—", "—", "11月6日来函放弃报价"],
]


def build_zb06():
    name = "zb_06_ci_fx_converted_quotes.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "报价折算"
    n = len(ZB06_HEAD)
    widths(ws, [5, 26, 6, 28, 6, 9, 14, 24, 34, 50, 50, 26, 30])
    _text(ws, 1, n, "消费分期系统源码 报价折算表（含境外供应商）", font=TITLE)
    _text(ws, 2, n, "拉萨城关惠众小额贷款有限公司 计划财务部  2025-11-12    外币按中国银行2025-11-10现汇卖出价折算（KRW 0.00505，JPY 0.0472）；"
                    "境外供应商资料由其国内代理翻译；预算约25万元（含税）；我司无跨境业务。")
    put_row(ws, 3, ZB06_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(ZB06_ROWS, start=4):
        put_row(ws, i, row)
        ws.row_dimensions[i].height = 90
    for i in range(4, 4 + len(ZB06_ROWS)):
        ws.cell(row=i, column=7).number_format = "#,##0"
    r = 4 + len(ZB06_ROWS)
    _text(ws, r + 1, n, "汇率来源：中国银行外汇牌价（每100外币折人民币：韩元0.505、日元4.72）。")
    _text(ws, r + 2, n, "财务部意见：韩国FinSol折合24.24万，技术实力最强，建议优先；珠峰12.6万最省钱。")
    _save(wb, name)
    vendors = [
        good("拉萨净土数科有限公司", 258000,
             "'¥258,000' 含税（13%） inside 20–30万; 商品管理、分期计算器、订单跟踪 + core; 等保三级证书54010043006-24009; SM4 on ID/mobile; HTTPS; "
             "RBAC; 12个月; 人行 + 百行; 12 months with 小版本升级; 政策免费; 7×24; 2小时; 终身咨询; 写入合同; 2.4万/年; 完整源码 无加密.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
        dict(vendor="FinSol Co., Ltd.", gate="fail", price=256944,
             why="'₩48,000,000（不含增值税）' converted by the buyer at 0.00505 = 242,400 CNY (the KRW figure is no CNY price), 不含税 with 6% "
                 "withheld: 242,400 × 1.06 = 256,944; '中国等保三级未做' (fail; ISMS-P is not 等保, 代理协助测评 is a future claim); AES-256/ARIA "
                 "(no SM4); HTTPS; RBAC; 12个月; 12 months with upgrades; Korean office hours (no 7×24); 24小时 response; 跨境支付通道 for a lender "
                 "with no cross-border business (bloat); '仅提供运行授权（License），源码不交付' (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=12,
                         free_maintenance_months=12, support_7x24=False, response_hours=24, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"),
             fin=CI + ["overseas_payment"],
             flin=["no_mlps_level3", "no_sm4", "no_7x24", "response_over_2h", "bloat_features", "source_licence_only"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_missing"]),
        dict(vendor="ローンテック株式会社", gate="unverified", price=245440,
             why="'JPY 5,200,000（税抜）' converted at 0.0472 = 245,440 CNY, which the 计税 cell says already includes the agent's 6% invoice; "
                 "'按等保三级设计，由国内合作伙伴协助测评' (claimed: unverified); '支持国密算法' not named (claimed); '支持对接征信（具体机构待定）' "
                 "(claimed); TLS1.3; RBAC; 12个月; 1 year with minor upgrades; '重大法规调整另行报价' (charged, conditional); 日本营业时间 (no 7×24); "
                 "24小时; 写入合同; AI客服机器人 (bloat); Escrow, otherwise '仅授权使用' (licence only).",
             values=dict(tls=True, access_control=True, audit_log_months=12, free_maintenance_months=12,
                         maintenance_includes_upgrades=True, policy_adaptation_free=False, support_7x24=False, response_hours=24,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=CI + ["ai_customer_service"],
             flin=["claimed", "conditional", "policy_adaptation_charged", "no_7x24", "response_over_2h", "bloat_features",
                   "source_licence_only"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau"]),
        dict(vendor="日喀则珠峰软件有限公司", gate="pass", price=126000,
             why="'¥126,000' 含税 (caution zone, price_below_15w), the 财务部's money-saver; 等保三级证书54020043001-24003; SM4; HTTPS; RBAC; 12个月; "
                 "百行; 6 months bug-fix only; 政策适配另计; 5×8; 次日; 不提供终身咨询; 售后不写入合同; 按次收费3000元; '核心代码加密' (partial).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=False,
                         source_code_delivery="partial"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=CI, fex=BLOAT,
             flin=["price_below_15w"] + WEAK_AFTER + ["not_in_contract", "source_partial"],
             flex=NOGATE + ["no_sm4", "price_over_budget", "audit_log_under_6m", "bloat_features"]),
        dict(vendor="林芝雅鲁藏布信息技术有限公司", gate="fail",
             why="'免费开源版 + 实施费¥38,000' (under 10万: do not buy); '分期计算器需自行开发' (must-have absent); '未做等保' (fail); '数据库明文存储' "
                 "(no SM4); 社区论坛答疑.",
             values=dict(mlps_level3=False, sm4_encryption=False),
             fin=["product_management", "order_tracking"], fex=["installment_calculator"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4"]),
    ]
    write_toml(
        "zb_06_ci_fx_converted_quotes.toml",
        """Voice: 计划财务部 of 拉萨城关惠众小额贷款 (consumer instalments) sets domestic and foreign quotes side by side and converts the
  Korean and Japanese vendors' KRW / JPY amounts into CNY itself; the foreign answers are their agents' translations.
Layout: sheet 报价折算 — title, a note (Bank of China rates 0.00505 / 0.0472, budget 25万, no cross-border business), header 序号 | 供应商 |
  国别 | 原币报价（原文/译文） | 币种 | 折算汇率 | 折合人民币（我方折算） | 计税 | 功能模块（译） | 等保与数据安全（译） | 售后服务（译） |
  源码交付 | 译者/我方备注; six rows (the last withdrew), a rate-source line and the 财务部 opinion.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: ₩48,000,000 and JPY 5,200,000 are no CNY prices — the converted column is; the rate and 'per 100' figures are no prices;
  FinSol (the leaders' pick) 242,400 不含税 + 6% withheld = 256,944, 中国等保三级未做 (ISMS-P is no 等保: fail), AES/ARIA, office hours,
  跨境支付 bloat, licence only; ローンテック 245,440 含税 (税抜 refers to Japanese tax; the agent's 6% is included) with 按等保三级设计/协助测评,
  支持国密算法, 支持对接征信（机构待定） (claims: unverified), 重大法规调整另行报价, AI客服, Escrow-only source; 珠峰 126,000 (caution, the
  财务部's money-saver) with weak after-sales outside the contract and an encrypted core; 雅鲁藏布 free + 38,000 (fail); 山南雅砻 withdrew;
  agents and translators (深圳韩信通, 成都樱华) are no vendors.""",
        "consumer_installment", [name], "拉萨净土数科有限公司",
        "净土 proves every gate (证书54010043006-24009, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行), has all three 分期 must-haves, and gives "
        "12 months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, in the contract, full unencrypted source — "
        "at 258,000 含税 inside 20–30万 (3 years 258,000 + 2 × 24,000 = 306,000). The 财务部's pick FinSol is 256,944 含税 once the withheld "
        "6% is added but has no Chinese 等保 (fail), no SM4 and no source; ローンテック claims 等保/国密/征信 (unverified) and gives only "
        "licensed use; 珠峰 is 126,000 in the caution zone with 6 months bug-only, 5×8 and nothing in the contract; 雅鲁藏布 fails; 山南雅砻 "
        "withdrew.",
        vendors)


if __name__ == "__main__":
    for build in (build_zb01, build_zb02, build_zb03, build_zb04, build_zb05, build_zb06):
        build()
    print("built zb_01 … zb_06 into", HERE)
