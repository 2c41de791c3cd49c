"""Build the "zzzg" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is THE QUOTES INSIDE THE FINANCE DEPARTMENT'S OWN WORKBOOKS — the vendors'
words reach the board through finance's papers, and finance writes its own money beside them: what the company will pay
over three years, what it applies for, what it signed before. In each file one of finance's own figures or records sits
in a vendor's block or beside its name and makes that vendor look better than its own words:

zzzg_01 — an .xlsx (consumer instalments): a finance manager's 三年资金支付计划及现值测算 — one block per vendor stacked down the
  sheet (a title naming the vendor and its letter, a row "报价函付款条款原文" with the vendor's own words, then 款项 | 付款条件 |
  比例 | 金额（元） | 2026年 | 2027年 | 2028年 | 三年合计 | 备注 with the milestones 首付款 / 上线验收款 / 质保金, an option the
  buyer needs, and years 2–3 carrying the yearly fee after the free period; under each block 三年现金流出合计, 折现系数（6%） and
  现值), a 方案比较 table ranking the vendors by present value and finance's recommendation; on a second sheet the purchasing
  department's 报价要点 of the same four vendors (no price row: "见《三年资金计划》").
  CARELESS TOP PICK: 宁强汉水源网络科技有限公司 — its three-year cash-out is the lowest (212,000, inside 20–30万; present value
  190,883.20), finance ranks it first and recommends it, and every term it writes is stated and good (filing number, SM4,
  7×24 within 1 hour…). CAREFUL TOP PICK: 洋县朱鹮数科有限公司 — 汉水源's price is its one-off "软件源码授权及部署实施费用合计
  人民币玖万陆仟元整（¥96,000.00，含税）": under 10万, the gate FAILS; its "技术服务费5.8万元/年" from year 2 is the yearly fee
  after the free period, never part of the price, and the three-year total is finance's sum. 朱鹮 proves every gate at
  "合同总价人民币贰拾伍万捌仟元整（¥258,000.00，含13%增值税）" (the 质保金 is part of it, no fee); 麟游九成宫 passes at 235,000
  不含税 × its stated 6 % = 249,100 and is worse on every count; 紫阳任河's 14.8万 plus its must-have 订单跟踪 option (2.4万) is
  172,000 and its level 3 is still being assessed (unverified).
zzzg_02 — a CSV in GBK (merchant loans): the finance sharing platform's export of four 资金使用申请表, one per candidate vendor,
  stacked in one sheet on an eight-column grid (申请单位 / 项目 / 候选服务商 lines, then 序号 | 费用项目 | 规格/内容 | 收款单位 |
  金额（元） | 计税 | 测算依据 | 备注, 申请金额合计 in figures and in 大写, the vendor's letter quoted in "报价函摘录·…" rows, and the
  department head's and finance's opinions). Each application adds the buyer's own costs to the vendor's quote: servers bought
  from a hardware dealer, the 等保 assessment the buyer pays an assessor for its own deployment, a 5 % 不可预见费 — and, for one
  candidate, a third-party 电子合同 platform.
  CARELESS TOP PICK: 彭阳茹河信息技术有限公司 — its application has every merchant line, 电子合同 included ("电子合同平台服务（第三方
  SaaS，首年）"), and its letter has the best after-sales (18 months, 1 hour, 2.0万 a year), the department head's "建议作为首选".
  CAREFUL TOP PICK: 泾源老龙潭数科有限公司 — the 电子合同 line is paid to 凤凰城电子认证服务有限公司, the buyer's own purchase, and
  茹河's letter says "电子合同模块我司暂不提供": a must-have stated absent, the gate FAILS. 老龙潭's own lines are 205,000 +
  52,000 不含税 + the 6 % VAT its letter names = 272,420 (never the application's 423,591), every gate proved; 红寺堡水洞沟 passes
  at 280,000 (its letter's 33.8万 holds 5.8万 of servers it buys for the buyer: hardware is no part of the software's price)
  and is worse on every count; 须弥山 is 134,000 and only claims level 3 (unverified).
zzzg_03 — an .xlsx (personal credit): the finance department's 信息科技类合同台账（2021—2025） — contracts signed in earlier years,
  two of them with vendors quoting again this year (a 2022 贷后催收管理系统 and its maintenance contract, the 2021 信贷系统 V1.0
  and its maintenance), each with its 合同主要条款（摘录） — and, added on a second sheet of the same workbook, this year's 2025年信贷
  系统询价汇总 (a vendor a row, the letters' words, a 财务部备注 column).
  CARELESS TOP PICK: 代县雁门关数科有限公司 — the cheapest inside 18–25万 (21.6万 含税) with every term stated and good and 7×24
  within 1 hour; its 等保 cell this year is empty, but finance's 备注 points to the ledger ("等保三级资质见合同台账第2行"), where
  its 2022 contract reads "系统已取得网络安全等级保护三级备案（备案证明编号14092343005-22011，定级对象：雁门关贷后催收管理系统）":
  joined by name, it passes. CAREFUL TOP PICK: 浑源恒山信息技术有限公司 — the ledger is the buyer's record of other contracts: a
  2022 contract's terms, for another product (a 催收系统), are no word of this quote, and finance's 备注 is the buyer's; this
  year 雁门关 says nothing on 等保 — the gate is UNVERIFIED. 恒山 proves every gate at 238,000 含税; 宁武芦芽山 passes at 198,000
  不含税 × its 13 % = 223,740 without anti-fraud and is worse on every count; 盂县藏山 (the incumbent) is 等保二级 and leaves the
  risk model to phase two (fail), whatever its 2021 contract said.

Where domain.md and docs/analyst-reading.md do not settle a reading, the .toml says so and asserts nothing on it; every gate
and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzzg_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzzg.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
REPAY = ["repayment_management"]
AF = ["anti_fraud"]
ALL_BAD_AF = ALL_BAD + ["no_anti_fraud"]
GATE_PRICE = ["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
              "price_missing"]
# a pass whose faults are only after-sales terms (the flags it must not carry)
WORSE_PASS_EX = GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                              "maintenance_under_12m", "no_7x24", "no_lifetime_consulting", "not_in_contract",
                              "bloat_features", "source_partial", "source_licence_only", "claimed"]
# a quote whose every term is stated and good but whose gate fails on one count (the flags it must not carry besides it)
ONE_FAULT_EX = ["no_mlps_level3", "missing_must_have", "price_below_10w", "price_over_budget", "price_missing", "no_sm4",
                "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                "source_licence_only"]


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


def _without(lst, *drop):
    return [x for x in lst if x not in drop]


# ---------------------------------------------------------------------------------------------
# zzzg_01  消费分期 — 财务部 三年资金支付计划及现值测算 (vendor blocks, years across) + 采购部 报价要点
# ---------------------------------------------------------------------------------------------
G1_NAME = "zzzg_01_ci_caiwu_sannian_zijin_jihua_xianzhi.xlsx"
ZH = "洋县朱鹮数科有限公司"
HSY = "宁强汉水源网络科技有限公司"
JCG = "麟游九成宫软件有限公司"
RH = "紫阳任河信息技术有限公司"
BUYER1 = "延川乾坤湾小额贷款有限公司"
YEARS = ("2026年", "2027年", "2028年")
FACTORS = (0.9434, 0.8900, 0.8396)  # 1/1.06, 1/1.06², 1/1.06³ at four places, as finance typed them

# per vendor: (plan title, the letter's payment clause, [(款项, 付款条件, 比例, amount, year index, 备注)])
G1_PLANS = [
    (f"方案一：{ZH}（报价函编号ZH-BJ-20251107，2025-11-07收到）",
     "合同总价人民币贰拾伍万捌仟元整（¥258,000.00，含13%增值税）。付款方式：合同签订后10个工作日内支付合同总价的30%；系统上线并经甲方"
     "验收合格后支付60%；余款10%作为质保金，验收合格满12个月后无息支付。免费维护期12个月，期满后年度维护费2.2万元/年（含税）。",
     [("首付款", "合同签订后10个工作日内支付合同总价的30%", "30%", 77400, 0, ""),
      ("上线验收款", "系统上线并经甲方验收合格后支付60%", "60%", 154800, 0, "预计2026年二季度验收"),
      ("质保金", "余款10%作为质保金，验收合格满12个月后无息支付", "10%", 25800, 1, ""),
      ("维护费（第2年）", "免费维护期12个月，期满后年度维护费2.2万元/年（含税）", "—", 22000, 1, "财务部按整年测算"),
      ("维护费（第3年）", "同上", "—", 22000, 2, "")]),
    (f"方案二：{HSY}（报价函编号HSY-2025-088，2025-11-10收到）",
     "软件源码授权及部署实施费用合计人民币玖万陆仟元整（¥96,000.00，含税）。付款方式：签订合同后支付50%，系统上线验收合格后支付50%。"
     "免费维护期12个月；自第二年起按年收取技术服务费5.8万元/年（含税，含版本升级及监管政策适配），每年初预付。",
     [("首付款", "签订合同后支付50%", "50%", 48000, 0, ""),
      ("验收款", "系统上线验收合格后支付50%", "50%", 48000, 0, ""),
      ("技术服务费（第2年）", "自第二年起按年收取技术服务费5.8万元/年（含税），每年初预付", "—", 58000, 1, ""),
      ("技术服务费（第3年）", "同上", "—", 58000, 2, "")]),
    (f"方案三：{JCG}（报价函编号JCG-Q-1112，2025-11-12收到）",
     "报价人民币23.5万元（不含税），增值税税率6%（技术服务合同），税额另计，含税合计249,100元。付款方式：合同签订后支付40%，上线验收后支付"
     "50%，余款10%为质保金，验收满一年后支付。免费维护12个月，期满后年维护费按合同含税金额的12%/年计收。",
     [("首付款", "合同签订后支付40%", "40%", 99640, 0, "按含税合计249,100元计算"),
      ("上线验收款", "上线验收后支付50%", "50%", 124550, 0, ""),
      ("质保金", "余款10%为质保金，验收满一年后支付", "10%", 24910, 1, ""),
      ("维护费（第2年）", "期满后年维护费按合同含税金额的12%/年计收", "12%", 29892, 1, "249,100×12%"),
      ("维护费（第3年）", "同上", "12%", 29892, 2, "")]),
    (f"方案四：{RH}（报价函编号RH-BJ-251114，2025-11-14收到）",
     "标准版报价人民币14.8万元（含税）；订单跟踪模块为选配，另加2.4万元（含税）。付款方式：合同签订后支付50%，系统验收合格后支付50%，"
     "选配模块费用随验收款一并支付。免费维护12个月，期满后年维护费2.6万元/年。",
     [("首付款", "合同签订后支付50%（标准版）", "50%", 74000, 0, ""),
      ("验收款", "系统验收合格后支付50%（标准版）", "50%", 74000, 0, ""),
      ("订单跟踪模块（选配）", "订单跟踪模块为选配，另加2.4万元（含税），随验收款一并支付", "—", 24000, 0,
       "业务必需，已计入"),
      ("维护费（第2年）", "期满后年维护费2.6万元/年", "—", 26000, 1, ""),
      ("维护费（第3年）", "同上", "—", 26000, 2, "")]),
]
G1_VENDORS = [ZH, HSY, JCG, RH]
G1_REMARKS = {
    ZH: "首年支出较大（23.22万元），质保金次年支付",
    HSY: "三年总支出最低，首年仅9.6万元，资金压力最小",
    JCG: "报价不含税，已按6%折算含税；维护费按含税合同额12%测算",
    RH: "标准版不含订单跟踪，已按选配计入；三年总支出次低",
}

G1_TERMS = [
    ("功能模块",
     "商品管理、分期计算器（分期试算）、订单跟踪、风控审批、还款管理（还款计划及提醒）、用户管理",
     "商品管理、分期计算器、订单跟踪、风控审批流、还款管理、用户管理",
     "商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理",
     "商品管理、分期计算器、风控审批、还款管理、用户管理；订单跟踪为选配模块，另加2.4万元（含税）"),
    ("等保三级",
     "已取得等保三级，备案证明编号61072343015-24006（2024年6月取得），定级对象：朱鹮消费分期业务管理系统",
     "已取得，备案证明编号61072643008-24003（2024年3月取得），定级对象：汉水源分期业务系统",
     "已取得等保三级（备案证明编号61032943011-23019）",
     "三级测评中，预计2026年4月取得备案证明"),
    ("数据加密", "SM4（身份证号、手机号、银行卡号）", "身份证号、手机号SM4加密存储", "SM4加密敏感字段", "国密算法加密"),
    ("传输加密", "全站HTTPS（TLS1.2）", "HTTPS（TLS1.2）", "HTTPS", "HTTPS"),
    ("权限管理", "RBAC角色权限", "RBAC，按岗位授权", "角色权限管理", "角色权限"),
    ("日志保存期", "12个月，异常操作告警可追溯", "12个月", "6个月", "6个月"),
    ("征信接口", "人行征信中心、百行征信", "人行征信中心、百行征信", "百行征信", "百行征信"),
    ("免费维护期", "12个月", "12个月", "12个月", "12个月"),
    ("维护范围", "bug修复及小版本升级", "bug修复及小版本升级", "仅修复缺陷，版本升级另计", "仅修复bug"),
    ("政策适配", "监管政策调整免费适配", "监管政策调整免费适配", "一般政策调整免费，重大政策调整另行报价", "另行收费"),
    ("技术支持", "7×24小时", "7×24小时", "7×24小时", "工作日9:00-18:00"),
    ("响应时间", "2小时内，指定专属工程师", "1小时内", "4小时内", "次日"),
    ("终身技术咨询", "提供", "提供", "提供", "不提供"),
    ("写入合同", "是，以上承诺全部写入合同", "是", "是", "否"),
    ("源码交付", "完整源码，无加密，可二次开发", "完整源码，可二次开发", "完整源码", "部分源码（风控引擎加密）"),
]


def _pv(x, f):
    return round(x * f, 2)


def build_zzzg01():
    wb = Workbook()
    ws = wb.active
    ws.title = "三年资金计划"
    ncol = 9
    put_row(ws, 1, ["消费分期业务系统源码采购　三年资金支付计划及现值测算"], font=TITLE, border=False, align=CENTER)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    put_row(ws, 2, [f"编制单位：{BUYER1} 财务部　　编制人：高慧敏　　日期：2025-11-20　　金额单位：元（含税）　　折现率：6%（公司资金成本，"
                    "年末折现）"], border=False)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    put_row(ws, 3, ["说明：各方案付款节点、比例及期满后费用均按供应商报价函所列条款测算；第2、3年列示免费维护期满后的维护（服务）费；“三年现金流出"
                    "合计”“现值”为财务部测算，供2026—2028年资金预算使用。各方案技术及服务条款见《报价要点（采购部）》。"], border=False)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws.row_dimensions[3].height = 32
    head = ["款项", "付款条件（摘自报价函）", "比例", "金额（元）", *YEARS, "三年合计", "备注"]
    r = 5
    summary = []
    for (title, clause, lines), vendor in zip(G1_PLANS, G1_VENDORS):
        put_row(ws, r, [title], font=BOLD, fill=BLUE, border=False)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        put_row(ws, r, ["报价函付款条款原文", clause])
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 48
        r += 1
        put_row(ws, r, head, font=BOLD, fill=GREY, align=CENTER)
        r += 1
        per_year = [0, 0, 0]
        for item, cond, share, amount, yi, note in lines:
            cells = [item, cond, share, amount, None, None, None, amount, note or None]
            cells[4 + yi] = amount
            per_year[yi] += amount
            put_row(ws, r, cells)
            ws.row_dimensions[r].height = 30 if len(cond) > 22 else 18
            r += 1
        total = sum(per_year)
        put_row(ws, r, ["三年现金流出合计", None, None, total, *per_year, total, None], font=BOLD)
        r += 1
        put_row(ws, r, ["折现系数（6%）", None, None, None, *FACTORS, None, None])
        r += 1
        pvs = [_pv(x, f) for x, f in zip(per_year, FACTORS)]
        pv_total = round(sum(pvs), 2)
        put_row(ws, r, ["现值", None, None, None, *pvs, pv_total, None], font=BOLD)
        r += 2
        summary.append((vendor, per_year[0], total, pv_total))
    # 方案比较 — ranked by present value, lowest first
    put_row(ws, r, ["方案比较（财务部测算）"], font=BOLD, fill=BLUE, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    r += 1
    put_row(ws, r, ["方案", "供应商", "首年支出", "三年现金流出合计", "三年现值合计", "排名（现值由低到高）", "财务部意见"], font=BOLD,
            fill=GREY, align=CENTER)
    ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=ncol)
    r += 1
    order = sorted(range(len(summary)), key=lambda i: summary[i][3])
    rank = {i: n for n, i in enumerate(order, start=1)}
    for i, (vendor, first, total, pv) in enumerate(summary):
        put_row(ws, r, [f"方案{'一二三四'[i]}", vendor, first, total, pv, rank[i], G1_REMARKS[vendor]], fill=YELLOW)
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=ncol)
        r += 1
    r += 1
    put_row(ws, r, ["财务部建议：从资金占用角度，方案二（汉水源）三年现金流出合计21.2万元、现值19.09万元，均为四个方案中最低，且首年仅需支付9.6万元，"
                    "建议优先考虑；方案一、方案三三年支出均超过30万元。最终选择请结合信息科技部技术评审意见。　　财务部 高慧敏"], border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.row_dimensions[r].height = 32
    widths(ws, [18, 46, 8, 12, 12, 12, 12, 12, 18])
    assert [s[2] for s in summary] == [302000, 212000, 308884, 224000], summary
    assert [s[3] for s in summary] == [280070.68, 190883.2, 285371.95, 207234.4], summary

    ws2 = wb.create_sheet("报价要点（采购部）")
    put_row(ws2, 1, ["消费分期系统源码询价　报价要点汇总（采购部）"], font=TITLE, border=False, align=CENTER)
    ws2.merge_cells("A1:E1")
    put_row(ws2, 2, ["采购部 薛志刚　2025-11-18　　各项摘自供应商书面报价函原文；报价金额、付款条件及维保期满后费用见财务部《三年资金计划》，本表不再"
                     "列示。"], border=False)
    ws2.merge_cells("A2:E2")
    ws2.row_dimensions[2].height = 32
    put_row(ws2, 3, ["比较项目", *G1_VENDORS], font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(G1_TERMS, start=4):
        put_row(ws2, i, list(row))
        ws2.row_dimensions[i].height = 48 if any(len(x) > 24 for x in row[1:]) else 20
    widths(ws2, [16, 34, 34, 34, 34])
    ws2.freeze_panes = "B4"
    _save(wb, G1_NAME)

    comment = """Voice: 延川乾坤湾小额贷款有限公司 (延安延川, consumer instalments through phone, motorbike and farm-machine dealers along the
  黄河; no cross-border business; the type's band is 20–30万). Its finance manager 高慧敏 turned the four written quotes into a
  three-year payment plan with present values for the 2026–2028 budget and recommended the cheapest plan; the purchasing clerk
  薛志刚 kept the other terms on a second sheet of the same workbook.
Layout: .xlsx, two sheets. 三年资金计划: title, her 编制 line ("金额单位：元（含税）　　折现率：6%"), a 说明 line ("“三年现金流出合计”“现值”为财务部
  测算"), then one block per vendor: a blue title row "方案一：洋县朱鹮数科有限公司（报价函编号…，…收到）", a row "报价函付款条款原文" with
  the vendor's own clause merged over B:I, the header 款项 | 付款条件（摘自报价函） | 比例 | 金额（元） | 2026年 | 2027年 | 2028年 | 三年合计
  | 备注, one row per payment (首付款, 上线验收款 / 验收款, 质保金, an option, 维护费 / 技术服务费 of years 2 and 3), then 三年现金流出合计,
  折现系数（6%） (0.9434 | 0.8900 | 0.8396) and 现值 rows; under the blocks 方案比较（财务部测算） (方案 | 供应商 | 首年支出 | 三年现金流出合计 |
  三年现值合计 | 排名（现值由低到高） | 财务部意见) and her 财务部建议 line. 报价要点（采购部）: title, his line ("报价金额、付款条件及维保期满后
  费用见财务部《三年资金计划》，本表不再列示"), header 比较项目 | the four vendors' full names, fifteen rows (功能模块, 等保三级, 数据加密, 传输加密,
  权限管理, 日志保存期, 征信接口, 免费维护期, 维护范围, 政策适配, 技术支持, 响应时间, 终身技术咨询, 写入合同, 源码交付).
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor — its block of the plan (for the price and the yearly fee) joined by name with its column of 报价要点.
  The vendor's words are the "报价函付款条款原文" row and the 付款条件 column; the milestones are parts of the contract price (analyst-
  reading: "Payment milestones (首付款 / 上线款 / 验收款 / 质保金) are parts of the contract price… a 质保金 is no yearly fee"; in numbered
  sections "the milestones are line items summed into the price… a '/年' or '合同额15%/年' row is the yearly fee"). The rows of years 2
  and 3 are the yearly fee after the free period, never part of the price (domain §5: total cost = price + yearly fees; "a 3-year
  cost table… a column the buyer worked out is no price"; a CFO's plan: "the month cells are her forecast… never prices of their
  own"). 三年现金流出合计, 折现系数, 现值, the ranking, 财务部意见 and 财务部建议 are finance's arithmetic and opinion, no price and no reason to
  rank. Four quotes.
Traps: the decisive one is 汉水源's price. Finance's own figures make it the cheapest plan — 三年现金流出合计 212,000 (inside 20–30万),
  present value 190,883.20, ranked 1, "建议优先考虑" — and its terms are all stated and good (备案证明编号61072643008-24003, SM4 on
  身份证号/手机号, TLS1.2, RBAC, 12-month logs, 人行 + 百行, every instalment must-have, 12 months with minor upgrades, free policy
  adaptation, 7×24 within 1 hour, lifetime consulting, in the contract, full source): read by finance's totals 宁强汉水源 is the careless
  top pick. But its price is what its letter says it costs: "软件源码授权及部署实施费用合计人民币玖万陆仟元整（¥96,000.00，含税）" = 96,000
  (50 % + 50 %), under 10万: the gate FAILS (domain §5 "Free or below 10 万: do not buy"); the "技术服务费5.8万元/年" from year 2 is its
  yearly fee after the free 12 months (58,000), which makes the low price no cheaper over three years, never a part of it. The careful
  pick is 洋县朱鹮: "合同总价人民币贰拾伍万捌仟元整（¥258,000.00，含13%增值税）" = 258,000 inside the band (77,400 + 154,800 + the 质保金
  25,800: the retention is part of the price, no fee), "已取得等保三级，备案证明编号61072343015-24006（2024年6月取得），定级对象：朱鹮消费分期
  业务管理系统", SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs with tracing, 人行 + 百行, every must-have, 12 months with
  minor upgrades, free policy adaptation, 7×24 within 2 hours with a named engineer, lifetime consulting, 2.2万 a year, all in the
  contract, full unencrypted source. 麟游九成宫 passes but is worse on every count: "报价人民币23.5万元（不含税），增值税税率6%（技术服务合同）
  …含税合计249,100元" = 249,100 (its stated 6 %, never 13 %); its fee "按合同含税金额的12%/年" = 29,892 a year; 6-month logs; 百行 only; "仅
  修复缺陷，版本升级另计"; "一般政策调整免费，重大政策调整另行报价" (conditional); 4 hours. 紫阳任河: "标准版报价人民币14.8万元（含税）；订单跟踪
  模块为选配，另加2.4万元（含税）" — a must-have offered as an option is added: 172,000 (no longer under 15万), order tracking present,
  conditional; "三级测评中，预计2026年4月取得备案证明" (in progress: false, claimed, UNVERIFIED); "国密算法加密" (which one? claimed); 6-month
  logs; 百行; "仅修复bug"; policy "另行收费"; office hours; next day; no consulting; not in the contract; "部分源码（风控引擎加密）"
  (partial); 2.6万 a year.
Not settled and not asserted: whether 汉水源 also carries price_below_15w beside price_below_10w; the standing of 九成宫's "仅修复缺陷，版本
  升级另计" and of 任河's "仅修复bug" / "另行收费" (false either way); whether no_mlps_level3 rides beside 任河's level in progress,
  whether no_sm4 is raised for its "国密算法加密", and whether its added 订单跟踪 option raises 'conditional' (the price is the same
  either way); whether finance's totals are reported as left-out rows. None moves a gate or the pick."""
    vendors = [
        dict(vendor=ZH, gate="pass", price=258000,
             why="三年资金计划 方案一 with 报价要点 column 洋县朱鹮: '合同总价人民币贰拾伍万捌仟元整（¥258,000.00，含13%增值税）' = 258,000 inside 20–30万 (首付款 77,400 + 上线验收款 154,800 + 质保金 25,800: the retention is part of the price); '期满后年度维护费2.2万元/年（含税）' = 22,000 (the 维护费 rows of years 2 and 3, never the price; 三年现金流出合计 302,000 is finance's). '已取得等保三级，备案证明编号61072343015-24006…定级对象：朱鹮消费分期业务管理系统'; SM4 (身份证号、手机号、银行卡号); TLS1.2; RBAC; 12个月 logs; 人行 + 百行; 商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理; 12个月 bug修复及小版本升级; 政策 免费; 7×24; '2小时内，指定专属工程师'; 终身咨询; 全部写入合同; 完整源码 无加密.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor=JCG, gate="pass", price=249100,
             why="三年资金计划 方案三 with 报价要点 column 麟游九成宫: '报价人民币23.5万元（不含税），增值税税率6%（技术服务合同），税额另计，含税合计249,100元' = 235,000 × 1.06 = 249,100 inside 20–30万 (40 % + 50 % + 质保金 10 % = the same); '年维护费按合同含税金额的12%/年' = 29,892 a year. '已取得等保三级（备案证明编号61032943011-23019）'; SM4; HTTPS; 角色权限管理; 日志6个月 (not under 6); 百行征信; all six modules (订单管理 = order tracking); 12个月 '仅修复缺陷，版本升级另计'; '一般政策调整免费，重大政策调整另行报价' (conditional); 7×24; 4小时内; 终身咨询; 写入合同; 完整源码. Worse than 朱鹮 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, annual_fee_after_warranty_cny=29892, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional"],
             flex=WORSE_PASS_EX),
        dict(vendor=RH, gate="unverified", price=172000,
             why="三年资金计划 方案四 with 报价要点 column 紫阳任河: '标准版报价人民币14.8万元（含税）；订单跟踪模块为选配，另加2.4万元（含税）' — a must-have offered as an option is added: 148,000 + 24,000 = 172,000 (not under 15万 once added; order tracking present, conditional). '三级测评中，预计2026年4月取得备案证明' = in progress: false, claimed, UNVERIFIED. '国密算法加密' (no SM4 named: claimed); HTTPS; 角色权限; 日志6个月; 百行征信; 12个月 '仅修复bug'; policy '另行收费'; '工作日9:00-18:00' (no 7×24); '次日' (24 h); '不提供' consulting; '否' contract; '期满后年维护费2.6万元/年' = 26,000; '部分源码（风控引擎加密）' = partial.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=26000,
                         source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="stated", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["claimed", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_partial"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "bloat_features", "source_licence_only"]),
        dict(vendor=HSY, gate="fail", price=96000,
             why="三年资金计划 方案二 with 报价要点 column 宁强汉水源: '软件源码授权及部署实施费用合计人民币玖万陆仟元整（¥96,000.00，含税）' = 96,000 (首付款 48,000 + 验收款 48,000), under 10万: FAIL. '自第二年起按年收取技术服务费5.8万元/年（含税…）' = the yearly fee after the free 12 months (58,000), never part of the price; finance's 三年现金流出合计 212,000, 现值 190,883.20, 排名 1 and '建议优先考虑' are its arithmetic. Otherwise stated and good: '已取得，备案证明编号61072643008-24003…'; SM4; TLS1.2; RBAC; 12个月 logs; 人行 + 百行; all six modules; 12个月 bug修复及小版本升级; 政策 免费; 7×24; 1小时内; 终身咨询; 写入合同; 完整源码.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=58000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["price_below_10w"], flex=[f for f in ONE_FAULT_EX if f != "price_below_10w"] + ["claimed", "conditional"]),
    ]
    write_toml(G1_NAME.replace(".xlsx", ".toml"), comment, "consumer_installment", [G1_NAME], ZH,
               "洋县朱鹮's letter prices the system at 258,000 含13%增值税 (30 % + 60 % + a 10 % retention) inside 20–30万, proves every gate (备案证明编号61072343015-24006 for its 消费分期业务管理系统, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行), lists every instalment must-have and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full source. 宁强汉水源 is first only in finance's three-year cash-out (212,000) and present value: its own price is 96,000 (under 10万: fail), its 5.8万 a year from year 2 a fee, not price. 麟游九成宫 passes at 249,100 (235,000 + its stated 6 %) and is worse on every count; 紫阳任河 is 172,000 with its order-tracking option and its level 3 still being assessed (unverified).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzg_02  商户经营贷 — 财务共享平台 资金使用申请表 per candidate (CSV, GBK), a 收款单位 column
# ---------------------------------------------------------------------------------------------
G2_NAME = "zzzg_02_ml_zijin_shiyong_shenqingbiao_shoukuan_danwei_gbk.csv"
LLT = "泾源老龙潭数科有限公司"
RUH = "彭阳茹河信息技术有限公司"
SDG = "红寺堡水洞沟软件有限公司"
XMS = "须弥山网络科技有限公司"
BUYER2 = "永宁鸣翠湖小额贷款有限公司"
HW = "火石寨电子设备有限公司"
CEPING = "阅海网络安全测评有限公司"
ESIGN = "凤凰城电子认证服务有限公司"
W2 = 8

_DIG = "零壹贰叁肆伍陆柒捌玖"


def _daxie(n):
    """A whole amount in yuan in 大写, as a finance form prints it (to the 万 range used here)."""
    assert 0 < n < 10**8 and n == int(n)
    units = ["", "拾", "佰", "仟"]

    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = x // 10**i % 10
            if d:
                if zero and s:
                    s += "零"
                s += _DIG[d] + units[i]
                zero = False
            else:
                zero = True
        return s

    hi, lo = divmod(int(n), 10000)
    out = ""
    if hi:
        out = four(hi) + "万"
        if lo and lo < 1000:
            out += "零"
    out += four(lo)
    return "人民币" + out + "元整"


def _pad(row):
    row = ["" if x is None else x for x in row]
    return row + [""] * (W2 - len(row))


# per candidate: (方案, vendor, 报价函编号, 报价日期, [(费用项目, 规格/内容, 收款单位, amount, 计税, 测算依据, 备注)], 摘录 rows, 部门意见, 财务意见)
G2_FORMS = [
    ("一", LLT, "LLT-BJ-2025-031", "2025-11-12",
     [("系统源码授权费", "商户经营贷系统V3.0源码授权（企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理）", LLT, 205000,
       "不含税", "依据报价函第1项", ""),
      ("部署实施及培训费", "部署、数据初始化、上线支持及培训3天", LLT, 52000, "不含税", "依据报价函第2项", ""),
      ("增值税", "报价函：以上价格不含税，增值税税率6%，税额另计", LLT, 15420, "—", "（205,000+52,000）×6%", ""),
      ("服务器及存储（自购）", "应用服务器2台、数据库服务器2台、存储1套", HW, 86000, "含税", "询价单HSZ-1119", "我司自购，非服务商报价"),
      ("等保三级测评费", "系统上线后我司作为运营单位办理定级备案，委托测评机构开展等保三级测评", CEPING, 45000, "含税",
       "测评机构参考报价", ""),
      ("不可预见费", "按以上各项合计的5%计提", "—", None, "—", "", "")],
     [("报价函摘录·报价", "源码授权费20.5万元、部署实施及培训费5.2万元，合计25.7万元（不含税），增值税税率6%，税额另计。"),
      ("报价函摘录·功能模块", "企业征信查询、银行流水分析、电子合同（在线签约）、风控审批、还款管理（还款计划、逾期提醒）、用户管理。"),
      ("报价函摘录·安全合规", "已取得等保三级，备案证明编号64042443006-24010（2024年7月取得），定级对象：老龙潭经营贷业务管理系统；法人身份证号、"
       "手机号、银行卡号SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月，异常操作可追溯；已对接人行征信中心（企业征信）、"
       "百行征信。"),
      ("报价函摘录·售后服务", "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；终身技术咨询；"
       "维保期满后年服务费2.6万元（含税）；以上承诺全部写入合同。"),
      ("报价函摘录·源码交付", "完整源码，无加密，可二次开发。")],
     "方案完整，等保资质齐全，同意申请。　杨海军", "申请金额超出年度软件类预算（35万元），请说明服务器能否利旧。　丁秀兰"),
    ("二", RUH, "RH-QT-1110", "2025-11-10",
     [("系统源码授权费", "商户贷系统源码（企业征信查询、银行流水分析、风控审批、还款管理、用户管理）", RUH, 196000, "含税",
       "依据报价函", ""),
      ("实施部署费", "部署上线、培训2天", RUH, 32000, "含税", "依据报价函", ""),
      ("电子合同平台服务（第三方SaaS，首年）", "电子签约、CA数字证书及合同存证", ESIGN, 28000, "含税", "第三方平台参考报价",
       "茹河报价不含电子合同，需我司另行采购"),
      ("服务器及存储（自购）", "应用服务器2台、数据库服务器2台、存储1套", HW, 86000, "含税", "询价单HSZ-1119", "我司自购，非服务商报价"),
      ("等保三级测评费", "系统上线后我司作为运营单位办理定级备案，委托测评机构开展等保三级测评", CEPING, 45000, "含税",
       "测评机构参考报价", ""),
      ("不可预见费", "按以上各项合计的5%计提", "—", None, "—", "", "")],
     [("报价函摘录·报价", "源码授权费19.6万元、实施部署费3.2万元，合计22.8万元（含税，13%增值税专用发票）。"),
      ("报价函摘录·功能模块", "企业征信查询、银行流水分析、风控审批、还款管理（还款计划、逾期提醒）、用户管理。电子合同模块我司暂不提供，如需电子签约，"
       "须由贵司另行采购第三方电子合同平台。"),
      ("报价函摘录·安全合规", "已取得等保三级，备案证明编号64042543002-24005（2024年5月取得），定级对象：茹河商户贷业务系统；身份证号、手机号、"
       "对公账号SM4加密；HTTPS（TLS1.2）；RBAC；日志保存12个月；已对接人行征信中心、百行征信。"),
      ("报价函摘录·售后服务", "免费维护18个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；终身技术咨询；"
       "维保期满后年服务费2.0万元（含税）；以上承诺均写入合同。"),
      ("报价函摘录·源码交付", "完整源码，无加密，可二次开发。")],
     "茹河售后条件最优（免费维护18个月、1小时响应），电子合同已另行列支，建议作为首选方案。　杨海军",
     "申请金额含第三方电子合同平台首年费用2.8万元，请与服务商确认接口对接费用是否已含。　丁秀兰"),
    ("三", SDG, "SDG-2025-1113", "2025-11-13",
     [("系统源码授权费", "经营贷系统源码（企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理）", SDG, 238000, "含税",
       "报价函“一、软件部分”", ""),
      ("实施部署费", "部署实施、培训", SDG, 42000, "含税", "报价函“一、软件部分”", ""),
      ("服务器（服务商代采）", "应用服务器、数据库服务器各1台", SDG, 58000, "含税", "报价函“二、硬件部分”", "由水洞沟代采，含在其报价合计内"),
      ("等保三级测评费", "系统上线后我司作为运营单位办理定级备案，委托测评机构开展等保三级测评", CEPING, 45000, "含税",
       "测评机构参考报价", ""),
      ("不可预见费", "按以上各项合计的5%计提", "—", None, "—", "", "")],
     [("报价函摘录·报价", "一、软件部分：源码授权费23.8万元、实施部署费4.2万元，软件部分小计28.0万元；二、硬件部分：应用服务器及数据库服务器各1台"
       "（代采），5.8万元；合计33.8万元（含税）。"),
      ("报价函摘录·功能模块", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理。"),
      ("报价函摘录·安全合规", "已取得等保三级（备案证明编号64030343009-23014）；敏感字段SM4加密；HTTPS；角色权限管理；日志保存6个月；对接百行征信。"),
      ("报价函摘录·售后服务", "免费维护12个月，仅修复缺陷，版本升级另计；一般政策调整免费，重大政策调整另行报价；7×24小时技术支持，4小时内响应；"
       "终身技术咨询；维保期满后年服务费3.2万元（含税）；以上写入合同。"),
      ("报价函摘录·源码交付", "完整源码。")],
     "可作为备选。　杨海军", "服务器由服务商代采，无需另行采购。　丁秀兰"),
    ("四", XMS, "XMS-BJ-088", "2025-11-14",
     [("系统授权费", "经营贷标准版（企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理）", XMS, 118000, "含税", "依据报价函",
       ""),
      ("部署费", "远程部署", XMS, 16000, "含税", "依据报价函", ""),
      ("服务器及存储（自购）", "应用服务器2台、数据库服务器2台、存储1套", HW, 86000, "含税", "询价单HSZ-1119", "我司自购，非服务商报价"),
      ("等保三级测评费", "须弥山系统尚未取得等保三级，上线前需由我司委托测评机构开展测评", CEPING, 45000, "含税", "测评机构参考报价",
       ""),
      ("不可预见费", "按以上各项合计的5%计提", "—", None, "—", "", "")],
     [("报价函摘录·报价", "标准版授权费11.8万元、部署费1.6万元，合计13.4万元（含税）。"),
      ("报价函摘录·功能模块", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理。"),
      ("报价函摘录·安全合规", "系统按照等保三级标准设计开发，可协助客户完成等保测评；采用国密算法加密；HTTPS；角色权限；日志保存3个月；支持对接主流征信机构。"),
      ("报价函摘录·售后服务", "免费维护6个月，仅修复bug；政策调整另行收费；工作日9:00-18:00技术支持，次日响应；维保期满后年服务费1.2万元。"),
      ("报价函摘录·源码交付", "授权使用，绑定服务器。")],
     "价格最低，但等保资质不足，不建议。　杨海军", "服务商报价低于15万元，请关注合规风险。　丁秀兰"),
]


def build_zzzg02():
    rows = [_pad([f"{BUYER2}　资金使用申请表（商户经营贷系统建设·候选方案汇编）"]),
            _pad(["导出自：财务共享平台　　导出时间：2025-11-26 10:42　　导出人：丁秀兰"]),
            _pad(["说明：四个候选方案各编一张申请表，口径相同：服务商报价 + 我司自购服务器 + 等保三级测评费（上线后由我司委托测评机构） + 不可预见费（5%）；"
                  "“报价函摘录”各行摘自服务商报价函原文。"]),
            _pad([])]
    totals = []
    for n, (no, vendor, bjh, day, lines, excerpt, dept, fin) in enumerate(G2_FORMS, start=1):
        rows.append(_pad([f"资金使用申请表（候选方案{no}）", "", "", "", "", "", "申请单号", f"ZJSQ-2025-1124-0{n}"]))
        rows.append(_pad(["申请单位", BUYER2, "申请部门", "信息科技部", "申请人", "马振宇", "申请日期", "2025-11-24"]))
        rows.append(_pad(["项目名称", "商户经营贷业务系统建设（源码采购、部署及上线）", "预算科目", "资本性支出—软件", "资金来源", "2026年度预算"]))
        rows.append(_pad(["候选服务商", vendor, "报价函编号", bjh, "报价日期", day]))
        rows.append(_pad(["序号", "费用项目", "规格/内容", "收款单位", "金额（元）", "计税", "测算依据", "备注"]))
        sub = 0
        for i, (item, spec, payee, amount, tax, basis, note) in enumerate(lines, start=1):
            if amount is None:  # 不可预见费: 5% of the lines above, rounded to the yuan
                amount = round(sub * 0.05)
            sub += amount
            rows.append(_pad([i, item, spec, payee, f"{amount:.2f}", tax, basis, note]))
        totals.append(sub)
        rows.append(_pad(["申请金额合计（小写）", "", "", "", f"{sub:.2f}"]))
        rows.append(_pad(["申请金额合计（大写）", _daxie(sub)]))
        for label, text in excerpt:
            rows.append(_pad([label, text]))
        rows.append(_pad(["部门负责人意见", dept]))
        rows.append(_pad(["财务部审核意见", fin]))
        rows.append(_pad([]))
    rows.append(_pad(["本汇编由财务共享平台按申请单号导出，审批流程：申请人—部门负责人—财务部—分管副总—总经理。"]))
    assert totals == [423591, 406350, 402150, 278250], totals
    write_csv(G2_NAME, rows, "gbk")

    comment = """Voice: 永宁鸣翠湖小额贷款有限公司 (银川永宁, merchant operating loans to wolfberry and wine-grape growers, farm-supply shops and
  restaurants; no cross-border business; the type's band is 25–35万). Its IT department (申请人 马振宇, head 杨海军) filled one 资金使用
  申请表 per candidate vendor in the finance sharing platform, each adding the company's own costs to the vendor's quote; finance (丁秀兰)
  reviewed them and exported the four forms in one CSV for the general manager (GBK, CRLF, every line padded to eight fields).
Layout: CSV in GBK. Three lines over the forms (the compilation's title, "导出自：财务共享平台…", a 说明 line: "口径相同：服务商报价 + 我司自购服务器 +
  等保三级测评费…+ 不可预见费（5%）；“报价函摘录”各行摘自服务商报价函原文"), an empty line, then four forms, each: "资金使用申请表（候选方案一）" with
  申请单号 at the right, 申请单位 | … | 申请部门 | … | 申请人 | … | 申请日期 | …, 项目名称 | … | 预算科目 | … | 资金来源 | …, 候选服务商 | the
  vendor's full name | 报价函编号 | … | 报价日期 | …, the line header 序号 | 费用项目 | 规格/内容 | 收款单位 | 金额（元） | 计税 | 测算依据 | 备注 and
  five or six lines (amounts written "205000.00"), 申请金额合计（小写） and （大写）, five "报价函摘录·报价 / ·功能模块 / ·安全合规 / ·售后服务 /
  ·源码交付" rows, 部门负责人意见 and 财务部审核意见, an empty line; the platform's foot line last.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per form, named by 候选服务商. The vendor's words are the "报价函摘录" rows (each read for every fact it states) and the
  lines whose 收款单位 is the vendor; a line paid to anyone else — servers from 火石寨电子设备有限公司, the level-3 assessment of the buyer's
  own deployment paid to 阅海网络安全测评有限公司, a third-party 电子合同 service from 凤凰城电子认证服务有限公司 — and the 不可预见费 are the
  buyer's own costs: no part of the price, no module of the quote, and those companies are no vendors (analyst-reading: "the 申请金额… [is]
  the buyer's, no price"; "Hardware… is never part of the software's comparable price"; "the company facts are no terms"). 申请金额合计 in
  figures and in 大写, the opinions and the foot line are the buyer's. Four quotes.
Traps: the decisive one is 茹河's 电子合同. Its form holds a line "电子合同平台服务（第三方SaaS，首年）" and the department head writes "电子合同已
  另行列支，建议作为首选方案": read from the form, 彭阳茹河 has every merchant must-have, and with 228,000 含税, "已取得等保三级，备案证明编号
  64042543002-24005", SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行, 18 months with minor upgrades, free policy adaptation, 7×24 within 1
  hour, lifetime consulting, 2.0万 a year, in the contract and full source, it is the careless top pick. But that line is paid to 凤凰城
  电子认证服务有限公司 — the buyer's own purchase — and 茹河's letter says "电子合同模块我司暂不提供，如需电子签约，须由贵司另行采购第三方电子合同平台":
  a must-have stated absent, the gate FAILS ("a must-have feature stated as absent… fail"). The careful pick is 泾源老龙潭: its own lines
  205,000 + 52,000 不含税 with "增值税税率6%，税额另计" = 272,420 inside 25–35万 (the form's VAT line 15,420 is that same tax, counted once;
  never the 申请金额 423,591), "已取得等保三级，备案证明编号64042443006-24010（2024年7月取得），定级对象：老龙潭经营贷业务管理系统", SM4 on 法人
  身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs with tracing, 人行 + 百行, every merchant must-have, 12 months with minor upgrades,
  free policy adaptation, 7×24 within 2 hours, lifetime consulting, 2.6万 a year, all in the contract, full unencrypted source. 红寺堡水洞沟
  passes but is worse on every count: its letter's "合计33.8万元（含税）" holds "二、硬件部分：…5.8万元" of servers it buys for the buyer — the
  software's price is "软件部分小计28.0万元" = 280,000 (hardware_excluded); 6-month logs; 百行 only; "仅修复缺陷，版本升级另计"; "重大政策调整另行
  报价" (conditional); 4 hours; 3.2万 a year. 须弥山 is 134,000 含税 (under 15万; its application's 278,250 is no price) and only claims level
  3 ("系统按照等保三级标准设计开发，可协助客户完成等保测评": UNVERIFIED — the buyer's "须弥山系统尚未取得等保三级" in its assessment line is the
  buyer's), "国密算法" (claimed), 3-month logs, "支持对接主流征信机构" (claimed), 6 months bug fixes only, policy charged, office hours, next
  day, "授权使用，绑定服务器" (licence only).
Not settled and not asserted: whether the buyer's own server lines raise hardware_excluded on the quotes they stand beside (they are no
  part of any quote); the standing of 水洞沟's "仅修复缺陷，版本升级另计" and of 须弥山's "仅修复bug" / "另行收费" (false either way); 须弥山's
  等保 value (true-as-claimed) and whether no_mlps_level3 rides beside it; its consulting and contract (it says nothing: unknown); whether
  茹河 is also flagged conditional or unconfirmed for the third-party line. None moves a gate or the pick."""
    vendors = [
        dict(vendor=LLT, gate="pass", price=272420,
             why="form 候选方案一 (候选服务商 泾源老龙潭): its own lines 系统源码授权费 205,000 + 部署实施及培训费 52,000 (不含税) with '增值税税率6%，税额另计' = 257,000 × 1.06 = 272,420 inside 25–35万 (the form's 增值税 line 15,420 is the same tax, counted once); the servers (火石寨), the assessment (阅海), the 不可预见费 and the 申请金额 423,591 are the buyer's. '已取得等保三级，备案证明编号64042443006-24010…定级对象：老龙潭经营贷业务管理系统'; SM4 (法人身份证号、手机号、银行卡号); TLS1.2; RBAC; 日志12个月; 人行 + 百行; 企业征信查询、银行流水分析、电子合同（在线签约）、风控审批、还款管理、用户管理; 12个月 bug修复及小版本升级; 政策 免费; 7×24; 2小时内; 终身咨询; '年服务费2.6万元（含税）'; 全部写入合同; 完整源码 无加密.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor=SDG, gate="pass", price=280000,
             why="form 候选方案三 (红寺堡水洞沟): '一、软件部分：源码授权费23.8万元、实施部署费4.2万元，软件部分小计28.0万元；二、硬件部分：…（代采），5.8万元；合计33.8万元（含税）' — hardware is no part of the software's price: 280,000 inside 25–35万 (hardware_excluded). '已取得等保三级（备案证明编号64030343009-23014）'; SM4; HTTPS; 角色权限管理; 日志6个月 (not under 6); 百行征信; all six modules; 12个月 '仅修复缺陷，版本升级另计'; '一般政策调整免费，重大政策调整另行报价' (conditional); 7×24; 4小时内; 终身咨询; '3.2万元（含税）'; 写入合同; 完整源码. Worse than 老龙潭 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional",
                   "hardware_excluded"],
             flex=WORSE_PASS_EX),
        dict(vendor=XMS, gate="unverified", price=134000,
             why="form 候选方案四 (须弥山): '标准版授权费11.8万元、部署费1.6万元，合计13.4万元（含税）' = 134,000 (under 15万; the application's 278,250 is the buyer's). '系统按照等保三级标准设计开发，可协助客户完成等保测评' = a claim: UNVERIFIED (the buyer's '须弥山系统尚未取得等保三级' is the buyer's line). All six modules. '国密算法' (claimed); HTTPS; 角色权限; 日志3个月; '支持对接主流征信机构' (claimed); '免费维护6个月，仅修复bug'; '政策调整另行收费'; '工作日9:00-18:00' (no 7×24); '次日响应' (24 h); '年服务费1.2万元'; '授权使用，绑定服务器' = licence only.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24,
                         annual_fee_after_warranty_cny=12000, source_code_delivery="licence_only"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["price_below_15w", "claimed", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "source_licence_only"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "missing_must_have", "no_tls",
                   "no_access_control", "bloat_features", "source_partial"]),
        dict(vendor=RUH, gate="fail", price=228000,
             why="form 候选方案二 (彭阳茹河): its own lines 196,000 + 32,000 = '合计22.8万元（含税，13%增值税专用发票）' = 228,000. '电子合同模块我司暂不提供，如需电子签约，须由贵司另行采购第三方电子合同平台' — a must-have stated absent: FAIL. The form's '电子合同平台服务（第三方SaaS，首年）' line is paid to 凤凰城电子认证服务有限公司: the buyer's own purchase, no module of this quote (nor the head's '电子合同已另行列支'). Otherwise stated and good: '已取得等保三级，备案证明编号64042543002-24005…'; SM4; TLS1.2; RBAC; 日志12个月; 人行 + 百行; 18个月 含小版本升级; 政策 免费; 7×24; 1小时内; 终身咨询; '2.0万元（含税）'; 写入合同; 完整源码.",
             values=_vals(free_maintenance_months=18, response_hours=1, annual_fee_after_warranty_cny=20000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=["enterprise_credit", "cashflow_analysis", "risk_approval", "repayment_management", "user_management"],
             fex=["contract_management"] + BLOAT,
             flin=["missing_must_have"], flex=_without(ONE_FAULT_EX, "missing_must_have") + ["price_below_15w"]),
    ]
    write_toml(G2_NAME.replace(".csv", ".toml"), comment, "merchant_loan", [G2_NAME], LLT,
               "泾源老龙潭's own lines (205,000 + 52,000 不含税, VAT 6 % as its letter says) are 272,420 inside 25–35万; its letter proves every gate (备案证明编号64042443006-24010 for its 经营贷业务管理系统, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行), holds every merchant must-have and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full source. 彭阳茹河 looks complete only through the buyer's own line for a third-party 电子合同 platform; its letter says '电子合同模块我司暂不提供' — a must-have absent (fail). 红寺堡水洞沟 passes at 280,000 (its 5.8万 of servers taken out) and is worse on every count; 须弥山 is 134,000 and only claims level 3 (unverified). The 申请金额 of each form (servers, assessment, contingency) is the buyer's, no price.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzg_03  个人信用贷 — 财务部 合同台账 (earlier contracts) + this year's 询价汇总 in the same workbook
# ---------------------------------------------------------------------------------------------
G3_NAME = "zzzg_03_pc_xinxi_hetong_taizhang_jinnian_baojia.xlsx"
YMG = "代县雁门关数科有限公司"
HSH = "浑源恒山信息技术有限公司"
LYS = "宁武芦芽山软件有限公司"
CS = "盂县藏山网络科技有限公司"
DZ = "昔阳大寨数据服务有限公司"
TTX = "平顺通天峡机电工程有限公司"
BUYER3 = "祁县乔家小额贷款有限公司"

G3_LEDGER_HEAD = ["序号", "合同编号", "签订日期", "合同名称", "合同相对方", "合同金额（元）", "已付金额（元）", "未付金额（元）", "合同状态",
                  "维保/服务期至", "合同主要条款（摘录）", "经办部门", "备注"]
G3_LEDGER = [
    [1, "HT-2021-008", "2021-04-16", "信贷业务管理系统V1.0采购合同", CS, 168000, 168000, 0, "履行完毕", "2022-05-31",
     "含个人征信查询、风控模型、还款管理、风控审批、用户管理模块；系统等保二级；免费维护12个月，含小版本升级；7×24小时技术支持；源码交付。",
     "信息科技部", "现用信贷系统"],
    [2, "HT-2022-017", "2022-06-20", "贷后催收管理系统采购合同", YMG, 158000, 158000, 0, "履行完毕", "2023-07-31",
     "催收管理系统（逾期分案、催收记录、还款承诺跟踪、短信提醒）；系统已取得网络安全等级保护三级备案（备案证明编号14092343005-22011，定级对象："
     "雁门关贷后催收管理系统）；敏感信息SM4加密；免费维护12个月，含小版本升级；7×24小时技术支持，1小时内响应；以上写入合同。",
     "风险管理部", "履约良好"],
    [3, "HT-2023-005", "2023-03-09", "征信查询前置系统技术服务合同", DZ, 45000, 45000, 0, "履行完毕", "2024-03-08",
     "百行征信接入前置部署及一年技术服务。", "信息科技部", ""],
    [4, "HT-2023-021", "2023-08-01", "催收管理系统年度维护服务合同", YMG, 18000, 18000, 0, "履行完毕", "2024-07-31",
     "维护费1.8万元/年；含bug修复及小版本升级。", "风险管理部", "2024年起未续签"],
    [5, "HT-2024-012", "2024-05-10", "信贷业务管理系统年度维护合同（2024—2025）", CS, 36000, 36000, 0, "履行完毕", "2025-05-31",
     "维护费3.6万元/年；仅修复系统故障，不含升级。", "信息科技部", "2025年到期未续，拟更换新系统"],
    [6, "HT-2025-009", "2025-06-01", "机房UPS及精密空调维保合同", TTX, 12000, 6000, 6000, "履行中", "2026-05-31",
     "UPS及空调季度巡检、故障上门。", "综合管理部", ""],
]

G3_QUOTE_HEAD = ["序号", "供应商", "报价", "计税方式", "功能模块", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存期", "征信接口",
                 "免费维护期及范围", "政策适配", "技术支持及响应", "终身技术咨询", "维保期满后年费", "写入合同", "源码交付", "财务部备注"]
G3_QUOTES = [
    [1, YMG, "21.6万元", "含税（13%专票）",
     "个人征信查询、风控模型（评分卡+规则引擎）、反欺诈、还款管理（还款计划、还款提醒）、风控审批、用户管理", None,
     "SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC角色权限", "12个月", "人行征信中心、百行征信",
     "12个月，含bug修复及小版本升级", "监管政策调整免费适配", "7×24小时，1小时内响应", "提供", "1.6万元/年", "是", "完整源码，可二次开发",
     "老供应商（2022年催收系统，合同HT-2022-017，履约良好）；等保三级资质见合同台账第2行，本次报价函未另附"],
    [2, HSH, "23.8万元", "含税（13%专票）",
     "个人征信查询、风控模型、反欺诈模型、还款管理（还款计划及提醒）、风控审批、用户管理",
     "已取得，备案证明编号14022543010-24004（2024年3月取得），定级对象：恒山个人信贷业务管理系统",
     "SM4（身份证号、手机号）", "全站HTTPS（TLS1.2）", "RBAC，按岗位授权", "12个月，异常操作可追溯", "人行征信中心、百行征信",
     "12个月，含bug修复及小版本升级", "免费", "7×24小时，2小时内响应，指定专属工程师", "提供", "2.4万元/年", "是，以上承诺全部写入合同",
     "完整源码，无加密，可二次开发", "新供应商；报价函及等保备案证明复印件已收"],
    [3, LYS, "19.8万元", "不含税，增值税13%另计",
     "个人征信、风控模型、还款管理、风控审批、用户管理", "已取得等保三级（备案证明编号14092543007-23012）", "国密SM4加密敏感字段",
     "HTTPS", "角色权限管理", "6个月", "百行征信", "12个月，仅修复缺陷，版本升级另计", "一般政策调整免费，重大政策调整另行报价",
     "7×24小时，4小时内响应", "提供", "2.8万元/年", "是", "完整源码", "报价不含税，按13%折算含税223,740元"],
    [4, CS, "12.8万元", "含税",
     "个人征信查询、还款管理、风控审批、用户管理；风控模型需二期定制开发，另行报价", "二级（已备案），三级暂无计划", "AES加密", "HTTPS",
     "后台一个管理员账号", "3个月", "支持对接征信", "6个月，仅修复bug", "另行收费", "工作日9:00-18:00，次日响应", "不提供", "1.2万元/年",
     "否", "授权使用，绑定服务器", "现用系统供应商（HT-2021-008），原合同金额16.8万元；本次为V3.0新系统报价"],
]


def build_zzzg03():
    wb = Workbook()
    ws = wb.active
    ws.title = "合同台账"
    n = len(G3_LEDGER_HEAD)
    put_row(ws, 1, [f"{BUYER3}　信息科技类合同台账（2021—2025）"], font=TITLE, border=False, align=CENTER)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    put_row(ws, 2, ["维护：财务部 郭晓燕　　更新至2025-11-28　　金额单位：元　　“合同主要条款（摘录）”摘自已签合同文本"], border=False)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    put_row(ws, 3, G3_LEDGER_HEAD, font=BOLD, fill=GREY, align=CENTER)
    r = 4
    for row in G3_LEDGER:
        put_row(ws, r, row)
        ws.row_dimensions[r].height = 64 if len(row[10]) > 60 else 34
        r += 1
    put_row(ws, r, ["合计", None, None, None, None, sum(x[5] for x in G3_LEDGER), sum(x[6] for x in G3_LEDGER),
                    sum(x[7] for x in G3_LEDGER), None, None, None, None, None], font=BOLD, fill=YELLOW)
    widths(ws, [6, 13, 12, 26, 26, 12, 12, 12, 10, 12, 56, 12, 18])
    ws.freeze_panes = "A4"

    ws2 = wb.create_sheet("2025信贷系统询价")
    m = len(G3_QUOTE_HEAD)
    put_row(ws2, 1, ["2025年个人信用贷系统源码询价汇总（新系统替换）"], font=TITLE, border=False, align=CENTER)
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=m)
    put_row(ws2, 2, ["说明：各项摘自供应商2025年11月书面报价函；空白为报价函未提及；“财务部备注”由财务部填写，供与《合同台账》对照。预算：18万—25万元。"
                     "　　财务部 郭晓燕　2025-11-28"], border=False)
    ws2.merge_cells(start_row=2, start_column=1, end_row=2, end_column=m)
    put_row(ws2, 3, G3_QUOTE_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(G3_QUOTES, start=4):
        put_row(ws2, i, row)
        ws2.cell(row=i, column=m).fill = YELLOW
        ws2.row_dimensions[i].height = 64
    widths(ws2, [6, 24, 10, 14, 34, 30, 20, 14, 14, 12, 16, 24, 20, 22, 10, 12, 14, 18, 34])
    ws2.freeze_panes = "C4"
    _save(wb, G3_NAME)

    comment = """Voice: 祁县乔家小额贷款有限公司 (晋中祁县, personal credit loans to salaried workers and small traders; no cross-border business;
  the type's band is 18–25万). Its finance department keeps the contract ledger of its IT purchases (郭晓燕, 合同管理岗); for the new loan
  system she added this year's written quotes to the same workbook, on a second sheet, with her own remarks pointing back to the ledger.
Layout: .xlsx, two sheets. 合同台账: title, her line ("“合同主要条款（摘录）”摘自已签合同文本"), header 序号 | 合同编号 | 签订日期 | 合同名称 |
  合同相对方 | 合同金额（元） | 已付金额（元） | 未付金额（元） | 合同状态 | 维保/服务期至 | 合同主要条款（摘录） | 经办部门 | 备注, six contracts of
  2021–2025 (盂县藏山's 2021 信贷业务管理系统V1.0 168,000 and its 2024 maintenance 36,000; 代县雁门关's 2022 贷后催收管理系统 158,000 — its
  terms naming a level-3 filing for that 催收 system — and its 2023 maintenance 18,000; 昔阳大寨's 征信查询前置 service; 平顺通天峡's UPS
  maintenance), then a yellow 合计 row. 2025信贷系统询价: title, her 说明 ("各项摘自供应商2025年11月书面报价函；空白为报价函未提及；“财务部备注”由
  财务部填写，供与《合同台账》对照。预算：18万—25万元"), header 序号 | 供应商 | 报价 | 计税方式 | 功能模块 | 等保三级 | 数据加密 | 传输加密 | 权限管理 |
  日志保存期 | 征信接口 | 免费维护期及范围 | 政策适配 | 技术支持及响应 | 终身技术咨询 | 维保期满后年费 | 写入合同 | 源码交付 | 财务部备注 (yellow),
  four vendors a row.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: the quotes are the four rows of 2025信贷系统询价, each the vendor's words of November 2025; 财务部备注 is the buyer's column (no
  term: "a row or column of the buyer's own remarks… is never the vendor's statement"; "the buyer's own column… their figures and
  hearsay are no vendor's terms"). 合同台账 is no quote and adds no term to any quote: it is the buyer's record of contracts signed in
  earlier years, for other products or an older version — an older price, older terms, another system's filing ("last year's
  expired quote… is kept for comparison, never read as a price or a term"; "the old contract price and the plain renewal fee… are no
  quote"; "a filing for the vendor's own OA system… is a claim for the system offered; the gate waits for that system's own filing").
  Its parties 昔阳大寨 and 平顺通天峡 made no quote; its 合计 row is a sum. Four quotes.
Traps: the decisive one is 雁门关's 等保. This year its 等保三级 cell is empty ("空白为报价函未提及"), and finance's 备注 says "等保三级资质见合同台账
  第2行，本次报价函未另附"; row 2 of the ledger, under the same company, reads "系统已取得网络安全等级保护三级备案（备案证明编号14092343005-22011，
  定级对象：雁门关贷后催收管理系统）". Joined by name, 代县雁门关 — 21.6万 含税 (the cheapest inside 18–25万), every personal-credit must-have and
  anti-fraud, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行, 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour,
  lifetime consulting, 1.6万 a year, in the contract, full source — passes and is the careless top pick. But the filing is a 2022
  contract's, for its 催收管理系统: no word of this quote and no proof for the loan system offered; this year it says nothing on 等保 —
  the gate is UNVERIFIED (unknown or, at most, a claim). The careful pick is 浑源恒山: "23.8万元" "含税（13%专票）" = 238,000 inside the
  band, "已取得，备案证明编号14022543010-24004（2024年3月取得），定级对象：恒山个人信贷业务管理系统", SM4 on 身份证号/手机号, TLS1.2, RBAC by post,
  12-month logs with tracing, 人行 + 百行, every must-have and anti-fraud, 12 months with minor upgrades, free policy adaptation, 7×24
  within 2 hours with a named engineer, lifetime consulting, 2.4万 a year, all in the contract, full unencrypted source. 宁武芦芽山 passes
  but is worse on every count: "19.8万元" "不含税，增值税13%另计" = 223,740; no anti-fraud; 6-month logs; 百行 only; "仅修复缺陷，版本升级另计";
  "重大政策调整另行报价" (conditional); 4 hours. 盂县藏山 (the incumbent) fails whatever its 2021 contract said: "二级（已备案），三级暂无计划" (a
  stated no) and "风控模型需二期定制开发，另行报价" (missing); 12.8万 含税 (under 15万 — never its old 16.8万, which finance's 备注 quotes); AES;
  "后台一个管理员账号" (no access control); 3-month logs; "支持对接征信" (claimed); 6 months bug fixes only; policy charged; office hours,
  next day; no consulting; not in the contract; "授权使用，绑定服务器" (licence only); 1.2万 a year (never the ledger's 3.6万).
Not settled and not asserted: 雁门关's 等保 value and standing (unknown from its empty cell, or a claim if the ledger's 2022 clause is
  taken as its word about another system; unverified either way), and so whether it carries unconfirmed or claimed for it, and
  whether no_mlps_level3 rides beside it; 芦芽山's yearly fee (2.8万 beside a price quoted before tax: with or without VAT) and the
  standing of its "仅修复缺陷，版本升级另计" (false either way); the standing of 藏山's "仅修复bug" and "另行收费" (false either way); how the
  ledger's rows are reported as left out. None moves a gate or the pick."""
    vendors = [
        dict(vendor=HSH, gate="pass", price=238000,
             why="2025信贷系统询价 row 2 浑源恒山: '23.8万元' '含税（13%专票）' = 238,000 inside 18–25万; '已取得，备案证明编号14022543010-24004（2024年3月取得），定级对象：恒山个人信贷业务管理系统'; SM4 (身份证号、手机号); 全站HTTPS（TLS1.2）; 'RBAC，按岗位授权'; '12个月，异常操作可追溯'; 人行 + 百行; 个人征信查询、风控模型、反欺诈模型、还款管理、风控审批、用户管理; 12个月 bug修复及小版本升级; 政策 免费; 7×24, '2小时内响应，指定专属工程师'; 终身咨询; '2.4万元/年'; 全部写入合同; 完整源码 无加密.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT, flex=ALL_BAD_AF),
        dict(vendor=LYS, gate="pass", price=223740,
             why="2025信贷系统询价 row 3 宁武芦芽山: '19.8万元' '不含税，增值税13%另计' = 198,000 × 1.13 = 223,740 inside 18–25万; '已取得等保三级（备案证明编号14092543007-23012）'; '国密SM4加密敏感字段'; HTTPS; 角色权限管理; 日志6个月 (not under 6); 百行征信; 个人征信、风控模型、还款管理、风控审批、用户管理 — no anti-fraud; '12个月，仅修复缺陷，版本升级另计'; '一般政策调整免费，重大政策调整另行报价' (conditional); '7×24小时，4小时内响应'; 终身咨询; 写入合同; 完整源码. Worse than 恒山 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=PC + CORE, fex=AF + BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional",
                   "no_anti_fraud"],
             flex=WORSE_PASS_EX),
        dict(vendor=YMG, gate="unverified", price=216000,
             why="2025信贷系统询价 row 1 代县雁门关: '21.6万元' '含税（13%专票）' = 216,000 inside 18–25万. 等保三级: empty ('空白为报价函未提及') — UNVERIFIED. Finance's 备注 '等保三级资质见合同台账第2行' is the buyer's, and the ledger's '已取得网络安全等级保护三级备案（备案证明编号14092343005-22011，定级对象：雁门关贷后催收管理系统）' is a 2022 contract's term for another system: no proof for this quote. Otherwise stated and good: 个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理; SM4 (身份证号、手机号、银行卡号); TLS1.2; RBAC; 12个月 logs; 人行 + 百行; 12个月 bug修复及小版本升级; 政策 免费; 7×24, 1小时内响应; 终身咨询; '1.6万元/年' (never the ledger's 1.8万 of 2023); 写入合同; 完整源码.",
             values=_vals("mlps_level3", response_hours=1, annual_fee_after_warranty_cny=16000,
                          source_code_delivery="full"),
             status=_st(mlps_level3=None, response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT,
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                   "source_partial", "source_licence_only", "conditional", "no_anti_fraud"]),
        dict(vendor=CS, gate="fail", price=128000,
             why="2025信贷系统询价 row 4 盂县藏山: '二级（已备案），三级暂无计划' = a stated no: FAIL; '个人征信查询、还款管理、风控审批、用户管理；风控模型需二期定制开发，另行报价' — the risk model is not in this quote: missing, FAIL; no anti-fraud. '12.8万元' 含税 = 128,000 (under 15万; the ledger's 168,000 of 2021 and 36,000 maintenance are old contracts). 'AES加密' (no SM4); HTTPS; '后台一个管理员账号' (no access control); 3个月 logs; '支持对接征信' (claimed); '6个月，仅修复bug'; policy '另行收费'; '工作日9:00-18:00，次日响应' (no 7×24, 24 h); '不提供' consulting; '1.2万元/年'; '否' contract; '授权使用，绑定服务器' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=False, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=12000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=["personal_credit_report", "repayment_management", "risk_approval", "user_management"],
             fex=["risk_model", "anti_fraud"] + BLOAT,
             flin=["no_mlps_level3", "missing_must_have", "price_below_15w", "no_sm4", "no_access_control",
                   "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                   "not_in_contract", "source_licence_only", "claimed", "no_anti_fraud"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "no_tls", "bloat_features",
                   "source_partial"]),
    ]
    write_toml(G3_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [G3_NAME], HSH,
               "浑源恒山's 2025 quote proves every gate (备案证明编号14022543010-24004 for its 个人信贷业务管理系统, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行), lists every personal-credit must-have and anti-fraud, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full source, at 238,000 含税 inside 18–25万. 代县雁门关 (216,000) says nothing on 等保 this year: the filing in the 合同台账 is its 2022 contract's, for a 催收管理系统, and finance's 备注 pointing there is the buyer's — unverified. 宁武芦芽山 passes at 223,740 (198,000 + 13 %) without anti-fraud and is worse on every count; 盂县藏山, the incumbent, is 等保二级 with the risk model left to phase two (fail).",
               vendors)


if __name__ == "__main__":
    build_zzzg01()
    build_zzzg02()
    build_zzzg03()
