"""Build the "o" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, office tools (an OA 采购比价审批单 printed to Excel with each
vendor's detail row stacked as 表单字段 | 值 and the approval trail under it, an Excel pivot table pasted as values, a
腾讯会议 智能纪要 pasted line by line and saved as CSV, a Gmail thread exported to CSV with quoted replies, a Trello board
exported to CSV, a buyer's 供应商跟进记录 log) and buyers' staff would write; the expected reading of every file is in the
matching o_0N_*.toml beside it, written from the file's content and the domain notes (shared/domain.md,
docs/analyst-reading.md) before any product code read these files. The author of this script neither ran the product on
them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_o.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure o_
"""
from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
sys.path.insert(0, str(CASES))
sys.path.insert(0, str(HERE))
from case_sheet import BOLD, BOX, CENTER, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402
from make_cases_e import merged  # noqa: E402  (a merged, bordered cell)
from make_cases_f import write_csv  # noqa: E402  (a CSV in a given encoding)

FIXED = datetime(2025, 6, 30, 9, 0, 0)
BLUE = PatternFill("solid", fgColor="DDEBF7")
PIVOT_HEAD = PatternFill("solid", fgColor="D9E1F2")
PIVOT_SUB = PatternFill("solid", fgColor="EDF1F9")


def _home(name: str) -> Path:
    """Where a case's files live: tests/cases once the case moved there (read fully), else this holdout."""
    return CASES if any(CASES.glob(name[:5] + "*.toml")) else HERE


def _save(wb, name):
    wb.properties.creator = "buyer"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(_home(name) / name)


def _lines(*xs):
    return "\n".join(xs)


# ---------------------------------------------------------------------------------------------
# o_01  个人信用贷 — 信息科技部 周立 at 武汉江城小额贷款 raised the purchase as an OA 流程 (泛微 e-cology "采购比价审批"); the
#       流程 is printed to Excel with 「导出Excel」 for the 总经理 (江涛), who has not signed yet. Voice: an OA form — 主表 fields
#       in label | value | label | value pairs (申请人, 预算金额, 拟选供应商 and 拟选理由 typed by 周立), the 明细表 "供应商报价
#       明细" printed as one stacked block per detail row (明细表1 · 第N行, then 表单字段 | 值, the value merged across), the
#       dropdown fields' chosen options (是否含税 是/否, 等保三级 已取得/测评中/未取得) beside the free-text fields 周立 copied from
#       each quote, then 三、流转意见: 节点 | 操作者 | 操作（时间） | 签字意见, and a 打印人 line.
# Traps: 周立's 拟选供应商 (隆中, "报价最低…承诺终身免费维护") and the 签字意见 are the buyer's, not quotes; 隆中's 等保三级
#       dropdown says 已取得 but the vendor's own words in 等保证明材料 are "我司系统完全符合等保三级要求，相关证明材料签约后
#       提供" (a claim: unverified), with 国密算法, 可对接各大征信机构, 终身免费维护, an encrypted risk engine and a chatbot;
#       三峡's 192,000 is 是否含税 否 and its 风控模型 (a must-have) is a 选配 at 2.6万（不含税）: (192,000 + 26,000) × 1.13 =
#       246,340, its 营销插件 option (deferrable) is not bought; 武当 is 98,000 with 等保二级 and no credit report / risk model;
#       荆州古城's block is empty but for "放弃本次报价" (no quote); 统一社会信用代码, phone numbers, 预算金额 and 报价有效期
#       are no prices.
# Analyst's reading: 武汉楚天信科技术有限公司 — 236,000 含税 inside 18–25万, filing number, SM4, HTTPS, RBAC, 12-month
#       logs, PBoC + Baihang, every must-have and anti-fraud, 12 months with upgrades, free policy adaptation, 7×24, 1 h,
#       consulting, in the contract, 2.5万/年, full source.
# ---------------------------------------------------------------------------------------------
O01_FIELDS = ["供应商名称", "统一社会信用代码", "联系人及电话", "报价金额（元）", "是否含税", "税率", "报价构成说明",
              "选配项及价格（未含在报价金额内）", "报价内功能模块", "等保三级", "等保证明材料", "数据加密", "传输加密",
              "权限管理", "日志留存", "征信接口", "免费维护期", "维护范围", "监管政策适配", "技术支持时段", "响应时效",
              "终身技术咨询", "承诺写入合同", "维保期后年费", "源码交付", "供应商备注"]
O01_VENDORS = [
    ["武汉楚天信科技术有限公司", "91420106MA4KQ7L83X", "刘伟 / 027-8765 3210", 236000, "是", "13%",
     "源码授权费17.5万元＋部署实施费4.5万元＋培训费1.6万元", "无",
     "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡＋规则引擎）、反欺诈、还款计划与提醒、审批流、用户管理、数据大屏",
     "已取得", "等保三级备案证明编号42010043091-24015，有效期至2027年3月，复印件已随报价单提交",
     "SM4加密存储（身份证号、手机号、银行卡号）", "全站HTTPS（TLS 1.2及以上）", "RBAC角色权限，按岗位配置菜单和数据权限",
     "操作日志保存12个月，异常操作实时告警", "已对接人行征信中心（二代）、百行征信", "12个月（自验收合格之日起）",
     "bug修复＋小版本升级", "因监管政策变化需要的调整免费适配", "7×24小时", "1小时内响应，指定专属工程师", "提供",
     "是，以上承诺写入合同附件《售后服务承诺书》", "2.5万元/年", "完整源码，无加密，可二次开发", "报价有效期90天"],
    ["襄阳隆中数科有限公司", "91420600MA49BX2T5K", "孔磊 / 0710-355 6688", 186000, "是", "13%",
     "一口价（含源码、部署、培训）", "无",
     "个人征信、智能风控、反欺诈、还款管理、审批流、用户管理、智能客服机器人（赠送）",
     "已取得", "我司系统完全符合等保三级要求，相关证明材料签约后提供", "采用国密算法加密", "HTTPS", "支持角色权限",
     "日志可长期保存", "可对接各大征信机构", "终身免费维护", "全包", "免费", "7×24小时", "30分钟", "提供", "签约时另行协商",
     "无（终身免费维护）", "提供源码（风控决策引擎为加密组件）", "本月签约赠送智能客服机器人"],
    ["宜昌三峡云贷软件有限公司", "91420500MA4FD3R67P", "向东 / 0717-612 0458", 192000, "否", "13%（另计）",
     "源码授权费15万元＋部署实施及培训费4.2万元（均不含税）",
     "风控模型（评分卡＋决策引擎）2.6万元（不含税）；营销插件1.2万元（不含税）",
     "个人征信查询（百行征信）、反欺诈、还款管理、审批流、用户管理",
     "已取得", "备案证明编号42050043027-23008", "SM4（身份证号、手机号）", "HTTPS", "角色权限管理", "6个月", "百行征信",
     "12个月", "仅修复bug，不含版本升级", "一般调整免费，重大监管政策调整另行报价", "工作日9:00-17:30", "4小时内",
     "不提供", "是", "按合同金额的15%/年", "完整源码，可二次开发", None],
    ["十堰武当信息技术有限公司", "91420300MA48TQ0N2J", "汪涛 / 139 7280 1165", 98000, "是", "13%", "全包价", "无",
     "进件管理、审批流、还款管理、用户管理、短信通知",
     "未取得", "目前为等保二级备案", "AES加密（仅密码字段）", "HTTPS", "无，管理员统一账号", "3个月", "暂未对接",
     "3个月", "仅修复bug", "另行收费", "工作日QQ群", "次日", "不提供", "否", "按次收费，5000元/次", "仅授权使用，绑定域名",
     None],
    ["荆州古城网络科技有限公司", "91421000MA4A8W5C1D", "黄强 / 0716-845 2207", None, None, None, None, None, None, None, None,
     None, None, None, None, None, None, None, None, None, None, None, None, None, None,
     "6月10日邮件回复：因项目排期原因，放弃本次报价"],
]
O01_TRAIL = [
    ["申请人", "周立", "提交（2025-06-13 16:20）",
     "共询价5家，荆州古城放弃报价。隆中数科报价最低（18.6万含税），功能齐全且承诺终身免费维护，拟选隆中。"],
    ["部门负责人", "张敏", "批准（2025-06-14 09:05）", "同意。"],
    ["风险合规部", "何静", "批准（2025-06-16 11:42）",
     "隆中数科等保只有\"符合要求\"的表述，未提供备案证明，征信也未说明对接哪家持牌机构；楚天信科备案证明原件已核对。"
     "建议补齐材料后再定。"],
    ["财务部", "吴晓红", "批准（2025-06-17 15:10）", "三峡云贷报价为不含税价，比较时需统一含税口径。均在预算内。"],
    ["总经理", "江涛", "待处理", None],
]


