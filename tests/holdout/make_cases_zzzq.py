"""Blind cases zzzq_*: "documents a small company's staff really produce when they compare vendors".

01 the 综合办公室's 收文登记簿 (register of incoming documents): the vendors' letters registered among a regulator's notice and the
   landlord's, a vendor's 更正函 and 补充函 registered later, the clerk's 拟办意见 and the chairman's 领导批示 beside each;
02 finance's fixed-form 采购比价审批单 saved as a GBK CSV: vendors numbered 供应商一…五 across, the company only in its 单位名称 row,
   the sign-off rows (经办人 / 部门负责人 / 财务 / 总经理) typed into the first vendor's column where the merged cell landed;
03 a leaving IT engineer's 工作交接清单: a block of daily duties, then the inquiry table (the vendors' latest written words copied
   beside his own notes in Chinese and English), file locations and his loose ends.
Expectations written from shared/domain.md and docs/analyst-reading.md only; the product was not run on these files.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

sys.path.insert(0, str(Path(__file__).resolve().parent))
from case_io import BLOAT, CI, CORE, ML, PC, LEFT, _save, good, write_csv, write_toml  # noqa: E402

PRICE_FLAGS = ["price_below_10w", "price_below_15w", "price_over_budget", "price_missing"]

# ---------------------------------------------------------------- case 01: 收文登记簿
C1 = "zzzq_01_pc_shouwen_dengjibu_gengzhenghan.xlsx"
BUYER1 = "弋阳县弋江小额贷款有限公司"
REG = "上饶市地方金融管理局"
WY = "弋阳县叠山物业服务有限公司"
CN = "景德镇昌南数智科技有限公司"   # careless pick
FX = "宜春奉新数据科技有限公司"     # careful pick
LN = "赣州龙南软件有限公司"         # level 2: fail
JX = "抚州金溪数科有限公司"         # caution zone, thin after-sales
QS = "上饶铅山网络科技有限公司"     # declines

cn_letter = (
    f"致{BUYER1}：\n"
    "一、报价：小额贷款业务系统（个人信用贷版）源码买断，报价人民币壹拾捌万陆仟元整（¥186,000.00）。\n"
    "二、功能：个人征信查询、智能风控模型、反欺诈引擎、还款计划及到期提醒、审批流、用户管理。\n"
    "三、资质与安全：本系统已按网络安全等级保护三级要求完成建设，相关测评资料待合同签订后提供；敏感数据采用国家商用密码算法加密存储；"
    "可对接市面主流征信渠道。\n"
    "四、服务：永久免费运维，7×24小时服务热线，2小时内响应。")
cn_fix = ("我司11月3日报价函中所列¥186,000.00为不含税价格，增值税税率13%，开票时另行计收。"
          "除上述更正外，原报价函其余内容不变。")
fx_letter = (
    "一、报价：个人信用贷款管理系统源码（完整源码买断，一套），合同总价人民币贰拾贰万捌仟元整（¥228,000.00），已含6%增值税。\n"
    "二、功能模块：个人征信查询、风控模型（评分卡＋决策引擎）、反欺诈、还款计划与到期提醒、风控审批、用户管理。\n"
    "三、等保：本系统已取得网络安全等级保护第三级备案证明，证明编号36090043016-24007，定级对象为奉新个贷管理系统V3（即本次报价系统）。\n"
    "四、安全：身份证号、手机号、银行卡号以SM4加密存储；全站HTTPS（TLS1.2及以上）；RBAC角色权限管理；操作日志保存12个月，异常操作可追溯。\n"
    "五、征信：已直连中国人民银行征信中心及百行征信。\n"
    "六、售后：免费维护12个月，含缺陷修复及小版本升级；因监管政策变化所需的系统调整免费；7×24小时技术支持，1小时内响应，指定专属工程师；"
    "提供终身技术咨询；维保期满后年服务费2.4万元。\n"
    "七、以上承诺全部写入合同；交付完整源代码，无加密，可二次开发。")
fx_supp = "经我司研究，维保期满后年服务费由每年2.4万元调整为每年2.2万元，其他服务条款维持原函不变。"
ln_letter = (
    "报价：199,000元（含税）\n"
    "功能：个人征信对接、风控模型、反欺诈、还款管理、审批流程、用户管理\n"
    "等保：我司系统现持有网络安全等级保护第二级备案证明（36070243011-22004），三级测评尚未列入计划\n"
    "加密：AES-256\n"
    "日志：保存6个月\n"
    "售后：免费维护一年，工作日技术支持")
jx_letter = (
    "一、报价：¥138,000.00（含税，含部署实施及培训）。\n"
    "二、功能：个人征信查询、风控模型、反欺诈规则引擎、还款管理、审批流、用户管理。\n"
    "三、等保：已取得等保三级备案证明，编号36100043019-24002，定级系统为金溪信贷管理系统（本次报价产品）。\n"
    "四、安全：身份证号、手机号SM4加密；全站HTTPS；按角色分配操作权限；操作日志保存180天。\n"
    "五、征信：百行征信。\n"
    "六、售后：免费维护6个月，维护内容限于程序故障排除，新版本升级需另购；监管政策变化引起的改造按工作量另行报价；"
    "技术支持时间为工作日8:30-17:30，4小时内响应；不提供终身技术咨询；维保期满后年服务费为合同金额的12%。\n"
    "七、上述服务内容以我司《客户服务手册》为准，不写入合同条款。")
qs_letter = "贵司11月1日询价函收悉。因我司现有项目排期已满，本次无法参与报价，感谢贵司的信任与支持。"
reg_text = ("各小额贷款公司：为防范客户信息泄露风险，现就有关事项通知如下：一、业务系统应当开展网络安全等级保护测评，新建系统原则上应达到第三级；"
            "二、客户身份证号、手机号等敏感信息应加密存储；三、系统操作日志留存不少于6个月。请于2026年3月31日前完成自查并报送情况。")
wy_text = ("各入驻单位：我司定于11月18日至19日对大楼消防设施进行年度检测，检测期间可能短时断电，请各单位提前做好服务器等设备的防护。"
           "检测费用由物业承担。")

reg_rows = [
    ("弋江收〔2025〕131号", "2025-10-28", REG, "关于进一步做好小额贷款公司信息系统安全管理工作的通知", "邮寄", 4, reg_text,
     "请科技部牵头落实，并作为本次业务系统采购的必备条件。", "同意。刘卫东 10.29", "科技部", "已转"),
    ("弋江收〔2025〕132号", "2025-11-03", CN, "小额贷款业务系统源码报价函", "快递", 3, cn_letter,
     "转科技部比选。", "价格最低，功能也全，资质说没问题，请科技部优先对接。刘卫东 11.4", "科技部", "比选中"),
    ("弋江收〔2025〕133号", "2025-11-04", WY, "关于11月份开展大楼消防设施年度检测的通知", "当面送达", 1, wy_text,
     "转科技部注意机房断电。", "阅。", "科技部", "已转"),
    ("弋江收〔2025〕134号", "2025-11-05", FX, "个人信用贷款管理系统源码报价函", "快递", 5, fx_letter,
     "转科技部比选。报价偏高，建议议价。", "阅，请科技部一并比较。刘卫东 11.6", "科技部", "比选中"),
    ("弋江收〔2025〕135号", "2025-11-06", LN, "报价单", "邮件", 2, ln_letter,
     "转科技部比选。", "阅。", "科技部", "比选中"),
    ("弋江收〔2025〕136号", "2025-11-07", JX, "系统报价及服务说明", "快递", 4, jx_letter,
     "转科技部比选。价格低于其他几家。", "阅。", "科技部", "比选中"),
    ("弋江收〔2025〕137号", "2025-11-10", CN, "关于报价函的更正说明", "邮件", 1, cn_fix,
     "转科技部。", "阅。刘卫东", "科技部", "已转"),
    ("弋江收〔2025〕138号", "2025-11-12", QS, "关于小额贷款业务系统询价的复函", "邮件", 1, qs_letter,
     "存档。", "阅。", "综合办", "已归档"),
    ("弋江收〔2025〕139号", "2025-11-14", FX, "关于售后服务费用的补充函", "邮件", 1, fx_supp,
     "转科技部。", "阅。", "科技部", "已转"),
]
wb = Workbook()
ws = wb.active
ws.title = "收文登记"
ws.append([f"{BUYER1} 2025年收文登记簿"])
ws.append(["登记部门：综合办公室　登记人：胡晓燕　说明：“来文要点”一栏照录来文原文（节选）；拟办意见为综合办意见；领导批示据批示单转录。"])
ws.append(["收文编号", "收文日期", "来文单位", "文件标题", "来文方式", "页数", "来文要点（照录原文）", "拟办意见", "领导批示", "承办部门",
           "办理情况"])
for r in reg_rows:
    ws.append(list(r))
ws["A1"].font = Font(bold=True, size=14)
for row in ws.iter_rows(min_row=4):
    for c in row:
        c.alignment = LEFT
for col, w in zip("ABCDEFGHIJK", (20, 12, 30, 34, 10, 6, 90, 30, 34, 10, 10)):
    ws.column_dimensions[col].width = w
_save(wb, C1)

c1_comment = f"""
Voice: {BUYER1} (个人信用贷 to salaried staff and small traders in a county town; no cross-border business; the band 18–25万). The
  综合办公室's clerk 胡晓燕 registers every document that comes in — by post, courier, hand or mail — in the company's 收文登记簿, as the
  rules for the 公文 of a small financial company ask; the vendors' quotation letters went into it like any other letter, between the
  regulator's notice and the landlord's, each with the clerk's 拟办意见 and the chairman 刘卫东's 批示 copied from the slip.
