"""Build the "p" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, office tools (a 签报 internal memo typed in Excel, a 企查查
batch export joined with the buyer's quote columns and saved as GBK CSV, a Hong Kong purchasing officer's English
"Quotation Comparison Record" full of abbreviations, a WPS 比价表 whose superseded first-round rows are hidden, a tender
agent's 评审报告 appendix with 价格扣除 and 算术修正, a Power Query "Combine Files" output of every vendor's returned RFQ
template exported to CSV) and buyers' staff would write; the expected reading of every file is in the matching
p_0N_*.toml beside it, written from the file's content and the domain notes (shared/domain.md, docs/analyst-reading.md)
before any product code read these files. The author of this script neither ran the product on them nor read its
reading code.

Run:  .venv/bin/python tests/holdout/make_cases_p.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure p_
"""
from __future__ import annotations

import sys
from datetime import date, datetime
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

FIXED = datetime(2025, 7, 25, 9, 0, 0)
NOFILL = PatternFill()
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)


def _home(name: str) -> Path:
    """Where a case's files live: tests/cases once the case moved there (read fully), else this holdout."""
    return CASES if any(CASES.glob(name[:5] + "*.toml")) else HERE


def _save(wb, name):
    wb.properties.creator = "buyer"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(_home(name) / name)


def _text_row(ws, r, ncol, text, *, bold=False, height=None):
    """A line of prose merged across the table, left-aligned (a memo's paragraph, a note)."""
    cell = ws.cell(row=r, column=1, value=text)
    cell.alignment = LEFT
    cell.font = BOLD if bold else Font()
    if ncol > 1:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# p_01  个人信用贷 — 信息科技部 罗静 at 贵阳筑城小额贷款 writes a 签报 (internal memo asking the 总经理 to approve a choice),
#       typed in Excel because it holds a table: the 签报 head (签报编号, 密级, 拟稿/核稿, 会签部门, 标题), numbered prose
#       paragraphs merged across the sheet (背景 with the 25万 budget, 比选过程), the comparison table — 序号 | 供应商 | 报价
#       （元） | 报价内功能模块 | 供应商书面承诺（原文摘录） | 优势 | 劣势 — where the 承诺 column is each vendor's own
#       应答函 copied verbatim (numbered clauses in one cell, or one run-on paragraph) and 优势 / 劣势 are 罗静's own
#       analysis; a note under the table ("报价栏…未作含税调整"); 四、部门意见 recommending a vendor; 会签意见 of 风险合规部 and
#       财务部; an empty 领导批示.
# Traps: 优势 / 劣势 and the 部门意见 are the buyer's words — 观山湖's 优势 "已通过等保测评；终身免费维护" repeats the
#       vendor's boast, but its own words are "系统已通过等保测评" (no level: claimed), 国密算法, "可对接各大征信机构",
#       终身免费维护, a "加密组件" risk engine and two giveaways (智能客服机器人, 区块链存证): unverified, whatever the 部门意见
#       ("性价比最高，拟选择…") says; 花溪's 报价 column shows 196,000 and its 优势 says "报价最低", but its 承诺 says the
#       price is 不含税 and the must-have 风控模型 is 选配 +2.4万（不含税）: (196,000 + 24,000) × 1.13 = 248,600, with
#       "7×24小时…（法定节假日除外）", 不含版本升级 and 重大监管政策变化另行报价; 凉都 (12.8万) holds 等保二级 and says
#       "暂无个人征信查询、风控模型及反欺诈模块"; 安顺屯堡 declined by phone (no quote); the clause numbers, 签报编号
#       〔2025〕47号, 备案证明编号 and dates are no amounts.
# Analyst's reading: 贵州黔数云科技有限公司 — 23.8万 含税 (18 + 4.2 + 1.6), every gate proven, 12 months with minor
#       upgrades, free policy adaptation, 7×24, 1 h, consulting, in the contract, 2.8万/年, full source.
# ---------------------------------------------------------------------------------------------
P01_HEAD = ["序号", "供应商", "报价（元）", "报价内功能模块", "供应商书面承诺（原文摘录）", "优势", "劣势"]
P01_ROWS = [
    [1, "贵州黔数云科技有限公司", 238000,
     "人行二代征信查询、百行征信查询、风控模型（评分卡＋决策引擎）、反欺诈、还款计划及提醒、审批流、用户管理、数据大屏",
     "1. 报价23.8万元（含税，13%增值税专用发票），其中源码授权费18万元、部署实施费4.2万元、培训费1.6万元，无选配项。\n"
     "2. 已取得等保三级备案证明（编号52010043025-24003），复印件随应答函提交。\n"
     "3. 身份证号、手机号、银行卡号采用国密SM4加密存储；全站HTTPS（TLS1.2及以上）。\n"
     "4. RBAC角色权限，支持菜单及数据权限；操作日志保存12个月，异常操作实时告警。\n"
     "5. 已对接人行征信中心（二代）及百行征信。\n"
     "6. 免费维护12个月，含bug修复及小版本升级；因监管政策变化需要的系统调整免费适配。\n"
     "7. 7×24小时技术支持，1小时内响应，指定专属工程师；提供终身技术咨询。\n"
     "8. 以上承诺全部写入合同附件《售后服务承诺书》。维保期满后年费2.8万元。\n"
     "9. 交付完整源代码，无加密，可二次开发。",
     "备案证明原件已核验；售后承诺全部写入合同；完整源码", "报价最高；维保期满后每年2.8万元"],
    [2, "贵阳花溪金服软件有限公司", 196000,
     "个人征信查询（百行征信）、反欺诈、还款管理、审批流、用户管理；风控模型（选配）",
     "报价19.6万元为不含税价格，增值税按13%另计。风控模型（评分卡＋规则引擎）为选配模块，另加2.4万元（不含税），未含在上述"
     "报价内。等保三级已取得，备案证明编号52011143008-23012。敏感字段SM4加密；HTTPS；角色权限管理；日志保存6个月；已对接"
     "百行征信。免费维护期12个月，仅修复bug，不含版本升级；一般政策调整免费，重大监管政策变化另行报价。提供7×24小时技术支持"
     "（法定节假日除外），2小时内响应。技术咨询仅限维护期内。上述条款写入合同。维保期后按合同金额的12%/年收取维护费。交付完整"
     "源码，可二次开发。",
     "报价最低；等保证书齐全", "风控模型需另购；维护不含升级"],
    [3, "贵阳观山湖数科有限公司", 188000,
     "个人征信、智能风控、反欺诈、还款管理、审批流、用户管理、智能客服机器人（赠送）、区块链存证（赠送）",
     "报价18.8万元（含税），一口价，无隐形收费。我司系统已通过等保测评，安全有保障；敏感数据采用国密算法加密，全站HTTPS；"
     "多级权限管理；日志长期保存；可对接各大征信机构。终身免费维护，7×24小时在线，30分钟响应。合同条款可协商。提供源代码"
     "（风控引擎为加密组件，不影响使用）。",
     "价格低于预算；已通过等保测评；终身免费维护；赠送智能客服和区块链存证", "风控引擎加密"],
    [4, "六盘水凉都网络科技有限公司", 128000,
     "进件管理、审批流、还款管理、用户管理、短信通知",
     "全包价12.8万元（含税）。等保二级备案；密码字段AES加密；HTTPS；后台共用一个管理员账号；日志保存3个月；征信方面使用百融、"
     "同盾大数据接口，暂未对接人行及百行。暂无个人征信查询、风控模型及反欺诈模块，可二期开发。免费维护3个月，仅修bug；政策调整"
     "按次收费；工作日QQ群支持，次日响应；不提供技术咨询；售后按口头约定。授权使用，绑定服务器，不提供源码。",
     "价格低", "无等保三级；功能不全"],
    [5, "安顺屯堡软件有限公司", "未报价", None, "7月10日电话告知：因人员安排原因放弃本次报价。", "—", "—"],
]