def case_o01():
    wb = Workbook()
    ws = wb.active
    ws.title = "采购比价审批单"
    widths(ws, [24, 44, 22, 44])
    merged(ws, 1, 1, 1, 4, "武汉江城小额贷款有限公司　采购比价审批单", fill=PatternFill())
    ws.cell(row=1, column=1).font = TITLE
    merged(ws, 2, 1, 2, 4, "流程标题：个人信用贷业务系统源码采购比价-周立-2025-06-13", fill=PatternFill())
    merged(ws, 3, 1, 3, 4, "请求编号：JCXD-CG-2025-0137　　紧急程度：重要　　当前节点：总经理审批　　流程状态：审批中",
           fill=PatternFill())
    for r in (2, 3):
        ws.cell(row=r, column=1).font = Font()
    r = 5
    merged(ws, r, 1, r, 4, "一、基本信息", fill=GREY)
    main = [["申请人", "周立", "申请部门", "信息科技部"],
            ["申请日期", "2025-06-13", "采购类别", "软件系统（源码买断）"],
            ["项目名称", "个人信用贷业务系统源码采购", "预算金额（元）", 250000],
            ["业务类型", "个人信用贷", "询价家数", "5"],
            ["拟选供应商", "襄阳隆中数科有限公司", "拟选理由", "报价最低（18.6万含税），功能齐全，承诺终身免费维护"],
            ["相关附件", "各供应商报价单（5份）.zip；演示记录.docx", "是否超预算", "否"]]
    for row in main:
        r += 1
        put_row(ws, r, row)
        ws.cell(row=r, column=1).fill = GREY
        ws.cell(row=r, column=3).fill = GREY
        if isinstance(row[3], int):
            ws.cell(row=r, column=4).number_format = "#,##0.00"
    r += 2
    merged(ws, r, 1, r, 4, "二、供应商报价明细（明细表1，共5行）", fill=GREY)
    for i, vals in enumerate(O01_VENDORS, start=1):
        assert len(vals) == len(O01_FIELDS), vals[0]
        r += 1
        merged(ws, r, 1, r, 4, f"明细表1 · 第{i}行", fill=BLUE)
        for field, v in zip(O01_FIELDS, vals):
            r += 1
            ws.cell(row=r, column=1, value=field).border = BOX
            ws.cell(row=r, column=1).alignment = WRAP
            ws.cell(row=r, column=1).fill = GREY
            cell = ws.cell(row=r, column=2, value=v)
            cell.alignment = WRAP
            if isinstance(v, int):
                cell.number_format = "#,##0.00"
            for c in (2, 3, 4):
                ws.cell(row=r, column=c).border = BOX
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    r += 2
    merged(ws, r, 1, r, 4, "三、流转意见", fill=GREY)
    r += 1
    put_row(ws, r, ["节点名称", "操作者", "操作（时间）", "签字意见"], font=BOLD, fill=GREY, align=CENTER)
    for row in O01_TRAIL:
        r += 1
        put_row(ws, r, row)
    r += 2
    ws.cell(row=r, column=1, value="打印人：周立　　打印时间：2025-06-20 10:15　　（本审批单由OA系统导出，以系统记录为准）")
    _save(wb, "o_01_pc_oa_liucheng_mingxi.xlsx")


# ---------------------------------------------------------------------------------------------
# o_02  商户经营贷 — 风险管理部 王琳 at 东莞莞商小额贷款 (loans to 长安 / 虎门 factories and traders) typed every vendor's
#       answer into a long list (供应商 | 类别 | 项目 | 答复 | 金额（元）), made a PIVOT TABLE of it (tabular form, 供应商 /
#       类别 / 项目 / 答复 as row fields, 求和项:金额（元） as the value, a subtotal per 供应商, grand total on), then copied
#       the pivot and pasted it AS VALUES into a new workbook for the 总经理 — the source list is not in the file. Voice:
#       what Excel leaves behind: the report filters above (录入人 (全部), 业务类型 经营贷), row labels written once per group
#       (blank below), "(空白)" where a cell of the source was empty, "XX 汇总" rows, 总计, items numbered so the pivot
#       keeps their order ("1.1 源码授权费"); two answers to one item become two rows under one label.
# Traps: each "XX 汇总" sums EVERY amount of the vendor — the 年费 line, unbought options, a per-incident fee — so it is no
#       price: 松湖 汇总 298,000 is 268,000 of price + 30,000 a year; 顺德's 汇总 288,000 adds its deferrable API开放平台
#       option and forgets VAT: its lines are 不含税 and its 电子合同 (a must-have) is an option, (210,000 + 35,000 + 25,000)
#       × 1.13 = 305,100; 端州's 报价 is 面议 and its 汇总 28,000 is only its yearly fee (no price, never a 10万 fail); 侨乡's
#       汇总 131,000 holds 3,000元/次 (per incident, not price): 128,000, 等保二级, no 银行流水分析 (fail); 香山 only claims
#       (按等保三级标准开发, 国密加密, 主流征信机构, 终身免费维护), leaves 日志 and 合同 (空白), encrypts its core risk
#       engine and carries 区块链存证 / 智能客服; the (空白) vendor group is 王琳's note, the 总计 row sums all vendors.
# Analyst's reading: 东莞松湖数科有限公司 — 20 + 5 + 1.8 = 26.8万 含税 inside 25–35万, filing number, SM4, HTTPS, RBAC,
#       12-month logs, PBoC + Baihang, the three merchant must-haves, 12 months with upgrades, free policy adaptation, 7×24,
#       1 h, consulting, in the contract, 3万元/年, full source.
# ---------------------------------------------------------------------------------------------
def _o02_answers(price, tax, fee, sec, feats, service, source):
    """One vendor's source lines: (类别, 项目, 答复, 金额) — price lines first, then the fixed items."""
    rows = [("1-报价", item, ans, amt) for item, ans, amt in price]
    rows.append(("1-报价", "1.5 计税方式", tax, None))
    rows.append(("1-报价", "1.6 维保期后年费", fee[0], fee[1]))
    labels = ["2.1 等保三级", "2.2 数据加密", "2.3 传输加密", "2.4 权限管理", "2.5 日志留存", "2.6 征信接口"]
    rows += [("2-资质安全", lab, ans, None) for lab, ans in zip(labels, sec)]
    rows.append(("3-功能", "3.1 报价内功能模块", feats, None))
    labels = ["4.1 免费维护期", "4.2 维护范围", "4.3 政策适配", "4.4 技术支持时段", "4.5 响应时效", "4.6 终身技术咨询",
              "4.7 写入合同"]
    rows += [("4-售后", lab, ans, None) for lab, ans in zip(labels, service)]
    rows.append(("5-源码", "5.1 源码交付", source, None))
    return rows


