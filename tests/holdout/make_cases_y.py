"""Build the "y" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the layouts are a bank-style 签报 with one prose paragraph per candidate (y_01), a 评标汇总表 with
three judges' 技术/商务/价格分 and the bidders' key terms in a side column (y_02), a 中标候选人公示 table saved by WPS as GBK CSV
(y_03), an English module price book (modules down, vendors across, terms below; UTF-8 CSV, y_04), a two-sheet workbook whose
资格审查 sheet (full names) and 报价及承诺 sheet (short names) must be joined (y_05), and an IT department's POC 测试报告 with
vendors across and the buyer's own verification results (y_06). The expected reading of every file is in the matching
y_0N_*.toml beside it, written from the file's content and shared/domain.md only; the author neither ran the product on these
files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_y.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure y_
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


# ---------------------------------------------------------------------------------------------
# y_01  个人信用贷 — 科技部 of 合肥包河惠民小额贷款 writes a 签报 (internal request memo, bank style) to the 总经理: header fields,
#       一、事由, 二、候选服务商情况 (a table 序号 | 服务商 | 情况说明 | 部门意见, one prose paragraph per vendor), 三、拟办意见,
#       四、领导批示 (empty box). Six candidates named; 黄山徽州 declined.
# ---------------------------------------------------------------------------------------------
Y01 = [
    ("合肥庐州数科有限公司",
     "该公司报价21.8万元（含13%增值税），为最终书面报价。报价范围含个人征信接口（人行征信中心二代、百行征信）、风控模型（评分卡+决策引擎）、"
     "反欺诈模型、还款管理（还款计划及逾期提醒）、风控审批流及用户管理。已取得等保三级备案证明（编号34010043021-24003），身份证号、手机号、"
     "银行卡号采用国密SM4加密存储，全站HTTPS，基于角色的权限管理，操作日志保存12个月并对异常操作告警。承诺免费维护12个月，含缺陷修复及小版本"
     "升级；监管政策变化免费适配；7×24小时技术支持，2小时内指定工程师响应；提供终身技术咨询；以上承诺均写入合同附件。维保期满后年服务费2.2万元。"
     "交付完整源码，无加密，可二次开发。",
     "资料齐全，条款均已落入合同草案，建议列为首选。"),
    ("芜湖江城软件有限公司",
     "该公司报价17.5万元，为不含税价（增值税率13%，另行开票）。风控模型不在基础版内，为选配模块，需另加2.5万元（不含税）。基础版含个人征信接口"
     "（百行征信、朴道征信）、反欺诈、还款管理、审批流、用户管理。提供了等保三级证书（编号34020043008-23012）；敏感字段SM4加密；HTTPS；角色权限；"
     "日志保存6个月。免费维护12个月，仅修复缺陷，不含版本升级；重大监管政策调整需另行报价；工作日9:00-17:30支持，4小时内响应；不提供终身技术"
     "咨询；上述条款可写入合同。过保后按合同额15%/年收取维护费。交付完整源码。",
     "表面报价最低，但需加税并补风控模型，实际不便宜。"),
    ("蚌埠淮上网络科技有限公司",
     "该公司报价19.8万元（含税），含个人征信查询、风控模型、反欺诈、还款管理、审批流、用户管理，另赠送智能客服机器人及区块链存证模块。关于等保，"
     "该公司称“详见附件资质文件”，但附件未随报价提供，多次催要未果。数据加密采用SM4；HTTPS；权限管理；日志保存6个月；对接人行征信中心。"
     "免费维护12个月，含小版本升级；7×24小时服务，1小时响应。其余售后条款未作说明。",
     "等保资质无法核实，暂缓。"),
    ("安庆皖江信息技术有限公司",
     "该公司报价15.6万元（含税），含个人征信（百行征信）、风控模型、反欺诈、还款管理、审批流、用户管理。等保情况为：等保二级（三级申请中）。"
     "SM4加密；HTTPS；RBAC；日志保存6个月。免费维护6个月，含小版本升级；政策适配免费；7×24小时，2小时响应；写入合同。",
     "价格低，但等保三级尚未取得，维护期仅6个月。"),
    ("六安大别山科技工作室",
     "该工作室报价9.8万元（含税），含征信查询（百行征信）、还款管理、用户管理，暂无风控模型，建议人工审核。等保：无。数据库采用AES加密；HTTPS；"
     "仅一个管理员账号；日志保存3个月。免费维护3个月，仅修复缺陷；按次收费，每次5000元；工作日QQ群支持，次日回复；不写入合同。仅授权使用，"
     "不提供源码。",
     "价格过低，合规与功能均不满足，不予考虑。"),
    ("黄山徽州软件有限公司",
     "该公司8月20日来函，表示本期不参与报价。",
     "—"),
]


def build_y01():
    name = "y_01_pc_qianbao_memo.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "签报"
    widths(ws, [6, 24, 90, 30])
    _text(ws, 1, 4, "签  报", font=Font(bold=True, size=18))
    ws.cell(row=1, column=1).alignment = CENTER
    put_row(ws, 2, ["签报编号", "科技〔2025〕17号", "主送：总经理室", "密级：内部"], font=BOLD, fill=GREY)
    put_row(ws, 3, ["呈报部门", "科技部", "拟稿人：周晓彤　核稿人：王立　会签：风险管理部、财务部", "日期：2025年8月28日"])
    _text(ws, 4, 4, "标题：关于采购个人信用贷业务系统源码并确定服务商的签报", font=BOLD)
    _text(ws, 5, 4, "一、事由", font=BOLD)
    _text(ws, 6, 4, "根据公司2025年信息化规划，个人信用贷线上化需采购一套业务系统源码，年度预算控制数为25万元（含税）。科技部会同"
          "风险管理部于8月向6家服务商询价，现将情况汇报如下。", height=36)
    _text(ws, 7, 4, "二、候选服务商情况", font=BOLD)
    put_row(ws, 8, ["序号", "服务商", "情况说明", "部门意见"], font=BOLD, fill=BLUE, align=CENTER)
    r = 9
    for i, (vendor, text, opinion) in enumerate(Y01, start=1):
        put_row(ws, r, [i, vendor, text, opinion])
        ws.row_dimensions[r].height = 120 if len(text) > 100 else 30
        r += 1
    _text(ws, r, 4, "三、拟办意见", font=BOLD)
    _text(ws, r + 1, 4, "经比较，科技部拟选定合肥庐州数科有限公司，合同金额不超过21.8万元，在年度预算控制数25万元以内。芜湖江城折算含税"
          "并补足风控模型后约为22.6万元，且售后条款明显偏弱。妥否，请批示。", height=36)
    _text(ws, r + 2, 4, "四、领导批示", font=BOLD)
    _text(ws, r + 3, 4, "", height=60)
    _save(wb, name)
    vendors = [
        dict(vendor="合肥庐州数科有限公司", gate="pass", price=218000,
             why="'报价21.8万元（含13%增值税）' = 218,000 inside 18–25万; 个人征信接口（人行征信中心二代、百行征信）、风控模型、反欺诈模型、"
                 "还款管理、风控审批流、用户管理; 等保三级备案证明（编号34010043021-24003）; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; "
                 "角色权限; 日志12个月; 12 months with 小版本升级; 政策变化免费适配; 7×24, 2小时内; 终身技术咨询; 写入合同附件; 年服务费2.2万元; "
                 "完整源码. 预算控制数25万元 is the budget, not a price.",
             values=dict(GOOD_VALUES, response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(GOOD_STATUS, response_hours="stated"),
             fin=["personal_credit_report", "risk_model", "anti_fraud", "repayment_management", "risk_approval", "user_management"],
             fex=BLOAT, flex=ALL_BAD),
        dict(vendor="芜湖江城软件有限公司", gate="pass", price=226000,
             why="'报价17.5万元，为不含税价（增值税率13%）' and '风控模型…选配模块，需另加2.5万元（不含税）' (a must-have: added, conditional): "
                 "(175,000 + 25,000) × 1.13 = 226,000 inside 18–25万 and above 庐州's 218,000; 等保三级证书（34020043008-23012）; SM4; HTTPS; "
                 "角色权限; 6个月 logs; 百行 + 朴道; 12 months '仅修复缺陷，不含版本升级'; '重大监管政策调整需另行报价'; '工作日9:00-17:30', 4小时; "
                 "'不提供终身技术咨询'; '可写入合同'; 15%/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated", response_hours="stated"),
             fin=["personal_credit_report", "risk_model", "anti_fraud", "repayment_management"],
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting"],
             flex=["missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "price_below_15w", "price_below_10w", "price_over_budget", "price_missing", "bloat_features"]),
        dict(vendor="蚌埠淮上网络科技有限公司", gate="unverified", price=198000,
             why="'报价19.8万元（含税）' = 198,000; 等保 '详见附件资质文件' but the attachment never came (unknown gate: unverified, flag "
                 "unverified); SM4, HTTPS, 权限管理, 6个月 logs, 人行征信中心; 12 months with 小版本升级; 7×24, 1小时; other after-sales "
                 "'未作说明' (unknown); 赠送智能客服机器人及区块链存证 (bloat).",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=6, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, support_7x24=True, response_hours=1,
                         mlps_level3="null"),
             status=dict(mlps_level3="unknown"),
             fin=["personal_credit_report", "risk_model", "anti_fraud", "repayment_management", "ai_customer_service",
                  "blockchain_evidence"],
             flin=["unverified", "bloat_features"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_15w", "price_below_10w", "price_over_budget",
                   "price_missing", "no_sm4", "no_7x24", "maintenance_under_12m"]),
        dict(vendor="安庆皖江信息技术有限公司", gate="unverified", price=156000,
             why="'报价15.6万元（含税）' = 156,000 (≥ 15万: no caution flag); '等保二级（三级申请中）' (in progress: unverified, not fail); "
                 "SM4, HTTPS, RBAC, 6个月 logs, 百行征信; '免费维护6个月，含小版本升级' (under 12); 政策适配免费; 7×24, 2小时; 写入合同.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=6, licensed_credit_bureau=True,
                         free_maintenance_months=6, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=2, commitments_in_contract=True),
             fin=["personal_credit_report", "risk_model", "anti_fraud", "repayment_management"],
             flin=["maintenance_under_12m"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_15w", "price_below_10w", "price_missing", "no_7x24",
                   "response_over_2h", "audit_log_under_6m"]),
        dict(vendor="六安大别山科技工作室", gate="fail", price=98000,
             why="'报价9.8万元（含税）' = 98,000 (< 10万: fail); '暂无风控模型' (must-have absent); '等保：无' (fail); AES not SM4; "
                 "'仅一个管理员账号'; 日志3个月; 维护3个月仅修复缺陷; 按次收费5000元; 工作日QQ群、次日回复; 不写入合同; 仅授权使用，不提供源码.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=False, audit_log_months=3,
                         free_maintenance_months=3, maintenance_includes_upgrades=False, support_7x24=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"),
             fin=["personal_credit_report", "repayment_management"], fex=["risk_model"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "no_7x24", "not_in_contract", "source_licence_only"],
             flex=["price_below_15w", "price_missing", "no_tls"]),
    ]
    write_toml(
        "y_01_pc_qianbao_memo.toml",
        """Voice: 周晓彤 of 科技部, 合肥包河惠民小额贷款 (personal credit loans), drafts a bank-style 签报 to the 总经理室.
