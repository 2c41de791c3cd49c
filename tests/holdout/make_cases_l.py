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
from openpyxl.styles import Font
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
    wb.save(HERE / "l_01_pc_bank_pingfen_shuoming.xlsx")


if __name__ == "__main__":
    case_l01()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("l_0*") if p.suffix != ".toml")))
