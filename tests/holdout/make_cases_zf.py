"""Build the "zf" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a workbook whose three sheets each hold one aspect of the same quotes in a DIFFERENT orientation —
商务 with vendors as rows, 技术 with vendors as columns, 售后 in long format 供应商 | 服务项目 | 承诺 — and in a different vendor order
on every sheet (zf_01); a 询价回执登记 where each vendor's price history is written inline in one cell ('原报价26万；11月20日书面改为
23.5万') and a price cut also changes the terms, GBK CSV (zf_02); a 评价表 where every vendor occupies a column pair (服务商答复 | 我方
评价★) under its merged name, with 一级指标 merged down over 二级指标 rows (zf_03). The expected reading of every file is in the
matching zf_0N_*.toml, written from the file's content and shared/domain.md only; the author neither ran the product on these
files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zf.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zf_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import LEFT, BLOAT, PC, ML, CI, CORE, NOGATE, _save, write_csv, write_toml, good  # noqa: E402

def _text(ws, r, ncol, text, *, font=None, height=None):
    c = ws.cell(row=r, column=1, value=text)
    c.alignment = LEFT
    c.font = font or Font()
    if ncol > 1:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# zf_01  商户经营性贷 — 晋城泽州商融小额贷款's 比价工作簿 in three sheets, each in its own orientation: 商务 (vendors as rows, line
#        items and a 合计), 技术 (indicators as rows, vendors as COLUMNS, in the order the technical replies came in), 售后 (long
#        format: one row per vendor × service item, in yet another order). Each sheet has the buyer's own opinion column or row.
# ---------------------------------------------------------------------------------------------
YC = "阳城析城数科有限公司"
QS = "沁水鹿台软件有限公司"
LC = "陵川王莽岭网络科技有限公司"
GP = "高平长平信息技术有限公司"
ZZ = "泽州珏山科技有限公司"
QY = "沁源灵空山软件有限公司"

ZF01_BIZ_HEAD = ["序号", "供应商", "状态", "报价日期", "软件授权费（元）", "实施部署费（元）", "其他费用（元）", "合计（元）", "计税方式",
                 "付款方式", "报价有效期", "商务组意见"]
ZF01_BIZ = [
    ["1", YC, "有效", "2025-11-17", 220000, 45000, "8000（培训费）", 273000, "含税（增值税专用发票，税率6%）", "3-4-2-1", "60天",
     "价格居中"],
    ["2", QS, "有效", "2025-11-18", 195000, "含在授权费内", "—", 195000, "不含税，增值税税率13%，专票另开", "5-4-1", "30天",
     "总价最低，建议优先谈判"],
    ["3", LC, "有效", "2025-11-19", "优惠价26.8万（原价32万）", "含", "含", 268000, "含税", "6-3-1", "本月签约有效",
     "功能最多，演示效果好"],
    ["4", GP, "有效", "2025-11-20", "面议", "面议", "—", "面议（需现场需求调研后出具书面报价）", "—", "—", "—",
     "销售口头说28万左右，已催书面报价"],
    ["5", ZZ, "有效", "2025-11-16", 80000, 16000, "—", 96000, "含税", "一次性付清", "90天", "太便宜，存疑"],
    ["6", QY, "已退出", "2025-11-14", "—", "—", "—", "—", "—", "—", "—", "11月14日书面函告不参与本次报价"],
]

ZF01_TECH_ORDER = [GP, YC, LC, ZZ, QS]  # the order the technical replies came in
ZF01_TECH_ROWS = ["企业征信", "银行流水分析", "电子合同", "风控审批", "还款管理", "用户管理", "其他模块", "等保", "敏感数据加密", "传输加密",
                  "权限管理", "日志审计", "征信接口", "源码交付", "技术组评价（我方）"]
ZF01_TECH = {
    GP: ["支持（人行企业征信）", "支持（流水OCR识别＋流水分析）", "支持（电子签章）", "支持", "支持", "支持", "—",
         "三级申请中（测评报告已出具，备案证明待公安机关核发，预计2026年1月）", "国密SM4（身份证号、手机号、对公账号）", "全站HTTPS", "RBAC",
         "保存12个月", "中国人民银行征信中心", "完整源码，无加密", "方案扎实，等证书"],
    YC: ["支持（人行企业信用报告、百行企业征信）", "支持（银行流水解析、经营流水分析）", "支持（CFCA电子签章）", "支持（多级审批流）",
         "支持（还款计划、到期提醒）", "支持", "数据分析大屏",
         "三级，备案证明编号14050243006-24011（2024年9月取得）", "国密SM4（身份证号、手机号、银行卡号、对公账号）", "全站HTTPS（TLS1.2）",
         "RBAC，按机构/岗位授权", "操作日志保存12个月，异常操作告警", "中国人民银行征信中心、百行征信", "完整源码交付，无加密，可二次开发",
         "最规范"],
    LC: ["支持", "支持（AI智能流水分析）", "支持", "支持", "支持", "支持", "区块链存证、元宇宙营销展厅、智能客服机器人（均赠送）",
         "按等保三级要求设计，上线后可协助客户通过测评", "采用国密算法", "HTTPS", "完善的权限体系", "长期保存", "支持对接各类征信机构",
         "交付源码（风控引擎、电子合同模块为加密组件）", "功能最全，演示效果好"],
    ZZ: ["支持", "不含（列入二期开发，另行报价）", "支持", "支持", "支持", "支持", "—", "二级（备案证明14052542003-22006）", "AES加密",
         "HTTPS", "管理员/操作员两级", "保存3个月", "百行征信", "完整源码", "等保只有二级"],
    QS: ["支持（百行企业征信）", "支持", "选配，+2.5万元（不含税）", "支持", "支持", "支持", "—", "三级，证书编号14052143002-23018",
         "国密SM4（身份证号、手机号）", "HTTPS", "角色权限", "保存6个月", "百行征信", "完整源码", "满足要求"],
}

ZF01_SVC_ORDER = [QS, ZZ, YC, LC, GP]
ZF01_SVC_ITEMS = ["免费维护期", "维护范围", "监管政策适配", "技术支持时段", "响应时效", "终身技术咨询", "是否写入合同", "过保年费"]
ZF01_SVC = {
    QS: [("12个月", ""), ("仅修复缺陷，不含版本升级", ""), ("重大监管政策调整另行报价", "一般调整免费"),
         ("5×8（工作日9:00-17:30）", ""), ("4小时", ""), ("不提供", ""), ("写入合同", ""), ("按合同额15%/年", "按19.5万算约2.9万/年")],
    ZZ: [("3个月", ""), ("仅故障修复", ""), ("另计", ""), ("工作日", ""), ("次日", ""), ("无", ""), ("否（按我方标准服务协议）", ""),
         ("5000元/次", "")],
    YC: [("12个月", ""), ("缺陷修复＋小版本升级", ""), ("监管政策调整免费适配", ""), ("7×24小时", ""), ("2小时内响应，指定专属工程师", ""),
         ("提供终身技术咨询", ""), ("以上全部写入合同", "已见合同草稿第9条"), ("2.6万元/年", "")],
    LC: [("终身免费维护", "销售口头承诺，报价函未写期限"), ("全面维护", ""), ("积极配合监管要求", ""), ("7×24小时", ""), ("快速响应", ""),
         ("有", ""), ("签约时商定", ""), ("面议", "")],
    GP: [("12个月", ""), ("缺陷修复＋小版本升级", ""), ("免费", ""), ("7×24小时", ""), ("1小时", ""), ("提供", ""), ("同意写入合同", ""),
         ("详见附件", "附件未收到")],
}


def build_zf01():
    name = "zf_01_ml_three_sheets_orient.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "商务"
    n = len(ZF01_BIZ_HEAD)
    widths(ws, [5, 28, 8, 12, 22, 14, 16, 24, 26, 10, 12, 30])
    _text(ws, 1, n, "晋城泽州商融小额贷款有限公司 经营贷系统源码采购 比价工作簿", font=TITLE)
    _text(ws, 2, n, "编制：信息科技部 赵婧　2025-11-27　共三页：“商务”（本页，每行一家）、“技术”（每列一家）、“售后”（每家逐项一行）。"
                    "我司只做商户经营性贷款，无跨境业务；预算30万元（含税）。“商务组意见”“技术组评价”“我方核实”均为我司内部意见。")
    put_row(ws, 3, ZF01_BIZ_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(ZF01_BIZ, start=4):
        put_row(ws, i, row)
        ws.cell(row=i, column=12).fill = YELLOW
        for c in (5, 6, 8):
            if isinstance(row[c - 1], int):
                ws.cell(row=i, column=c).number_format = "#,##0"
    r = 4 + len(ZF01_BIZ) + 1
    _text(ws, r, n, "商务组小结：泽州珏山9.6万元过低存疑，不考虑；其余合计最低为沁水鹿台（19.5万元）；建议首选沁水鹿台，备选阳城析城。", font=BOLD)
    ws.freeze_panes = "C4"

    ts = wb.create_sheet("技术")
    widths(ts, [6, 20] + [34] * len(ZF01_TECH_ORDER))
    nt = 2 + len(ZF01_TECH_ORDER)
    _text(ts, 1, nt, "技术响应对比（按技术响应文件收到先后排列；内容摘自各家技术响应文件）", font=TITLE)
    put_row(ts, 2, ["序号", "技术指标"] + ZF01_TECH_ORDER, font=BOLD, fill=GREY, align=CENTER)
    for i, item in enumerate(ZF01_TECH_ROWS):
        r = 3 + i
        put_row(ts, r, [str(i + 1), item] + [ZF01_TECH[v][i] for v in ZF01_TECH_ORDER],
                fill=YELLOW if item.endswith("（我方）") else None)
        ts.cell(row=r, column=2).font = BOLD
        ts.row_dimensions[r].height = 45
    ts.freeze_panes = "C3"

    ss = wb.create_sheet("售后")
    widths(ss, [6, 28, 16, 36, 30])
    _text(ss, 1, 5, "售后服务承诺逐项登记（“服务商承诺”摘自报价函原文，“我方核实”为信息科技部填写）", font=TITLE)
    put_row(ss, 2, ["序号", "供应商", "服务项目", "服务商承诺", "我方核实"], font=BOLD, fill=GREY, align=CENTER)
    r = 3
    k = 1
    for v in ZF01_SVC_ORDER:
        for item, (said, note) in zip(ZF01_SVC_ITEMS, ZF01_SVC[v]):
            put_row(ss, r, [str(k), v, item, said, note or None])
            if note:
                ss.cell(row=r, column=5).fill = YELLOW
            r += 1
            k += 1
    _text(ss, r + 1, 5, "注：沁源灵空山已于11月14日退出，未提交售后承诺。")
    ss.freeze_panes = "C3"
    _save(wb, name)

    vendors = [
        good(YC, 273000,
             "商务: 220,000 授权 + 45,000 实施 + 8,000 培训 = 合计 273,000, '含税（…税率6%）', inside 25–35万; 技术 (its column): 企业征信 "
             "(人行 + 百行), 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理, 数据分析大屏 (deferrable, no bloat); 等保三级备案证明"
             "14050243006-24011; SM4 on ID/mobile/bank card/对公账号; HTTPS TLS1.2; RBAC; 12个月 logs; 人行 + 百行; 完整源码 无加密; 售后 (its "
             "eight rows): 12 months with 小版本升级; 政策免费; 7×24; 2小时 named engineer; 终身咨询; 全部写入合同; 2.6万/年.",
             ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=26000,
             source_code_delivery="full"),
        dict(vendor=QS, gate="pass", price=248600,
             why="商务 合计 195,000 '不含税，增值税税率13%' and, on the 技术 sheet only, 电子合同 (must-have) '选配，+2.5万元（不含税）' "
                 "(conditional, added): (195,000 + 25,000) × 1.13 = 248,600 — not the 商务组's '19.5万 最低'; 等保三级证书14052143002-23018; SM4 "
                 "(ID, mobile); HTTPS; 角色权限; 6个月 logs (not under 6); 百行; 售后: 12 months '仅修复缺陷，不含版本升级'; '重大监管政策调整"
                 "另行报价'; 5×8; 4小时; 终身咨询 不提供; 写入合同; 15%/年 (the '约2.9万' is the buyer's note); 完整源码. The 商务组's pick.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "maintenance_under_12m", "audit_log_under_6m",
                            "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor=LC, gate="unverified", price=268000,
             why="商务 合计 268,000 含税 ('优惠价26.8万（原价32万）'); 技术: '按等保三级要求设计，上线后可协助客户通过测评' (claimed: unverified); "
                 "'采用国密算法' (which? claimed); '支持对接各类征信机构' (no body: claimed); '完善的权限体系', '长期保存' state nothing; HTTPS; "
                 "区块链存证 + 元宇宙营销展厅 + 智能客服机器人 (bloat); '风控引擎、电子合同模块为加密组件' (partial source); 售后: '终身免费维护', "
                 "'全面维护', '积极配合', '快速响应', '签约时商定' state nothing; 7×24 stated; 过保 面议 (unknown).",
             values=dict(tls=True, support_7x24=True, annual_fee_after_warranty_cny="null", source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=ML + ["blockchain_evidence", "metaverse_marketing", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor=GP, gate="unverified", price="null",
             why="商务: every amount '面议（需现场需求调研后出具书面报价）' (price_missing) — '28万左右' is only the 商务组意见 (buyer's, not read); "
                 "技术: '三级申请中（测评报告已出具，备案证明待公安机关核发）' (in progress: unverified, never fail); 企业征信, 流水分析, 电子合同 + "
                 "core; SM4 (ID, mobile, 对公账号); HTTPS; RBAC; 12个月; 人行; 完整源码 无加密; 售后: 12 months with upgrades; 政策免费; 7×24; "
                 "1小时; 终身咨询; 同意写入合同; 过保 '详见附件' (unknown).",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
        dict(vendor=ZZ, gate="fail", price=96000,
             why="商务: 80,000 + 16,000 = 96,000 含税 (under 10万); 技术: 银行流水分析 '不含（列入二期开发，另行报价）' (must-have absent); "
                 "'二级（备案证明14052542003-22006）' (fail); AES (no SM4); logs 3个月 (under 6); 售后: 3 months, 仅故障修复, 另计, 工作日, 次日, "
                 "no consulting, '否（按我方标准服务协议）', 5000元/次.",
             values=dict(mlps_level3=False, sm4_encryption=False, audit_log_months=3, free_maintenance_months=3, support_7x24=False),
             status=dict(mlps_level3="stated"),
             fin=["enterprise_credit", "contract_management"], fex=["cashflow_analysis"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m"]),
    ]
    write_toml(
        "zf_01_ml_three_sheets_orient.toml",
        """Voice: 赵婧 of the 信息科技部 at 晋城泽州商融小额贷款 (operating loans to merchants, no cross-border business, budget 30万 含税) keeps
  one workbook for the source-code purchase: the 商务组, 技术组 and her own after-sales check each laid out the way that suited them.