O02_VENDORS = [  # in the order the pivot sorts them (拼音)
    ("东莞松湖数科有限公司", _o02_answers(
        [("1.1 源码授权费", "20万", 200000), ("1.2 部署实施费", "5万", 50000), ("1.3 培训费", "1.8万", 18000),
         ("1.4 选配模块", "无", None)],
        "以上均含税（13%增值税专用发票）", ("3万元/年", 30000),
        ["已取得，备案证明编号44190043112-24006", "SM4加密（身份证号、手机号、银行卡号）", "全站HTTPS",
         "RBAC角色权限，可按分支机构配置", "操作日志保存12个月", "人行征信中心、百行征信"],
        "企业征信、银行流水分析、电子合同、用户管理、审批流、还款管理、数据分析大屏",
        ["12个月", "bug修复及小版本升级", "监管政策调整免费适配", "7×24小时", "1小时内", "提供", "是，以上条款全部写入合同"],
        "完整源码，无加密，可二次开发")),
    ("佛山顺德融科软件有限公司", _o02_answers(
        [("1.1 源码授权费", "210,000（不含税）", 210000), ("1.2 部署实施费", "35,000（不含税，含培训）", 35000),
         ("1.3 培训费", "含在实施费内", None),
         ("1.4 选配模块", "API开放平台18,000元（不含税），未含在上述报价内", 18000),
         ("1.4 选配模块", "电子合同模块25,000元（不含税），未含在上述报价内", 25000)],
        "不含税，增值税13%另计", ("按合同额15%/年", None),
        ["已取得，备案证明编号44060643077-23012", "SM4加密（身份证号、手机号）", "HTTPS", "角色权限", "6个月", "百行征信"],
        "企业征信、银行流水分析、用户管理、审批流、还款管理",
        ["12个月", "仅bug修复，不含版本升级", "小调整免费，重大政策调整另行报价", "5×8小时（工作日）", "4小时", "提供", "是"],
        "完整源码")),
    ("江门侨乡软件工作室", _o02_answers(
        [("1.1 源码授权费", "12.8万（全包，含税）", 128000), ("1.2 部署实施费", "含在授权费内", None),
         ("1.3 培训费", "远程培训，免费", None), ("1.4 选配模块", "无", None)],
        "含税", ("按次收费，3000元/次", 3000),
        ["二级", "AES", "HTTPS", "无（共用管理员账号）", "3个月", "未对接"],
        "企业征信、电子合同、还款管理、用户管理",
        ["6个月", "仅修复bug", "收费", "工作日", "次日", "无", "否"],
        "授权使用，绑定服务器")),
    ("肇庆端州数据科技有限公司", _o02_answers(
        [("1.1 源码授权费", "面议（按分支机构数量另行报价）", None), ("1.2 部署实施费", None, None),
         ("1.3 培训费", None, None), ("1.4 选配模块", "无", None)],
        "含税", ("2.8万元/年", 28000),
        ["已取得，备案证明编号44120043035-24002", "SM4加密（身份证号、手机号、银行卡号）", "HTTPS", "RBAC角色权限",
         "12个月", "人行征信中心、百行征信"],
        "企业征信、银行流水分析、电子合同、用户管理、审批流、还款管理",
        ["12个月", "bug修复及小版本升级", "免费", "7×24小时", "2小时内", "提供", "是"],
        "完整源码，可二次开发")),
    ("中山香山信息技术有限公司", _o02_answers(
        [("1.1 源码授权费", "23.8万（一口价，含部署培训）", 238000), ("1.2 部署实施费", "含在一口价内", None),
         ("1.3 培训费", "含在一口价内", None), ("1.4 选配模块", "无", None)],
        "含税", ("终身免费维护，无年费", None),
        ["按等保三级标准开发，可协助客户通过等保测评", "国密加密", "HTTPS", "有", None, "支持对接主流征信机构"],
        "企业征信、银行流水分析、电子合同、还款管理、用户管理、区块链存证、智能客服",
        ["终身免费维护", "全包", "免费", "7×24小时", "30分钟", "提供", None],
        "提供源码，核心风控引擎加密")),
]


def case_o02():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    widths(ws, [28, 12, 20, 56, 18, 4, 40])
    ws.cell(row=1, column=1, value="录入人")
    ws.cell(row=1, column=2, value="(全部)")
    ws.cell(row=2, column=1, value="业务类型")
    ws.cell(row=2, column=2, value="经营贷")
    ws.cell(row=1, column=7, value="王琳：各家报价及答疑回复汇总（透视表粘贴为数值）")
    ws.cell(row=2, column=7, value="数据截至2025-06-18")
    r = 4
    put_row(ws, r, ["供应商", "类别", "项目", "答复", "求和项:金额（元）"], font=BOLD, fill=PIVOT_HEAD, border=False)
    total = 0
    groups = list(O02_VENDORS) + [("(空白)", [("(空白)", "备注",
                                                 "端州未给金额，称需按分支机构数量报价；顺德为不含税价，电子合同为选配", None)])]
    for name, lines in groups:
        last_cat = last_item = None
        first = True
        sub = 0
        have_amt = False
        for cat, item, ans, amt in lines:
            r += 1
            ws.cell(row=r, column=1, value=name if first else None)
            if cat != last_cat:
                ws.cell(row=r, column=2, value=cat)
                last_item = None
            if item != last_item:
                ws.cell(row=r, column=3, value=item)
            ws.cell(row=r, column=4, value=ans if ans is not None else "(空白)")
            if amt is not None:
                ws.cell(row=r, column=5, value=amt).number_format = "#,##0"
                sub += amt
                have_amt = True
            first = False
            last_cat, last_item = cat, item
        r += 1
        put_row(ws, r, [f"{name} 汇总", None, None, None, sub if have_amt else None], font=BOLD, fill=PIVOT_SUB,
                border=False)
        if have_amt:
            ws.cell(row=r, column=5).number_format = "#,##0"
        total += sub
    r += 1
    put_row(ws, r, ["总计", None, None, None, total], font=BOLD, fill=PIVOT_HEAD, border=False)
    ws.cell(row=r, column=5).number_format = "#,##0"
    assert total == 298000 + 288000 + 131000 + 28000 + 238000
    _save(wb, "o_02_ml_toushi_zhantie_shuzhi.xlsx")


