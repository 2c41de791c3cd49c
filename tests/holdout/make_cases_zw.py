"""Build the "zw" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a CSV (UTF-8 with BOM) saved by a colleague trained in Germany from his German-locale Excel — fields
separated by SEMICOLONS, decimal COMMAS in every number ('22,8' under 报价（万元） is 22.8万, '1,5' under 响应（小时） an hour and a
half) and thousands POINTS in the yuan column ('26.000' under 维保期满年费（元/年） is 26,000), an option's price inside a module cell
written the same way ('另加2,4万元（含税）'), a tax rate typed '6 %', his note above the header saying so, and an average row under
the vendors (zw_01); a workbook with ONE COLUMN PER VENDOR whose first row is '报价单编号/日期' and whose price is split over two rows,
'软件费（源码授权）' and '服务费（部署实施、培训）', to be summed (no 合计 anywhere), one vendor writing '含在软件费内' for its 服务费, one
服务费 carrying its own breakdown in brackets, one vendor's 软件费 under 10万 while its sum is not (zw_02); a workbook of vendors as
rows under headers written as QUESTIONS with the buyer's expected answer in brackets ('是否取得等保三级？（需提供备案证明编号）',
'报价多少？（请写含税总价，单位万元）'), the vendors answering with '✓ + number', '✓ + fields', a bare '✓' or '✗', or free text
that contradicts the bracket (a tax-exclusive price under a header asking for the tax-inclusive one, a ✓ beside an encrypted risk
engine) (zw_03). The expected reading of every file is in the matching zw_0N_*.toml, written from the file's content,
shared/domain.md and docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zw.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zw_
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_toml  # noqa: E402

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


def write_csv_semicolon(name, rows, encoding):
    """Like case_io.write_csv, but with the ';' a German-locale Excel writes between fields."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    (HERE / name).write_bytes(buf.getvalue().encode(encoding))


# ---------------------------------------------------------------------------------------------
# zw_01  个人信用贷 — 太原汾河融通小额贷款's 风险管理部 吴思远 (studied and worked in Frankfurt; his Excel still runs in German)
#        types the comparison and saves it as 'CSV UTF-8': ';' between fields, ',' as the decimal mark, '.' between thousands.
#        His note above the header says so. The 备注 column, the average row and his 意见 line are his.
# ---------------------------------------------------------------------------------------------
ZW01_HEAD = ["序号", "供应商", "报价（万元）", "计税", "功能模块", "等保三级", "数据加密", "HTTPS", "权限管理", "日志保存（月）",
             "征信接口", "免费维护（月）", "维护范围", "监管政策适配", "技术支持", "响应（小时）", "终身技术咨询", "写入合同",
             "维保期满年费（元/年）", "源码交付", "备注（吴思远）"]
ZW01_ROWS = [
    ["1", "太原迎泽数科有限公司", "22,8", "含税（13%专票）",
     "个人征信（人行二代征信、百行征信）、风控模型（评分卡＋决策引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、用户管理、会员体系",
     "已取得，备案证明14010543012-24007", "SM4（身份证号、手机号、银行卡号）", "是（TLS1.2）", "RBAC角色权限", "12",
     "中国人民银行征信中心、百行征信", "12", "缺陷修复及小版本升级", "免费", "7×24", "1,5", "提供", "全部写入合同", "26.000",
     "完整源码，无加密，可二次开发", "演示用的是我们自己的脱敏数据"],
    ["2", "大同云冈云贷科技有限公司", "19,8", "含税",
     "个人征信、智能风控、反欺诈、还款管理、风控审批、用户管理，另赠送区块链存证、智能客服机器人、元宇宙营销",
     "按等保三级要求设计，可协助贵司测评", "国密算法", "是", "完善的权限体系", "长期保存", "支持对接各类征信机构", "终身", "全面维护",
     "积极配合监管", "7×24", "第一时间", "终身免费", "可协商", "无（终身维护）", "提供源码（风控引擎加密）",
     "价格实惠，送三个模块，终身维护以后不用交年费，我倾向这家"],
    ["3", "长治上党软件有限公司", "19,6", "含税",
     "个人征信（百行征信）、反欺诈规则、还款计划、风控审批、用户管理；风控模型为选配，另加2,4万元（含税），未含在19,6万内",
     "已取得，备案证明14040043008-24011", "SM4（身份证号、手机号）", "是", "角色权限", "12", "百行征信、朴道征信", "12",
     "缺陷修复及小版本升级", "免费", "5×8（工作日9:00-17:30）", "4", "提供", "写入合同", "22.000", "完整源码，可二次开发",
     "风控模型要另加钱"],
    ["4", "晋城泽州网络科技有限公司", "12,8", "含税",
     "个人征信（百行征信）、风控模型（规则引擎）、反欺诈、还款管理、风控审批、用户管理",
     "已取得，备案证明14050043003-23009", "AES-256", "是", "角色权限", "3", "百行征信", "6", "仅修复缺陷", "按次收费", "5×8", "次日",
     "不提供", "写入合同", "按次收费，每次5000元", "完整源码", "太便宜了，心里没底"],
    ["5", "临汾尧都信息技术有限公司", "21,5", "不含税（增值税6 %另计）",
     "个人征信（人行二代征信、百行征信）、风控模型（决策引擎）、反欺诈模型、还款计划及提醒、风控审批、用户管理、营销插件",
     "已取得，备案证明14100243010-24004", "国密SM4（身份证号、手机号、银行卡号）", "是（TLS1.2）", "RBAC", "12",
     "中国人民银行征信中心、朴道征信", "12", "缺陷修复及小版本升级", "一般调整免费，重大监管政策调整另行报价", "7×24", "2", "提供",
     "写入合同", "30.000", "完整源码，无加密", "要加6 %的税"],
    ["6", "运城盐湖数据服务有限公司", "不参与报价"] + ["—"] * 17 + ["11-27电话：项目排满，本次不报价"],
]


