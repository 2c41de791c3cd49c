"""Build the "v" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, office tools (an internal auditor's 采购合规检查工作底稿 listing
every document of every vendor's bid with the auditor's 核查方法 and 核查结论 beside the vendor's own words; one workbook of
the vendors' own 报价清单, one sheet per vendor named by a short name and laid out the vendor's own way, behind a 目录 sheet;
a 钉钉宜搭 form export whose 报价明细 sub-form is flattened into repeated columns 明细1-模块名称 | 明细1-金额（元） |
明细1-计入总额 …, saved from WPS as GB18030 CSV; a 采购决策委员会 表决汇总 with the members' votes on the left and the
vendors' facts in a side table on the right of the same rows; a tender's 投标文件商务部分索引表 whose cells are page
references with short extracts, as UTF-8 CSV; an English finance sheet comparing list price, discount, net price and VAT
per vendor) and buyers' staff would write; the expected reading of every file is in the matching v_0N_*.toml beside it,
written from the file's content and the domain notes (shared/domain.md) before any product code read these files. The
author of this script neither ran the product on them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_v.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure v_
"""
from __future__ import annotations

import csv
import io
import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
sys.path.insert(0, str(CASES))
sys.path.append("/work/main/tests/cases")  # when run from a scratch copy
from case_sheet import BLUE, BOLD, BOX, CENTER, GREEN, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402

FIXED = datetime(2025, 8, 18, 9, 0, 0)
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
MUTED = Font(color="808080", size=9)
ITALIC = Font(italic=True, color="808080")


def _home(name: str) -> Path:
    """Where a case's files live: tests/cases once the case moved there (read fully), else this holdout."""
    return CASES if any(CASES.glob(name[:5] + "*.toml")) else HERE


def _save(wb, name, creator="buyer"):
    wb.properties.creator = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(_home(name) / name)


def write_csv(name: str, rows: list[list[str]], encoding: str) -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    (_home(name) / name).write_bytes(buf.getvalue().encode(encoding))


def _text_row(ws, r, ncol, text, *, bold=False, height=None, font=None, start=1):
    """A line of prose merged across the table, left-aligned (a title, a note)."""
    cell = ws.cell(row=r, column=start, value=text)
    cell.alignment = LEFT
    cell.font = font or (BOLD if bold else Font())
    if ncol > 1:
        ws.merge_cells(start_row=r, start_column=start, end_row=r, end_column=start + ncol - 1)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# v_01  个人信用贷 — 刘芳, 审计部 of 襄阳隆中小额贷款 (personal credit loans), checks the source-code purchase before the
