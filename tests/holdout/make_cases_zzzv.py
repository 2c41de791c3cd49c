"""Blind cases zzzv_*: "documents nobody on our team would have designed".

01 a clerk photographed each vendor's printed 报价单 (and the back of one sheet, and the courier's waybill) with her phone and let
   an OCR app export the lot into one Excel sheet, one block of lines per photo: 图片 | 行号 | 识别文本 | 识别文本（续） (a table row
   the app cut at the column gap) | 置信度 | 校对标记 (the app's own "⚠建议人工校对" under 0.85) | 我的备注（对照照片）; the usual
   OCR slips (O for 0, l for 1, 方 for 万, 圾 for 级, 吋 for 时, 7X24, full-width digits, a 大写 total cut over two cells, a digit
   lost to glare);
02 the deputy GM's business cards from a fintech fair, scanned double-sided with a card-scanner app and exported as a UTF-8-BOM
   CSV (姓名 | 公司 | 部门 | 职位 | 手机 | 电话 | 邮箱 | 地址 | 网址 | 名片背面（识别文字） | 备注 | 分组 | 标签 | 创建时间): the reps
   wrote the fair offer on the back of their cards, the assistant typed what the boss said into 备注; one company left two
   cards (sales and pre-sales), one card's back is in English, one card is a lawyer's;
03 a Japanese-owned lender's head-office form in "方眼紙 Excel" (40 columns 2.6 wide, every label and answer merged over a run of
   them, ■/□ check boxes, labels in Japanese and Chinese, stamp boxes 担当 | 審査 | 承認, a 本社確認欄 for head office at the
   right, 本社所見 at the foot), one sheet per vendor behind a cover and the template's own 記入例 sheet; one vendor answers its
   free-text items in Japanese.
Expectations written from shared/domain.md and docs/analyst-reading.md only; the product was not run on these files.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from case_io import BLOAT, CI, CORE, ML, PC, LEFT, _save, good, write_csv, write_toml  # noqa: E402

PRICE_FLAGS = ["price_below_10w", "price_below_15w", "price_over_budget", "price_missing"]

# ---------------------------------------------------------------- case 01: printed quotes photographed and OCR'd into Excel
C1 = "zzzv_01_pc_paizhao_ocr_baojiadan.xlsx"
ZG = "赣州章贡数科有限公司"
NK = "赣州南康软件有限公司"
LC = "抚州临川信息技术有限公司"
JG = "吉安井冈数据科技有限公司"
BUYER1 = "赣州于都县红都小额贷款有限公司"

# each photo: (file name, shot time, [(text, continuation, confidence, clerk's note)])
PHOTOS = [
    ("IMG_20251124_093012.jpg", "2025-11-24 09:30", [
        (ZG, None, 0.99, None),
        ("个人信用贷系统源码报价单", None, 0.98, None),
        (f"致：{BUYER1}", None, 0.97, None),
        ("报价日期：2O25年11月2O日　报价编号：ZG-2O251120-03", None, 0.93, None),
        ("项目", "金额（元）", 0.95, None),
        ("源码授权费（含个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理）", "168,0OO", 0.91, None),
        ("部署实施费", "38,0OO", 0.94, None),
        ("培训费", "2O,000", 0.92, None),
        ("合计（含税，13%增值税专用发票）", "226,0OO", 0.90, "比南康贵3万"),
        ("一、等保：已取得第三圾备案证明，编号36O7OO43O11-24OO7，定级对象为章贡个人信贷业务系统V4（即本次报价系统）", None, 0.86, None),
        ("二、数据安全：身份证号、手机号、银行卡号采用SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限管理", None, 0.93, None),
        ("三、日志：操作日志保存l2个月，异常操作可追溯", None, 0.88, None),
        ("四、征信接口：直连人行征信中心，另接百行征信", None, 0.95, None),
        ("五、售后：免费维护l2个月（自验收之日起），含缺陷修复及小版本升级；因监管政策变化的调整免费", None, 0.87, None),
        ("六、支持：7×24小吋技术支持，2小吋内响应，专属工程师对接；提供终身技术咨询", None, 0.84, None),
        ("七、维保期满后年费：2.4方元/年", None, 0.83, "这行有点糊"),
        ("八、以上条款全部写入合同；交付完整源码，无加密，可二次开发。", None, 0.96, None),
        (f"报价单位：{ZG}（盖章）", None, 0.90, None),
    ]),
    ("IMG_20251124_093355.jpg", "2025-11-24 09:33", [
        (f"{NK}　报价单", None, 0.98, None),
        (f"致：{BUYER1}", None, 0.97, None),
        ("一、报价：系统源码授权及部署实施合计l9.6方元（含税）", None, 0.89, "四家里最便宜，功能全，维护还给18个月！"),
        ("二、功能模块：个人征信查询（人行二代征信）、风控模型（评分卡引擎）、反欺诈、还款计划及提醒、风控审批流、用户管理", None, 0.93, None),
        ("三、等保：已取得三圾※，备案证明编号36O7OO43O25-23O14", None, 0.88, None),
        ("四、数据安全：SM4加密（身份证号、手机号）；HTTPS；角色权限管理", None, 0.92, None),
        ("五、日志保存：l2个月", None, 0.90, None),
        ("六、征信接口：百行征信", None, 0.95, None),
        ("七、售后：免费维护l8个月，含缺陷修复及版本升级；政策适配免费；7X24小吋技术支持，l小吋内响应；终身技术咨询", None, 0.85, None),
        ("八、维保期满后年费：2方元/年", None, 0.90, None),
        ("九、以上条款写入合同；交付完整源码。", None, 0.94, None),
        ("（背面有补充说明）", None, 0.86, None),
    ]),
    ("IMG_20251124_093410.jpg", "2025-11-24 09:34", [
        (f"{NK}　报价单（背面）", None, 0.81, "背面的小字，拍糊了，应该是些常规说明，先不管"),
        ("补充说明：", None, 0.80, None),
        ("1. 风控模型（评分卡引擎）为选配模块，另加3.2方元（不含税），未含在正面合计内；", None, 0.78, None),
        ("2. ※正面所列等保三级备案证明的定级对象为我司“南康云贷”SaaS平台；本地部署版本由贵司上线后自行定级备案，我司可协助测评（费用另计）；",
         None, 0.74, None),
        ("3. 报价有效期3O天。", None, 0.82, None),
        (f"{NK}（盖章）　2O25年11月21日", None, 0.79, None),
    ]),
    ("IMG_20251124_094102.jpg", "2025-11-24 09:41", [
        (f"{LC}　个人信用贷系统报价", None, 0.95, None),
        ("报价：1?.5方元（含税）", None, 0.58, "这行反光看不清，纸质版在总经理那里，好像是16.5万"),
        ("功能：个人征信查询、风控模型、还款管理、风控审批、用户管理", None, 0.93, None),
        ("等保：目前为等保二圾（备案证明361OOO43OO3-22O09），三圾暂无计划", None, 0.87, None),
        ("加密：AES-256；传输：HTTPS；权限：有", None, 0.91, None),
        ("售后：免费维护6个月，仅修复缺陷；工作日9:OO-18:OO技术支持，4小吋内响应", None, 0.88, None),
        ("源码：完整源码", None, 0.95, None),
        (f"{LC}（盖章）", None, 0.90, None),
    ]),
    ("IMG_20251124_094530.jpg", "2025-11-24 09:45", [
        (JG, None, 0.99, None),
        ("个人信用贷款管理系统（源码版）报价明细", None, 0.97, None),
        ("序号　项目", "金额（元）", 0.95, None),
        ("１　系统源码授权（个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理）", "１８５，０００．００", 0.88, None),
        ("２　部署实施", "３５，０００．００", 0.90, None),
        ("３　培训", "１０，０００．００", 0.91, None),
        ("合计（小写）", "２３０，０００．００", 0.91, "23万，比章贡只贵4千"),
        ("合计（大写）：人民币贰拾叁", "万元整", 0.86, None),
        ("注：以上报价均不含税，增值税按6%另开增值税专用发票。", None, 0.93, None),
    ]),
    ("IMG_20251124_094551.jpg", "2025-11-24 09:45", [
        (f"{JG}　商务条款（第2页）", None, 0.96, None),
        ("1. 等保：已取得第三级备案证明，编号36O8OO43OO6-24O1O，定级对象为井冈个人信贷管理系统V3（即本次报价系统）", None, 0.89, None),
        ("2. 数据安全：身份证号、手机号SM4加密存储；全站HTTPS；RBAC角色权限", None, 0.92, None),
        ("3. 日志：操作日志保存6个月", None, 0.93, None),
        ("4. 征信接口：百行征信、朴道征信", None, 0.95, None),
        ("5. 维护：免费维护l2个月，含缺陷修复及小版本升级；监管政策适配：小调整免费，重大监管政策调整另行报价", None, 0.87, None),
        ("6. 技术支持：工作日8:3O-17:3O，4小吋内响应；提供终身技术咨询", None, 0.86, None),
        ("7. 维保期满后年费：按合同额l2%/年", None, 0.84, None),
        ("8. 以上条款全部写入合同；交付完整源码，可二次开发。", None, 0.94, None),
        (f"{JG}（盖章）", None, 0.92, None),
    ]),
    ("IMG_20251124_094733.jpg", "2025-11-24 09:47", [
        ("顺丰速运　标快", None, 0.97, "井冈寄报价单的快递面单，顺手拍进来了"),
        ("运单号：SF1456O2387719O", None, 0.83, None),
        (f"寄件：王工　139O797l234　{JG}", None, 0.81, None),
        (f"收件：刘晓雯　{BUYER1.replace('赣州', '')}综合部", None, 0.88, None),
        ("托寄物：文件（报价单）　件数：1", None, 0.90, None),
    ]),
]

wb = Workbook()
ws = wb.active
ws.title = "识别结果"
ws.append([f"白描 · 批量识别 · 导出Excel　共{len(PHOTOS)}张图片　导出时间 2025-11-26 17:42　导出账号：刘晓雯（{BUYER1}综合部）"])
ws.append(["说明：识别文本按图片逐行导出；图片中的表格区域按单元格拆分到“识别文本”“识别文本（续）”两列；置信度为本App的识别置信度（0–1），"
           "低于0.85的行自动标记“⚠建议人工校对”。“我的备注”列为用户自行填写。"])
ws.append(["图片", "行号", "识别文本", "识别文本（续）", "置信度", "校对标记", "我的备注（对照照片）"])
for k, (fname, shot, lines) in enumerate(PHOTOS, 1):
    avg = sum(c for _, _, c, _ in lines) / len(lines)
    ws.append([fname, None, f"【图片 {k}/{len(PHOTOS)}】拍摄时间 {shot}　识别 {len(lines)} 行　平均置信度 {avg:.2f}"])
    for n, (text, cont, conf, note) in enumerate(lines, 1):
        ws.append([fname, n, text, cont, conf, "⚠建议人工校对" if conf < 0.85 else None, note])
ws.merge_cells("A1:G1")
ws.merge_cells("A2:G2")
for row in ws.iter_rows(min_row=1):
    for c in row:
        c.alignment = LEFT
for r in range(4, ws.max_row + 1):
    ws.cell(r, 5).number_format = "0.00"
ws.cell(1, 1).font = Font(bold=True)
for col, w in zip("ABCDEFG", [26, 6, 70, 18, 8, 14, 34]):
    ws.column_dimensions[col].width = w
_save(wb, C1)

c1_comment = f"""
Voice: {BUYER1} (个人信用贷 to salaried staff and shopkeepers in 于都; no cross-border business; the band 18–25万). Four vendors
  handed over printed, stamped 报价单. The 综合部 clerk 刘晓雯 photographed them with her phone — one vendor's sheet front and back,
  another's two pages, and, while she was at it, the courier's waybill — and exported the app's batch OCR into Excel for the
  general manager, adding a column of her own remarks while looking at the photos.
