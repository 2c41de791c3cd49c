"""Build the "zze" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a 腾讯文档 online 询价填报表 exported to Excel — the buyer's items down the sheet with its own
'我方要求（供参考，勿改）' column, ONE COLUMN PER VENDOR that each vendor typed into itself (its company name in the header cell it
overwrote), and ONE VENDOR'S COLUMN SHIFTED UP BY ONE ROW from row 8 on: it deleted its own cell at row 8 (等保三级) with 'shift cells
up', so from row 8 every answer sits one row above its item and its old 备注 sits in the 源码交付 row; the vendor says so itself in its
备注 cell at row 23 and gives its lost 等保 answer there; a declining vendor's column, a 面议 column with blanks, and the buyer's own
notes added under the table after the export (zze_01); the data source of a Word 邮件合并 (mail merge) kept as a CSV in GBK, CRLF,
from which the 综合部 clerk prints one 《报价确认函》 per vendor — one row per vendor, merge-field headers, the vendor's own quoted terms
copied into the merge fields (multi-fact 等保及数据安全 and 售后服务承诺 cells), the addressee's name, title, phone, postal address and
SIX-DIGIT POSTCODE, the buyer's own contact and 回函截止 date repeated on every row, the price twice (报价金额小写 | 报价金额大写) with
ONE VENDOR GIVING ONLY THE 大写, a declining vendor's row, and the clerk's 经办备注（不合并） column (zze_02); a buyer's summary of a
Word 询价问题清单 that each vendor returned with its answers typed straight after each question, pasted paragraph by paragraph into
Excel — 题号 | 我方原题 | one column per vendor whose every cell holds THE QUESTION'S OWN WORDS (with the buyer's figures: '是否不少于
12个月', '7×24小时', '2小时以内', 'SM4', 'RBAC') FOLLOWED BY THE VENDOR'S ANSWER, each vendor marking it its own way: 【…】, a new
line '答：…', a second （…） right after the question's own （…）, 【】 left empty, ' 回复：…'; a declining vendor whose column holds the
clerk's phone note, the clerk's 核对 column and her recommendation under the table (zze_03). The expected reading of every file is
in the matching zze_0N_*.toml, written from the file's content, shared/domain.md and docs/analyst-reading.md only; the author
neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zze.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zze_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

# a vendor that only boasts must not be failed, priced out or marked down on what it never stated
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]
ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
ITALIC_GREY = Font(italic=True, color="595959")
PALE = PatternFill("solid", fgColor="FFF2CC")


def _but(flags, *drop):
    return [f for f in flags if f not in drop]


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


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


# ---------------------------------------------------------------------------------------------
# zze_01  个人信用贷 — 上高县锦江小额贷款's 信息科技部 (邹敏) puts a 询价填报表 on 腾讯文档; each vendor fills its own column online.
#         萍乡芦溪数科 deleted its own cell at row 8 with 'shift up' and could not undo it: from row 8 its column is one row high.
# ---------------------------------------------------------------------------------------------
ZZE01_ITEMS = [  # (序号, 询价项目, 我方要求（供参考，勿改）) — rows 4..22
    ("1", "报价总额", "请填总价并注明币种单位；预算参考18–25万元"),
    ("2", "计税方式", "含税/不含税，含税请注明税率"),
    ("3", "报价包含的功能模块", "至少含：个人征信对接、风控模型、反欺诈、还款管理、风控审批、用户管理"),
    ("4", "选配/另计项目及价格", "未含在总价内的逐项列明价格"),
    ("5", "等保三级", "须已取得，请填备案证明编号"),
    ("6", "敏感数据加密", "身份证号、手机号、银行卡号须国密SM4加密"),
    ("7", "传输加密", "全站HTTPS"),
    ("8", "权限管理", "基于角色（RBAC）"),
    ("9", "操作日志保存期", "不少于6个月"),
    ("10", "征信接口", "须为持牌征信机构，请写明机构"),
    ("11", "免费维护期", "不少于12个月"),
    ("12", "维护范围", "含bug修复及小版本升级"),
    ("13", "监管政策适配", "政策调整免费适配"),
    ("14", "技术支持时段", "7×24小时"),
    ("15", "故障响应时间", "2小时内"),
    ("16", "终身技术咨询", "请注明是否提供"),
    ("17", "以上承诺是否写入合同", "须写入合同"),
    ("18", "维保期满后年费", "请写明金额"),
    ("19", "源码交付方式", "完整源码、无加密、可二次开发"),
]
FIRST_ITEM_ROW = 4
NOTE_ROW = FIRST_ITEM_ROW + len(ZZE01_ITEMS)  # row 23: 备注（各单位自填）

# each vendor's TRUE answers, items 1..19, then its 备注 — as the vendor meant them
ZZE01_V = [
    ("萍乡芦溪数科有限公司", [
        "21.6万元", "含税（13%增值税专票）",
        "个人征信查询（对接人行二代征信、百行征信）、风控模型（评分卡+规则引擎）、反欺诈模型、还款计划及逾期提醒、风控审批、用户管理",
        "无",
        "已取得三级，备案证明编号36032343015-24003（2024年取得）",
        "身份证号、手机号、银行卡号SM4加密存储", "全站HTTPS（TLS1.2）", "RBAC角色权限，按岗位授权", "12个月，异常操作可追溯",
        "人行征信中心、百行征信", "12个月", "bug修复及小版本升级", "监管政策调整免费适配", "7×24小时", "2小时内，指定工程师",
        "提供", "是，以上全部写入合同", "2.2万元/年", "完整源代码，无加密，可二次开发"],
     "报价有效期90天"),
    ("宜春樟树信息技术有限公司", [
        "18.8w", "含税",
        "个人征信、智能风控、反欺诈、还款管理、审批流、用户管理；赠送区块链存证、AI智能客服", "无",
        "符合等保三级要求，可协助客户办理测评", "采用国密算法加密", "HTTPS", "权限体系完善", "永久保存",
        "已对接多家主流征信机构", "终身免费维护", "全面维护，终身升级", "免费", "7×24小时", "第一时间响应", "提供",
        "可以写入合同", "无（终身免费）", "提供源码（核心风控引擎加密）"],
     "我司已服务全国300余家金融机构，欢迎实地考察"),
    ("上饶婺源软件有限公司", [
        "19.5万元", "不含税（税费另计）",
        "个人征信（百行征信）、风控模型、反欺诈、还款管理、风控审批、用户管理、会员体系", "营销插件 另计1.5万元",
        "已取得三级，备案证明36112743006-24010", "SM4（身份证号、手机号、银行卡号）", "HTTPS", "RBAC", "6个月", "百行征信",
        "一年", "仅修复bug，版本升级另行收费", "免费", "工作日9:00-17:30", "4小时内", "提供", "写入合同", "2.0万元/年",
        "完整源码"],
     ""),
    ("抚州黎川网络科技有限公司", [
        "12.8万", "含税",
        "个人征信查询、反欺诈、还款管理、风控审批、用户管理（风控模型二期开发，届时另行报价）", "无",
        "等保二级（已备案），三级暂未办理", "AES加密", "HTTPS", "有管理员、操作员两级权限", "3个月", "百行征信",
        "3个月", "只修bug", "政策调整另收费", "5×8小时", "次日响应", "不提供", "不写入合同", "按次收费，2000元/次",
        "仅提供授权，绑定服务器，不交付源代码"],
     ""),
    ("新余分宜云科技有限公司", [
        "面议（需了解贵司放款规模后报价）", "含税",
        "个人征信查询（百行征信、朴道征信）、风控模型、反欺诈模型、还款计划及提醒、风控审批、用户管理", "无",
        "已取得三级，备案证明36052143009-24002", "身份证号、手机号SM4加密", "全站HTTPS", "RBAC", "", "",
        "一年", "缺陷修复及小版本升级", "免费", "7×24小时", "1小时内", "提供", "写入合同", "2.6万元/年", "完整源码，无加密"],
     ""),
    ("吉安永新数据服务有限公司", ["我司本次不参与报价，感谢邀请"] + [""] * (len(ZZE01_ITEMS) - 1), ""),
]
ZZE01_SHIFTED = "萍乡芦溪数科有限公司"
SHIFT_FROM = 8  # the row whose cell 芦溪 deleted ('删除单元格，下方单元格上移')
ZZE01_SHIFT_NOTE = ("【芦溪数科 刘工 11-28 17:52】不好意思，我司这一列第8行起错位了：误删了第8行（等保三级）的格子，下面的内容都往上跑了"
                    "一格，腾讯文档里撤销不回来。第8行起各格请下移一格看（第8行写的是“敏感数据加密”的答复，依此类推，第22行是原来的备注）。"
                    "第8行“等保三级”应为：已取得三级，备案证明编号36032343015-24003（2024年取得）。")
ZZE01_BUYER_NOTES = [
    "—— 以下为信息科技部 邹敏 12-01 导出后加注（内部，不对外）——",
    "1. 樟树报价最低（18.8万），等保只写了“符合等保三级要求”，没给备案证明编号；送的两个模块我们用不上。",
    "2. 婺源写的是不含税；黎川等保只有二级、风控模型要等二期。",
    "3. 分宜没报价格，日志和征信两格空着；永新不参与。",
    "4. 芦溪那一列对方自己在第23行备注里说明了错位。",
    "5. 业务部倾向樟树（便宜），请领导定。",
]


def build_zze01():
    name = "zze_01_pc_tengxun_wendang_cuowei_xiayi.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "询价填报"
    nv = len(ZZE01_V)
    ncol = 3 + nv
    widths(ws, [6, 20, 30] + [34] * nv)
    _text(ws, 1, 1, ncol, "上高锦江小贷 · 个人信用贷系统源码 询价填报表（腾讯文档在线填写）", font=TITLE, height=26,
          align=Alignment(horizontal="center", vertical="center"))
    _text(ws, 2, 1, ncol,
          "填写说明：请各服务商只在本单位一列填写（第3行改成贵司全称），勿改他人内容及A–C列；金额请注明含税/不含税；第23行可自填备注。"
          "截止时间：2025-11-28 18:00。—— 上高县锦江小额贷款有限公司 信息科技部 邹敏（我司只做上高本地个人信用贷，无跨境业务）",
          height=44)
    head = ["序号", "询价项目", "我方要求（供参考，勿改）"] + [v[0] for v in ZZE01_V]
    put_row(ws, 3, head, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[3].height = 34
    cols = []
    for vname, answers, note in ZZE01_V:
        assert len(answers) == len(ZZE01_ITEMS), vname
        cells = list(answers) + [note]
        if vname == ZZE01_SHIFTED:
            k = SHIFT_FROM - FIRST_ITEM_ROW
            assert ZZE01_ITEMS[k][1] == "等保三级"
            cells = cells[:k] + cells[k + 1:] + [""]  # delete row 8's cell, shift up: the last row becomes empty
            assert cells[-1] == "" and cells[-2] == note
            cells[-1] = ZZE01_SHIFT_NOTE  # the vendor then types its explanation into the freed 备注 cell
        cols.append(cells)
    for i, (no, item, req) in enumerate(ZZE01_ITEMS + [("", "备注（各单位自填）", "")]):
        r = FIRST_ITEM_ROW + i
        put_row(ws, r, [no, item, req] + [c[i] for c in cols])
        ws.cell(row=r, column=2).font = BOLD
        ws.cell(row=r, column=3).font = ITALIC_GREY
        ws.cell(row=r, column=3).fill = GREY
        longest = max(len(c[i]) for c in cols + [[req] * len(cols[0])])
        ws.row_dimensions[r].height = max(18, 15 * (1 + longest // 17))
    assert ws.cell(row=8, column=2).value == "等保三级" and ws.cell(row=NOTE_ROW, column=2).value == "备注（各单位自填）"
    shifted_col = 4 + [v[0] for v in ZZE01_V].index(ZZE01_SHIFTED)
    assert ws.cell(row=8, column=shifted_col).value.startswith("身份证号")
    assert ws.cell(row=22, column=shifted_col).value == "报价有效期90天"
    ws.cell(row=NOTE_ROW, column=shifted_col).fill = PALE
    r = NOTE_ROW + 2
    for line in ZZE01_BUYER_NOTES:
        _text(ws, r, 1, ncol, line, font=ITALIC_GREY, height=18)
        r += 1
    ws.freeze_panes = "D4"
    _save(wb, name)

    top = good("萍乡芦溪数科有限公司", 216000,
               "column D, filled by the vendor itself, READ WITH ITS OWN NOTE AT D23 ('第8行起错位了：误删了第8行（等保三级）的格子，下面的内容"
               "都往上跑了一格…第8行起各格请下移一格看…第8行“等保三级”应为：已取得三级，备案证明编号36032343015-24003（2024年取得）'): D4 "
               "'21.6万元' with D5 '含税（13%增值税专票）' = 216,000 inside 18–25万; D6 个人征信查询（人行二代征信、百行征信）, 风控模型（评分卡+"
               "规则引擎）, 反欺诈模型, 还款计划及逾期提醒, 风控审批, 用户管理 (every personal-credit must-have with anti-fraud, no bloat), D7 "
               "'无'; 等保 from the note (stated); then each cell one row BELOW where it stands: D8 (→ 敏感数据加密) SM4 on ID/mobile/bank card; "
               "D9 (→ 传输加密) 全站HTTPS（TLS1.2）; D10 (→ 权限管理) RBAC; D11 (→ 日志) '12个月，异常操作可追溯'; D12 (→ 征信接口) 人行 + 百行; "
               "D13 (→ 免费维护期) '12个月'; D14 (→ 维护范围) 'bug修复及小版本升级'; D15 (→ 政策适配) free; D16 (→ 技术支持) 7×24小时; D17 "
               "(→ 响应) '2小时内，指定工程师'; D18 (→ 终身咨询) 提供; D19 (→ 写入合同) '是，以上全部写入合同'; D20 (→ 年费) '2.2万元/年' = 22,000; "
               "D21 (→ 源码) '完整源代码，无加密，可二次开发'; D22 '报价有效期90天' is its old 备注 (no price). Column C is the buyer's requirement.",
               PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor="宜春樟树信息技术有限公司", gate="unverified", price=188000,
             why="column E: '18.8w' 含税 = 188,000 (w = 万) inside 18–25万 (the cheapest; 业务部's liking in note 5 is the buyer's); E6 个人征信, "
                 "智能风控, 反欺诈, 还款管理, 审批流, 用户管理 (every must-have) and '赠送区块链存证、AI智能客服' (bloat); E8 '符合等保三级要求，"
                 "可协助客户办理测评' (claimed, no filing: unverified — the cheaper rival the shift trap would otherwise hand the pick to); E9 "
                 "'采用国密算法加密' (which? claimed); E10 HTTPS stated; E11 '权限体系完善' states nothing; E12 '永久保存' (claimed); E13 '已对接"
                 "多家主流征信机构' (no body: claimed); E14 '终身免费维护' (claimed lifetime = 12 months); E15 '全面维护，终身升级' and E18 '第一"
                 "时间响应' state nothing; E17 7×24小时 stated; E20 '可以写入合同' (willing, not written: claimed); E22 '提供源码（核心风控引擎加密）' "
                 "(partial); E23's '300余家' is no amount.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed", commitments_in_contract="claimed"),
             fin=PC + ["anti_fraud"] + CORE + ["blockchain_evidence", "ai_customer_service"],
             fex=["metaverse_marketing", "overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["source_licence_only", "no_anti_fraud"]),
        dict(vendor="上饶婺源软件有限公司", gate="pass", price=220350,
             why="column F: F4 '19.5万元' with F5 '不含税（税费另计）' — no rate given: the default 13%, 195,000 × 1.13 = 220,350 inside "
                 "18–25万; F6 个人征信（百行征信）, 风控模型, 反欺诈, 还款管理, 风控审批, 用户管理, 会员体系 (deferrable), no bloat; F7 '营销插件 "
                 "另计1.5万元' is a deferrable option: not added, not included; F8 '已取得三级，备案证明36112743006-24010' (stated); SM4 on "
                 "ID/mobile/bank card; HTTPS; RBAC; F12 '6个月' (not under 6); 百行; F14 '一年' = 12 months; F15 '仅修复bug，版本升级另行收费' "
                 "(upgrades not in the base price: conditional); policy 免费; F17 '工作日9:00-17:30' (no 7×24); F18 '4小时内' = 4 h; 提供; 写入合同; "
                 "F21 '2.0万元/年' = 20,000; 完整源码.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=20000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", maintenance_includes_upgrades="conditional",
                         support_7x24="stated", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE + ["membership"], fex=["marketing_plugins"] + BLOAT,
             flin=["conditional", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"]
             + _but(AFTER_BAD, "maintenance_excludes_upgrades", "no_7x24", "response_over_2h")),
        dict(vendor="抚州黎川网络科技有限公司", gate="fail", price=128000,
             why="column G: '12.8万' 含税 = 128,000 (caution zone); G6 '个人征信查询、反欺诈、还款管理、风控审批、用户管理（风控模型二期开发，"
                 "届时另行报价）' — the must-have risk model is not in this delivery (missing, not an option: fail); G8 '等保二级（已备案），三级"
                 "暂未办理' (stated no: fail); 'AES加密' (no SM4); HTTPS; '有管理员、操作员两级权限'; G12 '3个月' (under 6); 百行; G14 '3个月'; "
                 "'只修bug'; '政策调整另收费'; '5×8小时'; '次日响应' = 24 h; '不提供'; '不写入合同'; '按次收费，2000元/次' (no yearly amount); "
                 "'仅提供授权，绑定服务器，不交付源代码' (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, audit_log_months=3, licensed_credit_bureau=True,
                         free_maintenance_months=3, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, response_hours=24, lifetime_consulting=False, commitments_in_contract=False,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated"),
             fin=["personal_credit_report", "anti_fraud", "repayment_management", "risk_approval", "user_management"],
             fex=["risk_model"] + BLOAT,
             flin=["price_below_15w", "no_mlps_level3", "missing_must_have", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_licence_only"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "no_tls", "no_access_control",
                   "no_licensed_credit_bureau", "bloat_features", "source_partial"]),
        dict(vendor="新余分宜云科技有限公司", gate="unverified", price="null",
             why="column H: H4 '面议（需了解贵司放款规模后报价）' — no price (unknown: unverified, price_missing); every must-have with "
                 "anti-fraud in H6; '已取得三级，备案证明36052143009-24002' (stated); SM4 on ID/mobile; 全站HTTPS; RBAC; H12 日志 and H13 征信 "
                 "BLANK (unknown, never a no: questions, no flags of their own); H14 '一年' = 12 months; 缺陷修复及小版本升级; 免费; 7×24小时; "
                 "'1小时内' = 1 h; 提供; 写入合同; '2.6万元/年' = 26,000; '完整源码，无加密'. The buyer's note 3 is the buyer's.",
             values=_vals(audit_log_months="null", licensed_credit_bureau="null", response_hours=1,
                          annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", audit_log_months="unknown", licensed_credit_bureau="unknown",
                         free_maintenance_months="stated", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["price_missing", "unconfirmed"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "no_anti_fraud"] + AFTER_BAD),
    ]
    write_toml(
        "zze_01_pc_tengxun_wendang_cuowei_xiayi.toml",
        """Voice: 邹敏 of the 信息科技部 at 上高县锦江小额贷款 (local personal credit in 上高 only, no cross-border business, budget 18–25万)
  puts a 询价填报表 on 腾讯文档 and lets each invited vendor type its answers into its own column (deadline 2025-11-28 18:00); the
  header cell of each vendor column and everything under it were typed by that vendor. Column C '我方要求（供参考，勿改）', the
  instruction row and the six lines under the table (added by 邹敏 on 12-01 after exporting, 业务部's liking for 樟树 among them) are
  the buyer's.
Layout: the export to xlsx, one sheet '询价填报' — title merged over A:I, the instruction row, a header 序号 | 询价项目 | 我方要求（供参考，
  勿改） | six vendor names (D..I), nineteen item rows 4–22 (报价总额 … 源码交付方式) and a 备注（各单位自填） row 23, then her notes.
  COLUMN D (萍乡芦溪数科) IS SHIFTED: the vendor deleted its own cell D8 (等保三级) with 'shift cells up', so from row 8 each of its
  cells holds the answer to the item one row BELOW (D8 is its 敏感数据加密 answer, D20 its 年费, D21 its 源码, D22 its old 备注
  '报价有效期90天'), and it typed its explanation, with the lost 等保 answer, into D23 (pale yellow). Frozen at D4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the decisive trap — 芦溪's column must be read with its own note at D23 ('第8行起…请下移一格看', '第8行“等保三级”应为：已取得
  三级，备案证明编号36032343015-24003'): read so, 芦溪 (21.6万 含税) proves every gate and gives every after-sales term; read as it
  stands, its 等保 cell holds an SM4 sentence, its 日志 cell names the bureaus, its 征信 cell says '12个月', its 写入合同 cell holds
  the yearly fee, its 年费 cell the source terms and its 源码 cell the validity, and the pick would fall to 婺源 or to the
  cheapest, 樟树, which only claims ('符合等保三级要求，可协助客户办理测评',
  '国密算法', '永久保存', '多家主流征信机构', '终身免费维护', '可以写入合同': unverified) with two bloat gifts and an encrypted core.
  Column C's figures ('不少于6个月', '7×24小时', '2小时内', '18–25万元') are the buyer's requirements, never a vendor; 婺源 '19.5万元'
  '不含税（税费另计）' with no rate: 13% → 220,350, '营销插件 另计1.5万元' a deferrable option (not added), '一年' = 12 months,
  '版本升级另行收费', office hours, 4 hours; 黎川 fails (风控模型 '二期开发', 等保二级) at 12.8万 with a server-bound licence; 分宜
  '面议' with two blank cells (unknown, never a no); 永新 declined ('我司本次不参与报价': not listed); '报价有效期90天', '300余家',
  '2000元/次', filing numbers, the deadline and the row numbers in the note are no prices.""",
        "personal_credit", [name], "萍乡芦溪数科有限公司",
        "芦溪 (column D, read one row down from D8 as its own note at D23 asks) proves every gate (备案证明36032343015-24003 from the note, "
        "SM4 on ID/mobile/bank card, 全站HTTPS TLS1.2, RBAC, 12-month logs with tracing, 人行 + 百行), has every personal-credit must-have "
        "with anti-fraud and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 with a named engineer within 2 hours, "
        "lifetime consulting, all in the contract, full unencrypted source — at 216,000 含税 inside 18–25万 (3 years 216,000 + 2 × 22,000 = "
        "260,000). 樟树 is cheaper (188,000) but only claims its 等保 (unverified), its 国密, its bureau, its lifetime and its contract, with "
        "bloat and an encrypted engine; 婺源 is 220,350 once taxed at 13%, with upgrades charged, office hours and 4 hours; 分宜 gave no "
        "price; 黎川 fails (no risk model in this phase, 等保二级); 永新 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zze_02  商户经营贷 — 冷水江市锑都小额贷款's 综合部 (曾丽娟) prints one 《报价确认函》 per vendor with Word's 邮件合并; its data
#         source is this CSV (Excel 'CSV（逗号分隔）', GBK, CRLF): merge-field headers, one row per vendor, the vendor's own terms.
# ---------------------------------------------------------------------------------------------
ZZE02_HEAD = ["序号", "单位名称", "收件人", "称呼", "收件人电话", "邮寄地址", "邮编", "报价日期", "报价金额小写", "报价金额大写",
              "计税方式", "报价所含模块", "另计选配项目", "等保及数据安全", "征信接口", "售后服务承诺", "维保期满后费用", "源码交付",
              "我方联系人", "回函截止日期", "是否寄送", "经办备注（不合并）"]
ZZE02_OURS = "曾丽娟 0738-5221234"
ZZE02_DUE = "2025-12-08"
ZZE02_ROWS = [
    ["1", "衡阳耒阳数科有限公司", "谭志刚", "谭经理", "13973412658", "湖南省耒阳市蔡子池街道五一西路88号", "421800", "2025-11-21",
     "￥258,000.00", "人民币贰拾伍万捌仟元整", "含税（13%增值税专用发票）",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理、数据分析大屏", "无",
     "等保三级已取得（备案证明编号43048143011-24008）；法人身份证号、手机号、对公账号SM4加密；全站HTTPS；RBAC角色权限；操作日志保存12个月",
     "人行征信中心、百行征信",
     "免费维护6个月（含缺陷修复，版本升级另计）；一般政策调整免费，重大监管政策调整除外（另行报价）；工作日8:30-17:30技术支持，4小时内响应；"
     "提供终身技术咨询；售后条款写入合同",
     "按合同额12%/年", "完整源码，可二次开发", ZZE02_OURS, ZZE02_DUE, "是", ""],
    ["2", "常德澧县信息技术有限公司", "龚海燕", "龚总", "13607362091", "湖南省常德市澧县澧阳街道澧州大道156号", "415500", "2025-11-24",
     "", "人民币贰拾柒万陆仟元整", "含税（13%增值税专用发票）",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理", "无",
     "等保三级：已取得（备案证明编号43072343008-24005）；法人身份证号、手机号、对公账号SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限；"
     "操作日志保存12个月，异常操作可追溯",
     "人行征信中心、百行征信",
     "免费维护期一年，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应（指定工程师）；提供终身技术咨询；"
     "以上条款均写入合同",
     "2.4万元/年", "交付完整源代码，无加密，可二次开发", ZZE02_OURS, ZZE02_DUE, "是", "对方报价函只写了大写金额"],
    ["3", "益阳安化软件有限公司", "刘建军", "刘经理", "15873718804", "湖南省益阳市安化县东坪镇资江路21号", "413500", "2025-11-20",
     "￥216,000.00", "人民币贰拾壹万陆仟元整", "含税",
     "企业征信、流水分析、电子签约、风控审批、还款管理、用户管理；赠送：区块链存证、元宇宙营销展厅", "无",
     "符合等保三级要求，备案证明签约后提供；数据采用国密算法加密；全站HTTPS；权限管理完善；日志长期保存",
     "支持对接各大征信机构",
     "终身免费维护，7×24小时在线服务，第一时间响应",
     "无", "提供源码（核心风控引擎加密）", ZZE02_OURS, ZZE02_DUE, "是", "领导倾向这家：最便宜，还送两个模块；等保证明对方说签合同后给"],
    ["4", "怀化芷江网络科技有限公司", "杨秀英", "杨经理", "18974506317", "湖南省怀化市芷江侗族自治县芷江镇和平路39号", "419100",
     "2025-11-25", "￥235,000.00", "人民币贰拾叁万伍仟元整", "不含税，增值税税率6%另计",
     "企业征信、银行流水分析、风控审批、还款管理、用户管理、API开放平台", "电子合同模块需另购，2.8万元（不含税）",
     "已取得三级，备案证明43122843005-24012；身份证号、手机号SM4加密；HTTPS；RBAC；日志保存6个月",
     "人行征信中心",
     "免费维护一年，含bug修复和小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；不提供终身技术咨询（维保期后按年付费）；"
     "售后承诺写入合同",
     "2.8万元/年", "完整源码", ZZE02_OURS, ZZE02_DUE, "是", ""],
    ["5", "娄底涟源云科技有限公司", "李卫东", "李总", "13762881139", "湖南省涟源市蓝田街道人民路65号", "417100", "2025-11-19",
     "￥99,800.00", "人民币玖万玖仟捌佰元整", "含税",
     "企业征信、电子合同、还款管理、用户管理（银行流水分析模块暂未开发）", "无",
     "等保二级（已备案）；数据库AES加密；HTTPS；仅一个管理员账号，无角色权限；日志保存3个月",
     "百行征信",
     "免费维护3个月，仅修复bug；政策调整另收费；工作日QQ群支持，无夜间值守；响应时间视情况而定；不提供终身咨询；售后不写入合同",
     "按次收费", "仅授权使用，绑定域名，不交付源码", ZZE02_OURS, ZZE02_DUE, "是", "太便宜，心里没底"],
    ["6", "郴州宜章数据服务有限公司", "黄丽萍", "黄经理", "13548591276", "湖南省郴州市宜章县玉溪镇城南路12号", "424200", "",
     "不参与", "", "", "", "", "", "", "", "", "", ZZE02_OURS, "", "否", "11-24对方来电：排期已满，本次不参与报价；确认函不寄"],
]


def build_zze02():
    name = "zze_02_ml_youjian_hebing_shujuyuan_gbk.csv"
    for row in ZZE02_ROWS:
        assert len(row) == len(ZZE02_HEAD), row[1]
    write_csv(name, [ZZE02_HEAD] + ZZE02_ROWS, "gbk")

    top = good("常德澧县信息技术有限公司", 276000,
               "row 序号 2: 报价金额小写 EMPTY and 报价金额大写 '人民币贰拾柒万陆仟元整' = 276,000 (the only figure; the clerk's '对方报价函只写了"
               "大写金额' is hers), 计税方式 '含税（13%增值税专用发票）', inside 25–35万; 报价所含模块 企业征信查询, 银行流水分析, 电子合同, 风控审批, "
               "还款计划及提醒, 用户管理 (every merchant-loan must-have, no bloat), 另计 '无'; 等保及数据安全 '等保三级：已取得（备案证明编号"
               "43072343008-24005）' (stated), SM4 on 法人身份证号/手机号/对公账号, 全站HTTPS（TLS1.2）, RBAC, logs '12个月，异常操作可追溯'; "
               "征信接口 人行 + 百行; 售后服务承诺 '免费维护期一年' = 12 months with 小版本升级, policy free, 7×24小时, '2小时内响应（指定工程师）', "
               "终身技术咨询, '以上条款均写入合同'; '2.4万元/年' = 24,000; '交付完整源代码，无加密，可二次开发'. 邮编 415500, the phone numbers, "
               "报价日期 and 回函截止日期 are no amounts.",
               ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=24000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="怀化芷江网络科技有限公司", gate="pass", price=278780,
             why="row 4: '￥235,000.00' (大写 agrees) with '不含税，增值税税率6%另计' — its own rate; the must-have 电子合同 is missing from "
                 "报价所含模块 and offered in 另计选配项目 as '电子合同模块需另购，2.8万元（不含税）' — added at the same rate: (235,000 + 28,000) × "
                 "1.06 = 278,780 inside 25–35万; modules 企业征信, 银行流水分析, 风控审批, 还款管理, 用户管理, API开放平台 (deferrable), no bloat; "
                 "'已取得三级，备案证明43122843005-24012' (stated); SM4 on ID/mobile; HTTPS; RBAC; '日志保存6个月' (not under 6); 人行征信中心; "
                 "'免费维护一年' = 12 months with 小版本升级; policy free; 7×24; '2小时内响应'; '不提供终身技术咨询（维保期后按年付费）' (no); "
                 "'售后承诺写入合同'; '2.8万元/年' = 28,000; 完整源码. 邮编 419100 is no amount. The pick if 澧县's 大写 price went unread.",
             values=_vals(audit_log_months=6, lifetime_consulting=False, response_hours=2, annual_fee_after_warranty_cny=28000,
                          source_code_delivery="full"),
             status=dict(mlps_level3="stated", lifetime_consulting="stated", response_hours="stated",
                         free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT,
             flin=["no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "no_lifetime_consulting")),
        dict(vendor="衡阳耒阳数科有限公司", gate="pass", price=258000,
             why="row 1: '￥258,000.00' = '人民币贰拾伍万捌仟元整', '含税（13%增值税专用发票）' = 258,000 inside 25–35万; every must-have with "
                 "还款计划及提醒, 风控审批, 用户管理, 数据分析大屏 (deferrable), no bloat; '等保三级已取得（备案证明编号43048143011-24008）' "
                 "(stated); SM4 on 法人身份证号/手机号/对公账号; 全站HTTPS; RBAC; 12个月 logs; 人行 + 百行; 售后服务承诺 '免费维护6个月（含缺陷"
                 "修复，版本升级另计）' (6 months, upgrades not in the base price: conditional); '一般政策调整免费，重大监管政策调整除外（另行报价）' "
                 "(conditional: charged at the base price); '工作日8:30-17:30技术支持，4小时内响应' (no 7×24, 4 h); 终身技术咨询; '售后条款写入"
                 "合同'; 维保期满后费用 '按合同额12%/年' = 12% × 258,000 = 30,960 a year; 完整源码. 邮编 421800 is no amount.",
             values=_vals(free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          support_7x24=False, response_hours=4, annual_fee_after_warranty_cny=30960, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", maintenance_includes_upgrades="conditional",
                         policy_adaptation_free="conditional", support_7x24="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flin=["conditional", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                    "response_over_2h")),
        dict(vendor="益阳安化软件有限公司", gate="unverified", price=216000,
             why="row 3: '￥216,000.00' = '人民币贰拾壹万陆仟元整' 含税 = 216,000 (below 25–35万, above 15万: no price flag; the clerk's '领导"
                 "倾向这家' is the buyer's); modules 企业征信, 流水分析, 电子签约, 风控审批, 还款管理, 用户管理 (every must-have) and '赠送：区块链"
                 "存证、元宇宙营销展厅' (bloat, no such business); 等保及数据安全 '符合等保三级要求，备案证明签约后提供' (claimed, proof only after "
                 "signing: unverified), '国密算法加密' (which? claimed), 全站HTTPS stated, '权限管理完善' states nothing, '日志长期保存' "
                 "(claimed); '支持对接各大征信机构' (no body: claimed); '终身免费维护' (claimed lifetime = 12 months), '7×24小时在线服务' stated, "
                 "'第一时间响应' nothing; '提供源码（核心风控引擎加密）' (partial).",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence", "metaverse_marketing"],
             fex=["overseas_payment", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="娄底涟源云科技有限公司", gate="fail", price=99800,
             why="row 5: '￥99,800.00' = '人民币玖万玖仟捌佰元整' 含税 = 99,800 — under 10万 (fail); '企业征信、电子合同、还款管理、用户管理（银行"
                 "流水分析模块暂未开发）' — a must-have stated absent (fail); '等保二级（已备案）' (fail); '数据库AES加密' (no SM4); HTTPS; '仅一个"
                 "管理员账号，无角色权限' (no access control); '日志保存3个月' (under 6); 百行; '免费维护3个月，仅修复bug'; '政策调整另收费'; "
                 "'工作日QQ群支持，无夜间值守' (no 7×24); '响应时间视情况而定' gives no hours; '不提供终身咨询'; '售后不写入合同'; '按次收费' (no "
                 "yearly amount); '仅授权使用，绑定域名，不交付源码' (licence only). 邮编 417100 is no amount.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=False, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", access_control="stated", free_maintenance_months="stated"),
             fin=["enterprise_credit", "contract_management", "repayment_management", "user_management"],
             fex=["cashflow_analysis"] + BLOAT,
             flin=["price_below_10w", "no_mlps_level3", "missing_must_have", "no_sm4", "no_access_control", "audit_log_under_6m",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only"],
             flex=["price_below_15w", "price_missing", "price_over_budget", "no_tls", "no_licensed_credit_bureau", "bloat_features",
                   "source_partial"]),
    ]
    write_toml(
        "zze_02_ml_youjian_hebing_shujuyuan_gbk.toml",
        """Voice: 曾丽娟 of the 综合部 at 冷水江市锑都小额贷款 (local merchant operating loans in 冷水江, no cross-border business; budget
  taken as the merchant-loan band 25–35万) keeps the data source from which Word's 邮件合并 prints one 《报价确认函》 per vendor, asking
  each to confirm the terms of its 报价函 before the review meeting. The merge fields 报价金额小写 … 源码交付 are copied from each
  vendor's own 报价函; the addressee's name, 称呼, phone, address and 邮编, the buyer's own contact '曾丽娟 0738-5221234', the 回函截止日期,
  是否寄送 and the 经办备注（不合并） column (the boss's liking for 安化 among them) are the buyer's.
Layout: CSV as Excel saves 'CSV（逗号分隔）' on a Chinese Windows — GBK, CRLF, no title, no notes: a header of 22 merge-field names
  (序号 | 单位名称 | 收件人 | 称呼 | 收件人电话 | 邮寄地址 | 邮编 | 报价日期 | 报价金额小写 | 报价金额大写 | 计税方式 | 报价所含模块 | 另计选配项目 |
  等保及数据安全 | 征信接口 | 售后服务承诺 | 维保期满后费用 | 源码交付 | 我方联系人 | 回函截止日期 | 是否寄送 | 经办备注（不合并）) and six vendor
  rows; amounts written '￥258,000.00' (quoted for their commas) beside '人民币贰拾伍万捌仟元整'; the multi-fact cells use '；'.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the decisive trap — 澧县's 报价金额小写 is EMPTY and its price is only in 报价金额大写 '人民币贰拾柒万陆仟元整' = 276,000 (含税): read
  so it proves every gate and every term and is the pick; read as priceless (面议-like, unverified) the pick would fall to 芷江. 芷江's
  '￥235,000.00' is '不含税，增值税税率6%另计' and its must-have 电子合同 is an option '需另购，2.8万元（不含税）': (235,000 + 28,000) × 1.06 =
  278,780, with 6-month logs and no lifetime consulting — dominated by 澧县. The six-digit 邮编 (421800, 415500, 413500, 419100,
  417100, 424200), phone numbers, dates and the buyer's own contact are no prices and no vendors' words; the boss's pick 安化 (216,000,
  the cheapest above 10万) only claims ('符合等保三级要求，备案证明签约后提供', '国密算法', '日志长期保存', '各大征信机构', '终身免费维护':
  unverified) with two bloat gifts and an encrypted engine; 耒阳 (258,000) gives 6 months bug-only, policy changes charged beyond
  '一般调整' ('重大…除外'), office hours and 4 hours, and '按合同额12%/年' = 30,960 a year; 涟源 '￥99,800.00' is under 10万 with 等保二级, no
  statement analysis, a single admin account and a domain-bound licence: fail; 宜章 declined ('不参与', 是否寄送 '否': not listed);
  '一年' is 12 months.""",
        "merchant_loan", [name], "常德澧县信息技术有限公司",
        "澧县 (row 2, its price only in 大写: 人民币贰拾柒万陆仟元整 = 276,000 含税) proves every gate (备案证明43072343008-24005, SM4 on "
        "法人身份证号/手机号/对公账号, 全站HTTPS TLS1.2, RBAC, 12-month logs with tracing, 人行 + 百行), has every merchant-loan must-have and no "
        "bloat, and gives a year of maintenance with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, lifetime "
        "consulting, all in the contract, full unencrypted source — inside 25–35万 (3 years 276,000 + 2 × 24,000 = 324,000). 芷江 costs "
        "more (278,780 with 6% VAT and its 电子合同 option) with 6-month logs and no lifetime consulting; 耒阳 (258,000) has 6 months "
        "bug-only, office hours, 4 hours and 30,960 a year; the boss's pick 安化 (216,000) only claims its 等保 (unverified); 涟源 fails "
        "(99,800, 等保二级, no statement analysis); 宜章 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zze_03  消费分期 — 砀山县梨都小额贷款's 风控合规部 (朱晓雨) sent an 18-question Word 询价问题清单; each vendor typed its answers
#         straight after each question in the Word file; she pastes every returned paragraph, question and all, into Excel.
# ---------------------------------------------------------------------------------------------
ZZE03_Q = [
    "报价总额是多少？是否含税？（请写含税总价）",
    "报价包含哪些功能模块？是否包含商品管理、分期计算器、订单跟踪？",
    "哪些模块需要另外收费？价格多少？",
    "是否已取得网络安全等级保护三级备案？请提供备案证明编号。",
    "身份证号、手机号等敏感字段是否采用国密SM4加密存储？",
    "是否全站HTTPS传输加密？",
    "是否有基于角色的权限管理（RBAC）？",
    "操作日志保存多久？是否不少于6个月？",
    "征信接口对接的是哪家持牌征信机构？",
    "免费维护期多长？是否不少于12个月？",
    "免费维护期内是否包含bug修复和小版本升级？",
    "监管政策调整导致的系统修改是否免费？",
    "是否提供7×24小时技术支持？",
    "故障响应时间是否在2小时以内？",
    "是否提供终身技术咨询？",
    "以上售后承诺是否写入合同？",
    "免费维护期满后每年维护费多少？",
    "是否交付完整源代码（无加密、可二次开发）？",
]
# (company, marking style, 18 answers); style: 'br' 【…】, 'da' new line '答：…', 'pa' （…）, 'hf' ' 回复：…'
ZZE03_V = [
    ("安庆桐城数科有限公司", "br", [
        "22.8万元，含税（13%增值税专票）",
        "商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理，以上三项均包含",
        "无，报价已含全部模块",
        "已取得，备案证明编号34088143010-24006",
        "是，身份证号、手机号、银行卡号均SM4加密存储",
        "是，全站HTTPS（TLS1.2）",
        "是，RBAC，按岗位配置",
        "12个月，异常操作可追溯",
        "百行征信、朴道征信",
        "12个月",
        "是，均包含",
        "免费",
        "是，7×24小时",
        "是，2小时内，指定工程师",
        "提供",
        "是，全部写入合同",
        "2.3万元/年",
        "是，完整源代码，无加密，可二次开发"]),
    ("黄山歙县信息技术有限公司", "da", [
        "我司报价19.6万元，含税。",
        "商品管理、分期计算器、订单跟踪、还款管理、审批流、用户管理，均包含。",
        "无。",
        "已取得三级，备案证明34102143002-24015。",
        "是，身份证号、手机号SM4加密。",
        "是。",
        "是。",
        "6个月。",
        "百行征信。",
        "6个月。",
        "只含bug修复，版本升级需另付费。",
        "小调整免费，重大政策调整需另行报价。",
        "否，工作日9:00-18:00。",
        "4小时内。",
        "不提供。",
        "合同只约定交付内容，售后按我司服务手册执行，不写入合同。",
        "维保期满后按合同金额的15%/年收取。",
        "交付源码，风控引擎以SDK形式提供（加密）。"]),
    ("滁州天长软件有限公司", "pa", [
        "18.8万元",
        "商品管理、分期计算器、订单跟踪、还款管理、风控审批、用户管理，另赠送AI智能客服、区块链存证",
        "无",
        "我司产品已通过等保测评，符合国家信息安全要求",
        "采用国密算法加密",
        "是",
        "有完善的权限体系",
        "永久保存",
        "支持对接市面主流征信机构",
        "终身免费维护",
        "全部包含",
        "免费",
        "是",
        "第一时间响应",
        "提供",
        "可以写入合同",
        "无，终身免费",
        "提供源码，核心模块加密"]),
    ("阜阳界首网络科技有限公司", "br", [
        "13.5万元，含税",
        "商品管理、订单跟踪、还款管理、风控审批、用户管理；分期计算器列入二期，届时另行报价",
        "无",
        "三级测评中，预计2026年第一季度取得",
        "AES加密",
        "是",
        "",
        "3个月",
        "",
        "3个月",
        "仅修复bug",
        "另行收费",
        "5×8小时",
        "次日",
        "否",
        "否",
        "按次收费，每次2000元",
        "仅提供授权使用，绑定域名"]),
    ("宣城宁国云科技有限公司", "hf", [
        "面议，需到现场调研贵司业务量后报价。",
        "商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理、积分商城。",
        "无。",
        "已取得三级，备案证明34188143007-24011。",
        "是，身份证号、手机号、银行卡号SM4加密存储。",
        "是，全站HTTPS。",
        "是，RBAC。",
        "12个月。",
        "百行征信、朴道征信。",
        "一年。",
        "是，缺陷修复及小版本升级均包含。",
        "免费。",
        "是，7×24小时。",
        "1小时内。",
        "提供。",
        "是，写入合同。",
        "",
        "是，完整源码，无加密。"]),
]
ZZE03_DECLINED = ("亳州涡阳数据服务有限公司",
                  "（未返回问题清单。11-20 涡阳数据王经理来电：项目排期已满，本次不参与报价。——朱晓雨记）")
ZZE03_CHECK = {  # 朱晓雨's own 核对 column, by question number
    1: "桐城22.8万、歙县19.6万、天长18.8万（没写含不含税）、界首13.5万；宁国面议",
    2: "界首的分期计算器要二期",
    4: "天长只写通过测评，没写几级，没给编号；界首还在测评",
    8: "界首只有3个月",
    9: "界首没答",
    13: "歙县只有工作日",
    16: "歙县不写合同",
    17: "宁国这题空着",
    18: "歙县风控引擎是加密SDK",
}
ZZE03_FOOT = [
    "朱晓雨意见：歙县价格较低、有等保三级备案编号，建议优先谈；桐城方案最全但贵3.2万。",
    "说明：我司只做砀山本地手机、家电、电动车分期，无跨境业务，预算20–30万元（含税）。",
]


def _qa(n, q, style, answer):
    head = f"{n}. {q}"
    if style == "br":
        return f"{head}【{answer}】"
    if style == "da":
        return f"{head}\n答：{answer}"
    if style == "pa":
        return f"{head}（{answer}）"
    if style == "hf":
        return f"{head} 回复：{answer}"
    raise ValueError(style)


def build_zze03():
    name = "zze_03_ci_tihou_zuoda_yuanwen_zhantie.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "问题清单答复汇总"
    vendors_cols = [v[0] for v in ZZE03_V] + [ZZE03_DECLINED[0]]
    ncol = 2 + len(vendors_cols) + 1
    widths(ws, [6, 30] + [36] * len(vendors_cols) + [24])
    _text(ws, 1, 1, ncol, "砀山梨都小贷 · 消费分期系统源码《询价问题清单》各单位答复汇总", font=TITLE, height=26,
          align=Alignment(horizontal="center", vertical="center"))
    _text(ws, 2, 1, ncol,
          "11月14日向6家发出《询价问题清单》（Word版，18题），请各单位在每题后直接作答。下表把各家返回的Word逐题原样复制粘贴，题目文字保留，"
          "答复在题目后面（各家标法不一：有的用【】，有的另起一行写“答：”，有的用括号，有的写“回复：”）。B列为我方原题，供对照。"
          "—— 风控合规部 朱晓雨 2025-11-27", height=46)
    put_row(ws, 3, ["题号", "我方原题"] + vendors_cols + ["核对（朱晓雨）"], font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[3].height = 34
    for i, q in enumerate(ZZE03_Q):
        n = i + 1
        r = 3 + n
        row = [str(n), q]
        for _company, style, answers in ZZE03_V:
            assert len(answers) == len(ZZE03_Q), _company
            row.append(_qa(n, q, style, answers[i]))
        row.append(ZZE03_DECLINED[1] if n == 1 else "")
        row.append(ZZE03_CHECK.get(n, ""))
        put_row(ws, r, row)
        ws.cell(row=r, column=2).font = ITALIC_GREY
        ws.cell(row=r, column=2).fill = GREY
        ws.cell(row=r, column=ncol).font = ITALIC_GREY
        longest = max(len(x) for x in row)
        ws.row_dimensions[r].height = max(30, 15 * (1 + longest // 19))
    assert ws.cell(row=4, column=5).value == "1. 报价总额是多少？是否含税？（请写含税总价）（18.8万元）"
    r = 3 + len(ZZE03_Q) + 2
    for line in ZZE03_FOOT:
        _text(ws, r, 1, ncol, line, font=ITALIC_GREY, fill=YELLOW if line.startswith("朱晓雨") else None, height=20)
        r += 1
    ws.freeze_panes = "C4"
    _save(wb, name)

    top = good("安庆桐城数科有限公司", 228000,
               "column C, answers in 【】 after each question (the question's own words and figures are the buyer's): Q1 【22.8万元，含税"
               "（13%增值税专票）】 = 228,000 inside 20–30万; Q2 【商品管理、分期计算器、订单跟踪、还款计划及提醒、风控审批、用户管理，以上三项均"
               "包含】 (every instalment must-have, no bloat); Q3 【无，报价已含全部模块】; Q4 【已取得，备案证明编号34088143010-24006】 (stated); "
               "Q5 SM4 on ID/mobile/bank card; Q6 全站HTTPS（TLS1.2）; Q7 RBAC; Q8 【12个月，异常操作可追溯】; Q9 百行 + 朴道; Q10 【12个月】; "
               "Q11 【是，均包含】 (bug fixes and minor upgrades); Q12 【免费】; Q13 【是，7×24小时】; Q14 【是，2小时内，指定工程师】; Q15 提供; "
               "Q16 【是，全部写入合同】; Q17 【2.3万元/年】 = 23,000 (the '17.' is the question's number); Q18 【是，完整源代码，无加密，可二次"
               "开发】.",
               CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=23000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="黄山歙县信息技术有限公司", gate="pass", price=196000,
             why="column D, each answer on a new line after '答：' — only the words after 答： are its own: Q1 '我司报价19.6万元，含税。' = "
                 "196,000 (below 20–30万, above 15万: no price flag; 朱晓雨's '建议优先谈' is hers); Q2 商品管理, 分期计算器, 订单跟踪, 还款管理, "
                 "审批流, 用户管理; Q4 '已取得三级，备案证明34102143002-24015' (stated); Q5 SM4 on ID/mobile; Q6/Q7 '是' (HTTPS, RBAC as the "
                 "questions spell out); Q8 '6个月' (not under 6); Q9 百行; Q10 '6个月' — never the question's '不少于12个月'; Q11 '只含bug修复，"
                 "版本升级需另付费' (conditional); Q12 '小调整免费，重大政策调整需另行报价' (conditional: charged); Q13 '否，工作日9:00-18:00' — "
                 "the question's '7×24小时' is no answer; Q14 '4小时内' = 4 h; Q15 '不提供'; Q16 '…不写入合同' (no); Q17 '按合同金额的15%/年' = "
                 "15% × 196,000 = 29,400 a year; Q18 '交付源码，风控引擎以SDK形式提供（加密）' (partial).",
             values=_vals(audit_log_months=6, free_maintenance_months=6, maintenance_includes_upgrades=False,
                          policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=False,
                          commitments_in_contract=False, annual_fee_after_warranty_cny=29400, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional",
                         support_7x24="stated", response_hours="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                    "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_partial")),
        dict(vendor="滁州天长软件有限公司", gate="unverified", price=188000,
             why="column E, each answer in a SECOND （） after the question (Q1's first （请写含税总价） and Q7's （RBAC） and Q18's （无加密、可"
                 "二次开发） are the question's): Q1 '（18.8万元）' = 188,000, no tax mark (taken as inclusive, as the question asked); Q2 every "
                 "must-have and '另赠送AI智能客服、区块链存证' (bloat); Q4 '（我司产品已通过等保测评，符合国家信息安全要求）' (claimed, the pass names "
                 "no level: unverified); Q5 '（采用国密算法加密）' (which? claimed); Q6 '（是）' HTTPS; Q7 '（有完善的权限体系）' states nothing; Q8 "
                 "'（永久保存）' (claimed); Q9 '（支持对接市面主流征信机构）' (no body: claimed); Q10 '（终身免费维护）' (claimed lifetime = 12 "
                 "months); Q13 '（是）' — 7×24 as the question spells out; Q14 '（第一时间响应）' nothing; Q16 '（可以写入合同）' (willing, not "
                 "written: claimed); Q18 '（提供源码，核心模块加密）' (partial).",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed", commitments_in_contract="claimed"),
             fin=CI + CORE + ["repayment_management", "ai_customer_service", "blockchain_evidence"],
             fex=["metaverse_marketing", "overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="阜阳界首网络科技有限公司", gate="fail", price=135000,
             why="column F, answers in 【】, some left EMPTY: Q1 【13.5万元，含税】 = 135,000 (caution zone); Q2 【商品管理、订单跟踪、还款管理、"
                 "风控审批、用户管理；分期计算器列入二期，届时另行报价】 — the must-have 分期计算器 is not in this delivery (missing: fail), however "
                 "the question before it names it; Q4 【三级测评中，预计2026年第一季度取得】 (in progress: false, claimed); Q5 【AES加密】 (no SM4); "
                 "Q6 【是】 HTTPS; Q7 【】 and Q9 【】 EMPTY (unknown, never a no); Q8 【3个月】 (under 6); Q10 【3个月】; Q11 【仅修复bug】; Q12 "
                 "【另行收费】 (charged); Q13 【5×8小时】; Q14 【次日】 = 24 h; Q15 【否】; Q16 【否】; Q17 【按次收费，每次2000元】 (no yearly "
                 "amount); Q18 【仅提供授权使用，绑定域名】 (licence only).",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control="null", audit_log_months=3,
                         licensed_credit_bureau="null", free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="claimed", access_control="unknown", licensed_credit_bureau="unknown",
                         free_maintenance_months="stated"),
             fin=["product_management", "order_tracking", "repayment_management", "risk_approval", "user_management"],
             fex=["installment_calculator"] + BLOAT,
             flin=["price_below_15w", "missing_must_have", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only", "unconfirmed"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "no_mlps_level3", "no_tls", "no_access_control",
                   "no_licensed_credit_bureau", "bloat_features", "source_partial"]),
        dict(vendor="宣城宁国云科技有限公司", gate="unverified", price="null",
             why="column G, answers after ' 回复：': Q1 '面议，需到现场调研贵司业务量后报价。' — no price (unknown: unverified, price_missing); "
                 "Q2 every must-have with 积分商城 (deferrable), no bloat; Q4 '已取得三级，备案证明34188143007-24011' (stated); SM4 on "
                 "ID/mobile/bank card; 全站HTTPS; RBAC; Q8 '12个月'; Q9 百行 + 朴道; Q10 '一年' = 12 months; Q11 upgrades included; Q12 免费; "
                 "Q13 '是，7×24小时'; Q14 '1小时内' = 1 h; Q15 提供; Q16 '是，写入合同'; Q17 ' 回复：' with nothing after it (unknown); Q18 "
                 "'是，完整源码，无加密'.",
             values=_vals(response_hours=1, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall"], fex=BLOAT,
             flin=["price_missing"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget"] + AFTER_BAD),
    ]
    write_toml(
        "zze_03_ci_tihou_zuoda_yuanwen_zhantie.toml",
        """Voice: 朱晓雨 of the 风控合规部 at 砀山县梨都小额贷款 (local phone, appliance and e-bike instalments in 砀山, no cross-border business,
  budget 20–30万 含税) sent an 18-question Word 询价问题清单 on 11-14; five vendors typed their answers straight after each question in
  the file and sent it back, the sixth declined by phone. On 11-27 she pastes every returned paragraph — question and answer — into
  Excel. Column B (我方原题), her 核对 column, her phone note in the declining vendor's column and the two lines under the table (her
  recommendation of 歙县, the scope and budget) are the buyer's.
