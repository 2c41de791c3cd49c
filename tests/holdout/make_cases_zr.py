"""Build the "zr" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a buyer's 对比要点 written criterion by criterion, in which every row is ONE criterion and one cell holds
every vendor's answer on it, a line a vendor opened by the vendor's short name ('青秀：21.8万元，含税…'), some lines naming two or three
vendors at once ('万秀、海城、钦南：写入合同'), with the short names keyed to the full names in a small table of invited units above
the comparison, and her own 我的看法 column beside it (zr_01); a compliance department's 供应商风险排查表 saved as CSV (GBK), vendors
across, in which every question asks whether a RED FLAG exists ('是否尚未取得等保三级备案证明', '技术支持是否仅限工作日、非7×24', '是否
不提供终身技术咨询'), so '否' is the good answer and '是' the bad one, the vendors' own words in brackets after the 是 / 否 and a few
rows that are plain fill-in items (报价总额, 功能模块, 年服务费) (zr_02); a one-page 比价表 laid out as a butterfly for printing: the
比较项目 column in the MIDDLE, three vendors recommended by the partner bank on its left and three found by the buyer on its right,
each side under a merged group header, a '※' footnote under the table carrying one vendor's tax words, and the writer's
'我的印象' row at the foot of every vendor's column (zr_03). The expected reading of every file is in the matching zr_0N_*.toml,
written from the file's content, shared/domain.md and docs/analyst-reading.md only; the author neither ran the product on these
files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zr.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zr_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

# a vendor that only boasts must not be failed, priced out or marked down on what it never stated
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]


def _but(flags, *drop):
    return [f for f in flags if f not in drop]


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
# zr_01  个人信用贷 — 柳州城中融信小额贷款's 信息科技部 覃海燕 writes the comparison the way she writes a Word memo: one row per
#        criterion, and in the one cell '各家情况' a line per vendor opened by its short name (some lines name several vendors).
#        The 简称 are keyed to the full names in the table of invited units above. 我的看法 and the 结论 line are hers.
# ---------------------------------------------------------------------------------------------
ZR01_KEY_HEAD = ["简称", "单位全称", "收到报价", "联系人"]
ZR01_KEY = [
    ["青秀", "南宁青秀数科有限公司", "11-24 盖章报价单", "韦经理 0771-5581236"],
    ["七星", "桂林七星云贷网络科技有限公司", "11-21 盖章报价单", "莫总 0773-2867015"],
    ["万秀", "梧州万秀信息技术有限公司", "11-26 盖章报价单", "李工 0774-3829907"],
    ["海城", "北海海城科技有限公司", "11-25 报价单（电子版）", "陈经理 0779-2096633"],
    ["钦南", "钦州钦南数据服务有限公司", "11-27 盖章报价单", "黄经理 0777-2715480"],
    ["港北", "贵港港北网络科技有限公司", "—", "11-28 电话婉拒，不参与本次报价"],
]
ZR01_HEAD = ["序号", "比较项目", "各家情况（按报价单/回函原文摘录）", "我的看法（覃海燕）"]
ZR01_ROWS = [
    ("一、商务",),
    ("1", "报价及计税",
     "青秀：21.8万元，含税（6%增值税专用发票）\n"
     "七星：16.8万元，含税\n"
     "万秀：18.6万元，不含税，增值税6%另计\n"
     "海城：12.8万元（含税）\n"
     "钦南：21.5万元（未税，增值税13%另计）\n"
     "港北：电话婉拒，未报价",
     "海城最便宜，但不到15万要留心；钦南是未税价，加税后也就24万出头；万秀的风控模型要另加钱（见功能）"),
    ("二、功能",),
    ("2", "功能模块",
     "青秀：个人征信（人行二代征信、百行征信接口）、风控模型（评分卡＋决策引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、"
     "用户管理、营销插件\n"
     "七星：个人征信、AI智能风控、反欺诈、还款管理、风控审批、用户管理，另赠送智能客服机器人、区块链存证、元宇宙营销展厅\n"
     "万秀：个人征信（百行征信）、风控模型（选配，另加2.2万元，不含税，未含在18.6万内）、反欺诈规则、还款计划、审批流、用户管理\n"
     "海城：个人征信（百行征信）、风控模型（规则引擎）、还款管理、风控审批、用户管理\n"
     "钦南：个人征信（人行二代征信、朴道征信）、风控模型（评分卡）、反欺诈模型、还款计划及提醒、风控审批、用户管理、会员体系",
     "七星送的三个模块看着挺高级；海城没有反欺诈"),
    ("三、合规与安全",),
    ("3", "等保三级",
     "青秀：已取得等保三级，备案证明编号45010343018-24006\n"
     "七星：按等保三级标准设计开发，可协助贵司通过测评\n"
     "万秀：已取得，备案证明45040043009-24012\n"
     "海城：已取得，备案证明45050043004-24002\n"
     "钦南：已取得，备案证明45070043011-23015",
     "青秀的备案证明我看过原件；七星说证书的事签约后再说"),
    ("4", "敏感数据加密",
     "青秀：国密SM4，加密身份证号、手机号、银行卡号\n"
     "七星：采用国密算法，银行级加密\n"
     "万秀：SM4（身份证号、手机号）\n"
     "海城：AES-128\n"
     "钦南：国密SM4（身份证号、手机号、银行卡号）",
     "海城用的AES，不是国密"),
    ("5", "传输加密",
     "青秀、钦南：全站HTTPS（TLS1.2）\n"
     "七星、万秀、海城：HTTPS",
     ""),
    ("6", "权限管理",
     "青秀：RBAC角色权限，按岗位分配\n"
     "七星：完善的权限管理\n"
     "万秀、海城：角色权限\n"
     "钦南：RBAC",
     ""),
    ("7", "日志审计",
     "青秀：操作日志保存12个月，异常行为可追溯\n"
     "七星：日志长期保存\n"
     "万秀：日志保存12个月\n"
     "海城：日志保存3个月\n"
     "钦南：日志保存6个月",
     "海城3个月不够，监管要求至少半年"),
    ("8", "征信接口",
     "青秀：已对接中国人民银行征信中心、百行征信\n"
     "七星：支持对接各大征信机构\n"
     "万秀：百行征信、朴道征信\n"
     "海城：百行征信\n"
     "钦南：中国人民银行征信中心（二代）、朴道征信",
     ""),
    ("四、售后",),
    ("9", "免费维护期及范围",
     "青秀：免费维护12个月，含缺陷修复及小版本升级\n"
     "七星：终身维护，全面保障\n"
     "万秀：免费维护12个月，含缺陷修复及小版本升级\n"
     "海城：免费维护6个月，仅修复缺陷，不含升级\n"
     "钦南：免费维护12个月，含缺陷修复及小版本升级",
     "七星终身维护最省心"),
    ("10", "监管政策适配",
     "青秀：因监管政策变化所需的调整免费\n"
     "七星：积极配合监管要求\n"
     "万秀：监管政策调整免费适配\n"
     "海城：按次收费（每次1.5万元起）\n"
     "钦南：一般调整免费，重大监管政策调整另行报价",
     ""),
    ("11", "技术支持及响应",
     "青秀：7×24小时技术支持，2小时内响应（指定专属工程师）\n"
     "七星：7×24小时服务，第一时间响应\n"
     "万秀：5×8（工作日9:00-17:30），4小时内响应\n"
     "海城：5×8（工作日），次日响应\n"
     "钦南：7×24小时，4小时内响应",
     "万秀晚上周末没人"),
    ("12", "终身技术咨询",
     "青秀、万秀、钦南：提供\n"
     "七星：终身免费\n"
     "海城：不提供",
     ""),
    ("13", "承诺写入合同",
     "青秀：以上售后承诺全部写入合同\n"
     "万秀、海城、钦南：写入合同\n"
     "七星：可协商",
     ""),
    ("14", "维保期满后费用",
     "青秀：2.4万元/年\n"
     "七星：无（终身维护）\n"
     "万秀：按合同额12%/年\n"
     "海城：按次收费，5000元/次\n"
     "钦南：3.2万元/年",
     "七星以后不用再交钱"),
    ("五、源码",),
    ("15", "源码交付",
     "青秀：完整源码，无加密，可二次开发\n"
     "七星：交付源码（风控引擎部分加密）\n"
     "万秀：完整源码，可二次开发\n"
     "海城：仅授权使用，授权绑定服务器，不交付源代码\n"
     "钦南：完整源码，无加密",
     ""),
]


def build_zr01():
    name = "zr_01_pc_anxiang_liejia_danyuange.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "对比要点"
    widths(ws, [8, 26, 84, 40])
    _text(ws, 1, 1, 4, "柳州城中融信小额贷款有限公司　个人信用贷系统源码询价　对比要点", font=TITLE, height=24)
    _text(ws, 2, 1, 4,
          "信息科技部 覃海燕 整理，2025-12-08。本公司只做本地个人信用贷，没有跨境业务。共邀请6家，5家报价。下面先列参与询价的单位和简称，"
          "比较明细按比较项目逐项写，每一格里逐家列出对方原话，每行开头是简称（几家一样的写在一行）。右边“我的看法”是我个人意见，不是对方的话。",
          height=46)
    _text(ws, 4, 1, 4, "一、参与询价单位", font=BOLD)
    put_row(ws, 5, ZR01_KEY_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(ZR01_KEY, start=6):
        put_row(ws, i, row)
    r = 6 + len(ZR01_KEY) + 1
    _text(ws, r, 1, 4, "二、比较明细", font=BOLD)
    r += 1
    put_row(ws, r, ZR01_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[r].height = 22
    first = r + 1
    r += 1
    for row in ZR01_ROWS:
        if len(row) == 1:
            _text(ws, r, 1, 4, row[0], font=BOLD, fill=GREEN, height=18)
        else:
            put_row(ws, r, list(row))
            ws.cell(row=r, column=4).fill = YELLOW
            lines = row[2].count("\n") + 1
            ws.row_dimensions[r].height = max(18, 16 * lines + (16 if len(row[2]) > 300 else 0))
        r += 1
    r += 1
    _text(ws, r, 1, 4,
          "结论（覃海燕）：倾向桂林七星：价格合适（16.8万含税），终身维护，以后不用交年费，还送智能客服机器人、区块链存证、元宇宙营销展厅三个模块。"
          "南宁青秀材料最齐，作为备选。贵港港北已婉拒。请分管领导审阅。", font=BOLD, height=44)
    r += 1
    _text(ws, r, 1, 4, "注：各家情况均按报价单或回函原文摘录；简称对应的单位全称见“一、参与询价单位”。", height=18)
    ws.freeze_panes = f"C{first}"
    _save(wb, name)

    vendors = [
        good("南宁青秀数科有限公司", 218000,
             "key '青秀' = 南宁青秀数科有限公司; every '青秀：' line: '21.8万元，含税（6%增值税专用发票）' = 218,000 inside 18–25万; 个人征信 "
             "(人行二代 + 百行), 风控模型 (评分卡＋决策引擎), 反欺诈模型, 还款计划及逾期提醒, 风控审批流, 用户管理, 营销插件 (deferrable), no "
             "bloat; 等保三级 备案证明编号45010343018-24006; SM4 on ID/mobile/bank card; 'HTTPS（TLS1.2）' on the joint line '青秀、钦南'; "
             "RBAC; logs 12个月 with tracing; 人行 + 百行; 12个月 with 小版本升级; 政策调整免费; 7×24; 2小时 named engineer; 终身咨询 "
             "'提供' on the joint line '青秀、万秀、钦南'; '以上售后承诺全部写入合同'; 2.4万元/年 = 24,000; 完整源码 无加密. '我看过原件' is "
             "her remark, not the proof — the filing number is.",
             PC + ["anti_fraud", "marketing_plugins"] + CORE, response_hours=2, annual_fee_after_warranty_cny=24000,
             source_code_delivery="full"),
        dict(vendor="桂林七星云贷网络科技有限公司", gate="unverified", price=168000,
             why="'七星：16.8万元，含税' = 168,000 (below the 18–25万 band, above 15万); '按等保三级标准设计开发，可协助贵司通过测评' (claimed: "
                 "unverified); '采用国密算法，银行级加密' (which? claimed); '支持对接各大征信机构' (no body: claimed); '日志长期保存' (claimed); "
                 "'终身维护，全面保障' (claimed, no period); 'HTTPS' on the line '七星、万秀、海城' and '7×24小时服务' stated; '完善的权限管理', "
                 "'积极配合监管要求', '第一时间响应', '终身免费', '可协商', '无（终身维护）' state nothing; 赠送 智能客服机器人、区块链存证、"
                 "元宇宙营销展厅 (bloat); '风控引擎部分加密' (partial). Her 看法 and 结论 ('倾向桂林七星') are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX),
        dict(vendor="梧州万秀信息技术有限公司", gate="pass", price=220480,
             why="'万秀：18.6万元，不含税，增值税6%另计' and in its module line the must-have '风控模型（选配，另加2.2万元，不含税，未含在18.6万内）' "
                 "(conditional, added at the quote's 6%): (186,000 + 22,000) × 1.06 = 220,480 inside 18–25万; 个人征信 (百行), 反欺诈规则, "
                 "还款计划, 审批流, 用户管理; 等保三级 备案证明45040043009-24012; SM4 (ID, mobile); HTTPS; 角色权限 (line '万秀、海城'); logs "
                 "12个月; 百行 + 朴道; 12个月 with 小版本升级; 政策免费适配; '5×8（工作日9:00-17:30），4小时内响应' (no 7×24, 4 h — the "
                 "times are office hours, no figures); 终身咨询 提供; 写入合同; '按合同额12%/年' (no amount asserted); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="stated", support_7x24="stated",
                         response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["conditional", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "no_7x24", "response_over_2h")),
        dict(vendor="北海海城科技有限公司", gate="pass", price=128000,
             why="'海城：12.8万元（含税）' = 128,000 (caution zone: cheaper is not better); 个人征信 (百行), 风控模型 (规则引擎), 还款管理, 风控审批, "
                 "用户管理 — a stated list without anti-fraud; 等保三级 备案证明45050043004-24002 (stated); 'AES-128' (no SM4); HTTPS; 角色权限; "
                 "logs 3个月 (under 6); 百行; 免费维护6个月 '仅修复缺陷，不含升级' (conditional); 政策 '按次收费（每次1.5万元起）' (charged; "
                 "the '起' fee is not asserted); 5×8; 次日 (24 h); 终身咨询 不提供; 写入合同 (line '万秀、海城、钦南'); '5000元/次' is per "
                 "incident, no yearly fee; '仅授权使用，授权绑定服务器，不交付源代码' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated", maintenance_includes_upgrades="conditional"),
             fin=["personal_credit_report", "risk_model", "repayment_management"] + CORE, fex=BLOAT + ["anti_fraud"],
             flin=["price_below_15w", "conditional", "no_anti_fraud", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "no_licensed_credit_bureau", "not_in_contract",
                            "bloat_features", "source_partial"]),
        dict(vendor="钦州钦南数据服务有限公司", gate="pass", price=242950,
             why="'钦南：21.5万元（未税，增值税13%另计）': 215,000 × 1.13 = 242,950 inside 18–25万 (her '24万出头' is hers); 个人征信 (人行二代 "
                 "+ 朴道), 风控模型 (评分卡), 反欺诈模型, 还款计划及提醒, 风控审批, 用户管理, 会员体系 (deferrable), no bloat; 等保三级 备案证明"
                 "45070043011-23015; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 6个月 (not under 6); 人行 + 朴道; 12个月 with "
                 "小版本升级; '一般调整免费，重大监管政策调整另行报价' (conditional: charged at the base price); 7×24; 4小时; 终身咨询 提供; "
                 "写入合同; 3.2万元/年 = 32,000; 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud", "membership"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "policy_adaptation_charged", "response_over_2h")),
    ]
    write_toml(
        "zr_01_pc_anxiang_liejia_danyuange.toml",
        """Voice: 覃海燕 of the 信息科技部 at 柳州城中融信小额贷款 (local personal credit only, no cross-border business) writes up the
  quotes on 2025-12-08 for her division head, as she would a Word memo; the 我的看法 column, the 结论 line and the 注 are hers.