# ---------------------------------------------------------------------------------------------
# o_03  消费分期 — 运营部 王璐 at 洛阳河洛小额贷款 (电动车 and 手机 installments through partner stores) met each vendor online
#       in 腾讯会议 and copied each meeting's 智能纪要 (AI minutes: 会议主题 / 会议时间 / 参会人, 全文摘要, 章节速览 with
#       "00:14:20" timestamps, 发言人观点, 待办事项, the "由AI生成" disclaimer) into column A of a sheet, one paragraph a row, her
#       own remarks in column B, then saved it as CSV from WPS on Chinese Windows (GB18030).
# Traps: the AI's third-person summary states each vendor's terms ("牡丹分期表示…"); the buyer's speakers (王璐, 李建军) give
#       requirements and a budget ("预算控制在25万以内"), nobody's commitment; timestamps, dates and the 待办 deadlines are
#       no amounts; 中原易分 (21.6万 含税, the cheapest in band) only claims: "按照等保三级要求设计开发，可协助…测评，目前未
#       提供备案证明", 国密算法, "能对接市面上所有征信机构", 终身免费维护, its risk and pricing engines encrypted, a chatbot and
#       区块链存证 given away; "价格可以再谈" is no price; 宋都's 19.5万 is 不含税 ("增值税13%另计") and its 订单跟踪 (a must-have)
#       is 选配 +2.5万（不含税）: (195,000 + 25,000) × 1.13 = 248,600, the 社交分享 option (deferrable) not bought; 牧野 is
#       等保二级 and "目前没有订单跟踪模块" (fail) at 11.8万; 王璐's 小结 at the foot ("易分最便宜…建议优先谈") is the buyer's.
# Analyst's reading: 洛阳牡丹分期科技有限公司 — 19 + 4 + 1.8 = 24.8万 含税 inside 20–30万, filing number, SM4, HTTPS, roles,
#       12-month logs, Baihang + Pudao, the three installment must-haves, 12 months with upgrades, free policy adaptation,
#       7×24, 1 h, consulting, all in the contract, 2.8万/年, full source.
# ---------------------------------------------------------------------------------------------
O03_DISCLAIMER = "（以上智能纪要由AI生成，内容仅供参考，请谨慎甄别后使用）"
O03_MEETINGS = [
    ("分期系统方案沟通-洛阳牡丹分期科技有限公司", "2025/06/10 14:00-15:02",
     "王璐、李建军（河洛小贷）；陈晨、赵磊（牡丹分期）",
     "本次会议洛阳牡丹分期科技有限公司介绍了消费分期系统方案及报价。牡丹分期表示总价24.8万元（含税），包含源码授权、部署实施"
     "和培训；商品管理、分期计算器、订单跟踪均为标准功能，已含在报价内；等保三级已于2024年取得；售后提供12个月免费维护并"
     "承诺写入合同。河洛小贷提出了7×24小时支持及政策适配方面的要求。",
     [("00:01:35", "报价构成", "牡丹分期报价总价24.8万元（含税），其中源码授权19万元、部署实施4万元、培训1.8万元，无选配项。"
                              "积分商城不在本次报价内，后期需要可另行采购。"),
      ("00:14:20", "功能演示", "现场演示了商品管理、分期计算器、订单跟踪、还款计划与提醒、审批流和用户管理，均在报价内。"),
      ("00:27:48", "资质与安全", "等保三级2024年取得，备案证明编号41030043061-24002；身份证号、手机号、银行卡号采用SM4加密"
                                "存储；全站HTTPS；按角色分配权限；操作日志保存12个月；已对接百行征信、朴道征信。",
       "6/12已收到盖章报价单和备案证明扫描件，编号一致"),
      ("00:41:06", "售后服务", "免费维护12个月，包含bug修复和小版本升级；监管政策变化引起的调整免费；7×24小时值班，1小时内"
                              "响应；提供终身技术咨询；以上承诺全部写入合同；维保期满后年费2.8万元。"),
      ("00:52:30", "源码交付", "交付完整源码，无加密，可二次开发。")],
     [("王璐（河洛小贷）", "我方要求免费维护不少于12个月、7×24小时支持，承诺必须写入合同；预算控制在25万以内。"),
      ("陈晨（牡丹分期）", "24.8万含税是最终报价，上面讲的承诺都写进合同附件。")],
     ["陈晨：6月12日前发送盖章报价单及等保备案证明扫描件", "王璐：安排技术部复核演示环境"],
     "演示最完整"),
    ("分期系统方案沟通-郑州中原易分网络科技有限公司", "2025/06/11 10:00-10:48",
     "王璐、李建军（河洛小贷）；刘洋（中原易分）",
     "郑州中原易分网络科技有限公司介绍了分期系统，报价21.6万元（含税）。中原易分表示系统按照等保三级要求设计，可协助我方完成"
     "等保测评；数据采用国密算法加密；可对接市面上所有征信机构；提供终身免费维护。",
     [("00:02:10", "报价", "报价21.6万元，含税，包含部署和培训；赠送智能客服机器人和区块链存证模块。"),
      ("00:10:45", "功能演示", "演示了商品管理、分期计算器、订单跟踪、还款管理、用户管理。"),
      ("00:19:30", "资质与安全", "中原易分表示系统按照等保三级要求设计开发，可协助客户完成等保测评，目前未提供备案证明；数据用"
                                "国密算法加密；支持HTTPS；有角色权限；日志长期保存；能对接市面上所有征信机构。",
       "证书没给！"),
      ("00:31:02", "售后服务", "终身免费维护，7×24小时在线，30分钟响应。"),
      ("00:38:40", "源码交付", "提供源码，但风控引擎和定价引擎为加密组件。")],
     [("李建军（河洛小贷）", "请提供等保备案证明和征信接口的合作协议。"),
      ("刘洋（中原易分）", "证明材料要走公司流程，签合同时一起提供；价格可以再谈。")],
     ["刘洋：提供等保相关材料（时间待定）"],
     "价格最低，要证书"),
    ("分期系统方案沟通-开封宋都软件有限公司", "2025/06/11 15:30-16:25",
     "王璐（河洛小贷）；孙浩、马丽（宋都软件）",
     "开封宋都软件有限公司报价19.5万元（不含税，税点另算），订单跟踪不在标准版内，选配需另加2.5万元（不含税）。等保三级已取得，"
     "免费维护12个月但只修bug。",
     [("00:03:05", "报价", "标准版19.5万元，不含税，增值税13%另计，包含源码授权、部署和培训。订单跟踪模块为选配，另加2.5万元"
                          "（不含税）；社交分享插件选配0.8万元（不含税）。", "注意不含税"),
      ("00:12:40", "功能演示", "演示了商品管理、分期计算器、还款管理、审批流、用户管理；订单跟踪为选配模块，本次未演示。"),
      ("00:24:15", "资质与安全", "等保三级已取得，备案证明编号41020043018-23011；手机号、身份证号SM4加密；全站HTTPS；角色权限；"
                                "操作日志保存6个月；对接百行征信。"),
      ("00:36:50", "售后服务", "免费维护12个月，仅修复bug，不含版本升级；小的政策调整免费，重大监管政策调整另行报价；工作日"
                              "9:00-18:00支持，4小时内响应；不提供终身技术咨询；以上条款写入合同；维保期后按合同额15%/年收取"
                              "维护费。"),
      ("00:47:20", "源码交付", "交付完整源码，可二次开发。")],
     [("王璐（河洛小贷）", "订单跟踪我们是必须要的。"),
      ("孙浩（宋都软件）", "订单跟踪加2.5万，这是不含税的价格，开票要另加13%。")],
     ["孙浩：发送含订单跟踪的报价单"],
     "不含税！"),
    ("分期系统方案沟通-新乡牧野科技有限公司", "2025/06/12 09:30-10:05",
     "王璐（河洛小贷）；张凯（牧野科技）",
     "新乡牧野科技有限公司报价11.8万元（含税），全包。等保做的是二级，目前没有订单跟踪模块。",
     [("00:01:50", "报价", "11.8万元含税，全包。"),
      ("00:08:30", "功能演示", "演示了商品管理、分期计算器、还款管理、用户管理；牧野科技表示目前没有订单跟踪模块，订单状态需在"
                              "后台手工登记。"),
      ("00:15:10", "资质与安全", "等保为二级备案；数据库密码字段AES加密；有HTTPS；后台为管理员统一账号，暂无权限分级；日志保存"
                                "3个月；暂未对接征信机构。"),
      ("00:22:40", "售后服务", "免费维护3个月，只修bug；政策调整按次收费；工作日QQ群支持，次日响应；不提供技术咨询；服务条款"
                              "不写入合同。"),
      ("00:29:00", "源码交付", "授权使用，绑定域名，不提供源码。")],
     [("王璐（河洛小贷）", "没有订单跟踪的话我们门店没法用。")],
     [],
     "太便宜，功能不够"),
]


def case_o03():
    rows = [["洛阳河洛小额贷款有限公司 分期系统供应商沟通会 智能纪要汇总", ""],
            ["说明：A列为腾讯会议智能纪要原文（逐段粘贴，未改动）；B列为王璐备注。", ""],
            ["", ""]]
    for i, (topic, when, who, summary, chapters, speakers, todos, note) in enumerate(O03_MEETINGS, start=1):
        rows.append([f"【第{i}场】会议主题：{topic}", note])
        rows.append([f"会议时间：{when}", ""])
        rows.append([f"参会人：{who}", ""])
        rows.append(["全文摘要", ""])
        rows.append([summary, ""])
        rows.append(["章节速览", ""])
        for ts, title, text, *note in chapters:
            rows.append([f"{ts} {title}", ""])
            rows.append([text, note[0] if note else ""])
        rows.append(["发言人观点", ""])
        for spk, text in speakers:
            rows.append([f"{spk}：{text}", ""])
        rows.append(["待办事项", ""])
        for t in todos or ["（无）"]:
            rows.append([f"□ {t}", ""])
        rows.append([O03_DISCLAIMER, ""])
        rows.append(["", ""])
    rows.append(["王璐小结：易分最便宜（21.6万含税），但证书没给；牡丹24.8万各项都有书面；宋都不含税要加税和订单跟踪；"
                 "牧野不考虑。建议先和易分谈价格。", ""])
    write_csv("o_03_ci_tengxun_zhineng_jiyao_gb18030.csv", rows, "gb18030", _home("o_03_ci_tengxun_zhineng_jiyao_gb18030.csv"))


# ---------------------------------------------------------------------------------------------
# o_04  personal credit — Daniel Ng, Head of IT at Sunrise Bay Microcredit (Hainan) Co., Ltd. (Haikou; online and branch
#       personal loans), ran the RFQ from Gmail and saved the whole label to a sheet with a "Gmail to Sheets" add-on, then
#       downloaded it as CSV (UTF-8, no BOM) for the credit committee. Voice: e-mail — one row per message: Thread ID | Date
#       | From | To | Cc | Subject | Body | Attachments; every reply carries the earlier mails below it, each line opened by
#       ">" (">>" for a reply to a reply) after an "On Tue, 10 Jun 2025 at 16:40, … wrote:" line; signatures with phones.
# Traps: the quoted lines repeat older prices — Nanshan's 11 June reply ("RMB 239,000 incl. VAT … all other terms in our 5
#       June email remain unchanged") quotes the buyer's request, which quotes Nanshan's first "Total: RMB 258,000 incl.
#       VAT": the price is 239,000 and the terms of 5 June stand; Tianhe's reply quotes its own first mail and restates
#       "RMB 205,000 + VAT" with the risk model (a must-have) "+RMB 22,000 (excl. VAT)": (205,000 + 22,000) × 1.13 = 256,510,
#       above 18–25万, its marketing plugins (deferrable) not bought, and its service terms are the later mail's (bug fixes
#       only, no upgrades; major regulatory changes quoted separately; Mon–Fri; 4 business hours); the buyer's RFQ (MLPS,
#       SM4, 24/7, 2 h, 12 months, "Budget: around RMB 200,000–250,000") and his FW summary to the CFO are no quotes; Zhuhai
#       FinSoft's "Automatic reply" is no quote; Coconut Bay (a 163.com address, RMB 196,000 — the cheapest credible price)
#       only claims (designed to MLPS Level 3, GM algorithms, "all credit bureaus", lifetime maintenance), compiles its risk
#       engine and bundles an AI bot and blockchain evidence; Luhuitou is RMB 88,000, Level 2 only, no credit report and no
#       risk model (fail); filing numbers, phone numbers and dates are no money.
# Analyst's reading: Shenzhen Nanshan Credit Tech Co., Ltd. — RMB 239,000 incl. VAT inside 18–25万, filing number, SM4,
#       HTTPS, RBAC, 12-month logs, PBoC CRC + Baihang, credit report / risk model / anti-fraud / repayment, 12 months with
#       minor upgrades, free regulatory changes, 24/7, 1 h, lifetime consulting, in the contract, RMB 26,000 / yr, full source.
# ---------------------------------------------------------------------------------------------
O04_BUYER = "Daniel Ng <daniel.ng@sunrisebaymf.com>"
O04_SIGN_BUYER = _lines("Best regards,", "Daniel Ng", "Head of IT | Sunrise Bay Microcredit (Hainan) Co., Ltd.",
                        "+86 898 6652 3107")
