"""Build the "zzg" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside:

zzg_01 — a CSV saved by Excel on a Chinese Windows PC ("CSV (逗号分隔)", i.e. 'ANSI' = GBK, CRLF, fields quoted only when they
  must be): a small lender's EVALUATION RECORD KEPT ONE ROW PER EVALUATOR PER VENDOR (评审记录（逐人逐家）). The admin office typed
  each vendor's written quote once and copied the same words onto the rows of all three evaluators; the rows are sorted by
  evaluator, and each evaluator saw the vendors in his or her own drawn order, so every vendor appears THREE times, on rows far
  apart, with identical vendor words and different 技术分 / 商务分 / 价格分 / 总分 / 评委意见 (the evaluators' own). One vendor signs
  with its English name, whose "Co., Ltd." comma made Excel quote the field; another vendor's words hold ASCII double quotes,
  written doubled ("按""标准版""报价…"). The declining vendor also has its three rows (scores empty, "未报价，不评分").
zzg_02 — a CSV saved by Excel as "CSV UTF-8（逗号分隔）" (UTF-8 with BOM, CRLF): a clerk pasted each vendor's reply — a WeChat or
  mail paragraph in the vendor's own prose — into one column and then, to make the sheet printable, ran 数据→分列 with the
  FULL-WIDTH COMMA '，' as the delimiter. Each vendor's reply now runs over a different number of unlabelled cells to the right
  of a single header '回复原文（已分列）': every clause in a cell of its own, a clause cut wherever a '，' stood — inside brackets
  ('合计人民币298,000元（含税' | '13%增值税专票）'), between a figure and its condition ('另加4.8万元（不含税' | '同样按6%开票）'),
  and leaving words like '无加密' or '核心风控引擎加密' alone in a cell far from the subject they belong to; '。' and '；' were not
  delimiters, so one cell may end one sentence and begin the next. Excel padded every row to the same width.
zzg_03 — an .xlsx of two sheets: the purchasing clerk's 比价表 whose 报价配置 and 选配 columns hold ONLY THE VENDORS' OWN PRODUCT
  CODES copied from their 报价单 ('HY-FQ-100×1；HY-RA-200×1；HY-SV-900×1'), and a second sheet 编号对照 that copies, vendor by
  vendor (the name merged down its rows), what each code is in the vendor's quote: 产品编号 | 产品/模块名称 | 单价（元） | 说明.
  Which modules a quote holds, which must-have is only an option at what price and tax, which modules are gifts and which are
  'second phase, not offered' can be learnt only by looking each code up.

The expected reading of every file is in the matching zzg_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzg.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zzg_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREY, TITLE, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

# a vendor that only boasts must not be failed, priced out or marked down on what it never stated
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]
ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
ITALIC_GREY = Font(italic=True, color="595959")


def _but(flags, *drop):
    return [f for f in flags if f not in drop]


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _pad(rows):
    width = max(len(r) for r in rows)
    return [list(r) + [""] * (width - len(r)) for r in rows]


# ---------------------------------------------------------------------------------------------
# zzg_01  个人信用贷 — 遂宁市安居区惠民小额贷款's 综合部 keeps the evaluation one row per evaluator per vendor; the same vendor
#         words on three rows; saved by Excel as a GBK CSV.
# ---------------------------------------------------------------------------------------------
ZZG01_VCOLS = ["报价（供应商原文）", "计税方式", "功能模块（供应商原文）", "选配/另计", "等保三级", "数据加密", "传输加密", "权限管理",
               "日志保存", "征信接口", "免费维护期", "维护范围", "政策适配", "技术支持及响应", "终身技术咨询", "写入合同",
               "维保期满年费", "源码交付"]
ZZG01_HEAD = ["序号", "评委", "所在部门", "评审日期", "供应商"] + ZZG01_VCOLS + ["技术分(40)", "商务分(30)", "价格分(30)", "总分",
                                                                            "评委意见"]
YUBEI = "Chongqing Yubei Fintech Co., Ltd."
ZZG01_WORDS = {
    "宜宾南溪数科有限公司": [
        "23.6万元", "含税（13%专票）",
        "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡+决策引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、用户管理", "无",
        "已取得，备案证明编号51150243008-24005", "身份证号、手机号、银行卡号SM4加密存储", "全站HTTPS（TLS1.2）", "RBAC角色权限",
        "12个月，异常操作可追溯", "人行征信中心、百行征信", "一年", "缺陷修复及小版本升级", "监管政策调整免费适配",
        "7×24小时，2小时内响应", "提供", "以上承诺全部写入合同", "2.4万元/年", "完整源代码，无加密，可二次开发"],
    "重庆璧山数科有限公司": [
        "19.6w", "含税", "个人征信（百行征信）、智能风控模型、反欺诈、还款计划及提醒、审批流、用户管理；赠送智能客服机器人", "无",
        "三级测评已完成，备案证明办理中（预计2026年1月取得）", "国密算法加密", "HTTPS", "RBAC", "12个月", "百行征信", "12个月",
        "缺陷修复及小版本升级", "免费", "7×24小时，1小时内响应", "提供", "写入合同", "2万元/年", "完整源码"],
    YUBEI: [
        '按"标准版"报价：19.8万元', "不含税，增值税6%另计", "个人征信查询（百行征信、朴道征信）、反欺诈模型、还款管理、风控审批、用户管理",
        "风控模型（评分卡）为选配，另加2.6万元（不含税）", "已取得三级，备案证明50011243002-24009", "SM4（身份证号、手机号）",
        "全站HTTPS", "RBAC", "6个月", "百行征信、朴道征信", "6个月", "仅修复缺陷，版本升级另计", "一般调整免费，重大监管政策调整另行报价",
        "工作日9:00-18:00，4小时内响应", "提供", "写入合同", "按合同额15%/年", '提供"完整源码"，无加密，可二次开发'],
    "汉中城固软件有限公司": [
        "11.8万元", "含税", "个人征信查询、还款管理、审批流、用户管理", "风控模型需二次开发，另行报价", "二级（已备案），三级暂无计划",
        "AES加密", "HTTPS", "有", "3个月", "百行征信", "3个月", "只修bug", "按次收费", "5×8（工作日），次日响应", "不提供",
        "不写入合同", "按次收费，每次3000元", "仅授权使用，授权绑定服务器"],
    "渭南华阴信息技术有限公司": [
        "面议", "", "个人征信查询、风控模型、反欺诈模型、还款计划、风控审批、用户管理、营销插件", "无",
        "已取得三级，备案证明61058243003-24016", "SM4加密", "HTTPS", "RBAC", "12个月", "支持对接各大征信机构", "12个月",
        "缺陷修复及小版本升级", "免费", "7×24小时，2小时内响应", "提供", "写入合同", "2.5万元/年", "提供源码，核心风控引擎加密"],
    "广元昭化数据服务有限公司": ["放弃报价（11-18回函：近期项目排期已满，本次不参与）"] + [""] * (len(ZZG01_VCOLS) - 1),
}
ZZG01_JUDGES = [  # (评委, 部门, date, [(vendor, 技术, 商务, 价格, 总分, 意见)] in the order the evaluator drew)
    ("蒋立", "风控部", "2025/11/19", [
        ("重庆璧山数科有限公司", 37, 28, 28, 93, "演示最流畅，风控模型讲得清楚；销售说三级证书下个月就能下来，问题不大"),
        ("宜宾南溪数科有限公司", 35, 26, 24, 85, "功能齐全，价格偏高"),
        ("渭南华阴信息技术有限公司", 33, 25, "", 58, "没给书面报价，说要来现场看了再报，电话里讲二十万左右"),
        (YUBEI, 30, 24, 26, 80, "风控模型要另买，售后只有半年"),
        ("汉中城固软件有限公司", 18, 15, 22, 55, "等保只有二级，风控模型还要二次开发，不建议"),
        ("广元昭化数据服务有限公司", "", "", "", "", "未报价，不评分")]),
    ("何晓燕", "科技部", "2025/11/19", [
        ("宜宾南溪数科有限公司", 37, 27, 24, 88, "备案证明编号我在备案系统查过，对得上；源码完整"),
        ("汉中城固软件有限公司", 15, 14, 22, 51, "授权绑定服务器，拿不到源码，不建议"),
        (YUBEI, 33, 25, 26, 84, "英文抬头那家，港资背景；源码完整；工作日支持，响应4小时偏慢"),
        ("广元昭化数据服务有限公司", "", "", "", "", "未报价，不评分"),
        ("重庆璧山数科有限公司", 35, 27, 28, 90, "架构不错；国密具体用哪种算法没写清楚，需要追问"),
        ("渭南华阴信息技术有限公司", 34, 24, "", 58, "核心风控引擎加密，后续二开受限")]),
    ("罗斌", "财务部", "2025/11/20", [
        ("渭南华阴信息技术有限公司", 32, 24, "", 56, "没有价格，没法比"),
        ("广元昭化数据服务有限公司", "", "", "", "", "未报价，不评分"),
        ("重庆璧山数科有限公司", 36, 28, 29, 93, "19.6w含税，五家里最便宜，建议优先谈"),
        ("汉中城固软件有限公司", 20, 16, 25, 61, "11.8万太便宜，怕有坑"),
        ("宜宾南溪数科有限公司", 34, 26, 23, 83, "23.6万，比璧山贵4万"),
        (YUBEI, 31, 24, 27, 82, "19.8万不含税，加上税和风控模型其实不便宜")]),
]


def _zzg01_rows():
    rows = [["遂宁市安居区惠民小额贷款有限公司　个人信用贷系统源码采购　评审记录（逐人逐家）"],
            ["说明：“报价（供应商原文）”至“源码交付”各列为各供应商书面报价原文，由综合部统一录入，每位评委各行的内容相同；技术分、商务分、"
             "价格分、总分和评委意见为评委本人填写。我司只做安居本地个人信用贷，无跨境业务，预算18-25万元。"],
            ZZG01_HEAD]
    lines = {}  # vendor -> file line numbers (1-based) of its rows
    seq = 0
    for judge, dept, date, order in ZZG01_JUDGES:
        for vendor, tech, biz, price, total, remark in order:
            seq += 1
            rows.append([str(seq), judge, dept, date, vendor] + ZZG01_WORDS[vendor]
                        + [str(x) for x in (tech, biz, price, total)] + [remark])
            lines.setdefault(vendor, []).append(len(rows))
    rows.append([])
    rows.append(["制表：综合部 李娜 2025/11/20；各家报价原文由综合部统一录入，三位评委看到的内容相同；评分仅供参考，以评审会决议为准。"])
    return _pad(rows), lines


def build_zzg01():
    name = "zzg_01_pc_pingwei_zhuhang_dafen_gbk.csv"
    rows, lines = _zzg01_rows()
    assert all(len(ZZG01_WORDS[v]) == len(ZZG01_VCOLS) for v in ZZG01_WORDS)
    assert all(len(order) == len(ZZG01_WORDS) for _, _, _, order in ZZG01_JUDGES)
    write_csv(name, rows, "gbk")

    def at(v):
        return "lines " + ", ".join(str(n) for n in lines[v])

    top = good("宜宾南溪数科有限公司", 236000,
               f"{at('宜宾南溪数科有限公司')} (one row per evaluator, the same vendor words on each — ONE quote): 报价 '23.6万元' with 计税 "
               "'含税（13%专票）' = 236,000 inside 18-25万; 功能模块 '个人征信查询（人行二代征信、百行征信）、风控模型（评分卡+决策引擎）、反欺诈模型、"
               "还款计划及逾期提醒、风控审批流、用户管理' (every personal-credit must-have with anti-fraud), 选配/另计 '无', no bloat; 等保三级 "
               "'已取得，备案证明编号51150243008-24005' (stated); '身份证号、手机号、银行卡号SM4加密存储'; '全站HTTPS（TLS1.2）'; 'RBAC角色权限'; "
               "'12个月，异常操作可追溯'; 人行征信中心 + 百行; 免费维护期 '一年' = 12 months; '缺陷修复及小版本升级'; '监管政策调整免费适配'; "
               "'7×24小时，2小时内响应'; 终身技术咨询 '提供'; '以上承诺全部写入合同'; '2.4万元/年' = 24,000; '完整源代码，无加密，可二次开发' (the "
               "'无加密' is about the source). The evaluators' lower totals (85/88/83) and '价格偏高' / '比璧山贵4万' are theirs.",
               PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor="重庆璧山数科有限公司", gate="unverified", price=196000,
             why=f"{at('重庆璧山数科有限公司')} (one quote): '19.6w' '含税' = 196,000 inside 18-25万 — the evaluators' favourite (totals "
                 "93/90/93; 蒋立 '销售说三级证书下个月就能下来', 罗斌 '建议优先谈': the buyer's words, no proof); modules 个人征信（百行征信）, "
                 "智能风控模型, 反欺诈, 还款计划及提醒, 审批流, 用户管理 and '赠送智能客服机器人' (bloat given with the quote; the lender has no use "
                 "for it yet); 等保三级 '三级测评已完成，备案证明办理中（预计2026年1月取得）' — not held today (false, claimed: unverified — the "
                 "decisive trap); '国密算法加密' (which? claimed); HTTPS; RBAC; 12个月; 百行征信; 12个月 with 小版本升级; policy '免费'; "
                 "'7×24小时，1小时内响应'; '提供'; '写入合同'; '2万元/年' = 20,000; '完整源码'.",
             values=dict(mlps_level3=False, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="stated",
                         free_maintenance_months="stated"),
             fin=PC + ["anti_fraud"] + CORE + ["ai_customer_service"],
             fex=["blockchain_evidence", "metaverse_marketing", "overseas_payment"],
             flin=["claimed", "bloat_features"],
             flex=CLAIM_FLEX + ["no_access_control", "audit_log_under_6m", "maintenance_under_12m",
                                "maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h",
                                "no_lifetime_consulting", "not_in_contract", "source_partial", "source_licence_only",
                                "no_anti_fraud"]),
        dict(vendor=YUBEI, gate="pass", price=237440,
             why=f"{at(YUBEI)} — the vendor field '{YUBEI}' holds an ASCII comma, so Excel quoted it; the name is the whole field (one "
                 "quote): 报价 '按\"标准版\"报价：19.8万元' (written with doubled quotes in the file) with 计税 '不含税，增值税6%另计' — its own "
                 "rate; the module list lacks the must-have risk model and 选配/另计 says '风控模型（评分卡）为选配，另加2.6万元（不含税）' — added "
                 "(conditional) at the quote's 6%: (198,000 + 26,000) × 1.06 = 237,440, inside 18-25万 (罗斌's '其实不便宜' is his); modules "
                 "个人征信查询（百行征信、朴道征信）, 反欺诈模型, 还款管理, 风控审批, 用户管理 + the option, no bloat; '已取得三级，备案证明"
                 "50011243002-24009' (stated); SM4 on ID/mobile; 全站HTTPS; RBAC; '6个月' logs (not under 6); 百行 + 朴道; 免费维护期 '6个月'; "
                 "'仅修复缺陷，版本升级另计' (upgrades not in the base price); '一般调整免费，重大监管政策调整另行报价' (charged: conditional); "
                 "'工作日9:00-18:00，4小时内响应' (no 7×24, 4 h); '提供'; '写入合同'; '按合同额15%/年' (a stated yearly fee, 15% of the "
                 "contract); '提供\"完整源码\"，无加密，可二次开发' (full).",
             values=_vals(audit_log_months=6, free_maintenance_months=6, maintenance_includes_upgrades=False,
                          policy_adaptation_free=False, support_7x24=False, response_hours=4, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional",
                         response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["conditional", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"]
             + _but(AFTER_BAD, "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                    "response_over_2h")),
        dict(vendor="渭南华阴信息技术有限公司", gate="unverified", price="null",
             why=f"{at('渭南华阴信息技术有限公司')} (one quote): 报价 '面议' with 计税 blank — no price (unknown: unverified, price_missing); "
                 "蒋立's '电话里讲二十万左右' is the buyer's hearsay, no price; modules 个人征信查询, 风控模型, 反欺诈模型, 还款计划, 风控审批, "
                 "用户管理, 营销插件 (deferrable); '已取得三级，备案证明61058243003-24016' (stated); 'SM4加密'; HTTPS; RBAC; 12个月; 征信接口 "
                 "'支持对接各大征信机构' (no body named: claimed); 12个月 with 小版本升级; 免费; '7×24小时，2小时内响应'; 提供; 写入合同; "
                 "'2.5万元/年' = 25,000; '提供源码，核心风控引擎加密' (partial).",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=25000, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", licensed_credit_bureau="claimed"),
             fin=PC + ["anti_fraud"] + CORE + ["marketing_plugins"], fex=BLOAT,
             flin=["price_missing", "claimed", "source_partial"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_licence_only", "no_anti_fraud"]),
        dict(vendor="汉中城固软件有限公司", gate="fail", price=118000,
             why=f"{at('汉中城固软件有限公司')} (one quote): '11.8万元' '含税' = 118,000 (caution zone); modules 个人征信查询, 还款管理, 审批流, "
                 "用户管理 and 选配/另计 '风控模型需二次开发，另行报价' — the must-have risk model is not in this quote (missing, no option: "
                 "fail), and the stated list has no anti-fraud; '二级（已备案），三级暂无计划' (stated no: fail); 'AES加密' (no SM4); HTTPS; 权限 "
                 "'有'; '3个月' logs; 百行; '3个月'; '只修bug'; '按次收费'; '5×8（工作日），次日响应' (no 7×24, 24 h); '不提供'; '不写入合同'; "
                 "'按次收费，每次3000元' (no yearly amount); '仅授权使用，授权绑定服务器' (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=["personal_credit_report", "repayment_management", "risk_approval", "user_management"],
             fex=["risk_model", "anti_fraud"] + BLOAT,
             flin=["price_below_15w", "no_mlps_level3", "missing_must_have", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_licence_only", "no_anti_fraud"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "no_tls", "no_access_control",
                   "no_licensed_credit_bureau", "bloat_features", "source_partial"]),
    ]
    write_toml(
        "zzg_01_pc_pingwei_zhuhang_dafen_gbk.toml",
        f"""Voice: the 综合部 (李娜) of 遂宁市安居区惠民小额贷款 (local personal credit in 安居 only, no cross-border business, budget
  18-25万) on 2025-11-20, after a three-person evaluation (蒋立 风控部, 何晓燕 科技部, 罗斌 财务部). She typed each vendor's written quote
  once and copied the same words onto every evaluator's row; each evaluator added his or her own 技术分 / 商务分 / 价格分 / 总分 and a
  remark. The vendor-word columns (报价（供应商原文） … 源码交付) are the vendors'; 评委, 所在部门, 评审日期, the four score columns, 评委意见,
  the 说明 line and the 制表 footer are the buyer's.
