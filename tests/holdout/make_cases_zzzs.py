"""Blind cases zzzs_*: "a group company's branches and outside helpers" — quotes that reach the buyer through its group and
the people the group hires.

01 an outside consultant's interim memo (中期工作备忘录) as .xlsx: memo paragraphs, the consultant's own scoring table of short
   names, then the vendors' written replies excerpted in 「」 under each full name, the open questions, and a table of what the
   group's other companies bought before (personal credit);
02 the group procurement committee's meeting pack (上会议题材料汇编) as a GBK CSV: three subsidiaries' items one under the
   other, only 议题二 this buyer's, two vendors also bidding on the sister companies' items (merchant loans);
03 the group's outsourced IT provider's English shortlist as a UTF-8-BOM CSV: every cell its English précis over a line
   "—— 原文 ——" and the vendor's Chinese reply pasted verbatim below it (consumer instalments).
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

# ---------------------------------------------------------------- case 01: the consultant's interim memo
C1 = "zzzs_01_pc_guwen_zhongqi_beiwanglu_pingfen_zhailu.xlsx"
BUYER1 = "广德桃州小额贷款有限公司"
GROUP1 = "宛陵控股集团有限公司"
CONS = "合肥明衡管理咨询有限公司"
JZ = "芜湖鸠兹数科有限公司"
HN = "安庆怀宁信息技术有限公司"
ZY = "铜陵枞阳软件有限公司"
QP = "池州秋浦数据科技有限公司"
BW = "马鞍山博望网络科技有限公司"
YX = "安庆岳西云科技有限公司"
DZ = "池州东至软件有限公司"

ITEMS1 = ["报价", "计税方式", "报价包含功能模块", "选配/加购模块", "等保", "数据加密", "传输加密", "权限管理", "日志保存", "征信接口",
          "免费维护期", "维护范围", "监管政策适配", "技术支持", "响应时间", "技术咨询", "维保期满后费用", "是否写入合同", "源码交付"]


def q(s):
    return f"「{s}」"


EXCERPTS = {
    JZ: [q("源码授权费14.6万元，部署实施及培训费2.2万元，合计16.8万元"),
         q("以上金额均未含增值税，开票时另按6%计收"),
         q("个人征信查询、还款计划及到期提醒、风控审批流、用户及角色管理、反欺诈规则库"),
         q("智能风控模型为增值模块，不在标准包内，如需使用可加购，加购价3.5万元（未含税）"),
         q("系统架构对标等保三级标准设计，贵司上线后可自行委托测评机构开展测评，我司全力配合") + "（项目组补记：对方销售经理电话称三级证书早已下发，编号待补）",
         q("敏感数据全程采用国产密码算法加密"),
         q("全站HTTPS"),
         q("多级权限管理"),
         q("日志长期留存"),
         q("可对接市面主流征信渠道"),
         q("一次购买，终身维护"),
         q("系统故障及时处理"),
         q("视调整幅度双方另行协商"),
         q("专属客服群在线服务"),
         q("第一时间响应"),
         q("长期提供"),
         "（报价函未涉及）",
         q("售后服务按我司统一服务政策执行，不另行写入购销合同"),
         q("交付源代码，其中风控决策引擎以编译包形式提供")],
    HN: [q("源码买断总价人民币贰拾贰万捌仟元整（¥228,000.00）"),
         q("上述价格已含13%增值税，开具增值税专用发票"),
         q("个人征信查询（人行二代征信报文解析）、风控模型（评分卡＋规则决策引擎）、反欺诈模型、风控审批流、还款计划与逾期提醒、用户及角色管理"),
         q("无，全部模块已含在报价内"),
         q("已取得网络安全等级保护第三级备案证明，备案证明编号34080043011-24007，定级对象为怀宁个人信贷管理系统V5，即本次报价系统"),
         q("身份证号、手机号、银行卡号等敏感字段采用SM4算法加密存储"),
         q("全站HTTPS（TLS1.2及以上）"),
         q("RBAC角色权限控制，按岗位最小授权"),
         q("操作日志在线保存12个月，越权访问及异常登录可追溯"),
         q("已直连中国人民银行征信中心及百行征信"),
         q("自验收合格之日起免费维护12个月"),
         q("含缺陷修复及小版本升级"),
         q("因监管政策变化需要的系统调整，免费适配，不另收费"),
         q("7×24小时技术支持"),
         q("1小时内响应，指定专属工程师对接"),
         q("提供终身免费技术咨询"),
         q("免费维护期满后年服务费2.3万元"),
         q("以上各项服务承诺均写入正式合同"),
         q("交付完整源代码，无任何加密，支持二次开发")],
    ZY: [q("19.6万元（含税）"),
         q("含税价，开具13%增值税专用发票"),
         q("个人征信查询、还款管理、风控审批、用户管理、反欺诈"),
         q("无选配模块。风控模型需贵司结合自身客群自行开发，我司仅提供标准接口文档，不在本次报价范围内"),
         q("已取得等保三级备案证明，编号34070043005-24002"),
         q("SM4加密"),
         q("HTTPS"),
         q("角色权限"),
         q("保存12个月"),
         q("百行征信"),
         q("12个月"),
         q("缺陷修复及小版本升级"),
         q("免费"),
         q("7×24小时"),
         q("2小时内"),
         q("终身免费"),
         q("每年2.0万元"),
         q("写入合同"),
         q("完整源码，无加密")],
    QP: [q("一口价14.2万元") + "（项目组补记：价格明显低于市场，需关注）",
         q("含税"),
         q("个人征信查询、风控模型、反欺诈、风控审批、还款管理、用户管理"),
         q("无"),
         q("等保三级，备案证明编号34170043003-23009"),
         q("敏感字段SM4加密"),
         q("HTTPS"),
         q("按角色授权"),
         q("保存6个月"),
         q("对接百行征信"),
         q("6个月"),
         q("仅修复程序缺陷，版本升级另收费"),
         q("按实际工作量另行报价"),
         q("工作日8:30-17:30"),
         q("4小时内"),
         q("维保期内提供"),
         q("按合同额的18%/年"),
         q("以上条款写入合同"),
         q("完整源码")],
    BW: [q("21.5万元（含税）"),
         q("含13%增值税"),
         q("个人征信查询、风控模型、反欺诈、风控审批、还款管理、用户管理"),
         q("无"),
         q("目前持有等保第二级备案证明（编号34050043002-22010），第三级测评拟于2026年下半年启动"),
         q("SM4加密"),
         q("HTTPS"),
         q("角色权限"),
         q("保存12个月"),
         q("人行征信中心、百行征信"),
         q("12个月"),
         q("缺陷修复及小版本升级"),
         q("免费"),
         q("7×24小时"),
         q("2小时内"),
         q("终身免费"),
         q("每年2.5万元"),
         q("写入合同"),
         q("完整源码")],
    YX: [q("我司年底前交付排期已满，本次询价不予报价，感谢贵方邀请。")] + ["—"] * (len(ITEMS1) - 1),
}

wb = Workbook()
ws = wb.active
ws.title = "中期备忘录"
WIDTH = 10


def line(text, bold=False):
    ws.append([text])
    r = ws.max_row
    ws.merge_cells(start_row=r, end_row=r, start_column=1, end_column=WIDTH)
    ws.cell(r, 1).alignment = LEFT
    if bold:
        ws.cell(r, 1).font = Font(bold=True)


line(f"关于{BUYER1}个人信用贷系统源码选型的中期工作备忘录（第2期）", bold=True)
line(f"呈送：{GROUP1} 金融板块管理部；抄送：{BUYER1} 综合管理部")
line(f"出具：{CONS} 项目组（集团委托第三方顾问）    日期：2025年12月3日    密级：内部")
ws.append([])
line("一、工作进展", bold=True)
line("1. 11月12日向6家服务商发出询价函（附《个贷系统需求说明》），截至12月1日收回书面答复6份，其中1家书面放弃。")
line("2. 11月20日至26日组织服务商线上演示，演示评价另行报送，不计入本备忘录。")
line("3. 桃州公司业务口径：个人信用贷（工薪人群及个体经营者），不涉及跨境业务；本次为源码买断，部署一套。")
ws.append([])
line("二、初步评分（项目组评分，百分制；权重：合规35、功能20、售后30、价格15）", bold=True)
ws.append(["序号", "服务商（简称）", "合规", "功能", "售后", "价格", "合计", "项目组折算报价（万元）", "排名", "项目组意见"])
for r in [
    (1, "鸠兹数科", 30, 19, 27, 15, 91, 16.8, 1, "价格最低，模块齐全，等保三级已电话确认，售后承诺终身维护，建议列为首选进入终轮谈判"),
    (2, "怀宁信息", 33, 20, 28, 7, 88, 22.8, 2, "资质材料完整，报价偏高，建议终轮议价"),
    (3, "枞阳软件", 30, 15, 24, 12, 81, 19.6, 3, "风控模型需自建"),
    (4, "秋浦数据", 29, 19, 16, 14, 78, 14.2, 4, "价格有优势，售后偏弱"),
    (5, "博望网络", 18, 20, 25, 12, 75, 21.5, 5, "等保为二级，跟进三级计划"),
    (6, "岳西云", None, None, None, None, None, None, None, "书面放弃"),
]:
    ws.append(list(r))
ws.append([])
line("三、服务商书面答复原文摘录（「」内为各服务商书面答复原文，逐字摘录；「」外文字为项目组补记，仅供参考）", bold=True)
ws.append(["摘录项目", JZ, HN, ZY, QP, BW, YX])
for i, item in enumerate(ITEMS1):
    ws.append([item] + [EXCERPTS[v][i] for v in (JZ, HN, ZY, QP, BW, YX)])
ws.append([])
line("四、待澄清事项（项目组拟向服务商发函）", bold=True)
line("1. 鸠兹数科：请补充等保三级备案证明编号（对方销售经理电话中称“证书早就下来了”）；风控决策引擎编译包能否补交源码。")
line("2. 怀宁信息：请就终轮报价给出优惠幅度。")
line("3. 枞阳软件：风控模型能否由其定制开发，费用多少。")
line("4. 博望网络：三级测评的具体时间表。")
ws.append([])
line("五、集团内同类系统使用情况（供参考，非本次报价）", bold=True)
ws.append(["使用单位", "系统供应商", "采购年份", "合同价（万元）", "使用情况"])
ws.append(["宛陵宁国小额贷款有限公司（集团兄弟公司）", HN, 2023, 19.8, "个贷系统V4，运行稳定，售后响应及时"])
ws.append(["宛陵融资担保有限公司（集团兄弟公司）", DZ, 2022, 26.0, "担保业务系统，非小贷系统"])
ws.append([])
line("六、下一步安排", bold=True)
line("12月10日前完成澄清函回收；12月15日提交终期报告及推荐意见，报集团金融板块管理部审定。")
line(f"{CONS} 项目组")
for row in ws.iter_rows():
    for c in row:
        c.alignment = LEFT
for col, w in zip("ABCDEFGHIJ", (22, 34, 34, 34, 34, 34, 34, 16, 8, 40)):
    ws.column_dimensions[col].width = w
_save(wb, C1)

c1_comment = f"""
Voice: {BUYER1} (个人信用贷 to salaried borrowers and 个体经营者 around 广德; no cross-border business; the band 18–25万), a
  subsidiary of {GROUP1}. The group hired an outside consultancy, {CONS}, to run the selection for it; this is the
  consultant's second interim memo to the group's 金融板块管理部, copied to the subsidiary, which uploaded it as it came.
