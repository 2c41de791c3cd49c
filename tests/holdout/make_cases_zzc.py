"""Build the "zzc" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a 业务部 clerk's comparison (items down, one column per vendor) in which every answer cell is RICH TEXT —
black runs copied from the vendor's written quote or stamped reply, RED runs for what a salesman only SAID on the phone or at the
demo, each red run also closing with the words '〔口头〕' because she knew the sheet would be printed in black and white; some cells
hold a written answer and an oral one that contradicts it ('6个月；王经理说可以给到12个月〔口头〕'), some are oral only, an oral
discount sits beside a written price, the 类别 column is merged down over its items, her own 备注 column at the right and the
general manager's opinion under the table (zzc_01); the buyer's DRAFT of a 询价结果通知 kept in Excel for the approval round — one
column of paragraphs (title, file number, 致 line, the numbered sections), ONE PARAGRAPH PER VENDOR in which the purchasing clerk
summarises its stamped quote letter in her own words and QUOTES the vendor's key terms in 「」, the draft's own recommendation of
the cheapest vendor, and beside the paragraphs the vice-president's 修改意见 and the clerk's replies (zzc_02); a Google Sheets
CSV (UTF-8, no BOM) of a Singapore parent company's English RFQ RESPONSE TRACKER — question-coded English headers ('Q4. MLPS (等保)
Level 3 – filing certificate no.'), one row per Chinese vendor answering partly in English and partly in Chinese, amounts written
'RMB 0.268m', 'CNY 229k', '24.6 wan 含税', 'RMB 238,000 + VAT 6%', an English 'Yes' whose Chinese bracket says the assessment is
still under way, head office's own SGD conversion column and reviewer remarks, a notes block under the data (zzc_03). The
expected reading of every file is in the matching zzc_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzc.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zzc_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, BOX, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

# a vendor that only boasts must not be failed, priced out or marked down on what it never stated
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]
ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
RED = InlineFont(color="FFFF0000")
ITALIC_GREY = Font(italic=True, color="595959")


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
# zzc_01  个人信用贷 — 中宁宁丰小额贷款's 业务部 马晓梅 types every vendor's answers into one comparison: black for what came in
#         writing (报价单, 盖章答复函), red for what the salesmen only said on the phone or at the 11-28 demo, and — because the
#         sheet is printed in black and white for 杨总 — '〔口头〕' after every red run. Her 备注 column and 杨总's opinion are hers.
# ---------------------------------------------------------------------------------------------
def oral(text):
    """A run the salesman only said (red in the file, and closed by the words 〔口头〕)."""
    assert text.endswith("〔口头〕"), text
    return (text, True)


ZZC01_VENDORS = ["吴忠同心软件有限公司", "银川西夏数科有限公司", "固原西吉信息技术有限公司", "中卫海原网络科技有限公司",
                 "兰州七里河云科技有限公司", "固原隆德数据服务有限公司"]
ZZC01_ROWS = [  # (类别, 项目, [one cell per vendor: str, or a list of str / oral runs], 业务部备注)
    ("一、报价", "报价金额",
     ["19.6万元", "23.8万元", "21.5万元", ["12.8w", oral("；签合同时可以再优惠到11.8w〔口头〕")],
      ["面议（按贵司放款规模定价）", oral("；电话里说“二十来万”〔口头〕")], "—"],
     "杨总倾向同心：价格低，演示效果最好"),
    ("一、报价", "计税方式",
     ["含税", "含税（13%增值税专票）", "不含税，增值税税率6%另计", "含税", None, None], None),
    ("一、报价", "维保期满后年费",
     ["2.2万元/年", "2.6万元/年", "3万元/年", "按次收费，每次3000元", "按合同额12%/年", None], None),
    ("二、功能", "功能模块",
     ["个人征信查询（百行征信）、风控模型、反欺诈、还款计划及提醒、风控审批、用户管理",
      "个人征信查询（人行二代征信、百行征信）、风控模型（评分卡＋规则引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、用户管理",
      "个人征信（百行征信、朴道征信）、风控模型、反欺诈、还款管理、风控审批、用户管理、营销插件",
      "个人征信、风控模型、反欺诈、还款管理、审批流、用户管理；赠送区块链存证、AI智能客服两个模块",
      "个人征信（人行征信）、智能风控模型、反欺诈、还款管理、风控审批、用户管理", None], None),
    ("三、安全合规", "等保三级",
     [["系统按等保三级要求设计开发", oral("；三级证书已经拿到了，备案号过两天发过来〔口头〕")],
      "已取得，备案证明64010443012-24007（2024年取得）",
      "已取得等保三级，备案证明64040243006-24011",
      ["三级测评中", oral("；年底前肯定拿证〔口头〕")],
      "已取得三级，备案证明62010343008-24012", None],
     "同心、海原都没见到证明"),
    ("三、安全合规", "数据加密",
     ["身份证号、手机号SM4加密", "身份证号、手机号、银行卡号SM4加密存储", "SM4（身份证号、手机号）", "国密算法加密", "SM4", None],
     None),
    ("三、安全合规", "传输加密",
     ["HTTPS", "全站HTTPS（TLS1.2）", "HTTPS", "HTTPS", "HTTPS（TLS1.2）", None], None),
    ("三、安全合规", "权限管理",
     ["RBAC角色权限", "RBAC，按岗位分配", "有，RBAC", "有", "RBAC", None], None),
    ("三、安全合规", "日志保存",
     ["12个月", "一年，异常操作可追溯", "12个月", "6个月", "12个月", None], None),
    ("三、安全合规", "征信接口",
     ["百行征信", "人行征信中心、百行征信", "百行征信、朴道征信", "支持对接主流征信机构", "人行征信中心", None], None),
    ("四、售后", "免费维护期",
     ["12个月", "一年", ["6个月", oral("；王经理说可以给到12个月〔口头〕")], "3个月", "12个月", None],
     "西吉书面只写了6个月"),
    ("四、售后", "维护范围",
     ["bug修复及小版本升级", "缺陷修复及小版本升级", "缺陷修复及小版本升级", "仅修复故障，版本升级除外", "缺陷修复及小版本升级", None],
     None),
    ("四、售后", "政策适配",
     ["监管政策调整免费适配", "免费", "一般调整免费，重大监管政策调整另行报价", "按次收费", "免费", None], None),
    ("四、售后", "技术支持",
     [[oral("7×24小时有人值守〔口头〕")], "7×24小时",
      ["工作日9:00-18:00", oral("；晚上有急事可以直接打王经理手机〔口头〕")], "5×8（工作日）", "7×24小时", None],
     None),
    ("四、售后", "响应时间",
     [[oral("2小时内响应〔口头〕")], "2小时内，指定工程师", "4小时内", "次日响应", "1小时内", None], None),
    ("四、售后", "终身技术咨询",
     ["提供", "提供", "提供", "不提供", "提供", None], None),
    ("四、售后", "写入合同",
     [["售后条款以正式合同为准", oral("；上面这些都可以写进合同〔口头〕")], "以上全部写入合同", "写入合同",
      "合同只约定交付内容，售后以服务说明为准", "写入合同", None],
     "同心的合同条款还要落实"),
    ("五、交付", "源码交付",
     ["完整源码，可二次开发", "完整源代码，无加密，可二次开发", "完整源码", "提供源码，核心风控引擎加密",
      "仅授权使用，授权绑定域名，不交付源代码", None], None),
    ("五、交付", "其他说明",
     [None, [oral("签约后可以再送一次上门培训〔口头〕")], None, None, None,
      "11月26日书面回函：我司近期项目排期已满，本次不参与报价，感谢邀请。"],
     "隆德已书面放弃"),
]


def _cell_value(spec):
    """str stays str; a list of runs becomes rich text, the oral runs red."""
    if spec is None or isinstance(spec, str):
        return spec
    runs = []
    for part in spec:
        if isinstance(part, tuple):
            runs.append(TextBlock(RED, part[0]))
        else:
            runs.append(part)
    return CellRichText(runs)


def build_zzc01():
    name = "zzc_01_pc_hongzi_koutou_chengnuo.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "比价表（红字为口头）"
    n = 2 + len(ZZC01_VENDORS) + 1
    widths(ws, [11, 13] + [24] * len(ZZC01_VENDORS) + [22])
    _text(ws, 1, 1, n, "中宁宁丰小额贷款有限公司　个人信用贷系统源码询价比对表（红字为口头承诺）", font=TITLE, height=26,
          align=Alignment(horizontal="center", vertical="center"))
    _text(ws, 2, 1, n,
          "业务部 马晓梅 整理，2025-12-04。表内黑字摘自各家书面报价单、盖章答复函；红字为对方销售在电话里或11月28日现场演示时的"
          "口头承诺，至今没有书面材料。怕打印成黑白看不出颜色，每段红字后面都加了“〔口头〕”。我司只做中宁本地个人信用贷，无跨境"
          "业务，预算18–25万元。", height=48)
    put_row(ws, 3, ["类别", "项目"] + ZZC01_VENDORS + ["业务部备注（马晓梅）"], font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[3].height = 34
    r = 4
    groups = {}
    for cat, item, cells, note in ZZC01_ROWS:
        assert len(cells) == len(ZZC01_VENDORS), item
        groups.setdefault(cat, []).append(r)
        ws.cell(row=r, column=2, value=item).font = BOLD
        for k, spec in enumerate(cells):
            c = ws.cell(row=r, column=3 + k, value=_cell_value(spec))
            c.alignment = LEFT
        if note:
            c = ws.cell(row=r, column=n, value=note)
            c.alignment = LEFT
            c.font = ITALIC_GREY
            c.fill = YELLOW
        for col in range(1, n + 1):
            ws.cell(row=r, column=col).border = BOX
        longest = max(len(str(_cell_value(s) or "")) for s in cells)
        ws.row_dimensions[r].height = 18 + 15 * (longest // 14)
        r += 1
    for cat, rows in groups.items():
        c = ws.cell(row=rows[0], column=1, value=cat)
        c.font = BOLD
        c.fill = GREY
        c.alignment = CENTER
        if len(rows) > 1:
            ws.merge_cells(start_row=rows[0], start_column=1, end_row=rows[-1], end_column=1)
    r += 1
    _text(ws, r, 1, n, "图例：黑字＝书面材料（报价单、答复函原文）；红字＋“〔口头〕”＝仅口头承诺，未见书面材料。", font=BOLD, height=20)
    _text(ws, r + 1, 1, n,
          "杨总意见（12-03 口述，马晓梅记录）：同心报价最低、演示最好，倾向选同心；请业务部把红字部分都落实成书面，落实不了的不算。",
          font=ITALIC_GREY, height=34)
    ws.freeze_panes = "C4"
    _save(wb, name)

    top = good("银川西夏数科有限公司", 238000,
               "column D, all black (written): 报价金额 '23.8万元', 计税 '含税（13%增值税专票）' = 238,000 inside 18–25万; 功能模块 '个人征信"
               "查询（人行二代征信、百行征信）、风控模型（评分卡＋规则引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、用户管理' (every "
               "personal-credit must-have with anti-fraud, no bloat); 等保三级 '已取得，备案证明64010443012-24007（2024年取得）' (stated); SM4 on "
               "ID/mobile/bank card; 全站HTTPS（TLS1.2）; RBAC; 日志 '一年，异常操作可追溯' = 12 months; 人行征信中心 + 百行; 免费维护期 '一年' = "
               "12 months with 小版本升级; 政策适配 '免费'; 7×24; '2小时内，指定工程师'; consulting 提供; '以上全部写入合同'; '2.6万元/年' = "
               "26,000; '完整源代码，无加密，可二次开发'. Its one red run, '签约后可以再送一次上门培训〔口头〕' under 其他说明, is only said and "
               "touches no scored field.",
               PC + ["anti_fraud"] + CORE, response_hours=2, annual_fee_after_warranty_cny=26000, source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor="吴忠同心软件有限公司", gate="unverified", price=196000,
             why="column C: black '19.6万元' 含税 = 196,000 inside 18–25万 (杨总's favourite — his and 马晓梅's notes are the buyer's); "
                 "written modules: 个人征信查询（百行征信）, 风控模型, 反欺诈, 还款计划及提醒, 风控审批, 用户管理 (every must-have); 等保三级: "
                 "the black run '系统按等保三级要求设计开发' is a claim and the red '三级证书已经拿到了，备案号过两天发过来〔口头〕' is only said — "
                 "no filing number on paper: claimed, gate unverified (the decisive trap); written and good: SM4 on ID/mobile, HTTPS, RBAC, 12 "
                 "months logs, 百行, 12 months maintenance with 小版本升级, policy adaptation free, consulting 提供, '2.2万元/年' = 22,000, '完整"
                 "源码，可二次开发'; 技术支持 '7×24小时有人值守〔口头〕' and '2小时内响应〔口头〕' are wholly red (said, not written: claimed); "
                 "写入合同: black '售后条款以正式合同为准' states nothing and the red '上面这些都可以写进合同〔口头〕' is a spoken willingness "
                 "(claimed).",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         lifetime_consulting=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", support_7x24="claimed", commitments_in_contract="claimed",
                         sm4_encryption="stated", free_maintenance_months="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["claimed"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                            "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades",
                            "policy_adaptation_charged", "no_7x24", "no_lifetime_consulting", "bloat_features", "source_partial",
                            "source_licence_only", "no_anti_fraud"]),
        dict(vendor="固原西吉信息技术有限公司", gate="pass", price=227900,
             why="column E: '21.5万元' with 计税 '不含税，增值税税率6%另计' — its own rate: 215,000 × 1.06 = 227,900 inside 18–25万; modules: "
                 "个人征信（百行征信、朴道征信）, 风控模型, 反欺诈, 还款管理, 风控审批, 用户管理 plus 营销插件 (deferrable), no bloat; '已取得等保"
                 "三级，备案证明64040243006-24011' (stated); SM4 on ID/mobile; HTTPS; '有，RBAC'; 12 months logs; 百行 + 朴道; 免费维护期: the "
                 "black '6个月' is the written term and the red '王经理说可以给到12个月〔口头〕' only said — 6 months; 缺陷修复及小版本升级; '一般调整"
                 "免费，重大监管政策调整另行报价' (conditional: charged at the base price); 技术支持 black '工作日9:00-18:00' (no 7×24; the red "
                 "'晚上有急事可以直接打王经理手机〔口头〕' is no 7×24 and only said); '4小时内' = 4 h; consulting 提供; 写入合同; '3万元/年' = "
                 "30,000; 完整源码.",
             values=_vals(free_maintenance_months=6, policy_adaptation_free=False, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", policy_adaptation_free="conditional",
                         support_7x24="stated", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE + ["marketing_plugins"], fex=BLOAT,
             flin=["conditional", "maintenance_under_12m", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"]
             + _but(AFTER_BAD, "maintenance_under_12m", "policy_adaptation_charged", "no_7x24", "response_over_2h")),
        dict(vendor="中卫海原网络科技有限公司", gate="unverified", price=128000,
             why="column F: black '12.8w' 含税 = 128,000 (caution zone; the red '签合同时可以再优惠到11.8w〔口头〕' is a discount only said and "
                 "changes nothing); modules: 个人征信, 风控模型, 反欺诈, 还款管理, 审批流, 用户管理 and '赠送区块链存证、AI智能客服两个模块' "
                 "(bloat; no cross-border business); 等保 black '三级测评中' — in progress, not certified today (false, claimed), gate "
                 "unverified, never failed; the red '年底前肯定拿证〔口头〕' adds nothing; '国密算法加密' (which? claimed); HTTPS; 权限 '有'; "
                 "'6个月' logs (not under 6); '支持对接主流征信机构' (no body: claimed); '3个月'; '仅修复故障，版本升级除外' (upgrades left "
                 "out); '按次收费' (policy adaptation charged); '5×8（工作日）'; '次日响应' = 24 h; '不提供' consulting; '合同只约定交付内容，"
                 "售后以服务说明为准' (after-sales not in the contract); '按次收费，每次3000元' (per incident, no yearly amount); '提供源码，核心"
                 "风控引擎加密' (partial).",
             values=dict(mlps_level3=False, tls=True, access_control=True, audit_log_months=6, free_maintenance_months=3,
                         maintenance_includes_upgrades=False, policy_adaptation_free=False, support_7x24=False, response_hours=24,
                         lifetime_consulting=False, commitments_in_contract=False, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="stated"),
             fin=PC + ["anti_fraud"] + CORE + ["blockchain_evidence", "ai_customer_service"],
             fex=["metaverse_marketing", "overseas_payment"],
             flin=["price_below_15w", "claimed", "bloat_features", "source_partial", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "missing_must_have", "no_mlps_level3", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "source_licence_only",
                   "no_anti_fraud"]),
        dict(vendor="兰州七里河云科技有限公司", gate="unverified", price="null",
             why="column G: black '面议（按贵司放款规模定价）' — no written price (unknown: unverified, price_missing); the red '电话里说“二十来"
                 "万”〔口头〕' is a vague figure only said, no price; 计税 blank; the '按合同额12%/年' fee has no contract amount to apply to; "
                 "modules: 个人征信（人行征信）, 智能风控模型, 反欺诈, 还款管理, 风控审批, 用户管理; '已取得三级，备案证明62010343008-24012' "
                 "(stated); SM4; HTTPS TLS1.2; RBAC; 12 months logs; 人行征信中心; 12 months with 小版本升级; policy free; 7×24; '1小时内'; "
                 "consulting; 写入合同; '仅授权使用，授权绑定域名，不交付源代码' (licence only).",
             values=_vals(response_hours=1, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["price_missing", "source_licence_only"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial", "no_anti_fraud"]),
    ]
    write_toml(
        "zzc_01_pc_hongzi_koutou_chengnuo.toml",
        """Voice: 马晓梅 of the 业务部 at 中宁宁丰小额贷款 (local personal credit in 中宁 only, no cross-border business, budget
  18–25万) on 2025-12-04, for 杨总; the black text in the vendor columns is copied from each vendor's written 报价单 or stamped
  答复函, the red text is what its salesman only SAID (phone, the 11-28 demo), her 业务部备注 column (杨总's liking for 同心 among
  it), the legend and 杨总's dictated opinion under the table are the buyer's.
