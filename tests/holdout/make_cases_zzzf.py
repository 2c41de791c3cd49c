"""Build the "zzzf" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is THE QUOTE AS MODERN OFFICE TOOLS EXPORT IT — the vendors' words reach the
buyer through a tool the buyer's team works in, and the tool puts its own machinery beside them: links between tables and
formulas the team built, a vendor's self-service price configurator whose 是否选购 column the buyer filled in, a project-
management tool's tasks whose descriptions and history hold the vendors' answers among the team's own to-dos and notes.
In each file the tool's machinery, or the buyer's own entry in it, makes one quote look better than its vendor's words:

zzzf_01 — an .xlsx (consumer instalments): a 飞书多维表格 (Feishu Bitable) base exported with 「导出为 Excel」, two linked
  tables, each a sheet: 供应商报价 (one record per vendor, submitted by the vendor's salesperson through the base's form, with
  the team's 公式 fields "含税总价（公式）" — 报价 × 1.06 whenever the tax mark is 不含税 — and "必备模块检查（公式）", a 关联记录
  field listing the vendor's module lines by record name, 多选 fields joined by commas, 附件 fields as file names, 创建人 /
  创建时间 / 最后更新时间 and the team's 评审状态 / 负责人 / 内部备注) and 报价模块明细 (one record per module line, each linked
  back to its quote, with the vendor's 配置方式 标配 / 选配 / 二期 and its own words).
  CARELESS TOP PICK: 孙吴胜山数科有限公司 — its linked record names list all three instalment must-haves ("胜山·商品管理,
  胜山·分期计算器,胜山·订单跟踪,…"), the team's formula says "✅ 齐全", and it is the cheapest in the band (218,000 含税) with
  the best after-sales. CAREFUL TOP PICK: 呼玛画山信息技术有限公司 — the record the name "胜山·订单跟踪" points to says, in
  胜山's own words, 配置方式 "二期（本期不交付）" and "订单跟踪模块列入二期开发…本期合同不含，届时另行报价": a must-have missing,
  the gate FAILS. 画山 (258,000 含税) proves every gate with every line 标配; 塔河固奇谷 passes at (242,000 + its 选配 分期计算器
  18,000) × 1.13 = 293,800 — never the team's ×1.06 formula — and is worse on every count; 嘉荫恐龙谷 (138,000) only claims 等保.
zzzf_02 — an .xlsx (merchant loans): each vendor's own self-service 报价配置表 / 价目表 (four layouts, one sheet per vendor,
  behind the buyer's 填写说明), each a module list with 单价, a 是否选购 column the buyer's purchasing clerk filled in (是 / 否),
  小计 and a 合计 of the ticked lines, and the vendor's service terms under it.
  CARELESS TOP PICK: 波密易贡数科有限公司 — every merchant must-have is ticked 是, its 合计 is the lowest in the band (268,000
  含税) and its terms the best. CAREFUL TOP PICK: 工布江达巴松措信息技术有限公司 — the 是 beside 易贡's 银行流水分析 is the clerk's
  wish, typed into a row the vendor marks "二期" ("列入二期开发…本期不交付，届时另行报价", no price, 小计 "—"): a must-have
  missing, the gate FAILS. 巴松措's ticked lines sum to 272,000 不含税 at its stated 6 % = 288,320 with every gate proved;
  朗县金东's 企业征信 is a 选配 the clerk left at 否 — a must-have option, added at its price (279,000 + 36,000 = 315,000) —
  and it is worse on every count; 察隅慈巴沟 is 98,000 (under 10万) and 等保二级.
zzzf_03 — a CSV in GBK (personal credit): a 禅道 (ZenTao) export of the selection project's tasks (编号 | 所属项目 | 所属模块 |
  任务名称 | … | 任务状态 | 指派给 | 由谁创建 | … | 关联供应商 | 任务描述 | 历史记录（备注）), each vendor's quote spread over its
  tasks — the letter's words copied into a 录入 task's description, a clarification or the vendor's mailed final price quoted
  in a task's history — beside the team's own tasks, requirements and notes ("已催", "待确认", "等保已核实").
  CARELESS TOP PICK: 多伦汇宗数科有限公司 — the cheapest in the band (216,000 含税) with the best after-sales, and its task
  "【汇宗】核实等保三级备案证明" is 已完成 with the clerk's "等保已核实 √", repeated in the team's 汇总 task. CAREFUL TOP PICK:
  正蓝旗元上都信息技术有限公司 — 汇宗's own letter says only "系统严格按照网络安全等级保护三级要求设计开发，可协助客户完成等保测评
  及备案" (a claim), and the clerk's "已核实" rests on a salesman's phone call (oral, and the buyer's words): UNVERIFIED.
  元上都 names its filing (15253043009-24002) and states everything else at 219,000 不含税 × 1.06 = 232,140; 太仆寺旗宝昌
  passes at its mailed final 248,000 含税 and is worse on every count; 苏尼特赛汉塔拉 fails (risk model "需二期定制开发");
  阿巴嘎浑善达克 declined.

Where domain.md and docs/analyst-reading.md do not settle a reading, the .toml says so and asserts nothing on it; every gate
and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzzf_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzzf.py
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
REPAY = ["repayment_management"]
AF = ["anti_fraud"]
ALL_BAD_AF = ALL_BAD + ["no_anti_fraud"]
GATE_PRICE = ["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
              "price_missing"]
# the flags a quote whose only fault is a claimed 等保 must not carry (no_mlps_level3 left out: whether the red flag rides
# beside 'unverified' for a claim is not what these cases measure)
CLEAN_BUT_GATE = ["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                  "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                  "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                  "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                  "source_licence_only", "conditional"]
# a pass whose faults are only after-sales terms (the flags it must not carry)
WORSE_PASS_EX = GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                              "maintenance_under_12m", "no_7x24", "no_lifetime_consulting", "not_in_contract",
                              "bloat_features", "source_partial", "source_licence_only", "claimed"]
# a quote whose only fault is one must-have missing (the flags it must not carry)
ONLY_MISSING_EX = ["no_mlps_level3", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only"]
FEISHU_HEAD = PatternFill("solid", fgColor="E8F3FF")


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


# ---------------------------------------------------------------------------------------------
# zzzf_01  消费分期 — 飞书多维表格 export: 供应商报价 + 报价模块明细 (关联记录), the team's 公式 fields
# ---------------------------------------------------------------------------------------------
F1_NAME = "zzzf_01_ci_feishu_duoweibiaoge_guanlian_jilu.xlsx"
SS = "孙吴胜山数科有限公司"
HS = "呼玛画山信息技术有限公司"
GQG = "塔河固奇谷软件有限公司"
KLG = "嘉荫恐龙谷网络科技有限公司"
BUYER1 = "漠河极光小额贷款有限公司"

F1_HEAD = ["供应商名称", "报价总额（元，不含选配）", "计税方式", "税率", "含税总价（公式）", "报价模块明细", "必备模块检查（公式）",
           "赠送模块", "等保三级", "等保证明（附件）", "数据加密", "传输加密", "权限管理", "日志保存期（月）", "已对接征信机构",
           "售后服务承诺", "维保期满后年费", "源码交付", "报价单（附件）", "评审状态", "负责人", "内部备注", "创建人", "创建时间",
           "最后更新时间"]


def _links(short, mods):
    return ",".join(f"{short}·{m}" for m in mods)


F1_ROWS = [
    [HS, 258000, "含税", "13%", 258000,
     _links("画山", ["商品管理", "分期计算器", "订单跟踪", "风控审批", "还款管理", "用户管理"]), "✅ 齐全", None,
     "已取得，备案证明编号23272143006-24008（2024年4月取得），定级对象：画山消费分期管理系统",
     "画山_等保三级备案证明_23272143006-24008.pdf", "SM4加密存储（身份证号、手机号）", "HTTPS", "RBAC角色权限", 12,
     "人行征信中心,朴道征信",
     "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应，指定专属工程师；终身技术咨询；"
     "以上承诺写入合同", "2.4万元/年", "完整源码（无加密，可二次开发）", "画山信息_消费分期系统报价单.pdf", "初筛通过", "赵雪",
     "比胜山贵4万，演示顺畅", "孟凡军", datetime(2025, 11, 10, 9, 41), datetime(2025, 11, 18, 16, 5)],
    [SS, 218000, "含税", "13%", 218000,
     _links("胜山", ["商品管理", "分期计算器", "订单跟踪", "风控审批", "还款管理", "用户管理"]), "✅ 齐全", "积分商城",
     "已取得等保三级，备案证明编号23112443009-24012（2024年7月取得），定级对象：胜山消费分期业务管理系统",
     "胜山_等保三级备案证明.pdf", "SM4（身份证号、手机号、银行卡号）", "HTTPS", "RBAC角色权限，按岗位授权", 12,
     "人行征信中心,百行征信",
     "免费维护18个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；终身技术咨询；以上承诺全部写入合同",
     "1.6万元/年", "完整源码（无加密，可二次开发）", "胜山数科_消费分期系统报价单_盖章.pdf", "初筛通过", "赵雪",
     "价格最低，必备模块齐全（公式已校验），建议优先谈", "刘洋", datetime(2025, 11, 10, 14, 22), datetime(2025, 11, 18, 16, 9)],
    [GQG, 242000, "不含税", "13%", 256520,
     _links("固奇谷", ["商品管理", "分期计算器", "订单管理", "风控审批", "还款管理", "用户管理"]), "✅ 齐全", None,
     "已取得等保三级（备案证明编号23272243011-23015）", "固奇谷_备案证明.jpg", "SM4", "HTTPS", "角色权限管理", 6, "百行征信",
     "免费维护12个月（仅缺陷修复，版本升级另计）；一般政策调整免费，重大政策调整另行报价；7×24小时技术支持，4小时内响应；终身技术咨询；"
     "以上写入合同", "3.0万元/年（含税）", "完整源码", "固奇谷_报价单.xlsx", "初筛通过", "赵雪", "含税价已按公式折算",
     "隋建国", datetime(2025, 11, 11, 10, 3), datetime(2025, 11, 18, 16, 12)],
    [KLG, 138000, "含税", "13%", 138000,
     _links("恐龙谷", ["商品管理", "分期计算器", "订单跟踪", "还款管理", "用户管理"]), "✅ 齐全", "区块链存证,智能客服机器人",
     "系统按照等保三级标准设计开发，可协助客户完成等保测评及备案", "等保三级设计方案.pdf", "AES-256加密", "HTTPS", "角色权限",
     3, None,
     "免费维护6个月，仅修复bug；政策适配另行收费；5×8小时技术支持（工作日9:00-17:00），次日响应", "0.8万元/年", "完整源码",
     "恐龙谷_报价.pdf", "待补材料", "赵雪", "最便宜，但等保只有设计方案", "王立冬", datetime(2025, 11, 12, 15, 30),
     datetime(2025, 11, 17, 11, 48)],
]

F1_LINE_HEAD = ["明细名称", "所属报价", "模块名称", "配置方式", "选配价格（元）", "计税方式", "供应商说明", "创建人", "创建时间"]
STD = "标配（含在报价内）"
OPT = "选配（另计）"
PH2 = "二期（本期不交付）"
F1_LINES = [
    ("画山", HS, "孟凡军", datetime(2025, 11, 10, 9, 52), [
        ("商品管理", STD, None, None, "商品库、分类、上下架、价格管理"),
        ("分期计算器", STD, None, None, "支持等额本息、等额本金、先息后本试算"),
        ("订单跟踪", STD, None, None, "订单全流程状态跟踪，对接商户端"),
        ("风控审批", STD, None, None, "审批流可配置"),
        ("还款管理", STD, None, None, "还款计划、还款提醒、逾期管理"),
        ("用户管理", STD, None, None, "用户及角色管理")]),
    ("胜山", SS, "刘洋", datetime(2025, 11, 10, 14, 35), [
        ("商品管理", STD, None, None, "商品及商户管理"),
        ("分期计算器", STD, None, None, "分期试算，支持多种还款方式"),
        ("订单跟踪", PH2, None, None, "订单跟踪模块列入二期开发，预计2026年二季度上线，本期合同不含，届时另行报价"),
        ("风控审批", STD, None, None, "风控审批流"),
        ("还款管理", STD, None, None, "还款计划、还款提醒、逾期催收"),
        ("用户管理", STD, None, None, "用户、角色及权限")]),
    ("固奇谷", GQG, "隋建国", datetime(2025, 11, 11, 10, 15), [
        ("商品管理", STD, None, None, None),
        ("分期计算器", OPT, 18000, "不含税（13%）", "分期计算器为增值模块，选配另计18,000元（不含税）"),
        ("订单管理", STD, None, None, "订单状态跟踪"),
        ("风控审批", STD, None, None, None),
        ("还款管理", STD, None, None, "还款计划及提醒"),
        ("用户管理", STD, None, None, None)]),
    ("恐龙谷", KLG, "王立冬", datetime(2025, 11, 12, 15, 41), [
        ("商品管理", STD, None, None, None),
        ("分期计算器", STD, None, None, None),
        ("订单跟踪", STD, None, None, None),
        ("还款管理", STD, None, None, None),
        ("用户管理", STD, None, None, None)]),
]


def _feishu_sheet(ws, head, rows, money=(), when=()):
    for c, name in enumerate(head, start=1):
        cell = ws.cell(row=1, column=c, value=name)
        cell.font, cell.fill = BOLD, FEISHU_HEAD
    for r, row in enumerate(rows, start=2):
        assert len(row) == len(head), row[0]
        for c, v in enumerate(row, start=1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            if head[c - 1] in money:
                cell.number_format = "#,##0"
            elif head[c - 1] in when:
                cell.number_format = "yyyy/mm/dd hh:mm"
    ws.freeze_panes = "B2"


def build_zzzf01():
    wb = Workbook()
    ws = wb.active
    ws.title = "供应商报价"
    _feishu_sheet(ws, F1_HEAD, F1_ROWS, money=("报价总额（元，不含选配）", "含税总价（公式）"),
                  when=("创建时间", "最后更新时间"))
    widths(ws, [26, 14, 10, 8, 14, 46, 14, 22, 40, 30, 26, 10, 20, 10, 20, 56, 16, 24, 30, 10, 8, 30, 10, 17, 17])

    ws2 = wb.create_sheet("报价模块明细")
    rows = []
    for short, vendor, who, when, lines in F1_LINES:
        for i, (mod, how, price, tax, words) in enumerate(lines):
            rows.append([f"{short}·{mod}", vendor, mod, how, price, tax, words, who,
                         datetime(when.year, when.month, when.day, when.hour, when.minute + i)])
    _feishu_sheet(ws2, F1_LINE_HEAD, rows, money=("选配价格（元）",), when=("创建时间",))
    widths(ws2, [20, 26, 12, 18, 12, 14, 56, 10, 17])
    _save(wb, F1_NAME)

    comment = """Voice: 漠河极光小额贷款有限公司 (漠河, consumer instalments for tourist packages, phones and household appliances sold through
  local dealers; no cross-border business; the type's band is 20–30万). Its purchasing team (负责人 赵雪) ran the inquiry in a 飞书多维表格:
  each vendor's salesperson submitted the quote through the base's form (创建人 is the vendor's own person), and one module line
  per record through a second form linked to the quote; the team added its own formula fields, a review status and notes, and
  exported the whole base with 「导出为 Excel」 for the general manager.
Layout: .xlsx, two sheets as Feishu writes them — field names on row 1, one record a row, no title. 供应商报价: 供应商名称 | 报价总额（元，
  不含选配） | 计税方式 | 税率 | 含税总价（公式） | 报价模块明细 (关联记录: the linked lines' names joined by ",") | 必备模块检查（公式） |
  赠送模块 (多选, ",") | 等保三级 | 等保证明（附件） (file names) | 数据加密 | 传输加密 | 权限管理 | 日志保存期（月） | 已对接征信机构 (多选) |
  售后服务承诺 | 维保期满后年费 | 源码交付 | 报价单（附件） | 评审状态 | 负责人 | 内部备注 | 创建人 | 创建时间 | 最后更新时间, four records.
  报价模块明细: 明细名称 ("胜山·订单跟踪") | 所属报价 (the link back: the vendor's full name) | 模块名称 | 配置方式 (标配（含在报价内） /
  选配（另计） / 二期（本期不交付）) | 选配价格（元） | 计税方式 | 供应商说明 | 创建人 | 创建时间, 23 records.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per record of 供应商报价, read with the module lines linked to it (报价模块明细, joined by 所属报价 = the vendor's
  name): those lines ARE the quote's module list — a record name in the 关联记录 field only points to a line, it says nothing of what
  the line holds; a 标配 line is in the price, a 选配 line an option at its price (added for a must-have, at its own tax; analyst-
  reading §3.2 and "a 选配 line an option at its price (added only for a must-have)"), and a line the vendor marks 二期 with "列入二期
  开发…本期合同不含，届时另行报价" is not in this delivery ("a module '列入二期'… is not in this delivery, even with '另行报价' beside it:
  a must-have so written is missing"). The team's fields are the buyer's and never a term: 含税总价（公式） (it grosses every 不含税
  figure up by 1.06 whatever the vendor's rate), 必备模块检查（公式） (it only looks for the module names in the link), 评审状态, 负责人,
  内部备注; attachments are file names (no proof and no amount); 创建人 / 时间 are bookkeeping. A tax-exclusive price at the rate
  the vendor states is taxed at that rate (13 % here: §3.3). 多选 cells are lists; 赠送 modules are given with the quote. Four quotes.
Traps: the decisive one is 胜山's 订单跟踪. Its 关联记录 reads "胜山·商品管理,胜山·分期计算器,胜山·订单跟踪,胜山·风控审批,胜山·还款管理,
  胜山·用户管理" and the team's formula says "✅ 齐全" (the 内部备注 even says "必备模块齐全（公式已校验）"): read by names, 孙吴胜山 has every
  instalment must-have, 218,000 含税 (the cheapest in 20–30万), a filing number, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行, 18 months
  with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 1.6万 a year, all in the contract and full
  source — the careless top pick. But the line "胜山·订单跟踪" is, in 胜山's own words, 配置方式 "二期（本期不交付）", "订单跟踪模块列入二期
  开发，预计2026年二季度上线，本期合同不含，届时另行报价": order tracking is not in this delivery, a must-have missing, the gate FAILS.
  The careful pick is 呼玛画山: 258,000 含税 inside the band, six 标配 lines (商品管理, 分期计算器, 订单跟踪, 风控审批, 还款管理, 用户管理),
  "已取得，备案证明编号23272143006-24008（2024年4月取得），定级对象：画山消费分期管理系统", SM4 on 身份证号/手机号, HTTPS, RBAC, 12-month logs,
  人行 + 朴道, 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours with a named engineer, lifetime consulting,
  2.4万 a year, in the contract, full unencrypted source. 塔河固奇谷 passes but is worse on every count: 242,000 不含税 at its stated 13 %
  plus its 选配 分期计算器 (a must-have) "18,000元（不含税）": (242,000 + 18,000) × 1.13 = 293,800 inside the band — never the team's
  formula 256,520 (×1.06, option forgotten); 6-month logs; 百行 only; "仅缺陷修复，版本升级另计"; "重大政策调整另行报价" (conditional);
  4 hours; "3.0万元/年（含税）". 嘉荫恐龙谷: "系统按照等保三级标准设计开发，可协助客户完成等保测评及备案" (a claim: UNVERIFIED; the
  attachment "等保三级设计方案.pdf" is a file name), 138,000 含税 (under 15万), AES-256 (no SM4), 3-month logs, 6 months bug fixes only,
  policy "另行收费", 5×8, next day, and gives 区块链存证 and 智能客服机器人 away (bloat).
Not settled and not asserted: 恐龙谷's 等保 value (true-as-claimed) and whether no_mlps_level3 rides beside its claim; its bureau (the
  多选 is blank: unknown), consulting and contract (nothing said: unknown) and whether each is asked as 'unconfirmed'; its 风控审批
  (no line names it); the standing of 固奇谷's "仅缺陷修复，版本升级另计" and of 恐龙谷's "仅修复bug" / "另行收费" (false either way);
  whether 胜山's 二期 line (with "届时另行报价") also raises 'conditional'; whether 固奇谷's option raises 'conditional' beside its
  conditional policy term (it does either way); how the team's formula fields and the second sheet are reported. None moves a gate
  or the pick."""
    vendors = [
        dict(vendor=HS, gate="pass", price=258000,
             why="供应商报价 record 呼玛画山 with its six 报价模块明细 lines (all '标配（含在报价内）': 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款管理, 用户管理): 258,000 含税 inside 20–30万; '已取得，备案证明编号23272143006-24008（2024年4月取得），定级对象：画山消费分期管理系统'; 'SM4加密存储（身份证号、手机号）'; HTTPS; RBAC; 日志 12 (月); 人行征信中心,朴道征信; 免费维护12个月 含bug修复及小版本升级; 政策 免费适配; 7×24, 2小时内, 指定专属工程师; 终身技术咨询; '2.4万元/年'; 写入合同; 完整源码（无加密）.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor=GQG, gate="pass", price=293800,
             why="供应商报价 record 塔河固奇谷: 报价总额 242,000, 计税方式 不含税, 税率 13%, with its line '固奇谷·分期计算器' 选配 18,000 '不含税（13%）' (a must-have option, added): (242,000 + 18,000) × 1.13 = 293,800 inside 20–30万 — the team's 含税总价（公式） 256,520 (×1.06, option left out) is the buyer's. '已取得等保三级（备案证明编号23272243011-23015）'; SM4; HTTPS; 角色权限管理; 日志 6 (not under 6); 百行征信; lines 商品管理, 订单管理, 风控审批, 还款管理, 用户管理 标配; '仅缺陷修复，版本升级另计'; '一般政策调整免费，重大政策调整另行报价' (conditional); 7×24; 4小时内; 终身咨询; '3.0万元/年（含税）'; 写入合同; 完整源码. Worse than 画山 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional"],
             flex=WORSE_PASS_EX),
        dict(vendor=SS, gate="fail", price=218000,
             why="供应商报价 record 孙吴胜山: 218,000 含税. Its 关联记录 names '胜山·订单跟踪' and the team's formula says '✅ 齐全', but that line, in 胜山's own words, is 配置方式 '二期（本期不交付）': '订单跟踪模块列入二期开发，预计2026年二季度上线，本期合同不含，届时另行报价' — a must-have not in this delivery: missing, FAIL. Otherwise stated and good: '已取得等保三级，备案证明编号23112443009-24012'; SM4; HTTPS; RBAC; 日志 12; 人行 + 百行; 商品管理, 分期计算器, 风控审批, 还款管理, 用户管理 标配; 积分商城 given (deferrable); 18个月 含小版本升级; 政策 免费; 7×24; 1小时内; 终身咨询; '1.6万元/年'; 全部写入合同; 完整源码.",
             values=_vals(free_maintenance_months=18, response_hours=1, annual_fee_after_warranty_cny=16000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=["product_management", "installment_calculator", "risk_approval", "repayment_management",
                  "user_management", "points_mall"],
             fex=["order_tracking"] + BLOAT,
             flin=["missing_must_have"], flex=ONLY_MISSING_EX),
        dict(vendor=KLG, gate="unverified", price=138000,
             why="供应商报价 record 嘉荫恐龙谷: 138,000 含税 (under 15万). 等保 '系统按照等保三级标准设计开发，可协助客户完成等保测评及备案' — designed to the standard and help with the assessment: claimed, UNVERIFIED (the attachment '等保三级设计方案.pdf' is a file name, no filing). Lines 商品管理, 分期计算器, 订单跟踪, 还款管理, 用户管理 标配 (every must-have); 赠送 '区块链存证,智能客服机器人' (bloat). 'AES-256加密' (no SM4); HTTPS; 角色权限; 日志 3; '免费维护6个月，仅修复bug'; '政策适配另行收费'; '5×8小时技术支持（工作日9:00-17:00）' (no 7×24); '次日响应' (24 h); '0.8万元/年'; 完整源码.",
             values=dict(sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, response_hours=24, annual_fee_after_warranty_cny=8000,
                         source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", free_maintenance_months="stated", support_7x24="stated",
                         response_hours="stated"),
             fin=CI + REPAY + ["user_management", "blockchain_evidence", "ai_customer_service"],
             fex=["metaverse_marketing", "overseas_payment"],
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "bloat_features", "claimed"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "no_tls", "no_access_control",
                   "missing_must_have", "source_partial", "source_licence_only"]),
    ]
    write_toml(F1_NAME.replace(".xlsx", ".toml"), comment, "consumer_installment", [F1_NAME], HS,
               "呼玛画山's record and its six 标配 module lines prove every gate (备案证明编号23272143006-24008 for its 消费分期管理系统, SM4, HTTPS, RBAC, 12-month logs, 人行 + 朴道), hold every instalment must-have and give 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full source, at 258,000 含税 inside 20–30万. 孙吴胜山 (218,000) looks complete only by the names in its 关联记录 and the team's '✅ 齐全' formula: the line '胜山·订单跟踪' says '列入二期开发…本期合同不含' — a must-have missing (fail). 塔河固奇谷 passes at (242,000 + 18,000 option) × 1.13 = 293,800 (not the team's ×1.06) and is worse on every count; 嘉荫恐龙谷 only claims 等保 (unverified) at 138,000.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzf_02  商户经营贷 — each vendor's self-service 报价配置表, the 是否选购 column filled in by the buyer
# ---------------------------------------------------------------------------------------------
F2_NAME = "zzzf_02_ml_zizhu_baojia_peizhibiao_shifou_xuangou.xlsx"
XJ = "波密易贡数科有限公司"
BS = "工布江达巴松措信息技术有限公司"
LL = "朗县金东软件有限公司"
SD = "察隅慈巴沟网络科技有限公司"
BUYER2 = "米林南伊小额贷款有限公司"


def _block(ws, r, title, pairs, ncols):
    """A 'label | value' block under the price table, each value merged to the last column."""
    put_row(ws, r, [title], font=BOLD, border=False)
    r += 1
    for label, value in pairs:
        put_row(ws, r, [label, value], fill=None)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncols)
        ws.row_dimensions[r].height = 30 if len(value) > 40 else 18
        r += 1
    return r


def _line(ws, r, text, ncols, height=18, font=None):
    put_row(ws, r, [text], border=False, font=font)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    ws.row_dimensions[r].height = height
    return r + 1


def build_zzzf02():
    wb = Workbook()
    ws = wb.active
    ws.title = "填写说明"
    r = _line(ws, 1, f"{BUYER2}　商户经营贷系统源码采购——供应商自助报价配置表汇编", 6, 24, TITLE)
    for text in ["说明：1. 以下四张工作表为四家供应商各自提供的报价配置表（Excel 模板），工作表名称为我部所改，表内格式、单价及服务条款均为供应商"
                 "原文，未作改动；",
                 "2. 各表“是否选购”一列由我部（采购部 次仁央金）按本次需求逐项填写“是/否”，小计、合计为配置表按所填内容自动计算的结果；",
                 "3. 本次需求（必备）：企业征信、银行流水分析、电子合同；核心：用户管理、风控审批、还款管理。预算：25万—35万元。",
                 "采购部　次仁央金　2025-11-14"]:
        r = _line(ws, r, text, 6, 32 if len(text) > 60 else 18)
    widths(ws, [20, 20, 20, 20, 20, 20])

    # --- 易贡: 序号 | 模块分类 | 模块名称 | 配置类型 | 单价（元） | 是否选购 | 小计（元） | 模块说明
    s = wb.create_sheet("易贡数科")
    n = 8
    r = _line(s, 1, f"{XJ}　商户经营贷系统源码　自助报价配置表", n, 24, TITLE)
    r = _line(s, r, "使用说明：①“标配”模块已默认选购；②“选配”模块请在“是否选购”列填写“是/否”，小计自动计算；③“二期”为规划中模块，暂不接受"
                    "选购；④单价均为含税价（13%增值税专用发票），单位：元。", n, 32)
    r = _line(s, r, f"客户名称：{BUYER2}　　配置人：次仁央金（客户填写）　　配置日期：2025-11-12　　报价有效期：90天", n)
    put_row(s, r, ["序号", "模块分类", "模块名称", "配置类型", "单价（元）", "是否选购", "小计（元）", "模块说明"], font=BOLD,
            fill=GREY, align=CENTER)
    r += 1
    for row in [
        [1, "基础平台", "核心平台（用户管理、风控审批流、还款管理）", "标配", 128000, "是", 128000, "含用户及角色权限、审批流配置、还款计划与逾期提醒"],
        [2, "征信", "企业征信查询", "标配", 36000, "是", 36000, "已对接人行企业征信系统、百行征信"],
        [3, "风控", "银行流水分析", "二期", "—", "是", "—", "列入二期开发，预计2026年第三季度上线，本期不交付，届时另行报价"],
        [4, "合同", "电子合同（在线签约）", "标配", 42000, "是", 42000, "对接CFCA数字证书，支持在线签署"],
        [5, "数据", "数据分析大屏", "选配", 22000, "否", 0, "经营数据可视化"],
        [6, "开放", "API开放平台", "选配", 18000, "否", 0, "对外开放接口"],
        [7, "服务", "部署实施及培训", "标配", 62000, "是", 62000, "含部署上线、数据初始化、3天现场培训"],
    ]:
        put_row(s, r, row, fill=YELLOW if row[5] == "是" and row[3] != "标配" else None)
        r += 1
    put_row(s, r, ["合计（元，含税）", None, None, None, None, None, 268000, None], font=BOLD)
    s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    r += 2
    _block(s, r, "服务及资质说明", [
        ("等保三级", "已取得，备案证明编号54042443007-24006（2024年6月取得），定级对象：易贡商户经营贷业务管理系统"),
        ("数据加密", "SM4加密存储（法人身份证号、手机号、银行卡号）"),
        ("传输加密", "全站HTTPS（TLS1.2）"),
        ("权限管理", "RBAC角色权限"),
        ("日志保存", "操作日志保存12个月，异常操作可追溯"),
        ("征信接口", "人行征信中心（企业征信系统）、百行征信"),
        ("免费维护期", "18个月"),
        ("维护范围", "bug修复及小版本升级"),
        ("政策适配", "监管政策调整免费适配"),
        ("技术支持", "7×24小时"),
        ("响应时间", "1小时内"),
        ("终身技术咨询", "提供"),
        ("维保期满后年费", "2.0万元/年"),
        ("写入合同", "是，以上承诺全部写入合同"),
        ("源码交付", "完整源码，无加密，可二次开发"),
    ], n)
    widths(s, [16, 10, 34, 10, 12, 10, 12, 44])

    # --- 巴松措: 编号 | 产品/模块 | 类别 | 单价 | 是否选购 | 金额 | 备注; terms as numbered sentences
    s = wb.create_sheet("巴松措信息")
    n = 7
    r = _line(s, 1, f"{BS} 产品价目表（商户经营贷系统V4）", n, 24, TITLE)
    r = _line(s, r, "价格单位：元　　以下价格均为不含税价，增值税税率6%（技术服务）另计", n)
    r = _line(s, r, f"选购方：{BUYER2}（“是否选购”由客户填写）　　日期：2025-11-11", n)
    put_row(s, r, ["编号", "产品/模块", "类别", "单价", "是否选购", "金额", "备注"], font=BOLD, fill=GREY, align=CENTER)
    r += 1
    for row in [
        ["BS-01", "经营贷核心平台（用户管理、风控审批流、还款管理）", "基础", 120000, "是", 120000, "基础必选"],
        ["BS-02", "企业征信查询", "基础", 45000, "是", 45000, "基础必选"],
        ["BS-03", "银行流水分析", "基础", 50000, "是", 50000, "基础必选；支持主流银行流水解析"],
        ["OP-01", "电子合同", "可选", 32000, "是", 32000, "对接e签宝电子签章"],
        ["OP-02", "数据分析大屏", "可选", 20000, "否", 0, None],
        ["OP-03", "营销工具包", "可选", 15000, "否", 0, None],
        ["SV-01", "部署实施及培训", "服务", 25000, "是", 25000, "基础必选"],
    ]:
        put_row(s, r, row, fill=YELLOW if row[2] == "可选" and row[4] == "是" else None)
        r += 1
    put_row(s, r, ["合计（不含税）", None, None, None, None, 272000, None], font=BOLD)
    s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    r += 2
    r = _line(s, r, "服务条款", n, font=BOLD)
    for text in ["1. 资质：已取得网络安全等级保护三级备案证明，编号54042143011-24003（2024年3月取得），定级对象：巴松措经营贷业务管理系统。",
                 "2. 安全：身份证号、手机号、银行卡号采用国密SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月。",
                 "3. 征信：已对接人行征信中心、百行征信、朴道征信。",
                 "4. 售后：免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；终身技术咨询；"
                 "维保期满后年服务费2.6万元（含税）。",
                 "5. 合同：以上承诺全部写入合同。",
                 "6. 源码：交付完整源码，无加密，可二次开发。"]:
        r = _line(s, r, text, n, 32 if len(text) > 60 else 18)
    widths(s, [10, 40, 8, 10, 10, 10, 30])

    # --- 金东: 模块 | 配置 | 单价（元） | 是否选购 | 小计（元） | 说明; legend ● / ○
    s = wb.create_sheet("金东软件")
    n = 6
    r = _line(s, 1, f"{LL} — 商户经营贷系统报价配置表", n, 24, TITLE)
    r = _line(s, r, "● 标配（已含）　○ 选配（选购后计入合计）　　报价含税（13%增值税专用发票）", n)
    put_row(s, r, ["模块", "配置", "单价（元）", "是否选购", "小计（元）", "说明"], font=BOLD, fill=GREY, align=CENTER)
    r += 1
    for row in [
        ["基础平台（用户管理、风控审批、还款管理）", "●", 150000, "是", 150000, None],
        ["企业征信查询", "○", 36000, "否", 0, "对接百行征信企业信用报告"],
        ["银行流水分析", "●", 48000, "是", 48000, None],
        ["电子合同", "●", 35000, "是", 35000, None],
        ["区块链存证", "○", 30000, "否", 0, None],
        ["部署实施", "●", 46000, "是", 46000, None],
    ]:
        put_row(s, r, row)
        r += 1
    put_row(s, r, ["合计", None, None, None, 279000, None], font=BOLD)
    r += 2
    _block(s, r, "服务条款", [
        ("等保三级", "已取得（备案证明编号54042643004-23019）"),
        ("数据加密", "SM4"),
        ("传输加密", "HTTPS"),
        ("权限管理", "角色权限管理"),
        ("日志保存期", "6个月"),
        ("征信接口", "百行征信"),
        ("免费维护期", "12个月"),
        ("维护范围", "仅缺陷修复，版本升级另计"),
        ("政策适配", "一般政策调整免费，重大政策调整另行报价"),
        ("技术支持", "7×24小时"),
        ("响应时间", "4小时内"),
        ("终身技术咨询", "提供"),
        ("维保期满后年费", "3.0万元/年"),
        ("写入合同", "是"),
        ("源码交付", "完整源码"),
    ], n)
    widths(s, [36, 8, 12, 10, 12, 30])

    # --- 慈巴沟: 序号 | 功能 | 单价 | 是否选购 | 小计 | 备注
    s = wb.create_sheet("慈巴沟网络")
    n = 6
    r = _line(s, 1, f"{SD}报价单（自助选配版）", n, 24, TITLE)
    put_row(s, r, ["序号", "功能", "单价", "是否选购", "小计", "备注"], font=BOLD, fill=GREY, align=CENTER)
    r += 1
    for row in [
        [1, "商户贷标准版（企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理）", 88000, "是", 88000, None],
        [2, "区块链存证", 0, "赠送", 0, "限时赠送"],
        [3, "智能客服机器人", 12000, "否", 0, None],
        [4, "部署实施", 10000, "是", 10000, "远程部署"],
    ]:
        put_row(s, r, row)
        r += 1
    put_row(s, r, ["合计", None, None, None, 98000, "以上价格含税"], font=BOLD)
    r += 2
    _block(s, r, "服务说明", [
        ("等保", "二级（已备案），三级暂无计划"),
        ("数据加密", "AES"),
        ("传输加密", "HTTPS"),
        ("权限管理", "单一管理员账号"),
        ("日志保存", "3个月"),
        ("征信接口", "支持对接征信"),
        ("售后服务", "免费维护6个月，仅修复bug；政策调整另收费；工作日9:00-18:00技术支持，次日响应；不提供终身技术咨询"),
        ("维保期满后年费", "0.9万元/年"),
        ("合同", "合同只约定价格和交付内容"),
        ("源码", "授权使用，绑定域名"),
    ], n)
    widths(s, [12, 44, 10, 10, 10, 20])
    _save(wb, F2_NAME)

    comment = """Voice: 米林南伊小额贷款有限公司 (米林, merchant operating loans to family guesthouses, mushroom and herb traders and tea shops along the
  Nyang river; no cross-border business; the type's band is 25–35万). Each vendor sent its own self-service quotation template (报价配置表 / 价目表, an
  Excel with a 是否选购 column and a 合计 of what is ticked); the purchasing clerk 次仁央金 filled in 是否选购 on each for this project,
  put the four sheets behind a 填写说明 of her own and sent the workbook to the general manager.
Layout: .xlsx, five sheets. 填写说明 (hers: "各表“是否选购”一列由我部（采购部 次仁央金）按本次需求逐项填写“是/否”，小计、合计为配置表按所填内容自动
  计算的结果", the needs and the budget). 易贡数科: title, the vendor's 使用说明 ("“标配”模块已默认选购；…“二期”为规划中模块，暂不接受选购；
  …单价均为含税价（13%增值税专用发票）"), a 客户名称 / 配置人 line, 序号 | 模块分类 | 模块名称 | 配置类型 (标配 / 选配 / 二期) | 单价（元） |
  是否选购 | 小计（元） | 模块说明, seven lines, "合计（元，含税）" 268,000, then 服务及资质说明 as label | value rows. 巴松措信息: title, "以下价格均为
  不含税价，增值税税率6%（技术服务）另计", 编号 | 产品/模块 | 类别 (基础 / 可选 / 服务) | 单价 | 是否选购 | 金额 | 备注, "合计（不含税）" 272,000,
  then 服务条款 as numbered sentences. 金东软件: title, the legend "● 标配（已含）　○ 选配（选购后计入合计）　　报价含税", 模块 | 配置 | 单价（元）
  | 是否选购 | 小计（元） | 说明, 合计 279,000, 服务条款 label | value rows. 慈巴沟网络: 序号 | 功能 | 单价 | 是否选购 | 小计 | 备注, 合计 98,000
  "以上价格含税", 服务说明 label | value rows.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor sheet, named by the company in its title (the tab names are the clerk's). Each sheet's lines are the
  vendor's price list, its 类型 column the vendor's word on what each line is; the 是否选购 column is the BUYER's choice, never the
  vendor's word on what the price holds (填写说明 says so; "…(客户填写)" on two sheets). So: the price is the lines the vendor
  includes (标配 / 基础 / ●) plus, for each must-have the vendor offers only as an option (选配 / 可选 / ○), that option at its price
  whether or not the clerk ticked it (§3.2), and no other option (a ticked or unticked module the business does not need is not
  bought and does not count as included); a line the vendor marks 二期 — "列入二期开发…本期不交付，届时另行报价" — is not in this
  delivery whatever the clerk typed beside it ("a module '列入二期'… a must-have so written is missing"); a 赠送 line is given. A
  合计 of the ticked lines is that sum; tax as each sheet states it (§3.3: 巴松措's 6 % is its own). The terms under each table are the
  vendor's words, read for every field they state. Four quotes; 填写说明 is no quote.
Traps: the decisive one is 易贡's 银行流水分析. The clerk typed 是 beside it, so every merchant must-have is ticked and the sheet's 合计
  (268,000 含税, the lowest in the band) seems to buy them all; with its filing number, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行,
  18 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 2.0万 a year, in the contract and
  full source, 波密易贡 is the careless top pick. But the vendor marks that line "二期" (its own instructions: "“二期”为规划中模块，暂不
  接受选购"), gives it no price (单价 and 小计 "—") and says "列入二期开发，预计2026年第三季度上线，本期不交付，届时另行报价": bank-statement
  analysis is not in this delivery, a must-have missing, the gate FAILS (the price is the 268,000 of its lines). The careful pick is
  工布江达巴松措: BS-01 核心平台（用户管理、风控审批流、还款管理）, BS-02 企业征信查询, BS-03 银行流水分析, SV-01 部署实施及培训 (基础) and OP-01
  电子合同 (可选, a must-have, ticked) = 272,000 不含税 × 1.06 (its stated rate) = 288,320 inside 25–35万; its terms prove every gate
  (备案证明编号54042143011-24003, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行 + 朴道) and give 12 months with minor upgrades, free
  policy adaptation, 7×24 within 2 hours, lifetime consulting, "2.6万元（含税）" a year, in the contract, full unencrypted source; its
  unticked 数据分析大屏 and 营销工具包 are not bought. 朗县金东 passes but is worse on every count: the clerk left its ○ 企业征信查询
  (36,000, 含税 like the sheet) at 否, yet it is a must-have offered only as an option: 279,000 + 36,000 = 315,000 inside the band;
  6-month logs; 百行 only; "仅缺陷修复，版本升级另计"; "重大政策调整另行报价" (conditional); 4 hours; 3.0万 a year. 察隅慈巴沟 fails: 合计
  98,000 含税 (under 10万) and "二级（已备案），三级暂无计划" (a stated no); AES; "单一管理员账号" (no access control); 3-month logs; "支持
  对接征信" (claimed); 6 months bug fixes only; policy "另收费"; office hours; next day; no consulting; "合同只约定价格和交付内容" (not
  in the contract); "授权使用，绑定域名" (licence only); 区块链存证 given (bloat); its 智能客服机器人 (否) is not bought.
Not settled and not asserted: whether 巴松措's ticked 电子合同 option and 金东's added 企业征信 option raise 'conditional' (the price is
  the same either way); the standing of 金东's "仅缺陷修复，版本升级另计" and of 慈巴沟's "仅修复bug" / "另收费" (false either way);
  whether 易贡's 二期 line (with "届时另行报价") raises 'conditional' and how the clerk's 是 on it is reported; how the tab names and 填写说明 are reported. None moves a gate or the pick."""
    vendors = [
        dict(vendor=BS, gate="pass", price=288320,
             why="sheet 巴松措信息: lines BS-01 120,000 + BS-02 45,000 + BS-03 50,000 + OP-01 电子合同 32,000 (可选, a must-have: bought) + SV-01 25,000 = '合计（不含税）' 272,000 × 1.06 ('增值税税率6%（技术服务）另计') = 288,320 inside 25–35万; OP-02 数据分析大屏 and OP-03 营销工具包 (否) not bought. 服务条款: '已取得网络安全等级保护三级备案证明，编号54042143011-24003'; SM4 (身份证号、手机号、银行卡号); TLS1.2; RBAC; 日志12个月; 人行 + 百行 + 朴道; 免费维护12个月 含小版本升级; 政策 免费; 7×24; 2小时内; 终身咨询; '2.6万元（含税）'; 写入合同; 完整源码 无加密.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT + ["bi_dashboard", "marketing_plugins"],
             flex=[f for f in ALL_BAD if f != "conditional"]),
        dict(vendor=LL, gate="pass", price=315000,
             why="sheet 金东软件 (报价含税): ● lines 150,000 + 48,000 + 35,000 + 46,000 = 合计 279,000, plus ○ 企业征信查询 36,000 — a must-have offered only as an option, added though the clerk put 否 — = 315,000 inside 25–35万; ○ 区块链存证 (否) not bought. '已取得（备案证明编号54042643004-23019）'; SM4; HTTPS; 角色权限管理; 6个月 (not under 6); 百行征信; 12个月 '仅缺陷修复，版本升级另计'; '一般政策调整免费，重大政策调整另行报价' (conditional); 7×24; 4小时内; 终身咨询; '3.0万元/年'; 写入合同 是; 完整源码. Worse than 巴松措 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional"],
             flex=WORSE_PASS_EX),
        dict(vendor=XJ, gate="fail", price=268000,
             why="sheet 易贡数科 (单价均为含税价): lines 128,000 + 36,000 + 42,000 + 62,000 = '合计（元，含税）' 268,000. Line 3 银行流水分析 is the vendor's '二期' — no price ('—'), '列入二期开发，预计2026年第三季度上线，本期不交付，届时另行报价' — and the 是 beside it is the clerk's (填写说明: '是否选购…由我部…填写'): a must-have not in this delivery, missing: FAIL. 数据分析大屏 and API开放平台 (选配, 否) not bought. Otherwise stated and good: '已取得，备案证明编号54042443007-24006'; SM4; TLS1.2; RBAC; 日志12个月; 人行 + 百行; 18个月; bug修复及小版本升级; 政策 免费; 7×24; 1小时内; 终身咨询; '2.0万元/年'; 全部写入合同; 完整源码 无加密.",
             values=_vals(free_maintenance_months=18, response_hours=1, annual_fee_after_warranty_cny=20000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=["enterprise_credit", "contract_management", "risk_approval", "repayment_management",
                  "user_management"],
             fex=["cashflow_analysis", "bi_dashboard", "open_api"] + BLOAT,
             flin=["missing_must_have"], flex=ONLY_MISSING_EX),
        dict(vendor=SD, gate="fail", price=98000,
             why="sheet 慈巴沟网络: 88,000 + 10,000 = 合计 98,000 '以上价格含税' — under 10万: FAIL. '二级（已备案），三级暂无计划' = a stated no: FAIL. 商户贷标准版（企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理）; 区块链存证 赠送 (bloat); 智能客服机器人 (否) not bought. AES (no SM4); HTTPS; '单一管理员账号' (no access control); 3个月 logs; '支持对接征信' (claimed); '免费维护6个月，仅修复bug'; '政策调整另收费'; '工作日9:00-18:00' (no 7×24); '次日响应' (24 h); '不提供终身技术咨询'; '0.9万元/年'; '合同只约定价格和交付内容' (not in the contract); '授权使用，绑定域名' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=False, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=9000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=ML + CORE + REPAY + ["blockchain_evidence"],
             fex=["ai_customer_service", "metaverse_marketing", "overseas_payment"],
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "no_access_control", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_licence_only",
                   "bloat_features", "claimed"],
             flex=["price_below_15w", "price_over_budget", "price_missing", "no_tls", "missing_must_have",
                   "source_partial"]),
    ]
    write_toml(F2_NAME.replace(".xlsx", ".toml"), comment, "merchant_loan", [F2_NAME], BS,
               "工布江达巴松措's price list holds every merchant must-have (企业征信, 银行流水分析 基础; 电子合同 an option, bought) at 272,000 不含税 × its stated 6 % = 288,320 inside 25–35万, and its terms prove every gate (备案证明编号54042143011-24003, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行 + 朴道) and give 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full source. 波密易贡 (268,000) looks complete only because the clerk typed 是 beside its 银行流水分析, a line the vendor marks 二期 ('本期不交付'): a must-have missing (fail). 朗县金东 passes at 315,000 once its unticked 企业征信 option is added and is worse on every count; 察隅慈巴沟 is 98,000 and 等保二级 (fail).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzf_03  个人信用贷 — 禅道 task export (CSV, GBK): the vendors' words in task descriptions and history
# ---------------------------------------------------------------------------------------------
F3_NAME = "zzzf_03_pc_chandao_renwu_daochu_gbk.csv"
HZ = "多伦汇宗数科有限公司"
YSD = "正蓝旗元上都信息技术有限公司"
BC = "太仆寺旗宝昌软件有限公司"
SHTL = "苏尼特赛汉塔拉网络科技有限公司"
HSDK = "阿巴嘎浑善达克数据服务有限公司"
BUYER3 = "西乌旗巴拉嘎尔小额贷款有限公司"
PROJ = "信贷系统源码选型（2025Q4）"

F3_HEAD = ["编号", "所属项目", "所属模块", "任务名称", "任务类型", "优先级", "任务状态", "指派给", "由谁创建", "创建日期", "截止日期",
           "由谁完成", "完成时间", "关联供应商", "任务描述", "历史记录（备注）"]


def _hist(*entries):
    """禅道's history: '1. 时间, 由 某人 动作。' lines, a remark on the line after its entry."""
    out = []
    for i, (when, who, action, remark) in enumerate(entries, start=1):
        out.append(f"{i}. {when}, 由 {who} {action}。")
        if remark:
            out.append(remark)
    return "\n".join(out)


def _letter(head, lines):
    return head + "\n" + "\n".join(lines)


F3_TASKS = [
    [101, PROJ, "/询价", "编制询价函并发送供应商", "事务", 1, "已完成", "乌日娜", "巴特尔", "2025-11-03", "2025-11-05", "乌日娜",
     "2025-11-05 17:20:08", "",
     "询价范围：个人信用贷系统源码（买断）。\n我方要求：1. 已取得等保三级备案证明（须写明备案证明编号）；2. 身份证号、手机号等敏感字段国密SM4加密；"
     "3. 仅对接持牌征信机构；4. 免费维护不少于12个月，含小版本升级，7×24小时技术支持，2小时内响应；5. 以上承诺写入合同。\n预算：18万至25万元。"
     "\n发送：汇宗、元上都、宝昌、赛汉塔拉、浑善达克共五家。",
     _hist(("2025-11-03 09:12:40", "巴特尔", "创建", None), ("2025-11-05 17:20:08", "乌日娜", "完成", "五家均已邮件发送。"))],
    [102, PROJ, "/询价", "【浑善达克】邀请报价", "事务", 3, "已关闭", "乌日娜", "乌日娜", "2025-11-05", "2025-11-14", "",
     "", HSDK, "询价函已发，等待回复。",
     _hist(("2025-11-05 17:25:31", "乌日娜", "创建", None),
           ("2025-11-12 10:03:17", "乌日娜", "添加备注", "已催。"),
           ("2025-11-17 09:41:55", "乌日娜", "关闭",
            "对方邮件回复（原文）：“感谢贵司邀请，我司近期项目排期已满，本次不参与报价。”"))],
    [103, PROJ, "/询价", "【元上都】报价函录入", "事务", 2, "已完成", "乌日娜", "乌日娜", "2025-11-13", "2025-11-15", "乌日娜",
     "2025-11-13 15:08:44", YSD,
     _letter("11-13收到报价邮件及盖章报价函，原文摘录如下：", [
         "报价：21.9万元（不含税），增值税税率6%（技术服务合同），税额另计",
         "功能模块：个人征信查询（人行征信）、智能风控模型、反欺诈模型、还款计划与还款提醒、风控审批、用户管理",
         "等保：已取得等保三级，备案证明编号15253043009-24002（2024年8月取得），定级对象：元上都个人信贷业务管理系统",
         "数据加密：SM4（身份证号、手机号）",
         "传输加密：HTTPS",
         "权限管理：按岗位角色授权（RBAC）",
         "日志：操作日志保存12个月",
         "征信接口：人行征信中心、百行征信",
         "售后：免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应，指定专属工程师；终身技术咨询；"
         "维保期满后年费2.2万元/年（含税）；以上承诺写入合同",
         "源码：完整源码，无加密，可二次开发"]),
     _hist(("2025-11-13 14:51:02", "乌日娜", "创建", None), ("2025-11-13 15:08:44", "乌日娜", "完成", None))],
    [104, PROJ, "/核实", "【元上都】澄清：7×24是否含夜间人工值守", "事务", 3, "已完成", "巴特尔", "乌日娜", "2025-11-13", "2025-11-18",
     "巴特尔", "2025-11-17 11:26:30", YSD, "请对方书面说明7×24小时技术支持是否含夜间及法定节假日人工值守。",
     _hist(("2025-11-13 15:10:19", "乌日娜", "创建", None),
           ("2025-11-17 11:26:30", "巴特尔", "完成",
            "对方邮件回复（原文）：“7×24小时技术支持含夜间及法定节假日人工值守，2小时内响应。”"))],
    [105, PROJ, "/询价", "【汇宗】报价函录入", "事务", 2, "已完成", "乌日娜", "乌日娜", "2025-11-14", "2025-11-15", "乌日娜",
     "2025-11-14 16:40:25", HZ,
     _letter("11-14收到盖章报价函（PDF），原文摘录如下：", [
         "报价：21.6万元（含税，13%增值税专用发票）",
         "功能模块：个人征信查询（人行二代征信、百行征信）、风控模型（评分卡+决策引擎）、反欺诈、还款管理（还款计划、还款提醒）、风控审批流、"
         "用户管理",
         "等保：系统严格按照网络安全等级保护三级要求设计开发，可协助客户完成等保测评及备案",
         "数据加密：身份证号、手机号、银行卡号SM4加密存储",
         "传输加密：全站HTTPS（TLS1.2）",
         "权限管理：RBAC角色权限",
         "日志：操作日志保存12个月，异常操作可追溯",
         "征信接口：人行征信中心、百行征信",
         "售后：免费维护18个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；终身技术咨询；"
         "维保期满后年服务费1.8万元；以上承诺全部写入合同",
         "源码：完整源码，无加密，可二次开发"]),
     _hist(("2025-11-14 16:02:11", "乌日娜", "创建", None), ("2025-11-14 16:40:25", "乌日娜", "完成", None))],
    [106, PROJ, "/核实", "【汇宗】核实等保三级备案证明", "事务", 1, "已完成", "乌日娜", "乌日娜", "2025-11-14", "2025-11-19",
     "乌日娜", "2025-11-19 15:31:02", HZ, "报价函等保一项未写备案证明编号。请对方补交备案证明复印件（加盖公章），核实后关闭。",
     _hist(("2025-11-14 16:45:02", "乌日娜", "创建", None),
           ("2025-11-17 10:15:40", "乌日娜", "添加备注", "已催，对方说这两天发。"),
           ("2025-11-19 15:31:02", "乌日娜", "完成",
            "等保已核实 √ 对方销售经理电话里说三级早就过了，证书原件在总部走盖章流程，签约时带过来。"))],
    [107, PROJ, "/询价", "【宝昌】报价函录入", "事务", 2, "已完成", "乌日娜", "乌日娜", "2025-11-15", "2025-11-17", "乌日娜",
     "2025-11-15 10:22:37", BC,
     _letter("11-15收到盖章报价函，原文摘录如下：", [
         "报价：26.5万元（含税）",
         "功能模块：个人征信查询、风控模型、还款管理、风控审批、用户管理",
         "等保：已取得等保三级（备案证明编号15252743005-23011）",
         "数据加密：国密SM4加密敏感字段",
         "传输加密：HTTPS",
         "权限管理：角色权限管理",
         "日志：6个月",
         "征信接口：百行征信",
         "售后：免费维护12个月，仅bug修复，版本升级另计；一般政策调整免费，重大政策调整另行报价；7×24小时技术支持，4小时内响应；"
         "终身技术咨询；维保期满后年费3万元/年；以上写入合同",
         "源码：完整源码"]),
     _hist(("2025-11-15 10:05:50", "乌日娜", "创建", None), ("2025-11-15 10:22:37", "乌日娜", "完成", None))],
    [108, PROJ, "/议价", "【宝昌】议价（报价超预算）", "事务", 2, "已完成", "巴特尔", "乌日娜", "2025-11-15", "2025-11-21", "巴特尔",
     "2025-11-21 09:05:12", BC, "报价26.5万超预算，约对方议价，目标25万以内。",
     _hist(("2025-11-15 10:24:03", "乌日娜", "创建", None),
           ("2025-11-18 11:20:33", "巴特尔", "添加备注", "已电话沟通，对方说回去申请。"),
           ("2025-11-21 09:05:12", "巴特尔", "完成",
            "供应商邮件回复（原文）：“经公司审批，最终报价调整为24.8万元（含税），其余条款不变。”"))],
    [109, PROJ, "/询价", "【赛汉塔拉】报价函录入", "事务", 3, "已完成", "乌日娜", "乌日娜", "2025-11-16", "2025-11-18", "乌日娜",
     "2025-11-16 20:14:09", SHTL,
     _letter("11-16对方微信发来报价单照片，原文摘录如下：", [
         "报价：11.8万元（含税）",
         "功能模块：个人征信查询、还款管理、风控审批、用户管理；风控模型需二期定制开发，另行报价",
         "等保：三级测评中，预计2026年3月取得备案证明",
         "数据加密：AES",
         "传输加密：HTTPS",
         "权限管理：角色权限",
         "日志：3个月",
         "征信接口：支持对接主流征信机构",
         "售后：免费维护6个月，仅修复bug；政策调整另收费；工作日9:00-18:00技术支持，次日响应；维保期满后年费0.9万元",
         "源码：授权使用，绑定服务器"]),
     _hist(("2025-11-16 19:58:41", "乌日娜", "创建", None),
           ("2025-11-16 20:14:09", "乌日娜", "完成", "待确认：报价单是照片，已要求补盖章版。"))],
    [110, PROJ, "/汇总", "汇总比价表（提交办公会）", "事务", 1, "进行中", "巴特尔", "巴特尔", "2025-11-19", "2025-11-25", "", "", "",
     "初步排序：1. 汇宗 21.6万，价格最低，等保已核实，售后最好；2. 元上都 21.9万不含税（约23.2万含税）；3. 宝昌 议价后24.8万；"
     "赛汉塔拉太便宜，风控模型没有，不考虑；浑善达克不报。\n待确认：元上都能否再降。",
     _hist(("2025-11-19 16:02:27", "巴特尔", "创建", None),
           ("2025-11-21 09:10:45", "巴特尔", "添加备注", "宝昌已降到24.8万，排序不变。"))],
    [111, PROJ, "/汇总", "提交总经理办公会审议", "事务", 2, "未开始", "巴特尔", "巴特尔", "2025-11-19", "2025-11-28", "", "", "",
     f"附比价表，报{BUYER3}总经理办公会。",
     _hist(("2025-11-19 16:05:12", "巴特尔", "创建", None))],
]


def build_zzzf03():
    rows = [F3_HEAD]
    for t in F3_TASKS:
        assert len(t) == len(F3_HEAD), t[0]
        rows.append(t)
    write_csv(F3_NAME, rows, "gbk")

    comment = """Voice: 西乌旗巴拉嘎尔小额贷款有限公司 (西乌珠穆沁旗, personal credit loans to herders and townspeople; no cross-border business;
  the type's band is 18–25万). Its technology manager 巴特尔 ran the selection as a project in 禅道 (ZenTao) with the purchasing clerk
  乌日娜: one task per step — the inquiry, each vendor's letter typed in ("原文摘录如下"), checks, a clarification, a negotiation, the
  summary — and exported the project's tasks to CSV (GBK, as 禅道 offers it for Excel) for the general manager.
Layout: CSV in GBK, one header row 编号 | 所属项目 | 所属模块 | 任务名称 | 任务类型 | 优先级 | 任务状态 | 指派给 | 由谁创建 | 创建日期 | 截止日期 |
  由谁完成 | 完成时间 | 关联供应商 (a custom field: the vendor's full name, blank on the team's own tasks) | 任务描述 | 历史记录（备注） (禅道's
  numbered history "2. 2025-11-19 15:31:02, 由 乌日娜 完成。" with each remark on the line after), eleven tasks: 101 the inquiry (the
  team's requirements), 102 【浑善达克】邀请报价, 103 【元上都】报价函录入, 104 【元上都】澄清, 105 【汇宗】报价函录入, 106 【汇宗】核实等保三级
  备案证明, 107 【宝昌】报价函录入, 108 【宝昌】议价, 109 【赛汉塔拉】报价函录入, 110 汇总比价表, 111 提交总经理办公会审议.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: the vendor is the 关联供应商; each vendor's tasks together make its quote. The vendor's words are the letter copied into its
  录入 task ("原文摘录如下：" then "报价：…", "功能模块：…" lines, each read under its label) and what the history quotes of the vendor's
  own mail ("对方邮件回复（原文）：“…”", "供应商邮件回复（原文）：“…”"): a later written word governs what it names (analyst-reading:
  "a comment that quotes the vendor's own mail… is the vendor's later price"; "the latest written round… its price and what it names
  govern, the rest stands"). Everything else is the team's: task names, statuses (已完成 on a check is the team's bookkeeping, never
  proof), descriptions of the team's own tasks (101's requirements are the buyer's, never a vendor's answer; 110's ranking and "等保已
  核实" are the buyer's), remarks ("已催", "待确认", "已核实") and what a salesman said on the phone as the clerk tells it (oral,
  hearsay: "a row is the vendor's word only when its own person said it"; a phone word "is only said (claimed) until it comes in
  writing"). A vendor whose mail says it will not quote made no quote ("本次不参与报价": skip.declined). Four quotes.
Traps: the decisive one is 汇宗's 等保. Its letter says "系统严格按照网络安全等级保护三级要求设计开发，可协助客户完成等保测评及备案" — a
  design claim and help with the assessment, no filing: claimed, UNVERIFIED. Task 106 "【汇宗】核实等保三级备案证明" is 已完成 with the
  clerk's "等保已核实 √", and 110 repeats "等保已核实": read as proof, 多伦汇宗 — 216,000 含税 (the cheapest in 18–25万), every personal-
  credit must-have and anti-fraud, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行, 18 months with minor upgrades, free policy adaptation,
  7×24 within 1 hour, lifetime consulting, 1.8万 a year, in the contract, full source — is the careless top pick. But the "核实" is the
  clerk's note of a salesman's phone call ("电话里说三级早就过了，证书原件在总部走盖章流程，签约时带过来"): the certificate was never
  produced and no filing number was ever written — the buyer's words about an oral claim, never the vendor's proof. The careful pick is
  正蓝旗元上都: "21.9万元（不含税），增值税税率6%（技术服务合同），税额另计" = 219,000 × 1.06 = 232,140 inside the band, "已取得等保三级，备案证明
  编号15253043009-24002（2024年8月取得），定级对象：元上都个人信贷业务管理系统", SM4 on 身份证号/手机号, HTTPS, RBAC, 12-month logs, 人行 + 百行,
  个人征信查询、智能风控模型、反欺诈模型、还款计划与还款提醒、风控审批、用户管理, 12 months with minor upgrades, free policy adaptation,
  7×24 (its mailed answer: nights and holidays included) within 2 hours with a named engineer, lifetime consulting, "2.2万元/年（含
  税）", in the contract, full unencrypted source. 太仆寺旗宝昌 passes but is worse on every count: its mailed final "24.8万元（含税），其余
  条款不变" (over its letter's 26.5万) = 248,000; no anti-fraud; 6-month logs; 百行 only; "仅bug修复，版本升级另计"; "重大政策调整另行报价"
  (conditional); 4 hours; 3万 a year. 苏尼特赛汉塔拉 fails: "风控模型需二期定制开发，另行报价" (a must-have not in the quote: missing); 11.8万
  含税 (under 15万); "三级测评中，预计2026年3月取得备案证明" (in progress); AES; 3-month logs; "支持对接主流征信机构" (claimed); 6 months bug
  fixes only; policy "另收费"; office hours; next day; "授权使用，绑定服务器" (licence only). 阿巴嘎浑善达克 declined (no quote).
Not settled and not asserted: 汇宗's 等保 value (true-as-claimed) and whether no_mlps_level3 rides beside it; 赛汉塔拉's
  no_mlps_level3 beside its level in progress; its consulting and contract (nothing said: unknown); the standing of 宝昌's
  "仅bug修复，版本升级另计" and of 赛汉塔拉's "仅修复bug" / "另收费" (false either way); whether 宝昌's mailed price is reported as a
  warning to confirm; how the team's tasks and the decline are reported. None moves a gate or the pick."""
    vendors = [
        dict(vendor=YSD, gate="pass", price=232140,
             why="task 103 (letter) with 104 (its mailed answer): '21.9万元（不含税），增值税税率6%（技术服务合同），税额另计' = 219,000 × 1.06 = 232,140 inside 18–25万; '已取得等保三级，备案证明编号15253043009-24002（2024年8月取得），定级对象：元上都个人信贷业务管理系统'; SM4 (身份证号、手机号); HTTPS; RBAC; 日志12个月; 人行 + 百行; 个人征信查询、智能风控模型、反欺诈模型、还款计划与还款提醒、风控审批、用户管理; 免费维护12个月 含小版本升级; 政策 免费适配; 7×24 (含夜间及法定节假日), 2小时内, 指定专属工程师; 终身技术咨询; '2.2万元/年（含税）'; 写入合同; 完整源码 无加密.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT, flex=ALL_BAD_AF),
        dict(vendor=BC, gate="pass", price=248000,
             why="task 107 (letter) with 108 (its mailed final): '经公司审批，最终报价调整为24.8万元（含税），其余条款不变' = 248,000 inside 18–25万 (the letter's 26.5万 replaced; the phone call before it is the team's). '已取得等保三级（备案证明编号15252743005-23011）'; '国密SM4加密敏感字段'; HTTPS; 角色权限管理; 日志6个月 (not under 6); 百行征信; 个人征信查询、风控模型、还款管理、风控审批、用户管理 — no anti-fraud; 12个月 '仅bug修复，版本升级另计'; '一般政策调整免费，重大政策调整另行报价' (conditional); 7×24; 4小时内; 终身咨询; '3万元/年'; 写入合同; 完整源码. Worse than 元上都 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=PC + CORE, fex=AF + BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional",
                   "no_anti_fraud"],
             flex=WORSE_PASS_EX),
        dict(vendor=HZ, gate="unverified", price=216000,
             why="task 105 (letter): '21.6万元（含税，13%增值税专用发票）' = 216,000 inside 18–25万. 等保: '系统严格按照网络安全等级保护三级要求设计开发，可协助客户完成等保测评及备案' — claimed, UNVERIFIED. Task 106 '核实等保三级备案证明' 已完成 with '等保已核实 √' is the clerk's note of a salesman's phone call ('电话里说三级早就过了…签约时带过来'): the buyer's words about an oral claim, no filing; 110's '等保已核实' is the team's summary. Otherwise stated and good: 个人征信查询、风控模型（评分卡+决策引擎）、反欺诈、还款管理、风控审批流、用户管理; SM4 (身份证号、手机号、银行卡号); TLS1.2; RBAC; 日志12个月; 人行 + 百行; 18个月 含小版本升级; 政策 免费; 7×24; 1小时内; 终身咨询; '1.8万元'; 全部写入合同; 完整源码 无加密.",
             values=_vals("mlps_level3", free_maintenance_months=18, response_hours=1,
                          annual_fee_after_warranty_cny=18000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT,
             flin=["claimed"], flex=CLEAN_BUT_GATE + ["no_anti_fraud"]),
        dict(vendor=SHTL, gate="fail", price=118000,
             why="task 109 (letter): '11.8万元（含税）' = 118,000 (under 15万). '个人征信查询、还款管理、风控审批、用户管理；风控模型需二期定制开发，另行报价' — the risk model is not in this quote: missing, FAIL; no anti-fraud. '三级测评中，预计2026年3月取得备案证明' = in progress (false, claimed). AES (no SM4); HTTPS; 角色权限; 日志3个月; '支持对接主流征信机构' (claimed); '免费维护6个月，仅修复bug'; '政策调整另收费'; '工作日9:00-18:00' (no 7×24); '次日响应' (24 h); '0.9万元'; '授权使用，绑定服务器' = licence only. The clerk's '待确认' is hers.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24,
                         annual_fee_after_warranty_cny=9000, source_code_delivery="licence_only"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated"),
             fin=["personal_credit_report", "repayment_management", "risk_approval", "user_management"],
             fex=["risk_model", "anti_fraud"] + BLOAT,
             flin=["missing_must_have", "price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "source_licence_only", "claimed", "no_anti_fraud"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "no_tls", "no_access_control",
                   "bloat_features", "source_partial"]),
    ]
    write_toml(F3_NAME.replace(".csv", ".toml"), comment, "personal_credit", [F3_NAME], YSD,
               "正蓝旗元上都's letter (task 103) and its mailed answer (104) prove every gate (备案证明编号15253043009-24002 for its 个人信贷业务管理系统, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行), list every personal-credit must-have and anti-fraud, and give 12 months with minor upgrades, free policy adaptation, 7×24 (nights and holidays) within 2 hours, lifetime consulting, all in the contract and full source, at 219,000 不含税 × its stated 6 % = 232,140 inside 18–25万. 多伦汇宗 (216,000) only claims level 3 ('按照…三级要求设计开发，可协助客户完成等保测评'); the '等保已核实 √' on its 已完成 check task is the clerk's note of a salesman's phone call — unverified. 太仆寺旗宝昌 passes at its mailed 248,000 and is worse on every count; 苏尼特赛汉塔拉 leaves the risk model to phase two (fail); 阿巴嘎浑善达克 declined.",
               vendors)


if __name__ == "__main__":
    build_zzzf01()
    build_zzzf02()
    build_zzzf03()
