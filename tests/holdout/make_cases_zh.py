"""Build the "zh" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a 报价比对 sheet whose vendor rows were copied from a quote platform's 报价详情 page, so after the
vendor's name every cell is one 'label：value' pair and each row has its own order of pairs, with the buyer's opinion column
placed BEFORE the pasted pairs (zh_01); a procurement-SaaS 询比价 export with a metadata block above the table and ONE ROW PER
VENDOR × ROUND, sorted by time, where only the row marked 是否最终报价=是 counts and later rounds say '同第1轮' except where the
round changed a term, UTF-8 CSV with BOM (zh_02); an AI assistant's markdown table (豆包) pasted into column A of a sheet, one
'| … | … |' line per cell, with **bold** names, <br> inside cells, a ~~struck~~ list price, the AI's own 点评 column and
recommendation, and the clerk's agreement under it (zh_03). The expected reading of every file is in the matching
zh_0N_*.toml, written from the file's content and shared/domain.md only; the author neither ran the product on these files
nor read its reading code.

The copy in tests/cases of zh_03's toml carries one correction made after measuring ('不含版本升级' is conditional, as
domain.md section 7 says); this script writes the expectation as it was written blind.

Run:  .venv/bin/python tests/holdout/make_cases_zh.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zh_
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import LEFT, BLOAT, PC, ML, CI, CORE, NOGATE, _save, write_csv, write_toml, good  # noqa: E402

CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]


def _line(ws, r, c1, c2, text, *, font=None, height=None, fill=None):
    cell = ws.cell(row=r, column=c1, value=text)
    cell.alignment = LEFT
    cell.font = font or Font()
    if fill:
        cell.fill = fill
    if c2 > c1:
        ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# zh_01  消费分期 — 柳州鱼峰惠购小额贷款's 报价比对: each vendor row is 序号 | 供应商 | 提交时间 | 初审意见 (the clerk's) and then the
#        platform's 报价详情 page pasted as it came — one 'label：value' pair per cell, in a different order on every row (the
#        platform shows the fields in the order each vendor filled them), full-width and half-width colons mixed.
# ---------------------------------------------------------------------------------------------
GL = "桂林象山数科有限公司"
BH = "北海银滩软件有限公司"
WZ = "梧州骑楼网络科技有限公司"
QZ = "钦州坭兴信息技术有限公司"
BS = "百色澄碧科技有限公司"
HC = "河池铜鼓网络科技有限公司"

ZH01_PAIRS = {
    GL: ["报价金额(元)：256,000", "是否含税：含税", "税率：6%",
         "功能模块：商品管理、分期计算器、订单跟踪、还款计划及到期提醒、风控审批、用户管理、积分商城", "选配模块及价格：无",
         "等保级别：三级（备案证明编号45030243006-24011，2024年10月取得）", "敏感数据加密：国密SM4（身份证号、手机号、银行卡号）",
         "传输加密：全站HTTPS（TLS1.2）", "权限管理：RBAC角色权限，按岗位最小授权", "日志保存期：操作日志12个月，异常行为告警",
         "征信接口：百行征信、朴道征信", "免费维护期：12个月", "维护范围：缺陷修复＋小版本升级", "政策适配：监管政策调整免费适配",
         "技术支持：7×24小时", "响应时效：2小时内，指定专属工程师", "终身技术咨询：提供", "承诺写入合同：以上全部写入合同",
         "维保期后年费：25,000元/年", "源码交付：完整源码，无加密，可二次开发", "报价有效期：60天", "联系人：蒋工 13907731528"],
    BH: ["报价金额(元)：218,000", "是否含税：不含税", "税率：13%（增值税专票另开）",
         "功能模块：商品管理、分期计算器、还款管理、风控审批、用户管理", "选配模块及价格：订单跟踪模块 20,000元（不含税）",
         "等保级别：三级，证书编号45050243003-23010", "敏感数据加密：国密SM4（身份证号、手机号）", "传输加密:HTTPS",
         "权限管理：角色权限", "日志保存期：6个月", "征信接口：百行征信", "免费维护期:12个月", "维护范围：仅修复BUG，不含版本升级",
         "政策适配：一般调整免费，重大监管政策调整另行报价", "技术支持：5×8（工作日）", "响应时效：4小时", "终身技术咨询：提供",
         "承诺写入合同：是", "维保期后年费：按合同额15%/年", "源码交付：完整源码", "报价有效期：30天", "联系电话：0779-3061288"],
    WZ: ["报价金额(元)：19.8万（双十一特惠价，原价26万）", "是否含税：含税",
         "功能模块：商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理、智能客服机器人、区块链存证、元宇宙营销展厅",
         "选配模块及价格：无，以上全部赠送", "等保级别：按等保三级要求设计，上线后可协助客户通过测评", "敏感数据加密：采用国密算法",
         "传输加密：HTTPS", "权限管理：完善的权限体系", "日志保存期：长期保存", "征信接口：支持对接征信", "免费维护期：终身维护",
         "维护范围：全面维护", "政策适配：积极配合监管要求", "技术支持：7×24小时", "响应时效：第一时间响应", "终身技术咨询：有",
         "承诺写入合同：签约时商定", "维保期后年费：终身免费，无年费", "源码交付：提供源码（风控引擎为加密SDK）",
         "补充说明：11月30日前签约再送一年云服务器", "联系人：梁经理 18977456320"],
    QZ: ["报价金额(元):145000", "是否含税：含税", "税率：6%", "功能模块：商品管理、分期计算器、订单管理、还款计划、风控审批、用户管理",
         "选配模块及价格：—", "等保级别：三级（证书编号45070243002-23015）", "敏感数据加密：SM4国密（身份证号、手机号、银行卡号）",
         "传输加密：HTTPS", "权限管理：RBAC", "日志保存期：6个月", "征信接口：百行征信", "免费维护期：6个月",
         "维护范围：缺陷修复及小版本升级", "政策适配：免费", "技术支持：7×24小时", "响应时效：4小时", "终身技术咨询：提供",
         "承诺写入合同：是", "维保期后年费：16,000元/年", "源码交付：授权使用，绑定域名，不交付源代码", "报价有效期：90天"],
    BS: ["报价金额(元)：88000", "是否含税：含税", "功能模块：商品管理、订单管理、还款管理、风控审批、用户管理",
         "选配模块及价格：分期计算器列入二期开发，另行报价", "等保级别：二级（备案证明45100242001-22004）", "敏感数据加密：AES-256",
         "传输加密：HTTPS", "权限管理：管理员/操作员两级", "日志保存期：3个月", "征信接口：百行征信（需客户自备接入资质）",
         "免费维护期：3个月", "维护范围：仅故障修复", "政策适配：另计", "技术支持：工作日9:00-18:00", "响应时效：次日",
         "终身技术咨询：无", "承诺写入合同：否", "维保期后年费：5000元/次", "源码交付：完整源码"],
    HC: ["报价状态：已放弃报价", "放弃原因：项目排期已满，本次不参与", "操作时间：2025-11-20 17:42"],
}
ZH01_ROWS = [  # (vendor, 提交时间, 初审意见)
    (GL, "2025-11-18 10:22", "资质、售后都齐，价格偏高（25.6万），过保每年还要2.5万"),
    (BH, "2025-11-19 15:06", "不含税21.8万，订单跟踪要另加2万，可以谈"),
    (WZ, "2025-11-20 09:41", "功能最全，还送智能客服、区块链，终身维护，等保说没问题，建议首选"),
    (QZ, "2025-11-21 14:30", "便宜，但维护只有6个月，不给源码"),
    (BS, "2025-11-21 16:55", "太便宜，等保二级，不考虑"),
    (HC, "2025-11-20 17:42", "已放弃，不列入"),
]


def _shuffled(vendor, pairs):
    if len(pairs) < 5:
        return list(pairs)
    out = list(pairs)
    random.Random("zh01-" + vendor).shuffle(out)
    return out


def build_zh01():
    name = "zh_01_ci_label_value_paste.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "报价比对"
    npair = max(len(p) for p in ZH01_PAIRS.values())
    ncol = 4 + npair
    widths(ws, [5, 26, 16, 30] + [30] * npair)
    _line(ws, 1, 1, ncol, "柳州鱼峰惠购小额贷款有限公司 消费分期系统源码 报价比对", font=TITLE)
    _line(ws, 2, 1, 12, "整理：运营管理部 覃晓雯　2025-11-28。各家报价是从公司询价平台“报价详情”页整段复制过来的，一格一项"
                         "（“项目：内容”），平台按各家填报的先后顺序显示，所以每行的顺序都不一样，来不及整理，先原样放着；金额单位以各格原文为准。"
                         "D列“初审意见”是我写的，不是服务商的。我司做手机、家电、电动车分期，无跨境业务；预算28万元（含税）。", height=48)
    put_row(ws, 3, ["序号", "供应商", "提交时间", "初审意见（覃晓雯）", "报价详情（平台原样复制，一格一项，各家顺序不同）"],
            font=BOLD, fill=GREY, align=CENTER)
    ws.merge_cells(start_row=3, start_column=5, end_row=3, end_column=ncol)
    for i, (v, when, opinion) in enumerate(ZH01_ROWS, start=1):
        r = 3 + i
        put_row(ws, r, [str(i), v, when, opinion] + _shuffled(v, ZH01_PAIRS[v]))
        ws.cell(row=r, column=4).fill = YELLOW
        ws.row_dimensions[r].height = 60
    r = 4 + len(ZH01_ROWS) + 1
    _line(ws, r, 1, 12, "初步建议（覃晓雯）：首选梧州骑楼（19.8万，功能最全、终身维护、赠送模块多），备选北海银滩。待部门负责人确认。",
          font=BOLD, fill=GREEN)
    _line(ws, r + 1, 1, 12, "经办：覃晓雯　　复核：　　　　部门负责人：")
    ws.freeze_panes = "C4"
    _save(wb, name)

    vendors = [
        good(GL, 256000,
             "'报价金额(元)：256,000' with '是否含税：含税' and '税率：6%' = 256,000 inside 20–30万 and the 28万 budget; 功能模块 商品管理、"
             "分期计算器、订单跟踪、还款计划及到期提醒、风控审批、用户管理 + 积分商城 (deferrable, no bloat); 等保三级备案证明45030243006-24011; "
             "SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; 12个月 logs; 百行 + 朴道; 12个月 with 小版本升级; 政策免费; 7×24; 2小时 named "
             "engineer; 终身咨询; 全部写入合同; 25,000元/年; 完整源码 无加密 — the pairs sit in shuffled order; the '13907731528' in 联系人 is a "
             "phone number.",
             CI + CORE + ["repayment_management", "points_mall"], response_hours=2, annual_fee_after_warranty_cny=25000,
             source_code_delivery="full"),
        dict(vendor=BH, gate="pass", price=268940,
             why="'报价金额(元)：218,000', '是否含税：不含税', '税率：13%（增值税专票另开）', and the must-have 订单跟踪 is only '选配模块及价格："
                 "订单跟踪模块 20,000元（不含税）' (conditional, added): (218,000 + 20,000) × 1.13 = 268,940 — not the clerk's '21.8万'; 等保三级证书"
                 "45050243003-23010; SM4 (ID, mobile); HTTPS; 角色权限; 6个月 logs (not under 6); 百行; 12个月 '仅修复BUG，不含版本升级'; '重大监管"
                 "政策调整另行报价' (charged); 5×8; 4小时; 终身咨询 提供; 写入合同 是; 15%/年; 完整源码; '0779-3061288' is a phone number.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "maintenance_under_12m", "audit_log_under_6m",
                            "not_in_contract", "no_lifetime_consulting", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor=WZ, gate="unverified", price=198000,
             why="'报价金额(元)：19.8万（双十一特惠价，原价26万）' — the 万 in the text overrides the (元) label — 含税 = 198,000 (just under the "
                 "band, above 15万); '按等保三级要求设计，上线后可协助客户通过测评' (claimed: unverified); '采用国密算法' (which? claimed); '支持对接"
                 "征信' (no licensed body: claimed); '免费维护期：终身维护' (claimed); '完善的权限体系', '长期保存', '全面维护', '积极配合监管要求', "
                 "'第一时间响应', '签约时商定' state nothing; HTTPS; 7×24 stated; 赠送 智能客服机器人、区块链存证、元宇宙营销展厅 (bloat); '风控引擎"
                 "为加密SDK' (partial). The clerk's pick ('等保说没问题' is hers).",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed"),
             fin=CI + ["ai_customer_service", "blockchain_evidence", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor=QZ, gate="pass", price=145000,
             why="'报价金额(元):145000' 含税 = 145,000 (caution zone: cheaper here is not better); 商品管理、分期计算器、订单管理 + core; 等保三级"
                 "证书45070243002-23015; SM4 on ID/mobile/bank card; HTTPS; RBAC; 6个月 logs; 百行; only 6个月 free maintenance (with 小版本升级); "
                 "政策免费; 7×24; 4小时; 终身咨询; 写入合同; 16,000元/年; '授权使用，绑定域名，不交付源代码' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=16000, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "maintenance_under_12m", "response_over_2h", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_sm4", "no_7x24", "policy_adaptation_charged", "maintenance_excludes_upgrades",
                            "audit_log_under_6m", "not_in_contract", "no_lifetime_consulting", "bloat_features", "source_partial"]),
        dict(vendor=BS, gate="fail", price=88000,
             why="'报价金额(元)：88000' 含税 = 88,000 (under 10万); 分期计算器 '列入二期开发，另行报价' — no price, not in this quote (must-have "
                 "absent); '二级（备案证明45100242001-22004）' (fail); AES-256 (no SM4); logs 3个月; 3个月 '仅故障修复'; 政策 另计; 工作日; 次日; "
                 "终身咨询 无; 写入合同 否; 5000元/次.",
             values=dict(mlps_level3=False, sm4_encryption=False, audit_log_months=3, free_maintenance_months=3, support_7x24=False),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "order_tracking"], fex=["installment_calculator"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m"]),
    ]
    write_toml(
        "zh_01_ci_label_value_paste.toml",
        """Voice: 覃晓雯 of the 运营管理部 at 柳州鱼峰惠购小额贷款 (instalments for phones, appliances and e-bikes, no cross-border business,
  budget 28万 含税) on 2025-11-28 pastes each vendor's 报价详情 page from the company's inquiry platform into one row of a sheet and
  writes her 初审意见 beside the vendor's name.
