"""Build the "f" case files (six multi-vendor quote comparisons, a fresh BLIND holdout).

Written from the outside: the cell wording is what vendors, consultants and buyers' staff would write; the expected
reading of every file is in the matching f_0N_*.toml beside it, written from the file's content and the domain notes
(shared/domain.md, docs/analyst-reading.md) before any product code read these files. The author of this script
neither ran the product on them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_f.py

All six were read fully and moved to tests/cases (they run in `make test`); their builders stay here, writing
there. A fresh blind holdout is due.
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"  # where a case goes once the product reads it fully (all six so far)
sys.path.insert(0, str(CASES))
from case_sheet import BLUE, BOLD, BOX, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from make_cases_e import merged  # noqa: E402  (a merged, bordered header cell)


def band(ws, r, ncol, text, *, fill=BLUE):
    """A sub-title row merged across the table."""
    cell = ws.cell(row=r, column=1, value=text)
    cell.font, cell.fill = BOLD, fill
    cell.alignment = Alignment(vertical="center")
    for c in range(1, ncol + 1):
        ws.cell(row=r, column=c).border = BOX
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)


def write_csv(name: str, rows: list[list[str]], encoding: str, where: Path = HERE) -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    (where / name).write_bytes(buf.getvalue().encode(encoding))


# ---------------------------------------------------------------------------------------------
# f_01  个人信用贷 — 采购部 孙蕾's 询比价表 (xlsx). Voice: a procurement officer who copies each vendor's written
#       reply verbatim ("各家原话照录，口径未统一"). Layout: vendors as columns; five blocks (报价 / 资质与安全 / 功能模块 /
#       售后服务 / 源码交付), each opened by a merged ▌sub-title row and a REPEATED header row (项目 | vendors), blocks
#       separated by blank rows; a 采购部初步意见 row at the foot. Money written five ways: "21万6千元", "19.8w",
#       "235k", "17.5万（基础版）" with the risk model priced in the module list, "9.6万"; 报价日期 and 报价有效期 rows
#       beside the price; a "SaaS租用（仅参考，非本次采购）" row with yearly SaaS fees.
# Traps: 淮信's 19.8w looks cheapest in band but is 不含税 (223,740) and its 等保 is 正在测评 (claimed: unverified, not
#       fail); SaaS yearly fees (3.6万/年, 4.8万/年, 1.2万/年) are neither the price nor the after-warranty fee
#       (淮信's fee is 3万/年); 庐阳 claims (按三级标准建设, 国密算法, 可对接, 终身免费维护) and carries an AI bot;
#       江淮's risk model (a must-have) is 选配 +4万: 175,000 + 40,000 = 215,000 含税, a pass with weak service and an
#       encrypted risk engine; 皖通 is 9.6万 with no 等保, no risk model, single admin account; 维保 "两年" = 24 months,
#       "1年半" = 18 months; 日志 "1年" = 12 months; the 采购部初步意见 row ("最便宜…") is the buyer's, not a vendor's.
# Analyst's reading: 合肥徽商云科 — every proof stated, 24 months with upgrades, 7×24, 30 minutes, full source, at
#       216,000 含税 inside 18–25万.
# ---------------------------------------------------------------------------------------------
def case_f01():
    vendors = ["合肥徽商云科", "淮信数智科技", "庐阳金服软件", "江淮融科", "皖通易贷网络"]
    ncol = 1 + len(vendors)
    blocks = [
        ("▌一、报价（各家原文）", [
            ("报价金额", ["21万6千元", "19.8w", "235k", "17.5万（基础版）", "9.6万"]),
            ("含税情况", ["含税，13%专票", "不含税，税点另加", "含税", "含税", "含税"]),
            ("报价日期", ["2024-11-15", "2024-11-18", "2024-11-19", "2024-11-16", "2024-11-14"]),
            ("报价有效期", ["以上报价有效期至2024年12月31日", "30天", "至2025-01-15", "60日", "长期有效"]),
            ("SaaS租用（仅参考，非本次采购）", ["不提供", "SaaS版3.6万/年", "SaaS版4.8万/年起", "—", "SaaS 1.2万/年"]),
        ]),
        ("▌二、资质与安全（供应商书面回复）", [
            ("等保", ["三级，备案证明编号34010043276-23008（复印件已盖章）",
                     "三级正在测评，初测已完成，预计2025年2月取得备案证明",
                     "按三级标准建设，可协助客户通过测评", "三级（备案证明编号34020043311-22015）", "无"]),
            ("数据加密", ["身份证号、手机号、银行卡号SM4加密存储", "SM4", "国密算法", "SM4字段加密", "无"]),
            ("传输加密", ["全站HTTPS", "HTTPS", "HTTPS", "HTTPS", "HTTPS"]),
            ("权限管理", ["RBAC，细到按钮和数据范围", "角色权限", "有", "角色权限", "单一管理员账号"]),
            ("日志保存", ["1年，异常登录实时告警", "6个月", "按监管要求", "6个月", "3个月"]),
            ("征信对接", ["已对接人行征信中心（二代）、百行征信", "百行征信", "可对接", "人行二代征信", "无"]),
        ]),
        ("▌三、功能模块（报价所含）", [
            ("功能清单", ["征信查询、评分卡风控模型、反欺诈规则、还款计划及到期提醒、多级审批、用户管理",
                       "征信接口、AI风控、反欺诈、还款管理、审批流、用户管理、会员体系、营销插件",
                       "个人征信、智能风控、反欺诈、还款管理、审批流、用户管理、智能客服机器人",
                       "征信查询、反欺诈、还款管理、审批流、用户管理；风控模型（选配，另加4万元）",
                       "借款申请、征信查询、还款管理、后台审批"]),
        ]),
        ("▌四、售后服务", [
            ("免费维保期", ["两年", "1年半", "终身免费维护", "12个月", "3个月"]),
            ("维保范围", ["缺陷修复+小版本升级", "含升级", "", "仅修复缺陷，不含升级", "仅修bug"]),
            ("政策适配", ["免费", "一般调整免费，重大监管政策变化另行报价", "免费", "免费", "另收费"]),
            ("支持时段", ["7×24", "7×24", "7×24", "工作日8:30-17:30", "工作时间"]),
            ("响应时间", ["30分钟内", "1小时", "当天处理", "4小时", "24小时"]),
            ("技术咨询", ["终身免费", "提供", "终身", "不提供", "不提供"]),
            ("合同约定", ["以上均写入合同", "写入合同", "", "写入合同", "否"]),
            ("维保期满后", ["第3年起2.6万/年", "3万/年", "", "2万/年", "按次收费，2000元/次"]),
        ]),
        ("▌五、源码交付", [
            ("交付方式", ["完整源码，无加密，可二次开发", "完整源码", "源码交付",
                       "核心风控引擎加密，其余源码开放", "仅授权使用，绑定域名"]),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "比价表"
    ws.cell(row=1, column=1, value="个人信用贷业务系统（源码采购）询比价表　第一轮").font = TITLE
    ws.cell(row=2, column=1, value="询价单位：合肥庐州小额贷款有限公司 采购部　　询价日期：2024年11月12日　　"
                                   "编制：孙蕾　　说明：各家原话照录，口径未统一")
    r = 4
    for title, items in blocks:
        band(ws, r, ncol, title)
        put_row(ws, r + 1, ["项目", *vendors], font=BOLD, fill=GREY, align=CENTER)
        r += 2
        for label, vals in items:
            put_row(ws, r, [label, *vals])
            r += 1
        r += 1  # a blank row between blocks
    put_row(ws, r, ["采购部初步意见", "资料齐全，建议进入演示", "最便宜，等保在测", "演示效果好，资质待补",
                    "风控要加购", "价格太低，不考虑"], fill=YELLOW)
    widths(ws, [22, 30, 30, 30, 30, 26])
    wb.save(CASES / "f_01_pc_bijia_blocks.xlsx")


# ---------------------------------------------------------------------------------------------
# f_02  消费分期 — four vendors' quotes received as PDF, each copied out of the PDF reader and pasted into a workbook
#       of its own by the buyer's 信息技术部 (乐清市鑫达小额贷款): EVERY line of the PDF lands in column A, table rows
#       collapse into one string with runs of spaces ("1     部署实施…   1项    36,000.00     36,000.00"), a long item
#       wraps onto the next line, page footers ("第 1 页 / 共 2 页") sit between sections. Voices: a tidy 报价单 with
#       大写+小写 合计 (瓯越), a 产品报价书 with a 标准版合计 and a separate 选配模块 price list, all 不含税 (银海), a
#       polite 报价函 in letter prose (云栖), a terse 报价单 with "- item  ¥amount" lines and a 大写-only 合计 (甬分).
# Traps: 报价编号 (OY-BJ-20241206-03), dates, phone numbers ("138 5771 2093", "0576-8866 3172"), "1套"/"2天"/40%/60%
#       and 报价有效期 are not amounts; 银海's 标准版合计 178,000 lacks the installment calculator (a must-have), priced
#       as 选配 25,000, all 不含税: (178,000 + 25,000) × 1.13 = 229,390; its 积分商城 and 智能客服机器人 options are not
#       bought and not included; 银海 has 6 months bug-fix-only, working-hours support, 4 h, major policy changes
#       另行报价, no lifetime consulting and an encrypted risk core; 云栖 is 12.8万 (caution zone) and only claims
#       (完全满足等保三级要求, 国密算法, 终身免费维护！); 甬分 reads best on paper at 贰拾陆万元整 含税 (198,000 + 42,000
#       + 20,000) with SM4, 7×24, 1 h, full source — but holds 等保二级 (a plan to START level-3 assessment in 2025 is
#       no certificate): fail.
# Analyst's reading: 温州瓯越网络科技有限公司 — ¥216,000.00 含税 (168,000 + 36,000 + 12,000), 等保 filing number, SM4,
#       RBAC, 12-month logs, Baihang and Pudao, all three installment must-haves, full source, and 12 months with
#       upgrades, free policy adaptation, 7×24, 2 h, lifetime consulting, written into the contract.
# ---------------------------------------------------------------------------------------------
def _pdf_paste(name: str, lines: list[str]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for i, line in enumerate(lines, start=1):
        if line:
            ws.cell(row=i, column=1, value=line)
    ws.column_dimensions["A"].width = 110
    wb.save(CASES / name)


def case_f02():
    _pdf_paste("f_02_温州瓯越网络科技有限公司_报价单.xlsx", [
        "温州瓯越网络科技有限公司",
        "报  价  单",
        "报价编号：OY-BJ-20241206-03                                    报价日期：2024年12月6日",
        "致：乐清市鑫达小额贷款股份有限公司（信息技术部）",
        "项目名称：消费分期业务系统源码采购",
        "",
        "一、报价明细（金额单位：元）",
        "序号  产品/服务名称                                        数量    单价            金额",
        "1     消费分期业务平台源码授权（含商品管理、分期计算器、订单跟踪、     1套     168,000.00      168,000.00",
        "      还款管理、审批流、用户管理）",
        "2     部署实施及历史数据迁移                                1项     36,000.00       36,000.00",
        "3     现场操作培训（2天）                                   1项     12,000.00       12,000.00",
        "合计（大写）：人民币贰拾壹万陆仟元整                         （小写）：¥216,000.00",
        "注：以上价格含13%增值税，可开具增值税专用发票。",
        "",
        "二、资质与安全",
        "1. 网络安全等级保护：已取得三级备案证明，备案证明编号33030043518-23004。",
        "2. 数据加密：身份证号、手机号、银行卡号等敏感字段采用国密SM4算法加密存储；全站HTTPS传输。",
        "3. 权限管理：基于角色的访问控制（RBAC），支持数据权限。",
        "4. 日志审计：操作日志保存12个月，支持异常行为追溯。",
        "5. 征信接口：已对接百行征信、朴道征信。",
        "                                                    第 1 页 / 共 2 页",
        "三、售后服务",
        "1. 免费维护期12个月，含缺陷修复及小版本升级。",
        "2. 因监管政策变化引起的系统调整，免费适配。",
        "3. 7×24小时技术支持，2小时内响应。",
        "4. 提供终身技术咨询。",
        "5. 免费维护期满后，年维护费人民币贰万肆仟元整（¥24,000.00/年）。",
        "6. 上述服务条款均写入正式合同。",
        "四、源码交付",
        "交付完整源代码及开发文档，无加密，可二次开发。",
        "五、其他",
        "1. 本报价有效期至2025年1月31日。",
        "2. 付款方式：合同签订后付40%，验收合格后付60%。",
        "",
        "报价单位：温州瓯越网络科技有限公司（盖章）",
        "联系人：陈立        电话：138 5771 2093",
        "                                                    第 2 页 / 共 2 页",
    ])
    _pdf_paste("f_02_台州银海软件有限公司_报价单.xlsx", [
        "台州银海软件有限公司",
        "产 品 报 价 书",
        "客户：乐清市鑫达小额贷款股份有限公司",
        "日期：2024-12-09                    编号：YH2024-1209-07",
        "一、标准版报价",
        "序号 名称 数量 单价(元) 小计(元)",
        "1 银海消费分期系统 标准版（源代码） 1 158,000 158,000",
        "2 安装部署与联调 1 20,000 20,000",
        "标准版合计：178,000",
        "标准版包含：商品管理、订单跟踪、还款管理、审批流、用户管理",
        "二、选配模块（按需采购，未计入上述合计）",
        "1 分期计算器（多期数、多费率试算） 1 25,000 25,000",
        "2 积分商城 1 30,000 30,000",
        "3 智能客服机器人 1 40,000 40,000",
        "说明：以上价格均不含税，税费另计。",
        "三、安全与合规",
        "等级保护：三级，备案证明编号33100043766-22011",
        "加密：敏感字段SM4加密，HTTPS",
        "权限：角色权限管理",
        "日志：保存6个月",
        "征信：百行征信",
        "四、服务",
        "免费维护6个月（仅限缺陷修复）；",
        "工作日9:00-18:00技术支持，4小时内响应；",
        "一般性政策调整免费，重大监管政策调整另行报价；",
        "不提供终身技术咨询；",
        "维护期满后按合同金额的12%/年收取维护费；",
        "以上服务条款写入合同。",
        "五、源码",
        "交付全部源代码，其中风控计算核心以加密组件形式提供。",
        "",
        "台州银海软件有限公司 销售部 王海峰 0576-8866 3172",
    ])
    _pdf_paste("f_02_丽水云栖信息技术有限公司_报价函.xlsx", [
        "丽水云栖信息技术有限公司",
        "关于“消费分期系统”的报价函",
        "",
        "乐清市鑫达小额贷款股份有限公司：",
        "    感谢贵司对我司的信任！现就消费分期系统报价如下：",
        "    一、报价：标准版12.8万元（含税），一次性买断。",
        "    二、功能：商品管理、分期试算、订单管理、还款提醒、审批流程、用户管理、会员体系。",
        "    三、安全：我司系统完全满足等保三级要求，采用国密算法加密，数据安全有保障。",
        "    四、售后：终身免费维护！7×24小时客服在线，随叫随到。",
        "    五、源码：提供源码。",
        "    特此函告。",
        "",
        "                                        丽水云栖信息技术有限公司",
        "                                        2024年12月10日",
    ])
    _pdf_paste("f_02_宁波甬分科技有限公司_报价单.xlsx", [
        "宁波甬分科技有限公司  报价单",
        "To：乐清市鑫达小额贷款股份有限公司                         Date：2024/12/11",
        "项目：消费分期系统（源码）",
        "报价明细：",
        "- 消费分期系统源码（商品管理/分期计算器/订单跟踪/还款管理/审批流/用户管理）     ¥198,000",
        "- 实施部署                                                                   ¥42,000",
        "- 培训                                                                       ¥20,000",
        "合计金额（大写）：贰拾陆万元整（含税）",
        "资质：网络安全等级保护二级（备案编号33020043150-21002）；三级测评计划于2025年下半年启动",
        "安全：SM4加密存储；HTTPS；RBAC权限；日志保存12个月；征信接入百行征信",
        "售后：免费维护12个月（含升级）；7×24小时支持，1小时响应；监管政策调整免费适配；终身技术咨询；以上写入合同",
        "维保期满年费：¥30,000",
        "源码：完整源码交付",
        "报价有效期：90天",
    ])


# ---------------------------------------------------------------------------------------------
# f_03  商户经营贷 — Harbourline Advisory (Hong Kong) scoring sheet in English (xlsx) for a Qianhai merchant-loan
#       microcredit client. Layout: Ref | Criterion | Weight down the left, each vendor a merged name over two columns
#       "Vendor response" | "Score (0–5)", upper-case section rows (A. COMMERCIAL … E. SOURCE CODE), then the
#       consultant's "Weighted score (0–5)", "Rank" and "Consultant's remarks" rows. Money as "RMB 296k",
#       "RMB 0.268m", "RMB 245k excl. VAT"; one price "To be confirmed after scripted demo".
# Traps: the consultant's scores, weights (15%, 10% …), weighted totals and ranks are NOT vendor statements (a score
#       "4" beside "within 1 hour" is not 4 hours); the consultant ranks Bayview first because its answers read best —
#       but "built to MLPS Level 3 standard", "national (guomi) cryptography", "all major bureaus" and "Lifetime
#       maintenance" are claims (unverified), it bundles an AI bot and blockchain evidence, and its core engine is
#       encrypted; Yuexiu's RMB 245k is excl. VAT and its bank-statement analysis (a must-have) is an option +RMB 35k
#       excl. VAT: 280,000 × 1.13 = 316,400, while its Open API option and Tianrui's BI dashboard option are not bought;
#       Pearl Delta has no price yet (unverified); Lingnan is RMB 138k with MLPS Level 2, AES, no RBAC, no e-contract
#       and no bank-statement analysis; "Valid to 31 Jan 2025", "90 days" are not prices.
# Analyst's reading: Tianrui Fintech — RMB 296k incl. VAT (228k + 48k + 20k) inside 25–35万, certificate sighted, SM4,
#       RBAC, 12-month logs, PBoC + Baihang, all merchant must-haves, 18 months with upgrades, free regulatory
#       adaptation, 24/7 with 1 h, lifetime consulting, all as contract clauses, full source.
# ---------------------------------------------------------------------------------------------
def case_f03():
    vendors = ["Tianrui Fintech", "Bayview Credit Systems", "Yuexiu Soft", "Pearl Delta Lending Tech", "Lingnan Data"]
    rows = [
        ("A. COMMERCIAL", None, None, None),
        ("A1", "Total price quoted", "15%", [
            ("RMB 296k incl. VAT (licence 228k + implementation 48k + training 20k)", 3),
            ("RMB 0.268m, VAT inclusive", 5),
            ("RMB 245k excl. VAT; bank-statement module extra (see C2)", 4),
            ("To be confirmed after scripted demo", 0),
            ("RMB 138k incl. VAT", 5)]),
        ("A2", "Quote validity", "–", [
            ("Valid to 31 Jan 2025", None), ("90 days", None), ("Valid to 15 Jan 2025", None), ("–", None),
            ("60 days", None)]),
        ("B. SECURITY & COMPLIANCE", None, None, None),
        ("B1", "MLPS Level 3 (filing certificate)", "15%", [
            ("Level 3 filing certificate no. 44030043627-23015 (copy sighted by us)", 5),
            ("Platform built to MLPS Level 3 standard; vendor assists clients through the assessment", 5),
            ("Level 3, cert. no. 44010043459-22007", 5),
            ("Level 3, filing cert. no. 44060043581-23009", 5),
            ("Level 2 (filing no. 44190043207-21004)", 1)]),
        ("B2", "SM4 encryption of personal data", "10%", [
            ("SM4 on ID number, mobile and bank-card fields", 5),
            ("National (guomi) cryptography throughout", 5),
            ("SM4, field level", 5), ("SM4", 5), ("AES-256", 2)]),
        ("B3", "TLS in transit", "–", [
            ("TLS 1.2+", None), ("HTTPS", None), ("HTTPS", None), ("TLS 1.2", None), ("HTTPS", None)]),
        ("B4", "Role-based access control", "5%", [
            ("RBAC with data-scope rules", 5), ("Yes", 5), ("Yes, role-based", 5), ("RBAC", 5),
            ("No – single admin login", 0)]),
        ("B5", "Audit log retention", "5%", [
            ("12 months, anomaly alerts", 5), ("Configurable", 4), ("6 months", 3), ("12 months", 5),
            ("3 months", 1)]),
        ("B6", "Credit bureau connection", "5%", [
            ("PBoC Credit Reference Center (enterprise reports); Baihang Credit", 5),
            ("Connects to all major bureaus", 5), ("Baihang Credit", 4), ("PBoC CRC; Pudao Credit", 5),
            ("None", 0)]),
        ("C. FUNCTIONALITY", None, None, None),
        ("C1", "Modules included in the quoted price", "15%", [
            ("Enterprise credit reports; bank-statement analysis; e-contracts with CFCA e-signature; approval "
             "workflow; repayment schedules and reminders; user management", 4),
            ("Enterprise credit, cash-flow analytics, e-contract, approval workflow, repayment, user management, "
             "AI customer-service bot, blockchain evidence storage", 5),
            ("Enterprise credit report; e-contract; approval workflow; repayment management; user management", 3),
            ("Enterprise credit report, bank statement analysis, electronic contracts, approvals, repayment, "
             "users, BI dashboard", 5),
            ("Enterprise credit report; approval workflow; repayment; user management. E-contract: not offered "
             "(client to use a third-party e-sign service)", 2)]),
        ("C2", "Optional modules (not in A1)", "–", [
            ("BI dashboard +RMB 30k", None), ("–", None),
            ("Bank-statement analysis +RMB 35k (excl. VAT); Open API +RMB 20k (excl. VAT)", None),
            ("–", None), ("–", None)]),
        ("D. AFTER-SALES", None, None, None),
        ("D1", "Free maintenance period and scope", "10%", [
            ("18 months, bug fixes and minor version upgrades", 4), ("Lifetime maintenance", 5),
            ("12 months, bug fixes only", 3), ("12 months incl. minor upgrades", 4), ("6 months", 1)]),
        ("D2", "Regulatory change adaptation", "5%", [
            ("Free of charge", 4), ("Free", 5), ("Minor changes free; major regulatory changes quoted separately", 2),
            ("Free", 4), ("Charged per man-day", 1)]),
        ("D3", "Support hours and response", "5%", [
            ("24/7; named engineer within 1 hour", 4), ("24/7, 15-minute response", 5),
            ("Mon–Fri 9:00–18:00; 4 hours", 2), ("24/7; 2 hours", 4), ("Business hours; next business day", 1)]),
        ("D4", "Lifetime technical consulting", "–", [
            ("Included", None), ("Included", None), ("Not offered", None), ("Included", None),
            ("Not offered", None)]),
        ("D5", "Commitments written into the contract", "5%", [
            ("Yes – D1 to D6 become contract clauses", 5), ("Standard terms; side letter possible", 3), ("Yes", 4),
            ("Yes", 4), ("No", 0)]),
        ("D6", "Fee after free maintenance", "–", [
            ("RMB 38k p.a. from month 19", None), ("–", None), ("15% of contract value p.a.", None),
            ("RMB 40k p.a.", None), ("RMB 1,500 per incident", None)]),
        ("E. SOURCE CODE", None, None, None),
        ("E1", "Source code delivery", "5%", [
            ("Full source, no obfuscation, no licence lock", 5), ("Source delivered; core engine encrypted", 3),
            ("Full source except risk engine (compiled library)", 3), ("Full source", 5),
            ("Binary licence bound to server MAC address", 0)]),
    ]
    ncol = 3 + 2 * len(vendors)
    wb = Workbook()
    ws = wb.active
    ws.title = "Scoring v0.3"
    ws.cell(row=1, column=1, value="Project Lychee – Merchant Loan Core System (source-code purchase) – "
                                   "Vendor Evaluation Scoring Sheet").font = TITLE
    ws.cell(row=2, column=1, value="Prepared by Harbourline Advisory Ltd. (Hong Kong) for Qianhai Hengxin Microcredit "
                                   "Co., Ltd. | Draft v0.3 | 9 Dec 2024 | Vendor responses as received; scores 0–5 "
                                   "are our judgement")
    for c, label in enumerate(["Ref", "Criterion", "Weight"], start=1):
        merged(ws, 4, c, 5, c, label, fill=GREY)
    for i, v in enumerate(vendors):
        c = 4 + 2 * i
        merged(ws, 4, c, 4, c + 1, v)
        put_row(ws, 5, ["Vendor response", "Score (0–5)"], font=BOLD, fill=GREY, align=CENTER, start=c)
    r = 6
    weighted = [0.0] * len(vendors)
    for ref, crit, weight, answers in rows:
        if crit is None:
            band(ws, r, ncol, ref, fill=GREEN)
            r += 1
            continue
        vals = [ref, crit, weight]
        for i, (text, score) in enumerate(answers):
            vals += [text, score]
            if score is not None:
                weighted[i] += score * int(weight.rstrip("%")) / 100
        put_row(ws, r, vals)
        r += 1
    order = sorted(range(len(vendors)), key=lambda i: -weighted[i])
    rank = {i: order.index(i) + 1 for i in range(len(vendors))}
    tot = ["", "Weighted score (0–5)", "100%"]
    rk = ["", "Rank", ""]
    for i in range(len(vendors)):
        tot += ["", round(weighted[i], 2)]
        rk += ["", rank[i]]
    put_row(ws, r, tot, font=BOLD, fill=YELLOW)
    put_row(ws, r + 1, rk, font=BOLD, fill=YELLOW)
    remarks = [None, "Consultant's remarks", None, "Solid but the most expensive", None,
               "Best demo and most complete answers – recommended", None, "Needs the statement add-on", None,
               "No price yet", None, "Not compliant", None]
    put_row(ws, r + 2, remarks)
    for i in range(len(vendors)):
        ws.merge_cells(start_row=r + 2, start_column=4 + 2 * i, end_row=r + 2, end_column=5 + 2 * i)
    ws.cell(row=r + 4, column=1, value="Note: weights agreed with the client's CRO on 2 Dec 2024; amounts in RMB as "
                                       "quoted by each vendor (VAT basis as stated).")
    widths(ws, [6, 30, 8] + [40, 9] * len(vendors))
    ws.freeze_panes = "D6"
    wb.save(CASES / "f_03_ml_hk_consultant_scoring.xlsx")


# ---------------------------------------------------------------------------------------------
# f_04  消费分期 — 总经理办公室 林晓 at a home-appliance installment lender built one workbook: a 汇总 sheet first (her
#       own shorthand for the boss, one row per vendor, a 林晓备注 column, and the line "有出入以各家原表为准"), then one
#       sheet per vendor (sheet names are short names) holding the vendor's filled-in 询价回复表: two columns
#       询价项目 | 供应商答复, section rows, 供应商名称 as the first row, each must-have asked as its own row (有 / 无 /
#       text), a stamp line at the foot.
# Traps: the 汇总 repeats the vendor sheets in shorthand and contradicts one: it gives 惠家 "1年" of maintenance while
#       惠家's own sheet says 免费维护期 6个月 — the vendor's own answer governs (6 months); 惠家's 218,000 is 不含税
#       (246,340), so its "便宜3万" is not; 易购通 answers 等保 with "见资质文件" (unknown), 订单跟踪 with "详见产品说明书"
#       (unknown), 国密加密, 终身免费维护 (claims) and 赠送 bloat (智能客服机器人, 区块链存证): unverified, not fail;
#       乐享 holds a certificate but 订单跟踪 is "暂不支持（二期规划）" (a must-have stated absent: fail) at 14.6万
#       (caution zone) with a server-bound licence; 积分商城 in 苏分's quote is a deferrable extra already included;
#       sheet names (苏分, 惠家 …) and the 林晓备注 column are not vendors; phone numbers and 回复日期 are not amounts.
# Analyst's reading: 江苏苏分科技有限公司 — 248,000 含税 inside 20–30万, 等保 filing number, SM4, RBAC, 12-month logs,
#       PBoC and Baihang, all must-haves 有, 12 months with upgrades, free policy adaptation, 7×24, 1 h, lifetime
#       consulting, in the contract, full source.
# ---------------------------------------------------------------------------------------------
F04_VENDORS = [
    ("苏分", "江苏苏分科技有限公司", "周宁 / 025-8451 3370", "2024年12月2日", {
        "报价总额（元）": "248,000", "是否含税": "含税（13%专票）", "报价有效期": "至2025年2月28日",
        "等保三级": "已取得，备案证明编号32010043857-23019", "敏感信息加密": "SM4（身份证号、手机号、银行卡号）",
        "传输加密": "HTTPS（TLS1.2）", "权限管理": "RBAC", "日志保存期": "12个月", "征信接口": "人行征信、百行征信",
        "商品管理": "有", "分期计算器": "有", "订单跟踪": "有", "还款管理": "有", "审批流": "有", "用户管理": "有",
        "其他模块": "积分商城（已含在报价内）",
        "免费维护期": "12个月", "维护范围": "bug修复+小版本升级", "政策适配": "免费", "技术支持": "7×24小时",
        "响应时间": "1小时内", "终身技术咨询": "提供", "是否写入合同": "是", "维护期满年费": "2.5万/年",
        "交付方式": "完整源码，无加密，可二次开发"}),
    ("惠家", "南通惠家分期软件有限公司", "顾敏 / 0513-8107 2265", "2024年12月3日", {
        "报价总额（元）": "218,000", "是否含税": "不含税", "报价有效期": "30天",
        "等保三级": "三级（证书编号32060043412-22009）", "敏感信息加密": "SM4", "传输加密": "HTTPS",
        "权限管理": "有，按角色", "日志保存期": "6个月", "征信接口": "百行征信",
        "商品管理": "有", "分期计算器": "有", "订单跟踪": "有", "还款管理": "有", "审批流": "有", "用户管理": "有",
        "其他模块": "无",
        "免费维护期": "6个月", "维护范围": "含小版本升级", "政策适配": "免费", "技术支持": "工作日9:00-17:30",
        "响应时间": "4小时", "终身技术咨询": "提供", "是否写入合同": "是", "维护期满年费": "合同额10%/年",
        "交付方式": "完整源码"}),
    ("易购通", "扬州易购通信息技术有限公司", "钱总 / 139 0514 6628", "2024年12月3日", {
        "报价总额（元）": "196,000", "是否含税": "含税", "报价有效期": "",
        "等保三级": "见资质文件", "敏感信息加密": "国密加密", "传输加密": "支持", "权限管理": "支持",
        "日志保存期": "按监管要求", "征信接口": "",
        "商品管理": "有", "分期计算器": "有", "订单跟踪": "详见产品说明书", "还款管理": "有", "审批流": "有",
        "用户管理": "有", "其他模块": "智能客服机器人、区块链存证（赠送）",
        "免费维护期": "终身免费维护", "维护范围": "", "政策适配": "免费", "技术支持": "7×24小时",
        "响应时间": "尽快", "终身技术咨询": "提供", "是否写入合同": "可协商", "维护期满年费": "",
        "交付方式": "源码交付"}),
    ("乐享", "镇江乐享分期网络科技有限公司", "吴杰 / 0511-8523 9017", "2024年12月4日", {
        "报价总额（元）": "146,000", "是否含税": "含税", "报价有效期": "60天",
        "等保三级": "已取得三级（备案证明编号32110043605-23002）", "敏感信息加密": "SM4", "传输加密": "HTTPS",
        "权限管理": "角色权限", "日志保存期": "6个月", "征信接口": "百行征信",
        "商品管理": "有", "分期计算器": "有", "订单跟踪": "暂不支持（二期规划）", "还款管理": "有", "审批流": "有",
        "用户管理": "有", "其他模块": "无",
        "免费维护期": "12个月", "维护范围": "含升级", "政策适配": "免费", "技术支持": "7×24小时",
        "响应时间": "2小时", "终身技术咨询": "不提供", "是否写入合同": "是", "维护期满年费": "1.8万/年",
        "交付方式": "授权使用，绑定服务器"}),
]
F04_SECTIONS = [
    ("一、报价", ["报价总额（元）", "是否含税", "报价有效期"]),
    ("二、安全合规", ["等保三级", "敏感信息加密", "传输加密", "权限管理", "日志保存期", "征信接口"]),
    ("三、功能（请逐项填写 有/无）", ["商品管理", "分期计算器", "订单跟踪", "还款管理", "审批流", "用户管理", "其他模块"]),
    ("四、售后", ["免费维护期", "维护范围", "政策适配", "技术支持", "响应时间", "终身技术咨询", "是否写入合同",
                "维护期满年费"]),
    ("五、源码", ["交付方式"]),
]


def case_f04():
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.cell(row=1, column=1, value="家电分期系统源码 各家报价汇总（呈王总）").font = TITLE
    ws.cell(row=2, column=1, value="总经理办公室 林晓 整理　2024年12月4日　　说明：根据各家回复表（见后面各页）整理，"
                                   "有出入以各家原表为准")
    put_row(ws, 4, ["序号", "供应商", "报价", "等保", "功能", "维保", "技术支持", "源码", "林晓备注"],
            font=BOLD, fill=GREY, align=CENTER)
    summary = [
        [1, "江苏苏分科技有限公司", "24.8万（含税）", "三级，有备案号", "三项必备都有", "1年，含升级", "7×24，1小时",
         "完整源码", "资料最全"],
        [2, "南通惠家分期软件有限公司", "21.8万（不含税）", "三级，有证书号", "三项必备都有", "1年", "工作日，4小时",
         "完整源码", "比苏分便宜3万，但不含税"],
        [3, "扬州易购通信息技术有限公司", "19.6万", "说有，没给编号", "订单跟踪没写清楚", "终身", "7×24", "源码交付",
         "资料不全，已催"],
        [4, "镇江乐享分期网络科技有限公司", "14.6万", "三级", "没有订单跟踪", "1年", "7×24，2小时", "授权使用",
         "便宜但缺功能"],
    ]
    for i, row in enumerate(summary):
        put_row(ws, 5 + i, row)
    widths(ws, [6, 28, 16, 16, 18, 12, 14, 12, 24])

    for short, name, contact, date, answers in F04_VENDORS:
        vs = wb.create_sheet(short)
        vs.cell(row=1, column=1, value="消费分期系统源码询价回复表（请贵司如实填写）").font = TITLE
        put_row(vs, 3, ["询价项目", "供应商答复"], font=BOLD, fill=GREY, align=CENTER)
        put_row(vs, 4, ["供应商名称", name])
        put_row(vs, 5, ["联系人/电话", contact])
        put_row(vs, 6, ["回复日期", date])
        r = 7
        for title, labels in F04_SECTIONS:
            band(vs, r, 2, title, fill=GREEN)
            r += 1
            for label in labels:
                put_row(vs, r, [label, answers[label] or None])
                if not answers[label]:
                    vs.cell(row=r, column=2).border = BOX
                r += 1
        vs.cell(row=r + 1, column=1, value="供应商（盖章）：" + name + "　　日期：" + date)
        widths(vs, [22, 48])
    wb.save(CASES / "f_04_ci_vendor_sheets_summary.xlsx")


# ---------------------------------------------------------------------------------------------
# f_05  商户经营贷 — an old ERP's 询价单 export (GBK CSV, as the ERP writes it): a metadata line (单号, 导出时间, 操作员),
#       a row of internal field codes (FSUPPNO, FQUOTEAMT, FTAXINCL …), a row of Chinese captions whose legends sit in
#       brackets ("等保三级(Y=已取得/N=无/P=测评中)", "响应时限(小时)", "日志保存(月)"), one row per supplier with
#       supplier codes, amounts as "312000.00", Y/N flags, a 税率 column (0.13 / 0.06), dates, a free 备注, and a
#       "共5条记录" footer.
# Traps: supplier codes (S0031), 税率 0.13/0.06 and 报价日期 are not prices; 鹭融 looks cheapest of the full offers
#       (278000.00) but 含税 N: × 1.13 = 314,140, and its 等保 is P (测评中: claimed, unverified, not fail); 海丝's
#       265000.00 is 含税 (its 6% special invoice changes nothing) and it passes the gates but with SM4 N (AES-256),
#       3-month logs, no upgrades, no 7×24, 8 h, no lifetime consulting; 云链's 0.00 is the ERP's empty amount —
#       备注 "未报价" — so its price is unknown (unverified), NOT free; 速贷通 is 98000.00 with 等保 N (二级), no
#       access control, no bank-statement analysis and a MAC-bound licence; 数据大屏/开放API are deferrable.
# Analyst's reading: 福建闽信金融科技有限公司 — 312000.00 含税 inside 25–35万, 等保 filing number, SM4, HTTPS, RBAC,
#       12-month logs, PBoC + Baihang, all merchant must-haves Y, 12 months with upgrades, free policy adaptation,
#       7×24, 2 h, lifetime consulting, in the contract, full source, 36000.00 a year afterwards.
# ---------------------------------------------------------------------------------------------
def case_f05():
    codes = ["FSUPPNO", "FSUPPNAME", "FQUOTEAMT", "FCURR", "FTAXINCL", "FTAXRATE", "FDBSJ", "FDBSM", "FSM4",
             "FHTTPS", "FQXGL", "FRZYF", "FZXJG", "FQYZX", "FLSFX", "FHTGL", "FSPL", "FHKGL", "FYHGL", "FQTMK",
             "FMFWB", "FSJ", "FZCSP", "FZC724", "FXYSJ", "FZSZX", "FXRHT", "FYMJF", "FNF", "FQUOTEDATE",
             "FREMARK"]
    captions = ["供应商编码", "供应商名称", "报价金额", "币别", "含税(Y/N)", "税率", "等保三级(Y=已取得/N=无/P=测评中)",
                "等保说明", "SM4加密(Y/N)", "HTTPS(Y/N)", "权限管理(Y/N)", "日志保存(月)", "征信机构", "企业征信(Y/N)",
                "流水分析(Y/N)", "合同管理(Y/N)", "审批流(Y/N)", "还款管理(Y/N)", "用户管理(Y/N)", "其他模块",
                "免费维保(月)", "维保含升级(Y/N)", "政策适配免费(Y/N)", "7x24支持(Y/N)", "响应时限(小时)",
                "终身咨询(Y/N)", "写入合同(Y/N)", "期满年费(元/年)", "源码交付", "报价日期", "备注"]
    n = len(codes)
    assert len(captions) == n
    rows = [
        ["询价单导出  单号:XJ20241209-0007  物料:商户经营贷业务系统(源码)  导出时间:2024-12-09 16:42:11  操作员:lihm",
         *[""] * (n - 1)],
        codes,
        captions,
        ["S0031", "福建闽信金融科技有限公司", "312000.00", "RMB", "Y", "0.13", "Y", "备案证明编号35010043782-23006",
         "Y", "Y", "Y", "12", "人行征信中心;百行征信", "Y", "Y", "Y", "Y", "Y", "Y", "", "12", "Y", "Y", "Y", "2",
         "Y", "Y", "36000.00", "完整源码", "2024-12-05", ""],
        ["S0047", "厦门鹭融软件有限公司", "278000.00", "RMB", "N", "0.13", "P", "三级测评中 预计2025年3月取证",
         "Y", "Y", "Y", "12", "百行征信", "Y", "Y", "Y", "Y", "Y", "Y", "数据大屏;开放API", "12", "Y", "Y", "Y",
         "1", "Y", "Y", "30000.00", "完整源码", "2024-12-06", "报价不含税"],
        ["S0052", "泉州海丝数科有限公司", "265000.00", "RMB", "Y", "0.06", "Y", "备案证明编号35050043620-22011",
         "N", "Y", "Y", "3", "百行征信", "Y", "Y", "Y", "Y", "Y", "Y", "", "12", "N", "Y", "N", "8", "N", "Y",
         "26500.00", "完整源码", "2024-12-04", "加密为AES-256;按技术服务合同开6%专票"],
        ["S0058", "漳州云链科技有限公司", "0.00", "RMB", "Y", "0.13", "Y", "备案证明编号35060043455-23001",
         "Y", "Y", "Y", "12", "朴道征信", "Y", "Y", "Y", "Y", "Y", "Y", "", "12", "Y", "Y", "Y", "2", "Y", "Y",
         "", "完整源码", "2024-12-08", "未报价 待演示后商务谈判"],
        ["S0063", "莆田速贷通网络科技有限公司", "98000.00", "RMB", "Y", "0.13", "N", "二级备案", "N", "Y", "N", "3",
         "", "Y", "N", "Y", "Y", "Y", "Y", "智能客服;区块链存证", "3", "N", "N", "N", "24", "N", "N", "",
         "授权使用(绑定MAC)", "2024-12-03", ""],
        ["共5条记录", *[""] * (n - 1)],
    ]
    write_csv("f_05_ml_erp_export_gbk.csv", rows, "gbk", CASES)


# ---------------------------------------------------------------------------------------------
# f_06  个人信用贷 — 集团科技部 architect's online sheet (腾讯文档-style) exported as UTF-8 CSV: a title line, a legend
#       line ("✓ 标配（含在基础报价内）　○ 选配（价格见“选配报价”列，未含在基础报价内）　✗ 不提供"), one row per vendor,
#       one column per module holding ✓ / ○ / ✗, a 选配报价 column pricing the ○ items, the base price as a bare
#       number under "基础报价（万元）", short compliance and service columns, and an 评论（在线文档批注） column of
#       @-mentions and remarks.
# Traps: 基础报价 is in 万元 (22.8 is 228,000, not 22.8 元); ○ is NOT included: 麓山's 营销插件 ○ (+1.5万, deferrable)
#       is not bought and not counted; 湘江's risk model (a must-have) is ○ "+3万（不含税）" on a 不含税 base of 18.5:
#       (185,000 + 30,000) × 1.13 = 242,950 — the lowest sticker in band is not the cheapest; 湘江 also has ✗ on
#       upgrades, 5×8, 4 h and 重大监管调整另计; 星城 ticks every box (incl. 智能客服机器人) but its 等保 "满足等保三级要求",
#       "国密算法", "可对接各家征信" and "终身" maintenance are claims, and "口头承诺，不写入合同" is a stated no;
#       株洲 is 7.8 万 with ✗ for 等保 and ✗ for the risk model; the 评论 column ("@刘总 资质已核原件") is not a vendor.
# Analyst's reading: 长沙麓山信科有限公司 — 228,000 含税 inside 18–25万, 等保 filing number, SM4, HTTPS, RBAC, 12-month
#       logs, PBoC (二代), Baihang, Pudao, credit report + risk model + anti-fraud + repayment ✓, 12 months with
#       upgrades, free policy adaptation, 7×24, 2 h, lifetime consulting, in the contract, full source.
# ---------------------------------------------------------------------------------------------
def case_f06():
    head = ["服务商", "基础报价（万元）", "计税", "个人征信", "风控模型", "反欺诈", "还款管理", "审批流", "用户管理",
            "营销插件", "会员体系", "智能客服机器人", "选配报价", "等保三级", "敏感数据加密", "HTTPS", "权限管理",
            "日志留存", "征信机构", "免费维保", "维保含升级", "政策适配", "技术支持", "响应时限", "终身咨询", "写入合同",
            "期满年费", "源码交付", "评论（在线文档批注）"]
    n = len(head)
    rows = [
        ["信用贷系统 供应商功能与报价对照（集团科技部 在线表格导出 2024-12-12）", *[""] * (n - 1)],
        ["图例：✓ 标配（含在基础报价内）　○ 选配（价格见“选配报价”列，未含在基础报价内）　✗ 不提供", *[""] * (n - 1)],
        [""] * n,
        head,
        ["长沙麓山信科有限公司", "22.8", "含税", "✓", "✓", "✓", "✓", "✓", "✓", "○", "✗", "✗", "营销插件 +1.5万",
         "已备案，证明编号43010043518-23012", "SM4", "✓", "✓", "12个月", "人行二代、百行、朴道", "12个月", "✓",
         "免费", "7×24", "2小时", "✓", "✓", "合同额12%/年", "完整源码，可二开", "@刘总 资质已核原件"],
        ["湘江智贷科技有限公司", "18.5", "不含税", "✓", "○", "✓", "✓", "✓", "✓", "✗", "✗", "✗",
         "风控模型 +3万（不含税）", "已备案，证明编号43010043722-24003", "SM4", "✓", "✓", "6个月", "百行", "12个月",
         "✗", "重大监管调整另计", "5×8", "4小时", "✓", "✓", "3万/年", "完整源码", "风控是选配，注意"],
        ["星城易贷网络科技有限公司", "19.8", "含税", "✓", "✓", "✓", "✓", "✓", "✓", "✓", "✓", "✓", "",
         "满足等保三级要求", "国密算法", "✓", "✓", "", "可对接各家征信", "终身", "", "免费", "7×24", "15分钟", "✓",
         "口头承诺，不写入合同", "", "源码交付", "销售很热情，资质没给"],
        ["株洲快贷软件工作室", "7.8", "含税", "✓", "✗", "✗", "✓", "✓", "✓", "✗", "✗", "✗", "",
         "✗", "✗", "✓", "✗", "3个月", "", "3个月", "✗", "另收费", "工作日", "24小时", "✗", "✗", "",
         "仅授权使用，绑定域名", "太便宜了"],
    ]
    write_csv("f_06_pc_symbol_matrix.csv", rows, "utf-8", CASES)


if __name__ == "__main__":
    case_f01()
    case_f02()
    case_f03()
    case_f04()
    case_f05()
    case_f06()
    print("written:", ", ".join(sorted(p.name for d in (HERE, CASES) for p in d.glob("f_0*") if p.suffix != ".toml")))
