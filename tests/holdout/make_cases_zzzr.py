"""Blind cases zzzr_*: "vendors' own words, sent back in the buyer's template".

01 the buyer's shared 询价响应表 (vendors as rows) with its 填写说明 row kept under the header, 小写 and 大写 price columns, one vendor's
   own column added at the right and answers pointing into it ("参照第3条"), one vendor's three after-sales cells merged into one,
   "同左", "√（需另购）", "见附件《…》";
02 the buyer's CSV template returned by each vendor and the five files concatenated as they came (copy *.csv): each block its own
   header line, the 填写说明 line and the answer line, one vendor's block with a column it inserted, one vendor answering in English,
   template placeholders "（请填写）" left standing; GBK;
03 a 供应商报价信息核对表 the buyer pre-filled from the vendors' websites and phone calls (采购方预填 | 供应商确认/更正 under each vendor's
   merged name, the items down the left): "确认", "更正：…", blanks, "同上", a confirm cell merged over two items, answers in English.
Expectations written from shared/domain.md and docs/analyst-reading.md only; the product was not run on these files.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

sys.path.insert(0, str(Path(__file__).resolve().parent))
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, LEFT, _save, good, write_csv, write_toml  # noqa: E402

PRICE_FLAGS = ["price_below_10w", "price_below_15w", "price_over_budget", "price_missing"]
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---------------------------------------------------------------- case 01: shared template, 填写说明 row kept
C1 = "zzzr_01_ml_moban_tianxie_shuoming_zijia_lie.xlsx"
YH = "蚌埠禹会数科有限公司"
SG = "淮南舜耕山软件有限公司"
TJ = "铜陵天井湖数据科技有限公司"
ZW = "滁州醉翁亭金融科技有限公司"
WF = "六安万佛湖信息技术有限公司"

HEAD1 = ["序号", "供应商全称（盖章）", "报价（小写，元）", "报价（大写）", "是否含税", "企业征信", "银行流水分析", "电子合同", "其他功能模块",
         "等保三级", "数据加密", "传输加密", "权限管理", "日志保存期", "征信接口", "免费维护期", "维护范围", "政策适配", "技术支持",
         "响应时间", "终身技术咨询", "维保期满后年费", "是否写入合同", "源码交付"]
GUIDE1 = ["填写说明", "（营业执照全称）", "（源码买断总价，阿拉伯数字，单位：元）", "（人民币大写；大小写金额不一致时，以大写金额为准）",
          "（填“含税”或“不含税”，不含税的请注明税率）", "（√＝含在报价内；×＝不提供；选配的请注明价格）",
          "（√＝含在报价内；×＝不提供；选配的请注明价格）", "（√＝含在报价内；×＝不提供；选配的请注明价格）", "（报价内的其他模块，用顿号隔开）",
          "（已取得的填写备案证明编号；未取得的如实说明）", "（写明算法及加密字段）", "（是/否）", "（是/否，说明控制方式）", "（单位：月）",
          "（写明已对接的持牌征信机构）", "（单位：月）", "（是否含版本升级）", "（免费/收费）", "（7×24 或 5×8）", "（单位：小时）", "（有/无）",
          "（单位：元/年）", "（是/否）", "（完整源码/部分源码/仅授权）"]
rows1 = [
    [1, YH, 218000, "贰拾捌万壹仟元整", "含税", "√", "√（需另购）", "√",
     "用户管理、风控审批、还款管理、数据大屏、区块链存证（本月签约赠送）", "有，系统严格对标三级等保要求建设", "国密加密", "是", "是",
     "长期保存", "可对接市面主流征信机构", "一次购买，终身维护", "系统问题全包", "免费", "7×24", "随叫随到", "有", "（单位：元/年）",
     "这个可以商量着写进去", "完整源码"],
    [2, SG, 296000, "贰拾玖万陆仟元整", "含税（13%增值税专用发票）", "√", "√", "√（电子签章对接CFCA）",
     "用户管理、风控审批流、还款计划与催收提醒、贷后管理",
     "已取得。备案证明编号：34040043017-24003；定级对象：舜耕山经营贷业务管理系统（即本次报价系统）；等级：第三级",
     "SM4（身份证号、手机号、银行卡号、统一社会信用代码）", "是，全站HTTPS（TLS1.2及以上）", "是，RBAC角色权限，可细分到网点和数据范围", 12,
     "人民银行征信中心（直连）、百行征信",
     "免费维护12个月：期内缺陷修复及小版本升级均不收费；因监管新规需要的系统调整，维护期内外一律免费", None, None,
     "7×24小时（二线工程师轮值）", "1小时内（指定专属工程师）", "有，终身免费技术咨询", 26000, "是，以上条款全部写入合同正文",
     "完整源码交付，不加密不混淆，可二次开发"],
    [3, TJ, 265000, "贰拾陆万伍仟元整", "不含税（税率6%）", "√", "√", "√", "用户管理、审批流、还款管理",
     "已取得第三级备案，证明编号34070043021-23008", "SM4", "是", "是（按角色）", 6, "百行征信", 12, "参照第2条", "参照第3条",
     "有，但夜间及法定节假日须另行签订值守服务协议", 4, "参照第5条", "参照第4条", "是", "完整源码",
     "1、本报价自发出之日起60日内有效；2、维护期内负责程序缺陷修复，功能及版本升级需另行报价；3、一般性监管口径调整免费适配，涉及业务流程"
     "重构的重大调整按1500元/人天计费；4、维保期满后，年度维护费按合同总额的10%计收；5、合同存续期间技术咨询免费，期满后按次收费。"],
    [4, ZW, 238000, "贰拾叁万捌仟元整", "含税", "√", "√", "√", "用户管理、风控审批、还款管理",
     "目前持有二级备案证明（2023年），三级暂不在计划内，小贷业务二级已能满足监管", "AES-256", "是", "是", 3, "百行征信", 12,
     "含小版本升级", "免费", "7×24", 2, "有", 20000, "是", "完整源码"],
    [5, WF, "见附件《分项报价明细》", "同左", "含税", "√", "同左", "同左", "用户管理、风控审批、还款管理",
     "已取得三级，备案证明编号34150043006-24010", "SM4加密存储敏感字段", "是", "是", 12, "人行征信中心、百行征信", 12,
     "缺陷修复、小版本升级", "免费", "7×24", 2, "有", 22000, "是", "完整源码，可二次开发"],
]
wb = Workbook()
ws = wb.active
ws.title = "询价响应表"
ws.append(["安庆菱湖小额贷款股份有限公司 经营贷系统源码询价响应表（模板，请勿改动表头及填写说明行）"])
ws.merge_cells("A1:X1")
ws["A1"].font = Font(bold=True, size=14)
ws.append(HEAD1 + ["补充条款（天井湖数据自行增加，第1-5条）"])
ws.append(GUIDE1)
for r in rows1:
    ws.append(r)
ws.merge_cells("P5:R5")  # 舜耕山 wrote its maintenance terms across 免费维护期 | 维护范围 | 政策适配
ws.append([])
ws.append(["填表须知：请各供应商在本共享表中自行填写所在行，不得修改表头、填写说明行及他人已填内容；附件请另行发送至采购部邮箱。"])
for row in ws.iter_rows(min_row=2, max_row=8):
    for c in row:
        c.alignment = LEFT
for col, w in zip("ABCDEFGHIJKLMNOPQRSTUVWXY", [6, 28, 16, 20, 16, 10, 12, 14, 30, 40, 28, 20, 22, 10, 26, 14, 16, 14, 24, 12, 14,
                                                 14, 18, 22, 60]):
    ws.column_dimensions[col].width = w
for c in ("C4", "C5", "C6", "C7"):
    ws[c].number_format = "#,##0.00"
_save(wb, C1)

c1_comment = f"""
Voice: 安庆菱湖小额贷款股份有限公司 (经营性贷款 to 个体工商户 and small firms; no cross-border business; the merchant-loan band 25–35万). Its
  purchasing department put its 询价响应表 template in a shared sheet and asked each vendor to fill in its own row, "不得修改表头、填写
  说明行及他人已填内容". The vendors did it their own way: one added a column of its own clauses at the right and answered other cells
  "参照第3条"; one wrote its maintenance terms once across three merged cells; one pointed to an attachment and wrote "同左".