Layout: a CSV saved by Excel on a Chinese Windows PC ('CSV (逗号分隔)': GBK, CRLF, no BOM, every row padded to 28 fields, fields
  quoted only where needed). Line 1 title, line 2 说明, line 3 header 序号 | 评委 | 所在部门 | 评审日期 | 供应商 | 报价（供应商原文） | 计税方式 |
  功能模块（供应商原文） | 选配/另计 | 等保三级 | 数据加密 | 传输加密 | 权限管理 | 日志保存 | 征信接口 | 免费维护期 | 维护范围 | 政策适配 |
  技术支持及响应 | 终身技术咨询 | 写入合同 | 维保期满年费 | 源码交付 | 技术分(40) | 商务分(30) | 价格分(30) | 总分 | 评委意见, then EIGHTEEN
  data lines 4-21: three blocks of six (one per evaluator, sorted by evaluator), each block listing the six vendors in that
  evaluator's own drawn order — every vendor three times, far apart, with identical vendor words. The vendor '{YUBEI}' is a
  quoted field (its comma); its 报价 and 源码交付 hold ASCII double quotes written doubled. A blank line and the 制表 footer end it.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the three rows of a vendor are ONE quote (the same written words typed three times), never three quotes nor a duplicate
  to warn about as a different offer; the scores, totals and remarks are the evaluators', never the vendor's words nor a reason
  to rank ('销售说三级证书下个月就能下来', '电话里讲二十万左右', '19.8万不含税…其实不便宜', '备案证明编号我在备案系统查过' are theirs);
  '价格分(30)' and '总分' are points, no price; the English name with its comma is one vendor. The decisive trap — the evaluators'
  favourite 璧山 (totals 93/90/93, '19.6w' 含税, the cheapest tax-inclusive figure) writes '三级测评已完成，备案证明办理中（预计2026年1月
  取得）' (in progress: not held, unverified) and '国密算法加密'; so 南溪 (23.6万 含税, 备案证明编号51150243008-24005, every field stated
  and good) is the pick. 渝北's 19.8万 is '不含税，增值税6%另计' and its must-have risk model is an option '另加2.6万元（不含税）':
  (198,000 + 26,000) × 1.06 = 237,440, with 6 months bug-only, major policy changes charged, office hours and 4 hours; 华阴 is
  '面议' (no price) with a claimed bureau and an encrypted risk engine; 城固 fails (等保二级 with no plan, risk model '需二次开发'
  = missing) at 118,000; 昭化 declined (not listed). '一年' is 12 months; 19.6w is 196,000; dates, filing numbers, '9:00-18:00'
  and '每次3000元' are no prices.""",
        "personal_credit", [name], "宜宾南溪数科有限公司",
        "南溪 (lines " + ", ".join(str(n) for n in lines["宜宾南溪数科有限公司"]) + ", one quote typed three times) proves every gate "
        "(备案证明编号51150243008-24005, SM4 on ID/mobile/bank card, 全站HTTPS TLS1.2, RBAC, 12-month logs with tracing, 人行 + 百行), "
        "has every personal-credit must-have with anti-fraud and no bloat, and gives a year of maintenance with upgrades, free policy "
        "adaptation, 7×24 with a 2-hour response, lifetime consulting, all in the contract, full unencrypted source — at 236,000 含税 "
        "inside 18-25万 (3 years 236,000 + 2 × 24,000 = 284,000). The evaluators' favourite 璧山 (196,000) has no 等保三级 today "
        "('备案证明办理中': unverified) and only claims its 国密; 渝北's 19.8万 is 237,440 once its 6% and its risk-model option are "
        "added, with 6 months bug-only, charged major policy changes, office hours and 4 hours; 华阴 gave no price; 城固 fails; 昭化 "
        "declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zzg_02  商户经营贷 — 渭南市大荔县秦东小额贷款's 赵婷 pasted each vendor's reply paragraph into column F and split it with
#         数据→分列 on the full-width comma '，'; saved as "CSV UTF-8（逗号分隔）".
# ---------------------------------------------------------------------------------------------
ZZG02_HEAD = ["序号", "供应商", "收到方式", "收到日期", "备注（小赵）", "回复原文（已分列）"]
ZZG02_FIRST = len(ZZG02_HEAD)  # 1-based column number of the first split cell (F)
ZZG02_ROWS = [  # (供应商, 收到方式, 收到日期, 小赵's remark, the vendor's reply as received)
    ("重庆合川信息技术有限公司", "邮件", "2025/11/19", "贵一点",
     "您好，感谢贵司邀请，现将我司商户经营贷系统报价说明如下：合计人民币298,000元（含税，13%增值税专票），一次性买断。功能模块包括企业征信查询、"
     "银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理，无选配项，无赠送模块。资质方面，系统已取得等保三级，备案证明编号"
     "50011743012-24003；法人身份证号、手机号、对公账号均采用SM4加密存储，全站HTTPS（TLS1.2），RBAC角色权限，操作日志保存12个月并可追溯"
     "异常操作，已对接人行征信中心、百行征信。售后方面，免费维护12个月，含缺陷修复及小版本升级，监管政策调整免费适配，7×24小时技术支持，"
     "指定工程师2小时内响应，提供终身技术咨询，以上承诺均写入合同。维保期满后年服务费2.8万元/年。源码方面，交付完整源代码，无加密，"
     "可二次开发。"),
    ("宝鸡岐山软件有限公司", "微信", "2025/11/20", "最便宜，29.6万",
     "王经理好，岐山软件报价：系统合计29.6万元（不含税，增值税按6%另开专票），含企业征信查询、银行流水分析、风控审批、还款管理、用户管理。"
     "电子合同为选配模块，另加4.8万元（不含税，同样按6%开票），未含在29.6万内。等保三级已取得，备案证明编号61032343009-24014；身份证号、"
     "手机号、对公账号SM4加密，全站HTTPS，RBAC权限，日志保存12个月，对接百行征信、朴道征信。免费维护12个月，含bug修复及小版本升级，"
     "政策调整免费，7×24小时支持，1小时内响应，提供终身技术咨询，全部写入合同。过保后每年2.6万元。完整源码交付，可二次开发。"),
    ("乐山犍为网络科技有限公司", "电话后补发微信", "2025/11/21", "送两个模块，划算",
     "您好，我司系统报价24.6万元，功能包括企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理，另赠送区块链存证、AI智能客服两个"
     "模块。我司系统严格按照等保三级要求设计开发，可协助贵司通过等保测评，数据采用国密算法加密，HTTPS传输，权限管理完善，日志长期保存，支持"
     "对接各大征信机构。售后承诺终身免费维护，7×24小时服务，第一时间响应，可以写进合同。提供源码，核心风控引擎加密。"),
    ("重庆江津云科技有限公司", "邮件", "2025/11/21", "太便宜",
     "王经理您好，江津云报价如下：系统授权费12.8万元，部署实施费2万元，合计14.8万元（含税）。功能包括企业征信、电子合同、审批流、还款管理、"
     "用户管理，银行流水分析列入二期开发，届时另行报价。系统目前为等保二级（已备案），三级暂无计划；敏感字段AES加密，支持HTTPS，有权限管理，"
     "日志保存3个月，征信接口暂未对接。免费维护3个月，只修bug，政策调整按次收费，工作日技术支持，次日响应，不提供终身咨询，售后条款不写入"
     "合同，维保期满后按次收费，每次3000元。源码方面仅授权使用，授权绑定服务器。"),
    ("咸阳礼泉数科有限公司", "微信", "2025/11/22", "要来现场调研",
     "王经理，礼泉数科这边情况：价格需要到贵司现场调研后再出具书面报价，目前无法报价。功能模块有企业征信查询、银行流水分析、电子合同、风控审批、"
     "还款计划、用户管理、数据分析大屏。等保三级已取得，备案证明编号61042543006-24008，身份证号和手机号SM4加密，全站HTTPS，RBAC角色权限，"
     "日志保存12个月，对接人行征信中心。免费维护12个月，仅含缺陷修复，版本升级另行收费，政策调整免费，提供7×24小时系统监控告警，人工技术"
     "支持为工作日9:00-18:00，2小时内响应，提供终身技术咨询，以上写入合同。过保后年服务费3万元/年。交付完整源码。"),
    ("延安洛川数据服务有限公司", "微信", "2025/11/20", "不参与",
     "王经理您好，感谢邀请，我司近期项目排期已满，本次不参与报价，祝项目顺利。"),
]


def _zzg02_table():
    rows = [["大荔秦东小贷　商户经营贷系统源码询价回复汇总"],
            ["各家回复原文贴在F列，打印太宽，用“数据→分列”按中文逗号拆成多列了（小赵 11-23）。我司做大荔本地小微商户经营贷，无跨境业务，"
             "预算25-35万元（含税）。"],
            ZZG02_HEAD]
    where = {}  # vendor -> (row number, [split cells])
    for i, (vendor, via, date, remark, reply) in enumerate(ZZG02_ROWS, start=1):
        parts = reply.split("，")
        assert all(p for p in parts), vendor
        rows.append([str(i), vendor, via, date, remark] + parts)
        where[vendor] = (len(rows), parts)
    rows.append([])
    rows.append(["汇总意见（王经理 11-24）：岐山最便宜，先约岐山来演示；江津太便宜不考虑。"])
    return _pad(rows), where


def build_zzg02():
    name = "zzg_02_ml_huifu_zhongwen_douhao_fenlie_bom.csv"
    rows, where = _zzg02_table()
    write_csv(name, rows, "utf-8-sig")

    def at(vendor, fragment):
        r, parts = where[vendor]
        hits = [i for i, p in enumerate(parts) if fragment in p]
        assert len(hits) == 1, (vendor, fragment, hits)
        return f"{get_column_letter(ZZG02_FIRST + hits[0])}{r}"

    def span(vendor):
        r, parts = where[vendor]
        return f"line {r}, F{r}–{get_column_letter(ZZG02_FIRST + len(parts) - 1)}{r}"

    H, Q, J, JJ, L = ("重庆合川信息技术有限公司", "宝鸡岐山软件有限公司", "乐山犍为网络科技有限公司", "重庆江津云科技有限公司",
                      "咸阳礼泉数科有限公司")
    top = good(H, 298000,
               f"{span(H)}, the reply cut at every '，' and read back in order: {at(H, '298,000')} '…合计人民币298,000元（含税' with "
               f"{at(H, '13%增值税专票')} '13%增值税专票）' = 298,000 含税 inside 25-35万 (the clerk's '贵一点' in E is hers); "
               f"{at(H, '功能模块包括')} '功能模块包括企业征信查询、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理' (every merchant-loan "
               f"must-have), {at(H, '无选配项')} '无选配项' and '无赠送模块' (no bloat); {at(H, '系统已取得等保三级')} + {at(H, '备案证明编号')} "
               "'备案证明编号50011743012-24003' (stated); SM4 on 法人身份证号/手机号/对公账号; '全站HTTPS（TLS1.2）'; 'RBAC角色权限'; '操作日志保存12个月"
               "并可追溯异常操作'; 人行征信中心 + 百行; '免费维护12个月' | '含缺陷修复及小版本升级' | '监管政策调整免费适配' | '7×24小时技术支持' | "
               "'指定工程师2小时内响应' | '提供终身技术咨询' | '以上承诺均写入合同。维保期满后年服务费2.8万元/年。…' (28,000 a year); "
               f"'交付完整源代码' | {at(H, '无加密')} '无加密' | '可二次开发。' — the lone '无加密' belongs to the source clause (full source), "
               "never a no to encryption: SM4 stays stated.",
               ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=28000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor=Q, gate="pass", price=364640,
             why=f"{span(Q)}: {at(Q, '系统合计29.6万元')} '…系统合计29.6万元（不含税' + {at(Q, '增值税按6%另开专票')} '增值税按6%另开专票）' — "
                 f"tax-exclusive at its own 6%; {at(Q, '电子合同为选配模块')} '…电子合同为选配模块' + {at(Q, '另加4.8万元')} '另加4.8万元（不含税' + "
                 f"{at(Q, '同样按6%开票')} '同样按6%开票）' + {at(Q, '未含在29.6万内')} '未含在29.6万内。…' (the 29.6万 named again, no second "
                 "item): the must-have e-contract is an option at 48,000 before tax — added (conditional): (296,000 + 48,000) × 1.06 = "
                 "364,640, OVER the 25-35万 band (the clerk's '最便宜，29.6万' and 王经理's '岐山最便宜' are the buyer's; the decisive trap); "
                 "modules '含企业征信查询、银行流水分析、风控审批、还款管理、用户管理' + the option; '等保三级已取得' + '备案证明编号61032343009-24014' "
                 "(stated); SM4 on ID/mobile/对公账号; 全站HTTPS; 'RBAC权限'; 12个月; 百行 + 朴道; '免费维护12个月' | '含bug修复及小版本升级' | "
                 "'政策调整免费' | '7×24小时支持' | '1小时内响应' | '提供终身技术咨询' | '全部写入合同。过保后每年2.6万元。完整源码交付' (26,000 a "
                 "year; full source) | '可二次开发。'.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "price_over_budget"],
             flex=NOGATE + ["price_below_15w"] + AFTER_BAD),
        dict(vendor=J, gate="unverified", price=246000,
             why=f"{span(J)}: {at(J, '24.6万元')} '我司系统报价24.6万元' with no tax mark (inclusive) = 246,000; {at(J, '功能包括')} + "
                 "following cells: 企业征信, 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理 and '另赠送区块链存证、AI智能客服两个模块' (bloat "
                 f"given with the quote; the clerk's '送两个模块，划算' is hers); {at(J, '严格按照等保三级')} '…严格按照等保三级要求设计开发' + "
                 f"{at(J, '可协助贵司')} '可协助贵司通过等保测评' (claimed: unverified); '数据采用国密算法加密' (which? claimed); 'HTTPS传输'; "
                 "'权限管理完善' (states nothing); '日志长期保存' (claimed); '支持对接各大征信机构' (no body: claimed); '…售后承诺终身免费维护' "
                 f"(claimed lifetime = 12 months); '7×24小时服务'; '第一时间响应' (no hours); {at(J, '可以写进合同')} '可以写进合同。提供源码' "
                 f"(willing, not written: claimed) + {at(J, '核心风控引擎加密')} '核心风控引擎加密。' — alone in its cell, it completes the source "
                 "clause: partial source.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", audit_log_months="claimed",
                         licensed_credit_bureau="claimed", free_maintenance_months="claimed",
                         commitments_in_contract="claimed"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence", "ai_customer_service"],
             fex=["metaverse_marketing", "overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor=JJ, gate="fail", price=148000,
             why=f"{span(JJ)}: {at(JJ, '系统授权费12.8万元')} '…系统授权费12.8万元' + '部署实施费2万元' + {at(JJ, '合计14.8万元')} '合计14.8万元"
                 "（含税）。…' = 148,000 (the 合计 agrees with its items; caution zone); modules 企业征信, 电子合同, 审批流, 还款管理, 用户管理 and "
                 f"{at(JJ, '银行流水分析列入二期开发')} '银行流水分析列入二期开发' + '届时另行报价' (missing, no option: fail); '…等保二级（已备案）' + "
                 "'三级暂无计划' (stated no: fail); 'AES加密' (no SM4); '支持HTTPS'; '有权限管理'; '日志保存3个月'; '征信接口暂未对接' (no "
                 "bureau); '免费维护3个月' | '只修bug' | '政策调整按次收费' | '工作日技术支持' | '次日响应' (24 h) | '不提供终身咨询' | '售后条款不写入"
                 "合同' | '维保期满后按次收费' | '每次3000元' (no yearly amount) | '…仅授权使用' + '授权绑定服务器。' (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=False, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=["enterprise_credit", "contract_management", "risk_approval", "repayment_management", "user_management"],
             fex=["cashflow_analysis"] + BLOAT,
             flin=["price_below_15w", "no_mlps_level3", "missing_must_have", "no_sm4", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract",
                   "source_licence_only"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "no_tls", "no_access_control", "bloat_features",
                   "source_partial"]),
        dict(vendor=L, gate="unverified", price="null",
             why=f"{span(L)}: {at(L, '价格需要到贵司现场调研')} '…价格需要到贵司现场调研后再出具书面报价' + {at(L, '目前无法报价')} '目前无法报价。"
                 "…' — no price (unknown: unverified, price_missing); modules 企业征信查询, 银行流水分析, 电子合同, 风控审批, 还款计划, 用户管理, "
                 "数据分析大屏 (deferrable); '等保三级已取得' + '备案证明编号61042543006-24008' (stated); SM4 on ID/mobile; 全站HTTPS; RBAC; 12个月; "
                 f"人行征信中心; '免费维护12个月' | {at(L, '仅含缺陷修复')} '仅含缺陷修复' | {at(L, '版本升级另行收费')} '版本升级另行收费' (no "
                 f"upgrades at the base price) | '政策调整免费' | {at(L, '7×24小时系统监控')} '提供7×24小时系统监控告警' | "
                 f"{at(L, '人工技术')} '人工技术支持为工作日9:00-18:00' (the 7×24 is machine monitoring; people work office hours: no 7×24) | "
                 "'2小时内响应' | '提供终身技术咨询' | '以上写入合同。过保后年服务费3万元/年。交付完整源码。' (30,000 a year; full source).",
             values=_vals(maintenance_includes_upgrades=False, support_7x24=False, response_hours=2,
                          annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flin=["price_missing", "maintenance_excludes_upgrades", "no_7x24"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                   "policy_adaptation_charged", "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                   "source_partial", "source_licence_only"]),
    ]
    r_dec = where["延安洛川数据服务有限公司"][0]
    write_toml(
        "zzg_02_ml_huifu_zhongwen_douhao_fenlie_bom.toml",
        f"""Voice: 赵婷 ('小赵') at 渭南市大荔县秦东小额贷款 (operating loans to local small merchants in 大荔, no cross-border business,
  budget 25-35万 含税) on 2025-11-23, for her manager 王经理 (the '王经理' the replies address is the buyer). The vendors answered
  the inquiry in prose, by mail or WeChat; she pasted each reply whole, then split it for printing. Columns F onward are the
  vendors' words; 收到方式, 收到日期, her 备注（小赵）, the note line and 王经理's 汇总意见 under the table are the buyer's.
