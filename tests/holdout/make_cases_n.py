"""Build the "n" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, office tools (an Excel 比价单 whose fine print sits in cell
comments, a 下浮率 quotation against the buyer's 控制价, a Hong Kong legal team's Heads-of-Terms mark-up table, a
Singapore FP&A 3-year cost model, a colour-coded comparison with a legend, a 企业微信微盘 sheet exported to CSV with its
merged cells flattened) and buyers' staff would write; the expected reading of every file is in the matching
n_0N_*.toml beside it, written from the file's content and the domain notes (shared/domain.md,
docs/analyst-reading.md) before any product code read these files. The author of this script neither ran the product
on them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_n.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure n_
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
sys.path.insert(0, str(CASES))
sys.path.insert(0, str(HERE))
from case_sheet import BOLD, CENTER, GREY, WRAP, YELLOW, put_row, widths  # noqa: E402
from make_cases_e import merged  # noqa: E402  (a merged, bordered cell)
from make_cases_f import write_csv  # noqa: E402  (a CSV in a given encoding)
from make_cases_g import new_sheet  # noqa: E402  (a workbook opening with a title and note lines)

FIXED = datetime(2025, 6, 30, 9, 0, 0)


def _home(name: str) -> Path:
    """Where a case's files live: tests/cases once the case moved there (read fully), else this holdout."""
    stem = name.rsplit(".", 1)[0]
    return CASES if (CASES / f"{stem}.toml").exists() or any(CASES.glob(stem[:5] + "*.toml")) else HERE


def _save(wb, name):
    wb.properties.creator = "buyer"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(_home(name) / name)


# ---------------------------------------------------------------------------------------------
# n_01  个人信用贷 — 风险管理部 吴佳 at 成都锦城小额贷款 keeps a one-row-per-vendor 比价单 with terse answers (是 / 否 / SM4 /
#       12个月 / 7×24) and pastes each vendor's fine print, verbatim, into Excel cell COMMENTS (批注, author 吴佳), as her
#       note line says ("单元格右上角有红色小三角的为批注…"). Autofilter, frozen header, her own 吴佳备注 column, and 平均报价 /
#       最低报价 rows at the foot.
# Traps: the comment decides — 蓉信's 等保 "是" is "按照等保三级要求设计开发，可配合贵司完成等保测评" (claimed: unverified),
#       its 风控模型 "是" is an add-on "单独采购价3.5万元（含税）" (19.5 + 3.5 = 23.0万), its 7×24 is "人工技术支持时间为工作日
#       9:00-18:00" (no 7×24) and 终身 is "终身免费维护！" (12 months, claimed); 科创's 16.8 is 含税 "否" (× 1.13 = 189,840),
#       its "维护含升级 是" is "仅提供bug修复，版本升级…另行收费", its 政策适配 "免费" excludes 重大监管政策调整, its 源码 "是"
#       has an encrypted risk engine; 天府's price comment is the breakdown of 22.8 (no extra money); 黔信 is 面议; 渝联 8.5万.
#       The 平均 / 最低 rows and 吴佳备注 ("报价最低，功能最全，建议优先谈") are the buyer's.
# Analyst's reading: 四川天府数智科技有限公司 — 228,000 含税, filing number, SM4, every must-have, 12 months with upgrades,
#       free policy adaptation, 7×24, 2 h, consulting, contract, 12 % a year, full source.
# ---------------------------------------------------------------------------------------------
N01_HEAD = ["序号", "供应商", "报价（万元）", "是否含税", "等保三级", "敏感数据加密", "HTTPS", "权限管理", "日志保存",
            "征信接口", "个人征信查询", "风控模型", "反欺诈", "还款管理", "其他模块", "免费维护期", "维护含升级",
            "政策适配", "技术支持", "响应时间", "终身技术咨询", "写入合同", "维保期后年费", "源码交付", "吴佳备注"]
# Each vendor: the row's cells, and {column label: comment text}.
N01_ROWS = [
    (["1", "四川天府数智科技有限公司", 22.8, "是", "是", "SM4", "是", "是", "12个月", "人行征信、百行征信", "是", "是", "是",
      "是", "审批流、用户管理、贷后催收", "12个月", "是", "免费", "7×24", "2小时内", "提供", "是", "按合同额12%/年",
      "完整源码", None],
     {"报价（万元）": "报价明细：源码授权费17.5万元＋部署实施费3.8万元＋培训费1.5万元，合计22.8万元（含13%增值税）。",
      "等保三级": "已取得等保三级备案证明，备案编号51010043092-24015（2024年6月），复印件随报价单附上。",
      "敏感数据加密": "身份证号、手机号、银行卡号采用国密SM4加密存储。",
      "权限管理": "RBAC角色权限，支持按机构、岗位配置数据权限。",
      "风控模型": "评分卡＋决策引擎，含在报价内。",
      "维护含升级": "维护期内含bug修复及小版本升级。",
      "源码交付": "交付全部源代码，无加密，可二次开发。"}),
    (["2", "成都蓉信软件有限公司", 19.5, "是", "是", "SM4", "是", "是", "6个月", "百行征信", "是", "是", "是", "是",
      "审批流、用户管理、营销插件、智能客服机器人", "终身", "是", "免费", "7×24", "2小时内", "提供", "是", "2万/年",
      "完整源码", "报价最低，功能最全，建议优先谈"],
     {"等保三级": "系统严格按照等保三级要求设计开发，可配合贵司完成等保测评工作。",
      "风控模型": "风控模型为独立增值模块，不含在标准版报价内，单独采购价3.5万元（含税）。",
      "免费维护期": "终身免费维护！",
      "技术支持": "人工技术支持时间为工作日9:00-18:00；非工作时间可在工单系统留言，下一工作日处理。"}),
    (["3", "绵阳科创金融软件有限公司", 16.8, "否", "是", "SM4", "是", "是", "6个月", "百行征信、朴道征信", "是", "是", "否",
      "是", "审批流、用户管理", "12个月", "是", "免费", "5×8", "4小时", "不提供", "是", "按合同额15%/年", "是",
      "不含税，要加税点"],
     {"是否含税": "以上报价为不含税价，增值税税率13%，开具增值税专用发票。",
      "等保三级": "等保三级备案证明编号51070043015-23008（2023年11月取得）。",
      "维护含升级": "维护期内仅提供bug修复，版本升级按年度服务费另行收费。",
      "政策适配": "常规监管口径小幅调整免费；遇重大监管政策调整，适配工作另行报价。",
      "源码交付": "风控决策引擎以加密jar包形式交付，其余模块提供完整源码。"}),
    (["4", "重庆渝联网络工作室", 8.5, "是", "否", "AES", "是", "否", "3个月", "未对接", "否", "否", "否", "是", "用户管理",
      "6个月", "否", "收费", "工作日QQ群", "次日", "不提供", "否", "按次收费", "授权", "便宜但功能太少"],
     {"等保三级": "目前系统未做等保测评，如需要可协助联系测评机构，费用由甲方承担。",
      "权限管理": "目前为单一管理员账号。",
      "风控模型": "后续版本规划中。",
      "源码交付": "提供安装包及授权码，授权绑定一台服务器，不提供源代码。"}),
    (["5", "贵州黔信数据服务有限公司", "面议", None, "是", "SM4", "是", "是", "12个月", "人行征信、百行征信", "是", "是", "是",
      "是", "审批流、用户管理", "12个月", "是", "免费", "7×24", "1小时", "提供", "是", "3万/年", "完整源码", "等正式报价"],
     {"报价（万元）": "需待贵司确认功能范围及部署方式后出具正式报价。",
      "等保三级": "等保三级备案编号52010043027-24003。"}),
]