O04_RFQ = _lines(
    "Dear vendors,",
    "",
    "Sunrise Bay Microcredit (Hainan) is buying the source code of a personal credit loan system. Please reply by 9 June "
    "with:",
    "1. Your total price, and whether it includes VAT.",
    "2. The modules included in that price, and any optional modules with their prices.",
    "3. MLPS (Dengbao) status with the filing certificate number, encryption of personal data, access control, log "
    "retention, credit bureau connections.",
    "4. Free maintenance period and scope, regulatory-change support, support hours, response time, consulting, and "
    "whether these go into the contract.",
    "5. Source code delivery.",
    "",
    "We require: MLPS Level 3 certificate, SM4 encryption of personal data, 24/7 support with response within 2 hours, at "
    "least 12 months of free maintenance including upgrades, all commitments in the contract. Budget: around RMB "
    "200,000–250,000.",
    "",
    O04_SIGN_BUYER)


def _quote(text, depth=1):
    mark = ">" * depth
    return "\n".join(f"{mark} {ln}" if ln else mark for ln in text.split("\n"))


O04_NANSHAN_1 = _lines(
    "Dear Daniel,",
    "",
    "Thank you for the RFQ. Please find our quotation below.",
    "",
    "Price",
    "- Total: RMB 258,000 incl. VAT (source licence 190,000 + implementation 50,000 + training 18,000)",
    "- No optional modules; everything below is in the price.",
    "",
    "Modules",
    "- Credit report query (PBoC second-generation + Baihang)",
    "- Risk model (scorecard + rules engine)",
    "- Anti-fraud",
    "- Repayment schedule and reminders",
    "- Approval workflow, user management",
    "",
    "Compliance and security",
    "- MLPS Level 3 certified, filing certificate no. 44030043087-24019 (copy attached)",
    "- SM4 encryption of ID number, mobile number and bank card number",
    "- HTTPS (TLS 1.2+) for all traffic",
    "- Role-based access control",
    "- Operation logs kept 12 months, with alerts on abnormal log-ins",
    "- Connected to the PBoC Credit Reference Center and Baihang Credit",
    "",
    "After-sales",
    "- 12 months free maintenance from acceptance, including bug fixes and minor version upgrades",
    "- Changes required by new regulation are adapted free of charge",
    "- 24/7 support, response within 1 hour by a named engineer",
    "- Lifetime technical consulting",
    "- All of the above will be written into the contract",
    "- After the free year: RMB 26,000 per year",
    "",
    "Source code: full source code, no encryption or obfuscation, free to modify.",
    "",
    "Kind regards,",
    "Alex Wang",
    "Sales Director | Shenzhen Nanshan Credit Tech Co., Ltd.",
    "+86 755 8627 4410")
O04_ASK_NANSHAN = _lines("Hi Alex,", "", "Thanks for the detailed quote. It is above our target — could you review the "
                         "price?", "", O04_SIGN_BUYER)
O04_NANSHAN_2 = _lines(
    "Dear Daniel,",
    "",
    "After internal review we can offer RMB 239,000 incl. VAT for the same scope (source licence 175,000 + implementation "
    "48,000 + training 16,000). All other terms in our 5 June email remain unchanged.",
    "",
    "Kind regards,",
    "Alex Wang",
    "Sales Director | Shenzhen Nanshan Credit Tech Co., Ltd.",
    "+86 755 8627 4410")
O04_TIANHE_1 = _lines(
    "Dear Mr Ng,",
    "",
    "Our quotation for the personal credit loan system:",
    "",
    "Price: RMB 205,000 + VAT (13%) — source licence, deployment and training.",
    "Optional modules (not in the price above):",
    "  * Risk model (scorecard + decision engine): +RMB 22,000 (excl. VAT)",
    "  * Marketing plugins: +RMB 15,000 (excl. VAT)",
    "Modules in the price: credit report query (Baihang), anti-fraud, repayment management, approval workflow, user "
    "management.",
    "",
    "MLPS Level 3 certified, filing no. 46010043017-23004. SM4 for ID and mobile numbers. HTTPS. Role-based permissions. "
    "Logs kept 6 months. Credit bureau: Baihang Credit.",
    "",
    "Source code: complete source delivered.",
    "",
    "Best regards,",
    "Lily Chen",
    "Guangzhou Tianhe Smart Lending Software Ltd.",
    "Tel: +86 20 3886 1952")
O04_ASK_TIANHE = _lines("Dear Lily,", "", "Please confirm the maintenance scope, support hours, response time, "
                        "regulatory-change support and whether these go into the contract.", "", O04_SIGN_BUYER)
O04_TIANHE_2 = _lines(
    "Dear Mr Ng,",
    "",
    "Please see our answers:",
    "- Free maintenance: 12 months, bug fixes only (no upgrades)",
    "- Regulatory changes: minor ones free; major ones quoted separately",
    "- Support hours: Mon–Fri 9:00–18:00",
    "- Response time: within 4 business hours",
    "- Lifetime consulting: included",
    "- Contract: all commitments will be written into the contract",
    "- After warranty: 15% of the contract value per year",
    "",
    "Price unchanged: RMB 205,000 + VAT; risk model +RMB 22,000 + VAT.",
    "",
    "Best regards,",
    "Lily Chen",
    "Guangzhou Tianhe Smart Lending Software Ltd.",
    "Tel: +86 20 3886 1952")
O04_COCONUT = _lines(
    "Mr Ng,",
    "",
    "Thank you. Our price is RMB 196,000, tax included, with deployment and training.",
    "",
    "Modules: credit report query, smart risk control model, anti-fraud, repayment reminders, plus an AI customer-service "
    "robot and blockchain evidence storage (both free of charge).",
    "Our system is designed to MLPS Level 3 standards and we can help you pass the assessment.",
    "Data is protected with national cryptographic (GM) algorithms; HTTPS; role permissions supported.",
    "We can connect to all credit bureaus.",
    "Lifetime free maintenance, 24/7 support, 30-minute response.",
    "Source code is provided; the risk engine core is delivered compiled to protect our IP.",
    "",
    "Looking forward to working with you!",
    "Jason Fu",
    "Haikou Coconut Bay Fintech Co., Ltd.",
    "WeChat / mobile 138 7615 0423")
O04_LUHUITOU = _lines(
    "Hi Daniel,",
    "",
    "Our price is RMB 88,000 all-in (incl. tax).",
    "Modules: loan application, approval workflow, repayment management, user management.",
    "We do not hold MLPS Level 3; the system is filed at Level 2.",
    "Passwords are AES-encrypted. HTTPS yes. One administrator account for the back office. Logs kept 1 month.",
    "No credit bureau connection yet.",
    "3 months free maintenance (bug fixes). Support through our WeChat group on working days.",
    "Delivery: installer with a licence bound to your domain (no source code).",
    "",
    "Thanks,",
    "Ben Lin",
    "Sanya Luhuitou Tech Studio")
O04_AUTO = _lines("I am on annual leave until 16 June with limited access to e-mail. For urgent matters please call our "
                  "office on +86 756 3329 8810.", "", "Kelly Zhang", "Zhuhai FinSoft Co., Ltd.")
O04_FW = _lines(
    "Lin,",
    "",
    "Summary of the quotes so far:",
    "- Nanshan: 239k incl. VAT after discount, MLPS cert no. provided — recommended",
    "- Tianhe: 205k + VAT, risk model +22k + VAT",
    "- Coconut Bay: 196k incl. VAT, no certificate yet",
    "- Luhuitou: 88k, Level 2 only — not suitable",
    "- Zhuhai FinSoft: no reply (out of office)",
    "",
    "Daniel")


def _reply(new, who_when, old):
    return _lines(new, "", f"On {who_when} wrote:", _quote(old))