Layout: sheet 报价比对 — title, a note (pairs copied as they came, order differs per row, units as written in each cell, column D is
  hers), header 序号 | 供应商 | 提交时间 | 初审意见（覃晓雯） | 报价详情 (merged across all remaining columns); six vendor rows, each
  followed by up to 22 cells of 'label：value' ('报价金额(元)：256,000', '等保级别：…', '免费维护期:12个月') in a shuffled order per row,
  the sixth row (河池铜鼓) holding only '报价状态：已放弃报价' and two more pairs; a 初步建议 line and a sign-off line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: no column has a fixed meaning after column D — the label inside each cell does, in a different order on every row, with '：'
  and ':' mixed; the buyer's 初审意见 sits BEFORE the vendor's pairs and must not be read as the vendor's; 梧州骑楼 (her pick, '功能最全
  … 终身维护，等保说没问题') writes '报价金额(元)：19.8万' (万 beats the (元) label), 按等保三级要求设计/协助测评, 采用国密算法, 支持对接征信,
  终身维护 (claims: unverified), three bloat modules, an encrypted risk SDK; 北海银滩 21.8万 不含税 13% with the must-have 订单跟踪 as
  '选配 20,000元（不含税）' → (218,000 + 20,000) × 1.13 = 268,940, bug-only maintenance, major policy changes charged, 5×8, 4h; 钦州坭兴
  14.5万 (caution) with 6 months and a domain-bound licence (no source); 百色澄碧 8.8万 + 等保二级 + 分期计算器 in phase two (fail);
  河池铜鼓 gave up (not listed); phone numbers, 提交时间 and 报价有效期 are no prices.""",
        "consumer_installment", [name], GL,
        "桂林象山 proves every gate (备案证明45030243006-24011, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 百行 + 朴道), has all "
        "three instalment must-haves and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named "
        "engineer, lifetime consulting, all in the contract, full unencrypted source — at 256,000 含税 inside 20–30万 (3 years 256,000 + "
        "2 × 25,000 = 306,000). The clerk's pick 梧州骑楼 (198,000) only claims 等保, 国密, 征信 and lifetime maintenance (unverified), pads "
        "with bloat and encrypts its risk engine; 北海银滩 is 268,940 once 13% VAT and its 选配 订单跟踪 are added, with bug-only "
        "maintenance, charged major policy changes and 5×8; 钦州坭兴 is 145,000 in the caution zone with 6 months and no source; 百色澄碧 "
        "fails; 河池铜鼓 gave up.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zh_02  商户经营性贷 — 湖州南浔丝商小额贷款's procurement-SaaS 询比价 export: a 询价单 header block (单号, 标题 with the budget, 采购组织,
#        询价说明, 创建人/导出时间), then ONE ROW PER VENDOR × ROUND sorted by 报价时间; only rows with 是否最终报价=是 count; round-2
#        rows say '同第1轮' in the technical columns unless the round changed something; the 采购员备注 column is the buyer's.
# ---------------------------------------------------------------------------------------------
SX = "绍兴兰亭数科有限公司"
JX = "嘉兴南湖软件有限公司"
JH = "金华婺城网络科技有限公司"
TZ = "台州椒江信息技术有限公司"
QU = "衢州柯城科技有限公司"
LS = "丽水莲都软件有限公司"

ZH02_HEAD = ["轮次", "报价时间", "供应商编码", "供应商名称", "报价状态", "是否最终报价", "币种", "报价总额(元)", "税率", "价格条款",
             "报价说明", "功能模块", "等保级别", "数据加密", "传输加密", "权限管理", "日志留存", "征信接口", "免费维护期", "维护范围",
             "监管政策适配", "技术支持", "响应时效", "终身技术咨询", "是否写入合同", "过保年费", "源码交付", "采购员备注"]
TECH = {  # round-1 technical and after-sales answers: 功能模块 … 源码交付 (16 columns)
    SX: ["企业征信、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理、API开放平台",
         "三级，备案证明编号33060243008-24003（2024年7月取得）", "国密SM4（身份证号、手机号、银行卡号、对公账号）", "全站HTTPS（TLS1.2）",
         "RBAC，按机构/岗位授权", "操作日志保存12个月，异常操作告警", "中国人民银行征信中心、百行征信", "12个月", "缺陷修复＋小版本升级",
         "监管政策调整免费适配", "7×24小时", "2小时内响应，指定专属工程师", "提供", "是，以上全部写入合同", "2.8万元/年",
         "完整源码交付，无加密，可二次开发"],
    JX: ["企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", "三级，证书编号33040243005-23012",
         "国密SM4（身份证号、手机号）", "HTTPS", "角色权限", "6个月", "百行征信", "12个月", "缺陷修复＋小版本升级", "免费",
         "5×8（工作日9:00-18:00）", "4小时内", "提供", "是", "按合同额10%/年", "完整源码"],
    JH: ["企业征信、银行流水分析（AI智能流水）、电子合同、风控审批、还款管理、用户管理、区块链存证、智能客服、跨境支付通道",
         "已通过等保测评", "国密加密", "HTTPS", "完善的权限体系", "长期保存", "支持对接征信", "终身维护", "全面维护", "积极配合",
         "7×24小时", "快速响应", "有", "可协商", "面议", "交付源码，核心风控引擎与流水分析引擎加密"],
    TZ: ["企业征信、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理",
         "三级测评中：测评报告已出具，备案证明办理中（预计2026年1月取得）", "国密SM4（身份证号、手机号、对公账号）", "HTTPS", "RBAC",
         "12个月", "中国人民银行征信中心", "12个月", "缺陷修复＋小版本升级", "免费", "7×24小时", "1小时", "提供", "是", "详见附件",
         "完整源码，无加密"],
    QU: ["企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", "三级，备案证明编号33080243001-23007", "国密SM4（身份证号）",
         "HTTPS", "管理员/操作员/审批员三类角色", "3个月", "百行征信", "6个月", "仅故障修复，不含升级", "另计", "5×8（工作日）", "次日",
         "无", "否，按我司标准服务协议执行", "5000元/次", "完整源码"],
    LS: ["企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", "三级，证书编号33110243006-24002", "国密SM4（身份证号、手机号）",
         "HTTPS", "RBAC", "12个月", "百行征信", "12个月", "缺陷修复＋小版本升级", "免费", "7×24小时", "2小时", "提供", "是",
         "2万元/年", "完整源码"],
}
SAME = ["同第1轮"] * 16
CODE = {SX: "SUP-330602-0117", JX: "SUP-330402-0093", JH: "SUP-330702-0151", TZ: "SUP-331002-0086", QU: "SUP-330802-0164",
        LS: "SUP-331102-0072"}


def _r(rnd, when, v, status, final, amount, rate, terms, note, tech, remark):
    return [rnd, when, CODE[v], v, status, final, "CNY" if amount != "" else "", amount, rate, terms, note] + tech + [remark]


def build_zh02():
    name = "zh_02_ml_saas_rounds_final_flag_bom.csv"
    jx2 = list(SAME)
    jx2[0] = "同第1轮（银行流水分析除外，见报价说明）"
    jx2[7] = "6个月（随第2轮报价调整）"
    table = [
        _r("第1轮", "2025-11-10 09:12:41", LS, "已作废（供应商撤回）", "否", 226000, "6%", "含税", "报价含税，增值税税率6%", TECH[LS], ""),
        _r("第1轮", "2025-11-10 15:40:08", SX, "已报价", "否", 309000, "6%", "含税", "含税价，开具6%增值税专用发票", TECH[SX],
           "资质最全，价格偏高"),
        _r("第1轮", "2025-11-11 10:05:57", JH, "已报价", "否", 298000, "6%", "含税",
           "限时优惠价（原价338,000元），含税；区块链存证、智能客服、跨境支付通道免费赠送", TECH[JH], "送的模块多"),
        _r("第1轮", "2025-11-11 16:22:19", JX, "已报价", "否", 258000, "6%", "不含税", "报价为不含税价，增值税税率6%，开具专票",
           TECH[JX], ""),
        _r("第1轮", "2025-11-12 11:30:45", QU, "已报价", "是", 138000, "6%", "含税", "含税价，未邀请第2轮", TECH[QU],
           "价格最低但售后差，不考虑"),
        _r("第1轮", "2025-11-13 14:02:33", TZ, "已报价（未填金额）", "是", "", "", "",
           "价格面议，需到贵司现场调研后出具书面报价", TECH[TZ], "电话里说大概30万左右，未见书面报价"),
        _r("第2轮", "2025-11-19 10:20:16", LS, "已撤回", "否", "", "", "", "因公司业务调整，退出本项目，撤回全部报价",
           [""] * 16, "已退出"),
        _r("第2轮", "2025-11-20 09:45:02", JX, "已报价", "是", 238000, "6%", "不含税",
           "第2轮优惠：总价调整为238,000元（不含税，6%）；银行流水分析模块不再包含在本次报价内，如需另行采购，报价35,000元（不含税）；"
           "免费维护期相应调整为6个月", jx2, "除衢州柯城外最终报价最低（23.8万），建议定为成交供应商"),
        _r("第2轮", "2025-11-20 14:10:37", SX, "已报价", "是", 296800, "6%", "含税", "第2轮议价：总价下调至296,800元（含税6%），其余条款"
           "同第1轮", SAME, ""),
        _r("第2轮", "2025-11-21 16:55:24", JH, "已报价", "是", 275000, "6%", "含税", "第2轮再优惠至275,000元，含税，其余同第1轮", SAME,
           ""),
    ]
    n = len(ZH02_HEAD)
    pad = lambda row: row + [""] * (n - len(row))  # noqa: E731
    rows = [
        pad(["询价单号：XJ-2025-11-0087"]),
        pad(["询价标题：商户经营贷系统源码采购（含税预算32万元）"]),
        pad(["采购组织：湖州南浔丝商小额贷款股份有限公司 / 计划财务部"]),
        pad(["询价说明：我司仅做湖州本地商户经营性贷款，无跨境业务；报价请注明是否含税及税率。以“是否最终报价”为“是”的记录为准。"]),
        pad(["创建人：沈佳怡　导出人：沈佳怡　导出时间：2025-12-02 10:15:32"]),
        pad([]),
        ZH02_HEAD,
        *table,
    ]
    write_csv(name, rows, "utf-8-sig")

    vendors = [
        good(SX, 296800,
             "final row (第2轮, 是否最终报价=是): 296,800 含税 6% inside 25–35万 and the 32万 budget (the 第1轮 309,000 is superseded); technical "
             "columns '同第1轮' → 第1轮 row: 企业征信、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理 + API开放平台 (deferrable); 等保三级"
             "备案证明33060243008-24003; SM4 on ID/mobile/bank card/对公账号; HTTPS TLS1.2; RBAC; 12个月 logs; 人行 + 百行; 12个月 with 小版本"
             "升级; 政策免费; 7×24; 2小时 named engineer; 终身咨询; 全部写入合同; 2.8万/年; 完整源码 无加密.",
             ML + CORE + ["repayment_management", "open_api"], response_hours=2, annual_fee_after_warranty_cny=28000,
             source_code_delivery="full"),
        dict(vendor=JX, gate="pass", price=289380,
             why="final row (第2轮): 238,000 不含税 6%, and the same round dropped the must-have 银行流水分析 to an add-on '如需另行采购，报价"
                 "35,000元（不含税）' (conditional, added): (238,000 + 35,000) × 1.06 = 289,380 — not the 采购员's '23.8万 最低'; the round also cut "
                 "免费维护期 to '6个月（随第2轮报价调整）' (the 第1轮 '12个月' is superseded); the rest '同第1轮': 等保三级证书33040243005-23012; SM4 (ID, "
                 "mobile); HTTPS; 角色权限; 6个月 logs; 百行; 缺陷修复＋小版本升级; 政策免费; 5×8; 4小时; 终身咨询; 写入合同; 10%/年; 完整源码. "
                 "The 采购员's pick.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=ML + CORE, fex=BLOAT,
             flin=["conditional", "maintenance_under_12m", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "audit_log_under_6m", "policy_adaptation_charged",
                            "maintenance_excludes_upgrades", "not_in_contract", "no_lifetime_consulting", "bloat_features",
                            "source_partial", "source_licence_only"]),
        dict(vendor=JH, gate="unverified", price=275000,
             why="final row (第2轮): 275,000 含税 (第1轮 298,000 '原价338,000' superseded); '同第1轮' → '已通过等保测评' (no level: claimed, "
                 "unverified); '国密加密' (which? claimed); '支持对接征信' (no body: claimed); '终身维护' (claimed); '完善的权限体系', '长期保存', "
                 "'全面维护', '积极配合', '快速响应', '可协商' state nothing; HTTPS; 7×24 stated; 过保 面议 (unknown); 区块链存证、智能客服、跨境"
                 "支付通道 (bloat; no cross-border business); '核心风控引擎与流水分析引擎加密' (partial).",
             values=dict(tls=True, support_7x24=True, annual_fee_after_warranty_cny="null", source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed"),
             fin=ML + ["blockchain_evidence", "ai_customer_service", "overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor=TZ, gate="unverified", price="null",
             why="its only row (第1轮, 是否最终报价=是) has no amount: '价格面议，需到贵司现场调研后出具书面报价' (price_missing) — '大概30万左右' is "
                 "only the 采购员备注; '三级测评中：测评报告已出具，备案证明办理中' (in progress: unverified, never fail); ML must-haves + core; SM4 "
                 "(ID, mobile, 对公账号); HTTPS; RBAC; 12个月 logs; 人行征信中心; 12个月 with 小版本升级; 政策免费; 7×24; 1小时; 终身咨询; 写入合同; "
                 "过保 '详见附件' (unknown); 完整源码 无加密.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_7x24", "bloat_features"]),
        dict(vendor=QU, gate="pass", price=138000,
             why="its only row (第1轮, 是否最终报价=是): 138,000 含税 (caution zone); ML must-haves + core; 等保三级备案证明33080243001-23007; "
                 "SM4 (ID); HTTPS; logs 3个月 (under 6); 百行; 6个月 '仅故障修复，不含升级'; 政策 另计; 5×8; 次日; 终身咨询 无; '否，按我司标准服务"
                 "协议执行' (not in contract); 5000元/次; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, audit_log_months=3, licensed_credit_bureau=True,
                         free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, lifetime_consulting=False, commitments_in_contract=False, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", audit_log_months="stated",
                         commitments_in_contract="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract"],
             flex=NOGATE + ["no_sm4", "price_over_budget", "bloat_features", "source_partial", "source_licence_only"]),
    ]
    write_toml(
        "zh_02_ml_saas_rounds_final_flag_bom.toml",
        """Voice: 沈佳怡 of the 计划财务部 at 湖州南浔丝商小额贷款 (loans to local merchants only, no cross-border business, budget 32万 含税)
  exports the 询比价 records of inquiry XJ-2025-11-0087 from the company's procurement SaaS on 2025-12-02, two rounds of quotes.
