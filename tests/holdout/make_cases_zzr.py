"""Build the "zzr" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is AFTER-SALES AND CONTRACT TERMS in the shapes vendors really give them — an
SLA by fault severity (一级/二级/三级故障, P1/P2/P3, each with a response and a restore time), a warranty counted from 终验 / 上线 /
签约, maintenance split into a free period and a paid one with a yearly fee as an amount or a share of the contract, policy
adaptation limited by count ("每年免费适配2次，超出部分按2,000元/人天收费"), commitments "以合同附件《服务水平协议》为准", proof pointed
to an attachment ("复印件见附件3", "详见资质文件", "详见附件1《功能清单》") — each file in one voice and a layout of its own:

zzr_01 — an .xlsx (personal credit) kept by the buyer's LEGAL OFFICER: a 合同主要条款比对表, the clauses of the buyer's own
  contract template DOWN the left (第3条 合同价款 … 第6条 服务水平·一级故障 … 第12条 合同效力), column B the TEMPLATE'S OWN WORDING
  (甲方拟稿: every good term the buyer asks for, no vendor's), one column per vendor holding its written reply to each clause
  ("接受。…", "修改为：…", blank where the reply did not touch the clause — the note says a blank is NO acceptance), the legal
  officer's 审查意见 column at the right and her own 初审意见 row at the foot. Her favourite answers 等保 "详见资质文件" and its
  whole SLA "以合同附件《服务水平协议》为准" (the attachment not sent); the pick proves its filing by number "复印件见附件3".
zzr_02 — a CSV in GB18030, CRLF (merchant loans): the purchasing clerk's 商务条款确认函登记表, one row per vendor, each vendor's
  CONTRACT MANAGER's letter pasted whole into one cell in contract language (numbered 一、…八、, 大写 amounts "人民币贰拾玖万捌仟元
  整（¥298,000.00）", "质保期壹年，自甲方出具终验合格证明之日起算", the SLA as 一级/二级/三级故障 sentences, "本确认函内容经双方确认后
  纳入合同"), addressed "致：<the buyer>"; a 随函附件 column listing the PDFs (not read into the sheet); the clerk's 登记备注.
zzr_03 — an .xlsx (consumer instalments) made by the buyer's IT MANAGER: vendors as rows, after-sales split into columns whose
  UNIT IS ONLY IN THE HEADER ("报价（万元）", "质保期（月）", "期满后维保费（%合同额/年）", "监管适配免费次数（次/年）"), the warranty's
  starting point in its own column (质保起算), the SLA as three columns P1 / P2 / P3 "响应/恢复" ("15分钟/2小时"), a must-have
  option in a 选配 column priced before VAT, and one vendor's module list only "详见附件1《功能清单》"; his 点评 column and his
  conclusion under the table are his.

Where domain.md does not decide a reading (a response time given per fault level; free policy adaptation limited to N times a
year; "等保三级备案证明见附件3" with no number), the .toml says what the analyst would do and asserts nothing on it; every
gate and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzr_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzr.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, NOGATE, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _drop(d, *keys):
    """Take out what the vendor's words do not settle (the template trap: an all-good dict keeps what was never said)."""
    return {k: v for k, v in d.items() if k not in keys}


def _st(**over):
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return s


# ---------------------------------------------------------------------------------------------
# zzr_01  个人信用贷 — the legal officer's 合同主要条款比对表: template clauses down, template column, a column per vendor
# ---------------------------------------------------------------------------------------------
R1_NAME = "zzr_01_pc_fawu_hetong_fanben_bidui.xlsx"
R1_VENDORS = ["威海环翠软件有限公司", "烟台芝罘数科有限公司", "日照东港信息技术有限公司", "潍坊奎文网络科技有限公司",
              "淄博张店数科有限公司"]