Layout: .xlsx, one sheet 询价响应表: a title merged over A1:X1, the header in row 2 (序号 | 供应商全称（盖章） | 报价（小写，元） | 报价（大写） |
  是否含税 | 企业征信 | 银行流水分析 | 电子合同 | 其他功能模块 | 等保三级 | … | 源码交付), the template's 填写说明 row 3 kept (each column's
  instruction in brackets: "（单位：月）", "（人民币大写；大小写金额不一致时，以大写金额为准）", "（7×24 或 5×8）"), the five vendors' rows 4–8, a
  column Y "补充条款（天井湖数据自行增加，第1-5条）" typed by {TJ}, P5:R5 merged by {SG}, the buyer's 填表须知 under the table.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor row; row 3 is the template's instructions, no vendor, and the units it gives ("（单位：月）", "（单位：小时）",
  "（单位：元/年）") are the units of the bare figures below it; the 大写 governs where the two prices disagree, as the template itself
  says; a merged cell answers every column it spans; "参照第N条" is that clause of the vendor's own added column; "同左" is the cell to
  its left; the added column's header names a vendor's clauses, not a vendor; the 填表须知 is the buyer's.
Traps: CARELESS TOP PICK {YH}: the lowest 小写 (218,000 含税), every module ticked, "有" to 等保, 国密, 征信, "一次购买，终身维护",
  7×24, a blockchain module thrown in. But its 大写 "贰拾捌万壹仟元整" is 281,000 and the template makes the 大写 govern; "有，系统严格
  对标三级等保要求建设" is a claim (UNVERIFIED), "国密加密" names no SM4, "可对接市面主流征信机构" no licensed body, "一次购买，终身维护" is
  the lifetime boast, "长期保存" and "随叫随到" no figures, "这个可以商量着写进去" is willing (not written), the fee cell still holds the template's
  "（单位：元/年）"; and 银行流水分析 "√（需另购）" is a must-have sold apart at no price given — the gate is UNVERIFIED on that too. The
  careful pick is {SG} (pass): 296,000 含税 in the band (小写 and 大写 agree); filing 34040043017-24003 for the system quoted; SM4 on the
  sensitive fields; TLS1.2; RBAC; logs 12 months; 人民银行征信中心 direct + 百行; every must-have; its merged cell "免费维护12个月：期内缺陷
  修复及小版本升级均不收费；因监管新规需要的系统调整，维护期内外一律免费" gives 12 months, upgrades and free adaptation; 7×24; 1 h named
  engineer; lifetime consulting; 26,000 a year; all in the contract; full source. {TJ} passes at 265,000 × 1.06 = 280,900, its after-sales
  only in its own clauses: "参照第2条" (no upgrades), "参照第3条" (major regulatory changes by the man-day), "参照第5条" (consulting only
  while the contract runs), "有，但夜间及法定节假日须另行签订值守服务协议" (no 7×24 at the base price), 4 h. {ZW} FAILS: "目前持有二级备案证明
  …三级暂不在计划内". {WF} gives its price as "见附件《分项报价明细》" and "同左": no price, UNVERIFIED.
Not settled and not asserted: 禹会's values for its claims (mlps, SM4, bureau), its free-maintenance months and its response time; whether
  its 银行流水分析 counts as present (an option at no price) and whether missing_must_have is raised for it; whether a warning says the
  小写 gave way; 天井湖's yearly fee (10% of 合同总额: of 280,900 or of 265,000?) and the standing (stated or conditional) of the terms its
  clauses give; whether 醉翁亭's 3-month logs are flagged beside the failed gate (asserted: value and flag); whether row 3, column Y's header
  or the 填表须知 leave a note or a skip. None moves a gate or the pick.