Layout: .xlsx, one sheet 识别结果: the app's export line, its 说明 line (table regions split into 识别文本 | 识别文本（续）; 置信度 is the
  app's, under 0.85 marked "⚠建议人工校对"; "我的备注" is the user's), the header 图片 | 行号 | 识别文本 | 识别文本（续） | 置信度 | 校对标记 |
  我的备注（对照照片）, then per photo a row "【图片 k/7】拍摄时间 … 平均置信度 …" and its lines, the file name on every row. Photos 1 章贡;
  2–3 南康 front and back; 4 临川; 5–6 井冈 price table and terms; 7 a 顺丰 waybill.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor, its photos read together like a 报价单 pasted line by line (the company from the title or the
  stamp line, never the addressee "致：…"); a table row cut over 识别文本 | 识别文本（续） is one line (label, amount). The slips are read
  through as a careful person reads them: O for 0 beside digits ("226,0OO", "36O7OO43O11-24OO7"), l for 1 ("l9.6方", "l2个月", "l小吋"),
  方 for 万 after a figure, 圾 for 级, 吋 for 时, "7X24" for 7×24, full-width digits and commas ("２３０，０００．００"); "合计（大写）：人民币贰拾叁" |
  "万元整" is one line, 贰拾叁万元, agreeing with the 小写. 置信度, 校对标记, 行号, the photo header rows, dates, the 报价编号, the waybill
  number and phone numbers are no amounts; 刘晓雯's remarks are the buyer's. The waybill is a courier's document, no quote.
Cells a human must check against the paper (said, not asserted where they decide nothing): 临川's price "1?.5方元" (0.58: a digit
  lost to glare; the clerk's "好像是16.5万" is her guess); 南康's back (0.74–0.82), which decides its price and its level; 章贡's support
  and fee lines (0.84, 0.83) and its filing number (0.86, O-slips); 井冈's fee line (0.84).
Traps: CARELESS TOP PICK {NK}: its front reads best of the four — "合计l9.6方元（含税）", every module, "已取得三圾※，备案证明编号
  36O7OO43O25-23O14", 18 months with upgrades, 7X24, 1 h — and the clerk writes "四家里最便宜，功能全，维护还给18个月！" while dismissing
  the blurred back as "常规说明，先不管". But the back says "风控模型（评分卡引擎）为选配模块，另加3.2方元（不含税），未含在正面合计内" — a
  personal-credit must-have at its price: 196,000 + 32,000 × 1.13 = 232,160 — and the ※ explains the filing: "定级对象为我司“南康云贷”
  SaaS平台；本地部署版本由贵司上线后自行定级备案" — another system's filing, a claim for the copy offered: UNVERIFIED. The careful pick is
  {ZG} (pass), "比南康贵3万" to the clerk: 168,000 + 38,000 + 20,000 = "合计（含税…）226,0OO" in the band; filing 36070043011-24007 for
  the system quoted; SM4 on ID / phone / card numbers; TLS1.2; RBAC; 12-month logs with tracing; 人行征信中心 + 百行 direct; every
  must-have and anti-fraud; 12 months with minor upgrades; free policy adaptation; 7×24; 2 h, named engineer; lifetime consulting;
  2.4万 a year; all in the contract; full source. {JG} passes at 230,000 "不含税，增值税按6%另开" = 243,800, with major policy changes quoted
  apart, office hours, 4 h and 6-month logs. {LC} states "目前为等保二圾…三圾暂无计划": level 2 — FAIL, whatever its unreadable price.
