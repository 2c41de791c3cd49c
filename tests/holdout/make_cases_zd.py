"""Build the "zd" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a 供应商横向对比表 whose criteria sit under merged super-headers (商务 / 功能 / 安全合规 / 售后 / 交付) with
terse sub-headers and a boss's 批注 column (zd_01), a 招标文件澄清问答记录 where the bidders' written clarifications override their bid
summary, GBK CSV (zd_02), a Trello-style Kanban board export with English column names, cards in lists 待评估/评估中/已淘汰 and the team's
comments, UTF-8 CSV with BOM (zd_03), a headhunter-style workbook with a 初筛总览 matrix on the first sheet and one 供应商档案 sheet per
vendor (zd_04), an English vendor due-diligence sheet with Yes/No/Partial answers beside Evidence ref columns (zd_05), and a 报价修订
对照表 where revised cells read '原：…→现：…' (zd_06). The expected reading of every file is in the matching zd_0N_*.toml, written from
the file's content and shared/domain.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zd.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zd_
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
from case_sheet import BLUE, BOLD, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402

FIXED = datetime(2025, 11, 28, 9, 0, 0)
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
# zd_01  个人信用贷 — 供应商横向对比表 of 眉山东坡惠民小额贷款: vendors are rows, the criteria sit under merged super-headers (基本信息 /
#        商务 / 功能 / 安全合规 / 售后 / 交付) with terse sub-headers that mean little alone (税, 范围, 值守, 免费期); a 王总批注 column.
# ---------------------------------------------------------------------------------------------
ZD01_GROUPS = [("基本信息", ["序号", "供应商", "联系人"]), ("商务", ["报价", "税", "过保年费"]), ("功能", ["核心模块", "增值模块"]),
               ("安全合规", ["等级保护", "字段加密", "传输", "权限", "日志留存", "征信对接"]),
               ("售后", ["免费期", "范围", "政策调整", "值守", "响应", "终身咨询", "写入合同"]), ("交付", ["源码"])]
ZD01_ROWS = [
    ["1", "广元利州数科有限公司", "何经理 138****2231",
     "授权费16.8万+实施费4.5万", "不含税，增值税6%专票另开", "2.3万元/年",
     "个人征信接口（人行二代、百行）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及还款提醒、风控审批、用户管理", "—",
     "三级，备案证明编号51080043011-24003（2024年9月取得）", "SM4（身份证号、手机号、银行卡号）", "HTTPS", "RBAC，按岗位四级授权",
     "12个月", "中国人民银行征信中心、百行征信",
     "12个月", "缺陷修复+小版本升级", "免费适配", "7×24", "2小时内，指定工程师", "有", "全部写入合同附件二",
     "完整源码，无加密，可二次开发", "比通川贵近3万，能否再压2万？"],
    ["2", "达州通川网络科技有限公司", "罗总 139****8810",
     "19.6万（年终优惠价，原价25.8万）", "含税", "老客户优惠",
     "个人征信、智能风控、反欺诈、还款提醒、审批流、用户管理", "智能客服机器人、区块链存证、元宇宙营销展厅（均为赠送）",
     "按等保三级标准建设，上线后可协助测评", "国密算法", "HTTPS", "权限管理完善", "满足监管要求", "支持对接征信",
     "终身维护", "全包", "积极配合", "7×24", "第一时间响应", "有", "签约时再议",
     "交付源码（风控引擎核心加密）", "功能最全，还送东西，倾向这家"],
    ["3", "雅安雨城软件有限公司", "刘工 136****0192",
     "12.8万", "含税", "按次收费，5000元/次",
     "个人征信接口（百行征信）、风控模型、还款管理、风控审批、用户管理", "—",
     "三级，证书编号51180043006-23009", "SM4（手机号、身份证号）", "HTTPS", "角色权限", "6个月", "百行征信",
     "6个月", "仅缺陷修复，不含升级", "另行收费", "5×8（工作日）", "4小时", "无", "写入合同",
     "完整源码", "便宜，售后可以再谈"],
    ["4", "泸州酒城信息技术有限公司", "曾经理 137****4406",
     "面议", "—", "",
     "个人征信接口（朴道征信）、AI风控模型、反欺诈模型、还款管理、风控审批、用户管理", "营销插件（可暂不上）",
     "三级测评已完成，证书申请中（预计2026年1月）", "SM4（身份证号、手机号）", "HTTPS", "RBAC", "12个月", "朴道征信",
     "12个月", "缺陷修复+小版本升级", "免费", "7×24", "1小时", "有", "同意写入合同",
     "完整源码，可二开", "电话里说大概22万，过保年费1.5万/年，让他书面报"],
    ["5", "内江甜城网络工作室", "小周 微信",
     "免费开源版（部署服务费0.8w）", "不开票", "—",
     "风控规则、还款管理、用户管理（征信接口需我司自行开发对接）", "—",
     "无", "明文存储", "HTTPS", "单管理员账号", "—", "无",
     "—", "QQ群答疑", "—", "—", "—", "—", "—",
     "开源", "不考虑"],
    ["6", "自贡灯城科技有限公司", "—",
     "11月21日回函放弃报价（团队排期已满）", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—",
     "—", "—", "—", "—"],
]


def build_zd01():
    name = "zd_01_pc_grouped_headers.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "横向对比"
    n = sum(len(s) for _, s in ZD01_GROUPS) + 1
    widths(ws, [5, 22, 14, 18, 16, 12, 34, 22, 24, 18, 8, 14, 8, 18, 8, 16, 10, 10, 14, 8, 14, 20, 22])
    _text(ws, 1, n, "眉山东坡惠民小额贷款有限公司 个人信用贷系统源码采购 供应商横向对比表", font=TITLE)
    _text(ws, 2, n, "整理：科技部 杨帆 2025-11-24；内容摘自各家书面报价及技术应答，未做换算；我司做个人信用贷，无跨境业务，预算22万左右；"
                    "最后一列为王总批注。")
    c = 1
    for group, subs in ZD01_GROUPS:
        cell = ws.cell(row=3, column=c, value=group)
        cell.font = BOLD
        cell.fill = BLUE
        cell.alignment = CENTER
        if len(subs) > 1:
            ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + len(subs) - 1)
        put_row(ws, 4, subs, font=BOLD, fill=GREY, align=CENTER, start=c)
        c += len(subs)
    cell = ws.cell(row=3, column=c, value="王总批注")
    cell.font = BOLD
    cell.fill = YELLOW
    cell.alignment = CENTER
    ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    for i, row in enumerate(ZD01_ROWS, start=5):
        put_row(ws, i, row)
        ws.row_dimensions[i].height = 75
    r = 5 + len(ZD01_ROWS) + 1
    _text(ws, r, n, "科技部小结：通川报价19.6万且赠送模块最多，建议优先商谈；雨城最便宜但售后弱；酒城未书面报价；甜城不满足要求；灯城放弃。",
          font=BOLD)
    _text(ws, r + 1, n, "附：各家报价函扫描件见共享盘“2025信用贷系统采购/报价”。")
    ws.freeze_panes = "D5"
    _save(wb, name)
    vendors = [
        good("广元利州数科有限公司", 225780,
             "商务/报价 '授权费16.8万+实施费4.5万' with 商务/税 '不含税，增值税6%专票另开': 213,000 × 1.06 = 225,780 inside 18–25万; 个人征信"
             "接口 (人行二代 + 百行), 风控模型, 反欺诈模型, 还款计划/提醒, 风控审批, 用户管理; 等级保护 '三级，备案证明…51080043011-24003'; SM4 on "
             "ID/mobile/bank card; HTTPS; RBAC; 12个月 logs; 人行 + 百行; 售后/免费期 12个月 with 小版本升级; 政策免费; 7×24; 2小时 named engineer; "
             "终身咨询 有; 写入合同附件二; 2.3万/年; 完整源码 无加密.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=23000, source_code_delivery="full"),
        dict(vendor="达州通川网络科技有限公司", gate="unverified", price=196000,
             why="'19.6万（年终优惠价，原价25.8万）' 含税 = 196,000 (the offer, not the list price); '按等保三级标准建设，上线后可协助测评' (claimed: "
                 "unverified); '国密算法' (which? claimed); '支持对接征信' names no body (claimed); '满足监管要求', '终身维护', '全包', '积极配合', "
                 "'第一时间响应', '签约时再议', '老客户优惠' state nothing; 7×24 stated; 智能客服机器人 + 区块链存证 + 元宇宙营销展厅 given (bloat); "
                 "'风控引擎核心加密' (partial source). 王总's and the 科技部's pick.",
             values=dict(support_7x24=True, tls=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="雅安雨城软件有限公司", gate="pass", price=128000,
             why="'12.8万' 含税 = 128,000 (caution zone); 等保三级证书51180043006-23009; SM4; HTTPS; 角色权限; 6个月 logs (not under 6); 百行; "
                 "免费期 6个月, 范围 '仅缺陷修复，不含升级'; 政策调整 '另行收费'; 5×8; 4小时; 终身咨询 无; 写入合同; 过保按次5000元/次; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated"),
             fin=PC + CORE, fex=BLOAT,
             flin=["price_below_15w"] + WEAK_AFTER,
             flex=NOGATE + ["no_sm4", "price_over_budget", "audit_log_under_6m", "bloat_features", "not_in_contract"]),
        dict(vendor="泸州酒城信息技术有限公司", gate="unverified", price="null",
             why="报价 '面议' (price_missing) — the '大概22万' and '1.5万/年' are only in 王总批注 (the buyer's, not read); '三级测评已完成，证书申请中' "
                 "(in progress: unverified, never fail); must-haves + 反欺诈; SM4; HTTPS; RBAC; 12个月; 朴道; 12 months with upgrades; 政策免费; "
                 "7×24, 1小时; 终身咨询; 同意写入合同; 过保年费 blank (unknown); 完整源码.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             fin=PC + ["anti_fraud"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
        dict(vendor="内江甜城网络工作室", gate="fail",
             why="'免费开源版（部署服务费0.8w）' (free / 8,000: under 10万, do not buy); '征信接口需我司自行开发对接' (must-have absent); 等级保护 "
                 "'无' (fail); '明文存储' (no SM4); 单管理员账号; QQ群答疑.",
             values=dict(mlps_level3=False, sm4_encryption=False),
             fex=["personal_credit_report"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4"]),
    ]
    write_toml(
        "zd_01_pc_grouped_headers.toml",
        """Voice: 杨帆 of the 科技部 at 眉山东坡惠民小额贷款 (personal credit) copies each vendor's written answers into one comparison
  table for the boss, 王总, who adds his remarks in the last column.