"""
write_toml(C1.replace(".xlsx", ".toml"), c1_comment, "merchant_loan", [C1], SG,
           f"{SG} proves the level-3 filing of the system it quotes, ticks every merchant-loan must-have and prices at 296,000 含税 in the "
           f"25–35万 band, with 12 months including upgrades and free regulatory adaptation (one merged cell), 7×24 within 1 hour, lifetime "
           f"consulting, all in the contract, full source. {YH} looked cheapest at a 小写 218,000, but its 大写 — which the template makes "
           f"govern — is 281,000, its 等保 is only a claim and its statement analysis is sold apart at no price (unverified); 天井湖 passes at "
           f"280,900 with its own clauses taking the upgrades, major policy work, night support and lifetime consulting out; 醉翁亭 holds "
           f"level 2 (fail); 万佛湖's price is in an attachment.",
           [
               good(SG, 296000, "'296000' | '贰拾玖万陆仟元整' | '含税（13%增值税专用发票）'. '已取得。备案证明编号：34040043017-24003；定级对象：舜耕山经营贷业务"
                    "管理系统（即本次报价系统）；等级：第三级'; SM4 on ID / phone / card numbers and the credit code; TLS1.2; RBAC; logs 12 (the "
                    "template's unit: months); 人民银行征信中心 direct + 百行; every must-have; the merged cell P5:R5 gives 12 months with bug fixes "
                    "and minor upgrades and free adaptation to new rules; 7×24; 1 hour, named engineer; lifetime consulting; 26,000 a year; all "
                    "in the contract; full source, no encryption.",
                    ML + CORE + ["repayment_management"], response_hours=1, annual_fee_after_warranty_cny=26000,
                    source_code_delivery="full"),
               dict(vendor=YH, gate="unverified", price=281000,
                    why="小写 218,000 but 大写 '贰拾捌万壹仟元整' = 281,000, and the template's own 填写说明 says '大小写金额不一致时，以大写金额为准': "
                        "281,000 含税. '有，系统严格对标三级等保要求建设' is a claim, and 银行流水分析 '√（需另购）' a must-have sold apart at no price: "
                        "UNVERIFIED. '国密加密' names no SM4; '可对接市面主流征信机构' names no licensed body; '一次购买，终身维护' is the lifetime "
                        "boast; HTTPS '是'; '区块链存证（本月签约赠送）' is a gift (bloat), '数据大屏' the dashboard.",
                    values=dict(tls=True),
                    status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                                free_maintenance_months="claimed"),
                    fin=["enterprise_credit", "contract_management"] + CORE + ["repayment_management", "bi_dashboard",
                                                                             "blockchain_evidence"],
                    flin=["bloat_features"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "no_tls"]),
               dict(vendor=TJ, gate="pass", price=280900,
                    why="'265000' | '贰拾陆万伍仟元整' | '不含税（税率6%）' = 265,000 × 1.06 = 280,900. Filing 34070043021-23008; SM4; HTTPS; roles; logs 6 "
                        "(months: not under 6); 百行; 12 months. Its own clauses in column Y answer the cells that point to them: '参照第2条' — "
                        "'维护期内负责程序缺陷修复，功能及版本升级需另行报价' (no upgrades); '参照第3条' — major changes '按1500元/人天计费' (charged); "
                        "'参照第5条' — consulting only while the contract runs (no lifetime consulting); '有，但夜间及法定节假日须另行签订值守服务协议' "
                        "(no 7×24 at the base price); 4 h; in the contract; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                                policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                                commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated"),
                    fin=ML + CORE + ["repayment_management"], fex=BLOAT,
                    flin=["maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                          "no_lifetime_consulting"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_mlps_level3", "no_sm4", "no_tls", "no_access_control",
                                        "audit_log_under_6m", "maintenance_under_12m", "not_in_contract", "bloat_features"]),
               dict(vendor=ZW, gate="fail", price=238000,
                    why="'238000' | '贰拾叁万捌仟元整' | 含税; every must-have — but '目前持有二级备案证明（2023年），三级暂不在计划内': level 2 held, level 3 "
                        "not even planned — a stated no: FAIL. 'AES-256' is no SM4; logs 3 months.",
                    values=dict(mlps_level3=False, sm4_encryption=False, audit_log_months=3),
                    fin=ML + CORE + ["repayment_management"], fex=BLOAT,
                    flin=["no_mlps_level3", "no_sm4", "audit_log_under_6m"],
                    flex=PRICE_FLAGS + ["missing_must_have", "bloat_features"]),
               dict(vendor=WF, gate="unverified", price="null",
                    why="Price '见附件《分项报价明细》' and 大写 '同左': a pointer with nothing else, no price — UNVERIFIED. Filing 34150043006-24010 "
                        "stated; 银行流水分析 and 电子合同 '同左' = the 企业征信 '√' to their left.",
                    values=dict(mlps_level3=True), status=dict(mlps_level3="stated"),
                    fin=ML + CORE + ["repayment_management"], fex=BLOAT,
                    flin=["price_missing"],
                    flex=["price_below_10w", "price_below_15w", "price_over_budget", "no_mlps_level3", "missing_must_have"]),
           ])

# ---------------------------------------------------------------- case 02: returned CSV templates concatenated, GBK
C2 = "zzzr_02_ci_moban_huichuan_csv_pinjie_gbk.csv"
FL = "景德镇浮梁数科有限公司"
PP = "九江琵琶亭软件有限公司"
HY = "上饶怀玉山信息技术有限公司"
WT = "宜春温汤数科有限公司"
QY = "吉安青原山科技有限公司"

HEAD2 = ["供应商全称", "报价金额（元）", "计税方式", "报价包含模块", "选配模块及价格", "等保三级", "数据加密", "HTTPS传输", "权限管理",
         "日志保存（月）", "征信接口", "免费维护期（月）", "维护范围", "政策调整适配", "技术支持时间", "故障响应时间（小时）", "终身技术咨询",
         "维保期满年费（元/年）", "承诺写入合同", "源码交付"]
GUIDE2 = ["填写说明：请填写营业执照全称", "源码买断总价，填阿拉伯数字", "填“含税”或“不含税”；不含税的请写明税率", "列明报价内已包含的功能模块，用顿号分隔",
          "报价外另行收费的模块，写明名称和价格；没有的填“无”", "已取得的填写备案证明编号；未取得的写明现状", "写明加密算法及加密字段", "是/否",
          "是/否，写明控制方式", "填数字", "写明已对接的持牌征信机构名称", "填数字，不少于12", "写明是否含版本升级", "免费/收费（收费的写明标准）",
          "如：7×24、5×8", "填数字", "有/无", "填数字", "是/否", "完整源码/部分源码/仅授权"]
PH = "（请填写）"
ans_fl = [FL, "148000", "含税", "商品管理、分期计算器、订单跟踪、用户管理、风控审批、还款管理、积分商城、智能客服机器人", "无",
          "我司系统已通过国家网络安全等级保护测评", "国密级加密", "是", "是", PH, PH, "24", PH, "免费", "7×24", "0.5", "有", PH,
          "否（售后按我司《客户服务手册》执行）", "提供源码，其中风控评分引擎为加密组件"]
head_pp = HEAD2[:2] + ["补充说明（我司增加）"] + HEAD2[2:]
guide_pp = GUIDE2[:2] + [""] + GUIDE2[2:]
ans_pp = [PP, "228000", "报价金额为含税价，开13%增值税专票；订单跟踪为加购模块，不在228000元内", "含税（13%）",
          "商品管理、分期计算器、用户管理、风控审批、还款管理", "订单跟踪模块：26000元（不含税）",
          "已取得第三级备案，备案证明编号36040043015-24009，定级系统为本次报价的琵琶亭分期业务系统", "SM4（身份证号、手机号、银行卡号）",
          "是（全站TLS1.2）", "是，RBAC按岗位授权", "12", "百行征信、朴道征信", "12", "缺陷修复＋小版本升级", "免费（监管口径变化引起的调整均免费）",
          "7×24", "1", "有", "24000", "是，以上全部写入合同", "完整源码，无加密，可二次开发"]
ans_hy = [HY, "245000", "Prices exclude VAT. VAT at 6% will be invoiced on top.",
          "Product catalogue, instalment calculator, order tracking, user management, risk approval workflow, repayment schedule and reminders",
          "Points mall (optional): CNY 18,000 excl. VAT",
          "Not yet. Our Level 3 assessment is under way with an accredited assessor; filing certificate expected by end of March 2026.",
          "SM4 on ID card and mobile numbers", "Yes (TLS 1.2)", "Yes, role-based", "12", "Baihang Credit, direct connection", "12",
          "Bug fixes and minor version upgrades", "Free of charge", "24x7", "1", "Yes", "26000", "Yes, all of the above",
          "Full source code, unencrypted"]
ans_wt = [WT, "198000", "含税", "商品管理、订单跟踪、用户管理、风控审批、还款管理", "分期计算器：暂未开发，计划放在明年的新版本里",
          "已取得三级，备案证明编号36090043008-23012", "SM4", "是", "是", "6", "百行征信", "12", "仅修复bug", "收费（按工作量另行报价）",
          "5×8", "4", "无", "18000", "是", "完整源码"]
ans_qy = [QY, "236000", "含税", "商品管理、分期计算器、用户管理、风控审批、还款管理、订单跟踪（有，但要单独买）", "订单跟踪：价格见附件报价明细",
          "见附件", "SM4加密", "是", "是", "12", "百行征信", "12", "含小版本升级", "免费", "7×24", "2", "有", "25000", "是", "完整源码"]
rows2 = [HEAD2, GUIDE2, ans_fl, head_pp, guide_pp, ans_pp, HEAD2, GUIDE2, ans_hy, HEAD2, GUIDE2, ans_wt, HEAD2, GUIDE2, ans_qy]
write_csv(C2, rows2, "gbk")

c2_comment = f"""
Voice: 赣州通天岩小额贷款有限公司 (消费分期 with partner shops in 赣南; no cross-border business; the consumer-installment band 20–30万). Its
  clerk sent every vendor a CSV template (a header line, a 填写说明 line, and a line of "（请填写）" to overwrite) and, when the five
  files came back, joined them as they were (copy *.csv) and saved the result for the risk director. One vendor inserted a column of its
  own; one vendor's bid team answered in English; one left template placeholders standing.