Layout: .xlsx, one sheet 收文登记: a title row, a 登记说明 row ("来文要点一栏照录来文原文（节选）；拟办意见为综合办意见；领导批示据批示单
  转录"), the header on row 3: 收文编号 | 收文日期 | 来文单位 | 文件标题 | 来文方式 | 页数 | 来文要点（照录原文） | 拟办意见 | 领导批示 | 承办部门 |
  办理情况, then nine registrations in date order: the 金融管理局's notice, five vendors' letters, the 物业's notice, a vendor's 更正说明
  a week after its letter, a vendor's 复函 declining, a vendor's 补充函 on its fee. 来文要点 holds each letter's clauses on lines of one cell.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor that wrote, named by 来文单位 and read from 来文要点 (the letters' own words) only; a vendor's later letter
  is its later word ("更正…除上述更正外，原报价函其余内容不变"; "年服务费由每年2.4万元调整为每年2.2万元，其他服务条款维持原函不变"), read over the
  earlier one on what it names, the rest standing. 收文编号 ("弋江收〔2025〕132号"), dates, 页数 and the 批示's "11.4" are no amounts. The
  regulator's notice and the landlord's are no quotes (a 来文单位 is not a vendor because it wrote: neither offers a system); the
  regulator's "第三级", "不少于6个月" and "2026年3月31日" are its requirements, nobody's terms. 拟办意见 and 领导批示 are the buyer's. A
  复函 declining ("本次无法参与报价") is no quote.
Traps: CARELESS TOP PICK {CN}: the lowest figure (¥186,000.00), every personal-credit must-have with anti-fraud, "7×24…2小时内响应",
  "永久免费运维", and the chairman's own 批示 "价格最低，功能也全，资质说没问题，请科技部优先对接". But its level is "已按网络安全等级保护三级
  要求完成建设，相关测评资料待合同签订后提供" — built to the level, proof after signing: a claim, UNVERIFIED; "国家商用密码算法" names no SM4
  and "可对接市面主流征信渠道" no licensed bureau (claims); and its 更正说明 of 11-10 makes the ¥186,000.00 "不含税价格，增值税税率13%" =
  186,000 × 1.13 = 210,180. The careful pick is {FX} (pass): "合同总价人民币贰拾贰万捌仟元整（¥228,000.00），已含6%增值税" = 228,000 in the
  band; filing 36090043016-24007 for the system quoted; SM4 on ID / phone / card numbers; TLS1.2; RBAC; 12-month logs with tracing;
  人行征信中心 + 百行 direct; every must-have and anti-fraud; 12 months with minor upgrades; free policy adaptation; 7×24; 1 h to a named
  engineer; lifetime consulting; all in the contract; full source; its 补充函 lowers the yearly fee to 2.2万. {LN} holds "第二级备案证明…三级
  测评尚未列入计划": level 2, FAIL. {JX} passes in the caution zone (¥138,000.00 含税) with 6 months, fault fixing only ("新版本升级需另购"),
  adaptation charged by the workload, office hours, 4 h, no consulting, 12 % a year, and "不写入合同条款". {QS} declines: no quote.
