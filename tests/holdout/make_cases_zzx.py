"""Build the "zzx" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is EXPORTS FROM PROCUREMENT PLATFORMS AND SYSTEMS — each file carries the
system's own computed columns or workflow fields beside the vendors' answers, and the system's verdicts are never the vendors'
words nor a reason to rank:

zzx_01 — an .xlsx (personal credit) exported from a group company's 阳光采购平台: the 询比价 project's "比价结果" page, a header
  block of label | value pairs (项目编号, 采购方式 询比价, 评审方法 最低价法, 最高限价 …), then one row per 报价人 with the vendor's
  报价（元）, 报价说明 and a multi-line 商务技术应答 text, beside the PLATFORM'S OWN columns: 应答项数, 偏离项数, 偏离情况 (computed from
  the vendor's ticks: 无偏离 / 有偏离), 报价排名 (by the raw figure, lowest first), 是否中标候选 (第一 / 第二中标候选人, by 最低价法),
  报价时间, 报价状态; one invited bidder 已放弃; the platform's footnote says how its columns are computed.
zzx_02 — a CSV in GBK (merchant loans) exported from a 金蝶云·星空-style 询价单: the document header (单据编号, 单据状态, 询价日期,
  采购组织, 询价员) REPEATED ON EVERY LINE, then one line per 供应商 × 物料 (物料编码 | 物料名称 | 规格型号 | 计量单位 | 数量 | 含税单价 |
  税率% | 价税合计 | 交货期 | 备注); the module list in the licence line's 规格型号; each vendor's security and after-sales answers only
  in the 备注 of its "服务条款（文本应答）" line; one vendor at 6 %, the others at 13 %; one vendor added a 物料 "服务器" (hardware,
  with "质保3年" in its 备注); one vendor's must-have module is a 数量 0 选配 line.
zzx_03 — an .xlsx (consumer instalments) printed from an OA system's 供应商准入及比选审批单: a FORM layout of label cells and
  merged value cells on a six-column grid (two label/value pairs a row), one form per vendor stacked down the sheet, each opening
  with "表单编号 | … | 流程状态 | …" and closing with "审批意见" (the buyer's approvers' opinions, signed and dated); one form is
  still "草稿（未提交）" with some fields left empty, one "已退回".

Where domain.md and docs/analyst-reading.md do not settle a reading, the .toml says so and asserts nothing on it; every gate
and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzx_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzx.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, BOX, GREY, TITLE, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
ALL_BAD_AF = ALL_BAD + ["no_anti_fraud"]


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
# zzx_01  个人信用贷 — a group's 阳光采购平台 "比价结果" export, the platform's rank / deviation / candidate columns
# ---------------------------------------------------------------------------------------------
X1_NAME = "zzx_01_pc_yangguang_caigou_bijia_jieguo.xlsx"
X1_HEAD = ["序号", "报价人编码", "报价人", "报价（元）", "报价说明", "商务技术应答", "应答项数", "偏离项数", "偏离情况", "报价排名",
           "是否中标候选", "报价时间", "报价状态"]
X1_ANSWER_ZHAOYUAN = "\n".join([
    "等保：系统按等保三级要求设计开发，可协助客户通过等保测评",
    "加密：敏感数据采用国密算法加密存储",
    "传输：全站HTTPS",
    "权限：RBAC角色权限管理",
    "日志：操作日志保存6个月",
    "征信：支持对接主流征信机构",
    "功能：个人征信查询、反欺诈、还款管理、风控审批、用户管理；风控模型选配（见报价说明）",
    "维护：免费维护12个月，仅含bug修复",
    "政策适配：监管政策调整免费适配",
    "技术支持：7×24小时，2小时内响应",
    "咨询：提供终身技术咨询",
    "合同：以上承诺写入合同",
    "年费：维保期满后按合同额15%/年",
    "源码：完整源码交付",
])
X1_ANSWER_LAIZHOU = "\n".join([
    "等保：已取得等保三级，备案证明编号37068343012-24009",
    "加密：身份证号、手机号、银行卡号SM4加密存储",
    "传输：全站HTTPS（TLS1.2）",
    "权限：RBAC角色权限",
    "日志：操作日志保存12个月，异常行为可追溯",
    "征信：已对接人行征信中心、百行征信",
    "功能：个人征信查询、风控模型、反欺诈模型、还款计划及提醒、风控审批、用户管理",
    "维护：免费维护12个月，含bug修复及小版本升级",
    "政策适配：监管政策调整免费适配",
    "技术支持：7×24小时，1小时内响应，指定专属工程师",
    "咨询：提供终身技术咨询",
    "合同：以上承诺全部写入合同",
    "年费：维保期满后2.4万元/年",
    "源码：完整源码，无加密，可二次开发",
    "偏离说明：付款方式为合同签订后预付30%、验收合格后支付70%，与询价文件“验收合格后一次性付款”不一致；其余条款无偏离",
])
X1_ANSWER_LAIYANG = "\n".join([
    "等保：已取得等保三级，备案证明编号37068243005-25011",
    "加密：SM4加密（身份证号、手机号）",
    "传输：HTTPS",
    "权限：RBAC",
    "日志：保存6个月",
    "征信：百行征信",
    "功能：个人征信查询、风控模型、还款管理、风控审批、用户管理",
    "维护：免费维护6个月，含bug修复及小版本升级",
    "政策适配：一般调整免费，重大监管政策调整另行报价",
    "技术支持：5×8（工作日9:00-17:30）",
    "响应：4小时内",
    "咨询：不提供终身技术咨询",
    "合同：合同只约定价格及交付内容，售后以我司服务承诺书为准",
    "年费：维保期满后1.8万元/年",
    "源码：完整源码",
    "偏离说明：免费维护期为6个月（询价文件要求不少于12个月）；技术支持为工作日；不提供终身技术咨询",
])
X1_ANSWER_QIXIA = "\n".join([
    "等保：已取得等保三级，备案证明编号37068643009-24016",
    "加密：SM4（身份证号、手机号、银行卡号）",
    "传输：全站HTTPS",
    "权限：RBAC",
    "日志：操作日志保存6个月",
    "征信：人行征信中心",
    "功能：个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理；赠送区块链存证、智能客服机器人",
    "维护：免费维护12个月，含bug修复及小版本升级",
    "政策适配：免费",
    "技术支持：7×24小时，2小时内响应",
    "终身技术咨询：提供",
    "合同：写入合同",
    "年费：维保期满后3.6万元/年",
    "源码：完整源码",
])
X1_ROWS = [
    ["1", "GYS2021003187", "莱州云峰山软件有限公司", 236000, "含税总价（13%增值税专用发票），含源码授权、部署实施及培训",
     X1_ANSWER_LAIZHOU, 15, 1, "有偏离", 3, "否", "2025-11-21 16:38:05", "已报价"],
    ["2", "GYS2024000652", "招远罗山信息技术有限公司", 158000,
     "本报价为不含税价，增值税按6%另开专用发票；风控模型为选配模块，另加3.5万元（不含税），未含在本次报价内。",
     X1_ANSWER_ZHAOYUAN, 15, 0, "无偏离", 1, "第一中标候选人", "2025-11-21 11:02:47", "已报价"],
    ["3", "GYS2022001409", "栖霞艾山网络科技有限公司", 248000, "含税", X1_ANSWER_QIXIA, 15, 0, "无偏离", 4, "否",
     "2025-11-20 09:15:33", "已报价"],
    ["4", "GYS2023002276", "海阳招虎山信息科技有限公司", None, "因项目排期冲突，我司放弃本次报价。", None, 0, "—", "—", "—", "—",
     "2025-11-19 14:20:11", "已放弃"],
    ["5", "GYS2020000934", "莱阳五龙河数科有限公司", 198000, "含税", X1_ANSWER_LAIYANG, 15, 3, "有偏离", 2, "第二中标候选人",
     "2025-11-21 16:55:19", "已报价"],
]
X1_NOTE = ("说明：1. “报价排名”由系统按“报价（元）”从低到高自动生成；2. “偏离情况”由系统根据报价人对采购需求条款的勾选结果自动判定，"
           "未勾选“满足”的条款计为偏离项；3. “是否中标候选”由系统按评审方法（最低价法）自动推荐，最终结果以采购评审小组确认为准；"
           "4. 本页数据由系统导出，仅供内部评审使用。")


def build_zzx01():
    wb = Workbook()
    ws = wb.active
    ws.title = "比价结果"
    put_row(ws, 1, ["泓远控股集团阳光采购平台 · 询比价项目比价结果"], font=TITLE, border=False)
    ws.merge_cells("A1:M1")
    put_row(ws, 2, ["项目编号", "HYJT-XBJ-2025-0614", None, "项目名称", None, "龙口市黄水河小额贷款有限公司个人信用贷系统源码采购"])
    put_row(ws, 3, ["采购方式", "询比价", None, "评审方法", None, "最低价法"])
    put_row(ws, 4, ["采购单位", "龙口市黄水河小额贷款有限公司（泓远控股集团成员企业）", None, "报价截止时间", None, "2025-11-21 17:00:00"])
    put_row(ws, 5, ["最高限价（元）", "250,000.00", None, "币种", None, "人民币"])
    put_row(ws, 6, ["导出时间", "2025-11-24 09:16:42", None, "导出人", None, "姜晓彤（集团采购中心）"])
    for r in range(2, 7):
        ws.cell(row=r, column=1).font = BOLD
        ws.cell(row=r, column=4).font = BOLD
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
    put_row(ws, 8, X1_HEAD, font=BOLD, fill=GREY)
    for i, row in enumerate(X1_ROWS):
        r = 9 + i
        put_row(ws, r, row)
        ws.cell(row=r, column=4).number_format = "#,##0.00"
        ws.row_dimensions[r].height = 250 if row[5] else 30
    put_row(ws, 15, [X1_NOTE], border=False)
    ws.merge_cells("A15:M15")
    ws.row_dimensions[15].height = 48
    ws.freeze_panes = "D9"
    widths(ws, [6, 16, 26, 14, 34, 58, 9, 9, 10, 9, 14, 20, 10])
    _save(wb, X1_NAME)

    comment = """Voice: the 阳光采购平台 of 泓远控股集团 (a group company; the buyer is its member 龙口市黄水河小额贷款, local personal credit, no
  cross-border business), exported by 姜晓彤 of the group's 采购中心 on 2025-11-24 for the review panel. The header block (项目编号,
  采购方式 询比价, 评审方法 最低价法, 最高限价 250,000.00, 导出时间 …), the columns 报价人编码, 应答项数, 偏离项数, 偏离情况, 报价排名,
  是否中标候选, 报价时间, 报价状态, and the 说明 row under the table are the PLATFORM'S (its footnote says rank, deviation and
  candidates are computed by the system); the columns 报价人, 报价（元）, 报价说明 and 商务技术应答 are each vendor's own entries.
