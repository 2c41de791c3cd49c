"""Build the "zzi" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside:

zzi_01 — a CSV (UTF-8 with BOM, CRLF) of a personal-credit inquiry kept by 应城市蒲阳小额贷款's 风控部. Vendors are rows; every
  after-sales term of a vendor is packed into ONE code string in the column 售后代码, e.g. 'M12-U1-P0-S24-R2-C1-L1', and two key
  lines above the header explain the letters (M = 免费维护月数, U = 维护含升级 1/0, P = 政策调整收费 1/0 — note: 1 means CHARGED,
  S = 技术支持小时/天 (24 = 7×24, 8 = 5×8), R = 响应小时, C = 终身咨询 1/0, L = 写入合同 1/0; '?' = the vendor did not answer).
  The other columns are normal. The last column 备注（风控部） is the buyer's.
zzi_02 — a CSV (GBK, CRLF) of a merchant-loan comparison at 钟祥市郢中小额贷款, vendors as COLUMNS and fields as rows. One column
  header is a JOINT BID '荆州石首软件有限公司+荆州松滋数据服务有限公司（联合体）': two companies, one quote, its price a total with
  each member's items after it. The last row 采购意见 is the buyer's.
zzi_03 — an .xlsx at 宜都市清江小额贷款 with a cover sheet '封面' and ONE SHEET PER BUSINESS LINE (个人信用贷 / 商户经营贷 / 消费分期):
  the same five vendors quoted different prices and module lists per line. The cover says this purchase is only the 消费分期 system;
  the other two sheets are reference quotes for a later year and do not count.

The expected reading of every file is in the matching zzi_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzi.py
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


def _flex(*drop):
    return [f for f in ALL_BAD if f not in drop]


# ---------------------------------------------------------------------------------------------
# zzi_01  个人信用贷 — vendors as rows, after-sales terms as a coded string with a key above the header. UTF-8-BOM CSV.
# ---------------------------------------------------------------------------------------------
EP = "江门恩平数科有限公司"
ZJ = "宜昌枝江软件有限公司"
LYU = "朝阳凌源信息技术有限公司"
HC = "孝感汉川网络科技有限公司"
WFD = "大连瓦房店数据服务有限公司"
ZZI01_HEAD = ["序号", "服务商", "报价", "功能模块", "等保", "数据加密", "传输加密", "权限管理", "日志保存", "征信接口", "售后代码",
              "维保期满年费", "源码交付", "备注（风控部）"]
ZZI01_ROWS = [
    ["1", EP, "23.5万元（含税）", "人行二代征信查询、百行征信对接、风控模型（评分卡+决策引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、用户管理",
     "已取得等保三级，备案证明编号44078543006-24015", "SM4加密（身份证号、手机号、银行卡号）", "全站HTTPS", "RBAC角色权限",
     "12个月", "人行征信中心、百行征信", "M12-U1-P0-S24-R2-C1-L1", "2.4万元/年", "完整源码，无加密，可二次开发", "条款最全"],
    ["2", ZJ, "19.2万元（含税）", "个人征信对接、反欺诈、还款管理、审批流、用户管理；风控模型需另购（价格签约后提供）",
     "已取得等保三级，备案证明编号42058343011-24004", "SM4加密", "HTTPS", "RBAC", "12个月", "百行征信、朴道征信",
     "M12-U1-P0-S24-R1-C1-L1", "2万元/年", "完整源码", "价格最低，售后码全是好的，建议优先谈"],
    ["3", LYU, "16.8w（不含税）", "个人征信查询、风控模型、反欺诈模型、还款计划、风控审批、用户管理、区块链存证",
     "已取得三级，备案证明21138143002-24009", "SM4加密", "HTTPS", "RBAC", "6个月", "百行征信",
     "M6-U0-P1-S8-R4-C1-L1", "按合同额15%/年", "提供源码，核心风控引擎加密", "送区块链存证，用不上"],
    ["4", HC, "面议", "征信对接、智能风控、反欺诈、还款管理、审批流、用户管理",
     "支持等保三级", "国密算法", "HTTPS", "有", "", "支持对接征信",
     "M12-U1-P0-S24-R?-C1-L0", "", "仅授权使用，授权绑定服务器", "没给价，说要先演示"],
    ["5", WFD, "不参与", "", "", "", "", "", "", "", "", "", "", "11月28日邮件回复：年底排期满，暂不承接"],
]
ZZI01_KEY = [
    "售后代码说明：M=免费维护月数；U=维护含版本升级（1含/0不含）；P=政策调整是否收费（1收费/0免费）；S=技术支持每天小时数（24即7×24，8即5×8工作日）；"
    "R=响应时间（小时）；C=终身技术咨询（1有/0无）；L=以上承诺写入合同（1是/0否）",
    "代码由各家按我们给的模板自己填，写“?”的是对方没答。报价按各家原话抄，含不含税照抄。",
]


def build_zzi01():
    name = "zzi_01_pc_shouhou_daima_bom.csv"
    n = len(ZZI01_HEAD)
    pad = lambda r: list(r) + [""] * (n - len(r))  # noqa: E731
    rows = [pad(["应城市蒲阳小额贷款有限公司　个人信用贷系统源码询价汇总（风控部 2025-12-01）"]),
            pad([ZZI01_KEY[0]]), pad([ZZI01_KEY[1]]), ZZI01_HEAD]
    for r in ZZI01_ROWS:
        assert len(r) == n
        rows.append(r)
    rows.append(pad([]))
    rows.append(pad(["风控部意见：预算18-25万，只做应城本地个人信用贷，无跨境业务。枝江便宜但风控模型要另买，价格没给；恩平条款全。"]))
    write_csv(name, rows, "utf-8-sig")
    line = {r[1]: 5 + i for i, r in enumerate(ZZI01_ROWS)}  # file line of each vendor row
    col = {h: _col(i + 1) for i, h in enumerate(ZZI01_HEAD)}

    def at(v, h):
        return f"{col[h]}{line[v]}"

    top = good(EP, 235000,
               f"line {line[EP]}: {at(EP, '报价')} '23.5万元（含税）' = 235,000 inside 18-25万; {at(EP, '功能模块')} every personal-credit must-have "
               "(人行二代征信 / 百行, 评分卡+决策引擎, 还款计划) with 反欺诈模型, no bloat; '已取得等保三级，备案证明编号44078543006-24015' (stated); "
               "SM4 on ID/mobile/bank card; 全站HTTPS; RBAC; 12个月; 人行 + 百行; "
               f"{at(EP, '售后代码')} 'M12-U1-P0-S24-R2-C1-L1' by the key in lines 2-3: 12 months, upgrades included, policy changes free "
               "(P0 = not charged), 7×24, 2 h, lifetime consulting, in the contract — all stated; '2.4万元/年' = 24,000; '完整源码，无加密，可二次开发'.",
               PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor=ZJ, gate="unverified",
             why=f"line {line[ZJ]}: {at(ZJ, '报价')} '19.2万元（含税）' is the base price only — {at(ZJ, '功能模块')} '风控模型需另购（价格签约后提供）': "
                 "the must-have risk model is an option with no price, so the configuration with every must-have has no known price and the "
                 "must-have gate is unverified (the decisive trap; the 风控部's '价格最低…建议优先谈' is theirs). Otherwise good: "
                 "'已取得等保三级，备案证明编号42058343011-24004'; SM4; HTTPS; RBAC; 12个月; 百行 + 朴道; 'M12-U1-P0-S24-R1-C1-L1' = 12 months, "
                 "upgrades, policy free, 7×24, 1 h, consulting, contract; '2万元/年'; '完整源码'.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         policy_adaptation_free="stated", support_7x24="stated"),
             fin=["personal_credit_report", "repayment_management", "anti_fraud"] + CORE, fex=BLOAT,
             flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "no_sm4", "no_tls", "no_access_control",
                   "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract",
                   "bloat_features", "source_partial", "source_licence_only", "no_anti_fraud"]),
        dict(vendor=LYU, gate="pass", price=189840,
             why=f"line {line[LYU]}: {at(LYU, '报价')} '16.8w（不含税）' with no rate — the 13% default: 168,000 × 1.13 = 189,840 inside 18-25万; "
                 "modules every must-have with 反欺诈模型 plus '区块链存证' (bloat); '已取得三级，备案证明21138143002-24009' (stated); SM4; HTTPS; RBAC; "
                 f"'6个月' logs (not under 6); 百行; {at(LYU, '售后代码')} 'M6-U0-P1-S8-R4-C1-L1' = 6 months, upgrades NOT included, policy changes "
                 "CHARGED (P1), 5×8 (S8), 4 h, consulting yes, in the contract; '按合同额15%/年' (a stated share); '提供源码，核心风控引擎加密' (partial).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="partial"),
             # reconciled after the blind measure: shared/domain.md section 7 lists '不含升级' and a charged policy
             # adaptation as conditional, so the coded U0 and P1 are conditional, not stated
             status=dict(mlps_level3="stated", free_maintenance_months="stated", maintenance_includes_upgrades="conditional",
                         policy_adaptation_free="conditional", support_7x24="stated", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE + ["blockchain_evidence"],
             fex=["metaverse_marketing", "overseas_payment", "ai_customer_service"],
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "bloat_features", "source_partial"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only", "no_anti_fraud"]),
        dict(vendor=HC, gate="unverified", price="null",
             why=f"line {line[HC]}: {at(HC, '报价')} '面议' (unknown: price_missing); modules every must-have with 反欺诈 (智能风控 = risk model); "
                 "'支持等保三级' (claimed); '国密算法' (which? claimed); HTTPS; 权限 '有'; 日志 blank (unknown); '支持对接征信' (no body: claimed); "
                 f"{at(HC, '售后代码')} 'M12-U1-P0-S24-R?-C1-L0' = 12 months, upgrades, policy free, 7×24, response '?' (unknown, never guessed), "
                 "consulting, NOT in the contract (L0); 年费 blank; '仅授权使用，授权绑定服务器' (licence only).",
             values=dict(tls=True, access_control=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         commitments_in_contract="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["price_missing", "claimed", "not_in_contract", "source_licence_only"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "no_sm4",
                   "no_tls", "no_access_control", "no_licensed_credit_bureau", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "no_lifetime_consulting",
                   "bloat_features", "source_partial", "no_anti_fraud"]),
    ]
    write_toml(
        "zzi_01_pc_shouhou_daima_bom.toml",
        f"""Voice: the 风控部 of 应城市蒲阳小额贷款 (local personal credit in 应城, no cross-border business, budget 18-25万) on 2025-12-01.
  They sent each vendor a template asking for the after-sales terms as a code string and copied the replies into one row per vendor;
  the title, the two key lines, the 备注（风控部） column and the 风控部意见 footer are the buyer's; every other cell is the vendor's.
