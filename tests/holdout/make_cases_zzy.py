"""Build the "zzy" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is FILES MADE BY SOMEONE WITH A STAKE — in each file, whose words a value is
decides its standing: a vendor's words about itself are its quote (stated, claimed or conditional as they read), anybody
else's words about a vendor are no term of that vendor's, however sure they sound:

zzy_01 — an .xlsx (personal credit): the buyer's clerk's 询价汇总 of four vendors' 报价函 (one row per vendor), and on a second
  sheet, forwarded as-is, one vendor's sales-deck page "与同类产品对比" — its own column of ✓ beside columns of ✓ / ✗ / △ it
  wrote about its competitors (three of them quoted here, one never did), its 参考价格 and 综合评分 for all of them — with its
  own 报价明细 rows under it. The deck's author sent no 报价函 of its own: its quote is its column and its rows.
zzy_02 — an .xlsx (merchant loans): a third-party purchasing consultant's 比选摘要 for the buyer, criteria down, one column per
  vendor, a "市场参考（顾问整理）" column of his own figures beside the criteria, each vendor cell his paraphrase with the vendor's
  written words quoted in “”; his ★, ranking and advice under the table and a conflict-of-interest line at the foot.
zzy_03 — a CSV in GBK (consumer instalments) exported from a WPS表单 a branch manager filled in each time he heard something:
  one row per fact, with the questions "4.谁说的", "5.场合/渠道" and "6.有没有书面材料": the vendors' own words at a 交流会
  (spoken), in their stamped 报价单 or WeChat text (written), and what a friendly vendor's salesman told him over dinner about
  the others.

Where domain.md and docs/analyst-reading.md do not settle a reading, the .toml says so and asserts nothing on it; every gate
and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzy_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzy.py
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
ALL_BAD_AF = ALL_BAD + ["no_anti_fraud"]
GATE_PRICE = ["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
              "price_missing"]


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _st(**over):
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return {k: x for k, x in s.items() if x is not None}


def _but(*keep, base=ALL_BAD):
    """The flag list without the flags the analyst expects (or does not settle)."""
    return [f for f in base if f not in keep]


# ---------------------------------------------------------------------------------------------
# zzy_01  个人信用贷 — the clerk's 询价汇总 + one vendor's sales-deck "与同类产品对比" page forwarded as-is
# ---------------------------------------------------------------------------------------------
Y1_NAME = "zzy_01_pc_changshang_tonglei_duibi_zhuanfa.xlsx"
Y1_SUM_HEAD = ["序号", "供应商", "报价", "计税方式", "功能模块", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存",
               "征信接口", "免费维护期", "维护范围", "监管政策适配", "技术支持", "响应时间", "终身技术咨询", "承诺写入合同",
               "维保期满后年费", "源码交付", "报价函收到日期"]
Y1_SUM_ROWS = [
    ["1", "靖州飞山信息技术有限公司", "23.6万", "含税（13%专票）",
     "个人征信查询、风控模型、反欺诈模型、还款计划及提醒、风控审批、用户管理",
     "已取得，备案证明编号43122943018-24007（2024年取得）", "SM4（身份证号、手机号、银行卡号）", "全站HTTPS（TLS1.2）",
     "RBAC角色权限", "12个月，异常操作可追溯", "人行征信中心、百行征信", "12个月", "bug修复及小版本升级", "免费", "7×24小时",
     "1小时内，指定专属工程师", "提供", "是，以上承诺全部写入合同", "2.4万元/年", "完整源码，无加密，可二次开发", "2025-11-17"],
    ["2", "泸溪浦市数科有限公司", "24.6万", "含税",
     "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理、营销插件",
     "已取得，备案证明编号43312243006-25003", "SM4", "HTTPS", "RBAC", "6个月", "百行征信", "一年", "bug修复+小版本升级",
     "一般调整免费，重大政策调整另行报价", "7×24", "2小时内", "提供", "是", "3.2万/年", "完整源码", "2025-11-18"],
    ["3", "花垣茶峒网络科技有限公司", "13.8万", "含税",
     "个人征信查询、还款管理、风控审批、用户管理（风控模型需二期开发，另行报价）",
     "二级（已备案），三级计划2026年申请", "AES", "HTTPS", "角色权限", "3个月", "支持对接征信", "6个月", "仅修复bug", "另行收费",
     "5×8（工作日）", "次日", "不提供", "否", "1.2万/年", "授权使用，绑定域名", "2025-11-19"],
    ["4", "桑植八大公山科技有限公司", "19.8w", "不含税（增值税13%另计）",
     "个人征信查询、风控模型、还款管理、风控审批、用户管理",
     "三级测评中，预计2026年3月取得备案证明", "SM4（身份证号、手机号）", "全站HTTPS", "RBAC", "6个月", "百行征信", "12个月",
     "bug修复及小版本升级", "免费", "7×24", "2小时内", "提供", None, "2万元/年", "完整源码", "2025-11-20"],
]
Y1_SUM_NOTE = ("注：辰溪大酉数科有限公司未按我司询价函格式回复，其销售经理发来该公司《与同类产品对比》及本项目报价明细，已原样附在"
               "“大酉提供-同类对比”页，未录入本表。")

Y1_DECK_HEAD = ["对比项", "大酉数科（我司）", "飞山信息", "浦市数科", "茶峒网络", "江垭软件"]
Y1_DECK_ROWS = [
    ["成立年限", "12年", "5年", "8年", "3年", "6年"],
    ["服务小贷客户数", "300+", "40+", "90+", "20+", "60+"],
    ["等保三级", "✓ 支持等保三级", "✗ 未取得（据了解仍在测评）", "✓", "✗ 仅二级", "✗"],
    ["数据加密", "✓ 国密算法加密", "✗ AES加密", "△ 部分字段加密", "✗", "✗"],
    ["传输加密", "✓ 全站HTTPS", "✓", "✓", "✓", "✓"],
    ["权限管理", "✓ RBAC角色权限", "✓", "✓", "△ 仅管理员", "✓"],
    ["日志审计", "✓ 操作日志保存12个月", "△ 仅保存3个月", "△ 6个月", "✗", "△"],
    ["征信接口", "✓ 支持对接征信", "△ 仅百行", "✓", "✗", "△"],
    ["个人征信查询", "✓", "✓", "✓", "✓", "✓"],
    ["风控模型", "✓ 智能风控模型", "✓", "✓", "✗", "△ 另购"],
    ["反欺诈", "✓", "△ 需另购", "✗", "✗", "✗"],
    ["还款管理", "✓", "✓", "✓", "✓", "✓"],
    ["风控审批", "✓", "✓", "✓", "✓", "✓"],
    ["用户管理", "✓", "✓", "✓", "✓", "✓"],
    ["营销插件", "✓", "✗", "✓", "✗", "✗"],
    ["免费维护", "✓ 免费维护12个月", "△ 6个月，之后按次收费", "✓ 1年", "△ 6个月", "△ 3个月"],
    ["维护范围", "✓ bug修复+小版本升级", "✗ 仅修复bug", "✓", "✗", "✗"],
    ["监管政策适配", "✓ 免费适配", "✗ 另收费", "△ 重大调整另收费", "✗", "✗"],
    ["技术支持", "✓ 7×24小时", "✗ 5×8工作日", "✓", "✗", "✗"],
    ["响应时间", "✓ 2小时内", "✗ 次日", "✓", "✗", "✗"],
    ["终身技术咨询", "✓ 终身技术咨询", "✗", "✓", "✗", "✗"],
    ["源码交付", "✓ 完整源码交付", "✗ 核心代码加密", "✓", "✗ 仅授权", "△"],
    ["参考价格", "21.8万（含税）", "约30万", "约26万", "约14万", "约20万"],
    ["综合评分（满分100）", "98", "71", "83", "52", "65"],
]
Y1_DECK_FOOT = ("注：1. 竞品信息来源于公开资料、行业交流及客户反馈，仅供参考，以各厂商官方信息为准；"
                "2. 综合评分为我司依据上述对比项测算。")
Y1_QUOTE_HEAD = ["序号", "项目", "内容", "金额（元）"]
Y1_QUOTE_ROWS = [
    ["1", "个人信用贷系统源码授权", "个人征信查询、智能风控模型、反欺诈、还款管理、风控审批、用户管理、营销插件", 168000],
    ["2", "部署实施及培训", "本地化部署、数据初始化、2天现场培训", 50000],
    [None, "合计（含税）", None, 218000],
]
Y1_QUOTE_NOTES = ("备注：1. 报价含13%增值税专用发票；2. 维保期满后年服务费按合同额10%/年；3. 上述对比表中我司各项内容均可写入合同；"
                  "4. 报价有效期30天。")


def build_zzy01():
    wb = Workbook()
    ws = wb.active
    ws.title = "询价汇总"
    put_row(ws, 1, ["溆浦思蒙小额贷款有限公司 · 个人信用贷系统源码询价汇总（按各家盖章报价函录入）"], font=TITLE, border=False)
    ws.merge_cells("A1:U1")
    put_row(ws, 2, ["录入：信息科技部 舒晓燕　2025-11-24"], border=False)
    ws.merge_cells("A2:U2")
    put_row(ws, 4, Y1_SUM_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(Y1_SUM_ROWS):
        put_row(ws, 5 + i, row)
        ws.row_dimensions[5 + i].height = 60
    put_row(ws, 10, [Y1_SUM_NOTE], border=False)
    ws.merge_cells("A10:U10")
    ws.row_dimensions[10].height = 32
    widths(ws, [5, 24, 9, 16, 34, 28, 20, 16, 12, 16, 18, 10, 16, 20, 12, 16, 10, 18, 12, 20, 12])
    ws.freeze_panes = "C5"

    ws2 = wb.create_sheet("大酉提供-同类对比")
    put_row(ws2, 1, ["大酉数科 · 个人信用贷系统 与同类产品对比"], font=TITLE, border=False)
    ws2.merge_cells("A1:F1")
    put_row(ws2, 2, ["（摘自《大酉数科小贷系统解决方案》销售演示材料第12页）"], border=False)
    ws2.merge_cells("A2:F2")
    put_row(ws2, 3, ["图例：✓ 支持　✗ 不支持　△ 部分支持 / 需另付费"], border=False)
    ws2.merge_cells("A3:F3")
    put_row(ws2, 4, Y1_DECK_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(Y1_DECK_ROWS):
        r = 5 + i
        put_row(ws2, r, row)
        ws2.cell(row=r, column=1).font = BOLD
        ws2.cell(row=r, column=2).fill = YELLOW          # the deck paints its own column
    r = 5 + len(Y1_DECK_ROWS)                           # 29
    put_row(ws2, r, [Y1_DECK_FOOT], border=False)
    ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws2.row_dimensions[r].height = 30
    r += 2                                              # 31
    put_row(ws2, r, ["大酉数科 · 本项目报价明细"], font=BOLD, border=False)
    put_row(ws2, r + 1, ["致：溆浦思蒙小额贷款有限公司　　报价单位：辰溪大酉数科有限公司　　报价日期：2025年11月20日"], border=False)
    ws2.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=6)
    put_row(ws2, r + 2, Y1_QUOTE_HEAD, font=BOLD, fill=GREY)
    for i, row in enumerate(Y1_QUOTE_ROWS):
        put_row(ws2, r + 3 + i, row)
        ws2.cell(row=r + 3 + i, column=4).number_format = "#,##0"
    put_row(ws2, r + 3 + len(Y1_QUOTE_ROWS), [Y1_QUOTE_NOTES], border=False)
    ws2.merge_cells(start_row=r + 3 + len(Y1_QUOTE_ROWS), start_column=1, end_row=r + 3 + len(Y1_QUOTE_ROWS), end_column=6)
    ws2.row_dimensions[r + 3 + len(Y1_QUOTE_ROWS)].height = 30
    widths(ws2, [20, 26, 24, 20, 14, 12])
    _save(wb, Y1_NAME)

    comment = """Voice: 溆浦思蒙小额贷款 (怀化市溆浦县, local personal credit, no cross-border business; the type's band is 18–25万). Sheet
  "询价汇总" is the clerk's (舒晓燕 of 信息科技部, 2025-11-24): four vendors' stamped 报价函 typed in, one row per vendor, and her
  note under it. Sheet "大酉提供-同类对比" is NOT the buyer's and NOT the four vendors': it is page 12 of 辰溪大酉数科's sales deck,
  forwarded as-is by its sales manager in place of a 报价函 — a matrix of 对比项 down, the author's own column "大酉数科（我司）"
  (filled yellow) and one column each for 飞山信息, 浦市数科, 茶峒网络 and 江垭软件, the deck's legend (✓ 支持 ✗ 不支持 △ 部分支持 /
  需另付费), its 参考价格 and 综合评分 rows and its footnote ("竞品信息来源于公开资料、行业交流及客户反馈，仅供参考"); under it the
  author's 本项目报价明细 (致 the buyer, 报价单位 辰溪大酉数科有限公司, two line items, 合计（含税） 218,000, 备注).
