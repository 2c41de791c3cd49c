"""Build the "g" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, consultants and buyers' staff would write; the expected
reading of every file is in the matching g_0N_*.toml beside it, written from the file's content and the domain notes
(shared/domain.md, docs/analyst-reading.md) before any product code read these files. The author of this script
neither ran the product on them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_g.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure g_

Cases read fully move to tests/cases (they run in `make test`); their builders stay here, writing there: g_01–g_04, g_06.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
sys.path.insert(0, str(CASES))
sys.path.insert(0, str(HERE))
from case_sheet import BOLD, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from make_cases_e import merged  # noqa: E402  (a merged, bordered cell)
from make_cases_f import write_csv  # noqa: E402  (a CSV in a given encoding)

ON, OFF = "☑", "☐"


def ticks(options: list[str], *chosen: str, note: str = "") -> str:
    """A form's row of check boxes as a vendor fills it in: the chosen options ticked, the others left empty."""
    text = "　".join((ON if o in chosen else OFF) + o for o in options)
    return f"{text}　{note}" if note else text


def new_sheet(sheet: str, title: str, *notes: str):
    """A workbook whose first sheet opens with a bold title and the compiler's note lines under it."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.cell(row=1, column=1, value=title).font = TITLE
    for r, note in enumerate(notes, start=2):
        ws.cell(row=r, column=1, value=note)
    return wb, ws


# ---------------------------------------------------------------------------------------------
# g_01  个人信用贷 — 信息科技部 of 郑州银通小额贷款 (a city-commercial-bank subsidiary, bank-style paperwork) keeps a
#       供应商准入评估表 each vendor fills in by ticking boxes. Voice: a bank's form ("填表说明", "评估结论由我司填写",
#       评估人/复核 signatures). Layout: TWO sheets — "准入评估": 序号 | 评估类别 (merged down each section) |
#       评估事项 | one column per vendor, every answer a row of check boxes ("☑是　☐否　☐选配（另计）",
#       "☐3个月　☐6个月　☑12个月及以上", "☑人行征信中心　☑百行征信　☐朴道征信　☐暂未对接") with a free-text row for
#       the 备案证明编号 and one for 其他功能; "商务报价": vendors as ROWS (the other orientation) with 源码授权费 |
#       部署实施及培训费 | 报价合计 | 计税方式 | 选配模块报价（未计入合计） | 报价日期 | 联系人及电话.
# Traps: every answer cell holds both 是 and 否 — only the ☑ option is the answer; the price is on the second sheet,
#       the compliance on the first, joined by the vendor's name; 宋都 ticks 风控模型 "☑选配（另计）" and prices it
#       on the other sheet "30,000（不含税）" on a 不含税 合计 of 150,000: (150,000 + 30,000) × 1.13 = 203,400 — a
#       pass with 6 months, no upgrades, paid policy changes, office hours, 4 h and an encrypted risk engine; 河图 is
#       the cheapest in band (196,000 含税) but ticks 等保 "☑测评中" (claimed, unverified, not fail) and leaves
#       终身技术咨询 unticked (unknown); 牧野 is 88,000 with 等保 "☑未取得", no risk model, no anti-fraud, an
#       installer bound to a server;
#       the 评估结论 rows ("☑准入", "☑不准入") and signatures are the buyer's, never the vendor's; 报价日期 and phone
#       numbers beside the amounts are not money.
# Analyst's reading: 郑州中原信科软件有限公司 — 213,000 含税 inside 18–25万, 等保 ticked 已取得 with a filing number,
#       SM4, HTTPS, RBAC, logs ≥ 12 months, PBoC + Baihang, every personal-credit feature 是, 24 months with upgrades,
#       free policy adaptation, 7×24, within 2 h, lifetime consulting, in the contract, full source, 2.4万/年 after.
# ---------------------------------------------------------------------------------------------
YES_NO = ["是", "否"]
FEAT = ["是", "否", "选配（另计）"]
G01_VENDORS = ["郑州中原信科软件有限公司", "洛阳河图数智科技有限公司", "开封宋都网络科技有限公司", "新乡牧野软件工作室"]
G01_FORM = [
    ("资质与安全", [
        ("网络安全等级保护（三级）", [ticks(["已取得", "测评中", "未取得"], c) for c in ("已取得", "测评中", "已取得", "未取得")]),
        ("等保备案证明编号 / 预计取得时间", ["41010043621-23007", "测评机构已进场，预计2025年4月取得备案证明",
                                  "41020043377-22015", "—"]),
        ("敏感字段（身份证号、手机号、银行卡号）采用国密SM4加密", [ticks(YES_NO, c) for c in "是是是否"]),
        ("全部传输采用HTTPS（TLS1.2及以上）", [ticks(YES_NO, "是")] * 4),
        ("基于角色的权限管理（RBAC）", [ticks(YES_NO, c) for c in "是是是否"]),
        ("操作日志保存期限", [ticks(["3个月", "6个月", "12个月及以上"], c)
                      for c in ("12个月及以上", "12个月及以上", "6个月", "3个月")]),
        ("已对接的持牌征信机构", [ticks(["人行征信中心", "百行征信", "朴道征信", "暂未对接"], *c) for c in (
            ("人行征信中心", "百行征信"), ("百行征信", "朴道征信"), ("人行征信中心",), ("暂未对接",))]),
    ]),
    ("业务功能（本次报价所含）", [
        ("个人征信查询及授权管理", [ticks(FEAT, "是")] * 4),
        ("风控模型（评分卡 / 规则引擎）", [ticks(FEAT, c) for c in ("是", "是", "选配（另计）", "否")]),
        ("反欺诈（设备指纹、黑名单）", [ticks(FEAT, c) for c in "是是是否"]),
        ("还款管理（还款计划、到期提醒）", [ticks(FEAT, "是")] * 4),
        ("审批流程（多级审批）", [ticks(FEAT, "是")] * 4),
        ("用户管理", [ticks(FEAT, "是")] * 4),
        ("其他功能（请列明）", ["无", "会员体系、营销插件", "智能客服机器人（赠送）", ""]),
    ]),
    ("售后服务", [
        ("免费维护期", [ticks(["3个月", "6个月", "12个月", "24个月"], c) for c in ("24个月", "12个月", "6个月", "3个月")]),
        ("维护期内含小版本升级", [ticks(YES_NO, c) for c in "是是否否"]),
        ("监管政策变化免费适配", [ticks(YES_NO, c) for c in "是是否否"]),
        ("7×24小时技术支持", [ticks(YES_NO, "是"), ticks(YES_NO, "是"),
                        ticks(YES_NO, "否", note="（工作日9:00-18:00）"), ticks(YES_NO, "否")]),
        ("故障响应时间", [ticks(["30分钟内", "2小时内", "4小时内", "次日"], c) for c in ("2小时内", "30分钟内", "4小时内", "次日")]),
        ("终身技术咨询", [ticks(YES_NO, "是"), ticks(YES_NO), ticks(YES_NO, "是"), ticks(YES_NO, "否")]),
        ("上述服务承诺写入合同", [ticks(YES_NO, c) for c in "是是是否"]),
        ("免费维护期满后年维护费", ["2.4万元/年", "合同金额的10%/年", "3.5万元/年", "按次收费，每次3000元"]),
    ]),
    ("源码交付", [
        ("交付完整源代码（无加密、可二次开发）", [ticks(YES_NO, "是"), ticks(YES_NO, "是"),
                                  ticks(YES_NO, "否", note="说明：风控引擎以加密组件交付"),
                                  ticks(YES_NO, "否", note="说明：仅提供安装包及授权码（绑定服务器）")]),
    ]),
    ("评估结论（由我司填写）", [
        ("评估意见", [ticks(["准入", "补充材料后准入", "不准入"], c) for c in ("准入", "补充材料后准入", "准入", "不准入")]),
    ]),
]


def case_g01():
    wb, ws = new_sheet("准入评估", "供应商准入评估表（信息系统类）",
                       "项目名称：个人信用贷款业务系统源码采购　　评估部门：信息科技部　　编号：YT-XK-2025-003",
                       "填表说明：请供应商在对应选项前打“☑”，未选项保持“☐”；证明材料随表附上。“评估结论”栏由我司评估人员填写。")
    put_row(ws, 5, ["序号", "评估类别", "评估事项", *G01_VENDORS], font=BOLD, fill=GREY)
    r, n = 6, 1
    for section, items in G01_FORM:
        merged(ws, r, 2, r + len(items) - 1, 2, section, fill=GREEN)
        for label, answers in items:
            put_row(ws, r, [n, None, label, *answers])
            r, n = r + 1, n + 1
    ws.cell(row=r + 1, column=1, value="评估人：赵敏　　复核：钱伟　　日期：2025年1月10日")
    widths(ws, [6, 14, 34] + [34] * len(G01_VENDORS))

    qs = wb.create_sheet("商务报价")
    qs.cell(row=1, column=1, value="商务报价汇总（金额单位：元）").font = TITLE
    put_row(qs, 3, ["序号", "供应商名称", "源码授权费", "部署实施及培训费", "报价合计", "计税方式",
                    "选配模块报价（未计入合计）", "报价日期", "联系人及电话"], font=BOLD, fill=GREY)
    rows = [
        [1, G01_VENDORS[0], "165,000", "48,000", "213,000", "含税（13%增值税专用发票）", "—", "2025-01-06",
         "李想 0371-6552 8810"],
        [2, G01_VENDORS[1], "158,000", "38,000", "196,000", "含税", "—", "2025-01-07", "王珂 139 3791 0246"],
        [3, G01_VENDORS[2], "126,000", "24,000", "150,000", "不含税", "风控模型模块 30,000（不含税）", "2025-01-06",
         "刘畅 0371-2356 0098"],
        [4, G01_VENDORS[3], "68,000", "20,000", "88,000", "含税", "—", "2025-01-08", "周工 186 0373 5521"],
    ]
    for i, row in enumerate(rows):
        put_row(qs, 4 + i, row)
    qs.cell(row=9, column=1, value="注：报价合计以供应商盖章报价单为准。")
    widths(qs, [6, 28, 12, 16, 12, 24, 28, 12, 22])
    wb.save(CASES / "g_01_pc_zhunru_checkbox.xlsx")  # read fully: a test case now


# ---------------------------------------------------------------------------------------------
# g_02  商户经营贷 — 风险管理部 刘建国 at a Qingdao merchant-loan lender registers what each vendor told him, in WPS,
#       for the 总经理办公会. Layout: LONG — 序号 | 供应商 | 项目 | 内容 | 核实情况, each vendor a block of 18 rows with
#       序号 and 供应商 merged down the whole block (the name sits only in the block's first cell), 项目 the same 18
#       labels in every block, 内容 the vendor's own words, 核实情况 the registrar's own checks ("已核原件", "要求出证后
#       补交复印件"). WPS shorthand: 维保 "叁年" / "2年" / "半年", 响应 "30min" / "1H" / "次日" / "24H".
# Traps: the merged vendor cells (blank below the first row of each block); 叁年 = 36 months, 半年 = 6 months;
#       30min = 0.5 h, 1H = 1 h; 蓝海 looks complete but its 等保 is "已过测评未发证" (not certified yet: claimed,
#       unverified, not a fail); 鸢都 is the cheapest complete-looking offer (23.8万) but its 电子合同 (a merchant
#       must-have) is "选配，另行报价" with no price (must-have gate unverified), with 半年 bug-fix-only maintenance,
#       5×8, 次日 and 重大政策调整另行收费; 港城 is 9.9万 with 等保 "备案中", AES, no access control, no bureau, no
#       bank-statement analysis and a server-bound licence; the 核实情况 column is the buyer's, not the vendor's;
#       "合同额12%/年" is a yearly fee of 12 % of 276,000 = 33,120.
# Analyst's reading: 青岛海纳数科有限公司 — 29.8万 含税 (incl. implementation and training) inside 25–35万, filing
#       number (original checked), SM4 on fields, HTTPS, RBAC, 12-month logs, PBoC enterprise credit + Baihang, all
#       three merchant must-haves, 叁年 with upgrades, free policy adaptation, 7×24, 30 min, lifetime consulting,
#       in the contract, full source, 3.2万/年 after.
# ---------------------------------------------------------------------------------------------
G02_ITEMS = ["报价", "税费", "等保", "数据加密", "传输加密", "权限管理", "日志留存", "征信接口", "功能模块", "维保期",
             "维保内容", "政策调整", "服务时间", "响应时效", "技术咨询", "合同条款", "维保期满费用", "源码"]
G02_VENDORS = [
    ("青岛海纳数科有限公司", [
        "29.8万（含部署实施、培训）", "含税", "三级，备案证明编号37020043518-23010", "SM4（证件号、手机号、银行账号字段级加密）",
        "HTTPS", "RBAC角色权限+数据权限", "12个月", "人行企业征信、百行征信",
        "企业征信查询、银行流水分析、电子合同、授信审批流、贷后还款管理、用户管理、数据大屏", "叁年", "缺陷修复及版本升级",
        "免费适配", "7×24", "30min", "终身", "以上承诺均写入合同", "3.2万/年", "完整源码，无加密，可二次开发"],
     {"等保": "已核原件", "功能模块": "演示时已看"}),
    ("烟台蓝海软件有限公司", [
        "27.6万", "含税", "已过测评未发证（预计2月下旬出证）", "SM4", "HTTPS", "有，按角色分配", "6个月", "百行征信",
        "企业征信、流水分析、合同管理（电子签章）、审批流、还款管理、用户管理、开放API", "2年", "含小版本升级", "免费",
        "7×24", "1H", "终身免费", "写入合同", "合同额12%/年", "完整源码"],
     {"等保": "要求出证后补交复印件"}),
    ("潍坊鸢都信息技术有限公司", [
        "23.8万", "含税", "三级（备案证明编号37070043209-22006）", "SM4", "HTTPS", "角色权限", "6个月", "人行企业征信",
        "企业征信、银行流水分析、审批流、还款管理、用户管理；电子合同（选配，另行报价）", "半年", "仅bug修复",
        "小调整免费，重大政策调整另行收费", "5×8", "次日", "提供", "写入合同", "2.5万/年", "完整源码"],
     {"功能模块": "电子合同价格待对方补报"}),
    ("日照港城网络科技工作室", [
        "9.9万（含税）", "含税", "备案中", "AES", "HTTPS", "无", "3个月", "暂未对接",
        "企业征信、合同管理、审批、还款管理、用户管理", "3个月", "仅修bug", "另收费", "工作日", "24H", "无",
        "不写入合同，口头承诺", "按次收费", "授权码激活，绑定服务器"],
     {"报价": "价格明显偏低"}),
]


def case_g02():
    wb, ws = new_sheet("Sheet1", "经营贷系统供应商情况登记表（风险管理部汇总，供总经理办公会参考）",
                       "登记日期：2025.01.14　　登记人：刘建国　　说明：“内容”栏为供应商原话，“核实情况”栏为我部核实")
    put_row(ws, 3, ["序号", "供应商", "项目", "内容", "核实情况"], font=BOLD, fill=GREY)
    r = 4
    for i, (name, answers, checks) in enumerate(G02_VENDORS, start=1):
        end = r + len(G02_ITEMS) - 1
        merged(ws, r, 1, end, 1, i, fill=GREY)
        merged(ws, r, 2, end, 2, name, fill=GREY)
        for label, text in zip(G02_ITEMS, answers, strict=True):
            put_row(ws, r, [label, text, checks.get(label, "")], start=3)
            r += 1
    widths(ws, [6, 24, 14, 60, 24])
    ws.freeze_panes = "C4"
    wb.save(CASES / "g_02_ml_wps_vendor_blocks.xlsx")


# ---------------------------------------------------------------------------------------------
# g_03  消费分期 — 业务部经理 黄志强 at a Foshan phone-and-laptop installment lender writes a quick 各家报价对比 for the
#       boss after a week of calls. Voice: a salesman's shorthand and paraphrase ("说有…证书一直没发过来", "都包了",
#       "我的看法"). Layout: one row per vendor; 厂家 | 对接人 | 电话 | 报价（万） | 含不含税 | 有哪些功能 |
#       要另外加钱的 | 等保/安全 | 售后怎么说 | 源码给不给 | 我的看法, the sheet's cells formatted as text, so a price he
#       typed as a sum stays the text "=18+3.5".
# Traps: "=18+3.5" in the 万 column is 21.5万 = 215,000 (source 18 + implementation 3.5, as his note says), not 18
#       and not a formula to run; "18万+实施3.5万+培训1万" is 225,000 and 不含税: × 1.13 = 254,250 — the dearest, with
#       bug-fix-only maintenance and no lifetime consulting; 西湖数联 at 19.9 (万, from the header) only "说有等保三级"
#       with the certificate never sent, "国密", 终身免费维护, "随时响应" and bundles an AI bot and blockchain evidence
#       (unverified, not pass); 香山 is "0（开源版免费，商用授权另谈）" — 0, conditional, a fail (free counts), with no
#       等保; "实施按人天2500元" is a day rate, not a price; phone numbers sit right beside the prices.
# Analyst's reading: 深圳前海分期宝科技有限公司 — 215,000 含税 inside 20–30万, filing number, SM4, HTTPS, roles,
#       one-year logs, Baihang + Pudao, every installment must-have, 首年免费维护 with upgrades, free policy changes,
#       7×24 within 2 h, lifetime consulting, written into the contract, full unencrypted source, 2.2万/年 after.
# ---------------------------------------------------------------------------------------------
def case_g03():
    head = ["厂家", "对接人", "电话", "报价（万）", "含不含税", "有哪些功能", "要另外加钱的", "等保/安全", "售后怎么说",
            "源码给不给", "我的看法"]
    rows = [
        ["深圳前海分期宝科技有限公司", "陈经理", "13823650917", "=18+3.5", "含税",
         "商品管理、分期计算器、订单跟踪、还款提醒、审批、用户管理", "没有，都包了",
         "等保三级有证（备案证明编号44030043672-23015），手机号身份证SM4加密，全站https，有角色权限，日志存一年，"
         "接了百行和朴道",
         "首年免费维护，bug和小版本升级都管；政策变了免费改；7×24有人，2小时内响应；终身技术咨询；以上都写进合同；"
         "第二年起2.2万/年",
         "全部源码，没加密", "18是源码，3.5是实施，综合最好"],
        ["东莞莞易购网络科技有限公司", "林总", "0769-2233 8716", "18万+实施3.5万+培训1万", "不含，税点另算",
         "商品管理、分期计算器、订单管理、还款管理、审批流、用户管理、积分商城", "积分商城已经含在里面",
         "等保三级（备案证明编号44190043115-22009），SM4，https，有权限管理，日志6个月，接百行征信",
         "免费维护1年，只修bug不含升级；7×24；2小时响应；政策调整免费；不提供终身咨询；写合同；之后每年3万",
         "完整源码", "不含税，算下来最贵"],
        ["惠州西湖数联科技有限公司", "何生", "137 2380 5526", "19.9", "含",
         "商品管理、分期计算器、订单跟踪、还款管理、审批、用户管理、智能客服机器人、区块链存证", "无",
         "说有等保三级，证书一直没发过来；加密用国密", "终身免费维护；随时响应", "给源码", "问了三次证书都没给"],
        ["中山香山软件有限公司", "小吴", "186 7601 3349", "0（开源版免费，商用授权另谈）", "—",
         "商品管理、分期计算器、订单跟踪、还款管理", "实施按人天2500元", "没有等保", "社区支持，没有售后",
         "开源，商用要另外买授权", "免费的不敢用"],
    ]
    wb, ws = new_sheet("对比", "分期系统各家报价对比（给王总）　业务部 黄志强　1月15日")
    put_row(ws, 2, head, font=BOLD, fill=YELLOW)
    for i, row in enumerate(rows):
        put_row(ws, 3 + i, row)
        for c in range(1, len(row) + 1):
            cell = ws.cell(row=3 + i, column=c)
            cell.number_format = "@"  # the sheet was formatted as text before he typed
            cell.data_type = "s"  # "=18+3.5" was typed into a text cell: text, never a formula
    widths(ws, [26, 10, 16, 22, 14, 40, 22, 44, 48, 18, 24])
    wb.save(CASES / "g_03_ci_sales_formula_text.xlsx")


# ---------------------------------------------------------------------------------------------
# g_04  商户经营贷 (en) — Straits Meridian Consulting (Singapore) evaluates tenders for a Singapore-owned microcredit
#       company in Suzhou (SME merchant loans); saved from Excel as "CSV UTF-8" (with BOM). Layout: two title lines
#       (the second says amounts are in CNY thousands), then one row per vendor; each criterion a Y / N / Partial /
#       Optional column, several followed by a "– vendor's evidence/detail" column; the unit of money only in the
#       header ("Price (CNY '000)", "Fee after free maintenance (CNY '000 p.a.)"); a quote ref and a dd/mm/yyyy date
#       right before the price; an "Optional modules (CNY '000, not in price)" column; a final "SMC evaluator's
#       comment" column.
# Traps: "298" is CNY 298,000, not 298 yuan; Taihu's "262" is excl. VAT and its bank-statement analysis (a must-have)
#       is "Optional" at "+28 (excl. VAT)": (262 + 28) × 1.13 = 327,700, while its Open API option (+15) is neither
#       added nor included — the lowest headline in band is the dearest; Taihu's "Partial" maintenance is "12 months,
#       bug fixes only" and "Partial" regulatory adaptation is "major changes quoted separately" (conditional);
#       Zhongshan's MLPS "Partial" is a Level 2 filing with Level 3 only scheduled: a fail, at an attractive 176;
#       Shancheng answers "Y" everywhere but its evidence is "designed to MLPS Level 3 requirements", "guomi
#       algorithms", "all major bureaus", "Lifetime maintenance", response "Immediate", contract "To be discussed"
#       (claims: unverified), with bloat (blockchain, AI bot, overseas payment) and a compiled risk engine; the quote
#       refs, dates and the evaluator's comments are not vendor statements or amounts.
# Analyst's reading: Suzhou Jinji Fintech Co., Ltd. — CNY 298,000 incl. 13 % VAT inside 25–35万, filing certificate
#       sighted, SM4 on ID/mobile/bank fields, TLS, RBAC, 12-month logs, PBoC + Baihang, all three merchant
#       must-haves, 12 months with upgrades, free regulatory adaptation, 24/7, 1 h, lifetime consulting, in the
#       contract, CNY 32,000 a year after, full unencrypted source.
# ---------------------------------------------------------------------------------------------
def case_g04():
    head = ["Vendor", "Quote ref", "Quote date", "Price (CNY '000)", "VAT basis", "MLPS Level 3 (Y/N/Partial)",
            "MLPS – vendor's evidence", "SM4 field encryption (Y/N/Partial)", "SM4 – vendor's detail",
            "HTTPS/TLS (Y/N)",
            "RBAC (Y/N)", "Audit log retention (months)", "Licensed credit bureau(s)", "Enterprise credit report (Y/N)",
            "Bank statement analysis (Y/N/Optional)", "E-contract (Y/N)", "Other modules included in price",
            "Optional modules (CNY '000, not in price)", "Free maintenance (Y/N/Partial)",
            "Maintenance – vendor's detail",
            "Free regulatory change adaptation (Y/N/Partial)", "Regulatory – vendor's detail", "24/7 support (Y/N)",
            "Response time (hours)", "Lifetime technical consulting (Y/N)", "Commitments in contract (Y/N)",
            "Fee after free maintenance (CNY '000 p.a.)", "Source code", "SMC evaluator's comment"]
    n = len(head)
    rows = [
        ["Straits Meridian Consulting Pte. Ltd. – Tender evaluation: merchant lending system (source code purchase) "
         "for Suzhou Lianhe Microcredit Co., Ltd.", *[""] * (n - 1)],
        ["Prepared by Priya Raman / Tan Wei Ming – v0.3 DRAFT – 21 Jan 2025 – all amounts in CNY thousands ('000) "
         "unless stated", *[""] * (n - 1)],
        [""] * n,
        head,
        ["Suzhou Jinji Fintech Co., Ltd.", "JJ-Q-2501-07", "13/01/2025", "298", "Incl. 13% VAT", "Y",
         "Filing certificate no. 32050043618-23011 (copy sighted)", "Y", "ID number, mobile and bank account fields",
         "Y", "Y", "12", "PBoC Credit Reference Center; Baihang", "Y", "Y", "Y",
         "Approval workflow; repayment management; user management", "–", "Y",
         "12 months incl. bug fixes and minor version upgrades", "Y", "Free of charge", "Y", "1", "Y", "Y", "32",
         "Full source, no encryption", "Strongest submission; reference site in Wujiang visited"],
        ["Wuxi Taihu Data Technology Co., Ltd.", "TH-2025-003", "10/01/2025", "262", "Excl. VAT", "Y",
         "Filing certificate no. 32020043451-22008", "Y", "All sensitive fields", "Y", "Y", "6", "Baihang", "Y",
         "Optional", "Y", "Approval workflow; repayment management; user management",
         "Bank statement analysis +28 (excl. VAT); Open API +15 (excl. VAT)", "Partial",
         "12 months, bug fixes only (no version upgrades)", "Partial",
         "Minor changes free; major regulatory changes quoted separately", "N", "4", "Y", "Y", "30",
         "Full source", "Lowest headline price, but VAT and the statement module come on top"],
        ["Nanjing Zhongshan Software Co., Ltd.", "ZS/BJ/0115", "15/01/2025", "176", "Incl. VAT", "Partial",
         "Level 2 filed (no. 32010043211-21004); Level 3 assessment scheduled for Q2 2025", "N", "AES-256", "Y", "Y",
         "6", "Baihang", "Y", "Y", "Y", "Approval workflow; repayment management; user management", "–", "Y",
         "12 months incl. upgrades", "Y", "Free", "Y", "2", "N", "Y", "18", "Full source",
         "Attractive price; MLPS gap is a problem"],
        ["Chongqing Shancheng Digital Tech Co., Ltd.", "SCDT-0109", "09/01/2025", "248", "Incl. VAT", "Y",
         "System designed to MLPS Level 3 requirements", "Y", "Guomi (national) algorithms", "Y", "Y",
         "As required by regulation", "All major bureaus", "Y", "Y", "Y",
         "Approval workflow; repayment management; user management; blockchain evidence; AI customer-service bot; "
         "overseas payment channel", "–", "Y", "Lifetime maintenance", "Y", "Free", "Y", "Immediate", "Y",
         "To be discussed", "", "Source code delivered; core risk engine as a compiled library",
         "Polished demo; evidence thin"],
    ]
    write_csv("g_04_ml_sg_tender_eval_bom.csv", rows, "utf-8-sig", CASES)


# ---------------------------------------------------------------------------------------------
# g_05  个人信用贷 — 运营部 胡颖 at a Wuhan personal-credit lender compares buying the source outright with renting a
#       SaaS, for the general manager; Excel on Chinese Windows saved it as CSV (GBK). Layout: a title and a note line
#       ("本次按源码买断采购；SaaS年费列仅作比较，三年持有成本为运营部估算"), one row per vendor, the unit only in each
#       money header and a different unit in each: 源码买断价（万元）, 实施培训费（元）, SaaS订阅年费（万元/年）,
#       三年持有成本（万元，运营部估算）, 维护期满年费（千元/年); 联系电话 and 报价日期 right before the price; packed
#       cells (加密 "SM4…；HTTPS", 权限/日志 "RBAC；操作日志保存12个月", 支持与响应 "7×24，1小时内响应").
# Traps: the price is 买断价 + 实施培训费 (19.5万 + 28000 元 = 223,000), never the SaaS fee nor the 三年持有成本
#       (the buyer's own estimate); "30" under 千元/年 is 30,000 a year; 汉水 is cheapest on the face (16.8万 + 12,000)
#       but 不含税: 180,000 × 1.13 = 203,400, a pass with AES (not SM4), 6-month logs, 6 months bug-fix-only, office
#       hours, 4 h, major policy changes 另行报价 and no anti-fraud; 三峡 only rents a SaaS ("不提供（仅SaaS）"): no
#       source-purchase price (unknown, unverified, NOT 5.6万 and NOT 16.8万) and no source (licence only), although
#       its platform holds a filing number; 楚源 is 9.2万 + 5000 = 97,000 (under 10万) with 等保 无, no risk model.
# Analyst's reading: 武汉江城信合科技有限公司 — 223,000 含税 inside 18–25万, filing number, SM4 + HTTPS, RBAC,
#       12-month logs, PBoC + Baihang, credit report, risk model, anti-fraud and repayment, 12 months with upgrades,
#       free policy adaptation, 7×24, 1 h, in the contract, full source, 30,000 a year after.
# ---------------------------------------------------------------------------------------------
def case_g05():
    head = ["服务商", "联系人", "联系电话", "报价日期", "源码买断价（万元）", "实施培训费（元）", "计税",
            "SaaS订阅年费（万元/年）", "三年持有成本（万元，运营部估算）", "等保", "加密", "权限/日志", "征信",
            "功能（本次报价所含）", "免费维护", "维护期满年费（千元/年）", "支持与响应", "政策适配", "合同", "源码", "备注"]
    n = len(head)
    rows = [
        ["信用贷系统采购方案比较（源码买断 vs SaaS订阅）", *[""] * (n - 1)],
        ["编制：运营部 胡颖　2025-01-16　说明：本次按源码买断采购；SaaS年费列仅作比较，三年持有成本为运营部估算",
         *[""] * (n - 1)],
        head,
        ["武汉江城信合科技有限公司", "汪磊", "027-8765 4310", "2025-01-09", "19.5", "28000", "含税", "—", "28.3",
         "三级，备案证明编号42010043735-23018", "SM4（身份证、手机号、银行卡）；HTTPS", "RBAC；操作日志保存12个月",
         "人行征信中心、百行征信", "征信查询、评分卡风控模型、反欺诈、还款计划与提醒、审批流、用户管理",
         "12个月（含bug修复和小版本升级）", "30", "7×24，1小时内响应", "免费", "以上写入合同", "完整源码，无加密", ""],
        ["襄阳汉水云科信息技术有限公司", "邓工", "0710-3226 5170", "2025-01-10", "16.8", "12000", "不含税", "4.8",
         "25.1", "三级（备案证明编号42060043190-22004）", "AES-256；HTTPS", "角色权限；日志保存6个月", "百行征信",
         "个人征信、风控模型、还款管理、审批、用户管理", "6个月，仅修复bug", "24", "工作日9:00-17:30，4小时响应",
         "重大监管政策调整另行报价", "写入合同", "完整源码", "无反欺诈模块"],
        ["宜昌三峡数智科技有限公司", "孙婷", "0717-6289 3305", "2025-01-12", "不提供（仅SaaS）", "0", "含税", "5.6",
         "16.8", "云平台三级，备案证明编号42050043826-23002", "SM4；HTTPS", "RBAC；日志保存12个月",
         "百行征信、朴道征信", "征信查询、智能风控、反欺诈、还款管理、审批流、用户管理、营销插件", "订阅期内持续更新",
         "—", "7×24，30分钟响应", "免费", "写入服务协议", "不交付源码（SaaS租用）", "便宜，但数据在对方云上"],
        ["荆州楚源网络科技有限公司", "老郑", "135 9785 1206", "2025-01-08", "9.2", "5000", "含税", "1.5", "10.7",
         "无", "无；HTTPS", "无；日志保存3个月", "未对接", "借款申请、征信查询、还款管理、后台审批、用户管理", "3个月",
         "按次收费", "工作日，次日响应", "另收费", "不写", "仅授权使用（绑定域名）", "太便宜"],
    ]
    write_csv("g_05_pc_buyout_vs_saas_gbk.csv", rows, "gbk", CASES)


# ---------------------------------------------------------------------------------------------
# g_06  消费分期 — the 比价单明细 export of a procurement SaaS (采购云平台) for an e-bike installment lender in Nanning,
#       UTF-8 with BOM. Layout: the platform's header straight away (询价单号 | 询价标题 | 供应商名称 | 报价状态 | 报价轮次 |
#       含税总价(元) | 税率 | 报价明细 | 技术应答 | 商务应答 | 附件 | 提交时间 | 备注), one row per invited supplier, the
#       three 应答 columns quoted MULTI-LINE cells ("等保：…\n加密：…"), one supplier (a Taiwan-owned Xiamen firm)
#       answering in Traditional Chinese (等級保護, 個資加密, 保固期, 技術支援, 回應時間, 分期試算, 訂單追蹤, 載入合約).
# Traps: 南宁青秀 declined ("已放弃", no price, 备注 the reason): no quote at all, not a quote with an unknown price;
#       the line items inside 报价明细 add up to 含税总价 (numbering "1." / "一、" is not money); "付款：3-6-1", the
#       税率 "13%", RFQ numbers and 提交时间 are not amounts; 宏碩 (Traditional) is the dearest at 265,000 with
#       保固期 6個月 bug-fix-only, weekday support, 4 h, 重大法規變動另行報價 and a 12 % fee (31,800 a year); 龙城 is
#       138,000 (caution zone) with 等保 "三级测评中" (claimed, unverified); 漓江 is 199,000 with everything in order
#       except 等保 二级 (fail; Level 3 only planned); 积分商城 / 社交分享 are deferrable extras.
# Analyst's reading: 广西八桂云分科技有限公司 — 246,000 含税 (180,000 + 42,000 + 24,000) inside 20–30万, filing number,
#       SM4, HTTPS, RBAC, 12-month logs, Baihang + Pudao, all installment must-haves, 12 months with upgrades, free
#       policy adaptation, 7×24, 2 h, lifetime consulting, in the contract, 26,000 a year after, full source.
# ---------------------------------------------------------------------------------------------
def case_g06():
    head = ["询价单号", "询价标题", "供应商名称", "报价状态", "报价轮次", "含税总价(元)", "税率", "报价明细", "技术应答",
            "商务应答", "附件", "提交时间", "备注"]
    rfq, title = "RFQ-2025-000318", "电动车分期业务系统（源码）采购"
    lines = "\n".join
    rows = [
        head,
        [rfq, title, "广西八桂云分科技有限公司", "已报价", "1", "246000.00", "13%",
         lines(["1. 分期业务系统源码授权 180000.00", "2. 部署实施 42000.00", "3. 培训及上线陪跑 24000.00"]),
         lines(["等保：三级，备案证明编号45010043266-23009", "加密：敏感字段SM4加密存储，全站HTTPS", "权限：RBAC角色+数据权限",
                "日志：操作日志保存12个月", "征信：百行征信、朴道征信",
                "功能：商品管理、分期计算器、订单跟踪、还款管理、审批流、用户管理", "源码：交付完整源码，无加密，可二次开发"]),
         lines(["免费维保12个月，含缺陷修复及小版本升级", "监管政策调整免费适配", "7×24小时技术支持，2小时内响应",
                "提供终身技术咨询", "维保期满年费26000元", "以上承诺写入合同", "付款：3-6-1"]),
         "八桂云分_报价单.pdf; 等保备案证明.pdf", "2025-01-08 15:32:07", ""],
        [rfq, title, "廈門宏碩資訊科技有限公司", "已报价", "1", "265000.00", "13%",
         lines(["一、系統原始碼授權 195,000", "二、導入實施 48,000", "三、教育訓練 22,000"]),
         lines(["等級保護：三級（備案證明編號35020043571-22013）", "個資加密：SM4", "傳輸加密：HTTPS", "權限管理：角色權限",
                "日誌保存：6個月", "徵信：百行徵信", "功能：商品管理、分期試算、訂單追蹤、還款管理、審批流程、使用者管理",
                "原始碼：完整原始碼交付"]),
         lines(["保固期：6個月（僅限錯誤修正，不含版本升級）", "技術支援：週一至週五 9:00–18:00", "回應時間：4小時內",
                "法規調整：一般調整免費，重大法規變動另行報價", "終身技術諮詢：提供", "以上條款載入合約",
                "保固期滿年費：合約金額12%"]),
         "宏碩_報價單.pdf", "2025-01-09 11:04:52", ""],
        [rfq, title, "柳州龙城网络科技有限公司", "已报价", "1", "138000.00", "13%", "系统源码及部署 138000.00",
         lines(["等保：三级测评中，预计2025年5月取得", "加密：SM4", "权限：有", "日志：6个月", "征信：百行征信",
                "功能：商品管理、分期计算器、订单管理、还款管理、审批、用户管理", "源码：完整源码"]),
         lines(["免费维护12个月（含升级）", "7×24小时支持，1小时响应", "政策调整免费", "终身技术咨询", "写入合同",
                "期满年费1.5万"]),
         "龙城报价.xlsx", "2025-01-09 17:45:13", ""],
        [rfq, title, "南宁青秀易分软件有限公司", "已放弃", "1", "", "", "", "", "", "", "2025-01-07 10:05:44",
         "项目交付周期无法满足，本轮放弃报价"],
        [rfq, title, "桂林漓江数科有限公司", "已报价", "1", "199000.00", "13%",
         lines(["源码授权 150000.00", "实施 35000.00", "培训 14000.00"]),
         lines(["等保：二级（备案证明编号45030043118-21007），三级计划2025年第三季度启动", "加密：SM4", "权限：RBAC",
                "日志：12个月", "征信：百行征信",
                "功能：商品管理、分期计算器、订单跟踪、还款管理、审批流、用户管理、积分商城、社交分享", "源码：完整源码"]),
         lines(["免费维保12个月，含小版本升级", "7×24小时，2小时响应", "政策适配免费", "终身技术咨询", "写入合同",
                "期满年费2万/年"]),
         "漓江数科报价单.pdf", "2025-01-10 09:21:30", ""],
    ]
    write_csv("g_06_ci_srm_multiline_bom.csv", rows, "utf-8-sig", CASES)  # read fully: a test case now


if __name__ == "__main__":
    case_g01()
    case_g02()
    case_g03()
    case_g04()
    case_g05()
    case_g06()
    print("written:", ", ".join(sorted(p.name for d in (HERE, CASES) for p in d.glob("g_0*") if p.suffix != ".toml")))
