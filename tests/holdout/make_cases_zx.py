"""Build the "zx" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a GBK CSV whose every vendor priced its licence PER UNIT — per branch (网点) or per loan-officer seat
(账号) — and added a one-off fee, the buyer copying each vendor's own working into the price cell without adding it up
('源码授权费1.6万元/网点 × 12个网点 + 部署实施及培训费3.5万元（一次性）', '授权费15,000元/网点 * 12网点 + 实施费18,000元',
'平台基础费6万元 + 坐席授权3,500元/账号 x 30个账号 + 实施费2.5万元'), the multiplication written with ×, * or x, one vendor's
total written after '＝', the yearly fee per branch as well (zx_01); a workbook of ONE COLUMN PER VENDOR with a frozen header
where the buyer inserted an empty COMMENT COLUMN headed '↑意见' after every vendor's column, her comments holding figures and
hearsay that are hers ('比烟台贵2.8万', '业务员电话里说有证书，还没发过来'), a withdrawal in a price cell (zx_02); a workbook with
ONE CELL PER VENDOR holding the OCR text of the vendor's quote screenshot (WeChat '提取文字'), with the recogniser's slips in the
WORDS — Traditional characters (等保三級, 國密, 另計, 無), 'SM 4' split, '7x24' / '5x8' with a letter x, '12 个 月' spaced,
'权 限' cut — while every number was checked by the buyer (zx_03). The expected reading of every file is in the matching
zx_0N_*.toml, written from the file's content, shared/domain.md and docs/analyst-reading.md only; the author neither ran the
product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zx.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zx_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, BOX, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

# a vendor that only boasts must not be failed, priced out or marked down on what it never stated
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]


def _but(flags, *drop):
    return [f for f in flags if f not in drop]


def _cells(values):
    """An empty string is an empty cell in a workbook."""
    return [None if v == "" else v for v in values]


def _text(ws, r, c1, c2, text, *, font=None, height=None, fill=None, align=None):
    c = ws.cell(row=r, column=c1, value=text)
    c.alignment = align or LEFT
    c.font = font or Font()
    if fill:
        c.fill = fill
    if c2 > c1:
        ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# zx_01  个人信用贷 — 南昌赣江融信小额贷款's 信息科技部 熊晓岚 collects quotes from vendors who all price their licence PER BRANCH
#        (12 网点) or PER LOAN-OFFICER SEAT (30 账号) plus a one-off implementation fee. She copies each vendor's working into
#        the price cell word for word and does not add it up; her note above the header says so. Saved from WPS as GBK CSV.
# ---------------------------------------------------------------------------------------------
ZX01_HEAD = ["序号", "服务商", "报价构成（对方原话）", "计税", "功能模块", "等保三级", "敏感数据加密", "传输加密", "权限管理", "日志保存",
             "征信接口", "免费维护期", "维护范围", "监管政策适配", "技术支持", "响应时间", "终身技术咨询", "写入合同", "维保期满年费",
             "源码交付", "熊晓岚备注"]
ZX01_ROWS = [
    ["1", "南昌红谷数科有限公司", "源码授权费1.6万元/网点 × 12个网点 + 部署实施及培训费3.5万元（一次性）", "含税（13%专票）",
     "个人征信对接、风控模型（评分卡＋决策引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、用户管理、会员管理",
     "已取得等保三级，备案证明36010343016-24003", "国密SM4（身份证号、手机号、银行卡号）", "全站HTTPS（TLS1.2）", "RBAC角色权限",
     "12个月，异常操作可追溯", "中国人民银行征信中心、百行征信", "12个月", "缺陷修复及小版本升级", "免费适配", "7×24小时",
     "1小时内（指定工程师）", "提供", "以上全部写入合同", "0.2万元/网点/年，12个网点合计2.4万元/年", "完整源码，无加密，可二次开发",
     "演示最完整，网点单价不算低"],
    ["2", "九江浔阳云贷科技有限公司", "授权费15,000元/网点 * 12网点 + 实施费18,000元", "含税",
     "个人征信、智能风控、反欺诈、还款管理、风控审批、用户管理；赠送区块链存证、智能客服机器人",
     "按等保三级标准设计，可协助测评", "国密算法", "HTTPS", "完善的权限体系", "长期保存", "支持对接各大征信机构", "终身维护",
     "全面维护", "积极配合", "7×24小时", "第一时间", "终身免费", "可以写进合同", "无（终身维护）", "提供源码（风控引擎加密）",
     "送两个模块还终身维护，以后不用交年费，我倾向这家"],
    ["3", "赣州章贡软件有限公司", "平台基础费6万元 + 坐席授权3,500元/账号 x 30个账号 + 实施费2.5万元", "含税",
     "个人征信（百行征信）、反欺诈规则、还款计划、风控审批、用户管理；风控模型为选配，另加2.5万元（含税），未含在报价构成内",
     "已取得，备案证明36070243009-24012", "SM4（身份证号、手机号）", "是", "角色权限", "12个月", "百行征信、朴道征信", "12个月",
     "缺陷修复及小版本升级", "免费", "5×8（工作日9:00-18:00）", "4小时", "提供", "写入合同", "2.2万元/年", "完整源码，可二次开发",
     "按账号报的，风控模型要另加钱"],
    ["4", "上饶信州网络科技有限公司", "0.8万/网点×12＋部署2.2万＝11.8万", "含税",
     "个人征信（百行征信）、风控模型（规则引擎）、反欺诈、还款管理、风控审批、用户管理",
     "已取得，备案证明36110043005-23010", "AES-256", "是", "角色权限", "3个月", "百行征信", "6个月", "仅修复缺陷", "按次收费", "5×8",
     "次日", "不提供", "写入合同", "按次收费，每次5000元", "完整源码", "网点单价才八千，便宜得有点怕"],
    ["5", "景德镇昌江信息技术有限公司", "网点授权 1.45万元/网点 × 12 网点 ＋ 实施培训 2.6万元", "不含税（增值税13%另计）",
     "个人征信（人行二代征信、百行征信）、风控模型（决策引擎）、反欺诈模型、还款计划及提醒、风控审批、用户管理、营销插件",
     "已取得，备案证明36020243014-24006", "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC", "12个月",
     "中国人民银行征信中心、朴道征信", "12个月", "缺陷修复及小版本升级", "免费", "7×24小时", "2小时内", "不提供", "写入合同",
     "2.8万元/年", "完整源码，无加密", "不含税，要加13%"],
    ["6", "萍乡安源数据服务有限公司", "不报价"] + ["—"] * 17 + ["11-25电话：只做SaaS按月租，不卖源码，本次不报价"],
]


def build_zx01():
    name = "zx_01_pc_wangdian_danjia_shuliang_gbk.csv"
    width = len(ZX01_HEAD)
    pad = lambda row: row + [""] * (width - len(row))  # noqa: E731
    rows = [pad(["南昌赣江融信小额贷款有限公司 个人信用贷系统源码报价比较（信息科技部 熊晓岚 整理，2025-12-02）"]),
            pad(["说明：我司共12个网点（含总部营业部），信贷员账号30个。几家都是按网点或按账号报授权费，再加一次性的实施费，"
                 "“报价构成”一列照抄对方原话，我没有替他们算合计。只做南昌本地个人信用贷，无跨境业务，预算18–25万。"]),
            pad([]),
            ZX01_HEAD]
    for row in ZX01_ROWS:
        assert len(row) == width, row[1]
        rows.append(row)
    rows += [pad([]),
             pad(["熊晓岚意见：九江浔阳送区块链存证和智能客服机器人，终身维护，建议优先谈；南昌红谷材料最全，作为备选；上饶信州太便宜；"
                  "萍乡安源不卖源码。"])]
    write_csv(name, rows, "gbk")

    top = good("南昌红谷数科有限公司", 227000,
               "row 1: '源码授权费1.6万元/网点 × 12个网点 + 部署实施及培训费3.5万元（一次性）' = 16,000 × 12 + 35,000 = 192,000 + 35,000 = "
               "227,000, '含税（13%专票）', inside 18–25万; 个人征信对接, 风控模型 (评分卡＋决策引擎), 反欺诈模型, 还款计划及逾期提醒, "
               "风控审批流, 用户管理, 会员管理 (deferrable), no bloat; 等保三级 备案证明36010343016-24003; SM4 on ID/mobile/bank card; "
               "HTTPS TLS1.2; RBAC; logs 12个月; 人行 + 百行; 12个月 with 小版本升级; 政策 免费适配; 7×24; '1小时内（指定工程师）' = 1 h; "
               "终身咨询 提供; 全部写入合同; '0.2万元/网点/年，12个网点合计2.4万元/年' = 24,000/yr; 完整源码 无加密.",
               PC + ["anti_fraud", "membership"] + CORE, response_hours=1, annual_fee_after_warranty_cny=24000,
               source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor="九江浔阳云贷科技有限公司", gate="unverified", price=198000,
             why="row 2: '授权费15,000元/网点 * 12网点 + 实施费18,000元' = 15,000 × 12 + 18,000 = 180,000 + 18,000 = 198,000 '含税', "
                 "inside 18–25万; '按等保三级标准设计，可协助测评' (claimed: unverified); '国密算法' (which? claimed); '长期保存' (claimed, no "
                 "figure); '支持对接各大征信机构' (no body: claimed); '终身维护' under 免费维护期 (the lifetime boast: claimed); '可以写进合同' "
                 "(willing, a claim); HTTPS and 7×24 stated; '完善的权限体系', '全面维护', '积极配合', '第一时间', '终身免费' state nothing; "
                 "赠送 区块链存证、智能客服机器人 (bloat); '提供源码（风控引擎加密）' (partial). Her 备注 and 意见 ('我倾向这家') are hers.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed", commitments_in_contract="claimed"),
             fin=PC + ["anti_fraud"] + CORE + ["blockchain_evidence", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["no_anti_fraud", "source_licence_only"]),
        dict(vendor="赣州章贡软件有限公司", gate="pass", price=215000,
             why="row 3: '平台基础费6万元 + 坐席授权3,500元/账号 x 30个账号 + 实施费2.5万元' = 60,000 + 3,500 × 30 + 25,000 = 60,000 + "
                 "105,000 + 25,000 = 190,000 '含税', and in its module cell the must-have '风控模型为选配，另加2.5万元（含税）' (conditional, "
                 "added): 190,000 + 25,000 = 215,000 inside 18–25万; 个人征信 (百行), 反欺诈规则, 还款计划, 风控审批, 用户管理; 备案证明"
                 "36070243009-24012; SM4 (ID, mobile); HTTPS 是; 角色权限; logs 12个月; 百行 + 朴道; 12个月 with 小版本升级; 政策 免费; "
                 "'5×8（工作日9:00-18:00）' (no 7×24; the times are no figures); '4小时' = 4 h; 终身咨询 提供; 写入合同; 2.2万元/年 = 22,000; "
                 "完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["conditional", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"]
             + _but(AFTER_BAD, "no_7x24", "response_over_2h")),
        dict(vendor="上饶信州网络科技有限公司", gate="pass", price=118000,
             why="row 4: '0.8万/网点×12＋部署2.2万＝11.8万' = 8,000 × 12 + 22,000 = 96,000 + 22,000 = 118,000, its own total after ＝ "
                 "agreeing, '含税' (caution zone: cheaper is not better; the licence part alone is under 10万, the price is not); every "
                 "must-have listed with 反欺诈; 备案证明36110043005-23010 (stated: gate met); 'AES-256' (no SM4); HTTPS 是; 角色权限; logs "
                 "3个月 (under 6); 百行; 6个月, '仅修复缺陷' (no upgrades); 政策 '按次收费' (charged); 5×8; 次日; 终身咨询 不提供; 写入合同; "
                 "'按次收费，每次5000元' (per incident, no yearly fee); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_tls",
                   "no_access_control", "no_licensed_credit_bureau", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only", "no_anti_fraud"]),
        dict(vendor="景德镇昌江信息技术有限公司", gate="pass", price=226000,
             why="row 5: '网点授权 1.45万元/网点 × 12 网点 ＋ 实施培训 2.6万元' = 14,500 × 12 + 26,000 = 174,000 + 26,000 = 200,000 with "
                 "计税 '不含税（增值税13%另计）': 200,000 × 1.13 = 226,000 inside 18–25万; 个人征信 (人行二代 + 百行), 风控模型 (决策引擎), "
                 "反欺诈模型, 还款计划及提醒, 风控审批, 用户管理, 营销插件 (deferrable), no bloat; 备案证明36020243014-24006; SM4 on "
                 "ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 12个月; 人行 + 朴道; 12个月 with 小版本升级; 政策 免费; 7×24; '2小时内' = 2 h; "
                 "终身咨询 不提供; 写入合同; 2.8万元/年 = 28,000; 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=False,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", response_hours="stated", lifetime_consulting="stated"),
             fin=PC + ["anti_fraud", "marketing_plugins"] + CORE, fex=BLOAT,
             flin=["no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"] + _but(AFTER_BAD, "no_lifetime_consulting")),
    ]
    write_toml(
        "zx_01_pc_wangdian_danjia_shuliang_gbk.toml",
        """Voice: 熊晓岚 of the 信息科技部 at 南昌赣江融信小额贷款 (12 branches, 30 loan-officer seats, local personal credit only, no
  cross-border business, budget 18–25万) on 2025-12-02; the 熊晓岚备注 column and her 意见 line are hers.
