"""Build the "zzzi" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is PRICES THAT DEPEND ON SOMETHING — a vendor's price is not one fixed figure
but a price book by the buyer's scale (年放款规模, 操作员账号, 存量借款户, concurrent users), a price that changes with the
payment option (一次性付款 vs 分期), a buy-out beside a yearly subscription, a licence "free" on condition of a per-query data
service, per-query credit-bureau fees listed beside the system price, a unit price valid only for a quantity. Each file has one
decisive trap where the figure a careless reader takes is not the figure that applies to this buyer:

zzzi_01 — an .xlsx (merchant loans): 价目表汇编 — the buyer's clerk typed each vendor's standard price book (价目表) onto one
  sheet, one block under another, each in the vendor's own shape (a one-way table of tiers by 年放款额; a two-way matrix 年放款规模
  × 操作员账号 in 万元; tiers with accounts included and a price per further account, before VAT; tiers by 存量借款户数 with a 选配
  line), each price table followed by the vendor's terms as 'label | text' rows; the buyer's own scale (询价函第二条) stands on
  top, and the clerk's 初步比较 "按各家价目表起步价" at the foot.
  CARELESS TOP PICK: 景泰黄河石林数科有限公司 — the lowest 起步价 (A档 21.8万 含税), 18 months with minor upgrades, 7×24 within
  1 hour, 1.6万 a year, every term stated, the clerk's "建议优先洽谈". CAREFUL TOP PICK: 秦安伏羲信息技术有限公司 — the buyer
  lends about 6.5亿 in 2025 and at most 9亿 in 2026, so 黄河石林's applicable tier is B档 "5亿元（含）至20亿元 | 面议" — no price
  for this buyer (unknown: UNVERIFIED); the 21.8万 is the tier of lenders under 5亿. 伏羲's matrix at 3亿—10亿元 × 30个以内 is
  27.8 (万元，含税) = 278,000 with every gate proved.
  Prices: 伏羲 27.8万 (row 3亿—10亿元, column 30个以内; the header line "价格单位：万元（含税）") = 278,000. 华池南梁 二档 256,000
  + (28 − 20 accounts) × 2,500 = 276,000 不含税, × 1.06 (its stated 6 %) = 292,560. 景泰黄河石林 B档 面议 = null. 合水子午岭 tier
  "5,000户以下" (2,600 borrowers) 128,000 + its 选配 电子合同 (a merchant must-have) 36,000, both 含税 = 164,000.
zzzi_02 — a CSV in GBK (personal credit): a procurement mini-program's (采购助手) export of one inquiry's quotes — a 询价单 block of
  'key：value' lines (采购数量：1套, 付款方式要求：验收合格后一次性付款, 预算…), then one row per invited vendor with the form's fixed
  fields (微信昵称, masked phone, IP属地, 报价状态, 报价金额（元）, the drop-downs 付款方式 / 是否含税 / 税率, the free-text 报价说明,
  第三方费用说明, the terms) and the purchasing clerk's 采购员备注.
  CARELESS TOP PICK: 白朗年楚河科技有限公司 — 238,000 一次性 含税 inside 18–25万 with every gate proved, the clerk's "建议优先",
  once 定日绒布 is struck out for "报价9.6万元，低于10万元红线". CAREFUL TOP PICK: 定日绒布数科有限公司 — its 报价金额 96,000 is,
  in its own 报价说明, the first of three instalments ("报价金额栏填写的是首期款…分三期支付：9.6万+9.6万+4.4万"), and "如按贵司询价要求
  验收后一次性付款，总价为22.6万元（含税）": the buyer's own terms are one payment on acceptance, so its price is 226,000 (the
  instalment total 236,000 is the price of another payment option; either way inside the band and never under 10万). It proves
  every gate and is better than 年楚河 on every count.
  Prices: 绒布 226,000 (一次性, the buyer's stated terms; instalments 96,000 + 96,000 + 44,000 = 236,000 not taken). 年楚河 238,000.
  浪卡子羊湖 198,000 (the single-set price for the one set bought; 16.8万 a set is for 2 sets or more). 吉隆贡塘 138,000 + 风控模型
  (a personal-credit must-have) option 35,000, both 含税 = 173,000. Credit-bureau query fees (per call, charged by 人行征信中心 /
  百行征信) are listed beside the prices and never added. 昂仁桑桑 declined (已放弃).
zzzi_03 — an .xlsx in English with Chinese names (consumer instalments): a Microsoft Lists export of the buyer's two lists — "LS-2025
  Pricing options" (one item per pricing option a vendor offered: Title | Vendor | Pricing model | Applies to (scale) | One-off
  charge | Recurring charge | Charged per | Minimum commitment | VAT | Vendor's wording | Year-1 cost (IT calc.) | … | Item Type |
  Path), with IT's note of what is bought and the buyer's scale above the exported table, and "Vendor responses" (one item per vendor:
  modules, security, after-sales, source, IT comment).
  CARELESS TOP PICK: 八宿然乌数科有限公司 — the lowest "Year-1 cost (IT calc.)" (222,000) with the best terms (24 months, 1 hour,
  CNY 15,000 a year, full source). CAREFUL TOP PICK: 林芝南迦巴瓦信息技术有限公司 — 然乌's licence and full source are "free of
  charge (CNY 0)" on condition of its per-query data service (CNY 3.20 a query, 60,000 a year, 3 years); the 222,000 is IT's sum of
  the implementation fee and a year of data fees. The source purchase costs the implementation alone: 30,000 — under 10万 (free
  counts): FAIL. 南迦巴瓦's buy-out at 45 concurrent users ("Up to 50") is CNY 258,000 incl. 13 % VAT with every gate proved.
  Prices: 南迦巴瓦 258,000 (tier up to 50 users; its subscription CNY 69,000 a year is another product). 芒康盐井 (228,000 licence +
  18,000 implementation) × 1.06 = 260,760 (its bureau query fees billed by the bureaus: not added). 八宿然乌 0 + 30,000 = 30,000.
  类乌齐紫曲 SaaS only: no source-purchase price (null).

Where domain.md and docs/analyst-reading.md do not settle a reading, the .toml says so and asserts nothing on it; every gate
and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzzi_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzzi.py
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

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
GATE_PRICE = ["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
              "price_missing"]
# a pass whose faults are only after-sales terms (the flags it must not carry)
WORSE_PASS_EX = GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                              "maintenance_under_12m", "no_7x24", "no_lifetime_consulting", "not_in_contract",
                              "bloat_features", "source_partial", "source_licence_only", "claimed"]
# everything a quote whose terms are all good must not carry, gate and price flags left to the case
GOOD_TERMS_EX = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                 "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                 "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                 "source_licence_only", "claimed"]
LISTS_HEAD = PatternFill("solid", fgColor="DEEAF6")


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


def _without(flags, *drop):
    return [f for f in flags if f not in drop]


# ---------------------------------------------------------------------------------------------
# zzzi_01  商户经营贷 — 价目表汇编: each vendor's price book by scale, stacked on one sheet, the buyer's scale on top
# ---------------------------------------------------------------------------------------------
I1_NAME = "zzzi_01_ml_jiamubiao_guimo_dangwei_duidie.xlsx"
SL = "景泰黄河石林数科有限公司"
FX = "秦安伏羲信息技术有限公司"
NL = "华池南梁科技有限公司"
ZWL = "合水子午岭网络科技有限公司"
BUYER1 = "天祝乌鞘岭小额贷款有限公司"

# each block: (title, lines above the table, header, rows, money columns (0-based) to format, label|text terms)
I1_BLOCKS = [
    (f"一、{SL}　《石林信贷·经营贷系统源码授权价目表（2025版）》",
     ["价目表编号：SL-JM-2025-03　　生效日期：2025年3月1日　　价目表有效期至2025年12月31日"],
     ["档位", "适用客户规模（年放款额）", "源码授权费（含部署实施及培训）", "操作员账号", "说明"],
     [["A档", "5亿元以下", "21.8万元", "不限", "单法人、单机构部署"],
      ["B档", "5亿元（含）至20亿元", "面议", "不限", "需根据客户业务量、并发量及部署架构评估后单独报价"],
      ["C档", "20亿元以上", "面议", "不限", "支持多法人、多机构、分布式部署"]],
     (),
     [("计税", "价目表所列价格均为含税价（开具13%增值税专用发票）"),
      ("功能模块", "各档位功能相同：企业征信查询、银行流水分析、电子合同（在线签约）、风控审批、还款管理（还款计划、到期提醒）、用户管理"),
      ("等保资质", "已取得等保三级，备案证明编号62042343008-24015（2024年9月取得），定级对象：石林经营贷业务管理系统"),
      ("数据安全", "敏感字段SM4加密（法人身份证号、手机号、银行卡号）；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月，异常操作可追溯"),
      ("征信接口", "已对接人行征信中心（企业征信）、百行征信"),
      ("售后服务", "免费维护18个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；终身技术咨询；"
                   "以上服务承诺写入合同"),
      ("维保期满后", "年服务费1.6万元/年"),
      ("源码交付", "完整源码交付，无加密，可二次开发")]),
    (f"二、{FX}　《伏羲经营贷管理系统V5.2 价目表》",
     ["价格单位：万元（含税）　　适用版本：V5.2 标准版（全部模块）　　本价目表2025年度有效"],
     ["年放款规模 ＼ 操作员账号", "30个以内", "31—80个", "80个以上", None],
     [["3亿元以下", "23.8", "26.8", "面议", None],
      ["3亿—10亿元", "27.8", "30.8", "面议", None],
      ["10亿—30亿元", "32.8", "35.8", "面议", None],
      ["30亿元以上", "面议", "面议", "面议", None]],
     (),
     [("价格包含", "源码授权、部署实施、培训（现场3天）"),
      ("功能模块", "企业征信、银行流水分析（流水数据分析）、电子合同、风控审批流、还款管理、用户及角色管理"),
      ("等保", "已取得等保三级（备案证明编号62052243011-24006，2024年5月取得），定级对象：伏羲经营贷管理系统V5"),
      ("数据安全", "SM4加密（法人身份证号、手机号、银行卡号、对公账号）；HTTPS（TLS1.2）；RBAC，按岗位授权；操作日志保存12个月"),
      ("征信接口", "人行征信中心、百行征信"),
      ("售后", "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应，指定专属工程师；终身技术咨询"),
      ("维保期满后", "年服务费2.6万元/年"),
      ("合同", "以上服务承诺全部写入合同"),
      ("源码", "完整源码，无加密，可二次开发")]),
    (f"三、{NL}　《南梁微贷·经营贷系统报价标准》",
     ["计价说明：按年放款规模分档，每档含20个操作员账号，超出部分按账号加收；以下价格均不含税，增值税税率6%。"],
     ["规模档位", "年放款额", "源码授权及实施费（元）", "含操作员账号", "超出账号单价（元/个）"],
     [["一档", "5亿元以下", 226000, "20个", 2500],
      ["二档", "5亿—15亿元", 256000, "20个", 2500],
      ["三档", "15亿元以上", 316000, "40个", 2500]],
     (2, 4),
     [("功能模块", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理"),
      ("等保", "已取得等保三级（备案证明编号62102343002-23011）"),
      ("安全", "SM4；HTTPS；角色权限管理；日志保存6个月"),
      ("征信接口", "百行征信"),
      ("售后", "免费维护12个月，仅缺陷修复，版本升级另行收费；一般政策调整免费，重大政策调整另行报价；7×24小时，4小时内响应；终身技术咨询；"
               "写入合同"),
      ("维保期满后", "年费3.2万元/年"),
      ("源码", "完整源码")]),
    (f"四、{ZWL}　《子午岭信贷系统价格表》",
     ["按存量借款户数计价　　价格表日期：2025年8月"],
     ["存量借款户数", "基础版价格（元，含税）", "包含模块", None, None],
     [["5,000户以下", 128000, "企业征信、银行流水分析、风控审批、还款管理、用户管理", None, None],
      ["5,000—20,000户", 188000, "同上", None, None],
      ["20,000户以上", 268000, "同上，支持分布式部署", None, None],
      ["选配：电子合同模块（各档通用）", 36000, "含税，如需另购", None, None]],
     (1,),
     [("等保", "二级（已备案），三级暂无计划"),
      ("安全", "AES加密；HTTPS；角色权限；日志保存3个月"),
      ("征信接口", "支持对接征信机构"),
      ("售后", "免费维护6个月，仅修复bug；政策调整另行收费；工作日9:00-18:00技术支持，次日响应；不提供终身技术咨询"),
      ("维保期满后", "年费1.2万元/年"),
      ("合同", "合同只约定价格和交付内容"),
      ("源码", "授权使用，绑定服务器")]),
]


def build_zzzi01():
    wb = Workbook()
    ws = wb.active
    ws.title = "价目表汇编"
    ncol = 5
    put_row(ws, 1, ["经营贷系统源码　各供应商价目表汇编（按价目表原样录入）"], font=TITLE, border=False, align=CENTER)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    put_row(ws, 2, [f"{BUYER1}　科技部　祁彩霞　2025-11-28"], border=False)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    put_row(ws, 3, ["我司规模（询价函第二条，供各家对照价目表档位）：2025年预计全年放款约6.5亿元（1—10月已放款5.2亿元），2026年计划不超过9亿元；"
                    "存量借款户约2,600户；系统操作员账号28个（总部及两个营业部）；部署1套（生产环境）。"], fill=YELLOW)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws.row_dimensions[3].height = 34
    put_row(ws, 4, ["说明：以下为四家供应商提供的标准价目表，科技部按原表逐格录入，各表格式不同；价目表以外的说明（计税、功能、资质、售后等）"
                    "按各家原文录在各表下方。"], border=False)
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=ncol)
    ws.row_dimensions[4].height = 30
    r = 6
    for title, above, head, rows, money, terms in I1_BLOCKS:
        put_row(ws, r, [title], font=BOLD, border=False)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for line in above:
            put_row(ws, r, [line], border=False)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        put_row(ws, r, head, font=BOLD, fill=GREY, align=CENTER)
        r += 1
        for row in rows:
            put_row(ws, r, row)
            for c in money:
                ws.cell(row=r, column=c + 1).number_format = "#,##0"
            ws.row_dimensions[r].height = 30 if any(isinstance(x, str) and len(x) > 22 for x in row) else 18
            r += 1
        for label, text in terms:
            put_row(ws, r, [label, text])
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 30 if len(text) > 48 else 18
            r += 1
        r += 1
    put_row(ws, r, ["科技部初步比较（祁彩霞，11-28）：按各家价目表起步价，黄河石林21.8万元最低，且免费维护18个月、1小时响应，建议优先洽谈；伏羲23.8万元；"
                    "南梁22.6万元（不含税）；子午岭12.8万元（电子合同另计，等保二级）。"], fill=YELLOW)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.row_dimensions[r].height = 34
    widths(ws, [22, 26, 26, 18, 40])
    _save(wb, I1_NAME)

    comment = """Voice: 天祝乌鞘岭小额贷款有限公司 (天祝, operating loans to herders' cooperatives, yak-meat processors, farm stays and small
  traders along the Hexi corridor; no cross-border business; the type's band is 25–35万). Its IT clerk (科技部 祁彩霞) typed each vendor's
  standard price book (价目表), as the vendors sent them, onto one sheet for the general manager, with the company's own scale from its
  询价函 on top and her first comparison at the foot.
Layout: .xlsx, one sheet 价目表汇编. Title, her name line, a yellow line "我司规模（询价函第二条，供各家对照价目表档位）：2025年预计全年放款约6.5亿元
  （1—10月已放款5.2亿元），2026年计划不超过9亿元；存量借款户约2,600户；系统操作员账号28个…；部署1套", a 说明 line; then four blocks, each a
  title "一、… 《…价目表》" naming the company, a line about the price book (编号, 价格单位, 计价说明), the price table in the vendor's own
  shape, and the vendor's terms as 'label | text' rows (text merged over the other columns): 一、黄河石林 — 档位 | 适用客户规模（年放款额） |
  源码授权费 | 操作员账号 | 说明, A档 5亿元以下 21.8万元, B档 5亿元（含）至20亿元 面议, C档 20亿元以上 面议; 二、伏羲 — a two-way matrix
  "年放款规模 ＼ 操作员账号" over 30个以内 | 31—80个 | 80个以上, bare figures under "价格单位：万元（含税）"; 三、南梁 — 规模档位 | 年放款额 |
  源码授权及实施费（元） | 含操作员账号 | 超出账号单价（元/个） under "…每档含20个操作员账号，超出部分按账号加收；以下价格均不含税，增值税税率6%";
  四、子午岭 — 存量借款户数 | 基础版价格（元，含税） | 包含模块, with a row "选配：电子合同模块（各档通用） | 36,000". At the foot, yellow, her
  "科技部初步比较…按各家价目表起步价，黄河石林21.8万元最低…建议优先洽谈".
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per block, named by the company its title names (never the price book's name). The price is the one the buyer's
  own scale falls in — not the first tier, not the 起步价 (analyst-reading, prices by size: "the price is the tier the buyer's size falls
  in — not the first tier — plus the accounts beyond those included at their stated price"): 2025 about 6.5亿 (5.2亿 already by
  October), 2026 at most 9亿 — every figure falls in the same tier of every book —, 28 operator accounts, about 2,600 borrowers. A tier
  for a size the buyer is not ("C档 20亿元以上 面议", "80个以上 面议") is no missing price; the tier the buyer IS in, when it says 面议,
  is no price at all (面议: unknown, §3.4). A unit written above a table ("价格单位：万元（含税）") scales its bare figures; a tax line
  under a block speaks for its table. The clerk's 初步比较 is the buyer's, never a price. Four quotes.
Traps: the decisive one is 黄河石林's tier. Read by its first row — the 起步价 the clerk compares — 景泰黄河石林 is 21.8万 含税 with every
  merchant must-have, its own filing (62042343008-24015), SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行, 18 months with minor
  upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 1.6万 a year, in the contract, full source: the careless
  top pick, and the clerk's. But 21.8万 is its A档 "5亿元以下"; a lender of 6.5亿 (9亿 next year) is in B档 "5亿元（含）至20亿元 | 面议
  | 需根据客户业务量…评估后单独报价": no price for this buyer — unknown, UNVERIFIED (price_missing). The careful pick is 秦安伏羲:
  row "3亿—10亿元" × column "30个以内" (28 accounts) = 27.8 in "价格单位：万元（含税）" = 278,000 inside 25–35万 (its first cell 23.8 is the
  tier under 3亿), "已取得等保三级（备案证明编号62052243011-24006…），定级对象：伏羲经营贷管理系统V5", SM4 on 法人身份证号/手机号/银行卡号/对公
  账号, TLS1.2, RBAC by post, 12-month logs, 人行 + 百行, 企业征信、银行流水分析（流水数据分析）、电子合同、风控审批流、还款管理、用户及角色管理,
  12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours with a named engineer, lifetime consulting, 2.6万 a year,
  all in the contract, full unencrypted source. 华池南梁 passes but is worse on every count: 二档 "5亿—15亿元" 256,000 with 20 accounts, 8
  more at 2,500 = 276,000 不含税, × 1.06 (its stated 6 %) = 292,560; 6-month logs; 百行 only; "仅缺陷修复，版本升级另行收费"; "重大政策调整另行
  报价" (conditional); 4 hours; 3.2万 a year. 合水子午岭 fails: "二级（已备案），三级暂无计划" (a stated no); 2,600 borrowers is its
  "5,000户以下" 128,000 含税, and 电子合同 (a merchant must-have) is its 选配 at 36,000 含税, added: 164,000 (the module then counts,
  conditional); AES; 3-month logs; "支持对接征信机构" (claimed); 6 months bug fixes only; policy "另行收费"; office hours; next day; no
  consulting; "合同只约定价格和交付内容" (not in the contract); "授权使用，绑定服务器" (licence only).
Not settled and not asserted: 南梁's yearly fee (3.2万 in a book priced before tax: with or without VAT) and the standing of its "仅缺陷修复，
  版本升级另行收费" (false either way); the standing of 子午岭's "仅修复bug" and "另行收费" (false either way) and whether its added option
  raises a conditional flag; whether 黄河石林 also gets an unconfirmed flag for its price beside price_missing, and whether a 价目表's
  有效期 is reported. None moves a gate or the pick."""
    vendors = [
        dict(vendor=FX, gate="pass", price=278000,
             why="block 二、秦安伏羲: the buyer (about 6.5亿 in 2025, at most 9亿 in 2026; 28 operator accounts) is row '3亿—10亿元', column '30个以内': 27.8 under '价格单位：万元（含税）' = 278,000 inside 25–35万 (23.8 is the tier under 3亿); '已取得等保三级（备案证明编号62052243011-24006，2024年5月取得），定级对象：伏羲经营贷管理系统V5'; SM4 (法人身份证号、手机号、银行卡号、对公账号); HTTPS（TLS1.2）; RBAC 按岗位授权; 日志12个月; 人行征信中心、百行征信; 企业征信、银行流水分析（流水数据分析）、电子合同、风控审批流、还款管理、用户及角色管理; 免费维护12个月 含bug修复及小版本升级; 政策 免费适配; 7×24, 2小时内, 指定专属工程师; 终身技术咨询; 年服务费2.6万元/年; 全部写入合同; 完整源码 无加密.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor=NL, gate="pass", price=292560,
             why="block 三、华池南梁: the buyer's 6.5亿 (≤9亿) is 二档 '5亿—15亿元' 256,000 with 20 accounts included; 28 − 20 = 8 more at 2,500 = 20,000; 276,000 '不含税，增值税税率6%' × 1.06 = 292,560 inside 25–35万; '已取得等保三级（备案证明编号62102343002-23011）'; SM4; HTTPS; 角色权限管理; 日志6个月 (not under 6); 百行征信; all six modules; '免费维护12个月，仅缺陷修复，版本升级另行收费'; '一般政策调整免费，重大政策调整另行报价' (conditional); 7×24, 4小时内; 终身咨询; 写入合同; 完整源码. Worse than 伏羲 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional"],
             flex=WORSE_PASS_EX),
        dict(vendor=SL, gate="unverified", price="null",
             why="block 一、景泰黄河石林: the buyer (about 6.5亿 in 2025, at most 9亿 in 2026) is its B档 '5亿元（含）至20亿元 | 面议 | 需根据客户业务量、并发量及部署架构评估后单独报价' — no price for this buyer: unknown, UNVERIFIED (price_missing). The 21.8万元 is A档 '5亿元以下', a size the buyer is not (the clerk's 起步价 21.8万 is hers). Everything else stated and good: 企业征信查询、银行流水分析、电子合同（在线签约）、风控审批、还款管理、用户管理; '已取得等保三级，备案证明编号62042343008-24015（2024年9月取得）'; SM4 (法人身份证号、手机号、银行卡号); TLS1.2; RBAC; 日志12个月; 人行 + 百行; 免费维护18个月 含小版本升级; 政策 免费; 7×24, 1小时内; 终身咨询; 1.6万元/年; 写入合同; 完整源码 无加密.",
             values=_vals(free_maintenance_months=18, response_hours=1, annual_fee_after_warranty_cny=16000,
                          source_code_delivery="full"),
             status=_st(price_cny="unknown", response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget"]
                  + GOOD_TERMS_EX + ["conditional"]),
        dict(vendor=ZWL, gate="fail", price=164000,
             why="block 四、合水子午岭: '二级（已备案），三级暂无计划' = a stated no: FAIL. The buyer's 2,600 borrowers are '5,000户以下' 128,000 (含税); 电子合同 is not in the tier's modules and is offered as '选配：电子合同模块（各档通用） | 36,000 | 含税' — a merchant must-have option, added: 164,000 (contract management then counts, conditional). AES (no SM4); HTTPS; 角色权限; 日志3个月; '支持对接征信机构' (claimed); '免费维护6个月，仅修复bug'; '政策调整另行收费'; '工作日9:00-18:00技术支持，次日响应' (no 7×24, 24 h); '不提供终身技术咨询'; '年费1.2万元/年'; '合同只约定价格和交付内容' (not in the contract); '授权使用，绑定服务器' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=12000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only", "claimed"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_tls", "no_access_control", "bloat_features", "source_partial"]),
    ]
    write_toml(I1_NAME.replace(".xlsx", ".toml"), comment, "merchant_loan", [I1_NAME], FX,
               "秦安伏羲's price book, read at the buyer's own scale (3亿—10亿元 × 30个以内), is 27.8万 含税 = 278,000 inside 25–35万, and it proves every gate (备案证明编号62052243011-24006 for its 经营贷管理系统, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行), lists every merchant must-have and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full source. 景泰黄河石林's 21.8万 — the lowest 起步价, the clerk's choice — is the tier for lenders under 5亿; at the buyer's 6.5亿 (9亿 next year) its book says 面议: no price, unverified. 华池南梁 passes at (256,000 + 8 × 2,500) × 1.06 = 292,560 and is worse on every count; 合水子午岭 is 等保二级 (fail) at 128,000 + 电子合同 36,000 = 164,000.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzi_02  个人信用贷 — a procurement mini-program's export of one inquiry's quotes, CSV in GBK
# ---------------------------------------------------------------------------------------------
I2_NAME = "zzzi_02_pc_caigou_xiaochengxu_fukuan_fangshi_gbk.csv"
RB = "定日绒布数科有限公司"
NCH = "白朗年楚河科技有限公司"
YH = "浪卡子羊湖软件有限公司"
GT = "吉隆贡塘网络科技有限公司"
SS = "昂仁桑桑数科有限公司"
BUYER2 = "江孜宗山小额贷款有限公司"

I2_TOP = [
    "【采购助手】询价单报价明细导出",
    "询价单号：CGZS-XJ-20251118-0032",
    "询价标题：个人信用贷系统源码采购（源码买断）",
    f"采购单位：{BUYER2}",
    "采购数量：1套",
    "付款方式要求：验收合格后一次性付款",
    "预算金额：25万元（含税）",
    "报价截止时间：2025-11-30 18:00",
    "导出人：综合部 次旦卓嘎　导出时间：2025-12-05 09:00",
]
I2_HEAD = ["序号", "供应商名称", "微信昵称", "报价人手机", "IP属地", "报价状态", "报价金额（元）", "付款方式", "是否含税", "税率",
           "报价说明", "功能模块", "第三方费用说明", "等保级别", "等保证明说明", "数据加密", "传输加密", "权限管理", "日志保存期",
           "征信机构对接", "免费维护期", "维护范围", "监管政策适配", "技术支持时间", "响应时间", "终身技术咨询", "维保期满年费",
           "源码交付", "是否写入合同", "提交时间", "附件数", "采购员备注"]
I2_ROWS = [
    [1, NCH, "年楚河-小旺", "139****6021", "西藏", "已报价", "238000", "一次性付款", "含税", "13%",
     "报价含源码授权、部署实施及培训，验收合格后一次性支付",
     "个人征信查询、风控模型（评分卡）、还款管理（还款计划、还款提醒）、风控审批、用户管理",
     "征信查询费按人行征信中心、百行征信收费标准由贵司直接支付，不含在报价内",
     "三级", "已取得，备案证明编号54022843006-24003", "SM4", "HTTPS", "角色权限管理", "6个月", "百行征信", "12个月",
     "仅缺陷修复，版本升级另计", "一般政策调整免费，重大政策调整另行报价", "7×24小时", "4小时内", "提供", "2.8万元/年", "完整源码",
     "是", "2025-11-26 16:42", "2", "一次性报价23.8万，在预算内，建议优先"],
    [2, RB, "绒布数科-刘工", "138****5530", "四川", "已报价", "96000", "分期付款", "含税", "13%",
     "报价金额栏填写的是首期款。系统源码买断总价23.6万元（含税），分三期支付：合同签订后付9.6万元，验收合格后付9.6万元，上线满一年后付4.4万元。"
     "如按贵司询价要求验收后一次性付款，总价为22.6万元（含税）。以上价格均含源码授权、部署实施及培训。",
     "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈、还款管理（还款计划、逾期提醒）、风控审批流、用户管理",
     "征信查询费由人行征信中心、百行征信按实际查询量直接向贵司收取（参考：人行约2元/次，百行约1.5元/次），不在报价内",
     "三级", "已取得，备案证明编号54022343011-24007（2024年6月取得），定级对象：绒布个人信贷管理系统",
     "SM4（身份证号、手机号、银行卡号）", "全站HTTPS（TLS1.2）", "RBAC角色权限", "12个月，异常操作可追溯", "人行征信中心、百行征信",
     "12个月", "含bug修复及小版本升级", "免费适配", "7×24小时", "1小时内，指定专属工程师", "提供", "2.0万元/年",
     "完整源码，无加密，可二次开发", "是，以上承诺全部写入合同", "2025-11-28 11:05", "3", "报价9.6万元，低于10万元红线，不予考虑"],
    [3, YH, "羊湖软件-德吉", "136****7714", "西藏", "已报价", "198000", "一次性付款", "含税", "13%",
     "单套报价19.8万元（含税）；如同时采购2套及以上（如生产+灾备），每套16.8万元（含税）。含源码授权、部署及培训。",
     "个人征信、智能风控模型、反欺诈模型、还款计划与提醒、风控审批、用户管理",
     "征信查询费由征信机构收取，不含在报价内",
     "三级（测评中）", "三级测评中，预计2026年1月取得备案证明", "SM4（身份证号、手机号）", "HTTPS", "按岗位角色授权", "12个月",
     "人行征信中心、百行征信", "18个月", "含bug修复及小版本升级", "免费", "7×24小时", "2小时内", "提供", "1.8万元/年",
     "完整源码，可二次开发", "是", "2025-11-29 20:31", "1", "等保还在测"],
    [4, GT, "贡塘网络", "177****0098", "西藏", "已报价", "138000", "一次性付款", "含税", "13%",
     "基础版13.8万元（含税）；风控模型为选配模块，另加3.5万元（含税）",
     "个人征信查询、还款管理、风控审批、用户管理；风控模型（选配）",
     "征信查询费另计，由征信机构收取",
     "二级", "二级已备案", "AES", "HTTPS", "角色权限", "3个月", "支持对接各大征信机构", "3个月", "仅修复bug", "另收费",
     "工作日9:00-18:00", "次日", "不提供", "0.8万元/年", "部分源码（风控引擎加密）", "否", "2025-11-30 09:47", "1",
     "便宜，但等保二级"],
    [5, SS, "桑桑数科", "135****4412", "西藏", "已放弃", "", "", "", "", "我司本次不参与报价，感谢邀请。", "", "", "", "", "", "",
     "", "", "", "", "", "", "", "", "", "", "", "", "2025-11-20 10:12", "0", ""],
]


def build_zzzi02():
    width = len(I2_HEAD)
    for row in I2_ROWS:
        assert len(row) == width, row[1]
    rows = [[line] + [""] * (width - 1) for line in I2_TOP]
    rows.append([""] * width)
    rows.append(I2_HEAD)
    rows += [[str(x) for x in row] for row in I2_ROWS]
    write_csv(I2_NAME, rows, "gbk")

    comment = """Voice: 江孜宗山小额贷款有限公司 (江孜, personal credit loans to farming and herding households, small traders and salaried staff
  around 江孜 and 白朗; no cross-border business; the type's band is 18–25万). Its 综合部 (次旦卓嘎) ran the inquiry through a procurement
  mini-program (采购助手): invited vendors answered on their phones in the program's form, and she exported the quote details as CSV
  (GBK, CRLF, 32 fields a line) for the general manager; the 采购员备注 column is hers, typed in the program.
Layout: CSV in GBK. Nine 'key：value' lines in column A — the export's title, 询价单号, 询价标题 "个人信用贷系统源码采购（源码买断）", 采购单位,
  "采购数量：1套", "付款方式要求：验收合格后一次性付款", "预算金额：25万元（含税）", 报价截止时间, 导出人/导出时间 —, an empty line, then the header
  序号 | 供应商名称 | 微信昵称 | 报价人手机 (masked) | IP属地 | 报价状态 | 报价金额（元） | 付款方式 | 是否含税 | 税率 | 报价说明 | 功能模块 |
  第三方费用说明 | 等保级别 | 等保证明说明 | 数据加密 | 传输加密 | 权限管理 | 日志保存期 | 征信机构对接 | 免费维护期 | 维护范围 | 监管政策适配 |
  技术支持时间 | 响应时间 | 终身技术咨询 | 维保期满年费 | 源码交付 | 是否写入合同 | 提交时间 | 附件数 | 采购员备注, and five rows (one 已放弃).
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per row with 报价状态 已报价, named by 供应商名称 (the 微信昵称 is a salesperson's nickname, the phone and IP属地 no
  amounts); 昂仁桑桑 (已放弃, "我司本次不参与报价") is no quote. 报价金额 is read with the row's own words: the drop-downs 付款方式 / 是否含税 /
  税率 and the 报价说明, which says what the amount is. A payment plan's milestones are parts of one contract price, never a price of their
  own (analyst-reading: "Payment milestones (首付款 / 上线款 / 验收款 / 质保金) are parts of the contract price"; "a buy-out '总价24万元…分三年
  等额支付，每年8万元' is 240,000, its yearly payments are no yearly fee"); of two prices for two payment options, the one for the terms
  the buyer states on the sheet is the one compared, the same terms for every quote (domain.md §7 "compare like with like"; the size a
  buyer states picks a tier the same way). A unit price for a quantity the buyer is not buying ("2套及以上…每套16.8万元") is not its price:
  the inquiry is for 1套. Credit-bureau query fees, per call and charged by 人行征信中心 / 百行征信 to the lender, are the bureaus' charges
  for use, listed beside the price and never added to it (nor a yearly maintenance fee). 采购员备注 is the buyer's. Four quotes.
Traps: the decisive one is 绒布's 报价金额. The amount field says 96000 with 付款方式 分期付款; read at face value it is under 10万 — the
  clerk's "报价9.6万元，低于10万元红线，不予考虑" — and 白朗年楚河 (238,000 一次性, every gate proved, the clerk's "建议优先") is the careless top
  pick. But 绒布's own 报价说明 says "报价金额栏填写的是首期款。系统源码买断总价23.6万元（含税），分三期支付：…9.6万元…9.6万元…4.4万元。如按贵司询价
  要求验收后一次性付款，总价为22.6万元（含税）": the buyer pays once on acceptance, so 定日绒布 is 226,000 含税 inside 18–25万 (the instalment
  plan's 236,000 is the price of the option the buyer does not take; either way inside the band and never under 10万). It proves every
  gate — "已取得，备案证明编号54022343011-24007（2024年6月取得），定级对象：绒布个人信贷管理系统", SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC,
  12-month logs with tracing, 人行 + 百行 — lists every personal-credit must-have and anti-fraud, and gives 12 months with minor upgrades,
  free policy adaptation, 7×24 within 1 hour with a named engineer, lifetime consulting, 2.0万 a year, all in the contract, full
  unencrypted source: the careful top pick, better than 年楚河 on every count. 年楚河 passes at 238,000 (一次性, 含税 13%) with no anti-fraud,
  6-month logs, 百行 only, "仅缺陷修复，版本升级另计", "重大政策调整另行报价" (conditional), 4 hours and 2.8万 a year. 浪卡子羊湖: "三级（测评中）",
  "三级测评中，预计2026年1月取得备案证明" — in progress: mlps false, claimed, UNVERIFIED; its price is the single set's 198,000 (not the 16.8万
  a set for two or more); otherwise stated and good (18 months, 2 hours). 吉隆贡塘 fails: "二级" / "二级已备案"; "基础版13.8万元（含税）；风控
  模型为选配模块，另加3.5万元（含税）" — a must-have offered at a price, added: 173,000 (the risk model then counts, conditional); no anti-fraud;
  AES; 3-month logs; "支持对接各大征信机构" (claimed); 3 months bug fixes only; policy "另收费"; office hours; "次日" (24 h); no consulting;
  not in the contract ("否"); "部分源码（风控引擎加密）" (partial).
Not settled and not asserted: whether a quote priced for the buyer's payment terms (绒布) or offered a quantity price (羊湖) also carries a
  'conditional' flag or a warning on its price; the standing of 年楚河's "仅缺陷修复，版本升级另计" and of 贡塘's "仅修复bug" / "另收费" (false
  either way); whether 贡塘's added option raises a conditional flag; whether no_mlps_level3 rides beside 羊湖's level in progress (its VALUE,
  false, is asserted by analyst-reading §1); how the 已放弃 row and the 询价单 lines are reported as left out. None moves a gate or the pick."""
    vendors = [
        dict(vendor=RB, gate="pass", price=226000,
             why="row 2, 定日绒布: 报价金额 96000 with 付款方式 分期付款 is, in its own 报价说明, the first instalment ('报价金额栏填写的是首期款'); its price for the buyer's stated terms ('付款方式要求：验收合格后一次性付款') is '如按贵司询价要求验收后一次性付款，总价为22.6万元（含税）' = 226,000 inside 18–25万 (instalments 96,000 + 96,000 + 44,000 = 236,000 are the other option; never 96,000). '已取得，备案证明编号54022343011-24007（2024年6月取得），定级对象：绒布个人信贷管理系统'; SM4 (身份证号、手机号、银行卡号); 全站HTTPS（TLS1.2）; RBAC; 日志12个月 with tracing; 人行征信中心、百行征信; 个人征信查询、风控模型（评分卡+规则引擎）、反欺诈、还款管理、风控审批流、用户管理; 12个月 含bug修复及小版本升级; 政策 免费适配; 7×24, 1小时内, 指定专属工程师; 终身咨询; 2.0万元/年; 全部写入合同; 完整源码 无加密. Bureau query fees (charged by the bureaus per call) are not part of the price.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT, flex=_without(ALL_BAD_AF, "conditional")),
        dict(vendor=NCH, gate="pass", price=238000,
             why="row 1, 白朗年楚河: 238000, 一次性付款, 含税 13% = 238,000 inside 18–25万 (its bureau query fees '由贵司直接支付，不含在报价内' are not added); '已取得，备案证明编号54022843006-24003'; SM4; HTTPS; 角色权限管理; 日志6个月 (not under 6); 百行征信; 个人征信查询、风控模型（评分卡）、还款管理、风控审批、用户管理 — no anti-fraud; 12个月 '仅缺陷修复，版本升级另计'; '一般政策调整免费，重大政策调整另行报价' (conditional); 7×24, 4小时内; 终身咨询; 2.8万元/年; 写入合同 '是'; 完整源码. Worse than 绒布 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=PC + CORE, fex=AF + BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional",
                   "no_anti_fraud"],
             flex=WORSE_PASS_EX),
        dict(vendor=YH, gate="unverified", price=198000,
             why="row 3, 浪卡子羊湖: '单套报价19.8万元（含税）' — the inquiry is for 1套, so 198,000 (the 16.8万 a set is for 2 sets or more). 等保 '三级（测评中）' / '三级测评中，预计2026年1月取得备案证明' — in progress: mlps false, claimed, UNVERIFIED. Otherwise stated and good: 个人征信、智能风控模型、反欺诈模型、还款计划与提醒、风控审批、用户管理; SM4 (身份证号、手机号); HTTPS; 按岗位角色授权; 日志12个月; 人行 + 百行; 18个月 含小版本升级; 政策 免费; 7×24, 2小时内; 终身咨询; 1.8万元/年; 写入合同; 完整源码.",
             values=_vals(mlps_level3=False, free_maintenance_months=18, response_hours=2,
                          annual_fee_after_warranty_cny=18000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT,
             flin=["claimed"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_anti_fraud"] + _without(GOOD_TERMS_EX, "claimed")),
        dict(vendor=GT, gate="fail", price=173000,
             why="row 4, 吉隆贡塘: 等保级别 '二级' / '二级已备案' = a stated no: FAIL. '基础版13.8万元（含税）；风控模型为选配模块，另加3.5万元（含税）' — a must-have offered at a price, added: 138,000 + 35,000 = 173,000 (risk model conditional, present). 个人征信查询、还款管理、风控审批、用户管理 — no anti-fraud. AES (no SM4); HTTPS; 角色权限; 日志3个月; '支持对接各大征信机构' (claimed); 免费维护3个月 '仅修复bug'; 政策 '另收费'; '工作日9:00-18:00' (no 7×24); '次日' (24 h); 终身咨询 '不提供'; 0.8万元/年; '部分源码（风控引擎加密）' = partial; 写入合同 '否'.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=8000,
                         source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=["personal_credit_report", "risk_model", "repayment_management", "risk_approval", "user_management"],
             fex=AF + BLOAT,
             flin=["no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_partial", "claimed", "no_anti_fraud"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_tls", "no_access_control", "bloat_features", "source_licence_only"]),
    ]
    write_toml(I2_NAME.replace(".csv", ".toml"), comment, "personal_credit", [I2_NAME], RB,
               "定日绒布's 96000 is its first instalment, as its own 报价说明 says; for the buyer's stated terms (one payment on acceptance) it quotes 22.6万元（含税） = 226,000 inside 18–25万, proves every gate (备案证明编号54022343011-24007 for its 个人信贷管理系统, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行), lists every personal-credit must-have and anti-fraud, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 2.0万 a year, all in the contract and full source. 白朗年楚河 (238,000, the clerk's choice once 绒布 was struck out as 'under 10万') passes and is worse on every count; 浪卡子羊湖 (198,000 for one set) is still being assessed (unverified); 吉隆贡塘 is 等保二级 at 173,000 with its risk-model option added (fail); 昂仁桑桑 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzi_03  消费分期 — a Microsoft Lists export in English: one item per pricing option, and the vendors' responses
# ---------------------------------------------------------------------------------------------
I3_NAME = "zzzi_03_ci_en_ms_lists_jijia_fangshi.xlsx"
RW = "八宿然乌数科有限公司"
NJ = "林芝南迦巴瓦信息技术有限公司"
YJ = "芒康盐井软件有限公司"
ZQ = "类乌齐紫曲网络科技有限公司"
BUYER3 = "林芝巴宜小额贷款有限公司"

OPT_PATH = "sites/IT/Lists/LS-2025 Pricing options"
RESP_PATH = "sites/IT/Lists/LS-2025 Vendor responses"
I3_OPT_HEAD = ["Title", "Vendor", "Pricing model", "Applies to (scale)", "One-off charge (CNY)", "Recurring charge (CNY)",
               "Charged per", "Minimum commitment", "VAT", "Vendor's wording", "Year-1 cost (IT calc.)", "Quote ref.",
               "Modified", "Modified By", "Item Type", "Path"]
I3_OPTS = [
    ["RW-1 Free licence + data service", RW, "Free licence + usage fee", "Any number of users", 30000, 3.2,
     "credit / data query", "60,000 queries a year; 3-year data-service agreement", "Incl. 6%",
     "The system licence and the full source code are free of charge (CNY 0) for clients that route all credit-bureau and "
     "data queries through our 然乌数据服务平台 at CNY 3.20 per query (PBoC and Baihang charges included), minimum 60,000 "
     "queries a year, 3-year agreement, billed monthly. The one-off CNY 30,000 is implementation, data migration and "
     "training, payable on acceptance. Valid until 31 Dec 2025.",
     222000, "RW-QT-251121", datetime(2025, 11, 24, 10, 12), "Pema Yangzom"],
    ["NJ-1 Perpetual licence + source, up to 50 users", NJ, "Perpetual licence incl. source (buy-out)",
     "Up to 50 concurrent users", 258000, None, None, None, "Incl. 13%",
     "Perpetual licence with the full source code; implementation and 3 days' on-site training included. Payment: 100% on "
     "acceptance. Valid until 31 Jan 2026.",
     258000, "NJ-BJ-2025-117", datetime(2025, 11, 25, 15, 40), "Tsering Dorje"],
    ["NJ-2 Perpetual licence + source, 51-100 users", NJ, "Perpetual licence incl. source (buy-out)",
     "51–100 concurrent users", 298000, None, None, None, "Incl. 13%", "As NJ-1, for 51 to 100 concurrent users.",
     298000, "NJ-BJ-2025-117", datetime(2025, 11, 25, 15, 42), "Tsering Dorje"],
    ["NJ-3 Perpetual licence + source, 101-200 users", NJ, "Perpetual licence incl. source (buy-out)",
     "101–200 concurrent users", 358000, None, None, None, "Incl. 13%", "As NJ-1, for 101 to 200 concurrent users.",
     358000, "NJ-BJ-2025-117", datetime(2025, 11, 25, 15, 43), "Tsering Dorje"],
    ["NJ-4 Annual subscription (hosted)", NJ, "Annual subscription", "Up to 50 users", None, 69000, "year", "3 years",
     "Incl. 6%", "Hosted on our cloud; no source code is delivered under the subscription.",
     69000, "NJ-BJ-2025-117", datetime(2025, 11, 25, 15, 45), "Tsering Dorje"],
    ["YJ-1 Perpetual licence + source", YJ, "Perpetual licence incl. source (buy-out)",
     "1–60 concurrent users (CNY 2,000 per user above 60)", 228000, None, None, None, "Excl. VAT – 6% to be added",
     "Source-code licence CNY 228,000 excl. VAT for up to 60 concurrent users; each further user CNY 2,000 excl. VAT. "
     "50% on signing, 50% on acceptance. Valid until 31 Dec 2025.",
     241680, "YJ-2025-088", datetime(2025, 11, 26, 9, 5), "Pema Yangzom"],
    ["YJ-2 Implementation & training", YJ, "Professional services", None, 18000, None, None, None,
     "Excl. VAT – 6% to be added", "Implementation, data migration and 2 days' training, one-off.",
     19080, "YJ-2025-088", datetime(2025, 11, 26, 9, 6), "Pema Yangzom"],
    ["YJ-3 Credit-bureau query fees", YJ, "Third-party charges", None, None, None, "query", None,
     "—", "Credit-bureau query fees (PBoC approx. CNY 2.00 per query, Baihang CNY 1.50 per query) are billed by PBoC Credit "
     "Reference Center and Baihang directly to the lender; they are not part of our price.",
     None, "YJ-2025-088", datetime(2025, 11, 26, 9, 8), "Pema Yangzom"],
    ["ZQ-1 SaaS subscription", ZQ, "Annual subscription (SaaS)", "Up to 50 users (CNY 1,200 per extra user per year)",
     None, 72000, "year", "3 years", "Incl. 6%",
     "SaaS only – we do not sell a perpetual licence or the source code. Onboarding free of charge.",
     72000, "ZQ-SaaS-1127", datetime(2025, 11, 27, 17, 20), "Tsering Dorje"],
]
I3_RESP_HEAD = ["Title", "Modules in the offer", "MLPS Level 3", "Encryption", "Transport", "Access control", "Log retention",
                "Credit bureaus connected", "Free maintenance", "Maintenance covers", "Regulatory changes",
                "Support hours & response", "Lifetime technical consulting", "Fee after free maintenance",
                "Written into contract", "Source code", "IT comment", "Modified", "Modified By", "Item Type", "Path"]
I3_RESP = [
    [RW, "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
     "Held – filing certificate no. 54032643007-24013 (Aug 2024); graded object: 然乌消费分期业务管理系统",
     "SM4 for ID number, mobile number and bank card number", "HTTPS (TLS 1.2) site-wide", "RBAC (role-based)",
     "12 months; abnormal operations traceable", "PBoC Credit Reference Center; Baihang Credit", "24 months",
     "Bug fixes and minor version upgrades", "Free of charge", "24×7; response within 1 hour", "Provided",
     "CNY 15,000 per year", "Yes – all commitments above", "Full source code, unencrypted, may be modified",
     "Cheapest year 1 and the best service terms; data fees fixed for 3 years",
     datetime(2025, 11, 24, 10, 30), "Pema Yangzom"],
    [NJ, "商品管理、分期计算器（分期试算）、订单跟踪、风控审批流、还款管理（还款计划、逾期提醒）、用户管理",
     "Held – filing certificate no. 54040243012-24008 (2024); graded object: 南迦巴瓦消费分期管理系统",
     "SM4 for ID number and mobile number", "HTTPS (TLS 1.2)", "RBAC", "12 months",
     "PBoC Credit Reference Center; Baihang Credit", "12 months", "Bug fixes and minor version upgrades", "Free of charge",
     "24×7; within 2 hours, named engineer", "Provided", "CNY 26,000 per year", "Yes – all commitments above",
     "Full source code, no encryption, secondary development allowed", "Buy-out priced by concurrent users",
     datetime(2025, 11, 25, 16, 2), "Tsering Dorje"],
    [YJ, "商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理", "Held (filing certificate no. 54032843005-23019)", "SM4",
     "HTTPS", "Role-based permissions", "6 months", "Baihang Credit", "12 months",
     "Bug fixes only; version upgrades charged", "Minor changes free; major regulatory changes quoted separately",
     "24×7; within 4 hours", "Provided", "CNY 32,000 per year (excl. VAT)", "Yes", "Full source code",
     "Prices excl. VAT", datetime(2025, 11, 26, 9, 20), "Pema Yangzom"],
    [ZQ, "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理、积分商城",
     "Our SaaS platform (operated by us) holds MLPS Level 3 – filing certificate no. 54032443002-24011",
     "SM4 for ID number and mobile number", "HTTPS", "RBAC", "12 months", "Baihang Credit",
     "Included for the whole subscription term", "Included", "Free of charge", "24×7; within 2 hours", "Provided",
     "— (subscription)", "Yes", "No source code (SaaS subscription)", "SaaS only",
     datetime(2025, 11, 27, 17, 35), "Tsering Dorje"],
]


def _lists_table(ws, top, head, rows, path, money=(), when=("Modified",)):
    """A Microsoft Lists export: header row, one item a row, 'Item Type' and 'Path' last."""
    for c, name in enumerate(head, start=1):
        cell = ws.cell(row=top, column=c, value=name)
        cell.font, cell.fill = BOLD, LISTS_HEAD
    for r, row in enumerate(rows, start=top + 1):
        full = list(row) + ["Item", path]
        assert len(full) == len(head), row[0]
        for c, v in enumerate(full, start=1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            if head[c - 1] in money and isinstance(v, (int, float)):
                cell.number_format = "#,##0.00" if isinstance(v, float) else "#,##0"
            elif head[c - 1] in when:
                cell.number_format = "d/m/yyyy h:mm"
    ws.freeze_panes = ws.cell(row=top + 1, column=2)


def build_zzzi03():
    wb = Workbook()
    ws = wb.active
    ws.title = "Pricing options"
    n = len(I3_OPT_HEAD)
    lines = [
        f"LS-2025 · Pricing options (exported from Microsoft Lists, 3 Dec 2025) – {BUYER3} / Nyingchi Bayi Microcredit Co., Ltd.",
        "What we are buying (RFQ §2): a perpetual licence with the full source code, installed on our own servers, paid in one "
        "lump sum on acceptance. Our scale (RFQ §3): 45 concurrent back-office users; about 60,000 credit-bureau queries a year "
        "(PBoC + Baihang).",
        "Columns 'Title' to 'Vendor's wording' are typed in from each vendor's written quotation. 'Year-1 cost (IT calc.)' is a "
        "calculated column IT added: one-off charge + 12 months of recurring charges at our volumes. — Tsering Dorje, IT",
    ]
    for i, text in enumerate(lines, start=1):
        put_row(ws, i, [text], border=False, font=BOLD if i == 1 else None)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=10)
        ws.row_dimensions[i].height = 18 if i == 1 else 30
    _lists_table(ws, 5, I3_OPT_HEAD, I3_OPTS, OPT_PATH,
                 money=("One-off charge (CNY)", "Recurring charge (CNY)", "Year-1 cost (IT calc.)"))
    for r in range(6, 6 + len(I3_OPTS)):
        ws.row_dimensions[r].height = 75 if len(str(ws.cell(row=r, column=10).value or "")) > 150 else 32
    widths(ws, [30, 26, 24, 24, 14, 14, 14, 22, 16, 60, 14, 14, 15, 14, 9, 34][:n])

    ws2 = wb.create_sheet("Vendor responses")
    _lists_table(ws2, 1, I3_RESP_HEAD, I3_RESP, RESP_PATH)
    for r in range(2, 2 + len(I3_RESP)):
        ws2.row_dimensions[r].height = 48
    widths(ws2, [28, 40, 40, 28, 20, 18, 18, 26, 16, 24, 28, 24, 12, 22, 22, 32, 30, 15, 14, 9, 34])
    _save(wb, I3_NAME)

    comment = """Voice: 林芝巴宜小额贷款有限公司 (Nyingchi Bayi Microcredit, 林芝; consumer instalments for travel packages, outdoor gear, motorbikes
  and household appliances sold through partner shops in 林芝 and 波密; no cross-border business; the type's band is 20–30万). Its
  majority shareholder is a Hong Kong-listed travel group whose IT committee works in English, so the IT department (Tsering Dorje,
  Pema Yangzom) logged the vendors' quotations in two Microsoft Lists and exported them, adding three lines above the first table.
Layout: .xlsx, two sheets as Microsoft Lists exports them (bold header row, one item a row, "Item Type" = Item and "Path" last, Modified /
  Modified By). "Pricing options": IT's title line, "What we are buying (RFQ §2): a perpetual licence with the full source code, installed
  on our own servers, paid in one lump sum on acceptance. Our scale (RFQ §3): 45 concurrent back-office users; about 60,000 credit-bureau
  queries a year", a line saying the columns up to "Vendor's wording" come from the written quotations and "Year-1 cost (IT calc.)" is
  IT's calculated column; then the table on row 5 — Title | Vendor | Pricing model | Applies to (scale) | One-off charge (CNY) | Recurring
  charge (CNY) | Charged per | Minimum commitment | VAT | Vendor's wording | Year-1 cost (IT calc.) | Quote ref. | Modified | Modified By |
  Item Type | Path — nine items: 然乌 one (free licence + usage fee), 南迦巴瓦 four (buy-out tiers up to 50 / 51–100 / 101–200 users, an
  annual subscription), 盐井 three (buy-out, implementation, the bureaus' query fees), 紫曲 one (SaaS subscription). "Vendor responses":
  Title (the vendor) | Modules in the offer | MLPS Level 3 | Encryption | Transport | Access control | Log retention | Credit bureaus
  connected | Free maintenance | Maintenance covers | Regulatory changes | Support hours & response | Lifetime technical consulting | Fee
  after free maintenance | Written into contract | Source code | IT comment | Modified | Modified By | Item Type | Path, one item per vendor.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor (the Vendor column of the options list, the Title of the responses list), its pricing items read together
  with its responses; an item's Title is IT's label for a line, never a vendor or a package. The price is what the buyer is buying —
  a perpetual licence with the source, at its own scale (45 concurrent users): "a buy-out price beside a subscription … is the price when
  the buyer buys the source"; "the price is the tier the buyer's size falls in"; "Services priced on a row of their own beside a buy-out
  price … are added to it"; a subscription is another product ("'12800/年' for a rented SaaS is no price of a source purchase"), and a
  vendor that sells no buy-out has no price for it ("源码买断价: 不提供（仅SaaS）… is no price (null, unverified), never free"). A licence
  given free is a price of 0 (free counts), conditional on what it is tied to, and an implementation charge beside it is part of the
  price ("免费（开源版），部署另收1.5万 is 15,000 to pay"). Per-query charges — the bureaus' fees and a vendor's data-service fee alike — are
  charges for use, no part of the price and no yearly maintenance fee. "Year-1 cost (IT calc.)", "IT comment", Modified / Modified By,
  Item Type, Path and Quote ref. are the buyer's or the tool's, never a price or a term. "Excl. VAT – 6% to be added" is taxed at 6 %.
  Four quotes.
Traps: the decisive one is 然乌's free licence. Its item is the cheapest "Year-1 cost (IT calc.)" on the list, 222,000 (30,000 + 60,000 ×
  3.20), and its responses are the best — its own filing 54032643007-24013, SM4 on ID/mobile/bank card, TLS 1.2, RBAC, 12-month logs,
  PBoC + Baihang, every instalment must-have, 24 months with minor upgrades, free regulatory changes, 24×7 within 1 hour, lifetime
  consulting, CNY 15,000 a year, in the contract, full source — "Cheapest year 1 and the best service terms", IT writes: the careless top
  pick. But the 222,000 adds a year of per-query data-service fees to the price; the licence and the full source are "free of charge (CNY
  0)" on condition of the data-service agreement, and what the buyer pays for the source purchase itself is the implementation, CNY 30,000
  incl. VAT: 0 + 30,000 = 30,000, under 10万 (free counts): FAIL. The careful pick is 林芝南迦巴瓦: NJ-1 "Up to 50 concurrent users" (45) =
  CNY 258,000 incl. 13 % VAT, implementation included, inside 20–30万 (its NJ-4 subscription CNY 69,000 a year is another product; NJ-2 and
  NJ-3 are sizes the buyer is not); "Held – filing certificate no. 54040243012-24008 (2024); graded object: 南迦巴瓦消费分期管理系统", SM4 on
  ID/mobile, TLS 1.2, RBAC, 12-month logs, PBoC + Baihang, 商品管理、分期计算器（分期试算）、订单跟踪、风控审批流、还款管理、用户管理, 12 months with
  minor upgrades, free regulatory changes, 24×7 within 2 hours with a named engineer, lifetime consulting, CNY 26,000 a year, in the
  contract, full unencrypted source. 芒康盐井 passes but is worse on every count: YJ-1 228,000 (45 users, within 1–60) + YJ-2 implementation
  18,000, both "Excl. VAT – 6% to be added": 246,000 × 1.06 = 260,760 (IT's per-item 241,680 and 19,080 are its arithmetic); YJ-3's bureau query fees
  "billed … directly to the lender" are not added; 6-month logs; Baihang only; "Bug fixes only; version upgrades charged"; "major regulatory
  changes quoted separately" (conditional); 4 hours; CNY 32,000 a year (excl. VAT). 类乌齐紫曲 sells no buy-out ("SaaS only – we do not sell
  a perpetual licence or the source code"): no price for what is bought — null, UNVERIFIED (price_missing); its CNY 72,000 a year is a
  rental, never a price and never under 10万.
Not settled and not asserted: whether 然乌's free licence tied to a data-service commitment also raises 'conditional' (its gate fails on the
  price either way, and stays failed whether or not its data-service fees are thought of as a cost of ownership); 盐井's yearly fee (CNY
  32,000 excl. VAT: with or without VAT) and the standing of its "Bug fixes only; version upgrades charged" (false either way); 紫曲's 等保
  (its own SaaS platform's filing, for a rental the buyer is not buying: stated or claimed), its free maintenance ("for the whole
  subscription term"), maintenance scope, yearly fee and source delivery (a rental has neither a warranty period nor a source delivery in
  the buyer's sense); how the options list's extra items (NJ-2, NJ-3, NJ-4, YJ-3) and IT's calculated column are reported. None moves a
  gate or the pick."""
    vendors = [
        dict(vendor=NJ, gate="pass", price=258000,
             why="Pricing options NJ-1 'Perpetual licence incl. source (buy-out)' 'Up to 50 concurrent users' (the buyer: 45) = CNY 258,000 'Incl. 13%', implementation and training included, inside 20–30万 — NJ-2 / NJ-3 are other sizes, NJ-4's CNY 69,000 a year is a hosted subscription without source. Vendor responses: 'Held – filing certificate no. 54040243012-24008 (2024); graded object: 南迦巴瓦消费分期管理系统'; SM4 (ID, mobile); HTTPS (TLS 1.2); RBAC; 12 months; PBoC + Baihang; 商品管理、分期计算器（分期试算）、订单跟踪、风控审批流、还款管理（还款计划、逾期提醒）、用户管理; 12 months, bug fixes and minor version upgrades; regulatory changes free of charge; 24×7 within 2 hours, named engineer; consulting provided; CNY 26,000 per year; written into the contract; full source, no encryption.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor=YJ, gate="pass", price=260760,
             why="Pricing options YJ-1 CNY 228,000 for 1–60 concurrent users (45: no extra users) + YJ-2 implementation & training CNY 18,000, both 'Excl. VAT – 6% to be added': 246,000 × 1.06 = 260,760 inside 20–30万 (IT's 241,680 is its own arithmetic); YJ-3's credit-bureau query fees are billed by the bureaus per query: not added. Vendor responses: 'Held (filing certificate no. 54032843005-23019)'; SM4; HTTPS; role-based permissions; 6 months (not under 6); Baihang; 商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理; 12 months 'Bug fixes only; version upgrades charged'; 'Minor changes free; major regulatory changes quoted separately' (conditional); 24×7 within 4 hours; consulting provided; in the contract; full source. Worse than 南迦巴瓦 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional"],
             flex=WORSE_PASS_EX),
        dict(vendor=RW, gate="fail", price=30000,
             why="Pricing options RW-1 'Free licence + usage fee': 'The system licence and the full source code are free of charge (CNY 0) for clients that route all … queries through our 然乌数据服务平台 at CNY 3.20 per query …, minimum 60,000 queries a year, 3-year agreement' and 'The one-off CNY 30,000 is implementation, data migration and training' ('Incl. 6%'): the source purchase costs 0 + 30,000 = 30,000 — under 10万, free counts: FAIL. The 222,000 'Year-1 cost (IT calc.)' adds a year of per-query data-service fees (60,000 × 3.20), a charge for use, never the price. Everything else stated and good: 'Held – filing certificate no. 54032643007-24013 (Aug 2024); graded object: 然乌消费分期业务管理系统'; SM4 (ID, mobile, bank card); TLS 1.2; RBAC; 12 months; PBoC + Baihang; all six modules; 24 months with minor upgrades; regulatory changes free; 24×7 within 1 hour; consulting; CNY 15,000 per year; in the contract; full source.",
             values=_vals(free_maintenance_months=24, response_hours=1, annual_fee_after_warranty_cny=15000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["price_below_10w"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_15w", "price_over_budget", "price_missing"]
                  + GOOD_TERMS_EX),
        dict(vendor=ZQ, gate="unverified", price="null",
             why="Pricing options ZQ-1 'Annual subscription (SaaS)' CNY 72,000 a year and 'SaaS only – we do not sell a perpetual licence or the source code'; Vendor responses 'No source code (SaaS subscription)': the buyer is buying a perpetual licence with the source, for which 紫曲 gives no price — null, UNVERIFIED (price_missing); the 72,000 a year is a rental, never a price and never under 10万. Its stated terms: SM4 (ID, mobile); HTTPS; RBAC; 12 months; Baihang; 商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理、积分商城 (deferrable); regulatory changes free; 24×7 within 2 hours; consulting provided; in the contract.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, policy_adaptation_free=True, support_7x24=True, response_hours=2,
                         lifetime_consulting=True, commitments_in_contract=True),
             status=dict(price_cny="unknown", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="stated", support_7x24="stated",
                         response_hours="stated", lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=CI + CORE + REPAY + ["points_mall"], fex=BLOAT,
             flin=["price_missing"],
             flex=["price_below_10w", "price_below_15w", "price_over_budget", "missing_must_have", "no_sm4", "no_tls",
                   "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "policy_adaptation_charged",
                   "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                   "source_partial"]),
    ]
    write_toml(I3_NAME.replace(".xlsx", ".toml"), comment, "consumer_installment", [I3_NAME], NJ,
               "林芝南迦巴瓦's buy-out at the buyer's size (up to 50 concurrent users; it has 45) is CNY 258,000 incl. VAT inside 20–30万, and it proves every gate (filing certificate 54040243012-24008 for its 消费分期管理系统, SM4, TLS 1.2, RBAC, 12-month logs, PBoC + Baihang), lists every instalment must-have and gives 12 months with minor upgrades, free regulatory changes, 24×7 within 2 hours, lifetime consulting, all in the contract and full source. 八宿然乌 — the lowest 'Year-1 cost (IT calc.)' and the best terms — gives its licence and source free on condition of a per-query data service; the source purchase costs its implementation alone, CNY 30,000: under 10万, fail. 芒康盐井 passes at (228,000 + 18,000) × 1.06 = 260,760 and is worse on every count; 类乌齐紫曲 sells only a subscription (no buy-out price: unverified).",
               vendors)


if __name__ == "__main__":
    build_zzzi01()
    build_zzzi02()
    build_zzzi03()
