"""Blind cases zzzt_*: "numbers people typed by hand".

01 a finance department's 分项报价复核表: the vendors across, each one's own line items and 合计 typed as it wrote them ("2w",
   "3.2万", "15k", "贰拾万元整", "含在实施费内", a blank 合计), and between them finance's own SUM row — which skips every amount
   typed as text — its 差异 row ("#VALUE!") and its 复核意见;
02 a CSV exported by a phone's SMS backup app (会话对象 | 号码 | 收/发 | 时间 | 短信内容), the vendors' reps texting their quotes in
   pieces ("（1/3）"), prices typed "19.9W", "￥23.8万元整", "贰拾叁万", "21-24万", "九万八", periods as "一年半（即十八个月）",
   "180天", "半小时", "次日上午", between the operator's and the courier's messages and the boss's;
03 a finance 询价登记单 whose amount is typed digit by digit into the boxes of a receipt-style grid (佰万 | 拾万 | 万 | 仟 | 佰 | 拾 |
   元 | 角 | 分, "￥" before the first digit) beside the amount in 大写, the form saying the 大写 governs; periods and times typed
   "1年半", "十八个月", "0.5h", "半年", "四个小时", "次日上午".
Expectations written from shared/domain.md and docs/analyst-reading.md only; the product was not run on these files.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, LEFT, _save, good, write_csv, write_toml  # noqa: E402

PRICE_FLAGS = ["price_below_10w", "price_below_15w", "price_over_budget", "price_missing"]
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---------------------------------------------------------------- case 01: finance's 分项报价复核表
C1 = "zzzt_01_pc_caiwu_fenxiang_fuhe_chayi.xlsx"
TJ = "内江沱江数科有限公司"
LMT = "泸州龙马潭数据科技有限公司"
CN = "宜宾长宁软件有限公司"
JJ = "乐山夹江信息技术有限公司"
PS = "眉山彭山数智科技有限公司"
V1 = [TJ, LMT, CN, JJ, PS]
rows1 = [
    ("一、分项报价（照录各家盖章报价单）", None, None, None, None, None),
    ("源码授权费", 138000, 186000, "贰拾万元整", 118000, "8.8万（限时特惠价）"),
    ("部署实施费", "2w", "3.2万", "15k", 12000, 0),
    ("培训费", "0.6w", "含在实施费内", "含在授权费内", 6000, "赠送"),
    ("合计（供应商自报）", "16.4w（不含税）", "贰拾壹万捌仟元整（¥218,000.00）", None, "13万（含税）", 88000),
    ("计税方式", "不含税，开票另加6%", "含税（6%增值税专用发票）", "含税", "含税", "含税"),
    ("二、财务复核（我部公式计算，仅供内部核对，非供应商填报）", None, None, None, None, None),
    ("分项相加（SUM公式结果）", 138000, 186000, 15000, 136000, 0),
    ("与供应商合计差异（合计−分项相加）", "#VALUE!", "#VALUE!", -15000, "#VALUE!", 88000),
    ("复核意见", "分项相加13.8万，五家里除彭山外最低，资质材料齐全，建议优先约谈",
     "授权费18.6万＋实施费3.2万＝21.8万，与大写合计一致", "对方未填合计，分项约21.5万", "分项相加13.6万，对方合计写13万，差6000元，按13.6万计",
     "低于10万，不予考虑"),
    ("三、功能、资质及售后（照录各家盖章报价单）", None, None, None, None, None),
    ("功能模块",
     "个人征信查询、反欺诈、还款管理、审批流、用户管理；风控模型为增值模块，需另付3W（不含税）",
     "个人征信查询（人行二代征信）、风控模型（评分卡＋规则引擎）、反欺诈、还款计划及提醒、风控审批流、用户管理",
     "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理",
     "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理",
     "个人征信查询、风控模型、还款管理、风控审批、用户管理、区块链存证（赠送）"),
    ("等保",
     "系统架构按三级等保技术要求搭建，可配合贵司做测评",
     "已取得网络安全等级保护第三级备案证明，编号51050043021-24006，定级系统为龙马潭个贷业务系统V4（即本次报价系统）",
     "目前持二级备案证明，三级测评尚未启动，也没有时间表",
     "已取得三级备案证明，编号51110043008-23004",
     "已取得三级（备案证明51140043002-24001）"),
    ("数据加密", "敏感数据统一采用国产商用密码加密", "身份证号、手机号、银行卡号SM4加密存储", "AES-256", "SM4（身份证号、手机号）", "SM4"),
    ("传输加密", "HTTPS", "全站HTTPS（TLS1.2及以上）", "HTTPS", "HTTPS", "HTTPS"),
    ("权限管理", "有", "RBAC，按岗位角色授权", "角色权限", "角色权限", "有"),
    ("日志保存", "长期保存", "操作日志保存12个月，异常操作可追溯", "6个月", "6个月", "3个月"),
    ("征信接口", "国内各大主流征信平台都能对接", "直连人行征信中心，另接百行征信", "百行征信", "百行征信", "百行征信"),
    ("免费维护期", "买断即享终身免费维护", "12个月（自验收之日起算）", "12个月", "半年", "3个月"),
    ("维护范围", "—", "缺陷修复及小版本升级", "缺陷修复及小版本升级", "只修bug，版本升级另外收费", "仅修复bug"),
    ("政策适配", "政策类改造视工作量另行核价", "因监管政策变化需要的调整免费", "免费", "按次收费", "另行收费"),
    ("技术支持", "7×24", "7×24小时", "工作日9:00-18:00", "周一至周五 9:00-17:30", "工作日"),
    ("响应时间", "第一时间响应", "1小时内，专属工程师对接", "2小时", "4小时内", "次工作日"),
    ("终身技术咨询", "有", "提供", "提供", "不提供", "无"),
    ("维保期满后年费", "—", "2.4万元/年", "2万元/年", "按合同额12%/年", "1.2万/年"),
    ("写入合同", "售后按我司《服务承诺书》执行，合同正文只约定价款和交付", "以上条款全部写入合同", "写入合同", "写入合同", "否"),
    ("源码交付", "交付源码，核心风控引擎以加密组件形式提供", "完整源码，无加密，可二次开发", "完整源码", "完整源码", "完整源码"),
]
wb = Workbook()
ws = wb.active
ws.title = "分项复核"
ws.append(["眉山仁寿县文林小额贷款有限公司  个人信用贷系统源码采购——供应商分项报价复核表（财务部）"])
ws.append(["说明：一、三部分照录各供应商盖章报价单原文，数字按对方原样录入，未做换算；二部分为财务部复核计算（SUM公式，文字格不参与求和），"
           "仅供内部核对，不是供应商报价。制表：财务部 邓晓梅  2025-11-26"])
ws.append(["项目"] + V1)
for r in rows1:
    ws.append(list(r))
ws.merge_cells("A1:F1")
ws.merge_cells("A2:F2")
for rr in (4, 10, 14):
    ws.merge_cells(start_row=rr, end_row=rr, start_column=1, end_column=6)
ws.cell(5, 3).number_format = "¥#,##0.00"  # 龙马潭's licence fee typed as a currency number
for row in ws.iter_rows(min_row=1):
    for c in row:
        c.alignment = LEFT
ws.column_dimensions["A"].width = 34
for col in "BCDEF":
    ws.column_dimensions[col].width = 40
_save(wb, C1)

c1_comment = f"""
Voice: 眉山仁寿县文林小额贷款有限公司 (个人信用贷 to salaried staff and small shopkeepers; no cross-border business; the band 18–25万). Its
  finance clerk 邓晓梅 typed the five vendors' stamped 报价单 into one comparison as they were written — "2w", "3.2万", "15k",
  "贰拾万元整", "含在实施费内", a 合计 left blank, a 合计 that is not the sum of its items — and then let Excel check them: a SUM row
  that silently skips every amount typed as text, a 差异 row of "#VALUE!", and her own 复核意见, which recommends the vendor whose
  only numeric cell made it look cheapest.
