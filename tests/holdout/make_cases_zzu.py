"""Build the "zzu" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is AMOUNTS, DURATIONS AND TIMES THE WAY PEOPLE ACTUALLY TYPE THEM. Each file
has a plain layout (vendors as columns, or as rows) so that the difficulty is in the cells, and each is kept by someone
else:

zzu_01 — an .xlsx (personal credit) kept by the FINANCE DEPARTMENT's accountant, vendors as COLUMNS (项目 down column A). She
  keeps money in 千元 and says so ONLY in the note line above the table ("金额单位：千元（…自带单位的以原话为准）"): her own
  bare figures (226, 24, 30) are thousands of yuan, while the vendors' words she copied keep their own units ("23万8",
  "约23.8万（最终以合同为准）", "22~26万（视定制范围）", "9.8W", "2.5万/年", "每年4.8W"). Durations and times as typed: "终验后12个月",
  "壹年", "18个月（含试运行3个月）", "半年", "一年半", "7*24", "5×8+节假日值班", "7X24（节假日除外）", "半小时", "2H", "30min", "T+1".
zzu_02 — a GBK CSV (merchant loans) kept by a 业务部 account manager from WeChat and phone calls, vendors as ROWS, the price
  column "照抄对方原话": "29.8万/套，两套（生产+灾备）共59.6万" where the note above says only ONE set (production) is bought,
  "RMB298K（含税）", "三十二万六千", "27.6w", "软件24.8万+实施5万=29.8万"; "6+6个月（后6个月需续签）", "质保三年（第一年免费，后两年按
  10%/年）", "壹年", "4个工作小时", "2h内响应".
zzu_03 — a GB18030 CSV (consumer instalments) kept by the IT department (信息科技部), vendors as COLUMNS, every answer copied
  from the vendors' replies: "首年23.8万（含源码买断及首年免费维护），次年起每年2.4万（维保费）", "22.8W", "23.8万/套（一套）",
  "24万以内（按最终需求确认）", "¥238,000.-"; "免费维护至2026年12月31日（上线约2026年3月）", "首年免费（自终验合格之日起）", "半年",
  "18个月（含试运行3个月）", "180天"; "7×24（法定节假日除外）", "当天", "次工作日".

Where domain.md and docs/analyst-reading.md do not settle a reading (the exact months of "18个月（含试运行3个月）" or of a free
period given as an end date, the exact hours of "4个工作小时" or "当天", the standing of "6+6个月"), the .toml says what the
analyst would do and asserts nothing on it; every gate and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzu_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzu.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, GREY, TITLE, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return {k: x for k, x in v.items() if x is not None}   # None = the analyst asserts nothing on that field


def _st(**over):
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return {k: x for k, x in s.items() if x is not None}


def _but(*keep):
    """ALL_BAD without the flags the analyst expects (or does not settle)."""
    return [f for f in ALL_BAD if f not in keep]


# ---------------------------------------------------------------------------------------------
# zzu_01  个人信用贷 — the accountant's sheet in 千元 (said only in the note above), vendors as columns
# ---------------------------------------------------------------------------------------------
T1_NAME = "zzu_01_pc_caiwu_qianyuan_beizhu_koutou_jine.xlsx"
T1_VENDORS = ["浏阳金阳数科有限公司", "湘乡东山软件有限公司", "常宁水口山信息技术有限公司", "武冈云山网络科技有限公司",
              "临湘桃林数智科技有限公司"]
T1_ROWS = [
    ("报价", [226, "23万8", "约23.8万（最终以合同为准）", "22~26万（视定制范围）", "9.8W"]),
    ("计税", ["含税", "含税（13%专票）", "含税", "含税", "含税"]),
    ("功能模块", ["个人征信查询、风控模型、反欺诈、还款管理（还款计划及到期提醒）、风控审批、用户管理",
              "个人征信、风控模型、反欺诈、还款管理、风控审批、用户管理",
              "个人征信、风控模型、反欺诈模型、还款计划及提醒、风控审批、用户管理、营销插件",
              "个人征信、AI风控、反欺诈、还款管理、风控审批、用户管理",
              "个人征信、风控引擎、还款管理、风控审批、用户管理、智能客服机器人"]),
    ("等保", ["三级，备案证明编号43018143007-24011", "三级（备案证明编号43038143002-25004）",
            "已取得三级，备案证明编号43048243010-24019", "三级测评中，预计2026年1月取得备案证明", "按等保三级标准开发"]),
    ("数据加密", ["SM4（身份证号、手机号、银行卡号）", "SM4", "国密SM4（敏感字段）", "SM4", "AES"]),
    ("传输加密", ["全站HTTPS", "HTTPS", "HTTPS", "HTTPS", "HTTPS"]),
    ("权限管理", ["RBAC角色权限", "RBAC", "角色权限管理", "RBAC", "有"]),
    ("日志保存", ["1年", "半年", "12个月", "一年半", "3个月"]),
    ("征信接口", ["人行征信中心、百行征信", "百行征信", "百行征信、朴道征信", "朴道征信", "可对接主流征信机构"]),
    ("免费维护期", ["终验后12个月", "壹年", "12个月", "18个月（含试运行3个月）", "半年"]),
    ("维护范围", ["bug修复+小版本升级", "bug修复+小版本升级", "bug修复、版本升级", "bug修复+版本升级", "只修bug"]),
    ("政策适配", ["免费", "免费", "免费", "免费", "另收费"]),
    ("技术支持", ["7*24", "5×8+节假日值班", "7X24（节假日除外）", "7×24小时", "5×8"]),
    ("响应时间", ["半小时", "2H", "30min", "1小时内", "T+1"]),
    ("终身咨询", ["终身免费咨询", "提供", "终身技术咨询", "提供", "无"]),
    ("写入合同", ["全部写入合同", "是", "是", "是", "否"]),
    ("维保期满年费", [24, "2.6万/年", "2.5万/年", 30, "每年4.8W"]),
    ("源码交付", ["完整源码，无加密，可二次开发", "完整源码", "完整源码", "完整源码", "加密授权版，绑定域名"]),
    ("实施周期", ["45天", "两个月", "60天", "三个月", "两周"]),
]


def build_zzu01():
    wb = Workbook()
    ws = wb.active
    ws.title = "询价汇总"
    put_row(ws, 1, ["个人信用贷系统源码 询价汇总表（财务部）"], font=TITLE, border=False)
    put_row(ws, 2, ["金额单位：千元（供应商原话照录、自带单位的，以原话为准）。本次只买一套源码，预算18–25万（含税）。我司只做本地个人"
                    "信用贷，无跨境业务。各项内容摘自各家报价单及微信回复。——财务部 罗佳　2025-11-26"], border=False)
    ws.merge_cells("A2:F2")
    ws.row_dimensions[2].height = 45
    put_row(ws, 4, ["项目"] + T1_VENDORS, font=BOLD, fill=GREY)
    r = 5
    for label, cells in T1_ROWS:
        put_row(ws, r, [label] + cells)
        ws.cell(row=r, column=1).font = BOLD
        r += 1
    ws.freeze_panes = "B5"
    widths(ws, [14, 30, 30, 30, 30, 30])
    _save(wb, T1_NAME)

    comment = """Voice: 罗佳, accountant in the 财务部 of 洪江市雄溪小额贷款有限公司 (local personal credit, no cross-border business, one set
  of source code, budget 18–25万 含税), 2025-11-26. The title and the note on row 2 are hers; the cells are the vendors' quote
  sheets and WeChat replies, copied as they wrote them — except where she typed a bare figure of her own, which is in 千元.