def case_o04():
    subj = "RFQ – personal credit loan system (source code purchase)"
    to_all = ("alex.wang@nscredit.com.cn; lily.chen@tianhe-lending.com; coconutbay_sales@163.com; ben@luhuitou.tech; "
              "kelly.zhang@zhuhaifinsoft.com")
    nanshan_1 = _reply(O04_NANSHAN_1, "Mon, 2 Jun 2025 at 09:15, Daniel Ng <daniel.ng@sunrisebaymf.com>", O04_RFQ)
    ask_n = _lines(O04_ASK_NANSHAN, "",
                   "On Thu, 5 Jun 2025 at 17:42, Alex Wang <alex.wang@nscredit.com.cn> wrote:", _quote(O04_NANSHAN_1))
    nanshan_2 = _lines(O04_NANSHAN_2, "",
                       "On Mon, 9 Jun 2025 at 11:03, Daniel Ng <daniel.ng@sunrisebaymf.com> wrote:",
                       _quote(O04_ASK_NANSHAN), ">",
                       "> On Thu, 5 Jun 2025 at 17:42, Alex Wang <alex.wang@nscredit.com.cn> wrote:",
                       _quote(O04_NANSHAN_1, 2))
    tianhe_1 = _reply(O04_TIANHE_1, "Mon, 2 Jun 2025 at 09:15, Daniel Ng <daniel.ng@sunrisebaymf.com>", O04_RFQ)
    ask_t = _lines(O04_ASK_TIANHE, "",
                   "On Fri, 6 Jun 2025 at 10:26, Lily Chen <lily.chen@tianhe-lending.com> wrote:", _quote(O04_TIANHE_1))
    tianhe_2 = _lines(O04_TIANHE_2, "",
                      "On Mon, 9 Jun 2025 at 11:10, Daniel Ng <daniel.ng@sunrisebaymf.com> wrote:",
                      _quote(O04_ASK_TIANHE), ">",
                      "> On Fri, 6 Jun 2025 at 10:26, Lily Chen <lily.chen@tianhe-lending.com> wrote:",
                      _quote(O04_TIANHE_1, 2))
    rows = [["Thread ID", "Date", "From", "To", "Cc", "Subject", "Body", "Attachments"],
            ["1973a0c4e2b1f001", "2025-06-02 09:15:07", O04_BUYER, to_all, "", subj, O04_RFQ, ""],
            ["1973a0c4e2b1f001", "2025-06-02 09:15:41", "Kelly Zhang <kelly.zhang@zhuhaifinsoft.com>",
             "daniel.ng@sunrisebaymf.com", "", f"Automatic reply: {subj}", O04_AUTO, ""],
            ["1973a0c4e2b1f001", "2025-06-05 17:42:19", "Alex Wang <alex.wang@nscredit.com.cn>",
             "daniel.ng@sunrisebaymf.com", "", f"RE: {subj}", nanshan_1,
             "Nanshan_Quotation_20250605.pdf; MLPS_L3_filing_certificate.pdf"],
            ["1973a0c4e2b1f001", "2025-06-06 10:26:55", "Lily Chen <lily.chen@tianhe-lending.com>",
             "daniel.ng@sunrisebaymf.com", "", f"RE: {subj}", tianhe_1, "Tianhe_quote_v1.pdf"],
            ["1973a0c4e2b1f001", "2025-06-06 21:08:02", "coconutbay_sales <coconutbay_sales@163.com>",
             "daniel.ng@sunrisebaymf.com", "", f"Re: {subj}",
             _reply(O04_COCONUT, "Mon, 2 Jun 2025 at 09:15, Daniel Ng <daniel.ng@sunrisebaymf.com>", O04_RFQ), ""],
            ["1973a0c4e2b1f001", "2025-06-07 14:33:40", "Ben Lin <ben@luhuitou.tech>", "daniel.ng@sunrisebaymf.com", "",
             f"Re: {subj}", O04_LUHUITOU, ""],
            ["1973a0c4e2b1f001", "2025-06-09 11:03:12", O04_BUYER, "alex.wang@nscredit.com.cn", "",
             f"RE: {subj}", ask_n, ""],
            ["1973a0c4e2b1f001", "2025-06-09 11:10:48", O04_BUYER, "lily.chen@tianhe-lending.com", "",
             f"RE: {subj}", ask_t, ""],
            ["1973a0c4e2b1f001", "2025-06-10 16:40:31", "Lily Chen <lily.chen@tianhe-lending.com>",
             "daniel.ng@sunrisebaymf.com", "", f"RE: {subj}", tianhe_2, ""],
            ["1973a0c4e2b1f001", "2025-06-11 09:58:06", "Alex Wang <alex.wang@nscredit.com.cn>",
             "daniel.ng@sunrisebaymf.com", "", f"RE: {subj}", nanshan_2, "Nanshan_Quotation_20250611_rev.pdf"],
            ["1988b7d21c0e4a02", "2025-06-12 08:47:25", O04_BUYER, "lin.cfo@sunrisebaymf.com", "",
             "FW: vendor quotes summary – loan system", O04_FW, ""]]
    write_csv("o_04_pc_en_gmail_thread_quoted.csv", rows, "utf-8", _home("o_04_pc_en_gmail_thread_quoted.csv"))


# ---------------------------------------------------------------------------------------------
# o_05  merchant loans — the project team (Amy Lu, Kevin Zhou) of Pudong Bridge SME Microcredit Co., Ltd. (Shanghai;
#       operating loans to trading companies) keeps the vendor selection on a Trello board "Loan system vendor selection
#       2025" and exports it with a CSV power-up (UTF-8 with BOM). Voice: mixed English and Chinese — each card's
#       description holds the vendor's answers as Markdown ("**MLPS 等保:** …"), pasted from the vendors' mails; custom
#       fields Quote / Currency / VAT typed by the team in whatever form the vendor used ("285,000", "27.5w", "¥268,000.00");
#       the team's checklists ("[x] Demo done; [ ] Reference call") and comments; Labels, Members, Last Activity, Archived.
#       Layout: one row per card — Card ID | Card Name | List | Labels | Members | Description | Checklists | Quote |
#       Currency | VAT | Comments | Last Activity | Archived; a README card and an internal "Budget & timeline" card in the
#       Info list; an archived card at the end.
# Traps: the README and "Budget & timeline (internal)" cards are no vendors (the budget's Quote "350,000" is the team's);
#       Longcheng's archived card is its superseded v1 (29.8w) — its live card's "27.5w" is excl. VAT and its 电子合同
#       (a must-have) is optional "+2.8万 (excl. VAT)": (275,000 + 28,000) × 1.13 = 342,390, still inside 25–35万, with its
#       API option (deferrable) not bought, 6 months of bug fixes only, charged regulatory work, 5×8, next business day, no
#       consulting; Haohe (¥268,000, cheaper than the top pick, every proof stated) answers bank-statement analysis "详见产品
#       白皮书 (see attached product white paper)": a must-have unconfirmed, unverified — not missing; Jinji Lake only claims
#       ("fully compliant with Level 3 requirements", 国密 unnamed, "any mainstream bureau", lifetime maintenance), leaves
#       logs blank, encrypts its risk engine and adds 区块链存证; Slender West Lake is ¥98,000, Level 2, no 银行流水分析; the
#       checklists, comments and labels are the team's.
# Analyst's reading: Shanghai Huangpu River Fintech Co., Ltd. — CNY 285,000 incl. VAT (220k + 50k + 15k) inside 25–35万,
#       filing number, SM4, HTTPS, RBAC, 12-month logs, PBoC + Baihang, the three merchant must-haves, 12 months with
#       upgrades, free regulatory changes, 24/7, 1 h, consulting, in the contract, CNY 30,000 / yr, full source.
# ---------------------------------------------------------------------------------------------
O05_HEAD = ["Card ID", "Card Name", "List", "Labels", "Members", "Description", "Checklists", "Quote", "Currency", "VAT",
            "Comments", "Last Activity", "Archived"]
