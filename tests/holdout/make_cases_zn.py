"""Build the "zn" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a 金数据 form export saved as CSV in which some vendors submitted the same form twice — the second
submission's 提交类型 is '更正提交（以本次为准）' and only the latest counts (one correction adds VAT, one turns 已取得 into 申请中
and a must-have into a priced option, one lowers the price under 10万, one withdraws with a 0 in the required price field), multi-
select answers on separate lines inside a cell, the buyer's 初评 column appended on the right (zn_01); a horizontal comparison in
which every vendor is a block of three sub-columns 报价 | 合规 | 售后 under its merged name, and each row's label in column A names
three criteria at once, one per sub-column ('报价金额 ｜ 等保三级 ｜ 免费维护期'), one vendor priced per account
('4,500元/账号 × 60个账号') (zn_02); a three-year cost table (首年 split into 标价 | 折扣率 | 折后价, then 次年 | 第三年 | the
finance department's 三年合计), where some vendors fill only the discount rate and some only the discounted price, one vendor
spreads a 24万 buy-out over three equal yearly instalments and one leaves the first year 面议 (zn_03). The expected reading of
every file is in the matching zn_0N_*.toml, written from the file's content and shared/domain.md only; the author neither ran
the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zn.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zn_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, BOX, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_OK = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
            "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
            "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]
WEAK_AFTER_FLIN = ["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"]
WEAK_AFTER_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "maintenance_under_12m", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]
BLOCK = PatternFill("solid", fgColor="F2F2F2")


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
# zn_01  个人信用贷 — 遵义红花岗汇信小额贷款's 行政采购部 专员 黎雪 sent every vendor a 金数据 form and saved the export as CSV.
#        Some vendors submitted twice: the later row's 提交类型 is '更正提交（以本次为准）'. She wrote her 初评 column on 11-20,
#        before two corrections arrived, and did not change it; the 初步意见 and 整理 lines at the bottom are hers.
# ---------------------------------------------------------------------------------------------
ZN01_HEAD = ["序号", "提交人", "提交时间", "更新时间", "来源", "填写设备", "IP地址",
             "1.供应商全称", "2.联系人及电话", "3.提交类型", "4.报价总额（元）", "5.报价含税情况", "6.增值税税率", "7.选配/另计项目及价格",
             "8.功能模块（可多选，另有请补充）", "9.等保三级情况", "10.备案证明编号", "11.敏感字段加密方式", "12.传输加密", "13.权限管理",
             "14.操作日志保存期", "15.对接征信机构", "16.免费维护期", "17.维护范围", "18.监管政策适配", "19.技术支持时段",
             "20.故障响应时限", "21.终身技术咨询", "22.以上售后承诺是否写入合同", "23.维保期满后年费", "24.源码交付方式", "25.补充说明",
             "初评（行政采购部 黎雪，11-20）"]
FIRST, FIX = "首次提交", "更正提交（以本次为准）"
NL = "\n"
ZN01_ROWS = [
    ["1", "观山湖-王工", "2025-11-14 10:12:33", "2025-11-14 10:12:33", "微信", "PC", "58.42.17.103",
     "贵阳观山湖数科有限公司", "王工 0851-84118826", FIRST, "226000", "含税", "6%", "无",
     NL.join(["个人征信查询（人行二代征信、百行征信）", "风控模型（评分卡+规则引擎）", "反欺诈模型", "还款计划及还款提醒", "风控审批流",
              "用户管理"]),
     "已取得等保三级备案证明", "52011543007-24010", "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC角色权限",
     "12个月，异常操作告警", "中国人民银行征信中心、百行征信", "12个月", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24",
     "2小时内（指定工程师）", "提供", "是，全部写入合同", "2.3万元/年", "完整源码，无加密，可二次开发", "", "价格中等，资料齐全"],
    ["2", "汇川-周经理", "2025-11-17 15:42:08", "2025-11-17 15:42:08", "微信", "手机", "117.187.40.22",
     "遵义汇川网络科技有限公司", "周经理 13985201234", FIRST, "168000", "含税", "6%", "无",
     NL.join(["个人征信（百行征信）", "风控模型（评分卡）", "还款计划及提醒", "风控审批", "用户管理"]),
     "已取得等保三级备案证明", "", "国密SM4（身份证号、手机号）", "HTTPS", "RBAC角色权限", "12个月", "百行征信", "12个月",
     "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24", "2小时内", "提供", "是，全部写入合同", "2.0万元/年", "完整源码，无加密",
     "年底特价", "最便宜，等保已取得，资料齐全，建议首选"],
    ["3", "西秀-杨总", "2025-11-18 09:03:51", "2025-11-18 09:03:51", "链接", "手机", "220.197.6.141",
     "安顺西秀信息技术有限公司", "杨总 18985312345", FIRST, "176000", "含税", "—", "无（智能客服机器人、区块链存证免费赠送）",
     NL.join(["个人征信", "AI智能风控", "反欺诈", "还款管理", "风控审批", "用户管理", "智能客服机器人（赠送）", "区块链存证（赠送）"]),
     "按等保三级标准建设，上线后可协助客户完成测评", "", "国密算法", "HTTPS", "完善的权限管理", "长期保存", "支持对接各大征信",
     "终身维护", "全面维护", "积极配合", "7×24", "第一时间响应", "终身免费", "可协商", "签约时商定",
     "交付源码（核心风控引擎以加密SDK提供）", "功能最全，送两个模块", "送的模块多，价格也低，备选"],
    ["4", "钟山-吴工", "2025-11-18 16:27:40", "2025-11-18 16:27:40", "微信", "PC", "222.85.151.9",
     "六盘水钟山软件有限公司", "吴工 0858-8226631", FIRST, "200000", "含税", "6%", "征信接口对接模块选配，另加1.8万元",
     NL.join(["个人征信接口对接（百行征信，选配）", "风控模型（规则引擎+评分卡）", "反欺诈规则", "还款计划及提醒", "风控审批", "用户管理",
              "营销插件"]),
     "已取得等保三级备案证明", "52020043011-23006", "SM4（身份证号、手机号）", "HTTPS", "角色权限", "6个月",
     "百行征信（接口对接模块为选配）", "12个月", "仅修复缺陷，不含升级", "一般调整免费，重大监管政策调整另行报价", "5×8（工作日）",
     "4小时内", "提供", "是", "按合同额12%/年", "完整源码", "", "征信接口要另加钱"],
    ["5", "七星关-陈工", "2025-11-19 11:45:17", "2025-11-19 11:45:17", "微信", "PC", "111.121.64.30",
     "毕节七星关网络科技有限公司", "陈工 13908571234", FIRST, "245000", "含税", "6%", "无",
     NL.join(["个人征信（百行征信、朴道征信）", "风控模型", "反欺诈模型", "还款计划及提醒", "风控审批", "用户管理"]),
     "已取得等保三级备案证明", "52050243002-24001", "国密SM4（身份证号、手机号）", "HTTPS", "RBAC角色权限", "12个月",
     "百行征信、朴道征信", "12个月", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24", "2小时内", "提供", "是", "2.6万元/年",
     "完整源码", "", "偏贵"],
    ["6", "碧江-田经理", "2025-11-19 14:08:02", "2025-11-19 14:08:02", "链接", "手机", "61.189.22.75",
     "铜仁碧江科技有限公司", "田经理 18908561234", FIRST, "118000", "含税", "—", "风控模型：暂无，可二期定制，另行报价",
     NL.join(["个人征信查询", "还款管理", "用户管理", "贷款申请"]),
     "仅取得二级", "52060243001-22004", "AES", "HTTPS", "有", "—", "—", "3个月", "—", "另计", "工作日QQ群", "—", "—", "—", "—",
     "完整源码", "", "便宜但只有二级"],
    ["7", "汇川-周经理", "2025-11-21 10:31:26", "2025-11-21 10:31:26", "微信", "手机", "117.187.40.22",
     "遵义汇川网络科技有限公司", "周经理 13985201234", FIX, "168000", "含税", "6%", "风控模型（评分卡）为选配，另加2.4万元（含税）",
     NL.join(["个人征信（百行征信）", "风控模型（评分卡，选配）", "还款计划及提醒", "风控审批", "用户管理"]),
     "三级测评已完成，备案证明申请中（预计2026年1月下发）", "申请中", "国密SM4（身份证号、手机号）", "HTTPS", "RBAC角色权限",
     "12个月", "百行征信", "12个月", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24", "2小时内", "提供", "是，全部写入合同",
     "2.0万元/年", "完整源码，无加密",
     "更正：11月17日提交时等保情况填写有误，备案证明尚在申请中；风控模型不在标准版内，为选配模块。以本次为准。", ""],
    ["8", "七星关-陈工", "2025-11-21 17:55:49", "2025-11-21 17:55:49", "微信", "PC", "111.121.64.30",
     "毕节七星关网络科技有限公司", "陈工 13908571234", FIX, "0", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—",
     "—", "—", "—", "—", "—", "—", "—", "更正：因项目排期冲突，我司放弃本次报价，11月19日提交的报价作废。", ""],
    ["9", "碧江-田经理", "2025-11-24 09:20:44", "2025-11-24 09:20:44", "链接", "手机", "61.189.22.75",
     "铜仁碧江科技有限公司", "田经理 18908561234", FIX, "98000", "含税", "—", "风控模型：暂无，可二期定制，另行报价",
     NL.join(["个人征信查询", "还款管理", "用户管理", "贷款申请"]),
     "仅取得二级", "52060243001-22004", "AES", "HTTPS", "有", "—", "—", "3个月", "—", "另计", "工作日QQ群", "—", "—", "—", "—",
     "完整源码", "更正：年底特价，报价调整为9.8万元（含税），其余不变。", ""],
    ["10", "钟山-吴工", "2025-11-24 15:06:12", "2025-11-24 15:06:12", "微信", "PC", "222.85.151.9",
     "六盘水钟山软件有限公司", "吴工 0858-8226631", FIX, "200000", "不含税", "6%",
     "征信接口对接模块选配，另加1.8万元（不含税）",
     NL.join(["个人征信接口对接（百行征信，选配）", "风控模型（规则引擎+评分卡）", "反欺诈规则", "还款计划及提醒", "风控审批", "用户管理",
              "营销插件"]),
     "已取得等保三级备案证明", "52020043011-23006", "SM4（身份证号、手机号）", "HTTPS", "角色权限", "6个月",
     "百行征信（接口对接模块为选配）", "12个月", "仅修复缺陷，不含升级", "一般调整免费，重大监管政策调整另行报价", "5×8（工作日）",
     "4小时内", "提供", "是", "按合同额12%/年", "完整源码",
     "更正：11月18日提交时含税情况选错，报价20万元及选配1.8万元均为不含税价，另开6%增值税专用发票。以本次为准。", ""],
]


def build_zn01():
    name = "zn_01_pc_jinshuju_gengzheng.csv"
    rows = [ZN01_HEAD]
    for r in ZN01_ROWS:
        assert len(r) == len(ZN01_HEAD), (r[0], len(r))
        rows.append(r)
    blank = [""] * len(ZN01_HEAD)
    rows.append(blank)
    rows.append(["初步意见（行政采购部，11-20）：建议首选遵义汇川（16.8万含税最低，等保已取得），备选安顺西秀（17.6万，赠送智能客服和区块链）。"
                 "贵阳观山湖价格中等，铜仁碧江只有二级。"] + [""] * (len(ZN01_HEAD) - 1))
    rows.append(["整理：行政采购部 黎雪　2025-11-28。表单“个人信用贷系统源码供应商报价登记”（金数据）导出后另存为CSV；同一供应商提交两次的，"
                 "以提交类型为“更正提交”的最后一次为准。11-21之后的更正已补导入，初评未改。我司只做个人信用贷，无跨境业务。"]
                + [""] * (len(ZN01_HEAD) - 1))
    write_csv(name, rows, "utf-8-sig")

    vendors = [
        good("贵阳观山湖数科有限公司", 226000,
             "one submission (序号1, 首次提交): 报价总额 226000 含税 6% = 226,000 inside 18–25万; 个人征信查询 (人行二代 + 百行), 风控模型 "
             "(评分卡+规则引擎), 反欺诈模型, 还款计划及还款提醒, 风控审批流, 用户管理 — one per line in the cell, no bloat; 等保三级备案证明"
             "52011543007-24010; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 12个月 with alerts; 人行 + 百行; 12个月 with "
             "小版本升级; 政策免费; 7×24; 2小时 named engineer; 终身咨询 提供; 全部写入合同; 2.3万元/年; 完整源码 无加密. The IP address "
             "and phone number are no prices.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=23000, source_code_delivery="full"),
        dict(vendor="遵义汇川网络科技有限公司", gate="unverified", price=192000,
             why="two submissions — only the 更正 of 11-21 (序号7) counts: 168000 含税 and the must-have 风控模型 '为选配，另加2.4万元（含税）' "
                 "(conditional, added): 168,000 + 24,000 = 192,000 inside 18–25万 — not the first submission's 168,000; 等保 '三级测评已完成，"
                 "备案证明申请中（预计2026年1月下发）', 编号 '申请中' (in progress: unverified, never fail — the 11-17 '已取得' is withdrawn by "
                 "the vendor itself); everything else stated and good: 个人征信 (百行), 还款计划及提醒, 风控审批, 用户管理; SM4 (ID, mobile); "
                 "HTTPS; RBAC; logs 12个月; 百行; 12个月 with 小版本升级; 政策免费; 7×24; 2小时; 终身咨询; 全部写入合同; 2.0万元/年; 完整源码 "
                 "无加密. The 初评 '最便宜，等保已取得…建议首选' and the 初步意见 were written on 11-20 from the superseded submission and are "
                 "the buyer's.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=2, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=dict(sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=PC + CORE, fex=BLOAT,
             flin=["conditional"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + AFTER_OK),
        dict(vendor="安顺西秀信息技术有限公司", gate="unverified", price=176000,
             why="one submission (序号3): 176000 含税 = 176,000 (below the 18–25万 band, above 15万); '按等保三级标准建设，上线后可协助客户"
                 "完成测评' with no 编号 (claimed: unverified); '国密算法' (which? claimed); '支持对接各大征信' (no body: claimed); 日志 "
                 "'长期保存' (claimed, no period); '终身维护' (claimed); '完善的权限管理', '全面维护', '积极配合', '第一时间响应', '终身免费', "
                 "'可协商', '签约时商定' state nothing; HTTPS and 7×24 stated; AI智能风控 is its risk model; 智能客服机器人 + 区块链存证 "
                 "(赠送: bloat); '核心风控引擎以加密SDK提供' (partial). The 初评 '备选' is the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="六盘水钟山软件有限公司", gate="pass", price=231080,
             why="two submissions — only the 更正 of 11-24 (序号10) counts: '报价20万元及选配1.8万元均为不含税价，另开6%增值税专用发票' and the "
                 "must-have 个人征信接口对接 is that option (conditional, added): (200,000 + 18,000) × 1.06 = 231,080 inside 18–25万 — not the "
                 "11-18 '含税' reading (218,000); 风控模型 (规则引擎+评分卡), 反欺诈规则, 还款计划及提醒, 风控审批, 用户管理, 营销插件 "
                 "(deferrable, no bloat); 等保三级备案证明52020043011-23006; SM4 (ID, mobile); HTTPS; 角色权限; logs 6个月 (not under 6); "
                 "12个月 '仅修复缺陷，不含升级' (conditional); '重大监管政策调整另行报价' (conditional); 5×8; 4小时; 终身咨询 提供; 写入合同 是; "
                 "'按合同额12%/年' (no amount); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         free_maintenance_months=12, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, response_hours=4, lifetime_consulting=True, commitments_in_contract=True,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + CORE + ["marketing_plugins"], fex=BLOAT,
             flin=WEAK_AFTER_FLIN,
             flex=WEAK_AFTER_FLEX),
        dict(vendor="铜仁碧江科技有限公司", gate="fail", price=98000,
             why="two submissions — only the 更正 of 11-24 (序号9) counts: '报价调整为9.8万元（含税）' = 98,000 (under 10万; not the first "
                 "118,000); '风控模型：暂无，可二期定制，另行报价' and no 风控模型 among its modules — the must-have is absent with no price "
                 "(fail); 等保 '仅取得二级' (fail; its 编号 is a level-2 filing); 'AES' (no SM4); HTTPS; 免费维护 3个月; 工作日QQ群; 完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, free_maintenance_months=3),
             status=dict(mlps_level3="stated"),
             fin=["personal_credit_report", "repayment_management", "user_management"], fex=["risk_model"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "maintenance_under_12m"],
             flex=["price_below_15w", "price_missing"]),
    ]
    write_toml(
        "zn_01_pc_jinshuju_gengzheng.toml",
        """Voice: 黎雪, 专员 in the 行政采购部 of 遵义红花岗汇信小额贷款 (personal credit only, no cross-border business), sent every vendor a
  金数据 form '个人信用贷系统源码供应商报价登记' and saved the export as CSV on 2025-11-28; the last column 初评（行政采购部 黎雪，11-20）
  and the 初步意见 and 整理 lines below the table are hers — written on 11-20, before any of the four corrections arrived.