Not settled and not asserted: 昌南's "永久免费运维" as 12 months claimed (运维 for 维护) and its unstated TLS, access control, logs and
  contract; the standing of 金溪's upgrades and adaptation (conditional or stated no; the values are asserted); 龙南's "免费维护一年",
  "工作日技术支持" and its AES; whether the two notices, the decline and the 更正 / 补充 letters leave skips, notes or warnings; the
  mlps value of 昌南's claim. None moves a gate or the pick.
"""
P_ALL = PC + CORE + ["anti_fraud"]
write_toml(C1.replace(".xlsx", ".toml"), c1_comment, "personal_credit", [C1], FX,
           f"{FX} proves the level-3 filing of the system it quotes, lists every personal-credit must-have and anti-fraud at 228,000 "
           f"含税 in the 18–25万 band, with 12 months including upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, "
           f"all in the contract, full source, 2.2万 a year after its 补充函. {CN} looked cheapest and had the chairman's 批示, but its "
           f"level 3 is built-to with proof after signing (unverified) and its 更正说明 makes 186,000 tax-exclusive, 210,180; {JX} passes "
           f"in the caution zone with thin after-sales kept out of the contract; {LN} holds level 2 (fail); {QS} declined.",
           [
               good(FX, 228000, "'合同总价人民币贰拾贰万捌仟元整（¥228,000.00），已含6%增值税'. '已取得网络安全等级保护第三级备案证明，证明编号"
                    "36090043016-24007，定级对象为奉新个贷管理系统V3（即本次报价系统）'; SM4 on ID / phone / card numbers; HTTPS (TLS1.2+); RBAC; "
                    "12-month logs with tracing; 人行征信中心 + 百行 direct; every must-have and anti-fraud; 12 months with bug fixes and minor "
                    "upgrades; free policy adaptation; 7×24; 1 hour, named engineer; lifetime consulting; all in the contract; full "
                    "unencrypted source. The 11-14 补充函 '年服务费由每年2.4万元调整为每年2.2万元，其他服务条款维持原函不变' governs the fee: 22,000.",
                    P_ALL, response_hours=1, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
               dict(vendor=CN, gate="unverified", price=210180,
                    why="Letter of 11-03: '报价人民币壹拾捌万陆仟元整（¥186,000.00）'; its 更正说明 of 11-10: '¥186,000.00为不含税价格，增值税税率13%，"
                        "开票时另行计收…其余内容不变' = 186,000 × 1.13 = 210,180. '已按网络安全等级保护三级要求完成建设，相关测评资料待合同签订后提供' "
                        "is a claim (no filing, proof after signing): UNVERIFIED. '国家商用密码算法' (which?) and '可对接市面主流征信渠道' (which "
                        "licensed body?) are claims. Every must-have and anti-fraud; '7×24小时服务热线，2小时内响应'. The chairman's 批示 is the buyer's.",
                    values=dict(support_7x24=True, response_hours=2),
                    status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
                    fin=P_ALL, fex=BLOAT,
                    flex=PRICE_FLAGS + ["missing_must_have", "no_7x24", "response_over_2h", "bloat_features"]),
               dict(vendor=LN, gate="fail", price=199000,
                    why="'报价：199,000元（含税）'; every must-have — but '现持有网络安全等级保护第二级备案证明…三级测评尚未列入计划': level 2 "
                        "held, level 3 not even planned: a stated no, FAIL.",
                    values=dict(mlps_level3=False), fin=P_ALL, fex=BLOAT, flin=["no_mlps_level3"],
                    flex=PRICE_FLAGS + ["missing_must_have", "bloat_features"]),
               dict(vendor=JX, gate="pass", price=138000,
                    why="'¥138,000.00（含税，含部署实施及培训）': the caution zone. Filing 36100043019-24002 for the system quoted; SM4 on ID / "
                        "phone numbers; HTTPS; roles; logs '180天' = 6 months; 百行. '免费维护6个月，维护内容限于程序故障排除，新版本升级需另购'; "
                        "'监管政策变化引起的改造按工作量另行报价'; '工作日8:30-17:30' (no 7×24); '4小时内响应'; '不提供终身技术咨询'; "
                        "'年服务费为合同金额的12%' = 16,560 a year; '以我司《客户服务手册》为准，不写入合同条款'.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                                licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                                policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                                annual_fee_after_warranty_cny=16560, commitments_in_contract=False),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated",
                                lifetime_consulting="stated"),
                    fin=P_ALL, fex=BLOAT,
                    flin=["price_below_15w", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                          "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract"],
                    flex=["price_below_10w", "price_over_budget", "price_missing", "no_mlps_level3", "missing_must_have",
                          "audit_log_under_6m", "no_sm4", "no_tls", "bloat_features"]),
           ])

# ---------------------------------------------------------------- case 02: finance's 采购比价审批单 as GBK CSV
C2 = "zzzq_02_ml_caigou_bijiadan_gongyingshang_bianhao_gbk.csv"
BUYER2 = "阆中市锦屏小额贷款有限公司"
SF = "德阳什邡信息技术有限公司"   # 供应商一, careful pick
JM = "广元剑门数科有限公司"       # 供应商二, careless pick
JL = "南充嘉陵软件有限公司"       # 供应商三, e-contract not in this delivery: fail
ZT = "绵阳梓潼云科技有限公司"     # 供应商四, SaaS rent only: no price
PX = "遂宁蓬溪网络科技有限公司"   # 供应商五, small taxpayer 1 %, major policy changes charged

form = [
    ["采购比价审批单（三方及以上比价）", "", "", "", "", "", ""],
    [f"申请单位：{BUYER2}", "", "申请部门：业务部", "", "申请人：何雨桐", "", "申请日期：2025-11-24"],
    ["采购事项：商户经营贷业务系统源码（买断，部署一套）", "", "", "预算金额：300000.00元", "", "", ""],
    ["填表说明：供应商按询价先后编号；各栏按供应商书面报价单原文填写；金额单位：元", "", "", "", "", "", ""],
    ["比价项目", "供应商一", "供应商二", "供应商三", "供应商四", "供应商五", "经办人备注"],
    ["单位名称", SF, JM, JL, ZT, PX, ""],
    ["联系人及电话", "罗经理 139****2871", "杜经理 138****0416", "袁工 135****7720", "蒋经理 181****3095", "谢经理 177****6203", ""],
    ["报价（元）", "298000.00", "238000.00", "265000.00", "58000.00/年（云端租用，源码不单独出售）", "312000.00",
     "供应商二最低"],
    ["发票类型及税率", "增值税专用发票，税率13%，报价已含税", "增值税专用发票13%，报价为不含税价，税金另计", "增值税专用发票，报价含税",
     "增值税专用发票6%，报价含税", "小规模纳税人，按1%征收率开具增值税普通发票，上述报价未含税费", ""],
    ["报价包含内容", "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "企业征信查询、电子合同、风控审批、还款管理、用户管理",
     "企业征信查询、银行流水分析、风控审批、还款管理、用户管理（本期交付不含电子合同，该模块计划明年二季度随V4版本发布）",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理", ""],
    ["另计/选配项目", "无", "银行流水分析模块（选配），另加45000.00元（不含税）", "无", "—", "数据分析大屏（选配）26000.00元",
     "供应商二流水分析要另加"],
    ["资质（等保）", "已取得等保三级，备案证明编号51068243012-24005，定级对象：什邡经营贷管理系统（本次报价系统）",
     "产品达到等保三级技术要求，已在多家持牌机构通过现场检查", "已取得等保三级，备案证明编号51130043008-23011",
     "云平台已取得等保三级备案（编号51070443010-24018）",
     "已取得等保三级，备案证明编号51092243005-24013，定级对象为蓬溪经营贷系统（本次报价产品）", "供应商二说证书原件在总部"],
    ["数据安全", "身份证号、手机号、银行卡号SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月，异常行为可追溯",
     "国密加密、HTTPS、权限分级管理、日志长期保存", "SM4加密；HTTPS；角色权限；操作日志保存12个月", "SM4加密；HTTPS；角色权限；日志保存12个月",
     "身份证号、手机号SM4加密；HTTPS；RBAC；操作日志保存12个月", ""],
    ["征信接口", "已直连人行征信中心、百行征信", "主流征信机构均可接入", "百行征信", "百行征信", "百行征信、朴道征信直连", ""],
    ["免费维护期及范围", "12个月，含缺陷修复及小版本升级；终身技术咨询免费", "终身免费售后", "12个月，含缺陷修复",
     "租用期内含维护", "12个月，含缺陷修复及小版本升级（大版本升级另计）；提供终身技术咨询", ""],
    ["技术支持及响应时间", "7×24小时，1小时内响应，专属工程师", "7×24小时", "工作日9:00-18:00，4小时内响应", "7×24小时在线客服",
     "7×24小时，2小时内响应", ""],
    ["监管政策调整", "监管政策调整所需改造免费", "", "按人天另行收费", "平台统一升级", "一般性监管调整免费，遇重大监管新规需改造的，费用双方另行协商", ""],
    ["维保期满后费用", "年服务费2.6万元", "—", "年服务费3万元", "—", "年服务费为合同金额的10%", ""],
    ["是否写入合同", "是，以上售后条款全部写入合同", "如贵司需要，可在合同中约定", "是", "以平台服务协议为准", "是，以上条款全部写入合同", ""],
    ["源码交付", "完整源码，无加密，可二次开发", "提供源码", "完整源码", "不提供源码，仅提供SaaS账号", "完整源码，无加密", ""],
    ["付款方式", "签约付30%，上线付60%，验收满3个月付10%", "签约付50%，上线付50%", "签约付40%，验收付60%", "按年预付", "签约付30%，验收付70%",
     ""],
    ["交付周期", "合同签订后45个工作日", "合同签订后30个工作日", "合同签订后60个工作日", "开通即用", "合同签订后50个工作日", ""],
    ["报价有效期", "90天", "60天", "90天", "30天", "90天", ""],
    ["", "", "", "", "", "", ""],
    ["经办人意见", "经比较，供应商二报价最低（23.8万元），支持国密和等保三级，终身免费售后，7×24小时服务，建议选定供应商二：广元剑门数科有限公司。"
     "经办人：何雨桐 11-24", "", "", "", "", ""],
    ["部门负责人意见", "同意经办人意见。蒲志刚 11-25", "", "", "", "", ""],
    ["财务部审核", "供应商二为不含税报价，银行流水分析另计；供应商四为年租金。请业务部核实后再报。财务：吴丹 11-25", "", "", "", "", ""],
    ["总经理审批", "同意选定供应商二，尽快签约。冉建国 11-26", "", "", "", "", ""],
]
write_csv(C2, form, "gbk")

c2_comment = f"""
Voice: {BUYER2} (经营性贷款 to 个体工商户 and small firms in the old town; no cross-border business; the merchant-loan band 25–35万). Its
  finance rules ask a 三方比价 on a fixed form for any purchase; the business department's 何雨桐 filled the form from the five vendors'
  written quotes, and the department head, finance and the general manager signed below. Finance saved the sheet as CSV for the archive.
