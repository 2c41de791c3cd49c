"""Build the "zs" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: an online collection sheet (腾讯文档) that each vendor filled in on its own row, exported to Excel with the
template's example row still first under the header ('示例：XX科技有限公司（此行为填写示例，勿删）', with example values that look like a
perfect quote at 20万), the vendors' own free-text answers giving periods and times in words ('一年半', '两年', '半年', '三个月',
'半小时内', '一个工作日内') and a 填写人及电话 column (zs_01); a CSV (UTF-8 with BOM) of a '差异项对照表': a 共同项 block at the top
whose single row '五家相同' holds what every vendor answered alike (HTTPS, RBAC, 终身技术咨询, 报价有效期, 交付周期), a line saying every
item missing from the table below is as in that row, then only the differing items as rows with the vendors as columns (zs_02); one
sheet holding the comparison twice transposed: part 一 with the vendors as rows (price, modules, security), part 二 — typed by a
colleague — with the after-sales items as rows and the vendors as columns under SHORT names in another order (zs_03). The expected
reading of every file is in the matching zs_0N_*.toml, written from the file's content and shared/domain.md only; the author neither
ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zs.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zs_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

# a vendor that only boasts must not be failed, priced out or marked down on what it never stated
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]


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


def _but(flags, *drop):
    return [f for f in flags if f not in drop]


# ---------------------------------------------------------------------------------------------
# zs_01  个人信用贷 — 长沙岳麓湘信小额贷款's 信息科技部 刘思远 shares an online sheet (腾讯文档) and asks each vendor to fill in one row;
#        the template's example row '示例：XX科技有限公司（此行为填写示例，勿删）' stays first under the header, filled with example
#        values of a perfect quote. The vendors answer in their own words, periods and times in words ('一年半', '两年', '半年',
#        '半小时内', '一个工作日内'). The 我方备注 column and his 初步意见 line are his; the declined vendor's row is his too.
# ---------------------------------------------------------------------------------------------
ZS01_HEAD = ["序号", "供应商全称", "填写人及电话", "报价（请注明含税/不含税）", "报价内功能模块", "选配模块及价格（未含在报价内的）",
             "等保三级（请写备案证明编号）", "敏感数据加密", "传输加密", "权限管理", "操作日志保存期限", "征信接口（对接哪家机构）",
             "免费维护期", "维护范围", "监管政策调整适配", "技术支持时间", "故障响应时间", "终身技术咨询", "是否写入合同", "维保期满后年费",
             "源码交付方式", "我方备注（湘信填写）"]
ZS01_EXAMPLE = ["例", "示例：XX科技有限公司（此行为填写示例，勿删）", "张三 138XXXXXXXX", "20万（含税，13%专票）",
                "个人征信（百行征信）、风控模型、反欺诈、还款管理、风控审批、用户管理", "无", "已取得，备案证明编号43XXXXXXXXX-XXXXX",
                "SM4（身份证号、手机号）", "HTTPS", "RBAC角色权限", "12个月", "百行征信", "12个月", "缺陷修复及小版本升级", "免费", "7×24",
                "2小时内", "提供", "是", "2万元/年", "完整源码，无加密", ""]
ZS01_ROWS = [
    ["1", "长沙天心数智科技有限公司", "王建军 13907318826", "21.6万元（含税，增值税6%专票）",
     "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及还款提醒、风控审批流、用户管理", "无",
     "已取得，备案证明编号43010443008-24012", "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC角色权限", "一年",
     "中国人民银行征信中心、百行征信", "一年半", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24小时", "半小时内响应（指定工程师）",
     "提供", "以上全部写入合同", "2.4万元/年", "完整源码，无加密，可二次开发", "材料齐全，维护期最长"],
    ["2", "株洲荷塘云贷网络科技有限公司", "李娜 18673320517", "17.8万（含税）",
     "个人征信、智能风控、反欺诈、还款管理、风控审批、用户管理、智能客服机器人（赠送）、区块链存证（赠送）", "无，两个增值模块免费送",
     "满足等保三级要求，可协助贵司通过测评", "国密算法", "HTTPS", "完善的权限体系", "长期保存", "支持对接征信", "终身维护", "全面维护",
     "积极配合", "7×24", "第一时间", "终身免费", "可协商", "无（终身维护）", "源码交付（风控引擎加密）",
     "便宜，终身维护，还送两个模块，销售很热情，倾向这家"],
    ["3", "湘潭雨湖融科信息技术有限公司", "周志强 0731-58236610", "19.6万（含税）",
     "个人征信（百行征信、朴道征信）、反欺诈规则、还款计划、风控审批、用户管理", "风控模型（评分卡）另加2.2万元（含税），未含在报价内",
     "已取得，备案证明43030243005-24006", "SM4（身份证号、手机号）", "HTTPS", "角色权限", "半年", "百行征信、朴道征信", "一年",
     "仅修复缺陷，不含版本升级", "监管政策调整免费", "5×8（工作日9:00-18:00）", "两小时内", "提供", "写入合同", "按合同额10%/年",
     "完整源码，可二次开发", "风控模型要另加钱"],
    ["4", "衡阳雁峰软件有限公司", "陈刚 15973481290", "12.8万（含税）",
     "个人征信（百行征信）、风控模型（规则引擎）、还款管理、风控审批、用户管理", "无", "已取得三级，备案证明43040543002-24001", "AES-128",
     "HTTPS", "角色权限", "三个月", "百行征信", "半年", "仅修复缺陷，不含升级", "按次收费", "5×8（工作日）", "一个工作日内", "不提供",
     "写入合同", "按次收费，3000元/次", "仅授权使用，授权绑定服务器，不提供源代码", "最便宜"],
    ["5", "常德武陵信息科技有限公司", "黄敏 13874266035", "23.8万（不含税，增值税13%另计）",
     "个人征信（人行二代征信、朴道征信）、风控模型（决策引擎+评分卡）、反欺诈模型、还款计划及提醒、风控审批、用户管理", "无",
     "已取得，证书编号43070043011-23018", "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC", "两年",
     "中国人民银行征信中心、朴道征信", "一年", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24", "一小时内", "提供", "全部写入合同",
     "2.6万元/年", "完整源码，无加密", "不含税，加上税就超预算了"],
    ["6", "益阳赫山信息技术有限公司", "", "本次不参与报价（11-25电话告知项目排期已满）", "", "", "", "", "", "", "", "", "", "", "", "",
     "", "", "", "", "", "已放弃（刘思远代填）"],
]


def build_zs01():
    name = "zs_01_pc_tianbao_shili_hang.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "报价信息收集"
    ncol = len(ZS01_HEAD)
    widths(ws, [5, 28, 18, 22, 44, 26, 26, 24, 14, 14, 12, 24, 10, 20, 18, 16, 18, 10, 14, 14, 26, 26])
    _text(ws, 1, 1, ncol, "长沙岳麓湘信小额贷款有限公司 个人信用贷系统源码 询价信息收集表（在线填写）", font=TITLE)
    _text(ws, 2, 1, ncol,
          "填写说明：1. 请各供应商在自己那一行填写，一家一行；表头下第一行是示例行，请勿修改或删除。2. 报价请注明含税/不含税，选配模块"
          "请写明价格。3. 等保请写备案证明编号。4. 最后一列“我方备注”由湘信填写，供应商请勿改动。（腾讯文档导出，创建人：刘思远，"
          "导出时间 2025-11-28 17:05）", height=44)
    put_row(ws, 3, ZS01_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[3].height = 42
    for c in range(1, ncol + 1):
        ws.cell(row=3, column=c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    assert len(ZS01_EXAMPLE) == ncol
    put_row(ws, 4, ZS01_EXAMPLE, font=Font(italic=True, color="808080"), fill=GREY)
    ws.row_dimensions[4].height = 48
    for i, row in enumerate(ZS01_ROWS, start=5):
        assert len(row) == ncol, row[1]
        put_row(ws, i, row)
        ws.cell(row=i, column=ncol).fill = YELLOW
        ws.row_dimensions[i].height = 64 if row[0] != "6" else 20
    r = 5 + len(ZS01_ROWS) + 1
    _text(ws, r, 1, ncol, "本公司只做个人信用贷（线上+门店），无跨境业务。本次预算18–25万。")
    _text(ws, r + 1, 1, ncol,
          "初步意见（刘思远）：株洲荷塘17.8万含税，价格合适（衡阳雁峰太便宜不考虑），终身维护，还免费送智能客服和区块链存证，建议优先谈；"
          "长沙天心作备选。益阳赫山已放弃。", font=BOLD, height=30)
    ws.freeze_panes = "C4"
    _save(wb, name)

    top = good("长沙天心数智科技有限公司", 216000,
               "'21.6万元（含税，增值税6%专票）' = 216,000 inside 18–25万 (the phone '13907318826' is no amount); 个人征信 (人行二代 + "
               "百行), 风控模型 (评分卡+规则引擎), 反欺诈模型, 还款计划及还款提醒, 风控审批流, 用户管理, no bloat, 选配 '无'; 等保三级 "
               "备案证明43010443008-24012; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs '一年' = 12个月; 人行 + 百行; free "
               "maintenance '一年半' = 18个月 with 小版本升级; 政策免费; 7×24; '半小时内响应（指定工程师）' = 0.5 h; 终身咨询 提供; "
               "全部写入合同; 2.4万元/年 = 24,000; 完整源码 无加密. The 我方备注 is the buyer's.",
               PC + ["anti_fraud"] + CORE, free_maintenance_months=18, audit_log_months=12, response_hours=0.5,
               annual_fee_after_warranty_cny=24000, source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    over = good("常德武陵信息科技有限公司", 268940,
                "'23.8万（不含税，增值税13%另计）': 238,000 × 1.13 = 268,940 — above the 18–25万 band (over budget; the buyer's own "
                "remark says so too); 个人征信 (人行二代 + 朴道), 风控模型 (决策引擎+评分卡), 反欺诈模型, 还款计划及提醒, 风控审批, 用户管理, "
                "no bloat; 等保三级证书43070043011-23018; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs '两年' = 24个月; 人行 + "
                "朴道; '一年' = 12个月 with 小版本升级; 政策免费; 7×24; '一小时内' = 1 h; 终身咨询 提供; 全部写入合同; 2.6万元/年 = "
                "26,000; 完整源码 无加密.",
                PC + ["anti_fraud"] + CORE, audit_log_months=24, response_hours=1, annual_fee_after_warranty_cny=26000,
                source_code_delivery="full")
    over["flin"] = ["price_over_budget"]
    over["flex"] = _but(ALL_BAD, "price_over_budget") + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor="株洲荷塘云贷网络科技有限公司", gate="unverified", price=178000,
             why="'17.8万（含税）' = 178,000 (below the 18–25万 band, above 15万); '满足等保三级要求，可协助贵司通过测评' (a claim — helping "
                 "the buyer pass is no proof: unverified); '国密算法' (which? claimed); '支持对接征信' (no body: claimed); 日志 '长期保存' "
                 "(claimed); '终身维护' (claimed); '完善的权限体系', '全面维护', '积极配合', '第一时间', '终身免费', '可协商', '无（终身维护）' "
                 "state nothing; HTTPS and 7×24 stated; 智能客服机器人 + 区块链存证 赠送 (bloat); '风控引擎加密' (partial). The 我方备注 "
                 "'倾向这家' and the 初步意见 are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX),
        dict(vendor="湘潭雨湖融科信息技术有限公司", gate="pass", price=218000,
             why="'19.6万（含税）' and, in its 选配 column, the must-have 风控模型 '另加2.2万元（含税），未含在报价内' (conditional, added): "
                 "196,000 + 22,000 = 218,000 inside 18–25万; 个人征信 (百行 + 朴道), 反欺诈规则, 还款计划, 风控审批, 用户管理; 等保三级 "
                 "备案证明43030243005-24006; SM4 (ID, mobile); HTTPS; 角色权限; logs '半年' = 6个月 (not under 6); 百行 + 朴道; '一年' = "
                 "12个月; '仅修复缺陷，不含版本升级' (conditional); 政策免费; 5×8; '两小时内' = 2 h; 终身咨询 提供; 写入合同; '按合同额"
                 "10%/年' (no amount asserted); 完整源码. The phone '0731-58236610' is no amount.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=False, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "no_7x24"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "no_licensed_credit_bureau", "maintenance_under_12m", "policy_adaptation_charged", "response_over_2h",
                            "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial", "source_licence_only",
                            "no_anti_fraud"]),
        dict(vendor="衡阳雁峰软件有限公司", gate="pass", price=128000,
             why="'12.8万（含税）' = 128,000 (caution zone: cheaper is not better); 个人征信 (百行), 风控模型 (规则引擎), 还款管理, 风控审批, "
                 "用户管理 — no anti-fraud in its stated list; 等保三级 备案证明43040543002-24001 (stated); 'AES-128' (no SM4); HTTPS; "
                 "角色权限; logs '三个月' = 3 (under 6); 百行; free maintenance '半年' = 6个月; '仅修复缺陷，不含升级' (conditional); 政策 "
                 "'按次收费' (charged); 5×8; '一个工作日内' (over 2 h, figure not asserted); 终身咨询 不提供; 写入合同; '按次收费，3000元/次' "
                 "(per incident, no yearly fee); '仅授权使用，授权绑定服务器，不提供源代码' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional"),
             fin=PC + CORE, fex=BLOAT + ["anti_fraud"],
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only",
                   "no_anti_fraud"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "not_in_contract", "bloat_features", "source_partial"]),
        over,
    ]
    write_toml(
        "zs_01_pc_tianbao_shili_hang.toml",
        """Voice: 刘思远 of the 信息科技部 at 长沙岳麓湘信小额贷款 (personal credit online and in branches, no cross-border business,
  budget 18–25万) shared an online sheet (腾讯文档) in which each vendor typed its own row; exported 2025-11-28. The vendor rows are
  the vendors' own words; the 我方备注 column, the declined vendor's row and the 初步意见 line are his.
