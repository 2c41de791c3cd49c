"""Build the "l" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, office tools (a bank's 综合评分 sheet, a vendor's A/B/C
方案 laid side by side, vendors' "字段=值" e-mail replies pasted into Notepad, a Google Sheets export with emoji, a
bound 比选资料汇编 workbook with a cover and a table of contents, a public-procurement platform's 报价一览表) and
buyers' staff would write; the expected reading of every file is in the matching l_0N_*.toml beside it, written from
the file's content and the domain notes (shared/domain.md, docs/analyst-reading.md) before any product code read these
files. The author of this script neither ran the product on them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_l.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure l_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
sys.path.insert(0, str(CASES))
sys.path.insert(0, str(HERE))
from case_sheet import BOLD, BOX, CENTER, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402
from make_cases_e import merged  # noqa: E402  (a merged, bordered cell)
from make_cases_f import band, write_csv  # noqa: E402  (a merged sub-title row; a CSV in a given encoding)
from make_cases_g import new_sheet  # noqa: E402  (a workbook opening with a title and note lines)

LINK = Font(color="0563C1", underline="single")
PLAIN = PatternFill()  # no fill


# ---------------------------------------------------------------------------------------------
# l_01  个人信用贷 — the 比选小组 (科技部, 风险管理部, 财务部; 内审部 as observer) of 徐州淮海小额贷款 (a 农商行-controlled lender,
#       bank paperwork) keeps a 供应商综合比选评分表 under the 综合评分法. Voice: a bank committee's — 评分因素, 权重（分）,
#       评分标准 ("≥12个月且含升级得8分…"), per vendor a 得分 and a 说明 that records what the vendor answered and what the
#       committee checked ("提供等保三级备案证明（编号…），已核验原件", "供应商称系统满足等保三级要求…未提供备案证明").
#       Layout: title and two note lines; header on two rows — 序号 | 评分因素 | 权重（分） | 评分标准 merged down, each vendor's
#       full name merged across its two columns 得分 | 说明; section rows 一、商务（20分）… 四、售后服务（28分） merged across;
#       then 合计得分, 排名, a merged 比选小组意见 and a signature line.
# Traps: the vendor's facts are only in the 说明 cells — the 得分 beside them are the committee's points ("8" beside 免费维护
#       is no 8 months, "5" beside 征信 no count), and the 权重 and 评分标准 columns are the buyer's (the 12个月, 7×24, 2小时 in
#       评分标准 are nobody's answer); the committee's total (95 vs 93) and its 排名 put 彭城 first, but 彭城 only claims
#       (满足等保三级要求 without a filing certificate, 国密算法 unnamed, 各类征信机构 unnamed, 终身免费维护, a contract without
#       the after-sales terms): unverified, below any pass; 骆马湖's 21.5万 is 不含税 and its risk model (a must-have) is 选配
#       +2.2万（不含税）: (21.5 + 2.2) × 1.13 = 267,810, above 18–25万, and it offers no anti-fraud; 海州 is 等保二级 at 13.6万
#       with no credit report, no risk model and no access control; the 合计得分 / 排名 rows and the 意见 line are no vendors.
# Analyst's reading: 江苏云龙数科有限公司 — 246,000 含税 (19 + 3.8 + 1.8万) inside 18–25万, filing certificate checked, SM4,
#       HTTPS, RBAC, 12-month logs, PBoC + Baihang, credit report / risk model / anti-fraud / repayment, 12 months with
#       upgrades, free policy adaptation, 7×24, 1 h, lifetime consulting, in the contract, 26,000 a year, full source.
# ---------------------------------------------------------------------------------------------
L01_VENDORS = ["徐州彭城软件有限公司", "江苏云龙数科有限公司", "宿迁骆马湖网络科技有限公司", "连云港海州信息技术有限公司"]
L01_SECTIONS = [
    ("一、商务（20分）", [
        ("投标报价", 15, "报价在预算区间（18–25万元）内得满分；每偏离区间1万元扣1分",
         [(15, "报价19.8万元（含税），含源码授权、部署及培训"),
          (11, "报价24.6万元（含税）：源码授权19万元＋实施部署3.8万元＋培训1.8万元；接近区间上限"),
          (12, "报价21.5万元（不含税，税率13%）；风控模型为选配，另加2.2万元（不含税）"),
          (10, "报价13.6万元（含税）")]),
        ("源码交付", 5, "交付完整源码且无加密得5分；部分加密得2分；仅授权使用不得分",
         [(5, "交付源码，可二次开发"),
          (5, "交付完整源码，无加密，可二次开发"),
          (5, "交付完整源码"),
          (0, "仅授权使用，授权绑定服务器，不提供源码")]),
    ]),
    ("二、合规与安全（31分）", [
        ("等保三级", 10, "提供等保三级备案证明得10分；二级或未提供证明不得分",
         [(8, "供应商称系统满足等保三级要求，可协助客户完成测评；未提供备案证明"),
          (10, "提供等保三级备案证明（编号32030043118-24007），已核验原件"),
          (10, "提供等保三级备案证明（编号32130043062-23011）"),
          (0, "等保二级（备案证明编号32070043035-22004）")]),
        ("数据加密", 5, "身份证号、手机号等敏感字段采用国密SM4加密得5分",
         [(5, "采用国密算法加密，未说明具体算法"),
          (5, "身份证号、手机号、银行卡号SM4加密存储"),
          (5, "SM4字段加密"),
          (2, "AES-256加密")]),
        ("传输加密", 3, "全站HTTPS得3分",
         [(3, "全站HTTPS"), (3, "全站HTTPS（TLS1.2及以上）"), (3, "HTTPS"), (3, "HTTPS")]),
        ("权限管理", 4, "基于角色的权限控制得4分",
         [(4, "RBAC角色权限"),
          (4, "RBAC角色权限，支持数据权限隔离"),
          (4, "角色权限管理"),
          (0, "无，操作员共用管理员账号")]),
        ("日志审计", 4, "操作日志保存不少于6个月且可追溯得4分",
         [(4, "操作日志保存12个月"),
          (4, "操作日志保存12个月，支持异常操作追溯"),
          (4, "操作日志保存6个月"),
          (1, "操作日志保存3个月")]),
        ("征信接口", 5, "对接人行征信中心或百行、朴道等持牌征信机构得5分",
         [(4, "支持对接各类征信机构，未列明具体机构"),
          (5, "已对接人行征信中心、百行征信"),
          (5, "已对接百行征信"),
          (0, "暂未对接征信机构")]),
    ]),
    ("三、功能（21分）", [
        ("必备功能", 12, "个人征信查询、风控模型、还款管理齐全得12分，每缺一项扣4分",
         [(12, "个人征信查询、智能风控、还款计划及提醒"),
          (12, "个人征信查询、风控模型（评分卡＋决策引擎）、还款计划及逾期提醒，均含在报价内"),
          (8, "个人征信查询、还款管理含在报价内；风控模型为选配（另加2.2万元，不含税）"),
          (4, "还款管理含在报价内；不含个人征信查询、风控模型")]),
        ("反欺诈", 4, "具备反欺诈模型得4分",
         [(4, "反欺诈规则引擎"),
          (4, "反欺诈模型（设备指纹、多头借贷识别）"),
          (0, "不提供反欺诈模块"),
          (0, "不提供反欺诈模块")]),
        ("其他功能", 5, "审批流、用户管理等基础功能齐全得5分",
         [(5, "审批流、用户管理、营销插件、智能客服机器人"),
          (4, "审批流、用户管理、贷后催收"),
          (5, "审批流、用户管理"),
          (3, "进件管理、审批流、用户管理")]),
    ]),
    ("四、售后服务（28分）", [
        ("免费维护期及范围", 8, "免费维护≥12个月且含升级得8分；6–12个月得4分；不足6个月不得分",
         [(8, "承诺终身免费维护"),
          (8, "免费维护12个月，含bug修复及小版本升级"),
          (5, "免费维护12个月，仅含bug修复，不含升级"),
          (2, "免费维护6个月，仅修复bug")]),
        ("政策适配", 5, "监管政策变化免费适配得5分",
         [(5, "监管政策调整免费适配"),
          (5, "监管政策调整免费适配"),
          (2, "小调整免费，重大政策调整另行报价"),
          (0, "政策适配按工作量另行收费")]),
        ("技术支持与响应", 8, "7×24小时支持且2小时内响应得8分",
         [(8, "7×24小时，30分钟内响应"),
          (7, "7×24小时，1小时内响应，指定专属工程师"),
          (4, "5×8小时，4小时内响应"),
          (1, "工作日QQ群支持，次日响应")]),
        ("终身技术咨询", 2, "提供得2分",
         [(2, "提供"), (2, "提供终身技术咨询"), (2, "提供终身技术咨询"), (0, "不提供")]),
        ("合同约定", 3, "上述售后承诺写入合同得3分",
         [(2, "售后为口头承诺，合同范本未列售后条款"),
          (3, "以上售后承诺均写入合同"),
          (3, "写入合同"),
          (0, "不写入合同")]),
        ("维保期满费用", 2, "期满年费事先明确得2分",
         [(1, "另行协商"),
          (1, "维保期满后2.6万元/年"),
          (2, "按合同额15%/年"),
          (0, "按次收费，每次5000元")]),
    ]),
]
L01_OPINION = ("经比选小组综合评分，推荐徐州彭城软件有限公司为第一候选供应商，江苏云龙数科有限公司为第二候选供应商，"
               "报公司采购委员会审定。")
L01_SIGN = "比选小组：科技部 周海　风险管理部 李娜　财务部 王倩　内审部（监督） 赵明　　2025年4月9日"


def case_l01():
    wb, ws = new_sheet("综合评分", "徐州淮海小额贷款有限公司 个人信用贷系统源码采购 供应商综合比选评分表",
                       "项目编号：HHXD-KJ-2025-006　比选方式：综合评分法（满分100分）　比选日期：2025年4月9日",
                       "说明：“说明”栏记录供应商书面应答内容及比选小组核验情况；“得分”为比选小组成员评分的平均值。")
    ncol = 4 + 2 * len(L01_VENDORS)
    for c, label in enumerate(["序号", "评分因素", "权重（分）", "评分标准"], start=1):
        merged(ws, 5, c, 6, c, label, fill=GREY)
    for i, name in enumerate(L01_VENDORS):
        c = 5 + 2 * i
        merged(ws, 5, c, 5, c + 1, name, fill=GREY)
        put_row(ws, 6, ["得分", "说明"], start=c, font=BOLD, fill=GREY, align=CENTER)
    r, n = 7, 0
    totals = [0] * len(L01_VENDORS)
    for section, rows in L01_SECTIONS:
        band(ws, r, ncol, section)
        r += 1
        for label, weight, rule, cells in rows:
            n += 1
            values = [str(n), label, weight, rule]
            for i, (score, note) in enumerate(cells):
                values += [score, note]
                totals[i] += score
            put_row(ws, r, values)
            r += 1
    assert sum(w for _, rows in L01_SECTIONS for _, w, _, _ in rows) == 100
    total_row = ["", "合计得分", 100, ""]
    rank_row = ["", "排名", "", ""]
    order = sorted(range(len(totals)), key=lambda i: -totals[i])
    for i, t in enumerate(totals):
        total_row += [t, ""]
        rank_row += [order.index(i) + 1, ""]
    put_row(ws, r, total_row, font=BOLD, fill=YELLOW)
    put_row(ws, r + 1, rank_row, font=BOLD, fill=YELLOW)
    put_row(ws, r + 2, ["", "比选小组意见"], font=BOLD)
    merged(ws, r + 2, 3, r + 2, ncol, L01_OPINION, fill=YELLOW)
    ws.cell(row=r + 2, column=3).alignment = WRAP
    ws.cell(row=r + 4, column=1, value=L01_SIGN)
    widths(ws, [6, 16, 9, 34] + [7, 34] * len(L01_VENDORS))
    wb.save(CASES / "l_01_pc_bank_pingfen_shuoming.xlsx")



# ---------------------------------------------------------------------------------------------
# l_02  消费分期 — 业务发展部 韩冰 at 洛阳牡丹小额贷款 (家电 and 电动车 installments) lays the vendors' proposals side by
#       side for the 总经理. One vendor (郑州中原分期科技) sent "三套方案供贵司选择" — A方案 / B方案 / C方案 — and she gives each
#       its own column under the vendor's merged name; the other three vendors sent one proposal each. Voice: a business
#       department's tidy comparison, prices in 万元 as bare numbers (the unit in the row label), one row per module answered
#       含 / 不含, the vendors' wording for the terms, the vendor's own 推荐方案 row, her 业务部意见 row at the foot.
#       Layout: title and note lines; a two-row header — 对比项 merged down, 郑州中原 merged across its three columns over
#       A方案 | B方案 | C方案, each other vendor merged down its two header rows; wherever 中原's three configurations answer
#       alike (计税, every security and service row, 源码) the cell is MERGED across the three columns.
# Traps: 中原's three columns are three quotes — A方案 (16.8万) lacks 分期计算器 and 订单跟踪, B方案 (21.5万) lacks 订单跟踪
#       (stated 不含: the must-have gate fails for both); only C方案 (27.8万) has every must-have; the vendor's own "推荐B方案
#       （性价比最高）" is sales talk; a merged cell speaks for all three configurations; C方案's 积分商城 / 社交分享 are
#       deferrable, never a penalty; 开封宋都's 23.8 is 不含税: 268,940; 许昌魏都's 等保 is 三级测评中 (unverified, not fail);
#       南阳卧龙 is 9.6 (under 10万) with no 等保, plain HTTP and no order tracking; 报价构成 items add up to the price (no
#       more money); the 业务部意见 row is the buyer's.
# Analyst's reading: 郑州中原分期科技有限公司 / C方案 — 278,000 含税 (22 + 4.5 + 1.3万) inside 20–30万, filing number, SM4,
#       HTTPS, RBAC, 12-month logs, Baihang + Pudao, all three installment must-haves, 12 months with upgrades, free policy
#       adaptation, 7×24, 1 h, lifetime consulting, in the contract, 12 % of the contract a year, full source.
# ---------------------------------------------------------------------------------------------
L02_OTHERS = ["开封宋都软件有限公司", "许昌魏都网络科技有限公司", "南阳卧龙信息技术有限公司"]
# Each row: label, then either one value per column (6: A, B, C, 宋都, 魏都, 卧龙) or 4 values (中原 merged over A–C, then
# the three others).
L02_ROWS = [
    ("方案说明", ["轻量版：线上进件、商品与还款", "标准版：在A方案基础上增加分期试算", "全功能版：全流程，含订单跟踪与会员营销",
              "仅一套方案", "仅一套方案", "仅一套方案"]),
    ("报价（万元）", [16.8, 21.5, 27.8, 23.8, 22.0, 9.6]),
    ("计税", ["含税", "不含税（税率13%）", "含税", "含税，全包"]),
    ("报价构成", ["源码授权13万＋实施3.8万", "源码授权17万＋实施4.5万", "源码授权22万＋实施4.5万＋培训1.3万",
              "源码授权19万＋实施部署4.8万", "源码授权17万＋实施3.6万＋培训1.4万", "全包价"]),
    ("商品管理", ["含", "含", "含", "含", "含", "含"]),
    ("分期计算器", ["不含", "含", "含", "含", "含", "含"]),
    ("订单跟踪", ["不含（C方案提供）", "不含（C方案提供）", "含", "含", "含", "不含"]),
    ("还款管理", ["含", "含", "含", "含", "含", "含"]),
    ("用户管理", ["含", "含", "含", "含", "含", "含"]),
    ("审批流", ["含", "含", "含", "含", "含", "含"]),
    ("积分商城", ["不含", "不含", "含", "不含", "不含", "不含"]),
    ("社交分享", ["不含", "不含", "含", "不含", "含", "不含"]),
    ("推荐方案", ["推荐B方案（性价比最高）", "—", "—", "—"]),
    ("等保三级", ["已取得（备案证明编号41010043188-24006）", "已取得（备案证明编号41020043074-23012）",
              "三级测评中，预计2025年7月取得备案证明", "无"]),
    ("数据加密", ["SM4（身份证号、手机号、银行卡号）", "SM4", "SM4", "AES"]),
    ("传输加密", ["HTTPS", "HTTPS", "HTTPS", "HTTP（未启用HTTPS）"]),
    ("权限管理", ["RBAC角色权限", "角色权限", "RBAC", "无"]),
    ("日志保存", ["12个月", "6个月", "12个月", "1个月"]),
    ("征信接口", ["百行征信、朴道征信", "百行征信", "百行征信", "未对接"]),
    ("免费维护期", ["12个月", "12个月", "12个月", "3个月"]),
    ("维护范围", ["bug修复及小版本升级", "仅bug修复", "bug修复及小版本升级", "仅bug修复"]),
    ("政策适配", ["免费", "重大政策调整另行报价", "免费", "收费"]),
    ("技术支持", ["7×24小时", "7×24小时", "7×24小时", "工作日"]),
    ("响应时间", ["1小时", "2小时", "2小时", "次日"]),
    ("终身技术咨询", ["提供", "提供", "提供", "不提供"]),
    ("写入合同", ["是", "是", "是", "否"]),
    ("维保期满年费", ["按合同额12%/年", "2.8万/年", "2.5万/年", "按次收费"]),
    ("源码交付", ["完整源码，无加密，可二次开发", "完整源码", "完整源码", "仅授权使用"]),
    ("业务部意见", ["A、B方案缺订单跟踪，只能选C方案", "不含税，折算含税约26.9万", "等保证书还没拿到", "太便宜，不考虑"]),
]


def case_l02():
    wb, ws = new_sheet("方案对比", "洛阳牡丹小额贷款有限公司 消费分期系统 供应商方案对比表",
                       "说明：郑州中原分期科技提供A/B/C三套方案，分列三栏（三套方案相同的内容合并填写）；其余三家各一套方案。"
                       "报价按各家报价单原文，计税方式见“计税”行。",
                       "业务发展部 韩冰　2025-04-03")
    merged(ws, 5, 1, 6, 1, "对比项", fill=GREY)
    merged(ws, 5, 2, 5, 4, "郑州中原分期科技有限公司", fill=GREY)
    put_row(ws, 6, ["A方案", "B方案", "C方案"], start=2, font=BOLD, fill=GREY, align=CENTER)
    for i, name in enumerate(L02_OTHERS):
        merged(ws, 5, 5 + i, 6, 5 + i, name, fill=GREY)
    for r, (label, cells) in enumerate(L02_ROWS, start=7):
        put_row(ws, r, [label], font=BOLD, fill=YELLOW if label == "业务部意见" else None)
        if len(cells) == 6:
            put_row(ws, r, cells, start=2)
        else:
            assert len(cells) == 4, label
            put_row(ws, r, cells[1:], start=5)
            merged(ws, r, 2, r, 4, cells[0], fill=PLAIN)
            ws.cell(row=r, column=2).font = Font(bold=False)
    widths(ws, [14, 24, 24, 26, 24, 26, 22])
    wb.save(CASES / "l_02_ci_abc_fangan_side.xlsx")



# ---------------------------------------------------------------------------------------------
# l_03  商户经营贷 — 信息科技部 陈工 at 绍兴越州小额贷款 (loans to 柯桥 textile traders) asked vendors by e-mail to answer in
#       the mail body "按 字段=值 格式，每行一项，便于汇总", then pasted every reply's body one after another into Notepad,
#       vendors separated by a blank line, and saved it as 报价汇总.csv ("ANSI", i.e. GBK on Chinese Windows) so that Excel
#       would open it. Voice: vendors' mail — a 【回复N】 line, 发件人 / 发送时间 lines he pasted with the body, then the
#       template's keys with each vendor's own values ("270000元", "29.5万", "终身免费维护", "见附件…"), a closing
#       "以上，期待合作！".
#       Layout: raw text lines written as Notepad saves them, one line a row, every line one cell — except that a line
#       with ASCII commas is split by Excel into cells: 宁波三江 typed its module list "企业征信,银行流水分析,用户管理,审批流,
#       还款管理", which lands in five cells of one row. The buyer's blank template (values in brackets) opens the file.
# Traps: the template block ("供应商=（贵司全称）", "报价=（金额，注明万元或元）") is no vendor; 发件人 / 发送时间 lines (dates,
#       times, addresses) are no values; 三江's module list continues across the cells of its row (银行流水分析 is there, so
#       no must-have is missing), its "270000元" is 含税=否 (13%) and its 电子合同 (a must-have) is 选配 25000元（不含税）:
#       (270,000 + 25,000) × 1.13 = 333,350; 钱江汇融 only claims (满足等保三级要求, 国密算法, 主流征信机构, 终身免费维护),
#       encrypts its risk engine and carries 区块链存证 / 智能客服机器人; 金华双龙 is 11.8万 with 等保二级 and no 流水分析;
#       南浔's 报价 is only "见附件…（未粘贴）": unknown (price missing, unverified), never free.
# Analyst's reading: 绍兴柯桥纺都科技有限公司 — 268,000 含税 (20 + 5 + 1.8万) inside 25–35万, filing number, SM4, HTTPS, RBAC,
#       12-month logs, PBoC + Baihang, all three merchant must-haves, 12 months with upgrades, free policy adaptation, 7×24,
#       1 h, lifetime consulting, in the contract, 30,000 a year, full source.
# ---------------------------------------------------------------------------------------------
L03_KEYS = ["供应商", "报价", "含税", "报价构成", "选配", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存", "征信接口",
            "功能模块", "免费维护", "维护范围", "政策适配", "技术支持", "响应时间", "终身技术咨询", "写入合同", "维保期满年费",
            "源码交付"]
L03_TEMPLATE = ["（贵司全称）", "（金额，注明万元或元）", "（是/否）", "（各项费用）", "（未含在报价内的模块及价格）",
                "（已取得请写备案证明编号）", "（加密方式及字段）", "（是否全站HTTPS）", "（权限控制方式）", "（月）",
                "（已对接的征信机构）", "（报价内包含的模块，用顿号分隔）", "（月）", "（bug修复/升级）", "（免费/收费）",
                "（7×24/5×8）", "（小时）", "（提供/不提供）", "（是/否）", "（元/年）", "（完整源码/部分源码/仅授权）"]
L03_REPLIES = [
    ("沈磊 <shenlei@fangdu-tech.cn>", "2025年3月28日 16:42",
     ["绍兴柯桥纺都科技有限公司", "26.8万元", "是", "源码授权20万+实施部署5万+培训1.8万", "无",
      "已取得，备案证明编号33060043127-24003", "SM4（身份证号、手机号、银行卡号）", "全站HTTPS", "RBAC角色权限", "12个月",
      "人行征信中心（企业征信）、百行征信", "企业征信、银行流水分析、电子合同、用户管理、审批流、还款管理、数据大屏", "12个月",
      "bug修复及小版本升级", "免费", "7×24小时", "1小时", "提供", "是", "3万元/年", "完整源码，无加密，可二次开发"],
     ["以上内容可作为合同附件。"]),
    ("周颖 <zhouying@sanjiang-data.com>", "2025年3月30日 10:05",
     ["宁波三江数据有限公司", "270000元", "否（增值税13%另计）", "源码授权210000元+实施部署60000元",
      "电子合同模块25000元（不含税）", "已取得，备案证明编号33020043055-23009", "SM4", "HTTPS", "角色权限", "6个月", "百行征信",
      "企业征信,银行流水分析,用户管理,审批流,还款管理", "12个月", "仅bug修复，不含升级", "小调整免费，重大调整另行报价",
      "5×8小时", "4小时", "不提供", "是", "按合同额15%/年", "完整源码"],
     []),
    ("钱江汇融 商务部 <sales@qjhr-tech.com>", "2025年3月31日 21:17",
     ["杭州钱江汇融信息技术有限公司", "29.5万", "是", "全包", "无", "满足等保三级要求，可协助贵司通过测评", "国密算法",
      "HTTPS", "有", "有", "支持对接主流征信机构",
      "企业征信、银行流水分析、电子合同、用户管理、审批流、还款管理、区块链存证、智能客服机器人", "终身免费维护", "全包",
      "免费", "7×24小时", "30分钟", "提供", "可以写", "无（终身免费）", "提供源码，核心风控引擎加密"],
     ["以上，期待合作！"]),
    ("双龙软件 <shuanglong_soft@163.com>", "2025年4月1日 09:26",
     ["金华双龙软件工作室", "11.8万", "是", "源码+部署", "无", "二级", "AES", "HTTPS", "有", "3个月", "未对接",
      "企业征信、电子合同、用户管理、还款管理", "6个月", "仅修bug", "收费", "工作日", "次日", "不提供", "否", "按次收费",
      "授权使用，绑定域名"],
     []),
    ("吴倩 <wuqian@nanxun-shuke.com>", "2025年4月2日 14:58",
     ["湖州南浔数科有限公司", "见附件《南浔数科_报价单.pdf》（邮件附件，未粘贴）", "是", "见附件", "无",
      "已取得，备案证明编号33050043088-24011", "SM4", "HTTPS", "RBAC", "12个月", "百行征信、朴道征信",
      "企业征信、银行流水分析、电子合同、用户管理、审批流、还款管理", "12个月", "bug修复及小版本升级", "免费", "7×24小时",
      "2小时", "提供", "是", "2.8万元/年", "完整源码"],
     []),
]


def case_l03():
    lines = ["越州小贷 经营贷系统询价 各供应商邮件回复汇总（按“字段=值”原样粘贴） 信息科技部 陈工 2025-04-02", "",
             "【询价邮件中的回复模板】"]
    lines += [f"{k}={v}" for k, v in zip(L03_KEYS, L03_TEMPLATE, strict=True)]
    for n, (sender, sent, values, tail) in enumerate(L03_REPLIES, start=1):
        lines += ["", f"【回复{n}】", f"发件人: {sender}", f"发送时间: {sent}"]
        lines += [f"{k}={v}" for k, v in zip(L03_KEYS, values, strict=True)]
        lines += tail
    assert not any('"' in line for line in lines)
    (CASES / "l_03_ml_kv_mail_gbk.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))



# ---------------------------------------------------------------------------------------------
# l_04  个人信用贷 — the product lead (Priya Nair) of Harbour Light Microcredit (Shenzhen Qianhai) Co., Ltd., a
#       foreign-owned personal-credit lender, keeps the vendor shortlist in a shared Google Sheet and downloads it for the
#       CFO as "Comma-separated values (.csv)" (UTF-8, no BOM, every row padded to the sheet's width). Voice: a product
#       team's shorthand — every cell opens with a status emoji of the TEAM's (✅ meets our requirement, ⚠️ concern /
#       follow-up, ❌ does not meet / not offered), then the vendor's answer, often over several lines inside the cell
#       ("✅ Level 3 filed\nfiling cert no. … (copy in Drive)", "⚠️ RMB 189,000 + VAT\nrisk model NOT included"), module
#       lists one per line, a "💬 Team comments" row, "Owner" (@-names) and "Last updated" rows.
#       Layout: a title line, a legend line and a blank line, then transposed — Criterion down column A, one column per
#       vendor under its English company name.
# Traps: the emoji are the team's verdict, never the vendor's fact — "✅ Lifetime maintenance" is still a lifetime boast
#       (12 months, claimed), "⚠️ 6 months" is a stated 6 months, "⚠️ \"Fully meets MLPS Level 3 requirements\"" is a
#       claim because of its words; multi-line cells are one answer each and a module list is one module a line;
#       Dongguan's "RMB 189,000 + VAT" is tax-exclusive and its risk model (a must-have) is an option "+RMB 20,000 + VAT":
#       (189,000 + 20,000) × 1.13 = 236,170; Jiangmen's MLPS is in assessment (unverified, not fail), it offers no
#       anti-fraud, and its marketing plugins option (deferrable) is not bought; Foshan claims everything, compiles its risk
#       engine and carries an AI bot and blockchain evidence; Zhuhai is RMB 0 (free counts: fail); the 💬, Owner and Last
#       updated rows are the team's.
# Analyst's reading: Guangzhou Pearl Bay FinTech Co., Ltd. — 226,000 incl. VAT (170k + 40k + 16k) inside 18–25万, filing
#       certificate, SM4, HTTPS, RBAC, 12-month logs, PBoC + Baihang, credit report / risk model / anti-fraud /
#       repayment, 12 months with upgrades, free regulatory changes, 24/7, 1 h, lifetime consulting, in the contract,
#       25,000 a year, full source.
# ---------------------------------------------------------------------------------------------
L04_VENDORS = ["Guangzhou Pearl Bay FinTech Co., Ltd.", "Dongguan Songshan Lake Software Co., Ltd.",
               "Foshan Lingnan Data Technology Co., Ltd.", "Jiangmen Wuyi Digital Co., Ltd.",
               "Zhuhai Hengqin Open Finance Studio"]
L04_ROWS = [
    ("Price", ["✅ RMB 226,000 incl. VAT\n(licence 170k + implementation 40k + training 16k)",
               "⚠️ RMB 189,000 + VAT\nrisk model NOT included – see Optional modules",
               "✅ RMB 198,000 incl. VAT",
               "✅ RMB 208,000 incl. VAT",
               "❌ RMB 0 – free open-source community edition\ncommercial licence \"to be discussed\""]),
    ("Optional modules (not in price)", ["None", "Risk model (scorecard + decision engine): +RMB 20,000 + VAT", "None",
                                         "Marketing plugins: +RMB 12,000 incl. VAT",
                                         "Everything beyond the core is paid – no price list"]),
    ("MLPS Level 3", ["✅ Level 3 filed\nfiling cert no. 44010043251-24008 (copy in Drive)",
                      "✅ Level 3 filed\nfiling cert no. 44190043108-23015",
                      "⚠️ \"Fully meets MLPS Level 3 requirements\"\nno filing no. given – asked twice",
                      "⚠️ Level 3 assessment in progress\ncert expected Jun 2025",
                      "❌ None"]),
    ("Field encryption", ["✅ SM4 on ID no., mobile, bank card", "✅ SM4",
                          "⚠️ \"National cryptographic algorithms\"\n(which one? no answer)", "✅ SM4",
                          "❌ None – plain-text database"]),
    ("HTTPS / TLS", ["✅ HTTPS everywhere", "✅ HTTPS", "✅ HTTPS", "✅ HTTPS", "❌ No – plain HTTP"]),
    ("Access control", ["✅ RBAC + data scopes", "✅ Role-based", "✅ RBAC", "✅ RBAC", "❌ None – one shared admin login"]),
    ("Log retention", ["✅ 12 months\nabnormal-operation tracing", "✅ 6 months",
                       "⚠️ \"Complete audit logs\"\nperiod not stated", "✅ 12 months", "❌ 1 month"]),
    ("Credit bureau", ["✅ PBoC Credit Reference Center + Baihang Credit", "✅ Baihang Credit",
                       "⚠️ \"Can connect to any credit bureau\"", "✅ Baihang Credit + Pudao Credit",
                       "❌ Not connected"]),
    ("Modules in price", [
        "✅ Personal credit report query\nRisk model (scorecard)\nAnti-fraud\nRepayment schedule & reminders\n"
        "Approval workflow\nUser management",
        "⚠️ Personal credit report query\nAnti-fraud\nRepayment management\nApproval workflow\nUser management",
        "✅ Personal credit report query\nAI risk model\nAnti-fraud\nRepayment reminders\nApproval workflow\n"
        "User management\nAI customer-service bot\nBlockchain evidence",
        "⚠️ Personal credit report query\nRisk model\nRepayment management\nApproval workflow\nUser management",
        "⚠️ Loan application\nApproval workflow\nRepayment management\nUser management"]),
    ("Anti-fraud", ["✅ Included", "✅ Included", "✅ Included", "❌ Not offered", "❌ Not offered"]),
    ("Free maintenance", ["✅ 12 months", "⚠️ 6 months", "✅ Lifetime maintenance", "✅ 12 months",
                          "❌ None – community forum only"]),
    ("Maintenance scope", ["✅ Bug fixes + minor version upgrades", "⚠️ Bug fixes only", "✅ \"Everything\"",
                           "✅ Bug fixes + minor version upgrades", ""]),
    ("Regulatory changes", ["✅ Adapted free of charge", "⚠️ Minor changes free, major changes quoted separately",
                            "✅ Free", "✅ Free", "❌ Paid"]),
    ("Support hours", ["✅ 24/7", "⚠️ Mon–Fri 9:00–18:00", "✅ 24/7", "✅ 24/7", "❌ GitHub issues only"]),
    ("Response time", ["✅ 1 h, named engineer", "⚠️ 4 h", "✅ 30 min", "✅ 2 h", "❌ Best effort"]),
    ("Lifetime tech consulting", ["✅ Yes", "✅ Yes", "✅ Yes", "✅ Yes", "❌ No"]),
    ("Written into contract?", ["✅ Yes – all of the above in contract draft v2", "✅ Yes", "⚠️ \"Can discuss\"",
                                "✅ Yes", "❌ No"]),
    ("Fee after free period", ["RMB 25,000 / yr", "15% of contract / yr", "None (lifetime)", "RMB 22,000 / yr", ""]),
    ("Source code", ["✅ Full source, unencrypted, can modify", "✅ Full source",
                     "⚠️ Source provided, but the risk engine ships compiled (binary only)", "✅ Full source",
                     "⚠️ Community edition under AGPL"]),
    ("💬 Team comments", ["💬 Best so far – demo booked 15 Apr", "💬 Cheap until you add VAT + risk model",
                          "💬 Very smooth sales guy, zero paperwork", "💬 Wait for the cert?", "💬 No way"]),
    ("Owner", ["@Priya", "@Leo", "@Leo", "@Priya", "@Leo"]),
    ("Last updated", ["Apr 2, 2025", "Mar 28, 2025", "Mar 31, 2025", "Apr 1, 2025", "Mar 20, 2025"]),
]


def case_l04():
    width = 1 + len(L04_VENDORS)
    pad = [""] * (width - 1)
    rows = [["Loan core system – vendor shortlist (source-code purchase, personal credit) – Harbour Light Microcredit",
             *pad],
            ["Legend: ✅ meets our requirement   ⚠️ concern / follow up   ❌ does not meet / not offered   "
             "💬 our comment (not the vendor's)", *pad],
            [""] * width,
            ["Criterion", *L04_VENDORS]]
    for label, cells in L04_ROWS:
        assert len(cells) == len(L04_VENDORS), label
        rows.append([label, *cells])
    write_csv("l_04_pc_en_gsheets_emoji.csv", rows, "utf-8", CASES)



# ---------------------------------------------------------------------------------------------
# l_05  商户经营贷 — 采购管理部 of 长春净月小额贷款 (loans to auto-parts suppliers) binds its 供应商比选资料汇编 as one
#       workbook for the 采购委员会, the way a formal report is bound: a 封面 (company, project, 编制单位, date, 密级), a
#       目录 whose entries are hyperlinks to the sheets behind it, then four sheets, each with a "← 返回目录" link: 1.报价汇总
#       (vendors as rows: 源码授权费 | 实施部署费 | 培训费 | 合计 in 元, 计税, 选配, 报价有效期, 备注), 2.资质与安全 (transposed:
#       项目 down column A, vendors as columns), 3.功能模块 (vendors as rows, one column per module: 有 / 无 / 选配),
#       4.售后与源码 (vendors as rows). Each sheet lists the vendors in another order (the order their documents arrived for
#       that topic). A hidden sheet 数据字典 feeds the drop-down lists (是/否, 含税/不含税, 有/无/选配).
# Traps: the quotes start on the third sheet — the 封面's company and 编制单位 are the buyer, the 目录's entries (报价汇总,
#       资质与安全 …) and the "← 返回目录" links are no vendors, the hidden 数据字典 is no quote; each vendor's quote is its rows
#       on four sheets joined by its full name whatever the order or orientation; 沈阳盛京's 合计 260,000 is 不含税 and its
#       电子合同 (a merchant must-have) is 选配 30,000元（不含税）: (260,000 + 30,000) × 1.13 = 327,700; 哈尔滨冰城's 合计
#       248,000 is less than its items (260,000) — the 合计 is the price (its 备注 says it includes a discount), with a
#       warning — and its 等保 is 三级测评中 (unverified, not fail); 四平英城 is 128,000 (caution zone) with 等保二级, no
#       流水分析 and no access control; 报价有效期 (90天) and 报价日期 are no amounts.
# Analyst's reading: 吉林长白数科有限公司 — 290,000 含税 (220,000 + 50,000 + 20,000) inside 25–35万, filing number, SM4, HTTPS,
#       RBAC, 12-month logs, PBoC + Baihang, all three merchant must-haves, 12 months with upgrades, free policy adaptation,
#       7×24, 1 h, lifetime consulting, in the contract, 32,000 a year, full source.
# ---------------------------------------------------------------------------------------------
L05_CB, L05_SJ, L05_BC, L05_SP = ("吉林长白数科有限公司", "沈阳盛京软件有限公司", "哈尔滨冰城信息技术有限公司",
                                  "四平英城网络科技有限公司")
L05_PRICE_HEAD = ["序号", "供应商", "源码授权费（元）", "实施部署费（元）", "培训费（元）", "合计（元）", "计税",
                  "选配模块（未含在合计内）", "报价有效期", "报价日期", "备注"]
L05_PRICES = [
    [L05_SJ, 200000, 45000, 15000, 260000, "不含税", "电子合同模块 30,000元（不含税）", "60天", "2025-04-03", ""],
    [L05_CB, 220000, 50000, 20000, 290000, "含税", "无", "90天", "2025-04-07", ""],
    [L05_SP, 80000, 40000, 8000, 128000, "含税", "无", "30天", "2025-04-01", ""],
    [L05_BC, 180000, 60000, 20000, 248000, "含税", "无", "90天", "2025-04-08",
     "合计按供应商报价单原样填写（供应商称已含商务优惠）"],
]
L05_SECURITY_ORDER = [L05_SP, L05_BC, L05_CB, L05_SJ]
L05_SECURITY = [
    ("等保三级", {L05_CB: "已取得（备案证明编号22010043177-24005）", L05_SJ: "已取得（备案证明编号21010043093-23014）",
              L05_BC: "三级测评中，预计2025年6月取得备案证明", L05_SP: "二级"}),
    ("数据加密", {L05_CB: "SM4（身份证号、手机号、银行卡号）", L05_SJ: "SM4", L05_BC: "SM4", L05_SP: "AES"}),
    ("传输加密", {L05_CB: "HTTPS", L05_SJ: "HTTPS", L05_BC: "HTTPS", L05_SP: "HTTPS"}),
    ("权限管理", {L05_CB: "RBAC角色权限", L05_SJ: "角色权限", L05_BC: "RBAC", L05_SP: "无"}),
    ("日志保存", {L05_CB: "12个月", L05_SJ: "6个月", L05_BC: "12个月", L05_SP: "3个月"}),
    ("征信接口", {L05_CB: "人行征信中心（企业征信）、百行征信", L05_SJ: "百行征信", L05_BC: "百行征信", L05_SP: "未对接"}),
]
L05_MODULE_HEAD = ["供应商", "企业征信", "银行流水分析", "电子合同", "用户管理", "审批流", "还款管理", "其他模块"]
L05_MODULES = [
    [L05_SJ, "有", "有", "选配", "有", "有", "有", "无"],
    [L05_SP, "有", "无", "有", "有", "有", "有", "无"],
    [L05_CB, "有", "有", "有", "有", "有", "有", "数据分析大屏"],
    [L05_BC, "有", "有", "有", "有", "有", "有", "API开放平台"],
]
L05_SERVICE_HEAD = ["供应商", "免费维护期", "维护范围", "政策适配", "技术支持", "响应时间", "终身技术咨询", "写入合同",
                    "维保期满年费", "源码交付"]
L05_SERVICE = [
    [L05_BC, "12个月", "bug修复及小版本升级", "免费", "7×24小时", "2小时", "提供", "是", "2.5万元/年", "完整源码"],
    [L05_CB, "12个月", "bug修复及小版本升级", "免费", "7×24小时", "1小时", "提供", "是", "3.2万元/年",
     "完整源码，无加密，可二次开发"],
    [L05_SP, "6个月", "仅bug修复", "收费", "工作日", "次日", "不提供", "否", "按次收费", "授权使用，绑定域名"],
    [L05_SJ, "12个月", "仅bug修复", "重大政策调整另行报价", "5×8小时", "4小时", "不提供", "是", "按合同额15%/年", "完整源码"],
]
L05_SHEETS = [("1.报价汇总", "各供应商报价（金额单位：元）"), ("2.资质与安全", "等保、加密、权限、日志、征信"),
              ("3.功能模块", "各供应商报价内功能模块"), ("4.售后与源码", "维保、支持、合同及源码交付")]


def _link(cell, sheet: str, text: str):
    cell.value = text
    cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{sheet}'!A1", display=text)
    cell.font = LINK


def _data_sheet(wb, name: str, title: str):
    ws = wb.create_sheet(name)
    ws.cell(row=1, column=1, value=title).font = TITLE
    _link(ws.cell(row=2, column=1), "目录", "← 返回目录")
    return ws


def case_l05():
    wb = Workbook()
    cover = wb.active
    cover.title = "封面"
    for r, (text, font) in enumerate([("长春净月小额贷款有限公司", TITLE), ("经营贷业务系统源码采购项目", TITLE),
                                       ("供应商比选资料汇编", TITLE), ("", None), ("编制单位：采购管理部", None),
                                       ("编制日期：2025年4月10日", None), ("密级：内部资料，注意保密", None)], start=4):
        cell = cover.cell(row=r, column=2, value=text or None)
        if font:
            cell.font = font
        cover.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        cell.alignment = CENTER
    widths(cover, [4] + [12] * 8)

    toc = wb.create_sheet("目录")
    toc.cell(row=1, column=1, value="目　录").font = TITLE
    put_row(toc, 3, ["序号", "内容", "说明"], font=BOLD, fill=GREY, align=CENTER)
    for i, (name, note) in enumerate(L05_SHEETS, start=1):
        put_row(toc, 3 + i, [str(i), None, note])
        _link(toc.cell(row=3 + i, column=2), name, name)
        toc.cell(row=3 + i, column=2).border = BOX
    toc.cell(row=9, column=1, value="注：各页供应商顺序按资料收到先后排列；报价以供应商盖章报价单为准。")
    widths(toc, [8, 20, 40])

    ws = _data_sheet(wb, "1.报价汇总", "一、报价汇总")
    put_row(ws, 4, L05_PRICE_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(L05_PRICES, start=1):
        put_row(ws, 4 + i, [str(i), *row])
        for c in range(3, 7):
            ws.cell(row=4 + i, column=c).number_format = "#,##0"
    dv = DataValidation(type="list", formula1="数据字典!$B$2:$B$3", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"G5:G{4 + len(L05_PRICES)}")
    widths(ws, [6, 28, 14, 14, 12, 14, 10, 30, 10, 12, 36])

    ws = _data_sheet(wb, "2.资质与安全", "二、资质与安全")
    put_row(ws, 4, ["项目", *L05_SECURITY_ORDER], font=BOLD, fill=GREY, align=CENTER)
    for r, (label, answers) in enumerate(L05_SECURITY, start=5):
        put_row(ws, r, [label, *(answers[v] for v in L05_SECURITY_ORDER)])
    widths(ws, [12, 30, 30, 30, 30])

    ws = _data_sheet(wb, "3.功能模块", "三、功能模块（报价内）")
    put_row(ws, 4, L05_MODULE_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for r, row in enumerate(L05_MODULES, start=5):
        put_row(ws, r, row)
    widths(ws, [28, 10, 12, 10, 10, 10, 10, 16])

    ws = _data_sheet(wb, "4.售后与源码", "四、售后服务与源码交付")
    put_row(ws, 4, L05_SERVICE_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for r, row in enumerate(L05_SERVICE, start=5):
        put_row(ws, r, row)
    widths(ws, [28, 10, 20, 20, 10, 10, 12, 10, 16, 26])

    lists = wb.create_sheet("数据字典")
    for c, values in enumerate([["是否", "是", "否"], ["计税", "含税", "不含税"], ["有无", "有", "无", "选配"]], start=1):
        for r, v in enumerate(values, start=1):
            lists.cell(row=r, column=c, value=v)
    lists.sheet_state = "hidden"
    wb.save(CASES / "l_05_ml_cover_toc_sheets.xlsx")



# ---------------------------------------------------------------------------------------------
# l_06  消费分期 — 安徽徽银小额贷款 (a city state-owned lender: 家电 and 电动车 installments) buys the system through the
#       province's public-resource trading platform under 竞争性磋商, as its state-owned shareholder requires; the 代理机构
#       exports the 报价一览表 after the bids are decrypted and saves it as CSV in GB18030 (the 经办人's name 陈𬭚 is outside
#       GBK). Voice: the platform's and the procurement law's — 项目编号, 预算金额 and 最高限价 in 大写 and ¥ figures, 投标总价
#       （大写） ONLY (the platform's opening sheet prints the bid in words: "人民币贰拾叁万零捌佰元整"), 企业规模 and the
#       小微企业 价格扣除 of 10 % with the 评审价格 it gives, 投标保证金 "已缴纳 5000.00", 交付工期, 解密时间, a declined bidder
#       (已放弃); each bidder's 技术响应摘要 / 商务响应摘要 are multi-line cells, some numbered "1.等保：…".
#       Layout: three lines above the table (title with 项目编号; 预算金额 / 最高限价 / 采购方式; the 注 on tax, 大写 and 价格扣除),
#       then the header row and one row per bidder, and a "共5条" line with the export time under it.
# Traps: the only price is the 大写 — 贰拾陆万伍仟 = 265,000, 贰拾叁万零捌佰 = 230,800 (the 零 holds a place), 壹拾叁万捌仟 =
#       138,000, 贰拾捌万 = 280,000; the 评审价格（元） beside it is an evaluation figure after the 小微企业 deduction (207,720,
#       124,200), never the price paid; the 预算金额 / 最高限价 (¥300,000.00) is the buyer's; 投标保证金 5000.00, 解密时间 and
#       统一社会信用代码 are no amounts, nor the list numbers "1." … "7."; every bid is 含税 (the 注 line); 蚌埠淮上 equals
#       庐州 in every scored respect at 138,000 (caution zone: must not win on price); 安庆宜城 is 三级测评中 (unverified) and
#       claims the rest (国密算法, 各类征信机构, 终身免费维护), with an AI bot; 六安皋城 已放弃 made no quote (left out, not scored).
# Analyst's reading: 合肥庐州分期科技有限公司 — 265,000 含税 inside 20–30万, filing number, SM4, HTTPS, RBAC, 12-month logs,
#       Baihang + Pudao, all three installment must-haves, 12 months with upgrades, free policy adaptation, 7×24, 1 h,
#       lifetime consulting, in the contract, 30,000 a year, full source.
# ---------------------------------------------------------------------------------------------
L06_HEAD = ["序号", "供应商名称", "统一社会信用代码", "企业规模", "投标总价（大写）", "价格扣除比例", "评审价格（元）", "投标保证金",
            "交付工期", "技术响应摘要", "商务响应摘要", "报价状态", "解密时间"]
L06_TECH_GOOD = ("1.等保：三级，备案证明编号{no}\n2.加密：身份证号、手机号、银行卡号SM4加密；全站HTTPS\n3.权限：RBAC角色权限\n"
                 "4.日志：操作日志保存12个月，可追溯异常操作\n5.征信：百行征信、朴道征信\n"
                 "6.功能：商品管理、分期计算器、订单跟踪、还款管理、用户管理、审批流\n7.源码：交付完整源码，无加密，可二次开发")
L06_BIZ_GOOD = ("1.免费维护期：12个月，含bug修复及小版本升级\n2.政策适配：监管政策调整免费适配\n3.技术支持：7×24小时，1小时内响应\n"
                "4.终身技术咨询：提供\n5.以上承诺写入合同\n6.维护期满年费：3万元/年")
L06_ROWS = [
    ["1", "合肥庐州分期科技有限公司", "91340100MA2T8K3Q1X", "中型企业", "人民币贰拾陆万伍仟元整", "0%", "265000.00",
     "已缴纳 5000.00", "合同签订后60日历天", L06_TECH_GOOD.format(no="34010043216-24010"), L06_BIZ_GOOD, "已解密",
     "2025-04-10 09:31:05"],
    ["2", "芜湖镜湖软件有限公司", "91340202MA8N4W2R6C", "小型企业", "人民币贰拾叁万零捌佰元整", "10%", "207720.00",
     "已缴纳 5000.00", "合同签订后45日历天",
     "等保：三级，备案证明编号34020043140-23018\n加密：SM4；HTTPS\n权限：角色权限\n日志：6个月\n征信：百行征信\n"
     "功能：商品管理、分期计算器、订单跟踪、还款管理、用户管理、审批流、积分商城\n源码：完整源码",
     "免费维护期：12个月，仅bug修复\n政策适配：小调整免费，重大政策调整另行报价\n技术支持：7×24小时，4小时内响应\n"
     "终身技术咨询：不提供\n写入合同：是\n维护期满年费：按合同额10%/年", "已解密", "2025-04-10 09:32:41"],
    ["3", "蚌埠淮上网络科技有限公司", "91340300MA2W7P5D3K", "微型企业", "人民币壹拾叁万捌仟元整", "10%", "124200.00",
     "已缴纳 5000.00", "合同签订后60日历天", L06_TECH_GOOD.format(no="34030043097-24002"), L06_BIZ_GOOD, "已解密",
     "2025-04-10 09:33:17"],
    ["4", "安庆宜城信息技术有限公司", "91340800MA8P1X9T5E", "中型企业", "人民币贰拾捌万元整", "0%", "280000.00",
     "已缴纳 5000.00", "合同签订后30日历天",
     "等保：三级测评中，尚未取得备案证明\n加密：国密算法；HTTPS\n权限：RBAC\n日志：12个月\n征信：支持对接各类征信机构\n"
     "功能：商品管理、分期计算器、订单跟踪、还款管理、用户管理、审批流、智能客服机器人\n源码：完整源码",
     "免费维护期：终身免费维护\n政策适配：免费\n技术支持：7×24小时，30分钟内响应\n终身技术咨询：提供\n写入合同：是\n维护期满年费：无",
     "已解密", "2025-04-10 09:35:02"],
    ["5", "六安皋城科技有限公司", "91341500MA2X3C8L0H", "小型企业", "", "", "", "未缴纳", "", "", "开标前提交放弃声明",
     "已放弃", ""],
]


def case_l06():
    width = len(L06_HEAD)
    pad = [""] * (width - 1)
    rows = [["安徽徽银小额贷款有限公司消费分期业务系统采购项目 报价一览表（项目编号：AHGZ-2025-XD-0137）", *pad],
            ["采购方式：竞争性磋商；预算金额：人民币叁拾万元整（¥300,000.00）；最高限价：¥300,000.00", *pad],
            ["注：投标总价为含税全包价（含软件、实施、培训及全部税费），以投标函大写金额为准；"
             "小微企业价格扣除10%，评审价格仅用于价格分计算，不作为合同价。", *pad],
            L06_HEAD]
    for row in L06_ROWS:
        assert len(row) == width, row[1]
        rows.append(row)
    rows.append(["共5条　导出时间：2025-04-10 15:02:47　导出人：代理机构 陈𬭚", *pad])
    write_csv("l_06_ci_zhengcai_daxie_gb18030.csv", rows, "gb18030", CASES)


if __name__ == "__main__":
    case_l01()
    case_l02()
    case_l03()
    case_l04()
    case_l05()
    case_l06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("l_0*") if p.suffix != ".toml")))