def case_p01():
    wb = Workbook()
    ws = wb.active
    ws.title = "签报"
    ncol = len(P01_HEAD)
    widths(ws, [6, 22, 12, 30, 70, 26, 22])
    merged(ws, 1, 1, 1, ncol, "贵阳筑城小额贷款有限公司", fill=NOFILL)
    merged(ws, 2, 1, 2, ncol, "签　　报", fill=NOFILL)
    ws.cell(row=2, column=1).font = Font(bold=True, size=18, color="C00000")
    _text_row(ws, 3, 4, "签报编号：筑贷签〔2025〕47号")
    ws.cell(row=3, column=5, value="密级：内部").alignment = LEFT
    _text_row(ws, 4, ncol, "拟稿部门：信息科技部　　拟稿人：罗静　　核稿：杨帆　　日期：2025年7月21日")
    _text_row(ws, 5, ncol, "会签部门：风险合规部、财务部")
    _text_row(ws, 6, ncol, "标题：关于个人信用贷业务系统源码采购供应商比选情况的签报", bold=True)
    _text_row(ws, 8, ncol, "总经理：")
    _text_row(ws, 9, ncol,
              "一、项目背景：为支撑线上个人信用贷业务，公司拟采购个人信用贷业务系统源码（买断方式）。经总经理办公会同意，项目预算"
              "25万元（含税），资金已纳入2025年度信息化预算。", height=36)
    _text_row(ws, 10, ncol,
              "二、比选过程：6月23日至7月11日，信息科技部向5家供应商发出询价函，截至7月11日收到4家书面报价及应答函，安顺屯堡软件"
              "有限公司电话告知放弃报价。各家情况见下表（“供应商书面承诺”栏摘自各家书面应答函原文，“优势”“劣势”栏为我部分析）。",
              height=36)
    _text_row(ws, 11, ncol, "三、比选情况", bold=True)
    hr = 12
    put_row(ws, hr, P01_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(P01_ROWS, start=1):
        r = hr + i
        put_row(ws, r, row)
        if isinstance(row[2], int):
            ws.cell(row=r, column=3).number_format = "#,##0"
        ws.row_dimensions[r].height = 150 if i == 1 else 110
    r = hr + len(P01_ROWS) + 1
    _text_row(ws, r, ncol, "注：报价栏为各家报价函首页金额，未作含税调整；备案证明编号等以原件为准。")
    r += 2
    _text_row(ws, r, ncol,
              "四、部门意见：综合比较价格与服务，观山湖数科报价较低（18.8万元含税），功能齐全，承诺已通过等保测评、终身免费维护，"
              "性价比最高，拟选择贵阳观山湖数科有限公司为供应商；黔数云科作为备选。妥否，请批示。", height=36)
    r += 2
    _text_row(ws, r, ncol, "会签意见：", bold=True)
    r += 1
    _text_row(ws, r, ncol,
              "风险合规部（吴倩，7月22日）：观山湖数科“已通过等保测评”未注明级别，亦未提供备案证明；征信仅称“可对接各大征信机构”，"
              "未明确持牌机构。建议其补充材料前不作为首选。", height=36)
    r += 1
    _text_row(ws, r, ncol, "财务部（周敏，7月22日）：花溪金服报价为不含税价，且风控模型需另购，请按含税口径重新比较。")
    r += 2
    _text_row(ws, r, ncol, "领导批示：")
    ws.row_dimensions[r + 1].height = 40
    ws.print_title_rows = f"{hr}:{hr}"
    _save(wb, "p_01_pc_qianbao_youshi_lieshi.xlsx")


# ---------------------------------------------------------------------------------------------
# p_02  商户经营贷 — 采购部 沈佳 at 绍兴柯桥轻纺小额贷款 (operating loans to 轻纺城 traders) ran the vendors through
#       企查查's 批量查询 to check them, then typed each vendor's written quote into the columns to the right of the export
#       and saved the sheet from WPS as CSV ("ANSI" = GBK) for the 信审会. Voice: a data tool's export (登记状态 "存续（在营、
#       开业、在册）", 注册资本 "1000万元人民币", 经营范围 paragraphs with "（除依法须经批准的项目外…）", 企查分) beside a buyer's
#       short transcriptions (25.6 | 不含税 | "已取得三级，备案证明编号…").
# Layout: three lines above the header (the export's title and time, 沈佳's 说明 naming which columns are whose), one row per
#       company, a 未匹配 row for a name 企查查 could not find, and the export's disclaimer at the foot.
# Traps: the company facts are no terms — 注册资本 / 实缴资本 (1000万元, 500万元) are no prices, 参保人数, 软件著作权数,
#       司法案件数 and 企查分 no figures of the quote, 成立日期 no date of anything quoted, 经营范围's "区块链技术相关软件和服务",
#       "人工智能应用软件开发" and "跨境电子商务平台技术开发" no modules, 资质证书 (ISO27001, 高新技术企业) no 等保; 三江口's
#       25.6 is 不含税 and its 电子合同 (a merchant must-have) is outside the price, "如需另计3万元（不含税）": (256,000 +
#       30,000) × 1.13 = 323,180; 兰亭 (24.8 含税, cheapest credible, "本地企业") only claims (满足等保2.0三级要求…可协助
#       客户完成测评, 国密加密, 可对接持牌征信机构, 终身免费维护), keeps its 核心风控模块 encrypted and lists 区块链存证 and
#       智能客服 among its modules; 婺城 is 面议 and answers 等保 "详见资质文件" (both unknown: unverified); 椒江 (13.6)
#       has 等保二级, no roles and puts 银行流水分析 in "二期开发，不在本次交付范围" (fail); 衢州柯城智贷科技 was not found and
#       never answered (no quote).
# Analyst's reading: 杭州钱塘数智科技有限公司 — 29.8万 含税 (22 + 5.5 + 2.3) inside 25–35万, filing number, SM4, HTTPS,
#       RBAC, 12-month logs, PBoC + Baihang, the three merchant must-haves, 12 months with upgrades, free policy
#       adaptation, 7×24, 1 h, consulting, in the contract, 3.2万/年, full source.
# ---------------------------------------------------------------------------------------------
P02_HEAD = ["序号", "企业名称", "登记状态", "法定代表人", "注册资本", "实缴资本", "成立日期", "统一社会信用代码", "企业类型",
            "所属行业", "参保人数", "企业地址", "经营范围", "资质证书", "软件著作权数", "司法案件数", "经营异常", "企查分",
            "报价（万元）", "是否含税", "报价说明", "等保三级", "数据加密", "HTTPS", "权限管理", "日志留存", "征信对接",
            "报价内功能模块", "售后服务", "源码交付", "采购部备注"]
_ZC = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
P02_ROWS = [
    ["1", "杭州钱塘数智科技有限公司", "存续（在营、开业、在册）", "陈浩", "1000万元人民币", "1000万元人民币", "2013-05-16",
     "91330102MA27XK5Q8L", "有限责任公司（自然人投资或控股）", "软件和信息技术服务业", "126",
     "浙江省杭州市上城区钱江路639号11层",
     "一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务；数据处理和存储支持服务；"
     "人工智能应用软件开发；区块链技术相关软件和服务" + _ZC + "。",
     "高新技术企业；ISO9001质量管理体系认证；ISO27001信息安全管理体系认证；CMMI3", "48", "2", "无", "912",
     "29.8", "含税", "源码授权22万＋实施部署5.5万＋培训2.3万，合计29.8万元，无选配项", "已取得，备案证明编号33010243108-24006",
     "SM4加密（身份证号、手机号、对公账号）", "全站HTTPS", "RBAC角色权限", "12个月", "人行企业征信、百行征信",
     "企业征信查询、银行流水分析、电子合同（含电子签章）、审批流、还款管理、用户管理、数据大屏",
     "免费维护12个月，含bug修复及小版本升级；监管政策变化免费适配；7×24小时，1小时内响应；终身技术咨询；以上写入合同；"
     "期满后年费3.2万元", "完整源码，无加密，可二次开发", "演示效果最好"],
    ["2", "宁波三江口软件有限公司", "存续（在营、开业、在册）", "王磊", "500万元人民币", "100万元人民币", "2016-09-02",
     "91330203MA2832HN4T", "有限责任公司（自然人投资或控股）", "软件和信息技术服务业", "87",
     "浙江省宁波市海曙区药行街42号7楼",
     "一般项目：软件开发；网络技术服务；计算机系统服务；信息技术咨询服务；互联网数据服务；跨境电子商务平台技术开发" + _ZC + "。",
     "高新技术企业；ISO9001质量管理体系认证", "31", "0", "无", "845",
     "25.6", "不含税", "源码授权19万＋实施培训6.6万（不含税，增值税13%另开）；电子合同模块未含在报价内，如需另计3万元（不含税）",
     "已取得三级，备案证明编号33020043077-23015", "SM4", "是", "角色权限", "6个月", "百行征信",
     "企业征信、银行流水分析、审批流、还款管理、用户管理、API开放平台",
     "免费维护一年，版本升级另行收费；政策适配按工作量另计；工作日9:00-17:30电话支持，4小时响应；技术咨询仅限维护期内；"
     "服务条款写入合同；维保期后按合同额15%/年", "完整源码", "需加税、加电子合同"],
    ["3", "绍兴兰亭云科技有限公司", "存续（在营、开业、在册）", "徐斌", "100万元人民币", "-", "2021-11-08",
     "91330602MA2JR7W21C", "有限责任公司（自然人独资）", "软件和信息技术服务业", "9",
     "浙江省绍兴市越城区兰亭街道创业园B幢302室",
     "一般项目：软件开发；人工智能应用软件开发；区块链技术相关软件和服务；信息技术咨询服务" + _ZC + "。",
     "-", "6", "1", "无", "698",
     "24.8", "含税", "一口价，含源码、部署、培训", "满足等保2.0三级要求，可协助客户完成测评", "国密加密", "支持",
     "支持权限管理", "满足监管要求", "可对接持牌征信机构", "企业征信、流水分析、电子合同、区块链存证、智能客服",
     "终身免费维护，7×24小时服务，响应及时", "提供源码（核心风控模块加密）", "本地企业，上门方便，价格实惠"],
    ["4", "金华婺城网络科技有限公司", "存续（在营、开业、在册）", "李军", "300万元人民币", "300万元人民币", "2017-04-20",
     "91330702MA29K0P63E", "有限责任公司（自然人投资或控股）", "软件和信息技术服务业", "54",
     "浙江省金华市婺城区八一南街299号",
     "一般项目：软件开发；信息系统集成服务；计算机软硬件及辅助设备零售" + _ZC + "。",
     "高新技术企业", "22", "0", "无", "801",
     "面议", "", "需现场调研后再报价", "详见资质文件", "SM4", "HTTPS", "RBAC", "12个月", "人行征信、百行征信",
     "企业征信、银行流水分析、电子合同、审批流、还款管理、用户管理",
     "免费维护12个月，含小版本升级；政策适配免费；7×24小时，2小时响应；终身技术咨询；写入合同；年费2.5万元/年",
     "完整源码，可二次开发", "资质文件未随报价函提供，已催"],
    ["5", "台州椒江信息技术有限公司", "存续（在营、开业、在册）", "郑伟", "50万元人民币", "-", "2019-07-30",
     "91331002MA2DL4X97K", "有限责任公司（自然人独资）", "软件和信息技术服务业", "5",
     "浙江省台州市椒江区东海大道819号",
     "一般项目：网络技术服务；软件开发；计算机系统服务" + _ZC + "。",
     "-", "3", "4", "1（未按规定期限公示年度报告，已移出）", "612",
     "13.6", "含税", "全包价", "二级", "AES", "是", "无，单一管理员账号", "3个月", "暂未对接",
     "企业征信、电子合同、还款管理、用户管理（银行流水分析二期开发，不在本次交付范围）",
     "免费维护3个月，仅修复bug；政策调整按次收费；工作日QQ群，次日响应；不提供技术咨询；不写入合同",
     "仅授权使用，绑定域名", "便宜但功能不全"],
    ["6", "衢州柯城智贷科技", "未查询到匹配企业（名称可能有误）"] + [""] * 27 + ["对方未回复询价函"],
]


def case_p02():
    n = len(P02_HEAD)
    rows = [["企查查 批量查询导出结果"] + [""] * (n - 1),
            ["导出时间：2025-07-15 10:23:41　　查询企业数：6　　匹配成功：5"] + [""] * (n - 1),
            ["说明：序号至企查分为企查查导出的企业工商信息；“报价（万元）”起为采购部沈佳补录的各家报价及应答（摘自书面报价函），"
             "用于经营贷系统源码采购比价。"] + [""] * (n - 1),
            [""] * n,
            P02_HEAD]
    for row in P02_ROWS:
        assert len(row) == n, row[1]
        rows.append(row)
    rows.append([""] * n)
    rows.append(["数据来源：企查查（企业信用信息公示系统等公开数据），仅供参考，以登记机关信息为准。"] + [""] * (n - 1))
    write_csv("p_02_ml_qichacha_join_gbk.csv", rows, "gbk", _home("p_02_ml_qichacha_join_gbk.csv"))


# ---------------------------------------------------------------------------------------------
# p_03  消费分期 — Kelvin Cheung, a Hong Kong procurement officer of Lotus Bay Microcredit (Shenzhen Qianhai) (phone and
#       appliance instalments through partner shops), fills the HK parent's "QUOTATION COMPARISON RECORD" (Form PUR-07) in
#       English, in the shorthand of HK purchasing: "262k", "w/o VAT", "incl.", "FOC", "TBC", "T&M", "AMC", "p.a.",
#       "yr 2", "9x5", "SLA 1 hr", "NBD", "N/A", "Nil", "recv'd", "grp", with an abbreviations line under the form head.
# Layout: form head (requisition no., dept, item, budget, date), the abbreviations line, then Supplier rows with packed cells
#       (MLPS / security: four facts; Data & bureau: two; Warranty / AMC: three); a declined supplier; under the table
#       Kelvin's "Lowest quote / Lowest compliant" line, the basis-of-selection boxes, a pending recommendation and the
#       signature line.
# Traps: Songshan Lake's "205k" is "w/o VAT" and its order tracking (a consumer-instalment must-have) is an optional item
#       "+25k w/o VAT": (205,000 + 25,000) × 1.13 = 259,900 — Kelvin's "Lowest compliant" line is wrong; its "bug fix only
#       (no upgrades)", "reg. changes on T&M" (charged), 9x5, 4 hrs and "no consulting after warranty"; Bao'an (238k
#       incl. VAT, cheaper than the top pick) only says "'Fully compliant with MLPS L3' – cert. TBC", "'GM algo'", "'all
#       major credit bureaus'", "Lifetime free maintenance", leaves logs and the contract TBC (unknown), ships the risk
#       engine compiled and throws in an AI chatbot and blockchain e-evidence FOC (bloat); West Lake is 95k with MLPS L2
#       only and "order tracking N/A" (fail); Hengqin declined; Pearl River's optional points mall (+18k, deferrable) is
#       "not taken"; quote refs, dates, certificate numbers and the requisition number are no amounts.
# Analyst's reading: Guangzhou Pearl River Instalment Tech Co., Ltd. — RMB 262k incl. VAT (198 + 46 + 18) inside 20–30万,
#       certificate number, SM4, HTTPS, RBAC, 12-month logs, PBoC CRC + Baihang, the three must-haves in the price,
#       12 months with minor upgrades, regulatory changes FOC, 24x7, 1 hr, lifetime consulting, in the contract,
#       AMC 28k p.a., full source.
# ---------------------------------------------------------------------------------------------
P03_HEAD = ["#", "Supplier", "Quote ref. / date", "Quoted price (RMB)", "VAT", "Scope (modules in price)", "Optional items",
            "MLPS / security", "Data & bureau", "Warranty / AMC", "Support & SLA", "Source code", "Contract",
            "Remarks (KC)"]
P03_ROWS = [
    [1, "Guangzhou Pearl River Instalment Tech Co., Ltd.", "PRIT-Q-0705 / 5 Jul", "262k (licence 198k + impl. 46k + "
     "training 18k)", "incl. VAT",
     "Product catalogue, instalment calculator, order tracking, repayment mgmt, approval flow, user mgmt",
     "Points mall +18k (not taken)",
     "MLPS L3 cert. no. 44010643055-24011 (copy recv'd); SM4 on ID / mobile / card no.; HTTPS; RBAC",
     "Logs kept 12 mths; PBoC CRC + Baihang",
     "12 mths FOC incl. bug fix & minor upgrades; reg. changes FOC; AMC RMB 28k p.a. from yr 2",
     "24x7; SLA 1 hr; lifetime tech consulting", "Full source, no encryption",
     "All above in contract (service schedule)", "Docs complete. Highest of the compliant ones."],
    [2, "Dongguan Songshan Lake Software Ltd.", "SSL-2025-112 / 8 Jul", "205k", "w/o VAT",
     "Product catalogue, instalment calc, repayment, approval, users",
     "Order tracking module +25k w/o VAT",
     "MLPS L3 filed, cert. no. 44190043021-23006; SM4; HTTPS; RBAC",
     "Logs kept 6 mths; Baihang",
     "12 mths bug fix only (no upgrades); reg. changes on T&M; AMC 15% of contract p.a.",
     "9x5 (Mon-Fri); SLA 4 hrs; no consulting after warranty", "Full source", "Yes",
     "Lowest price on paper but w/o VAT & order tracking extra."],
    [3, "Shenzhen Bao'an Smart Finance Co., Ltd.", "WhatsApp + PDF / 10 Jul", "238k", "incl. VAT (all-in)",
     "Product catalogue, instalment calc, order tracking, repayment; AI chatbot (FOC); blockchain e-evidence (FOC)",
     "Nil",
     "'Fully compliant with MLPS L3' – cert. TBC (asked 11 & 15 Jul); 'GM algo' (which one TBC); HTTPS; RBAC",
     "Logs TBC; 'all major credit bureaus'",
     "Lifetime free maintenance",
     "24x7; SLA 30 min", "Source provided, risk engine compiled (.so)", "TBC",
     "Keen on price, docs slow."],
    [4, "Huizhou West Lake Tech Studio", "Email / 9 Jul", "95k", "incl. VAT",
     "Product list, instalment calc, repayment, users; order tracking N/A",
     "Nil",
     "MLPS L2 only; AES (passwords); HTTPS; single admin login",
     "Logs kept 1 mth; no bureau link",
     "3 mths bug fix; reg. changes charged per job",
     "WeChat grp office hrs; NBD", "Licence only (domain-locked)", "No", "Too cheap. Not compliant."],
    [5, "Zhuhai Hengqin Cloudpay Systems Ltd.", "Email / 4 Jul", "N/A", None,
     "Declined – no bid (team fully booked till Q4)", None, None, None, None, None, None, None, "Declined."],
]


def case_p03():
    wb = Workbook()
    ws = wb.active
    ws.title = "PUR-07"
    ncol = len(P03_HEAD)
    widths(ws, [4, 26, 18, 16, 11, 34, 22, 34, 22, 30, 22, 20, 18, 24])
    ws.cell(row=1, column=1, value="LOTUS BAY MICROCREDIT (SHENZHEN QIANHAI) CO., LTD.").font = TITLE
    ws.cell(row=2, column=1, value="QUOTATION COMPARISON RECORD  比價記錄   (Form PUR-07, rev. 2023)").font = BOLD
    ws.cell(row=3, column=1, value="Req. No.: PR-QH-2025-0318   |   Dept: Consumer Instalment Ops   |   Item: Instalment loan "
                                   "system – source code buy-out   |   Budget: RMB 300k (incl. VAT)   |   Date: 18 Jul 2025")
    ws.cell(row=4, column=1, value="Abbrev.: w/o = without; FOC = free of charge; TBC = to be confirmed (not recv'd yet); "
                                   "T&M = time & materials; AMC = annual maintenance charge; NBD = next business day; "
                                   "L3 = MLPS Level 3")
    ws.cell(row=4, column=1).font = Font(italic=True, size=9)
    hr = 6
    put_row(ws, hr, P03_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(P03_ROWS, start=1):
        put_row(ws, hr + i, row)
        ws.row_dimensions[hr + i].height = 75
    r = hr + len(P03_ROWS) + 2
    ws.cell(row=r, column=1, value="Lowest quote: Huizhou West Lake RMB 95k (non-compliant).   Lowest compliant: Songshan "
                                   "Lake RMB 205k w/o VAT.")
    ws.cell(row=r + 1, column=1, value="Basis of selection:   [ ] Lowest price    [x] Best value    [ ] Sole source    "
                                       "[ ] Other")
    ws.cell(row=r + 2, column=1, value="Recommended supplier: pending – to discuss with Ops (Pearl River vs Songshan Lake); "
                                       "Bao'an only if MLPS cert. recv'd.")
    ws.cell(row=r + 4, column=1, value="Prepared by: Kelvin Cheung  18/7/2025        Checked by: Ada Lam (Finance)        "
                                       "Approved by: ____________ (GM)")
    ws.freeze_panes = ws.cell(row=hr + 1, column=3)
    _save(wb, "p_03_ci_en_hk_bijia_abbrev.xlsx")


# ---------------------------------------------------------------------------------------------
# p_04  消费分期 — 运营部 张蕾 at 西安大雁塔小额贷款 (家电 and 3C instalments in partner stores) keeps the 比价表 in WPS:
#       vendors as rows, one row per vendor per round. When the second-round quotes came on 4 July she inserted each
#       vendor's new row under its old one and HID the first-round row (the file still holds it); a line under the title
#       says the second round is final and the first is kept for reference. Voice: terse sheet wording (26.5 | 含税 | "12个月，
#       含bug修复及小版本升级" | "2.6万/年"), her 备注 ("二轮降价1.3万"), and under the table 二轮最低 / 二轮平均 / 预算 rows
#       and her 运营部意见.
# Traps: each vendor's visible (二轮, 2025-07-04) row governs, the hidden 首轮 rows are superseded — 云分's hidden 首轮 is
#       23.5万 含税 with 订单跟踪 inside, its 二轮 21.8万 is 不含税 with 订单跟踪 split out as 选配 2.0万（不含税）:
#       (21.8 + 2.0) × 1.13 = 268,940, with bug fixes only, 重大政策调整另行报价, 5×8 and 4 h; 秦都's 二轮 price is "同首轮"
#       — the hidden row's 22.0万 含税 — and it only claims (满足等保三级要求, 国密算法, 可对接各类征信, 永久免费维护, 日志
#       永久保存, 可写入合同), encrypts its 核心算法 and gives away 智能客服机器人; 渭滨 dropped from 15.8 (hidden) to 9.9 with
#       no 等保 and no 订单跟踪 (fail, under 10万); 汉江's hidden 首轮 25.6 is withdrawn in writing ("7月2日邮件告知撤回报价，
#       退出本次比价": no quote); 二轮最低 / 平均 / 预算 rows are no vendors; 运营部意见 ("云分…最低…建议进入合同谈判") is the
#       buyer's.
# Analyst's reading: 西安曲江分期科技有限公司 — 二轮 26.5万 含税 inside 20–30万, filing number, SM4, HTTPS, RBAC, 12-month
#       logs, PBoC + Baihang, the three must-haves, 12 months with minor upgrades, free policy adaptation, 7×24, 1 h,
#       lifetime consulting, in the contract, 2.6万/年, full source.
# ---------------------------------------------------------------------------------------------
P04_HEAD = ["序号", "供应商", "轮次", "报价日期", "报价（万元）", "计税", "报价内功能模块", "未含在报价内的选配", "等保三级",
            "数据加密", "HTTPS", "权限", "日志", "征信", "维保期及范围", "政策适配", "技术支持", "响应", "技术咨询", "写入合同",
            "维保期后年费", "源码交付", "运营部备注"]
_QJ = ["商品管理、分期计算器、订单跟踪、还款管理、审批流、用户管理", "无", "已取得，备案证明编号61010343029-24005",
       "SM4（身份证、手机号、银行卡）", "是", "RBAC", "12个月", "人行征信、百行征信", "12个月，含bug修复及小版本升级", "免费",
       "7×24", "1小时", "终身", "是", "2.6万/年", "完整源码，无加密"]
_YF = ["已取得，备案证明编号61019043011-23009", "SM4", "是", "角色权限", "6个月", "百行征信", "12个月，仅修复bug，不含版本升级",
       "小调整免费，重大政策调整另行报价", "5×8", "4小时", "无", "是", "按合同额15%/年", "完整源码"]
_QD = ["商品管理、分期计算器、订单跟踪、还款管理、智能客服机器人（赠送）", "无", "满足等保三级要求", "国密算法", "支持", "支持",
       "永久保存", "可对接各类征信", "永久免费维护", "免费", "7×24", "30分钟", "终身", "可写入合同", "无",
       "源码交付，核心算法加密"]
_WB = ["商品管理、分期计算器、还款管理、用户管理（无订单跟踪）", "—", "无", "无", "是", "单一管理员账号", "1个月", "暂未对接",
       "3个月", "另收费", "工作日", "次日", "无", "否", "按次收费", "仅授权使用，绑定域名"]
# (序号, 供应商, 轮次, 日期, 报价, 计税, *rest, 备注, hidden)
P04_ROWS = [
    (1, "西安曲江分期科技有限公司", "首轮", date(2025, 6, 20), 27.8, "含税", *_QJ, "首轮", True),
    (1, "西安曲江分期科技有限公司", "二轮", date(2025, 7, 4), 26.5, "含税（13%专票）", *_QJ, "二轮降价1.3万", False),
    (2, "西安高新云分软件有限公司", "首轮", date(2025, 6, 20), 23.5, "含税",
     "商品管理、分期计算器、订单跟踪、还款管理、审批流、用户管理", "无", *_YF, "首轮", True),
    (2, "西安高新云分软件有限公司", "二轮", date(2025, 7, 4), 21.8, "不含税（13%另计）",
     "商品管理、分期计算器、还款管理、审批流、用户管理", "订单跟踪 2.0（不含税）", *_YF, "二轮改为不含税，订单跟踪拆出", False),
    (3, "咸阳秦都数科有限公司", "首轮", date(2025, 6, 20), 22.0, "含税", *_QD, "首轮", True),
    (3, "咸阳秦都数科有限公司", "二轮", date(2025, 7, 4), "同首轮", "含税", *_QD, "价格维持首轮", False),
    (4, "宝鸡渭滨网络科技有限公司", "首轮", date(2025, 6, 20), 15.8, "含税", *_WB, "首轮", True),
    (4, "宝鸡渭滨网络科技有限公司", "二轮", date(2025, 7, 4), 9.9, "含税", *_WB, "二轮大幅降价", False),
    (5, "汉中汉江信息技术有限公司", "首轮", date(2025, 6, 20), 25.6, "含税",
     "商品管理、分期计算器、订单跟踪、还款管理、用户管理", "无", "已取得，备案证明编号61070243008-24001", "SM4", "是", "RBAC",
     "6个月", "百行征信", "12个月，含小版本升级", "免费", "7×24", "2小时", "终身", "是", "2.4万/年", "完整源码", "首轮",
     True),
    (5, "汉中汉江信息技术有限公司", "二轮", date(2025, 7, 4), "撤回", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—",
     "—", "—", "—", "—", "—", "—", "—", "7月2日邮件告知撤回报价，退出本次比价", False),
]


def case_p04():
    wb = Workbook()
    ws = wb.active
    ws.title = "比价表"
    ncol = len(P04_HEAD)
    widths(ws, [5, 24, 6, 11, 10, 14, 34, 20, 26, 20, 6, 12, 9, 16, 26, 22, 8, 8, 8, 10, 12, 20, 24])
    ws.cell(row=1, column=1, value="消费分期系统源码采购　比价表").font = TITLE
    ws.cell(row=2, column=1, value="说明：二轮报价为各家最终报价；首轮报价保留备查。金额单位：万元。整理：运营部 张蕾（2025-07-07）")
    hr = 4
    put_row(ws, hr, P04_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, (*row, hidden) in enumerate(P04_ROWS, start=1):
        assert len(row) == ncol, row[1]
        r = hr + i
        put_row(ws, r, row)
        ws.cell(row=r, column=4).number_format = "yyyy-mm-dd"
        if isinstance(row[4], float):
            ws.cell(row=r, column=5).number_format = "0.00"
        if hidden:
            ws.row_dimensions[r].hidden = True
    r = hr + len(P04_ROWS) + 1
    put_row(ws, r, ["", "二轮最低报价", None, None, 9.9], fill=YELLOW)
    ws.cell(row=r, column=5).number_format = "0.00"
    put_row(ws, r + 1, ["", "二轮平均报价（有数字的3家）", None, None, 19.4], fill=YELLOW)
    ws.cell(row=r + 1, column=5).number_format = "0.00"
    put_row(ws, r + 2, ["", "预算", None, None, 30.0, "含税"], fill=YELLOW)
    ws.cell(row=r + 2, column=5).number_format = "0.00"
    ws.cell(row=r + 4, column=1, value="运营部意见：云分二轮报价21.8万，除渭滨外最低，渭滨太便宜不考虑；建议与云分进入合同谈判。")
    ws.freeze_panes = ws.cell(row=hr + 1, column=3)
    ws.auto_filter.ref = f"A{hr}:{ws.cell(row=hr, column=ncol).column_letter}{hr + len(P04_ROWS)}"
    _save(wb, "p_04_ci_wps_yincang_shoulun.xlsx")


# ---------------------------------------------------------------------------------------------
# p_05  商户经营贷 — 扬州广陵国投小额贷款 (a state-owned lender to manufacturing SMEs) buys through a 比选 run by a tender
#       agent (江苏维扬招标咨询); the agent's 评审报告 appendix "附表1：响应情况及价格评审汇总表" is sent to the lender as xlsx.
#       Voice: a government-procurement style report — 采购控制价, 综合评分法 (价格30分、商务20分、技术50分), 企业规模（声明函）,
#       价格扣除 for 小微企业 under 《政府采购促进中小企业发展管理办法》, 算术修正, 评审基准价, 推荐成交候选人排序, signatures.
# Layout: report head; 一、商务技术响应摘要 (vendors as rows, packed 数据安全 / 日志与征信 / 售后服务承诺 cells, 响应文件页码);
#       二、价格评审 (响应报价 | 算术修正后报价 | 修正说明 | 价格扣除比例 | 评审价格 | 价格得分 | 商务得分 | 技术得分 |
#       综合得分 | 排名); the 评审基准价 line; three numbered 注; 三、评审结论; signature line.
# Traps: 评审价格 (报价 less a 10% 价格扣除 for small and micro firms) is a scoring device, never the price — 梁溪's 241,200
#       is a 268,000 bid, 天宁's 127,800 a 142,000 bid; 吴中's 响应报价 298,000 was corrected to its items' sum 280,000 (21 +
#       5.2 + 1.8万), confirmed in writing: 280,000; the panel's scores and ranks put 梁溪 first (价格30分 at the lowest 评审
#       价格 after 天宁, the claims taken at their word) — but 梁溪 only claims: "系统按等保三级要求设计，三级测评拟于成交后3个
#       月内完成", 国密算法, "可对接各持牌征信机构" (no body named), 日志永久保存, 终身免费维护, "可写入合同", a 核心风控引擎
#       delivered as SDK, 区块链存证 and 智能客服机器人; 天宁 holds 等保二级 and does not offer 银行流水分析 (fail, caution zone);
#       页码 ranges, 项目编号, 备案编号 and scores are no amounts; the 35万 采购控制价 is the buyer's ceiling.
# Analyst's reading: 南京秦淮数科信息技术有限公司 — 318,000 含税 inside 25–35万 (a 中型企业, no 价格扣除), filing number,
#       SM4, HTTPS, RBAC, 12-month logs, PBoC + Baihang, the three must-haves, 12 months with minor upgrades, free policy
#       adaptation, 7×24, 1 h, consulting, in the contract, 3.5万/年, full source.
# ---------------------------------------------------------------------------------------------
P05_RESP_HEAD = ["序号", "供应商", "企业规模（声明函）", "等保三级", "数据安全", "日志与征信", "响应功能模块", "售后服务承诺",
                 "源码交付", "响应文件页码"]
P05_RESP = [
    [1, "南京秦淮数科信息技术有限公司", "中型企业", "已取得三级备案证明（编号32010443062-24010），见响应文件P23",
     "敏感字段SM4加密存储；全站HTTPS；RBAC角色及数据权限",
     "操作日志保存12个月；已对接人行征信中心企业征信、百行征信",
     "企业征信查询、银行流水分析、电子合同（含CA签章）、授信审批流、贷后还款管理、用户管理、数据大屏",
     "免费维护12个月，含bug修复及小版本升级；监管政策调整免费适配；7×24小时，1小时内响应；终身技术咨询；上述承诺写入合同；"
     "期满后年维护费3.5万元", "完整源码，无加密，可二次开发", "P12–P58"],
    [2, "苏州吴中金服软件有限公司", "小型企业", "已取得等保三级（备案证明编号32050643019-23004）",
     "SM4；HTTPS；角色权限", "日志保存6个月；百行征信",
     "企业征信、银行流水分析、电子合同、审批流、还款管理、用户管理",
     "免费维护12个月（不含升级）；重大政策调整另行报价；工作日9:00–18:00技术支持，4小时响应；不提供终身技术咨询；写入合同；"
     "年维护费按合同金额12%", "完整源码", "P9–P41"],
    [3, "无锡梁溪云贷科技有限公司", "小型企业", "系统按等保三级要求设计，三级测评拟于成交后3个月内完成",
     "采用国密算法；HTTPS；多级权限", "日志永久保存；可对接各持牌征信机构",
     "企业征信、银行流水分析、电子合同、区块链存证、智能客服机器人",
     "终身免费维护；7×24小时；30分钟响应；可写入合同", "提供源码，核心风控引擎以SDK形式提供", "P7–P35"],
    [4, "常州天宁网络技术有限公司", "微型企业", "等保二级（备案编号32040243007-22001）",
     "AES加密；HTTPS；单一管理员账号", "日志保存3个月；暂未对接征信机构",
     "企业征信、电子合同、还款管理、用户管理；银行流水分析不提供",
     "免费维护6个月，仅修复bug；政策调整按次收费；工作日支持，次日响应；不提供技术咨询；不写入合同",
     "仅授权使用，绑定服务器", "P5–P22"],
]
P05_PRICE_HEAD = ["序号", "供应商", "响应报价（元）", "算术修正后报价（元）", "修正说明", "价格扣除比例", "评审价格（元）",
                  "价格得分", "商务得分", "技术得分", "综合得分", "排名"]
P05_PRICE = [
    [1, "南京秦淮数科信息技术有限公司", 318000, 318000, "—", "0%", 318000, 12.06, 19, 47, 78.06, 2],
    [2, "苏州吴中金服软件有限公司", 298000, 280000,
     "分项报价合计（源码授权21万＋实施部署5.2万＋培训1.8万＝28万）与总价29.8万不一致，按分项合计修正，供应商授权代表已书面确认",
     "10%", 252000, 15.21, 16, 42, 73.21, 3],
    [3, "无锡梁溪云贷科技有限公司", 268000, 268000, "—", "10%", 241200, 15.90, 18, 46, 79.90, 1],
    [4, "常州天宁网络技术有限公司", 142000, 142000, "—", "10%", 127800, 30.00, 8, 22, 60.00, 4],
]


def case_p05():
    wb = Workbook()
    ws = wb.active
    ws.title = "附表1"
    ncol = 12
    widths(ws, [5, 26, 14, 28, 28, 26, 34, 40, 20, 12, 10, 6])
    merged(ws, 1, 1, 1, ncol, "扬州广陵国投小额贷款有限公司经营贷业务系统源码采购项目", fill=NOFILL)
    ws.cell(row=1, column=1).font = TITLE
    merged(ws, 2, 1, 2, ncol, "比选评审报告　附表1：响应情况及价格评审汇总表", fill=NOFILL)
    _text_row(ws, 3, ncol, "项目编号：WYZB-2025-0716　　比选时间：2025年7月16日　　采购控制价：35万元（含税）　　评审方法：综合评分法"
                           "（价格30分、商务20分、技术50分）　　采购代理机构：江苏维扬招标咨询有限公司")
    _text_row(ws, 5, ncol, "一、商务技术响应摘要（摘自各供应商响应文件）", bold=True)
    hr = 6
    put_row(ws, hr, P05_RESP_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for i, row in enumerate(P05_RESP, start=1):
        put_row(ws, hr + i, row)
        ws.row_dimensions[hr + i].height = 80
    r = hr + len(P05_RESP) + 2
    _text_row(ws, r, ncol, "二、价格评审", bold=True)
    r += 1
    put_row(ws, r, P05_PRICE_HEAD, font=BOLD, fill=GREY, align=CENTER)
    for row in P05_PRICE:
        r += 1
        put_row(ws, r, row)
        for c in (3, 4, 7):
            ws.cell(row=r, column=c).number_format = "#,##0"
        for c in (8, 11):
            ws.cell(row=r, column=c).number_format = "0.00"
    r += 1
    _text_row(ws, r, ncol, "评审基准价：127,800元（满足比选文件要求且评审价格最低者）；价格得分＝评审基准价÷评审价格×30。")
    r += 1
    _text_row(ws, r, ncol, "注：1. 依据《政府采购促进中小企业发展管理办法》及比选文件，对小型、微型企业的响应报价给予10%的价格扣除，"
                           "扣除后的价格仅用于价格评分，成交金额以响应报价（或经供应商确认的修正后报价）为准。", height=30)
    r += 1
    _text_row(ws, r, ncol, "2. 苏州吴中金服软件有限公司分项报价合计与总价不一致，按比选文件约定以分项报价合计为准进行修正，已经供应商"
                           "授权代表书面确认。")
    r += 1
    _text_row(ws, r, ncol, "3. 各供应商响应报价均为含税价（增值税税率13%）。")
    r += 2
    _text_row(ws, r, ncol, "三、评审结论：推荐成交候选人排序为：第一名 无锡梁溪云贷科技有限公司；第二名 南京秦淮数科信息技术有限公司；"
                           "第三名 苏州吴中金服软件有限公司。", bold=True)
    r += 2
    _text_row(ws, r, ncol, "评审小组成员签字：顾明（组长）　许婷　陆伟　　　　监督人：朱红　　　　日期：2025年7月16日")
    _save(wb, "p_05_ml_pingshen_jiage_kouchu.xlsx")


# ---------------------------------------------------------------------------------------------
# p_06  personal credit — Priya Nair (Group Technology, Singapore) gathers every reply to RFQ-CQ-2025-031 for Chongqing
#       Liangjiang Digital Microcredit in one SharePoint folder and runs Excel's Power Query "Get Data > From Folder >
#       Combine": the query appends every file's first sheet under a Source.Name column, headers not promoted (the
#       template opens with title lines), blank lines kept; she loads it to a table and saves it as "CSV UTF-8" for the
#       risk committee. Voice: the buyer's bilingual template labels ("Company name / 公司名称", "Does the total include 13%
#       VAT? / 是否含13%增值税") with vendors answering in English or in Chinese.
# Layout: Source.Name | Column1 | Column2 | Column3 | Column4, one block of rows per file, files in name order; each block
#       is the template — title lines, Company name / Contact / Date, a Ref | Item | Response | Amount header row, sections
#       1 PRICE … 5 SOURCE CODE, a signature row.
# Traps: the vendor is the "Company name" line, not the file name ("Chikan_RFQ_reply.xlsx", "渝中易贷_报价应答_0709.xlsx");
#       Qujiang sent two files — v1 (3 July, total 248,000) and "v2_revised" (10 July, "Revised quotation – supersedes our
#       response dated 3 July 2025 (v1)", total 229,000): one quote at 229,000, with bug fixes only, major regulatory
#       changes quoted separately, office hours, 4 h and no consulting; its marketing plugins (+15,000, deferrable) are not
#       bought; the BLANK template file (no company, no answers) is no quote; 渝中易贷's 168,000 is "不含税，增值税13%另计"
#       (189,840), names its bureau ("可对接百行征信": stated), gives 6 months, 5×8, 4 h and no anti-fraud; Qingxiu (205,000,
#       cheaper than the top pick) only claims ("built to MLPS 2.0 Level 3 requirements", "National (GM) cryptographic
#       algorithms", "licensed credit bureaus available on request", lifetime maintenance), withholds the decision engine
#       and adds an AI robot and blockchain evidence; Chikan's "Community edition – free of charge; commercial licence
#       negotiable" is 0 (conditional, under 10万) with no MLPS, no credit report and no risk model; Ref numbers, dates,
#       certificate numbers and phone numbers are no amounts; an amount in the 1.6 row is the yearly fee.
# Analyst's reading: Chengdu Jinjiang Credit Software Co., Ltd. — CNY 236,000 incl. VAT (178,000 + 58,000) inside 18–25万,
#       filing certificate, SM4, HTTPS, RBAC, 12-month logs, PBoC CRC + Baihang, credit report, risk model, anti-fraud and
#       repayment, 12 months with minor upgrades, free regulatory changes, 24/7 within 1 h, consulting, in the contract,
#       26,000 a year, full source.
# ---------------------------------------------------------------------------------------------
P06_LABELS = [
    ("1", "PRICE / 报价"),
    ("1.1", "Source-code licence / 源码授权费"),
    ("1.2", "Implementation, deployment & training / 实施部署及培训"),
    ("1.3", "Total price / 报价合计"),
    ("1.4", "Does the total include 13% VAT? / 是否含13%增值税"),
    ("1.5", "Optional modules NOT in the total / 未含在合计内的选配模块"),
    ("1.6", "Annual fee after free maintenance / 免费维护期后年费"),
    ("2", "COMPLIANCE & SECURITY / 合规与安全"),
    ("2.1", "MLPS Level 3 – filing certificate no. / 等保三级备案证明编号"),
    ("2.2", "Encryption of sensitive fields / 敏感字段加密"),
    ("2.3", "HTTPS / TLS"),
    ("2.4", "Role-based access control / 权限管理"),
    ("2.5", "Audit-log retention / 日志保存期"),
    ("2.6", "Credit bureau connection (name the bureau) / 征信接口（请写明机构）"),
    ("3", "MODULES / 功能模块"),
    ("3.1", "Modules included in the total / 合计内包含的功能模块"),
    ("4", "AFTER-SALES / 售后"),
    ("4.1", "Free maintenance period & scope / 免费维护期及范围"),
    ("4.2", "Regulatory-change adaptation / 监管政策适配"),
    ("4.3", "Support hours & response time / 支持时段及响应时间"),
    ("4.4", "Lifetime technical consulting / 终身技术咨询"),
    ("4.5", "All commitments written into the contract? / 是否写入合同"),
    ("5", "SOURCE CODE / 源码"),
    ("5.1", "Source-code delivery / 源码交付方式"),
]
_QJ_TERMS = {
    "2.1": "Held – certificate no. 61019043052-23017", "2.2": "SM4", "2.3": "Yes", "2.4": "Yes, role-based",
    "2.5": "6 months", "2.6": "Baihang Credit",
    "3.1": "Personal credit report (Baihang); risk engine; anti-fraud rules; repayment management; approval flow; "
           "user management",
    "4.1": "12 months – bug fixes only (no upgrades)", "4.2": "Minor changes free; major regulatory changes quoted separately",
    "4.3": "Mon–Fri 9:00–18:00; 4 hours", "4.4": "Not offered", "4.5": "Yes", "5.1": "Full source code",
}
# file name -> (company, contact, date, note, answers {ref: (response, amount)}, signature)
P06_FILES = {
    "Chikan_RFQ_reply.xlsx": (
        "Zhanjiang Chikan Software Studio", "Mr Liang 135 3360 1872", "07/07/2025", None,
        {"1.1": ("Community edition – free of charge; commercial licence negotiable", 0),
         "1.2": ("Remote install only", None), "1.3": (None, 0), "1.4": ("N/A", None),
         "1.5": ("Risk model, credit-report interface: not available", None), "1.6": ("Per incident", None),
         "2.1": ("No", None), "2.2": ("MD5 for passwords", None), "2.3": ("HTTPS", None),
         "2.4": ("Single admin account", None), "2.5": ("30 days", None), "2.6": ("None", None),
         "3.1": ("Loan application, approval workflow, repayment management, user management", None),
         "4.1": ("None – paid support only", None), "4.2": ("Charged per job", None),
         "4.3": ("QQ group, working days", None), "4.4": ("No", None), "4.5": ("No", None),
         "5.1": ("Open-source edition (community licence)", None)},
        "Liang Wei"),
    "RFQ-CQ-2025-031_Response_ChengduJinjiang.xlsx": (
        "Chengdu Jinjiang Credit Software Co., Ltd.", "Ms Tang Li, +86 28 8619 4420", "04/07/2025", None,
        {"1.1": ("Full source licence", 178000),
         "1.2": ("On-site deployment, data migration, 3 days' training", 58000),
         "1.3": (None, 236000), "1.4": ("Yes – 13% VAT special invoice", None), "1.5": ("None", None),
         "1.6": ("From year 2", 26000),
         "2.1": ("Held. Filing certificate no. 51010743066-24008 (copy attached)", None),
         "2.2": ("SM4 for ID number, mobile and bank-card fields", None),
         "2.3": ("HTTPS across all endpoints (TLS 1.2+)", None),
         "2.4": ("Yes – RBAC with menu- and data-level permissions", None),
         "2.5": ("12 months, with alerting on abnormal operations", None),
         "2.6": ("PBoC Credit Reference Center (2nd gen.) and Baihang Credit – both live", None),
         "3.1": ("Credit report query (PBoC, Baihang); risk model (scorecard + decision engine); anti-fraud; repayment "
                 "schedule & reminders; approval workflow; user management", None),
         "4.1": ("12 months from acceptance, bug fixes and minor version upgrades", None),
         "4.2": ("Adapted free of charge", None),
         "4.3": ("24/7, response within 1 hour by a named engineer", None),
         "4.4": ("Included", None), "4.5": ("Yes – service schedule annexed to the contract", None),
         "5.1": ("Full source code, unencrypted, with build scripts", None)},
        "Tang Li"),
    "RFQ-CQ-2025-031_Response_Template_BLANK.xlsx": (None, None, None, None, {}, None),
    "RFQ-CQ-2025-031_Response_XianQujiang_v1.xlsx": (
        "Xi'an Qujiang Fintech Co., Ltd.", "Mr Zhao Kai, 029-8836 5107", "03/07/2025", None,
        {"1.1": ("Source licence", 175000), "1.2": ("Deployment and training", 73000), "1.3": (None, 248000),
         "1.4": ("Yes", None), "1.5": ("Marketing plugins (optional)", 15000),
         "1.6": ("15% of contract value per year", None),
         **{k: (v, None) for k, v in _QJ_TERMS.items()}},
        "Zhao Kai"),
    "RFQ-CQ-2025-031_Response_XianQujiang_v2_revised.xlsx": (
        "Xi'an Qujiang Fintech Co., Ltd.", "Mr Zhao Kai, 029-8836 5107", "10/07/2025",
        "Revised quotation – supersedes our response dated 3 July 2025 (v1)",
        {"1.1": ("Source licence", 165000), "1.2": ("Deployment and training", 64000), "1.3": (None, 229000),
         "1.4": ("Yes", None), "1.5": ("Marketing plugins (optional)", 15000),
         "1.6": ("15% of contract value per year", None),
         **{k: (v, None) for k, v in _QJ_TERMS.items()}},
        "Zhao Kai"),
    "Response_NanningQingxiu.xlsx": (
        "Nanning Qingxiu Data Tech Co., Ltd.", "Huang Jie / 0771-553 2098", "08/07/2025", None,
        {"1.1": ("All-in package", 205000), "1.2": ("Included", None), "1.3": (None, 205000), "1.4": ("Yes", None),
         "1.5": ("None", None), "1.6": ("No annual fee – lifetime free maintenance", None),
         "2.1": ("Our platform is built to MLPS 2.0 Level 3 requirements; we will support your assessment", None),
         "2.2": ("National (GM) cryptographic algorithms", None), "2.3": ("Yes", None), "2.4": ("Yes", None),
         "2.5": ("Kept permanently", None),
         "2.6": ("Integration with licensed credit bureaus available on request", None),
         "3.1": ("Credit report, intelligent risk control, anti-fraud, repayment, approval, users, AI customer-service "
                 "robot (free), blockchain evidence (free)", None),
         "4.1": ("Lifetime free maintenance", None), "4.2": ("Free", None), "4.3": ("24/7, 30 minutes", None),
         "4.4": ("Yes", None), "4.5": ("Negotiable", None),
         "5.1": ("Full source except the decision engine (binary library)", None)},
        "Huang Jie"),
    "渝中易贷_报价应答_0709.xlsx": (
        "重庆渝中易贷科技有限公司", "何磊 138 9608 2251", "09/07/2025", None,
        {"1.1": ("源码授权", 128000), "1.2": ("部署实施及培训", 40000), "1.3": ("合计（不含税）", 168000),
         "1.4": ("否，以上均为不含税价，增值税13%另计", None), "1.5": ("无", None), "1.6": ("维保期满后每年", 18000),
         "2.1": ("已取得等保三级，备案证明编号50010343016-24002", None), "2.2": ("SM4加密存储身份证号、手机号", None),
         "2.3": ("是，全站HTTPS", None), "2.4": ("RBAC", None), "2.5": ("6个月", None), "2.6": ("可对接百行征信", None),
         "3.1": ("个人征信查询（百行）、风控模型、还款管理、审批流、用户管理", None),
         "4.1": ("免费维护6个月，含bug修复及小版本升级", None), "4.2": ("政策适配免费", None),
         "4.3": ("5×8（工作日9:00-17:30），4小时内响应", None), "4.4": ("提供终身技术咨询", None), "4.5": ("是", None),
         "5.1": ("完整源码，可二次开发", None)},
        "何磊"),
}


def _p06_block(src, company, contact, when, note, answers, signature):
    rows = [[src, "RFQ-CQ-2025-031  Vendor Response Template (v2)", "", "", ""],
            [src, "Liangjiang Digital Microcredit – Personal Credit Loan System (source-code buy-out)", "", "", ""],
            [src, "", "", "", ""],
            [src, "Company name / 公司名称", company or "", "", ""],
            [src, "Contact / 联系人", contact or "", "", ""],
            [src, "Date / 日期", when or "", "", ""]]
    if note:
        rows.append([src, "Note / 备注", note, "", ""])
    rows.append([src, "", "", "", ""])
    rows.append([src, "Ref", "Item / 项目", "Response / 应答", "Amount (CNY) / 金额（元）"])
    for ref, label in P06_LABELS:
        resp, amt = answers.get(ref, (None, None))
        rows.append([src, ref, label, resp or "", "" if amt is None else str(amt)])
    rows.append([src, "", "", "", ""])
    rows.append([src, "", "Signature & company chop / 签字盖章", signature or "", ""])
    return rows


def case_p06():
    rows = [["Source.Name", "Column1", "Column2", "Column3", "Column4"]]
    for src in sorted(P06_FILES):
        rows += _p06_block(src, *P06_FILES[src])
    write_csv("p_06_pc_en_powerquery_append.csv", rows, "utf-8-sig", _home("p_06_pc_en_powerquery_append.csv"))


if __name__ == "__main__":
    case_p01()
    case_p02()
    case_p03()
    case_p04()
    case_p05()
    case_p06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("p_0*") if p.suffix != ".toml")))