Layout: a CSV saved by Excel as 'CSV UTF-8（逗号分隔）' (UTF-8 with BOM, CRLF, every row padded to the widest). Line 1 title,
  line 2 her note ('…用“数据→分列”按中文逗号拆成多列了'), line 3 header 序号 | 供应商 | 收到方式 | 收到日期 | 备注（小赵） | 回复原文（已分列）
  with NO header over the columns to the right of F, lines 4-9 one vendor each: the reply cut at every FULL-WIDTH COMMA into
  its own run of cells (from 5 to 23 cells), '。' and '；' left inside cells, ASCII commas kept ('298,000', quoted by the CSV),
  then a blank line and 王经理's 汇总意见.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the cells of a row are ONE reply read left to right — a bracket cut in two is one bracket ('合计人民币298,000元（含税' |
  '13%增值税专票）'), a figure's condition may sit in the next cell ('另加4.8万元（不含税' | '同样按6%开票）' | '未含在29.6万内'), a cell may
  close one sentence and open the next ('以上承诺均写入合同。维保期满后年服务费2.8万元/年。源码方面'), and a fragment alone in a cell belongs
  to the clause before it: 合川's '无加密' is the source delivered without encryption (SM4 stays stated), 犍为's '核心风控引擎加密。'
  is partial source, 礼泉's '人工技术支持为工作日9:00-18:00' takes back the '7×24小时系统监控告警' before it, '版本升级另行收费' the
  upgrades after '仅含缺陷修复'. The decisive trap — 岐山's '29.6万' (the clerk's and the manager's cheapest) is '不含税，增值税按6%另开
  专票' and its must-have 电子合同 is an option '另加4.8万元（不含税，同样按6%开票）': (296,000 + 48,000) × 1.06 = 364,640, over the band;
  so 合川 (298,000 含税, 备案证明编号50011743012-24003, every clause stated and good) is the pick. 犍为 (246,000) only claims 等保 ('严格按照
  等保三级要求设计开发，可协助…通过等保测评'), 国密, its bureau, a lifetime and the contract, with two bloat gifts; 礼泉 gives no price;
  江津 fails (等保二级 with no plan, 银行流水分析 '列入二期开发' = missing, 148,000); 洛川 declined (line {r_dec}, not listed). Filing
  numbers, dates, '9:00-18:00' and '每次3000元' are no prices.""",
        "merchant_loan", [name], H,
        f"合川 ({span(H)}) proves every gate (备案证明编号50011743012-24003, SM4 on 法人身份证号/手机号/对公账号, 全站HTTPS TLS1.2, RBAC, "
        "12-month logs with tracing, 人行 + 百行), has every merchant-loan must-have and no bloat, and gives 12 months with upgrades, free "
        "policy adaptation, 7×24 with a named engineer within 2 hours, lifetime consulting, all in the contract, full source without "
        "encryption — at 298,000 含税 inside 25-35万 (3 years 298,000 + 2 × 28,000 = 354,000). 岐山 looks cheaper at 29.6万 but that is "
        "before its 6% and without the must-have e-contract option (+4.8万 before tax): 364,640, over budget; 犍为 only claims its 等保 and "
        "most terms and encrypts its risk engine; 礼泉 gave no price; 江津 fails (等保二级, no statement analysis); 洛川 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zzg_03  消费分期 — 汉中市勉县兴汉小额贷款's 陈静 writes only the vendors' PRODUCT CODES in her 比价表; what each code is, its
#         unit price and remark are on a second sheet copied from each vendor's 报价单.
# ---------------------------------------------------------------------------------------------
ZZG03_HEAD = ["序号", "供应商", "报价单编号", "报价配置（产品编号×数量）", "选配（产品编号）", "报价合计", "计税", "等保三级", "数据加密",
              "传输加密", "权限管理", "日志保存", "征信接口", "售后服务条款", "维保期满年费", "源码交付", "采购员备注（陈静）"]
ZZG03_ROWS = [
    ["眉山洪雅软件有限公司", "HYRJ-BJ-20251117", "HY-FQ-100×1；HY-RA-200×1；HY-SV-900×1", "无", "22.6万元", "不含税",
     "已取得三级，备案证明51142343007-24010", "SM4（身份证号、手机号、银行卡号）", "全站HTTPS（TLS1.2）", "RBAC角色权限", "12个月",
     "百行征信、朴道征信",
     "免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；提供终身技术咨询；以上写入合同",
     "2.6万元/年", "完整源码，无加密，可二次开发", "比大足贵一截"],
    ["重庆大足数科有限公司", "DZSK-Q-1120", "DZ-CORE-S×1；DZ-RISK-02×1；DZ-IMP-01×1", "无", "21.2万元", "含税",
     "已取得三级，备案证明50011143004-24012", "SM4（身份证号、手机号）", "全站HTTPS", "RBAC", "12个月", "百行征信",
     "免费维护一年，含bug修复及小版本升级；政策调整免费；7×24小时，1小时内响应；提供终身技术咨询；全部写入合同", "2.2万元/年",
     "完整源码，可二次开发", "最便宜，条款也全，建议选大足"],
    ["宝鸡眉县信息技术有限公司", "MX-2025-118", "MX-BASE×1；MX-IMP×1", "MX-ORD", "20.8万元", "含税",
     "三级，备案证明61032643001-24006", "SM4", "HTTPS", "RBAC", "6个月", "人行征信中心",
     "免费维护6个月，仅修复缺陷，版本升级另计；政策适配免费（重大监管政策调整除外）；工作日9:00-18:00技术支持，4小时内响应；提供终身技术咨询；"
     "写入合同", "2.8万元/年", "完整源码", "订单跟踪要另买"],
    ["重庆荣昌网络科技有限公司", "RC20251121-07", "RC-FQ-PRO×1；RC-AI-01×1；RC-BC-02×1；RC-MV-03×1", "无", "21.6万元", "含税",
     "符合等保三级要求，证明材料签约后提供", "国密算法", "HTTPS", "RBAC", "长期保存", "支持对接主流征信机构",
     "终身免费维护，7×24小时服务，第一时间响应", "无（终身免费）", "提供源码，核心计息引擎加密", "送三个模块"],
    ["南充西充云科技有限公司", "XCY-20251119-2", "XC-LITE×1", "无", "9.8万元", "含税", "二级（已备案）", "AES", "HTTPS", "有", "3个月",
     "百行征信", "免费维护3个月，只修bug；政策调整按次收费；5×8（工作日），次日响应；不提供终身咨询；不写入合同", "按次收费，每次3000元",
     "仅授权使用，授权绑定域名", "太便宜"],
    ["渭南蒲城数据服务有限公司", "", "（11-19回函：本次不参与报价）"] + [""] * 12 + ["不参与"],
]
ZZG03_CATALOG = [  # (供应商, [(产品编号, 产品/模块名称（报价单原文）, 单价（元）, 说明（报价单原文）)])
    ("眉山洪雅软件有限公司", [
        ("HY-FQ-100", "分期业务核心平台（含商品管理、分期计算器、订单跟踪、还款计划及提醒）", 148000, "不含税"),
        ("HY-RA-200", "风控审批及用户权限中心（含风控审批流、用户管理）", 50000, "不含税"),
        ("HY-SV-900", "部署实施及培训", 28000, "一次性，不含税")]),
    ("重庆大足数科有限公司", [
        ("DZ-CORE-S", "消费分期核心平台（标准版）：商品管理、分期计算器、还款计划及提醒、用户管理", 138000, "含税"),
        ("DZ-RISK-02", "风控审批中心（审批流、反欺诈规则）", 46000, "含税"),
        ("DZ-IMP-01", "部署实施及培训", 28000, "含税"),
        ("DZ-ORD-05", "订单跟踪", "（未报价）", "列入二期开发，本次不提供")]),
    ("宝鸡眉县信息技术有限公司", [
        ("MX-BASE", "消费分期基础平台（商品管理、分期计算器、还款管理、风控审批、用户管理）", 178000, "含税"),
        ("MX-IMP", "部署实施及培训", 30000, "含税"),
        ("MX-ORD", "订单跟踪模块", 24000, "选配，需另购；不含税，未含在报价合计内")]),
    ("重庆荣昌网络科技有限公司", [
        ("RC-FQ-PRO", "消费分期全功能平台（商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理）", 216000, "含部署实施，含税"),
        ("RC-AI-01", "智能客服机器人", 0, "限时赠送"),
        ("RC-BC-02", "区块链存证", 0, "赠送"),
        ("RC-MV-03", "元宇宙营销展厅", 0, "赠送")]),
    ("南充西充云科技有限公司", [
        ("XC-LITE", "消费分期轻量版（商品管理、分期计算器、订单管理、用户管理）", 98000, "含税；授权使用，绑定一个域名")]),
]
ZZG03_COLS = {h: get_column_letter(i) for i, h in enumerate(ZZG03_HEAD, start=1)}


def build_zzg03():
    name = "zzg_03_ci_chanpin_bianhao_duizhao.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "比价表"
    widths(ws, [5, 22, 16, 30, 12, 10, 8, 24, 20, 16, 12, 10, 16, 46, 12, 20, 18])
    ws.cell(row=1, column=1, value="勉县兴汉小贷　消费分期系统源码采购比价表").font = TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(ZZG03_HEAD))
    note = ws.cell(row=2, column=1, value=(
        "说明：“报价配置”“选配”两栏按各家报价单上的产品编号照抄（名称太长），编号对应的模块、单价和说明见工作表《编号对照》（从各家报价单"
        "逐条摘录）。其余各栏为各家报价单原文。我司做勉县本地手机、家电、电动车消费分期，无跨境业务，预算20-30万元。（采购 陈静 11-24）"))
    note.alignment = LEFT
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(ZZG03_HEAD))
    ws.row_dimensions[2].height = 34
    put_row(ws, 3, ZZG03_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    rowof = {}
    for i, row in enumerate(ZZG03_ROWS, start=1):
        assert len(row) == len(ZZG03_HEAD) - 1, row[0]
        r = 3 + i
        put_row(ws, r, [i] + row)
        ws.cell(row=r, column=len(ZZG03_HEAD)).font = ITALIC_GREY
        ws.row_dimensions[r].height = 48
        rowof[row[0]] = r
    foot = len(ZZG03_ROWS) + 5
    ws.cell(row=foot, column=1, value="采购部意见：大足最便宜、条款最全，建议优先与大足谈判。（陈静 11-24）").font = ITALIC_GREY
    ws.merge_cells(start_row=foot, start_column=1, end_row=foot, end_column=8)
    ws.freeze_panes = "C4"

    cs = wb.create_sheet("编号对照")
    widths(cs, [22, 14, 60, 14, 34])
    cs.cell(row=1, column=1, value="各家产品编号对照（摘自各家报价单，原文照录）").font = TITLE
    cs.merge_cells("A1:E1")
    put_row(cs, 2, ["供应商", "产品编号", "产品/模块名称（报价单原文）", "单价（元）", "说明（报价单原文）"], font=BOLD, fill=GREY,
            align=CENTER)
    crow = {}
    r = 3
    for vendor, items in ZZG03_CATALOG:
        first = r
        for code, label, price, remark in items:
            put_row(cs, r, [vendor if r == first else None, code, label, price, remark])
            if isinstance(price, int):
                cs.cell(row=r, column=4).number_format = "#,##0"
            crow[code] = r
            r += 1
        if r - 1 > first:
            cs.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        cs.cell(row=first, column=1).alignment = CENTER
    _save(wb, name)

    def c(vendor, head):
        return f"{ZZG03_COLS[head]}{rowof[vendor]}"

    def k(code):
        return f"编号对照!B{crow[code]}:E{crow[code]}"

    HY, DZ, MX, RC, XC = ("眉山洪雅软件有限公司", "重庆大足数科有限公司", "宝鸡眉县信息技术有限公司", "重庆荣昌网络科技有限公司",
                          "南充西充云科技有限公司")
    top = good(HY, 255380,
               f"row {rowof[HY]}: {c(HY, '报价合计')} '22.6万元' with {c(HY, '计税')} '不含税' and no rate — the 13% default: 226,000 × 1.13 = "
               f"255,380 inside 20-30万; {c(HY, '报价配置（产品编号×数量）')} 'HY-FQ-100×1；HY-RA-200×1；HY-SV-900×1' looked up: {k('HY-FQ-100')} "
               f"'分期业务核心平台（含商品管理、分期计算器、订单跟踪、还款计划及提醒）' 148,000, {k('HY-RA-200')} '风控审批及用户权限中心（含风控审批流、"
               f"用户管理）' 50,000, {k('HY-SV-900')} '部署实施及培训' 28,000 — every instalment must-have, the items adding up to the 合计; "
               f"选配 '无', no bloat; {c(HY, '等保三级')} '已取得三级，备案证明51142343007-24010' (stated); SM4 on ID/mobile/bank card; "
               "'全站HTTPS（TLS1.2）'; 'RBAC角色权限'; 12个月; 百行 + 朴道; 售后 '免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；"
               "7×24小时技术支持，2小时内响应；提供终身技术咨询；以上写入合同'; '2.6万元/年' = 26,000; '完整源码，无加密，可二次开发'. The clerk's "
               f"{c(HY, '采购员备注（陈静）')} '比大足贵一截' is hers.",
               CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=26000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor=DZ, gate="fail", price=212000,
             why=f"row {rowof[DZ]}: {c(DZ, '报价合计')} '21.2万元' '含税' = 212,000 inside 20-30万 — the clerk's choice ('最便宜，条款也全，"
                 f"建议选大足' and the 采购部意见 are hers); but {c(DZ, '报价配置（产品编号×数量）')} 'DZ-CORE-S×1；DZ-RISK-02×1；DZ-IMP-01×1' looked "
                 f"up is {k('DZ-CORE-S')} '消费分期核心平台（标准版）：商品管理、分期计算器、还款计划及提醒、用户管理' 138,000 + {k('DZ-RISK-02')} "
                 f"'风控审批中心（审批流、反欺诈规则）' 46,000 + {k('DZ-IMP-01')} 28,000 = 212,000 — NO order tracking, and {k('DZ-ORD-05')} "
                 "'订单跟踪 | （未报价） | 列入二期开发，本次不提供': the must-have is not in this delivery (missing, no option: fail — the decisive "
                 "trap); everything else stated and good: '已取得三级，备案证明50011143004-24012', SM4 on ID/mobile, 全站HTTPS, RBAC, 12个月, "
                 "百行, '免费维护一年' (12 months) with 小版本升级, policy '免费', '7×24小时，1小时内响应', 终身咨询, '全部写入合同', '2.2万元/年' = "
                 "22,000, '完整源码，可二次开发'.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated"),
             fin=["product_management", "installment_calculator", "repayment_management", "user_management", "risk_approval"],
             fex=["order_tracking"] + BLOAT,
             flin=["missing_must_have"],
             flex=["no_mlps_level3", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget"] + AFTER_BAD),
        dict(vendor=MX, gate="pass", price=235120,
             why=f"row {rowof[MX]}: {c(MX, '报价合计')} '20.8万元' '含税' for {c(MX, '报价配置（产品编号×数量）')} 'MX-BASE×1；MX-IMP×1' = "
                 f"{k('MX-BASE')} '消费分期基础平台（商品管理、分期计算器、还款管理、风控审批、用户管理）' 178,000 + {k('MX-IMP')} 30,000 — no order "
                 f"tracking in it; {c(MX, '选配（产品编号）')} 'MX-ORD' is {k('MX-ORD')} '订单跟踪模块 | 24000 | 选配，需另购；不含税，未含在报价合计内': "
                 "the must-have as an option at 24,000 before tax, no rate named (13% default) — added (conditional): 208,000 + 24,000 × "
                 "1.13 = 235,120 inside 20-30万; '三级，备案证明61032643001-24006' (stated); 'SM4'; HTTPS; RBAC; '6个月' (not under 6); "
                 "人行征信中心; 售后 '免费维护6个月，仅修复缺陷，版本升级另计' (6 months, upgrades not in the base price), '政策适配免费（重大监管政策调整"
                 "除外）' (conditional: charged), '工作日9:00-18:00技术支持，4小时内响应' (no 7×24, 4 h), 终身咨询, 写入合同; '2.8万元/年' = 28,000; "
                 "'完整源码'.",
             values=_vals(audit_log_months=6, free_maintenance_months=6, maintenance_includes_upgrades=False,
                          policy_adaptation_free=False, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional",
                         response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                    "response_over_2h")),
        dict(vendor=RC, gate="unverified", price=216000,
             why=f"row {rowof[RC]}: {c(RC, '报价合计')} '21.6万元' '含税' = 216,000 inside 20-30万; {c(RC, '报价配置（产品编号×数量）')} "
                 f"'RC-FQ-PRO×1；RC-AI-01×1；RC-BC-02×1；RC-MV-03×1' looked up: {k('RC-FQ-PRO')} '消费分期全功能平台（商品管理、分期计算器、"
                 f"订单跟踪、还款管理、风控审批、用户管理）' 216,000, and {k('RC-AI-01')} 智能客服机器人, {k('RC-BC-02')} 区块链存证, "
                 f"{k('RC-MV-03')} 元宇宙营销展厅 each at 0 '赠送' — three bloat modules given with the quote (the clerk's '送三个模块'); "
                 f"{c(RC, '等保三级')} '符合等保三级要求，证明材料签约后提供' (claimed, the proof held back: unverified); '国密算法' (which? claimed); "
                 "HTTPS; RBAC; '长期保存' (claimed); '支持对接主流征信机构' (no body: claimed); '终身免费维护，7×24小时服务，第一时间响应' (the "
                 "lifetime boast: claimed; no hours); '无（终身免费）'; '提供源码，核心计息引擎加密' (partial).",
             values=dict(tls=True, access_control=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", audit_log_months="claimed",
                         licensed_credit_bureau="claimed", free_maintenance_months="claimed"),
             fin=CI + CORE + ["repayment_management", "ai_customer_service", "blockchain_evidence", "metaverse_marketing"],
             fex=["overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["no_access_control", "source_licence_only"]),
        dict(vendor=XC, gate="fail", price=98000,
             why=f"row {rowof[XC]}: {c(XC, '报价合计')} '9.8万元' '含税' = 98,000 — under 10万 (fail); {c(XC, '报价配置（产品编号×数量）')} "
                 f"'XC-LITE×1' is {k('XC-LITE')} '消费分期轻量版（商品管理、分期计算器、订单管理、用户管理）' (订单管理 is the order tracking) with "
                 f"'授权使用，绑定一个域名'; {c(XC, '等保三级')} '二级（已备案）' (stated no: fail); 'AES' (no SM4); HTTPS; 权限 '有'; '3个月' logs; "
                 "百行; 售后 '免费维护3个月，只修bug；政策调整按次收费；5×8（工作日），次日响应；不提供终身咨询；不写入合同'; '按次收费，每次3000元' (no "
                 "yearly amount); '仅授权使用，授权绑定域名' (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=["product_management", "installment_calculator", "order_tracking", "user_management"], fex=BLOAT,
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only"],
             flex=["price_below_15w", "price_missing", "price_over_budget", "no_tls", "no_access_control",
                   "no_licensed_credit_bureau", "missing_must_have", "bloat_features", "source_partial"]),
    ]
    write_toml(
        "zzg_03_ci_chanpin_bianhao_duizhao.toml",
        f"""Voice: 陈静 of the 采购部 at 汉中市勉县兴汉小额贷款 (local phone, appliance and e-bike instalments in 勉县, no cross-border
  business, budget 20-30万) on 2025-11-24. Six vendors answered with formal 报价单 listing their own product codes; five quoted,
  one declined. She copied the codes (the names were too long) into her 比价表 and the codes' meaning, unit price and remark from
  each 报价单 into a second sheet. Every cell of the vendors' rows except 序号 and her 采购员备注 is the vendor's; the note row, her
  备注 column and the 采购部意见 under the table (recommending 大足) are the buyer's.
Layout: an .xlsx of two sheets. '比价表': title (row 1) and her note (row 2) merged across A:Q, a header in row 3 序号 | 供应商 |
  报价单编号 | 报价配置（产品编号×数量） | 选配（产品编号） | 报价合计 | 计税 | 等保三级 | 数据加密 | 传输加密 | 权限管理 | 日志保存 |
  征信接口 | 售后服务条款 | 维保期满年费 | 源码交付 | 采购员备注（陈静）, six vendor rows 4-9 whose D and E cells hold ONLY CODES
  ('HY-FQ-100×1；HY-RA-200×1；HY-SV-900×1', 'MX-ORD'), and 采购部意见 in row {foot}; frozen at C4. '编号对照': title, a header in row 2
  供应商 | 产品编号 | 产品/模块名称（报价单原文） | 单价（元） | 说明（报价单原文）, then each vendor's codes, the vendor's name merged down
  its rows (A3:A5, A6:A9, …), prices as numbers (0 for a gift, '（未报价）' for a module not offered).
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: a quote's modules are what its codes stand for on '编号对照' — a bundle's brackets give its modules ('分期业务核心平台（含商品管理、
  分期计算器、订单跟踪、还款计划及提醒）'), a code at 0 marked 赠送 is a module given away (bloat counts), a code in 选配 is an option at
  the price and tax its line gives, and a line for a code the vendor did not put in its configuration is no part of the quote
  unless it says so; '编号对照' is no second quote and its 单价 are the 合计's items, never prices of their own; 报价单编号 (even
  'XCY-20251119-2') is no amount. The decisive trap — the clerk's choice 大足 (21.2万 含税, every term stated and good, the
  cheapest of the complete-looking rows) quotes DZ-CORE-S (标准版: 商品管理、分期计算器、还款计划及提醒、用户管理), and its own line
  'DZ-ORD-05 订单跟踪 （未报价） 列入二期开发，本次不提供' says the must-have order tracking is not delivered: missing, fail; so 洪雅
  (22.6万 不含税 → 255,380 at the 13% default, 备案证明51142343007-24010, every term stated and good) is the pick. 眉县's 20.8万 含税
  leaves order tracking to 'MX-ORD' at 24,000 '不含税': 208,000 + 24,000 × 1.13 = 235,120, with 6 months bug-only, '重大监管政策调整
  除外', office hours and 4 hours; 荣昌 (216,000) only claims 等保 ('证明材料签约后提供'), 国密, its logs and bureau, gives three bloat
  modules and encrypts its interest engine; 西充 fails (98,000, 等保二级, a domain-locked licence); 蒲城 declined (not listed).""",
        "consumer_installment", [name], HY,
        f"洪雅 (比价表 row {rowof[HY]}, its codes looked up on 编号对照) holds every instalment must-have in HY-FQ-100 and HY-RA-200 with no "
        "bloat, proves every gate (备案证明51142343007-24010, SM4 on ID/mobile/bank card, 全站HTTPS TLS1.2, RBAC, 12-month logs, 百行 + "
        "朴道), and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract, "
        "full unencrypted source — at 226,000 不含税 = 255,380 with the 13% default, inside 20-30万 (3 years 255,380 + 2 × 26,000 = "
        "307,380). The clerk's choice 大足 (212,000) does not deliver order tracking ('DZ-ORD-05 … 列入二期开发，本次不提供': fail); 眉县 "
        "is 235,120 once its order-tracking option and 13% are added, with 6 months bug-only, major policy changes excluded, office hours "
        "and 4 hours; 荣昌 only claims its 等保 and gives three bloat modules; 西充 fails (98,000, 等保二级); 蒲城 declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zzg01, build_zzg02, build_zzg03):
        build()
    print("built zzg_01 … zzg_03 into", HERE)