Layout: one sheet '比价表（红字为口头）' — title, her note row saying black = written and red = oral and that every red run is
  followed by '〔口头〕' for black-and-white printing, a header 类别 | 项目 | six vendors' full names | 业务部备注（马晓梅）, then one
  row per item (报价金额, 计税方式, 维保期满后年费, 功能模块, 等保三级 … 源码交付, 其他说明) with 类别 MERGED DOWN over its items;
  the answer cells are RICH TEXT — black runs and RED runs in one cell (a written answer followed by a spoken one), some cells
  wholly red; the sixth vendor's column holds only '—' and its written refusal under 其他说明; a legend line and 杨总's opinion
  under the table. Frozen at C4.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: what is red and closed by '〔口头〕' was only said — a claim at most, never a written term, and never replacing the black
  text beside it: 西吉's free maintenance is the written '6个月' whatever '王经理说可以给到12个月〔口头〕' says; 海原's '12.8w' stands
  beside the spoken '再优惠到11.8w'; 七里河's '面议' stays no price beside a spoken '二十来万'. The decisive trap — 同心 (19.6万,
  杨总's favourite, the cheapest inside the band) writes only '系统按等保三级要求设计开发' and SAYS its certificate has come: claimed,
  unverified, with its 7×24, 2-hour response and contract promise spoken too; so 西夏 (23.8万, 备案证明64010443012-24007, all in
  writing) is the pick. 西吉's '21.5万 不含税，增值税税率6%另计' is 227,900 with major policy changes '另行报价', office hours and 4
  hours; 海原 is 128,000 (caution zone), '三级测评中' (in progress: unverified), '国密算法', '主流征信机构', two gift bloat modules,
  '版本升级除外', an encrypted core; 七里河 gives no price and only a domain-locked licence; 隆德 declined in writing (not
  listed); '一年' is 12 months, '12.8w' 128,000; filing numbers, '2024年', '9:00-18:00', '3000元' per incident and '11月26日' are
  no prices.""",
        "personal_credit", [name], "银川西夏数科有限公司",
        "西夏 proves every gate in writing (备案证明64010443012-24007, SM4 on ID/mobile/bank card, HTTPS TLS1.2, RBAC, logs kept a year "
        "with tracing, 人行 + 百行), has every personal-credit must-have with anti-fraud and no bloat, and gives a year of maintenance "
        "with upgrades, free policy adaptation, 7×24 with a named engineer within 2 hours, lifetime consulting, all written into the "
        "contract, full unencrypted source — at 238,000 含税 inside 18–25万 (3 years 238,000 + 2 × 26,000 = 290,000). 杨总's favourite "
        "同心 is cheaper (196,000) but its 等保三级 is written only as '按等保三级要求设计开发' and the certificate only said on the phone "
        "(red, 〔口头〕: unverified), like its 7×24 and contract promise; 西吉 is 227,900 (6% added) with 6 months in writing, major "
        "policy changes charged, office hours and 4 hours; 海原 is 128,000 with 等保 '测评中' and bloat; 七里河 gives no price (面议) and "
        "a licence only; 隆德 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zzc_02  商户经营贷 — 孝义市汇通小额贷款's 采购管理部 贺静 drafts the 询价结果通知 in Excel (the OA's approval attachment must be a
#         sheet): one paragraph a row, each vendor's stamped quote summarised in her words with its key terms quoted in 「」; the
#         分管副总 武建国 writes his 修改意见 beside the paragraphs and she answers in the next column.
# ---------------------------------------------------------------------------------------------
ZZC02_ROWS = [  # (kind, text, 修改意见, 经办人说明) — kind: title / no / para / head
    ("title", "孝义市汇通小额贷款有限公司关于商户经营贷系统源码采购的询价结果通知", None, None),
    ("no", "孝汇贷采〔2025〕17号（待编号）", None, None),
    ("para", "各参与询价单位：", None, None),
    ("para",
     "我司于2025年11月10日向六家单位发出《商户经营贷系统源码采购询价函》，截至11月25日共收到五家单位的书面报价，一家单位书面回函"
     "放弃。本次采购预算为25–35万元（含税），我司仅在孝义本地开展小微企业及个体工商户经营性贷款，无跨境业务。现将询价结果通知如下。",
     "第二部分（各单位报价情况）对外发布时删掉，只留结果。", None),
    ("head", "一、各单位报价情况（「」内为各单位盖章报价函原文摘录，其余文字为我部归纳）", None, None),
    ("para",
     "（一）海口琼山数科有限公司。该公司报价为「合计人民币28.6万元（含税）」，其中「源码授权22万元、部署实施4.6万元、培训2万元」。"
     "报价范围包括「企业征信查询、银行流水分析、电子合同、风控审批、还款计划及逾期提醒、用户管理」。资质方面，「已取得网络安全等级"
     "保护三级备案，备案证明编号46010343009-24002」；「法人身份证号、手机号、对公账号采用SM4加密存储」；「全站HTTPS」；「RBAC角色"
     "权限管理」；「操作日志保存一年，异常操作可追溯」；「征信接口对接人行征信中心、百行征信」。售后方面承诺「免费维护一年，含缺陷"
     "修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，指定工程师2小时内响应；提供终身技术咨询；以上承诺均写入合同」，"
     "「维保期满后年服务费按合同额8%/年」。源码方面为「交付完整源代码，无加密，可二次开发」。该公司报价略高，但方案完整。",
     None, "备案证明已在全国公安机关网络安全等级保护网站核对。"),
    ("para",
     "（二）太原小店软件有限公司。该公司报价为「源码授权及实施费合计24.6万元」，并注明「以上报价不含税，增值税税率6%」。报价范围"
     "包括「企业征信查询、电子合同、风控审批、还款管理、用户管理、数据分析大屏」，另「银行流水分析为选配模块，另加3.2万元（不含税），"
     "未含在上述报价内」。资质方面，「等保三级已取得，备案证明14010543011-24003」；「身份证号、手机号、对公账号SM4加密」；"
     "「HTTPS（TLS1.2）」；「RBAC权限管理」；「对接人行征信中心、百行征信」；报价函未写明日志保存期限。售后方面承诺「免费维护12个月，"
     "仅含缺陷修复，版本升级另计」，「监管政策调整免费适配」，「工作日5×8小时技术支持，4小时内响应」，「提供终身技术咨询」，"
     "「上述承诺写入合同」，「维保期满后年服务费2.8万元/年」。源码方面为「完整源码交付，无加密」。",
     "小店是不含税价，比较时要把税加上；流水分析还要另加钱。", "已问日志保存期，对方未回复。"),
    ("para",
     "（三）运城河津网络科技有限公司。该公司报价最低，为「总价23.8万元（含税），一次性买断」。报价范围包括「企业征信查询、银行流水"
     "分析、电子合同签署、风控审批、还款管理、用户管理」，并「赠送区块链存证模块、元宇宙营销展厅」。该公司资质齐全，报价函称「系统"
     "完全符合等保三级要求，相关证明材料签约后提供」，「数据采用国密算法加密」，「全站HTTPS」，「权限管理完善」，「操作日志长期"
     "保存」，「支持对接各大持牌征信机构」。售后方面承诺「终身免费维护，7×24小时服务，第一时间响应」。源码方面为「交付源码（核心风控"
     "引擎加密）」。",
     "河津的等保证明到底有没有？报价函只写“符合等保三级要求”，没见到备案证明就不能写“资质齐全”。这家先别定。",
     "已电话催要，对方说签约后才给。"),
    ("para",
     "（四）吕梁汾阳云科技有限公司。该公司报价为「19.8万元（含税）」，报价范围包括「企业征信、银行流水分析、电子合同、审批流、还款"
     "管理、用户管理」。资质方面，该公司报价函称「我司系统已通过等保二级备案（备案证明14110243005-23009），三级暂无计划」；「数据库"
     "AES加密」；「支持HTTPS」；「有权限管理」；「日志保存3个月」；「对接百行征信」。售后方面为「免费维护半年，只修bug」，「政策调整"
     "按次收费」，「工作日技术支持，次日响应」，「不提供终身咨询」。源码方面为「完整源码」。",
     None, "电话里对方说三级明年可能做，书面只写了暂无计划。"),
    ("para",
     "（五）陵水椰风信息技术有限公司。该公司报价为「人民币125,000元（含税）」，报价范围包括「企业征信、流水分析、电子合同、风控审批、"
     "还款管理、用户管理」。资质方面，「已取得等保三级，备案证明46003443002-24011」，「SM4加密身份证号、手机号」，「HTTPS」，"
     "「RBAC」，「日志保存6个月」，「对接百行征信」。售后方面为「免费维护3个月」，「含bug修复，不含升级」，「政策调整另收费」，"
     "「工作日5×8」，「次日响应」，「不提供终身咨询」，「售后条款写入合同」，「维保期后年费1.5万元/年」。源码方面为「仅授权使用，"
     "绑定服务器，不交付源代码」。该公司报价明显偏低。",
     "太便宜了，不给源码不行。", None),
    ("para",
     "（六）临汾侯马数据服务有限公司于11月24日书面回函「因项目排期原因，本次不参与报价」。", None, None),
    ("head", "二、询价结果", None, None),
    ("para",
     "经综合比较，运城河津网络科技有限公司报价23.8万元（含税），为有效报价中最低，且资质齐全、承诺终身免费维护，拟确定其为本次"
     "采购的成交单位。",
     "结果部分等我和总经理商量后再定，先不要写河津。", "收到，暂按原稿保留，定了再改。"),
    ("head", "三、其他事项", None, None),
    ("para",
     "请成交单位自本通知发出之日起5个工作日内来我司洽谈合同事宜。对本次询价结果有异议的，请于3个工作日内以书面形式提出。联系人：贺静，"
     "联系电话：0358-7612345。", None, None),
    ("sign", "孝义市汇通小额贷款有限公司采购管理部", None, None),
    ("sign", "2025年12月　日", None, None),
]


def build_zzc02():
    name = "zzc_02_ml_xunjia_jieguo_tongzhi_caogao.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "通知稿（审批用）"
    widths(ws, [96, 34, 30])
    _text(ws, 1, 1, 3, "【内部审批稿，勿外发】询价结果通知（草稿）　经办：采购管理部 贺静　2025-12-03", font=BOLD, fill=YELLOW,
          height=22, align=Alignment(horizontal="center", vertical="center"))
    put_row(ws, 2, ["通知正文（草稿）", "修改意见（分管副总 武建国，12-04）", "经办人说明（贺静）"], font=BOLD, fill=BLUE,
            align=CENTER)
    r = 3
    for kind, text, opinion, reply in ZZC02_ROWS:
        c = ws.cell(row=r, column=1, value=text)
        if kind == "title":
            c.font = Font(bold=True, size=14)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            ws.row_dimensions[r].height = 40
        elif kind == "no":
            c.alignment = Alignment(horizontal="center")
        elif kind == "head":
            c.font = BOLD
            c.alignment = LEFT
            ws.row_dimensions[r].height = 20
        elif kind == "sign":
            c.alignment = Alignment(horizontal="right")
        else:
            c.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True, indent=1)
            ws.row_dimensions[r].height = max(18, 16 * (len(text) // 52 + 1))
        for col, words in ((2, opinion), (3, reply)):
            if words:
                w = ws.cell(row=r, column=col, value=words)
                w.alignment = LEFT
                w.font = Font(color="C00000") if col == 2 else ITALIC_GREY
        r += 1
    ws.freeze_panes = "A3"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    _save(wb, name)

    top = good("海口琼山数科有限公司", 286000,
               "paragraph （一）, read from its 「」 only: '合计人民币28.6万元（含税）' = 286,000 inside 25–35万, its breakdown '源码授权22万元、"
               "部署实施4.6万元、培训2万元' adds up (no extra amount); 「企业征信查询、银行流水分析、电子合同、风控审批、还款计划及逾期提醒、"
               "用户管理」 (every merchant-loan must-have, no bloat); 「已取得网络安全等级保护三级备案，备案证明编号46010343009-24002」 "
               "(stated); SM4 on 法人身份证号/手机号/对公账号; 全站HTTPS; RBAC; '操作日志保存一年，异常操作可追溯' = 12 months; 人行 + 百行; "
               "'免费维护一年' = 12 months with 小版本升级; policy adaptation free; 7×24, '指定工程师2小时内响应'; lifetime consulting; '以上"
               "承诺均写入合同'; '按合同额8%/年' = 8% × 286,000 = 22,880 a year; '交付完整源代码，无加密，可二次开发'. '该公司报价略高，但方案"
               "完整' and the check of the filing are 贺静's.",
               ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=22880,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="运城河津网络科技有限公司", gate="unverified", price=238000,
             why="paragraph （三）: 「总价23.8万元（含税），一次性买断」 = 238,000 (below the 25–35万 band, above 15万: no price flag); 「企业"
                 "征信查询、银行流水分析、电子合同签署、风控审批、还款管理、用户管理」 (every must-have) and 「赠送区块链存证模块、元宇宙营销展厅」 "
                 "(bloat); the draft's '该公司资质齐全' is 贺静's summary, not the vendor's word — the vendor wrote 「系统完全符合等保三级要求，"
                 "相关证明材料签约后提供」 (claimed, proof only after signing: unverified — the decisive trap, the draft proposes this vendor), "
                 "「数据采用国密算法加密」 (which? claimed), 「全站HTTPS」 stated, 「权限管理完善」 states nothing, 「操作日志长期保存」 (claimed), "
                 "「支持对接各大持牌征信机构」 (no body named: claimed), 「终身免费维护」 (claimed lifetime), 「7×24小时服务」 stated, 「第一时间"
                 "响应」 states nothing; 「交付源码（核心风控引擎加密）」 is partial. The 询价结果 paragraph choosing it and 武建国's doubt are the "
                 "buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence", "metaverse_marketing"],
             fex=["overseas_payment", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="太原小店软件有限公司", gate="pass", price=294680,
             why="paragraph （二）: 「源码授权及实施费合计24.6万元」 with 「以上报价不含税，增值税税率6%」 (its own rate); the must-have 「银行流水"
                 "分析为选配模块，另加3.2万元（不含税），未含在上述报价内」 is added at the same rate (conditional): (246,000 + 32,000) × 1.06 "
                 "= 294,680 inside 25–35万; 「企业征信查询、电子合同、风控审批、还款管理、用户管理、数据分析大屏」 (大屏 deferrable), no bloat; "
                 "「等保三级已取得，备案证明14010543011-24003」 (stated); SM4 on ID/mobile/对公账号; HTTPS TLS1.2; RBAC; 人行 + 百行; the log "
                 "period is not given ('报价函未写明日志保存期限' is 贺静's note: unknown, never a no); 「免费维护12个月，仅含缺陷修复，版本升级"
                 "另计」 (12 months, upgrades not in the base price); policy free; 「工作日5×8小时技术支持，4小时内响应」 (no 7×24, 4 h); "
                 "consulting; contract; '2.8万元/年' = 28,000; 「完整源码交付，无加密」.",
             values=_vals(audit_log_months="null", maintenance_includes_upgrades=False, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", audit_log_months="unknown", maintenance_includes_upgrades="conditional",
                         support_7x24="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flin=["conditional", "unconfirmed", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "maintenance_excludes_upgrades", "no_7x24", "response_over_2h")),
        dict(vendor="吕梁汾阳云科技有限公司", gate="fail", price=198000,
             why="paragraph （四）: 「19.8万元（含税）」 = 198,000; 「企业征信、银行流水分析、电子合同、审批流、还款管理、用户管理」 (every "
                 "must-have); 「我司系统已通过等保二级备案（备案证明14110243005-23009），三级暂无计划」 — level 2 today and no plan for 3: a "
                 "stated no (fail); 「数据库AES加密」 (no SM4); HTTPS; 「有权限管理」; 「日志保存3个月」 (under 6); 百行; 「免费维护半年，只修"
                 "bug」 (6 months, no upgrades); 「政策调整按次收费」 (charged); 「工作日技术支持，次日响应」 (no 7×24, 24 h); 「不提供终身"
                 "咨询」; 「完整源码」. 贺静's note that the vendor said on the phone level 3 might come next year is hers and only said.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting"],
             flex=["price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "missing_must_have", "no_tls",
                   "no_access_control", "no_licensed_credit_bureau", "bloat_features", "source_partial",
                   "source_licence_only"]),
        dict(vendor="陵水椰风信息技术有限公司", gate="pass", price=125000,
             why="paragraph （五）: 「人民币125,000元（含税）」 = 125,000 (caution zone: cheaper is not better); 「企业征信、流水分析、电子合同、"
                 "风控审批、还款管理、用户管理」 (every must-have); 「已取得等保三级，备案证明46003443002-24011」 (stated: gate met); SM4 on "
                 "ID/mobile; HTTPS; RBAC; 「日志保存6个月」 (not under 6); 百行; 「免费维护3个月」; 「含bug修复，不含升级」; 「政策调整另收费」 "
                 "(charged); 「工作日5×8」 (no 7×24); 「次日响应」 (24 h); 「不提供终身咨询」; 「售后条款写入合同」; 「维保期后年费1.5万元/年」 "
                 "= 15,000; 「仅授权使用，绑定服务器，不交付源代码」 (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=15000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "source_licence_only", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "not_in_contract",
                   "bloat_features", "source_partial"]),
    ]
    write_toml(
        "zzc_02_ml_xunjia_jieguo_tongzhi_caogao.toml",
        """Voice: 贺静 of the 采购管理部 at 孝义市汇通小额贷款 (local small-business and 个体工商户 operating loans in 孝义, no cross-border
  business, budget 25–35万 含税) drafts the 询价结果通知 on 2025-12-03 for the approval round; in each vendor's paragraph the words in
  「」 are copied from the vendor's stamped 报价函 ('「」内为各单位盖章报价函原文摘录，其余文字为我部归纳'), everything outside 「」 is
  hers — her summaries ('该公司资质齐全', '报价略高，但方案完整', '报价明显偏低'), the 询价结果 paragraph proposing 河津, the
  其他事项 — and the 修改意见 column (分管副总 武建国) and the 经办人说明 column (her replies) are the buyer's.