Layout: .xlsx, one sheet "询价汇总"; row 1 title; row 2 (merged A2:F2) the note "金额单位：千元（供应商原话照录、自带单位的，以原话为准）…
  预算18–25万（含税）"; row 3 empty; header row 4 项目 | 浏阳金阳 | 湘乡东山 | 常宁水口山 | 武冈云山 | 临湘桃林 (full names); rows 5–23
  one item each (报价, 计税, 功能模块, 等保, 数据加密, 传输加密, 权限管理, 日志保存, 征信接口, 免费维护期, 维护范围, 政策适配, 技术支持,
  响应时间, 终身咨询, 写入合同, 维保期满年费, 源码交付, 实施周期): vendors as COLUMNS. No unit in any label: the only unit for the bare
  numbers is the note's 千元. B5 is the NUMBER 226, B21 the number 24, E21 the number 30 (numeric cells).
Analyst's reading, written before any code read the file (the product was not run on it).
Rules followed: a unit stated in a line above the table applies to every bare amount (analyst-reading §9, "金额单位：万元"; §3.8 a
  unit only in the header scales every bare amount) — here 千元, and a cell's own unit wins, as the note itself says; "W" is 万
  (domain.md, Money); "23万8" is 238,000 as the spoken "二十一万八" is 218,000 (analyst-reading, voice messages); 约 keeps the
  number (analyst-reading, the boss's tick table: "约 / 大概 / 左右 keep the number"); a range takes its upper bound with a warning
  (§3.5); "…除外" is conditional, what the base price buys (domain.md §7) — "7X24（节假日除外）" is no 7×24; in-progress 等保
  (测评中) is mlps_level3 = false, claimed, gate unverified (§1); "按等保三级标准开发" is a claim; "加密授权版，绑定域名" is a licence
  locked to a domain (cloud-marketplace paragraph); "半年" is 6 months, "一年半" 18, "壹年" 12; "T+1" is the next day, 24 h (like 次日 /
  next-day reply); "5×8+节假日值班" leaves weekday nights uncovered: no 7×24.
Traps: the decisive one is the 千元 said only above the table. 浏阳's price cell is the bare number 226 and its yearly fee 24: with
  the note they are 226,000 and 24,000 — the cheapest compliant quote, inside 18–25万, with every gate proved and the best
  after-sales: the pick. A reader who misses the note reads 226 yuan (under 10万, a gate failure) or 226万 (far over budget) and
  loses the best quote. The careless pick is then 常宁 ('约23.8万（最终以合同为准）' — 约 kept as the number — with support
  '7X24（节假日除外）' taken for 7×24): read carefully that support excludes holidays, a condition, so 常宁 has no 7×24 and lands
  below 浏阳. 湘乡's '23万8' is 238,000 and its '5×8+节假日值班' no 7×24; 武冈's '22~26万' is 260,000 (upper bound: over the band)
  and its 等保 is still 测评中 (unverified); 临湘's '9.8W' is 98,000: under 10万, a gate failure. The 实施周期 row ('45天',
  '两个月' …) is no term that scores.