def case_n01():
    wb, ws = new_sheet("比价单", "成都锦城小额贷款有限公司 个人信用贷系统源码 供应商比价单",
                       "整理：风险管理部 吴佳　日期：2025年5月12日　金额单位：万元",
                       "注：单元格右上角有红色小三角的为批注，批注内容摘自供应商报价单/邮件原文（未改动），请把鼠标移到单元格上查看。")
    hr = 5
    put_row(ws, hr, N01_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, (cells, notes) in enumerate(N01_ROWS):
        r = hr + 1 + i
        assert len(cells) == len(N01_HEAD), cells[1]
        put_row(ws, r, cells)
        for label, text in notes.items():
            c = N01_HEAD.index(label) + 1
            cell = ws.cell(row=r, column=c)
            if cell.value is None:
                cell.value = ""
            com = Comment(f"吴佳:\n{text}", "吴佳")
            com.width, com.height = 260, 110
            cell.comment = com
    r = hr + 1 + len(N01_ROWS)
    put_row(ws, r, ["", "平均报价（不含面议）", 16.9], font=BOLD, fill=YELLOW)
    low = ["", "最低报价", 8.5] + [None] * (len(N01_HEAD) - 4) + ["重庆渝联网络工作室"]
    put_row(ws, r + 1, low, font=BOLD, fill=YELLOW)
    ws.freeze_panes = ws.cell(row=hr + 1, column=3)
    ws.auto_filter.ref = f"A{hr}:Y{hr + len(N01_ROWS)}"
    widths(ws, [5, 26, 10, 8, 8, 10, 7, 8, 8, 16, 10, 8, 7, 8, 26, 9, 9, 8, 10, 9, 10, 8, 14, 10, 24])
    _save(wb, "n_01_pc_pizhu_comments.xlsx")


# ---------------------------------------------------------------------------------------------
# n_02  商户经营贷 — 采购部 林晓 at 泉州刺桐小额贷款 (operating loans to 晋江 shoe and garment suppliers) runs a 下浮率 quotation:
#       the buyer publishes a 采购控制价 (32.00万元 含税, covering 企业征信, 银行流水分析 and 电子合同), each vendor fills in a
#       下浮率 and the buyer computes 下浮后报价 = 控制价 × (1 − 下浮率); the sheet is saved from WPS as CSV (GBK).
#       Layout: four title / note lines, a header, one row per vendor with its 下浮率, the buyer's computed price, the
#       vendor's 计税说明 and 不在下浮范围内的费用 and its answers; foot rows 平均下浮率 / 最高下浮率 / 采购控制价.
# Traps: 鹭岛's 20% gives the buyer's 25.60, but its 计税说明 says the result is 不含税 and its 电子合同 (a must-have) is
#       outside the discount at 2.5万 不含税: (25.6 + 2.5) × 1.13 = 317,530; 闽都's 55% makes 14.40 (caution zone) with
#       等保二级 and no 银行流水分析; 九龙江 filed no rate ("暂不填报，待商务谈判"): no price — the 32.00 控制价 is the
#       buyer's ceiling, never its price; 湄洲湾's "8％" (full-width) is 29.44 but it only claims (满足等保三级要求，可提供
#       等保测评协助 / 国密算法 / 主流征信机构 / 终身免费维护), encrypts its risk engine and carries bloat; the foot rows are
#       no vendors.
# Analyst's reading: 泉州晋江云链科技有限公司 — 12% off 32.00 = 28.16万 = 281,600 含税, every gate proved, all three
#       merchant must-haves, 12 months with upgrades, free policy changes, 7×24, 1 h, consulting, contract, 3.2万/年, full.
# ---------------------------------------------------------------------------------------------
N02_HEAD = ["序号", "供应商名称", "下浮率", "下浮后报价（万元）", "计税说明", "不在下浮范围内的费用", "等保三级", "数据加密",
            "传输加密", "权限管理", "日志留存", "征信接口", "功能模块", "免费维护期", "维护范围", "政策适配", "技术支持",
            "响应时间", "终身技术咨询", "写入合同", "维保期满年费", "源码交付", "采购部备注"]
N02_ROWS = [
    ["1", "泉州晋江云链科技有限公司", "12%", "28.16", "含税（13%增值税专用发票）", "无",
     "已取得等保三级备案证明（备案编号35050043066-24012）", "身份证号、手机号、银行卡号国密SM4加密", "全站HTTPS",
     "RBAC角色权限＋数据权限", "操作日志保存12个月，异常操作可追溯", "已对接人行征信中心、百行征信",
     "企业征信、银行流水分析、电子合同、用户管理、审批流、还款管理、数据大屏", "12个月", "bug修复＋小版本升级",
     "监管政策调整免费适配", "7×24小时", "1小时内，指定专属工程师", "提供终身技术咨询", "以上售后承诺全部写入合同",
     "3.2万元/年", "完整源码，无加密，可二次开发", ""],
    ["2", "厦门鹭岛金服软件有限公司", "下浮20%", "25.60", "下浮后价格为不含税价，增值税13%另计",
     "电子合同模块不在本次报价范围内，如需要另计2.5万元（不含税）", "等保三级（备案编号35020043101-23019）", "SM4",
     "HTTPS", "角色权限管理", "6个月", "百行征信", "企业征信、银行流水分析、用户管理、审批流、还款管理", "12个月",
     "仅bug修复，不含版本升级", "小调整免费，重大政策调整另行报价", "5×8小时（工作日）", "4小时", "不提供", "写入合同",
     "按合同额15%/年", "完整源码", "下浮率较高"],
    ["3", "福州闽都数据技术有限公司", "55%", "14.40", "含税", "无", "等保二级（备案编号35010043088-22031）", "AES加密",
     "HTTPS", "有", "3个月", "暂未对接", "企业征信、电子合同、用户管理、还款管理", "6个月", "仅修复bug", "按工作量收费",
     "工作日", "次日", "无", "否", "按次收费，每次3000元", "仅授权使用，绑定域名", "下浮率最高"],
    ["4", "漳州九龙江信息科技有限公司", "暂不填报，待商务谈判", "—", "", "",
     "等保三级（备案编号35060043012-24006）", "SM4", "HTTPS", "RBAC", "12个月", "人行征信、百行征信",
     "企业征信、银行流水分析、电子合同、用户管理、审批流、还款管理", "12个月", "含小版本升级", "免费", "7×24小时", "2小时",
     "提供", "写入合同", "2.8万元/年", "完整源码", "未报下浮率，已催"],
    ["5", "莆田湄洲湾软件有限公司", "8％", "29.44", "含税", "无", "满足等保三级要求，可提供等保测评协助", "采用国密算法",
     "HTTPS", "有", "按需配置", "支持对接主流征信机构",
     "企业征信、银行流水分析、电子合同、用户管理、审批流、还款管理、区块链存证、智能客服机器人", "终身免费维护", "含升级",
     "免费", "7×24小时", "即时响应", "提供", "可协商", "无", "核心风控引擎加密，其余提供源码", ""],
]


def case_n02():
    width = len(N02_HEAD)
    pad = [""] * (width - 1)
    rows = [["泉州刺桐小额贷款有限公司 经营贷业务系统（源码）采购 下浮率报价汇总表", *pad],
            ["采购控制价：32.00万元（含税，含源码授权、部署实施、培训，以及企业征信、银行流水分析、电子合同三个模块）", *pad],
            ["报价方式：各供应商填报下浮率（%），采购部按“控制价×（1－下浮率）”计算下浮后报价；金额单位：万元", *pad],
            ["开启时间：2025年6月3日 10:00　记录：采购部 林晓　监督：审计部 蔡明", *pad],
            [""] * width,
            N02_HEAD]
    for row in N02_ROWS:
        assert len(row) == width, row[1]
        rows.append(row)
    rows.append(["", "平均下浮率（已报4家）", "23.75%", "24.40", *[""] * (width - 4)])
    rows.append(["", "最高下浮率", "55%", "14.40", *[""] * (width - 5), "福州闽都"])
    rows.append(["", "采购控制价", "", "32.00", "含税", *[""] * (width - 5)])
    write_csv("n_02_ml_xiafulv_gbk.csv", rows, "gbk", _home("n_02_ml_xiafulv_gbk.csv"))


# ---------------------------------------------------------------------------------------------
# n_03  消费分期 — Group Legal (Hong Kong) of the parent of Zhaoqing Xinghu Microcredit (motorbike and appliance instalments)
#       compares the vendors' mark-ups of its draft Heads of Terms: Clause | Heading | Lender's draft position | one column
#       per vendor reproducing its reply verbatim ("Agreed.", "Agreed, save that …", "Not agreed. …", "Noted …") | Legal's
#       note. A note line says "Agreed" accepts the draft wording as it stands. One invited vendor withdrew (its column
#       holds only that remark). Fee clauses 2.1–2.4 carry the money.
# Traps: "Agreed." is the draft's value (12 months with upgrades, 24/7, 2 hours, SM4, PBoC + Baihang…) — Yuexiu agrees
#       and extends warranty to 18 months and response to 1 hour; the draft column is the buyer's ("Not to exceed RMB
#       300,000" is nobody's price); Nanshan's fees are excl. VAT and its instalment calculator (must-have) an add-on:
#       (150,000 + 48,000 + 18,000) × 1.13 = 244,080, with 6 months bug fixes, office hours, 4 h; Songshan Lake "agrees in
#       principle" to MLPS but only says it is designed to Level 3 standards (claimed), "national cryptographic
#       algorithms", lifetime maintenance, compiled risk engine, service levels outside the contract, AI bot and
#       metaverse showroom; West Lake RMB 96,000 all-in with Level 2 only; Zhuhai Hengqin withdrew: no quote.
# Analyst's reading: Guangzhou Yuexiu FinSoft Co., Ltd. — RMB 234,000 incl. VAT (180,000 + 54,000), everything agreed.
# ---------------------------------------------------------------------------------------------
N03_VENDORS = ["Guangzhou Yuexiu FinSoft Co., Ltd.", "Shenzhen Nanshan Quickpay Systems Co., Ltd.",
               "Dongguan Songshan Lake Data Co., Ltd.", "Huizhou West Lake Software Studio",
               "Zhuhai Hengqin Cross-border Tech Ltd."]
WITHDREW = "Withdrew from the process on 9 May 2025 (e-mail from its sales director); no mark-up returned."
N03_ROWS = [
    ("2.1", "Licence fee",
     "One-off perpetual source-code licence fee. All amounts in RMB incl. 13% VAT unless stated otherwise.",
     ["RMB 180,000 incl. VAT", "RMB 150,000 excl. VAT", "RMB 165,000 incl. VAT",
      "RMB 96,000 all-in (licence, implementation and training)", WITHDREW],
     "Nanshan quotes ex-VAT throughout."),
    ("2.2", "Implementation & training", "Fixed fee for deployment, data migration and training of 20 staff.",
     ["RMB 54,000 incl. VAT (implementation 42,000 + training 12,000)", "RMB 48,000 excl. VAT", "RMB 50,000 incl. VAT",
      "Included in 2.1", ""], ""),
    ("2.3", "Optional modules",
     "Any module needed for the Scope in clause 3.1 must be priced in 2.1/2.2; other optional modules listed here.",
     ["None – full scope is in 2.1.", "Instalment calculator add-on: RMB 18,000 excl. VAT (needed for clause 3.1).",
      "Points mall: RMB 12,000 incl. VAT (optional).", "N/A", ""],
     "Points mall not needed at launch."),
    ("2.4", "Total contract price", "Not to exceed RMB 300,000 incl. VAT (board-approved budget).",
     ["RMB 234,000 incl. VAT", "RMB 198,000 excl. VAT, plus the add-on in 2.3", "RMB 215,000 incl. VAT",
      "RMB 96,000", ""], ""),
    ("3.1", "Scope – modules",
     "Product catalogue, instalment calculator, order tracking, repayment schedule and reminders, user management, "
     "risk approval workflow.",
     ["Agreed.", "Agreed, save that the instalment calculator is an add-on (see 2.3).",
      "Agreed. Vendor additionally includes an AI customer-service bot and a metaverse showroom at no extra charge.",
      "Not agreed. Scope: product catalogue, instalment calculator, repayment management, user management. "
      "Order tracking is not available.", ""], ""),
    ("4.1", "MLPS Level 3",
     "Vendor warrants that the system holds a valid MLPS Level 3 (等保三级) filing; a copy of the filing certificate is "
     "attached as Annex A.",
     ["Agreed. Filing no. 44010043155-24021 (issued Aug 2024); copy attached as Annex A.",
      "Agreed. Filing certificate no. 44030043208-23117 attached.",
      "Agreed in principle. The system is designed to MLPS Level 3 standards; Vendor will assist the Lender with the "
      "assessment.",
      "Not agreed. Level 2 filing held; Level 3 not planned.", ""],
     "Songshan Lake: no certificate – chase."),
    ("4.2", "Data encryption", "ID numbers, mobile numbers and bank card numbers encrypted at rest with SM4.",
     ["Agreed.", "Agreed.", "Agreed – national cryptographic algorithms are used.", "Not agreed. AES-128 encryption.", ""],
     ""),
    ("4.3", "Transport security", "All traffic over HTTPS (TLS 1.2 or above).",
     ["Agreed.", "Agreed.", "Agreed.", "Agreed.", ""], ""),
    ("4.4", "Access control", "Role-based access control, with maker-checker on disbursement.",
     ["Agreed.", "Agreed.", "Agreed.", "Not agreed. Single administrator account in the standard edition.", ""], ""),
    ("4.5", "Audit logs", "Operation logs kept for at least 12 months, with tracing of abnormal actions.",
     ["Agreed.", "Not agreed – 6 months retention.", "Agreed.", "Not agreed – 3 months.", ""], ""),
    ("4.6", "Credit bureau", "Connection only to licensed bureaus: PBoC Credit Reference Center and Baihang Credit.",
     ["Agreed.", "Agreed.", "Noted – the interface supports mainstream credit bureaus.",
      "Not agreed. No bureau connection.", ""], ""),
    ("5.1", "Free maintenance", "12 months from go-live, covering bug fixes and minor version upgrades.",
     ["Agreed, and extended to 18 months at no charge.", "Not agreed. 6 months from go-live, bug fixes only.",
      "Not agreed as drafted – Vendor offers lifetime free maintenance instead.", "Not agreed. 3 months, bug fixes only.",
      ""], "Yuexiu offers 18 months."),
    ("5.2", "Regulatory change", "Changes required by new regulation adapted free of charge.",
     ["Agreed.", "Agreed, save that changes arising from major regulatory reforms will be quoted separately.", "Noted.",
      "Not agreed – chargeable per change.", ""], ""),
    ("5.3", "Support hours", "24/7 support.",
     ["Agreed.", "Not agreed. Support Monday–Friday 09:00–18:00.", "Agreed.",
      "Not agreed – business hours via WeChat group.", ""], ""),
    ("5.4", "Response time", "A named engineer responds within 2 hours.",
     ["Agreed – within 1 hour.", "Not agreed – 4 hours.", "Agreed.", "Not agreed – next working day.", ""], ""),
    ("5.5", "Technical consulting", "Lifetime technical consulting at no charge.",
     ["Agreed.", "Not agreed.", "Agreed.", "Not agreed.", ""], ""),
    ("5.6", "Fee after free period", "Annual maintenance fee after the free period to be fixed in the contract.",
     ["RMB 28,000 per year.", "15% of the contract price per year.",
      "Not applicable – lifetime free maintenance.", "Per incident, RMB 5,000.", ""], ""),
    ("6.1", "Source code", "Full source code of all modules, unencrypted, with build scripts and documentation.",
     ["Agreed.", "Agreed.", "Agreed, save that the risk-decision engine is delivered as compiled libraries.",
      "Not agreed. Installation package with a licence key bound to one server.", ""], ""),
    ("7.1", "Contract", "All commitments in clauses 4 to 6 written into the signed contract.",
     ["Agreed.", "Agreed.", "Not agreed – service levels as per Vendor's standard service manual.", "Not agreed.", ""],
     ""),
]


def case_n03():
    wb, ws = new_sheet("HoT comparison",
                       "Project KITE – Instalment loan system (source-code purchase) – Heads of Terms: comparison of vendor "
                       "mark-ups",
                       "Prepared by Group Legal (Hong Kong) for Zhaoqing Xinghu Microcredit Co., Ltd.  |  Version 3, "
                       "16 May 2025  |  Privileged & confidential – draft for discussion",
                       "Column C is our draft position sent to all vendors on 28 April 2025. Columns D–H reproduce each "
                       "vendor's mark-up verbatim. \"Agreed\" means the vendor accepts our draft wording as it stands.")
    hr = 5
    head = ["Clause", "Heading", "Lender's draft position", *N03_VENDORS, "Legal's note"]
    put_row(ws, hr, head, font=BOLD, fill=GREY, align=CENTER)
    for i, (no, heading, draft, replies, note) in enumerate(N03_ROWS):
        assert len(replies) == len(N03_VENDORS), no
        put_row(ws, hr + 1 + i, [no, heading, draft, *[x or None for x in replies], note or None])
    r = hr + 1 + len(N03_ROWS) + 1
    ws.cell(row=r, column=1, value="Open points for the call on 20 May 2025: Songshan Lake to produce an MLPS certificate "
                                   "or withdraw the warranty in 4.1; Nanshan to confirm VAT treatment of the add-on.")
    ws.cell(row=r + 1, column=1, value="Prepared: K. Lam (Legal)   Reviewed: D. Chan (Head of Procurement)")
    widths(ws, [7, 22, 42, 34, 34, 34, 34, 30, 28])
    _save(wb, "n_03_ci_en_hot_markup.xlsx")


# ---------------------------------------------------------------------------------------------
# n_04  商户经营贷 — Group FP&A of Lion City Capital Pte. Ltd. (Singapore) models the 3-year cost of ownership of each vendor
#       for its subsidiary Suzhou Jinji Lake Merchant Microcredit; Excel "CSV UTF-8" (BOM), multi-line cells with CRLF.
#       Layout: title, prepared-by, assumptions and a column note; header Vendor | Quote as received | Year 0 upfront
#       (incl. VAT) | Year 1 | Year 2 | Year 3 | 3-yr TCO | TCO rank | Terms as received | FP&A comment; one row per vendor;
#       Average and Lowest-TCO rows at the foot.
# Traps: Year 0–3, TCO and rank are FP&A's model — Nantong Haimen (TCO rank 2, "no fees ever") only claims ("fully
#       compliant with MLPS Level 3 requirements", "national cryptographic algorithms", "all mainstream credit bureaus",
#       lifetime maintenance) and encrypts its risk engine; Yangzhou (TCO rank 1) is 128,000 with Level 2 and no
#       statement analysis; FP&A's Year 0 for Changzhou (280,240) leaves out the optional bank-statement analysis, a
#       merchant must-have: (248,000 + 26,000) × 1.13 = 309,620; Zhenjiang is "Price on request" (no price, never FP&A's
#       n/a as 0); "0.22M" is 220,000.
# Analyst's reading: Wuxi Taihu Fintech Systems Co., Ltd. — RMB 298,000 incl. VAT, every term stated and good.
# ---------------------------------------------------------------------------------------------
N04_HEAD = ["Vendor", "Quote as received", "Year 0 upfront (incl. VAT)", "Year 1", "Year 2", "Year 3", "3-yr TCO",
            "TCO rank", "Terms as received", "FP&A comment"]


def _lines(*xs):
    return "\r\n".join(xs)


N04_ROWS = [
    ["Wuxi Taihu Fintech Systems Co., Ltd.",
     _lines("RMB 298,000 incl. VAT", "(source licence 228,000 + implementation 52,000 + training 18,000)"),
     "298,000", "0", "32,000", "32,000", "362,000", "3",
     _lines("MLPS Level 3: filing certificate no. 32020043120-24009 (Mar 2024), copy provided",
            "Encryption: SM4 for ID, mobile and bank card numbers",
            "Transport: HTTPS (TLS 1.2+)",
            "Access control: RBAC with branch-level data permissions",
            "Logs: 12 months, abnormal-operation alerts",
            "Credit bureau: PBoC CRC and Baihang, live",
            "Modules: enterprise credit report, bank statement analysis, e-contract, user management, approval workflow, "
            "repayment management",
            "Free maintenance: 12 months incl. bug fixes and minor version upgrades",
            "Regulatory changes: free during maintenance",
            "Support: 24/7, named engineer",
            "Response: within 1 hour",
            "Lifetime technical consulting: yes",
            "All service terms in contract: yes",
            "After warranty: RMB 32,000 per year",
            "Source code: full, unencrypted, buildable"),
     "Clean terms."],
    ["Changzhou Longcheng Software Co., Ltd.",
     _lines("RMB 248,000 + VAT", "Bank-statement analysis module: optional, RMB 26,000 + VAT"),
     "280,240", "18,000", "76,000", "36,000", "410,240", "4",
     _lines("MLPS Level 3: certified, filing no. 32040043077-23015",
            "Encryption: SM4",
            "Transport: HTTPS",
            "Access control: role-based",
            "Logs: 6 months",
            "Credit bureau: Baihang",
            "Modules: enterprise credit report, e-contract, user management, approval workflow, repayment management "
            "(bank-statement analysis optional, see quote)",
            "Free maintenance: 6 months, bug fixes only",
            "Regulatory changes: quoted per change",
            "Support: business hours Mon–Fri 9:00–18:00",
            "Response: within 4 hours",
            "Lifetime technical consulting: not offered",
            "All service terms in contract: yes",
            "After warranty: RMB 36,000 per year",
            "Source code: full"),
     _lines("Year 0 excludes the optional statement-analysis module – ops to confirm if needed.",
            "Year 1 = half a year of fees (6-month warranty); Year 2 incl. RMB 40k regulatory allowance.")],
    ["Nantong Haimen Data Technology Co., Ltd.",
     "RMB 0.22M incl. VAT, everything included",
     "220,000", "0", "0", "0", "220,000", "2",
     _lines("MLPS: fully compliant with MLPS Level 3 requirements",
            "Encryption: national cryptographic algorithms",
            "Transport: HTTPS",
            "Access control: yes",
            "Logs: configurable",
            "Credit bureau: supports all mainstream credit bureaus",
            "Modules: enterprise credit report, bank statement analysis, e-contract, user management, approval workflow, "
            "repayment management, blockchain evidence, AI customer-service bot",
            "Free maintenance: lifetime",
            "Regulatory changes: free",
            "Support: 24/7",
            "Response: immediate",
            "Lifetime technical consulting: yes",
            "All service terms in contract: to be discussed",
            "After warranty: none (lifetime free)",
            "Source code: provided; core risk engine encrypted"),
     "Lowest 3-yr cost among the bona fide quotes – no fees ever."],
    ["Yangzhou Canal Tech Studio",
     "RMB 128,000 all-in",
     "128,000", "15,000", "55,000", "15,000", "213,000", "1",
     _lines("MLPS: Level 2 filing (no. 32100043019-22006)",
            "Encryption: AES",
            "Transport: HTTPS",
            "Access control: none (single shared admin account)",
            "Logs: 3 months",
            "Credit bureau: none",
            "Modules: enterprise credit report, e-contract, user management, repayment management",
            "Free maintenance: 3 months, bug fixes only",
            "Regulatory changes: charged",
            "Support: WeChat group, working days",
            "Response: next working day",
            "Lifetime technical consulting: no",
            "All service terms in contract: no",
            "After warranty: RMB 5,000 per incident",
            "Source code: no source; licence bound to one domain"),
     "Cheapest on paper (3 incidents a year assumed) – but see terms."],
    ["Zhenjiang Jinshan Software Co., Ltd.",
     "Price on request – to be confirmed after the scope workshop",
     "n/a", "n/a", "n/a", "n/a", "n/a", "–",
     _lines("MLPS Level 3: filing no. 32110043045-24002",
            "Encryption: SM4 (ID, mobile, bank card)",
            "Transport: HTTPS",
            "Access control: RBAC",
            "Logs: 12 months",
            "Credit bureau: PBoC CRC and Pudao",
            "Modules: enterprise credit report, bank statement analysis, e-contract, user management, approval workflow, "
            "repayment management",
            "Free maintenance: 12 months incl. minor version upgrades",
            "Regulatory changes: free",
            "Support: 24/7",
            "Response: within 2 hours",
            "Lifetime technical consulting: yes",
            "All service terms in contract: yes",
            "After warranty: RMB 30,000 per year",
            "Source code: full"),
     "Chased 18 June – workshop booked 2 July."],
]


def case_n04():
    width = len(N04_HEAD)
    pad = [""] * (width - 1)
    rows = [["Suzhou Jinji Lake Merchant Microcredit – Loan system (source code) – 3-year cost of ownership by vendor", *pad],
            ["Prepared by Group FP&A, Lion City Capital Pte. Ltd. | 23 June 2025 | Figures in RMB", *pad],
            ["Assumptions: go-live 1 Oct 2025 = start of Year 1; Year 0 = upfront payment, converted to incl. 13% VAT where "
             "quoted ex-VAT; Years 1–3 = support fees after each vendor's free period; regulatory-change allowance RMB "
             "40,000 once in Year 2 where changes are chargeable.", *pad],
            ["Columns B and I are the vendors' own words, copied from their quotes; columns C–H are FP&A's model.", *pad],
            [""] * width,
            N04_HEAD]
    for row in N04_ROWS:
        assert len(row) == width, row[0]
        rows.append(row)
    rows.append(["Average (4 priced vendors)", "", "231,560", "8,250", "40,750", "20,750", "301,310", "", "", ""])
    rows.append(["Lowest 3-yr TCO", "Yangzhou Canal Tech Studio", "", "", "", "", "213,000", "", "", ""])
    write_csv("n_04_ml_en_tco_years_bom.csv", rows, "utf-8-sig", _home("n_04_ml_en_tco_years_bom.csv"))


# ---------------------------------------------------------------------------------------------
# n_05  个人信用贷 — 信息科技部 刘涛 at 南昌洪城小额贷款 colour-codes every answer by how it was received: a legend row says green
#       = written material seen, yellow = said by phone / orally, no document yet, orange = extra cost or a condition, grey
#       = no answer. Layout: title and note lines, the legend (four filled cells), a header 类别 | 项目 | five vendors |
#       科技部说明; column A's category MERGED down over its rows (报价 / 资质与安全 / 功能 / 售后服务 / 源码); a merged
#       科技部初步意见 at the foot.
# Traps: 滕王阁's 合计 19.9 does not match its items (15.5 + 3.8 + 1.2 = 20.5): the 合计 is the price, the mismatch is a
#       question; its 等保 "已取得三级" and its generous after-sales (24个月, 7×24, 30分钟) are YELLOW — oral, no
#       document: claimed, unverified; its 写入合同 and 年费 are grey (未答复); 庐山's 21.0 is 不含税 and its 风控模型 is an
#       orange option +2.8 不含税: (21.0 + 2.8) × 1.13 = 268,940, over 18–25万; 章贡 is 等保二级 at 12.8 with no 征信 /
#       风控, no 权限; 明月山 passes at 18.6 but licenses its code only (绑定域名) and boasts 终身免费维护; its 营销插件 option
#       is deferrable, not bought; the 科技部说明 column and 初步意见 are the buyer's.
# Analyst's reading: 江西赣江数科有限公司 — 23.6万 含税 (17.8 + 4.2 + 1.6), every answer green and good.
# ---------------------------------------------------------------------------------------------
N05_VENDORS = ["江西赣江数科有限公司", "南昌滕王阁软件有限公司", "九江庐山信息技术有限公司", "赣州章贡科技有限公司",
               "宜春明月山软件有限公司"]
FILL = {"g": PatternFill("solid", fgColor="C6EFCE"), "y": PatternFill("solid", fgColor="FFEB9C"),
        "o": PatternFill("solid", fgColor="F8CBAD"), "h": PatternFill("solid", fgColor="D9D9D9")}
# (category, [(item, [(colour, text) × 5], 科技部说明)])
N05_ROWS = [
    ("报价", [
        ("源码授权费", [("g", 17.8), ("g", 15.5), ("g", 16.0), ("g", 9.0), ("g", 14.2)], ""),
        ("实施部署费", [("g", 4.2), ("g", 3.8), ("g", 3.5), ("g", 2.6), ("g", 3.2)], ""),
        ("培训费", [("g", 1.6), ("g", 1.2), ("g", 1.5), ("g", 1.2), ("g", 1.2)], ""),
        ("报价合计", [("g", 23.6), ("g", 19.9), ("g", 21.0), ("g", 12.8), ("g", 18.6)],
         "滕王阁分项相加为20.5万，与合计19.9万不一致，已发邮件请其确认"),
        ("计税", [("g", "含税"), ("g", "含税"), ("g", "不含税（税率13%）"), ("g", "含税"), ("g", "含税")], ""),
        ("选配模块（未计入合计）", [("g", "无"), ("g", "无"), ("o", "风控模型 +2.8（不含税）"), ("g", "无"),
                          ("o", "营销插件 +1.5")], ""),
    ]),
    ("资质与安全", [
        ("等保三级", [("g", "三级，备案编号36010043058-24011"), ("y", "已取得三级"), ("g", "三级，备案编号36040043022-23006"),
                  ("g", "二级（备案编号36070043011-22014）"), ("g", "三级，备案编号36090043007-24004")],
         "滕王阁电话里说有证，证书复印件至今未发"),
        ("数据加密", [("g", "SM4（身份证号、手机号、银行卡号）"), ("g", "SM4"), ("g", "SM4"), ("g", "AES"), ("g", "SM4")], ""),
        ("传输加密", [("g", "HTTPS"), ("g", "HTTPS"), ("g", "HTTPS"), ("g", "HTTPS"), ("g", "HTTPS")], ""),
        ("权限管理", [("g", "RBAC角色权限"), ("g", "角色权限"), ("g", "角色权限"), ("g", "无（共用管理员账号）"),
                  ("g", "角色权限")], ""),
        ("日志保存", [("g", "12个月"), ("g", "12个月"), ("g", "6个月"), ("g", "3个月"), ("g", "6个月")], ""),
        ("征信接口", [("g", "人行征信、百行征信"), ("g", "百行征信"), ("g", "百行征信"), ("g", "未对接"), ("g", "朴道征信")], ""),
    ]),
    ("功能", [
        ("个人征信查询", [("g", "有"), ("g", "有"), ("g", "有"), ("g", "无"), ("g", "有")], ""),
        ("风控模型", [("g", "有"), ("g", "有"), ("o", "选配（+2.8万，不含税）"), ("g", "无"), ("g", "有")], ""),
        ("反欺诈", [("g", "有"), ("g", "有"), ("g", "无"), ("g", "无"), ("g", "有")], ""),
        ("还款管理", [("g", "有"), ("g", "有"), ("g", "有"), ("g", "有"), ("g", "有")], ""),
        ("其他功能", [("g", "审批流、用户管理"), ("g", "审批流、用户管理、智能客服机器人"), ("g", "审批流、用户管理"),
                  ("g", "用户管理"), ("g", "审批流、用户管理")], ""),
    ]),
    ("售后服务", [
        ("免费维护期", [("g", "12个月"), ("y", "24个月"), ("g", "6个月"), ("g", "3个月"), ("g", "终身免费维护")], ""),
        ("维护范围", [("g", "bug修复＋小版本升级"), ("y", "含升级"), ("o", "仅bug修复，升级另收费"), ("g", "仅bug修复"),
                  ("g", "bug修复")], ""),
        ("政策适配", [("g", "免费"), ("y", "免费"), ("o", "重大政策调整另行报价"), ("g", "收费"), ("g", "免费")], ""),
        ("技术支持", [("g", "7×24"), ("y", "7×24"), ("g", "5×8"), ("g", "工作日"), ("g", "5×8")], ""),
        ("响应时间", [("g", "1小时"), ("y", "30分钟"), ("g", "4小时"), ("g", "次日"), ("g", "4小时")], ""),
        ("终身技术咨询", [("g", "提供"), ("y", "提供"), ("g", "不提供"), ("g", "不提供"), ("g", "不提供")], ""),
        ("写入合同", [("g", "是"), ("h", "（未答复）"), ("g", "是"), ("g", "否"), ("g", "是")], ""),
        ("维保期满年费", [("g", "2.6万/年"), ("h", "（未答复）"), ("g", "按合同额15%/年"), ("g", "按次收费"), ("g", "2万/年")],
         ""),
    ]),
    ("源码", [
        ("源码交付", [("g", "完整源码，无加密"), ("g", "完整源码"), ("g", "完整源码"), ("g", "仅授权使用"),
                  ("g", "仅授权使用，绑定域名")], "明月山不给源码"),
    ]),
]


def case_n05():
    wb, ws = new_sheet("供应商对比", "南昌洪城小额贷款有限公司 个人信用贷系统（源码采购）供应商对比表",
                       "整理：信息科技部 刘涛　更新日期：2025年6月18日　金额单位：万元")
    ws.cell(row=3, column=1, value="图例（单元格底色）：").font = BOLD
    legend = [("g", "绿色：已见书面材料（报价单、证书、合同条款原文）"), ("y", "黄色：供应商口头或电话表示，尚未提供书面材料"),
              ("o", "橙色：需另外付费或附带条件"), ("h", "灰色：供应商未答复")]
    for i, (k, text) in enumerate(legend):
        cell = ws.cell(row=3, column=3 + i, value=text)
        cell.fill, cell.alignment = FILL[k], WRAP
    hr = 5
    put_row(ws, hr, ["类别", "项目", *N05_VENDORS, "科技部说明"], font=BOLD, fill=GREY, align=CENTER)
    r = hr + 1
    for category, items in N05_ROWS:
        merged(ws, r, 1, r + len(items) - 1, 1, category, fill=GREY)
        for item, cells, note in items:
            put_row(ws, r, [item], font=BOLD, start=2)
            for i, (k, text) in enumerate(cells):
                put_row(ws, r, [text], fill=FILL[k], start=3 + i)
            if note:
                put_row(ws, r, [note], start=3 + len(N05_VENDORS))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="科技部初步意见").font = BOLD
    merged(ws, r, 2, r, 2 + len(N05_VENDORS),
           "滕王阁报价最低且售后条件最好（24个月、7×24），建议优先谈判；赣江次之；章贡不满足基本要求。", fill=YELLOW)
    ws.cell(row=r, column=2).font = Font(bold=False)
    widths(ws, [10, 20, 24, 22, 24, 24, 22, 34])
    _save(wb, "n_05_pc_yanse_tuli.xlsx")


