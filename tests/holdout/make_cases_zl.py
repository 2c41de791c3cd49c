"""Build the "zl" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a GB18030 CSV register of the vendors' written replies, each reply copied verbatim into ONE long cell
inside Chinese quotation marks (one reply carries ASCII quotes too, escaped by the CSV), with the clerk's own 经办摘要 beside it —
the summary is sometimes wrong (a claim read as a certificate, 不含税 read as 含税, an option read as included, 不含升级 read as
含升级, AES read as 加密✓, a licence read as 源码✓) — and a 风控部核对 column that catches only some of it (zl_01); an .xlsx
比价表 whose 报价构成 cell for every vendor is a small table typed with line breaks and full-width spaces (授权费 / 实施费 / 合计 lines,
a discount line, 0-priced 赠送 lines, an option line '未计入', a line for the yearly fee after warranty, one breakdown without any 合计
line) (zl_02); a 供应商准入审查 workbook split over several sheets, one per criterion group (基本信息及报价, 功能, 安全合规, 售后,
源码交付) plus the review panel's 准入汇总, vendors as rows in the same order on every sheet, the full name only on the first sheet
and 简称 — shortened further by the after-sales reviewer — on the others (zl_03). The expected reading of every file is in the
matching zl_0N_*.toml, written from the file's content and shared/domain.md only; the author neither ran the product on these files
nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zl.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zl_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24"]
AFTER_OK = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
            "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
            "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]


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
# zl_01  个人信用贷 — 株洲荷塘鑫诚小额贷款's 综合管理部 (经办 龚雪梅) registers each vendor's written reply verbatim in one cell, in
#        quotation marks, and writes her own 经办摘要 beside it; the 风控部 (复核 谭志刚) adds a 核对 column. GB18030 CSV from WPS.
# ---------------------------------------------------------------------------------------------
ZL01_HEAD = ["序号", "服务商", "回函日期", "回函方式", "回函原文（逐字照录）", "经办摘要（经办人理解）", "风控部核对"]
ZL01_ROWS = [
    ["1", "湘潭雨湖数科有限公司", "2025-11-10", "邮件",
     "“龚经理您好！现就贵司个人信用贷系统源码询价回复如下：一、报价：个人信用贷系统源码（标准版）人民币21.8万元，含税（开具6%增值税专用"
     "发票）。二、功能：个人征信查询（已对接中国人民银行征信中心二代接口、百行征信）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及短信"
     "还款提醒、风控审批流、用户管理。三、资质与安全：我司系统已取得网络安全等级保护三级备案证明，编号43030243015-24011；身份证号、手机号、"
     "银行卡号采用国密SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月，异常操作实时告警。四、售后：免费维护12个月，含"
     "缺陷修复和小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内指定工程师响应；提供终身技术咨询；以上承诺全部写入合同。维保期满后"
     "年服务费2.2万元/年。五、交付完整源码，无加密，可二次开发。”",
     "报价：21.8万（含税）；功能：齐全；等保：三级有证；加密：SM4；维护：12个月含升级；支持：7×24；源码：完整",
     "备案证明编号已在公安备案网站核对，属实"],
    ["2", "衡阳雁峰网络科技有限公司", "2025-11-11", "微信（文字）",
     "“龚总好～我们的报价是16.9万元（含税），年终特价，原价24.8万元，名额有限哦。功能很全：个人征信查询、\"AI智能风控\"、反欺诈、还款管理、"
     "风控审批、用户管理，另外免费赠送智能客服机器人和区块链存证模块！安全方面请放心，系统严格按照等保三级标准设计开发，上线后可协助贵司通过"
     "测评；数据采用国密算法加密；全站HTTPS；权限管理完善，日志长期保存；支持对接各大征信机构。售后终身维护，7×24小时服务，第一时间响应，"
     "合同条款都可以协商。交付源码（核心风控引擎为加密SDK，不影响使用）。”",
     "报价：16.9万（含税，最低）；等保：三级✓；加密：国密✓；征信：✓；维护：终身；支持：7×24；源码：✓；另送智能客服、区块链存证",
     "未见备案证明编号，待对方补充"],
    ["3", "岳阳南湖软件有限公司", "2025-11-12", "邮件（附报价单）",
     "“尊敬的龚经理：我司报价如下——源码授权费17.5万元，实施部署及培训费1.5万元，合计19.0万元；以上均为不含税价格，另开6%增值税专用发票。"
     "风控模型（评分卡）为选配模块，如需另加2.5万元（不含税）。标准功能：个人征信接口（百行征信）、反欺诈规则库、还款计划及提醒、风控审批、"
     "用户管理。资质：等保三级证书编号43060343008-23015；身份证号、手机号采用国密SM4加密；HTTPS传输；角色权限控制；操作日志保存6个月。"
     "售后：免费维护12个月，仅修复缺陷，不含版本升级；一般政策调整免费，重大监管政策调整另行报价；工作日5×8技术支持，4小时内响应；提供终身"
     "技术咨询；以上售后承诺均写入合同；维保期满后按合同额12%/年收取服务费。交付完整源码。”",
     "报价：19.0万（含税）；风控模型：含；维护：12个月含升级；支持：5×8；源码：完整",
     "计税写错：原文为不含税，另开6%专票"],
    ["4", "常德武陵信息技术有限公司", "2025-11-13", "微信（语音转文字后对方确认）",
     "“您好，我们报13.6万元，含税。功能有个人征信查询（百行征信）、风控模型（规则引擎）、还款管理、风控审批、用户管理。等保三级备案证明"
     "编号43070243006-24003。敏感字段采用AES-256加密，HTTPS传输，按角色分配权限，日志保存3个月。免费维护6个月，仅修复缺陷，不含升级；政策"
     "调整按次另计；工作日5×8支持，次日响应；不提供终身技术咨询；以上均写入合同。期满后按次收费，5000元/次。系统仅授权使用，授权绑定服务器，"
     "不交付源代码。”",
     "报价：13.6万（含税，第二低）；等保：三级✓；加密：✓；维护：6个月；源码：✓（授权）",
     ""],
    ["5", "郴州北湖科技有限公司", "2025-11-14", "邮件",
     "“龚经理：我司报价23.5万元（含税）。功能：个人征信（百行征信、朴道征信）、风控模型（评分卡）、反欺诈模型、还款计划及提醒、风控审批、"
     "用户管理。等保：三级测评已于2025年10月完成，备案证明正在申请中，预计2026年1月下发。身份证号、手机号、银行卡号采用国密SM4加密；全站"
     "HTTPS；RBAC角色权限；操作日志保存12个月。售后：免费维护12个月，含小版本升级；监管政策调整免费适配；7×24小时支持，2小时内响应；终身"
     "技术咨询；全部写入合同；维保期满年费2.4万元/年。交付完整源码，无加密。”",
     "报价：23.5万（含税）；等保：三级✓（已测评）；其余齐全",
     "备案证明尚未下发，待补"],
    ["6", "益阳资阳网络科技有限公司", "2025-11-15", "电话后补邮件",
     "“感谢贵司邀请，因项目排期已满，本次不参与报价，敬请谅解。”",
     "放弃", ""],
]


def build_zl01():
    name = "zl_01_pc_huihan_yuanwen_zhaiyao.csv"
    for row in ZL01_ROWS:
        assert len(row) == len(ZL01_HEAD), row[1]
    rows = [
        ["株洲荷塘鑫诚小额贷款有限公司 个人信用贷系统源码询价 供应商回函登记（原文照录）"],
        ["说明：“回函原文”栏逐字照录服务商书面回函（邮件正文/微信文字），引号内为对方原话；“经办摘要”为经办人个人理解，仅供快速浏览，"
         "与原文不一致的以原文为准；“风控部核对”为风控部复核意见。我司仅做个人信用贷，无跨境业务。"],
        ["登记：综合管理部 龚雪梅　复核：风控部 谭志刚　日期：2025-11-24"],
        ZL01_HEAD,
        *ZL01_ROWS,
        [],
        ["综合管理部意见：建议选衡阳雁峰（报价最低16.9万，等保三级，售后终身维护，还赠送智能客服和区块链存证），请领导审批。"],
        ["风控部复核意见：衡阳雁峰未提供备案证明编号；岳阳南湖摘要计税有误；建议补充材料后再定。"],
    ]
    write_csv(name, rows, "gb18030")

    vendors = [
        good("湘潭雨湖数科有限公司", 218000,
             "回函原文: '21.8万元，含税（开具6%增值税专用发票）' = 218,000 inside 18–25万; 个人征信 (人行二代 + 百行), 风控模型 (评分卡+规则引擎), "
             "反欺诈模型, 还款计划及短信提醒, 风控审批流, 用户管理, no bloat; 等保三级备案证明43030243015-24011; SM4 on ID/mobile/bank card; "
             "HTTPS TLS1.2; RBAC; logs 12个月 with alerts; 人行 + 百行; 12个月 with 小版本升级; 政策免费; 7×24; 2小时 named engineer; 终身咨询; "
             "全部写入合同; 2.2万元/年; 完整源码 无加密. Here the 经办摘要 agrees with the reply.",
             PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
        dict(vendor="衡阳雁峰网络科技有限公司", gate="unverified", price=169000,
             why="回函原文: '16.9万元（含税），年终特价，原价24.8万元' = 169,000 (the 原价 is no price; below 18万 but not under 15万); '严格按照等保"
                 "三级标准设计开发，上线后可协助贵司通过测评' (claimed: unverified — the 摘要's '等保：三级✓' is the clerk's misreading); '国密算法"
                 "加密' (which? claimed); '支持对接各大征信机构' (no body: claimed); '日志长期保存' (claimed, no period); '终身维护' (claimed); "
                 "'权限管理完善', '第一时间响应', '合同条款都可以协商' state nothing; HTTPS and 7×24 stated; the ASCII-quoted \"AI智能风控\" is its "
                 "risk model; 赠送 智能客服机器人 + 区块链存证 (bloat); '核心风控引擎为加密SDK' (partial — not the 摘要's '源码：✓'). The 综合管理部's "
                 "'建议选衡阳雁峰' is the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="岳阳南湖软件有限公司", gate="pass", price=227900,
             why="回函原文: 授权费17.5万 + 实施及培训1.5万 = '合计19.0万元' (one price, not three), '不含税价格，另开6%增值税专用发票', and the "
                 "must-have 风控模型 '选配模块，如需另加2.5万元（不含税）' (conditional, added): (190,000 + 25,000) × 1.06 = 227,900 inside 18–25万 — "
                 "the 摘要's '19.0万（含税）' and '风控模型：含' are wrong; 个人征信 (百行), 反欺诈规则库, 还款计划及提醒, 风控审批, 用户管理; 等保三级"
                 "证书43060343008-23015; SM4 (ID, mobile); HTTPS; 角色权限; logs 6个月 (not under 6); 百行; 12个月 '仅修复缺陷，不含版本升级' "
                 "(conditional — the 摘要's '含升级' is wrong); '重大监管政策调整另行报价' (conditional); 5×8; 4小时; 终身咨询; 写入合同; '按合同额12%/年' "
                 "(base not fixed: no amount); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "maintenance_under_12m", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor="常德武陵信息技术有限公司", gate="pass", price=136000,
             why="回函原文: '13.6万元，含税' = 136,000 (caution zone: cheaper is not better); 个人征信 (百行), 风控模型 (规则引擎), 还款管理, 风控审批, "
                 "用户管理; 等保三级备案证明43070243006-24003 (stated); 'AES-256' (no SM4 — the 摘要's '加密：✓' is wrong); HTTPS; 按角色分配权限; "
                 "logs 3个月 (under 6); 百行; 6个月 '仅修复缺陷，不含升级' (conditional); '按次另计' (conditional); 5×8; 次日; 不提供终身咨询; 写入"
                 "合同; '5000元/次' (per incident, no yearly fee); '仅授权使用，授权绑定服务器，不交付源代码' (licence only — not the 摘要's '源码：✓').",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional"),
             fin=PC + CORE, fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "not_in_contract", "bloat_features", "source_partial"]),
        dict(vendor="郴州北湖科技有限公司", gate="unverified", price=235000,
             why="回函原文: '23.5万元（含税）' = 235,000 inside 18–25万; '三级测评已于2025年10月完成，备案证明正在申请中，预计2026年1月下发' (in "
                 "progress: unverified, never fail — the 摘要's '三级✓（已测评）' overstates it, the 风控部 caught it); everything else stated and good: "
                 "个人征信 (百行 + 朴道), 风控模型, 反欺诈, 还款计划及提醒, 风控审批, 用户管理; SM4 on ID/mobile/bank card; HTTPS; RBAC; 12个月 logs; "
                 "12个月 with 小版本升级; 政策免费; 7×24; 2小时; 终身咨询; 全部写入合同; 2.4万元/年; 完整源码 无加密.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=2, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=dict(sm4_encryption="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + AFTER_OK + ["conditional"]),
    ]
    write_toml(
        "zl_01_pc_huihan_yuanwen_zhaiyao.toml",
        """Voice: 龚雪梅 of the 综合管理部 at 株洲荷塘鑫诚小额贷款 (personal credit only, no cross-border business) registers the vendors'
  written replies on 2025-11-24; 谭志刚 of the 风控部 checks them. The 经办摘要, the 风控部核对 and both 意见 lines are the buyer's.
