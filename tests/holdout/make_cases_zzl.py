"""Build the "zzl" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside; all three are files that came out of ANOTHER TOOL, as a buyer really gets them:

zzl_01 — an .xlsx (personal credit) made by WPS "PDF转Excel" from the PDF of an OA-generated 供应商比选情况表 (vendors as rows,
  three printed pages). What the converter did: the PDF had no vertical rules, so it guessed the columns from the gaps and added
  TWO NARROW COLUMNS WITHOUT A HEADER (after 功能模块 and after 售后服务承诺) into which the tail of a long line fell on some rows —
  '…、风控模型（选配' | '，另加3.8万元，不含税）', '…以上承诺均写' | '入合同', '…还款管' | '理、审批、用户管理'; the PDF's character
  spacing left STRAY SPACES inside words and numbers ('2 2.8万元（含税）' is 22.8万, '1 2个月', '等 保三级', 'S M4', '百 行征信',
  '7× 24小时', '1 9.6万元'); every page's letterhead, title ('（续）') and header row were converted with it, and the page
  footers '第 N 页 共 3 页' sit between the vendors. The colleague who converted it put a note on top saying so.
zzl_02 — a CSV in GBK (merchant loans) exported by a state-owned group's e-procurement platform: the 开标一览表 of a 比选, one
  row per bidder, platform columns (标段编号, 统一社会信用代码, 解密状态, 递交时间) beside the bidders' online answers; the two
  answer fields bidders typed into the platform's RICH-TEXT EDITOR are exported as RAW HTML ('<p style="font-size:14px;
  line-height:1.5">', '<strong>12</strong>&nbsp;个月', '7&times;24', '响应时间&lt;=2小时', '&ldquo;…&rdquo;', '<br/>', '<ul><li>',
  an <img> of a certificate, and STRUCK TEXT kept as <s>…</s> / <del>…</del> where a bidder revised its answer); one bid failed
  to decrypt (解密失败, deemed withdrawn).
zzl_03 — an .xlsx downloaded from 腾讯问卷 (consumer installments): the buyer's questionnaire, one row per submission, the survey
  tool's own columns (编号, 开始/结束答题时间, 答题时长, IP属地, 来源), single-choice answers as the option's text ('其他〖…〗' for an
  own answer), a matrix question exported one column per row ('13、售后服务承诺（矩阵单选）—技术支持时间'), and every MULTI-SELECT
  QUESTION SPLIT INTO ONE COLUMN PER OPTION holding 1 (ticked) or 0 (not ticked) — the option's name is in the HEADER, the same for
  every vendor, so the modules a vendor offers are only the columns it marked 1; an '—其他（请注明）' text column after each.

The expected reading of every file is in the matching zzl_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzl.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, BOX, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, NOGATE, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _st(**over):
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return s


# ---------------------------------------------------------------------------------------------
# zzl_01  个人信用贷 — a PDF comparison run through WPS "PDF转Excel": header-less split columns, stray spaces, page furniture
# ---------------------------------------------------------------------------------------------
L1_NAME = "zzl_01_pc_pdf_zhuanhuan_chailie_kongge.xlsx"
L1_HEAD = ["序号", "供应商名称", "报价", "功能模块", None, "等保三级", "数据安全", "征信接口", "售后服务承诺", None, "源码交付",
           "期满年费", "比选意见（信息科技部）"]
L1_LETTERHEAD = "黔南州都匀市匀东小额贷款有限公司"
L1_TITLE = "个人信用贷系统源码供应商比选情况表"
# one row per vendor, in the 13 columns of the converted sheet (E and J are the converter's header-less split columns)
L1_ROWS = [
    ["1", "伊宁金桥数科有限公司", "2 2.8万元（含税）",
     "个人征信查询（人行二代征信、百 行征信）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及还款提醒、风控审批流、用户管理", None,
     "已取得 等 保三级，备案证明编号 65400243012-25003",
     "身份证号、手机号、银行卡号 S M4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月",
     "人行征信中心、百行征信",
     "免费维护1 2个月，含bug修复及小版本升级；监管政策调整免费适配；7× 24小时技术支持，2小时内响应；终身技术咨询；以上承诺均写",
     "入合同", "完整源码，无加密，可二次开发", "2.4万元/年", None],
    ["2", "奎屯天北软件有限公司", "21.5万元（含税）",
     "个人征信查询（百行征信）、反欺诈、还款管理、风控审批、用户管理、风控模型（选配", "，另加3.8万元，不含税）",
     "已取得三级，备案证明编号65400343005-24013", "SM4加密；HTTPS；RBAC；日志保存12个月", "百行征信",
     "免费维护12个月，含bug修复及小版本升级；政策适配免费；7×24小时技术支持，2小时内响应；终身技术咨询；写入合同", None,
     "完整源码，可二次开发", "2.2万元/年", "建议首选（21.5万，预算内）"],
    ["3", "博乐赛湖信息技术有限公司", "19.8万元",
     "个人征信、智能风控、反欺诈、还款管理、审批流、用户管理、区块链存证、智能客服机器人", None,
     "按等保三级标准建设，可协助客户通过测评", "国密算法加密；HTTPS；完善的权限体系；日志长期保存", "支持对接主流征信机构",
     "终身免费维护，7×24小时服务，响应及时", "；服务承诺可写入合同", "完整源码", "面议", "资质材料待补"],
    ["4", "扎兰屯雅鲁网络科技有限公司", "13.6万元（含税）",
     "个人征信查询（百行征信）、风控模型、反欺诈、还款管", "理、审批、用户管理",
     "已取得三级，备案证明编号15078343009-24021", "AES加密；HTTPS；RBAC；日志保存6 个月", "百行征信",
     "免费维护6个月，仅修复bug（版本升级另计）；工作日9:00-18:00技术支持，4小时内响应；政策适配另行收费；终身技术咨询；写入合同",
     None, "完整源码", "1.5万元/年", "价格最低，售后偏弱"],
    ["5", "牙克石林海云科技有限公司", "1 9.6万元（不含税，税率6%）",
     "个人征信查询（人行征信）、反欺诈、还款管理、风控审批、用户管理", "（风控模型列入二期开发，届时另行报价）",
     "已取得三级，备案证明编号15078243002-25007", "SM4加密；HTTPS；RBAC；日志保存12个月", "人行征信中心",
     "免费维护12个月，含小版本升级；7×24小时技术支持，1小时内响应；政策适配免费；终身技术咨询；写入合同", None,
     "完整源码，无加密", "2万元/年", "风控模型要等二期"],
    ["6", "二连浩特口岸数据服务有限公司", "——", "——", None, "——", "——", "——", "——", None, "——", "——",
     "11月20日来函放弃本次比选"],
]


def build_zzl01():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    plain = Alignment(horizontal="left", vertical="center", wrap_text=False)
    centre = Alignment(horizontal="center", vertical="center")
    r = 1
    note = ("【转换说明】本表由OA导出的《个人信用贷系统源码供应商比选情况表》PDF经WPS“PDF转Excel”转换，未逐格校对：转换后部分文字、"
            "数字中间多出空格（如“1 2个月”即12个月）；个别较长的内容被拆到右侧无标题的窄列里，需与左边的单元格连起来看；每页的页眉、"
            "表头和页码也一起转了过来。——综合部 陈晓 2025-11-27")
    put_row(ws, r, [note], fill=YELLOW, border=False, align=plain)
    r += 1
    pages = [L1_ROWS[0:2], L1_ROWS[2:4], L1_ROWS[4:6]]
    for p, rows in enumerate(pages, start=1):
        ws.cell(row=r, column=4, value=L1_LETTERHEAD).font = Font(bold=True, size=12)
        r += 1
        ws.cell(row=r, column=4, value=L1_TITLE if p == 1 else L1_TITLE + "（续）").font = Font(bold=True, size=14)
        r += 1
        if p == 1:
            ws.cell(row=r, column=1, value="编号：YDXD-KJ-2025-031")
            ws.cell(row=r, column=9, value="填报日期：2025年11月26日")
            r += 1
        put_row(ws, r, L1_HEAD, font=BOLD, align=centre)
        for c in (5, 10):  # the converter's split columns are boxed too, with nothing in the header
            ws.cell(row=r, column=c).border = BOX
        r += 1
        for row in rows:
            put_row(ws, r, row)
            for c, v in enumerate(row, start=1):
                if v is None:
                    ws.cell(row=r, column=c).border = BOX
            r += 1
        if p == 3:
            put_row(ws, r, ["说明：1. 本次采购个人信用贷系统源码，预算18-25万元（含税）；2. 我司仅在本地开展个人信用贷业务，无跨境业务；"
                            "3. 表中内容摘自各供应商盖章报价函，以报价函为准。"], border=False, align=plain)
            r += 1
            put_row(ws, r, ["经办：罗敏　　　复核：杨帆　　　部门负责人：王涛"], border=False, align=plain)
            r += 1
        ws.cell(row=r, column=6, value=f"第 {p} 页 共 3 页").alignment = centre
        r += 1
    widths(ws, [6, 22, 14, 40, 14, 26, 34, 16, 46, 12, 22, 12, 20])
    _save(wb, L1_NAME)

    comment = f"""Voice: 罗敏 of the 信息科技部 at 黔南州都匀市匀东小额贷款 (local personal credit only, no cross-border business, budget
  18-25万 含税) wrote the 比选情况表 in the OA, which printed it as a three-page PDF; 陈晓 of the 综合部 turned the PDF into Excel with
  WPS "PDF转Excel" and put her 【转换说明】 on top. The 比选意见（信息科技部） column, the 说明 and signature lines are the buyer's; the
  other cells of the vendor rows are extracts of the vendors' stamped quote letters.
