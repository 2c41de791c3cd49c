"""Build the "zt" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a 比价表 typed by an office clerk whose input method was left in full-width (全角) mode — every digit,
letter and sign full-width ('２１．８万元（含税，１３％专票）', 'ＳＭ４', '７×２４小时', '３６０１０４４３０１５－２４００７'), two prices
written in capital amounts ('贰拾壹万贰仟元整（不含税，增值税税率６％另计）'), vendors as columns, and wherever neighbouring vendors
answered alike the cells MERGED ACROSS their columns (one '全站ＨＴＴＰＳ' over five vendors, one '１２个月' over three), the declined
vendor's column one cell merged down (zt_01); a sheet where each vendor's whole mail exchange is pasted from Foxmail into ONE cell,
newest message first, the buyer's own mails inside the thread, and a later reply correcting an earlier figure (a discount, a price cut
under 10万, a mistyped option price, a tax basis added afterwards), beside the buyer's stale 摘要 column (zt_02); a GB18030 CSV
register in long format — 序号 | 供应商 | 项目 | 内容 | 来源 | 收到日期 | 登记人备注, one fact a row, the 报价单 rows first and the
澄清回函 rows appended weeks later, so one vendor's item appears twice far apart and the later 回函 governs; one vendor withdraws in
a 撤回函 row (zt_03). The expected reading of every file is in the matching zt_0N_*.toml, written from the file's content,
shared/domain.md and docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zt.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zt_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, BOX, CENTER, GREEN, GREY, TITLE, WRAP, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

# a vendor that only boasts must not be failed, priced out or marked down on what it never stated
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]


def _but(flags, *drop):
    return [f for f in flags if f not in drop]


def _text(ws, r, c1, c2, text, *, font=None, height=None, fill=None, align=None):
    c = ws.cell(row=r, column=c1, value=text)
    c.alignment = align or LEFT
    c.font = font or Font()
    if fill:
        c.fill = fill
    if c2 > c1:
        ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    if height:
        ws.row_dimensions[r].height = height


def fw(s):
    """What a Chinese input method in full-width (全角) mode types: every ASCII sign and letter full-width, a space an ideographic one."""
    out = []
    for ch in s:
        if "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# zt_01  个人信用贷 — 赣州章贡信达小额贷款's 综合办公室 钟秀兰 types the 比价表 with her input method stuck in full-width (全角): every
#        digit, letter, dot, colon, dash, slash and percent sign full-width; two prices in capital amounts. Vendors are columns;
#        where neighbouring vendors answered alike she merged the cells across their columns (her 注 says so); the declined vendor's
#        column is one cell merged down. The 类别 column is merged down each group. Her 经办人意见 row and 结论 line are hers.
# ---------------------------------------------------------------------------------------------
ZT01_V = ["九江浔阳云信网络科技有限公司", "南昌红谷数智科技有限公司", "新余渝水数科有限公司", "景德镇昌江软件有限公司",
          "萍乡安源信息技术有限公司", "鹰潭月湖科技有限公司"]
# (类别, 比较项目, five quoting vendors' cells; None = merged with the cell on its left). The sixth (declined) column is merged down.
ZT01_ROWS = [
    ("一、基本信息", "联系人及电话", ["胡敏 18970236618", "熊伟 13970862215", "付强 15979012206", "余红 13879823307",
                                  "刘斌 13579904112"]),
    ("一、基本信息", "报价日期", ["2025.11.20", "2025.11.24", "2025.11.25", "2025.11.21", "2025.11.26"]),
    ("二、报价", "报价（含税/不含税）", ["17.6万元（含税）", "21.8万元（含税，13%专票）", "贰拾壹万贰仟元整（不含税，增值税税率6%另计）",
                                  "19.2万元（含税）", "壹拾贰万陆仟元整（含税）"]),
    ("二、报价", "选配模块（未含在报价内）", ["无（三个增值模块免费赠送）", "无", None,
                                     "风控模型（评分卡+规则引擎）：选配，另加2.6万元（不含税），未含在报价内", "无"]),
    ("三、功能", "报价内功能模块",
     ["个人征信、智能风控、反欺诈、还款管理、风控审批、用户管理、智能客服机器人（赠送）、区块链存证（赠送）、元宇宙营销（赠送）",
      "个人征信（人行二代征信、百行征信）、风控模型（评分卡+决策引擎）、反欺诈模型、还款计划及逾期提醒、风控审批、用户管理",
      "个人征信（人行二代征信、朴道征信）、风控模型（决策引擎）、反欺诈模型、还款计划、风控审批、用户管理、会员体系",
      "个人征信（百行征信、朴道征信）、反欺诈规则、还款计划、风控审批、用户管理",
      "个人征信（百行征信）、风控模型（规则引擎）、还款管理、风控审批、用户管理"]),
    ("四、合规与安全", "等保三级", ["按等保三级标准设计，可协助贵司通过测评", "已取得三级，备案证明编号36010443015-24007",
                               "已取得，证书编号36050243009-24011", "已取得，备案证明36020343008-23016",
                               "已取得三级，备案证明36030243002-24001"]),
    ("四、合规与安全", "敏感数据加密", ["国密算法，银行级加密", "国密SM4（身份证号、手机号、银行卡号）", "国密SM4（身份证号、手机号）",
                                 "SM4（身份证号、手机号）", "AES-128"]),
    ("四、合规与安全", "传输加密", ["全站HTTPS", None, None, None, None]),
    ("四、合规与安全", "权限管理", ["完善的权限体系", "RBAC角色权限", None, "角色权限", None]),
    ("四、合规与安全", "操作日志保存", ["长期保存", "12个月，异常操作可追溯", "12个月", "6个月", "3个月"]),
    ("四、合规与安全", "征信接口", ["支持对接各类征信机构", "中国人民银行征信中心、百行征信", "中国人民银行征信中心、朴道征信",
                               "百行征信、朴道征信", "百行征信"]),
    ("五、售后", "免费维护期", ["终身维护", "12个月", None, None, "6个月"]),
    ("五、售后", "维护范围", ["全面维护", "缺陷修复及小版本升级", None, "仅修复缺陷，版本升级另计", "仅修复缺陷，不含升级"]),
    ("五、售后", "监管政策调整适配", ["积极配合", "因监管政策变化的调整免费", "一般调整免费，重大监管政策调整另行报价",
                                 "监管政策调整免费适配", "按次收费"]),
    ("五、售后", "技术支持", ["7×24", "7×24小时", None, "5×8（工作日9:00-18:00）", None]),
    ("五、售后", "响应时间", ["第一时间", "2小时内（指定工程师）", "1小时内", "4小时内", "次日"]),
    ("五、售后", "终身技术咨询", ["终身免费", "提供", None, None, "不提供"]),
    ("五、售后", "承诺写入合同", ["可协商", "全部写入合同", None, "写入合同", None]),
    ("五、售后", "维保期满后年费", ["无（终身维护）", "2.4万元/年", "3.2万元/年", "按合同额10%/年", "按次收费，3000元/次"]),
    ("六、源码", "源码交付", ["交付源码（风控核心引擎加密）", "完整源码，无加密，可二次开发", None, "完整源码，可二次开发",
                          "仅授权使用，授权绑定服务器，不提供源代码"]),
]
ZT01_DECLINED = "本次不参与报价（2025.11.28电话告知：项目排期已满）"
ZT01_OPINION = ["经办人意见（钟秀兰）", "价格最实惠，终身维护，还送三个模块，推荐", "资料最全，价格适中", "大写金额是不含税的",
                "风控模型要另加钱", "太便宜，不放心", "不参与"]


def build_zt01():
    name = "zt_01_pc_quanjiao_hebing_danyuange.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "比价表"
    ncol = 2 + len(ZT01_V)
    widths(ws, [14, 20, 30, 30, 30, 30, 30, 22])
    _text(ws, 1, 1, ncol, fw("赣州章贡信达小额贷款有限公司 个人信用贷系统源码 比价表（2025年12月）"), font=TITLE, height=24)
    _text(ws, 2, 1, ncol,
          fw("制表：综合办公室 钟秀兰 2025.12.03。共询价6家，5家报价。本公司只做赣州本地个人信用贷，没有跨境业务，预算18–25万。"
             "各家内容按报价单原样录入。"), height=32)
    put_row(ws, 3, ["类别", "比较项目"] + ZT01_V, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[3].height = 34
    first = 4
    r = first
    group_start = {}
    for grp, label, cells in ZT01_ROWS:
        assert len(cells) == 5, label
        group_start.setdefault(grp, [r, r])[1] = r
        ws.cell(row=r, column=2, value=fw(label)).alignment = WRAP
        ws.cell(row=r, column=2).font = BOLD
        ws.cell(row=r, column=2).border = BOX
        start = None
        for i, v in enumerate(cells):
            col = 3 + i
            cell = ws.cell(row=r, column=col)
            cell.border = BOX
            if v is None:
                continue
            cell.value = fw(v)
            cell.alignment = WRAP
        # merge each run of None into the cell on its left
        i = 0
        while i < 5:
            j = i
            while j + 1 < 5 and cells[j + 1] is None:
                j += 1
            if j > i:
                ws.merge_cells(start_row=r, start_column=3 + i, end_row=r, end_column=3 + j)
                ws.cell(row=r, column=3 + i).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            i = j + 1
        longest = max(len(v) for v in cells if v)
        ws.row_dimensions[r].height = 18 if longest < 14 else (34 if longest < 40 else 64)
        r += 1
    last = r - 1
    for grp, (a, b) in group_start.items():
        c = ws.cell(row=a, column=1, value=fw(grp))
        c.font = BOLD
        c.fill = GREY
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    # the declined vendor: its contact on the first row, then one cell merged down over every other item
    ws.cell(row=first, column=8, value=fw("邓经理 13607012288")).alignment = WRAP
    c = ws.cell(row=first + 1, column=8, value=fw(ZT01_DECLINED))
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells(start_row=first + 1, start_column=8, end_row=last, end_column=8)
    put_row(ws, r, [fw(ZT01_OPINION[0])], font=BOLD, fill=YELLOW)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    put_row(ws, r, [fw(x) for x in ZT01_OPINION[1:]], fill=YELLOW, start=3)
    ws.row_dimensions[r].height = 34
    r += 2
    _text(ws, r, 1, ncol,
          fw("结论（钟秀兰）：九江浔阳报价17.6万元含税，价格最实惠，终身维护，还免费送智能客服、区块链存证和元宇宙营销三个模块，建议选九江浔阳；"
             "南昌红谷资料最全，作备选。萍乡安源最便宜但太便宜了，不考虑。鹰潭月湖不参与。"), font=BOLD, height=34)
    _text(ws, r + 1, 1, ncol,
          fw("注：1.本表按各家报价单原样录入，“—”为未填写；2.相邻几家答复完全相同的，单元格已横向合并，合并格内容对所跨各家都适用。"),
          height=20)
    ws.freeze_panes = "C4"
    _save(wb, name)

    top = good("南昌红谷数智科技有限公司", 218000,
               f"column 南昌红谷 (the second vendor column), every cell typed full-width: '{fw('21.8万元（含税，13%专票）')}' = "
               "218,000 inside 18–25万 (the date '２０２５．１１．２４' and the phone '１３９７０８６２２１５' are no amounts); 个人征信 (人行二代 "
               "+ 百行), 风控模型 (评分卡＋决策引擎), 反欺诈模型, 还款计划及逾期提醒, 风控审批, 用户管理, no bloat; 选配 '无' (merged over "
               f"南昌红谷/新余渝水); 等保三级 备案证明编号{fw('36010443015-24007')}; 国密ＳＭ４ on ID/mobile/bank card; '全站ＨＴＴＰＳ' merged "
               "across all five quoting columns; 'ＲＢＡＣ角色权限' merged over 南昌红谷/新余渝水; logs １２个月 traceable; 人行 + 百行; "
               "'１２个月' merged over 南昌红谷/新余渝水/景德镇昌江; '缺陷修复及小版本升级' and '７×２４小时' merged over 南昌红谷/新余渝水; "
               "'因监管政策变化的调整免费'; '２小时内（指定工程师）' = 2 h; '提供' merged over three columns; '全部写入合同' merged over two; "
               "'２．４万元／年' = 24,000; '完整源码，无加密，可二次开发' merged over two. Her 意见 row is the buyer's.",
               PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor="九江浔阳云信网络科技有限公司", gate="unverified", price=176000,
             why=f"column 九江浔阳 (first): '{fw('17.6万元（含税）')}' = 176,000 (below the 18–25万 band, above 15万); '按等保三级标准设计，"
                 "可协助贵司通过测评' (claimed: unverified — helping the buyer pass is no proof); '国密算法，银行级加密' (which? claimed); "
                 "'支持对接各类征信机构' (no body: claimed); 日志 '长期保存' (claimed); '终身维护' (claimed, 12 months); '全站ＨＴＴＰＳ' (the "
                 "merged cell starts in its column) and '７×２４' stated; '完善的权限体系', '全面维护', '积极配合', '第一时间', '终身免费', "
                 "'可协商', '无（终身维护）' state nothing; 智能客服机器人、区块链存证、元宇宙营销 赠送 (bloat); '风控核心引擎加密' (partial). "
                 "Her 意见 ('推荐') and 结论 are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed", tls="stated", support_7x24="stated"),
             fin=PC + ["anti_fraud", "ai_customer_service", "blockchain_evidence", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["no_anti_fraud"]),
        dict(vendor="新余渝水数科有限公司", gate="pass", price=224720,
             why="column 新余渝水 (third): the capital amount '贰拾壹万贰仟元整（不含税，增值税税率６％另计）' = 212,000 before tax at its own "
                 "stated 6 %: 212,000 × 1.06 = 224,720 inside 18–25万; 个人征信 (人行二代 + 朴道), 风控模型 (决策引擎), 反欺诈模型, 还款计划, "
                 f"风控审批, 用户管理, 会员体系 (deferrable), no bloat; 选配 '无' (merged from 南昌红谷); 等保三级证书{fw('36050243009-24011')}; "
                 "国密ＳＭ４ (ID, mobile); HTTPS, ＲＢＡＣ, １２个月 maintenance, 小版本升级, ７×２４小时, 终身咨询 提供, 全部写入合同 and 完整源码 "
                 "无加密 all from cells merged across its column; logs １２个月; 人行 + 朴道; '一般调整免费，重大监管政策调整另行报价' "
                 "(conditional: charged); '１小时内' = 1 h; '３．２万元／年' = 32,000.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", tls="stated", access_control="stated",
                         free_maintenance_months="stated", maintenance_includes_upgrades="stated",
                         policy_adaptation_free="conditional", support_7x24="stated", response_hours="stated",
                         lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=PC + CORE + ["anti_fraud", "membership"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "claimed", "no_anti_fraud"]
             + _but(AFTER_BAD, "policy_adaptation_charged")),
        dict(vendor="景德镇昌江软件有限公司", gate="pass", price=221380,
             why=f"column 景德镇昌江 (fourth): '{fw('19.2万元（含税）')}' lacks the must-have 风控模型, offered as '风控模型（评分卡＋规则引擎）："
                 "选配，另加２．６万元（不含税），未含在报价内' (conditional, added with 13 % VAT beside a 含税 base): 192,000 + 26,000 × 1.13 = "
                 "192,000 + 29,380 = 221,380 inside 18–25万; 个人征信 (百行 + 朴道), 反欺诈规则, 还款计划, 风控审批, 用户管理; 等保三级 备案证明"
                 f"{fw('36020343008-23016')}; ＳＭ４ (ID, mobile); HTTPS (merged); '角色权限' merged over 景德镇昌江/萍乡安源; logs ６个月 (not "
                 "under 6); 百行 + 朴道; '１２个月' (the merged cell from 南昌红谷 spans its column); '仅修复缺陷，版本升级另计' (conditional); "
                 "政策免费适配; '５×８（工作日９：００－１８：００）' merged over 景德镇昌江/萍乡安源 (no 7×24; the times are no figures); "
                 "'４小时内' = 4 h; 终身咨询 '提供' (merged); '写入合同' merged over two; '按合同额１０％／年' (no amount asserted); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", support_7x24="stated", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"]
             + _but(AFTER_BAD, "maintenance_excludes_upgrades", "no_7x24", "response_over_2h")),
        dict(vendor="萍乡安源信息技术有限公司", gate="pass", price=126000,
             why="column 萍乡安源 (fifth): the capital amount '壹拾贰万陆仟元整（含税）' = 126,000 (caution zone: cheaper is not better); "
                 "个人征信 (百行), 风控模型 (规则引擎), 还款管理, 风控审批, 用户管理 — a stated list without anti-fraud; 等保三级 备案证明"
                 f"{fw('36030243002-24001')} (stated); 'ＡＥＳ－１２８' (no SM4); HTTPS (merged); 角色权限 (merged from 景德镇昌江); logs ３个月 "
                 "(under 6); 百行; free maintenance ６个月; '仅修复缺陷，不含升级' (conditional); 政策 '按次收费' (charged); ５×８ (merged); "
                 "'次日'; 终身咨询 '不提供'; '写入合同' (merged from 景德镇昌江); '按次收费，３０００元／次' (per incident, no yearly fee); "
                 "'仅授权使用，授权绑定服务器，不提供源代码' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated", maintenance_includes_upgrades="conditional",
                         lifetime_consulting="stated"),
             fin=PC + CORE, fex=BLOAT + ["anti_fraud"],
             flin=["price_below_15w", "conditional", "no_anti_fraud", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "no_licensed_credit_bureau", "not_in_contract",
                            "bloat_features", "source_partial"]),
    ]
    write_toml(
        "zt_01_pc_quanjiao_hebing_danyuange.toml",
        """Voice: 钟秀兰 of the 综合办公室 at 赣州章贡信达小额贷款 (local personal credit only, no cross-border business, budget 18–25万)
  types up the quotes on 2025-12-03 with her input method left in full-width (全角) mode; the 经办人意见 row, the 结论 line and the 注
  are hers.