Layout: GB18030 CSV from WPS — title, a 说明 line (原文 verbatim in quotation marks; the 摘要 is the clerk's reading, the 原文 prevails),
  a 登记/复核 line, header 序号 | 服务商 | 回函日期 | 回函方式 | 回函原文（逐字照录） | 经办摘要（经办人理解） | 风控部核对, six rows (the last
  declined), each vendor's whole reply — price, modules, security, after-sales, source — in ONE long cell inside “…” (one reply quotes
  \"AI智能风控\" in ASCII quotes, escaped by the CSV as doubled quotes), a blank line, a 综合管理部意见 and a 风控部复核意见 line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the 经办摘要 repeats each vendor's terms in a tidy 'key：value' form and is wrong in places — '等保：三级✓' for 衡阳雁峰's
  '按照等保三级标准设计' claim, '19.0万（含税）' and '风控模型：含' for 岳阳南湖's 不含税 price whose 风控模型 is a 2.5万 不含税 option,
  '12个月含升级' where the reply says '不含版本升级', '加密：✓' for 常德武陵's AES and '源码：✓（授权）' for its server-bound licence,
  '三级✓（已测评）' for 郴州北湖's 申请中 — the reply prevails; 衡阳雁峰 (the 综合管理部's pick, '16.9万（含税），原价24.8万') only claims
  (等保三级标准设计, 国密算法, 各大征信机构, 日志长期保存, 终身维护: unverified), gives away 智能客服机器人 + 区块链存证 (bloat) and ships an
  encrypted risk SDK (partial); 岳阳南湖 = (190,000 + 25,000) × 1.06 = 227,900 with bug-only maintenance, 重大监管政策调整另行报价, 5×8,
  4h; 常德武陵 13.6万 (caution zone) with AES, 3-month logs, 6 months, 次日, no consulting and a licence only; 郴州北湖 has only 备案证明
  申请中 (unverified, never fail) though everything else is good; 益阳资阳 declined (not listed); certificate numbers, dates, '6%',
  '12%' and '5000元/次' are no prices.""",
        "personal_credit", [name], "湘潭雨湖数科有限公司",
        "湘潭雨湖 proves every gate (备案证明43030243015-24011, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 人行 + 百行), has "
        "every must-have plus 反欺诈 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a "
        "named engineer, lifetime consulting, all in the contract, full unencrypted source — at 218,000 含税 inside 18–25万 (3 years "
        "218,000 + 2 × 22,000 = 262,000). The 综合管理部's pick 衡阳雁峰 (169,000) proves nothing (unverified: its '三级✓' is the clerk's), "
        "adds two bloat modules and encrypts its risk engine; 郴州北湖 (235,000) is good on paper but its filing is only 申请中 "
        "(unverified); 岳阳南湖 is 227,900 once VAT and its risk-model option are counted, with bug-only maintenance, charged major policy "
        "changes and 5×8/4h; 常德武陵 is 136,000 in the caution zone without SM4, with 3-month logs and no source code; 益阳资阳 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zl_02  商户经营性贷 — 泉州丰泽恒信小额贷款's 风险管理部 (许文博) types each vendor's 报价单 breakdown into ONE cell as a little table:
#        item lines aligned with full-width spaces, a rule line, a 合计/成交价 line, tax in brackets, notes in brackets.
# ---------------------------------------------------------------------------------------------
ZL02_HEAD = ["序号", "服务商", "报价构成（照录报价单）", "功能模块", "等保及数据安全", "征信接口", "售后服务", "源码交付", "风险部意见"]
RULE = "——————————"
ZL02_ROWS = [
    [1, "厦门思明数科有限公司",
     "源码授权费　　24.0万\n实施部署费　　 3.0万\n人员培训费　　 1.0万\n" + RULE + "\n合　　计　　　28.0万（含税，6%专票）\n"
     "（维保期满后年服务费2.8万/年，不在合计内）",
     "企业征信查询、银行流水分析、电子合同、风控审批流、还款管理、用户管理、数据分析大屏",
     "等保三级备案证明编号35020043011-24009（2024年9月取得）；国密SM4加密身份证号、手机号、对公账号；全站HTTPS（TLS1.2）；RBAC角色权限；"
     "操作日志保存12个月，异常操作告警",
     "中国人民银行征信中心（企业征信）、百行征信",
     "免费维护12个月（含缺陷修复及小版本升级）；监管政策调整免费适配；7×24小时支持，2小时内指定工程师响应；终身技术咨询；以上全部写入合同",
     "完整源码，无加密，可二次开发",
     "资料齐全，价格偏高"],
    [2, "福州鼓楼软件有限公司",
     "源码授权费　　21.0万\n实施部署费　　 4.0万\n（以上为不含税价，增值税税率6%）\n"
     "选配：银行流水分析模块　3.0万（不含税，未计入上述费用）",
     "企业征信查询、电子合同、风控审批、还款管理、用户管理；银行流水分析（选配，见报价）",
     "等保三级证书编号35010043004-23018；国密SM4加密身份证号、手机号；HTTPS；角色权限；操作日志保存6个月",
     "百行征信、朴道征信",
     "免费维护12个月，仅修复缺陷，不含版本升级；一般政策调整免费，重大监管政策调整另行报价；工作日5×8；4小时内响应；提供终身技术咨询；"
     "以上写入合同；维保期满后按合同额15%/年",
     "完整源码",
     "两项加起来25万（不含税），流水分析还要另加钱"],
    [3, "漳州芗城网络科技有限公司",
     "标准版套餐　　　　32.0万\n年终优惠　　　　－9.0万\n区块链存证模块　　　0（赠送）\n跨境支付通道　　　　0（赠送）\n" + RULE + "\n"
     "成交价　　　　　　23.0万（含税）",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理；赠送区块链存证、跨境支付通道",
     "系统按等保三级标准设计，可协助贵司完成等保测评；采用国密算法；HTTPS；权限管理完善；日志长期保存",
     "支持对接各类征信机构",
     "终身维护；7×24小时服务；第一时间响应；合同细节可协商",
     "交付源码（风控决策引擎为加密组件）",
     "总价最低，还送区块链和跨境支付，等保按三级做的，建议首选"],
    [4, "莆田城厢信息技术有限公司",
     "源码授权费　　11.0万\n部署调试费　　 1.8万\n" + RULE + "\n合　　计　　　12.8万（含税）\n"
     "（第三方短信通道费用按实际用量由贵司承担）",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "等保三级备案证明编号35030243002-24005；敏感数据AES加密；HTTPS；角色权限；操作日志保存3个月",
     "百行征信",
     "免费维护6个月（仅修复缺陷，不含升级）；政策调整按次另计；工作日5×8；次日响应；不提供终身技术咨询；写入合同；期满后按次收费5000元/次",
     "部分源码（流水分析引擎以加密包形式提供）",
     "便宜，等保有证"],
    [5, "南平延平科技有限公司",
     "基础版源码　　 7.8万\n电子合同模块　 1.5万（选配）\n" + RULE + "\n合　　计　　　 9.3万（含税）",
     "企业征信查询、电子合同（选配，已含在合计内）、风控审批、还款管理、用户管理；银行流水分析暂不支持",
     "等保二级；数据未加密；HTTPS",
     "百行征信",
     "免费维护3个月；工作日QQ群支持",
     "完整源码",
     "太便宜，等保二级，不考虑"],
    [6, "三明梅列软件有限公司", "—（12月1日电话告知本次不参与报价）", "—", "—", "—", "—", "—", "已放弃"],
]


def build_zl02():
    name = "zl_02_ml_baojia_goucheng_cells.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "经营贷系统比价"
    widths(ws, [6, 24, 34, 34, 40, 22, 44, 24, 24])
    _text(ws, 1, 1, 9, "泉州丰泽恒信小额贷款有限公司 经营贷系统源码 比价表", font=TITLE)
    _text(ws, 2, 1, 9,
          "说明：“报价构成”栏按各家报价单原样录入（分项、合计、计税照抄，单位万元）；其余各栏为对方书面答复要点；“风险部意见”为我部意见。"
          "我司做本地商户经营贷，无跨境业务。编制：风险管理部 许文博　2025-12-03", height=34)
    put_row(ws, 3, ZL02_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(ZL02_ROWS, start=4):
        put_row(ws, i, row)
        ws.cell(row=i, column=9).fill = YELLOW
        ws.row_dimensions[i].height = 120 if row[0] != 6 else 24
    last = 3 + len(ZL02_ROWS)
    _text(ws, last + 2, 1, 9,
          "风险部结论：建议首选漳州芗城（成交价23万最低，模块最全并赠送区块链存证、跨境支付），备选厦门思明（28万）。三明梅列已放弃。",
          font=BOLD, height=30)
    _text(ws, last + 3, 1, 9, "审批：＿＿＿＿（分管副总）　日期：＿＿＿＿")
    ws.freeze_panes = "C4"
    _save(wb, name)

    vendors = [
        good("厦门思明数科有限公司", 280000,
             "报价构成: 授权费24.0万 + 实施3.0万 + 培训1.0万 = '合　　计 28.0万（含税，6%专票）' — one price of 280,000 inside 25–35万, the items "
             "are its parts; the bracketed '年服务费2.8万/年，不在合计内' is the yearly fee after warranty (28,000), not price; 企业征信, 银行流水"
             "分析, 电子合同, 风控审批流, 还款管理, 用户管理, 数据分析大屏 (deferrable, no bloat); 等保三级备案证明35020043011-24009; SM4 on ID/"
             "mobile/对公账号; HTTPS TLS1.2; RBAC; 12-month logs with alerts; 人行 + 百行; 12个月 with 小版本升级; 政策免费; 7×24; 2小时 named "
             "engineer; 终身咨询; 全部写入合同; 完整源码 无加密.",
             ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=28000,
             source_code_delivery="full"),
        dict(vendor="福州鼓楼软件有限公司", gate="pass", price=296800,
             why="报价构成 has no 合计 line: 授权费21.0万 + 实施4.0万 = 250,000 '不含税价，增值税税率6%', and the must-have 银行流水分析 '选配 3.0万"
                 "（不含税，未计入上述费用）' (conditional, added): (250,000 + 30,000) × 1.06 = 296,800 inside 25–35万 (the 风险部's '25万' is its "
                 "arithmetic, not the comparable price); 企业征信, 电子合同, 风控审批, 还款管理, 用户管理; 等保三级证书35010043004-23018; SM4 (ID, "
                 "mobile); HTTPS; 角色权限; logs 6个月 (not under 6); 百行 + 朴道; 12个月 '仅修复缺陷，不含版本升级' (conditional); '重大监管政策"
                 "调整另行报价' (conditional); 5×8; 4小时; 终身咨询; 写入合同; '按合同额15%/年' (base not fixed: no amount); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "maintenance_under_12m", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor="漳州芗城网络科技有限公司", gate="unverified", price=230000,
             why="报价构成: '标准版套餐 32.0万', '年终优惠 －9.0万', two '0（赠送）' lines, '成交价 23.0万（含税）' = 230,000 (the 32.0万 is a list "
                 "price; below the 25–35万 band, above 15万); '按等保三级标准设计，可协助贵司完成等保测评' (claimed: unverified); '采用国密算法' "
                 "(which? claimed); '支持对接各类征信机构' (no body: claimed); '日志长期保存' (claimed, no period); '终身维护' (claimed); '权限管理"
                 "完善', '第一时间响应', '合同细节可协商' state nothing; HTTPS and 7×24 stated; 赠送 区块链存证 + 跨境支付通道 (bloat; the lender has "
                 "no cross-border business); '风控决策引擎为加密组件' (partial). The 风险部's '建议首选' and 结论 are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + ["blockchain_evidence", "overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="莆田城厢信息技术有限公司", gate="pass", price=128000,
             why="报价构成: 授权费11.0万 + 部署调试1.8万 = '合　　计 12.8万（含税）' = 128,000 (caution zone: cheaper is not better; the SMS-channel "
                 "note is no price); 企业征信, 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理; 等保三级备案证明35030243002-24005 (stated); "
                 "'AES加密' (no SM4); HTTPS; 角色权限; logs 3个月 (under 6); 百行; 6个月 '仅修复缺陷，不含升级' (conditional); '按次另计' "
                 "(conditional); 5×8; 次日; 不提供终身咨询; 写入合同; '5000元/次' (per incident, no yearly fee); '部分源码（流水分析引擎以加密包"
                 "形式提供）' (partial).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "source_partial"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "not_in_contract", "bloat_features",
                            "source_licence_only"]),
        dict(vendor="南平延平科技有限公司", gate="fail", price=93000,
             why="报价构成: 基础版7.8万 + 电子合同模块1.5万（选配） = '合　　计 9.3万（含税）' = 93,000 — the must-have option is already inside "
                 "the 合计, and the total is under 10万; '银行流水分析暂不支持' — a must-have absent (fail; the words name it only to deny it); "
                 "'等保二级' (fail); '数据未加密' (no SM4); HTTPS; 百行; 3个月; 工作日QQ群; 完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, free_maintenance_months=3, support_7x24=False),
             status=dict(mlps_level3="stated"),
             fin=["enterprise_credit", "contract_management"], fex=["cashflow_analysis"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "maintenance_under_12m"]),
    ]
    write_toml(
        "zl_02_ml_baojia_goucheng_cells.toml",
        """Voice: 许文博 of the 风险管理部 at 泉州丰泽恒信小额贷款 (operating loans to local merchants, no cross-border business) types the
  vendors' 报价单 into a 比价表 on 2025-12-03; the 风险部意见 column and the 结论 line are his department's.