Layout: .xlsx, two sheets. 询价汇总: title row 1, clerk line row 2, header row 4 (序号 | 供应商 | 报价 | 计税方式 | 功能模块 | 等保三级 |
  数据加密 | 传输加密 | 权限管理 | 日志保存 | 征信接口 | 免费维护期 | 维护范围 | 监管政策适配 | 技术支持 | 响应时间 | 终身技术咨询 |
  承诺写入合同 | 维保期满后年费 | 源码交付 | 报价函收到日期), rows 5–8 (飞山, 浦市, 茶峒, 八大公山 — 八大公山's 承诺写入合同 is empty), the
  note in row 10. 大酉提供-同类对比: title, source line, legend (rows 1–3), header row 4, 24 对比项 rows 5–28, footnote row 29, then
  the 报价明细 block: heading row 31, 致/报价单位 line row 32, header row 33 (序号 | 项目 | 内容 | 金额（元）), items rows 34–35,
  合计（含税） row 36, 备注 row 37.
Analyst's reading, written before any code read the file (the product was not run on it).
What the analyst does with the deck's competitor columns: they are 大酉's words about other companies — a seller's sales claims
  about its rivals, sourced (its footnote says) from "公开资料、行业交流及客户反馈". They are no competitor's statement: not a
  quote, not a claim of that competitor, not an answer that fills or replaces anything in that competitor's own 报价函.
  analyst-reading gives the same standing to every third party's words about a vendor (the buyer's '↑意见' column: "their
  figures and hearsay are no vendor's terms"; a buyer's note "滕王阁电话里说有证…" stays the buyer's; a 参考 row of market
  prices "非投标人" is no bidder; scores and ranks of any panel are theirs). So: (1) 飞山, 浦市 and 茶峒 are read from their own
  rows on 询价汇总 alone — their columns in the deck change none of their values (飞山's '✗ 未取得（据了解仍在测评）', '△ 仅保存3个月',
  '✗ 5×8工作日', '✗ 核心代码加密', '约30万' are 大酉's say-so; 浦市's '✗' under 反欺诈 is no missing module); (2) 江垭软件, which appears
  ONLY as a deck column and never sent the buyer anything, is no quote at all (not listed; a reader who lists it has taken the
  author's claims for a vendor's quote); (3) the deck's 成立年限, 服务小贷客户数, 参考价格 (for the others) and 综合评分 rows are no terms of
  anyone's quote and no reason to rank (98 for itself, 71 for 飞山). The author's OWN column and rows are its own words for
  this project and ARE its quote (domain.md §7: "a quote is the vendor's sales document"), read with their standing: concrete
  words stated ("✓ 操作日志保存12个月", "✓ 免费维护12个月", "✓ 7×24小时", "✓ 2小时内", "✓ 完整源码交付"), "支持…" and "国密算法"
  claimed, "均可写入合同" willing (claimed); its 参考价格 "21.8万（含税）" and its 合计（含税） 218,000 agree.
