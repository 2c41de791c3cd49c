"""Build the "zm" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a vendors-as-rows sheet pasted from an 询价平台 export and then mangled by Excel — 报价日期 turned into
date serial numbers (45971 …), 备案证明编号 and phone numbers shown in scientific notation (3.60102E+15, 1.38700E+10), amounts
kept as text with a leading apostrophe or with thousands separators in the wrong places ('228,000, 1,86,000, 19,5000, 8,8000),
one yearly fee as 2.40E+04 (zm_01); a vendors-as-columns 比选表 whose first column mixes numbered section headings (一、商务报价 …)
with the item rows, and one vendor's column split into two sub-columns V1 (first quote) and V2 (the final quote, '同V1' where
nothing changed) (zm_02); a 核查表 with vendors as rows in which every yes/no item is a pair of 是 | 否 columns under a merged
item heading, the answer being a '√' in one of them (both empty = no answer), next to text columns, and a price cell holding
'base / with all options' ('23.5万 / 26.8万（含全部选配）') (zm_03). The expected reading of every file is in the matching
zm_0N_*.toml, written from the file's content and shared/domain.md only; the author neither ran the product on these files nor
read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zm.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zm_
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_toml  # noqa: E402

CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_OK = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
            "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
            "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]
SECTION = PatternFill("solid", fgColor="D9E1F2")


def _text(ws, r, c1, c2, text, *, font=None, height=None, fill=None):
    c = ws.cell(row=r, column=c1, value=text)
    c.alignment = LEFT
    c.font = font or Font()
    if fill:
        c.fill = fill
    if c2 > c1:
        ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    if height:
        ws.row_dimensions[r].height = height


def _serial(y, m, d):
    """The number Excel keeps for a date once the cell's date format is lost."""
    return (date(y, m, d) - date(1899, 12, 30)).days


# ---------------------------------------------------------------------------------------------
# zm_01  个人信用贷 — 九江浔阳融信小额贷款's 合规风控部 专员 周敏 pastes the vendors' answers from the 询价平台 export into one sheet
#        and Excel mangles it: dates become serial numbers, certificate and phone numbers scientific notation, amounts text with
#        a leading apostrophe or commas in the wrong places. The 合规部意见 column and the 结论 line are the buyer's.
# ---------------------------------------------------------------------------------------------
ZM01_HEAD = ["序号", "供应商名称", "报价日期", "报价金额（元）", "计税方式", "选配/另计", "功能模块", "等保三级", "备案证明编号", "数据加密",
             "传输加密", "权限管理", "日志保存（月）", "征信机构", "免费维护（月）", "维护范围", "政策适配", "技术支持", "响应时限",
             "终身技术咨询", "写入合同", "期满年费（元/年）", "源码交付", "联系人", "联系电话", "合规部意见"]
# cells: value, or ("qp", text) for a text cell Excel shows with its hidden quote prefix, or ("sci", number) for a number shown
# in scientific notation
ZM01_ROWS = [
    [1, "南昌红谷数科有限公司", _serial(2025, 11, 10), "'228,000", "含税（6%专票）", "无",
     "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及还款提醒、风控审批流、用户管理",
     "已取得", ("sci", 3601024301224000), "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC角色权限", 12,
     "中国人民银行征信中心、百行征信", 12, "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24", "2小时内（指定工程师）", "提供",
     "全部写入合同", ("sci", 24000), "完整源码，无加密，可二次开发", "刘工", ("sci", 13870012345), "资料齐全，价格偏高"],
    [2, "赣州章贡网络科技有限公司", _serial(2025, 11, 12), ("qp", "1,86,000"), "含税", "无（智能客服机器人、区块链存证免费赠送）",
     "个人征信、AI智能风控、反欺诈、还款管理、风控审批、用户管理、智能客服机器人、区块链存证",
     "满足等保三级要求，可协助客户测评", "", "国密算法加密", "HTTPS", "完善的权限管理", "长期保存", "支持对接征信", "终身维护",
     "全面维护", "积极配合", "7×24", "第一时间响应", "终身免费", "可协商", "签约时商定", "源码交付（核心风控引擎加密）", "钟经理",
     ("sci", 15979008866), "价格合适，功能最多，还送智能客服和区块链，建议首选"],
    [3, "上饶信州软件有限公司", _serial(2025, 11, 11), "'19,5000", "不含税（增值税税率13%）",
     "风控模型（评分卡）为选配，另加20000元（不含税）",
     "个人征信接口（百行征信）、风控模型（评分卡，选配）、反欺诈规则、还款计划及提醒、风控审批、用户管理、营销插件",
     "已取得", ("sci", 3611024300523000), "SM4（身份证号、手机号）", "HTTPS", "角色权限", 6, "百行征信", 12, "仅修复缺陷，不含升级",
     "一般调整免费，重大监管政策调整另行报价", "5×8（工作日）", "4小时内", "提供", "写入合同", "按合同额12%/年", "完整源码", "吴工",
     ("sci", 18979312200), "不含税，风控模型还要另加钱"],
    [4, "萍乡安源信息技术有限公司", _serial(2025, 11, 13), ("qp", "'1,38,000"), "含税", "无",
     "个人征信查询（百行征信）、风控模型（规则引擎）、还款管理、风控审批、用户管理",
     "已取得", ("sci", 3603024300924000), "AES-256", "HTTPS", "角色权限", 3, "百行征信", 6, "仅修复缺陷，不含升级", "按次另计",
     "5×8（工作日）", "次日", "不提供", "写入合同", "按次收费，5,000元/次", "仅授权使用（授权绑定域名，不交付源代码）", "彭经理",
     ("sci", 13907991234), "便宜，但日志只有3个月"],
    [5, "景德镇昌江科技有限公司", _serial(2025, 11, 14), "8,8000", "含税（普票）", "风控模型：无（可二期定制，另行报价）",
     "个人征信查询、还款管理、用户管理", "二级", ("sci", 3604024200123000), "无", "HTTPS", "—", "—", "—", 3, "—", "另计",
     "工作日QQ群", "—", "—", "—", "—", "完整源码", "余总", ("sci", 18607981111), "等保二级，不考虑"],
    [6, "宜春袁州网络科技有限公司", "", "不参与", "—", "—", "—", "—", "", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—",
     "—", "—", "—", "严经理", ("sci", 13879512345), "11-18回复不参与本次报价"],
]