Layout: GBK CSV, CRLF, seven columns. Four lines of the form's head (title; 申请单位 / 部门 / 申请人 / 日期; 采购事项 and "预算金额：
  300000.00元"; "填表说明：供应商按询价先后编号；各栏按供应商书面报价单原文填写；金额单位：元"), then the table: header "比价项目 | 供应商一 |
  … | 供应商五 | 经办人备注" — the vendors are NUMBERED in the header and named only in the first row, 单位名称 —, then 联系人及电话, 报价（元）,
  发票类型及税率, 报价包含内容, 另计/选配项目, 资质（等保）, 数据安全, 征信接口, 免费维护期及范围, 技术支持及响应时间, 监管政策调整, 维保期满后费用,
  是否写入合同, 源码交付, 付款方式, 交付周期, 报价有效期; a blank line; then the sign-off rows 经办人意见 / 部门负责人意见 / 财务部审核 / 总经理审批,
  each opinion written across the form's merged cell and so landing in column B, under 供应商一.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor column, named by its 单位名称 (never "供应商一"); each row read for the field its label names, in the
  vendor's words; amounts in 元. 联系人及电话, 付款方式 (payment shares), 交付周期, 报价有效期 and the form's 预算金额 are no price or term. The
  经办人备注 column and the four sign-off rows are the buyer's — the 经办人意见 in column B speaks of 供应商二 and is no word of 供应商一's.
