"""Build the "zy" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a 需求偏离对比表 in which the buyer's own requirement column ('我方要求') stands beside one column per
vendor and every vendor cell answers it as '同要求' (the requirement's own words are the answer), '偏离：…' (only then is something
different stated) or — from one vendor who ignored the instruction — a bare '满足' (a claim, no value of its own); the price and
the yearly fee are typed in as figures (zy_01); a GBK CSV checklist written top to bottom, twenty numbered check items down the
rows and each vendor a column of one-letter codes under a legend 'Y=满足（已见书面材料）；P=部分满足（见备注）；N=不满足；—=未答复',
the price, tax, yearly fee and extra-module rows under the codes, and one 备注 row per vendor that explains each of its P codes in
the vendor's column (zy_02); a workbook whose first sheet is a 封面 and second a 目录, with the comparison on the THIRD sheet
('比价表V2', vendors as rows) and a fourth sheet '废弃-旧版' holding the first version of the same table with older prices, older
terms and a vendor that has since withdrawn — void, never a second set of quotes (zy_03). The expected reading of every file is in
the matching zy_0N_*.toml, written from the file's content, shared/domain.md and docs/analyst-reading.md only; the author neither
ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zy.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zy_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

# a vendor that only boasts must not be failed, priced out or marked down on what it never stated
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]
GREYED = PatternFill("solid", fgColor="D9D9D9")


def _but(flags, *drop):
    return [f for f in flags if f not in drop]


def _cells(values):
    """An empty string is an empty cell in a workbook."""
    return [None if v == "" else v for v in values]


def _text(ws, r, c1, c2, text, *, font=None, height=None, fill=None, align=None):
    c = ws.cell(row=r, column=c1, value=text)
    c.alignment = align or LEFT
    c.font = font or Font()
    if fill:
        c.fill = fill
    if c2 > c1:
        ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# zy_01  个人信用贷 — 长沙岳麓恒信小额贷款's 科技部 彭志刚 sends the vendors his requirement list and asks each to answer every
#        line with '同要求' or '偏离：…'; he types their answers into one sheet beside his 我方要求 column. One vendor wrote
#        '满足' almost everywhere. The 彭志刚备注 row and his 初步意见 line are his.
# ---------------------------------------------------------------------------------------------
ZY01_VENDORS = ["株洲荷塘数科有限公司", "湘潭雨湖云科技有限公司", "衡阳雁峰软件有限公司", "岳阳君山网络科技有限公司",
                "常德武陵信息技术有限公司", "益阳赫山数据服务有限公司"]
ZY01_ROWS = [  # (序号, 项目, 我方要求, [six vendor answers])
    ("1", "报价总价（万元）", "请直接填写含税总价；我司预算18–25万",
     ["23.6（含税）", "18.8（含税）", "20.5（含税）", "13.5（含税）", "21.0（不含税，增值税6%另计）",
      "不参与（11-24来函：项目排期已满）"]),
    ("2", "必备功能模块",
     "个人征信（人行二代征信、百行征信）、风控模型（评分卡、决策引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、用户管理",
     ["同要求", "同要求", "偏离：风控模型为选配，另加2.8万元（不含税），未含在20.5万内；其余同要求", "偏离：不含反欺诈模型；其余同要求",
      "同要求", "—"]),
    ("3", "其他模块（我方未要求，如有请列明）", "—",
     ["会员体系", "赠送：区块链存证、智能客服机器人、元宇宙营销", "无", "无", "营销插件", "—"]),
    ("4", "等保三级", "已取得网络安全等级保护三级，须提供备案证明编号",
     ["同要求，备案证明43020243015-24007", "满足", "同要求，备案证明43040543011-24003", "同要求，备案证明43060043009-23012",
      "同要求，备案证明43070243018-24010", "—"]),
    ("5", "敏感数据加密", "身份证号、手机号、银行卡号采用国密SM4加密存储",
     ["同要求", "满足", "同要求", "偏离：采用AES-256加密", "同要求", "—"]),
    ("6", "传输加密", "全站HTTPS（TLS1.2及以上）", ["同要求", "同要求", "同要求", "同要求", "同要求", "—"]),
    ("7", "访问控制", "RBAC角色权限管理", ["同要求", "同要求", "同要求", "同要求", "同要求", "—"]),
    ("8", "日志审计", "操作日志保存12个月，异常操作可追溯", ["同要求", "满足", "同要求", "偏离：操作日志保存3个月", "同要求", "—"]),
    ("9", "征信接口", "仅对接持牌机构：中国人民银行征信中心、百行征信", ["同要求", "满足", "同要求", "同要求", "同要求", "—"]),
    ("10", "免费维护", "免费维护12个月，含缺陷修复及小版本升级",
     ["同要求", "偏离：终身免费维护（优于要求）", "同要求", "偏离：免费维护6个月，仅修复缺陷", "同要求", "—"]),
    ("11", "监管政策适配", "监管政策调整引起的修改免费适配",
     ["同要求", "满足", "同要求", "偏离：按次收费", "偏离：一般调整免费，重大监管政策调整另行报价", "—"]),
    ("12", "技术支持", "7×24小时技术支持，2小时内响应（指定工程师）",
     ["同要求", "满足", "偏离：5×8（工作日9:00–17:30），4小时内响应", "偏离：5×8，次日响应", "同要求", "—"]),
    ("13", "终身技术咨询", "提供终身技术咨询", ["同要求", "满足", "同要求", "偏离：不提供", "同要求", "—"]),
    ("14", "合同约定", "以上售后承诺全部写入合同", ["同要求", "满足", "同要求", "同要求", "同要求", "—"]),
    ("15", "维保期满后年费", "请直接填写金额",
     ["2.6万元/年", "无（终身维护）", "2.2万元/年", "按次收费，每次5000元", "3.0万元/年", "—"]),
    ("16", "源码交付", "交付完整源码，无加密，可二次开发",
     ["同要求", "偏离：提供源码，风控引擎加密", "同要求", "同要求", "同要求", "—"]),
    ("17", "彭志刚备注", "",
     ["材料齐全，备案证明已核对", "大部分只填“满足”；价格最低，送三个模块，终身维护", "风控模型要另加钱，不含税",
      "便宜，但加密、日志、维护都有偏离", "报的是不含税价，6%", "已退出"]),
]


def build_zy01():
    name = "zy_01_pc_woyaoqiu_tongyaoqiu_pianli.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "需求偏离对比"
    ncol = 3 + len(ZY01_VENDORS)
    widths(ws, [6, 20, 36] + [28] * len(ZY01_VENDORS))
    _text(ws, 1, 1, ncol, "长沙岳麓恒信小额贷款有限公司　个人信用贷系统源码　需求偏离对比表", font=TITLE, height=24)
    _text(ws, 2, 1, ncol,
          "科技部 彭志刚，2025-12-02。我司只做长沙本地个人信用贷，没有跨境业务，预算18–25万。11月17日把“我方要求”一列发给6家，请对方逐条回复："
          "与要求一致的填“同要求”；与要求不同的填“偏离：”并写明具体内容；报价和年费两行直接填写。下面照录各家回复，最后一行是我的备注。",
          height=46)
    put_row(ws, 3, ["序号", "项目", "我方要求"] + ZY01_VENDORS, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[3].height = 32
    r = 4
    for no, label, req, answers in ZY01_ROWS:
        assert len(answers) == len(ZY01_VENDORS), label
        put_row(ws, r, _cells([no, label, req] + answers))
        ws.cell(row=r, column=2).font = BOLD
        ws.cell(row=r, column=3).fill = GREY
        if label == "彭志刚备注":
            for c in range(4, ncol + 1):
                ws.cell(row=r, column=c).fill = YELLOW
        ws.cell(row=r, column=ncol).fill = GREYED if label != "彭志刚备注" else YELLOW
        ws.row_dimensions[r].height = 46 if no in ("2", "3", "10", "11", "12", "17") else 30
        r += 1
    r += 1
    _text(ws, r, 1, ncol,
          "初步意见（彭志刚）：湘潭雨湖报价最低（18.8万），还送区块链存证、智能客服机器人、元宇宙营销，终身维护，领导比较倾向；株洲荷塘每条都是“同要求”，"
          "备案证明也给了，作为备选。岳阳君山便宜但偏离多。益阳赫山不参与。", font=BOLD, height=34)
    ws.freeze_panes = "D4"
    _save(wb, name)

    top = good("株洲荷塘数科有限公司", 236000,
               "column D: '23.6（含税）' under 报价总价（万元） = 236,000 inside 18–25万; every requirement answered '同要求', which takes the "
               "requirement's own words: 必备功能模块 = 个人征信 (人行二代 + 百行), 风控模型 (评分卡、决策引擎), 反欺诈模型, 还款计划及逾期提醒, "
               "风控审批流, 用户管理, plus 会员体系 (deferrable) under 其他模块, no bloat; 等保 '同要求，备案证明43020243015-24007' (stated); "
               "SM4 on ID/mobile/bank card; HTTPS TLS1.2+; RBAC; logs 12 months with tracing; 人行征信中心 + 百行; 12 months with 小版本升级; "
               "policy adaptation free; 7×24 within 2 hours by a named engineer (response 2 h); lifetime consulting; all in the contract; "
               "'2.6万元/年' = 26,000; full unencrypted source.",
               PC + ["anti_fraud", "membership"] + CORE, response_hours=2, annual_fee_after_warranty_cny=26000,
               source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor="湘潭雨湖云科技有限公司", gate="unverified", price=188000,
             why="column E: '18.8（含税）' = 188,000 inside 18–25万 (no price flag); modules '同要求' = the requirement's six, plus "
                 "'赠送：区块链存证、智能客服机器人、元宇宙营销' (bloat; no cross-border business anyway); HTTPS and RBAC '同要求' (stated); "
                 "a bare '满足' is no value of its own — under 等保三级 (须提供备案证明编号) it is a claim with no number (unverified), under SM4, "
                 "log keeping, the bureau, policy adaptation, support, consulting and contract it is a claim too; '偏离：终身免费维护（优于要求）' "
                 "is the lifetime boast (claimed); '无（终身维护）' is no yearly amount; '偏离：提供源码，风控引擎加密' is partial. His 备注 and "
                 "初步意见 ('领导比较倾向') are the buyer's.",
             values=dict(tls=True, access_control=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=PC + ["anti_fraud"] + CORE + ["blockchain_evidence", "ai_customer_service", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["no_anti_fraud", "source_licence_only"]),
        dict(vendor="衡阳雁峰软件有限公司", gate="pass", price=236640,
             why="column F: '20.5（含税）' = 205,000, and '偏离：风控模型为选配，另加2.8万元（不含税），未含在20.5万内；其余同要求' — the "
                 "must-have risk model is an option, added with 13% VAT beside a tax-inclusive price (conditional): 205,000 + 28,000 × 1.13 = "
                 "205,000 + 31,640 = 236,640 inside 18–25万; the rest of the module list is the requirement's (个人征信, 反欺诈模型, 还款计划及"
                 "逾期提醒, 风控审批流, 用户管理); 等保 '同要求，备案证明43040543011-24003'; SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行, 12 "
                 "months with upgrades, free policy adaptation, lifetime consulting, contract, full source all '同要求'; '偏离：5×8（工作日"
                 "9:00–17:30），4小时内响应' = no 7×24, 4 h (the times are no figures); '2.2万元/年' = 22,000.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", support_7x24="stated", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["conditional", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"]
             + _but(AFTER_BAD, "no_7x24", "response_over_2h")),
        dict(vendor="岳阳君山网络科技有限公司", gate="pass", price=135000,
             why="column G: '13.5（含税）' = 135,000 (caution zone: cheaper is not better); modules '偏离：不含反欺诈模型；其余同要求' = the "
                 "requirement's list without anti-fraud (every must-have present; no_anti_fraud); 等保 '同要求，备案证明43060043009-23012' "
                 "(stated: gate met); '偏离：采用AES-256加密' (no SM4); HTTPS, RBAC '同要求'; '偏离：操作日志保存3个月' (under 6); bureau '同要求' "
                 "(人行 + 百行); '偏离：免费维护6个月，仅修复缺陷' (6 months, no upgrades); '偏离：按次收费' (policy charged); '偏离：5×8，次日"
                 "响应'; '偏离：不提供' consulting; contract '同要求'; '按次收费，每次5000元' (per incident, no yearly amount); source '同要求' (full).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=PC + CORE, fex=["anti_fraud"] + BLOAT,
             flin=["price_below_15w", "no_anti_fraud", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_tls",
                   "no_access_control", "no_licensed_credit_bureau", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only"]),
        dict(vendor="常德武陵信息技术有限公司", gate="pass", price=222600,
             why="column H: '21.0（不含税，增值税6%另计）' under a row asking for the 含税 total — the vendor's words and its own rate decide: "
                 "210,000 × 1.06 = 222,600 inside 18–25万; modules '同要求' (the six) plus 营销插件 (deferrable), no bloat; 等保 '同要求，备案证明"
                 "43070243018-24010'; SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行, 12 months with upgrades, 7×24 within 2 h, consulting, "
                 "contract, full source '同要求'; '偏离：一般调整免费，重大监管政策调整另行报价' (conditional: charged at the base price); "
                 "'3.0万元/年' = 30,000.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", policy_adaptation_free="conditional",
                         response_hours="stated"),
             fin=PC + ["anti_fraud", "marketing_plugins"] + CORE, fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"] + _but(AFTER_BAD, "policy_adaptation_charged")),
    ]
    write_toml(
        "zy_01_pc_woyaoqiu_tongyaoqiu_pianli.toml",
        """Voice: 彭志刚 of the 科技部 at 长沙岳麓恒信小额贷款 (local personal credit only, no cross-border business, budget 18–25万) on
  2025-12-02; the 我方要求 column is his requirement list, the 彭志刚备注 row and his 初步意见 line are his.