Layout: .xlsx, one sheet 中期备忘录: a title, 呈送/抄送 and 出具 lines (the consultancy's own company name), then memo paragraphs merged
  across (一、工作进展 …); 二、初步评分: the consultant's table 序号 | 服务商（简称） | 合规 | 功能 | 售后 | 价格 | 合计 | 项目组折算报价（万元） | 排名 |
  项目组意见, the vendors by SHORT names; 三、服务商书面答复原文摘录 with the line "「」内为各服务商书面答复原文…「」外文字为项目组补记", a
  transposed table 摘录项目 | six FULL names across, 19 items down, each cell the vendor's words in 「」 (two cells with the consultant's
  补记 after them in brackets); 四、待澄清事项 (numbered questions naming the vendors by short name); 五、集团内同类系统使用情况（供参考，非本次
  报价） — 使用单位 | 系统供应商 | 采购年份 | 合同价（万元） | 使用情况, naming {HN} at a 2023 price of 19.8 and {DZ}, who never quoted
  here —; 六、下一步安排 and the consultancy's signature.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: the quotes are the excerpt table: one quote per full-name column, read from the words inside 「」 only (the table's own
  line says so); the words outside them are the consultant's. The scoring table (scores, 折算报价, 排名, 意见), the memo paragraphs,
  the open questions and the group's earlier purchases are the consultant's or the group's — no quote, no price, no term (the
  2023 contract of 19.8万 is another company's purchase of V4, and {DZ} made no quote). {YX} declined in writing: no quote.
