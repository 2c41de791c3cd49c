"""Build the "zg" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a 采购需求响应表 where the requirements run down column A and every vendor answers in a column pair
(响应 满足/部分满足/不满足 | 说明) under its merged name (zg_01), a GB18030 CSV 初筛核对表 of ✔/✘/○ ticks whose circled footnote
numbers (①…⑳) are explained below the table (zg_02), and one sheet holding two tables side by side — the 科技部's technical
table on the left and the 财务部's price table on the right, the vendors in a different order in each and one vendor only on
the left (zg_03). The expected reading of every file is in the matching zg_0N_*.toml, written from the file's content and
shared/domain.md only; the author neither ran the product on these files nor read its reading code.

The copy in tests/cases of zg_01's toml carries one correction made after measuring ('长期保存' is a claim, as domain.md
section 7 and the file's own Traps line say, not a blank); this script writes the expectation as it was written blind.

Run:  .venv/bin/python tests/holdout/make_cases_zg.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zg_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import LEFT, BLOAT, PC, ML, CI, CORE, NOGATE, _save, write_csv, write_toml, good  # noqa: E402

CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]


def _text(ws, r, c1, c2, text, *, font=None, height=None, fill=None):
    c = ws.cell(row=r, column=c1, value=text)
    c.alignment = LEFT
    c.font = font or Font()
    if fill:
        c.fill = fill
    if c2 > c1:
        ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# zg_01  个人信用贷 — 荆门象山惠民小额贷款's 采购需求响应表: 23 requirement rows down the left (序号 | 类别 | 需求描述), and for each
#        vendor a column PAIR 响应 | 说明 under its name merged across the pair; the vendors chose 满足/部分满足/不满足 themselves
#        and wrote the 说明; a last 评审组意见 row (merged per pair) is the buyer's.
# ---------------------------------------------------------------------------------------------
ZG01_VENDORS = ["襄阳隆中数科有限公司", "宜城楚都网络科技有限公司", "枣阳白水软件有限公司", "老河口光化信息技术有限公司",
                "谷城南河科技有限公司", "南漳水镜软件有限公司"]
# one row per requirement: (类别, 需求描述, [(响应, 说明) for each vendor in ZG01_VENDORS])
WD = ("—", "—")
ZG01_ROWS = [
    ("功能", "个人征信报告查询（征信接口对接）", [
        ("满足", "个人征信报告查询，已对接人行二代征信及百行征信"), ("满足", "个人征信查询"), ("满足", "个人征信接口（百行征信）"),
        ("满足", "个人征信接口（百行征信）"), ("满足", "个人征信接口（朴道征信）"), ("—", "11月25日书面函告放弃本次响应")]),
    ("功能", "风控模型（评分卡/规则引擎）", [
        ("满足", "评分卡＋规则引擎"), ("满足", "AI智能风控"),
        ("部分满足", "基础版不含风控模型；风控模型（评分卡＋规则引擎）为选配模块，另加3万元（不含税）"),
        ("满足", "风控模型（规则引擎）"), ("满足", "风控模型（评分卡＋规则引擎）"), WD]),
    ("功能", "反欺诈模型", [
        ("满足", "反欺诈模型（设备指纹、关系图谱）"), ("满足", "反欺诈"), ("满足", "反欺诈模型"), ("满足", "反欺诈规则库"),
        ("满足", "反欺诈模型"), WD]),
    ("功能", "还款计划及还款提醒", [
        ("满足", "还款计划、还款提醒（短信＋APP推送）"), ("满足", "还款提醒"), ("满足", "还款计划、还款提醒"), ("满足", "还款管理"),
        ("满足", "还款计划、还款提醒"), WD]),
    ("功能", "风控审批流", [
        ("满足", "风控审批流，可配置多级审批"), ("满足", "审批流"), ("满足", "风控审批"), ("满足", "风控审批"), ("满足", "风控审批流"), WD]),
    ("功能", "用户管理", [
        ("满足", "用户管理"), ("满足", "用户管理"), ("满足", "用户管理"), ("满足", "用户管理"), ("满足", "用户管理"), WD]),
    ("功能", "其他模块（如有，请列明）", [
        ("—", "无"), ("—", "赠送：区块链存证、智能客服机器人、元宇宙营销展厅"), ("—", "营销插件"), ("—", "无"), ("—", "会员体系"), WD]),
    ("安全", "等保三级（请提供备案证明或证书编号）", [
        ("满足", "等保三级，备案证明编号42060243008-24013（2024年9月取得）"), ("满足", "按等保三级要求设计，上线后协助客户完成测评"),
        ("满足", "等保三级证书编号42068343002-23017"), ("满足", "等保三级备案证明编号42068243009-24011"),
        ("部分满足", "三级测评已完成，备案证明申请中（预计2026年1月取得）"), WD]),
    ("安全", "敏感字段（身份证号、手机号等）国密SM4加密", [
        ("满足", "身份证号、手机号、银行卡号SM4加密存储"), ("满足", "采用国密算法加密"), ("满足", "SM4（身份证号、手机号）"),
        ("不满足", "敏感字段采用AES-256加密"), ("满足", "SM4（身份证号、手机号、银行卡号）"), WD]),
    ("安全", "全站HTTPS传输加密", [
        ("满足", "全站HTTPS（TLS1.2）"), ("满足", "HTTPS"), ("满足", "HTTPS"), ("满足", "HTTPS"), ("满足", "HTTPS"), WD]),
    ("安全", "基于角色的权限管理", [
        ("满足", "RBAC，按岗位授权"), ("满足", "完善的权限体系"), ("满足", "角色权限"), ("满足", "角色权限"), ("满足", "RBAC"), WD]),
    ("安全", "操作日志保存不少于6个月，异常行为可追溯", [
        ("满足", "保存12个月，异常登录及批量导出自动告警"), ("满足", "长期保存"), ("满足", "保存6个月"), ("部分满足", "保存3个月"),
        ("满足", "保存12个月"), WD]),
    ("征信", "仅对接持牌征信机构（请列明机构名称）", [
        ("满足", "中国人民银行征信中心、百行征信"), ("满足", "支持对接征信"), ("满足", "百行征信"), ("满足", "百行征信"),
        ("满足", "朴道征信"), WD]),
    ("售后", "免费维护期不少于12个月", [
        ("满足", "12个月"), ("满足", "终身维护"), ("满足", "12个月"), ("部分满足", "6个月"), ("满足", "12个月"), WD]),
    ("售后", "维护范围含缺陷修复及小版本升级", [
        ("满足", "含缺陷修复及小版本升级"), ("满足", "全面维护"), ("满足", "含缺陷修复及小版本升级"), ("不满足", "仅修复缺陷，不含升级"),
        ("满足", "含小版本升级"), WD]),
    ("售后", "监管政策调整免费适配", [
        ("满足", "免费适配"), ("满足", "积极配合"), ("部分满足", "一般调整免费；重大监管政策调整另行报价"), ("不满足", "按次另计"),
        ("满足", "免费适配"), WD]),
    ("售后", "7×24小时技术支持", [
        ("满足", "7×24小时值守"), ("满足", "7×24小时"), ("部分满足", "工作日5×8；节假日值班服务另行收费"), ("不满足", "工作日5×8"),
        ("满足", "7×24小时"), WD]),
    ("售后", "响应时间不超过2小时", [
        ("满足", "2小时内指定工程师响应"), ("满足", "第一时间响应"), ("部分满足", "4小时内响应"), ("不满足", "次日响应"),
        ("满足", "1小时内响应"), WD]),
    ("售后", "终身技术咨询", [
        ("满足", "提供"), ("满足", "提供"), ("满足", "提供"), ("不满足", "不提供"), ("满足", "提供"), WD]),
    ("售后", "以上承诺写入合同", [
        ("满足", "全部写入合同"), ("满足", "可协商"), ("满足", "写入合同"), ("满足", "写入合同"), ("满足", "同意写入合同"), WD]),
    ("售后", "维保期满后年费（请填写金额）", [
        ("—", "2万元/年"), ("—", "签约时商定"), ("—", "按合同额12%/年"), ("—", "5000元/次（按次收费）"), ("—", "详见附件"), WD]),
    ("交付", "完整源码交付，无加密，可二次开发", [
        ("满足", "完整源码，无加密，可二次开发"), ("满足", "交付源码（风控引擎为加密SDK）"), ("满足", "完整源码"),
        ("不满足", "仅授权使用，授权绑定服务器，不交付源代码"), ("满足", "完整源码"), WD]),
    ("报价", "报价总额（请注明含税/不含税及税率）", [
        ("—", "软件授权14.8万＋实施部署3.6万＋征信接口对接1.2万，合计19.6万元（不含税），增值税税率6%"), ("—", "16.5万元（含税）"),
        ("—", "基础版17.5万元（不含税），增值税税率6%；选配模块另计"), ("—", "13.8万元（含税）"), ("—", "需现场调研后面议"), WD]),
]
ZG01_OPINION = ["资料齐全，但比宜城贵约4万", "全部满足，价格最低，还赠送模块，推荐第一", "风控模型要另加钱", "不满足项较多",
                "未报价，待补", "已放弃"]


def build_zg01():
    name = "zg_01_pc_xuqiu_xiangying_pairs.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "需求响应表"
    nv = len(ZG01_VENDORS)
    ncol = 3 + 2 * nv
    widths(ws, [6, 8, 30] + [9, 30] * nv)
    _text(ws, 1, 1, ncol, "荆门象山惠民小额贷款有限公司 个人信用贷系统源码采购 — 采购需求响应表", font=TITLE)
    _text(ws, 2, 1, ncol,
          "说明：本表由各服务商按我司采购需求逐条填写，“响应”栏由服务商自选（满足/部分满足/不满足），“说明”栏为服务商原文；"
          "最后一行“评审组意见”为我司评审组填写。我司只做个人信用贷，无跨境业务。汇总：科技信息部 邓晓峰，2025-12-02。", height=32)
    put_row(ws, 3, ["序号", "类别", "需求描述"], font=BOLD, fill=GREY, align=CENTER)
    put_row(ws, 4, ["", "", ""], font=BOLD, fill=GREY, align=CENTER)
    for c in (1, 2, 3):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    for i, v in enumerate(ZG01_VENDORS):
        col = 4 + 2 * i
        put_row(ws, 3, [v, ""], font=BOLD, fill=BLUE, align=CENTER, start=col)
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
        put_row(ws, 4, ["响应", "说明"], font=BOLD, fill=GREY, align=CENTER, start=col)
    r = 5
    for n, (cat, req, answers) in enumerate(ZG01_ROWS, start=1):
        cells = [str(n), cat, req]
        for resp, note in answers:
            cells += [resp, note]
        put_row(ws, r, cells)
        r += 1
    put_row(ws, r, ["", "", "评审组意见（我司填写）"], font=BOLD, fill=YELLOW)
    for i, op in enumerate(ZG01_OPINION):
        col = 4 + 2 * i
        put_row(ws, r, [op, ""], fill=YELLOW, start=col)
        ws.merge_cells(start_row=r, start_column=col, end_row=r, end_column=col + 1)
    _text(ws, r + 2, 1, ncol, "评审组：邓晓峰（科技信息部）、王珊（风险管理部）、刘畅（财务部）。各服务商签章版响应表原件存科技信息部。")
    ws.freeze_panes = "D5"
    _save(wb, name)

    vendors = [
        good("襄阳隆中数科有限公司", 207760,
             "报价 '软件授权14.8万＋实施部署3.6万＋征信接口对接1.2万，合计19.6万元（不含税），增值税税率6%' = 196,000 × 1.06 = 207,760 inside "
             "18–25万; 个人征信 (人行二代 + 百行), 评分卡＋规则引擎, 反欺诈模型, 还款计划/提醒, 风控审批流, 用户管理, no other modules; 等保三级备案"
             "证明42060243008-24013; SM4 on ID/mobile/bank card; HTTPS (TLS1.2); RBAC; logs 12个月 with alerts; 人行 + 百行; 12 months with "
             "小版本升级; 政策免费适配; 7×24; 2小时 named engineer; 终身咨询 提供; 全部写入合同; 2万元/年; 完整源码 无加密.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
        dict(vendor="宜城楚都网络科技有限公司", gate="unverified", price=165000,
             why="'16.5万元（含税）' = 165,000; answers 满足 to every row, but the 说明 says '按等保三级要求设计，上线后协助客户完成测评' (claimed: "
                 "unverified), '采用国密算法加密' (which? claimed), '支持对接征信' (no body: claimed), '长期保存', '终身维护', '全面维护', '积极配合', "
                 "'第一时间响应', '可协商', '签约时商定' state nothing; HTTPS and 7×24 stated; 赠送 区块链存证、智能客服机器人、元宇宙营销展厅 "
                 "(bloat); '满足 — 交付源码（风控引擎为加密SDK）' (partial, whatever the 满足 says). The 评审组's pick ('推荐第一').",
             values=dict(tls=True, support_7x24=True, audit_log_months="null", annual_fee_after_warranty_cny="null",
                         source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=PC + ["anti_fraud", "blockchain_evidence", "ai_customer_service", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="枣阳白水软件有限公司", gate="pass", price=217300,
             why="'基础版17.5万元（不含税），增值税税率6%' and the must-have 风控模型 '选配模块，另加3万元（不含税）' (conditional, added): (175,000 + "
                 "30,000) × 1.06 = 217,300; 等保三级证书42068343002-23017; SM4; HTTPS; 角色权限; 6个月 logs (not under 6); 百行; 12 months with "
                 "小版本升级; '重大监管政策调整另行报价' (charged); '工作日5×8；节假日值班服务另行收费'; 4小时; 终身咨询; 写入合同; 12%/年; 完整源码; "
                 "营销插件 (deferrable).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", response_hours="stated"),
             fin=PC + ["anti_fraud", "marketing_plugins"] + CORE, fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                            "maintenance_excludes_upgrades", "no_lifetime_consulting", "not_in_contract", "bloat_features"]),
        dict(vendor="老河口光化信息技术有限公司", gate="pass", price=138000,
             why="'13.8万元（含税）' = 138,000 (caution zone); 等保三级备案证明42068243009-24011; '不满足 — AES-256' (no SM4); HTTPS; 角色权限; logs "
                 "'保存3个月' (under 6); 百行; 6个月 '仅修复缺陷，不含升级'; 政策 '按次另计'; 5×8; 次日响应; 终身咨询 不提供; 写入合同; 5000元/次 "
                 "(per incident, no yearly fee); '仅授权使用，授权绑定服务器，不交付源代码' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "not_in_contract", "bloat_features"]),
        dict(vendor="谷城南河科技有限公司", gate="unverified", price="null",
             why="报价 '需现场调研后面议' (price_missing); 等保 '部分满足 — 三级测评已完成，备案证明申请中' (in progress: unverified, never fail); "
                 "must-haves + 反欺诈 + 会员体系 (deferrable); SM4 on ID/mobile/bank card; HTTPS; RBAC; 12个月; 朴道; 12 months with 小版本升级; "
                 "政策免费; 7×24; 1小时; 终身咨询; 同意写入合同; 年费 '详见附件' (unknown); 完整源码. '未报价，待补' is the 评审组's note.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             fin=PC + ["anti_fraud", "membership"] + CORE, fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "no_sm4", "no_7x24",
                   "bloat_features"]),
    ]
    write_toml(
        "zg_01_pc_xuqiu_xiangying_pairs.toml",
        """Voice: 邓晓峰 of the 科技信息部 at 荆门象山惠民小额贷款 (personal credit only, no cross-border business) collects the vendors'
  filled-in 采购需求响应表 into one sheet on 2025-12-02; the vendors picked 满足/部分满足/不满足 themselves, the 评审组意见 row is the buyer's.