O05_CARDS = [
    ["6651a2f0c3d81b0012e4a901", "README – how we use this board", "Info", "", "amylu",
     _lines("One card per vendor. Paste the vendor's own words into the description; our own checks go into the "
            "checklist and comments.", "Lists: Shortlist → Awaiting docs → Rejected.",
            "Quote / Currency / VAT: copy exactly what the vendor wrote, do not convert."),
     "", "", "", "", "", "2025-05-06 09:12", "false"],
    ["6651a31bc3d81b0012e4a915", "Budget & timeline (internal)", "Info", "Internal (purple)", "amylu, kevinzhou",
     _lines("Board approval 2025-05-06: budget up to CNY 350,000 incl. VAT for the source-code purchase.",
            "Decision by 30 June; go-live target 30 September."),
     "", "350,000", "CNY", "incl.", "", "2025-05-06 09:30", "false"],
    ["6651b07ec3d81b0012e4b2c4", "Shanghai Huangpu River Fintech Co., Ltd.", "Shortlist", "Priority (green)",
     "amylu, kevinzhou",
     _lines("Vendor reply (email 2025-05-16), pasted:",
            "**Price:** CNY 285,000 incl. 13% VAT = licence 220,000 + implementation 50,000 + training 15,000. No "
            "optional modules.",
            "**Modules:** 企业征信 enterprise credit report; 银行流水分析 bank-statement analysis; 电子合同 e-contract; user "
            "management; approval workflow; repayment management; 数据分析大屏 BI dashboard",
            "**MLPS 等保:** Level 3 certified — filing certificate no. 31010143095-24021 (copy sent 2025-05-16)",
            "**Encryption:** SM4 on ID number, mobile, bank account; TLS 1.2 (HTTPS) everywhere",
            "**Access control:** RBAC by role and branch",
            "**Logs:** kept 12 months, alerts on abnormal log-ins",
            "**Credit bureau:** PBoC Credit Reference Center + Baihang Credit",
            "**Maintenance:** 12 months free, bug fixes + minor version upgrades; regulatory changes adapted free of charge",
            "**Support:** 24/7, response within 1 hour, named engineer",
            "**Consulting:** lifetime technical consulting included",
            "**Contract:** all of the above written into the contract (Annex 3)",
            "**After warranty:** CNY 30,000 / year",
            "**Source code:** full source, no encryption, can be modified"),
     "DD: [x] Demo done; [x] Filing certificate sighted; [ ] Reference call", "285,000", "CNY", "incl.",
     "Kevin Zhou (2025-05-19): demo on our sample data went well. | Amy Lu (2025-05-22): most expensive of the "
     "certified ones.", "2025-05-22 17:05", "false"],
    ["6651b2a9c3d81b0012e4b3e7", "Changzhou Longcheng Software Co., Ltd.", "Shortlist", "Price check (yellow)", "kevinzhou",
     _lines("Quote v2 (email 2025-05-20, replaces v1):",
            "**Price:** 27.5万 excl. VAT (增值税13%另计) — licence, implementation and training",
            "**Optional:** 电子合同 e-contract +2.8万 (excl. VAT); API开放平台 open API +1.5万 (excl. VAT)",
            "**Modules in price:** 企业征信, 银行流水分析, 用户管理, 审批流, 还款管理",
            "**MLPS 等保:** 三级 certified, 备案证明编号 32040043066-23014",
            "**Encryption:** SM4 (ID, mobile); HTTPS",
            "**Access control:** role permissions",
            "**Logs:** 12个月",
            "**Credit bureau:** 人行征信中心, 百行征信",
            "**Maintenance:** 6 months free, bug fixes only",
            "**Regulatory changes:** 按工作量另行收费 (charged by effort)",
            "**Support:** 5×8, next business day",
            "**Consulting:** not offered",
            "**Contract:** yes, in the contract",
            "**After warranty:** 18% of contract value / year",
            "**Source code:** full source"),
     "DD: [x] Demo done; [x] Filing certificate sighted; [ ] Reference call", "27.5w", "RMB", "excl. (+13%)",
     "Kevin Zhou (2025-05-20): cheaper than v1.", "2025-05-20 15:41", "false"],
    ["6651b4d3c3d81b0012e4b5a0", "Suzhou Jinji Lake Data Co., Ltd.", "Awaiting docs", "Docs pending (orange)", "amylu",
     _lines("Vendor reply (WeChat, 2025-05-15), pasted:",
            "**Price:** CNY 258,000 incl. VAT, all-in (licence, deployment, training)",
            "**Modules:** enterprise credit, bank statement analysis, e-contract, repayment, user management, 区块链存证 "
            "blockchain evidence (free bonus)",
            "**MLPS 等保:** \"fully compliant with Level 3 requirements\" — no filing certificate provided",
            "**Encryption:** 国密 (GM) algorithms, which one not stated; HTTPS",
            "**Access control:** yes, role-based",
            "**Logs:**",
            "**Credit bureau:** \"can connect to any mainstream bureau\"",
            "**Maintenance:** lifetime free maintenance",
            "**Support:** 24/7, 30-minute response",
            "**Contract:** to be discussed at signing",
            "**Source code:** provided, except the risk-decision engine (encrypted .so library)"),
     "DD: [x] Demo done; [ ] Filing certificate (asked twice); [ ] Reference call", "CNY 258,000", "CNY", "incl.",
     "Amy Lu (2025-05-21): cheapest of the credible ones if the certificate comes.", "2025-05-21 10:18", "false"],
    ["6651b6f1c3d81b0012e4b77c", "Nantong Haohe Tech Co., Ltd.", "Awaiting docs", "Docs pending (orange)", "kevinzhou",
     _lines("Vendor reply (email 2025-05-17), pasted:",
            "**Price:** ¥268,000 incl. VAT (licence 200,000 + implementation 52,000 + training 16,000)",
            "**Modules:** 企业征信 ✓ / 电子合同 ✓ / 银行流水分析：详见产品白皮书 (see attached product white paper) / user "
            "management, approval workflow, repayment management",
            "**MLPS 等保:** Level 3, filing no. 32060043023-24008",
            "**Encryption:** SM4; HTTPS",
            "**Access control:** RBAC",
            "**Logs:** 12 months",
            "**Credit bureau:** 百行征信, 朴道征信",
            "**Maintenance:** 12 months, including minor upgrades; regulatory changes adapted free",
            "**Support:** 7×24, response within 2 hours",
            "**Consulting:** included",
            "**Contract:** yes, all in the contract",
            "**After warranty:** 2.6万 / year",
            "**Source code:** full source"),
     "DD: [x] Demo done; [x] Filing certificate sighted; [ ] Bank-statement module confirmed", "¥268,000.00", "人民币",
     "incl.", "Amy Lu (2025-05-22): white paper only says 'data analysis' — asked them to confirm bank-statement analysis.",
     "2025-05-22 16:47", "false"],
    ["6651b8a4c3d81b0012e4b8d2", "Yangzhou Slender West Lake Software Studio", "Rejected", "Rejected (red)", "kevinzhou",
     _lines("Vendor reply (phone + WeChat 2025-05-14):",
            "**Price:** 9.8万 all-in incl. VAT",
            "**Modules:** 企业征信, 电子合同, 还款管理, 用户管理",
            "**MLPS 等保:** 二级 (Level 2) only",
            "**Encryption:** AES on passwords; HTTPS",
            "**Access control:** single admin account",
            "**Logs:** 3 months",
            "**Credit bureau:** none",
            "**Maintenance:** 3 months, bug fixes",
            "**Support:** working hours, WeChat group",
            "**Contract:** no",
            "**Source code:** licence bound to the server, no source"),
     "", "¥98,000", "CNY", "incl.", "Kevin Zhou (2025-05-14): too basic, no bank-statement analysis.",
     "2025-05-14 18:20", "false"],
    ["6651a9e2c3d81b0012e4ab10", "Changzhou Longcheng Software Co., Ltd.", "Shortlist", "", "kevinzhou",
     _lines("Quote v1 (email 2025-05-09) — superseded by v2 on 2025-05-20, card archived.",
            "**Price:** 29.8万 excl. VAT; e-contract optional +2.8万 (excl. VAT)"),
     "", "29.8w", "RMB", "excl.", "", "2025-05-20 15:39", "true"],
]


def case_o05():
    rows = [O05_HEAD]
    for card in O05_CARDS:
        assert len(card) == len(O05_HEAD), card[1]
        rows.append(card)
    write_csv("o_05_ml_en_trello_board.csv", rows, "utf-8-sig", _home("o_05_ml_en_trello_board.csv"))