Traps: CARELESS TOP PICK {JZ}: first in the consultant's table (91 points, "价格最低…等保三级已电话确认…建议列为首选"), 折算报价 16.8万.
  Its own words: "合计16.8万元" "均未含增值税，开票时另按6%计收", and the risk model is an add-on "加购价3.5万元（未含税）" — a must-have option
  at its price, taxed at the 6 % the quote names: (168,000 + 35,000) × 1.06 = 215,180. "系统架构对标等保三级标准设计，贵司上线后可自行委托测评
  机构开展测评" is a claim (the consultant's "电话称三级证书早已下发" outside the 「」 is hearsay): UNVERIFIED. "国产密码算法" names no SM4,
  "可对接市面主流征信渠道" no licensed body, "一次购买，终身维护" is the lifetime boast (12 months, claimed); "不另行写入购销合同" keeps the
  after-sales out of the contract; "风控决策引擎以编译包形式提供" is partial source. The careful pick is {HN} (pass), second in the
  consultant's table for its price: "贰拾贰万捌仟元整（¥228,000.00）", "已含13%增值税" = 228,000 in the band; filing 34080043011-24007 for
  the system quoted; SM4 on ID / phone / card numbers; TLS1.2; RBAC; 12-month logs with tracing; 人行征信中心 + 百行 direct; every
  personal-credit must-have with anti-fraud; 12 months with minor upgrades; free policy adaptation; 7×24; 1 h to a named engineer;
  lifetime consulting; 2.3万 a year; all in the contract; full source. {ZY} FAILS: "风控模型需贵司…自行开发…不在本次报价范围内" — a
  must-have the buyer must build is missing. {QP} passes in the caution zone at "一口价14.2万元" 含税 with thin terms (6 months, bug fixes
  only, adaptation by the workload, office hours, 4 h, consulting only during maintenance, 18 % of 142,000 = 25,560 a year). {BW} FAILS:
  "目前持有等保第二级备案证明…第三级测评拟于2026年下半年启动" — level 2 today, level 3 only planned.
Not settled and not asserted: 鸠兹's access control ("多级权限管理"), logs ("日志长期留存", a claim of no period), support ("专属客服群在线服务"),
  response ("第一时间响应"), policy adaptation ("视调整幅度双方另行协商": charged, conditional or unknown), consulting ("长期提供"), its
  maintenance scope and its yearly fee (not in the letter); whether its risk_model counts as present through the add-on (asserted: the
  doc adds a priced must-have option and counts it); 枞阳's and 博望's after-sales beyond their gates; whether the scoring table, the memo lines, the open questions, the group's
  purchases table and the 补记 are listed as skipped and under which reason; how 岳西云's decline is reported. None moves a gate or the pick.