Layout: .xlsx, sheet Sheet1, as the converter wrote it: row 1 her note; then per printed page the letterhead ({L1_LETTERHEAD}) and
  the title in column D (pages 2 and 3 '…（续）'), on page 1 a line 编号：YDXD-KJ-2025-031 | 填报日期：2025年11月26日, the header row
  {' | '.join(h or '(blank)' for h in L1_HEAD)}, two vendor rows, and the footer '第 N 页 共 3 页' in column F; the 说明 and
  signature lines before the last footer. Columns E and J have NO HEADER: the converter split the 功能模块 and 售后服务承诺 columns
  there, and on some rows the end of the text sits in them.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the page furniture (letterhead, titles, the header row repeated on pages 2 and 3, the footers, the 编号 line) is no vendor
  and its numbers are no amounts. The header-less columns E and J continue the cell on their left and are read with it: 奎屯天北's
  module list ends '风控模型（选配' | '，另加3.8万元，不含税）' — the must-have risk model is an option at 3.8万 before VAT (no rate
  stated: 13%), so 215,000 + 38,000 × 1.13 = 257,940, above 18-25万 — not the 21.5万 '建议首选（21.5万，预算内）' of the buyer's
  column; 伊宁金桥's '以上承诺均写' | '入合同' puts its commitments in the contract; 扎兰屯雅鲁's '还款管' | '理、审批、用户管理' is
  还款管理 (present); 牙克石林海's '（风控模型列入二期开发，届时另行报价）' says the risk model is not delivered (missing: fail);
  博乐赛湖's '；服务承诺可写入合同' is willing, a claim. The stray spaces are the PDF's and are read through, as the note says: the
  decisive one is 伊宁金桥's price '2 2.8万元（含税）' = 228,000 (read as '2.8万' it would be a 28,000 quote failing the 10万 gate,
  and the pick would move), '1 2个月' = 12 months, '等 保三级', 'S M4', '百 行征信', '7× 24小时', '日志保存6 个月' = 6, and 牙克石林海's
  '1 9.6万元（不含税，税率6%）' = 196,000 × 1.06 = 207,760. 博乐赛湖 only claims (按等保三级标准建设, 国密算法, 支持对接主流征信机构,
  终身免费维护, 日志长期保存), 年费 面议, bloat (区块链存证, 智能客服机器人); 扎兰屯雅鲁 is 13.6万 (caution zone) with AES, 6 months
  bug-fix only, office hours, 4 h, paid policy changes; 二连浩特口岸 declined (all '——', not listed). Filing numbers, dates and
  '评分卡+规则引擎' are no amounts."""
    vendors = [
        dict(vendor="伊宁金桥数科有限公司", gate="pass", price=228000,
             why="row 6: 报价 '2 2.8万元（含税）' = 228,000 (a stray space from the PDF, as 陈晓's note says; not 2.8万) inside 18-25万; 等保 '已取得 等 保三级，备案证明编号 65400243012-25003'; modules 人行二代/百行 征信, 风控模型, 反欺诈模型, 还款计划及还款提醒, 风控审批流, 用户管理; 'S M4' on 身份证号/手机号/银行卡号; TLS1.2; RBAC; 12个月; 人行 + 百行; 售后 '免费维护1 2个月' = 12 with bug fixes and minor upgrades, policy free, '7× 24小时' within 2 h, lifetime consulting, '以上承诺均写' + J6 '入合同' = in the contract; '2.4万元/年' = 24,000; full source.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="奎屯天北软件有限公司", gate="pass", price=257940,
             why="row 7: '21.5万元（含税）' = 215,000, but its module list D7 + E7 reads '风控模型（选配，另加3.8万元，不含税）': the must-have risk model is an option, added at 38,000 × 1.13 = 42,940 (no rate given: 13%) — 257,940, above 18-25万; risk_model present but conditional; 等保 '已取得三级，备案证明编号65400343005-24013'; SM4, HTTPS, RBAC, 12个月, 百行; 12 months with minor upgrades, policy free, 7×24 within 2 h, consulting, contract; '2.2万元/年'; full source. The buyer's '建议首选（21.5万，预算内）' is hers.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flin=["price_over_budget"],
             flex=NOGATE + ["price_below_15w", "no_sm4", "no_tls", "no_7x24", "response_over_2h", "maintenance_under_12m",
                            "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="博乐赛湖信息技术有限公司", gate="unverified", price=198000,
             why="row 12: '19.8万元' (no tax mark: inclusive) = 198,000; 等保 '按等保三级标准建设，可协助客户通过测评' (claimed: unverified); '国密算法加密' (which one? claimed); HTTPS; '日志长期保存' (no period: a claim); '支持对接主流征信机构' (no body named: claimed); '终身免费维护' = 12 months claimed, '7×24小时服务'; J12 '服务承诺可写入合同' (willing: claimed); 年费 '面议' (unknown); modules add 区块链存证 and 智能客服机器人 (bloat); '完整源码'.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, licensed_credit_bureau=True, free_maintenance_months=12,
                         support_7x24=True, commitments_in_contract=True, annual_fee_after_warranty_cny="null",
                         source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", commitments_in_contract="claimed"),
             fin=PC + CORE + ["anti_fraud", "blockchain_evidence", "ai_customer_service"], flin=["bloat_features"],
             flex=CLAIM_FLEX),
        dict(vendor="扎兰屯雅鲁网络科技有限公司", gate="pass", price=136000,
             why="row 13: '13.6万元（含税）' = 136,000 (caution zone); modules D13 + E13 '…还款管' + '理、审批、用户管理' = 还款管理 present, with 百行 credit report, 风控模型, 反欺诈; 等保 '已取得三级，备案证明编号15078343009-24021'; 'AES加密' (no SM4); HTTPS; RBAC; '日志保存6 个月' = 6; 百行; '免费维护6个月，仅修复bug（版本升级另计）'; '工作日9:00-18:00' (no 7×24), 4 h; '政策适配另行收费'; consulting; contract; '1.5万元/年'; '完整源码'.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=15000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated", maintenance_includes_upgrades="conditional", response_hours="stated"),
             fin=PC + ["user_management", "anti_fraud"], fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24",
                   "response_over_2h", "policy_adaptation_charged"],
             flex=NOGATE + ["price_over_budget", "audit_log_under_6m", "no_tls", "bloat_features", "source_partial"]),
        dict(vendor="牙克石林海云科技有限公司", gate="fail", price=207760,
             why="row 18: '1 9.6万元（不含税，税率6%）' = 196,000 × 1.06 = 207,760; modules 人行 credit report, 反欺诈, 还款管理, 风控审批, 用户管理 and E18 '（风控模型列入二期开发，届时另行报价）': the must-have risk model is not in this delivery (missing: fail), never an option; otherwise 等保 '已取得三级，备案证明编号15078243002-25007', SM4, HTTPS, RBAC, 12个月, 人行, 12 months with minor upgrades, 7×24 within 1 h, policy free, consulting, contract, '2万元/年', '完整源码，无加密'.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=["personal_credit_report", "repayment_management", "anti_fraud"] + CORE, fex=["risk_model"] + BLOAT,
             flin=["missing_must_have"],
             flex=["price_below_10w", "price_missing", "no_mlps_level3", "price_below_15w", "price_over_budget",
                   "bloat_features", "no_sm4", "no_7x24"]),
    ]
    write_toml(L1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [L1_NAME], "伊宁金桥数科有限公司",
               "伊宁金桥 proves every gate (备案证明编号 65400243012-25003, SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every personal-credit must-have plus anti-fraud and no bloat, and states 12 months ('1 2个月') with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting and the contract ('以上承诺均写' + '入合同'), full source — at '2 2.8万元（含税）' = 228,000, inside 18-25万. The buyer's pick 奎屯天北 sells the must-have risk model as an option split into the header-less column ('，另加3.8万元，不含税）'): 257,940, over budget. 博乐赛湖 only claims; 扎兰屯雅鲁 is 13.6万 with AES and weak after-sales; 牙克石林海 puts the risk model in phase 2 (fail); 二连浩特口岸 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzl_02  商户经营性贷 — an e-procurement platform's 开标一览表 export, the rich-text answers as raw HTML; GBK CSV
# ---------------------------------------------------------------------------------------------
L2_NAME = "zzl_02_ml_kaibiao_yilanbiao_fuwenben_gbk.csv"
L2_HEAD = ["序号", "标段（包）编号", "投标人名称", "统一社会信用代码", "解密状态", "投标报价（元）", "计税方式", "交付期",
           "技术响应摘要", "售后服务承诺", "源码交付", "递交时间", "备注"]
P14 = '<p style="font-size:14px;line-height:1.5;text-indent:2em;">'
L2_ROWS = [
    ["1", "CHYG-2025-SZ-0417-01", "本溪平山软件有限公司", "91210502MA10KX7Q3R", "解密成功", "268000.00", "不含税（增值税税率6%）",
     "合同签订后60日历天",
     '<ul><li>企业征信查询</li><li>银行流水分析</li><li>风控审批、还款管理、用户管理</li><li>电子合同<span style="color:#ff0000;">'
     '（选配，另加32000元，不含税，未含在投标报价内）</span></li></ul><p>等保：已取得三级（备案证明编号21050243006-24019）</p>'
     '<p>数据安全：SM4；HTTPS；RBAC；日志保存12个月</p><p>征信接口：百行征信</p>',
     '<p>免费维护12个月（仅缺陷修复，版本升级另计）<br/>5&times;8技术支持（工作日），4小时内响应<br/>重大政策调整另行报价<br/>'
     '终身技术咨询<br/>写入合同<br/>维保期满年费：合同额的10%/年</p>',
     "完整源码", "2025-11-26 15:08:51", ""],
    ["2", "CHYG-2025-SZ-0417-01", "抚顺望花信息技术有限公司", "91210404MA0YB52N8K", "解密成功", "258000.00", "含税",
     "合同签订后45日历天",
     '<p>功能模块：企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、区块链存证、元宇宙营销展厅</p>'
     '<p>等保：系统&ldquo;完全满足等保三级要求&rdquo;，可协助客户完成测评</p>'
     '<p>数据安全：采用国密算法加密；HTTPS；完善的权限管理；日志长期保存</p><p>征信接口：可对接各大征信机构</p>',
     '<p>终身免费维护&hellip;&hellip;7&times;24小时服务，响应及时！</p><p>服务承诺可写入合同</p>',
     "<p>完整源码</p>", "2025-11-27 09:31:07", ""],
    ["3", "CHYG-2025-SZ-0417-01", "漳平菁城数据服务有限公司", "91350881MA8T2LDF6W", "解密成功", "286000.00", "含税",
     "合同签订后60日历天",
     '<p>报价构成：源码授权费&yen;210,000.00 + 部署实施费&yen;56,000.00 + 培训费&yen;20,000.00 = 合计&yen;286,000.00（含税）</p>'
     '<p>功能模块：企业征信查询、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理</p>'
     '<p>等保：已取得三级，备案证明编号35088143007-25002</p>'
     '<p>数据安全：敏感数据SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月</p><p>征信接口：人行征信中心、朴道征信</p>',
     '<p>免费维护期12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7&times;24小时技术支持，4小时内响应；终身技术咨询；'
     '以上写入合同；期满年费2.4万元/年。</p>',
     '<p><del>完整源码，无加密</del></p><p>核心风控引擎以SDK形式提供（不含源码），其余模块提供完整源码</p>',
     "2025-11-27 11:15:40", ""],
    ["4", "CHYG-2025-SZ-0417-01", "葫芦岛龙港数科有限公司", "91211403MA7GQ1HX5D", "解密成功", "298000.00", "含税",
     "合同签订后60日历天",
     '<p><strong>功能模块：</strong>企业征信查询、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理</p>'
     '<p><strong>等保：</strong><s>三级测评中，预计2025年10月取得</s>&nbsp;已取得三级，备案证明编号21140243011-25004&nbsp;'
     '<img src="/upload/bid/2025/11/26/f3a9c1e2.png" alt="等保备案证明" width="320" height="452"></p>'
     '<p><strong>数据安全：</strong>法人身份证号、手机号、对公账号SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月</p>'
     '<p><strong>征信接口：</strong>人行征信中心、百行征信</p>',
     P14 + "免费维护期<strong>12</strong>&nbsp;个月，含缺陷修复及小版本升级；</p>"
     + P14 + "7&times;24小时技术支持，响应时间&lt;=2小时；</p>"
     + P14 + "监管政策调整免费适配；提供终身技术咨询；</p>"
     + P14 + "维保期满后年服务费2.6万元/年；以上承诺均写入合同。</p>",
     "<p>完整源码，无加密，可二次开发</p>", "2025-11-27 16:42:08", ""],
    ["5", "CHYG-2025-SZ-0417-01", "邵武樵川网络科技有限公司", "91350781MA32W8RC1J", "解密成功", "148000.00", "含税",
     "合同签订后30日历天",
     '<p>功能模块：企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理</p><p>等保：二级（已备案），三级暂无计划</p>'
     '<p>数据安全：AES加密；HTTPS；RBAC；日志保存6个月</p><p>征信接口：百行征信</p>',
     '<p>免费维护6个月，只修bug<br>工作日9:00-17:30技术支持，次日响应<br>政策调整另行收费<br>不提供终身技术咨询<br>'
     '售后条款不写入合同</p>',
     "<p>仅授权使用，授权绑定服务器</p>", "2025-11-27 17:20:33", ""],
    ["6", "CHYG-2025-SZ-0417-01", "福安韩阳云科技有限公司", "91350981MA2YH4PT0C", "解密失败", "", "", "", "", "", "",
     "2025-11-28 08:57:12", "投标文件解密失败，按比选文件第3.5条视为撤回投标文件"],
]


def build_zzl02():
    n = len(L2_HEAD)
    pad = [""] * (n - 1)
    rows = [["楚汇阳光采购平台 — 开标一览表（导出）"] + pad,
            ["项目名称：随州市曾都区编钟小额贷款有限公司商户经营贷系统源码采购（比选）；项目编号：CHYG-2025-SZ-0417；采购方式：比选"] + pad,
            ["开标时间：2025-11-28 09:30:00；开标方式：不见面开标；最高限价：350000.00元（含税）；采购人说明：本地商户经营贷业务，无跨境业务"]
            + pad,
            ["说明：投标报价及各项应答由投标人在平台在线填写并加密，开标后自动解密；富文本字段按平台原始格式导出。"] + pad,
            L2_HEAD] + L2_ROWS + [
            ["共6条记录；解密成功5家，解密失败1家"] + pad,
            ["导出人：刘芳（采购部）；导出时间：2025-11-28 10:42:15"] + pad]
    write_csv(L2_NAME, rows, "gbk")

    comment = f"""Voice: the 楚汇阳光采购平台 (a state-owned group's e-procurement platform) exporting the 开标一览表 of 随州市曾都区编钟小额贷款's
  比选 for a merchant-loan system (local merchant loans, no cross-border business; 最高限价 350,000 含税, the type's band 25-35万);
  exported by 刘芳 of 采购部 2025-11-28 10:42. The platform's lines and columns (标段编号, 统一社会信用代码, 解密状态, 递交时间, 备注) are
  its own; 投标报价, 计税方式, 交付期 and the three answer fields are what each bidder typed in online.
Layout: CSV in GBK, CRLF; four lines above the header (title, project, opening time with 最高限价 and the buyer's scope, a 说明 that
  the rich-text fields are exported in the platform's raw format), header line 5 {' | '.join(L2_HEAD)}, six bidder lines, a count
  line and the exporter's line. 技术响应摘要, 售后服务承诺 and 源码交付 are RAW HTML from the platform's rich-text editor.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the HTML is markup, read for its text — tags and their attributes are no words of the bidder ('font-size:14px', 'line-height:
  1.5', '2em', 'width="320" height="452"', '#ff0000' and the upload path's date are no figures), entities are characters ('7&times;24'
  is 7×24, '5&times;8' 5×8, '响应时间&lt;=2小时' a response within 2 hours, '<strong>12</strong>&nbsp;个月' 12 months, '&ldquo;…&rdquo;'
  quotation marks), and STRUCK text (<s>…</s>, <del>…</del>) is the bidder's old wording, not read. The decisive trap: 葫芦岛龙港's 等保
  reads '<s>三级测评中，预计2025年10月取得</s>&nbsp;已取得三级，备案证明编号21140243011-25004' — struck in-progress wording, then the
  filing: stated (a reader keeping the struck words sees 测评中 and drops it to unverified, moving the pick); 漳平菁城 (286,000, the
  cheapest passing bid as written) struck '完整源码，无加密' and delivers its risk engine as an SDK without source (partial) and answers
  in 4 hours; its '报价构成：源码授权费&yen;210,000.00 + … = 合计&yen;286,000.00（含税）' itemises the same 286,000 (&yen; is ¥; counted
  once, never added to the 投标报价). 本溪平山's 268,000 is 不含税 at its own 6% and its 电子合同 (a must-have) is '（选配，另加32000元，不含税，未含在投标报价内）':
  (268,000 + 32,000) × 1.06 = 318,000, with bug-fix-only maintenance, 5×8, 4 h and major policy changes charged; its yearly fee
  '合同额的10%/年' is a share of a contract sum not settled here (not asserted). 抚顺望花 only claims ('完全满足等保三级要求', 国密算法,
  各大征信机构, 终身免费维护, 可写入合同) and adds 区块链存证 and 元宇宙营销展厅 (bloat); 邵武樵川 holds 等保二级 with no plan for three
  (fail) at 148,000, licence only; 福安韩阳's bid failed to decrypt and is deemed withdrawn (no price: no quote, not listed). 最高限价
  350000.00, credit codes, 交付期 days, the times and the 标段编号 are no amounts."""
    vendors = [
        dict(vendor="葫芦岛龙港数科有限公司", gate="pass", price=298000,
             why="line 9: 投标报价 298000.00, 计税 含税, inside 25-35万; 等保 '<s>三级测评中，预计2025年10月取得</s>&nbsp;已取得三级，备案证明编号21140243011-25004' — the struck words are the old answer: level 3 held, stated; modules 企业征信查询, 银行流水分析, 电子合同, 风控审批, 还款计划及提醒, 用户管理; SM4 on 法人身份证号/手机号/对公账号; TLS1.2; RBAC; 12个月; 人行 + 百行; 售后 '免费维护期<strong>12</strong>&nbsp;个月' with minor upgrades, '7&times;24', '响应时间&lt;=2小时' = 2 h, policy free, consulting, '2.6万元/年' = 26,000, '以上承诺均写入合同'; full source. The style's 14px / 1.5 / 2em are markup.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="漳平菁城数据服务有限公司", gate="pass", price=286000,
             why="line 8: 286000.00 含税 — the '报价构成' in its 技术响应摘要 (&yen;210,000.00 + &yen;56,000.00 + &yen;20,000.00 = 合计&yen;286,000.00) is the same price itemised, counted once; 等保 '已取得三级，备案证明编号35088143007-25002'; every merchant must-have; SM4, 全站HTTPS, RBAC, 12个月, 人行 + 朴道; 12 months with minor upgrades, policy free, '7&times;24' but '4小时内响应', consulting, contract, '2.4万元/年'; 源码 '<del>完整源码，无加密</del>' struck, then '核心风控引擎以SDK形式提供（不含源码），其余模块提供完整源码' = partial.",
             values=_vals(response_hours=4, annual_fee_after_warranty_cny=24000, source_code_delivery="partial"),
             status=_st(response_hours="stated"), fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["source_partial", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_7x24", "maintenance_under_12m",
                            "maintenance_excludes_upgrades", "policy_adaptation_charged", "not_in_contract",
                            "source_licence_only", "bloat_features"]),
        dict(vendor="本溪平山软件有限公司", gate="pass", price=318000,
             why="line 6: 268000.00 '不含税（增值税税率6%）'; 电子合同 (a must-have) is '（选配，另加32000元，不含税，未含在投标报价内）': added at the bid's own 6% — (268,000 + 32,000) × 1.06 = 318,000, contract_management conditional; 等保 '已取得三级（备案证明编号21050243006-24019）'; SM4, HTTPS, RBAC, 12个月, 百行; '免费维护12个月（仅缺陷修复，版本升级另计）' (upgrades conditional); '5&times;8技术支持（工作日），4小时内响应'; '重大政策调整另行报价' (conditional); consulting; contract; full source; '合同额的10%/年' not asserted.",
             values=_vals(maintenance_includes_upgrades=False, policy_adaptation_free=False, support_7x24=False, response_hours=4,
                          source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["no_7x24", "response_over_2h", "maintenance_excludes_upgrades", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "maintenance_under_12m",
                            "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="抚顺望花信息技术有限公司", gate="unverified", price=258000,
             why="line 7: 258000.00 含税; 等保 '系统&ldquo;完全满足等保三级要求&rdquo;，可协助客户完成测评' (claimed: unverified); '采用国密算法加密' (which one? claimed); HTTPS; '日志长期保存' (no period); '可对接各大征信机构' (no body named: claimed); '终身免费维护' = 12 months claimed; '7&times;24小时服务'; '服务承诺可写入合同' (willing: claimed); modules add 区块链存证 and 元宇宙营销展厅 (bloat); '完整源码'.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, licensed_credit_bureau=True, free_maintenance_months=12,
                         support_7x24=True, commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", commitments_in_contract="claimed"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence", "metaverse_marketing"], flin=["bloat_features"],
             flex=CLAIM_FLEX),
        dict(vendor="邵武樵川网络科技有限公司", gate="fail", price=148000,
             why="line 10: 148000.00 含税 (caution zone); 等保 '二级（已备案），三级暂无计划' (fail); 'AES加密' (no SM4); HTTPS; RBAC; 日志 6个月; 百行; '免费维护6个月，只修bug'; '工作日9:00-17:30', '次日响应' (24 h); '政策调整另行收费'; '不提供终身技术咨询'; '售后条款不写入合同'; '仅授权使用，授权绑定服务器' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=6,
                         free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, response_hours=24, lifetime_consulting=False, commitments_in_contract=False,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated", support_7x24="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=ML + CORE, fex=BLOAT,
             flin=["no_mlps_level3", "price_below_15w", "no_sm4", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract",
                   "source_licence_only"],
             flex=["price_below_10w", "price_missing", "missing_must_have", "audit_log_under_6m", "bloat_features", "no_tls"]),
    ]
    write_toml(L2_NAME.replace(".csv", ".toml"), comment, "merchant_loan", [L2_NAME], "葫芦岛龙港数科有限公司",
               "葫芦岛龙港 proves every gate once its struck in-progress wording is set aside (已取得三级，备案证明编号21140243011-25004; SM4 on 法人身份证号/手机号/对公账号, TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every merchant-loan must-have and no bloat, and states 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours ('&lt;=2小时'), lifetime consulting, the contract and full source — at 298,000 含税, inside 25-35万. 漳平菁城 (286,000) struck its '完整源码' and gives its risk engine as an SDK (partial) with a 4-hour response; 本溪平山 is 不含税 at 6% with the e-contract an option (318,000) and weak after-sales; 抚顺望花 only claims; 邵武樵川 holds level 2 (fail); 福安韩阳's bid did not decrypt.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzl_03  消费分期 — 腾讯问卷 download: multi-select questions split into one 1/0 column per option
# ---------------------------------------------------------------------------------------------
L3_NAME = "zzl_03_ci_tengxun_wenjuan_duoxuan_chailie.xlsx"
Q5 = "5、报价内包含的功能模块（多选）"
Q5_OPTS = ["商品管理", "分期计算器", "订单跟踪", "风控审批", "还款管理", "用户管理", "积分商城", "社交分享", "智能客服机器人",
           "区块链存证", "其他"]
Q12 = "12、已对接的征信机构（多选）"
Q12_OPTS = ["人行征信中心", "百行征信", "朴道征信", "其他"]
Q13 = "13、售后服务承诺（矩阵单选）"
Q13_ROWS = ["免费维护期", "维护范围", "监管政策调整适配", "技术支持时间", "故障响应时间", "终身技术咨询", "以上承诺写入合同"]
L3_HEAD = (["编号", "开始答题时间", "结束答题时间", "答题时长", "IP属地", "来源", "1、贵司全称", "2、是否参与本次报价",
            "3、报价总额（万元，请填数字）", "4、报价是否含税"]
           + [f"{Q5}—{o}" for o in Q5_OPTS] + [f"{Q5}—其他（请注明）"]
           + ["6、等保三级情况（单选）", "7、备案证明编号（已取得的请填写）", "8、敏感数据加密方式（单选）", "9、传输加密（单选）",
              "10、权限管理（单选）", "11、操作日志保存期（月，请填数字）"]
           + [f"{Q12}—{o}" for o in Q12_OPTS] + [f"{Q12}—其他（请注明）"]
           + [f"{Q13}—{r}" for r in Q13_ROWS]
           + ["14、维保期满后年费（万元/年，请填数字）", "15、源码交付方式（单选）", "16、其他说明（选填）", "初筛意见（信息部填写）"])


def _l3(no, start, end, took, ip, name, joins, price, tax, mods, mods_other, mlps, filing, enc, tls, acl, logs, bureaus,
        bureau_other, after, fee, src, other, ours):
    return ([no, start, end, took, ip, "链接", name, joins, price, tax] + mods + [mods_other]
            + [mlps, filing, enc, tls, acl, logs] + bureaus + [bureau_other] + after + [fee, src, other, ours])


E = ""
L3_ROWS = [
    _l3(1, "2025/11/24 10:03:17", "2025/11/24 10:12:33", "9分16秒", "湖北省宜昌市", "宜昌夷陵软件有限公司", "是，参与报价", 19.6, "含税",
        [1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0], E,
        "已取得", "42050643002-24016", "SM4（国密）", "全站HTTPS", "RBAC角色权限", 12, [0, 1, 1, 0], E,
        ["12个月", "含缺陷修复及小版本升级", "免费", "7×24小时", "30分钟内", "提供", "是"], 2.0,
        "完整源码（无加密，可二次开发）", "我司系统已在多家小贷公司上线，支持现金贷、消费分期等多种产品形态。", "价格最低，各项都满足，建议重点谈"),
    _l3(2, "2025/11/24 14:26:05", "2025/11/24 14:27:41", "1分36秒", "西藏自治区昌都市", "昌都卡若数据服务有限公司", "否，本次不参与",
        E, E, [E] * 11, E, E, E, E, E, E, E, [E] * 4, E, [E] * 7, E, E,
        "感谢邀请，项目排期已满，本次不参与报价。", "放弃"),
    _l3(3, "2025/11/25 09:41:52", "2025/11/25 09:58:10", "16分18秒", "湖北省荆门市", "荆门东宝信息技术有限公司", "是，参与报价", 21.8, "含税",
        [1, 0, 1, 1, 1, 1, 0, 1, 0, 0, 1], "分期计算器为选配模块，另加2.6万元（不含税），未含在报价总额内",
        "已取得", "42080243005-25003", "SM4（国密）", "全站HTTPS", "RBAC角色权限", 12, [1, 0, 0, 0], E,
        ["12个月", "仅缺陷修复", "免费", "7×24小时", "4小时内", "提供", "是"], 2.2,
        "完整源码（无加密，可二次开发）", E, "分期计算器要另加钱"),
    _l3(4, "2025/11/25 15:12:40", "2025/11/25 15:31:02", "18分22秒", "湖北省黄冈市", "黄冈黄州数科有限公司", "是，参与报价", 24.8, "含税",
        [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0], E,
        "已取得", "42110243008-25011", "SM4（国密）", "全站HTTPS", "RBAC角色权限", 12, [1, 1, 0, 0], E,
        ["12个月", "含缺陷修复及小版本升级", "免费", "7×24小时", "2小时内", "提供", "是"], 2.5,
        "完整源码（无加密，可二次开发）", "身份证号、手机号、银行卡号均SM4加密存储。", E),
    _l3(5, "2025/11/26 11:05:29", "2025/11/26 11:13:47", "8分18秒", "湖北省孝感市", "孝感汉川网络科技有限公司", "是，参与报价", 23, "含税",
        [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0], E,
        "其他〖按等保三级标准设计开发，可协助客户通过测评〗", E, "其他〖采用国密算法加密〗", "全站HTTPS", "RBAC角色权限", E,
        [0, 0, 0, 1], "支持对接各类持牌征信机构",
        ["12个月", "含缺陷修复及小版本升级", "免费", "7×24小时", "30分钟内", "提供", "是"], E,
        "部分源码（核心模块加密）", "赠送智能客服机器人、区块链存证模块，助力业务创新。", "等保没证书"),
    _l3(6, "2025/11/26 16:48:13", "2025/11/26 16:52:59", "4分46秒", "福建省莆田市", "莆田荔城云科技有限公司", "是，参与报价", 8.8, "含税",
        [1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0], E,
        "未取得", E, "AES", "全站HTTPS", "单一管理员", 3, [0, 1, 0, 0], E,
        ["3个月", "仅缺陷修复", "另行收费", "5×8（工作日）", "次日", "不提供", "否"], 1.2,
        "仅授权使用（不交付源码）", E, "太便宜，不考虑"),
]


def build_zzl03():
    assert all(len(r) == len(L3_HEAD) for r in L3_ROWS)
    wb = Workbook()
    ws = wb.active
    ws.title = "答卷数据"
    put_row(ws, 1, L3_HEAD, font=BOLD, border=False)
    for i, row in enumerate(L3_ROWS, start=2):
        put_row(ws, i, [None if v == "" else v for v in row], border=False)
    last = len(L3_HEAD)
    ws.cell(row=1, column=last).fill = PatternFill("solid", fgColor="FFF2CC")  # the column the buyer added after downloading
    widths(ws, [6, 19, 19, 10, 16, 6, 26, 14, 12, 10] + [8] * 11 + [30] + [22, 18, 16, 12, 14, 10] + [8] * 4 + [22]
           + [14] * 7 + [12, 24, 34, 24])
    ws.freeze_panes = "H2"
    _save(wb, L3_NAME)

    comment = f"""Voice: 信息部 of a consumer-installment lender (phone and appliance installments, band 20-30万) sent each vendor a 腾讯问卷
  link and downloaded the answers as Excel ("多选题按选项拆分列：选中=1，未选=0"); the last column 初筛意见（信息部填写）, added after the
  download, is the buyer's; everything else is the survey tool's or the vendors' answers.
Layout: .xlsx, one sheet 答卷数据, no title; header row 1 — the tool's 编号 | 开始答题时间 | 结束答题时间 | 答题时长 | IP属地 | 来源, then one
  column per question ('1、贵司全称', '3、报价总额（万元，请填数字）' …); the multi-select questions 5 (modules: {' / '.join(Q5_OPTS)}) and
  12 (bureaus: {' / '.join(Q12_OPTS)}) are SPLIT into one column per option headed '{Q5}—商品管理' etc., each cell 1 or 0, with an
  '—其他（请注明）' text column after; the matrix question 13 is one column per row ('{Q13}—技术支持时间'); single choices are the
  option's text, an own answer '其他〖…〗'. Six submissions, rows 2-7.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: a split column's header names an OPTION, the same for every vendor — the vendor offers it only where its cell is 1 (0 is
  'not ticked': with the list ticked, a must-have at 0 is absent), and 1 / 0 are ticks, never figures; 编号, 答题时长, times and the IP
  place are the tool's. The decisive trap: 宜昌夷陵 (row 2, 19.6万 含税, every compliance and service answer good, the buyer's '价格最低，
  各项都满足，建议重点谈') has 0 under '—订单跟踪' and says nothing of it elsewhere: the must-have order tracking is absent (fail); so 黄冈黄州
  (248,000 含税, every module ticked, every term stated and good) is the pick. 荆门东宝 ticks 0 under 分期计算器 but its '其他' 1 and
  '—其他（请注明）' say '分期计算器为选配模块，另加2.6万元（不含税），未含在报价总额内': an option added with 13% VAT — 218,000 + 26,000 × 1.13 =
  247,380 — beside bug-fix-only maintenance and a 4-hour response. 孝感汉川 answers 等保 '其他〖按等保三级标准设计开发，可协助客户通过测评〗'
  (claimed: unverified), '其他〖采用国密算法加密〗', bureaus only '其他' + '支持对接各类持牌征信机构' (no body named), leaves logs and the fee
  blank, partial source, and ticks 智能客服机器人 and 区块链存证 (bloat). 莆田荔城 fails (8.8万, 等保 未取得, AES, 单一管理员, 3 months …).
  昌都卡若 answered '否，本次不参与' (no quote, not listed)."""
    vendors = [
        dict(vendor="黄冈黄州数科有限公司", gate="pass", price=248000,
             why="row 5: '3、报价总额（万元）' 24.8 + '含税' = 248,000 inside 20-30万; modules 1 under 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款管理, 用户管理, 0 under every other option; 等保 '已取得' + 备案证明编号 42110243008-25011 (stated); 'SM4（国密）' (其他说明: 身份证号、手机号、银行卡号); 全站HTTPS; RBAC; logs 12 (months); bureaus 人行征信中心 1, 百行征信 1; 13 — 12个月, 含缺陷修复及小版本升级, 政策 免费, 7×24小时, 2小时内, 终身咨询 提供, 写入合同 是; 年费 2.5万 = 25,000; 完整源码（无加密，可二次开发）.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="荆门东宝信息技术有限公司", gate="pass", price=247380,
             why="row 4: 21.8 含税 = 218,000; 分期计算器 0 but 其他 1 with '分期计算器为选配模块，另加2.6万元（不含税），未含在报价总额内': the must-have is an option, added at 26,000 × 1.13 = 29,380 — 247,380 (calculator conditional); 商品管理, 订单跟踪, 风控审批, 还款管理, 用户管理 and 社交分享 (deferrable) ticked; 等保 '已取得' + 42080243005-25003; SM4; HTTPS; RBAC; 12; 人行; 12个月 but '仅缺陷修复' (no upgrades); 政策 免费; 7×24小时; '4小时内'; 提供; 是; 2.2万 = 22,000; full source.",
             values=_vals(maintenance_includes_upgrades=False, response_hours=4, annual_fee_after_warranty_cny=22000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + ["repayment_management", "social_sharing"], fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_7x24", "maintenance_under_12m",
                            "policy_adaptation_charged", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="宜昌夷陵软件有限公司", gate="fail", price=196000,
             why="row 2: 19.6 含税 = 196,000; modules ticked 商品管理, 分期计算器, 风控审批, 还款管理, 用户管理, 积分商城 — '—订单跟踪' is 0 and neither 其他 nor 16、其他说明 names it: the must-have order tracking is absent (fail), whatever the header says; otherwise every answer good: 已取得 + 42050643002-24016, SM4, HTTPS, RBAC, 12, 百行 + 朴道, 12个月 with minor upgrades, policy free, 7×24, 30分钟内 = 0.5 h, consulting, contract, 2.0万 = 20,000, full source. The buyer's '建议重点谈' is hers.",
             values=_vals(response_hours=0.5, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=["product_management", "installment_calculator", "points_mall", "repayment_management"] + CORE,
             fex=["order_tracking"] + BLOAT, flin=["missing_must_have"],
             flex=["price_below_10w", "price_missing", "no_mlps_level3", "price_below_15w", "price_over_budget",
                   "bloat_features", "no_sm4", "no_7x24"]),
        dict(vendor="孝感汉川网络科技有限公司", gate="unverified", price=230000,
             why="row 6: 23 含税 = 230,000; 等保 '其他〖按等保三级标准设计开发，可协助客户通过测评〗' with no filing number (claimed: unverified); '其他〖采用国密算法加密〗' (which one? claimed); HTTPS; RBAC; logs blank (unknown); bureaus only 其他 + '支持对接各类持牌征信机构' (no body named: claimed); 12个月 with minor upgrades, policy free, 7×24, 30分钟内, consulting, contract; 年费 blank (unknown); '部分源码（核心模块加密）' = partial; every module ticked incl. 智能客服机器人 and 区块链存证 (bloat; 其他说明 '赠送…').",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months="null",
                         licensed_credit_bureau=True, free_maintenance_months=12, support_7x24=True,
                         annual_fee_after_warranty_cny="null", source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", audit_log_months="unknown",
                         licensed_credit_bureau="claimed", free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall", "social_sharing", "ai_customer_service",
                              "blockchain_evidence"],
             flin=["bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["maintenance_under_12m"]),
        dict(vendor="莆田荔城云科技有限公司", gate="fail", price=88000,
             why="row 7: 8.8 含税 = 88,000 < 10万; 等保 '未取得' (fail); 'AES' (no SM4); HTTPS; '单一管理员' (no access control); logs 3; 百行; 3个月, 仅缺陷修复, 政策 另行收费, 5×8（工作日）, 次日, 终身咨询 不提供, 写入合同 否; 1.2万; '仅授权使用（不交付源码）' = licence only; 风控审批 0.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=False, audit_log_months=3,
                         free_maintenance_months=3, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, lifetime_consulting=False, commitments_in_contract=False,
                         annual_fee_after_warranty_cny=12000, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", access_control="stated", audit_log_months="stated",
                         free_maintenance_months="stated", support_7x24="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=CI + ["repayment_management", "user_management"], fex=["risk_approval"] + BLOAT,
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "no_access_control", "audit_log_under_6m",
                   "maintenance_under_12m", "no_7x24", "no_lifetime_consulting", "not_in_contract", "source_licence_only"],
             flex=["price_missing", "bloat_features", "no_tls"]),
    ]
    write_toml(L3_NAME.replace(".xlsx", ".toml"), comment, "consumer_installment", [L3_NAME], "黄冈黄州数科有限公司",
               "黄冈黄州 ticks every consumer-installment must-have (商品管理, 分期计算器, 订单跟踪 = 1) and no bloat, proves every gate (已取得 + 备案证明编号42110243008-25011, SM4 on 身份证号/手机号/银行卡号, 全站HTTPS, RBAC, 12-month logs, 人行 + 百行) and states 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, the contract and full source — at 248,000 含税. The buyer's pick 宜昌夷陵 (19.6万) has 0 under 订单跟踪: a must-have absent (fail). 荆门东宝 prices its calculator as an option (247,380) with bug-fix-only maintenance and 4-hour response; 孝感汉川 only claims its 等保; 莆田荔城 fails; 昌都卡若 did not take part.",
               vendors)


if __name__ == "__main__":
    build_zzl01()
    build_zzl02()
    build_zzl03()
