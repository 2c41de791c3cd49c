"""Build the "zq" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a lender's 报价汇总 in which every vendor row is followed by an indented, nameless '备注：…' row that
belongs to it and alone carries the tax basis, an option's price, the 等保 filing state, the yearly fee or the source-code licence
(several main-row cells only say '见备注') (zq_01); a CSV exported by an in-house 采购管理系统 in which every data field is wrapped
in Excel's text-forcing ="…" (supplier codes with leading zeros, phone numbers, filing numbers, amounts in 元 as ="296000.00",
the tax rate as ="13%"), with a metadata line above the header and the reviewer's lines at the foot (zq_02); a buyer's 打分表 in
which each vendor's quote is split into a '基础包' row and an '增值包（选购）' row, both naming the vendor, the 增值包 being optional
modules at a price, and the buyer wrote her 1–5 score in brackets after the vendor's words in the same cell ('…日志保存12个月（4分）')
with a 合计得分 column of her own (zq_03). The expected reading of every file is in the matching zq_0N_*.toml, written from the
file's content and shared/domain.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zq.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zq_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_toml  # noqa: E402

CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]
PRICE_FLAGS = ["price_below_10w", "price_below_15w", "price_over_budget", "price_missing"]


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
# zq_01  个人信用贷 — 泉州丰泽鑫源小额贷款's 综合管理部 (陈志鹏) sums up six quotes: one row per vendor, and under each an indented
#        row '备注：…' with no name and no 序号 that belongs to the row above — the only place for the tax basis, 漳州芗城's risk-model
#        option, 龙岩新罗's 等保 filing state, 厦门思明's yearly fee and 莆田城厢's source licence. The 部门意见 column and the 结论 are his.
# ---------------------------------------------------------------------------------------------
ZQ01_HEAD = ["序号", "供应商", "报价（万元）", "功能模块", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存", "征信接口",
             "免费维护期", "维护范围", "监管政策适配", "技术支持", "响应时限", "终身技术咨询", "写入合同", "期满年费", "源码交付",
             "部门意见"]
ZQ01_ROWS = [
    (["1", "厦门思明信达科技有限公司", 22.8,
      "个人征信（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及还款提醒、风控审批流、用户管理",
      "已取得（编号见备注）", "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC角色权限", "12个月",
      "中国人民银行征信中心、百行征信", "12个月", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24", "2小时内（指定工程师）",
      "提供", "全部写入合同", "见备注", "完整源码，无加密，可二次开发", "材料齐全，价格中等偏上"],
     "备注：报价为含税价（增值税6%专用发票）；等保三级备案证明编号35020343012-24008，已核对原件；维保期满后年服务费2.4万元/年，"
     "已写入合同草案。"),
    (["2", "漳州芗城融科信息技术有限公司", 19.8,
      "个人征信（百行征信、朴道征信）、风控模型（评分卡，选配）、反欺诈规则、还款计划、风控审批、用户管理",
      "已取得（备案证明35060043007-24011）", "SM4（身份证号、手机号）", "HTTPS", "RBAC", "12个月", "百行征信、朴道征信", "12个月",
      "缺陷修复及小版本升级", "监管政策调整免费适配", "5×8（工作日）", "4小时", "提供", "写入合同", "按合同额12%/年",
      "完整源码，可二次开发", "价格适中"],
     "备注：19.8万为不含税价，增值税6%另计；风控模型（评分卡）为选配模块，另加1.6万元（不含税），未包含在19.8万内。"),
    (["3", "泉州鲤城云贷网络科技有限公司", 16.5,
      "个人征信、智能风控、反欺诈、还款管理、风控审批、用户管理、智能客服机器人（赠送）、区块链存证（赠送）",
      "按等保三级标准设计，可协助客户测评", "采用国密算法加密", "HTTPS", "完善的权限管理", "长期保存", "支持对接征信", "终身维护",
      "全面维护", "积极配合", "7×24", "第一时间", "终身免费", "可协商", "无（终身维护）", "源码交付（反欺诈引擎加密）",
      "价格实惠，终身维护，还送智能客服和区块链存证，性价比最高"],
     "备注：报价含税；智能客服机器人、区块链存证两个模块免费赠送；维护期报价单只写“终身维护”，未写具体年限。"),
    (["4", "莆田城厢软件有限公司", 13.2,
      "个人征信（百行征信）、风控模型（规则引擎）、反欺诈规则、还款管理、风控审批、用户管理",
      "已取得（备案证明35030043005-24003）", "AES-128", "HTTPS", "角色权限", "3个月", "百行征信", "6个月", "仅修复缺陷，不含升级",
      "按次收费", "5×8（工作日）", "次日", "不提供", "写入合同", "按次收费，5000元/次", "见备注", "最便宜，但日志只存3个月"],
     "备注：13.2万为不含税价，开3%普通发票，税费另加；源码仅授权使用，授权绑定服务器，不交付源代码。"),
    (["5", "龙岩新罗数智科技有限公司", 23.6,
      "个人征信（人行二代征信、百行征信）、风控模型（评分卡）、反欺诈模型、还款计划及提醒、风控审批、用户管理",
      "见备注", "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC角色权限", "12个月",
      "中国人民银行征信中心、百行征信", "12个月", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24", "2小时内", "提供",
      "全部写入合同", "2.2万元/年", "完整源码，无加密，可二次开发", "等保证书还没下来"],
     "备注：报价含税（6%专票）；等保三级测评已完成，备案证明申请中，对方预计2026年1月下发。"),
    (["6", "南平延平数码科技有限公司", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—",
      "已放弃"],
     "备注：11月20日电话回复，项目排期已满，不参与本次报价。"),
]


def build_zq01():
    name = "zq_01_pc_beizhu_suojin_hang.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "报价汇总"
    widths(ws, [5, 26, 10, 40, 22, 22, 14, 14, 10, 22, 10, 18, 18, 12, 14, 10, 12, 14, 22, 24])
    _text(ws, 1, 1, 20, "泉州丰泽鑫源小额贷款有限公司 个人信用贷系统源码 报价汇总", font=TITLE)
    _text(ws, 2, 1, 20,
          "整理：综合管理部 陈志鹏　2025-11-26。本公司只做个人信用贷，无跨境业务。每家供应商下面缩进的一行“备注”是该家报价单的补充说明"
          "（计税方式、选配、证书等），和上一行是同一家。“部门意见”是我们部门的看法。", height=32)
    put_row(ws, 4, ZQ01_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[4].height = 30
    note_font = Font(italic=True, color="595959")
    note_align = Alignment(horizontal="left", vertical="top", wrap_text=True, indent=2)
    r = 5
    for row, note in ZQ01_ROWS:
        assert len(row) == len(ZQ01_HEAD), row[1]
        put_row(ws, r, row)
        ws.cell(row=r, column=20).fill = YELLOW
        ws.row_dimensions[r].height = 64 if row[0] != "6" else 20
        r += 1
        _text(ws, r, 2, 20, note, font=note_font, align=note_align, height=20)
        r += 1
    r += 1
    _text(ws, r, 1, 20,
          "结论（陈志鹏）：建议首选泉州鲤城云贷（16.5万，终身维护，功能最全，还送两个模块），备选厦门思明信达。南平延平已放弃。"
          "请总经理审批。", font=BOLD, height=30)
    ws.freeze_panes = "C5"
    _save(wb, name)

    vendors = [
        good("厦门思明信达科技有限公司", 228000,
             "main row '22.8' under 报价（万元） = 228,000, its 备注 row below: 含税价（增值税6%专用发票） — inside 18–25万; 个人征信 (人行二代 + "
             "百行), 风控模型 (评分卡+规则引擎), 反欺诈模型, 还款计划及还款提醒, 风控审批流, 用户管理, no bloat; 等保三级 '已取得（编号见备注）' "
             "with 备案证明35020343012-24008 in the 备注 row; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 12个月; 人行 + 百行; "
             "12个月 with 小版本升级; 政策免费; 7×24; 2小时 named engineer; 终身咨询 提供; 全部写入合同; 期满年费 '见备注' → '2.4万元/年' "
             "= 24,000; 完整源码 无加密.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
        dict(vendor="漳州芗城融科信息技术有限公司", gate="pass", price=226840,
             why="main row '19.8' 万元, and only the 备注 row below says '19.8万为不含税价，增值税6%另计' and that the must-have 风控模型 "
                 "(listed '选配' in the modules) costs '另加1.6万元（不含税），未包含在19.8万内' (conditional, added): (198,000 + 16,000) × "
                 "1.06 = 226,840 inside 18–25万; 个人征信 (百行 + 朴道), 反欺诈规则, 还款计划, 风控审批, 用户管理; 等保三级 备案证明"
                 "35060043007-24011; SM4 (ID, mobile); HTTPS; RBAC; logs 12; 百行 + 朴道; 12个月 with 小版本升级; 政策免费; 5×8; 4小时; "
                 "终身咨询 提供; 写入合同; '按合同额12%/年' (no amount); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="stated", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["conditional", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                            "policy_adaptation_charged", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                            "source_partial", "source_licence_only"]),
        dict(vendor="泉州鲤城云贷网络科技有限公司", gate="unverified", price=165000,
             why="'16.5' 万元, 备注 '报价含税' = 165,000 (below the 18–25万 band, above 15万); '按等保三级标准设计，可协助客户测评' (claimed: "
                 "unverified); '采用国密算法加密' (which? claimed); '支持对接征信' (no body: claimed); 日志 '长期保存' (claimed); '终身维护' "
                 "(claimed — its own 备注 says no period is written); '完善的权限管理', '全面维护', '积极配合', '第一时间', '终身免费', '可协商' "
                 "state nothing; HTTPS and 7×24 stated; 智能客服机器人 + 区块链存证 赠送 (bloat); '反欺诈引擎加密' (partial). The 部门意见 "
                 "'性价比最高' and the 结论 are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX),
        dict(vendor="莆田城厢软件有限公司", gate="pass", price=135960,
             why="'13.2' 万元 and its 备注 '13.2万为不含税价，开3%普通发票，税费另加': 132,000 × 1.03 = 135,960 (caution zone: cheaper is "
                 "not better); 个人征信 (百行), 风控模型 (规则引擎), 反欺诈规则, 还款管理, 风控审批, 用户管理; 等保三级 备案证明"
                 "35030043005-24003 (stated); 'AES-128' (no SM4); HTTPS; 角色权限; logs 3个月 (under 6); 百行; 6个月; '仅修复缺陷，不含升级' "
                 "(conditional); 政策 '按次收费' (charged); 5×8; 次日; 终身咨询 不提供; 写入合同; '5000元/次' (per incident, no yearly fee); "
                 "源码 '见备注' → '源码仅授权使用，授权绑定服务器，不交付源代码' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "not_in_contract", "bloat_features", "source_partial"]),
        dict(vendor="龙岩新罗数智科技有限公司", gate="unverified", price=236000,
             why="'23.6' 万元, 备注 '报价含税（6%专票）' = 236,000 inside 18–25万; 等保三级 cell '见备注' → '等保三级测评已完成，备案证明申请中，"
                 "对方预计2026年1月下发' (in progress: unverified, never fail — no worse than a blank); everything else stated and good: "
                 "all must-haves + 反欺诈模型, SM4 on ID/mobile/bank card, HTTPS, RBAC, logs 12, 人行 + 百行, 12个月 with 小版本升级, 政策"
                 "免费, 7×24, 2小时, 终身咨询, 全部写入合同, 2.2万元/年, 完整源码. '等保证书还没下来' is the buyer's.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=2, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flex=NOGATE + ["price_below_15w", "price_over_budget", "conditional"] + AFTER_BAD),
    ]
    write_toml(
        "zq_01_pc_beizhu_suojin_hang.toml",
        """Voice: 陈志鹏 of the 综合管理部 at 泉州丰泽鑫源小额贷款 (personal credit only, no cross-border business) sums up the quotes
  for the general manager on 2025-11-26; the 部门意见 column and the 结论 line are his department's.
