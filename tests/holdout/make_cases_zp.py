"""Build the "zp" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a buyer's comparison in which only the first vendor is written out in full and every other row says
how it differs — '同云岩' (the same as that vendor), '同上' (the same as the row above), '同南明' where 南明 itself says '同云岩'
(a chain), '比云岩多3个月', '比云岩慢2小时', '只有云岩的一半' — so most values exist only by reference to another row (zp_01); a
price comparison saved from a shared workbook to CSV (GBK) after the strikethrough was lost, so the clerk wrote '（作废）' after
every old value in the same cell ('318000（作废） 296000', '等保三级（作废） 等保二级', '电子合同（作废）' inside a module list,
'1年（作废） 终身维护'), one vendor's row voided as a whole by the 修改记录 column (zp_02); an evaluation sheet whose after-sales
terms and source-code delivery live only in one '综合评价' cell per vendor, the vendor's own words in 「」 and the buyer's opinion
around them ('「5×8（工作日）技术支持，4小时内响应」，不过销售说晚上打他手机也行，我看跟7×24差不多') (zp_03). The expected reading
of every file is in the matching zp_0N_*.toml, written from the file's content and shared/domain.md only; the author neither ran
the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zp.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zp_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

# a vendor that only boasts must not be failed, priced out or marked down on what it never stated
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]


def _text(ws, r, c1, c2, text, *, font=None, height=None):
    c = ws.cell(row=r, column=c1, value=text)
    c.alignment = LEFT
    c.font = font or Font()
    if c2 > c1:
        ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    if height:
        ws.row_dimensions[r].height = height


def _but(flags, *drop):
    return [f for f in flags if f not in drop]


# ---------------------------------------------------------------------------------------------
# zp_01  个人信用贷 — 贵阳观山湖黔信小额贷款's 风险管理部 经理 杨帆 writes the first vendor (云岩) out in full and, "to save space",
#        only the differences for the others: '同云岩', '同南明' (南明 says 同云岩), '同上' (the row above), '同白云',
#        '比云岩多3个月', '比云岩少6个月', '比云岩慢2小时', '只有云岩的一半'. The 备注（杨帆） column and his 意见 line are his.
# ---------------------------------------------------------------------------------------------
ZP01_HEAD = ["序号", "供应商", "简称", "报价", "计税", "功能模块", "等保", "敏感数据加密", "传输加密/权限", "日志保存", "征信接口",
             "免费维护期", "维护范围", "监管政策适配", "技术支持", "响应时间", "终身技术咨询", "写入合同", "维保期满年费", "源码交付",
             "备注（杨帆）"]
ZP01_ROWS = [
    ["1", "贵阳云岩数科有限公司", "云岩", "22.0万", "含税（6%专票）",
     "个人征信（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及还款提醒、风控审批流、用户管理",
     "等保三级测评已完成，备案证明申请中（预计2026年1月下发）", "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）；RBAC角色权限",
     "12个月", "中国人民银行征信中心、百行征信", "12个月", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24", "2小时内（指定工程师）",
     "提供", "是（以上全部写入合同）", "2.4万元/年", "完整源码，无加密，可二次开发", "第一家，逐项写全作基准；等保备案还没下来"],
    ["2", "贵阳南明信科技术有限公司", "南明", "21.6万", "同云岩", "同云岩", "等保三级，备案证明52010243007-24011", "同云岩", "同云岩",
     "同云岩", "百行征信、朴道征信", "比云岩多3个月", "同云岩", "全部免费（这点比云岩写得清楚）", "同云岩", "同云岩", "同云岩", "同云岩",
     "同云岩", "同云岩", "跟云岩差不多，维护多3个月"],
    ["3", "贵阳花溪智贷网络科技有限公司", "花溪", "18.5万", "含税", "同云岩，另送智能客服机器人、区块链存证",
     "符合等保三级要求", "采用国密算法", "HTTPS；权限体系完善", "长期保存", "支持对接各类征信", "终身维护", "全面维护", "积极配合",
     "同南明", "第一时间", "终身免费", "可协商", "签约时商定", "源码交付（风控引擎加密）", "最便宜，还白送两个模块"],
    ["4", "贵阳白云金服软件有限公司", "白云", "19.8万", "不含税（税率6%）", "同云岩，但风控模型为选配（+1.2万，不含税）",
     "等保三级，证书编号52011343005-23018", "同云岩", "同云岩", "比云岩少6个月", "同南明", "同云岩", "仅修复缺陷，不含升级",
     "一般调整免费，重大监管政策调整另行报价", "5×8（工作日）", "比云岩慢2小时", "同云岩", "同云岩", "按合同额15%/年", "同云岩",
     "不含税，风控模型还要另加"],
    ["5", "贵阳乌当数联科技有限公司", "乌当", "13.6万", "含税（3%普票）",
     "个人征信（百行征信）、风控模型（规则引擎）、还款管理、风控审批、用户管理", "等保三级，备案证明52011243002-24003", "AES-256",
     "同云岩", "3个月", "百行征信", "只有云岩的一半", "同白云", "按次收费", "同上", "次日", "不提供", "同云岩", "按次收费，5000元/次",
     "仅授权使用（授权绑定服务器，不给源代码）", "便宜，就是只给授权"],
    ["6", "贵阳清镇鼎新科技有限公司", "清镇", "不参与", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—",
     "—", "11月28日电话说这次不参与"],
]


def build_zp01():
    name = "zp_01_pc_tong_yunyan_xiangdui.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "供应商对比（简写）"
    widths(ws, [5, 26, 7, 9, 14, 36, 28, 22, 20, 11, 20, 12, 18, 22, 12, 14, 10, 16, 14, 24, 24])
    _text(ws, 1, 1, 21, "贵阳观山湖黔信小额贷款有限公司 个人信用贷系统源码 供应商对比", font=TITLE)
    _text(ws, 2, 1, 21,
          "风险管理部 杨帆 整理，2025-12-08。为省篇幅，第一家云岩数科逐项写全，后面几家只写跟别家不一样的地方：“同XX”就是跟简称为XX的那家"
          "一样，“同上”是跟上一行一样，“比云岩多/少/慢……”按云岩那一格推算。本公司只做个人信用贷，没有跨境业务。备注栏是我个人的看法。",
          height=46)
    put_row(ws, 4, ZP01_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[4].height = 30
    for i, row in enumerate(ZP01_ROWS, start=5):
        assert len(row) == len(ZP01_HEAD), row[1]
        put_row(ws, i, row)
        ws.cell(row=i, column=21).fill = YELLOW
        ws.row_dimensions[i].height = 96 if row[0] != "6" else 20
    r = 5 + len(ZP01_ROWS) + 1
    _text(ws, r, 1, 21,
          "杨帆意见：花溪最便宜（18.5万含税），还白送智能客服机器人和区块链存证，技术支持同南明也是7×24，建议选花溪；云岩备选。请李总审批。",
          font=BOLD, height=30)
    ws.freeze_panes = "D5"
    _save(wb, name)

    vendors = [
        dict(vendor="贵阳云岩数科有限公司", gate="unverified", price=220000,
             why="the base row, every cell written out: '22.0万' 含税（6%专票） = 220,000 inside 18–25万; 个人征信 (人行二代 + 百行), 风控模型, "
                 "反欺诈模型, 还款计划及还款提醒, 风控审批流, 用户管理, no bloat; '等保三级测评已完成，备案证明申请中' (in progress: unverified, "
                 "never worse than a blank, never fail); SM4 on ID/mobile/bank card; HTTPS TLS1.2 + RBAC; logs 12个月; 人行 + 百行; 12个月 "
                 "with 小版本升级; 政策免费适配; 7×24; 2小时内 (named engineer); 终身咨询 提供; 全部写入合同; 2.4万元/年; 完整源码 无加密. "
                 "The 备注 is the buyer's.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=2, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=dict(sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flex=NOGATE + ["price_below_15w", "price_over_budget", "conditional"] + AFTER_BAD),
        good("贵阳南明信科技术有限公司", 216000,
             "'21.6万' with 计税 '同云岩' = 含税 → 216,000 inside 18–25万; 功能 '同云岩' = all of 云岩's modules (个人征信, 风控模型, "
             "反欺诈模型, 还款计划及提醒, 风控审批流, 用户管理); its own 等保三级备案证明52010243007-24011 (stated); 加密 / 传输权限 / 日志 "
             "'同云岩' = SM4 on ID/mobile/bank card, HTTPS + RBAC, 12个月; 百行 + 朴道; 免费维护 '比云岩多3个月' = 15个月; 维护范围 '同云岩' "
             "= 小版本升级 included; 政策 '全部免费'; 技术支持 / 响应 / 咨询 / 合同 / 年费 / 源码 '同云岩' = 7×24, 2小时, 提供, 写入合同, "
             "24,000/年, 完整源码.",
             PC + ["anti_fraud"] + CORE, free_maintenance_months=15, response_hours=2, annual_fee_after_warranty_cny=24000,
             source_code_delivery="full"),
        dict(vendor="贵阳花溪智贷网络科技有限公司", gate="unverified", price=185000,
             why="'18.5万' 含税 = 185,000 inside 18–25万; 功能 '同云岩，另送智能客服机器人、区块链存证' = 云岩's modules plus two bloat "
                 "modules; '符合等保三级要求' (claimed: unverified); '采用国密算法' (which? claimed); '支持对接各类征信' (no body: claimed); "
                 "'长期保存' (claimed); '终身维护' (claimed); HTTPS stated, '权限体系完善' states nothing; '全面维护', '积极配合', '第一时间', "
                 "'终身免费', '可协商', '签约时商定' state nothing; 技术支持 '同南明' — 南明 says '同云岩' — = 7×24 (stated, through the "
                 "chain); '风控引擎加密' (partial). The 备注 and the 意见 line ('建议选花溪') are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX),
        dict(vendor="贵阳白云金服软件有限公司", gate="pass", price=222600,
             why="'19.8万' '不含税（税率6%）' and the must-have 风控模型 '选配（+1.2万，不含税）' (conditional, added): (198,000 + 12,000) × "
                 "1.06 = 222,600 inside 18–25万; otherwise 功能 '同云岩'; 等保三级证书52011343005-23018; 加密 / 传输权限 '同云岩' = SM4, "
                 "HTTPS + RBAC; 日志 '比云岩少6个月' = 6 (not under 6); 征信 '同南明' = 百行 + 朴道; 免费维护 '同云岩' = 12个月; '仅修复缺陷，"
                 "不含升级' (conditional); '重大监管政策调整另行报价' (conditional); 5×8; 响应 '比云岩慢2小时' = 4小时; 咨询 / 合同 '同云岩' = "
                 "提供 / 写入合同; '按合同额15%/年' (no amount); 源码 '同云岩' = 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", maintenance_includes_upgrades="conditional",
                         policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + CORE, fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "maintenance_under_12m", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                            "source_partial", "source_licence_only"]),
        dict(vendor="贵阳乌当数联科技有限公司", gate="pass", price=136000,
             why="'13.6万' 含税（3%普票） = 136,000 (caution zone: cheaper is not better); 个人征信 (百行), 风控模型 (规则引擎), 还款管理, "
                 "风控审批, 用户管理; 等保三级备案证明52011243002-24003 (stated); 'AES-256' (no SM4); 传输权限 '同云岩' = HTTPS + RBAC; logs "
                 "3个月 (under 6); 百行; 免费维护 '只有云岩的一半' = 6个月; 维护范围 '同白云' = 仅修复缺陷，不含升级 (conditional); '按次收费' "
                 "(policy changes charged); 技术支持 '同上' = the row above, 白云's 5×8 (not 云岩's 7×24); 次日; 不提供咨询; 合同 '同云岩' = "
                 "写入合同; '5000元/次' (per incident, no yearly fee); '仅授权使用（授权绑定服务器，不给源代码）' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional"),
             fin=PC + CORE, fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "not_in_contract", "bloat_features",
                            "source_partial"]),
    ]
    write_toml(
        "zp_01_pc_tong_yunyan_xiangdui.toml",
        """Voice: 杨帆, manager of the 风险管理部 at 贵阳观山湖黔信小额贷款 (personal credit only, no cross-border business), compares
  the vendors for 李总 on 2025-12-08; the 备注（杨帆） column and his 意见 line at the foot are his.