R1_HEAD = ["条款", "甲方合同范本条款（我方拟稿，非供应商承诺）"] + R1_VENDORS + ["法务审查意见"]
# each row: clause, template, 环翠, 芝罘, 东港, 奎文, 张店, legal remark
R1_ROWS = [
    ["第3条 合同价款", "合同总价为含税总价，包含软件许可、源代码、实施部署、培训等全部费用。",
     "19.8万元（含税）",
     "确认。软件授权费16.8万元＋实施部署费3.6万元＋培训费1.2万元，合计21.6万元（含税，13%增值税专票）。",
     "修改为：合同总价16.8万元（不含税）。",
     "12.8万元（含税）",
     "不参与报价：我司不接受范本第4条（完整源码交付）及第10条（违约责任），本次放弃。",
     "东港为不含税价，比较时需加税。"],
    ["第4条 交付内容（功能模块）", "至少包括个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理。",
     "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理",
     "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、用户管理",
     "个人征信查询（百行征信）、智能风控、反欺诈模型、还款计划、审批流、用户管理",
     "个人征信查询（百行征信）、风控模型、还款管理、风控审批、用户管理",
     "", "奎文无反欺诈。"],
    ["第4条 源代码交付", "乙方交付完整源代码（无加密、无授权锁），甲方可自行二次开发。",
     "提供完整源码",
     "接受。交付完整源代码及数据库设计文档，无加密，甲方可自行二次开发。",
     "修改为：交付源代码，其中核心风控引擎以加密jar包形式提供。",
     "完整源码", "", "东港引擎加密，不符合范本。"],
    ["第5条 质保期及起算", "质保期不少于12个月，自终验合格之日起算。",
     "修改为：质保期24个月，自合同签订之日起算。",
     "接受。质保期12个月，自终验合格之日起算。",
     "修改为：质保期1年，自系统上线之日起算。",
     "修改为：免费维护6个月，自合同签订之日起算。",
     "", "环翠、奎文自签约起算，实施期会占用质保期。"],
    ["第5条 质保期内维护范围", "质保期内免费提供缺陷修复及版本升级。",
     "详见合同附件《服务水平协议》",
     "接受。质保期内免费维护，含缺陷修复及小版本升级。",
     "修改为：质保期内仅修复程序缺陷，版本升级另行报价。",
     "修改为：仅修复bug。", "", ""],
    ["第5条 质保期满后维护费用", "维保年费在合同中事先约定，不按次收费。",
     "",
     "质保期满后年维护费为合同金额的12%（即2.592万元/年）。",
     "质保期满后按合同金额15%/年收取维保费。",
     "修改为：质保期满后按次收费，每次故障处理5,000元起。",
     "", "奎文按次收费，不可控。"],
    ["第6条 服务水平·技术支持时间", "7×24小时技术支持。",
     "以合同附件《服务水平协议》为准",
     "接受。7×24小时技术支持，指定专属工程师。",
     "修改为：5×8小时技术支持（工作日9:00-17:30）。",
     "7×24小时", "", "环翠未随回函提供《服务水平协议》附件。"],
    ["第6条 服务水平·一级故障（核心业务中断）", "30分钟内响应，4小时内恢复。",
     "以合同附件《服务水平协议》为准",
     "30分钟内响应，4小时内恢复。",
     "4小时内响应，1个工作日内恢复。",
     "2小时内响应", "", ""],
    ["第6条 服务水平·二级故障（部分功能异常）", "2小时内响应，24小时内解决。",
     "",
     "1小时内响应，12小时内解决。",
     "8小时内响应，3个工作日内解决。",
     "当天响应", "", ""],
    ["第6条 服务水平·三级故障（一般问题及咨询）", "4小时内响应，3个工作日内解决。",
     "",
     "2小时内响应，3个工作日内解决。",
     "2个工作日内响应。",
     "次工作日响应", "", ""],
    ["第7条 监管政策适配", "因监管政策变化所需的系统调整，乙方免费完成。",
     "",
     "接受。因监管政策变化需要的系统调整，质保期内及维保期内均免费，不限次数。",
     "修改为：每年免费适配2次，超出部分按2,000元/人天收费。",
     "修改为：政策适配费每次3万元。",
     "", "东港限次，奎文按次收费。"],
    ["第8条 技术咨询", "乙方提供终身技术咨询。",
     "",
     "接受。终身免费技术咨询。",
     "接受。终身技术咨询。",
     "修改为：仅质保期内提供技术咨询。",
     "", ""],
    ["第9条 安全合规·等级保护", "系统已取得网络安全等级保护三级备案证明，随回函提供编号及复印件。",
     "等保资质详见资质文件",
     "已取得等保三级（备案证明编号37060243011-25004），复印件见附件3。",
     "三级，备案证明编号37110243006-24013。",
     "三级测评中，预计2026年3月取得。",
     "", "芝罘、东港已给编号；环翠的资质文件至今未收到；奎文尚在测评。"],
    ["第9条 数据加密及传输", "敏感字段SM4加密存储，全站HTTPS。",
     "数据加密存储，传输采用HTTPS",
     "身份证号、手机号、银行卡号采用国密SM4加密存储；全站HTTPS（TLS1.2）。",
     "敏感字段SM4加密；HTTPS。",
     "SM4加密；HTTPS。", "", ""],
    ["第9条 权限管理及日志审计", "基于角色的权限管理；操作日志保存不少于6个月。",
     "支持权限管理及日志审计",
     "RBAC角色权限管理；操作日志保存12个月，异常操作告警。",
     "RBAC；日志保存6个月。",
     "权限管理；日志保存3个月。", "", "奎文日志不足6个月。"],
    ["第9条 征信接口", "仅对接持牌征信机构（人行征信中心、百行征信、朴道征信等）。",
     "支持对接主流征信机构",
     "人行征信中心、百行征信。",
     "百行征信。",
     "百行征信。", "", ""],
    ["第12条 合同效力", "以上承诺均写入合同正文，《服务水平协议》作为合同附件。",
     "以双方最终签署的合同及附件为准",
     "接受。第3至9条承诺全部写入合同正文，《服务水平协议》作为合同附件二一并签署。",
     "接受。第3至9条写入合同正文。",
     "修改为：服务承诺以我司《售后服务承诺书》为准，该承诺书不作为合同附件。",
     "", "奎文承诺书不入合同。"],
    ["法务部初审意见（我方）", "—",
     "回函最简洁，质保24个月最长，报价最低，建议优先谈判。",
     "条款基本全部接受，报价偏高。",
     "改动较多：不含税、5×8、引擎加密。",
     "价格低但测评未完成，承诺不入合同。",
     "放弃。", ""],
]