Layout: sheet 需求偏离对比 — title, his note row (answer each line '同要求' or '偏离：' with the difference; 报价 and 年费 typed as
  figures), a header 序号 | 项目 | 我方要求 | six vendor names (ONE COLUMN PER VENDOR), 16 requirement rows and his 备注 row; the
  vendor cells say '同要求', '同要求，备案证明…', '偏离：…' or a bare '满足'; the sixth column is a decline and dashes; his 初步意见 under
  the table. Frozen at D4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: '同要求' takes the requirement's own words as the vendor's answer (modules, SM4 on ID/mobile/bank card, 12-month logs,
  人行 + 百行, 12 months with upgrades, free policy adaptation, 7×24 within 2 h, consulting, contract, full source), and
  '同要求，备案证明…' is the filing asked for (stated); only a '偏离：' cell states something different, and '偏离：…；其余同要求' keeps
  the rest of the requirement; a bare '满足' (湘潭雨湖, the buyer's favourite at 18.8万) is no value of its own — under 等保三级 it is
  a claim (unverified), and its '偏离：终身免费维护（优于要求）' is the lifetime boast; 湘潭雨湖 also gives away 区块链存证 + 智能客服机器人 +
  元宇宙营销 (bloat) and encrypts its risk engine (partial); the 我方要求 column is no vendor and its figures ('18–25万', '12个月',
  '2小时') are no vendor's values by themselves; 衡阳雁峰's must-have 风控模型 is a '2.8万元（不含税）' option beside a 含税 price:
  205,000 + 28,000 × 1.13 = 236,640 (conditional, added); 常德武陵 '21.0（不含税，增值税6%另计）' is 222,600; 岳阳君山 is 135,000 in
  the caution zone with its anti-fraud model struck out by '偏离：不含反欺诈模型'; 益阳赫山 declined (not listed); the filing
  numbers, '9:00–17:30' and '5000元' per incident are no prices.""",
        "personal_credit", [name], "株洲荷塘数科有限公司",
        "株洲荷塘 answers every requirement '同要求' and gives its filing (备案证明43020243015-24007): SM4 on ID/mobile/bank card, HTTPS, "
        "RBAC, 12-month logs, 人行 + 百行, every personal-credit must-have with anti-fraud and no bloat, 12 months with upgrades, free "
        "policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract, full unencrypted source — at 236,000 含税 "
        "inside 18–25万 (3 years 236,000 + 2 × 26,000 = 288,000). 衡阳雁峰 is 236,640 only with its risk-model option and offers 5×8 "
        "within 4 hours; 常德武陵 is 222,600 (不含税 6%) and charges major policy changes; 岳阳君山 is 135,000 in the caution zone with "
        "AES, 3-month logs, 6 months bug-only and no anti-fraud; the favourite 湘潭雨湖 (188,000) writes only '满足' (unverified), pads "
        "with three bloat modules and encrypts its risk engine; 益阳赫山 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zy_02  商户经营贷 — 泉州丰泽融信小额贷款's 信息科技部 林晓燕 checks each vendor's written answers against a 20-item checklist and
#        saves it as a GBK CSV: items down the rows, each vendor a column of Y/N/P codes under her legend, then the price rows and
#        one 备注 row per vendor explaining its P codes. Her 结论 line (with 黄总's preference) is hers.
# ---------------------------------------------------------------------------------------------
ZY02_VENDORS = ["泉州鲤城数科有限公司", "厦门思明云链科技有限公司", "漳州芗城软件有限公司", "莆田城厢网络科技有限公司",
                "南平延平信息技术有限公司", "宁德蕉城数据服务有限公司"]
ZY02_ITEMS = [  # (序号, 检查项, codes for the six vendors)
    ("1", "企业征信查询模块", "YYYYY—"),
    ("2", "银行流水分析模块", "YYYYY—"),
    ("3", "电子合同（合同管理）模块", "YYPYY—"),
    ("4", "风控审批流", "YYYYY—"),
    ("5", "还款管理（还款计划、逾期提醒）", "YYYYY—"),
    ("6", "用户管理", "YYYYY—"),
    ("7", "已取得等保三级（须提供备案证明编号）", "YPYYY—"),
    ("8", "敏感字段国密SM4加密", "YPYNY—"),
    ("9", "全站HTTPS", "YYYYY—"),
    ("10", "角色权限管理（RBAC）", "YYYYY—"),
    ("11", "操作日志保存≥6个月，异常行为可追溯", "YPYPY—"),
    ("12", "只对接持牌征信机构（人行征信中心/百行/朴道）", "YPYYY—"),
    ("13", "免费维护≥12个月", "YPYPY—"),
    ("14", "维护含缺陷修复及小版本升级", "YPPNY—"),
    ("15", "监管政策调整免费适配", "YPYNP—"),
    ("16", "7×24小时技术支持", "YYYNY—"),
    ("17", "2小时内响应", "YPYNY—"),
    ("18", "提供终身技术咨询", "YYYNN—"),
    ("19", "以上售后承诺写入合同", "YPYYY—"),
    ("20", "交付完整源码，无加密，可二次开发", "YPYPY—"),
]
ZY02_TAIL = [  # (label, six cells)
    ("报价（万元）", ["29.6", "24.8", "27.0", "9.8", "28.0", "未报价"]),
    ("计税", ["含税", "含税", "含税", "含税", "不含税（增值税13%另计）", "—"]),
    ("维保期满后年费", ["2.8万元/年", "无（终身维护）", "2.4万元/年", "按次收费，每次4000元", "3.2万元/年", "—"]),
    ("报价内其他模块", ["数据分析大屏", "赠送：区块链存证、智能客服机器人、海外支付通道", "无", "无", "API开放平台", "—"]),
]
ZY02_NOTES = [
    "无P项。等保三级备案证明35050243012-24008；SM4加密法人身份证号、手机号、对公账号；HTTPS（TLS1.2）；日志保存12个月；"
    "对接人行征信中心、百行征信；免费维护12个月含小版本升级；7×24，指定工程师1小时内响应；完整源码无加密。",
    "P7：应答写“系统按等保三级标准建设，可协助测评”，未提供备案证明；P8：写“采用国密算法”，未说明是SM4；P11：日志“长期保存”，未写期限；"
    "P12：“可对接各大征信机构”，未写明机构；P13、P14：“终身免费维护”，未写期限和范围；P15：“积极配合监管政策调整”；P17：“第一时间响应”；"
    "P19：“可协商写入合同”；P20：提供源码，核心风控引擎加密。",
    "P3：电子合同为选配模块，另加3.2万元（不含税），未含在27.0万内；P14：免费维护期内只修复缺陷，小版本升级另行收费。"
    "等保三级备案证明35060243007-24010；日志保存12个月；7×24，2小时内响应。",
    "P11：日志保存3个月；P13：免费维护6个月；P20：仅授权使用，授权绑定服务器，不交付源码。等保三级备案证明35030043005-23016；"
    "加密用的是AES；工作日9:00-18:00支持，次日响应。",
    "P15：一般政策调整免费，重大监管政策调整另行报价。等保三级备案证明35070243014-24002；SM4加密身份证号、手机号；日志保存12个月；"
    "7×24，2小时内响应。报价为不含税价，增值税13%另计。",
    "11-20电话：项目排期已满，不参与本次报价。",
]


def build_zy02():
    name = "zy_02_ml_jianchabiao_ynp_beizhu_gbk.csv"
    width = 2 + len(ZY02_VENDORS)
    pad = lambda row: row + [""] * (width - len(row))  # noqa: E731
    rows = [pad(["泉州丰泽融信小额贷款有限公司 商户经营贷系统源码 供应商核对清单（信息科技部 林晓燕，2025-11-29）"]),
            pad(["说明：按各家书面应答材料逐项核对。图例：Y=满足（已见书面材料）；P=部分满足（见备注）；N=不满足；—=未答复。"
                 "我司只做泉州本地小微商户经营贷，没有跨境业务，预算25～35万。"]),
            pad([]),
            ["序号", "检查项"] + ZY02_VENDORS]
    for no, item, codes in ZY02_ITEMS:
        assert len(codes) == len(ZY02_VENDORS), no
        rows.append([no, item] + list(codes))
    for label, cells in ZY02_TAIL:
        assert len(cells) == len(ZY02_VENDORS), label
        rows.append(["", label] + cells)
    for i, (vendor, note) in enumerate(zip(ZY02_VENDORS, ZY02_NOTES)):
        cells = [""] * len(ZY02_VENDORS)
        cells[i] = note
        rows.append(["", "备注：" + vendor] + cells)
    rows += [pad([]),
             pad(["", "结论（林晓燕）：黄总倾向厦门思明（价格在预算内偏低，送区块链存证、智能客服机器人、海外支付通道，终身维护），"
                      "但P项最多，已请对方补备案证明；泉州鲤城全部Y；莆田城厢不到10万；宁德蕉城不报价。"])]
    write_csv(name, rows, "gbk")

    top = good("泉州鲤城数科有限公司", 296000,
               "column C: '29.6' under 报价（万元）, 计税 '含税' = 296,000 inside 25–35万; Y on items 1–6 = 企业征信, 银行流水分析, 电子合同, "
               "风控审批流, 还款管理, 用户管理, plus 数据分析大屏 (deferrable) under 报价内其他模块, no bloat; Y under the legend 'Y=满足（已见书面"
               "材料）' on every item, and its 备注 row gives the facts: 等保三级备案证明35050243012-24008 (stated), SM4 on 法人身份证号/mobile/"
               "对公账号, HTTPS TLS1.2, RBAC (item 10), logs 12 months, 人行 + 百行, 12 months with 小版本升级, free policy adaptation (item "
               "15), 7×24 with a named engineer within 1 hour, lifetime consulting (item 18), in the contract (item 19), full unencrypted "
               "source; '2.8万元/年' = 28,000.",
               ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=1, annual_fee_after_warranty_cny=28000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="厦门思明云链科技有限公司", gate="unverified", price=248000,
             why="column D: '24.8' 含税 = 248,000 (below the 25–35万 band, above 15万: no price flag); Y on items 1–6 (every must-have) "
                 "plus '赠送：区块链存证、智能客服机器人、海外支付通道' (bloat; no cross-border business); Y on HTTPS, RBAC, 7×24 and consulting "
                 "(stated); each P is explained in its 备注 in the vendor's words: '系统按等保三级标准建设，可协助测评'，未提供备案证明 (claimed: "
                 "unverified), '采用国密算法' (no SM4 named: claimed), '长期保存' (no period: claimed), '可对接各大征信机构' (no body: claimed), "
                 "'终身免费维护' (claimed lifetime), '积极配合监管政策调整', '第一时间响应', '可协商写入合同' state nothing; '无（终身维护）' is no "
                 "yearly amount; '提供源码，核心风控引擎加密' is partial. 黄总's preference in the 结论 is the buyer's.",
             values=dict(tls=True, access_control=True, support_7x24=True, lifetime_consulting=True,
                         source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence", "ai_customer_service", "overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="漳州芗城软件有限公司", gate="pass", price=306160,
             why="column E: '27.0' 含税 = 270,000; item 3 电子合同 is P, and its 备注 'P3：电子合同为选配模块，另加3.2万元（不含税），未含在27.0万内' "
                 "makes the must-have contract management an option (conditional, added with 13% VAT beside a tax-inclusive price): 270,000 + "
                 "32,000 × 1.13 = 270,000 + 36,160 = 306,160 inside 25–35万; the other must-haves Y; 等保三级备案证明35060243007-24010 "
                 "(stated); SM4, HTTPS, RBAC, 人行/百行/朴道 items Y; logs 12 months; 12 months free; 'P14：免费维护期内只修复缺陷，小版本升级"
                 "另行收费' (upgrades not in the base price); policy free (Y); 7×24 within 2 hours; consulting Y; contract Y; source Y; "
                 "'2.4万元/年' = 24,000.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, licensed_credit_bureau=True,
                         maintenance_includes_upgrades=False, policy_adaptation_free=True, support_7x24=True,
                         lifetime_consulting=True, commitments_in_contract=True, annual_fee_after_warranty_cny=24000,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "maintenance_excludes_upgrades")),
        dict(vendor="莆田城厢网络科技有限公司", gate="fail", price=98000,
             why="column F: '9.8' 含税 = 98,000 (under 10万: do not buy); Y on items 1–6 (every must-have); 等保三级备案证明35030043005-23016 "
                 "(stated); item 8 N with '加密用的是AES' (no SM4); HTTPS and RBAC Y; 'P11：日志保存3个月' (under 6); bureau Y; 'P13：免费维护"
                 "6个月' and item 14 N (no upgrades); 15 N (policy charged); 16 and 17 N with '工作日9:00-18:00支持，次日响应' (no 7×24, over 2 h; "
                 "the times are no figures); 18 N (no consulting); 19 Y (contract); '按次收费，每次4000元' (per incident, no yearly amount); "
                 "'P20：仅授权使用，授权绑定服务器，不交付源码' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", audit_log_months="stated", free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_10w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=["price_below_15w", "price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_tls",
                   "no_access_control", "no_licensed_credit_bureau", "not_in_contract", "bloat_features", "source_partial"]),
        dict(vendor="南平延平信息技术有限公司", gate="pass", price=316400,
             why="column G: '28.0' with 计税 '不含税（增值税13%另计）': 280,000 × 1.13 = 316,400 inside 25–35万; Y on items 1–6 plus API开放平台 "
                 "(deferrable), no bloat; 等保三级备案证明35070243014-24002 (stated); SM4 on ID/mobile; HTTPS, RBAC Y; logs 12 months; bureau "
                 "Y; 12 months with upgrades (13, 14 Y); 'P15：一般政策调整免费，重大监管政策调整另行报价' (conditional: charged at the base price); "
                 "7×24 within 2 hours; item 18 N (no lifetime consulting); contract Y; source Y; '3.2万元/年' = 32,000.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, maintenance_includes_upgrades=True, policy_adaptation_free=False,
                         support_7x24=True, response_hours=2, lifetime_consulting=False, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", policy_adaptation_free="conditional"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged", "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "policy_adaptation_charged", "no_lifetime_consulting")),
    ]
    write_toml(
        "zy_02_ml_jianchabiao_ynp_beizhu_gbk.toml",
        """Voice: 林晓燕 of the 信息科技部 at 泉州丰泽融信小额贷款 (local small-business operating loans, no cross-border business,
  budget 25～35万) on 2025-11-29, checking each vendor's written answers; every Y/P/N code, the legend, the 备注 rows and the 结论
  line (with 黄总's preference) are hers, the words quoted in the 备注 rows are the vendors'.
Layout: CSV, GBK, CRLF — a title line, her legend line ('Y=满足（已见书面材料）；P=部分满足（见备注）；N=不满足；—=未答复'), a blank
  line, a header 序号 | 检查项 | six vendor names, then a CHECKLIST written top to bottom: 20 numbered items (six modules, the
  compliance items, the after-sales items, source) with ONE LETTER per vendor cell; under them 报价（万元）, 计税, 维保期满后年费 and
  报价内其他模块 rows; then ONE 备注 ROW PER VENDOR ('备注：<vendor>' in column B, the text only in that vendor's column) explaining
  every P by its item number ('P7：…') and adding the filing number and figures; the sixth vendor's column is dashes and a decline
  note; her 结论 at the end.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: a code means what the legend says — Y is met on written proof, N a stated no, P is read only through its 备注 (the P alone
  is no value); a 备注 row belongs to the vendor its label and column name, never to the column's neighbours; the item's own
  words say what a Y answers ('交付完整源码，无加密，可二次开发' Y = full source); 厦门思明 (黄总's pick, 24.8万) is P wherever proof
  matters and its 备注 quotes claims ('按等保三级标准建设，可协助测评'，未提供备案证明; '国密算法'; '长期保存'; '各大征信机构';
  '终身免费维护'): unverified, with three bloat modules and an encrypted risk engine; 漳州芗城's P3 makes the must-have 电子合同 a
  '3.2万元（不含税）' option: 270,000 + 32,000 × 1.13 = 306,160 (conditional, added), and its P14 leaves upgrades out; 南平延平's
  '不含税（增值税13%另计）' is 280,000 × 1.13 = 316,400; 莆田城厢's '9.8' is 98,000 (under 10万: fail) with a server-bound licence;
  宁德蕉城 declined (not listed); item numbers ('P13'), the filing numbers, '9:00-18:00' and '4000元' per incident are no prices.""",
        "merchant_loan", [name], "泉州鲤城数科有限公司",
        "泉州鲤城 is Y on all 20 items and its 备注 proves them (备案证明35050243012-24008, SM4 on ID/mobile/对公账号, HTTPS TLS1.2, "
        "12-month logs, 人行 + 百行): every merchant-loan must-have and no bloat, 12 months with upgrades, free policy adaptation, 7×24 "
        "within 1 hour by a named engineer, lifetime consulting, all in the contract, full unencrypted source — at 296,000 含税 inside "
        "25–35万 (3 years 296,000 + 2 × 28,000 = 352,000). 漳州芗城 is 306,160 only with its e-contract option and leaves upgrades "
        "out; 南平延平 is 316,400 (不含税 13%), charges major policy changes and gives no lifetime consulting; 黄总's pick 厦门思明 "
        "(248,000) is P on every proof (unverified), pads with three bloat modules and encrypts its risk engine; 莆田城厢 is 98,000 "
        "(under 10万: fail) with a server-bound licence; 宁德蕉城 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zy_03  消费分期 — 贵阳观山湖黔信小额贷款's 运营部 杨帆 hands 陈总 a workbook: a 封面, a 目录, the comparison on the THIRD sheet
#        ('比价表V2', 12-01) and, kept at the back, the first version of the same table ('废弃-旧版', 11-20) with older prices,
#        older terms and a vendor that has since withdrawn. The 杨帆备注 column and the notes on every sheet are his.
# ---------------------------------------------------------------------------------------------
ZY03_HEAD = ["序号", "供应商", "报价", "功能模块", "选配模块及价格", "等保三级", "敏感数据加密", "HTTPS", "权限管理", "日志保存",
             "征信接口", "免费维护期及范围", "监管政策适配", "技术支持及响应", "终身技术咨询", "写入合同", "维保期满年费", "源码交付",
             "杨帆备注"]
ZY03_ROWS = [
    ["1", "遵义红花岗数科有限公司", "26.8万元（含税）",
     "商品管理、分期计算器、订单跟踪、还款计划及逾期提醒、风控审批流、用户管理、积分商城", "无",
     "已取得，备案证明52030243016-24005", "国密SM4（身份证号、手机号、银行卡号）", "是（TLS1.2）", "RBAC角色权限", "12个月，异常操作可追溯",
     "中国人民银行征信中心、百行征信", "免费维护12个月，含缺陷修复及小版本升级", "免费", "7×24小时，2小时内响应", "提供", "全部写入合同",
     "2.5万元/年", "完整源码，无加密，可二次开发", "二轮从28.5万降到26.8万；演示顺利"],
    ["2", "六盘水钟山云分科技有限公司", "21.8万元（含税）",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理、社交分享；赠送智能客服机器人、区块链存证、元宇宙营销", "无",
     "满足等保三级要求，可协助贵司通过测评", "国密算法", "是", "完善的权限体系", "长期保存", "支持对接各大征信机构", "终身免费维护",
     "积极配合", "7×24小时，第一时间响应", "终身免费", "可协商", "无（终身维护）", "提供源码（核心风控引擎加密）",
     "价格合适，送的模块多，陈总倾向这家"],
    ["3", "安顺西秀软件有限公司", "23.5万元（含税）", "商品管理、分期计算器、还款计划、风控审批、用户管理",
     "订单跟踪模块，另加2.5万元（含税），未含在23.5万内",
     "已取得，备案证明52040243008-24013", "SM4（身份证号、手机号）", "是", "角色权限", "12个月", "百行征信、朴道征信",
     "免费维护12个月，含缺陷修复及小版本升级", "免费", "7×24小时，4小时内响应", "提供", "写入合同", "2.2万元/年", "完整源码，可二次开发",
     "订单跟踪要另加钱"],
    ["4", "毕节七星关网络科技有限公司", "13.8万元（含税）",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理", "无",
     "已取得，备案证明52050043004-23018", "AES加密", "是", "角色权限", "3个月", "百行征信", "免费维护6个月，仅修复缺陷", "按次收费",
     "5×8（工作日），次日响应", "不提供", "写入合同", "按次收费，每次5000元", "完整源码", "最便宜"],
    ["5", "铜仁碧江信息技术有限公司", "22.0万元（不含税，税率6%）",
     "商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理、社交分享", "无",
     "已取得，备案证明52060243010-24007", "国密SM4（身份证号、手机号、银行卡号）", "是（TLS1.2）", "RBAC", "12个月",
     "中国人民银行征信中心、朴道征信", "免费维护12个月，含缺陷修复及小版本升级", "一般调整免费，重大监管政策调整另行报价",
     "7×24小时，2小时内响应", "提供", "写入合同", "2.8万元/年", "完整源码，无加密", "不含税，按6%开票"],
    ["6", "凯里苗岭数据服务有限公司", "—（11-28来函：退出本次报价）"] + ["—"] * 15 + ["已退出"],
]
# the first version (11-20), kept on the fourth sheet and void: older prices and terms, and 凯里苗岭 still quoting
ZY03_OLD = [
    ["1", "遵义红花岗数科有限公司", "28.5万元（含税）", "商品管理、分期计算器、订单跟踪、还款计划、风控审批、用户管理", "无",
     "已取得", "SM4", "是", "有", "12个月", "百行征信", "12个月", "免费", "7×24", "提供", "写入合同", "3.0万元/年", "完整源码", "首轮"],
    ["2", "六盘水钟山云分科技有限公司", "23.8万元（含税）", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理", "无",
     "三级测评中", "国密", "是", "有", "长期", "支持", "终身", "配合", "7×24", "终身", "可协商", "无", "提供源码", "首轮"],
    ["3", "安顺西秀软件有限公司", "24.5万元（含税）", "商品管理、分期计算器、还款计划、风控审批、用户管理", "订单跟踪另加3万元（含税）",
     "已取得", "SM4", "是", "有", "12个月", "百行征信", "12个月", "免费", "5×8", "提供", "写入合同", "2.5万元/年", "完整源码", "首轮"],
    ["4", "毕节七星关网络科技有限公司", "15.8万元（含税）", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理", "无",
     "已取得", "AES", "是", "有", "3个月", "百行征信", "6个月", "按次收费", "5×8", "不提供", "写入合同", "按次收费", "完整源码", "首轮"],
    ["5", "铜仁碧江信息技术有限公司", "23.0万元（不含税）", "商品管理、分期计算器、订单跟踪、还款计划、风控审批、用户管理", "无",
     "已取得", "SM4", "是", "有", "12个月", "人行征信、朴道征信", "12个月", "免费", "7×24", "提供", "写入合同", "3.0万元/年", "完整源码",
     "首轮"],
    ["6", "凯里苗岭数据服务有限公司", "19.6万元（含税）", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理", "无",
     "已取得", "SM4", "是", "有", "12个月", "百行征信", "12个月", "免费", "7×24", "提供", "写入合同", "2.0万元/年", "完整源码", "首轮"],
]


def build_zy03():
    name = "zy_03_ci_fengmian_mulu_disanye_feiqi_jiuban.xlsx"
    wb = Workbook()
    cover = wb.active
    cover.title = "封面"
    widths(cover, [4, 60])
    for r, (text, font) in enumerate([
            ("贵阳观山湖黔信小额贷款有限公司", TITLE),
            ("消费分期业务系统源码采购", Font(bold=True, size=13)),
            ("供应商报价比较材料（呈陈总审阅）", Font(bold=True, size=12)),
            ("", None),
            ("编制：运营部 杨帆", None),
            ("审核：信息科技部 何工", None),
            ("日期：2025-12-01", None),
            ("版本：V2（替代11-20的V1）", None),
            ("密级：内部资料，请勿外传", None)], start=3):
        if text:
            _text(cover, r, 2, 2, text, font=font or Font(), height=26 if font else 18)

    toc = wb.create_sheet("目录")
    widths(toc, [6, 16, 52, 18])
    _text(toc, 1, 1, 4, "目录", font=TITLE, height=24)
    put_row(toc, 2, ["序号", "工作表", "内容", "状态"], font=BOLD, fill=BLUE, align=CENTER)
    for r, row in enumerate([
            ["1", "封面", "封面", "—"],
            ["2", "目录", "本页", "—"],
            ["3", "比价表V2", "6家供应商二轮报价及条款比较（5家有效，1家退出），12-01更新", "有效，以此为准"],
            ["4", "废弃-旧版", "11-20首轮比价表（V1），价格和条款均已更新", "已作废，仅留底，勿引用"]], start=3):
        put_row(toc, r, row)

    ws = wb.create_sheet("比价表V2")
    ncol = len(ZY03_HEAD)
    widths(ws, [5, 26, 18, 34, 24, 26, 24, 12, 14, 16, 22, 26, 22, 20, 12, 14, 14, 22, 24])
    _text(ws, 1, 1, ncol, "消费分期系统源码　供应商比价表（V2，2025-12-01）", font=TITLE, height=24)
    _text(ws, 2, 1, ncol,
          "运营部 杨帆。我司做贵阳本地手机、家电消费分期，没有跨境业务，预算20–30万。本表为二轮报价后的最新版本，替代“废弃-旧版”工作表（11-20首轮）；"
          "各家条款按其书面报价单原文摘录，最右一列是我的备注。", height=40)
    put_row(ws, 3, ZY03_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[3].height = 30
    r = 4
    for row in ZY03_ROWS:
        assert len(row) == ncol, row[1]
        put_row(ws, r, _cells(row))
        ws.cell(row=r, column=ncol).fill = YELLOW
        ws.row_dimensions[r].height = 52 if row[0] != "6" else 20
        r += 1
    r += 1
    _text(ws, r, 1, ncol,
          "杨帆小结：陈总倾向六盘水钟山（21.8万，送智能客服机器人、区块链存证、元宇宙营销，终身维护）；遵义红花岗二轮降到26.8万，材料最全，作为备选；"
          "毕节七星关最便宜；凯里苗岭11-28退出。", font=BOLD, height=34)
    ws.freeze_panes = "C4"

    old = wb.create_sheet("废弃-旧版")
    widths(old, [5, 26, 18, 34, 22, 12, 10, 8, 8, 10, 16, 10, 10, 10, 10, 10, 12, 12, 10])
    _text(old, 1, 1, ncol, "【已作废，勿用】V1 首轮比价表（2025-11-20）——已被“比价表V2”替代，数据仅留底", font=TITLE, height=24,
          fill=GREYED)
    put_row(old, 2, ZY03_HEAD[:-1] + ["轮次"], font=BOLD, fill=GREY, align=CENTER)
    for r, row in enumerate(ZY03_OLD, start=3):
        assert len(row) == ncol, row[1]
        put_row(old, r, row)
    _save(wb, name)

    top = good("遵义红花岗数科有限公司", 268000,
               "sheet 比价表V2 (the third sheet, the version the 目录 marks 有效), row 1: '26.8万元（含税）' = 268,000 inside 20–30万 (the "
               "28.5万 on 废弃-旧版 is the void first round; his 备注 '二轮从28.5万降到26.8万' says so); 商品管理, 分期计算器, 订单跟踪, 还款计划及"
               "逾期提醒, 风控审批流, 用户管理, 积分商城 (deferrable), no bloat; '已取得，备案证明52030243016-24005' (stated); SM4 on ID/mobile/"
               "bank card; HTTPS TLS1.2; RBAC; logs 12个月 with tracing; 人行 + 百行; 12 months with 小版本升级; 政策 免费; 7×24 within 2 "
               "hours; 终身咨询 提供; 全部写入合同; '2.5万元/年' = 25,000; 完整源码 无加密.",
               CI + CORE + ["repayment_management", "points_mall"], response_hours=2, annual_fee_after_warranty_cny=25000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="六盘水钟山云分科技有限公司", gate="unverified", price=218000,
             why="比价表V2 row 2: '21.8万元（含税）' = 218,000 inside 20–30万 (not the void 23.8万); 商品管理, 分期计算器, 订单跟踪, 还款管理, "
                 "风控审批, 用户管理, 社交分享 (deferrable) and 赠送 智能客服机器人、区块链存证、元宇宙营销 (bloat); '满足等保三级要求，可协助贵司通过"
                 "测评' (claimed: unverified; the old sheet's '三级测评中' is void and would be no better); '国密算法' (claimed); '长期保存' "
                 "(claimed); '支持对接各大征信机构' (claimed); '终身免费维护' (claimed); HTTPS '是' and '7×24小时' stated; '完善的权限体系', "
                 "'积极配合', '第一时间响应', '终身免费', '可协商', '无（终身维护）' state nothing; '提供源码（核心风控引擎加密）' (partial). 陈总's "
                 "preference in his 备注 and 小结 is the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=CI + CORE + ["repayment_management", "social_sharing", "ai_customer_service", "blockchain_evidence",
                              "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="安顺西秀软件有限公司", gate="pass", price=260000,
             why="比价表V2 row 3: '23.5万元（含税）' = 235,000, and the must-have order tracking only under 选配模块及价格 '订单跟踪模块，另加2.5万元"
                 "（含税），未含在23.5万内' (conditional, added): 235,000 + 25,000 = 260,000 inside 20–30万 (never the void sheet's 24.5万 + "
                 "3万); 商品管理, 分期计算器, 还款计划, 风控审批, 用户管理; '已取得，备案证明52040243008-24013'; SM4 (ID, mobile); HTTPS 是; "
                 "角色权限; logs 12; 百行 + 朴道; 12 months with 小版本升级; 政策 免费; '7×24小时，4小时内响应' (4 h); 终身咨询 提供; 写入合同; "
                 "'2.2万元/年' = 22,000; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "response_over_2h")),
        dict(vendor="毕节七星关网络科技有限公司", gate="pass", price=138000,
             why="比价表V2 row 4: '13.8万元（含税）' = 138,000 (caution zone: cheaper is not better; the void sheet's 15.8万 is not read); "
                 "every instalment must-have with 还款管理, 风控审批, 用户管理; '已取得，备案证明52050043004-23018' (stated: gate met); 'AES加密' "
                 "(no SM4); HTTPS 是; 角色权限; '3个月' logs (under 6); 百行; '免费维护6个月，仅修复缺陷' (6 months, no upgrades); 政策 '按次收费' "
                 "(charged); '5×8（工作日），次日响应'; 终身咨询 不提供; 写入合同; '按次收费，每次5000元' (per incident, no yearly amount); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_tls",
                   "no_access_control", "no_licensed_credit_bureau", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only"]),
        dict(vendor="铜仁碧江信息技术有限公司", gate="pass", price=233200,
             why="比价表V2 row 5: '22.0万元（不含税，税率6%）' — its own rate: 220,000 × 1.06 = 233,200 inside 20–30万 (not the void sheet's "
                 "23.0万); 商品管理, 分期计算器, 订单跟踪, 还款计划及提醒, 风控审批, 用户管理, 社交分享 (deferrable), no bloat; '已取得，备案证明"
                 "52060243010-24007'; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 12; 人行 + 朴道; 12 months with 小版本升级; "
                 "'一般调整免费，重大监管政策调整另行报价' (conditional: charged at the base price); 7×24 within 2 hours; 终身咨询 提供; 写入合同; "
                 "'2.8万元/年' = 28,000; 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", policy_adaptation_free="conditional",
                         response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "social_sharing"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "policy_adaptation_charged")),
    ]
    write_toml(
        "zy_03_ci_fengmian_mulu_disanye_feiqi_jiuban.toml",
        """Voice: 杨帆 of the 运营部 at 贵阳观山湖黔信小额贷款 (local phone and appliance instalments, no cross-border business, budget
  20–30万) on 2025-12-01, for 陈总; the cover, the 目录, the 杨帆备注 column, his 小结 and the void first version are his.
Layout: a workbook of FOUR sheets — '封面' (company, title, 编制/审核/日期/版本 V2 lines), '目录' (序号 | 工作表 | 内容 | 状态: sheet 3
  '比价表V2' 有效，以此为准; sheet 4 '废弃-旧版' 已作废，仅留底，勿引用), the comparison on the THIRD sheet '比价表V2' (title, his note row
  saying it replaces the old sheet, a header of 19 columns with vendors as rows, six vendor rows, the sixth a withdrawal and
  dashes, his 小结; frozen at C4), and a FOURTH sheet '废弃-旧版' titled '【已作废，勿用】V1 首轮比价表（2025-11-20）' holding the first
  round of the same six vendors in short words, with older prices (28.5万, 23.8万, 24.5万, 15.8万, 23.0万, 19.6万) and a 轮次 column.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the cover and the contents are no quotes (编制/审核 names, '2025-12-01', 'V2' and the sheet numbers are no vendors or
  amounts); the newer sheet governs and the void sheet is no second set of quotes — each vendor is one quote, read from 比价表V2
  only, never duplicated, never merged with its old row (遵义红花岗 is 268,000, not 28.5万; 六盘水钟山's old '三级测评中' is not read);
  凯里苗岭 withdrew on 11-28 (not listed), whatever its 19.6万 and full marks on the void sheet; 安顺西秀's must-have 订单跟踪 is a
  '2.5万元（含税）' option: 235,000 + 25,000 = 260,000 (conditional, added); 铜仁碧江 '22.0万元（不含税，税率6%）' is 233,200;
  毕节七星关 is 138,000 in the caution zone with AES, 3-month logs and 6 months bug-only; 六盘水钟山 (陈总's pick, 21.8万) only claims,
  gives away 智能客服机器人 + 区块链存证 + 元宇宙营销 (bloat) and encrypts its core risk engine (unverified); the filing numbers,
  '11-28' and '5000元' per incident are no prices.""",
        "consumer_installment", [name], "遵义红花岗数科有限公司",
        "遵义红花岗 (on the governing sheet 比价表V2) proves every gate (备案证明52030243016-24005, SM4 on ID/mobile/bank card, HTTPS "
        "TLS1.2, RBAC, 12-month logs, 人行 + 百行), has all three instalment must-haves with no bloat, and gives 12 months with "
        "upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract, full unencrypted source — at "
        "268,000 含税 inside 20–30万 (3 years 268,000 + 2 × 25,000 = 318,000). 安顺西秀 is 260,000 only with its order-tracking option "
        "and answers in 4 hours; 铜仁碧江 is 233,200 (不含税 6%) and charges major policy changes; 毕节七星关 is 138,000 in the caution "
        "zone with AES, 3-month logs and 6 months bug-only; 陈总's pick 六盘水钟山 (218,000) proves nothing (unverified), pads with "
        "three bloat modules and encrypts its risk engine; 凯里苗岭 withdrew, and the void first-round sheet is not read.",
        vendors)


if __name__ == "__main__":
    for build in (build_zy01, build_zy02, build_zy03):
        build()
    print("built zy_01 … zy_03 into", HERE)