Layout: sheet 商务 — title, a note (three sheets, orientations, opinions are internal), header 序号 | 供应商 | 状态 | 报价日期 | 软件授权费
  （元） | 实施部署费（元） | 其他费用（元） | 合计（元） | 计税方式 | 付款方式 | 报价有效期 | 商务组意见, six rows (the last 已退出), a 小结
  line; sheet 技术 — indicators as ROWS (序号 | 技术指标, 15 rows ending with 技术组评价（我方）), vendors as COLUMNS in the order the
  technical replies came in (高平, 阳城, 陵川, 泽州, 沁水); sheet 售后 — long format 序号 | 供应商 | 服务项目 | 服务商承诺 | 我方核实, eight
  rows per vendor in yet another order (沁水, 泽州, 阳城, 陵川, 高平), a closing note on the withdrawn vendor.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: one vendor's facts are spread over three sheets in three orientations and three orders — join by name, never by position;
  沁水 (the 商务组's pick, '合计最低 19.5万') is 不含税 13% and its 电子合同 must-have is '选配，+2.5万元（不含税）' on the 技术 sheet only:
  (195,000 + 25,000) × 1.13 = 248,600, with bug-only maintenance, 重大监管政策调整另行报价, 5×8, 4h, no consulting, and its '按19.5万算约
  2.9万/年' is the buyer's 我方核实; 阳城's 合计 273,000 is three line items (one a text cell '8000（培训费）'); 陵川 按等保三级要求设计/
  协助测评, 采用国密算法, 支持对接各类征信机构, 终身免费维护 (claims: unverified) + three bloat modules + encrypted risk/contract modules,
  fee 面议; 高平 面议 everywhere + 三级申请中 (unverified, never fail), '28万左右' only in the 商务组意见, fee 详见附件; 泽州 96,000 + 二级
  + 流水分析 in phase two (fail); 沁源 已退出 (not listed); the 技术组评价 row and the 我方核实 column are the buyer's words.""",
        "merchant_loan", [name], YC,
        "阳城 proves every gate (备案证明14050243006-24011, SM4 on ID/mobile/bank card/对公账号, HTTPS, RBAC, 12-month logs, 人行 + 百行), has "
        "every must-have, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, lifetime "
        "consulting, all in the contract, full unencrypted source — at 273,000 含税 inside 25–35万 (3 years 273,000 + 2 × 26,000 = "
        "325,000). The 商务组's 'lowest' 沁水 is 248,600 once 13% VAT and its 选配 电子合同 are added, and gives bug-only maintenance, paid "
        "major policy changes, 5×8/4h and no consulting (3 years ≈ 248,600 + 2 × 37,290 = 323,180 before any policy change); 陵川 only "
        "claims (unverified) and pads with bloat; 高平 has no written price and only 申请中; 泽州 fails; 沁源 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zf_02  消费分期 — 九江浔阳优分小额贷款's 询价回执登记表 (GBK CSV): one row per vendor's receipt; the 报价及调整记录 cell carries the
#        whole price history inline ('原报价26万；11月20日书面改为23.5万'), the last WRITTEN revision counts; one vendor's cut changes
#        its maintenance period, one vendor's revision adds a must-have module (不含税), one removes a must-have; 经办人备注 is the buyer's.
# ---------------------------------------------------------------------------------------------
XS = "修水宁红数科有限公司"
WN = "武宁庐山西海软件有限公司"
PZ = "彭泽龙宫洞网络科技有限公司"
DC = "都昌鄱湖信息技术有限公司"
HK = "湖口石钟山软件有限公司"
GQ = "共青城南湖科技有限公司"

ZF02_HEAD = ["回执编号", "收到日期", "供应商", "回执方式", "报价及调整记录", "计税", "报价包含模块", "等保与数据安全", "征信接口", "售后服务",
             "源码交付", "经办人备注"]
ZF02_ROWS = [
    ["XJ-2025-031", "11/17", XS, "盖章报价函（邮寄）", "原报价26万；11月20日书面改为23.5万", "含税（增值税专票6%）",
     "商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理",
     "等保三级备案证明36042443005-24008；身份证号、手机号、银行卡号SM4加密存储；全站HTTPS；RBAC角色权限；操作日志保存12个月",
     "百行征信、朴道征信",
     "免费维护12个月（含缺陷修复、小版本升级）；监管政策调整免费适配；7×24小时，2小时内指定工程师响应；终身技术咨询；以上写入合同；"
     "过保年费2.4万元/年",
     "完整源码，无加密，可二次开发", "改价后23.5万，比原来降了2.5万"],
    ["XJ-2025-032", "11/18", WN, "邮件（附盖章PDF）",
     "原报价19.8万（不含订单跟踪）；11月24日补充报价：订单跟踪模块另加3万，合计22.8万", "不含税，税率6%",
     "商品管理、分期计算器、还款管理、风控审批、用户管理；订单跟踪（11/24补充，另加3万）",
     "等保三级，证书编号36042343002-23010；SM4（身份证号、手机号）；HTTPS；角色权限；日志保存6个月", "百行征信",
     "免费维护12个月，仅修复BUG，不含版本升级；政策调整另计；5×8；4小时响应；终身技术咨询；售后条款写入合同；过保按合同额12%/年",
     "完整源码", "补上订单跟踪后22.8万"],
    ["XJ-2025-033", "11/18", PZ, "微信（盖章PDF）",
     "原报价16.8万（含12个月免费维护）；11月25日二次报价降为14.6万，免费维护期相应调整为6个月", "含税",
     "商品管理、分期计算器、订单管理、还款管理、审批流、用户管理",
     "等保三级证书36043043011-24002；SM4（身份证号、手机号、银行卡号）；HTTPS；角色权限管理；日志保存6个月", "百行征信",
     "免费维护期按11月25日二次报价执行，维护含缺陷修复及小版本升级；监管政策适配免费；7×24小时；4小时响应；不含终身技术咨询；"
     "售后条款写入合同；过保年费1.8万元/年",
     "授权版，绑定域名，不交付源代码", "最便宜，建议签约"],
    ["XJ-2025-034", "11/19", DC, "邮件", "报价25.8万（优惠价，原价31万）；11月21日销售来电称还可再优惠，未出书面", "含税",
     "商品管理、分期计算器、订单跟踪、积分商城、区块链存证、元宇宙营销、智能客服机器人",
     "已通过等保测评；国密加密；HTTPS；权限管理", "支持对接主流征信平台", "终身免费维护；7×24小时；快速响应",
     "交付源码（风控模块为加密SDK）", "电话说能降到22万，功能最多"],
    ["XJ-2025-035", "11/20", HK, "邮件", "原报价12万；11月22日改为9.8万（去掉分期计算器模块）", "含税",
     "商品管理、订单跟踪、还款管理、用户管理（分期计算器已按11/22调整删除）",
     "等保二级（备案证明36042942001-22005）；AES加密；HTTPS", "—", "免费维护3个月；工作日QQ群支持", "完整源码", "太低，不考虑"],
    ["XJ-2025-036", "11/19", GQ, "书面回函", "不参与本次报价（项目排期已满）", "—", "—", "—", "—", "—", "—", "放弃"],
]


def build_zf02():
    name = "zf_02_ci_huizhi_revisions_gbk.csv"
    ncol = len(ZF02_HEAD)
    pad = lambda row: row + [""] * (ncol - len(row))  # noqa: E731
    rows = [
        pad(["九江浔阳优分小额贷款有限公司 消费分期系统源码 询价回执登记表"]),
        pad(["登记：综合管理部 邹琳　2025-12-03。报价栏照录回执原文，含历次调整，以最后一次书面调整为准（电话口头让价不计）；我司做手机、"
             "家电、电动车分期，无跨境业务；预算25万元（含税）；“经办人备注”为我方意见。"]),
        pad([]),
        ZF02_HEAD,
        *ZF02_ROWS,
        pad([]),
        pad(["经办人汇总：有效回执5份，按最终报价从低到高：湖口石钟山9.8万、彭泽龙宫洞14.6万、武宁庐山西海22.8万、修水宁红23.5万、"
             "都昌鄱湖25.8万；建议与彭泽龙宫洞签约。"]),
        pad(["审核：　　　　　　　分管领导："]),
    ]
    write_csv(name, rows, "gbk")
    vendors = [
        good(XS, 235000,
             "'原报价26万；11月20日书面改为23.5万' 含税 (6%) = 235,000 (the last written revision) inside 20–30万; 商品管理、分期计算器、订单跟踪 "
             "+ 还款计划/提醒、风控审批、用户管理; 等保三级备案证明36042443005-24008; SM4 on ID/mobile/bank card; HTTPS; RBAC; 12个月; 百行 + "
             "朴道; 12 months with 小版本升级; 政策免费; 7×24, 2小时 named engineer; 终身咨询; 写入合同; 2.4万/年; 完整源码 无加密.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
        dict(vendor=WN, gate="pass", price=241680,
             why="'原报价19.8万（不含订单跟踪）；11月24日补充报价：订单跟踪模块另加3万，合计22.8万' with '不含税，税率6%': the 订单跟踪 must-have "
                 "is an add-on (conditional, added) and the 22.8万 is before tax: 228,000 × 1.06 = 241,680 — not the 经办人's '22.8万'; 等保三级证书"
                 "36042343002-23010; SM4 (ID, mobile); HTTPS; 角色权限; 6个月 logs; 百行; 12 months '仅修复BUG，不含版本升级'; '政策调整另计'; "
                 "5×8; 4小时; 终身咨询; 写入合同; 12%/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "maintenance_under_12m", "audit_log_under_6m",
                            "not_in_contract", "no_lifetime_consulting", "bloat_features"]),
        dict(vendor=PZ, gate="pass", price=146000,
             why="'原报价16.8万（含12个月免费维护）；11月25日二次报价降为14.6万，免费维护期相应调整为6个月' 含税 = 146,000 (caution zone) and 6 "
                 "months free maintenance (the 售后 cell defers to the 二次报价; the '12个月' belongs to the superseded quote); 等保三级证书"
                 "36043043011-24002; SM4 on ID/mobile/bank card; HTTPS; 角色权限; 6个月 logs; 百行; maintenance with 小版本升级; 政策免费; 7×24; "
                 "4小时 (over 2); '不含终身技术咨询'; 写入合同; 1.8万/年; '授权版，绑定域名，不交付源代码' (licence only). The 经办人's pick.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=18000, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "maintenance_under_12m", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_sm4", "no_7x24", "policy_adaptation_charged", "maintenance_excludes_upgrades",
                            "audit_log_under_6m", "not_in_contract", "bloat_features", "source_partial"]),
        dict(vendor=DC, gate="unverified", price=258000,
             why="'报价25.8万（优惠价，原价31万）' 含税 = 258,000 — the '还可再优惠' call is oral (the note says oral cuts do not count) and '能降到"
                 "22万' is the 经办人's; '已通过等保测评' (no level: claimed, unverified); '国密加密' (which? claimed); '支持对接主流征信平台' (no "
                 "body: claimed); '终身免费维护', '快速响应' state nothing; 7×24 stated; 积分商城 (deferrable) + 区块链存证/元宇宙营销/智能客服机器人 "
                 "(bloat); '风控模块为加密SDK' (partial).",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=CI + ["points_mall", "blockchain_evidence", "metaverse_marketing", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor=HK, gate="fail", price=98000,
             why="'原报价12万；11月22日改为9.8万（去掉分期计算器模块）' 含税 = 98,000 (under 10万) and the cut removed the 分期计算器 must-have "
                 "(absent); '等保二级（备案证明36042942001-22005）' (fail); AES (no SM4); 3 months; 工作日QQ群.",
             values=dict(mlps_level3=False, sm4_encryption=False, free_maintenance_months=3, support_7x24=False),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "order_tracking"], fex=["installment_calculator"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "maintenance_under_12m"]),
    ]
    write_toml(
        "zf_02_ci_huizhi_revisions_gbk.toml",
        """Voice: 邹琳 of the 综合管理部 at 九江浔阳优分小额贷款 (consumer instalments for phones, appliances and e-bikes, no cross-border
  business, budget 25万 含税) logs every vendor's 询价回执 as it arrives and writes each later price change into the same cell.
Layout: GBK CSV — title, a note (price cells copied from the receipts with every revision, the last WRITTEN revision counts, oral
  discounts do not; last column is ours), header 回执编号 | 收到日期 | 供应商 | 回执方式 | 报价及调整记录 | 计税 | 报价包含模块 | 等保与数据
  安全 | 征信接口 | 售后服务 | 源码交付 | 经办人备注; six rows (the last declined), the 经办人汇总 ranking by 'final price', a sign-off line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: each price cell holds two amounts — the first is superseded ('原报价26万；11月20日书面改为23.5万' → 235,000); 武宁's revision adds
  the 订单跟踪 must-have for 3万 and its '合计22.8万' is 不含税 6% (conditional, added: 241,680), the 汇总 ranks it by the pre-tax
  figure; 彭泽 (the 经办人's pick) cut to 14.6万 (caution zone) and the same revision cut maintenance to 6 months — its 售后 cell only
  says '按11月25日二次报价执行', the '12个月' in the price cell is the old quote — plus 4h, no consulting and a domain-bound licence (licence
  only); 都昌 25.8万 with a phoned-in further discount (oral: not counted; '能降到22万' is the 经办人's) and 已通过等保测评 (no level),
  国密加密, 支持对接主流征信平台, 终身免费维护 (claims: unverified), three bloat modules, encrypted risk SDK; 湖口's cut to 9.8万 removed the
  分期计算器 (must-have absent) and it holds 等保二级 (fail); 共青城 declined (not listed); 回执编号 and 收到日期 are no prices.""",
        "consumer_installment", [name], XS,
        "修水 proves every gate (备案证明36042443005-24008, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 百行 + 朴道), has all three "
        "instalment must-haves, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, lifetime "
        "consulting, in the contract, full unencrypted source — at 235,000 含税 (its 11/20 written revision) inside 20–30万 (3 years "
        "235,000 + 2 × 24,000 = 283,000). The 经办人's pick 彭泽 (146,000) sits in the caution zone with only 6 months after its price cut, "
        "4-hour response, no consulting and no source code; 武宁 is 241,680 含税 once its added 订单跟踪 module and VAT are counted, with "
        "bug-only maintenance, paid policy changes and 5×8; 都昌 only claims (unverified); 湖口 fails; 共青城 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zf_03  个人信用贷 — 银川金凤信达小额贷款's 供应商评价表: 一级指标 (merged down) over 二级指标 rows; every vendor occupies a COLUMN
#        PAIR under its merged name — 服务商答复 (the vendor's written words) | 我方评价 (★ and the panel's remarks); a 综合评价 row
#        with ★ only in the panel's columns; the withdrawn vendor keeps its pair with one line.
# ---------------------------------------------------------------------------------------------
LW = "灵武长枣数科有限公司"
QTX = "青铜峡黄河楼软件有限公司"
ZW = "中卫沙坡头网络科技有限公司"
GY = "固原六盘山信息技术有限公司"
SZS = "石嘴山星海湖科技有限公司"
YCH = "盐池滩羊软件有限公司"

ZF03_GROUPS = [
    ("报价", ["报价金额", "计税方式", "另计/选配项目"]),
    ("功能", ["个人征信接口", "风控模型", "反欺诈", "还款管理", "风控审批", "用户管理", "其他模块"]),
    ("合规与安全", ["等保三级", "敏感数据加密", "传输加密", "权限管理", "日志留存", "征信机构"]),
    ("售后", ["免费维护期", "维护范围", "政策适配", "技术支持", "响应时间", "终身技术咨询", "写入合同", "过保年费"]),
    ("源码", ["交付方式"]),
    ("综合", ["综合评价"]),
]
ZF03_ORDER = [LW, QTX, ZW, GY, SZS, YCH]
# per vendor: one (服务商答复, 我方评价) pair per 二级指标, in ZF03_GROUPS order
ZF03 = {
    LW: [("21万元（授权费16万＋实施费3.5万＋征信接口对接费1.5万）", "★★★ 偏贵"), ("不含税，增值税6%另计", ""), ("无", ""),
         ("有（人行二代征信、百行征信）", "★★★★★"), ("有（评分卡＋规则引擎）", "★★★★"), ("有（设备指纹、关系网络）", "★★★★"),
         ("有（还款计划、到期提醒、逾期管理）", "★★★★"), ("有（多级审批流）", ""), ("有", ""), ("—", "★★ 没有赠送"),
         ("已取得，备案证明编号64010643004-24006（2024年11月）", "★★★★★"), ("国密SM4（身份证号、手机号、银行卡号）", ""),
         ("全站HTTPS（TLS1.2）", ""), ("RBAC角色权限，最小授权", ""), ("操作日志保存12个月，异常行为告警", ""),
         ("中国人民银行征信中心、百行征信", ""),
         ("12个月", "★★★"), ("缺陷修复＋小版本升级", ""), ("监管政策调整免费适配", ""), ("7×24小时", ""), ("2小时内，指定工程师", ""),
         ("提供", ""), ("以上全部写入合同", ""), ("2万元/年", "还要交年费"),
         ("完整源码，无加密，可二次开发", "★★★★"),
         ("", "★★★ 规范但贵，预算紧")],
    QTX: [("17.8万元（年底特惠价，原价23.8万）", "★★★★★ 最便宜"), ("含税", ""), ("无，以下模块全部赠送", "★★★★★"),
          ("有（支持对接各类征信数据源）", "★★★★"), ("AI智能风控", "★★★★★"), ("有", ""), ("有", ""), ("有", ""), ("有", ""),
          ("赠送：智能客服机器人、区块链存证、跨境支付通道、会员体系", "★★★★★ 送的多"),
          ("系统按等保三级标准开发，上线后可协助客户申请测评", "★★★★ 应该没问题"), ("采用国密算法", ""), ("HTTPS", ""), ("有", ""),
          ("长期保存", ""), ("可对接各类征信数据源", ""),
          ("终身免费维护", "★★★★★ 终身"), ("全面维护", ""), ("积极配合", ""), ("7×24小时", ""), ("第一时间响应", ""), ("有", ""),
          ("可在合同中约定", ""), ("无（终身免费）", "省钱"),
          ("交付源码（核心风控引擎为加密组件）", "★★★"),
          ("", "★★★★★ 推荐：价格最低、功能最多、终身维护")],
    ZW: [("13.6万元", "★★★★ 便宜"), ("含税", ""), ("监管政策调整另行报价；过保后按次收费", ""),
         ("有（百行征信）", "★★★★"), ("有（规则引擎）", ""), ("有（黑名单）", ""), ("有", ""), ("有", ""), ("有", ""), ("—", ""),
         ("三级，证书编号64050243001-23009", "★★★★★"), ("国密SM4（身份证号、手机号）", ""), ("HTTPS", ""), ("角色权限", ""),
         ("3个月", ""), ("百行征信", ""),
         ("6个月", "★★"), ("仅故障修复，不含升级", ""), ("另行报价", ""), ("5×8（工作日）", ""), ("次日", ""), ("无", ""),
         ("写入合同", ""), ("5000元/次", ""),
         ("完整源码", "★★★★"),
         ("", "★★★★ 性价比高，备选")],
    GY: [("19.2万元", "★★★"), ("不含税，增值税税率6%", ""), ("风控模型为选配，+2.8万元（不含税）", "还要加钱"),
         ("有（百行征信、朴道征信）", "★★★★"), ("选配（+2.8万元，不含税）", "★★"), ("有", ""), ("有（还款计划、还款提醒）", ""),
         ("有", ""), ("有", ""), ("—", ""),
         ("三级，备案证明编号64040243007-24001", "★★★★★"), ("SM4（身份证号、手机号、银行卡号）", ""), ("HTTPS", ""), ("RBAC", ""),
         ("6个月", ""), ("百行征信、朴道征信", ""),
         ("12个月", "★★★★"), ("缺陷修复及小版本升级", ""), ("一般调整免费；重大监管政策调整另行报价", ""), ("7×24小时", ""),
         ("2小时", ""), ("提供", ""), ("写入合同", ""), ("按合同额10%/年", ""),
         ("完整源码", "★★★★"),
         ("", "★★★ 风控模型要另加钱")],
    SZS: [("6.8万元", "★★"), ("含税", ""), ("征信接口开发另行报价", ""),
          ("无（需客户自行开发）", "★"), ("有（基础规则）", ""), ("无", ""), ("有", ""), ("有", ""), ("有", ""), ("—", ""),
          ("二级", "★"), ("AES", ""), ("HTTPS", ""), ("管理员/操作员两级", ""), ("1个月", ""), ("—", ""),
          ("3个月", "★"), ("故障修复", ""), ("另计", ""), ("工作日QQ群", ""), ("—", ""), ("无", ""), ("否", ""), ("—", ""),
          ("完整源码", ""),
          ("", "★ 不合规")],
}
ZF03[YCH] = [("11月21日书面退出，未报价", "—")] + [("—", "")] * 25
assert all(len(x) == sum(len(items) for _, items in ZF03_GROUPS) for x in ZF03.values())


def build_zf03():
    name = "zf_03_pc_pair_columns_stars.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "供应商评价"
    nv = len(ZF03_ORDER)
    ncol = 2 + 2 * nv
    widths(ws, [12, 16] + [30, 18] * nv)
    _text(ws, 1, ncol, "银川金凤信达小额贷款有限公司 个人信用贷系统源码 供应商评价表", font=TITLE)
    _text(ws, 2, ncol, "说明：每家供应商占两列——左列“服务商答复”摘自其书面报价文件原文，右列“我方评价”为评价组打分（★）及意见。我司只做"
                       "个人信用贷，无跨境业务；预算约22万元；比较口径为含税价。评价日期：2025-12-05。", height=32)
    put_row(ws, 3, ["一级指标", "二级指标"], font=BOLD, fill=GREY, align=CENTER)
    put_row(ws, 4, ["", ""], font=BOLD, fill=GREY, align=CENTER)
    ws.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1)
    ws.merge_cells(start_row=3, start_column=2, end_row=4, end_column=2)
    for i, v in enumerate(ZF03_ORDER):
        c = 3 + 2 * i
        put_row(ws, 3, [v, ""], font=BOLD, fill=BLUE, align=CENTER, start=c)
        ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 1)
        put_row(ws, 4, ["服务商答复", "我方评价"], font=BOLD, fill=GREY, align=CENTER, start=c)
    r = 5
    k = 0
    for group, items in ZF03_GROUPS:
        top = r
        for item in items:
            cells = [group if r == top else "", item]
            for v in ZF03_ORDER:
                said, ours = ZF03[v][k]
                cells += [said, ours]
            put_row(ws, r, cells)
            for i in range(nv):
                if ZF03[ZF03_ORDER[i]][k][1]:
                    ws.cell(row=r, column=4 + 2 * i).fill = YELLOW
            ws.cell(row=r, column=2).font = BOLD
            r += 1
            k += 1
        ws.cell(row=top, column=1).alignment = CENTER
        ws.cell(row=top, column=1).font = BOLD
        if len(items) > 1:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    _text(ws, r, ncol, "评价组结论：推荐青铜峡黄河楼（★最多、价格最低、终身免费维护），备选中卫沙坡头。", font=BOLD)
    ws.cell(row=r, column=1).fill = GREEN
    _text(ws, r + 1, ncol, "评价组：马莉（风控合规部）、杨帆（信息科技部）　　审批：")
    ws.freeze_panes = "C5"
    _save(wb, name)

    vendors = [
        good(LW, 222600,
             "服务商答复 column: '21万元（授权费16万＋实施费3.5万＋征信接口对接费1.5万）', '不含税，增值税6%另计' = 210,000 × 1.06 = 222,600 "
             "inside 18–25万; 个人征信接口 (人行二代 + 百行), 风控模型, 反欺诈, 还款管理, 风控审批, 用户管理; 等保三级备案证明"
             "64010643004-24006; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; 12个月 logs; 人行 + 百行; 12 months with 小版本升级; 政策"
             "免费; 7×24; 2小时 named engineer; 终身咨询; 全部写入合同; 2万/年; 完整源码 无加密. Its ★★★ are the panel's.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
        dict(vendor=QTX, gate="unverified", price=178000,
             why="'17.8万元（年底特惠价，原价23.8万）' 含税 = 178,000 (the offer; below the band but above 15万); '系统按等保三级标准开发，上线后"
                 "可协助客户申请测评' (claimed: unverified — '应该没问题' is the panel's); '采用国密算法' (which? claimed); '可对接各类征信数据源' "
                 "(no body: claimed); '长期保存', '终身免费维护', '全面维护', '积极配合', '第一时间响应', '可在合同中约定' state nothing; HTTPS; "
                 "7×24 stated; 赠送 智能客服机器人/区块链存证/跨境支付通道 (bloat; no cross-border business) + 会员体系 (deferrable); '核心风控"
                 "引擎为加密组件' (partial). The panel's ★★★★★ pick.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence", "overseas_payment", "membership"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]),
        dict(vendor=ZW, gate="pass", price=136000,
             why="'13.6万元' 含税 = 136,000 (caution zone: cheaper here is not better); 等保三级证书64050243001-23009; SM4 (ID, mobile); HTTPS; "
                 "角色权限; logs '3个月' (under 6); 百行; 6 months '仅故障修复，不含升级'; 政策 '另行报价'; 5×8; 次日; 终身咨询 无; 写入合同; "
                 "5000元/次; 完整源码. The panel's 备选.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", audit_log_months="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["price_below_15w", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting"],
             flex=NOGATE + ["no_sm4", "price_over_budget", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor=GY, gate="pass", price=233200,
             why="'19.2万元', '不含税，增值税税率6%', and 风控模型 (must-have) '选配，+2.8万元（不含税）' (conditional, added): (192,000 + 28,000) "
                 "× 1.06 = 233,200 inside 18–25万; 个人征信接口 (百行 + 朴道), 反欺诈, 还款计划/提醒, 审批, 用户管理; 等保三级备案证明"
                 "64040243007-24001; SM4 on ID/mobile/bank card; HTTPS; RBAC; 6个月 logs; 百行 + 朴道; 12 months with 小版本升级; '重大监管政策"
                 "调整另行报价' (charged); 7×24; 2小时; 终身咨询; 写入合同; 10%/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "maintenance_under_12m", "maintenance_excludes_upgrades",
                            "audit_log_under_6m", "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract",
                            "bloat_features"]),
        dict(vendor=SZS, gate="fail", price=68000,
             why="'6.8万元' 含税 = 68,000 (under 10万); 个人征信接口 '无（需客户自行开发）' (must-have absent); 反欺诈 无; 等保 '二级' (fail); AES "
                 "(no SM4); logs 1个月; 3 months; 工作日QQ群; 否 (not in contract).",
             values=dict(mlps_level3=False, sm4_encryption=False, audit_log_months=1, free_maintenance_months=3, support_7x24=False),
             status=dict(mlps_level3="stated"),
             fin=["risk_model", "repayment_management"], fex=["personal_credit_report", "anti_fraud"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m"]),
    ]
    write_toml(
        "zf_03_pc_pair_columns_stars.toml",
        """Voice: 马莉 (风控合规部) and 杨帆 (信息科技部) of 银川金凤信达小额贷款 (personal credit only, no cross-border business, budget about
  22万, compare 含税) fill the panel's 供应商评价表: the vendor's written answer copied on the left of each pair, their ★ on the right.
Layout: sheet 供应商评价 — title, a note (two columns per vendor: 服务商答复 is the vendor's text, 我方评价 is the panel's ★ and remarks),
  a two-row header: 一级指标 | 二级指标 (merged down) then each vendor's full name merged across its column pair over 服务商答复 | 我方评价;
  26 rows of 二级指标 under six 一级指标 (报价, 功能, 合规与安全, 售后, 源码, 综合) merged down column A; six vendor pairs (the last withdrew,
  its pair holds one line); the panel's 结论 and a signature line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: every other column is the buyer's (★ ratings and remarks such as '应该没问题', '终身', '省钱') and must not be read as the vendor's;
  the 一级指标 text sits only in the first row of its merged block; 青铜峡 (the panel's ★★★★★ pick, 'lowest, most features, lifetime
  maintenance') 17.8万 with 按等保三级标准开发/协助申请测评, 采用国密算法, 可对接各类征信数据源, 终身免费维护 (claims: unverified) + 智能客服/区块链/
  跨境支付 (bloat) + encrypted risk engine; 灵武 is 21万 不含税 + 6% = 222,600 (three line items); 固原 19.2万 不含税 and its 风控模型 must-have
  is 选配 +2.8万 不含税, written twice (另计/选配项目 row and 风控模型 row) but added once (conditional: 233,200) with 重大政策调整
  另行报价; 中卫 13.6万 (caution, the panel's 备选) with 3-month logs, 6 months bug-only, 另行报价, 5×8, 次日, no consulting; 石嘴山 6.8万
  + 二级 + no bureau interface (fail); 盐池 withdrew (not listed).""",
        "personal_credit", [name], LW,
        "灵武 proves every gate (备案证明64010643004-24006, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every "
        "must-have plus 反欺诈, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, lifetime "
        "consulting, all in the contract, full unencrypted source — at 222,600 含税 inside 18–25万 (3 years 222,600 + 2 × 20,000 = "
        "262,600). The panel's ★★★★★ 青铜峡 (178,000) only claims 等保, 国密 and 征信 (unverified), pads with bloat and encrypts its risk "
        "engine; 固原 is 233,200 once its 选配 风控模型 and VAT are added and charges major policy changes; 中卫 is 136,000 in the caution "
        "zone with short logs and weak after-sales; 石嘴山 fails; 盐池 withdrew.",
        vendors)


if __name__ == "__main__":
    for build in (build_zf01, build_zf02, build_zf03):
        build()
    print("built zf_01 … zf_03 into", HERE)