Layout: UTF-8 (BOM) CSV, the form export as is — header row first (序号 | 提交人 | 提交时间 | 更新时间 | 来源 | 填写设备 | IP地址 | 1.供应商全称
  | 2.联系人及电话 | 3.提交类型 | 4.报价总额（元） | 5.报价含税情况 | 6.增值税税率 | 7.选配/另计项目及价格 | 8.功能模块 | 9.等保三级情况 |
  10.备案证明编号 | 11.敏感字段加密方式 … 24.源码交付方式 | 25.补充说明 | 初评), ten submissions in time order from six vendors: four
  vendors submitted twice, the second time with 提交类型 '更正提交（以本次为准）' and a 补充说明 beginning '更正：'; multi-select
  功能模块 answers one per line inside the cell; a blank row, then the 初步意见 and 整理 lines in column A.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: one vendor = one quote, the latest submission (the 整理 line says so) — never two quotes per name and never the first
  submission's values: 遵义汇川 (her pick, '16.8万含税最低，等保已取得') corrected itself to 等保 申请中 (unverified, never fail) and its
  风控模型 to a 2.4万 含税 option (192,000, conditional); 六盘水钟山 corrected 含税 to 不含税 6% with its 个人征信接口 option 1.8万 不含税
  (231,080, conditional) and keeps bug-only maintenance, 重大监管政策调整另行报价, 5×8/4h; 铜仁碧江 corrected 11.8万 to 9.8万 (under
  10万) and has 二级 and no 风控模型 (fail); 毕节七星关's good 24.5万 first submission is voided by its 更正 '放弃本次报价' whose
  required price field holds 0 (not listed — not a free quote); 安顺西秀 17.6万 only claims (按等保三级标准建设, 国密算法, 各大征信,
  长期保存, 终身维护: unverified), gets 智能客服机器人 + 区块链存证 赠送 (bloat) and encrypts its risk engine (partial); the 提交人
  nicknames, IP addresses, phone numbers, '6%', '12%' and certificate numbers are no vendors and no prices; the 初评 column is the
  buyer's, never the vendor's.""",
        "personal_credit", [name], "贵阳观山湖数科有限公司",
        "贵阳观山湖 proves every gate (备案证明52011543007-24010, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has "
        "every must-have plus 反欺诈 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a "
        "named engineer, lifetime consulting, all in the contract, full unencrypted source — at 226,000 含税 inside 18–25万 (3 years "
        "226,000 + 2 × 23,000 = 272,000). Her pick 遵义汇川 corrected its own form: its filing is only 申请中 (unverified) and its risk "
        "model is a 2.4万 option (192,000); 六盘水钟山 is 231,080 含税 with its credit-interface option, bug-only maintenance, charged "
        "major policy changes and 5×8/4h; 安顺西秀 (176,000) proves nothing, pads with bloat and encrypts its risk engine; 铜仁碧江 "
        "fails (9.8万, 二级, no risk model); 毕节七星关 withdrew by its correction.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zn_02  商户经营性贷 — 泉州丰泽鑫源小额贷款's 科技信息部 经理 庄伟明 lays the vendors side by side: each vendor a block of three
#        sub-columns 报价 | 合规 | 售后 under its merged name; each row's label names three criteria, one per sub-column. The
#        我部意见 row (merged over each block) and the 结论 line are the buyer's.
# ---------------------------------------------------------------------------------------------
ZN02_LABELS = ["报价金额 ｜ 等保三级 ｜ 免费维护期", "计税方式 ｜ 备案证明/证书编号 ｜ 维护范围", "计价方式/选配 ｜ 敏感数据加密 ｜ 监管政策适配",
               "功能模块 ｜ 传输加密 ｜ 技术支持", "赠送/其他模块 ｜ 权限管理 ｜ 响应时限", "源码交付 ｜ 日志保存 ｜ 终身技术咨询",
               "报价有效期 ｜ 征信机构 ｜ 承诺写入合同", "联系人 ｜ — ｜ 维保期满年费"]
# vendor: (报价 column, 合规 column, 售后 column, 我部意见)
ZN02_VENDORS = [
    ("厦门思明数科有限公司",
     ["29.6万", "含税（6%专票）", "一次性买断，无选配",
      "企业征信（人行企业征信、百行）、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理", "无", "完整源码，无加密，可二次开发",
      "90天", "陈经理 0592-5563218"],
     ["已取得", "35020343016-24005", "国密SM4（身份证号、手机号、对公账号）", "HTTPS（TLS1.2）", "RBAC角色权限", "12个月，异常操作告警",
      "中国人民银行征信中心、百行征信", "—"],
     ["12个月", "缺陷修复＋小版本升级", "监管政策调整免费适配", "7×24", "2小时内（指定工程师）", "提供", "全部写入合同", "2.8万元/年"],
     "价格偏高，资料齐全"),
    ("漳州芗城网络科技有限公司",
     ["4,500元/账号", "含税",
      "按账号一次性买断：4,500元/账号 × 60个账号（客户经理及审批岗），后续新增账号另计",
      "企业征信（百行企业征信）、银行流水分析、电子合同、风控审批、还款管理、用户管理、API开放平台", "无", "完整源码", "60天",
      "林工 13906012345"],
     ["已取得", "35060243009-23012", "SM4（身份证号、手机号）", "HTTPS", "角色权限", "6个月", "百行征信、朴道征信", "—"],
     ["12个月", "仅修复缺陷，不含升级", "一般调整免费，重大监管政策调整另行报价", "5×8（工作日）", "4小时内", "提供", "写入合同",
      "按合同额15%/年"],
     "按账号报价，跟别家不好比"),
    ("莆田城厢信息技术有限公司",
     ["23.8万", "含税", "标准版23.8万；电子合同模块选配，另加2.2万元（含税）",
      "企业征信、银行流水分析、电子合同（选配）、风控审批、还款管理、用户管理", "赠送：区块链存证、元宇宙营销展厅、智能客服机器人",
      "交付源码（风控引擎为加密组件）", "30天", "黄总 15959012345"],
     ["按等保三级标准设计，上线后可协助客户通过测评", "—", "采用国密算法加密", "HTTPS", "权限体系完善", "长期保存", "可对接主流征信机构",
      "—"],
     ["终身维护", "全面维护", "积极配合监管要求", "7×24", "第一时间响应", "终身免费", "可协商", "签约时商定"],
     "价格最低，赠送模块最多，演示效果最好，建议首选"),
    ("龙岩新罗软件有限公司",
     ["27.5万", "不含税（增值税13%）", "一次性买断，无选配",
      "企业征信（人行企业征信）、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理、数据大屏", "跨境支付通道（已含在报价内）",
      "完整源码，无加密", "90天", "郑经理 0597-2236610"],
     ["已取得", "35080043002-24009", "国密SM4（身份证号、手机号、银行卡号）", "HTTPS", "RBAC角色权限", "12个月", "中国人民银行征信中心",
      "—"],
     ["12个月", "缺陷修复及小版本升级", "政策适配按次另计", "5×8（工作日）", "2小时内", "提供", "写入合同", "3万元/年"],
     "不含税；带跨境支付，我们用不上"),
    ("三明梅列科技有限公司",
     ["13.2万", "含税", "无", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理", "无",
      "仅授权使用（授权绑定服务器，不交付源代码）", "30天", "邱工 18959812345"],
     ["已取得", "35040043005-23010", "AES-256", "HTTPS", "角色权限", "3个月", "百行征信", "—"],
     ["6个月", "仅修复缺陷，不含升级", "按次收费", "5×8（工作日）", "次日", "不提供", "写入合同", "按次收费，5000元/次"],
     "便宜，但日志只有3个月"),
    ("南平延平网络科技有限公司",
     ["不参与", "—", "—", "—", "—", "—", "—", "叶经理 13959912345"],
     ["—"] * 8,
     ["—"] * 8,
     "12-01电话告知不参与本次报价"),
]


def build_zn02():
    name = "zn_02_ml_hengxiang_sanlan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "横向比对"
    ncol = 1 + 3 * len(ZN02_VENDORS)
    ws.column_dimensions["A"].width = 30
    for c in range(2, ncol + 1):
        ws.column_dimensions[get_column_letter(c)].width = 20
    _text(ws, 1, 1, 10, "泉州丰泽鑫源小额贷款有限公司 经营贷系统源码 供应商横向比对", font=TITLE)
    _text(ws, 2, 1, 10,
          "说明：每家供应商占三列（报价｜合规｜售后）；左列每行写了三个对比项，依次对应这三列，例如第一行：报价列填报价金额、合规列填等保三级、"
          "售后列填免费维护期。灰底“我部意见”为我部意见。我司只做本地小微商户经营贷，无跨境业务。　编制：科技信息部 庄伟明　2025-12-02",
          height=44)
    a = ws.cell(row=3, column=1, value="对比项（报价列 ｜ 合规列 ｜ 售后列）")
    a.font = BOLD
    a.fill = BLUE
    a.alignment = CENTER
    a.border = BOX
    ws.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1)
    for i, (vendor, *_rest) in enumerate(ZN02_VENDORS):
        c0 = 2 + 3 * i
        h = ws.cell(row=3, column=c0, value=vendor)
        h.font = BOLD
        h.fill = BLUE
        h.alignment = CENTER
        h.border = BOX
        ws.merge_cells(start_row=3, start_column=c0, end_row=3, end_column=c0 + 2)
        put_row(ws, 4, ["报价", "合规", "售后"], font=BOLD, fill=BLUE, align=CENTER, start=c0)
    ws.row_dimensions[3].height = 24
    for k, label in enumerate(ZN02_LABELS):
        r = 5 + k
        put_row(ws, r, [label], font=BOLD, fill=GREY)
        for i, (_v, quote, comp, after, _op) in enumerate(ZN02_VENDORS):
            put_row(ws, r, [quote[k], comp[k], after[k]], start=2 + 3 * i, fill=BLOCK if i % 2 else None)
        ws.row_dimensions[r].height = 62 if k in (2, 3, 4, 5) else 32
    r = 5 + len(ZN02_LABELS)
    put_row(ws, r, ["我部意见"], font=BOLD, fill=YELLOW)
    for i, (*_x, opinion) in enumerate(ZN02_VENDORS):
        c0 = 2 + 3 * i
        put_row(ws, r, [opinion], start=c0, fill=YELLOW)
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + 2)
    ws.row_dimensions[r].height = 32
    _text(ws, r + 2, 1, 10,
          "结论（科技信息部）：建议首选莆田城厢（23.8万含税，报价最低，赠送区块链存证、元宇宙营销展厅和智能客服机器人，演示效果最好），"
          "备选漳州芗城。三明梅列太便宜不考虑，南平延平不参与。请分管副总审定。", font=BOLD, height=32)
    ws.freeze_panes = "B5"
    _save(wb, name)

    vendors = [
        good("厦门思明数科有限公司", 296000,
             "block 1 — 报价 column: '29.6万' 含税（6%专票） = 296,000 inside 25–35万, 一次性买断 无选配; 企业征信 (人行企业征信 + 百行), 银行流水"
             "分析, 电子合同, 风控审批, 还款计划及提醒, 用户管理, no bloat; 完整源码 无加密; 合规 column: 等保三级 已取得, 备案证明"
             "35020343016-24005; SM4 on ID/mobile/对公账号; HTTPS TLS1.2; RBAC; logs 12个月 with alerts; 人行 + 百行; 售后 column: 12个月 "
             "with 小版本升级; 政策免费; 7×24; 2小时 named engineer; 终身咨询 提供; 全部写入合同; 2.8万元/年. '90天' and the phone are no "
             "prices.",
             ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
        dict(vendor="漳州芗城网络科技有限公司", gate="pass", price=270000,
             why="block 2 — 报价金额 '4,500元/账号' is a unit price: the 计价方式 cell '4,500元/账号 × 60个账号（客户经理及审批岗）' one-off "
                 "buy-out 含税 = 270,000 inside 25–35万 (not 4,500; later extra accounts are not needed to compare); 企业征信 (百行企业征信), "
                 "银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理, API开放平台 (deferrable, no bloat); 完整源码; 等保三级 已取得 "
                 "35060243009-23012; SM4 (ID, mobile); HTTPS; 角色权限; logs 6个月 (not under 6); 百行 + 朴道; 12个月 '仅修复缺陷，不含升级' "
                 "(conditional); '重大监管政策调整另行报价' (conditional); 5×8; 4小时; 终身咨询 提供; 写入合同; '按合同额15%/年' (no amount).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT,
             flin=WEAK_AFTER_FLIN,
             flex=WEAK_AFTER_FLEX),
        dict(vendor="莆田城厢信息技术有限公司", gate="unverified", price=260000,
             why="block 3 — '23.8万' 含税 and the must-have 电子合同 '选配，另加2.2万元（含税）' (conditional, added): 238,000 + 22,000 = 260,000 "
                 "inside 25–35万; 合规 column: '按等保三级标准设计，上线后可协助客户通过测评', 编号 '—' (claimed: unverified); '采用国密算法加密' "
                 "(which? claimed); '可对接主流征信机构' (no body: claimed); 日志 '长期保存' (claimed); HTTPS stated; '权限体系完善' states "
                 "nothing; 售后 column: '终身维护' (claimed); '全面维护', '积极配合监管要求', '第一时间响应', '终身免费', '可协商', '签约时商定' "
                 "state nothing; 7×24 stated; 赠送 区块链存证, 元宇宙营销展厅, 智能客服机器人 (bloat); '风控引擎为加密组件' (partial). The "
                 "意见 '建议首选' and the 结论 are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + ["blockchain_evidence", "metaverse_marketing", "ai_customer_service"],
             flin=["claimed", "conditional", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="龙岩新罗软件有限公司", gate="pass", price=310750,
             why="block 4 — '27.5万' '不含税（增值税13%）' = 275,000 × 1.13 = 310,750 inside 25–35万; all three must-haves + core + 数据大屏 "
                 "(deferrable) + '跨境支付通道（已含在报价内）' (bloat: no cross-border business); 完整源码 无加密; 等保三级 已取得 "
                 "35080043002-24009; SM4 on ID/mobile/bank card; HTTPS; RBAC; logs 12个月; 人行; 12个月 with 小版本升级; '政策适配按次另计' "
                 "(conditional); 5×8; 2小时内; 终身咨询 提供; 写入合同; '3万元/年' (tax basis not said: not asserted).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=False, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         policy_adaptation_free="conditional", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard", "overseas_payment"],
             fex=["blockchain_evidence", "metaverse_marketing", "ai_customer_service"],
             flin=["bloat_features", "policy_adaptation_charged", "no_7x24"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "maintenance_under_12m", "maintenance_excludes_upgrades", "response_over_2h", "no_lifetime_consulting",
                            "not_in_contract", "source_partial", "source_licence_only"]),
        dict(vendor="三明梅列科技有限公司", gate="pass", price=132000,
             why="block 5 — '13.2万' 含税 = 132,000 (caution zone: cheaper is not better); all three must-haves + core; '仅授权使用（授权绑定"
                 "服务器，不交付源代码）' (licence only); 等保三级 已取得 35040043005-23010 (stated); 'AES-256' (no SM4); HTTPS; 角色权限; logs "
                 "3个月 (under 6); 百行; 6个月; '仅修复缺陷，不含升级' (conditional); '按次收费' (policy changes charged); 5×8; 次日; 终身咨询 "
                 "不提供; 写入合同; '5000元/次' (per incident, no yearly fee).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "not_in_contract", "bloat_features",
                            "source_partial"]),
    ]
    write_toml(
        "zn_02_ml_hengxiang_sanlan.toml",
        """Voice: 庄伟明, manager of the 科技信息部 at 泉州丰泽鑫源小额贷款 (local small-merchant operating loans, no cross-border
  business), lays the vendors side by side for the deputy GM on 2025-12-02; the 我部意见 row and the 结论 line are his.