#       contract is signed and keeps the usual 内部审计工作底稿: one row per document of every vendor's bid (报价函, 功能清单,
#       等保备案证明, 数据安全说明, 售后服务承诺函, 源码交付说明), the vendor's words copied into 原文摘录, then her 核查方法,
#       核查结论 and the 底稿索引; the vendor's name merged down its rows; her 审计发现 and 审计结论 under the table.
# Layout: title, the 审计项目 / 索引号 / 编制人 / 复核人 line, the 检查目标 line, the header 序号 | 供应商 | 资料名称 |
#       页码/份数 | 原文摘录 | 核查方法 | 核查结论 | 底稿索引, six vendors (the sixth a single 回函 row declining), the
#       findings and the conclusion in merged lines.
# Traps: the vendor is the merged 供应商 cell, never 资料名称; 页码 (第2—4页), 序号 (2.3), 底稿索引 (SJ-2025-014-03-02-05)
#       and filing numbers are no amounts; 核查方法 / 核查结论 and 审计发现 are the auditor's, never the vendor's (her "未提供
#       备案证明，仅有承诺书" agrees with, but does not replace, what the vendor wrote); 光谷's 236,000 has a breakdown
#       168,000 + 48,000 + 20,000 (no extra amount); 三峡金信's 188,000 is 不含税 and its 风控模型 (a must-have) is 选配
#       at 24,000 不含税: (188,000 + 24,000) × 1.13 = 239,560 (the audit finding's "18.8万元" is the buyer's remark);
#       古城 only claims (按等保三级标准设计 承诺书, 国密算法, 可对接各大征信机构, 终身免费维护) with its risk engine encrypted
#       and an AI bot given away; 武当 holds 等保二级 (fail), 13.5万, no 反欺诈, one super-admin account, licence only and
#       "每次5000元" per incident (no yearly fee); 董永's price is 面议 and its 等保三级 is 测评中 (in progress: unverified,
#       never fail); 东坡 declined in its 回函 (no quote).
# ---------------------------------------------------------------------------------------------
V01_HEAD = ["序号", "供应商", "资料名称", "页码/份数", "原文摘录", "核查方法", "核查结论", "底稿索引"]
V01_VENDORS = [
    ("武汉光谷数智科技有限公司", [
        ("报价函", "第1页",
         "报价合计：人民币贰拾叁万陆仟元整（¥236,000.00），含13%增值税；其中源码授权费168,000元、部署实施费48,000元、"
         "培训费20,000元",
         "核对报价函原件及公章", "相符，分项合计与总价一致"),
        ("功能清单", "第2—4页",
         "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡＋决策引擎）、反欺诈（设备指纹、多头借贷识别）、"
         "还款计划及逾期提醒、审批流、用户管理",
         "对照7月22日演示记录", "演示中均已见到"),
        ("等保备案证明", "复印件1份",
         "网络安全等级保护第三级备案证明，备案编号42010143016-24011（2024年6月）",
         "与原件核对；查询公安机关备案信息", "相符"),
        ("数据安全说明", "第5页",
         "身份证号、手机号、银行卡号采用SM4加密存储；全站HTTPS（TLS1.2及以上）；RBAC角色权限；操作日志保存12个月，"
         "异常行为实时告警；征信接口已对接人行征信中心、百行征信",
         "询问信息科技部；查看测试环境", "相符"),
        ("售后服务承诺函", "第6页",
         "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应，指定专属工程师；"
         "终身技术咨询；维保期满后年服务费2.6万元；上述承诺列入合同附件三",
         "与合同草案核对", "合同草案附件三已列明"),
        ("源码交付说明", "第7页", "交付完整源代码及部署文档，无加密，可二次开发", "查看代码仓库截图", "相符"),
    ]),
    ("宜昌三峡金信软件有限公司", [
        ("报价函", "第1页", "报价：人民币壹拾捌万捌仟元整（¥188,000.00），不含税，增值税税率13%另计",
         "核对报价函原件及公章", "相符；报价为不含税价"),
        ("功能清单", "第2—3页",
         "个人征信查询（百行征信）、反欺诈规则引擎、还款管理（还款计划、到期提醒）、审批流、用户管理；"
         "风控模型（评分卡）为选配模块，另计24,000元（不含税），未含在报价内",
         "对照7月22日演示记录", "演示时风控模型为选配演示版"),
        ("等保备案证明", "复印件1份", "等保三级备案证明，备案编号42050043009-23004", "与原件核对", "相符"),
        ("数据安全说明", "第4页",
         "敏感字段SM4加密；HTTPS；角色权限管理；日志保存6个月；征信接口：百行征信、朴道征信",
         "询问信息科技部", "相符"),
        ("售后服务承诺函", "第5页",
         "免费维护12个月（仅限bug修复，不含版本升级）；重大监管政策调整另行报价；技术支持时间为工作日8:30—17:30，"
         "4小时内响应；不提供终身技术咨询；维保期满后按合同金额15%/年收取维护费；以上条款写入合同",
         "与合同草案核对", "与合同草案一致"),
        ("源码交付说明", "第6页", "交付完整源码", "查看交付清单", "相符"),
    ]),
    ("荆州古城网络科技有限公司", [
        ("报价函", "第1页", "报价：人民币贰拾壹万陆仟元整（¥216,000.00），含税", "核对报价函原件及公章", "相符"),
        ("功能清单", "第2页", "征信查询、智能风控、反欺诈、还款提醒、审批流、用户管理；另赠送智能客服机器人",
         "对照7月23日演示记录", "演示以PPT为主"),
        ("等保证明", "承诺书1份", "我司系统严格按照等保三级标准设计开发，安全性有保障",
         "要求提供备案证明", "未提供备案证明，仅有供应商承诺书"),
        ("数据安全说明", "第3页", "敏感数据采用国密算法加密；HTTPS；权限管理完善；可对接各大征信机构",
         "询问供应商", "未说明具体算法及征信机构名称，未说明日志保存期"),
        ("售后服务承诺函", "第4页", "终身免费维护，7×24小时服务，响应及时",
         "与合同草案核对", "未约定维护范围及响应时限，合同草案未列明"),
        ("源码交付说明", "第5页", "核心风控引擎以加密组件形式交付，其余模块提供源码", "询问供应商", "部分加密"),
    ]),
    ("十堰武当信息技术有限公司", [
        ("报价函", "第1页", "报价13.5万元（含税）", "核对报价函原件及公章", "相符"),
        ("功能清单", "第2页", "个人征信查询（百行征信）、风控模型、还款管理、用户管理", "对照演示记录", "无反欺诈模块"),
        ("等保备案证明", "复印件1份",
         "网络安全等级保护第二级备案证明，备案编号42030043002-22008；三级测评计划于2026年启动",
         "与原件核对", "为二级备案，不满足三级准入要求"),
        ("数据安全说明", "第3页",
         "数据库AES加密；HTTPS；权限：仅设一个超级管理员账号，无角色权限；日志保存3个月；征信接口：百行征信",
         "询问供应商", "相符"),
        ("售后服务承诺函", "第4页",
         "免费维护6个月，仅修复bug；监管政策调整按工作量另行收费；工作日QQ群技术支持，次日响应；维保期满后按次收费，"
         "每次5000元；以上不写入合同",
         "与合同草案核对", "相符"),
        ("源码交付说明", "第5页", "授权使用，授权绑定域名及服务器，不交付源代码", "询问供应商", "不交付源码"),
    ]),
    ("孝感董永软件有限公司", [
        ("报价函", "第1页", "报价：面议（待需求调研后另行报价）", "核对报价函原件及公章", "报价函无金额"),
        ("功能清单", "第2—3页",
         "个人征信查询（人行二代征信、朴道征信）、风控模型、反欺诈、还款管理、审批流、用户管理",
         "对照演示记录", "演示中均已见到"),
        ("等保证明", "受理通知书1份", "等保三级测评已由测评机构受理，预计2025年10月取得备案证明",
         "核对受理通知书", "测评中，尚未取得备案证明"),
        ("数据安全说明", "第4页",
         "身份证号、手机号SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月；征信接口：人行征信中心、朴道征信",
         "询问信息科技部", "相符"),
        ("售后服务承诺函", "第5页",
         "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；终身技术咨询；"
         "以上写入合同；维保期满后年服务费2.2万元",
         "与合同草案核对", "相符"),
        ("源码交付说明", "第6页", "完整源码，可二次开发", "查看交付清单", "相符"),
    ]),
    ("黄冈东坡科技有限公司", [
        ("回函", "第1页", "贵司询价函收悉。因项目排期已满，我司本次不参与报价，敬请谅解。", "—", "已书面放弃，不纳入比选"),
    ]),
]
V01_FOOT = [
    "审计发现：",
    "1. 荆州古城未提供等保三级备案证明，仅有承诺书；加密算法、征信机构名称均未明确。",
    "2. 十堰武当为等保二级备案，不满足准入条件；不交付源代码。",
    "3. 采购部《供应商比选表》将宜昌三峡金信列为最低报价（18.8万元），未将不含税报价换算为含税价，亦未计入选配的风控模型；"
    "建议重新测算可比价格。",
    "4. 孝感董永未给出报价金额，等保三级尚在测评中。",
    "审计结论：建议采购部按上述发现补充资料、重新测算后再提交总经理办公会；本底稿不对供应商选择发表意见。",
]


