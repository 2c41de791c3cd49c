"""Build the "zzh" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside:

zzh_01 — an .xlsx 比价表 (vendors as columns, fields as rows) kept by 林芳 of 建瓯市芝城小额贷款 for a personal-credit system. Each
  vendor's column holds the vendor's written answers, but while reviewing she PREFIXED some cells with her own marks 【存疑】 (I doubt
  this) or 【不符】 (does not meet our need) — the words after the mark are still the vendor's ('【不符】三级测评中，预计2026年3月出证',
  '【存疑】7×24小时，2小时内响应'). The mark is hers: it neither changes nor removes what the vendor wrote. Her note sits above the
  header and her 意见 below the table.
zzh_02 — a CSV (GB18030, CRLF) of a merchant-loan inquiry summary that the admin clerk copied out of a Word table whose AutoFormat had
  turned every straight quote into FULL-WIDTH SMART QUOTES: every cell of the table, header included, is wrapped in “…”, and an
  empty Word cell came over as “” (two quote marks, nothing between — a blank, not a value). Vendors are rows; the last column
  备注（周） is the clerk's.
zzh_03 — an .xlsx comparison for consumer instalments (vendors as columns) whose PRICES ARE ONLY IN THE COLUMN HEADERS: each header
  cell is the vendor's name, a line break, and '（报价：24.6万元，含税）' / '（报价：21.8w，含税）' / '（报价：26万元，不含税）'; a vendor that
  declined has '（未报价，11-20来函放弃）' there. There is no price row. The last row 评估意见（信息科） is the buyer's.

The expected reading of every file is in the matching zzh_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzh.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zzh_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, CENTER, GREY, TITLE, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, LEFT, ML, PC, _save, good, write_csv, write_toml  # noqa: E402



def _col(i):
    return get_column_letter(i)


# ---------------------------------------------------------------------------------------------
# zzh_01  个人信用贷 — 林芳's 比价表 with her 【存疑】/【不符】 marks prefixed to the vendors' words.
# ---------------------------------------------------------------------------------------------
FD = "宁德福鼎数科有限公司"
YA = "三明永安信息技术有限公司"
XY = "莆田仙游软件有限公司"
WYS = "南平武夷山网络科技有限公司"
NH = "宁波宁海数据服务有限公司"
ZZH01_VENDORS = [FD, YA, XY, WYS, NH]
ZZH01_ROWS = [  # (项目, [one cell per vendor, in ZZH01_VENDORS order])
    ("报价", ["22.6万元（含税）", "19.8万元（含税）", "18.5万元（不含税）", "【不符】面议（需到贵司现场调研后报价）",
            "本次不参与报价（11月24日电话告知：项目排期已满）"]),
    ("功能模块", ["个人征信查询（人行二代征信、百行征信）、风控模型（评分卡+决策引擎）、反欺诈模型、还款计划及提醒、风控审批流、用户管理",
              "个人征信对接、智能风控模型、反欺诈、还款管理、审批流、用户管理",
              "【存疑】个人征信查询、风控模型、反欺诈模型、还款计划、风控审批、用户管理、区块链存证、元宇宙营销",
              "征信对接、风控模型、还款管理、审批流、用户管理、AI智能客服", ""]),
    ("等保三级", ["已取得三级，备案证明编号35098243011-24007", "【不符】三级测评中，预计2026年3月出证", "已取得三级，备案证明35032243005-24012",
              "【存疑】支持等保三级", ""]),
    ("数据加密", ["身份证号、手机号、银行卡号SM4加密存储", "国密SM4加密（身份证号、手机号）", "SM4加密", "国密算法", ""]),
    ("传输加密", ["全站HTTPS（TLS1.2）", "HTTPS", "HTTPS", "HTTPS", ""]),
    ("权限管理", ["RBAC角色权限", "RBAC", "RBAC角色权限", "有", ""]),
    ("日志保存", ["12个月，异常操作可追溯", "12个月", "6个月", "长期保存", ""]),
    ("征信接口", ["人行征信中心、百行征信", "百行征信、朴道征信", "百行征信", "支持对接征信", ""]),
    ("免费维护期", ["一年", "12个月", "【不符】6个月", "终身免费维护", ""]),
    ("维护范围", ["缺陷修复及小版本升级", "缺陷修复及小版本升级", "仅修复bug，版本升级另计", "", ""]),
    ("政策适配", ["监管政策调整免费适配", "免费", "一般调整免费，重大政策调整另行报价", "", ""]),
    ("技术支持", ["【存疑】7×24小时，2小时内响应", "7×24小时，1小时内响应", "【不符】5×8（工作日），4小时内响应", "7×24小时，第一时间响应", ""]),
    ("终身技术咨询", ["提供", "提供", "提供", "提供", ""]),
    ("写入合同", ["以上承诺均写入合同", "写入合同", "写入合同", "可以写入合同", ""]),
    ("维保期满年费", ["2.2万元/年", "2万元/年", "按合同额15%/年", "", ""]),
    ("源码交付", ["完整源码，无加密，可二次开发", "完整源码", "提供源码，核心风控引擎加密", "仅授权使用，授权绑定域名", ""]),
]
ZZH01_FIRST = 4  # row of 报价


def _r01(label):
    return ZZH01_FIRST + [r[0] for r in ZZH01_ROWS].index(label)


def _c01(vendor):
    return _col(2 + ZZH01_VENDORS.index(vendor))


def build_zzh01():
    name = "zzh_01_pc_cunyi_buhe_biaoji.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "比价表"
    last = 1 + len(ZZH01_VENDORS)
    ws.cell(row=1, column=1, value="建瓯市芝城小额贷款有限公司　个人信用贷系统源码比价表").font = TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws.cell(row=2, column=1, value="说明：各家列内是供应商书面回复原文（林芳 11-25 整理）。前面加【存疑】【不符】的是我审的时候加的标记，标记后面的字仍是"
                                   "供应商原话。我司只做建瓯本地个人信用贷，无跨境业务，预算18-25万元。").alignment = LEFT
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    ws.row_dimensions[2].height = 36
    put_row(ws, 3, ["项目"] + ZZH01_VENDORS, font=BOLD, fill=GREY, align=CENTER)
    for i, (label, cells) in enumerate(ZZH01_ROWS):
        assert len(cells) == len(ZZH01_VENDORS)
        put_row(ws, ZZH01_FIRST + i, [label] + [c if c else None for c in cells])
        ws.cell(row=ZZH01_FIRST + i, column=1).font = BOLD
    end = ZZH01_FIRST + len(ZZH01_ROWS)
    ws.cell(row=end + 1, column=1, value="林芳意见：永安最便宜，功能和售后条款都齐，可惜等保三级还没拿到；福鼎写的7×24小时、2小时响应我有点怀疑，签合同时要落实；"
                                         "武夷山没给价；宁海不参与。").alignment = LEFT
    ws.merge_cells(start_row=end + 1, start_column=1, end_row=end + 1, end_column=last)
    ws.row_dimensions[end + 1].height = 36
    widths(ws, [14] + [30] * len(ZZH01_VENDORS))
    ws.freeze_panes = "B4"
    _save(wb, name)

    def at(v, label):
        return f"{_c01(v)}{_r01(label)}"

    top = good(FD, 226000,
               f"column {_c01(FD)}: {at(FD, '报价')} '22.6万元（含税）' = 226,000 inside 18-25万; {at(FD, '功能模块')} every personal-credit "
               "must-have with 反欺诈模型, no bloat; 等保 '已取得三级，备案证明编号35098243011-24007' (stated); SM4 on ID/mobile/bank card; "
               "'全站HTTPS（TLS1.2）'; RBAC; '12个月，异常操作可追溯'; 人行 + 百行; 免费维护期 '一年' = 12 months; '缺陷修复及小版本升级'; "
               f"'监管政策调整免费适配'; {at(FD, '技术支持')} '【存疑】7×24小时，2小时内响应' — the 【存疑】 is 林芳's doubt, the words after it are "
               "the vendor's: 7×24, 2 h, stated; '提供'; '以上承诺均写入合同'; '2.2万元/年' = 22,000; '完整源码，无加密，可二次开发'.",
               PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor=YA, gate="unverified", price=198000,
             why=f"column {_c01(YA)}: {at(YA, '报价')} '19.8万元（含税）' = 198,000 inside 18-25万, the cheapest, with every must-have, anti-fraud "
                 f"and every after-sales term stated and good — but {at(YA, '等保三级')} '【不符】三级测评中，预计2026年3月出证': (her mark aside) "
                 "the assessment is in progress, not held today (false, claimed: unverified — the decisive trap); '国密SM4加密（身份证号、手机号）'; "
                 "HTTPS; RBAC; 12个月; 百行 + 朴道; 12个月 with 小版本升级; policy '免费'; '7×24小时，1小时内响应'; 提供; 写入合同; '2万元/年' = 20,000; "
                 "'完整源码'.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", licensed_credit_bureau="stated",
                         free_maintenance_months="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only", "no_anti_fraud"]),
        dict(vendor=XY, gate="pass", price=209050,
             why=f"column {_c01(XY)}: {at(XY, '报价')} '18.5万元（不含税）' with no rate — the 13% default: 185,000 × 1.13 = 209,050 inside "
                 f"18-25万; {at(XY, '功能模块')} '【存疑】个人征信查询、风控模型、反欺诈模型、还款计划、风控审批、用户管理、区块链存证、元宇宙营销' "
                 "(her mark aside: every must-have with anti-fraud, plus two bloat modules); '已取得三级，备案证明35032243005-24012' (stated); "
                 "'SM4加密'; HTTPS; RBAC; '6个月' logs (not under 6); 百行; 免费维护期 '【不符】6个月' = 6; '仅修复bug，版本升级另计' (upgrades not "
                 "in the base price); '一般调整免费，重大政策调整另行报价' (conditional: charged); '【不符】5×8（工作日），4小时内响应' (no 7×24, 4 h); "
                 "提供; 写入合同; '按合同额15%/年' (a stated share); '提供源码，核心风控引擎加密' (partial).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional",
                         response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE + ["blockchain_evidence", "metaverse_marketing"],
             fex=["overseas_payment", "ai_customer_service"],
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "bloat_features", "source_partial"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only", "no_anti_fraud"]),
        dict(vendor=WYS, gate="unverified", price="null",
             why=f"column {_c01(WYS)}: {at(WYS, '报价')} '【不符】面议（需到贵司现场调研后报价）' — no price (unknown: unverified, price_missing); "
                 "modules 征信对接, 风控模型, 还款管理, 审批流, 用户管理 and 'AI智能客服' (bloat), no anti-fraud in a stated list; "
                 "'【存疑】支持等保三级' (claimed); '国密算法' (which? claimed); HTTPS; 权限 '有'; '长期保存' (no period); '支持对接征信' "
                 "(no body: claimed); '终身免费维护' (claimed, 12 months); blanks for 维护范围 / 政策适配 / 年费 (unknown); '7×24小时，第一时间响应' "
                 "(7×24, no hours); '仅授权使用，授权绑定域名' (licence only).",
             values=dict(tls=True, access_control=True, support_7x24=True, source_code_delivery="licence_only"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed"),
             fin=["personal_credit_report", "risk_model", "repayment_management", "risk_approval", "user_management",
                  "ai_customer_service"],
             fex=["anti_fraud", "blockchain_evidence", "metaverse_marketing", "overseas_payment"],
             flin=["price_missing", "claimed", "bloat_features", "source_licence_only", "no_anti_fraud"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "no_sm4",
                   "no_tls", "no_access_control", "no_licensed_credit_bureau", "no_7x24", "source_partial"]),
    ]
    write_toml(
        "zzh_01_pc_cunyi_buhe_biaoji.toml",
        f"""Voice: 林芳 (财务) of 建瓯市芝城小额贷款 (local personal credit in 建瓯 only, no cross-border business, budget 18-25万) on
  2025-11-25. She typed each vendor's written answers into its column and, reviewing them, put her own marks 【存疑】 (doubt) and
  【不符】 (does not meet our need) in front of some cells; the words after a mark are the vendor's. The title, the 说明 in row 2,
  the marks and the 林芳意见 row under the table are the buyer's.