Layout: sheet 报价汇总 — title, a note row (the indented 备注 line under each vendor belongs to the vendor above), header 序号 |
  供应商 | 报价（万元） | 功能模块 | 等保三级 | 数据加密 | 传输加密 | 权限管理 | 日志保存 | 征信接口 | 免费维护期 | 维护范围 | 监管政策适配 |
  技术支持 | 响应时限 | 终身技术咨询 | 写入合同 | 期满年费 | 源码交付 | 部门意见; six vendor rows (the sixth 已放弃), EACH followed by a
  row with no 序号 and no name whose B:T merged, indented, grey-italic cell reads '备注：…'; a 结论 line. Frozen at C5.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the 备注 rows are no vendors and carry facts found nowhere else — the tax basis of every quote (漳州芗城 19.8 and 莆田城厢
  13.2 are 不含税), 漳州芗城's must-have 风控模型 as a 1.6万 不含税 option (198,000 + 16,000) × 1.06 = 226,840 (conditional, added),
  莆田城厢 132,000 × 1.03 = 135,960 (caution zone) with a server-bound licence (源码 '见备注': licence only), 龙岩新罗's 等保 '见备注'
  = 备案证明申请中 (unverified, never fail), 厦门思明's filing number and its 2.4万元/年 (期满年费 '见备注'); the bare numbers are
  万元 (22.8 = 228,000); 泉州鲤城 (his pick, 16.5万) only claims (按等保三级标准设计, 国密算法, 支持对接征信, 长期保存, 终身维护:
  unverified), with 智能客服机器人 + 区块链存证 赠送 (bloat) and an encrypted anti-fraud engine (partial); 南平延平 declined (not
  listed, its 备注 is no quote); '12%/年', '5000元/次', 3% / 6% and filing numbers are no prices.""",
        "personal_credit", [name], "厦门思明信达科技有限公司",
        "厦门思明 proves every gate (备案证明35020343012-24008, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has "
        "every must-have plus 反欺诈模型 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours "
        "by a named engineer, lifetime consulting, all in the contract, full unencrypted source — at 228,000 含税 inside 18–25万 "
        "(3 years 228,000 + 2 × 24,000 = 276,000). 漳州芗城 is 226,840 含税 once its 备注 (不含税, risk-model option) is read, with "
        "5×8/4h; the buyer's pick 泉州鲤城 (165,000) proves nothing (unverified), pads with bloat and encrypts its anti-fraud engine; "
        "龙岩新罗 is good but its 等保 filing is only 申请中 (unverified); 莆田城厢 is 135,960 in the caution zone without SM4, with "
        "3-month logs and no source code; 南平延平 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zq_02  商户经营性贷 — 济南历下恒通小额贷款's 计划财务部 (孙立群) exports the 询价单 from the company's 采购管理系统 as CSV (GB18030):
#        every data field is written as ="…" so Excel keeps codes and numbers as text (="S000318", ="0531-88697120",
#        ="296000.00", ="13%"); the metadata line and the foot lines too. The 评审备注 column and the 评审意见 line are hers.
# ---------------------------------------------------------------------------------------------
ZQ02_META = ["询价单号：XJ20251118003", "询价标题：商户经营贷业务系统源码采购", "导出人：孙立群（计划财务部）",
             "导出时间：2025-12-02 10:15:32"]
ZQ02_HEAD = ["行号", "供应商编码", "供应商名称", "联系电话", "报价状态", "报价金额(元)", "计税方式", "税率", "选配/另计说明", "功能清单",
             "等保三级", "等保备案证明编号", "数据加密", "传输加密", "权限管理", "日志保存期", "征信接口", "免费维护期", "维护范围",
             "监管政策适配", "技术支持", "响应时限", "终身技术咨询", "承诺写入合同", "期满年服务费(元/年)", "源码交付", "评审备注"]
ZQ02_ROWS = [
    ["1", "S000318", "济南高新智贷科技有限公司", "0531-88697120", "已报价", "296000.00", "含税", "6%", "无",
     "企业征信（人行企业征信、百行征信）、银行流水分析、电子合同（CA签章）、风控审批、还款计划及提醒、用户管理、数据大屏",
     "已取得", "37010043015-24009", "国密SM4（法人身份证号、手机号、对公账号）", "HTTPS（TLS1.2）", "RBAC角色权限", "12个月",
     "中国人民银行征信中心、百行征信", "12个月", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24", "2小时内（指定工程师）",
     "提供", "全部写入合同", "28000.00", "完整源码，无加密，可二次开发", "价格偏高，材料齐全"],
    ["2", "S000027", "青岛市南汇通软件有限公司", "0532-85901346", "已报价", "260000.00", "不含税", "13%",
     "电子合同模块另计15000元（不含税），未含在报价金额内",
     "企业征信（百行征信）、银行流水分析、电子合同（另计）、风控审批、还款管理、用户管理、API开放平台",
     "已取得", "37020043009-23017", "SM4（身份证号、手机号）", "HTTPS", "角色权限", "6个月", "百行征信、朴道征信", "12个月",
     "缺陷修复，不含升级", "监管政策调整免费适配", "7×24", "2小时", "提供", "写入合同", "按合同额10%/年", "完整源码",
     "不含税，电子合同另算"],
    ["3", "S000541", "烟台芝罘云链信息技术有限公司", "0535-66238017", "已报价", "面议", "", "",
     "需到现场调研后按模块报价",
     "企业征信（人行企业征信、百行征信）、银行流水分析、电子合同、风控审批、还款计划、用户管理",
     "已取得", "37060243011-24006", "国密SM4（身份证号、手机号、对公账号）", "HTTPS（TLS1.2）", "RBAC角色权限", "12个月",
     "中国人民银行征信中心、百行征信", "12个月", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24", "2小时内", "提供",
     "全部写入合同", "26000.00", "完整源码，无加密，可二次开发", "没给价格，催过两次"],
    ["4", "S000106", "潍坊奎文数科有限公司", "0536-82107755", "已报价", "98000.00", "含税", "3%", "无",
     "企业征信（百行征信）、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "已取得", "37070043002-24005", "AES-256", "HTTPS", "角色权限", "3个月", "百行征信", "3个月", "仅修复缺陷", "按次收费",
     "5×8（工作日）", "次日", "不提供", "未写入", "按次收费5000元/次", "部分源码（流水分析引擎加密）", "最便宜，维护只有3个月"],
    ["5", "S000452", "淄博张店融易网络科技有限公司", "0533-23186690", "已报价", "248000.00", "含税", "6%",
     "无（跨境支付通道、元宇宙营销展厅、智能客服机器人免费赠送）",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、跨境支付通道（赠送）、元宇宙营销展厅（赠送）、"
     "智能客服机器人（赠送）",
     "满足等保三级要求", "", "国密算法加密", "HTTPS", "完善的权限体系", "长期保存", "可对接主流征信平台", "终身维护", "全面维护",
     "积极配合", "7×24", "第一时间", "终身免费", "可协商", "无（终身维护）", "源码交付（风控引擎加密）", "功能最全，终身维护，推荐"],
    ["6", "S000733", "日照东港信息科技有限公司", "0633-87651209", "已放弃", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "", "", "", "", "", "", "", "11-21电话告知不参与"],
]
ZQ02_FOOT = [
    ["共6家供应商，已报价5家，已放弃1家"],
    ["评审意见（孙立群）：淄博张店融易报价24.8万含税，在预算内，功能最全（还送跨境支付、元宇宙营销、智能客服），承诺终身维护，"
     "建议优先谈判；济南高新价格偏高，作为备选。本公司只做本地商户经营贷，无跨境业务。"],
]


def _xl(v: str) -> str:
    """One field as Excel's text-forcing formula ="…" (the export never quotes: no field holds a comma, quote or line break)."""
    assert not any(ch in v for ch in ',"\r\n'), v
    return f'="{v}"'