Layout: one sheet '通知稿（审批用）' — a yellow banner row merged A:C ('【内部审批稿，勿外发】…'), a header 通知正文（草稿） | 修改意见（分管
  副总 武建国，12-04） | 经办人说明（贺静）, then the letter ONE PARAGRAPH A ROW in column A: title, file number '孝汇贷采〔2025〕17号',
  '各参与询价单位：', the opening paragraph (dates, budget, scope), '一、各单位报价情况（「」内为…原文摘录…）', SIX VENDOR PARAGRAPHS
  '（一）海口琼山数科有限公司。该公司报价为「…」…' (the sixth only its refusal), '二、询价结果' and its paragraph, '三、其他事项' with a
  contact phone, the signature and date lines; 武建国's remarks (dark red) and her replies (grey italic) on the rows they concern.
  There is no table: no header of fields, no row or column per field.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: each paragraph opening '（N）公司全称。' is one vendor; its facts are the 「」 fragments, never her words around them — the
  decisive trap: her draft calls 河津 '资质齐全' and proposes it as the cheapest (23.8万 含税), but its own words are 「系统完全符合
  等保三级要求，相关证明材料签约后提供」, 「国密算法」, 「长期保存」, 「各大持牌征信机构」 and 「终身免费维护」 — claims: unverified, with
  two bloat gifts and an encrypted core; so 琼山 (28.6万 含税, 备案证明46010343009-24002) is the pick. 小店's 「24.6万元」 with
  「不含税，增值税税率6%」 and the must-have 银行流水分析 「另加3.2万元（不含税）」: (246,000 + 32,000) × 1.06 = 294,680, its log period
  not given (unknown, never a no), upgrades 「另计」; 汾阳 「等保二级…三级暂无计划」 fails; 椰风 「人民币125,000元（含税）」 is in the
  caution zone with a server-locked licence; 侯马 declined (not listed). '合同额8%/年' is 22,880 a year for 琼山; '一年' is 12 months,
  '半年' 6; the budget 25–35万, the 询价结果's '23.8万元' (her copy), dates, '5个工作日', '3个工作日', the file number, filing numbers
  and the phone 0358-7612345 are no vendor's price.""",
        "merchant_loan", [name], "海口琼山数科有限公司",
        "琼山 (paragraph （一）) proves every gate in its quoted words (备案证明46010343009-24002, SM4 on 法人身份证号/手机号/对公账号, "
        "全站HTTPS, RBAC, logs kept a year with tracing, 人行 + 百行), has every merchant-loan must-have and no bloat, and gives a year of "
        "maintenance with upgrades, free policy adaptation, 7×24 with a named engineer within 2 hours, lifetime consulting, all written "
        "into the contract, full unencrypted source — at 286,000 含税 inside 25–35万 (3 years 286,000 + 2 × 22,880 = 331,760). The "
        "draft's choice 河津 is cheaper (238,000) but its quoted words only claim 等保三级 with proof after signing (unverified), add two "
        "bloat gifts and encrypt the risk engine — '资质齐全' is the clerk's word, not the vendor's; 小店 is 294,680 with 6% VAT and its "
        "statement-analysis option, upgrades charged, 5×8 and 4 hours; 汾阳 is 等保二级 (fail); 椰风 is 125,000 with a licence only; "
        "侯马 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zzc_03  消费分期 — Lion Peak Capital (Singapore) buys the system for its Hainan subsidiary 三亚海棠湾惠民小额贷款; Group