Layout: CSV, GBK, CRLF — a title line, her 说明 line (12个网点, 信贷员账号30个; each vendor priced per 网点 or per 账号 plus a one-off
  fee; the 报价构成 column is the vendor's own words, not added up), a blank line, a header of 21 fields, six vendor lines (the
  sixth '不报价' and dashes), a blank line and her 意见 line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: every price is a unit price × a quantity + a one-off fee and must be worked out — 南昌红谷 16,000 × 12 + 35,000 = 227,000;
  九江浔阳 '15,000元/网点 * 12网点 + 实施费18,000元' = 198,000 (a '*' for ×, thousands commas inside one CSV field); 赣州章贡 by seats
  '平台基础费6万元 + 坐席授权3,500元/账号 x 30个账号 + 实施费2.5万元' = 190,000 (a letter x), plus its must-have 风控模型 option
  '另加2.5万元（含税）' = 215,000 (conditional, added); 上饶信州 '0.8万/网点×12＋部署2.2万＝11.8万' = 118,000 (its own total agrees;
  the unit price and the licence part 96,000 are no price: caution zone, no under-10万 gate); 景德镇昌江 14,500 × 12 + 26,000 =
  200,000 '不含税（增值税13%另计）' = 226,000; the quantities (12, 30) and unit prices are never prices on their own, nor summed as
  items; 南昌红谷's yearly fee is written per branch with its total ('0.2万元/网点/年，12个网点合计2.4万元/年' = 24,000); 九江浔阳 (her
  pick) only claims (按等保三级标准设计, 国密算法, 各大征信机构, 长期保存, 终身维护, 可以写进合同: unverified), gives away 区块链存证 +
  智能客服机器人 (bloat) and encrypts its risk engine (partial); 萍乡安源 gave no quote (not listed); '9:00-18:00', '5000元', '11-25'
  and the filing numbers are no prices.""",
        "personal_credit", [name], "南昌红谷数科有限公司",
        "南昌红谷 proves every gate (备案证明36010343016-24003, SM4 on ID/mobile/bank card, HTTPS TLS1.2, RBAC, 12-month logs, 人行 + 百行), "
        "has every must-have plus 反欺诈模型 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 1 hour "
        "by a named engineer, lifetime consulting, all in the contract, full unencrypted source — at 16,000 × 12 + 35,000 = 227,000 含税 "
        "inside 18–25万 (3 years 227,000 + 2 × 24,000 = 275,000). 赣州章贡 is 215,000 only with its risk-model option and offers 5×8/4h; "
        "景德镇昌江 is 226,000 含税 (不含税 13%) without lifetime consulting; the writer's pick 九江浔阳 (198,000) proves nothing "
        "(unverified), pads with two bloat modules and encrypts its risk engine; 上饶信州 is 118,000 in the caution zone with AES, "
        "3-month logs and 6 months bug-only; 萍乡安源 gave no quote.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zx_02  商户经营性贷 — 青岛崂山惠企小额贷款's 风控部 孙雅娟 lays the quotes side by side, ONE COLUMN PER VENDOR, and after each
#        vendor's column inserts an empty column headed '↑意见' for her own comments (the arrow pointing at the vendor's name in
#        the header above it). Frozen header and item column. Her comments hold figures and hearsay: none of it is a vendor's.
# ---------------------------------------------------------------------------------------------
ZX02_ITEMS = ["报价", "计税", "功能模块", "选配模块及价格", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存期", "征信接口",
              "免费维护期", "维护范围", "监管政策适配", "技术支持", "响应时间", "终身技术咨询", "承诺写入合同", "维保期满后年费", "源码交付"]
# (vendor, its cells, her comments by item)
ZX02_VENDORS = [
    ("青岛市南数科有限公司",
     ["29.6万元", "含税（13%专票）",
      "企业征信（人行企业征信、百行征信）、银行流水分析、电子合同（CA签章）、风控审批流、还款计划及提醒、用户管理、数据分析大屏", "无",
      "已取得，备案证明37020243011-24008", "国密SM4（法人身份证号、手机号、对公账号）", "全站HTTPS（TLS1.2）", "RBAC角色权限", "12个月",
      "中国人民银行征信中心、百行征信", "12个月", "缺陷修复及小版本升级", "免费适配", "7×24小时", "2小时内", "提供", "全部写入合同",
      "3.0万元/年", "完整源码，无加密，可二次开发"],
     {"报价": "比烟台贵2.8万", "响应时间": "演示时现场改了一个字段，反应快", "等保三级": "证书复印件已收"}),
    ("烟台芝罘云贷科技有限公司",
     ["26.8万元", "含税", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理；另送区块链存证、元宇宙营销", "无",
      "符合等保三级标准", "国密加密", "HTTPS", "完善的权限体系", "长期保存", "可对接各大征信", "终身维护", "全面维护", "积极配合监管",
      "7×24小时", "第一时间", "终身免费", "可协商", "无（终身维护）", "提供源码（核心风控模块加密）"],
     {"报价": "老板朋友介绍的，价格最合适，倾向这家", "等保三级": "业务员电话里说有证书，还没发过来", "免费维护期": "终身维护，省年费"}),
    ("潍坊奎文软件有限公司",
     ["27.5万元", "含税", "企业征信（百行征信）、电子合同、风控审批、还款计划、用户管理", "银行流水分析模块3.2万元（不含税），未含在报价内",
      "已取得，备案证明37070243006-24013", "SM4（法人身份证号、手机号）", "是", "角色权限", "12个月", "百行征信、朴道征信", "12个月",
      "仅修复缺陷，小版本升级另计", "免费", "7×24小时", "2小时", "提供", "写入合同", "2.5万元/年", "完整源码"],
     {"选配模块及价格": "流水分析我们必须要，得加上", "维护范围": "升级要另收钱"}),
    ("淄博张店信息技术有限公司",
     ["26.0万元", "不含税，增值税13%另计",
      "企业征信（人行企业征信、朴道征信）、银行流水分析、电子合同（在线签约）、风控审批、还款管理、用户管理、API开放平台", "无",
      "已取得，备案证明37030243002-24016", "国密SM4（身份证号、手机号、对公账号）", "全站HTTPS", "RBAC", "12个月",
      "中国人民银行征信中心、朴道征信", "12个月", "缺陷修复及小版本升级", "免费", "7×24小时", "4小时内", "提供", "写入合同", "2.8万元/年",
      "完整源码，无加密"],
     {"计税": "要加税，实际贵不少", "维保期满后年费": "问过能不能降到2万，说不行"}),
    ("临沂兰山网络科技有限公司",
     ["8.5万元", "含税", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", "无",
      "已取得，备案证明37130043004-23011", "AES", "是", "角色权限", "3个月", "百行征信", "3个月", "仅修复缺陷", "按次收费", "5×8", "次日",
      "不提供", "否", "按次收费，每次5000元", "仅授权使用，绑定域名"],
     {"报价": "便宜得不正常", "日志保存期": "3个月肯定不行"}),
    ("日照东港数据科技有限公司",
     ["已书面放弃（11-20邮件）"] + ["—"] * 18,
     {"报价": "说人手不够，明年再合作"}),
]


def build_zx02():
    name = "zx_02_ml_gongying_jian_yijian_lie.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "比价"
    ncol = 1 + 2 * len(ZX02_VENDORS)
    widths(ws, [18] + [30, 16] * len(ZX02_VENDORS))
    _text(ws, 1, 1, ncol, "青岛崂山惠企小额贷款有限公司　商户经营贷系统源码比价表", font=TITLE, height=24)
    _text(ws, 2, 1, ncol,
          "风控部 孙雅娟，2025-11-27。我司做崂山区小微商户经营贷，没有跨境业务，预算25–35万。每家一列，按报价单原文摘录；"
          "每家右边插了一列“↑意见”，是我自己的看法，不是供应商说的。", height=34)
    header = ["比较项目"]
    for v, _, _ in ZX02_VENDORS:
        header += [v, "↑意见"]
    put_row(ws, 3, header, font=BOLD, fill=BLUE, align=CENTER)
    for i in range(len(ZX02_VENDORS)):
        ws.cell(row=3, column=3 + 2 * i).fill = YELLOW
    ws.row_dimensions[3].height = 32
    for i, label in enumerate(ZX02_ITEMS):
        r = 4 + i
        row = [label]
        for _, cells, notes in ZX02_VENDORS:
            assert len(cells) == len(ZX02_ITEMS)
            row += [cells[i], notes.get(label, "")]
        put_row(ws, r, _cells(row))
        for c in range(1, ncol + 1):  # her comment columns stay bordered even where empty
            ws.cell(row=r, column=c).border = BOX
        ws.cell(row=r, column=1).font = BOLD
        ws.cell(row=r, column=1).fill = GREY
        for j in range(len(ZX02_VENDORS)):
            ws.cell(row=r, column=3 + 2 * j).fill = YELLOW
        ws.row_dimensions[r].height = 48 if label == "功能模块" else 30
    r = 4 + len(ZX02_ITEMS) + 1
    _text(ws, r, 1, ncol,
          "孙雅娟小结：烟台芝罘价格合适、送区块链存证和元宇宙营销、终身维护，倾向烟台；青岛市南贵一点但材料齐全，备选；临沂兰山太便宜；日照东港放弃。",
          font=BOLD, height=30)
    ws.freeze_panes = "B4"
    _save(wb, name)

    top = good("青岛市南数科有限公司", 296000,
               "column B: '29.6万元' '含税（13%专票）' = 296,000 inside 25–35万; 企业征信 (人行企业征信 + 百行), 银行流水分析, 电子合同 (CA签章), "
               "风控审批流, 还款计划及提醒, 用户管理, 数据分析大屏 (deferrable), no bloat; 备案证明37020243011-24008; SM4 on ID/mobile/对公账号; "
               "HTTPS TLS1.2; RBAC; logs 12个月; 人行 + 百行; 12个月 with 小版本升级; 政策 免费适配; 7×24; '2小时内' = 2 h; 终身咨询 提供; "
               "全部写入合同; 3.0万元/年 = 30,000; 完整源码 无加密. Her ↑意见 beside it ('比烟台贵2.8万', '证书复印件已收') is hers.",
               ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=30000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="烟台芝罘云贷科技有限公司", gate="unverified", price=268000,
             why="column D: '26.8万元' '含税' = 268,000 inside 25–35万; '符合等保三级标准' (claimed: unverified — her ↑意见 '业务员电话里说有"
                 "证书，还没发过来' is her hearsay, no proof); '国密加密' (which? claimed); '长期保存' (claimed); '可对接各大征信' (no body: "
                 "claimed); '终身维护' (the lifetime boast: claimed); HTTPS and 7×24 stated; '完善的权限体系', '全面维护', '积极配合监管', "
                 "'第一时间', '终身免费', '可协商', '无（终身维护）' state nothing; 另送 区块链存证、元宇宙营销 (bloat); '提供源码（核心风控模块加密）' "
                 "(partial). Her 意见 ('倾向这家') is hers.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="潍坊奎文软件有限公司", gate="pass", price=311160,
             why="column F: '27.5万元' '含税' = 275,000; its module list lacks 银行流水分析, offered under 选配 as '银行流水分析模块3.2万元（不含税），"
                 "未含在报价内' — a must-have, added with its VAT beside a tax-inclusive price: 275,000 + 32,000 × 1.13 = 275,000 + 36,160 = "
                 "311,160 inside 25–35万 (conditional); 企业征信 (百行), 电子合同, 风控审批, 还款计划, 用户管理; 备案证明37070243006-24013; SM4 "
                 "(ID, mobile); HTTPS 是; 角色权限; logs 12个月; 百行 + 朴道; 12个月 but '仅修复缺陷，小版本升级另计' (upgrades conditional: no "
                 "at the base price); 政策 免费; 7×24; '2小时' = 2 h; 终身咨询 提供; 写入合同; 2.5万元/年 = 25,000; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "maintenance_excludes_upgrades")),
        dict(vendor="淄博张店信息技术有限公司", gate="pass", price=293800,
             why="column H: '26.0万元' with 计税 '不含税，增值税13%另计': 260,000 × 1.13 = 293,800 inside 25–35万; 企业征信 (人行企业征信 + 朴道), "
                 "银行流水分析, 电子合同 (在线签约), 风控审批, 还款管理, 用户管理, API开放平台 (deferrable), no bloat; 备案证明37030243002-24016; "
                 "SM4 on ID/mobile/对公账号; 全站HTTPS; RBAC; logs 12个月; 人行 + 朴道; 12个月 with 小版本升级; 政策 免费; 7×24; '4小时内' = "
                 "4 h; 终身咨询 提供; 写入合同; 2.8万元/年 = 28,000 (her '问过能不能降到2万' is hers, no fee); 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT,
             flin=["response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "response_over_2h")),
        dict(vendor="临沂兰山网络科技有限公司", gate="fail", price=85000,
             why="column J: '8.5万元' '含税' = 85,000, under 10万: fail; every must-have listed; 备案证明37130043004-23011 (stated); 'AES' (no "
                 "SM4); HTTPS 是; 角色权限; logs 3个月 (under 6); 百行; 3个月, '仅修复缺陷' (no upgrades); 政策 按次收费 (charged); 5×8; 次日; "
                 "终身咨询 不提供; 写入合同 '否'; '按次收费，每次5000元' (per incident, no yearly fee); '仅授权使用，绑定域名' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated", commitments_in_contract="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_10w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract",
                   "source_licence_only"],
             flex=["price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_tls", "no_access_control",
                   "no_licensed_credit_bureau", "bloat_features", "source_partial"]),
    ]
    write_toml(
        "zx_02_ml_gongying_jian_yijian_lie.toml",
        """Voice: 孙雅娟 of the 风控部 at 青岛崂山惠企小额贷款 (local small-business operating loans, no cross-border business, budget
  25–35万) on 2025-11-27; every '↑意见' column and her 小结 line are hers.
