"""Build the "zzzc" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is QUOTES THAT REACH THE BUYER THROUGH OTHER HANDS AND TOOLS — someone who is
neither the vendor nor the buyer's analyst (an accountant, a purchasing assistant, an AI extraction service) has put the
vendors' words into a file of their own making, with that tool's own columns, conventions and edits left in:

zzzc_01 — an .xlsx (merchant loans): the finance department's 进项发票登记台账 template reused to log the quotes "for the tax
  arithmetic": one row per quote LINE (销售方名称 | 销售方纳税人识别号 | 货物或应税劳务、服务名称 | 数量 | 单价 | 金额 | 税率 |
  税额 | 价税合计 | 蓝字/红字 | 备注), software at 13 % and services at 6 % on separate lines, a vendor's yearly maintenance
  logged as a line of its own, and every correction booked as an accountant books one: a 红字 (negative) line cancelling the
  original line, then a new 蓝字 line; a withdrawal is a 红字 line with no new blue line; a 本页合计 row at the foot.
  CARELESS TOP PICK: 桦川悦来信息技术有限公司 — its first blue line names all six merchant modules, its lines net to 245,000
  (the cheapest), and its terms are the best on the sheet. CAREFUL TOP PICK: 同江街津口数科有限公司 — 悦来's 红字 line cancels
  that first line, and the 更正函 it quotes takes 电子合同 out of this delivery ("列入二期开发，届时另行报价"): the re-booked blue
  line lists five modules, a merchant must-have is missing and the gate FAILS. 街津口 (288,890 含税: 231,650 + 44,520 +
  12,720; its yearly-maintenance line is no part of the price) proves every gate and beats the other pass on every count.
zzzc_02 — an .xlsx (personal credit): a 金山文档 online sheet whose link the purchasing assistant gave the vendors with edit
  rights, each vendor typing its own row; exported as the current version (sheet 报价登记) together with the document's
  单元格修改记录 (sheet 2: time | who | 外部协作者 / 内部成员 | cell | column | before | after). The assistant herself
  "tidied" one vendor's 等保 cell after a phone call.
  CARELESS TOP PICK: 湟中群加数科有限公司 — the current sheet shows 等保三级 "已取得", 21.6万 含税, every term at its best.
  CAREFUL TOP PICK: 门源岗什卡信息技术有限公司 — the log shows that 群加's own salesman typed "三级测评中，预计2026年3月取得备案证明"
  and that the buyer's assistant (内部成员) overwrote it with "已取得" after a phone call (her 采购部备注 says so): the vendor's
  written word is "in progress", the assistant's edit is hearsay at best — 群加 is UNVERIFIED either way, and 岗什卡 (filing
  number given, 22.8万 含税, everything stated and good) is the best pass.
zzzc_03 — a CSV in UTF-8 with BOM (consumer instalments, partly English): an AI document-extraction service's batch export
  over the four vendors' PDFs, long format: 文件名 File | 抽取字段 Field | 抽取结果 Extracted value | 原文依据 Evidence (source
  text) | 页码 Page | 置信度 Confidence | 人工复核 Review, under the tool's own warning that the extracted values may be wrong
  and the evidence prevails; one vendor's PDF is in English; one answer was filled from a web search, not from the PDF.
  CARELESS TOP PICK: 临泽梨园口信息技术有限公司 — its 抽取结果 for 等保三级 is "已取得等保三级" (the intern ticked 已核), at
  236,000 含税 with every term at its best. CAREFUL TOP PICK: 民乐扁都口数科有限公司 — 梨园口's evidence only says the system
  was "严格按照网络安全等级保护三级（等保2.0）标准设计开发，可协助客户完成等保测评及备案": a claim, UNVERIFIED; 扁都口 names its
  filing (62072243010-24005) and states everything else, at 258,000 含税. The English vendor's "excluding VAT; VAT at 13% to
  be added" (the AI wrote 含税) makes it 280,240, behind 扁都口 on every count.

Where domain.md and docs/analyst-reading.md do not settle a reading, the .toml says so and asserts nothing on it; every gate
and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzzc_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzzc.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
ALL_BAD_AF = ALL_BAD + ["no_anti_fraud"]
REPAY = ["repayment_management"]
GATE_PRICE = ["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
              "price_missing"]
# the flags a quote whose only fault is a claimed 等保 must not carry (no_mlps_level3 left out: whether the red flag rides
# beside 'unverified' for a claim or a level in progress is not what these cases measure)
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


def _but(*keep, base=ALL_BAD):
    """The flag list without the flags the analyst expects (or does not settle)."""
    return [f for f in base if f not in keep]


# ---------------------------------------------------------------------------------------------
# zzzc_01  商户经营贷 — the finance department's 进项发票登记台账 reused, one row per quote line, corrections in 红字
# ---------------------------------------------------------------------------------------------
C1_NAME = "zzzc_01_ml_caiwu_jinxiang_fapiao_taizhang_hongchong.xlsx"
JJK = "同江街津口数科有限公司"
YLA = "桦川悦来信息技术有限公司"
ZYL = "桦南紫云岭网络科技有限公司"
NLH = "宝清挠力河科技有限公司"
DDZ = "饶河大顶子山数据服务有限公司"
TAX_ID = {JJK: "91230881MA1C4JTK2W", YLA: "91230826MA1BRY3Q5H", ZYL: "91230822MA1D06LU8N",
          NLH: "91230523MA1BX9PE4G", DDZ: "91230524MA1C2HNR7T"}
C1_HEAD = ["序号", "登记日期", "票据类型", "发票代码", "发票号码", "开票/报价日期", "销售方名称", "销售方纳税人识别号",
           "货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额", "价税合计", "蓝字/红字",
           "认证状态", "备注"]

JJK_TERMS = ("报价单条款照录：等保三级已取得，备案证明编号23088143006-24015（2024年取得），定级对象：街津口商户经营贷业务管理系统；"
             "法人身份证号、手机号、对公账号SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限，按岗位授权；操作日志保存12个月，异常操作"
             "可追溯；征信接口：已对接人行征信中心、百行征信；免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术"
             "支持，2小时内响应，指定专属工程师；提供终身技术咨询；以上承诺全部写入合同；完整源码交付，无加密，可二次开发。"
             "报价单含税合计288,890.00元（软件部分13%专票，服务部分6%专票）；维保期满后年服务费见第4行。")
YLA_TERMS = ("报价单条款照录：等保三级已取得（备案证明编号23082243009-24011，2024年取得）；身份证号、手机号、对公账号SM4加密；全站HTTPS；"
             "RBAC角色权限；操作日志保存12个月；征信接口：人行征信中心、百行征信；免费维护12个月，含bug修复及小版本升级；监管政策调整"
             "免费；7×24小时技术支持，1小时内响应；提供终身技术咨询；维保期满后1.8万元/年；以上写入合同；完整源码，可二次开发。"
             "报价单含税合计260,000.00元。")
ZYL_TERMS = ("报价单条款照录：已取得等保三级，备案证明编号23082643002-25006；SM4加密（身份证号、手机号）；HTTPS；角色权限管理；操作日志"
             "保存6个月；征信接口：百行征信；免费维护12个月，仅含bug修复，版本升级另计；一般政策调整免费，重大政策调整另行报价；"
             "7×24小时技术支持，4小时内响应；提供终身技术咨询；维保期满后按合同额10%/年；以上写入合同；完整源码。"
             "报价单含税合计343,250.00元。")
NLH_TERMS = ("报价单条款照录：等保二级（已备案）；数据库AES加密；HTTPS；角色权限；操作日志保存3个月；征信接口：支持对接；免费维护3个月，"
             "仅修复bug；政策调整另行收费；技术支持：工作日9:00-17:00，次日响应；维保期满后0.8万元/年；授权使用，绑定服务器。")
DDZ_TERMS = ("报价单条款照录：等保三级已取得（备案证明编号23052443007-24002）；SM4加密；HTTPS；RBAC；日志保存12个月；征信接口：人行征信"
             "中心；免费维护12个月，含小版本升级；政策适配免费；7×24小时，2小时内响应；终身技术咨询；维保期满后2.5万元/年；写入合同；"
             "完整源码。")
YLA_SIX = "商户经营贷系统源码授权（含企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理）"
YLA_FIVE = "商户经营贷系统源码授权（含企业征信、银行流水分析、风控审批、还款管理、用户管理）"
DDZ_ITEM = "商户经营贷系统源码授权及实施（含企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理）"

# (登记日期, 报价日期, vendor, item, 规格, 单位, 数量, 单价, 税率, 蓝/红, 备注); 金额 = 数量 × 单价, 税额 = 金额 × 税率 (to the fen)
C1_LINES = [
    ("2025-11-18", "2025-11-17", JJK, "商户经营贷业务系统源码授权（含企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理）",
     "V4.1", "套", 1, 205000.00, 13, "蓝字", JJK_TERMS),
    ("2025-11-18", "2025-11-17", JJK, "部署实施服务", "—", "项", 1, 42000.00, 6, "蓝字", None),
    ("2025-11-18", "2025-11-17", JJK, "操作培训", "—", "人天", 3, 4000.00, 6, "蓝字", None),
    ("2025-11-18", "2025-11-17", JJK, "维保服务费（免费维护期满后，按年收取）", "—", "年", 1, 22000.00, 6, "蓝字",
     "报价单原文：“免费维护期满后，年维保服务费22,000元（不含税，6%专票），按年收取，不含在报价合计内。”"),
    ("2025-11-18", "2025-11-17", YLA, YLA_SIX, "V3.6", "套", 1, 199115.04, 13, "蓝字", YLA_TERMS),
    ("2025-11-18", "2025-11-17", YLA, "实施部署及培训", "—", "项", 1, 33018.87, 6, "蓝字", None),
    ("2025-11-18", "2025-11-16", DDZ, DDZ_ITEM, "V2.8", "套", 1, 243362.83, 13, "蓝字", DDZ_TERMS),
    ("2025-11-19", "2025-11-18", ZYL, "经营贷系统软件（标准版：企业征信、风控审批、还款管理、用户管理）", "标准版", "套", 1,
     230000.00, 13, "蓝字", ZYL_TERMS),
    ("2025-11-19", "2025-11-18", ZYL, "银行流水分析模块", "—", "套", 1, 30000.00, 13, "蓝字", None),
    ("2025-11-19", "2025-11-18", ZYL, "电子合同模块", "—", "套", 1, 25000.00, 13, "蓝字", None),
    ("2025-11-19", "2025-11-18", ZYL, "实施及培训", "—", "项", 1, 20000.00, 6, "蓝字", None),
    ("2025-11-20", "2025-11-19", NLH, "经营贷系统（基础版：企业征信、电子合同、风控审批、还款管理、用户管理）", "基础版", "套", 1,
     86725.66, 13, "蓝字", NLH_TERMS),
    ("2025-11-25", "2025-11-24", YLA, "红字冲销：" + YLA_SIX, "V3.6", "套", -1, 199115.04, 13, "红字",
     "冲销第5行。供应商11月24日书面更正函原文：“经核实，我司报价单所列电子合同模块不在本次报价范围内，该模块列入二期开发，届时另行"
     "报价；源码授权费相应调整为21万元（含税），其余条款不变。”"),
    ("2025-11-25", "2025-11-24", YLA, YLA_FIVE, "V3.6", "套", 1, 185840.71, 13, "蓝字", "按11月24日更正函重新登记。"),
    ("2025-11-26", "2025-11-25", DDZ, "红字冲销：" + DDZ_ITEM, "V2.8", "套", -1, 243362.83, 13, "红字",
     "冲销第7行。供应商11月25日来函原文：“因项目人员调整，我司退出本次报价，原报价作废。”（未重新报价）"),
]


def _money(q, unit, rate):
    amount = round(q * unit, 2)
    tax = round(amount * rate / 100 + (1e-9 if amount >= 0 else -1e-9), 2)
    return amount, tax, round(amount + tax, 2)


def build_zzzc01():
    wb = Workbook()
    ws = wb.active
    ws.title = "进项发票登记台账"
    put_row(ws, 1, ["进项发票登记台账"], font=TITLE, border=False, align=CENTER)
    ws.merge_cells("A1:T1")
    put_row(ws, 2, ["所属期间：2025年11月　　登记部门：计划财务部　　登记人：曲丽娜　　（本页借用登记：商户经营贷系统源码采购询价，各家报价单"
                    "均未开票）"], border=False)
    ws.merge_cells("A2:T2")
    put_row(ws, 3, ["说明：应采购部于振江要求，将各家报价单按本台账格式逐行登记，便于测算含税金额。发票代码、发票号码栏为空（未开票）；“金额”为"
                    "不含税金额，“价税合计”为含税金额；供应商更正报价的，按红字冲销原行、蓝字重新登记；“备注”栏照录报价单及来函原文。"],
            border=False)
    ws.merge_cells("A3:T3")
    ws.row_dimensions[3].height = 32
    put_row(ws, 4, C1_HEAD, font=BOLD, fill=GREY, align=CENTER)
    red = Font(color="C00000")
    tot = [0.0, 0.0, 0.0]
    r = 5
    for i, (reg, qd, vendor, item, spec, unit, q, price, rate, colour, note) in enumerate(C1_LINES, start=1):
        amount, tax, gross = _money(q, price, rate)
        tot = [tot[0] + amount, tot[1] + tax, tot[2] + gross]
        row = [i, reg, "报价单（未开票）", None, None, qd, vendor, TAX_ID[vendor], item, spec, unit, q, price, amount,
               f"{rate}%", tax, gross, colour, "不适用", note]
        put_row(ws, r, row, font=red if colour == "红字" else None)
        for c in (13, 14, 16, 17):
            ws.cell(row=r, column=c).number_format = "#,##0.00"
        ws.row_dimensions[r].height = 150 if note and len(note) > 120 else (60 if note else 30)
        r += 1
    put_row(ws, r, ["本页合计", None, None, None, None, None, None, None, None, None, None, None, None,
                    round(tot[0], 2), None, round(tot[1], 2), round(tot[2], 2), None, None, None], font=BOLD, fill=YELLOW)
    for c in (14, 16, 17):
        ws.cell(row=r, column=c).number_format = "#,##0.00"
    put_row(ws, r + 2, ["制表：曲丽娜　　复核：　　　　打印日期：2025-11-26"], border=False)
    widths(ws, [6, 11, 14, 10, 10, 12, 24, 20, 40, 8, 6, 6, 13, 13, 6, 12, 13, 8, 8, 70])
    ws.freeze_panes = "G5"

    notes = wb.create_sheet("填表说明")
    for j, line in enumerate([
            "进项发票登记台账 填表说明（计划财务部模板 2023版）",
            "1. 本台账按取得发票逐行登记，一张发票有多行货物或劳务的，分行登记。",
            "2. “金额”填写不含税金额；“税额”=金额×税率；“价税合计”=金额+税额。",
            "3. 红字发票以负数登记，并在“备注”注明所冲销的蓝字行序号；冲销后重新开具的，以蓝字另行登记。",
            "4. 认证状态填写：已认证 / 未认证 / 不适用。",
            "5. 每页末行填写“本页合计”。"], start=1):
        notes.cell(row=j, column=1, value=line)
    notes.column_dimensions["A"].width = 90
    _save(wb, C1_NAME)

    price = {}
    for (_, _, vendor, item, _, _, q, unit_price, rate, _, _) in C1_LINES:
        if item.startswith("维保服务费"):
            continue
        price[vendor] = round(price.get(vendor, 0.0) + _money(q, unit_price, rate)[2], 2)
    assert price[JJK] == 288890.00 and price[YLA] == 245000.00 and price[ZYL] == 343250.00
    assert price[NLH] == 98000.00 and price[DDZ] == 0.00

    comment = """Voice: 抚远黑瞎子岛小额贷款 (佳木斯抚远, local merchant operating loans to shops, rice mills and fish processors, no cross-border
  business; the type's band is 25–35万). Its purchasing head 于振江 handed the five vendors' 报价单 to the accountant 曲丽娜 "to work
  out the tax"; she logged them in the finance department's own 进项发票登记台账 (2023 template) exactly as she logs invoices, and
  the workbook came back to purchasing as it was.
Layout: .xlsx. Sheet 进项发票登记台账: title row 1, a 所属期间/登记人 line (row 2), her 说明 (row 3: 发票代码/号码 empty because nothing is
  invoiced; 金额 before tax, 价税合计 with tax; "供应商更正报价的，按红字冲销原行、蓝字重新登记"; 备注 copies the 报价单 and letters word
  for word), header row 4: 序号 | 登记日期 | 票据类型 | 发票代码 | 发票号码 | 开票/报价日期 | 销售方名称 | 销售方纳税人识别号 |
  货物或应税劳务、服务名称 | 规格型号 | 单位 | 数量 | 单价 | 金额 | 税率 | 税额 | 价税合计 | 蓝字/红字 | 认证状态 | 备注; fifteen lines in
  the order she registered them (vendors interleaved), the 红字 lines with 数量 −1 and negative amounts (in red), a 本页合计 row, a
  制表 line. Sheet 填表说明: the template's own instructions ("红字发票以负数登记，并在“备注”注明所冲销的蓝字行序号"). Software lines are
  at 13 %, services at 6 %, on separate lines; each vendor's terms are in the 备注 of its first line.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: a long register, one quote per 销售方名称, each line a money line (analyst-reading §3.11 and the ERP quotation lines:
  "价税合计 summed whatever each line's tax rate"; "'per year', 每年: the yearly fee after the warranty, never part of the price").
  The price is the sum of a vendor's 价税合计 over its price lines; a 红字 line cancels the line its 备注 names, and the letter it
  quotes is the vendor's later written word: "a later price replaces the bid's, a corrected module list replaces the bid's
  list" (a register of one fact a row), "a corrected module list replaces the first one, never adds to it" (an OA export with
  later answers), "a module '列入二期' / '二期开发' … is not in this delivery, even with '另行报价' beside it: a must-have so
  written is missing, not an option". A vendor whose only line is cancelled by a 红字 line quoting "我司退出本次报价，原报价作废"
  and never re-booked has no quote ("a 撤回函 row withdraws the vendor"). 纳税人识别号, dates, 规格型号 (V4.1), 数量 and 单价 of
  one line, 发票代码 and the 本页合计 row are no prices; the 本页合计 row is no vendor; the 票据类型 / 认证状态 columns are hers.
  Four quotes: 街津口, 悦来, 紫云岭, 挠力河. 饶河大顶子山 withdrew (lines 7 and 15).
