"""Build the "zzb" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a brochure-style comparison printed for the board, in which every vendor is a CARD — a bold heading cell
with the company's name, a '报价：…' strip, ONE MERGED CELL holding the vendor's terms as a paragraph copied from its quote letter or
leaflet, and the office's '综合办点评' under it — two cards side by side per printed page (A–D and F–I, an empty column between),
three pages stacked down the sheet with a page footer and a page break after each (zzb_01); a GBK CSV exported from a 企业微信
approval ('采购比价-供应商报价录入') with ONE ROW PER (VENDOR, 费用项目) LINE — licence, implementation, training, '赠送' lines at 0, a
negative '商务优惠' line, a '每年' line for the fee after the warranty, a '需另购' line with no amount — and every main-form field
(approval number, state, the approvers' 审批意见, the vendor and its whole '报价说明（供应商原文）') REPEATED on every line of that
vendor, an export banner above the header and the finance clerk's note under the data (zzb_02); a workbook using Excel's OUTLINE
(数据→组合): one visible SUMMARY ROW per vendor (序号 | 供应商 | 报价 in 'w' | 计税 | the 风控部's verdict) and, under each, its DETAIL
ROWS grouped at level 1 and COLLAPSED (hidden), each a 明细项 and the vendor's own words for it — the modules, 等保, encryption, logs,
bureau, after-sales and source are only in the hidden rows (zzb_03). The expected reading of every file is in the matching
zzb_0N_*.toml, written from the file's content, shared/domain.md and docs/analyst-reading.md only; the author neither ran the
product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzb.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zzb_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import Outline

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, BOX, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

# a vendor that only boasts must not be failed, priced out or marked down on what it never stated
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]
WEAK_IN = ["no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
           "no_7x24", "response_over_2h", "no_lifetime_consulting"]
WEAK_EX = ["price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_tls", "no_access_control",
           "no_licensed_credit_bureau", "not_in_contract", "bloat_features"]
ITALIC_GREY = Font(italic=True, color="595959")
SMALL_GREY = Font(size=9, color="808080")


def _but(flags, *drop):
    return [f for f in flags if f not in drop]


def _text(ws, r, c1, c2, text, *, font=None, height=None, fill=None, align=None, border=False):
    c = ws.cell(row=r, column=c1, value=text)
    c.alignment = align or LEFT
    c.font = font or Font()
    if fill:
        c.fill = fill
    if border:
        for col in range(c1, c2 + 1):
            ws.cell(row=r, column=col).border = BOX
    if c2 > c1:
        ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# zzb_01  个人信用贷 — 白城洮北融信小额贷款's 综合办 孙丽娜 lays the six answers out like a printed brochure for the 董事会: two
#         vendor cards per page, each card a heading, a price strip, the vendor's own paragraph and her 点评.
# ---------------------------------------------------------------------------------------------
ZZB01_CARDS = [  # (heading, price strip, paragraph in the vendor's words, 综合办点评)
    ("① 齐齐哈尔龙沙软件有限公司",
     "报价：19.8万元（含税），一次性买断",
     "【云鼎信贷·旗舰版】一次购买，终身使用！功能模块：个人征信查询、AI智能风控、反欺诈引擎、还款管理、审批流、用户管理；另赠送"
     "区块链存证、AI智能客服机器人、元宇宙营销中心三大创新模块。安全合规：系统按等保三级标准设计，符合等保三级要求，测评材料签约后"
     "提供；数据采用国密算法加密；全站HTTPS；完善的权限管理；操作日志长期保存；支持对接各大征信机构。服务保障：终身免费维护！"
     "7×24小时服务，第一时间响应，服务条款可协商写入合同。交付：提供源码（核心风控引擎加密）。",
     "综合办点评：董事长在长春金融科技展上看过演示，印象很好；除向阳外报价最低，送的模块多。但等保只写“符合”，备案证明催了两次"
     "没给。"),
    ("② 双鸭山尖山信息技术有限公司",
     "报价：20.9万元（含税，不含选配模块）",
     "尖山“惠民信贷”个人信用贷系统V3.6。标配模块：个人征信（人行征信中心、朴道征信接口）、反欺诈模型、还款计划及逾期提醒、风控"
     "审批、用户管理。选配模块：风控模型（评分卡＋决策引擎），另计2.8万元（不含税），未含在上述报价内。安全合规：已取得等保三级，"
     "备案证明23050243009-24017；身份证号、手机号SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月。售后服务："
     "免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；技术支持为工作日5×8小时（8:30-17:30），4小时内响应；提供终身"
     "技术咨询；上述承诺写入合同；维保期满后年服务费2.2万元/年。交付：完整源码，可二次开发。",
     "综合办点评：风控模型要单买；只有工作日有人。"),
    ("③ 哈尔滨松北数科有限公司",
     "报价：23.6万元（含税）",
     "松北数科“信贷通”个人信用贷系统V4.2。功能模块：人行二代征信及百行征信接口、风控模型（评分卡＋决策引擎）、反欺诈模型、还款"
     "计划与还款提醒、风控审批流、用户管理。安全合规：系统已取得网络安全等级保护三级备案，备案证明编号23010243017-24005；身份证号、"
     "手机号、银行卡号采用国密SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限管理；操作日志保存一年，异常操作可追溯；征信接口仅对接"
     "中国人民银行征信中心和百行征信。售后服务：免费维护一年，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，指定"
     "工程师2小时内响应；终身技术咨询；以上条款全部写入合同；维保期满后年服务费按合同额10%/年。交付：完整源代码，无加密，可二次开发。",
     "综合办点评：材料最全，备案证明已核原件。"),
    ("④ 鹤岗向阳网络科技有限公司",
     "报价：8.9万元（不含税，另加6%税点）",
     "向阳小贷系统标准版：个人征信对接（百行征信）、风控模型、还款管理、审批流程、用户管理。等保三级备案证明23040043005-23011。"
     "数据加密采用AES-256；支持HTTPS；有权限管理；日志保存3个月。售后：免费维护3个月，仅修复系统故障，版本升级另收费；政策调整按次"
     "收费；工作日技术支持，次日响应；不提供终身技术咨询；合同只写价格和交付清单。维保期满后按次收费，每次3000元。交付方式：源码"
     "授权使用，绑定一个域名，不交付源代码。",
     "综合办点评：最便宜，但不给源代码，只能授权使用。"),
    ("⑤ 绥化北林云科技有限公司",
     "报价：面议（需到现场调研需求后报价）",
     "北林云“金穗”信贷系统。功能模块：个人征信报告查询、智能风控模型、反欺诈模型、还款计划及提醒、风控审批、用户管理、营销插件、"
     "会员管理。资质：等保三级已备案，备案证明23120243004-24010；敏感信息SM4加密；全站HTTPS；RBAC权限。服务：免费维护期一年，含"
     "缺陷修复及小版本升级；监管政策变化免费适配；7×24小时技术支持，1小时内响应；终身技术咨询；全部写入合同。交付完整源码，无加密。",
     "综合办点评：条件不错，但一直不给价格，说要先来现场看。"),
    ("⑥ 大兴安岭加格达奇数据服务有限公司",
     "报价：—",
     "来函：感谢贵司邀请。我司近期项目排期已满，本次不参与报价。",
     "综合办点评：已放弃。"),
]


def build_zzb01():
    name = "zzb_01_pc_caiye_liangjia_bingpai.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "方案对比（彩页）"
    widths(ws, [14, 14, 14, 14, 3, 14, 14, 14, 14])
    _text(ws, 1, 1, 9, "白城洮北融信小额贷款有限公司　个人信用贷系统供应商方案对比（彩页版）", font=TITLE, height=26,
          align=Alignment(horizontal="center", vertical="center"))
    _text(ws, 2, 1, 9,
          "综合办 孙丽娜 整理，2025-12-04，供董事会传阅。每页两家，左右对照；框内文字摘自各家报价函及方案彩页原文，未作改动；"
          "“综合办点评”为我办意见，仅供参考。我司只做白城本地个人信用贷，无跨境业务，预算18–25万元。", height=46)
    r = 4
    pages = [ZZB01_CARDS[i:i + 2] for i in range(0, len(ZZB01_CARDS), 2)]
    for p, pair in enumerate(pages, start=1):
        for k, (head, price, para, note) in enumerate(pair):
            c1 = 1 if k == 0 else 6
            c2 = c1 + 3
            _text(ws, r, c1, c2, head, font=Font(bold=True, size=12), fill=BLUE, border=True,
                  align=Alignment(vertical="center"))
            _text(ws, r + 1, c1, c2, price, font=BOLD, fill=YELLOW, border=True, align=Alignment(vertical="center"))
            _text(ws, r + 2, c1, c2, para, border=True)
            _text(ws, r + 3, c1, c2, note, font=ITALIC_GREY)
        ws.row_dimensions[r].height = 24
        ws.row_dimensions[r + 1].height = 22
        ws.row_dimensions[r + 2].height = 250
        ws.row_dimensions[r + 3].height = 36
        _text(ws, r + 4, 1, 9, f"— 第 {p} 页 / 共 {len(pages)} 页 —", font=SMALL_GREY, height=16,
              align=Alignment(horizontal="center"))
        ws.row_breaks.append(Break(id=r + 4))
        r += 6
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_area = f"A1:I{r - 2}"
    _save(wb, name)

    top = good("哈尔滨松北数科有限公司", 236000,
               "card ③ (page 2, left): strip '报价：23.6万元（含税）' = 236,000 inside 18–25万; its paragraph: 人行二代征信及百行征信接口, 风控"
               "模型（评分卡＋决策引擎）, 反欺诈模型, 还款计划与还款提醒, 风控审批流, 用户管理, no bloat; '已取得网络安全等级保护三级备案，备案证明"
               "编号23010243017-24005' (stated); SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; '操作日志保存一年' = 12 months with tracing; "
               "only 人行征信中心 + 百行; '免费维护一年' = 12 months with 缺陷修复及小版本升级; policy adaptation free; 7×24, '指定工程师2小时内响应' "
               "= 2 h; lifetime consulting; '以上条款全部写入合同'; '按合同额10%/年' = 10% × 236,000 = 23,600 a year; '完整源代码，无加密，"
               "可二次开发'. 点评 '材料最全' is the office's.",
               PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=23600, source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor="齐齐哈尔龙沙软件有限公司", gate="unverified", price=198000,
             why="card ① (page 1, left): strip '19.8万元（含税），一次性买断' = 198,000 inside 18–25万 (no price flag); paragraph: 个人征信"
                 "查询, AI智能风控, 反欺诈引擎, 还款管理, 审批流, 用户管理 (every must-have) plus '赠送区块链存证、AI智能客服机器人、元宇宙营销"
                 "中心' (bloat; no cross-border business anyway); '系统按等保三级标准设计，符合等保三级要求，测评材料签约后提供' (claimed, proof "
                 "only after signing: unverified); '国密算法' (which? claimed); HTTPS stated; '完善的权限管理' states nothing; '操作日志长期保存' "
                 "(no period: claimed); '支持对接各大征信机构' (no body: claimed); '终身免费维护！' (claimed lifetime), '7×24小时服务' stated, "
                 "'第一时间响应' and '可协商写入合同' state nothing; '提供源码（核心风控引擎加密）' is partial. 董事长's liking in the 点评 is the "
                 "buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=PC + ["anti_fraud"] + CORE + ["blockchain_evidence", "ai_customer_service", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["no_anti_fraud", "source_licence_only"]),
        dict(vendor="双鸭山尖山信息技术有限公司", gate="pass", price=240640,
             why="card ② (page 1, right): strip '20.9万元（含税，不含选配模块）' = 209,000; the paragraph's 选配 '风控模型（评分卡＋决策引擎），"
                 "另计2.8万元（不含税），未含在上述报价内' makes the must-have an option added with 13% VAT beside a tax-inclusive price "
                 "(conditional): 209,000 + 28,000 × 1.13 = 209,000 + 31,640 = 240,640 inside 18–25万; 标配: 个人征信（人行征信中心、朴道征信）, "
                 "反欺诈模型, 还款计划及逾期提醒, 风控审批, 用户管理; '已取得等保三级，备案证明23050243009-24017'; SM4 on ID/mobile; HTTPS TLS1.2; "
                 "RBAC; logs 12个月; 12 months with 小版本升级; policy free; '工作日5×8小时（8:30-17:30），4小时内响应' (no 7×24, 4 h; the "
                 "times are no figures); lifetime consulting; '上述承诺写入合同'; '2.2万元/年' = 22,000; '完整源码，可二次开发'.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", support_7x24="stated", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["conditional", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"]
             + _but(AFTER_BAD, "no_7x24", "response_over_2h")),
        dict(vendor="鹤岗向阳网络科技有限公司", gate="fail", price=94340,
             why="card ④ (page 2, right): strip '8.9万元（不含税，另加6%税点）' — its own rate: 89,000 × 1.06 = 94,340 (under 10万: do not buy); "
                 "paragraph: 个人征信对接（百行征信）, 风控模型, 还款管理, 审批流程, 用户管理 — no anti-fraud (no_anti_fraud); '等保三级备案证明"
                 "23040043005-23011' (stated); 'AES-256' (no SM4); HTTPS; 权限管理 '有'; '日志保存3个月' (under 6); '免费维护3个月，仅修复系统"
                 "故障，版本升级另收费' (3 months, no upgrades); '政策调整按次收费' (charged); '工作日技术支持，次日响应' (no 7×24, over 2 h); '不提供"
                 "终身技术咨询'; '合同只写价格和交付清单' (after-sales not in the contract); '按次收费，每次3000元' (per incident, no yearly "
                 "amount); '源码授权使用，绑定一个域名，不交付源代码' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=PC + CORE, fex=["anti_fraud"] + BLOAT,
             flin=["price_below_10w", "no_anti_fraud"] + WEAK_IN + ["not_in_contract", "source_licence_only"],
             flex=["price_below_15w"] + _but(WEAK_EX, "not_in_contract") + ["source_partial"]),
        dict(vendor="绥化北林云科技有限公司", gate="unverified", price="null",
             why="card ⑤ (page 3, left): strip '面议（需到现场调研需求后报价）' — no price (unknown: unverified, price_missing); paragraph: "
                 "个人征信报告查询, 智能风控模型, 反欺诈模型, 还款计划及提醒, 风控审批, 用户管理 plus 营销插件, 会员管理 (deferrable), no bloat; "
                 "'等保三级已备案，备案证明23120243004-24010' (stated); '敏感信息SM4加密'; HTTPS; RBAC; the log period is not mentioned "
                 "(unknown, never a no); '免费维护期一年' = 12 months with 小版本升级; policy free; 7×24, '1小时内响应'; lifetime consulting; "
                 "'全部写入合同'; no yearly fee given; '完整源码，无加密'.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months="null",
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=1, lifetime_consulting=True, commitments_in_contract=True,
                         annual_fee_after_warranty_cny="null", source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=PC + ["anti_fraud"] + CORE + ["marketing_plugins", "membership"], fex=BLOAT,
             flin=["price_missing", "unconfirmed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "no_sm4",
                   "no_7x24", "response_over_2h", "no_anti_fraud", "bloat_features", "source_partial", "source_licence_only"]),
    ]
    write_toml(
        "zzb_01_pc_caiye_liangjia_bingpai.toml",
        """Voice: 孙丽娜 of the 综合办 at 白城洮北融信小额贷款 (local personal credit only, no cross-border business, budget 18–25万)
  on 2025-12-04, for the 董事会; the paragraphs in the cards are the vendors' own words ('摘自各家报价函及方案彩页原文，未作改动'),
  the price strips are hers copied from the letters, the italic '综合办点评' lines (with 董事长's liking for 龙沙) are hers.
Layout: one sheet '方案对比（彩页）' printed landscape — title, her note row, then THREE PRINTED PAGES stacked down the sheet, each
  holding TWO VENDOR CARDS SIDE BY SIDE (left card A–D, right card F–I, column E an empty gutter): a bold heading cell '① 公司全称'
  (merged over four columns), a yellow '报价：…' strip, ONE MERGED PARAGRAPH CELL of the vendor's terms (modules, 等保, encryption,
  logs, bureau, after-sales, source all run together in sentences), the italic 点评 line; a page footer '— 第 1 页 / 共 3 页 —'
  merged across and a page break after each page. There is no header row, no row per vendor and no column per field.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the six vendors are the six card headings (the circled numbers are no part of the names), two to a row band — a card's
  paragraph belongs to the heading ABOVE it in the same four columns, never to its neighbour; the page footers and the 点评 lines
  are no vendor's words; every fact must be read out of a sentence: '操作日志保存一年' and '免费维护一年' are 12 months, '按合同额10%
  /年' is 23,600 a year for 松北 (10% of 236,000), 'AES-256' is no SM4, '合同只写价格和交付清单' keeps 向阳's after-sales out of the
  contract; 尖山's must-have 风控模型 is an option '另计2.8万元（不含税）' beside a 含税 price: 209,000 + 28,000 × 1.13 = 240,640
  (conditional, added); 向阳's '8.9万元（不含税，另加6%税点）' is 94,340 (its own 6%; under 10万: fail) with a domain-locked licence;
  北林's '面议' is no price (unverified), its missing log period unknown, never a no; 龙沙 (董事长's liking, 19.8万, the cheapest
  inside the band) only claims ('按等保三级标准设计，符合等保三级要求，测评材料签约后提供', '国密算法', '长期保存', '各大征信机构',
  '终身免费维护！'), gives away three bloat modules and encrypts its core risk engine — the decisive trap; 加格达奇 declined (not
  listed); filing numbers, '8:30-17:30', 'V4.2', 'TLS1.2' and '3000元' per incident are no prices.""",
        "personal_credit", [name], "哈尔滨松北数科有限公司",
        "松北 (card ③) proves every gate in its paragraph (备案证明23010243017-24005, SM4 on ID/mobile/bank card, HTTPS TLS1.2, RBAC, "
        "logs kept a year with tracing, only 人行 + 百行), has every personal-credit must-have with anti-fraud and no bloat, and gives a "
        "year of maintenance with upgrades, free policy adaptation, 7×24 with a named engineer within 2 hours, lifetime consulting, all "
        "written into the contract, full unencrypted source — at 236,000 含税 inside 18–25万 (3 years 236,000 + 2 × 23,600 = 283,200). "
        "The 董事长's liking 龙沙 is cheaper (198,000) but only claims its 等保 ('符合等保三级要求，测评材料签约后提供': unverified), pads "
        "with three bloat modules and encrypts its risk engine; 尖山 is 240,640 only with its risk-model option and offers 5×8 within "
        "4 hours; 北林 gives no price (面议); 向阳 is 94,340 after its 6% (under 10万: fail) with a licence only; 加格达奇 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zzb_02  商户经营贷 — 乌兰察布集宁金桥小额贷款's 采购 高志强 files each vendor's quote as a 企业微信 approval whose 明细 holds one
#         line per 费用项目; the admin exported the approvals 按明细展开 (every main field repeated on each line) and 财务部 王芳 saved
#         the export as CSV from Excel (GBK). 审批意见, 审批状态 and her note are the buyer's.
# ---------------------------------------------------------------------------------------------
ZZB02_HEAD = ["审批编号", "模板名称", "申请人", "申请部门", "提交时间", "审批状态", "审批意见", "供应商名称",
              "报价说明（供应商原文）", "明细序号", "费用项目", "费用类型", "金额（元）", "计税方式", "明细备注"]
TEMPLATE = "采购比价-供应商报价录入"
ZZB02_APPROVALS = [  # (审批编号, 提交时间, 状态, 审批意见, 供应商, 报价说明, [(费用项目, 费用类型, 金额, 计税方式, 明细备注)])
    ("202511280011", "2025-11-28 15:06", "已通过", "同意（刘总）：注意这家报价是不含税的",
     "巴彦淖尔临河信息技术有限公司",
     "以上报价均不含税，开具增值税专用发票，税费另计。等保三级备案证明15080243004-24012；身份证号、手机号、对公账号SM4加密；"
     "HTTPS（TLS1.2）；RBAC角色权限；操作日志保存12个月；对接人行征信中心、百行征信。免费维护12个月，含缺陷修复及小版本升级；"
     "一般政策调整免费，重大监管政策调整另行报价；7×24小时技术支持，2小时内响应；不提供终身技术咨询（维保期内咨询免费）；以上写入"
     "合同；维保期满后年服务费3.2万元/年；交付完整源码，无加密。",
     [("系统源码授权（企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、数据分析大屏）", "一次性", "215000.00", "不含税", ""),
      ("部署实施", "一次性", "25000.00", "不含税", ""),
      ("操作培训（2天）", "赠送", "0.00", "不含税", "免费")]),
    ("202512010007", "2025-12-01 09:42", "已通过", "同意（刘总）：资料齐全，备案证明已核原件",
     "呼伦贝尔海拉尔数科有限公司",
     "报价有效期60天。以上金额均为含税价（13%增值税专用发票）。等保三级：已取得，备案证明15070243012-24006；法人身份证号、手机号、"
     "对公账号SM4加密存储；全站HTTPS（TLS1.3）；RBAC角色权限；操作日志保存12个月，异常操作可追溯；征信接口：人行征信中心、百行征信。"
     "售后：首年免费维护，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，指定工程师1小时内响应；终身技术咨询；以上"
     "写入合同。交付：完整源代码，无加密，可二次开发。",
     [("系统源码授权（企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理）", "一次性", "228000.00", "含税", ""),
      ("部署实施（含历史数据迁移）", "一次性", "36000.00", "含税", ""),
      ("现场培训（3天）", "一次性", "12000.00", "含税", ""),
      ("首年维护", "赠送", "0.00", "含税", "首年免费"),
      ("商务优惠", "优惠", "-16000.00", "含税", "书面确认"),
      ("维保期满后年服务费", "每年", "26000.00", "含税", "第二年起按年支付")]),
    ("202512010019", "2025-12-01 14:20", "已通过", "同意：最便宜，但售后弱",
     "阿拉善巴彦浩特网络科技有限公司",
     "含税价。等保三级备案证明15290043006-23014；数据加密采用AES；有HTTPS；有权限管理；日志保存3个月；对接百行征信。免费维护半年，"
     "只修bug；政策调整另收费；工作日9:00-17:30技术支持，次日响应；不提供终身咨询；售后条款写入合同；源码完整交付。维保期后按次收费，"
     "每次4000元。",
     [("源码授权（企业征信、流水分析、电子合同、审批流、还款管理、用户管理）", "一次性", "98000.00", "含税", ""),
      ("部署实施", "一次性", "26000.00", "含税", ""),
      ("远程培训", "一次性", "8000.00", "含税", "")]),
    ("202512020003", "2025-12-02 10:15", "审批中", "高志强：价格最低、条款最全，建议选用；待刘总审批",
     "满洲里扎赉诺尔软件有限公司",
     "以上为含税价。等保三级已取得，备案证明15078143005-24009；身份证号、手机号、对公账号SM4加密；HTTPS；RBAC权限；日志保存12个月；"
     "对接人行征信中心、朴道征信。免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费；7×24小时支持，2小时内响应；终身技术咨询；"
     "写入合同；维保期满后年服务费2.4万元/年；交付完整源码，无加密。电子合同功能需另购第三方电子签章服务，费用以第三方报价为准，不在本"
     "报价内。",
     [("系统源码授权（企业征信、银行流水分析、风控审批、还款管理、用户管理）", "一次性", "206000.00", "含税", ""),
      ("部署实施", "一次性", "32000.00", "含税", ""),
      ("操作培训", "赠送", "0.00", "含税", ""),
      ("电子合同模块", "需另购", "", "", "需另购第三方电子签章服务，价格以第三方报价为准")]),
    ("202512020008", "2025-12-02 16:48", "已驳回", "驳回（财务部 王芳）：报价单未盖章，请补盖章后重新提交；等保证明也没给",
     "乌兰浩特兴安云科技有限公司",
     "一口价，含税。系统支持等保三级，可协助贵司完成等保测评；数据采用国密算法加密；全站HTTPS；多级权限管理；日志长期保存；支持对接"
     "主流征信机构。终身免费维护，7×24小时服务，第一时间响应；服务条款可以写入合同。提供源码（风控引擎、流水解析引擎加密）。",
     [("信贷系统全功能旗舰版授权（企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理）", "一次性", "268000.00", "含税", ""),
      ("区块链存证模块", "赠送", "0.00", "含税", "赠送"),
      ("海外支付通道", "赠送", "0.00", "含税", "赠送"),
      ("AI智能客服机器人", "赠送", "0.00", "含税", "赠送"),
      ("实施及培训", "赠送", "0.00", "含税", "")]),
    ("202512030002", "2025-12-03 08:55", "已撤销", "高志强撤销：对方来电放弃",
     "锡林浩特草原数据服务有限公司",
     "我司本次不参与报价，感谢邀请。",
     [("（无）", "", "", "", "")]),
]


def build_zzb02():
    name = "zzb_02_ml_qiwei_shenpi_mingxi_zhankai_gbk.csv"
    width = len(ZZB02_HEAD)
    pad = lambda row: row + [""] * (width - len(row))  # noqa: E731
    rows = [pad(["企业微信 审批数据导出｜模板：" + TEMPLATE + "｜导出方式：按明细展开｜导出时间：2025-12-04 16:32｜导出人：高志强"]),
            ZZB02_HEAD]
    for no, at, state, opinion, vendor, terms, lines in ZZB02_APPROVALS:
        for i, (item, kind, amount, tax, remark) in enumerate(lines, start=1):
            row = [no, TEMPLATE, "高志强", "业务发展部", at, state, opinion, vendor, terms, str(i), item, kind, amount, tax, remark]
            assert len(row) == width, vendor
            rows.append(row)
    rows += [pad([]),
             pad(["备注（财务部 王芳，另存为CSV时补）：按审批逐条明细导出，主表字段在每条明细上重复；“费用类型”由录入人按报价单填写。"
                  "我司只做乌兰察布本地小微企业及个体工商户经营贷，无跨境业务，预算25～35万元。"])]
    write_csv(name, rows, "gbk")

    top = good("呼伦贝尔海拉尔数科有限公司", 260000,
               "approval 202512010007 (已通过), six lines: 源码授权 228,000 + 部署实施 36,000 + 现场培训 12,000 + 首年维护 0 (赠送) + 商务优惠 "
               "-16,000 = 260,000, 含税 on every line and in its 报价说明 ('以上金额均为含税价') — inside 25–35万; the '每年' line '维保期满后年"
               "服务费 26000.00' is the yearly fee after the warranty, never part of the price; modules in the licence line's bracket: 企业征信, "
               "银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理, no bloat; 报价说明 (repeated on every line, read once): '已取得，备案证明"
               "15070243012-24006' (stated), SM4 on 法人身份证号/mobile/对公账号, HTTPS TLS1.3, RBAC, logs 12 months with tracing, 人行 + "
               "百行, '首年免费维护' = 12 months with 小版本升级, free policy adaptation, 7×24 with a named engineer within 1 hour, lifetime "
               "consulting, '以上写入合同', full unencrypted source; '报价有效期60天' is no price.",
               ML + CORE + ["repayment_management"], response_hours=1, annual_fee_after_warranty_cny=26000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="满洲里扎赉诺尔软件有限公司", gate="unverified", price=238000,
             why="approval 202512020003 (审批中): 源码授权 206,000 + 部署实施 32,000 + 操作培训 0 (赠送) = 238,000 含税 (below the 25–35万 "
                 "band, above 15万: no price flag); the licence line lists 企业征信, 银行流水分析, 风控审批, 还款管理, 用户管理 but NOT 电子合同: "
                 "line 4 '电子合同模块 | 需另购' has no amount and its remark and the 报价说明 say '需另购第三方电子签章服务，费用以第三方报价为准，"
                 "不在本报价内' — a must-have offered only at a price not given: the must-have gate is unverified and nothing can be added "
                 "(conditional); everything else stated and good: '已取得，备案证明15078143005-24009', SM4 on ID/mobile/对公账号, HTTPS, RBAC, "
                 "12 months logs, 人行 + 朴道, 12 months with 小版本升级, policy free, 7×24 within 2 hours, consulting, contract, '2.4万元/年' = "
                 "24,000, full unencrypted source. 高志强's '价格最低、条款最全，建议选用' is the buyer's.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated"),
             fin=["enterprise_credit", "cashflow_analysis"] + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + AFTER_BAD),
        dict(vendor="巴彦淖尔临河信息技术有限公司", gate="pass", price=271200,
             why="approval 202511280011 (已通过): 源码授权 215,000 + 部署实施 25,000 + 操作培训 0 (赠送) = 240,000, every line '不含税' and "
                 "the 报价说明 '以上报价均不含税…税费另计' naming no rate: the default 13%, 240,000 × 1.13 = 271,200 inside 25–35万; licence "
                 "bracket: 企业征信, 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理 plus 数据分析大屏 (deferrable), no bloat; '等保三级备案"
                 "证明15080243004-24012' (stated); SM4 on ID/mobile/对公账号; HTTPS TLS1.2; RBAC; 12 months logs; 人行 + 百行; 12 months with "
                 "小版本升级; '一般政策调整免费，重大监管政策调整另行报价' (conditional: charged at the base price); 7×24 within 2 hours; '不提供"
                 "终身技术咨询' (no); contract; '3.2万元/年' = 32,000; full unencrypted source. 刘总's 审批意见 is the buyer's.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=False,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", policy_adaptation_free="conditional", lifetime_consulting="stated"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged", "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "policy_adaptation_charged", "no_lifetime_consulting")),
        dict(vendor="乌兰浩特兴安云科技有限公司", gate="unverified", price=268000,
             why="approval 202512020008, 已驳回 by finance for a missing seal — a rejected approval is still the vendor's quote: 全功能旗舰版"
                 "授权 268,000 含税 ('一口价，含税') plus four 0 lines = 268,000 inside 25–35万 (no price flag); licence bracket: 企业征信, 银行流水"
                 "分析, 电子合同, 风控审批, 还款管理, 用户管理; the 赠送 lines give away 区块链存证模块, 海外支付通道, AI智能客服机器人 (bloat; no "
                 "cross-border business); 报价说明: '系统支持等保三级，可协助贵司完成等保测评' (claimed: unverified), '国密算法' (which? claimed), "
                 "HTTPS stated, '多级权限管理' states nothing, '日志长期保存' (claimed), '支持对接主流征信机构' (no body: claimed), '终身免费维护' "
                 "(claimed lifetime), '7×24小时服务' stated, '第一时间响应' and '可以写入合同' (willing, not written) state nothing; '提供源码"
                 "（风控引擎、流水解析引擎加密）' is partial.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence", "overseas_payment", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="阿拉善巴彦浩特网络科技有限公司", gate="pass", price=132000,
             why="approval 202512010019 (已通过): 源码授权 98,000 + 部署实施 26,000 + 远程培训 8,000 = 132,000 含税 (caution zone: cheaper is "
                 "not better); licence bracket: 企业征信, 流水分析, 电子合同, 审批流, 还款管理, 用户管理 (every must-have); '等保三级备案证明"
                 "15290043006-23014' (stated: gate met); 'AES' (no SM4); HTTPS; 权限管理 '有'; '日志保存3个月' (under 6); 百行征信; '免费维护"
                 "半年，只修bug' (6 months, no upgrades); '政策调整另收费' (charged); '工作日9:00-17:30技术支持，次日响应' (no 7×24, over 2 h; "
                 "the times are no figures); '不提供终身咨询'; '售后条款写入合同'; '源码完整交付'; '按次收费，每次4000元' (per incident, no yearly "
                 "amount).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w"] + WEAK_IN,
             flex=["price_below_10w"] + WEAK_EX + ["source_partial", "source_licence_only"]),
    ]
    write_toml(
        "zzb_02_ml_qiwei_shenpi_mingxi_zhankai_gbk.toml",
        """Voice: 高志强 of the 业务发展部 at 乌兰察布集宁金桥小额贷款 (local small-business and 个体工商户 operating loans, no
  cross-border business, budget 25～35万) registers each vendor's quote as a 企业微信 approval '采购比价-供应商报价录入', typing the
  quote's lines into the form's 明细 and pasting the vendor's terms into '报价说明（供应商原文）'; 刘总 and finance (王芳) approve. The
  审批状态, the 审批意见 (刘总's, 王芳's, 高志强's own recommendation) and 王芳's note under the data are the buyer's.
Layout: CSV, GBK, CRLF — an export banner line (template, '导出方式：按明细展开', export time, exporter), a header 审批编号 | 模板名称 |
  申请人 | 申请部门 | 提交时间 | 审批状态 | 审批意见 | 供应商名称 | 报价说明（供应商原文） | 明细序号 | 费用项目 | 费用类型 | 金额（元） |
  计税方式 | 明细备注, then ONE ROW PER (APPROVAL, 明细 LINE): every main-form field — the approval number, state, opinions, vendor
  and its whole 报价说明 — REPEATED ON EVERY LINE of that vendor; 费用类型 一次性 / 赠送 / 优惠 / 每年 / 需另购; amounts in 元 with two
  decimals ('0.00' on gift lines, '-16000.00' for a discount, empty for a line not priced); approvals in order of submission;
  a blank line and 王芳's note.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: each approval is ONE quote however many lines it has — its repeated 报价说明 is one statement read once, never six, and its
  lines are the items of the price: 海拉尔 228,000 + 36,000 + 12,000 + 0 − 16,000 = 260,000 (the negative 商务优惠 is summed; the
  '每年' line 26,000 is the fee after the warranty, never added); gift lines at 0 add nothing but name modules given away (兴安云's
  区块链存证模块, 海外支付通道, AI智能客服机器人: bloat); 临河's lines are all 不含税 with no rate: 240,000 × 1.13 = 271,200; the
  decisive trap — 扎赉诺尔 (238,000, every answer proved, 高志强's recommendation) has no 电子合同 in its licence and offers it only
  as '需另购' with no amount ('价格以第三方报价为准'): a merchant-loan must-have with no price, so its gate is unverified and the pick
  is 海拉尔; 兴安云's approval was 已驳回 for a missing seal — still its quote, and it only claims ('系统支持等保三级，可协助贵司完成
  等保测评', '国密算法', '长期保存', '主流征信机构', '终身免费维护'); 巴彦浩特 is 132,000 (caution zone) with AES, 3-month logs and
  半年 = 6 months bug-only; 草原数据's approval is 已撤销 and its only words decline (not listed); the 审批编号, dates, '报价有效期
  60天', filing numbers, '9:00-17:30' and '4000元' per incident are no prices.""",
        "merchant_loan", [name], "呼伦贝尔海拉尔数科有限公司",
        "海拉尔 (approval 202512010007) proves every gate in its 报价说明 (备案证明15070243012-24006, SM4 on ID/mobile/对公账号, HTTPS "
        "TLS1.3, RBAC, 12-month logs with tracing, 人行 + 百行), has every merchant-loan must-have in its licence line and no bloat, and "
        "gives 首年 free maintenance with upgrades, free policy adaptation, 7×24 within 1 hour by a named engineer, lifetime consulting, "
        "all in the contract, full unencrypted source — at 260,000 含税 after its 16,000 discount, inside 25–35万 (3 years 260,000 + "
        "2 × 26,000 = 312,000). 扎赉诺尔 looks cheaper (238,000) and is 高志强's recommendation, but its e-contract module is '需另购' "
        "with no price (unverified); 临河 is 271,200 (不含税 at 13%), charges major policy changes and gives no lifetime consulting; "
        "兴安云 (268,000, 已驳回) only claims and pads with three bloat modules; 巴彦浩特 is 132,000 in the caution zone with weak "
        "after-sales; 草原数据 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zzb_03  消费分期 — 西宁城北河湟小额贷款's 风控部 马晓东 keeps one summary row per vendor and groups each vendor's detail rows under
#         it with Excel's 组合 (outline), collapsed before sending: only the summaries show until '+' is clicked. The 风控部意见
#         column, his note and his 小结 are the buyer's.
# ---------------------------------------------------------------------------------------------
ZZB03_HEAD = ["序号", "供应商", "报价", "计税", "明细项", "供应商原文（摘自报价单/答疑函）", "风控部意见"]
DETAIL_ITEMS = ["功能模块", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存", "征信接口", "售后服务", "维保期满后年费",
                "源码交付"]
ZZB03_VENDORS = [  # (序号, 供应商, 报价, 计税, 风控部意见, {明细项: 原文}, {明细项: 风控部 note})
    ("1", "塔城额敏软件有限公司", "21.6w", "含税", "韩总推荐：功能最全，报价较低",
     {"功能模块": "商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理、积分商城、AI智能客服",
      "等保三级": "三级测评中，测评机构已进场，预计2026年3月取得备案证明",
      "数据加密": "身份证号、手机号、银行卡号SM4加密",
      "传输加密": "全站HTTPS（TLS1.2）",
      "权限管理": "RBAC角色权限，按岗位分配",
      "日志保存": "12个月，异常操作留痕可追溯",
      "征信接口": "百行征信",
      "售后服务": "免费维护一年，含bug修复和小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；终身技术咨询；以上写入合同",
      "维保期满后年费": "2.4w/年",
      "源码交付": "完整源码，无加密，可二次开发"},
     {"等保三级": "证书还没下来"}),
    ("2", "阿勒泰布尔津信息技术有限公司", "23.8w", "含税", "资料齐全，价格在预算内",
     {"功能模块": "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理",
      "等保三级": "已取得，备案证明65430243008-24013（2024年取得）",
      "数据加密": "SM4（身份证号、手机号、银行卡号）",
      "传输加密": "HTTPS",
      "权限管理": "RBAC角色权限",
      "日志保存": "保存一年，可追溯异常操作",
      "征信接口": "百行征信、朴道征信",
      "售后服务": "免费维护一年（含bug修复和小版本升级）；监管政策调整免费适配；7×24小时技术支持，2小时内到人响应；终身技术咨询；"
                  "以上写入合同",
      "维保期满后年费": "2.5w/年",
      "源码交付": "完整源码，无加密，可二次开发"},
     {"等保三级": "已核原件"}),
    ("3", "和田玉龙网络科技有限公司", "22.6w", "含税（订单跟踪另计）", "订单跟踪要另买",
     {"功能模块": "商品管理、分期计算器、还款管理、风控审批、用户管理；订单跟踪模块需另购，另加1.8w（不含税）",
      "等保三级": "已取得，备案证明65320043011-24004",
      "数据加密": "SM4（身份证号、手机号）",
      "传输加密": "HTTPS（TLS1.2）",
      "权限管理": "有，RBAC",
      "日志保存": "12个月",
      "征信接口": "百行征信",
      "售后服务": "免费维护12个月，含缺陷修复及小版本升级；政策调整免费适配；技术支持5×8小时（工作日），4小时内响应；提供终身技术咨询；"
                  "以上写入合同",
      "维保期满后年费": "2.2w/年",
      "源码交付": "完整源码，可二次开发"},
     {}),
    ("4", "吐鲁番高昌云科技有限公司", "19.6w", "不含税（税费另计）", "不含税，升级要另收钱",
     {"功能模块": "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理、社交分享",
      "等保三级": "已取得三级，备案证明65040243006-24015",
      "数据加密": "SM4加密身份证号、手机号",
      "传输加密": "HTTPS",
      "权限管理": "RBAC",
      "日志保存": "保存6个月",
      "征信接口": "",
      "售后服务": "免费维护12个月，仅含bug修复，小版本升级另计；一般政策调整免费，重大监管政策调整另行报价；7×24小时技术支持，2小时内"
                  "响应；不提供终身技术咨询；售后条款写入合同",
      "维保期满后年费": "2.0w/年",
      "源码交付": "提供源码，核心计算引擎加密"},
     {"征信接口": "未答复"}),
    ("5", "那曲色尼数据服务有限公司", "13.6w", "含税", "便宜，但只给授权",
     {"功能模块": "商品管理、分期计算器、订单跟踪、还款管理、审批流、用户管理",
      "等保三级": "已取得，备案证明54060043002-23008",
      "数据加密": "AES加密",
      "传输加密": "HTTPS",
      "权限管理": "有",
      "日志保存": "半年",
      "征信接口": "百行征信",
      "售后服务": "免费维护3个月，版本升级除外；政策调整按次收费；工作日技术支持，次日响应；不提供终身技术咨询；售后条款写入合同",
      "维保期满后年费": "按次收费，每次3000元",
      "源码交付": "仅授权使用，授权绑定服务器，不交付源代码"},
     {}),
    ("6", "玉树结古科技有限公司", "—", "—", "放弃",
     {"回复": "12月1日电话告知、12月2日邮件确认：我司本次不参与报价。"},
     {}),
]


def build_zzb03():
    name = "zzb_03_ci_fenji_zhedie_mingxi.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "比选汇总"
    n = len(ZZB03_HEAD)
    widths(ws, [6, 28, 10, 18, 14, 62, 24])
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=True)
    _text(ws, 1, 1, n, "西宁城北河湟小额贷款有限公司　消费分期系统源码供应商比选汇总", font=TITLE, height=24)
    _text(ws, 2, 1, n,
          "风控部 马晓东，2025-12-03。每家一行汇总；点击左侧“+”号展开该家明细（明细为各家报价单及答疑函原文摘录）。报价单位：w=万元。"
          "我司只做西宁本地家电、摩托车及手机消费分期，无跨境业务，预算20–30万。", height=34)
    put_row(ws, 3, ZZB03_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[3].height = 30
    r = 4
    for no, vendor, price, tax, opinion, details, notes in ZZB03_VENDORS:
        put_row(ws, r, [no, vendor, price, tax, None, None, opinion], font=BOLD, fill=GREY)
        ws.cell(row=r, column=7).fill = YELLOW
        for col in (5, 6):
            ws.cell(row=r, column=col).border = BOX
            ws.cell(row=r, column=col).fill = GREY
        ws.row_dimensions[r].height = 20
        summary = r
        for item, words in details.items():
            r += 1
            put_row(ws, r, [None, None, None, None, item, words or None, notes.get(item)])
            for col in range(1, n + 1):
                ws.cell(row=r, column=col).border = BOX
            ws.row_dimensions[r].height = 16 + 15 * (len(words) // 34)
        if r > summary:
            ws.row_dimensions.group(summary + 1, r, outline_level=1, hidden=True)
        ws.row_dimensions[summary].collapsed = True
        r += 1
    ws.sheet_format.outlineLevelRow = 1
    r += 1
    _text(ws, r, 1, n,
          "小结（马晓东）：韩总倾向额敏（21.6w，功能最全）；布尔津资料最全、价格在预算内；玉龙订单跟踪要另买；高昌云是不含税价；"
          "色尼最便宜但不给源码；结古放弃。", font=BOLD, height=32)
    ws.freeze_panes = "C4"
    _save(wb, name)

    top = good("阿勒泰布尔津信息技术有限公司", 238000,
               "summary row 序号2: '23.8w' with 计税 '含税' = 238,000 inside 20–30万; its collapsed detail rows (hidden, outline level 1): "
               "功能模块 '商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理' (every instalment must-have, no bloat); 等保三级 '已取得，"
               "备案证明65430243008-24013（2024年取得）' (stated); SM4 on ID/mobile/bank card; HTTPS; RBAC; '保存一年' = 12 months with tracing; "
               "百行 + 朴道; 售后服务 '免费维护一年（含bug修复和小版本升级）' = 12 months with upgrades, free policy adaptation, 7×24, '2小时内到人"
               "响应' = 2 h, lifetime consulting, '以上写入合同'; '2.5w/年' = 25,000; '完整源码，无加密，可二次开发'. '已核原件' and '资料齐全' "
               "are the 风控部's.",
               CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=25000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="塔城额敏软件有限公司", gate="unverified", price=216000,
             why="summary row 序号1 (visible): '21.6w' 含税 = 216,000 inside 20–30万, 韩总推荐 (the buyer's); its hidden detail rows: every "
                 "instalment must-have with 还款计划及提醒, 风控审批, 用户管理, 积分商城 (deferrable) and 'AI智能客服' (bloat); 等保三级 '三级测评中，"
                 "测评机构已进场，预计2026年3月取得备案证明' — in progress: not certified today (false, claimed) and the gate unverified, never "
                 "failed; everything else stated and good: SM4 on ID/mobile/bank card, HTTPS TLS1.2, RBAC, 12 months logs with tracing, 百行, "
                 "'免费维护一年' with upgrades, policy free, 7×24 within 2 hours, consulting, contract, '2.4w/年' = 24,000, full unencrypted "
                 "source. '证书还没下来' is the 风控部's.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", audit_log_months="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall", "ai_customer_service"],
             fex=["blockchain_evidence", "metaverse_marketing", "overseas_payment"],
             flin=["claimed", "bloat_features"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "bloat_features")),
        dict(vendor="和田玉龙网络科技有限公司", gate="pass", price=246340,
             why="summary row 序号3: '22.6w', 计税 '含税（订单跟踪另计）' = 226,000; hidden 功能模块 '…；订单跟踪模块需另购，另加1.8w（不含税）' — "
                 "the must-have order tracking as an option added with 13% VAT beside a tax-inclusive price (conditional): 226,000 + 18,000 "
                 "× 1.13 = 226,000 + 20,340 = 246,340 inside 20–30万; 商品管理, 分期计算器, 还款管理, 风控审批, 用户管理; '已取得，备案证明"
                 "65320043011-24004'; SM4 on ID/mobile; HTTPS TLS1.2; RBAC; 12 months logs; 百行; 12 months with 小版本升级; policy free; "
                 "'技术支持5×8小时（工作日），4小时内响应' (no 7×24, 4 h); consulting; contract; '2.2w/年' = 22,000; '完整源码，可二次开发'.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", support_7x24="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "no_7x24", "response_over_2h")),
        dict(vendor="吐鲁番高昌云科技有限公司", gate="pass", price=221480,
             why="summary row 序号4: '19.6w', 计税 '不含税（税费另计）' naming no rate: the default 13%, 196,000 × 1.13 = 221,480 inside 20–30万; "
                 "hidden rows: every instalment must-have plus 社交分享 (deferrable), no bloat; '已取得三级，备案证明65040243006-24015' (stated); "
                 "SM4 on ID/mobile; HTTPS; RBAC; '保存6个月' (not under 6); 征信接口 BLANK (unknown, never a no; the 风控部's '未答复' is theirs); "
                 "'免费维护12个月，仅含bug修复，小版本升级另计' (upgrades not in the base price); '一般政策调整免费，重大监管政策调整另行报价' "
                 "(conditional: charged at the base price); 7×24 within 2 hours; '不提供终身技术咨询'; contract; '2.0w/年' = 20,000; '提供源码，"
                 "核心计算引擎加密' (partial).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau="null", free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=False,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=20000, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", licensed_credit_bureau="unknown", maintenance_includes_upgrades="conditional",
                         policy_adaptation_free="conditional", lifetime_consulting="stated"),
             fin=CI + CORE + ["repayment_management", "social_sharing"], fex=BLOAT,
             flin=["conditional", "unconfirmed", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                   "no_lifetime_consulting", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "no_licensed_credit_bureau", "maintenance_under_12m", "no_7x24", "response_over_2h", "not_in_contract",
                            "bloat_features", "source_licence_only"]),
        dict(vendor="那曲色尼数据服务有限公司", gate="pass", price=136000,
             why="summary row 序号5: '13.6w' 含税 = 136,000 (caution zone: cheaper is not better); hidden rows: 商品管理, 分期计算器, 订单跟踪, "
                 "还款管理, 审批流, 用户管理 (every must-have); '已取得，备案证明54060043002-23008' (stated: gate met); 'AES加密' (no SM4); HTTPS; "
                 "权限管理 '有'; 日志 '半年' = 6 months (not under 6); 百行征信; '免费维护3个月，版本升级除外' (3 months, upgrades excluded); '政策"
                 "调整按次收费' (charged); '工作日技术支持，次日响应' (no 7×24, over 2 h); '不提供终身技术咨询'; '售后条款写入合同'; '按次收费，每次"
                 "3000元' (per incident, no yearly amount); '仅授权使用，授权绑定服务器，不交付源代码' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "source_licence_only"] + _but(WEAK_IN, "audit_log_under_6m"),
             flex=["price_below_10w", "audit_log_under_6m"] + WEAK_EX + ["source_partial"]),
    ]
    write_toml(
        "zzb_03_ci_fenji_zhedie_mingxi.toml",
        """Voice: 马晓东 of the 风控部 at 西宁城北河湟小额贷款 (local appliance, motorbike and phone instalments, no cross-border
  business, budget 20–30万) on 2025-12-03; the detail rows hold the vendors' words copied from their 报价单 and 答疑函, the
  summary rows' price and tax are his copy of the quotes, the 风控部意见 column (with 韩总's recommendation), his detail notes
  ('已核原件', '证书还没下来', '未答复') and his 小结 are the buyer's.
Layout: one sheet '比选汇总' — title, his note row ('点击左侧“+”号展开该家明细'; 'w=万元'), a header 序号 | 供应商 | 报价 | 计税 | 明细项 |
  供应商原文（摘自报价单/答疑函） | 风控部意见, then per vendor ONE VISIBLE SUMMARY ROW (序号, full name, '21.6w', 计税, his verdict;
  明细项 and 原文 empty) followed by its DETAIL ROWS — 功能模块, 等保三级, 数据加密, 传输加密, 权限管理, 日志保存, 征信接口, 售后服务,
  维保期满后年费, 源码交付, the vendor's words under 原文, 序号 and 供应商 left empty — GROUPED WITH EXCEL'S OUTLINE (level 1,
  summary above the details) AND COLLAPSED: the detail rows are hidden in the file; the sixth vendor's single detail row '回复' says
  it declined; his 小结 under the table. Frozen at C4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the hidden rows are NOT earlier rounds or scrap — they are the only place the modules, 等保, encryption, logs, bureau,
  after-sales and source are written, and each belongs to the summary row above it (the vendor is named once, on the summary row);
  '21.6w' is 216,000; the decisive trap — 额敏 (韩总's recommendation, 216,000, every other answer proved) says in a hidden row
  '三级测评中…预计2026年3月取得备案证明': in progress, unverified, so 布尔津 (备案证明65430243008-24013) is the pick; 玉龙's must-have
  订单跟踪 is '需另购，另加1.8w（不含税）' beside a 含税 price: 226,000 + 18,000 × 1.13 = 246,340 (conditional, added); 高昌云's '19.6w'
  不含税 with no rate is 221,480, its 征信接口 cell is blank (unknown, never a no — the 风控部's '未答复' is no vendor's word), its
  upgrades '另计' and major policy changes '另行报价' (conditional), its core engine encrypted (partial); 色尼 is 136,000 (caution
  zone), '半年' of logs is 6 months (not under 6), '版本升级除外', licence locked to a server; 结古 declined (not listed); '一年' is 12
  months; the filing numbers, '2024年', '2026年3月' and '3000元' per incident are no prices.""",
        "consumer_installment", [name], "阿勒泰布尔津信息技术有限公司",
        "布尔津 (序号2, read from its collapsed detail rows) proves every gate (备案证明65430243008-24013, SM4 on ID/mobile/bank card, "
        "HTTPS, RBAC, logs kept a year with tracing, 百行 + 朴道), has every instalment must-have and no bloat, and gives a year of "
        "maintenance with upgrades, free policy adaptation, 7×24 within 2 hours to a person, lifetime consulting, all in the contract, "
        "full unencrypted source — at 238,000 含税 inside 20–30万 (3 years 238,000 + 2 × 25,000 = 288,000). 韩总's pick 额敏 is cheaper "
        "(216,000) and as good on paper, but its 等保三级 is still '测评中' (unverified) and it adds an AI customer-service bot; 玉龙 is "
        "246,340 only with its order-tracking option and offers 5×8 within 4 hours; 高昌云 is 221,480 (不含税 at 13%) with upgrades and "
        "major policy changes charged, no lifetime consulting, an encrypted core and no bureau named; 色尼 is 136,000 in the caution "
        "zone with a server-locked licence; 结古 declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zzb01, build_zzb02, build_zzb03):
        build()
    print("built zzb_01 … zzb_03 into", HERE)