Layout: sheet 比价表 — title, her note row, header 类别 | 比较项目 | six vendors' full names; the 类别 column merged down each group
  (一、基本信息 … 六、源码); 20 item rows (联系人及电话, 报价日期, 报价（含税/不含税）, 选配模块（未含在报价内）, 报价内功能模块, 等保三级,
  敏感数据加密, 传输加密, 权限管理, 操作日志保存, 征信接口, 免费维护期, 维护范围, 监管政策调整适配, 技术支持, 响应时间, 终身技术咨询,
  承诺写入合同, 维保期满后年费, 源码交付); where neighbouring vendors answered alike the cell is MERGED ACROSS their columns ('全站ＨＴＴＰＳ'
  C:G over all five quoting vendors; 'ＲＢＡＣ角色权限' D:E, '角色权限' F:G; '１２个月' D:F; '缺陷修复及小版本升级' D:E; '７×２４小时' D:E,
  '５×８（工作日９：００－１８：００）' F:G; '提供' D:F; '全部写入合同' D:E, '写入合同' F:G; '完整源码，无加密，可二次开发' D:E; '无' D:E); the
  sixth (declined) column has its contact, then ONE cell merged down over every other item '本次不参与报价（２０２５．１１．２８电话告知：
  项目排期已满）'; a yellow 经办人意见（钟秀兰） row; her 结论 line and a 注 ('相邻几家答复完全相同的，单元格已横向合并，合并格内容对所跨各家
  都适用'). EVERY digit, Latin letter and sign in the sheet is full-width ('２１．８万元', 'ＳＭ４', '７×２４', '１３％', '３．２万元／年').
  Frozen at C4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: full-width digits are digits ('２１．８万元' = 218,000, '１２个月' = 12, '２小时内' = 2 h, '６％' = 6 %), full-width letters are
  the letters ('ＳＭ４' is SM4, 'ＡＥＳ－１２８' is AES, 'ＨＴＴＰＳ', 'ＲＢＡＣ'); two prices are capital amounts — '贰拾壹万贰仟元整
  （不含税，增值税税率６％另计）' = 212,000 × 1.06 = 224,720 (新余渝水) and '壹拾贰万陆仟元整（含税）' = 126,000 (萍乡安源, caution zone);
  a merged cell holds for every vendor column it spans (only its first cell carries the text): 新余渝水 takes '１２个月', '缺陷修复及小版本
  升级', '７×２４小时', '提供', '全部写入合同', 'ＲＢＡＣ角色权限' and '完整源码，无加密' from cells that start in 南昌红谷's column, 萍乡安源
  takes '角色权限', '５×８' and '写入合同' from 景德镇昌江's, and every quoting vendor has HTTPS; 景德镇昌江's must-have 风控模型 is an
  option '另加２．６万元（不含税）' beside a 含税 base = 221,380 (conditional, added); the declined 鹰潭月湖's merged-down cell is no
  quote (not listed), and its text is nobody's term; dates ('２０２５．１１．２４') and phones are no amounts; 九江浔阳 (her pick, 17.6万)
  only claims (按等保三级标准设计, 国密算法, 各类征信机构, 长期保存, 终身维护: unverified), with three bloat modules 赠送 and an encrypted risk
  engine (partial); '１０％／年', '３０００元／次' are no prices.""",
        "personal_credit", [name], "南昌红谷数智科技有限公司",
        "南昌红谷 proves every gate (备案证明编号３６０１０４４３０１５－２４００７, ＳＭ４ on ID/mobile/bank card, HTTPS, RBAC, 12-month logs, "
        "人行 + 百行), has every must-have plus 反欺诈模型 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 "
        "within 2 hours by a named engineer, lifetime consulting, all in the contract, full unencrypted source — at 218,000 含税 inside "
        "18–25万 (3 years 218,000 + 2 × 24,000 = 266,000). 新余渝水 is 224,720 含税 (212,000 before its own 6 %) and charges major "
        "policy changes; 景德镇昌江 is 221,380 with its risk-model option, bug-only maintenance and 5×8/4h; the writer's pick 九江浔阳 "
        "(176,000) proves nothing (unverified), pads with three bloat modules and encrypts its risk engine; 萍乡安源 is 126,000 in the "
        "caution zone without SM4 or anti-fraud, with 3-month logs and a licence only; 鹰潭月湖 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zt_02  商户经营性贷 — 宁波海曙甬商小额贷款's 风控部 孙立伟 keeps the quotes by pasting each vendor's whole Foxmail exchange into one
#        cell, the newest message on top ('------------------ 原始邮件 ------------------' between messages, his own mails inside);
#        later replies correct earlier figures. His 摘要 column was jotted when the first quote came in and is stale; 待确认事项 and
#        his 意见 line are his.
# ---------------------------------------------------------------------------------------------
BUYER = "孙立伟 <sunliwei@nbysxd.com>"
SEP = "\n\n------------------ 原始邮件 ------------------\n"


def _mail(sender, when, to, subject, body):
    return f"发件人：{sender}\n发送时间：{when}\n收件人：{to}\n主题：{subject}\n\n{body}"


INVITE = ("各位好：\n我司拟采购商户经营贷系统源码（买断），请于11月28日前邮件回复报价及以下内容：报价是否含税、功能模块、等保三级备案"
          "证明编号、敏感数据加密方式、对接的征信机构、免费维护期及范围、技术支持时间及响应时限、维保期满后费用、源码交付方式。"
          "我司要求：等保三级、国密SM4、7×24小时技术支持、2小时内响应、售后承诺写入合同。\n孙立伟\n宁波海曙甬商小额贷款有限公司 风控部"
          "\n0574-87326610")
SUBJ = "商户经营贷系统源码询价"

ZT02_THREADS = [
    ("嘉兴南湖云商网络科技有限公司", "李娜 18757302261",
     _mail("李娜 <lina@jxnanhu-ys.cn>", "2025年12月1日(星期一) 上午10:48", BUYER, "回复：回复：" + SUBJ,
           "孙经理您好：\n您邮件里问的几个问题统一答复如下：\n1. 我司系统按等保三级标准建设，测评时全力配合；\n2. 敏感数据采用国密算法加密；\n"
           "3. 可对接各大征信机构；\n4. 终身维护，7×24小时服务，响应第一时间。\n另外本次签约可额外赠送跨境支付通道和智能客服机器人两个模块。\n"
           "李娜 嘉兴南湖云商网络科技有限公司 18757302261")
     + SEP
     + _mail(BUYER, "2025年11月29日(星期六) 下午3:02", "李娜 <lina@jxnanhu-ys.cn>", "回复：" + SUBJ,
             "李经理：\n请补充：等保三级备案证明编号、加密算法名称、已对接的持牌征信机构、免费维护期（月数）及维保期满后费用。\n孙立伟")
     + SEP
     + _mail("李娜 <lina@jxnanhu-ys.cn>", "2025年11月26日(星期三) 上午9:15", BUYER, "回复：" + SUBJ,
             "孙经理好！\n我司商户经营贷系统报价26.8万元（含税）。\n功能：企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理，"
             "赠送区块链存证。\n系统安全稳定，完善的权限体系，日志长期保存，全站HTTPS。\n源码交付（核心风控引擎加密）。\n期待合作！\n李娜"),
     "26.8万含税，预算内，终身维护，还送三个模块，倾向这家", "等保证书编号没给"),
    ("温州鹿城数智科技有限公司", "王磊 13858761205",
     _mail("王磊 <wanglei@wzlucheng.com>", "2025年12月2日(星期二) 下午2:36", BUYER, "回复：回复：" + SUBJ,
           "孙经理您好：\n经公司内部审批，合计优惠至29.8万元（含税），其余条款均不变。\n此致\n王磊 温州鹿城数智科技有限公司 销售部 13858761205")
     + SEP
     + _mail(BUYER, "2025年12月1日(星期一) 上午9:12", "王磊 <wanglei@wzlucheng.com>", "回复：" + SUBJ,
             "王经理：\n贵司报价30.8万略高，能否再优惠一些？\n孙立伟")
     + SEP
     + _mail("王磊 <wanglei@wzlucheng.com>", "2025年11月27日(星期四) 下午4:05", BUYER, "回复：" + SUBJ,
             "孙经理您好，我司报价如下：\n1. 源码授权费 24.6万元\n2. 部署实施费 4.2万元\n3. 培训费 2.0万元\n合计 30.8万元（含税，13%增值税专票）\n"
             "功能模块：企业征信（人行企业征信、百行征信）、银行流水分析、电子合同（CA签章）、风控审批、还款计划及逾期提醒、用户管理\n"
             "等保：已取得等保三级，备案证明编号33030243011-24008\n数据加密：国密SM4（法人身份证号、手机号、对公账号）\n"
             "传输：全站HTTPS（TLS1.2）；权限：RBAC角色权限；操作日志保存12个月\n征信接口：中国人民银行征信中心、百行征信\n"
             "售后：免费维护12个月，含缺陷修复及小版本升级；因监管政策变化所需调整免费；7×24小时技术支持，2小时内响应（指定工程师）；"
             "提供终身技术咨询；以上均写入合同\n维保期满后年服务费：2.8万元/年\n源码：完整源码，无加密，可二次开发\n"
             "王磊 温州鹿城数智科技有限公司 销售部 13858761205")
     + SEP
     + _mail(BUYER, "2025年11月24日(星期一) 上午8:50", "王磊 <wanglei@wzlucheng.com>", SUBJ, INVITE),
     "30.8万含税，资料齐全，就是偏贵", "已砍价，等回复"),
    ("衢州柯城软件有限公司", "周强 13967012238",
     _mail("周强 <zhouqiang@qzkecheng-soft.com>", "2025年12月3日(星期三) 上午11:20", BUYER, "回复：回复：" + SUBJ,
           "孙经理您好：\n年底冲业绩，特价9.6万元（含税），功能和售后条款与上次报价相同。\n周强 衢州柯城软件有限公司 13967012238")
     + SEP
     + _mail(BUYER, "2025年12月2日(星期二) 下午5:41", "周强 <zhouqiang@qzkecheng-soft.com>", "回复：" + SUBJ,
             "周经理：\n我们要求7×24小时技术支持、2小时内响应，并且写入合同，请确认能否做到。\n孙立伟")
     + SEP
     + _mail("周强 <zhouqiang@qzkecheng-soft.com>", "2025年11月28日(星期五) 下午6:12", BUYER, "回复：" + SUBJ,
             "孙经理：\n我司报价12.8万元（含税）。\n功能：企业征信（百行征信）、银行流水分析、电子合同、风控审批、还款管理、用户管理。\n"
             "等保三级已取得，备案证明33080243003-24002。敏感数据AES-256加密，HTTPS，角色权限，日志保存3个月。征信接口：百行征信。\n"
             "售后：免费维护3个月，仅修复缺陷；政策调整按次收费；技术支持5×8（工作日），次日响应；不提供终身技术咨询；服务条款不写入合同，"
             "以报价单为准。维保期满后按次收费，每次5000元。\n源码：仅授权使用，授权绑定域名。\n周强"),
     "12.8万，最便宜，但售后差", "7×24能不能做？"),
    ("湖州吴兴融科信息技术有限公司", "陈静 15857215536",
     _mail("陈静 <chenjing@hzwuxing-rk.com>", "2025年12月2日(星期二) 上午9:30", BUYER, "回复：回复：" + SUBJ,
           "孙经理：\n更正一下，11月28日邮件中银行流水分析模块的价格写错了，应为3.6万元（含税），不是2.6万元。其余内容不变，抱歉。\n"
           "陈静 湖州吴兴融科信息技术有限公司")
     + SEP
     + _mail("陈静 <chenjing@hzwuxing-rk.com>", "2025年11月28日(星期五) 上午10:05", BUYER, "回复：" + SUBJ,
             "孙经理您好，报价如下：\n系统报价27.6万元（含税）。\n功能：企业征信（百行征信、朴道征信）、电子合同、风控审批、还款计划、用户管理、"
             "数据大屏。银行流水分析为选配模块，另加2.6万元（含税），未含在27.6万内。\n等保：已取得，备案证明33050243007-23013。\n"
             "SM4加密（身份证号、手机号）；HTTPS；角色权限；日志保存6个月。\n征信：百行征信、朴道征信。\n"
             "售后：免费维护12个月，仅修复缺陷，版本升级另计；监管政策调整免费；5×8（工作日9:00-17:30），4小时内响应；提供终身技术咨询；"
             "写入合同。维保期满后按合同额12%/年。\n源码：完整源码，可二次开发。\n陈静")
     + SEP
     + _mail(BUYER, "2025年11月24日(星期一) 上午8:52", "陈静 <chenjing@hzwuxing-rk.com>", SUBJ, INVITE),
     "27.6万+流水2.6万=30.2万，含税", "升级要另收钱"),
    ("绍兴越城数科有限公司", "赵敏 13735318820",
     _mail("赵敏 <zhaomin@sxyuecheng.com>", "2025年12月1日(星期一) 下午4:18", BUYER, "回复：回复：" + SUBJ,
           "孙经理：\n补充说明一下，我司报价28.5万元为不含税价，增值税按6%另开专票。\n赵敏")
     + SEP
     + _mail(BUYER, "2025年11月30日(星期日) 晚上8:03", "赵敏 <zhaomin@sxyuecheng.com>", "回复：" + SUBJ,
             "赵经理：28.5万是否含税？\n孙立伟")
     + SEP
     + _mail("赵敏 <zhaomin@sxyuecheng.com>", "2025年11月27日(星期四) 上午11:40", BUYER, "回复：" + SUBJ,
             "孙经理您好，我司报价28.5万元。\n功能模块：企业征信（人行企业征信、朴道征信）、银行流水分析、电子合同、风控审批、还款计划及提醒、"
             "用户管理、API开放平台。\n等保三级：已取得，证书编号33060243010-24005。\n国密SM4（身份证号、手机号、对公账号）；HTTPS（TLS1.2）；"
             "RBAC；操作日志保存12个月。\n征信：中国人民银行征信中心、朴道征信。\n售后：免费维护12个月，含缺陷修复及小版本升级；监管政策调整"
             "免费；7×24小时支持，4小时内响应；提供终身技术咨询；全部写入合同。维保期满后年服务费3.6万元/年。\n源码：完整源码，无加密。\n"
             "赵敏 绍兴越城数科有限公司"),
     "28.5万，比温州鹿城便宜", "含税？已问"),
    ("舟山定海科技有限公司", "刘洋 13805805127",
     _mail("刘洋 <liuyang@zsdinghai-tech.com>", "2025年11月29日(星期六) 上午9:02", BUYER, "回复：" + SUBJ,
           "孙经理您好：\n感谢贵司邀请。我司近期项目排期已满，本次不参与报价，敬请谅解。\n刘洋 舟山定海科技有限公司")
     + SEP
     + _mail(BUYER, "2025年11月24日(星期一) 上午8:55", "刘洋 <liuyang@zsdinghai-tech.com>", SUBJ, INVITE),
     "不参与", ""),
]
ZT02_HEAD = ["序号", "供应商", "对接人", "邮件往来（从Foxmail原样复制，最新的邮件在最上面）", "我的摘要（孙立伟，收到首封报价时记）",
             "待确认事项"]


def build_zt02():
    name = "zt_02_ml_youjian_huifu_danyuange.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "报价邮件汇总"
    ncol = len(ZT02_HEAD)
    widths(ws, [6, 28, 20, 96, 30, 18])
    _text(ws, 1, 1, ncol, "宁波海曙甬商小额贷款有限公司　商户经营贷系统源码询价　报价邮件汇总", font=TITLE, height=24)
    _text(ws, 2, 1, ncol,
          "风控部 孙立伟 整理，2025-12-04。11月24日向6家发询价邮件，5家报价。每家的往来邮件整串从Foxmail复制进一格，最新的在最上面，"
          "中间有我自己发的邮件。我的摘要是收到第一封报价时随手记的，后面没再改。本公司只做宁波本地商户经营贷，没有跨境业务，预算25–35万。",
          height=46)
    put_row(ws, 3, ZT02_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[3].height = 30
    r = 4
    for i, (vendor, contact, thread, summary, todo) in enumerate(ZT02_THREADS, start=1):
        put_row(ws, r, [str(i), vendor, contact, thread, summary, todo])
        ws.cell(row=r, column=5).fill = YELLOW
        ws.cell(row=r, column=6).fill = YELLOW
        lines = sum(1 + len(line) // 60 for line in thread.split("\n"))
        ws.row_dimensions[r].height = min(409, 15 * lines)
        r += 1
    r += 1
    _text(ws, r, 1, ncol,
          "意见（孙立伟）：嘉兴南湖26.8万含税，预算内，终身维护，还送跨境支付、智能客服、区块链存证三个模块，建议优先谈；温州鹿城资料最全"
          "（30.8万），作备选；绍兴越城28.5万也可以考虑。衢州柯城太便宜，不考虑。舟山定海不参与。", font=BOLD, height=36)
    ws.freeze_panes = "C4"
    _save(wb, name)

    vendors = [
        good("温州鹿城数智科技有限公司", 298000,
             "thread read newest first, the vendor's mails only: the latest (12-02) '合计优惠至29.8万元（含税），其余条款均不变' governs = "
             "298,000 inside 25–35万 — the 11-27 quote's '1. 源码授权费 24.6万元 / 2. 部署实施费 4.2万元 / 3. 培训费 2.0万元 / 合计 30.8万元' "
             "(24.6 + 4.2 + 2.0 = 30.8万) is the earlier price, not added, and the list numbers 1./2./3. are no amounts; the buyer's "
             "'30.8万略高' and his stale 摘要 '30.8万' are his. Other terms from the 11-27 mail (unchanged): 企业征信 (人行企业征信 + 百行), "
             "银行流水分析, 电子合同 (CA签章), 风控审批, 还款计划及逾期提醒, 用户管理, no bloat; 等保三级 备案证明编号33030243011-24008; "
             "SM4 on 法人身份证号/mobile/对公账号; HTTPS TLS1.2; RBAC; logs 12个月; 人行 + 百行; 12个月 with 小版本升级; 政策免费; 7×24; "
             "2小时 named engineer; 终身咨询; 以上均写入合同; 2.8万元/年 = 28,000; 完整源码 无加密. Phone '13858761205' is no amount.",
             ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=28000,
             source_code_delivery="full"),
        dict(vendor="嘉兴南湖云商网络科技有限公司", gate="unverified", price=268000,
             why="11-26 mail: '报价26.8万元（含税）' = 268,000 inside 25–35万; the latest reply (12-01) to the buyer's request for a filing "
                 "number, an algorithm and a licensed bureau answers with claims only: '按等保三级标准建设，测评时全力配合' (claimed: "
                 "unverified), '国密算法' (which? claimed), '可对接各大征信机构' (no body: claimed), '终身维护' (claimed, 12 months); 11-26 "
                 "'日志长期保存' (claimed); '全站HTTPS' and '7×24小时服务' stated; '完善的权限体系', '第一时间' state nothing; 区块链存证 赠送 "
                 "(11-26) plus 跨境支付通道 and 智能客服机器人 赠送 (12-01): bloat, and no cross-border business; '核心风控引擎加密' (partial). "
                 "The buyer's 11-29 questions are his, and '倾向这家' is his.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed", tls="stated", support_7x24="stated"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence", "overseas_payment", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX),
        dict(vendor="湖州吴兴融科信息技术有限公司", gate="pass", price=312000,
             why="11-28 mail: '系统报价27.6万元（含税）' without the must-have 银行流水分析, an option '另加2.6万元（含税），未含在27.6万内' — "
                 "CORRECTED by the latest mail (12-02) to '应为3.6万元（含税），不是2.6万元' (conditional, added at the corrected figure): "
                 "276,000 + 36,000 = 312,000 inside 25–35万 (the buyer's stale '27.6万+流水2.6万=30.2万' is his); 企业征信 (百行 + 朴道), "
                 "电子合同, 风控审批, 还款计划, 用户管理, 数据大屏 (deferrable), no bloat; 等保三级 备案证明33050243007-23013; SM4 (ID, "
                 "mobile); HTTPS; 角色权限; logs 6个月 (not under 6); 百行 + 朴道; 12个月 '仅修复缺陷，版本升级另计' (conditional); 政策免费; "
                 "'5×8（工作日9:00-17:30），4小时内响应' (no 7×24, 4 h); 终身咨询; 写入合同; '按合同额12%/年' (no amount asserted); 完整源码. "
                 "The buyer's 11-24 invitation (7×24, 2小时) is his requirement, not the vendor's answer.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", support_7x24="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "maintenance_excludes_upgrades", "no_7x24", "response_over_2h")),
        dict(vendor="衢州柯城软件有限公司", gate="fail", price=96000,
             why="the latest mail (12-03) '特价9.6万元（含税），功能和售后条款与上次报价相同' governs over the 11-28 '12.8万元（含税）' (the "
                 "buyer's stale 摘要 '12.8万'): 96,000 — under 10万, do not buy (fail); the buyer's 12-02 demand for 7×24, 2 h and the "
                 "contract is his, and the reply keeps the earlier terms: 企业征信 (百行), 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理; "
                 "等保三级 备案证明33080243003-24002 (stated); 'AES-256' (no SM4); HTTPS; 角色权限; logs 3个月 (under 6); 百行; 免费维护 "
                 "3个月 '仅修复缺陷' (no upgrades); 政策 '按次收费' (charged); 5×8, 次日; '不提供终身技术咨询'; '服务条款不写入合同' (no); "
                 "'按次收费，每次5000元' (per incident, no yearly fee); '仅授权使用，授权绑定域名' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated", support_7x24="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_10w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract",
                   "source_licence_only"],
             flex=["price_below_15w", "price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_tls",
                   "no_access_control", "no_licensed_credit_bureau", "bloat_features", "source_partial"]),
        dict(vendor="绍兴越城数科有限公司", gate="pass", price=302100,
             why="11-27 mail '报价28.5万元' with no tax mark, then — after the buyer asked '28.5万是否含税？' — the latest mail (12-01) '我司报价"
                 "28.5万元为不含税价，增值税按6%另开专票': the same amount, now before tax at its own 6 % (never a second item): 285,000 × 1.06 "
                 "= 302,100 inside 25–35万 (the buyer's '比温州鹿城便宜' compares it untaxed); 企业征信 (人行企业征信 + 朴道), 银行流水分析, "
                 "电子合同, 风控审批, 还款计划及提醒, 用户管理, API开放平台 (deferrable), no bloat; 等保三级证书33060243010-24005; SM4 on ID/"
                 "mobile/对公账号; HTTPS TLS1.2; RBAC; logs 12个月; 人行 + 朴道; 12个月 with 小版本升级; 政策免费; 7×24; '4小时内响应' = 4 h; "
                 "终身咨询; 全部写入合同; 3.6万元/年 = 36,000; 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=36000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="stated", support_7x24="stated",
                         response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT,
             flin=["response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "claimed", "conditional"]
             + _but(AFTER_BAD, "response_over_2h")),
    ]
    write_toml(
        "zt_02_ml_youjian_huifu_danyuange.toml",
        """Voice: 孙立伟 of the 风控部 at 宁波海曙甬商小额贷款 (local merchant operating loans, no cross-border business, budget 25–35万)
  keeps the quotes on 2025-12-04 by pasting each vendor's whole Foxmail thread into one cell; his own mails inside the threads, the
  我的摘要 column (jotted at the first quote, never updated), the 待确认事项 column and his 意见 line are his.
