"""Build the "zv" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a 评分矩阵 with the criteria down the rows and one column per vendor, where every vendor cell holds the
vendor's answer copied from its quote and, after a space, the buyer's own tick '✓' or '✗' appended to the SAME cell ('23.6万元 ✓',
'AES-256加密 ✓', '2.8万元/年 ✗'): the tick is her judgement, the words decide; a 权重 column, a '✓个数' row and her 结论 (zv_01); a
GBK CSV from a finance department with the vendors as rows under a header that gives the unit and tax basis of the money columns
('报价（万元/含税）', '选配模块及价格（万元/含税）', '维保期满后年费（万元/年）'), most cells a bare figure in that unit, but a few vendors
wrote their own unit or tax in the cell ('138000元', '27.5（不含税，税率6%）', '银行流水分析模块 3.0万元（未税）', '30000元/年'), and
the cell wins over the header (zv_02); a Shenzhen Qianhai lender's bilingual comparison in which every header label is 'English /
中文' and the vendors answered in the language they chose, some in English ('Yes, filed, No. …', 'Source code: full, unencrypted',
'Excluded – 13% VAT to be added', 'Instalment calculator: optional, RMB 22,000 excl. VAT'), others in Chinese (zv_03). The expected
reading of every file is in the matching zv_0N_*.toml, written from the file's content, shared/domain.md and docs/analyst-reading.md
only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zv.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zv_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

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
# zv_01  个人信用贷 — 绵阳涪城科信小额贷款's 风险管理部 何雨桐 builds a 评分矩阵: criteria down the rows, one column per vendor; each
#        cell is the vendor's words copied from its quote, then a space and HER tick (✓ 满意 / ✗ 不满意 或 有疑问). A 权重 column,
#        a '✓个数' row she counted and her 结论 under it are hers.
# ---------------------------------------------------------------------------------------------
ZV01_ITEMS = [
    ("报价", "20%"), ("计税", ""), ("报价包含功能模块", "15%"), ("选配模块（未含在报价内）", ""), ("赠送模块", ""),
    ("等保三级", "10%"), ("敏感数据加密", "5%"), ("传输加密", "3%"), ("权限管理", "3%"), ("日志保存期", "3%"), ("征信接口", "5%"),
    ("免费维护期", "6%"), ("维护范围", "4%"), ("监管政策适配", "4%"), ("技术支持时段", "5%"), ("响应时间", "4%"),
    ("终身技术咨询", "3%"), ("承诺写入合同", "5%"), ("维保期满后年费", "5%"), ("源码交付", ""),
]
ZV01_VENDORS = [
    ("成都锦江数融科技有限公司", [
        "23.6万元 ✓", "含税（13%增值税专用发票） ✓",
        "个人征信（人行二代征信、百行征信）、风控模型（评分卡＋决策引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、用户管理 ✓",
        "无 ✓", "无 ✗", "已取得，备案证明51010043021-24008 ✓", "国密SM4，加密身份证号、手机号、银行卡号 ✓", "全站HTTPS（TLS1.2） ✓",
        "RBAC角色权限，按岗位分配 ✓", "12个月，异常操作可追溯 ✓", "中国人民银行征信中心、百行征信 ✓", "12个月 ✓", "缺陷修复及小版本升级 ✓",
        "监管政策变化引起的调整免费 ✓", "7×24小时 ✓", "2小时内，指定专属工程师 ✓", "提供 ✓", "以上售后承诺全部写入合同 ✓",
        "2.8万元/年 ✗", "完整源码，无加密，可二次开发 ✓"]),
    ("重庆渝中云信科技有限公司", [
        "19.8万元 ✓", "含税 ✓", "个人征信、智能风控、反欺诈、还款管理、风控审批、用户管理 ✓", "无 ✓",
        "区块链存证、智能客服机器人、元宇宙营销展厅（均免费赠送） ✓", "按等保三级标准建设，可协助贵司通过测评 ✓", "国密算法，银行级加密 ✓",
        "HTTPS ✓", "完善的权限体系 ✓", "日志长期保存 ✓", "支持对接各大持牌征信机构 ✓", "终身免费维护 ✓", "全面维护 ✓",
        "积极配合监管要求 ✓", "7×24小时 ✓", "第一时间响应 ✓", "终身免费 ✓", "可以写进合同 ✓", "无（终身维护） ✓",
        "交付源码（风控决策引擎加密） ✓"]),
    ("德阳旌阳软件有限公司", [
        "19.2万元 ✓", "含税 ✓", "个人征信（百行征信）、反欺诈模型、还款计划、风控审批、用户管理 ✓",
        "风控模型（评分卡）为选配，另加3.0万元（不含税），未含在19.2万元内 ✗", "无 ✗", "已取得，备案证明51060043007-24015 ✓",
        "SM4（身份证号、手机号） ✓", "HTTPS ✓", "角色权限 ✓", "12个月 ✓", "百行征信、朴道征信 ✓", "12个月 ✓", "缺陷修复及小版本升级 ✓",
        "监管政策调整免费适配 ✓", "5×8（工作日9:00-17:30） ✗", "4小时内 ✗", "提供 ✓", "写入合同 ✓", "2.4万元/年 ✓",
        "完整源码，可二次开发 ✓"]),
    ("南充顺庆网络科技有限公司", [
        "12.6万元 ✓", "含税 ✓", "个人征信（百行征信）、风控模型（规则引擎）、还款管理、风控审批、用户管理 ✓", "无 ✓", "无 ✗",
        "已取得，备案证明51130043002-23009 ✓", "AES-256加密 ✓", "HTTPS ✓", "角色权限 ✓", "3个月 ✗", "百行征信 ✓", "6个月 ✗",
        "仅修复缺陷，升级另计 ✗", "按次收费 ✗", "5×8 ✗", "次日响应 ✗", "不提供 ✗", "写入合同 ✓", "按次收费，每次4000元 ✗",
        "完整源码 ✓"]),
    ("宜宾翠屏信息技术有限公司", [
        "20.5万元 ✓", "不含税，增值税按6%另开专票 ✗",
        "个人征信（人行二代征信）、风控模型（评分卡）、反欺诈模型、还款计划及提醒、风控审批、用户管理、会员体系 ✓", "无 ✓", "无 ✗",
        "已取得，备案证明51150043011-24004 ✓", "国密SM4（身份证号、手机号、银行卡号） ✓", "HTTPS（TLS1.2） ✓", "RBAC ✓", "12个月 ✓",
        "中国人民银行征信中心 ✓", "12个月 ✓", "缺陷修复及小版本升级 ✓", "一般调整免费，重大监管政策调整另行报价 ✗", "7×24小时 ✓",
        "1小时内 ✓", "不提供 ✗", "写入合同 ✓", "按合同额15%/年 ✗", "完整源码，无加密 ✓"]),
    ("乐山嘉州数据服务有限公司", ["11-21书面回复：人手不足，本次不参与报价"] + ["—"] * 19),
]
ZV01_COUNT = ["18/20", "20/20", "16/20", "11/20", "15/20", "—"]


def build_zv01():
    name = "zv_01_pc_pingfen_juzhen_gouhao_weizhui.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "评分矩阵"
    nv = len(ZV01_VENDORS)
    ncol = 3 + nv
    widths(ws, [5, 20, 8] + [34] * nv)
    _text(ws, 1, 1, ncol, "绵阳涪城科信小额贷款有限公司　个人信用贷系统源码供应商评分矩阵", font=TITLE, height=24)
    _text(ws, 2, 1, ncol,
          "风险管理部 何雨桐，2025-12-08。我司只做绵阳本地个人信用贷，没有跨境业务，预算18-25万。每格前面是对方报价单/答复函的原话（照抄），"
          "空一格后面的 ✓ / ✗ 是我自己打的：✓ = 我觉得可以，✗ = 我觉得不行或有疑问。权重是我拟的，还没和部门商量。", height=46)
    put_row(ws, 4, ["序号", "评估项", "权重"] + [v for v, _ in ZV01_VENDORS], font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[4].height = 34
    r = 5
    for i, (item, weight) in enumerate(ZV01_ITEMS):
        row = [str(i + 1), item, weight or None] + [cells[i] for _, cells in ZV01_VENDORS]
        put_row(ws, r, row)
        ws.cell(row=r, column=2).font = BOLD
        ws.cell(row=r, column=3).alignment = CENTER
        ws.row_dimensions[r].height = 48 if i in (2, 3, 4) else 30
        r += 1
    for _, cells in ZV01_VENDORS:
        assert len(cells) == len(ZV01_ITEMS)
    put_row(ws, r, ["", "✓个数（何雨桐数）", ""] + ZV01_COUNT, font=BOLD, fill=GREY)
    r += 2
    _text(ws, r, 1, ncol,
          "结论（何雨桐）：重庆渝中✓最多，19.8万含税在预算内，终身免费维护，以后没有年费，还送区块链存证、智能客服机器人、元宇宙营销展厅三个模块，"
          "建议优先谈；成都锦江各项也不错，但贵了近4万，还要交年费，作为备选。南充顺庆太便宜，心里没底。乐山嘉州不参与。", font=BOLD,
          height=46, fill=YELLOW)
    r += 1
    _text(ws, r, 1, ncol, "注：原话以各家盖章报价单或书面答复为准；✓/✗ 只代表我个人初步判断。", height=18)
    ws.freeze_panes = "D5"
    _save(wb, name)

    top = good("成都锦江数融科技有限公司", 236000,
               "column 1: '23.6万元 ✓' | '含税（13%增值税专用发票） ✓' = 236,000 inside 18–25万 (the trailing ✓ / ✗ are the writer's, the words "
               "decide); 个人征信 (人行二代 + 百行), 风控模型 (评分卡＋决策引擎), 反欺诈模型, 还款计划及逾期提醒, 风控审批流, 用户管理; 选配 无, "
               "赠送 '无 ✗' (her cross on no gifts means nothing), no bloat; 等保三级 备案证明51010043021-24008; SM4 on ID/mobile/bank card; "
               "HTTPS TLS1.2; RBAC; logs 12个月 with tracing; 人行 + 百行; 12个月 with 小版本升级; 政策调整免费; 7×24; '2小时内，指定专属工程师' "
               "= 2 h; 终身咨询 提供; 全部写入合同; '2.8万元/年 ✗' = 28,000 a year (her ✗ is her dislike of the fee, not a no); 完整源码 无加密.",
               PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=28000, source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor="重庆渝中云信科技有限公司", gate="unverified", price=198000,
             why="column 2, every cell ticked ✓ by the writer — the ticks prove nothing: '19.8万元' '含税' = 198,000 inside 18–25万 (no price "
                 "flag); 个人征信, 智能风控 (risk model), 反欺诈, 还款管理, 风控审批, 用户管理; 赠送 '区块链存证、智能客服机器人、元宇宙营销展厅"
                 "（均免费赠送）' (bloat); '按等保三级标准建设，可协助贵司通过测评' (claimed: unverified); '国密算法，银行级加密' (which? claimed); "
                 "'日志长期保存' (claimed); '支持对接各大持牌征信机构' (no body named: claimed); '终身免费维护' (no period: claimed); '可以写进合同' "
                 "(willing, not written: claimed); HTTPS and '7×24小时' stated; '完善的权限体系', '全面维护', '积极配合监管要求', '第一时间响应', "
                 "'终身免费', '无（终身维护）' state nothing; '交付源码（风控决策引擎加密）' (partial). Her ✓个数 20/20 and 结论 are hers.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed", commitments_in_contract="claimed"),
             fin=PC + ["anti_fraud"] + CORE + ["blockchain_evidence", "ai_customer_service", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["no_anti_fraud", "source_licence_only"]),
        dict(vendor="德阳旌阳软件有限公司", gate="pass", price=225900,
             why="column 3: '19.2万元' '含税', and the must-have '风控模型（评分卡）为选配，另加3.0万元（不含税），未含在19.2万元内 ✗' (conditional, "
                 "added with 13% VAT beside a tax-inclusive price): 192,000 + 30,000 × 1.13 = 192,000 + 33,900 = 225,900 inside 18–25万; 个人征信 "
                 "(百行), 反欺诈模型, 还款计划, 风控审批, 用户管理; no bloat; 备案证明51060043007-24015; SM4 (ID, mobile); HTTPS; 角色权限; logs 12个月; "
                 "百行 + 朴道; 12个月 with 小版本升级; 政策免费适配; '5×8（工作日9:00-17:30）' (no 7×24; the times are office hours); 4小时内; "
                 "终身咨询 提供; 写入合同; 2.4万元/年 = 24,000; 完整源码 可二次开发.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", support_7x24="stated", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["conditional", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"]
             + _but(AFTER_BAD, "no_7x24", "response_over_2h")),
        dict(vendor="南充顺庆网络科技有限公司", gate="pass", price=126000,
             why="column 4: '12.6万元 ✓' '含税' = 126,000 (caution zone: cheaper is not better); 个人征信 (百行), 风控模型 (规则引擎), 还款管理, "
                 "风控审批, 用户管理 — every must-have, but the stated list has no anti-fraud; 备案证明51130043002-23009 (stated); 'AES-256加密 ✓' "
                 "— her ✓ does not make AES SM4 (no SM4); HTTPS; 角色权限; logs 3个月 (under 6); 百行; 免费维护 6个月; '仅修复缺陷，升级另计' "
                 "(upgrades conditional); 政策 按次收费 (charged); 5×8; 次日响应 (24 h); 终身咨询 不提供; 写入合同; '按次收费，每次4000元' "
                 "(per incident, no yearly fee); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional"),
             fin=PC + CORE, fex=BLOAT + ["anti_fraud"],
             flin=["price_below_15w", "conditional", "no_anti_fraud", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "missing_must_have", "no_mlps_level3", "no_tls",
                   "no_access_control", "no_licensed_credit_bureau", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only"]),
        dict(vendor="宜宾翠屏信息技术有限公司", gate="pass", price=217300,
             why="column 5: '20.5万元' with 计税 '不含税，增值税按6%另开专票 ✗' — tax-exclusive at its own 6%: 205,000 × 1.06 = 217,300 inside "
                 "18–25万; 个人征信 (人行二代), 风控模型 (评分卡), 反欺诈模型, 还款计划及提醒, 风控审批, 用户管理, 会员体系 (deferrable), no bloat; "
                 "备案证明51150043011-24004; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 12个月; 人行征信中心; 12个月 with 小版本升级; "
                 "'一般调整免费，重大监管政策调整另行报价' (conditional: charged at the base price); 7×24; 1小时内; 终身咨询 不提供; 写入合同; "
                 "'按合同额15%/年' (a share, no amount asserted); 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=1, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="conditional", response_hours="stated",
                         lifetime_consulting="stated"),
             fin=PC + ["anti_fraud", "membership"] + CORE, fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged", "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"]
             + _but(AFTER_BAD, "policy_adaptation_charged", "no_lifetime_consulting")),
    ]
    write_toml(
        "zv_01_pc_pingfen_juzhen_gouhao_weizhui.toml",
        """Voice: 何雨桐 of the 风险管理部 at 绵阳涪城科信小额贷款 (local personal credit only, no cross-border business, budget 18-25万)
  on 2025-12-08; the ✓ / ✗ after every answer, the 权重 column, the '✓个数（何雨桐数）' row, her 结论 and the 注 are hers.