Layout: sheet 对比要点 — title, her note row, '一、参与询价单位' (a small table 简称 | 单位全称 | 收到报价 | 联系人: six units, 港北's
  row saying '11-28 电话婉拒，不参与本次报价'), then '二、比较明细' with header 序号 | 比较项目 | 各家情况（按报价单/回函原文摘录） |
  我的看法（覃海燕）: ONE ROW PER CRITERION (15, under green section rows 一、商务 … 五、源码), the 各家情况 cell holding every vendor's
  answer on that criterion, a line each, opened by the vendor's 简称 and a full-width colon; on three criteria one line names
  several vendors ('青秀、钦南：全站HTTPS（TLS1.2）', '万秀、海城：角色权限', '青秀、万秀、钦南：提供', '万秀、海城、钦南：写入合同');
  a 结论 line and a 注 under the table. Frozen at C15.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the vendors are not rows or columns — each is the set of lines opened by its 简称, named by the full name the key table
  gives (青秀 = 南宁青秀数科有限公司 …); a line naming several 简称 holds for each of them; the key table's dates, phones and
  contacts are no terms, and 港北 (婉拒, '未报价') is no quote; 万秀 18.6万 不含税 6% plus its must-have 风控模型 as a 2.2万 不含税
  option = 220,480 (conditional, added); 钦南 '未税，增值税13%另计' = 242,950; 海城 12.8万 含税 is the caution zone, with AES, 3-month
  logs, 6 months bug-only, 按次收费 policy work, 5×8/次日, no consulting, a server-bound licence and no anti-fraud in its stated
  list; 七星 (her pick, 16.8万) only claims (按等保三级标准设计, 国密算法, 各大征信机构, 长期保存, 终身维护: unverified), with three
  bloat modules 赠送 and a partly encrypted risk engine (partial); '9:00-17:30', '12%/年', '5000元/次', '1.5万元起' and the filing
  numbers are no prices; her '我看过原件', '24万出头', '倾向七星' are hers.""",
        "personal_credit", [name], "南宁青秀数科有限公司",
        "南宁青秀 proves every gate (备案证明45010343018-24006, SM4 on ID/mobile/bank card, HTTPS TLS1.2, RBAC, 12-month logs, 人行 + "
        "百行), has every must-have plus 反欺诈模型 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within "
        "2 hours by a named engineer, lifetime consulting, all in the contract, full unencrypted source — at 218,000 含税 inside "
        "18–25万 (3 years 218,000 + 2 × 24,000 = 266,000). 梧州万秀 is 220,480 含税 once its risk-model option and 6% VAT are counted, "
        "with 5×8 and 4 hours; 钦州钦南 is 242,950 含税 (未税 13%) and charges major policy changes, 4-hour response, 6-month logs; the "
        "writer's pick 桂林七星 (168,000) proves nothing (unverified), pads with three bloat modules and encrypts part of its risk "
        "engine; 北海海城 is 128,000 in the caution zone without SM4 or anti-fraud, with 3-month logs and a licence only; 贵港港北 "
        "declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zr_02  消费分期 — 兰州城关陇分小额贷款's 合规风控部 (马文静) sends every vendor a 风险排查表 whose questions each ask whether a
#        red flag exists (是 = the risk exists, 否 = it does not), and sums up the returned forms side by side: vendors across,
#        questions down, the vendors' words in brackets after 是 / 否. Saved as CSV (GBK). 合规部意见 and the foot lines are hers.
# ---------------------------------------------------------------------------------------------
ZR02_VENDORS = ["天水秦州分期科技有限公司", "张掖甘州云分网络科技有限公司", "白银平川软件有限公司", "武威凉州数码科技有限公司",
                "酒泉肃州信息技术有限公司", "定西安定科技有限公司"]
ZR02_HEAD = ["序号", "排查事项"] + ZR02_VENDORS + ["合规部意见"]
ZR02_ROWS = [
    ["一、报价及计税"],
    ["1", "报价总额（元）【填写项】", "248000", "178000", "212000", "89000", "265000", "（未回传；12月2日电话告知本次不参与）",
     "武威凉州明显偏低"],
    ["2", "报价是否不含增值税（如不含，请注明税率）", "否（含税，6%增值税专用发票）", "否（含税）", "是（不含税，增值税13%另计）",
     "否（含税，3%普通发票）", "是（不含税，增值税税率6%）", "", "白银、酒泉要加税后再比"],
    ["3", "是否存在未含在报价总额内、需另行付费的功能模块（如有请列明模块及金额）", "否",
     "否（智能客服机器人、区块链存证、跨境支付通道均免费赠送）", "是：订单跟踪模块另计2.6万元（不含税）", "否",
     "是：积分商城模块另计1.2万元（不含税），不需要可不选", "", "订单跟踪是必备的，白银要加上；积分商城我们暂时用不上"],
    ["二、功能"],
    ["4", "报价内包含的功能模块【填写项】",
     "商品管理、分期计算器、订单跟踪、还款计划及逾期提醒、风控审批、用户管理、社交分享",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理、智能客服机器人、区块链存证、跨境支付通道",
     "商品管理、分期计算器、还款管理、风控审批、用户管理（订单跟踪见第3项）",
     "商品管理、分期计算器、还款管理、用户管理",
     "商品管理、分期计算器、订单跟踪、还款计划、风控审批、用户管理", "", "我司无跨境业务"],
    ["5", "是否存在必备模块列入二期开发或需我方自行开发的情形", "否", "否", "否", "是（订单跟踪列入二期开发，届时另行报价）", "否", "", ""],
    ["三、合规与安全"],
    ["6", "是否尚未取得等保三级备案证明（已取得的请注明备案证明编号）", "否（已取得，备案证明62010043015-24003）",
     "否（系统按等保三级标准设计开发，可协助贵司通过测评）", "否（备案证明62040043006-24009）", "否（备案证明62060043002-23014）",
     "否（备案证明62090043010-24001）", "", "张掖甘州没给编号"],
    ["7", "敏感字段（身份证号、手机号、银行卡号）是否未采用国密SM4加密", "否（SM4加密存储）", "否（采用国密算法）",
     "否（SM4，身份证号、手机号）", "是（AES-256）", "否（SM4）", "", ""],
    ["8", "是否存在未启用HTTPS传输加密的情形", "否", "否", "否", "否", "否", "", ""],
    ["9", "是否存在单一管理员账号、无角色权限管理的情形", "否（RBAC角色权限）", "否（多级权限体系）", "否（角色权限）", "否", "否（RBAC）",
     "", ""],
    ["10", "操作日志保存期是否不足6个月（请注明保存期）", "否（12个月）", "否（永久保存）", "否（6个月）", "是（3个月）", "否（12个月）", "",
     "监管要求不少于6个月"],
    ["11", "征信接口是否对接非持牌机构或尚未对接（请注明对接机构）", "否（百行征信、朴道征信）", "否（可对接主流征信平台）", "否（百行征信）",
     "否（百行征信）", "否（中国人民银行征信中心、百行征信）", "", ""],
    ["四、售后"],
    ["12", "免费维护期是否少于12个月（请注明月数）", "否（12个月）", "否（终身维护）", "否（12个月）", "是（3个月）", "否（12个月）", "",
     ""],
    ["13", "维护期内小版本升级是否另行收费", "否（含缺陷修复及小版本升级）", "否（全面维护）", "否（含小版本升级）", "是（仅修复缺陷，升级另计）",
     "是（仅修复缺陷，版本升级按次另计）", "", ""],
    ["14", "因监管政策变化所需的系统调整是否另行收费", "否（免费适配）", "否（积极配合监管）", "否", "是（按次收费）", "否（免费）", "", ""],
    ["15", "技术支持是否仅限工作日、非7×24（请注明响应时限）", "否（7×24小时，2小时内响应，指定工程师）", "否（7×24小时服务，第一时间响应）",
     "是（工作日9:00-18:00，4小时内响应）", "是（5×8，次日响应）", "否（7×24，1小时内响应）", "", ""],
    ["16", "是否不提供终身技术咨询", "否", "否（终身免费）", "否", "是", "否", "", ""],
    ["17", "上述售后承诺是否存在未写入合同的情形", "否（全部写入合同）", "是（另出具服务承诺函，不写入合同）", "否", "是（口头承诺，不写入合同）",
     "否", "", "张掖甘州不肯写进合同"],
    ["18", "维保期满后年服务费（元/年）【填写项】", "26000", "无（终身维护）", "24000", "按次收费，每次3000元", "按合同额15%/年", "", ""],
    ["五、源码"],
    ["19", "是否存在源码加密、部分不交付或仅授权使用的情形", "否（完整源码，无加密，可二次开发）", "是（核心定价引擎加密，其余源码交付）",
     "否（完整源码）", "是（仅授权使用，授权绑定域名）", "否（完整源码，可二次开发）", "", ""],
]
ZR02_FOOT = [
    ["合规部意见汇总（马文静）：业务部倾向张掖甘州（17.8万含税，终身维护，还送三个模块），但其等保只写“按三级标准设计”、加密只写“国密算法”，"
     "均无证明材料，售后承诺不写入合同，源码部分加密，合规部不同意；天水秦州、酒泉肃州材料齐全。"],
    ["附：定西安定未回传排查表，12月2日电话告知不参与。本表第2至19项中的“是”表示存在该风险情形。"],
]


def build_zr02():
    name = "zr_02_ci_fengxian_paicha_shifou_gbk.csv"
    width = len(ZR02_HEAD)
    rows = [["兰州城关陇分小额贷款有限公司　消费分期系统源码供应商风险排查表（回函汇总）"] + [""] * (width - 1),
            ["说明：第2至19项均问“是否存在该情形”：答“是”＝存在该情形（有风险），答“否”＝不存在；括号内为供应商回函原话。第1、4、18项为填写项。"
             "汇总人：合规风控部 马文静，2025-12-09。我司做家电、3C消费分期，无跨境业务。"] + [""] * (width - 1),
            [""] * width,
            ZR02_HEAD]
    for row in ZR02_ROWS:
        if len(row) == 1:
            rows.append([row[0]] + [""] * (width - 1))
        else:
            assert len(row) == width, row[:2]
            rows.append(row)
    rows.append([""] * width)
    rows += [f + [""] * (width - 1) for f in ZR02_FOOT]
    write_csv(name, rows, "gbk")

    vendors = [
        good("天水秦州分期科技有限公司", 248000,
             "column 天水秦州: 报价总额 '248000' with Q2 '否（含税，6%增值税专用发票）' = 248,000 inside 20–30万; Q3 '否' (nothing extra); "
             "商品管理, 分期计算器, 订单跟踪, 还款计划及逾期提醒, 风控审批, 用户管理, 社交分享 (deferrable), no bloat; Q6 '否（已取得，备案证明"
             "62010043015-24003）'; Q7 '否（SM4加密存储）' under the question naming ID/mobile/bank card = SM4; Q8 a bare '否' = HTTPS in "
             "use; Q9 RBAC; Q10 '否（12个月）'; Q11 百行 + 朴道; Q12 12个月; Q13 '否（含缺陷修复及小版本升级）'; Q14 '否（免费适配）'; Q15 "
             "'否（7×24小时，2小时内响应，指定工程师）'; Q16 a bare '否' to '是否不提供终身技术咨询' = provided; Q17 '否（全部写入合同）'; Q18 "
             "'26000' 元/年; Q19 '否（完整源码，无加密，可二次开发）'. Every '否' is the good answer: each question asks for the red flag.",
             CI + CORE + ["repayment_management", "social_sharing"], response_hours=2, annual_fee_after_warranty_cny=26000,
             source_code_delivery="full"),
        dict(vendor="张掖甘州云分网络科技有限公司", gate="unverified", price=178000,
             why="'178000' 含税 = 178,000 (below the 20–30万 band, above 15万); its '否' answers carry words that only claim: Q6 '否（系统按等保"
                 "三级标准设计开发，可协助贵司通过测评）' (no filing: claimed, unverified — a bare 否 would have meant a filing held, the words "
                 "decide); Q7 '否（采用国密算法）' (which? claimed — the question's SM4 is not the vendor's word); Q10 '否（永久保存）' (the "
                 "boast: claimed); Q11 '否（可对接主流征信平台）' (no body: claimed); Q12 '否（终身维护）' (claimed); Q8 bare '否' = HTTPS; Q15 "
                 "'7×24小时服务' stated; '多级权限体系', '全面维护', '积极配合监管', '第一时间', '终身免费' state nothing; Q17 '是（另出具服务承诺函，"
                 "不写入合同）' = not in the contract (stated no); 智能客服机器人、区块链存证、跨境支付通道 赠送 (bloat, no cross-border "
                 "business); Q19 '是（核心定价引擎加密，其余源码交付）' (partial). The 业务部's preference is the buyer's.",
             values=dict(tls=True, support_7x24=True, commitments_in_contract=False, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=CI + CORE + ["repayment_management", "ai_customer_service", "blockchain_evidence", "overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial", "not_in_contract"], flex=CLAIM_FLEX),
        dict(vendor="白银平川软件有限公司", gate="pass", price=268940,
             why="'212000' with Q2 '是（不含税，增值税13%另计）', and Q3 '是：订单跟踪模块另计2.6万元（不含税）' for a must-have its module list "
                 "points to ('订单跟踪见第3项'): (212,000 + 26,000) × 1.13 = 268,940 inside 20–30万 (conditional, added); 商品管理, 分期计算器, "
                 "还款管理, 风控审批, 用户管理; Q6 备案证明62040043006-24009; Q7 SM4 (ID, mobile); Q8 bare 否 = HTTPS; Q9 角色权限; Q10 6个月 "
                 "(not under 6); Q11 百行; Q12 12个月; Q13 '否（含小版本升级）'; Q14 a bare '否' = policy changes not charged; Q15 '是（工作日"
                 "9:00-18:00，4小时内响应）' = no 7×24, 4 h; Q16 bare 否 = consulting provided; Q17 bare 否 = all in the contract; Q18 24000 "
                 "元/年; Q19 '否（完整源码）'.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", support_7x24="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "no_7x24", "response_over_2h")),
        dict(vendor="武威凉州数码科技有限公司", gate="fail", price=89000,
             why="'89000' with Q2 '否（含税，3%普通发票）' = 89,000 (under 10万: do not buy); module list 商品管理, 分期计算器, 还款管理, 用户管理 "
                 "and Q5 '是（订单跟踪列入二期开发，届时另行报价）' — a must-have not in this delivery (missing, not an option); Q6 备案证明"
                 "62060043002-23014 (stated); Q7 '是（AES-256）' = no SM4; Q8 bare 否 = HTTPS; Q9 bare 否 = role permissions; Q10 '是（3个月）' "
                 "(under 6); Q11 百行; Q12 '是（3个月）'; Q13 '是（仅修复缺陷，升级另计）' (no upgrades); Q14 '是（按次收费）' (charged); Q15 "
                 "'是（5×8，次日响应）' (no 7×24, 24 h); Q16 '是' = no lifetime consulting; Q17 '是（口头承诺，不写入合同）' = not in the "
                 "contract; Q18 '按次收费，每次3000元' (per incident, no yearly fee); Q19 '是（仅授权使用，授权绑定域名）' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated", maintenance_includes_upgrades="conditional"),
             fin=["product_management", "installment_calculator", "repayment_management", "user_management"],
             fex=BLOAT + ["order_tracking"],
             flin=["price_below_10w", "missing_must_have", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only"],
             flex=["price_below_15w", "price_missing", "price_over_budget", "no_mlps_level3", "no_tls", "no_access_control",
                   "no_licensed_credit_bureau", "bloat_features", "source_partial"]),
        dict(vendor="酒泉肃州信息技术有限公司", gate="pass", price=280900,
             why="'265000' with Q2 '是（不含税，增值税税率6%）': 265,000 × 1.06 = 280,900 inside 20–30万; Q3's 积分商城 '另计1.2万元（不含税），"
                 "不需要可不选' is a deferrable option — not added, and the module is not in the quote; 商品管理, 分期计算器, 订单跟踪, 还款计划, "
                 "风控审批, 用户管理, no bloat; Q6 备案证明62090043010-24001; Q7 '否（SM4）'; Q8 bare 否 = HTTPS; Q9 RBAC; Q10 12个月; Q11 人行 + "
                 "百行; Q12 12个月; Q13 '是（仅修复缺陷，版本升级按次另计）' (upgrades extra); Q14 '否（免费）'; Q15 '否（7×24，1小时内响应）'; "
                 "Q16 bare 否 = consulting provided; Q17 bare 否 = in the contract; Q18 '按合同额15%/年' (a share, its base not asserted); "
                 "Q19 '否（完整源码，可二次开发）'.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="stated",
                         support_7x24="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT + ["points_mall"],
             flin=["conditional", "maintenance_excludes_upgrades"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "maintenance_excludes_upgrades")),
    ]
    write_toml(
        "zr_02_ci_fengxian_paicha_shifou_gbk.toml",
        """Voice: 马文静 of the 合规风控部 at 兰州城关陇分小额贷款 (household-appliance and 3C instalments, no cross-border business) sums
  up the returned 风险排查表 on 2025-12-09; the 合规部意见 column and the two foot lines are hers (the 业务部's preference in them
  is the buyer's too).
Layout: GBK CSV, CRLF — a title line, a 说明 line (questions 2–19 each ask whether a red flag exists: 是 = the risk exists, 否 =
  it does not; the vendors' words in brackets; items 1, 4, 18 are fill-ins), a blank line, header 序号 | 排查事项 | six vendors'
  full names | 合规部意见; five section lines ('一、' | '报价及计税' …) and 19 question lines, vendors ACROSS; the sixth vendor's
  column holds only '（未回传；12月2日电话告知本次不参与）' under 报价总额; a blank line and two foot lines.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: every 是否 question is framed as the risk, so '否' is the GOOD answer — a bare '否' to '是否存在未启用HTTPS传输加密的情形' is
  HTTPS in use, to '是否不提供终身技术咨询' consulting provided, to '…是否存在未写入合同的情形' all in the contract — and '是' the bad
  one ('是（3个月）' is 3 months, '是（AES-256）' no SM4); the bracketed words decide over the bare 否 ('否（系统按等保三级标准设计开发…）'
  is a claim, not a filing; '否（采用国密算法）' no SM4 named; '否（永久保存）' the boast); 报价总额 is in 元 and its tax is Q2's
  answer — 白银平川 212,000 不含税 13% plus its must-have 订单跟踪 option 26,000 不含税 = 268,940 (conditional, added), 酒泉肃州
  265,000 不含税 6% = 280,900 (its 积分商城 option is not needed: not added, not in the quote); 武威凉州 89,000 (under 10万) with
  订单跟踪 列入二期开发 (missing) fails twice; 张掖甘州 (the 业务部's pick, 17.8万) only claims (unverified), says its promises stay
  out of the contract, gives away 智能客服机器人 + 区块链存证 + 跨境支付通道 (bloat) and encrypts its pricing engine (partial); 定西安定
  never returned the form (not listed); the filing numbers, '3000元', '15%/年', '9:00-18:00' are no prices.""",
        "consumer_installment", [name], "天水秦州分期科技有限公司",
        "天水秦州 proves every gate (备案证明62010043015-24003, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 百行 + 朴道), has "
        "all three instalment must-haves and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 "
        "hours by a named engineer, lifetime consulting, all in the contract, full unencrypted source — at 248,000 含税 inside "
        "20–30万 (3 years 248,000 + 2 × 26,000 = 300,000). 白银平川 is 268,940 含税 once 13% VAT and its 订单跟踪 option are counted, "
        "with office-hours support and a 4-hour response; 酒泉肃州 is 280,900 含税 (不含税 6%) with upgrades charged; the 业务部's pick "
        "张掖甘州 (178,000) proves nothing (unverified), keeps its promises out of the contract, pads with bloat and encrypts its "
        "pricing engine; 武威凉州 fails (89,000 and 订单跟踪 only in a second phase); 定西安定 did not take part.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zr_03  商户经营性贷 — 呼和浩特赛罕蒙信小额贷款's 业务发展部 其木格 prints the comparison on one landscape page as a butterfly: the
#        比较项目 column in the MIDDLE (D), the three vendors the partner bank recommended on the left (A–C), the three she found
#        herself on the right (E–G), each side under a merged group header; a '※' in one price cell points to a footnote under
#        the table. Her '我的印象' row, the 综合意见 line and the footnotes' own remarks are hers.
# ---------------------------------------------------------------------------------------------
ZR03_LEFT = ["赤峰红山信息技术有限公司", "鄂尔多斯东胜云贷科技有限公司", "包头昆都仑数科有限公司"]
ZR03_RIGHT = ["呼和浩特新城软件有限公司", "乌海海勃湾网络科技有限公司", "通辽科尔沁数据服务有限公司"]
# each row: (label, [赤峰红山, 鄂尔多斯东胜, 包头昆都仑], [呼和浩特新城, 乌海海勃湾, 通辽科尔沁]); a 1-tuple is a section row
ZR03_ROWS = [
    ("一、商务",),
    ("报价", ["25.6万元（含税）", "26.8万元（含税）", "28.8万元（含税，13%专票）"],
     ["31.8万元※", "13.6万元（含税）", "12月1日来函：因人手不足，本次不参与报价"]),
    ("计税方式", ["含税", "含税", "含税（增值税13%专用发票）"], ["不含税（见表下注※）", "含税（3%普票）", "—"]),
    ("另计/选配项目", ["电子合同模块为选配，另加1.8万元（含税），未含在25.6万内",
                  "无（元宇宙营销展厅、区块链存证、智能客服机器人均免费赠送）", "无"], ["无", "无", "—"]),
    ("二、功能",),
    ("功能模块", ["企业征信（百行征信）、银行流水分析、电子合同（选配）、风控审批、还款管理、用户管理",
              "企业征信、流水分析、电子合同、风控审批、还款管理、用户管理、元宇宙营销展厅（赠送）、区块链存证（赠送）、智能客服机器人（赠送）",
              "企业征信（人行企业征信、百行征信）、银行流水分析、电子合同（CA电子签章）、风控审批流、还款计划及提醒、用户管理、数据大屏"],
     ["企业征信（人行企业征信）、银行流水分析、电子合同、风控审批、还款计划、用户管理、API开放平台",
      "企业征信（百行征信）、银行流水分析、电子合同、风控审批、还款管理、用户管理", "—"]),
    ("三、合规与安全",),
    ("等保三级", ["已取得，备案证明15040043008-24005", "满足等保三级要求，可协助客户通过测评", "已取得等保三级，备案证明15020043016-24011"],
     ["已取得，备案证明15010543021-23018", "等保二级（已备案），三级暂无计划", "—"]),
    ("敏感数据加密", ["SM4（法人身份证号、手机号）", "国密加密", "国密SM4（法人身份证号、手机号、对公账号）"],
     ["SM4（身份证号、手机号、对公账号）", "无（明文存储）", "—"]),
    ("传输加密", ["HTTPS", "HTTPS", "HTTPS（TLS1.2）"], ["HTTPS", "HTTPS", "—"]),
    ("权限管理", ["角色权限", "多级权限", "RBAC角色权限"], ["RBAC", "角色权限", "—"]),
    ("日志保存期", ["12个月", "日志永久保存", "12个月，异常操作可追溯"], ["6个月", "3个月", "—"]),
    ("征信接口", ["百行征信、朴道征信", "支持对接各类征信", "中国人民银行征信中心、百行征信"], ["中国人民银行征信中心（企业征信）", "百行征信", "—"]),
    ("四、售后",),
    ("免费维护期", ["12个月", "终身维护", "12个月"], ["12个月", "6个月", "—"]),
    ("维护范围", ["仅修复缺陷，版本升级另计", "全面维护", "缺陷修复及小版本升级"], ["缺陷修复及小版本升级", "仅修复缺陷", "—"]),
    ("监管政策适配", ["监管政策调整免费适配", "积极配合", "监管政策调整免费适配"], ["监管政策调整免费", "按次收费", "—"]),
    ("技术支持", ["7×24", "7×24小时", "7×24"], ["7×24", "5×8（工作日）", "—"]),
    ("响应时间", ["2小时内", "第一时间", "2小时内（指定工程师）"], ["1小时内", "次日", "—"]),
    ("终身技术咨询", ["提供", "终身免费", "提供"], ["不提供", "不提供", "—"]),
    ("是否写入合同", ["写入合同", "可协商", "全部写入合同"], ["写入合同", "未写入", "—"]),
    ("维保期满后年费", ["2.2万元/年", "无（终身维护）", "2.6万元/年"], ["3.0万元/年", "按次收费，每次5000元", "—"]),
    ("五、源码",),
    ("源码交付", ["完整源码，可二次开发", "源码交付（流水分析引擎以SDK形式提供）", "完整源码，无加密，可二次开发"],
     ["完整源码，无加密", "完整源码", "—"]),
]
ZR03_IMPRESSION = ("我的印象（其木格）", ["电子合同要另加钱，升级也要另收", "银行那边力推，功能最多还送三个模块，销售很热情",
                                      "材料最全，价格中等"],
                   ["最贵，加税后超预算", "便宜但只有二级", "退出"])


def build_zr03():
    name = "zr_03_ml_zuoyou_duizhao_zhongjianlie.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "比价（左右对照）"
    widths(ws, [30, 30, 30, 16, 30, 30, 30])
    _text(ws, 1, 1, 7, "呼和浩特赛罕蒙信小额贷款有限公司　商户经营贷系统源码比价表（左右对照）", font=TITLE, height=24,
          align=Alignment(horizontal="center", vertical="center"))
    _text(ws, 2, 1, 7,
          "制表：业务发展部 其木格，2025-12-10。为了打印一页对照看，比较项目放在中间一列：左边三家是合作银行推荐的，右边三家是我们自己在网上和同行那里"
          "找的。各家内容按报价单原文照录。我们只做本地商户经营贷，没有跨境业务。最下面一行“我的印象”是我自己的看法。", height=46)
    _text(ws, 3, 1, 3, "← 合作银行推荐（三家）", font=BOLD, fill=GREY, align=CENTER)
    _text(ws, 3, 5, 7, "自行询价（三家，科尔沁已退出） →", font=BOLD, fill=GREY, align=CENTER)
    ws.cell(row=3, column=4, value="").fill = GREY
    put_row(ws, 4, ZR03_LEFT + ["比较项目"] + ZR03_RIGHT, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[4].height = 32
    r = 5
    mid = Font(bold=True)
    for row in ZR03_ROWS:
        if len(row) == 1:
            c = ws.cell(row=r, column=4, value=row[0])
            c.font = mid
            c.alignment = CENTER
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = GREEN
            ws.row_dimensions[r].height = 18
        else:
            label, left, right = row
            assert len(left) == 3 and len(right) == 3, label
            put_row(ws, r, left + [label] + right)
            ws.cell(row=r, column=4).font = mid
            ws.cell(row=r, column=4).alignment = CENTER
            ws.cell(row=r, column=4).fill = GREY
            longest = max(len(x) for x in left + right)
            ws.row_dimensions[r].height = 18 if longest <= 18 else (34 if longest <= 36 else 64)
        r += 1
    label, left, right = ZR03_IMPRESSION
    put_row(ws, r, left + [label] + right, font=Font(italic=True, color="595959"))
    for col in range(1, 8):
        ws.cell(row=r, column=col).fill = YELLOW
    ws.cell(row=r, column=4).alignment = CENTER
    ws.row_dimensions[r].height = 34
    r += 2
    _text(ws, r, 1, 7,
          "※ 呼和浩特新城的报价单原文：“以上报价31.8万元为不含税价格，增值税按13%另行开具专用发票。”（我算了一下，加税后35.9万左右。）",
          height=20)
    r += 1
    _text(ws, r, 1, 7,
          "综合意见（其木格）：银行推荐的鄂尔多斯东胜最积极，26.8万含税在预算内，终身维护，功能最多还送元宇宙营销展厅、区块链存证、智能客服机器人，"
          "建议优先谈；包头昆都仑材料最全，作为备选；乌海海勃湾太便宜且只有等保二级；通辽科尔沁已来函退出。", font=BOLD, height=46)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_options.horizontalCentered = True
    ws.freeze_panes = "A5"
    _save(wb, name)

    vendors = [
        good("包头昆都仑数科有限公司", 288000,
             "column C (left of the middle label column): '28.8万元（含税，13%专票）' = 288,000 inside 25–35万; 企业征信 (人行企业征信 + 百行), "
             "银行流水分析, 电子合同 (CA电子签章), 风控审批流, 还款计划及提醒, 用户管理, 数据大屏 (deferrable), no bloat; 等保三级 备案证明"
             "15020043016-24011; SM4 on 法人身份证号/mobile/对公账号; HTTPS TLS1.2; RBAC; logs 12个月 with tracing; 人行 + 百行; 12个月 "
             "with 小版本升级; 政策免费适配; 7×24; 2小时 named engineer; 终身咨询 提供; 全部写入合同; 2.6万元/年 = 26,000; 完整源码 无加密.",
             ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=26000,
             source_code_delivery="full"),
        dict(vendor="赤峰红山信息技术有限公司", gate="pass", price=274000,
             why="column A: '25.6万元（含税）' and '电子合同模块为选配，另加1.8万元（含税），未含在25.6万内' — a must-have option (conditional, "
                 "added): 256,000 + 18,000 = 274,000 inside 25–35万; 企业征信 (百行), 银行流水分析, 风控审批, 还款管理, 用户管理; 等保三级 备案证明"
                 "15040043008-24005; SM4 (法人身份证号, mobile); HTTPS; 角色权限; logs 12个月; 百行 + 朴道; 12个月 but '仅修复缺陷，版本升级"
                 "另计' (conditional); 政策免费适配; 7×24; 2小时内; 终身咨询 提供; 写入合同; 2.2万元/年 = 22,000; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "maintenance_excludes_upgrades")),
        dict(vendor="鄂尔多斯东胜云贷科技有限公司", gate="unverified", price=268000,
             why="column B: '26.8万元（含税）' = 268,000 inside 25–35万 (no price flag); '满足等保三级要求，可协助客户通过测评' (claimed: "
                 "unverified); '国密加密' (which? claimed); '支持对接各类征信' (no body: claimed); '日志永久保存' (the boast: claimed); '终身维护' "
                 "(claimed); HTTPS and '7×24小时' stated; '多级权限', '全面维护', '积极配合', '第一时间', '终身免费', '可协商', '无（终身维护）' "
                 "state nothing; 元宇宙营销展厅、区块链存证、智能客服机器人 赠送 (bloat); '流水分析引擎以SDK形式提供' (partial). The 我的印象 "
                 "row and the 综合意见 ('建议优先谈') are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + CORE + ["repayment_management", "metaverse_marketing", "blockchain_evidence", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX),
        dict(vendor="呼和浩特新城软件有限公司", gate="pass", price=359340,
             why="column E (right of the middle label column): '31.8万元※' — the ※ is a footnote mark, not part of the amount — with 计税 "
                 "'不含税（见表下注※）' and the footnote quoting '增值税按13%另行开具专用发票': 318,000 × 1.13 = 359,340, above the 25–35万 band "
                 "(over budget, although 31.8万 looks inside it; her '35.9万左右' is hers); 企业征信 (人行企业征信), 银行流水分析, 电子合同, "
                 "风控审批, 还款计划, 用户管理, API开放平台 (deferrable), no bloat; 等保三级 备案证明15010543021-23018; SM4 on ID/mobile/"
                 "对公账号; HTTPS; RBAC; logs 6个月 (not under 6); 人行; 12个月 with 小版本升级; 政策免费; 7×24; 1小时内; 终身咨询 不提供; "
                 "写入合同; 3.0万元/年 = 30,000; 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=False,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="stated", response_hours="stated",
                         lifetime_consulting="stated"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT,
             flin=["price_over_budget", "no_lifetime_consulting"],
             flex=["price_below_10w", "price_below_15w", "price_missing", "no_mlps_level3", "missing_must_have", "claimed"]
             + _but(AFTER_BAD, "no_lifetime_consulting")),
        dict(vendor="乌海海勃湾网络科技有限公司", gate="fail", price=136000,
             why="column F: '13.6万元（含税）' (计税 '含税（3%普票）') = 136,000 (caution zone); '等保二级（已备案），三级暂无计划' — level 2 held, "
                 "level 3 not planned: a stated no (fail); '无（明文存储）' (no SM4); HTTPS; 角色权限; logs 3个月 (under 6); 百行; 免费维护6个月; "
                 "'仅修复缺陷' (no upgrades); 政策 '按次收费' (charged); 5×8 (工作日); 次日 (24 h); 终身咨询 不提供; '未写入' (not in the "
                 "contract); '按次收费，每次5000元' (per incident, no yearly fee); 完整源码. All three must-haves are in its list.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["no_mlps_level3", "price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "missing_must_have", "no_tls", "no_access_control",
                   "no_licensed_credit_bureau", "bloat_features", "source_partial", "source_licence_only"]),
    ]
    write_toml(
        "zr_03_ml_zuoyou_duizhao_zhongjianlie.toml",
        """Voice: 其木格 of the 业务发展部 at 呼和浩特赛罕蒙信小额贷款 (local merchant operating loans, no cross-border business) lays
  the quotes out on one landscape page on 2025-12-10; the 我的印象 row, the 综合意见 line and her own remark in the ※ footnote
  ('我算了一下，加税后35.9万左右') are hers.
Layout: sheet 比价（左右对照） — a butterfly: title, her note row, a row of two merged group headers ('← 合作银行推荐（三家）' over A:C,
  '自行询价（三家，科尔沁已退出） →' over E:G), then the vendors' row A4:C4 | D4 '比较项目' | E4:G4 — the criterion labels run down the
  MIDDLE column D, three vendor columns on each side; green section rows (一、商务 … 五、源码) with the label in D only; 22 criterion
  rows; a yellow '我的印象（其木格）' row; under the table a '※' footnote and the 综合意见 line. Frozen at A5.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: column A is a vendor's column, not the labels — the labels are in D and the vendors on both sides of it; the group headers
  (合作银行推荐 / 自行询价) are no vendors; '31.8万元※' is 318,000 with its tax in 计税 '不含税（见表下注※）' and the footnote (13%):
  359,340, over the 25–35万 band though the sticker sits inside it; 赤峰红山's must-have 电子合同 is a 1.8万 含税 option: 256,000 +
  18,000 = 274,000 (conditional, added), with upgrades extra; 乌海海勃湾 '等保二级（已备案），三级暂无计划' fails (a stated no, not in
  progress) at 136,000 (caution zone) with 明文存储, 3-month logs, 6 months bug-only, 5×8/次日, 未写入; 鄂尔多斯东胜 (the bank's and
  her pick, 26.8万) only claims (满足等保三级要求, 国密加密, 各类征信, 永久保存, 终身维护: unverified), gives away 元宇宙营销展厅 +
  区块链存证 + 智能客服机器人 (bloat) and ships its cash-flow engine as an SDK (partial); 通辽科尔沁 withdrew by letter (not
  listed); the 我的印象 row is no vendor's term; '5000元', the filing numbers and '3%' are no prices.""",
        "merchant_loan", [name], "包头昆都仑数科有限公司",
        "包头昆都仑 proves every gate (备案证明15020043016-24011, SM4 on ID/mobile/对公账号, HTTPS TLS1.2, RBAC, 12-month logs, 人行 + "
        "百行), has every must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a "
        "named engineer, lifetime consulting, all in the contract, full unencrypted source — at 288,000 含税 inside 25–35万 (3 years "
        "288,000 + 2 × 26,000 = 340,000). 赤峰红山 is 274,000 含税 only with its 电子合同 option and charges for upgrades; 呼和浩特新城 "
        "is 359,340 含税 (不含税 13%), over budget, without lifetime consulting; her pick 鄂尔多斯东胜 (268,000) proves nothing "
        "(unverified), pads with three bloat modules and withholds its cash-flow engine's source; 乌海海勃湾 holds only 等保二级 "
        "(fail); 通辽科尔沁 withdrew.",
        vendors)


if __name__ == "__main__":
    for build in (build_zr01, build_zr02, build_zr03):
        build()
    print("built zr_01 … zr_03 into", HERE)
