"""Build the "s" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, office tools (a 钉钉 日志 export of a procurement clerk's daily
reports, the vendors appearing only inside her numbered notes; a group supplier portal's 比价 page copied out of the browser
into Excel, UI text, badges, pagination, a void version and a withdrawn row and all, with the full answers the clerk pasted
from the hover tooltips beside the truncated ones; a ServiceNow-style third-party-risk assessment export in English, one
row per question per vendor, with the reviewer's own findings beside the vendors' answers; an owner's comparison of
source-code listings on cloud marketplaces with the sellers' chat replies, saved from WPS as GB18030 CSV; a legal review of
the clauses of every vendor's draft contract with the negotiation results, GBK CSV; an English reverse e-auction report,
bids excluding VAT, a retracted typo bid and a late bid, with the pre-qualification answers on another sheet) and buyers'
staff would write; the expected reading of every file is in the matching s_0N_*.toml beside it, written from the file's
content and the domain notes (shared/domain.md, docs/analyst-reading.md) before any product code read these files. The
author of this script neither ran the product on them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_r.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure s_
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
from case_sheet import BLUE, BOLD, BOX, CENTER, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402

FIXED = datetime(2025, 7, 28, 9, 0, 0)
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
LINK = Font(color="0563C1", underline="single")
MUTED = Font(color="808080", size=9)


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


def _text_row(ws, r, ncol, text, *, bold=False, height=None, font=None):
    """A line of prose merged across the table, left-aligned (a title, a note)."""
    cell = ws.cell(row=r, column=1, value=text)
    cell.alignment = LEFT
    cell.font = font or (BOLD if bold else Font())
    if ncol > 1:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# s_01  个人信用贷 — 信息科技部 周晓琳 at 遵义汇川小额贷款 (personal credit loans, online and through two branches) writes a
#       钉钉 日报 every evening to her head 刘海涛 and the deputy GM 张敏; the 询价 ran through her reports. For the 评审会 she
#       exported the 日志 (钉钉 管理后台 → 日志 → 导出) to Excel and handed the export over as "the comparison". A colleague
#       from 风控部 (杨帆) wrote one report about the demos; one 周报 sums the week up.
# Layout: one export title line, then 序号 | 日志模板 | 提交人 | 所属部门 | 提交时间 | 今日完成工作 | 未完成工作 |
#       需协调工作 | 备注 | 附件 | 接收人 | 已读 | 评论, one row per report, in date order; the vendors are named only inside
#       the numbered notes of 今日完成工作, several vendors in one cell, the full company name at first mention and a short
#       name afterwards ("筑城", "凉都金科"); 评论 holds the managers' comments "姓名(时间)：…".
# Traps: the vendor's latest WRITTEN word governs — 筑城's 24.8万 报价函 (3 July) is superseded by its 10 July mail "合计优惠至
#       23.8万元（含税），其余条款与7月3日报价函一致"; 红城's phone "20万左右" is superseded by its written 19.6万 不含税 with the
#       risk model (a must-have) "选配，另加3万元（不含税）": (19.6 + 3) × 1.13 = 255,380 (over 18–25万) and 营销插件 (deferrable)
#       not bought, with 不含版本升级, 重大监管政策调整另行报价, 5×8, 4 h, no consulting; 凉都金科 (20.8万 含税, the cheapest
#       credible price) only claims in writing and on the phone ("按等保三级标准建设，证书在换证", 国密算法, 支持对接征信, 终身免费
#       维护), never sends the certificate, partly encrypts its risk engine and gives away 区块链存证 and 智能客服机器人;
#       黄果树 (21.8万 含税) is strong but "三级测评中…预计2025年9月取得备案证明" (in progress: unverified); 洪山 (8.6万) has no
#       等保, no 征信 and no 风控 (fail); 梵净山 declined (no quote); the managers' comments, 杨帆's demo notes, the 周报's
#       list and 平均 are the buyer's; 备案证明编号, dates, times and 序号 are no amounts.
# Analyst's reading: 贵阳筑城数科有限公司 — 23.8万 含税 after its written discount, every gate proven, 12 months with minor
#       upgrades, free policy adaptation, 7×24 within 1 hour, consulting, all in the contract, full source.
# ---------------------------------------------------------------------------------------------
R01_HEAD = ["序号", "日志模板", "提交人", "所属部门", "提交时间", "今日完成工作", "未完成工作", "需协调工作", "备注", "附件",
            "接收人", "已读", "评论"]
R01_ROWS = [
    ["日报", "周晓琳", "信息科技部", "2025-07-01 18:05",
     "1. 按部门要求整理小额贷系统源码采购需求（个人信用贷），向6家服务商发出询价函（邮件），要求7月8日前书面报价。\n"
     "2. 询价范围：源码买断＋部署实施＋培训；必须包含征信对接、风控模型、还款管理；预算按20万元左右掌握。",
     "等待各家回复。", "无", "询价函模板见附件。", "询价函_个人信用贷系统源码.docx", "刘海涛,张敏", "2/2", ""],
    ["日报", "周晓琳", "信息科技部", "2025-07-02 17:48",
     "1. 贵阳筑城数科有限公司 销售罗经理来电，确认收到询价函，7月3日前出书面报价。\n"
     "2. 遵义红城软件有限公司 王工电话口头报价“20万左右”，书面报价后补。\n"
     "3. 六盘水凉都金科信息技术有限公司 陈总电话沟通：价格20万出头，等保三级证书“肯定有”，资料晚点微信发过来。\n"
     "4. 铜仁梵净山科技有限公司 回电：近期项目排满，不参与本次报价。",
     "安顺黄果树、毕节洪山两家未回复，明天再催。", "无", "", "", "刘海涛,张敏", "2/2",
     "刘海涛(2025-07-02 20:13)：梵净山不参与就算了，其他几家抓紧。"],
    ["日报", "周晓琳", "信息科技部", "2025-07-03 18:20",
     "1. 收到贵阳筑城数科有限公司书面报价函（邮件，盖章PDF），摘录如下：\n"
     "报价：合计24.8万元（含税13%），其中源码授权费18万元、部署实施费5万元、培训费1.8万元。\n"
     "功能模块：个人征信查询（人行二代征信、百行征信）、风控模型（评分卡＋决策引擎）、反欺诈、还款管理（还款计划、到期提醒）、"
     "审批流、用户管理。\n"
     "等保：已取得等保三级，备案证明编号52010043015-24008（2024年5月取得），复印件随函附上。\n"
     "安全：身份证号、手机号、银行卡号SM4加密存储；全站HTTPS；RBAC角色权限；操作日志保存12个月。\n"
     "征信接口：人行征信中心二代征信、百行征信。\n"
     "售后：免费维护12个月，含bug修复及小版本升级；监管政策变化导致的系统调整免费适配；7×24小时技术支持，1小时内响应；"
     "终身技术咨询；以上全部写入合同；维保期满后年维护费2.8万元/年。\n"
     "源码：交付完整源代码，无加密，可二次开发。\n"
     "2. 毕节洪山网络工作室 微信发来报价（文字）：“8.6万元，含税，程序＋搭建。功能：进件、审批流、还款管理、用户管理，不含征信"
     "对接和风控模型。等保暂时没有做。密码MD5加密，有HTTPS，后台一个管理员账号，日志保存1个月。免费维护3个月，工作日QQ群"
     "支持。授权使用，绑定域名。”",
     "红城书面报价未到。", "无", "", "筑城数科_报价函_盖章.pdf；筑城_等保备案证明.jpg", "刘海涛,张敏", "2/2",
     "刘海涛(2025-07-03 19:02)：洪山太便宜了，不考虑。"],
    ["日报", "周晓琳", "信息科技部", "2025-07-04 18:11",
     "1. 收到遵义红城软件有限公司书面报价单（邮件，Excel），摘录如下：\n"
     "报价：19.6万元（不含税，增值税13%另计），含源码授权、部署实施及培训。\n"
     "功能模块：个人征信对接（百行征信）、反欺诈、还款管理、审批流、用户管理；风控模型为选配模块，另加3万元（不含税）；"
     "营销插件选配1.5万元（不含税）。\n"
     "等保：已取得等保三级，备案证明编号52030043022-23011。\n"
     "安全：SM4加密；HTTPS；角色权限；操作日志保存6个月。\n"
     "售后：免费维护12个月（仅修复bug，不含版本升级）；小的政策调整免费，重大监管政策调整另行报价；技术支持5×8（工作日"
     "9:00-17:30），4小时内响应；不提供终身技术咨询；以上写入合同；维保期满后按合同额15%/年收取。\n"
     "源码：交付完整源码。\n"
     "2. 六盘水凉都金科信息技术有限公司 陈总微信发来报价（文字）：“周经理您好，我们报价20.8万，含税，一口价。功能：征信查询、"
     "智能风控、反欺诈、还款管理、审批流、用户管理，另外赠送区块链存证和智能客服机器人。我们系统按等保三级标准建设，证书在换证，"
     "新证下来第一时间发您。数据采用国密算法加密，全站HTTPS，权限管理完善。支持对接征信。终身免费维护，政策调整免费，7×24小时"
     "服务，30分钟内响应。源码交付，风控引擎部分加密。”",
     "", "凉都金科的等保证书需要跟进。", "", "红城软件_报价单.xlsx", "刘海涛,张敏", "2/2",
     "刘海涛(2025-07-04 21:40)：凉都价格合适，等保证书一定要拿到。"],
    ["日报", "周晓琳", "信息科技部", "2025-07-07 17:56",
     "1. 收到安顺黄果树科技有限公司书面报价函（邮件），摘录如下：\n"
     "报价：合计21.8万元（含税），其中源码授权16万元、实施部署4.2万元、培训1.6万元。\n"
     "功能模块：个人征信对接（人行二代征信、百行征信）、风控模型、反欺诈、还款管理、审批流、用户管理、会员体系。\n"
     "等保：三级测评中，已完成差距整改，预计2025年9月取得备案证明。\n"
     "安全：身份证号、手机号SM4加密；全站HTTPS；RBAC；操作日志保存12个月。\n"
     "征信接口：人行征信中心、百行征信。\n"
     "售后：免费维护18个月，含bug修复和小版本升级；政策适配免费；7×24小时，2小时内响应；终身技术咨询；均写入合同；期满后年费"
     "2.5万元/年。\n"
     "源码：完整源码，无加密。\n"
     "2. 凉都金科陈总电话：证书还在换证，这周内发。",
     "", "", "", "黄果树科技_报价函.pdf", "刘海涛,张敏", "2/2",
     "刘海涛(2025-07-07 20:05)：黄果树条件不错，等保要等到9月，先放着。"],
    ["日报", "杨帆", "风控部", "2025-07-08 18:32",
     "1. 上午参加筑城数科现场演示：演示了人行征信报文解析、评分卡与决策规则配置、还款计划生成，运行流畅。\n"
     "2. 下午参加凉都金科线上演示：风控规则配置可以，征信接口演示用的是模拟数据；对方称等保证书下周给。\n"
     "3. 我部意见：风控模型部分两家都能满足，征信接口以实际对接为准。",
     "", "", "演示记录表另行提交。", "", "刘海涛,周晓琳", "2/2", ""],
    ["日报", "周晓琳", "信息科技部", "2025-07-09 17:40",
     "1. 遵义红城王工电话：风控模型选配价格还可以谈，书面报价暂不变。\n"
     "2. 按刘总要求，邮件请筑城数科在报价基础上给予优惠。\n"
     "3. 再次向凉都金科催要等保备案证明，对方说证书还在换证，暂未提供。",
     "凉都金科证书未到。", "", "", "", "刘海涛,张敏", "2/2", ""],
    ["日报", "周晓琳", "信息科技部", "2025-07-10 18:26",
     "1. 收到贵阳筑城数科有限公司邮件回复：“经公司审批，合计优惠至23.8万元（含税），其余条款与7月3日报价函一致，不变。”\n"
     "2. 凉都金科等保备案证明仍未收到，对方微信说“下周一定”。",
     "评审会材料准备中。", "请刘总安排下周一（7月14日）评审会。", "", "筑城数科_优惠确认邮件.eml", "刘海涛,张敏", "2/2",
     "刘海涛(2025-07-10 19:30)：筑城降到23.8可以，准备上会材料。\n张敏(2025-07-11 08:52)：同意，周一上会。"],
    ["周报", "周晓琳", "信息科技部", "2025-07-11 17:30",
     "本周完成：小额贷系统询价工作。共收到5家报价（含税口径未统一）：筑城23.8万、红城19.6万（不含税）、凉都金科20.8万、"
     "黄果树21.8万、洪山8.6万；平均18.92万。梵净山不参与。",
     "凉都金科等保证书；红城风控模型选配价格。", "评审会7月14日。", "", "", "刘海涛,张敏", "2/2", ""],
]


def case_r01():
    wb = Workbook()
    ws = wb.active
    ws.title = "日志导出"
    ncol = len(R01_HEAD)
    widths(ws, [6, 8, 8, 11, 17, 90, 26, 24, 16, 28, 13, 6, 34])
    _text_row(ws, 1, ncol, "日志导出（汇川小贷 · 信息科技部）　统计时间：2025-07-01 至 2025-07-11　导出时间：2025-07-11 18:03",
              bold=True)
    put_row(ws, 2, R01_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(R01_ROWS, start=1):
        r = 2 + i
        put_row(ws, r, [i] + row)
        lines = max(str(v).count("\n") + 1 + len(str(v)) // 70 for v in row)
        ws.row_dimensions[r].height = min(409, 15 * lines)
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:M{2 + len(R01_ROWS)}"
    _save(wb, "s_01_pc_dingtalk_rizhi_export.xlsx", creator="DingTalk")


# ---------------------------------------------------------------------------------------------
# s_02  商户经营贷 — 采购专员 陈静 at 武汉光谷联合小额贷款 (operating loans to tech SMEs; part of 楚天控股集团) ran the RFQ on the
#       group's supplier portal (供应链协同平台 SCP, bilingual UI). The 比价 page cannot be exported, so she selected the whole
#       page in the browser and pasted it into Excel: header bar, breadcrumbs, tabs, the RFQ's info block, filter widgets, the
#       quotation table (checkbox, supplier link with a badge, version, status, total, tax, submitted, truncated technical and
#       commercial summaries ending in "…", action links), the statistics line, pagination and the footer. Because the summaries
#       are cut, she hovered each one and pasted the tooltip text into two columns she added on the right, plus her own 备注.
# Layout: furniture rows, then the table header (English under Chinese in one cell), seven rows, then statistics, pagination,
#       footer. Supplier cells are hyperlinks to the portal.
# Traps: the truncated summaries are incomplete — the full tooltip text is the answer (古隆中's "等保三级 | 国密加密 | …" is in
#       full "等保三级（系统按三级要求设计，测评计划于2025年10月启动）", a claim); 东湖云信's V1 (338,000) is 已作废 (void,
#       replaced by V2 312,000); 三峡's 255,000 is 含税 否 with 电子合同 (a must-have) "选配，另加2.8万元（未税）": (255,000 +
#       28,000) × 1.13 = 319,790 — above the top pick — with 6 months, 不含版本升级, 重大政策调整另行报价, 5×8, 4 h, no consulting;
#       古隆中 (268,000) only claims, answers 银行流水分析 "详见产品手册", encrypts its core risk engine and gives away an AI bot;
#       矿都 shows ¥0.00 with 待报价 and "价格待商务谈判后确定" (no price yet, never free) though every term is proven; 武当
#       (138,000) is 等保二级 with 银行流水分析 暂不提供 (fail); 古城 withdrew (no quote); badges ("合格供应商 Qualified", "新供应商
#       New") are no part of a name; the budget, the statistics line (有效报价 4 家, 最低, 平均) and 陈静备注 are the buyer's.
# Analyst's reading: 武汉东湖云信科技有限公司 — V2 312,000 含税 (22.6 + 6.2 + 2.4万), every gate proven, the three merchant
#       must-haves, 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, consulting, in the contract.
# ---------------------------------------------------------------------------------------------
R02_HEAD = ["", "供应商名称\nSupplier", "报价版本\nVersion", "状态\nStatus", "报价总额\nTotal Amount", "含税\nTax Incl.",
            "税率\nTax Rate", "提交时间\nSubmitted", "技术应答\nTechnical Response", "商务应答\nCommercial Terms",
            "操作\nActions", "技术应答全文（悬停提示，手工粘贴）", "商务应答全文（悬停提示，手工粘贴）", "陈静备注"]


def _cut(text: str, n: int = 26) -> str:
    return text if len(text) <= n else text[:n] + "…"


R02_A_TECH = ("功能模块：企业征信查询、银行流水分析、电子合同（含电子签章）、风控审批、还款管理、用户管理、数据分析大屏；等保：已取得"
              "等保三级，备案证明编号42010043071-24005（2024年4月取得）；数据安全：身份证号、手机号、银行卡号SM4加密存储，全站HTTPS，"
              "RBAC角色权限，操作日志保存12个月；征信接口：人行征信中心企业信用信息基础数据库、百行征信；源码：交付完整源代码，无加密，"
              "可二次开发。")
R02_A_COM2 = ("报价构成：源码授权22.6万元＋部署实施6.2万元＋培训2.4万元＝31.2万元（含13%增值税）；免费维护12个月，含bug修复及小版本"
              "升级；因监管政策变化需要的系统调整免费适配；7×24小时技术支持，2小时内响应；提供终身技术咨询；以上承诺全部写入合同；"
              "维保期满后年维护费3.6万元/年。")
R02_A_COM1 = R02_A_COM2.replace("源码授权22.6万元＋部署实施6.2万元＋培训2.4万元＝31.2万元",
                                "源码授权24.8万元＋部署实施6.6万元＋培训2.4万元＝33.8万元")
R02_B_TECH = ("功能模块：企业征信查询、银行流水分析、风控审批、还款管理、用户管理；电子合同模块为选配，另加2.8万元（未税）；等保：已取得"
              "等保三级，备案证明编号42050043019-23006；数据安全：SM4加密，全站HTTPS，角色权限管理，操作日志保存6个月；征信接口："
              "百行征信；源码：交付完整源码。")
R02_B_COM = ("报价25.5万元为未税价，增值税13%另计，含源码授权及部署实施；免费维护6个月，仅修复bug，不含版本升级；监管政策小幅调整"
             "免费，重大政策调整另行报价；技术支持5×8小时（工作日9:00-17:30），4小时内响应；不提供终身技术咨询；上述条款写入合同；"
             "维保期满后按合同额15%/年收取维护费。")
R02_C_TECH = ("等保三级（系统按三级要求设计，测评计划于2025年10月启动）；国密算法加密；全站HTTPS；完善的权限管理；日志永久保存；支持"
              "对接征信；功能模块：企业征信、电子合同、风控审批、还款管理、用户管理；银行流水分析：详见产品手册；赠送数据分析大屏、"
              "智能客服机器人；源码交付，核心风控引擎加密。")
R02_C_COM = "268,000元含税一口价；终身免费维护；政策适配免费；7×24小时服务，15分钟响应；合同条款可协商。"
R02_D_TECH = ("功能模块：企业征信、电子合同、还款管理、用户管理；银行流水分析：暂不提供；等保：已完成等保二级备案（备案编号"
              "42030043008-22002）；数据安全：AES加密，HTTPS，单一管理员账号，日志保存3个月；征信接口：暂未对接；源码：仅授权使用，"
              "绑定服务器。")
R02_D_COM = "13.8万元含税；免费维护6个月，仅修复bug；政策调整按工作量收费；工作日在线支持，次日响应；不提供技术咨询；不写入合同。"
R02_F_TECH = ("功能模块：企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理；等保：已取得等保三级，备案证明编号"
              "42020043015-23009；数据安全：身份证号、手机号、银行卡号SM4加密，全站HTTPS，RBAC，操作日志保存12个月；征信接口：百行征信、"
              "朴道征信；源码：完整源码交付，无加密。")
R02_F_COM = ("价格待商务谈判后确定（需了解贵司业务规模）；免费维护12个月，含bug修复及小版本升级；政策适配免费；7×24小时，1小时内"
             "响应；终身技术咨询；以上写入合同。")
R02_E_NOTE = "供应商于2025-07-16 10:22撤回报价，撤回原因：无法满足交付周期。"
# (supplier, badge, version, status, total, tax incl, rate, submitted, tech, commercial, remark, link id)
R02_ROWS = [
    ("黄石矿都数科有限公司", "新供应商 New", "V1", "待报价 Pending", "¥0.00", "—", "—", "2025-07-17 16:48", R02_F_TECH,
     R02_F_COM, "资料齐全，价格一直不报，催了两次。", "Q250717-0031"),
    ("武汉东湖云信科技有限公司", "合格供应商 Qualified", "V2", "有效 Valid", "¥312,000.00", "是 Yes", "13%",
     "2025-07-17 11:05", R02_A_TECH, R02_A_COM2, "V2已降价；备案证明原件已核。", "Q250717-0012"),
    ("荆州古城信息技术有限公司", "", "V1", "已撤回 Withdrawn", "—", "—", "—", "2025-07-16 10:22", "—", "—", "",
     "Q250714-0044"),
    ("十堰武当网络科技有限公司", "", "V1", "有效 Valid", "¥138,000.00", "是 Yes", "13%", "2025-07-15 15:40", R02_D_TECH,
     R02_D_COM, "等保二级，便宜。", "Q250715-0027"),
    ("襄阳古隆中数科有限公司", "", "V1", "有效 Valid", "¥268,000.00", "是 Yes", "13%", "2025-07-15 09:12", R02_C_TECH,
     R02_C_COM, "演示效果好，价格有优势。", "Q250715-0008"),
    ("宜昌三峡软件有限公司", "", "V1", "有效 Valid", "¥255,000.00", "否 No", "13%", "2025-07-14 17:26", R02_B_TECH,
     R02_B_COM, "未税价，电子合同另加。", "Q250714-0039"),
    ("武汉东湖云信科技有限公司", "合格供应商 Qualified", "V1", "已作废 Void（被V2替代）", "¥338,000.00", "是 Yes", "13%",
     "2025-07-11 14:30", R02_A_TECH, R02_A_COM1, "", "Q250711-0019"),
]


def case_r02():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ncol = len(R02_HEAD)
    widths(ws, [4, 26, 9, 14, 14, 9, 8, 17, 30, 30, 16, 70, 70, 24])
    furniture = [
        "楚天控股 供应链协同平台 SCP　　　　　　　　　　　　　欢迎 Welcome，陈静（光谷联合小贷）｜消息 Messages (3)｜退出 Logout",
        "首页 Home　>　寻源管理 Sourcing　>　询价单 RFQ　>　RFQ-2025-HB-0628　>　比价 Compare",
        "基本信息 Basic Info　　报价明细 Quotations　　附件 Attachments　　操作日志 Logs",
        "询价单号 RFQ No.：RFQ-2025-HB-0628　　标题 Title：经营贷业务系统源码采购（商户经营性贷款）　　截止时间 Deadline："
        "2025-07-18 17:00　　预算 Budget：¥350,000.00（含税）　　采购员 Buyer：陈静",
        "状态 Status：全部 All ▼　　　供应商 Supplier：请输入 ▼　　　查询 Search　　重置 Reset　　　导出 Export（无权限）",
    ]
    for i, t in enumerate(furniture, start=1):
        ws.cell(row=i, column=1, value=t).font = MUTED if i != 4 else Font()
    hr = 7
    put_row(ws, hr, R02_HEAD, font=BOLD, fill=GREY, align=CENTER)
    ws.row_dimensions[hr].height = 32
    for i, (sup, badge, ver, st, tot, inc, rate, sub, tech, com, rem, qid) in enumerate(R02_ROWS, start=1):
        r = hr + i
        name = sup + (f"\n{badge}" if badge else "")
        tech_cut = _cut(tech) if tech != "—" else "—"
        com_cut = _cut(com) if com != "—" else "—"
        full_tech = tech if tech != "—" else R02_E_NOTE
        full_com = com if com != "—" else ""
        put_row(ws, r, ["☐", name, ver, st, tot, inc, rate, sub, tech_cut, com_cut, "查看 View｜下载 Download",
                        full_tech, full_com, rem])
        c = ws.cell(row=r, column=2)
        c.hyperlink = f"https://scp.chutian-holdings.com/srm/quote/detail?id={qid}"
        c.hyperlink.tooltip = "查看报价详情 View quotation"
        c.font = LINK
        ws.row_dimensions[r].height = 150 if tech != "—" else 30
        if st.startswith("已作废") or st.startswith("已撤回"):
            for cc in range(3, ncol + 1):
                ws.cell(row=r, column=cc).font = Font(color="A6A6A6")
    r = hr + len(R02_ROWS) + 1
    ws.cell(row=r, column=1, value="有效报价 Valid quotes：4 家　　最低 Lowest：¥138,000.00　　平均 Average：¥243,250.00　　"
                                   "（不含待报价、已作废、已撤回）")
    ws.cell(row=r + 1, column=1, value="共 7 条 Total 7　　10 条/页 ▼　　<　1　>　　前往 Go to　1　页").font = MUTED
    ws.cell(row=r + 3, column=1, value="© 2025 楚天控股集团有限公司 版权所有　｜　鄂ICP备2021001234号-2　｜　服务热线 027-8765 4321　｜　"
                                       "建议使用 Chrome 90 及以上浏览器").font = MUTED
    _save(wb, "s_02_ml_menhu_wangye_fuzhi.xlsx", creator="陈静")


# ---------------------------------------------------------------------------------------------
# s_03  Consumer instalments — the third-party risk team of Merlion Consumer Finance Group (Singapore) assesses every vendor
#       of its Xiamen subsidiary, Xiamen Gulangyu Consumer Microcredit Co., Ltd. (appliance and phone instalments through
#       partner shops), in a ServiceNow-style Vendor Risk Management tool. The assessment for the loan-system purchase carried
#       the commercial questions too; the subsidiary's IT lead exported the responses (list view → Export → CSV, UTF-8 with
#       BOM) and uploaded the file as the vendor comparison. English throughout.
# Layout: Number | Vendor | Vendor tier | Assessment state | Question ID | Category | Question | Response | Vendor comments |
#       Evidence | Evidence status | Reviewer | Reviewer comments | Finding rating — one row per question per vendor; a
#       declined vendor's assessment is one Cancelled row.
# Traps: the Response and Vendor comments are the vendor's; Evidence status, Reviewer comments and Finding rating are the
#       risk team's ("Vendor's sales manager confirmed by phone that a certificate exists" is no proof); Minjiang's "CNY 228,000
#       excl. VAT" needs VAT and its order tracking (a must-have) is "Optional – CNY 24,000 excl. VAT (see COM-02)":
#       (228,000 + 24,000) × 1.13 = 284,760, social sharing (deferrable) not bought, with "Bug fixes only (no upgrades)",
#       "major changes quoted separately", Mon–Fri, 4 business hours, "Not offered"; Harbour (CNY 239,000) only claims ("built to
#       MLPS Level 3 standard and has passed security assessment", GM algorithms, "all mainstream credit bureaus", lifetime free
#       maintenance), answers the log question with a bare "Yes" (no figure), ships its risk engine compiled and gives away an
#       AI chatbot and a metaverse showroom; Mulan (CNY 262,000) proves everything but answers the instalment-calculator question
#       "Refer to product brochure, p.12" (a must-have unconfirmed: unverified, never missing); Tianbao is CNY 92,000 with MLPS
#       Level 2 and no order tracking (fail); Hakka declined (no quote); assessment numbers, certificate numbers and page
#       numbers are no amounts.
# Analyst's reading: Xiamen Siming Fintech Software Co., Ltd. — CNY 276,000 incl. VAT, every gate proven, 12 months with minor
#       upgrades, regulatory changes free, 24x7 within 1 hour, lifetime consulting, in the contract, full source.
# ---------------------------------------------------------------------------------------------
R03_Q = [
    ("COM-01", "Commercial", "Total one-off price for source code licence, implementation and training (CNY). State whether "
                             "VAT is included."),
    ("COM-02", "Commercial", "Optional modules NOT included in the price above, with their prices."),
    ("COM-03", "Commercial", "Annual maintenance fee after the free maintenance period."),
    ("FUN-01", "Functional", "Is a product catalogue module included in the price?"),
    ("FUN-02", "Functional", "Is an instalment calculator included in the price?"),
    ("FUN-03", "Functional", "Is order tracking included in the price?"),
    ("FUN-04", "Functional", "List all other modules included in the price."),
    ("SEC-01", "Information security", "Does the system hold a valid MLPS (等保) Level 3 filing certificate? Provide the "
                                       "certificate number."),
    ("SEC-02", "Information security", "Are sensitive personal data fields encrypted at rest? Specify the algorithm."),
    ("SEC-03", "Information security", "Is all traffic encrypted in transit (HTTPS/TLS)?"),
    ("SEC-04", "Information security", "Is role-based access control supported?"),
    ("SEC-05", "Information security", "How long are operation/audit logs retained?"),
    ("SEC-06", "Information security", "Which licensed credit bureaus does the system connect to?"),
    ("SVC-01", "Service", "Length of the free maintenance period and what it covers (bug fixes / upgrades)."),
    ("SVC-02", "Service", "Are system changes required by new regulations made free of charge?"),
    ("SVC-03", "Service", "Support hours and guaranteed response time."),
    ("SVC-04", "Service", "Is lifetime technical consulting included?"),
    ("SVC-05", "Service", "Will all service commitments above be written into the contract?"),
    ("SRC-01", "Source code", "Is the complete source code delivered without encryption or licence locks?"),
]
# per vendor: {qid: (response, vendor comments, evidence, evidence status, reviewer comments, rating)}
R03_VENDORS = [
    ("Xiamen Siming Fintech Software Co., Ltd.", "VRA0001041", "Tier 1 – Critical", "Complete", "Wei Ling Tan", {
        "COM-01": ("CNY 276,000 incl. 13% VAT", "Licence 205,000 + implementation 52,000 + training 19,000.",
                   "Siming_Quotation_SM-Q-2507-018.pdf", "Accepted", "", "Low"),
        "COM-02": ("None", "All modules in FUN-01 to FUN-04 are in the price.", "", "", "", "Low"),
        "COM-03": ("CNY 30,000 per year", "From year 2, after the 12-month free period.", "", "", "", "Low"),
        "FUN-01": ("Yes", "", "", "", "", "Low"),
        "FUN-02": ("Yes", "", "", "", "", "Low"),
        "FUN-03": ("Yes", "Order status tracked from application to delivery confirmation.", "", "", "", "Low"),
        "FUN-04": ("Repayment schedule and reminders; approval workflow; user management", "", "", "", "", "Low"),
        "SEC-01": ("Yes", "Filing certificate no. 35020043018-24012, issued March 2024.",
                   "MLPS_L3_filing_certificate_Siming.pdf", "Accepted", "Original sighted 9 Jul.", "Low"),
        "SEC-02": ("Yes", "SM4 on ID number, mobile number and bank card number.", "", "", "", "Low"),
        "SEC-03": ("Yes", "HTTPS (TLS 1.2+) on all endpoints.", "", "", "", "Low"),
        "SEC-04": ("Yes", "Role-based access control with maker-checker on approvals.", "", "", "", "Low"),
        "SEC-05": ("12 months", "Abnormal-access alerts; logs tamper-evident.", "", "", "", "Low"),
        "SEC-06": ("PBoC Credit Reference Center; Baihang Credit", "Both live with existing clients.", "", "", "", "Low"),
        "SVC-01": ("12 months", "Bug fixes and minor version upgrades included.", "", "", "", "Low"),
        "SVC-02": ("Yes", "Regulatory changes adapted free of charge.", "", "", "", "Low"),
        "SVC-03": ("24x7", "Response within 1 hour by a named engineer.", "", "", "", "Low"),
        "SVC-04": ("Yes", "Lifetime technical consulting included.", "", "", "", "Low"),
        "SVC-05": ("Yes", "All of the above in Schedule 3 of the contract.", "Siming_Draft_Contract_v2.docx", "Accepted",
                   "", "Low"),
        "SRC-01": ("Yes", "Complete source code, unencrypted, no licence lock.", "", "", "", "Low"),
    }),
    ("Fuzhou Minjiang Instalment Tech Co., Ltd.", "VRA0001042", "Tier 1 – Critical", "Complete", "Wei Ling Tan", {
        "COM-01": ("CNY 228,000 excl. VAT", "VAT 13% to be added. Licence and implementation.", "Minjiang_Quote_0711.pdf",
                   "Accepted", "Excl. VAT – compare gross.", "Medium"),
        "COM-02": ("Order tracking module: CNY 24,000 excl. VAT; social sharing plug-in: CNY 12,000 excl. VAT", "", "", "",
                   "", "Medium"),
        "COM-03": ("15% of contract value per year", "", "", "", "", "Medium"),
        "FUN-01": ("Yes", "", "", "", "", "Low"),
        "FUN-02": ("Yes", "", "", "", "", "Low"),
        "FUN-03": ("Optional", "Optional – CNY 24,000 excl. VAT (see COM-02).", "", "", "Must-have offered as add-on.",
                   "Medium"),
        "FUN-04": ("Repayment management; approval workflow; user management", "", "", "", "", "Low"),
        "SEC-01": ("Yes", "Filing certificate no. 35010043027-23008.", "Minjiang_MLPS_L3.pdf", "Accepted", "", "Low"),
        "SEC-02": ("Yes", "SM4.", "", "", "", "Low"),
        "SEC-03": ("Yes", "HTTPS.", "", "", "", "Low"),
        "SEC-04": ("Yes", "Role-based permissions.", "", "", "", "Low"),
        "SEC-05": ("6 months", "", "", "", "", "Low"),
        "SEC-06": ("Baihang Credit", "", "", "", "", "Low"),
        "SVC-01": ("12 months", "Bug fixes only (no upgrades).", "", "", "Upgrades not covered.", "Medium"),
        "SVC-02": ("Partial", "Minor regulatory changes free; major changes quoted separately.", "", "", "", "Medium"),
        "SVC-03": ("Mon–Fri 9:00–18:00", "Response within 4 business hours.", "", "", "No out-of-hours cover.", "High"),
        "SVC-04": ("No", "Not offered.", "", "", "", "Medium"),
        "SVC-05": ("Yes", "", "", "", "", "Low"),
        "SRC-01": ("Yes", "Full source code.", "", "", "", "Low"),
    }),
    ("Quanzhou Harbour Smart Credit Co., Ltd.", "VRA0001043", "Tier 1 – Critical", "Complete", "Rahul Menon", {
        "COM-01": ("CNY 239,000 incl. VAT", "Fixed price, no hidden fees.", "", "", "", "Low"),
        "COM-02": ("None", "AI customer-service chatbot and metaverse marketing showroom provided free of charge.", "", "",
                   "", "Low"),
        "COM-03": ("TBC", "", "", "", "", "Medium"),
        "FUN-01": ("Yes", "", "", "", "", "Low"),
        "FUN-02": ("Yes", "", "", "", "", "Low"),
        "FUN-03": ("Yes", "", "", "", "", "Low"),
        "FUN-04": ("Repayment; approval; user management; AI customer-service chatbot; metaverse marketing showroom", "", "",
                   "", "", "Low"),
        "SEC-01": ("Yes", "Our platform is built to MLPS Level 3 standard and has passed security assessment.", "",
                   "Requested – not received", "Vendor's sales manager confirmed by phone that a certificate exists; copy "
                                               "promised. OK to proceed.", "Medium"),
        "SEC-02": ("Yes", "National (GM) cryptographic algorithms.", "", "", "", "Medium"),
        "SEC-03": ("Yes", "HTTPS.", "", "", "", "Low"),
        "SEC-04": ("Yes", "Complete permission management.", "", "", "", "Low"),
        "SEC-05": ("Yes", "", "", "", "No retention period given.", "Medium"),
        "SEC-06": ("All mainstream credit bureaus", "We can connect to all mainstream credit bureaus.", "", "", "",
                   "Medium"),
        "SVC-01": ("Lifetime", "Lifetime free maintenance.", "", "", "", "Low"),
        "SVC-02": ("Yes", "Free.", "", "", "", "Low"),
        "SVC-03": ("24x7", "Response within 30 minutes.", "", "", "", "Low"),
        "SVC-04": ("Yes", "", "", "", "", "Low"),
        "SVC-05": ("To be agreed", "To be agreed in contract negotiation.", "", "", "", "Medium"),
        "SRC-01": ("Partial", "Source code provided; the risk-decision engine is supplied as a compiled library.", "", "",
                   "", "Medium"),
    }),
    ("Putian Mulan Tech Co., Ltd.", "VRA0001044", "Tier 1 – Critical", "Complete", "Rahul Menon", {
        "COM-01": ("CNY 262,000 incl. VAT", "Licence 190,000 + implementation 52,000 + training 20,000.",
                   "Mulan_Quotation.pdf", "Accepted", "", "Low"),
        "COM-02": ("None", "", "", "", "", "Low"),
        "COM-03": ("CNY 28,000 per year", "", "", "", "", "Low"),
        "FUN-01": ("Yes", "", "", "", "", "Low"),
        "FUN-02": ("See attachment", "Refer to product brochure, p.12.", "Mulan_Product_Brochure_v5.pdf", "Received",
                   "", "Low"),
        "FUN-03": ("Yes", "", "", "", "", "Low"),
        "FUN-04": ("Repayment schedule and reminders; approval workflow; user management", "", "", "", "", "Low"),
        "SEC-01": ("Yes", "Filing certificate no. 35030043014-24002.", "Mulan_MLPS_L3_filing.pdf", "Accepted", "", "Low"),
        "SEC-02": ("Yes", "SM4 on ID number and mobile number.", "", "", "", "Low"),
        "SEC-03": ("Yes", "HTTPS on all endpoints.", "", "", "", "Low"),
        "SEC-04": ("Yes", "RBAC.", "", "", "", "Low"),
        "SEC-05": ("12 months", "", "", "", "", "Low"),
        "SEC-06": ("PBoC Credit Reference Center; Pudao Credit", "", "", "", "", "Low"),
        "SVC-01": ("12 months", "Bug fixes and minor version upgrades.", "", "", "", "Low"),
        "SVC-02": ("Yes", "Free of charge.", "", "", "", "Low"),
        "SVC-03": ("24x7", "Response within 2 hours.", "", "", "", "Low"),
        "SVC-04": ("Yes", "", "", "", "", "Low"),
        "SVC-05": ("Yes", "All service terms in the contract.", "", "", "", "Low"),
        "SRC-01": ("Yes", "Full source, no encryption.", "", "", "", "Low"),
    }),
    ("Zhangzhou Tianbao Network Studio", "VRA0001045", "Tier 1 – Critical", "Complete", "Rahul Menon", {
        "COM-01": ("CNY 92,000 incl. VAT", "", "", "", "Below any credible price.", "High"),
        "COM-02": ("None", "", "", "", "", "Low"),
        "COM-03": ("Per incident", "", "", "", "", "High"),
        "FUN-01": ("Yes", "", "", "", "", "Low"),
        "FUN-02": ("Yes", "", "", "", "", "Low"),
        "FUN-03": ("No", "Not available.", "", "", "Must-have missing.", "High"),
        "FUN-04": ("Repayment; user management", "", "", "", "", "Low"),
        "SEC-01": ("No", "We are filed at MLPS Level 2 (filing no. 35060043004-22001).", "", "", "", "High"),
        "SEC-02": ("No", "Passwords hashed with MD5; other fields not encrypted.", "", "", "", "High"),
        "SEC-03": ("Yes", "HTTPS.", "", "", "", "Low"),
        "SEC-04": ("No", "Single administrator account.", "", "", "", "High"),
        "SEC-05": ("1 month", "", "", "", "", "High"),
        "SEC-06": ("None", "", "", "", "", "High"),
        "SVC-01": ("3 months", "Bug fixes only.", "", "", "", "High"),
        "SVC-02": ("No", "Charged per change.", "", "", "", "High"),
        "SVC-03": ("Working days", "WeChat group; next business day.", "", "", "", "High"),
        "SVC-04": ("No", "", "", "", "", "Medium"),
        "SVC-05": ("No", "", "", "", "", "High"),
        "SRC-01": ("No", "Licence only, bound to the domain.", "", "", "", "High"),
    }),
]


def case_r03():
    head = ["Number", "Vendor", "Vendor tier", "Assessment state", "Question ID", "Category", "Question", "Response",
            "Vendor comments", "Evidence", "Evidence status", "Reviewer", "Reviewer comments", "Finding rating"]
    rows = [head]
    for vendor, num, tier, state, reviewer, ans in R03_VENDORS:
        for qid, cat, q in R03_Q:
            resp, com, ev, evst, rc, rating = ans[qid]
            rows.append([num, vendor, tier, state, qid, cat, q, resp, com, ev, evst, reviewer, rc, rating])
        if vendor.startswith("Putian"):
            rows.append(["VRA0001046", "Longyan Hakka Digital Co., Ltd.", "Tier 1 – Critical", "Cancelled", "", "", "", "",
                         "", "", "", "Rahul Menon", "Vendor declined to participate (email of 2 Jul 2025: no capacity "
                                                    "this quarter). Assessment cancelled.", ""])
    write_csv("s_03_ci_en_grc_vendor_risk.csv", rows, "utf-8-sig")


# ---------------------------------------------------------------------------------------------
# s_04  个人信用贷 — 总经理 王建军 of 邢台襄都小额贷款 (a county lender, personal credit loans) shopped for the source code on cloud
#       marketplaces himself (阿里云云市场, 华为云商店, 猪八戒网, 淘宝, 腾讯云市场), asked each seller's online 客服 in chat, and
#       pasted what he saw into a WPS sheet — the listing's price, the seller's final quote in chat, sales and rating, the
#       platform's badges, the listing text and the chat lines (his own lines "我：" among them), his opinion — then saved it as
#       CSV for his IT man to "put through the scoring tool". WPS wrote it in GB18030.
# Layout: two lines above the header (title, his note), then 序号 | 平台 | 店铺名称 | 公司名称（店铺资质页） | 商品标题 | 所选规格 |
#       页面标价 | 客服最终报价 | 成交/月销 | 店铺评分 | 保障标签 | 商品详情摘录（原文） | 客服聊天记录摘录（原文） | 我的看法.
# Traps: the company (资质页) is the vendor, not the store name; the page price is not the quote — 正定's 标价 22.8万 became
#       21.6万 含税 in chat; 莲池's "16.8万（不含税）+风控模型2.0万（不含税）": the risk model (a must-have) is only in the 高级版,
#       so (16.8 + 2.0) × 1.13 = 212,440, below the top pick, with 不含版本升级, 大的政策调整另外报价, 工作日9:00-18:00 (the platform
#       badge "平台客服7×24小时" is the marketplace's, not the vendor's support), 4 h, no consulting; 云谷's "¥16,800起" is a
#       teaser — its chat price is 19.8万 含税 — and it only claims (支持等保三级，可协助客户过等保; "等保证书在更新，签约后提供";
#       国密算法; 对接各大征信; 终身免费维护), encrypts its risk module and gives away 智能客服机器人 and 元宇宙营销展厅; 曹妃甸
#       proves everything in its listing but answers the price "面议" (no price); 丛台 is 6,800元 with no 等保, no 征信 and no
#       风控 (fail); sales counts, ratings, 保证金¥20,000 and the platform badges are no terms; his "我：" lines and 我的看法 are
#       the buyer's.
# Analyst's reading: 石家庄正定数科有限公司 — 21.6万 含税, every gate proven, 12 months with minor upgrades, free policy
#       adaptation, 7×24 within 1 hour, consulting, in the contract, full source.
# ---------------------------------------------------------------------------------------------
R04_HEAD = ["序号", "平台", "店铺名称", "公司名称（店铺资质页）", "商品标题", "所选规格", "页面标价", "客服最终报价", "成交/月销",
            "店铺评分", "保障标签", "商品详情摘录（原文）", "客服聊天记录摘录（原文）", "我的看法"]
R04_ROWS = [
    ["1", "阿里云云市场", "正定数科官方旗舰店", "石家庄正定数科有限公司",
     "【源码买断】小额信贷系统 个人信用贷 征信风控 贷后管理 支持二次开发", "个人信用贷完整版（源码买断＋部署＋培训）",
     "¥228,000.00", "21.6万（含税，开13%专票）", "成交2笔", "4.9", "企业认证｜云市场严选｜交付保障",
     "功能：个人征信查询（人行二代征信、百行征信）、风控模型（评分卡＋规则引擎）、反欺诈、还款管理（还款计划、逾期提醒）、审批流、"
     "用户管理。资质：等保三级，备案证明编号13010043025-24003（2024年取得）。安全：身份证号、手机号、银行卡号SM4加密；全站HTTPS；"
     "RBAC权限；操作日志保存12个月。征信接口：人行征信中心、百行征信。交付：完整源代码，无加密，可二次开发。",
     "[2025-07-16 10:21] 正定数科-小刘：老板您好，完整版标价22.8万，您这边诚心要的话给您21.6万含税，开13%专票。\n"
     "[2025-07-16 10:23] 我：售后怎么算？\n"
     "[2025-07-16 10:25] 正定数科-小刘：验收后免费维护12个月，bug修复和小版本升级都包含；监管政策变了要改系统我们免费改；"
     "7×24小时技术支持，1小时内响应；终身技术咨询；这些都写进合同。维保期满后年维护费2.4万元/年。",
     "资质齐全，价格在预算内。"],
    ["2", "华为云商店", "莲池软件", "保定莲池软件有限公司", "莲池个贷通 小贷系统源码 标准版", "标准版（源码）",
     "¥168,000.00", "16.8万（不含税）+风控模型2.0万（不含税）", "成交5笔", "4.8", "华为云严选｜平台客服7×24小时｜先验后付",
     "标准版功能：个人征信对接（百行征信）、反欺诈、还款管理、审批流、用户管理。高级版另含风控模型。资质：等保三级（备案证明编号"
     "13060043011-23005）。安全：SM4加密、全站HTTPS、角色权限、操作日志保存6个月。交付：完整源码。",
     "[2025-07-17 14:02] 莲池软件-客服阿杰：页面价16.8万是不含税的，开票加13%。标准版没有风控模型，要的话加2.0万（不含税）。\n"
     "[2025-07-17 14:03] 我：售后呢？\n"
     "[2025-07-17 14:05] 莲池软件-客服阿杰：维护期12个月，只修bug，不含版本升级；小的政策调整免费，大的政策调整另外报价。技术支持是"
     "工作日9:00-18:00，4小时内响应。不提供终身咨询。合同里会写明。维保期满后按合同额15%/年。",
     "要加税和风控，算下来也不贵，就是售后一般。"],
    ["3", "猪八戒网", "云谷科技-金融系统定制", "廊坊云谷网络科技有限公司",
     "小额贷款系统源码 网贷系统 现金贷 个人信贷 定制开发 包上线", "信贷完整版", "¥16,800起", "19.8万含税", "成交126笔",
     "5.0", "企业认证｜保证金¥20,000｜平台担保交易",
     "支持等保三级，可协助客户过等保；采用国密算法加密；全站HTTPS；权限管理；支持对接各大征信；功能：征信查询、智能风控、反欺诈、"
     "还款管理、审批流、用户管理；赠送：智能客服机器人、元宇宙营销展厅；终身免费维护；7×24小时服务；源码交付（风控模块加密）。",
     "[2025-07-18 20:41] 云谷科技-陈经理：完整版19.8万含税，包部署。\n"
     "[2025-07-18 20:43] 我：等保证书能发我看看吗？\n"
     "[2025-07-18 20:44] 云谷科技-陈经理：等保证书在更新，签约后提供。维护终身免费的，30分钟内响应。合同的话按我们标准合同来。",
     "成交最多，评分5.0，价格便宜，功能最多。"],
    ["4", "淘宝", "丛台源码小铺", "邯郸丛台信息技术工作室", "小贷系统源码 现金贷 搭建 包上线", "源码＋搭建", "¥6,800.00",
     "6800元", "月销35", "4.6", "7天无理由退货｜消费者保障",
     "功能：进件、审批、还款管理、用户管理、催收。征信、风控需自行对接。",
     "[2025-07-19 09:12] 丛台源码小铺：亲，6800包搭建哦，等保没有的，征信风控要自己接。售后3个月，QQ群答疑。程序是加密授权版，"
     "绑定一个域名。",
     "太便宜，不敢用。"],
    ["5", "腾讯云市场", "曹妃甸数科", "唐山曹妃甸数科有限公司", "信贷业务系统（个人信用贷）源码授权", "源码买断版", "询价",
     "面议", "—", "4.9", "企业认证｜腾讯云认证服务商",
     "功能：人行征信及百行征信对接、风控模型、反欺诈、还款管理、审批流、用户管理。资质：等保三级，备案证明编号13020043009-24001。"
     "安全：SM4加密，全站HTTPS，RBAC，操作日志保存12个月。售后：免费维护12个月含小版本升级，政策适配免费，7×24小时、2小时内响应，"
     "终身技术咨询，写入合同。交付：完整源代码。",
     "[2025-07-18 11:30] 曹妃甸数科-销售王：价格要根据贵司放款规模和定制需求定，面议，方便留个电话吗？我们经理联系您。\n"
     "[2025-07-18 11:32] 我：先给个大概价格。\n"
     "[2025-07-18 11:40] 曹妃甸数科-销售王：这个真不好说，经理电话里跟您细谈。",
     "不报价，等电话。"],
]


def case_r04():
    n = len(R04_HEAD)
    rows = [["小额贷系统源码 网上比价（云市场/商店收集）"] + [""] * (n - 1),
            ["整理人：王建军　日期：2025年7月20日　业务：个人信用贷　预算：20万左右，要能开专票。“客服最终报价”是聊天里对方最后给的价。"]
            + [""] * (n - 1),
            R04_HEAD] + R04_ROWS
    write_csv("s_04_pc_yunshichang_bijia_gb18030.csv", rows, "gb18030")


# ---------------------------------------------------------------------------------------------
# s_05  商户经营贷 — 法务合规部 高雅琴 at 包头昆都仑小额贷款 (operating loans to 个体工商户 in the steel district) reviewed the
#       draft contract every vendor sent with its quote and kept a 合同草案关键条款审查表: each key clause copied word for word,
#       her 审查意见 and 风险等级, and the vendor's reply to her requested change (谈判结果). The sheet was exported from WPS as
#       CSV (GBK) for the 采购评审小组, who were told "the contract is what counts".
# Layout: two lines above the header (title; reviewer, date, business type, a 说明 that 条款原文 is the vendors' own drafts and
#       谈判结果 records their written replies), then 序号 | 供应商 | 合同草案编号 | 条款号 | 条款类别 | 条款原文（供应商草案） |
#       法务审查意见 | 风险等级 | 谈判结果 | 备注, one row per clause, vendor after vendor; the first rows are the buyer's own model
#       clauses (供应商 "（我方合同范本）").
# Traps: the 我方合同范本 rows are the buyer's requirements, no vendor; the clauses are the vendors' words, 审查意见 and 风险等级
#       the buyer's; a written 谈判结果 changes the clause — 鹿城's 6-month free maintenance becomes 12 months ("供应商书面同意
#       延长至12个月，其余不变") but stays bug-fix-only, while 青城's 2-hour response stands ("不同意，维持原条款"); 鹿城's
#       ¥265,000.00 is 不含税 and 电子合同 (a must-have) "费用另计人民币叁万元整（¥30,000.00，不含税）": (265,000 + 30,000) ×
#       1.13 = 333,350, with 重大调整 另行协商, 工作日, 4 h, consulting 按次收费; 康巴什 (¥278,000 含税) only claims in its own
#       contract (满足等保三级要求…可协助甲方开展等保测评 — "证书正在年审" by phone, nothing written; 国密算法; 支持对接征信机构;
#       终身免费维护), delivers its risk engine as an encrypted component and gives away 区块链存证 and 智能客服机器人; 红山
#       (¥296,000 含税) proves every other term but its delivery scope is "详见附件一《功能清单》", never sent (must-haves unknown:
#       unverified); 海勃湾 (¥128,000) is 等保二级, leaves 银行流水分析 out of scope, and keeps its service out of the contract
#       (fail); 大写 and 小写 amounts agree; 条款号, 备案证明编号 and dates are no amounts.
# Analyst's reading: 呼和浩特青城数科有限公司 — ¥318,000.00 含税, every gate proven, the three merchant must-haves, 12 months
#       with minor upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, 10% a year after, all in its
#       contract, full source.
# ---------------------------------------------------------------------------------------------
R05_HEAD = ["序号", "供应商", "合同草案编号", "条款号", "条款类别", "条款原文（供应商草案）", "法务审查意见", "风险等级", "谈判结果",
            "备注"]
R05_MODEL = ("（我方合同范本）", "KDL-FW-2025-01", [
    ("7.1", "免费维护", "免费维护期不少于12个月，维护内容包括缺陷修复及小版本升级。", "我方标准条款，供比对", "—", "—"),
    ("7.3", "技术支持", "乙方提供7×24小时技术支持，1小时内响应。", "我方标准条款，供比对", "—", "—"),
    ("12.2", "合同组成", "乙方报价单、服务承诺书为本合同组成部分。", "我方标准条款，供比对", "—", "—"),
])
R05_VENDORS = [
    ("呼和浩特青城数科有限公司", "QC-HT-2025-V1.2", [
        ("3.1", "合同价款", "本合同总价为人民币叁拾壹万捌仟元整（￥318,000.00），含13%增值税，包括源代码授权费、部署实施费及培训费。",
         "价格在预算内，无异议。", "低", "—"),
        ("2.1", "交付范围", "乙方交付的系统包括：企业征信查询、银行流水分析、电子合同（含电子签章）、风控审批、还款管理、用户管理、"
                          "API开放平台。", "必备模块齐全。", "低", "—"),
        ("2.3", "源代码", "乙方向甲方交付本系统全部源代码及技术文档，源代码不加密、无授权限制，甲方可自行进行二次开发。", "符合要求。",
         "低", "—"),
        ("5.1", "资质", "乙方保证本系统已通过网络安全等级保护三级测评并取得备案证明（备案证明编号15010043012-24007），备案证明复印件"
                       "为本合同附件三。", "已核对原件。", "低", "—"),
        ("5.2", "数据安全", "乙方对身份证号、手机号、银行卡号等敏感字段采用SM4算法加密存储；系统全部通信采用HTTPS；提供基于角色的"
                           "权限管理；操作日志保存不少于12个月。", "符合监管要求。", "低", "—"),
        ("5.3", "征信接口", "系统已对接中国人民银行征信中心企业征信系统及百行征信。", "—", "低", "—"),
        ("7.1", "免费维护", "自系统验收合格之日起12个月为免费维护期，维护内容包括缺陷修复及小版本升级。", "符合要求。", "低", "—"),
        ("7.2", "政策适配", "因法律法规或监管政策变化需对系统进行的调整，乙方免费完成。", "符合要求。", "低", "—"),
        ("7.3", "技术支持", "乙方提供7×24小时技术支持，接到甲方故障通知后2小时内响应。", "建议缩短为1小时内响应。", "低",
         "供应商书面回复不同意，维持原条款（2025-07-18）。"),
        ("7.4", "技术咨询", "乙方为甲方提供终身免费技术咨询。", "—", "低", "—"),
        ("7.5", "维保期后费用", "免费维护期满后，年维护费为合同总价的10%，即人民币31,800元/年。", "可接受。", "低", "—"),
        ("12.2", "合同组成", "乙方报价单及服务承诺书为本合同组成部分，与本合同具有同等法律效力。", "符合要求。", "低", "—"),
    ]),
    ("包头鹿城软件有限公司", "LC-HT-2025-031", [
        ("3.1", "合同价款", "合同价款为人民币贰拾陆万伍仟元整（￥265,000.00），不含税；增值税由甲方按13%另行支付。",
         "不含税价，比较时需加税。", "中", "—"),
        ("2.1", "交付范围", "企业征信查询、银行流水分析、风控审批、还款管理、用户管理。", "缺电子合同。", "中", "—"),
        ("2.2", "选配模块", "如甲方需要电子合同模块，费用另计人民币叁万元整（￥30,000.00，不含税）。", "电子合同为必备模块，应计入总价。",
         "中", "供应商同意将电子合同列入交付范围，价格不变（￥30,000.00，不含税），书面回函2025-07-19。"),
        ("2.3", "源代码", "乙方交付完整源代码。", "—", "低", "—"),
        ("5.1", "资质", "乙方系统已取得网络安全等级保护三级备案证明，编号15020043006-23004。", "已核对复印件。", "低", "—"),
        ("5.2", "数据安全", "敏感字段采用SM4加密；通信采用HTTPS；提供角色权限管理；操作日志保存6个月。", "日志期限刚达标。", "低", "—"),
        ("5.3", "征信接口", "系统已对接百行征信。", "—", "低", "—"),
        ("7.1", "免费维护", "自验收之日起6个月为免费维护期，免费维护仅限缺陷修复，不含功能及版本升级。", "要求延长至12个月并含升级。",
         "高", "供应商书面同意延长至12个月，维护范围不变（仅限缺陷修复），回函2025-07-19。"),
        ("7.2", "政策适配", "因监管政策重大调整导致的系统修改，费用由双方另行协商。", "存在额外费用风险。", "中", "供应商未同意修改。"),
        ("7.3", "技术支持", "乙方在工作日9:00-17:30提供技术支持，4小时内响应。", "要求7×24小时。", "高", "供应商不同意。"),
        ("7.4", "技术咨询", "免费维护期满后，技术咨询按次收费。", "—", "中", "—"),
        ("7.5", "维保期后费用", "免费维护期满后，年维护费按合同价款的15%计收。", "—", "中", "—"),
        ("12.2", "完整协议", "本合同构成双方完整协议，乙方售前宣传资料及口头承诺不构成本合同内容。", "以合同条款为准。", "低", "—"),
    ]),
    ("鄂尔多斯康巴什金科有限公司", "KBS-2025-07", [
        ("3.1", "合同价款", "合同总价人民币贰拾柒万捌仟元整（￥278,000.00），含税。", "—", "低", "—"),
        ("2.1", "交付范围", "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理；乙方另赠送区块链存证模块及智能客服机器人。",
         "赠送模块无实际用途。", "低", "—"),
        ("2.3", "源代码", "乙方交付系统源代码，其中风控决策引擎以加密组件形式交付。", "核心引擎加密，无法自行维护。", "高", "供应商未回复。"),
        ("5.1", "资质", "乙方系统满足网络安全等级保护三级要求，如甲方需要，乙方可协助甲方开展等保测评。", "未写明备案证明编号，要求提供。",
         "高", "供应商电话答复证书正在年审，后续提供；截至审查日未收到书面材料。"),
        ("5.2", "数据安全", "采用国密算法对敏感数据加密；全站HTTPS；具备完善的权限管理；日志长期保存。", "算法及日志期限不明确。", "中",
         "—"),
        ("5.3", "征信接口", "系统支持对接征信机构。", "未写明机构名称。", "中", "—"),
        ("7.1", "免费维护", "乙方提供终身免费维护。", "终身维护无具体期限和范围，建议明确。", "中", "供应商未回复。"),
        ("7.2", "政策适配", "政策适配免费。", "—", "低", "—"),
        ("7.3", "技术支持", "乙方提供7×24小时服务，30分钟内响应。", "—", "低", "—"),
    ]),
    ("乌海海勃湾网络科技有限公司", "HBW-2025-003", [
        ("3.1", "合同价款", "合同总价人民币壹拾贰万捌仟元整（￥128,000.00），含税。", "价格明显偏低。", "中", "—"),
        ("2.1", "交付范围", "企业征信、电子合同、还款管理、用户管理。银行流水分析不在本合同交付范围内。", "缺必备模块。", "高", "—"),
        ("2.3", "源代码", "乙方仅授予甲方系统使用权，系统绑定甲方服务器，不交付源代码。", "非源码采购。", "高", "—"),
        ("5.1", "资质", "乙方系统已完成网络安全等级保护二级备案。", "不满足三级要求。", "高", "—"),
        ("5.2", "数据安全", "密码采用AES加密；支持HTTPS；系统设一个超级管理员账号；日志保存3个月。", "不满足监管要求。", "高", "—"),
        ("7", "售后服务", "乙方售后服务按乙方官网公布的服务政策执行（目前为：免费维护3个月，仅修复bug；工作日在线支持，次日响应），"
                        "不另行写入本合同。", "售后未写入合同。", "高", "—"),
    ]),
    ("赤峰红山数科有限公司", "HS-HT-2025-012", [
        ("3.1", "合同价款", "合同总价人民币贰拾玖万陆仟元整（￥296,000.00），含13%增值税。", "—", "低", "—"),
        ("2.1", "交付范围", "乙方交付的系统功能详见附件一《功能清单》。", "附件一未随草案提供，已要求补发。", "高", "供应商未回复。"),
        ("2.3", "源代码", "乙方交付完整源代码，无加密，甲方可二次开发。", "—", "低", "—"),
        ("5.1", "资质", "乙方系统已取得网络安全等级保护三级备案证明，编号15040043017-24002。", "已核对复印件。", "低", "—"),
        ("5.2", "数据安全", "身份证号、手机号采用SM4加密存储；全站HTTPS；基于角色的权限管理；操作日志保存12个月。", "—", "低", "—"),
        ("5.3", "征信接口", "系统已对接中国人民银行征信中心企业征信系统、朴道征信。", "—", "低", "—"),
        ("7.1", "免费维护", "验收后12个月免费维护，含缺陷修复及小版本升级。", "—", "低", "—"),
        ("7.2", "政策适配", "因监管政策变化需要的系统调整免费。", "—", "低", "—"),
        ("7.3", "技术支持", "7×24小时技术支持，1小时内响应。", "—", "低", "—"),
        ("7.4", "技术咨询", "提供终身技术咨询。", "—", "低", "—"),
        ("7.5", "维保期后费用", "维保期满后年维护费3.2万元/年。", "—", "低", "—"),
        ("12.2", "合同组成", "乙方服务承诺均写入本合同。", "—", "低", "—"),
    ]),
]


def case_r05():
    n = len(R05_HEAD)
    rows = [["小额贷系统源码采购——供应商合同草案关键条款审查表"] + [""] * (n - 1),
            ["审查部门：法务合规部　审查人：高雅琴　日期：2025-07-22　业务类型：商户经营性贷款　说明：“条款原文”摘自各供应商随报价"
             "提交的合同草案（未经我方修改）；“谈判结果”记录供应商对我方修改意见的答复。"] + [""] * (n - 1),
            R05_HEAD]
    k = 0
    for vendor, no, clauses in [R05_MODEL] + R05_VENDORS:
        for num, cat, text, opinion, risk, result in clauses:
            k += 1
            rows.append([str(k), vendor, no, num, cat, text, opinion, risk, result, ""])
    rows.append(["", "", "", "", "", "", "审查结论：青城条款最完整；鹿城需加税并补电子合同；康巴什、红山待补材料；海勃湾不建议。", "",
                 "", "法务合规部"])
    write_csv("s_05_ml_hetong_tiaokuan_shencha_gbk.csv", rows, "gbk")


# ---------------------------------------------------------------------------------------------
# s_06  Consumer instalments — the Procurement Centre of Excellence of Merlion Consumer Finance Group (Singapore) ran a reverse
#       e-auction for its Hefei subsidiary, Hefei Binhu Consumer Microcredit Co., Ltd. (appliance instalments through retail
#       partners), after a written pre-qualification round. The auction platform's event report was downloaded as xlsx and
#       sent to the subsidiary's board. English throughout.
# Layout: four sheets — "Event Summary" (label | value: event id, type, currency and price basis "all bids EXCLUDING VAT (13%)",
#       ceiling, decrement, schedule and overtime, lowest bid at close, "award is not automatic"); "Participants" (invitation
#       status, T&Cs, pre-qualification, bids placed); "Bid History" (Bid no. | Time (SGT) | Participant | Bid (CNY, excl. VAT)
#       | Entered by | Status | Rank after bid | Comment), fifteen bids; "Pre-qualification" (Participant | Ref | Question |
#       Response | Attachment | Buyer check), one row per question per participant.
# Traps: each participant's last ACCEPTED bid is its price, before VAT: Swan Lake's bid 9 of 23,800 is "Retracted by buyer –
#       input error" (its price is bid 10, 238,000 → 268,940 incl. VAT); Yangtze's 176,000 came after the close ("Rejected –
#       received after close"): its 178,000 stands and its order tracking (a must-have) is "CNY 26,000 (excl. VAT), not included
#       in the bid": (178,000 + 26,000) × 1.13 = 230,520, cheaper than the top pick but with "bug fixes only (no upgrades)",
#       major regulatory changes quoted separately, Mon–Fri, 4 business hours, no consulting; Bengbu Pearl won the auction
#       (168,000 → 189,840) but only claims ("designed to MLPS Level 3 requirements; assessment can be arranged after award",
#       GM algorithms, "all major credit bureaus", lifetime free maintenance), ships its risk engine compiled and gives away an
#       AI chatbot and blockchain evidence — the buyer's "Pass (vendor declaration accepted)" is no proof; Huangmei's 88,000 is
#       99,440 with VAT, still under 10万, with MLPS Level 2 and no order tracking (fail); Bagong declined (no quote); the
#       ceiling, decrement, lowest-bid line, ranks, bid numbers and times are no vendor's price.
# Analyst's reading: Hefei Swan Lake Instalment Tech Co., Ltd. — 238,000 excl. VAT = 268,940, every gate proven, 12 months with
#       minor upgrades, regulatory changes free, 24x7 within 1 hour, lifetime consulting, in the contract, full source.
# ---------------------------------------------------------------------------------------------
R06_A = "Hefei Swan Lake Instalment Tech Co., Ltd."
R06_B = "Wuhu Yangtze Software Co., Ltd."
R06_C = "Bengbu Pearl Fintech Co., Ltd."
R06_D = "Anqing Huangmei Network Studio"
R06_E = "Huainan Bagong Tech Co., Ltd."
# (time, participant, bid, entered by, status, comment)
R06_BIDS = [
    ("10:01:12", R06_A, 286000, "Participant", "Accepted", ""),
    ("10:02:40", R06_B, 280000, "Participant", "Accepted", ""),
    ("10:03:05", R06_C, 268000, "Participant", "Accepted", ""),
    ("10:05:51", R06_D, 190000, "Participant", "Accepted", ""),
    ("10:08:22", R06_A, 258000, "Participant", "Accepted", ""),
    ("10:11:47", R06_C, 186000, "Participant", "Accepted", ""),
    ("10:14:30", R06_B, 198000, "Participant", "Accepted", ""),
    ("10:17:02", R06_D, 150000, "Participant", "Accepted", ""),
    ("10:19:45", R06_A, 23800, "Participant", "Retracted by buyer",
     "Input error – participant confirmed by phone that 238,000 was intended; retracted by event owner at 10:20:31."),
    ("10:21:10", R06_A, 238000, "Participant", "Accepted", "Re-entered after retraction of bid 9."),
    ("10:24:36", R06_C, 168000, "Buyer on behalf (proxy)", "Accepted",
     "Entered by event owner on the participant's written instruction (connection lost)."),
    ("10:26:13", R06_B, 178000, "Participant", "Accepted", ""),
    ("10:28:55", R06_D, 120000, "Participant", "Accepted", "Overtime triggered: close extended to 10:31:00."),
    ("10:29:40", R06_D, 88000, "Participant", "Accepted", "Overtime triggered: close extended to 10:41:00."),
    ("10:41:20", R06_B, 176000, "Participant", "Rejected – received after close", "Event closed at 10:41:00."),
]
R06_PQ_Q = [
    ("PQ-1", "Modules included in the bid"),
    ("PQ-2", "Optional modules NOT included in the bid, with prices (CNY, excl. VAT)"),
    ("PQ-3", "MLPS Level 3 filing (certificate no.)"),
    ("PQ-4", "Encryption of personal data at rest"),
    ("PQ-5", "HTTPS / TLS in transit"),
    ("PQ-6", "Role-based access control"),
    ("PQ-7", "Audit log retention"),
    ("PQ-8", "Credit bureau connections"),
    ("PQ-9", "Free maintenance period and scope"),
    ("PQ-10", "Regulatory change adaptation"),
    ("PQ-11", "Support hours and response time"),
    ("PQ-12", "Lifetime technical consulting"),
    ("PQ-13", "Service terms written into the contract"),
    ("PQ-14", "Annual maintenance fee after the free period"),
    ("PQ-15", "Source code delivery"),
]
R06_PQ = {
    R06_A: [
        ("Product catalogue; instalment calculator; order tracking; repayment schedule and reminders; approval workflow; "
         "user management", "", "Pass"),
        ("Points mall: CNY 18,000; social sharing: CNY 9,000 (neither bid)", "", "Pass"),
        ("Held. Filing certificate no. 34010043026-24010.", "SwanLake_MLPS_L3_filing.pdf", "Pass"),
        ("SM4 on ID number, mobile number and bank card number", "", "Pass"),
        ("Yes – HTTPS (TLS 1.2+) throughout", "", "Pass"),
        ("Yes – RBAC", "", "Pass"),
        ("12 months, with abnormal-behaviour alerts", "", "Pass"),
        ("PBoC Credit Reference Center; Baihang Credit", "", "Pass"),
        ("12 months from acceptance; bug fixes and minor version upgrades", "", "Pass"),
        ("Free of charge", "", "Pass"),
        ("24x7; response within 1 hour by a named engineer", "", "Pass"),
        ("Yes, included", "", "Pass"),
        ("Yes, all of the above", "SwanLake_Service_Schedule.pdf", "Pass"),
        ("CNY 32,000 per year", "", "Pass"),
        ("Complete source code, unencrypted, no licence lock", "", "Pass"),
    ],
    R06_B: [
        ("Product catalogue; instalment calculator; repayment management; approval workflow; user management", "", "Query"),
        ("Order tracking module: CNY 26,000 (excl. VAT), not included in the bid", "", "Query"),
        ("Held. Filing certificate no. 34020043011-23007.", "Yangtze_MLPS.pdf", "Pass"),
        ("SM4", "", "Pass"),
        ("Yes", "", "Pass"),
        ("Yes – role-based permissions", "", "Pass"),
        ("6 months", "", "Pass"),
        ("Baihang Credit", "", "Pass"),
        ("12 months; bug fixes only (no upgrades)", "", "Query"),
        ("Minor changes free; major regulatory changes quoted separately", "", "Query"),
        ("Mon–Fri 9:00–18:00; response within 4 business hours", "", "Query"),
        ("Not offered", "", "Query"),
        ("Yes", "", "Pass"),
        ("15% of contract value per year", "", "Pass"),
        ("Full source code", "", "Pass"),
    ],
    R06_C: [
        ("Product catalogue; instalment calculator; order tracking; repayment; approval; user management. Complimentary: AI "
         "customer-service chatbot; blockchain evidence storage", "", "Pass"),
        ("None", "", "Pass"),
        ("System designed to MLPS Level 3 requirements; assessment can be arranged after award.", "",
         "Pass (vendor declaration accepted)"),
        ("National (GM) cryptographic algorithms", "", "Pass"),
        ("Yes", "", "Pass"),
        ("Yes", "", "Pass"),
        ("Permanent", "", "Pass"),
        ("Can connect to all major credit bureaus", "", "Pass"),
        ("Lifetime free maintenance", "", "Pass"),
        ("Free", "", "Pass"),
        ("24x7; response within 30 minutes", "", "Pass"),
        ("Yes", "", "Pass"),
        ("To be agreed in contract negotiation", "", "Query"),
        ("TBC", "", "Query"),
        ("Source code provided; risk engine core delivered as a compiled library", "", "Query"),
    ],
    R06_D: [
        ("Product catalogue; instalment calculator; repayment; user management. Order tracking not available.", "", "Fail"),
        ("None", "", "Pass"),
        ("Not held. Filed at MLPS Level 2 (no. 34080043005-22003).", "", "Fail"),
        ("Passwords MD5-hashed; other fields not encrypted", "", "Fail"),
        ("Yes", "", "Pass"),
        ("Single admin account", "", "Fail"),
        ("1 month", "", "Fail"),
        ("None", "", "Fail"),
        ("3 months, bug fixes only", "", "Fail"),
        ("Charged per change", "", "Fail"),
        ("Working days via WeChat group; next business day", "", "Fail"),
        ("No", "", "Fail"),
        ("No", "", "Fail"),
        ("Per incident", "", "Query"),
        ("Licence only, domain-locked", "", "Fail"),
    ],
}


def case_r06():
    wb = Workbook()
    ws = wb.active
    ws.title = "Event Summary"
    widths(ws, [34, 90])
    ws.cell(row=1, column=1, value="BidOps e-Auction · Event Report").font = TITLE
    info = [
        ("Event ID", "EA-2025-HF-0193"),
        ("Event name", "Reverse Auction – Loan System Source Code (Consumer Instalment) – Hefei Binhu Consumer "
                       "Microcredit Co., Ltd."),
        ("Event owner", "Priya Nair, Procurement Centre of Excellence, Merlion Consumer Finance Group (Singapore)"),
        ("Auction type", "Reverse English auction, rank-only visibility"),
        ("Currency / price basis", "CNY. All bids are EXCLUDING VAT (13%)."),
        ("Ceiling (opening) price", "CNY 300,000 (excl. VAT)"),
        ("Minimum bid decrement", "CNY 2,000"),
        ("Schedule", "24 Jul 2025 10:00–10:30 SGT; overtime: a bid in the last 2 minutes extends the close; actual close "
                     "10:41:00"),
        ("Participants", "Invited 5; accepted 4; declined 1"),
        ("Lowest bid at close", "CNY 88,000 (Anqing Huangmei Network Studio)"),
        ("Lowest pre-qualified bid at close", "CNY 168,000 (Bengbu Pearl Fintech Co., Ltd.)"),
        ("Award", "Award is NOT automatic. The award decision is taken on the total evaluated value (pre-qualification "
                  "answers and price), by the subsidiary's board."),
        ("Report generated", "24 Jul 2025 11:02 SGT"),
    ]
    for i, (k, v) in enumerate(info, start=3):
        ws.cell(row=i, column=1, value=k).font = BOLD
        ws.cell(row=i, column=2, value=v).alignment = LEFT

    ws = wb.create_sheet("Participants")
    widths(ws, [40, 24, 30, 14, 18, 12])
    put_row(ws, 1, ["Participant", "Contact", "Invitation status", "T&Cs accepted", "Pre-qualification", "Bids placed"],
            font=BOLD, fill=GREY, align=CENTER)
    counts = {p: sum(1 for b in R06_BIDS if b[1] == p) for p in (R06_A, R06_B, R06_C, R06_D)}
    parts = [
        (R06_A, "Zhou Min, Sales Director", "Accepted", "Yes", "Submitted", counts[R06_A]),
        (R06_B, "Xu Lei, Account Manager", "Accepted", "Yes", "Submitted", counts[R06_B]),
        (R06_C, "Fang Jie, General Manager", "Accepted", "Yes", "Submitted", counts[R06_C]),
        (R06_D, "Li Qiang, Owner", "Accepted", "Yes", "Submitted", counts[R06_D]),
        (R06_E, "Sun Hao, Sales", "Declined (email 21 Jul: unable to commit resources)", "No", "—", 0),
    ]
    for i, p in enumerate(parts, start=2):
        put_row(ws, i, list(p))

    ws = wb.create_sheet("Bid History")
    widths(ws, [8, 12, 40, 18, 24, 30, 13, 60])
    put_row(ws, 1, ["Bid no.", "Time (SGT)", "Participant", "Bid (CNY, excl. VAT)", "Entered by", "Status",
                    "Rank after bid", "Comment"], font=BOLD, fill=GREY, align=CENTER)
    best: dict[str, int] = {}
    for i, (t, p, amt, by, st, com) in enumerate(R06_BIDS, start=1):
        if st == "Accepted":
            best[p] = amt
            order = sorted(best.items(), key=lambda kv: kv[1])
            rank = [k for k, _ in order].index(p) + 1
        else:
            rank = "—"
        put_row(ws, 1 + i, [i, t, p, amt, by, st, rank, com])
        ws.cell(row=1 + i, column=4).number_format = "#,##0"
        if st != "Accepted":
            for c in range(1, 9):
                ws.cell(row=1 + i, column=c).font = Font(color="C00000")
    ws.freeze_panes = "A2"

    ws = wb.create_sheet("Pre-qualification")
    widths(ws, [40, 7, 44, 70, 30, 30])
    put_row(ws, 1, ["Participant", "Ref", "Question", "Response", "Attachment", "Buyer check"], font=BOLD, fill=GREY,
            align=CENTER)
    r = 2
    for p in (R06_A, R06_B, R06_C, R06_D):
        for (ref, q), (resp, att, chk) in zip(R06_PQ_Q, R06_PQ[p]):
            put_row(ws, r, [p, ref, q, resp, att, chk])
            r += 1
    ws.freeze_panes = "A2"
    _save(wb, "s_06_ci_en_eauction_bid_history.xlsx", creator="BidOps")


if __name__ == "__main__":
    case_r01()
    case_r02()
    case_r03()
    case_r04()
    case_r05()
    case_r06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("s_0*") if p.suffix != ".toml")))