Traps: CARELESS TOP PICK {JM} (供应商二): the lowest figure "238000.00", "达到等保三级技术要求", "国密加密", "终身免费售后", "7×24小时", and the
  whole sign-off chain choosing it ("建议选定供应商二" … "同意选定供应商二，尽快签约"). But its price is "不含税价，税金另计" at 13 %, its list
  lacks bank-statement analysis, offered as "银行流水分析模块（选配），另加45000.00元（不含税）" — a must-have option at its price —, so
  (238,000 + 45,000) × 1.13 = 319,790; and its level is only claimed ("产品达到等保三级技术要求，已在多家持牌机构通过现场检查": other lenders'
  inspections prove nothing of a filing): UNVERIFIED. The careful pick is {SF} (供应商一, pass): "298000.00", "税率13%，报价已含税" =
  298,000 in the band; filing 51068243012-24005 for the system quoted; SM4 on ID / phone / card numbers; TLS1.2; RBAC; 12-month logs
  with tracing; 人行 + 百行 direct; every must-have; 12 months with minor upgrades and free lifetime consulting; 7×24; 1 h, named
  engineer; free policy adaptation; 2.6万 a year; all in the contract; full source. {JL} puts 电子合同 out of this delivery ("本期交付不含
  电子合同，该模块计划明年二季度随V4版本发布"): a must-have missing, FAIL. {ZT} only rents ("58000.00/年（云端租用，源码不单独出售）"): a
  yearly rent is no source price — no price, UNVERIFIED, never a fail under 10万. {PX} passes at 312,000 × 1.01 = 315,120 ("小规模纳税人，按1%
  征收率开具增值税普通发票，上述报价未含税费"); its 数据分析大屏 option is deferrable for merchant loans — not added, not in its list —; "遇重大监管
  新规需改造的，费用双方另行协商" leaves policy adaptation charged.
Not settled and not asserted: 剑门's access control ("权限分级管理"), its log period ("长期保存"), "终身免费售后" as 12 months claimed, its
  blank policy row, "如贵司需要，可在合同中约定" (willing, not written) and "提供源码" (which kind); 嘉陵's after-sales values beyond its
  gate; 梓潼's SaaS filing, its features and after-sales (a rental has no purchase terms); 蓬溪's yearly fee (10 % of 312,000 or of
  315,120) and the standing of its policy clause (conditional or stated no; the value is asserted); whether the sign-off rows, the
  经办人备注 and the form's head are listed as skipped. None moves a gate or the pick.
"""
ML_ALL = ML + CORE + ["repayment_management"]
write_toml(C2.replace(".csv", ".toml"), c2_comment, "merchant_loan", [C2], SF,
           f"{SF} (供应商一) proves the level-3 filing of the system it quotes, lists every merchant-loan must-have at 298,000 含税 in the "
           f"25–35万 band, with 12 months including upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, 2.6万 a "
           f"year, all in the contract, full source. {JM} (供应商二), chosen by the whole sign-off chain, only claims level 3 (unverified) "
           f"and costs (238,000 + its must-have statement-analysis option 45,000) × 1.13 = 319,790; {JL} leaves e-contracts out of this "
           f"delivery (fail); {ZT} only rents (no price); {PX} passes at 315,120 with major policy changes charged.",
           [
               good(SF, 298000, "'298000.00' with '增值税专用发票，税率13%，报价已含税'. '已取得等保三级，备案证明编号51068243012-24005，定级对象："
                    "什邡经营贷管理系统（本次报价系统）'; SM4 on ID / phone / card numbers; HTTPS (TLS1.2); RBAC; 12-month logs with tracing; "
                    "人行征信中心 + 百行 direct; every must-have; '12个月，含缺陷修复及小版本升级；终身技术咨询免费'; 7×24, 1 hour, named engineer; "
                    "free policy adaptation; 2.6万 a year; all in the contract; full unencrypted source. The 经办人意见 typed into its "
                    "column is the buyer's.",
                    ML_ALL, response_hours=1, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
               dict(vendor=JM, gate="unverified", price=319790,
                    why="'238000.00', '报价为不含税价，税金另计' at the 13% its invoice line names; the list lacks bank-statement analysis, offered "
                        "'银行流水分析模块（选配），另加45000.00元（不含税）' — a must-have option at its price: (238,000 + 45,000) × 1.13 = 319,790. "
                        "'产品达到等保三级技术要求，已在多家持牌机构通过现场检查' is a claim: UNVERIFIED. '国密加密' names no SM4 and '主流征信机构均可"
                        "接入' no licensed body (claims); HTTPS; '7×24小时'.",
                    values=dict(tls=True, support_7x24=True),
                    status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed"),
                    fin=ML_ALL, fex=BLOAT,
                    flex=PRICE_FLAGS + ["missing_must_have", "no_7x24", "no_tls", "bloat_features"]),
               dict(vendor=JL, gate="fail", price=265000,
                    why="'265000.00', '增值税专用发票，报价含税'; filing 51130043008-23011 — but '本期交付不含电子合同，该模块计划明年二季度随V4版本"
                        "发布': contract management is not in this delivery, a must-have missing: FAIL.",
                    values=dict(mlps_level3=True),
                    fin=["enterprise_credit", "cashflow_analysis"] + CORE + ["repayment_management"],
                    fex=["contract_management"] + BLOAT, flin=["missing_must_have"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "bloat_features"]),
               dict(vendor=ZT, gate="unverified", price="null",
                    why="'58000.00/年（云端租用，源码不单独出售）' and '不提供源码，仅提供SaaS账号': a yearly rent, no price of a source purchase — "
                        "no price, UNVERIFIED (never 58,000 under 10万).",
                    flin=["price_missing"], flex=["price_below_10w", "price_below_15w", "price_over_budget"]),
               dict(vendor=PX, gate="pass", price=315120,
                    why="'312000.00' with '小规模纳税人，按1%征收率开具增值税普通发票，上述报价未含税费' = 312,000 × 1.01 = 315,120. Filing "
                        "51092243005-24013 for the system quoted; SM4; HTTPS; RBAC; 12-month logs; 百行 + 朴道 direct; every must-have (the "
                        "'数据分析大屏（选配）26000.00元' option is deferrable: not added, not in the list); 12 months with minor upgrades (only "
                        "major versions extra); lifetime consulting; '一般性监管调整免费，遇重大监管新规需改造的，费用双方另行协商' (not free); 7×24; 2 h; all in "
                        "the contract; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                                policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                                commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated"),
                    fin=ML_ALL, fex=["bi_dashboard"] + BLOAT, flin=["policy_adaptation_charged"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_mlps_level3", "no_sm4", "no_tls", "audit_log_under_6m",
                                        "maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h",
                                        "no_lifetime_consulting", "not_in_contract", "bloat_features"]),
           ])

# ---------------------------------------------------------------- case 03: a leaving engineer's 工作交接清单
C3 = "zzzq_03_ci_lizhi_gongzuo_jiaojie_qingdan.xlsx"
BUYER3 = "临朐县弥河小额贷款有限公司"
HT = "潍坊寒亭数科有限公司"       # careless pick
YH = "临沂沂河数据科技有限公司"   # careful pick
YC = "枣庄峄城软件有限公司"       # free open source + 8,800 deployment: fail
BS = "淄博博山信息技术有限公司"   # over the band, 4 h, blockchain given
WL = "日照五莲网络科技有限公司"   # level 3 in progress

ht_text = ("报价：21.6万元（含税）\n"
           "功能：商品管理、订单管理、风控审批、还款管理、用户管理、营销插件、积分商城（分期计算器为增值模块，另收2.8万元（含税），不在21.6万内）\n"
           "等保：系统架构符合等保2.0三级标准，可配合贵司完成测评\n"
           "数据安全：全链路国密加密＋HTTPS；权限管理；日志长期保存\n"
           "售后：终身免费维护，7×24小时响应\n"
           "合同：售后服务条款由我司另出具服务承诺函，合同正文不列售后条款")
yh_text = ("一、报价：合计人民币26.8万元（不含税），增值税税率6%（技术服务合同）。\n"
           "二、功能模块：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理。\n"
           "三、等保：已取得网络安全等级保护三级备案证明，编号37130043021-24009，定级对象为沂河消费分期管理系统（即本次报价系统）。\n"
           "四、安全：身份证号、手机号、银行卡号SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月，异常操作可追溯。\n"
           "五、征信：已对接百行征信、朴道征信。\n"
           "六、售后：免费维护12个月，含缺陷修复和小版本升级；监管政策调整引起的系统修改免费；7×24小时技术支持，1小时内响应，指定专属工程师；"
           "终身技术咨询；维保期满后年服务费2.5万元。\n"
           "七、以上售后承诺全部写入合同；交付完整源码，无加密，可二次开发。")
yc_text = ("报价：源码免费（开源社区版，Apache-2.0协议）；部署实施及培训费8,800元（含税）\n"
           "功能：商品管理、分期计算器、订单跟踪、审批流、还款管理、用户管理\n"
           "等保：未办理\n"
           "售后：社区支持（QQ群），无免费维护期；付费技术支持另议")
bs_text = ("报价：32.8万元（含税13%）\n"
           "功能：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理、区块链存证（赠送）\n"
           "等保：已取得等保三级，备案证明编号37030443007-23015（定级对象：博山分期业务平台，即本次报价系统）\n"
           "安全：SM4加密身份证号、手机号；全站HTTPS；角色权限；操作日志保存12个月\n"
           "征信：百行征信\n"
           "售后：免费维护12个月，含缺陷修复和小版本升级；监管政策调整免费；7×24小时技术支持，4小时内响应；提供终身技术咨询；"
           "维保期满后年服务费3.2万元；以上写入合同\n"
           "源码：完整源码，无加密")
wl_text = ("报价：24.5万元（含税）\n"
           "功能：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理\n"
           "等保：三级测评的现场测评已完成，备案证明预计2026年1月下发\n"
           "安全：SM4加密；HTTPS；RBAC；操作日志保存6个月\n"
           "售后：免费维护12个月，含小版本升级；7×24小时，2小时内响应；维保期满后年服务费2.4万元；售后条款写入合同")

wb = Workbook()
ws = wb.active
ws.title = "交接清单"
rows3 = [
    ["工作交接清单"],
    ["交接人", "高峰（信息科技部，2025年11月30日离职）", "接收人", "林悦（信息科技部）", "监交人", "孙立平（信息科技部负责人）", "交接日期",
     "2025-11-28"],
    [],
    ["一、日常工作及在办事项"],
    ["序号", "事项", "当前状态", "说明"],
    [1, "机房巡检", "日常", "每周一上午，巡检表在共享盘，UPS电池明年3月到期"],
    [2, "OA系统年度续费", "已完成", "年费12,800元已于11月10日付款，发票已交财务"],
    [3, "消费分期业务系统源码采购比选", "询价已完成，待领导定", "详见第二部分"],
    [4, "征信查询前置机证书更新", "待办", "12月15日前办理，U盾在孙总柜子里"],
    [],
    ["二、消费分期系统源码询价情况（“最近一次书面报价”栏照录对方报价单/邮件原文；“交接说明”栏是我个人的意见，仅供参考）"],
    ["序号", "供应商全称", "对接人", "最近一次书面报价（照录原文）", "书面材料日期及形式", "交接说明（高峰个人意见，仅供参考）", "资料位置"],
    [1, HT, "销售 钱磊 186****0937", ht_text, "2025-11-20 邮件",
     "我最推荐这家：quote最低（21.6万），功能最全还送营销和积分商城，PoC演示效果也不错。等保cert对方钱总电话说next week就下来，"
     "终身维护，性价比最高。", "NAS/科技部/2025采购/消费分期/01_寒亭_报价邮件_1120.pdf"],
    [2, YH, "项目经理 韩晓东 138****5526", yh_text, "2025-11-21 盖章报价单",
     "贵，超了孙总心理价位（25万左右），但资料最齐，备案证明我在公安网上查过是真的。", "NAS/科技部/2025采购/消费分期/02_沂河_报价单_1121.pdf"],
    [3, YC, "技术 马骁 150****1184", yc_text, "2025-11-18 微信文字",
     "开源的，便宜是便宜，但等保要我们自己搞，风险太大，not recommended。", "NAS/科技部/2025采购/消费分期/03_峄城_微信截图.png"],
    [4, BS, "销售总监 宋雯 139****4402", bs_text, "2025-11-22 盖章报价单",
     "产品成熟，但超预算，孙总说可以再压一压。", "NAS/科技部/2025采购/消费分期/04_博山_报价单_1122.pdf"],
    [5, WL, "销售 邢凯 133****7051", wl_text, "2025-11-24 邮件",
     "对方说证书1月肯定能下来，价格还能让1万（电话里说的，没书面）。", "NAS/科技部/2025采购/消费分期/05_五莲_邮件_1124.pdf"],
    [],
    ["三、资料及账号"],
    ["1. 比价资料全部在NAS：\\\\192.168.10.20\\科技部\\2025采购\\消费分期\\（各家报价单PDF、邮件、截图）"],
    ["2. 各供应商微信群已拉林悦进群，群主离职前转给林悦。"],
    [],
    ["四、遗留问题"],
    ["1. 寒亭的等保证书一直没给，我催了两次，请follow up。"],
    ["2. 博山超预算，孙总的意思是再谈谈价格。"],
    ["3. 孙总让12月10日前出比选结论报总经理。"],
    [],
    ["交接人签字：高峰　　接收人签字：林悦　　监交人签字：孙立平"],
]
for r in rows3:
    ws.append(r)
ws["A1"].font = Font(bold=True, size=14)
for row in ws.iter_rows(min_row=2):
    for c in row:
        c.alignment = LEFT
for col, w in zip("ABCDEFGH", (6, 28, 22, 80, 18, 46, 44, 12)):
    ws.column_dimensions[col].width = w
_save(wb, C3)

c3_comment = f"""
Voice: {BUYER3} (消费分期 for household appliances and motorbikes sold through county shops; no cross-border business; the band 20–30万).
  Its only IT engineer, 高峰, leaves on 30 November in the middle of the system inquiry; the company's handover form (交接人 / 接收人 /
  监交人) gets his daily duties, the inquiry table he kept, where the files are and what is left to do, typed the way he talks — Chinese
  with English words ("quote最低", "PoC", "cert", "next week", "follow up", "not recommended").
Layout: .xlsx, one sheet 交接清单: title; one row of the form's 交接人 | … | 监交人 | … | 交接日期 pairs; "一、日常工作及在办事项" over a
  four-column table (序号 | 事项 | 当前状态 | 说明: 机房巡检, "OA系统年度续费 | 已完成 | 年费12,800元已于11月10日付款", the inquiry itself
  "详见第二部分", a certificate renewal); "二、消费分期系统源码询价情况（“最近一次书面报价”栏照录对方报价单/邮件原文；“交接说明”栏是我个人的意见，
  仅供参考）" over the inquiry table: 序号 | 供应商全称 | 对接人 | 最近一次书面报价（照录原文） | 书面材料日期及形式 | 交接说明（高峰个人意见，
  仅供参考） | 资料位置, five vendors, each quote a cell of "label：value" lines; then 三、资料及账号 (a NAS path with an IP address), 四、遗留问题
  (numbered lines) and the signature line.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per row of the inquiry table, named by 供应商全称 and read from 最近一次书面报价（照录原文） only; 对接人 is a person
  with a masked phone, 书面材料日期及形式 a date and a channel, 资料位置 a file path (01_, 1120, 192.168.10.20 are no amounts). The
  交接说明 column is 高峰's opinion and hearsay ("等保cert对方钱总电话说next week就下来", "价格还能让1万（电话里说的，没书面）"), never the
  vendor's. Section 一's rows are the company's own duties (the OA's 12,800 a year is no vendor's price), sections 三 / 四 and the
  signature line are his notes: no quotes.
Traps: CARELESS TOP PICK {HT}: "21.6万元（含税）", the longest module list with 营销插件 and 积分商城, "终身免费维护，7×24小时响应", and the
  leaver's "我最推荐这家…性价比最高". But the installment calculator is outside the price ("分期计算器为增值模块，另收2.8万元（含税），不在21.6万内"
  — a must-have option at its price: 244,000); "系统架构符合等保2.0三级标准，可配合贵司完成测评" is a claim (UNVERIFIED); "全链路国密加密"
  names no SM4; and "售后服务条款由我司另出具服务承诺函，合同正文不列售后条款" keeps the after-sales out of the contract. The careful pick is {YH} (pass):
  "合计人民币26.8万元（不含税），增值税税率6%" = 268,000 × 1.06 = 284,080 in the band; filing 37130043021-24009 for the system quoted; SM4
  on ID / phone / card numbers; TLS1.2; RBAC; 12-month logs with tracing; 百行 + 朴道; every must-have; 12 months with minor upgrades;
  free policy changes; 7×24; 1 h, named engineer; lifetime consulting; 2.5万 a year; all in the contract; full source. {YC} gives the
  source free ("开源社区版") and charges "部署实施及培训费8,800元（含税）": 8,800 to pay, under 10万 — FAIL (and "等保：未办理" a stated no).
  {BS} passes over the band (32.8万 含税) with a 4-hour response and a blockchain module given away (bloat). {WL}'s level is "现场测评已
  完成，备案证明预计2026年1月下发": in progress, UNVERIFIED.