Layout: sheet 报价信息收集 — title, a 填写说明 row (one row per vendor; the first row under the header is the template's example,
  not to be changed or deleted; the last column is the buyer's), header 序号 | 供应商全称 | 填写人及电话 | 报价（请注明含税/不含税） |
  报价内功能模块 | 选配模块及价格（未含在报价内的） | 等保三级（请写备案证明编号） | 敏感数据加密 | 传输加密 | 权限管理 | 操作日志保存期限 |
  征信接口（对接哪家机构） | 免费维护期 | 维护范围 | 监管政策调整适配 | 技术支持时间 | 故障响应时间 | 终身技术咨询 | 是否写入合同 |
  维保期满后年费 | 源码交付方式 | 我方备注（湘信填写）; a grey italic example row '例 | 示例：XX科技有限公司（此行为填写示例，勿删） |
  张三 138XXXXXXXX | 20万（含税，13%专票） | …' holding a perfect-looking example quote; six vendor rows (the sixth not taking
  part); a scope/budget line and his 初步意见 line. Frozen at C4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the example row is no vendor and its 20万 / 12个月 / 7×24 / '43XXXXXXXXX-XXXXX' are nobody's (it would otherwise look like a
  cheap, perfect, passing quote); periods and times are written in words — '一年半' = 18 months (长沙天心's free maintenance), '一年' =
  12, '两年' = 24 (常德武陵's logs), '半年' = 6 (湘潭雨湖's logs, 衡阳雁峰's maintenance), '三个月' = 3, '半小时内' = 0.5 h, '一小时内'
  = 1 h, '两小时内' = 2 h, '一个工作日内' over 2 h; phone numbers in 填写人及电话 are no amounts; 湘潭雨湖's must-have 风控模型 is an
  option '另加2.2万元（含税）' (196,000 + 22,000 = 218,000, conditional, added) with bug-only maintenance and 5×8; 常德武陵 238,000
  不含税 13% = 268,940 is over the band (pass, but over budget); 衡阳雁峰 128,000 (caution zone) with AES, 3-month logs, 6 months,
  no anti-fraud and a server-bound licence; 株洲荷塘 (his pick, 17.8万) only claims (满足等保三级要求 + 协助测评, 国密算法, 支持对接征信,
  长期保存, 终身维护: unverified), with 智能客服机器人 + 区块链存证 赠送 (bloat) and an encrypted risk engine (partial); 益阳赫山 did
  not take part (not listed); '10%/年', '3000元/次' and the budget line are no prices.""",
        "personal_credit", [name], "长沙天心数智科技有限公司",
        "长沙天心 proves every gate (备案证明43010443008-24012, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has "
        "every must-have plus 反欺诈模型 and no bloat, and gives 18 months ('一年半') with upgrades, free policy adaptation, 7×24 within "
        "half an hour by a named engineer, lifetime consulting, all in the contract, full unencrypted source — at 216,000 含税 inside "
        "18–25万 (3 years: 216,000 + 1.5 × 24,000 = 252,000, the first 18 months free). 常德武陵 is as good on paper but 268,940 含税, "
        "over budget; 湘潭雨湖 is 218,000 with its risk-model option, bug-only maintenance and 5×8; the buyer's pick 株洲荷塘 (178,000) "
        "proves nothing (unverified), pads with bloat and encrypts its risk engine; 衡阳雁峰 is 128,000 in the caution zone without SM4, "
        "anti-fraud or source code; the example row is no vendor; 益阳赫山 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zs_02  商户经营性贷 — 南宁青秀桂商小额贷款's 业务发展部 韦婷 writes a '差异项对照表' for the leadership and saves it as CSV (UTF-8 with
#        BOM): part 一 '共同项' is one header row and one row '五家相同' with what all five quoting vendors answered alike; a line says
#        every item missing from part 二 is as in that row; part 二 lists only the differing items, one row each, the vendors as
#        columns (the sixth, who gave up, a column of '—'). The 我的看法（韦婷） row and her closing lines are hers.
# ---------------------------------------------------------------------------------------------
ZS02_V = ["南宁良庆智贷科技有限公司", "柳州城中融易网络科技有限公司", "桂林秀峰汇通软件有限公司", "梧州万秀数科有限公司",
          "玉林玉州信息技术有限公司", "北海海城科技有限公司"]
ZS02_COMMON_HEAD = ["项目", "传输加密", "权限管理", "终身技术咨询", "报价有效期", "交付周期", "现场培训"]
ZS02_COMMON_ROW = ["五家相同", "HTTPS（TLS1.2）", "RBAC角色权限", "提供", "90天", "合同签订后60个工作日", "上线前3天"]
ZS02_DIFF = [
    ["报价", "29.6万", "24.6万", "25.8万", "9.2万", "27.2万", "已书面放弃（11-20邮件）"],
    ["计税", "含税（6%专票）", "含税", "不含税，增值税13%另计", "含税（3%普票）", "含税（6%专票）", "—"],
    ["功能模块",
     "企业征信（人行企业征信、百行征信）、银行流水分析、电子合同（CA签章）、风控审批、还款计划及提醒、用户管理",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、跨境支付通道（赠送）、区块链存证（赠送）、智能客服机器人（赠送）",
     "企业征信（百行征信）、银行流水分析、风控审批、还款管理、用户管理、API开放平台",
     "企业征信（百行征信）、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "企业征信（人行企业征信、朴道征信）、银行流水分析、电子合同、风控审批、还款计划、用户管理、数据大屏", "—"],
    ["选配及价格", "无", "无（三个增值模块免费赠送）", "电子合同模块另加1.8万元（不含税），未含在报价内", "无", "无", "—"],
    ["等保三级", "已取得，备案证明45010843012-24007", "按等保三级标准建设，测评时全力配合", "已取得，证书编号45030043006-23015",
     "已取得，备案证明45040043003-24002", "三级测评中，预计2026年2月取得备案证明", "—"],
    ["数据加密", "国密SM4（法人身份证号、手机号、对公账号）", "国密算法", "SM4（身份证号、手机号）", "AES-256",
     "国密SM4（身份证号、手机号、对公账号）", "—"],
    ["操作日志保存", "12个月", "长期保存", "6个月", "3个月", "12个月", "—"],
    ["征信接口", "中国人民银行征信中心、百行征信", "支持对接征信", "百行征信、朴道征信", "百行征信", "中国人民银行征信中心、朴道征信", "—"],
    ["免费维护期", "12个月", "终身维护", "12个月", "3个月", "12个月", "—"],
    ["维护范围", "缺陷修复及小版本升级", "全面维护", "缺陷修复，版本升级另计", "仅修复缺陷", "缺陷修复及小版本升级", "—"],
    ["监管政策适配", "监管政策调整免费适配", "积极配合", "一般调整免费，重大政策调整另行报价", "按次收费", "监管政策调整免费适配", "—"],
    ["技术支持", "7×24", "7×24", "7×24", "5×8（工作日）", "7×24", "—"],
    ["响应时间", "2小时内（指定工程师）", "第一时间", "4小时", "次日", "2小时内", "—"],
    ["承诺写入合同", "全部写入合同", "可协商", "写入合同", "不写入合同（以报价单为准）", "全部写入合同", "—"],
    ["维保期满年费", "2.8万元/年", "无（终身维护）", "按合同额12%/年", "按次收费，5000元/次", "2.5万元/年", "—"],
    ["源码交付", "完整源码，无加密，可二次开发", "源码交付（风控核心引擎加密）", "完整源码", "仅授权使用（授权绑定域名）",
     "完整源码，无加密", "—"],
    ["我的看法（韦婷）", "材料最全，就是最贵", "预算内，终身维护，送三个模块，倾向", "不含税，电子合同还要另加", "太便宜了，不放心",
     "等保证书还没拿到", "放弃"],
]


def build_zs02():
    name = "zs_02_ml_chayixiang_gongtong_bom.csv"
    rows = [["南宁青秀桂商小额贷款有限公司 商户经营贷系统源码比选——差异项对照表"],
            ["编制：业务发展部 韦婷　2025-12-04。五家有效报价的书面答复已逐项核对：各家答复完全一样的项目放在“一、共同项”，只写一遍；"
             "“二、差异项”只列各家不一样的项目。下表没有列出的项目，各家均与“五家相同”那一行一致。"],
            [],
            ["一、共同项（五家书面答复相同）"],
            ZS02_COMMON_HEAD,
            ZS02_COMMON_ROW,
            [],
            ["二、差异项（只列不同的项目）"],
            ["差异项"] + ZS02_V]
    for row in ZS02_DIFF:
        assert len(row) == len(ZS02_V) + 1, row[0]
        rows.append(row)
    rows.append([])
    rows.append(["注：本公司只做南宁本地商户经营贷，无跨境业务；预算25–35万。"])
    rows.append(["我的看法（韦婷）：柳州城中报价24.6万在预算内，承诺终身维护，还送跨境支付、区块链存证、智能客服三个模块，性价比最高，"
                 "建议优先谈；南宁良庆材料最全但价格最高，作备选。北海海城已书面放弃。"])
    write_csv(name, rows, "utf-8-sig")

    vendors = [
        good("南宁良庆智贷科技有限公司", 296000,
             "差异项 '29.6万' '含税（6%专票）' = 296,000 inside 25–35万; 企业征信 (人行企业征信 + 百行), 银行流水分析, 电子合同 (CA签章), "
             "风控审批, 还款计划及提醒, 用户管理, no bloat; 等保三级 备案证明45010843012-24007; SM4 on 法人身份证号/mobile/对公账号; "
             "HTTPS TLS1.2, RBAC and 终身技术咨询 提供 from the '五家相同' row (every item not in part 二 is as there); logs 12个月; 人行 + "
             "百行; 12个月 with 小版本升级; 政策免费; 7×24; 2小时 named engineer; 全部写入合同; 2.8万元/年 = 28,000; 完整源码 无加密. "
             "'90天' (validity), '60个工作日' (delivery) and '3天' (training) are no terms of the score.",
             ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=28000,
             source_code_delivery="full"),
        dict(vendor="柳州城中融易网络科技有限公司", gate="unverified", price=246000,
             why="'24.6万' '含税' = 246,000 (below the 25–35万 band, above 15万); '按等保三级标准建设，测评时全力配合' (claimed: "
                 "unverified); '国密算法' (which? claimed); '支持对接征信' (no body: claimed); 日志 '长期保存' (claimed); '终身维护' (claimed); "
                 "'全面维护', '积极配合', '第一时间', '可协商', '无（终身维护）' state nothing; 7×24 stated; HTTPS, RBAC and 终身技术咨询 from "
                 "the common row (stated, like every vendor's); 跨境支付通道、区块链存证、智能客服机器人 赠送 (bloat; no cross-border "
                 "business); '风控核心引擎加密' (partial). The 我的看法 row ('倾向') and her closing line are the buyer's.",
             values=dict(tls=True, access_control=True, lifetime_consulting=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed", tls="stated",
                         access_control="stated", lifetime_consulting="stated"),
             fin=ML + ["overseas_payment", "blockchain_evidence", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["no_access_control", "no_lifetime_consulting"]),
        dict(vendor="桂林秀峰汇通软件有限公司", gate="pass", price=311880,
             why="'25.8万' '不含税，增值税13%另计' and the must-have 电子合同 '另加1.8万元（不含税），未含在报价内' (conditional, added): "
                 "(258,000 + 18,000) × 1.13 = 311,880 inside 25–35万; 企业征信 (百行), 银行流水分析, 风控审批, 还款管理, 用户管理, API开放平台 "
                 "(deferrable, no bloat); 等保三级证书45030043006-23015; SM4 (ID, mobile); HTTPS, RBAC, 终身咨询 from the common row; logs "
                 "6个月 (not under 6); 百行 + 朴道; 12个月; '缺陷修复，版本升级另计' (conditional); '一般调整免费，重大政策调整另行报价' "
                 "(conditional: charged); 7×24; 4小时; 写入合同; '按合同额12%/年' (no amount asserted); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=True, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional",
                         response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "no_licensed_credit_bureau", "maintenance_under_12m", "no_7x24", "no_lifetime_consulting",
                            "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="梧州万秀数科有限公司", gate="fail", price=92000,
             why="'9.2万' '含税（3%普票）' = 92,000 (under 10万: do not buy); all three must-haves + core; 等保三级 备案证明"
                 "45040043003-24002 (stated); 'AES-256' (no SM4); HTTPS, RBAC, 终身咨询 from the common row; logs 3个月 (under 6); 百行; "
                 "免费维护 3个月; '仅修复缺陷' (no upgrades); 政策 '按次收费' (charged); 5×8; 次日; '不写入合同（以报价单为准）' (no); "
                 "'按次收费，5000元/次' (per incident, no yearly fee); '仅授权使用（授权绑定域名）' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=True,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_10w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "not_in_contract", "source_licence_only"],
             flex=["price_below_15w", "price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_tls",
                   "no_access_control", "no_lifetime_consulting", "bloat_features", "source_partial"]),
        dict(vendor="玉林玉州信息技术有限公司", gate="unverified", price=272000,
             why="'27.2万' '含税（6%专票）' = 272,000 inside 25–35万; 等保 '三级测评中，预计2026年2月取得备案证明' (in progress: unverified, "
                 "never fail — no worse than a blank); everything else stated and good: 企业征信 (人行企业征信 + 朴道), 银行流水分析, 电子合同, "
                 "风控审批, 还款计划, 用户管理, 数据大屏 (deferrable), SM4 on ID/mobile/对公账号, HTTPS + RBAC + 终身咨询 (common row), "
                 "logs 12, 人行 + 朴道, 12个月 with 小版本升级, 政策免费, 7×24, 2小时, 全部写入合同, 2.5万元/年 = 25,000, 完整源码 无加密. "
                 "'等保证书还没拿到' is the buyer's.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=2, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flex=NOGATE + ["price_below_15w", "price_over_budget", "conditional"] + AFTER_BAD),
    ]
    write_toml(
        "zs_02_ml_chayixiang_gongtong_bom.toml",
        """Voice: 韦婷 of the 业务发展部 at 南宁青秀桂商小额贷款 (local merchant operating loans, no cross-border business, budget 25–35万)
  writes a differences-only comparison for the leadership on 2025-12-04 and saves it as CSV; the 我的看法（韦婷） row and her closing
  lines are hers.
Layout: CSV, UTF-8 with BOM, CRLF — title line; her note (the written answers were checked item by item; what all five answered
  alike is written once in part 一; part 二 lists only the differing items; every item not in part 二 is as in the '五家相同' row);
  '一、共同项（五家书面答复相同）'; a header 项目 | 传输加密 | 权限管理 | 终身技术咨询 | 报价有效期 | 交付周期 | 现场培训 over ONE row
  '五家相同 | HTTPS（TLS1.2） | RBAC角色权限 | 提供 | 90天 | 合同签订后60个工作日 | 上线前3天'; '二、差异项（只列不同的项目）'; a
  header 差异项 | six vendors' full names, then one row per differing item (报价, 计税, 功能模块, 选配及价格, 等保三级, 数据加密,
  操作日志保存, 征信接口, 免费维护期, 维护范围, 监管政策适配, 技术支持, 响应时间, 承诺写入合同, 维保期满年费, 源码交付, 我的看法（韦婷）);
  the sixth vendor's column is '已书面放弃（11-20邮件）' then '—'; a scope/budget line and her view.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: '五家相同' is no vendor — it is every quoting vendor's HTTPS, RBAC and lifetime consulting (stated, at that row's cells), so
  no vendor lacks TLS, access control or consulting; its '90天', '60个工作日' and '3天' are validity, delivery and training (no price,
  no months, no response time); the vendors are the columns of part 二 and its items are rows; 桂林秀峰 258,000 不含税 13% plus its
  must-have 电子合同 as a 18,000 不含税 option = 311,880 (conditional, added) with '版本升级另计' and '重大政策调整另行报价'
  (conditional), 4 h; 梧州万秀 92,000 (under 10万: fail) with AES, 3-month logs, 3 months, 不写入合同 and a domain-bound licence;
  玉林玉州 is good but '三级测评中' (unverified, never fail); 柳州城中 (her pick, 24.6万 '预算内') only claims (按等保三级标准建设,
  国密算法, 支持对接征信, 长期保存, 终身维护: unverified), with 跨境支付通道 + 区块链存证 + 智能客服机器人 赠送 (bloat) and an
  encrypted risk engine (partial); 北海海城 gave up (not listed); '12%/年', '5000元/次', 3% / 6% / 13% are no prices.""",
        "merchant_loan", [name], "南宁良庆智贷科技有限公司",
        "南宁良庆 proves every gate (备案证明45010843012-24007, SM4 on ID/mobile/对公账号, HTTPS and RBAC from the common row, 12-month "
        "logs, 人行 + 百行), has every must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 "
        "hours by a named engineer, lifetime consulting, all in the contract, full unencrypted source — at 296,000 含税 inside 25–35万 "
        "(3 years 296,000 + 2 × 28,000 = 352,000). 桂林秀峰 is 311,880 含税 once its e-contract option and 13% VAT are counted, with "
        "upgrades and major policy changes charged; 玉林玉州 is good but its level-3 assessment is still under way (unverified); the "
        "buyer's pick 柳州城中 (246,000) proves nothing (unverified), pads with three bloat modules and encrypts its risk engine; "
        "梧州万秀 is 92,000 (under 10万: fail); 北海海城 gave up.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zs_03  消费分期 — 郑州二七惠民小额贷款's 消费金融事业部 高静 puts the comparison on one sheet twice transposed: part 一 one row per
#        vendor (price, modules, security — her 备注 column beside), part 二 the after-sales terms typed by 客服部 王磊 from the draft
#        contracts, items as rows and the vendors as columns under SHORT names in another order, the withdrawn vendor left out; a
#        客服部意见 row under part 二 and her 结论 line are the buyer's.
# ---------------------------------------------------------------------------------------------
ZS03_HEAD1 = ["序号", "供应商", "报价", "计税", "报价内功能模块", "选配模块及价格", "等保三级", "数据加密", "传输加密", "权限管理",
              "日志保存", "征信接口", "源码交付", "备注（高静）"]
ZS03_ROWS1 = [
    ["1", "洛阳西工智分科技有限公司", "24.8万", "含税（13%专票）",
     "商品管理、分期计算器（等额本息/等额本金/先息后本）、订单跟踪、还款计划及提醒、风控审批、用户管理", "无",
     "已取得，备案证明41030343010-24005", "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC角色权限", "12个月",
     "百行征信、朴道征信", "完整源码，无加密，可二次开发", "中规中矩"],
    ["2", "开封龙亭易购网络科技有限公司", "16.9万", "含税",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理、元宇宙营销展厅（赠送）、智能客服机器人（赠送）", "无",
     "已通过等保测评", "国密算法加密", "HTTPS", "完善的权限管理", "长期保存", "可对接各大征信", "源码交付（分期定价引擎加密）",
     "除许昌魏都外最便宜，还送元宇宙展厅，销售很专业"],
    ["3", "新乡红旗分期软件有限公司", "21.2万", "含税（增值税13%专票）",
     "商品管理、分期计算器、还款管理、风控审批、用户管理、积分商城", "订单跟踪模块另加2.6万元（不含税）",
     "已取得，证书编号41070243004-23016", "SM4（身份证号、手机号）", "HTTPS", "角色权限", "6个月", "百行征信", "完整源码，可二次开发",
     "订单跟踪要另加钱"],
    ["4", "许昌魏都快分信息技术有限公司", "13.8万", "含税",
     "商品管理、分期计算器、订单管理、还款管理、风控审批、用户管理", "无", "已取得三级，备案证明41100243001-24003", "AES-128", "HTTPS",
     "角色权限", "3个月", "百行征信", "完整源码", "便宜，但日志只存3个月"],
    ["5", "南阳卧龙数科有限公司", "21.5万", "不含税（增值税13%另计）",
     "商品管理、分期计算器、订单跟踪、还款计划、风控审批、用户管理、数据大屏", "无", "已取得，备案证明41130343007-24009",
     "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC", "12个月", "中国人民银行征信中心、百行征信", "完整源码，无加密",
     "报价不含税"],
    ["6", "平顶山新华信息技术有限公司", "已撤回（12-01书面函告退出）", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "已退出"],
]
ZS03_SHORT = ["卧龙数科", "西工智分", "龙亭易购", "魏都快分", "红旗分期"]
ZS03_ROWS2 = [
    ["免费维护期", "12个月", "12个月", "终身维护", "6个月", "12个月"],
    ["维护范围", "缺陷修复及小版本升级", "缺陷修复及小版本升级", "全面维护", "仅修复缺陷，不含升级", "仅修复缺陷，升级另计"],
    ["监管政策适配", "一般政策调整免费，重大监管政策调整另行报价", "监管政策调整免费适配", "积极配合", "按次收费", "监管政策调整免费适配"],
    ["技术支持时间", "5×8（工作日9:00-18:00）", "7×24小时", "7×24", "5×8", "5×8（工作日）"],
    ["响应时限", "4小时内", "2小时内到人", "第一时间", "次日", "4小时"],
    ["终身技术咨询", "提供", "提供", "终身免费", "不提供", "提供"],
    ["承诺写入合同", "全部写入合同", "全部写入合同", "可协商", "写入合同", "写入合同"],
    ["维保期满年费", "2.2万元/年", "2.5万元/年", "无（终身维护）", "按次收费，5000元/次", "按合同额15%/年"],
]
ZS03_OPINION = ["客服部意见（王磊）", "工作日才有人", "条款最完整", "合同条款要再谈", "售后太弱", "升级要另收钱"]


def build_zs03():
    name = "zs_03_ci_shangxia_liangkuai_zhuanzhi.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "比选汇总"
    ncol = len(ZS03_HEAD1)
    widths(ws, [18, 28, 22, 24, 44, 30, 30, 30, 16, 16, 10, 26, 28, 28])
    _text(ws, 1, 1, ncol, "郑州二七惠民小额贷款有限公司 消费分期系统源码 比选汇总表", font=TITLE)
    _text(ws, 2, 1, ncol,
          "整理：消费金融事业部 高静　2025-12-05。我们做家电、手机分期，无跨境业务，预算20–30万。第一部分每家一行（报价、功能、安全）；"
          "第二部分售后条款是客服部王磊按各家合同草稿整理的，项目在左、每家一列，列头用的简称。", height=36)
    _text(ws, 4, 1, ncol, "一、报价、功能与安全（每家一行）", font=BOLD, fill=GREEN)
    put_row(ws, 5, ZS03_HEAD1, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[5].height = 28
    r = 6
    for row in ZS03_ROWS1:
        assert len(row) == ncol, row[1]
        put_row(ws, r, row)
        ws.cell(row=r, column=ncol).fill = YELLOW
        ws.row_dimensions[r].height = 60 if row[0] != "6" else 20
        r += 1
    r += 1
    _text(ws, r, 1, 6, "二、售后服务条款（客服部 王磊 整理，项目在左、每家一列）", font=BOLD, fill=GREEN)
    r += 1
    put_row(ws, r, ["售后项目"] + ZS03_SHORT, font=BOLD, fill=BLUE, align=CENTER)
    r += 1
    for row in ZS03_ROWS2:
        assert len(row) == len(ZS03_SHORT) + 1, row[0]
        put_row(ws, r, row)
        ws.cell(row=r, column=1).font = BOLD
        ws.row_dimensions[r].height = 32
        r += 1
    put_row(ws, r, ZS03_OPINION, fill=YELLOW)
    r += 2
    _text(ws, r, 1, ncol,
          "结论（高静）：开封龙亭报价16.9万，除许昌魏都外最便宜，终身维护，还送元宇宙营销展厅和智能客服，建议首选；洛阳西工作备选。"
          "平顶山新华已撤回。请分管副总审阅。", font=BOLD, height=30)
    ws.freeze_panes = "C6"
    _save(wb, name)

    vendors = [
        good("洛阳西工智分科技有限公司", 248000,
             "part 一: '24.8万' '含税（13%专票）' = 248,000 inside 20–30万; 商品管理, 分期计算器, 订单跟踪, 还款计划及提醒, 风控审批, "
             "用户管理, no bloat, 选配 '无'; 等保三级 备案证明41030343010-24005; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs "
             "12个月; 百行 + 朴道; 完整源码 无加密. Part 二, column '西工智分' (the short name of this vendor only, second column there): "
             "12个月 with 小版本升级; 政策免费; 7×24小时; '2小时内到人' = 2 h; 终身咨询 提供; 全部写入合同; 2.5万元/年 = 25,000.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=25000,
             source_code_delivery="full"),
        dict(vendor="开封龙亭易购网络科技有限公司", gate="unverified", price=169000,
             why="part 一: '16.9万' '含税' = 169,000 (below the 20–30万 band, above 15万); '已通过等保测评' names no level and no filing "
                 "(claimed: unverified); '国密算法加密' (which? claimed); '可对接各大征信' (no body: claimed); '长期保存' (claimed); HTTPS "
                 "stated; '完善的权限管理' states nothing; 元宇宙营销展厅 + 智能客服机器人 赠送 (bloat); '分期定价引擎加密' (partial). Part "
                 "二, column '龙亭易购' (third there): '终身维护' (claimed); '全面维护', '积极配合', '第一时间', '终身免费', '可协商', '无（终身"
                 "维护）' state nothing; 7×24 stated. Her 备注 and 结论 ('建议首选') and the 客服部意见 are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=CI + ["metaverse_marketing", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX),
        dict(vendor="新乡红旗分期软件有限公司", gate="pass", price=241380,
             why="part 一: '21.2万' '含税（增值税13%专票）' lacks the must-have 订单跟踪, offered as '订单跟踪模块另加2.6万元（不含税）' "
                 "(conditional, added with the quote's own 13%): 212,000 + 26,000 × 1.13 = 212,000 + 29,380 = 241,380 inside 20–30万; "
                 "商品管理, 分期计算器, 还款管理, 风控审批, 用户管理, 积分商城 (deferrable, no bloat); 等保三级证书41070243004-23016; SM4 (ID, "
                 "mobile); HTTPS; 角色权限; logs 6个月 (not under 6); 百行; 完整源码. Part 二, column '红旗分期' (last there): 12个月 "
                 "'仅修复缺陷，升级另计' (conditional); 政策免费; 5×8; 4小时; 终身咨询 提供; 写入合同; '按合同额15%/年' (no amount asserted).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "no_licensed_credit_bureau", "maintenance_under_12m", "policy_adaptation_charged",
                            "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor="许昌魏都快分信息技术有限公司", gate="pass", price=138000,
             why="part 一: '13.8万' '含税' = 138,000 (caution zone: cheaper is not better); 商品管理, 分期计算器, 订单管理 (order "
                 "tracking), 还款管理, 风控审批, 用户管理; 等保三级 备案证明41100243001-24003 (stated); 'AES-128' (no SM4); HTTPS; 角色权限; "
                 "logs 3个月 (under 6); 百行; 完整源码. Part 二, column '魏都快分' (fourth there): 6个月; '仅修复缺陷，不含升级' "
                 "(conditional); '按次收费' (charged); 5×8; 次日; 不提供终身咨询; 写入合同; '按次收费，5000元/次' (per incident, no yearly "
                 "fee).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "not_in_contract", "bloat_features",
                            "source_partial", "source_licence_only"]),
        dict(vendor="南阳卧龙数科有限公司", gate="pass", price=242950,
             why="part 一: '21.5万' '不含税（增值税13%另计）': 215,000 × 1.13 = 242,950 inside 20–30万; 商品管理, 分期计算器, 订单跟踪, "
                 "还款计划, 风控审批, 用户管理, 数据大屏 (deferrable, no bloat); 等保三级 备案证明41130343007-24009; SM4 on ID/mobile/bank "
                 "card; HTTPS TLS1.2; RBAC; logs 12个月; 人行 + 百行; 完整源码 无加密. Part 二, column '卧龙数科' (FIRST there, although "
                 "fifth in part 一): 12个月 with 小版本升级; '一般政策调整免费，重大监管政策调整另行报价' (conditional: charged); 5×8; "
                 "'4小时内' = 4 h; 终身咨询 提供; 全部写入合同; 2.2万元/年 = 22,000.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                            "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
    ]
    write_toml(
        "zs_03_ci_shangxia_liangkuai_zhuanzhi.toml",
        """Voice: 高静 of the 消费金融事业部 at 郑州二七惠民小额贷款 (appliance and phone instalments, no cross-border business, budget
  20–30万) sums up on 2025-12-05 for the deputy GM; her 备注 column and 结论 line are hers, and the 客服部意见（王磊） row is 客服部's.
Layout: ONE sheet 比选汇总 holding the comparison in two orientations — title, her note row (part 一 one row per vendor; part 二
  typed by 客服部 王磊 from the draft contracts, items on the left, one column per vendor under short names); '一、报价、功能与安全
  （每家一行）' over header 序号 | 供应商 | 报价 | 计税 | 报价内功能模块 | 选配模块及价格 | 等保三级 | 数据加密 | 传输加密 | 权限管理 | 日志保存 |
  征信接口 | 源码交付 | 备注（高静） and six vendor rows (the sixth 已撤回); a blank row; '二、售后服务条款（…项目在左、每家一列）' over
  header 售后项目 | 卧龙数科 | 西工智分 | 龙亭易购 | 魏都快分 | 红旗分期 (short names, another order, the withdrawn vendor left out)
  and rows 免费维护期 | 维护范围 | 监管政策适配 | 技术支持时间 | 响应时限 | 终身技术咨询 | 承诺写入合同 | 维保期满年费, then a
  客服部意见（王磊） row; her 结论 line. Frozen at C6.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: every vendor's quote is split between a row of part 一 and a column of part 二 — joined by name, the short header being
  part of exactly one full name ('卧龙数科' ⊂ 南阳卧龙数科有限公司, '西工智分' ⊂ 洛阳西工智分科技有限公司, …), never by position
  (part 二's first column is 南阳卧龙, the fifth row of part 一); part 二's header row and its item labels are no vendors, and its
  short names are no extra vendors; 新乡红旗's must-have 订单跟踪 is an option '另加2.6万元（不含税）' beside a 含税 base: 212,000 +
  26,000 × 1.13 = 241,380 (conditional, added) with bug-only maintenance, 5×8/4h; 南阳卧龙 215,000 不含税 13% = 242,950 with major
  policy changes charged and 5×8/4h; 许昌魏都 138,000 (caution zone) with AES, 3-month logs, 6 months bug-only, 次日, no consulting;
  开封龙亭 (her pick, 16.9万) only claims (已通过等保测评 with no level, 国密算法, 各大征信, 长期保存, 终身维护: unverified), with
  元宇宙营销展厅 + 智能客服机器人 赠送 (bloat) and an encrypted pricing engine (partial); 平顶山新华 withdrew (not listed); '15%/年',
  '5000元/次' and 13% are no prices.""",
        "consumer_installment", [name], "洛阳西工智分科技有限公司",
        "洛阳西工 proves every gate (备案证明41030343010-24005, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 百行 + 朴道), has "
        "all three instalment must-haves and no bloat, and (part 二, '西工智分') gives 12 months with upgrades, free policy adaptation, "
        "7×24 within 2 hours, lifetime consulting, all in the contract, full unencrypted source — at 248,000 含税 inside 20–30万 (3 "
        "years 248,000 + 2 × 25,000 = 298,000). 新乡红旗 is 241,380 含税 only with its order-tracking option, bug-only and 5×8/4h; "
        "南阳卧龙 is 242,950 含税 with major policy changes charged and 5×8/4h; the buyer's pick 开封龙亭 (169,000) proves nothing "
        "(unverified), pads with two bloat modules and encrypts its pricing engine; 许昌魏都 is 138,000 in the caution zone without SM4 "
        "and with 3-month logs and 6 months bug-only; 平顶山新华 withdrew.",
        vendors)


if __name__ == "__main__":
    for build in (build_zs01, build_zs02, build_zs03):
        build()
    print("built zs_01 … zs_03 into", HERE)