#         Procurement's Google Sheet collects the vendors' answers to the English RFQ; the vendors typed their own rows, partly in
#         Chinese. The SGD column, the remarks and the notes block are Singapore's.
# ---------------------------------------------------------------------------------------------
ZZC03_HEAD = ["#", "Vendor (legal name / 公司全称)", "Contact", "Date received",
              "Q1. Total one-off price (CNY) – state VAT treatment", "Q2. Modules included in Q1 price",
              "Q3. Optional modules NOT in Q1 price (name + price)", "Q4. MLPS (等保) Level 3 – filing certificate no.",
              "Q5. Encryption of sensitive data (SM4?)", "Q6. Encryption in transit", "Q7. Access control",
              "Q8. Operation log retention", "Q9. Credit bureau connections (licensed bodies only)",
              "Q10. Free maintenance – period & scope", "Q11. Adaptation to regulatory changes",
              "Q12. Support hours & guaranteed response time", "Q13. Lifetime technical consultation",
              "Q14. Above commitments written into the contract?", "Q15. Fee after the free maintenance period",
              "Q16. Source code delivery", "HQ ref: SGD equiv. of Q1 (auto, 1 SGD = 5.45 CNY)", "SG Procurement remarks (J. Tan)"]
ZZC03_ROWS = [
    ["1", "大同平城软件有限公司", "Mr. 赵 / +86 139 3520 7781", "2025-11-19",
     "CNY 229k incl. VAT（含税）", "商品管理, 分期计算器, 订单跟踪, repayment plan & reminders, 风控审批, user management", "None",
     "Yes（三级测评进行中，预计2026年3月取得备案证明）", "SM4 (ID no., mobile, bank card)", "HTTPS / TLS 1.2", "RBAC",
     "12 months", "百行征信", "12 months, bug fixes + minor upgrades", "Free", "7×24, response within 2 hours", "Yes", "Yes",
     "CNY 22k per year", "Full source code, no encryption", "SGD 42,018",
     "All Yes, lowest price of the compliant bids – recommend award."],
    ["2", "海口美兰信息技术有限公司", "Ms. 符 / fu.l@meilan-tech.cn",
     "2025-11-20",
     "RMB 0.268m incl. 13% VAT (licence 0.21m + implementation 0.038m + training 0.02m)",
     "Product catalogue 商品管理; instalment calculator 分期计算器; order tracking 订单跟踪; repayment schedule & reminders; risk "
     "approval workflow; user management",
     "积分商城 points mall: CNY 18k incl. VAT (not needed at launch)",
     "Held – 已取得等保三级，备案证明46010843015-24006", "SM4 – ID no., mobile no., bank card no.", "HTTPS site-wide (TLS 1.2)",
     "RBAC role-based permissions", "12 months; abnormal operations traceable", "百行征信, 朴道征信",
     "一年 (12 months): bug fixes + minor version upgrades", "Free of charge（监管政策调整免费适配）",
     "7×24小时; named engineer responds ≤2 hours", "Yes, lifetime", "Yes – all of the above in the contract",
     "CNY 24k / year from year 2", "完整源码, no encryption, secondary development allowed", "SGD 49,174",
     "Complete answers, but CNY 39k dearer than Pingcheng."],
    ["3", "五指山黎峰网络科技有限公司", "陈经理 / 0898-8662 3105", "2025-11-21",
     "24.6 wan 含税",
     "商品管理、订单跟踪、还款管理、风控审批、用户管理; bonus: overseas payment channel (for HQ cross-border settlement) and "
     "AI客服机器人 included free",
     "分期计算器 instalment calculator: +CNY 30k excl. VAT", "Yes. 备案证明46900143007-24010", "SM4", "HTTPS", "RBAC",
     "6 months", "百行征信", "12 months, bug fixes and minor upgrades", "Free",
     "5×8 weekdays 9:00-18:00, response within 4 hours", "Yes", "Yes", "CNY 20k / year",
     "Source delivered except the risk engine (encrypted SDK，风控引擎加密)", "SGD 45,138",
     "Cross-border channel might be useful for HQ?"],
    ["4", "晋中介休云科技有限公司", "Mr. 梁 / +86 135 3454 0926", "2025-11-21",
     "RMB 238,000 + VAT 6%", "商品管理, 分期计算器, 订单跟踪, 还款管理, 风控审批, 用户管理, 社交分享", "—",
     "已取得三级 / Held, cert. no. 14078143004-24008", "SM4", "HTTPS", "Role-based (RBAC)", "", "人行征信中心",
     "12 months incl. minor upgrades", "Free", "7×24 hotline, response within 4 hours",
     "No – charged per consultation after warranty", "No – 服务承诺函单独出具，不写入合同", "CNY 26k/year",
     "Full source (完整源码)", "SGD 43,670", "VAT 6% – check invoice type."],
    ["5", "敦煌鸣沙数科有限公司", "马工 / 0937-886 2290", "2025-11-22",
     "CNY 98,000 incl. VAT", "商品管理、分期计算器、订单跟踪、还款管理、审批流、用户管理", "None",
     "已取得，备案证明62098243003-23005", "AES-256", "HTTPS", "有", "3 months", "百行征信", "3 months, bug fixes only",
     "Charged per change", "Weekdays only; next-day response", "No", "No", "Per incident, CNY 3,000 each",
     "授权使用 – licence bound to one domain; no source code", "SGD 17,982", "Too cheap?"],
    ["6", "酒泉玉门数据服务有限公司", "—", "2025-11-18",
     "Declined / 本次不参与报价", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "",
     "Declined by email 2025-11-18 (capacity)."],
]