Traps: the decisive one is 悦来's 红字 line. Its first blue line (5) is "商户经营贷系统源码授权（含企业征信、银行流水分析、电子合同、风控审批、
  还款管理、用户管理）", its terms (line 5's 备注) are the best on the sheet (filing number, SM4, HTTPS, RBAC, 12-month logs, 人行 +
  百行, 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 1.8万 a year, in the
  contract, full source), and its lines net to 245,000 (225,000 + 35,000 − 225,000 + 210,000) — the cheapest: a reader who takes
  the modules from every line naming them (or who never opens the 备注 of a red line) picks 桦川悦来. But line 13 cancels line 5
  and quotes the vendor's 更正函: "电子合同模块不在本次报价范围内，该模块列入二期开发，届时另行报价…其余条款不变", and line 14 re-books
  the licence with five modules: contract management is not in this delivery — a merchant must-have missing, the gate FAILS.
  The careful pick is 同江街津口: 231,650 (205,000 at 13 %) + 44,520 (42,000 at 6 %) + 12,720 (3 人天 × 4,000 at 6 %) = 288,890
  含税 inside 25–35万 (its own 报价单 gives the same 合计); line 4, "维保服务费（免费维护期满后，按年收取）", is the yearly fee, never part
  of the price; filing number 23088143006-24015 for its own 商户经营贷业务管理系统, SM4 on 法人身份证号/手机号/对公账号, TLS1.2, RBAC by
  post, 12-month logs with tracing, 人行 + 百行, all six modules, 12 months with minor upgrades, free policy adaptation, 7×24 within 2
  hours with a named engineer, lifetime consulting, all in the contract, full unencrypted source. 桦南紫云岭 passes too but is
  worse on every count: 259,900 + 33,900 + 28,250 + 21,200 = 343,250 (its 流水分析 and 电子合同 lines are priced parts of the quote,
  summed, not options), 6-month logs, 百行 only, "仅含bug修复，版本升级另计", major policy changes "另行报价" (conditional), 4 hours, 10 % of
  the contract a year (34,325). 宝清挠力河 fails three ways: 98,000 (under 10万), 等保二级, and a stated list without 银行流水分析.
