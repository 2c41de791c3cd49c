"""Build the "zzd" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a 飞书多维表格 KANBAN rebuilt cell for cell in Excel for a general manager who does not use Feishu — the
STATUS LISTS are the columns (待报价 · 2 | 已报价 · 2 | 待澄清 · 2 | 已淘汰 · 1, the count after each as Feishu shows it) and EACH
CELL IS ONE CARD: its title line (the company), the card's fields as 'label：value' lines copied from each vendor's written quote,
then the team's own 负责人 / 标签 lines and the card's 评论 thread; a pinned card naming no company, a vendor's card still sitting
under 待报价 although it says the vendor declined, a card under 已淘汰 that is still a quote, and the manager's instruction under the
board (zzd_01); a CSV exported from a Mac's Numbers (UTF-8 WITH BOM, LF line ends) of the general manager's assistant's
comparison — one row per vendor, a quoted "198,000元", notes under the table — in which ONE VENDOR'S ROW IS BROKEN IN TWO because
its 功能模块 cell held a line break that was written out unquoted: the first physical line ends inside the module list after
'商品管理、分期计算器、', the second line opens with the rest of that list and carries every later field of the same vendor
(zzd_02); a workbook of a boss's 'two-by-two PK' knockout — a 赛程 sheet of the bracket in SHORT NAMES with the panel's winners,
then ONE SHEET PER BOUT (初赛PK①–③, 复赛PK④, 决赛), each with the two vendors' written answers side by side under their full
names, the panel's 本项胜方 and 评审点评 columns and the bout's result; vendors reappear on later sheets with the same words, one
with a later written price cut typed in with an arrow, one bout won by walkover because the other vendor declined (zzd_03). The
expected reading of every file is in the matching zzd_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzd.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zzd_
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, BOX, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_toml  # noqa: E402

# a vendor that only boasts must not be failed, priced out or marked down on what it never stated
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]
ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
ITALIC_GREY = Font(italic=True, color="595959")
RED_FILL = PatternFill("solid", fgColor="FCE4D6")


def _but(flags, *drop):
    return [f for f in flags if f not in drop]


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _text(ws, r, c1, c2, text, *, font=None, height=None, fill=None, align=None, border=False):
    c = ws.cell(row=r, column=c1, value=text)
    c.alignment = align or LEFT
    c.font = font or Font()
    if fill:
        c.fill = fill
    if border:
        for col in range(c1, c2 + 1):
            ws.cell(row=r, column=col).border = BOX
    if c2 > c1:
        ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# zzd_01  商户经营贷 — 桂平市浔州小额贷款's 科技部 tracks the purchase on a 飞书多维表格 board grouped by 状态; 覃丽 rebuilds the
#         board in Excel for 黄总 (who does not use Feishu): one column per status, one cell per card, the card's text as copied.
# ---------------------------------------------------------------------------------------------
def _card(lines):
    return "\n".join(lines)


ZZD01_BOARD = [  # (status header, fill, [card texts top to bottom])
    ("待报价 · 2", GREY, [
        _card(["📌 项目说明（置顶）",
               "业务：商户经营贷（桂平本地小微企业、个体工商户），无跨境业务",
               "预算：25–35万元（含税）",
               "必备：企业征信、银行流水分析、电子合同",
               "卡片字段按各家书面报价单/回函原文填写；负责人、标签、评论为我方内部",
               "负责人：@覃丽"]),
        _card(["防城港上思数据服务有限公司",
               "询价函：11-18已发（邮件）",
               "报价：—（12-01邮件回复：我司项目排期已满，本次不参与报价）",
               "负责人：@韦斌",
               "标签：无回应",
               "评论(1)",
               "韦斌 12-01 14:22：对方放弃了，卡片回头挪到已淘汰"]),
    ]),
    ("已报价 · 2", GREEN, [
        _card(["百色右江数科有限公司",
               "报价：29.6万元（含税）",
               "功能模块：企业征信查询、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理",
               "等保三级：已取得，备案证明45100243011-24006",
               "数据安全：法人身份证号、手机号、对公账号SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限",
               "操作日志：保存12个月，异常操作可追溯",
               "征信接口：人行征信中心、百行征信",
               "售后条款：免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，指定工程师2小时内响应；"
               "提供终身技术咨询；以上条款全部写入合同",
               "维保期满年费：2.6万元/年",
               "源码交付：完整源代码，无加密，可二次开发",
               "负责人：@覃丽",
               "标签：方案完整",
               "评论(1)",
               "覃丽 11-29 16:20：现场演示了流水分析，效果不错，就是比金城江贵"]),
        _card(["崇左凭祥信息技术有限公司",
               "报价：23.5万元（不含税，增值税税率6%）",
               "功能模块：企业征信、电子合同、风控审批、还款管理、用户管理、数据分析大屏",
               "选配：银行流水分析模块，另加3.8万元（不含税），未含在报价内",
               "等保三级：已取得三级，备案证明45140243008-24015",
               "数据安全：身份证号、手机号SM4加密；HTTPS；RBAC角色权限",
               "操作日志：保存6个月",
               "征信接口：人行征信中心",
               "售后条款：免费维护12个月（仅修复缺陷，版本升级另计）；一般政策调整免费，重大监管政策调整另行报价；工作日5×8小时"
               "技术支持（9:00-17:30），4小时内响应；提供终身技术咨询；上述条款写入合同",
               "维保期满年费：2.8万元/年",
               "源码交付：完整源码",
               "负责人：@覃丽",
               "标签：不含税、流水分析另买",
               "评论(1)",
               "覃丽 11-28 11:30：流水分析要另买，比价时记得加上"]),
    ]),
    ("待澄清 · 2", YELLOW, [
        _card(["河池金城江软件有限公司",
               "报价：24.8w（含税，一次性买断）",
               "功能模块：企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理",
               "赠送模块：区块链存证、AI智能客服",
               "等保三级：系统完全符合等保三级要求，测评报告签约后提供",
               "数据安全：国密算法加密；全站HTTPS；权限管理完善",
               "操作日志：长期保存",
               "征信接口：支持对接各大征信机构",
               "售后条款：终身免费维护，7×24小时服务，第一时间响应",
               "源码交付：提供源码（风控引擎部分加密）",
               "负责人：@覃丽",
               "标签：价格合适、待补证明",
               "评论(2)",
               "覃丽 12-01 10:05：已要求提供等保备案证明，对方说签合同后再给",
               "黄总 12-02 09:12：这家价格合适，证明催一下"]),
        _card(["贺州八步云科技有限公司",
               "报价：面议（需到现场调研后报价）",
               "功能模块：企业征信、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理",
               "等保三级：三级测评中，预计2026年1月取得备案证明",
               "数据安全：对公账号、法人身份证号、手机号SM4加密；HTTPS（TLS1.2）；RBAC",
               "操作日志：保存12个月",
               "征信接口：人行征信中心、朴道征信",
               "售后条款：免费维护一年，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；提供终身技术"
               "咨询；以上写入合同",
               "维保期满年费：2.5万元/年",
               "源码交付：完整源码，可二次开发",
               "负责人：@韦斌",
               "标签：缺价格",
               "评论(1)",
               "韦斌 11-30 15:40：对方电话里说大概28万左右，书面报价要等调研以后"]),
    ]),
    ("已淘汰 · 1", RED_FILL, [
        _card(["来宾象州网络科技有限公司",
               "报价：13.8万元（含税）",
               "功能模块：企业征信、银行流水分析、审批流、还款管理、用户管理",
               "等保三级：二级（已备案），三级暂无计划",
               "数据安全：数据库AES加密；HTTPS；有权限管理",
               "操作日志：保存3个月",
               "征信接口：百行征信",
               "售后条款：免费维护3个月，只修bug；政策调整按次收费；工作日技术支持，次日响应；不提供终身咨询；售后条款不写入合同",
               "维保期满年费：按次收费，每次3000元",
               "源码交付：仅授权使用，授权绑定服务器，不交付源代码",
               "负责人：@韦斌",
               "标签：淘汰",
               "评论(1)",
               "韦斌 11-27 17:02：没有电子合同，等保只到二级，先挪到已淘汰"]),
    ]),
]


def build_zzd01():
    name = "zzd_01_ml_feishu_kanban_kapian.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "看板（按状态）"
    n = len(ZZD01_BOARD)
    widths(ws, [46] * n)
    _text(ws, 1, 1, n, "浔州小贷 · 商户经营贷系统源码采购　看板（飞书多维表格“看板视图”，按“状态”分组）", font=TITLE, height=26,
          align=Alignment(horizontal="center", vertical="center"))
    _text(ws, 2, 1, n,
          "科技部 覃丽 2025-12-03 17:40 照飞书看板原样搬到Excel（黄总不用飞书）：每一列是看板上的一个状态分组，每个格子是一张卡片，"
          "卡片上显示的字段和评论原样复制，卡片顺序同看板。", height=36)
    for k, (head, fill, _cards) in enumerate(ZZD01_BOARD, start=1):
        c = ws.cell(row=3, column=k, value=head)
        c.font = BOLD
        c.fill = fill
        c.alignment = CENTER
        c.border = BOX
    ws.row_dimensions[3].height = 22
    depth = max(len(cards) for _h, _f, cards in ZZD01_BOARD)
    for i in range(depth):
        r = 4 + i
        longest = 0
        for k, (_head, _fill, cards) in enumerate(ZZD01_BOARD, start=1):
            if i < len(cards):
                c = ws.cell(row=r, column=k, value=cards[i])
                c.alignment = LEFT
                c.border = BOX
                longest = max(longest, sum(1 + len(line) // 24 for line in cards[i].split("\n")))
        ws.row_dimensions[r].height = 15 * longest + 6
    r = 4 + depth + 1
    _text(ws, r, 1, n, "黄总批示（12-03）：金城江价格合适，等保证明让他们尽快给，给了就定金城江；八步先把价格报过来。",
          font=ITALIC_GREY, height=22)
    _text(ws, r + 1, 1, n, "注：卡片上“负责人”“标签”“评论”是我们自己加的；列头数字是该状态下的卡片数。", font=ITALIC_GREY, height=20)
    ws.freeze_panes = "A4"
    _save(wb, name)

    top = good("百色右江数科有限公司", 296000,
               "card at B4 (list 已报价): '报价：29.6万元（含税）' = 296,000 inside 25–35万; 功能模块 企业征信查询, 银行流水分析, 电子合同, 风控"
               "审批, 还款计划及提醒, 用户管理 (every merchant-loan must-have, no bloat); '已取得，备案证明45100243011-24006' (stated); SM4 on "
               "法人身份证号/手机号/对公账号; 全站HTTPS（TLS1.2）; RBAC; logs '保存12个月，异常操作可追溯'; 人行征信中心 + 百行; 售后条款 "
               "'免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，指定工程师2小时内响应；提供终身技术咨询；"
               "以上条款全部写入合同'; '2.6万元/年' = 26,000; '完整源代码，无加密，可二次开发'. 负责人, 标签 '方案完整' and 覃丽's comment "
               "are the team's.",
               ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=26000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="河池金城江软件有限公司", gate="unverified", price=248000,
             why="card at C4 (list 待澄清): '报价：24.8w（含税，一次性买断）' = 248,000 (w = 万; just under 25–35万, above 15万: no price "
                 "flag); 功能模块 has every must-have and '赠送模块：区块链存证、AI智能客服' (bloat; no cross-border business); '等保三级：系统"
                 "完全符合等保三级要求，测评报告签约后提供' (claimed, proof only after signing: unverified — the decisive trap, 黄总's pick); "
                 "'国密算法加密' (which? claimed); 全站HTTPS (stated); '权限管理完善' states nothing; '长期保存' (claimed); '支持对接各大征信"
                 "机构' (no body: claimed); '终身免费维护' (claimed lifetime = 12 months), '7×24小时服务' stated, '第一时间响应' nothing; "
                 "'提供源码（风控引擎部分加密）' is partial. 覃丽's comment that the proof comes after signing and 黄总's '价格合适' are the "
                 "team's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence", "ai_customer_service"],
             fex=["metaverse_marketing", "overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="崇左凭祥信息技术有限公司", gate="pass", price=289380,
             why="card at B5 (list 已报价): '23.5万元（不含税，增值税税率6%）' — its own rate; the must-have 银行流水分析 is '选配：…另加3.8万元"
                 "（不含税），未含在报价内', added at the same rate (conditional): (235,000 + 38,000) × 1.06 = 289,380 inside 25–35万; 功能模块 "
                 "企业征信, 电子合同, 风控审批, 还款管理, 用户管理, 数据分析大屏 (deferrable), no bloat; '已取得三级，备案证明45140243008-24015' "
                 "(stated); SM4 on ID/mobile; HTTPS; RBAC; '保存6个月' (not under 6); 人行征信中心; '免费维护12个月（仅修复缺陷，版本升级另计）' "
                 "(upgrades not in the base price); '一般政策调整免费，重大监管政策调整另行报价' (conditional: charged at the base price); '工作日"
                 "5×8小时技术支持（9:00-17:30），4小时内响应' (no 7×24, 4 h); consulting 提供; '上述条款写入合同'; '2.8万元/年' = 28,000; "
                 "完整源码. The tag '流水分析另买' and the comment are the team's.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          support_7x24=False, response_hours=4, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", maintenance_includes_upgrades="conditional",
                         policy_adaptation_free="conditional", support_7x24="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h")),
        dict(vendor="贺州八步云科技有限公司", gate="unverified", price="null",
             why="card at C5 (list 待澄清): '报价：面议（需到现场调研后报价）' — no price (unknown: unverified, price_missing); 韦斌's comment "
                 "'对方电话里说大概28万左右' is the team's hearsay, no price; every must-have in 功能模块; '三级测评中，预计2026年1月取得备案证明' "
                 "(in progress: false, claimed — unverified, never failed); SM4 on 对公账号/法人身份证号/手机号; HTTPS TLS1.2; RBAC; 12 months "
                 "logs; 人行征信中心 + 朴道; '免费维护一年' = 12 months with 小版本升级; policy free; 7×24; '1小时内响应' = 1 h; consulting; "
                 "'以上写入合同'; '2.5万元/年' = 25,000; '完整源码，可二次开发'.",
             values=_vals(mlps_level3=False, response_hours=1, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", free_maintenance_months="stated", sm4_encryption="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_missing", "claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget"] + AFTER_BAD),
        dict(vendor="来宾象州网络科技有限公司", gate="fail", price=138000,
             why="card at D4 (list 已淘汰 — the team's list; the card is still a quote): '13.8万元（含税）' = 138,000 (caution zone); its "
                 "stated 功能模块 企业征信, 银行流水分析, 审批流, 还款管理, 用户管理 has no 电子合同 (must-have absent: fail); '二级（已备案），"
                 "三级暂无计划' (level 2, no plan: stated no, fail); 'AES加密' (no SM4); HTTPS; '有权限管理'; '保存3个月' (under 6); 百行; "
                 "'免费维护3个月，只修bug' (3 months, no upgrades); '政策调整按次收费'; '工作日技术支持，次日响应' (no 7×24, 24 h); '不提供终身"
                 "咨询'; '售后条款不写入合同'; '按次收费，每次3000元' (per incident, no yearly amount); '仅授权使用，授权绑定服务器，不交付源代码' "
                 "(licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=["enterprise_credit", "cashflow_analysis", "risk_approval", "repayment_management", "user_management"],
             fex=["contract_management"] + BLOAT,
             flin=["price_below_15w", "no_mlps_level3", "missing_must_have", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_licence_only"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "no_tls", "no_access_control",
                   "no_licensed_credit_bureau", "bloat_features", "source_partial"]),
    ]
    write_toml(
        "zzd_01_ml_feishu_kanban_kapian.toml",
        """Voice: 覃丽 of the 科技部 at 桂平市浔州小额贷款 (merchant operating loans to local small businesses and 个体工商户 in 桂平, no
  cross-border business, budget 25–35万 含税) on 2025-12-03; the team tracks the purchase on a 飞书多维表格 board and she rebuilds
  it in Excel for 黄总, who does not use Feishu. The card fields are copied from each vendor's written quote or reply (the pinned
  card says so); each card's 负责人, 标签 and 评论 lines, the pinned 项目说明 card, 黄总's 批示 and the 注 under the board are the
  buyer's.