def build_zq02():
    name = "zq_02_ml_dengyu_yinhao_csv.csv"
    lines = [",".join(_xl(v) for v in ZQ02_META), ",".join(ZQ02_HEAD)]
    for row in ZQ02_ROWS:
        assert len(row) == len(ZQ02_HEAD), row[2]
        lines.append(",".join(_xl(v) for v in row))
    lines += [",".join(_xl(v) for v in row) for row in ZQ02_FOOT]
    (HERE / name).write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))

    vendors = [
        good("济南高新智贷科技有限公司", 296000,
             "='296000.00' under 报价金额(元), ='含税' ='6%' = 296,000 inside 25–35万 (='S000318' and ='0531-88697120' are a supplier code "
             "and a phone, no numbers to read); 企业征信 (人行 + 百行), 银行流水分析, 电子合同, 风控审批, 还款计划及提醒, 用户管理, 数据大屏 "
             "(deferrable, no bloat); 等保三级 已取得 with 备案证明 ='37010043015-24009'; SM4 on 法人身份证号/mobile/对公账号; HTTPS TLS1.2; "
             "RBAC; logs 12个月; 人行 + 百行; 12个月 with 小版本升级; 政策免费; 7×24; 2小时 named engineer; 终身咨询 提供; 全部写入合同; "
             "='28000.00' 元/年; 完整源码 无加密.",
             ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=28000,
             source_code_delivery="full"),
        dict(vendor="青岛市南汇通软件有限公司", gate="pass", price=310750,
             why="='260000.00' ='不含税' ='13%' and the must-have 电子合同 '另计15000元（不含税），未含在报价金额内' (conditional, added): "
                 "(260,000 + 15,000) × 1.13 = 310,750 inside 25–35万; 企业征信 (百行), 银行流水分析, 风控审批, 还款管理, 用户管理, API开放平台 "
                 "(deferrable, no bloat); 等保三级 已取得 ='37020043009-23017'; SM4 (ID, mobile); HTTPS; 角色权限; logs 6个月 (not under 6); "
                 "百行 + 朴道; 12个月 '缺陷修复，不含升级' (conditional); 政策免费; 7×24; 2小时; 终身咨询 提供; 写入合同; '按合同额10%/年' "
                 "(no amount); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "no_licensed_credit_bureau", "maintenance_under_12m", "policy_adaptation_charged", "no_7x24",
                            "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor="烟台芝罘云链信息技术有限公司", gate="unverified", price="null",
             why="='面议' with '需到现场调研后按模块报价': no price (unknown: unverified, price missing — the phone ='0535-66238017' and "
                 "='26000.00' 元/年 are no price); everything else stated and good: all three must-haves + core, 等保三级 已取得 "
                 "='37060243011-24006', SM4 on ID/mobile/对公账号, HTTPS, RBAC, logs 12, 人行 + 百行, 12个月 with 小版本升级, 政策免费, "
                 "7×24, 2小时, 终身咨询, 全部写入合同, 26,000元/年, 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "claimed"]
             + AFTER_BAD),
        dict(vendor="潍坊奎文数科有限公司", gate="fail", price=98000,
             why="='98000.00' ='含税' ='3%' = 98,000 (under 10万: do not buy); all three must-haves + core; 等保三级 已取得 "
                 "='37070043002-24005' (stated); 'AES-256' (no SM4); HTTPS; 角色权限; logs 3个月 (under 6); 百行; 免费维护 3个月; '仅修复"
                 "缺陷' (no upgrades); 政策 '按次收费' (charged); 5×8; 次日; 终身咨询 不提供; 承诺 '未写入'; '按次收费5000元/次' (per "
                 "incident, no yearly fee); '部分源码（流水分析引擎加密）' (partial).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_10w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract",
                   "source_partial"],
             flex=["price_below_15w", "price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_tls",
                   "no_access_control", "bloat_features", "source_licence_only"]),
        dict(vendor="淄博张店融易网络科技有限公司", gate="unverified", price=248000,
             why="='248000.00' 含税 = 248,000 (below the 25–35万 band, above 15万); '满足等保三级要求' with an empty filing number (claimed: "
                 "unverified); '国密算法加密' (which? claimed); '可对接主流征信平台' (no body: claimed); 日志 '长期保存' (claimed); '终身维护' "
                 "(claimed); '完善的权限体系', '全面维护', '积极配合', '第一时间', '终身免费', '可协商', '无（终身维护）' state nothing; HTTPS "
                 "and 7×24 stated; 跨境支付通道、元宇宙营销展厅、智能客服机器人 赠送 (bloat; no cross-border business); '风控引擎加密' "
                 "(partial). The 评审备注 '推荐' and the 评审意见 are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + ["overseas_payment", "metaverse_marketing", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX),
    ]
    write_toml(
        "zq_02_ml_dengyu_yinhao_csv.toml",
        """Voice: 孙立群 of the 计划财务部 at 济南历下恒通小额贷款 (local merchant operating loans, no cross-border business) exports
  询价单 XJ20251118003 from the company's 采购管理系统 on 2025-12-02; the 评审备注 column and the 评审意见 line are hers.
Layout: GB18030 CSV, CRLF; line 1 a metadata line of four fields (询价单号, 询价标题, 导出人, 导出时间); line 2 the plain header
  行号 | 供应商编码 | 供应商名称 | 联系电话 | 报价状态 | 报价金额(元) | 计税方式 | 税率 | 选配/另计说明 | 功能清单 | 等保三级 |
  等保备案证明编号 | 数据加密 | 传输加密 | 权限管理 | 日志保存期 | 征信接口 | 免费维护期 | 维护范围 | 监管政策适配 | 技术支持 | 响应时限 |
  终身技术咨询 | 承诺写入合同 | 期满年服务费(元/年) | 源码交付 | 评审备注; six data rows and two foot lines in which EVERY field,
  the empty ones too, is written unquoted as Excel's text-forcing formula ="…" (="S000318", ="0531-88697120", ="296000.00",
  ="13%", ="").
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the ="…" wrapper is no part of any value (="296000.00" is 296,000 元, ="12个月" is 12 months, ="" is blank); the metadata
  line and the foot lines are no vendors; supplier codes with leading zeros, phone numbers, filing numbers, the 询价单号 and
  the export time are no prices; 青岛市南 260,000 不含税 13% plus its must-have 电子合同 as a 15,000 不含税 option = 310,750
  (conditional, added) with '缺陷修复，不含升级' (conditional); 烟台芝罘 ="面议" (no price: unverified) though everything else is
  proven; 潍坊奎文 98,000 (under 10万: fail) with AES, 3-month logs, 3 months, 未写入 and an encrypted cash-flow engine (partial);
  淄博张店 (her pick, 24.8万 '在预算内') only claims (满足等保三级要求 with no filing number, 国密算法, 主流征信, 长期保存, 终身维护:
  unverified), with 跨境支付通道 + 元宇宙营销展厅 + 智能客服机器人 赠送 (bloat) and an encrypted risk engine (partial); 日照东港
  ="已放弃" (not listed); '10%/年', '5000元/次' and the tax rates are no prices.""",
        "merchant_loan", [name], "济南高新智贷科技有限公司",
        "济南高新 proves every gate (备案证明37010043015-24009, SM4 on ID/mobile/对公账号, HTTPS, RBAC, 12-month logs, 人行 + 百行), has "
        "every must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named "
        "engineer, lifetime consulting, all in the contract, full unencrypted source — at 296,000 含税 inside 25–35万 (3 years "
        "296,000 + 2 × 28,000 = 352,000). 青岛市南 is 310,750 含税 once its contract option and 13% VAT are counted, with bug-only "
        "maintenance; the buyer's pick 淄博张店 (248,000) proves nothing (unverified), pads with three bloat modules and encrypts its "
        "risk engine; 烟台芝罘 gives no price (unverified); 潍坊奎文 is 98,000 (under 10万: fail); 日照东港 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zq_03  消费分期 — 成都锦江惠分小额贷款's 产品运营部 主管 何晓雯 scores the quotes: each vendor has a '基础包' row and (mostly) an
#        '增值包（选购）' row, both naming the vendor; the 增值包 is optional modules at a price. She wrote her 1–5 score in brackets
#        after the vendor's words inside each cell of the 基础包 row, and a 合计得分 column; the 结论 line is hers.
# ---------------------------------------------------------------------------------------------
ZQ03_HEAD = ["供应商", "包", "报价", "包含模块", "等保及数据安全", "征信与日志", "售后服务", "源码交付", "合计得分"]
ZQ03_ROWS = [
    ["成都武侯智分科技有限公司", "基础包", "23.5万，含税（6%专票）（3分）",
     "商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理（5分）",
     "等保三级，备案证明51010743016-24004；国密SM4加密身份证号、手机号、银行卡号；HTTPS（TLS1.2）；RBAC角色权限（5分）",
     "征信：百行征信、朴道征信；操作日志保存12个月（4分）",
     "免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24技术支持，2小时内响应；终身技术咨询；以上全部写入合同；"
     "期满年服务费2.3万元/年（4分）",
     "完整源码，无加密，可二次开发（5分）", 26],
    ["成都武侯智分科技有限公司", "增值包（选购）", "+3.2万（含税）", "积分商城、社交分享", "—", "—", "—", "—", "不计分"],
    ["绵阳涪城分期宝软件有限公司", "基础包", "19.6万，不含税，税率6%（4分）",
     "商品管理、分期计算器、还款管理、风控审批、用户管理（3分）",
     "等保三级，证书编号51070043004-23019；SM4加密（身份证号、手机号）；HTTPS；角色权限（5分）",
     "征信：百行征信；日志保存6个月（3分）",
     "免费维护12个月（含缺陷修复及小版本升级）；一般政策调整免费，重大监管政策调整另行报价；7×24技术支持，2小时响应；终身技术咨询；"
     "写入合同（3分）",
     "完整源码（5分）", 23],
    ["绵阳涪城分期宝软件有限公司", "增值包（选购）", "+2.4万（不含税）", "订单跟踪、积分商城", "—", "—", "—", "—", "不计分"],
    ["德阳旌阳易购科技有限公司", "基础包", "15.8万，含税（5分）",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理、智能客服机器人（赠送）（5分）",
     "已通过等保测评；采用国密算法；HTTPS；完善的权限管理（5分）",
     "支持对接各类征信；日志长期保存（5分）",
     "终身维护；7×24技术支持；第一时间响应；终身免费咨询（5分）",
     "源码交付（核心分期定价引擎加密）（4分）", 29],
    ["德阳旌阳易购科技有限公司", "增值包（选购）", "+6.8万（含税）", "元宇宙营销展厅、区块链存证", "—", "—", "—", "—", "不计分"],
    ["乐山市中快分信息技术有限公司", "基础包", "12.6万，含税（5分）",
     "商品管理、订单管理、还款管理、风控审批、用户管理（3分）",
     "等保三级，备案证明51110043002-24007；AES-256加密；HTTPS；角色权限（3分）",
     "征信：百行征信；日志保存6个月（3分）",
     "免费维护6个月（仅修复缺陷，不含升级）；政策适配按次收费；5×8（工作日）技术支持，次日响应；不提供终身技术咨询；写入合同（2分）",
     "完整源码（5分）", 21],
    ["乐山市中快分信息技术有限公司", "增值包（选购）", "+2.0万（含税）", "分期计算器、营销插件", "—", "—", "—", "—", "不计分"],
    ["南充顺庆分期科技有限公司", "基础包", "28.8万，不含税，增值税13%（2分）",
     "商品管理、分期计算器、订单跟踪、还款计划、风控审批、用户管理、数据大屏（4分）",
     "等保三级，备案证明51130043011-24002；SM4加密（身份证号、手机号、银行卡号）；HTTPS；RBAC（5分）",
     "征信：中国人民银行征信中心、百行征信；日志保存24个月（5分）",
     "免费维护12个月（含缺陷修复及小版本升级）；监管政策调整免费适配；7×24技术支持，1小时内响应；终身技术咨询；全部写入合同；"
     "期满年服务费3.0万元/年（5分）",
     "完整源码，无加密（5分）", 26],
    ["南充顺庆分期科技有限公司", "增值包（选购）", "+1.5万（不含税）", "积分商城", "—", "—", "—", "—", "不计分"],
    ["遂宁船山云分期网络科技有限公司", "—", "已撤回（11月28日书面撤回报价）", "—", "—", "—", "—", "—", "—"],
]


def build_zq03():
    name = "zq_03_ci_jichubao_zengzhibao_defen.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "分期系统打分"
    widths(ws, [28, 14, 26, 40, 44, 30, 52, 26, 10])
    _text(ws, 1, 1, 9, "成都锦江惠分小额贷款有限公司 消费分期系统源码 供应商打分表", font=TITLE)
    _text(ws, 2, 1, 9,
          "整理：产品运营部 何晓雯　2025-12-03。我们做3C数码分期，无跨境业务。各家报价分“基础包”“增值包（选购）”两行录入，两行都写供应商"
          "名称；增值包是可选模块，要另外加钱。每格末尾括号里的分数是我按1–5分打的（5分最好），合计得分是基础包各格分数之和，增值包不计分。",
          height=44)
    put_row(ws, 4, ZQ03_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[4].height = 24
    for i, row in enumerate(ZQ03_ROWS, start=5):
        assert len(row) == len(ZQ03_HEAD), row[0]
        put_row(ws, i, row)
        ws.cell(row=i, column=9).fill = YELLOW
        if row[1] == "基础包":
            ws.row_dimensions[i].height = 96
        else:
            ws.row_dimensions[i].height = 22
            for c in range(1, 10):
                ws.cell(row=i, column=c).fill = GREY if c < 9 else YELLOW
    r = 5 + len(ZQ03_ROWS) + 1
    _text(ws, r, 1, 9,
          "结论（何晓雯）：德阳旌阳合计29分最高，基础包只要15.8万，售后和安全都是满分，建议首选；成都武侯、南充顺庆并列第二（26分）。"
          "遂宁船山已撤回。请分管副总审阅。", font=BOLD, height=30)
    ws.freeze_panes = "C5"
    _save(wb, name)

    vendors = [
        good("成都武侯智分科技有限公司", 235000,
             "基础包 '23.5万，含税（6%专票）（3分）' = 235,000 inside 20–30万 — '（3分）' is the buyer's score; all three must-haves + "
             "还款计划及提醒, 风控审批, 用户管理 in the 基础包, no bloat (its 增值包 积分商城、社交分享 +3.2万 is deferrable: not bought, "
             "not added); 等保三级 备案证明51010743016-24004; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; 百行 + 朴道; logs 12个月 "
             "(not 4: '（4分）' is her score); 12个月 with 小版本升级; 政策免费; 7×24; 2小时; 终身咨询; 全部写入合同; 2.3万元/年 = 23,000; "
             "完整源码 无加密.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=23000,
             source_code_delivery="full"),
        dict(vendor="绵阳涪城分期宝软件有限公司", gate="pass", price=233200,
             why="基础包 '19.6万，不含税，税率6%' lacks the must-have 订单跟踪, which is only in its 增值包 row '订单跟踪、积分商城' at "
                 "'+2.4万（不含税）' (conditional, the pack added): (196,000 + 24,000) × 1.06 = 233,200 inside 20–30万; 商品管理, 分期计算器, "
                 "还款管理, 风控审批, 用户管理; 等保三级证书51070043004-23019; SM4 (ID, mobile); HTTPS; 角色权限; 百行; logs 6个月 (not "
                 "under 6); 12个月 with 小版本升级; '重大监管政策调整另行报价' (conditional); 7×24; 2小时; 终身咨询; 写入合同; 完整源码. "
                 "The bracketed scores are the buyer's.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24",
                            "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor="德阳旌阳易购科技有限公司", gate="unverified", price=158000,
             why="基础包 '15.8万，含税' = 158,000 (below the 20–30万 band, above 15万) with all three must-haves — its 增值包 "
                 "(元宇宙营销展厅、区块链存证 +6.8万) is optional and not bought; '已通过等保测评' names no level and no filing (claimed: "
                 "unverified); '采用国密算法' (which? claimed); '支持对接各类征信' (no body: claimed); '日志长期保存' (claimed); '终身维护' "
                 "(claimed); '完善的权限管理', '第一时间响应', '终身免费咨询' state nothing; HTTPS and 7×24 stated; 智能客服机器人（赠送） in "
                 "the 基础包 (bloat); '核心分期定价引擎加密' (partial). Every '（5分）', the 合计 29 and the 结论 are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=CI + ["ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX),
        dict(vendor="乐山市中快分信息技术有限公司", gate="pass", price=146000,
             why="基础包 '12.6万，含税' lacks the must-have 分期计算器, which is only in its 增值包 '分期计算器、营销插件' at '+2.0万（含税）' "
                 "(conditional, the pack added): 126,000 + 20,000 = 146,000 — still the caution zone (under 15万); 商品管理, 订单管理, "
                 "还款管理, 风控审批, 用户管理; 等保三级 备案证明51110043002-24007 (stated); 'AES-256' (no SM4); HTTPS; 角色权限; 百行; "
                 "logs 6个月; 免费维护6个月 '仅修复缺陷，不含升级' (conditional); 政策 '按次收费' (charged); 5×8; 次日; 不提供终身咨询; "
                 "写入合同; 完整源码. The buyer's '（5分）' for the lowest price is hers.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "conditional", "no_sm4", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                            "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="南充顺庆分期科技有限公司", gate="pass", price=325440,
             why="基础包 '28.8万，不含税，增值税13%' with all three must-haves: 288,000 × 1.13 = 325,440 — above the 20–30万 band (over "
                 "budget, although the sticker looks inside it); its 增值包 积分商城 +1.5万 is deferrable, not added; 商品管理, 分期计算器, "
                 "订单跟踪, 还款计划, 风控审批, 用户管理, 数据大屏 (no bloat); 等保三级 备案证明51130043011-24002; SM4 on ID/mobile/bank "
                 "card; HTTPS; RBAC; 人行 + 百行; logs 24个月; 12个月 with 小版本升级; 政策免费; 7×24; 1小时; 终身咨询; 全部写入合同; "
                 "3.0万元/年 (tax basis of the fee not asserted); 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=24,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_over_budget"],
             flex=["price_below_10w", "price_below_15w", "price_missing", "no_mlps_level3", "missing_must_have", "conditional",
                   "claimed"] + AFTER_BAD),
    ]
    write_toml(
        "zq_03_ci_jichubao_zengzhibao_defen.toml",
        """Voice: 何晓雯, supervisor in the 产品运营部 of 成都锦江惠分小额贷款 (3C instalments, no cross-border business), scores the
  quotes on 2025-12-03 for the deputy GM; every bracketed '（N分）', the 合计得分 column and the 结论 line are hers.
Layout: sheet 分期系统打分 — title, her note row (each quote in a 基础包 row and an 增值包（选购） row, both naming the vendor; the
  增值包 is optional and paid on top; the bracketed 1–5 scores are hers; 合计 = the 基础包 scores), header 供应商 | 包 | 报价 | 包含模块 |
  等保及数据安全 | 征信与日志 | 售后服务 | 源码交付 | 合计得分; eleven rows — five vendors with a 基础包 row (every cell the vendor's
  words followed by her '（N分）') and a grey 增值包 row ('+3.2万（含税）', modules, '—' elsewhere, '不计分'), and one withdrawn vendor
  in a single row; a 结论 line. Frozen at C5.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the two rows of a vendor are ONE quote, not two vendors or two packages to rank; the 增值包 is bought only where it holds a
  must-have — 绵阳涪城's 订单跟踪 (19.6万 + 2.4万, 不含税 6% = 233,200) and 乐山市中's 分期计算器 (12.6万 + 2.0万 含税 = 146,000, still
  the caution zone) are conditional and added, while 成都武侯's 积分商城/社交分享, 德阳旌阳's 元宇宙营销展厅/区块链存证 and 南充顺庆's
  积分商城 are not bought; the scores are no values ('日志保存12个月（4分）' is 12 months, '（3分）' after a price is no price), and her
  合计 is no ranking; 南充顺庆's 28.8万 不含税 13% = 325,440 is over the 20–30万 band; 德阳旌阳 (her pick, 29分, 15.8万) only claims
  (已通过等保测评 with no level, 国密算法, 各类征信, 长期保存, 终身维护: unverified), with 智能客服机器人 赠送 in its 基础包 (bloat)
  and an encrypted pricing engine (partial); 乐山市中 has AES, 6 months bug-only, 按次收费, 5×8/次日; 绵阳涪城's 重大监管政策调整
  另行报价 is conditional; 遂宁船山 withdrew (not listed).""",
        "consumer_installment", [name], "成都武侯智分科技有限公司",
        "成都武侯 proves every gate (备案证明51010743016-24004, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 百行 + 朴道), has "
        "all three instalment must-haves in its 基础包 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 "
        "within 2 hours, lifetime consulting, all in the contract, full unencrypted source — at 235,000 含税 inside 20–30万 (3 years "
        "235,000 + 2 × 23,000 = 281,000). 绵阳涪城 is 233,200 含税 only with its 增值包 (订单跟踪) and charges major policy changes; "
        "南充顺庆 is equally good but 325,440 含税, over budget; the buyer's pick 德阳旌阳 (158,000, 29分) proves nothing (unverified), "
        "pads with a bloat module and encrypts its pricing engine; 乐山市中 is 146,000 with its 增值包, in the caution zone, without "
        "SM4 and with 6 months bug-only, 5×8/次日; 遂宁船山 withdrew.",
        vendors)


if __name__ == "__main__":
    for build in (build_zq01, build_zq02, build_zq03):
        build()
    print("built zq_01 … zq_03 into", HERE)
