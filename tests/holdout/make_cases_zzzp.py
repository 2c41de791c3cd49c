"""Blind cases zzzp_*: "the boss's phone" — quotes as people send them from phones.

01 a WeChat group chat exported to xlsx (时间 | 发送人 | 内容), reps correcting themselves ("更正：刚才说错了，是…");
02 the boss's secretary's xlsx of what each vendor said on the phone beside what it later sent in writing (口头 | 书面);
03 a CSV exported from a phone note-taking app (标题 | 正文 | 标签 | 创建时间), one note per vendor, emoji bullets.
Expectations written from shared/domain.md and docs/analyst-reading.md only; the product was not run on these files.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, LEFT, _save, good, write_csv, write_toml  # noqa: E402

PRICE_FLAGS = ["price_below_10w", "price_below_15w", "price_over_budget", "price_missing"]

# ---------------------------------------------------------------- case 01: WeChat group chat export
C1 = "zzzp_01_ml_weixin_qunliao_daochu_gengzheng.xlsx"
HX = "武汉光谷汇信科技有限公司"
LZ = "襄阳隆中数据科技有限公司"
SX = "宜昌三峡云贷软件有限公司"
DY = "孝感董永金融科技有限公司"
CH = "黄石磁湖信息技术有限公司"
BOSS = "张建国（融信小贷·总经理）"
CLERK = "李敏（融信小贷·综合部）"
hx, lz, sx, dy, ch = (f"刘洋（{HX}）", f"王海涛（{LZ}）", f"赵磊（{SX}）", f"陈静（{DY}）", f"吴斌（{CH}）")
chat = [
    ("2025-11-18 09:02:11", BOSS, "各位老师好，拉这个群是为我们公司采购经营贷系统源码的事。我们做个体工商户和小微企业经营性贷款，不做跨境业务。"
     "请各家在群里报价：价格（说清含不含税）、功能模块、等保、加密、日志、征信接口、售后，都写清楚，以群里的文字为准。"),
    ("2025-11-18 09:05:40", CLERK, "补充一下：源码买断，部署一套。我们要求7×24小时支持、2小时内响应，能不能写进合同也请说明。"),
    ("2025-11-18 09:10:02", hx, f"张总好，李主任好，我是{HX}的刘洋"),
    ("2025-11-18 09:10:35", hx, "我们汇信经营贷系统源码买断报价26.5万"),
    ("2025-11-18 09:11:12", hx, "功能：企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理，全都有"),
    ("2025-11-18 09:11:50", hx, "等保三级我们有的✅"),
    ("2025-11-18 09:12:27", hx, "售后：免费维护12个月，含bug修复和小版本升级，7×24小时，2小时响应"),
    ("2025-11-18 09:30:18", lz, f"张总、李主任好，{LZ}报价如下："),
    ("2025-11-18 09:31:03", lz, "源码买断总价29.6万元（含税，开13%增值税专票）"),
    ("2025-11-18 09:31:44", lz, "功能模块：企业征信查询、银行流水分析、电子合同管理、风控审批流、还款管理、用户管理"),
    ("2025-11-18 09:32:30", lz, "等保：已取得等保三级，备案证明编号42060243008-24011，定级对象就是本次报价的隆中经营贷管理系统"),
    ("2025-11-18 09:33:15", lz, "安全：身份证号、手机号、银行卡号SM4加密存储；全站HTTPS（TLS1.2）；按岗位角色分配权限；操作日志保存12个月，异常行为可追溯"),
    ("2025-11-18 09:33:58", lz, "征信：直连人行征信中心和百行征信"),
    ("2025-11-18 09:35:20", lz, "售后：免费维护12个月，含bug修复和小版本升级；监管政策变化的适配免费；7×24小时技术支持；1小时内响应，指定专属工程师；"
     "终身技术咨询；维保期满后年费2.5万元"),
    ("2025-11-18 09:36:07", lz, "以上售后条款全部写入合同。交付完整源码，无加密，可二次开发。"),
    ("2025-11-18 10:02:45", BOSS, "@刘洋 等保三级证书编号发一下？"),
    ("2025-11-18 10:15:09", hx, "张总，证书还在走流程，目前是三级测评中，预计明年3月拿证"),
    ("2025-11-18 10:16:21", hx, "更正：刚才说错了，是26.5万不含税，税点13%另开"),
    ("2025-11-18 10:20:33", sx, f"各位领导好，{SX}，经营贷系统源码18.8万，含税"),
    ("2025-11-18 10:21:10", sx, "功能有企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理"),
    ("2025-11-18 10:22:02", sx, "等保三级已取得，备案证明编号42050343011-23007"),
    ("2025-11-18 10:23:40", sx, "加密用的AES-256，HTTPS有，角色权限有，日志保存3个月；征信对接百行征信"),
    ("2025-11-18 10:25:16", sx, "售后：免费维护3个月，只修bug不含升级；政策适配另外收费；5×8工作日支持；次日响应；没有终身咨询；之后年费1.2万"),
    ("2025-11-18 10:40:51", CLERK, "@赵磊 18.8万包含电子合同吗？"),
    ("2025-11-18 10:47:29", sx, "更正：刚才说错了，18.8万不含电子合同模块，电子合同要另加3万（含税）"),
    ("2025-11-18 10:48:02", sx, "其他不变"),
    ("2025-11-18 11:05:14", dy, f"{DY}报价：24.5万含税"),
    ("2025-11-18 11:05:50", dy, "企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理"),
    ("2025-11-18 11:06:38", dy, "等保我们是二级备案，三级没做，小贷公司用二级就够了"),
    ("2025-11-18 11:07:19", dy, "售后一年免费维护，7×24"),
    ("2025-11-18 11:30:00", ch, f"各位领导好，{CH}的报价单发群里了"),
    ("2025-11-18 11:30:06", ch, "[文件] 磁湖小贷系统报价单V3.pdf"),
    ("2025-11-18 11:31:22", ch, "我们系统支持等保三级，功能都有，价格面议"),
    ("2025-11-18 11:32:40", "系统消息", "“吴斌”撤回了一条消息"),
    ("2025-11-18 11:50:12", BOSS, "汇信报价低，功能全，等保也说有，售后也好，先约刘洋他们下周来演示"),
    ("2025-11-18 11:51:03", CLERK, "收到张总"),
]
wb = Workbook()
ws = wb.active
ws.title = "聊天记录"
ws.append(["时间", "发送人", "内容"])
for r in chat:
    ws.append(list(r))
for row in ws.iter_rows(min_row=2):
    row[2].alignment = LEFT
ws.column_dimensions["A"].width = 20
ws.column_dimensions["B"].width = 34
ws.column_dimensions["C"].width = 90
_save(wb, C1)

c1_comment = f"""
Voice: 随州融信小额贷款有限公司 (经营性贷款 to 个体工商户 and small firms; no cross-border business; the merchant-loan band 25–35万). The
  general manager 张建国 pulled five vendors' sales reps into one WeChat group and asked them to quote in the group, "以群里的文字为准".
  The reps type as people do on a phone: a quote in four or five short messages, a question from the buyer, then "更正：刚才说错了，是…".