Not settled and not asserted: 临川's price (and so its price flags); 井冈's yearly fee ("合同额l2%" of an amount its words do not settle
  with or without VAT); the standing of 南康's risk-model feature (conditional) and the value recorded for its claimed level; whether
  the photo header rows, the 置信度 / 校对标记 columns, the clerk's remarks and the waybill are listed as skipped; whether a warning
  names the low-confidence cells. None moves a gate or the pick.
"""
P_ALL = PC + CORE + ["anti_fraud"]
write_toml(C1.replace(".xlsx", ".toml"), c1_comment, "personal_credit", [C1], ZG,
           f"{ZG} proves the level-3 filing of the system it quotes and gives every personal-credit must-have and anti-fraud at 226,000 含税 "
           f"(in the 18–25万 band), with 12 months including upgrades, free policy adaptation, 7×24 within 2 hours, lifetime consulting, all "
           f"in the contract, full source. {NK}'s front looked cheapest and best, but the back of its sheet — the blurred photo the clerk "
           f"skipped — makes the risk model a 3.2万 option before VAT (232,160 with it) and its level-3 filing the vendor's own SaaS "
           f"platform's (unverified); 井冈 passes at 243,800 (6% on top) with thinner after-sales; 临川 holds only level 2 (fail).",
           [
               good(ZG, 226000, "Photo 1: '源码授权费…168,0OO' + '部署实施费 38,0OO' + '培训费 2O,000' = '合计（含税，13%增值税专用发票）226,0OO' = "
                    "226,000 (O read as 0). '已取得第三圾备案证明，编号36O7OO43O11-24OO7，定级对象为章贡个人信贷业务系统V4（即本次报价系统）' "
                    "(36070043011-24007); SM4 on ID / phone / card numbers; HTTPS TLS1.2; RBAC; 'l2个月' logs with tracing; 人行征信中心 + 百行 "
                    "direct; every must-have and anti-fraud; 'l2个月' with bug fixes and minor upgrades; free policy adaptation; '7×24小吋', "
                    "'2小吋内响应', named engineer; lifetime consulting; '2.4方元/年' = 24,000; all in the contract; full unencrypted source. "
                    "The clerk's '比南康贵3万' is the buyer's.",
                    P_ALL, response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
               dict(vendor=NK, gate="unverified", price=232160,
                    why="Front (photo 2): '合计l9.6方元（含税）' = 196,000. Back (photo 3, 0.74–0.82): '风控模型（评分卡引擎）为选配模块，另加3.2方元（不含税），"
                        "未含在正面合计内' — a must-have option at its price, VAT at the default 13 %: 196,000 + 32,000 × 1.13 = 232,160; '※正面所列"
                        "等保三级备案证明的定级对象为我司“南康云贷”SaaS平台；本地部署版本由贵司上线后自行定级备案' — the front's '已取得三圾※' is the "
                        "SaaS platform's filing, a claim for the copy offered: UNVERIFIED. SM4 on ID / phone; HTTPS; roles; 'l2个月' logs; 百行; "
                        "'免费维护l8个月，含缺陷修复及版本升级'; free policy adaptation; '7X24小吋'; 'l小吋内响应'; lifetime consulting; '2方元/年'; "
                        "in the contract; full source. The clerk's '四家里最便宜…' and '先不管' are the buyer's.",
                    values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                licensed_credit_bureau=True, free_maintenance_months=18, maintenance_includes_upgrades=True,
                                policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=True,
                                annual_fee_after_warranty_cny=20000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="claimed", sm4_encryption="stated", free_maintenance_months="stated"),
                    fin=P_ALL, fex=BLOAT,
                    flex=PRICE_FLAGS + ["missing_must_have", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                        "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                                        "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                                        "not_in_contract", "source_partial", "source_licence_only", "bloat_features"]),
               dict(vendor=JG, gate="pass", price=243800,
                    why="Photo 5: '１８５，０００．００' + '３５，０００．００' + '１０，０００．００' = '合计（小写）２３０，０００．００', the 大写 cut over two "
                        "cells ('人民币贰拾叁' | '万元整') the same; '以上报价均不含税，增值税按6%另开增值税专用发票': 230,000 × 1.06 = 243,800. Photo 6: "
                        "filing 36080043006-24010 for the system quoted; SM4 on ID / phone; HTTPS; RBAC; '操作日志保存6个月'; 百行 + 朴道; 'l2个月' "
                        "with minor upgrades; '小调整免费，重大监管政策调整另行报价' (not free); '工作日8:3O-17:3O' (no 7×24); '4小吋内响应'; lifetime "
                        "consulting; in the contract; full source.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                                policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                                commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                                support_7x24="stated", response_hours="stated"),
                    fin=P_ALL, fex=BLOAT,
                    flin=["policy_adaptation_charged", "no_7x24", "response_over_2h"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "missing_must_have", "no_sm4", "no_tls", "no_access_control",
                                        "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                                        "maintenance_excludes_upgrades", "no_lifetime_consulting", "not_in_contract",
                                        "source_partial", "source_licence_only", "bloat_features"]),
               dict(vendor=LC, gate="fail",
                    why="Photo 4: '等保：目前为等保二圾（备案证明361OOO43OO3-22O09），三圾暂无计划' — level 2 today, no plan: FAIL. Its price line "
                        "'1?.5方元' (0.58) lost a digit and the clerk's '好像是16.5万' is her guess: not asserted. 'AES-256' is no SM4; the stated "
                        "module list has every must-have but no anti-fraud.",
                    values=dict(mlps_level3=False, sm4_encryption=False),
                    fin=PC + CORE, fex=["anti_fraud"] + BLOAT,
                    flin=["no_mlps_level3", "no_sm4", "no_anti_fraud"],
                    flex=["missing_must_have", "bloat_features"]),
           ])

# ---------------------------------------------------------------- case 02: a card scanner's export of the fair's business cards
C2 = "zzzv_02_ml_mingpian_saomiao_utf8bom.csv"
YH = "杭州余杭数科有限公司"
YZ = "宁波鄞州金服科技有限公司"
NH = "嘉兴南湖数据科技有限公司"
KQ = "绍兴柯桥信息技术有限公司"
LAW = "浙江婺城律师事务所"
BUYER2 = "金华浦江县浦诚小额贷款有限公司"

HDR2 = ["姓名", "公司", "部门", "职位", "手机", "电话", "邮箱", "地址", "网址", "名片背面（识别文字）", "备注", "分组", "标签", "创建时间"]
CARDS = [
    ["周文博", YH, "金融事业部", "销售总监", "13857126608", "0571-88231706", "zhouwb@yhsk.com.cn", "杭州市余杭区文一西路998号海创园5号楼",
     "www.yhsk.com.cn",
     "【浦诚小贷 陈总】商户经营贷系统源码报价：27.6万元（含税，13%专票），含源码授权、部署实施、培训。\n"
     "模块：企业征信查询、银行流水分析、电子合同（CA签章）、风控审批流、还款计划及提醒、用户管理，全部含在报价内。\n"
     "等保：已取得第三级备案证明，编号33011043012-24005（定级对象即本次报价系统）。\n"
     "售后：免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，1小时内响应；终身技术咨询；期满年费2.5万元/年；"
     "以上全部写入合同。\n交付完整源码，无加密，可二次开发。——周文博 11.14",
     "展位A12，演示最完整。陈总：价格偏高，回头再压一压", "供应商-经营贷系统", "重点", "2025-11-15 09:12:33"],
    ["吴凯", YH, "技术部", "售前架构师", "13600521947", "0571-88231720", "wukai@yhsk.com.cn", "杭州市余杭区文一西路998号海创园5号楼",
     "www.yhsk.com.cn",
     "安全补充（接周总报价）：身份证号、手机号、银行卡号、统一社会信用代码SM4加密存储；全站HTTPS（TLS1.2）；RBAC按岗位授权；"
     "操作日志保存12个月，异常操作可追溯；征信直连人行征信中心，另接百行征信。——吴凯",
     "周总的同事，技术问题找他", "供应商-经营贷系统", None, "2025-11-15 09:13:05"],
    ["李嘉", YZ, "渠道部", "大客户经理", "15867403318", "0574-87702215", "lijia@yzjf-tech.cn", "宁波市鄞州区天童南路588号宁波文化广场B座",
     None,
     "经营贷系统源码 26.8w（含税）\n展会当天签意向书可优惠至21.8w\n企业征信/流水分析/电子合同/风控审批/还款管理/用户管理 全含\n"
     "等保三级 备案证明33020043009-24016\n维保1年 7x24",
     "展会价21.8w！功能全的几家里最便宜。意向书当场没签（要回公司走流程），李经理说回头可以帮我们申请保留展会价", "供应商-经营贷系统",
     "便宜;待跟进", "2025-11-15 09:14:47"],
    ["徐明 Michael Xu", NH, "International Business Dept.", "Sales Director", "13905732264", "0573-82109937", "michael.xu@nhdata.com",
     "嘉兴市南湖区亚太路1052号", "www.nhdata.com",
     "Offer for Pucheng Micro-Loan (merchant lending system)\n"
     "• Full source code, unencrypted. RMB 298,000 excl. VAT (6% VAT to be added)\n"
     "• Modules: enterprise credit report, bank-statement analysis, e-contract, approval workflow, repayment management, "
     "user management\n"
     "• MLPS Level 3: assessment in progress, filing certificate expected Q1 2026\n"
     "• SM4 for ID / mobile / bank-card numbers; TLS 1.2; RBAC; operation logs kept 12 months\n"
     "• 12-month warranty incl. bug fixes and minor upgrades; regulatory changes adapted free of charge\n"
     "• 24x7 support, response within 2 hours; lifetime technical consultation; AMC RMB 30,000 per year from year 2\n"
     "• All of the above written into the contract",
     "三级证书展位上给陈总看过了✔（徐总手机里的照片）", "供应商-经营贷系统", "外资背景", "2025-11-15 09:16:20"],
    ["钱晓东", KQ, "销售部", "总经理", "13757561082", "0575-84128876", "qianxd@kqxx.net", "绍兴市柯桥区柯桥街道金柯桥大道1418号", None,
     "经营贷源码 16.8万 含税\n企业征信、电子合同、风控审批、还款管理、用户管理\n银行流水分析需二次开发，另行报价\n"
     "等保三级（备案33060043004-24002）\n维保6个月",
     "价格最低，但流水分析要另外开发", "供应商-经营贷系统", None, "2025-11-15 09:18:02"],
    ["赵晓峰", LAW, None, "合伙人 律师", "13905798813", "0579-82350066", "zhaoxf@wuchenglaw.cn", "金华市婺城区八一北街599号", None,
     None, "陈总的朋友，系统合同签之前可以请他把把关", "法务/顾问", None, "2025-11-15 09:19:41"],
]
write_csv(C2, [HDR2] + CARDS, "utf-8-sig")

c2_comment = f"""
Voice: {BUYER2} (经营性贷款 to 水晶 and 挂锁 workshops and traders around 浦江; no cross-border business; the merchant-loan band
  25–35万). Its deputy GM 陈立平 walked the fintech fair in 杭州 on 14 November; the vendors' reps wrote their fair offer on the back of
  their business cards. The assistant 方婷 scanned the cards double-sided with a card-scanner app and exported the contacts as a
  CSV for the evaluation, typing into 备注 what 陈总 told her about each — and a lawyer's card came along with the others.