Layout: sheet 需求响应表 — title, a 说明 row, a two-row header (序号 | 类别 | 需求描述 merged down; each vendor's full name merged across a
  column PAIR, 响应 | 说明 below it), 23 requirement rows (功能 ×7, 安全 ×5, 征信, 售后 ×8, 交付, 报价), then a 评审组意见 row merged per pair
  and a signature line; six vendor pairs side by side, the sixth declined. Frozen at D5.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the vendor names are only in the merged header cells, one per two columns, and the values are in the 说明 column, not the 响应
  column; 宜城 answers 满足 on every row (the 评审组's '推荐第一', '价格最低') but its 说明 are 按等保三级要求设计/协助测评, 国密算法, 支持对接
  征信, 终身维护, 长期保存, 积极配合, 可协商 (claims: unverified), 赠送 区块链/智能客服/元宇宙 (bloat) and '满足 — 风控引擎为加密SDK'
  (partial); 襄阳 is three line items 不含税 + 6% = 207,760; 枣阳's must-have 风控模型 is a 3万 不含税 option (conditional, added:
  217,300) with 重大政策调整另行报价, 5×8 and 4h; 老河口 13.8万 (caution) with AES-256, 3-month logs, 6 months bug-only, 按次另计, 次日,
  '5000元/次' and 仅授权使用 (licence only); 谷城 面议 + 备案证明申请中 (unverified), fee 详见附件; 南漳 declined (not listed); 序号,
  certificate numbers and '2026年1月' are no prices.""",
        "personal_credit", [name], "襄阳隆中数科有限公司",
        "襄阳 proves every gate (备案证明42060243008-24013, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every "
        "must-have plus 反欺诈 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named "
        "engineer, lifetime consulting, all in the contract, full unencrypted source — at 207,760 含税 inside 18–25万 (3 years 207,760 + "
        "2 × 20,000 = 247,760). The 评审组's pick 宜城 (165,000) says 满足 everywhere but proves nothing (unverified), pads with bloat and "
        "ships its risk engine encrypted; 枣阳 is 217,300 once its risk-model option and VAT are added, with paid major policy changes and "
        "5×8/4h; 老河口 is 138,000 in the caution zone with no SM4, 3-month logs and a locked licence; 谷城 has no price and only 申请中; "
        "南漳 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zg_02  消费分期 — 赣州章贡惠分小额贷款's 运营管理部 初筛核对表, exported from WPS as GB18030 CSV: one row per vendor, ✔/✘/○ ticks
#        and a few text columns; many ticks carry a circled footnote number (①…⑳) whose text — the vendor's own words — is listed
#        under the table; the 初筛结论 column is the buyer's.
# ---------------------------------------------------------------------------------------------
ZG02_HEAD = ["序号", "供应商", "商品管理", "分期计算器", "订单跟踪", "还款管理", "风控审批", "用户管理", "积分商城", "社交分享", "区块链存证",
             "智能客服", "等保三级", "国密SM4", "HTTPS", "权限管理", "日志保存", "持牌征信", "免费维护期", "含版本升级", "政策适配免费",
             "7×24", "响应时间", "终身咨询", "写入合同", "过保年费", "完整源码", "报价", "计税", "初筛结论"]
Y, N, O = "✔", "✘", "○"
# each cell is either a plain string or (mark, footnote text); footnotes are numbered ①… in reading order
ZG02_ROWS = [
    ("瑞金红都数科有限公司", "瑞金红都", [
        Y, Y, Y, Y, Y, Y, N, N, N, N,
        (Y, "等保三级备案证明编号36078143005-24002（2024年8月取得），复印件随报价函"),
        (Y, "身份证号、手机号、银行卡号采用SM4加密存储"),
        Y, Y, "12个月",
        (Y, "已对接百行征信、朴道征信"),
        "12个月", Y, Y, Y,
        ("2小时", "指定专属工程师，2小时内响应"),
        Y, Y, "2.4万/年", Y, "24.5万", "含税", "通过"]),
    ("于都罗田网络科技有限公司", "于都罗田", [
        Y, Y, Y, Y, Y, Y, Y, Y, Y, Y,
        (Y, "按等保三级标准设计开发，测评由客户自行组织，我方可提供协助"),
        (Y, "采用国密算法"),
        Y, Y, "长期",
        (Y, "支持对接各类征信平台"),
        ("终身", "终身免费维护"),
        Y,
        (Y, "积极配合监管政策调整"),
        Y, "第一时间", Y, "协商", "面议",
        (Y, "交付源码，核心风控引擎加密"),
        "19.9万", "含税", "打勾最多，价格低于其他合格家，推荐"]),
    ("会昌汉仙岩软件有限公司", "会昌汉仙岩", [
        Y, Y,
        (O, "订单跟踪模块为选配，另加2.8万元"),
        Y, Y, Y, N, N, N, N,
        (Y, "等保三级证书编号36073343006-23019"),
        (Y, "SM4（身份证号、手机号）"),
        Y, Y, "12个月",
        (Y, "百行征信"),
        "12个月", Y,
        (N, "一般调整免费；重大监管政策调整另行报价"),
        Y, "1小时", Y, Y, "合同额10%/年", Y, "21.2万",
        ("不含税", "报价及选配价均不含税，增值税税率6%，开具专票"),
        "订单跟踪要另加钱"]),
    ("寻乌东江科技有限公司", "寻乌东江", [
        Y,
        (N, "分期计算器需二次开发，不在本次报价内"),
        Y, Y, Y, Y, N, N, N, N,
        (N, "目前为等保二级"),
        (N, "敏感字段AES加密"),
        Y, N, "—", N, "3个月", N, N, N, "—", N, N, "—", Y, "9.6万", "含税", "不合格"]),
    ("石城通天寨信息技术有限公司", "石城通天寨", [
        Y, Y, Y, Y, Y, Y, N, N, N, N,
        ("申请中", "三级测评报告已出具，备案证明办理中"),
        Y, Y, Y, "3个月", "百行征信", "6个月（仅修复缺陷）", N, "另计", "5×8（工作日）", "次日", Y, Y, "5000元/次", Y,
        "14.6万", "含税", "便宜，可备选"]),
]
ZG02_WITHDRAWN = ["6", "大余梅关软件有限公司", "11月21日书面函告退出，未报价"]
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def build_zg02():
    name = "zg_02_ci_checklist_footnotes_gb18030.csv"
    ncol = len(ZG02_HEAD)
    pad = lambda row: row + [""] * (ncol - len(row))  # noqa: E731
    body, notes = [], []
    for i, (full, short, cells) in enumerate(ZG02_ROWS, start=1):
        row = [str(i), full]
        for cell in cells:
            if isinstance(cell, tuple):
                mark, text = cell
                num = CIRCLED[len(notes)]
                notes.append(f"{num} {short}：{text}")
                row.append(f"{mark}{num}")
            else:
                row.append(cell)
        assert len(row) == ncol, (full, len(row))
        body.append(row)
    body.append(pad(ZG02_WITHDRAWN))
    rows = [
        pad(["赣州章贡惠分小额贷款有限公司 分期业务系统源码 供应商初筛核对表"]),
        pad(["编制：运营管理部 廖婧　　日期：2025-11-27　　我司做手机、电动车分期，无跨境业务。"]),
        pad(["图例：✔ 具备　✘ 不具备　○ 选配（另收费）　— 未提供；带圈数字见表下注释（注释为各家报价函原文摘录）；"
             "“初筛结论”为我部意见。"]),
        pad([]),
        ZG02_HEAD,
        *body,
        pad([]),
        pad(["注释："]),
        *[pad([n]) for n in notes],
        pad([]),
        pad(["审核：运营管理部经理 钟伟　　初筛后进入演示环节：于都罗田、瑞金红都、会昌汉仙岩。"]),
    ]
    write_csv(name, rows, "gb18030")

    vendors = [
        good("瑞金红都数科有限公司", 245000,
             "'24.5万' 含税 = 245,000 inside 20–30万; 商品管理/分期计算器/订单跟踪 ✔ + core, no bloat (✘); 等保三级 '✔①' = 备案证明"
             "36078143005-24002; 国密SM4 '✔②' = SM4 on ID/mobile/bank card; HTTPS ✔; 权限 ✔; 12个月; 持牌征信 '✔③' = 百行 + 朴道; 12个月; "
             "含升级 ✔; 政策适配免费 ✔; 7×24 ✔; '2小时④' named engineer; 终身咨询 ✔; 写入合同 ✔; 2.4万/年; 完整源码 ✔.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
        dict(vendor="于都罗田网络科技有限公司", gate="unverified", price=199000,
             why="'19.9万' 含税 = 199,000; every column ticked incl. 积分商城/社交分享 (deferrable) and 区块链存证/智能客服 (bloat), but the "
                 "footnotes behind the ticks say '按等保三级标准设计开发，测评由客户自行组织' (claimed: unverified), '采用国密算法' (which? claimed), "
                 "'支持对接各类征信平台' (no body: claimed), '终身免费维护', '积极配合监管政策调整' (state nothing), '核心风控引擎加密' (partial); "
                 "日志 '长期', 响应 '第一时间', 写入合同 '协商', 过保 '面议' (unknown); HTTPS ✔ and 7×24 ✔. The 运营管理部's pick ('打勾最多').",
             values=dict(tls=True, support_7x24=True, annual_fee_after_warranty_cny="null", source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
             fin=CI + ["points_mall", "social_sharing", "blockchain_evidence", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="会昌汉仙岩软件有限公司", gate="pass", price=254400,
             why="'21.2万' 计税 '不含税⑯' (footnote: 报价及选配价均不含税，增值税税率6%) and the must-have 订单跟踪 '○⑪' = 选配，另加2.8万元 "
                 "(conditional, added): (212,000 + 28,000) × 1.06 = 254,400; 等保三级证书36073343006-23019; SM4; HTTPS; 权限 ✔; 12个月; 百行; "
                 "12个月 with upgrades ✔; 政策适配 '✘⑮' = 重大监管政策调整另行报价 (charged); 7×24 ✔; 1小时; 终身咨询 ✔; 写入合同 ✔; 10%/年; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=CI + CORE, fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "maintenance_under_12m", "no_7x24", "response_over_2h",
                            "not_in_contract", "bloat_features"]),
        dict(vendor="寻乌东江科技有限公司", gate="fail", price=96000,
             why="'9.6万' 含税 = 96,000 (under 10万); 分期计算器 '✘⑰' = 需二次开发，不在本次报价内 (must-have absent); 等保三级 '✘⑱' = 目前为等保二级 "
                 "(fail); 国密SM4 '✘⑲' = AES (no SM4); 3个月; 7×24 ✘.",
             values=dict(mlps_level3=False, sm4_encryption=False, free_maintenance_months=3, support_7x24=False),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "order_tracking"], fex=["installment_calculator"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "maintenance_under_12m"]),
        dict(vendor="石城通天寨信息技术有限公司", gate="unverified", price=146000,
             why="'14.6万' 含税 = 146,000 (caution zone); 等保三级 '申请中⑳' = 三级测评报告已出具，备案证明办理中 (in progress: unverified, never "
                 "fail); SM4 ✔; HTTPS ✔; 权限 ✔; logs '3个月' (under 6); 百行; '6个月（仅修复缺陷）', 含版本升级 ✘; 政策 '另计'; '5×8（工作日）'; "
                 "'次日'; 终身咨询 ✔; 写入合同 ✔; '5000元/次' (per incident); 完整源码 ✔.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=3, licensed_credit_bureau=True,
                         free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, lifetime_consulting=True, commitments_in_contract=True, source_code_delivery="full"),
             fin=CI + CORE, fex=BLOAT,
             flin=["price_below_15w", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "no_sm4", "not_in_contract",
                   "no_lifetime_consulting", "bloat_features", "source_partial", "source_licence_only"]),
    ]
    write_toml(
        "zg_02_ci_checklist_footnotes_gb18030.toml",
        """Voice: 廖婧 of the 运营管理部 at 赣州章贡惠分小额贷款 (instalments for phones and e-bikes, no cross-border business) ticks the
  vendors' quotes off a checklist on 2025-11-27 and keeps each qualifying sentence of the quote as a circled footnote under the table.