# ---------------------------------------------------------------------------------------------
# o_06  消费分期 — 运营部 黄丽 at 南宁邕江小额贷款 (手机 and 家电 installments through partner stores) keeps a 供应商跟进记录 —
#       one row per contact, in date order, vendors interleaved — and hands it to 李科长 as the comparison. Voice: a clerk's
#       log: 日期, 供应商, 对接人, 沟通方式 (电话 / 微信 / 邮件 / 现场演示 / 书面报价 / 内部讨论), 沟通内容 in her words with the
#       vendor's quoted where she had them, a 报价金额 column she copied exactly as each vendor said it ("25w左右", "210,000",
#       "9.9万", "242,000.00") with a 币种 column ("人民币", "CNY", "RMB", "元") and 是否含税, 材料/附件, 下一步, 跟进人. Her note
#       above the table says 电话 / 现场 rows are what the vendor SAID, 邮件 / 微信 / 书面 rows what it WROTE.
# Traps: each vendor's latest word governs and earlier amounts are no extra money (青秀 "25w左右" on the phone, then the
#       stamped 24.2万 = 18.5 + 4.2 + 1.5); 龙城 (21万 含税, the cheapest in band) never sent proof: "三级肯定有，证书回头发"
#       on the phone, then 国密, "百行朴道都能对接", 终身免费维护 on WeChat, "证书在年审" again on the phone — claimed,
#       unverified — with an encrypted risk part and a chatbot; 漓江's 198,000 is 不含税 and its 订单跟踪 (a must-have) is
#       选配 24,000（不含税）: (198,000 + 24,000) × 1.13 = 250,860, its 社交分享 option (deferrable) not bought, its 17 June
#       mail keeps the price; 银滩 is 9.9万 with 等保二级, no 订单跟踪, no encryption (fail); the 内部讨论 row (供应商 "（内部）",
#       "预算25万", "领导倾向龙城") is the buyer's.
# Analyst's reading: 南宁青秀分期科技有限公司 — 242,000 含税 inside 20–30万, filing number with the scan, SM4, HTTPS, RBAC,
#       12-month logs, Baihang + Pudao, the three must-haves shown in the demo and in the price, 12 months with upgrades,
#       free policy adaptation, 7×24, 1 h, consulting, all in the contract, 2.6万/年, full source.
# ---------------------------------------------------------------------------------------------
O06_HEAD = ["序号", "日期", "供应商", "对接人", "沟通方式", "沟通内容", "报价金额", "币种", "是否含税", "材料/附件",
            "下一步", "跟进人"]
QX, LC, LJ, YT = ("南宁青秀分期科技有限公司", "柳州龙城网络科技有限公司", "桂林漓江软件有限公司", "北海银滩信息技术有限公司")
O06_ROWS = [
    [date(2025, 6, 3), QX, "韦经理", "电话", "初步沟通：对方口头报价25万左右，标准版包含商品管理、分期计算器、订单跟踪。",
     "25w左右", "人民币", "未说明", None, "约现场演示", "黄丽"],
    [date(2025, 6, 4), LC, "覃总", "电话", "问等保，对方说\"三级肯定有，证书回头发给你\"；报价说晚点微信发。", None, None, None,
     None, "等报价、催证书", "黄丽"],
    [date(2025, 6, 5), LJ, "蒋工", "邮件",
     "收到书面报价：标准版198,000元（不含税，税率13%），含源码授权、部署实施、培训；订单跟踪为选配模块，另加24,000元（不含税）；"
     "社交分享选配8,000元（不含税）。标准版功能：商品管理、分期计算器、还款管理、审批流、用户管理。等保三级已备案，备案证明"
     "编号45030043011-23009；手机号、身份证号SM4加密；全站HTTPS；角色权限管理；操作日志保存6个月；对接百行征信。",
     "198,000", "元", "不含税", "漓江_报价单_20250605.pdf", "问售后条款", "黄丽"],
    [date(2025, 6, 6), QX, "韦经理、罗工", "现场演示",
     "现场演示商品管理、分期计算器、订单跟踪、还款计划与提醒、审批流、用户管理，对方说均在标准版内。", None, None, None,
     "演示PPT", "等书面报价", "黄丽、李科长"],
    [date(2025, 6, 7), YT, "庞经理", "电话", "对方报价9.9万全包，含税。", "9.9万", "RMB", "含税", None, None, "黄丽"],
    [date(2025, 6, 8), LC, "覃总", "微信",
     "对方微信发来：报价21万含税（含部署培训）；功能有商品管理、分期计算器、订单跟踪、还款管理、用户管理，另送智能客服机器人；"
     "数据用国密加密，百行朴道都能对接，终身免费维护，7×24小时服务，半小时响应；源码给，风控部分加密。",
     "210,000", "CNY", "含税", "微信截图3张", "催证书", "黄丽"],
    [date(2025, 6, 9), QX, "韦经理", "书面报价",
     "收到盖章报价单：合计24.2万元（含税），其中源码授权18.5万元、部署实施4.2万元、培训1.5万元，无选配；报价单所列功能："
     "商品管理、分期计算器、订单跟踪、还款计划与提醒、审批流、用户管理（均含在合计内）。等保三级备案证明编号"
     "45010043029-24005（附扫描件）；身份证号、手机号、银行卡号SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月；已对接"
     "百行征信、朴道征信。", "242,000.00", "CNY", "含税", "青秀_报价单（盖章）.pdf；等保备案证明.pdf", None, "黄丽"],
    [date(2025, 6, 10), QX, "韦经理", "邮件",
     "服务承诺函：免费维护12个月，含bug修复及小版本升级；监管政策调整适配免费；7×24小时技术支持，1小时内响应；提供终身技术"
     "咨询；以上均写入合同；维保期满后年费2.6万元；交付完整源码，无加密，可二次开发。", None, None, None, "服务承诺函.pdf", None,
     "黄丽"],
    [date(2025, 6, 11), YT, "庞经理", "微信",
     "对方微信回复：报价还是9.9万全包（含税）；等保做的是二级；没有订单跟踪，只有商品管理和分期计算器、还款管理；数据没有做字段加密；后台只有一个管理员"
     "账号；日志保存1个月；没对接征信；维护3个月只修bug，政策调整另收费；工作日QQ群支持；服务条款不写进合同；授权使用，绑定"
     "域名。", None, None, None, None, "不考虑", "黄丽"],
    [date(2025, 6, 11), LJ, "蒋工", "邮件",
     "售后条款回复：免费维护12个月，仅bug修复，不含版本升级；重大监管政策调整另行报价；5×8小时支持，4小时内响应；不提供终身"
     "技术咨询；以上写入合同；维保期后年维护费按合同额15%；交付完整源码。", None, None, None, None, "议价", "黄丽"],
    [date(2025, 6, 13), "（内部）", None, "内部讨论",
     "李科长：龙城价格最低（21万含税），证书如能补齐可优先考虑；银滩太便宜不考虑。预算25万。", "25万（预算）", "人民币", None,
     None, "继续催龙城证书", "黄丽"],
    [date(2025, 6, 16), LC, "覃总", "电话", "再次催等保证书，对方称证书在年审，\"过几天发\"；至今未收到任何书面证明。", None, None,
     None, None, "继续催", "黄丽"],
    [date(2025, 6, 17), LJ, "蒋工", "邮件",
     "回复我方议价：价格维持198,000元（不含税），订单跟踪选配24,000元（不含税）不变，其他条款不变。", "198,000", "元", "不含税",
     None, None, "黄丽"],
]


def case_o06():
    wb = Workbook()
    ws = wb.active
    ws.title = "跟进记录"
    ws.cell(row=1, column=1, value="南宁邕江小额贷款有限公司　消费分期系统供应商跟进记录").font = TITLE
    ws.cell(row=2, column=1, value="记录人：运营部 黄丽　　更新至：2025-06-17　　报价金额按对方原样记录（单位不统一，未换算）")
    ws.cell(row=3, column=1, value="说明：沟通方式为\"电话\"\"现场演示\"的，为对方口头表示；\"邮件\"\"微信\"\"书面报价\"为对方书面"
                                  "发来的内容（附件见共享盘）。")
    hr = 5
    put_row(ws, hr, O06_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(O06_ROWS, start=1):
        assert len(row) == len(O06_HEAD) - 1, row[1]
        r = hr + i
        put_row(ws, r, [i, *row])
        ws.cell(row=r, column=2).number_format = "yyyy-mm-dd"
        if row[1] == "（内部）":
            for c in range(1, len(O06_HEAD) + 1):
                ws.cell(row=r, column=c).fill = YELLOW
    ws.freeze_panes = ws.cell(row=hr + 1, column=4)
    ws.auto_filter.ref = f"A{hr}:L{hr + len(O06_ROWS)}"
    widths(ws, [5, 11, 26, 12, 10, 70, 13, 8, 9, 26, 14, 10])
    _save(wb, "o_06_ci_genjin_jilu_log.xlsx")


if __name__ == "__main__":
    case_o01()
    case_o02()
    case_o03()
    case_o04()
    case_o05()
    case_o06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("o_0*") if p.suffix != ".toml")))