Not settled and not asserted: 寒亭's support and response ("7×24小时响应": the hours or a response?), its "终身免费维护" as 12 months
  claimed, access control ("权限管理"), its log period ("长期保存") and the bureau (not stated); 峄城's after-sales ("社区支持（QQ群）",
  "无免费维护期") and its source kind (an Apache-licensed community edition); 博山's and 五莲's unstated fields (五莲's bureau, consulting,
  policy changes, source); whether section 一, 三, 四 and the 交接说明 column are listed as skipped or notes. None moves a gate or the pick.
"""
CI_ALL = CI + CORE + ["repayment_management"]
write_toml(C3.replace(".xlsx", ".toml"), c3_comment, "consumer_installment", [C3], YH,
           f"{YH} proves the level-3 filing of the system it quotes, lists every consumer-installment must-have at 284,080 (26.8万 before "
           f"the 6% VAT it names) in the 20–30万 band, with 12 months including upgrades, free policy changes, 7×24 within 1 hour, "
           f"lifetime consulting, 2.5万 a year, all in the contract, full source. {HT}, the leaver's favourite, only claims level 3 "
           f"(unverified), prices its installment calculator outside the 21.6万 (244,000) and keeps its after-sales out of the contract; "
           f"{YC}'s free open source with 8,800 of deployment is under 10万 (fail); {BS} passes over the band with a 4-hour response; "
           f"{WL}'s level 3 is still being filed (unverified).",
           [
               good(YH, 284080, "'合计人民币26.8万元（不含税），增值税税率6%（技术服务合同）' = 268,000 × 1.06 = 284,080. '已取得网络安全等级保护三级备案证明，"
                    "编号37130043021-24009，定级对象为沂河消费分期管理系统（即本次报价系统）'; SM4 on ID / phone / card numbers; HTTPS (TLS1.2); "
                    "RBAC; 12-month logs with tracing; 百行 + 朴道; every must-have; 12 months with bug fixes and minor upgrades; free "
                    "policy changes; 7×24; 1 hour, named engineer; lifetime consulting; 2.5万 a year; all in the contract; full "
                    "unencrypted source. The leaver's '贵，超了孙总心理价位' is his.",
                    CI_ALL, response_hours=1, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
               dict(vendor=HT, gate="unverified", price=244000,
                    why="'21.6万元（含税）' without the calculator: '分期计算器为增值模块，另收2.8万元（含税），不在21.6万内' — a must-have option at its "
                        "price: 216,000 + 28,000 = 244,000. '系统架构符合等保2.0三级标准，可配合贵司完成测评' is a claim: UNVERIFIED. '全链路国密"
                        "加密' names no SM4 (claim). '售后服务条款由我司另出具服务承诺函，合同正文不列售后条款': not in the contract. The leaver's '我最推荐这家' and "
                        "the cert 'next week' on the phone are his.",
                    values=dict(commitments_in_contract=False),
                    status=dict(mlps_level3="claimed", sm4_encryption="claimed"),
                    fin=CI_ALL + ["marketing_plugins", "points_mall"], fex=BLOAT, flin=["not_in_contract"],
                    flex=PRICE_FLAGS + ["missing_must_have", "bloat_features"]),
               dict(vendor=YC, gate="fail", price=8800,
                    why="'源码免费（开源社区版…）；部署实施及培训费8,800元（含税）': 8,800 to pay, under 10万 — FAIL; '等保：未办理' is a stated no "
                        "as well.",
                    values=dict(mlps_level3=False), fin=CI_ALL, fex=BLOAT, flin=["price_below_10w", "no_mlps_level3"],
                    flex=["price_missing", "price_over_budget", "missing_must_have"]),
               dict(vendor=BS, gate="pass", price=328000,
                    why="'32.8万元（含税13%）': over 20–30万. Filing 37030443007-23015 for the system quoted; SM4 on ID / phone numbers; HTTPS; "
                        "roles; 12-month logs; 百行; every must-have plus '区块链存证（赠送）' (bloat, given); 12 months with minor upgrades; free "
                        "policy changes; 7×24; '4小时内响应'; lifetime consulting; 3.2万 a year; in the contract; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                                policy_adaptation_free=True, support_7x24=True, response_hours=4, lifetime_consulting=True,
                                annual_fee_after_warranty_cny=32000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated", response_hours="stated"),
                    fin=CI_ALL + ["blockchain_evidence"], flin=["price_over_budget", "response_over_2h", "bloat_features"],
                    flex=["price_below_10w", "price_below_15w", "price_missing", "missing_must_have", "no_mlps_level3", "no_sm4",
                          "no_tls", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                          "policy_adaptation_charged", "no_7x24", "no_lifetime_consulting", "not_in_contract"]),
               dict(vendor=WL, gate="unverified", price=245000,
                    why="'24.5万元（含税）'; '三级测评的现场测评已完成，备案证明预计2026年1月下发': not filed yet — in progress (mlps false, claimed), "
                        "UNVERIFIED. Every must-have; SM4; HTTPS; RBAC; 6-month logs; 12 months with minor upgrades; 7×24; 2 h; 2.4万 a year; in "
                        "the contract. The leaver's '价格还能让1万（电话里说的）' changes nothing.",
                    values=dict(mlps_level3=False, sm4_encryption=True, tls=True, audit_log_months=6, free_maintenance_months=12,
                                maintenance_includes_upgrades=True, support_7x24=True, response_hours=2,
                                annual_fee_after_warranty_cny=24000, commitments_in_contract=True),
                    status=dict(mlps_level3="claimed"),
                    fin=CI_ALL, fex=BLOAT,
                    flex=PRICE_FLAGS + ["missing_must_have", "audit_log_under_6m", "maintenance_under_12m", "no_7x24",
                                        "response_over_2h", "not_in_contract", "no_sm4", "no_tls", "bloat_features"]),
           ])
