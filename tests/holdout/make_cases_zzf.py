"""Build the "zzf" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a credit clerk's comparison made to be read on the chairman's phone — vendors down the rows, and
EACH VENDOR'S WHOLE WRITTEN QUOTE PACKED INTO ONE CELL as nineteen values separated by vertical bars, in an order given ONLY by a
'（填写格式）' legend row under the header ('报价 | 计税 | 功能模块 | … | 源码交付'); a value the vendor did not give is an empty slot
between two bars, one vendor's cell was typed with the full-width bar '｜', the declining vendor's cell holds no bars at all, and
the clerk's own remarks sit in a column beside (zzf_01); a homemade purchasing ledger's MySQL table dumped by the IT clerk with
`mysql -B -e "SELECT …" > file.csv` — TAB-separated although the file is named .csv, UTF-8 without BOM, LF, no quoting at all,
NULL for an empty column, line breaks inside a text column written as the two characters '\\n', ASCII commas inside the values
(module lists, sentences), the joined project name and budget repeated on every row, the ledger's own columns (id, 录入人,
内部备注, is_deleted, created_at, updated_at) beside the vendor's; a soft-deleted test record, one vendor's first record marked
'已撤回' and its later record '重新报价', and a vendor whose record says it gave up (zzf_02); a LibreOffice Calc .ods saved on a
信创 desktop: the buyer's 《供应商报价及服务承诺函》 is a fill-in-the-blank template, and the purchasing clerk lays it out clause by
clause — the template's sentence with its '____' in column B, each vendor's FILL-IN ONLY in its own column (a bare '12' under
'免费维护期为验收合格之日起____个月', '三' under '…等级保护____级备案', ☑/□ copied as ticked), the vendors named by SHORT names
in the header and in full only in the 落款 row '供应商名称（盖章）'; vendors that rewrote or struck a clause ('本条改为：…',
'（本条删除）') are copied as they wrote it, and the clerk's 核对 column and recommendation are the buyer's (zzf_03). The
expected reading of every file is in the matching zzf_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzf.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zzf_
"""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, BOX, CENTER, GREY, TITLE, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, FIXED, LEFT, ML, NOGATE, PC, _save, good, write_toml  # noqa: E402

# a vendor that only boasts must not be failed, priced out or marked down on what it never stated
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]
ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
ITALIC_GREY = Font(italic=True, color="595959")


def _but(flags, *drop):
    return [f for f in flags if f not in drop]


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _text(ws, r, c1, c2, text, *, font=None, height=None, align=None):
    c = ws.cell(row=r, column=c1, value=text)
    c.alignment = align or LEFT
    c.font = font or Font()
    if c2 > c1:
        ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    if height:
        ws.row_dimensions[r].height = height


# ---------------------------------------------------------------------------------------------
# zzf_01  个人信用贷 — 辛集市恒信小额贷款's 信贷部 贾文静 packs each vendor's written quote into ONE cell, nineteen values split by
#         vertical bars, so the chairman can read the sheet on his phone without scrolling sideways; the order is in a legend row.
# ---------------------------------------------------------------------------------------------
ZZF01_LEGEND = ["报价", "计税", "功能模块", "另计/赠送", "等保三级", "敏感数据加密", "传输加密", "权限管理", "日志保存", "征信接口",
                "免费维护期", "维护范围", "政策适配", "技术支持", "响应时间", "终身咨询", "写入合同", "过保年费", "源码交付"]
ZZF01_ROWS = [  # (序号, 供应商, the nineteen values or a plain text, separator, 收到日期, 贾文静's remark)
    ("1", "邯郸峰峰数科有限公司", [
        "19.8万", "含税", "个人征信、智能风控、反欺诈、还款管理、审批流、用户管理", "无",
        "符合等保三级要求，可协助客户通过测评", "国密算法加密", "HTTPS", "RBAC", "6个月", "支持对接主流征信机构",
        "终身免费维护", "bug修复及小版本升级", "免费", "7×24小时", "2小时内", "提供", "可以写进合同", "无（终身免费）", "完整源码"],
     "|", "11-21", "董事长倾向这家；等保证书还没给"),
    ("2", "邢台临城软件有限公司", [
        "19.5万", "不含税", "个人征信查询（百行征信、朴道征信）、反欺诈模型、还款管理、风控审批、用户管理",
        "风控模型为选配模块，另加2.2万（不含税）", "已取得三级，备案证明13052343008-24011", "SM4（身份证号、手机号）", "HTTPS",
        "RBAC", "12个月", "百行征信、朴道征信", "6个月", "仅修复缺陷，版本升级另计", "一般调整免费，重大监管政策调整另行报价",
        "工作日9:00-18:00", "4小时内", "提供", "写入合同", "2.8万/年", "完整源码"],
     "｜", "11-24", "报价数字最低（19.5万）"),
    ("3", "沧州泊头信息技术有限公司", [
        "23.2万", "含税（13%专票）",
        "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、用户管理",
        "无", "已取得，备案证明13098143011-24006", "身份证号、手机号、银行卡号SM4加密存储", "全站HTTPS（TLS1.2）", "RBAC角色权限",
        "保存12个月，异常操作可追溯", "人行征信中心、百行征信", "一年", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24小时",
        "2小时内，指定工程师", "提供终身技术咨询", "以上全部写入合同", "2.5万/年", "完整源代码，无加密，可二次开发"],
     "|", "11-22", "演示最顺，业务员是本地人"),
    ("4", "衡水武强网络科技有限公司", [
        "21.6万", "含税", "个人征信（百行征信）、风控模型、反欺诈、还款计划及提醒、风控审批、用户管理", "赠送区块链存证、元宇宙营销厅",
        "三级测评中，预计2026年3月取得备案证明", "SM4（身份证号、手机号、银行卡号）", "全站HTTPS", "RBAC", "", "百行征信", "12个月",
        "缺陷修复及小版本升级", "免费", "7×24小时", "1小时内", "提供", "写入合同", "2.2万/年", "提供源码，核心风控引擎加密"],
     "|", "11-24", "送两个模块"),
    ("5", "承德宽城云科技有限公司", [
        "9.8w", "含税", "个人征信查询、还款管理、审批流、用户管理；送AI智能客服", "风控模型需二次开发，另行报价",
        "二级（已备案），三级暂无计划", "AES加密", "HTTPS", "有", "3个月", "百行征信", "3个月", "只修bug", "按次收费", "5×8（工作日）",
        "次日响应", "不提供", "不写入合同", "按次收费，每次3000元", "仅授权使用，授权绑定域名"],
     "|", "11-25", "太便宜了，不敢用"),
    ("6", "张家口蔚县数据服务有限公司", "不参与（11-24回函：近期项目排满，本次不报价）", None, "11-24", ""),
]