Layout: UTF-8-BOM CSV, CRLF, the app's contact columns 姓名 | 公司 | 部门 | 职位 | 手机 | 电话 | 邮箱 | 地址 | 网址 | 名片背面（识别文字） |
  备注 | 分组 | 标签 | 创建时间, one row per card, the back's text on several lines in one quoted field. {YH} left two cards (its
  sales director's with the offer, its pre-sales architect's with the security terms, "接周总报价"); {NH}'s card back is in
  English; the lawyer's card has no back text.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per company; a card's back is its rep's written word, and two cards of one company are one quote, read
  together. 备注, 分组 and 标签 are the buyer's (陈总's remarks as 方婷 typed them: what a rep "said" or what 陈总 "saw" is hearsay, never
  the vendor's word); phones, addresses (998号, 1418号), mail and web addresses and the timestamps are no amounts. A card with no
  offer from a company that sells no system (a law firm) is no quote. A discount offered on a condition ("展会当天签意向书可优惠至21.8w")
  is not the price, and the boss's note says the condition was not met.
Traps: CARELESS TOP PICK {YZ}: "展会价21.8w！功能全的几家里最便宜" in 备注, every must-have and a filing number on the back. But the back's
  price is "26.8w（含税）" and 21.8w only "展会当天签意向书" — not signed ("意向书当场没签"), and "李经理说…可以申请保留展会价" is the rep's
  word as the boss heard it: the price is 268,000; the rest of the card says only "维保1年 7x24": encryption, TLS, access
  control, logs, bureau, upgrades, policy work, response, consulting, yearly fee, contract and source are unknown (questions to
  ask, the worst case in scoring). The careful pick is {YH} (pass), "价格偏高" to the boss: "27.6万元（含税，13%专票）" in the band; every
  merchant-loan must-have; filing 33011043012-24005 for the system quoted; from the architect's card, SM4 on ID / phone / card
  numbers and the credit code, TLS1.2, RBAC, 12-month logs with tracing, 人行征信中心 + 百行 direct; 12 months with minor upgrades;
  free policy adaptation; 7×24; 1 h; lifetime consulting; 2.5万 a year; all in the contract; full source. {NH} (English) looks as
  good on paper and 陈总 "看过了✔" a certificate on a phone, but its own card says "MLPS Level 3: assessment in progress, filing
  certificate expected Q1 2026": UNVERIFIED, at 298,000 × 1.06 = 315,880. {KQ} is cheapest at "16.8万 含税", but "银行流水分析需二次
  开发，另行报价": a must-have not quoted — FAIL. The lawyer ({LAW}) made no quote.
Not settled and not asserted: 南湖's bureau (its card names none: unknown, and a question) and whether that makes an
  `unconfirmed` flag beside its unverified gate (its level in progress is asserted as analyst-reading §1 records it: false, claimed);
  鄞州's standing on each field its card does not name (asserted only through the `unconfirmed` flag); 柯桥's after-sales beyond its 6 months; whether
  备注 / 分组 / 标签 are listed as skipped and whether the lawyer's row is listed as no quote or silently left out. None moves a gate
  or the pick.