Layout: .xlsx, one sheet "比价结果": title row 1; rows 2–6 a header block of two label | value pairs a row (values merged over
  B:C and F:H); header row 8 (序号 | 报价人编码 | 报价人 | 报价（元） | 报价说明 | 商务技术应答 | 应答项数 | 偏离项数 | 偏离情况 | 报价排名 |
  是否中标候选 | 报价时间 | 报价状态); five rows 9–13 in the platform's 序号 order (not by rank); each 商务技术应答 is one cell of
  "label：value" lines; row 15 the platform's 说明 (merged A:M). 报价（元） is a number formatted #,##0.00.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per 报价人 row, read from the vendor's own columns; 报价说明 and 商务技术应答 are cells of several facts, read
  line by line. The platform's columns are no vendor's words and no reason to rank: 偏离情况 "无偏离" only says the vendor ticked
  "满足" on every clause (the footnote says so) — the words decide; 报价排名 and 是否中标候选 come from 最低价法 over the raw
  报价（元） figures (tax bases and options ignored); the 最高限价 is the buyer's ceiling, no price; 报价人编码, 应答项数 / 偏离项数,
  the project number and timestamps are no amounts. 海阳招虎山 (报价状态 已放弃, no price, '…我司放弃本次报价') made no quote: not
  listed, never ranked.
Traps: the decisive one is the platform's own verdict. It ranks 招远罗山 first ('第一中标候选人', '无偏离', 158,000.00) — a reader
  who takes the platform's result picks it. But 招远's 报价说明 says the 158,000 is '不含税价，增值税按6%另开专用发票' and the
  must-have 风控模型 is '选配模块，另加3.5万元（不含税），未含在本次报价内': (158,000 + 35,000) × 1.06 = 204,580 (the VAT rate the
  quote names, applied to the must-have option too), risk model present as an option (conditional); and its words only CLAIM
  the gate: '系统按等保三级要求设计开发，可协助客户通过等保测评' (no filing: unverified), '国密算法' (SM4 not named: claimed),
  '支持对接主流征信机构' (no licensed body named: claimed). Its ticks made it '无偏离'; its words do not prove 等保三级. The
  platform's second candidate 莱阳五龙河 (198,000 含税) passes but with 6 months of maintenance, major policy changes '另行报价',
  5×8, 4 hours, no lifetime consulting, after-sales kept out of the contract ('合同只约定价格及交付内容，售后以我司服务承诺书为准')
  and no anti-fraud in its module list. The pick is 莱州云峰山, ranked only 3rd by price and marked '有偏离' — its one deviation is
  the PAYMENT SCHEDULE ('预付30%、验收合格后支付70%'), which is no scored term: 236,000 含税（13%专票） inside 18–25万, filing
  number, SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs with tracing, 人行 + 百行, every personal-credit must-have
  with anti-fraud, 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour with a named engineer, lifetime
  consulting, all in the contract, 2.4万 a year after, full unencrypted source. 栖霞艾山 (248,000 含税, '无偏离', 4th) passes
  too, but is worse than 莱州 on every count (dearer, 6-month logs, 2 hours, 3.6万 a year, bloat given away: 区块链存证,
  智能客服机器人).