# ---------------------------------------------------------------------------------------------
# n_06  消费分期 — 运营部 周敏 at 长沙星城小额贷款 (phone, appliance and e-bike instalments) keeps the comparison in a 企业微信
#       微盘 online sheet and exports it to CSV (UTF-8 with BOM, CRLF inside multi-line cells). In the sheet each vendor's
#       name was merged over its two columns 答复 | 备注 and column A's 类别 merged down its rows: in the CSV the name sits
#       over 答复 only (备注's header cell empty) and the category only on the first row of its group.
# Traps: the 备注 beside an answer qualifies it — 橘洲's "7×24" is "系统自动监控告警；人工支持时间为工作日9:00-18:00"
#       (no 7×24), its 订单跟踪 "有" is an add-on "另收2.2万元（含税），未计入合计" (21.2 + 2.2 = 23.4万), its bug-fix-only
#       maintenance and 重大监管调整另行报价; 莲城's 等保 "是" is "三级测评进行中，预计7月出具报告" (unverified, not fail) and its
#       19.8 is 未税 (223,740), its 积分商城 option deferrable; 雁城 only claims (满足 / 按等保三级标准设计, 国密, 支持对接,
#       终身) and encrypts its risk engine, with 智能客服机器人 and 元宇宙营销; 巴陵 9.6万, no 等保, 明文, HTTP, no 订单跟踪;
#       a cell without a category belongs to the category above; the 运营部意见 line is the buyer's.
# Analyst's reading: 湖南麓山分期科技有限公司 — 23.8万 含税 (19.5 + 4.3), every gate proved, all three must-haves, 12 months
#       with upgrades, free policy adaptation, 7×24, 1 h, consulting, contract, 2.5万/年, full source.
# ---------------------------------------------------------------------------------------------
N06_VENDORS = ["湖南麓山分期科技有限公司", "长沙橘洲软件有限公司", "湘潭莲城信息技术有限公司", "岳阳巴陵网络科技有限公司",
               "衡阳雁城数据有限公司"]