"""
M_ALL = ML + CORE + ["repayment_management"]
write_toml(C2.replace(".csv", ".toml"), c2_comment, "merchant_loan", [C2], YH,
           f"{YH}'s two cards prove the level-3 filing of the system it quotes and give every merchant-loan must-have at 276,000 含税 (in "
           f"the 25–35万 band), SM4, TLS, RBAC, 12-month logs, a licensed bureau, 12 months including upgrades, free policy adaptation, 7×24 "
           f"within 1 hour, lifetime consulting, all in the contract, full source. {YZ}'s 21.8w was a fair discount on a letter of intent "
           f"never signed: its price is 268,000 and its card leaves most terms unknown; 南湖's level 3 is in progress (unverified) whatever "
           f"the boss saw on a phone; 柯桥 leaves bank-statement analysis to later development (fail); the lawyer quoted nothing.",
           [
               good(YH, 276000, "周文博's card: '27.6万元（含税，13%专票），含源码授权、部署实施、培训'; '企业征信查询、银行流水分析、电子合同（CA签章）、风控审批流、"
                    "还款计划及提醒、用户管理，全部含在报价内'; '已取得第三级备案证明，编号33011043012-24005（定级对象即本次报价系统）'; 12 months with bug "
                    "fixes and minor upgrades; free policy adaptation; 7×24; '1小时内响应'; lifetime consulting; '期满年费2.5万元/年'; all in the "
                    "contract; full unencrypted source. 吴凯's card (same company, '接周总报价'): SM4 on ID / phone / card numbers and the credit "
                    "code; HTTPS TLS1.2; RBAC; 12-month logs with tracing; 人行征信中心 + 百行 direct. The boss's '价格偏高' is the buyer's.",
                    M_ALL, response_hours=1, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
               dict(vendor=YZ, gate="pass", price=268000,
                    why="Back: '经营贷系统源码 26.8w（含税）' = 268,000; '展会当天签意向书可优惠至21.8w' is a discount on a condition, not the price "
                        "(and the boss's note says the letter was not signed; '李经理说…可以申请保留展会价' is hearsay). Every must-have ('全含'); '等保三级 "
                        "备案证明33020043009-24016'; '维保1年' (12 months); '7x24'. Nothing else is said: the unknown fields are questions.",
                    values=dict(mlps_level3=True, free_maintenance_months=12, support_7x24=True),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated"),
                    fin=M_ALL, fex=BLOAT,
                    flin=["unconfirmed"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "missing_must_have", "maintenance_under_12m", "no_7x24",
                                        "bloat_features"]),
               dict(vendor=NH, gate="unverified", price=315880,
                    why="English back: 'RMB 298,000 excl. VAT (6% VAT to be added)' = 315,880; 'MLPS Level 3: assessment in progress, filing "
                        "certificate expected Q1 2026' — in progress: UNVERIFIED (the boss's '三级证书展位上给陈总看过了✔' is the buyer's). Every "
                        "must-have; SM4 on ID / mobile / card numbers; TLS 1.2; RBAC; 12-month logs; 12 months with bug fixes and minor upgrades; "
                        "regulatory changes free; 24x7; 2 hours; lifetime consultation; 'AMC RMB 30,000 per year from year 2'; all in the "
                        "contract; full unencrypted source. No bureau named.",
                    values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                                support_7x24=True, response_hours=2, lifetime_consulting=True,
                                annual_fee_after_warranty_cny=30000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="claimed", sm4_encryption="stated", free_maintenance_months="stated"),
                    fin=M_ALL, fex=BLOAT,
                    flex=PRICE_FLAGS + ["missing_must_have", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                        "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                                        "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract",
                                        "source_partial", "source_licence_only", "bloat_features"]),
               dict(vendor=KQ, gate="fail", price=168000,
                    why="Back: '经营贷源码 16.8万 含税'; '企业征信、电子合同、风控审批、还款管理、用户管理' and '银行流水分析需二次开发，另行报价' — a must-have "
                        "still to be developed at no price is not quoted: FAIL. '等保三级（备案33060043004-24002）'; '维保6个月'.",
                    values=dict(mlps_level3=True, free_maintenance_months=6),
                    fin=["enterprise_credit", "contract_management", "risk_approval", "repayment_management", "user_management"],
                    fex=["cashflow_analysis"] + BLOAT,
                    flin=["missing_must_have", "maintenance_under_12m"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "bloat_features"]),
           ])

# ---------------------------------------------------------------- case 03: a Japanese head office's 方眼紙 form, a sheet per vendor
C3 = "zzzv_03_ci_fangyanzhi_riben_zongbu.xlsx"
SHK = "大连沙河口数科有限公司"
HN = "沈阳浑南信息技术有限公司"
TD = "鞍山铁东数据科技有限公司"
LSK = "大连旅顺口软件有限公司"
BUYER3 = "大连樱桥小额贷款有限公司"

NCOL = 40  # A..AN, every column 2.6 wide: the "graph paper"
LAB = (2, 11)   # B:K   label
VAL = (12, 34)  # L:AH  the vendor's answer
HQ = (35, 40)   # AI:AN head office's check
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")
BLUE = PatternFill("solid", fgColor="DDEBF7")


def _merge(ws, r1, c1, r2, c2, value=None, fill=None, bold=False):
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    cell = ws.cell(r1, c1)
    if value is not None:
        cell.value = value
    cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    if bold:
        cell.font = Font(bold=True)
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX
            if fill:
                ws.cell(r, c).fill = fill


def form(ws, v):
    """One vendor's evaluation sheet on graph paper. v: dict of the answers (and head office's notes under 'hq')."""
    for c in range(1, NCOL + 1):
        ws.column_dimensions[get_column_letter(c)].width = 2.6
    hq = v.get("hq", {})
    _merge(ws, 1, 2, 2, 34, "ベンダー評価シート（小口ローンシステム　ソースコード調達）／供应商评价表（小额贷系统源码采购）", bold=True)
    ws.cell(1, 2).font = Font(bold=True, size=13)
    for (c1, c2), lab, name in zip([(35, 36), (37, 38), (39, 40)], ["担当", "審査", "承認"], v.get("stamps", ["王", "田中", None])):
        _merge(ws, 1, c1, 1, c2, lab)
        _merge(ws, 2, c1, 2, c2, name)
    _merge(ws, 3, 2, 3, 8, "記入日／填写日期")
    _merge(ws, 3, 9, 3, 16, v["date"])
    _merge(ws, 3, 28, 3, 34, "様式 F-IT-017 Rev.3")
    _merge(ws, 4, 2, 4, 34, "ベンダー記入欄／供应商填写栏", fill=BLUE, bold=True)
    _merge(ws, 4, 35, 4, 40, "本社確認欄（ベンダー記入不要）／总部确认栏（供应商勿填）", fill=GREY, bold=True)
    r = 5
    for kind, label, key in LAYOUT:
        if kind == "section":
            _merge(ws, r, 2, r, 40, label, fill=BLUE, bold=True)
            r += 1
            continue
        height = 3 if kind == "big" else 1
        _merge(ws, r, LAB[0], r + height - 1, LAB[1], label)
        _merge(ws, r, VAL[0], r + height - 1, VAL[1], v.get(key, ""))
        _merge(ws, r, HQ[0], r + height - 1, HQ[1], hq.get(key), fill=GREY)
        r += height
    r += 1
    _merge(ws, r, 2, r, 11, "記入者署名／填写人签字（盖章）")
    _merge(ws, r, 12, r, 34, v.get("sign", ""))
    r += 2
    _merge(ws, r, 2, r + 2, 11, "本社所見／总部意见（本社記入）", fill=GREY)
    _merge(ws, r, 12, r + 2, 40, v.get("opinion", ""), fill=GREY)


LAYOUT = [
    ("section", "１．基本情報／基本信息", None),
    ("row", "会社名／公司名称", "company"),
    ("row", "担当者・連絡先／联系人及电话", "contact"),
    ("section", "２．見積／报价", None),
    ("row", "見積金額（税込）／报价金额（含税）", "price"),
    ("row", "内訳／价格构成", "breakdown"),
    ("row", "税区分／计税方式", "tax"),
    ("section", "３．機能／功能模块", None),
    ("row", "必須モジュール／必备模块", "must"),
    ("row", "共通モジュール／通用模块", "core"),
    ("row", "オプション（別料金）／选配（另收费）", "options"),
    ("row", "その他（無償提供）／赠送", "gifts"),
    ("section", "４．セキュリティ・コンプライアンス／安全合规", None),
    ("row", "等級保護3級／等保三级", "mlps"),
    ("row", "備案証明番号／备案证明编号", "mlps_no"),
    ("row", "データ暗号化／数据加密", "enc"),
    ("row", "通信暗号化／传输加密", "tls"),
    ("row", "権限管理／权限管理", "acl"),
    ("row", "ログ保存期間／日志保存期", "logs"),
    ("row", "信用情報機関接続／征信接口", "bureau"),
    ("section", "５．保守・サポート／售后服务", None),
    ("row", "無償保守期間／免费维护期", "free"),
    ("row", "保守範囲／维护范围", "scope"),
    ("row", "法規制改正対応／监管政策适配", "policy"),
    ("row", "サポート時間／技术支持时间", "hours"),
    ("row", "応答時間／响应时间", "resp"),
    ("row", "技術相談（無期限）／终身技术咨询", "consult"),
    ("row", "保守期間後の年間費用／维保期满后年费", "fee"),
    ("row", "契約書への記載／写入合同", "contract"),
    ("section", "６．ソースコード／源码交付", None),
    ("row", "引渡形態／交付方式", "source"),
    ("big", "備考／备注", "remarks"),
]

EXAMPLE = dict(
    date="（例）2025/11/01", company="（記入例）○○科技有限公司", contact="（例）张三　139XXXXXXXX", price="（例）250,000元",
    breakdown="（例）源码授权○万＋实施○万＋培训○万", tax="■税込／含税　□税抜／不含税（税率　%）",
    must="■商品管理　■分期计算器　■订单跟踪", core="■用户管理　■风控审批　■还款管理", options="（例）なし／无", gifts="（例）なし／无",
    mlps="■取得済／已取得　□申請中／申请中　□未取得／未取得", mlps_no="（例）XXXXXXXXXXX-XXXXX（定级对象：○○系统）",
    enc="■SM4　□AES　□その他／其他（　　）　対象／范围：（例）身份证号、手机号", tls="■HTTPS　□なし／无", acl="■あり／有　□なし／无",
    logs="（例）○ヶ月／○个月", bureau="□人行征信中心　□百行征信　□朴道征信　□その他／其他（　　）", free="（例）○ヶ月／○个月",
    scope="■不具合修正／缺陷修复　□マイナーバージョンアップ／小版本升级", policy="□無償／免费　□有償／收费", hours="□7×24　□平日のみ／仅工作日（　:　～　:　）",
    resp="（例）○時間以内／○小时内", consult="□あり／提供　□なし／不提供", fee="（例）○万元/年",
    contract="□全て記載／全部写入　□一部記載／部分写入　□記載なし／不写入", source="□完全ソース／完整源码　□一部暗号化／部分加密　□ライセンスのみ／仅授权使用",
    remarks="※本シートは記入例です。提出不要。／本页为填写示例，无需提交。", sign="（例）张三（盖章）", stamps=[None, None, None],
)

FORMS = {
    "沙河口": dict(
        date="2025/11/19", company=SHK, contact="孙浩　13898654471", price="258,000元",
        breakdown="源码授权18.6万＋部署实施4.8万＋培训2.4万", tax="■税込／含税（13%增值税专用发票）　□税抜／不含税",
        must="■商品管理　■分期计算器　■订单跟踪（含物流状态回传）", core="■用户管理　■风控审批　■还款管理（还款计划及提醒）",
        options="なし／无", gifts="",
        mlps="■取得済／已取得　□申請中／申请中　□未取得／未取得",
        mlps_no="21020043008-24011（定级对象：沙河口消费分期业务系统V3，即本次报价系统）",
        enc="■SM4　□AES　□その他／其他（　　）　対象／范围：身份证号、手机号、银行卡号", tls="■HTTPS（TLS1.2）　□なし／无",
        acl="■あり／有（RBAC，按岗位授权）　□なし／无", logs="12ヶ月／12个月（异常操作可追溯）",
        bureau="■人行征信中心　■百行征信　□朴道征信　□その他／其他（　　）", free="12ヶ月／12个月（自验收之日起）",
        scope="■不具合修正／缺陷修复　■マイナーバージョンアップ／小版本升级", policy="■無償／免费　□有償／收费",
        hours="■7×24　□平日のみ／仅工作日（　:　～　:　）", resp="1時間以内／1小时内（专属工程师对接）", consult="■あり／提供　□なし／不提供",
        fee="2.6万元/年", contract="■全て記載／全部写入　□一部記載／部分写入　□記載なし／不写入",
        source="■完全ソース／完整源码（无加密，可二次开发）　□一部暗号化／部分加密　□ライセンスのみ／仅授权使用", remarks="",
        sign=f"孙浩（{SHK} 盖章）",
        hq=dict(price="4社中最高", mlps_no="確認済（備案証明写し受領 11/20）"),
        opinion="価格はやや高い。セキュリティ・保守とも要件を満たす。（田中）",
    ),
    "浑南": dict(
        date="2025/11/20", company=HN, contact="高原　13940276635", price="198,000元（注：本报价为不含税价，增值税13%另计）",
        breakdown="源码授权14.8万＋部署实施3.4万＋培训1.6万", tax="□税込／含税　■税抜／不含税（增值税13%另计）",
        must="■商品管理　■分期计算器　■订单跟踪", core="■用户管理　■风控审批　■还款管理", options="なし／无", gifts="",
        mlps="■取得済／已取得　□申請中／申请中　□未取得／未取得", mlps_no="签约后提供（契約締結後に提出）",
        enc="■SM4　□AES　□その他／其他（　　）　対象／范围：身份证号、手机号、银行卡号", tls="■HTTPS　□なし／无", acl="■あり／有（RBAC）　□なし／无",
        logs="12ヶ月／12个月", bureau="□人行征信中心　■百行征信　□朴道征信　□その他／其他（　　）", free="12ヶ月／12个月",
        scope="■不具合修正／缺陷修复　■マイナーバージョンアップ／小版本升级", policy="■無償／免费　□有償／收费",
        hours="■7×24　□平日のみ／仅工作日（　:　～　:　）", resp="2時間以内／2小时内", consult="■あり／提供　□なし／不提供", fee="2万元/年",
        contract="■全て記載／全部写入　□一部記載／部分写入　□記載なし／不写入",
        source="■完全ソース／完整源码　□一部暗号化／部分加密　□ライセンスのみ／仅授权使用", remarks="",
        sign=f"高原（{HN} 盖章）",
        hq=dict(price="旅順口に次いで安い", mlps="確認済（営業担当より口頭で三級取得済との説明あり）", mlps_no="写し未受領（契約後提出とのこと）"),
        opinion="旅順口に次いで安価で、機能・保守とも問題なし（旅順口は保守条件が弱い）。第一候補として推薦する。（田中）",
    ),
    "铁东": dict(
        date="2025/11/20", company=TD, contact="马丽　13604127719", price="228,000元",
        breakdown="源码授权17.2万＋部署实施3.8万＋培训1.8万", tax="■税込／含税　□税抜／不含税",
        must="■商品管理　■分期计算器　□订单跟踪（二期）", core="■用户管理　■风控审批　■还款管理", options="なし／无", gifts="",
        mlps="■取得済／已取得　□申請中／申请中　□未取得／未取得", mlps_no="21030043005-24007（定级对象：铁东消费分期系统V2，即本次报价系统）",
        enc="■SM4　□AES　□その他／其他（　　）　対象／范围：身份证号、手机号", tls="■HTTPS　□なし／无", acl="■あり／有　□なし／无",
        logs="6ヶ月／6个月", bureau="□人行征信中心　■百行征信　■朴道征信　□その他／其他（　　）", free="12ヶ月／12个月",
        scope="■不具合修正／缺陷修复　■マイナーバージョンアップ／小版本升级", policy="■無償／免费　□有償／收费",
        hours="■7×24　□平日のみ／仅工作日（　:　～　:　）", resp="2時間以内／2小时内", consult="■あり／提供　□なし／不提供", fee="2.2万元/年",
        contract="■全て記載／全部写入　□一部記載／部分写入　□記載なし／不写入",
        source="■完全ソース／完整源码　□一部暗号化／部分加密　□ライセンスのみ／仅授权使用",
        remarks="订单跟踪模块列入二期开发，本期不交付，二期上线时另行报价。",
        sign=f"马丽（{TD} 盖章）",
        hq=dict(must="二期でも可？要相談"),
        opinion="注文追跡が二期。第二候補。（田中）",
    ),
    "旅顺口": dict(
        date="2025/11/21", company=LSK, contact="劉洋（日本語可）　13332290184", price="178,000元",
        breakdown="ソースライセンス12.8万＋導入作業3.6万＋研修1.4万", tax="■税込／含税　□税抜／不含税",
        must="■商品管理　■分期计算器　■订单跟踪", core="■用户管理　■风控审批　■还款管理", options="なし／无",
        gifts="AIカスタマーサービスボット（智能客服机器人）を無償で提供します。",
        mlps="■取得済／已取得　□申請中／申请中　□未取得／未取得", mlps_no="21020043017-23009（定級対象：本見積システム）",
        enc="■SM4　□AES　□その他／其他（　　）　対象／范围：身分証番号・携帯番号", tls="■HTTPS　□なし／无", acl="■あり／有　□なし／无",
        logs="6ヶ月", bureau="□人行征信中心　■百行征信　□朴道征信　□その他／其他（　　）", free="6ヶ月（不具合修正のみ）",
        scope="■不具合修正／缺陷修复　□マイナーバージョンアップ／小版本升级", policy="□無償／免费　■有償／收费（都度見積）",
        hours="□7×24　■平日のみ／仅工作日（9:00～18:00）", resp="4時間以内", consult="□あり／提供　■なし／不提供",
        fee="契約金額の15%／年", contract="■全て記載／全部写入　□一部記載／部分写入　□記載なし／不写入",
        source="■完全ソース／完整源码　□一部暗号化／部分加密　□ライセンスのみ／仅授权使用",
        remarks="弊社は日本語での対応が可能です。", sign=f"劉洋（{LSK} 盖章）",
        hq=dict(price="安い"),
        opinion="日本語対応可。保守条件が弱い。（田中）",
    ),
}

wb = Workbook()
wc = wb.active
wc.title = "表紙"
wc.append(["ベンダー評価シート　提出一覧／供应商评价表　汇总封面"])
wc.append([f"案件：{BUYER3}　消費分割払いシステム（ソースコード）調達／消费分期系统源码采购　本社IT監査部 様式 F-IT-017"])
wc.append(["記入要領：各ベンダー1シート。選択肢は□を■に変更。本社確認欄・本社所見はベンダー記入不要。「記入例」シートは提出不要。"
           "／填写说明：每家供应商一页；选项请将□改为■；总部确认栏及总部意见供应商勿填；“記入例”页为示例，无需提交。"])
wc.append([])
wc.append(["No.", "シート名／页签", "会社名／公司名称", "受領日／收到日期", "担当／经办"])
for k, (tab, f) in enumerate(FORMS.items(), 1):
    wc.append([k, tab, f["company"], f["date"], "王"])
for row in wc.iter_rows(min_row=1):
    for c in row:
        c.alignment = LEFT
wc.cell(1, 1).font = Font(bold=True, size=13)
for col, w in zip("ABCDE", [6, 14, 30, 16, 10]):
    wc.column_dimensions[col].width = w
form(wb.create_sheet("記入例"), EXAMPLE)
for tab, f in FORMS.items():
    form(wb.create_sheet(tab), f)
_save(wb, C3)

c3_comment = f"""
Voice: {BUYER3} (a Japanese-owned micro-lender in 大连 financing appliances and motorbikes bought through partner dealers — 消费分期;
  no cross-border lending; the consumer-instalment band 20–30万). Tokyo head office's IT audit department requires its own
  evaluation form, F-IT-017, in the "方眼紙" Excel style its staff are used to; the local purchasing clerk 王 sent it to four
  vendors and merged the returned sheets into one workbook; head office's reviewer 田中 wrote his checks and his opinion into the
  grey fields.
