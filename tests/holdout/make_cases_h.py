"""Build the "h" case files (six multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: the cell wording is what vendors, tender agents, buyers' staff and e-mail clients would
write; the expected reading of every file is in the matching h_0N_*.toml beside it, written from the file's content
and the domain notes (shared/domain.md, docs/analyst-reading.md) before any product code read these files. The author
of this script neither ran the product on them nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_h.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure h_
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
sys.path.insert(0, str(CASES))
sys.path.insert(0, str(HERE))
from case_sheet import BOLD, BOX, CENTER, GREEN, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402
from make_cases_f import write_csv  # noqa: E402  (a CSV in a given encoding)
from make_cases_g import new_sheet  # noqa: E402  (a workbook opening with a title and note lines)


def spans(ws, r: int, label: str | None, parts: list[tuple[str, int]], *, first_col: int = 2) -> None:
    """One row of a vendors-as-columns table where vendors giving the same answer share one merged cell:
    each part is (text, how many vendor columns it spans)."""
    put_row(ws, r, [label])
    c = first_col
    for text, n in parts:
        cell = ws.cell(row=r, column=c, value=text)
        cell.alignment = CENTER if n > 1 else WRAP
        for cc in range(c, c + n):
            ws.cell(row=r, column=cc).border = BOX
        if n > 1:
            ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + n - 1)
        c += n


# ---------------------------------------------------------------------------------------------
# h_01  商户经营贷 — 集团集中采购: a tender agent's 开标记录表 for a provincial holding group buying for its micro-loan
#       subsidiary (宁波东海小额贷款). Voice: tender paperwork (招标编号, 开标时间, 唱标, 监标人, 评标委员会, 符合性审查).
#       Layout: TWO sheets — "开标记录表": 序号 | 投标人 | 投标报价（大写） | 投标报价（小写，元） | 投标保证金（元） |
#       交付工期 | 免费维保期 | 报价说明 | 投标人代表签字, the rule line "大写金额与小写金额不一致的，以大写金额为准" under the
#       title and a 备注 line recording the one mismatch; "技术评审": 评审项 | 招标文件要求 | one column per bidder (the
#       response as written in its 投标文件), then the committee's 符合性审查结论 / 技术得分（满分40） / 评委签字 rows.
# Traps: 钱塘's 大写 is 贰拾捌万伍仟元整 (285,000) and its 小写 ¥258,000.00 — the tender's own rule (and the Chinese
#       tender rules it repeats) makes the 大写 govern, and the 备注 line records that the bidder confirmed it: 285,000;
#       投标保证金 20,000.00 and 交付工期 "60日历天" are not price or maintenance; 越州 is 168,000 不含税 (× 1.13 =
#       189,840) but lists 流水分析 as "二期开发" (a must-have absent from this delivery: fail) with AES, 3-month logs,
#       6 months fault-fix only, paid policy changes, office hours, 8 h; 瓯江 answers "满足招标要求" to 等保 (a claim:
#       unverified), "国密算法", "满足监管要求", "可对接各类征信机构", "终身维护", adds blockchain evidence and an AI bot, and
#       encrypts its core risk engine; the committee's 技术得分 (36/34/22/31) and 结论 rows are not bidders' statements.
# Analyst's reading: 宁波甬信数字科技有限公司 — 312,000 含税 (大写 and 小写 agree) inside 25–35万, filing number, SM4 on
#       fields, HTTPS, RBAC, 12-month logs, PBoC enterprise credit + Baihang, all three merchant must-haves, 24 months
#       with upgrades, free policy adaptation, 7×24, 1 h, lifetime consulting, in the contract, full source, 10 % a year.
# ---------------------------------------------------------------------------------------------
H01_BIDDERS = ["宁波甬信数字科技有限公司", "杭州钱塘金服软件有限公司", "绍兴越州网络技术有限公司", "温州瓯江云链科技有限公司"]
H01_REVIEW = [
    ("等保三级", "具备网络安全等级保护三级备案证明", [
        "已具备，备案证明编号33020043516-23012（见投标文件第45页）", "已具备，备案证明编号33010043288-22019",
        "已具备，备案证明编号33060043105-23004", "满足招标要求"]),
    ("数据加密", "敏感字段采用国密SM4加密存储", [
        "SM4字段级加密（身份证号、手机号、银行账号）", "SM4加密", "AES-256加密", "采用国密算法加密"]),
    ("传输加密", "全部传输采用HTTPS", ["HTTPS（TLS1.2）"] * 4),
    ("访问控制", "基于角色的权限管理", ["RBAC角色权限+数据权限", "角色权限管理", "角色权限", "完善的权限体系"]),
    ("日志审计", "操作日志留存不少于6个月", [
        "操作日志留存12个月，异常行为实时告警", "操作日志留存6个月", "操作日志留存3个月", "满足监管要求"]),
    ("征信接口", "对接持牌征信机构", [
        "已对接人行企业征信、百行征信", "已对接百行征信、朴道征信", "已对接百行征信", "可对接各类征信机构"]),
    ("业务功能", "企业征信、流水分析、合同管理为必备功能", [
        "企业征信查询、银行流水分析、电子合同、授信审批、还款管理、用户管理",
        "企业征信、流水分析、电子合同（电子签章）、审批流、还款管理、用户管理、数据大屏",
        "企业征信、合同管理、审批流、还款管理、用户管理；银行流水分析二期开发，不在本次交付范围",
        "企业征信、银行流水分析、合同管理、审批流、还款管理、用户管理、区块链存证、智能客服机器人"]),
    ("免费维护期及范围", "不少于12个月，含缺陷修复及版本升级", [
        "24个月，含缺陷修复及版本升级", "12个月，含小版本升级", "6个月，仅故障修复", "终身维护"]),
    ("监管政策适配", "监管政策变化免费适配", ["监管政策变化免费适配", "免费适配", "另行收费", "免费"]),
    ("技术支持", "7×24小时，2小时内响应", [
        "7×24小时，专属工程师，1小时内响应", "7×24小时，2小时内响应", "工作日9:00-17:30，8小时内响应",
        "7×24小时，即时响应"]),
    ("终身技术咨询", "提供", ["提供", "提供", "不提供", "提供"]),
    ("承诺写入合同", "以上承诺写入合同", ["以上承诺均写入合同", "写入合同", "写入合同", "写入合同"]),
    ("维保期满后费用", "明确年度维护费", ["合同金额的10%/年", "3万元/年", "按次计费，每次5000元", "2.9万元/年"]),
    ("源码交付", "交付完整源代码", [
        "交付全部源代码，无加密，可二次开发", "完整源码", "完整源码",
        "核心风控引擎加密交付，其余模块提供源码"]),
]


def case_h01():
    wb, ws = new_sheet("开标记录表", "开标记录表",
                       "项目名称：东海控股集团小额贷款业务系统（源码）采购项目　　招标编号：ZCZB-2025-0117",
                       "开标时间：2025年1月20日9:30　　开标地点：集团集中采购中心第三会议室　　招标代理：浙江中诚招标代理有限公司",
                       "唱标说明：投标报价以投标函为准；投标函大写金额与小写金额不一致的，以大写金额为准"
                       "（招标文件第二章 投标人须知 第18.3条）。")
    put_row(ws, 6, ["序号", "投标人", "投标报价（大写）", "投标报价（小写，元）", "投标保证金（元）", "交付工期", "免费维保期",
                    "报价说明", "投标人代表签字"], font=BOLD, fill=GREY)
    rows = [
        [1, H01_BIDDERS[0], "人民币叁拾壹万贰仟元整", "¥312,000.00", "20,000.00", "60日历天", "24个月",
         "含税（13%增值税专用发票），含部署实施及培训", "王建"],
        [2, H01_BIDDERS[1], "人民币贰拾捌万伍仟元整", "¥258,000.00", "20,000.00", "45日历天", "12个月",
         "含税，含实施", "沈磊"],
        [3, H01_BIDDERS[2], "人民币壹拾陆万捌仟元整", "¥168,000.00", "20,000.00", "30日历天", "6个月",
         "不含税，增值税另计", "俞峰"],
        [4, H01_BIDDERS[3], "人民币贰拾玖万元整", "¥290,000.00", "20,000.00", "60日历天", "终身",
         "含税", "叶晓"],
    ]
    for i, row in enumerate(rows):
        put_row(ws, 7 + i, row)
    ws.cell(row=12, column=1, value="备注：杭州钱塘金服软件有限公司投标函大写金额（贰拾捌万伍仟元整）与小写金额（¥258,000.00）"
                                    "不一致，按招标文件第18.3条以大写金额为准，投标人代表当场签字确认。")
    ws.cell(row=13, column=1, value="招标人代表：陈国平　　监标人：林静　　唱标人：赵一鸣　　记录人：孙悦")
    widths(ws, [6, 28, 26, 18, 16, 12, 12, 34, 14])

    ts = wb.create_sheet("技术评审")
    ts.cell(row=1, column=1, value="技术评审表（评标委员会）　招标编号：ZCZB-2025-0117").font = TITLE
    ts.cell(row=2, column=1, value="各投标人栏摘录其投标文件技术响应原文；“符合性审查结论”“技术得分”由评标委员会填写。")
    put_row(ts, 3, ["评审项", "招标文件要求", *H01_BIDDERS], font=BOLD, fill=GREY)
    r = 4
    for label, need, answers in H01_REVIEW:
        put_row(ts, r, [label, need, *answers])
        r += 1
    put_row(ts, r, ["符合性审查结论", "", "通过", "通过", "通过（流水分析二期交付）", "通过（等保证明待澄清）"], fill=YELLOW)
    put_row(ts, r + 1, ["技术得分（满分40）", "", 36, 34, 22, 31], fill=YELLOW)
    put_row(ts, r + 2, ["评委签字", "", "许文、郑岚、周涛、吴敏、冯立"], fill=YELLOW)
    widths(ts, [16, 30, 36, 36, 36, 36])
    wb.save(CASES / "h_01_ml_kaibiao_jishu.xlsx")


# ---------------------------------------------------------------------------------------------
# h_02  个人信用贷 — 信息科技部 周宁 at 长沙湘信小额贷款 exported the RFQ mailbox folder from Outlook to CSV (GBK, as
#       Chinese Windows writes it) and sent it to the analyst as is. Voice: e-mail — salutations, "RE:", signatures
#       with phone numbers, an out-of-office auto-reply, the buyer's own messages (the RFQ with its requirements, a
#       request for a discount, an internal forward summing up to the boss). Layout: one row per MESSAGE, columns
#       主题 | 发件人 | 发件人地址 | 收件人 | 发送时间 | 正文 | 附件; each vendor's facts are spread over one or more
#       multi-line 正文 cells; the company name only in the signature.
# Traps: 蜀信 first quotes 21万 含税 (16.5万 + 4.5万) and three messages later "合计优惠至19.8万元（含税）…其余条款不变": the
#       later message governs (198,000); the buyer's RFQ ("要求：等保三级…2小时内响应…") and its own forward
#       ("蜀信最终19.8万，巴渝21万未税…建议优先蜀信") are not vendor statements; 巴渝 is 21万 未税 (× 1.13 = 237,300) and its
#       等保 "证书有效期至2024年6月，目前复测中" has lapsed (not certified today: claimed, unverified), maintenance
#       "维保至2026年12月31日" (a date, about two years from the January 2025 quote), response "紧急4H/一般8H/次日" (4 h);
#       黔云 is 12.8万 (caution zone) with "按等保三级要求设计" and "国密算法" (claims), no anti-fraud, 3 months then per
#       incident, weekdays; 黔云's colleague's 自动答复 is no quote; 滇池 (from a 163.com mailbox) is 8.8万 全包 with 等保
#       "没有做" and an installer bound to a domain; list numbers, dates and phone numbers beside amounts are not money.
# Analyst's reading: 成都蜀信科技有限公司 — 198,000 含税 after its discount, inside 18–25万, filing number, SM4, HTTPS,
#       RBAC, 12-month logs, PBoC (二代) + Baihang, credit report, scorecard risk model, anti-fraud, repayment, 12 months
#       with upgrades, free policy adaptation, 7×24, 2 h, lifetime consulting, in the contract, 2.5万/年, full source.
# ---------------------------------------------------------------------------------------------
def case_h02():
    buyer, buyer_at = "周宁", "zhouning@xiangxindai.com"
    subject = "【询价】个人信用贷业务系统源码采购（湘信小贷）"
    head = ["主题", "发件人", "发件人地址", "收件人", "发送时间", "正文", "附件"]
    sx, sx_at = "陈晓东", "chenxd@shuxin-tech.com"
    sx_sign = "陈晓东\n成都蜀信科技有限公司　销售总监\n手机：138 8045 6721"
    rows = [
        head,
        [subject, buyer, buyer_at, "陈晓东; 何建平; 杨帆; 李婷; dianchi_soft@163.com", "2025/1/8 9:12",
         "各位好：\n我司拟采购个人信用贷业务系统源码，要求：等保三级、敏感字段SM4加密、7×24小时支持、2小时内响应、"
         "免费维保不少于12个月，售后承诺写入合同。请于1月17日前回复含税报价及功能清单。\n\n周宁\n长沙湘信小额贷款有限公司　"
         "信息科技部\n0731-8523 6610", "询价需求说明.docx"],
        ["RE: " + subject, sx, sx_at, buyer, "2025/1/10 16:40",
         "周经理您好：\n感谢贵司邀请，我司报价如下：\n1. 个人信贷系统源码授权　16.5万元\n2. 部署实施及培训　4.5万元\n"
         "合计21万元（含13%增值税）。\n功能：征信查询（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈（设备指纹、"
         "黑名单）、还款计划与到期提醒、审批流、用户管理。\n安全：等保三级，备案证明编号51010043287-23006；身份证号、手机号、"
         "银行卡号SM4加密存储；全站HTTPS；RBAC角色权限；操作日志保存12个月。\n售后：免费维护12个月（含bug修复与小版本升级）；"
         "监管政策调整免费适配；7×24小时技术支持，2小时内响应；终身技术咨询；以上均写入合同；维保期满后每年2.5万元。\n"
         "源码：完整交付，无加密，可二次开发。\n\n此致\n" + sx_sign, "蜀信科技报价单.pdf"],
        ["RE: " + subject, "何建平", "hejp@bayushuke.cn", buyer, "2025/1/13 11:05",
         "周经理好！\n报价：源码授权18万元，实施及培训3万元，合计21万元（不含税，增值税另计）。\n"
         "功能：人行二代征信对接、百行征信对接、风控决策引擎、反欺诈（黑名单+设备指纹）、还款计划及短信提醒、多级审批、用户管理。\n"
         "安全：等保三级（证书有效期至2024年6月，目前复测中，预计3月出新证）；敏感数据SM4加密；HTTPS；角色权限；日志保存6个月。\n"
         "售后：维保至2026年12月31日，含缺陷修复和小版本升级；监管政策变化免费适配；7×24小时值班热线，响应时效：紧急4H/一般8H/"
         "次日；以上写入合同；维保期满后按合同额12%/年。\n源码：完整源码。\n\n何建平\n重庆巴渝数科有限公司　解决方案部\n"
         "手机 136 0830 2275", "巴渝数科_方案及报价.pdf"],
        ["自动答复: " + subject, "李婷", "liting@qianyun-net.com", buyer, "2025/1/13 11:06",
         "您好，我于1月13日至1月20日休假，期间业务请联系杨帆（139 8502 4417），谢谢！", ""],
        ["RE: RE: " + subject, buyer, buyer_at, sx, "2025/1/14 10:20",
         "陈总：方案我们认可，价格能否再优惠一些？另请确认反欺诈模块含在报价内、源码无加密。\n周宁", ""],
        ["RE: " + subject, "杨帆", "yangfan@qianyun-net.com", buyer, "2025/1/14 15:30",
         "周经理好，我司个人信贷系统报价12.8万元（含税），功能有征信查询、风控模型、还款管理、审批、用户管理。\n"
         "等保：系统按等保三级要求设计；数据采用国密算法加密，支持HTTPS，有角色权限。\n"
         "售后：免费维护3个月，之后按次收费（每次3000元）；工作日技术支持。源码可提供。\n\n杨帆\n"
         "贵阳黔云网络科技有限公司　商务经理\n电话 0851-8552 3170", "黔云报价.xlsx"],
        ["RE: RE: RE: " + subject, sx, sx_at, buyer, "2025/1/15 9:05",
         "周经理：经公司特批，合计优惠至19.8万元（含税），反欺诈模块已含在内，源码完整交付、无加密，其余条款不变。\n\n"
         + sx_sign, ""],
        ["RE: " + subject, "dianchi_soft", "dianchi_soft@163.com", buyer, "2025/1/15 20:47",
         "你好，我们这边小贷系统8.8万全包，含部署，征信、风控、还款都有。等保没有做，需要的话可以协助办理。"
         "维护半年，远程支持。系统给安装包加授权，绑定域名。\n--\n昆明滇池软件工作室　刘工　187 8806 3352", ""],
        ["FW: 各家报价汇总", buyer, buyer_at, "王总", "2025/1/16 8:50",
         "王总：四家回复如下，蜀信最终19.8万，巴渝21万未税，黔云12.8万，滇池8.8万。建议优先蜀信，巴渝等保证书过期需补。\n周宁",
         ""],
    ]
    write_csv("h_02_pc_outlook_mail_gbk.csv", rows, "gbk", CASES)


# ---------------------------------------------------------------------------------------------
# h_03  消费分期 — 运营总监 at a Guangzhou phone-installment lender lays out a one-page 对比 for the chairman (陈总) in
#       Excel, vendors as COLUMNS. Voice: a tidy manager's sheet, her note "几家答复相同的，单元格已合并" and a column of
#       her opinions at the foot. Layout: 项目 | four vendor columns; wherever adjacent vendors gave the same answer the
#       cells are MERGED across their columns ("HTTPS" across all four, "SM4…" across three, "有" across two to four);
#       the price label "报价合计（元）" is merged over two rows, the second row holding only 含税 / 不含税 (含税 merged
#       across two vendors); a 软件部分 row, a 硬件部分（服务器） row, a 选配 row and a 付款方式 row of percentages.
# Traps: the value of a merged cell belongs to every vendor it spans (B, C and D get HTTPS, RBAC, 有…); 羊城's 合计
#       304,000 includes two application servers (86,000) the lender does not buy — the note says it runs on 阿里云 and
#       compares software only: 218,000 含税; 松湖's 198,000 is 不含税 and its 分期计算器 (a must-have) is 选配
#       12,000（不含税）: (198,000 + 12,000) × 1.13 = 237,300; 付款方式 "3-6-1", "5-5", "4-6" and percentages are not
#       money; 顺德 is 128,000 with 等保 二级 and 订单跟踪 无 (fail), an AI bot; 积分商城 / 社交分享 are deferrable
#       extras; the 我的意见 row is the buyer's.
# Analyst's reading: 深圳极分科技有限公司 — 226,000 含税 inside 20–30万, filing number, SM4, HTTPS, RBAC, 12-month logs,
#       Baihang + Pudao, all installment must-haves, 12 months with upgrades, free policy adaptation, 7×24, 1 h, lifetime
#       consulting, in the contract, 2.6万/年, full source.
# ---------------------------------------------------------------------------------------------
H03_VENDORS = ["深圳极分科技有限公司", "广州羊城优分信息技术有限公司", "东莞松湖网络科技有限公司", "佛山顺德易购软件有限公司"]
H03_ROWS = [
    ("▍价格", None),
    ("软件部分（源码授权+实施+培训）", [("226,000", 1), ("218,000", 1), ("198,000", 1), ("128,000", 1)]),
    ("硬件部分（服务器）", [("—", 1), ("应用服务器2台 86,000（可选，客户自备可免）", 1), ("—", 2)]),
    ("报价合计（元）", [("226,000", 1), ("304,000", 1), ("198,000", 1), ("128,000", 1)]),
    (None, [("含税", 2), ("不含税", 1), ("含税", 1)]),
    ("选配（未含在合计内）", [("—", 2), ("分期计算器 12,000（不含税）", 1), ("—", 1)]),
    ("付款方式", [("3-6-1（签约30%/上线60%/验收10%）", 1), ("5-5（签约50%/验收50%）", 1), ("4-6（签约40%/上线60%）", 1),
              ("签约时一次付清", 1)]),
    ("▍资质与安全", None),
    ("等保三级", [("已取得（备案证明编号44030043592-23011）", 1), ("已取得（备案证明编号44010043377-22020）", 1),
              ("已取得（备案证明编号44190043468-23003）", 1), ("二级", 1)]),
    ("数据加密", [("SM4（身份证、手机号、银行卡号）", 3), ("AES", 1)]),
    ("传输加密", [("HTTPS", 4)]),
    ("权限管理", [("RBAC角色权限", 3), ("有", 1)]),
    ("日志保存", [("12个月", 1), ("6个月", 2), ("3个月", 1)]),
    ("征信接口", [("百行征信、朴道征信", 1), ("百行征信", 2), ("未对接", 1)]),
    ("▍功能", None),
    ("商品管理", [("有", 4)]),
    ("分期计算器", [("有", 2), ("选配（见上）", 1), ("有", 1)]),
    ("订单跟踪", [("有", 3), ("无", 1)]),
    ("还款管理", [("有", 4)]),
    ("审批流", [("有", 4)]),
    ("用户管理", [("有", 4)]),
    ("积分商城", [("无", 1), ("有（赠送）", 2), ("无", 1)]),
    ("社交分享", [("无", 2), ("有", 1), ("无", 1)]),
    ("智能客服机器人", [("无", 3), ("有", 1)]),
    ("▍售后", None),
    ("免费维护期", [("12个月", 3), ("3个月", 1)]),
    ("维护范围", [("bug修复+小版本升级", 1), ("仅bug修复", 1), ("bug修复+小版本升级", 1), ("仅bug修复", 1)]),
    ("监管政策适配", [("免费", 3), ("收费", 1)]),
    ("技术支持", [("7×24小时", 3), ("5×8", 1)]),
    ("响应时间", [("1小时内", 1), ("4小时内", 1), ("2小时内", 1), ("次日", 1)]),
    ("终身技术咨询", [("提供", 3), ("不提供", 1)]),
    ("承诺写入合同", [("是", 3), ("否", 1)]),
    ("维保期满年费", [("2.6万/年", 1), ("3万/年", 1), ("合同额12%/年", 1), ("按次收费", 1)]),
    ("源码交付", [("完整源码，可二次开发", 2), ("完整源码", 1), ("授权码绑定服务器", 1)]),
    ("我的意见", [("首选", 1), ("服务器不需要，去掉后21.8万", 1), ("不含税，计算器另收", 1), ("不考虑", 1)]),
]


def case_h03():
    wb, ws = new_sheet("对比", "分期系统四家对比（给陈总）　运营部 2025-01-17",
                       "说明：1. 我司系统部署在阿里云，不采购服务器等硬件，比较只看软件部分；2. 几家答复相同的，单元格已合并。")
    put_row(ws, 4, ["项目", *H03_VENDORS], font=BOLD, fill=GREY)
    r = 5
    for label, parts in H03_ROWS:
        if parts is None:
            put_row(ws, r, [label, "", "", "", ""], font=BOLD, fill=GREEN)
        elif label is None:
            # the tax row under 报价合计: no label of its own, the label cell above is merged down over it
            spans(ws, r, None, parts)
            ws.merge_cells(start_row=r - 1, start_column=1, end_row=r, end_column=1)
        else:
            spans(ws, r, label, parts)
        r += 1
    widths(ws, [26, 26, 30, 26, 26])
    ws.freeze_panes = "B5"
    wb.save(CASES / "h_03_ci_merged_across_vendors.xlsx")


# ---------------------------------------------------------------------------------------------
# h_04  商户经营贷 — the IT lead (an expatriate, M. Keller) of a Sino-foreign micro-loan company in the Shanghai FTZ
#       keeps a bilingual comparison: vendors answered partly in English, partly in Chinese, and he copied them as
#       given, so most cells mix both ("Yes 是 – 备案证明编号…", "12 months 12个月, bug fixes only 仅修复bug", "4H").
#       Layout: transposed — "Item 项目" down column A (bilingual labels), one column per vendor (Chinese company names),
#       a "Remarks 备注 (IT)" row at the foot; a note line says the company buys the source outright and that
#       subscription (年费模式) prices are for reference only.
# Traps: 金鸡湖 offers "年费模式 Subscription CNY 96,000/yr (no source)" AND "一次性买断 Buy-out CNY 276,000 含税" in one
#       cell: the buy-out is what is bought (276,000), the subscription fee is neither the price nor the yearly fee
#       after warranty (that is "15% of buy-out p.a." = 41,400); 西溪's CNY 265,000 is excl. VAT and its bank-statement
#       analysis (a must-have) is optional +CNY 30,000 excl. VAT: (265,000 + 30,000) × 1.13 = 333,350, and its 等保 is
#       "Level 3 – 有效期至2024年6月 expired Jun 2024，复测中" (lapsed: claimed, unverified); 金鸡湖's Open API option is not
#       bought; 紫金山 is CNY 135,000 with 等保 二级 Level 2 (fail), AES, no access control, 3-month logs, licence bound to
#       a server; the IT lead's remarks are not vendor statements.
# Analyst's reading: 上海浦江数科有限公司 — CNY 298,000 含税 (buy-out with source) inside 25–35万, filing number, SM4,
#       TLS, RBAC, 12-month logs, PBoC + Baihang, all three merchant must-haves, 12 months with upgrades, free
#       regulatory adaptation, 24/7, within 1 h, lifetime consulting, in the contract, CNY 32,000 a year, full source.
# ---------------------------------------------------------------------------------------------
H04_VENDORS = ["上海浦江数科有限公司", "苏州金鸡湖软件有限公司", "杭州西溪云算科技有限公司", "南京紫金山网络科技有限公司"]
H04_ROWS = [
    ("Price 报价", [
        "CNY 298,000 含税 incl. VAT（一次性买断 perpetual licence, source included 含源码）",
        "年费模式 Subscription: CNY 96,000/yr（不含源码 no source）；一次性买断 Buy-out: CNY 276,000 含税 incl. VAT"
        "（含源码 with source）",
        "CNY 265,000 excl. VAT 不含税", "一次性买断 Buy-out CNY 135,000 含税"]),
    ("Implementation 实施培训", ["Included 已含"] * 4),
    ("Optional modules 选配", [
        "—", "Open API 开放平台 +CNY 20,000 (optional, not needed 暂不需要)",
        "银行流水分析 Bank-statement analysis +CNY 30,000 excl. VAT 不含税", "—"]),
    ("MLPS Level 3 等保三级", [
        "Yes 是 – 备案证明编号 31011543266-23015", "Yes 已取得 – filing no. 32050043417-22010",
        "Level 3 三级 – 有效期至2024年6月 expired Jun 2024，复测中 re-assessment in progress", "二级 Level 2 only"]),
    ("Field encryption 数据加密", [
        "SM4 国密 on ID / mobile / bank card 身份证、手机号、银行卡", "SM4", "SM4 字段加密", "AES-256"]),
    ("HTTPS / TLS 传输加密", ["Yes 是 (TLS 1.2)"] * 4),
    ("Access control 权限管理", ["RBAC 角色+数据权限", "RBAC", "RBAC 角色权限", "No 无 – shared admin account 共用管理员"]),
    ("Audit log retention 日志保存", ["12 months 12个月", "6 months 6个月", "12 months 12个月", "3 months 3个月"]),
    ("Credit bureau 征信接口", [
        "PBoC 人行企业征信 + Baihang 百行征信", "百行征信 Baihang", "人行企业征信 PBoC", "Not connected 未对接"]),
    ("Modules included 功能模块", [
        "企业征信 enterprise credit, 银行流水分析 bank-statement analysis, 电子合同 e-contract, 审批流 approval workflow, "
        "还款管理 repayment, 用户管理 user mgmt, 数据大屏 BI dashboard",
        "企业征信 enterprise credit, 流水分析 statement analysis, 合同管理 contract mgmt, 审批流 approval workflow, "
        "还款管理 repayment, 用户管理 user mgmt",
        "企业征信 enterprise credit, 电子合同 e-contract, 审批流 approval workflow, 还款管理 repayment, 用户管理 user mgmt "
        "(流水分析 optional 选配, see above)",
        "企业征信 enterprise credit, 电子合同 e-contract, 审批流 approval workflow, 还款管理 repayment, 用户管理 user mgmt"]),
    ("Free maintenance 免费维保", [
        "12 months 12个月, incl. minor upgrades 含小版本升级", "12 months 12个月, bug fixes only 仅修复bug",
        "18 months 18个月, incl. upgrades 含升级", "3 months 3个月, bug fixes only 仅修复bug"]),
    ("Regulatory change 政策适配", [
        "Free 免费", "重大政策调整另行报价 major changes quoted separately", "Free 免费", "Charged 收费"]),
    ("Support hours 技术支持", ["24/7 7×24", "Weekdays 工作日 5×8", "24/7 7×24", "Weekdays 工作日"]),
    ("Response time 响应时间", ["≤1h 1小时内", "4H", "2 hrs 2小时内", "Next day 次日"]),
    ("Lifetime consulting 终身技术咨询", ["Yes 提供", "Yes 提供", "Yes 提供", "No 不提供"]),
    ("Written into contract 写入合同", ["Yes 是", "Yes 是", "Yes 是", "No 否 (verbal 口头承诺)"]),
    ("After warranty 维保期满后", [
        "CNY 32,000/yr 每年3.2万", "15% of buy-out price p.a. 买断价的15%/年", "CNY 30,000/yr 每年3万", "按次收费 per incident"]),
    ("Source code 源码", [
        "Full source 完整源码, no encryption 无加密", "Buy-out: full source 完整源码 (subscription: none)",
        "Full source 完整源码", "Licence bound to server 授权绑定服务器"]),
    ("Remarks 备注 (IT)", [
        "Best fit, certificate checked 已核证书", "Take buy-out, not subscription; service weak",
        "Cert expired – wait for new one", "Not acceptable 不考虑"]),
]


def case_h04():
    wb, ws = new_sheet("Comparison 比较",
                       "Vendor comparison 供应商比较 – Merchant lending system 经营贷系统 (source purchase 源码采购)",
                       "Prepared by IT Lead 信息科技负责人 M. Keller, 2025-01-21. Vendor answers copied as given 按供应商原文.",
                       "We buy the source outright 本次一次性买断源码; subscription 年费模式 prices for reference only 仅供参考.")
    put_row(ws, 5, ["Item 项目", *H04_VENDORS], font=BOLD, fill=GREY)
    for i, (label, answers) in enumerate(H04_ROWS):
        put_row(ws, 6 + i, [label, *answers], fill=YELLOW if label.startswith("Remarks") else None)
    widths(ws, [30, 40, 44, 40, 36])
    ws.freeze_panes = "B6"
    wb.save(CASES / "h_04_ml_bilingual_buyout.xlsx")


# ---------------------------------------------------------------------------------------------
# h_05  个人信用贷 (en) — Group Finance in Kuala Lumpur keeps a vendor submission log for its Chengdu personal-credit
#       subsidiary and saves it as a plain UTF-8 CSV. Voice: a finance controller's register ("as submitted", "not part
#       of this purchase"). Layout: LONG — Vendor | Section | Item | Response | Amount (CNY) | Tax basis | Reviewer note;
#       each vendor a run of rows: its Pricing lines (licence, implementation, a "Total quoted", a recurring maintenance
#       line), any Hardware and Optional lines, then Compliance, Modules, Service and Source rows whose answer is in
#       Response; two title/note lines above the header.
# Traps: Qinling's "Total quoted" 276,000 includes servers (96,000) the buyer does not buy — the note line says the
#       system runs on its Alibaba Cloud tenancy: software only, 180,000 excl. VAT × 1.13 = 203,400; Yuzhong's risk model
#       (a must-have) is an Optional line +25,000 incl. VAT on a 194,000 total: 219,000, while its marketing-plugins
#       option (+15,000, deferrable) is not bought; Yuzhong's MLPS is "assessment in progress" (unverified); the
#       recurring "Maintenance from year 2" lines are the yearly fee, not part of the price; "20 person-days", "x2" are
#       quantities; Qianling is 88,000 all-in with no MLPS, no risk model, a single admin account and a domain-bound
#       licence; the Reviewer note column is the buyer's.
# Analyst's reading: Chengdu Tianfu Xinke Technology Co., Ltd. — CNY 210,000 incl. VAT inside 18–25万, filing
#       certificate, SM4, HTTPS, RBAC, 12-month logs, PBoC + Baihang, credit report, scorecard risk model, anti-fraud,
#       repayment, 12 months with upgrades, free regulatory adaptation, 24/7, 2 h, lifetime consulting, in the contract,
#       CNY 24,000 a year after, full source.
# ---------------------------------------------------------------------------------------------
H05_ITEMS = [("Compliance", item) for item in ("MLPS Level 3", "Field encryption", "Transport encryption",
                                             "Access control", "Audit log retention", "Credit bureau")]
H05_ITEMS += [("Modules", "Included modules")]
H05_ITEMS += [("Service", item) for item in ("Free maintenance", "Regulatory change adaptation", "Support hours",
                                          "Response time", "Lifetime technical consulting", "Commitments in contract")]
H05_ITEMS += [("Source", "Source code delivery")]


def _h05_vendor(name: str, pricing: list[list[str]], answers: list[str]) -> list[list[str]]:
    """A vendor's run of rows: its pricing lines as submitted, then one answer per item of the log's fixed list."""
    rows = [[name, *p] for p in pricing]
    rows += [[name, section, item, response, "", "", ""]
             for (section, item), response in zip(H05_ITEMS, answers, strict=True)]
    return rows


def case_h05():
    head = ["Vendor", "Section", "Item", "Response", "Amount (CNY)", "Tax basis", "Reviewer note"]
    n = len(head)
    rows = [
        ["Loan origination system (personal credit) - vendor submission log", *[""] * (n - 1)],
        ["Group Finance (KL) for Chengdu subsidiary; source-code purchase. The system runs on our existing Alibaba "
         "Cloud tenancy: hardware lines are recorded as submitted but are NOT part of this purchase.",
         *[""] * (n - 1)],
        head,
    ]
    rows += _h05_vendor("Chengdu Tianfu Xinke Technology Co., Ltd.", [
        ["Pricing", "Source code licence", "Perpetual, full source", "168,000", "incl. VAT", ""],
        ["Pricing", "Implementation & training", "20 person-days on site", "42,000", "incl. VAT", ""],
        ["Pricing", "Total quoted", "", "210,000", "incl. VAT", "Matches signed quotation"],
        ["Pricing", "Maintenance from year 2", "per year, after free period", "24,000", "incl. VAT", ""],
    ], [
        "Certified - filing certificate no. 51010043722-23004", "SM4 on ID number, mobile and bank card fields",
        "HTTPS (TLS 1.2+)", "Role-based (RBAC) with data scopes", "12 months",
        "PBoC Credit Reference Center; Baihang Credit",
        "Credit report query; scorecard risk model; anti-fraud (device fingerprint, blacklist); repayment schedule & "
        "reminders; approval workflow; user management",
        "12 months incl. bug fixes and minor version upgrades", "Free of charge", "24/7", "Within 2 hours", "Yes",
        "All service commitments written into the contract", "Full source, unencrypted, may be modified",
    ])
    rows += _h05_vendor("Xi'an Qinling Data Technology Co., Ltd.", [
        ["Pricing", "Source code licence", "", "150,000", "excl. VAT", ""],
        ["Pricing", "Implementation", "", "30,000", "excl. VAT", ""],
        ["Hardware", "Application servers x2, database server x1", "Dell R750, 3-year warranty", "96,000", "excl. VAT",
         "Not required - we host on Alibaba Cloud"],
        ["Pricing", "Total quoted", "", "276,000", "excl. VAT", "Includes hardware"],
        ["Pricing", "Annual support after warranty", "per year", "20,000", "excl. VAT", ""],
    ], [
        "Certified - filing no. 61010043158-22011", "AES-256", "HTTPS", "Role-based", "6 months", "Baihang Credit",
        "Credit report query; risk model (rules engine); repayment management; approval workflow; user management",
        "6 months, bug fixes only", "Minor changes free; major changes quoted separately", "Mon-Fri 9:00-18:00",
        "4 hours", "Not offered", "Yes", "Full source",
    ])
    rows += _h05_vendor("Chongqing Yuzhong Fintech Co., Ltd.", [
        ["Pricing", "Source code licence", "", "158,000", "incl. VAT", ""],
        ["Pricing", "Implementation & training", "", "36,000", "incl. VAT", ""],
        ["Pricing", "Total quoted", "", "194,000", "incl. VAT", "Risk model not in total"],
        ["Optional", "Risk model (scorecard + rules engine)", "Optional module, not in total", "25,000", "incl. VAT",
         "We need this"],
        ["Optional", "Marketing plugins", "Optional module, not in total", "15,000", "incl. VAT", "Not now"],
        ["Pricing", "Maintenance from year 2", "per year", "26,000", "incl. VAT", ""],
    ], [
        "Assessment in progress - assessor on site, filing expected April 2025", "SM4", "HTTPS", "RBAC", "12 months",
        "Baihang Credit; Pudao Credit",
        "Credit report query; anti-fraud; repayment management; approval workflow; user management",
        "12 months incl. minor upgrades", "Free", "24/7", "1 hour", "Yes", "Yes", "Full source",
    ])
    rows += _h05_vendor("Guiyang Qianling Software Studio", [
        ["Pricing", "All-in package (source + deployment)", "", "88,000", "incl. VAT", ""],
        ["Pricing", "Total quoted", "", "88,000", "incl. VAT", "Too cheap"],
    ], [
        "No", "None", "HTTPS", "Single admin account", "3 months", "Not connected",
        "Loan application; credit report query; repayment management; back-office approval; user management",
        "3 months", "Charged per change", "Business hours", "Next business day", "No", "No - verbal only",
        "Licence key bound to domain",
    ])
    write_csv("h_05_pc_en_submission_log.csv", rows, "utf-8", CASES)


# ---------------------------------------------------------------------------------------------
# h_06  消费分期 — the 磋商小组 (negotiation panel) of 江西赣鄱小额贷款 records a 竞争性磋商 in three rounds. Voice:
#       procurement minutes ("维持第二轮报价", "磋商小组记录", signatures). Layout: one row per supplier; 首轮报价（万元）|
#       第二轮报价（万元）| 最终报价（万元）| 最终报价说明 | packed 资质与安全 | 功能模块 | 售后服务承诺 | 源码交付 |
#       磋商小组记录; a 报价均为含税价 line under the title; signatures at the foot.
# Traps: only the final round counts — 庐山云's 最终报价 is "同第二轮" (22.8万 = 228,000), not 25.0; 客家's final 13.8万 is
#       in the caution zone but "不含订单跟踪模块，如需另加3万元" and 订单跟踪 is a must-have: 138,000 + 30,000 = 168,000
#       (no under-15万 flag), its 等保 "三级测评中" (unverified); 三清's first round 12.0 is above 10万 but its final 9.5
#       is below (fail); 庐山云's maintenance is a date ("维保至2026年12月31日", about 23 months from January 2025), its
#       response is tiered "4H/8H/次日（按故障等级）" (4 h), its major policy changes are 另行报价 and it gives no lifetime
#       consulting; "10%/年" of the contract; 积分商城 is a deferrable extra; the panel's notes are the buyer's.
# Analyst's reading: 南昌赣江分期科技有限公司 — final 23.6万 = 236,000 含税 inside 20–30万, filing number, SM4, HTTPS, RBAC,
#       12-month logs, Baihang + Pudao, all installment must-haves, 12 months with upgrades, free policy adaptation,
#       7×24, 1 h, lifetime consulting, in the contract, 2.4万 a year, full source.
# ---------------------------------------------------------------------------------------------
def case_h06():
    wb, ws = new_sheet("磋商记录", "竞争性磋商报价记录表",
                       "项目：消费分期业务系统源码采购　采购人：江西赣鄱小额贷款股份有限公司　磋商日期：2025年1月16日",
                       "说明：报价均为含税价；三轮报价当场记录，以最终报价为准。")
    put_row(ws, 4, ["序号", "供应商", "首轮报价（万元）", "第二轮报价（万元）", "最终报价（万元）", "最终报价说明",
                    "资质与安全", "功能模块", "售后服务承诺", "源码交付", "磋商小组记录"], font=BOLD, fill=GREY)
    rows = [
        [1, "南昌赣江分期科技有限公司", "26.8", "24.5", "23.6", "含部署实施、培训",
         "等保三级（备案证明编号36010043518-23007）；身份证号、手机号SM4加密；全站HTTPS；RBAC权限；操作日志保存12个月；"
         "已接入百行征信、朴道征信",
         "商品管理、分期计算器、订单跟踪、还款管理、审批流、用户管理",
         "免费维护12个月（含bug修复及小版本升级）；监管政策调整免费适配；7×24小时技术支持，1小时内响应；终身技术咨询；"
         "以上写入合同；期满后年维护费2.4万元",
         "完整源码，无加密，可二次开发", "演示流畅，同意进入最终报价"],
        [2, "九江庐山云软件有限公司", "25.0", "22.8", "同第二轮", "维持第二轮报价",
         "等保三级（备案证明编号36040043206-22012）；SM4加密；HTTPS；角色权限；日志保存6个月；百行征信",
         "商品管理、分期试算、订单管理、还款管理、审批、用户管理、积分商城",
         "维保至2026年12月31日（含小版本升级）；一般政策调整免费，重大政策调整另行报价；7×24小时热线；"
         "响应时效：4H/8H/次日（按故障等级）；不提供终身技术咨询；写入合同；期满后按合同额10%/年",
         "完整源码", "最终报价未再让价"],
        [3, "赣州客家数码科技有限公司", "19.8", "16.6", "13.8", "最终报价不含订单跟踪模块，如需另加3万元",
         "等保三级测评中，预计2025年4月取得备案证明；SM4加密；HTTPS；RBAC；日志保存12个月；百行征信",
         "商品管理、分期计算器、还款管理、审批流、用户管理；订单跟踪（选配，另加3万元）",
         "免费维护12个月（含升级）；政策调整免费；7×24小时，2小时内响应；终身技术咨询；写入合同；期满年费2万元",
         "完整源码", "要求补充等保证明；订单跟踪须包含"],
        [4, "上饶三清网络工作室", "12.0", "9.8", "9.5", "全包价",
         "等保：无；数据未加密；HTTPS；单一管理员账号；日志保存3个月；未对接征信",
         "商品管理、分期计算器、订单管理、还款管理",
         "免费维护3个月，仅修bug；政策调整另收费；工作日支持，次日响应；无终身技术咨询；不写入合同",
         "仅提供安装包（授权绑定域名）", "价格过低，存疑"],
    ]
    for i, row in enumerate(rows):
        put_row(ws, 5 + i, row)
    ws.cell(row=10, column=1, value="磋商小组：刘明（组长）、黄蓉、邓超　　监督：纪检 彭丽　　记录：万芳")
    widths(ws, [6, 26, 12, 12, 12, 26, 44, 36, 52, 22, 24])
    wb.save(CASES / "h_06_ci_cuoshang_rounds.xlsx")


if __name__ == "__main__":
    case_h01()
    case_h02()
    case_h03()
    case_h04()
    case_h05()
    case_h06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("h_0*") if p.suffix != ".toml")))