Layout: sheet 签报 — a centred title, header fields (签报编号, 呈报部门, 拟稿人/会签, 日期), 标题, 一、事由 (budget 25万), 二、候选服务商情况
  (序号 | 服务商 | 情况说明 | 部门意见, one prose paragraph per vendor), 三、拟办意见, 四、领导批示 (empty).
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: every term lives in prose; 预算控制数25万元 and the 签报编号 are no prices; 江城's 17.5万 is 不含税 and its 风控模型 (must-have) is
  选配 +2.5万 不含税: (175,000 + 25,000) × 1.13 = 226,000; 淮上 says 等保 '详见附件' with no attachment (unknown: unverified), bloat given
  away; 皖江 is 等保二级（三级申请中） (unverified, not fail) and 6 months; 大别山 98,000 with 等保 无 and no risk model (fail);
  黄山徽州 declined (not listed); the 拟办意见 22.6万 is the memo's own arithmetic, not a quote.""",
        "personal_credit", [name], "合肥庐州数科有限公司",
        "庐州 proves every gate (等保三级备案证明34010043021-24003, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), "
        "has every must-have plus anti-fraud, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 h, lifetime "
        "consulting, all in the contract, 2.2万 a year after, full source — at 218,000 含税 inside 18–25万. 江城 is (175,000 + 25,000 "
        "风控模型) × 1.13 = 226,000 — dearer — with bug-fix-only maintenance, charged policy changes, office hours and 4 h; 淮上 (等保 unknown) "
        "and 皖江 (二级, 三级申请中) are unverified; 大别山 fails (98,000, 等保 无, no risk model); 黄山徽州 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# y_02  商户经营性贷 — the 评标小组 of 南昌洪城小额贷款 (operating loans to merchants) records an internal tender: per bidder one row with
#       three judges' 技术分 / 商务分 / 价格分, the average and the rank, the 投标报价, and in a wide side column the key terms copied
#       from each bid. A footnote gives the 价格分 formula and the 评标基准价; 景德镇瓷都's bid was voided (废标).
# ---------------------------------------------------------------------------------------------
Y02 = [
    ("九江浔阳软件有限公司", [(40, 30, 19.0), (39, 30, 19.0), (40, 29, 19.0)], "265,000", "含税",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理；等保三级：申请中（测评机构已进场，预计10月出证）；SM4加密身份证号/手机号；"
     "HTTPS；RBAC；日志12个月；对接人行征信中心、百行征信；免费维护12个月含小版本升级；政策适配免费；7×24，2小时响应；终身技术咨询；写入合同；"
     "过保年费2.5万元/年；完整源码"),
    ("南昌赣江数科有限公司", [(39, 28, 16.9), (38, 28, 16.9), (39, 29, 16.9)], "298,000", "含税",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理；等保三级已备案（备案证明编号36010043011-24007）；SM4加密身份证号/手机号/"
     "银行卡号；全站HTTPS；RBAC；日志12个月并异常告警；对接人行征信中心、百行征信；免费维护12个月含缺陷修复和小版本升级；监管政策适配免费；"
     "7×24，1小时响应，指定工程师；终身技术咨询；全部写入合同；过保年费2.8万元/年；完整源码，无加密"),
    ("赣州章贡网络科技有限公司", [(36, 25, 15.8), (37, 24, 15.8), (35, 25, 15.8)], "318,000", "不含税（13%）",
     "企业征信、电子合同、风控审批、还款管理、用户管理；银行流水分析为选配，另加2.0万元（不含税），未含在投标报价内；等保三级证书"
     "（36070043004-23015）；SM4；HTTPS；角色权限；日志6个月；百行征信、朴道征信；免费维护12个月，仅修复缺陷，不含升级；重大政策调整另行报价；"
     "5×8，4小时响应；无终身技术咨询；写入合同；过保按合同额15%/年；完整源码"),
    ("上饶信江信息技术有限公司", [(24, 18, 30), (25, 19, 30), (23, 18, 30)], "168,000", "含税",
     "企业征信、银行流水分析、风控审批、还款管理、用户管理；电子合同：不提供；等保：二级；AES加密；HTTPS；权限管理；日志6个月；百行征信；免费维护"
     "6个月；5×8；次日响应；过保按次收费；完整源码"),
    ("景德镇瓷都软件有限公司", [("—", "—", "—")] * 3, "（废标）", "—",
     "投标文件未按要求密封，开标时当场宣布废标，不参与评分"),
]


