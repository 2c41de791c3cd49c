"""Build the "d" case files (six multi-vendor quote comparisons, a blind holdout until the session that read them).

Written from the outside: the cell wording is what vendors and buyers would write; the expected
reading of every file is in the matching d_0N_*.toml beside it (written before this script ran).

Run:  .venv/bin/python tests/cases/make_cases_d.py
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook
from case_sheet import BLUE, BOLD, BOX, CENTER, GREY, TITLE, YELLOW, put_row, widths  # beside this script

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# d_01  个人信用贷 — 采购评审小组第一轮打分底稿: criteria down the left, a merged 评审维度 column,
#       one column per vendor, a 小计（初评分） row after every block, 初评总分 / 评审组意见 / 注 at the foot.
# ---------------------------------------------------------------------------------------------
def case_d01():
    wb = Workbook()
    ws = wb.active
    ws.title = "评审底稿"
    vendors = ["蓉信科技", "汇诚数科", "博创软件", "云帆金服"]
    ncol = 2 + len(vendors)

    ws.cell(row=1, column=1, value="个人信用贷系统源码采购项目 —— 评审小组第一轮打分底稿（草稿，勿外传）").font = TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=1,
            value="评审日期：2024年6月18日　　金额单位：元（除注明外）　　"
                  "评委：风险管理部 周岚、信息科技部 邱海、财务部 林娜")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    put_row(ws, 3, ["评审维度", "评审要点", *vendors], font=BOLD, fill=GREY, align=CENTER)

    blocks = [
        ("一、商务报价", [
            ("投标报价", ["228,000（含税）", "198,000（含税）", "200,000（不含税）",
                         "免费（开源社区版，商用授权费另议）"]),
            ("报价构成", ["源码授权 168,000；部署实施 40,000；培训 20,000", "一口价，含部署",
                         "源码 160,000；实施 40,000；税费另计", "—"]),
            ("维保期满后收费", ["按合同金额12%/年", "维保期满后年服务费2万元", "按次收费，每次5,000元", "—"]),
        ], ("小计（初评分，满分20）", [15, 18, 14, 5])),
        ("二、合规与安全", [
            ("等保三级", ["已取得（备案证明编号 51010099021-24001，2024年3月出证）",
                        "产品按等保三级要求开发，可协助客户完成测评",
                        "已取得，证书编号 51019943107-23002", "暂无"]),
            ("敏感数据加密", ["身份证号、手机号、银行卡号SM4字段级加密", "采用国密算法加密",
                          "SM3摘要存储", "无"]),
            ("传输加密", ["全站HTTPS（TLS 1.2及以上）", "HTTPS", "HTTPS", "无"]),
            ("权限管理", ["RBAC角色权限，细化到按钮和数据范围", "有，角色权限", "无", "无"]),
            ("日志审计", ["操作日志保存12个月，异常行为告警可追溯", "保存6个月", "保存3个月", "无"]),
            ("征信接口", ["已对接百行征信、朴道征信", "可对接各类征信机构", "百行征信", "无"]),
        ], ("小计（初评分，满分30）", [26, 27, 17, 3])),
        ("三、业务功能", [
            ("功能清单", ["征信对接、决策引擎、反欺诈规则库、还款计划及到期提醒、审批流、用户管理",
                        "征信查询、智能风控、反欺诈、还款管理、审批流、营销插件、会员体系、智能客服",
                        "征信查询、风控模型、还款管理、风控审批、用户管理",
                        "用户管理、还款管理、借款申请"]),
        ], ("小计（初评分，满分20）", [18, 20, 15, 6])),
        ("四、售后服务", [
            ("售后服务承诺", ["免费维护12个月（含bug修复与小版本升级）；监管政策变化适配不收费；"
                          "7×24小时值班，2小时内响应；终身技术咨询；以上条款写入合同",
                          "终身免费维护，7×24小时，30分钟响应",
                          "免费维护6个月，仅限故障修复；工作日9:00-18:00支持，4小时内响应；政策适配另计",
                          "社区论坛支持"]),
        ], ("小计（初评分，满分20）", [16, 19, 10, 2])),
        ("五、源码交付", [
            ("交付方式", ["完整源码，无加密，可二次开发", "完整源码交付", "部分源码，风控核心加密",
                        "开源（GPL协议）"]),
        ], ("小计（初评分，满分10）", [9, 8, 5, 6])),
    ]
    r = 4
    totals = [0] * len(vendors)
    for name, rows, (sub_label, sub) in blocks:
        start = r
        for label, vals in rows:
            put_row(ws, r, [None, label, *vals])
            ws.cell(row=r, column=2).font = BOLD
            r += 1
        put_row(ws, r, [None, sub_label, *sub], font=BOLD, fill=YELLOW, align=CENTER)
        totals = [a + b for a, b in zip(totals, sub)]
        r += 1
        ws.cell(row=start, column=1, value=name)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).alignment = CENTER
        ws.cell(row=start, column=1).font = BOLD
        ws.cell(row=start, column=1).fill = BLUE
        for rr in range(start, r):
            ws.cell(row=rr, column=1).border = BOX
    assert totals == [84, 92, 61, 22], totals
    put_row(ws, r, ["初评总分（满分100）", None, *totals], font=BOLD, fill=YELLOW, align=CENTER)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    r += 1
    put_row(ws, r, ["评审组意见", None, "汇诚数科得分最高，建议优先进入商务谈判；蓉信科技次之。（待复核）"], font=BOLD)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=ncol)
    r += 2
    ws.cell(row=r, column=1, value="注：1. 分值为三位评委初评平均分，未经复核；2. 供应商答复照录，证书原件未核验。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    widths(ws, [14, 20, 34, 30, 30, 26])
    ws.freeze_panes = "C4"
    wb.save(HERE / "d_01_pc_committee_draft.xlsx")


# ---------------------------------------------------------------------------------------------
# d_02  商户经营贷 — 信息科技部王工 pasted every vendor's e-mail replies, split by topic, one cell
#       per vendor per topic (headers, salutations, signatures with phone numbers left in).
# ---------------------------------------------------------------------------------------------
def case_d02():
    wb = Workbook()
    ws = wb.active
    ws.title = "邮件回复汇总"
    vendors = ["厦门鹭岛信息科技有限公司", "金桥万通软件有限公司", "深圳中润软件有限公司",
               "速贷云科技有限公司", "北京华商数据技术有限公司"]
    topics = {
        "报价": [
            "Re: 【询价】商户经营贷系统源码报价\n发件人：陈思远 <chensy@ludao-tech.cn>\n"
            "发送时间：2024年4月12日 10:31\n\n王工您好：\n感谢垂询。我司商户经营贷版本报价明细如下：\n"
            "1. 源码授权费 22万元\n2. 部署实施费 4.6万元\n3. 培训及上线陪跑 3万元\n"
            "合计 29.6万元（含13%增值税）。\n\n陈思远\n鹭岛信息 销售总监\n手机：139 5921 0736",

            "回复：小贷系统报价\n发件人：金桥万通-小刘 <sales03@jqwt.com>\n时间：2024-04-11 16:48\n\n"
            "王总好！我们商户贷系统现在做活动，含税只要25.8万！比同行便宜好几万，"
            "而且永久免费维护，后期完全不用再花钱～\n\n刘洋 电话 186-2055-7314",

            "RE: 询价-商户经营贷系统\nFrom: 中润软件 商务部 孙敏\nDate: 2024/4/15 14:20\n\n王工好，\n"
            "按贵司需求报价如下（以下金额均不含税）：\n标准版源码及实施：27万元\n"
            "电子合同模块：选配，另加3万元\n税费按开票时税率另计。\n\n孙敏 0755-8632 1190",

            "Re: 报价\n发件人：速贷云 <bd@sudaiyun.net>\n\n您好，我们商户贷套餐13.6万（含税），"
            "性价比最高，最快一周上线。",

            "回复: 商户经营贷系统询价\n发件人：华商数据 解决方案部 <solution@hsdata.com.cn>\n\n"
            "王工您好，感谢关注。项目价格需结合贵司规模及部署方式评估，面议，欢迎来电或约时间上门交流。",
        ],
        "等保及数据安全": [
            "Re: Re: 【询价】商户经营贷系统源码报价\n发件人：陈思远\n发送时间：2024年4月13日 09:05\n\n"
            "王工，补充资质情况：\n· 等保三级：2023年11月取得，备案证明编号 35020013047-23001（扫描件随附）\n"
            "· 敏感字段（手机号、身份证号、银行卡号）数据库层SM4加密\n· 全站HTTPS\n"
            "· 权限管理：RBAC，支持按机构/岗位分配\n· 操作日志保存12个月，异常登录与批量导出告警\n"
            "· 征信：已接入人行征信中心、百行征信\n如需核验证书原件，可约时间现场查看。",

            "王总，安全这块您放心：\n我们的系统完全符合等保三级标准，数据用国密加密，"
            "征信这块支持接入主流征信机构，权限、日志这些都是标配。",

            "资质：等保三级（2022年取得，2024年已复测），备案编号 44030013355-22008。\n"
            "加密：身份证号/手机号SM4，传输HTTPS。\n权限：按角色分配。\n日志：保存6个月。\n征信：对接百行征信。",

            "等保：二级（已备案）。\n数据加密用AES-256。\n权限管理：无（后台一个管理员账号）。\n日志保存3个月。",

            "等保三级证书编号 11010143226-23004（2023年取得）；SM4字段加密；HTTPS；角色权限；"
            "操作日志保存12个月；对接人行征信中心。",
        ],
        "功能模块": [
            "王工：商户贷版本包含以下模块：企业征信查询、银行流水解析、电子签约（CFCA证书）、授信审批流、"
            "还款计划与提醒、用户管理、数据大屏。数据大屏可按需关闭。",

            "企业征信、流水分析、电子合同、贷后管理、还款提醒、审批流、API开放平台，商户贷该有的都有！",

            "标准版：企业征信、银行流水分析、审批流、还款管理、用户管理；电子合同为选配模块（见报价邮件）。",

            "企业征信、电子合同、还款管理、审批",

            "企业征信、银行流水分析、电子合同、审批流、还款管理、用户管理",
        ],
        "售后服务": [
            "售后条款（将作为合同附件）：\n1）首年免费维护，含缺陷修复和小版本升级；\n"
            "2）因监管政策变化需要的调整，免费适配；\n3）7×24小时热线，2小时内指定工程师响应；\n"
            "4）终身技术咨询；\n5）维保期满后年服务费3.5万元。\n以上均写入合同。",

            "永久免费维护！7×24小时在线，微信群里随时响应，一般半小时内回复。",

            "免费维护期6个月，仅修复系统故障，版本升级另计；工作日（5×8）技术支持，4小时内响应；"
            "如遇重大政策调整，适配工作另行报价。",

            "免费维护3个月，之后按次收费（每次5000元）。工作时间支持。",

            "免费维护12个月（含升级）；7×24小时；2小时内响应；政策适配免费。",
        ],
        "源码交付": [
            "交付完整源代码、数据库脚本和部署文档，无加密、无授权锁，可自行二次开发。",
            "源码交付（核心模块加密，保护知识产权）",
            "核心风控引擎以加密包形式提供，其余模块开放源码。",
            "提供安装包，授权绑定服务器。",
            "完整源码",
        ],
        "王工备注": [
            "资料最全，证书已看扫描件",
            "区间内报价最低，销售很热情",
            "注意是不含税",
            "太便宜，慎重",
            "没给价格，要再催",
        ],
    }
    ws.cell(row=1, column=1, value="商户经营贷系统源码询价 —— 各供应商邮件回复原文（按主题拆分，未删改）").font = TITLE
    ws.cell(row=2, column=1, value="整理：信息科技部 王振　2024-04-20")
    put_row(ws, 3, ["主题", *vendors], font=BOLD, fill=GREY, align=CENTER)
    r = 4
    for topic, cells in topics.items():
        put_row(ws, r, [topic, *cells])
        ws.cell(row=r, column=1).font = BOLD
        r += 1
    widths(ws, [12, 46, 40, 42, 34, 40])
    wb.save(HERE / "d_02_ml_email_threads.xlsx")


# ---------------------------------------------------------------------------------------------
# d_03  消費分期 — a Hong Kong group's procurement desk, Traditional Chinese, one row per vendor,
#       a merged group-header row over a field-header row, footnotes (註) under the table.
# ---------------------------------------------------------------------------------------------
def case_d03():
    wb = Workbook()
    ws = wb.active
    ws.title = "供應商比較"
    ws.cell(row=1, column=1, value="深圳附屬公司 消費分期系統源碼採購 —— 供應商比較表").font = TITLE
    ws.cell(row=2, column=1, value="編製：集團採購部（香港）　版本：2024年5月　幣別：人民幣")
    groups = [("供應商", 1, 2), ("報價", 3, 4), ("資安合規", 5, 9), ("功能模組", 10, 10),
              ("售後維護", 11, 13), ("源碼", 14, 14), ("備註", 15, 15)]
    for name, a, b in groups:
        c = ws.cell(row=4, column=a, value=name)
        c.font, c.fill, c.alignment = BOLD, BLUE, CENTER
        for cc in range(a, b + 1):
            ws.cell(row=4, column=cc).border = BOX
        if b > a:
            ws.merge_cells(start_row=4, start_column=a, end_row=4, end_column=b)
    header = ["供應商名稱", "所在地", "報價", "稅務", "等保三級", "個資加密", "傳輸加密", "權限管理",
              "日誌保存", "功能模組", "維護保固", "技術支援", "政策調整", "源碼交付", "備註"]
    put_row(ws, 5, header, font=BOLD, fill=GREY, align=CENTER)
    rows = [
        ["港灣數碼科技", "深圳南山", "24.5萬", "含稅",
         "已取得（2023年9月，備案證明編號 44030043211-23005）", "手機號、身分證號 SM4 加密", "全站 HTTPS",
         "角色權限（RBAC）", "12個月",
         "商品管理、分期試算、訂單跟蹤、還款管理、審批流程、用戶管理",
         "首年免費維護（含錯誤修正及小版本升級），期滿後年費3萬元", "7×24，2小時內回應",
         "監管政策調整免費配合，已寫入合約", "完整源碼交付，可二次開發", "集團IT已核對證書影本"],
        ["寶島金融科技", "台北／廈門", "21.8萬", "含稅",
         "符合等保三級規範", "採用國密演算法", "HTTPS", "有", "依客戶需求",
         "商品管理、分期計算器、訂單跟蹤、區塊鏈存證、智能客服機器人",
         "永久免費維護", "全年無休，即時回應", "免費", "提供原始碼", "簡報做得很漂亮"],
        ["恆豐軟件", "東莞", "13.9萬", "含稅",
         "已取得（2023年6月，備案證明編號 44190043305-23002）", "手機號、身分證號 SM4 加密", "全站 HTTPS",
         "角色權限（RBAC）", "12個月",
         "商品管理、分期試算、訂單跟蹤、還款管理、審批流程、用戶管理",
         "首年免費維護（含錯誤修正及小版本升級），期滿後年費3萬元", "7×24，2小時內回應",
         "監管政策調整免費配合，已寫入合約", "完整源碼交付，可二次開發", "報價最低"],
        ["星匯資訊", "廣州", "26萬", "未稅",
         "已取得等保三級（證書編號 44010043890-22011）", "SM3 雜湊 + AES-256", "HTTPS", "角色權限", "6個月",
         "商品管理、訂單跟蹤、還款管理、審批流程；分期計算器為選配，另加3萬（未稅）",
         "保固6個月，僅修正錯誤，不含升級", "週一至週五 9:00-18:00，4小時內回應",
         "重大法規調整另行報價", "僅授權使用，綁定伺服器", ""],
        ["樂購雲", "佛山", "19.8萬", "含稅",
         "二級", "無", "HTTPS", "無", "3個月",
         "商品管理、分期計算器、訂單跟蹤、還款管理",
         "免費維護3個月", "5×8", "另計", "部分源碼", ""],
    ]
    r = 6
    for row in rows:
        put_row(ws, r, row)
        r += 1
    r += 1
    for note in ["註1：「萬」＝人民幣10,000元。",
                 "註2：「未稅」報價簽約時須另加增值稅（軟體產品銷售稅率13%）。",
                 "註3：本表依各供應商書面回覆整理，措辭照錄。"]:
        ws.cell(row=r, column=1, value=note)
        r += 1
    widths(ws, [14, 10, 9, 7, 30, 22, 11, 14, 10, 40, 34, 22, 24, 22, 18])
    wb.save(HERE / "d_03_ci_hk_traditional.xlsx")


# ---------------------------------------------------------------------------------------------
# d_04  商户经营贷 — an advisory firm's English comparison (UTF-8 CSV), criteria down column A,
#       amounts as "CNY 312 000", section rows, footnote markers (*, †, ‡), TBC, footnotes below.
# ---------------------------------------------------------------------------------------------
def case_d04():
    vendors = ["Hangzhou Lianxin Software", "Pearl River FinSoft", "Northbridge Data",
               "Delta Lending Tech", "Kestrel Systems"]
    rows = [
        ["Vendor comparison - merchant-loan core system (source-code purchase)", "", "", "", "", ""],
        ["Prepared for the Board, Jiangnan Commercial Microcredit Co. | Meridian Advisory | Draft v0.3 | "
         "Amounts in CNY", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Criterion", *vendors],
        ["PRICE", "", "", "", "", ""],
        ["Total quoted price", "CNY 312 000*", "CNY 268 000", "CNY 229 000", "CNY 138 000", "TBC"],
        ["Tax basis", "incl. VAT", "incl. VAT", "excl. VAT", "incl. VAT", "TBC"],
        ["Line items", "Licence 240 000; implementation 52 000; training 20 000", "Lump sum",
         "Licence and implementation, lump sum", "Lump sum", "Vendor to revert after site visit"],
        ["Fee after free maintenance", "15% of contract value p.a.", "TBC", "CNY 45 000 p.a.",
         "Per incident", "TBC"],
        ["COMPLIANCE & SECURITY", "", "", "", "", ""],
        ["MLPS Level 3", "Certified, filing no. 33010043518-22007 (renewed 2024)\u2020",
         "Designed to MLPS Level 3\u2021", "Certified 2023, cert. no. 31010143772-23009\u2020",
         "Level 2 only", "Certified, no. 32050043117-23003\u2020"],
        ["Field encryption", "SM4 on ID, phone and bank-card fields", "National cryptographic algorithms\u2021",
         "SM4", "AES-128", "SM4"],
        ["Transport encryption", "TLS 1.2+", "HTTPS", "TLS 1.2", "HTTPS", "TLS 1.3"],
        ["Access control", "Role-based (RBAC)", "Yes", "Role-based", "None", "Role-based"],
        ["Audit log retention", "12 months, anomaly alerts", "TBC", "6 months", "3 months", "12 months"],
        ["Credit bureau", "PBoC Credit Reference Center; Baihang Credit", "Supports all major bureaus\u2021",
         "Baihang Credit", "TBC", "PBoC Credit Reference Center"],
        ["FUNCTIONALITY", "", "", "", "", ""],
        ["Modules",
         "Enterprise credit report; bank statement analysis; e-signature contracts; approval workflow; "
         "repayment schedule; user management",
         "Enterprise credit; cash-flow analysis; e-contract; approval workflow; repayment reminders; "
         "BI dashboard; open API",
         "Enterprise credit report; e-contract; approval workflow; repayment schedule; user management; "
         "bank statement analysis: Optional (+CNY 60 000, excl. VAT)",
         "Enterprise credit report; contract management; repayment schedule",
         "Enterprise credit report; bank statement analysis; contract management; approval workflow"],
        ["AFTER-SALES", "", "", "", "", ""],
        ["Free maintenance", "12 months, bug fixes + minor upgrades", "Lifetime maintenance\u2021",
         "6 months, bug fixes only", "3 months", "12 months incl. upgrades"],
        ["Support", "24/7; named engineer responds within 2 h", "24/7, 30-minute response",
         "Business hours (9x5), 8 h response", "Business hours", "24/7, 2 h"],
        ["Regulatory change adaptation", "Free", "Free\u2021",
         "Minor changes free; major changes quoted separately", "Charged", "Free"],
        ["Lifetime consulting", "Included", "Included", "Not offered", "TBC", "Included"],
        ["Written into contract", "Yes, all of the above", "TBC", "Partly", "No", "TBC"],
        ["Source code", "Full source, no obfuscation", "Full source", "Core risk engine delivered compiled",
         "Licence bound to one server", "Full source"],
        ["CONSULTANT'S VIEW", "Every claim evidenced", "Cheapest in band and most generous on paper; "
         "nothing evidenced", "Mind the VAT and the optional module", "Below the caution threshold",
         "Awaiting price"],
        ["", "", "", "", "", ""],
        ["* Vendor confirmed in writing that the total is the sum of the line items and includes 13% VAT.",
         "", "", "", "", ""],
        ["\u2020 Certificate copy sighted by Meridian.", "", "", "", "", ""],
        ["\u2021 Vendor's own wording; no supporting document supplied.", "", "", "", "", ""],
        ["TBC = to be confirmed by the vendor.", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    (HERE / "d_04_ml_en_consultant_footnotes.csv").write_bytes(buf.getvalue().encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# d_05  消费分期 — 财务部's 比价表 in 千元, saved by Excel as CSV (GBK): one row per vendor, line items
#       and a 合计 column, a 计税 column, a packed 维保条款 column, a trailing 注 line.
# ---------------------------------------------------------------------------------------------
def case_d05():
    rows = [
        ["3C分期业务系统源码比价表（金额单位：千元）", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
        ["供应商", "版本", "源码授权费（千元）", "实施费（千元）", "合计（千元）", "计税", "等保", "敏感数据加密",
         "权限管理", "日志保存", "功能模块", "维保条款", "维保期后年费（千元）", "源码交付", "备注"],
        ["深圳优分科技", "标准版", "180", "40", "220", "含税", "三级，证书号44030013902-23011", "SM4",
         "有（角色权限）", "12个月", "商品管理/分期试算/订单状态跟踪/还款提醒/审批流/用户管理",
         "免费维护12个月含小版本升级；7×24小时，1小时响应；政策适配免费；以上写入合同", "30", "完整源码", ""],
        ["东莞快易分期科技", "标准版", "110", "28", "138", "含税", "三级，证书号44190043266-23004", "SM4",
         "有（角色权限）", "12个月", "商品管理/分期试算/订单状态跟踪/还款提醒/审批流/用户管理",
         "免费维护12个月含小版本升级；7×24小时，1小时响应；政策适配免费；以上写入合同", "30", "完整源码",
         "合计最低"],
        ["华联商城科技", "专业版", "170", "30", "200", "未税", "三级测评中，预计9月取证", "SM4", "有", "6个月",
         "商品管理/订单跟踪/还款管理/审批流；分期计算器选配，另加20（千元，未税）",
         "免费维护12个月；7×24小时；2小时响应", "36", "完整源码", "区间内合计最低"],
        ["乐购云", "基础版", "78", "20", "98", "含税", "无", "无", "有", "3个月",
         "商品管理/分期计算器/订单跟踪", "免费维护3个月，之后按次收费", "", "仅授权使用，绑定域名", ""],
        ["佳信软件", "标准版", "215", "50", "265", "含税", "三级（2022年取得，证书号44010043558-22010）",
         "AES-256", "无", "6个月", "商品管理/分期计算器/订单跟踪/还款管理/审批流",
         "免费维护12个月，仅bug修复，不含升级；5×8；4小时响应；政策适配免费（重大监管变化除外）", "40",
         "部分源码（风控核心加密）", ""],
        ["注：1千元＝1,000元；计税为“未税”的签约时需另加增值税。编制：财务部 韩雪 2024-07-02", "", "", "", "",
         "", "", "", "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    (HERE / "d_05_ci_finance_qianyuan_gbk.csv").write_bytes(buf.getvalue().encode("gbk"))


# ---------------------------------------------------------------------------------------------
# d_06  个人信用贷 — 董事会秘书处's one-page 选型简报: one row per vendor, one vendor gives three
#       editions in one price cell and one module cell, a packed 数据安全 cell and 售后服务 cell.
# ---------------------------------------------------------------------------------------------
def case_d06():
    wb = Workbook()
    ws = wb.active
    ws.title = "选型简报"
    ws.cell(row=1, column=1, value="信用贷业务系统（源码）选型简报 —— 供董事长审阅").font = TITLE
    ws.cell(row=2, column=1, value="董事会秘书处　2024年8月　（报价均为供应商书面报价）")
    header = ["服务商", "报价", "等保三级", "数据安全", "功能模块", "售后服务", "源码交付", "秘书处点评"]
    put_row(ws, 3, header, font=BOLD, fill=GREY, align=CENTER)
    rows = [
        ["明德软件", "标准价26.8万，签约优惠价23.5万（含税）",
         "已取得（2023年12月，备案证明编号 37010043620-23008）",
         "身份证号、手机号SM4加密；全站HTTPS；角色权限；操作日志保存12个月；对接人行征信中心、百行征信",
         "二代征信接口、评分卡与决策引擎、反欺诈模型、还款计划及短信提醒、审批流、用户管理",
         "12个月免费维护（含bug修复及小版本升级）；政策适配不另收费；7×24小时；1小时内响应；终身技术咨询；"
         "以上写入合同；维保期满后2.8万/年",
         "完整源码，无加密", "资料齐全"],
        ["鼎泰科技", "基础版18万/标准版24万/旗舰版36万（均含税）",
         "三级，证书编号 37020043105-22014",
         "SM4加密；HTTPS；角色权限；日志保存6个月；对接百行征信",
         "基础版：征信对接、还款计划、审批流、用户管理；\n"
         "标准版：征信对接、风控引擎、反欺诈、还款计划、审批流、用户管理；\n"
         "旗舰版：征信对接、风控引擎、反欺诈、还款计划、审批流、用户管理、区块链存证、元宇宙营销、智能客服机器人",
         "各版本相同：免费维护12个月，含升级；技术支持5×8，4小时内响应；政策适配小调整免费，重大调整另计",
         "完整源码", "基础版最便宜，旗舰版功能最全"],
        ["信和数科", "21万（含税）", "已通过公安等保测评",
         "国密加密；HTTPS；权限分级；日志保存6个月；支持对接征信",
         "征信对接、智能风控、反欺诈、还款管理、审批流",
         "永久免费维护，7×24小时，30分钟响应", "完整源码", "销售承诺最多"],
        ["安盈网络", "12.8万（含税）", "三级（证书编号 37010043771-23002）",
         "SM4加密；HTTPS；权限管理：无；日志保存3个月；对接百行征信",
         "征信查询、风控模型、还款管理、审批流",
         "免费维护12个月；7×24小时；2小时内响应", "仅授权使用，绑定域名", "价格最低"],
    ]
    r = 4
    for row in rows:
        put_row(ws, r, row)
        r += 1
    widths(ws, [12, 24, 26, 36, 48, 44, 16, 16])
    wb.save(HERE / "d_06_pc_board_brief_editions.xlsx")


if __name__ == "__main__":
    case_d01()
    case_d02()
    case_d03()
    case_d04()
    case_d05()
    case_d06()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("d_0*") if p.suffix != ".toml")))