Not settled and not asserted: the standing of 招远's '免费维护12个月，仅含bug修复' as to upgrades (value false either way) and its
  yearly fee '按合同额15%/年' in yuan (15 % of which base — the 158,000 quoted or the comparable 204,580 — is not settled); the
  standing of 莱阳's '合同只约定价格及交付内容…' (value false either way). None of them moves a gate or the pick."""
    vendors = [
        dict(vendor="莱州云峰山软件有限公司", gate="pass", price=236000,
             why="row 9: 报价（元） 236,000.00, 报价说明 '含税总价（13%增值税专用发票）…' = 236,000 inside 18–25万. 商务技术应答: '已取得等保三级，备案证明编号37068343012-24009'; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS（TLS1.2）; RBAC; 日志12个月 with tracing; 人行征信中心 + 百行征信; modules 个人征信查询, 风控模型, 反欺诈模型, 还款计划及提醒, 风控审批, 用户管理; 12个月 with bug修复及小版本升级; 政策调整免费; 7×24, 1小时内响应, named engineer; 终身技术咨询; 全部写入合同; '2.4万元/年'; 完整源码 无加密. Its platform marks '有偏离' (1 偏离项), 报价排名 3, 是否中标候选 否 are the platform's: the one deviation is the payment schedule (预付30%/验收70%), no scored term. 3 years: 236,000 + 2 × 24,000 = 284,000.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD_AF),
        dict(vendor="栖霞艾山网络科技有限公司", gate="pass", price=248000,
             why="row 11: 报价 248,000.00 '含税' inside 18–25万; '已取得等保三级，备案证明编号37068643009-24016'; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志6个月 (not under 6); 人行征信中心; every personal-credit must-have with 反欺诈, and '赠送区块链存证、智能客服机器人' (gifts: bloat); 12个月 with minor upgrades; 政策 免费; 7×24, 2小时内 (not over 2); 咨询 提供; 写入合同; '3.6万元/年'; 完整源码. '无偏离' and rank 4 are the platform's. Worse than 莱州 on price, logs, response and yearly fee.",
             values=_vals(audit_log_months=6, response_hours=2, annual_fee_after_warranty_cny=36000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + CORE + ["anti_fraud", "blockchain_evidence", "ai_customer_service"],
             fex=["metaverse_marketing", "overseas_payment"],
             flin=["bloat_features"], flex=_but("bloat_features", base=ALL_BAD_AF)),
        dict(vendor="莱阳五龙河数科有限公司", gate="pass", price=198000,
             why="row 13: 报价 198,000.00 '含税' inside 18–25万 (the platform's 第二中标候选人, rank 2 — the platform's). '已取得等保三级，备案证明编号37068243005-25011'; SM4 (身份证号、手机号); HTTPS; RBAC; 日志6个月 (not under 6); 百行征信; modules 个人征信查询, 风控模型, 还款管理, 风控审批, 用户管理 — no anti-fraud (no_anti_fraud); 免费维护6个月 with minor upgrades; '一般调整免费，重大监管政策调整另行报价' = conditional; '5×8（工作日9:00-17:30）'; 4小时内; '不提供终身技术咨询'; '合同只约定价格及交付内容，售后以我司服务承诺书为准' = the after-sales not in the contract; '1.8万元/年'; 完整源码. Its 偏离说明 quotes the buyer's 12-month requirement: the vendor's own figure is 6.",
             values=_vals(audit_log_months=6, free_maintenance_months=6, policy_adaptation_free=False,
                          support_7x24=False, response_hours=4, lifetime_consulting=False,
                          commitments_in_contract=False, annual_fee_after_warranty_cny=18000,
                          source_code_delivery="full"),
             status=_st(policy_adaptation_free="conditional", response_hours="stated", commitments_in_contract=None),
             fin=PC + CORE, fex=BLOAT + ["anti_fraud"],
             flin=["maintenance_under_12m", "policy_adaptation_charged", "conditional", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "no_anti_fraud"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_excludes_upgrades", "bloat_features", "source_partial",
                   "source_licence_only", "claimed"]),
        dict(vendor="招远罗山信息技术有限公司", gate="unverified", price=204580,
             why="row 10: the platform's 第一中标候选人 (rank 1 by the raw 158,000.00, '无偏离' from its ticks) — the platform's, no reason to rank. 报价说明: '本报价为不含税价，增值税按6%另开专用发票；风控模型为选配模块，另加3.5万元（不含税），未含在本次报价内' — the must-have risk model added at its price and both taxed at the 6 % the quote names: (158,000 + 35,000) × 1.06 = 204,580 (risk model present, conditional). 等保 '系统按等保三级要求设计开发，可协助客户通过等保测评' = claimed: unverified. '国密算法' = SM4 claimed; '支持对接主流征信机构' = claimed; 全站HTTPS; RBAC; 日志6个月 (not under 6); modules 个人征信查询, 反欺诈, 还款管理, 风控审批, 用户管理 + 风控模型 (option); 12个月, '仅含bug修复' (no upgrades); 政策 免费; 7×24, 2小时内; 终身咨询; 写入合同; 年费 '按合同额15%/年' (a stated share; its yuan not asserted); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed", tls="stated",
                         access_control="stated", audit_log_months="stated", free_maintenance_months="stated",
                         policy_adaptation_free="stated", support_7x24="stated", response_hours="stated",
                         lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["claimed", "conditional", "maintenance_excludes_upgrades"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only", "no_anti_fraud"]),
    ]
    write_toml(X1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [X1_NAME], "莱州云峰山软件有限公司",
               "莱州云峰山 proves every gate in its own answer (备案证明编号37068343012-24009, SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every personal-credit must-have with anti-fraud, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, 2.4万 a year after and full unencrypted source, at 236,000 含税 inside 18–25万. The platform ranks it 3rd by the raw figure and marks it '有偏离' only for its payment schedule. The platform's 第一中标候选人 招远罗山 ('无偏离', 158,000) is 158,000 不含税 at 6 % with the must-have risk model an option of 3.5万 (204,580) and only claims 等保三级 ('按等保三级要求设计开发'): unverified. The second candidate 莱阳五龙河 (198,000) gives 6 months, 5×8, 4 hours, no consulting, no anti-fraud and keeps the after-sales out of the contract; 栖霞艾山 (248,000) is worse than 莱州 on every count; 海阳招虎山 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzx_02  商户经营贷 — a 金蝶云·星空-style 询价单 export, header repeated on every line, terms in a 服务条款 line's 备注
# ---------------------------------------------------------------------------------------------
X2_NAME = "zzx_02_ml_jindie_xunjiadan_fuwutiaokuan_gbk.csv"
X2_HEAD = ["单据编号", "单据状态", "询价日期", "采购组织", "询价员", "供应商编码", "供应商", "行号", "物料编码", "物料名称", "规格型号",
           "计量单位", "数量", "含税单价", "税率%", "价税合计", "交货期", "备注"]
X2_DOC = ["XJD-20251118-0007", "已审核", "2025-11-18", "广汉市雒城小额贷款有限公司", "钟晓芸"]
X2_TERMS_PENGZHOU = ("等保：已取得等保三级，备案证明编号51018243017-24012；加密：身份证号、手机号、银行卡号SM4加密存储；传输：全站HTTPS；"
                     "权限：RBAC角色权限；日志：操作日志保存12个月，异常操作可追溯；征信：已对接人行企业征信系统、百行征信；"
                     "维护：免费维护12个月，含bug修复及小版本升级；政策适配：监管政策调整免费适配；支持：7×24小时，1小时内响应；"
                     "咨询：提供终身技术咨询；合同：以上承诺全部写入合同；年费：维保期满后2.6万元/年；源码：完整源码，无加密，可二次开发")
X2_TERMS_QIONGLAI = ("等保：三级测评中，预计2026年2月取得备案证明；加密：SM4（身份证号、手机号、银行卡号）；传输：HTTPS；权限：RBAC；"
                     "日志：保存12个月；征信：人行企业征信系统、朴道征信；维护：免费维护12个月，含bug修复及小版本升级；政策适配：免费；"
                     "支持：7×24小时，2小时内响应；咨询：提供终身技术咨询；合同：写入合同；年费：维保期满后2.8万元/年；源码：完整源码；"
                     "税率说明：按技术服务开具6%增值税专用发票")
X2_TERMS_CHONGZHOU = ("等保：已取得等保三级，备案证明编号51018443022-25006；加密：SM4；传输：全站HTTPS；权限：RBAC；日志：保存6个月；"
                      "征信：百行征信；维护：免费维护12个月，仅含bug修复，版本升级另行收费；政策适配：免费；支持：7×24小时，2小时内响应；"
                      "终身技术咨询：提供；合同：写入合同；年费：维保期满后3.2万元/年；源码：完整源码")
X2_TERMS_JIANYANG = ("等保：系统按等保三级标准设计开发；加密：AES加密；传输：HTTPS；权限：管理员账号；日志：保存3个月；"
                     "征信：支持对接各类征信机构；维护：免费维护3个月，仅修复系统故障；政策适配：按次收费；支持：工作日9:00-18:00；"
                     "响应：24小时内；终身技术咨询：不提供；合同：以双方签订的合同为准；年费：1.5万元/年；源码：部分源码，核心风控引擎加密")
# (供应商编码, 供应商, [(物料编码, 物料名称, 规格型号, 计量单位, 数量, 含税单价, 税率%, 价税合计, 交货期, 备注), …])
X2_VENDORS = [
    ("VEN.0417", "彭州丹景山软件有限公司", [
        ("08.02.0031", "小额贷系统源码授权", "商户经营贷版V3.2（含企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理）",
         "套", "1.00", "226000.00", "13.00", "226000.00", "2026-01-31", "含源码授权"),
        ("08.03.0007", "系统部署实施及培训", "现场部署、数据初始化、操作培训2天", "项", "1.00", "42000.00", "13.00", "42000.00",
         "2026-02-28", ""),
        ("03.01.0012", "服务器", "2U机架式（2×Xeon Silver 4310/128GB/4×1.2TB SAS/双电源）", "台", "2.00", "44500.00", "13.00",
         "89000.00", "2026-01-15", "应贵司要求代采硬件，原厂质保3年"),
        ("08.99.0001", "服务条款（文本应答）", "", "项", "1.00", "0.00", "13.00", "0.00", "", X2_TERMS_PENGZHOU),
    ]),
    ("VEN.0388", "邛崃文君信息技术有限公司", [
        ("08.02.0031", "小额贷系统源码授权", "V5.0标准版（含企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理）",
         "套", "1.00", "256000.00", "6.00", "256000.00", "2026-01-20", ""),
        ("08.03.0007", "系统部署实施及培训", "部署实施、培训", "项", "1.00", "36000.00", "6.00", "36000.00", "2026-02-20", ""),
        ("08.99.0001", "服务条款（文本应答）", "", "项", "1.00", "0.00", "6.00", "0.00", "", X2_TERMS_QIONGLAI),
    ]),
    ("VEN.0452", "崇州街子网络科技有限公司", [
        ("08.02.0031", "小额贷系统源码授权", "经营贷V2.8（含企业征信查询、银行流水分析、风控审批、还款管理、用户管理）",
         "套", "1.00", "218000.00", "13.00", "218000.00", "2026-01-31", ""),
        ("08.03.0007", "系统部署实施及培训", "部署实施及培训", "项", "1.00", "28000.00", "13.00", "28000.00", "2026-02-28", ""),
        ("08.02.0035", "电子合同模块", "电子签章及合同管理", "套", "0.00", "26000.00", "13.00", "0.00", "",
         "选配，未含在本次报价内，如需另购按含税单价计"),
        ("08.99.0001", "服务条款（文本应答）", "", "项", "1.00", "0.00", "13.00", "0.00", "", X2_TERMS_CHONGZHOU),
    ]),
    ("VEN.0503", "简阳绛溪数据服务有限公司", [
        ("08.02.0031", "小额贷系统源码授权", "标准版（含企业征信、风控审批、还款管理、用户管理）", "套", "1.00", "76000.00",
         "13.00", "76000.00", "2025-12-31", ""),
        ("08.03.0007", "系统部署实施及培训", "远程部署", "项", "1.00", "12000.00", "13.00", "12000.00", "2025-12-31", ""),
        ("08.99.0001", "服务条款（文本应答）", "", "项", "1.00", "0.00", "13.00", "0.00", "", X2_TERMS_JIANYANG),
    ]),
]


def build_zzx02():
    rows = [X2_HEAD]
    line = 0
    for code, name, lines in X2_VENDORS:
        for ln in lines:
            line += 1
            rows.append(X2_DOC + [code, name, str(line)] + list(ln))
    assert all(len(r) == len(X2_HEAD) for r in rows)
    write_csv(X2_NAME, rows, "gbk")

    comment = f"""Voice: the 金蝶云·星空-style ERP of 广汉市雒城小额贷款 (local merchant loans, no cross-border business; the type's band is 25–35万):
  its 询价单 XJD-20251118-0007 (询价员 钟晓芸, 2025-11-18, 已审核) exported from the list view as CSV in GBK by the purchasing
  clerk. The document fields (单据编号, 单据状态, 询价日期, 采购组织, 询价员), 供应商编码, 行号 and the 物料编码 / 物料名称 / 计量单位 of
  the buyer's material master are the ERP's; the quantities, prices, tax rates, 规格型号 and 备注 on each vendor's lines are what
  the vendor quoted (the clerk keyed its quotation into the document).
Layout: GBK, comma-separated, CRLF, no title line: header {' | '.join(X2_HEAD)}; then one line per 供应商 × 物料, the document
  header REPEATED ON EVERY LINE, 行号 1–14 running through all vendors. Materials: 08.02.0031 小额贷系统源码授权 (规格型号 lists
  the modules in brackets), 08.03.0007 系统部署实施及培训, 08.99.0001 服务条款（文本应答） (数量 1, 0.00, the vendor's whole security
  and after-sales answer in 备注, "label：value" clauses split by "；"), and two a vendor added: 03.01.0012 服务器 (彭州, 2 台 ×
  44,500.00 = 89,000.00, 备注 '应贵司要求代采硬件，原厂质保3年') and 08.02.0035 电子合同模块 (崇州, 数量 0.00, 含税单价 26,000.00,
  价税合计 0.00, '选配，未含在本次报价内…'). 税率% is 13.00 on every line but 邛崃's (6.00). No total per vendor, no total row.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: each 供应商 is one quote made of its lines (the repeated document fields are one document's, no vendor and no
  amount; 单据编号, 物料编码, 供应商编码, 行号 and dates are no money). Its price is the sum of its 价税合计 — tax-inclusive at
  whatever rate each line carries (6 % for 邛崃 changes nothing: its figures are already 含税, never taxed again nor
  "normalised" to 13 %). A 数量 0 选配 line is an option at its 含税单价 (added where it holds a must-have). Hardware a vendor
  adds (服务器) is never part of the software's comparable price (analyst-reading §3.10): taken out, with the info flag
  hardware_excluded. The 规格型号 listing modules is the module list; the 服务条款 line's 备注 is read clause by clause for every
  field it states; a 0.00 服务条款 line is no free module and no price.
Traps: the decisive one is the server. Summing every line gives 彭州丹景山 357,000 — above 35万 and the dearest — so a careless
  reader drops it for 崇州街子 (246,000 by its lines, the 数量 0 line adding nothing) or 邛崃文君 (292,000). Without the hardware
  彭州 is 226,000 + 42,000 = 268,000, and it proves everything: filing number, SM4 on three named fields, HTTPS, RBAC,
  12-month logs with tracing, 人行企业征信 + 百行, every merchant must-have, 12 months with minor upgrades, free policy
  adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, 2.6万 a year after, full unencrypted source — the
  pick. Its server's '原厂质保3年' is the hardware's warranty, never 36 months of software maintenance (12 months stated in its
  服务条款). 崇州's must-have 电子合同 is only the 数量 0 选配 line: added at 26,000 含税 = 272,000 (contract management present,
  conditional); it also keeps 6-month logs and '仅含bug修复，版本升级另行收费' and answers in 2 hours, 3.2万 a year after — a pass
  below 彭州 on every count. 邛崃 (292,000, every term good) is '三级测评中，预计2026年2月取得备案证明': in progress, unverified.
  简阳绛溪 (88,000: under 10万) fails; its module list (规格型号) has no 银行流水分析 and no 电子合同 (missing), AES, 3-month logs,
  3 months fixing faults only, office hours, 24 hours, no consulting, '部分源码，核心风控引擎加密' (partial), and it only claims
  等保 ('按等保三级标准设计开发') and the bureau ('支持对接各类征信机构').
Not settled and not asserted: the standing of 崇州's and 简阳's 'bug only' maintenance scopes and of 简阳's '按次收费' (values false
  either way); 简阳's '权限：管理员账号' (whether one admin account is access control) and '合同：以双方签订的合同为准' (whether the terms
  are in the contract). None of them moves a gate or the pick."""
    vendors = [
        dict(vendor="彭州丹景山软件有限公司", gate="pass", price=268000,
             why="lines 1–4 (VEN.0417): 源码授权 1 × 226,000.00 (13 %, 规格型号 '…含企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理') + 部署实施及培训 1 × 42,000.00 = 268,000 含税 inside 25–35万; line 3 服务器 2 × 44,500.00 = 89,000.00 is hardware ('应贵司要求代采硬件'), taken out (357,000 with it is no software price); its '原厂质保3年' is the server's warranty. 服务条款 备注: '已取得等保三级，备案证明编号51018243017-24012'; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志12个月 with tracing; 人行企业征信系统 + 百行; 免费维护12个月 with bug修复及小版本升级; 政策调整免费; 7×24, 1小时内; 终身技术咨询; 全部写入合同; '2.6万元/年'; 完整源码 无加密. 3 years: 268,000 + 2 × 26,000 = 320,000.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["hardware_excluded"], flex=ALL_BAD),
        dict(vendor="崇州街子网络科技有限公司", gate="pass", price=272000,
             why="lines 8–11 (VEN.0452): 源码授权 218,000.00 + 部署实施及培训 28,000.00 = 246,000 含税; its module list (规格型号) has no 电子合同, offered only as line 10 '电子合同模块' 数量 0.00 at 含税单价 26,000.00 '选配，未含在本次报价内，如需另购按含税单价计' — a must-have option at its price, added: 272,000 inside 25–35万 (contract management conditional). 服务条款: '已取得等保三级，备案证明编号51018443022-25006'; SM4; 全站HTTPS; RBAC; 日志6个月 (not under 6); 百行; 免费维护12个月, '仅含bug修复，版本升级另行收费' (no upgrades at the base price); 政策 免费; 7×24, 2小时内; 咨询 提供; 写入合同; '3.2万元/年'; 完整源码.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, response_hours=2,
                          annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only", "claimed"]),
        dict(vendor="邛崃文君信息技术有限公司", gate="unverified", price=292000,
             why="lines 5–7 (VEN.0388), every line at 税率 6.00: 256,000.00 + 36,000.00 = 292,000 价税合计 — already tax-inclusive ('按技术服务开具6%增值税专用发票'), never re-taxed; inside 25–35万. 服务条款: '三级测评中，预计2026年2月取得备案证明' = in progress (false, claimed): unverified. Everything else stated: SM4 on three fields; HTTPS; RBAC; 12个月; 人行企业征信系统 + 朴道; modules (规格型号) 企业征信, 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理; 12个月 with minor upgrades; 政策 免费; 7×24, 2小时内; 终身咨询; 写入合同; '2.8万元/年'; 完整源码.",
             values=_vals(mlps_level3=False, response_hours=2, annual_fee_after_warranty_cny=28000,
                          source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only", "conditional"]),
        dict(vendor="简阳绛溪数据服务有限公司", gate="fail", price=88000,
             why="lines 12–14 (VEN.0503): 76,000.00 + 12,000.00 = 88,000 含税 — under 10万 (fail). Module list (规格型号) '标准版（含企业征信、风控审批、还款管理、用户管理）': no 银行流水分析, no 电子合同 (missing must-haves, fail). 服务条款: '系统按等保三级标准设计开发' (claimed); 'AES加密' (no SM4); HTTPS; 日志3个月; '支持对接各类征信机构' (claimed); 免费维护3个月, '仅修复系统故障'; 政策 '按次收费'; '工作日9:00-18:00' (no 7×24); '24小时内'; 咨询 '不提供'; '1.5万元/年'; '部分源码，核心风控引擎加密' = partial.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, audit_log_months=3, licensed_credit_bureau=True,
                         free_maintenance_months=3, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, response_hours=24, lifetime_consulting=False,
                         annual_fee_after_warranty_cny=15000, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", licensed_credit_bureau="claimed",
                         audit_log_months="stated", free_maintenance_months="stated", support_7x24="stated",
                         response_hours="stated", lifetime_consulting="stated"),
             fin=["enterprise_credit", "risk_approval", "repayment_management", "user_management"],
             fex=["cashflow_analysis", "contract_management"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "source_partial", "claimed"],
             flex=["price_below_15w", "price_over_budget", "price_missing", "no_tls", "bloat_features",
                   "source_licence_only", "no_mlps_level3"]),
    ]
    write_toml(X2_NAME.replace(".csv", ".toml"), comment, "merchant_loan", [X2_NAME], "彭州丹景山软件有限公司",
               "彭州丹景山's software is 226,000 + 42,000 = 268,000 含税 inside 25–35万 — the 服务器 line (2 × 44,500 = 89,000) is hardware and no part of the software's price — and its 服务条款 proves every gate (备案证明编号51018243017-24012, SM4 on three named fields, HTTPS, RBAC, 12-month logs, 人行企业征信 + 百行) with every merchant must-have, 12 months with minor upgrades (the server's '原厂质保3年' is no software maintenance), free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, 2.6万 a year after, full unencrypted source. Summed with the server it looks like 357,000, over the band; 崇州街子 is 272,000 once its 数量 0 电子合同 option is added, with 6-month logs, no upgrades and 2 hours; 邛崃文君 (292,000 at 6 %, already 含税) is still 三级测评中 (unverified); 简阳绛溪 is 88,000, missing 流水分析 and 电子合同 (fail).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzx_03  消费分期 — an OA 供应商准入及比选审批单 printed to Excel: one form per vendor, label/value grid, a draft among them
# ---------------------------------------------------------------------------------------------
X3_NAME = "zzx_03_ci_oa_zhunru_biaodan_caogao.xlsx"
# each form: list of rows; a row is (label1, value1, label2, value2) or (label, value) for a value merged over B:F
X3_FORMS = [
    [("表单编号", "ZRBX-20251110-0012", "流程状态", "审批通过"),
     ("申请人", "采购部 陆雯婷", "申请日期", "2025-11-10"),
     ("供应商名称", "昆山玉峰数科有限公司", "统一社会信用代码", "91320583MA27XK3N5R"),
     ("联系人", "钱经理", "联系电话", "13962618847"),
     ("报价金额（元）", "238,000.00", "计税方式", "含税（13%专票）"),
     ("功能模块（报价内）", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理"),
     ("选配模块及价格", "无", "源码交付", "完整源码，无加密"),
     ("等保三级", "满足等保三级要求，测评报告待提供", "数据加密", "SM4（身份证号、手机号、银行卡号）"),
     ("传输加密", "全站HTTPS", "权限管理", "RBAC角色权限"),
     ("日志保存期", "12个月", "征信接口", "百行征信、朴道征信"),
     ("免费维护期", "12个月", "维护范围", "bug修复及小版本升级"),
     ("监管政策适配", "免费", "技术支持", "7×24小时"),
     ("响应时间", "1小时内", "终身技术咨询", "提供"),
     ("承诺写入合同", "是", "维保期满后年费", "2.2万元/年"),
     ("报价函收到日期", "2025-11-07", "附件", "玉峰数科_报价函.pdf"),
     ("审批意见", "采购部 沈建国（2025-11-12）：同意准入。经电话核实，该公司已取得等保三级，证书后补；价格在预算内，建议作为首选。\n"
                 "分管副总 顾志明（2025-11-14）：同意。")],
    [("表单编号", "ZRBX-20251111-0015", "流程状态", "审批中"),
     ("申请人", "采购部 陆雯婷", "申请日期", "2025-11-11"),
     ("供应商名称", "常熟虞山软件有限公司", "统一社会信用代码", "91320581MA1W8Q4L2T"),
     ("联系人", "许工", "联系电话", "13773095216"),
     ("报价金额（元）", "268,000.00", "计税方式", "含税（13%专票）"),
     ("功能模块（报价内）", "商品管理、分期计算器、订单跟踪、风控审批、还款计划及提醒、用户管理"),
     ("选配模块及价格", "无", "源码交付", "完整源码，无加密，可二次开发"),
     ("等保三级", "已取得，备案证明编号32058143011-24018（2024年取得）", "数据加密", "SM4（身份证号、手机号、银行卡号、住址）"),
     ("传输加密", "全站HTTPS（TLS1.2）", "权限管理", "RBAC角色权限，按岗位分配"),
     ("日志保存期", "12个月，异常操作可追溯", "征信接口", "人行征信中心、百行征信"),
     ("免费维护期", "12个月（自验收合格之日起）", "维护范围", "bug修复及小版本升级"),
     ("监管政策适配", "免费", "技术支持", "7×24小时"),
     ("响应时间", "30分钟内", "终身技术咨询", "提供"),
     ("承诺写入合同", "是，以上承诺全部写入合同", "维保期满后年费", "2.5万元/年"),
     ("报价函收到日期", "2025-11-10", "附件", "虞山软件_报价函.pdf"),
     ("审批意见", "采购部 沈建国（2025-11-13）：报价在几家中偏高，建议先压价再议。\n（待风控部会签）")],
    [("表单编号", "ZRBX-20251118-0021", "流程状态", "草稿（未提交）"),
     ("申请人", "采购部 陆雯婷", "申请日期", "2025-11-18"),
     ("供应商名称", "张家港沙洲信息技术有限公司", "统一社会信用代码", "91320582MA20P6JD8X"),
     ("联系人", "黄经理", "联系电话", "15862471390"),
     ("报价金额（元）", "242,000.00", "计税方式", "不含税（增值税6%另开专票）"),
     ("功能模块（报价内）", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理"),
     ("选配模块及价格", "无", "源码交付", "完整源码"),
     ("等保三级", None, "数据加密", "SM4"),
     ("传输加密", "HTTPS", "权限管理", "RBAC"),
     ("日志保存期", "12个月", "征信接口", None),
     ("免费维护期", "12个月", "维护范围", "bug修复+小版本升级"),
     ("监管政策适配", "免费", "技术支持", "7×24小时"),
     ("响应时间", "2小时内", "终身技术咨询", "提供"),
     ("承诺写入合同", "是", "维保期满后年费", None),
     ("报价函收到日期", "2025-11-17", "附件", "沙洲信息_报价函.pdf"),
     ("审批意见", None)],
    [("表单编号", "ZRBX-20251109-0009", "流程状态", "已退回"),
     ("申请人", "采购部 陆雯婷", "申请日期", "2025-11-09"),
     ("供应商名称", "宜兴阳羡网络科技有限公司", "统一社会信用代码", "91320282MA1NR73C5E"),
     ("联系人", "蒋总", "联系电话", "18915327704"),
     ("报价金额（元）", "138,000.00", "计税方式", "含税"),
     ("功能模块（报价内）", "商品管理、分期计算器、风控审批、还款管理、用户管理（订单跟踪需二次开发，另行报价）"),
     ("选配模块及价格", "无", "源码交付", "授权使用，不提供源码"),
     ("等保三级", "二级（已备案），三级暂无计划", "数据加密", "AES加密"),
     ("传输加密", "HTTPS", "权限管理", "管理员统一账号"),
     ("日志保存期", "3个月", "征信接口", "支持对接征信"),
     ("免费维护期", "6个月", "维护范围", "仅修复bug"),
     ("监管政策适配", "另行收费", "技术支持", "工作日9:00-18:00"),
     ("响应时间", "次日", "终身技术咨询", "不提供"),
     ("承诺写入合同", "否", "维保期满后年费", "1.2万元/年"),
     ("报价函收到日期", "2025-11-06", "附件", "阳羡网络_报价单.pdf"),
     ("审批意见", "采购部 沈建国（2025-11-12）：退回，请补充同规模客户案例及等保材料。")],
    [("表单编号", "ZRBX-20251108-0007", "流程状态", "审批通过"),
     ("申请人", "采购部 陆雯婷", "申请日期", "2025-11-08"),
     ("供应商名称", "句容茅山信息科技有限公司", "统一社会信用代码", "91321183MA1T5E9K6U"),
     ("联系人", "曹经理", "联系电话", "13951428863"),
     ("报价金额（元）", "286,000.00", "计税方式", "含税"),
     ("功能模块（报价内）", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理、积分商城、社交分享"),
     ("选配模块及价格", "无", "源码交付", "完整源码"),
     ("等保三级", "已取得，备案证明编号32118343006-25004", "数据加密", "SM4"),
     ("传输加密", "HTTPS", "权限管理", "RBAC"),
     ("日志保存期", "6个月", "征信接口", "百行征信"),
     ("免费维护期", "6个月", "维护范围", "bug修复及小版本升级"),
     ("监管政策适配", "一般调整免费，重大政策调整另行报价", "技术支持", "5×8（工作日）"),
     ("响应时间", "4小时内", "终身技术咨询", "提供"),
     ("承诺写入合同", "是", "维保期满后年费", "3.8万元/年"),
     ("报价函收到日期", "2025-11-05", "附件", "茅山信息_报价函.pdf"),
     ("审批意见", "采购部 沈建国（2025-11-10）：同意准入，作为备选。\n分管副总 顾志明（2025-11-11）：同意。")],
]
TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)


def build_zzx03():
    wb = Workbook()
    ws = wb.active
    ws.title = "打印"
    put_row(ws, 1, ["太仓市娄东小额贷款有限公司 OA办公系统 · 供应商准入及比选审批单"], font=TITLE, border=False)
    ws.merge_cells("A1:F1")
    put_row(ws, 2, ["采购项目：消费分期系统源码采购　打印人：陆雯婷　打印时间：2025-11-20 16:05　共5张表单。表单填写说明：“供应商名称”至“附件”各栏由申请人按供应商报价函原文"
                    "填写；“审批意见”为我司各审批节点意见。"], border=False)
    ws.merge_cells("A2:F2")
    ws.row_dimensions[2].height = 30
    r = 4
    for form in X3_FORMS:
        for cells in form:
            if len(cells) == 4:
                l1, v1, l2, v2 = cells
                put_row(ws, r, [l1, v1, None, l2, v2, None])
                for c in (3, 6):   # the merged-over cells keep the form's grid lines
                    ws.cell(row=r, column=c).border = BOX
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
                ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
                ws.cell(row=r, column=1).font = BOLD
                ws.cell(row=r, column=4).font = BOLD
                ws.cell(row=r, column=1).fill = GREY
                ws.cell(row=r, column=4).fill = GREY
            else:
                label, value = cells
                put_row(ws, r, [label, value, None, None, None, None])
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
                ws.cell(row=r, column=1).font = BOLD
                ws.cell(row=r, column=1).fill = GREY
                if label == "审批意见":
                    ws.row_dimensions[r].height = 45
                    if value:
                        ws.cell(row=r, column=2).alignment = TOP_LEFT
            r += 1
        r += 2                                    # two empty rows between forms, as the print leaves them
    widths(ws, [16, 20, 20, 16, 20, 20])
    _save(wb, X3_NAME)

    comment = """Voice: the OA system of 太仓市娄东小额贷款 (local consumer instalments, no cross-border business; the type's band is 20–30万),
  five 供应商准入及比选审批单 printed to Excel by 陆雯婷 of the 采购部 on 2025-11-20. The print header says the fields from
  供应商名称 to 附件 are typed by the applicant from each vendor's 报价函 '原文', and that 审批意见 are the company's approvers'
  opinions. 表单编号, 流程状态, 申请人, 申请日期, 统一社会信用代码, 联系人 / 联系电话, 报价函收到日期, 附件 and 审批意见 are the
  form's or the buyer's; the other fields are each vendor's words as copied.
Layout: .xlsx, one sheet "打印": a title row, a print-header row, then five FORMS stacked down the sheet (rows 4–19, 22–37, 40–55,
  58–73, 76–91), two empty rows between them. Each form is a grid of six columns: label in A, value merged over B:C, label in D,
  value merged over E:F — two label/value pairs a row — except 功能模块（报价内） and 审批意见, whose values are merged over B:F.
  Each form opens with '表单编号 | … | 流程状态 | …' and closes with '审批意见'. Forms in print order: 昆山玉峰 (审批通过),
  常熟虞山 (审批中), 张家港沙洲 (草稿（未提交）: 等保三级, 征信接口, 维保期满后年费 and 审批意见 left empty), 宜兴阳羡 (已退回),
  句容茅山 (审批通过).
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per form, named by its 供应商名称, each value read under the label beside it (never the label of the next
  pair). 审批意见 is the buyer's approvers' opinion — their hearsay, verdicts and recommendations are no vendor's words and no
  reason to rank; 流程状态 (审批通过 / 审批中 / 已退回 / 草稿) is the buyer's workflow, no term. 统一社会信用代码, phone numbers,
  表单编号 and dates are no amounts.
The draft (张家港沙洲, '草稿（未提交）'): the analyst keeps it as a quote. The status is the buyer's own workflow — the applicant has
  not yet sent her form for approval — not anything the vendor did: the form says the vendor's 报价函 came in on 2025-11-17
  (附件 沙洲信息_报价函.pdf), and nothing says the vendor withdrew or declined. analyst-reading treats an approval's workflow state
  as the buyer's bookkeeping (评审状态 / 审核状态 columns; a registration 已驳回 is still the vendor's quote) and removes a quote
  only for the vendor's own withdrawal, a decline, a disqualification or a record voided (已撤销 / 已作废) — a draft is none of
  these. What the draft leaves empty is unknown, never a no: its 等保三级 is blank, so its gate is unverified and each blank
  is a question (unconfirmed). The draft cannot take the top pick either way, so the pick does not rest on this decision.
Traps: the decisive one is the approvers' opinion. 昆山玉峰's form is 审批通过 with '经电话核实，该公司已取得等保三级，证书后补；价格在
  预算内，建议作为首选' and the vice-president's '同意' — a careless reader takes the approved first choice (238,000, every other
  term good). But the vendor's own words in the 等保三级 field are '满足等保三级要求，测评报告待提供': a claim with no filing (the
  approver's phone call and 'certificate to follow' are hearsay): unverified, ranked below every quote that passes. The pick is
  常熟虞山 — its form only 审批中 and its approver's '报价在几家中偏高，建议先压价再议' — which proves every gate: filing number
  (2024年取得), SM4 on four named fields, TLS1.2, RBAC by post, 12-month logs with tracing, 人行 + 百行, every instalment
  must-have, 12 months from acceptance with minor upgrades, free policy adaptation, 7×24 within 30 minutes, lifetime consulting,
  all in the contract, 2.5万 a year after, full unencrypted source, at 268,000 含税 inside 20–30万. 句容茅山 (approved as 备选,
  286,000 含税) passes with 6-month logs (not under 6), 6 months' maintenance, major policy changes '另行报价', 5×8 and 4 hours,
  3.8万 a year after; 积分商城 and 社交分享 are deferrable, no bloat. 宜兴阳羡 (已退回) fails: '二级（已备案），三级暂无计划';
  also 138,000 (under 15万), 订单跟踪 '需二次开发，另行报价' (a module not in the quote: missing), AES, 3-month logs, 6 months bug
  fixes only, policy '另行收费', office hours, next day, no consulting, not in the contract, '授权使用，不提供源码' (licence only).
  张家港沙洲: 242,000 '不含税（增值税6%另开专票）' = 256,520 (the rate the quote names); unverified as above.
Not settled and not asserted: 宜兴's '管理员统一账号' under 权限管理 (whether a shared admin account is access control) and the
  standing of its '仅修复bug' and '另行收费' (values false either way). None of them moves a gate or the pick."""
    vendors = [
        dict(vendor="常熟虞山软件有限公司", gate="pass", price=268000,
             why="form 2 (rows 22–37, 流程状态 审批中): 报价金额 '268,000.00', 计税 '含税（13%专票）' = 268,000 inside 20–30万; '已取得，备案证明编号32058143011-24018（2024年取得）'; SM4 on 身份证号/手机号/银行卡号/住址; 全站HTTPS（TLS1.2）; RBAC by post; 12个月 with tracing; 人行征信中心 + 百行征信; modules 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款计划及提醒, 用户管理; 选配 无; 12个月 from acceptance; bug修复及小版本升级; 政策 免费; 7×24; 30分钟内; 终身技术咨询 提供; '是，以上承诺全部写入合同'; '2.5万元/年'; 完整源码 无加密. The approver's '报价偏高，建议先压价再议' is his. 3 years: 268,000 + 2 × 25,000 = 318,000.",
             values=_vals(response_hours=0.5, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="句容茅山信息科技有限公司", gate="pass", price=286000,
             why="form 5 (rows 76–91, 审批通过 as 备选 — the approvers'): 报价 '286,000.00' 含税 inside 20–30万; '已取得，备案证明编号32118343006-25004'; SM4; HTTPS; RBAC; 日志6个月 (not under 6); 百行征信; every instalment must-have + 积分商城, 社交分享 (deferrable); 免费维护6个月 with minor upgrades; '一般调整免费，重大政策调整另行报价' = conditional; '5×8（工作日）'; 4小时内; 咨询 提供; 写入合同 是; '3.8万元/年'; 完整源码.",
             values=_vals(audit_log_months=6, free_maintenance_months=6, policy_adaptation_free=False, support_7x24=False,
                          response_hours=4, annual_fee_after_warranty_cny=38000, source_code_delivery="full"),
             status=_st(policy_adaptation_free="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall", "social_sharing"], fex=BLOAT,
             flin=["maintenance_under_12m", "policy_adaptation_charged", "conditional", "no_7x24", "response_over_2h"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_excludes_upgrades", "no_lifetime_consulting",
                   "not_in_contract", "bloat_features", "source_partial", "source_licence_only", "claimed"]),
        dict(vendor="昆山玉峰数科有限公司", gate="unverified", price=238000,
             why="form 1 (rows 4–19, 审批通过; the approvers' '经电话核实，该公司已取得等保三级，证书后补…建议作为首选' is their hearsay and verdict): the vendor's 等保三级 field '满足等保三级要求，测评报告待提供' = claimed (no filing): unverified. 报价 '238,000.00' 含税（13%专票） inside 20–30万; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 12个月; 百行 + 朴道; every instalment must-have; 12个月 with minor upgrades; 政策 免费; 7×24; 1小时内; 咨询 提供; 写入合同 是; '2.2万元/年'; 完整源码 无加密.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                   "not_in_contract", "bloat_features", "source_partial", "source_licence_only", "conditional"]),
        dict(vendor="张家港沙洲信息技术有限公司", gate="unverified", price=256520,
             why="form 3 (rows 40–55, 流程状态 '草稿（未提交）' — the buyer's workflow; the vendor's 报价函 arrived 2025-11-17 and nothing says it withdrew: a quote). 报价 '242,000.00', 计税 '不含税（增值税6%另开专票）' = 242,000 × 1.06 = 256,520 inside 20–30万. 等保三级 EMPTY = unknown: unverified (never a fail); 征信接口 empty = unknown; 维保期满后年费 empty = unknown. Stated: SM4; HTTPS; RBAC; 12个月; every instalment must-have; 12个月, bug修复+小版本升级; 政策 免费; 7×24; 2小时内; 咨询 提供; 写入合同 是; 完整源码.",
             values=_vals(mlps_level3="null", licensed_credit_bureau="null", response_hours=2,
                          annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             status=_st(mlps_level3="unknown", licensed_credit_bureau="unknown", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["unconfirmed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                   "not_in_contract", "bloat_features", "source_partial", "source_licence_only", "conditional"]),
        dict(vendor="宜兴阳羡网络科技有限公司", gate="fail", price=138000,
             why="form 4 (rows 58–73, 已退回 — the approver's): '二级（已备案），三级暂无计划' = level 2, no plan: fail. 报价 '138,000.00' 含税 (under 15万: caution zone). Modules '商品管理、分期计算器、风控审批、还款管理、用户管理（订单跟踪需二次开发，另行报价）' — order tracking not in this quote: missing (fail). 'AES加密' (no SM4); HTTPS; 日志3个月; '支持对接征信' (claimed); 免费维护6个月, '仅修复bug'; 政策 '另行收费'; '工作日9:00-18:00'; '次日' (24 h); 咨询 不提供; 写入合同 否; '1.2万元/年'; '授权使用，不提供源码' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, audit_log_months=3, licensed_credit_bureau=True,
                         free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, response_hours=24, lifetime_consulting=False, commitments_in_contract=False,
                         annual_fee_after_warranty_cny=12000, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", licensed_credit_bureau="claimed",
                         audit_log_months="stated", free_maintenance_months="stated", support_7x24="stated",
                         response_hours="stated", lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=["product_management", "installment_calculator", "risk_approval", "repayment_management",
                  "user_management"],
             fex=["order_tracking"] + BLOAT,
             flin=["no_mlps_level3", "missing_must_have", "price_below_15w", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_licence_only", "claimed"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "no_tls", "bloat_features",
                   "source_partial"]),
    ]
    write_toml(X3_NAME.replace(".xlsx", ".toml"), comment, "consumer_installment", [X3_NAME], "常熟虞山软件有限公司",
               "常熟虞山 — its form only 审批中, its approver calling the price high — proves every gate in the vendor's own fields (备案证明编号32058143011-24018, SM4 on four named fields, TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every instalment must-have, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 30 minutes, lifetime consulting, all in the contract, 2.5万 a year after and full unencrypted source, at 268,000 含税 inside 20–30万. The approvers' first choice 昆山玉峰 (审批通过, '经电话核实…已取得等保三级，证书后补') only claims the level in its own field ('满足等保三级要求，测评报告待提供'): unverified. 句容茅山 (286,000) gives 6 months, 5×8 and 4 hours; the draft 张家港沙洲 (256,520 after 6 % VAT) leaves 等保 blank (unverified); 宜兴阳羡 holds 等保二级 (fail).",
               vendors)


if __name__ == "__main__":
    build_zzx01()
    build_zzx02()
    build_zzx03()