Layout: CSV in GBK, CRLF, fifteen lines: five blocks of three — the template's header, its 填写说明 line ("填写说明：请填写营业执照全称" |
  "源码买断总价，填阿拉伯数字" | … | "如：7×24、5×8" | …), the vendor's answer line. {PP}'s block carries a 21st column "补充说明（我司增加）"
  inserted after 报价金额（元） in its header, its 填写说明 line (blank there) and its answers, so its later columns sit one place to the right
  of the other blocks'.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per answer line, each read under its own block's header (never under the first block's, which would shift every
  answer of {PP} by one column); the repeated headers and the 填写说明 lines are the template's, no vendor and no answer; a cell still
  reading "（请填写）" is nothing said; units come from the headers ("日志保存（月）", "故障响应时间（小时）", "维保期满年费（元/年）").
Traps: CARELESS TOP PICK {FL}: the lowest price (148000 含税), every module, 24 months free, 7×24 with half an hour, "我司系统已通过国家网络
  安全等级保护测评", "国密级加密". But the pass names no level (a claim: UNVERIFIED), "国密级" names no SM4, 148,000 sits in the 15万 caution
  zone, its 日志, 征信, 维护范围 and 年费 are still "（请填写）", "否（售后按我司《客户服务手册》执行）" keeps the after-sales out of the contract,
  "风控评分引擎为加密组件" is partial source, and it adds 积分商城 and 智能客服机器人 (bloat). The careful pick is {PP} (pass): "228000" with
  its inserted "补充说明" saying the price is 含税 (13%) and order tracking is bought on top, "订单跟踪模块：26000元（不含税）" — a must-have
  option at its price plus the VAT the quote names: 228,000 + 26,000 × 1.13 = 257,380 in the band; filing 36040043015-24009 for the system
  quoted; SM4; TLS1.2; RBAC; logs 12; 百行 + 朴道; bug fixes and minor upgrades; free adaptation; 7×24; 1 h; lifetime consulting; 24,000 a
  year; in the contract; full source. {HY} answers in English: "Not yet. Our Level 3 assessment is under way…" (in progress: mlps false,
  claimed, UNVERIFIED) at 245,000 × 1.06 = 259,700 ("VAT at 6% will be invoiced on top"; the optional points mall is deferrable, not
  added). {WT} FAILS: "分期计算器：暂未开发，计划放在明年的新版本里" (a must-have absent). {QY}: "等保三级 | 见附件" (unknown) and
  "订单跟踪（有，但要单独买）" priced only "见附件": UNVERIFIED at its 236,000.