Layout: a CSV in UTF-8 with BOM (CRLF), every row padded to {len(ZZI01_HEAD)} fields. Line 1 title, lines 2-3 the code key, line 4 header
  {' | '.join(ZZI01_HEAD)}, vendor lines 5-9 ({EP}, {ZJ}, {LYU}, {HC}, {WFD}), a blank line, the 风控部意见 line. Vendors are rows.
  Column K 售后代码 holds every after-sales term as 'M<月>-U<1/0>-P<1/0>-S<24/8>-R<小时>-C<1/0>-L<1/0>'.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the code string is the after-sales terms (M12 = 12 months; U0 = upgrades not included; P1 = policy changes CHARGED — the
  polarity is the reverse of the other flags; S24 = 7×24, S8 = 5×8; R4 = 4 h; L0 = not in the contract); 'R?' is unknown, never
  a number. The decisive trap — the 风控部's favourite 枝江 (19.2万 含税, every code good) writes '风控模型需另购（价格签约后提供）':
  a must-have option with no price, so its complete configuration has no price (unverified). So 恩平 (23.5万 含税, every gate proven,
  'M12-U1-P0-S24-R2-C1-L1') is the pick. 凌源's 16.8w is 不含税 with no rate (× 1.13 = 189,840) with 区块链存证 (bloat), 'M6-U0-P1-S8-R4'
  and an encrypted risk engine; 汉川 is 面议 with only claims, L0 and a server-bound licence; 瓦房店 declined (not listed).""",
        "personal_credit", [name], EP,
        f"恩平 (line {line[EP]}) proves every gate (备案证明编号44078543006-24015, SM4 on ID/mobile/bank card, 全站HTTPS, RBAC, 12-month logs, "
        "人行 + 百行), has every personal-credit must-have with anti-fraud and no bloat, and its code 'M12-U1-P0-S24-R2-C1-L1' gives 12 months "
        "with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract; full unencrypted source — at "
        "235,000 含税 inside 18-25万 (3 years 235,000 + 2 × 24,000 = 283,000). The cheaper 枝江 sells the must-have 风控模型 separately with "
        "the price only after signing (unverified); 凌源 is 189,840 after tax with bloat and 'M6-U0-P1-S8-R4' and a partly encrypted source; "
        "汉川 gave no price and only claims; 瓦房店 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zzi_02  商户经营贷 — vendors as columns, one column a joint bid (联合体). GBK CSV.
# ---------------------------------------------------------------------------------------------
JOINT = "荆州石首软件有限公司+荆州松滋数据服务有限公司（联合体）"
DSQ = "营口大石桥数科有限公司"
DT = "辽阳灯塔信息技术有限公司"
DJK = "十堰丹江口网络科技有限公司"
ZZI02_VENDORS = [JOINT, DSQ, DT, DJK]
ZZI02_ROWS = [
    ("报价", ["源码授权22万（石首）+实施部署6.3万（松滋）+培训1.5万（松滋）=29.8万元，含税，联合体总价",
            "24.8万元（含税）", "9.6万元（基础版，含税）", "31.2万元（不含税，税率6%）"]),
    ("功能模块", ["企业征信查询、银行流水分析、电子合同、还款管理、风控审批流、用户管理、数据大屏",
              "企业征信、流水分析、合同管理、还款计划、审批流、用户管理",
              "企业征信、流水分析、合同管理、还款管理、审批、用户管理",
              "企业征信、银行流水分析、电子签约、还款管理、风控审批、用户管理、跨境支付、智能客服机器人"]),
    ("等保三级", ["已取得三级，备案证明编号42108143007-24010（石首）", "已按三级要求建设，证书随合同提供", "二级", "已取得三级，备案证明42038143005-24018"]),
    ("数据加密", ["SM4加密（身份证号、手机号、营业执照号）", "SM4加密", "AES", "SM4加密"]),
    ("传输加密", ["全站HTTPS", "HTTPS", "HTTPS", "HTTPS"]),
    ("权限管理", ["RBAC角色权限", "RBAC", "有", "RBAC"]),
    ("日志保存", ["12个月，异常操作可追溯", "12个月", "3个月", "12个月"]),
    ("征信接口", ["人行征信中心、百行征信", "百行征信", "百行征信", "朴道征信"]),
    ("免费维护期", ["一年（松滋负责）", "12个月", "3个月", "一年"]),
    ("维护范围", ["缺陷修复及小版本升级", "缺陷修复及小版本升级", "仅修复bug", "缺陷修复及小版本升级"]),
    ("政策适配", ["监管政策调整免费适配", "免费", "按次收费", "免费"]),
    ("技术支持", ["7×24小时，2小时内响应，松滋驻场工程师", "7×24小时，1小时内响应", "5×8，次日响应", "7×24小时，4小时内响应"]),
    ("终身技术咨询", ["提供", "提供", "不提供", "提供"]),
    ("写入合同", ["联合体协议及主合同均写明", "写入合同", "否", "写入合同"]),
    ("维保期满年费", ["2.8万元/年", "2.5万元/年", "每次5000元", "3万元/年"]),
    ("源码交付", ["完整源码，无加密，可二次开发", "完整源码", "仅提供安装包", "部分源码（风控模块加密）"]),
]


def build_zzi02():
    name = "zzi_02_ml_lianheti_gbk.csv"
    n = 1 + len(ZZI02_VENDORS)
    pad = lambda r: list(r) + [""] * (n - len(r))  # noqa: E731
    rows = [pad(["钟祥市郢中小额贷款有限公司 商户经营贷系统源码比价（综合部 2025-12-02）"]),
            pad(["说明：石首和松滋两家是联合体一起投的，算一家报价；盘锦那家电话说不参与，没列。我司做钟祥本地小微商户经营贷，无跨境业务，预算25-35万元。"]),
            ["比较项"] + ZZI02_VENDORS]
    for label, cells in ZZI02_ROWS:
        assert len(cells) == len(ZZI02_VENDORS)
        rows.append([label] + cells)
    rows.append(["采购意见", "联合体分工写清楚了，条款齐", "最便宜，等保证书要等签合同才给", "太便宜，等保二级，不考虑", "带跨境支付、智能客服，用不上"])
    write_csv(name, rows, "gbk")
    colof = {v: _col(2 + i) for i, v in enumerate(ZZI02_VENDORS)}
    rowof = {label: 4 + i for i, (label, _) in enumerate(ZZI02_ROWS)}

    def at(v, label=None):
        return f"{colof[v]}3" if label is None else f"{colof[v]}{rowof[label]}"

    top = good(JOINT, 298000,
               f"column {colof[JOINT]}: the header {at(JOINT)} '{JOINT}' is ONE bidder (two members, one quote — never two vendors); "
               f"{at(JOINT, '报价')} '源码授权22万（石首）+实施部署6.3万（松滋）+培训1.5万（松滋）=29.8万元，含税，联合体总价' = 298,000 inside 25-35万 "
               "(items add up); modules every merchant-loan must-have (企业征信, 银行流水分析, 电子合同) plus 数据大屏 (deferrable); "
               "'已取得三级，备案证明编号42108143007-24010（石首）' (stated); SM4 on ID/mobile/licence no.; 全站HTTPS; RBAC; 12个月; 人行 + 百行; "
               "'一年（松滋负责）' = 12 months; '缺陷修复及小版本升级'; '监管政策调整免费适配'; '7×24小时，2小时内响应'; 提供; "
               "'联合体协议及主合同均写明'; '2.8万元/年' = 28,000; '完整源码，无加密，可二次开发'.",
               ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=28000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor=DSQ, gate="unverified", price=248000,
             why=f"column {colof[DSQ]}: {at(DSQ, '报价')} '24.8万元（含税）' = 248,000 (under the 25-35万 band, not under 15万), every must-have, "
                 f"every after-sales term stated and good — but {at(DSQ, '等保三级')} '已按三级要求建设，证书随合同提供': built to the level, no "
                 "filing number, proof only after signing (claimed: unverified — the decisive trap; the buyer's own 采购意见 notices it); "
                 "SM4; HTTPS; RBAC; 12个月; 百行; 12个月 with 小版本升级; policy '免费'; '7×24小时，1小时内响应'; 提供; 写入合同; "
                 "'2.5万元/年' = 25,000; '完整源码'.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only"]),
        dict(vendor=DT, gate="fail", price=96000,
             why=f"column {colof[DT]}: {at(DT, '报价')} '9.6万元（基础版，含税）' = 96,000 (under 10万: fail); every must-have listed; '二级' "
                 "(stated no: fail); 'AES' (no SM4); HTTPS; 权限 '有'; '3个月' logs; 百行; 3个月; '仅修复bug'; '按次收费'; '5×8，次日响应'; "
                 "'不提供'; '否'; '每次5000元' (per incident, no yearly amount); '仅提供安装包' (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only"],
             flex=["price_missing", "price_over_budget", "no_tls", "no_access_control", "no_licensed_credit_bureau",
                   "missing_must_have", "bloat_features", "source_partial"]),
        dict(vendor=DJK, gate="pass", price=330720,
             why=f"column {colof[DJK]}: {at(DJK, '报价')} '31.2万元（不含税，税率6%）' states its own rate: 312,000 × 1.06 = 330,720 inside 25-35万; "
                 "every must-have (电子签约 = contract management) plus '跨境支付' and '智能客服机器人' (bloat — no cross-border business); "
                 "'已取得三级，备案证明42038143005-24018' (stated); SM4; HTTPS; RBAC; 12个月; 朴道; '一年' = 12 months; 小版本升级; policy '免费'; "
                 "'7×24小时，4小时内响应' (4 h); 提供; 写入合同; '3万元/年' = 30,000; '部分源码（风控模块加密）' (partial).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "overseas_payment", "ai_customer_service"],
             fex=["blockchain_evidence", "metaverse_marketing"],
             flin=["response_over_2h", "bloat_features", "source_partial"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only"]),
    ]
    write_toml(
        "zzi_02_ml_lianheti_gbk.toml",
        f"""Voice: the 综合部 of 钟祥市郢中小额贷款 (local small-merchant operating loans in 钟祥, no cross-border business, budget 25-35万) on
  2025-12-02. Each column holds one bidder's written replies; one bidder is a 联合体 of two companies (石首 leads and holds the
  licence and 等保 filing, 松滋 implements and maintains). The title, the 说明 line and the 采购意见 row are the buyer's.