Layout: sheet 比价 — title, her note row (每家一列；每家右边插了一列“↑意见”，是我自己的看法), a header 比较项目 | vendor | ↑意见 | vendor |
  ↑意见 … (six vendors, each followed by her comment column, the comment columns filled yellow), 19 item rows in the vendors' words,
  most comment cells empty, a 小结 line under the table. Frozen at B4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the six '↑意见' columns are the buyer's, never vendors and never a vendor's words — '比烟台贵2.8万' is no price, '问过能不能
  降到2万，说不行' no yearly fee, '业务员电话里说有证书，还没发过来' no proof of 烟台芝罘's level 3 (still a claim), '证书复印件已收'
  adds nothing to 青岛市南's stated filing; each vendor's values sit in its own column two apart, never shifted into the comment
  column next to it; 潍坊奎文's must-have 银行流水分析 is a '3.2万元（不含税）' option beside a 含税 price: 275,000 + 32,000 × 1.13 =
  311,160 (conditional, added), and '小版本升级另计' makes upgrades conditional; 淄博张店 '不含税，增值税13%另计': 260,000 × 1.13 =
  293,800; 临沂兰山 8.5万 is under 10万 (fail), AES, 3 months, licence bound to a domain; 烟台芝罘 (her pick, 26.8万) only claims
  (符合等保三级标准, 国密加密, 各大征信, 长期保存, 终身维护: unverified), gives away 区块链存证 + 元宇宙营销 (bloat) and encrypts its core
  risk module (partial); 日照东港 '已书面放弃（11-20邮件）' declined (not listed); '5000元' and the filing numbers are no prices.""",
        "merchant_loan", [name], "青岛市南数科有限公司",
        "青岛市南 proves every gate (备案证明37020243011-24008, SM4 on ID/mobile/对公账号, HTTPS TLS1.2, RBAC, 12-month logs, 人行 + 百行), "
        "has every must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours, lifetime "
        "consulting, all in the contract, full unencrypted source — at 296,000 含税 inside 25–35万 (3 years 296,000 + 2 × 30,000 = "
        "356,000). 潍坊奎文 is 311,160 含税 only with its statement-analysis option and charges upgrades; 淄博张店 is 293,800 含税 (不含税 "
        "13%) and answers in 4 hours; the writer's pick 烟台芝罘 (268,000) proves nothing (unverified), pads with two bloat modules and "
        "encrypts its core risk module; 临沂兰山 is 85,000 (under 10万: fail); 日照东港 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zx_03  消费分期 — 昆明五华易分小额贷款's 运营部 李婷 gets every quote as a screenshot in WeChat, runs WeChat's '提取文字' on it
#        and pastes the recognised text into one cell per vendor, unproofread. The recogniser slips in the WORDS (Traditional
#        characters, 'SM 4', '7x24', '12 个 月', '权 限'); she checked the numbers against the screenshots. Her 备注 is hers.
# ---------------------------------------------------------------------------------------------
ZX03_ROWS = [
    ("1", "昆明盘龙数科有限公司",
     "昆明盘龙数科有限公司 报价单\n"
     "报价：26.8万元（含税，13%专票）\n"
     "功能模块：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理、积分商城\n"
     "等保：已取得等保三級，备案证明53010243012-24005\n"
     "加密：SM 4加密身份证号、手机号、银行卡号\n"
     "传输：全站HTTPS（TLS1.2）\n"
     "权限：RBAC角色權 限\n"
     "日志：操作日志保存12 个 月\n"
     "征信接口：百行征信、朴道征信\n"
     "免费维护：12 个 月，含缺陷修复及小版本升級\n"
     "监管政策调整：免费适配\n"
     "技术支持：7x24小时，1小时内响应\n"
     "终身技术咨询：提供\n"
     "以上承诺全部写入合同\n"
     "维保期满后年费：2.6万元/年\n"
     "源码：完整源码交付，无加密，可二次开发",
     "演示最顺，材料齐"),
    ("2", "大理古城云分科技有限公司",
     "大理古城云分科技 报价\n"
     "报价：21.8万元（含税）\n"
     "功能：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理，另贈送智能客服机器人、区块链存证\n"
     "等保：支持等保三級\n"
     "加密：采用國密算法\n"
     "传输：HTTPS\n"
     "权限：完善的权限体系\n"
     "日志：长期保存\n"
     "征信：支持对接征信\n"
     "维护：终身免费维护\n"
     "支持：7x24小时服务，第一时间响应\n"
     "合同：可协商\n"
     "源码：提供源码（部分模块加密）",
     "最便宜又送模块，终身免费维护，老板也喜欢，倾向这家"),
    ("3", "曲靖麒麟软件有限公司",
     "曲靖麒麟软件有限公司\n"
     "一、报价：22.6万元（含税）\n"
     "二、功能：商品管理、分期计算器、风控审批、还款计划、用户管理\n"
     "订单跟踪为选配模块，另加2.4万元（含税），未含在22.6万內\n"
     "三、等保三級：已取得，备案证明53030243007-24010\n"
     "四、SM 4：身份证号、手机号\n"
     "五、HTTPS：是\n"
     "六、权限：角色权限\n"
     "七、日志：12 个 月\n"
     "八、征信：百行征信\n"
     "九、维护：免费12 个 月，含bug修复和小版本升级\n"
     "十、政策适配：免费\n"
     "十一、支持：5x8（工作日9:00-18:00），4小时内响应\n"
     "十二、终身技术咨询：提供\n"
     "十三、写入合同：是\n"
     "十四、年费：2.4万元/年\n"
     "十五、源码：完整源码，可二次开发",
     "订单跟踪要另加钱"),
    ("4", "玉溪红塔信息技术有限公司",
     "玉溪红塔信息技术有限公司 报价函\n"
     "报价：23.5万元（不含税，增值税13%另計）\n"
     "功能模块：商品管理、分期计算器、订单状态跟踪、风控审批、还款管理、用户管理、社交分享\n"
     "等保三級：已取得，备案证明53040243001-24014\n"
     "加密：国密 SM 4（身份证号、手机号）\n"
     "传输：全站HTTPS\n"
     "权限：RBAC权限管理\n"
     "日志：操作日志保存12 个 月\n"
     "征信接口：百行征信、朴道征信\n"
     "免费维护：12 个 月（含缺陷修复及小版本升级）\n"
     "监管政策：小调整免费，重大政策调整另行报价\n"
     "技术支持：7x24小时，2小时内响应\n"
     "终身技术咨询：提供\n"
     "售后条款均写入合同\n"
     "维保期满年费：2.5万元/年\n"
     "源码：完整源码，无加密",
     "不含税，要加13%"),
    ("5", "保山隆阳网络科技有限公司",
     "保山隆阳网络科技 报价\n"
     "报价：13.8万元（含税）\n"
     "功能：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理\n"
     "等保：二級（备案证明53050043002-22008）\n"
     "加密：AES\n"
     "HTTPS：是\n"
     "权限：角色权限\n"
     "日志：3 个 月\n"
     "征信：百行征信\n"
     "维护：免费6 个 月，只修bug\n"
     "政策调整：按次收费\n"
     "支持：5x8，次日响应\n"
     "终身咨询：無\n"
     "合同：写入\n"
     "源码：完整源码",
     "便宜，但等保好像不是三级"),
    ("6", "楚雄鹿城科技有限公司",
     "李总您好，我司近期项目排滿，本次暂不參与报价，抱歉。——楚雄鹿城科技 小杨",
     "不报"),
]


def build_zx03():
    name = "zx_03_ci_jietu_ocr_yige_danyuange.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "报价截图识别"
    widths(ws, [6, 26, 70, 26])
    _text(ws, 1, 1, 4, "昆明五华易分小额贷款有限公司　消费分期系统源码报价汇总", font=TITLE, height=24)
    _text(ws, 2, 1, 4,
          "运营部 李婷，2025-11-29。我司做昆明本地3C数码和家电分期，没有跨境业务，预算20–30万。各家报价单都是微信发的截图，"
          "我用微信“提取文字”识别后原样粘贴在“识别文字”一列，没有逐字校对：里面有繁体字、多出来的空格、x之类的识别错误；"
          "数字我都对照截图核过，是对的。最右一列是我的备注。", height=46)
    put_row(ws, 3, ["序号", "服务商", "报价单识别文字（微信截图提取，原样粘贴）", "李婷备注"], font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[3].height = 24
    r = 4
    for no, vendor, text, note in ZX03_ROWS:
        put_row(ws, r, [no, vendor, text, note])
        ws.cell(row=r, column=4).fill = YELLOW
        ws.row_dimensions[r].height = 15 * (text.count("\n") + 1) + 6
        r += 1
    r += 1
    _text(ws, r, 1, 4,
          "李婷小结：大理古城最便宜，还送智能客服机器人和区块链存证，终身免费维护，倾向大理古城；昆明盘龙材料最全，备选；保山隆阳便宜但等保要再问；"
          "楚雄鹿城不报。", font=BOLD, height=30)
    ws.freeze_panes = "C4"
    _save(wb, name)

    top = good("昆明盘龙数科有限公司", 268000,
               "row 1's OCR cell: '报价：26.8万元（含税，13%专票）' = 268,000 inside 20–30万; 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款管理, "
               "用户管理, 积分商城 (deferrable), no bloat; '已取得等保三級，备案证明53010243012-24005' (級 = 级: level 3, stated); 'SM 4加密"
               "身份证号、手机号、银行卡号' (SM4 split by the OCR); HTTPS TLS1.2; 'RBAC角色權 限' (RBAC); '12 个 月' logs = 12 months; 百行 + "
               "朴道; free maintenance '12 个 月' with '小版本升級' (upgrades); 政策 免费适配; '7x24小时，1小时内响应' (7×24, 1 h); 终身咨询 "
               "提供; 全部写入合同; 2.6万元/年 = 26,000; 完整源码 无加密.",
               CI + CORE + ["repayment_management", "points_mall"], response_hours=1, annual_fee_after_warranty_cny=26000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="大理古城云分科技有限公司", gate="unverified", price=218000,
             why="row 2's OCR cell: '报价：21.8万元（含税）' = 218,000 inside 20–30万; '支持等保三級' (claimed: unverified); '采用國密算法' "
                 "(国密, which? claimed); '长期保存' (claimed); '支持对接征信' (no body: claimed); '终身免费维护' (the lifetime boast: claimed); "
                 "HTTPS and '7x24小时服务' stated; '完善的权限体系', '第一时间响应', '可协商' state nothing; '另贈送智能客服机器人、区块链存证' "
                 "(bloat); '提供源码（部分模块加密）' (partial). Her 备注 ('倾向这家') is hers.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=CI + CORE + ["repayment_management", "ai_customer_service", "blockchain_evidence"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="曲靖麒麟软件有限公司", gate="pass", price=250000,
             why="row 3's OCR cell: '一、报价：22.6万元（含税）' = 226,000 (the section number 一 is no figure); its module line lacks 订单跟踪, "
                 "offered as '订单跟踪为选配模块，另加2.4万元（含税），未含在22.6万內' (conditional, added): 226,000 + 24,000 = 250,000 inside "
                 "20–30万; '三、等保三級：已取得，备案证明53030243007-24010' (stated); '四、SM 4：身份证号、手机号' (SM4); HTTPS 是; 角色权限; "
                 "logs '12 个 月'; 百行; '免费12 个 月，含bug修复和小版本升级'; 政策 免费; '5x8（工作日9:00-18:00），4小时内响应' (no 7×24, 4 h); "
                 "终身咨询 提供; 写入合同 是; 2.4万元/年 = 24,000; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         support_7x24="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "no_7x24", "response_over_2h")),
        dict(vendor="玉溪红塔信息技术有限公司", gate="pass", price=265550,
             why="row 4's OCR cell: '报价：23.5万元（不含税，增值税13%另計）' (計 = 计): 235,000 × 1.13 = 265,550 inside 20–30万; 商品管理, "
                 "分期计算器, 订单状态跟踪, 风控审批, 还款管理, 用户管理, 社交分享 (deferrable), no bloat; 等保三級 备案证明53040243001-24014; "
                 "'国密 SM 4（身份证号、手机号）' (SM4); 全站HTTPS; RBAC; logs '12 个 月'; 百行 + 朴道; '12 个 月（含缺陷修复及小版本升级）'; "
                 "'小调整免费，重大政策调整另行报价' (conditional: charged at the base price); '7x24小时，2小时内响应' (7×24, 2 h); 终身咨询 "
                 "提供; 写入合同; 2.5万元/年 = 25,000; 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", policy_adaptation_free="conditional",
                         response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "social_sharing"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "policy_adaptation_charged")),
        dict(vendor="保山隆阳网络科技有限公司", gate="fail", price=138000,
             why="row 5's OCR cell: '报价：13.8万元（含税）' = 138,000 (caution zone); every must-have listed; '等保：二級（备案证明53050043002-"
                 "22008）' (級 = 级: level 2 held, a stated no — fail); 'AES' (no SM4); HTTPS 是; 角色权限; logs '3 个 月' = 3 months (under 6); "
                 "百行; '免费6 个 月，只修bug' (6 months, no upgrades); 政策 按次收费 (charged); '5x8，次日响应' (no 7×24, next day); '终身咨询：無' "
                 "(無 = 无: no); 合同 写入; 完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated", lifetime_consulting="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["no_mlps_level3", "price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "missing_must_have", "no_tls", "no_access_control",
                   "no_licensed_credit_bureau", "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
    ]
    write_toml(
        "zx_03_ci_jietu_ocr_yige_danyuange.toml",
        """Voice: 李婷 of the 运营部 at 昆明五华易分小额贷款 (local 3C and appliance instalments, no cross-border business, budget 20–30万)
  on 2025-11-29; the 李婷备注 column and her 小结 line are hers.