Layout: sheet 供应商对比（简写） — title, a note row saying the first vendor is written out in full and the others only where they
  differ ('同XX' = the same as the vendor whose 简称 is XX, '同上' = the row above, '比云岩多/少/慢…' = reckoned from 云岩's cell),
  header 序号 | 供应商 | 简称 | 报价 | 计税 | 功能模块 | 等保 | 敏感数据加密 | 传输加密/权限 | 日志保存 | 征信接口 | 免费维护期 | 维护范围 |
  监管政策适配 | 技术支持 | 响应时间 | 终身技术咨询 | 写入合同 | 维保期满年费 | 源码交付 | 备注（杨帆）, six vendor rows (the sixth
  不参与), the 意见 line below. Frozen at D5.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: most cells of rows 2–5 are references, not values — '同云岩' copies 云岩's cell (南明's 含税, modules, SM4, HTTPS + RBAC, 12-month
  logs, upgrades, 7×24, 2 h, consulting, contract, 2.4万/年, full source), '同南明' copies 南明's cell even where that says '同云岩'
  (花溪's 7×24; 白云's 百行 + 朴道), '同上' is the row above (乌当's support = 白云's 5×8, not 云岩's 7×24), '同白云' is 白云's (乌当's
  bug-only maintenance), and '比云岩多3个月' / '比云岩少6个月' / '比云岩慢2小时' / '只有云岩的一半' are 15 / 6 / 4 / 6; the 简称 column is
  no vendor name; 云岩, the fully written base row, is only 备案证明申请中 (unverified, not fail); 白云 19.8万 不含税 6% plus its
  must-have 风控模型 as a 1.2万 不含税 option = 222,600 (conditional, added), bug-only maintenance, 重大监管政策调整另行报价, 5×8/4h;
  花溪 (his pick, 18.5万) only claims (符合等保三级要求, 国密算法, 各类征信, 长期保存, 终身维护: unverified), gets 智能客服机器人 +
  区块链存证 for free (bloat) and encrypts its risk engine (partial); 乌当 13.6万 (caution zone) with AES, 3-month logs, 6 months,
  次日 and a server-bound licence; 清镇 不参与 (not listed); '15%' and '5000元/次' are no prices.""",
        "personal_credit", [name], "贵阳南明信科技术有限公司",
        "南明 proves every gate (its own 备案证明52010243007-24011; through '同云岩' SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month "
        "logs; 百行 + 朴道), has every must-have plus 反欺诈 and no bloat, and gives 15 months ('比云岩多3个月') with upgrades, free "
        "policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract, full unencrypted source — at 216,000 含税 "
        "inside 18–25万 (3 years 216,000 + 2 × 24,000 = 264,000, and 15 months free). 云岩 is as good on paper but its 等保 filing is "
        "only 申请中 (unverified); 白云 is 222,600 含税 with its risk-model option, bug-only maintenance, charged major policy changes "
        "and 5×8/4h; his pick 花溪 (185,000) proves nothing (unverified), pads with bloat and encrypts its risk engine; 乌当 is 136,000 "
        "in the caution zone without SM4, with 3-month logs and no source code; 清镇 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zp_02  商户经营性贷 — 南昌红谷滩恒信小额贷款's 计划财务部 邹敏 saves the shared 比价 workbook as CSV (GBK); the strikethrough is
#        lost, so every corrected cell holds the old value, '（作废）' (once '(作废)'), then the new one — on one line or on the next.
#        One vendor's row is void as a whole (修改记录: 来函退出). The 经办人备注 column and her 意见 line are hers.
# ---------------------------------------------------------------------------------------------
ZP02_HEAD = ["序号", "供应商名称", "报价金额（元）", "含税情况", "功能模块", "等保测评", "数据安全", "征信接口", "免费维护期", "维护内容",
             "监管政策适配", "技术支持及响应", "终身技术咨询", "承诺写入合同", "维保期满后费用", "源码交付", "修改记录", "经办人备注"]
ZP02_ROWS = [
    ["1", "南昌青山湖智融科技有限公司", "318000（作废） 296000", "含税（增值税6%专票）",
     "企业征信（人行企业征信、百行）、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理",
     "等保三级，备案证明36010943012-24008", "国密SM4加密（身份证号、手机号、对公账号）；HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月",
     "中国人民银行征信中心、百行征信", "6个月（作废） 12个月", "缺陷修复及小版本升级", "监管政策调整免费适配",
     "5×8，4小时内响应（作废）\n7×24小时，2小时内响应（指定工程师）", "提供", "全部写入合同", "3万元/年（作废） 2.8万元/年",
     "完整源码，无加密，可二次开发", "11-21初报；11-28二次报价（降价、维护延长到12个月、改7×24）", "二次报价后都补齐了"],
    ["2", "南昌西湖数据服务有限公司", "268000", "含税(作废) 不含税，增值税6%（12-01对方邮件更正）",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、数据大屏", "等保三级，证书编号36010343006-23014",
     "SM4加密（身份证号、手机号）；HTTPS；角色权限；日志保存12个月", "百行征信、朴道征信", "12个月",
     "含小版本升级（作废） 仅修复缺陷，升级另计", "监管政策调整免费适配", "7×24小时，2小时内响应", "提供", "写入合同", "按合同额12%/年",
     "完整源码", "11-20初报；12-01对方更正计税方式和维护内容", "不含税，要加6%"],
    ["3", "南昌东湖云贷网络科技有限公司", "248000（作废）　228000", "含税",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、区块链存证（赠送）、元宇宙营销展厅（赠送）",
     "等保三级（作废） 按等保三级标准设计，可协助测评", "采用国密算法加密；HTTPS；完善的权限体系；日志长期保存", "可对接各大征信平台",
     "1年（作废） 终身维护", "全面维护", "积极配合", "7×24小时，第一时间响应", "终身免费", "可协商", "签约时商定",
     "源码交付（风控引擎为加密组件）", "11-22初报；11-29降价2万并加送两个模块；12-02对方把等保一栏改成按标准设计",
     "降价后最便宜，送得也多"],
    ["4", "南昌青云谱数科信息技术有限公司", "265000（作废） 面议（需求变更后对方要求重新调研再报价）", "含税",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、API开放平台", "等保三级，备案证明36010443009-24002",
     "SM4加密（身份证号、手机号、银行卡号）；HTTPS；RBAC角色权限；日志保存12个月", "中国人民银行征信中心、朴道征信", "12个月",
     "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24小时，1小时内响应", "提供", "写入合同", "2.6万元/年", "完整源码，无加密",
     "11-21初报；11-30我方补充放款对账需求，原报价作废，待重新报价", "等新报价"],
    ["5", "南昌湾里快贷软件有限公司", "128000（作废） 96000", "含税",
     "企业征信、银行流水分析、电子合同（作废）、风控审批、还款管理、用户管理", "等保三级（作废） 等保二级", "AES加密；HTTPS；日志保存3个月",
     "百行征信", "3个月", "仅修复缺陷", "按次收费", "工作日QQ群", "不提供", "—", "按次收费", "仅授权使用（授权绑定域名）",
     "11-23初报；11-29降价到9.6万，同时去掉电子合同；12-01核实等保为二级", "价格太低了"],
    ["6", "南昌进贤汇达科技有限公司", "275000（作废）", "含税（作废）", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理（作废）",
     "等保三级，备案证明36012443001-24010（作废）", "（作废）", "（作废）", "12个月（作废）", "（作废）", "（作废）", "（作废）", "（作废）",
     "（作废）", "（作废）", "（作废）", "11-24初报；11-30来函退出，本行整行作废", "已退出"],
]


def build_zp02():
    name = "zp_02_ml_zuofei_csv.csv"
    rows = [["南昌红谷滩恒信小额贷款有限公司 经营贷系统源码 供应商比价（第二版）"],
            ["说明：原表在共享盘上用删除线改过，另存为CSV后删除线没了。改过的格子里旧内容后面标了“（作废）”，以“（作废）”后面的内容为准；"
             "整行作废的见“修改记录”。计划财务部 邹敏 2025-12-03"],
            [],
            ZP02_HEAD]
    for row in ZP02_ROWS:
        assert len(row) == len(ZP02_HEAD), row[1]
        rows.append(row)
    rows.append([])
    rows.append(["本公司只做南昌本地商户经营贷，无跨境业务。"])
    rows.append(["邹敏意见：东湖云贷从24.8万降到22.8万，还加送区块链存证和元宇宙营销展厅，售后是终身维护，建议首选；青山湖备选。"])
    write_csv(name, rows, "gbk")

    vendors = [
        good("南昌青山湖智融科技有限公司", 296000,
             "'318000（作废） 296000' — the old price is void: 296,000 含税（6%专票） inside 25–35万; 企业征信 (人行企业征信 + 百行), "
             "银行流水分析, 电子合同, 风控审批, 还款计划及提醒, 用户管理, no bloat; 等保三级备案证明36010943012-24008; SM4 on ID/mobile/"
             "对公账号; HTTPS TLS1.2; RBAC; logs 12个月; 人行 + 百行; '6个月（作废） 12个月' = 12; 小版本升级; 政策免费; '5×8，4小时内响应"
             "（作废）' then '7×24小时，2小时内响应（指定工程师）' = 7×24 / 2 h; 终身咨询 提供; 全部写入合同; '3万元/年（作废） 2.8万元/年' = "
             "28,000; 完整源码 无加密.",
             ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=28000,
             source_code_delivery="full"),
        dict(vendor="南昌西湖数据服务有限公司", gate="pass", price=284080,
             why="'268000' with '含税(作废) 不含税，增值税6%' — the corrected tax basis: 268,000 × 1.06 = 284,080 inside 25–35万; 企业征信, "
                 "银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理, 数据大屏 (deferrable, no bloat); 等保三级证书36010343006-23014; SM4 "
                 "(ID, mobile); HTTPS; 角色权限; logs 12个月; 百行 + 朴道; 12个月; '含小版本升级（作废） 仅修复缺陷，升级另计' — the good "
                 "old term is void: bug-only, upgrades extra (conditional); 政策免费; 7×24, 2小时; 终身咨询 提供; 写入合同; '按合同额12%/年' "
                 "(no amount); 完整源码. '12-01' is a date.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="stated", support_7x24="stated",
                         response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "no_licensed_credit_bureau", "maintenance_under_12m", "policy_adaptation_charged", "no_7x24",
                            "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor="南昌东湖云贷网络科技有限公司", gate="unverified", price=228000,
             why="'248000（作废）　228000' = 228,000 含税 (below the 25–35万 band, above 15万); '等保三级（作废） 按等保三级标准设计，可协助测评' "
                 "— the void '等保三级' is no certificate, what stands is a design claim (claimed: unverified); '采用国密算法加密' (which? "
                 "claimed); '可对接各大征信平台' (no body: claimed); '日志长期保存' (claimed); '1年（作废） 终身维护' — the concrete 12 months is "
                 "void, what stands is a boast (claimed); HTTPS and 7×24 stated; '完善的权限体系', '全面维护', '积极配合', '第一时间响应', "
                 "'终身免费', '可协商', '签约时商定' state nothing; 区块链存证、元宇宙营销展厅 赠送 (bloat); '风控引擎为加密组件' (partial). "
                 "The 备注 and the 意见 line ('建议首选') are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + ["blockchain_evidence", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX),
        dict(vendor="南昌青云谱数科信息技术有限公司", gate="unverified", price="null",
             why="'265000（作废） 面议（需求变更后对方要求重新调研再报价）' — the old price is void and the new one is 面议: no price (unknown: "
                 "unverified, price missing; 265,000 must not be used); every other term stated and good: 等保三级备案证明36010443009-24002, "
                 "SM4 on ID/mobile/bank card, HTTPS, RBAC, logs 12个月, 人行 + 朴道, all three must-haves + core + API开放平台 (deferrable), "
                 "12个月 with 小版本升级, 政策免费, 7×24 within 1小时, 终身咨询, 写入合同, 2.6万元/年, 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "claimed",
                   "conditional"] + AFTER_BAD),
        dict(vendor="南昌湾里快贷软件有限公司", gate="fail", price=96000,
             why="'128000（作废） 96000' = 96,000 含税 (under 10万 — the void 128,000 would only have been the caution zone); the module list "
                 "holds '电子合同（作废）': the must-have was dropped with the price cut (修改记录 '去掉电子合同') — absent: fail; '等保三级（作废） "
                 "等保二级' = 二级 (fail); 'AES加密' (no SM4); HTTPS; logs 3个月 (under 6); 百行; 3个月; '仅授权使用（授权绑定域名）' (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, audit_log_months=3, free_maintenance_months=3,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"),
             fin=["enterprise_credit", "cashflow_analysis", "risk_approval", "repayment_management", "user_management"],
             fex=["contract_management"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "source_licence_only"],
             flex=["price_below_15w", "price_missing"]),
    ]
    write_toml(
        "zp_02_ml_zuofei_csv.toml",
        """Voice: 邹敏 of the 计划财务部 at 南昌红谷滩恒信小额贷款 (local merchant operating loans, no cross-border business) saves the
  shared 比价 workbook as CSV on 2025-12-03; the 经办人备注 column and her 意见 line at the foot are hers.
Layout: GBK CSV — a title line, a 说明 line (the strikethrough was lost in the CSV, so the old content of a corrected cell is
  followed by '（作废）' and what comes after it counts; whole-row voids are in 修改记录), a blank line, header 序号 | 供应商名称 |
  报价金额（元） | 含税情况 | 功能模块 | 等保测评 | 数据安全 | 征信接口 | 免费维护期 | 维护内容 | 监管政策适配 | 技术支持及响应 | 终身技术咨询 |
  承诺写入合同 | 维保期满后费用 | 源码交付 | 修改记录 | 经办人备注, six vendor rows (the sixth withdrawn, all its cells void), a blank
  line, the business line and her 意见 line. Old and new values share a cell: separated by a space, an ideographic space or a
  line break; one marker is half-width '(作废)'.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: in every corrected cell the value before '（作废）' is void and the one after it counts — 青山湖 296,000 (not 318,000), 12
  months (not 6), 7×24 / 2 h (not 5×8 / 4 h), 28,000/年 (not 30,000); 西湖 '含税(作废) 不含税，增值税6%' = 268,000 × 1.06 = 284,080 and
  '含小版本升级（作废） 仅修复缺陷，升级另计' (bug-only, conditional — the good old term is void); 东湖 (her pick) 228,000, its
  '等保三级（作废）' gives way to '按等保三级标准设计' and '1年（作废）' to '终身维护' (claims: unverified), with 区块链存证 + 元宇宙营销展厅
  赠送 (bloat) and an encrypted risk engine (partial); 青云谱 '265000（作废） 面议' has no price (unverified, price missing — not
  265,000) though every term is proven; 湾里 '128000（作废） 96000' is under 10万, '电子合同（作废）' inside its module list removes a
  must-have and '等保三级（作废） 等保二级' is 二级 (fail); 进贤 withdrew — its row is void as a whole (not listed, 275,000 is no
  quote); the dates in 修改记录, '12%' and the filing numbers are no prices.""",
        "merchant_loan", [name], "南昌青山湖智融科技有限公司",
        "青山湖 (as corrected) proves every gate (备案证明36010943012-24008, SM4 on ID/mobile/对公账号, HTTPS, RBAC, 12-month logs, 人行 + "
        "百行), has every must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a "
        "named engineer, lifetime consulting, all in the contract, full unencrypted source — at 296,000 含税 inside 25–35万 (3 years "
        "296,000 + 2 × 28,000 = 352,000). 西湖 is 284,080 含税 once its corrected tax basis is applied, with bug-only maintenance after "
        "its correction; her pick 东湖 (228,000) proves nothing once the void text is dropped (unverified), with bloat and an "
        "encrypted risk engine; 青云谱 has no valid price (面议); 湾里 fails (9.6万, 二级, no 电子合同); 进贤 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zp_03  消费分期 — 西安雁塔长安惠民小额贷款's 运营管理部 孟凡 rates the vendors for the board: price, modules and security have
#        columns, but after-sales terms and source delivery live only in one 综合评价 cell per vendor, the vendor's words in 「」
#        and his own opinion around them. The ★ column and the 结论 line are his.
# ---------------------------------------------------------------------------------------------
ZP03_HEAD = ["序号", "服务商", "报价", "报价内模块", "资质与安全（按对方材料）", "综合评价\n（「」内为服务商原话，其余为本人看法）", "推荐指数"]
ZP03_ROWS = [
    ["1", "西安高新分期云科技有限公司", "26.8万（含税，6%专票）", "商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理",
     "等保三级，备案证明61019043015-24002；国密SM4（身份证号、手机号、银行卡号）；HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月；"
     "征信：百行征信、朴道征信",
     "价格在预算里偏上。售后对方承诺「免费维护12个月，包含缺陷修复和小版本升级」，「监管政策调整免费适配」，「7×24小时技术支持，2小时内"
     "响应，指定专属工程师」，「提供终身技术咨询」，「上述承诺全部写入合同」，「维保期满后年服务费2.5万元/年」；源码方面「交付完整源码，"
     "无加密，可二次开发」。我担心他们西安本地只有两个工程师，真出事可能响应不过来，而且感觉维保费以后会涨。", "★★★★"],
    ["2", "西安曲江易购分期信息技术有限公司", "22.6万（不含税，税率13%）", "商品管理、分期计算器、订单管理、还款管理、风控审批、用户管理",
     "等保三级，证书编号61011343008-23010；SM4加密（身份证号、手机号）；HTTPS；角色权限；日志保存6个月；征信：百行征信",
     "对方写的是「免费维护6个月，仅修复缺陷，版本升级另计」，我估计谈一谈能给到12个月。「监管政策调整免费适配」。「5×8（工作日）技术支持，"
     "4小时内响应」，不过销售说晚上直接打他手机也行，我看跟7×24差不多。「提供终身技术咨询」「承诺写入合同」「期满后年服务费按合同额15%/年」"
     "「交付完整源码」。", "★★★"],
    ["3", "西安未央速分期网络科技有限公司", "19.8万（含税）",
     "商品管理、分期计算器、还款管理、风控审批、用户管理、智能客服机器人（赠送）、元宇宙营销展厅（赠送）；订单跟踪为选配，另加3万元（含税）",
     "按等保三级标准开发，可协助测评；采用国密算法；HTTPS；权限管理完善；日志长期保存；支持对接主流征信机构",
     "最便宜，送的东西最多，演示也最好看。对方说「终身维护，全面维护」「政策调整我们积极配合」「7×24小时服务，第一时间响应」「终身免费咨询」"
     "「合同条款都可以谈」，源码是「源码交付，风控SDK为加密组件」。等保我觉得肯定没问题，他们客户很多；维护我理解就是终身免费，12个月"
     "肯定有。推荐首选。", "★★★★★"],
    ["4", "西安灞桥分期通软件有限公司", "14.5万（含税）", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
     "等保三级，备案证明61011143004-24006；SM4加密（身份证号、手机号）；HTTPS；RBAC角色权限；日志保存6个月；征信：百行征信",
     "价格最实在。条款是「免费维护12个月，含小版本升级」「政策适配按次收费」「5×8技术支持，4小时内响应」「不提供终身技术咨询」「以上写入合同」"
     "「期满后年服务费1.5万元/年」，源码「部分源码，风控模块以加密包提供」。我觉得我们这种规模够用了，政策适配应该也不会常有。", "★★★"],
    ["5", "西安长安速达科技有限公司", "8.8万（含税）", "商品管理、订单管理、还款管理、用户管理", "等保二级；数据未加密；HTTPS；日志保存3个月",
     "对方说「分期计算器需要定制开发，另行报价」「免费维护3个月，只修bug」「仅授权使用，授权绑定域名」。太便宜了，不考虑。", "★"],
    ["6", "西安临潼华创信息技术有限公司", "—", "—", "—", "对方回复「我们暂时不承接小贷类项目，抱歉」，不参与。", "—"],
]


def build_zp03():
    name = "zp_03_ci_zonghe_pingjia_yinhao.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "服务商评价"
    widths(ws, [5, 28, 18, 34, 44, 70, 10])
    _text(ws, 1, 1, 7, "西安雁塔长安惠民小额贷款有限公司 消费分期系统源码 服务商评价表", font=TITLE)
    _text(ws, 2, 1, 7,
          "运营管理部 孟凡，2025-12-12，供董事会参考。我们做手机、家电分期，不做跨境。售后和源码情况都写在综合评价里：「」里是对方报价单或"
          "销售的原话，其余是我自己的判断；推荐指数也是我个人打的。", height=36)
    put_row(ws, 4, ZP03_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[4].height = 36
    for i, row in enumerate(ZP03_ROWS, start=5):
        assert len(row) == len(ZP03_HEAD), row[1]
        put_row(ws, i, row)
        ws.cell(row=i, column=7).fill = YELLOW
        ws.cell(row=i, column=1).fill = GREY
        ws.row_dimensions[i].height = 120 if row[0] != "6" else 24
    r = 5 + len(ZP03_ROWS) + 1
    _text(ws, r, 1, 7,
          "结论（孟凡）：建议首选未央速分期（19.8万最便宜，送智能客服和元宇宙展厅，★★★★★），备选高新分期云（26.8万）。长安速达太便宜不考虑，"
          "临潼华创不参与。", font=BOLD, height=30)
    ws.freeze_panes = "C5"
    _save(wb, name)

    vendors = [
        good("西安高新分期云科技有限公司", 268000,
             "'26.8万（含税，6%专票）' = 268,000 inside 20–30万; 商品管理, 分期计算器, 订单跟踪, 还款计划及提醒, 风控审批, 用户管理, no "
             "bloat; 等保三级备案证明61019043015-24002; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 12个月; 百行 + 朴道; 综合评价 "
             "in 「」: 12个月 with 小版本升级, 政策免费适配, 7×24 within 2小时 (named engineer), 终身咨询, 全部写入合同, 2.5万元/年, 完整源码 "
             "无加密. '怕响应不过来' and '维保费以后会涨' are the buyer's worries, not the vendor's terms.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=25000,
             source_code_delivery="full"),
        dict(vendor="西安曲江易购分期信息技术有限公司", gate="pass", price=255380,
             why="'22.6万（不含税，税率13%）' = 226,000 × 1.13 = 255,380 inside 20–30万; 商品管理, 分期计算器, 订单管理, 还款管理, 风控审批, "
                 "用户管理; 等保三级证书61011343008-23010; SM4 (ID, mobile); HTTPS; 角色权限; logs 6个月 (not under 6); 百行; in 「」: '免费维护"
                 "6个月，仅修复缺陷，版本升级另计' (6 months; upgrades extra: conditional) — '能给到12个月' is his guess; 政策免费适配; '5×8"
                 "（工作日）技术支持，4小时内响应' — '我看跟7×24差不多' is his opinion, the vendor wrote 5×8; 终身咨询; 写入合同; '按合同额15%/年' "
                 "(no amount); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="stated", support_7x24="stated",
                         response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "no_licensed_credit_bureau", "policy_adaptation_charged", "no_lifetime_consulting", "not_in_contract",
                            "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="西安未央速分期网络科技有限公司", gate="unverified", price=228000,
             why="'19.8万（含税）' and the must-have 订单跟踪 '选配，另加3万元（含税）' (conditional, added): 198,000 + 30,000 = 228,000 inside "
                 "20–30万 — not his '19.8万最便宜'; '按等保三级标准开发，可协助测评' (claimed: unverified) — '等保我觉得肯定没问题' is his "
                 "opinion; '采用国密算法' (which? claimed); '支持对接主流征信机构' (no body: claimed); '日志长期保存' (claimed); 「终身维护，全面"
                 "维护」 (claimed — '维护我理解就是终身免费，12个月肯定有' is his reading, not a term); HTTPS and 「7×24小时服务」 stated; "
                 "'权限管理完善', 「积极配合」, 「第一时间响应」, 「终身免费咨询」, 「合同条款都可以谈」 state nothing; 智能客服机器人 + "
                 "元宇宙营销展厅 赠送 (bloat); 「风控SDK为加密组件」 (partial). The ★★★★★ and the 结论 are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=CI + ["ai_customer_service", "metaverse_marketing"],
             flin=["claimed", "conditional", "bloat_features", "source_partial"], flex=CLAIM_FLEX),
        dict(vendor="西安灞桥分期通软件有限公司", gate="pass", price=145000,
             why="'14.5万（含税）' = 145,000 (caution zone, just under 15万: cheaper is not better); all three must-haves + core; 等保三级"
                 "备案证明61011143004-24006 (stated); SM4 (ID, mobile); HTTPS; RBAC; logs 6个月 (not under 6); 百行; in 「」: 12个月 with "
                 "小版本升级; '政策适配按次收费' (charged — '应该也不会常有' is his guess); 5×8, 4小时; '不提供终身技术咨询'; 写入合同; "
                 "1.5万元/年; '部分源码，风控模块以加密包提供' (partial).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=15000, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                   "source_partial"],
             flex=NOGATE + ["price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades", "not_in_contract",
                            "bloat_features", "source_licence_only"]),
        dict(vendor="西安长安速达科技有限公司", gate="fail", price=88000,
             why="'8.8万（含税）' = 88,000 (under 10万); modules 商品管理, 订单管理, 还款管理, 用户管理 and 「分期计算器需要定制开发，另行报价」 "
                 "— a must-have not in the product and with no price (absent: fail); '等保二级' (fail); '数据未加密' (no SM4); HTTPS; logs "
                 "3个月 (under 6); 「免费维护3个月，只修bug」; 「仅授权使用，授权绑定域名」 (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, audit_log_months=3, free_maintenance_months=3,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "order_tracking"], fex=["installment_calculator"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "source_licence_only"],
             flex=["price_below_15w", "price_missing"]),
    ]
    write_toml(
        "zp_03_ci_zonghe_pingjia_yinhao.toml",
        """Voice: 孟凡 of the 运营管理部 at 西安雁塔长安惠民小额贷款 (instalments for phones and appliances, no cross-border business)
  rates the vendors for the board on 2025-12-12; the opinion around the 「」 quotes, the 推荐指数 stars and the 结论 line are his.
Layout: sheet 服务商评价 — title, his note row (after-sales and source delivery are only in 综合评价; 「」 = the vendor's quote sheet
  or salesman verbatim, the rest is his judgement), header 序号 | 服务商 | 报价 | 报价内模块 | 资质与安全（按对方材料） | 综合评价（「」内为
  服务商原话，其余为本人看法） | 推荐指数, six vendor rows (the sixth declined in 「」), a 结论 line below. Frozen at C5.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: every after-sales value (maintenance months and scope, policy adaptation, support hours, response, consulting, contract,
  yearly fee, source delivery) is only in the 「」 fragments of one prose cell — the buyer's words around them are no terms: 曲江
  writes 「5×8（工作日）技术支持，4小时内响应」 and 「免费维护6个月，仅修复缺陷，版本升级另计」 while he adds '我看跟7×24差不多' and
  '能给到12个月' (5×8, 6 months, bug-only: conditional); 22.6万 不含税 13% = 255,380; 高新分期云's '怕响应不过来' and '维保费以后会涨'
  are worries, its terms are all good; 未央 (his ★★★★★ pick, '19.8万最便宜') adds its must-have 订单跟踪 as a 3万 含税 option
  (228,000, conditional), only claims (按等保三级标准开发, 国密算法, 主流征信, 日志长期保存, 「终身维护」: unverified — '等保我觉得肯定没问题'
  and '维护我理解就是终身免费，12个月肯定有' are his), gets 智能客服机器人 + 元宇宙营销展厅 赠送 (bloat) and 「风控SDK为加密组件」 (partial);
  灞桥 14.5万 (caution zone) with paid policy changes, 5×8/4h, no consulting and partial source; 长安速达 8.8万 with 等保二级 and
  「分期计算器需要定制开发，另行报价」 (absent: fail), licence only; 临潼华创 declined (not listed); the stars, '15%' and the filing
  numbers are no prices.""",
        "consumer_installment", [name], "西安高新分期云科技有限公司",
        "高新分期云 proves every gate (备案证明61019043015-24002, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 百行 + 朴道), "
        "has all three instalment must-haves and no bloat, and in its own words gives 12 months with upgrades, free policy adaptation, "
        "7×24 within 2 hours by a named engineer, lifetime consulting, all in the contract, full unencrypted source — at 268,000 含税 "
        "inside 20–30万 (3 years 268,000 + 2 × 25,000 = 318,000). 曲江 is 255,380 含税 with 6 months bug-only and 5×8/4h whatever the "
        "buyer hopes; his pick 未央 is 228,000 with its 订单跟踪 option and proves nothing (unverified), with bloat and an encrypted "
        "risk SDK; 灞桥 is 145,000 in the caution zone with paid policy changes and partial source; 长安速达 fails; 临潼华创 declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zp01, build_zp02, build_zp03):
        build()
    print("built zp_01 … zp_03 into", HERE)
