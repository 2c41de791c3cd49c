"""Build the "zzze" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is THE QUOTE INSIDE THE BUYER'S COMPLIANCE PAPERWORK — the vendors' words
reach the reader inside a document that the buyer's control functions made for their own purposes: an internal
auditor's working paper, a tender file's bid forms as the archive keeps them, the compliance department's vendor
due-diligence checklist. Each holds the vendor's own words next to the buyer's ticks, verdicts and remarks, and each has
one place where the buyer's mark looks like the vendor's proof, or where the vendor's own condition hides under its
figures:

zzze_01 — an .xlsx (personal credit): the internal audit department's 审计工作底稿 C3 on the vendor selection — a tie-out
  of the purchasing department's 比选表 against each vendor's original 报价函, one row per vendor and item (序号 and 供应商
  merged down | 核对项目 | 采购部比选表记载（索引C3-1） | 报价函原件记载（摘录） | 核对结果 | 索引号 | 审计发现), the audit
  marks' legend (√ 已核对原件 / × 未见原件依据 / △ 差异), the auditor's 审计结论 under the table, and a 底稿索引 sheet.
  CARELESS TOP PICK: 黟县宏村数科有限公司 — the cheapest (19.8万 含税) with the best terms; the clerk's 比选表 says
  "已通过等保三级", the auditor ticks √ with "已核对报价函原件第3页，与比选表记载一致", and his 审计结论 calls its 等保资质
  "经核对原件无异常". CAREFUL TOP PICK: 休宁齐云山信息技术有限公司 — 宏村's own words are "系统满足等保三级要求，已通过等保测评"
  (a claim: no level in the pass, no filing): the tick says the auditor read the letter, not that the letter proves a
  filing — UNVERIFIED. 齐云山 names its filing (34102243008-24012) and states everything else; its price is before tax at
  the 6 % it names (208,000 × 1.06 = 220,480; the clerk's "含税" is the clerk's slip, marked △ by the auditor).
zzze_02 — an .xlsx (merchant loans): the 合规部's archive copy of an invitation tender's bid forms, one sheet per bidder, each
  the tender's prescribed 附件5 分项报价表 as the bidder filled it in (投标人名称（盖章） line, 序号 | 分项名称 | 规格/说明 | 数量 |
  单价 | 小计, 合计, 优惠/让利, 投标总价（小写）/（大写）, 报价有效期, a numbered 备注 of the bidder's conditions and terms, the
  signature line), behind a 归档说明 sheet.
  CARELESS TOP PICK: 来凤酉水数科有限公司 — its licence line lists all six merchant modules, its total is the lowest
  (¥276,000.00 含税) and its terms are the best (24 months, 1 hour). CAREFUL TOP PICK: 巴东神农溪信息技术有限公司 — 酉水's
  备注 2 says "银行流水分析" in that list "为选配模块，未包含在本次投标总价内；如采购人需要，费用另行商定": a must-have offered as
  an option with no price — the gate is UNVERIFIED. 神农溪's items sum to 318,000, its 商务让利 of 20,000 is "已在投标总价中
  扣减", and its 投标总价 is ¥298,000.00 含税 (never 278,000: the rebate is not taken twice), every gate proved.
zzze_03 — a CSV in GBK (consumer instalments): the compliance department's 供应商准入尽调清单 exported from the OA, one row
  per vendor and check item (序号 | 供应商名称 | 尽调类别 | 核查项目 | 供应商自述（问卷回复原文） | 证明材料（文件名） |
  合规部核查意见 | 核查人 | 核查日期), a 准入结论 row closing each vendor.
  CARELESS TOP PICK: 勐海南糯山数科有限公司 — 23.8万 含税, 18 months, 1 hour, everything "通过", including 等保三级 ("通过。
  经电话向供应商技术负责人核实，附条件准入") and its 准入结论 "同意准入…综合条件最优". CAREFUL TOP PICK: 石屏异龙湖信息技术有限公司 —
  南糯山's own words are "严格按照等保三级标准设计开发，满足等保三级要求" with no proof given ("未提供（供应商承诺签约后提供）"):
  a claim, UNVERIFIED, whatever the compliance officer's 通过 says. 异龙湖 names its filing (53252543010-24006) with the
  certificate's scan and states everything else, at 26.5万 含税; 元阳箐口 passes at 309,620 ((248,000 + its 26,000 order-
  tracking option) × 1.13), worse on every count; 乐东尖峰岭 is 9.8万 with order tracking left to custom work (fail).

Where domain.md and docs/analyst-reading.md do not settle a reading, the .toml says so and asserts nothing on it; every gate
and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzze_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzze.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, CENTER, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
REPAY = ["repayment_management"]
AF = ["anti_fraud"]
ALL_BAD_AF = ALL_BAD + ["no_anti_fraud"]
# the flags a quote whose only fault is a claimed 等保 must not carry (no_mlps_level3 left out: whether the red flag rides
# beside 'unverified' for a claim is not what these cases measure)
CLEAN_BUT_GATE = ["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                  "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                  "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                  "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                  "source_licence_only", "conditional"]


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
# zzze_01  个人信用贷 — 内部审计工作底稿: 比选表与报价函原件核对 (tick marks, W/P refs, findings)
# ---------------------------------------------------------------------------------------------
E1_NAME = "zzze_01_pc_shenji_digao_bixuanbiao_yuanjian_hedui.xlsx"
XJ = "黟县宏村数科有限公司"
SD = "休宁齐云山信息技术有限公司"
YAS = "祁门牯牛降软件有限公司"
LL = "绩溪上庄网络科技有限公司"
BUYER1 = "泾县桃花潭小额贷款股份有限公司"

# per vendor: (W/P ref of its letter, rows of (核对项目, 比选表记载, 报价函原件记载, 核对结果, 页, 审计发现))
E1_BLOCKS = [
    (XJ, "C3-2", [
        ("报价金额", "19.8万元", "报价总额人民币壹拾玖万捌仟元整（¥198,000.00）", "√", 1, ""),
        ("计税方式", "含税", "以上报价含增值税（税率13%），开具增值税专用发票", "√", 1, ""),
        ("功能模块", "征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理",
         "个人征信查询（人行二代征信、百行征信）、智能风控模型（评分卡+规则引擎）、反欺诈模型、还款管理（还款计划、短信提醒）、风控审批流、"
         "用户管理", "√", 2, ""),
        ("等保三级", "已通过等保三级", "系统满足等保三级要求，已通过等保测评", "√", 3, "已核对报价函原件第3页，与比选表记载一致"),
        ("数据加密", "SM4", "身份证号、手机号、银行卡号采用国密SM4加密存储", "√", 3, ""),
        ("传输加密", "HTTPS", "全站HTTPS（TLS1.2）", "√", 3, ""),
        ("权限管理", "RBAC", "RBAC角色权限，按岗位授权", "√", 3, ""),
        ("日志保存期", "12个月", "操作日志保存12个月，异常操作可追溯", "√", 3, ""),
        ("征信接口", "人行、百行", "已对接人行征信中心、百行征信", "√", 2, ""),
        ("免费维护期及范围", "18个月", "免费维护18个月，含bug修复及小版本升级", "√", 4, ""),
        ("政策适配", "免费", "监管政策调整免费适配", "√", 4, ""),
        ("技术支持及响应", "7×24，1小时", "7×24小时技术支持，1小时内响应", "√", 4, ""),
        ("终身技术咨询", "有", "提供终身技术咨询", "√", 4, ""),
        ("维保期满后年费", "1.6万/年", "维保期满后年服务费1.6万元", "√", 4, ""),
        ("写入合同", "是", "以上服务承诺均写入合同", "√", 5, ""),
        ("源码交付", "完整源码", "交付完整源码，无加密，可二次开发", "√", 5, ""),
    ]),
    (SD, "C3-3", [
        ("报价金额", "20.8万元", "源码授权费17.2万元，部署实施及培训费3.6万元，合计20.8万元", "√", 1, ""),
        ("计税方式", "含税", "以上报价均为不含税价格，增值税税率6%，开票时另计", "△", 1,
         "比选表记为含税，与原件不符：原件为不含税价，按6%计税后为220,480元；比选表以20.8万元与其他含税报价比较，口径不一致"),
        ("功能模块", "征信、风控模型、反欺诈、还款、审批、用户",
         "个人征信查询、风控模型（决策引擎+评分卡）、反欺诈、还款计划及逾期提醒、风控审批、用户管理", "√", 2, ""),
        ("等保三级", "已取得",
         "已取得网络安全等级保护三级备案证明，备案证明编号34102243008-24012（2024年6月取得），定级对象：齐云山个人信贷业务管理系统",
         "√", 3, "已见备案证明复印件（C3-3第9页）"),
        ("数据加密", "SM4", "身份证号、手机号、银行卡号SM4加密", "√", 3, ""),
        ("传输加密", "HTTPS", "HTTPS（TLS1.2）", "√", 3, ""),
        ("权限管理", "RBAC", "基于角色的访问控制（RBAC）", "√", 3, ""),
        ("日志保存期", "12个月", "操作日志保存12个月", "√", 3, ""),
        ("征信接口", "人行、朴道", "已对接人行征信中心、朴道征信", "√", 2, ""),
        ("免费维护期及范围", "12个月", "免费维护12个月，含bug修复及小版本升级", "√", 4, ""),
        ("政策适配", "免费", "因监管政策变化所需的系统调整免费", "√", 4, ""),
        ("技术支持及响应", "7×24，2小时", "7×24小时技术支持，2小时内响应，指定专属工程师", "√", 4, ""),
        ("终身技术咨询", "有", "提供终身技术咨询", "√", 4, ""),
        ("维保期满后年费", "2.2万/年", "维保期满后年服务费2.2万元（含税）", "√", 4, ""),
        ("写入合同", "是", "以上承诺全部写入合同", "√", 5, ""),
        ("源码交付", "完整源码", "完整源码，无加密，可二次开发", "√", 5, ""),
    ]),
    (YAS, "C3-4", [
        ("报价金额", "22.6万元", "标准版22.6万元；风控模型为选配模块，另加3.2万元", "△", 1,
         "比选表未列选配风控模型费用3.2万元；风控模型为个人信用贷必备功能，比选表报价口径不完整"),
        ("计税方式", "含税", "以上价格均含税（13%增值税专用发票）", "√", 1, ""),
        ("功能模块", "征信、风控模型、还款、审批、用户",
         "个人征信查询、还款管理（还款计划、逾期提醒）、风控审批、用户管理；风控模型（选配，见报价）", "△", 2, "比选表将选配的风控模型列为标配"),
        ("等保三级", "已取得", "已取得等保三级，备案证明编号34102443005-23021", "√", 2, ""),
        ("数据加密", "SM4", "国密SM4加密（身份证号、手机号）", "√", 2, ""),
        ("传输加密", "HTTPS", "HTTPS", "√", 2, ""),
        ("权限管理", "有", "角色权限管理", "√", 2, ""),
        ("日志保存期", "6个月", "操作日志保存6个月", "√", 2, ""),
        ("征信接口", "百行", "百行征信", "√", 2, ""),
        ("免费维护期及范围", "12个月", "免费维护12个月，仅含缺陷修复，版本升级另行收费", "△", 3, "比选表未注明维护范围不含版本升级"),
        ("政策适配", "免费", "一般政策调整免费，重大政策调整另行报价", "△", 3, "比选表记为免费，原件附有条件"),
        ("技术支持及响应", "7×24，4小时", "7×24小时技术支持，4小时内响应", "√", 3, ""),
        ("终身技术咨询", "有", "提供终身技术咨询", "√", 3, ""),
        ("维保期满后年费", "3万/年", "维保期满后3万元/年", "√", 3, ""),
        ("写入合同", "是", "（报价函未载明）", "×", None, "报价函未载明服务承诺写入合同，比选表“是”无原件依据"),
        ("源码交付", "完整源码", "提供完整源码", "√", 4, ""),
    ]),
    (LL, "C3-5", [
        ("报价金额", "13.6万元", "13.6万元（含税）", "√", 1, ""),
        ("计税方式", "含税", "含税", "√", 1, ""),
        ("功能模块", "征信、风控模型、审批、用户管理", "个人征信查询、风控模型、风控审批、用户管理；还款管理模块需定制开发，另行报价", "△", 1,
         "比选表未注明还款管理需定制开发"),
        ("等保三级", "三级申请中", "三级测评中，预计2026年3月取得备案证明", "√", 2, ""),
        ("数据加密", "AES", "数据库AES-256加密", "√", 2, ""),
        ("传输加密", "HTTPS", "HTTPS", "√", 2, ""),
        ("权限管理", "有", "后台设一个超级管理员账号，统一管理", "△", 2, "比选表记为有权限管理，原件仅设一个超级管理员账号"),
        ("日志保存期", "3个月", "3个月", "√", 2, ""),
        ("征信接口", "支持", "支持对接各大征信机构", "√", 2, ""),
        ("免费维护期及范围", "6个月", "免费维护6个月，仅修复bug", "√", 3, ""),
        ("政策适配", "收费", "政策调整另行收费", "√", 3, ""),
        ("技术支持及响应", "工作日，次日", "工作日9:00-18:00技术支持，次日响应", "√", 3, ""),
        ("终身技术咨询", "无", "不提供", "√", 3, ""),
        ("维保期满后年费", "0.8万/年", "0.8万元/年", "√", 3, ""),
        ("写入合同", "否", "否", "√", 3, ""),
        ("源码交付", "授权使用", "授权使用，绑定域名", "√", 3, ""),
    ]),
]

E1_INDEX = [
    ("C3", "个人信用贷系统源码采购比选程序核对表（本表）", "审计部编制", 2),
    ("C3-1", "个人信用贷系统供应商比选表（2025-11-18，报总经理办公会）", "采购部", 2),
    ("C3-2", f"{XJ} 报价函（盖章原件）", "采购档案", 5),
    ("C3-3", f"{SD} 报价函（盖章原件）及等保备案证明复印件", "采购档案", 9),
    ("C3-4", f"{YAS} 报价函（盖章原件）", "采购档案", 4),
    ("C3-5", f"{LL} 报价函（盖章原件）", "采购档案", 3),
]


def build_zzze01():
    wb = Workbook()
    ws = wb.active
    ws.title = "C3 比选核对"
    put_row(ws, 1, ["内部审计工作底稿"], font=TITLE, border=False, align=CENTER)
    ws.merge_cells("A1:H1")
    put_row(ws, 2, [f"被审计单位：{BUYER1}", None, None, None, "索引号：C3", None, "页次：1/2"], border=False)
    ws.merge_cells("A2:D2")
    put_row(ws, 3, ["审计项目：个人信用贷系统源码采购比选程序专项审计", None, None, None, "会计期间：2025年度"], border=False)
    ws.merge_cells("A3:D3")
    put_row(ws, 4, ["编制人：审计部 汪秀梅　2025-12-01", None, None, None, "复核人：审计部负责人 胡正华　2025-12-03"], border=False)
    ws.merge_cells("A4:D4")
    put_row(ws, 5, ["审计程序：取得采购部《个人信用贷系统供应商比选表》（索引C3-1），逐项与各供应商报价函原件（索引C3-2至C3-5）核对，检查比选表"
                    "记载是否与原件一致，差异及未见原件事项列入“审计发现”。"], border=False)
    ws.merge_cells("A5:H5")
    ws.row_dimensions[5].height = 32
    put_row(ws, 6, ["序号", "供应商名称", "核对项目", "采购部比选表记载（索引C3-1）", "报价函原件记载（摘录）", "核对结果", "索引号",
                    "审计发现"], font=BOLD, fill=GREY, align=CENTER)
    r = 7
    for n, (vendor, ref, rows) in enumerate(E1_BLOCKS, start=1):
        first = r
        for item, clerk, words, mark, page, finding in rows:
            where = f"{ref}/{page}" if page else "—"
            put_row(ws, r, [n if r == first else None, vendor if r == first else None, item, clerk, words, mark, where,
                            finding], fill=YELLOW if mark != "√" else None)
            ws.cell(row=r, column=6).alignment = CENTER
            ws.row_dimensions[r].height = 48 if max(len(words), len(finding)) > 30 else 20
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=1).alignment = CENTER
        ws.cell(row=first, column=2).alignment = CENTER
    r += 1
    foot = [
        "审计标识：√ 已核对报价函原件，与比选表记载一致；× 未见原件依据（原件未载明）；△ 存在差异，详见“审计发现”。",
        "审计结论：经逐项核对，采购部比选表与四家供应商报价函原件基本相符，差异事项（休宁齐云山计税口径、祁门牯牛降选配费用及维护条件、绩溪上庄"
        "还款模块及权限管理）已在审计发现中列示。拟选供应商黟县宏村数科有限公司报价最低，等保资质及售后条款经核对原件无异常，比选结论依据充分。",
        "建议：采购部在比选表中统一按含税价比较，并对选配模块费用单独列示。",
    ]
    for line in foot:
        put_row(ws, r, [line], border=False)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32 if len(line) > 60 else 18
        r += 1
    widths(ws, [6, 18, 14, 24, 44, 8, 10, 36])
    ws.freeze_panes = "C7"

    ws2 = wb.create_sheet("底稿索引")
    put_row(ws2, 1, ["审计工作底稿索引（C3）"], font=TITLE, border=False)
    ws2.merge_cells("A1:D1")
    put_row(ws2, 2, ["索引号", "底稿及附件名称", "来源", "页数"], font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(E1_INDEX, start=3):
        put_row(ws2, i, list(row))
    widths(ws2, [10, 56, 14, 8])
    _save(wb, E1_NAME)

    comment = """Voice: 泾县桃花潭小额贷款股份有限公司 (泾县, 宣城; personal credit loans to county civil servants, teachers and the workers of its 宣纸 mills,
  no cross-border business; the type's band is 18–25万). Before the board signs the contract its internal audit department
  (编制 汪秀梅, 复核 胡正华) audited the vendor selection: working paper C3 ties the purchasing department's 比选表 out to each vendor's
  original 报价函 and records the auditor's marks, references and findings.
Layout: .xlsx, two sheets. "C3 比选核对": title 内部审计工作底稿, a header block (被审计单位, 索引号：C3, 页次, 审计项目, 编制人 / 复核人), the
  审计程序 line, header row 6 序号 | 供应商名称 | 核对项目 | 采购部比选表记载（索引C3-1） | 报价函原件记载（摘录） | 核对结果 | 索引号 | 审计发现,
  then four blocks of sixteen rows (序号 and 供应商名称 merged down each block; 核对项目 报价金额, 计税方式, 功能模块, 等保三级, 数据加密, 传输加密,
  权限管理, 日志保存期, 征信接口, 免费维护期及范围, 政策适配, 技术支持及响应, 终身技术咨询, 维保期满后年费, 写入合同, 源码交付; 索引号 "C3-2/3" =
  the letter's W/P ref and page; rows not ticked √ filled yellow), an empty row, the marks' legend ("审计标识：√ 已核对报价函原件，与比选表记载
  一致；× 未见原件依据（原件未载明）；△ 存在差异…"), the 审计结论 and a 建议 line. "底稿索引": 索引号 | 底稿及附件名称 | 来源 | 页数, six rows.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor block, read from the column "报价函原件记载（摘录）" — the vendor's own words. The column "采购部比选表记载"
  is the purchasing clerk's summary of them (analyst-reading: "the reply is read and the summary is the clerk's ('三级✓' beside
  '按等保三级标准设计' stays a claim; '含税' beside '以上均为不含税价格' does not make it tax-inclusive)"); 核对结果, 索引号, 审计发现, the
  legend, the 审计结论 and the 建议 are the auditor's (analyst-reading, an internal auditor's working paper: "the auditor's method,
  conclusion, index numbers and findings… are never the vendor's words"; "'符合' beside '支持等保三级' is the auditors' verdict, and
  the claim stays a claim"). A √ says the auditor read the original and found the clerk's line in it — not that the original proves
  anything. "C3-2/3" is a reference and a page, no amount. "（报价函未载明）" with × says the letter is silent: unknown, whatever the
  clerk wrote. The 底稿索引 sheet lists documents: no quote. Four quotes.
Traps: the decisive one is 宏村's 等保. Its letter says "系统满足等保三级要求，已通过等保测评" — analyst-reading names this very sentence a
  claim ("the level only in the claim, the pass names none"): UNVERIFIED. But the clerk's line reads "已通过等保三级", the auditor ticks
  √ with "已核对报价函原件第3页，与比选表记载一致", and the 审计结论 says its "等保资质及售后条款经核对原件无异常": read as proof, 宏村 — 198,000
  含税 inside 18–25万, every personal-credit must-have and anti-fraud, SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs with
  tracing, 人行 + 百行, 18 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 1.6万 a year, in
  the contract, full unencrypted source — is the careless top pick (the auditor calls the selection of it well founded). The careful
  pick is 休宁齐云山: "源码授权费17.2万元，部署实施及培训费3.6万元，合计20.8万元" with "以上报价均为不含税价格，增值税税率6%，开票时另计" =
  208,000 × 1.06 = 220,480 inside the band (the clerk's "含税" is his slip: the letter governs; the auditor's △ says the same);
  "已取得网络安全等级保护三级备案证明，备案证明编号34102243008-24012（2024年6月取得），定级对象：齐云山个人信贷业务管理系统"; SM4; TLS1.2; RBAC; 12-month
  logs; 人行 + 朴道; every must-have and anti-fraud; 12 months with minor upgrades; free policy adaptation; 7×24 within 2 hours with a
  named engineer; lifetime consulting; "2.2万元（含税）" a year; all in the contract; full unencrypted source. 祁门牯牛降 passes but is
  worse on every count: "标准版22.6万元；风控模型为选配模块，另加3.2万元" with "以上价格均含税" — the risk model is a must-have offered at
  its price, added: 258,000, over 25万 (the clerk's 22.6万 left it out); no anti-fraud in its list; 6-month logs; 百行 only; "仅含缺陷修复，
  版本升级另行收费"; "一般政策调整免费，重大政策调整另行报价" (conditional); 4 hours; 3万 a year; the contract row "（报价函未载明）" ×: unknown
  (the clerk's "是" is no vendor's word). 绩溪上庄 fails: "个人征信查询、风控模型、风控审批、用户管理；还款管理模块需定制开发，另行报价" — a
  must-have not in the quote ("…定制开发另行报价" is missing, not an option); also 13.6万 含税 (under 15万), "三级测评中，预计2026年3月取得备案
  证明" (in progress: false, claimed), AES, "后台设一个超级管理员账号" (no access control), 3-month logs, "支持对接各大征信机构" (claimed),
  6 months bug fixes only, policy charged, office hours, next day, no consulting, not in the contract, "授权使用，绑定域名" (licence only).
Not settled and not asserted: the VALUE of 宏村's 等保 (a claim recorded true-as-claimed; claimed and unverified either way) and whether
  no_mlps_level3 rides beside it or beside 上庄's level in progress; the standing of 牯牛降's "仅含缺陷修复，版本升级另行收费" and of 上庄's
  "仅修复bug" / "另行收费" (false either way); whether the auditor's columns, the clerk's column and the 底稿索引 rows are reported as left
  out, and whether the clerk's disagreements are warned of. None moves a gate or the pick."""
    vendors = [
        dict(vendor=SD, gate="pass", price=220480,
             why="C3 block 2 (休宁齐云山), column 报价函原件记载: '源码授权费17.2万元，部署实施及培训费3.6万元，合计20.8万元' with '以上报价均为不含税价格，增值税税率6%，开票时另计' = 208,000 × 1.06 = 220,480 inside 18–25万 (the clerk's '含税' is his; the letter governs). '已取得网络安全等级保护三级备案证明，备案证明编号34102243008-24012（2024年6月取得），定级对象：齐云山个人信贷业务管理系统'; SM4 (身份证号、手机号、银行卡号); HTTPS（TLS1.2）; RBAC; 12个月 logs; 人行征信中心、朴道征信; 个人征信查询、风控模型（决策引擎+评分卡）、反欺诈、还款计划及逾期提醒、风控审批、用户管理; 12个月 含bug修复及小版本升级; 政策调整免费; 7×24, 2小时内, 指定专属工程师; 终身咨询; '2.2万元（含税）' a year; 全部写入合同; 完整源码 无加密.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT, flex=ALL_BAD_AF),
        dict(vendor=YAS, gate="pass", price=258000,
             why="C3 block 3 (祁门牯牛降), column 报价函原件记载: '标准版22.6万元；风控模型为选配模块，另加3.2万元', '以上价格均含税' — the risk model is a personal-credit must-have offered at its price: added, 226,000 + 32,000 = 258,000, over 25万 (price_over_budget); modules 个人征信查询、还款管理、风控审批、用户管理 + 风控模型 (option, conditional) — no anti-fraud; '已取得等保三级，备案证明编号34102443005-23021'; SM4; HTTPS; 角色权限管理; 日志6个月 (not under 6); 百行征信; 12个月 '仅含缺陷修复，版本升级另行收费'; '一般政策调整免费，重大政策调整另行报价' (conditional); 7×24; 4小时内; 终身咨询; '3万元/年'; 写入合同 '（报价函未载明）' marked × = unknown (the clerk's '是' is his); '提供完整源码'. Worse than 齐云山 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, commitments_in_contract="null", annual_fee_after_warranty_cny=30000,
                          source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        commitments_in_contract=None, response_hours="stated"),
             fin=PC + CORE, fex=AF + BLOAT,
             flin=["price_over_budget", "maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h",
                   "conditional", "unconfirmed", "no_anti_fraud"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_missing", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "no_7x24", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                   "source_partial", "source_licence_only", "claimed"]),
        dict(vendor=XJ, gate="unverified", price=198000,
             why="C3 block 1 (黟县宏村), column 报价函原件记载: '报价总额人民币壹拾玖万捌仟元整（¥198,000.00）', '以上报价含增值税（税率13%）' = 198,000 inside 18–25万. 等保: '系统满足等保三级要求，已通过等保测评' — a claim (no level in the pass, no filing): UNVERIFIED. The clerk's '已通过等保三级', the auditor's √ and '已核对报价函原件第3页，与比选表记载一致', and his 审计结论 ('等保资质…经核对原件无异常') are the buyer's: a tick against a claim is no proof. Otherwise stated and good: 个人征信查询、智能风控模型、反欺诈模型、还款管理、风控审批流、用户管理; SM4 (身份证号、手机号、银行卡号); TLS1.2; RBAC; 12个月 logs; 人行 + 百行; 18个月 含小版本升级; 政策 免费; 7×24; 1小时内; 终身咨询; 1.6万元 a year; 写入合同; 完整源码 无加密.",
             values=_vals("mlps_level3", free_maintenance_months=18, response_hours=1,
                          annual_fee_after_warranty_cny=16000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT,
             flin=["claimed"], flex=CLEAN_BUT_GATE + ["no_anti_fraud"]),
        dict(vendor=LL, gate="fail", price=136000,
             why="C3 block 4 (绩溪上庄), column 报价函原件记载: '个人征信查询、风控模型、风控审批、用户管理；还款管理模块需定制开发，另行报价' — repayment management is not in this quote: missing, FAIL; no anti-fraud. '13.6万元（含税）' = 136,000 (under 15万). '三级测评中，预计2026年3月取得备案证明' (in progress: false, claimed). '数据库AES-256加密' (no SM4); HTTPS; '后台设一个超级管理员账号，统一管理' (no access control — the clerk's '有' is his); 3个月 logs; '支持对接各大征信机构' (claimed); '免费维护6个月，仅修复bug'; '政策调整另行收费'; '工作日9:00-18:00…次日响应' (no 7×24, 24 h); '不提供' consulting; '否' contract; '0.8万元/年'; '授权使用，绑定域名' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=False, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=8000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=["personal_credit_report", "risk_model", "risk_approval", "user_management"],
             fex=["repayment_management", "anti_fraud"] + BLOAT,
             flin=["missing_must_have", "price_below_15w", "no_sm4", "no_access_control", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_licence_only", "claimed",
                   "no_anti_fraud"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "no_tls", "bloat_features",
                   "source_partial"]),
    ]
    write_toml(E1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [E1_NAME], SD,
               "休宁齐云山's own 报价函 (as the auditor copied it) proves every gate (备案证明编号34102243008-24012 for its 个人信贷业务管理系统, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 朴道), lists every personal-credit must-have and anti-fraud, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full source, at 220,480 (208,000 before tax + its stated 6 %) inside 18–25万. 黟县宏村 (198,000, the auditor's and the clerk's choice) only claims level 3 ('系统满足等保三级要求，已通过等保测评'): the auditor's √ and his conclusion are the buyer's marks, no proof — unverified. 祁门牯牛降 passes at 258,000 (its must-have risk model added) and is worse on every count; 绩溪上庄 leaves repayment management to custom work (fail).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzze_02  商户经营贷 — 邀请招标 投标文件 分项报价表, one sheet per bidder (合规部 archive copy)
# ---------------------------------------------------------------------------------------------
E2_NAME = "zzze_02_ml_toubiao_fenxiang_baojiabiao_rangli_beizhu.xlsx"
YS = "来凤酉水数科有限公司"
BD = "巴东神农溪信息技术有限公司"
ZG = "秭归九畹溪软件有限公司"
MY = "神农架木鱼网络科技有限公司"
BUYER2 = "鹤峰容美小额贷款有限公司"
PROJECT2 = f"项目名称：{BUYER2}商户经营贷业务系统源码采购项目（邀请招标）　　项目编号：RMXD-ZB-2025-031"

# each sheet: (tab, bidder, signer, rows, total lines, validity, notes). rows: (序号, 分项名称, 规格/说明, 数量, 单价, 小计);
# a row whose 序号 is a section label ("一、…") or whose 分项名称 ends in 小计 is written as it is.
E2_BIDS = [
    ("1-来凤酉水", YS, "覃思远", [
        (1, "商户经营贷系统源码授权",
         "V3.8：企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理；完整源码，可二次开发", "1套", 218000, 218000),
        (2, "实施部署及培训", "部署上线、数据迁移、现场培训3人天", "1项", 38000, 38000),
        (3, "征信接口对接", "人行征信中心、百行征信", "1项", 20000, 20000),
        (4, "免费维护", "免费维护24个月，含bug修复及小版本升级；监管政策调整免费适配", "24个月", 0, 0),
        (5, "技术支持", "7×24小时技术支持，1小时内响应；提供终身技术咨询", "1项", 0, 0),
    ], [("合计", None, 276000), ("优惠/让利", "无", None), ("投标总价（小写）", "¥276,000.00", None),
        ("投标总价（大写）", "人民币贰拾柒万陆仟元整", None)],
     "自投标截止之日起60日历天",
     ["1. 投标总价含税（增值税13%），开具增值税专用发票。",
      "2. 分项1所列功能模块中“银行流水分析”为选配模块，未包含在本次投标总价内；如采购人需要，费用另行商定。",
      "3. 维保期满后年服务费1.5万元。",
      "4. 所投系统已取得等保三级备案证明，备案证明编号42282743002-24017；敏感字段（身份证号、手机号、对公账号）国密SM4加密；全站HTTPS；"
      "RBAC角色权限；操作日志保存12个月。",
      "5. 以上服务承诺写入合同。"]),
    ("2-巴东神农溪", BD, "谭明辉", [
        (1, "商户经营贷业务系统源码授权",
         "V5.2：企业征信查询、银行流水分析、电子合同（在线签约）、风控审批、还款管理（还款计划、逾期提醒）、用户管理；交付完整源码，无加密，"
         "可二次开发", "1套", 228000, 228000),
        (2, "部署实施", "本地化部署、数据初始化、系统联调及上线", "1项", 46000, 46000),
        (3, "征信接口对接", "对接人行征信中心企业征信系统、百行征信", "1项", 32000, 32000),
        (4, "操作培训", "现场培训（管理员及业务人员）", "4人天", 3000, 12000),
        (5, "免费维护", "自终验合格之日起免费维护12个月，含bug修复及小版本升级；因监管政策变化所需的系统调整免费", "12个月", 0, 0),
        (6, "技术支持", "7×24小时技术支持，2小时内响应，指定专属工程师；提供终身技术咨询", "1项", 0, 0),
    ], [("合计", None, 318000), ("优惠/让利", "商务让利（已在投标总价中扣减）", -20000),
        ("投标总价（小写）", "¥298,000.00", None), ("投标总价（大写）", "人民币贰拾玖万捌仟元整", None)],
     "自投标截止之日起90日历天",
     ["1. 投标总价已扣减商务让利，含增值税（软件部分13%、服务部分6%），开具增值税专用发票。",
      "2. 维保期满后年度维护费2.6万元/年（含税），不含在投标总价内。",
      "3. 所投系统已取得网络安全等级保护第三级备案证明，备案证明编号42282343006-24010（2024年8月取得），定级对象：神农溪经营贷业务管理"
      "系统（复印件见投标文件第12页）。",
      "4. 法人身份证号、手机号、对公账号采用国密SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限，按岗位授权；操作日志保存12个月，异常操作"
      "可追溯。",
      "5. 以上各项服务承诺均写入合同。"]),
    ("3-秭归九畹溪", ZG, "屈国栋", [
        ("一、软件部分", None, None, None, None, None),
        (1, "经营贷业务系统（标准版）源码授权", "企业征信查询、风控审批、还款管理、用户管理；提供完整源码", "1套", 196000, 196000),
        (2, "银行流水分析模块", "银行流水解析、经营流水画像", "1套", 42000, 42000),
        (3, "电子合同模块", "在线签约、合同归档", "1套", 28000, 28000),
        (None, "软件部分小计", None, None, None, 266000),
        ("二、服务部分", None, None, None, None, None),
        (4, "实施部署", "部署上线、系统联调", "1项", 36000, 36000),
        (5, "培训", "现场培训", "2人天", 4000, 8000),
        (None, "服务部分小计", None, None, None, 44000),
    ], [("合计", None, 310000), ("优惠/让利", "无", None), ("投标总价（小写）", "¥310,000.00", None),
        ("投标总价（大写）", "人民币叁拾壹万元整", None)],
     "自投标截止之日起90日历天",
     ["1. 本表单价、小计及投标总价均为不含税价格，增值税税率6%，另行计取。",
      "2. 免费维护12个月，仅含缺陷修复，版本升级另行收费；一般政策调整免费，重大政策调整另行报价。",
      "3. 7×24小时技术支持，4小时内响应；提供终身技术咨询；维保期满后年维护费按合同金额的12%/年收取。",
      "4. 所投系统已取得等保三级（备案证明编号42052743009-23011）；敏感字段SM4加密；HTTPS；角色权限管理；操作日志保存6个月；征信接口："
      "百行征信。",
      "5. 以上承诺写入合同。"]),
    ("4-神农架木鱼", MY, "向红梅", [
        (1, "经营贷系统（基础版）软件授权", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", "1套", 118000, 118000),
        (2, "部署及培训", "远程部署，线上培训", "1项", 12000, 12000),
        (3, "免费维护", "免费维护6个月，仅修复bug", "6个月", 0, 0),
    ], [("合计", None, 130000), ("优惠/让利", "无", None), ("投标总价（小写）", "¥130,000.00", None),
        ("投标总价（大写）", "人民币壹拾叁万元整", None)],
     "自投标截止之日起30日历天",
     ["1. 含税。",
      "2. 所投系统为等保二级（已备案），三级暂无计划。",
      "3. 数据库AES加密；HTTPS；系统设一个超级管理员账号统一管理；操作日志保存3个月；征信接口：支持对接。",
      "4. 技术支持：工作日9:00-17:30，次日响应；政策调整另行收费；维保期满后0.9万元/年。",
      "5. 仅提供安装包，授权绑定服务器。"]),
]

MONEY = "#,##0.00"


def build_zzze02():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "归档说明"
    lines = [
        "采购项目档案 · 投标文件分项报价表（归档副本）",
        PROJECT2,
        "开标时间：2025年11月28日 09:30　　开标地点：公司三楼会议室　　投标人：4家（按开标顺序排列）",
        "说明：本册由合规部依各投标人投标文件中的《附件5 分项报价表》（盖章原件）逐页录入，内容、格式及数字均照录原件，未作任何调整；原件存档于"
        "档案室 2025-CG-019 卷。",
        "录入：合规部 田晓燕　2025-12-01　　复核：合规部 向德明　2025-12-02",
    ]
    for i, line in enumerate(lines, start=1):
        put_row(ws0, i, [line], font=TITLE if i == 1 else None, border=False)
        ws0.row_dimensions[i].height = 32 if len(line) > 60 else 20
    widths(ws0, [110])

    for tab, bidder, signer, rows, totals, validity, notes in E2_BIDS:
        ws = wb.create_sheet(tab)
        put_row(ws, 1, ["附件5　分项报价表"], font=TITLE, border=False, align=CENTER)
        ws.merge_cells("A1:F1")
        put_row(ws, 2, [PROJECT2], border=False)
        ws.merge_cells("A2:F2")
        put_row(ws, 3, [f"投标人名称（盖章）：{bidder}"], border=False)
        ws.merge_cells("A3:F3")
        put_row(ws, 4, ["金额单位：人民币元"], border=False)
        ws.merge_cells("A4:F4")
        put_row(ws, 5, ["序号", "分项名称", "规格/说明", "数量", "单价", "小计"], font=BOLD, fill=GREY, align=CENTER)
        r = 6
        for no, name, spec, qty, unit, sub in rows:
            if isinstance(no, str):  # a section heading
                put_row(ws, r, [no], font=BOLD)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            else:
                put_row(ws, r, [no, name, spec, qty, unit, sub], font=BOLD if no is None else None)
                for c in (5, 6):
                    if ws.cell(row=r, column=c).value is not None:
                        ws.cell(row=r, column=c).number_format = MONEY
                ws.row_dimensions[r].height = 48 if spec and len(spec) > 26 else 20
            r += 1
        for label, text, amount in totals:
            put_row(ws, r, [label, None, text, None, None, amount], font=BOLD)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
            if amount is not None:
                ws.cell(row=r, column=6).number_format = MONEY
            r += 1
        put_row(ws, r, ["报价有效期", None, validity])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
        r += 1
        put_row(ws, r, ["备注", None, "\n".join(notes)])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 150
        r += 2
        put_row(ws, r, [f"投标人法定代表人或其委托代理人（签字）：{signer}　　　日期：2025年11月26日"], border=False)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        widths(ws, [10, 24, 46, 10, 14, 16])

    _save(wb, E2_NAME)

    comment = """Voice: 鹤峰容美小额贷款有限公司 (鹤峰, 恩施州; merchant operating loans to tea growers, tea processors and the shops of the county town,
  no cross-border business; the type's band is 25–35万). It bought the system by invitation tender; after the opening its 合规部
  (田晓燕, 向德明) typed each bidder's sealed 附件5 分项报价表 into one workbook for the project archive, "内容、格式及数字均照录原件".
Layout: .xlsx, five sheets. 归档说明: five lines (title, project line, 开标时间 / 投标人：4家, the 说明 that the forms are copied as they are,
  the clerks' line). Then one sheet per bidder, tabs "1-来凤酉水", "2-巴东神农溪", "3-秭归九畹溪", "4-神农架木鱼", each the tender's form:
  title "附件5　分项报价表", the project line, "投标人名称（盖章）：<company>", "金额单位：人民币元", header 序号 | 分项名称 | 规格/说明 | 数量 |
  单价 | 小计 (numbers in cells, format #,##0.00), the item rows (秭归九畹溪's under "一、软件部分" / "二、服务部分" with "软件部分小计" and
  "服务部分小计" rows), then rows labelled over 序号 and 分项名称 (merged): 合计 (its amount under 小计), 优惠/让利 (words in C:E, an amount
  under 小计 when there is one), 投标总价（小写） and 投标总价（大写） (in C:E), 报价有效期 and 备注 (one cell of five numbered lines), then
  the signature line.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: each bidder's sheet is one quote, named by its "投标人名称（盖章）" line (the tab's short name and the tender's 项目名称 name no
  vendor; the 归档说明 sheet is no quote). It is a formal 报价单 (analyst-reading §9): the items are summed and checked against the 合计;
  "小计 / 选配小计 rows are sums, kept and never added"; "under the 合计, a rebate… is kept and the price after it… is the price" —
  here the 投标总价 (小写 over 大写); 报价有效期, 数量 ("24个月", "4人天"), page numbers, dates and filing numbers are no amounts. The
  规格/说明 column lists each line's modules and states what it names; the 备注 is the bidder's own words, read for every fact it states,
  and a condition in it governs the line it names ("a later document that restates an item and says otherwise… replaces").
Traps: the decisive one is 酉水's 备注 2. Its licence line names "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", its total is the
  lowest (¥276,000.00 含税 = 218,000 + 38,000 + 20,000) and its terms are the best on the file (filing 42282743002-24017, SM4, HTTPS, RBAC,
  12-month logs, 人行 + 百行, 24 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 1.5万 a year,
  in the contract, full source): read by its lines, 来凤酉水 is the careless top pick. But its 备注 2 says "“银行流水分析”为选配模块，未包含在本次
  投标总价内；如采购人需要，费用另行商定" — a merchant must-have offered only as an option with no price: the must-have gate is UNVERIFIED
  ("A must-have option with no price makes the must-have gate unverified"), never passed. The careful pick is 巴东神农溪: 228,000 + 46,000
  + 32,000 + 12,000 = 318,000 = 合计; "商务让利（已在投标总价中扣减）" −20,000; 投标总价 ¥298,000.00 = 人民币贰拾玖万捌仟元整, 含税 (备注 1) —
  298,000 inside 25–35万 (a reader who takes the 让利 off the 投标总价 again gets 278,000: the rebate is already in it); filing 42282343006-24010
  for its own 经营贷业务管理系统; SM4 on 法人身份证号/手机号/对公账号; TLS1.2; RBAC by post; 12-month logs with tracing; "对接人行征信中心企业征信
  系统、百行征信"; all six modules; 12 months from acceptance with minor upgrades; free policy adaptation; 7×24 within 2 hours with a named
  engineer; lifetime consulting; "2.6万元/年（含税），不含在投标总价内"; all in the contract; full unencrypted source. 秭归九畹溪 passes but is
  worse on every count: 196,000 + 42,000 + 28,000 + 36,000 + 8,000 = 310,000 (its two 小计 rows are sums, never added), "均为不含税价格，
  增值税税率6%" = 328,600 inside the band; its 流水分析 and 电子合同 lines are priced parts of the total, so every must-have is in; 6-month logs;
  百行 only; "仅含缺陷修复，版本升级另行收费"; "重大政策调整另行报价" (conditional); 4 hours; a yearly fee of 12 % of the contract. 神农架木鱼
  fails: "等保二级（已备案），三级暂无计划" (a stated no); 130,000 含税 (under 15万); AES; "系统设一个超级管理员账号统一管理" (no access control);
  3-month logs; "征信接口：支持对接" (claimed); 6 months bug fixes only; policy charged; office hours; next day; 0.9万 a year; "仅提供安装包，
  授权绑定服务器" (licence only); it says nothing of consulting or the contract (unknown).
Not settled and not asserted: whether 酉水's 银行流水分析 counts among its features (offered, unpriced) and whether an unpriced must-have
  option is flagged conditional or unconfirmed beside 'unverified' (its price stays its 投标总价, nothing being added for an option
  with no price); 九畹溪's yearly fee (12 % of 310,000 before tax or of 328,600 with it) and the standing of its "仅含缺陷修复，版本升级另行
  收费"; the standing of 木鱼's "仅修复bug" and "另行收费" (false either way). None moves a gate or the pick."""
    vendors = [
        dict(vendor=BD, gate="pass", price=298000,
             why="sheet 2-巴东神农溪: items 228,000 + 46,000 + 32,000 + 12,000 = 合计 318,000; '商务让利（已在投标总价中扣减）' −20,000; 投标总价（小写）'¥298,000.00' = （大写）'人民币贰拾玖万捌仟元整', 含税 (备注 1) = 298,000 inside 25–35万 (the rebate is not taken twice). 备注 3 '已取得网络安全等级保护第三级备案证明，备案证明编号42282343006-24010…定级对象：神农溪经营贷业务管理系统'; 备注 4 SM4 (法人身份证号、手机号、对公账号), HTTPS（TLS1.2）, RBAC, 12个月 logs; line 3 '对接人行征信中心企业征信系统、百行征信'; line 1 all six merchant modules, '交付完整源码，无加密，可二次开发'; line 5 12个月 含bug修复及小版本升级, 政策调整免费; line 6 7×24, 2小时内, 指定专属工程师, 终身技术咨询; 备注 2 '2.6万元/年（含税）'; 备注 5 全部写入合同.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor=ZG, gate="pass", price=328600,
             why="sheet 3-秭归九畹溪: items 196,000 + 42,000 + 28,000 + 36,000 + 8,000 = 合计 310,000 (软件部分小计 266,000 and 服务部分小计 44,000 are sums, never added); 备注 1 '均为不含税价格，增值税税率6%' = 310,000 × 1.06 = 328,600 inside 25–35万. The 银行流水分析 and 电子合同 lines are priced parts of the total: every merchant must-have is in. 备注 4 '已取得等保三级（备案证明编号42052743009-23011）', SM4, HTTPS, 角色权限管理, 日志6个月 (not under 6), 百行征信; 备注 2 免费维护12个月 '仅含缺陷修复，版本升级另行收费', '一般政策调整免费，重大政策调整另行报价' (conditional); 备注 3 7×24, 4小时内, 终身咨询, 年维护费 12 % of the contract; 备注 5 写入合同; '提供完整源码'. Worse than 神农溪 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "no_7x24", "no_lifetime_consulting",
                   "not_in_contract", "bloat_features", "source_partial", "source_licence_only", "claimed"]),
        dict(vendor=YS, gate="unverified", price=276000,
             why="sheet 1-来凤酉水: items 218,000 + 38,000 + 20,000 = 合计 276,000 = 投标总价 '¥276,000.00' / '人民币贰拾柒万陆仟元整', 含税 (备注 1). Its licence line names 银行流水分析, but 备注 2 says '“银行流水分析”为选配模块，未包含在本次投标总价内；如采购人需要，费用另行商定' — a merchant must-have offered only as an option with no price: the must-have gate is UNVERIFIED (not passed, not failed). Otherwise stated and good: 企业征信、电子合同、风控审批、还款管理、用户管理; filing 42282743002-24017; SM4; HTTPS; RBAC; 12个月 logs; 人行 + 百行; 24个月 含bug修复及小版本升级; 政策 免费; 7×24; 1小时内; 终身咨询; 1.5万元 a year; 写入合同; 完整源码.",
             values=_vals(free_maintenance_months=24, response_hours=1, annual_fee_after_warranty_cny=15000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=["enterprise_credit", "contract_management", "risk_approval", "repayment_management", "user_management"],
             fex=BLOAT,
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                   "not_in_contract", "bloat_features", "source_partial", "source_licence_only", "claimed"]),
        dict(vendor=MY, gate="fail", price=130000,
             why="sheet 4-神农架木鱼: items 118,000 + 12,000 = 合计 130,000 = 投标总价 '¥130,000.00' / '人民币壹拾叁万元整', '含税' = 130,000 (under 15万). 备注 2 '所投系统为等保二级（已备案），三级暂无计划' = a stated no: FAIL. All six modules listed. 备注 3 '数据库AES加密' (no SM4), HTTPS, '系统设一个超级管理员账号统一管理' (no access control), 日志3个月, '征信接口：支持对接' (claimed); line 3 '免费维护6个月，仅修复bug'; 备注 4 '工作日9:00-17:30，次日响应' (no 7×24, 24 h), '政策调整另行收费', '维保期满后0.9万元/年'; 备注 5 '仅提供安装包，授权绑定服务器' = licence only; nothing on consulting or the contract (unknown).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=False, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24,
                         lifetime_consulting="null", commitments_in_contract="null",
                         annual_fee_after_warranty_cny=9000, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["no_mlps_level3", "price_below_15w", "no_sm4", "no_access_control", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "source_licence_only", "claimed", "unconfirmed"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "no_tls", "missing_must_have",
                   "bloat_features", "source_partial", "no_lifetime_consulting", "not_in_contract"]),
    ]
    write_toml(E2_NAME.replace(".xlsx", ".toml"), comment, "merchant_loan", [E2_NAME], BD,
               "巴东神农溪's bid form totals 318,000, takes its 商务让利 of 20,000 once and bids ¥298,000.00 含税 inside 25–35万; its 备注 proves every gate (备案证明编号42282343006-24010 for its 经营贷业务管理系统, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行), its lines hold every merchant must-have and give 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full source. 来凤酉水 (276,000, the best terms) looks complete only by its licence line: its own 备注 2 makes 银行流水分析 an option 'not in the 投标总价, price to be agreed' — a must-have without a price (unverified). 秭归九畹溪 passes at 328,600 (310,000 before its 6 %) and is worse on every count; 神农架木鱼 is 等保二级 at 130,000 (fail).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzze_03  消费分期 — 合规部 供应商准入尽调清单, OA export, CSV in GBK
# ---------------------------------------------------------------------------------------------
E3_NAME = "zzze_03_ci_hegui_zhunru_jindiao_qingdan_gbk.csv"
NNS = "勐海南糯山数科有限公司"
YLH = "石屏异龙湖信息技术有限公司"
QK = "元阳箐口数据服务有限公司"
JFL = "乐东尖峰岭网络科技有限公司"
BUYER3 = "建水临安小额贷款有限公司"

E3_HEAD = ["序号", "供应商名称", "尽调类别", "核查项目", "供应商自述（问卷回复原文）", "证明材料（文件名）", "合规部核查意见", "核查人",
           "核查日期"]
QUOTE_PDF = "报价函（盖章）.pdf"
AFTER_PDF = "售后服务承诺书（盖章）.pdf"
SEC_PDF = "数据安全方案.pdf"
OK = "通过"

# per vendor: (checker, date, rows of (尽调类别, 核查项目, 自述, 证明材料, 核查意见))
E3_VENDORS = [
    (NNS, "杨丽仙", "2025-11-27", [
        ("商务", "报价金额", "23.8万元（含税，13%增值税专用发票）", QUOTE_PDF, OK),
        ("功能", "功能模块", "商品管理、分期计算器（分期试算）、订单跟踪、风控审批、还款管理（还款计划、逾期提醒）、用户管理", "产品功能清单.pdf", OK),
        ("安全合规", "等保三级", "我司系统严格按照等保三级标准设计开发，满足等保三级要求", "未提供（供应商承诺签约后提供）",
         "通过。经电话向供应商技术负责人核实，附条件准入"),
        ("安全合规", "数据加密", "身份证号、手机号、银行卡号采用国密SM4加密存储", SEC_PDF, OK),
        ("安全合规", "传输加密", "全站HTTPS（TLS1.2）", SEC_PDF, OK),
        ("安全合规", "权限管理", "RBAC角色权限，按岗位授权", "系统权限设计说明.pdf", OK),
        ("安全合规", "日志留存", "操作日志保存12个月，异常操作可追溯", "系统权限设计说明.pdf", OK),
        ("安全合规", "征信接口", "已对接人行征信中心、百行征信", "征信接口对接说明.pdf", OK),
        ("售后服务", "免费维护期", "免费维护18个月", AFTER_PDF, OK),
        ("售后服务", "维护范围", "含bug修复及小版本升级", AFTER_PDF, OK),
        ("售后服务", "政策适配", "监管政策调整免费适配", AFTER_PDF, OK),
        ("售后服务", "技术支持", "7×24小时技术支持", AFTER_PDF, OK),
        ("售后服务", "响应时间", "1小时内响应", AFTER_PDF, OK),
        ("售后服务", "终身技术咨询", "提供终身技术咨询", AFTER_PDF, OK),
        ("售后服务", "维保期满后年费", "1.6万元/年", QUOTE_PDF, OK),
        ("合同", "写入合同", "以上承诺全部写入合同", "合同草稿（供应商版）.docx", OK),
        ("源码交付", "源码交付", "交付完整源码，无加密，可二次开发", "源码交付承诺函.pdf", OK),
        ("结论", "准入结论", "", "", "同意准入（附条件：签约前补交等保三级备案证明原件）；综合条件最优，建议优先推进"),
    ]),
    (YLH, "杨丽仙", "2025-11-27", [
        ("商务", "报价金额", "26.5万元（含税，13%增值税专用发票）", QUOTE_PDF, OK),
        ("功能", "功能模块", "商品管理、分期计算器、订单跟踪（订单状态实时跟踪）、风控审批、还款管理、用户管理", "产品功能清单.pdf", OK),
        ("安全合规", "等保三级",
         "已取得网络安全等级保护第三级备案证明，备案证明编号53252543010-24006（2024年7月取得），定级对象：异龙湖消费分期业务管理系统",
         "等保三级备案证明_53252543010-24006.pdf", "通过。已核对备案证明扫描件"),
        ("安全合规", "数据加密", "身份证号、手机号、银行卡号SM4加密存储", "数据安全说明.pdf", OK),
        ("安全合规", "传输加密", "全站HTTPS（TLS1.2）", "数据安全说明.pdf", OK),
        ("安全合规", "权限管理", "RBAC角色权限", "权限设计说明.pdf", OK),
        ("安全合规", "日志留存", "操作日志保存12个月，异常操作可追溯", "日志审计功能截图.png", OK),
        ("安全合规", "征信接口", "已对接人行征信中心、朴道征信", "征信接入协议（扫描件）.pdf", OK),
        ("售后服务", "免费维护期", "免费维护12个月", AFTER_PDF, OK),
        ("售后服务", "维护范围", "含bug修复及小版本升级", AFTER_PDF, OK),
        ("售后服务", "政策适配", "因监管政策变化所需的系统调整免费", AFTER_PDF, OK),
        ("售后服务", "技术支持", "7×24小时技术支持", AFTER_PDF, OK),
        ("售后服务", "响应时间", "2小时内响应，指定专属工程师", AFTER_PDF, OK),
        ("售后服务", "终身技术咨询", "提供终身技术咨询", AFTER_PDF, OK),
        ("售后服务", "维保期满后年费", "2.4万元/年", QUOTE_PDF, OK),
        ("合同", "写入合同", "以上承诺全部写入合同", "合同草稿（供应商版）.docx", OK),
        ("源码交付", "源码交付", "交付完整源码，无加密，可二次开发", "源码交付承诺函.pdf", "待补充：请提供源码交付清单"),
        ("结论", "准入结论", "", "", "同意准入（源码交付清单待补充）"),
    ]),
    (QK, "李志刚", "2025-11-28", [
        ("商务", "报价金额", "24.8万元（不含税），增值税税率13%另计", QUOTE_PDF, OK),
        ("功能", "功能模块", "商品管理、分期计算器、风控审批、还款管理、用户管理；订单跟踪模块为选配，另加2.6万元（不含税）", "产品功能清单.pdf",
         "通过（订单跟踪为选配）"),
        ("安全合规", "等保三级", "已取得等保三级，备案证明编号53252843004-24019", "等保备案证明.pdf", OK),
        ("安全合规", "数据加密", "国密SM4加密敏感字段（身份证号、手机号）", "数据安全说明.pdf", OK),
        ("安全合规", "传输加密", "HTTPS", "数据安全说明.pdf", OK),
        ("安全合规", "权限管理", "角色权限管理", "权限说明.pdf", OK),
        ("安全合规", "日志留存", "操作日志保存6个月", "未提供", "待补充：请提供日志留存配置说明"),
        ("安全合规", "征信接口", "百行征信", "百行征信接入协议.pdf", OK),
        ("售后服务", "免费维护期", "免费维护12个月", AFTER_PDF, OK),
        ("售后服务", "维护范围", "仅含缺陷修复，版本升级另行收费", AFTER_PDF, OK),
        ("售后服务", "政策适配", "一般政策调整免费，重大政策调整另行报价", AFTER_PDF, "关注：重大政策调整需另行付费"),
        ("售后服务", "技术支持", "7×24小时技术支持", AFTER_PDF, OK),
        ("售后服务", "响应时间", "4小时内响应", AFTER_PDF, OK),
        ("售后服务", "终身技术咨询", "提供", AFTER_PDF, OK),
        ("售后服务", "维保期满后年费", "3.2万元/年", QUOTE_PDF, OK),
        ("合同", "写入合同", "如贵司要求，可以写入合同", "未提供", "待补充：供应商合同草稿未见服务承诺条款"),
        ("源码交付", "源码交付", "提供完整源码", "源码交付承诺函.pdf", OK),
        ("结论", "准入结论", "", "", "同意准入（日志留存说明、合同条款待补充）"),
    ]),
    (JFL, "李志刚", "2025-11-28", [
        ("商务", "报价金额", "9.8万元（含税）", "报价函.pdf", "不通过：报价低于10万元，需关注交付及售后能力"),
        ("功能", "功能模块", "商品管理、分期计算器、还款管理、用户管理、区块链存证（赠送）；订单跟踪需二次开发，另行报价", "未提供",
         "不通过：订单跟踪未含"),
        ("安全合规", "等保三级", "已取得等保三级", "未提供", "不通过：未提供备案证明"),
        ("安全合规", "数据加密", "AES加密", "未提供", "不通过：未采用国密算法"),
        ("安全合规", "传输加密", "HTTPS", "未提供", OK),
        ("安全合规", "权限管理", "角色权限", "未提供", OK),
        ("安全合规", "日志留存", "3个月", "未提供", "不通过：不足6个月"),
        ("安全合规", "征信接口", "支持对接主流征信机构", "未提供", "待补充：请说明已对接的持牌征信机构"),
        ("售后服务", "免费维护期", "免费维护3个月", "未提供", "不通过：不足12个月"),
        ("售后服务", "维护范围", "仅修复bug", "未提供", "关注"),
        ("售后服务", "政策适配", "另行收费", "未提供", "关注"),
        ("售后服务", "技术支持", "5×8小时", "未提供", "关注"),
        ("售后服务", "响应时间", "次日响应", "未提供", "关注"),
        ("售后服务", "终身技术咨询", "不提供", "未提供", "关注"),
        ("售后服务", "维保期满后年费", "0.5万元/年", "报价函.pdf", OK),
        ("合同", "写入合同", "否", "未提供", "不通过"),
        ("源码交付", "源码交付", "部分源码（风控引擎加密）", "未提供", "关注：核心模块加密"),
        ("结论", "准入结论", "", "", "不同意准入"),
    ]),
]


def build_zzze03():
    width = len(E3_HEAD)
    rows = [
        [f"{BUYER3}　合规部"],
        ["供应商准入尽调清单（消费分期业务系统源码采购项目）　　导出时间：2025-12-02 10:15　　导出人：杨丽仙"],
        ["说明：“供应商自述”栏为供应商《准入尽调问卷》回复原文；“证明材料”栏为供应商随问卷提交的文件，未提交的填“未提供”；“合规部核查意见”为"
         "我部核查结论，“准入结论”行为我部对该供应商的综合意见。"],
        E3_HEAD,
    ]
    n = 1
    for vendor, who, day, items in E3_VENDORS:
        for cat, item, words, proof, opinion in items:
            rows.append([n, vendor, cat, item, words, proof, opinion, who, day])
            n += 1
    rows += [[], ["合规部负责人：王建昆　　审核日期：2025-12-02　　（本清单由OA系统“供应商准入”流程导出）"]]
    rows = [[("" if x is None else x) for x in r] + [""] * (width - len(r)) for r in rows]
    write_csv(E3_NAME, rows, "gbk")

    comment = """Voice: 建水临安小额贷款有限公司 (建水, 红河州; consumer instalments through phone, appliance and motorcycle dealers and the 紫陶
  shops of the old town, no cross-border business; the type's band is 20–30万). Its compliance department (合规部: 杨丽仙, 李志刚; head
  王建昆) ran each candidate through the 供应商准入 due-diligence flow in the OA and exported the checklist as CSV (GBK, CRLF, every line
  padded to nine fields).
Layout: CSV in GBK. Line 1 "建水临安小额贷款有限公司　合规部", line 2 the list's title with 导出时间 / 导出人, line 3 the 说明 ("“供应商自述”栏为
  供应商《准入尽调问卷》回复原文；“证明材料”栏为供应商随问卷提交的文件，未提交的填“未提供”；“合规部核查意见”为我部核查结论…"), line 4 the header
  序号 | 供应商名称 | 尽调类别 | 核查项目 | 供应商自述（问卷回复原文） | 证明材料（文件名） | 合规部核查意见 | 核查人 | 核查日期, then 72 rows: per
  vendor 17 check items (报价金额, 功能模块, 等保三级, 数据加密, 传输加密, 权限管理, 日志留存, 征信接口, 免费维护期, 维护范围, 政策适配, 技术支持,
  响应时间, 终身技术咨询, 维保期满后年费, 写入合同, 源码交付) and a 准入结论 row whose only words are the department's; an empty line and the
  head's sign-off line.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: a long table, one quote per 供应商名称, each row's 核查项目 the item and its 供应商自述 — the vendor's own words — the value. The
  证明材料 column names the files the vendor handed in (or "未提供"); the 合规部核查意见, the 核查人 / 核查日期 and every 准入结论 row are the
  compliance department's verdicts (analyst-reading: a 准入 review's "'符合' / '准入' is the reviewers' verdict… never the vendor's answer";
  "'符合' beside '支持等保三级' is the auditors' verdict, and the claim stays a claim"; an 审批意见 "经电话核实，该公司已取得等保三级，证书后补 is
  hearsay beside the vendor's own '满足等保三级要求，测评报告待提供', which stays a claim"; "'已核' proves nothing more, '待补交' undoes
  nothing"). Four quotes.
Traps: the decisive one is 南糯山's 等保. Its own words are "我司系统严格按照等保三级标准设计开发，满足等保三级要求" (按等保三级设计 + 满足等保
  要求: a claim) with "未提供（供应商承诺签约后提供）" for proof: UNVERIFIED. The compliance officer wrote "通过。经电话向供应商技术负责人核实，附条件
  准入" and its 准入结论 "同意准入…综合条件最优，建议优先推进": read as proof, 勐海南糯山 — 23.8万 含税 inside 20–30万, every instalment
  must-have, SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs with tracing, 人行 + 百行, 18 months with minor upgrades, free policy
  adaptation, 7×24 within 1 hour, lifetime consulting, 1.6万 a year, in the contract, full unencrypted source — is the careless top pick.
  The careful pick is 石屏异龙湖: "26.5万元（含税，13%增值税专用发票）" = 265,000 inside the band; "已取得网络安全等级保护第三级备案证明，备案证明编号
  53252543010-24006（2024年7月取得），定级对象：异龙湖消费分期业务管理系统" (its scan handed in); SM4; TLS1.2; RBAC; 12-month logs; 人行 + 朴道;
  商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理; 12 months with minor upgrades; free policy adaptation; 7×24 within 2 hours with a
  named engineer; lifetime consulting; 2.4万 a year; all in the contract; full unencrypted source (the officer's "待补充：请提供源码交付清单"
  undoes nothing of the vendor's words). 元阳箐口 passes but is worse on every count: "24.8万元（不含税），增值税税率13%另计" with "订单跟踪模块为
  选配，另加2.6万元（不含税）" — a must-have option at its price, added at the quote's rate: (248,000 + 26,000) × 1.13 = 309,620, over 30万;
  6-month logs; 百行 only; "仅含缺陷修复，版本升级另行收费"; "一般政策调整免费，重大政策调整另行报价" (conditional); 4 hours; "如贵司要求，可以写入
  合同" (willing, not written: a claim). 乐东尖峰岭 fails twice: "9.8万元（含税）" = 98,000 (under 10万) and "订单跟踪需二次开发，另行报价" (a
  must-have not in the quote); it gives a blockchain-evidence module away (bloat), AES, 3-month logs, "支持对接主流征信机构" (claimed), 3
  months bug fixes only, policy charged, 5×8, next day, no consulting, not in the contract, "部分源码（风控引擎加密）" (partial).
Not settled and not asserted: the VALUE of 南糯山's 等保 (a claim recorded true-as-claimed) and whether no_mlps_level3 rides beside it;
  the standing of a concrete answer whose 证明材料 is "未提供" (箐口's "操作日志保存6个月", 尖峰岭's "已取得等保三级" and its other rows —
  stated by their words, or claimed for want of proof; 尖峰岭's 等保 is left unasserted, its gate failing on price and the missing module
  either way); 箐口's yearly fee (3.2万 beside a price quoted before tax) and the standing of its "仅含缺陷修复，版本升级另行收费" and of 尖峰岭's
  "仅修复bug" / "另行收费" (false either way). None moves a gate or the pick."""
    vendors = [
        dict(vendor=YLH, gate="pass", price=265000,
             why="rows 19–36 (石屏异龙湖), column 供应商自述: '26.5万元（含税，13%增值税专用发票）' = 265,000 inside 20–30万; '已取得网络安全等级保护第三级备案证明，备案证明编号53252543010-24006（2024年7月取得），定级对象：异龙湖消费分期业务管理系统'; SM4 (身份证号、手机号、银行卡号); 全站HTTPS（TLS1.2）; RBAC; 操作日志12个月; 人行征信中心、朴道征信; 商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理; 12个月 含bug修复及小版本升级; 政策调整免费; 7×24; 2小时内, 指定专属工程师; 终身咨询; 2.4万元/年; 全部写入合同; '交付完整源码，无加密，可二次开发' (the officer's '待补充' undoes nothing).",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor=QK, gate="pass", price=309620,
             why="rows 37–54 (元阳箐口): '24.8万元（不含税），增值税税率13%另计' with '订单跟踪模块为选配，另加2.6万元（不含税）' — a must-have option at its price, added: (248,000 + 26,000) × 1.13 = 309,620, over 30万 (price_over_budget); order tracking present (conditional). '已取得等保三级，备案证明编号53252843004-24019'; SM4 (身份证号、手机号); HTTPS; 角色权限管理; 日志6个月 (not under 6); 百行征信; 12个月 '仅含缺陷修复，版本升级另行收费'; '一般政策调整免费，重大政策调整另行报价' (conditional); 7×24; 4小时内; 终身咨询; '如贵司要求，可以写入合同' (willing, not written: claimed); 完整源码. Worse than 异龙湖 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, source_code_delivery="full"),
             status=_st(audit_log_months=None, maintenance_includes_upgrades=None,
                        policy_adaptation_free="conditional", response_hours="stated",
                        commitments_in_contract="claimed"),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["price_over_budget", "maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h",
                   "conditional", "claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_missing", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "no_7x24", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                   "source_partial", "source_licence_only"]),
        dict(vendor=NNS, gate="unverified", price=238000,
             why="rows 1–18 (勐海南糯山): '23.8万元（含税，13%增值税专用发票）' = 238,000 inside 20–30万. 等保: '我司系统严格按照等保三级标准设计开发，满足等保三级要求', proof '未提供（供应商承诺签约后提供）' — a claim: UNVERIFIED. The officer's '通过。经电话向供应商技术负责人核实，附条件准入' and the 准入结论 '同意准入…综合条件最优' are the compliance department's, no proof. Otherwise stated and good: 商品管理、分期计算器（分期试算）、订单跟踪、风控审批、还款管理、用户管理; SM4; TLS1.2; RBAC; 12个月 logs; 人行 + 百行; 18个月 含小版本升级; 政策 免费; 7×24; 1小时内; 终身咨询; 1.6万元/年; 写入合同; 完整源码 无加密.",
             values=_vals("mlps_level3", free_maintenance_months=18, response_hours=1,
                          annual_fee_after_warranty_cny=16000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["claimed"], flex=CLEAN_BUT_GATE),
        dict(vendor=JFL, gate="fail", price=98000,
             why="rows 55–72 (乐东尖峰岭): '9.8万元（含税）' = 98,000, under 10万: FAIL. '商品管理、分期计算器、还款管理、用户管理、区块链存证（赠送）；订单跟踪需二次开发，另行报价' — order tracking not in the quote: missing, FAIL; blockchain evidence given away (bloat). 'AES加密' (no SM4); HTTPS; 角色权限; 日志3个月; '支持对接主流征信机构' (claimed); 免费维护3个月; '仅修复bug'; '另行收费'; '5×8小时' (no 7×24); '次日响应' (24 h); '不提供' consulting; '否' contract; '0.5万元/年'; '部分源码（风控引擎加密）' = partial. Its '已取得等保三级' with no proof is not asserted.",
             values=dict(sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=5000,
                         source_code_delivery="partial"),
             status=dict(licensed_credit_bureau="claimed"),
             fin=["product_management", "installment_calculator", "repayment_management", "user_management",
                  "blockchain_evidence"],
             fex=["order_tracking"],
             flin=["price_below_10w", "missing_must_have", "bloat_features", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_partial", "claimed"],
             flex=["price_over_budget", "price_missing", "no_tls", "no_access_control", "source_licence_only"]),
    ]
    write_toml(E3_NAME.replace(".csv", ".toml"), comment, "consumer_installment", [E3_NAME], YLH,
               "石屏异龙湖's own answers prove every gate (备案证明编号53252543010-24006 for its 消费分期业务管理系统, with the scan; SM4, TLS1.2, RBAC, 12-month logs, 人行 + 朴道), list every instalment must-have and give 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full source, at 265,000 含税 inside 20–30万. 勐海南糯山 (238,000, the compliance department's favourite) only claims level 3 ('严格按照等保三级标准设计开发，满足等保三级要求', proof 未提供): the officer's '通过' after a phone call is the buyer's verdict, no proof — unverified. 元阳箐口 passes at 309,620 (its order-tracking option added at 13 %) and is worse on every count; 乐东尖峰岭 is 9.8万 with order tracking left to custom work (fail).",
               vendors)


if __name__ == "__main__":
    build_zzze01()
    build_zzze02()
    build_zzze03()