Layout: sheet 报价截图识别 — title, her note row (each quote a WeChat screenshot run through 提取文字 and pasted unproofread; the OCR
  slips are in the words, the numbers checked against the screenshots), a header 序号 | 服务商 | 报价单识别文字（微信截图提取，原样粘贴）|
  李婷备注, six vendor rows each with the vendor's whole quote as OCR text in ONE multi-line cell ('标签：值' lines, one vendor's
  lines numbered 一、二、… 十五、, one a line of several facts), the sixth a declining message; her 小结 under the table. Frozen at C4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the recogniser's word slips are read through — '等保三級' and '二級' are level 3 and level 2 (級 = 级), '國密' 国密, '另計' 另计,
  '內' 内, '無' 无, '贈送' 赠送 (a gift), 'SM 4' / '国密 SM 4' SM4, '7x24' 7×24 and '5x8' 5×8 (a letter x),
  '12 个 月' 12 months, 'RBAC角色權 限' access control, '升級' upgrades; 保山隆阳's '二級' held today fails the gate whatever the cheap
  price (13.8万, caution zone); 玉溪红塔 '23.5万元（不含税，增值税13%另計）' = 235,000 × 1.13 = 265,550; 曲靖麒麟's must-have 订单跟踪
  is an option '另加2.4万元（含税），未含在22.6万內' = 226,000 + 24,000 = 250,000 (conditional, added), and its '一、' … '十五、' section
  numbers are no figures; 大理古城 (her pick, 21.8万) only claims (支持等保三級, 國密算法, 支持对接征信, 长期保存, 终身免费维护:
  unverified), gives away 智能客服机器人 + 区块链存证 (bloat) and encrypts some modules (partial); 楚雄鹿城's cell is a declining
  message (not listed); '9:00-18:00' and the filing numbers are no prices.""",
        "consumer_installment", [name], "昆明盘龙数科有限公司",
        "昆明盘龙 proves every gate (等保三級 = level 3 with 备案证明53010243012-24005, SM4 on ID/mobile/bank card, HTTPS TLS1.2, RBAC, "
        "12-month logs, 百行 + 朴道), has all three instalment must-haves with no bloat, and gives 12 months with upgrades, free policy "
        "adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, full unencrypted source — at 268,000 含税 inside "
        "20–30万 (3 years 268,000 + 2 × 26,000 = 320,000). 曲靖麒麟 is 250,000 only with its order-tracking option and offers 5×8/4h; "
        "玉溪红塔 is 265,550 含税 (不含税 13%) and charges major policy changes; the writer's pick 大理古城 (218,000) proves nothing "
        "(unverified), pads with two bloat modules and encrypts some modules; 保山隆阳 holds only 等保二級 (fail) at 138,000; 楚雄鹿城 "
        "declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zx01, build_zx02, build_zx03):
        build()
    print("built zx_01 … zx_03 into", HERE)