Layout: .xlsx, one sheet 聊天记录, exported by a chat-export tool: header 时间 | 发送人 | 内容, one row per message, the vendors' messages
  interleaved with the buyer's (张建国, 李敏). A rep's 发送人 is his group nickname "name（company）"; a file message "[文件] …pdf" and a
  system line "“吴斌”撤回了一条消息" as the tool writes them.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per company, named by the company in its reps' nicknames (and their first message); each vendor's messages read
  like a mailbox, the latest word governing ("更正：…" over the message it corrects; "其他不变" keeps the rest); the buyer's messages
  (its requirements "7×24…2小时内响应", its questions and 张总's verdict) are the buyer's, never a vendor's commitment; the file and the
  recalled message hold nothing.
Traps: CARELESS TOP PICK {HX}: "26.5万", every merchant-loan must-have, "等保三级我们有的✅", 12 months with upgrades, 7×24 and 2 h —
  the boss's own "汇信报价低，功能全，等保也说有…先约刘洋他们下周来演示". But asked for the filing number, the rep answers "目前是三级测评中，
  预计明年3月拿证" (in progress: mlps false, claimed, UNVERIFIED), and then "更正：刚才说错了，是26.5万不含税，税点13%另开" = 265,000 × 1.13
  = 299,450. The careful pick is {LZ} (pass): "29.6万元（含税，开13%增值税专票）" = 296,000 in the band; filing 42060243008-24011 for
  the system quoted; SM4 on the sensitive fields; TLS1.2; roles; 12-month logs with tracing; 人行征信中心 + 百行 direct; every must-have;
  12 months with minor upgrades; free policy adaptation; 7×24; 1 h to a named engineer; lifetime consulting; 2.5万 a year; all in the
  contract; full source. {SX}'s "18.8万，含税" is corrected to "18.8万不含电子合同模块，电子合同要另加3万（含税）": a must-have option at
  its price, 218,000 (below the band, not the caution zone), pass with thin security and after-sales (AES, 3-month logs, 3 months, bug
  fixes only, adaptation charged, 5×8, 次日, no consulting). {DY} FAILS: "二级备案，三级没做". {CH}'s price is in a PDF and "面议", its
  level "支持等保三级" a claim: UNVERIFIED, no price.
Not settled and not asserted: 汇信's other security terms (never stated) and whether its after-sales are in the contract; whether the
  correction, the file and the recalled message leave warnings or skips; the standing of 三峡's contract_management (conditional) and
  its "政策适配另外收费" (charged, value asserted only); 董永's after-sales and its status (stated no, value asserted); 磁湖's "功能都有"
  (no list: features unknown) and its mlps value; whether 张总's and 李敏's lines are listed. None moves a gate or the pick.
"""
write_toml(C1.replace(".xlsx", ".toml"), c1_comment, "merchant_loan", [C1], LZ,
           f"{LZ} proves the level-3 filing of the system it quotes, lists every merchant-loan must-have and prices at 296,000 含税 in the "
           f"25–35万 band, with 12 months including upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the "
           f"contract, full source. {HX} looked cheapest and certified, but its level 3 is 测评中 (unverified) and its corrected price is "
           f"26.5万 before 13% VAT, 299,450; 三峡 passes at 218,000 after its corrected contract-module option with thin after-sales; 董永 "
           f"holds level 2 only (fail); 磁湖 gives no price.",
           [
               good(LZ, 296000, "'源码买断总价29.6万元（含税，开13%增值税专票）'. '已取得等保三级，备案证明编号42060243008-24011，定级对象就是本次报价的隆中经营贷"
                    "管理系统'; SM4 on ID / phone / card numbers; HTTPS (TLS1.2); roles; 12-month logs with tracing; 人行征信中心 + 百行 direct; every "
                    "must-have; 12 months with bug fixes and minor upgrades; free policy adaptation; 7×24; 1 hour, named engineer; lifetime "
                    "consulting; 2.5万 a year; all in the contract; full unencrypted source.",
                    ML + CORE + ["repayment_management"], response_hours=1, annual_fee_after_warranty_cny=25000,
                    source_code_delivery="full"),
               dict(vendor=HX, gate="unverified", price=299450,
                    why="'源码买断报价26.5万', then '更正：刚才说错了，是26.5万不含税，税点13%另开' = 265,000 × 1.13 = 299,450 (the correction governs). "
                        "'等保三级我们有的✅' is followed, asked for the number, by '目前是三级测评中，预计明年3月拿证': in progress — mlps false, claimed, "
                        "UNVERIFIED. Every must-have; 12 months with upgrades; 7×24; 2 h.",
                    values=dict(mlps_level3=False, free_maintenance_months=12, maintenance_includes_upgrades=True, support_7x24=True,
                                response_hours=2),
                    status=dict(mlps_level3="claimed"),
                    fin=ML + CORE + ["repayment_management"], fex=BLOAT,
                    flex=PRICE_FLAGS + ["missing_must_have", "maintenance_under_12m", "no_7x24", "response_over_2h", "bloat_features"]),
               dict(vendor=SX, gate="pass", price=218000,
                    why="'18.8万，含税', corrected: '18.8万不含电子合同模块，电子合同要另加3万（含税）' — a must-have option at its price: 188,000 + "
                        "30,000 = 218,000 (under the band, not under 15万). Filing 42050343011-23007. 'AES-256' is no SM4; HTTPS; roles; 3-month "
                        "logs; 百行; '免费维护3个月，只修bug不含升级'; '政策适配另外收费'; '5×8'; '次日响应' = 24 h; '没有终身咨询'; 1.2万 a year.",
                    values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                                licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                                policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                                annual_fee_after_warranty_cny=12000),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated"),
                    fin=ML + CORE + ["repayment_management"], fex=BLOAT,
                    flin=["no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                          "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_mlps_level3", "no_tls", "no_access_control", "bloat_features"]),
               dict(vendor=DY, gate="fail", price=245000,
                    why="'24.5万含税'; every must-have — but '等保我们是二级备案，三级没做': level 2 only, a stated no: FAIL.",
                    values=dict(mlps_level3=False), fin=ML + CORE + ["repayment_management"], fex=BLOAT,
                    flin=["no_mlps_level3"], flex=PRICE_FLAGS + ["missing_must_have", "bloat_features"]),
               dict(vendor=CH, gate="unverified", price="null",
                    why="The quote is a PDF in the group ('[文件] 磁湖小贷系统报价单V3.pdf', unread) and the words say '价格面议': no price. "
                        "'支持等保三级' is a claim: UNVERIFIED.",
                    status=dict(mlps_level3="claimed"), flin=["price_missing"],
                    flex=["price_below_10w", "price_below_15w", "price_over_budget", "no_mlps_level3"]),
           ])

# ---------------------------------------------------------------- case 02: the secretary's 口头 | 书面 sheet
C2 = "zzzp_02_ci_mishu_koutou_shumian_duizhao.xlsx"
LF = "佛山顺德乐分期科技有限公司"
SS = "东莞松山湖分期云软件有限公司"
XL = "中山小榄数智科技有限公司"
QX = "江门侨乡信息技术有限公司"
HQ = "珠海横琴数链科技有限公司"
ITEMS = ["报价", "功能模块", "等保", "数据加密", "传输加密", "权限管理", "日志保存", "征信接口", "免费维护期", "维护范围", "政策适配",
         "技术支持", "响应时间", "终身技术咨询", "维保后年费", "写进合同", "源码"]
blocks = {
    LF: ([("24万全包，含税", "报价单：23.6万元（不含税，增值税13%另计）", "电话里说含税，书面写的不含税"),
          ("都有", "商品管理、分期计算器、订单跟踪、用户管理、风控审批、还款管理", ""),
          ("等保三级早就过了，没问题", "系统按等保三级标准设计开发，可协助客户办理等保测评", "问他要备案号，说签了合同再给"),
          ("都加密的", "身份证号、手机号等敏感字段SM4加密", ""), ("", "全站HTTPS", ""), ("", "按角色分配权限", ""),
          ("", "操作日志保存12个月", ""), ("", "对接百行征信", ""), ("两年免费", "免费维护12个月", ""),
          ("什么都管", "含bug修复和小版本升级", ""), ("免费", "监管政策调整的适配免费", ""), ("7×24", "7×24小时", ""),
          ("随叫随到", "2小时内响应", ""), ("有", "提供终身技术咨询", ""), ("不收钱", "维保期满后每年2.4万元", ""),
          ("都写", "以上承诺写入合同", ""), ("全部给", "交付完整源码，无加密", "")],
         "王总比较倾向这家，电话里说得最好"),
    SS: ([("25万左右，还能谈", "源码买断总价25.8万元（含税，13%专票）", ""),
          ("电话里没细说，让看书面", "商品管理、分期计算器、订单跟踪、用户管理、风控审批、还款管理", ""),
          ("", "已取得等保三级，备案证明编号44190043015-24003（定级系统：松山湖分期业务管理系统，即本次报价系统）", "备案证明扫描件已发邮箱"),
          ("", "身份证号、手机号、银行卡号SM4加密存储", ""), ("", "全站HTTPS（TLS1.2）", ""), ("", "RBAC，按岗位分配权限", ""),
          ("", "操作日志保存12个月，异常操作可追溯", ""), ("", "直连人行征信中心、百行征信", ""), ("一年", "免费维护12个月", ""),
          ("", "bug修复+小版本升级", ""), ("", "因监管政策变化的调整免费", ""), ("", "7×24小时", ""),
          ("", "1小时内响应，指定专属工程师", ""), ("", "提供终身技术咨询", ""), ("", "维保期满后2.6万元/年", ""),
          ("", "以上全部写入合同", ""), ("", "完整源码，无加密，可二次开发", "")],
         "比乐分期贵一点"),
    XL: ([("21万多", "21.5万元（含税）", ""),
          ("订单跟踪有的，都有", "商品管理、分期计算器、用户管理、风控审批、还款管理（订单管理模块二期开发，本期不交付）", "电话里说有订单，书面写二期"),
          ("", "已取得等保三级，备案证明编号44200043006-24009", ""), ("", "SM4加密", ""), ("", "HTTPS", ""), ("", "角色权限", ""),
          ("", "日志保存12个月", ""), ("", "百行征信", ""), ("", "免费维护12个月", ""), ("", "含bug修复和小版本升级", ""),
          ("", "政策适配免费", ""), ("", "7×24小时", ""), ("", "2小时响应", ""), ("", "提供", ""), ("", "2.2万元/年", ""),
          ("", "写入合同", ""), ("", "完整源码", "")],
         ""),
    QX: ([("13.8，签合同还能让到12.8", "13.8万元（含税）", "最便宜"),
          ("都有", "商品管理、分期计算器、订单跟踪、用户管理、风控审批、还款管理", ""),
          ("有的", "已取得等保三级，备案证明编号44070343002-23008", ""), ("", "SM4加密", ""), ("", "HTTPS", ""), ("", "有", ""),
          ("", "日志保存6个月", ""), ("", "百行征信", ""), ("一年", "免费维护3个月", "电话说一年，书面3个月"),
          ("都管", "仅修复bug，不含升级", ""), ("免费", "按次收费，每次1.5万元", ""), ("7×24", "5×8（工作日）", ""),
          ("马上到", "次工作日响应", ""), ("", "无", ""), ("", "1.5万元/年", ""), ("都能写", "合同只写价格和交付内容", ""),
          ("", "完整源码", "")],
         ""),
    HQ: ([("二十万出头", "", "书面报价还没发来，说要等他们领导审批"),
          ("功能很全", "商品管理、分期计算器、订单跟踪、用户管理、风控审批、还款管理、区块链存证、智能客服机器人", "模块清单先发来了"),
          ("", "已取得等保三级，备案证明编号44040043012-24001", ""), ("", "SM4加密", ""), ("", "HTTPS", ""), ("", "角色权限", ""),
          ("", "日志保存12个月", ""), ("", "百行征信", ""), ("", "免费维护12个月", ""), ("", "", ""), ("", "", ""),
          ("", "7×24小时", ""), ("", "", ""), ("", "", ""), ("", "", ""), ("", "", ""), ("", "完整源码", "")],
         ""),
}
wb = Workbook()
ws = wb.active
ws.title = "报价对照"
ws.append(["王总要的：5家分期系统报价，电话里怎么说 vs 后来书面发来的（王总说了以书面为准，口头的只作参考）——小陈整理"])
ws.append(["我们做家电、手机分期（门店进件），不做跨境；买源码，部署一套。"])
ws.append([])
ws.append(["供应商", "事项", "口头（电话里说的）", "书面（后来发来的）", "我的备注"])
for name, (rows, remark) in blocks.items():
    start = ws.max_row + 1
    for i, (item, (oral, written, note)) in enumerate(zip(ITEMS, rows)):
        ws.append([name if i == 0 else None, item, oral or None, written or None, (note or (remark if i == 0 else "")) or None])
    ws.merge_cells(start_row=start, end_row=ws.max_row, start_column=1, end_column=1)
    ws.cell(start, 1).alignment = LEFT
for row in ws.iter_rows(min_row=5):
    for c in row[2:]:
        c.alignment = LEFT
for col, w in zip("ABCDE", (30, 14, 30, 60, 30)):
    ws.column_dimensions[col].width = w
_save(wb, C2)

c2_comment = f"""
Voice: 湛江 a consumer-instalment lender (家电、手机分期 through shops; no cross-border business; the band 20–30万). The boss, 王总,
  phoned five vendors himself; his secretary 小陈 typed what each said on the phone beside what it later sent in writing, with her own
  remarks, under the boss's rule "以书面为准，口头的只作参考".
Layout: .xlsx, one sheet 报价对照: a title line with that rule, a line on the business, an empty row, then 供应商 | 事项 | 口头（电话里说的）
  | 书面（后来发来的） | 我的备注 and one block of 17 rows per vendor (报价 … 源码), the company name merged down its block.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per block. The 书面 column is the quote; the 口头 column is only said — it adds nothing where the written word
  speaks and, alone, is at most a claim (a price only said is none); 我的备注 and the title are the buyer's.
Traps: CARELESS TOP PICK {LF}: on the phone "24万全包，含税", "等保三级早就过了", "两年免费", "随叫随到", and the secretary's "王总比较倾向
  这家". In writing it is "23.6万元（不含税，增值税13%另计）" = 266,680 and "系统按等保三级标准设计开发，可协助客户办理等保测评" — a claim:
  UNVERIFIED; 12 months, not two years. The careful pick is {SS} (pass): "源码买断总价25.8万元（含税，13%专票）" = 258,000 (the phone's
  "25万左右，还能谈" is nothing); filing 44190043015-24003 for the system quoted; SM4; TLS1.2; RBAC; 12-month logs with tracing; 人行 +
  百行 direct; every instalment must-have; 12 months with minor upgrades; free policy adaptation; 7×24; 1 h, named engineer; lifetime
  consulting; 2.6万 a year; all in the contract; full source. {XL} FAILS: the phone's "订单跟踪有的" against the written "订单管理模块二期
  开发，本期不交付". {QX} passes at 138,000 (caution zone; the phone's "还能让到12.8" is no price) with the written 3 months, bug fixes
  only, 1.5万 per adaptation, 5×8, 次工作日, no consulting and "合同只写价格和交付内容" — everything the phone promised is gone. {HQ}
  sent its module list and filing but no written price ("二十万出头" only said): no price, UNVERIFIED; its list carries 区块链存证 and
  智能客服机器人 (bloat).
Not settled and not asserted: 乐分期's mlps value (a yes-claim) and whether the phone's "两年免费" leaves anything; 横琴's blank after-
  sales rows; whether the secretary's remarks and the phone column are listed as skipped; 小榄's after-sales (not asserted beyond the
  gate). None moves a gate or the pick.
"""
W_ALL = CI + CORE + ["repayment_management"]
write_toml(C2.replace(".xlsx", ".toml"), c2_comment, "consumer_installment", [C2], SS,
           f"In writing {SS} proves its level-3 filing for the system quoted, lists every instalment must-have at 258,000 含税 in the band and "
           f"gives 12 months with upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, full source. "
           f"{LF} sounded best on the phone, but in writing it only claims level 3 (unverified) and quotes 23.6万 before 13% VAT, 266,680; "
           f"小榄 defers order tracking (fail); 侨乡's 138,000 comes with 3 months and nothing in the contract; 横琴 sent no written price.",
           [
               good(SS, 258000, "书面 '源码买断总价25.8万元（含税，13%专票）' (the phone's '25万左右，还能谈' is nothing). '已取得等保三级，备案证明编号"
                    "44190043015-24003（定级系统：…即本次报价系统）'; SM4 on ID / phone / card numbers; TLS1.2; RBAC; 12-month logs with tracing; "
                    "人行 + 百行 direct; every must-have; 12 months with bug fixes and minor upgrades; free policy adaptation; 7×24; 1 hour, named "
                    "engineer; lifetime consulting; 2.6万 a year; all in the contract; full source.",
                    W_ALL, response_hours=1, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
               dict(vendor=LF, gate="unverified", price=266680,
                    why="书面 '23.6万元（不含税，增值税13%另计）' = 236,000 × 1.13 = 266,680 (the phone's '24万全包，含税' gives way). 书面 '系统按等保三级标准"
                        "设计开发，可协助客户办理等保测评' is a claim (the phone's '早就过了' proves nothing): UNVERIFIED. Written 12 months (not the "
                        "phone's two years) with upgrades; free adaptation; 7×24; 2 h; 2.4万 a year; in the contract; full source.",
                    values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                                free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                                support_7x24=True, response_hours=2, annual_fee_after_warranty_cny=24000),
                    status=dict(mlps_level3="claimed"), fin=W_ALL, fex=BLOAT,
                    flex=PRICE_FLAGS + ["missing_must_have", "maintenance_under_12m", "no_7x24", "response_over_2h", "bloat_features"]),
               dict(vendor=XL, gate="fail", price=215000,
                    why="书面 '21.5万元（含税）'; filing stated — but the written list '…还款管理（订单管理模块二期开发，本期不交付）' has no order "
                        "tracking (the phone's '订单跟踪有的' is only said): a must-have absent, FAIL.",
                    values=dict(mlps_level3=True), fin=["product_management", "installment_calculator"] + CORE + ["repayment_management"],
                    fex=["order_tracking"] + BLOAT, flin=["missing_must_have"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "bloat_features"]),
               dict(vendor=QX, gate="pass", price=138000,
                    why="书面 '13.8万元（含税）' (the phone's '还能让到12.8' is no price): the caution zone. Filing 44070343002-23008; SM4; HTTPS; "
                        "6-month logs; 百行. Written after-sales: '免费维护3个月'; '仅修复bug，不含升级'; '按次收费，每次1.5万元'; '5×8（工作日）'; "
                        "'次工作日响应' = 24 h; consulting '无'; 1.5万 a year; '合同只写价格和交付内容' — the phone's year, 7×24 and '都能写' count for nothing.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, audit_log_months=6, licensed_credit_bureau=True,
                                free_maintenance_months=3, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                                support_7x24=False, response_hours=24, lifetime_consulting=False, annual_fee_after_warranty_cny=15000,
                                commitments_in_contract=False),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated"),
                    fin=W_ALL, fex=BLOAT,
                    flin=["price_below_15w", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                          "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract"],
                    flex=["price_below_10w", "price_over_budget", "price_missing", "no_mlps_level3", "missing_must_have",
                          "audit_log_under_6m", "no_sm4", "bloat_features"]),
               dict(vendor=HQ, gate="unverified", price="null",
                    why="No written price (书面 blank; '二十万出头' only said on the phone): no price, UNVERIFIED. Written filing 44040043012-24001 "
                        "and a module list with every must-have plus 区块链存证 and 智能客服机器人 (bloat).",
                    values=dict(mlps_level3=True), status=dict(mlps_level3="stated"),
                    fin=W_ALL + ["blockchain_evidence", "ai_customer_service"],
                    flin=["price_missing", "bloat_features"],
                    flex=["price_below_10w", "price_below_15w", "price_over_budget", "missing_must_have", "no_mlps_level3"]),
           ])

# ---------------------------------------------------------------- case 03: a note app's CSV
C3 = "zzzp_03_pc_shouji_biji_emoji.csv"
HH = "南通濠河数科有限公司"
SXH = "扬州瘦西湖信息技术有限公司"
FC = "泰州凤城软件有限公司"
QJ = "淮安清江浦数据科技有限公司"
notes = [
    ("标题", "正文", "标签", "创建时间"),
    (f"{HH} 报价", "📞 销售：周经理 138****6621\n💰 报价：19.8w 含税\n📦 功能：个人征信查询、风控模型、反欺诈、还款管理、审批流、用户管理\n"
     "🔒 等保：三级✅（证书在南京总部，签约后提供复印件）\n🔐 加密：国密算法\n🌐 HTTPS：有\n👥 权限：角色权限\n📜 日志：保存6个月\n"
     "🏦 征信：支持对接各大征信机构\n🛠 售后：终身维护，7×24\n⏱ 响应：2小时\n📝 合同：只写价格和交付\n💾 源码：完整源码",
     "#小贷系统 #便宜 #首选", "2025-11-20 21:14"),
    (f"{SXH} 报价说明", "💰 报价：21.5w（不含税，税率6%，技术服务合同）\n"
     "📦 功能：个人征信查询、风控模型（评分卡+规则引擎）、反欺诈、还款管理、风控审批流、用户管理\n"
     "🔒 等保：已取得三级，备案证明编号32100343007-24012，定级对象：瘦西湖个贷管理系统（本次报价系统）\n"
     "🔐 加密：身份证号、手机号SM4加密存储\n🌐 传输：全站HTTPS（TLS1.2）\n👥 权限：RBAC按岗位分权\n📜 日志：保存12个月，异常行为可追溯\n"
     "🏦 征信：直连人行征信中心＋百行征信\n🛠 维护：免费12个月，含bug修复和小版本升级\n📋 政策适配：监管政策变化的调整免费\n☎️ 支持：7×24小时\n"
     "⏱ 响应：1小时内，专属工程师\n💡 终身技术咨询：有\n💵 维保期后年费：2.2w/年\n📝 合同：以上全部写入合同\n💾 源码：完整源码，无加密，可二次开发",
     "#小贷系统 #要加税 #贵", "2025-11-21 08:47"),
    (f"{FC} 报价", "🎉🎉 限时特价 9.8万 含税 🎉🎉\n📦 功能：个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理\n"
     "🔒 等保：已取得三级，备案证明编号32120043003-23005\n🔐 加密：SM4\n🌐 HTTPS：有\n📜 日志：6个月\n🏦 征信：百行征信\n"
     "🛠 维护：免费12个月\n☎️ 支持：7×24", "#小贷系统 #太便宜？", "2025-11-21 12:30"),
    (f"{QJ} 报价", "💰 报价：23.8w 含税\n📦 功能：个人征信查询、反欺诈、还款管理、风控审批、用户管理\n➕ 风控模型：选配，另加4w（含税）\n"
     "🔒 等保：已取得三级，备案证明编号32080243010-24006\n🔐 加密：SM4（身份证、手机号、银行卡）\n🌐 HTTPS：TLS1.2\n👥 权限：角色权限\n"
     "📜 日志：12个月\n🏦 征信：百行征信直连\n🛠 维护：免费12个月，含小版本升级\n📋 政策适配：小调整免费，重大政策调整另行报价\n"
     "☎️ 支持：7×24\n⏱ 响应：2小时\n💡 终身咨询：有\n💵 年费：2.5w/年\n📝 合同：售后条款写入合同\n💾 源码：完整源码",
     "#小贷系统", "2025-11-21 16:05"),
    ("还要问的", "1. 等保证书都要扫描件\n2. 问清楚含不含税\n3. 维护期过了怎么收费\n4. 周五前给董事会汇报", "#自己 #待办", "2025-11-21 22:40"),
]
write_csv(C3, notes, "utf-8-sig")

c3_comment = f"""
Voice: 盐城 a small-loan company's chairman (个人信用贷 to salaried staff and farmers; no cross-border business; the band 18–25万) who
  takes every vendor's call or WeChat on his phone and keeps a note per vendor in his note app, emoji bullets and all, tagging them
  (#便宜 #首选 #太便宜？) — then exports the notes for his finance manager.
Layout: UTF-8 CSV with BOM, CRLF, header 标题 | 正文 | 标签 | 创建时间, one note a row, the 正文 several lines in one quoted cell ("💰 报价：…",
  "🔒 等保：…", "📝 合同：…"). Four notes are titled "<company> 报价" / "报价说明"; the fifth, "还要问的", is his own to-do list.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per note whose title names a company; each line read under its own label, the emoji aside ("🎉 限时特价 9.8万 含税"
  the price); the 标签 are the chairman's, never the vendor's; a note naming no company is a note, no quote; the salesman's masked phone
  number is no amount.
Traps: CARELESS TOP PICK {HH}: the cheapest price in the band (19.8w 含税), every personal-credit must-have with anti-fraud, "三级✅",
  tagged #便宜 #首选. But its level is "三级✅（证书在南京总部，签约后提供复印件）" — never shown: a claim, UNVERIFIED; "国密算法" (which?),
  "支持对接各大征信机构" (which licensed body?), "终身维护" (no period) are claims too, its logs 6 months, and "合同：只写价格和交付" keeps the
  after-sales out of the contract. The careful pick is {SXH} (pass): "21.5w（不含税，税率6%…）" = 215,000 × 1.06 = 227,900 in the band;
  filing 32100343007-24012 for the system quoted; SM4; TLS1.2; RBAC; 12-month logs with tracing; 人行 + 百行 direct; every must-have
  and anti-fraud; 12 months with minor upgrades; free policy adaptation; 7×24; 1 h, named engineer; lifetime consulting; 2.2w a year;
  all in the contract; full source. {FC}'s "限时特价 9.8万 含税" is under 10万: FAIL. {QJ} passes at 238,000 + the must-have risk model
  "选配，另加4w（含税）" = 278,000, over the band, with "小调整免费，重大政策调整另行报价" (policy adaptation false, conditional).
Not settled and not asserted: 濠河's values for mlps / SM4 / bureau (yes-claims) and its 终身维护 as 12 months; whether 凤城's unmentioned
  after-sales fields are questions; whether the to-do note or the tags leave a skip or a note; 清江浦's risk_model standing. None moves a
  gate or the pick.
"""
P_ALL = PC + CORE + ["anti_fraud"]
write_toml(C3.replace(".csv", ".toml"), c3_comment, "personal_credit", [C3], SXH,
           f"{SXH} proves the level-3 filing of the system quoted, lists every personal-credit must-have and anti-fraud at 227,900 (21.5w "
           f"before the 6% VAT it names) in the 18–25万 band, with 12 months including upgrades, free policy adaptation, 7×24 within 1 hour, "
           f"lifetime consulting, all in the contract, full source. {HH} is cheaper and tagged 首选, but its level 3 is a certificate never "
           f"shown (unverified) and its after-sales stay out of the contract; 凤城 is under 10万 (fail); 清江浦 reaches 278,000 with its "
           f"risk-model option, over the band.",
           [
               good(SXH, 227900, "'21.5w（不含税，税率6%，技术服务合同）' = 215,000 × 1.06 = 227,900. '已取得三级，备案证明编号32100343007-24012，定级对象："
                    "瘦西湖个贷管理系统（本次报价系统）'; SM4 on ID / phone numbers; TLS1.2; RBAC; 12-month logs with tracing; 人行征信中心 + 百行 "
                    "direct; every must-have and anti-fraud; 12 months with bug fixes and minor upgrades; free policy adaptation; 7×24; 1 hour, "
                    "named engineer; lifetime consulting; 2.2w a year; all in the contract; full unencrypted source.",
                    P_ALL, response_hours=1, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
               dict(vendor=HH, gate="unverified", price=198000,
                    why="'19.8w 含税' = 198,000 (the masked phone number is no amount). '三级✅（证书在南京总部，签约后提供复印件）': never shown, a "
                        "claim — UNVERIFIED. '国密算法' and '支持对接各大征信机构' are claims; 6-month logs (not under 6); 7×24; 2 h; '合同：只写价格和交付' "
                        "keeps the after-sales out of the contract. The tags #便宜 #首选 are the chairman's.",
                    values=dict(tls=True, access_control=True, audit_log_months=6, support_7x24=True, response_hours=2,
                                commitments_in_contract=False, source_code_delivery="full"),
                    status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
                    fin=P_ALL, fex=BLOAT, flin=["not_in_contract"],
                    flex=PRICE_FLAGS + ["missing_must_have", "audit_log_under_6m", "no_7x24", "response_over_2h", "no_tls",
                                        "no_access_control", "bloat_features"]),
               dict(vendor=FC, gate="fail", price=98000,
                    why="'🎉🎉 限时特价 9.8万 含税 🎉🎉' = 98,000: under 10万, FAIL, whatever its filing and modules.",
                    values=dict(mlps_level3=True), fin=P_ALL, fex=BLOAT, flin=["price_below_10w"],
                    flex=["price_missing", "price_over_budget", "missing_must_have", "no_mlps_level3"]),
               dict(vendor=QJ, gate="pass", price=278000,
                    why="'23.8w 含税' without the risk model, '风控模型：选配，另加4w（含税）' — a must-have option at its price: 238,000 + 40,000 = "
                        "278,000, over 18–25万. Filing 32080243010-24006; SM4; TLS1.2; roles; 12-month logs; 百行 direct; 12 months with minor "
                        "upgrades; '小调整免费，重大政策调整另行报价' (false, conditional); 7×24; 2 h; lifetime consulting; 2.5w a year; in the "
                        "contract; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                                policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                                annual_fee_after_warranty_cny=25000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated", policy_adaptation_free="conditional"),
                    fin=P_ALL, fex=BLOAT, flin=["price_over_budget", "policy_adaptation_charged"],
                    flex=["price_below_10w", "price_below_15w", "price_missing", "missing_must_have", "no_mlps_level3", "no_sm4",
                          "maintenance_under_12m", "no_7x24", "response_over_2h", "not_in_contract", "bloat_features"]),
           ])