"""
W_PC = PC + CORE + ["anti_fraud"]
write_toml(C1.replace(".xlsx", ".toml"), c1_comment, "personal_credit", [C1], HN,
           f"{HN}'s own words prove the level-3 filing of the system it quotes and give every personal-credit must-have with anti-fraud at "
           f"228,000 含税 in the 18–25万 band, with 12 months including upgrades, free policy adaptation, 7×24 within 1 hour, lifetime "
           f"consulting, all in the contract, full source. {JZ}, first in the consultant's table at 16.8万, only claims level 3 "
           f"(unverified), is 6 % VAT and a 3.5万 risk-model add-on away from 215,180, keeps its after-sales out of the contract and "
           f"withholds the decision engine's source; 枞阳 leaves the risk model to the buyer (fail); 秋浦 passes at 142,000 with thin "
           f"after-sales; 博望 holds level 2 only (fail).",
           [
               good(HN, 228000, "「源码买断总价人民币贰拾贰万捌仟元整（¥228,000.00）」「上述价格已含13%增值税」 = 228,000. 「已取得网络安全等级保护第三级备案证明，"
                    "备案证明编号34080043011-24007，定级对象为…即本次报价系统」; SM4 on ID / phone / card numbers; TLS1.2; RBAC; 12-month logs with "
                    "tracing; 人行征信中心 + 百行 direct; every must-have with anti-fraud; 12 months with bug fixes and minor upgrades; free policy "
                    "adaptation; 7×24; 1 hour, named engineer; lifetime consulting; 2.3万 a year; all in the contract; full unencrypted source. "
                    "The consultant's 22.8 and '报价偏高' and the group company's 2023 price of 19.8万 are no part of it.",
                    W_PC, response_hours=1, annual_fee_after_warranty_cny=23000, source_code_delivery="full"),
               dict(vendor=JZ, gate="unverified", price=215180,
                    why="「…合计16.8万元」「以上金额均未含增值税，开票时另按6%计收」; the risk model 「…如需使用可加购，加购价3.5万元（未含税）」 — a must-have "
                        "option at its price, at the quote's 6 %: (168,000 + 35,000) × 1.06 = 215,180 (never the consultant's 16.8). 「系统架构对标"
                        "等保三级标准设计，贵司上线后可自行委托测评机构开展测评」 is a claim — the consultant's phone note outside 「」 proves nothing: "
                        "UNVERIFIED. 「国产密码算法」 (no SM4), 「可对接市面主流征信渠道」 (no body), 「一次购买，终身维护」 (12 months, claimed); HTTPS; "
                        "「不另行写入购销合同」; 「风控决策引擎以编译包形式提供」 — partial source.",
                    values=dict(tls=True, free_maintenance_months=12, commitments_in_contract=False, source_code_delivery="partial"),
                    status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                                free_maintenance_months="claimed"),
                    fin=W_PC, fex=BLOAT, flin=["source_partial", "not_in_contract"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_tls", "bloat_features"]),
               dict(vendor=ZY, gate="fail", price=196000,
                    why="「19.6万元（含税）」 = 196,000; filing 34070043005-24002 — but 「风控模型需贵司结合自身客群自行开发…不在本次报价范围内」: a "
                        "must-have the buyer must build, missing: FAIL.",
                    values=dict(mlps_level3=True),
                    fin=["personal_credit_report", "repayment_management", "risk_approval", "user_management", "anti_fraud"],
                    fex=["risk_model"] + BLOAT, flin=["missing_must_have"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "bloat_features"]),
               dict(vendor=QP, gate="pass", price=142000,
                    why="「一口价14.2万元」 with 「含税」 = 142,000: the caution zone (the consultant's '价格明显低于市场' outside 「」 is his). 「等保三级，备案证明编号"
                        "34170043003-23009」; SM4; HTTPS; roles; 6-month logs; 百行; every must-have. 「6个月」; 「仅修复程序缺陷，版本升级另收费」; 「按实际"
                        "工作量另行报价」; 「工作日8:30-17:30」; 「4小时内」; consulting 「维保期内提供」 (no lifetime); 「按合同额的18%/年」 = 25,560; in the "
                        "contract; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, free_maintenance_months=6,
                                maintenance_includes_upgrades=False, policy_adaptation_free=False, support_7x24=False, response_hours=4,
                                lifetime_consulting=False, annual_fee_after_warranty_cny=25560, commitments_in_contract=True,
                                source_code_delivery="full"),
                    status=dict(mlps_level3="stated"),
                    fin=W_PC, fex=BLOAT,
                    flin=["price_below_15w", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                          "no_7x24", "response_over_2h", "no_lifetime_consulting"],
                    flex=["price_below_10w", "price_over_budget", "price_missing", "missing_must_have", "no_mlps_level3", "no_sm4",
                          "no_tls", "audit_log_under_6m", "not_in_contract", "bloat_features"]),
               dict(vendor=BW, gate="fail", price=215000,
                    why="「21.5万元（含税）」 = 215,000; every must-have — but 「目前持有等保第二级备案证明…第三级测评拟于2026年下半年启动」: level 2 today, "
                        "level 3 only planned: FAIL.",
                    values=dict(mlps_level3=False), fin=W_PC, fex=BLOAT, flin=["no_mlps_level3"],
                    flex=PRICE_FLAGS + ["missing_must_have", "bloat_features"]),
           ])

# ---------------------------------------------------------------- case 02: the group committee's meeting pack (GBK CSV)
C2 = "zzzs_02_ml_jituan_caiguanhui_shanghui_yiti_huibian_gbk.csv"
GROUP2 = "江西横峰控股集团有限公司"
BUYER2 = "赣州横峰小额贷款有限公司"
SIS_A = "南昌横峰融资担保有限公司"
SIS_C = "九江横峰商业保理有限公司"
CR = "抚州崇仁数科有限公司"
XF = "赣州信丰软件有限公司"
DX = "上饶德兴信息技术有限公司"
YJ = "鹰潭余江数据科技有限公司"
YF = "宜春宜丰网络科技有限公司"
JA = "南昌靖安软件有限公司"
PY = "上饶鄱阳数科有限公司"
WZ = "宜春万载信息技术有限公司"
DN = "赣州定南科技有限公司"
HEAD2 = ["序号", "供应商名称", "报价金额（元）", "计税方式", "报价包含功能模块", "另计/选配项目", "资质与数据安全（供应商原文）", "售后服务（供应商原文）",
         "源码交付", "集团归口部门意见"]
ML_ALL = "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理"
rows2 = [
    [f"{GROUP2} 集团采购管理委员会2025年第12次会议 上会议题材料汇编"],
    ["编制：集团共享服务中心采购管理部    会议日期：2025年12月10日    分送：各申报成员单位"],
    [f"【{BUYER2}综合部 转存备注：本公司议题为“议题二”；议题一、议题三为集团其他成员单位的采购事项，与本公司采购无关，随汇编一并下发，仅供了解】"],
    ["填表说明：各议题由申报单位按供应商书面报价填写；“资质与数据安全”“售后服务”两栏照录供应商报价函原文；“集团归口部门意见”栏由集团科技信息部、法律合规部填写"],
    [],
    [f"议题一：{SIS_A} 融资担保业务管理系统升级采购（申请单位：{SIS_A}）"],
    HEAD2,
    ["1", YF, "312000.00", "含税（13%增值税专用发票）", "担保业务受理、保前评审、保后管理、代偿追偿、反担保物管理、用户管理", "无",
     "已取得等保三级备案证明，编号36090043004-23006，定级对象：宜丰融资担保业务管理系统；敏感字段SM4加密；全站HTTPS；角色权限；操作日志保存12个月；已对接人行征信中心",
     "免费维护12个月，含小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；终身技术咨询；年服务费3.0万元；以上写入合同",
     "完整源码", "科技信息部：资质齐全。"],
    ["2", JA, "286000.00", "含税", "担保业务受理、保后管理、代偿追偿、用户管理", "无",
     "已取得等保三级备案证明，编号36010043012-24003；SM4加密；HTTPS；RBAC；日志保存12个月；对接百行征信",
     "免费维护12个月；7×24小时；2小时内响应；写入合同", "完整源码", "科技信息部：满足需求，建议采纳。"],
    ["3", PY, "258000.00", "不含税（6%另计）", "担保业务受理、保后管理、用户管理", "代偿追偿模块另计3.0万元",
     "等保二级；AES加密；HTTPS", "免费维护6个月；5×8", "完整源码", "科技信息部：等保不满足。"],
    [f"审议结果：同意{SIS_A}采用{JA}方案，授权申请单位议价签约。"],
    [],
    [f"议题二：{BUYER2} 商户经营贷系统源码采购（申请单位：{BUYER2}）"],
    HEAD2,
    ["1", CR, "238000.00", "不含税，增值税13%开票时另行加收", "企业征信查询、电子合同、风控审批、还款管理、用户管理",
     "银行流水分析模块不在标准版内，需加购，加购价46000.00元（不含税）",
     "系统依照等保三级要求设计建设，可协助贵司开展等保测评；敏感信息采用国产密码算法保护；全站HTTPS；支持接入主流征信渠道",
     "一次购买终身维护；7×24小时服务热线；具体服务内容以我司服务手册为准，不列入合同条款",
     "源码按单台服务器授权部署使用，源代码由我司统一托管，不对外交付",
     "科技信息部：报价最低，功能齐全，满足等保三级，建议采纳。法律合规部：售后条款建议争取写入合同。"],
    ["2", XF, "296000.00", "含税（13%增值税专用发票）", ML_ALL, "无",
     "已取得等保三级备案证明，备案证明编号36072243009-24012，定级对象：信丰经营贷业务管理系统（即本次报价系统）；身份证号、手机号、银行卡号及对公账户信息SM4加密存储；"
     "全站HTTPS（TLS1.2）；RBAC岗位权限；操作日志保存12个月，异常操作可追溯；直连人民银行征信中心（企业及个人征信）及百行征信",
     "免费维护12个月，含缺陷修复及小版本升级；监管政策调整适配免费；7×24小时技术支持，2小时内响应并指定专属工程师；提供终身免费技术咨询；维保期满后年服务费2.8万元；"
     "以上承诺全部写入合同",
     "交付完整源代码，无加密，可二次开发", "科技信息部：报价偏高。"],
    ["3", DX, "368000.00", "含税", ML_ALL, "数据分析大屏（选配，18000.00元）",
     "已取得等保三级备案证明，编号36118143007-24005，定级对象：德兴小贷业务管理平台（本次报价系统）；SM4加密存储敏感字段；HTTPS；角色权限；操作日志保存12个月；"
     "对接百行征信、朴道征信",
     "免费维护12个月，含小版本升级；一般监管调整免费，涉及业务流程重大改造的监管新规另行报价；7×24小时；2小时内响应；终身技术咨询；年服务费3.2万元；以上写入合同",
     "完整源码，无加密", "科技信息部：报价超出同类水平。"],
    ["4", YJ, "275000.00", "含税", ML_ALL, "无",
     "已取得等保第二级备案（备案证明编号36060043001-23004），三级暂无申请计划；SM4加密；HTTPS；角色权限；日志保存6个月；对接百行征信",
     "免费维护12个月；7×24小时；写入合同", "完整源码", "科技信息部：等保级别不足。"],
    ["5", YF, "148000.00", "含税", ML_ALL, "无",
     "我司融资担保业务管理系统已取得等保三级备案（详见议题一），本次小贷系统与其共用同一技术底座，安全能力一致；SM4加密；HTTPS；角色权限；日志保存12个月；对接百行征信",
     "免费维护12个月，含小版本升级；7×24小时；2小时内响应；写入合同", "完整源码",
     "科技信息部：该供应商在集团内已有三级系统，资质可认可；价格偏低。"],
    [f"审议结果：同意{BUYER2}采用{CR}方案（报价最低），授权申请单位签约。"],
    [],
    [f"议题三：{SIS_C} 保理业务管理系统采购（申请单位：{SIS_C}）"],
    HEAD2,
    ["1", CR, "185000.00", "含税", "应收账款登记、保理融资审批、回款管理、中登网查询、用户管理", "无",
     "已取得等保三级备案证明，编号36100043001-24003，定级对象：崇仁商业保理业务系统；SM4加密；HTTPS；RBAC；日志保存12个月",
     "免费维护12个月，含小版本升级；7×24小时；1小时内响应；终身技术咨询；以上写入合同", "交付完整源代码，无加密", "科技信息部：建议采纳。"],
    ["2", WZ, "226000.00", "含税", "应收账款登记、保理融资审批、回款管理、用户管理", "无",
     "已取得等保三级备案证明，编号36092243010-24008；SM4加密；HTTPS；角色权限；日志保存12个月",
     "免费维护12个月；7×24小时；2小时内响应；写入合同", "完整源码", ""],
    ["3", DN, "199000.00", "不含税（13%另计）", "应收账款登记、保理融资审批、用户管理", "回款管理模块另计2.5万元",
     "按等保三级标准设计；HTTPS", "免费维护6个月", "部分源码", "科技信息部：模块不全。"],
    [f"审议结果：同意{SIS_C}采用{CR}方案。"],
    [],
    ["集团采购管理委员会办公室    2025年12月10日"],
]
write_csv(C2, rows2, "gbk")

c2_comment = f"""
Voice: {BUYER2} (商户经营性贷款 to 个体工商户 and small firms in 赣州; no cross-border business; the merchant-loan band 25–35万), one
  of the companies of {GROUP2}. Purchases above a threshold go to the group's procurement committee: each company files its item
  with the vendors' written quotes, the group's shared-services centre compiles every item of the month into one pack, and the
  departments add their opinions. The subsidiary's 综合部 saved the pack it was sent, typed one line at the top, and uploaded it.