def build_zzf01():
    name = "zzf_01_pc_shuxian_fenge_yige.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "询价汇总（手机版）"
    widths(ws, [6, 22, 96, 10, 22])
    _text(ws, 1, 1, 5, "辛集市恒信小额贷款有限公司　个人信用贷系统源码询价汇总（手机版）", font=TITLE, height=26,
          align=Alignment(horizontal="center", vertical="center"))
    _text(ws, 2, 1, 5,
          "信贷部 贾文静 2025-11-26 整理，给董事长在手机上看：每家的书面报价压成一格（C列），各项之间用竖线“|”隔开，顺序见第4行"
          "“填写格式”；对方没写的项目留空（两条竖线中间什么也没有）。E列是我自己的备注。", height=44)
    put_row(ws, 3, ["序号", "供应商", "报价及条款（按第4行格式，竖线分隔）", "收到日期", "备注（贾文静）"], font=BOLD, fill=BLUE,
            align=CENTER)
    put_row(ws, 4, ["格式", "（填写格式）", " | ".join(ZZF01_LEGEND), "", "共19项"], font=ITALIC_GREY, fill=GREY)
    r = 5
    for seq, vendor, parts, sep, date, note in ZZF01_ROWS:
        if isinstance(parts, list):
            assert len(parts) == len(ZZF01_LEGEND), vendor
            assert all("|" not in p and "｜" not in p for p in parts), vendor
            packed = sep.join(parts)
        else:
            packed = parts
        put_row(ws, r, [seq, vendor, packed, date, note])
        ws.cell(row=r, column=5).font = ITALIC_GREY
        ws.row_dimensions[r].height = 15 * (1 + len(packed) // 52)
        r += 1
    r += 1
    _text(ws, r, 1, 5,
          "说明：C列内容均摘自各家书面报价单或盖章回函（11-21至11-25收到）。我司只做辛集本地个人信用贷，无跨境业务，预算18–25万元。",
          height=30)
    _text(ws, r + 1, 1, 5, "董事长意见（11-27）：峰峰最便宜，让他们把等保证书发过来，没问题就定峰峰。", font=ITALIC_GREY, height=20)
    ws.freeze_panes = "C5"
    _save(wb, name)

    top = good("沧州泊头信息技术有限公司", 232000,
               "C7, read slot by slot against the legend in C4: 报价 '23.2万' with 计税 '含税（13%专票）' = 232,000 inside 18–25万; 功能模块 "
               "'个人征信查询（人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、用户管理' (every "
               "personal-credit must-have with anti-fraud), 另计/赠送 '无' (no bloat); 等保三级 '已取得，备案证明13098143011-24006' "
               "(stated); SM4 on ID/mobile/bank card; '全站HTTPS（TLS1.2）'; 'RBAC角色权限'; '保存12个月，异常操作可追溯'; 人行征信中心 + "
               "百行; 免费维护期 '一年' = 12 months; '缺陷修复及小版本升级'; '监管政策调整免费适配'; '7×24小时'; '2小时内，指定工程师'; "
               "'提供终身技术咨询'; '以上全部写入合同'; '2.5万/年' = 25,000; '完整源代码，无加密，可二次开发'. E7 '演示最顺…' is the clerk's.",
               PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=25000, source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor="邯郸峰峰数科有限公司", gate="unverified", price=198000,
             why="C5 (slots by C4): '19.8万' '含税' = 198,000 inside 18–25万 (the chairman's pick — E5 and the 董事长意见 under the "
                 "table are the buyer's); modules 个人征信, 智能风控, 反欺诈, 还款管理, 审批流, 用户管理 (every must-have), 另计 '无'; slot 5 "
                 "'符合等保三级要求，可协助客户通过测评' (claimed: unverified — the decisive trap); '国密算法加密' (which? claimed); HTTPS; "
                 "RBAC; '6个月' (not under 6); '支持对接主流征信机构' (no body: claimed); '终身免费维护' (the lifetime boast: claimed, 12 "
                 "months); 'bug修复及小版本升级'; policy '免费'; '7×24小时'; '2小时内'; 咨询 '提供'; '可以写进合同' (willing, not written: "
                 "claimed); '无（终身免费）'; '完整源码'.",
             values=dict(tls=True, access_control=True, audit_log_months=6, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", commitments_in_contract="claimed"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["claimed"],
             flex=CLAIM_FLEX + ["no_access_control", "audit_log_under_6m", "maintenance_excludes_upgrades",
                                "policy_adaptation_charged", "response_over_2h", "no_lifetime_consulting", "bloat_features",
                                "source_partial", "source_licence_only", "no_anti_fraud"]),
        dict(vendor="邢台临城软件有限公司", gate="pass", price=245210,
             why="C6, typed with the FULL-WIDTH bar '｜' (the same nineteen slots): '19.5万' with '不含税' and no rate — the 13% default; "
                 "its module list lacks the must-have 风控模型, which slot 4 offers as '风控模型为选配模块，另加2.2万（不含税）' — added "
                 "(conditional): (195,000 + 22,000) × 1.13 = 245,210, inside 18–25万 (E6 '报价数字最低' is the clerk's); modules 个人征信查询"
                 "（百行征信、朴道征信）, 反欺诈模型, 还款管理, 风控审批, 用户管理, no bloat; '已取得三级，备案证明13052343008-24011' (stated); "
                 "SM4 on ID/mobile; HTTPS; RBAC; 12个月; 百行 + 朴道; 免费维护期 '6个月'; '仅修复缺陷，版本升级另计' (upgrades not in the base "
                 "price); '一般调整免费，重大监管政策调整另行报价' (conditional: charged); '工作日9:00-18:00' (no 7×24); '4小时内'; 提供; "
                 "写入合同; '2.8万/年' = 28,000; 完整源码.",
             values=_vals(free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          support_7x24=False, response_hours=4, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", maintenance_includes_upgrades="conditional",
                         policy_adaptation_free="conditional", support_7x24="stated", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["conditional", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"]
             + _but(AFTER_BAD, "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                    "response_over_2h")),
        dict(vendor="衡水武强网络科技有限公司", gate="unverified", price=216000,
             why="C8: '21.6万' '含税' = 216,000 inside 18–25万; modules 个人征信（百行征信）, 风控模型, 反欺诈, 还款计划及提醒, 风控审批, 用户"
                 "管理 and slot 4 '赠送区块链存证、元宇宙营销厅' (bloat, given with the quote; no cross-border business); '三级测评中，预计"
                 "2026年3月取得备案证明' (in progress: false, claimed — unverified, never failed); SM4 on ID/mobile/bank card; 全站HTTPS; "
                 "RBAC; slot 9 日志保存 is EMPTY ('RBAC||百行征信': unknown, never a no); 百行; 12个月 with 小版本升级; 免费; 7×24小时; "
                 "'1小时内' = 1 h; 提供; 写入合同; '2.2万/年' = 22,000; '提供源码，核心风控引擎加密' (partial).",
             values=_vals(mlps_level3=False, audit_log_months="null", response_hours=1, annual_fee_after_warranty_cny=22000,
                          source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", audit_log_months="unknown", sm4_encryption="stated",
                         free_maintenance_months="stated"),
             fin=PC + ["anti_fraud"] + CORE + ["blockchain_evidence", "metaverse_marketing"],
             fex=["overseas_payment", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial", "unconfirmed"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"]
             + _but(AFTER_BAD, "bloat_features", "source_partial")),
        dict(vendor="承德宽城云科技有限公司", gate="fail", price=98000,
             why="C9: '9.8w' '含税' = 98,000 — under 10万 (fail); modules 个人征信查询, 还款管理, 审批流, 用户管理 and '送AI智能客服' (bloat); "
                 "slot 4 '风控模型需二次开发，另行报价' — the must-have risk model is not in this quote (missing, no option: fail) and the "
                 "stated list has no anti-fraud; '二级（已备案），三级暂无计划' (stated no: fail); 'AES加密' (no SM4); HTTPS; 权限 '有'; '3个月' "
                 "logs (under 6); 百行; 3个月; '只修bug'; '按次收费' (policy charged); '5×8（工作日）'; '次日响应' = 24 h; '不提供'; '不写入"
                 "合同'; '按次收费，每次3000元' (per incident, no yearly amount); '仅授权使用，授权绑定域名' (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=["personal_credit_report", "repayment_management", "risk_approval", "user_management", "ai_customer_service"],
             fex=["risk_model", "anti_fraud", "blockchain_evidence", "metaverse_marketing", "overseas_payment"],
             flin=["price_below_10w", "no_mlps_level3", "missing_must_have", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_licence_only", "no_anti_fraud"],
             flex=["price_below_15w", "price_missing", "price_over_budget", "no_tls", "no_access_control",
                   "no_licensed_credit_bureau", "source_partial"]),
    ]
    write_toml(
        "zzf_01_pc_shuxian_fenge_yige.toml",
        """Voice: 贾文静 of the 信贷部 at 辛集市恒信小额贷款 (local personal credit in 辛集 only, no cross-border business, budget 18–25万)
  on 2025-11-26, making the comparison readable on the chairman's phone; every vendor cell is copied from the vendor's written
  报价单 or stamped reply (the 说明 line says so); her 备注 column, the 说明 and the 董事长意见 under the table (his liking for 峰峰)
  are the buyer's.
Layout: one sheet '询价汇总（手机版）' — title, her note row (one cell per vendor, values split by '|', order in row 4, an empty slot
  for what the vendor did not write), a header 序号 | 供应商 | 报价及条款（按第4行格式，竖线分隔） | 收到日期 | 备注（贾文静）, then a
  LEGEND ROW 4 ('格式' | '（填写格式）' | '报价 | 计税 | 功能模块 | 另计/赠送 | 等保三级 | 敏感数据加密 | 传输加密 | 权限管理 | 日志保存
  | 征信接口 | 免费维护期 | 维护范围 | 政策适配 | 技术支持 | 响应时间 | 终身咨询 | 写入合同 | 过保年费 | 源码交付' | '共19项'), then
  six vendor rows C5–C10, each C cell EIGHTEEN BARS / NINETEEN SLOTS in the legend's order, no labels inside: C6 typed with the
  full-width '｜', C8 with an empty slot 9 ('RBAC||百行征信'), C10 a plain sentence (declined). 说明 and 董事长意见 under the
  table. Frozen at C5.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: nothing in a vendor cell is labelled — each value is named by its POSITION in the legend row (row 4 is the legend, no
  vendor); '｜' splits like '|'; an empty slot is unknown, never a no (武强's log retention). The decisive trap — the chairman's
  pick 峰峰 (19.8万 含税, the cheapest tax-inclusive quote) has '符合等保三级要求，可协助客户通过测评' in the 等保 slot, with '国密算法',
  '主流征信机构', '终身免费维护' and '可以写进合同' (claims: unverified); so 泊头 (23.2万 含税, 备案证明13098143011-24006, every slot
  stated and good) is the pick. 临城's '19.5万' is the lowest figure (her E6 says so) but '不含税' with no rate (13% default) and its
  must-have 风控模型 is an option '另加2.2万（不含税）': (195,000 + 22,000) × 1.13 = 245,210, with 6 months, upgrades '另计', major
  policy changes '另行报价', office hours and 4 hours; 武强 is '三级测评中' (unverified, never failed) with two bloat gifts and an
  encrypted risk engine; 宽城 '9.8w' = 98,000 fails (under 10万, 等保二级 with no plan, 风控模型 '需二次开发' = missing); 蔚县 declined
  (not listed); '一年' is 12 months; 收到日期, '2026年3月', '9:00-18:00', filing numbers and '每次3000元' are no prices.""",
        "personal_credit", [name], "沧州泊头信息技术有限公司",
        "泊头 (C7, slots read by the legend row) proves every gate (备案证明13098143011-24006, SM4 on ID/mobile/bank card, 全站HTTPS "
        "TLS1.2, RBAC, 12-month logs with tracing, 人行 + 百行), has every personal-credit must-have with anti-fraud and no bloat, and "
        "gives a year of maintenance with upgrades, free policy adaptation, 7×24 with a named engineer within 2 hours, lifetime "
        "consulting, all in the contract, full unencrypted source — at 232,000 含税 inside 18–25万 (3 years 232,000 + 2 × 25,000 = "
        "282,000). The chairman's pick 峰峰 is cheaper (198,000) but only claims its 等保 ('符合等保三级要求…': unverified), its 国密, "
        "its bureau, a lifetime and the contract; 临城's lower-looking 19.5万 is 245,210 once 13% and its risk-model option are added, "
        "with 6 months bug-only, charged major policy changes, office hours and 4 hours; 武强 (216,000) is still 测评中; 宽城 fails "
        "(98,000, 等保二级, no risk model); 蔚县 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zzf_02  商户经营贷 — 长葛市鼎盛小额贷款's 信息科 宋磊 keeps the quotes in the company's own PHP/MySQL 采购台账 and dumps the
#         project's rows with `mysql -B -e` into a file he names .csv: TAB-separated, NULL, '\n' escapes, ASCII commas in values.
# ---------------------------------------------------------------------------------------------
ZZF02_HEAD = ["id", "project_id", "项目名称", "供应商名称", "联系人", "联系电话", "报价金额_元", "计税方式", "报价说明", "功能模块",
              "选配模块", "等保情况", "数据加密", "传输加密", "权限管理", "日志保存", "征信接口", "售后条款", "过保年费", "源码交付",
              "报价状态", "录入人", "内部备注", "is_deleted", "created_at", "updated_at"]
ZZF02_PROJECT = "商户经营贷系统源码采购(本地小微商户,预算25-35万含税)"
ZZF02_ROWS = [  # one dict per table row; None = SQL NULL
    dict(id="1", 供应商名称="测试供应商(宋磊测试用,勿理)", 联系人="宋磊", 联系电话=None, 报价金额_元="1.00", 计税方式=None,
         报价说明="测试", 功能模块=None, 选配模块=None, 等保情况=None, 数据加密=None, 传输加密=None, 权限管理=None, 日志保存=None,
         征信接口=None, 售后条款=None, 过保年费=None, 源码交付=None, 报价状态="草稿", 内部备注="上线前测试数据", is_deleted="1",
         created_at="2025-11-18 15:02:47", updated_at="2025-11-18 15:03:10"),
    dict(id="2", 供应商名称="许昌禹州数科有限公司", 联系人="韩经理", 联系电话="0374-8265103", 报价金额_元="286000.00",
         计税方式="含税", 报价说明="合计28.6万元,含税(13%增值税专票),一次性买断",
         功能模块="企业征信查询,银行流水分析,电子合同,风控审批,还款计划及提醒,用户管理", 选配模块="无",
         等保情况="已取得三级,备案证明41108243007-24012", 数据加密="法人身份证号,手机号,对公账号SM4加密存储",
         传输加密="全站HTTPS(TLS1.2)", 权限管理="RBAC角色权限,按岗位分配", 日志保存="保存12个月,异常操作可追溯",
         征信接口="人行征信中心,百行征信",
         售后条款="免费维护一年\n含缺陷修复及小版本升级\n监管政策调整免费适配\n7×24小时技术支持,指定工程师2小时内响应\n"
                  "提供终身技术咨询\n以上条款全部写入合同",
         过保年费="2.6万元/年", 源码交付="完整源代码,无加密,可二次开发", 报价状态="有效", 内部备注="现场演示流水分析效果好,比睢县贵",
         is_deleted="0", created_at="2025-11-21 10:12:33", updated_at="2025-11-21 10:12:33"),
    dict(id="3", 供应商名称="漯河舞阳软件有限公司", 联系人="孙工", 联系电话="0395-7216648", 报价金额_元="238000.00",
         计税方式="含税", 报价说明="合计23.8万元,含税",
         功能模块="企业征信查询,银行流水分析,电子合同,风控审批,还款管理,用户管理", 选配模块="无",
         等保情况="已取得三级,备案证明41110243005-24003", 数据加密="SM4(法人身份证号,手机号)", 传输加密="全站HTTPS",
         权限管理="RBAC", 日志保存="12个月", 征信接口="人行征信中心",
         售后条款="免费维护12个月,含缺陷修复及小版本升级\n监管政策调整免费\n7×24小时技术支持,2小时内响应\n提供终身技术咨询\n以上写入合同",
         过保年费="3万元/年", 源码交付="完整源码", 报价状态="已撤回", 内部备注="11-25对方来函撤回,说漏算了电子合同,要重新报",
         is_deleted="0", created_at="2025-11-21 16:40:05", updated_at="2025-11-25 09:18:44"),
    dict(id="4", 供应商名称="焦作修武信息技术有限公司", 联系人="李总", 联系电话="0391-7623390", 报价金额_元=None, 计税方式=None,
         报价说明="面议,需到贵司现场调研后出具书面报价",
         功能模块="企业征信,银行流水分析,电子合同,风控审批,还款管理,用户管理,数据分析大屏", 选配模块="无",
         等保情况="已取得三级,备案证明41082143002-24019", 数据加密="SM4(身份证号,手机号,对公账号)", 传输加密="HTTPS",
         权限管理="RBAC", 日志保存="12个月", 征信接口="人行征信中心,朴道征信",
         售后条款="免费维护12个月,含bug修复及小版本升级\n政策调整免费\n7×24小时支持,1小时内响应\n提供终身技术咨询\n写入合同",
         过保年费="2.4万元/年", 源码交付="完整源码,可二次开发", 报价状态="有效", 内部备注="电话里说大概30万左右,书面价要等调研",
         is_deleted="0", created_at="2025-11-22 11:05:20", updated_at="2025-11-22 11:05:20"),
    dict(id="5", 供应商名称="商丘睢县网络科技有限公司", 联系人="周经理", 联系电话="0370-8113527", 报价金额_元="245000.00",
         计税方式="不含税", 报价说明="24.5万元为不含税价,增值税按6%另开专票",
         功能模块="企业征信,银行流水分析,电子合同,风控审批,还款管理,用户管理,区块链存证,AI智能客服", 选配模块="无",
         等保情况="符合等保三级要求,已通过等保测评", 数据加密="国密算法", 传输加密="HTTPS", 权限管理="完善的权限体系",
         日志保存="长期保存", 征信接口="支持对接各大征信机构", 售后条款="终身免费维护\n7×24小时服务\n第一时间响应",
         过保年费="无", 源码交付="提供源码(核心风控引擎加密)", 报价状态="有效", 内部备注="最便宜,功能也多",
         is_deleted="0", created_at="2025-11-22 14:31:56", updated_at="2025-11-22 14:31:56"),
    dict(id="6", 供应商名称="信阳光山云科技有限公司", 联系人="陈工", 联系电话="0376-8850412", 报价金额_元="136000.00",
         计税方式="含税", 报价说明="13.6万元(含税)", 功能模块="企业征信,银行流水分析,审批流,还款管理,用户管理",
         选配模块="电子合同需二期开发", 等保情况="二级(已备案),三级暂无计划", 数据加密="AES加密", 传输加密="HTTPS",
         权限管理="有", 日志保存="保存3个月", 征信接口="百行征信",
         售后条款="免费维护3个月,只修bug\n政策调整按次收费\n工作日技术支持,次日响应\n不提供终身咨询\n售后条款不写入合同",
         过保年费="按次收费,每次3000元", 源码交付="仅授权使用,绑定服务器,不交付源代码", 报价状态="有效",
         内部备注="等保只有二级,没有电子合同", is_deleted="0", created_at="2025-11-24 09:47:12",
         updated_at="2025-11-24 09:47:12"),
    dict(id="7", 供应商名称="漯河舞阳软件有限公司", 联系人="孙工", 联系电话="0395-7216648", 报价金额_元="269000.00",
         计税方式="含税", 报价说明="重新报价:系统合计26.9万元(含税);电子合同模块单列为选配,另加3.2万元(不含税),未含在26.9万内",
         功能模块="企业征信查询,银行流水分析,风控审批,还款管理,用户管理", 选配模块="电子合同模块,3.2万元(不含税)",
         等保情况="已取得三级,备案证明41110243005-24003", 数据加密="SM4(法人身份证号,手机号)", 传输加密="全站HTTPS",
         权限管理="RBAC", 日志保存="12个月", 征信接口="人行征信中心",
         售后条款="免费维护6个月,含缺陷修复及小版本升级\n监管政策调整免费\n7×24小时技术支持,2小时内响应\n提供终身技术咨询\n以上写入合同",
         过保年费="3万元/年", 源码交付="完整源码", 报价状态="重新报价", 内部备注="替代id=3",
         is_deleted="0", created_at="2025-11-27 10:20:38", updated_at="2025-11-27 10:20:38"),
    dict(id="8", 供应商名称="周口鹿邑数据服务有限公司", 联系人="赵经理", 联系电话="0394-7089216", 报价金额_元=None, 计税方式=None,
         报价说明="11-24邮件回复:我司本次不参与报价", 功能模块=None, 选配模块=None, 等保情况=None, 数据加密=None, 传输加密=None,
         权限管理=None, 日志保存=None, 征信接口=None, 售后条款=None, 过保年费=None, 源码交付=None, 报价状态="放弃报价",
         内部备注=None, is_deleted="0", created_at="2025-11-24 17:05:09", updated_at="2025-11-24 17:05:09"),
]


def _mysql_field(v):
    """How `mysql --batch` writes a field: NULL for NULL, backslash, tab and newline escaped, nothing quoted."""
    if v is None:
        return "NULL"
    return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def build_zzf02():
    name = "zzf_02_ml_mysql_piliang_daochu_tab.csv"
    lines = ["\t".join(ZZF02_HEAD)]
    for row in ZZF02_ROWS:
        full = dict(project_id="17", 项目名称=ZZF02_PROJECT, 录入人="宋磊")
        full.update(row)
        assert set(full) == set(ZZF02_HEAD), sorted(set(ZZF02_HEAD) ^ set(full))
        lines.append("\t".join(_mysql_field(full[h]) for h in ZZF02_HEAD))
    assert all(ln.count("\t") == len(ZZF02_HEAD) - 1 for ln in lines)
    (HERE / name).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))

    top = good("许昌禹州数科有限公司", 286000,
               "line 3 (id 2, 报价状态 有效): 报价金额_元 '286000.00', 计税方式 '含税', 报价说明 '合计28.6万元,含税(13%增值税专票),一次性买断' "
               "= 286,000 inside 25–35万; 功能模块 '企业征信查询,银行流水分析,电子合同,风控审批,还款计划及提醒,用户管理' (ASCII commas: every "
               "merchant-loan must-have), 选配 '无', no bloat; '已取得三级,备案证明41108243007-24012' (stated); SM4 on 法人身份证号/手机号/"
               "对公账号; '全站HTTPS(TLS1.2)'; RBAC; '保存12个月,异常操作可追溯'; 人行征信中心 + 百行; 售后条款, its lines split by the "
               "two characters '\\n': '免费维护一年' = 12 months, '含缺陷修复及小版本升级', '监管政策调整免费适配', '7×24小时技术支持,指定工程师"
               "2小时内响应', '提供终身技术咨询', '以上条款全部写入合同'; '2.6万元/年' = 26,000; '完整源代码,无加密,可二次开发'. 内部备注 is "
               "the buyer's.",
               ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=26000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="漯河舞阳软件有限公司", gate="pass", price=305160,
             why="TWO records: id 3 (line 4, 23.8万 含税 with every term good) has 报价状态 '已撤回' — withdrawn, no part of the quote (its "
                 "内部备注 '说漏算了电子合同' is the buyer's) — and id 7 (line 8, 报价状态 '重新报价', 内部备注 '替代id=3') is the quote: '269000.00' "
                 "含税 and '电子合同模块单列为选配,另加3.2万元(不含税),未含在26.9万内' (选配模块 '电子合同模块,3.2万元(不含税)' — the same option, "
                 "once): the must-have is added with its VAT (conditional): 269,000 + 32,000 × 1.13 = 305,160 inside 25–35万; modules "
                 "企业征信查询, 银行流水分析, 风控审批, 还款管理, 用户管理 + the option; '已取得三级,备案证明41110243005-24003' (stated); SM4 "
                 "on 法人身份证号/手机号; 全站HTTPS; RBAC; 12个月; 人行征信中心; 售后条款 '免费维护6个月,含缺陷修复及小版本升级' (6 months), "
                 "policy '免费', '7×24小时技术支持,2小时内响应', 终身技术咨询, '以上写入合同'; '3万元/年' = 30,000; 完整源码.",
             values=_vals(free_maintenance_months=6, response_hours=2, annual_fee_after_warranty_cny=30000,
                          source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_under_12m"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "maintenance_under_12m")),
        dict(vendor="焦作修武信息技术有限公司", gate="unverified", price="null",
             why="line 5 (id 4): 报价金额_元 NULL, 计税方式 NULL and 报价说明 '面议,需到贵司现场调研后出具书面报价' — no price (unknown: "
                 "unverified, price_missing); 内部备注 '电话里说大概30万左右' is the buyer's hearsay, no price; modules 企业征信, 银行流水分析, "
                 "电子合同, 风控审批, 还款管理, 用户管理 + 数据分析大屏 (deferrable); '已取得三级,备案证明41082143002-24019' (stated); SM4 on ID/"
                 "mobile/对公账号; HTTPS; RBAC; 12个月; 人行征信中心 + 朴道; 售后条款 '免费维护12个月,含bug修复及小版本升级', '政策调整免费', "
                 "'7×24小时支持,1小时内响应' (1 h), '提供终身技术咨询', '写入合同'; '2.4万元/年' = 24,000; '完整源码,可二次开发'.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget"] + AFTER_BAD),
        dict(vendor="商丘睢县网络科技有限公司", gate="unverified", price=259700,
             why="line 6 (id 5): '245000.00' with 计税方式 '不含税' and 报价说明 '24.5万元为不含税价,增值税按6%另开专票' — its own rate: 245,000 × "
                 "1.06 = 259,700 inside 25–35万 (内部备注 '最便宜,功能也多' is the buyer's); modules 企业征信, 银行流水分析, 电子合同, 风控审批, "
                 "还款管理, 用户管理 plus 区块链存证 and AI智能客服 (bloat); '符合等保三级要求,已通过等保测评' (claimed; the pass names no "
                 "level: unverified); '国密算法' (which? claimed); HTTPS; '完善的权限体系' states nothing; '长期保存' (claimed); '支持对接各大"
                 "征信机构' (no body: claimed); 售后条款 '终身免费维护' (claimed lifetime = 12 months), '7×24小时服务', '第一时间响应' (no "
                 "hours); '提供源码(核心风控引擎加密)' (partial).",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence", "ai_customer_service"],
             fex=["metaverse_marketing", "overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="信阳光山云科技有限公司", gate="fail", price=136000,
             why="line 7 (id 6): '136000.00' 含税 = 136,000 (caution zone); stated 功能模块 '企业征信,银行流水分析,审批流,还款管理,用户管理' "
                 "has no 电子合同 and 选配模块 says '电子合同需二期开发' (not in this delivery: missing, fail); '二级(已备案),三级暂无计划' (stated "
                 "no: fail); 'AES加密' (no SM4); HTTPS; 权限 '有'; '保存3个月' (under 6); 百行; 售后条款 '免费维护3个月,只修bug', '政策调整"
                 "按次收费', '工作日技术支持,次日响应' (no 7×24, 24 h), '不提供终身咨询', '售后条款不写入合同'; '按次收费,每次3000元' (no yearly "
                 "amount); '仅授权使用,绑定服务器,不交付源代码' (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=["enterprise_credit", "cashflow_analysis", "risk_approval", "repayment_management", "user_management"],
             fex=["contract_management"] + BLOAT,
             flin=["price_below_15w", "no_mlps_level3", "missing_must_have", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_licence_only"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "no_tls", "no_access_control",
                   "no_licensed_credit_bureau", "bloat_features", "source_partial"]),
    ]
    write_toml(
        "zzf_02_ml_mysql_piliang_daochu_tab.toml",
        """Voice: 宋磊 of the 信息科 at 长葛市鼎盛小额贷款 (merchant operating loans to local small businesses, no cross-border business,
  budget 25–35万 含税 — the 项目名称 on every row says so) types each vendor's written quote into the company's own PHP/MySQL 采购台账
  and, for the general manager, dumps project 17 with `mysql -B -e "SELECT …" > …csv`. The vendor columns (供应商名称 … 源码交付) hold
  the vendors' words; id, project_id, 项目名称, 联系人, 联系电话, 报价状态, 录入人, 内部备注, is_deleted, created_at and updated_at are
  the ledger's and the buyer's.
Layout: a file named .csv that is MySQL's batch output — TAB-SEPARATED, UTF-8 without BOM, LF, no title, no quoting at all: a
  header of 26 column names (id | project_id | 项目名称 | 供应商名称 | 联系人 | 联系电话 | 报价金额_元 | 计税方式 | 报价说明 | 功能模块 |
  选配模块 | 等保情况 | 数据加密 | 传输加密 | 权限管理 | 日志保存 | 征信接口 | 售后条款 | 过保年费 | 源码交付 | 报价状态 | 录入人 | 内部备注
  | is_deleted | created_at | updated_at) and eight records ordered by id; an empty column is the word NULL; a line break inside
  售后条款 is written as the two characters backslash-n; the values are full of ASCII commas ('企业征信查询,银行流水分析,…',
  '合计28.6万元,含税(13%增值税专票),一次性买断'), so the file split at commas falls apart; 报价金额_元 is a decimal ('286000.00').
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the separator is the tab (every line has 25), never the comma; NULL is an empty cell (unknown), '\\n' a line break inside
  one multi-fact cell. id 1 '测试供应商(宋磊测试用,勿理)' (is_deleted 1, 草稿, '1.00') is no vendor; id 8 鹿邑's '放弃报价' with '我司本次不
  参与报价' is no quote (not listed). The decisive trap — 舞阳 appears TWICE: id 3 ('238000.00' 含税 with every term good) is 报价状态
  '已撤回' and id 7 '重新报价' replaces it: 269,000 含税 with the must-have 电子合同 moved out to an option '另加3.2万元(不含税)' = 269,000 +
  32,000 × 1.13 = 305,160 and free maintenance down to 6 months — read as the withdrawn record (or as two vendors) 舞阳 would beat
  禹州 on price with every term equal; read right, 禹州 (286,000 含税, 备案证明41108243007-24012, every term stated) is the pick. 睢县's
  '245000.00' 不含税 with '增值税按6%另开专票' is 259,700 (the lowest tax-inclusive price, the buyer's '最便宜') but it only claims
  ('符合等保三级要求,已通过等保测评', '国密算法', '长期保存', '各大征信机构', '终身免费维护') with two bloat modules and an encrypted risk
  engine; 修武 is 面议 (NULL amount; the '大概30万左右' in 内部备注 is hearsay) though it proves every gate; 光山 fails (13.6万, 等保二级,
  电子合同 '需二期开发'); '一年' is 12 months; ids, project_id 17, '25-35万' in the project name, phone numbers, timestamps, filing
  numbers and '每次3000元' are no prices.""",
        "merchant_loan", [name], "许昌禹州数科有限公司",
        "禹州 (id 2) proves every gate (备案证明41108243007-24012, SM4 on 法人身份证号/手机号/对公账号, 全站HTTPS TLS1.2, RBAC, 12-month logs "
        "with tracing, 人行 + 百行), has every merchant-loan must-have and no bloat, and gives a year of maintenance with upgrades, free "
        "policy adaptation, 7×24 with a named engineer within 2 hours, lifetime consulting, all in the contract, full unencrypted source "
        "— at 286,000 含税 inside 25–35万 (3 years 286,000 + 2 × 26,000 = 338,000). 舞阳's 238,000 record is withdrawn ('已撤回'); its "
        "re-submission (id 7) is 305,160 once the 电子合同 option it moved out is added with VAT, with only 6 months free; 睢县 is "
        "259,700 after its 6% but only claims its 等保, 国密, logs, bureau and lifetime, with bloat and an encrypted engine; 修武 gives no "
        "price (面议); 光山 fails (等保二级, no 电子合同); 鹿邑 gave up and id 1 is a deleted test record.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zzf_03  消费分期 — 曹县华商小额贷款's 采购部 王璐 lays the six returned fill-in-the-blank 承诺函 side by side on the company's 信创
#         desktop (LibreOffice Calc, saved as .ods): template sentence in B, each vendor's fill-in only, short names in the header.
# ---------------------------------------------------------------------------------------------
ZZF03_SHORT = ["周村数科", "曲阜软件", "新泰信息", "夏津网络", "冠县云", "邹平数据"]
ZZF03_CLAUSES = [  # (条款, 模板原文, [fill-ins C–H], 采购部核对); a section row has fill-ins None
    ("一", "报价", None, ""),
    ("1-1", "我司本次报价总价为人民币____元（小写）", [208000, 246000, 220000, 196000, 15000, "本次不参与报价（11-25回函）"],
     "夏津最低，周村次之"),
    ("1-2", "大写：人民币____", ["贰拾万零捌仟元整", "贰拾肆万陆仟元整", "贰拾贰万元整", "壹拾玖万陆仟元整", "壹万伍仟元整", "—"], ""),
    ("1-3", "该报价为□含税 □不含税价格", ["☑含税 □不含税", "☑含税 □不含税", "□含税 ☑不含税", "☑含税 □不含税", "☑含税 □不含税", "—"],
     ""),
    ("1-4", "适用增值税税率____%", [13, 13, "____", 13, 3, "—"], "新泰税率没填"),
    ("1-5", "报价包含的功能模块：____",
     ["商品管理、分期计算器、还款管理、风控审批、用户管理",
      "商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理",
      "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理、积分商城",
      "商品管理、分期计算器、订单跟踪、还款管理、审批流、用户管理、元宇宙营销、海外支付通道（赠送）",
      "商品管理、分期计算器、订单跟踪、还款管理、用户管理（开源社区版）", "—"], ""),
    ("1-6", "未包含在总价内、需另行购买的模块及价格：____",
     ["订单跟踪模块需另购，价格待需求确认后另议", "无", "无", "无", "系统为开源免费版，本报价为部署实施费", "—"],
     "周村订单跟踪另议，已催报价"),
    ("二", "资质与数据安全", None, ""),
    ("2-1", "本系统已取得网络安全等级保护____级备案",
     ["三", "三", "三", "本条改为：系统符合等保三级要求，可协助贵司完成测评", "二", "—"], ""),
    ("2-2", "备案证明编号：____",
     ["37030343006-24015", "37088143010-24007", "37098243004-24010", "签约后提供", "37152243001-23008", "—"],
     "周村、曲阜、新泰复印件已收；夏津写签约后提供；冠县是二级"),
    ("2-3", "身份证号、手机号等敏感字段采用____算法加密存储", ["SM4", "SM4", "SM4", "国密算法", "AES", "—"], ""),
    ("2-4", "系统全站采用____传输加密", ["HTTPS", "HTTPS（TLS1.2）", "HTTPS", "HTTPS", "暂未启用（HTTP）", "—"], ""),
    ("2-5", "系统具备基于角色的权限管理：□是 □否", ["☑是 □否", "☑是 □否", "☑是 □否", "☑是 □否", "□是 ☑否", "—"], ""),
    ("2-6", "操作日志保存期不少于____个月", [12, 12, 6, "长期保存", 3, "—"], ""),
    ("2-7", "征信接口对接的持牌征信机构：____",
     ["百行征信", "百行征信、朴道征信", "人行征信中心", "支持对接各大征信机构", "暂未对接", "—"], ""),
    ("三", "售后服务", None, ""),
    ("3-1", "免费维护期为验收合格之日起____个月", [12, 12, 6, "终身", 3, "—"], "夏津写终身"),
    ("3-2", "免费维护期内的维护范围包括：□缺陷修复 □小版本升级",
     ["☑缺陷修复 ☑小版本升级", "☑缺陷修复 ☑小版本升级", "☑缺陷修复 □小版本升级", "☑缺陷修复 ☑小版本升级",
      "☑缺陷修复 □小版本升级", "—"], ""),
    ("3-3", "因监管政策变化所需的系统调整：□免费 □收费（收费标准：____）",
     ["☑免费 □收费", "☑免费 □收费", "□免费 ☑收费（收费标准：重大政策调整按工作量另行报价）", "☑免费 □收费",
      "□免费 ☑收费（收费标准：按次3000元）", "—"], ""),
    ("3-4", "技术支持时间：____", ["7×24小时", "7×24小时", "工作日9:00-17:30", "7×24小时", "QQ群在线答疑", "—"], ""),
    ("3-5", "故障响应时间不超过____小时", [2, 2, 4, "第一时间", 24, "—"], ""),
    ("3-6", "提供终身技术咨询：□是 □否", ["☑是 □否", "☑是 □否", "☑是 □否", "☑是 □否", "□是 ☑否", "—"], ""),
    ("3-7", "维保期满后年服务费：____元/年", [22000, 25000, 28000, "无（终身免费维护）", "按次收费", "—"], ""),
    ("3-8", "以上售后承诺同意写入正式合同：□是 □否", ["☑是 □否", "☑是 □否", "☑是 □否", "（本条删除）", "□是 ☑否", "—"], ""),
    ("四", "源码交付", None, ""),
    ("4-1", "源代码交付方式：□完整源码（无加密，可二次开发） □部分源码 □仅授权使用",
     ["☑完整源码（无加密，可二次开发） □部分源码 □仅授权使用", "☑完整源码（无加密，可二次开发） □部分源码 □仅授权使用",
      "□完整源码（无加密，可二次开发） ☑部分源码（核心计息引擎加密） □仅授权使用",
      "□完整源码（无加密，可二次开发） □部分源码 ☑仅授权使用（授权绑定域名）",
      "☑完整源码（无加密，可二次开发） □部分源码 □仅授权使用", "—"], ""),
    ("五", "落款", None, ""),
    ("5-1", "供应商名称（盖章）：____",
     ["淄博周村数科有限公司（盖章）", "济宁曲阜软件有限公司（盖章）", "泰安新泰信息技术有限公司（盖章）", "德州夏津网络科技有限公司（盖章）",
      "聊城冠县云科技有限公司（盖章）", "滨州邹平数据服务有限公司（回函盖章）"], "邹平回函不参与"),
    ("5-2", "日期：____",
     ["2025年11月24日", "2025年11月26日", "2025年11月25日", "2025年11月24日", "2025年11月25日", "2025年11月25日"], ""),
]

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _ods_cell(value, style=None, span=1):
    st = f' table:style-name="{style}"' if style else ""
    sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    if value is None or value == "":
        cell = f"<table:table-cell{st}{sp}/>"
    elif isinstance(value, (int, float)):
        cell = (f'<table:table-cell{st}{sp} office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    else:
        paras = "".join(f"<text:p>{escape(line)}</text:p>" for line in str(value).split("\n"))
        cell = f'<table:table-cell{st}{sp} office:value-type="string">{paras}</table:table-cell>'
    return cell + "<table:covered-table-cell/>" * (span - 1)


def _ods_row(cells, height=None):
    st = f' table:style-name="{height}"' if height else ""
    return f"<table:table-row{st}>" + "".join(cells) + "</table:table-row>"


def write_ods(name, sheet, col_widths_cm, rows):
    """A minimal OpenDocument spreadsheet as LibreOffice writes it, with fixed metadata and fixed zip times."""
    cols = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties '
                   f'style:column-width="{w}cm"/></style:style>' for i, w in enumerate(col_widths_cm, start=1))
    auto = (cols
            + '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
              'style:use-optimal-row-height="true"/></style:style>'
            + '<style:style style:name="ceT" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/>'
              '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
            + '<style:style style:name="ceH" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" '
              'fo:background-color="#ddebf7" fo:border="0.5pt solid #999999"/><style:text-properties fo:font-weight="bold"/>'
              '</style:style>'
            + '<style:style style:name="ceS" style:family="table-cell"><style:table-cell-properties '
              'fo:background-color="#e7e6e6" fo:border="0.5pt solid #999999"/><style:text-properties fo:font-weight="bold"/>'
              '</style:style>'
            + '<style:style style:name="ceW" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" '
              'fo:border="0.5pt solid #999999"/></style:style>'
            + '<style:style style:name="ceN" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/>'
              '<style:text-properties fo:font-style="italic" fo:color="#595959"/></style:style>')
    columns = "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(1, len(col_widths_cm) + 1))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {_NS} office:version="1.2"><office:automatic-styles>{auto}'
               '</office:automatic-styles><office:body><office:spreadsheet>'
               f'<table:table table:name="{escape(sheet)}">{columns}{"".join(rows)}</table:table>'
               '</office:spreadsheet></office:body></office:document-content>')
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<office:document-styles {_NS} office:version="1.2"><office:styles>'
              '<style:default-style style:family="table-cell"><style:text-properties fo:font-size="10pt"/></style:default-style>'
              '</office:styles></office:document-styles>')
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%S")
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {_NS} office:version="1.2"><office:meta>'
            '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1</meta:generator>'
            f'<meta:creation-date>{stamp}</meta:creation-date><dc:date>{stamp}</dc:date>'
            '<dc:creator>王璐</dc:creator></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        def put(fname, data, method):
            info = zipfile.ZipInfo(fname, date_time=FIXED.timetuple()[:6])
            info.compress_type = method
            z.writestr(info, data)
        put("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        put("content.xml", content.encode("utf-8"), zipfile.ZIP_DEFLATED)
        put("styles.xml", styles.encode("utf-8"), zipfile.ZIP_DEFLATED)
        put("meta.xml", meta.encode("utf-8"), zipfile.ZIP_DEFLATED)
        put("META-INF/manifest.xml", manifest.encode("utf-8"), zipfile.ZIP_DEFLATED)
    (HERE / name).write_bytes(out.getvalue())


def build_zzf03():
    name = "zzf_03_ci_chengnuohan_tiankong_ods.ods"
    width = 3 + len(ZZF03_SHORT)
    rows = [
        _ods_row([_ods_cell("曹县华商小额贷款有限公司　消费分期系统源码采购　《供应商报价及服务承诺函》填空对照表", "ceT", width)]),
        _ods_row([_ods_cell(
            "采购部 王璐 2025-11-27 整理。各家按我部11月20日发出的《供应商报价及服务承诺函》模板逐项填空并盖章回传（原件存档）。B列为"
            "模板原文，“____”处由供应商填写；C–H列照抄各家填写的内容，勾选项照原样录为☑/□；供应商改动模板措辞或删除条款的，照抄其"
            "改动。I列为采购部核对意见。我司只做曹县本地手机、家电、电动车消费分期，无跨境业务；预算20–30万元（含税）。", "ceW", width)]),
        _ods_row([_ods_cell(h, "ceH") for h in ["条款", "承诺函模板原文（“____”处由供应商填写）"] + ZZF03_SHORT + ["采购部核对（王璐）"]]),
    ]
    for no, text, fills, check in ZZF03_CLAUSES:
        if fills is None:
            rows.append(_ods_row([_ods_cell(no, "ceS"), _ods_cell(text, "ceS")] + [_ods_cell("", "ceS")] * (width - 2)))
            continue
        assert len(fills) == len(ZZF03_SHORT), no
        rows.append(_ods_row([_ods_cell(no, "ceW"), _ods_cell(text, "ceW")] + [_ods_cell(f, "ceW") for f in fills]
                             + [_ods_cell(check, "ceN")], "ro1"))
    rows.append(_ods_row([_ods_cell("")]))
    rows.append(_ods_row([_ods_cell("采购部意见：夏津报价最低、承诺终身维护，建议优先与夏津谈判；周村的订单跟踪价格催报后再比。（王璐 11-27）",
                                    "ceN", width)]))
    write_ods(name, "承诺函填空对照", [1.4, 7.5] + [4.6] * len(ZZF03_SHORT) + [5.0], rows)

    top = good("济宁曲阜软件有限公司", 246000,
               "column D, header '曲阜软件', its full name only in 5-1 '济宁曲阜软件有限公司（盖章）': 1-1 246000 (大写 '贰拾肆万陆仟元整'), 1-3 "
               "'☑含税', 1-4 13 = 246,000 inside 20–30万; 1-5 '商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理' (every "
               "instalment must-have), 1-6 '无', no bloat; 2-1 '三' in '…等级保护____级备案' with 2-2 '37088143010-24007' (stated); 2-3 "
               "'SM4' in '身份证号、手机号等敏感字段采用____算法加密存储'; 2-4 'HTTPS（TLS1.2）'; 2-5 '☑是' (RBAC); 2-6 12 in '…不少于____个月'; "
               "2-7 '百行征信、朴道征信'; 3-1 12 (months); 3-2 '☑缺陷修复 ☑小版本升级'; 3-3 '☑免费'; 3-4 '7×24小时'; 3-5 2 (hours); 3-6 '☑是'; "
               "3-7 25000 = 25,000 a year; 3-8 '☑是' (in the contract); 4-1 '☑完整源码（无加密，可二次开发）'. The I column is the clerk's.",
               CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=25000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="淄博周村数科有限公司", gate="unverified", price=208000,
             why="column C ('周村数科'; 5-1 '淄博周村数科有限公司（盖章）'): 1-1 208000, '☑含税', 13 = 208,000 inside 20–30万 — the lowest "
                 "tax-inclusive price among the complete-looking forms; but 1-5 lists 商品管理, 分期计算器, 还款管理, 风控审批, 用户管理 WITHOUT "
                 "订单跟踪, and 1-6 says '订单跟踪模块需另购，价格待需求确认后另议' — a consumer-instalment must-have offered only at a price not "
                 "given: nothing can be added and the must-have gate is unverified (the decisive trap; the I column's '已催报价' is the "
                 "buyer's); everything else stated and good: '三' + '37030343006-24015', SM4, HTTPS, '☑是', 12 months logs, 百行征信, 12 "
                 "months with '☑小版本升级', '☑免费', '7×24小时', 2 hours, consulting '☑是', 22000 = 22,000 a year, '☑是' contract, "
                 "'☑完整源码（无加密，可二次开发）'.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated"),
             fin=["product_management", "installment_calculator", "repayment_management", "risk_approval", "user_management"],
             fex=BLOAT,
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget"]
             + AFTER_BAD),
        dict(vendor="泰安新泰信息技术有限公司", gate="pass", price=248600,
             why="column E ('新泰信息'; 5-1 '泰安新泰信息技术有限公司（盖章）'): 1-1 220000 with 1-3 '☑不含税' and 1-4 left as '____' (no rate: "
                 "the 13% default) = 220,000 × 1.13 = 248,600 inside 20–30万 (the I column's '新泰税率没填' is the buyer's); 1-5 every "
                 "must-have + 积分商城 (deferrable), 1-6 '无', no bloat; '三' + '37098243004-24010' (stated); SM4; HTTPS; '☑是'; 2-6 6 "
                 "(months, not under 6); 人行征信中心; 3-1 6 (months); 3-2 '☑缺陷修复 □小版本升级' (only bug fixes ticked: no upgrades); "
                 "3-3 '☑收费（收费标准：重大政策调整按工作量另行报价）' (policy adaptation charged); 3-4 '工作日9:00-17:30' (no 7×24); 3-5 4 "
                 "(hours); '☑是' consulting; 28000 = 28,000 a year; '☑是' contract; 4-1 '☑部分源码（核心计息引擎加密）' (partial).",
             values=_vals(audit_log_months=6, free_maintenance_months=6, maintenance_includes_upgrades=False,
                          policy_adaptation_free=False, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=28000, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated",
                         response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall"], fex=BLOAT,
             flin=["maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                    "response_over_2h", "source_partial")),
        dict(vendor="德州夏津网络科技有限公司", gate="unverified", price=196000,
             why="column F ('夏津网络'; 5-1 '德州夏津网络科技有限公司（盖章）'): 196000 '☑含税' 13 = 196,000 inside 20–30万 (the clerk's "
                 "recommendation under the table — '报价最低、承诺终身维护' — is the buyer's); 1-5 every must-have with 审批流 and '元宇宙营销、"
                 "海外支付通道（赠送）' (bloat; no cross-border business); 2-1 REWRITTEN '本条改为：系统符合等保三级要求，可协助贵司完成测评' with "
                 "2-2 '签约后提供' (claimed: unverified); 2-3 '国密算法' (which? claimed); HTTPS; '☑是'; 2-6 '长期保存' (claimed); 2-7 '支持对接"
                 "各大征信机构' (no body: claimed); 3-1 '终身' (the lifetime boast: claimed); '☑缺陷修复 ☑小版本升级'; '☑免费'; '7×24小时'; "
                 "3-5 '第一时间' (no hours); consulting '☑是'; 3-7 '无（终身免费维护）'; 3-8 '（本条删除）' — the clause putting the after-sales "
                 "into the contract struck out: not in the contract; 4-1 '☑仅授权使用（授权绑定域名）' (licence only).",
             values=dict(tls=True, access_control=True, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, lifetime_consulting=True, commitments_in_contract=False,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", audit_log_months="claimed",
                         licensed_credit_bureau="claimed", free_maintenance_months="claimed"),
             fin=CI + ["repayment_management", "risk_approval", "user_management", "metaverse_marketing", "overseas_payment"],
             fex=["blockchain_evidence", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_licence_only", "not_in_contract"],
             flex=CLAIM_FLEX + ["no_access_control", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                                "no_lifetime_consulting", "source_partial"]),
        dict(vendor="聊城冠县云科技有限公司", gate="fail", price=15000,
             why="column G ('冠县云'; 5-1 '聊城冠县云科技有限公司（盖章）'): 1-1 15000 '☑含税' with 1-6 '系统为开源免费版，本报价为部署实施费' "
                 "— 15,000 to pay, under 10万 (fail); 1-5 商品管理, 分期计算器, 订单跟踪, 还款管理, 用户管理（开源社区版）; 2-1 '二' with a filing "
                 "number (等保二级: stated no, fail); 'AES' (no SM4); 2-4 '暂未启用（HTTP）' (no HTTPS); 2-5 '□是 ☑否' (no access control); "
                 "2-6 3 (months, under 6); 2-7 '暂未对接' (no licensed bureau); 3-1 3; '☑缺陷修复 □小版本升级' (no upgrades); '☑收费（收费"
                 "标准：按次3000元）'; 'QQ群在线答疑' (no 7×24); 3-5 24 (hours); consulting '☑否'; 3-7 '按次收费'; 3-8 '☑否'; 4-1 '☑完整源码"
                 "（无加密，可二次开发）'.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=False, access_control=False, audit_log_months=3,
                         licensed_credit_bureau=False, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="full"),
             status=dict(mlps_level3="stated", tls="stated", access_control="stated", audit_log_months="stated"),
             fin=CI + ["repayment_management", "user_management"], fex=BLOAT,
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract"],
             flex=["price_below_15w", "price_missing", "price_over_budget", "missing_must_have", "bloat_features",
                   "source_partial", "source_licence_only"]),
    ]
    write_toml(
        "zzf_03_ci_chengnuohan_tiankong_ods.toml",
        """Voice: 王璐 of the 采购部 at 曹县华商小额贷款 (local phone, appliance and e-bike instalments in 曹县, no cross-border business,
  budget 20–30万 含税) on 2025-11-27. On 11-20 the buyer sent a fill-in-the-blank 《供应商报价及服务承诺函》; five vendors filled it in,
  stamped it and sent it back, the sixth returned a stamped refusal. She lays the returns side by side on the company's 信创 desktop
  in LibreOffice Calc and saves .ods. The fill-ins (C–H) are the vendors'; column B (the template), the I column 采购部核对, the note
  row and her 采购部意见 under the table (recommending 夏津) are the buyer's.
Layout: an OpenDocument spreadsheet (.ods), one sheet '承诺函填空对照' — title and note spanned across A:I, a header 条款 | 承诺函模板原文
  （“____”处由供应商填写） | 周村数科 | 曲阜软件 | 新泰信息 | 夏津网络 | 冠县云 | 邹平数据 | 采购部核对（王璐）, then section rows (一 报价,
  二 资质与数据安全, 三 售后服务, 四 源码交付, 五 落款) and one row per template clause 1-1 … 5-2, each B cell a sentence with one
  '____' or a row of □ options, each vendor cell ONLY WHAT THE VENDOR FILLED IN: numbers stored as numbers (208000, 13, 12, 2, 25000),
  '三', a filing number, ☑/□ as ticked, or the vendor's own rewrite ('本条改为：…', '（本条删除）'). The header names the vendors by
  SHORT names; the full names are only in the 落款 row 5-1 '供应商名称（盖章）：____' ('济宁曲阜软件有限公司（盖章）'). 采购部意见 under
  the table.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: each fill-in is read INTO its clause — '三' under '已取得网络安全等级保护____级备案' is level 3 held (with its 2-2 number),
  12 under '…不少于____个月' / '…____个月' is 12 months, 2 under '故障响应时间不超过____小时' is 2 hours, 25000 under '…____元/年'
  the yearly fee; only ticked boxes answer ('☑缺陷修复 □小版本升级' is bug fixes without upgrades); a rate left as '____' beside
  '☑不含税' is the 13% default; a vendor's rewrite replaces the clause ('本条改为：系统符合等保三级要求…' is a claim, '（本条删除）' on
  '以上售后承诺同意写入正式合同' is no commitment in the contract); vendors are named by the 5-1 row, never by the short header.
  The decisive trap — 周村 (208,000 含税, every answer filled and proved) leaves 订单跟踪 out of 1-5 and writes in 1-6 '订单跟踪模块需另购，
  价格待需求确认后另议': a must-have at a price not given, so its gate is unverified and 曲阜 (246,000 含税, 备案证明37088143010-24007,
  every clause filled and good) is the pick. The clerk's choice 夏津 (196,000) rewrites the 等保 clause into a claim with the proof
  '签约后提供', '国密算法', '长期保存', '各大征信机构', '终身', strikes the contract clause, adds bloat gifts and gives a domain-locked
  licence; 新泰 is 248,600 with 6 months bug-only, charged policy changes, office hours, 4 hours and an encrypted core; 冠县's
  '开源免费版' costs 15,000 (under 10万) with 等保二级, HTTP, no roles, no bureau: fail; 邹平 declined (not listed). Clause numbers
  (1-1, 3-8), '11-25', '9:00-17:30', dates in 5-2, filing numbers and '按次3000元' are no prices.""",
        "consumer_installment", [name], "济宁曲阜软件有限公司",
        "曲阜 (column D; '济宁曲阜软件有限公司（盖章）' in 5-1) fills every clause with proof: level '三' with 备案证明37088143010-24007, SM4, "
        "HTTPS TLS1.2, role-based access ticked, 12-month logs, 百行 + 朴道, every instalment must-have and no bloat, 12 months with bug "
        "fixes and upgrades ticked, free policy adaptation, 7×24, 2 hours, lifetime consulting, the contract clause ticked, full "
        "unencrypted source — at 246,000 含税 inside 20–30万 (3 years 246,000 + 2 × 25,000 = 296,000). 周村 is cheaper (208,000) but "
        "its must-have 订单跟踪 is only '需另购，价格…另议' (unverified); the clerk's choice 夏津 (196,000) turned the 等保 clause into a "
        "claim, struck the contract clause and gives only a licence; 新泰 is 248,600 with 13% added, 6 months bug-only, charged policy "
        "changes, office hours and 4 hours; 冠县 fails (15,000, 等保二级, HTTP); 邹平 declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zzf01, build_zzf02, build_zzf03):
        build()
    print("built zzf_01 … zzf_03 into", HERE)