Layout: one sheet '看板（按状态）' — title, her note row, then a header row of the board's STATUS LISTS '待报价 · 2' | '已报价 · 2' |
  '待澄清 · 2' | '已淘汰 · 1' (the card count after each), and under each header its CARDS, ONE CARD PER CELL, stacked down the
  column (A4 A5 | B4 B5 | C4 C5 | D4): a card is a multi-line text — its title line (a company's full name), 'label：value' lines
  (报价, 功能模块, 选配 / 赠送模块, 等保三级, 数据安全, 操作日志, 征信接口, 售后条款, 维保期满年费, 源码交付), then 负责人 / 标签 and
  '评论(N)' with the comments under it. No row per vendor, no column per field; the columns are statuses. The manager's 批示 and a
  注 under the board. Frozen at A4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: each card is one vendor's quote, whatever list it sits in — the status is the team's; A4 '📌 项目说明（置顶）' names no
  company (a note, no vendor); A5 上思 still sits under '待报价' but its 报价 line says '本次不参与报价' (declined: not listed); D4
  象州 sits under '已淘汰' and is still read (it fails: no 电子合同 in its stated list, '二级（已备案），三级暂无计划', 13.8万); inside a
  card, the comments are the team's ('对方电话里说大概28万左右' gives 八步 no price; '黄总：这家价格合适' is no term). The decisive
  trap — 黄总's pick 金城江 ('24.8w' = 248,000, the lowest tax-inclusive sticker) writes '系统完全符合等保三级要求，测评报告签约后提供',
  '国密算法', '长期保存', '各大征信机构', '终身免费维护' (claims: unverified), with two bloat gifts and an encrypted risk engine; so
  右江 (29.6万 含税, 备案证明45100243011-24006) is the pick. 凭祥's '23.5万元（不含税，增值税税率6%）' with the must-have 银行流水分析
  '另加3.8万元（不含税）': (235,000 + 38,000) × 1.06 = 289,380, upgrades '另计', major policy changes '另行报价', 5×8 and 4 hours;
  八步 is 面议 and '三级测评中' (unverified both ways, never failed); '一年' is 12 months; the list counts ('· 2'), '11-18', '12-01',
  times, '2026年1月', '9:00-17:30', filing numbers and '3000元' per incident are no prices.""",
        "merchant_loan", [name], "百色右江数科有限公司",
        "右江 (card B4) proves every gate in its card (备案证明45100243011-24006, SM4 on 法人身份证号/手机号/对公账号, 全站HTTPS TLS1.2, "
        "RBAC, 12-month logs with tracing, 人行 + 百行), has every merchant-loan must-have and no bloat, and gives 12 months of "
        "maintenance with upgrades, free policy adaptation, 7×24 with a named engineer within 2 hours, lifetime consulting, all in the "
        "contract, full unencrypted source — at 296,000 含税 inside 25–35万 (3 years 296,000 + 2 × 26,000 = 348,000). 黄总's pick 金城江 "
        "is cheaper (248,000) but only claims its 等保 with the report 'after signing' (unverified), adds two bloat gifts and encrypts "
        "its risk engine; 凭祥 is 289,380 only with its statement-analysis option at 6% and charges upgrades and major policy changes, "
        "5×8 within 4 hours; 八步 gives no price and is still 测评中; 象州 fails (no 电子合同, 等保二级); 上思 declined though its card "
        "still sits under 待报价.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zzd_02  消费分期 — 弥勒市湖泉小额贷款's 总经理助理 李晓雯 keeps the comparison in Numbers on her MacBook and exports it as CSV
#         for 财务 (UTF-8 with BOM, LF). 蒙自's 功能模块 cell held a line break, which came out unquoted: its row is two lines.
# ---------------------------------------------------------------------------------------------
ZZD02_HEAD = ["序号", "供应商", "报价", "含税否", "功能模块", "另计/选配", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存",
              "征信接口", "免费维护", "维护范围", "政策适配", "技术支持", "响应时间", "终身咨询", "写入合同", "过保年费", "源码",
              "我的备注"]
ZZD02_ROWS = [
    ["1", "红河蒙自数科有限公司", "25.6万", "含税",
     "商品管理、分期计算器、\n订单跟踪、还款计划及提醒、风控审批、用户管理", "无",
     "已取得 备案证明53250243006-24013", "SM4（身份证号/手机号/银行卡号）", "全站HTTPS", "RBAC角色权限", "12个月",
     "百行征信、朴道征信", "一年", "缺陷修复+小版本升级", "免费", "7×24小时", "2小时内", "提供", "全部写入合同", "2.4万/年",
     "完整源码 无加密 可二开", "演示最顺"],
    ["2", "红河开远软件有限公司", "21.8万", "含税", "商品管理、分期计算器、订单跟踪、还款管理、审批流、用户管理", "无",
     "支持等保三级 可协助客户过测评", "国密加密", "HTTPS", "RBAC", "6个月", "支持对接各类征信", "12个月", "bug修复及小版本升级",
     "免费", "7×24", "2小时", "提供", "可以写进合同", "2万/年", "完整源码", "老板倾向这家 便宜"],
    ["3", "文山砚山信息技术有限公司", "198,000元", "不含税（税点另加）",
     "商品管理、订单跟踪、还款管理、风控审批、用户管理、积分商城", "分期计算器需另购 1.8万（不含税）",
     "三级 备案证明53262243002-24009", "SM4", "HTTPS", "RBAC", "180天", "人行征信中心", "6个月", "只修bug 版本升级除外",
     "重大政策调整另行报价", "工作日9:00-18:00", "4小时", "提供", "写入", "2.2万/年", "源码交付 核心算法加密", "分期计算器要另买"],
    ["4", "西双版纳景洪网络科技有限公司", "8.8w", "含税",
     "商品管理、分期计算器、订单跟踪、还款管理、用户管理；送AI客服机器人、海外支付通道", "无",
     "无（暂未做等保测评）", "AES", "HTTP（证书客户自行配置）", "单一管理员账号", "3个月", "", "3个月", "只修bug", "另收费",
     "QQ群", "尽快", "无", "不写", "按次收费 每次2000", "授权使用 绑定域名", "太便宜 不敢用"],
    ["5", "德宏芒市云科技有限公司", "27.9万", "含税",
     "商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理、社交分享", "无",
     "已取得三级 备案证明53310243010-24004", "SM4（身份证号/手机号）", "HTTPS（TLS1.2）", "RBAC", "12个月", "百行征信",
     "12个月", "缺陷修复及版本升级", "免费", "7×24小时", "1小时内", "不提供（过保后按人天收费）",
     "不写入合同（售后以服务承诺函为准）", "2.6万/年", "完整源码 可二开", ""],
    ["6", "德宏瑞丽数据服务有限公司", "不参与（11-26回复：排期已满 本次不报价）", "—", "—", "—", "—", "—", "—", "—", "—",
     "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", ""],
]
ZZD02_NOTES = [
    "备注：",
    "1. 预算20–30万（含税）",
    "2. 我们只做弥勒本地手机、家电、电动车分期 没有跨境业务",
    "3. 以上按各家书面报价单整理（12-02）；我的备注是我自己的看法",
    "4. 老板倾向开远 但开远的等保证明还没给",
]


def _numbers_csv(rows):
    """What the Mac export wrote: fields with a comma or a quote are quoted, a line break inside a field is NOT (the row breaks)."""
    out = []
    for row in rows:
        fields = []
        for f in row:
            if "," in f or '"' in f:
                f = '"' + f.replace('"', '""') + '"'
            fields.append(f)
        out.append(",".join(fields))
    return "\n".join(out) + "\n"


def build_zzd02():
    name = "zzd_02_ci_numbers_duanhang_bom.csv"
    width = len(ZZD02_HEAD)
    rows = [ZZD02_HEAD]
    for row in ZZD02_ROWS:
        assert len(row) == width, row[1]
        assert all("," not in f or f == "198,000元" for f in row), row[1]
        rows.append(row)
    rows.append([""] * width)
    rows += [[note] + [""] * (width - 1) for note in ZZD02_NOTES]
    text = _numbers_csv(rows)
    lines = text.split("\n")
    broken = [ln for ln in lines if ln.startswith("订单跟踪")]
    assert len(broken) == 1 and len(next(csv.reader(io.StringIO(broken[0])))) == 18, broken
    (HERE / name).write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))

    top = good("红河蒙自数科有限公司", 256000,
               "row 序号 1, BROKEN OVER TWO LINES (lines 2–3 of the file): line 2 ends inside 功能模块 at '商品管理、分期计算器、' and line 3 "
               "opens with the rest of that cell '订单跟踪、还款计划及提醒、风控审批、用户管理' and carries every later field of the same vendor "
               "(5 + 18 − 1 = 22 fields, the header's count): '25.6万' 含税 = 256,000 inside 20–30万; modules 商品管理, 分期计算器, 订单跟踪, "
               "还款计划及提醒, 风控审批, 用户管理 (every instalment must-have, no bloat), 另计 '无'; '已取得 备案证明53250243006-24013' "
               "(stated); SM4 on ID/mobile/bank card; 全站HTTPS; RBAC; 12个月; 百行 + 朴道; '一年' = 12 months; '缺陷修复+小版本升级'; "
               "policy 免费; 7×24小时; '2小时内'; consulting 提供; '全部写入合同'; '2.4万/年' = 24,000; '完整源码 无加密 可二开'. '演示最顺' "
               "is hers.",
               CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=24000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="红河开远软件有限公司", gate="unverified", price=218000,
             why="row 2: '21.8万' 含税 = 218,000 inside 20–30万 (the boss's pick — '老板倾向这家 便宜' and note 4 are hers); every must-have "
                 "with 还款管理, 审批流, 用户管理; 等保 '支持等保三级 可协助客户过测评' (claimed: unverified — the decisive claim trap); '国密"
                 "加密' (which? claimed); HTTPS; RBAC; '6个月' (not under 6); '支持对接各类征信' (no body: claimed); 12个月; 'bug修复及小版本"
                 "升级'; 免费; 7×24; '2小时'; 提供; '可以写进合同' (willing, not written: claimed); '2万/年' = 20,000; 完整源码.",
             values=dict(tls=True, access_control=True, audit_log_months=6, free_maintenance_months=12,
                         maintenance_includes_upgrades=True, policy_adaptation_free=True, support_7x24=True, response_hours=2,
                         lifetime_consulting=True, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         commitments_in_contract="claimed", free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed"],
             flex=CLAIM_FLEX + ["no_access_control", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                                "policy_adaptation_charged", "response_over_2h", "no_lifetime_consulting", "bloat_features",
                                "source_partial", "source_licence_only"]),
        dict(vendor="文山砚山信息技术有限公司", gate="pass", price=244080,
             why="row 3: '198,000元' (quoted because of its comma) with '不含税（税点另加）' — no rate given: the default 13%; its module "
                 "list lacks the must-have 分期计算器, which '另计/选配' offers as '分期计算器需另购 1.8万（不含税）' — added (conditional): "
                 "(198,000 + 18,000) × 1.13 = 244,080 inside 20–30万; modules 商品管理, 订单跟踪, 还款管理, 风控审批, 用户管理, 积分商城 "
                 "(deferrable), no bloat; '三级 备案证明53262243002-24009' (stated); SM4; HTTPS; RBAC; '180天' = 6 months (not under 6); "
                 "人行征信中心; 6个月; '只修bug 版本升级除外' (no upgrades at the base price); '重大政策调整另行报价' (conditional: charged); "
                 "'工作日9:00-18:00' (no 7×24); '4小时'; 提供; '写入'; '2.2万/年' = 22,000; '源码交付 核心算法加密' (partial).",
             values=_vals(audit_log_months=6, free_maintenance_months=6, maintenance_includes_upgrades=False,
                          policy_adaptation_free=False, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=22000, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", policy_adaptation_free="conditional",
                         support_7x24="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall"], fex=BLOAT,
             flin=["conditional", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                    "response_over_2h", "source_partial")),
        dict(vendor="西双版纳景洪网络科技有限公司", gate="fail", price=88000,
             why="row 4: '8.8w' 含税 = 88,000 — under 10万 (fail); modules 商品管理, 分期计算器, 订单跟踪, 还款管理, 用户管理 and '送AI客服"
                 "机器人、海外支付通道' (bloat: note 2 says no cross-border business); 等保 '无（暂未做等保测评）' (stated no: fail); 'AES' (no "
                 "SM4); 'HTTP（证书客户自行配置）' (no HTTPS today); '单一管理员账号' (no access control); '3个月' logs (under 6); 征信 BLANK "
                 "(unknown, never a no); 3个月; '只修bug'; '另收费' (policy charged); 'QQ群' (a chat group: no 7×24); '尽快' gives no hours; "
                 "终身咨询 '无'; '不写'; '按次收费 每次2000' (no yearly amount); '授权使用 绑定域名' (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=False, access_control=False, audit_log_months=3,
                         free_maintenance_months=3, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, lifetime_consulting=False, commitments_in_contract=False,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", tls="stated", audit_log_months="stated", licensed_credit_bureau="unknown"),
             fin=CI + ["repayment_management", "user_management", "ai_customer_service", "overseas_payment"],
             fex=["blockchain_evidence", "metaverse_marketing"],
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_licence_only", "unconfirmed"],
             flex=["price_below_15w", "price_missing", "price_over_budget", "missing_must_have", "no_licensed_credit_bureau",
                   "source_partial"]),
        dict(vendor="德宏芒市云科技有限公司", gate="pass", price=279000,
             why="row 5: '27.9万' 含税 = 279,000 inside 20–30万; every instalment must-have with 还款计划及提醒, 风控审批, 用户管理 plus 社交"
                 "分享 (deferrable), no bloat; '已取得三级 备案证明53310243010-24004' (stated); SM4 on ID/mobile; HTTPS TLS1.2; RBAC; 12个月; "
                 "百行; 12个月; '缺陷修复及版本升级'; 免费; 7×24小时; '1小时内' = 1 h; 终身咨询 '不提供（过保后按人天收费）' (no); 写入合同 "
                 "'不写入合同（售后以服务承诺函为准）' (no); '2.6万/年' = 26,000; '完整源码 可二开'.",
             values=_vals(response_hours=1, lifetime_consulting=False, commitments_in_contract=False,
                          annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", lifetime_consulting="stated", commitments_in_contract="stated",
                         response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "social_sharing"], fex=BLOAT,
             flin=["no_lifetime_consulting", "not_in_contract"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "no_lifetime_consulting", "not_in_contract")),
    ]
    write_toml(
        "zzd_02_ci_numbers_duanhang_bom.toml",
        """Voice: 李晓雯, assistant to the general manager of 弥勒市湖泉小额贷款 (local phone, appliance and e-bike instalments in 弥勒, no
  cross-border business, budget 20–30万 含税), types the vendors' written quotes into a Numbers table on her MacBook on 12-02 and
  exports it as CSV for 财务; her '我的备注' column and the numbered 备注 under the table (the boss's liking for 开远 among them) are
  the buyer's.
Layout: CSV, UTF-8 WITH BOM, LF line ends (the Mac export), no title: the header 序号 | 供应商 | 报价 | 含税否 | 功能模块 | 另计/选配 |
  等保三级 | 数据加密 | 传输加密 | 权限管理 | 日志保存 | 征信接口 | 免费维护 | 维护范围 | 政策适配 | 技术支持 | 响应时间 | 终身咨询 |
  写入合同 | 过保年费 | 源码 | 我的备注 (22 fields), one row per vendor, a field with a comma quoted ("198,000元"), an empty line and
  five note lines (text in the first field, 21 empty fields after it). THE FIRST VENDOR'S ROW IS BROKEN: its 功能模块 cell held a
  line break that the export wrote UNQUOTED, so line 2 holds 序号 1 … '商品管理、分期计算器、' (5 fields) and line 3 opens with
  '订单跟踪、还款计划及提醒、风控审批、用户管理' and carries that vendor's other 17 fields (18 fields; 5 + 18 − 1 = 22).
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the decisive trap — lines 2 and 3 are ONE quote (蒙自): line 3 is no vendor (it opens with modules, has no 序号 and 18
  fields) and line 2 is no quote with blank terms; read whole, 蒙自 (25.6万 含税, 备案证明53250243006-24013, every must-have) passes
  every gate and is the pick — read as the first line alone it would lack 订单跟踪 and every term. The boss's pick 开远 (21.8万, the
  lowest plausible price) writes '支持等保三级 可协助客户过测评', '国密加密', '支持对接各类征信' and '可以写进合同' (claims: unverified).
  砚山's '198,000元' is one amount (quoted for its comma), '不含税（税点另加）' with no rate (13% default) and its must-have 分期计算器
  '需另购 1.8万（不含税）': (198,000 + 18,000) × 1.13 = 244,080, with '180天' logs = 6 months, '版本升级除外', '重大政策调整另行报价',
  office hours, 4 hours and '核心算法加密' (partial); 景洪 '8.8w' = 88,000 (under 10万) with '无（暂未做等保测评）', AES, HTTP, one
  admin account, a blank bureau (unknown), a QQ group for support, '尽快' (no hours), bloat gifts ('海外支付通道' for a lender with no
  cross-border business) and a domain-locked licence: fail; 芒市 (27.9万) gives no lifetime consulting and keeps after-sales out of
  the contract; 瑞丽 declined (not listed); '一年' is 12 months; '9:00-18:00', '11-26', '12-02', filing numbers and '每次2000' are
  no prices.""",
        "consumer_installment", [name], "红河蒙自数科有限公司",
        "蒙自 (row 1, broken over lines 2–3 of the file) proves every gate (备案证明53250243006-24013, SM4 on ID/mobile/bank card, 全站"
        "HTTPS, RBAC, 12-month logs, 百行 + 朴道), has every instalment must-have — the 订单跟踪 on the continuation line included — and no "
        "bloat, and gives a year of maintenance with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in "
        "the contract, full unencrypted source — at 256,000 含税 inside 20–30万 (3 years 256,000 + 2 × 24,000 = 304,000). The boss's "
        "pick 开远 is cheaper (218,000) but only claims its 等保 ('支持等保三级 可协助客户过测评': unverified), its 国密, its bureau and its "
        "contract; 砚山 is 244,080 only with its calculator option and the 13% default, with 6 months bug-only, office hours, 4 hours "
        "and an encrypted core; 芒市 is 279,000 with no lifetime consulting and nothing in the contract; 景洪 is 88,000 (under 10万) "
        "without 等保 (fail); 瑞丽 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zzd_03  个人信用贷 — 瓮安县草塘小额贷款's 杨总 wants a 'two-by-two PK' knockout; 科技部 罗工 builds it: a 赛程 sheet of the
#         bracket in short names, then one sheet per bout with both vendors' written answers side by side and the panel's verdicts.
# ---------------------------------------------------------------------------------------------
ZZD03_ITEMS = ["报价", "计税", "功能模块", "赠送模块", "等保三级", "敏感数据加密", "传输加密", "权限管理", "操作日志保存", "征信接口",
               "免费维护期", "维护范围", "监管政策适配", "技术支持", "响应时间", "终身技术咨询", "写入合同", "维保期满年费", "源码交付"]
ZZD03_V = {
    "镇远": ("黔东南镇远数科有限公司", [
        "23.8万元", "含税（13%增值税专票）",
        "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡＋规则引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、用户管理",
        "无", "已取得，备案证明52262543012-24005（2024年取得）", "身份证号、手机号、银行卡号SM4加密存储", "全站HTTPS（TLS1.2）",
        "RBAC，按岗位分配", "12个月，异常操作可追溯", "人行征信中心、百行征信", "12个月", "缺陷修复及小版本升级", "监管政策调整免费适配",
        "7×24小时", "2小时内，指定工程师", "提供", "以上售后条款全部写入合同", "2.4万元/年", "完整源代码，无加密，可二次开发"]),
    "兴仁": ("黔西南兴仁软件有限公司", [
        "19.9万元", "含税", "个人征信、智能风控、反欺诈、还款管理、审批流、用户管理", "区块链存证、元宇宙营销厅（免费赠送）",
        "系统按等保三级标准建设，已通过等保测评", "国密算法加密", "HTTPS", "完善的权限体系", "永久保存", "支持对接主流征信机构",
        "终身免费维护", "全面维护", "免费", "7×24小时", "第一时间响应", "提供", "可以写进合同", "无（终身免费）",
        "提供源码（核心风控引擎加密）"]),
    "荔波": ("黔南荔波信息技术有限公司", [
        "22.6万元", "不含税，增值税税率6%另计", "个人征信（百行征信）、风控模型、还款管理、风控审批、用户管理", "无",
        "已取得三级，备案证明52272243004-24011", "SM4（身份证号、手机号）", "HTTPS", "RBAC", "12个月", "百行征信", "12个月",
        "缺陷修复及小版本升级", "免费", "工作日9:00-18:00", "4小时内", "提供", "写入合同", "2.6万元/年", "完整源码"]),
    "榕江": ("黔东南榕江网络科技有限公司", [
        "14.8万元", "含税", "个人征信查询、反欺诈规则、还款管理、风控审批、用户管理（风控模型列入二期开发，届时另行报价）", "无",
        "二级（已备案，备案证明52263243001-23007），三级暂无计划", "AES-256", "HTTPS", "有", "6个月", "百行征信", "6个月",
        "系统故障修复，版本升级除外", "按次收费", "5×8（工作日）", "次日响应", "不提供", "售后以服务说明为准，不写入合同",
        "按次收费，每次3000元", "完整源码"]),
    "龙里": ("黔南龙里云科技有限公司", [
        "20.8万元", "含税",
        "个人征信查询（百行征信、朴道征信）、风控模型、反欺诈模型、还款计划及提醒、风控审批、用户管理、会员体系", "无",
        "三级测评中，预计2026年2月取得备案证明", "SM4（身份证号、手机号、银行卡号）", "全站HTTPS", "RBAC", "12个月",
        "百行征信、朴道征信", "一年", "缺陷修复及小版本升级", "免费", "7×24小时", "1小时内", "提供", "写入合同", "2.2万元/年",
        "完整源码，无加密"]),
    "贞丰": ("黔西南贞丰数据服务有限公司",
           ["弃权（11-24书面回函：因项目排期，本次不参与报价）"] + ["—"] * (len(ZZD03_ITEMS) - 1)),
}
# 决赛: 荔波's written price cut, typed in with an arrow by 罗工
ZZD03_LIBO_FINAL = {"报价": "22.6万元→21.6万元（12-01补充函让价）"}

ZZD03_BOUTS = [  # (sheet, title, left, right, {item: (本项胜方, 评审点评)}, result)
    ("初赛PK①", "初赛 PK①　镇远数科 vs 兴仁软件（11-27）", "镇远", "兴仁",
     {"报价": ("兴仁", "兴仁便宜3.9万"), "功能模块": ("兴仁", "兴仁还送两个模块"), "等保三级": ("平", "两家都有三级"),
      "免费维护期": ("兴仁", "终身免费比12个月强"), "源码交付": ("平", "都给源码")},
     "本场胜方：兴仁软件（晋级复赛）。理由：价格低，送模块，终身维护。"),
    ("初赛PK②", "初赛 PK②　荔波信息 vs 榕江网络（11-27）", "荔波", "榕江",
     {"报价": ("榕江", "榕江便宜"), "功能模块": ("荔波", "榕江风控模型要二期"), "等保三级": ("荔波", "榕江只有二级"),
      "免费维护期": ("荔波", None)},
     "本场胜方：荔波信息（晋级复赛）。理由：榕江等保只有二级。"),
    ("初赛PK③", "初赛 PK③　龙里云 vs 贞丰数据（11-27）", "龙里", "贞丰",
     {"报价": ("龙里", "贞丰弃权")},
     "本场胜方：龙里云（贞丰弃权，龙里云轮空晋级）。"),
    ("复赛PK④", "复赛 PK④　兴仁软件 vs 龙里云（11-29）", "兴仁", "龙里",
     {"报价": ("兴仁", "兴仁便宜9000"), "等保三级": ("兴仁", "龙里还在测评"), "响应时间": ("龙里", None),
      "免费维护期": ("兴仁", "终身")},
     "本场胜方：兴仁软件（晋级决赛）。荔波信息本轮轮空，直接进决赛。"),
    ("决赛", "决赛　兴仁软件 vs 荔波信息（12-02）", "兴仁", "荔波",
     {"报价": ("兴仁", "荔波让了1万还是贵，还不含税"), "功能模块": ("兴仁", "荔波没有反欺诈"), "等保三级": ("平", None),
      "技术支持": ("兴仁", "荔波只有工作日"), "免费维护期": ("兴仁", "终身免费")},
     "冠军：兴仁软件。评审小组建议与兴仁签约。"),
]
ZZD03_SCHEDULE = [  # 轮次 | 场次 | 左方 | 右方 | 胜方 | 日期 | 说明
    ("初赛", "PK①", "镇远数科", "兴仁软件", "兴仁软件", "11-27", "价格低3.9万，还送模块"),
    ("初赛", "PK②", "荔波信息", "榕江网络", "荔波信息", "11-27", "榕江等保只有二级"),
    ("初赛", "PK③", "龙里云", "贞丰数据", "龙里云", "11-27", "贞丰弃权"),
    ("复赛", "PK④", "兴仁软件", "龙里云", "兴仁软件", "11-29", "龙里等保还在测评"),
    ("复赛", "—", "荔波信息", "（轮空）", "荔波信息", "—", "三进二，荔波轮空"),
    ("决赛", "决赛", "兴仁软件", "荔波信息", "兴仁软件", "12-02", "冠军"),
]


def _pk_sheet(wb, sheet, title, left, right, verdicts, result):
    ws = wb.create_sheet(sheet)
    widths(ws, [14, 40, 40, 10, 24])
    lname, lcells = ZZD03_V[left]
    rname, rcells = ZZD03_V[right]
    if sheet == "决赛":
        rcells = [ZZD03_LIBO_FINAL.get(item, v) if right == "荔波" else v for item, v in zip(ZZD03_ITEMS, rcells)]
    _text(ws, 1, 1, 5, title, font=TITLE, height=26, align=Alignment(horizontal="center", vertical="center"))
    _text(ws, 2, 1, 5,
          "两家答复均摘自各自书面报价单/答复函原文（罗工录入）；“本项胜方”“评审点评”为评审小组（杨总、罗工、王会计）意见。", height=30,
          font=ITALIC_GREY)
    put_row(ws, 3, ["对比项", lname, rname, "本项胜方", "评审点评"], font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[3].height = 30
    r = 4
    for item, lv, rv in zip(ZZD03_ITEMS, lcells, rcells):
        verdict = verdicts.get(item) or (None, None)
        put_row(ws, r, [item, lv, rv, verdict[0] or "", verdict[1] or ""])
        ws.cell(row=r, column=1).font = BOLD
        for col in (4, 5):
            ws.cell(row=r, column=col).font = ITALIC_GREY
        ws.row_dimensions[r].height = 16 * (1 + max(len(lv), len(rv)) // 22)
        r += 1
    _text(ws, r, 1, 5, result, font=Font(bold=True, color="C00000"), fill=YELLOW, height=22, border=True)
    ws.freeze_panes = "B4"


def build_zzd03():
    name = "zzd_03_pc_liangliang_pk_taotaisai.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "赛程"
    widths(ws, [8, 8, 14, 14, 14, 8, 26])
    _text(ws, 1, 1, 7, "瓮安县草塘小额贷款有限公司　个人信用贷系统供应商“两两PK”淘汰赛　赛程及结果", font=TITLE, height=26,
          align=Alignment(horizontal="center", vertical="center"))
    _text(ws, 2, 1, 7,
          "科技部 罗工 2025-12-02 整理。杨总要求：六家两两PK，每场评审小组逐项比，胜者晋级，最后的冠军签约。每场的两家对比见后面各页。"
          "我司只做瓮安本地个人信用贷，无跨境业务，预算18–25万元。", height=44)
    put_row(ws, 3, ["轮次", "场次", "左方", "右方", "胜方", "日期", "说明"], font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(ZZD03_SCHEDULE, start=4):
        put_row(ws, i, list(row))
        ws.cell(row=i, column=5).font = BOLD
    r = 4 + len(ZZD03_SCHEDULE) + 1
    _text(ws, r, 1, 7, "冠军：兴仁软件", font=Font(bold=True, size=12, color="C00000"), fill=YELLOW, height=22)
    _text(ws, r + 1, 1, 7, "杨总批示（12-03）：按PK结果，和兴仁谈合同，等保的材料让他们签合同时一起给。", font=ITALIC_GREY, height=22)
    for bout in ZZD03_BOUTS:
        _pk_sheet(wb, *bout)
    _save(wb, name)

    top = good("黔东南镇远数科有限公司", 238000,
               "sheet 初赛PK① column B (its only sheet — knocked out in round one on price, still a quote): '23.8万元', '含税（13%增值税"
               "专票）' = 238,000 inside 18–25万; 个人征信查询（人行二代征信、百行征信）, 风控模型（评分卡＋规则引擎）, 反欺诈模型, 还款计划及"
               "逾期提醒, 风控审批流, 用户管理 (every personal-credit must-have with anti-fraud), 赠送 '无'; '已取得，备案证明52262543012-"
               "24005（2024年取得）' (stated); SM4 on ID/mobile/bank card; 全站HTTPS（TLS1.2）; RBAC; '12个月，异常操作可追溯'; 人行 + 百行; "
               "12个月 with 小版本升级; policy free; 7×24小时; '2小时内，指定工程师'; 提供; '以上售后条款全部写入合同'; '2.4万元/年' = 24,000; "
               "'完整源代码，无加密，可二次开发'. The panel's 本项胜方 / 点评 ('兴仁便宜3.9万', '两家都有三级') are theirs.",
               PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor="黔西南兴仁软件有限公司", gate="unverified", price=199000,
             why="column C of 初赛PK①, B of 复赛PK④ and 决赛 — the same words on each sheet, one quote: '19.9万元' 含税 = 199,000 inside "
                 "18–25万 (the bracket's 冠军 and 杨总's choice — the panel's verdicts, 'two have level 3' and the 批示 are theirs); 个人征信, "
                 "智能风控, 反欺诈, 还款管理, 审批流, 用户管理 (every must-have) and '区块链存证、元宇宙营销厅（免费赠送）' (bloat); '系统按等保三级"
                 "标准建设，已通过等保测评' (claimed, the pass names no level: unverified — the decisive trap); '国密算法加密' (which? "
                 "claimed); HTTPS stated; '完善的权限体系' states nothing; '永久保存' (the boast: claimed); '支持对接主流征信机构' (no body: "
                 "claimed); '终身免费维护' (claimed lifetime = 12 months); '全面维护' and '第一时间响应' state nothing; policy '免费'; 7×24小时; "
                 "提供; '可以写进合同' (willing, not written: claimed); '提供源码（核心风控引擎加密）' (partial).",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed", commitments_in_contract="claimed"),
             fin=PC + ["anti_fraud"] + CORE + ["blockchain_evidence", "metaverse_marketing"],
             fex=["overseas_payment", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["source_licence_only", "no_anti_fraud"]),
        dict(vendor="黔南荔波信息技术有限公司", gate="pass", price=228960,
             why="column B of 初赛PK② ('22.6万元') and column C of 决赛, where 罗工 typed its later written cut '22.6万元→21.6万元（12-01补充"
                 "函让价）' — the later word governs: 216,000 with '不含税，增值税税率6%另计' (its own rate) = 216,000 × 1.06 = 228,960 inside "
                 "18–25万; 个人征信（百行征信）, 风控模型, 还款管理, 风控审批, 用户管理 — every must-have, but a stated list without anti-fraud; "
                 "'已取得三级，备案证明52272243004-24011' (stated); SM4 on ID/mobile; HTTPS; RBAC; 12个月; 百行; 12个月 with 小版本升级; policy "
                 "免费; '工作日9:00-18:00' (no 7×24); '4小时内' = 4 h; 提供; 写入合同; '2.6万元/年' = 26,000; 完整源码.",
             values=_vals(support_7x24=False, response_hours=4, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", support_7x24="stated", response_hours="stated"),
             fin=PC + CORE, fex=["anti_fraud"] + BLOAT,
             flin=["no_anti_fraud", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "no_7x24", "response_over_2h")),
        dict(vendor="黔南龙里云科技有限公司", gate="unverified", price=208000,
             why="column B of 初赛PK③ and C of 复赛PK④ (same words): '20.8万元' 含税 = 208,000 inside 18–25万; 个人征信查询（百行征信、朴道"
                 "征信）, 风控模型, 反欺诈模型, 还款计划及提醒, 风控审批, 用户管理, 会员体系 (deferrable), no bloat; '三级测评中，预计2026年2月"
                 "取得备案证明' (in progress: false, claimed — unverified, never failed); SM4 on ID/mobile/bank card; 全站HTTPS; RBAC; 12个月; "
                 "百行 + 朴道; '一年' = 12 months with 小版本升级; 免费; 7×24小时; '1小时内' = 1 h; 提供; 写入合同; '2.2万元/年' = 22,000; "
                 "'完整源码，无加密'.",
             values=_vals(mlps_level3=False, response_hours=1, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", free_maintenance_months="stated", sm4_encryption="stated"),
             fin=PC + ["anti_fraud"] + CORE + ["membership"], fex=BLOAT,
             flin=["claimed"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"] + AFTER_BAD),
        dict(vendor="黔东南榕江网络科技有限公司", gate="fail", price=148000,
             why="column C of 初赛PK②: '14.8万元' 含税 = 148,000 (caution zone); '个人征信查询、反欺诈规则、还款管理、风控审批、用户管理（风控"
                 "模型列入二期开发，届时另行报价）' — the must-have risk model is not in this delivery (missing, no option: fail); '二级（已备案，"
                 "备案证明52263243001-23007），三级暂无计划' (stated no: fail); 'AES-256' (no SM4); HTTPS; 权限 '有'; 6个月 logs; 百行; 6个月; "
                 "'系统故障修复，版本升级除外' (no upgrades); '按次收费' (policy charged); '5×8（工作日）'; '次日响应' = 24 h; '不提供'; '售后以"
                 "服务说明为准，不写入合同'; '按次收费，每次3000元' (no yearly amount); 完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated"),
             fin=["personal_credit_report", "repayment_management", "risk_approval", "user_management"],
             fex=["risk_model"] + BLOAT,
             flin=["price_below_15w", "no_mlps_level3", "missing_must_have", "no_sm4", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "bloat_features", "source_partial", "source_licence_only"]),
    ]
    write_toml(
        "zzd_03_pc_liangliang_pk_taotaisai.toml",
        """Voice: 罗工 of the 科技部 at 瓮安县草塘小额贷款 (local personal credit in 瓮安 only, no cross-border business, budget 18–25万) on
  2025-12-02: 杨总 wanted the six invited vendors compared 'two by two', the winner of each bout going through and the champion
  signed. The vendor columns of each bout are copied from the two vendors' written quotes and replies ('两家答复均摘自各自书面报价单/
  答复函原文'); the bracket, every 本项胜方 and 评审点评, each bout's result line, the '冠军' and 杨总's 批示 are the buyer's.
Layout: a workbook of six sheets: '赛程' first (title, his note row with scope and budget, a bracket table 轮次 | 场次 | 左方 | 右方 |
  胜方 | 日期 | 说明 naming the vendors by SHORT NAMES — 镇远数科, 兴仁软件 … —, a '冠军：兴仁软件' line and 杨总's 批示), then ONE SHEET
  PER BOUT: '初赛PK①' (镇远 vs 兴仁), '初赛PK②' (荔波 vs 榕江), '初赛PK③' (龙里 vs 贞丰, a walkover), '复赛PK④' (兴仁 vs 龙里), '决赛'
  (兴仁 vs 荔波) — each a title, a note row, a header 对比项 | left vendor's full name | right vendor's full name | 本项胜方 | 评审点评,
  nineteen item rows (报价 … 源码交付) and a result line. A vendor that wins appears again on later sheets with the same words
  (兴仁 on three sheets, 荔波 and 龙里 on two); a vendor knocked out appears on one sheet only.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: one quote per vendor, however many sheets it appears on (the repeated columns are the same words, no second quote); a
  vendor knocked out in a bout is still a quote — the bracket, the winners and the '冠军' are the panel's view, never a reason to
  rank; the 赛程's short names are no vendors of their own. The decisive trap — the champion 兴仁 (19.9万, the cheapest; it beat
  镇远 on '兴仁便宜3.9万' while the panel wrote '两家都有三级') only writes '系统按等保三级标准建设，已通过等保测评' (claimed, the pass
  names no level: unverified), with '国密算法', '永久保存', '主流征信机构', '终身免费维护', '可以写进合同', two bloat gifts and an
  encrypted risk engine; so 镇远, knocked out in round one (23.8万 含税, 备案证明52262543012-24005), is the pick. 荔波's price is the
  决赛 sheet's '22.6万元→21.6万元（12-01补充函让价）' (the later written word; the arrow's target) at its own 6%: 216,000 × 1.06 =
  228,960, with no anti-fraud in its list, office hours and 4 hours; 龙里 is '三级测评中' (unverified, never failed); 榕江 fails
  ('风控模型列入二期开发' is missing, no option; 等保二级 with no plan); 贞丰 declined ('弃权（…本次不参与报价）': not listed); '一年' is
  12 months; dates, '9000' and '3.9万' in the panel's remarks, '9:00-18:00', filing numbers and '3000元' per incident are no
  prices.""",
        "personal_credit", [name], "黔东南镇远数科有限公司",
        "镇远 (sheet 初赛PK①, knocked out on price) proves every gate (备案证明52262543012-24005, SM4 on ID/mobile/bank card, 全站HTTPS "
        "TLS1.2, RBAC, 12-month logs with tracing, 人行 + 百行), has every personal-credit must-have with anti-fraud and no bloat, and "
        "gives 12 months with upgrades, free policy adaptation, 7×24 with a named engineer within 2 hours, lifetime consulting, all in "
        "the contract, full unencrypted source — at 238,000 含税 inside 18–25万 (3 years 238,000 + 2 × 24,000 = 286,000). The bracket's "
        "champion 兴仁 is cheaper (199,000) but its 等保 is only '按等保三级标准建设，已通过等保测评' (unverified), with bloat gifts and an "
        "encrypted engine; 荔波 is 228,960 after its written cut and 6% VAT, with no anti-fraud, office hours and 4 hours; 龙里 (208,000) "
        "is still 测评中; 榕江 fails (no risk model, 等保二级); 贞丰 declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zzd01, build_zzd02, build_zzd03):
        build()
    print("built zzd_01 … zzd_03 into", HERE)