Layout: sheet 评分矩阵 — title, her note row (each cell: the vendor's words copied, then a space and her ✓ = 可以 / ✗ = 不行或有疑问),
  header 序号 | 评估项 | 权重 | six vendor columns, twenty criteria rows (报价, 计税, 报价包含功能模块, 选配模块（未含在报价内）, 赠送模块,
  等保三级 … 源码交付), the weights as percentages on most rows, a '✓个数' row ('18/20' …), her 结论 and a 注. The sixth column is a
  decline ('11-21书面回复：…本次不参与报价' and dashes). Frozen at D5.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the trailing ✓ / ✗ is the buyer's judgement appended to the vendor's words, never the vendor's answer and never part of a
  figure — '23.6万元 ✓' is 236,000, '2.8万元/年 ✗' still a 28,000 yearly fee, '无 ✗' under 赠送模块 still no gifts, 'AES-256加密 ✓'
  still no SM4, and a ✓ after '按等保三级标准建设，可协助贵司通过测评' or '交付源码（风控决策引擎加密）' proves nothing; 重庆渝中 (her
  pick, 19.8万, 20/20 ticks) only claims (按三级标准建设, 国密算法, 各大持牌征信机构 without a name, 长期保存, 终身免费维护, 可以写进合同:
  unverified), gives away 区块链存证 + 智能客服机器人 + 元宇宙营销展厅 (bloat) and encrypts its decision engine (partial); 德阳旌阳's
  must-have 风控模型 is a 3.0万 不含税 option beside a 含税 price: 192,000 + 30,000 × 1.13 = 225,900 (conditional, added); 宜宾翠屏
  '不含税，增值税按6%另开专票' = 205,000 × 1.06 = 217,300; 南充顺庆 126,000 sits in the caution zone and lists no anti-fraud; 乐山嘉州
  declined (not listed); the 权重 percentages, the '18/20' counts, '15%/年', '4000元', '9:00-17:30', '11-21' and the filing numbers
  are no prices.""",
        "personal_credit", [name], "成都锦江数融科技有限公司",
        "成都锦江 proves every gate (备案证明51010043021-24008, SM4 on ID/mobile/bank card, HTTPS TLS1.2, RBAC, 12-month logs, 人行 + 百行), "
        "has every must-have plus 反欺诈模型 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours "
        "by a named engineer, lifetime consulting, all in the contract, full unencrypted source — at 236,000 含税 inside 18–25万 (3 years "
        "236,000 + 2 × 28,000 = 292,000). 德阳旌阳 is 225,900 含税 only with its risk-model option, with 5×8 support and a 4-hour "
        "response; 宜宾翠屏 is 217,300 含税 (不含税 at 6%), charges major policy changes and gives no lifetime consulting; the writer's "
        "pick 重庆渝中 (198,000, all ticks) proves nothing (unverified), pads with three bloat modules and encrypts its decision engine; "
        "南充顺庆 is 126,000 in the caution zone with AES, 3-month logs, 6 months bug-only and no anti-fraud; 乐山嘉州 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zv_02  商户经营性贷 — 临沂兰山鲁信小额贷款's 计划财务部 孙雪 keeps the quotes in the finance system's comparison template, vendors as
#        rows; the template's header fixes the money columns' unit and tax ('报价（万元/含税）'), but she copied each vendor's cell as
#        it came, and a few vendors wrote their own unit or tax into the cell. Exported as CSV (GBK). 财务部备注 is hers.
# ---------------------------------------------------------------------------------------------
ZV02_HEAD = ["序号", "供应商", "报价（万元/含税）", "选配模块及价格（万元/含税）", "报价包含功能模块", "等保三级", "敏感数据加密", "传输加密",
             "权限管理", "日志保存期", "征信接口", "免费维护期", "维护范围", "监管政策适配", "技术支持", "响应时间", "终身技术咨询",
             "承诺写入合同", "维保期满后年费（万元/年）", "源码交付", "财务部备注"]
ZV02_ROWS = [
    ["1", "青岛市南海融数科有限公司", "29.6", "无",
     "企业征信（人行企业征信、百行征信）、银行流水分析、电子合同（CA签章）、风控审批流、还款计划及逾期提醒、用户管理、数据大屏",
     "已取得，备案证明37020243018-24006", "国密SM4（法人身份证号、手机号、对公账号）", "HTTPS（TLS1.2）", "RBAC角色权限",
     "12个月，异常操作可追溯", "中国人民银行征信中心、百行征信", "12个月", "缺陷修复及小版本升级", "监管政策调整免费", "7×24小时",
     "2小时内（指定工程师）", "提供", "全部写入合同", "2.8", "完整源码，无加密，可二次开发", "盖章报价单已收"],
    ["2", "烟台芝罘云贷科技有限公司", "26.8", "无",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理；赠送区块链存证、智能客服机器人、跨境支付通道",
     "满足等保三级要求", "国密算法", "HTTPS", "多级权限", "长期保存", "支持对接主流征信机构", "终身维护", "全面维护", "积极配合监管",
     "7×24小时", "第一时间", "终身免费", "可协商", "无（终身维护）", "提供源码（核心风控引擎加密）",
     "价格合适，还送三个模块，以后没有年费，领导比较倾向"],
    ["3", "淄博张店软件有限公司", "25.6", "银行流水分析模块 3.0万元（未税）",
     "企业征信（百行征信）、电子合同（在线签约）、风控审批、还款管理、用户管理",
     "已取得，备案证明37030343010-24017", "SM4（法人身份证号、手机号）", "HTTPS", "角色权限", "12个月", "百行征信、朴道征信", "12个月",
     "缺陷修复及小版本升级", "免费适配", "工作日9:00-18:00", "4小时内", "提供", "写入合同", "2.2", "完整源码，可二次开发",
     "流水分析不在报价里"],
    ["4", "日照东港网络科技有限公司", "138000元", "无",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "已取得，备案证明37110043004-23013", "AES-128", "HTTPS", "角色权限", "6个月", "百行征信", "6个月", "仅修复缺陷", "按次收费", "5×8",
     "次日", "不提供", "写入合同", "按次收费，每次5000元", "仅授权使用，授权绑定服务器，不交付源代码", "对方填的是元，照抄"],
    ["5", "潍坊奎文信息技术有限公司", "27.5（不含税，税率6%）", "无",
     "企业征信（人行企业征信）、银行流水分析、电子合同、风控审批、还款计划、用户管理、API开放平台",
     "已取得，备案证明37070543013-24001", "国密SM4（身份证号、手机号、对公账号）", "HTTPS（TLS1.2）", "RBAC", "12个月",
     "中国人民银行征信中心、朴道征信", "12个月", "缺陷修复及小版本升级", "一般调整免费，重大监管政策调整另行报价", "7×24小时", "1小时内",
     "不提供", "写入合同", "30000元/年", "完整源码，无加密", "对方没按模板填含税价"],
    ["6", "东营河口数据服务有限公司", "未报价"] + ["—"] * 17 + ["11-26电话告知：本次不参与报价"],
]


def build_zv02():
    name = "zv_02_ml_biaotou_danwei_genei_gbk.csv"
    width = len(ZV02_HEAD)
    pad = lambda row: row + [""] * (width - len(row))  # noqa: E731
    rows = [pad(["临沂兰山鲁信小额贷款有限公司　商户经营贷系统源码采购比价表（财务系统模板导出）"]),
            pad(["制表：计划财务部 孙雪　2025-12-09　我司只做临沂本地商户经营贷，无跨境业务，预算25-35万。表头单位按询价函要求（万元、含税），"
                 "各家报价单上怎么写的就照抄到格子里，没有换算。"]),
            pad([]),
            ZV02_HEAD]
    for row in ZV02_ROWS:
        assert len(row) == width, row[1]
        rows.append(row)
    rows += [pad([]),
             pad(["", "最低报价", "13.8"]),
             pad(["", "平均报价（5家）", "24.7"]),
             pad(["备注：最低、平均两行是我按表头单位粗算的，仅供参考。东营河口不参与。"])]
    write_csv(name, rows, "gbk")

    top = good("青岛市南海融数科有限公司", 296000,
               "row 1: a bare '29.6' under '报价（万元/含税）' = 296,000 tax-inclusive (the header's unit and tax hold for a bare figure) inside "
               "25–35万; 选配 无; 企业征信 (人行企业征信 + 百行), 银行流水分析, 电子合同 (CA签章), 风控审批流, 还款计划及逾期提醒, 用户管理, "
               "数据大屏 (deferrable), no bloat; 备案证明37020243018-24006; SM4 on 法人身份证号/mobile/对公账号; HTTPS TLS1.2; RBAC; logs 12个月 "
               "with tracing; 人行 + 百行; 12个月 with 小版本升级; 政策调整免费; 7×24; '2小时内（指定工程师）' = 2 h; 终身咨询 提供; 全部写入合同; "
               "a bare '2.8' under '维保期满后年费（万元/年）' = 28,000 a year; 完整源码 无加密.",
               ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=28000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="烟台芝罘云贷科技有限公司", gate="unverified", price=268000,
             why="row 2: a bare '26.8' under '报价（万元/含税）' = 268,000 inside 25–35万 (no price flag); '满足等保三级要求' (claimed: unverified); "
                 "'国密算法' (which? claimed); '长期保存' (claimed); '支持对接主流征信机构' (no body: claimed); '终身维护' (claimed); HTTPS and "
                 "'7×24小时' stated; '多级权限', '全面维护', '积极配合监管', '第一时间', '终身免费', '可协商', '无（终身维护）' state nothing; "
                 "赠送 区块链存证、智能客服机器人、跨境支付通道 (bloat; no cross-border business); '提供源码（核心风控引擎加密）' (partial). The "
                 "财务部备注 ('领导比较倾向') is the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence", "ai_customer_service", "overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="淄博张店软件有限公司", gate="pass", price=289900,
             why="row 3: a bare '25.6' under '报价（万元/含税）' = 256,000 含税; its module list lacks the must-have 银行流水分析, offered in the "
                 "选配 column as '银行流水分析模块 3.0万元（未税）' — the cell's own 未税 wins over the header's 含税, so 13% is added: 256,000 + "
                 "30,000 × 1.13 = 256,000 + 33,900 = 289,900 inside 25–35万 (conditional, added); 企业征信 (百行), 电子合同 (在线签约), 风控审批, "
                 "还款管理, 用户管理; 备案证明37030343010-24017; SM4 (法人身份证号, mobile); HTTPS; 角色权限; logs 12个月; 百行 + 朴道; 12个月 with "
                 "小版本升级; 免费适配; '工作日9:00-18:00' (no 7×24); 4小时内; 终身咨询 提供; 写入合同; bare '2.2' (万元/年) = 22,000; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", support_7x24="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "no_7x24", "response_over_2h")),
        dict(vendor="日照东港网络科技有限公司", gate="pass", price=138000,
             why="row 4: '138000元' under '报价（万元/含税）' — the cell names its own unit, 元: 138,000 (never 138,000万), tax-inclusive by the "
                 "header; caution zone; 企业征信, 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理 (every must-have); 备案证明37110043004-23013 "
                 "(stated); AES-128 (no SM4); HTTPS; 角色权限; logs 6个月 (not under 6); 百行; 免费维护 6个月; '仅修复缺陷' (no upgrades); 政策 "
                 "按次收费 (charged); 5×8; 次日 (24 h); 终身咨询 不提供; 写入合同; '按次收费，每次5000元' (per incident, no yearly fee); "
                 "'仅授权使用，授权绑定服务器，不交付源代码' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                            "not_in_contract", "bloat_features", "source_partial"]),
        dict(vendor="潍坊奎文信息技术有限公司", gate="pass", price=291500,
             why="row 5: '27.5（不含税，税率6%）' under '报价（万元/含税）' — the cell's own tax mark and rate win over the header: 275,000 × 1.06 "
                 "= 291,500 inside 25–35万; 企业征信 (人行企业征信), 银行流水分析, 电子合同, 风控审批, 还款计划, 用户管理, API开放平台 (deferrable), "
                 "no bloat; 备案证明37070543013-24001; SM4 on ID/mobile/对公账号; HTTPS TLS1.2; RBAC; logs 12个月; 人行 + 朴道; 12个月 with 小版本"
                 "升级; '一般调整免费，重大监管政策调整另行报价' (conditional: charged at the base price); 7×24; 1小时内; 终身咨询 不提供; 写入合同; "
                 "'30000元/年' under '维保期满后年费（万元/年）' — the cell's 元 wins: 30,000 a year (never 30000万); 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=1, lifetime_consulting=False,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="conditional", response_hours="stated",
                         lifetime_consulting="stated"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged", "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "policy_adaptation_charged", "no_lifetime_consulting")),
    ]
    write_toml(
        "zv_02_ml_biaotou_danwei_genei_gbk.toml",
        """Voice: 孙雪 of the 计划财务部 at 临沂兰山鲁信小额贷款 (local merchant operating loans, no cross-border business, budget 25-35万) on
  2025-12-09; the 财务部备注 column, the 最低报价 / 平均报价 lines and the 备注 under them are hers.
Layout: CSV, GBK, CRLF, 21 columns — a title line, her note line (表头单位按询价函要求（万元、含税），各家…照抄到格子里，没有换算), a
  blank line, the header 序号 | 供应商 | 报价（万元/含税） | 选配模块及价格（万元/含税） | 报价包含功能模块 | 等保三级 … | 维保期满后年费
  （万元/年） | 源码交付 | 财务部备注, six vendor rows (the sixth '未报价', dashes and her note that it declined), a blank line, two
  statistics lines (最低报价 13.8, 平均报价（5家） 24.7) and a 备注.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the header's unit and tax ('万元/含税', '万元/年') hold for a BARE figure only ('29.6' is 296,000 含税, '2.8' a 28,000 yearly
  fee); a cell that writes its own unit or tax wins over the header: 日照东港 '138000元' is 138,000 (not 138,000万, caution zone),
  潍坊奎文 '27.5（不含税，税率6%）' is 275,000 × 1.06 = 291,500, its '30000元/年' a 30,000 fee, and 淄博张店's must-have option
  '银行流水分析模块 3.0万元（未税）' in the '（万元/含税）' column is before tax: 256,000 + 30,000 × 1.13 = 289,900 (conditional, added);
  烟台芝罘 (the boss's leaning, 26.8) only claims (满足等保三级要求, 国密算法, 主流征信机构, 长期保存, 终身维护: unverified), gives away
  区块链存证 + 智能客服机器人 + 跨境支付通道 (bloat) and encrypts its risk engine (partial); 日照东港 delivers a server-bound licence, no
  source; 东营河口 declined (not listed); the 最低报价 / 平均报价 lines are her statistics, no vendors; '5000元', '9:00-18:00', '11-26'
  and the filing numbers are no prices.""",
        "merchant_loan", [name], "青岛市南海融数科有限公司",
        "青岛市南海融 proves every gate (备案证明37020243018-24006, SM4 on ID/mobile/对公账号, HTTPS TLS1.2, RBAC, 12-month logs, 人行 + 百行), "
        "has every must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named "
        "engineer, lifetime consulting, all in the contract, full unencrypted source — at 296,000 含税 inside 25–35万 (3 years 296,000 + "
        "2 × 28,000 = 352,000). 淄博张店 is 289,900 含税 only with its cash-flow option (未税 in the cell), with office-hours support and "
        "a 4-hour response; 潍坊奎文 is 291,500 含税 (不含税 at 6% in the cell), charges major policy changes and gives no lifetime "
        "consulting; the boss's leaning 烟台芝罘 (268,000) proves nothing (unverified), pads with three bloat modules and encrypts its "
        "risk engine; 日照东港 is 138,000 元 in the caution zone with AES, 6 months bug-only and a server-bound licence; 东营河口 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zv_03  消费分期 — 深圳前海港信小额贷款 (a Hong Kong group's lender in Qianhai) keeps its comparison in the group's bilingual template:
#        every header label 'English / 中文', vendors as rows, each vendor's answers copied in the language it answered in. The
#        procurement officer 张慧仪 (Vivian Cheung) writes the remarks column in both languages.
# ---------------------------------------------------------------------------------------------
ZV03_HEAD = ["No. / 序号", "Vendor / 供应商", "Quoted price / 报价", "VAT / 是否含税", "Modules included / 报价包含模块",
             "Optional modules / 选配模块", "MLPS Level 3 / 等保三级", "Data encryption / 数据加密", "Transport encryption / 传输加密",
             "Access control / 权限管理", "Log retention / 日志保存期", "Credit bureau / 征信接口", "Free maintenance / 免费维护期",
             "Maintenance scope / 维护范围", "Regulatory changes / 监管政策适配", "Support hours / 技术支持时段",
             "Response time / 响应时间", "Lifetime consulting / 终身技术咨询", "Written into contract / 写入合同",
             "Fee after warranty / 维保期满后年费", "Source code / 源码交付", "Procurement remarks / 采购备注"]
ZV03_ROWS = [
    ["1", "汕头金平数科有限公司", "RMB 258,000", "Included (13% special VAT invoice)",
     "Product catalogue, installment calculator, order tracking, repayment schedule and reminders, risk approval workflow, user "
     "management, points mall", "None", "Yes, filed, No. 44050743016-24009",
     "SM4 on ID number, mobile number and bank card number", "HTTPS (TLS 1.2) site-wide", "Role-based access control",
     "12 months, abnormal operations traceable", "Baihang Credit (百行征信) and Pudao Credit (朴道征信)", "12 months",
     "Bug fixes and minor version upgrades", "Adapted free of charge", "7×24", "Within 2 hours, named engineer", "Yes",
     "Yes – all of the above written into the contract", "RMB 26,000 per year", "Source code: full, unencrypted",
     "Answered in English; documents complete / 资料齐全"],
    ["2", "韶关浈江云分科技有限公司", "22.8万元", "含税",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理、积分商城、社交分享；赠送智能客服机器人、区块链存证、跨境支付通道", "无",
     "满足等保三级要求，可协助通过测评", "国密算法", "HTTPS", "完善的权限体系", "长期保存", "支持对接主流征信机构", "终身免费维护",
     "全面维护", "积极配合监管要求", "7×24小时", "第一时间响应", "终身免费", "可协商", "无（终身维护）", "交付源码（分期核心引擎加密）",
     "Preferred – best value, lifetime maintenance, 3 free modules / 倾向此家"],
    ["3", "清远清城软件有限公司", "RMB 232,000", "Included",
     "Product catalogue, order tracking, repayment management, risk approval, user management",
     "Instalment calculator: optional, RMB 22,000 excl. VAT", "Yes, filed, No. 44180243009-24011", "SM4 (ID number, mobile number)",
     "HTTPS", "Role-based access control", "12 months", "Baihang Credit (百行征信)", "12 months",
     "Bug fixes and minor version upgrades", "Free of charge", "Business hours (Mon-Fri 9:00-18:00)", "Within 4 hours", "Yes",
     "Yes", "RMB 22,000 per year", "Full source code, can be further developed",
     "Calculator not in base price / 分期计算器要另加"],
    ["4", "梅州梅江网络科技有限公司", "免费（开源版），部署实施费6.8万元", "含税",
     "商品管理、分期计算器、订单管理、还款管理、风控审批、用户管理", "无", "未取得等保三级", "无（明文存储）", "HTTPS", "角色权限", "3个月",
     "未对接", "3个月", "仅修复缺陷", "按次收费", "5×8", "次日", "不提供", "不写入合同", "按次收费，每次3000元", "开源版完整源码",
     "Too cheap / 太便宜"],
    ["5", "茂名茂南信息技术有限公司", "RMB 236,000", "Excluded – 13% VAT to be added",
     "Product catalogue, installment calculator, order tracking, repayment management, risk approval, user management, social "
     "sharing", "None", "Held. Filing certificate no. 44090243005-24002", "SM4 on ID and mobile numbers", "HTTPS (TLS 1.2)", "RBAC",
     "6 months", "PBoC Credit Reference Center (人行征信中心), Baihang Credit (百行征信)", "12 months",
     "Bug fixes and minor version upgrades", "Minor changes free; major regulatory changes quoted separately", "7×24",
     "Within 1 hour", "Not offered", "Yes", "15% of contract value per year", "Source code: full, unencrypted",
     "Price excl. VAT / 不含税"],
    ["6", "揭阳榕城数据服务有限公司", "Declined to quote / 婉拒报价"] + ["—"] * 18 + ["Email 24 Nov: fully booked / 11-24邮件婉拒"],
]


def build_zv03():
    name = "zv_03_ci_shuangyu_biaotou_zhongying_dafu.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Comparison 比较"
    ncol = len(ZV03_HEAD)
    widths(ws, [6, 26, 16, 20, 40, 28, 26, 26, 18, 18, 20, 30, 12, 24, 28, 22, 18, 12, 24, 18, 26, 30])
    _text(ws, 1, 1, ncol, "Consumer instalment loan system (source code) – vendor comparison / 消费分期系统源码供应商比较", font=TITLE,
          height=24)
    _text(ws, 2, 1, ncol,
          "Shenzhen Qianhai Gangxin Micro-credit Co., Ltd. / 深圳前海港信小额贷款有限公司 — Procurement: Vivian Cheung 张慧仪, 10 Dec 2025. "
          "Mobile-phone and appliance instalments in Shenzhen only, no cross-border business; budget RMB 200k–300k. Answers are copied "
          "from each vendor's reply in the language it used; only the last column is ours. / 各家答复按原文照录（英文答复的不翻译），"
          "最后一列为采购部备注。", height=46)
    put_row(ws, 4, ZV03_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[4].height = 34
    r = 5
    for row in ZV03_ROWS:
        assert len(row) == ncol, row[1]
        put_row(ws, r, row)
        ws.cell(row=r, column=2).font = BOLD
        ws.cell(row=r, column=ncol).fill = YELLOW
        ws.row_dimensions[r].height = 62 if row[0] != "6" else 22
        r += 1
    r += 1
    _text(ws, r, 1, ncol,
          "Recommendation / 初步建议（张慧仪）: 韶关浈江 — lowest price among the full-featured quotes, lifetime maintenance, three modules "
          "free / 功能最全、终身维护、送三个模块，建议优先谈；汕头金平 as back-up / 汕头金平作备选。梅州梅江 too cheap / 太便宜不考虑。"
          "揭阳榕城 declined / 婉拒。", font=BOLD, height=40)
    ws.freeze_panes = "C5"
    _save(wb, name)

    top = good("汕头金平数科有限公司", 258000,
               "row 1, answered in English: 'RMB 258,000' with VAT 'Included (13% special VAT invoice)' = 258,000 inside 20–30万; Product "
               "catalogue, installment calculator, order tracking, repayment schedule and reminders, risk approval workflow, user management, "
               "points mall (deferrable); Optional 'None'; no bloat; 'Yes, filed, No. 44050743016-24009' (stated filing); SM4 on ID/mobile/bank "
               "card; HTTPS TLS 1.2; role-based access control; logs 12 months, traceable; 百行 + 朴道; 12 months with bug fixes and minor "
               "upgrades; regulatory changes 'Adapted free of charge'; 7×24; 'Within 2 hours, named engineer' = 2 h; lifetime consulting "
               "'Yes'; 'Yes – all of the above written into the contract'; 'RMB 26,000 per year' = 26,000; 'Source code: full, unencrypted'.",
               CI + CORE + ["repayment_management", "points_mall"], response_hours=2, annual_fee_after_warranty_cny=26000,
               source_code_delivery="full")
    top["fex"] = BLOAT + ["social_sharing"]
    vendors = [
        top,
        dict(vendor="韶关浈江云分科技有限公司", gate="unverified", price=228000,
             why="row 2, answered in Chinese: '22.8万元' '含税' = 228,000 inside 20–30万 (no price flag); 商品管理, 分期计算器, 订单跟踪, 还款管理, "
                 "风控审批, 用户管理, 积分商城, 社交分享, and '赠送智能客服机器人、区块链存证、跨境支付通道' (bloat; no cross-border business); "
                 "'满足等保三级要求，可协助通过测评' (claimed: unverified); '国密算法' (which? claimed); '长期保存' (claimed); '支持对接主流征信机构' "
                 "(no body: claimed); '终身免费维护' (claimed); HTTPS and '7×24小时' stated; '完善的权限体系', '全面维护', '积极配合监管要求', "
                 "'第一时间响应', '终身免费', '可协商', '无（终身维护）' state nothing; '交付源码（分期核心引擎加密）' (partial). The remarks "
                 "('Preferred … / 倾向此家') and the recommendation are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=CI + CORE + ["repayment_management", "points_mall", "social_sharing", "ai_customer_service",
                              "blockchain_evidence", "overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="清远清城软件有限公司", gate="pass", price=256860,
             why="row 3, English: 'RMB 232,000' VAT 'Included'; the must-have installment calculator is missing from the modules and offered "
                 "as 'Instalment calculator: optional, RMB 22,000 excl. VAT' (conditional, added with 13% VAT beside a tax-inclusive price): "
                 "232,000 + 22,000 × 1.13 = 232,000 + 24,860 = 256,860 inside 20–30万; product catalogue, order tracking, repayment management, "
                 "risk approval, user management; 'Yes, filed, No. 44180243009-24011'; SM4 (ID, mobile); HTTPS; role-based access control; logs "
                 "12 months; 百行; 12 months with bug fixes and minor upgrades; regulatory changes 'Free of charge'; 'Business hours (Mon-Fri "
                 "9:00-18:00)' (no 7×24); 'Within 4 hours'; lifetime consulting 'Yes'; contract 'Yes'; 'RMB 22,000 per year' = 22,000; full "
                 "source.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", support_7x24="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT + ["points_mall", "social_sharing"],
             flin=["conditional", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "no_7x24", "response_over_2h")),
        dict(vendor="梅州梅江网络科技有限公司", gate="fail", price=68000,
             why="row 4, Chinese: '免费（开源版），部署实施费6.8万元' '含税' — the software is free and the deployment is paid: 0 + 68,000 = 68,000 "
                 "(under 10万: do not buy); '未取得等保三级' (a stated no: fail); '无（明文存储）' (no SM4); HTTPS; 角色权限; logs 3个月 (under 6); "
                 "征信 '未对接' (no bureau); 免费维护 3个月; '仅修复缺陷' (no upgrades); 政策 按次收费 (charged); 5×8; 次日 (24 h); 终身咨询 不提供; "
                 "'不写入合同'; '按次收费，每次3000元' (per incident, no yearly fee); '开源版完整源码' (full). Modules 商品管理, 分期计算器, 订单管理, "
                 "还款管理, 风控审批, 用户管理: every must-have.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=False, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         licensed_credit_bureau="stated", free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT + ["points_mall", "social_sharing"],
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract"],
             flex=["price_below_15w", "price_missing", "price_over_budget", "missing_must_have", "no_tls", "no_access_control",
                   "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="茂名茂南信息技术有限公司", gate="pass", price=266680,
             why="row 5, English: 'RMB 236,000' with VAT 'Excluded – 13% VAT to be added': 236,000 × 1.13 = 266,680 inside 20–30万; product "
                 "catalogue, installment calculator, order tracking, repayment management, risk approval, user management, social sharing "
                 "(deferrable); Optional 'None'; no bloat; 'Held. Filing certificate no. 44090243005-24002' (stated); SM4 on ID and mobile; "
                 "HTTPS TLS 1.2; RBAC; logs 6 months (not under 6); 人行征信中心 + 百行; 12 months with bug fixes and minor upgrades; 'Minor "
                 "changes free; major regulatory changes quoted separately' (conditional: charged at the base price); 7×24; 'Within 1 hour'; "
                 "lifetime consulting 'Not offered'; contract 'Yes'; '15% of contract value per year' (a share, no amount asserted); 'Source "
                 "code: full, unencrypted'.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=1, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="conditional", response_hours="stated",
                         lifetime_consulting="stated"),
             fin=CI + CORE + ["repayment_management", "social_sharing"], fex=BLOAT + ["points_mall"],
             flin=["conditional", "policy_adaptation_charged", "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "policy_adaptation_charged", "no_lifetime_consulting")),
    ]
    write_toml(
        "zv_03_ci_shuangyu_biaotou_zhongying_dafu.toml",
        """Voice: Vivian Cheung 张慧仪, procurement at 深圳前海港信小额贷款 (a Hong Kong group's lender; phone and appliance instalments in
  Shenzhen only, no cross-border business, budget RMB 200k–300k) on 10 Dec 2025, writing her notes in English and Chinese; the
  'Procurement remarks / 采购备注' column and the 'Recommendation / 初步建议' line are hers.
Layout: sheet 'Comparison 比较' — a bilingual title, her bilingual note row, ONE header row in which every label is 'English / 中文'
  ('Quoted price / 报价', 'VAT / 是否含税', 'Modules included / 报价包含模块', 'Optional modules / 选配模块', 'MLPS Level 3 / 等保三级' …
  'Source code / 源码交付', 'Procurement remarks / 采购备注'), six vendor rows, each copied in the language the vendor answered in —
  three in English ('RMB 258,000', 'Yes, filed, No. …', 'Held. Filing certificate no. …', 'Excluded – 13% VAT to be added',
  'Instalment calculator: optional, RMB 22,000 excl. VAT', 'Source code: full, unencrypted'), two in Chinese, the sixth 'Declined
  to quote / 婉拒报价' with dashes — and her recommendation line. Frozen at C5.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the labels are read by either side of ' / ' and the answers in either language mean the same ('Yes, filed, No. …' and
  'Held. Filing certificate no. …' are stated filings; 'Not offered' is no lifetime consulting; 'Business hours (Mon-Fri
  9:00-18:00)' is no 7×24; 'Minor changes free; major regulatory changes quoted separately' is conditional policy adaptation;
  '15% of contract value per year' is a share, no amount); 清远清城's must-have calculator is an option at RMB 22,000 excl. VAT beside
  a VAT-inclusive price: 232,000 + 22,000 × 1.13 = 256,860 (conditional, added); 茂名茂南 'Excluded – 13% VAT to be added' is
  236,000 × 1.13 = 266,680; 梅州梅江 '免费（开源版），部署实施费6.8万元' is 68,000 to pay (under 10万), never 0 and never free, and
  '未取得等保三级' fails it anyway; 韶关浈江 (her pick, 22.8万) only claims (满足等保三级要求, 国密算法, 主流征信机构, 长期保存, 终身免费维护:
  unverified), gives away 智能客服机器人 + 区块链存证 + 跨境支付通道 (bloat) and encrypts its instalment engine (partial); 揭阳榕城
  declined (not listed); 'TLS 1.2', '9:00-18:00', '24 Nov', the 13 of '13% special VAT invoice' and the filing numbers are no prices.""",
        "consumer_installment", [name], "汕头金平数科有限公司",
        "汕头金平 proves every gate in English ('Yes, filed, No. 44050743016-24009', SM4 on ID/mobile/bank card, HTTPS TLS 1.2, role-based "
        "access control, 12-month logs, 百行 + 朴道), has all three instalment must-haves and no bloat, and gives 12 months with upgrades, "
        "free regulatory adaptation, 7×24 within 2 hours by a named engineer, lifetime consulting, all in the contract, full unencrypted "
        "source — at 258,000 VAT-inclusive inside 20–30万 (3 years 258,000 + 2 × 26,000 = 310,000). 清远清城 is 256,860 only with its "
        "calculator option and offers business hours with a 4-hour response; 茂名茂南 is 266,680 (excl. 13% VAT), charges major "
        "regulatory changes and gives no lifetime consulting; the writer's pick 韶关浈江 (228,000) proves nothing (unverified), pads with "
        "three bloat modules and encrypts its engine; 梅州梅江 is 68,000 (free open-source edition plus paid deployment) without 等保三级 "
        "(fail); 揭阳榕城 declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zv01, build_zv02, build_zv03):
        build()
    print("built zv_01 … zv_03 into", HERE)
