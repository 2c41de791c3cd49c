"""Build the "zzza" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is GROUP AND SECTOR PROCUREMENT FORMATS BORROWED FROM SOMEONE BIGGER — a small
lender's inquiry carried out on a form that was made for its parent, its sister company or its sponsoring bank, with that
owner's own fields, rows and scores left standing beside the vendors' words:

zzza_01 — an .xlsx (merchant loans): a listed group's 集中采购比价审批表 reused by its small-loan subsidiary: the form's header
  block (申请单位, 预算科目, 成本中心, 预算金额…), then one row per vendor where the group's own columns (集团供应商编码, 集团合格
  供应商库, 是否关联方, 合规审查（集团法务合规部）, 预算科目, 成本中心) sit between and after the vendors' (报价金额（不含税）, 税率,
  价税合计, and three "（供应商填写）" text columns), a "最低价税合计" statistic row, then the group's approval trail.
zzza_02 — a CSV in GB18030 (consumer instalments): a sister 融资担保公司's 2022 业务系统供应商综合评价表 reused without a single
  row deleted: criteria down, vendors across, the old template's 评价要点 and 分值 columns, a whole "担保业务功能" section
  (担保受理、保后管理、代偿追偿、反担保物、银担合作、监管报送) and guarantee price rows (担保业务模块费, 银担合作接口费) that a consumer-
  instalment lender does not need; one vendor prices those guarantee modules as options.
zzza_03 — an .xlsx (personal credit): the sponsoring 农商行's 信息科技类供应商准入评分表 (2024版) reused by the small-loan company
  it founded: vendors as ROWS, each criterion a weighted group header ("7. 功能模块（20分）") merged over three sub-columns
  响应摘要 | 佐证页码 | 得分, then 加权总分 | 排名 | 评审小组意见, and the panel's 准入 recommendation under the table; the vendors'
  answers partly point into their bid documents by page ("详见投标文件P27").

Where domain.md and docs/analyst-reading.md do not settle a reading, the .toml says so and asserts nothing on it; every gate
and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzza_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzza.py
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, BOX, CENTER, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
ALL_BAD_AF = ALL_BAD + ["no_anti_fraud"]
REPAY = ["repayment_management"]


def _vals(*drop, **over):
    """The all-good values with some changed; `drop` leaves a field out (not asserted)."""
    v = dict(ALL_GOOD)
    v.update(over)
    return {k: x for k, x in v.items() if k not in drop}


def _st(**over):
    """Every scored field stated, with some changed; None leaves a field's standing unasserted."""
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return {k: x for k, x in s.items() if x is not None}


def _but(*keep, base=ALL_BAD):
    """The flag list without the flags the analyst expects (or does not settle)."""
    return [f for f in base if f not in keep]


# ---------------------------------------------------------------------------------------------
# zzza_01  商户经营贷 — a listed group's 集中采购比价审批表, the group's columns beside the vendors'
# ---------------------------------------------------------------------------------------------
A1_NAME = "zzza_01_ml_jituan_jicai_bijia_shenpibiao.xlsx"
A1_HEAD = ["序号", "供应商名称", "集团供应商编码", "集团合格供应商库", "是否关联方", "报价金额（不含税，元）", "税率",
           "价税合计（元）", "报价包含内容（供应商填写）", "资质及安全（供应商填写）", "售后服务（供应商填写）",
           "源码及知识产权（供应商填写）", "合规审查（集团法务合规部）", "预算科目", "成本中心"]
A1_BUDGET_ITEM = "1701.02 无形资产—软件"
A1_COST_CENTRE = "FX-XD-0301"
# (vendor, code, library, related, net amount, rate, gross (None = blank), contents, security, after-sales, source, review)
A1_ROWS = [
    ("隆昌石牌坊软件有限公司", "S-511028-0417", "已入库（A类）", "否", 238000, "13%", 268940,
     "源码授权、部署实施及培训；功能模块：企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "系统严格按照等保三级要求设计开发，可协助贵司完成等保三级测评；身份证号、手机号、银行卡号SM4加密存储；全站HTTPS；"
     "RBAC角色权限；操作日志保存12个月，异常操作可追溯；已对接人行企业征信系统、百行征信",
     "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；提供终身技术咨询；"
     "以上承诺写入合同；维保期满后年服务费2.5万元/年",
     "交付完整源码，无加密，可二次开发",
     "通过。资质审查合格（营业执照、软件著作权、等保相关材料），非关联方，无失信被执行记录。"),
    ("江安竹都信息技术有限公司", "S-511523-0088", "已入库（B类）", "否", 268000, "6%", 284080,
     "源码授权费、实施部署及培训（技术服务合同，开6%专票）；模块：企业征信、银行流水分析、电子合同（在线签约）、风控审批、"
     "还款计划及提醒、用户管理",
     "等保三级已取得（备案证明编号51152343008-24019，2024年取得）；SM4加密（身份证号、手机号、银行卡号）；HTTPS（TLS1.2）；"
     "RBAC角色权限；操作日志保存12个月；征信：人行企业征信、百行征信",
     "免费维护一年（含bug修复及小版本升级）；监管政策调整免费适配；7×24小时技术支持，2小时内响应，指定专属工程师；"
     "终身技术咨询；以上承诺写入合同；维保期满后年服务费2.8w/年",
     "完整源码交付，无加密",
     "通过。非关联方，无失信记录。"),
    ("釜溪数字科技有限公司", "S-510322-0001", "集团内单位", "是（集团全资子公司）", 296000, "13%", 334480,
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、数据分析大屏",
     "等保三级已取得（备案证明编号51032243002-23011）；SM4（身份证号、手机号）；全站HTTPS；RBAC；操作日志保存12个月；"
     "征信：百行征信",
     "免费维护6个月，仅含bug修复（数据迁移除外）；一般政策调整免费，重大监管政策调整另行报价；工作日9:00-18:00技术支持，"
     "4小时内响应；技术咨询按工时结算；服务承诺写入合同；维保期满后年服务费3.2万元/年",
     "完整源码",
     "关联交易。釜溪数科为集团全资子公司，如选用须履行关联交易审批程序（报集团董事会审议，关联董事回避）。"),
    ("纳溪云溪科技有限公司", "T-2025-112（临时编码）", "未入库（本次临时准入）", "否", 186000, "13%", None,
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "等保二级（已备案，备案证明编号51050343011-23007）；数据AES-256加密；全站HTTPS；角色权限管理；日志保存6个月；"
     "征信：支持对接主流征信机构",
     "免费维护12个月（仅bug修复）；政策适配另计；7×24小时；次日响应；不提供终身咨询；售后条款以我司服务手册为准；年费面议",
     "源码交付（核心风控引擎加密）",
     "通过。非关联方。"),
    ("威远连界信息技术有限公司", "S-511024-0263", "已入库（A类）", "否", 242000, "13%", 273460,
     "源码授权及部署实施；模块：企业征信查询、银行流水分析、风控审批、还款管理、用户管理；电子合同模块为选配，"
     "另加3.5万元（不含税），未含在上述报价内",
     "已取得等保三级（备案证明编号51102443019-25002，2025年取得）；SM4加密身份证号、手机号；全站HTTPS；RBAC；"
     "操作日志保存12个月；征信：人行企业征信系统",
     "免费维护12个月，含bug修复及小版本升级；一般性政策调整免费，重大监管政策调整另行报价；7×24小时技术支持，2小时内响应；"
     "终身技术咨询；写入合同；维保期满后2.5万元/年",
     "完整源码，可二次开发",
     "通过。非关联方，无失信记录。"),
]
A1_TRAIL = [
    ("经办人（子公司科技信息部）", "邓晓川",
     "建议选定隆昌石牌坊软件有限公司：价税合计最低（268,940元），集团合规审查通过，已入集团合格供应商库（A类）。", date(2025, 11, 26)),
    ("子公司总经理", "罗志刚", "同意经办人意见。", date(2025, 11, 27)),
    ("集团采购中心", "何晓蓉", "比价程序合规；纳溪云溪未填价税合计，请经办人补充。", date(2025, 11, 28)),
    ("集团法务合规部", "曾敏", "釜溪数科为集团全资子公司，属关联交易，如选用须报集团董事会审议；其余供应商合规审查通过。",
     date(2025, 11, 28)),
    ("集团分管副总裁", "（待审批）", None, None),
]