def build_zzr01():
    wb = Workbook()
    ws = wb.active
    ws.title = "条款比对"
    put_row(ws, 1, ["青岛市崂山区海岳小额贷款有限公司　个人信用贷系统源码采购——合同主要条款比对表（乙方回函逐条摘录）"], font=TITLE,
            border=False)
    put_row(ws, 2, ["编制：法务部 林晓 2025-12-04。说明：B列为我司《软件采购合同》范本条款（甲方拟稿，仅供比对，不是任何供应商的承诺）；"
                    "C–G列为各供应商书面回函对相应条款的确认或修订原文；空白表示该供应商回函未涉及该条，不视为接受我方范本。"
                    "最后一列及最后一行为法务部意见。我司只做本地个人信用贷，无跨境业务，预算18-25万元（含税）。"], border=False)
    put_row(ws, 3, R1_HEAD, font=BOLD, fill=GREY)
    for i, row in enumerate(R1_ROWS):
        r = 4 + i
        put_row(ws, r, row)
        ws.cell(row=r, column=2).fill = GREY
        ws.cell(row=r, column=len(R1_HEAD)).fill = YELLOW
    last = 4 + len(R1_ROWS) - 1
    for c in range(1, len(R1_HEAD) + 1):
        ws.cell(row=last, column=c).fill = YELLOW
    ws.freeze_panes = "C4"
    widths(ws, [26, 34, 28, 40, 32, 30, 24, 30])
    _save(wb, R1_NAME)

    comment = f"""Voice: 林晓 of the 法务部 at 青岛市崂山区海岳小额贷款 (local personal credit, no cross-border business, budget 18-25万 含税),
  2025-12-04. The title, the note on row 2, column B (the buyer's own contract template, shaded grey), the 法务审查意见 column
  and the 法务部初审意见（我方）row at the foot (shaded yellow) are hers; columns C-G hold each vendor's written reply to each
  clause ("接受。…", "修改为：…", "确认。…"), copied from the vendors' letters.
Layout: .xlsx, one sheet "条款比对"; header row 3 {' | '.join(R1_HEAD)}; one row per clause of the buyer's template (rows 4-20,
  clause numbers in column A: 第3条 合同价款 … 第6条 服务水平·一级故障/二级故障/三级故障 … 第12条 合同效力), her 初审意见 row 21.
  Row 2 says a blank vendor cell means the reply did not touch the clause and is NOT acceptance of the template.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: column B is the buyer's template ('质保期不少于12个月…', '7×24小时', '30分钟内响应', '政策调整免费') — no vendor's words; filling
  a vendor's blank or '以合同附件《服务水平协议》为准' cell from it, or reading it as a quote, is the careless reading. The decisive
  trap: 林晓's favourite 环翠 (column C, '回函最简洁，质保24个月最长，报价最低，建议优先谈判') answers 等保 only '等保资质详见资质文件'
  (unknown: the gate is unverified; her own remark says the papers never came), its SLA, support hours and maintenance scope only
  by reference to an attachment it did not send, and names no bureau ('支持对接主流征信机构', a claim). Taking its 'see the papers'
  as a certificate makes it pass at 198,000 with 24 months and puts it on top. The pick is 芝罘 (column D): its filing is stated
  by number, '复印件见附件3' only points to the copy (the answer stands); 21.6万 含税 (its items 16.8 + 3.6 + 1.2 = 21.6 are the
  same money, counted once); '质保期12个月，自终验合格之日起算'; 7×24 with every fault level answered within 2 hours (30 min / 1 h /
  2 h; the '4小时内恢复' is a restore time, no response); '合同金额的12%（即2.592万元/年）' = 25,920 a year; policy free '不限次数';
  everything in the contract. 东港 is 16.8万 不含税 (189,840 at 13%), 5×8, every fault level at 4 hours or slower, upgrades charged,
  engine in an encrypted jar; its '每年免费适配2次，超出部分按2,000元/人天收费' is free adaptation limited by count — domain.md does
  not say how to count it: I would read it as conditional (not free at the base price, like '小调整免费，重大调整另行报价') and ask,
  but assert nothing on it. 奎文 is 12.8万 (caution zone), '三级测评中' (unverified), 6 months from signing, bug fixes only, 5,000元
  per incident after, '政策适配费每次3万元', consulting only during the warranty, logs 3 months, and its commitments sit in a letter
  '不作为合同附件'. Its per-level response (2 h / 当天 / 次工作日) and 东港's '每年免费适配2次' are not asserted. 张店 declined (not
  listed). Filing numbers, dates and clause numbers are no amounts."""
    vendors = [
        dict(vendor="烟台芝罘数科有限公司", gate="pass", price=216000,
             why="column D: '软件授权费16.8万元＋实施部署费3.6万元＋培训费1.2万元，合计21.6万元（含税…）' = 216,000 (items and 合计 agree; counted once) inside 18-25万; '已取得等保三级（备案证明编号37060243011-25004），复印件见附件3' — stated by number, the attachment is only the copy; SM4 on 身份证号/手机号/银行卡号; TLS1.2; RBAC; 日志12个月; 人行 + 百行; modules 个人征信查询, 风控模型, 反欺诈模型, 还款计划及逾期提醒, 风控审批流, 用户管理; '质保期12个月，自终验合格之日起算' = 12 (stated); 缺陷修复及小版本升级; '合同金额的12%（即2.592万元/年）' = 25,920 a year; 7×24 with a named engineer; 一级 30分钟 / 二级 1小时 / 三级 2小时 response (≤ 2 h at every level, whichever level one counts; restore times are no response); policy free '不限次数'; 终身免费技术咨询; '写入合同正文' with the SLA as 附件二; full source, unencrypted. 3 years: 216,000 + 2 × 25,920 = 267,840. 林晓's '报价偏高' is hers.",
             values=_vals(annual_fee_after_warranty_cny=25920, source_code_delivery="full"),
             status=_st(), fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="威海环翠软件有限公司", gate="unverified", price=198000,
             why="column C: '19.8万元（含税）' = 198,000; '等保资质详见资质文件' says nothing (unknown: gate unverified; 林晓's remark says the papers never arrived); '数据加密存储' names no algorithm (SM4 not asserted); HTTPS; '支持权限管理及日志审计' (access control yes, no log period); '支持对接主流征信机构' names no licensed body (claimed); modules complete with 反欺诈; '修改为：质保期24个月，自合同签订之日起算' = 24 months (stated; counted from signing, so the implementation months come out of it — a question, not a lower figure); maintenance scope, support hours and every fault level only '以合同附件《服务水平协议》为准' / '详见合同附件…' with the attachment not sent, and the blank rows (二级/三级, 期满后费用, 政策适配, 技术咨询) are nothing said — never the template's words in column B; '以双方最终签署的合同及附件为准' is no statement that the promises are written in; '提供完整源码' = full. 林晓's '建议优先谈判' is hers.",
             values=dict(mlps_level3="null", tls=True, access_control=True, free_maintenance_months=24,
                         support_7x24="null", response_hours="null", maintenance_includes_upgrades="null",
                         source_code_delivery="full"),
             status=dict(mlps_level3="unknown", licensed_credit_bureau="claimed", free_maintenance_months="stated",
                         support_7x24="unknown"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w",
                   "price_over_budget", "no_tls", "no_access_control", "maintenance_under_12m", "bloat_features",
                   "source_partial", "source_licence_only"]),
        dict(vendor="日照东港信息技术有限公司", gate="pass", price=189840,
             why="column E: '修改为：合同总价16.8万元（不含税）' with no rate = 168,000 × 1.13 = 189,840; '三级，备案证明编号37110243006-24013'; SM4; HTTPS; RBAC; 日志6个月 (not under 6); 百行; modules complete (智能风控 = risk model, 反欺诈模型); '质保期1年，自系统上线之日起算' = 12 (stated); '仅修复程序缺陷，版本升级另行报价' (upgrades conditional: not included); '按合同金额15%/年' — a stated share, but of 168,000 or 189,840 is not said (no amount asserted); '5×8小时技术支持（工作日9:00-17:30）' (no 7×24); 一级 4小时 / 二级 8小时 / 三级 2个工作日 response: over 2 hours at every level; '每年免费适配2次，超出部分按2,000元/人天收费' — limited free adaptation, which domain.md does not settle: I would read it as conditional and ask, nothing asserted; 终身技术咨询; '写入合同正文'; '核心风控引擎以加密jar包形式提供' = partial source.",
             values=_drop(_vals(audit_log_months=6, maintenance_includes_upgrades=False, support_7x24=False,
                                source_code_delivery="partial"), "policy_adaptation_free"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", support_7x24="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["no_7x24", "response_over_2h", "maintenance_excludes_upgrades", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control",
                            "audit_log_under_6m", "maintenance_under_12m", "no_lifetime_consulting", "not_in_contract",
                            "bloat_features", "source_licence_only"]),
        dict(vendor="潍坊奎文网络科技有限公司", gate="unverified", price=128000,
             why="column F: '12.8万元（含税）' = 128,000 — caution zone (10-15万); '三级测评中，预计2026年3月取得' = in progress (false, claimed: unverified, not failed); SM4; HTTPS; 权限管理; '日志保存3个月' (under 6); 百行; modules without 反欺诈 (personal-credit must-haves present); '免费维护6个月，自合同签订之日起算' = 6; '仅修复bug' (no upgrades); after it '按次收费，每次故障处理5,000元起' (no yearly fee known; not asserted); '政策适配费每次3万元' = charged; '7×24小时'; per-level response 2小时 / 当天 / 次工作日 (not asserted: the slowest level is a day, the outage level 2 h); '仅质保期内提供技术咨询' = no lifetime consulting; '…《售后服务承诺书》为准，该承诺书不作为合同附件' = not in the contract; '完整源码' = full.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=True, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", audit_log_months="stated", free_maintenance_months="stated"),
             fin=PC + CORE, fex=BLOAT + ["anti_fraud"],
             flin=["price_below_15w", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_lifetime_consulting", "not_in_contract"],
             flex=["price_below_10w", "missing_must_have", "price_missing", "price_over_budget", "no_sm4", "no_tls",
                   "no_7x24", "bloat_features", "source_partial", "source_licence_only"]),
    ]
    write_toml(R1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [R1_NAME], "烟台芝罘数科有限公司",
               "芝罘 (column D) proves every gate (备案证明编号37060243011-25004 — '复印件见附件3' only points to the copy —, SM4 on 身份证号/手机号/银行卡号, TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every personal-credit must-have plus anti-fraud, and accepts the template's service terms in its own words: 12 months from 终验 with minor upgrades, 7×24 with a named engineer and every fault level answered within 2 hours, policy adaptation free without a limit, lifetime consulting, all in the contract with the SLA as 附件二, full source — at 216,000 含税 (yearly fee 12% = 25,920). 林晓's favourite 环翠 (198,000, 24 months from signing) answers 等保 only '详见资质文件' and its SLA only '以合同附件《服务水平协议》为准' with no attachment: unverified, and its blanks are not the template's words. 东港 passes but is 189,840 after 13% with 5×8, 4 hours or slower at every level, paid upgrades and an encrypted engine; 奎文 is 12.8万 with its 等保 still 测评中 and its promises outside the contract; 张店 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzr_02  商户经营性贷 — the clerk's 商务条款确认函登记表: each vendor's contract manager's letter in one cell; GB18030 CSV
# ---------------------------------------------------------------------------------------------
R2_NAME = "zzr_02_ml_hetong_jingli_quereng_han_gb18030.csv"
R2_HEAD = ["序号", "供应商（盖章单位）", "合同经理", "联系电话", "《商务条款确认函》正文（原文照录）", "随函附件", "采购部登记备注"]
R2_ROWS = [
    ["1", "无锡梁溪软件有限公司", "钱立新", "0510-8266****",
     "致：常州市天宁区龙城小额贷款有限公司\n"
     "我司就贵司商户经营贷系统源码采购项目确认商务条款如下：\n"
     "一、合同价款：合同总价人民币贰拾陆万伍仟元整（¥265,000.00，不含税），增值税按国家规定另行计取。\n"
     "二、交付内容：企业征信查询、银行流水分析、电子签约、风控审批、还款管理、用户管理；交付完整源代码。\n"
     "三、质量保证：质保期贰年，自合同签订之日起算；质保期内免费修复程序缺陷。质保期满后年维保费人民币叁万元整。\n"
     "四、服务水平：以合同附件《服务水平协议》为准（签约时提供）。\n"
     "五、监管政策适配：每年免费适配2次，超出部分按1,500元/人天另行收费。\n"
     "六、安全合规：系统已取得网络安全等级保护第三级备案证明（编号32020043002-24018）；敏感数据SM4加密存储；全站HTTPS；"
     "基于角色的权限管理；操作日志保存6个月；征信接口对接百行征信、朴道征信。\n"
     "七、本确认函内容经双方确认后纳入合同。\n"
     "无锡梁溪软件有限公司 合同管理部 2025-12-02",
     "附件1：营业执照；附件2：等保备案证明（复印件）", "总价最低，质保两年最长"],
    ["2", "常州武进数科有限公司", "蒋慧", "0519-8633****",
     "致：常州市天宁区龙城小额贷款有限公司\n"
     "我司就贵司商户经营贷系统源码采购项目确认商务条款如下：\n"
     "一、合同价款：软件许可及源代码费人民币贰拾肆万捌仟元整，实施部署费人民币叁万元整，培训费人民币贰万元整；"
     "合同总价人民币贰拾玖万捌仟元整（¥298,000.00），含13%增值税。\n"
     "二、交付内容：企业征信查询、银行流水分析、电子合同及合同管理、风控审批、还款管理、用户管理；乙方交付全部源代码"
     "（无加密、无授权锁），甲方可自行二次开发。\n"
     "三、质量保证：质保期壹年，自甲方出具终验合格证明之日起算；质保期内乙方免费提供缺陷修复及版本升级。质保期满后如甲方续签，"
     "年维保费为合同总价的10%。\n"
     "四、服务水平：乙方提供7×24小时技术支持（热线及远程）。故障分级响应：一级故障（系统整体不可用）15分钟内响应、2小时内恢复；"
     "二级故障（核心功能异常）1小时内响应、8小时内解决；三级故障（一般问题）2小时内响应、2个工作日内解决。\n"
     "五、监管政策适配：因法律法规及监管政策调整所需的系统修改，质保期及维保期内乙方免费完成，不限次数。\n"
     "六、技术咨询：乙方提供终身技术咨询。\n"
     "七、安全合规：本系统已取得网络安全等级保护第三级备案证明（编号32041243007-25011，复印件见附件3）；身份证号、手机号、"
     "对公账号SM4加密存储；全站HTTPS；RBAC权限管理；操作日志保存12个月；征信接口对接中国人民银行征信中心、百行征信。\n"
     "八、以上第一至七条均为合同正文条款，《服务水平协议》作为合同附件一并签署。\n"
     "常州武进数科有限公司 合同管理部 2025-12-03",
     "附件1：营业执照；附件2：软件著作权证书；附件3：等保三级备案证明（复印件）；附件4：《服务水平协议》", "附件齐全，价格偏高"],
    ["3", "苏州吴中信息技术有限公司", "沈佳", "0512-6588****",
     "致：常州市天宁区龙城小额贷款有限公司\n"
     "一、合同价款：合同总价24.8万元（含税）；电子合同模块为选配，如需另加3.2万元（含税）。\n"
     "二、交付内容：企业征信查询、银行流水分析、风控审批、还款管理、用户管理；完整源码，可二次开发。\n"
     "三、质量保证：免费维护期12个月，自系统上线之日起算，含缺陷修复及小版本升级；维保期满后年费按合同额的15%收取。\n"
     "四、服务水平：技术支持时间7×24小时；一级故障2小时内响应，二级故障4小时内响应，三级故障1个工作日内响应。\n"
     "五、监管政策适配：监管政策调整免费适配。\n"
     "六、技术咨询：终身技术咨询。\n"
     "七、安全合规：等保相关资质详见资质文件（附件2）；数据SM4加密；HTTPS；RBAC；日志保存12个月；对接百行征信。\n"
     "八、以上条款写入合同。\n"
     "苏州吴中信息技术有限公司 2025-12-03",
     "附件1：营业执照；附件2：资质文件（未随函提供，称签约前补交）", "等保资质待补"],
    ["4", "南通崇川网络科技有限公司", "顾海峰", "0513-8552****",
     "致：常州市天宁区龙城小额贷款有限公司\n"
     "一、合同价款：合同总价人民币壹拾叁万陆仟元整（¥136,000.00，含税）。\n"
     "二、交付内容：企业征信查询、电子合同、风控审批、还款管理、用户管理；银行流水分析列入二期开发，届时另行报价。\n"
     "三、质量保证：质保期陆个月，自合同签订之日起算。\n"
     "四、服务水平：工作日9:00-17:30提供技术支持；一级故障4小时内响应，二级故障1个工作日内响应，三级故障3个工作日内响应。\n"
     "五、监管政策适配：按实际工作量另行收费。\n"
     "六、安全合规：等保三级备案证明见附件3；SM4加密；HTTPS；权限管理；日志保存6个月；百行征信。\n"
     "七、源码：提供源代码（核心风控模块加密）。\n"
     "南通崇川网络科技有限公司 2025-12-04",
     "附件3：等保三级备案证明", "最便宜"],
    ["5", "镇江京口数科有限公司", "王磊", "0511-8501****",
     "致：常州市天宁区龙城小额贷款有限公司\n经我司合同管理部审核，贵司合同范本第8条（源码交付）及第11条（违约责任）我司无法接受，"
     "本次不参与报价，敬请谅解。\n镇江京口数科有限公司 2025-12-01",
     "", "放弃"],
]


def build_zzr02():
    n = len(R2_HEAD)
    rows = [["常州市天宁区龙城小额贷款有限公司　商户经营贷系统源码采购——商务条款确认函登记表"] + [""] * (n - 1),
            ["说明：各供应商合同经理按我司《商务条款确认函》模板回函，正文原文照录；随函附件为PDF，未录入本表；“采购部登记备注”为我部意见。"
             "我司只做本地商户经营贷，无跨境业务，预算25-35万元。登记：采购部 周敏 2025-12-05"] + [""] * (n - 1),
            R2_HEAD] + R2_ROWS
    write_csv(R2_NAME, rows, "gb18030")

    comment = f"""Voice: each vendor's CONTRACT MANAGER (合同管理部), writing a 商务条款确认函 in contract language — numbered 一、…八、, 大写
  amounts with the figure in brackets, '乙方', '甲方', '质保期壹年，自甲方出具终验合格证明之日起算' — addressed '致：常州市天宁区龙城
  小额贷款有限公司' (the buyer) and signed with the vendor's name and a date. 周敏 of the buyer's 采购部 (local merchant operating
  loans, no cross-border business, budget 25-35万) pasted each letter whole into one cell; the title, the 说明 line and the
  采购部登记备注 column are hers, the 随函附件 column lists the PDFs each letter came with (not typed into the sheet).
Layout: CSV in GB18030, CRLF; header line 3 {' | '.join(R2_HEAD)}; one line per vendor (lines 4-8), each letter a multi-line
  cell; the phone numbers are masked.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the decisive trap is 武进's price clause (line 5): three items '贰拾肆万捌仟元整' + '叁万元整' + '贰万元整' and then '合同总价人民币
  贰拾玖万捌仟元整（¥298,000.00），含13%增值税' — the total is the price (298,000; the items are the same money), never items plus
  total (596,000, over the band). The second: 梁溪 (line 4), 周敏's '总价最低，质保两年最长', writes '贰拾陆万伍仟元整（¥265,000.00，
  不含税），增值税按国家规定另行计取' — no rate: 265,000 × 1.13 = 299,450, dearer than 武进 —, counts its 贰年 from signing, fixes
  only defects, and gives its whole SLA as '以合同附件《服务水平协议》为准（签约时提供）' (support hours and response unknown);
  '每年免费适配2次，超出部分按1,500元/人天另行收费' is adaptation free up to a count, which domain.md does not settle (I would read it
  conditional and ask; not asserted); '经双方确认后纳入合同' is a promise to put it in, not asserted either way. 武进 — 12 months from
  终验 with upgrades, 7×24, every fault level answered within 2 hours (15 min / 1 h / 2 h; '2小时内恢复' is a restore time),
  '合同总价的10%' = 29,800 a year, policy free '不限次数', filing by number ('复印件见附件3' points to the copy), all '合同正文条款' —
  is the pick. 吴中 answers 等保 '详见资质文件（附件2）' and its own 随函附件 says the papers were not sent: unknown, unverified; it
  sells the must-have 电子合同 as '选配，如需另加3.2万元（含税）' (280,000). 崇川 is 13.6万 (caution zone) and puts 银行流水分析
  '列入二期开发' (missing must-have: fail, whatever its '等保三级备案证明见附件3' with no number is worth — not asserted); '质保期陆个月'
  is 6. 京口 declined (not listed). The addressee is the buyer, never a vendor; phone numbers, dates, clause numbers and
  attachment numbers are no amounts."""
    vendors = [
        dict(vendor="常州武进数科有限公司", gate="pass", price=298000,
             why="line 5: 一、'…合同总价人民币贰拾玖万捌仟元整（¥298,000.00），含13%增值税' = 298,000 (its items 24.8万 + 3万 + 2万 = 29.8万 are the same money, counted once) inside 25-35万; 七、'已取得网络安全等级保护第三级备案证明（编号32041243007-25011，复印件见附件3）' stated; SM4 on 身份证号/手机号/对公账号; HTTPS; RBAC; 日志12个月; 人行征信中心 + 百行; 二、modules 企业征信查询, 银行流水分析, 电子合同及合同管理, 风控审批, 还款管理, 用户管理; full source 无加密、无授权锁; 三、'质保期壹年，自甲方出具终验合格证明之日起算' = 12, 缺陷修复及版本升级; '年维保费为合同总价的10%' = 29,800 a year; 四、7×24, 一级 15分钟 / 二级 1小时 / 三级 2小时 response (≤ 2 h at every level); 五、policy free '不限次数'; 六、终身技术咨询; 八、'均为合同正文条款'. 3 years: 298,000 + 2 × 29,800 = 357,600.",
             values=_vals(annual_fee_after_warranty_cny=29800, source_code_delivery="full"),
             status=_st(), fin=ML + CORE, fex=BLOAT, flex=ALL_BAD),
        dict(vendor="无锡梁溪软件有限公司", gate="pass", price=299450,
             why="line 4: 一、'合同总价人民币贰拾陆万伍仟元整（¥265,000.00，不含税），增值税按国家规定另行计取' — tax-exclusive, no rate: 265,000 × 1.13 = 299,450 (not the cheapest: 周敏's '总价最低' compares 26.5万 before tax with 29.8万 after it); 六、备案证明编号32020043002-24018 stated; SM4; HTTPS; 基于角色的权限管理; 日志6个月; 百行 + 朴道; 二、modules complete (电子签约 = contract management); 交付完整源代码; 三、'质保期贰年，自合同签订之日起算' = 24 (stated, counted from signing), '免费修复程序缺陷' says nothing of upgrades (not asserted), '质保期满后年维保费人民币叁万元整' = 30,000 a year; 四、'以合同附件《服务水平协议》为准（签约时提供）' — support hours and response unknown; 五、'每年免费适配2次，超出部分按1,500元/人天另行收费' (limited: I would read conditional; not asserted); no word on lifetime consulting; 七、'经双方确认后纳入合同' (not asserted).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=24, support_7x24="null",
                         response_hours="null", annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         licensed_credit_bureau="stated", free_maintenance_months="stated", support_7x24="unknown"),
             fin=ML + CORE, fex=BLOAT,
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control",
                            "audit_log_under_6m", "maintenance_under_12m", "no_licensed_credit_bureau", "bloat_features",
                            "source_partial", "source_licence_only"]),
        dict(vendor="苏州吴中信息技术有限公司", gate="unverified", price=280000,
             why="line 6: 一、'合同总价24.8万元（含税）；电子合同模块为选配，如需另加3.2万元（含税）' — 电子合同 (contract management) is a merchant-loan must-have, added at its price: 248,000 + 32,000 = 280,000, status conditional; 七、'等保相关资质详见资质文件（附件2）' and the 随函附件 '资质文件（未随函提供，称签约前补交）' — unknown: unverified; SM4; HTTPS; RBAC; 日志12个月; 百行; 三、'免费维护期12个月，自系统上线之日起算' = 12 with 缺陷修复及小版本升级; '按合同额的15%' — 15% of 248,000 or of 280,000 is not said (no amount asserted); 四、7×24; 一级 2小时 / 二级 4小时 / 三级 1个工作日 response (which level counts is not settled: not asserted); policy free; 终身技术咨询; '写入合同'; 完整源码 可二次开发.",
             values=dict(mlps_level3="null", sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="unknown", sm4_encryption="stated", free_maintenance_months="stated",
                         support_7x24="stated"),
             fin=ML + CORE, fex=BLOAT,
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w",
                   "price_over_budget", "no_sm4", "no_tls", "no_7x24", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_lifetime_consulting",
                   "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="南通崇川网络科技有限公司", gate="fail", price=136000,
             why="line 7: 一、'合同总价人民币壹拾叁万陆仟元整（¥136,000.00，含税）' = 136,000 — caution zone; 二、'银行流水分析列入二期开发，届时另行报价' — a must-have not in this delivery: missing, the gate fails (企业征信查询, 电子合同 present); 六、'等保三级备案证明见附件3' gives no number — whether that is stated or only claimed, domain.md does not settle (I would ask for the number); not asserted, the gate fails anyway; SM4; HTTPS; 权限管理; 日志6个月; 百行; 三、'质保期陆个月，自合同签订之日起算' = 6 months; 四、'工作日9:00-17:30' = no 7×24, response 4 hours or slower at every level; 五、'按实际工作量另行收费' = policy adaptation charged; 七、'提供源代码（核心风控模块加密）' = partial.",
             values=dict(free_maintenance_months=6, support_7x24=False, policy_adaptation_free=False,
                         source_code_delivery="partial"),
             status=dict(free_maintenance_months="stated"),
             fin=["enterprise_credit", "contract_management"] + CORE, fex=BLOAT + ["cashflow_analysis"],
             flin=["missing_must_have", "price_below_15w", "maintenance_under_12m", "no_7x24", "response_over_2h",
                   "policy_adaptation_charged", "source_partial"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "no_sm4", "no_tls", "audit_log_under_6m",
                   "bloat_features", "source_licence_only"]),
    ]
    write_toml(R2_NAME.replace(".csv", ".toml"), comment, "merchant_loan", [R2_NAME], "常州武进数科有限公司",
               "武进 (line 5) proves every gate (备案证明编号32041243007-25011, SM4 on 身份证号/手机号/对公账号, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every merchant-loan must-have, full unencrypted source, and writes the service terms into the contract body: 12 months from 终验 with upgrades, 7×24 with every fault level answered within 2 hours, policy adaptation free without a limit, lifetime consulting, 10% of the contract (29,800) a year after — at 298,000 含税, the 合同总价 (its three items are the same money). 梁溪, which the clerk marks '总价最低', is 265,000 不含税 = 299,450 at 13%, fixes only defects, and leaves its SLA to an attachment it has not sent; 吴中 sends no 等保 papers (unverified) and prices the must-have e-contract at +3.2万 (280,000); 崇川 fails (银行流水分析 列入二期) at 13.6万; 京口 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzr_03  消费分期 — the IT manager's after-sales/SLA comparison, units only in the headers, P1/P2/P3 columns; xlsx
# ---------------------------------------------------------------------------------------------
R3_NAME = "zzr_03_ci_keji_sla_fenji_biaotou_danwei.xlsx"
R3_HEAD = ["序号", "供应商", "报价（万元）", "计税", "功能模块", "选配（另计）", "等保", "数据安全（加密/传输/权限/日志）", "征信接口",
           "质保期（月）", "质保起算", "质保期内维护范围", "期满后维保费（%合同额/年）", "监管适配免费次数（次/年）", "超出次数收费",
           "支持时段", "P1 系统瘫痪（响应/恢复）", "P2 功能异常（响应/解决）", "P3 一般问题（响应/解决）", "终身技术咨询",
           "写入合同", "源码交付", "我的点评"]
R3_ROWS = [
    ["1", "湖州吴兴软件有限公司", "20.8", "含税", "标准版全部功能模块（详见附件1《功能清单》）", "无",
     "三级（备案证明编号33050243004-24021）", "SM4；HTTPS；RBAC；日志12个月", "百行征信、朴道征信",
     "24", "终验合格之日", "缺陷修复+版本升级", "8", "不限", "—",
     "7×24", "10分钟/1小时", "30分钟/4小时", "1小时/1个工作日", "是", "是（SLA为合同附件）", "完整源码，无加密",
     "SLA最好，质保2年，价格最低"],
    ["2", "嘉兴南湖数科有限公司", "23.6", "含税", "商品管理、分期计算器、订单跟踪、风控审批、还款计划及提醒、用户管理", "无",
     "三级（备案证明编号33040243009-25006）", "SM4（身份证号/手机号/银行卡号）；HTTPS；RBAC；日志12个月", "百行征信",
     "12", "终验合格之日", "缺陷修复+小版本升级", "10%", "不限", "—",
     "7×24", "15分钟/2小时", "30分钟/8小时", "1小时/2个工作日", "是", "是（SLA为合同附件二）", "完整源码，无加密，可二次开发",
     "比吴兴贵2.8万"],
    ["3", "绍兴越城信息技术有限公司", "13.8", "含税", "商品管理、分期计算器、订单管理、风控审批、还款计划、用户管理", "无",
     "三级（备案证明编号33060243012-25001）", "SM4；HTTPS；RBAC；日志6个月", "朴道征信",
     "12", "系统上线之日", "缺陷修复（版本升级另计）", "20", "2", "1500元/人天",
     "5×8（工作日9:00-17:30）", "4小时/次日", "1个工作日/3个工作日", "3个工作日/5个工作日", "是", "是",
     "部分源码（风控引擎加密）", "便宜，但5×8"],
    ["4", "金华婺城网络科技有限公司", "19.6", "不含税", "商品管理、分期计算器、风控审批、还款管理、用户管理", "订单跟踪模块，另加1.5万元（不含税）",
     "三级测评中，预计2026年2月出具测评报告", "SM4；HTTPS；RBAC；日志12个月", "百行征信",
     "12", "合同签订之日", "缺陷修复+版本升级", "15", "不限", "—",
     "7×24", "30分钟/4小时", "2小时/1个工作日", "4小时/3个工作日", "是", "是", "完整源码", "等测评结果"],
    ["5", "衢州柯城数科有限公司", "9.8", "含税", "商品管理、分期计算器、订单跟踪、审批、还款、用户管理", "无",
     "二级", "AES；HTTPS；管理员单账号；日志3个月", "暂未对接",
     "3", "合同签订之日", "仅修bug", "按次收费，5000元/次", "0", "每次2万元",
     "工作日QQ群", "次日/—", "—", "—", "否", "否", "授权使用，绑定域名", "太便宜"],
]


def build_zzr03():
    wb = Workbook()
    ws = wb.active
    ws.title = "售后及SLA对比"
    put_row(ws, 1, ["消费分期系统源码采购 — 报价、售后及SLA对比（信息科技部整理）"], font=TITLE, border=False)
    put_row(ws, 2, ["数字列单位见表头：报价为万元；质保期为月；期满后维保费为合同额的百分比/年；监管适配为每年免费次数。SLA按各家《服务水平协议》"
                    "草案摘录，格式为“响应/恢复（解决）”。“我的点评”为个人意见。我司做本地消费分期，无跨境业务，预算20-30万元（含税）。"
                    "— 信息科技部 钱工 2025-12-05"], border=False)
    put_row(ws, 3, R3_HEAD, font=BOLD, fill=GREY)
    for i, row in enumerate(R3_ROWS):
        put_row(ws, 4 + i, row)
        ws.cell(row=4 + i, column=len(R3_HEAD)).fill = YELLOW
    put_row(ws, 10, ["结论：吴兴SLA最好（P1 10分钟响应）、质保2年、报价最低，建议首选；南湖备选。"], border=False)
    ws.freeze_panes = "C4"
    widths(ws, [5, 22, 10, 8, 36, 22, 26, 28, 16, 9, 13, 18, 12, 12, 12, 14, 14, 14, 14, 8, 14, 18, 20])
    _save(wb, R3_NAME)

    comment = f"""Voice: 钱工 of the 信息科技部 (IT manager) at a local consumer-instalment lender (no cross-border business, budget 20-30万 含税),
  2025-12-05, who tabulated the vendors' quotes and the drafts of their 《服务水平协议》. The title, the note on row 2, the 我的点评
  column (shaded) and the 结论 line under the table are his; the other cells are the vendors' figures and words as he typed them.
Layout: .xlsx, one sheet "售后及SLA对比"; header row 3 {' | '.join(R3_HEAD)}; one row per vendor (rows 4-8); row 10 his
  conclusion. The UNITS ARE ONLY IN THE HEADERS for the bare numbers: 报价（万元） '23.6' is 236,000; 质保期（月） '12' is 12 months;
  期满后维保费（%合同额/年） '20' is 20% of the contract a year ('10%' where the vendor wrote the sign itself); 监管适配免费次数
  （次/年） '不限' / '2' / '0' with 超出次数收费 beside it. The SLA is three columns, each 'response/restore'.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the decisive trap is his pick 吴兴 (row 4: 'SLA最好，质保2年，价格最低'): its module list is only '标准版全部功能模块（详见
  附件1《功能清单》）' — a reference, no module named: the consumer-instalment must-haves are unconfirmed and the gate is unverified
  (never missing, never passed). Everything else of 吴兴 is excellent, which is why a reader who takes 'all modules' as a list
  puts it on top. The pick is 南湖 (row 5): 23.6万 含税, every must-have named, filing by number, 12 months from 终验 with minor
  upgrades, '10%' a year = 23,600, policy adaptation '不限' (free, no limit), 7×24 with P1 15 min / P2 30 min / P3 1 h (all within
  2 hours; '2小时' after the slash is the restore time), in the contract, full source. 越城 is 13.8万 (caution zone) with 5×8,
  responses of 4 hours to 3 working days, upgrades '另计', the '20' (%) fee = 27,600 a year, '2' free adaptations then
  '1500元/人天' (limited: not asserted, I would read it conditional) and an encrypted engine. 婺城 is 19.6万 不含税 and sells the
  must-have 订单跟踪 at '另加1.5万元（不含税）': (196,000 + 15,000) × 1.13 = 238,430; its 等保 is '三级测评中' (unverified); its
  '15' (%) fee is of a contract amount not fixed (19.6 or 21.1万, before or after tax): not asserted; its response per level
  (30 min / 2 h / 4 h) is not asserted. 柯城 is 9.8万 with 等保 '二级': fail. A response per fault level is not settled by
  domain.md: I assert response flags only where every level is on the same side of 2 hours."""
    vendors = [
        dict(vendor="嘉兴南湖数科有限公司", gate="pass", price=236000,
             why="row 5: 报价（万元）'23.6', 含税 = 236,000 inside 20-30万; '三级（备案证明编号33040243009-25006）'; SM4 on 身份证号/手机号/银行卡号; HTTPS; RBAC; 日志12个月; 百行; modules 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款计划及提醒, 用户管理; 质保期（月）'12' from '终验合格之日', '缺陷修复+小版本升级'; 期满后维保费 '10%' of 236,000 = 23,600 a year; 监管适配 '不限' (free), 超出收费 '—'; 7×24; P1 '15分钟/2小时', P2 '30分钟/8小时', P3 '1小时/2个工作日' — every response within 2 h (the second figure is the restore time); 终身咨询 '是'; '是（SLA为合同附件二）'; full source, unencrypted. 3 years: 236,000 + 2 × 23,600 = 283,200. 钱工's '比吴兴贵2.8万' is his.",
             values=_vals(annual_fee_after_warranty_cny=23600, source_code_delivery="full"),
             status=_st(), fin=CI + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="湖州吴兴软件有限公司", gate="unverified", price=208000,
             why="row 4: '20.8' 含税 = 208,000; 功能模块 only '标准版全部功能模块（详见附件1《功能清单》）' — no module named: the must-haves (商品管理, 分期计算器, 订单跟踪) are unconfirmed, the gate unverified (never missing: no stated list lacks them); everything else is stated: '三级（备案证明编号33050243004-24021）', SM4, HTTPS, RBAC, 12个月, 百行 + 朴道; '24' months from '终验合格之日' with '缺陷修复+版本升级'; '8' (% of the contract a year) = 16,640; adaptation '不限'; 7×24; P1 10分钟 / P2 30分钟 / P3 1小时 response (all within 2 h); 终身咨询 '是'; '是（SLA为合同附件）'; full source. 钱工's 'SLA最好…价格最低' and his 结论 are his.",
             values=_vals(free_maintenance_months=24, annual_fee_after_warranty_cny=16640, source_code_delivery="full"),
             status=_st(), fex=BLOAT,
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w",
                   "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only"]),
        dict(vendor="绍兴越城信息技术有限公司", gate="pass", price=138000,
             why="row 6: '13.8' 含税 = 138,000 — caution zone (10-15万, not a gate); '三级（备案证明编号33060243012-25001）'; SM4; HTTPS; RBAC; 日志6个月 (not under 6); 朴道; modules complete (订单管理 = order tracking); '12' months from '系统上线之日'; '缺陷修复（版本升级另计）' = upgrades conditional; '20' (% a year) of 138,000 = 27,600; adaptation '2' a year then '1500元/人天' (limited: I would read conditional; not asserted); '5×8（工作日9:00-17:30）' = no 7×24; P1 '4小时/次日', P2 '1个工作日/…', P3 '3个工作日/…' — every response over 2 h; consulting '是'; contract '是'; '部分源码（风控引擎加密）' = partial.",
             values=_drop(_vals(audit_log_months=6, maintenance_includes_upgrades=False, support_7x24=False,
                                annual_fee_after_warranty_cny=27600, source_code_delivery="partial"),
                          "policy_adaptation_free"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         audit_log_months="stated", licensed_credit_bureau="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", support_7x24="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "no_7x24", "response_over_2h", "maintenance_excludes_upgrades", "source_partial"],
             flex=["price_below_10w", "missing_must_have", "price_missing", "no_mlps_level3", "price_over_budget", "no_sm4",
                   "no_tls", "audit_log_under_6m", "maintenance_under_12m", "no_lifetime_consulting", "not_in_contract",
                   "bloat_features", "source_licence_only"]),
        dict(vendor="金华婺城网络科技有限公司", gate="unverified", price=238430,
             why="row 7: '19.6' 不含税 = 196,000 × 1.13 = 221,480; the must-have 订单跟踪 only in 选配 '另加1.5万元（不含税）' — added with VAT: 15,000 × 1.13 = 16,950; comparable 238,430 (status conditional); '三级测评中，预计2026年2月出具测评报告' = in progress (false, claimed): unverified; SM4; HTTPS; RBAC; 12个月; 百行; '12' months from '合同签订之日' with '缺陷修复+版本升级'; '15' (%) of a contract amount not fixed (not asserted); adaptation '不限'; 7×24; P1 30分钟 / P2 2小时 / P3 4小时 response (which level counts is not settled: not asserted); consulting '是'; contract '是'; '完整源码'.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", free_maintenance_months="stated", support_7x24="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flex=["missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="衢州柯城数科有限公司", gate="fail", price=98000,
             why="row 8: '9.8' 含税 = 98,000 < 10万; 等保 '二级' (fail); 'AES' (not SM4); '管理员单账号' = no role-based access; 日志3个月; '暂未对接' = no bureau; '3' months from signing, '仅修bug'; '按次收费，5000元/次' (no yearly fee); adaptation '0' free, '每次2万元' = charged; '工作日QQ群' = no 7×24; consulting '否'; contract '否'; '授权使用，绑定域名' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, access_control=False, audit_log_months=3,
                         free_maintenance_months=3, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, lifetime_consulting=False, commitments_in_contract=False,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", audit_log_months="stated", free_maintenance_months="stated"),
             fin=CI + CORE,
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "no_access_control", "audit_log_under_6m",
                   "maintenance_under_12m", "policy_adaptation_charged", "no_7x24", "not_in_contract",
                   "source_licence_only"],
             flex=["price_missing", "bloat_features"]),
    ]
    write_toml(R3_NAME.replace(".xlsx", ".toml"), comment, "consumer_installment", [R3_NAME], "嘉兴南湖数科有限公司",
               "南湖 (row 5) proves every gate (备案证明编号33040243009-25006, SM4 on 身份证号/手机号/银行卡号, HTTPS, RBAC, 12-month logs, 百行), names every consumer-instalment must-have, and gives 12 months from 终验 with minor upgrades, 10% (23,600) a year after, policy adaptation free without a limit, 7×24 with every fault level answered within 2 hours, lifetime consulting, the SLA as a contract attachment, full source — at 236,000 含税. 钱工's pick 吴兴 (208,000, best SLA, 24 months) names no module at all ('详见附件1《功能清单》'): its must-haves are unconfirmed, the gate unverified. 越城 passes at 13.8万 (caution zone) with 5×8, slow responses, paid upgrades and an encrypted engine; 婺城 is 238,430 with the order tracking option and its 等保 still 测评中; 柯城 fails (9.8万, 等保二级).",
               vendors)


if __name__ == "__main__":
    build_zzr01()
    build_zzr02()
    build_zzr03()