Layout: GBK CSV, CRLF, ten columns. The pack's title, 编制 / 会议日期 / 分送, the subsidiary's 【…转存备注：本公司议题为“议题二”；议题一、议题三为集团
  其他成员单位的采购事项，与本公司采购无关…】, the 填表说明, a blank line; then three items one under the other, each a title line "议题N：
  company  system（申请单位：…）", the same header 序号 | 供应商名称 | 报价金额（元） | 计税方式 | 报价包含功能模块 | 另计/选配项目 | 资质与数据安全
  （供应商原文） | 售后服务（供应商原文） | 源码交付 | 集团归口部门意见, three or five vendors, and a 审议结果 line: 议题一 {SIS_A}'s 担保业务管理系统
  ({YF}, {JA}, {PY}), 议题二 this buyer's 商户经营贷系统源码 (five vendors), 议题三 {SIS_C}'s 保理业务管理系统 ({CR}, {WZ}, {DN}); the
  committee office's signature last.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: only 议题二 is this buyer's purchase: one quote per row of its table, read for every field its columns and the vendors'
  quoted words state. 议题一 and 议题三 are other companies' purchases of other systems (a guarantee system, a factoring system):
  no quote of this inquiry, their vendors none of this buyer's (four of them — 靖安, 鄱阳, 万载, 定南 — appear nowhere else) and
  their rows no words of the same vendors' quotes here ({YF}'s guarantee-system filing and {CR}'s factoring-system filing, price and
  full source belong to those systems). The 集团归口部门意见 column, the 审议结果 lines, the title lines and the 转存备注 are the group's
  or the buyer's.
Traps: CARELESS TOP PICK {CR}: the lowest figure "238000.00", the group's 科技信息部 "报价最低，功能齐全，满足等保三级，建议采纳" and the
  committee's "同意…采用{CR}方案（报价最低）" — and in 议题三 the same vendor with a real level-3 filing, full source and 185,000. In 议题二
  its price is "不含税，增值税13%开票时另行加收", its list lacks bank-statement analysis, offered "需加购，加购价46000.00元（不含税）" — a
  must-have option at its price: (238,000 + 46,000) × 1.13 = 320,920; "系统依照等保三级要求设计建设，可协助贵司开展等保测评" is a claim
  (UNVERIFIED); "国产密码算法" no SM4, "支持接入主流征信渠道" no licensed body, "一次购买终身维护" the lifetime boast (12 months, claimed),
  "以我司服务手册为准，不列入合同条款" no contract, "按单台服务器授权部署使用，源代码由我司统一托管，不对外交付" a licence only. The careful pick is
  {XF} (pass): "296000.00", "含税（13%增值税专用发票）" in the band; filing 36072243009-24012 for the system quoted; SM4; TLS1.2; RBAC; 12-month
  logs with tracing; 人行征信中心 + 百行 direct; every merchant-loan must-have; 12 months with minor upgrades; free policy adaptation;
  7×24; 2 h to a named engineer; lifetime consulting; 2.8万 a year; all in the contract; full source. {DX} passes over the band at
  368,000 with "涉及业务流程重大改造的监管新规另行报价" (policy adaptation charged); its 数据分析大屏 option is deferrable — not added, not in
  the list. {YJ} FAILS: "已取得等保第二级备案…三级暂无申请计划". {YF} in 议题二 only points to its guarantee system's filing ("详见议题一…共用
  同一技术底座"): a filing of another system is a claim for this one — UNVERIFIED, at 148,000 in the caution zone (the group's "资质可认可"
  is the group's verdict).