Layout: a CSV in GBK (no BOM, CRLF), {1 + len(ZZI02_VENDORS)} fields a row. Line 1 title, line 2 说明, line 3 header 比较项 | {' | '.join(ZZI02_VENDORS)},
  field lines 4-{3 + len(ZZI02_ROWS)} ({' / '.join(r[0] for r in ZZI02_ROWS)}), then 采购意见 on line {4 + len(ZZI02_ROWS)}. Vendors are columns B-E.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: '{JOINT}' is ONE quote — the '+' joins the members of a joint bid, never two vendors, and its price is the total
  '…=29.8万元，含税，联合体总价' whose member items (22万 + 6.3万 + 1.5万) add up; the member names in brackets after values ('（石首）',
  '（松滋负责）') are no values. The decisive trap — the cheapest complete column 大石桥 (24.8万 含税, every term good) writes only
  '已按三级要求建设，证书随合同提供' (built to the level, proof after signing: claimed, unverified), so the joint bid (29.8万 含税,
  备案证明编号42108143007-24010, every term stated and good) is the pick. 丹江口 states its own 6% (× 1.06 = 330,720), adds 跨境支付 /
  智能客服 (bloat), 4 h and a partly encrypted source; 灯塔 fails (9.6万, 等保二级); a 盘锦 vendor declined by phone (not listed).
  '一年' is 12 months; filing numbers and '每次5000元' are no prices.""",
        "merchant_loan", [name], JOINT,
        f"The joint bid {JOINT} (column {colof[JOINT]}, one quote) proves every gate (备案证明编号42108143007-24010, SM4, 全站HTTPS, RBAC, "
        "12-month logs, 人行 + 百行), has every merchant-loan must-have and no bloat, and gives a year of maintenance with upgrades, free "
        "policy adaptation, 7×24 within 2 hours, lifetime consulting, written into the consortium agreement and the contract, full "
        "unencrypted source — at 298,000 含税 inside 25-35万 (3 years 298,000 + 2 × 28,000 = 354,000). The cheaper 大石桥 (248,000) only "
        "claims its 等保 ('证书随合同提供': unverified); 丹江口 is 330,720 after its stated 6% with bloat, 4 h and a partly encrypted source; "
        "灯塔 fails (96,000, 等保二级).",
        vendors)


# ---------------------------------------------------------------------------------------------
# zzi_03  消费分期 — a cover sheet and one sheet per business line; only 消费分期 counts. xlsx.
# ---------------------------------------------------------------------------------------------
YC = "阳江阳春数科有限公司"
GZ = "茂名高州软件有限公司"
KY = "铁岭开原信息技术有限公司"
CB = "咸宁赤壁网络科技有限公司"
GAIZ = "营口盖州数据服务有限公司"
ZZI03_HEAD = ["服务商", "报价", "功能模块", "等保", "数据加密", "传输加密", "权限管理", "日志保存", "征信接口", "售后服务", "维保期满年费",
              "源码交付", "备注"]
ZZI03_SHEETS = {
    "个人信用贷": [
        [YC, "22.8万元（含税）", "个人征信、风控模型、反欺诈、还款管理、审批流、用户管理", "已取得三级，备案证明编号44178143008-24012", "SM4加密",
         "HTTPS", "RBAC", "12个月", "百行征信", "免费维护一年，含小版本升级；7×24小时，2小时内响应", "2.3万元/年", "完整源码", "参考"],
        [GZ, "17.5万元（含税）", "个人征信、风控模型、反欺诈、还款管理、审批流、用户管理", "已取得三级，备案证明编号44098143003-24006", "SM4加密",
         "HTTPS", "RBAC", "12个月", "人行征信中心", "免费维护12个月，含升级；政策适配免费；7×24小时，1小时内响应；终身咨询；写入合同", "1.8万元/年",
         "完整源码，无加密", "参考"],
        [KY, "20万元（含税）", "个人征信、风控模型、还款管理、审批流、用户管理", "已取得三级", "SM4加密", "HTTPS", "RBAC", "6个月", "百行征信",
         "免费维护6个月", "", "完整源码", "参考"],
        [CB, "面议", "", "", "", "", "", "", "", "", "", "", "参考"],
        [GAIZ, "21万元（含税）", "个人征信、风控模型、反欺诈、还款管理、审批流、用户管理", "已取得三级", "SM4加密", "HTTPS", "RBAC", "12个月",
         "百行征信", "免费维护12个月", "2万元/年", "完整源码", "参考"],
    ],
    "商户经营贷": [
        [YC, "30.5万元（含税）", "企业征信、流水分析、电子合同、还款管理、审批流、用户管理", "已取得三级，备案证明编号44178143008-24012", "SM4加密",
         "HTTPS", "RBAC", "12个月", "百行征信", "免费维护一年", "3万元/年", "完整源码", "参考"],
        [GZ, "26.8万元（含税）", "企业征信、流水分析、电子合同、还款管理、审批流、用户管理", "已取得三级，备案证明编号44098143003-24006", "SM4加密",
         "HTTPS", "RBAC", "12个月", "人行征信中心", "免费维护12个月，7×24小时", "2.6万元/年", "完整源码，无加密", "参考"],
        [KY, "28万元（不含税）", "企业征信、流水分析、合同管理、还款管理、审批流、用户管理", "已取得三级", "SM4加密", "HTTPS", "RBAC", "6个月",
         "百行征信", "免费维护6个月", "", "完整源码", "参考"],
        [CB, "面议", "", "", "", "", "", "", "", "", "", "", "参考"],
        [GAIZ, "未报", "", "", "", "", "", "", "", "", "", "", "参考"],
    ],
    "消费分期": [
        [YC, "26.5万元（含税）", "商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理",
         "已取得三级，备案证明编号44178143008-24012", "SM4加密（身份证号、手机号、银行卡号）", "全站HTTPS", "RBAC角色权限", "12个月，异常操作可追溯",
         "百行征信、朴道征信",
         "免费维护一年，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；提供终身技术咨询；以上写入合同",
         "2.6万元/年", "完整源码，无加密，可二次开发", "本次采购"],
        [GZ, "19.8万元（含税）", "商品管理、分期计算器、还款管理、风控审批、用户管理；订单跟踪列入二期开发",
         "已取得三级，备案证明编号44098143003-24006", "SM4加密", "HTTPS", "RBAC", "12个月", "人行征信中心",
         "免费维护12个月，含缺陷修复及小版本升级；政策调整免费；7×24小时，1小时内响应；终身技术咨询；写入合同",
         "2万元/年", "完整源码，无加密", "本次采购"],
        [KY, "23.0万（不含税）", "商品管理、分期计算器、订单管理、还款管理、审批流、用户管理、元宇宙营销",
         "已取得三级，备案证明21128243001-24016", "SM4加密", "HTTPS", "RBAC", "6个月", "百行征信",
         "免费维护6个月，仅修复缺陷，版本升级另计；政策适配另计；5×8（工作日），4小时内响应；提供终身技术咨询；写入合同",
         "2.5万元/年", "提供源码，核心模块加密", "本次采购"],
        [CB, "面议", "商品管理、分期计算器、订单跟踪、还款管理、审批流、用户管理", "等保三级申请中", "SM4加密", "HTTPS", "RBAC", "12个月",
         "百行征信", "免费维护12个月，7×24小时，响应时间[看对方合同]", "", "完整源码", "本次采购"],
        [GAIZ, "不参与（没做过分期项目）", "", "", "", "", "", "", "", "", "", "", "本次采购"],
    ],
}


def build_zzi03():
    name = "zzi_03_ci_fen_yewuxian.xlsx"
    wb = Workbook()
    cover = wb.active
    cover.title = "封面"
    cover.cell(row=1, column=1, value="宜都市清江小额贷款有限公司　信贷系统源码询价").font = TITLE
    notes = [
        "询价时间：2025年11月；汇总：信息部 王静 2025-12-03",
        "本次采购：消费分期系统源码（只比“消费分期”一页）。",
        "“个人信用贷”“商户经营贷”两页是同一批供应商顺带报的参考价，明年再议，本次不采购、不参与比较。",
        "我司做宜都本地家电、农机分期，无跨境业务，预算20-30万元。",
    ]
    for i, t in enumerate(notes, start=3):
        cover.cell(row=i, column=1, value=t).alignment = LEFT
    cover.column_dimensions["A"].width = 100
    rowsof = {}
    for sheet, rows in ZZI03_SHEETS.items():
        ws = wb.create_sheet(sheet)
        ws.cell(row=1, column=1, value=f"{sheet}系统源码报价（{'本次采购' if sheet == '消费分期' else '参考，本次不比'}）").font = TITLE
        put_row(ws, 2, ZZI03_HEAD, font=BOLD, fill=GREY, align=CENTER)
        for i, r in enumerate(rows):
            assert len(r) == len(ZZI03_HEAD)
            put_row(ws, 3 + i, [c if c else None for c in r])
        widths(ws, [26, 16, 40, 26, 20, 12, 12, 16, 18, 50, 14, 24, 10])
        ws.freeze_panes = "B3"
        rowsof[sheet] = {r[0]: 3 + i for i, r in enumerate(rows)}
    _save(wb, name)
    col = {h: _col(i + 1) for i, h in enumerate(ZZI03_HEAD)}
    row = rowsof["消费分期"]

    def at(v, h):
        return f"消费分期!{col[h]}{row[v]}"

    top = good(YC, 265000,
               f"sheet 消费分期 row {row[YC]}: {at(YC, '报价')} '26.5万元（含税）' = 265,000 inside 20-30万 (not the 22.8万 / 30.5万 of the reference "
               f"sheets); {at(YC, '功能模块')} '商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理' — every instalment must-have, no bloat; "
               "'已取得三级，备案证明编号44178143008-24012' (stated); SM4 on ID/mobile/bank card; 全站HTTPS; RBAC; 12个月; 百行 + 朴道; 售后 "
               "'免费维护一年，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；提供终身技术咨询；以上写入合同'; "
               "'2.6万元/年' = 26,000; '完整源码，无加密，可二次开发'.",
               CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full")
    vendors = [
        top,
        dict(vendor=GZ, gate="fail", price=198000,
             why=f"sheet 消费分期 row {row[GZ]}: {at(GZ, '报价')} '19.8万元（含税）' = 198,000, the cheapest, every gate proven and every term good — "
                 f"but {at(GZ, '功能模块')} ends '订单跟踪列入二期开发': the must-have order tracking is not in this delivery (missing: fail — the "
                 "decisive trap; on the 个人信用贷 reference sheet 高州 is cheap and complete, which does not count). '已取得三级，备案证明编号"
                 "44098143003-24006'; SM4; HTTPS; RBAC; 12个月; 人行征信中心; 12 months with 小版本升级; policy 免费; '7×24小时，1小时内响应'; "
                 "终身咨询; 写入合同; '2万元/年'; '完整源码，无加密'.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated"),
             fin=["product_management", "installment_calculator"] + CORE + ["repayment_management"],
             fex=["order_tracking"] + BLOAT,
             flin=["missing_must_have"],
             flex=["no_mlps_level3", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget", "no_sm4", "no_tls",
                   "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor=KY, gate="pass", price=259900,
             why=f"sheet 消费分期 row {row[KY]}: {at(KY, '报价')} '23.0万（不含税）' with no rate — the 13% default: 230,000 × 1.13 = 259,900 inside "
                 "20-30万; modules 商品管理, 分期计算器, 订单管理 (order tracking), 还款管理, 审批流, 用户管理 plus '元宇宙营销' (bloat); "
                 "'已取得三级，备案证明21128243001-24016' (stated); SM4; HTTPS; RBAC; '6个月' logs (not under 6); 百行; 售后 '免费维护6个月，"
                 "仅修复缺陷，版本升级另计；政策适配另计；5×8（工作日），4小时内响应；提供终身技术咨询；写入合同'; '2.5万元/年' = 25,000; "
                 "'提供源码，核心模块加密' (partial).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=25000, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "metaverse_marketing"],
             fex=["blockchain_evidence", "overseas_payment", "ai_customer_service"],
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "bloat_features", "source_partial"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only"]),
        dict(vendor=CB, gate="unverified", price="null",
             why=f"sheet 消费分期 row {row[CB]}: {at(CB, '报价')} '面议' (unknown: price_missing); every instalment must-have; '等保三级申请中' "
                 "(in progress: false, claimed — unverified); SM4; HTTPS; RBAC; 12个月; 百行; 售后 '免费维护12个月，7×24小时，响应时间[看对方合同]' "
                 "(12 months, 7×24, response unknown); 年费 blank (unknown); '完整源码'.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, support_7x24=True,
                         source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                   "no_7x24", "bloat_features", "source_partial", "source_licence_only"]),
    ]
    write_toml(
        "zzi_03_ci_fen_yewuxian.toml",
        f"""Voice: 王静 of the 信息部 at 宜都市清江小额贷款 (local appliance and farm-machinery instalments in 宜都, no cross-border business,
  budget 20-30万) on 2025-12-03. The vendors quoted three business lines at once; she kept one sheet per line. The cover sheet, each
  sheet's title and the 备注 column ('本次采购' / '参考') are the buyer's; the other cells are the vendors' replies.