def build_y02():
    name = "y_02_ml_pingbiao_huizong.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "评标汇总"
    widths(ws, [26, 7, 7, 7, 7, 7, 7, 7, 7, 7, 9, 6, 12, 12, 80])
    _text(ws, 1, 15, "南昌洪城小额贷款有限公司  经营贷业务系统源码采购  评标汇总表", font=TITLE)
    _text(ws, 2, 15, "评标时间：2025年8月22日    评标地点：公司三楼会议室    评委：A（科技）、B（风险）、C（财务）    分值：技术40 / 商务30 / 价格30")
    put_row(ws, 3, ["投标人", "评委A", None, None, "评委B", None, None, "评委C", None, None, "平均总分", "排名", "投标报价（元）",
                    "计税方式", "主要响应条款（摘自投标文件，评标小组核对）"], font=BOLD, fill=BLUE, align=CENTER)
    for a, b in ((2, 4), (5, 7), (8, 10)):
        ws.merge_cells(start_row=3, start_column=a, end_row=3, end_column=b)
    for col in (1, 11, 12, 13, 14, 15):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    put_row(ws, 4, [None, "技术", "商务", "价格", "技术", "商务", "价格", "技术", "商务", "价格"], font=BOLD, fill=BLUE, align=CENTER)
    scored = []
    for vendor, judges, price, tax, terms in Y02:
        cells = [x for j in judges for x in j]
        total = round(sum(sum(j) for j in judges) / 3, 1) if isinstance(judges[0][0], (int, float)) else "—"
        scored.append(total)
    ranks = {t: i + 1 for i, t in enumerate(sorted([t for t in scored if t != "—"], reverse=True))}
    for r, ((vendor, judges, price, tax, terms), total) in enumerate(zip(Y02, scored), start=5):
        cells = [x for j in judges for x in j]
        put_row(ws, r, [vendor, *cells, total, ranks.get(total, "—"), price, tax, terms])
        ws.row_dimensions[r].height = 75
    r = 5 + len(Y02)
    _text(ws, r, 15, "注：1. 价格分 = 评标基准价 / 投标报价 × 30，评标基准价为最低有效投标报价（本次为168,000元）；不含税报价未折算。"
          "2. 排名按平均总分。3. 评委A/B/C签字见纸质件。4. 评标小组建议：因第一名等保三级尚未出证，建议报总经理办公会决定是否以第二名为"
          "中标人。", height=60)
    _save(wb, name)
    vendors = [
        dict(vendor="南昌赣江数科有限公司", gate="pass", price=298000,
             why="投标报价 298,000 含税 inside 25–35万 (the 16.9 价格分, 83.9 average and rank 2 are scores); 企业征信、银行流水分析、电子合同、风控审批、还款管理、"
                 "用户管理; 等保三级备案证明36010043011-24007; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志12个月; 人行 + 百行; 12 months "
                 "with 小版本升级; 政策适配免费; 7×24, 1小时; 终身技术咨询; 写入合同; 2.8万元/年; 完整源码.",
             values=dict(GOOD_VALUES, response_hours=1, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=dict(GOOD_STATUS, response_hours="stated"),
             fin=["enterprise_credit", "cashflow_analysis", "contract_management", "risk_approval", "repayment_management",
                  "user_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="九江浔阳软件有限公司", gate="unverified", price=265000,
             why="投标报价 265,000 含税; ranked first by the judges, but '等保三级：申请中（测评机构已进场，预计10月出证）' (in progress: unverified, "
                 "never fail); everything else stated: six modules, SM4, HTTPS, RBAC, 12 months logs, 人行 + 百行, 12 months with upgrades, "
                 "政策适配免费, 7×24 2小时, 终身咨询, 写入合同, 2.5万元/年, 完整源码.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=2, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=25000),
             status=dict(mlps_level3="claimed"),
             fin=["enterprise_credit", "cashflow_analysis", "contract_management"],
             flin=["claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_15w", "price_below_10w", "price_missing",
                   "price_over_budget", "maintenance_under_12m", "no_7x24", "response_over_2h"]),
        dict(vendor="赣州章贡网络科技有限公司", gate="pass", price=381940,
             why="投标报价 318,000 '不含税（13%）' and '银行流水分析为选配，另加2.0万元（不含税）' (must-have: added, conditional): (318,000 + "
                 "20,000) × 1.13 = 381,940, above the 25–35万 band; 等保三级证书36070043004-23015; SM4; HTTPS; 角色权限; 日志6个月; 百行 + 朴道; "
                 "12 months '仅修复缺陷，不含升级'; '重大政策调整另行报价'; 5×8, 4小时; 无终身技术咨询; 写入合同; 15%/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=["enterprise_credit", "cashflow_analysis", "contract_management"],
             flin=["conditional", "price_over_budget", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting"],
             flex=["missing_must_have", "no_mlps_level3", "price_below_15w", "price_below_10w", "price_missing"]),
        dict(vendor="上饶信江信息技术有限公司", gate="fail", price=168000,
             why="投标报价 168,000 含税 (the 评标基准价 is this bid); '电子合同：不提供' (must-have absent) and '等保：二级' (fail); AES not SM4; "
                 "HTTPS; 权限管理; 日志6个月; 百行征信; 免费维护6个月; 5×8; 次日响应; 按次收费; 完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, support_7x24=False, source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=["enterprise_credit", "cashflow_analysis"], fex=["contract_management"],
             flin=["no_mlps_level3", "missing_must_have", "no_sm4", "maintenance_under_12m", "no_7x24"],
             flex=["price_below_10w", "price_missing", "no_tls"]),
    ]
    write_toml(
        "y_02_ml_pingbiao_huizong.toml",
        """Voice: the 评标小组 (科技, 风险, 财务) of 南昌洪城小额贷款 (operating loans to merchants) records an internal tender.
Layout: sheet 评标汇总 — title, a line with date and 分值, a two-level header (评委A/B/C merged over 技术 | 商务 | 价格), 平均总分, 排名,
  投标报价（元）, 计税方式, 主要响应条款 (a long 、/； list per bidder); five rows, the last 废标; a note with the 价格分 formula.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: judges' scores, averages, ranks and the 评标基准价 are no prices and no verdict: the judges' first, 浔阳 (265,000), has 等保三级
  申请中 (unverified); 章贡 318,000 is 不含税 and 银行流水分析 (must-have) is 选配 +2.0万 不含税: (318,000 + 20,000) × 1.13 = 381,940, over
  band; 信江 等保二级 and no 电子合同 (fail); 景德镇瓷都 was voided (废标, not listed).""",
        "merchant_loan", [name], "南昌赣江数科有限公司",
        "赣江 proves every gate (备案证明36010043011-24007, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has 企业征信, "
        "银行流水分析 and 电子合同 in its price, and gives 12 months with upgrades, free policy adaptation, 7×24 within 1 hour, lifetime "
        "consulting, all in the contract, 2.8万 a year after, full source — at 298,000 含税 inside 25–35万. The judges' first 浔阳 (265,000) "
        "is only 等保 申请中 (unverified); 章贡 is (318,000 + 20,000) × 1.13 = 381,940 with weak after-sales; 信江 fails (等保二级, no 电子合同); "
        "瓷都 was voided.",
        vendors)


# ---------------------------------------------------------------------------------------------
# y_03  消费分期 — 采购部 of 温州鹿城惠购小额贷款 publishes a 中标候选人公示 on its website; the table is saved from WPS as GBK CSV:
#       title lines, 最高投标限价, one row per candidate (排序 | 名称 | 投标报价 | 报价说明 | 等保及数据安全 | 主要功能 | 售后服务承诺 |
#       源码交付 | 评审得分), an 未入围 row, a 否决投标 row, and the 公示期 / 联系人 footer.
# ---------------------------------------------------------------------------------------------
def build_y03():
    name = "y_03_ci_zhongbiao_gongshi_gbk.csv"
    head = ["排序", "中标候选人名称", "投标报价（元）", "报价说明", "等保及数据安全", "主要功能", "售后服务承诺", "源码交付", "评审得分"]
    rows = [
        ["温州鹿城惠购小额贷款有限公司 中标候选人公示"],
        ["项目名称：消费分期业务系统源码采购（项目编号：WZHG-2025-009）"],
        ["最高投标限价：300,000元（含税）；评标办法：综合评分法"],
        [],
        head,
        ["第一中标候选人", "宁波甬江数科有限公司", "242000", "含税",
         "系统按等保三级标准设计，可协助客户通过测评；采用国密算法；HTTPS；权限管理；日志保存6个月",
         "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
         "免费维护12个月（含升级）；政策适配免费；7×24小时；2小时响应；终身技术咨询；写入合同", "完整源码", "91.5"],
        ["第二中标候选人", "温州瓯江软件有限公司", "265000", "含税",
         "等保三级备案证明（33030043016-24004）；SM4加密身份证号、手机号；HTTPS；RBAC；日志保存12个月；征信对接人行征信中心、百行征信",
         "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
         "免费维护12个月，含缺陷修复和小版本升级；监管政策适配免费；7×24小时，1小时响应；终身技术咨询；以上写入合同；过保年费2.5万元",
         "完整源码，可二次开发", "89.0"],
        ["第三中标候选人", "绍兴越城网络科技有限公司", "226000", "不含税，增值税13%另计",
         "等保三级证书（33060043009-23008）；SM4；HTTPS；角色权限；日志保存6个月；百行征信",
         "商品管理、分期计算器、订单管理、风控审批、还款提醒、用户管理",
         "免费维护6个月，仅修复缺陷；政策适配另计；5×8；次工作日响应；不提供终身技术咨询；写入合同；过保按合同额20%/年", "完整源码", "84.0"],
        [],
        ["其他投标人"],
        ["未入围", "湖州太湖科技工作室", "86000", "含税", "等保：未取得；AES加密；HTTPS；单一管理员账号；日志保存3个月",
         "商品管理、订单跟踪、还款管理、用户管理（无分期计算器）", "免费维护3个月；QQ群支持；按次收费", "仅授权使用，不提供源码", "52.0"],
        ["否决投标", "嘉兴南湖软件有限公司", "318000", "含税", "—", "—", "—", "—", "投标报价超过最高投标限价，按否决投标处理"],
        [],
        ["公示期：2025年9月1日至9月3日。对公示结果有异议的，请于公示期内向采购部书面提出。联系人：陈先生，电话0577-88217306。"],
    ]
    write_csv(name, rows, "gbk")
    vendors = [
        dict(vendor="温州瓯江软件有限公司", gate="pass", price=265000,
             why="投标报价 265000 含税 inside 20–30万 (89.0 is a score; 最高投标限价 300,000 and the phone number are no prices); 商品管理、"
                 "分期计算器、订单跟踪、风控审批、还款管理、用户管理; 等保三级备案证明33030043016-24004; SM4 on 身份证号/手机号; HTTPS; RBAC; "
                 "日志12个月; 人行 + 百行; 12 months with 小版本升级; 政策适配免费; 7×24, 1小时; 终身技术咨询; 写入合同; 过保年费2.5万元; 完整源码.",
             values=dict(GOOD_VALUES, response_hours=1, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=dict(GOOD_STATUS, response_hours="stated"),
             fin=["product_management", "installment_calculator", "order_tracking", "risk_approval", "repayment_management",
                  "user_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="宁波甬江数科有限公司", gate="unverified", price=242000,
             why="第一中标候选人 with 91.5 points, 242000 含税, but '系统按等保三级标准设计，可协助客户通过测评' (claimed: unverified) and "
                 "'采用国密算法' (which one? claimed); no credit bureau named; HTTPS; 权限管理; 日志6个月; six modules; 12 months 含升级; 政策适配免费; "
                 "7×24; 2小时; 终身技术咨询; 写入合同; 完整源码.",
             values=dict(tls=True, access_control=True, audit_log_months=6, free_maintenance_months=12,
                         maintenance_includes_upgrades=True, policy_adaptation_free=True, support_7x24=True, response_hours=2,
                         lifetime_consulting=True, commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed"),
             fin=["product_management", "installment_calculator", "order_tracking"],
             flin=["claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_15w", "price_below_10w", "price_missing",
                   "price_over_budget", "no_7x24", "response_over_2h", "maintenance_under_12m"]),
        dict(vendor="绍兴越城网络科技有限公司", gate="pass", price=255380,
             why="226000 '不含税，增值税13%另计': 226,000 × 1.13 = 255,380 inside 20–30万; 等保三级证书33060043009-23008; SM4; HTTPS; 角色权限; "
                 "日志6个月; 百行征信; 商品管理、分期计算器、订单管理; '免费维护6个月，仅修复缺陷'; '政策适配另计'; 5×8; '次工作日响应' (over 2 h); "
                 "不提供终身技术咨询; 写入合同; 过保按合同额20%/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=["product_management", "installment_calculator", "order_tracking"],
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting"],
             flex=["missing_must_have", "no_mlps_level3", "price_below_15w", "price_below_10w", "price_missing",
                   "price_over_budget"]),
        dict(vendor="湖州太湖科技工作室", gate="fail", price=86000,
             why="未入围, 86000 含税 (< 10万: fail); '等保：未取得' (fail); AES not SM4; HTTPS; '单一管理员账号'; 日志3个月; '无分期计算器' "
                 "(must-have absent); 免费维护3个月; 按次收费; 仅授权使用，不提供源码.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=False, audit_log_months=3,
                         free_maintenance_months=3, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "order_tracking"], fex=["installment_calculator"],
             flin=["price_below_10w", "no_mlps_level3", "missing_must_have", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "source_licence_only"],
             flex=["price_below_15w", "price_missing", "no_tls"]),
    ]
    write_toml(
        "y_03_ci_zhongbiao_gongshi_gbk.toml",
        """Voice: 采购部 of 温州鹿城惠购小额贷款 (consumer instalments) publishes a 中标候选人公示; the table is saved from WPS as GBK CSV.
Layout: three title lines (name, 项目编号, 最高投标限价), a header 排序 | 中标候选人名称 | 投标报价（元） | 报价说明 | 等保及数据安全 |
  主要功能 | 售后服务承诺 | 源码交付 | 评审得分, three candidate rows, an 其他投标人 block (未入围, 否决投标) and a 公示期/联系人 footer.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: 排序 and 评审得分 are the buyer's, no verdict: the 第一中标候选人 甬江 only claims 等保 ('按等保三级标准设计') and '国密算法'
  (unverified); 越城's 226000 is 不含税: × 1.13 = 255,380, with 6 months bug-fix-only maintenance, 5×8 and 次工作日响应; 最高投标限价
  300,000, 项目编号 and the phone number are no prices; 太湖 86,000 without 分期计算器 and 等保 未取得 (fail); 南湖 was 否决 (not listed).""",
        "consumer_installment", [name], "温州瓯江软件有限公司",
        "瓯江 proves every gate (备案证明33030043016-24004, SM4 on ID/mobile, HTTPS, RBAC, 12-month logs, 人行 + 百行), has 商品管理, 分期计算器 "
        "and 订单跟踪, and gives 12 months with upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the "
        "contract, 2.5万 a year after, full source — at 265,000 含税 inside 20–30万. The published first candidate 甬江 (242,000) only claims "
        "等保 (unverified); 越城 is 226,000 × 1.13 = 255,380 with 6 months bug-fix-only, charged policy changes, 5×8, next-day response and "
        "20%/年 after (3-year cost far above 瓯江's 265,000 + 2 × 25,000 = 315,000); 太湖 fails; 南湖 was rejected.",
        vendors)


# ---------------------------------------------------------------------------------------------
# y_04  个人信用贷 — finance (L. Chen) at 成都蓉信小额贷款 keeps an English module price book: modules and cost lines down the side,
#       vendors across, a "Total as quoted" and "Tax basis" row, then compliance and after-sales rows; UTF-8 CSV. 南宁绿城 declined.
# ---------------------------------------------------------------------------------------------
def build_y04():
    name = "y_04_pc_en_module_pricebook.csv"
    V = ["成都锦城数科有限公司", "重庆山城软件有限公司", "贵阳筑城网络科技有限公司", "昆明春城科技工作室", "南宁绿城软件有限公司"]
    rows = [
        ["Loan system source code - module price book (personal credit loans)"],
        ["Prepared by Finance (L. Chen), 2025-08-25. CNY as quoted. 'incl.' = in the base price; 'optional +X' = offered, NOT in the total; "
         "blank = vendor did not answer."],
        [],
        ["Module / term", *V],
        ["A. PRICE"],
        ["Base platform (用户管理 / 审批流 / 还款管理)", "120,000", "110,000", "95,000", "50,000",
         "Declined to quote (e-mail 2025-08-12: capacity)"],
        ["个人征信接口", "incl. (PBoC 2nd gen + Baihang)", "optional +30,000", "incl.", "incl. (Baihang)", ""],
        ["风控模型", "incl.", "20,000", "incl.", "not offered", ""],
        ["反欺诈", "incl.", "15,000", "incl.", "not offered", ""],
        ["营销插件", "optional +15,000", "optional +12,000", "incl.", "-", ""],
        ["会员体系", "optional +10,000", "-", "incl.", "-", ""],
        ["智能客服机器人", "-", "-", "incl. (free)", "-", ""],
        ["区块链存证", "-", "-", "incl. (free)", "-", ""],
        ["Implementation", "60,000", "35,000", "40,000", "20,000", ""],
        ["Training", "18,000", "incl.", "30,000", "8,000", ""],
        ["Total as quoted", "198,000", "180,000", "165,000", "78,000", ""],
        ["Tax basis", "incl. 13% VAT", "excl. VAT (13% on top)", "incl. VAT", "incl. VAT", ""],
        ["B. COMPLIANCE"],
        ["MLPS Level 3 (等保三级)", "Certified - filing no. 51010043027-24001", "Certified - cert no. 50010043012-23006", "",
         "None", ""],
        ["Field encryption", "SM4 on ID no., mobile, bank card", "SM4", "SM4 on ID no. and mobile", "AES-256", ""],
        ["In transit", "HTTPS, TLS 1.2+", "HTTPS", "HTTPS", "HTTPS", ""],
        ["Access control", "RBAC", "Role-based", "RBAC", "Single admin account", ""],
        ["Log retention", "12 months", "6 months", "6 months", "3 months", ""],
        ["Credit bureaus", "PBoC CRC + Baihang", "Baihang + Pudao", "PBoC CRC", "Baihang", ""],
        ["C. AFTER-SALES"],
        ["Free maintenance", "12 months", "12 months", "12 months", "3 months", ""],
        ["Maintenance covers", "Bug fixes + minor upgrades", "Bug fixes only", "Bug fixes + minor upgrades", "Bug fixes only", ""],
        ["Regulatory changes", "Free", "Major changes quoted separately", "Free", "Charged per change", ""],
        ["Support hours", "24x7", "Mon-Fri 9:00-18:00", "24x7", "Workdays, QQ group", ""],
        ["Response", "within 2 h", "within 4 h", "within 1 h", "next day", ""],
        ["Lifetime consulting", "Yes", "No", "Yes", "No", ""],
        ["In contract", "Yes (annex 2)", "Yes", "", "No", ""],
        ["Fee after warranty", "CNY 22,000 / yr", "15% of contract / yr", "CNY 20,000 / yr", "CNY 4,000 per incident", ""],
        ["Source code", "Full, unencrypted", "Full", "Full", "Licence bound to domain, no source", ""],
    ]
    write_csv(name, rows, "utf-8")
    vendors = [
        dict(vendor="成都锦城数科有限公司", gate="pass", price=198000,
             why="Total as quoted 198,000 incl. 13% VAT = 120,000 + 60,000 + 18,000 (征信, 风控模型, 反欺诈 incl.; 营销插件 / 会员体系 "
                 "'optional' are not in the total and not needed) inside 18–25万; 'Certified - filing no. 51010043027-24001'; SM4 on ID/mobile/"
                 "bank card; HTTPS TLS 1.2+; RBAC; 12 months logs; PBoC CRC + Baihang; 12 months with minor upgrades; regulatory changes free; "
                 "24x7 within 2 h; lifetime consulting; in contract (annex 2); 22,000/yr; full source.",
             values=dict(GOOD_VALUES, response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(GOOD_STATUS, response_hours="stated"),
             fin=["personal_credit_report", "risk_model", "anti_fraud", "repayment_management", "risk_approval", "user_management"],
             fex=BLOAT, flex=[f for f in ALL_BAD if f != "conditional"]),
        dict(vendor="重庆山城软件有限公司", gate="pass", price=237300,
             why="Total 180,000 = 110,000 + 20,000 + 15,000 + 35,000, 'excl. VAT (13% on top)', and 个人征信接口 (must-have) 'optional +30,000': "
                 "(180,000 + 30,000) × 1.13 = 237,300 inside 18–25万, above 锦城's 198,000; cert 50010043012-23006; SM4; HTTPS; role-based; "
                 "6 months logs; Baihang + Pudao; 12 months 'Bug fixes only'; 'Major changes quoted separately'; Mon-Fri 9:00-18:00; 4 h; "
                 "no lifetime consulting; in contract; 15% of contract / yr; full source.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", support_7x24="stated", response_hours="stated"),
             fin=["personal_credit_report", "risk_model", "anti_fraud"],
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting"],
             flex=["missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "price_below_15w", "price_below_10w",
                   "price_over_budget", "price_missing"]),
        dict(vendor="贵阳筑城网络科技有限公司", gate="unverified", price=165000,
             why="Total 165,000 = 95,000 + 40,000 + 30,000 incl. VAT (≥ 15万: no caution flag); MLPS cell blank (unknown gate: unverified, "
                 "flag unverified); SM4 on ID/mobile; HTTPS; RBAC; 6 months logs; PBoC CRC; 12 months with upgrades; free regulatory changes; "
                 "24x7 within 1 h; lifetime consulting; in-contract blank (unknown); 20,000/yr; full source; 营销插件, 会员体系 incl. and "
                 "智能客服机器人 + 区块链存证 'incl. (free)' (bloat).",
             values=dict(mlps_level3="null", sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract="null", annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=dict(mlps_level3="unknown", commitments_in_contract="unknown"),
             fin=["personal_credit_report", "risk_model", "anti_fraud", "marketing_plugins", "membership", "ai_customer_service",
                  "blockchain_evidence"],
             flin=["unverified", "unconfirmed", "bloat_features"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_15w", "price_below_10w", "price_missing", "no_7x24",
                   "not_in_contract"]),
        dict(vendor="昆明春城科技工作室", gate="fail", price=78000,
             why="Total 78,000 = 50,000 + 20,000 + 8,000 incl. VAT (< 10万: fail); 风控模型 'not offered' (must-have absent); MLPS 'None' "
                 "(fail); AES-256 not SM4; single admin account; 3 months logs; Baihang; 3 months bug fixes only; charged per change; "
                 "workdays QQ group, next day; no lifetime consulting; not in contract; 4,000 per incident; licence bound to domain.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=False, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"),
             fin=["personal_credit_report"], fex=["risk_model", "anti_fraud"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only"],
             flex=["price_below_15w", "price_missing", "no_tls"]),
    ]
    write_toml(
        "y_04_pc_en_module_pricebook.toml",
        """Voice: L. Chen, finance at 成都蓉信小额贷款 (personal credit loans), keeps an English module price book (UTF-8 CSV).
Layout: two note lines, a header "Module / term" + five vendor columns, section rows A. PRICE (base platform, one row per module,
  implementation, training, Total as quoted, Tax basis), B. COMPLIANCE, C. AFTER-SALES; 南宁绿城's column says it declined.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the vendor is the column, module rows are line items (the total is their sum); 'optional +X' is offered but outside the
  total: 山城's 个人征信接口 (must-have) optional +30,000 and excl. VAT: (180,000 + 30,000) × 1.13 = 237,300; 锦城's optional 营销插件 /
  会员体系 are not needed and not added; 筑城's blank MLPS cell is unknown (unverified), blank in-contract is unknown, AI bot and
  blockchain given free (bloat); 春城 78,000 without 风控模型 and MLPS None (fail); 绿城 declined (not listed); filing numbers and
  dates are no amounts.""",
        "personal_credit", [name], "成都锦城数科有限公司",
        "锦城 proves every gate (filing no. 51010043027-24001, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, PBoC CRC + Baihang), "
        "has 征信, 风控模型 and 反欺诈 in its price, and gives 12 months with upgrades, free regulatory changes, 24x7 within 2 h, lifetime "
        "consulting, all in contract annex 2, 22,000 a year after, full source — at 120,000 + 60,000 + 18,000 = 198,000 incl. VAT inside "
        "18–25万. 山城 is (180,000 + 30,000 征信) × 1.13 = 237,300 with bug-fix-only maintenance, charged regulatory changes, office hours, "
        "4 h; 筑城 leaves MLPS blank (unverified); 春城 fails (78,000, no risk model, no MLPS); 绿城 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# y_05  商户经营性贷 — 西安曲江商汇小额贷款: sheet 资格审查 (full names + 简称, licence / 软著 / 等保 / 信用中国 / 结论) and sheet 报价及服务承诺
#       (keyed by 简称 only). 延安宝塔 gave up (未递交) and has no quote row.
# ---------------------------------------------------------------------------------------------
def build_y05():
    name = "y_05_ml_zige_baojia_twosheets.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "资格审查"
    widths(ws, [6, 26, 10, 12, 14, 34, 14, 22])
    _text(ws, 1, 8, "经营贷系统源码采购 — 资格审查表（2025年8月）", font=TITLE)
    put_row(ws, 2, ["序号", "投标人全称", "简称", "营业执照", "软件著作权登记", "等保三级证书", "信用中国查询", "审查结论"],
            font=BOLD, fill=BLUE, align=CENTER)
    qual = [
        ["西安长安数科有限公司", "长安数科", "有效", "有（3项）", "有，等保三级备案证明 61010043018-24010", "无不良记录", "通过"],
        ["咸阳渭城软件有限公司", "渭城软件", "有效", "有（1项）", "未提供（投标文件称“详见附件”，附件缺失）", "无不良记录", "待补正"],
        ["宝鸡陈仓信息技术有限公司", "陈仓信息", "有效", "有（2项）", "等保二级（备案证明61030043005-22003）", "无不良记录",
         "有条件通过（等保级别待评审认定）"],
        ["汉中汉江网络科技有限公司", "汉江网络", "有效", "有（2项）", "有，等保三级证书 61070043010-23004", "无不良记录", "通过"],
        ["延安宝塔软件有限公司", "宝塔软件", "—", "—", "—", "—", "未递交投标文件（放弃）"],
    ]
    for i, row in enumerate(qual, start=1):
        put_row(ws, 2 + i, [i, *row])
    ws2 = wb.create_sheet("报价及服务承诺")
    widths(ws2, [12, 14, 16, 40, 40, 12, 18, 20, 14, 12, 12, 12, 18, 22])
    _text(ws2, 1, 14, "报价及服务承诺汇总（按投标文件摘录；投标人以简称列示，全称见“资格审查”）", font=TITLE)
    put_row(ws2, 2, ["投标人（简称）", "投标总价（元）", "计税", "功能范围", "数据安全", "免费维护", "维护范围", "政策适配", "技术支持",
                     "响应时限", "终身咨询", "写入合同", "过保费用", "源码交付"], font=BOLD, fill=BLUE, align=CENTER)
    offers = [
        ["长安数科", 312000, "含税（13%）", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
         "SM4加密身份证号/手机号/银行卡号；全站HTTPS；RBAC；日志12个月；人行征信中心、百行征信", "12个月", "缺陷修复+小版本升级", "免费",
         "7×24", "1小时", "提供", "是", "3万元/年", "完整源码，无加密"],
        ["渭城软件", 278000, "含税", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
         "SM4；HTTPS；RBAC；日志12个月；人行征信中心", "12个月", "缺陷修复+小版本升级", "免费", "7×24", "2小时", "提供", "是",
         "2.6万元/年", "完整源码"],
        ["陈仓信息", 245000, "含税", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
         "SM4；HTTPS；RBAC；日志6个月；百行征信", "12个月", "缺陷修复+小版本升级", "免费", "7×24", "2小时", "提供", "是", "2万元/年",
         "完整源码"],
        ["汉江网络", 268000, "不含税（13%另计）", "企业征信、银行流水分析、风控审批、还款管理、用户管理；电子合同另报2.2万元（不含税），未含在总价内",
         "SM4；HTTPS；角色权限；日志6个月；百行征信、朴道征信", "12个月", "仅缺陷修复", "重大调整另行报价", "5×8", "4小时", "不提供", "是",
         "按合同额15%/年", "完整源码"],
    ]
    for i, row in enumerate(offers, start=3):
        put_row(ws2, i, row)
        ws2.row_dimensions[i].height = 48
    _save(wb, name)
    MLFULL = ["enterprise_credit", "cashflow_analysis", "contract_management", "risk_approval", "repayment_management",
              "user_management"]
    vendors = [
        dict(vendor="西安长安数科有限公司", gate="pass", price=312000,
             why="简称 长安数科 joined to its full name; 312000 含税（13%） inside 25–35万; 等保三级备案证明61010043018-24010; six modules; SM4 on "
                 "ID/mobile/bank card; 全站HTTPS; RBAC; 日志12个月; 人行 + 百行; 12个月 缺陷修复+小版本升级; 政策适配免费; 7×24; 1小时; 终身咨询; "
                 "写入合同; 3万元/年; 完整源码.",
             values=dict(GOOD_VALUES, response_hours=1, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(GOOD_STATUS, response_hours="stated"), fin=MLFULL, fex=BLOAT, flex=ALL_BAD),
        dict(vendor="咸阳渭城软件有限公司", gate="unverified", price=278000,
             why="278000 含税; 等保 '未提供（投标文件称“详见附件”，附件缺失）', 结论 待补正 (unknown gate: unverified, flag unverified); "
                 "everything else stated: six modules, SM4, HTTPS, RBAC, 12 months logs, 人行征信中心, 12 months with upgrades, 免费, 7×24, 2小时, "
                 "终身咨询, 写入合同, 2.6万元/年, 完整源码.",
             values=dict(mlps_level3="null", sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=26000),
             status=dict(mlps_level3="unknown"), fin=MLFULL,
             flin=["unverified"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_15w", "price_below_10w", "price_missing",
                   "price_over_budget", "no_7x24", "response_over_2h"]),
        dict(vendor="宝鸡陈仓信息技术有限公司", gate="fail", price=245000,
             why="245000 含税 (below the band, above 15万: no price flag); '等保二级（备案证明61030043005-22003）' (fail, although the buyer "
                 "let it through '有条件'); six modules; SM4; HTTPS; RBAC; 日志6个月; 百行; 12 months with upgrades; free; 7×24; 2小时; 终身咨询; "
                 "写入合同; 2万元/年; 完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         free_maintenance_months=12, support_7x24=True, response_hours=2),
             status=dict(mlps_level3="stated"), fin=MLFULL,
             flin=["no_mlps_level3"],
             flex=["missing_must_have", "price_below_15w", "price_below_10w", "price_missing", "no_7x24"]),
        dict(vendor="汉中汉江网络科技有限公司", gate="pass", price=327700,
             why="268000 '不含税（13%另计）' and '电子合同另报2.2万元（不含税），未含在总价内' (must-have: added, conditional): (268,000 + 22,000) × "
                 "1.13 = 327,700 inside 25–35万 and above 长安's 312,000; 等保三级证书61070043010-23004; SM4; HTTPS; 角色权限; 日志6个月; 百行 + 朴道; "
                 "12个月 仅缺陷修复; 重大调整另行报价; 5×8; 4小时; 不提供终身咨询; 写入合同; 15%/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=["enterprise_credit", "cashflow_analysis", "contract_management"],
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting"],
             flex=["missing_must_have", "no_mlps_level3", "price_below_15w", "price_below_10w", "price_missing",
                   "price_over_budget"]),
    ]
    write_toml(
        "y_05_ml_zige_baojia_twosheets.toml",
        """Voice: 采购组 of 西安曲江商汇小额贷款 (operating loans to merchants) keeps a two-sheet workbook: 资格审查 and 报价及服务承诺.
Layout: sheet 资格审查 — title, 序号 | 投标人全称 | 简称 | 营业执照 | 软件著作权登记 | 等保三级证书 | 信用中国查询 | 审查结论, five rows;
  sheet 报价及服务承诺 — title (says names are 简称, full names on 资格审查), 投标人（简称） | 投标总价 | 计税 | 功能范围 | 数据安全 |
  免费维护 | 维护范围 | 政策适配 | 技术支持 | 响应时限 | 终身咨询 | 写入合同 | 过保费用 | 源码交付, four rows.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: 等保 sits only on the first sheet and prices only on the second, joined by 简称 (vendor = full name); 渭城's 等保 is '未提供
  …附件缺失' (unknown: unverified); 陈仓 holds 等保二级 though '有条件通过' (fail); 汉江's 268000 is 不含税 and 电子合同 (must-have) is
  另报2.2万 不含税: (268,000 + 22,000) × 1.13 = 327,700; 宝塔 never bid (not listed); 软著 counts and 备案 numbers are no amounts.""",
        "merchant_loan", [name], "西安长安数科有限公司",
        "长安 proves every gate (备案证明61010043018-24010, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has 企业征信, "
        "银行流水分析 and 电子合同 in its price, and gives 12 months with upgrades, free policy adaptation, 7×24 within 1 hour, lifetime "
        "consulting, in the contract, 3万 a year after, full source — at 312,000 含税 inside 25–35万. 汉江 is (268,000 + 22,000) × 1.13 = "
        "327,700 with bug-fix-only maintenance, charged policy changes, 5×8, 4 h; 渭城 (278,000) never produced its 等保 certificate "
        "(unverified); 陈仓 holds 等保二级 (fail); 宝塔 never bid.",
        vendors)


# ---------------------------------------------------------------------------------------------
# y_06  消费分期 — IT 部 of 厦门思明惠享小额贷款 writes a POC 测试报告: vendors across, rows grouped 一、报价（供应商书面） / 二、资质与安全
#       （资料核验） / 三、功能实测（沙箱） / 四、售后承诺（合同草案） / 五、测试结论. 龙岩冠豸山 withdrew before the test.
# ---------------------------------------------------------------------------------------------
def build_y06():
    name = "y_06_ci_poc_ceshi_baogao.xlsx"
    V = ["厦门鹭岛数科有限公司", "泉州刺桐软件有限公司", "漳州芗城网络科技有限公司", "莆田湄洲科技有限公司", "龙岩冠豸山软件有限公司"]
    rows = [
        ("一、报价（供应商书面）", None),
        ("报价金额（元）", ["258,000", "224,000", "239,000", "198,000", "8月15日书面退出，未参加测试"]),
        ("计税", ["含税", "含税", "含税", "含税", ""]),
        ("报价有效期", ["90天", "60天", "90天", "30天", ""]),
        ("二、资质与安全（资料核验）", None),
        ("等保三级", ["核验原件：等保三级备案证明35020043013-24009", "核验原件：等保三级证书35050043007-23011",
                  "仅提供《等保测评协助服务》说明，未见证书", "核验原件：等保三级备案证明35030043002-24005", ""]),
        ("敏感字段加密", ["SM4（身份证号、手机号、银行卡号），抽查数据库确认为密文", "SM4，抽查确认", "SM4，抽查确认", "AES-256（非国密）", ""]),
        ("传输加密", ["全站HTTPS（TLS1.2）", "HTTPS", "HTTPS", "HTTPS", ""]),
        ("权限控制", ["RBAC，实测按角色隔离", "RBAC", "RBAC", "RBAC", ""]),
        ("日志留存", ["12个月", "12个月", "6个月", "6个月", ""]),
        ("征信对接", ["人行征信中心、百行征信", "百行征信", "朴道征信", "百行征信", ""]),
        ("三、功能实测（沙箱环境，8月18日—22日）", None),
        ("商品管理", ["通过", "通过", "通过", "通过", ""]),
        ("分期计算器", ["通过", "通过", "通过", "通过", ""]),
        ("订单跟踪", ["通过", "演示环境无此功能，供应商称计划二期开发，未报价", "通过", "通过", ""]),
        ("风控审批", ["通过", "通过", "通过", "通过", ""]),
        ("还款管理", ["通过", "通过", "通过", "通过", ""]),
        ("用户管理", ["通过", "通过", "通过", "通过", ""]),
        ("其他演示功能", ["—", "—", "元宇宙营销（演示）", "—", ""]),
        ("四、售后承诺（合同草案）", None),
        ("免费维护期", ["12个月", "12个月", "12个月", "3个月", ""]),
        ("维护范围", ["缺陷修复+小版本升级", "缺陷修复+小版本升级", "缺陷修复+小版本升级", "仅修复缺陷", ""]),
        ("监管政策适配", ["免费", "免费", "免费", "按次收费", ""]),
        ("技术支持时间", ["7×24", "7×24", "7×24", "工作日9:00-18:00", ""]),
        ("响应时限", ["1小时", "2小时", "2小时", "次日", ""]),
        ("终身技术咨询", ["提供", "提供", "提供", "不提供", ""]),
        ("写入合同", ["是", "是", "是", "是", ""]),
        ("过保费用", ["2.4万元/年", "2万元/年", "2.2万元/年", "按次收费，4000元/次", ""]),
        ("源码交付", ["完整源码，无加密", "完整源码", "核心风控引擎加密交付，其余为源码", "完整源码", ""]),
        ("五、测试结论", ["全部通过，推荐", "订单跟踪缺失，不满足必备功能", "功能通过；等保资质待核实", "功能通过；售后偏弱", "—"]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "POC测试报告"
    widths(ws, [26, 30, 30, 30, 30, 24])
    _text(ws, 1, 6, "消费分期系统源码 POC 测试报告（IT部，2025-08-25）", font=TITLE)
    _text(ws, 2, 6, "测试人：林晨、郑宇；资质类条目为核验原件或供应商提供资料的结果；功能类条目为沙箱实测结果。", font=Font(color="808080", size=9))
    put_row(ws, 3, ["测试/核验项", *V], font=BOLD, fill=BLUE, align=CENTER)
    r = 4
    for label, cells in rows:
        if cells is None:
            put_row(ws, r, [label, "", "", "", "", ""], font=BOLD, fill=GREY)
        else:
            put_row(ws, r, [label, *cells], fill=YELLOW if label == "五、测试结论" else None)
        r += 1
    _save(wb, name)
    CI = ["product_management", "installment_calculator", "order_tracking", "risk_approval", "repayment_management",
          "user_management"]
    vendors = [
        dict(vendor="厦门鹭岛数科有限公司", gate="pass", price=258000,
             why="报价 258,000 含税 inside 20–30万 (90天 is validity); 等保三级备案证明35020043013-24009 seen in original; SM4 on ID/mobile/bank "
                 "card, checked; HTTPS TLS1.2; RBAC; 12个月; 人行 + 百行; all six functions 通过; 12个月 with 小版本升级; 政策适配免费; 7×24; 1小时; "
                 "终身技术咨询; 写入合同; 2.4万元/年; 完整源码.",
             values=dict(GOOD_VALUES, response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=dict(GOOD_STATUS, response_hours="stated"), fin=CI, fex=BLOAT, flex=ALL_BAD),
        dict(vendor="泉州刺桐软件有限公司", gate="fail", price=224000,
             why="报价 224,000 含税; 订单跟踪 '演示环境无此功能，供应商称计划二期开发，未报价' (must-have absent: fail); everything else stated and "
                 "good: 等保三级证书35050043007-23011, SM4, HTTPS, RBAC, 12个月, 百行, 12 months with upgrades, 免费, 7×24, 2小时, 终身咨询, 写入合同, "
                 "2万元/年, 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, support_7x24=True, response_hours=2),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "installment_calculator"], fex=["order_tracking"],
             flin=["missing_must_have"],
             flex=["no_mlps_level3", "price_below_15w", "price_below_10w", "price_missing", "no_7x24", "response_over_2h"]),
        dict(vendor="漳州芗城网络科技有限公司", gate="unverified", price=239000,
             why="报价 239,000 含税; '仅提供《等保测评协助服务》说明，未见证书' (claimed: unverified); SM4 checked; HTTPS; RBAC; 6个月; 朴道征信; "
                 "all six functions 通过 plus 元宇宙营销 demo (bloat); 12 months with upgrades; 免费; 7×24; 2小时; 终身咨询; 写入合同; 2.2万元/年; "
                 "'核心风控引擎加密交付' (partial source).",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=6, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=2, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=22000, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed"),
             fin=CI + ["metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_15w", "price_below_10w", "price_missing", "no_7x24"]),
        dict(vendor="莆田湄洲科技有限公司", gate="pass", price=198000,
             why="报价 198,000 含税 (below the 20–30万 band but ≥ 15万: no price flag); 等保三级备案证明35030043002-24005; 'AES-256（非国密）' "
                 "(no SM4); HTTPS; RBAC; 6个月; 百行; all six functions 通过; '3个月' '仅修复缺陷'; 政策适配按次收费; 工作日9:00-18:00; 次日响应; "
                 "不提供终身咨询; 写入合同; 4000元/次; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"), fin=CI,
             flin=["no_sm4", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_15w", "price_below_10w", "price_missing",
                   "price_over_budget"]),
    ]
    write_toml(
        "y_06_ci_poc_ceshi_baogao.toml",
        """Voice: 林晨 and 郑宇 of IT部, 厦门思明惠享小额贷款 (consumer instalments), write a POC 测试报告 after a week of sandbox tests.
Layout: sheet POC测试报告 — title, a note line, the header 测试/核验项 + five vendor columns, grouped rows 一、报价 / 二、资质与安全（资料核验）/
  三、功能实测 / 四、售后承诺（合同草案）/ 五、测试结论 (section rows shaded, cells 通过 or a sentence).
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: 通过 under a function row means the feature is there; 刺桐's 订单跟踪 is missing ('计划二期开发，未报价': fail) though everything
  else is fine; 芗城 only offers 《等保测评协助服务》 (claimed: unverified), demos 元宇宙营销, core engine encrypted; 湄洲 is cheapest
  (198,000) with AES, 3 months bug-fix-only, charged policy, office hours, next-day; 报价有效期 90天 and 证书 numbers are no amounts;
  龙岩冠豸山 withdrew (not listed).""",
        "consumer_installment", [name], "厦门鹭岛数科有限公司",
        "鹭岛 proves every gate (备案证明35020043013-24009 seen in original, SM4 checked in the database, HTTPS, RBAC, 12-month logs, 人行 + 百行), "
        "passes all six functions, and gives 12 months with upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, "
        "in the contract, 2.4万 a year after, full source — at 258,000 含税 inside 20–30万 (3 years: 258,000 + 2 × 24,000 = 306,000). "
        "湄洲 is 60,000 cheaper at 198,000 but AES only, 3 months bug-fix-only, policy changes and every later fix charged (4000元/次), "
        "office hours and next-day response; 刺桐 lacks 订单跟踪 (fail); 芗城 shows no 等保 certificate (unverified); 冠豸山 withdrew.",
        vendors)


if __name__ == "__main__":
    for build in (build_y01, build_y02, build_y03, build_y04, build_y05, build_y06):
        build()
    print("built y_01 … y_06 into", HERE)