Not settled and not asserted: 崇仁's "7×24小时服务热线" (7×24 stated, not asserted) and its silence on logs and access control; 余江's and
  宜丰's other terms; 德兴's yearly fee and the tax of its unadded option; whether the other items' rows are listed as skipped and under
  which reason, and whether the group's opinions, the 审议结果 lines and the 转存备注 are listed. None moves a gate or the pick.
"""
W_ML = ML + CORE + ["repayment_management"]
write_toml(C2.replace(".csv", ".toml"), c2_comment, "merchant_loan", [C2], XF,
           f"In 议题二, this buyer's item, {XF} proves the level-3 filing of the system it quotes, lists every merchant-loan must-have at "
           f"296,000 含税 in the 25–35万 band, with 12 months including upgrades, free policy adaptation, 7×24 within 2 hours, lifetime "
           f"consulting, all in the contract, full source. {CR}, chosen by the group for the lowest figure, only claims level 3 here "
           f"(unverified; its filing belongs to the factoring system of 议题三), costs (238,000 + its must-have statement-analysis add-on "
           f"46,000) × 1.13 = 320,920, keeps its after-sales out of the contract and licenses the code without delivering it; 德兴 passes "
           f"over the band with major policy changes charged; 余江 holds level 2 only (fail); 宜丰 points to another system's filing.",
           [
               good(XF, 296000, "'296000.00' with '含税（13%增值税专用发票）'. '已取得等保三级备案证明，备案证明编号36072243009-24012，定级对象：信丰经营贷业务"
                    "管理系统（即本次报价系统）'; SM4 on ID / phone / card / company-account numbers; TLS1.2; RBAC; 12-month logs with tracing; 人民银行"
                    "征信中心 + 百行 direct; every must-have; 12 months with bug fixes and minor upgrades; free policy adaptation; 7×24; 2 hours, "
                    "named engineer; lifetime consulting; 2.8万 a year; all in the contract; full unencrypted source.",
                    W_ML, response_hours=2, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
               dict(vendor=CR, gate="unverified", price=320920,
                    why="议题二 only: '238000.00' with '不含税，增值税13%开票时另行加收'; bank-statement analysis '需加购，加购价46000.00元（不含税）' — a "
                        "must-have option at its price: (238,000 + 46,000) × 1.13 = 320,920. '系统依照等保三级要求设计建设，可协助贵司开展等保测评' is a "
                        "claim: UNVERIFIED (议题三's filing is the factoring system's). '国产密码算法' (no SM4), '支持接入主流征信渠道' (no body), "
                        "'一次购买终身维护' (12 months, claimed); HTTPS; '不列入合同条款'; '按单台服务器授权部署使用，源代码由我司统一托管，不对外交付' — "
                        "licence only.",
                    values=dict(tls=True, free_maintenance_months=12, commitments_in_contract=False, source_code_delivery="licence_only"),
                    status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                                free_maintenance_months="claimed"),
                    fin=W_ML, fex=BLOAT, flin=["source_licence_only", "not_in_contract"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_tls", "bloat_features"]),
               dict(vendor=DX, gate="pass", price=368000,
                    why="'368000.00' 含税: above the 25–35万 band. Filing 36118143007-24005 for the system quoted; SM4; HTTPS; roles; 12-month logs; "
                        "百行 + 朴道; every must-have (the '数据分析大屏（选配，18000.00元）' option is deferrable: not added, not in the list); 12 months "
                        "with minor upgrades; '一般监管调整免费，涉及业务流程重大改造的监管新规另行报价' (not free); 7×24; 2 h; lifetime consulting; in the "
                        "contract; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                                policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                                commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated"),
                    fin=W_ML, fex=["bi_dashboard"] + BLOAT, flin=["price_over_budget", "policy_adaptation_charged"],
                    flex=["price_below_10w", "price_below_15w", "price_missing", "missing_must_have", "no_mlps_level3", "no_sm4", "no_tls",
                          "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h",
                          "no_lifetime_consulting", "not_in_contract", "bloat_features"]),
               dict(vendor=YJ, gate="fail", price=275000,
                    why="'275000.00' 含税; every must-have — but '已取得等保第二级备案（…），三级暂无申请计划': level 2 only, FAIL.",
                    values=dict(mlps_level3=False), fin=W_ML, fex=BLOAT, flin=["no_mlps_level3"],
                    flex=PRICE_FLAGS + ["missing_must_have", "bloat_features"]),
               dict(vendor=YF, gate="unverified", price=148000,
                    why="议题二: '148000.00' 含税 = 148,000, the caution zone. '我司融资担保业务管理系统已取得等保三级备案（详见议题一），本次小贷系统与其共用同一"
                        "技术底座，安全能力一致' — another system's filing is a claim for this one: UNVERIFIED (the group's '资质可认可' is its verdict).",
                    status=dict(mlps_level3="claimed"), fin=W_ML, fex=BLOAT, flin=["price_below_15w"],
                    flex=["price_below_10w", "price_over_budget", "price_missing", "missing_must_have", "bloat_features"]),
           ])

# ---------------------------------------------------------------- case 03: the outsourced IT provider's English shortlist
C3 = "zzzs_03_ci_waibao_it_shortlist_yingwen_yuanwen_utf8bom.csv"
BUYER3 = "柳州柳城小额贷款有限公司"
GROUP3 = "广西融安电器连锁集团有限公司"
OUTS = "Bluewater Managed IT Services (Nanning) Co., Ltd."
XC = "来宾忻城分期科技有限公司"
CW = "梧州苍梧软件有限公司"
HP = "北海合浦信息技术有限公司"
BL = "玉林北流数据科技有限公司"
LC = "玉林陆川网络科技有限公司"
MARK = "—— 原文 ——"


def cell(precis, original):
    return f"Our read: {precis}\n{MARK}\n{original}" if original else f"Our read: {precis}"


rows3 = [
    [f"Vendor shortlist – consumer instalment loan system (source-code purchase) for {BUYER3}"],
    [f"Prepared by {OUTS} – outsourced IT partner of {GROUP3} and its subsidiaries. Draft v0.4 for the subsidiary's IT steering "
     "meeting, 8 Dec 2025."],
    [f"How to read a cell: our précis in English comes first; below the line '{MARK}' is the vendor's written reply pasted verbatim "
     "(Chinese). The précis is ours and simplified; where the two differ, the original governs."],
    ["Client scope: instalment loans for phones and home appliances sold in the group's stores (no cross-border business); buy-out "
     "of the source code, one deployment."],
    [],
    ["#", "Vendor (legal name)", "Stage", "Commercials", "Modules", "Security & compliance", "After-sales", "Source code",
     "Our est. landed cost (CNY)", "Fit (1–5)", "Recommendation"],
    ["1", XC, "Shortlist – preferred",
     cell("CNY 128k all-in, lowest of the field.", "报价：系统源码12.8万元（未税）"),
     cell("all six required modules.", "功能：商品管理、分期计算器、风控审批、还款管理、用户管理\n订单跟踪：该模块不在标准包内，如需使用可加购，加购价2.6万元（未税）"),
     cell("MLPS Level 3 compliant; GM (national) cryptography; licensed bureaus.",
          "等保：平台按三级等保标准打造，上线后由贵司自行申请定级备案\n加密：敏感字段使用国产商用密码算法加密\n传输：全站HTTPS\n权限：岗位权限分级\n日志：长期保存\n"
          "征信：可对接市面主流征信渠道"),
     cell("lifetime maintenance, remote support.",
          "售后：一次购买，终身维护；工作日9:00-18:00远程支持；响应时间视问题而定\n合同：售后按我司服务政策执行，不另写入购销合同"),
     cell("source code delivered.", "源码：除授信决策引擎外均交付源代码，决策引擎以加密组件方式提供"),
     "128,000", "5", "Proceed to contract negotiation"],
    ["2", CW, "Shortlist",
     cell("CNY 264k incl. VAT – highest; negotiate.", "报价：源码买断总价26.4万元（含税，13%增值税专用发票）"),
     cell("all modules.", "功能：商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理（全部含在报价内）"),
     cell("MLPS L3 filing number given; SM4; PBoC and Baihang.",
          "等保：已取得等保三级备案证明，编号45040043008-24015，定级对象为苍梧消费分期业务管理系统，即本次报价系统\n"
          "加密：身份证号、手机号、银行卡号SM4加密存储\n传输：全站HTTPS（TLS1.2）\n权限：RBAC角色权限，按岗位最小授权\n日志：操作日志保存12个月，异常操作可追溯\n"
          "征信：已直连人民银行征信中心、百行征信"),
     cell("12 months incl. upgrades, 24x7, 1 h.",
          "售后：免费维护12个月，含缺陷修复及小版本升级；监管政策调整适配免费；7×24小时技术支持；1小时内响应，指定专属工程师；提供终身免费技术咨询；"
          "免费期满后年服务费2.4万元\n合同：以上售后承诺全部写入合同"),
     cell("full source.", "源码：交付完整源代码，无加密，可二次开发"),
     "264,000", "3", "Reserve – price too high"],
    ["3", HP, "Shortlist",
     cell("CNY 195k.", "报价：19.5万元（不含税，增值税税率6%）"),
     cell("all modules.", "功能：商品管理、订单跟踪、风控审批、还款管理、用户管理\n选配：分期计算器，+1.8万元（不含税）"),
     cell("MLPS L3 with filing no.; SM4.",
          "等保：三级，备案证明编号45050043010-24006\n加密：SM4加密敏感字段\n传输：HTTPS\n权限：角色权限\n日志：保存12个月\n征信：百行征信"),
     cell("6 months, 24x7.",
          "售后：免费维护6个月，期内免费升级（大版本除外）；一般性政策调整免费，重大监管变化需改造的另行报价；7×24小时；4小时内响应；技术咨询限维保期内；"
          "维保期满后每年2万元\n合同：以上写入合同"),
     cell("full source.", "源码：完整源码，无加密"),
     "195,000", "4", "Shortlist"],
    ["4", BL, "Shortlist",
     cell("CNY 218k incl. VAT.", "报价：21.8万元（含税）"),
     cell("all modules (order tracking phase 2).",
          "功能：商品管理、分期计算器、风控审批、还款管理、用户管理\n订单跟踪：排入二期版本，本期合同不含，二期上线时另行报价"),
     cell("MLPS L3 with filing no.",
          "等保：已取得等保三级，备案证明编号45090043004-24011\n加密：SM4\n传输：HTTPS\n权限：角色权限\n日志：12个月\n征信：百行征信、朴道征信"),
     cell("12 months, 24x7, 2 h.",
          "售后：免费维护12个月，含小版本升级；政策适配免费；7×24小时；2小时内响应；终身技术咨询；年服务费2.2万元\n合同：写入合同"),
     cell("full source.", "源码：完整源码"),
     "218,000", "4", "Shortlist"],
    ["5", LC, "Long list – declined",
     cell("declined by e-mail, 14 Nov.", "本次我司不参与报价，感谢贵司邀请。"), "", "", "", "", "–", "–", "Out"],
    [],
    ["Est. landed cost = our estimate of the licence fee only (options and VAT not included). Stage, Fit and Recommendation are "
     "Bluewater's view for discussion."],
]
write_csv(C3, rows3, "utf-8-sig")

c3_comment = f"""
Voice: {BUYER3} (instalment loans for phones and home appliances sold in the stores of its parent, {GROUP3}; no cross-border
  business; the consumer-instalment band 20–30万). The group's IT is run by an outsourced provider, {OUTS}, whose account
  manager writes in English; he collected the vendors' replies and sent the subsidiary a draft shortlist for its IT steering meeting.