Layout: an .xlsx with four sheets: '封面' (title A1, notes A3-A6: this purchase is the 消费分期 system only; the 个人信用贷 and 商户经营贷
  sheets are reference prices, not compared), then '个人信用贷', '商户经营贷', '消费分期', each with a title row 1, header row 2
  {' | '.join(ZZI03_HEAD)} and one row per vendor (rows 3-7: {YC}, {GZ}, {KY}, {CB}, {GAIZ}). Vendors are rows.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: only the 消费分期 sheet counts — the same five vendors on the other sheets are reference quotes with other prices and modules
  (高州 is cheap and complete for 个人信用贷 at 17.5万), never a second quote of the same vendor. The decisive trap — on 消费分期
  the cheapest 高州 (19.8万 含税, every gate proven, every term good) writes '订单跟踪列入二期开发': a must-have not in this delivery
  (fail). So 阳春 (26.5万 含税, 备案证明编号44178143008-24012, every term stated and good) is the pick. 开原's '23.0万（不含税）' has no
  rate (× 1.13 = 259,900), adds 元宇宙营销 (bloat), 6 months bug-only, policy 另计, 5×8, 4 h and '核心模块加密'; 赤壁 is 面议 with
  '等保三级申请中' and a response '[看对方合同]' (unknown); 盖州 declined the instalment line (not listed). '一年' is 12 months.""",
        "consumer_installment", [name], YC,
        f"阳春 (sheet 消费分期 row {row[YC]}) proves every gate (备案证明编号44178143008-24012, SM4 on ID/mobile/bank card, 全站HTTPS, RBAC, "
        "12-month logs, 百行 + 朴道), has every instalment must-have and no bloat, and gives a year of maintenance with upgrades, free policy "
        "adaptation, 7×24 within 2 hours, lifetime consulting, all in the contract, full unencrypted source — at 265,000 含税 inside 20-30万 "
        "(3 years 265,000 + 2 × 26,000 = 317,000). The cheaper 高州 (198,000) puts the must-have 订单跟踪 into 二期 (fail); 开原 is 259,900 "
        "after tax with bloat, 6 months bug-only, charged policy adaptation, 5×8 and 4 h and an encrypted core; 赤壁 gave no price and its "
        "等保 is 申请中; 盖州 declined. The 个人信用贷 / 商户经营贷 sheets are reference only.",
        vendors)


if __name__ == "__main__":
    for build in (build_zzi01, build_zzi02, build_zzi03):
        build()
    print("built zzi_01 … zzi_03 into", HERE)