Layout: GB18030 CSV exported from WPS — title, an author/date line, a 图例 line (✔ 具备 ✘ 不具备 ○ 选配 — 未提供; footnotes are the quotes'
  words; 初筛结论 is the department's), header 序号 | 供应商 | ten feature columns (商品管理 … 智能客服) | 等保三级 | 国密SM4 | HTTPS |
  权限管理 | 日志保存 | 持牌征信 | 免费维护期 | 含版本升级 | 政策适配免费 | 7×24 | 响应时间 | 终身咨询 | 写入合同 | 过保年费 | 完整源码 |
  报价 | 计税 | 初筛结论; five vendor rows with cells like '✔①', '○⑪', '✘⑮', '申请中⑳', a sixth row that withdrew, then 注释： and twenty
  lines '① 瑞金红都：…' … '⑳ 石城通天寨：…' (short names), and a reviewer line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: ✔, ✘ and ⑪–⑳ are outside GBK (four-byte GB18030 codes; ①–⑩ and ○ are two-byte); the meaning of a tick is in its footnote, matched by number and
  short name: 于都罗田 (the department's pick, '打勾最多') ticks everything but ⑤ 按等保三级标准设计/测评由客户自行组织, ⑥ 国密算法, ⑦ 支持对接
  各类征信平台, ⑧ 终身免费维护, ⑨ 积极配合 (claims: unverified), 区块链存证 + 智能客服 ticked (bloat), ⑩ 核心风控引擎加密 (partial), fee 面议;
  会昌汉仙岩's 订单跟踪 is '○⑪' (选配 +2.8万) and its '不含税⑯' covers price and option at 6% → (212,000 + 28,000) × 1.06 = 254,400, and
  '✘⑮' 重大监管政策调整另行报价; 寻乌东江 9.6万 with ✘⑰ calculator, ✘⑱ 等保二级, ✘⑲ AES (fail); 石城通天寨 14.6万 (caution) with 申请中⑳
  (unverified), 3-month logs, 6 months bug-only, 另计, 5×8, 次日; 大余梅关 withdrew (not listed); the footnote numbers and certificate
  numbers are no prices.""",
        "consumer_installment", [name], "瑞金红都数科有限公司",
        "瑞金红都 proves every gate (备案证明36078143005-24002, SM4 on ID/mobile/bank card, HTTPS, 权限管理 ✔, 12-month logs, 百行 + 朴道), ticks "
        "all three instalment must-haves and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a "
        "named engineer, lifetime consulting, in the contract, full source — at 245,000 含税 inside 20–30万 (3 years 245,000 + 2 × 24,000 = "
        "293,000). The department's pick 于都罗田 (199,000) has the most ticks but its footnotes prove nothing (unverified), add bloat and "
        "encrypt the risk core; 会昌汉仙岩 is 254,400 once 订单跟踪 and VAT are added, and charges major policy changes; 石城通天寨 is 146,000 "
        "in the caution zone with only 申请中 and weak after-sales; 寻乌东江 fails; 大余梅关 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zg_03  商户经营性贷 — 株洲荷塘商融小额贷款's 评审汇总 sheet: TWO tables side by side on one sheet — left the 科技部's technical
#        table (A:I), right the 财务部's price table (K:S) sorted by price — with the vendors in a different order in each, and a
#        withdrawn vendor only in the left table; the 科技部意见, 财务部意见 and 综合推荐 columns are the buyer's.
# ---------------------------------------------------------------------------------------------
ZG03_LEFT_HEAD = ["序号", "供应商", "功能模块", "等保", "数据安全", "权限与日志", "征信接口", "源码交付", "科技部意见"]
ZG03_LEFT = [
    ["1", "攸县酒埠江软件有限公司", "企业征信、银行流水分析、电子合同管理、审批流、还款计划、用户管理", "三级，证书编号43022343007-23015",
     "SM4（身份证号、手机号）；HTTPS", "角色权限；日志保存6个月", "百行征信", "完整源码", "可用"],
    ["2", "醴陵瓷都数科有限公司", "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理、数据大屏",
     "三级，备案证明编号43028143004-24006（2024年7月取得）", "国密SM4（身份证号、手机号、银行卡号、对公账号）；全站HTTPS",
     "RBAC；操作日志保存12个月，异常操作告警", "人行征信中心（企业信用报告）、百行征信", "完整源码，无加密，可二次开发", "方案完整"],
    ["3", "茶陵云阳网络科技有限公司", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", "三级，备案证明编号43022443010-24001",
     "AES-256（身份证号、手机号）；HTTPS", "RBAC；日志保存3个月", "百行征信", "源码交付，风控及征信模块为加密组件", "功能齐全"],
    ["4", "石峰云龙软件有限公司", "（11月28日书面退出，未提交技术方案）", "—", "—", "—", "—", "—", "退出"],
    ["5", "炎陵神农谷信息技术有限公司",
     "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、API开放平台、区块链存证、元宇宙营销、跨境支付通道",
     "三级，备案证明编号43022543002-24010", "SM4（身份证号、手机号、银行卡号）；HTTPS", "RBAC；日志保存12个月", "人行征信中心、朴道征信",
     "完整源码，无加密", "功能最多"],
    ["6", "渌口朱亭科技有限公司", "客户管理、贷款审批、还款管理、合同管理（企业征信、流水分析需二次开发）", "二级", "未加密；HTTPS",
     "管理员/操作员两级", "无", "完整源码", "不满足"],
]
ZG03_RIGHT_HEAD = ["排序", "供应商", "报价金额", "计税", "另计项目", "维护与支持", "过保年费", "财务部意见", "综合推荐"]
ZG03_RIGHT = [
    ["1", "渌口朱亭科技有限公司", "9.8万元", "含税", "企业征信、流水分析定制开发另行报价", "免费维护3个月；工作日QQ群支持", "—",
     "最便宜，但技术不达标", "排除"],
    ["2", "茶陵云阳网络科技有限公司", "14.9万元", "含税", "无",
     "免费维护12个月，含小版本升级；政策调整免费适配；7×24小时；2小时响应；终身技术咨询；写入合同", "1.2万元/年", "合格家中最低",
     "首选：价格最低、功能齐全"],
    ["3", "攸县酒埠江软件有限公司", "28.6万元", "含税", "节假日值班服务另行购买；重大监管政策调整另行报价",
     "免费维护12个月，仅限系统故障修复，不含功能及版本升级；工作日5×8技术支持；4小时响应；不提供终身技术咨询；售后条款写入合同",
     "按合同额15%/年", "价格适中", "次选"],
    ["4", "醴陵瓷都数科有限公司", "31.8万元", "含税（增值税专票，税率6%）", "无",
     "免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时；1小时内指定工程师响应；终身技术咨询；以上均写入合同",
     "3万元/年", "价格偏高", "备选"],
    ["5", "炎陵神农谷信息技术有限公司", "34.7万元", "不含税，增值税税率6%", "无",
     "免费维护24个月，含小版本升级；政策调整免费适配；7×24小时；2小时响应；终身技术咨询；写入合同", "3.5万元/年", "含税后超预算",
     "不推荐"],
]


def build_zg03():
    name = "zg_03_ml_side_by_side_tables.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "评审汇总"
    widths(ws, [5, 24, 34, 22, 26, 20, 20, 22, 10, 3, 5, 24, 10, 16, 24, 44, 14, 16, 18])
    _text(ws, 1, 1, 19, "株洲荷塘商融小额贷款有限公司 经营贷系统源码采购 评审汇总", font=TITLE)
    _text(ws, 2, 1, 19,
          "左表：技术响应，科技部 周航填写（摘自各家技术方案）；右表：商务报价，财务部 许丽填写（摘自盖章报价函，按报价金额由低到高排列）。"
          "“科技部意见”“财务部意见”“综合推荐”为我司内部意见。我司做小微商户经营贷，无跨境业务。2025-12-05", height=32)
    _text(ws, 3, 1, 9, "一、技术响应（科技部）", font=BOLD, fill=BLUE)
    _text(ws, 3, 11, 19, "二、商务报价（财务部）", font=BOLD, fill=BLUE)
    put_row(ws, 4, ZG03_LEFT_HEAD, font=BOLD, fill=GREY, align=CENTER)
    put_row(ws, 4, ZG03_RIGHT_HEAD, font=BOLD, fill=GREY, align=CENTER, start=11)
    for i, row in enumerate(ZG03_LEFT, start=5):
        put_row(ws, i, row)
        ws.cell(row=i, column=9).fill = YELLOW
        ws.row_dimensions[i].height = 60
    for i, row in enumerate(ZG03_RIGHT, start=5):
        put_row(ws, i, row, start=11)
        ws.cell(row=i, column=18).fill = YELLOW
        ws.cell(row=i, column=19).fill = YELLOW
    r = 5 + len(ZG03_LEFT) + 1
    _text(ws, r, 1, 19, "汇总意见（业务发展部 蒋立）：综合技术与价格，建议首选茶陵云阳，次选攸县酒埠江；炎陵神农谷含税后超预算，不推荐。",
          font=BOLD)
    _text(ws, r + 1, 1, 19, "附件：各家技术方案、盖章报价函原件存科技部/财务部。")
    ws.freeze_panes = "A5"
    _save(wb, name)

    vendors = [
        good("醴陵瓷都数科有限公司", 318000,
             "Right table: '31.8万元' 含税（专票6%） = 318,000 inside 25–35万, 另计 无; left table: 企业征信查询、银行流水分析、电子合同 + core "
             "(+ 数据大屏, deferrable, no bloat); 等保三级备案证明43028143004-24006; SM4 on ID/mobile/bank card/company account; HTTPS; RBAC; "
             "12个月 with alerts; 人行 + 百行; 完整源码 无加密; right: 12 months with 小版本升级; 政策免费; 7×24; 1小时 named engineer; 终身咨询; "
             "均写入合同; 3万元/年.",
             ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=1, annual_fee_after_warranty_cny=30000,
             source_code_delivery="full"),
        dict(vendor="茶陵云阳网络科技有限公司", gate="pass", price=149000,
             why="Right: '14.9万元' 含税 = 149,000 (caution zone: a lower price here is not better); left: 等保三级备案证明43022443010-24001; "
                 "'AES-256' (no SM4); HTTPS; RBAC; logs '3个月' (under 6); 百行; '风控及征信模块为加密组件' (partial); right: 12 months with "
                 "upgrades; 政策免费; 7×24; 2小时; 终身咨询; 写入合同; 1.2万元/年. The 综合推荐's and 蒋立's '首选'.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=12000, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated"),
             fin=ML + CORE, fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "source_partial"],
             flex=NOGATE + ["price_over_budget", "maintenance_under_12m", "no_7x24", "response_over_2h", "not_in_contract",
                            "bloat_features", "claimed"]),
        dict(vendor="攸县酒埠江软件有限公司", gate="pass", price=286000,
             why="Right: '28.6万元' 含税 = 286,000; left: 企业征信、银行流水分析、电子合同管理 + core; 等保三级证书43022343007-23015; SM4; HTTPS; "
                 "角色权限; 6个月 logs (not under 6); 百行; 完整源码; right: 12 months '仅限系统故障修复，不含功能及版本升级'; '重大监管政策调整另行"
                 "报价' (charged); 5×8 with '节假日值班服务另行购买'; 4小时; 不提供终身咨询; 写入合同; 15%/年. The 综合推荐's '次选'.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=ML + CORE, fex=BLOAT,
             flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                   "conditional"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                            "not_in_contract", "bloat_features"]),
        dict(vendor="炎陵神农谷信息技术有限公司", gate="pass", price=367820,
             why="Right: '34.7万元' '不含税，增值税税率6%' = 347,000 × 1.06 = 367,820, above 25–35万 (the sticker is inside; 含税 is not); left: "
                 "must-haves + core + API开放平台 (deferrable) + 区块链存证、元宇宙营销、跨境支付通道 (bloat; no cross-border business); 等保三级备案"
                 "证明43022543002-24010; SM4; HTTPS; RBAC; 12个月; 人行 + 朴道; 完整源码 无加密; right: 24 months with upgrades; 政策免费; 7×24; "
                 "2小时; 终身咨询; 写入合同; 3.5万元/年.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=24, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=35000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=ML + CORE + ["open_api", "blockchain_evidence", "metaverse_marketing", "overseas_payment"],
             flin=["price_over_budget", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                            "policy_adaptation_charged", "no_7x24", "response_over_2h", "not_in_contract", "claimed", "conditional",
                            "source_partial", "source_licence_only"]),
        dict(vendor="渌口朱亭科技有限公司", gate="fail", price=98000,
             why="Right: '9.8万元' 含税 = 98,000 (under 10万); left: '企业征信、流水分析需二次开发' (must-haves absent; the right table's '定制开发"
                 "另行报价' gives no price); 等保 '二级' (fail); '未加密' (no SM4); right: 3 months; 工作日QQ群.",
             values=dict(mlps_level3=False, sm4_encryption=False, free_maintenance_months=3),
             status=dict(mlps_level3="stated"),
             fin=["contract_management"], fex=["enterprise_credit", "cashflow_analysis"],
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "maintenance_under_12m"]),
    ]
    write_toml(
        "zg_03_ml_side_by_side_tables.toml",
        """Voice: 株洲荷塘商融小额贷款 (operating loans to small merchants, no cross-border business): 周航 of the 科技部 fills the technical
  table and 许丽 of the 财务部 the price table on the same sheet on 2025-12-05; 蒋立 of the 业务发展部 adds the 综合推荐 and a summary.
Layout: sheet 评审汇总 — title, a note row, then TWO tables side by side from row 3: left A:I '一、技术响应（科技部）' (序号 | 供应商 |
  功能模块 | 等保 | 数据安全 | 权限与日志 | 征信接口 | 源码交付 | 科技部意见; six rows in 序号 order), an empty column J, right K:S
  '二、商务报价（财务部）' (排序 | 供应商 | 报价金额 | 计税 | 另计项目 | 维护与支持 | 过保年费 | 财务部意见 | 综合推荐; five rows sorted by
  price); the same row number holds different vendors in the two tables; a summary line and an 附件 line below.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: each vendor's quote is split across two tables and must be joined by name, not by row (row 5 is 攸县 on the left, 渌口 on the
  right); 石峰云龙 is only in the left table, withdrawn (not listed); 茶陵 (the 综合推荐 '首选', '价格最低') is 14.9万 (caution) with AES-256,
  3-month logs and encrypted risk/bureau modules (partial); 攸县 (次选) 28.6万 gives bug-only maintenance, 重大政策调整另行报价, 5×8 with
  paid holiday duty, 4h, no consulting; 炎陵 34.7万 不含税 + 6% = 367,820 is over the band once taxed and carries 区块链/元宇宙/跨境支付
  bloat; 渌口 9.8万 + 等保二级 + 企业征信/流水分析 to be developed (fail); 排序 1–5, 序号 and certificate numbers are no prices.""",
        "merchant_loan", [name], "醴陵瓷都数科有限公司",
        "醴陵 proves every gate (备案证明43028143004-24006, SM4 on ID/mobile/bank card/company account, HTTPS, RBAC, 12-month logs, 人行 + "
        "百行), has every must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 1 hour by a named "
        "engineer, lifetime consulting, all in the contract, full unencrypted source — at 318,000 含税 inside 25–35万 (3 years 318,000 + 2 × "
        "30,000 = 378,000). The 首选 茶陵 is 149,000, in the caution zone, without SM4, with 3-month logs and encrypted modules; 攸县 is "
        "286,000 with bug-only maintenance, paid policy changes and 5×8/4h (3 years ≈ 286,000 + 2 × 42,900 = 371,800 before any policy "
        "change); 炎陵 is 367,820 含税, over the band, with three bloat modules; 渌口 fails; 石峰云龙 withdrew.",
        vendors)


if __name__ == "__main__":
    for build in (build_zg01, build_zg02, build_zg03):
        build()
    print("built zg_01 … zg_03 into", HERE)