def build_zw01():
    name = "zw_01_pc_fenhao_douhao_xiaoshu_bom.csv"
    width = len(ZW01_HEAD)
    pad = lambda row: row + [""] * (width - len(row))  # noqa: E731
    rows = [pad(["太原汾河融通小额贷款有限公司 个人信用贷系统源码询价比较表（风险管理部 吴思远，2025-12-03）"]),
            pad(["导出说明：本表用德语区域设置的Excel另存为CSV（UTF-8）：字段之间用分号“;”隔开；小数点显示为逗号（22,8 = 22.8）；"
                 "千位分隔符是点（26.000 = 26000）。金额单位见表头。我司只做太原本地个人信用贷，没有跨境业务，预算18–25万。"]),
            pad([]),
            ZW01_HEAD]
    for row in ZW01_ROWS:
        assert len(row) == width, row[1]
        rows.append(row)
    rows += [pad(["", "平均（报价5家）", "19,3"]),
             pad([]),
             pad(["吴思远意见：大同云冈价格实惠，送区块链存证、智能客服机器人、元宇宙营销三个模块，终身维护，建议优先谈；太原迎泽材料最全，作为备选；"
                  "晋城泽州太便宜；运城盐湖不报价。"])]
    write_csv_semicolon(name, rows, "utf-8-sig")

    top = good("太原迎泽数科有限公司", 228000,
               "row 1: '22,8' under 报价（万元） with the note's decimal comma = 22.8万 = 228,000, '含税（13%专票）', inside 18–25万; 个人征信 "
               "(人行二代 + 百行), 风控模型 (评分卡＋决策引擎), 反欺诈模型, 还款计划及逾期提醒, 风控审批流, 用户管理, 会员体系 (deferrable), no "
               "bloat; 等保三级 备案证明14010543012-24007; SM4 on ID/mobile/bank card; HTTPS '是（TLS1.2）'; RBAC; '12' under 日志保存（月） = "
               "12 months; 人行 + 百行; '12' under 免费维护（月） with '缺陷修复及小版本升级'; 政策适配 '免费'; 7×24; '1,5' under 响应（小时） = "
               "1.5 h; 终身咨询 提供; 全部写入合同; '26.000' under 元/年 with the note's thousands point = 26,000; 完整源码 无加密.",
               PC + ["anti_fraud", "membership"] + CORE, response_hours=1.5, annual_fee_after_warranty_cny=26000,
               source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor="大同云冈云贷科技有限公司", gate="unverified", price=198000,
             why="row 2: '19,8' 万元 '含税' = 198,000 inside 18–25万 (no price flag); '按等保三级要求设计，可协助贵司测评' (claimed: "
                 "unverified); '国密算法' (which? claimed); '长期保存' under 日志保存（月） (claimed, no figure); '支持对接各类征信机构' (no "
                 "body: claimed); '终身' under 免费维护（月） (the lifetime boast: claimed); HTTPS '是' and '7×24' stated; '完善的权限体系', "
                 "'全面维护', '积极配合监管', '第一时间', '终身免费', '可协商', '无（终身维护）' state nothing; 另赠送 区块链存证、智能客服机器人、"
                 "元宇宙营销 (bloat; no cross-border business anyway); '提供源码（风控引擎加密）' (partial). His 备注 and 意见 ('我倾向这家') "
                 "are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=PC + ["anti_fraud"] + CORE + ["blockchain_evidence", "ai_customer_service", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["no_anti_fraud", "source_licence_only"]),
        dict(vendor="长治上党软件有限公司", gate="pass", price=220000,
             why="row 3: '19,6' 万元 '含税' = 196,000, and in its module cell the must-have '风控模型为选配，另加2,4万元（含税），未含在19,6万内' "
                 "(decimal comma: 24,000, tax-inclusive; conditional, added): 196,000 + 24,000 = 220,000 inside 18–25万; 个人征信 (百行), "
                 "反欺诈规则, 还款计划, 风控审批, 用户管理; 备案证明14040043008-24011; SM4 (ID, mobile); HTTPS 是; 角色权限; logs 12; 百行 + "
                 "朴道; 12 months with 小版本升级; 政策 免费; '5×8（工作日9:00-17:30）' (no 7×24; the times are no figures); '4' under 响应"
                 "（小时） = 4 h; 终身咨询 提供; 写入合同; '22.000' = 22,000/yr; 完整源码.",
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
        dict(vendor="晋城泽州网络科技有限公司", gate="pass", price=128000,
             why="row 4: '12,8' 万元 '含税' = 128,000 (caution zone: cheaper is not better; never 128万, never 12 and 8); every must-have "
                 "listed with 反欺诈; 备案证明14050043003-23009 (stated: gate met); 'AES-256' (no SM4); HTTPS 是; 角色权限; '3' under 日志"
                 "保存（月） = 3 months (under 6); 百行; '6' under 免费维护（月） = 6 months, '仅修复缺陷' (no upgrades); 政策 '按次收费' "
                 "(charged); 5×8; 次日; 终身咨询 不提供; 写入合同; '按次收费，每次5000元' (per incident, no yearly fee); 完整源码.",
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
        dict(vendor="临汾尧都信息技术有限公司", gate="pass", price=227900,
             why="row 5: '21,5' 万元 with 计税 '不含税（增值税6 %另计）' — its own rate, typed with a space: 215,000 × 1.06 = 227,900 inside "
                 "18–25万; 个人征信 (人行二代 + 百行), 风控模型 (决策引擎), 反欺诈模型, 还款计划及提醒, 风控审批, 用户管理, 营销插件 (deferrable), "
                 "no bloat; 备案证明14100243010-24004; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 12; 人行 + 朴道; 12 months with "
                 "小版本升级; '一般调整免费，重大监管政策调整另行报价' (conditional: charged at the base price); 7×24; '2' = 2 h; 终身咨询 提供; "
                 "写入合同; '30.000' = 30,000/yr; 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", policy_adaptation_free="conditional",
                         response_hours="stated"),
             fin=PC + ["anti_fraud", "marketing_plugins"] + CORE, fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"] + _but(AFTER_BAD, "policy_adaptation_charged")),
    ]
    write_toml(
        "zw_01_pc_fenhao_douhao_xiaoshu_bom.toml",
        """Voice: 吴思远 of the 风险管理部 at 太原汾河融通小额贷款 (local personal credit only, no cross-border business, budget 18–25万),
  trained in Germany, his Excel still in the German locale, on 2025-12-03; the 备注（吴思远） column, the average row and his 意见
  line are his.
Layout: CSV, UTF-8 with BOM, CRLF, fields separated by SEMICOLONS — a title line, his 导出说明 line (分号分隔；小数点显示为逗号
  '22,8 = 22.8'；千位分隔符是点 '26.000 = 26000'；金额单位见表头), a blank line, a header of 21 fields with the units in the
  header (报价（万元）, 日志保存（月）, 免费维护（月）, 响应（小时）, 维保期满年费（元/年）), six vendor lines (the sixth '不参与报价' and
  dashes), an average line '平均（报价5家）;19,3', a blank line and his 意见 line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: ';' is the separator, so the ASCII commas inside fields are decimal marks, never field breaks; every bare figure takes its
  header's unit with the comma as the decimal point — '22,8' 万元 is 228,000 (not 228万 and not 22 and 8), '12,8' is 128,000 (caution
  zone), '1,5' 小时 is 1.5 h; the yuan column uses the point between thousands — '26.000' is 26,000, not 26 元; 长治上党's must-have
  风控模型 is an option '另加2,4万元（含税）' inside its module cell: 196,000 + 24,000 = 220,000 (conditional, added); 临汾尧都
  '不含税（增值税6 %另计）' is taxed at its own 6 %: 215,000 × 1.06 = 227,900; 大同云冈 (his pick, 19,8万) only claims (按等保三级
  要求设计, 国密算法, 各类征信机构, 长期保存, 终身: unverified), gives away 区块链存证 + 智能客服机器人 + 元宇宙营销 (bloat) and encrypts
  its risk engine (partial); the average line is a statistic, no vendor; 运城盐湖 did not quote (not listed); '9:00-17:30',
  '5000元', '11-27' and the filing numbers are no prices.""",
        "personal_credit", [name], "太原迎泽数科有限公司",
        "太原迎泽 proves every gate (备案证明14010543012-24007, SM4 on ID/mobile/bank card, HTTPS TLS1.2, RBAC, 12-month logs, 人行 + 百行), "
        "has every must-have plus 反欺诈模型 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 1.5 "
        "hours, lifetime consulting, all in the contract, full unencrypted source — at 228,000 含税 inside 18–25万 (3 years 228,000 + "
        "2 × 26,000 = 280,000). 长治上党 is 220,000 only with its risk-model option and offers 5×8/4h; 临汾尧都 is 227,900 含税 "
        "(不含税 6 %) and charges major policy changes; the writer's pick 大同云冈 (198,000) proves nothing (unverified), pads with three "
        "bloat modules and encrypts its risk engine; 晋城泽州 is 128,000 in the caution zone with AES, 3-month logs and 6 months "
        "bug-only; 运城盐湖 did not quote.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zw_02  商户经营性贷 — 南通崇川惠商小额贷款's 财务部 顾敏 lays the quotes side by side, ONE COLUMN PER VENDOR, copying each
#        报价单's number and date into the first row and its price as the two lines the vendors print: 软件费 and 服务费. She
#        never adds them up on the sheet; her note says the price is the two rows together. 顾敏备注 and 初步意见 are hers.
# ---------------------------------------------------------------------------------------------
ZW02_ITEMS = ["报价单编号/日期", "软件费（源码授权）", "服务费（部署实施、培训）", "计税", "选配模块及价格（未含在上面费用内）", "功能模块",
              "等保三级", "敏感数据加密", "传输加密", "权限管理", "日志保存期", "征信接口", "免费维护期及范围", "监管政策适配",
              "技术支持及响应", "终身技术咨询", "承诺写入合同", "维保期满后年费", "源码交付", "顾敏备注"]
ZW02_VENDORS = [
    ("南通崇川数科有限公司",
     ["NTCC-BJ-20251118-07 / 2025-11-18", "23.6万元", "4.2万元（部署实施2.8万＋培训1.4万）", "含税（13%专票）", "无",
      "企业征信（人行企业征信、百行征信）、银行流水分析、电子合同（CA电子签章）、风控审批流、还款计划及逾期提醒、用户管理、数据分析大屏",
      "已取得，备案证明32060243018-24006", "国密SM4（法人身份证号、手机号、对公账号）", "全站HTTPS（TLS1.2）", "RBAC角色权限",
      "12个月，异常操作可追溯", "中国人民银行征信中心、百行征信", "免费维护12个月，含缺陷修复及小版本升级", "监管政策调整免费适配",
      "7×24小时，2小时内响应（指定专属工程师）", "提供", "以上售后承诺全部写入合同", "2.8万元/年", "完整源码，无加密，可二次开发",
      "去他们公司看过演示"]),
    ("无锡梁溪云贷科技有限公司",
     ["LX2025-1120 / 2025-11-20", "22.8万元", "含在软件费内", "含税", "无",
      "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理；另赠送区块链存证、智能客服机器人、海外支付通道",
      "满足等保三级要求，测评材料签约后提供", "国密算法，银行级加密", "HTTPS", "完善的权限体系", "日志长期保存", "支持对接主流征信机构",
      "终身免费维护", "积极配合监管要求", "7×24小时服务，第一时间响应", "终身免费", "可协商", "无（终身维护）",
      "提供源码（核心风控引擎加密）", "服务费都不收，还送三个模块，终身维护，倾向这家"]),
    ("常州天宁软件有限公司",
     ["CZTN-Q-1121 / 2025-11-21", "21.5万元", "3.5万元", "含税", "电子合同模块2.6万元（不含税）",
      "企业征信（百行征信）、银行流水分析、风控审批、还款计划、用户管理", "已取得，备案证明32040243007-24015",
      "SM4（法人身份证号、手机号）", "HTTPS", "角色权限", "12个月", "百行征信、朴道征信", "免费维护12个月，仅修复缺陷，小版本升级另计",
      "监管政策调整免费", "7×24小时，2小时内响应", "提供", "写入合同", "2.5万元/年", "完整源码，可二次开发", "电子合同要另买"]),
    ("扬州广陵网络科技有限公司",
     ["YZGL-1119 / 2025-11-19", "8.8万元", "1.5万元", "含税", "无",
      "企业征信（百行征信）、银行流水分析、电子合同、风控审批、还款管理、用户管理", "已取得，备案证明32100043006-23014", "AES",
      "HTTPS", "角色权限", "3个月", "百行征信", "免费维护6个月，仅修复缺陷", "按次收费", "5×8（工作日），次日响应", "不提供", "写入合同",
      "按次收费，每次4000元", "仅授权使用，授权绑定服务器", "软件费不到10万，加上服务费是10.3万"]),
    ("镇江京口信息技术有限公司",
     ["ZJJK-BJ-2025-063 / 2025-11-24", "24.0万元", "2.5万元", "以上均为不含税价，增值税13%另计", "无",
      "企业征信（人行企业征信、百行征信）、银行流水分析、电子合同（在线签约）、风控审批、还款计划、用户管理、API开放平台",
      "已取得，备案证明32110243004-24009", "国密SM4（身份证号、手机号、对公账号）", "HTTPS（TLS1.2）", "RBAC", "12个月",
      "中国人民银行征信中心、朴道征信", "免费维护12个月，含缺陷修复及小版本升级", "监管政策调整免费", "7×24小时，4小时内响应", "不提供",
      "写入合同", "3.0万元/年", "完整源码，无加密", "不含税，要加13%"]),
    ("泰州海陵数据服务有限公司",
     ["—", "11-20回函：项目排期已满，本次不参与报价"] + ["—"] * 17 + ["已退出"]),
]


def build_zw02():
    name = "zw_02_ml_ruanjianfei_fuwufei_liangxing.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "报价对比"
    ncol = 1 + len(ZW02_VENDORS)
    widths(ws, [24] + [32] * len(ZW02_VENDORS))
    _text(ws, 1, 1, ncol, "南通崇川惠商小额贷款有限公司　商户经营贷系统源码报价对比", font=TITLE, height=24)
    _text(ws, 2, 1, ncol,
          "财务部 顾敏，2025-11-26。我司做南通本地小微商户经营贷，没有跨境业务，预算25–35万。各家报价单都把价格分成“软件费”和“服务费”两行，"
          "我照抄在下面，没有另算合计：比较时每家的报价＝软件费＋服务费（两行相加）。其他各行按报价单原文摘录，最后一行是我的备注。", height=46)
    put_row(ws, 3, ["项目"] + [v for v, _ in ZW02_VENDORS], font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[3].height = 32
    for i, label in enumerate(ZW02_ITEMS):
        r = 4 + i
        row = [label] + [cells[i] for _, cells in ZW02_VENDORS]
        put_row(ws, r, _cells(row))
        ws.cell(row=r, column=1).font = BOLD
        ws.cell(row=r, column=1).fill = GREY
        if label.startswith(("软件费", "服务费")):
            for c in range(2, ncol + 1):
                ws.cell(row=r, column=c).fill = YELLOW
        ws.row_dimensions[r].height = 48 if label in ("功能模块", "免费维护期及范围") else 30
    for _, cells in ZW02_VENDORS:
        assert len(cells) == len(ZW02_ITEMS)
    r = 4 + len(ZW02_ITEMS) + 1
    _text(ws, r, 1, ncol,
          "初步意见（顾敏）：无锡梁溪服务费全免、还送区块链存证、智能客服机器人、海外支付通道三个模块，终身维护，倾向无锡梁溪；南通崇川作为备选。"
          "扬州广陵太便宜。泰州海陵已退出。", font=BOLD, height=34)
    _text(ws, r + 1, 1, ncol, "注：黄色两行相加为各家报价；“选配模块”一行的价格未含在软件费、服务费内。", height=18)
    ws.freeze_panes = "B4"
    _save(wb, name)

    top = good("南通崇川数科有限公司", 278000,
               "column B: 软件费 '23.6万元' + 服务费 '4.2万元（部署实施2.8万＋培训1.4万）' (the bracket is the 4.2万's own breakdown, 2.8 + 1.4 "
               "= 4.2, never added again) = 236,000 + 42,000 = 278,000, '含税（13%专票）', inside 25–35万; the first row 'NTCC-BJ-20251118-07 "
               "/ 2025-11-18' is a quote number and date, no amount; 企业征信 (人行企业征信 + 百行), 银行流水分析, 电子合同 (CA电子签章), 风控审批流, "
               "还款计划及逾期提醒, 用户管理, 数据分析大屏 (deferrable), no bloat; 备案证明32060243018-24006; SM4 on 法人身份证号/mobile/对公账号; "
               "HTTPS TLS1.2; RBAC; logs 12个月 with tracing; 人行 + 百行; 12个月 with 小版本升级; 政策免费; 7×24, 2小时内 named engineer; "
               "终身咨询 提供; 全部写入合同; 2.8万元/年 = 28,000; 完整源码 无加密.",
               ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=28000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="无锡梁溪云贷科技有限公司", gate="unverified", price=228000,
             why="column C: 软件费 '22.8万元' + 服务费 '含在软件费内' (nothing more) = 228,000 '含税' (below the 25–35万 band, above 15万: no "
                 "price flag); '满足等保三级要求，测评材料签约后提供' (claimed, proof only after signing: unverified); '国密算法，银行级加密' (which? "
                 "claimed); '日志长期保存' (claimed); '支持对接主流征信机构' (no body: claimed); '终身免费维护' (claimed); HTTPS and '7×24小时服务' "
                 "stated; '完善的权限体系', '积极配合监管要求', '第一时间响应', '终身免费', '可协商', '无（终身维护）' state nothing; 另赠送 "
                 "区块链存证、智能客服机器人、海外支付通道 (bloat; the lender has no cross-border business); '提供源码（核心风控引擎加密）' "
                 "(partial). Her 备注 and 初步意见 ('倾向无锡梁溪') are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence", "ai_customer_service", "overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="常州天宁软件有限公司", gate="pass", price=279380,
             why="column D: 软件费 '21.5万元' + 服务费 '3.5万元' = 250,000 '含税'; its module list lacks 电子合同, offered in 选配 as '电子合同"
                 "模块2.6万元（不含税）' — a must-have option (conditional, added with 13% VAT beside a tax-inclusive price): 250,000 + 26,000 × "
                 "1.13 = 250,000 + 29,380 = 279,380 inside 25–35万; 企业征信 (百行), 银行流水分析, 风控审批, 还款计划, 用户管理; 备案证明"
                 "32040243007-24015; SM4 (法人身份证号, mobile); HTTPS; 角色权限; logs 12个月; 百行 + 朴道; 12个月 but '仅修复缺陷，小版本升级另计' "
                 "(conditional); 政策免费; 7×24, 2小时内; 终身咨询 提供; 写入合同; 2.5万元/年 = 25,000; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "maintenance_excludes_upgrades")),
        dict(vendor="扬州广陵网络科技有限公司", gate="pass", price=103000,
             why="column E: 软件费 '8.8万元' + 服务费 '1.5万元' = 88,000 + 15,000 = 103,000 '含税' — the 软件费 alone is under 10万 but the "
                 "price is the two rows together: caution zone (price_below_15w), not under 10万; every must-have listed; 备案证明32100043006-"
                 "23014 (stated); 'AES' (no SM4); HTTPS; 角色权限; logs 3个月 (under 6); 百行; '免费维护6个月，仅修复缺陷' (6 months, no "
                 "upgrades); 政策 按次收费 (charged); '5×8（工作日），次日响应' (no 7×24); 终身咨询 不提供; 写入合同; '按次收费，每次4000元' "
                 "(per incident, no yearly fee); '仅授权使用，授权绑定服务器' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_tls",
                   "no_access_control", "no_licensed_credit_bureau", "not_in_contract", "bloat_features", "source_partial"]),
        dict(vendor="镇江京口信息技术有限公司", gate="pass", price=299450,
             why="column F: 软件费 '24.0万元' + 服务费 '2.5万元' = 265,000 with 计税 '以上均为不含税价，增值税13%另计': 265,000 × 1.13 = 299,450 "
                 "inside 25–35万; 企业征信 (人行企业征信 + 百行), 银行流水分析, 电子合同 (在线签约), 风控审批, 还款计划, 用户管理, API开放平台 "
                 "(deferrable), no bloat; 备案证明32110243004-24009; SM4 on ID/mobile/对公账号; HTTPS TLS1.2; RBAC; logs 12个月; 人行 + 朴道; "
                 "12个月 with 小版本升级; 政策免费; '7×24小时，4小时内响应' (7×24, 4 h); 终身咨询 不提供; 写入合同; 3.0万元/年 = 30,000; 完整源码 "
                 "无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", response_hours="stated", lifetime_consulting="stated"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT,
             flin=["response_over_2h", "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "response_over_2h", "no_lifetime_consulting")),
    ]
    write_toml(
        "zw_02_ml_ruanjianfei_fuwufei_liangxing.toml",
        """Voice: 顾敏 of the 财务部 at 南通崇川惠商小额贷款 (local small-business operating loans, no cross-border business, budget
  25–35万) on 2025-11-26; the 顾敏备注 row, her 初步意见 line and the 注 are hers.
Layout: sheet 报价对比 — title, her note row (每家报价＝软件费＋服务费，两行相加；没有另算合计), a header 项目 | six vendor names (ONE
  COLUMN PER VENDOR), then 20 item rows: the first '报价单编号/日期' ('NTCC-BJ-20251118-07 / 2025-11-18'), the price split over
  '软件费（源码授权）' and '服务费（部署实施、培训）' (both filled yellow), 计税, 选配模块及价格（未含在上面费用内）, 功能模块, the
  compliance and after-sales rows in the vendors' words and her 顾敏备注 row; the sixth column is a withdrawal letter and dashes;
  her 初步意见 and a 注 under the table. Frozen at B4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: each vendor's price is 软件费 + 服务费 (line items summed; there is no 合计) — 南通崇川 236,000 + 42,000 = 278,000, its
  服务费's bracket '部署实施2.8万＋培训1.4万' being the 4.2万's own breakdown, not more money; 无锡梁溪's 服务费 '含在软件费内' adds
  nothing (228,000); 扬州广陵's 软件费 8.8万 is under 10万 but its price 103,000 is not (caution zone, no under-10万 gate); the first
  row's quote numbers and dates ('20251118', '2025-11-18', '1120', '063') are no amounts; 常州天宁's must-have 电子合同 is a '2.6万元
  （不含税）' option beside a 含税 price: 250,000 + 26,000 × 1.13 = 279,380 (conditional, added); 镇江京口 '以上均为不含税价，增值税
  13%另计' covers both rows: 265,000 × 1.13 = 299,450; 无锡梁溪 (her pick) only claims (满足等保三级要求/材料签约后提供, 国密算法,
  主流征信机构, 长期保存, 终身免费维护: unverified), gives away 区块链存证 + 智能客服机器人 + 海外支付通道 (bloat) and encrypts its core
  risk engine (partial); 泰州海陵 withdrew (not listed); '4000元' and the filing numbers are no prices.""",
        "merchant_loan", [name], "南通崇川数科有限公司",
        "南通崇川 proves every gate (备案证明32060243018-24006, SM4 on ID/mobile/对公账号, HTTPS TLS1.2, RBAC, 12-month logs, 人行 + 百行), "
        "has every must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named "
        "engineer, lifetime consulting, all in the contract, full unencrypted source — at 236,000 + 42,000 = 278,000 含税 inside "
        "25–35万 (3 years 278,000 + 2 × 28,000 = 334,000). 常州天宁 is 279,380 含税 only with its e-contract option and charges "
        "upgrades; 镇江京口 is 299,450 含税 (不含税 13%), answers in 4 hours and gives no lifetime consulting; the writer's pick 无锡梁溪 "
        "(228,000) proves nothing (unverified), pads with three bloat modules and encrypts its risk engine; 扬州广陵 is 103,000 in the "
        "caution zone with AES, 3-month logs, 6 months bug-only and a server-bound licence; 泰州海陵 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zw_03  消费分期 — 绵阳游仙安分小额贷款's 产品部 何雨桐 sends each vendor a list of questions, each with the answer she needs in
#        brackets, and types their replies into one sheet: vendors as rows, the questions as headers. The vendors answer with
#        '✓ + number', '✓ + fields', a bare ✓ or ✗, or their own words. Her 备注 and 小结 are hers.
# ---------------------------------------------------------------------------------------------
ZW03_QS = ["报价多少？（请写含税总价，单位万元）",
           "是否包含商品管理、分期计算器、订单跟踪？（需全部包含；选配的请写明价格）",
           "其他功能模块有哪些？（请列明）",
           "是否取得等保三级？（需提供备案证明编号）",
           "敏感字段是否用国密SM4加密？（需写明加密字段）",
           "是否全站HTTPS？（是/否）",
           "是否有角色权限管理？（是/否）",
           "操作日志保存多久？（需≥6个月）",
           "对接哪家持牌征信机构？（需写明机构名称）",
           "免费维护期多长？是否含小版本升级？（需≥12个月且含升级）",
           "监管政策调整是否免费适配？（需免费）",
           "是否7×24小时支持？多久响应？（需7×24、≤2小时）",
           "是否提供终身技术咨询？（是/否）",
           "以上售后承诺是否写入合同？（需写入）",
           "维保期满后年费多少？（请写金额）",
           "源码是否完整交付、无加密？（需完整、无加密）"]
ZW03_HEAD = ["序号", "供应商"] + ZW03_QS + ["何雨桐备注"]
ZW03_ROWS = [
    ["1", "绵阳涪城数科有限公司", "26.8（含税，13%专票）", "✓ 商品管理、分期计算器、订单跟踪", "还款计划及逾期提醒、风控审批流、用户管理、积分商城",
     "✓ 51070343015-24008", "✓ 身份证号、手机号、银行卡号", "✓ TLS1.2", "✓ RBAC", "✓ 12个月，异常操作可追溯", "百行征信、朴道征信",
     "✓ 12个月，含小版本升级", "✓", "✓ 7×24，1小时内响应", "✓", "✓ 全部写入合同", "2.6万元/年", "✓", "演示很顺"],
    ["2", "成都锦江云分科技有限公司", "19.9（含税）", "✓ 全部包含",
     "积分商城、社交分享、还款管理、风控审批、用户管理；另免费赠送智能客服机器人、区块链存证、元宇宙营销",
     "✓ 系统按等保三级要求设计，测评报告签约后提供", "✓ 国密算法", "✓", "✓ 完善的权限体系", "✓ 长期保存", "支持对接各大征信机构",
     "✓ 终身免费维护", "积极配合监管要求", "✓ 7×24小时，第一时间响应", "终身免费", "可协商", "无（终身维护）",
     "✓ 提供源码（风控引擎部分加密）", "价格低，功能最多，还送三个模块，倾向这家"],
    ["3", "德阳旌阳软件有限公司", "23.2（含税）", "商品管理 ✓、分期计算器 ✓；订单跟踪为选配，另加2.2万元（不含税）",
     "还款计划、风控审批、用户管理", "✓ 51060043009-24012", "✓ 身份证号、手机号", "✓", "✓ 角色权限", "✓ 12个月", "百行征信",
     "✓ 12个月，含小版本升级", "✓", "✓ 7×24，4小时内响应", "✓", "✓", "2.2万元/年", "✓ 完整源码，可二次开发", "订单跟踪要另加钱"],
    ["4", "南充顺庆网络科技有限公司", "8.6", "✓", "还款管理、风控审批、用户管理", "✗ 目前是二级", "✗ AES加密", "✓", "✓", "3个月",
     "百行征信", "3个月，只修bug", "✗ 按次收费", "✗ 工作日9点到18点，次日响应", "✗", "✗ 不写入合同", "按次收费",
     "✗ 只给安装包和授权码", "便宜得离谱"],
    ["5", "宜宾翠屏信息技术有限公司", "22.5（不含税，增值税13%另计）", "✓ 商品管理、分期计算器、订单跟踪",
     "还款计划及提醒、风控审批、用户管理、社交分享", "✓ 51150243011-24003", "✓ 身份证号、手机号、银行卡号", "✓ TLS1.2", "✓ RBAC",
     "✓ 6个月", "中国人民银行征信中心、百行征信", "✓ 12个月，含小版本升级", "小调整免费，重大监管政策调整另行报价", "✓ 7×24，2小时内响应",
     "✓", "✓ 写入合同", "按合同额12%/年", "✓ 完整源码，无加密", "报的是不含税价，要加13%"],
    ["6", "泸州江阳数据服务有限公司", "—（11-22回复：不参与本次报价）"] + ["—"] * 15 + ["已退出"],
]


def build_zw03():
    name = "zw_03_ci_wenti_biaotou_kuohao_yaoqiu.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "答复汇总"
    ncol = len(ZW03_HEAD)
    widths(ws, [5, 26, 18, 26, 30, 24, 22, 12, 16, 18, 22, 20, 22, 22, 12, 16, 16, 22, 22])
    _text(ws, 1, 1, ncol, "绵阳游仙安分小额贷款有限公司　消费分期系统源码询价——供应商答复汇总", font=TITLE, height=24)
    _text(ws, 2, 1, ncol,
          "产品部 何雨桐，2025-11-28。我司做手机、电动车消费分期，没有跨境业务，预算20–30万。11月18日把下面16个问题发给6家，每题括号里是我们的要求；"
          "各家回复照录（对方习惯打✓/✗再补一句，原样保留）。最右一列是我的备注。", height=40)
    put_row(ws, 3, ZW03_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[3].height = 64
    r = 4
    for row in ZW03_ROWS:
        assert len(row) == ncol, row[1]
        put_row(ws, r, _cells(row))
        ws.cell(row=r, column=ncol).fill = YELLOW
        ws.row_dimensions[r].height = 52 if row[0] != "6" else 20
        r += 1
    r += 1
    _text(ws, r, 1, ncol,
          "何雨桐小结：成都锦江价格低、功能最多（积分商城、社交分享都有，还送智能客服机器人、区块链存证、元宇宙营销），终身维护，倾向成都锦江；"
          "绵阳涪城每题都按要求给了编号和字段，作为备选；南充顺庆太便宜；泸州江阳不报价。", font=BOLD, height=34)
    ws.freeze_panes = "C4"
    for c in range(3, ncol):
        ws.cell(row=3, column=c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    _save(wb, name)

    top = good("绵阳涪城数科有限公司", 268000,
               "row 1: '26.8（含税，13%专票）' under '报价多少？（请写含税总价，单位万元）' = 268,000 inside 20–30万; '✓ 商品管理、分期计算器、订单"
               "跟踪' plus 还款计划及逾期提醒, 风控审批流, 用户管理, 积分商城 (deferrable), no bloat; '✓ 51070343015-24008' under the question "
               "asking for the filing number = 等保三级 with its number (stated); '✓ 身份证号、手机号、银行卡号' under the SM4 question = SM4 on "
               "those fields; HTTPS ✓ TLS1.2; ✓ RBAC; ✓ 12个月 with tracing; 百行 + 朴道; ✓ 12个月 含小版本升级; a bare ✓ to '监管政策调整是否"
               "免费适配？' = free; '✓ 7×24，1小时内响应' = 1 h; a bare ✓ to 终身技术咨询 = provided; ✓ 全部写入合同; 2.6万元/年 = 26,000; a "
               "bare ✓ to '源码是否完整交付、无加密？' = full, unencrypted. The brackets are her requirements, never the vendor's answers.",
               CI + CORE + ["repayment_management", "points_mall"], response_hours=1, annual_fee_after_warranty_cny=26000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="成都锦江云分科技有限公司", gate="unverified", price=199000,
             why="row 2: '19.9（含税）' = 199,000 (just under the 20–30万 band, above 15万: no price flag); '✓ 全部包含' to the must-have "
                 "question = all three; 积分商城, 社交分享 (deferrable), 还款管理, 风控审批, 用户管理, and 免费赠送 智能客服机器人、区块链存证、"
                 "元宇宙营销 (bloat); the ✓ marks do not turn its words into proof: '✓ 系统按等保三级要求设计，测评报告签约后提供' (claimed: "
                 "unverified), '✓ 国密算法' (no SM4 named: claimed), '✓ 长期保存' (no period: claimed), '支持对接各大征信机构' (no body: "
                 "claimed), '✓ 终身免费维护' (claimed); HTTPS ✓ and '✓ 7×24小时' stated; '积极配合监管要求', '第一时间响应', '终身免费', '可协商', "
                 "'无（终身维护）' state nothing; '✓ 提供源码（风控引擎部分加密）' is partial whatever the ✓. Her 备注 and 小结 ('倾向成都锦江') "
                 "are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=CI + CORE + ["repayment_management", "points_mall", "social_sharing", "ai_customer_service",
                              "blockchain_evidence", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="德阳旌阳软件有限公司", gate="pass", price=256860,
             why="row 3: '23.2（含税）' = 232,000, and '商品管理 ✓、分期计算器 ✓；订单跟踪为选配，另加2.2万元（不含税）' — the must-have order "
                 "tracking is an option (conditional, added with 13% VAT beside a tax-inclusive price): 232,000 + 22,000 × 1.13 = 232,000 + "
                 "24,860 = 256,860 inside 20–30万; 还款计划, 风控审批, 用户管理; '✓ 51060043009-24012' (filing number: stated); '✓ 身份证号、"
                 "手机号' = SM4 on those fields; HTTPS ✓; ✓ 角色权限; ✓ 12个月; 百行; ✓ 12个月 含小版本升级; ✓ policy free; '✓ 7×24，4小时内"
                 "响应' (7×24, 4 h); ✓ consulting; ✓ contract; 2.2万元/年 = 22,000; ✓ 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "response_over_2h")),
        dict(vendor="南充顺庆网络科技有限公司", gate="fail", price=86000,
             why="row 4: a bare '8.6' under the header's 单位万元 = 86,000 (under 10万: do not buy); a bare ✓ to '是否包含商品管理、分期计算器、"
                 "订单跟踪？' = all three, with 还款管理, 风控审批, 用户管理; '✗ 目前是二级' (level 2 held: a stated no, fail); '✗ AES加密' (no "
                 "SM4); HTTPS ✓; 权限 ✓; '3个月' logs (under 6; the bracket's '≥6个月' is her requirement); 百行; '3个月，只修bug' (3 months, no "
                 "upgrades); '✗ 按次收费' (policy charged); '✗ 工作日9点到18点，次日响应' (no 7×24); ✗ consulting; '✗ 不写入合同'; '按次收费' (no "
                 "yearly amount); '✗ 只给安装包和授权码' (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only"],
             flex=["price_below_15w", "price_missing", "price_over_budget", "missing_must_have", "no_tls", "no_access_control",
                   "no_licensed_credit_bureau", "bloat_features", "source_partial"]),
        dict(vendor="宜宾翠屏信息技术有限公司", gate="pass", price=254250,
             why="row 5: '22.5（不含税，增值税13%另计）' under a header asking for the 含税 total — the vendor's words decide: 225,000 × 1.13 = "
                 "254,250 inside 20–30万; '✓ 商品管理、分期计算器、订单跟踪' plus 还款计划及提醒, 风控审批, 用户管理, 社交分享 (deferrable), no bloat; "
                 "'✓ 51150243011-24003' (stated); '✓ 身份证号、手机号、银行卡号' = SM4; HTTPS ✓ TLS1.2; ✓ RBAC; ✓ 6个月 (not under 6); 人行 + 百行; "
                 "✓ 12个月 含小版本升级; '小调整免费，重大监管政策调整另行报价' (no ✓: conditional, charged at the base price); '✓ 7×24，2小时内"
                 "响应' = 2 h; ✓ consulting; ✓ 写入合同; '按合同额12%/年' (a share, no amount asserted); ✓ 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         policy_adaptation_free="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "social_sharing"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "policy_adaptation_charged")),
    ]
    write_toml(
        "zw_03_ci_wenti_biaotou_kuohao_yaoqiu.toml",
        """Voice: 何雨桐 of the 产品部 at 绵阳游仙安分小额贷款 (phone and e-bike instalments, no cross-border business, budget 20–30万)
  on 2025-11-28; the 何雨桐备注 column and her 小结 line are hers, and so is every bracket in the header.
Layout: sheet 答复汇总 — title, her note row (16 questions sent on 11-18, each bracket holding her requirement, the replies typed in
  as received), a header 序号 | 供应商 | 16 QUESTIONS, each with the expected answer in brackets ('报价多少？（请写含税总价，单位万元）',
  '是否取得等保三级？（需提供备案证明编号）', '操作日志保存多久？（需≥6个月）' …) | 何雨桐备注, six vendor rows answering with '✓ + number'
  ('✓ 51070343015-24008'), '✓ + fields' ('✓ 身份证号、手机号、银行卡号'), a bare '✓' or '✗', '✗ + words' or plain words; the sixth
  row a decline and dashes; her 小结 under the table. Frozen at C4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the header's brackets are the buyer's requirements, never a vendor's value ('≥6个月', '≤2小时', '≥12个月' are no answers);
  a question's own words say what a bare mark answers — a bare ✓ to '源码是否完整交付、无加密？' is full source, to '监管政策调整是否
  免费适配？' free, to '是否包含商品管理、分期计算器、订单跟踪？' all three (南充顺庆), '✓ + number' under the filing question is the
  filing (stated), '✓ + fields' under the SM4 question is SM4 on them; but a mark never outweighs the words beside it — '✓ 系统按等保
  三级要求设计，测评报告签约后提供' is a claim, '✓ 国密算法' names no SM4, '✓ 提供源码（风控引擎部分加密）' is partial, '✗ 目前是二级'
  fails; 宜宾翠屏's '22.5（不含税，增值税13%另计）' under a header asking for the 含税 total is 225,000 × 1.13 = 254,250; 德阳旌阳's
  must-have 订单跟踪 is a '2.2万元（不含税）' option: 232,000 + 22,000 × 1.13 = 256,860 (conditional, added); 南充顺庆's bare '8.6'
  takes the header's 万元: 86,000 (under 10万: fail); 成都锦江 (her pick, 19.9万) only claims, gives away 智能客服机器人 + 区块链存证 +
  元宇宙营销 (bloat) and encrypts its risk engine (unverified); 泸州江阳 declined (not listed); '11-22', '9点到18点', '12%/年' and
  the filing numbers are no prices.""",
        "consumer_installment", [name], "绵阳涪城数科有限公司",
        "绵阳涪城 proves every gate (备案证明51070343015-24008, SM4 on ID/mobile/bank card, HTTPS TLS1.2, RBAC, 12-month logs, 百行 + 朴道), "
        "has all three instalment must-haves with no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 1 "
        "hour, lifetime consulting, all in the contract, full unencrypted source — at 268,000 含税 inside 20–30万 (3 years 268,000 + "
        "2 × 26,000 = 320,000). 德阳旌阳 is 256,860 含税 only with its order-tracking option and answers in 4 hours; 宜宾翠屏 is "
        "254,250 含税 (不含税 13%) and charges major policy changes; the writer's pick 成都锦江 (199,000) proves nothing (unverified), "
        "pads with three bloat modules and encrypts its risk engine; 南充顺庆 is 86,000 with only 等保二级 (fail); 泸州江阳 declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zw01, build_zw02, build_zw03):
        build()
    print("built zw_01 … zw_03 into", HERE)