# (category or "", item, [(答复, 备注) × 5])
N06_ROWS = [
    ("报价", "源码授权费", [("19.5", ""), ("17.0", ""), ("16.0", ""), ("7.0", ""), ("20.0", "")]),
    ("", "实施及培训费", [("4.3", ""), ("4.2", ""), ("3.8", ""), ("2.6", ""), ("6.5", "")]),
    ("", "选配模块", [("无", ""), ("订单跟踪", "订单跟踪为增值模块，另收2.2万元（含税），未计入合计"),
                  ("积分商城", "1.2万，可后期再上"), ("无", ""), ("无", "")]),
    ("", "报价合计", [("23.8", ""), ("21.2", ""), ("19.8", "未税"), ("9.6", "全包"), ("26.5", "")]),
    ("", "是否含税", [("是", ""), ("是", ""), ("否", "开13%专票，税额另计"), ("是", ""), ("是", "")]),
    ("资质与安全", "等保三级",
     [("已取得", _lines("备案编号43010043126-24008", "2024年5月取得，复印件已传微盘")), ("已取得", "备案编号43010043211-23019"),
      ("是", "三级测评进行中，预计7月出具报告"), ("无", "没做过测评"), ("满足", "系统按等保三级标准设计，可协助客户过测评")]),
    ("", "敏感数据加密", [("SM4", "身份证、手机号、银行卡号"), ("SM4", ""), ("SM4", ""), ("无", "明文存储，后续可加"),
                     ("国密", "采用国产密码算法")]),
    ("", "HTTPS", [("是", ""), ("是", ""), ("是", ""), ("否", "目前HTTP，证书可自行配置"), ("是", "")]),
    ("", "权限管理", [("RBAC", "角色＋数据权限"), ("有", "角色权限"), ("有", "角色权限"), ("简单权限", ""), ("有", "")]),
    ("", "日志留存", [("12个月", ""), ("6个月", ""), ("12个月", ""), ("1个月", ""), ("可配置", "")]),
    ("", "征信对接", [("人行征信、百行征信", ""), ("百行征信", ""), ("百行征信、朴道征信", ""), ("未对接", ""),
                  ("支持对接", "可对接市面主流征信")]),
    ("功能", "商品管理", [("有", ""), ("有", ""), ("有", ""), ("有", ""), ("有", "")]),
    ("", "分期计算器", [("有", ""), ("有", ""), ("有", ""), ("有", ""), ("有", "")]),
    ("", "订单跟踪", [("有", ""), ("有", "增值模块，见选配"), ("有", ""), ("无", ""), ("有", "")]),
    ("", "其他功能", [("还款管理、用户管理、审批流", ""), ("还款管理、用户管理、审批流", ""),
                  ("还款管理、用户管理、审批流", "积分商城为选配"), ("还款管理、用户管理", ""),
                  ("还款管理、用户管理、审批流、智能客服机器人、元宇宙营销", "")]),
    ("售后服务", "免费维护期", [("12个月", ""), ("12个月", ""), ("12个月", ""), ("3个月", ""), ("终身", "终身免费维护")]),
    ("", "维护范围", [("bug修复及小版本升级", ""), ("bug修复", "不含版本升级"), ("含小版本升级", ""), ("仅修复bug", ""),
                  ("含升级", "")]),
    ("", "政策适配", [("免费", ""), ("免费", "重大监管政策调整另行报价"), ("免费", ""), ("收费", ""), ("免费", "")]),
    ("", "技术支持时段", [("7×24", "值班工程师电话"),
                     ("7×24", _lines("7×24为系统自动监控告警；", "人工支持时间为工作日9:00-18:00")),
                     ("7×24", ""), ("工作日", ""), ("7×24", "")]),
    ("", "响应时效", [("1小时内", ""), ("2小时内", "工作时间内"), ("2小时内", ""), ("次日", ""), ("即时", "")]),
    ("", "终身技术咨询", [("提供", ""), ("不提供", ""), ("提供", ""), ("不提供", ""), ("提供", "")]),
    ("", "写入合同", [("是", ""), ("是", ""), ("是", ""), ("否", ""), ("可协商", "")]),
    ("", "维保期后年费", [("2.5万/年", ""), ("3万/年", ""), ("2.2万/年", ""), ("按次，每次0.5万", ""), ("无", "")]),
    ("源码", "源码交付", [("完整源码", "无加密，可二次开发"), ("完整源码", ""), ("完整源码", ""),
                      ("提供", "编译后的安装包＋授权码，不含源代码"), ("提供", "风控引擎加密，其他开放")]),
]