Not settled and not asserted: 浮梁's values for its claims and its maintenance scope; whether 浮梁's "（请填写）" cells raise questions
  one by one; 怀玉山's English bureau ("Baihang Credit") and its other English terms, and whether no_mlps_level3 is raised for an
  assessment under way; 温汤's status for "仅修复bug" and "收费（按工作量另行报价）" (values asserted only); whether 青原山's order
  tracking counts as present; whether the repeated header and 填写说明 lines leave notes or skips. None moves a gate or the pick.
"""
pp = good(PP, 257380, "'228000' with its own '补充说明（我司增加）': '报价金额为含税价，开13%增值税专票；订单跟踪为加购模块，不在228000元内', and "
          "'订单跟踪模块：26000元（不含税）' — a must-have option at its price plus the 13% the quote names: 228,000 + 29,380 = 257,380. Read under "
          "its own header (its columns sit one place right of the other blocks'). Filing 36040043015-24009 for the system quoted; SM4 on "
          "ID / phone / card numbers; TLS1.2; RBAC; logs 12; 百行 + 朴道; 12 months with bug fixes and minor upgrades; free adaptation; 7×24; "
          "1 hour; lifetime consulting; 24,000 a year; all in the contract; full source.",
          CI + CORE + ["repayment_management"], response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full")
pp["flex"] = [c for c in ALL_BAD if c != "conditional"]  # the order-tracking option may be asked about
write_toml(C2.replace(".csv", ".toml"), c2_comment, "consumer_installment", [C2], PP,
           f"{PP} proves the level-3 filing of the system quoted and prices every consumer-installment must-have at 257,380 (228,000 含税 plus "
           f"its order-tracking module at 26,000 before 13% VAT) in the 20–30万 band, with 12 months including upgrades, free policy "
           f"adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, full source. {FL} was the cheapest at 148,000 with 24 "
           f"months, but its 等保 pass names no level (unverified), its price sits in the caution zone, its after-sales stay out of the "
           f"contract and its risk engine is encrypted; 怀玉山's level 3 is still being assessed (unverified); 温汤 lacks the installment "
           f"calculator (fail); 青原山 points its 等保 and its order-tracking price to an attachment (unverified).",
           [
               pp,
               dict(vendor=FL, gate="unverified", price=148000,
                    why="'148000' | '含税' = 148,000: in the 15万 caution zone. '我司系统已通过国家网络安全等级保护测评' names no level: a claim, "
                        "UNVERIFIED. '国密级加密' names no SM4. 日志 / 征信 / 维护范围 / 年费 still '（请填写）': nothing said. 24 months free; 7×24; "
                        "0.5 h; '否（售后按我司《客户服务手册》执行）' — not in the contract; '风控评分引擎为加密组件' — partial source; 积分商城 and "
                        "智能客服机器人 listed (bloat).",
                    values=dict(free_maintenance_months=24, tls=True, access_control=True, support_7x24=True, response_hours=0.5,
                                commitments_in_contract=False, audit_log_months="null", annual_fee_after_warranty_cny="null",
                                source_code_delivery="partial"),
                    status=dict(mlps_level3="claimed", sm4_encryption="claimed"),
                    fin=CI + CORE + ["repayment_management", "points_mall", "ai_customer_service"],
                    flin=["price_below_15w", "not_in_contract", "source_partial", "bloat_features"],
                    flex=["price_below_10w", "price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_7x24",
                          "response_over_2h", "maintenance_under_12m", "no_tls", "no_access_control"]),
               dict(vendor=HY, gate="unverified", price=259700,
                    why="'245000' | 'Prices exclude VAT. VAT at 6% will be invoiced on top.' = 245,000 × 1.06 = 259,700. 'Not yet. Our Level 3 "
                        "assessment is under way with an accredited assessor; filing certificate expected by end of March 2026.': in progress — "
                        "mlps false, claimed, UNVERIFIED. Every must-have in English; 'Points mall (optional)' is deferrable and not bought.",
                    values=dict(mlps_level3=False), status=dict(mlps_level3="claimed"),
                    fin=CI, fex=["points_mall"] + BLOAT,
                    flex=PRICE_FLAGS + ["missing_must_have", "bloat_features"]),
               dict(vendor=WT, gate="fail", price=198000,
                    why="'198000' 含税 (under the 20–30万 band, above 15万). The module list lacks the installment calculator and the options cell "
                        "says '分期计算器：暂未开发，计划放在明年的新版本里' — a must-have absent: FAIL. Filing 36090043008-23012 stated; '仅修复bug'; "
                        "'收费（按工作量另行报价）'; 5×8; 4 h; consulting '无'.",
                    values=dict(mlps_level3=True, maintenance_includes_upgrades=False, policy_adaptation_free=False, support_7x24=False,
                                response_hours=4, lifetime_consulting=False),
                    status=dict(mlps_level3="stated"),
                    fin=["product_management", "order_tracking"] + CORE + ["repayment_management"],
                    fex=["installment_calculator"] + BLOAT,
                    flin=["missing_must_have", "no_7x24", "response_over_2h", "no_lifetime_consulting"],
                    flex=PRICE_FLAGS + ["no_mlps_level3"]),
               dict(vendor=QY, gate="unverified", price=236000,
                    why="'236000' 含税. '等保三级 | 见附件': a pointer with nothing else — unknown, UNVERIFIED. '订单跟踪（有，但要单独买）' with "
                        "'订单跟踪：价格见附件报价明细': a must-have sold apart at no price given, not added — UNVERIFIED too.",
                    values=dict(mlps_level3="null"), status=dict(mlps_level3="unknown"),
                    fin=["product_management", "installment_calculator"] + CORE + ["repayment_management"], fex=BLOAT,
                    flex=PRICE_FLAGS + ["no_mlps_level3", "bloat_features"]),
           ])

# ---------------------------------------------------------------- case 03: pre-filled check sheet, 确认 / 更正
C3 = "zzzr_03_pc_yutian_hedui_queren_gengzheng.xlsx"
JE = "岳阳金鹗山数科有限公司"
BS = "株洲白石港信息技术有限公司"
NY = "衡阳南岳软件有限公司"
LY = "常德柳叶湖数科有限公司"
WG = "郴州五盖山数据科技有限公司"
ITEMS = ["报价（源码买断）", "计税方式", "报价包含模块", "选配模块及价格", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存期", "征信接口",
         "免费维护期", "维护范围", "监管政策适配", "技术支持", "响应时间", "终身技术咨询", "维保期满后年费", "服务承诺写入合同", "源码交付"]
U = "（未了解）"
cols3 = {
    JE: [("官网活动价19.6万元", "确认，含税"), ("含税", "确认"),
         ("个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理、营销插件", "确认"), ("无", "确认"),
         ("已通过等保三级（官网首页宣传）", ""), ("国密算法全程加密", "确认"), ("全站HTTPS", "确认"), ("多级角色权限", "确认"),
         ("永久保存", "确认"), ("已对接人行、百行、朴道", ""), ("终身维护不收费", "确认"), ("全面维护", ""), ("免费", ""),
         ("7×24小时", "确认"), ("30分钟内", "确认"), ("有", "确认"), ("（官网未写）", ""), ("可写入合同", ""),
         ("完整源码", "更正：源码照常交付，但风控决策引擎部分以加密SDK形式提供，不含该部分源码")],
    BS: [("约23万元（电话沟通）", "更正：源码买断总价21.8万元（含税，13%增值税专票）"), ("（待确认）", "含税"),
         ("个人征信查询、风控模型、还款管理、用户管理", "确认；另含反欺诈规则引擎和风控审批流，均在报价内"), (U, "无，报价已含全部模块"),
         ("等保二级（据官网2022年资质页）",
          "更正：2024年9月已取得第三级备案，备案证明编号43020043014-24006，定级对象即本次报价的白石港个贷管理系统"),
         ("AES加密", "更正：身份证号、手机号、银行卡号采用SM4加密存储"), ("全站HTTPS", "确认"), ("RBAC角色权限", "确认"),
         ("6个月", "更正：12个月，越权及异常登录可追溯"), ("百行征信", "确认；另已直连人民银行征信中心"), ("12个月", "确认"),
         ("缺陷修复", "更正：缺陷修复和小版本升级"), (U, "因监管规定变化需要的调整免费"), ("7×24小时", "确认"),
         ("2小时", "更正：1小时内，专人对接"), (U, "提供终身技术咨询"), (U, "23000元/年"), (U, "是，上述全部写入合同"),
         ("完整源码", "确认，无加密，可二次开发")],
    NY: [("17.8万元", "更正：16.8万元（不含税，增值税税率13%）"), ("含税", "更正：不含税，见上"),
         ("个人征信查询、反欺诈、还款管理、风控审批、用户管理", "确认"), ("风控模型（价格未知）", "风控模型为选配，另加2.8万元（不含税）"),
         ("三级", "确认，备案证明编号43040043010-23015"), ("SM4", "确认"), ("全站HTTPS", "同上"),
         ("角色权限", "更正：权限按角色分配；操作日志只保存3个月"), ("12个月", None), ("百行征信", "确认"),
         ("12个月", "更正：6个月"), ("含升级", "更正：只修程序缺陷，不含任何升级"), ("免费", "更正：按实际工作量收费"),
         ("7×24", "更正：周一至周五8:30-17:30有人"), ("2小时", "更正：4小时"), ("有", "无"), (U, "30000元/年"), ("是", "确认"),
         ("完整源码", "确认")],
    LY: [("官网标价12.8万元", "更正：本次报价9.6万元（含税），年底冲量特价"), ("含税", "确认"),
         ("个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理", "确认"), ("无", "确认"),
         ("三级", "确认，备案证明编号43070043002-24004"), ("SM4", "确认"), ("全站HTTPS", "确认"), ("角色权限", "确认"),
         ("6个月", "确认"), ("百行征信", "确认"), ("6个月", "确认"), ("缺陷修复", "确认"), (U, "收费"), ("5×8", "确认"),
         ("次日", "确认"), (U, "无"), (U, "12000元/年"), (U, "否"), ("完整源码", "确认")],
    WG: [("面议", "Correction: CNY 238,000, VAT included (13% special VAT invoice)"), ("（待确认）", "VAT included"),
         ("个人征信查询、风控模型、还款管理、风控审批、用户管理", "Confirmed. An anti-fraud rules engine is also included at no extra cost."),
         (U, "None"),
         ("三级", "Correction: Level 3 is not held yet. The assessment is under way with an accredited assessor; filing certificate "
                 "expected in March 2026."),
         ("SM4", "Confirmed (ID card, mobile and bank card numbers)"), ("全站HTTPS", "Confirmed"), ("角色权限", "Confirmed"),
         ("12个月", "Confirmed"), ("百行征信", "Confirmed; also connected directly to the PBoC Credit Reference Center"),
         ("12个月", "Confirmed"), (U, "Bug fixes and minor releases"), (U, "Free of charge"), ("7×24", "Confirmed"),
         ("2小时", "Confirmed"), (U, "Yes"), (U, "CNY 25,000 per year"), (U, "Yes, all of the above will be written into the contract"),
         ("完整源码", "Confirmed - full source, no obfuscation")],
}
wb = Workbook()
ws = wb.active
ws.title = "信息核对表"
last = 2 + 2 * len(cols3)
ws.cell(1, 1, "湘潭窑湾小额贷款有限公司 个人信用贷系统源码采购 · 供应商报价信息核对表（第二轮）").font = Font(bold=True, size=14)
ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
ws.cell(2, 1, "填写说明：左栏“采购方预填”由我司根据贵司官网、产品彩页及前期电话沟通整理，可能有误或已过时；请在右栏“供应商确认/更正”逐项回复——"
              "内容无误的填“确认”，有出入的直接写明正确内容，不适用的填“无”。右栏未回复的项目，按未确认处理。回传后以右栏为准。")
ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
ws.cell(2, 1).alignment = LEFT
ws.row_dimensions[2].height = 48
ws.cell(3, 1, "序号")
ws.cell(3, 2, "核对项目")
ws.merge_cells("A3:A4")
ws.merge_cells("B3:B4")
for i, (vendor, pairs) in enumerate(cols3.items()):
    c = 3 + 2 * i
    ws.cell(3, c, vendor).alignment = CENTER
    ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 1)
    ws.cell(4, c, "采购方预填")
    ws.cell(4, c + 1, "供应商确认/更正")
    for j, (pre, ans) in enumerate(pairs):
        ws.cell(5 + j, c, pre).alignment = LEFT
        if ans:
            ws.cell(5 + j, c + 1, ans).alignment = LEFT
for j, item in enumerate(ITEMS):
    ws.cell(5 + j, 1, j + 1)
    ws.cell(5 + j, 2, item)
ws.merge_cells("H12:H13")  # 南岳 answered 权限管理 and 日志保存期 in one merged cell
foot = 5 + len(ITEMS) + 1
ws.cell(foot, 1, "核对人：周婷（采购部）　回传截止：2025-12-01　回传方式：邮件附件（请勿改动左栏）")
ws.column_dimensions["A"].width = 6
ws.column_dimensions["B"].width = 18
for k in range(3, last + 1):
    ws.column_dimensions[ws.cell(4, k).column_letter].width = 26 if k % 2 else 40
_save(wb, C3)

c3_comment = f"""
Voice: 湘潭窑湾小额贷款有限公司 (个人信用贷 to salaried borrowers in 湘潭 and 株洲; no cross-border business; the band 18–25万). For the second
  round its purchasing clerk 周婷 pre-filled a check sheet from each vendor's website, brochure and phone calls and sent it to the five
  vendors: "内容无误的填“确认”，有出入的直接写明正确内容…右栏未回复的项目，按未确认处理。回传后以右栏为准". The vendors answered in the
  right-hand column: "确认", "更正：…", "同上", nothing at all, one in English, one merging two answers into one cell.