def build_zzc03():
    name = "zzc_03_ci_xinjiapo_rfq_genzong_utf8.csv"
    width = len(ZZC03_HEAD)
    pad = lambda row: row + [""] * (width - len(row))  # noqa: E731
    rows = [pad(["Lion Peak Capital Pte. Ltd. – Group Procurement (Singapore)"]),
            pad(["RFQ-CN-2025-014 | Consumer instalment loan system – source code purchase for 三亚海棠湾惠民小额贷款有限公司 "
                 "(Sanya Haitang Bay Huimin Microcredit Co., Ltd.) | Response tracker"]),
            pad(["Vendors may answer in English or Chinese (中文可). All amounts in CNY; state whether VAT is included."]),
            pad([]),
            ZZC03_HEAD]
    for row in ZZC03_ROWS:
        assert len(row) == width, row[1]
        rows.append(row)
    rows += [pad([]),
             pad(["Notes (SG Procurement, J. Tan):"]),
             pad(["1) Scope of the subsidiary: domestic RMB consumer instalment lending (phones, home appliances) in Sanya only – "
                  "NO cross-border business."]),
             pad(["2) Budget band CNY 200k–300k incl. VAT."]),
             pad(["3) The SGD column is HQ's own conversion of the Q1 figure as typed by the vendor, for HQ reference only."]),
             pad(["4) Where a vendor quotes without VAT, China VAT applies (13% for software unless the vendor states its rate)."])]
    write_csv(name, rows, "utf-8")

    top = good("海口美兰信息技术有限公司", 268000,
               "row #2: Q1 'RMB 0.268m incl. 13% VAT (licence 0.21m + implementation 0.038m + training 0.02m)' = 268,000 ('m' is "
               "millions; the breakdown adds up) inside 20–30万; Q2 商品管理, 分期计算器, 订单跟踪, repayment schedule & reminders, risk "
               "approval workflow, user management (every instalment must-have, no bloat); Q3's points mall is an option the buyer does "
               "not need (not added, not included); Q4 'Held – 已取得等保三级，备案证明46010843015-24006' (stated); Q5 SM4 on ID/mobile/bank "
               "card; Q6 HTTPS TLS 1.2; Q7 RBAC; Q8 12 months with tracing; Q9 百行 + 朴道; Q10 '一年 (12 months): bug fixes + minor "
               "version upgrades'; Q11 free; Q12 7×24, '≤2 hours' named engineer; Q13 'Yes, lifetime'; Q14 'Yes – all of the above in "
               "the contract'; Q15 'CNY 24k / year' = 24,000; Q16 完整源码, no encryption. 'SGD 49,174' and J. Tan's remark are HQ's.",
               CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=24000,
               source_code_delivery="full")
    top["fex"] = BLOAT + ["points_mall"]
    vendors = [
        top,
        dict(vendor="大同平城软件有限公司", gate="unverified", price=229000,
             why="row #1: Q1 'CNY 229k incl. VAT（含税）' = 229,000 inside 20–30万; Q2 every instalment must-have with repayment, 风控审批, "
                 "user management; Q4 'Yes（三级测评进行中，预计2026年3月取得备案证明）' — the English 'Yes' is undone by its own Chinese "
                 "bracket: the assessment is in progress, not certified today (false, claimed), gate unverified, never failed (the decisive "
                 "trap: J. Tan's 'All Yes … recommend award' is HQ's); everything else stated and good: SM4 on ID/mobile/bank card, HTTPS TLS "
                 "1.2, RBAC, 12 months logs, 百行, 12 months with minor upgrades, free policy adaptation, 7×24 within 2 hours, consulting "
                 "'Yes', contract 'Yes', 'CNY 22k per year' = 22,000, full unencrypted source. The contact's phone is no amount.",
             values=_vals(mlps_level3=False, response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", audit_log_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + AFTER_BAD),
        dict(vendor="五指山黎峰网络科技有限公司", gate="pass", price=279900,
             why="row #3: Q1 '24.6 wan 含税' = 246,000 ('wan' is 万); Q2 lacks the must-have 分期计算器, which Q3 offers at '+CNY 30k excl. "
                 "VAT' — added with 13% VAT beside a tax-inclusive price (conditional): 246,000 + 30,000 × 1.13 = 246,000 + 33,900 = 279,900 "
                 "inside 20–30万; Q2 商品管理, 订单跟踪, 还款管理, 风控审批, 用户管理 plus 'overseas payment channel … and AI客服机器人 included "
                 "free' (bloat: the notes say the subsidiary has no cross-border business; J. Tan's musing is HQ's); Q4 'Yes. 备案证明"
                 "46900143007-24010' (stated); SM4; HTTPS; RBAC; Q8 '6 months' (not under 6); 百行; 12 months with minor upgrades; policy "
                 "free; Q12 '5×8 weekdays 9:00-18:00, response within 4 hours' (no 7×24, 4 h); consulting; contract; 'CNY 20k / year' = "
                 "20,000; Q16 'Source delivered except the risk engine (encrypted SDK，风控引擎加密)' (partial).",
             values=_vals(audit_log_months=6, support_7x24=False, response_hours=4, annual_fee_after_warranty_cny=20000,
                          source_code_delivery="partial"),
             status=dict(mlps_level3="stated", support_7x24="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "overseas_payment", "ai_customer_service"],
             fex=["blockchain_evidence", "metaverse_marketing"],
             flin=["conditional", "bloat_features", "source_partial", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "bloat_features", "source_partial", "no_7x24", "response_over_2h")),
        dict(vendor="晋中介休云科技有限公司", gate="pass", price=252280,
             why="row #4: Q1 'RMB 238,000 + VAT 6%' — tax-exclusive at its own rate: 238,000 × 1.06 = 252,280 inside 20–30万 (the SGD "
                 "column's 43,670 is HQ's conversion of the figure before tax, no price); Q2 every instalment must-have plus 社交分享 "
                 "(deferrable), no bloat; Q4 '已取得三级 / Held, cert. no. 14078143004-24008' (stated); SM4; HTTPS; RBAC; Q8 BLANK (unknown, "
                 "never a no); 人行征信中心; 12 months incl. minor upgrades; policy free; '7×24 hotline, response within 4 hours' (7×24, 4 "
                 "h); Q13 'No – charged per consultation after warranty' (no lifetime consulting); Q14 'No – 服务承诺函单独出具，不写入合同' "
                 "(not in the contract); 'CNY 26k/year' = 26,000; full source.",
             values=_vals(audit_log_months="null", response_hours=4, lifetime_consulting=False, commitments_in_contract=False,
                          annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", audit_log_months="unknown", lifetime_consulting="stated",
                         commitments_in_contract="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "social_sharing"], fex=BLOAT,
             flin=["unconfirmed", "response_over_2h", "no_lifetime_consulting", "not_in_contract"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "response_over_2h", "no_lifetime_consulting", "not_in_contract")),
        dict(vendor="敦煌鸣沙数科有限公司", gate="fail", price=98000,
             why="row #5: Q1 'CNY 98,000 incl. VAT' = 98,000 — under 10万: do not buy (fail); Q2 商品管理, 分期计算器, 订单跟踪, 还款管理, "
                 "审批流, 用户管理 (every must-have); Q4 '已取得，备案证明62098243003-23005' (stated); 'AES-256' (no SM4); HTTPS; 权限 '有'; "
                 "'3 months' logs (under 6); 百行; '3 months, bug fixes only'; 'Charged per change'; 'Weekdays only; next-day response' (no "
                 "7×24, 24 h); consulting 'No'; contract 'No'; 'Per incident, CNY 3,000 each' (no yearly amount); '授权使用 – licence bound "
                 "to one domain; no source code' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_10w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract",
                   "source_licence_only"],
             flex=["price_below_15w", "price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_tls",
                   "no_access_control", "no_licensed_credit_bureau", "bloat_features", "source_partial"]),
    ]
    write_toml(
        "zzc_03_ci_xinjiapo_rfq_genzong_utf8.toml",
        """Voice: Group Procurement of Lion Peak Capital Pte. Ltd. (Singapore; J. Tan) runs an English RFQ for its Hainan subsidiary
  三亚海棠湾惠民小额贷款 (domestic RMB consumer instalments for phones and appliances in Sanya only, NO cross-border business,
  budget CNY 200k–300k incl. VAT); each Chinese vendor typed its own answers into its row of the shared Google Sheet, partly in
  English, partly in Chinese; the title lines, the 'HQ ref: SGD equiv.' column, 'SG Procurement remarks (J. Tan)' and the notes
  block under the data are the buyer's.
Layout: CSV, UTF-8 WITHOUT BOM (Google Sheets' download), CRLF — three title/instruction lines, a blank line, a header of
  QUESTION-CODED ENGLISH COLUMNS ('#', 'Vendor (legal name / 公司全称)', 'Contact', 'Date received', 'Q1. Total one-off price
  (CNY) – state VAT treatment' … 'Q16. Source code delivery', the SGD column, the remarks), ONE ROW PER VENDOR (the company's
  Chinese legal name as the vendor typed it), a blank line and a numbered notes block (scope, budget, what the SGD
  column is, VAT rule).
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: amounts in four hands — 'RMB 0.268m' (millions: 268,000, its breakdown 0.21m + 0.038m + 0.02m adding up), 'CNY 229k',
  '24.6 wan 含税' (wan = 万: 246,000), 'RMB 238,000 + VAT 6%' (before tax at its own rate: 252,280), 'CNY 98,000' (under 10万:
  fail); the SGD column is HQ's conversion of each Q1 figure AS TYPED (介休's before tax) and never a price; the decisive trap —
  平城 (229k, the cheapest of the plausible bids, J. Tan's 'All Yes … recommend award') answers Q4 'Yes（三级测评进行中，预计
  2026年3月取得备案证明）': the Chinese bracket says the assessment is under way — not certified, unverified — so 美兰 (0.268m,
  备案证明46010843015-24006) is the pick; 黎峰's Q2 lacks the must-have 分期计算器, offered in Q3 '+CNY 30k excl. VAT': 246,000 +
  30,000 × 1.13 = 279,900 (conditional, added), with an 'overseas payment channel (for HQ cross-border settlement)' and an AI客服
  bot given free (bloat: the subsidiary has no cross-border business, whatever J. Tan muses) and an encrypted risk engine; 美兰's
  Q3 points mall is an option nobody needs (not added); 介休 leaves Q8 blank (unknown, never a no) and keeps its service letter out
  of the contract; 玉门 declined (not listed); '一年' is 12 months; phone numbers, '2025-11-19', 'TLS 1.2', filing numbers,
  '9:00-18:00', '5.45' and 'CNY 3,000' per incident are no prices.""",
        "consumer_installment", [name], "海口美兰信息技术有限公司",
        "美兰 (row #2) proves every gate (Q4 备案证明46010843015-24006, SM4 on ID/mobile/bank card, HTTPS TLS 1.2, RBAC, 12-month logs "
        "with tracing, 百行 + 朴道), has every instalment must-have and no bloat, and gives a year of maintenance with upgrades, free "
        "policy adaptation, 7×24 with a named engineer within 2 hours, lifetime consulting, all in the contract, full unencrypted source "
        "— at RMB 0.268m incl. VAT = 268,000 inside 200k–300k (3 years 268,000 + 2 × 24,000 = 316,000). HQ's favourite 平城 is cheaper "
        "(229,000) but its 'Yes' on MLPS Level 3 is '三级测评进行中' (unverified); 黎峰 is 279,900 only with its instalment-calculator "
        "option, adds two bloat modules, encrypts its risk engine and gives 5×8 within 4 hours; 介休 is 252,280 (6% added) with no "
        "lifetime consulting, nothing in the contract and no log period; 鸣沙 is 98,000 (under 10万: fail) with a licence only; 玉门 "
        "declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zzc01, build_zzc02, build_zzc03):
        build()
    print("built zzc_01 … zzc_03 into", HERE)