Layout: UTF-8 CSV with BOM — a 询价单 block of five 'key：value' lines in column A (单号, 标题 with the budget, 采购组织, 询价说明 saying the
  rows with 是否最终报价=是 count, 创建人/导出时间), a blank line, header 轮次 | 报价时间 | 供应商编码 | 供应商名称 | 报价状态 | 是否最终报价 |
  币种 | 报价总额(元) | 税率 | 价格条款 | 报价说明 | 功能模块 | 等保级别 | … | 源码交付 | 采购员备注, then ten rows, one per vendor × round,
  sorted by 报价时间 (vendors interleaved); round-2 rows hold '同第1轮' in the 16 technical columns unless the round changed a term.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: a vendor is several rows — only the 是否最终报价=是 row's price counts and its '同第1轮' cells must be taken from the same vendor's
  第1轮 row; 嘉兴南湖 (the 采购员's pick, '最终报价最低 23.8万') is 不含税 6% and its final round dropped the must-have 银行流水分析 to an
  add-on of 35,000 不含税 and cut maintenance to 6 months: (238,000 + 35,000) × 1.06 = 289,380, plus 5×8 and 4h; 绍兴兰亭's 309,000 fell to
  296,800 in round 2; 金华婺城 已通过等保测评 (no level), 国密加密, 支持对接征信, 终身维护 (claims: unverified), three bloat modules incl. 跨境
  支付, encrypted engines, 过保 面议; 台州椒江 has no amount (面议) and 三级测评中 (unverified) — '大概30万' is the 采购员's; 衢州柯城 13.8万
  (caution) with 3-month logs, bug-only 6 months, 另计, 5×8, 次日, no consulting, not in the contract; 丽水莲都 quoted 226,000 in round
  1 and then withdrew (its rows say 已作废/已撤回: not listed); 供应商编码 such as SUP-330602-0117, 询价单号 and timestamps are no prices.""",
        "merchant_loan", [name], SX,
        "绍兴兰亭 proves every gate (备案证明33060243008-24003, SM4 on ID/mobile/bank card/对公账号, HTTPS, RBAC, 12-month logs, 人行 + 百行), "
        "has every must-have, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, lifetime "
        "consulting, all in the contract, full unencrypted source — at 296,800 含税 (its final round) inside 25–35万 (3 years 296,800 + 2 × "
        "28,000 = 352,800). The 采购员's pick 嘉兴南湖 is 289,380 once VAT and the 银行流水分析 it dropped in round 2 are added back, and "
        "the same round cut maintenance to 6 months (with 5×8, 4h); 金华婺城 only claims (unverified) and pads with bloat; 台州椒江 has no "
        "written price and only a certificate in progress; 衢州柯城 is 138,000 in the caution zone with weak after-sales; 丽水莲都 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zh_03  个人信用贷 — 包头昆都仑鑫融小额贷款: a clerk asked 豆包 to tabulate six quotes and pasted its MARKDOWN answer into column A —
#        one line per cell: the AI's intro, '| 序号 | 服务商 | … | 豆包点评 |', the '| --- |' rule, six rows with **bold** names,
#        <br> line breaks inside cells and a ~~struck~~ list price, the AI's notes and 综合建议, then the clerk's own agreement.
# ---------------------------------------------------------------------------------------------
KB = "鄂尔多斯康巴什数科有限公司"
SH = "呼和浩特赛罕软件有限公司"
QSH = "包头青山信息技术有限公司"
HS = "赤峰红山网络科技有限公司"
HB = "乌海海勃湾科技有限公司"
KE = "通辽科尔沁软件有限公司"

ZH03_HEAD = ["序号", "服务商", "报价", "功能模块", "等保", "数据安全", "征信接口", "售后服务", "源码交付", "豆包点评"]
ZH03_ROWS = [
    ["1", f"**{KB}**", "19.8万（不含税，增值税6%另计）",
     "个人征信接口（人行二代征信、百行征信）<br>风控模型（评分卡+规则引擎）<br>反欺诈（设备指纹、关系网络）<br>还款计划、还款提醒<br>"
     "风控审批流<br>用户管理",
     "三级，备案证明编号15060243002-24009（2024年8月取得）",
     "国密SM4加密身份证号、手机号、银行卡号<br>全站HTTPS（TLS1.2）<br>RBAC角色权限<br>操作日志保存12个月，异常行为告警",
     "中国人民银行征信中心、百行征信",
     "免费维护期12个月（缺陷修复+小版本升级）<br>监管政策调整免费适配<br>7×24小时技术支持，2小时内响应，指定专属工程师<br>终身技术咨询<br>"
     "以上承诺全部写入合同<br>维保期后年费1.8万元/年",
     "完整源码，无加密，可二次开发", "资质齐全、售后规范；但报价不含税，要加税，维保期后每年还有1.8万"],
    ["2", f"**{SH}**", "16.8万（含税）~~原价22.8万~~，年底促销价",
     "个人征信<br>AI智能风控<br>反欺诈<br>还款管理<br>审批流<br>用户管理<br>赠送：智能客服机器人、区块链存证、营销插件、会员体系",
     "支持等保三级", "国密加密<br>HTTPS<br>完善的权限管理<br>日志长期保存", "支持对接征信", "终身维护<br>7×24小时<br>快速响应",
     "交付源码（风控模型为加密组件）", "⭐ 价格低、功能最全、终身维护，性价比最高"],
    ["3", f"**{QSH}**", "20.5万（不含税，税率13%）",
     "个人征信接口（百行征信、朴道征信）<br>风控模型：选配，+3万元（不含税）<br>反欺诈<br>还款计划、还款提醒<br>审批流<br>用户管理",
     "三级，证书编号15020343004-23006", "SM4加密身份证号、手机号、银行卡号<br>HTTPS<br>RBAC<br>日志保存6个月", "百行征信、朴道征信",
     "免费维护期12个月（仅修复缺陷，不含版本升级）<br>一般政策调整免费，重大监管政策调整另行报价<br>7×24小时，2小时响应<br>终身技术咨询<br>"
     "写入合同<br>过保年费按合同额12%/年",
     "完整源码", "价格适中，风控模型要另加钱"],
    ["4", f"**{HS}**", "22.6万（含税）",
     "个人征信接口（百行征信）<br>风控模型（规则引擎+评分卡）<br>反欺诈（黑名单、设备指纹）<br>还款计划、还款提醒<br>审批流<br>用户管理",
     "三级申请中（测评报告已出具，备案证明待公安机关核发，预计2026年1月）",
     "国密SM4加密身份证号、手机号<br>全站HTTPS<br>RBAC<br>日志保存12个月", "百行征信",
     "免费维护期12个月（含小版本升级）<br>政策调整免费适配<br>7×24小时，1小时响应<br>终身技术咨询<br>写入合同<br>过保年费2万元/年",
     "完整源码，无加密", "等保证书还没拿到，价格偏高"],
    ["5", f"**{HB}**", "6.5万（含税）", "风控规则<br>还款管理<br>用户管理", "无",
     "AES加密<br>HTTP/HTTPS可选<br>管理员账号<br>日志保存1个月", "无，需客户自行对接", "免费维护3个月<br>工作日QQ群支持",
     "授权使用，绑定服务器，不提供源代码", "便宜但不合规，没有征信接口"],
    ["6", KE, "—", "—", "—", "—", "—", "—", "—", "11月25日书面回复不参与本次报价"],
]


def _md(cells):
    return "| " + " | ".join(cells) + " |"


def build_zh03():
    name = "zh_03_pc_ai_markdown_paste.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    widths(ws, [220])
    lines = [
        ("包头昆都仑鑫融小额贷款有限公司 个人信用贷系统源码 报价汇总（给王总）", TITLE),
        ("整理：风险管理部 王晓燕　2025-12-01。六家报价单我丢给豆包让它整理成表格，下面是它回答的原文，直接粘贴过来的。金额我逐家对过报价单"
         "原件，没问题；功能、安全、售后是豆包从报价单里摘的原话。表里“豆包点评”一列和最后的“综合建议”是AI自己写的，不是服务商说的。"
         "我司只做个人信用贷，无跨境业务，预算24万元（含税）。", None),
        ("", None),
        ("好的，以下是 6 家服务商的报价对比整理：", None),
        ("", None),
        (_md(ZH03_HEAD), None),
        (_md(["---"] * len(ZH03_HEAD)), None),
        *[(_md(row), None) for row in ZH03_ROWS],
        ("", None),
        ("**说明：**", None),
        ("1. 鄂尔多斯康巴什、包头青山两家报价为不含税价，其余为含税价。", None),
        ("2. 包头青山的风控模型为选配，需另加3万元（不含税）。", None),
        ("3. 通辽科尔沁已书面回复不参与，未报价。", None),
        ("", None),
        ("**综合建议：** 推荐 **呼和浩特赛罕**——除乌海海勃湾外价格最低（16.8万，含税），功能最全（赠送智能客服、区块链存证），提供终身维护，"
         "性价比最高；备选鄂尔多斯康巴什（资质最全，但不含税，维保期后还有年费）。", None),
        ("以上内容仅供参考，具体以正式报价和合同为准。", None),
        ("", None),
        ("我的意见：同意豆包的建议，赛罕便宜还终身维护，建议选赛罕。——王晓燕", BOLD),
    ]
    for r, (text, font) in enumerate(lines, start=1):
        if text:
            c = ws.cell(row=r, column=1, value=text)
            c.alignment = LEFT
            if font:
                c.font = font
    _save(wb, name)

    vendors = [
        good(KB, 209880,
             "'19.8万（不含税，增值税6%另计）' = 198,000 × 1.06 = 209,880 inside 18–25万 and the 24万 budget; 个人征信接口 (人行二代 + 百行), "
             "风控模型, 反欺诈, 还款计划/提醒, 风控审批流, 用户管理; 等保三级备案证明15060243002-24009; SM4 on ID/mobile/bank card; HTTPS TLS1.2; "
             "RBAC; 12个月 logs; 人行 + 百行; 12个月 with 小版本升级; 政策免费; 7×24, 2小时 named engineer; 终身咨询; 全部写入合同; 1.8万/年; "
             "完整源码 无加密 — the name is wrapped in markdown '**', the cells split by '<br>'.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=18000, source_code_delivery="full"),
        dict(vendor=SH, gate="unverified", price=168000,
             why="'16.8万（含税）~~原价22.8万~~' = 168,000 (the struck list price is no price; below the band, above 15万); '支持等保三级' "
                 "(claimed: unverified); '国密加密' (which? claimed); '支持对接征信' (no licensed body: claimed); '终身维护', '快速响应', '完善的权限"
                 "管理', '日志长期保存' state nothing; HTTPS; 7×24 stated; 赠送 智能客服机器人、区块链存证 (bloat) + 营销插件、会员体系 "
                 "(deferrable); '风控模型为加密组件' (partial). The AI's ⭐ pick and the clerk's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence", "marketing_plugins", "membership"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor=QSH, gate="pass", price=265550,
             why="'20.5万（不含税，税率13%）' and the must-have 风控模型 '选配，+3万元（不含税）' (conditional, added): (205,000 + 30,000) × 1.13 = "
                 "265,550 — above the 18–25万 band and the 24万 budget although its sticker looks inside; 个人征信接口 (百行 + 朴道), 反欺诈, 还款"
                 "计划/提醒, 审批流, 用户管理; 等保三级证书15020343004-23006; SM4 on ID/mobile/bank card; HTTPS; RBAC; 6个月 logs; 百行 + 朴道; "
                 "12个月 '仅修复缺陷，不含版本升级'; '重大监管政策调整另行报价' (charged); 7×24, 2小时; 终身咨询; 写入合同; 12%/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", maintenance_includes_upgrades="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "price_over_budget"],
             flex=NOGATE + ["price_below_15w", "no_sm4", "maintenance_under_12m", "audit_log_under_6m", "no_7x24",
                            "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor=HS, gate="unverified", price=226000,
             why="'22.6万（含税）' = 226,000 inside 18–25万; '三级申请中（测评报告已出具，备案证明待公安机关核发）' (in progress: unverified, never "
                 "fail); 个人征信接口 (百行), 风控模型, 反欺诈, 还款计划/提醒, 审批流, 用户管理; SM4 (ID, mobile); HTTPS; RBAC; 12个月 logs; 百行; "
                 "12个月 with 小版本升级; 政策免费; 7×24, 1小时; 终身咨询; 写入合同; 2万/年; 完整源码 无加密.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_7x24", "maintenance_under_12m", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor=HB, gate="fail", price=65000,
             why="'6.5万（含税）' = 65,000 (under 10万); 征信接口 '无，需客户自行对接' (must-have absent); 等保 '无' (fail); AES (no SM4); logs "
                 "1个月; 免费维护3个月; 工作日QQ群; '授权使用，绑定服务器，不提供源代码' (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, audit_log_months=1, free_maintenance_months=3, support_7x24=False,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"),
             fin=["repayment_management", "user_management"], fex=["personal_credit_report"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "source_licence_only"]),
    ]
    write_toml(
        "zh_03_pc_ai_markdown_paste.toml",
        """Voice: 王晓燕 of the 风险管理部 at 包头昆都仑鑫融小额贷款 (personal credit only, no cross-border business, budget 24万 含税) on
  2025-12-01 has the AI assistant 豆包 tabulate six quotes for 王总, pastes its markdown answer into a sheet and adds that she agrees.
Layout: one sheet, everything in column A, one line per cell — a title, her note (amounts checked against the originals, the
  quotes' words kept, the 豆包点评 column and 综合建议 are the AI's), the AI's intro line, the markdown header '| 序号 | 服务商 | 报价 |
  功能模块 | 等保 | 数据安全 | 征信接口 | 售后服务 | 源码交付 | 豆包点评 |', the '| --- |' rule, six '| … |' rows (names in **bold**,
  several facts per cell joined by '<br>', the sixth row a vendor that declined), the AI's **说明** (three numbered lines), its
  **综合建议**, a disclaimer and her own bold line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the table exists only as text — cells are split by '|' and '<br>', the separator row and the markdown '**' / '~~' are no data;
  the last column and the 综合建议 are an AI's opinion, and her line agrees with it: 呼和浩特赛罕 (⭐ '性价比最高') 16.8万 with a struck
  '~~原价22.8万~~', 支持等保三级, 国密加密, 支持对接征信, 终身维护 (claims: unverified), 智能客服机器人 + 区块链存证 (bloat), encrypted risk
  model; 鄂尔多斯康巴什 19.8万 不含税 + 6% = 209,880; 包头青山 20.5万 不含税 13% with the must-have 风控模型 '选配 +3万（不含税）' → (205,000
  + 30,000) × 1.13 = 265,550, over the band and the budget, bug-only maintenance and 重大政策调整另行报价; 赤峰红山 22.6万 with 三级申请中
  (unverified, never fail); 乌海海勃湾 6.5万 + 等保 无 + no bureau interface + server-bound licence (fail); 通辽科尔沁 declined (not
  listed); the 说明 lines' numbering '1.' '2.' '3.' and '预计2026年1月' are no prices.""",
        "personal_credit", [name], KB,
        "鄂尔多斯康巴什 proves every gate (备案证明15060243002-24009, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), "
        "has every must-have plus 反欺诈, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, "
        "lifetime consulting, all in the contract, full unencrypted source — at 209,880 含税 inside 18–25万 (3 years 209,880 + 2 × 18,000 = "
        "245,880). The AI's and the clerk's pick 呼和浩特赛罕 (168,000) only claims 等保, 国密, 征信 and lifetime maintenance (unverified), "
        "pads with bloat and encrypts its risk model; 包头青山 is 265,550 once 13% VAT and its 选配 风控模型 are added (over the band) and "
        "gives bug-only maintenance with charged major policy changes; 赤峰红山 is only 申请中 (unverified); 乌海海勃湾 fails; 通辽科尔沁 "
        "declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zh01, build_zh02, build_zh03):
        build()
    print("built zh_01 … zh_03 into", HERE)