Not settled and not asserted: 武冈's '18个月（含试运行3个月）' (18 months, or 15 after the trial run — at least 12 either way, so
  maintenance_under_12m is excluded, the months are not asserted); whether 约 or a range raises a question flag (unconfirmed is
  not asserted for 常宁 and 武冈); the standing of 临湘's '只修bug' and '另收费' (the values are asserted, not the status)."""
    vendors = [
        dict(vendor="浏阳金阳数科有限公司", gate="pass", price=226000,
             why="column B: 报价 is the bare number 226 under the note '金额单位：千元' = 226,000 (计税 '含税') inside 18–25万; '三级，备案证明编号43018143007-24011'; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志 '1年' = 12; 人行征信中心 + 百行征信; modules 个人征信查询, 风控模型, 反欺诈, 还款管理, 风控审批, 用户管理; '终验后12个月'; bug修复+小版本升级; 政策适配 免费; '7*24'; '半小时' = 0.5 h; '终身免费咨询'; 全部写入合同; 维保期满年费 the bare 24 = 24,000 (千元); full unencrypted source. 3 years: 226,000 + 2 × 24,000 = 274,000.",
             values=_vals(audit_log_months=12, response_hours=0.5, annual_fee_after_warranty_cny=24000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flex=ALL_BAD + ["no_anti_fraud"]),
        dict(vendor="常宁水口山信息技术有限公司", gate="pass", price=238000,
             why="column D: '约23.8万（最终以合同为准）' — 约 keeps the number: 238,000 含税 inside 18–25万; '已取得三级，备案证明编号43048243010-24019'; '国密SM4（敏感字段）'; HTTPS; 角色权限管理; 日志12个月; 百行 + 朴道; modules with 反欺诈模型 and 营销插件 (deferrable); 免费维护12个月; bug修复、版本升级; 政策适配 免费; '7X24（节假日除外）' — holidays excluded: conditional, no 7×24 at the base price; '30min' = 0.5 h; 终身技术咨询; 写入合同 '是'; '2.5万/年' = 25,000 (its own unit); 完整源码.",
             values=_vals(support_7x24=False, response_hours=0.5, annual_fee_after_warranty_cny=25000,
                          source_code_delivery="full"),
             status=_st(support_7x24="conditional", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud", "marketing_plugins"], fex=BLOAT,
             flin=["no_7x24", "conditional"],
             flex=_but("no_7x24", "conditional", "unconfirmed") + ["no_anti_fraud"]),
        dict(vendor="湘乡东山软件有限公司", gate="pass", price=238000,
             why="column C: '23万8' = 238,000, '含税（13%专票）', inside 18–25万; '三级（备案证明编号43038143002-25004）'; SM4; HTTPS; RBAC; 日志 '半年' = 6 (not under 6); 百行征信; modules with 反欺诈; 免费维护 '壹年' = 12; bug修复+小版本升级; 政策适配 免费; '5×8+节假日值班' — weekday nights uncovered: no 7×24; '2H' = 2 h (not over 2); 终身咨询 '提供'; 写入合同 '是'; '2.6万/年' = 26,000; 完整源码.",
             values=_vals(audit_log_months=6, support_7x24=False, response_hours=2, annual_fee_after_warranty_cny=26000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["no_7x24"], flex=_but("no_7x24") + ["no_anti_fraud"]),
        dict(vendor="武冈云山网络科技有限公司", gate="unverified", price=260000,
             why="column E: '22~26万（视定制范围）' — a range: its upper bound, 260,000 含税, over the 18–25万 band; '三级测评中，预计2026年1月取得备案证明' = in progress (mlps false, claimed): unverified; SM4; HTTPS; RBAC; 日志 '一年半' = 18; 朴道征信; modules with 反欺诈; '18个月（含试运行3个月）' — 15 or 18 months, at least 12 (not asserted); bug修复+版本升级; 政策适配 免费; 7×24小时; 1小时内; 终身咨询; 写入合同; 维保期满年费 the bare 30 = 30,000 (千元); 完整源码.",
             values=_vals(mlps_level3=False, audit_log_months=18, free_maintenance_months=None, response_hours=1,
                          annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", free_maintenance_months=None, response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["price_over_budget", "claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_missing", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only", "no_anti_fraud"]),
        dict(vendor="临湘桃林数智科技有限公司", gate="fail", price=98000,
             why="column F: '9.8W' = 98,000 含税 — under 10万: a gate failure; '按等保三级标准开发' = a claim; 'AES' (no SM4); HTTPS; 权限 '有'; 日志 '3个月'; '可对接主流征信机构' names no licensed body (claimed); modules 个人征信, 风控引擎, 还款管理, 风控审批, 用户管理 + 智能客服机器人 (bloat), no 反欺诈; 免费维护 '半年' = 6; '只修bug' (no upgrades); 政策适配 '另收费'; '5×8'; 'T+1' = next day, 24 h; 终身咨询 '无'; 写入合同 '否'; '每年4.8W' = 48,000; '加密授权版，绑定域名' = licence only.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=48000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", audit_log_months="stated",
                         licensed_credit_bureau="claimed", free_maintenance_months="stated", support_7x24="stated",
                         lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=PC + CORE + ["ai_customer_service"],
             fex=["anti_fraud", "blockchain_evidence", "metaverse_marketing", "overseas_payment"],
             flin=["price_below_10w", "claimed", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_licence_only", "no_anti_fraud"],
             flex=["price_below_15w", "price_over_budget", "price_missing", "missing_must_have", "no_mlps_level3",
                   "no_tls", "no_access_control", "source_partial"]),
    ]
    write_toml(T1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [T1_NAME], "浏阳金阳数科有限公司",
               "浏阳 (column B) is priced in the accountant's 千元: the bare 226 under '金额单位：千元' is 226,000 含税, inside 18–25万, and it proves every gate (备案证明编号43018143007-24011, SM4 on named fields, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every personal-credit must-have plus anti-fraud, and gives 12 months from 终验 with minor upgrades, free policy adaptation, 7×24 answered within half an hour, lifetime consulting, all in the contract, 24,000 a year after (the bare 24), full unencrypted source. 常宁 (约23.8万 = 238,000) would look as good if '7X24（节假日除外）' were 7×24 — it is not; 湘乡 (23万8 = 238,000) is 5×8 plus holiday duty; 武冈 is 260,000 by its range's upper bound with 等保 still 测评中; 临湘 fails at 9.8W = 98,000.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzu_02  商户经营性贷 — the account manager's WeChat/phone notes, GBK CSV, vendors as rows
# ---------------------------------------------------------------------------------------------
T2_NAME = "zzu_02_ml_yewubu_weixin_yuanhua_liangtao_gbk.csv"
T2_HEAD = ["序号", "供应商", "报价（对方原话）", "税", "功能模块", "等保", "加密", "HTTPS", "权限", "日志", "征信", "免费维护",
           "维护范围", "政策调整", "技术支持", "响应", "终身咨询", "写进合同", "过保年费", "源码"]
T2_ROWS = [
    ["1", "瑞安飞云数科有限公司", "29.8万/套，两套（生产+灾备）共59.6万", "含税",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、数据大屏", "三级（备案证明编号33038143006-24013）", "SM4", "有",
     "RBAC", "12个月", "人行企业征信、百行征信", "12个月（终验起算）", "bug修复+小版本升级", "免费", "7×24", "30分钟内", "终身",
     "全部写入", "3万/年", "完整源码，无加密"],
    ["2", "海宁潮城软件有限公司", "RMB298K（含税）", "含税", "企业征信查询、流水分析、合同管理、风控审批、还款管理、用户管理",
     "三级，备案号33048143011-25007", "SM4", "有", "RBAC", "一年半", "百行征信、朴道征信", "6+6个月（后6个月需续签）",
     "bug修复+小版本升级", "免费", "7*24", "2h内响应", "提供", "是", "2.8万/年", "完整源码"],
    ["3", "平湖乍浦信息技术有限公司", "三十二万六千", "含税", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "三级（备案证明编号33048243004-24020）", "SM4", "有", "按角色分配", "12个月", "人行企业征信", "壹年",
     "缺陷修复（不含版本升级）", "免费", "5×8", "4个工作小时", "提供", "是", "合同额12%/年", "完整源码"],
    ["4", "温岭石塘网络科技有限公司", "27.6w", "含税", "企业征信、银行流水分析、合同管理、风控审批、还款管理、用户管理",
     "支持等保三级", "国密算法", "有", "RBAC", "12个月", "支持对接各类征信机构", "12个月", "bug修复+小版本升级", "免费", "7×24",
     "1小时", "提供", "是", "2.5万/年", "完整源码"],
    ["5", "临海灵湖数智科技有限公司", "软件24.8万+实施5万=29.8万", "含税",
     "企业征信、电子合同、风控审批、还款管理、用户管理（银行流水分析需二次开发，另行报价）", "三级（备案证明编号33108243002-24016）",
     "SM4", "有", "RBAC", "12个月", "百行征信", "质保三年（第一年免费，后两年按10%/年）", "bug修复+小版本升级", "免费", "7×24",
     "2小时内", "提供", "是", "见质保条款", "完整源码"],
]


def build_zzu02():
    width = len(T2_HEAD)
    pad = lambda cells: cells + [""] * (width - len(cells))  # noqa: E731 — a CSV saved from Excel keeps every column
    rows = [pad(["商户经营贷系统源码 询价记录（业务部 微信/电话沟通整理）"]),
            pad(["说明：“报价”一栏照抄对方原话。我们这次只上一套生产环境（不需要灾备、测试环境），预算25~35万（含税）；只做本地商户"
                 "经营贷，没有跨境业务。整理人：业务部 蒋小满 2025-12-01"]),
            pad([]),
            T2_HEAD] + T2_ROWS
    write_csv(T2_NAME, rows, "gbk")

    comment = """Voice: 蒋小满, account manager in the 业务部 of 龙泉市青瓷小额贷款有限公司 (local merchant loans, no cross-border business,
  budget 25~35万 含税), 2025-12-01, who typed up the vendors' WeChat messages and phone answers; the price column is headed
  "报价（对方原话）" and copied word for word. The title and the note above the table are his.
Layout: CSV in GBK (CRLF, every line padded to 20 fields as Excel saves it): a title line, a note line ("我们这次只上一套生产环境（不
  需要灾备、测试环境），预算25~35万（含税）"), an empty line, header 序号 | 供应商 | 报价（对方原话） | 税 | 功能模块 | 等保 | 加密 |
  HTTPS | 权限 | 日志 | 征信 | 免费维护 | 维护范围 | 政策调整 | 技术支持 | 响应 | 终身咨询 | 写进合同 | 过保年费 | 源码; one row per vendor
  (rows 1–5): vendors as ROWS.
Analyst's reading, written before any code read the file (the product was not run on it).
Rules followed: the price is that of the configuration the buyer buys (analyst-reading §3) — one set, as the note says; a
  price per unit is the units the buyer takes at that price ("Prices by size": the tier the buyer's size falls in; a price
  per seat is the seats at their price), so "29.8万/套" × 1 = 298,000 and the two-set total is no price of this purchase;
  "k" is 千 (the Trello paragraph, "+25k"); an amount in Chinese numerals reads as its figure ("三十二万六千" = 326,000, as
  "十二万八千八" in the voice-message paragraph); "w" is 万 (domain.md); an amount followed by its breakdown "A+B=C" is the total
  (§3.9); "维保1+2年（首年全免，第2、3年按合同金额10%/年）" is 12 months (Terms as vendors phrase them), the yearly fee a share of
  the contract (§4) — so "质保三年（第一年免费，后两年按10%/年）" is 12 months and 29,800 a year; "不含升级" is conditional (domain.md
  §7); a module that "需二次开发" (even "另行报价") is not in the quote: missing, not an option (§9, 企查查 and 两部门 paragraphs);
  "支持等保三级", "国密算法", "支持对接各类征信机构" are claims (§1, §7).
Traps: the decisive one is the two sets. 瑞安 wrote '29.8万/套，两套（生产+灾备）共59.6万'; the buyer takes one set (production
  only, said above the table): 298,000 含税, inside 25–35万. A reader who takes the 59.6万 in the cell prices 瑞安 at 596,000,
  far over budget, and drops the best quote — and then picks 海宁 ('RMB298K（含税）' = 298,000), reading its '6+6个月（后6个月需续
  签）' as 12 free months. Read carefully, only the first 6 months are free at the price (the other 6 need a renewal): under 12.
  So 瑞安 (every gate proved, 12 months from 终验 with minor upgrades, 7×24 in 30 minutes, lifetime consulting, all in the
  contract, 3万 a year after, full source) is the pick. 平湖's '三十二万六千' is 326,000 (in band) with no upgrades, 5×8 and '4个
  工作小时'; 温岭 ('27.6w' = 276,000) only claims 等保, 国密 and the bureau: unverified; 临海's 'A+B=C' is 298,000 but 银行流水分析
  '需二次开发，另行报价': a must-have missing, a fail.
Not settled and not asserted: the standing of 海宁's '6+6个月' (6 months is what the price buys — asserted; stated or conditional
  is not); the exact hours of 平湖's '4个工作小时' (over 2 hours whatever they are: the flag is asserted, the figure not); 临海's
  '过保年费' cell says only '见质保条款' — the fee 29,800 comes from the 免费维护 cell, asserted since the clause states it."""
    vendors = [
        dict(vendor="瑞安飞云数科有限公司", gate="pass", price=298000,
             why="row 1: '29.8万/套，两套（生产+灾备）共59.6万' — the buyer takes one set (production only, per the note): 298,000 含税 inside 25–35万 (never 596,000); '三级（备案证明编号33038143006-24013）'; SM4; HTTPS '有'; RBAC; 日志12个月; 人行企业征信 + 百行征信; modules 企业征信, 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理, 数据大屏 (deferrable); '12个月（终验起算）'; bug修复+小版本升级; 政策调整 免费; 7×24; '30分钟内' = 0.5 h; 终身咨询 '终身'; '全部写入'; '3万/年' = 30,000; 完整源码 无加密. 3 years: 298,000 + 2 × 30,000 = 358,000.",
             values=_vals(response_hours=0.5, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flex=ALL_BAD),
        dict(vendor="海宁潮城软件有限公司", gate="pass", price=298000,
             why="row 2: 'RMB298K（含税）' = 298,000 (k = 千) inside 25–35万; '三级，备案号33048143011-25007'; SM4; HTTPS; RBAC; 日志 '一年半' = 18; 百行 + 朴道; every merchant-loan must-have (流水分析 = cashflow analysis, 合同管理); '6+6个月（后6个月需续签）' — 6 months free at the price, the next 6 only with a renewal: under 12 (never 12); bug修复+小版本升级; 政策调整 免费; '7*24'; '2h内响应' = 2 h (not over 2); 终身咨询 '提供'; 写进合同 '是'; '2.8万/年' = 28,000; 完整源码.",
             values=_vals(audit_log_months=18, free_maintenance_months=6, response_hours=2,
                          annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=_st(free_maintenance_months=None, response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["maintenance_under_12m"], flex=_but("maintenance_under_12m", "conditional")),
        dict(vendor="平湖乍浦信息技术有限公司", gate="pass", price=326000,
             why="row 3: '三十二万六千' = 326,000 含税 inside 25–35万; '三级（备案证明编号33048243004-24020）'; SM4; HTTPS; 权限 '按角色分配'; 日志12个月; 人行企业征信; modules complete; 免费维护 '壹年' = 12; '缺陷修复（不含版本升级）' = upgrades conditional (not at the price); 政策调整 免费; '5×8' (no 7×24); '4个工作小时' — over 2 hours (figure not asserted); 终身咨询; 写进合同; '合同额12%/年' = 12% × 326,000 = 39,120 a year; 完整源码.",
             values=_vals(maintenance_includes_upgrades=False, support_7x24=False,
                          annual_fee_after_warranty_cny=39120, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades="conditional"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "no_7x24", "response_over_2h", "conditional"],
             flex=_but("maintenance_excludes_upgrades", "no_7x24", "response_over_2h", "conditional", "unconfirmed")),
        dict(vendor="温岭石塘网络科技有限公司", gate="unverified", price=276000,
             why="row 4: '27.6w' = 276,000 含税 inside 25–35万; 等保 only '支持等保三级' = claimed: unverified; '国密算法' names no algorithm (SM4 claimed); HTTPS; RBAC; 日志12个月; '支持对接各类征信机构' names no licensed body (claimed); every must-have; 免费维护12个月; bug修复+小版本升级; 政策调整 免费; 7×24; '1小时' = 1 h; 终身咨询; 写进合同 '是'; '2.5万/年' = 25,000; 完整源码.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                        response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_tls", "no_access_control", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only"]),
        dict(vendor="临海灵湖数智科技有限公司", gate="fail", price=298000,
             why="row 5: '软件24.8万+实施5万=29.8万' = 298,000 含税 (the total of its items); modules 企业征信, 电子合同, 风控审批, 还款管理, 用户管理 — '银行流水分析需二次开发，另行报价' is not in this quote: a must-have missing, fail (never an option); '三级（备案证明编号33108243002-24016）'; SM4; HTTPS; RBAC; 日志12个月; 百行征信; '质保三年（第一年免费，后两年按10%/年）' = 12 months free, then 10% × 298,000 = 29,800 a year; bug修复+小版本升级; 政策调整 免费; 7×24; '2小时内' = 2 h; 终身咨询; 写进合同; 完整源码.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=29800, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=["enterprise_credit", "contract_management", "repayment_management"] + CORE,
             fex=BLOAT + ["cashflow_analysis"],
             flin=["missing_must_have"],
             flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only"]),
    ]
    write_toml(T2_NAME.replace(".csv", ".toml"), comment, "merchant_loan", [T2_NAME], "瑞安飞云数科有限公司",
               "瑞安 (row 1) quotes '29.8万/套' and the buyer takes one set (production only, as the note above says): 298,000 含税, inside 25–35万 — not the 59.6万 its cell gives for two. It proves every gate (备案证明编号33038143006-24013, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every merchant-loan must-have, and gives 12 months from 终验 with minor upgrades, free policy adaptation, 7×24 answered within 30 minutes, lifetime consulting, everything in the contract, 30,000 a year after, full unencrypted source. 海宁 (RMB298K = 298,000) gives only 6 free months ('6+6个月（后6个月需续签）'); 平湖 (三十二万六千) charges upgrades and is 5×8 with 4 working hours; 温岭 (27.6w) only claims 等保; 临海 ('软件24.8万+实施5万=29.8万') leaves bank-statement analysis to later development: a fail.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzu_03  消费分期 — the IT department's copy of the vendors' replies, GB18030 CSV, vendors as columns
# ---------------------------------------------------------------------------------------------
T3_NAME = "zzu_03_ci_xinxikeji_riqi_weibao_jieri_chuwai_gb18030.csv"
T3_VENDORS = ["贵溪雄石数科有限公司", "乐平洎阳信息技术有限公司", "丰城剑邑网络科技有限公司", "高安瑞州数科有限公司",
              "宣威可渡云科技有限公司"]
T3_ROWS = [
    ("报价金额", ["首年23.8万（含源码买断及首年免费维护），次年起每年2.4万（维保费）", "22.8W", "23.8万/套（一套）",
              "24万以内（按最终需求确认）", "¥238,000.-"]),
    ("是否含税", ["含税", "含税", "含税", "含税", "含"]),
    ("报价包含模块", ["商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
                "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理、积分商城",
                "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
                "商品管理、分期计算器、订单跟踪、风控审批、还款计划及提醒、用户管理",
                "商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理、区块链存证"]),
    ("等级保护", ["三级，备案证明编号36068143003-24015", "三级（备案证明编号36028143008-25002）",
              "三级，备案证明编号36098143005-24009", "满足等保三级要求", "二级（已备案）"]),
    ("敏感数据加密", ["SM4（身份证号、手机号）", "SM4", "SM4", "SM4", "AES"]),
    ("传输加密", ["HTTPS", "全站HTTPS", "HTTPS", "HTTPS", "HTTPS"]),
    ("权限控制", ["RBAC角色权限", "RBAC", "按角色分配权限", "有", "有"]),
    ("操作日志保存期", ["12个月", "24个月", "180天", "1年", "3个月"]),
    ("征信对接机构", ["百行征信", "百行征信、朴道征信", "百行征信", "百行征信", "可对接征信"]),
    ("免费维护期", ["首年免费（自终验合格之日起）", "免费维护至2026年12月31日（上线约2026年3月）", "半年",
               "18个月（含试运行3个月）", "壹年"]),
    ("维护包含", ["bug修复+小版本升级", "bug修复+小版本升级", "仅修bug", "缺陷修复+版本升级", "只修bug"]),
    ("监管政策调整适配", ["免费", "免费", "一般调整免费，重大政策调整另行报价", "免费", "按次收费，每次1.5万"]),
    ("技术支持时段", ["7×24", "7×24（法定节假日除外）", "5×8", "7*24", "工作日9:00-17:30"]),
    ("故障响应时间", ["1小时内", "半小时", "当天", "2H", "次工作日"]),
    ("终身技术咨询", ["提供", "提供", "提供", "提供", "不提供"]),
    ("承诺写入合同", ["是", "是", "是", "是", "否"]),
    ("维保期满后年费", ["2.4万/年（见报价）", "2万/年", "按合同额15%/年", "2.8万/年", "每年3万"]),
    ("源码交付", ["完整源码，无加密", "完整源码", "完整源码", "完整源码", "授权使用，不提供源码"]),
    ("实施周期", ["签约后约90天上线", "约3个月", "12周", "两个半月", "一个月"]),
]


def build_zzu03():
    width = 1 + len(T3_VENDORS)
    pad = lambda cells: cells + [""] * (width - len(cells))  # noqa: E731
    rows = [pad(["消费分期系统源码比价（信息科技部汇总，各家答复原话照录）"]),
            pad(["说明：预算20–30万（含税），只买一套源码；本地消费分期业务，无跨境。计划12月中旬签约，2026年3月前后上线。"
                 "汇总：信息科技部 邓立 2025-12-02"]),
            pad([]),
            ["比价项目"] + T3_VENDORS]
    rows += [[label] + cells for label, cells in T3_ROWS]
    write_csv(T3_NAME, rows, "gb18030")

    comment = """Voice: 邓立 of the 信息科技部 (IT department) of 安宁市螳川小额贷款有限公司 (local consumer instalments, no cross-border
  business, one set of source code, budget 20–30万 含税; signing planned mid-December, going live around March 2026),
  2025-12-02, who copied each vendor's written reply word for word. The title and the note line are his.
Layout: CSV in GB18030 (CRLF, every line padded to 6 fields): a title line, a note line, an empty line, header 比价项目 | 贵溪雄石 |
  乐平洎阳 | 丰城剑邑 | 高安瑞州 | 宣威可渡 (full names); then 19 items down the first column (报价金额, 是否含税, 报价包含模块, 等级保护,
  敏感数据加密, 传输加密, 权限控制, 操作日志保存期, 征信对接机构, 免费维护期, 维护包含, 监管政策调整适配, 技术支持时段, 故障响应时间, 终身
  技术咨询, 承诺写入合同, 维保期满后年费, 源码交付, 实施周期): vendors as COLUMNS.
Analyst's reading, written before any code read the file (the product was not run on it).
Rules followed: 首年免费 is 12 months (analyst-reading §4), and a first-year price with a yearly fee from the second year is the
  buy-out price plus the yearly fee after the free period (§4; the three-year cost table: the price is the first year's
  buy-out) — '首年23.8万…次年起每年2.4万（维保费）' is 238,000 and 24,000 a year; "W" is 万 (domain.md); '23.8万/套（一套）' is one set
  at its price; a range takes its upper bound (§3.5) — '24万以内' reads as its ceiling, 240,000; "¥238,000.-" is 238,000 (the
  '.-' closes the figure); '180天' is 6 months (the BI-table paragraph); "…除外" is conditional, what the base price buys (domain.md
  §7), so '7×24（法定节假日除外）' is no 7×24; '重大政策调整另行报价' is policy adaptation conditional (§1); '按合同额15%/年' is a
  stated fee, 15% × price (§4); '次工作日' is 24 h (中标候选人公示 paragraph); '满足等保三级要求' is a claim; '二级（已备案）' fails;
  '订单管理' is the order tracking.
Traps: the decisive one is a free period written as an END DATE. 乐平 (the cheapest compliant price, '22.8W' = 228,000, logs 24
  months, half-hour response) writes '免费维护至2026年12月31日（上线约2026年3月）': the system goes live around March 2026 (the note
  above says so too), so it is maintained free for about 10 months after go-live — under the 12 months the article asks for,
  whatever a reader sees in '2026年12月31日' (neither 12 nor 13 months from today's quote). Its '7×24（法定节假日除外）' is also no
  7×24. A careless reader gives 乐平 a full year and 7×24 and puts it first on price; read carefully, 贵溪 — '首年23.8万（含源码
  买断及首年免费维护），次年起每年2.4万（维保费）' = 238,000 with 24,000 a year after 12 free months (never 2.4万 as the price, never
  the first year and the fees summed) — proves every gate and gives the full after-sales: the pick. 丰城 ('23.8万/套（一套）' =
  238,000) gives '半年', bug fixes only, major policy changes charged, 5×8 and '当天'; 高安 ('24万以内' = 240,000) only claims 等保
  ('满足等保三级要求'): unverified; 宣威 ('¥238,000.-' = 238,000) is 等保二级: a fail.
Not settled and not asserted: the exact months of 乐平's '免费维护至2026年12月31日（上线约2026年3月）' (about 10; under 12 is
  asserted through the flag, the figure is not); the months of 高安's '18个月（含试运行3个月）' (15 or 18, at least 12: the flag is
  excluded, the figure not asserted); the hours of 丰城's '当天' (a same-day answer can come hours later: over 2 hours, the flag is
  asserted, the figure not); whether '24万以内' raises a warning or a question; the standing of 丰城's '仅修bug' and 宣威's '只修bug'
  and '按次收费' (the values are asserted)."""
    vendors = [
        dict(vendor="贵溪雄石数科有限公司", gate="pass", price=238000,
             why="column B: '首年23.8万（含源码买断及首年免费维护），次年起每年2.4万（维保费）' = price 238,000 含税 inside 20–30万 and a yearly fee of 24,000 after the first year (never 24,000 as the price, never 238,000 + fees as the price); '三级，备案证明编号36068143003-24015'; SM4 on 身份证号/手机号; HTTPS; RBAC; 日志12个月; 百行征信; modules 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款管理, 用户管理; '首年免费（自终验合格之日起）' = 12; bug修复+小版本升级; 政策适配 免费; 7×24; '1小时内' = 1 h; 终身咨询 '提供'; 写入合同 '是'; '2.4万/年（见报价）' = 24,000; 完整源码 无加密. 3 years: 238,000 + 2 × 24,000 = 286,000.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="乐平洎阳信息技术有限公司", gate="pass", price=228000,
             why="column C: '22.8W' = 228,000 含税 inside 20–30万; '三级（备案证明编号36028143008-25002）'; SM4; 全站HTTPS; RBAC; 日志24个月; 百行 + 朴道; every must-have + 积分商城 (deferrable); '免费维护至2026年12月31日（上线约2026年3月）' — about 10 months after go-live: under 12 (the figure not asserted); bug修复+小版本升级; 政策适配 免费; '7×24（法定节假日除外）' = holidays excluded: conditional, no 7×24 at the price; '半小时' = 0.5 h; 终身咨询; 写入合同; '2万/年' = 20,000; 完整源码.",
             values=_vals(audit_log_months=24, free_maintenance_months=None, support_7x24=False, response_hours=0.5,
                          annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=_st(free_maintenance_months=None, support_7x24="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall"], fex=BLOAT,
             flin=["maintenance_under_12m", "no_7x24", "conditional"],
             flex=_but("maintenance_under_12m", "no_7x24", "conditional", "unconfirmed")),
        dict(vendor="丰城剑邑网络科技有限公司", gate="pass", price=238000,
             why="column D: '23.8万/套（一套）' = 238,000 含税 inside 20–30万; '三级，备案证明编号36098143005-24009'; SM4; HTTPS; 按角色分配权限; 日志 '180天' = 6 (not under 6); 百行征信; every must-have; 免费维护 '半年' = 6; '仅修bug' (no upgrades); '一般调整免费，重大政策调整另行报价' = conditional; '5×8' (no 7×24); '当天' — a same-day answer, over 2 hours (figure not asserted); 终身咨询; 写入合同; '按合同额15%/年' = 35,700 a year; 完整源码.",
             values=_vals(audit_log_months=6, free_maintenance_months=6, maintenance_includes_upgrades=False,
                          policy_adaptation_free=False, support_7x24=False, annual_fee_after_warranty_cny=35700,
                          source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "conditional"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "no_lifetime_consulting", "not_in_contract", "claimed",
                   "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="高安瑞州数科有限公司", gate="unverified", price=240000,
             why="column E: '24万以内（按最终需求确认）' — at most 24万: its ceiling, 240,000 含税, inside 20–30万; 等保 only '满足等保三级要求' = claimed: unverified; SM4; HTTPS; 权限 '有'; 日志 '1年' = 12; 百行征信; modules with 还款计划及提醒; '18个月（含试运行3个月）' — 15 or 18, at least 12 (not asserted); 缺陷修复+版本升级; 政策适配 免费; '7*24'; '2H' = 2 h (not over 2); 终身咨询; 写入合同; '2.8万/年' = 28,000; 完整源码.",
             values=_vals(free_maintenance_months=None, response_hours=2, annual_fee_after_warranty_cny=28000,
                          source_code_delivery="full"),
             status=_st(mlps_level3="claimed", free_maintenance_months=None, response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                   "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="宣威可渡云科技有限公司", gate="fail", price=238000,
             why="column F: '¥238,000.-' = 238,000 ('含') inside 20–30万; '二级（已备案）' = level 2: fail; 'AES' (no SM4); HTTPS; 权限 '有'; 日志 '3个月'; '可对接征信' names no licensed body (claimed); modules complete (订单管理 = order tracking) + 区块链存证 (bloat); 免费维护 '壹年' = 12; '只修bug' (no upgrades); '按次收费，每次1.5万' = policy charged; '工作日9:00-17:30' (no 7×24); '次工作日' = 24 h; 终身咨询 '不提供'; 写入合同 '否'; '每年3万' = 30,000; '授权使用，不提供源码' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=30000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         licensed_credit_bureau="claimed", free_maintenance_months="stated", support_7x24="stated",
                         lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=CI + CORE + ["repayment_management", "blockchain_evidence"],
             fex=["metaverse_marketing", "overseas_payment", "ai_customer_service"],
             flin=["no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                   "not_in_contract", "bloat_features", "source_licence_only", "claimed"],
             flex=["price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "missing_must_have",
                   "no_tls", "no_access_control", "maintenance_under_12m", "source_partial"]),
    ]
    write_toml(T3_NAME.replace(".csv", ".toml"), comment, "consumer_installment", [T3_NAME], "贵溪雄石数科有限公司",
               "贵溪 (column B) prices '首年23.8万（含源码买断及首年免费维护），次年起每年2.4万（维保费）': 238,000 含税 inside 20–30万 with 24,000 a year after 12 free months from 终验. It proves every gate (备案证明编号36068143003-24015, SM4 on named fields, HTTPS, RBAC, 12-month logs, 百行), names every consumer-instalment must-have, and gives minor upgrades, free policy adaptation, 7×24 answered within an hour, lifetime consulting, all in the contract, full unencrypted source. 乐平 is cheaper ('22.8W') but its free maintenance ends on 2026-12-31 for a system going live around March 2026 — about 10 months, under 12 — and its 7×24 excludes public holidays; 丰城 gives half a year and 5×8; 高安 ('24万以内') only claims 等保; 宣威 ('¥238,000.-') is 等保二级 and fails.",
               vendors)


if __name__ == "__main__":
    build_zzu01()
    build_zzu02()
    build_zzu03()