Layout: .xlsx, one sheet 信息核对表: a title and the 填写说明 paragraph merged across; 序号 | 核对项目 merged over rows 3–4; each vendor's full
  name merged over two columns in row 3, with "采购方预填 | 供应商确认/更正" under it in row 4; the 19 items down rows 5–23 (报价（源码买断）,
  计税方式, 报价包含模块, 选配模块及价格, 等保三级, … 源码交付); {NY}'s cell H12:H13 merged over 权限管理 and 日志保存期; the clerk's sign-off line
  under the table.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor, read from its 供应商确认/更正 column, never from the buyer's 采购方预填: "确认" (and "Confirmed") adopts the
  pre-filled words as the vendor's own; "确认；另含…" adopts them and adds; "更正：…" replaces them; "同上" is the answer above it; a blank
  leaves the item unanswered by the vendor, whatever the clerk pre-filled ("按未确认处理"); the merged H12:H13 answers both its items.
Traps: CARELESS TOP PICK {JE}: its pre-filled column is the best on the sheet — "官网活动价19.6万元", "已通过等保三级（官网首页宣传）", 国密,
  "已对接人行、百行、朴道", "终身维护不收费", 7×24, 30 minutes, "可写入合同" — and the vendor wrote "确认" down most of it. But it left 等保三级,
  征信接口, 维护范围, 政策适配, 年费 and 写入合同 blank: the level is nobody's statement but the clerk's (UNVERIFIED), and its 源码 answer
  "更正：…风控决策引擎部分以加密SDK形式提供，不含该部分源码" is partial source. The careful pick is {BS} (pass), whose pre-fill looked worse
  (等保二级, AES, 6 months, "约23万元") and whose corrections prove better: "源码买断总价21.8万元（含税，13%增值税专票）" = 218,000 in the band;
  filing 43020043014-24006 for the system quoted; SM4 on ID / phone / card numbers; HTTPS and RBAC confirmed; logs 12 months with
  tracing; 百行 confirmed plus 人民银行征信中心 direct; modules confirmed plus anti-fraud and approval flow; 12 months confirmed with
  "缺陷修复和小版本升级"; free regulatory adaptation; 7×24 confirmed; 1 h; lifetime consulting; 23,000 a year; all in the contract; full
  source. {NY} passes at 168,000 × 1.13 + the must-have risk model "另加2.8万元（不含税）" × 1.13 = 221,480 with thin terms (logs 3 months,
  6 months free, bug fixes only, adaptation charged, office hours, 4 h, no consulting). {LY} FAILS: "更正：本次报价9.6万元（含税），年底冲量特价"
  is under 10万. {WG} answers in English: "Level 3 is not held yet. The assessment is under way…" (in progress: mlps false, claimed,
  UNVERIFIED) at "CNY 238,000, VAT included".