def case_v01():
    wb = Workbook()
    ws = wb.active
    ws.title = "采购合规检查"
    n = len(V01_HEAD)
    widths(ws, [7, 24, 16, 13, 62, 22, 30, 22])
    _text_row(ws, 1, n, "襄阳隆中小额贷款有限公司  内部审计工作底稿", font=TITLE, height=24)
    _text_row(ws, 2, n, "审计项目：个人信用贷系统源码采购事前合规检查    索引号：SJ-2025-014-03    所属期间：2025年7月    "
                        "编制人：刘芳 2025-08-04    复核人：张伟 2025-08-06", font=MUTED)
    _text_row(ws, 3, n, "检查目标：核实各报价供应商所交资料的真实性、完整性，并与采购部《供应商比选表》相互印证。金额单位：元", font=MUTED)
    put_row(ws, 5, V01_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    r = 6
    for vi, (vendor, docs) in enumerate(V01_VENDORS, start=1):
        first = r
        for di, (doc, page, text, method, verdict) in enumerate(docs, start=1):
            idx = f"SJ-2025-014-03-{vi:02d}-{di:02d}"
            put_row(ws, r, [f"{vi}.{di}", vendor if di == 1 else None, doc, page, text, method, verdict, idx])
            ws.row_dimensions[r].height = 48 if len(text) > 40 else 30
            r += 1
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = CENTER
        ws.cell(row=first, column=2).font = BOLD
    r += 1
    for line in V01_FOOT:
        _text_row(ws, r, n, line, bold=line.endswith("：") or line.startswith("审计结论"))
        r += 1
    ws.freeze_panes = "C6"
    _save(wb, "v_01_pc_neishen_digao.xlsx", creator="刘芳")


# ---------------------------------------------------------------------------------------------
# v_02  商户经营性贷 — 王磊, 采购部 of 郑州金水小额贷款 (operating loans to merchants), pasted every vendor's own 报价清单 into one
#       workbook, one sheet per vendor, the tab named by the city and a short name ("新乡牧野"), each sheet in the vendor's own
#       layout; a 目录 sheet in front lists the sheets.
# Layout: 目录 (序号 | 工作表 | 供应商全称 | 收到日期 | 收到方式 | 备注); 新乡牧野 — a formal line-item table 序号 | 项目 |
#       内容说明 | 数量 | 单价（元） | 金额（元） with 合计（含13%增值税）, an option under the 合计 and numbered terms;
#       洛阳河洛 — two columns 项目 | 内容; 平顶山鹰城 — 分类 | 项目 | 说明 with the category merged down; 安阳殷都 — one header
#       row across and one data row; 商丘睢阳 — "一、报价" line then "二、技术与服务响应" 序号 | 要求 | 响应; 开封汴梁（未报价）
#       — the vendor's declining reply.
# Traps: each sheet is one quote named by its title or company line, never by its tab ("新乡牧野") and never "目录"; the 目录
#       sheet lists names and dates only (no quotes); 牧野's 合计 288,000 is the sum of its lines (96,000 + 42,000 + 48,000
#       + 36,000 + 48,000 + 18,000), its 数据分析大屏 option (deferrable) is not bought, 报价编号 / 数量 / 有效期 are no
#       amounts; 河洛's 25.8万 is 不含税 and its 电子合同 (a must-have) is 选配 at 3万 不含税: (258,000 + 30,000) × 1.13
#       = 325,440 (its 数据分析大屏 2万 not bought); 鹰城 only claims (按等保三级标准建设，可协助客户通过测评, 国密算法, 可对接主流
#       征信机构, 终身免费维护, 可以写入合同) with its core encrypted and 区块链存证 / 智能客服机器人 given away; 殷都 is 96,000
#       (under 10万), 等保 否 and "银行流水分析暂不提供" (fail); 睢阳's price is "待现场需求调研后另行报价" (no price), all else
#       stated; 汴梁 declined (no quote).
# ---------------------------------------------------------------------------------------------
V02_INDEX = [
    ["1", "新乡牧野", "新乡牧野数科有限公司", "2025-08-01", "邮件（Excel）", ""],
    ["2", "洛阳河洛", "洛阳河洛软件有限公司", "2025-08-02", "邮件（Excel）", ""],
    ["3", "平顶山鹰城", "平顶山鹰城网络科技有限公司", "2025-08-04", "微信（Excel）", ""],
    ["4", "安阳殷都", "安阳殷都科技有限公司", "2025-08-04", "邮件（Excel）", ""],
    ["5", "商丘睢阳", "商丘睢阳信息技术有限公司", "2025-08-06", "邮件（Excel）", ""],
    ["6", "开封汴梁（未报价）", "开封汴梁云科技有限公司", "2025-08-05", "邮件回复", "未报价"],
]
V02_MUYE_ITEMS = [
    ("1", "平台基础模块", "用户管理、风控审批（审批流）、还款管理（还款计划、到期提醒）", "1套", 96000, 96000),
    ("2", "企业征信模块", "对接人行征信中心企业征信报告、百行征信", "1套", 42000, 42000),
    ("3", "银行流水分析模块", "PDF/OFD流水解析、现金流评分", "1套", 48000, 48000),
    ("4", "电子合同模块", "电子签章、合同模板管理、在线签约", "1套", 36000, 36000),
    ("5", "部署实施", "环境部署、数据初始化、接口联调", "1项", 48000, 48000),
    ("6", "培训", "操作及运维培训（3天）", "1项", 18000, 18000),
]
V02_MUYE_TERMS = [
    "一、资质：已取得网络安全等级保护三级备案证明，备案编号41070043012-24005（2024年5月），复印件附后。",
    "二、安全：身份证号、手机号、银行卡号SM4加密存储；全站HTTPS；RBAC角色权限；操作日志保存12个月；"
    "征信接口：人行征信中心、百行征信。",
    "三、售后：免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；"
    "终身技术咨询；维保期满后年服务费3万元；以上均写入合同。",
    "四、源码：交付完整源代码，无加密，可二次开发。",
    "五、报价有效期：60天。",
]
V02_HELUO = [
    ("报价总额", "25.8万元（不含税）"),
    ("税率", "增值税13%，另开专票"),
    ("包含模块", "企业征信、银行流水分析、风控审批、还款管理、用户管理"),
    ("选配模块", "电子合同：3万元（不含税）；数据分析大屏：2万元（不含税）"),
    ("等保", "三级，备案证明编号41030043021-23010"),
    ("数据加密", "SM4"),
    ("传输加密", "HTTPS"),
    ("权限", "角色权限"),
    ("日志", "保存6个月"),
    ("征信接口", "百行征信、朴道征信"),
    ("免费维护", "12个月"),
    ("维护范围", "仅修复bug，不含版本升级"),
    ("政策适配", "一般调整免费，重大监管政策调整另行报价"),
    ("技术支持", "工作日9:00-18:00"),
    ("响应时间", "4小时"),
    ("终身技术咨询", "不提供"),
    ("写入合同", "是"),
    ("维保期满后", "按合同额15%/年"),
    ("源码", "完整源码"),
]
V02_YINGCHENG = [
    ("报价", [("一口价", "24.8万元（含税），全部模块")]),
    ("功能", [("企业征信", "支持"), ("银行流水分析", "支持"), ("电子合同", "支持"),
            ("风控审批/还款管理/用户管理", "支持"), ("赠送", "区块链存证、智能客服机器人")]),
    ("安全", [("等保", "系统按等保三级标准建设，可协助客户通过测评"), ("加密", "国密算法"), ("传输", "HTTPS"),
            ("权限", "多级权限管理"), ("征信", "可对接主流征信机构")]),
    ("服务", [("维护", "终身免费维护"), ("支持", "7×24小时"), ("合同", "可以写入合同")]),
    ("源码", [("交付", "核心模块加密，其余开放")]),
]
V02_YINDU_HEAD = ["报价（元）", "是否含税", "功能", "等保三级", "加密", "HTTPS", "权限", "日志", "征信", "维护期", "维护内容",
                  "政策调整", "技术支持", "响应", "期满年费", "源码"]
V02_YINDU_ROW = [96000, "含税", "企业征信、电子合同、还款管理、用户管理（银行流水分析暂不提供）", "否", "无", "是", "单一管理员",
                 "1个月", "未对接", "3个月", "bug修复", "收费", "工作日", "次日", "按次收费", "授权使用，绑定域名"]
V02_SUIYANG = [
    ("1", "等保三级", "已取得三级备案证明，编号41140043008-24002（2024年2月）"),
    ("2", "敏感数据加密", "身份证号、手机号、银行卡号SM4加密"),
    ("3", "传输加密", "全站HTTPS"),
    ("4", "权限管理", "RBAC角色权限"),
    ("5", "日志审计", "操作日志保存12个月，异常行为告警"),
    ("6", "征信接口", "人行征信中心、百行征信"),
    ("7", "功能模块", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理"),
    ("8", "免费维护", "12个月，含bug修复及小版本升级"),
    ("9", "政策适配", "监管政策调整免费适配"),
    ("10", "技术支持", "7×24小时，2小时内响应"),
    ("11", "终身技术咨询", "提供"),
    ("12", "合同", "以上承诺全部写入合同"),
    ("13", "维保期满后年费", "2.8万元/年"),
    ("14", "源码", "完整源码，可二次开发"),
]


def case_v02():
    wb = Workbook()
    ws = wb.active
    ws.title = "目录"
    widths(ws, [6, 20, 30, 14, 16, 10])
    _text_row(ws, 1, 6, "供应商报价清单汇编（商户经营贷系统源码）", font=TITLE, height=24)
    _text_row(ws, 2, 6, "整理：采购部 王磊 2025-08-11；各供应商报价按原格式粘贴，一家一个工作表", font=MUTED)
    put_row(ws, 4, ["序号", "工作表", "供应商全称", "收到日期", "收到方式", "备注"], font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(V02_INDEX):
        put_row(ws, 5 + i, row)

    # 新乡牧野: formal line-item table
    ws = wb.create_sheet("新乡牧野")
    widths(ws, [6, 18, 40, 8, 14, 14])
    _text_row(ws, 1, 6, "新乡牧野数科有限公司", font=TITLE, height=22)
    _text_row(ws, 2, 6, "报  价  清  单", bold=True)
    _text_row(ws, 3, 6, "致：郑州金水小额贷款有限公司    报价日期：2025年8月1日    报价编号：MY-BJ-20250801-03", font=MUTED)
    put_row(ws, 5, ["序号", "项目", "内容说明", "数量", "单价（元）", "金额（元）"], font=BOLD, fill=BLUE, align=CENTER)
    r = 6
    for row in V02_MUYE_ITEMS:
        put_row(ws, r, list(row))
        ws.cell(row=r, column=5).number_format = "#,##0"
        ws.cell(row=r, column=6).number_format = "#,##0"
        r += 1
    put_row(ws, r, ["合计（含13%增值税）", None, None, None, None, sum(x[5] for x in V02_MUYE_ITEMS)], font=BOLD, fill=YELLOW)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(row=r, column=6).number_format = "#,##0"
    r += 2
    _text_row(ws, r, 6, "选配模块（未含在合计内）", bold=True)
    r += 1
    put_row(ws, r, ["1", "数据分析大屏", "经营数据可视化大屏", "1套", 26000, 26000])
    r += 2
    for t in V02_MUYE_TERMS:
        _text_row(ws, r, 6, t, height=30)
        r += 1
    r += 1
    _text_row(ws, r, 6, "新乡牧野数科有限公司（盖章）    联系人：孙经理 13938712406")

    # 洛阳河洛: two columns
    ws = wb.create_sheet("洛阳河洛")
    widths(ws, [18, 60])
    _text_row(ws, 1, 2, "洛阳河洛软件有限公司 — 商户经营贷系统报价", font=TITLE, height=22)
    put_row(ws, 3, ["项目", "内容"], font=BOLD, fill=GREY, align=CENTER)
    for i, (k, v) in enumerate(V02_HELUO):
        put_row(ws, 4 + i, [k, v])
    _text_row(ws, 5 + len(V02_HELUO), 2, "报价人：洛阳河洛软件有限公司 销售部  2025年8月2日", font=MUTED)

    # 平顶山鹰城: category merged down
    ws = wb.create_sheet("平顶山鹰城")
    widths(ws, [10, 28, 48])
    _text_row(ws, 1, 3, "平顶山鹰城网络科技有限公司", font=TITLE, height=22)
    _text_row(ws, 2, 3, "小贷系统（经营贷版）报价方案", bold=True)
    put_row(ws, 4, ["分类", "项目", "说明"], font=BOLD, fill=GREEN, align=CENTER)
    r = 5
    for cat, items in V02_YINGCHENG:
        first = r
        for k, v in items:
            put_row(ws, r, [cat if r == first else None, k, v])
            r += 1
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = CENTER

    # 安阳殷都: one header row across, one data row
    ws = wb.create_sheet("安阳殷都")
    widths(ws, [12, 10, 40] + [12] * (len(V02_YINDU_HEAD) - 3))
    _text_row(ws, 1, len(V02_YINDU_HEAD), "安阳殷都科技有限公司报价", font=TITLE, height=22)
    put_row(ws, 3, V02_YINDU_HEAD, font=BOLD, fill=GREY, align=CENTER)
    put_row(ws, 4, V02_YINDU_ROW)
    ws.row_dimensions[4].height = 45

    # 商丘睢阳: price line, then a response table
    ws = wb.create_sheet("商丘睢阳")
    widths(ws, [8, 18, 56])
    _text_row(ws, 1, 3, "商丘睢阳信息技术有限公司  报价及响应", font=TITLE, height=22)
    _text_row(ws, 3, 3, "一、报价", bold=True)
    _text_row(ws, 4, 3, "报价：待现场需求调研后另行报价（含税）")
    _text_row(ws, 6, 3, "二、技术与服务响应", bold=True)
    put_row(ws, 7, ["序号", "要求", "响应"], font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(V02_SUIYANG):
        put_row(ws, 8 + i, list(row))

    # 开封汴梁: declined
    ws = wb.create_sheet("开封汴梁（未报价）")
    widths(ws, [80])
    ws.cell(row=1, column=1, value="回复：")
    ws.cell(row=2, column=1, value="郑州金水小额贷款有限公司采购部：感谢贵司邀请。我司目前项目饱和，本次不参与报价，期待今后合作。")
    ws.cell(row=3, column=1, value="开封汴梁云科技有限公司  2025年8月5日")
    _save(wb, "v_02_ml_fenye_baojiaqingdan.xlsx", creator="王磊")


# ---------------------------------------------------------------------------------------------
# v_03  消费分期 — 周婷, 业务部 of 长沙岳麓分期小额贷款 (appliance and education instalments), registers every vendor's quote in
#       a 钉钉宜搭 form "供应商报价登记" whose 报价明细 is a sub-form (模块名称 | 金额 | 计入总额); the export flattens the sub-form
#       into repeated column groups 明细1-模块名称 | 明细1-金额（元） | 明细1-计入总额 … 明细6-…; she opened it in WPS and
#       saved it as CSV, which WPS wrote in GB18030.
# Layout: one header row (实例ID, 标题, 提交人, 创建时间, 修改时间, 供应商名称, 报价联系人, 联系电话, 报价总额（元）, 是否含税, 等保三级
#       (a drop-down 已取得/申请中/未取得), 等保证明说明, the security and service fields, 源码交付, six 明细 groups, 备注),
#       six records.
# Traps: the sub-form's amounts are the quote's line items: those marked 是 add up to 报价总额, those marked 否 are options;
#       phone numbers, instance ids and times are no amounts; 提交人 周婷 is the buyer's clerk; 神农's 236,000 = 38,000 +
#       26,000 + 42,000 + 90,000 + 40,000 (its 积分商城 18,000 否, deferrable, not bought); 莲城's 198,000 is 不含税 and its
#       订单跟踪 (a must-have) is 否 at 32,000 不含税: (198,000 + 32,000) × 1.13 = 259,900; 雁城 picked 已取得 from the
#       drop-down but wrote "我司系统按等保三级标准设计，证明材料签约后提供" (a claim), 国密算法, 可对接各类征信机构, 终身免费维护, core
#       encrypted, and gives 元宇宙营销 / 智能客服机器人 at 0; 巴陵 is 申请中 ("三级测评已进场，预计2025年10月取得备案证明":
#       unverified) at 168,000; 桃花源 (88,000, under 10万) has 等保 未取得, no HTTPS and no 订单跟踪 (fail); 宝庆's record has no
#       amount and "电话确认不参与本次报价" (no quote).
# ---------------------------------------------------------------------------------------------
V03_HEAD = (["实例ID", "标题", "提交人", "创建时间", "修改时间", "供应商名称", "报价联系人", "联系电话", "报价总额（元）", "是否含税",
             "等保三级", "等保证明说明", "敏感数据加密", "HTTPS", "权限管理", "日志保存期（月）", "征信接口", "免费维护期（月）",
             "维护范围", "政策调整适配", "技术支持时段", "响应时间（小时）", "终身技术咨询", "写入合同", "维保期满年费", "源码交付"]
            + [f"明细{i}-{k}" for i in range(1, 7) for k in ("模块名称", "金额（元）", "计入总额")]
            + ["备注"])


def _details(items):
    """Six sub-form slots, each (模块名称, 金额, 计入总额), blanks for unused ones."""
    cells = []
    for i in range(6):
        cells += list(items[i]) if i < len(items) else ["", "", ""]
    return cells


V03_ROWS = [
    ["FINST-5KD66XA1Q0ZG8E3R7M2B", "周婷提交的供应商报价登记", "周婷", "2025-08-04 10:12:33", "2025-08-04 10:12:33",
     "株洲神农数科有限公司", "唐经理", "13873312086", "236000", "含税", "已取得", "备案证明编号43020043015-24009（2024年4月）",
     "SM4（身份证号、手机号、银行卡号）", "是", "RBAC", "12", "百行征信、朴道征信", "12", "bug修复及小版本升级", "免费",
     "7×24", "1", "是", "是", "2.6万元/年", "完整源码，无加密，可二次开发"]
    + _details([("商品管理", "38000", "是"), ("分期计算器", "26000", "是"), ("订单跟踪", "42000", "是"),
                ("基础平台（用户管理、风控审批、还款管理）", "90000", "是"), ("部署实施及培训", "40000", "是"),
                ("积分商城（选配）", "18000", "否")])
    + ["积分商城暂不采购"],
    ["FINST-5KD66XA1Q0ZG8E3R7M3C", "周婷提交的供应商报价登记", "周婷", "2025-08-04 15:40:02", "2025-08-05 09:03:47",
     "湘潭莲城软件有限公司", "易工", "15973228140", "198000", "不含税（13%另计）", "已取得", "备案证明编号43030043007-23012",
     "SM4", "是", "角色权限", "6", "百行征信", "12", "仅bug修复，不含升级", "重大调整另行报价", "工作日8:30-17:30", "4",
     "否", "是", "合同额15%/年", "完整源码"]
    + _details([("商品管理", "36000", "是"), ("分期计算器", "22000", "是"), ("订单跟踪", "32000", "否"),
                ("基础平台（用户管理、风控审批、还款管理）", "100000", "是"), ("部署实施", "40000", "是")])
    + ["订单跟踪为增值模块，需另行采购；明细金额均为不含税"],
    ["FINST-5KD66XA1Q0ZG8E3R7M4D", "周婷提交的供应商报价登记", "周婷", "2025-08-05 11:26:15", "2025-08-05 11:26:15",
     "衡阳雁城网络科技有限公司", "刘总", "18673409957", "228000", "含税", "已取得", "我司系统按等保三级标准设计，证明材料签约后提供",
     "国密算法", "是", "是", "", "可对接各类征信机构", "", "终身免费维护", "", "7×24", "", "是", "可协商", "",
     "核心风控模块加密，其余开放"]
    + _details([("全部模块（商品管理、分期计算器、订单跟踪、用户管理、风控审批、还款管理）", "228000", "是"),
                ("元宇宙营销（赠送）", "0", "是"), ("智能客服机器人（赠送）", "0", "是")])
    + ["一口价"],
    ["FINST-5KD66XA1Q0ZG8E3R7M5E", "周婷提交的供应商报价登记", "周婷", "2025-08-06 09:48:51", "2025-08-06 09:48:51",
     "岳阳巴陵信息技术有限公司", "彭经理", "13762716632", "168000", "含税", "申请中", "三级测评已进场，预计2025年10月取得备案证明",
     "SM4（身份证号、银行卡号）", "是", "RBAC", "12", "人行征信中心、百行征信", "12", "bug修复及小版本升级", "免费", "7×24", "2",
     "是", "是", "1.8万元/年", "完整源码"]
    + _details([("商品管理", "30000", "是"), ("分期计算器", "20000", "是"), ("订单跟踪", "30000", "是"),
                ("基础平台（用户管理、风控审批、还款管理）", "60000", "是"), ("部署实施", "28000", "是")])
    + [""],
    ["FINST-5KD66XA1Q0ZG8E3R7M6F", "周婷提交的供应商报价登记", "周婷", "2025-08-06 14:05:20", "2025-08-06 14:05:20",
     "常德桃花源科技工作室", "小胡", "17707365531", "88000", "含税", "未取得", "", "MD5", "否", "单一管理员", "1", "未对接", "3",
     "bug修复", "收费", "工作日", "24", "否", "否", "按次收费", "授权使用，绑定域名"]
    + _details([("商品管理", "30000", "是"), ("分期计算器", "18000", "是"),
                ("基础平台（用户管理、还款管理）", "40000", "是")])
    + ["订单跟踪暂不支持"],
    ["FINST-5KD66XA1Q0ZG8E3R7M7G", "周婷提交的供应商报价登记", "周婷", "2025-08-06 16:31:09", "2025-08-06 16:31:09",
     "邵阳宝庆软件有限公司", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]
    + _details([])
    + ["电话确认不参与本次报价（8月6日）"],
]


def case_v03():
    assert all(len(r) == len(V03_HEAD) for r in V03_ROWS)
    write_csv("v_03_ci_yida_zibiao_gb18030.csv", [V03_HEAD] + V03_ROWS, "gb18030")


# ---------------------------------------------------------------------------------------------
# v_04  个人信用贷 — 黄丽, secretary of the 采购决策委员会 of 泉州鲤城小额贷款 (personal credit loans), records the committee's vote
#       on one sheet: the members' votes on the left (序号 | 委员 | 职务 | 投票（拟选供应商） | 表决意见 | 签字), and, in the
#       same rows to the right after an empty column, the 采购部's table of the candidates' facts the members voted on
#       (附：候选供应商情况, money in 万元); the tally and the 表决结论 under the votes.
# Layout: title, a meeting line, two tables side by side sharing header row 5 (A–F votes; H–AA vendors: 供应商 | 报价（万元）|
#       计税 | 功能模块（报价内） | 选配/另计 | 等保三级 | 数据加密 | HTTPS | 权限管理 | 日志保存 | 征信接口 | 免费维护 | 维护范围 |
#       政策适配 | 技术支持 | 响应时间 | 终身技术咨询 | 写入合同 | 维保期后年费 | 源码交付), five members and five vendors on
#       rows 6–10, then 表决结果 / 表决结论 and a note.
# Traps: the vendors are the side table's 供应商 column, never the members (陈建国 …) nor the short names in the votes
#       ("厦门鹭岛数科"); the votes, the tally ("3票") and the members' remarks ("榕城报价19.6万最低") are the buyer's; the
#       header's 万元 scales 22.6 to 226,000; 榕城's 19.6万 is 不含税 and its 风控模型 (a must-have) is 选配 2.4万（不含税）:
#       (196,000 + 24,000) × 1.13 = 248,600; 湄洲 only claims (按等保三级要求建设，已出具承诺函, 国密算法, 支持对接各大征信机构,
#       终身维护, 可以写) with its risk engine encrypted and 区块链存证 given away; 芗城 holds 二级 (fail), 12.8万, no 反欺诈,
#       one admin account; 红土's price is 待定 (no price), all else stated.
# ---------------------------------------------------------------------------------------------
V04_VOTE_HEAD = ["序号", "委员", "职务", "投票（拟选供应商）", "表决意见", "签字"]
V04_VOTES = [
    ["1", "陈建国", "总经理", "厦门鹭岛数科", "资料齐全，售后条款写进合同，同意", "陈建国"],
    ["2", "林晓峰", "风控总监", "厦门鹭岛数科", "等保证书已见原件，反欺诈演示效果好", "林晓峰"],
    ["3", "吴秀英", "财务总监", "福州榕城软件", "榕城报价19.6万最低", "吴秀英"],
    ["4", "郑伟", "信息科技部负责人", "厦门鹭岛数科", "榕城不含税且风控模型另计，折算后并不便宜", "郑伟"],
    ["5", "许丽娟", "合规部负责人", "弃权", "莆田湄洲的等保只有承诺函，红土未报价，需补齐后再议", "许丽娟"],
]
V04_VENDOR_HEAD = ["供应商", "报价（万元）", "计税", "功能模块（报价内）", "选配/另计", "等保三级", "数据加密", "HTTPS", "权限管理",
                   "日志保存", "征信接口", "免费维护", "维护范围", "政策适配", "技术支持", "响应时间", "终身技术咨询", "写入合同",
                   "维保期后年费", "源码交付"]
V04_VENDORS = [
    ["厦门鹭岛数科有限公司", 22.6, "含税（13%专票）",
     "个人征信查询（人行二代、百行）、风控模型（评分卡＋规则引擎）、反欺诈、还款管理、审批流、用户管理", "无",
     "已取得，备案编号35020043018-24006", "SM4（身份证号、手机号、银行卡号）", "全站HTTPS", "RBAC", "12个月",
     "人行征信中心、百行征信", "12个月", "bug修复＋小版本升级", "免费", "7×24", "1小时", "提供", "全部写入合同", "2.4万/年",
     "完整源码，无加密"],
    ["福州榕城软件有限公司", 19.6, "不含税（13%另计）",
     "个人征信查询（百行）、反欺诈、还款管理、审批流、用户管理", "风控模型（评分卡）2.4万（不含税）",
     "已取得，备案编号35010043025-23015", "SM4", "HTTPS", "角色权限", "6个月", "百行征信、朴道征信", "12个月",
     "仅修复bug，不含升级", "重大政策调整另行报价", "工作日9:00-18:00", "4小时", "不提供", "写入合同", "合同额15%/年",
     "完整源码"],
    ["莆田湄洲网络科技有限公司", 20.8, "含税",
     "征信查询、AI风控、反欺诈、还款提醒、审批流、用户管理；赠送区块链存证", "无",
     "按等保三级要求建设，已出具承诺函", "国密算法", "HTTPS", "有", "", "支持对接各大征信机构", "终身维护", "", "", "7×24",
     "30分钟", "", "可以写", "", "核心风控引擎加密"],
    ["漳州芗城信息技术有限公司", 12.8, "含税",
     "个人征信查询（百行）、风控模型、还款管理、用户管理", "无",
     "二级（已备案），三级暂无计划", "AES", "HTTPS", "单一管理员账号", "3个月", "百行征信", "6个月", "仅修复bug",
     "按工作量收费", "工作日", "次日", "否", "否", "按次收费", "授权使用（绑定服务器）"],
    ["龙岩红土科技有限公司", "待定", "含税",
     "个人征信查询（人行二代、朴道）、风控模型、反欺诈、还款管理、审批流、用户管理", "无",
     "已取得，备案编号35080043004-24003", "SM4", "HTTPS", "RBAC", "12个月", "人行征信中心、朴道征信", "12个月",
     "bug修复＋小版本升级", "免费", "7×24", "2小时", "提供", "写入合同", "2.5万/年", "完整源码"],
]


def case_v04():
    wb = Workbook()
    ws = wb.active
    ws.title = "表决汇总"
    side = 8  # column H
    widths(ws, [6, 10, 16, 16, 36, 10, 3, 24, 10, 14, 40, 24, 26, 22, 10, 12, 10, 20, 10, 18, 18, 14, 10, 12, 12, 12, 18])
    _text_row(ws, 1, 6, "泉州鲤城小额贷款有限公司 采购决策委员会表决汇总", font=TITLE, height=24)
    _text_row(ws, 2, 6, "会议：2025年第3次采购决策委员会    议题：个人信用贷系统源码供应商选择    时间：2025-08-08 15:00    记录：黄丽",
              font=MUTED)
    _text_row(ws, 3, len(V04_VENDOR_HEAD), "附：候选供应商情况（采购部根据各家书面报价整理，金额单位：万元）", bold=True, start=side)
    put_row(ws, 5, V04_VOTE_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    put_row(ws, 5, V04_VENDOR_HEAD, font=BOLD, fill=GREEN, align=CENTER, start=side)
    ws.row_dimensions[5].height = 30
    for i in range(5):
        r = 6 + i
        put_row(ws, r, V04_VOTES[i])
        put_row(ws, r, V04_VENDORS[i], start=side)
        ws.row_dimensions[r].height = 48
    r = 12
    _text_row(ws, r, 6, "表决结果：厦门鹭岛数科 3票；福州榕城软件 1票；弃权 1票（应到5人，实到5人）", bold=True)
    _text_row(ws, r + 1, 6, "表决结论：拟选厦门鹭岛数科有限公司，报总经理办公会审批；莆田湄洲、龙岩红土补齐资料后备选。", bold=True)
    _text_row(ws, r + 3, 6, "说明：右侧候选供应商情况由采购部整理，仅供表决参考；各委员意见为个人意见。", font=MUTED)
    ws.freeze_panes = "A6"
    _save(wb, "v_04_pc_biaojue_huizong.xlsx", creator="黄丽")


# ---------------------------------------------------------------------------------------------
# v_05  商户经营性贷 — 赵静, 招标采购部 of 石家庄长安小额贷款 (operating loans to merchants), prepares the evaluators' 投标文件
#       商务部分索引表: for each index item (开标一览表, 分项报价表, 功能响应表, 等保备案证明, 数据安全方案, 征信接口, 售后服务承诺,
#       维保期满后收费, 源码交付承诺, 报价有效期) and each bidder, the page of the bid where it is and a short extract; a
#       bidder that withdrew before the opening keeps its column; saved as UTF-8 CSV (BOM) for the shared drive.
# Layout: a title line, a note line ("页码为投标文件正本页码；评委以投标文件原文为准"), the header 序号 | 索引项 | six bidders,
#       ten rows, the 编制 / 复核 line.
# Traps: "P3：", "P12-15：", "第18页" are page numbers, never amounts; 莲池's 投标总价 308,000 is the sum of its 分项
#       (186,000 + 72,000 + 20,000 + 30,000); 凤凰's 240,000 is 不含税 (its 分项 sum to it) and its 电子合同 (a must-have) is
#       选配 at 28,000 不含税 "未计入投标总价": (240,000 + 28,000) × 1.13 = 302,840 — cheaper than 莲池 but with bug-fix-only
#       maintenance, charged policy changes, office hours, 4 h and 6-month logs; 狮城 only has a 承诺函 ("满足等保三级要求，
#       可协助甲方通过测评"), 国密算法, 可对接主流征信机构, 终身维护, core encrypted, an AI bot given away; 丛台 filed 二级 (fail)
#       and answers 电子合同 "不支持"; 广阳's 等保 cell is only "见投标文件第18页" (unknown: unverified, never 18 of anything);
#       湖城 withdrew before the opening (no quote); 报价有效期 days are no amounts.
# ---------------------------------------------------------------------------------------------
V05_BIDDERS = ["保定莲池数科有限公司", "唐山凤凰软件有限公司", "沧州狮城网络科技有限公司", "邯郸丛台信息技术有限公司",
               "廊坊广阳科技有限公司", "衡水湖城科技有限公司"]
V05_ROWS = [
    ("1", "开标一览表（投标总价）", [
        "P3：投标总价人民币叁拾万零捌仟元整（¥308,000.00），含13%增值税",
        "P4：投标总价¥240,000.00（不含税）",
        "P2：投标总价¥258,000.00（含税）",
        "P3：投标总价¥158,000.00（含税）",
        "P5：投标总价¥296,000.00（含税）",
        "开标前书面撤回（8月12日函），未递交投标文件"]),
    ("2", "分项报价表", [
        "P4-5：源码授权186,000；部署实施72,000；数据迁移20,000；培训30,000；合计308,000",
        "P5-6：平台基础150,000；企业征信30,000；银行流水分析40,000；部署实施20,000；合计240,000（不含税）。"
        "选配（未计入投标总价）：电子合同28,000（不含税）；数据分析大屏22,000（不含税）",
        "P3：一口价，不分项",
        "P4：源码授权128,000；实施30,000",
        "P6-7：源码授权210,000；实施部署64,000；培训22,000；合计296,000",
        "—"]),
    ("3", "功能响应表（必备模块）", [
        "P12-15：企业征信（人行征信中心、百行征信）、银行流水分析（PDF/OFD解析）、电子合同（电子签章）、风控审批、还款管理、"
        "用户管理，均为标配",
        "P10-13：企业征信、银行流水分析、风控审批、还款管理、用户管理；电子合同为选配（见P6）",
        "P8：企业征信、银行流水分析、电子合同、审批流、还款管理、用户管理；赠送智能客服机器人",
        "P9：企业征信、银行流水分析、风控审批、还款管理、用户管理；电子合同：不支持，可后期定制开发",
        "P10-14：企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理",
        "—"]),
    ("4", "等保三级备案证明", [
        "P21：网络安全等级保护三级备案证明复印件，编号13060043011-24008（2024年3月）",
        "P19：三级备案证明复印件，编号13020043006-23017",
        "P31：承诺函一份，内容为“我司系统满足等保三级要求，可协助甲方通过测评”，未附备案证明",
        "P12：二级备案证明，编号13040043007-22003",
        "见投标文件第18页",
        "—"]),
    ("5", "数据安全方案", [
        "P22-24：身份证号、手机号、银行卡号SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月",
        "P20：SM4加密；HTTPS；角色权限；日志保存6个月",
        "P32：国密算法加密；HTTPS；权限管理",
        "P13：AES加密；HTTPS；角色权限；日志保存3个月",
        "P19-20：SM4加密（身份证号、银行卡号）；HTTPS；RBAC；日志保存12个月",
        "—"]),
    ("6", "征信接口", [
        "P25：人行征信中心、百行征信", "P21：百行征信、朴道征信", "P33：可对接主流征信机构", "P14：百行征信",
        "P21：人行征信中心、百行征信", "—"]),
    ("7", "售后服务承诺", [
        "P30-31：免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；终身技术咨询；"
        "以上写入合同",
        "P27：免费维护12个月，仅bug修复，不含版本升级；重大政策调整另行报价；技术支持工作日9:00-18:00，4小时内响应；写入合同",
        "P40：终身维护，7×24小时服务",
        "P20：免费维护6个月，仅修复bug；政策调整按工作量收费；工作日支持，次日响应；不提供终身技术咨询",
        "P26-27：免费维护12个月，含bug修复及小版本升级；政策适配免费；7×24小时，1小时内响应；终身技术咨询；写入合同",
        "—"]),
    ("8", "维保期满后收费", [
        "P32：年服务费3.2万元", "P28：合同额15%/年", "未找到", "P21：按次收费", "P28：年服务费2.8万元", "—"]),
    ("9", "源码交付承诺", [
        "P35：完整源代码，无加密，可二次开发", "P30：完整源码", "P42：核心模块加密交付，其余开放",
        "P22：授权使用，绑定服务器，不交付源码", "P30：完整源码，可二次开发", "—"]),
    ("10", "报价有效期", ["P3：90天", "P4：60天", "P2：30天", "P3：60天", "P5：90天", "—"]),
]


def case_v05():
    rows = [["投标文件商务部分索引表（商户经营贷系统源码采购，项目编号CA-ZB-2025-07）"] + [""] * 7,
            ["说明：页码为投标文件正本页码，摘录仅供评委快速定位；评委以投标文件原文为准。"] + [""] * 7,
            ["序号", "索引项"] + V05_BIDDERS]
    for no, item, cells in V05_ROWS:
        rows.append([no, item] + cells)
    rows.append(["", "编制：招标采购部 赵静 2025-08-14    复核：李强"] + [""] * 6)
    write_csv("v_05_ml_toubiao_suoyin.csv", rows, "utf-8-sig")


# ---------------------------------------------------------------------------------------------
# v_06  消费分期 — Kelvin Ho, FP&A at Sanya Lumin Microcredit Co., Ltd. (phone, e-bike and travel instalments; the group
#       reports in English), lines up the five written quotes after each vendor's discount: List price, Discount offered,
#       Net price, VAT treatment, the VAT he added, Net price incl. VAT, then the modules and terms as the vendors wrote them,
#       and his own ranking by net price incl. VAT; a line on the vendor that declined and his averages under the table.
# Layout: title, a prepared-by line, a header Item | five vendors | Finance notes, 25 rows, two note lines.
# Traps: the Net price (after a written discount) is the price, never the List price; a discount only said ("Verbal: a
#       further 8% possible at signing (not in writing)") changes nothing; Finance's "Net price incl. VAT" for Tianya
#       (246,905) leaves out its order tracking, a must-have offered as "Optional: order tracking RMB 25,000 excl. VAT":
#       (218,500 + 25,000) × 1.13 = 275,155; Qiongshan's 268,000 less 10 % is 241,200 incl. VAT (its points mall option,
#       deferrable, not bought); Lianxin only claims ("Built to MLPS Level 3 standard; filing certificate to be provided after
#       contract signing", GM algorithms, all major bureaus, lifetime maintenance) with its risk engine compiled and an AI bot
#       and metaverse marketing given away; Dongpo's "RMB 6,000 off" makes 180,000, its Level 3 is "assessment in progress"
#       (unverified) and it gives 6 months; Xinglong's net 93,100 is excl. VAT: 93,100 × 1.13 = 105,203 — under 15万 but not
#       under 10万 — with Level 2 only and no order tracking (fail); the ranking row, percentages, the average and the
#       declined Wuzhishan are Finance's or no quote.
# ---------------------------------------------------------------------------------------------
V06_VENDORS = ["Haikou Qiongshan Digital Technology Co., Ltd.", "Sanya Tianya Software Co., Ltd.",
               "Guangzhou Panyu Lianxin Network Technology Co., Ltd.", "Danzhou Dongpo Information Technology Co., Ltd.",
               "Wanning Xinglong Tech Studio"]
V06_ROWS = [
    ("List price (as quoted)", [268000, 230000, 238000, 186000, 98000], "RMB, as on each written quote"),
    ("Discount offered", ["10% (in writing, valid until 30 Sep 2025)", "5% (in writing)",
                          "Verbal: a further 8% possible at signing (not in writing)", "RMB 6,000 off (in writing)",
                          "5% (in writing)"], "Only written discounts applied"),
    ("Net price", [241200, 218500, "238,000 (verbal discount not applied)", 180000, 93100], ""),
    ("VAT treatment", ["Included (13% special invoice)", "Excluded – 13% VAT to be added", "Included", "Included",
                       "Excluded – 13% VAT to be added"], ""),
    ("VAT added by Finance (13%)", ["—", 28405, "—", "—", 12103], "Net price × 13% where quoted excl. VAT"),
    ("Net price incl. VAT", [241200, 246905, 238000, 180000, 105203], "Basis of Finance ranking"),
    ("Modules in the net price", [
        "Product catalogue, instalment calculator, order tracking (status from approval to delivery), repayment "
        "management, risk approval workflow, user management",
        "Product catalogue, instalment calculator, repayment management, risk approval, user management",
        "Product catalogue, instalment calculator, order tracking, repayment reminders, approval workflow, user "
        "management; AI customer-service bot and metaverse marketing included free",
        "Product catalogue, instalment calculator, order tracking, repayment management, risk approval, user management",
        "Product catalogue, instalment calculator, repayment management, user management"], ""),
    ("Optional modules (not in the net price)", [
        "Points mall RMB 18,000 incl. VAT", "Order tracking RMB 25,000 excl. VAT (no discount)", "None", "None",
        "Order tracking: not available"], "Not included in Finance figures above"),
    ("MLPS Level 3", [
        "Held – filing certificate no. 46010043012-24005 (Apr 2024)", "Held – certificate no. 46020043003-23011",
        "Built to MLPS Level 3 standard; filing certificate to be provided after contract signing",
        "Level 3 assessment in progress – filing certificate expected Nov 2025", "Level 2 only"], ""),
    ("Data encryption", ["SM4 on ID no., mobile no., bank card no.", "SM4", "National (GM) cryptographic algorithms",
                         "SM4 on ID no. and bank card no.", "AES"], ""),
    ("HTTPS / TLS", ["HTTPS throughout", "HTTPS", "Yes", "HTTPS", "Yes"], ""),
    ("Access control", ["RBAC", "Role-based", "Yes", "RBAC", "Single admin account"], ""),
    ("Audit log retention", ["12 months", "6 months", "", "6 months", "3 months"], ""),
    ("Credit bureau connection", ["Baihang Credit, Pudao Credit", "Baihang Credit", "Can connect to all major credit bureaus",
                                  "PBoC Credit Reference Center, Baihang Credit", "Not connected"], ""),
    ("Free maintenance", ["12 months", "12 months", "Lifetime free maintenance", "6 months", "3 months"], ""),
    ("Maintenance scope", ["Bug fixes and minor version upgrades", "Bug fixes only; upgrades charged", "",
                           "Bug fixes and minor version upgrades", "Bug fixes"], ""),
    ("Regulatory change adaptation", ["Free of charge", "Major regulatory changes quoted separately", "", "Free of charge",
                                      "Charged (time & materials)"], ""),
    ("Support hours", ["24×7", "Mon–Fri 09:00–18:00", "24×7", "24×7", "Business hours (QQ group)"], ""),
    ("Response time", ["Within 1 hour", "4 hours", "30 minutes", "Within 2 hours", "Next business day"], ""),
    ("Lifetime technical consulting", ["Included", "Not offered", "", "Included", "No"], ""),
    ("In the contract", ["Yes – all of the above", "Yes", "To be discussed", "Yes", "No"], ""),
    ("Annual fee after free period", ["RMB 26,000 p.a.", "15% of contract value p.a.", "", "RMB 18,000 p.a.",
                                      "Per incident"], ""),
    ("Source code", ["Full source code, unencrypted, modifiable", "Full source",
                     "Source provided except the risk engine (compiled library)", "Full source",
                     "Licence bound to domain; no source"], ""),
    ("Finance ranking (net incl. VAT, low to high)", [4, 5, 3, 2, 1], "Price only – not a recommendation"),
]


def case_v06():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price comparison"
    n = 2 + len(V06_VENDORS)
    widths(ws, [34] + [34] * len(V06_VENDORS) + [30])
    _text_row(ws, 1, n, "Loan system source code – price comparison after discounts (consumer instalment)", font=TITLE,
              height=24)
    _text_row(ws, 2, n, "Sanya Lumin Microcredit Co., Ltd. · Finance (FP&A) · prepared by Kelvin Ho · 15 Aug 2025 · amounts in "
                        "RMB · VAT assumed at 13% where a quote is exclusive of VAT", font=MUTED)
    put_row(ws, 4, ["Item"] + V06_VENDORS + ["Finance notes"], font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[4].height = 32
    r = 5
    for label, vals, note in V06_ROWS:
        put_row(ws, r, [label] + vals + [note])
        ws.cell(row=r, column=1).font = BOLD
        for c in range(2, 2 + len(vals)):
            if isinstance(ws.cell(row=r, column=c).value, int) and not label.startswith("Finance ranking"):
                ws.cell(row=r, column=c).number_format = "#,##0"
        if label in ("Net price", "Net price incl. VAT"):
            for c in range(1, n + 1):
                ws.cell(row=r, column=c).fill = YELLOW
        if label.startswith("Finance ranking"):
            for c in range(1, n + 1):
                ws.cell(row=r, column=c).fill = GREY
        longest = max(len(str(v)) for v in vals)
        ws.row_dimensions[r].height = 15 if longest < 34 else (30 if longest < 70 else 48)
        r += 1
    r += 1
    _text_row(ws, r, n, "Haikou Wuzhishan Software Co., Ltd. declined to quote (e-mail of 9 Aug 2025).", font=ITALIC)
    _text_row(ws, r + 1, n, "Average net price incl. VAT (5 vendors): RMB 202,262; lowest: RMB 105,203.", font=ITALIC)
    ws.freeze_panes = "B5"
    _save(wb, "v_06_ci_en_discount_netprice.xlsx", creator="Kelvin Ho")


if __name__ == "__main__":
    case_v01()
    case_v02()
    case_v03()
    case_v04()
    case_v05()
    case_v06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("v_0*") if p.suffix != ".toml")))