Layout: UTF-8-BOM CSV, CRLF: four lines in English (title; prepared-by; "How to read a cell: our précis in English comes first; below
  the line '{MARK}' is the vendor's written reply pasted verbatim (Chinese). The précis is ours and simplified; where the two differ,
  the original governs."; the client's scope), a blank line, then # | Vendor (legal name) | Stage | Commercials | Modules | Security &
  compliance | After-sales | Source code | Our est. landed cost (CNY) | Fit (1–5) | Recommendation, one row per vendor; every topic cell
  "Our read: …" then the marker line then the vendor's own lines ("报价：…", "功能：…", "等保：…"); a footnote on the estimate.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per row, named by its legal name; in each topic cell only the part under "{MARK}" is the vendor's, read line by
  line under each line's label; the "Our read" précis, Stage, the estimate column, Fit and Recommendation are the provider's. {LC}'s
  only words are "本次我司不参与报价": no quote.
Traps: CARELESS TOP PICK {XC}: "Shortlist – preferred", Fit 5, "CNY 128k all-in, lowest", "MLPS Level 3 compliant; GM cryptography;
  licensed bureaus", an estimate of 128,000 — a sticker under 15万. Its own words: "12.8万元（未税）" and order tracking "不在标准包内，如需
  使用可加购，加购价2.6万元（未税）" — a must-have option at its price, both at the 13 % default: (128,000 + 26,000) × 1.13 = 174,020 (below
  the band, NOT under 15万); "平台按三级等保标准打造，上线后由贵司自行申请定级备案" is a claim (UNVERIFIED); "国产商用密码算法" names no SM4;
  "可对接市面主流征信渠道" no licensed body; "一次购买，终身维护" the lifetime boast (12 months, claimed); "工作日9:00-18:00远程支持" no 7×24;
  "不另写入购销合同" no contract; "除授信决策引擎外均交付源代码，决策引擎以加密组件方式提供" partial source. The careful pick is {CW}
  (pass), "Reserve – price too high" in the provider's view: "26.4万元（含税，13%增值税专用发票）" = 264,000 in the band; filing
  45040043008-24015 for the system quoted; SM4; TLS1.2; RBAC; 12-month logs with tracing; 人行征信中心 + 百行 direct; every instalment
  must-have; 12 months with minor upgrades; free policy adaptation; 7×24; 1 h to a named engineer; lifetime consulting; 2.4万 a year;
  all in the contract; full source. {HP} passes at (195,000 + its must-have instalment-calculator option 18,000) × 1.06 = 225,780 (the
  6 % its quote names) with thinner terms: 6 months, adaptation charged for major changes, 4 h, consulting only during maintenance.
  {BL} FAILS: "订单跟踪：排入二期版本，本期合同不含" — a must-have not in this delivery, whatever "all modules" the précis says.