Layout: sheet 报价邮件汇总 — title, his note row (newest mail on top; his own mails are in the threads; the 摘要 is from the first
  quote and was not updated), header 序号 | 供应商 | 对接人 | 邮件往来（从Foxmail原样复制，最新的邮件在最上面） | 我的摘要（孙立伟，收到
  首封报价时记） | 待确认事项; six vendor rows, each thread cell holding 2–4 messages ('发件人：… 发送时间：2025年12月2日(星期二) 下午2:36
  … 主题：回复：…', then the body), separated by '------------------ 原始邮件 ------------------'; the buyer's invitation
  (要求：等保三级、国密SM4、7×24小时技术支持、2小时内响应、售后承诺写入合同) at the bottom of three threads; his 意见 line. Frozen at C4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: each cell is read newest first and only the vendor's mails count (sender not 孙立伟 / nbysxd.com): 温州鹿城's latest
  '合计优惠至29.8万元（含税），其余条款均不变' = 298,000 over the 30.8万 line items (24.6 + 4.2 + 2.0, numbered 1./2./3.); 衢州柯城's
  latest '特价9.6万元（含税）' = 96,000 (under 10万: fail) over the earlier 12.8万, and its terms stay those of the earlier quote whatever
  the buyer demanded ('我们要求7×24小时…写入合同' is his); 湖州吴兴's option for the must-have 银行流水分析 is corrected from 2.6万 to
  '应为3.6万元（含税）' = 276,000 + 36,000 = 312,000 (conditional, added); 绍兴越城's later '28.5万元为不含税价，增值税按6%另开专票' makes
  the same 28.5万 tax-exclusive at 6 % = 302,100, never a second amount; 嘉兴南湖 (his pick, 26.8万) answers the questions for proof
  with claims (按等保三级标准建设, 国密算法, 各大征信机构, 终身维护, 日志长期保存: unverified), gives away 区块链存证 + 跨境支付通道 +
  智能客服机器人 (bloat) and encrypts its risk engine (partial); 舟山定海 declined by mail (not listed); the stale 摘要 ('30.8万',
  '12.8万', '27.6万+流水2.6万=30.2万'), send dates and times, list numbers, phone numbers, '12%/年' and '5000元' are no prices.""",
        "merchant_loan", [name], "温州鹿城数智科技有限公司",
        "温州鹿城 proves every gate (备案证明编号33030243011-24008, SM4 on ID/mobile/对公账号, HTTPS TLS1.2, RBAC, 12-month logs, 人行 + "
        "百行), has every must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a "
        "named engineer, lifetime consulting, all in the contract, full unencrypted source — at 298,000 含税 after its latest discount, "
        "inside 25–35万 (3 years 298,000 + 2 × 28,000 = 354,000). 绍兴越城 is 302,100 含税 (28.5万 before its own 6 %) with a 4-hour "
        "response; 湖州吴兴 is 312,000 with its corrected statement-analysis option, bug-only maintenance and 5×8/4h; the buyer's pick "
        "嘉兴南湖 (268,000) proves nothing (unverified), pads with three bloat modules and encrypts its risk engine; 衢州柯城's latest "
        "price is 96,000 (under 10万: fail); 舟山定海 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zt_03  消费分期 — 芜湖镜湖惠家小额贷款's 消费金融部 陶雪 registers every answer as one row (供应商 | 项目 | 内容 | 来源 | 收到日期 |
#        登记人备注), the 报价单 rows in November first, the 澄清回函 rows appended in December, so a vendor's item can appear twice far
#        apart; her note says the later one governs. One vendor withdraws by letter. Saved as CSV (GB18030). 登记人备注 and her
#        意见 line are hers.
# ---------------------------------------------------------------------------------------------
ZT03_ITEMS = ["报价", "功能模块", "选配模块", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存", "征信接口", "免费维护期",
              "维护范围", "政策适配", "技术支持", "响应时间", "终身咨询", "写入合同", "期满年费", "源码交付"]
ZT03_QUOTES = [  # (vendor, 报价单 date, answers in ZT03_ITEMS order, {item: 登记人备注})
    ("芜湖鸠江易分网络科技有限公司", "2025-11-20",
     ["18.8万元（含税）", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理、元宇宙营销（赠送）、智能客服机器人（赠送）",
      "无，两个增值模块免费赠送", "满足等保三级要求", "国密算法", "HTTPS", "完善的权限体系", "长期保存", "支持对接各大征信",
      "终身维护", "全面维护", "积极配合", "7×24", "第一时间", "终身免费", "可协商", "无（终身维护）", "交付源码（分期定价引擎加密）"],
     {"报价": "除田家庵外最便宜", "功能模块": "还送元宇宙营销和智能客服", "免费维护期": "终身维护，省心"}),
    ("合肥蜀山分期科技有限公司", "2025-11-21",
     ["24.6万元（含税，13%增值税专票）", "商品管理、分期计算器（等额本息/等额本金/先息后本）、订单跟踪、还款计划及逾期提醒、风控审批、用户管理",
      "无", "已取得，备案证明编号34010443012-24006", "国密SM4（身份证号、手机号、银行卡号）", "全站HTTPS（TLS1.2）", "RBAC角色权限",
      "12个月，异常行为可追溯", "百行征信、朴道征信", "6个月", "缺陷修复及小版本升级", "监管政策调整免费适配", "7×24小时",
      "2小时内（指定工程师）", "提供", "以上承诺全部写入合同", "2.4万元/年", "完整源码，无加密，可二次开发"],
     {"免费维护期": "只给6个月，要谈"}),
    ("安庆迎江科技有限公司", "2025-11-21",
     ["21.6万元（含税）", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理", "无", "已取得，备案证明34080243005-24003",
      "SM4（身份证号、手机号）", "HTTPS", "角色权限", "12个月", "百行征信", "12个月", "缺陷修复及小版本升级", "监管政策调整免费",
      "7×24", "2小时内", "提供", "写入合同", "2.2万元/年", "完整源码"],
     {}),
    ("淮南田家庵信息技术有限公司", "2025-11-24",
     ["13.6万元", "商品管理、分期计算器、订单管理、还款管理、风控审批、用户管理", "无", "已取得三级，备案证明34040243002-24001",
      "AES-128", "HTTPS", "角色权限", "3个月", "百行征信", "6个月", "仅修复缺陷，不含升级", "按次收费", "5×8（工作日）", "次日",
      "不提供", "不写入合同，以报价单为准", "按次收费，5000元/次", "完整源码"],
     {"报价": "太便宜，存疑", "日志保存": "监管要求至少6个月"}),
    ("蚌埠龙子湖软件有限公司", "2025-11-25",
     ["22.4万元（含税）", "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理、积分商城", "无",
      "已取得，证书编号34030243008-23015", "SM4（身份证号、手机号）", "HTTPS", "角色权限", "6个月", "百行征信", "12个月",
      "仅修复缺陷，版本升级另计", "监管政策调整免费", "5×8（工作日9:00-18:00）", "4小时内", "提供", "写入合同", "按合同额12%/年",
      "完整源码，可二次开发"],
     {}),
    ("马鞍山雨山数科有限公司", "2025-11-26",
     ["23.8万元（不含税，增值税13%另计）", "商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理、数据大屏", "无",
      "已取得，备案证明34050243010-24009", "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC", "12个月",
      "中国人民银行征信中心、百行征信", "12个月", "缺陷修复及小版本升级", "一般政策调整免费，重大监管政策调整另行报价", "7×24", "1小时内",
      "提供", "全部写入合同", "2.6万元/年", "完整源码，无加密"],
     {"报价": "不含税"}),
]
ZT03_REPLIES = [  # (vendor, item, content, source, date, 登记人备注) — appended in December, in the order received
    ("蚌埠龙子湖软件有限公司", "功能模块", "更正：报价内功能为商品管理、分期计算器、还款管理、风控审批、用户管理、积分商城；订单跟踪不在22.4万元内，"
     "见选配模块", "澄清回函", "2025-12-01", "订单跟踪原来说含在内"),
    ("蚌埠龙子湖软件有限公司", "选配模块", "订单跟踪模块为选配，另加2.8万元（不含税），未含在22.4万元报价内", "澄清回函", "2025-12-01",
     "订单跟踪要另加钱"),
    ("淮南田家庵信息技术有限公司", "报价", "13.6万元为含税价，不再优惠", "澄清回函", "2025-12-01", ""),
    ("安庆迎江科技有限公司", "报价", "我司书面函告撤回本次报价，退出比选", "撤回函", "2025-12-01", "已撤回"),
    ("芜湖鸠江易分网络科技有限公司", "等保三级", "系统按等保三级标准设计开发，证书签约后提供", "澄清回函", "2025-12-02",
     "销售说证书签约后给"),
    ("芜湖鸠江易分网络科技有限公司", "数据加密", "采用国密算法，银行级安全", "澄清回函", "2025-12-02", ""),
    ("马鞍山雨山数科有限公司", "报价", "最终报价22.8万元（不含税，增值税13%另计），其余条款不变", "澄清回函", "2025-12-02", "降了1万"),
    ("合肥蜀山分期科技有限公司", "免费维护期", "同意将免费维护期调整为12个月（含缺陷修复及小版本升级），写入合同", "澄清回函", "2025-12-03",
     "谈下来了"),
]
ZT03_HEAD = ["序号", "供应商", "项目", "内容（按原文登记）", "来源", "收到日期", "登记人备注"]


def build_zt03():
    name = "zt_03_ci_zhutiao_dengji_laiyuan_gb18030.csv"
    width = len(ZT03_HEAD)

    def pad(row):
        return list(row) + [""] * (width - len(row))

    rows = [pad(["芜湖镜湖惠家小额贷款有限公司　消费分期系统源码询价　供应商答复逐条登记表"]),
            pad(["登记人：消费金融部 陶雪（2025-12-04导出）。按收到顺序逐条登记，一条一行。11月收到各家报价单，12月收到澄清回函，回函的条目接在后面"
                 "登记；同一家同一项目登记了两次的，以后收到的为准（回函优先于报价单）。本公司做家具家电分期，无跨境业务，预算20–30万。"]),
            pad([]),
            ZT03_HEAD]
    n = 0
    for vendor, date, answers, remarks in ZT03_QUOTES:
        assert len(answers) == len(ZT03_ITEMS), vendor
        for item, content in zip(ZT03_ITEMS, answers):
            n += 1
            rows.append([str(n), vendor, item, content, "报价单", date, remarks.get(item, "")])
    for vendor, item, content, source, date, remark in ZT03_REPLIES:
        n += 1
        rows.append([str(n), vendor, item, content, source, date, remark])
    rows.append(pad([]))
    rows.append(pad(["意见（陶雪）：芜湖鸠江18.8万含税，比预算下限还低，终身维护，还送元宇宙营销和智能客服，建议优先谈；合肥蜀山作备选（报价单上免费维护期"
                     "只有6个月）。淮南田家庵太便宜不考虑。安庆迎江已撤回。"]))
    write_csv(name, rows, "gb18030")

    vendors = [
        good("合肥蜀山分期科技有限公司", 246000,
             "序号 19–36 (报价单 11-21) and 116 (澄清回函 12-03): '24.6万元（含税，13%增值税专票）' = 246,000 inside 20–30万; 商品管理, "
             "分期计算器, 订单跟踪, 还款计划及逾期提醒, 风控审批, 用户管理, no bloat, 选配 '无'; 等保三级 备案证明编号34010443012-24006; SM4 on "
             "ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 12个月 traceable; 百行 + 朴道; 免费维护期 '6个月' on the 报价单 REPLACED by the "
             "later 回函 '同意将免费维护期调整为12个月（含缺陷修复及小版本升级），写入合同' = 12个月 (the later source governs, per her note); "
             "小版本升级; 政策免费; 7×24; '2小时内（指定工程师）' = 2 h; 终身咨询; 全部写入合同; 2.4万元/年 = 24,000; 完整源码 无加密. "
             "Her remark '只给6个月' and her 意见 are hers.",
             CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=24000,
             source_code_delivery="full"),
        dict(vendor="芜湖鸠江易分网络科技有限公司", gate="unverified", price=188000,
             why="序号 1–18 and 113–114: '18.8万元（含税）' = 188,000 (below the 20–30万 band, above 15万); 等保 '满足等保三级要求' replaced by "
                 "the 回函 '系统按等保三级标准设计开发，证书签约后提供' — still a claim (no filing today: unverified); 加密 '国密算法' then '采用国密"
                 "算法，银行级安全' (which? claimed); '支持对接各大征信' (no body: claimed); 日志 '长期保存' (claimed); '终身维护' (claimed, 12 "
                 "months); HTTPS and 7×24 stated; '完善的权限体系', '全面维护', '积极配合', '第一时间', '终身免费', '可协商', '无（终身维护）' "
                 "state nothing; 元宇宙营销 + 智能客服机器人 赠送 (bloat); '分期定价引擎加密' (partial). Her remarks and 意见 are hers.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed", tls="stated", support_7x24="stated"),
             fin=CI + CORE + ["repayment_management", "metaverse_marketing", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX),
        dict(vendor="蚌埠龙子湖软件有限公司", gate="pass", price=255640,
             why="序号 73–90 and 109–110: '22.4万元（含税）'; the 报价单's module list had 订单跟踪 and 选配 '无', but the later 回函 rows "
                 "replace both: 功能模块 '更正：报价内功能为商品管理、分期计算器、还款管理、风控审批、用户管理、积分商城；订单跟踪不在22.4万元内' "
                 "and 选配模块 '订单跟踪模块为选配，另加2.8万元（不含税）' — the must-have is an option (conditional, added with 13 % VAT beside "
                 "a 含税 base): 224,000 + 28,000 × 1.13 = 224,000 + 31,640 = 255,640 inside 20–30万; 积分商城 deferrable, no bloat; 等保三级"
                 "证书34030243008-23015; SM4 (ID, mobile); HTTPS; 角色权限; logs 6个月 (not under 6); 百行; 12个月 '仅修复缺陷，版本升级"
                 "另计' (conditional); 政策免费; '5×8（工作日9:00-18:00）' (no 7×24); '4小时内' = 4 h; 终身咨询; 写入合同; '按合同额12%/年' "
                 "(no amount asserted); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", support_7x24="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall"], fex=BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "maintenance_excludes_upgrades", "no_7x24", "response_over_2h")),
        dict(vendor="淮南田家庵信息技术有限公司", gate="pass", price=136000,
             why="序号 55–72 and 111: '13.6万元', confirmed by the 回函 '13.6万元为含税价，不再优惠' (the same amount, 含税) = 136,000 "
                 "(caution zone: cheaper is not better); 商品管理, 分期计算器, 订单管理 (order tracking), 还款管理, 风控审批, 用户管理; 等保三级 "
                 "备案证明34040243002-24001 (stated); 'AES-128' (no SM4); HTTPS; 角色权限; logs 3个月 (under 6); 百行; free maintenance "
                 "6个月; '仅修复缺陷，不含升级' (conditional); 政策 '按次收费' (charged); 5×8; 次日; 终身咨询 '不提供'; '不写入合同，以报价单为准' "
                 "(no); '按次收费，5000元/次' (per incident, no yearly fee); 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated", maintenance_includes_upgrades="conditional",
                         lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "conditional", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "no_licensed_credit_bureau", "bloat_features",
                            "source_partial", "source_licence_only"]),
        dict(vendor="马鞍山雨山数科有限公司", gate="pass", price=257640,
             why="序号 91–108 and 115: the 报价单's '23.8万元（不含税，增值税13%另计）' is replaced by the later 回函 '最终报价22.8万元（不含税，"
                 "增值税13%另计），其余条款不变': 228,000 × 1.13 = 257,640 inside 20–30万 (never 238,000 × 1.13); 商品管理, 分期计算器, 订单跟踪, "
                 "还款计划及提醒, 风控审批, 用户管理, 数据大屏 (deferrable), no bloat; 等保三级 备案证明34050243010-24009; SM4 on ID/mobile/"
                 "bank card; HTTPS TLS1.2; RBAC; logs 12个月; 人行 + 百行; 12个月 with 小版本升级; '一般政策调整免费，重大监管政策调整另行"
                 "报价' (conditional: charged); 7×24; '1小时内' = 1 h; 终身咨询; 全部写入合同; 2.6万元/年 = 26,000; 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=1, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "claimed"] + _but(AFTER_BAD, "policy_adaptation_charged")),
    ]
    write_toml(
        "zt_03_ci_zhutiao_dengji_laiyuan_gb18030.toml",
        """Voice: 陶雪 of the 消费金融部 at 芜湖镜湖惠家小额贷款 (furniture and appliance instalments, no cross-border business, budget
  20–30万) registers every answer she receives as one row and exports the register on 2025-12-04; the 登记人备注 column and her 意见
  line are hers.
Layout: CSV, GB18030, CRLF — a title line, her note line (one fact a row, in the order received; the December 澄清回函 rows are
  appended after the November 报价单 rows; where a vendor's item is registered twice the later one governs, 回函 over 报价单), a
  blank line, header 序号 | 供应商 | 项目 | 内容（按原文登记） | 来源 | 收到日期 | 登记人备注, then 108 报价单 rows (six vendors × 18
  items: 报价, 功能模块, 选配模块, 等保三级, 数据加密, 传输加密, 权限管理, 日志保存, 征信接口, 免费维护期, 维护范围, 政策适配, 技术支持, 响应时间,
  终身咨询, 写入合同, 期满年费, 源码交付) and 8 rows 109–116 from December (澄清回函, one 撤回函); a blank line and her 意见 line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: a long table — 项目 names the field, 内容 is the vendor's words; the same vendor and item registered twice, 90-odd rows apart,
  is read at the LATER row: 合肥蜀山's free maintenance '6个月' becomes '调整为12个月…写入合同' (no maintenance_under_12m); 马鞍山雨山's
  23.8万 becomes '最终报价22.8万元（不含税，增值税13%另计）' = 257,640; 蚌埠龙子湖's module list loses 订单跟踪 and its 选配 '无' becomes
  '订单跟踪模块为选配，另加2.8万元（不含税）' = 224,000 + 31,640 = 255,640 (conditional, added); 淮南田家庵's '13.6万元为含税价' only
  confirms the amount (136,000, caution zone); 芜湖鸠江's 回函 trades one claim for another ('证书签约后提供', '采用国密算法': still
  unverified); 安庆迎江's 18 good-looking 报价单 rows are void — its 撤回函 row '书面函告撤回本次报价，退出比选' withdraws it (not
  listed); 芜湖鸠江 (her pick, 18.8万) only claims, with 元宇宙营销 + 智能客服机器人 赠送 (bloat) and an encrypted pricing engine
  (partial); her remarks ('只给6个月，要谈', '除田家庵外最便宜') and 意见 are hers; 序号, dates, '12%/年', '5000元/次' are no prices.""",
        "consumer_installment", [name], "合肥蜀山分期科技有限公司",
        "合肥蜀山 proves every gate (备案证明编号34010443012-24006, SM4 on ID/mobile/bank card, HTTPS TLS1.2, RBAC, 12-month logs, 百行 + "
        "朴道), has all three instalment must-haves and no bloat, and — its 回函 having raised the free maintenance from 6 to 12 months "
        "in the contract — gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, lifetime "
        "consulting, all in the contract, full unencrypted source — at 246,000 含税 inside 20–30万 (3 years 246,000 + 2 × 24,000 = "
        "294,000). 蚌埠龙子湖 is 255,640 with its order-tracking option, bug-only maintenance and 5×8/4h; 马鞍山雨山 is 257,640 含税 "
        "(22.8万 before 13 %) and charges major policy changes; the buyer's pick 芜湖鸠江 (188,000) proves nothing (unverified), pads "
        "with two bloat modules and encrypts its pricing engine; 淮南田家庵 is 136,000 in the caution zone without SM4, with 3-month logs, "
        "6 months bug-only and nothing in the contract; 安庆迎江 withdrew.",
        vendors)


if __name__ == "__main__":
    for build in (build_zt01, build_zt02, build_zt03):
        build()
    print("built zt_01 … zt_03 into", HERE)