def build_zzza01():
    wb = Workbook()
    ws = wb.active
    ws.title = "比价审批表"
    last = len(A1_HEAD)
    put_row(ws, 1, ["川南釜溪控股集团股份有限公司 集中采购比价审批表（子公司授权自行采购适用）"], font=TITLE, border=False)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    put_row(ws, 2, ["表单编号：FXKG-CG-04（2023修订版）　　集团采购编号：FXJT-ZC-2025-1187　　金额单位：元"], border=False)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    header_block = [
        ("申请单位", "富顺釜溪小额贷款有限公司（集团控股子公司）", "申请日期", date(2025, 11, 24)),
        ("采购事项", "商户经营贷业务系统源码采购（含部署实施）", "采购方式", "询比价（不少于三家）"),
        ("预算科目", A1_BUDGET_ITEM, "成本中心", A1_COST_CENTRE + " 科技信息部"),
        ("预算金额（含税）", 350000, "资金来源", "子公司自有资金"),
    ]
    for i, (l1, v1, l2, v2) in enumerate(header_block):
        r = 3 + i
        put_row(ws, r, [l1, v1], start=1)
        put_row(ws, r, [l2, v2], start=8)
        ws.cell(row=r, column=1).font = BOLD
        ws.cell(row=r, column=1).fill = GREY
        ws.cell(row=r, column=8).font = BOLD
        ws.cell(row=r, column=8).fill = GREY
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.merge_cells(start_row=r, start_column=9, end_row=r, end_column=last)
        if isinstance(v1, int):
            ws.cell(row=r, column=2).number_format = "#,##0.00"
        if isinstance(v2, date):
            ws.cell(row=r, column=9).number_format = "yyyy-mm-dd"
    put_row(ws, 8, ["一、供应商报价及响应（“供应商填写”各栏按供应商报价文件原文录入）"], font=BOLD, border=False)
    ws.merge_cells(start_row=8, start_column=1, end_row=8, end_column=last)
    put_row(ws, 9, A1_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for c in (3, 4, 5, 13, 14, 15):                  # the group's own columns, shaded blue as in the group's template
        ws.cell(row=9, column=c).fill = BLUE
    r = 10
    for n, (vendor, code, lib, related, net, rate, gross, contents, sec, after, source, review) in enumerate(A1_ROWS, 1):
        put_row(ws, r, [n, vendor, code, lib, related, net, rate, gross, contents, sec, after, source, review,
                        A1_BUDGET_ITEM, A1_COST_CENTRE])
        ws.cell(row=r, column=8).border = BOX
        for c in (6, 8):
            ws.cell(row=r, column=c).number_format = "#,##0.00"
        ws.row_dimensions[r].height = 120
        r += 1
    put_row(ws, r, [None, "最低价税合计", None, None, None, None, None, 268940], font=BOLD, fill=YELLOW)
    ws.cell(row=r, column=8).number_format = "#,##0.00"
    r += 2
    put_row(ws, r, ["二、审批意见"], font=BOLD, border=False)
    r += 1
    put_row(ws, r, ["审批环节", None, "审批人", "审批意见", None, None, None, None, None, None, None, None, "日期"],
            font=BOLD, fill=GREY, align=CENTER)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=12)
    r += 1
    for step, who, opinion, day in A1_TRAIL:
        put_row(ws, r, [step, None, who, opinion, None, None, None, None, None, None, None, None, day])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=12)
        if day is not None:
            ws.cell(row=r, column=13).number_format = "yyyy-mm-dd"
        ws.row_dimensions[r].height = 30
        r += 1
    ws.freeze_panes = "C10"
    widths(ws, [12, 20, 16, 14, 12, 14, 7, 14, 40, 46, 46, 20, 30, 18, 12])
    _save(wb, A1_NAME)

    comment = """Voice: 邓晓川 of the 科技信息部 of 富顺釜溪小额贷款 (a controlled subsidiary of the listed 川南釜溪控股集团; local merchant
  loans, no cross-border business; the type's band is 25–35万), filling in the GROUP's 集中采购比价审批表 (form FXKG-CG-04, made for
  every kind of purchase the group's subsidiaries make on their own). The columns marked （供应商填写）, the two amount columns and
  税率 are the vendors' ('按供应商报价文件原文录入'); the header block (申请单位, 预算科目, 成本中心, 预算金额（含税） 350,000.00 …),
  the group's columns 集团供应商编码 | 集团合格供应商库 | 是否关联方 | 合规审查（集团法务合规部） | 预算科目 | 成本中心 (shaded blue),
  the 最低价税合计 row and the 审批意见 trail are the group's and the subsidiary's.
Layout: .xlsx, one sheet "比价审批表": title row 1, form number row 2 ('金额单位：元'), a 4-row header block of label | value pairs
  (rows 3–6, labels in A and H, values merged B:G and I:O), a section line row 8, the table header row 9 (15 columns: 序号 | 供应商名称
  | 集团供应商编码 | 集团合格供应商库 | 是否关联方 | 报价金额（不含税，元） | 税率 | 价税合计（元） | 报价包含内容（供应商填写） | 资质及安全
  （供应商填写） | 售后服务（供应商填写） | 源码及知识产权（供应商填写） | 合规审查（集团法务合规部） | 预算科目 | 成本中心), five vendor rows
  10–14 (amounts as numbers, 税率 as text "13%" / "6%", 纳溪云溪's 价税合计 left BLANK), row 15 '最低价税合计 | 268,940.00' (the clerk's
  MIN over the column, which missed the blank), then '二、审批意见' and a trail 审批环节 | 审批人 | 审批意见 | 日期 (rows 18–23).
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor row, read from the vendor's columns only. The price is the vendor's 价税合计 where it is given (the total
  of the tax-exclusive amount and its rate — never the two added together), else the 不含税 amount times (1 + its row's 税率): the
  header marks the amount 不含税 and the row's 税率 is the rate the vendor states (analyst-reading §3.3: a stated rate is used, 6 %
  where it says 6 %); a must-have offered as a priced option is added at its own tax (§3.2). The multi-fact cells are read for every
  field they state (§5). The group's columns are its bookkeeping: a supplier code, a library class, a related-party mark, a budget
  line '1701.02' and a cost centre are no amounts and no terms; the 合规审查 column is the group's legal department's verdict — like a
  committee's tick, an auditor's '符合' or an approver's hearsay, never the vendor's words and never proof of a level (analyst-reading
  §9: 'a ✓ under 等级保护 is no level'; '"符合" beside "支持等保三级" is the auditors' verdict, and the claim stays a claim'; an
  approver's '经电话核实，该公司已取得等保三级' is hearsay beside the vendor's own claim). The 最低价税合计 row is a statistic, no
  vendor; the 预算金额 350,000 is the buyer's ceiling, no price; the approval trail is the buyer's.
Traps: the decisive one is the 合规审查 column beside 隆昌石牌坊's own words. A careless reader sees 隆昌石牌坊 as the cheapest complete
  quote (价税合计 268,940, the lowest the form shows), every module, SM4 on three fields, 7×24 within 1 hour, 12 months with upgrades,
  lifetime consulting, in the contract — and the group's '通过。资质审查合格（…等保相关材料）' and 'A类' library mark as the compliance
  done; the subsidiary's own 经办人 proposes exactly that. CARELESS TOP PICK: 隆昌石牌坊软件有限公司. But the vendor's own words are
  '系统严格按照等保三级要求设计开发，可协助贵司完成等保三级测评': designed to the standard and an offer to help the BUYER pass an
  assessment — a claim, no filing (domain §7: '按等保三级设计', '等保测评协助' are claims; analyst-reading: helping the buyer pass is
  no proof of the vendor's level); the group's review of 'materials' proves nothing more. Its gate is unverified and it ranks below
  every quote that passes. CAREFUL TOP PICK: 江安竹都信息技术有限公司: '等保三级已取得（备案证明编号51152343008-24019，2024年取得）',
  SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs, 人行企业征信 + 百行, every merchant must-have (电子合同（在线签约） is the
  contract management), '免费维护一年' with minor upgrades, free policy adaptation, 7×24 within 2 hours with a named engineer, lifetime
  consulting, in the contract, '2.8w/年' after, full unencrypted source — at 268,000 不含税 × 1.06 = 284,080 (its 价税合计 says the
  same), inside 25–35万. 威远连界 also holds its filing but its 价税合计 273,460 leaves out the e-contract module it offers '选配，
  另加3.5万元（不含税）' — a must-have, added with the row's 13 %: (242,000 + 35,000) × 1.13 = 313,010 — and it charges major policy
  changes ('重大监管政策调整另行报价', conditional). 釜溪数科, the group's own subsidiary (related party), holds its filing at 334,480
  but gives 6 months bug-fix-only maintenance, office hours, 4 hours and paid consulting. 纳溪云溪 holds only 等保二级: a stated no,
  the gate FAILS (its blank 价税合计 is 186,000 × 1.13 = 210,180 — the price the clerk's MIN row missed).
Not settled and not asserted: the standing of 釜溪数科's '免费维护6个月，仅含bug修复（数据迁移除外）' (values 6 months and no upgrades
  either way) and of its '技术咨询按工时结算' (no lifetime consulting either way); 纳溪云溪's terms after its failed gate beyond the
  level, the cipher, the source and the response ('售后条款以我司服务手册为准' may or may not be read as keeping them out of the contract;
  '年费面议' unknown); whether 隆昌石牌坊's claimed level is also flagged no_mlps_level3 / unconfirmed (the gate is unverified either
  way). None of them moves a gate or the pick."""
    vendors = [
        dict(vendor="江安竹都信息技术有限公司", gate="pass", price=284080,
             why="row 11. 报价金额（不含税） 268,000 at 税率 '6%' (技术服务合同，开6%专票) = 价税合计 284,080 inside 25–35万. '等保三级已取得（备案证明编号51152343008-24019，2024年取得）'; SM4 on 身份证号/手机号/银行卡号; HTTPS（TLS1.2）; RBAC; 日志12个月; 人行企业征信 + 百行征信; modules 企业征信, 银行流水分析, 电子合同（在线签约）, 风控审批, 还款计划及提醒, 用户管理; '免费维护一年（含bug修复及小版本升级）' = 12 months; 政策 免费; 7×24, '2小时内响应，指定专属工程师'; 终身技术咨询; 写入合同; '2.8w/年' = 28,000; 完整源码 无加密. The group's '通过' and 'B类' are the group's. 3 years: 284,080 + 2 × 28,000 = 340,080.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor="威远连界信息技术有限公司", gate="pass", price=313010,
             why="row 14. 报价金额（不含税） 242,000, 税率 '13%', 价税合计 273,460 — but '电子合同模块为选配，另加3.5万元（不含税），未含在上述报价内': the merchant must-have contract management at its price, added with the row's 13 %: (242,000 + 35,000) × 1.13 = 313,010 inside 25–35万 (contract management present, conditional). '已取得等保三级（备案证明编号51102443019-25002，2025年取得）'; SM4 (身份证号、手机号); 全站HTTPS; RBAC; 日志12个月; 人行企业征信系统; 12个月 with minor upgrades; '一般性政策调整免费，重大监管政策调整另行报价' (conditional: false); 7×24, 2小时内; 终身技术咨询; 写入合同; '2.5万元/年'; 完整源码 可二次开发.",
             values=_vals(policy_adaptation_free=False, response_hours=2, annual_fee_after_warranty_cny=25000,
                          source_code_delivery="full"),
             status=_st(policy_adaptation_free="conditional", response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["policy_adaptation_charged", "conditional"],
             flex=_but("policy_adaptation_charged", "conditional")),
        dict(vendor="釜溪数字科技有限公司", gate="pass", price=334480,
             why="row 12 (the group's own subsidiary: 是否关联方 '是', 合规审查 '关联交易…报集团董事会审议' — the group's, no term). 296,000 不含税 at '13%' = 价税合计 334,480 inside 25–35万. '等保三级已取得（备案证明编号51032243002-23011）'; SM4 (身份证号、手机号); 全站HTTPS; RBAC; 日志12个月; 百行征信; modules complete + 数据分析大屏 (deferrable); '免费维护6个月，仅含bug修复（数据迁移除外）' (6 months, no upgrades); '一般政策调整免费，重大监管政策调整另行报价' (conditional: false); '工作日9:00-18:00', '4小时内响应'; '技术咨询按工时结算' (no free lifetime consulting); '服务承诺写入合同'; '3.2万元/年'; 完整源码.",
             values=_vals(free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          support_7x24=False, response_hours=4, lifetime_consulting=False,
                          annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
             status=_st(free_maintenance_months=None, maintenance_includes_upgrades=None,
                        policy_adaptation_free="conditional", response_hours="stated", lifetime_consulting=None),
             fin=ML + CORE + REPAY + ["bi_dashboard"], fex=BLOAT,
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "conditional"],
             flex=_but("maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                       "response_over_2h", "no_lifetime_consulting", "conditional", "claimed", "unconfirmed")),
        dict(vendor="隆昌石牌坊软件有限公司", gate="unverified", price=268940,
             why="row 10. 238,000 不含税 at '13%' = 价税合计 268,940 inside 25–35万. Its own words on the level: '系统严格按照等保三级要求设计开发，可协助贵司完成等保三级测评' — designed to the standard and help for the buyer's assessment: a claim, no filing — unverified. The group's 合规审查 '通过。资质审查合格（营业执照、软件著作权、等保相关材料）' and '已入库（A类）' are the group's verdict, no proof. The rest stated: SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志12个月 with tracing; 人行企业征信系统 + 百行征信; every merchant must-have; 12个月 with minor upgrades; 政策 免费; 7×24, 1小时内; 终身技术咨询; 写入合同; '2.5万元/年'; 完整源码 无加密.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["claimed"],
             flex=_but("no_mlps_level3", "claimed", "unconfirmed", "unverified")),
        dict(vendor="纳溪云溪科技有限公司", gate="fail", price=210180,
             why="row 13. 186,000 不含税 at '13%' with 价税合计 BLANK = 210,180 (below the band, not under 15万). '等保二级（已备案，备案证明编号51050343011-23007）' = level 2: FAIL. 'AES-256加密' (no SM4); 全站HTTPS; 角色权限管理; 日志6个月 (not under 6); '支持对接主流征信机构' (claimed); modules complete; '免费维护12个月（仅bug修复）'; '政策适配另计'; 7×24; '次日响应' (24 h); '不提供终身咨询'; '年费面议' (unknown); '源码交付（核心风控引擎加密）' = partial.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=6,
                         free_maintenance_months=12, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=True, response_hours=24, lifetime_consulting=False,
                         source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", support_7x24="stated",
                         response_hours="stated", lifetime_consulting="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["no_mlps_level3", "no_sm4", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                   "response_over_2h", "no_lifetime_consulting", "source_partial", "claimed"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "no_tls",
                   "no_access_control", "audit_log_under_6m", "maintenance_under_12m", "no_7x24", "bloat_features",
                   "source_licence_only"]),
    ]
    write_toml(A1_NAME.replace(".xlsx", ".toml"), comment, "merchant_loan", [A1_NAME], "江安竹都信息技术有限公司",
               "江安竹都 is the best quote that passes: 268,000 不含税 at its stated 6 % = 284,080 inside 25–35万, filing number 51152343008-24019, SM4 on three named fields, TLS1.2, RBAC, 12-month logs, 人行企业征信 + 百行, every merchant must-have, one year's maintenance with minor upgrades, free policy adaptation, 7×24 within 2 hours with a named engineer, lifetime consulting, in the contract, 2.8万 a year after, full source. The form's cheapest, 隆昌石牌坊 (268,940), only writes '按照等保三级要求设计开发，可协助贵司完成等保三级测评' — a claim, whatever the group's 合规审查 '通过' says: unverified. 威远连界 is 313,010 with its e-contract option and charges major policy changes; 釜溪数科 (the group's own, 334,480) gives 6 months bug fixes, office hours and paid consulting; 纳溪云溪 holds 等保二级 (fail).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzza_02  消费分期 — a sister 融资担保公司's 2022 supplier-evaluation template reused with its guarantee rows
# ---------------------------------------------------------------------------------------------
A2_NAME = "zzza_02_ci_danbao_pingjiabiao_taoyong_gb18030.csv"
A2_VENDORS = ["资溪大觉山科技有限公司", "宜黄军峰信息技术有限公司", "南丰橘都软件有限公司", "乐安流坑数科有限公司",
              "广昌莲乡网络科技有限公司"]
A2_HEAD = ["评价类别", "序号", "评价项目", "评价要点（2022版模板原文）", "分值"] + A2_VENDORS + ["备注（2022版）"]
# (category or "", number, item, the template's wording, points, [answers in A2_VENDORS order], template remark)
A2_ROWS = [
    ("一、企业资质", 1, "营业执照及经营范围", "经营范围须含软件开发、信息技术服务", 2,
     ["有，经营范围含软件开发", "有", "有", "有", "有"], ""),
    ("", 2, "注册资本", "不低于500万元", 3, ["5000万元", "1000万元", "800万元", "2000万元", "300万元"], ""),
    ("", 3, "融资担保行业案例", "近三年融资担保公司业务系统案例（家）", 5,
     ["36家（融资担保公司）", "无（小贷及消费金融案例11家）", "无；小贷分期案例7家", "2家", "无"], "担保公司专用"),
    ("", 4, "信息安全等级保护", "业务系统须取得等保三级", 10,
     ["已取得等保三级（备案证明编号36103143017-23009）", "已取得三级，备案证明编号36102643005-24012",
      "等保三级已取得（备案证明编号36102343010-24006，2024年取得）",
      "三级申请中（测评机构已进场，预计2026年2月取得备案证明）", "已取得等保三级（备案证明编号36103043002-25001）"], ""),
    ("二、担保业务功能", 5, "担保业务受理及评审", "项目受理、尽职调查、评审会、审批", 8,
     ["有（担保版标配）", "不涉及", "可提供，选配（见第28项）", "无", "—"], "担保公司专用"),
    ("", 6, "保后管理", "保后检查、风险预警、五级分类", 5,
     ["有（担保版标配）", "不涉及", "可提供，选配（见第28项）", "无", "—"], "担保公司专用"),
    ("", 7, "代偿及追偿管理", "代偿审批、追偿台账", 5, ["有", "不涉及", "可提供，选配（见第28项）", "无", "—"], "担保公司专用"),
    ("", 8, "反担保物管理", "抵质押物登记、估值、解押", 3, ["有", "不涉及", "可提供，选配（见第28项）", "无", ""], "担保公司专用"),
    ("", 9, "银担合作", "合作银行授信额度管理、风险分担比例", 4,
     ["有", "不涉及", "可提供，选配（见第29项）", "无", ""], "担保公司专用"),
    ("", 10, "融资担保监管报送", "对接省地方金融监管局融资担保业务监管系统", 5,
     ["已对接（江西省）", "不涉及", "可定制开发", "无", "—"], "担保公司专用"),
    ("三、通用业务功能", 11, "核心业务模块（请列明）", "请列明报价所含全部模块", 10,
     ["担保业务全流程、商品管理、分期计算器、风控审批、还款管理、用户管理；订单跟踪模块：暂无",
      "商品管理、分期计算器、订单跟踪、风控审批、还款计划及提醒、用户管理",
      "商品管理、分期计算器、订单管理（订单状态跟踪）、风控审批、还款管理、用户管理；赠送积分商城",
      "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理、营销插件",
      "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理；送智能客服机器人"], ""),
    ("", 12, "征信系统接入", "人行征信中心（担保机构接入）", 5,
     ["人行征信中心（担保机构接口）", "百行征信", "百行征信、朴道征信", "百行征信", "支持对接征信"], ""),
    ("", 13, "移动端", "微信小程序或APP", 2, ["有", "有（小程序）", "有（小程序+H5）", "有", "有"], ""),
    ("四、数据安全", 14, "敏感数据加密", "须采用国密算法", 5,
     ["SM4（身份证号、手机号）", "SM4加密身份证号、手机号、银行卡号", "SM4（身份证号、手机号、银行卡号）", "SM4", "AES加密"], ""),
    ("", 15, "传输加密", "HTTPS", 2, ["HTTPS", "全站HTTPS", "HTTPS（TLS1.2）", "全站HTTPS", "HTTPS"], ""),
    ("", 16, "权限管理", "角色权限", 2, ["RBAC", "RBAC角色权限", "RBAC", "RBAC", "角色权限"], ""),
    ("", 17, "操作日志保存期", "不少于6个月", 3, ["12个月", "6个月", "12个月，异常操作可追溯", "12个月", "3个月"], ""),
    ("五、售后服务", 18, "免费维护期", "不少于12个月", 5, ["12个月", "12个月", "一年", "12个月", "3个月"], ""),
    ("", 19, "维护范围", "bug修复及版本升级", 3,
     ["bug修复及小版本升级", "含bug修复及小版本升级", "bug修复及小版本升级", "bug修复及小版本升级", "仅bug修复"], ""),
    ("", 20, "监管政策适配", "免费", 3, ["免费", "免费", "监管政策调整免费适配", "免费", "另行收费"], ""),
    ("", 21, "技术支持时间", "7×24", 3, ["7×24", "7×24小时", "7×24小时", "7×24", "5×8（工作日）"], ""),
    ("", 22, "故障响应时间", "2小时内", 3, ["2小时内", "4小时内", "1小时内，指定专属工程师", "2小时内", "次日"], ""),
    ("", 23, "技术咨询", "终身技术咨询", 2, ["提供", "提供", "终身免费技术咨询", "提供", "不提供"], ""),
    ("", 24, "承诺写入合同", "是/否", 2, ["是", "是", "是，以上承诺全部写入合同", "是", "否（合同仅约定价格及交付）"], ""),
    ("", 25, "维保期满后年费", "元/年", "", ["2.2万元/年", "2.6万元/年", "2.4万元/年", "2.0万元/年", "面议"], ""),
    ("六、商务报价", 26, "系统软件（源码授权）费", "", "", ["16.8万元", "22.6万元", "19.8万元", "23.6万元", "11.8万元"], ""),
    ("", 27, "实施部署及培训费", "", "", ["3.0万元", "5.2万元", "4.8万元", "5.2万元", "2.0万元"], ""),
    ("", 28, "担保业务模块费", "", "",
     ["含在系统软件费内", "不涉及", "选配，8.6万元（含税），我司担保版模块成熟，建议一并采购", "—", "—"], "担保公司专用"),
    ("", 29, "银担合作接口费", "", "", ["含", "不涉及", "选配，3.2万元（含税）", "—", ""], "担保公司专用"),
    ("", 30, "报价合计", "", 10,
     ["19.8万元", "27.8万元", "24.6万元（不含担保业务模块及银担合作接口选配）", "28.8万元", "13.8万元"], ""),
    ("", 31, "计税方式", "含税/不含税", "", ["不含税（增值税13%另计）", "含税", "含税（13%专票）", "含税", "含税"], ""),
    ("", 32, "源码交付", "完整源码", 5,
     ["完整源码", "完整源码，可二次开发", "完整源码，无加密", "完整源码", "部分源码（核心风控引擎加密）"], ""),
]


def build_zzza02():
    width = len(A2_HEAD)
    pad = [""] * (width - 1)
    rows = [["南城麻姑融资担保有限公司 业务系统供应商综合评价表（2022版）"] + pad,
            ["本次使用单位：南城麻姑小额贷款有限公司（消费分期系统源码采购，2025年12月）；表格沿用担保公司2022年模板，未作删改。"
             "预算：30万元以内（含税）。"] + pad,
            ["填表说明：各供应商应答按回函原文录入；“分值”为2022版评分权重，本次未打分。录入：综合部 黄雅琴"] + pad,
            [""] * width,
            A2_HEAD]
    for cat, n, item, point, score, answers, remark in A2_ROWS:
        rows.append([cat, n, item, point, score] + answers + [remark])
    rows.append([""] * width)
    rows.append(["备注：2022年担保公司评价结果为资溪大觉山（现为担保公司业务系统供应商）；本次各家回函已归档。"] + pad)
    write_csv(A2_NAME, rows, "gb18030")

    comment = """Voice: 黄雅琴 of the 综合部 of 南城麻姑小额贷款 (local consumer instalments, no cross-border business; the type's band is
  20–30万; her own budget line '预算：30万元以内（含税）'), who took her sister company 南城麻姑融资担保's 2022 业务系统供应商综合评价表 and
  typed the five vendors' replies into it 'without deleting anything' ('表格沿用担保公司2022年模板，未作删改'). The title, her three
  note lines, the columns 评价类别 | 序号 | 评价项目 | 评价要点（2022版模板原文） | 分值, the 备注（2022版） column ('担保公司专用') and the
  foot line are the template's or hers; each vendor's column holds its reply '按回函原文录入'.
Layout: CSV in GB18030, comma-separated, CRLF, every line padded to eleven fields: three title / note lines, an empty line, the
  header 评价类别 | 序号 | 评价项目 | 评价要点（2022版模板原文） | 分值 | 资溪大觉山科技有限公司 | 宜黄军峰信息技术有限公司 | 南丰橘都软件有限公司
  | 乐安流坑数科有限公司 | 广昌莲乡网络科技有限公司 | 备注（2022版）, then 32 item rows in six sections (一、企业资质 … 六、商务报价), the
  section name only on its first row (merged down in the Excel the CSV came from); a whole section 二、担保业务功能 (rows 5–10:
  担保受理、保后管理、代偿追偿、反担保物、银担合作、融资担保监管报送) and two guarantee price rows (28 担保业务模块费, 29 银担合作接口费) are
  the guarantee company's; an empty line and a 备注 line at the foot. The 分值 column holds the 2022 weights (2, 3, 5, 10 …).
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: criteria down, one quote per vendor column, each reply read under its 评价项目 (the 评价要点 is the template's requirement,
  never a vendor's answer; 分值 is a column of weights, no quote — analyst-reading §9: 'columns of priorities or weights are never
  quotes'). The guarantee rows ask about modules no consumer-instalment lender needs: whatever a vendor answers there ('有', '不涉及',
  '无', '—', a blank) is no must-have present or missing, and an option priced there is an option the buyer's business type does not
  need — NOT added to the price (§3.2: 'An option the buyer's business type does not need is not added'). The price is each
  vendor's 报价合计 (its software and implementation lines summed, checked against it), at the tax its 计税方式 row states
  ('不含税（增值税13%另计）' × 1.13). '见第28项' points to a row: no amount. 融资担保行业案例 and 注册资本 are no terms; the foot line
  (the sister company's 2022 result) is the template owner's history, no reason to rank.
Traps: the decisive one is the guarantee price rows. 南丰橘都 answers the template's guarantee rows honestly — it sells a guarantee
  edition too — and prices them as options: '担保业务模块费 | 选配，8.6万元（含税），我司担保版模块成熟，建议一并采购', '银担合作接口费 |
  选配，3.2万元（含税）', beside '报价合计 | 24.6万元（不含担保业务模块及银担合作接口选配）'. A careless reader adds every amount of the
  price section: 24.6 + 8.6 + 3.2 = 36.4万, over the 30万 budget and the band, and drops it; of the rest, 资溪大觉山 lacks order
  tracking ('订单跟踪模块：暂无'), 乐安流坑 is only '三级申请中', 广昌莲乡 is a 13.8万 bundle of gaps — so he takes 宜黄军峰 (27.8万 含税,
  certified, complete). CARELESS TOP PICK: 宜黄军峰信息技术有限公司. But the consumer-instalment configuration with every must-have
  is 南丰橘都's 24.6万 as quoted: 246,000 含税 inside 20–30万, the guarantee options not bought. CAREFUL TOP PICK: 南丰橘都软件有限公司:
  '等保三级已取得（备案证明编号36102343010-24006，2024年取得）', SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs with
  tracing, 百行 + 朴道, 商品管理 + 分期计算器 + 订单管理（订单状态跟踪） + 风控审批 + 还款管理 + 用户管理 (+ 积分商城 given away,
  deferrable), '一年' of maintenance with minor upgrades, free policy adaptation, 7×24 within 1 hour with a named engineer, lifetime
  consulting, every promise in the contract, 2.4万 a year after, full unencrypted source — better than 宜黄军峰 on every count
  (军峰: 6-month logs, 4-hour response, 278,000). 资溪大觉山 (19.8万 不含税 = 223,740), the sister company's incumbent, answers every
  guarantee row '有' but states order tracking absent ('订单跟踪模块：暂无'): a must-have missing, the gate FAILS. 乐安流坑 (288,000):
  '三级申请中（测评机构已进场，预计2026年2月取得备案证明）' — in progress, recorded false and claimed: unverified. 广昌莲乡 (138,000, the
  caution zone): certified, but AES, 3-month logs, 3 months bug-only maintenance, charged policy changes, 5×8, next day, no
  consulting, not in the contract, '部分源码（核心风控引擎加密）', a '支持对接征信' claim and a 智能客服机器人 thrown in (bloat).
Not settled and not asserted: whether the guarantee rows' answers are read at all (any reading is fine so long as they add no
  price, no must-have and no missing must-have); the standing of 广昌莲乡's '仅bug修复' and '另行收费' (values false either way); whether
  its '面议' yearly fee is also flagged 'unconfirmed'; 资溪大觉山's terms beyond the gate and the price; whether 乐安流坑's in-progress
  level is also flagged no_mlps_level3 (the gate is unverified either way). None of them moves a gate or the pick."""
    vendors = [
        dict(vendor="南丰橘都软件有限公司", gate="pass", price=246000,
             why="column 南丰橘都. 系统软件 '19.8万元' + 实施 '4.8万元' = 报价合计 '24.6万元（不含担保业务模块及银担合作接口选配）', 计税 '含税（13%专票）' = 246,000 inside 20–30万; the guarantee options ('选配，8.6万元（含税）', '选配，3.2万元（含税）', and '可提供，选配（见第28项）' in the guarantee function rows) are modules a consumer-instalment lender does not need: not added. '等保三级已取得（备案证明编号36102343010-24006，2024年取得）'; SM4 on 身份证号/手机号/银行卡号; HTTPS（TLS1.2）; RBAC; '12个月，异常操作可追溯'; 百行征信 + 朴道征信; modules 商品管理, 分期计算器, 订单管理（订单状态跟踪）, 风控审批, 还款管理, 用户管理, '赠送积分商城' (deferrable); '一年' = 12 months; bug修复及小版本升级; 政策 免费; 7×24; '1小时内，指定专属工程师'; 终身免费技术咨询; '是，以上承诺全部写入合同'; '2.4万元/年'; 完整源码 无加密. 3 years: 246,000 + 2 × 24,000 = 294,000.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + REPAY + ["points_mall"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="宜黄军峰信息技术有限公司", gate="pass", price=278000,
             why="column 宜黄军峰. 22.6万 + 5.2万 = 报价合计 '27.8万元', '含税' = 278,000 inside 20–30万. '已取得三级，备案证明编号36102643005-24012'; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志 '6个月' (not under 6); 百行征信; every instalment must-have; 12个月 含bug修复及小版本升级; 政策 免费; 7×24小时; '4小时内'; 提供咨询; 写入合同 是; '2.6万元/年'; 完整源码 可二次开发. Every guarantee row '不涉及'.",
             values=_vals(audit_log_months=6, response_hours=4, annual_fee_after_warranty_cny=26000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["response_over_2h"], flex=_but("response_over_2h")),
        dict(vendor="广昌莲乡网络科技有限公司", gate="pass", price=138000,
             why="column 广昌莲乡. 11.8万 + 2.0万 = 报价合计 '13.8万元' 含税 = 138,000: the caution zone (under 15万, not under 10万). '已取得等保三级（备案证明编号36103043002-25001）'; 'AES加密' (no SM4); HTTPS; 角色权限; 日志 '3个月'; '支持对接征信' (claimed); every instalment must-have + '送智能客服机器人' (bloat); 免费维护 '3个月'; '仅bug修复'; 政策 '另行收费'; '5×8（工作日）'; '次日' (24 h); 咨询 '不提供'; '否（合同仅约定价格及交付）'; 年费 '面议' (unknown); '部分源码（核心风控引擎加密）' = partial.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny="null",
                         source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=CI + CORE + REPAY + ["ai_customer_service"],
             fex=["blockchain_evidence", "metaverse_marketing", "overseas_payment"],
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_partial", "claimed", "bloat_features"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_over_budget", "price_missing", "no_tls",
                   "no_access_control", "source_licence_only"]),
        dict(vendor="乐安流坑数科有限公司", gate="unverified", price=288000,
             why="column 乐安流坑. 23.6万 + 5.2万 = 报价合计 '28.8万元' 含税 = 288,000 inside 20–30万. '三级申请中（测评机构已进场，预计2026年2月取得备案证明）' = in progress: recorded false, claimed — unverified. The rest stated: 'SM4'; 全站HTTPS; RBAC; 日志12个月; 百行征信; every instalment must-have + 营销插件 (deferrable); 12个月 with minor upgrades; 政策 免费; 7×24; 2小时内; 提供咨询; 写入合同 是; '2.0万元/年'; 完整源码.",
             values=_vals(mlps_level3=False, response_hours=2, annual_fee_after_warranty_cny=20000,
                          source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=CI + CORE + REPAY + ["marketing_plugins"], fex=BLOAT,
             flin=["claimed"],
             flex=_but("no_mlps_level3", "claimed", "unconfirmed", "unverified")),
        dict(vendor="资溪大觉山科技有限公司", gate="fail", price=223740,
             why="column 资溪大觉山 (the sister company's incumbent guarantee-system vendor). 16.8万 + 3.0万 = 报价合计 '19.8万元', '不含税（增值税13%另计）' = 223,740. Its module list '担保业务全流程、商品管理、分期计算器、风控审批、还款管理、用户管理；订单跟踪模块：暂无' states the instalment must-have order tracking absent: FAIL, whatever its '有' in every guarantee row and its 36 guarantee cases. '已取得等保三级（备案证明编号36103143017-23009）' stated.",
             values=dict(mlps_level3=True),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "installment_calculator", "risk_approval", "repayment_management",
                  "user_management"],
             fex=["order_tracking"] + BLOAT,
             flin=["missing_must_have"],
             flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing"]),
    ]
    write_toml(A2_NAME.replace(".csv", ".toml"), comment, "consumer_installment", [A2_NAME], "南丰橘都软件有限公司",
               "南丰橘都's consumer-instalment configuration is its 报价合计 as quoted, 246,000 含税 inside 20–30万 — the guarantee modules it offers as options (8.6万 and 3.2万) are nothing this lender needs and are not added — with filing number 36102343010-24006, SM4 on three named fields, TLS1.2, RBAC, 12-month logs, 百行 + 朴道, every instalment must-have, one year's maintenance with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, everything in the contract, 2.4万 a year after, full source. Summing the guarantee options makes it 36.4万 and hands the pick to 宜黄军峰 (278,000, 6-month logs, 4 hours). 资溪大觉山 has no order tracking (fail); 乐安流坑 is only '三级申请中' (unverified); 广昌莲乡 (138,000) is a bundle of gaps.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzza_03  个人信用贷 — the sponsoring 农商行's 准入评分表: weighted criteria over 响应摘要 | 佐证页码 | 得分
# ---------------------------------------------------------------------------------------------
A3_NAME = "zzza_03_pc_nongshanghang_zhunru_pingfen_yema.xlsx"
A3_CRITERIA = ["1. 投标报价（10分）", "2. 企业资质（5分）", "3. 同业案例（农信系统/小贷）（10分）", "4. 等保三级（15分）",
               "5. 数据安全（加密/传输/权限/日志）（10分）", "6. 征信对接（5分）", "7. 功能模块（20分）", "8. 售后服务（15分）",
               "9. 本地化服务（5分）", "10. 合同及源码（5分）"]
A3_SUB = ["响应摘要", "佐证页码", "得分"]
# (vendor, [(summary, page, points) per criterion], total, rank, panel's remark)
A3_ROWS = [
    ("成县鸡峰软件有限公司", [
        ("22.8万元（含税，13%专票）", "P3（开标一览表）", 8.5),
        ("注册资本1000万元；软件著作权18项；ISO27001", "P8-12", 4),
        ("小贷公司案例6家；农信系统案例无", "P40-46", 5),
        ("已取得等保三级，备案证明编号62122143006-24013（2024年11月取得）", "P15（备案证明复印件）", 15),
        ("身份证号、手机号、银行卡号SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月，异常操作可追溯", "P16-18", 10),
        ("已对接人行征信中心（二代征信）、百行征信", "P19", 5),
        ("个人征信查询、风控模型（评分卡+规则引擎）、反欺诈、还款计划及提醒、风控审批、用户管理", "P21-30", 18),
        ("免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；提供终身技术咨询；"
         "维保期满后年服务费2.3万元/年", "P33-35", 14),
        ("省内暂无服务网点，远程支持为主，重大故障派工程师到场", "P36", 1),
        ("以上售后承诺全部写入合同；交付完整源码，无加密，可二次开发", "P37", 5),
    ], 85.5, 3, "本地化服务弱，无农信系统案例"),
    ("宕昌官鹅数科有限公司", [
        ("19.6万元（含税）", "P2（开标一览表）", 9.5),
        ("注册资本3000万元；软件著作权42项；ISO27001、CMMI3", "P6-14", 5),
        ("农商行及农信社案例12家，小贷公司案例9家", "P48-60", 10),
        ("已取得等保三级，备案证明编号62122643011-25004", "P17", 15),
        ("SM4加密（身份证号、手机号、银行卡号）；全站HTTPS；RBAC；操作日志保存12个月", "P18-20", 8),
        ("人行征信中心、百行征信、朴道征信", "P22", 5),
        ("个人征信查询（人行二代征信）、反欺诈、还款计划及提醒、风控审批、用户管理；风控模型：详见投标文件P27", "P25-27", 20),
        ("免费维护12个月，含bug修复及小版本升级；监管政策调整免费；7×24小时技术支持，1小时内响应；终身技术咨询；"
         "维保期满后年费2.2万元/年", "P38-40", 12),
        ("陇南市设有分公司，常驻工程师", "P41", 5),
        ("售后承诺写入合同；完整源码交付", "P42", 4),
    ], 93.5, 1, "综合实力强，农信案例多，建议准入"),
    ("康县阳坝信息技术有限公司", [
        ("20.8万元（含税）", "P2", 9.5),
        ("注册资本2000万元；软件著作权26项", "P5-9", 4.5),
        ("农商行案例8家、小贷案例5家", "P44-52", 9),
        ("详见投标文件P23", "P23", 15),
        ("SM4加密（身份证号、手机号）；全站HTTPS；RBAC角色权限；操作日志保存12个月", "P24-25", 9),
        ("百行征信、朴道征信", "P26", 5),
        ("个人征信查询、智能风控（风控模型）、反欺诈模型、还款管理、风控审批、用户管理", "P28-33", 18),
        ("免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时，2小时内响应；终身技术咨询；年费2.5万元/年",
         "P35-36", 13),
        ("兰州设有办事处，陇南无常驻人员", "P37", 3),
        ("以上承诺写入合同；完整源码，可二次开发", "P38", 5),
    ], 91, 2, "建议准入"),
    ("庄浪云崖科技有限公司", [
        ("18.8w（不含税，增值税6%另开专票）", "P2", 9),
        ("注册资本500万元；软件著作权9项", "P4-6", 3),
        ("小贷公司案例4家", "P30-33", 4),
        ("已取得三级（备案证明编号62082543019-23020）", "P11", 15),
        ("SM4加密身份证号；HTTPS；角色权限；日志保存6个月", "P12", 8),
        ("百行征信", "P13", 5),
        ("个人征信、风控模型、反欺诈、还款管理、风控审批、用户管理", "P15-22", 18),
        ("免费维护6个月，仅修复bug；监管政策调整免费（因甲方个性化需求引起的除外）；工作日9:00-18:00技术支持，4小时内响应；"
         "提供终身技术咨询；维保期满后年费1.6万元/年", "P25-26", 8),
        ("平凉设有服务中心", "P27", 3),
        ("写入合同；完整源码", "P28", 5),
    ], 78, 4, "售后偏弱"),
    ("两当云屏网络科技有限公司", [
        ("11.8万元（含税）", "P1", 10),
        ("注册资本200万元；软著5项", "P3", 2),
        ("小贷案例2家", "P20", 2),
        ("等保二级（已备案），三级暂无计划", "P8", 0),
        ("AES加密；HTTPS；管理员单账号；日志保存3个月", "P9", 3),
        ("支持对接征信", "—", 2),
        ("个人征信、风控模型、还款管理、风控审批、用户管理", "P10-14", 15),
        ("免费维护3个月；政策适配另计；5×8；次日响应；不提供终身咨询；年费面议", "P16", 3),
        ("无", "—", 0),
        ("合同只约定价格及交付内容；授权使用，绑定域名", "P18", 0),
    ], 37, 5, "等保不达标，不予准入"),
]


def build_zzza03():
    wb = Workbook()
    ws = wb.active
    ws.title = "准入评分表"
    ncrit = len(A3_CRITERIA)
    last = 2 + 3 * ncrit + 3
    put_row(ws, 1, ["陇南仇池农村商业银行股份有限公司 信息科技类供应商准入评分表"], font=TITLE, border=False)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    put_row(ws, 2, ["（2024年版 · 科技信息部制）　适用：西和仇池小额贷款有限公司（本行发起设立）个人信用贷系统源码采购　"
                    "评审日期：2025-12-03"], border=False)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    put_row(ws, 3, ["说明：“响应摘要”摘自各投标人投标文件原文，“佐证页码”为投标文件页码；评审小组依据投标文件原件打分，“得分”为评审"
                    "小组打分（满分为该项分值）。投标文件原件由小贷公司综合部存档。"], border=False)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=last)
    ws.row_dimensions[3].height = 30
    top = ["序号", "投标人"]
    for c in A3_CRITERIA:
        top += [c, None, None]
    top += ["加权总分", "排名", "评审小组意见"]
    put_row(ws, 5, top, font=BOLD, fill=GREY, align=CENTER)
    sub = [None, None] + A3_SUB * ncrit + [None, None, None]
    put_row(ws, 6, sub, font=BOLD, fill=GREY, align=CENTER)
    for c in (1, 2, last - 2, last - 1, last):
        ws.cell(row=6, column=c).border = BOX
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    for i in range(ncrit):
        c = 3 + 3 * i
        for k in (1, 2):
            ws.cell(row=5, column=c + k).border = BOX
        ws.merge_cells(start_row=5, start_column=c, end_row=5, end_column=c + 2)
    ws.row_dimensions[5].height = 32
    for n, (vendor, cells, total, rank, remark) in enumerate(A3_ROWS, start=1):
        r = 6 + n
        row = [n, vendor]
        for summary, page, pts in cells:
            row += [summary, page, pts]
        row += [total, rank, remark]
        put_row(ws, r, row)
        for i in range(ncrit):
            ws.cell(row=r, column=5 + 3 * i).fill = YELLOW       # the panel's points
        ws.row_dimensions[r].height = 105
    r = 7 + len(A3_ROWS) + 1
    put_row(ws, r, ["评审结论：建议准入宕昌官鹅数科有限公司（第一名）、康县阳坝信息技术有限公司（第二名）；两当云屏网络科技有限公司"
                    "等保不达标，不予准入。"], font=BOLD, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
    put_row(ws, r + 1, ["评审小组（签字）：苟建平（组长）、杨晓燕、马文博　　监督：王卫东（纪检）"], border=False)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=last)
    ws.freeze_panes = "C7"
    widths(ws, [5, 18] + [30, 11, 6] * ncrit + [9, 6, 18])
    _save(wb, A3_NAME)

    comment = """Voice: the 评审小组 of 西和仇池小额贷款 (founded by 陇南仇池农商银行; local personal credit, no cross-border business; the
  type's band is 18–25万), scoring five bids on the sponsoring bank's 信息科技类供应商准入评分表 (2024年版, made by the bank's 科技信息部
  for every IT supplier it admits). The 响应摘要 cells are the vendors' words ('摘自各投标人投标文件原文'); the 佐证页码 cells say on
  which page of the bid the words stand; the 得分 cells, 加权总分, 排名, 评审小组意见, the 评审结论 line and the signatures are the
  panel's — scored 'from the originals', which stay in the company's files, not in this workbook.
Layout: .xlsx, one sheet "准入评分表": title row 1, the form's edition line row 2, the note row 3; a TWO-ROW header — row 5 序号 |
  投标人 | ten weighted criteria each MERGED over three columns ('1. 投标报价（10分）', '4. 等保三级（15分）', '5. 数据安全（加密/传输/
  权限/日志）（10分）', '7. 功能模块（20分）', '8. 售后服务（15分）', '10. 合同及源码（5分）' …) | 加权总分 | 排名 | 评审小组意见 (序号,
  投标人 and the last three merged down rows 5–6), row 6 '响应摘要 | 佐证页码 | 得分' under every criterion — then one ROW per vendor
  (rows 7–11), 35 columns; the points filled yellow; row 13 the 评审结论, row 14 the signatures. Vendors in row order: 成县鸡峰,
  宕昌官鹅, 康县阳坝, 庄浪云崖, 两当云屏.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor row, each criterion's 响应摘要 read as the field(s) its group header names (analyst-reading §9, a header
  in two rows: 'each column is named by its term — … the group's when it [the sub-header] only says whose words the column holds');
  数据安全 and 售后服务 and 合同及源码 are cells of several facts (§5; 'a label naming two fields'). A page ('P23', 'P25-27',
  'P3（开标一览表）') is where a thing is said, never an amount or a period (§9, the index of a bid's pages: 'the page before an extract
  … is where it is said'), and a summary that only points to a page says nothing ('见投标文件第18页' alone: unknown, the gate unverified,
  never failed); a module the summary sends to a page ('风控模型：详见投标文件P27') is unconfirmed — a must-have so written makes the gate
  unverified, never missing (§6: 'a long cell that points to a document on one line … still says the rest, and that module is
  unconfirmed'). The 得分, 加权总分, 排名 and 评审结论 are the panel's — scored from a bid this file does not hold: no proof, and no
  reason to rank (§9, a consultant's scoring sheet; a published list of candidates: 'the panel's scores and ranks are no reason to
  rank'). 企业资质, 同业案例 and 本地化服务 are the bank's criteria, no terms of the quote (registered capital is no price; 'P36' is no
  response time).
Traps: the decisive one is the page references behind the panel's full marks. The panel ranks 宕昌官鹅 first (93.5) and recommends
  it; it is the cheapest certified bid (196,000 含税) with a filing number, SM4, 7×24 within 1 hour, 12 months with upgrades, full
  source, 20 of 20 points for its modules. CARELESS TOP PICK: 宕昌官鹅数科有限公司. But its module summary reads '个人征信查询（人行
  二代征信）、反欺诈、还款计划及提醒、风控审批、用户管理；风控模型：详见投标文件P27' — the personal-credit must-have risk model is only
  a pointer to a page this file does not hold: unconfirmed, the gate unverified (a question for the vendor), whatever the panel
  scored from the original. The same holds for the panel's second, 康县阳坝: its 等保 summary is only '详见投标文件P23' (15 of 15
  points): unknown, unverified. CAREFUL TOP PICK: 成县鸡峰软件有限公司 — the panel's third (85.5, docked for having no 农信 cases and no
  office in the province, neither a term of the quote): 22.8万 含税 = 228,000 inside 18–25万, '已取得等保三级，备案证明编号
  62122143006-24013（2024年11月取得）', SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs with tracing, 人行征信中心（二代征信）
  + 百行, every personal-credit must-have with anti-fraud (风控模型（评分卡+规则引擎）), 12 months with minor upgrades, free policy
  adaptation, 7×24 within 1 hour, lifetime consulting, 2.3万 a year after, everything in the contract, full unencrypted source.
  庄浪云崖 passes too: '18.8w（不含税，增值税6%另开专票）' = 199,280, certified, but 6-month logs, 6 months bug-fix-only maintenance,
  office hours and 4 hours. 两当云屏 (118,000 含税, the caution zone) holds '等保二级（已备案），三级暂无计划' — a stated no: FAIL.
Not settled and not asserted: whether 庄浪云崖's '监管政策调整免费（因甲方个性化需求引起的除外）' keeps policy adaptation free (the
  exception names the buyer's own custom requests, not regulation) — neither its value nor policy_adaptation_charged is asserted;
  the standing of its '仅修复bug' (no upgrades either way); whether a must-have or a level only pointed to a page also raises
  'unconfirmed' beside 'unverified'; 两当云屏's values beyond the level, the cipher, the access control, the logs, the maintenance,
  the support, the response, the consulting and the source (its '年费面议' is unknown; its '合同只约定价格及交付内容' keeps the
  after-sales out of the contract, as analyst-reading's '合同只约定交付内容，售后以服务说明为准' does — asserted as the flag
  not_in_contract, the value's standing left open). None of them moves a gate or the pick."""
    vendors = [
        dict(vendor="成县鸡峰软件有限公司", gate="pass", price=228000,
             why="row 7. 投标报价 '22.8万元（含税，13%专票）' = 228,000 inside 18–25万 ('P3（开标一览表）' is a page). '已取得等保三级，备案证明编号62122143006-24013（2024年11月取得）'; 数据安全 '身份证号、手机号、银行卡号SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月，异常操作可追溯'; 征信 '人行征信中心（二代征信）、百行征信'; 功能 个人征信查询, 风控模型（评分卡+规则引擎）, 反欺诈, 还款计划及提醒, 风控审批, 用户管理; 售后 12个月 with minor upgrades, 政策 免费, 7×24, 1小时内, 终身技术咨询, '2.3万元/年'; 合同及源码 '以上售后承诺全部写入合同；交付完整源码，无加密，可二次开发'. The panel's 85.5 and rank 3 are theirs. 3 years: 228,000 + 2 × 23,000 = 274,000.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=23000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD_AF),
        dict(vendor="庄浪云崖科技有限公司", gate="pass", price=199280,
             why="row 10. '18.8w（不含税，增值税6%另开专票）' = 188,000 × 1.06 = 199,280 inside 18–25万. '已取得三级（备案证明编号62082543019-23020）'; 'SM4加密身份证号；HTTPS；角色权限；日志保存6个月' (6, not under 6); 百行征信; modules 个人征信, 风控模型, 反欺诈, 还款管理, 风控审批, 用户管理; '免费维护6个月，仅修复bug'; policy '免费（因甲方个性化需求引起的除外）' (not settled); '工作日9:00-18:00', '4小时内响应'; 提供终身技术咨询; '1.6万元/年'; '写入合同；完整源码'.",
             values=_vals("policy_adaptation_free", audit_log_months=6, free_maintenance_months=6,
                          maintenance_includes_upgrades=False, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=16000, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free=None, response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h"],
             flex=_but("maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h",
                       "policy_adaptation_charged", "conditional", "unconfirmed", base=ALL_BAD_AF)),
        dict(vendor="宕昌官鹅数科有限公司", gate="unverified", price=196000,
             why="row 8. '19.6万元（含税）' = 196,000 inside 18–25万. 功能 '个人征信查询（人行二代征信）、反欺诈、还款计划及提醒、风控审批、用户管理；风控模型：详见投标文件P27' — the must-have risk model only pointed to a page the file does not hold: unconfirmed, never missing — unverified, whatever the panel's 20 points and rank 1. The rest stated: '已取得等保三级，备案证明编号62122643011-25004'; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志12个月; 人行征信中心 + 百行 + 朴道; 12个月 with minor upgrades; 政策 免费; 7×24, 1小时内; 终身技术咨询; '2.2万元/年'; '售后承诺写入合同；完整源码交付'.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=["personal_credit_report", "anti_fraud", "repayment_management", "risk_approval", "user_management"],
             fex=BLOAT,
             flin=["unverified"],
             flex=_but("unconfirmed", "unverified", base=ALL_BAD_AF)),
        dict(vendor="康县阳坝信息技术有限公司", gate="unverified", price=208000,
             why="row 9. '20.8万元（含税）' = 208,000 inside 18–25万. 等保 '详见投标文件P23' only (page P23, the panel's 15 points): unknown — unverified, never failed. The rest stated: 'SM4加密（身份证号、手机号）；全站HTTPS；RBAC角色权限；操作日志保存12个月'; 百行 + 朴道; modules 个人征信查询, 智能风控（风控模型）, 反欺诈模型, 还款管理, 风控审批, 用户管理; 12个月 with minor upgrades; 政策 免费; 7×24, 2小时内; 终身技术咨询; '2.5万元/年'; '以上承诺写入合同；完整源码，可二次开发'.",
             values=_vals(mlps_level3="null", response_hours=2, annual_fee_after_warranty_cny=25000,
                          source_code_delivery="full"),
             status=_st(mlps_level3="unknown", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["unverified"],
             flex=_but("unconfirmed", "unverified", base=ALL_BAD_AF)),
        dict(vendor="两当云屏网络科技有限公司", gate="fail", price=118000,
             why="row 11. '11.8万元（含税）' = 118,000: the caution zone. '等保二级（已备案），三级暂无计划' = level 2, no plan: FAIL. 'AES加密' (no SM4); HTTPS; '管理员单账号' (no access control); '日志保存3个月'; '支持对接征信' (claimed); modules 个人征信, 风控模型, 还款管理, 风控审批, 用户管理 (no anti-fraud); '免费维护3个月'; '政策适配另计'; '5×8'; '次日响应' (24 h); '不提供终身咨询'; '年费面议'; '合同只约定价格及交付内容'; '授权使用，绑定域名' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=False, audit_log_months=3,
                         free_maintenance_months=3, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated", lifetime_consulting="stated"),
             fin=PC + CORE, fex=BLOAT + ["anti_fraud"],
             flin=["no_mlps_level3", "no_sm4", "no_access_control", "audit_log_under_6m", "price_below_15w",
                   "maintenance_under_12m", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only", "no_anti_fraud", "claimed"],
             flex=["missing_must_have", "price_below_10w", "price_over_budget", "price_missing", "no_tls",
                   "bloat_features", "source_partial"]),
    ]
    write_toml(A3_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [A3_NAME], "成县鸡峰软件有限公司",
               "成县鸡峰 is the one bid whose words prove every gate: 228,000 含税 inside 18–25万, filing number 62122143006-24013, SM4 on three named fields, TLS1.2, RBAC, 12-month logs, 人行二代征信 + 百行, every personal-credit must-have with anti-fraud, 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 2.3万 a year after, everything in the contract, full source. The panel's first, 宕昌官鹅 (196,000), writes its risk model only as '详见投标文件P27' and its second, 康县阳坝, its 等保 only as '详见投标文件P23': pointers to pages the file does not hold, both unverified whatever the panel scored from the originals. 庄浪云崖 (199,280) passes with 6 months, office hours and 4 hours; 两当云屏 holds 等保二级 (fail).",
               vendors)


if __name__ == "__main__":
    build_zzza01()
    build_zzza02()
    build_zzza03()
