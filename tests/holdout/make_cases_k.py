"""Build the "k" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, office tools (企业微信 接龙, a Word report pasted into Excel,
a shared 金山文档 sheet, a Korean head office's purchasing system) and buyers' staff or consultants would write; the
expected reading of every file is in the matching k_0N_*.toml beside it, written from the file's content and the domain
notes (shared/domain.md, docs/analyst-reading.md) before any product code read these files. The author of this script
neither ran the product on them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_k.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure k_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
sys.path.insert(0, str(CASES))
sys.path.insert(0, str(HERE))
from case_sheet import BOLD, BOX, CENTER, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402
from make_cases_e import merged  # noqa: E402  (a merged, bordered cell)
from make_cases_f import write_csv  # noqa: E402  (a CSV in a given encoding)
from make_cases_g import new_sheet  # noqa: E402  (a workbook opening with a title and note lines)


# ---------------------------------------------------------------------------------------------
# k_01  个人信用贷 — 采购部 孙倩 at 石家庄燕赵小额贷款 ran a 接龙 in the 企业微信 group "个贷系统选型-供应商沟通群": every
#       vendor's salesperson added one line in the format she asked for. She copied the whole 接龙 out of 企业微信 and
#       pasted it into Excel for the boss, as it was. Voice: salespeople's one-liners — "23.6w含税（授权18w+实施4.1w+
#       培训1.5w）", "等保三级没问题", "有事随时找我", "跟领导申请了"; each writes its own separators (spaces, "；", "｜").
#       Layout: ONE COLUMN — a note line of hers, "#接龙", the organiser's instruction and an example line ("例：XX科技
#       有限公司 20w含税 …"), then numbered entries "N. <company> <salesperson> <everything else>", hers first and last,
#       and a vendor's second entry ("更新：…报价调整为19.8w含税…其余同第3条").
# Traps: the 例 line and 孙倩's own entries are no vendors; 保定古城 has two entries — the later one governs (19.8w 含税
#       with the risk model included), the earlier 21.5w 不含税 + 风控模型选配2w stays its words, one quote, not two, not
#       summed; 冀联's breakdown is the items of 23.6w, not more money; 唐山港城 only boasts (等保三级没问题, 国密加密, 征信都能
#       接, 终身维护) and carries 智能客服机器人 / 区块链存证; 邯郸赵都's 等保 is 测评中 (unverified, not fail); 廊坊京南 is
#       9.9w with 等保二级 and neither a credit report nor a risk model.
# Analyst's reading: 河北冀联数科有限公司 — 236,000 含税 inside 18–25万, filing number, SM4, HTTPS, RBAC, 12-month logs,
#       PBoC + Baihang, credit report / risk model / anti-fraud / repayment, 12 months with upgrades, free policy
#       adaptation, 7×24, 1 h, lifetime consulting, in the contract, 25,000 a year, full source.
# ---------------------------------------------------------------------------------------------
K01_LINES = [
    "企业微信群「个贷系统选型-供应商沟通群」接龙，3月21日18:00截止，原样复制（孙倩 3/22）",
    None,
    "#接龙",
    "个人信用贷系统报价接龙，请各家按格式填一行：公司全称 报价（写明含税/不含税） 等保 加密 权限/日志 征信 功能 售后 源码。"
    "选配的请写价格，3月21日18:00前",
    "例：XX科技有限公司 20w含税 等保三级有证（编号XXXX） SM4 RBAC/日志12个月 百行 征信/风控/还款 维保12个月含升级 7×24 完整源码",
    None,
    "1. 孙倩（燕赵小贷采购部） 收到，辛苦各位老师",
    "2. 河北冀联数科有限公司 王磊 23.6w含税（授权18w+实施4.1w+培训1.5w） 等保三级已备案（备案证明编号13010043105-24003） "
    "身份证号/手机号SM4加密 全站HTTPS RBAC角色权限 操作日志存12个月 人行征信中心+百行征信 "
    "功能：个人征信查询、风控模型、反欺诈、还款计划及提醒、审批流、用户管理 免费维保12个月含bug修复和小版本升级 "
    "监管政策调整免费适配 7×24小时 1小时响应 终身技术咨询 以上全部写进合同 期满年费2.5w/年 完整源码无加密可二开",
    "3. 保定古城软件有限公司 小李 21.5w不含税，风控模型选配+2w（不含税）。等保三级有证，备案号13060043077-23010；SM4；HTTPS；"
    "角色权限；日志6个月；百行征信。功能：个人征信查询、反欺诈、还款管理、审批流、用户管理。维保6个月仅修bug，重大政策调整另行报价，"
    "工作日5×8，4小时响应，不提供终身咨询，写入合同，期满按合同额15%/年，完整源码",
    "4. 唐山港城网络科技有限公司 赵总 22w含税 等保三级没问题 国密加密 权限日志都有 征信都能接 "
    "功能很全：征信对接、风控模型、还款提醒、审批流、用户管理、智能客服机器人、区块链存证 终身维护 有事随时找我 源码全给",
    "5. 邯郸赵都信息技术有限公司 陈静 18.8w含税｜等保三级测评中，预计5月出证｜SM4（身份证、手机号、银行卡号）｜HTTPS｜RBAC｜"
    "日志12个月｜百行征信、朴道征信｜个人征信查询、风控模型、反欺诈、还款管理、审批流、用户管理｜维保12个月含小版本升级｜"
    "政策适配免费｜7×24｜2小时内响应｜终身技术咨询｜写入合同｜期满2万/年｜完整源码",
    "6. 廊坊京南软件工作室 9.9w全包含税 等保二级 AES加密 有HTTPS 一个管理员账号 日志1个月 征信暂未对接 "
    "功能：进件、审批、放款、还款、用户管理 维保3个月 之后按次收费 工作日QQ群支持 授权使用不给源码",
    "7. 保定古城软件有限公司 小李 更新：跟领导申请了，报价调整为19.8w含税，风控模型含在内不另收费，其余同第3条",
    "8. 孙倩（燕赵小贷采购部） 接龙截止，谢谢各位老师，后续安排演示另行通知",
]


def case_k01():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for r, line in enumerate(K01_LINES, start=1):
        if line is not None:
            ws.cell(row=r, column=1, value=line)
    ws.cell(row=1, column=1).font = BOLD
    widths(ws, [180])
    wb.save(CASES / "k_01_pc_wecom_jielong.xlsx")


# ---------------------------------------------------------------------------------------------
# k_02  商户经营贷 — 风险合规部 of 内蒙古敕勒川小额贷款 wrote a Word report 《经营贷业务系统供应商比选报告》; the 综合办
#       secretary selected the report (its paragraphs and the 附表) and pasted it into Excel so the 总经理 could annotate.
#       Voice: a compliance department's formal report — numbered headings 一、二、三、, the vendors' written answers
#       summarised one fact per paragraph ("等保三级：已取得，备案证明编号…", "日志：操作日志保存12个月"), an 初审意见 column.
#       Layout (what Excel does with a pasted Word table): every PARAGRAPH of a table cell lands in a row of its own, so
#       each vendor is a block of rows; the cells that held a single paragraph (序号, 供应商, 源码交付, 初审意见, a
#       one-line 报价) are MERGED down over the block; a cell with fewer paragraphs leaves blank cells under it. The report's
#       paragraphs above and below the table sit in column A.
# Traps: every row of a block is that vendor's (the name only in the merged cell); 青城's 报价 is "28.6万元" with
#       "（含税；源码授权22万＋实施部署4.6万＋培训2万）" on the next row (items, not more money); 包头鹿城's "26.8万元" has
#       "不含税" on its own row and "电子合同模块为选配，另加2.4万元（不含税）" on the third: (26.8 + 2.4) × 1.13 = 329,960;
#       鄂尔多斯 only claims (按等保三级标准设计, 国密算法, 支持对接各类征信机构, 终身维护) with an encrypted risk engine and
#       区块链存证; 赤峰 is 等保二级 with no 流水分析 / 电子合同; 乌兰察布's price is "详见报价函（另附，密封）" (unknown:
#       unverified, never free); the 初审意见 column and the report's text are the buyer's.
# Analyst's reading: 内蒙古青城数字科技有限公司 — 286,000 含税 inside 25–35万, filing number, SM4, HTTPS, RBAC, 12-month
#       logs, PBoC + Baihang, all three merchant must-haves, 12 months with upgrades, free policy adaptation, 7×24, 2 h,
#       lifetime consulting, in the contract, 32,000 a year, full source.
# ---------------------------------------------------------------------------------------------
K02_HEAD = ["序号", "供应商", "报价", "资质与数据安全", "功能模块", "售后服务", "源码交付", "初审意见"]
K02_VENDORS = [
    ("1", "内蒙古青城数字科技有限公司",
     ["28.6万元", "（含税；源码授权22万＋实施部署4.6万＋培训2万）"],
     ["等保三级：已取得，备案证明编号15010043066-24002", "加密：身份证号、手机号、银行卡号SM4字段加密", "传输：全站HTTPS",
      "权限：RBAC角色权限", "日志：操作日志保存12个月，可追溯异常操作", "征信：人行征信中心企业征信、百行征信"],
     ["企业征信查询", "银行流水分析", "电子合同", "用户管理", "审批流", "还款管理", "贷后管理"],
     ["免费维护12个月，含bug修复及小版本升级", "监管政策调整免费适配", "7×24小时技术支持，2小时内响应", "提供终身技术咨询",
      "以上承诺写入合同", "维护期满后每年3.2万元"],
     ["完整源码，无加密，可二次开发"],
     ["资质齐全，建议进入演示"]),
    ("2", "包头鹿城软件有限公司",
     ["26.8万元", "不含税", "电子合同模块为选配，另加2.4万元（不含税）"],
     ["等保三级：已取得，备案证明编号15020043120-23007", "加密：SM4", "传输：HTTPS", "权限：角色权限管理", "日志：保存6个月",
      "征信：百行征信"],
     ["企业征信", "银行流水分析", "用户管理", "审批流", "还款管理"],
     ["免费维护12个月，仅含bug修复", "监管政策调整免费适配", "7×24小时技术支持", "4小时内响应", "提供终身技术咨询", "写入合同",
      "维护期满后按合同额15%/年"],
     ["完整源码"],
     ["报价不含税，电子合同需另购"]),
    ("3", "鄂尔多斯康巴什信息技术有限公司",
     ["31.5万元（含税）"],
     ["等保：按等保三级标准设计，可协助客户完成等保测评", "加密：国密算法", "传输：HTTPS", "权限：有", "日志：有",
      "征信：支持对接各类征信机构"],
     ["企业征信", "银行流水分析", "电子合同", "用户管理", "审批流", "还款管理", "区块链存证", "数据分析大屏"],
     ["终身维护", "7×24小时", "响应及时"],
     ["提供源码，核心风控引擎加密"],
     ["资质证明未提供"]),
    ("4", "赤峰红山网络科技有限公司",
     ["16.8万元（含税）"],
     ["等保：二级（备案证明编号15040043011-22005）", "加密：AES", "传输：HTTPS", "权限：有", "日志：3个月", "征信：未对接"],
     ["企业征信", "用户管理", "审批流", "还款管理"],
     ["免费维护6个月，仅修bug", "政策调整另行收费", "5×8小时", "次日响应", "期满后按次收费"],
     ["授权使用，绑定服务器"],
     ["价格最低，但资质不符"]),
    ("5", "乌兰察布草原云科技有限公司",
     ["详见报价函（另附，密封）"],
     ["等保三级：已取得，备案证明编号15090043031-24001", "加密：SM4", "传输：HTTPS", "权限：RBAC", "日志：保存12个月",
      "征信：人行征信中心、朴道征信"],
     ["企业征信", "银行流水分析", "电子合同", "用户管理", "审批流", "还款管理"],
     ["免费维护12个月，含bug修复及小版本升级", "政策适配免费", "7×24小时，1小时响应", "终身技术咨询", "写入合同"],
     ["完整源码"],
     ["报价函待开封"]),
]


def case_k02():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    above = ["经营贷业务系统供应商比选报告", "风险合规部　2025年3月25日", "一、项目概况",
             "为支持商户经营贷业务线上化，公司拟一次性采购经营贷业务系统源码。3月上旬向五家供应商发出询价函，截至3月20日均已书面回复。",
             "二、各供应商应答情况（见下表，表中内容摘自各家书面应答，初审意见为我部意见）"]
    for r, text in enumerate(above, start=1):
        ws.cell(row=r, column=1, value=text)
    ws.cell(row=1, column=1).font = TITLE
    put_row(ws, 6, K02_HEAD, font=BOLD, fill=GREY, align=CENTER)
    r = 7
    for vendor in K02_VENDORS:
        cells = [[vendor[0]], [vendor[1]], *vendor[2:]]
        rows = max(len(c) for c in cells)
        for c, paras in enumerate(cells, start=1):
            for i in range(rows):
                cell = ws.cell(row=r + i, column=c, value=paras[i] if i < len(paras) else None)
                cell.alignment, cell.border = WRAP, BOX
            if len(paras) == 1 and rows > 1:  # Excel merges a one-paragraph cell over the rows of its table row
                ws.merge_cells(start_row=r, start_column=c, end_row=r + rows - 1, end_column=c)
        r += rows
    below = ["三、初审结论",
             "青城数字资质与售后最完整，建议作为首选进入演示；包头鹿城报价不含税且电子合同需另购，作为备选；鄂尔多斯康巴什需补充等保证明；"
             "赤峰红山等保仅二级，不建议；乌兰察布草原云待报价函开封后再议。",
             "附件：各供应商书面应答（共5份）"]
    for i, text in enumerate(below, start=r + 1):
        ws.cell(row=i, column=1, value=text)
    widths(ws, [8, 28, 26, 40, 16, 34, 26, 20])
    wb.save(CASES / "k_02_ml_word_table_paste.xlsx")


# ---------------------------------------------------------------------------------------------
# k_03  消费分期 — 信息技术部 杨帆 at 贵州黔贵小额贷款 (phone and appliance installments through partner stores) copies
#       each vendor's price list into one comparison. Every vendor prices by the number of partner stores (门店) in
#       tiers, one also by back-office accounts; the buyer's own size is stated above the table ("合作门店36家（今年计划
#       增至45家左右，不超过50家）；后台操作员账号20个"). Voice: an IT staffer's tidy comparison, amounts in 万元 as bare
#       numbers ("金额单位：万元"), the vendors' own wording for terms, his 杨帆备注 row at the foot.
#       Layout: transposed — 项目 down column A, one column per vendor; four TIER rows ("1–20家门店", "21–50家门店",
#       "51–100家门店", "100家以上") give each vendor's price at that size; one vendor's flat price is a cell MERGED
#       down the four tier rows; then 后台账号, 选配模块, 功能模块, the security and service rows.
# Traps: the buyer's size picks the 21–50 row, not the first price row (19.8 / 16.5 / 14.8 / 8.8 look like the price);
#       遵义红城's 21 is 不含税 and its 分期计算器 (a must-have) is a 选配 1.8万（不含税）: (21 + 1.8) × 1.13 = 257,640, its
#       积分商城 (deferrable) is not bought; 安顺黄果树 includes 10 accounts and charges 0.15万 for each further one: the
#       buyer's 20 accounts add 1.5万 — 18.6 + 1.5 = 201,000, with 等保 三级测评中 (unverified, not fail); 六盘水凉都's
#       one flat 8.8万 is under 10万 with no 等保, no HTTPS and no 订单跟踪; "100家以上 面议" is no missing price; the
#       杨帆备注 row is the buyer's.
# Analyst's reading: 贵阳筑城分期科技有限公司 — 246,000 含税 (the 21–50 tier, accounts unlimited) inside 20–30万,
#       filing number, SM4, HTTPS, RBAC, 12-month logs, Baihang + Pudao, all three installment must-haves, 12 months with
#       upgrades, free policy adaptation, 7×24, 1 h, lifetime consulting, in the contract, 28,000 a year, full source.
# ---------------------------------------------------------------------------------------------
K03_VENDORS = ["贵阳筑城分期科技有限公司", "遵义红城软件有限公司", "安顺黄果树网络科技有限公司", "六盘水凉都信息技术有限公司"]
K03_TIERS = ["1–20家门店", "21–50家门店", "51–100家门店", "100家以上"]
K03_TIER_PRICES = [[19.8, 24.6, 29.8, "面议"], [16.5, 21, 26, "面议"], [14.8, 18.6, 22.8, 27.8],
                   ["8.8（不分档，门店数不限）"]]
K03_ROWS_BEFORE = [
    ("计价方式", ["按门店数分档，一次性买断，档内门店数不限", "按门店数分档，一次性买断", "按门店数分档，另按后台账号计费",
                 "不分档，一口价"]),
    ("计税", ["含税", "不含税（税率13%）", "含税", "含税"]),
]
K03_ROWS_AFTER = [
    ("后台账号", ["不限", "含20个", "含10个，超出部分每个账号一次性0.15万", "不限"]),
    ("选配模块", ["无（全部功能含在档位价内）", "分期计算器：1.8万（不含税）；积分商城：1.2万（不含税）", "社交分享：0.8万", "无"]),
    ("功能模块（档位价内）", ["商品管理、分期计算器、订单跟踪、还款管理、用户管理、审批流", "商品管理、订单跟踪、还款管理、用户管理、审批流",
                      "商品管理、分期计算器、订单跟踪、还款管理、用户管理、审批流", "商品管理、分期计算器、还款管理、用户管理"]),
    ("等保三级", ["已取得（备案证明编号52010043088-24005）", "已取得（备案证明编号52030043019-23011）", "三级测评中，预计6月出证", "无"]),
    ("数据加密", ["SM4（身份证号、手机号、银行卡号）", "SM4", "SM4", "无"]),
    ("传输加密", ["HTTPS", "HTTPS", "HTTPS", "无（HTTP）"]),
    ("权限管理", ["RBAC", "角色权限", "RBAC", "仅超级管理员"]),
    ("日志保存", ["12个月", "6个月", "12个月", "1个月"]),
    ("征信接口", ["百行征信、朴道征信", "百行征信", "百行征信", "未对接"]),
    ("免费维保", ["12个月，含bug修复及小版本升级", "6个月，仅bug修复", "12个月，含bug修复及小版本升级", "3个月"]),
    ("政策适配", ["免费", "重大调整另行报价", "免费", "收费"]),
    ("技术支持", ["7×24小时，1小时响应", "5×8小时，4小时响应", "7×24小时，2小时响应", "工作日"]),
    ("终身技术咨询", ["提供", "不提供", "提供", "不提供"]),
    ("写入合同", ["是", "是", "是", "否"]),
    ("维保期满年费", ["2.8万/年", "按合同额15%/年", "2.5万/年", "按次收费"]),
    ("源码交付", ["完整源码", "完整源码", "完整源码", "仅授权使用"]),
    ("杨帆备注", ["档位清楚，售后最全", "不含税，分期计算器要另买", "起步价最低，等保证书还没出", "一口价最便宜，但没有等保"]),
]


def case_k03():
    wb, ws = new_sheet("阶梯报价对比", "消费分期系统报价对比（各家按门店数阶梯报价）",
                       "我司规模：合作门店36家（今年计划增至45家左右，不超过50家）；后台操作员账号20个。",
                       "金额单位：万元；各家报价按其报价单原样摘录，计税方式见“计税”行。信息技术部 杨帆 2025-03-26")
    put_row(ws, 5, ["项目", *K03_VENDORS], font=BOLD, fill=GREY, align=CENTER)
    r = 6
    for label, cells in K03_ROWS_BEFORE:
        put_row(ws, r, [label, *cells])
        r += 1
    for i, tier in enumerate(K03_TIERS):
        put_row(ws, r + i, [tier], font=BOLD, fill=YELLOW)
        for c, prices in enumerate(K03_TIER_PRICES, start=2):
            if i < len(prices):
                put_row(ws, r + i, [prices[i]], start=c, fill=YELLOW)
            else:
                ws.cell(row=r + i, column=c).border = BOX
    merged(ws, r, 5, r + len(K03_TIERS) - 1, 5, K03_TIER_PRICES[3][0], fill=YELLOW)
    r += len(K03_TIERS)
    for label, cells in K03_ROWS_AFTER:
        put_row(ws, r, [label, *cells])
        r += 1
    for row in ws.iter_rows(min_row=6, max_row=r - 1, max_col=1):
        row[0].font = BOLD
    widths(ws, [20, 30, 30, 30, 30])
    wb.save(CASES / "k_03_ci_tiered_store_pricing.xlsx")


# ---------------------------------------------------------------------------------------------
# k_04  商户经营贷 — Kestrel Lane Advisory (Shanghai) writes, in English, a draft for the Investment Committee of Southern
#       Cross Microcredit (Chongqing) (Australian-owned, merchant loans): one ONE-PAGER per vendor, the four pages laid
#       SIDE BY SIDE on one sheet. Voice: a consultant's summary of each vendor's written response ("Level 3 filed –
#       filing certificate no. … sighted", "RMB 265k excl. VAT", "RMB 0.31m incl. VAT", "15% of contract value p.a."), a
#       RAG rating (R / A / G, coloured) of the consultant's own beside every line, a Headline with an overall RAG, an
#       "Indicative 3-yr TCO (Kestrel estimate)" line and "Our view".
#       Layout: two title / note lines, then four blocks of three columns (Topic | Vendor position | RAG) with a blank
#       column between them: the vendor's name merged across its block, the Headline row, the block's own header row,
#       upper-case section rows (COMMERCIAL, SECURITY & COMPLIANCE, FUNCTIONAL FIT, AFTER-SALES, SOURCE CODE), the same
#       topic labels repeated in every block; a RAG key under the blocks.
# Traps: the RAG column, the Headline, the TCO estimate and Our view are the consultant's — Mianyang Fule's "In final
#       assessment; vendor expects the filing certificate in June 2025" rated G is still not certified (unverified), and
#       Jinjiang's price rated G is still excl. VAT; the 3-yr TCO lines are no prices; Chengdu Jinjiang's "RMB 265k excl.
#       VAT" plus its must-have e-contract "+RMB 25k excl. VAT": (265k + 25k) × 1.13 = 327,700, its open API option
#       (deferrable) not bought; "RMB 0.31m" is 310,000; Zigong's "Level 2 only" fails, and its modules lack bank-statement
#       analysis ("Bank statement analysis not offered").
# Analyst's reading: Chongqing Jialing Digital Technology Co., Ltd. — 298,000 incl. VAT inside 25–35万, filing certificate
#       sighted, SM4, HTTPS, RBAC, 12-month logs, PBoC + Baihang, all three merchant must-haves, 12 months with upgrades,
#       free policy changes, 24/7, 1 h, lifetime consulting, in the contract, 36,000 a year, full source.
# ---------------------------------------------------------------------------------------------
K04_TOPICS = ["COMMERCIAL", "Quoted price", "Optional items", "Indicative 3-yr TCO (Kestrel estimate)",
              "SECURITY & COMPLIANCE", "MLPS Level 3", "Field encryption", "Transport", "Access control", "Audit logs",
              "Credit bureau", "FUNCTIONAL FIT", "Modules in price", "AFTER-SALES", "Free maintenance",
              "Maintenance scope", "Regulatory changes", "Support hours", "Response time", "Consulting", "In contract",
              "After warranty", "SOURCE CODE", "Delivery"]
K04_VENDORS = [
    ("Chongqing Jialing Digital Technology Co., Ltd.",
     ("Strongest all-round response; price mid-band.", "G"),
     [("RMB 298,000 incl. VAT (licence 230k + implementation 48k + training 20k)", "G"),
      ("None – all modules in the quoted price", "G"),
      ("RMB 370k", ""),
      ("Level 3 filed – filing certificate no. 50010043211-24006 sighted", "G"),
      ("SM4 on ID number, mobile and bank card fields", "G"),
      ("HTTPS (TLS 1.2+) throughout", "G"),
      ("RBAC with data-scope permissions", "G"),
      ("12 months, with tracing of abnormal operations", "G"),
      ("PBoC Credit Reference Center (enterprise reports) and Baihang Credit", "G"),
      ("Enterprise credit report; bank statement analysis; e-contract; user management; approval workflow; "
       "repayment management; BI dashboard", "G"),
      ("12 months", "G"),
      ("Bug fixes and minor version upgrades", "G"),
      ("Adapted free of charge", "G"),
      ("24/7", "G"),
      ("1 hour, named engineer", "G"),
      ("Lifetime technical consulting", "G"),
      ("All of the above written into the contract", "G"),
      ("RMB 36k p.a.", "G"),
      ("Full source, unencrypted, can be modified", "G")],
     "Recommend as preferred bidder; proceed to scripted demo."),
    ("Chengdu Jinjiang Software Co., Ltd.",
     ("Lowest headline price, but e-contract is extra and VAT comes on top.", "A"),
     [("RMB 265k excl. VAT", "G"),
      ("E-contract module +RMB 25k excl. VAT; open API platform +RMB 30k excl. VAT", "A"),
      ("RMB 426k", ""),
      ("Level 3 filed – filing no. 51010043156-23009", "G"),
      ("SM4", "G"),
      ("HTTPS", "G"),
      ("Role-based", "G"),
      ("6 months", "A"),
      ("Baihang Credit", "G"),
      ("Enterprise credit report; bank statement analysis; user management; approval workflow; repayment management",
       "A"),
      ("12 months", "G"),
      ("Bug fixes only", "A"),
      ("Adapted free of charge", "G"),
      ("Business hours, Mon–Fri 9:00–18:00", "A"),
      ("4 hours", "A"),
      ("Lifetime technical consulting", "G"),
      ("Yes", "G"),
      ("15% of contract value p.a.", "A"),
      ("Full source", "G")],
     "Viable second choice; negotiate the e-contract module into the base price."),
    ("Mianyang Fule Information Technology Co., Ltd.",
     ("Good functional fit; MLPS certificate imminent.", "G"),
     [("RMB 0.31m incl. VAT", "G"),
      ("None", "G"),
      ("RMB 370k", ""),
      ("In final assessment; vendor expects the filing certificate in June 2025", "G"),
      ("SM4", "G"),
      ("HTTPS", "G"),
      ("RBAC", "G"),
      ("12 months", "G"),
      ("PBoC Credit Reference Center (enterprise reports) and Pudao Credit", "G"),
      ("Enterprise credit report; bank statement analysis; e-contract; user management; approval workflow; "
       "repayment management; open API platform", "G"),
      ("12 months", "G"),
      ("Bug fixes and minor version upgrades", "G"),
      ("Adapted free of charge", "G"),
      ("24/7", "G"),
      ("2 hours", "G"),
      ("Lifetime technical consulting", "G"),
      ("Yes", "G"),
      ("RMB 30k p.a.", "G"),
      ("Full source", "G")],
     "Could be preferred once the certificate is issued; low risk in our view."),
    ("Zigong Saltcity Data Studio",
     ("Low price, weak compliance.", "R"),
     [("RMB 138k all-in, incl. VAT", "A"),
      ("Bank statement analysis not offered", "R"),
      ("RMB 210k", ""),
      ("Level 2 only", "R"),
      ("AES-256", "A"),
      ("HTTPS", "G"),
      ("Admin / operator roles", "A"),
      ("3 months", "R"),
      ("Not connected", "R"),
      ("Enterprise credit report; e-contract; user management; approval workflow; repayment management", "R"),
      ("6 months", "A"),
      ("Bug fixes only", "A"),
      ("Charged per change", "R"),
      ("Business hours", "A"),
      ("Next business day", "R"),
      ("No", "A"),
      ("No", "R"),
      ("Per incident, RMB 5k each", "R"),
      ("Licence only, bound to one server", "R")],
     "Not recommended."),
]
K04_RAG_FILL = {"R": PatternFill("solid", fgColor="FFC7CE"), "A": PatternFill("solid", fgColor="FFEB9C"),
                "G": PatternFill("solid", fgColor="C6EFCE")}


def case_k04():
    wb, ws = new_sheet("Vendor one-pagers",
                       "Southern Cross Microcredit (Chongqing) – merchant-loan platform (source-code purchase): vendor "
                       "one-pagers",
                       "Prepared by Kestrel Lane Advisory for the Investment Committee, draft of 27 March 2025. 'Vendor "
                       "position' summarises each vendor's written response; the RAG column is our own assessment. "
                       "Amounts in RMB.")
    top = 4
    for b, (name, (headline, overall), lines, view) in enumerate(K04_VENDORS):
        c = 1 + 4 * b
        merged(ws, top, c, top, c + 2, name)
        put_row(ws, top + 1, ["Headline", headline, overall], start=c, font=BOLD)
        ws.cell(row=top + 1, column=c + 2).fill = K04_RAG_FILL[overall]
        put_row(ws, top + 2, ["Topic", "Vendor position", "RAG"], start=c, font=BOLD, fill=GREY, align=CENTER)
        it = iter(lines)
        for i, topic in enumerate(K04_TOPICS):
            r = top + 3 + i
            if topic.isupper():
                put_row(ws, r, [topic, None, None], start=c, font=BOLD)
                for cc in (c + 1, c + 2):
                    ws.cell(row=r, column=cc).border = BOX
                continue
            said, rag = next(it)
            put_row(ws, r, [topic, said, rag or None], start=c)
            if rag:
                ws.cell(row=r, column=c + 2).fill = K04_RAG_FILL[rag]
                ws.cell(row=r, column=c + 2).alignment = CENTER
        assert next(it, None) is None, name
        r = top + 3 + len(K04_TOPICS)
        put_row(ws, r, ["Our view", view], start=c, font=BOLD)
        ws.merge_cells(start_row=r, start_column=c + 1, end_row=r, end_column=c + 2)
    ws.cell(row=top + 5 + len(K04_TOPICS), column=1,
            value="RAG key: G = meets our benchmark; A = acceptable with conditions; R = below benchmark. "
                  "3-yr TCO is Kestrel's estimate (price + fees after warranty), not a vendor figure.")
    widths(ws, [18, 44, 6, 3] * 4)
    wb.save(CASES / "k_04_ml_en_onepagers_rag.xlsx")


# ---------------------------------------------------------------------------------------------
# k_05  消费分期 — 运营部 at 兰州金城小额贷款 (phone and appliance installments) shared one 金山文档 online sheet,
#       "供应商报价收集表", with every vendor's salesperson, and each filled in its own row; the sheet was then downloaded
#       and saved from Excel as CSV (GBK, Chinese Windows). Voice: the vendors' own typing, each its own way, under the
#       buyer's headers: the header says 报价总额（千元） and the instruction line says "金额请统一按千元填写（如25万元填250）",
#       but one rep writes "228K", another "21.6万" (and adds "我们按万元填的"), another "258,000元"; the option and fee
#       columns in 千元 get "18K", "25K", "3万"; phone numbers beside names.
#       Layout: a title line (with the download time), the instruction line, the header row, the buyer's EXAMPLE row
#       ("示例 | XX科技有限公司（示例） | 250 | …"), then one row per vendor.
# Traps: a bare number takes the header's unit (235 = 235,000; 96 = 96,000) while an amount with its own unit keeps it —
#       "228K" is 228,000 (not 228 × 1,000 × 1,000), "21.6万" is 216,000 (not 21,600), "258,000元" is 258,000; the example
#       row is no vendor; 兰州黄河's 228K is 不含税 and its 分期计算器 (a must-have) is an option at 18K: (228 + 18) × 1.13 =
#       277,980, its 积分商城 (deferrable) not bought; 白银铜城's 96 plus its must-have 订单跟踪 option at 15 (千元) is
#       111,000 — no longer under 10万, but in the caution zone — and it fails anyway on 等保 无; 天水麦积山's 等保 is
#       三级测评中 (unverified, not fail); 填写人及电话 and the download time are no amounts.
# Analyst's reading: 甘肃陇原分期科技有限公司 — 235,000 含税 inside 20–30万, filing number, SM4, HTTPS, RBAC, 12-month
#       logs, Baihang + Pudao, all three installment must-haves, 12 months with upgrades, free policy adaptation, 7×24,
#       1 h, lifetime consulting, in the contract, 30,000 a year, full source.
# ---------------------------------------------------------------------------------------------
K05_HEAD = ["序号", "公司全称", "填写人及电话", "报价总额（千元）", "是否含税", "报价内包含的功能模块",
            "选配模块及价格（千元，未含在报价总额内）", "等保三级（已取得请填备案证明编号）", "敏感字段加密方式", "是否全站HTTPS",
            "权限管理", "操作日志保存期", "已对接征信机构", "免费维保期", "维保范围", "监管政策调整适配", "技术支持时段", "故障响应时间",
            "终身技术咨询", "售后条款是否写入合同", "维保期满年费（千元/年）", "源码交付方式", "其他说明"]
K05_ROWS = [
    ["示例", "XX科技有限公司（示例）", "张三 138xxxx0000", "250", "含税", "商品管理、分期计算器、订单跟踪、还款管理", "无",
     "已取得，XXXXXXXXXXX-XXXXX", "SM4", "是", "RBAC", "12个月", "百行征信", "12个月", "bug修复及小版本升级", "免费", "7×24小时",
     "1小时", "提供", "是", "30", "完整源码", "示例行请勿修改"],
    ["1", "甘肃陇原分期科技有限公司", "刘昇 139 1920 3381", "235", "含税",
     "商品管理、分期计算器、订单跟踪、还款管理、用户管理、审批流", "无", "已取得，62010043097-24004",
     "SM4（身份证号、手机号、银行卡号）", "是", "RBAC", "12个月", "百行征信、朴道征信", "12个月", "bug修复及小版本升级", "免费",
     "7×24小时", "1小时", "提供", "是", "30", "完整源码，无加密，可二次开发", ""],
    ["2", "兰州黄河数码软件有限公司", "马超 186 0931 2270", "228K", "不含税",
     "商品管理、订单跟踪、还款管理、用户管理、审批流", "分期计算器 18K；积分商城 12K", "已取得，62010043142-23008", "SM4", "是",
     "角色权限", "6个月", "百行征信", "6个月", "仅bug修复", "重大政策调整另行报价", "5×8小时", "4小时", "不提供", "是", "25K",
     "完整源码", "价格可再谈"],
    ["3", "天水麦积山网络科技有限公司", "王婷 152 9380 4417", "21.6万", "含税",
     "商品管理、分期计算器、订单跟踪、还款管理、用户管理、审批流、社交分享", "无", "三级测评中，预计2025年6月取得备案证明", "SM4",
     "是", "RBAC", "12个月", "百行征信", "12个月", "bug修复及小版本升级", "免费", "7×24小时", "2小时", "提供", "是", "3万",
     "完整源码", "我们按万元填的"],
    ["4", "白银铜城信息技术有限公司", "李工 133 0943 8810", "96", "含税", "商品管理、分期计算器、还款管理、用户管理",
     "订单跟踪 15", "无", "AES", "是", "有", "3个月", "暂未对接", "3个月", "仅bug修复", "收费", "工作日", "次日", "不提供", "否",
     "按次收费", "仅授权使用", ""],
    ["5", "酒泉飞天数科有限公司", "赵磊 138 9370 2256", "258,000元", "含税",
     "商品管理、分期计算器、订单跟踪、还款管理、用户管理、审批流", "无", "已取得，62090043021-24002", "SM4", "是", "RBAC", "12个月",
     "人行征信中心、百行征信", "12个月", "仅bug修复", "免费", "7×24小时", "4小时", "提供", "是", "按合同额12%/年", "完整源码", ""],
]


def case_k05():
    rows = [["兰州金城小额贷款有限公司 消费分期系统 供应商报价收集表（金山文档在线填写，下载时间 2025-03-28 17:05）"],
            ["填写说明：每家填一行；金额请统一按千元填写（如25万元填250）；多个模块用顿号分隔；示例行请勿修改。"],
            K05_HEAD, *K05_ROWS]
    for row in K05_ROWS:
        assert len(row) == len(K05_HEAD), row[1]
    write_csv("k_05_ci_kdocs_qianyuan_k_gbk.csv", rows, "gbk", CASES)


# ---------------------------------------------------------------------------------------------
# k_06  个人信用贷 — Hanbit Microcredit (Weihai) Co., Ltd., the Chinese subsidiary of a Korean card company, registers
#       quotes in the head office's purchasing system ("GPS – Global Purchasing System"), whose screens and export are in
#       English; the Weihai staff typed the vendors' answers in Chinese; two Seoul reviewers added comments in Korean.
#       Exported as CSV (UTF-8 with BOM). Voice: a Korean system's English headers ("Authority Management", "Log Keeping
#       Period", "Law Change Support", "Contract Reflection (Y/N)", "Biz. Reg. No."), dates "2025.03.12", amounts
#       "228000.00" with a Currency column, Y/N flags, Quote Status Submitted / Pending / Withdrawn; Chinese values; Korean
#       HQ comments ("최저가" = lowest price, "견적 대기" = waiting for the quote, "철회" = withdrawn).
#       Layout: no title; one row per quote (vendors as rows), 31 columns.
# Traps: the Withdrawn row still carries an amount (176000.00) but its remark says 供应商已撤回报价: no quote; the Pending
#       row's 0.00 beside "待报价，供应商称4月上旬提交" is no price (unknown, not free); 威海刘公岛's 198000.00 is VAT N and its
#       risk model (a must-have) is an option "风控模型 25000.00（不含税）": (198,000 + 25,000) × 1.13 = 251,990 — above the
#       18–25万 band, though the HQ comment calls it the lowest; 延边长白山's 三级（申请中…） is in progress (unverified, not
#       fail) and its module list has no 反欺诈; 蓬莱仙阁 is 88,000 with 二级, 权限 无 and no credit report or risk model;
#       Quote No., Biz. Reg. No. and dates are no amounts; HQ Reviewer / HQ Review Comment are the buyer's.
# Analyst's reading: 天津海河数科有限公司 — 228,000 incl. VAT inside 18–25万, filing number, SM4, HTTPS, RBAC, 12-month
#       logs, PBoC + Baihang, credit report / risk model / anti-fraud / repayment, 12 months with upgrades, free policy
#       adaptation, 7×24, 1 h, lifetime consulting, in the contract, 26,000 a year, full source.
# ---------------------------------------------------------------------------------------------
K06_HEAD = ["No.", "RFQ No.", "Quote No.", "Reg. Date", "Quote Status", "Vendor Name", "Biz. Reg. No.", "Contact Person",
            "Quotation Amount", "Currency", "VAT Included (Y/N)", "Module Scope", "Optional Module", "MLPS Grade",
            "Personal Info Encryption", "HTTPS (Y/N)", "Authority Management", "Log Keeping Period", "Credit Bureau Link",
            "Free Maintenance Period", "Maintenance Scope", "Law Change Support", "Support Time", "Response Time",
            "Lifetime Consulting (Y/N)", "Contract Reflection (Y/N)", "Yearly Maintenance Fee", "Source Code", "Remark",
            "HQ Reviewer", "HQ Review Comment"]
K06_ROWS = [
    ["1", "RFQ-WH-2025-0007", "QT-2025-000311", "2025.03.10", "Submitted", "天津海河数科有限公司", "91120116MA07K3XQ5D", "周涛",
     "228000.00", "CNY", "Y", "个人征信查询、风控模型（评分卡）、反欺诈、还款计划及提醒、审批流、用户管理", "无",
     "三级（备案证明编号12010043170-24009）", "SM4（身份证号、手机号、银行卡号）", "Y", "RBAC", "12个月", "人行征信中心、百行征信",
     "12个月", "bug修复及小版本升级", "免费适配", "7×24", "1小时", "Y", "Y", "26000.00", "完整源码，无加密，可二次开发", "",
     "김지훈", "조건 양호, 1순위 검토"],
    ["2", "RFQ-WH-2025-0007", "QT-2025-000318", "2025.03.11", "Submitted", "威海刘公岛软件有限公司", "91371000MA3R8WLP2K", "孙浩",
     "198000.00", "CNY", "N", "个人征信查询、反欺诈、还款管理、审批流、用户管理", "风控模型 25000.00（不含税）",
     "三级（备案证明编号37100043052-23006）", "SM4", "Y", "角色权限", "6个月", "百行征信", "12个月", "bug修复及小版本升级", "免费",
     "7×24", "2小时", "Y", "Y", "按合同额15%/年", "完整源码", "报价不含税", "박서연", "최저가"],
    ["3", "RFQ-WH-2025-0007", "QT-2025-000322", "2025.03.12", "Submitted", "延边长白山信息技术有限公司", "91222400MA17C9NB4T",
     "金成哲", "185000.00", "CNY", "Y", "个人征信查询、风控模型、还款管理、审批流、用户管理、营销插件", "无",
     "三级（申请中，测评机构已出具初测报告）", "SM4", "Y", "RBAC", "12个月", "百行征信、朴道征信", "12个月", "bug修复及小版本升级",
     "免费", "7×24", "2小时", "Y", "Y", "20000.00", "完整源码", "", "이민호", "등급 확인 필요"],
    ["4", "RFQ-WH-2025-0007", "QT-2025-000327", "2025.03.13", "Pending", "荣成石岛网络科技有限公司", "91371082MA94F6TC1X",
     "于波", "0.00", "CNY", "", "个人征信查询、风控模型、反欺诈、还款管理、审批流、用户管理", "",
     "三级（备案证明编号37108243012-24001）", "SM4", "Y", "RBAC", "12个月", "百行征信", "", "", "", "", "", "", "", "",
     "完整源码", "待报价，供应商称4月上旬提交", "김지훈", "견적 대기"],
    ["5", "RFQ-WH-2025-0007", "QT-2025-000329", "2025.03.13", "Withdrawn", "乳山银滩科技有限公司", "91371083MA3C2YHR7M", "王丽",
     "176000.00", "CNY", "Y", "个人征信查询、风控模型、反欺诈、还款管理、审批流、用户管理", "无",
     "三级（备案证明编号37108343009-23004）", "SM4", "Y", "RBAC", "6个月", "百行征信", "6个月", "仅bug修复", "免费", "5×8",
     "4小时", "N", "Y", "30000.00", "完整源码", "供应商已撤回报价（项目团队调整）", "박서연", "철회"],
    ["6", "RFQ-WH-2025-0007", "QT-2025-000334", "2025.03.14", "Submitted", "蓬莱仙阁网络科技有限公司", "91370684MA3N5UQE8G",
     "曲明", "88000.00", "CNY", "Y", "进件、审批流、放款、还款管理、用户管理", "无", "二级", "AES", "Y", "无", "3个月", "未对接",
     "3个月", "仅bug修复", "收费", "工作日9:00-17:00", "次日", "N", "N", "按次收费", "仅授权使用，绑定域名", "", "이민호",
     "가격 낮음, 등급 미달"],
]


def case_k06():
    for row in K06_ROWS:
        assert len(row) == len(K06_HEAD), row[5]
    write_csv("k_06_pc_en_kr_gps_export.csv", [K06_HEAD, *K06_ROWS], "utf-8-sig", CASES)


if __name__ == "__main__":
    case_k01()
    case_k02()
    case_k03()
    case_k04()
    case_k05()
    case_k06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("k_0*") if p.suffix != ".toml")))