Layout: an .xlsx, one sheet '比价表': title row 1 and 说明 row 2 merged across A:F, header row 3 项目 | {' | '.join(ZZH01_VENDORS)},
  field rows {ZZH01_FIRST}-{ZZH01_FIRST + len(ZZH01_ROWS) - 1} ({' / '.join(r[0] for r in ZZH01_ROWS)}), then 林芳意见 merged in row
  {ZZH01_FIRST + len(ZZH01_ROWS) + 1}; frozen at B4. Vendors are columns B-F.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: 【存疑】/【不符】 are the buyer's marks, never part of a value nor a vendor's no: '【存疑】7×24小时，2小时内响应' is the vendor's
  7×24 and 2 h, stated; '【不符】6个月' is 6 months; '【存疑】支持等保三级' is the vendor's claim. The decisive trap — the cheapest
  complete row 永安 (19.8万 含税, every term stated and good) writes '三级测评中，预计2026年3月出证' (in progress: not held, unverified),
  so 福鼎 (22.6万 含税, 备案证明编号35098243011-24007, every term stated and good) is the pick, whatever 林芳's doubt about its 7×24.
  仙游's 18.5万 is 不含税 with no rate (× 1.13 = 209,050) and gives 区块链存证 / 元宇宙营销 (bloat), 6 months bug-only, major policy
  changes charged, 5×8 and 4 h, and encrypts its risk engine; 武夷山 is 面议 with only claims, an AI客服 and a domain-locked licence;
  宁海 declined (not listed). '一年' is 12 months; filing numbers and '2026年3月' are no amounts.""",
        "personal_credit", [name], FD,
        f"福鼎 (column {_c01(FD)}) proves every gate (备案证明编号35098243011-24007, SM4 on ID/mobile/bank card, 全站HTTPS TLS1.2, RBAC, "
        "12-month logs, 人行 + 百行), has every personal-credit must-have with anti-fraud and no bloat, and gives a year of maintenance with "
        "upgrades, free policy adaptation, 7×24 within 2 hours (林芳's 【存疑】 in front is hers, not the vendor's), lifetime consulting, all in "
        "the contract, full unencrypted source — at 226,000 含税 inside 18-25万 (3 years 226,000 + 2 × 22,000 = 270,000). The cheaper 永安 "
        "(198,000) has no 等保三级 today ('三级测评中': unverified); 仙游 is 209,050 after tax with bloat, 6 months bug-only, charged major "
        "policy changes, 5×8 and 4 h and a partly encrypted source; 武夷山 gave no price and only claims; 宁海 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zzh_02  商户经营贷 — 海门区通海小额贷款's clerk 小周 copied a Word table: every cell wrapped in “…”; GB18030 CSV.
# ---------------------------------------------------------------------------------------------
TX = "嘉兴桐乡信息技术有限公司"
SZ = "绍兴嵊州数科有限公司"
JS = "衢州江山网络科技有限公司"
TXG = "泰州泰兴软件有限公司"
JH = "盐城建湖云科技有限公司"
ZZH02_HEAD = ["序号", "供应商", "报价", "计税", "功能模块", "选配/另购", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存",
              "征信接口", "售后服务", "维保期满年费", "源码交付", "备注（周）"]
ZZH02_ROWS = [
    [TX, "29.8万元", "含税（13%专票）", "企业征信查询、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理", "无",
     "已取得三级，备案证明编号33048343010-24006", "法人身份证号、手机号、对公账号SM4加密存储", "全站HTTPS（TLS1.2）", "RBAC角色权限",
     "12个月，异常操作可追溯", "人行征信中心、百行征信",
     "免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；提供终身技术咨询；以上均写入合同",
     "2.6万元/年", "完整源码，无加密，可二次开发", "比嵊州贵3万多"],
    [SZ, "26.5万元", "不含税，税率6%", "企业征信查询、电子合同、风控审批、还款管理、用户管理", "银行流水分析需另购，另计3.2万元（不含税）",
     "已取得三级，备案证明33068343002-24015", "SM4加密（身份证号、手机号、对公账号）", "HTTPS", "RBAC", "12个月", "百行征信、朴道征信",
     "免费维护一年，含bug修复及小版本升级；一般政策调整免费，重大监管政策调整另行报价；7×24小时技术支持，1小时内响应；提供终身技术咨询；写入合同",
     "2.4万元/年", "完整源码，可二次开发", "报价最低，建议先谈"],
    [JS, "24.8万", "", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、海外支付通道、智能客服机器人", "",
     "符合等保三级要求，测评报告签约后提供", "国密算法加密", "HTTPS", "完善的权限管理", "", "支持对接各大征信机构",
     "终身免费维护，7×24小时服务，响应及时", "", "提供源码", "送了海外支付，我们用不上"],
    [TXG, "8.8万元", "含税", "企业征信查询、银行流水分析、合同管理、审批流、还款管理、用户管理", "无", "二级（已备案）", "AES加密", "HTTPS",
     "有", "3个月", "百行征信",
     "免费维护3个月，只修bug；政策调整按次收费；5×8（工作日），次日响应；不提供终身咨询；不写入合同", "按次收费，每次3000元",
     "仅授权使用，授权绑定服务器", "太便宜，不放心"],
    [JH, "不参与本次报价", "", "", "", "", "", "", "", "", "", "", "", "", "电话回复：排期已满"],
]


def _w(s):
    """A Word table cell as it came over: wrapped in full-width smart quotes (an empty cell is “”)."""
    return "“" + s + "”"


def build_zzh02():
    name = "zzh_02_ml_word_zhiyinhao_gb18030.csv"
    width = len(ZZH02_HEAD)
    rows = [[_w("海门区通海小额贷款有限公司　经营贷系统源码询价汇总")],
            [_w("说明：本表由行政部小周从Word版汇总表复制后另存为CSV，引号是Word自动加的；最后一列备注是小周写的。我司做海门本地小微商户经营贷，"
                "无跨境业务，预算25-35万元。")],
            [_w(h) for h in ZZH02_HEAD]]
    line = {}
    for i, r in enumerate(ZZH02_ROWS, start=1):
        assert len(r) == width - 1
        rows.append([_w(str(i))] + [_w(c) for c in r])
        line[r[0]] = len(rows)
    rows.append([])
    rows.append([_w("汇总：行政部 周敏 2025/11/26")])
    rows = [r + [""] * (width - len(r)) for r in rows]
    write_csv(name, rows, "gb18030")

    def at(v):
        return f"line {line[v]}"

    top = good(TX, 298000,
               f"{at(TX)}: every cell wrapped in “…” (Word's smart quotes, no part of a value); 报价 '29.8万元' 计税 '含税（13%专票）' = 298,000 "
               "inside 25-35万; modules 企业征信查询, 银行流水分析, 电子合同, 风控审批, 还款计划及提醒, 用户管理 (every merchant-loan must-have), "
               "选配 '无', no bloat; '已取得三级，备案证明编号33048343010-24006' (stated); SM4 on ID/mobile/account; 全站HTTPS; RBAC; 12个月 with "
               "tracing; 人行 + 百行; 售后 '免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；提供终身技术"
               "咨询；以上均写入合同'; '2.6万元/年' = 26,000; '完整源码，无加密，可二次开发'. 小周's '比嵊州贵3万多' is hers (and compares stickers).",
               ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=26000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor=SZ, gate="pass", price=314820,
             why=f"{at(SZ)}: 报价 '26.5万元' with 计税 '不含税，税率6%' — its own rate; the module list lacks the must-have bank-statement "
                 "analysis and 选配/另购 says '银行流水分析需另购，另计3.2万元（不含税）' — added (conditional) at the quote's 6%: (265,000 + "
                 "32,000) × 1.06 = 314,820, inside 25-35万 and dearer than 桐乡 (the decisive trap: 小周's '报价最低，建议先谈' reads the sticker); "
                 "'已取得三级，备案证明33068343002-24015' (stated); SM4; HTTPS; RBAC; 12个月; 百行 + 朴道; 售后 '免费维护一年' (12) with 小版本升级, "
                 "'一般政策调整免费，重大监管政策调整另行报价' (conditional: charged), '7×24小时技术支持，1小时内响应', 终身咨询, 写入合同; "
                 "'2.4万元/年' = 24,000; '完整源码，可二次开发'.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         policy_adaptation_free="conditional"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor=JS, gate="unverified", price=248000,
             why=f"{at(JS)}: 报价 '24.8万' with 计税 '“”' (an empty Word cell: no tax mark, taken as tax-inclusive) = 248,000, below the 25-35万 band "
                 "but above 15万 (no caution zone); modules: every merchant-loan must-have plus '海外支付通道' and "
                 "'智能客服机器人' (bloat for a local lender; 小周's '送了海外支付，我们用不上' is hers); 等保 '符合等保三级要求，测评报告签约后提供' "
                 "(claimed, the proof held back: unverified); '国密算法加密' (which? claimed); HTTPS; '完善的权限管理'; 日志保存 '“”' (blank: "
                 "unknown); '支持对接各大征信机构' (no body: claimed); '终身免费维护，7×24小时服务，响应及时' (claimed lifetime, 7×24, no hours); "
                 "年费 blank; '提供源码' (no word on encryption: unknown).",
             values=dict(tls=True, support_7x24=True),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed"),
             fin=ML + CORE + ["repayment_management", "overseas_payment", "ai_customer_service"],
             fex=["blockchain_evidence", "metaverse_marketing"],
             flin=["claimed", "bloat_features"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w",
                   "price_over_budget", "no_sm4", "no_tls", "no_licensed_credit_bureau", "no_7x24", "source_licence_only"]),
        dict(vendor=TXG, gate="fail", price=88000,
             why=f"{at(TXG)}: '8.8万元' '含税' = 88,000 — under 10万 (fail); modules 企业征信查询, 银行流水分析, 合同管理, 审批流, 还款管理, 用户管理; "
                 "'二级（已备案）' (stated no: fail); 'AES加密' (no SM4); HTTPS; 权限 '有'; '3个月' logs; 百行; 售后 '免费维护3个月，只修bug；政策调整"
                 "按次收费；5×8（工作日），次日响应；不提供终身咨询；不写入合同'; '按次收费，每次3000元' (no yearly amount); '仅授权使用，授权绑定服务器' "
                 "(licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only"],
             flex=["price_below_15w", "price_missing", "price_over_budget", "no_tls", "no_access_control",
                   "no_licensed_credit_bureau", "missing_must_have", "bloat_features", "source_partial"]),
    ]
    write_toml(
        "zzh_02_ml_word_zhiyinhao_gb18030.toml",
        f"""Voice: 周敏 (小周) of the 行政部 at 海门区通海小额贷款 (local small-merchant operating loans in 海门, no cross-border business,
  budget 25-35万) on 2025-11-26. She had collected the vendors' written replies into a Word table, then copied it into Excel and saved
  a CSV; Word's AutoFormat had turned the quotes into full-width smart quotes, so every table cell arrived wrapped in “…”. The title,
  the 说明 line, the 备注（周） column and the 汇总 footer are the buyer's; the other cells of each vendor row are the vendor's.
