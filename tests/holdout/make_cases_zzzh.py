"""Build the "zzzh" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is QUOTES THAT COME THROUGH SOMEONE ELSE — the words on the buyer's sheet
were not all written by the company that will sign the contract, or were not written to this buyer at all: a reseller
(代理商) quoting another company's system and tagging each term by who stands behind it, a peer lender's own comparison
forwarded over WeChat and pasted beside the buyer's quotes, a procurement consultant's 市场询价报告 whose market prices,
control price and star ratings sit beside its quotes of the vendors' letters. In each file the go-between's words make one
row look better than what the quoting party itself wrote to this buyer:

zzzh_01 — an .xlsx (merchant loans): the buyer's 比价表 (比较项目 down, the five 报价单位 across: two 原厂 selling direct, two
  代理商 each quoting its 原厂's product with 【原厂】/【我司】 tags in its cells and a 承诺主体 row saying who answers for what, and
  the 原厂 of the first reseller, which referred the buyer to its agent and gave no price) and, on a second sheet, an excerpt of
  that 原厂's 授权书 for its agent.
  CARELESS TOP PICK: 南昌艾溪湖信息技术有限公司 — the reseller: 26.8万 含税 inside 25–35万, 18 months with minor upgrades, 7×24
  within 1 hour by a local engineer, and an 等保 cell holding a filing number (35020643011-24008). CAREFUL TOP PICK: 赣州郁孤台数科
  有限公司 — the filing is the 原厂's for its own 筼筜云贷SaaS服务平台 (原厂自营), while this quote delivers a locally deployed system
  whose assessment the buyer is to commission itself with the agent's help ("a filing for … the cloud it runs on … is a claim
  for the system offered"; the 原厂's own 授权书 says local deployments file on their own): claimed, UNVERIFIED. 郁孤台 proves every
  gate for its own system at 29.6万 含税 with every term stated; 九江甘棠 (the other reseller) passes at 28.5万 × 1.06 = 302,100
  and is worse on every count; 上饶葛仙山 is 等保二级 with 电子合同 put off to phase two (fail); 厦门筼筜 gave no quote.
zzzh_02 — a CSV in GBK (personal credit): the buyer's 询价汇总 of its four written quotes (left), an empty column, and on the
  right the 同行参考 panel the boss forwarded — a peer lender's (南靖云水谣小额贷款) own September comparison, typed in from the
  screenshot (公司 | 价格 | 等保 | 安全 | 功能 | 售后 | 源码 | 他们的评价), two of its four vendors also quoting this buyer and two
  never asked by it; the boss's WeChat line and the clerk's note under the tables.
  CARELESS TOP PICK: 厦门五缘湾数科有限公司 — in the peer's panel it is the best of all (22.8万 含税, a filing number, 24 months
  with upgrades, 7×24 within 1 hour, 1.5万 a year, everything in the contract) and the peer chose it. CAREFUL TOP PICK:
  福州于山信息技术有限公司 — 五缘湾 never quoted this buyer: what it quoted the peer is another lender's record of another deal
  (like reference calls, "another lender's words about the vendor, … never the vendor's"), no quote here. Of this buyer's own
  quotes, 于山 proves every gate at 23.6万 含税 with every term stated; 龙岩汀江 (21.8万, 18 months, 1 hour) has its level 3
  "测评中" (in progress: unverified) whatever the peer was told; 宁德太姥山 passes at 22.6万 × 1.06 = 239,560 and is worse on every
  count; 南平建溪 is 等保二级 at 13.6万 + its 风控模型 option 3万 = 166,000 (fail).
zzzh_03 — an .xlsx (consumer instalments): a procurement consultant's 市场询价报告 for the buyer: a 市场价格参考 table (市场参考价
  低/中位/高, 建议控制价 270,000), then the vendors' table under a two-row header (一、价格 over 报价函原文 | 可比价（顾问折算，含税）|
  较建议控制价 | 评级, then 功能模块 / 安全合规 / 售后服务 / 源码交付 each over 报价函原文 and the consultant's ★), a 市场参考价 row under
  the vendors, the consultant's numbered 顾问意见, and a second sheet with the star scale.
  CARELESS TOP PICK: 琼海万泉河数科有限公司 — ★★★★★, 推荐排序 1, a 可比价 of 245,000 (−9.3 % against the control price) and the
  best technical answer (its own filing, 24 months, 1 hour). CAREFUL TOP PICK: 陵水分界洲信息技术有限公司 — 万泉河's letter says
  「商务报价待我司总部审批后另行提交」: it has given no price; the 245,000 is the consultant's market median put in its place ("a
  vendor's '面议' stays no price whatever the helper guessed"; "the 市场参考 column is no vendor"): price unknown, UNVERIFIED.
  分界洲 proves every gate at 25.8万 含税 with every term stated; 文昌铜鼓岭 passes at 24.5万 × 1.13 = 276,850 (its stated 13 %,
  never the consultant's ×1.06 = 259,700) and is worse on every count; 五指山水满 is 9.6万 with 订单跟踪 "需二次开发" (fail).

Where domain.md and docs/analyst-reading.md do not settle a reading, the .toml says so and asserts nothing on it; every gate
and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzzh_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzzh.py
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
GATE_PRICE = ["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
              "price_missing"]
# the flags a quote whose only fault is a claimed (or in-progress) 等保 must not carry (no_mlps_level3 left out: whether the
# red flag rides beside 'unverified' for a claim or a level in progress is not what these cases measure)
CLEAN_BUT_GATE = ["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                  "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                  "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                  "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                  "source_licence_only", "conditional"]
# a pass whose faults are only after-sales terms (the flags it must not carry)
WORSE_PASS_EX = GATE_PRICE + ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                              "maintenance_under_12m", "no_7x24", "no_lifetime_consulting", "not_in_contract",
                              "bloat_features", "source_partial", "source_licence_only", "claimed"]


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
# zzzh_01  商户经营贷 — 比价表 with two 代理商 quoting their 原厂's product, and the 原厂's 授权书 excerpt
# ---------------------------------------------------------------------------------------------
H1_NAME = "zzzh_01_ml_dailishang_yuanchang_chengnuo_zhuti.xlsx"
AXH = "南昌艾溪湖信息技术有限公司"
YGT = "赣州郁孤台数科有限公司"
GT = "九江甘棠科技有限公司"
GXS = "上饶葛仙山网络科技有限公司"
YD = "厦门筼筜软件有限公司"
QYS = "泉州清源山软件有限公司"
BUYER1 = "吉安白鹭洲小额贷款有限公司"

H1_ROWS = [
    ("报价单位身份",
     f"代理商（{YD}授权江西区域总代理，授权书编号YD-SQ-JX-2025-03）",
     "原厂直销（自主研发）",
     f"代理商（{QYS}授权经销商）",
     "原厂直销",
     "原厂（产品开发商）"),
    ("产品名称及版本", "筼筜云贷·经营贷系统V6.2（本地化部署版）", "郁孤台经营贷业务管理系统V4.1", "清源山小微经营贷系统V5.0",
     "葛仙山微贷通V3", "—"),
    ("报价", "26.8万元（含税，13%增值税专用发票由我司开具）", "29.6万元（含税）", "28.5万元（不含税，增值税6%另计）", "13.8万元（含税）",
     f"不直接报价（原厂回复：江西区域由授权总代理{AXH}负责报价、实施及服务，原厂不直接对客户报价）"),
    ("功能模块",
     "企业征信查询、银行流水分析、电子合同、风控审批流、还款管理、用户管理（原厂标准版全部模块）",
     "企业征信、银行流水分析、电子合同（在线签约）、风控审批、还款管理（还款计划、逾期提醒）、用户管理",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "企业征信、银行流水分析、风控审批、还款管理、用户管理；电子合同列入二期开发，届时另行报价",
     "—"),
    ("等保三级",
     "【原厂】筼筜云贷SaaS服务平台（原厂自营）已取得等保三级备案，备案证明编号35020643011-24008；"
     "【我司】本项目为本地化部署，部署后系统的等保测评由贵司自行委托测评机构办理，我司协助整改配合",
     "已取得等保三级，备案证明编号36070243006-24011（2024年7月取得），定级对象：郁孤台经营贷业务管理系统",
     "【原厂】已取得等保三级，备案证明编号35050243009-23014，定级对象：清源山小微经营贷系统V5.0（即本次交付产品）",
     "二级（已备案），三级测评计划2026年启动",
     "—"),
    ("数据加密", "【原厂】敏感字段SM4加密（法人身份证号、手机号、银行卡号）", "SM4（法人身份证号、手机号、银行卡号）", "SM4", "AES", "—"),
    ("传输加密", "HTTPS（TLS1.2）", "全站HTTPS（TLS1.2）", "HTTPS", "HTTPS", "—"),
    ("权限管理", "RBAC角色权限", "RBAC，按岗位授权", "角色权限管理", "角色权限", "—"),
    ("日志保存期", "12个月", "12个月，异常操作可追溯", "6个月", "3个月", "—"),
    ("征信接口", "【原厂】人行征信中心、百行征信（原厂已完成对接）", "人行征信中心、百行征信", "百行征信", "支持对接征信机构", "—"),
    ("免费维护期及范围",
     "【我司】免费维护18个月，含bug修复及小版本升级（升级包由原厂发布，我司免费上门部署）",
     "免费维护12个月，含bug修复及小版本升级",
     "【我司】免费维护12个月，仅缺陷修复；版本升级由原厂另行收费",
     "免费维护6个月，仅修复bug",
     "—"),
    ("监管政策适配", "【原厂】监管政策调整免费适配，具体以原厂当年服务政策为准", "监管政策调整免费适配", "重大政策调整另行报价", "另行收费",
     "—"),
    ("技术支持及响应", "【我司】7×24小时，南昌本地工程师1小时内响应", "7×24小时，2小时内响应，指定专属工程师", "【我司】7×24小时，4小时内响应",
     "工作日9:00-18:00，次日响应", "—"),
    ("终身技术咨询", "【我司】提供", "提供", "提供", "不提供", "—"),
    ("维保期满后年费", "【我司】1.8万元/年", "2.4万元/年", "【我司】3万元/年", "1万元/年", "—"),
    ("写入合同",
     "我司承诺事项（维护期、响应、年费）写入我司与贵司的合同；原厂事项以原厂授权书及原厂政策为准，不写入本合同",
     "是，以上承诺全部写入合同", "是", "否", "—"),
    ("源码交付", "【原厂】完整源码交付，可二次开发（源码授权及交付范围以原厂授权政策为准）", "完整源码，无加密，可二次开发",
     "以原厂授权政策为准", "授权使用，绑定服务器", "—"),
    ("承诺主体",
     "维护、响应、培训、年费由我司（代理商）负责；源码授权、等保资质、征信接口、监管政策适配由原厂负责，以原厂授权书及原厂政策为准",
     "我司（原厂）承担全部承诺", "维护、响应由我司负责；等保资质、版本升级、源码授权由原厂负责", "我司（原厂）承担全部承诺", "—"),
    ("科技信息部意见（内部）", "价格最低，维护期最长，南昌本地有人，等保有备案号，建议列第一", "各项齐全，价格偏高", "不含税，售后一般",
     "等保二级，电子合同没有", "原厂不直接报价，已转代理商"),
]

H1_LETTER = [
    "附：厦门筼筜软件有限公司《产品授权书》（摘录，由南昌艾溪湖信息技术有限公司随报价单提供）",
    "",
    "授权书",
    "授权书编号：YD-SQ-JX-2025-03",
    f"兹授权{AXH}为我司“筼筜云贷”系列产品江西区域总代理，负责江西区域内该系列产品的销售、本地化实施及售后服务。",
    "授权期限：2025年1月1日至2025年12月31日。",
    "一、我司“筼筜云贷SaaS服务平台”（我司自营）已取得网络安全等级保护第三级备案。客户采购本地化部署版本的，部署后的系统须由客户自行办理"
    "定级备案及等级测评。",
    "二、本地化部署版本的源码授权范围及交付方式，以我司与最终客户另行签订的《源码授权协议》为准。",
    "三、代理商在本授权范围以外对客户作出的承诺（包括但不限于价格、服务期限、响应时间等），由代理商自行承担，我司不承担连带责任。",
    "",
    "厦门筼筜软件有限公司（盖章）　　2025年1月2日",
]


def build_zzzh01():
    wb = Workbook()
    ws = wb.active
    ws.title = "比价表"
    put_row(ws, 1, ["商户经营贷系统源码采购　比价表（含代理商报价）"], font=TITLE, border=False, align=CENTER)
    ws.merge_cells("A1:F1")
    put_row(ws, 2, [f"编制：{BUYER1} 科技信息部 刘雯　　日期：2025-11-26　　说明：各栏摘自各报价单位书面报价单原文；代理商报价中的【原厂】【我司】"
                    "标注为代理商报价单原有标注。原厂授权书摘录见第二页。"], border=False)
    ws.merge_cells("A2:F2")
    ws.row_dimensions[2].height = 32
    put_row(ws, 3, ["比较项目", AXH, YGT, GT, GXS, YD], font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(H1_ROWS, start=4):
        put_row(ws, i, list(row), fill=YELLOW if row[0].startswith("科技信息部") else None)
        ws.row_dimensions[i].height = 62 if any(len(x) > 40 for x in row[1:]) else (34 if any(len(x) > 18 for x in row[1:])
                                                                                     else 20)
    widths(ws, [18, 36, 32, 32, 30, 28])
    ws.freeze_panes = "B4"

    ws2 = wb.create_sheet("原厂授权书（摘录）")
    for r, line in enumerate(H1_LETTER, start=1):
        if line:
            put_row(ws2, r, [line], border=False, font=BOLD if line == "授权书" else None,
                    align=CENTER if line == "授权书" else WRAP)
    widths(ws2, [110])
    _save(wb, H1_NAME)

    comment = """Voice: 吉安白鹭洲小额贷款有限公司 (吉安, operating loans to small shops, farms and workshops around 吉安 and 井冈山, no
  cross-border business; the type's band is 25–35万). Its IT department (刘雯) compared five answers to its request: two 原厂 that sell
  direct, two 代理商 quoting their 原厂's products, and the 原厂 behind the first reseller, which referred the buyer to its agent.
Layout: .xlsx, two sheets. 比价表: title row 1, her 说明 row 2 ("各栏摘自各报价单位书面报价单原文；代理商报价中的【原厂】【我司】标注为代理商
  报价单原有标注"), header row 3 比较项目 | the five companies' full names, then one row per item (报价单位身份, 产品名称及版本, 报价, 功能模块, 等保
  三级, 数据加密, 传输加密, 权限管理, 日志保存期, 征信接口, 免费维护期及范围, 监管政策适配, 技术支持及响应, 终身技术咨询, 维保期满后年费, 写入合同,
  源码交付, 承诺主体) and her 科技信息部意见（内部） row (yellow). 原厂授权书（摘录）: a text sheet, one line a row, the 原厂 筼筜's 授权书 for 艾溪湖
  (authorisation period, "我司“筼筜云贷SaaS服务平台”（我司自营）已取得…第三级备案。客户采购本地化部署版本的，部署后的系统须由客户自行办理定级备案及
  等级测评", source licence per a separate agreement, "代理商在本授权范围以外…作出的承诺…由代理商自行承担").
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per 报价单位 that priced (the header names the quoting party; its 报价单位身份 and 产品 rows say whose product it sells).
  A reseller's cell is its own quote's words, whatever tag it carries; a tagged 【原厂】 fact about the product (SM4, bureaus) is still
  a fact of the system offered. 厦门筼筜's column is "不直接报价（原厂回复：…由授权总代理…负责报价…）" over "—" everywhere: no quote
  (like "对方回复暂不承接外地项目，未报价"). The 授权书 sheet is the 原厂's letter, no quote; it only confirms whose filing the number is.
  The 科技信息部意见 row is the buyer's. Four quotes.
Traps: the decisive one is 艾溪湖's 等保. Its cell holds a filing number — "【原厂】筼筜云贷SaaS服务平台（原厂自营）已取得等保三级备案，备案证明
  编号35020643011-24008" — and, with 26.8万 含税 inside 25–35万, every merchant must-have, 18 months with minor upgrades, 7×24 within 1 hour
  by a local engineer, 1.8万 a year and the 科技信息部's "建议列第一", a reader who takes the number as the quote's filing makes 艾溪湖 the
  top pick. But the filing is the 原厂's own SaaS platform's, and the same cell says the system this quote delivers is a local deployment
  whose assessment the buyer must commission itself, the agent only helping ("【我司】本项目为本地化部署，部署后系统的等保测评由贵司自行委托测评
  机构办理，我司协助整改配合"; the 原厂's 授权书 says the same). analyst-reading: "Certificates of something else: a filing for the vendor's
  own OA system, the cloud it runs on…, a client's… is a claim for the system offered; the gate waits for that system's own filing";
  "等保测评协助" is a claim. Claimed: UNVERIFIED. The careful pick is 赣州郁孤台 (a 原厂 selling direct): "29.6万元（含税）" = 296,000 inside
  the band, "已取得等保三级，备案证明编号36070243006-24011（2024年7月取得），定级对象：郁孤台经营贷业务管理系统", SM4 on 法人身份证号/手机号/银行卡号,
  TLS1.2, RBAC by post, 12-month logs with tracing, 人行 + 百行, every merchant must-have, 12 months with minor upgrades, free policy
  adaptation, 7×24 within 2 hours with a named engineer, lifetime consulting, 2.4万 a year, all in the contract, full unencrypted source.
  九江甘棠 (the other reseller) passes — its 原厂's filing names the very product delivered ("定级对象：清源山小微经营贷系统V5.0（即本次交付产
  品）") — but is worse on every count: "28.5万元（不含税，增值税6%另计）" = 302,100 (its stated 6 %), 6-month logs, 百行 only, "仅缺陷修复；版本
  升级由原厂另行收费", "重大政策调整另行报价" (conditional), 4 hours, 3万 a year, and a source delivery given only as "以原厂授权政策为准" (a
  pointer: unknown). 上饶葛仙山 fails: "二级（已备案），三级测评计划2026年启动" (level 2 today: a plan is no assessment under way) and "电子合同
  列入二期开发，届时另行报价" (missing); 13.8万 含税 (under 15万); AES; 3-month logs; "支持对接征信机构" (claimed); 6 months bug fixes only;
  policy "另行收费"; office hours; next day; no consulting; not in the contract; "授权使用，绑定服务器" (licence only).
Not settled and not asserted: what a reseller's relayed 【原厂】 commitments are worth against the quoting party — 艾溪湖's "【原厂】监管政策调整
  免费适配，具体以原厂当年服务政策为准" (stated, claimed or a pointer), its "【原厂】完整源码交付…（源码授权及交付范围以原厂授权政策为准）" (full or
  unknown), its "写入合同" that puts only its own promises in the contract (in the contract or not) and the standing (not the value) of
  its tagged SM4 and bureaus; the VALUE of 艾溪湖's 等保 (a claim recorded true-as-claimed or false) and whether no_mlps_level3 rides
  beside it; whether 艾溪湖 also gets unconfirmed or conditional flags for those terms; 甘棠's yearly fee (3万 in a quote priced before tax:
  with or without VAT) and the standing of its "仅缺陷修复…另行收费" (false either way); the standing of 葛仙山's "仅修复bug" and "另行收费"
  (false either way); whether the 授权书's expiry (2025-12-31) is reported. None moves a gate or the pick."""
    vendors = [
        dict(vendor=YGT, gate="pass", price=296000,
             why="比价表 column 赣州郁孤台 (原厂直销): '29.6万元（含税）' = 296,000 inside 25–35万; '已取得等保三级，备案证明编号36070243006-24011（2024年7月取得），定级对象：郁孤台经营贷业务管理系统'; SM4 (法人身份证号、手机号、银行卡号); 全站HTTPS（TLS1.2）; RBAC; 日志12个月 with tracing; 人行征信中心、百行征信; 企业征信、银行流水分析、电子合同（在线签约）、风控审批、还款管理、用户管理; 免费维护12个月 含bug修复及小版本升级; 政策 免费适配; 7×24, 2小时内, 指定专属工程师; 终身咨询; '2.4万元/年'; '以上承诺全部写入合同'; '完整源码，无加密，可二次开发'.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor=GT, gate="pass", price=302100,
             why="比价表 column 九江甘棠 (代理商 of 泉州清源山): '28.5万元（不含税，增值税6%另计）' = 285,000 × 1.06 = 302,100 inside 25–35万; '【原厂】已取得等保三级，备案证明编号35050243009-23014，定级对象：清源山小微经营贷系统V5.0（即本次交付产品）' — the filing of the system delivered: stated; SM4; HTTPS; 角色权限管理; 日志6个月 (not under 6); 百行征信; all six modules; '【我司】免费维护12个月，仅缺陷修复；版本升级由原厂另行收费'; '重大政策调整另行报价' (conditional); 7×24, 4小时内; 终身咨询; 写入合同 '是'; 源码交付 '以原厂授权政策为准' — a pointer, unknown. Worse than 郁孤台 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, source_code_delivery="null"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional"],
             flex=WORSE_PASS_EX),
        dict(vendor=AXH, gate="unverified", price=268000,
             why="比价表 column 南昌艾溪湖 (江西区域总代理 of 厦门筼筜): '26.8万元（含税，13%增值税专用发票由我司开具）' = 268,000 inside 25–35万. 等保: '【原厂】筼筜云贷SaaS服务平台（原厂自营）已取得等保三级备案，备案证明编号35020643011-24008；【我司】本项目为本地化部署，部署后系统的等保测评由贵司自行委托测评机构办理，我司协助整改配合' — the filing is the 原厂's own SaaS platform's, not the system delivered (the 原厂's 授权书 says local deployments file on their own), and the rest is help with an assessment: claimed, UNVERIFIED. Otherwise: 企业征信查询、银行流水分析、电子合同、风控审批流、还款管理、用户管理; SM4 (法人身份证号、手机号、银行卡号); TLS1.2; RBAC; 12个月 logs; 人行 + 百行; '【我司】免费维护18个月，含bug修复及小版本升级'; 7×24, 1小时内; 终身咨询; '1.8万元/年'. Its policy adaptation, source delivery and contract clause lean on '以原厂…政策为准' (not asserted).",
             values=_vals("mlps_level3", "policy_adaptation_free", "commitments_in_contract", free_maintenance_months=18,
                          response_hours=1, annual_fee_after_warranty_cny=18000),
             status=_st(mlps_level3="claimed", sm4_encryption=None, licensed_credit_bureau=None,
                        policy_adaptation_free=None, commitments_in_contract=None, response_hours="stated"),
             fin=ML + CORE + REPAY, fex=BLOAT,
             flin=["claimed"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "bloat_features"]),
        dict(vendor=GXS, gate="fail", price=138000,
             why="比价表 column 上饶葛仙山 (原厂直销): '二级（已备案），三级测评计划2026年启动' — level 2 today, a plan is no assessment under way: a stated no, FAIL. '企业征信、银行流水分析、风控审批、还款管理、用户管理；电子合同列入二期开发，届时另行报价' — contract management is not in this delivery: missing, FAIL. '13.8万元（含税）' = 138,000 (under 15万). AES (no SM4); HTTPS; 角色权限; 日志3个月; '支持对接征信机构' (claimed); '免费维护6个月，仅修复bug'; 政策 '另行收费'; '工作日9:00-18:00，次日响应' (no 7×24, 24 h); '不提供' consulting; '否' contract; '1万元/年'; '授权使用，绑定服务器' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=10000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=["enterprise_credit", "cashflow_analysis", "risk_approval", "repayment_management", "user_management"],
             fex=["contract_management"] + BLOAT,
             flin=["no_mlps_level3", "missing_must_have", "price_below_15w", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_licence_only", "claimed"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "no_tls", "no_access_control",
                   "bloat_features", "source_partial"]),
    ]
    write_toml(H1_NAME.replace(".xlsx", ".toml"), comment, "merchant_loan", [H1_NAME], YGT,
               "赣州郁孤台 (a 原厂 selling direct) proves every gate for the system it delivers (备案证明编号36070243006-24011 for its 经营贷业务管理系统, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行), lists every merchant must-have and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full source, at 296,000 含税 inside 25–35万. 南昌艾溪湖 (the reseller, 268,000, first in the IT department's opinion) shows a filing number that is its 原厂's own SaaS platform's, while the locally deployed system it quotes is still to be assessed by the buyer with its help: a claim, unverified. 九江甘棠 passes at 302,100 and is worse on every count; 上饶葛仙山 is 等保二级 with 电子合同 put off (fail); 厦门筼筜 referred the buyer to its agent and gave no quote.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzh_02  个人信用贷 — the buyer's 询价汇总 with a peer lender's forwarded comparison pasted beside it, CSV in GBK
# ---------------------------------------------------------------------------------------------
H2_NAME = "zzzh_02_pc_tonghang_weixin_zhuanfa_bijia_gbk.csv"
YS = "福州于山信息技术有限公司"
TJ = "龙岩汀江数科有限公司"
TLS_ = "宁德太姥山软件有限公司"
JX = "南平建溪网络科技有限公司"
WYW = "厦门五缘湾数科有限公司"
LYQ = "泉州洛阳桥软件有限公司"
BUYER2 = "莆田九鲤湖小额贷款有限公司"
PEER = "南靖云水谣小额贷款有限公司"

H2_LEFT_HEAD = ["序号", "供应商", "报价", "计税", "功能模块", "等保三级", "数据安全", "征信接口", "售后服务", "源码交付", "我方备注"]
H2_RIGHT_HEAD = ["公司", "价格", "等保", "安全", "功能", "售后", "源码", "他们的评价"]
H2_LEFT = [
    [1, YS, "23.6万元", "含税（13%专票）",
     "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈、还款管理（还款计划、还款提醒）、风控审批流、用户管理",
     "已取得，备案证明编号35010243012-24005（2024年6月取得），定级对象：于山个人信贷管理系统",
     "加密：SM4（身份证号、手机号、银行卡号）；传输：全站HTTPS（TLS1.2）；权限：RBAC角色权限；日志：12个月，异常操作可追溯",
     "人行征信中心、百行征信",
     "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时，2小时内响应，指定专属工程师；终身技术咨询；维保期满后2.2万元/年；"
     "以上承诺全部写入合同",
     "完整源码，无加密，可二次开发", "各项齐全，在预算内"],
    [2, TJ, "21.8万元", "含税",
     "个人征信、智能风控模型、反欺诈模型、还款计划与提醒、风控审批、用户管理",
     "三级测评中，预计2026年2月取得备案证明",
     "加密：SM4（身份证号、手机号）；传输：HTTPS；权限：按岗位角色授权；日志：12个月",
     "人行征信中心、百行征信",
     "免费维护18个月，含bug修复及小版本升级；政策适配免费；7×24小时，1小时内响应；终身技术咨询；维保期满后1.8万元/年；写入合同",
     "完整源码，可二次开发", "云水谣拿到20.8万、维护24个月，可以压价；等保还在测"],
    [3, TLS_, "22.6万元", "不含税（增值税6%另计）",
     "个人征信、风控模型、还款管理、风控审批、用户管理",
     "已取得等保三级（备案证明编号35090243004-23019）",
     "加密：SM4；传输：HTTPS；权限：角色权限管理；日志：6个月",
     "百行征信",
     "免费维护12个月，仅缺陷修复，版本升级另计；一般政策调整免费，重大政策调整另行报价；7×24小时，4小时内响应；终身技术咨询；"
     "维保期满后按合同额12%/年；写入合同",
     "完整源码", "不含税，折含税约24万"],
    [4, JX, "13.6万元", "含税",
     "个人征信查询、还款管理、风控审批、用户管理；风控模型为选配模块，另加3万元（含税）",
     "二级已备案",
     "加密：AES；传输：HTTPS；权限：角色权限；日志：3个月",
     "支持对接各大征信机构",
     "免费维护3个月，仅修复bug；政策适配另收费；工作日9:00-18:00，次日响应；维保期满后0.8万元/年",
     "部分源码（风控引擎加密）", "便宜，但等保二级"],
]
H2_RIGHT = [
    [WYW, "22.8万（含税）", "三级已备案，备案号35020343007-24010", "SM4加密、全站HTTPS、RBAC权限、日志保存1年",
     "征信（人行+百行）、风控模型、反欺诈、还款管理、审批流、用户管理",
     "免费维护24个月含升级，政策调整免费，7×24小时，1小时响应，终身咨询，年费1.5万，全部写进合同", "全套源码不加密", "综合最好，最后签的这家"],
    [TJ, "20.8万（含税）", "三级在测，说年底出证", "SM4、HTTPS、RBAC、日志1年", "征信、风控、反欺诈、还款、审批都有",
     "维护24个月，7×24，1小时", "全套源码", "等保没下来，没选"],
    [TLS_, "24.2万（不含税）", "三级，有备案号", "SM4、HTTPS、权限、日志半年", "征信、风控模型、还款、审批",
     "维护1年只修bug，4小时响应", "源码给", "偏贵"],
    [LYQ, "16.8万（含税）", "说是按三级标准做的", "AES加密，日志3个月", "征信、风控、还款", "维护半年，工作日有人", "核心加密",
     "太便宜不敢用"],
]


def build_zzzh02():
    gap = [""]
    lw, rw = len(H2_LEFT_HEAD), len(H2_RIGHT_HEAD)
    width = lw + 1 + rw

    def row(left, right):
        left = list(left) + [""] * (lw - len(left))
        right = list(right) + [""] * (rw - len(right))
        return left + gap + right

    rows = [
        row([f"{BUYER2}　个人信用贷系统源码询价汇总"], [f"【同行参考】{PEER} 个贷系统比价（2025年9月）"]),
        row(["科技部 郑晓燕 整理　2025-11-28　（左表各栏摘自各家书面报价函）"], ["陈总微信转发的截图，按原样录入"]),
        row(H2_LEFT_HEAD, H2_RIGHT_HEAD),
    ]
    for left, right in zip(H2_LEFT, H2_RIGHT):
        rows.append(row(left, right))
    rows += [
        [""] * width,
        [f"陈总微信（11-25 20:14）：这是云水谣老林他们9月份比的，他们最后签了五缘湾，说用着还行。你们参考一下价格，五缘湾也可以联系一下。"]
        + [""] * (width - 1),
        ["科技部注：右表由我部按陈总转发的截图录入，价格、条款均为各家当时报给云水谣的，不是报给我司的；五缘湾、洛阳桥两家我司尚未询价。"]
        + [""] * (width - 1),
    ]
    rows = [[("" if x is None else x) for x in r] for r in rows]
    write_csv(H2_NAME, rows, "gbk")

    comment = """Voice: 莆田九鲤湖小额贷款有限公司 (莆田, personal credit loans to salaried workers and small traders, no cross-border business; the
  type's band is 18–25万). Its IT clerk 郑晓燕 keeps the 询价汇总 of the four written quotes it received; the general manager (陈总)
  forwarded over WeChat a screenshot of the comparison a friendly peer lender, 南靖云水谣小额贷款, made for its own purchase in
  September, and she typed it in to the right of her table "to compare", then saved the sheet as CSV (GBK, CRLF, twenty fields a
  line).
Layout: CSV in GBK. Line 1: her title in column A and, after an empty column L, "【同行参考】南靖云水谣小额贷款有限公司 个贷系统比价（2025年9月）"
  in column M; line 2 her source line ("左表各栏摘自各家书面报价函") and "陈总微信转发的截图，按原样录入"; line 3 both headers side by side —
  序号 | 供应商 | 报价 | 计税 | 功能模块 | 等保三级 | 数据安全 | 征信接口 | 售后服务 | 源码交付 | 我方备注, an empty column, then 公司 | 价格 | 等保 |
  安全 | 功能 | 售后 | 源码 | 他们的评价; lines 4–7 one of her vendors on the left and one of the peer's on the right (rows that do not
  belong together); an empty line; the boss's WeChat line ("他们最后签了五缘湾…五缘湾也可以联系一下") and her note ("右表…价格、条款均为各家当时报
  给云水谣的，不是报给我司的；五缘湾、洛阳桥两家我司尚未询价").
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: the left panel is this buyer's four quotes. The right panel is another lender's record of the quotes IT received: a vendor's
  words to someone else, summarised by someone else — no quote to this buyer and no term of one (analyst-reading: reference calls are
  "another lender's words about the vendor, each listed (skip.hearsay), never the vendor's"; a rival's column in a vendor's deck is "no
  quote (a rival that sent nothing is none)"; other lines' or reference-only amounts are "neither the price nor the yearly fee"; a
  vendor who gave no quote this time is "never ranked"). So 厦门五缘湾 and 泉州洛阳桥, which only the peer asked, are no quotes, and the
  peer's rows for 汀江 and 太姥山 change nothing of what those two wrote to this buyer (the peer's 20.8万, 24 months, 24.2万 不含税 are
  not theirs here). The 我方备注 column, the peer's 他们的评价, the boss's line and the clerk's note are the buyer's side. The two panels
  are two tables: a line holding 于山 on the left and 五缘湾 on the right holds two companies that do not belong together. Four quotes.
Traps: the decisive one is 厦门五缘湾. Read as a quote, the peer's row is the best on the sheet — "22.8万（含税）", "三级已备案，备案号
  35020343007-24010", SM4, HTTPS, RBAC, a year of logs, 人行 + 百行 and every module with anti-fraud, "免费维护24个月含升级，政策调整免费，7×24
  小时，1小时响应，终身咨询，年费1.5万，全部写进合同", "全套源码不加密" — and the peer chose it: the careless top pick. But 五缘湾 never quoted
  this buyer. The careful pick is 福州于山: "23.6万元" "含税（13%专票）" = 236,000 inside 18–25万, "已取得，备案证明编号35010243012-24005（2024年6月
  取得），定级对象：于山个人信贷管理系统", SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs with tracing, 人行 + 百行, every personal-
  credit must-have and anti-fraud, 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours with a named engineer,
  lifetime consulting, 2.2万 a year, all in the contract, full unencrypted source. 龙岩汀江 (21.8万 含税, 18 months, 1 hour) is "三级测评中，
  预计2026年2月取得备案证明" — in progress: mlps false, claimed, UNVERIFIED (the peer was told the same). 宁德太姥山 passes but is worse on every
  count: "22.6万元" "不含税（增值税6%另计）" = 239,560 (its stated 6 %), no anti-fraud in its list, 6-month logs, 百行 only, "仅缺陷修复，版本升级
  另计", "重大政策调整另行报价" (conditional), 4 hours, a yearly fee of 12 % of the contract. 南平建溪 fails: "二级已备案"; "13.6万元" 含税 with "风控
  模型为选配模块，另加3万元（含税）" — a must-have offered at a price, added: 166,000 (the module then counts, conditional); no anti-fraud; AES;
  3-month logs; "支持对接各大征信机构" (claimed); 3 months bug fixes only; policy charged; office hours; next day; "部分源码（风控引擎加密）".
Not settled and not asserted: 太姥山's yearly fee (12 % of a contract quoted before tax: of 226,000 or 239,560) and the standing of its "仅
  缺陷修复，版本升级另计" (false either way); the standing of 建溪's "仅修复bug" and "另收费" (false either way), its consulting and contract
  (it says nothing: unknown) and whether its added option raises a conditional flag; the VALUE recorded for 汀江's level in progress is
  false by analyst-reading §1 (asserted) but whether no_mlps_level3 rides beside it is not; how the peer's panel is reported as left
  out (skipped rows, a note, nothing). None moves a gate or the pick."""
    vendors = [
        dict(vendor=YS, gate="pass", price=236000,
             why="left panel line 4, 福州于山: '23.6万元' | '含税（13%专票）' = 236,000 inside 18–25万; '已取得，备案证明编号35010243012-24005（2024年6月取得），定级对象：于山个人信贷管理系统'; 加密 SM4 (身份证号、手机号、银行卡号); 全站HTTPS（TLS1.2）; RBAC; 日志12个月 with tracing; 人行征信中心、百行征信; 个人征信查询、风控模型（评分卡+规则引擎）、反欺诈、还款管理、风控审批流、用户管理; 免费维护12个月 含bug修复及小版本升级; 政策 免费适配; 7×24, 2小时内, 指定专属工程师; 终身咨询; 2.2万元/年; 全部写入合同; 完整源码 无加密.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT, flex=ALL_BAD_AF),
        dict(vendor=TLS_, gate="pass", price=239560,
             why="left panel line 6, 宁德太姥山: '22.6万元' | '不含税（增值税6%另计）' = 226,000 × 1.06 = 239,560 inside 18–25万 (the peer's '24.2万（不含税）' was its quote to the peer: not read); '已取得等保三级（备案证明编号35090243004-23019）'; SM4; HTTPS; 角色权限管理; 日志6个月 (not under 6); 百行征信; 个人征信、风控模型、还款管理、风控审批、用户管理 — no anti-fraud; 免费维护12个月 '仅缺陷修复，版本升级另计'; '一般政策调整免费，重大政策调整另行报价' (conditional); 7×24, 4小时内; 终身咨询; 年费 按合同额12%/年; 写入合同; 完整源码. Worse than 于山 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=PC + CORE, fex=AF + BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional",
                   "no_anti_fraud"],
             flex=WORSE_PASS_EX),
        dict(vendor=TJ, gate="unverified", price=218000,
             why="left panel line 5, 龙岩汀江: '21.8万元' | '含税' = 218,000 inside 18–25万 (the peer's 20.8万 and 24 months were its quote to the peer: not read). 等保 '三级测评中，预计2026年2月取得备案证明' — in progress: mlps false, claimed, UNVERIFIED. Otherwise stated and good: 个人征信、智能风控模型、反欺诈模型、还款计划与提醒、风控审批、用户管理; SM4 (身份证号、手机号); HTTPS; 按岗位角色授权; 日志12个月; 人行 + 百行; 免费维护18个月 含小版本升级; 政策适配免费; 7×24, 1小时内; 终身咨询; 1.8万元/年; 写入合同; 完整源码.",
             values=_vals(mlps_level3=False, free_maintenance_months=18, response_hours=1,
                          annual_fee_after_warranty_cny=18000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=PC + AF + CORE, fex=BLOAT,
             flin=["claimed"], flex=CLEAN_BUT_GATE + ["no_anti_fraud"]),
        dict(vendor=JX, gate="fail", price=166000,
             why="left panel line 7, 南平建溪: '二级已备案' = a stated no: FAIL. '13.6万元' | '含税' with '风控模型为选配模块，另加3万元（含税）' — a must-have offered at a price, added: 136,000 + 30,000 = 166,000 (risk model conditional, present). 个人征信查询、还款管理、风控审批、用户管理 — no anti-fraud. AES (no SM4); HTTPS; 角色权限; 日志3个月; '支持对接各大征信机构' (claimed); '免费维护3个月，仅修复bug'; '政策适配另收费'; '工作日9:00-18:00，次日响应' (no 7×24, 24 h); '0.8万元/年'; '部分源码（风控引擎加密）' = partial.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24,
                         annual_fee_after_warranty_cny=8000, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated"),
             fin=["personal_credit_report", "risk_model", "repayment_management", "risk_approval", "user_management"],
             fex=AF + BLOAT,
             flin=["no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "source_partial", "claimed", "no_anti_fraud"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_tls", "no_access_control", "bloat_features", "source_licence_only"]),
    ]
    write_toml(H2_NAME.replace(".csv", ".toml"), comment, "personal_credit", [H2_NAME], YS,
               "福州于山's written quote to this buyer proves every gate (备案证明编号35010243012-24005 for its 个人信贷管理系统, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行), lists every personal-credit must-have and anti-fraud, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full source, at 236,000 含税 inside 18–25万. 厦门五缘湾, the best row on the sheet, sits only in the peer lender's forwarded September comparison — what it quoted 南靖云水谣, never a quote to this buyer (its clerk's note: 尚未询价). 龙岩汀江 (218,000) has its level 3 still being assessed (unverified); 宁德太姥山 passes at 239,560 and is worse on every count; 南平建溪 is 等保二级 at 166,000 with its risk model option added (fail).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzzh_03  消费分期 — a procurement consultant's 市场询价报告 (market prices, control price, ★, quotes of the letters)
# ---------------------------------------------------------------------------------------------
H3_NAME = "zzzh_03_ci_caigou_zixun_shichang_xunjia_baogao.xlsx"
WQH = "琼海万泉河数科有限公司"
FJZ = "陵水分界洲信息技术有限公司"
TGL = "文昌铜鼓岭软件有限公司"
SM = "五指山水满网络科技有限公司"
BUYER3 = "三亚亚龙湾小额贷款有限公司"
CONSULT = "海口石山采购咨询有限公司"

H3_MARKET = [
    ("市场参考价（低）", 200000, "含税；基础版，必备模块齐全"),
    ("市场参考价（中位）", 245000, "含税；本公司近12个月海南、广东同类项目成交数据中位数"),
    ("市场参考价（高）", 300000, "含税；含全部选配模块"),
    ("建议控制价", 270000, "含税；建议作为本项目谈判上限"),
]
H3_GROUP = ["序号", "供应商", "一、价格", None, None, None, "二、功能模块", None, "三、安全合规", None, "四、售后服务", None,
            "五、源码交付", "综合评级", "推荐排序"]
H3_SUB = [None, None, "报价函原文", "可比价（顾问折算，含税，元）", "较建议控制价", "评级", "报价函原文", "评级", "报价函原文", "评级",
          "报价函原文", "评级", "报价函原文", None, None]
H3_ROWS = [
    [1, WQH, "「商务报价待我司总部审批后另行提交，技术应答先行提交」", "245,000（未收到书面报价，暂按市场参考价中位数列示）", "-9.3%",
     "★★★★★",
     "「商品管理、分期计算器、订单跟踪、风控审批、还款管理（还款计划、逾期提醒）、用户管理」", "★★★★★",
     "「已取得等保三级，备案证明编号46900243005-24012（2024年8月取得），定级对象：万泉河消费分期业务系统；身份证号、手机号、银行卡号SM4加密存储；"
     "全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月；已对接人行征信中心、百行征信」", "★★★★★",
     "「免费维护24个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；终身技术咨询；维保期满后1.5万元/年；"
     "以上承诺写入合同」", "★★★★★",
     "「完整源码交付，无加密，可二次开发」", "★★★★★", 1],
    [2, FJZ, "「25.8万元（含税，13%增值税专用发票）」", 258000, "-4.4%", "★★★★☆",
     "「商品管理、分期计算器（分期试算）、订单跟踪、风控审批、还款管理、用户管理」", "★★★★★",
     "「已取得等保三级（备案证明编号46902843011-24003，2024年取得），定级对象：分界洲消费分期管理系统；身份证号、手机号SM4加密；全站HTTPS；"
     "RBAC角色权限；操作日志保存12个月；已对接人行征信中心、百行征信」", "★★★★★",
     "「免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；终身技术咨询；维保期满后年费2.6万元；"
     "以上承诺写入合同」", "★★★★☆",
     "「完整源码交付，无加密，可二次开发」", "★★★★☆", 2],
    [3, TGL, "「24.5万元（不含税），增值税税率13%另计」", 259700, "-3.8%", "★★★★☆",
     "「商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理」", "★★★★☆",
     "「已取得等保三级（备案证明编号46900543002-23016）；SM4；HTTPS；角色权限；日志保存6个月；百行征信」", "★★★★☆",
     "「免费维护12个月，仅缺陷修复，版本升级另计；重大政策调整另行报价；7×24小时，4小时内响应；终身技术咨询；维保期满后3.2万元/年；写入合同」",
     "★★★☆☆",
     "「完整源码」", "★★★★☆", 3],
    [4, SM, "「9.6万元（含税）」", 96000, "-64.4%", "★★☆☆☆",
     "「商品管理、分期计算器、还款管理、用户管理；订单跟踪模块需二次开发，另行报价」", "★★☆☆☆",
     "「系统按等保三级标准设计；AES加密；HTTPS；仅设一个管理员账号；日志保存3个月；支持对接主流征信机构」", "★☆☆☆☆",
     "「免费维护3个月；工作日技术支持，次日响应」", "★☆☆☆☆",
     "「授权使用，绑定域名」", "★☆☆☆☆", "不推荐"],
    [None, "市场参考价（中位数，本公司整理，非供应商报价）", None, 245000, "-9.3%", None, None, None, None, None, None, None, None,
     None, None],
]
H3_OPINION = [
    "三、顾问意见",
    "1. 万泉河技术应答最完整，等保、售后条件最优；其商务报价尚未提交，暂按市场参考价中位数估算可比价245,000元，低于建议控制价9.3%，建议作为第一"
    "谈判对象，并要求其于2025年12月5日前提交盖章书面报价。",
    "2. 分界洲各项响应齐全，可比价258,000元，低于建议控制价，建议作为第二谈判对象。",
    "3. 铜鼓岭可比价259,700元，售后条件一般（版本升级另计、4小时响应），可作备选。",
    "4. 水满报价低于市场参考价下限，订单跟踪需二次开发，等保仅为设计标准，不建议纳入谈判范围。",
    f"{CONSULT}　项目负责人：符晓婷　　2025年11月27日",
]
H3_SCALE = [
    ["评级", "含义"],
    ["★★★★★", "优：全部满足并优于市场一般水平"],
    ["★★★★☆", "良：全部满足"],
    ["★★★☆☆", "中：基本满足，个别条款需谈判"],
    ["★★☆☆☆", "差：多项不满足"],
    ["★☆☆☆☆", "很差：关键项不满足"],
    ["注：评级为本公司根据报价函及市场调研作出的判断，仅供委托单位参考。", None],
]


def build_zzzh03():
    wb = Workbook()
    ws = wb.active
    ws.title = "询价报告"
    n = len(H3_GROUP)
    put_row(ws, 1, [f"{BUYER3}　消费分期系统源码　市场询价报告"], font=TITLE, border=False, align=CENTER)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    put_row(ws, 2, [f"委托单位：{BUYER3}　　咨询机构：{CONSULT}　　报告编号：SSZX-XJ-2025-112　　日期：2025年11月27日"],
            border=False)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    put_row(ws, 4, ["一、市场价格参考（本公司根据近12个月同类项目成交数据整理）"], font=BOLD, border=False)
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=n)
    put_row(ws, 5, ["项目", None, "金额（元）", "说明"], font=BOLD, fill=GREY, align=CENTER)
    ws.merge_cells("A5:B5")
    r = 6
    for label, amount, note in H3_MARKET:
        put_row(ws, r, [label, None, amount, note])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3).number_format = "#,##0"
        r += 1
    r += 1
    put_row(ws, r, ["二、各供应商报价及响应情况"], font=BOLD, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
    r += 1
    put_row(ws, r, ["说明：「」内为供应商书面报价函原文摘录；“评级”为本公司评级（满分5★，标准见“评级说明”页）；“可比价”为本公司按含税口径折算；"
                    "“较建议控制价”=可比价÷建议控制价−1。"], border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
    ws.row_dimensions[r].height = 30
    r += 1
    g, s = r, r + 1
    put_row(ws, g, H3_GROUP, font=BOLD, fill=GREY, align=CENTER)
    put_row(ws, s, H3_SUB, font=BOLD, fill=GREY, align=CENTER)
    for c in (1, 2, 14, 15):
        ws.merge_cells(start_row=g, start_column=c, end_row=s, end_column=c)
    for c1, c2 in ((3, 6), (7, 8), (9, 10), (11, 12)):
        ws.merge_cells(start_row=g, start_column=c1, end_row=g, end_column=c2)
    r = s + 1
    for row in H3_ROWS:
        put_row(ws, r, row, fill=YELLOW if row[0] is None else None)
        if isinstance(row[3], int):
            ws.cell(row=r, column=4).number_format = "#,##0"
        ws.row_dimensions[r].height = 90 if row[0] is not None else 30
        r += 1
    r += 1
    for i, line in enumerate(H3_OPINION):
        put_row(ws, r, [line], border=False, font=BOLD if i == 0 else None)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.row_dimensions[r].height = 30 if len(line) > 70 else 18
        r += 1
    widths(ws, [6, 26, 26, 20, 12, 10, 34, 10, 46, 10, 46, 10, 22, 10, 10])
    ws.freeze_panes = ws.cell(row=s + 1, column=3)

    ws2 = wb.create_sheet("评级说明")
    for i, row in enumerate(H3_SCALE, start=1):
        put_row(ws2, i, row, font=BOLD if i == 1 else None, fill=GREY if i == 1 else None, border=i < len(H3_SCALE))
    widths(ws2, [14, 60])
    _save(wb, H3_NAME)

    comment = """Voice: 三亚亚龙湾小额贷款有限公司 (三亚, consumer instalments for phones, scooters and home appliances sold through local
  dealers, no cross-border business; the type's band is 20–30万) hired a procurement consultant, 海口石山采购咨询有限公司 (项目负责人
  符晓婷), to run the inquiry; this is the consultant's 市场询价报告 as delivered.
Layout: .xlsx, two sheets. 询价报告: title, a 委托单位 / 咨询机构 / 报告编号 / 日期 line; "一、市场价格参考" with its own table (项目 | 金额（元） |
  说明: 市场参考价（低）200,000, （中位）245,000, （高）300,000, 建议控制价 270,000); "二、各供应商报价及响应情况", the consultant's 说明 line
  ("「」内为供应商书面报价函原文摘录；“评级”为本公司评级…；“可比价”为本公司按含税口径折算"), then a two-row header — 序号 and 供应商 merged
  down, "一、价格" over 报价函原文 | 可比价（顾问折算，含税，元） | 较建议控制价 | 评级, "二、功能模块" / "三、安全合规" / "四、售后服务" each over
  报价函原文 | 评级, "五、源码交付" over 报价函原文, 综合评级 and 推荐排序 merged down —, four vendor rows (every 报价函原文 cell wholly in
  「」), a yellow row "市场参考价（中位数，本公司整理，非供应商报价）" with 245,000 under 可比价; then "三、顾问意见" in four numbered lines and the
  signature. 评级说明: the consultant's star scale.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor row, read from its 「」 cells — the vendor's letter — each under the term its group names (the
  sub-header 报价函原文 only says whose words the column holds). The 可比价, 较建议控制价, every 评级 column, 综合评级 and 推荐排序 are the
  consultant's arithmetic and judgement, never a price, a term or a reason to rank (analyst-reading: a consultant's scores, ranks and
  remarks "are the consultant's and never the vendor's statements, nor a reason to rank"; "a column the table computes… is the
  buyer's arithmetic… never the vendor's word"; "the 市场参考 column is no vendor, his ratings no reason to rank"). The market table
  and the 市场参考价 row are no vendors (a 参考 row "非投标人" is no bidder; a control price is the buyer's ceiling). 顾问意见 is his.
  Four quotes.
Traps: the decisive one is 万泉河's price. Its letter's price cell says 「商务报价待我司总部审批后另行提交，技术应答先行提交」 — no price yet
  (面议 / 待定: unknown, the gate UNVERIFIED; "a vendor's '面议' stays no price whatever the helper guessed"). The consultant filled the
  gap with his market median — "245,000（未收到书面报价，暂按市场参考价中位数列示）", "-9.3%" — and rated it ★★★★★, 推荐排序 1; with its own
  filing (46900243005-24012), SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行, every instalment must-have, 24 months with minor upgrades, free
  policy adaptation, 7×24 within 1 hour, lifetime consulting, 1.5万 a year, in the contract and full source, a reader who takes the
  可比价 as its price makes it the top pick. The careful pick is 陵水分界洲: 「25.8万元（含税，13%增值税专用发票）」 = 258,000 inside 20–30万,
  「已取得等保三级（备案证明编号46902843011-24003，2024年取得），定级对象：分界洲消费分期管理系统」, SM4 on 身份证号/手机号, HTTPS, RBAC, 12-month
  logs, 人行 + 百行, 商品管理、分期计算器（分期试算）、订单跟踪、风控审批、还款管理、用户管理, 12 months with minor upgrades, free policy adaptation,
  7×24 within 2 hours, lifetime consulting, 2.6万 a year, in the contract, full unencrypted source. 文昌铜鼓岭 passes but is worse on every
  count: 「24.5万元（不含税），增值税税率13%另计」 = 276,850 (its stated 13 %; the consultant's 259,700 is ×1.06, his arithmetic), 6-month
  logs, 百行 only, 「仅缺陷修复，版本升级另计」, 「重大政策调整另行报价」 (conditional), 4 hours, 3.2万 a year. 五指山水满 fails: 「9.6万元（含税）」 =
  96,000 (under 10万) and 「订单跟踪模块需二次开发，另行报价」 (a module not in this quote: missing); 「系统按等保三级标准设计」 (claimed); AES;
  「仅设一个管理员账号」 (no access control); 3-month logs; 「支持对接主流征信机构」 (claimed); 3 months; office hours; next day; 「授权使用，绑定域名」.
Not settled and not asserted: 铜鼓岭's yearly fee (3.2万 in a quote priced before tax: with or without VAT) and the standing of its "仅缺陷
  修复，版本升级另计" (false either way); the VALUE of 水满's 等保 (a design claim recorded true-as-claimed or false) and whether no_mlps_level3
  rides beside it; 水满's upgrades, policy adaptation, consulting, contract and yearly fee (it says nothing: unknown) and whether
  risk_approval is counted absent from its list; whether 万泉河 also carries an unconfirmed flag for its price; how the market table,
  the 市场参考价 row and the consultant's columns are reported as left out. None moves a gate or the pick."""
    vendors = [
        dict(vendor=FJZ, gate="pass", price=258000,
             why="询价报告 row 2, 陵水分界洲, its 「」 words: '25.8万元（含税，13%增值税专用发票）' = 258,000 inside 20–30万; '已取得等保三级（备案证明编号46902843011-24003，2024年取得），定级对象：分界洲消费分期管理系统'; SM4 (身份证号、手机号); 全站HTTPS; RBAC; 日志12个月; 人行征信中心、百行征信; 商品管理、分期计算器（分期试算）、订单跟踪、风控审批、还款管理、用户管理; 免费维护12个月 含bug修复及小版本升级; 政策 免费适配; 7×24, 2小时内; 终身咨询; 年费2.6万元; 写入合同; '完整源码交付，无加密，可二次开发'. The consultant's ★★★★☆ and 推荐排序 2 are his.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT, flex=ALL_BAD),
        dict(vendor=TGL, gate="pass", price=276850,
             why="询价报告 row 3, 文昌铜鼓岭, its 「」 words: '24.5万元（不含税），增值税税率13%另计' = 245,000 × 1.13 = 276,850 inside 20–30万 (the consultant's 可比价 259,700 is ×1.06: his arithmetic, not read); '已取得等保三级（备案证明编号46900543002-23016）'; SM4; HTTPS; 角色权限; 日志6个月 (not under 6); 百行征信; 商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理; 免费维护12个月 '仅缺陷修复，版本升级另计'; '重大政策调整另行报价' (conditional); 7×24, 4小时内; 终身咨询; 写入合同; 完整源码. Worse than 分界洲 on every count.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          response_hours=4, source_code_delivery="full"),
             status=_st(maintenance_includes_upgrades=None, policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h", "conditional"],
             flex=WORSE_PASS_EX),
        dict(vendor=WQH, gate="unverified", price="null",
             why="询价报告 row 1, 琼海万泉河: its price cell is '「商务报价待我司总部审批后另行提交，技术应答先行提交」' — no price given yet: unknown, UNVERIFIED (price_missing). The '245,000（未收到书面报价，暂按市场参考价中位数列示）' beside it is the consultant's market median, never its price; his ★★★★★ and 推荐排序 1 are his. Its technical answer is stated and good: '已取得等保三级，备案证明编号46900243005-24012（2024年8月取得），定级对象：万泉河消费分期业务系统'; SM4 (身份证号、手机号、银行卡号); TLS1.2; RBAC; 日志12个月; 人行 + 百行; 商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理; 免费维护24个月 含小版本升级; 政策 免费; 7×24, 1小时内; 终身咨询; 1.5万元/年; 写入合同; 完整源码 无加密.",
             values=_vals(free_maintenance_months=24, response_hours=1, annual_fee_after_warranty_cny=15000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + REPAY, fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only", "claimed", "conditional"]),
        dict(vendor=SM, gate="fail", price=96000,
             why="询价报告 row 4, 五指山水满, its 「」 words: '9.6万元（含税）' = 96,000, under 10万: FAIL. '商品管理、分期计算器、还款管理、用户管理；订单跟踪模块需二次开发，另行报价' — order tracking is not in this quote: missing, FAIL. '系统按等保三级标准设计' (claimed); AES (no SM4); HTTPS; '仅设一个管理员账号' (no access control); 日志3个月; '支持对接主流征信机构' (claimed); 免费维护3个月; '工作日技术支持，次日响应' (no 7×24, 24 h); '授权使用，绑定域名' = licence only. The consultant's '不推荐' is his.",
             values=dict(sm4_encryption=False, tls=True, access_control=False, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, support_7x24=False, response_hours=24,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated"),
             fin=["product_management", "installment_calculator", "repayment_management", "user_management"],
             fex=["order_tracking"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_sm4", "no_access_control", "audit_log_under_6m",
                   "maintenance_under_12m", "no_7x24", "response_over_2h", "source_licence_only", "claimed"],
             flex=["price_below_15w", "price_over_budget", "price_missing", "no_tls", "bloat_features",
                   "source_partial"]),
    ]
    write_toml(H3_NAME.replace(".xlsx", ".toml"), comment, "consumer_installment", [H3_NAME], FJZ,
               "陵水分界洲's letter, as the consultant quotes it, proves every gate (备案证明编号46902843011-24003 for its 消费分期管理系统, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行), lists every instalment must-have and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract and full source, at 258,000 含税 inside 20–30万. 琼海万泉河 (★★★★★, the consultant's first) has given no price yet — '商务报价待我司总部审批后另行提交' — and the 245,000 beside it is the consultant's market median: price unknown, unverified. 文昌铜鼓岭 passes at 276,850 (its stated 13 %, not the consultant's ×1.06) and is worse on every count; 五指山水满 is 9.6万 with 订单跟踪 left to custom development (fail).",
               vendors)


if __name__ == "__main__":
    build_zzzh01()
    build_zzzh02()
    build_zzzh03()