def build_zm01():
    name = "zm_01_pc_excel_mangled_paste.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "供应商报价汇总"
    widths(ws, [5, 24, 10, 13, 16, 26, 44, 18, 13, 24, 14, 13, 10, 22, 10, 18, 22, 12, 16, 10, 12, 14, 26, 8, 13, 26])
    _text(ws, 1, 1, 12, "九江浔阳融信小额贷款有限公司 个人信用贷系统源码 供应商报价汇总", font=TITLE)
    _text(ws, 2, 1, 12,
          "说明：各家答复从询价平台导出后粘贴到本表，报价日期变成了数字，备案证明编号和电话被Excel显示成科学计数法，部分金额是文本"
          "（带'号、逗号位置不对），来不及逐个改，以各家书面报价原件为准。“合规部意见”为我部意见。我司只做个人信用贷，无跨境业务。",
          height=44)
    put_row(ws, 4, ZM01_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[4].height = 30
    for i, row in enumerate(ZM01_ROWS, start=5):
        assert len(row) == len(ZM01_HEAD), row[1]
        plain = [v[1] if isinstance(v, tuple) else v for v in row]
        put_row(ws, i, [None if v == "" else v for v in plain])
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=i, column=c)
            if isinstance(v, tuple) and v[0] == "qp":
                cell.quotePrefix = True
            elif isinstance(v, tuple) and v[0] == "sci":
                cell.number_format = "0.00000E+00" if v[1] > 10 ** 9 else "0.00E+00"
        ws.cell(row=i, column=3).number_format = "General"
        ws.cell(row=i, column=26).fill = YELLOW
        ws.row_dimensions[i].height = 62
    r = 5 + len(ZM01_ROWS) + 1
    _text(ws, r, 1, 12,
          "结论（合规风控部）：建议首选赣州章贡（18.6万含税，功能最全，赠送智能客服机器人和区块链存证），备选南昌红谷（22.8万）。"
          "宜春袁州不参与。请总经理审阅。", font=BOLD, height=30)
    _text(ws, r + 1, 1, 12, "整理：合规风控部 周敏　2025-11-26")
    ws.freeze_panes = "C5"
    _save(wb, name)

    vendors = [
        good("南昌红谷数科有限公司", 228000,
             "报价金额 is the text \"'228,000\" (an apostrophe typed into the cell) 含税（6%专票） = 228,000 inside 18–25万; 个人征信 (人行二代 + "
             "百行), 风控模型 (评分卡+规则引擎), 反欺诈模型, 还款计划/提醒, 风控审批流, 用户管理, no bloat; 等保三级 '已取得' with the 备案证明编号 "
             "mangled to 3.60102E+15 (a certificate number, stated — not a price); SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 12; "
             "人行 + 百行; 12 months with 小版本升级; 政策免费; 7×24; 2小时 named engineer; 终身咨询 提供; 全部写入合同; 期满年费 24000 shown "
             "as 2.40E+04; 完整源码 无加密. The 报价日期 45971 and the phone 1.38700E+10 are no prices.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
        dict(vendor="赣州章贡网络科技有限公司", gate="unverified", price=186000,
             why="报价金额 the text '1,86,000' (commas in the wrong places) 含税 = 186,000 (below the band, above 15万); '满足等保三级要求，可协助"
                 "客户测评' with no certificate number (claimed: unverified); '国密算法加密' (which? claimed); '支持对接征信' (no body: claimed); "
                 "日志 '长期保存' (claimed, no period); '终身维护' (claimed); '完善的权限管理', '全面维护', '积极配合', '第一时间响应', '终身免费', "
                 "'可协商', '签约时商定' state nothing; HTTPS and 7×24 stated; 智能客服机器人 + 区块链存证 赠送 (bloat); '核心风控引擎加密' "
                 "(partial). The 合规部意见 '建议首选' and the 结论 are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="上饶信州软件有限公司", gate="pass", price=242950,
             why="报价金额 the text \"'19,5000\" = 195,000 '不含税（增值税税率13%）' and the must-have 风控模型 '选配，另加20000元（不含税）' "
                 "(conditional, added): (195,000 + 20,000) × 1.13 = 242,950 inside 18–25万; 个人征信接口 (百行), 反欺诈规则, 还款计划及提醒, "
                 "风控审批, 用户管理, 营销插件 (deferrable, no bloat); 等保三级 已取得 (编号 3.61102E+15); SM4 (ID, mobile); HTTPS; 角色权限; "
                 "logs 6 (not under 6); 百行; 12 months '仅修复缺陷，不含升级' (conditional); '重大监管政策调整另行报价' (conditional); 5×8; "
                 "4小时; 终身咨询 提供; 写入合同; '按合同额12%/年' (base — with or without option and tax — not said: no amount); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + CORE + ["marketing_plugins"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "maintenance_under_12m", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor="萍乡安源信息技术有限公司", gate="pass", price=138000,
             why="报价金额 the text \"'1,38,000\" (quote prefix, an apostrophe and misplaced commas) 含税 = 138,000 (caution zone: cheaper is "
                 "not better); 个人征信 (百行), 风控模型 (规则引擎), 还款管理, 风控审批, 用户管理; 等保三级 已取得 (编号 3.603E+15, stated); "
                 "'AES-256' (no SM4); HTTPS; 角色权限; logs 3 (under 6); 百行; 免费维护 6; '仅修复缺陷，不含升级' (conditional); '按次另计' "
                 "(conditional); 5×8; 次日; 终身咨询 不提供; 写入合同; '5,000元/次' (per incident, no yearly fee); '仅授权使用（授权绑定域名，"
                 "不交付源代码）' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional"),
             fin=PC + CORE, fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "not_in_contract", "bloat_features",
                            "source_partial"]),
        dict(vendor="景德镇昌江科技有限公司", gate="fail", price=88000,
             why="报价金额 the text '8,8000' 含税（普票） = 88,000 (under 10万); '风控模型：无（可二期定制，另行报价）' and no 风控模型 in 功能模块 — "
                 "the must-have is absent with no price (fail); 等保三级 column '二级' (fail; its 备案证明编号 3.604E+15 is of a level-2 filing); "
                 "数据加密 '无' (no SM4); HTTPS; 免费维护 3; 工作日QQ群; 完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, free_maintenance_months=3),
             status=dict(mlps_level3="stated"),
             fin=["personal_credit_report", "repayment_management", "user_management"], fex=["risk_model"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "maintenance_under_12m"],
             flex=["price_below_15w"]),
    ]
    write_toml(
        "zm_01_pc_excel_mangled_paste.toml",
        """Voice: 周敏, 专员 in the 合规风控部 of 九江浔阳融信小额贷款 (personal credit only, no cross-border business), pastes the vendors'
  answers from an 询价平台 export into one sheet on 2025-11-26 and says in her note that Excel mangled dates, certificate and phone
  numbers and some amounts; the 合规部意见 column and the 结论 line are hers.
Layout: sheet 供应商报价汇总 — title, her 说明 row, then a vendors-as-rows table (row 4 header, 26 columns: 序号 | 供应商名称 |
  报价日期 | 报价金额（元） | 计税方式 | 选配/另计 | 功能模块 | 等保三级 | 备案证明编号 | 数据加密 | 传输加密 | 权限管理 | 日志保存（月） |
  征信机构 | 免费维护（月） | 维护范围 | 政策适配 | 技术支持 | 响应时限 | 终身技术咨询 | 写入合同 | 期满年费（元/年） | 源码交付 | 联系人 |
  联系电话 | 合规部意见), six vendor rows (the sixth 不参与), a 结论 line and a 整理 line. Frozen at C5.
  Mangling: 报价日期 are bare date serials (45971 … 45975, General format); 备案证明编号 are 16-digit numbers in scientific format
  (3.60102E+15), phones too (1.38700E+10), one yearly fee 24000 formatted 2.40E+04; amounts are text — "'228,000" with a typed
  apostrophe, '1,86,000' and "'1,38,000" behind Excel's quote prefix, "'19,5000", '8,8000'.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: amounts must be read from text whatever the commas and apostrophes (digits only: 228000, 186000, 195000, 138000, 88000);
  the date serials (all under 10万), certificate and phone numbers are never prices; 赣州章贡 (her pick, 18.6万) only claims
  (满足等保三级要求 with no number, 国密算法, 支持对接征信, 长期保存, 终身维护: unverified), gets 智能客服机器人 + 区块链存证 赠送 (bloat)
  and encrypts its core risk engine (partial); 上饶信州 19.5万 不含税 13% plus its must-have 风控模型 as a 2万 不含税 option =
  242,950 (conditional, added) with bug-only maintenance and 重大监管政策调整另行报价; 萍乡安源 13.8万 (caution zone) with AES,
  3-month logs, 6 months, 次日 and a domain-bound licence (no source); 景德镇昌江 8.8万 with 二级 and no 风控模型 (fail); 宜春袁州
  不参与 (not listed); '12%' and '5,000元/次' are no prices.""",
        "personal_credit", [name], "南昌红谷数科有限公司",
        "南昌红谷 proves every gate (等保三级 已取得 with its filing number, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + "
        "百行), has every must-have plus 反欺诈 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 "
        "hours by a named engineer, lifetime consulting, all in the contract, full unencrypted source — at 228,000 含税 inside 18–25万 "
        "(3 years 228,000 + 2 × 24,000 = 276,000). Her pick 赣州章贡 (186,000) proves nothing (unverified), pads with bloat and "
        "encrypts its risk engine; 上饶信州 is 242,950 once 13% VAT and its risk-model option are counted, with bug-only maintenance, "
        "charged major policy changes and 5×8/4h; 萍乡安源 is 138,000 in the caution zone without SM4, with 3-month logs and no source "
        "code; 景德镇昌江 fails; 宜春袁州 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zm_02  商户经营性贷 — 柳州城中商融小额贷款's 信息科技部 主管 覃海燕 keeps a vendors-as-columns 比选表: column A mixes section headings
#        (一、商务报价 … 六、我部意见) with item rows; 南宁青秀 quoted twice, so its heading is merged over two sub-columns V1 (11-14)
#        and V2 (11-27, 最终版) — V2 writes '同V1' where nothing changed. The 信息科技部意见 row and the 结论 line are the buyer's.
# ---------------------------------------------------------------------------------------------
ZM02_VENDORS = ["桂林秀峰网络科技有限公司", "南宁青秀数科有限公司", None, "北海海城信息技术有限公司", "玉林玉州软件有限公司",
                "梧州万秀科技有限公司", "钦州钦南网络科技有限公司"]
ZM02_SUB = [None, "V1（11-14初次报价）", "V2（11-27最终报价，以此为准）", None, None, None, None]
# (label, cells) — cells None: a section heading row
ZM02_ROWS = [
    ("一、商务报价", None),
    ("报价金额", ["26.8万", "26.5万", "29.8万", "23.6万", "25.0万", "13.6万", "11-25邮件撤回报价"]),
    ("计税方式", ["含税（6%）", "不含税，税率6%", "含税（6%专票）", "含税", "不含税，增值税13%", "含税", "—"]),
    ("选配/另计", ["无", "银行流水分析选配，另加3万元（不含税）", "无（银行流水分析已并入标准版）", "无",
               "电子合同模块选配，另加2.8万元（不含税）", "无", "—"]),
    ("二、功能", None),
    ("功能清单", [
        "企业征信（百行企业征信）、银行流水分析、电子合同、风控审批、还款管理、用户管理",
        "企业征信（人行企业征信、百行）、银行流水分析（选配）、电子合同、风控审批、还款计划及提醒、用户管理、数据大屏",
        "同V1（银行流水分析已含）",
        "企业征信、流水分析、电子合同、风控审批、还款管理、用户管理",
        "企业征信、银行流水分析、电子合同（选配）、风控审批、还款管理、用户管理、API开放平台",
        "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
        "—"]),
    ("赠送模块", ["—", "—", "—", "区块链存证、跨境支付通道、智能客服机器人", "—", "—", "—"]),
    ("三、合规与安全", None),
    ("等保三级", ["三级测评已通过，备案证明申请中（预计2026年1月下发）", "等保三级，备案证明45010243015-24011（2024年9月取得）", "同V1",
              "符合等保三级标准，可协助客户测评", "等保三级，证书编号45090043004-23008", "等保三级，备案证明45040243006-23015", "—"]),
    ("数据加密", ["国密SM4（身份证号、手机号、对公账号）", "国密SM4（身份证号、手机号、银行卡号、对公账号）", "同V1", "采用国密加密",
              "SM4（身份证号、手机号）", "AES-256", "—"]),
    ("传输加密", ["HTTPS", "HTTPS（TLS1.2）", "同V1", "HTTPS", "HTTPS", "HTTPS", "—"]),
    ("权限管理", ["RBAC角色权限", "RBAC角色权限", "同V1", "完善的权限体系", "角色权限", "角色权限", "—"]),
    ("日志保存", ["12个月", "12个月，异常操作告警", "同V1", "长期保存", "6个月", "3个月", "—"]),
    ("征信接口", ["百行征信、朴道征信", "中国人民银行征信中心、百行征信", "同V1", "可对接各大征信平台", "百行征信", "百行征信", "—"]),
    ("四、售后服务", None),
    ("免费维护期", ["12个月", "6个月", "12个月", "终身维护", "12个月", "6个月", "—"]),
    ("维护范围", ["缺陷修复＋小版本升级", "仅修复缺陷", "缺陷修复及小版本升级", "全面维护", "仅修复缺陷，不含升级", "仅修复缺陷，不含升级", "—"]),
    ("监管政策适配", ["免费适配", "重大监管政策调整另行报价", "监管政策调整免费适配", "积极配合", "按次另计", "按次收费", "—"]),
    ("技术支持", ["7×24", "5×8（工作日）", "7×24", "7×24", "5×8", "5×8（工作日）", "—"]),
    ("响应时间", ["2小时内", "4小时内", "2小时内，指定工程师", "第一时间响应", "4小时内", "次日", "—"]),
    ("终身技术咨询", ["提供", "提供", "同V1", "终身免费", "提供", "不提供", "—"]),
    ("承诺写入合同", ["写入合同", "写入合同", "全部写入合同", "可协商", "写入合同", "写入合同", "—"]),
    ("维保期满年费", ["2.6万元/年", "按合同额15%/年", "3万元/年", "签约时商定", "按合同额12%/年", "按次收费，5000元/次", "—"]),
    ("五、源码", None),
    ("源码交付", ["完整源码，无加密", "完整源码，无加密，可二次开发", "同V1", "交付源码（风控模块加密）", "完整源码",
              "仅授权使用，绑定服务器，不交付源代码", "—"]),
    ("六、我部意见", None),
    ("信息科技部意见", ["价格适中，等保证书下月就到，建议首选", "V1不含税还要另加流水分析", "V2含税、全含、售后最好，就是贵",
                 "送的模块多，但资料少", "不含税，电子合同要另加钱", "太便宜，日志只有3个月", "已撤回"]),
]


def build_zm02():
    name = "zm_02_ml_fenlan_v1v2_lie.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "供应商比选"
    widths(ws, [16, 28, 26, 28, 26, 26, 26, 18])
    _text(ws, 1, 1, 8, "柳州城中商融小额贷款有限公司 经营贷系统源码 供应商比选表", font=TITLE)
    _text(ws, 2, 1, 8,
          "编制：信息科技部 覃海燕　2025-12-08。南宁青秀报过两版：V1为11月14日初次报价，V2为11月27日最终报价（以V2为准，V2栏"
          "“同V1”表示该项未变）。“信息科技部意见”为我部意见。我司只做本地商户经营贷，无跨境业务。", height=40)
    head = ["项目"] + ZM02_VENDORS
    put_row(ws, 4, head, font=BOLD, fill=BLUE, align=CENTER)
    put_row(ws, 5, [None] + ZM02_SUB, font=BOLD, fill=BLUE, align=CENTER)
    ws.merge_cells("C4:D4")
    for col in (1, 2, 5, 6, 7, 8):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.row_dimensions[4].height = 24
    ws.row_dimensions[5].height = 30
    r = 6
    for label, cells in ZM02_ROWS:
        if cells is None:
            cell = ws.cell(row=r, column=1, value=label)
            cell.font = BOLD
            cell.fill = SECTION
            cell.alignment = LEFT
            for c in range(2, 9):
                ws.cell(row=r, column=c).fill = SECTION
            ws.row_dimensions[r].height = 18
        else:
            assert len(cells) == 7, label
            put_row(ws, r, [label] + cells)
            ws.cell(row=r, column=1).fill = GREY
            if label == "信息科技部意见":
                for c in range(1, 9):
                    ws.cell(row=r, column=c).fill = YELLOW
            ws.row_dimensions[r].height = 44 if label in ("功能清单", "选配/另计", "等保三级") else 28
        r += 1
    r += 1
    _text(ws, r, 1, 8,
          "结论（信息科技部）：建议首选桂林秀峰（26.8万含税，各项都满足，等保备案证明预计2026年1月下发），备选南宁青秀（V2 29.8万含税）。"
          "钦州钦南已撤回报价。请分管副总审定。", font=BOLD, height=30)
    _text(ws, r + 1, 1, 8, "审核：＿＿＿＿　审定：＿＿＿＿")
    ws.freeze_panes = "B6"
    _save(wb, name)

    vendors = [
        good("南宁青秀数科有限公司", 298000,
             "read from the V2 sub-column (11-27, '最终报价，以此为准'), '同V1' taken from V1: '29.8万' 含税（6%专票） = 298,000 inside 25–35万, "
             "'无（银行流水分析已并入标准版）'; 功能 同V1 — 企业征信 (人行 + 百行), 银行流水分析 (now included), 电子合同, 风控审批, 还款计划及提醒, "
             "用户管理, 数据大屏 (deferrable, no bloat); 等保三级备案证明45010243015-24011; SM4 on ID/mobile/bank card/对公账号; HTTPS TLS1.2; "
             "RBAC; logs 12 with alerts; 人行 + 百行; V2's own 12个月, 缺陷修复及小版本升级, 监管政策调整免费适配, 7×24, 2小时 named engineer; "
             "终身咨询 提供; 全部写入合同; 3万元/年; 完整源码 无加密. V1's 26.5万 不含税 + 3万 option (312,700), 6个月, bug-only, 另行报价, "
             "5×8, 4小时 and 15%/年 are superseded.",
             ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=30000,
             source_code_delivery="full"),
        dict(vendor="桂林秀峰网络科技有限公司", gate="unverified", price=268000,
             why="'26.8万' 含税（6%） = 268,000 inside 25–35万; '三级测评已通过，备案证明申请中（预计2026年1月下发）' (in progress: unverified, "
                 "never fail — no worse than a blank); everything else stated and good: SM4 on ID/mobile/对公账号, HTTPS, RBAC, logs 12, 百行 + "
                 "朴道, all three must-haves, 12个月 with 小版本升级, 免费适配, 7×24, 2小时, 终身咨询, 写入合同, 2.6万元/年, 完整源码. The "
                 "'建议首选' and the 结论 are the buyer's.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=2, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flex=NOGATE + ["price_below_15w", "price_over_budget", "conditional"] + AFTER_OK),
        dict(vendor="北海海城信息技术有限公司", gate="unverified", price=236000,
             why="'23.6万' 含税 = 236,000 (below the 25–35万 band, above 15万); '符合等保三级标准，可协助客户测评' (claimed: unverified); "
                 "'采用国密加密' (which? claimed); '可对接各大征信平台' (no body: claimed); 日志 '长期保存' (claimed); '终身维护' (claimed); "
                 "'完善的权限体系', '全面维护', '积极配合', '第一时间响应', '终身免费', '可协商', '签约时商定' state nothing; HTTPS and 7×24 "
                 "stated; 赠送 区块链存证、跨境支付通道、智能客服机器人 (bloat; no cross-border business); '风控模块加密' (partial).",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + ["blockchain_evidence", "overseas_payment", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="玉林玉州软件有限公司", gate="pass", price=314140,
             why="'25.0万' '不含税，增值税13%' and the must-have 电子合同 '选配，另加2.8万元（不含税）' (conditional, added): (250,000 + 28,000) × "
                 "1.13 = 314,140 inside 25–35万; 企业征信, 银行流水分析, 风控审批, 还款管理, 用户管理, API开放平台 (deferrable, no bloat); 等保三级"
                 "证书45090043004-23008; SM4 (ID, mobile); HTTPS; 角色权限; logs 6 (not under 6); 百行; 12个月 '仅修复缺陷，不含升级' "
                 "(conditional); '按次另计' (conditional); 5×8; 4小时; 终身咨询 提供; 写入合同; '按合同额12%/年' (no amount); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "maintenance_under_12m", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor="梧州万秀科技有限公司", gate="pass", price=136000,
             why="'13.6万' 含税 = 136,000 (caution zone); all three must-haves + core; 等保三级备案证明45040243006-23015 (stated); 'AES-256' "
                 "(no SM4); HTTPS; 角色权限; logs 3 (under 6); 百行; 6个月; '仅修复缺陷，不含升级' (conditional); '按次收费' (policy changes "
                 "charged); 5×8; 次日; 终身咨询 不提供; 写入合同; '5000元/次' (per incident, no yearly fee); '仅授权使用，绑定服务器，不交付源代码' "
                 "(licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "not_in_contract", "bloat_features",
                            "source_partial"]),
    ]
    write_toml(
        "zm_02_ml_fenlan_v1v2_lie.toml",
        """Voice: 覃海燕, supervisor in the 信息科技部 of 柳州城中商融小额贷款 (local merchant operating loans, no cross-border business),
  keeps a 比选表 for the deputy GM, dated 2025-12-08; the 信息科技部意见 row and the 结论 line are hers.
Layout: sheet 供应商比选 — title, a note row (南宁青秀 quoted twice; V2 of 11-27 is final; '同V1' = unchanged), then vendors as
  COLUMNS under a two-row header: row 4 项目 | 桂林秀峰 | 南宁青秀 (merged over C:D) | 北海海城 | 玉林玉州 | 梧州万秀 | 钦州钦南, row 5
  only under 南宁青秀: 'V1（11-14初次报价）' | 'V2（11-27最终报价，以此为准）' (the other headers merged down over rows 4–5). Column A
  mixes six shaded section headings with no values (一、商务报价, 二、功能, 三、合规与安全, 四、售后服务, 五、源码, 六、我部意见) and 22
  item rows under them (报价金额 … 信息科技部意见); a 结论 line and a sign-off line. Frozen at B6.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the section headings are no items and no vendors; one vendor spans two columns — only V2 counts and its '同V1' cells take
  V1's value (等保, 加密, 日志, 征信, 咨询, 源码, features), while V1's own price (26.5万 不含税 + 3万 option = 312,700), 6 months,
  bug-only maintenance, 另行报价, 5×8/4h and 15%/年 are superseded — V1 is not a sixth vendor; 桂林秀峰 (her pick, 26.8万, good
  on every other term) only has its 备案证明 申请中 (unverified, never fail); 北海海城 23.6万 only claims (符合等保三级标准, 国密加密,
  各大征信平台, 长期保存, 终身维护: unverified), gives away 区块链存证、跨境支付通道、智能客服机器人 (bloat) and encrypts its risk module
  (partial); 玉林玉州 25.0万 不含税 13% plus its must-have 电子合同 as a 2.8万 不含税 option = 314,140 (conditional, added); 梧州万秀
  13.6万 (caution zone) with AES, 3-month logs, 6 months, 次日 and a server-bound licence; 钦州钦南 withdrew (not listed); '15%',
  '12%', '5000元/次', the dates 11-14 / 11-27 and certificate numbers are no prices.""",
        "merchant_loan", [name], "南宁青秀数科有限公司",
        "南宁青秀's final V2 proves every gate (备案证明45010243015-24011, SM4 on ID/mobile/bank card/对公账号, HTTPS, RBAC, 12-month logs, "
        "人行 + 百行), has every must-have with 流水分析 now in the standard edition and no bloat, and gives 12 months with upgrades, free "
        "policy adaptation, 7×24 within 2 hours by a named engineer, lifetime consulting, all in the contract, full unencrypted source — "
        "at 298,000 含税 inside 25–35万 (3 years 298,000 + 2 × 30,000 = 358,000). Her pick 桂林秀峰 (268,000) is good on paper but its "
        "等保 filing is only 申请中 (unverified); 北海海城 (236,000) proves nothing, pads with bloat and encrypts its risk module; 玉林玉州 "
        "is 314,140 含税 with its contract option, bug-only maintenance, charged policy changes and 5×8/4h; 梧州万秀 is 136,000 in the "
        "caution zone without SM4, with 3-month logs and no source code; 钦州钦南 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zm_03  消费分期 — 银川金凤惠购小额贷款's 运营管理部 经理 马晓东 keeps a 供应商核查表: vendors as rows, every yes/no item a pair of
#        是 | 否 columns under a merged item heading (a '√' in one of them; both empty = not answered), text columns for numbers and
#        names, the price as '基础版 / 含全部选配', a 说明 column of the vendors' own words and the 运营部备注 (the buyer's).
# ---------------------------------------------------------------------------------------------
# ("tick", heading) is a 是/否 pair; ("text", heading) a single column
ZM03_COLS = [
    ("text", "序号"), ("text", "供应商"), ("text", "报价（基础版 / 含全部选配）"), ("text", "计税"), ("text", "选配清单及价格"),
    ("tick", "商品管理"), ("tick", "分期计算器"), ("tick", "订单跟踪"), ("tick", "还款管理"), ("tick", "风控审批"), ("tick", "用户管理"),
    ("tick", "等保三级（已取得备案证明）"), ("text", "备案证明编号"), ("tick", "国密SM4加密"), ("tick", "HTTPS传输加密"),
    ("tick", "权限管理（RBAC）"), ("tick", "持牌征信机构接口"), ("text", "征信机构"), ("text", "日志保存"), ("text", "免费维护期"),
    ("tick", "维护含小版本升级"), ("tick", "监管政策适配免费"), ("tick", "7×24技术支持"), ("text", "响应时限"), ("tick", "终身技术咨询"),
    ("tick", "承诺写入合同"), ("text", "期满年费"), ("tick", "完整源码（无加密）"), ("text", "说明（供应商原话）"), ("text", "运营部备注"),
]
Y, N, U = "是", "否", ""  # answer kinds; U = neither box ticked
ZM03_ROWS = [
    ["1", "银川兴庆数科有限公司", "23.5万 / 26.8万（含全部选配）", "含税（6%）", "积分商城 +2.0万；社交分享 +1.3万",
     Y, Y, Y, Y, Y, Y, Y, "64010443008-24003", Y, Y, Y, Y, "百行征信、朴道征信", "12个月", "12个月", Y, Y, Y, "2小时内（指定工程师）",
     Y, Y, "2.2万元/年", Y,
     "SM4加密身份证号、手机号、银行卡号；全站HTTPS；RBAC角色权限；维护期内缺陷修复及小版本升级；监管政策调整免费适配；完整源码，无加密，可二次开发",
     "资料齐全，价格中等"],
    ["2", "石嘴山大武口网络科技有限公司", "16.8万 / 26.4万（含全部选配）", "含税", "订单跟踪 +3.2万；积分商城 +2.4万；跨境支付通道 +4.0万",
     Y, Y, (Y, "√（选配）"), Y, Y, Y, U, "—", U, Y, U, U, "可对接各大征信", "长期保存", "终身维护", U, U, Y, "第一时间响应", U, U,
     "签约时商定", N,
     "系统按等保三级标准开发，上线后可协助贵司完成测评；采用国密算法加密；完善的权限体系；标准版已含智能客服机器人、区块链存证（赠送）；"
     "全面维护；积极配合监管调整；合同条款可协商；风控引擎以加密SDK交付，其余模块提供源码",
     "基础价最低，全部选配也才26.4万，还送智能客服和区块链，建议首选"],
    ["3", "吴忠利通软件有限公司", "面议 / 面议（需现场调研后报价）", "—", "—",
     Y, Y, Y, Y, Y, Y, Y, "64030043011-24002", Y, Y, Y, Y, "中国人民银行征信中心、百行征信", "12个月", "12个月", Y, Y, Y, "2小时内",
     Y, Y, "2.5万元/年", Y,
     "SM4加密身份证号、手机号；维护含缺陷修复及小版本升级；监管政策调整免费适配；完整源码，无加密",
     "没给价，约了下周上门调研"],
    ["4", "固原原州信息技术有限公司", "19.6万 / 23.9万（含全部选配）", "不含税（增值税税率6%）", "分期计算器 +2.4万；数据大屏 +1.9万（均不含税）",
     Y, (Y, "√（选配）"), Y, Y, Y, Y, Y, "64040043005-23011", Y, Y, Y, Y, "百行征信", "6个月", "12个月", N, N, N, "4小时内",
     Y, Y, "按合同额12%/年", Y,
     "SM4加密身份证号、手机号；维护期内仅修复缺陷，不含升级；一般政策调整免费，重大监管政策调整另行报价；工作日5×8支持；完整源码",
     "不含税，分期计算器还要另买"],
    ["5", "中卫沙坡头科技有限公司", "12.6万 / 15.8万（含全部选配）", "含税", "营销插件 +3.2万",
     Y, Y, N, Y, Y, Y, Y, "64050043002-24006", N, Y, Y, Y, "百行征信", "3个月", "6个月", N, N, N, "次日", N, Y,
     "按次收费，5000元/次", N,
     "数据加密采用AES-256；订单跟踪需二期开发，另行报价；维护期内仅修复缺陷，不含升级；政策调整按次另计；工作日5×8；仅授权使用，授权绑定域名，不交付源代码",
     "便宜，含全部选配也就15.8万"],
    ["6", "石嘴山平罗软件有限公司", "已放弃", "—", "—",
     U, U, U, U, U, U, U, "—", U, U, U, U, "—", "—", "—", U, U, U, "—", U, U, "—", U,
     "12-01电话告知：项目排不开，放弃本次报价", "放弃"],
]


def build_zm03():
    name = "zm_03_ci_shifou_goulie.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "供应商核查表"
    ncols = sum(2 if kind == "tick" else 1 for kind, _ in ZM03_COLS)
    _text(ws, 1, 1, 14, "银川金凤惠购小额贷款有限公司 消费分期系统源码 供应商核查表", font=TITLE)
    _text(ws, 2, 1, 14,
          "填表说明：是否类项目请在“是”或“否”栏打√；两栏都空表示供应商未答复。报价栏为“基础版 / 含全部选配”，选配明细及价格见“选配清单及价格”；"
          "“说明”为供应商原话，“运营部备注”为我部意见。我司做手机、家电分期，无跨境业务。　整理：运营管理部 马晓东　2025-12-03", height=44)
    col = 1
    spans = []
    for kind, heading in ZM03_COLS:
        c = ws.cell(row=4, column=col, value=heading)
        c.font = BOLD
        c.fill = BLUE
        c.alignment = CENTER
        if kind == "tick":
            for k, lab in enumerate(("是", "否")):
                s = ws.cell(row=5, column=col + k, value=lab)
                s.font = BOLD
                s.fill = BLUE
                s.alignment = CENTER
                ws.column_dimensions[get_column_letter(col + k)].width = 5
            ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
            spans.append((kind, col))
            col += 2
        else:
            ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
            wide = {"供应商": 26, "报价（基础版 / 含全部选配）": 22, "选配清单及价格": 26, "说明（供应商原话）": 56, "运营部备注": 26}
            ws.column_dimensions[get_column_letter(col)].width = wide.get(heading, 13)
            spans.append((kind, col))
            col += 1
    assert col - 1 == ncols
    ws.column_dimensions["A"].width = 5
    ws.row_dimensions[4].height = 44
    for i, row in enumerate(ZM03_ROWS, start=6):
        assert len(row) == len(ZM03_COLS), row[1]
        for (kind, c), v in zip(spans, row):
            if kind == "tick":
                ans, mark = v if isinstance(v, tuple) else (v, "√")
                if ans == Y:
                    ws.cell(row=i, column=c, value=mark).alignment = CENTER
                elif ans == N:
                    ws.cell(row=i, column=c + 1, value=mark).alignment = CENTER
            else:
                cell = ws.cell(row=i, column=c, value=v)
                cell.alignment = LEFT
                if c == ncols:
                    cell.fill = YELLOW
        ws.row_dimensions[i].height = 75
    r = 6 + len(ZM03_ROWS) + 1
    _text(ws, r, 1, 14,
          "运营管理部意见：建议首选石嘴山大武口（基础版16.8万最低，含全部选配也只要26.4万，赠送智能客服机器人和区块链存证），"
          "次选银川兴庆（23.5万）。吴忠利通待上门调研后报价，石嘴山平罗已放弃。", font=BOLD, height=30)
    _text(ws, r + 1, 1, 14, "抄送：风控部 杨帆、财务部 丁丽")
    ws.freeze_panes = "C6"
    _save(wb, name)

    vendors = [
        good("银川兴庆数科有限公司", 235000,
             "'23.5万 / 26.8万（含全部选配）' 含税（6%）: the base 235,000 inside 20–30万 — the options (积分商城 +2.0万, 社交分享 +1.3万) are "
             "deferrable, not must-haves, so 26.8万 is not the price; √ in every 是 column: 商品管理, 分期计算器, 订单跟踪, 还款管理, 风控审批, "
             "用户管理; 等保三级备案证明64010443008-24003; SM4 on ID/mobile/bank card; HTTPS; RBAC; 百行 + 朴道; logs 12个月; 12个月 with "
             "小版本升级; 政策免费; 7×24; 2小时 named engineer; 终身咨询; 写入合同; 2.2万元/年; 完整源码 无加密.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
        dict(vendor="石嘴山大武口网络科技有限公司", gate="unverified", price=200000,
             why="'16.8万 / 26.4万（含全部选配）' 含税 and 订单跟踪 ticked '√（选配）' at '订单跟踪 +3.2万' — the must-have is an option "
                 "(conditional, added): 168,000 + 32,000 = 200,000, not 16.8万 and not 26.4万 (积分商城 and 跨境支付通道 are options it "
                 "need not buy); 等保 both boxes empty, 备案证明 '—' and its words '按等保三级标准开发，上线后可协助贵司完成测评' (claimed: "
                 "unverified); SM4 boxes empty, '采用国密算法加密' (which? claimed); 征信 boxes empty, '可对接各大征信' (no body: claimed); "
                 "日志 '长期保存' (claimed); '终身维护' (claimed); '完善的权限体系', '全面维护', '积极配合监管调整', '第一时间响应', '可协商', "
                 "'签约时商定' state nothing; HTTPS and 7×24 ticked 是 (stated); '标准版已含智能客服机器人、区块链存证（赠送）' (bloat); 完整源码 "
                 "ticked 否 with '风控引擎以加密SDK交付，其余模块提供源码' (partial). The 备注 '建议首选' and the 意见 line are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=CI + ["ai_customer_service", "blockchain_evidence"],
             flin=["claimed", "conditional", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="吴忠利通软件有限公司", gate="unverified", price="null",
             why="'面议 / 面议（需现场调研后报价）': no price (unknown: unverified, price missing — not free, not under 10万); every other box "
                 "ticked 是 and every other term stated and good: 等保三级备案证明64030043011-24002, SM4 on ID/mobile, HTTPS, RBAC, 人行 + 百行, "
                 "logs 12个月, all three must-haves, 12个月 with 小版本升级, 政策免费, 7×24, 2小时, 终身咨询, 写入合同, 2.5万元/年, 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "claimed"]
             + AFTER_OK),
        dict(vendor="固原原州信息技术有限公司", gate="pass", price=233200,
             why="'19.6万 / 23.9万（含全部选配）' '不含税（增值税税率6%）' and 分期计算器 ticked '√（选配）' at '分期计算器 +2.4万（不含税）' "
                 "(conditional, added; 数据大屏 +1.9万 is not needed): (196,000 + 24,000) × 1.06 = 233,200 inside 20–30万 — not 23.9万; "
                 "等保三级备案证明64040043005-23011; SM4 (ID, mobile); HTTPS; RBAC; 百行; logs 6个月 (not under 6); 12个月; 维护含升级 ticked "
                 "否 — '仅修复缺陷，不含升级' (conditional); 政策适配 否 — '重大监管政策调整另行报价' (conditional); 7×24 否 (5×8); 4小时内; "
                 "终身咨询 是; 写入合同 是; '按合同额12%/年' (no amount); 完整源码 是.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "maintenance_under_12m", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor="中卫沙坡头科技有限公司", gate="fail", price=126000,
             why="'12.6万 / 15.8万（含全部选配）' 含税: the base 126,000 (caution zone; the 15.8万 with 营销插件 is not the price and does not lift "
                 "it out); 订单跟踪 ticked 否 with '订单跟踪需二期开发，另行报价' — a must-have absent with no price (fail); 等保三级备案证明"
                 "64050043002-24006 (stated); SM4 否, 'AES-256'; HTTPS; RBAC; 百行; logs 3个月 (under 6); 6个月; 维护含升级 否 ('不含升级'); "
                 "政策 否 ('按次另计'); 7×24 否; 次日; 终身咨询 否; 写入合同 是; '5000元/次' (per incident, no yearly fee); 完整源码 否 — "
                 "'仅授权使用，授权绑定域名，不交付源代码' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated"),
             fin=["product_management", "installment_calculator"], fex=["order_tracking"] + BLOAT,
             flin=["price_below_15w", "missing_must_have", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "source_licence_only"],
             flex=["no_mlps_level3", "price_below_10w", "price_missing", "price_over_budget", "no_tls", "no_access_control",
                   "not_in_contract", "bloat_features"]),
    ]
    write_toml(
        "zm_03_ci_shifou_goulie.toml",
        """Voice: 马晓东, manager of the 运营管理部 at 银川金凤惠购小额贷款 (instalments for phones and appliances, no cross-border
  business), keeps a 供应商核查表 dated 2025-12-03; the 运营部备注 column, the 意见 line under the table and the 抄送 line are his.
Layout: sheet 供应商核查表 — title, a 填表说明 row (tick √ in 是 or 否; both empty = not answered; price = '基础版 / 含全部选配';
  说明 = the vendor's words), then a two-row header: row 4 holds 30 headings, each yes/no item merged over two columns whose row-5
  sub-headings are 是 | 否 (17 items: 商品管理, 分期计算器, 订单跟踪, 还款管理, 风控审批, 用户管理, 等保三级（已取得备案证明）, 国密SM4加密,
  HTTPS传输加密, 权限管理（RBAC）, 持牌征信机构接口, 维护含小版本升级, 监管政策适配免费, 7×24技术支持, 终身技术咨询, 承诺写入合同,
  完整源码（无加密）), the 13 text headings merged down (序号, 供应商, 报价（基础版 / 含全部选配）, 计税, 选配清单及价格, 备案证明编号,
  征信机构, 日志保存, 免费维护期, 响应时限, 期满年费, 说明（供应商原话）, 运营部备注) — 47 columns; six vendor rows (the sixth 已放弃),
  '√' or '√（选配）' in one box of a pair; the 意见 and 抄送 lines below. Frozen at C6.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: a '√' means yes only in the 是 column and no in the 否 column — the mark is the same, the column decides; both boxes empty
  is unknown, never no; the price cell's second figure (含全部选配) is never the price — only the must-have options are added to
  the base: 石嘴山大武口 (his pick, '基础价最低') 16.8万 + 订单跟踪 3.2万 = 200,000 (conditional), with empty 等保/SM4/征信 boxes and
  only claims in its words (按等保三级标准开发, 国密算法, 各大征信, 长期保存, 终身维护: unverified), 智能客服机器人 + 区块链存证 in its
  standard edition (bloat) and an encrypted risk SDK (partial); 固原原州 19.6万 不含税 6% + 分期计算器 2.4万 = 233,200 (not 23.9万),
  bug-only maintenance and 重大监管政策调整另行报价; 吴忠利通 面议 (no price: unverified) though every box is 是; 中卫沙坡头 12.6万
  (caution zone; '15.8万' does not lift it out) with 订单跟踪 ticked 否 (fail), AES, 3-month logs, 6 months and a domain-bound
  licence; 石嘴山平罗 已放弃 (not listed); certificate numbers, '12%' and '5000元/次' are no prices.""",
        "consumer_installment", [name], "银川兴庆数科有限公司",
        "银川兴庆 ticks 是 on every item and proves every gate (备案证明64010443008-24003, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month "
        "logs, 百行 + 朴道), has all three instalment must-haves and no bloat, and gives 12 months with upgrades, free policy adaptation, "
        "7×24 within 2 hours by a named engineer, lifetime consulting, in the contract, full unencrypted source — at 235,000 含税 inside "
        "20–30万 (3 years 235,000 + 2 × 22,000 = 279,000; its deferrable options are not needed). His pick 石嘴山大武口 is 200,000 once "
        "its 订单跟踪 option is added, proves nothing (unverified), pads with bloat and encrypts its risk engine; 固原原州 is 233,200 "
        "含税 with its calculator option, bug-only maintenance, charged major policy changes and 5×8/4h; 吴忠利通 gives no price "
        "(unverified); 中卫沙坡头 lacks 订单跟踪 (fail); 石嘴山平罗 withdrew.",
        vendors)


if __name__ == "__main__":
    for build in (build_zm01, build_zm02, build_zm03):
        build()
    print("built zm_01 … zm_03 into", HERE)