Layout: sheet 横向比对 — title, a 说明 row, then vendors as horizontal BLOCKS: row 3 holds A3 '对比项（报价列 ｜ 合规列 ｜ 售后列）' merged
  down over A3:A4 and each vendor's name merged over three columns (B:D, E:G, … Q:S), row 4 repeats the sub-headings 报价 | 合规 |
  售后 under every name; rows 5–12 carry in column A a label naming THREE criteria at once, one per sub-column ('报价金额 ｜ 等保三级
  ｜ 免费维护期', '计税方式 ｜ 备案证明/证书编号 ｜ 维护范围', '计价方式/选配 ｜ 敏感数据加密 ｜ 监管政策适配', '功能模块 ｜ 传输加密 ｜ 技术支持',
  '赠送/其他模块 ｜ 权限管理 ｜ 响应时限', '源码交付 ｜ 日志保存 ｜ 终身技术咨询', '报价有效期 ｜ 征信机构 ｜ 承诺写入合同', '联系人 ｜ — ｜
  维保期满年费'); row 13 我部意见 merged over each block; the 结论 line two rows below. Six blocks, the sixth 不参与. Frozen at B5.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: a cell's meaning depends on both its row label and its sub-column (the same row holds a price, a certificate level and a
  maintenance period); the 合规 and 售后 columns are no vendors; 漳州芗城's 报价金额 is a unit price '4,500元/账号' and its 计价方式
  '× 60个账号' makes 270,000 (not 4,500 — not under 10万); 莆田城厢 (his pick, '报价最低') adds its must-have 电子合同 as a 2.2万 含税
  option (260,000, conditional) and only claims (按等保三级标准设计, 国密算法, 主流征信机构, 长期保存, 终身维护: unverified), with
  区块链存证、元宇宙营销展厅、智能客服机器人 赠送 (bloat) and an encrypted risk engine (partial); 龙岩新罗 27.5万 不含税 13% = 310,750
  with 跨境支付通道 included (bloat), 政策适配按次另计 and 5×8; 三明梅列 13.2万 (caution zone) with AES, 3-month logs, 6 months,
  次日 and a server-bound licence; 南平延平 不参与 (not listed); '90天', '60天', '15%', '5000元/次', phone and certificate numbers
  are no prices.""",
        "merchant_loan", [name], "厦门思明数科有限公司",
        "厦门思明 proves every gate (备案证明35020343016-24005, SM4 on ID/mobile/对公账号, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every "
        "must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, "
        "lifetime consulting, all in the contract, full unencrypted source — at 296,000 含税 inside 25–35万 (3 years 296,000 + 2 × "
        "28,000 = 352,000). His pick 莆田城厢 is 260,000 once its 电子合同 option is added, proves nothing (unverified), pads with three "
        "bloat modules and encrypts its risk engine; 漳州芗城 is 270,000 (4,500 × 60 accounts) with bug-only maintenance, charged major "
        "policy changes and 5×8/4h; 龙岩新罗 is 310,750 含税 with 跨境支付 bloat, paid policy changes and 5×8; 三明梅列 is 132,000 in the "
        "caution zone without SM4, with 3-month logs and no source code; 南平延平 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zn_03  消费分期 — 襄阳樊城惠易购小额贷款's 财务部 会计主管 邓丽娟 builds a three-year cost table: 首年 (源码买断＋实施) split into
#        标价 | 折扣率 | 折后价 (vendors filled one or both), then 次年 | 第三年 (维保费) and her own 三年合计. The 三年合计 column, the
#        财务部备注 column and the 意见 line are hers.
# ---------------------------------------------------------------------------------------------
ZN03_HEAD = ["序号", "供应商", "计税", "首年费用（源码买断＋实施）", None, None, "次年费用", "第三年费用", "三年合计（财务部测算）",
             "费用说明（供应商原话）", "功能模块", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存", "征信机构", "免费维护期",
             "维护范围", "监管政策适配", "技术支持", "响应时限", "终身技术咨询", "写入合同", "源码交付", "财务部备注"]
ZN03_SUB = {4: "标价（元）", 5: "折扣率", 6: "折后价（元）"}
ZN03_ROWS = [
    [1, "武汉江汉数科有限公司", "含税（6%专票）", 260000, "9折", None, 24000, 24000, "28.2万",
     "源码授权及实施26万元，年底九折；免费维护12个月，期满后维保2.4万元/年",
     "商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理", "已取得，备案证明42010343021-24006",
     "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC角色权限", "12个月", "百行征信、朴道征信", "12个月",
     "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24", "2小时内（指定工程师）", "提供", "全部写入合同", "完整源码，无加密，可二次开发",
     "资料齐全"],
    [2, "宜昌西陵网络科技有限公司", "不含税（增值税6%）", 288000, None, 216000, 21600, 21600, "25.92万",
     "标价28.8万，折后21.6万（不含税，另开6%专票）；免费维护12个月，期满后按折后合同额10%/年收取维保费",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理、积分商城", "已取得，备案证明42050243008-23014",
     "SM4（身份证号、手机号）", "HTTPS", "角色权限", "6个月", "百行征信", "12个月", "仅修复缺陷，不含升级",
     "一般调整免费，重大监管政策调整另行报价", "5×8（工作日）", "4小时内", "提供", "写入合同", "完整源码", "不含税"],
    [3, "荆州沙市软件有限公司", "含税", 198000, "8.5折", 168300, "0（次年起免费）", 0, "16.83万（最低）",
     "年底8.5折；终身维护，次年起不收维保费；分期计算器为选配模块，另加2.5万元（含税，不参与折扣）",
     "商品管理、订单跟踪、分期计算器（选配）、还款管理、风控审批、用户管理、智能客服机器人、元宇宙营销展厅",
     "按等保三级要求开发，上线后协助客户测评", "国密算法", "HTTPS", "完善的权限管理", "长期保存", "可对接各大征信", "终身维护",
     "全面维护", "积极配合", "7×24", "第一时间响应", "终身免费", "可协商", "提供源码（风控及定价引擎为加密SDK）",
     "三年合计最低，次年起免维保费，还送智能客服和元宇宙营销，建议首选"],
    [4, "十堰茅箭信息技术有限公司", "含税", 80000, "—", "—", 80000, 80000, "24万",
     "源码买断总价24万元（含税），分三年等额支付，每年8万元，首期付款后即交付完整源码；含36个月免费维护（缺陷修复及小版本升级），"
     "第四年起维保2.4万元/年",
     "商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理", "已取得，备案证明42030043012-24003",
     "AES-256（身份证号、手机号）", "HTTPS", "RBAC角色权限", "12个月", "百行征信", "36个月", "缺陷修复及小版本升级",
     "监管政策调整免费适配", "5×8（工作日）", "4小时内", "提供", "写入合同", "完整源码，无加密", "分三年付，每年8万，现金流压力小"],
    [5, "黄石下陆科技有限公司", "含税", 158000, "8折", None, "按次收费", "按次收费", "12.64万＋按次",
     "标价15.8万，本月签约8折；免费维护6个月，期满后按次收费5000元/次",
     "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理", "已取得，证书编号42020043004-23011", "AES", "HTTPS", "角色权限",
     "3个月", "百行征信", "6个月", "仅修复缺陷，不含升级", "按次另计", "5×8（工作日）", "次日", "不提供", "写入合同",
     "仅授权使用（授权绑定域名，不交付源代码）", "标价过了15万，打完折更便宜"],
    [6, "鄂州鄂城网络科技有限公司", "含税", "面议", "—", "—", 25000, 25000, "—",
     "源码价格需到现场调研后面议；免费维护12个月，期满后维保2.5万元/年",
     "商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理", "已取得，备案证明42070043006-24002",
     "国密SM4（身份证号、手机号、银行卡号）", "HTTPS", "RBAC角色权限", "12个月", "中国人民银行征信中心、百行征信", "12个月",
     "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24", "2小时内", "提供", "全部写入合同", "完整源码，无加密", "没报价，约了下周来"],
]


def build_zn03():
    name = "zn_03_ci_sannian_zhekou.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "三年费用对比"
    widths(ws, [5, 24, 14, 11, 8, 11, 10, 10, 13, 40, 34, 22, 22, 12, 12, 9, 18, 10, 18, 22, 12, 14, 9, 11, 26, 24])
    ncol = len(ZN03_HEAD)
    _text(ws, 1, 1, 12, "襄阳樊城惠易购小额贷款有限公司 消费分期系统源码 三年费用对比", font=TITLE)
    _text(ws, 2, 1, 12,
          "说明：源码一次性买断。首年费用=源码授权+实施，次年、第三年为免费维护期满后的维保费。折扣率、折后价按供应商填写，有的只填了一项。"
          "“三年合计”为我部按首年+次年+第三年测算（含税、不含税未统一）。“费用说明”为供应商原话，“财务部备注”为我部意见。"
          "我司做手机、家电分期，无跨境业务。　制表：财务部 邓丽娟　2025-12-09", height=44)
    for c, h in enumerate(ZN03_HEAD, start=1):
        if h is None:
            continue
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = BLUE
        cell.alignment = CENTER
        cell.border = BOX
    ws.merge_cells(start_row=4, start_column=4, end_row=4, end_column=6)
    for c, h in ZN03_SUB.items():
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = BLUE
        cell.alignment = CENTER
        cell.border = BOX
    for c in range(1, ncol + 1):
        if c not in ZN03_SUB:
            ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.row_dimensions[4].height = 30
    ws.row_dimensions[5].height = 22
    for i, row in enumerate(ZN03_ROWS, start=6):
        assert len(row) == ncol, row[1]
        put_row(ws, i, row)
        for c in (4, 6, 7, 8):
            if isinstance(row[c - 1], (int, float)):
                ws.cell(row=i, column=c).number_format = "#,##0"
        ws.cell(row=i, column=9).fill = YELLOW
        ws.cell(row=i, column=ncol).fill = YELLOW
        ws.row_dimensions[i].height = 70
    r = 6 + len(ZN03_ROWS) + 1
    _text(ws, r, 1, 12,
          "财务部意见：按三年合计，荆州沙市最省（16.83万，次年起免维保费），建议首选；其次黄石下陆（12.64万另加按次维保）、十堰茅箭（24万，"
          "可分三年付）。鄂州鄂城未报价。", font=BOLD, height=30)
    _text(ws, r + 1, 1, 12, "审核：＿＿＿＿　总经理：＿＿＿＿")
    ws.freeze_panes = "C6"
    _save(wb, name)

    vendors = [
        good("武汉江汉数科有限公司", 234000,
             "首年 标价 260,000 with only the 折扣率 '9折' filled (折后价 empty): 260,000 × 0.9 = 234,000 含税（6%专票） inside 20–30万 — the "
             "price is the first year only; 次年/第三年 24,000 are the yearly fee after its 12 free months (the 三年合计 '28.2万' is the "
             "buyer's); 商品管理, 分期计算器, 订单跟踪, 还款计划及提醒, 风控审批, 用户管理, no bloat; 等保三级 备案证明42010343021-24006; SM4 "
             "on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 12个月; 百行 + 朴道; 12个月 with 小版本升级; 政策免费; 7×24; 2小时 named "
             "engineer; 终身咨询 提供; 全部写入合同; 完整源码 无加密.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
        dict(vendor="宜昌西陵网络科技有限公司", gate="pass", price=228960,
             why="首年 标价 288,000 and only the 折后价 216,000 filled (折扣率 empty; = 7.5折), '不含税（增值税6%）': 216,000 × 1.06 = 228,960 "
                 "inside 20–30万 (not 288,000, not 216,000); 次年/第三年 21,600 = 10% of the discounted 不含税 contract (tax basis of the fee "
                 "not asserted); all three must-haves + core + 积分商城 (deferrable, no bloat); 等保三级 备案证明42050243008-23014; SM4 (ID, "
                 "mobile); HTTPS; 角色权限; logs 6个月 (not under 6); 百行; 12个月 '仅修复缺陷，不含升级' (conditional); '重大监管政策调整另行报价' "
                 "(conditional); 5×8; 4小时; 终身咨询 提供; 写入合同; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall"], fex=BLOAT,
             flin=WEAK_AFTER_FLIN,
             flex=WEAK_AFTER_FLEX),
        dict(vendor="荆州沙市软件有限公司", gate="unverified", price=193300,
             why="首年 标价 198,000 '8.5折' 折后价 168,300 (both filled, consistent) 含税, and the must-have 分期计算器 '为选配模块，另加2.5万元"
                 "（含税，不参与折扣）' (conditional, added): 168,300 + 25,000 = 193,300 (below the 20–30万 band, above 15万) — not the "
                 "buyer's '16.83万（最低）'; 次年 '0（次年起免费）' rests on '终身维护' (claimed — no yearly fee asserted); '按等保三级要求开发，"
                 "上线后协助客户测评' (claimed: unverified); '国密算法' (which? claimed); '可对接各大征信' (no body: claimed); 日志 '长期保存' "
                 "(claimed); '完善的权限管理', '全面维护', '积极配合', '第一时间响应', '终身免费', '可协商' state nothing; HTTPS and 7×24 stated; "
                 "智能客服机器人 + 元宇宙营销展厅 (bloat); '风控及定价引擎为加密SDK' (partial). The 备注 '建议首选' and the 意见 line are the "
                 "buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=CI + ["ai_customer_service", "metaverse_marketing"],
             flin=["claimed", "conditional", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="十堰茅箭信息技术有限公司", gate="pass", price=240000,
             why="the 首年 column shows 80,000 and 次年/第三年 80,000 each, but its words say '源码买断总价24万元（含税），分三年等额支付，每年8万元，"
                 "首期付款后即交付完整源码': the source price is 240,000 inside 20–30万, paid in three instalments — not 80,000 (not under "
                 "10万), and the 80,000s are no maintenance fees; '含36个月免费维护（缺陷修复及小版本升级），第四年起维保2.4万元/年' (36 months, "
                 "yearly fee 24,000); all three must-haves + core, no bloat; 等保三级 备案证明42030043012-24003; 'AES-256' (no SM4); HTTPS; "
                 "RBAC; logs 12个月; 百行; 政策免费; 5×8; 4小时; 终身咨询 提供; 写入合同; 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=36, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["no_sm4", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_tls", "no_access_control", "audit_log_under_6m",
                            "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                            "policy_adaptation_charged", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                            "source_partial", "source_licence_only"]),
        dict(vendor="黄石下陆科技有限公司", gate="pass", price=126400,
             why="首年 标价 158,000 with only '8折' filled: 158,000 × 0.8 = 126,400 含税 — the sticker is above 15万 but the price is in the "
                 "caution zone (cheaper is not better); 次年/第三年 '按次收费' ('5000元/次' per incident, no yearly fee); all three must-haves "
                 "+ core; 等保三级 证书编号42020043004-23011 (stated); 'AES' (no SM4); HTTPS; 角色权限; logs 3个月 (under 6); 百行; 6个月; "
                 "'仅修复缺陷，不含升级' (conditional); '按次另计' (conditional); 5×8; 次日; 终身咨询 不提供; 写入合同; '仅授权使用（授权绑定域名，"
                 "不交付源代码）' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "not_in_contract", "bloat_features",
                            "source_partial"]),
        dict(vendor="鄂州鄂城网络科技有限公司", gate="unverified", price="null",
             why="首年 标价 '面议' ('源码价格需到现场调研后面议'): no price (unknown: unverified, price missing) — the 次年/第三年 25,000 are its "
                 "yearly fee after 12 free months, never the price (not under 10万); everything else stated and good: all three must-haves + "
                 "core; 等保三级 备案证明42070043006-24002; SM4 on ID/mobile/bank card; HTTPS; RBAC; logs 12个月; 人行 + 百行; 12个月 with "
                 "小版本升级; 政策免费; 7×24; 2小时; 终身咨询; 全部写入合同; 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "claimed"]
             + AFTER_OK),
    ]
    write_toml(
        "zn_03_ci_sannian_zhekou.toml",
        """Voice: 邓丽娟, 会计主管 in the 财务部 of 襄阳樊城惠易购小额贷款 (instalments for phones and appliances, no cross-border
  business), builds a three-year cost table for the general manager on 2025-12-09; the 三年合计（财务部测算） and 财务部备注 columns
  and the 财务部意见 line are hers.
Layout: sheet 三年费用对比 — title, a 说明 row (source bought once; 首年 = 源码授权+实施, 次年/第三年 = maintenance after the free
  period; vendors filled 折扣率 or 折后价 or both; her 三年合计 mixes 含税 and 不含税), then a two-row header: row 4 序号 | 供应商 | 计税 |
  首年费用（源码买断＋实施） merged over three columns whose row-5 sub-headings are 标价（元） | 折扣率 | 折后价（元） | 次年费用 | 第三年费用 |
  三年合计（财务部测算） | 费用说明（供应商原话） | 功能模块 | 等保三级 | 数据加密 | 传输加密 | 权限管理 | 日志保存 | 征信机构 | 免费维护期 |
  维护范围 | 监管政策适配 | 技术支持 | 响应时限 | 终身技术咨询 | 写入合同 | 源码交付 | 财务部备注 (the others merged down over rows 4–5),
  six vendor rows, the 意见 line and a sign-off line. Frozen at C6.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the price is the first year's source price after discount — never the 三年合计 and never 次年/第三年 (those are yearly
  fees); a discount given only as '9折' / '8折' must be applied to the 标价, a 折后价 given alone replaces it: 武汉江汉 260,000 × 0.9
  = 234,000; 宜昌西陵 折后价 216,000 不含税 6% = 228,960; 黄石下陆 158,000 × 0.8 = 126,400 (caution zone although the sticker is
  above 15万); 荆州沙市 (her pick, '三年合计最低 16.83万') adds its must-have 分期计算器 as a 2.5万 含税 option outside the discount
  (193,300, conditional), claims '终身维护' to zero its later years and only claims elsewhere (按等保三级要求开发, 国密算法, 各大征信,
  长期保存: unverified), with 智能客服机器人 + 元宇宙营销展厅 (bloat) and encrypted engines (partial); 十堰茅箭's 80,000 per year are
  three instalments of a stated 24万 buy-out (240,000, not under 10万; 36 months free, then 2.4万/年) with AES and 5×8/4h;
  鄂州鄂城's first year is 面议 (no price: unverified) although its 次年/第三年 show 25,000; '10%', '5000元/次' and certificate
  numbers are no prices.""",
        "consumer_installment", [name], "武汉江汉数科有限公司",
        "武汉江汉 proves every gate (备案证明42010343021-24006, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 百行 + 朴道), has all "
        "three instalment must-haves and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a "
        "named engineer, lifetime consulting, all in the contract, full unencrypted source — at 234,000 含税 after its 9折 inside 20–30万 "
        "(3 years 234,000 + 2 × 24,000 = 282,000). Her pick 荆州沙市 is 193,300 once its 分期计算器 option is added, its 'free' later "
        "years rest on a 终身维护 claim, it proves nothing (unverified), pads with bloat and encrypts its engines; 宜昌西陵 is 228,960 "
        "含税 with bug-only maintenance, charged major policy changes and 5×8/4h; 十堰茅箭 is a 240,000 buy-out in instalments with AES "
        "and 5×8/4h; 黄石下陆 is 126,400 after discount, in the caution zone, without SM4, with 3-month logs and a domain-bound licence; "
        "鄂州鄂城 gives no price (unverified).",
        vendors)


if __name__ == "__main__":
    for build in (build_zn01, build_zn02, build_zn03):
        build()
    print("built zn_01 … zn_03 into", HERE)