Layout: a CSV in GB18030 (no BOM, CRLF), every row padded to {len(ZZH02_HEAD)} fields. Line 1 title “…”, line 2 说明 “…”, line 3 header
  {' | '.join('“' + h + '”' for h in ZZH02_HEAD)}, vendor lines 4-8 ({TX}, {SZ}, {JS}, {TXG}, {JH}), a blank line and the footer.
  Every non-padding field starts with “ and ends with ”; an empty Word cell is “” — blank, unknown, never a value.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the smart quotes belong to no value (“29.8万元” is 298,000; “” is blank); 计税 “” is no tax mark (tax-inclusive by convention).
  The decisive trap — 小周's pick 嵊州 ('报价最低，建议先谈': 26.5万) is '不含税，税率6%' and its must-have bank-statement analysis is
  '需另购，另计3.2万元（不含税）': (265,000 + 32,000) × 1.06 = 314,820, dearer than 桐乡's 298,000 含税, and it charges major policy
  changes; so 桐乡 (every gate proven, every term stated and good) is the pick. 江山 only claims ('符合等保三级要求，测评报告签约后提供',
  国密算法, 各大征信机构, 终身免费维护) and adds 海外支付 / 智能客服 (bloat); 泰兴 fails (8.8万, 等保二级); 建湖 declined (not listed).
  '一年' is 12 months; filing numbers, '3000元' per incident and dates are no prices.""",
        "merchant_loan", [name], TX,
        f"桐乡 (line {line[TX]}) proves every gate (备案证明编号33048343010-24006, SM4, 全站HTTPS, RBAC, 12-month logs, 人行 + 百行), has "
        "every merchant-loan must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, "
        "lifetime consulting, all in the contract, full unencrypted source — at 298,000 含税 inside 25-35万 (3 years 298,000 + 2 × 26,000 = "
        "350,000). The clerk's pick 嵊州 looks cheapest at 26.5万 but is 不含税 at 6% and sells the must-have 银行流水分析 at 3.2万 more: "
        "314,820, with major policy changes charged; 江山 only claims its 等保 ('测评报告签约后提供'); 泰兴 fails (88,000, 等保二级); 建湖 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zzh_03  消费分期 — 高邮市秦邮小额贷款's 信息科: vendors as columns, each price only in its column header.
# ---------------------------------------------------------------------------------------------
JY = "无锡江阴数科有限公司"
PZ = "徐州邳州软件有限公司"
GY = "连云港灌云信息技术有限公司"
RG = "南通如皋网络科技有限公司"
LY = "常州溧阳数科有限公司"
ZZH03_HEADS = [(JY, "（报价：24.6万元，含税）"), (PZ, "（报价：21.8w，含税）"), (GY, "（报价：26万元，不含税）"),
               (RG, "（报价：13.8万元，含税）"), (LY, "（未报价，11-20来函放弃）")]
ZZH03_ROWS = [
    ("功能模块", ["商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理",
              "商品管理、分期试算、订单状态跟踪、还款管理、风控审批、用户管理、积分商城",
              "商品管理、分期计算器、订单管理、还款管理、审批流、用户管理、区块链存证、元宇宙营销",
              "商品管理、分期计算器、订单跟踪、还款管理、审批流、用户管理", ""]),
    ("等保三级", ["已取得三级，备案证明编号32108443009-24011", "已通过等保测评", "已取得三级，备案证明32072343004-24013", "二级（已备案）", ""]),
    ("数据加密", ["SM4（身份证号、手机号、银行卡号）", "国密算法", "SM4加密", "AES加密", ""]),
    ("传输加密", ["全站HTTPS", "HTTPS", "HTTPS", "HTTPS", ""]),
    ("权限管理", ["RBAC角色权限", "RBAC", "RBAC", "有", ""]),
    ("日志保存", ["12个月", "12个月", "6个月", "3个月", ""]),
    ("征信接口", ["百行征信、朴道征信", "百行征信", "人行征信中心", "百行征信", ""]),
    ("售后服务", ["免费维护一年，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；提供终身技术咨询；以上写入合同",
              "免费维护12个月，含缺陷修复及小版本升级；政策调整免费；7×24小时技术支持，1小时内响应；提供终身技术咨询；写入合同",
              "免费维护6个月，仅修复缺陷，版本升级另计；政策适配另计；7×24小时技术支持，4小时内响应；提供终身技术咨询；写入合同",
              "免费维护3个月，只修bug；政策调整按次收费；5×8（工作日），次日响应；不提供终身咨询；不写入合同", ""]),
    ("维保期满年费", ["2.5万元/年", "2万元/年", "3万元/年", "按次收费，每次3000元", ""]),
    ("源码交付", ["完整源码，无加密，可二次开发", "完整源码", "完整源码，可二次开发", "仅授权使用，授权绑定域名", ""]),
]
ZZH03_FIRST = 4


def build_zzh03():
    name = "zzh_03_ci_biaotou_baojia.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "比价"
    last = 1 + len(ZZH03_HEADS)
    ws.cell(row=1, column=1, value="高邮市秦邮小额贷款有限公司　消费分期系统源码比价（价格见各家抬头）").font = TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws.cell(row=2, column=1, value="说明：各家报价写在表头公司名下面的括号里，表内是各家回复原文；最下一行“评估意见”是信息科写的。我司做高邮本地家电、手机分期，"
                                   "无跨境业务，预算20-30万元。").alignment = LEFT
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    ws.row_dimensions[2].height = 36
    put_row(ws, 3, ["评估项"] + [f"{v}\n{p}" for v, p in ZZH03_HEADS], font=BOLD, fill=GREY, align=CENTER)
    ws.row_dimensions[3].height = 36
    for i, (label, cells) in enumerate(ZZH03_ROWS):
        assert len(cells) == len(ZZH03_HEADS)
        put_row(ws, ZZH03_FIRST + i, [label] + [c if c else None for c in cells])
        ws.cell(row=ZZH03_FIRST + i, column=1).font = BOLD
    opinion = ZZH03_FIRST + len(ZZH03_ROWS)
    put_row(ws, opinion, ["评估意见（信息科）", "功能、条款都齐", "最便宜的完整方案，建议优先", "送的区块链、元宇宙用不上，售后只有半年",
                          "太便宜，等保只有二级", "放弃"], fill=GREY)
    ws.cell(row=opinion + 2, column=1, value="信息科 顾磊 2025-11-27")
    widths(ws, [16] + [32] * len(ZZH03_HEADS))
    ws.freeze_panes = "B4"
    _save(wb, name)

    cols = {v: _col(2 + i) for i, (v, _) in enumerate(ZZH03_HEADS)}
    rowof = {label: ZZH03_FIRST + i for i, (label, _) in enumerate(ZZH03_ROWS)}

    def at(v, label=None):
        return f"{cols[v]}3" if label is None else f"{cols[v]}{rowof[label]}"

    top = good(JY, 246000,
               f"column {cols[JY]}: the header {at(JY)} '{JY}\\n（报价：24.6万元，含税）' holds the only price: 246,000 inside 20-30万 (the vendor "
               f"is the name before the line break); {at(JY, '功能模块')} '商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理' — every "
               "instalment must-have, no bloat; '已取得三级，备案证明编号32108443009-24011' (stated); SM4 on ID/mobile/bank card; 全站HTTPS; RBAC; "
               "12个月; 百行 + 朴道; 售后 '免费维护一年，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；提供终身技术咨询；"
               "以上写入合同'; '2.5万元/年' = 25,000; '完整源码，无加密，可二次开发'.",
               CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=25000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor=PZ, gate="unverified", price=218000,
             why=f"column {cols[PZ]}: header {at(PZ)} '（报价：21.8w，含税）' = 218,000 inside 20-30万 — the 信息科's '最便宜的完整方案，建议优先' "
                 "(theirs); modules 商品管理, 分期试算, 订单状态跟踪, 还款管理, 风控审批, 用户管理 and 积分商城 (deferrable, no bloat); but "
                 f"{at(PZ, '等保三级')} '已通过等保测评' names no level and no filing (claimed: unverified — the decisive trap); '国密算法' (which? "
                 "claimed); HTTPS; RBAC; 12个月; 百行; 售后 12 months with 小版本升级, policy free, '7×24小时技术支持，1小时内响应', 终身咨询, 写入合同; "
                 "'2万元/年' = 20,000; '完整源码'.",
             values=dict(tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="stated",
                         free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall"], fex=BLOAT,
             flin=["claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only"]),
        dict(vendor=GY, gate="pass", price=293800,
             why=f"column {cols[GY]}: header {at(GY)} '（报价：26万元，不含税）' with no rate — the 13% default: 260,000 × 1.13 = 293,800 inside "
                 "20-30万; modules 商品管理, 分期计算器, 订单管理 (order tracking), 还款管理, 审批流, 用户管理 plus 区块链存证 and 元宇宙营销 (bloat); "
                 "'已取得三级，备案证明32072343004-24013' (stated); 'SM4加密'; HTTPS; RBAC; '6个月' logs (not under 6); 人行征信中心; 售后 "
                 "'免费维护6个月，仅修复缺陷，版本升级另计' (6 months, upgrades not in the base price), '政策适配另计' (charged), '7×24小时技术支持，"
                 "4小时内响应', 终身咨询, 写入合同; '3万元/年' = 30,000; '完整源码，可二次开发'.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=True, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "blockchain_evidence", "metaverse_marketing"],
             fex=["overseas_payment", "ai_customer_service"],
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h",
                   "bloat_features"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "no_7x24",
                   "no_lifetime_consulting", "not_in_contract", "source_partial", "source_licence_only"]),
        dict(vendor=RG, gate="fail", price=138000,
             why=f"column {cols[RG]}: header {at(RG)} '（报价：13.8万元，含税）' = 138,000 (caution zone); modules 商品管理, 分期计算器, 订单跟踪, "
                 "还款管理, 审批流, 用户管理; '二级（已备案）' (stated no: fail); 'AES加密' (no SM4); HTTPS; 权限 '有'; '3个月' logs; 百行; 售后 "
                 "'免费维护3个月，只修bug；政策调整按次收费；5×8（工作日），次日响应；不提供终身咨询；不写入合同'; '按次收费，每次3000元' (no yearly "
                 "amount); '仅授权使用，授权绑定域名' (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "no_tls", "no_access_control",
                   "no_licensed_credit_bureau", "missing_must_have", "bloat_features", "source_partial"]),
    ]
    write_toml(
        "zzh_03_ci_biaotou_baojia.toml",
        f"""Voice: 顾磊 of the 信息科 at 高邮市秦邮小额贷款 (local appliance and phone instalments in 高邮, no cross-border business,
  budget 20-30万) on 2025-11-27. He put each vendor's price in brackets under its name in the column header, to save a row, and
  typed the vendors' written answers into the columns. The title, the 说明 in row 2, the 评估意见（信息科） row and the signature
  under it are the buyer's; the header brackets copy each vendor's quoted price (or that it declined).