Layout: sheet 经营贷系统比价 — title, a 说明 row (报价构成 copied from each 报价单 as it stands, 万元), header 序号 | 服务商 | 报价构成（照录
  报价单） | 功能模块 | 等保及数据安全 | 征信接口 | 售后服务 | 源码交付 | 风险部意见, six rows (the sixth declined); every 报价构成 cell is a
  small table typed with line breaks — item lines padded with full-width spaces ('源码授权费　　24.0万'), a rule line '——————————',
  a '合　　计' or '成交价' line with the tax in brackets, and notes in brackets; a 结论 line and an 审批 line below. Frozen at C4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: line items and their 合计 are one price, not several (厦门思明 24.0 + 3.0 + 1.0 = 28.0万); 厦门思明's bracketed '年服务费2.8万/年，
  不在合计内' is the yearly fee, not price; 福州鼓楼 has no 合计 line — 21.0 + 4.0 = 25万 不含税 6% — and its must-have 银行流水分析 is a
  3.0万 不含税 option '未计入': (250,000 + 30,000) × 1.06 = 296,800 (conditional, added) with bug-only maintenance, 重大监管政策调整
  另行报价, 5×8, 4h; 漳州芗城 (the department's pick) lists '标准版套餐 32.0万', '年终优惠 －9.0万' and two '0（赠送）' bloat lines
  (区块链存证, 跨境支付通道) before '成交价 23.0万（含税）', and only claims (按等保三级标准设计, 国密算法, 各类征信机构, 日志长期保存,
  终身维护: unverified) with an encrypted risk engine (partial); 莆田城厢 12.8万 (caution zone) with AES, 3-month logs, 6 months bug-only,
  按次另计, 5×8, 次日, no consulting and a partly encrypted source; 南平延平's 合计 9.3万 already holds its 电子合同 option (under 10万)
  and '银行流水分析暂不支持' is an absence (fail), 等保二级; 三明梅列 declined (not listed); certificate numbers, '6%', '15%' and
  '5000元/次' are no prices.""",
        "merchant_loan", [name], "厦门思明数科有限公司",
        "厦门思明 proves every gate (备案证明35020043011-24009, SM4 on ID/mobile/对公账号, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every "
        "must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, "
        "lifetime consulting, all in the contract, full unencrypted source — at 280,000 含税 inside 25–35万 (3 years 280,000 + 2 × 28,000 "
        "= 336,000). The department's pick 漳州芗城 (230,000 after a 9万 discount) proves nothing (unverified), is padded with 区块链存证 and "
        "跨境支付通道 and encrypts its risk engine; 福州鼓楼 is 296,800 once its cash-flow option and VAT are counted, with bug-only "
        "maintenance, charged major policy changes and 5×8/4h; 莆田城厢 is 128,000 in the caution zone without SM4, with 3-month logs and "
        "partial source; 南平延平 fails; 三明梅列 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zl_03  消费分期 — 芜湖镜湖惠购小额贷款's 供应商准入审查 workbook: one sheet per criterion group, vendors as rows in the same order on
#        each, the full name only on sheet 1, 简称 elsewhere (the after-sales reviewer shortens them further), a 审查结论 column per
#        sheet and a 准入汇总 sheet with the panel's recommendation.
# ---------------------------------------------------------------------------------------------
ZL03_NAMES = [("合肥蜀山数科有限公司", "蜀山数科", "蜀山"), ("蚌埠蚌山网络科技有限公司", "蚌山网络", "蚌山"),
              ("淮南田家庵软件有限公司", "田家庵软件", "田家庵"), ("马鞍山雨山信息技术有限公司", "雨山信息", "雨山"),
              ("铜陵铜官科技有限公司", "铜官科技", "铜官"), ("安庆迎江网络科技有限公司", "迎江网络", "迎江")]
ZL03_S1_HEAD = ["序号", "供应商全称", "简称", "联系人及电话", "报价（元）", "计税", "选配/另计", "报价有效期", "状态", "审查结论"]
ZL03_S1 = [
    ["王经理 139-5530-2211", "243000", "不含税，增值税税率6%", "无", "90天", "已报价", "符合"],
    ["李总 151-5521-0876", "186000（年底特惠，原价258000）", "含税", "分期计算器为选配模块，+28000元（含税）", "30天", "已报价", "符合（价格最低）"],
    ["周工 0554-6632145", "面议（需到现场调研后报价）", "—", "—", "—", "已报价", "待补报价"],
    ["陈经理 138-5556-7390", "298000", "不含税，税率6%", "无", "60天", "已报价", "符合（超预算）"],
    ["吴总 133-0562-4418", "88000", "含税", "订单跟踪需二期开发，另行报价", "30天", "已报价", "不符合"],
    ["—", "—", "—", "—", "—", "已放弃（12月2日来函）", "—"],
]
ZL03_S2_HEAD = ["序号", "简称", "商品管理", "分期计算器", "订单跟踪", "还款管理", "风控审批", "用户管理", "其他/赠送模块", "审查结论"]
ZL03_S2 = [
    ["√", "√", "√（订单全流程跟踪）", "√（还款计划及到期提醒）", "√", "√", "积分商城", "符合"],
    ["√", "选配（+28000元，含税，见基本信息表）", "√", "√", "√", "√", "赠送：智能客服机器人、元宇宙营销展厅、社交分享", "符合（模块最多）"],
    ["√", "√", "√", "√", "√", "√", "—", "符合"],
    ["√", "√", "√", "√", "√", "√", "区块链存证、积分商城（均含在报价内）", "符合"],
    ["√", "√", "×（暂不支持，二期开发另行报价）", "√", "—", "√", "—", "不符合"],
    ["（已放弃，未审查）", None, None, None, None, None, None, None],
]
ZL03_S3_HEAD = ["序号", "简称", "等保三级", "敏感数据加密", "传输加密", "权限管理", "日志留存", "征信接口", "审查结论"]
ZL03_S3 = [
    ["已取得，备案证明编号34010443012-24008（2024年8月）", "国密SM4（身份证号、手机号、银行卡号）", "全站HTTPS（TLS1.2）", "RBAC角色权限",
     "操作日志12个月，异常操作告警", "百行征信、朴道征信", "符合"],
    ["按等保三级要求设计，上线后可协助贵司完成测评", "采用国密算法", "HTTPS", "权限管理完善", "长期保存", "支持对接主流征信机构",
     "符合（对方称按三级设计）"],
    ["已取得，证书编号34040043006-23014", "国密SM4（身份证号、手机号）", "HTTPS", "RBAC角色权限", "12个月", "百行征信", "符合"],
    ["已取得，备案证明编号34050043003-24002", "国密SM4（身份证号、手机号、银行卡号）", "HTTPS", "RBAC角色权限", "12个月",
     "中国人民银行征信中心、百行征信", "符合"],
    ["二级", "AES", "HTTPS", "—", "3个月", "—", "不符合"],
    ["（已放弃，未审查）", None, None, None, None, None, None],
]
ZL03_S4_HEAD = ["序号", "简称", "免费维护期", "维护范围", "政策适配", "支持时段", "响应时限", "终身技术咨询", "写入合同", "期满年费", "审查结论"]
ZL03_S4 = [
    ["12个月", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24小时", "2小时内，指定工程师", "提供", "全部写入合同", "2.5万元/年", "符合"],
    ["终身维护", "全面维护", "积极配合", "7×24小时", "第一时间响应", "终身免费", "签约时商定", "面议", "符合"],
    ["12个月", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24小时", "2小时内", "提供", "写入合同", "2.6万元/年", "符合"],
    ["12个月", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24小时", "2小时内", "提供", "写入合同", "3.0万元/年", "符合"],
    ["3个月", "仅修复缺陷", "另计", "工作日QQ群", "—", "—", "—", "—", "不符合"],
    ["（已放弃）", None, None, None, None, None, None, None, None],
]
ZL03_S5_HEAD = ["序号", "简称", "交付方式", "审查结论"]
ZL03_S5 = [
    ["完整源码，无加密，可二次开发", "符合"],
    ["提供源码（分期定价引擎为加密组件，不影响使用）", "符合"],
    ["完整源码，无加密", "符合"],
    ["完整源码", "符合"],
    ["完整源码", "符合"],
    ["（已放弃，未审查）", None],
]
ZL03_S6_HEAD = ["序号", "简称", "基本信息及报价", "功能", "安全合规", "售后", "源码交付", "准入结果", "审查组推荐"]
ZL03_S6 = [
    ["符合", "符合", "符合", "符合", "符合", "准入", "第二（价格偏高）"],
    ["符合", "符合", "符合", "符合", "符合", "准入", "第一（价格最低、模块最多、终身维护）"],
    ["待补", "符合", "符合", "符合", "符合", "暂缓（待补报价）", "—"],
    ["符合", "符合", "符合", "符合", "符合", "准入", "第三（超预算）"],
    ["不符合", "不符合", "不符合", "不符合", "符合", "不准入", "—"],
    ["—", "—", "—", "—", "—", "已放弃", "—"],
]


def _sheet(wb, title, heading, note, head, rows, col_w, short, *, first=False, fill=None):
    ws = wb.active if first else wb.create_sheet(title)
    ws.title = title
    widths(ws, col_w)
    n = len(head)
    _text(ws, 1, 1, n, heading, font=TITLE)
    _text(ws, 2, 1, n, note, height=30)
    put_row(ws, 3, head, font=BOLD, fill=fill or BLUE, align=CENTER)
    for i, row in enumerate(rows, start=1):
        put_row(ws, 3 + i, [i, short[i - 1]] + row)
        ws.row_dimensions[3 + i].height = 36
        ws.cell(row=3 + i, column=n).fill = YELLOW if row[-1] is not None else GREY
    ws.freeze_panes = "C4"
    return ws


def build_zl03():
    name = "zl_03_ci_zhunru_fenbiao.xlsx"
    wb = Workbook()
    org = "芜湖镜湖惠购小额贷款有限公司 消费分期系统源码 供应商准入审查"
    # sheet 1 carries the full name and the 简称
    ws = wb.active
    ws.title = "1-基本信息及报价"
    widths(ws, [6, 28, 12, 22, 26, 20, 30, 10, 18, 14])
    _text(ws, 1, 1, 10, org + "（一）基本信息及报价", font=TITLE)
    _text(ws, 2, 1, 10,
          "说明：本审查表按审查事项分为5张分表及1张汇总表，各表供应商顺序一致（按收函先后），序号相同即为同一家；除本表外各表只写简称。"
          "各表“审查结论”及汇总表为审查组意见，不是供应商答复。我司做手机、家电分期，无跨境业务。审查组：运营管理部 冯晓婷（组长）、"
          "科技部 徐明、合规部 陶静　2025-12-10", height=46)
    put_row(ws, 3, ZL03_S1_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    for i, ((full, short, _), row) in enumerate(zip(ZL03_NAMES, ZL03_S1), start=1):
        put_row(ws, 3 + i, [i, full, short] + row)
        ws.row_dimensions[3 + i].height = 36
        ws.cell(row=3 + i, column=10).fill = YELLOW
    ws.freeze_panes = "C4"
    shorts = [s for _, s, _ in ZL03_NAMES]
    tiny = [t for _, _, t in ZL03_NAMES]
    _sheet(wb, "2-功能", org + "（二）功能范围", "审查人：运营管理部 冯晓婷。√ 报价内包含；选配/另计照录对方原话；× 不提供。",
           ZL03_S2_HEAD, ZL03_S2, [6, 12, 10, 28, 26, 24, 10, 10, 36, 16], shorts)
    _sheet(wb, "3-安全合规", org + "（三）安全合规", "审查人：合规部 陶静。各栏照录对方书面答复。",
           ZL03_S3_HEAD, ZL03_S3, [6, 12, 40, 30, 18, 16, 24, 26, 22], shorts)
    _sheet(wb, "4-售后", org + "（四）售后服务", "审查人：科技部 徐明。各栏照录对方书面答复（简称从简）。",
           ZL03_S4_HEAD, ZL03_S4, [6, 10, 12, 22, 22, 12, 20, 12, 14, 12, 10], tiny)
    _sheet(wb, "5-源码交付", org + "（五）源码交付", "审查人：科技部 徐明。",
           ZL03_S5_HEAD, ZL03_S5, [6, 12, 46, 12], shorts)
    ws6 = _sheet(wb, "6-准入汇总", org + "（六）准入汇总", "汇总各分表审查结论，推荐意见为审查组意见，报公司采购领导小组审定。",
                 ZL03_S6_HEAD, ZL03_S6, [6, 12, 14, 10, 10, 10, 10, 16, 36], shorts, fill=GREEN)
    _text(ws6, 11, 1, 9,
          "审查组意见：建议与蚌山网络优先商谈（18.6万价格最低，等保按三级设计，终身维护，赠送智能客服、元宇宙营销展厅），蜀山数科作备选。",
          font=BOLD, height=30)
    _save(wb, name)

    vendors = [
        good("合肥蜀山数科有限公司", 257580,
             "sheet 1 (序号1): 报价 243000 '不含税，增值税税率6%' = 243,000 × 1.06 = 257,580 inside 20–30万 (the phone number and '90天' are no "
             "prices); sheet 2: 商品管理, 分期计算器, 订单跟踪, 还款计划及到期提醒, 风控审批, 用户管理 + 积分商城 (deferrable, no bloat); sheet 3: "
             "等保三级备案证明34010443012-24008; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; 12-month logs with alerts; 百行 + 朴道; sheet 4 "
             "('蜀山'): 12个月 with 小版本升级; 政策免费; 7×24; 2小时 named engineer; 终身咨询; 全部写入合同; 2.5万元/年; sheet 5: 完整源码 无加密.",
             CI + CORE + ["repayment_management", "points_mall"], response_hours=2, annual_fee_after_warranty_cny=25000,
             source_code_delivery="full"),
        dict(vendor="蚌埠蚌山网络科技有限公司", gate="unverified", price=214000,
             why="sheet 1 (序号2): '186000（年底特惠，原价258000）' 含税 and the must-have 分期计算器 '选配模块，+28000元（含税）' (conditional, added): "
                 "186,000 + 28,000 = 214,000 inside 20–30万 (the 原价 is no price); sheet 2: 商品管理, 订单跟踪 + core, 赠送 社交分享 (deferrable), "
                 "智能客服机器人 + 元宇宙营销展厅 (bloat); sheet 3: '按等保三级要求设计，上线后可协助贵司完成测评' (claimed: unverified — the "
                 "审查结论 '符合' is the panel's), '采用国密算法' (which? claimed), '支持对接主流征信机构' (no body: claimed), '长期保存' (claimed, no "
                 "period); HTTPS stated; '权限管理完善' states nothing; sheet 4 ('蚌山'): '终身维护' (claimed), '全面维护', '积极配合', '第一时间"
                 "响应', '终身免费', '签约时商定', '面议' state nothing; 7×24 stated; sheet 5: '分期定价引擎为加密组件' (partial). The 审查组's "
                 "'推荐第一' is the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=CI + ["social_sharing", "ai_customer_service", "metaverse_marketing"],
             flin=["claimed", "conditional", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX),
        dict(vendor="淮南田家庵软件有限公司", gate="unverified", price="null",
             why="sheet 1 (序号3): '面议（需到现场调研后报价）' — no price (unknown: unverified, price missing; the phone number 0554-6632145 is no "
                 "price); everything else stated and good: sheet 2 all three must-haves + core; sheet 3 等保三级证书34040043006-23014, SM4 (ID, "
                 "mobile), HTTPS, RBAC, 12-month logs, 百行; sheet 4 ('田家庵') 12个月 with 小版本升级, 政策免费, 7×24, 2小时, 终身咨询, 写入合同, "
                 "2.6万元/年; sheet 5 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "claimed",
                   "conditional"] + AFTER_OK),
        dict(vendor="马鞍山雨山信息技术有限公司", gate="pass", price=315880,
             why="sheet 1 (序号4): 298000 '不含税，税率6%' = 315,880, above the 20–30万 band once taxed (the sticker is under 30万); sheet 2: all "
                 "must-haves + core + 积分商城 (deferrable) + 区块链存证 '含在报价内' (bloat); sheet 3: 等保三级备案证明34050043003-24002; SM4 on "
                 "ID/mobile/bank card; HTTPS; RBAC; 12个月; 人行 + 百行; sheet 4 ('雨山'): 12个月 with 小版本升级; 政策免费; 7×24; 2小时; 终身咨询; "
                 "写入合同; 3.0万元/年; sheet 5: 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall", "blockchain_evidence"],
             flin=["price_over_budget", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                            "policy_adaptation_charged", "no_7x24", "response_over_2h", "not_in_contract", "claimed", "conditional",
                            "source_partial", "source_licence_only"]),
        dict(vendor="铜陵铜官科技有限公司", gate="fail", price=88000,
             why="sheet 1 (序号5): 88000 含税 (under 10万); '订单跟踪需二期开发，另行报价' and sheet 2 '×（暂不支持…）' — the must-have is absent with "
                 "no price (fail); sheet 3: '二级' (fail); 'AES' (no SM4); HTTPS; 3个月 logs (under 6); sheet 4 ('铜官'): 3个月, '仅修复缺陷', "
                 "'另计', 工作日QQ群; sheet 5 完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, audit_log_months=3, free_maintenance_months=3),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "installment_calculator"], fex=["order_tracking"] + BLOAT,
             flin=["price_below_10w", "missing_must_have", "no_mlps_level3", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m"]),
    ]
    write_toml(
        "zl_03_ci_zhunru_fenbiao.toml",
        """Voice: the 供应商准入审查组 of 芜湖镜湖惠购小额贷款 (instalments for phones and appliances, no cross-border business) — 冯晓婷 of the
  运营管理部 (组长), 徐明 of the 科技部, 陶静 of the 合规部 — on 2025-12-10; every 审查结论 column, the 准入汇总 sheet and its 意见 line
  are the panel's.
Layout: one workbook, six sheets — 1-基本信息及报价 (序号 | 供应商全称 | 简称 | 联系人及电话 | 报价（元） | 计税 | 选配/另计 | 报价有效期 |
  状态 | 审查结论; the 说明 says every sheet keeps the same vendor order and 序号), 2-功能 (序号 | 简称 | 商品管理 | 分期计算器 | 订单跟踪 |
  还款管理 | 风控审批 | 用户管理 | 其他/赠送模块 | 审查结论), 3-安全合规 (等保三级 … 征信接口), 4-售后 (免费维护期 … 期满年费; the reviewer
  shortened the 简称 again: 蜀山, 蚌山, 田家庵, 雨山, 铜官, 迎江), 5-源码交付, 6-准入汇总 (the panel's per-sheet verdicts, 准入结果, 推荐);
  each sheet has a title, a note row, the header on row 3, six vendor rows (the sixth withdrew), frozen at C4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: one vendor's facts sit on five sheets joined by 序号 / 简称 only (the full name is on sheet 1; sheet 4's names are shorter still),
  and the sixth row on every sheet is a vendor that withdrew (安庆迎江: not listed); the 审查结论 '符合' beside a claim and the 汇总's
  推荐 are the panel's, never the vendor's; 蚌埠蚌山 (the panel's '第一', '186000（年底特惠，原价258000）' 含税) adds its must-have 分期
  计算器 as a 28000 含税 option (214,000, conditional) and only claims (按等保三级要求设计, 国密算法, 主流征信机构, 长期保存, 终身维护:
  unverified), with 智能客服机器人 + 元宇宙营销展厅 (bloat) and an encrypted pricing engine (partial); 合肥蜀山 243000 不含税 6% = 257,580;
  淮南田家庵 面议 (no price: unverified, price missing) though everything else is good; 马鞍山雨山 298000 不含税 6% = 315,880 (over the
  band once taxed) with 区块链存证 (bloat); 铜陵铜官 88000 with 等保二级 and no 订单跟踪 (fail); phone numbers, 报价有效期, certificate
  numbers and dates are no prices.""",
        "consumer_installment", [name], "合肥蜀山数科有限公司",
        "合肥蜀山 proves every gate (备案证明34010443012-24008, SM4 on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, 百行 + 朴道), has all "
        "three instalment must-haves and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a "
        "named engineer, lifetime consulting, all in the contract, full unencrypted source — at 257,580 含税 inside 20–30万 (3 years "
        "257,580 + 2 × 25,000 = 307,580). The panel's first choice 蚌埠蚌山 is 214,000 once its 分期计算器 option is added, proves nothing "
        "(unverified), pads with an AI bot and 元宇宙营销 and encrypts its pricing engine; 淮南田家庵 gives no price (unverified); 马鞍山雨山 is "
        "315,880 含税, over the band, with 区块链存证; 铜陵铜官 fails; 安庆迎江 withdrew.",
        vendors)


if __name__ == "__main__":
    for build in (build_zl01, build_zl02, build_zl03):
        build()
    print("built zl_01 … zl_03 into", HERE)
