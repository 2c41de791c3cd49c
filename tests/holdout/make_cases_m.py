"""Build the "m" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, office tools (a Feishu Bitable export with multi-select and
person fields, a tidy long table kept for a BI tool with the unit in its own column, the minutes of a vendors'
presentation day, an SAP Ariba sourcing event's response report, the buyer's bilingual response form filled in by each
vendor with rows of its own added, a Jira issue export) and buyers' staff would write; the expected reading of every file
is in the matching m_0N_*.toml beside it, written from the file's content and the domain notes (shared/domain.md,
docs/analyst-reading.md) before any product code read these files. The author of this script neither ran the product on
them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_m.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure m_
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
sys.path.insert(0, str(CASES))
sys.path.insert(0, str(HERE))
from case_sheet import BOLD, BOX, CENTER, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402
from make_cases_e import merged  # noqa: E402  (a merged, bordered cell)
from make_cases_f import write_csv  # noqa: E402  (a CSV in a given encoding)

PLAIN = PatternFill()  # no fill
FEISHU_HEAD = PatternFill("solid", fgColor="F5F6F7")


# ---------------------------------------------------------------------------------------------
# m_01  个人信用贷 — the 数字化转型项目组 of 四川蜀信小额贷款 (成都; personal credit) tracks the vendors in a 飞书多维表格
#       (Feishu Bitable) "信贷系统源码选型" and exports the table with 「导出为 Excel」 for the 总经理办公会. Voice: a Bitable —
#       field types, not prose: 单选 options the team typed once ("已取得（附备案证明）", "供应商称满足（未提供证明）",
#       "测评中（预计7月出证）"), 多选 cells joined with commas ("人行征信中心,百行征信"), 人员 fields ("王思远,李可"), 附件
#       fields exported as file names, a 货币 field, a 公式 field the team built ("含税价（自动计算）"), 创建人 / 创建时间 /
#       最后更新时间, the team's 评估备注.
#       Layout: what Feishu writes — one sheet named after the table, the field names on row 1, one record a row, no title;
#       the last record is an empty one somebody added (only 评估状态 / 负责人 / 创建人 / 创建时间 filled).
# Traps: the team's formula column "含税价（自动计算）" grosses up 重庆渝信's 198,000 不含税 to 223,740 but forgets its 选配
#       风控模型 (a personal-credit must-have) "+2.6万（不含税）": (198,000 + 26,000) × 1.13 = 253,120, above 18–25万; 九洲's
#       等保 option "供应商称满足（未提供证明）", 国密算法（未注明）, 征信 "支持对接主流征信机构（未列明）", 终身免费维护 are claims,
#       its risk engine is encrypted and it carries 智能客服机器人 (bloat) — the cheapest compliant-looking quote, unverified;
#       乐山嘉州 is 测评中 (unverified, not fail), has no 反欺诈 in its module list, and its 营销插件 option (deferrable) is not
#       bought; 宜宾三江's record is 已淘汰 by the team — still a quote the analyst reads (8.8万: fail), the team's status is no
#       reason; the empty record is no vendor; 负责人 / 创建人 are the buyer's people; attachment names are no values except as
#       the team's evidence ("等保三级备案证明_…pdf" beside 已取得).
# Analyst's reading: 成都天府信贷科技有限公司 — 238,000 含税 inside 18–25万, 等保三级 已取得 with the filing certificate
#       attached, SM4, HTTPS, RBAC, 12-month logs, PBoC + Baihang, credit report / risk model / anti-fraud / repayment, 12
#       months with upgrades, free policy adaptation, 7×24, 1 h, lifetime consulting, in the contract, 26,000 a year, full
#       source.
# ---------------------------------------------------------------------------------------------
M01_HEAD = ["供应商名称", "评估状态", "负责人", "报价金额（元）", "计税方式", "含税价（自动计算）", "选配及加价", "等保三级",
            "等保证明附件", "数据加密", "传输加密", "权限管理", "日志保存（月）", "对接征信机构", "报价内功能模块", "免费维护期",
            "维护范围", "政策适配", "支持时段", "响应时效（小时）", "终身技术咨询", "承诺写入合同", "维保期满年费", "源码交付",
            "报价单附件", "评估备注", "创建人", "创建时间", "最后更新时间"]
M01_ROWS = [
    ["成都天府信贷科技有限公司", "商务谈判", "王思远", 238000, "含税", 238000, "无", "已取得（附备案证明）",
     "等保三级备案证明_51010043162-24009.pdf", "SM4（身份证号/手机号/银行卡号）", "全站HTTPS", "RBAC角色权限", 12,
     "人行征信中心,百行征信", "个人征信查询,风控模型,反欺诈,还款管理,审批流,用户管理", "12个月", "bug修复+小版本升级",
     "监管政策调整免费适配", "7×24小时", 1, "提供", "是", "2.6万元/年", "完整源码（无加密，可二次开发）",
     "天府信贷_报价单_20250506.pdf", "演示效果最好；比九洲贵4万多，看能否再谈", "王思远",
     datetime(2025, 4, 21, 10, 12), datetime(2025, 5, 9, 17, 40)],
    ["绵阳九洲数科有限公司", "技术评审", "李可", 196000, "含税", 196000, "无", "供应商称满足（未提供证明）", None,
     "国密算法（未注明）", "全站HTTPS", "RBAC角色权限", 12, "支持对接主流征信机构（未列明）",
     "个人征信查询,智能风控,反欺诈,还款管理,审批流,用户管理,智能客服机器人", "终身免费维护", "全包", "免费", "7×24小时", 0.5,
     "提供", "口头承诺，未写入合同", "无（终身免费）", "提供源码（核心风控引擎加密）", "九洲数科_报价方案.pdf",
     "价格最低的一家；等保证明催了两次还没给", "李可", datetime(2025, 4, 21, 10, 20), datetime(2025, 5, 8, 9, 3)],
    ["重庆渝信软件有限公司", "商务谈判", "王思远,李可", 198000, "不含税（13%）", 223740, "风控模型：+2.6万（不含税）",
     "已取得（附备案证明）", "等保三级备案证明_50010043071-23006.jpg", "SM4", "全站HTTPS", "角色权限", 6, "百行征信",
     "个人征信查询,反欺诈,还款管理,审批流,用户管理", "12个月", "仅bug修复", "小调整免费，重大调整另行报价", "5×8小时", 4,
     "提供", "是", "按合同额15%/年", "完整源码", "渝信软件_报价单.xlsx", "含税价已按13%自动换算", "李可",
     datetime(2025, 4, 22, 14, 5), datetime(2025, 5, 7, 16, 28)],
    ["乐山嘉州科技有限公司", "待补材料", "李可", 215000, "含税", 215000, "营销插件：+1.5万（含税）", "测评中（预计7月出证）",
     None, "SM4", "全站HTTPS", "RBAC角色权限", 12, "百行征信,朴道征信", "个人征信查询,风控模型,还款管理,审批流,用户管理",
     "12个月", "bug修复+小版本升级", "监管政策调整免费适配", "7×24小时", 2, "提供", "是", "2.2万元/年", "完整源码",
     "嘉州科技_报价.pdf", "等证书；没有反欺诈", "李可", datetime(2025, 4, 23, 9, 48), datetime(2025, 5, 6, 11, 15)],
    ["宜宾三江网络工作室", "已淘汰", "王思远", 88000, "含税", 88000, "无", "无", None, "AES", "无（HTTP）", "无", 1, "未对接",
     "进件管理,审批流,还款管理,用户管理", "3个月", "仅bug修复", "收费", "工作日", 24, "不提供", "否", "按次收费",
     "仅授权使用（绑定域名）", None, "太便宜，不考虑", "王思远", datetime(2025, 4, 24, 15, 30), datetime(2025, 4, 25, 8, 55)],
    [None, "待评估", "李可", None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
     None, None, None, None, None, None, None, "李可", datetime(2025, 5, 9, 18, 2), datetime(2025, 5, 9, 18, 2)],
]


def case_m01():
    wb = Workbook()
    ws = wb.active
    ws.title = "供应商评估"
    for c, name in enumerate(M01_HEAD, start=1):
        cell = ws.cell(row=1, column=c, value=name)
        cell.font, cell.fill = BOLD, FEISHU_HEAD
    for r, row in enumerate(M01_ROWS, start=2):
        assert len(row) == len(M01_HEAD), row[0]
        for c, v in enumerate(row, start=1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            head = M01_HEAD[c - 1]
            if head in ("报价金额（元）", "含税价（自动计算）"):
                cell.number_format = "¥#,##0.00"
            elif isinstance(v, datetime):
                cell.number_format = "yyyy/mm/dd hh:mm"
    ws.freeze_panes = "B2"
    widths(ws, [26, 10, 12, 14, 14, 16, 24, 24, 34, 28, 12, 12, 12, 28, 44, 14, 18, 26, 10, 12, 12, 18, 16, 28, 26, 30,
                10, 17, 17])
    wb.save(CASES / "m_01_pc_feishu_bitable_export.xlsx")


# ---------------------------------------------------------------------------------------------
# m_02  商户经营贷 — 风险管理部 数据岗 林晓 at 台州路桥小额贷款 (loans to 路桥 small manufacturers and traders) keeps the quotes
#       as a LONG table for FineBI: one fact a line, the figure in 数值 and its unit in 单位 (万元 / 千元 / 元 / 月 / 天 / 小时 /
#       分钟 / 万元/年 / %/年), the vendor's words in 原文, where it came from in 来源. Saved from Excel as CSV on Chinese
#       Windows: GBK. Voice: a data person's — record ids, 维度 / 指标 codes, 录入人 / 录入日期, two comment lines opening
#       with "#" above the header, and statistics lines of his own at the foot (供应商 "全部供应商").
#       Layout: 记录ID | 供应商 | 维度 | 指标 | 数值 | 单位 | 原文 | 来源 | 录入人 | 录入日期; each vendor a run of lines in the
#       same order (报价 / 资质 / 功能 / 售后 / 源码), money lines for its items and its 合计.
# Traps: units live in their own column — 甬江's 实施部署费 "48 | 千元" is 48,000 and its 合计 28 万元 the price (22万 + 4.8万
#       + 12,000元 = 280,000); 甬江's response "30 | 分钟" is 0.5 h; 椒江's 日志 "180 | 天" is 6 months; 椒江's 23万 is 不含税
#       and its 电子合同 (a merchant must-have) is 选配 28,000 元（未税）: (230,000 + 28,000) × 1.13 = 291,540 — its 数据大屏
#       option (deferrable) is not bought; 婺江's 合计 32.6万 holds 5.6万 of server hardware: the software is 23 + 4 = 270,000;
#       鹿城's price is 面议 (null, unverified), never free; 括苍 claims 等保 (按等保三级标准设计), 国密算法, 各大征信, 终身维护,
#       encrypts its core modules, carries 区块链存证, and states 银行流水分析 "暂不支持" (a must-have stated absent: fail) at
#       13.5万 (caution zone); the "全部供应商" statistics lines (平均报价, 最低报价) and the "#" lines are no vendors.
# Analyst's reading: 宁波甬江金融科技有限公司 — 280,000 含税 inside 25–35万, filing number, SM4, HTTPS, RBAC, 12-month logs,
#       PBoC + Baihang, enterprise credit / cash-flow analysis / e-contract, 12 months with upgrades, free policy adaptation,
#       7×24, 0.5 h, lifetime consulting, in the contract, 30,000 a year, full source. 婺江 (270,000 software, 6 months) and
#       椒江 (291,540, bug fixes only, 5×8) pass behind it.
# ---------------------------------------------------------------------------------------------
M02_HEAD = ["记录ID", "供应商", "维度", "指标", "数值", "单位", "原文", "来源", "录入人", "录入日期"]
_YJ, _JJ, _LC, _KC, _WJ = ("宁波甬江金融科技有限公司", "台州椒江软件有限公司", "温州鹿城数据有限公司", "丽水括苍网络科技有限公司",
                           "金华婺江信息技术有限公司")
M02_FACTS = [
    (_YJ, "报价单（2025-05-06）", [
        ("报价", "源码授权费", "22", "万元", "源码授权费：22万元"),
        ("报价", "实施部署费", "48", "千元", "实施部署费：4.8万元"),
        ("报价", "培训费", "12000", "元", "培训费：12,000元"),
        ("报价", "合计", "28", "万元", "合计：贰拾捌万元整（￥280,000.00）"),
        ("报价", "计税", "", "", "以上报价均含13%增值税"),
        ("资质", "等保三级", "", "", "已取得等保三级备案证明，编号33100043152-24012"),
        ("资质", "数据加密", "", "", "身份证号、手机号、银行卡号采用SM4加密存储"),
        ("资质", "传输加密", "", "", "全站HTTPS"),
        ("资质", "权限管理", "", "", "RBAC角色权限＋数据权限"),
        ("资质", "日志保存", "12", "月", "操作日志保存12个月，支持异常操作追溯"),
        ("资质", "征信接口", "", "", "已对接人行征信中心（企业征信）、百行征信"),
        ("功能", "报价内模块", "", "", "企业征信、银行流水分析、电子合同、用户管理、审批流、还款管理、数据大屏"),
        ("售后", "免费维护期", "12", "月", "免费维护12个月"),
        ("售后", "维护范围", "", "", "含bug修复及小版本升级"),
        ("售后", "政策适配", "", "", "监管政策调整免费适配"),
        ("售后", "技术支持", "", "", "7×24小时"),
        ("售后", "响应时间", "30", "分钟", "30分钟内响应，指定专属工程师"),
        ("售后", "终身技术咨询", "", "", "提供终身技术咨询"),
        ("售后", "写入合同", "", "", "以上承诺均写入合同"),
        ("售后", "维保期满年费", "3", "万元/年", "维保期满后3万元/年"),
        ("源码", "源码交付", "", "", "交付完整源码，无加密，可二次开发"),
    ]),
    (_JJ, "报价单（2025-05-07）", [
        ("报价", "源码授权费", "18", "万元", "源码授权费18万元"),
        ("报价", "实施部署费", "50", "千元", "实施部署费5万元"),
        ("报价", "合计", "23", "万元", "合计23万元（不含税）"),
        ("报价", "计税", "", "", "报价不含税，增值税按13%另计"),
        ("报价", "选配-电子合同", "28000", "元", "电子合同模块为选配，28,000元（未税）"),
        ("报价", "选配-数据大屏", "15000", "元", "数据分析大屏选配，15,000元（未税）"),
        ("资质", "等保三级", "", "", "已取得，备案证明编号33100043077-23016"),
        ("资质", "数据加密", "", "", "SM4"),
        ("资质", "传输加密", "", "", "HTTPS"),
        ("资质", "权限管理", "", "", "角色权限"),
        ("资质", "日志保存", "180", "天", "日志保存180天"),
        ("资质", "征信接口", "", "", "百行征信"),
        ("功能", "报价内模块", "", "", "企业征信、银行流水分析、用户管理、审批流、还款管理"),
        ("售后", "免费维护期", "12", "月", "免费维护一年"),
        ("售后", "维护范围", "", "", "仅bug修复，不含升级"),
        ("售后", "政策适配", "", "", "小调整免费，重大政策调整另行报价"),
        ("售后", "技术支持", "", "", "5×8小时（工作日9:00-17:00）"),
        ("售后", "响应时间", "4", "小时", "4小时内响应"),
        ("售后", "终身技术咨询", "", "", "提供"),
        ("售后", "写入合同", "", "", "是"),
        ("售后", "维保期满年费", "15", "%/年", "按合同额15%/年"),
        ("源码", "源码交付", "", "", "完整源码"),
    ]),
    (_LC, "技术应答书＋电话确认（5/9）", [
        ("报价", "合计", "", "", "价格面议，需根据贵司业务量定制"),
        ("资质", "等保三级", "", "", "已取得，备案证明编号33030043201-24004"),
        ("资质", "数据加密", "", "", "SM4（身份证号、手机号）"),
        ("资质", "传输加密", "", "", "全站HTTPS"),
        ("资质", "权限管理", "", "", "RBAC"),
        ("资质", "日志保存", "12", "月", "12个月"),
        ("资质", "征信接口", "", "", "百行征信、朴道征信"),
        ("功能", "报价内模块", "", "", "企业征信、银行流水分析、电子合同、用户管理、审批流、还款管理、API开放平台"),
        ("售后", "免费维护期", "12", "月", "12个月"),
        ("售后", "维护范围", "", "", "bug修复及小版本升级"),
        ("售后", "政策适配", "", "", "免费"),
        ("售后", "技术支持", "", "", "7×24小时"),
        ("售后", "响应时间", "2", "小时", "2小时内"),
        ("售后", "终身技术咨询", "", "", "提供"),
        ("售后", "写入合同", "", "", "是"),
        ("售后", "维保期满年费", "2.5", "万元/年", "2.5万元/年"),
        ("源码", "源码交付", "", "", "完整源码"),
    ]),
    (_KC, "宣传册＋微信沟通", [
        ("报价", "合计", "13.5", "万元", "全包价13.5万元（含税）"),
        ("报价", "计税", "", "", "含税"),
        ("资质", "等保三级", "", "", "系统按等保三级标准设计开发"),
        ("资质", "数据加密", "", "", "国密算法加密"),
        ("资质", "传输加密", "", "", "HTTPS"),
        ("资质", "权限管理", "", "", "有"),
        ("资质", "日志保存", "", "", "完整日志记录"),
        ("资质", "征信接口", "", "", "支持对接各大征信"),
        ("功能", "报价内模块", "", "", "企业征信、电子合同、用户管理、审批流、还款管理、区块链存证"),
        ("功能", "银行流水分析", "", "", "暂不支持，后续可二次开发"),
        ("售后", "免费维护期", "", "", "终身免费维护"),
        ("售后", "技术支持", "", "", "7×24小时"),
        ("售后", "响应时间", "", "", "尽快响应"),
        ("源码", "源码交付", "", "", "提供源码（核心模块加密）"),
    ]),
    (_WJ, "报价单（2025-05-08）", [
        ("报价", "源码授权费", "23", "万元", "软件源码授权费23万元"),
        ("报价", "实施部署费", "4", "万元", "实施部署费4万元"),
        ("硬件", "服务器（2台，含三年质保）", "5.6", "万元", "应用及数据库服务器2台，5.6万元"),
        ("报价", "合计", "32.6", "万元", "合计32.6万元（含税，含服务器硬件）"),
        ("报价", "计税", "", "", "含税"),
        ("资质", "等保三级", "", "", "已取得，备案证明编号33070043119-24008"),
        ("资质", "数据加密", "", "", "SM4"),
        ("资质", "传输加密", "", "", "HTTPS"),
        ("资质", "权限管理", "", "", "RBAC"),
        ("资质", "日志保存", "12", "月", "12个月"),
        ("资质", "征信接口", "", "", "人行征信中心、百行征信"),
        ("功能", "报价内模块", "", "", "企业征信、银行流水分析、电子合同、用户管理、审批流、还款管理"),
        ("售后", "免费维护期", "6", "月", "免费维护6个月"),
        ("售后", "维护范围", "", "", "含bug修复及小版本升级"),
        ("售后", "政策适配", "", "", "免费"),
        ("售后", "技术支持", "", "", "7×24小时"),
        ("售后", "响应时间", "2", "小时", "2小时内响应"),
        ("售后", "终身技术咨询", "", "", "提供"),
        ("售后", "写入合同", "", "", "是"),
        ("售后", "维保期满年费", "2.4", "万元/年", "期满后2.4万元/年"),
        ("源码", "源码交付", "", "", "完整源码，可二次开发"),
    ]),
]
M02_STATS = [("统计", "平均报价（已报价4家）", "24.28", "万元", "按合计列平均，未做含税换算", "林晓计算"),
             ("统计", "最低报价", "13.5", "万元", "括苍", "林晓计算")]


def case_m02():
    rows = [["# 路桥小贷 经营贷系统源码询价 供应商报价长表（FineBI数据源，每行一个指标，数值与单位分列，原文照录）",
             *[""] * 9],
            ["# 维护：风险管理部 林晓　更新：2025-05-12　口径：数值为录入人按原文换算，以原文为准", *[""] * 9],
            M02_HEAD]
    n = 0
    day = {_YJ: "2025-05-07", _JJ: "2025-05-08", _LC: "2025-05-09", _KC: "2025-05-09", _WJ: "2025-05-10"}
    for vendor, source, facts in M02_FACTS:
        for dim, metric, value, unit, text in facts:
            n += 1
            rows.append([f"R{n:04d}", vendor, dim, metric, value, unit, text, source, "林晓", day[vendor]])
    for dim, metric, value, unit, text, source in M02_STATS:
        n += 1
        rows.append([f"R{n:04d}", "全部供应商", dim, metric, value, unit, text, source, "林晓", "2025-05-12"])
    assert all(len(r) == len(M02_HEAD) for r in rows)
    write_csv("m_02_ml_long_units_gbk.csv", rows, "gbk", CASES)


# ---------------------------------------------------------------------------------------------
# m_03  消费分期 — 信息科技部 涂敏 at 南昌洪都小额贷款 (家电, 手机 and 电动车 installments through partner stores) keeps the
#       会议纪要 of the 供应商述标及答疑会 (13 May 2025) as a table, and adds each vendor's written follow-up (会后补充) under
#       its rows. Voice: minutes — 会议时间 / 地点 / 主持人 / 记录人 / 参会人员 lines (the vendors there by short names and
#       their people), "供应商陈述及答复要点" in the recorder's condensed sentences, the buyer's 提问/意见, 待办事项 with 责任方
#       and 完成时限, a 会议结论 paragraph, 抄送 and 审核 lines.
#       Layout: title merged across; key–value lines; header 序号 | 供应商 | 议题 | 供应商陈述及答复要点 | 我方提问/意见 |
#       待办事项 | 责任方 | 完成时限; each vendor's full name MERGED down its 5–6 rows (报价, 资质与安全, 功能演示, 售后服务,
#       源码交付, 会后补充).
# Traps: 我方提问/意见 and 待办事项 are the buyer's ("我方要求免费维护不少于12个月、7×24小时支持" is nobody's commitment);
#       章贡's 会后补充 adds the missing 订单跟踪 (a must-have) as a module at 2.2万元（含税）: 21.8 + 2.2 = 240,000, present as
#       conditional — its weak after-sales stay (6 months bug fixes, 政策适配按工作量收费, 工作日, 4 h, no consulting); 浔阳's
#       19.9万 is the 限时优惠价 (原价26万 is not the price); it only claims (按照等保三级要求开发, 国密, 所有征信, 终身免费维护)
#       and its 会后补充 says the filing is 正在办理中 — unverified, with 智能客服机器人 / 区块链存证 (bloat) and an encrypted
#       risk engine; 信州's price is 面议 and still not given after the meeting (null, unverified); 瓷都 is 9.8万 with 等保二级
#       and 订单跟踪 暂不提供 (fail); the 参会人员 line's short names (豫章分期, 章贡软件 …) are no extra vendors; the 会议结论
#       is the buyer's; 积分商城 (deferrable) "可后期加购" is not in 豫章's price.
# Analyst's reading: 南昌豫章分期科技有限公司 — 245,000 含税 (19 + 4 + 1.5万) inside 20–30万, filing certificate sighted,
#       SM4, HTTPS, RBAC, 12-month logs, Baihang + Pudao, all three installment must-haves, 12 months with upgrades, free
#       policy adaptation, 7×24, 1 h, lifetime consulting, in the contract, 28,000 a year, full source.
# ---------------------------------------------------------------------------------------------
M03_VENDORS = [
    ("南昌豫章分期科技有限公司", [
        ("报价", "总价24.5万元（含税），其中源码授权19万元、实施部署4万元、培训1.5万元；无选配项。",
         "询问能否再优惠，供应商表示需回公司申请。", "—", "", ""),
        ("资质与安全", "现场出示等保三级备案证明原件（编号36010043125-24007）；身份证号、手机号、银行卡号SM4加密存储；全站HTTPS；"
                  "RBAC角色权限；操作日志保存12个月，可追溯异常操作；已对接百行征信、朴道征信。",
         "备案证明复印件已留存。", "—", "", ""),
        ("功能演示", "演示商品管理、分期计算器、订单跟踪、还款管理、用户管理、审批流，均含在报价内；积分商城不在本次报价内，可后期加购。",
         "演示流畅，分期试算结果与我方测算一致。", "—", "", ""),
        ("售后服务", "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；"
                 "提供终身技术咨询；以上承诺写入合同；维保期满后年费2.8万元。", "无异议。", "—", "", ""),
        ("源码交付", "交付完整源码，无加密，可二次开发。", "—", "—", "", ""),
    ]),
    ("赣州章贡软件有限公司", [
        ("报价", "报价21.8万元（含税），全包。", "—", "—", "", ""),
        ("资质与安全", "等保三级已取得（备案证明编号36070043088-23015）；数据SM4加密；HTTPS；角色权限；日志保存6个月；已对接百行征信。",
         "—", "—", "", ""),
        ("功能演示", "演示商品管理、分期计算器、还款管理、用户管理、审批流；目前没有独立的订单跟踪模块，用报表查询代替。",
         "订单跟踪是我方必备功能，报表查询不能替代。", "书面答复能否提供订单跟踪模块及价格", "章贡软件", "5月16日"),
        ("售后服务", "免费维护6个月，仅修复bug；政策适配按工作量另行收费；工作日9:00-18:00支持，4小时内响应；不提供终身技术咨询；"
                 "售后条款可写入合同；期满年费按合同额12%/年。",
         "我方要求免费维护不少于12个月、7×24小时支持，并写入合同。", "考虑延长维护期", "章贡软件", "5月16日"),
        ("源码交付", "交付完整源码。", "—", "—", "", ""),
        ("会后补充", "5月15日书面回复：订单跟踪模块可单独加购，价格2.2万元（含税）；维护期及支持时段维持原方案，其余内容不变。",
         "收到。", "—", "", ""),
    ]),
    ("九江浔阳网络科技有限公司", [
        ("报价", "限时优惠价19.9万元（含税），原价26万元，5月底前签约有效。", "—", "—", "", ""),
        ("资质与安全", "系统完全按照等保三级要求开发，已帮多家客户通过测评；数据全部采用国密加密；支持HTTPS；权限可按角色配置；"
                  "日志长期保存；能对接市面上所有征信。",
         "请提供贵司系统的等保三级备案证明。", "提供等保三级备案证明", "浔阳网络", "5月16日"),
        ("功能演示", "演示商品管理、分期计算器、订单跟踪、还款管理、用户管理、审批流；另赠送智能客服机器人和区块链存证。",
         "赠送模块我方暂不需要。", "—", "", ""),
        ("售后服务", "终身免费维护，7×24小时随时响应。", "请明确维护范围和响应时限。", "—", "", ""),
        ("源码交付", "提供源码，风控引擎部分加密（防止核心算法外泄）。", "—", "—", "", ""),
        ("会后补充", "5月16日回复：等保备案证明正在办理中，办好后第一时间提供。", "—", "—", "", ""),
    ]),
    ("上饶信州科技有限公司", [
        ("报价", "报价需根据合作门店数量和定制内容面议，述标时未给出金额。", "请会后提交书面报价。", "提交书面报价", "信州科技",
         "5月16日"),
        ("资质与安全", "等保三级（备案证明编号36110043210-24002，复印件已提交）；SM4加密；HTTPS；RBAC；日志保存12个月；已对接百行征信。",
         "—", "—", "", ""),
        ("功能演示", "演示商品管理、分期计算器、订单跟踪、还款管理、用户管理、审批流。", "—", "—", "", ""),
        ("售后服务", "免费维护12个月，含小版本升级；政策适配免费；7×24小时，2小时内响应；提供终身技术咨询；写入合同；期满年费3万元/年。",
         "—", "—", "", ""),
        ("源码交付", "完整源码。", "—", "—", "", ""),
        ("会后补充", "5月16日回复：报价仍在公司内部审批，暂无法提供书面报价。", "—", "—", "", ""),
    ]),
    ("景德镇瓷都信息技术有限公司", [
        ("报价", "9.8万元全包（含税）。", "—", "—", "", ""),
        ("资质与安全", "等保二级；数据AES加密；HTTPS；暂无权限分级（管理员统一账号）；日志保存3个月；暂未对接征信机构。", "—", "—", "",
         ""),
        ("功能演示", "演示商品管理、分期计算器、还款管理、用户管理；订单跟踪暂不提供。", "—", "—", "", ""),
        ("售后服务", "免费维护3个月，仅修复bug；政策适配另行收费；工作日QQ群支持，次日响应；不提供终身技术咨询；售后不写入合同。",
         "—", "—", "", ""),
        ("源码交付", "仅提供授权使用，绑定域名。", "—", "—", "", ""),
    ]),
]
M03_CONCLUSION = ("会议结论：1. 豫章分期、章贡软件进入商务谈判；2. 浔阳网络须提供等保三级备案证明后再议；3. 信州科技须于5月20日前提交"
                  "书面报价；4. 瓷都信息报价过低且为等保二级，不再考虑。")


def case_m03():
    wb = Workbook()
    ws = wb.active
    ws.title = "会议纪要"
    ncol = 8
    merged(ws, 1, 1, 1, ncol, "南昌洪都小额贷款有限公司　消费分期系统供应商述标及答疑会　会议纪要", fill=PLAIN)
    ws.cell(row=1, column=1).font = TITLE
    head = [("会议时间", "2025年5月13日 9:00–17:30", "会议地点", "公司三楼大会议室"),
            ("主持人", "副总经理 熊伟", "记录人", "信息科技部 涂敏")]
    for r, (k1, v1, k2, v2) in enumerate(head, start=2):
        put_row(ws, r, [k1], font=BOLD, fill=GREY)
        merged(ws, r, 2, r, 4, v1, fill=PLAIN)
        put_row(ws, r, [k2], font=BOLD, fill=GREY, start=5)
        merged(ws, r, 6, r, 8, v2, fill=PLAIN)
    for r, (k, v) in enumerate([("参会人员", "我司：熊伟、涂敏、风险管理部 万琳、财务部 邓晨；供应商：豫章分期（刘洋、周斌）、"
                                            "章贡软件（钟磊）、浔阳网络（曹杰）、信州科技（吴昊）、瓷都信息（余波）"),
                                ("会议议程", "各供应商依次述标（每家40分钟）并答疑；会后书面补充截止5月16日，补充内容记入本纪要")],
                               start=4):
        put_row(ws, r, [k], font=BOLD, fill=GREY)
        merged(ws, r, 2, r, ncol, v, fill=PLAIN)
    for r in range(2, 6):
        for c in range(2, ncol + 1):
            ws.cell(row=r, column=c).font = Font(bold=False)
            ws.cell(row=r, column=c).alignment = WRAP
    put_row(ws, 7, ["序号", "供应商", "议题", "供应商陈述及答复要点", "我方提问/意见", "待办事项", "责任方", "完成时限"],
            font=BOLD, fill=GREY, align=CENTER)
    r = 8
    for i, (vendor, items) in enumerate(M03_VENDORS, start=1):
        first = r
        for topic, said, ours, todo, who, when in items:
            put_row(ws, r, [None, None, topic, said, ours, todo, who or None, when or None])
            for c in (7, 8):
                ws.cell(row=r, column=c).border = BOX
            if topic == "会后补充":
                for c in range(3, ncol + 1):
                    ws.cell(row=r, column=c).fill = YELLOW
            r += 1
        merged(ws, first, 1, r - 1, 1, str(i), fill=PLAIN)
        merged(ws, first, 2, r - 1, 2, vendor, fill=PLAIN)
    r += 1
    merged(ws, r, 1, r, ncol, M03_CONCLUSION, fill=PLAIN)
    ws.cell(row=r, column=1).alignment = WRAP
    ws.row_dimensions[r].height = 48
    ws.cell(row=r + 2, column=1, value="抄送：总经理室、风险管理部、财务部")
    ws.cell(row=r + 3, column=1, value="记录：涂敏　　审核：熊伟　　2025年5月17日")
    widths(ws, [6, 22, 12, 60, 30, 26, 10, 10])
    wb.save(CASES / "m_03_ci_shubiao_huiyi_jiyao.xlsx")


# ---------------------------------------------------------------------------------------------
# m_04  商户经营贷 — Harmony SME Finance (Suzhou) Co., Ltd., a Sino-Singaporean microcredit company lending to Suzhou
#       Industrial Park suppliers, runs the purchase as an SAP Ariba sourcing event; the group buyer exports the event's
#       response report to CSV (UTF-8 with BOM) for the local credit committee. Voice: Ariba's — Event ID, Item ID ("1.1"),
#       Item Type (Section / Line Item / Question), Participant, Response, Currency, Price, Quantity, Extended Price, the
#       buyer's Reserve Price repeated on every line item, Response Status, Submitted Date ("14/05/2025 16:02 CST"); the
#       participants answer in vendors' English.
#       Layout: two report lines above the header; for each item a Section row (no participant) or one row per participant;
#       a participant that declined has a single row "Declined to Respond".
# Traps: prices are line items to be summed per participant — there is no total line; the Reserve Price column is the
#       buyer's target, never a bid; Gusu's item 1.4 "No – all prices exclusive of 13% VAT" makes its lines tax-exclusive
#       and its e-contract (a merchant must-have) is the optional line 1.5 at 25,000: (190,000 + 40,000 + 25,000) × 1.13 =
#       288,150; Silk Road's "Yes" to 2.1 is outweighed by its evidence ("designed to MLPS Level 3 requirements; we will
#       assist the client's assessment": a claim), with GM algorithms unnamed, "any credit bureau on request", "Lifetime"
#       maintenance, a compiled risk engine and blockchain / chatbot modules; Yushan answers 2.1 "No" with Level 2 filed
#       (fail), no cash-flow analysis and 118,000 (caution zone); Wuxi Taihu declined (no quote); quantities, item numbers,
#       filing numbers and dates are no amounts.
# Analyst's reading: Kunshan Lucheng Fintech Co., Ltd. — 270,000 incl. VAT (210,000 + 45,000 + 15,000) inside 25–35万,
#       filing certificate, SM4, HTTPS, RBAC, 12-month logs, PBoC + Baihang, enterprise credit / cash-flow / e-contract,
#       12 months with upgrades, free regulatory changes, 24/7, 1 h, lifetime consulting, in the contract, 30,000 a year,
#       full source.
# ---------------------------------------------------------------------------------------------
M04_EVENT = "Doc2281934507"
M04_NAME = "RFP - Loan Origination & Servicing System, Source Code Purchase (SME lending)"
M04_PARTS = ["Kunshan Lucheng Fintech Co., Ltd.", "Suzhou Gusu Data Systems Co., Ltd.", "Wujiang Silk Road Software Ltd.",
             "Changshu Yushan Tech Co., Ltd."]
M04_SUBMITTED = ["12/05/2025 17:41 CST", "13/05/2025 11:06 CST", "14/05/2025 09:58 CST", "14/05/2025 16:02 CST"]
# item id, name, type, reserve price, then per participant (response, price) — price "" when none
M04_ITEMS = [
    ("1", "Commercial", "Section", "", None),
    ("1.1", "Source code licence (perpetual, buyout)", "Line Item", "220000",
     [("", "210000"), ("", "190000"), ("", "168000"), ("", "98000")]),
    ("1.2", "Implementation & deployment", "Line Item", "50000",
     [("", "45000"), ("", "40000"), ("", "30000"), ("", "20000")]),
    ("1.3", "Training", "Line Item", "15000",
     [("", "15000"), ("Included in implementation", ""), ("Included", ""), ("Not offered", "")]),
    ("1.4", "Do the prices above include 13% VAT? (Yes/No)", "Question", "",
     [("Yes", ""), ("No - all prices exclusive of 13% VAT", ""), ("Yes", ""), ("Yes", "")]),
    ("1.5", "Optional: e-contract module, if not included in the base price", "Line Item", "",
     [("Included in base price", ""), ("E-contract module, not in base price (excl. VAT)", "25000"),
      ("Included in base price", ""), ("", "")]),
    ("1.6", "Annual maintenance fee after the free maintenance period", "Line Item", "",
     [("Per year after the 12-month warranty", "30000"), ("15% of contract value per year", ""),
      ("None - lifetime free maintenance", ""), ("Charged per incident (CNY 3,000 each)", "")]),
    ("2", "Security & Compliance", "Section", "", None),
    ("2.1", "MLPS Level 3 filing certificate held? (Yes/No)", "Question", "",
     [("Yes", ""), ("Yes", ""), ("Yes", ""), ("No", "")]),
    ("2.2", "MLPS filing certificate number / evidence", "Question", "",
     [("Filing cert no. 32050043166-24011 (copy uploaded)", ""), ("32050043091-23008", ""),
      ("System designed to MLPS Level 3 requirements; we will assist the client's assessment", ""),
      ("Level 2 filed (32058143020-22003); Level 3 not planned", "")]),
    ("2.3", "Field-level encryption of sensitive data (state the algorithm)", "Question", "",
     [("SM4 on ID number, mobile and bank account", ""), ("SM4", ""),
      ("National commercial cryptography (GM) algorithms", ""), ("AES-256", "")]),
    ("2.4", "HTTPS/TLS for all traffic (Yes/No)", "Question", "", [("Yes", ""), ("Yes", ""), ("Yes", ""), ("Yes", "")]),
    ("2.5", "Role-based access control (Yes/No)", "Question", "", [("Yes", ""), ("Yes", ""), ("Yes", ""), ("No", "")]),
    ("2.6", "Operation log retention (months)", "Question", "", [("12", ""), ("6", ""), ("", ""), ("3", "")]),
    ("2.7", "Licensed credit bureaus connected", "Question", "",
     [("PBoC Credit Reference Center (enterprise), Baihang Credit", ""), ("Baihang Credit", ""),
      ("Can integrate any credit bureau on request", ""), ("Not connected", "")]),
    ("3", "Functional scope (in base price)", "Section", "", None),
    ("3.1", "Enterprise credit report (Yes/No)", "Question", "", [("Yes", ""), ("Yes", ""), ("Yes", ""), ("Yes", "")]),
    ("3.2", "Bank statement / cash-flow analysis (Yes/No)", "Question", "",
     [("Yes", ""), ("Yes", ""), ("Yes", ""), ("No", "")]),
    ("3.3", "E-contract / contract management (Yes/No/Optional)", "Question", "",
     [("Yes", ""), ("Optional - see item 1.5", ""), ("Yes", ""), ("Yes", "")]),
    ("3.4", "Other modules included in the base price", "Question", "",
     [("User management, approval workflow, repayment management, BI dashboard", ""),
      ("User management, approval workflow, repayment management", ""),
      ("User management, approval workflow, repayment management, blockchain evidence, AI customer-service chatbot", ""),
      ("User management, repayment management", "")]),
    ("4", "Service & Delivery", "Section", "", None),
    ("4.1", "Free maintenance period (months)", "Question", "", [("12", ""), ("12", ""), ("Lifetime", ""), ("6", "")]),
    ("4.2", "Maintenance scope", "Question", "",
     [("Bug fixes and minor version upgrades", ""), ("Bug fixes only (no upgrades)", ""), ("All-inclusive", ""),
      ("Bug fixes only", "")]),
    ("4.3", "Adaptation to regulatory changes", "Question", "",
     [("Free of charge", ""), ("Minor changes free; major regulatory changes quoted separately", ""), ("Free", ""),
      ("Charged", "")]),
    ("4.4", "Support hours", "Question", "",
     [("24/7", ""), ("Mon-Fri 09:00-18:00", ""), ("24/7", ""), ("Business hours", "")]),
    ("4.5", "Response time (hours)", "Question", "", [("1", ""), ("4", ""), ("0.5", ""), ("24", "")]),
    ("4.6", "Lifetime technical consulting (Yes/No)", "Question", "", [("Yes", ""), ("Yes", ""), ("Yes", ""), ("No", "")]),
    ("4.7", "All commitments above written into the contract (Yes/No)", "Question", "",
     [("Yes", ""), ("Yes", ""), ("To be discussed", ""), ("No", "")]),
    ("4.8", "Source code delivery", "Question", "",
     [("Full source code, unencrypted, modifiable", ""), ("Full source code", ""),
      ("Source code delivered; risk engine as a compiled library", ""), ("Licence only, bound to the server", "")]),
]
M04_HEAD = ["Event ID", "Event Name", "Item ID", "Item Name", "Item Type", "Participant", "Response", "Currency", "Price",
            "Quantity", "Extended Price", "Reserve Price", "Response Status", "Submitted Date"]


def case_m04():
    width = len(M04_HEAD)
    pad = [""] * (width - 1)
    rows = [[f"Event Response Report - {M04_EVENT} - {M04_NAME}", *pad],
            ["Buyer: Harmony SME Finance (Suzhou) Co., Ltd. | Exported 15/05/2025 10:22 CST by Jessica Wu (Group "
             "Procurement) | Currency: CNY", *pad],
            M04_HEAD]
    for item, name, kind, reserve, answers in M04_ITEMS:
        if answers is None:
            rows.append([M04_EVENT, M04_NAME, item, name, kind, "", "", "", "", "", "", "", "", ""])
            continue
        for part, submitted, (response, price) in zip(M04_PARTS, M04_SUBMITTED, answers, strict=True):
            line = kind == "Line Item"
            qty = "1" if line else ""
            ext = price if line and price else ""
            rows.append([M04_EVENT, M04_NAME, item, name, kind, part, response, "CNY" if line else "", price, qty, ext,
                         reserve, "Submitted", submitted])
    rows.append([M04_EVENT, M04_NAME, "", "", "", "Wuxi Taihu Soft Co., Ltd.",
                 "Unable to meet the delivery timeline this quarter", "", "", "", "", "", "Declined to Respond",
                 "09/05/2025 14:37 CST"])
    assert all(len(r) == width for r in rows)
    write_csv("m_04_ml_en_ariba_event_report.csv", rows, "utf-8-sig", CASES)


# ---------------------------------------------------------------------------------------------
# m_05  消费分期 — 深圳前海湾区小额贷款 (phone and electronics installments through partner stores; a Hong Kong shareholder,
#       so every form is bilingual) sent each vendor its 供应商应答表 / Vendor Response Form, and each vendor returned its own
#       copy: four xlsx files. Voice: the buyer's bilingual template — every label "中文\nEnglish" in one cell, the 我司要求 /
#       Our requirement column with the buyer's thresholds — and each vendor's answers in its own style: 鹏城 in both
#       languages, 惠州西湖 in Chinese, Kowloon Bay in English only, 天河云贷 in Chinese; two vendors added rows of their own
#       (an inserted "10a", a "20 Value-added" row, a 报价有效期 row) with "供应商自行增加 / Added by vendor" in 备注.
#       Layout: per file, a title, an instruction line, 供应商名称 / 联系人 / 填报日期 lines, the table No. | Item | Our
#       requirement | Your response | Remarks (19 items), then 供应商盖章 / 授权代表签字 lines.
# Traps: the 我司要求 column states the buyer's thresholds (≥12个月, 7×24, ≤2小时, SM4, 全站HTTPS) — nobody's answer; the
#       vendor's name comes from its form (never the template's title, which names the buyer); 惠州西湖's 22.6万 is 不含税 and
#       订单跟踪 (a must-have, absent from its module list) is an option 1.8万（不含税） in item 3 and its inserted row 10a:
#       (22.6 + 1.8) × 1.13 = 275,720 — its 积分商城 option (deferrable) is not bought; Kowloon Bay holds ISO 27001 (no MLPS
#       proof) and its MLPS assessment is "in progress… filing expected Q3 2025" (not held: unverified, not fail), encrypts
#       with AES-256 (no SM4, stated), answers "Any bureau on request", "Lifetime free maintenance" (12 months claimed) and
#       adds a complimentary AI bot and a metaverse showroom (bloat); 天河云贷 is 13.8万 (caution zone) and 三级测评中;
#       报价有效期 (90天) and 填报日期 are no amounts.
# Analyst's reading: 深圳鹏城分期科技有限公司 — 268,000 incl. VAT (210,000 + 43,000 + 15,000) inside 20–30万, filing number,
#       SM4, HTTPS, RBAC, 12-month logs, Baihang + Pudao, all three installment must-haves, 12 months with upgrades, free
#       policy adaptation, 7×24, 1 h, lifetime consulting, in the contract, 28,000 a year, full source.
# ---------------------------------------------------------------------------------------------
M05_ITEMS = [
    ("报价（人民币）\nPrice (CNY)", "源码买断总价，注明是否含税\nTotal source-code buyout price; state whether VAT is included"),
    ("价格构成\nPrice breakdown", "授权、实施、培训等\nLicence, implementation, training, etc."),
    ("选配模块\nOptional modules", "未含在报价内的模块及价格\nModules not in the price, with their prices"),
    ("等保三级\nMLPS Level 3", "须已取得，提供备案证明编号\nMust be held; give the filing certificate no."),
    ("数据加密\nData encryption", "敏感字段国密SM4加密\nSM4 on sensitive fields"),
    ("传输加密\nTransport encryption", "全站HTTPS\nHTTPS everywhere"),
    ("权限管理\nAccess control", "基于角色的权限控制\nRole-based access control"),
    ("日志审计\nAudit log retention", "≥6个月\n≥ 6 months"),
    ("征信接口\nCredit bureau", "持牌征信机构\nLicensed credit bureaus"),
    ("报价内功能模块\nModules in the price", "商品管理、分期计算器、订单跟踪为必备\n"
                                     "Product catalogue, installment calculator, order tracking are required"),
    ("免费维护期\nFree maintenance", "≥12个月\n≥ 12 months"),
    ("维护范围\nMaintenance scope", "含bug修复及小版本升级\nBug fixes and minor version upgrades"),
    ("政策适配\nRegulatory changes", "监管政策调整免费适配\nFree of charge"),
    ("技术支持\nSupport hours", "7×24小时\n24×7"),
    ("响应时间\nResponse time", "≤2小时\n≤ 2 hours"),
    ("终身技术咨询\nLifetime technical consulting", "提供\nProvided"),
    ("写入合同\nIn the contract", "以上承诺写入合同\nAll of the above written into the contract"),
    ("维保期满年费\nFee after the free period", "事先明确\nState in advance"),
    ("源码交付\nSource code delivery", "完整源码，无加密\nFull source, unencrypted"),
]
M05_FORMS = [
    ("m_05_应答表_深圳鹏城分期科技有限公司.xlsx", "深圳鹏城分期科技有限公司", "黄志强 / Wong Chi Keung　138 2651 4470",
     "2025-05-08", [
         ("¥268,000（含税 / VAT incl.）", "含源码、部署、培训 / incl. source, deployment, training"),
         ("源码授权 Licence ¥210,000 + 实施 Implementation ¥43,000 + 培训 Training ¥15,000", ""),
         ("无 / None", ""),
         ("已取得 / Held — 备案证明编号 Filing no. 44030043287-24013", "证明复印件附后 / copy attached"),
         ("SM4（身份证号、手机号、银行卡号）/ SM4 on ID no., mobile, bank card", ""),
         ("全站HTTPS / HTTPS everywhere", ""),
         ("RBAC角色权限 / Role-based (RBAC)", ""),
         ("12个月 / 12 months", ""),
         ("百行征信、朴道征信 / Baihang Credit, Pudao Credit", ""),
         ("商品管理、分期计算器、订单跟踪、还款管理、用户管理、审批流 / Product catalogue, installment calculator, order "
          "tracking, repayment management, user management, approval workflow", ""),
         ("12个月 / 12 months", "自验收之日起 / from acceptance"),
         ("bug修复及小版本升级 / Bug fixes and minor version upgrades", ""),
         ("免费 / Free of charge", ""),
         ("7×24小时 / 24×7", ""),
         ("1小时 / 1 hour", "指定专属工程师 / named engineer"),
         ("提供 / Provided", ""),
         ("是，以上均写入合同 / Yes, all in the contract", ""),
         ("2.8万元/年 / CNY 28,000 per year", ""),
         ("完整源码，无加密，可二次开发 / Full source, unencrypted, modifiable", ""),
     ], {"end": [("20", "报价有效期\nQuote validity", "", "90天 / 90 days", "供应商自行增加 / Added by vendor")]}),
    ("m_05_应答表_惠州西湖信息技术有限公司.xlsx", "惠州西湖信息技术有限公司", "邱海 0752-2388061", "2025-05-09", [
        ("22.6万元（不含税，税率13%）", ""),
        ("源码授权18万元＋实施部署4.6万元", ""),
        ("订单跟踪模块1.8万元（不含税）；积分商城1.2万元（不含税）", "均未含在报价内"),
        ("已取得，备案证明编号44130043065-23019", ""),
        ("SM4", ""),
        ("HTTPS", ""),
        ("角色权限", ""),
        ("6个月", ""),
        ("百行征信", ""),
        ("商品管理、分期计算器、还款管理、用户管理、审批流", ""),
        ("12个月", ""),
        ("仅bug修复", ""),
        ("小调整免费，重大政策调整另行报价", ""),
        ("5×8小时（工作日）", ""),
        ("4小时", ""),
        ("提供", ""),
        ("是", ""),
        ("按合同额15%/年", ""),
        ("完整源码", ""),
    ], {10: [("10a", "订单跟踪\nOrder tracking", "", "选配，1.8万元（不含税），见第3项", "供应商自行增加")]}),
    ("m_05_Vendor_Response_Kowloon_Bay_FinSoft.xlsx", "Kowloon Bay FinSoft Limited", "Kelvin Lau +852 3188 2741",
     "2025-05-09", [
         ("RMB 215,000 (incl. VAT)", ""),
         ("Licence 170,000 + implementation 45,000", ""),
         ("Nil", ""),
         ("ISO 27001 certified. MLPS Level 3 assessment in progress with an accredited assessor; filing expected Q3 2025.", ""),
         ("AES-256 at rest", ""),
         ("TLS 1.2+", ""),
         ("Role-based", ""),
         ("12 months", ""),
         ("Any bureau on request", ""),
         ("Product catalogue, installment calculator, order tracking, repayment, user management, approval workflow", ""),
         ("Lifetime free maintenance", ""),
         ("All issues", ""),
         ("Free", ""),
         ("24×7", ""),
         ("2 hours", ""),
         ("Yes", ""),
         ("Yes", ""),
         ("Nil", ""),
         ("Full source code", ""),
     ], {"end": [("20", "Value-added (complimentary)", "", "AI customer-service bot; metaverse marketing showroom",
                  "Added by vendor")]}),
    ("m_05_应答表_广州天河云贷软件有限公司.xlsx", "广州天河云贷软件有限公司", "梁斌 020-8523 6610", "2025-05-10", [
        ("13.8万元（含税）", ""),
        ("全包", ""),
        ("无", ""),
        ("三级测评中，预计2025年8月取得备案证明", ""),
        ("SM4", ""),
        ("HTTPS", ""),
        ("RBAC", ""),
        ("6个月", ""),
        ("百行征信", ""),
        ("商品管理、分期计算器、订单跟踪、还款管理、用户管理、审批流", ""),
        ("6个月", ""),
        ("仅bug修复", ""),
        ("免费", ""),
        ("7×24小时", ""),
        ("2小时", ""),
        ("不提供", ""),
        ("是", ""),
        ("2万元/年", ""),
        ("完整源码", ""),
    ], {}),
]


def case_m05():
    for fname, vendor, contact, date, answers, extra in M05_FORMS:
        assert len(answers) == len(M05_ITEMS), vendor
        wb = Workbook()
        ws = wb.active
        ws.title = "应答表 Response"
        merged(ws, 1, 1, 1, 5, "深圳前海湾区小额贷款有限公司　消费分期系统源码采购　供应商应答表\n"
                               "Shenzhen Qianhai Bay Area Microcredit Co., Ltd. — Consumer Installment System, Source Code "
                               "Purchase — Vendor Response Form", fill=PLAIN)
        ws.row_dimensions[1].height = 36
        merged(ws, 2, 1, 2, 5, "请仅在“贵司应答”栏填写，勿修改其他栏目。Please answer in the “Your response” column only; "
                               "do not change the other columns.", fill=PLAIN)
        ws.cell(row=2, column=1).font = Font(italic=True)
        for r, (label, value) in enumerate([("供应商名称\nVendor name", vendor), ("联系人\nContact", contact),
                                            ("填报日期\nDate", date)], start=3):
            merged(ws, r, 1, r, 2, label, fill=GREY)
            merged(ws, r, 3, r, 5, value, fill=PLAIN)
            ws.cell(row=r, column=3).font = Font(bold=False)
            ws.cell(row=r, column=3).alignment = Alignment(horizontal="left", vertical="center")
        put_row(ws, 7, ["序号\nNo.", "项目\nItem", "我司要求\nOur requirement", "贵司应答\nYour response", "备注\nRemarks"],
                font=BOLD, fill=GREY, align=CENTER)
        r = 8
        for n, ((item, req), (resp, note)) in enumerate(zip(M05_ITEMS, answers, strict=True), start=1):
            put_row(ws, r, [str(n), item, req, resp, note or None])
            ws.cell(row=r, column=5).border = BOX
            r += 1
            for no, label, req2, resp2, note2 in extra.get(n, []):
                put_row(ws, r, [no, label, req2 or None, resp2, note2], fill=YELLOW)
                r += 1
        for no, label, req2, resp2, note2 in extra.get("end", []):
            put_row(ws, r, [no, label, req2 or None, resp2, note2], fill=YELLOW)
            r += 1
        ws.cell(row=r + 1, column=1, value=f"供应商盖章 Company chop：{vendor}（盖章）")
        ws.cell(row=r + 2, column=1, value="授权代表签字 Authorised signature：__________　日期 Date：" + date)
        widths(ws, [8, 24, 36, 52, 26])
        wb.save(CASES / fname)


# ---------------------------------------------------------------------------------------------
# m_06  个人信用贷 — the IT PMO of 厦门鹭岛小额贷款 (personal credit) runs the vendor selection as Jira issues in project
#       LSYS and exports the filter "LSYS 供应商评估" with「Export → CSV (all fields)」(UTF-8). Voice: Jira's — English
#       system columns (Summary, Issue key, Issue id, Issue Type, Status, Priority, Resolution, Assignee, Reporter, Created,
#       Updated, Labels twice, Description, Custom field (…), Attachment, Comment three times "dd/Mon/yy h:mm AM;user;
#       text"), Chinese content: each evaluation issue's Description holds the vendor's written answers in Jira wiki markup
#       (h3. heading, ||项目||答复|| table rows "|等保|三级，备案证明编号…|"), the PMO's custom fields (供应商, 报价（万元）,
#       含税, 等保) filled from the vendor's first letter, comments by the PMO.
#       Layout: one row per issue — the Epic, four vendor evaluations, one sub-task.
# Traps: the Epic ("预算18–25万（含税）。要求：等保三级、SM4、7×24…") and the sub-task "收集各家等保备案证明" are no vendors;
#       comments are the PMO's — except the vendor's mail quoted verbatim in 鹭江's comment ("经公司审批，最终报价调整为24.8万元
#       （含税），其余条款不变"), the vendor's latest word: 248,000, although the custom field still says 26.5; 刺桐's 18.6万
#       is 不含税 (210,180) and its 风控模型 (a must-have) is 另计 with no price yet (gate unverified); 芗江 proves every gate
#       at 14.5万 — the caution zone, cheaper is not better — with no anti-fraud, 6 months bug fixes, 5×8, 4 h; 红土 only
#       claims (支持等保三级, 国密算法, 支持对接征信, 终身维护), keeps its promises oral, encrypts some modules and sells
#       元宇宙营销 (bloat); the Due date, Created / Updated stamps and issue ids are no amounts.
# Analyst's reading: 厦门鹭江数科有限公司 — 248,000 含税 (final offer) inside 18–25万, filing number, SM4, HTTPS, RBAC,
#       12-month logs, PBoC + Baihang, credit report / risk model / anti-fraud / repayment, 12 months with upgrades, free
#       policy adaptation, 7×24, 1 h, lifetime consulting, in the contract, 26,000 a year, full source.
# ---------------------------------------------------------------------------------------------
M06_HEAD = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key", "Project name", "Priority",
            "Resolution", "Assignee", "Reporter", "Created", "Updated", "Due date", "Labels", "Labels", "Description",
            "Custom field (供应商)", "Custom field (报价（万元）)", "Custom field (含税)", "Custom field (等保)", "Attachment",
            "Comment", "Comment", "Comment"]


def _wiki(title: str, rows: list[tuple[str, str]]) -> str:
    return "\n".join([f"h3. {title}", "||项目||答复||", *[f"|{k}|{v}|" for k, v in rows]])


M06_ISSUES = [
    ["信贷系统源码选型（个人信用贷）", "LSYS-1", "10231", "Epic", "In Progress", "High", "", "chenjing", "huangli",
     "14/Apr/25 9:05 AM", "13/May/25 9:20 AM", "30/Jun/25", "选型", "2025Q2",
     "目标：6月底前确定供应商并签约。\n预算18–25万（含税）。\n硬性要求：等保三级（须提供备案证明）、SM4字段加密、7×24小时支持、"
     "免费维护不少于12个月、承诺写入合同。", "", "", "", "", "", "", "", ""],
    ["供应商评估：厦门鹭江数科", "LSYS-12", "10245", "Task", "合同评审", "High", "", "chenjing", "chenjing",
     "22/Apr/25 2:31 PM", "13/May/25 9:02 AM", "20/May/25", "短名单", "个贷",
     _wiki("供应商书面答复（摘自报价函 2025-05-06）", [
         ("报价", "26.5万元（含税）：源码授权20万 + 实施部署4.5万 + 培训2万"),
         ("等保", "三级，备案证明编号35020043118-24006"),
         ("加密", "身份证号、手机号、银行卡号SM4加密"),
         ("传输", "全站HTTPS"),
         ("权限", "RBAC角色权限"),
         ("日志", "操作日志保存12个月"),
         ("征信", "已对接人行征信中心、百行征信"),
         ("功能", "个人征信查询、风控模型（评分卡+规则引擎）、反欺诈、还款计划及提醒、审批流、用户管理"),
         ("维护", "免费维护12个月，含bug修复及小版本升级"),
         ("政策适配", "监管政策调整免费适配"),
         ("支持", "7×24小时，1小时内响应"),
         ("咨询", "提供终身技术咨询"),
         ("合同", "以上承诺写入合同"),
         ("期满年费", "2.6万元/年"),
         ("源码", "完整源码，无加密，可二次开发"),
     ]), "厦门鹭江数科有限公司", "26.5", "含税", "三级（已核验备案证明）", "鹭江数科_报价函_20250506.pdf",
     "08/May/25 2:15 PM;chenjing;和销售沟通，希望价格降到25万以内",
     "12/May/25 10:40 AM;chenjing;供应商邮件回复（原文）：“经公司审批，最终报价调整为24.8万元（含税），其余条款不变。"
     "——厦门鹭江数科有限公司 商务部”",
     "13/May/25 9:02 AM;huangli;[~chenjing] 价格谈妥，可以进入合同评审"],
    ["供应商评估：泉州刺桐软件", "LSYS-13", "10246", "Task", "待补充材料", "Medium", "", "linhao", "chenjing",
     "22/Apr/25 2:40 PM", "09/May/25 4:18 PM", "20/May/25", "短名单", "个贷",
     _wiki("供应商书面答复（2025-05-05）", [
         ("报价", "18.6万元（不含税，增值税13%另计）"),
         ("选配", "风控模型另计，价格待定（需根据数据源定制）"),
         ("等保", "三级，备案证明编号35050043062-23014"),
         ("加密", "SM4"),
         ("传输", "HTTPS"),
         ("权限", "角色权限"),
         ("日志", "12个月"),
         ("征信", "百行征信"),
         ("功能", "个人征信查询、反欺诈、还款管理、审批流、用户管理"),
         ("维护", "免费维护12个月，含bug修复及小版本升级"),
         ("政策适配", "免费"),
         ("支持", "7×24小时，2小时内响应"),
         ("咨询", "提供"),
         ("合同", "是"),
         ("期满年费", "2.4万元/年"),
         ("源码", "完整源码"),
     ]), "泉州刺桐软件有限公司", "18.6", "不含税", "三级", "刺桐软件_报价.pdf",
     "06/May/25 11:02 AM;linhao;风控模型报价还没给，已催", "09/May/25 4:18 PM;linhao;再催一次，对方说下周给", ""],
    ["供应商评估：漳州芗江网络", "LSYS-14", "10247", "Task", "评估中", "Medium", "", "linhao", "chenjing",
     "23/Apr/25 10:12 AM", "08/May/25 3:47 PM", "20/May/25", "个贷", "",
     _wiki("供应商书面答复（2025-05-06）", [
         ("报价", "14.5万元（含税）"),
         ("等保", "三级，备案证明编号35060043040-24003"),
         ("加密", "SM4"),
         ("传输", "HTTPS"),
         ("权限", "角色权限"),
         ("日志", "6个月"),
         ("征信", "百行征信"),
         ("功能", "个人征信查询、风控模型、还款管理、审批流、用户管理"),
         ("反欺诈", "不提供"),
         ("维护", "免费维护6个月，仅bug修复"),
         ("政策适配", "重大政策调整另行报价"),
         ("支持", "5×8小时，4小时内响应"),
         ("咨询", "不提供"),
         ("合同", "是"),
         ("期满年费", "按合同额20%/年"),
         ("源码", "完整源码"),
     ]), "漳州芗江网络科技有限公司", "14.5", "含税", "三级", "", "08/May/25 3:47 PM;linhao;价格最低，但没有反欺诈", "", ""],
    ["供应商评估：龙岩红土科技", "LSYS-15", "10248", "Task", "待补充材料", "Low", "", "linhao", "chenjing",
     "23/Apr/25 10:20 AM", "10/May/25 5:55 PM", "20/May/25", "个贷", "需复核",
     _wiki("供应商书面答复（2025-05-07，宣传册摘录）", [
         ("报价", "21万元（含税）"),
         ("等保", "支持等保三级"),
         ("加密", "国密算法"),
         ("传输", "HTTPS"),
         ("权限", "有"),
         ("日志", "可长期保存"),
         ("征信", "支持对接征信"),
         ("功能", "个人征信、智能风控、反欺诈、还款管理、审批流、用户管理、营销插件、元宇宙营销"),
         ("维护", "终身维护"),
         ("支持", "7×24小时"),
         ("响应", "尽快"),
         ("合同", "口头承诺，不写入合同"),
         ("源码", "提供源码（部分模块加密）"),
     ]), "龙岩红土科技有限公司", "21", "含税", "供应商称支持三级", "红土科技_宣传册.pdf",
     "05/May/25 9:30 AM;linhao;要了三次等保备案证明，没给", "10/May/25 5:55 PM;huangli;先放一放", ""],
    ["收集各家等保备案证明", "LSYS-16", "10252", "Sub-task", "In Progress", "Medium", "", "linhao", "chenjing",
     "28/Apr/25 4:00 PM", "10/May/25 6:01 PM", "16/May/25", "资质", "",
     "已收：鹭江、刺桐、芗江。\n未收：红土。", "", "", "", "", "", "", "", ""],
]


def case_m06():
    rows = [M06_HEAD]
    for issue in M06_ISSUES:
        summary, key, iid, kind, status, prio, res, assignee, reporter, created, updated, due, l1, l2, desc, \
            vendor, price, tax, mlps, attach, c1, c2, c3 = issue
        rows.append([summary, key, iid, kind, status, "LSYS", "信贷系统选型", prio, res, assignee, reporter, created,
                     updated, due, l1, l2, desc, vendor, price, tax, mlps, attach, c1, c2, c3])
    assert all(len(r) == len(M06_HEAD) for r in rows)
    write_csv("m_06_pc_jira_issues_export.csv", rows, "utf-8", CASES)


if __name__ == "__main__":
    case_m01()
    case_m02()
    case_m03()
    case_m04()
    case_m05()
    case_m06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("m_0*") if p.suffix != ".toml")))