Not settled and not asserted: 忻城's access control ("岗位权限分级"), logs ("长期保存", a claim) and response ("视问题而定"); 合浦's upgrades
  standing ("大版本除外": included, value asserted) and its log and bureau details beyond the gate; 北流's after-sales; whether the
  précis, the estimate, Fit, Recommendation, the Stage column and the footnote are listed as skipped; how 陆川's decline is reported.
  None moves a gate or the pick.
"""
W_CI = CI + CORE + ["repayment_management"]
write_toml(C3.replace(".csv", ".toml"), c3_comment, "consumer_installment", [C3], CW,
           f"Under the '{MARK}' line, {CW}'s own words prove the level-3 filing of the system it quotes and give every instalment "
           f"must-have at 264,000 含税 in the 20–30万 band, with 12 months including upgrades, free policy adaptation, 7×24 within 1 "
           f"hour, lifetime consulting, all in the contract, full source. {XC}, the provider's preferred vendor at '128k all-in', only "
           f"claims level 3 (unverified), is (128,000 + a 26,000 order-tracking add-on) × 1.13 = 174,020, office hours only, its "
           f"after-sales out of the contract and its decision engine encrypted; 合浦 passes at 225,780 with thinner terms; 北流 defers "
           f"order tracking to phase 2 (fail); 陆川 declined.",
           [
               good(CW, 264000, "'报价：源码买断总价26.4万元（含税，13%增值税专用发票）' = 264,000 (the précis' 'highest; negotiate' is the provider's). "
                    "'已取得等保三级备案证明，编号45040043008-24015，定级对象为…即本次报价系统'; SM4 on ID / phone / card numbers; TLS1.2; RBAC; 12-month "
                    "logs with tracing; 人民银行征信中心 + 百行 direct; every must-have; 12 months with bug fixes and minor upgrades; free policy "
                    "adaptation; 7×24; 1 hour, named engineer; lifetime consulting; 2.4万 a year; all in the contract; full unencrypted source.",
                    W_CI, response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
               dict(vendor=XC, gate="unverified", price=174020,
                    why="Under the marker: '报价：系统源码12.8万元（未税）'; '订单跟踪：该模块不在标准包内，如需使用可加购，加购价2.6万元（未税）' — a must-have "
                        "option at its price, 13 % default: (128,000 + 26,000) × 1.13 = 174,020 — not under 15万, whatever the précis' '128k "
                        "all-in'. '平台按三级等保标准打造，上线后由贵司自行申请定级备案' is a claim: UNVERIFIED. '国产商用密码算法' (no SM4), '可对接市面主流"
                        "征信渠道' (no body), '一次购买，终身维护' (12 months, claimed); HTTPS; '工作日9:00-18:00远程支持' (no 7×24); '不另写入购销合同'; "
                        "'除授信决策引擎外均交付源代码，决策引擎以加密组件方式提供' — partial source.",
                    values=dict(tls=True, support_7x24=False, free_maintenance_months=12, commitments_in_contract=False,
                                source_code_delivery="partial"),
                    status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                                free_maintenance_months="claimed"),
                    fin=W_CI, fex=BLOAT, flin=["source_partial", "not_in_contract", "no_7x24"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_tls", "bloat_features"]),
               dict(vendor=HP, gate="pass", price=225780,
                    why="'报价：19.5万元（不含税，增值税税率6%）' and '选配：分期计算器，+1.8万元（不含税）' — a must-have option at its price, at the quote's "
                        "6 %: (195,000 + 18,000) × 1.06 = 225,780. '三级，备案证明编号45050043010-24006'; SM4; HTTPS; roles; 12-month logs; 百行. "
                        "'免费维护6个月，期内免费升级（大版本除外）'; '重大监管变化需改造的另行报价' (not free); 7×24; '4小时内响应'; '技术咨询限维保期内' (no "
                        "lifetime); 2万 a year; in the contract; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, free_maintenance_months=6,
                                maintenance_includes_upgrades=True, policy_adaptation_free=False, support_7x24=True, response_hours=4,
                                lifetime_consulting=False, annual_fee_after_warranty_cny=20000, commitments_in_contract=True,
                                source_code_delivery="full"),
                    status=dict(mlps_level3="stated"),
                    fin=W_CI, fex=BLOAT,
                    flin=["maintenance_under_12m", "policy_adaptation_charged", "response_over_2h", "no_lifetime_consulting"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_mlps_level3", "no_sm4", "no_tls", "maintenance_excludes_upgrades",
                                        "no_7x24", "not_in_contract", "bloat_features"]),
               dict(vendor=BL, gate="fail", price=218000,
                    why="'报价：21.8万元（含税）' = 218,000; filing 45090043004-24011 — but '订单跟踪：排入二期版本，本期合同不含，二期上线时另行报价': a must-have "
                        "not in this delivery: FAIL (the précis' 'all modules' is the provider's).",
                    values=dict(mlps_level3=True),
                    fin=["product_management", "installment_calculator", "risk_approval", "repayment_management", "user_management"],
                    fex=["order_tracking"] + BLOAT, flin=["missing_must_have"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "bloat_features"]),
           ])

if __name__ == "__main__":
    print("written:", C1, C2, C3)