Not settled and not asserted: 金鹗山's 等保 and 征信 values and standing (unknown, or the website's boast as a claim?) and its confirmed
  boasts ("国密算法全程加密", "永久保存", "终身维护不收费") beyond the SM4 claim; whether its blank items are questions one by one; 南岳's
  "同上" HTTPS read as "确认" (asserted: tls true) and the standing of its corrected terms; 柳叶湖's after-sales; 五盖山's after-sales in
  English and whether no_mlps_level3 is raised for an assessment under way; whether the 采购方预填 columns and the sign-off line are listed.
  None moves a gate or the pick.
"""
P_ALL = PC + CORE + ["anti_fraud"]
write_toml(C3.replace(".xlsx", ".toml"), c3_comment, "personal_credit", [C3], BS,
           f"{BS}'s own corrections prove the level-3 filing of the system quoted, SM4, 12-month logs and a licensed bureau, and price every "
           f"personal-credit must-have with anti-fraud at 218,000 含税 in the 18–25万 band, with 12 months including upgrades, free policy "
           f"adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, full source. {JE}'s pre-filled column looked best, but "
           f"the vendor never confirmed its level 3 (unverified) and corrected its source to an encrypted risk engine; 南岳 passes at 221,480 "
           f"with its risk-model option and thin after-sales; 柳叶湖 quotes under 10万 (fail); 五盖山's level 3 is still being assessed.",
           [
               good(BS, 218000, "Read from its 确认/更正 column: '更正：源码买断总价21.8万元（含税，13%增值税专票）' = 218,000. '更正：2024年9月已取得第三级备案，"
                    "备案证明编号43020043014-24006，定级对象即本次报价的白石港个贷管理系统' (over the clerk's '等保二级'); '更正：…采用SM4加密存储' (over "
                    "'AES加密'); HTTPS and RBAC '确认'; '更正：12个月，越权及异常登录可追溯'; 百行 '确认' + 人民银行征信中心 direct; modules '确认；另含"
                    "反欺诈规则引擎和风控审批流'; 12 months '确认'; '更正：缺陷修复和小版本升级'; free adaptation; 7×24 '确认'; '更正：1小时内'; lifetime "
                    "consulting; 23,000 a year; all in the contract; '确认，无加密，可二次开发'.",
                    P_ALL, response_hours=1, annual_fee_after_warranty_cny=23000, source_code_delivery="full"),
               dict(vendor=JE, gate="unverified", price=196000,
                    why="'官网活动价19.6万元' | '确认，含税' = 196,000. 等保三级 left blank beside the clerk's '已通过等保三级（官网首页宣传）': the vendor "
                        "never said it — UNVERIFIED. '国密算法全程加密' confirmed names no SM4 (a claim). HTTPS, roles, 7×24 and 30 minutes "
                        "confirmed; '更正：…风控决策引擎部分以加密SDK形式提供，不含该部分源码' — partial source; modules confirmed, 营销插件 among them.",
                    values=dict(tls=True, access_control=True, support_7x24=True, response_hours=0.5, source_code_delivery="partial"),
                    status=dict(sm4_encryption="claimed"),
                    fin=P_ALL + ["marketing_plugins"], fex=BLOAT,
                    flin=["source_partial"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_tls", "no_access_control", "no_7x24", "response_over_2h",
                                        "bloat_features"]),
               dict(vendor=NY, gate="pass", price=221480,
                    why="'更正：16.8万元（不含税，增值税税率13%）' = 189,840, plus '风控模型为选配，另加2.8万元（不含税）' — a must-have option at 28,000 × 1.13 = "
                        "31,640: 221,480. '确认，备案证明编号43040043010-23015'; SM4 '确认'; HTTPS '同上' (= 确认); the merged H12:H13 '更正：权限按角色分配；"
                        "操作日志只保存3个月'; 百行 '确认'; '更正：6个月'; '更正：只修程序缺陷，不含任何升级'; '更正：按实际工作量收费'; '更正：周一至周五8:30-17:30有人'; "
                        "'更正：4小时'; consulting '无'; 30,000 a year; contract '确认'; source '确认'.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=3,
                                licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                                policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                                annual_fee_after_warranty_cny=30000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated"),
                    fin=P_ALL, fex=BLOAT,
                    flin=["audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                          "no_7x24", "response_over_2h", "no_lifetime_consulting"],
                    flex=PRICE_FLAGS + ["missing_must_have", "no_mlps_level3", "no_sm4", "no_tls", "no_access_control",
                                        "not_in_contract", "bloat_features"]),
               dict(vendor=LY, gate="fail", price=96000,
                    why="'更正：本次报价9.6万元（含税），年底冲量特价' over the clerk's '官网标价12.8万元' = 96,000: under 10万, FAIL, whatever its confirmed "
                        "filing 43070043002-24004.",
                    values=dict(mlps_level3=True), fin=P_ALL, fex=BLOAT, flin=["price_below_10w"],
                    flex=["price_missing", "price_over_budget", "missing_must_have", "no_mlps_level3"]),
               dict(vendor=WG, gate="unverified", price=238000,
                    why="'Correction: CNY 238,000, VAT included (13% special VAT invoice)' over the clerk's '面议' = 238,000. 'Correction: Level 3 is "
                        "not held yet. The assessment is under way with an accredited assessor; filing certificate expected in March 2026.' over "
                        "the clerk's '三级': in progress — mlps false, claimed, UNVERIFIED. Modules 'Confirmed' plus the anti-fraud engine.",
                    values=dict(mlps_level3=False), status=dict(mlps_level3="claimed"),
                    fin=P_ALL, fex=BLOAT,
                    flex=PRICE_FLAGS + ["missing_must_have", "bloat_features"]),
           ])