Layout: sheet 横向对比 — title, a note (no conversion, no cross-border business, budget ~22万, last column is 王总's), a two-level header:
  row 3 merged super-headers 基本信息 | 商务 | 功能 | 安全合规 | 售后 | 交付 | 王总批注 (merged down), row 4 terse sub-headers (序号, 供应商,
  联系人 | 报价, 税, 过保年费 | 核心模块, 增值模块 | 等级保护, 字段加密, 传输, 权限, 日志留存, 征信对接 | 免费期, 范围, 政策调整, 值守, 响应,
  终身咨询, 写入合同 | 源码); six vendor rows (the last gave up), a 科技部小结 and an attachments line; panes frozen at D5.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: sub-headers only mean something under their super-header (税, 范围, 值守, 免费期, 响应); 利州's price is two line items 不含税 +
  6% = 225,780; 通川 (王总's and the 科技部's pick) 19.6万 优惠价 (原价25.8万) with 按等保三级标准建设/协助测评, 国密算法, 支持对接征信, 终身维护,
  全包, 签约时再议 (claims: unverified) + three given bloat modules + encrypted core; 雨城 12.8万 (caution) with 6 months bug-only,
  另行收费, 5×8, 4h, no consulting; 酒城 面议 + 证书申请中 — its '大概22万' and '1.5万/年' appear only in 王总批注 (buyer's, not read); 甜城
  免费开源版 0.8w (fail); 灯城 gave up (not listed); the 小结 and attachments lines are no vendors.""",
        "personal_credit", [name], "广元利州数科有限公司",
        "利州 proves every gate (备案证明51080043011-24003, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every "
        "must-have plus 反欺诈, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, lifetime "
        "consulting, all in the contract's 附件二, full unencrypted source — at 225,780 含税 inside 18–25万 (3 years 225,780 + 2 × 23,000 = "
        "271,780). 王总's pick 通川 (196,000) only claims 等保, 国密 and 征信 (unverified), gives bloat and encrypts its core; 雨城 is "
        "128,000 in the caution zone with 6 months bug-only, paid policy changes, 5×8/4h and no consulting; 酒城 has no written price and "
        "only 申请中; 甜城 fails; 灯城 gave up.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zd_02  商户经营性贷 — 郴州北湖汇商小额贷款's 招标文件澄清问答记录: a bid summary per bidder, then the buyer's written clarification
#        questions and the bidders' written answers, which (says the note) override the bid where they differ; GBK CSV.
# ---------------------------------------------------------------------------------------------
def build_zd02():
    name = "zd_02_ml_clarification_qa_gbk.csv"
    rows = [
        ["郴州北湖汇商小额贷款有限公司 商户经营贷系统源码采购（竞争性磋商） 投标文件摘要及澄清问答记录"],
        ["项目编号：CZBH-CG-2025-011；记录人：采购部 贺婷；2025-11-26。评审比较口径：含税价（不含税报价按投标人声明的税率换算）。"
         "依磋商文件第3.6条，投标人的书面澄清答复构成投标文件的组成部分，与投标文件不一致的，以澄清答复为准。我司无跨境业务。"],
        [],
        ["一、投标文件摘要（摘自各投标人投标文件原文）"],
        ["投标人", "投标报价", "功能响应", "等保与数据安全", "征信接口", "售后承诺", "源码交付"],
        ["永州潇湘数科有限公司", "27.6万元（含税）",
         "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
         "支持等保三级；身份证号、手机号、银行卡号国密SM4加密；全站HTTPS；RBAC；操作日志保存12个月",
         "中国人民银行征信中心",
         "免费维护12个月（含缺陷修复和小版本升级）；监管政策调整免费适配；7×24小时，2小时内指定工程师响应；终身技术咨询；以上写入合同；过保年费2.4万元/年",
         "完整源码，无加密，可二次开发"],
        ["怀化鹤城软件有限公司", "21.5万元（含税）",
         "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
         "等保三级证书编号43120043008-23011；SM4加密（身份证号、手机号）；HTTPS；RBAC；日志保存12个月",
         "百行征信",
         "免费维护12个月（含升级）；政策调整免费；7×24小时，1小时响应；终身技术咨询；写入合同",
         "完整源码"],
        ["醴陵瓷城科技有限公司", "23.8万元（含税）",
         "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、区块链存证",
         "按等保三级要求设计；采用国密算法；HTTPS；权限管理",
         "支持对接主流征信机构",
         "终身维护；7×24小时；快速响应",
         "交付源码"],
        ["张家界天门网络科技有限公司", "9.8万元",
         "企业征信、电子合同、还款管理、用户管理（银行流水分析列入二期，另行报价）",
         "等保二级（备案证明43080042003-22010）；AES加密；HTTPS",
         "百行征信",
         "免费维护6个月；工作日支持",
         "完整源码"],
        ["益阳桃江信息技术有限公司", "面议",
         "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
         "等保三级申请中（测评机构已出具测评报告，等待公安机关发证）；SM4加密；HTTPS；RBAC；日志保存12个月",
         "朴道征信",
         "免费维护12个月，含小版本升级；政策调整免费；7×24小时，1小时响应；终身技术咨询；写入合同",
         "完整源码，可二次开发"],
        ["娄底湘中软件有限公司", "11月18日书面撤回投标文件，不再参与本项目", "—", "—", "—", "—", "—"],
        [],
        ["二、澄清问答记录"],
        ["序号", "投标人", "澄清问题（采购方）", "投标人书面答复", "答复日期", "是否改变投标文件"],
        ["Q1", "永州潇湘数科有限公司", "投标文件写“支持等保三级”，请说明系统是否已取得等保三级并提供证明。",
         "我司系统已取得网络安全等级保护三级备案证明，编号43110043012-24006（2024年11月取得），复印件随本函附上，原件可现场核验。",
         "2025-11-22", "是（补充证明）"],
        ["Q2", "永州潇湘数科有限公司", "征信接口是否还能对接百行征信？",
         "可以，已对接中国人民银行征信中心和百行征信，均包含在投标报价内。", "2025-11-22", "是"],
        ["Q3", "怀化鹤城软件有限公司", "投标报价21.5万元是否包含银行流水分析模块？",
         "银行流水分析为选配模块，另加5.8万元（含税），未包含在21.5万元投标报价内。", "2025-11-23", "是"],
        ["Q4", "怀化鹤城软件有限公司", "“政策调整免费”的范围是什么？",
         "一般性配置调整免费；重大监管政策调整需另行报价。", "2025-11-23", "是"],
        ["Q5", "怀化鹤城软件有限公司", "“7×24小时，1小时响应”是否含夜间和节假日？",
         "工作日8:30-17:30内1小时响应；夜间及节假日提交的问题次日处理。", "2025-11-23", "是"],
        ["Q6", "醴陵瓷城科技有限公司", "请提供等保三级证书或备案证明。",
         "目前正在筹备测评，系统上线后我司可协助贵司完成等保测评。", "2025-11-24", "否"],
        ["Q7", "醴陵瓷城科技有限公司", "“国密算法”具体是哪一种？用于哪些字段？",
         "采用国家商用密码算法，具体算法及加密字段以实施方案为准。", "2025-11-24", "否"],
        ["Q8", "醴陵瓷城科技有限公司", "“交付源码”是否为完整源码？",
         "交付业务层源码；风控引擎和征信适配模块以加密SDK形式提供。", "2025-11-24", "是"],
        ["Q9", "张家界天门网络科技有限公司", "投标报价9.8万元是否含税？",
         "不含税。我司为小规模纳税人，增值税征收率3%，开票时另加。", "2025-11-22", "是"],
        ["Q10", "益阳桃江信息技术有限公司", "请给出确定的投标报价。",
         "我司报价需在现场需求调研后确定，目前无法提供固定价格。", "2025-11-25", "否"],
        ["Q11", "娄底湘中软件有限公司", "（已撤回，未发澄清函）", "—", "—", "—"],
        [],
        ["评审小组初步意见：鹤城报价最低且有等保三级证书，建议列为第一成交候选人；潇湘次之。（待澄清全部回复后定稿）"],
        ["记录人：贺婷        复核：            2025-11-26"],
    ]
    write_csv(name, rows, "gbk")
    vendors = [
        good("永州潇湘数科有限公司", 276000,
             "'27.6万元（含税）' = 276,000 inside 25–35万; the bid's '支持等保三级' (a claim) is replaced by clarification Q1: 备案证明 "
             "43110043012-24006 (stated); Q2 adds 百行 to 人行; 企业征信、银行流水分析、电子合同 + core; SM4 on ID/mobile/bank card; HTTPS; RBAC; "
             "12个月; 12 months with 小版本升级; 政策免费; 7×24, 2小时 named engineer; 终身咨询; 写入合同; 2.4万/年; 完整源码 无加密.",
             ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
        dict(vendor="怀化鹤城软件有限公司", gate="pass", price=273000,
             why="Bid 21.5万 含税, but Q3: 银行流水分析 (must-have) '选配模块，另加5.8万元（含税），未包含' (conditional, added) = 273,000; Q4 '重大"
                 "监管政策调整需另行报价' overrides '政策调整免费' (charged); Q5 '夜间及节假日…次日处理' overrides '7×24' (not 7×24); 等保三级证书"
                 "43120043008-23011; SM4; HTTPS; RBAC; 12个月; 百行; 12 months with upgrades; 终身咨询; 写入合同; 完整源码. The 评审小组's pick.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=True, commitments_in_contract=True,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=ML + CORE, fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged", "no_7x24"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "maintenance_under_12m", "not_in_contract",
                            "bloat_features", "no_lifetime_consulting", "maintenance_excludes_upgrades"]),
        dict(vendor="醴陵瓷城科技有限公司", gate="unverified", price=238000,
             why="'23.8万元（含税）' = 238,000; '按等保三级要求设计' and Q6 '正在筹备测评…可协助…完成等保测评' (no certificate: unverified); '国密算法', "
                 "and Q7 '具体算法…以实施方案为准' (which? claimed); '支持对接主流征信机构' (no body: claimed); '终身维护', '快速响应' no facts; 7×24 "
                 "stated; 区块链存证 (bloat); Q8 '风控引擎和征信适配模块以加密SDK形式提供' (partial source).",
             values=dict(support_7x24=True, tls=True, source_code_delivery="partial"),
             status=dict(sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=ML + ["blockchain_evidence"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="张家界天门网络科技有限公司", gate="fail", price=100940,
             why="'9.8万元' is, per Q9, 不含税 with 3% 征收率: 98,000 × 1.03 = 100,940 on the sheet's 含税 basis (caution zone, not under 10万); "
                 "'等保二级（备案证明43080042003-22010）' (fail); AES (no SM4); '银行流水分析列入二期，另行报价' (must-have absent); 6 months; 工作日.",
             values=dict(mlps_level3=False, sm4_encryption=False, free_maintenance_months=6, support_7x24=False,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=["enterprise_credit", "contract_management"],
             flin=["price_below_15w", "no_mlps_level3", "missing_must_have", "no_sm4", "maintenance_under_12m", "no_7x24"],
             flex=["price_below_10w", "price_missing"]),
        dict(vendor="益阳桃江信息技术有限公司", gate="unverified", price="null",
             why="'面议', and Q10 '目前无法提供固定价格' (price_missing); '等保三级申请中（…等待…发证）' (in progress: unverified, never fail); must-"
                 "haves present; SM4; HTTPS; RBAC; 12个月; 朴道; 12 months with upgrades; 政策免费; 7×24, 1小时; 终身咨询; 写入合同; 完整源码.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         source_code_delivery="full"),
             fin=ML + CORE,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
    ]
    write_toml(
        "zd_02_ml_clarification_qa_gbk.toml",
        """Voice: 贺婷 of the 采购部 at 郴州北湖汇商小额贷款 (operating loans to merchants) records a 竞争性磋商: each bidder's bid as written,
  then the buyer's clarification questions and the bidders' written answers, which by the rules override the bid.
Layout: GBK CSV — title, a note (project no., compared 含税 with each bidder's declared rate, clarifications prevail over the bid, no
  cross-border business), section 一 header 投标人 | 投标报价 | 功能响应 | 等保与数据安全 | 征信接口 | 售后承诺 | 源码交付 with six rows (the
  last withdrew), section 二 header 序号 | 投标人 | 澄清问题（采购方） | 投标人书面答复 | 答复日期 | 是否改变投标文件 with Q1–Q11, the
  评审小组's preliminary opinion and a signature line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: a vendor's facts are split between its bid row and its Q&A rows; 潇湘's bid only says '支持等保三级' but Q1 gives 备案证明
  43110043012-24006 (stated); 鹤城 (the panel's pick, '报价最低') has its 流水分析 must-have as a 5.8万 选配 (Q3: 273,000), 重大政策调整另行
  报价 (Q4) and no night/holiday support (Q5) — the bid row's '政策调整免费' and '7×24' are overridden; 瓷城 stays a claim after Q6/Q7
  (按三级要求设计, 协助测评, 国密 unnamed, 主流征信机构) + 区块链 bloat + encrypted SDK core (Q8); 天门's 9.8万 is 不含税 at 3% (Q9): 100,940,
  caution not under-10万, and 等保二级 fails it anyway; 桃江 面议 + 申请中 (unverified); 湘中 withdrew (not listed); Q-numbers, dates,
  project and certificate numbers are no prices.""",
        "merchant_loan", [name], "永州潇湘数科有限公司",
        "潇湘 proves every gate once Q1 is read (备案证明43110043012-24006, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + "
        "百行), has every must-have, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, "
        "lifetime consulting, all in the contract, full unencrypted source — at 276,000 含税 inside 25–35万 (3 years 276,000 + 2 × 24,000 = "
        "324,000). The panel's 'cheapest' 鹤城 is 273,000 once its 选配 流水分析 is added, and its clarifications take back free policy "
        "changes and 7×24; 瓷城 only claims (unverified) and encrypts its core; 天门 is 等保二级 (fail); 桃江 has no price and only 申请中; "
        "湘中 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zd_03  消费分期 — a Kanban board export (Trello-style CSV, English column names) of 信阳浉河惠享小额贷款's 采购小组: one card per row,
#        the vendor's quote pasted into the card description, lists 待评估/评估中/已淘汰, labels, the team's comments; UTF-8 with BOM.
# ---------------------------------------------------------------------------------------------
ZD03_HEAD = ["Card ID", "Card Name", "List Name", "Labels", "Members", "Due Date", "Description", "Checklist Items", "Comments",
             "Archived"]
ZD03_CARDS = [
    ["c01", "📌 说明：预算与比价口径", "📋 说明 Info", "", "王磊", "",
     "我司做消费分期（手机、家电分期），无跨境业务。预算25万以内（含税）。各卡片描述里是对方书面报价原文（复制自报价函/邮件），评论区是我们自己的讨论。",
     "", "", "false"],
    ["c02", "焦作山阳数科有限公司", "🔍 评估中 Evaluating", "资料齐全", "王磊, 陈思", "2025-12-05",
     "**报价**：24.5万元（含税，增值税6%专票）\n"
     "**功能**：商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理\n"
     "**等保**：三级，备案证明编号41080043005-24008（2024年10月）\n"
     "**安全**：身份证号、手机号、银行卡号国密SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月\n"
     "**征信**：百行征信、朴道征信\n"
     "**售后**：免费维护18个月（含缺陷修复及小版本升级）；监管政策调整免费适配；7×24小时，2小时内指定工程师响应；终身技术咨询；上述条款全部写入合同\n"
     "**过保年费**：2万元/年\n"
     "**源码**：完整源码交付，无加密，可二次开发",
     "☑ 证书复印件 ☑ 合同草稿 ☐ 演示", "[11-24 陈思] 比龙都贵11万\n[11-25 王磊] 合同草稿第7章售后条款写得很细", "false"],
    ["c03", "濮阳龙都软件有限公司", "🔍 评估中 Evaluating", "推荐⭐, 最便宜", "陈思", "2025-12-05",
     "**报价**：13.5万元（含税）\n"
     "**功能**：商品管理、分期计算器、订单管理、还款管理、审批、用户管理\n"
     "**等保**：三级，证书编号41090043002-23006\n"
     "**安全**：SM4加密（身份证号、手机号）；HTTPS；角色权限；日志保存6个月\n"
     "**征信**：百行征信\n"
     "**售后**：免费维护6个月，仅修复bug，不含升级；政策调整按人天另计（1500元/人天）；5×8小时，次日响应；不提供终身咨询；售后条款按我司标准服务协议执行，不另写入合同\n"
     "**源码**：仅授权使用，按域名授权，不交付源码",
     "☑ 证书复印件 ☐ 合同草稿", "[11-23 陈思] 最便宜，推荐！\n[11-24 赵总] 销售口头说维护可以延到12个月，让他写进报价", "false"],
    ["c04", "驻马店天中网络科技有限公司", "🔍 评估中 Evaluating", "待补充", "王磊", "2025-12-08",
     "**Quote**：198k（不含税），税率13%另计\n"
     "**功能**：商品管理、订单跟踪、还款管理、风控审批、用户管理；分期计算器为选配模块 +25k（不含税）\n"
     "**等保**：三级，备案证明41170043004-24011\n"
     "**安全**：SM4（身份证号、手机号、银行卡号）；HTTPS；RBAC；日志保存12个月\n"
     "**征信**：人行征信中心\n"
     "**售后**：免费维护12个月（不含版本升级）；重大政策调整另行报价；7×24小时，2小时响应；终身技术咨询；写入合同\n"
     "**过保年费**：合同额12%/年\n"
     "**源码**：完整源码",
     "☐ 演示", "[11-25 王磊] 计算器是选配，要加上再比", "false"],
    ["c05", "三门峡陕州信息技术有限公司", "📥 待评估 Backlog", "功能多", "陈思", "",
     "**报价**：22万（含税）\n"
     "**功能**：商品管理、分期计算器、订单跟踪、积分商城、社交分享、智能客服机器人、区块链存证\n"
     "**等保**：系统按等保三级要求设计，提供等保测评协助\n"
     "**安全**：国密算法加密；HTTPS；权限管理\n"
     "**征信**：支持对接征信\n"
     "**售后**：终身维护；7×24小时；快速响应\n"
     "**源码**：提供源码",
     "", "[11-24 陈思] 功能最多，价格也合适", "false"],
    ["c06", "周口淮阳软件工作室", "❌ 已淘汰 Rejected", "不合规", "王磊", "",
     "**报价**：免费开源版，部署费15k\n"
     "**功能**：商品管理、订单管理、用户管理（无分期计算器，需自行开发）\n"
     "**等保**：没做\n"
     "**安全**：数据库明文；HTTPS\n"
     "**售后**：QQ群",
     "", "[11-22 王磊] 不合规，淘汰", "false"],
    ["c07", "漯河沙澧科技有限公司", "❌ 已淘汰 Rejected", "对方退出", "陈思", "",
     "对方11月21日邮件回复：产能已满，本次不参与报价。", "", "", "false"],
    ["c08", "法务：准备合同模板（售后条款写入合同）", "📋 说明 Info", "", "赵总", "2025-12-10",
     "把“免费维护期、7×24、2小时响应、政策适配免费”四条写进合同模板。", "☐ 初稿 ☐ 法务审核", "", "false"],
]


def build_zd03():
    name = "zd_03_ci_kanban_export_bom.csv"
    write_csv(name, [ZD03_HEAD] + ZD03_CARDS, "utf-8-sig")
    vendors = [
        good("焦作山阳数科有限公司", 245000,
             "'24.5万元（含税，增值税6%专票）' = 245,000 inside 20–30万 (and the 25万 budget); 商品管理、分期计算器、订单跟踪 + core; 等保三级"
             "备案证明41080043005-24008; SM4 on ID/mobile/bank card; HTTPS; RBAC; 12个月; 百行 + 朴道; 18 months with 小版本升级; 政策免费; 7×24, "
             "2小时 named engineer; 终身咨询; 全部写入合同; 2万/年; 完整源码 无加密.",
             CI + CORE + ["repayment_management"], free_maintenance_months=18, response_hours=2,
             annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
        dict(vendor="濮阳龙都软件有限公司", gate="pass", price=135000,
             why="'13.5万元（含税）' = 135,000 (caution zone); 等保三级证书41090043002-23006; SM4; HTTPS; 角色权限; 6个月; 百行; 6 months '仅修复bug，"
                 "不含升级'; 政策调整按人天另计; 5×8; 次日; 不提供终身咨询; '不另写入合同'; '仅授权使用…不交付源码' (licence only). The '12个月' is only "
                 "in the team's comment (buyer's, not read). Labelled 推荐⭐.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=CI + CORE, fex=BLOAT,
             flin=["price_below_15w"] + WEAK_AFTER + ["not_in_contract", "source_licence_only"],
             flex=NOGATE + ["no_sm4", "price_over_budget", "audit_log_under_6m", "bloat_features"]),
        dict(vendor="驻马店天中网络科技有限公司", gate="pass", price=251990,
             why="'198k（不含税），税率13%另计' and 分期计算器 (must-have) '选配模块 +25k（不含税）' (conditional, added): (198,000 + 25,000) × 1.13 = "
                 "251,990; 等保三级备案证明41170043004-24011; SM4; HTTPS; RBAC; 12个月; 人行; 12 months '不含版本升级'; '重大政策调整另行报价'; "
                 "7×24, 2小时; 终身咨询; 写入合同; 12%/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=CI + CORE, fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "maintenance_under_12m", "no_7x24",
                            "response_over_2h", "not_in_contract", "bloat_features"]),
        dict(vendor="三门峡陕州信息技术有限公司", gate="unverified", price=220000,
             why="'22万（含税）' = 220,000; '按等保三级要求设计，提供等保测评协助' (claimed: unverified); '国密算法加密' (which? claimed); '支持对接"
                 "征信' (no body: claimed); '终身维护', '快速响应' no facts; 7×24 stated; 积分商城/社交分享 (deferrable) and 智能客服机器人/区块链存证 "
                 "(bloat).",
             values=dict(support_7x24=True, tls=True),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=CI + ["points_mall", "social_sharing", "ai_customer_service", "blockchain_evidence"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="周口淮阳软件工作室", gate="fail",
             why="'免费开源版，部署费15k' (under 10万: do not buy); '无分期计算器，需自行开发' (must-have absent); 等保 '没做' (fail); 数据库明文 "
                 "(no SM4); QQ群. In the 已淘汰 list, but a quote all the same.",
             values=dict(mlps_level3=False, sm4_encryption=False),
             fin=["product_management", "order_tracking"], fex=["installment_calculator"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4"]),
    ]
    write_toml(
        "zd_03_ci_kanban_export_bom.toml",
        """Voice: the 采购小组 of 信阳浉河惠享小额贷款 (consumer instalments: phones, appliances) tracks vendors on a Kanban board; each card's
  description is the vendor's written quote pasted in (Markdown bold labels), the comments are the team's own talk.
Layout: UTF-8 CSV with BOM, a Trello-style export with English columns Card ID | Card Name | List Name | Labels | Members | Due Date |
  Description | Checklist Items | Comments | Archived; lists '📋 说明 Info', '🔍 评估中 Evaluating', '📥 待评估 Backlog', '❌ 已淘汰
  Rejected'; eight cards: a budget/basis note card, six vendor cards (one that opted out), a legal to-do card.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the card name is the vendor; the 说明 and 法务 cards are no vendors; labels (推荐⭐, 最便宜, 功能多), members, due dates, checklist
  ticks and comments are the buyer's — 龙都's '维护可以延到12个月' is only in a comment (not read); 龙都 (推荐⭐) 13.5万 (caution) with 6
  months bug-only, 人天另计, 5×8, 次日, no consulting, not in the contract, 仅授权使用 (licence only); 天中 '198k（不含税）' + 13% and its
  分期计算器 a 选配 '+25k' = 251,990 with 不含版本升级 and 重大政策调整另行报价; 陕州 按等保三级要求设计/测评协助, 国密算法, 支持对接征信,
  终身维护 (claims: unverified) + 智能客服/区块链 bloat; 淮阳 in 已淘汰 is still a quote: 免费开源版 + 15k, no calculator, no 等保 (fail);
  沙澧 opted out (not listed).""",
        "consumer_installment", [name], "焦作山阳数科有限公司",
        "山阳 proves every gate (备案证明41080043005-24008, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 百行 + 朴道), has all "
        "three instalment must-haves, and gives 18 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, "
        "lifetime consulting, all in the contract, full unencrypted source — at 245,000 含税 inside 20–30万 and the 25万 budget (3 years "
        "245,000 + 1.5 × 20,000 = 275,000). The team's 推荐⭐ 龙都 (135,000) is in the caution zone with 6 months bug-only, 5×8, next-day, nothing in "
        "the contract and no source; 天中 is 251,990 with the 选配 calculator and excludes upgrades and major policy changes; 陕州 only "
        "claims (unverified); 淮阳 fails; 沙澧 opted out.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zd_04  个人信用贷 — 菏泽牡丹普惠小额贷款's 供应商档案 workbook: a 初筛总览 matrix on the first sheet (the business department's star
#        ratings, registered capital, team size, the quoted price as the vendor put it) and one headhunter-style 档案 sheet per vendor,
#        label | content, with the vendor's written answers and a 我方备注 section at the bottom.
# ---------------------------------------------------------------------------------------------
ZD04_PROFILES = [
    ("档案-滨城", "滨州滨城数科有限公司", [
        ("一、基本情况", None),
        ("公司全称", "滨州滨城数科有限公司"), ("成立时间", "2013年"), ("注册资本", "1000万元"), ("团队规模", "62人（研发38人）"),
        ("代表客户", "省内小贷公司17家"),
        ("二、报价", None),
        ("报价构成", "授权费15万元、实施费3.5万元、培训及上线支持1.5万元，合计20万元"), ("计税", "以上均含税（增值税6%）"),
        ("过保年费", "合同额12%/年"),
        ("三、产品功能", None),
        ("功能清单", "个人征信接口（人行二代、百行）\n风控模型（评分卡+规则引擎）\n反欺诈模型\n还款计划及还款提醒\n风控审批流\n用户管理"),
        ("四、安全与合规", None),
        ("等保", "三级，备案证明编号37160043009-24012（2024年12月）"), ("数据加密", "身份证号、手机号、银行卡号国密SM4字段加密"),
        ("传输", "全站HTTPS"), ("权限", "RBAC，按岗位、机构分级"), ("日志", "操作日志保存24个月，异常行为告警"),
        ("征信", "中国人民银行征信中心、百行征信"),
        ("五、售后", None),
        ("维护期", "免费维护12个月"), ("维护范围", "缺陷修复及小版本升级"), ("政策适配", "监管政策变化导致的调整免费"),
        ("技术支持", "7×24小时值班"), ("响应", "30分钟内响应，指定工程师"), ("终身咨询", "提供终身技术咨询"),
        ("合同", "以上售后条款全部写入合同"),
        ("六、交付", None),
        ("源码", "完整源码，无加密，可二次开发"),
        ("七、我方备注", None),
        ("备注", "报价偏高；答复逐条有证明材料"),
    ]),
    ("档案-台儿庄", "枣庄台儿庄软件有限公司", [
        ("一、基本情况", None),
        ("公司全称", "枣庄台儿庄软件有限公司"), ("成立时间", "2009年"), ("注册资本", "3000万元"), ("团队规模", "150人"),
        ("代表客户", "全国小贷、融资担保客户200余家"),
        ("二、报价", None),
        ("报价构成", "17.8万元（含一年维保）"), ("计税", "含税"), ("过保年费", "2.5万元/年"),
        ("三、产品功能", None),
        ("功能清单", "个人征信接口、风控模型、反欺诈、还款管理、风控审批、用户管理、营销插件、会员体系"),
        ("四、安全与合规", None),
        ("等保", "三级，证书编号37040043004-23018"), ("数据加密", "AES-256（身份证号、手机号）"), ("传输", "HTTPS"),
        ("权限", "RBAC"), ("日志", "保存3个月"), ("征信", "百行征信"),
        ("五、售后", None),
        ("维护期", "12个月"), ("维护范围", "缺陷修复及小版本升级"), ("政策适配", "一般调整免费，重大政策调整另行报价"),
        ("技术支持", "7×24小时"), ("响应", "2小时"), ("终身咨询", "不提供"), ("合同", "写入合同"),
        ("六、交付", None),
        ("源码", "核心风控引擎加密，其余源码交付"),
        ("七、我方备注", None),
        ("备注", "规模最大，业务部倾向；加密不是国密，日志只有3个月，待确认"),
    ]),
    ("档案-岱岳", "泰安岱岳网络科技有限公司", [
        ("一、基本情况", None),
        ("公司全称", "泰安岱岳网络科技有限公司"), ("成立时间", "2016年"), ("注册资本", "500万元"), ("团队规模", "35人"),
        ("代表客户", "未提供"),
        ("二、报价", None),
        ("报价构成", "面议（按放款规模阶梯报价，需先提供业务数据）"), ("计税", "—"), ("过保年费", "详见附件"),
        ("三、产品功能", None),
        ("功能清单", "个人征信接口、智能风控、反欺诈模型、还款提醒、审批流、用户管理"),
        ("四、安全与合规", None),
        ("等保", "已通过等保测评"), ("数据加密", "国密SM4（身份证号、手机号）"), ("传输", "HTTPS"), ("权限", "RBAC"),
        ("日志", "12个月"), ("征信", "中国人民银行征信中心"),
        ("五、售后", None),
        ("维护期", "12个月"), ("维护范围", "缺陷修复+小版本升级"), ("政策适配", "免费"), ("技术支持", "7×24小时"),
        ("响应", "1小时"), ("终身咨询", "提供"), ("合同", "可写入合同"),
        ("六、交付", None),
        ("源码", "完整源码"),
        ("七、我方备注", None),
        ("备注", "销售口头报约21万，等保级别没说，要证书"),
    ]),
    ("档案-东昌", "聊城东昌软件有限公司", [
        ("一、基本情况", None),
        ("公司全称", "聊城东昌软件有限公司"), ("成立时间", "2020年"), ("注册资本", "100万元"), ("团队规模", "12人"),
        ("代表客户", "县域小贷3家"),
        ("二、报价", None),
        ("报价构成", "9.9万元（不含税）"), ("计税", "小规模纳税人，增值税征收率1%，开票另加"), ("过保年费", "按次收费"),
        ("三、产品功能", None),
        ("功能清单", "个人征信接口（百行）、风控模型、还款管理、审批、用户管理"),
        ("四、安全与合规", None),
        ("等保", "三级，证书编号37150043001-24002"), ("数据加密", "SM4（身份证号、手机号）"), ("传输", "HTTPS"), ("权限", "角色权限"),
        ("日志", "6个月"), ("征信", "百行征信"),
        ("五、售后", None),
        ("维护期", "3个月"), ("维护范围", "仅缺陷修复，不含升级"), ("政策适配", "另计"), ("技术支持", "5×8小时"),
        ("响应", "次日"), ("终身咨询", "不提供"), ("合同", "售后不写入合同"),
        ("六、交付", None),
        ("源码", "仅授权使用（绑定服务器），不交付源码"),
        ("七、我方备注", None),
        ("备注", "太小"),
    ]),
    ("档案-乐陵", "德州乐陵数科有限公司", [
        ("一、基本情况", None),
        ("公司全称", "德州乐陵数科有限公司"), ("成立时间", "2018年"), ("注册资本", "2000万元"), ("团队规模", "80人"),
        ("代表客户", "“服务金融机构超百家”"),
        ("二、报价", None),
        ("报价构成", "23.6万元"), ("计税", "含税"), ("过保年费", "优惠"),
        ("三、产品功能", None),
        ("功能清单", "个人征信、AI风控、反欺诈、还款管理、审批、用户管理、元宇宙营销、智能客服机器人"),
        ("四、安全与合规", None),
        ("等保", "按等保三级设计，协助客户通过测评"), ("数据加密", "国密算法"), ("传输", "HTTPS"), ("权限", "完善的权限体系"),
        ("日志", "满足监管要求"), ("征信", "支持对接持牌征信机构"),
        ("五、售后", None),
        ("维护期", "终身维护"), ("维护范围", "全面"), ("政策适配", "积极配合"), ("技术支持", "7×24小时"), ("响应", "快速响应"),
        ("终身咨询", "有"), ("合同", "签约时商定"),
        ("六、交付", None),
        ("源码", "交付源码"),
        ("七、我方备注", None),
        ("备注", "PPT做得好，功能多"),
    ]),
    ("档案-曹州", "菏泽曹州信息技术有限公司", [
        ("一、基本情况", None),
        ("公司全称", "菏泽曹州信息技术有限公司"), ("成立时间", "2015年"), ("注册资本", "800万元"),
        ("二、报价", None),
        ("报价构成", "11月20日来函：因核心团队调整，本次不参与报价"),
        ("七、我方备注", None),
        ("备注", "不报价"),
    ]),
]
ZD04_SUMMARY = [
    ["1", "滨州滨城数科有限公司", "滨州", "2013", "62人", "合计20万元（含税）", "★★★", "报价偏高", "档案-滨城"],
    ["2", "枣庄台儿庄软件有限公司", "枣庄", "2009", "150人", "17.8万元（含税，含一年维保）", "★★★★★", "首推：规模大、注册资本3000万、价格合适",
     "档案-台儿庄"],
    ["3", "泰安岱岳网络科技有限公司", "泰安", "2016", "35人", "面议", "★★★", "没报价", "档案-岱岳"],
    ["4", "聊城东昌软件有限公司", "聊城", "2020", "12人", "9.9万元（不含税）", "★★", "便宜但公司小", "档案-东昌"],
    ["5", "德州乐陵数科有限公司", "德州", "2018", "80人", "23.6万元（含税）", "★★★★", "功能多", "档案-乐陵"],
    ["6", "菏泽曹州信息技术有限公司", "菏泽", "2015", "—", "不参与", "—", "不报价", "档案-曹州"],
]


def build_zd04():
    name = "zd_04_pc_vendor_profiles.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "初筛总览"
    head = ["序号", "供应商", "所在地", "成立", "团队", "报价（对方口径）", "业务部初评", "初评意见", "档案页"]
    widths(ws, [5, 26, 8, 8, 8, 26, 12, 34, 12])
    _text(ws, 1, len(head), "菏泽牡丹普惠小额贷款有限公司 信用贷系统供应商档案 — 初筛总览", font=TITLE)
    _text(ws, 2, len(head), "业务部 孔祥宇 整理，2025-11-25。各供应商详细情况见后面各“档案”页（依据对方书面材料填写）；“业务部初评”为我方主观印象，"
                            "未经技术核验。我司做个人信用贷，无跨境业务，预算20万左右。")
    put_row(ws, 3, head, font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(ZD04_SUMMARY, start=4):
        put_row(ws, i, row)
    for title, vendor, items in ZD04_PROFILES:
        sh = wb.create_sheet(title)
        widths(sh, [16, 60])
        _text(sh, 1, 2, f"供应商档案：{vendor}", font=TITLE)
        _text(sh, 2, 2, "资料来源：对方书面报价及技术应答（2025年11月）；第七部分为我方备注")
        r = 3
        for label, value in items:
            if value is None:
                c = sh.cell(row=r, column=1, value=label)
                c.font = BOLD
                c.fill = GREEN if label.startswith("七") is False else YELLOW
                sh.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            else:
                put_row(sh, r, [label, value])
                sh.cell(row=r, column=1).fill = GREY
                if "\n" in value:
                    sh.row_dimensions[r].height = 90
            r += 1
    _save(wb, name)
    vendors = [
        good("滨州滨城数科有限公司", 200000,
             "档案-滨城: 授权费15万 + 实施费3.5万 + 培训1.5万 = 合计20万元, 含税 (6%) = 200,000 inside 18–25万; 注册资本1000万 is no price; 个人征信"
             "接口 (人行二代 + 百行), 风控模型, 反欺诈模型, 还款计划/提醒, 风控审批流, 用户管理; 等保三级备案证明37160043009-24012; SM4 on ID/mobile/"
             "bank card; HTTPS; RBAC; 24个月 logs; 人行 + 百行; 12 months with 小版本升级; 政策免费; 7×24; 30分钟 named engineer; 终身咨询; 全部写入"
             "合同; 合同额12%/年 = 24,000; 完整源码 无加密.",
             PC + ["anti_fraud"] + CORE, audit_log_months=24, response_hours=0.5, annual_fee_after_warranty_cny=24000,
             source_code_delivery="full"),
        dict(vendor="枣庄台儿庄软件有限公司", gate="pass", price=178000,
             why="'17.8万元（含一年维保）' 含税 = 178,000 (注册资本3000万 is no price); 等保三级证书37040043004-23018 (stated); 'AES-256' (encryption "
                 "but not 国密: no SM4); HTTPS; RBAC; '保存3个月' logs (under 6); 百行; 12 months with upgrades; '重大政策调整另行报价' (charged, "
                 "conditional); 7×24; 2小时; 终身咨询 '不提供'; 写入合同; 2.5万/年; '核心风控引擎加密' (partial); 营销插件/会员体系 deferrable. The "
                 "business department's ★★★★★ 首推.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=False,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=25000, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated"),
             fin=PC + ["anti_fraud", "marketing_plugins", "membership"] + CORE, fex=BLOAT,
             flin=["no_sm4", "audit_log_under_6m", "policy_adaptation_charged", "no_lifetime_consulting", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "maintenance_under_12m", "no_7x24", "response_over_2h",
                            "not_in_contract", "bloat_features", "maintenance_excludes_upgrades"]),
        dict(vendor="泰安岱岳网络科技有限公司", gate="unverified", price="null",
             why="'面议（按放款规模阶梯报价…）' (price_missing) — '约21万' is only in 我方备注 (buyer's, not read); '已通过等保测评' with no level "
                 "(claimed: unverified); SM4; HTTPS; RBAC; 12个月; 人行; 12 months with upgrades; 政策免费; 7×24, 1小时; 终身咨询; 可写入合同; 年费 "
                 "'详见附件' (unknown); 完整源码.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True,
                         annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             status=dict(mlps_level3="claimed"),
             fin=PC + ["anti_fraud"],
             flin=["price_missing", "claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
        dict(vendor="聊城东昌软件有限公司", gate="fail", price=99990,
             why="'9.9万元（不含税）' + '征收率1%' = 99,990 (under 10万: do not buy, whatever its certificate); 等保三级证书37150043001-24002; SM4; "
                 "HTTPS; 角色权限; 6个月; 百行; 3 months bug-only; 政策另计; 5×8; 次日; 不提供终身咨询; 不写入合同; 仅授权使用 (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"),
             fin=PC + CORE,
             flin=["price_below_10w"] + WEAK_AFTER + ["not_in_contract", "source_licence_only"],
             flex=["no_mlps_level3", "missing_must_have", "price_missing", "price_below_15w", "no_sm4", "audit_log_under_6m"]),
        dict(vendor="德州乐陵数科有限公司", gate="unverified", price=236000,
             why="'23.6万元' 含税 = 236,000 (注册资本2000万 is no price); '按等保三级设计，协助客户通过测评' (claimed: unverified); '国密算法' "
                 "(which? claimed); '支持对接持牌征信机构' names no body (claimed); '满足监管要求', '终身维护', '全面', '积极配合', '快速响应', '签约时"
                 "商定', 年费 '优惠' state nothing; 7×24 stated; 元宇宙营销 + 智能客服机器人 (bloat).",
             values=dict(support_7x24=True, tls=True),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=PC + ["anti_fraud", "metaverse_marketing", "ai_customer_service"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
    ]
    write_toml(
        "zd_04_pc_vendor_profiles.toml",
        """Voice: 孔祥宇 of the 业务部 at 菏泽牡丹普惠小额贷款 (personal credit) keeps a headhunter-style file on each vendor: company facts,
  then the vendor's written answers, then his own remarks; a summary matrix with his star ratings opens the workbook.
Layout: sheet 初筛总览 — title, a note (profiles from the vendors' written material, stars are subjective, budget ~20万), header 序号 |
  供应商 | 所在地 | 成立 | 团队 | 报价（对方口径） | 业务部初评 | 初评意见 | 档案页, six rows; then six sheets 档案-滨城 … 档案-曹州, each a
  label | content form with section rows 一、基本情况 (公司全称, 成立时间, 注册资本, 团队规模, 代表客户) … 二、报价 … 三、产品功能 … 四、安全与
  合规 … 五、售后 … 六、交付 … 七、我方备注.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: each vendor appears twice (summary row + profile sheet): one quote each; 注册资本 (100万–3000万), 成立 years, team sizes and
  '200余家' are no prices; stars and 我方备注 are the buyer's — 岱岳's '约21万' is only there (not read); 滨城's price is three line items
  '合计20万元' 含税 and its fee '合同额12%/年'; 台儿庄 (★★★★★ 首推) is certified but AES-256 (no SM4), 3-month logs, 重大政策调整另行报价,
  no consulting, encrypted core; 岱岳 面议 + '已通过等保测评' with no level (claimed); 东昌 9.9万 不含税 + 1% = 99,990 (under 10万: fail
  despite its certificate); 乐陵 按等保三级设计/协助测评, 国密算法, 支持对接持牌征信机构 (no body named), 终身维护 (claims: unverified) +
  元宇宙/智能客服 bloat; 曹州 declined (not listed).""",
        "personal_credit", [name], "滨州滨城数科有限公司",
        "滨城 proves every gate (备案证明37160043009-24012, SM4 on ID/mobile/bank card, HTTPS, RBAC, 24-month logs, 人行 + 百行), has every "
        "must-have plus 反欺诈, and gives 12 months with upgrades, free policy adaptation, 7×24 within 30 minutes by a named engineer, "
        "lifetime consulting, all in the contract, full unencrypted source — at 200,000 含税 inside 18–25万 (3 years 200,000 + 2 × 24,000 = "
        "248,000). The ★★★★★ 台儿庄 (178,000) is certified but uses AES not SM4, keeps logs 3 months (below the regulatory 6), charges major "
        "policy changes, gives no consulting and encrypts its core; 岱岳 has no price and an unlevelled 等保 claim; 东昌 is under 10万 (fail); "
        "乐陵 only claims (unverified); 曹州 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zd_05  商户经营性贷 — an English vendor due-diligence sheet of 宣城宣州商融小额贷款 (for its Hong Kong shareholder): vendors are rows;
#        each check is a Response column (Yes / No / Partial / text) followed by an 'Evidence ref' column; a Reviewer note column (ours).
# ---------------------------------------------------------------------------------------------
ZD05_HEAD = ["#", "Vendor", "Quoted price", "Tax basis", "Modules offered",
             "MLPS Level 3", "Evidence ref", "SM4 field encryption", "Evidence ref", "TLS in transit", "Access control (RBAC)",
             "Log retention", "Licensed credit bureau", "Evidence ref",
             "Free maintenance", "Upgrades in maintenance", "Regulatory change adaptation", "7x24 support", "Response time",
             "Lifetime consulting", "Commitments in contract", "Evidence ref", "Post-warranty fee", "Source code delivery",
             "Reviewer note (ours)"]
ZD05_ROWS = [
    ["1", "淮北相山数科有限公司", "CNY 318,000", "incl. 6% VAT (licence 220,000 + implementation 60,000 + training 20,000 = 300,000 "
     "excl. VAT)",
     "Enterprise credit report; bank statement analysis; e-contract (contract management); risk approval workflow; repayment "
     "schedule & reminders; user management",
     "Yes", "EV-1.1 MLPS Level 3 filing certificate no. 34060043010-24002 (Oct 2024), copy checked against original",
     "Yes", "EV-1.2 SM4 on ID no., mobile no., bank card no. (design doc §4.3)", "Yes (HTTPS, TLS 1.2+)", "Yes (by role and branch)",
     "12 months, abnormal-export alerts", "Yes", "EV-1.3 PBoC Credit Reference Center + Baihang Credit (interface contracts)",
     "12 months", "Yes — bug fixes and minor version upgrades", "Free", "Yes", "2 h, named engineer", "Yes", "Yes",
     "EV-1.4 Draft contract Schedule 2", "CNY 30,000 / yr", "Full source, unencrypted, modifiable", "Priciest"],
    ["2", "铜陵铜官软件有限公司", "CNY 148,000", "incl. 6% VAT",
     "Enterprise credit report; e-contract; risk approval; repayment; user management; bank statement analysis — Optional "
     "(+CNY 40,000 incl. VAT)",
     "Yes", "EV-2.1 MLPS Level 3 certificate no. 34070043005-23014 (copy)", "Yes", "EV-2.2 SM4 on ID no. and mobile no.",
     "Yes (HTTPS)", "Yes", "6 months", "Yes", "EV-2.3 Baihang Credit",
     "6 months", "No — bug fixes only", "Partial — minor changes free; major regulatory changes quoted separately",
     "No (5x8, Mon–Fri 9:00–17:00)", "4 h", "No", "Yes", "EV-2.4 Draft contract cl. 9", "20% of contract value / yr",
     "Partial — core risk engine obfuscated", "Preferred: lowest price and certified"],
    ["3", "阜阳颍州网络科技有限公司", "Negotiable (面议) — after on-site survey", "—",
     "Enterprise credit report; bank statement analysis; e-contract; risk approval; repayment; user management",
     "Partial", "EV-3.1 Level 3 application in progress (申请中): assessment report issued, certificate pending (expected Jan 2026)",
     "Yes", "EV-3.2 SM4 on ID no. and mobile no.", "Yes (HTTPS)", "Yes", "12 months", "Yes", "EV-3.3 Pudao Credit",
     "12 months", "Yes — bug fixes and minor upgrades", "Free", "Yes", "1 h", "Yes", "Yes", "EV-3.4 Vendor's signed letter",
     "See attachment 4", "Full source, modifiable", "Sales rep said about CNY 290k on the phone; annual fee CNY 25k"],
    ["4", "亳州谯城信息技术有限公司", "CNY 265,000", "incl. VAT",
     "Enterprise credit report; bank statement analysis; e-contract; blockchain evidence storage; AI customer-service bot",
     "Yes", "None provided — vendor letter says 'designed to MLPS Level 3; assessment support after go-live'",
     "Yes", "'National (国密) encryption' — algorithm not named", "Yes (HTTPS)", "Yes", "Meets regulatory requirements",
     "Yes", "'Supports mainstream credit bureaus' — none named",
     "Lifetime", "Yes", "Fully cooperative", "Yes", "Rapid", "Yes", "To be negotiated", "—", "Preferential",
     "Source code provided", "Most modules"],
    ["5", "滁州琅琊软件有限公司", "CNY 0 (free open-source edition); paid support package CNY 20,000 / yr", "N/A",
     "Enterprise credit report; e-contract; user management (no bank statement analysis)",
     "No", "—", "No", "Plain-text database", "Yes (HTTPS)", "No (single admin account)", "30 days", "No", "Buyer to integrate",
     "None", "No", "—", "No", "—", "No", "No", "—", "—", "Open source (GPL)", "Not compliant"],
    ["6", "池州九华科技有限公司", "Withdrew on 2025-11-18 (resource constraints)", "—", "—", "—", "—", "—", "—", "—", "—", "—",
     "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "Withdrew"],
]


def build_zd05():
    name = "zd_05_ml_en_due_diligence.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Vendor DD"
    n = len(ZD05_HEAD)
    widths(ws, [4, 24, 18, 26, 40, 10, 34, 10, 30, 12, 14, 16, 10, 30, 12, 20, 26, 16, 14, 10, 10, 24, 18, 24, 28])
    _text(ws, 1, n, "VENDOR DUE DILIGENCE — Merchant Loan System (source-code purchase)", font=TITLE)
    _text(ws, 2, n, "Entity: 宣城宣州商融小额贷款有限公司 (merchant operating loans; no cross-border business) | For: HK shareholder IT risk "
                    "committee | Prepared by: Grace Wu, 2025-11-26 | Responses are the vendors' written answers; Evidence ref = the document "
                    "each answer rests on; the last column is our reviewer's own note.")
    put_row(ws, 3, ZD05_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(ZD05_ROWS, start=4):
        put_row(ws, i, row)
        ws.row_dimensions[i].height = 110
        for c in range(6, 25):
            v = ws.cell(row=i, column=c).value
            if v in ("Yes",) or (isinstance(v, str) and v.startswith("Yes")):
                ws.cell(row=i, column=c).fill = GREEN
            elif isinstance(v, str) and v.startswith(("No", "Partial")):
                ws.cell(row=i, column=c).fill = YELLOW
    r = 4 + len(ZD05_ROWS) + 1
    _text(ws, r, n, "Reviewer summary: Vendor 2 (铜陵铜官) is the lowest certified bid at CNY 148,000 — proposed for award. Vendor 4 has the "
                    "broadest module list.", font=BOLD)
    _text(ws, r + 1, n, "Legend: Yes / No / Partial as answered by the vendor; '—' = not answered.")
    ws.freeze_panes = "C4"
    _save(wb, name)
    vendors = [
        good("淮北相山数科有限公司", 318000,
             "'CNY 318,000' incl. 6% VAT (220,000 + 60,000 + 20,000 = 300,000 excl.) inside 25–35万; enterprise credit, bank statement "
             "analysis, e-contract + core; MLPS L3 filing 34060043010-24002 checked; SM4 on ID/mobile/bank card; HTTPS; RBAC; 12 months logs; "
             "PBoC + Baihang; 12 months with minor upgrades; free; 7x24; 2 h named engineer; lifetime consulting; in contract Schedule 2; "
             "CNY 30,000/yr; full unencrypted source.",
             ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
        dict(vendor="铜陵铜官软件有限公司", gate="pass", price=188000,
             why="'CNY 148,000 incl. 6% VAT' leaves out bank statement analysis (must-have) 'Optional (+CNY 40,000 incl. VAT)' (conditional, "
                 "added) = 188,000 — so not in the under-15万 zone once comparable; MLPS L3 certificate 34070043005-23014; SM4; HTTPS; RBAC; "
                 "6 months logs; Baihang; 6 months 'bug fixes only'; 'major regulatory changes quoted separately' (charged); 5x8; 4 h; no "
                 "consulting; in contract; 20%/yr; 'core risk engine obfuscated' (partial). The reviewer's pick.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated"),
             fin=ML + CORE, fex=BLOAT,
             flin=["conditional"] + WEAK_AFTER + ["source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "audit_log_under_6m", "not_in_contract",
                            "bloat_features"]),
        dict(vendor="阜阳颍州网络科技有限公司", gate="unverified", price="null",
             why="'Negotiable (面议)' (price_missing) — the 'about CNY 290k' and 'CNY 25k' are only in the reviewer's note (ours, not read); MLPS "
                 "'Partial' — 'application in progress (申请中)… certificate pending' (unverified, never fail); SM4; HTTPS; RBAC; 12 months; "
                 "Pudao; 12 months with upgrades; free; 7x24; 1 h; lifetime consulting; in contract; fee 'See attachment 4' (unknown); full "
                 "source.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             fin=ML + CORE,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
        dict(vendor="亳州谯城信息技术有限公司", gate="unverified", price=265000,
             why="'CNY 265,000 incl. VAT'; MLPS 'Yes' but Evidence 'None provided — … designed to MLPS Level 3; assessment support' (claimed: "
                 "unverified); SM4 'Yes' but '国密 encryption — algorithm not named' (claimed); bureau 'Yes' but 'none named' (claimed); "
                 "'Lifetime', 'Rapid', 'Fully cooperative', 'To be negotiated', 'Preferential' state nothing; 7x24 'Yes'; blockchain evidence "
                 "+ AI customer-service bot (bloat). The broadest module list.",
             values=dict(support_7x24=True, tls=True),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=ML + ["blockchain_evidence", "ai_customer_service"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor="滁州琅琊软件有限公司", gate="fail",
             why="'CNY 0 (free open-source edition)' (under 10万: do not buy); 'no bank statement analysis' (must-have absent); MLPS 'No' "
                 "(fail); SM4 'No', plain text; single admin account; 30 days logs; no bureau; no maintenance; not in contract; GPL.",
             values=dict(mlps_level3=False, sm4_encryption=False, access_control=False, commitments_in_contract=False),
             status=dict(mlps_level3="stated"),
             fin=["enterprise_credit", "contract_management"], fex=["cashflow_analysis"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m"]),
    ]
    write_toml(
        "zd_05_ml_en_due_diligence.toml",
        """Voice: Grace Wu prepares, in English, a vendor due-diligence sheet for the Hong Kong shareholder's IT risk committee of 宣城宣州商融
  小额贷款 (merchant operating loans): each vendor's written answer beside the document it rests on.
Layout: sheet Vendor DD — title, an entity/purpose line (no cross-border business; last column is ours), one header row # | Vendor |
  Quoted price | Tax basis | Modules offered | MLPS Level 3 | Evidence ref | SM4 field encryption | Evidence ref | TLS in transit |
  Access control (RBAC) | Log retention | Licensed credit bureau | Evidence ref | Free maintenance | Upgrades in maintenance | Regulatory
  change adaptation | 7x24 support | Response time | Lifetime consulting | Commitments in contract | Evidence ref | Post-warranty fee |
  Source code delivery | Reviewer note (ours); six vendor rows (the last withdrew), a reviewer summary and a legend; Yes cells green,
  No/Partial yellow; panes frozen at C4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: four columns share the header 'Evidence ref' — each belongs to the check on its left; a bare 'Yes' is only as good as its evidence:
  谯城's three 'Yes' rest on 'designed to MLPS Level 3', '国密 — algorithm not named' and 'none named' (claims: unverified) + blockchain/
  AI bot bloat; 'Partial' means different things (铜官's regulatory adaptation = major changes charged; 颍州's MLPS = 申请中, unverified);
  铜官 (the reviewer's pick, 'lowest certified' 148,000) leaves its bank-statement must-have as 'Optional (+CNY 40,000 incl. VAT)':
  comparable 188,000, with 6 months bug-only, 5x8, 4 h, no consulting and an obfuscated core; 相山's price comes with an excl.-VAT
  breakdown (318,000 incl.); 颍州's 'about CNY 290k' is only in our reviewer's note (not read); 琅琊 free + paid support, no MLPS
  (fail); 池州九华 withdrew (not listed).""",
        "merchant_loan", [name], "淮北相山数科有限公司",
        "相山 proves every gate with documents (MLPS L3 filing 34060043010-24002 checked against the original, SM4 on ID/mobile/bank card, "
        "HTTPS, RBAC, 12-month logs, PBoC + Baihang), has every must-have, and gives 12 months with upgrades, free regulatory adaptation, "
        "7x24 within 2 hours by a named engineer, lifetime consulting, all in the draft contract, full unencrypted source — at 318,000 incl. "
        "VAT inside 25–35万 (3 years 318,000 + 2 × 30,000 = 378,000). The reviewer's 铜官 is 188,000 only once its optional bank-statement "
        "analysis is added, with 6 months bug-only, paid major changes, 5x8/4 h, no consulting, an obfuscated core and 20 % a year after "
        "(3 years ≈ 188,000 + 2.5 × 37,600 ≈ 282,000 plus policy fees); 谯城's 'Yes' answers are unevidenced claims; 颍州 has no price and "
        "only 申请中; 琅琊 fails; 池州九华 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zd_06  消费分期 — 庆阳西峰惠通小额贷款's 报价修订对照表: one row per vendor; cells the vendors changed in their revision letters read
#        '原：…→现：…' (the strikethrough of the paper copy retyped), unchanged cells hold the plain value; a 我方备注 column.
# ---------------------------------------------------------------------------------------------
ZD06_HEAD = ["序号", "服务商", "报价", "功能模块", "等保", "数据安全", "征信对接", "维护期及范围", "政策适配", "技术支持", "终身咨询/合同",
             "过保年费", "源码交付", "修订函日期", "我方备注"]
ZD06_ROWS = [
    ["1", "平凉崆峒数科有限公司", "原：28.5万（含税）→现：26.8万（含税）",
     "商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理",
     "三级，备案证明编号62080043007-24015（2024年11月）", "SM4（身份证号、手机号、银行卡号）；HTTPS；RBAC；日志保存12个月",
     "中国人民银行征信中心、百行征信", "12个月，含缺陷修复和小版本升级", "免费", "原：7×24，2小时内响应→现：7×24，4小时内响应",
     "终身技术咨询；写入合同", "2.8万元/年", "原：完整源码，无加密→现：源码交付，风控引擎模块加密", "11月24日", "降价同时改了响应和源码"],
    ["2", "定西安定数联软件有限公司", "原：23.6万（含税）→现：18.9万（含税）",
     "商品管理、分期计算器、订单管理、还款管理、审批流、用户管理",
     "三级，证书编号62110043005-23019", "SM4（身份证号、手机号）；HTTPS；RBAC；日志保存12个月", "百行征信",
     "原：12个月，含缺陷修复和小版本升级→现：6个月，仅缺陷修复", "原：免费→现：重大政策调整另行报价",
     "原：7×24，2小时→现：5×8，4小时", "终身技术咨询；写入合同", "3万元/年", "完整源码", "11月25日", "降幅最大，销售说还能再让1万"],
    ["3", "陇南武都网络科技有限公司", "原：面议→现：21.5万（不含税，增值税6%另计）",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
     "原：三级测评中，证书申请中→现：已取得等保三级，备案证明编号62120043002-25003（2025年11月20日）",
     "SM4（身份证号、手机号、银行卡号）；HTTPS；RBAC；日志保存12个月", "百行征信、朴道征信",
     "12个月，含缺陷修复和小版本升级", "免费", "7×24，2小时内指定工程师响应", "终身技术咨询；全部写入合同",
     "原：详见附件→现：2万元/年", "完整源码，可二次开发", "11月25日", "证书原件已核"],
    ["4", "临夏河州软件工作室", "原：8.8万→现：9.5万（含税）",
     "商品管理、订单管理、还款管理、用户管理（分期计算器需另行开发）",
     "二级（备案证明62290042001-23004）", "AES加密；HTTPS", "百行征信", "6个月", "另计", "工作日", "无", "—", "完整源码", "11月23日",
     "二级不行"],
    ["5", "金昌镍都信息技术有限公司", "原：24.8万（含税）→现：撤回报价（11月26日函告，不再参与）",
     "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "11月26日", "撤回"],
    ["6", "静宁成纪科技有限公司", "22.8万（含税）",
     "商品管理、分期计算器、订单跟踪、积分商城、社交分享、元宇宙营销",
     "原：已通过等保测评→现：已通过等保测评（级别以证书为准，证书后补）", "国密算法加密；HTTPS；权限管理", "支持对接征信",
     "终身维护", "全力配合", "7×24小时", "有", "老客户优惠", "提供源码", "11月24日", "功能最多"],
]


def build_zd06():
    name = "zd_06_ci_revision_marks.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "修订对照"
    n = len(ZD06_HEAD)
    widths(ws, [5, 24, 26, 30, 30, 30, 16, 28, 20, 22, 18, 16, 26, 10, 20])
    _text(ws, 1, n, "庆阳西峰惠通小额贷款有限公司 消费分期系统源码 报价修订对照表（第二版）", font=TITLE)
    _text(ws, 2, n, "整理：信息部 谭静 2025-11-27。各家于11月23日–26日发来修订函，纸质版上的删改处在此写成“原：…→现：…”，以“现”为准；未写“原/现”"
                    "的为未修订内容。我司做手机及家电消费分期，无跨境业务，预算25万元左右。最后一列为我方备注。")
    put_row(ws, 3, ZD06_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(ZD06_ROWS, start=4):
        put_row(ws, i, row)
        ws.row_dimensions[i].height = 90
        for c, v in enumerate(row, start=1):
            if isinstance(v, str) and v.startswith("原："):
                ws.cell(row=i, column=c).fill = YELLOW
    r = 4 + len(ZD06_ROWS) + 1
    _text(ws, r, n, "信息部意见：安定修订后18.9万为最低价，建议优先；崆峒降价后仍最贵；武都原为面议，现已报价。", font=BOLD)
    _text(ws, r + 1, n, "黄色底色 = 有修订。")
    _save(wb, name)
    vendors = [
        good("陇南武都网络科技有限公司", 227900,
             "报价 '原：面议→现：21.5万（不含税，增值税6%另计）': 215,000 × 1.06 = 227,900 inside 20–30万; 等保 '原：…证书申请中→现：已取得等保三级，"
             "备案证明…62120043002-25003' (the revision proves it: stated); 商品管理、分期计算器、订单跟踪 + core; SM4 on ID/mobile/bank card; "
             "HTTPS; RBAC; 12个月; 百行 + 朴道; 12 months with 小版本升级; 政策免费; 7×24, 2小时 named engineer; 终身咨询; 全部写入合同; 年费 "
             "'原：详见附件→现：2万元/年'; 完整源码.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
        dict(vendor="平凉崆峒数科有限公司", gate="pass", price=268000,
             why="'原：28.5万→现：26.8万（含税）' = 268,000; 等保三级备案证明62080043007-24015; SM4; HTTPS; RBAC; 12个月; 人行 + 百行; 12 months with "
                 "upgrades; 政策免费; '→现：7×24，4小时内响应' (4 h); 终身咨询; 写入合同; 2.8万/年; '→现：源码交付，风控引擎模块加密' (partial).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=28000, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["response_over_2h", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "maintenance_under_12m", "no_7x24",
                            "policy_adaptation_charged", "not_in_contract", "bloat_features", "claimed"]),
        dict(vendor="定西安定数联软件有限公司", gate="pass", price=189000,
             why="'原：23.6万→现：18.9万（含税）' = 189,000, bought with weaker after-sales: '→现：6个月，仅缺陷修复' (6 months, no upgrades), "
                 "'→现：重大政策调整另行报价' (charged, conditional), '→现：5×8，4小时'; 等保三级证书62110043005-23019; SM4; HTTPS; RBAC; 12个月; 百行; "
                 "终身咨询; 写入合同; 3万/年; 完整源码. '还能再让1万' is only in 我方备注. The 信息部's pick.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated"),
             fin=CI + CORE, fex=BLOAT,
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "conditional"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "not_in_contract", "no_lifetime_consulting",
                            "bloat_features"]),
        dict(vendor="临夏河州软件工作室", gate="fail", price=95000,
             why="'原：8.8万→现：9.5万（含税）' = 95,000 (under 10万: do not buy); '二级（备案证明62290042001-23004）' (fail); AES (no SM4); '分期"
                 "计算器需另行开发' (must-have absent); 6 months; 政策另计; 工作日.",
             values=dict(mlps_level3=False, sm4_encryption=False, free_maintenance_months=6, policy_adaptation_free=False,
                         support_7x24=False, source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "order_tracking"], fex=["installment_calculator"],
             flin=["price_below_10w", "no_mlps_level3", "missing_must_have", "no_sm4", "maintenance_under_12m", "no_7x24"]),
        dict(vendor="静宁成纪科技有限公司", gate="unverified", price=228000,
             why="'22.8万（含税）' = 228,000; '→现：已通过等保测评（级别以证书为准，证书后补）' (no level, no certificate: claimed, unverified); '国密"
                 "算法加密' (which? claimed); '支持对接征信' (no body: claimed); '终身维护', '全力配合', '老客户优惠' state nothing; 7×24 stated; 积分"
                 "商城/社交分享 (deferrable) + 元宇宙营销 (bloat).",
             values=dict(support_7x24=True, tls=True),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=CI + ["points_mall", "social_sharing", "metaverse_marketing"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
    ]
    write_toml(
        "zd_06_ci_revision_marks.toml",
        """Voice: 谭静 of the 信息部 at 庆阳西峰惠通小额贷款 (consumer instalments for phones and appliances) retypes the vendors' revision
  letters into one table: every changed cell reads '原：…→现：…' as the crossed-out paper copy did; the current value counts.
Layout: sheet 修订对照 — title, a note ('以“现”为准', cells without 原/现 unchanged, budget ~25万, last column ours), header 序号 | 服务商 |
  报价 | 功能模块 | 等保 | 数据安全 | 征信对接 | 维护期及范围 | 政策适配 | 技术支持 | 终身咨询/合同 | 过保年费 | 源码交付 | 修订函日期 |
  我方备注, six vendor rows (revised cells yellow; one vendor's revision is a withdrawal), the 信息部's opinion and a legend.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: every '原' value is superseded — prices, maintenance, support, 等保, source, fees; 武都 goes from 面议 + 申请中 to 21.5万 不含税 + 6% =
  227,900 with a stated 备案证明 (pass) and its fee from 详见附件 to 2万/年; 崆峒 cuts its price but now answers in 4 h and encrypts its risk
  engine (partial); 安定 (the 信息部's pick, lowest 18.9万) trades its price for 6 months bug-only, 重大政策调整另行报价 and 5×8/4h; its '还能
  再让1万' is only in 我方备注 (not read); 河州 9.5万 and 等保二级 (fail); 镍都's '现' is a withdrawal (not listed); 成纪 '已通过等保测评
  （级别以证书为准，证书后补）', 国密算法, 支持对接征信, 终身维护 (claims: unverified) + 元宇宙营销 bloat; dates and certificate numbers are no
  prices.""",
        "consumer_installment", [name], "陇南武都网络科技有限公司",
        "武都, read by its '现' values, proves every gate (备案证明62120043002-25003, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, "
        "百行 + 朴道), has all three instalment must-haves, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by "
        "a named engineer, lifetime consulting, all in the contract, full source — at 227,900 含税 inside 20–30万 (3 years 227,900 + 2 × "
        "20,000 = 267,900). 崆峒 (268,000) now answers in 4 h and encrypts its risk engine; the 信息部's pick 安定 (189,000) gave up 12-month "
        "maintenance with upgrades, free policy changes and 7×24 for its price cut; 成纪 only claims (unverified); 河州 fails; 镍都 withdrew.",
        vendors)


if __name__ == "__main__":
    for build in (build_zd01, build_zd02, build_zd03, build_zd04, build_zd05, build_zd06):
        build()
    print("built zd_01 … zd_06 into", HERE)