Reading: five quotes — the four rows of 询价汇总 and 辰溪大酉数科有限公司 (its column "大酉数科（我司）" joined to the 报价单位 of its
  own 报价明细 and named by it; the clerk's note names it in full too). 报价函收到日期 and 报价有效期 are no amounts; 致 names the
  buyer, never a vendor.
Traps: the decisive one is whose words the deck is. It is the only sheet with every vendor side by side and the only one with
  ticks: read at face value it makes 大酉 all ✓ (等保三级, 国密, 征信, 12 months, 7×24, full source) at 21.8万 含税 — the cheapest
  offer inside the band — and its best rival 飞山 a company without 等保三级, on AES, keeping logs 3 months, 5×8, source
  encrypted, "约30万". A careless reader picks 辰溪大酉数科. But 大酉's own words only CLAIM the gate — "支持等保三级" (no filing),
  "国密算法加密" (SM4 not named), "支持对接征信" (no licensed body): unverified, ranked below every quote that passes. And 飞山's
  own 报价函 says the opposite of every ✗ the deck gives it: 备案证明编号43122943018-24007 (2024年取得), SM4 on 身份证号/手机号/
  银行卡号, TLS1.2, RBAC, 12-month logs with tracing, 人行 + 百行, every personal-credit must-have with anti-fraud, 12 months
  with minor upgrades, free policy adaptation, 7×24 within 1 hour with a named engineer, lifetime consulting, all in the
  contract, 2.4万 a year after, full unencrypted source, at 23.6万 含税 inside 18–25万 — the careful pick. 泸溪浦市 (24.6万 含税)
  passes too but is worse than 飞山 on every count (dearer, 6-month logs, one bureau, major policy changes '另行报价', 2 hours,
  3.2万 a year). 桑植八大公山 is '三级测评中，预计2026年3月取得备案证明' (in progress: unverified), 19.8w 不含税 at 13 % = 223,740, no
  anti-fraud in its list, its 承诺写入合同 left empty (unknown). 花垣茶峒 fails: '二级（已备案），三级计划2026年申请' (level 2 today,
  level 3 only planned), 风控模型 '需二期开发，另行报价' (a must-have not in this quote: missing), 13.8万 (under 15万), AES, 3-month
  logs, 6 months bug fixes only, policy '另行收费', 5×8, 次日, no consulting, not in the contract, '授权使用，绑定域名' (licence only).
Not settled and not asserted: the standing of 茶峒's '仅修复bug' and '另行收费' (values false either way). None of them moves a
  gate or the pick."""
    vendors = [
        dict(vendor="靖州飞山信息技术有限公司", gate="pass", price=236000,
             why="询价汇总 row 5, its own 报价函: 23.6万 '含税（13%专票）' = 236,000 inside 18–25万; '已取得，备案证明编号43122943018-24007（2024年取得）'; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS（TLS1.2）; RBAC; 12个月 with tracing; 人行征信中心 + 百行征信; 个人征信查询, 风控模型, 反欺诈模型, 还款计划及提醒, 风控审批, 用户管理; 12个月 with bug修复及小版本升级; 政策 免费; 7×24小时; 1小时内 with a named engineer; 终身咨询 提供; '是，以上承诺全部写入合同'; '2.4万元/年'; 完整源码 无加密. The deck's column '飞山信息' ('✗ 未取得（据了解仍在测评）', '✗ AES加密', '△ 仅保存3个月', '△ 仅百行', '△ 需另购' 反欺诈, '△ 6个月', '✗ 5×8工作日', '✗ 次日', '✗ 核心代码加密', '约30万', 评分 71) is 大酉's say-so about a rival and changes none of this. 3 years: 236,000 + 2 × 24,000 = 284,000.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD_AF),
        dict(vendor="泸溪浦市数科有限公司", gate="pass", price=246000,
             why="询价汇总 row 6: 24.6万 含税 inside 18–25万; '已取得，备案证明编号43312243006-25003'; SM4; HTTPS; RBAC; 日志6个月 (not under 6); 百行征信; 个人征信查询, 风控模型, 反欺诈, 还款管理, 风控审批, 用户管理, 营销插件 (deferrable) — the deck's '✗' under 反欺诈 for 浦市数科 is 大酉's, no missing module; 免费维护 '一年' = 12 months, bug修复+小版本升级; '一般调整免费，重大政策调整另行报价' = conditional; 7×24; 2小时内 (not over 2); 咨询 提供; 写入合同 是; '3.2万/年'; 完整源码. Worse than 飞山 on price, logs, bureaus, policy, response and yearly fee.",
             values=_vals(audit_log_months=6, policy_adaptation_free=False, response_hours=2,
                          annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
             status=_st(policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["policy_adaptation_charged", "conditional"],
             flex=_but("policy_adaptation_charged", "conditional", base=ALL_BAD_AF)),
        dict(vendor="辰溪大酉数科有限公司", gate="unverified", price=218000,
             why="the deck's author; its quote is its own column '大酉数科（我司）' on 大酉提供-同类对比 and its 报价明细 under it (报价单位 辰溪大酉数科有限公司): 源码授权 168,000 + 部署实施及培训 50,000 = 合计（含税） 218,000 (its 参考价格 '21.8万（含税）' agrees), inside 18–25万. '✓ 支持等保三级' = claimed, no filing: unverified. '✓ 国密算法加密' = SM4 claimed; '✓ 支持对接征信' = claimed. Stated: 全站HTTPS; RBAC; 日志12个月; modules 个人征信查询, 智能风控模型, 反欺诈, 还款管理, 风控审批, 用户管理, 营销插件; 免费维护12个月; bug修复+小版本升级; 政策 免费适配; 7×24小时; 2小时内; 终身技术咨询; 完整源码交付. 备注: '维保期满后年服务费按合同额10%/年' = 21,800 a year; '上述对比表中我司各项内容均可写入合同' = willing (claimed). Its ✓ are its own words about itself; its ✗ and 综合评分 98 prove nothing about anyone.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=21800, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                        commitments_in_contract="claimed", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud", "marketing_plugins"], fex=BLOAT,
             flin=["claimed"],
             flex=GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                                "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                                "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract",
                                "bloat_features", "source_partial", "source_licence_only", "no_anti_fraud", "conditional"]),
        dict(vendor="桑植八大公山科技有限公司", gate="unverified", price=223740,
             why="询价汇总 row 8: '19.8w', 计税 '不含税（增值税13%另计）' = 198,000 × 1.13 = 223,740 inside 18–25万. '三级测评中，预计2026年3月取得备案证明' = in progress (false, claimed): unverified. SM4 (身份证号、手机号); 全站HTTPS; RBAC; 日志6个月; 百行征信; 个人征信查询, 风控模型, 还款管理, 风控审批, 用户管理 — no anti-fraud (no_anti_fraud); 12个月 with minor upgrades; 政策 免费; 7×24; 2小时内; 咨询 提供; 承诺写入合同 EMPTY = unknown (a question, never a no); '2万元/年'; 完整源码. The deck never mentions it.",
             values=_vals(mlps_level3=False, audit_log_months=6, response_hours=2, commitments_in_contract="null",
                          annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", commitments_in_contract="unknown", response_hours="stated"),
             fin=PC + CORE, fex=BLOAT + ["anti_fraud"],
             flin=["claimed", "no_anti_fraud", "unconfirmed"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only", "conditional"]),
        dict(vendor="花垣茶峒网络科技有限公司", gate="fail", price=138000,
             why="询价汇总 row 7: '二级（已备案），三级计划2026年申请' = level 2 today, level 3 only planned: fail. Modules '个人征信查询、还款管理、风控审批、用户管理（风控模型需二期开发，另行报价）' — the risk model is not in this quote: missing (fail). 13.8万 含税 (under 15万). AES (no SM4); HTTPS; 角色权限; 日志3个月; '支持对接征信' (claimed); 6个月, '仅修复bug'; 政策 '另行收费'; '5×8（工作日）'; '次日' (24 h); 咨询 不提供; 写入合同 否; '1.2万/年'; '授权使用，绑定域名' = licence only. The deck's '✗ 仅二级' happens to agree; it is still 大酉's word, and the row's own words decide.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=12000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=["personal_credit_report", "repayment_management", "risk_approval", "user_management"],
             fex=["risk_model"] + BLOAT,
             flin=["no_mlps_level3", "missing_must_have", "price_below_15w", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_licence_only", "claimed"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "no_tls", "no_access_control",
                   "bloat_features", "source_partial"]),
    ]
    write_toml(Y1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [Y1_NAME], "靖州飞山信息技术有限公司",
               "靖州飞山's own 报价函 proves every gate (备案证明编号43122943018-24007, SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every personal-credit must-have with anti-fraud, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, 2.4万 a year after and full unencrypted source, at 236,000 含税 inside 18–25万. The ✗ and '约30万' the forwarded deck gives it are its rival 大酉's words, no term of 飞山's. The deck's author 辰溪大酉 (218,000, all ✓ in its own column) only claims the gate ('支持等保三级', '国密算法', '支持对接征信'): unverified. 泸溪浦市 passes but is worse on every count; 桑植八大公山 is 三级测评中 (unverified); 花垣茶峒 holds 等保二级 and lacks the risk model (fail); 江垭软件 exists only as a deck column and is no quote.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzy_02  商户经营贷 — a purchasing consultant's 比选摘要: his paraphrase, the vendors' words in “”, his 市场参考 column
# ---------------------------------------------------------------------------------------------
Y2_NAME = "zzy_02_ml_guwen_bixuan_zhaiyao_yinhao_yuanhua.xlsx"
Y2_VENDORS = ["思南乌江数科有限公司", "石阡佛顶山信息技术有限公司", "德江扶阳网络科技有限公司", "印江木黄软件有限公司",
              "黎平翘街数据服务有限公司"]
# 比选项, 市场参考（顾问整理）, then one cell per vendor in Y2_VENDORS order
Y2_ROWS = [
    ["报价", "22–26万（含税），黔渝地区近一年同类项目均价",
     "约27万，在几家里属于中间，物有所值。原文：“合计人民币26.8万元（含税）”",
     "偏高，比市场参考高出3万多，建议压价。“本项目总价29.6万元（含13%增值税）”",
     "“源码授权及实施合计26.5万元（不含税），增值税6%另开专票”，实际到手要28万左右",
     "书面回复只写了“价格面议，以最终商务谈判为准”；电话里说21万上下，估计不会超过22万",
     "最便宜。“16.8万元，含税”"],
    ["功能模块", "企业征信、流水分析、电子合同为经营贷标配",
     "功能齐全，经营贷该有的都有：“企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理”",
     "“企业征信查询、银行流水分析、电子合同（含电子签章）、风控审批、还款计划及提醒、用户管理”，另外会送一个数据大屏",
     "“企业征信、银行流水分析、风控审批、还款管理、用户管理；电子合同为选配模块，另加3.2万元（不含税）”",
     "“企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理”",
     "基础功能够用：“企业征信、风控审批、还款管理、用户管理”，流水分析和电子合同对方说以后可以再加"],
    ["等保三级", "行业标配，须有备案证明",
     "已过等保三级，资质没问题。“我司系统已通过等保测评，相关证明材料签约后提供”",
     "“已取得等保三级，备案证明编号52062343010-24006”",
     "“已取得等保三级，备案证明编号52062643005-25002”",
     "“等保三级已取得，备案证明编号52062543017-24011”",
     "还在办。“目前为等保二级，三级暂无计划”"],
    ["数据加密", "国密SM4",
     "用的国密，没问题：“敏感字段采用SM4国密算法加密存储”",
     "“身份证号、手机号、银行账号SM4加密”",
     "“AES-256加密”，不是国密",
     "“SM4加密（身份证号、手机号）”",
     "“AES加密”"],
    ["传输加密", "HTTPS", "“全站HTTPS”", "“全站HTTPS（TLS1.2）”", "“HTTPS”", "“全站HTTPS”", "“HTTPS”"],
    ["权限管理", "角色权限", "“RBAC角色权限”", "“RBAC角色权限，按岗位授权”", "“RBAC”", "“RBAC角色权限”", "“角色权限”"],
    ["日志保存", "≥6个月",
     "“操作日志保存12个月”", "“操作日志保存12个月，异常操作可追溯”", "日志应该有半年，没细问",
     "“日志保存6个月”", "“日志保存3个月”"],
    ["征信接口", "持牌机构（人行/百行/朴道）",
     "“已对接人行企业征信系统、百行征信”", "“已对接人行企业征信系统、百行征信”", "“支持对接各大征信机构”",
     "“百行征信”", "“支持对接征信”"],
    ["免费维护期", "12个月",
     "“免费维护12个月”", "“免费维护12个月”", "跟其他几家差不多，12个月左右",
     "“免费维护12个月”", "“免费维护6个月”"],
    ["维护范围", "bug修复+小版本升级",
     "“含bug修复及小版本升级”", "“bug修复及小版本升级”", "应该含升级", "“仅bug修复，版本升级另计”", "“仅修复bug”"],
    ["监管政策适配", "免费为主，少数家另收",
     "“监管政策调整免费适配”", "“免费适配”", "这个没细问", "“免费（重大政策调整除外）”", "“另行收费”"],
    ["技术支持", "7×24",
     "“7×24小时”", "“7×24小时技术支持”", "“工作日9:00-18:00”", "“7×24小时”", "“5×8”"],
    ["响应时间", "2小时内",
     "“2小时内响应”", "“1小时内响应，指定专属工程师”", "估计半天", "“2小时内”", "“次日”"],
    ["终身技术咨询", "一般提供",
     "“提供终身技术咨询”", "“提供”", "—", "“提供”", "“不提供”"],
    ["承诺写入合同", "必须写入",
     "“以上承诺均写入合同”", "“以上承诺全部写入合同”", "对方说可以写", "“写入合同”", "“否”"],
    ["维保期满后年费", "合同额10%–15%/年",
     "“2.6万元/年”", "“2.8万元/年”", "“3万元/年”", "跟市场差不多", "“1.5万元/年”"],
    ["源码交付", "完整源码",
     "“完整源码，无加密”", "“交付完整源码，无加密，可二次开发”", "“完整源码”", "“完整源码”", "只给授权，不给源码"],
    ["顾问评价", "—", "★★★★★", "★★★", "★★★", "★★★★", "★★★★"],
    ["推荐排序", "—", "1", "4", "5", "3", "2"],
    ["顾问意见", "—",
     "首选：资质齐全，价格合理，售后好", "条件不错但偏贵，可作谈判筹码", "售后情况不清楚，不建议",
     "等书面报价后再看", "预算紧张时可选，后期再加模块"],
]
Y2_NOTE = ("阅读说明：1. 各供应商栏中，“”内为供应商书面答复（报价函/邮件）原文摘录；引号以外的文字为本人根据电话及面谈情况的归纳和判断。"
           "2. “市场参考”列为本人根据近一年黔渝地区同类项目整理的参考水平，不是任何供应商的报价。3. 顾问评价、推荐排序、顾问意见为本人独立判断。")
Y2_ADVICE = ("顾问建议：建议湄江小贷与思南乌江数科进入商务谈判——其报价比石阡佛顶山低约3万元，且已通过等保测评；黎平翘街可作为预算紧张时的"
             "备选。市场参考价仅供谈判参考。")
Y2_DISCLOSURE = "利益声明：本人2024年曾向思南乌江数科介绍过两个项目客户。"


def build_zzy02():
    wb = Workbook()
    ws = wb.active
    ws.title = "比选摘要"
    put_row(ws, 1, ["湄江小贷 · 商户经营贷系统源码采购 供应商比选摘要（顾问稿）"], font=TITLE, border=False)
    ws.merge_cells("A1:G1")
    put_row(ws, 2, ["编制：黔北信科咨询 杨国栋（第三方采购顾问）　2025-11-26　　致：湄潭湄江小额贷款有限公司 冉总"], border=False)
    ws.merge_cells("A2:G2")
    put_row(ws, 3, [Y2_NOTE], border=False)
    ws.merge_cells("A3:G3")
    ws.row_dimensions[3].height = 58
    put_row(ws, 5, ["比选项", "市场参考（顾问整理）"] + Y2_VENDORS, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(Y2_ROWS):
        r = 6 + i
        put_row(ws, r, row)
        ws.cell(row=r, column=1).font = BOLD
        ws.cell(row=r, column=2).fill = YELLOW
        if row[0] in ("顾问评价", "推荐排序", "顾问意见"):
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = BLUE
        ws.row_dimensions[r].height = 48 if len(max(row, key=len)) > 30 else 22
    r = 6 + len(Y2_ROWS) + 1                             # 27
    put_row(ws, r, [Y2_ADVICE], border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.row_dimensions[r].height = 32
    put_row(ws, r + 1, [Y2_DISCLOSURE], border=False)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=7)
    widths(ws, [14, 22, 30, 30, 30, 30, 30])
    ws.freeze_panes = "C6"
    _save(wb, Y2_NAME)

    comment = """Voice: 杨国栋 of 黔北信科咨询, a third-party purchasing consultant, writing to 冉总 of 湄潭湄江小额贷款 (local merchant loans, no
  cross-border business; the type's band is 25–35万), 2025-11-26. Everything on the sheet is HIS, except the words inside “” in
  the vendor columns, which his own 阅读说明 (row 3) says are the vendors' written answers (报价函 / 邮件) quoted word for word;
  the words outside the “” are his paraphrase of phone calls and meetings and his judgement. The 市场参考（顾问整理） column is his
  own figures ("不是任何供应商的报价"); the rows 顾问评价 (★), 推荐排序, 顾问意见, the 顾问建议 under the table and the 利益声明 at
  the foot (he has brought 思南乌江数科 two clients before) are his.
Layout: .xlsx, one sheet "比选摘要": title row 1, 编制/致 row 2, 阅读说明 row 3 (merged A:G); header row 5: 比选项 | 市场参考（顾问整理） |
  then one column per vendor (C 思南乌江, D 石阡佛顶山, E 德江扶阳, F 印江木黄, G 黎平翘街); criteria rows 6–22 (报价, 功能模块, 等保三级,
  数据加密, 传输加密, 权限管理, 日志保存, 征信接口, 免费维护期, 维护范围, 监管政策适配, 技术支持, 响应时间, 终身技术咨询, 承诺写入合同,
  维保期满后年费, 源码交付), his rows 23–25 (顾问评价, 推荐排序, 顾问意见), 顾问建议 row 27, 利益声明 row 28.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor column, read from the “” fragments ONLY — analyst-reading on an evaluation column whose label says its
  「」 hold the vendor's words: "the column is read for every fact the 「」 fragments state, and for nothing else — the writer's
  words around them are hopes and worries, no terms … a cell with no 「」 holds no vendor's words"; on a result notice: "each
  vendor read from its 「」 alone". Here the marks are “” and the sheet's own note defines them the same way. So a cell with no “”
  is unknown (德江's '日志应该有半年', '12个月左右', '应该含升级', '这个没细问', '估计半天', '—', '对方说可以写'; 印江's '跟市场差不多';
  黎平's '只给授权，不给源码'), and a quoted fragment decides over the paraphrase around it ('约27万' around “合计人民币26.8万元（含税）”
  is 268,000; '已过等保三级，资质没问题' around “我司系统已通过等保测评，相关证明材料签约后提供” is that claim). 印江's “价格面议，以最终
  商务谈判为准” is no price, and his '电话里说21万上下' is no vendor's words (and a price only said is none): null, unverified. The
  市场参考 column is no vendor and no band (the band is domain.md's 25–35万, not his 22–26万); the ★, ranks and advice are no reason
  to rank.
Traps: the decisive one is the consultant's paraphrase of 思南乌江's 等保. He ranks it 1st (★★★★★, '首选：资质齐全'), writes
  '已过等保三级，资质没问题' and advises negotiating with it because it is '比石阡佛顶山低约3万元，且已通过等保测评' — a reader who takes
  his summary picks 思南乌江 (268,000 含税, every other quoted term good). But the vendor's own words are “我司系统已通过等保测评，
  相关证明材料签约后提供”: no level named, no filing, the proof held back until signing — a claim (analyst-reading: "已通过等保测评"
  with no level is claimed; "备案证明等资质材料签约后提供" is a claim): unverified. The careful pick is 石阡佛顶山, which he rates ★★★
  and 4th for being '偏高，比市场参考高出3万多' — his market figure, not the band: its quoted words prove every gate (备案证明编号
  52062343010-24006, SM4 on 身份证号/手机号/银行账号, TLS1.2, RBAC by post, 12-month logs with tracing, 人行企业征信 + 百行) with every
  merchant must-have, 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour with a named engineer, lifetime
  consulting, all in the contract, 2.8万 a year after, full unencrypted source, at 296,000 含税 inside 25–35万. 德江扶阳 passes too
  (filing number quoted) but is 265,000 不含税 at the 6 % it names plus its must-have 电子合同 '选配…另加3.2万元（不含税）' at the same
  rate = (265,000 + 32,000) × 1.06 = 314,820, on AES, office hours, a bureau only claimed, and unknown on everything he only
  paraphrased — dearer and worse than 石阡 on every count. 印江木黄 has its filing quoted but no price ('面议'): unverified. 黎平翘街
  (his 2nd) fails: “目前为等保二级，三级暂无计划”, and its quoted module list has no 银行流水分析 and no 电子合同 (his '以后可以再加' is
  his words).
Not settled and not asserted: the standing of 黎平's “仅修复bug” and “另行收费” and of 印江's “仅bug修复，版本升级另计” (values
  false either way); whether 石阡's '另外会送一个数据大屏' (outside the “”, his words) is a module — the analyst says no, but
  bi_dashboard is deferrable and nothing is asserted on it. Asserted on analyst-reading's word: 德江's option taxed at the 6 % its
  quote names ("a VAT rate the 报价说明 names … is the one added, to the price and to any must-have option"). None of the
  unasserted readings moves a gate or the pick."""
    vendors = [
        dict(vendor="石阡佛顶山信息技术有限公司", gate="pass", price=296000,
             why="column D, its quoted words: “本项目总价29.6万元（含13%增值税）” = 296,000 inside 25–35万 (his '偏高，比市场参考高出3万多' measures it against his own 22–26万, no band); “已取得等保三级，备案证明编号52062343010-24006”; SM4 on 身份证号/手机号/银行账号; 全站HTTPS（TLS1.2）; RBAC by post; 12个月 with tracing; 人行企业征信系统 + 百行征信; 企业征信查询, 银行流水分析, 电子合同（含电子签章）, 风控审批, 还款计划及提醒, 用户管理; 免费维护12个月; bug修复及小版本升级; 免费适配; 7×24; 1小时内 with a named engineer; 终身咨询 提供; 全部写入合同; '2.8万元/年'; 完整源码 无加密. His ★★★ and rank 4 are his. 3 years: 296,000 + 2 × 28,000 = 352,000.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="德江扶阳网络科技有限公司", gate="pass", price=314820,
             why="column E: “源码授权及实施合计26.5万元（不含税），增值税6%另开专票” and its module list “…；电子合同为选配模块，另加3.2万元（不含税）” — the must-have option added, both at the 6 % the quote names: (265,000 + 32,000) × 1.06 = 314,820 inside 25–35万 (contract management present, conditional); his '实际到手要28万左右' is his. “已取得等保三级，备案证明编号52062643005-25002” (pass); “AES-256加密” (no SM4); HTTPS; RBAC; “支持对接各大征信机构” (claimed); “工作日9:00-18:00” (no 7×24); '3万元/年'; 完整源码. Everything he only paraphrased is unknown: 日志 ('应该有半年'), 免费维护期 ('12个月左右'), 维护范围, 政策适配, 响应时间 ('估计半天'), 终身咨询 ('—'), 写入合同 ('对方说可以写').",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months="null",
                         licensed_credit_bureau=True, free_maintenance_months="null",
                         maintenance_includes_upgrades="null", policy_adaptation_free="null", support_7x24=False,
                         response_hours="null", lifetime_consulting="null", commitments_in_contract="null",
                         annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="unknown", licensed_credit_bureau="claimed", free_maintenance_months="unknown",
                         maintenance_includes_upgrades="unknown", policy_adaptation_free="unknown", support_7x24="stated",
                         response_hours="unknown", lifetime_consulting="unknown", commitments_in_contract="unknown"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["no_sm4", "no_7x24", "conditional", "claimed", "unconfirmed"],
             flex=GATE_PRICE + ["no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                                "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                                "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                                "source_partial", "source_licence_only"]),
        dict(vendor="思南乌江数科有限公司", gate="unverified", price=268000,
             why="column C (his ★★★★★, rank 1, '首选：资质齐全' — his): “合计人民币26.8万元（含税）” = 268,000 inside 25–35万 (his '约27万' is his). 等保: his '已过等保三级，资质没问题' is his paraphrase; the vendor's words “我司系统已通过等保测评，相关证明材料签约后提供” name no level and hold the proof back until signing = claimed: unverified. Quoted and stated: “敏感字段采用SM4国密算法加密存储”; 全站HTTPS; RBAC; 日志12个月; 人行企业征信系统 + 百行征信; 企业征信查询, 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理; 免费维护12个月; bug修复及小版本升级; 政策 免费适配; 7×24; 2小时内; 终身咨询; 均写入合同; '2.6万元/年'; 完整源码 无加密.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed"],
             flex=GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                                "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                                "not_in_contract", "bloat_features", "source_partial", "source_licence_only",
                                "conditional"]),
        dict(vendor="印江木黄软件有限公司", gate="unverified", price="null",
             why="column F: its only words on price are “价格面议，以最终商务谈判为准” = no price (null, price_missing): unverified; his '电话里说21万上下，估计不会超过22万' is his (and a price only said is none). Quoted: “等保三级已取得，备案证明编号52062543017-24011”; SM4 (身份证号、手机号); 全站HTTPS; RBAC; 日志6个月; 百行征信; all six merchant modules; “免费维护12个月”; “仅bug修复，版本升级另计” = no upgrades at the base price; “免费（重大政策调整除外）” = conditional; 7×24; 2小时内; 终身咨询 提供; 写入合同; 年费 only his '跟市场差不多' = unknown; 完整源码.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=2, annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_missing", "maintenance_excludes_upgrades", "policy_adaptation_charged", "conditional"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only", "claimed"]),
        dict(vendor="黎平翘街数据服务有限公司", gate="fail", price=168000,
             why="column G (his rank 2, '预算紧张时可选'): “目前为等保二级，三级暂无计划” = level 2, no plan: fail. “16.8万元，含税” = 168,000 (not under 15万; below the 25–35万 band). Its quoted module list “企业征信、风控审批、还款管理、用户管理” has no 银行流水分析 and no 电子合同 (missing, fail) — his '以后可以再加' is his. “AES加密”; HTTPS; 角色权限; 日志3个月; “支持对接征信” (claimed); 免费维护6个月; “仅修复bug”; “另行收费”; “5×8”; “次日” (24 h); “不提供”; 写入合同 “否”; '1.5万元/年'. 源码: only his '只给授权，不给源码' = unknown (no licence_only read from his words).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=15000,
                         source_code_delivery="null"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", audit_log_months="stated",
                         licensed_credit_bureau="claimed", free_maintenance_months="stated", support_7x24="stated",
                         response_hours="stated", lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=["enterprise_credit", "risk_approval", "repayment_management", "user_management"],
             fex=["cashflow_analysis", "contract_management"] + BLOAT,
             flin=["no_mlps_level3", "missing_must_have", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "claimed"],
             flex=["price_below_10w", "price_below_15w", "price_missing", "no_tls", "no_access_control",
                   "bloat_features", "source_partial", "source_licence_only"]),
    ]
    write_toml(Y2_NAME.replace(".xlsx", ".toml"), comment, "merchant_loan", [Y2_NAME], "石阡佛顶山信息技术有限公司",
               "石阡佛顶山's own quoted words prove every gate (备案证明编号52062343010-24006, SM4 on 身份证号/手机号/银行账号, TLS1.2, RBAC, 12-month logs, 人行企业征信 + 百行) with every merchant must-have, 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, 2.8万 a year after and full unencrypted source, at 296,000 含税 inside 25–35万 — 'high' only against the consultant's own 22–26万 market figure. His first choice 思南乌江 ('已过等保三级' in his words) says only “我司系统已通过等保测评，相关证明材料签约后提供” in its own: a claim, unverified. 德江扶阳 passes at 314,820 with AES, office hours and much unknown; 印江木黄 quoted 面议 (unverified); 黎平翘街 is 等保二级 and lacks 流水分析 and 电子合同 (fail).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzy_03  消费分期 — a branch manager's WPS表单 log, one fact a row, with "谁说的" and "有没有书面材料"
# ---------------------------------------------------------------------------------------------
Y3_NAME = "zzy_03_ci_wps_biaodan_shuide_gbk.csv"
Y3_HEAD = ["序号", "提交时间", "提交者", "1.供应商全称", "2.信息类别", "3.具体内容（尽量记原话）", "4.谁说的", "5.场合/渠道",
           "6.有没有书面材料", "7.我的备注"]
DL = "克什克腾达里科技有限公司"
DJ = "阿尔山杜鹃湖信息技术有限公司"
SC = "突泉双城网络科技有限公司"
CE = "扎赉特绰尔软件有限公司"
XL = "敖汉兴隆洼数科有限公司"
WD = "翁牛特乌丹软件有限公司"
MEET = "供应商交流会（营业部会议室）"
ORAL = "没有（口头）"
SEAL = "有（盖章报价单）"
Y3_FACTS = [
    # (提交时间, 供应商, 类别, 内容, 谁说的, 场合, 书面, 备注)
    ("2025/11/12 10:21:33", DL, "功能模块", "商品管理、分期计算器、订单跟踪都有，风控审批、还款管理、用户管理也都带",
     "达里 周海涛（销售经理）", MEET, ORAL, ""),
    ("2025/11/12 10:24:05", DL, "售后服务", "维护可以给到12个月，7×24小时都有人", "达里 周海涛（销售经理）", MEET, ORAL, "记一下，看报价单怎么写"),
    ("2025/11/12 11:02:47", DJ, "功能模块", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理，现场演示了分期试算",
     "杜鹃湖 萨仁（销售经理）", MEET, ORAL, "演示挺顺"),
    ("2025/11/12 11:40:19", SC, "等保与安全", "等保三级我们是有的，证书回去找找发过来", "双城 敖登（总经理）", MEET, ORAL, ""),
    ("2025/11/12 14:15:52", XL, "功能模块", "订单跟踪是单独的模块，要另外买", "兴隆洼 田茂林（销售）", MEET, ORAL, ""),
    ("2025/11/14 09:33:10", CE, "报价", "报价8.6万元（含税）", "绰尔 王磊（销售）", "盖章报价单（快递）", SEAL, "太便宜了"),
    ("2025/11/14 09:35:41", CE, "功能模块", "商品管理、分期计算器、风控审批、还款管理、用户管理（订单跟踪需定制开发，另行报价）",
     "绰尔 王磊（销售）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/14 09:38:02", CE, "等保与安全", "等保三级申请中；数据AES加密；HTTPS；角色权限；操作日志保存3个月",
     "绰尔 王磊（销售）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/14 09:40:26", CE, "售后服务", "免费维护3个月；技术支持工作日9:00-17:00；次日响应；维保期满后0.8万元/年",
     "绰尔 王磊（销售）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/14 09:41:13", CE, "源码交付", "授权使用，不提供源码", "绰尔 王磊（销售）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/15 16:02:38", DJ, "报价", "合计24.6万元（含税，13%增值税专用发票）", "杜鹃湖 萨仁（销售经理）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/15 16:05:11", DJ, "功能模块", "商品管理、分期计算器、订单跟踪、风控审批、还款计划及提醒、用户管理",
     "杜鹃湖 萨仁（销售经理）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/15 16:09:47", DJ, "等保与安全",
     "已取得等保三级，定级对象：杜鹃湖消费分期业务管理系统，备案证明编号15220243011-24008（2024年取得）；身份证号、手机号、银行卡号SM4加密存储；"
     "全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月，异常操作可追溯；征信接口：已对接人行征信中心、百行征信",
     "杜鹃湖 萨仁（销售经理）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/15 16:13:20", DJ, "售后服务",
     "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；提供终身技术咨询；维保期满后2.6万元/年；"
     "以上承诺全部写入合同", "杜鹃湖 萨仁（销售经理）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/15 16:14:02", DJ, "源码交付", "交付完整源码，无加密，可二次开发", "杜鹃湖 萨仁（销售经理）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/16 10:48:55", DL, "报价", "合计23.8万元（含税）", "达里 周海涛（销售经理）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/16 10:50:31", DL, "功能模块", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理", "达里 周海涛（销售经理）",
     "盖章报价单（快递）", SEAL, ""),
    ("2025/11/16 10:54:09", DL, "等保与安全",
     "已取得等保三级，备案证明编号15042543009-24013；身份证号、手机号SM4加密；全站HTTPS；RBAC角色权限；操作日志保存6个月；征信接口：百行征信",
     "达里 周海涛（销售经理）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/16 10:58:44", DL, "售后服务",
     "免费维护6个月，含bug修复及小版本升级；一般政策调整免费，重大政策调整另行报价；技术支持5×8（工作日）；4小时内响应；不提供终身技术咨询；"
     "维保期满后3.5万元/年；以上条款写入合同", "达里 周海涛（销售经理）", "盖章报价单（快递）", SEAL,
     "跟会上说的12个月、7×24不一样"),
    ("2025/11/16 10:59:30", DL, "源码交付", "完整源码", "达里 周海涛（销售经理）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/16 20:12:06", SC, "报价", "报价21.6万元，含税", "双城 敖登（总经理）", "微信发来的文字", "有（微信文字）", ""),
    ("2025/11/16 20:13:40", SC, "功能模块", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理", "双城 敖登（总经理）",
     "微信发来的文字", "有（微信文字）", ""),
    ("2025/11/16 20:15:18", SC, "等保与安全", "数据加密用国密算法，全站HTTPS，权限RBAC，日志保存12个月", "双城 敖登（总经理）",
     "微信发来的文字", "有（微信文字）", "等保证书还没发"),
    ("2025/11/16 20:18:51", SC, "售后服务",
     "免费维护6个月，仅修复bug；政策调整另行收费；技术支持工作日9:00-17:30；4小时内响应；不提供终身技术咨询；年服务费1.8万元；合同只写价格和交付",
     "双城 敖登（总经理）", "微信发来的文字", "有（微信文字）", ""),
    ("2025/11/16 20:19:26", SC, "源码交付", "完整源码", "双城 敖登（总经理）", "微信发来的文字", "有（微信文字）", ""),
    ("2025/11/18 09:26:37", XL, "报价", "系统报价22.8万元（含税）；订单跟踪模块为选配，另加2.4万元（含税）", "兴隆洼 田茂林（销售）",
     "盖章报价单（快递）", SEAL, ""),
    ("2025/11/18 09:28:15", XL, "功能模块", "商品管理、分期计算器、风控审批、还款管理、用户管理；订单跟踪（选配，见报价）",
     "兴隆洼 田茂林（销售）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/18 09:31:02", XL, "等保与安全",
     "已取得等保三级，备案证明编号15043043021-25005；SM4加密；全站HTTPS；RBAC；操作日志保存6个月；征信接口：百行征信",
     "兴隆洼 田茂林（销售）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/18 09:34:47", XL, "售后服务",
     "免费维护一年，含bug修复及小版本升级；政策调整免费；7×24小时，2小时内响应；提供终身技术咨询；维保期满后3万元/年；写入合同",
     "兴隆洼 田茂林（销售）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/18 09:35:20", XL, "源码交付", "完整源码", "兴隆洼 田茂林（销售）", "盖章报价单（快递）", SEAL, ""),
    ("2025/11/18 22:41:09", DJ, "等保与安全", "杜鹃湖那个三级证书是给他们自己OA系统办的，不是这个分期系统",
     "达里 周海涛（私下聊的）", "吃饭时聊的", ORAL, "周说的不一定准，回头让杜鹃湖出示备案证明原件"),
    ("2025/11/18 22:43:30", DJ, "报价", "杜鹃湖报的24.6万其实不含税，签合同还得再加13个点", "达里 周海涛（私下聊的）", "吃饭时聊的",
     ORAL, ""),
    ("2025/11/18 22:44:58", DJ, "售后服务", "杜鹃湖过保以后一年要收6万维护费", "达里 周海涛（私下聊的）", "吃饭时聊的", ORAL, ""),
    ("2025/11/18 22:46:12", DJ, "源码交付", "杜鹃湖核心风控是加密的，不给全部源码", "达里 周海涛（私下聊的）", "吃饭时聊的", ORAL, ""),
    ("2025/11/18 22:48:40", WD, "报价", "乌丹那家报了18万左右，没有等保，老板听说要转行了", "达里 周海涛（私下聊的）", "吃饭时聊的",
     ORAL, ""),
    ("2025/11/18 22:50:03", DL, "报价", "签合同的时候价格还能再让2万", "达里 周海涛（销售经理）", "吃饭时聊的", ORAL, ""),
    ("2025/11/19 15:07:26", SC, "等保与安全", "证书在换证，下周发过来", "双城 敖登（总经理）", "电话", ORAL, "还没发"),
    ("2025/11/20 11:12:54", WD, "其他", "打了三次电话没人接，没收到报价", "我自己", "电话", "—", ""),
    ("2025/11/20 11:20:31", DJ, "其他", "官网写服务过30多家小贷公司", "我自己", "官网", "—", ""),
]


def build_zzy03():
    rows = [Y3_HEAD]
    for i, (t, v, cat, text, who, where, paper, note) in enumerate(Y3_FACTS, start=1):
        rows.append([str(i), t, "包志强", v, cat, text, who, where, paper, note])
    write_csv(Y3_NAME, rows, "gbk")

    comment = """Voice: 包志强, manager of the 阿荣旗营业部 of 莫力达瓦嫩江小额贷款 (local consumer instalments, no cross-border business; the
  type's band is 20–30万), who built himself a WPS表单 "供应商信息收集" and submitted one entry each time he heard something about
  a vendor, from the 交流会 on 2025-11-12 to 2025-11-20; exported as CSV. The form's questions are his: 1.供应商全称 (whom the fact
  is ABOUT), 2.信息类别, 3.具体内容（尽量记原话）, 4.谁说的 (who said it), 5.场合/渠道, 6.有没有书面材料, 7.我的备注 (his).
Layout: CSV in GBK, comma-separated, CRLF, no title line; header 序号 | 提交时间 | 提交者 | 1.供应商全称 | 2.信息类别 |
  3.具体内容（尽量记原话） | 4.谁说的 | 5.场合/渠道 | 6.有没有书面材料 | 7.我的备注; 39 entries in submission order, the vendors
  interleaved, 提交者 always 包志强. Six companies appear under 1.供应商全称; 翁牛特乌丹软件有限公司 only in an entry by 达里's salesman
  and in one of his own.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: a long table read like a buyer's contact log (analyst-reading: "each vendor's contacts are its messages, the latest
  written word governing; what was said by 电话 or at a 现场演示 is only said (claimed) until it comes in writing (邮件, 微信, 书面
  报价)"; with oral parts tagged: "the written words govern and what was only said adds nothing to them … a cell only said is a
  claim … a price only said is none"). An entry is a vendor's word only when 4.谁说的 is that vendor's own person. Its standing
  follows 5/6: a 盖章报价单 or 微信发来的文字 is written (stated as it reads), a 交流会, 电话 or 吃饭 entry is only said (a claim, adding
  nothing where the vendor wrote otherwise). An entry ABOUT a vendor told by someone else — 达里's salesman 周海涛 over dinner on
  杜鹃湖 and 乌丹, or 包志强's own calls and browsing ('我自己') — is no word of that vendor's at all (analyst-reading: a buyer's
  '↑意见' "figures and hearsay are no vendor's terms"; "a buyer's note naming a vendor stays the buyer's"), and no part of the
  teller's own quote either. 7.我的备注 is his. So: five quotes (达里, 杜鹃湖, 双城, 绰尔, 兴隆洼); 翁牛特乌丹 has no word of its own
  in the file — only 周海涛's '报了18万左右，没有等保' and his own '没收到报价' — and is no quote (not listed).
Traps: the decisive one is the friendly salesman's dinner talk. On 11-18, after 杜鹃湖's stamped quote, 达里's 周海涛 told him 杜鹃湖's
  三级证书 '是给他们自己OA系统办的', its 24.6万 '其实不含税', its fee after the warranty '一年要收6万', its core '加密的，不给全部源码'.
  These are the LATEST entries on 杜鹃湖, under its name, in 具体内容: a reader who files them as 杜鹃湖's facts (or lets the latest
  entry govern) makes its 等保 a certificate for another system (a claim: unverified), its price 277,980, its fee 60,000 and its
  source partial — and picks 克什克腾达里 (23.8万 含税, 等保 filed, and, if its 交流会 words are believed, '维护可以给到12个月，7×24').
  Careful: 周海涛's words are no word of 杜鹃湖's; 杜鹃湖's own 盖章报价单 states 备案证明编号15220243011-24008 for 定级对象
  '杜鹃湖消费分期业务管理系统' (2024年取得), SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs with tracing, 人行 + 百行, every
  instalment must-have, 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in
  the contract, 2.6万 a year after, full unencrypted source, at 24.6万 含税（13%专票） inside 20–30万 — the pick. 达里's own stamped
  quote (written after its 交流会 talk) says 免费维护6个月, 5×8, 4小时, no lifetime consulting, major policy changes '另行报价',
  6-month logs, 3.5万 a year: its spoken '12个月，7×24' adds nothing, and its spoken '还能再让2万' changes no price (238,000).
  敖汉兴隆洼 passes: 22.8万 含税 + its must-have 订单跟踪 '选配，另加2.4万元（含税）' = 252,000 (order tracking present, conditional),
  6-month logs, one bureau, 2 hours, 3万 a year — worse than 杜鹃湖 on every count. 突泉双城 claims 等保 only by mouth ('等保三级我们
  是有的，证书回去找找发过来' at the 交流会, '证书在换证，下周发过来' by phone) — unverified; its WeChat text says '国密算法' (SM4 not
  named), 6 months bug fixes only, policy '另行收费', office hours, 4 hours, no consulting, '合同只写价格和交付'. 扎赉特绰尔 fails:
  8.6万 (under 10万), 订单跟踪 '需定制开发，另行报价' (not in the quote: missing), '等保三级申请中' (in progress), AES, 3-month logs,
  3 months, office hours, 次日, '授权使用，不提供源码'.
Not settled and not asserted: the standing of 双城's '仅修复bug', '另行收费' and '合同只写价格和交付' (values false either way);
  the fields nobody wrote — 双城's bureau, 绰尔's 维护范围, 政策适配, 终身咨询 and 写入合同 — are unknown, but nothing is asserted on
  them. None of them moves a gate or the pick."""
    vendors = [
        dict(vendor=DJ, gate="pass", price=246000,
             why="entries 11–15 (2025-11-15, 萨仁, 盖章报价单): '合计24.6万元（含税，13%增值税专用发票）' = 246,000 inside 20–30万; '已取得等保三级，定级对象：杜鹃湖消费分期业务管理系统，备案证明编号15220243011-24008（2024年取得）'; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS（TLS1.2）; RBAC; 日志12个月 with tracing; 人行征信中心 + 百行征信; 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款计划及提醒, 用户管理; 免费维护12个月 with bug修复及小版本升级; 政策 免费; 7×24, 1小时内; 终身咨询; 全部写入合同; '2.6万元/年'; 完整源码 无加密. Entries 31–34 (11-18, 谁说的 '达里 周海涛（私下聊的）', 吃饭时) — 'OA系统办的', '其实不含税', '一年要收6万', '核心风控是加密的' — are a rival's salesman's words: no term of 杜鹃湖's. 3 years: 246,000 + 2 × 26,000 = 298,000.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor=XL, gate="pass", price=252000,
             why="entries 26–30 (2025-11-18, 盖章报价单): '系统报价22.8万元（含税）；订单跟踪模块为选配，另加2.4万元（含税）' — the must-have option added: 252,000 inside 20–30万 (order tracking present, conditional; its 交流会 words '要另外买' agree). '已取得等保三级，备案证明编号15043043021-25005'; SM4; 全站HTTPS; RBAC; 日志6个月 (not under 6); 百行征信; 免费维护 '一年' = 12 months with minor upgrades; 政策 免费; 7×24, 2小时内 (not over 2); 终身咨询; 写入合同; '3万元/年'; 完整源码.",
             values=_vals(audit_log_months=6, response_hours=2, annual_fee_after_warranty_cny=30000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional"], flex=_but("conditional")),
        dict(vendor=DL, gate="pass", price=238000,
             why="entries 16–20 (2025-11-16, 周海涛, 盖章报价单): '合计23.8万元（含税）' = 238,000 inside 20–30万 (entry 36, his '签合同的时候价格还能再让2万' over dinner, is only said: no price change); '已取得等保三级，备案证明编号15042543009-24013'; SM4 on 身份证号/手机号; 全站HTTPS; RBAC; 日志6个月; 百行征信; every instalment module; '免费维护6个月，含bug修复及小版本升级' — its 交流会 words (entry 2, '维护可以给到12个月，7×24小时都有人', 没有书面) add nothing to what it wrote later; '一般政策调整免费，重大政策调整另行报价' = conditional; '技术支持5×8（工作日）'; 4小时内; '不提供终身技术咨询'; '3.5万元/年'; '以上条款写入合同'; 完整源码.",
             values=_vals(audit_log_months=6, free_maintenance_months=6, policy_adaptation_free=False,
                          support_7x24=False, response_hours=4, lifetime_consulting=False,
                          annual_fee_after_warranty_cny=35000, source_code_delivery="full"),
             status=_st(policy_adaptation_free="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["maintenance_under_12m", "policy_adaptation_charged", "conditional", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting"],
             flex=GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                "no_licensed_credit_bureau", "maintenance_excludes_upgrades", "not_in_contract",
                                "bloat_features", "source_partial", "source_licence_only", "claimed"]),
        dict(vendor=SC, gate="unverified", price=216000,
             why="entries 21–25 (2025-11-16, 敖登, 微信发来的文字 = written): '报价21.6万元，含税' = 216,000 inside 20–30万; every instalment module; '数据加密用国密算法' (SM4 not named: claimed); HTTPS; RBAC; 日志12个月; 免费维护6个月, '仅修复bug'; '政策调整另行收费'; '工作日9:00-17:30' (no 7×24); 4小时内; '不提供终身技术咨询'; '年服务费1.8万元'; '合同只写价格和交付' (after-sales not in the contract); 完整源码. 等保 only said: entry 4 at the 交流会 '等保三级我们是有的，证书回去找找发过来' and entry 37 by phone '证书在换证，下周发过来' = claimed, no filing: unverified.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, response_hours=4, lifetime_consulting=False, commitments_in_contract=False,
                         annual_fee_after_warranty_cny=18000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", tls="stated", access_control="stated",
                         audit_log_months="stated", free_maintenance_months="stated", support_7x24="stated",
                         response_hours="stated", lifetime_consulting="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                   "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract"],
             flex=GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "bloat_features",
                                "source_partial", "source_licence_only"]),
        dict(vendor=CE, gate="fail", price=86000,
             why="entries 6–10 (2025-11-14, 盖章报价单): '报价8.6万元（含税）' = 86,000, under 10万: fail. '商品管理、分期计算器、风控审批、还款管理、用户管理（订单跟踪需定制开发，另行报价）' — order tracking not in this quote: missing (fail). '等保三级申请中' = in progress (false, claimed). 'AES加密' (no SM4); HTTPS; 角色权限; 日志3个月; 免费维护3个月; '工作日9:00-17:00' (no 7×24); '次日响应' (24 h); '维保期满后0.8万元/年'; '授权使用，不提供源码' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         free_maintenance_months=3, support_7x24=False, response_hours=24,
                         annual_fee_after_warranty_cny=8000, source_code_delivery="licence_only"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", tls="stated", audit_log_months="stated",
                         free_maintenance_months="stated", support_7x24="stated", response_hours="stated"),
             fin=["product_management", "installment_calculator", "risk_approval", "repayment_management",
                  "user_management"],
             fex=["order_tracking"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "no_7x24", "response_over_2h", "source_licence_only", "claimed"],
             flex=["price_over_budget", "price_missing", "no_tls", "no_access_control", "bloat_features",
                   "source_partial"]),
    ]
    write_toml(Y3_NAME.replace(".csv", ".toml"), comment, "consumer_installment", [Y3_NAME], DJ,
               "阿尔山杜鹃湖's own stamped quote proves every gate (备案证明编号15220243011-24008 for 杜鹃湖消费分期业务管理系统, SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every instalment must-have, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, 2.6万 a year after and full unencrypted source, at 246,000 含税 inside 20–30万. What a rival's salesman said about it over dinner ('证书是给OA系统办的', '其实不含税', '一年要收6万', '核心加密') is no word of 杜鹃湖's. The friendly 克什克腾达里 writes 6 months, 5×8, 4 hours and no lifetime consulting (its spoken 12 months and 7×24 add nothing); 敖汉兴隆洼 (252,000 with its 订单跟踪 option) is worse on every count; 突泉双城 claims 等保 only by mouth (unverified); 扎赉特绰尔 is 8.6万 and lacks 订单跟踪 (fail); 翁牛特乌丹 said nothing itself and is no quote.",
               vendors)


if __name__ == "__main__":
    build_zzy01()
    build_zzy02()
    build_zzy03()