Layout: .xlsx, one sheet 分项复核: a title, a 说明 line (parts 一 and 三 照录 the letters; part 二 is finance's own formulas, "仅供内部
  核对，不是供应商报价"), the header 项目 | five company names, then three sections opened by merged rows: 一、分项报价 (源码授权费 |
  部署实施费 | 培训费 | 合计（供应商自报） | 计税方式), 二、财务复核 (分项相加（SUM公式结果） | 与供应商合计差异 | 复核意见, values pasted,
  not live formulas), 三、功能、资质及售后 (16 rows of the vendors' words).
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per column. The price is the vendor's own 合计 where it gives one (a mismatch with its items is a warning, never
  a reason to take the items), else its items summed; an item "含在…内" adds nothing; every amount is read as typed (w / 万 / k /
  大写 / a number cell with a ¥ format). Section 二 is the buyer's arithmetic and opinion, never a vendor's word: its 138,000 and
  136,000 are no prices, "#VALUE!" says nothing, and "建议优先约谈" is no reason to rank.
Traps: CARELESS TOP PICK {TJ}: finance's SUM shows 138,000 (its "2w" and "0.6w" are text and were skipped) and the clerk writes
  "五家里除彭山外最低…建议优先约谈". But its own 合计 is "16.4w（不含税）" with "开票另加6%", and its risk model — a personal-credit
  must-have — is "增值模块，需另付3W（不含税）": (164,000 + 30,000) × 1.06 = 205,640. Its level is "按三级等保技术要求搭建，可配合贵司做
  测评" (a claim: UNVERIFIED), its encryption "国产商用密码" (no SM4 named), its bureau "国内各大主流征信平台都能对接" (none named), its
  maintenance "买断即享终身免费维护" (the lifetime boast), policy work "视工作量另行核价", the engine "以加密组件形式提供" (partial
  source) and the after-sales "按我司《服务承诺书》执行，合同正文只约定价款和交付" (out of the contract). The careful pick is {LMT} (pass):
  "贰拾壹万捌仟元整（¥218,000.00）" 含税 = 186,000 + 3.2万, training included, in the band (finance's SUM of 186,000 skipped the
  "3.2万"); filing 51050043021-24006 for the system quoted; SM4 on ID / phone / card numbers; TLS1.2+; RBAC; 12-month logs with
  tracing; 人行征信中心 + 百行 direct; every must-have and anti-fraud; 12 months with minor upgrades; free policy adaptation; 7×24;
  1 h, named engineer; lifetime consulting; 2.4万 a year; all in the contract; full source. {CN} left 合计 blank: "贰拾万元整" + "15k"
  = 215,000, but "目前持二级备案证明，三级测评尚未启动，也没有时间表" — level 2: FAIL (and AES-256, no SM4). {JJ}'s own 合计 "13万（含税）"
  is the price, not the 136,000 its items add up to (finance's "按13.6万计" is hers): 130,000 in the caution zone, a pass with "半年"
  (6 months), bug fixes only, adaptation "按次收费", office hours, 4 h, no consulting, 12 % a year. {PS} totals 88,000: under 10万, FAIL.
Not settled and not asserted: 沱江's "长期保存" logs, "第一时间响应", the "—" cells and the standing of its policy and source values
  (the values are asserted); 长宁's after-sales; 彭山's after-sales; whether the warnings for 夹江's mismatch and 长宁's missing 合计 are
  raised; whether section 二's rows, "#VALUE!" and the section titles are listed as skipped. None moves a gate or the pick.
"""
P_ALL = PC + CORE + ["anti_fraud"]
write_toml(C1.replace(".xlsx", ".toml"), c1_comment, "personal_credit", [C1], LMT,
           f"{LMT} proves the level-3 filing of the system it quotes, lists every personal-credit must-have and anti-fraud at 218,000 含税 "
           f"(its own 合计, in the 18–25万 band), with 12 months including upgrades, free policy adaptation, 7×24 within 1 hour, lifetime "
           f"consulting, all in the contract, full source. {TJ} looked cheapest only because finance's SUM skipped its amounts typed as "
           f"text: its own 合计 is 16.4w before 6% VAT and its risk model costs 3W more (205,640), its level 3 is only claimed (unverified), "
           f"the engine is encrypted and the after-sales stay out of the contract; 夹江 passes at its own 13万 in the caution zone with thin "
           f"after-sales; 长宁 holds level 2 (fail); 彭山 is under 10万 (fail).",
           [
               good(LMT, 218000, "'贰拾壹万捌仟元整（¥218,000.00）' under 合计（供应商自报）, '含税（6%增值税专用发票）' — 186,000 + '3.2万', training "
                    "'含在实施费内' (finance's SUM of 186,000 skipped the text). '已取得网络安全等级保护第三级备案证明，编号51050043021-24006，定级系统"
                    "为龙马潭个贷业务系统V4（即本次报价系统）'; SM4 on ID / phone / card numbers; HTTPS TLS1.2+; RBAC; 12-month logs with tracing; "
                    "人行征信中心 + 百行 direct; every must-have and anti-fraud; 12 months with bug fixes and minor upgrades; free policy "
                    "adaptation; 7×24; 1 hour, named engineer; lifetime consulting; 2.4万 a year; all in the contract; full unencrypted source.",
                    P_ALL, response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
               dict(vendor=TJ, gate="unverified", price=205640,
                    why="Own 合计 '16.4w（不含税）' with '不含税，开票另加6%' (finance's SUM 138,000 skipped '2w' and '0.6w', typed as text); the "
                        "risk model '为增值模块，需另付3W（不含税）' is a must-have option at its price: (164,000 + 30,000) × 1.06 = 205,640. "
                        "'系统架构按三级等保技术要求搭建，可配合贵司做测评' is a claim: UNVERIFIED. '国产商用密码' names no SM4; '国内各大主流征信平台都能"
                        "对接' no licensed body; '买断即享终身免费维护' is the lifetime boast; HTTPS; '有' roles; 7×24; consulting '有'; '政策类改造视"
                        "工作量另行核价' (charged); '核心风控引擎以加密组件形式提供' (partial); '合同正文只约定价款和交付' (not in the contract).",
                    values=dict(tls=True, access_control=True, support_7x24=True, lifetime_consulting=True, policy_adaptation_free=False,
                                commitments_in_contract=False, source_code_delivery="partial"),
                    status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                                free_maintenance_months="claimed"),
                    fin=P_ALL, fex=BLOAT, flin=["policy_adaptation_charged", "not_in_contract", "source_partial"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_tls", "no_access_control", "no_7x24", "no_lifetime_consulting",
                                        "bloat_features"]),
               dict(vendor=CN, gate="fail", price=215000,
                    why="合计 left blank: items '贰拾万元整' + '15k' + training '含在授权费内' = 215,000 含税. '目前持二级备案证明，三级测评尚未启动，"
                        "也没有时间表': level 2 held, level 3 not begun — a stated no: FAIL. 'AES-256' is no SM4.",
                    values=dict(mlps_level3=False, sm4_encryption=False), fin=P_ALL, fex=BLOAT,
                    flin=["no_mlps_level3", "no_sm4"], flex=PRICE_FLAGS + ["missing_must_have", "bloat_features"]),
               dict(vendor=JJ, gate="pass", price=130000,
                    why="Own 合计 '13万（含税）' is the price, though its items (118,000 + 12,000 + 6,000) add up to 136,000 — a mismatch to warn of; "
                        "finance's '按13.6万计' is the buyer's. The caution zone. Filing 51110043008-23004; SM4 on ID / phone; HTTPS; roles; 6-month "
                        "logs; 百行; '半年' = 6 months; '只修bug，版本升级另外收费'; policy '按次收费'; '周一至周五 9:00-17:30' (no 7×24); '4小时内'; "
                        "consulting '不提供'; '按合同额12%/年' = 15,600; in the contract; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                                licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                                policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                                annual_fee_after_warranty_cny=15600, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated",
                                lifetime_consulting="stated"),
                    fin=P_ALL, fex=BLOAT,
                    flin=["price_below_15w", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                          "no_7x24", "response_over_2h", "no_lifetime_consulting"],
                    flex=["price_below_10w", "price_over_budget", "price_missing", "no_mlps_level3", "missing_must_have",
                          "audit_log_under_6m", "no_sm4", "no_tls", "no_access_control", "not_in_contract", "bloat_features"]),
               dict(vendor=PS, gate="fail", price=88000,
                    why="'8.8万（限时特惠价）' + 0 + '赠送', 合计 88000 含税: under 10万, FAIL, whatever its filing. '区块链存证（赠送）' is bloat.",
                    values=dict(mlps_level3=True), fin=PC + CORE + ["blockchain_evidence"],
                    flin=["price_below_10w", "bloat_features"], flex=["price_missing", "missing_must_have", "no_mlps_level3"]),
           ])

# ---------------------------------------------------------------- case 02: a phone's SMS backup exported to CSV
C2 = "zzzt_02_ci_shouji_duanxin_beifen.csv"
HS = "安顺虹山数科有限公司"
BZ = "遵义播州数据科技有限公司"
WS = "铜仁万山软件有限公司"
DTH = "毕节倒天河信息技术有限公司"
QSJ = "凯里清水江科技有限公司"
ASK = ("您好，我是都匀黔诚小额贷款有限公司采购部罗婷。我司拟采购消费分期系统源码（买断，部署一套），请短信回复：报价（注明是否含税）、功能模块、"
       "等保、加密、日志、征信接口、售后（免费维护期、范围、政策适配、支持时间、响应时间、终身咨询、过保年费、是否写入合同）、源码交付。以短信文字为准，谢谢。")
sms = [
    ("会话对象", "号码", "收/发", "时间", "短信内容"),
    ("中国移动", "10086", "收到", "2025-11-16 08:02:17",
     "【中国移动】尊敬的客户，截至11月15日24时，您本月套餐内剩余通用流量3.26GB，账户余额58.30元。"),
    ("杨帆 虹山数科", "13885312046", "发出", "2025-11-17 09:12:40", ASK),
    ("杨帆 虹山数科", "13885312046", "收到", "2025-11-17 15:40:05",
     "（1/3）罗经理您好，我是安顺虹山数科有限公司的杨帆。我司分期系统源码买断报价：￥23.8万元整，含税，开13%增值税专票。功能模块：商品管理、"
     "分期计算器、订单跟踪、用户管理、风控审批、还款管理。"),
    ("杨帆 虹山数科", "13885312046", "收到", "2025-11-17 15:40:09",
     "（2/3）等保：已取得第三级备案证明，编号52040043009-24005，定级系统就是本次报价的虹山分期业务管理系统。身份证号、手机号、银行卡号SM4加密"
     "存储；全站HTTPS（TLS1.2）；按岗位角色授权；操作日志保存一年，异常操作可追溯；征信直连人行征信中心和百行征信。"),
    ("杨帆 虹山数科", "13885312046", "收到", "2025-11-17 15:40:14",
     "（3/3）售后：免费维护一年半（即十八个月），期内bug修复和小版本升级均免费；监管政策变化引起的调整免费；7×24小时值班，半小时内响应，专人"
     "对接；终身技术咨询免费；过保后年费2.6万元。以上条款全部写入合同。交付完整源码，无加密，可二次开发。——安顺虹山数科有限公司 杨帆"),
    ("小陈 播州数据", "15985210337", "发出", "2025-11-17 09:13:22", ASK),
    ("小陈 播州数据", "15985210337", "收到", "2025-11-17 10:05:31",
     "罗总好，遵义播州数据科技有限公司小陈。分期系统报价19.9W，功能全有：商品管理、分期计算器、订单管理、用户管理、风控审批、还款管理，还送积分"
     "商城和智能客服机器人。"),
    ("小陈 播州数据", "15985210337", "收到", "2025-11-17 10:07:02",
     "等保三级这块没问题，我们系统是照着三级标准开发的。数据都是国密加密，HTTPS也有。售后终身维护，7×24，随时响应。"),
    ("小陈 播州数据", "15985210337", "发出", "2025-11-17 10:30:45", "19.9W含税吗？订单跟踪在报价里吗？等保有备案证明编号吗？"),
    ("小陈 播州数据", "15985210337", "收到", "2025-11-17 11:52:18",
     "罗总，19.9W是未税价，开票税点另加6个点。订单跟踪属于选配模块，不在19.9W里，需要的话另加1.5W（含税）。等保资料签合同后统一提供。其他不变。"),
    ("小陈 播州数据", "15985210337", "收到", "2025-11-17 11:53:40", "合同一般只写价款和交付清单，售后按我们公司的服务手册走。"),
    ("吴经理 万山软件", "13638561209", "发出", "2025-11-17 09:14:03", ASK),
    ("吴经理 万山软件", "13638561209", "收到", "2025-11-17 16:21:56",
     "罗经理好，铜仁万山软件有限公司报价：贰拾叁万，含税。模块：商品管理、分期计算器、订单跟踪、用户管理、风控审批、还款管理。"),
    ("吴经理 万山软件", "13638561209", "收到", "2025-11-17 16:23:10",
     "等保目前是二级备案，三级公司暂时不考虑做。数据SM4加密，HTTPS，角色权限，日志保存6个月，对接百行征信。免费维护12个月，7×24。"),
    ("李工 倒天河", "18708571123", "发出", "2025-11-17 09:14:48", ASK),
    ("李工 倒天河", "18708571123", "收到", "2025-11-18 09:03:27",
     "罗经理，毕节倒天河信息技术有限公司李伟。报价21-24万（含税），具体看最终配置。功能：商品管理、分期计算器、订单跟踪、用户管理、风控审批、还款管理。"),
    ("李工 倒天河", "18708571123", "收到", "2025-11-18 09:05:11",
     "等保已取得三级，备案证明编号52050043011-23010；SM4加密（身份证号、手机号）；HTTPS；角色权限；日志保存180天；对接百行征信。"),
    ("李工 倒天河", "18708571123", "收到", "2025-11-18 09:07:39",
     "售后：免费维护6个月，只管修bug，升级另收费；政策改动按人天收费；技术支持工作日白天；问题次日上午回复；没有终身咨询；过保年费1.8W/年；"
     "以上写进合同。完整源码交付。"),
    ("王清水江科技", "18285563390", "发出", "2025-11-17 09:15:30", ASK),
    ("王清水江科技", "18285563390", "收到", "2025-11-17 09:48:12",
     "罗经理好，凯里清水江科技有限公司报价：九万八，含部署，含税。功能：商品管理、分期计算器、订单跟踪、用户管理、审批、还款。等保三级已拿证，"
     "编号52260043001-24002。售后免费维护3个月。"),
    ("顺丰速运", "95338", "收到", "2025-11-18 14:26:50",
     "【顺丰速运】您的快件SF1402358866021已由本人签收，感谢使用顺丰，期待再次为您服务。"),
    ("王总", "13908540016", "收到", "2025-11-18 18:30:02", "婷婷，分期系统的报价周五前汇总给我，播州那家最便宜，先约他们来演示。"),
]
write_csv(C2, sms, "utf-8-sig")

c2_comment = f"""
Voice: 都匀黔诚小额贷款有限公司 (消费分期 through phone and appliance shops; no cross-border business; the band 20–30万). Its buyer 罗婷 texted
  the same request to five vendors' reps ("以短信文字为准") and, asked by the boss for the replies, exported her phone's SMS with a
  backup app. The reps type as people text: a long message cut by the phone into "（1/3）（2/3）（3/3）", "19.9W", "￥23.8万元整",
  "贰拾叁万", "21-24万", "九万八", "一年半（即十八个月）", "保存一年", "180天", "半小时", "次日上午", "6个点".
Layout: UTF-8 CSV with BOM, CRLF, header 会话对象 | 号码 | 收/发 | 时间 | 短信内容, one row per SMS grouped by conversation, as the
  backup app writes them; 会话对象 is the name saved in her phone ("杨帆 虹山数科", "小陈 播州数据"); 发出 rows are hers (the request
  repeated to each rep, a follow-up question), 收到 rows the reps'; the operator's balance SMS, a courier's delivery SMS and the
  boss's text sit among them.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor, named by the company its rep's messages give in full (never the saved contact, never a phone
  number); its messages read like a mailbox thread, the later word governing ("19.9W是未税价…其他不变"); 发出 messages are the buyer's
  (its request and questions are no vendor's terms); 10086, 顺丰 and 王总 are no vendors ("播州那家最便宜，先约他们来演示" is the
  boss's view); phone numbers, times, "（1/3）" segment marks, the balance and the waybill are no amounts.
Traps: CARELESS TOP PICK {BZ}: "19.9W", "功能全有", "等保三级这块没问题", "终身维护，7×24", gifts, and the boss's "最便宜，先约他们来演示".
  Asked, the rep answers "19.9W是未税价，开票税点另加6个点。订单跟踪属于选配模块，不在19.9W里，需要的话另加1.5W（含税）。等保资料签合同后
  统一提供": 199,000 × 1.06 + 15,000 = 225,940 with its order tracking (a must-have) bought; level 3 "照着三级标准开发" with papers after
  signing (a claim: UNVERIFIED); "国密加密" names no SM4; "终身维护" no period; "合同一般只写价款和交付清单" keeps the after-sales out; the
  智能客服机器人 given away is bloat. The careful pick is {HS} (pass): "￥23.8万元整，含税，开13%增值税专票" = 238,000 in the band; filing
  52040043009-24005 for the system quoted; SM4 on ID / phone / card numbers; TLS1.2; roles; logs "保存一年" (12 months) with tracing;
  人行 + 百行 direct; every instalment must-have; "免费维护一年半（即十八个月）" = 18 months with minor upgrades; free policy adaptation;
  7×24; "半小时内响应" = 0.5 h, a named person; lifetime consulting; 2.6万 a year; all in the contract; full source. {WS} ("贰拾叁万，
  含税" = 230,000) FAILS: "等保目前是二级备案，三级公司暂时不考虑做". {DTH} quotes "21-24万（含税）": the upper bound, 240,000 (a range, to
  warn of), a pass with "180天" logs (6 months), 6 months bug-fix-only maintenance, policy work by the man-day, "工作日白天", "次日上午回复",
  no consulting, 1.8W a year. {QSJ}'s "九万八，含部署，含税" = 98,000: under 10万, FAIL.
Not settled and not asserted: 播州's HTTPS-only security, "随时响应", the gifts' other module (积分商城 is deferrable, not asserted) and
  the standing of its order tracking (conditional); 倒天河's response value for "次日上午回复" (slower than 2 h: the flag is asserted)
  and the standing of its no-values; 万山's and 清水江's after-sales; whether the buyer's rows, the three non-vendor senders and the
  range leave skips, notes or warnings. None moves a gate or the pick.
"""
I_ALL = CI + CORE + ["repayment_management"]
write_toml(C2.replace(".csv", ".toml"), c2_comment, "consumer_installment", [C2], HS,
           f"{HS} proves the level-3 filing of the system it quotes, lists every instalment must-have at 238,000 含税 in the 20–30万 band, "
           f"with 18 months' maintenance including upgrades, free policy adaptation, 7×24 with a half-hour response, lifetime consulting, "
           f"all in the contract, full source. {BZ} looked cheapest at 19.9W and had the boss's nod, but that is before 6% VAT and without "
           f"order tracking (225,940 with it), its level 3 is only claimed (unverified) and its after-sales stay out of the contract; "
           f"倒天河 passes at the top of its 21-24万 range with thin after-sales; 万山 holds level 2 (fail); 清水江 is under 10万 (fail).",
           [
               good(HS, 238000, "'￥23.8万元整，含税，开13%增值税专票'. '已取得第三级备案证明，编号52040043009-24005，定级系统就是本次报价的虹山分期业务"
                    "管理系统'; SM4 on ID / phone / card numbers; HTTPS TLS1.2; roles; logs '保存一年' = 12 months with tracing; 人行 + 百行 "
                    "direct; every must-have; '免费维护一年半（即十八个月）' = 18 months with bug fixes and minor upgrades; free policy adaptation; "
                    "7×24; '半小时内响应' = 0.5 h, a named person; lifetime consulting; 2.6万 a year; all in the contract; full source.",
                    I_ALL, free_maintenance_months=18, response_hours=0.5, annual_fee_after_warranty_cny=26000,
                    source_code_delivery="full"),
               dict(vendor=BZ, gate="unverified", price=225940,
                    why="'19.9W', then '19.9W是未税价，开票税点另加6个点。订单跟踪属于选配模块，不在19.9W里，需要的话另加1.5W（含税）…其他不变': "
                        "199,000 × 1.06 + 15,000 (already 含税) = 225,940 with the must-have bought. '照着三级标准开发的' and '等保资料签合同后统一提供' "
                        "are a claim: UNVERIFIED. '国密加密' names no SM4; '终身维护' is the lifetime boast; HTTPS; 7×24; '合同一般只写价款和交付清单，"
                        "售后按我们公司的服务手册走' (not in the contract); '智能客服机器人' given away (bloat).",
                    values=dict(tls=True, support_7x24=True, commitments_in_contract=False),
                    status=dict(mlps_level3="claimed", sm4_encryption="claimed", free_maintenance_months="claimed"),
                    fin=I_ALL + ["ai_customer_service"],
                    flin=["not_in_contract", "bloat_features"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_tls", "no_7x24"]),
               dict(vendor=WS, gate="fail", price=230000,
                    why="'贰拾叁万，含税' = 230,000; every must-have — but '等保目前是二级备案，三级公司暂时不考虑做': level 2, not planned — FAIL.",
                    values=dict(mlps_level3=False), fin=I_ALL, fex=BLOAT,
                    flin=["no_mlps_level3"], flex=PRICE_FLAGS + ["missing_must_have", "bloat_features"]),
               dict(vendor=DTH, gate="pass", price=240000,
                    why="'报价21-24万（含税），具体看最终配置': a range, the upper bound 240,000 (in the band). Filing 52050043011-23010; SM4 on ID / "
                        "phone; HTTPS; roles; '日志保存180天' = 6 months; 百行; '免费维护6个月，只管修bug，升级另收费'; '政策改动按人天收费'; '技术支持"
                        "工作日白天' (no 7×24); '问题次日上午回复' (slower than 2 h); '没有终身咨询'; '1.8W/年'; '以上写进合同'; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                                licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                                policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                                annual_fee_after_warranty_cny=18000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", audit_log_months="stated"),
                    fin=I_ALL, fex=BLOAT,
                    flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                          "response_over_2h", "no_lifetime_consulting"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_mlps_level3", "no_sm4", "no_tls", "audit_log_under_6m",
                                        "not_in_contract", "bloat_features"]),
               dict(vendor=QSJ, gate="fail", price=98000,
                    why="'九万八，含部署，含税' = 98,000: under 10万, FAIL, whatever its filing 52260043001-24002.",
                    values=dict(mlps_level3=True), fin=CI,
                    flin=["price_below_10w"], flex=["price_missing", "price_over_budget", "missing_must_have", "no_mlps_level3"]),
           ])

# ---------------------------------------------------------------- case 03: a 询价登记单 with the amount in digit boxes
C3 = "zzzt_03_ml_jine_shuzige_dengjidan.xlsx"
SHH = "吉林松花湖软件有限公司"
LHS = "长春莲花山数科有限公司"
TD = "四平铁东数据科技有限公司"
TJJ = "通化佟佳江科技有限公司"
BEHT = "延边布尔哈通数智科技有限公司"
PLACES = ["佰万", "拾万", "万", "仟", "佰", "拾", "元", "角", "分"]
TERMS = ["报价金额（大写）", "计税", "功能模块", "等保", "数据加密", "传输加密", "权限管理", "日志保存期", "征信接口", "免费维护期", "维护范围",
         "政策适配", "技术支持", "响应时间", "终身技术咨询", "维保期满后年费", "写入合同", "源码交付", "财务部备注"]


def boxes(amount):
    """The digit boxes as an accountant fills them: '￥' in the box before the first digit, then one digit per box to the 分."""
    if amount is None:
        return [None] * len(PLACES)
    digits = [int(d) for d in f"{amount * 100:.0f}"]
    cells = [None] * (len(PLACES) - len(digits)) + digits
    cells[len(PLACES) - len(digits) - 1] = "￥"
    return cells


ML_MODS = "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理"
reg = [
    (SHH, 198000, ["人民币贰拾玖万捌仟元整", "含税", ML_MODS + "、区块链存证（赠送）",
                   "系统具备三级等保防护能力，测评报告签约后补交", "敏感字段均经国密算法处理", "HTTPS", "有", "长期",
                   "市面上主流征信渠道均可接入", "系统终身维护，不另收费", "全包", "—", "7×24", "即时", "有", "无",
                   "售后承诺另出承诺函，不进合同正文", "提供源码（授权绑定贵司服务器使用）", "小写最低，19.8万，建议优先约谈"]),
    (LHS, 296000, ["人民币贰拾玖万陆仟元整", "含税（13%增值税专用发票）",
                   "企业征信查询（人行企业征信、百行）、银行流水分析、电子合同（含CA签章）、风控审批流、还款管理、用户管理",
                   "已取得第三级备案证明，编号22010043014-24007，定级对象：莲花山经营贷业务管理系统（即本次报价系统）",
                   "SM4（统一社会信用代码、法人身份证号、手机号、银行卡号）", "全站HTTPS（TLS1.2）", "RBAC，按岗位分配", "十八个月，异常操作可追溯",
                   "直连人行征信中心，另接百行征信", "1年半", "缺陷修复＋小版本升级", "因监管政策变化的调整免费", "7×24小时", "0.5h，专属工程师",
                   "提供", "2.8万元/年", "以上全部写入合同", "完整源码，无加密，可二次开发", None]),
    (TD, 275000, ["人民币贰拾柒万伍仟元整", "含税", ML_MODS, "二级备案（2022年取得），三级目前不打算做", "SM4", "HTTPS", "角色权限", "6个月",
                  "百行征信", "12个月", "缺陷修复", "免费", "7×24", "2小时", "提供", "2.2万/年", "写入合同", "完整源码", None]),
    (TJJ, 146000, ["人民币壹拾肆万陆仟元整", "含税", ML_MODS, "已取得三级，备案证明编号22050043006-23011", "SM4加密（身份证号、手机号）", "有",
                   "按角色", "6个月", "百行征信", "半年", "仅修复故障，不含升级", "按实际工作量另行收费", "5×8", "次日上午", "无", "合同额的15%/年",
                   "否", "完整源码", None]),
    (BEHT, None, ["人民币贰拾陆万捌仟元整", "不含税（增值税税率6%，开票另加）", ML_MODS, "已取得三级，备案证明编号22240043012-24003",
                  "SM4（身份证号、手机号）", "TLS1.2", "RBAC", "半年", "百行征信、朴道征信", "12个月", "缺陷修复及小版本升级", "免费", "7×24",
                  "四个小时", "不提供", "2.6万/年", "写入合同", "完整源码", "小写栏未填，以大写为准"]),
]
wb = Workbook()
ws = wb.active
ws.title = "询价登记单"
ncol = 2 + len(PLACES) + len(TERMS)
ws.append(["东丰鹿乡小额贷款有限公司  采购询价登记单（经营贷系统源码）"])
ws.append(["填写说明：本登记单由各供应商按格式填写、盖章后回传，财务部汇总录入。金额栏逐格填写，首位数字前一格加“￥”；大小写金额不一致的，以大写金额"
           "为准。功能、资质及售后各栏照录供应商填写原文。录入：财务部 孙丽  2025-12-02"])
ws.append(["序号", "供应商名称（盖章）", "报价金额（小写）"] + [None] * (len(PLACES) - 1) + TERMS)
ws.append([None, None] + PLACES + [None] * len(TERMS))
for i, (name, amount, terms) in enumerate(reg, 1):
    ws.append([i, name] + boxes(amount) + terms)
ws.merge_cells(start_row=1, end_row=1, start_column=1, end_column=ncol)
ws.merge_cells(start_row=2, end_row=2, start_column=1, end_column=ncol)
ws.merge_cells(start_row=3, end_row=3, start_column=3, end_column=2 + len(PLACES))
for col in [1, 2] + list(range(3 + len(PLACES), ncol + 1)):
    ws.merge_cells(start_row=3, end_row=4, start_column=col, end_column=col)
for row in ws.iter_rows(min_row=1):
    for c in row:
        c.alignment = LEFT
for row in ws.iter_rows(min_row=3, max_row=4 + len(reg), min_col=3, max_col=2 + len(PLACES)):
    for c in row:
        c.alignment = CENTER
ws.column_dimensions["A"].width = 6
ws.column_dimensions["B"].width = 30
for k in range(len(PLACES)):
    ws.column_dimensions[get_column_letter(3 + k)].width = 5
for k in range(len(TERMS)):
    ws.column_dimensions[get_column_letter(3 + len(PLACES) + k)].width = 28
_save(wb, C3)

c3_comment = f"""
Voice: 东丰鹿乡小额贷款有限公司 (经营性贷款 to 个体工商户, deer farms and small firms; no cross-border business; the merchant-loan band 25–35万).
  Its finance department sent each vendor the company's own 采购询价登记单 — the amount to be written into a receipt-style row of
  digit boxes, "￥" before the first digit, and again in 大写, "大小写金额不一致的，以大写金额为准" — and its clerk 孙丽 typed the five
  returned, stamped forms into one sheet, box by box and word for word: one vendor's boxes say 198,000 where its 大写 says
  贰拾玖万捌仟; one left the boxes empty; periods and times typed "1年半", "十八个月", "0.5h", "半年", "四个小时", "次日上午".
Layout: .xlsx, one sheet 询价登记单: a title, the 填写说明 line, a two-row header — 序号 | 供应商名称（盖章） (merged down) | 报价金额（小写）
  merged over nine boxes 佰万 | 拾万 | 万 | 仟 | 佰 | 拾 | 元 | 角 | 分 on the second row | then 19 columns merged down (报价金额（大写） |
  计税 | 功能模块 | 等保 | … | 源码交付 | 财务部备注) —, then one row per vendor, a digit (or "￥") per box.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per row. The boxes read left to right are one amount (￥ 2 9 6 0 0 0 0 0 under 拾万…分 is 296,000.00), and the
  大写 is the same amount in words; where they disagree the form itself makes the 大写 govern (a warning says so), and empty boxes
  leave the 大写 alone. The box labels (佰万 … 分) are no amounts, and no box is an amount by itself. The other columns are the
  vendors' words; 财务部备注 is the buyer's.
Traps: CARELESS TOP PICK {SHH}: its boxes show the lowest figure, 198,000.00, and finance notes "小写最低，19.8万，建议优先约谈". But its
  大写 is "人民币贰拾玖万捌仟元整" = 298,000, which the form says governs; its level is "系统具备三级等保防护能力，测评报告签约后补交" (a
  claim, proof after signing: UNVERIFIED); "敏感字段均经国密算法处理" names no SM4, "市面上主流征信渠道均可接入" no licensed body, "系统
  终身维护，不另收费" is the lifetime boast; "售后承诺另出承诺函，不进合同正文" keeps the after-sales out of the contract; "提供源码（授权绑定
  贵司服务器使用）" is a licence locked to a server (licence only); 区块链存证 is given away (bloat). The careful pick is {LHS} (pass):
  boxes and 大写 agree on 296,000 含税, in the band; filing 22010043014-24007 for the system quoted; SM4 on the credit code, ID, phone
  and card numbers; TLS1.2; RBAC; logs "十八个月" with tracing; 人行征信中心 + 百行 direct; every merchant-loan must-have; "1年半" = 18
  months with minor upgrades; free policy adaptation; 7×24; "0.5h" to a named engineer; lifetime consulting; 2.8万 a year; all in the
  contract; full source. {TD} (275,000) FAILS: "二级备案（2022年取得），三级目前不打算做". {TJJ} passes in the caution zone (146,000 含税)
  with "半年" (6 months), "仅修复故障，不含升级", adaptation charged by the workload, 5×8, "次日上午", no consulting, 15 % of the
  contract a year (21,900) and "写入合同：否". {BEHT} left its boxes empty: "人民币贰拾陆万捌仟元整" with "不含税（增值税税率6%，开票另加）"
  = 268,000 × 1.06 = 284,080, a pass with "四个小时" (4 h), "半年" logs (6 months: not under 6) and no lifetime consulting.
Not settled and not asserted: 松花湖's "长期" logs, "全包", "即时", "无" under the yearly fee and its consulting "有"; 佟佳江's response
  value for "次日上午" (slower than 2 h: the flag is asserted); 铁东's after-sales; whether the disagreement, the empty boxes, the box
  labels, the 填写说明 and the 财务部备注 leave warnings, notes or skips. None moves a gate or the pick.
"""
M_ALL = ML + CORE + ["repayment_management"]
write_toml(C3.replace(".xlsx", ".toml"), c3_comment, "merchant_loan", [C3], LHS,
           f"{LHS} proves the level-3 filing of the system it quotes, lists every merchant-loan must-have at 296,000 含税 (boxes and 大写 "
           f"agree) in the 25–35万 band, with 18 months' maintenance including upgrades, free policy adaptation, 7×24 with a half-hour "
           f"response, lifetime consulting, all in the contract, full source. {SHH}'s boxes said 198,000 but its 大写, which the form makes "
           f"govern, says 298,000; its level 3 is only claimed (unverified), its source is locked to a server and its after-sales stay out "
           f"of the contract; 布尔哈通 passes at 284,080 with a 4-hour response and no lifetime consulting; 佟佳江 passes in the caution zone "
           f"with thin after-sales; 铁东 holds level 2 (fail).",
           [
               good(LHS, 296000, "Boxes '￥ 2 9 6 0 0 0 0 0' and '人民币贰拾玖万陆仟元整' agree: 296,000, '含税（13%增值税专用发票）'. '已取得第三级备案证明，"
                    "编号22010043014-24007，定级对象：莲花山经营贷业务管理系统（即本次报价系统）'; SM4 on the credit code, ID, phone and card "
                    "numbers; HTTPS TLS1.2; RBAC; logs '十八个月' with tracing; 人行征信中心 + 百行 direct; every must-have; '1年半' = 18 months "
                    "with bug fixes and minor upgrades; free policy adaptation; 7×24; '0.5h', named engineer; lifetime consulting; 2.8万 a year; "
                    "all in the contract; full unencrypted source.",
                    M_ALL, free_maintenance_months=18, audit_log_months=18, response_hours=0.5,
                    annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
               dict(vendor=SHH, gate="unverified", price=298000,
                    why="Boxes '￥ 1 9 8 0 0 0 0 0' = 198,000 but 大写 '人民币贰拾玖万捌仟元整' = 298,000, and the form says '大小写金额不一致的，以"
                        "大写金额为准': 298,000 含税. '系统具备三级等保防护能力，测评报告签约后补交' is a claim: UNVERIFIED. '国密算法' names no SM4; "
                        "'市面上主流征信渠道均可接入' no licensed body; '系统终身维护，不另收费' is the lifetime boast; HTTPS; '有' roles; 7×24; '售后"
                        "承诺另出承诺函，不进合同正文' (not in the contract); '提供源码（授权绑定贵司服务器使用）' (licence only); '区块链存证（赠送）' "
                        "(bloat). Finance's '小写最低…建议优先约谈' is the buyer's.",
                    values=dict(tls=True, access_control=True, support_7x24=True, commitments_in_contract=False,
                                source_code_delivery="licence_only"),
                    status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                                free_maintenance_months="claimed"),
                    fin=M_ALL + ["blockchain_evidence"],
                    flin=["not_in_contract", "source_licence_only", "bloat_features"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_tls", "no_access_control", "no_7x24"]),
               dict(vendor=TD, gate="fail", price=275000,
                    why="Boxes and '人民币贰拾柒万伍仟元整' agree: 275,000 含税; every must-have — but '二级备案（2022年取得），三级目前不打算做': level 2, "
                        "not planned — FAIL.",
                    values=dict(mlps_level3=False), fin=M_ALL, fex=BLOAT,
                    flin=["no_mlps_level3"], flex=PRICE_FLAGS + ["missing_must_have", "bloat_features"]),
               dict(vendor=TJJ, gate="pass", price=146000,
                    why="Boxes and '人民币壹拾肆万陆仟元整' agree: 146,000 含税, the caution zone. Filing 22050043006-23011; SM4 on ID / phone; HTTPS "
                        "'有'; roles; 6-month logs; 百行; '半年' = 6 months; '仅修复故障，不含升级'; '按实际工作量另行收费'; '5×8'; '次日上午' (slower "
                        "than 2 h); consulting '无'; '合同额的15%/年' = 21,900; 写入合同 '否'; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                                licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                                policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                                annual_fee_after_warranty_cny=21900, commitments_in_contract=False, source_code_delivery="full"),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated",
                                commitments_in_contract="stated"),
                    fin=M_ALL, fex=BLOAT,
                    flin=["price_below_15w", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                          "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract"],
                    flex=["price_below_10w", "price_over_budget", "price_missing", "no_mlps_level3", "missing_must_have",
                          "audit_log_under_6m", "no_sm4", "no_tls", "no_access_control", "bloat_features"]),
               dict(vendor=BEHT, gate="pass", price=284080,
                    why="Boxes left empty; '人民币贰拾陆万捌仟元整' with '不含税（增值税税率6%，开票另加）' = 268,000 × 1.06 = 284,080, in the band. "
                        "Filing 22240043012-24003; SM4 on ID / phone; TLS1.2; RBAC; logs '半年' = 6 months; 百行 + 朴道; 12 months with bug fixes "
                        "and minor upgrades; free policy adaptation; 7×24; '四个小时' = 4 h; consulting '不提供'; 2.6万 a year; in the contract; "
                        "full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                                policy_adaptation_free=True, support_7x24=True, response_hours=4, lifetime_consulting=False,
                                annual_fee_after_warranty_cny=26000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", response_hours="stated",
                                lifetime_consulting="stated"),
                    fin=M_ALL, fex=BLOAT,
                    flin=["response_over_2h", "no_lifetime_consulting"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "missing_must_have", "no_sm4", "no_tls", "no_access_control",
                                        "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                                        "policy_adaptation_charged", "no_7x24", "not_in_contract", "bloat_features"]),
           ])