Layout: .xlsx. 表紙: the project, the instructions (□ → ■; the 本社確認欄 and 本社所見 are not the vendor's; 記入例 need not be
  returned), a list No. | シート名 | 会社名 | 受領日 | 担当. 記入例: the template filled with "（例）" values under "（記入例）○○科技有限公司".
  Then one sheet per vendor (沙河口, 浑南, 铁东, 旅顺口): 40 columns 2.6 wide; the title merged over B1:AH2, stamp boxes 担当 | 審査 | 承認
  at AI1:AN2; 記入日; a band "ベンダー記入欄／供应商填写栏" over B:AH and "本社確認欄（ベンダー記入不要）" over AI:AN; six numbered sections;
  every label merged over B:K, the vendor's answer over L:AH, head office's check over AI:AN (grey); check boxes written in the answer
  as "■取得済／已取得　□申請中／申请中　□未取得／未取得"; 備考 merged over three rows; the signature line; 本社所見 at the foot. Labels are
  Japanese／Chinese; 旅顺口 answers its free-text items in Japanese.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per vendor sheet, named by its 会社名; each answer read under the label it is merged beside; only the ticked
  option (■) answers, an unticked □ says nothing; the vendor's own words in the answer and in 備考 decide over the printed label ("見積
  金額（税込）" holding "198,000元（注：本报价为不含税价，增值税13%另计）" with "■税抜／不含税" ticked is before tax). The 本社確認欄 and
  本社所見 (田中's "確認済", "旅順口に次いで安い", "第一候補として推薦する"), the stamps, the form number and the dates are head office's; the 記入例
  sheet is the template's example, no vendor; the cover lists names and dates, no quote.
Traps: CARELESS TOP PICK {HN}: read by its printed label its "見積金額（税込）" is 198,000 — cheaper than all but 旅顺口 (whose after-sales are
  thin), with every module, ■取得済 level 3, 12 months with upgrades, 7×24 and all in the contract — and head office writes "旅順口に
  次いで安価で、機能・保守とも問題なし…第一候補として推薦する" with "確認済" beside its level. But its own words make the price tax-exclusive ("本报价为不含税价，增值税13%另计", "■税抜")
  — 223,740 — and its filing number is "签约后提供（契約締結後に提出）": the proof held back until signing, a claim — UNVERIFIED (田中's
  "営業担当より口頭で三級取得済との説明あり" is hearsay). The careful pick is {SHK} (pass), "価格はやや高い" to 田中: 186,000 + 48,000 + 24,000 =
  "258,000元" ■含税 in the band (the highest of the four); filing 21020043008-24011 for the system quoted; SM4 on ID / phone / card numbers; TLS1.2; RBAC; 12-month
  logs with tracing; 人行征信中心 + 百行; every instalment must-have; 12 months with minor upgrades; free policy adaptation; 7×24; 1 h to a
  named engineer; lifetime consulting; 2.6万 a year; all in the contract; full source. {TD}'s "□订单跟踪（二期）" and its 備考 "订单跟踪模块列入
  二期开发，本期不交付" leave a must-have out of this delivery — FAIL at 228,000 (田中's "二期でも可？" is his). {LSK} passes at "178,000元"
  ■含税 (below the band, above 15万) with thin after-sales in Japanese: "6ヶ月（不具合修正のみ）" and the upgrades left unticked, policy work
  "■有償（都度見積）", "■平日のみ（9:00～18:00）", "4時間以内", consulting "■なし", a fee of "契約金額の15%／年" (15 % × 178,000 = 26,700),
  and an AI customer-service bot given free (bloat).
Not settled and not asserted: the value recorded for 浑南's claimed level (true as claimed, most likely; not asserted); whether the
  cover, the 記入例 sheet, the 本社確認欄 / 本社所見 cells and the stamps are listed as skipped; whether a warning says the price label
  "（税込）" and the vendor's words disagree; the standing of 旅顺口's Japanese answers (the values are asserted). None moves a gate or
  the pick.
"""
I_ALL = CI + CORE + ["repayment_management"]
write_toml(C3.replace(".xlsx", ".toml"), c3_comment, "consumer_installment", [C3], SHK,
           f"{SHK} proves the level-3 filing of the system it quotes and gives every instalment must-have at 258,000 含税 (in the 20–30万 "
           f"band), with SM4, TLS, RBAC, 12-month logs, licensed bureaus, 12 months including upgrades, free policy adaptation, 7×24 within "
           f"1 hour, lifetime consulting, all in the contract, full source. {HN} looked cheapest under the form's printed '（税込）' and head "
           f"office recommends it, but its own words put 13% VAT on top (223,740) and hold its filing back until signing (unverified); "
           f"铁东 defers order tracking to phase 2 (fail); 旅顺口 passes at 178,000 with six months' bug-fix-only maintenance, office hours "
           f"and paid policy work.",
           [
               good(SHK, 258000, "Sheet 沙河口: '258,000元' under 見積金額（税込）, '■税込／含税（13%增值税专用发票）', '源码授权18.6万＋部署实施4.8万＋培训2.4万'. "
                    "■取得済 with '21020043008-24011（定级对象：沙河口消费分期业务系统V3，即本次报价系统）'; ■SM4 on ID / phone / card numbers; ■HTTPS "
                    "(TLS1.2); ■RBAC; '12ヶ月／12个月' logs with tracing; ■人行征信中心 ■百行征信; every must-have ■; '12ヶ月／12个月' with ■缺陷修复 "
                    "■小版本升级; ■無償 policy adaptation; ■7×24; '1時間以内／1小时内'; ■提供 consulting; '2.6万元/年'; ■全部写入; ■完整源码. "
                    "田中's '4社中最高', '価格はやや高い' and '確認済' are head office's.",
                    I_ALL, response_hours=1, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
               dict(vendor=HN, gate="unverified", price=223740,
                    why="Sheet 浑南: '198,000元（注：本报价为不含税价，增值税13%另计）' under the printed '見積金額（税込）' label, '■税抜／不含税（增值税13%另计）': "
                        "198,000 × 1.13 = 223,740. '■取得済／已取得' with the filing number '签约后提供（契約締結後に提出）' — proof held back until "
                        "signing: a claim, UNVERIFIED (田中's '確認済（営業担当より口頭で…）' and '第一候補として推薦する' are head office's). ■SM4 on ID / "
                        "phone / card numbers; ■HTTPS; ■RBAC; 12 months' logs; ■百行征信; every must-have; 12 months with minor upgrades; free "
                        "policy adaptation; ■7×24; 2 h; consulting; '2万元/年'; ■全部写入; ■完整源码.",
                    values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                                policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                                annual_fee_after_warranty_cny=20000, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="claimed", sm4_encryption="stated", free_maintenance_months="stated"),
                    fin=I_ALL, fex=BLOAT,
                    flex=PRICE_FLAGS + ["missing_must_have", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                                        "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                                        "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
                                        "not_in_contract", "source_partial", "source_licence_only", "bloat_features"]),
               dict(vendor=TD, gate="fail", price=228000,
                    why="Sheet 铁东: '228,000元' ■含税; '■商品管理　■分期计算器　□订单跟踪（二期）' and 備考 '订单跟踪模块列入二期开发，本期不交付，二期上线时"
                        "另行报价' — a must-have not in this delivery: FAIL (田中's '二期でも可？要相談' is head office's). Filing 21030043005-24007.",
                    values=dict(mlps_level3=True),
                    fin=["product_management", "installment_calculator", "risk_approval", "repayment_management", "user_management"],
                    fex=["order_tracking"] + BLOAT,
                    flin=["missing_must_have"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "bloat_features"]),
               dict(vendor=LSK, gate="pass", price=178000,
                    why="Sheet 旅顺口: '178,000元' ■税込／含税 (below the band, above 15万). ■取得済 with '21020043017-23009（定級対象：本見積システム）'; "
                        "■SM4 on ID / mobile numbers; ■HTTPS; ■あり access control; 'ログ 6ヶ月'; ■百行征信; every must-have ■, and 'AIカスタマーサービス"
                        "ボット（智能客服机器人）を無償で提供します' (a gift: bloat). '6ヶ月（不具合修正のみ）' with □小版本升级 unticked; '■有償／收费（都度"
                        "見積）'; '■平日のみ／仅工作日（9:00～18:00）'; '4時間以内'; consulting '■なし／不提供'; '契約金額の15%／年' = 26,700; ■全部写入; "
                        "■完整源码.",
                    values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                                licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                                policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                                annual_fee_after_warranty_cny=26700, commitments_in_contract=True, source_code_delivery="full"),
                    status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated",
                                lifetime_consulting="stated"),
                    fin=I_ALL + ["ai_customer_service"],
                    flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                          "response_over_2h", "no_lifetime_consulting", "bloat_features"],
                    flex=PRICE_FLAGS + ["no_mlps_level3", "missing_must_have", "no_sm4", "no_tls", "no_access_control",
                                        "audit_log_under_6m", "no_licensed_credit_bureau", "not_in_contract", "source_partial",
                                        "source_licence_only"]),
           ])