Layout: one sheet '问题清单答复汇总' — title, her note row, a header 题号 | 我方原题 | six vendor names | 核对（朱晓雨）, eighteen question
  rows. EVERY VENDOR CELL REPEATS THE QUESTION ('13. 是否提供7×24小时技术支持？') and then the vendor's answer, each vendor marking it its
  own way: 桐城 and 界首 in 【】 (界首 leaves Q7 and Q9 as an empty 【】), 歙县 on a new line after '答：', 天长 in a second （） right after
  the question's own （…） (Q1 '（请写含税总价）（18.8万元）'), 宁国 after ' 回复：' (Q17 with nothing after it); the sixth column (涡阳) holds
  only her phone note in Q1. Frozen at C4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the question's words in every cell are the buyer's, never an answer — the decisive trap: 歙县 (19.6万 含税, stated filing,
  and her recommendation) answers '6个月' under '是否不少于12个月', '否，工作日9:00-18:00' under '是否提供7×24小时', '4小时内' under
  '2小时以内', '只含bug修复，版本升级需另付费', '不提供' consulting, '不写入合同' and an encrypted SDK; read with the questions' figures it
  would look as complete as 桐城 and cheaper — read by its answers, 桐城 (22.8万 含税, 备案证明编号34088143010-24006, every term in
  【】) is the pick. 界首's Q2 answer puts 分期计算器 in '二期' (missing, though the question names it): fail at 13.5万, with 【】 left
  empty under RBAC and the bureau (unknown, never a no) and '三级测评中'; 天长 (18.8万 in the second bracket, no tax mark) only claims
  ('已通过等保测评' with no level, '国密算法', '永久保存', '主流征信机构', '终身免费维护', '可以写入合同': unverified) with AI客服 and 区块链
  gifts and encrypted core modules; a bare '是' answers what its question spells out (天长 Q13 7×24; 歙县 Q6/Q7); 宁国 '面议' (no
  price); 涡阳 declined (not listed). Question numbers ('17.', '18.'), '15%/年' (29,400 a year on 196,000), '每次2000元', '一年' (12
  months), dates and filing numbers are no prices.""",
        "consumer_installment", [name], "安庆桐城数科有限公司",
        "桐城 (column C, its 【】 answers) proves every gate (备案证明编号34088143010-24006, SM4 on ID/mobile/bank card, 全站HTTPS TLS1.2, "
        "RBAC, 12-month logs with tracing, 百行 + 朴道), has every instalment must-have and no bloat, and gives 12 months with upgrades, "
        "free policy adaptation, 7×24 with a named engineer within 2 hours, lifetime consulting, all in the contract, full unencrypted "
        "source — at 228,000 含税 inside 20–30万 (3 years 228,000 + 2 × 23,000 = 274,000). 歙县 (the clerk's choice) is cheaper (196,000) "
        "but its answers, not the questions above them, give 6 months bug-only, office hours, 4 hours, no consulting, nothing in the "
        "contract, an encrypted SDK and 15% a year; 天长 (188,000) only claims its 等保 (unverified); 宁国 gave no price; 界首 fails (分期"
        "计算器 in phase two); 涡阳 declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zze01, build_zze02, build_zze03):
        build()
    print("built zze_01 … zze_03 into", HERE)