def case_n06():
    width = 2 + 2 * len(N06_VENDORS)
    pad = [""] * (width - 1)
    rows = [["长沙星城小额贷款有限公司 消费分期系统 供应商报价对比", *pad],
            ["来源：企业微信微盘在线表格「分期系统选型」，2025-05-20 16:42 由 运营部 周敏 导出；金额单位：万元", *pad],
            [""] * width]
    h1, h2 = ["类别", "项目"], ["", ""]
    for name in N06_VENDORS:
        h1 += [name, ""]
        h2 += ["答复", "备注"]
    rows += [h1, h2]
    for category, item, cells in N06_ROWS:
        assert len(cells) == len(N06_VENDORS), item
        row = [category, item]
        for answer, note in cells:
            row += [answer, note]
        rows.append(row)
    rows.append([""] * width)
    rows.append([_lines("运营部意见：橘洲合计最便宜且功能齐全，建议进入商务谈判；",
                        "麓山价格略高；莲城等保还没出证；巴陵太便宜不考虑。"), *pad])
    write_csv("n_06_ci_weipan_pairs_bom.csv", rows, "utf-8-sig", _home("n_06_ci_weipan_pairs_bom.csv"))


if __name__ == "__main__":
    case_n01()
    case_n02()
    case_n03()
    case_n04()
    case_n05()
    case_n06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("n_0*") if p.suffix != ".toml")))