Not settled and not asserted: 街津口's yearly fee — 22,000 before tax or 23,320 with its 6 % (the register gives both; domain.md
  says the price is compared with tax, and says nothing of the fee's tax); the standing of 紫云岭's "仅含bug修复，版本升级另计" and of
  挠力河's "仅修复bug" and "另行收费" (values false either way); 挠力河's consulting and contract (it says nothing: unknown); whether 悦来
  is also flagged 'conditional' for its "届时另行报价" (the module is missing either way). None of them moves a gate or the pick."""
    vendors = [
        dict(vendor=JJK, gate="pass", price=288890,
             why="lines 1–4 (销售方 同江街津口数科有限公司): 源码授权 205,000 + 13% = 231,650; 部署实施 42,000 + 6% = 44,520; 培训 3 人天 × 4,000 + 6% = 12,720; price 288,890 含税 inside 25–35万 (line 1's 备注: '报价单含税合计288,890.00元'). Line 4 '维保服务费（免费维护期满后，按年收取）' is the yearly fee, not part of the price. Line 1's 备注: '等保三级已取得，备案证明编号23088143006-24015（2024年取得），定级对象：街津口商户经营贷业务管理系统'; SM4 on 法人身份证号/手机号/对公账号; 全站HTTPS（TLS1.2）; RBAC; 日志12个月 with tracing; 人行征信中心 + 百行征信; modules 企业征信查询, 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理; 免费维护12个月 含bug修复及小版本升级; 政策 免费适配; 7×24, 2小时内, 指定专属工程师; 终身技术咨询; 全部写入合同; 完整源码 无加密. 3 years: 288,890 + 2 × 22,000–23,320 ≈ 333–336k.",
             values=_vals(response_hours=2, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor=ZYL, gate="pass", price=343250,
             why="lines 8–11: 经营贷系统软件（标准版：企业征信、风控审批、还款管理、用户管理） 259,900 + 银行流水分析模块 33,900 + 电子合同模块 28,250 + 实施及培训 21,200 = 343,250 含税 inside 25–35万 (the module lines are priced parts of the quote, summed; the 备注's '报价单含税合计343,250.00元' agrees). Line 8's 备注: '已取得等保三级，备案证明编号23082643002-25006'; SM4 (身份证号、手机号); HTTPS; 角色权限管理; 日志6个月 (not under 6); 百行征信; 免费维护12个月, '仅含bug修复，版本升级另计' (no upgrades at the base price); '一般政策调整免费，重大政策调整另行报价' (conditional); 7×24; 4小时内; 终身技术咨询; '按合同额10%/年' = 34,325 a year; 写入合同; 完整源码. Dearer than 街津口 and worse on logs, bureaus, upgrades, policy, response and fee.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, annual_fee_after_warranty_cny=34325, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional"],
             flex=GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                "no_licensed_credit_bureau", "maintenance_under_12m", "no_7x24",
                                "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                                "source_licence_only", "claimed"]),
        dict(vendor=YLA, gate="fail", price=245000,
             why="lines 5, 6, 13, 14 (销售方 桦川悦来信息技术有限公司): 225,000 + 35,000 − 225,000 (红字 line 13, '冲销第5行') + 210,000 = 245,000 含税. Line 13 quotes its 11-24 更正函: '电子合同模块不在本次报价范围内，该模块列入二期开发，届时另行报价…其余条款不变', and line 14 re-books the licence '含企业征信、银行流水分析、风控审批、还款管理、用户管理': contract management is not in this delivery — a merchant must-have missing: FAIL (the first line's list is replaced, never added to). Its terms (line 5's 备注, unchanged) are stated and good: 备案证明编号23082243009-24011; SM4; 全站HTTPS; RBAC; 日志12个月; 人行 + 百行; 12个月 with minor upgrades; 政策 免费; 7×24, 1小时内; 终身咨询; '1.8万元/年'; 写入合同; 完整源码.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=18000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=["enterprise_credit", "cashflow_analysis", "risk_approval", "repayment_management", "user_management"],
             fex=["contract_management"] + BLOAT,
             flin=["missing_must_have"],
             flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only", "claimed"]),
        dict(vendor=NLH, gate="fail", price=98000,
             why="line 12: 经营贷系统（基础版：企业征信、电子合同、风控审批、还款管理、用户管理） 86,725.66 + 13% = 98,000 含税: under 10万, FAIL. 备注 '等保二级（已备案）': FAIL. The stated module list has no 银行流水分析: missing, FAIL. '数据库AES加密' (no SM4); HTTPS; 角色权限; 日志3个月; '征信接口：支持对接' (claimed); '免费维护3个月，仅修复bug'; '政策调整另行收费'; '工作日9:00-17:00' (no 7×24); '次日响应' (24 h); '0.8万元/年'; '授权使用，绑定服务器' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24,
                         annual_fee_after_warranty_cny=8000, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated"),
             fin=["enterprise_credit", "contract_management", "risk_approval", "repayment_management",
                  "user_management"],
             fex=["cashflow_analysis"] + BLOAT,
             flin=["price_below_10w", "no_mlps_level3", "missing_must_have", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "source_licence_only", "claimed"],
             flex=["price_over_budget", "price_missing", "no_tls", "no_access_control", "bloat_features",
                   "source_partial"]),
    ]
    write_toml(C1_NAME.replace(".xlsx", ".toml"), comment, "merchant_loan", [C1_NAME], JJK,
               "同江街津口's lines sum to 288,890 含税 inside 25–35万 (231,650 + 44,520 + 12,720; its yearly-maintenance line is no part of the price), its 报价单 proves every gate (备案证明编号23088143006-24015 for its 商户经营贷业务管理系统, SM4 on the sensitive fields, TLS1.2, RBAC, 12-month logs, 人行 + 百行), holds every merchant must-have and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full source. 桦川悦来 (245,000, the best terms) looks complete only from its first line: its own 更正函, booked as a 红字 line, takes 电子合同 out of this delivery ('列入二期开发') — a must-have missing (fail). 桦南紫云岭 passes at 343,250 and is worse on every count; 宝清挠力河 is 98,000 and 等保二级 without 流水分析 (fail); 饶河大顶子山 withdrew (红字, not re-booked).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzc_02  个人信用贷 — a 金山文档 online sheet filled in by the vendors, exported with its 单元格修改记录
# ---------------------------------------------------------------------------------------------
C2_NAME = "zzzc_02_pc_jinshan_wendang_danyuange_xiugai_jilu.xlsx"
GSK = "门源岗什卡信息技术有限公司"
QJ = "湟中群加数科有限公司"
ZES = "祁连卓尔山软件有限公司"
MD = "循化孟达网络科技有限公司"
RS = "都兰热水数据服务有限公司"
C2_HEAD = ["序号", "供应商名称", "报价", "计税方式", "功能模块", "等保三级", "数据安全", "征信接口", "售后服务", "源码交付", "填写人",
           "采购部备注"]
ZES_AFTER_OLD = ("免费维护12个月，含bug修复及小版本升级；一般政策调整免费，重大政策调整另行报价；7×24小时，2小时内响应；终身技术咨询；"
                 "维保期满后3万元/年；写入合同")
ZES_AFTER_NEW = ("免费维护6个月，仅修复缺陷；一般政策调整免费，重大政策调整另行报价；7×24小时，2小时内响应；终身技术咨询；维保期满后3万元/年；"
                 "写入合同")
QJ_MLPS_OWN = "三级测评中，预计2026年3月取得备案证明"
QJ_NOTE = "11-18电话确认：李经理说三级证书已经下来了，先改成“已取得”，证书扫描件后补。（马晓燕）"
C2_ROWS = [
    [1, GSK, "22.8万", "含税（13%专票）", "个人征信查询、风控模型、反欺诈模型、还款计划及提醒、风控审批、用户管理",
     "已取得三级，备案证明编号63222143005-24009（2024年取得）",
     "身份证号、手机号、银行卡号SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月，可追溯", "人行征信中心、百行征信",
     "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；提供终身技术咨询；维保期满后2.2万元/年；"
     "以上全部写入合同",
     "完整源码，无加密，可二次开发", "韩卫东（外部·岗什卡信息）", None],
    [2, QJ, "21.6万", "含税", "个人征信查询、AI风控模型、反欺诈、还款计划及提醒、风控审批、用户管理", "已取得",
     "身份证号、手机号、银行卡号SM4加密；全站HTTPS；RBAC；操作日志保存12个月", "人行征信中心、百行征信",
     "免费维护12个月，含bug修复及小版本升级；监管政策调整免费；7×24小时，1小时内响应；终身技术咨询；维保期满后2万元/年；全部写入合同",
     "完整源码", "李海峰（外部·群加数科）", QJ_NOTE],
    [3, ZES, "24.5万", "含税", "个人征信、风控模型、反欺诈、还款管理、风控审批、用户管理、营销插件", "三级，备案证明编号63222243011-25003",
     "SM4加密；HTTPS；RBAC；日志6个月", "百行征信", ZES_AFTER_NEW, "完整源码", "苏建国（外部·卓尔山软件）", "11-20已追问维护期"],
    [4, MD, "13.8万", "含税", "个人征信查询、还款管理、风控审批、用户管理", "二级（已备案）", "AES加密；HTTPS；角色权限；日志3个月",
     "支持对接征信", "免费维护3个月，仅修复bug；政策调整另行收费；5×8，次日响应；维保期满后1.2万元/年", "授权使用，不提供源码",
     "马福林（外部·孟达网络）", None],
    [5, RS, "我司本次不参与报价，谢谢", None, None, None, None, None, None, None, "韩雪（外部·热水数据）", None],
]
INSIDE = "内部成员（采购部）"
C2_LOG = [
    ("2025-11-14 16:20", "李海峰", f"外部协作者（{QJ}）", "F5", "等保三级", "（空）", QJ_MLPS_OWN),
    ("2025-11-15 09:41", "韩卫东", f"外部协作者（{GSK}）", "C4", "报价", "（空）", "23.6万"),
    ("2025-11-15 10:02", "苏建国", f"外部协作者（{ZES}）", "C6", "报价", "（空）", "24.5w"),
    ("2025-11-15 10:06", "苏建国", f"外部协作者（{ZES}）", "I6", "售后服务", "（空）", ZES_AFTER_OLD),
    ("2025-11-16 11:30", "韩雪", f"外部协作者（{RS}）", "C8", "报价", "（空）", "20.5万"),
    ("2025-11-17 14:05", "马晓燕", INSIDE, "C6", "报价", "24.5w", "24.5万"),
    ("2025-11-18 10:12", "马晓燕", INSIDE, "F5", "等保三级", QJ_MLPS_OWN, "已取得"),
    ("2025-11-18 10:14", "马晓燕", INSIDE, "L5", "采购部备注", "（空）", QJ_NOTE),
    ("2025-11-19 16:30", "韩卫东", f"外部协作者（{GSK}）", "C4", "报价", "23.6万", "22.8万"),
    ("2025-11-20 10:48", "马晓燕", INSIDE, "L6", "采购部备注", "（空）", "11-20已追问维护期"),
    ("2025-11-20 11:02", "苏建国", f"外部协作者（{ZES}）", "I6", "售后服务", ZES_AFTER_OLD, ZES_AFTER_NEW),
    ("2025-11-21 09:18", "韩雪", f"外部协作者（{RS}）", "C8", "报价", "20.5万", "我司本次不参与报价，谢谢"),
]


def build_zzzc02():
    wb = Workbook()
    ws = wb.active
    ws.title = "报价登记"
    put_row(ws, 1, ["个贷系统源码报价登记（金山文档在线表格，各供应商填写本公司一行）"], font=TITLE, border=False)
    ws.merge_cells("A1:L1")
    put_row(ws, 2, ["说明：链接已发给5家供应商（可编辑），每家只填本公司所在行；L列“采购部备注”由采购部填写。2025-11-26导出，第二个工作表为"
                    "文档的单元格修改记录。"], border=False)
    ws.merge_cells("A2:L2")
    put_row(ws, 3, C2_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(C2_ROWS):
        assert len(row) == len(C2_HEAD)
        put_row(ws, 4 + i, row)
        ws.row_dimensions[4 + i].height = 90 if row[2] and row[3] else 30
    widths(ws, [5, 24, 10, 12, 30, 24, 30, 16, 44, 16, 20, 30])
    ws.freeze_panes = "C4"
    # the log's cell addresses point at this sheet: check them
    cols = {h: chr(ord("A") + j) for j, h in enumerate(C2_HEAD)}
    for _, _, _, cell, col, _, after in C2_LOG:
        assert cols[col] == cell[0]
    assert ws["F5"].value == "已取得" and ws["C4"].value == "22.8万" and ws["I6"].value == ZES_AFTER_NEW
    assert ws["C8"].value == "我司本次不参与报价，谢谢" and ws["L5"].value == QJ_NOTE

    log = wb.create_sheet("单元格修改记录")
    put_row(log, 1, ["单元格修改记录　文档：个贷系统源码报价登记　工作表：报价登记　范围：被修改过的单元格（含首次填写）　导出人：马晓燕　"
                     "导出时间：2025-11-26 17:40"], border=False)
    log.merge_cells("A1:H1")
    put_row(log, 2, ["序号", "修改时间", "修改人", "成员类型", "单元格", "列名", "修改前", "修改后"], font=BOLD, fill=GREY,
            align=CENTER)
    for i, entry in enumerate(C2_LOG, start=1):
        put_row(log, 2 + i, [i, *entry])
        log.row_dimensions[2 + i].height = 60 if len(entry[-1]) > 40 or len(entry[-2]) > 40 else 20
    widths(log, [5, 16, 9, 34, 7, 11, 44, 44])
    log.freeze_panes = "A3"
    _save(wb, C2_NAME)

    comment = """Voice: 贵德千姿湖小额贷款 (海南州贵德, local personal credit, no cross-border business; the type's band is 18–25万). Its purchasing
  assistant 马晓燕 made a 金山文档 online sheet and gave the five vendors' sales people the link with edit rights, "每家只填本公司所在行";
  she kept her own column (采购部备注) and tidied cells herself. On 2025-11-26 she exported it to Excel with, as a second sheet, the
  document's 单元格修改记录 copied out of the tool.
Layout: .xlsx, two sheets. 报价登记 (the current version): title row 1, her 说明 row 2, header row 3 序号 | 供应商名称 | 报价 | 计税方式 |
  功能模块 | 等保三级 | 数据安全 | 征信接口 | 售后服务 | 源码交付 | 填写人 | 采购部备注, one vendor a row (rows 4–8: 岗什卡, 群加, 卓尔山,
  孟达, 热水). 单元格修改记录: a title line (document, sheet, range "被修改过的单元格（含首次填写）", exporter, time), header 序号 | 修改时间 |
  修改人 | 成员类型 (外部协作者（<company>） / 内部成员（采购部）) | 单元格 (an address on 报价登记) | 列名 | 修改前 | 修改后, twelve entries in
  time order.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per row of 报价登记, named by 供应商名称; the log is no quote of its own — it says who wrote each changed cell. A
  vendor's words are what its own person typed; a vendor's own later edit is its later written word and governs (岗什卡's price
  23.6万 → 22.8万, 卓尔山's 售后 12个月 → 6个月 "仅修复缺陷": the current sheet already shows both). What the buyer's assistant typed
  (内部成员（采购部）) is the buyer's, never the vendor's: the 采购部备注 column, her reformatting "24.5w" → "24.5万" (the same amount), and
  her overwrite of 群加's 等保 cell, which her own note explains — "11-18电话确认：李经理说三级证书已经下来了，先改成“已取得”，证书扫描件
  后补" (analyst-reading: what was said by phone "is only said (claimed) until it comes in writing"; "经电话核实，该公司已取得等保三级，
  证书后补" is hearsay beside the vendor's own words). 都兰热水 replaced its 20.5万 with "我司本次不参与报价，谢谢": no quote. Four quotes.
Traps: the decisive one is 群加's 等保 cell. On the current sheet 湟中群加 is the cheapest quote inside the band (21.6万 含税) with every
  personal-credit must-have and anti-fraud, 等保三级 "已取得", SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行, 12 months with minor
  upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 2万 a year, all in the contract, full source: a reader
  of the current version picks 湟中群加数科. But the log shows its own salesman typed "三级测评中，预计2026年3月取得备案证明" (F5,
  11-14) and the buyer's assistant overwrote it with "已取得" (11-18, 内部成员): the vendor's written word is in progress, and the
  assistant's "已取得" is a phone remark with no certificate — read either way the level is not proven: UNVERIFIED, below every
  pass. The careful pick is 门源岗什卡: "已取得三级，备案证明编号63222143005-24009（2024年取得）", SM4 on 身份证号/手机号/银行卡号, 全站HTTPS,
  RBAC, 12-month logs with tracing, 人行 + 百行, every must-have with anti-fraud, 12 months with minor upgrades, free policy
  adaptation, 7×24 within 1 hour, lifetime consulting, 2.2万 a year, all in the contract, full unencrypted source, at 22.8万 含税
  (its own latest edit) inside 18–25万. 祁连卓尔山 passes too (filing number given) but is worse on every count: 24.5万, 6-month logs,
  百行 only, its own edit down to "免费维护6个月，仅修复缺陷", major policy changes "另行报价", 2 hours, 3万 a year. 循化孟达 fails: 等保二级
  and a stated module list without the risk model; 13.8万 (under 15万), AES, 3-month logs, 3 months bug fixes, policy charged, 5×8,
  次日, licence only.
Not settled and not asserted: the VALUE of 群加's 等保 — false if read from its own "三级测评中" (in progress), true-but-claimed if the
  assistant's phone remark were taken as the vendor's claim; its standing is claimed and its gate unverified on either reading;
  whether 群加 also carries no_mlps_level3; the standing of 卓尔山's "仅修复缺陷" and of 孟达's "仅修复bug" and "另行收费" (values false
  either way); 孟达's consulting and contract (not said: unknown). None of them moves a gate or the pick."""
    vendors = [
        dict(vendor=GSK, gate="pass", price=228000,
             why="报价登记 row 4: '22.8万' 含税（13%专票） = 228,000 inside 18–25万 (its own edit of 11-19, 23.6万 → 22.8万, log entry 9); '已取得三级，备案证明编号63222143005-24009（2024年取得）'; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志12个月 可追溯; 人行征信中心 + 百行征信; 个人征信查询, 风控模型, 反欺诈模型, 还款计划及提醒, 风控审批, 用户管理; 免费维护12个月 含bug修复及小版本升级; 政策 免费适配; 7×24, 1小时内; 终身技术咨询; '2.2万元/年'; 全部写入合同; 完整源码 无加密. 3 years: 228,000 + 2 × 22,000 = 272,000.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD_AF),
        dict(vendor=ZES, gate="pass", price=245000,
             why="row 6: '24.5万' (typed '24.5w' by the vendor, reformatted by the assistant: the same amount) 含税 = 245,000 inside 18–25万; '三级，备案证明编号63222243011-25003'; SM4; HTTPS; RBAC; 日志6个月 (not under 6); 百行征信; 个人征信, 风控模型, 反欺诈, 还款管理, 风控审批, 用户管理, 营销插件 (deferrable); 售后 as the vendor itself changed it on 11-20 (log entry 11): '免费维护6个月，仅修复缺陷'; '一般政策调整免费，重大政策调整另行报价' (conditional); 7×24, 2小时内 (not over 2); 终身技术咨询; '3万元/年'; 写入合同; 完整源码.",
             values=_vals(audit_log_months=6, free_maintenance_months=6, maintenance_includes_upgrades=False,
                          policy_adaptation_free=False, response_hours=2, annual_fee_after_warranty_cny=30000,
                          source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=PC + CORE + ["anti_fraud", "marketing_plugins"], fex=BLOAT,
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "conditional"],
             flex=GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                "no_licensed_credit_bureau", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                                "not_in_contract", "bloat_features", "source_partial", "source_licence_only", "claimed",
                                "no_anti_fraud"]),
        dict(vendor=QJ, gate="unverified", price=216000,
             why="row 5: '21.6万' 含税 = 216,000 inside 18–25万. 等保 cell F5 shows '已取得', but the log says its own salesman 李海峰 (外部协作者) typed '三级测评中，预计2026年3月取得备案证明' (entry 1) and the buyer's assistant 马晓燕 (内部成员) overwrote it (entry 7) after a phone call ('李经理说三级证书已经下来了…证书扫描件后补'): the vendor's written word is in progress, the overwrite is the buyer's hearsay — claimed, unverified. Otherwise stated and good: 个人征信查询, AI风控模型, 反欺诈, 还款计划及提醒, 风控审批, 用户管理; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志12个月; 人行 + 百行; 12个月 with minor upgrades; 政策 免费; 7×24, 1小时内; 终身咨询; '2万元/年'; 全部写入合同; 完整源码.",
             values=_vals("mlps_level3", response_hours=1, annual_fee_after_warranty_cny=20000,
                          source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["claimed"], flex=CLEAN_BUT_GATE + ["no_anti_fraud"]),
        dict(vendor=MD, gate="fail", price=138000,
             why="row 7: '二级（已备案）' = FAIL. 功能模块 '个人征信查询、还款管理、风控审批、用户管理' — a stated list without the risk model: missing, FAIL; no anti-fraud. '13.8万' 含税 = 138,000 (under 15万). AES (no SM4); HTTPS; 角色权限; 日志3个月; '支持对接征信' (claimed); '免费维护3个月，仅修复bug'; '政策调整另行收费'; '5×8，次日响应' (24 h); '1.2万元/年'; '授权使用，不提供源码' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24,
                         annual_fee_after_warranty_cny=12000, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated"),
             fin=["personal_credit_report", "repayment_management", "risk_approval", "user_management"],
             fex=["risk_model", "anti_fraud"] + BLOAT,
             flin=["no_mlps_level3", "missing_must_have", "price_below_15w", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "source_licence_only", "claimed", "no_anti_fraud"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "no_tls", "no_access_control",
                   "bloat_features", "source_partial"]),
    ]
    write_toml(C2_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [C2_NAME], GSK,
               "门源岗什卡 proves every gate (备案证明编号63222143005-24009, SM4 on 身份证号/手机号/银行卡号, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every personal-credit must-have with anti-fraud, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 2.2万 a year, all in the contract and full source, at 228,000 含税 inside 18–25万. 湟中群加 (216,000) shows '已取得' only because the buyer's assistant overwrote its own '三级测评中，预计2026年3月取得备案证明' after a phone call (the log's entry 7, her note in L5): unverified. 祁连卓尔山 passes but is worse on every count (its own edit down to 6 months, bug fixes only); 循化孟达 is 等保二级 and lacks the risk model (fail); 都兰热水 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzc_03  消费分期 — an AI document-extraction service's batch export: extracted value beside the evidence it quotes
# ---------------------------------------------------------------------------------------------
C3_NAME = "zzzc_03_ci_ai_wendang_chouqu_yuanwen_yiju_utf8bom.csv"
BDK = "民乐扁都口数科有限公司"
LYK = "临泽梨园口信息技术有限公司"
HYL = "金塔胡杨林科技有限公司"
DJ = "古浪大靖软件有限公司"
F_BDK = "民乐扁都口数科_消费分期系统报价单_20251118.pdf"
F_LYK = "临泽梨园口信息_分期业务系统报价方案.pdf"
F_HYL = "Jinta_Huyanglin_Quotation_CI-2025-118.pdf"
F_DJ = "古浪大靖软件-报价单（扫描件）.pdf"
C3_HEAD = ["文件名 File", "抽取字段 Field", "抽取结果 Extracted value", "原文依据 Evidence (source text)", "页码 Page",
           "置信度 Confidence", "人工复核 Review"]
NOT_FOUND = "（原文未找到 Not found in document）"
# (field, extracted value, evidence, page, confidence, review)
C3_DOCS = {
    F_BDK: [
        ("供应商名称", BDK, "报价单位：民乐扁都口数科有限公司（盖章）", "4", "0.99", ""),
        ("报价总额", "¥258,000", "报价合计：人民币贰拾伍万捌仟元整（¥258,000.00）", "3", "0.97", "已核"),
        ("计税方式", "含税（13%）", "以上报价含税，开具13%增值税专用发票。", "3", "0.95", ""),
        ("功能模块", "商品管理；分期计算器；订单跟踪；风控审批；还款管理；用户管理",
         "本次报价包含：商品管理、分期计算器、订单跟踪、风控审批、还款管理（还款计划及提醒）、用户管理六大模块。", "2", "0.93", ""),
        ("选配/另计", "无", "本报价无选配及另计项目。", "3", "0.90", ""),
        ("等保三级", "已取得（备案证明编号62072243010-24005）",
         "系统已取得网络安全等级保护第三级备案证明，备案证明编号62072243010-24005（2024年6月取得），定级对象：扁都口消费分期业务管理系统。",
         "5", "0.96", "已核"),
        ("数据加密", "SM4", "客户身份证号、手机号、银行卡号采用国密SM4算法加密存储。", "5", "0.94", ""),
        ("传输加密", "HTTPS", "全站HTTPS（TLS1.2及以上）。", "5", "0.95", ""),
        ("权限管理", "RBAC", "基于角色的权限控制（RBAC），按岗位分配菜单及数据权限。", "5", "0.92", ""),
        ("日志保存期", "12个月", "操作日志保存12个月，异常操作可追溯。", "5", "0.95", ""),
        ("征信接口", "人行征信中心、百行征信", "征信接口已对接人行征信中心、百行征信。", "4", "0.93", ""),
        ("免费维护期", "12个月", "免费维护期12个月，自系统上线验收之日起算。", "6", "0.96", ""),
        ("维护范围", "bug修复及小版本升级", "维护期内提供缺陷修复及小版本升级。", "6", "0.91", ""),
        ("政策适配", "免费", "因监管政策调整所需的系统适配，免费提供。", "6", "0.90", ""),
        ("技术支持时段", "7×24小时", "提供7×24小时技术支持。", "6", "0.95", ""),
        ("响应时间", "2小时", "故障2小时内响应，指定专属工程师。", "6", "0.94", ""),
        ("终身技术咨询", "提供", "提供终身技术咨询。", "6", "0.92", ""),
        ("维保期满后年费", "2.5万元/年", "免费维护期满后，年度维保费2.5万元/年。", "6", "0.93", ""),
        ("写入合同", "是", "以上各项服务承诺均写入正式合同。", "7", "0.90", ""),
        ("源码交付", "完整源码", "交付完整源代码，无加密，可二次开发。", "7", "0.95", ""),
    ],
    F_LYK: [
        ("供应商名称", LYK, "临泽梨园口信息技术有限公司　分期业务系统报价方案", "1", "0.98", ""),
        ("报价总额", "¥236,000", "方案总价：23.6万元（含税）", "9", "0.96", "已核"),
        ("计税方式", "含税", "方案总价：23.6万元（含税）", "9", "0.94", ""),
        ("功能模块", "商品管理；分期计算器；订单跟踪；风控审批；还款管理；用户管理",
         "功能清单：商品管理、分期计算器、订单状态跟踪、风控审批流、还款计划与提醒、用户管理", "4", "0.92", ""),
        ("选配/另计", "无", "方案总价已包含上述全部功能模块。", "9", "0.85", ""),
        ("等保三级", "已取得等保三级",
         "本系统严格按照网络安全等级保护三级（等保2.0）标准设计开发，可协助客户完成等保测评及备案工作。", "6", "0.68", "已核"),
        ("数据加密", "SM4", "敏感字段（身份证号、手机号、银行卡号）SM4加密存储。", "6", "0.93", ""),
        ("传输加密", "HTTPS", "全站HTTPS传输。", "6", "0.94", ""),
        ("权限管理", "RBAC", "RBAC角色权限管理。", "6", "0.93", ""),
        ("日志保存期", "12个月", "操作日志保存12个月。", "6", "0.95", ""),
        ("征信接口", "人行征信中心、百行征信", "已对接人行征信中心、百行征信。", "5", "0.93", ""),
        ("免费维护期", "12个月", "免费维护12个月。", "8", "0.95", ""),
        ("维护范围", "bug修复及小版本升级", "维护期内含bug修复及小版本升级。", "8", "0.92", ""),
        ("政策适配", "免费", "监管政策调整免费适配。", "8", "0.91", ""),
        ("技术支持时段", "7×24小时", "7×24小时技术支持。", "8", "0.95", ""),
        ("响应时间", "1小时", "1小时内响应。", "8", "0.94", ""),
        ("终身技术咨询", "提供", "提供终身技术咨询。", "8", "0.92", ""),
        ("维保期满后年费", "2万元/年", "维保期满后2万元/年。", "8", "0.93", ""),
        ("写入合同", "是", "上述服务承诺均写入合同。", "9", "0.90", ""),
        ("源码交付", "完整源码", "完整源码交付，可二次开发。", "9", "0.94", ""),
    ],
    F_HYL: [
        ("供应商名称", HYL, "Jinta Huyanglin Technology Co., Ltd.（金塔胡杨林科技有限公司）", "1", "0.97", ""),
        ("报价总额", "¥248,000（含税）", "Total price: CNY 248,000 (excluding VAT; VAT at 13% to be added)", "3", "0.88", ""),
        ("计税方式", "含税", "Total price: CNY 248,000 (excluding VAT; VAT at 13% to be added)", "3", "0.52", ""),
        ("功能模块", "商品管理；分期计算器；订单跟踪；风控审批；还款管理；用户管理",
         "Modules included: product catalogue, instalment calculator, order tracking, risk approval workflow, repayment "
         "schedule & reminders, user management", "2", "0.90", ""),
        ("选配/另计", "积分商城 +¥18,000", "Optional: points mall, +CNY 18,000 (excl. VAT), not included in the total price",
         "3", "0.91", ""),
        ("等保三级", "已取得（备案证明编号62092143004-24012）",
         "MLPS Level 3 filing certificate No. 62092143004-24012, obtained March 2024, for the Huyanglin Consumer Instalment "
         "Platform", "4", "0.95", "已核"),
        ("数据加密", "SM4", "ID card numbers and mobile numbers are encrypted with SM4", "4", "0.93", ""),
        ("传输加密", "HTTPS", "HTTPS (TLS 1.2) throughout", "4", "0.94", ""),
        ("权限管理", "角色权限", "Role-based access control", "4", "0.92", ""),
        ("日志保存期", "6个月", "Operation logs are retained for 6 months", "4", "0.94", ""),
        ("征信接口", "百行征信", "Credit bureau interface: Baihang Credit", "4", "0.90", ""),
        ("免费维护期", "12个月", "12 months' free maintenance from go-live", "5", "0.95", ""),
        ("维护范围", "缺陷修复（版本升级另行收费）",
         "Maintenance covers bug fixes only; version upgrades are charged separately", "5", "0.90", ""),
        ("政策适配", "一般调整免费，重大调整另行报价",
         "Minor regulatory changes are adapted free of charge; major regulatory changes are quoted separately", "5",
         "0.89", ""),
        ("技术支持时段", "7×24小时", "24/7 support hotline", "5", "0.93", ""),
        ("响应时间", "4小时", "Response within 4 hours", "5", "0.94", ""),
        ("终身技术咨询", "提供",
         NOT_FOUND + "；联网检索补充：该公司官网“服务承诺”页面称“终身免费技术咨询”", "—", "0.41", ""),
        ("维保期满后年费", "3万元/年", "After the free period: CNY 30,000 per year", "5", "0.92", ""),
        ("写入合同", "是", "All service commitments above will be written into the contract", "6", "0.90", ""),
        ("源码交付", "完整源码", "Full source code delivered, unencrypted", "6", "0.94", ""),
    ],
    F_DJ: [
        ("供应商名称", DJ, "古浪大靖软件有限公司　报价单", "1", "0.97", ""),
        ("报价总额", "¥128,000", "合计：12.8万元（含税）", "1", "0.90", ""),
        ("计税方式", "含税", "合计：12.8万元（含税）", "1", "0.90", ""),
        ("功能模块", "商品管理；分期计算器；订单跟踪；风控审批；还款管理；用户管理",
         "功能：商品管理、分期计算器、风控审批、还款管理、用户管理（订单跟踪模块暂未开发，可二期定制）", "1", "0.81", ""),
        ("选配/另计", "无", NOT_FOUND, "—", "0.30", ""),
        ("等保三级", "未取得", "等保：二级（已备案）", "1", "0.92", ""),
        ("数据加密", "AES", "数据库AES加密", "1", "0.90", ""),
        ("传输加密", "HTTPS", "HTTPS", "1", "0.91", ""),
        ("权限管理", "有", "角色权限", "1", "0.88", ""),
        ("日志保存期", "3个月", "日志保存3个月", "1", "0.92", ""),
        ("征信接口", "支持", "支持对接征信", "1", "0.80", ""),
        ("免费维护期", "3个月", "免费维护3个月，仅修复bug", "2", "0.93", ""),
        ("维护范围", "bug修复", "免费维护3个月，仅修复bug", "2", "0.90", ""),
        ("政策适配", "收费", "政策调整另行收费", "2", "0.89", ""),
        ("技术支持时段", "5×8", "技术支持：工作日9:00-17:30", "2", "0.91", ""),
        ("响应时间", "次日", "次日响应", "2", "0.90", ""),
        ("终身技术咨询", "未提及", NOT_FOUND, "—", "0.35", ""),
        ("维保期满后年费", "1万元/年", "维保期满后1万元/年", "2", "0.92", ""),
        ("写入合同", "未提及", NOT_FOUND, "—", "0.35", ""),
        ("源码交付", "授权使用", "授权使用，绑定域名", "2", "0.93", ""),
    ],
}


def build_zzzc03():
    width = len(C3_HEAD)
    rows = [
        ["DocAI 批量抽取结果导出 Batch extraction export"],
        ["任务 Task：消费分期系统报价单关键字段抽取（高台骆驼城小额贷款 采购部）；文件数 Files：4；模型 Model：DocAI-Extract v2.3；"
         "导出时间 Exported：2025-11-27 10:15"],
        ["提示 Note：抽取结果由AI自动生成，可能存在错误或推断，请以“原文依据”为准；“人工复核”列由使用者填写。Extracted values are "
         "AI-generated and may contain errors or inferences; the evidence text prevails. The Review column is filled in by the user."],
        [],
        C3_HEAD,
    ]
    for fname, fields in C3_DOCS.items():
        assert len(fields) == 20
        for field, value, evidence, page, conf, review in fields:
            rows.append([fname, field, value, evidence, page, conf, review])
    rows = [r + [""] * (width - len(r)) for r in rows]
    write_csv(C3_NAME, rows, "utf-8-sig")

    comment = """Voice: 高台骆驼城小额贷款 (张掖高台, consumer instalments through farm-machinery and appliance dealers, no cross-border business;
  the type's band is 20–30万). Its purchasing department ran the four vendors' PDF quotes through a SaaS "DocAI" batch extraction
  task and exported the result as CSV; an intern, 张宇, ticked a few rows 已核 in the tool's 人工复核 column. Nobody else touched it.
Layout: CSV in UTF-8 with BOM, comma-separated, CRLF, every line padded to seven fields. Line 1 the export's title, line 2 the task
  line (task, 4 files, model, export time), line 3 the tool's own warning — "抽取结果由AI自动生成，可能存在错误或推断，请以“原文依据”为准
  … the evidence text prevails" —, an empty line, then the bilingual header 文件名 File | 抽取字段 Field | 抽取结果 Extracted value |
  原文依据 Evidence (source text) | 页码 Page | 置信度 Confidence | 人工复核 Review, and 80 lines: the same twenty fields for each file in
  turn (供应商名称, 报价总额, 计税方式, 功能模块, 选配/另计, 等保三级, 数据加密, 传输加密, 权限管理, 日志保存期, 征信接口, 免费维护期, 维护范围,
  政策适配, 技术支持时段, 响应时间, 终身技术咨询, 维保期满后年费, 写入合同, 源码交付). One vendor's PDF is in English (its evidence is
  English, the extracted values Chinese); where the tool found nothing it writes "（原文未找到 Not found in document）", once followed by
  what it found on the web.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: a long table, one quote per file, named by its 供应商名称 field; the item is 抽取字段 and the value is the vendor's own text in
  原文依据 — the 抽取结果 is the machine's paraphrase, and the file itself says the evidence prevails (analyst-reading: "a register of the
  vendors' replies copied word for word beside a clerk's summary: the reply is read and the summary is the clerk's ('三级✓' beside
  '按等保三级标准设计' stays a claim; '含税' beside '以上均为不含税价格' does not make it tax-inclusive)"; "a drop-down … form whose
  instructions say the remarks govern": what they state replaces the option). 页码 and 置信度 are no amounts; 人工复核's "已核" is the
  buyer's and proves nothing more. What the tool took from the vendor's website is not in the vendor's quote. Four quotes.
Traps: the decisive one is 梨园口's 等保 row. Its 抽取结果 reads "已取得等保三级" (and the intern ticked 已核); with it 临泽梨园口 is the
  cheapest quote inside the band (236,000 含税), with every instalment must-have and every term at its best (SM4, HTTPS, RBAC, 12-month
  logs, 人行 + 百行, 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 2万 a year, in the
  contract, full source): a reader of the extracted values picks 临泽梨园口信息技术. But the evidence the tool quotes is "本系统严格按照
  网络安全等级保护三级（等保2.0）标准设计开发，可协助客户完成等保测评及备案工作" (confidence 0.68): designed to the standard, no filing — a
  claim ("按等保三级设计", "等保测评协助"), the gate UNVERIFIED, below every pass. The careful pick is 民乐扁都口: "已取得网络安全等级保护
  第三级备案证明，备案证明编号62072243010-24005（2024年6月取得），定级对象：扁都口消费分期业务管理系统", SM4 on 身份证号/手机号/银行卡号,
  TLS1.2, RBAC by post, 12-month logs with tracing, 人行 + 百行, all six modules, 12 months with minor upgrades, free policy adaptation,
  7×24 within 2 hours with a named engineer, lifetime consulting, 2.5万 a year, all in the contract, full unencrypted source, at
  258,000 含税 ("贰拾伍万捌仟元整（¥258,000.00）", 13% 专票) inside 20–30万. 金塔胡杨林 (English PDF) passes too, but its evidence says
  "CNY 248,000 (excluding VAT; VAT at 13% to be added)" — the machine's "含税" (confidence 0.52) is wrong: 280,240 — and it is worse on
  every count (6-month logs, Baihang only, bug fixes only with upgrades charged, major regulatory changes quoted separately, 4 hours,
  3万 a year); its optional points mall (+18,000, deferrable) is not bought. 古浪大靖 fails: "等保：二级（已备案）", and its own words
  "订单跟踪模块暂未开发，可二期定制" (the machine listed 订单跟踪 among its modules: it is not in this quote — missing); 12.8万 (under 15万),
  AES, 3-month logs, 3 months bug fixes, policy charged, office hours, next day, "授权使用，绑定域名".
Not settled and not asserted: the VALUE of 梨园口's 等保 (a design claim: whether it is recorded true-as-claimed or otherwise; its
  standing is claimed and its gate unverified either way) and whether it also carries no_mlps_level3; 胡杨林's lifetime consulting —
  the PDF says nothing, the tool filled "提供" from the company's website: unknown or at most a claim, not asserted (胡杨林 trails 扁都口
  on every other count); the standing of 胡杨林's "bug fixes only; version upgrades are charged separately" and of 大靖's "仅修复bug" and
  "另行收费" (values false either way); 大靖's consulting and contract (not found: unknown). None of them moves a gate or the pick."""
    vendors = [
        dict(vendor=BDK, gate="pass", price=258000,
             why=f"file {F_BDK}: 报价总额 '人民币贰拾伍万捌仟元整（¥258,000.00）', '以上报价含税，开具13%增值税专用发票' = 258,000 inside 20–30万; '已取得网络安全等级保护第三级备案证明，备案证明编号62072243010-24005（2024年6月取得）'; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS（TLS1.2及以上）; RBAC; 日志12个月 with tracing; 人行征信中心 + 百行征信; 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款管理（还款计划及提醒）, 用户管理; 免费维护期12个月; 缺陷修复及小版本升级; 政策适配 免费; 7×24; 2小时内, 指定专属工程师; 终身技术咨询; '2.5万元/年'; 均写入正式合同; 完整源代码 无加密. 3 years: 258,000 + 2 × 25,000 = 308,000.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor=HYL, gate="pass", price=280240,
             why=f"file {F_HYL} (English): 'Total price: CNY 248,000 (excluding VAT; VAT at 13% to be added)' = 248,000 × 1.13 = 280,240 inside 20–30万 — the extracted '¥248,000（含税）' and '含税' (0.52) contradict the evidence, which prevails. 'Optional: points mall, +CNY 18,000 (excl. VAT), not included in the total price' — deferrable, not bought, not included. 'MLPS Level 3 filing certificate No. 62092143004-24012, obtained March 2024'; SM4 on ID card and mobile numbers; HTTPS (TLS 1.2); role-based access control; logs 6 months (not under 6); Baihang Credit; 12 months' free maintenance; 'bug fixes only; version upgrades are charged separately'; 'major regulatory changes are quoted separately' (conditional); 24/7; within 4 hours; 'CNY 30,000 per year'; written into the contract; full source, unencrypted. Lifetime consulting: not in the PDF (the tool's '提供' comes from the website) — not asserted.",
             values=_vals("lifetime_consulting", audit_log_months=6, maintenance_includes_upgrades=False,
                          policy_adaptation_free=False, response_hours=4, annual_fee_after_warranty_cny=30000,
                          source_code_delivery="full"),
             status=_st(lifetime_consulting=None, maintenance_includes_upgrades=None,
                        policy_adaptation_free="conditional", response_hours="stated"),
             fin=CI + CORE + REPAY, fex=["points_mall"] + BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional"],
             flex=GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                "no_licensed_credit_bureau", "maintenance_under_12m", "no_7x24", "not_in_contract",
                                "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor=LYK, gate="unverified", price=236000,
             why=f"file {F_LYK}: '方案总价：23.6万元（含税）' = 236,000 inside 20–30万. 等保三级: extracted '已取得等保三级' (confidence 0.68, the intern's '已核'), but the evidence is '本系统严格按照网络安全等级保护三级（等保2.0）标准设计开发，可协助客户完成等保测评及备案工作' — designed to the standard, help with the assessment, no filing: claimed, unverified. Otherwise stated and good: 商品管理, 分期计算器, 订单状态跟踪, 风控审批流, 还款计划与提醒, 用户管理; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志12个月; 人行 + 百行; 12个月 with minor upgrades; 政策 免费; 7×24; 1小时内; 终身咨询; '2万元/年'; 写入合同; 完整源码.",
             values=_vals("mlps_level3", response_hours=1, annual_fee_after_warranty_cny=20000,
                          source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["claimed"], flex=CLEAN_BUT_GATE),
        dict(vendor=DJ, gate="fail", price=128000,
             why=f"file {F_DJ}: '等保：二级（已备案）' = FAIL. Its 功能 evidence '商品管理、分期计算器、风控审批、还款管理、用户管理（订单跟踪模块暂未开发，可二期定制）' — the extracted list's 订单跟踪 is the machine's error: not in this quote, missing, FAIL. '合计：12.8万元（含税）' = 128,000 (under 15万). AES (no SM4); HTTPS; 角色权限; 日志3个月; '支持对接征信' (claimed); '免费维护3个月，仅修复bug'; '政策调整另行收费'; '工作日9:00-17:30' (no 7×24); '次日响应' (24 h); '1万元/年'; '授权使用，绑定域名' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24,
                         annual_fee_after_warranty_cny=10000, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated"),
             fin=["product_management", "installment_calculator", "risk_approval", "repayment_management",
                  "user_management"],
             fex=["order_tracking"] + BLOAT,
             flin=["no_mlps_level3", "missing_must_have", "price_below_15w", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "source_licence_only", "claimed"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "no_tls", "no_access_control",
                   "bloat_features", "source_partial"]),
    ]
    write_toml(C3_NAME.replace(".csv", ".toml"), comment, "consumer_installment", [C3_NAME], BDK,
               "民乐扁都口's own words (the 原文依据 the tool quotes) prove every gate (备案证明编号62072243010-24005 for its 消费分期业务管理系统, SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs, 人行 + 百行), list every instalment must-have, and give 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, 2.5万 a year, all in the contract and full source, at 258,000 含税 inside 20–30万. 临泽梨园口 (236,000) is '已取得' only in the machine's paraphrase: its evidence says the system is designed to the level-3 standard and it can help with the assessment — a claim, unverified. 金塔胡杨林 passes at 280,240 (its English 'excluding VAT' over the machine's 含税) and is worse on every count; 古浪大靖 is 等保二级 and its own words leave order tracking out (fail).",
               vendors)


if __name__ == "__main__":
    build_zzzc01()
    build_zzzc02()
    build_zzzc03()