Layout: an .xlsx, one sheet '比价': title row 1 and 说明 row 2 merged across A:F; header row 3 评估项 | then per vendor
  '<公司名>\\n（报价：…）' (B3 '{JY}\\n（报价：24.6万元，含税）', C3 '…（报价：21.8w，含税）', D3 '…（报价：26万元，不含税）',
  E3 '…（报价：13.8万元，含税）', F3 '{LY}\\n（未报价，11-20来函放弃）'); rows {ZZH03_FIRST}-{ZZH03_FIRST + len(ZZH03_ROWS) - 1}
  {' / '.join(r[0] for r in ZZH03_ROWS)} (售后服务 a multi-fact cell); row {ZZH03_FIRST + len(ZZH03_ROWS)} 评估意见（信息科）; a signature
  two rows below. There is NO price row: the price is only in the header. Frozen at B4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the vendor is the name before the header's line break, the price the bracket after it (21.8w = 218,000; 26万 不含税 with no rate
  × 1.13 = 293,800); '（未报价，11-20来函放弃）' is a decline (溧阳, not listed), never a price of 11 or 20. The decisive trap — the
  信息科's favourite 邳州 (21.8w 含税, '最便宜的完整方案，建议优先', every after-sales term good) writes only '已通过等保测评' (no level,
  no filing: claimed, unverified) and '国密算法'; so 江阴 (24.6万 含税, 备案证明编号32108443009-24011, every term stated and good) is the
  pick. 灌云 adds 区块链存证 / 元宇宙营销 (bloat), 6 months bug-only, policy adaptation 另计 and 4 h; 如皋 fails (等保二级, 13.8万,
  licence bound to a domain). 积分商城 is deferrable, not bloat; 订单管理 / 订单状态跟踪 are the order tracking; 分期试算 the calculator.""",
        "consumer_installment", [name], JY,
        f"江阴 (column {cols[JY]}, its price in header {cols[JY]}3) proves every gate (备案证明编号32108443009-24011, SM4 on ID/mobile/bank "
        "card, 全站HTTPS, RBAC, 12-month logs, 百行 + 朴道), has every instalment must-have and no bloat, and gives a year of maintenance with "
        "upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract, full unencrypted source — at "
        "246,000 含税 inside 20-30万 (3 years 246,000 + 2 × 25,000 = 296,000). The 信息科's favourite 邳州 (218,000) only writes '已通过等保测评' "
        "(no level: unverified) and '国密算法'; 灌云 is 293,800 after tax with bloat, 6 months bug-only, charged policy adaptation and 4 h; "
        "如皋 fails (等保二级); 溧阳 declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zzh01, build_zzh02, build_zzh03):
        build()
    print("built zzh_01 … zzh_03 into", HERE)
