"""Build the "zu" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a 核实对照表 in which every vendor occupies a band of TWO rows — the upper row '报价单原文' copied from its
quote, the lower row '核实结果' the buyer's check of each cell ('已核（…）' / '未核' / '不符：…'), the sheet's note saying that where
the check reads 不符 what it writes governs (the 不符 cells quote the vendor's own later documents: a reply letter, a contract draft,
the body of the stamped quote, a delivery list), the name, the number and her opinion merged down the band (zu_01); a CSV (GB18030)
of a questionnaire's answers copied out of the vendors' returned PDFs: a block listing the 17 questions '1) 报价总额' … '17) 源码交付方式'
in its first column, then a block with one row per vendor whose ONE cell holds all its answers numbered like the questions ('1) 29.8
万元 2) 含税…', one vendor numbering '（1）…（2）…', one skipping a number, one with a PDF page footer inside its cell), a clerk's
备注 column and a count line at the foot (zu_02); a workbook whose first sheet ticks the modules ✔ / ✘ / ○ in one column per module
(must-haves and deferrables mixed, a legend above) beside the vendors' compliance words, and whose second sheet '价格及售后' lists the
price, the options' prices and the after-sales terms with the vendors in another order and one vendor's name typed with a
Traditional character ('佛山禪城…' for '佛山禅城…') (zu_03). The expected reading of every file is in the matching zu_0N_*.toml,
written from the file's content, shared/domain.md and docs/analyst-reading.md only; the author neither ran the product on these
files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zu.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zu_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, LEFT, ML, NOGATE, PC, _save, good, write_csv, write_toml  # noqa: E402

# a vendor that only boasts must not be failed, priced out or marked down on what it never stated
CLAIM_FLEX = NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_licensed_credit_bureau", "no_7x24", "no_tls"]
AFTER_BAD = ["no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
             "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting",
             "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]


def _but(flags, *drop):
    return [f for f in flags if f not in drop]


def _cells(values):
    """An empty string is an empty cell in a workbook."""
    return [None if v == "" else v for v in values]


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
# zu_01  个人信用贷 — 赣州章贡融信小额贷款's 信息科技部 钟晓梅 checks every quote cell by cell with 风险管理部 刘洋 and keeps both in one
#        sheet: each vendor a band of two rows, '报价单原文' above and '核实结果' below (已核 / 未核 / 不符), 序号, name and her opinion
#        merged down the band. Her note says 不符 means the check's words govern; each 不符 quotes the vendor's own later paper.
# ---------------------------------------------------------------------------------------------
ZU01_ITEMS = ["报价", "计税", "功能模块", "等保三级", "敏感数据加密", "传输加密", "权限管理", "日志保存期", "征信接口",
              "免费维护期及范围", "监管政策适配", "技术支持", "响应时间", "终身技术咨询", "承诺写入合同", "维保期满后年费", "源码交付"]
ZU01_HEAD = ["序号", "供应商", "行别"] + ZU01_ITEMS + ["我的意见（钟晓梅）"]
# (name, upper '报价单原文' cells, lower '核实结果' cells, her opinion); each list follows ZU01_ITEMS
ZU01_BANDS = [
    ("南昌青山湖数科有限公司",
     ["22.6万元", "含税（13%增值税专用发票）",
      "个人征信（人行二代征信、百行征信）、风控模型（评分卡＋决策引擎）、反欺诈模型、还款计划及逾期提醒、风控审批流、用户管理、营销插件",
      "已取得等保三级，备案证明编号36010343021-24006", "国密SM4，加密身份证号、手机号、银行卡号", "全站HTTPS（TLS1.2）",
      "RBAC角色权限，按岗位分配", "12个月，异常操作可追溯", "中国人民银行征信中心、百行征信", "免费维护12个月，含缺陷修复及小版本升级",
      "因监管政策变化所需的调整免费", "7×24小时", "2小时内响应（指定专属工程师）", "提供", "以上售后承诺全部写入合同", "2.6万元/年",
      "完整源码，无加密，可二次开发"],
     ["已核（盖章报价单）", "已核", "已核（演示时逐项看过）", "已核（公安部备案查询一致，原件已看）", "已核（技术白皮书第4章）", "已核",
      "已核", "已核（合同草稿第7.2条）", "已核（百行接入协议复印件）", "已核（合同草稿第8条）", "已核（合同草稿第8.3条）", "已核",
      "已核", "已核", "已核（合同草稿）", "已核", "已核（交付清单）"],
     "材料最齐，每条都能在合同草稿里找到。"),
    ("九江浔阳云贷科技有限公司",
     ["19.8万元", "含税",
      "个人征信、智能风控、反欺诈、还款管理、风控审批、用户管理；另赠送区块链存证、智能客服机器人、跨境支付通道",
      "系统按等保三级标准设计开发，可协助贵司通过测评", "采用国密算法，银行级加密", "HTTPS", "完善的权限体系", "日志长期保存",
      "支持对接各大征信机构", "终身免费维护", "积极配合监管要求", "7×24小时服务", "第一时间响应", "终身免费", "可协商",
      "无（终身维护）", "交付全部源码"],
     ["已核（盖章报价单）", "已核", "未核（演示只放了PPT）", "未核（对方称证书在集团总部，未提供）", "未核", "已核", "未核", "未核",
      "未核（没说对接哪家）", "未核", "未核", "未核", "未核", "未核", "未核", "—",
      "不符：对方12-03发来的《交付清单》写明“风控决策引擎以加密jar包形式交付，不提供该部分源码”"],
     "价格合适，终身维护以后不用交年费，还送三个模块，我倾向这家；源码的事再谈谈。"),
    ("上饶信州软件有限公司",
     ["19.6万元", "含税",
      "个人征信（百行征信）、风控模型（选配，另加2.8万元，含税，未含在19.6万内）、反欺诈规则、还款计划、风控审批、用户管理",
      "已取得，备案证明36110043009-24013", "SM4（身份证号、手机号）", "HTTPS", "角色权限", "12个月", "百行征信、朴道征信",
      "免费维护12个月，含缺陷修复及小版本升级", "监管政策调整免费适配", "5×8（工作日9:00-17:30）", "4小时内", "提供", "写入合同",
      "2.2万元/年", "完整源码，可二次开发"],
     ["已核", "已核", "已核（风控模型确为选配，见报价单附件二）", "已核（公安部备案查询一致）", "已核", "", "",
      "不符：对方合同草稿第6.4条写的是“系统操作日志保存3个月”，以合同草稿为准", "已核", "已核", "", "已核", "", "", "已核", "", "未核"],
     "风控模型要另加钱；晚上和周末没人。"),
    ("萍乡安源网络科技有限公司",
     ["12.8万元", "含税", "个人征信（百行征信）、风控模型（规则引擎）、还款管理、风控审批、用户管理", "已取得等保三级", "AES-256",
      "HTTPS", "角色权限", "6个月", "百行征信", "免费维护6个月，仅修复缺陷，升级另计", "按次收费", "5×8（工作日）", "次日响应", "不提供",
      "写入合同", "按次收费，每次4000元", "完整源码"],
     ["已核", "已核", "已核", "不符：公安部备案查询为第二级；12-04对方回函确认“目前为等保二级，三级暂无计划”", "", "", "", "", "", "",
      "", "", "", "", "", "", ""],
     "最便宜，但等保写的三级，查下来是二级。"),
    ("景德镇昌江信息技术有限公司",
     ["21.8万元", "含税",
      "个人征信（人行二代征信、百行征信）、风控模型（评分卡）、反欺诈模型、还款计划及提醒、风控审批、用户管理、会员体系",
      "已取得，备案证明36020043017-24010", "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC", "12个月",
      "中国人民银行征信中心、百行征信", "免费维护12个月，含缺陷修复及小版本升级", "一般调整免费，重大监管政策调整另行报价", "7×24小时",
      "4小时内", "提供", "写入合同", "3.0万元/年", "完整源码，无加密"],
     ["已核（盖章报价单）", "不符：盖章报价单第3页写明“以上报价均为不含税价格，增值税税率6%另计”", "已核", "未核（原件约了下周去看）",
      "已核", "已核", "已核", "已核", "已核", "已核", "已核", "已核", "", "", "已核", "", "已核"],
     "报价汇总页写的含税，正文里其实是不含税。"),
    ("宜春袁州数据服务有限公司",
     ["12-01来函：项目排期已满，本次不参与报价"] + ["—"] * 16,
     ["—"] * 17,
     "已退出"),
]


def build_zu01():
    name = "zu_01_pc_baojia_heshi_shuanghang.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "核实对照"
    ncol = len(ZU01_HEAD)
    widths(ws, [5, 20, 11, 10, 16, 40, 26, 22, 14, 14, 16, 20, 22, 20, 14, 14, 10, 16, 12, 20, 24])
    _text(ws, 1, 1, ncol, "赣州章贡融信小额贷款有限公司　个人信用贷系统源码询价　报价原文与核实对照表", font=TITLE, height=24)
    _text(ws, 2, 1, ncol,
          "信息科技部 钟晓梅 整理，2025-12-05。我司只做赣州本地个人信用贷，没有跨境业务。每家占两行：上行“报价单原文”是对方报价单/回函的原话；"
          "下行“核实结果”是我和风险管理部刘洋逐项核实的结论——已核＝已查验原件、官网或合同草稿，与原文一致；未核＝还没来得及核，先按原文；"
          "不符＝与原文不符，以核实结果里写明的内容为准。最右一列“我的意见”是我个人看法。", height=48)
    put_row(ws, 4, ZU01_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[4].height = 30
    r = 5
    for i, (vendor, upper, lower, opinion) in enumerate(ZU01_BANDS, start=1):
        assert len(upper) == len(ZU01_ITEMS) and len(lower) == len(ZU01_ITEMS), vendor
        put_row(ws, r, _cells([str(i), vendor, "报价单原文"] + upper + [opinion]))
        put_row(ws, r + 1, _cells([None, None, "核实结果"] + lower), fill=GREY)
        for c in (1, 2, ncol):
            ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
            ws.cell(row=r, column=c).alignment = Alignment(vertical="center", wrap_text=True)
        ws.cell(row=r, column=ncol).fill = YELLOW
        ws.cell(row=r, column=2).font = BOLD
        ws.row_dimensions[r].height = 62 if upper[1] != "—" else 20
        ws.row_dimensions[r + 1].height = 50 if any(x.startswith("不符") for x in lower) else 24
        r += 2
    r += 1
    _text(ws, r, 1, ncol,
          "结论（钟晓梅）：倾向九江浔阳（19.8万含税，终身维护，还送区块链存证、智能客服机器人、跨境支付通道三个模块）；南昌青山湖材料最全，作为备选。"
          "萍乡安源等保核实不符，不考虑。宜春袁州已退出。请分管领导审阅。", font=BOLD, height=34)
    r += 1
    _text(ws, r, 1, ncol, "注：核实截至12月5日；“不符”各项均有书面依据（对方回函、合同草稿、报价单正文或交付清单），扫描件存档于部门共享盘。",
          height=18)
    ws.freeze_panes = "D5"
    _save(wb, name)

    top = good("南昌青山湖数科有限公司", 226000,
               "band 1, upper row '22.6万元' | '含税（13%增值税专用发票）' = 226,000 inside 18–25万 (核实 '已核（盖章报价单）'); 个人征信 (人行二代 "
               "+ 百行), 风控模型 (评分卡＋决策引擎), 反欺诈模型, 还款计划及逾期提醒, 风控审批流, 用户管理, 营销插件 (deferrable), no bloat; "
               "等保三级 备案证明编号36010343021-24006 (已核); SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 12个月 with tracing; 人行 "
               "+ 百行; 12个月 with 小版本升级; 政策调整免费; 7×24; '2小时内响应（指定专属工程师）' = 2 h; 终身咨询 提供; '以上售后承诺全部写入"
               "合同'; 2.6万元/年 = 26,000; 完整源码 无加密. Every 核实 cell is 已核: nothing overrides.",
               PC + ["anti_fraud", "marketing_plugins"] + CORE, response_hours=2, annual_fee_after_warranty_cny=26000,
               source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor="九江浔阳云贷科技有限公司", gate="unverified", price=198000,
             why="band 2: '19.8万元' '含税' = 198,000 inside 18–25万 (no price flag); '系统按等保三级标准设计开发，可协助贵司通过测评' with "
                 "核实 '未核（对方称证书在集团总部，未提供）' (claimed: unverified); '采用国密算法，银行级加密' (which? claimed); '支持对接各大征信"
                 "机构' (no body: claimed); '日志长期保存' (claimed); '终身免费维护' (no period: claimed); HTTPS and '7×24小时服务' stated; "
                 "'完善的权限体系', '积极配合监管要求', '第一时间响应', '终身免费', '可协商', '无（终身维护）' state nothing; 赠送 区块链存证、"
                 "智能客服机器人、跨境支付通道 (bloat; no cross-border business); source: the upper row says '交付全部源码' but the 核实 row "
                 "reads '不符：…《交付清单》写明“风控决策引擎以加密jar包形式交付，不提供该部分源码”' — 不符 governs: partial. Her opinion and "
                 "结论 ('倾向这家') are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=PC + ["anti_fraud"] + CORE + ["blockchain_evidence", "ai_customer_service", "overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["no_anti_fraud", "source_licence_only"]),
        dict(vendor="上饶信州软件有限公司", gate="pass", price=224000,
             why="band 3: '19.6万元' '含税', and in its module list the must-have '风控模型（选配，另加2.8万元，含税，未含在19.6万内）' (核实 已核; "
                 "conditional, added): 196,000 + 28,000 = 224,000 inside 18–25万; 个人征信 (百行), 反欺诈规则, 还款计划, 风控审批, 用户管理; "
                 "等保三级 备案证明36110043009-24013 (已核); SM4 (ID, mobile); HTTPS; 角色权限; logs: the upper row's '12个月' is overridden "
                 "by the 核实 '不符：对方合同草稿第6.4条写的是“系统操作日志保存3个月”，以合同草稿为准' = 3 months (under 6); 百行 + 朴道; "
                 "12个月 with 小版本升级; 政策免费适配; '5×8（工作日9:00-17:30）' (no 7×24; the times are office hours, no figures); 4小时内; "
                 "终身咨询 提供; 写入合同; 2.2万元/年 = 22,000; 完整源码 (核实 未核: the words stand).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", support_7x24="stated", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["conditional", "audit_log_under_6m", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"]
             + _but(AFTER_BAD, "audit_log_under_6m", "no_7x24", "response_over_2h")),
        dict(vendor="萍乡安源网络科技有限公司", gate="fail", price=128000,
             why="band 4: '12.8万元' '含税' = 128,000 (caution zone); 等保: the upper row's '已取得等保三级' is overridden by the 核实 '不符："
                 "公安部备案查询为第二级；12-04对方回函确认“目前为等保二级，三级暂无计划”' — level 2 held, level 3 not planned: a stated no "
                 "(fail); module list 个人征信 (百行), 风控模型 (规则引擎), 还款管理, 风控审批, 用户管理 — stated without anti-fraud; 'AES-256' (no "
                 "SM4); HTTPS; 角色权限; logs 6个月 (not under 6); 百行; '免费维护6个月，仅修复缺陷，升级另计' (6 months, upgrades conditional); "
                 "政策 按次收费 (charged); 5×8; 次日 (24 h); 终身咨询 不提供; 写入合同; '按次收费，每次4000元' (per incident, no yearly fee); "
                 "完整源码.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional"),
             fin=["personal_credit_report", "risk_model", "repayment_management"] + CORE, fex=BLOAT + ["anti_fraud"],
             flin=["no_mlps_level3", "price_below_15w", "conditional", "no_anti_fraud", "no_sm4", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "missing_must_have", "no_tls", "no_access_control",
                   "audit_log_under_6m", "no_licensed_credit_bureau", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only"]),
        dict(vendor="景德镇昌江信息技术有限公司", gate="pass", price=231080,
             why="band 5: '21.8万元' with 计税 '含税' in the upper row, overridden by the 核实 '不符：盖章报价单第3页写明“以上报价均为不含税价格，"
                 "增值税税率6%另计”' — tax-exclusive at its own 6%: 218,000 × 1.06 = 231,080 inside 18–25万; 个人征信 (人行二代 + 百行), 风控模型 "
                 "(评分卡), 反欺诈模型, 还款计划及提醒, 风控审批, 用户管理, 会员体系 (deferrable), no bloat; 等保三级 备案证明36020043017-24010 "
                 "(核实 '未核（原件约了下周去看）' — not checked yet, so the vendor's stated filing stands: pass, not unverified); SM4 on ID/"
                 "mobile/bank card; HTTPS TLS1.2; RBAC; logs 12个月; 人行 + 百行; 12个月 with 小版本升级; '一般调整免费，重大监管政策调整另行报价' "
                 "(conditional: charged at the base price); 7×24; 4小时内; 终身咨询 提供; 写入合同; 3.0万元/年 = 30,000; 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + ["anti_fraud", "membership"] + CORE, fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"]
             + _but(AFTER_BAD, "policy_adaptation_charged", "response_over_2h")),
    ]
    write_toml(
        "zu_01_pc_baojia_heshi_shuanghang.toml",
        """Voice: 钟晓梅 of the 信息科技部 at 赣州章贡融信小额贷款 (local personal credit only, no cross-border business) checks every quote
  cell by cell with 风险管理部 刘洋 and writes it up on 2025-12-05; the 我的意见 column, the 结论 line and the 注 are hers, and so is
  every 核实结果 word that is not a quotation of the vendor's paper.
Layout: sheet 核实对照 — title, her note row (每家占两行: 上行“报价单原文”, 下行“核实结果”; 已核 = checked and the same, 未核 = not
  checked yet, the original stands, 不符 = differs, '以核实结果里写明的内容为准'), a header 序号 | 供应商 | 行别 | 17 items (报价, 计税,
  功能模块, 等保三级 … 源码交付) | 我的意见（钟晓梅）, then six bands of TWO rows: 行别 '报价单原文' (white) over '核实结果' (grey), 序号,
  供应商 and 我的意见 merged down each band; the sixth band is a withdrawal letter and dashes; a 结论 line and a 注. Frozen at D5.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: a band is ONE vendor — the 核实结果 row is no second quote and no vendor; 已核 and 未核 leave the original's words standing
  (景德镇昌江's filing number under '未核（原件约了下周去看）' is still a stated filing: pass), while 不符 replaces the cell with what
  the check writes, each time quoting the vendor's own paper: 景德镇昌江's '含税' becomes '不含税价格，增值税税率6%另计' (218,000 × 1.06 =
  231,080), 上饶信州's '12个月' logs become 3 months (contract draft 6.4), 萍乡安源's '已取得等保三级' becomes '目前为等保二级，三级暂无
  计划' (a stated no: fail), 九江浔阳's '交付全部源码' becomes a risk engine delivered as an encrypted jar (partial); 上饶信州's
  must-have 风控模型 is a 2.8万 含税 option: 196,000 + 28,000 = 224,000 (conditional, added); 萍乡安源 128,000 sits in the caution zone
  and lists no anti-fraud; 九江浔阳 (her pick, 19.8万) only claims (按等保三级标准设计, 国密算法, 各大征信机构, 长期保存, 终身免费维护:
  unverified) and gives away 区块链存证 + 智能客服机器人 + 跨境支付通道 (bloat); 宜春袁州 withdrew (not listed); '9:00-17:30',
  '4000元', '12-03', '12-04', '第6.4条', '第3页' and the filing numbers are no prices or periods.""",
        "personal_credit", [name], "南昌青山湖数科有限公司",
        "南昌青山湖 proves every gate (备案证明编号36010343021-24006, checked; SM4 on ID/mobile/bank card, HTTPS TLS1.2, RBAC, 12-month logs, "
        "人行 + 百行), has every must-have plus 反欺诈模型 and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 "
        "within 2 hours by a named engineer, lifetime consulting, all in the contract, full unencrypted source — every cell 已核 — at "
        "226,000 含税 inside 18–25万 (3 years 226,000 + 2 × 26,000 = 278,000). 上饶信州 is 224,000 含税 only with its risk-model option, "
        "with 3-month logs by its own contract draft and 5×8/4h; 景德镇昌江 is 231,080 含税 once the 不符 makes it tax-exclusive at 6%, "
        "charges major policy changes and answers in 4 hours; the writer's pick 九江浔阳 (198,000) proves nothing (unverified), pads "
        "with three bloat modules and ships its risk engine encrypted; 萍乡安源 holds only 等保二级 by its own reply (fail); 宜春袁州 "
        "withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zu_02  商户经营性贷 — 福州鼓楼闽信小额贷款's 综合管理部 林雅琴 sends a 17-question 询价问卷; the vendors return PDFs, and she pastes
#        each vendor's answers into ONE cell, numbered as the questions are, under the block that lists the questions. Saved as CSV
#        (GB18030). Her 备注 column, the count line and her 意见 are hers.
# ---------------------------------------------------------------------------------------------
ZU02_QUESTIONS = [
    ("1) 报价总额", "请写明金额及单位"),
    ("2) 报价是否含税", "不含税的请注明税率"),
    ("3) 报价内包含的功能模块", "逐项列明"),
    ("4) 未含在报价内的选配模块及价格", "无则写“无”"),
    ("5) 等保三级", "已取得的请写备案证明编号"),
    ("6) 敏感数据加密方式", "请写明算法及加密字段"),
    ("7) 传输加密", ""),
    ("8) 权限管理", ""),
    ("9) 操作日志保存期限", ""),
    ("10) 征信接口对接机构", "请写明机构名称"),
    ("11) 免费维护期及维护范围", "是否含小版本升级"),
    ("12) 监管政策变化引起的系统调整是否收费", ""),
    ("13) 技术支持时段及响应时间", ""),
    ("14) 是否提供终身技术咨询", ""),
    ("15) 上述售后承诺是否写入合同", ""),
    ("16) 维保期满后年服务费", ""),
    ("17) 源码交付方式", "是否完整、有无加密"),
]
ZU02_ANSWERS = [
    ("厦门思明数科有限公司",
     "1) 29.8万元\n2) 含税（增值税13%专用发票）\n3) 企业征信（人行企业征信、百行征信）、银行流水分析、电子合同（CA电子签章）、风控审批流、"
     "还款计划及逾期提醒、用户管理、数据大屏\n4) 无\n5) 已取得，备案证明35020343016-24004\n6) 国密SM4，加密法人身份证号、手机号、对公账号\n"
     "7) 全站HTTPS（TLS1.2） 8) RBAC角色权限\n9) 12个月，异常操作可追溯\n10) 中国人民银行征信中心、百行征信\n"
     "11) 免费维护12个月，含缺陷修复及小版本升级\n12) 免费\n13) 7×24小时，2小时内响应，指定专属工程师\n14) 提供\n15) 以上售后承诺全部写入合同\n"
     "16) 2.8万元/年\n17) 完整源码，无加密，可二次开发",
     "材料最全，编号都给了"),
    ("泉州丰泽云贷科技有限公司",
     "（1）27.6万元（2）含税（3）企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理，另赠送元宇宙营销、区块链存证、智能客服机器人"
     "（4）无（5）满足等保三级要求，系统按三级标准建设（6）国密算法（7）HTTPS（8）多级权限（9）长期保存（10）支持对接主流征信机构"
     "（11）终身维护，全面保障（12）积极配合监管（13）7×24小时服务，第一时间响应（14）终身免费（15）可协商（16）无（终身维护）"
     "（17）提供源码（核心风控引擎加密）",
     "价格在预算内，还送三个模块，终身维护，我倾向这家"),
    ("漳州芗城软件有限公司",
     "1) 26.5万元 2) 含税\n3) 企业征信（百行征信）、电子合同（在线签约）、风控审批、还款管理、用户管理\n"
     "4) 银行流水分析模块为选配，另加3.2万元（不含税），未含在26.5万元内\n5) 已取得，备案证明35060043011-24002\n6) SM4（法人身份证号、手机号）\n"
     "7) HTTPS 8) 角色权限 9) 12个月\n10) 百行征信、朴道征信\n11) 免费维护12个月，含缺陷修复及小版本升级\n12) 监管政策调整免费适配\n"
     "13) 工作日9:00-18:00，4小时内响应\n14) 提供\n15) 写入合同\n16) 按合同额12%/年\n17) 完整源码，可二次开发",
     "流水分析要另加钱，只有工作日有人"),
    ("莆田城厢网络科技有限公司",
     "1) 13.8万 2) 含税 3) 企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理 4) 无 5) 已取得，备案证明35030043008-23012 "
     "6) AES-128 7) HTTPS 8) 角色权限 9) 3个月 11) 免费维护6个月，仅修复缺陷，升级另计 12) 按次收费 13) 5×8（工作日），次日响应 "
     "14) 不提供 15) 写入合同 16) 按次收费，每次5000元 17) 仅授权使用，授权绑定域名，不交付源代码",
     "太便宜；第10题没答"),
    ("龙岩新罗信息技术有限公司",
     "1) 28.6万元\n2) 不含税\n3) 企业征信（人行企业征信）、银行流水分析、\n电子合同、风控审批、还款计划、用户管理、API开放平台\n4) 无\n"
     "5) 已取得，备案证明35080043005-24015\n6) 国密SM4（身份证号、手机号、对公账号）\n7) HTTPS（TLS1.2）\n8) RBAC\n9) 12个月\n"
     "— 第 1 页 共 2 页 —\n10) 中国人民银行征信中心、朴道征信\n11) 免费维护12个月，含缺陷修复及小版本升级\n"
     "12) 一般调整免费，重大监管政策调整另行报价\n13) 7×24小时，1小时内响应\n14) 不提供\n15) 第11至13题所述承诺均写入合同\n16) 3.2万元/年\n"
     "17) 完整源码，无加密",
     "没写税率，按13%算要32万多；不给终身咨询"),
    ("三明梅列数据服务有限公司", "（未回传问卷。11-28电话告知：今年项目排满，本次不参与报价）", "放弃"),
]


def build_zu02():
    name = "zu_02_ml_wenjuan_tihao_yige_gb18030.csv"
    width = 4
    pad = lambda row: row + [""] * (width - len(row))  # noqa: E731
    rows = [pad(["福州鼓楼闽信小额贷款有限公司　商户经营贷系统源码询价——供应商问卷答复汇总（PDF复制）"]),
            pad(["说明：11月20日向6家发出《系统源码询价问卷》（共17题），各家回传PDF。第一部分是问卷题目；第二部分每家一行，答复原文按题号从PDF"
                 "整段复制到一格里（题号与第一部分一致），未整理。最右一列是我的备注。经办：综合管理部 林雅琴，2025-12-06。我司只做福州本地商户"
                 "经营贷，无跨境业务，预算25–35万。"]),
            pad([]),
            pad(["一、问卷题目"]),
            pad(["题号及题目", "填写要求"])]
    rows += [pad(list(q)) for q in ZU02_QUESTIONS]
    rows += [pad([]), pad(["二、各供应商答复（按题号，原文照录）"]), ["序号", "供应商", "答复原文（题号对应第一部分）", "我的备注（林雅琴）"]]
    for i, (vendor, text, note) in enumerate(ZU02_ANSWERS, start=1):
        rows.append([str(i), vendor, text, note])
    rows += [pad([]),
             pad(["统计：发出问卷6份，回传5份，有效报价5家。"]),
             pad(["经办人意见（林雅琴）：泉州丰泽价格合适、送的模块多、终身维护，建议优先谈；厦门思明材料最全，作为备选；莆田城厢太便宜不敢用；"
                  "三明梅列放弃。"]),
             pad(["注：答复原文按PDF复制，换行和分页符号是复制时带进来的，未改动。"])]
    write_csv(name, rows, "gb18030")

    top = good("厦门思明数科有限公司", 298000,
               "answer cell, '1) 29.8万元' with '2) 含税（增值税13%专用发票）' = 298,000 inside 25–35万 (the '1)' … '17)' are question numbers, "
               "no figures); 3) 企业征信 (人行企业征信 + 百行), 银行流水分析, 电子合同 (CA电子签章), 风控审批流, 还款计划及逾期提醒, 用户管理, "
               "数据大屏 (deferrable), no bloat; 4) 无; 5) 备案证明35020343016-24004; 6) SM4 on 法人身份证号/mobile/对公账号; 7) HTTPS "
               "TLS1.2 and 8) RBAC on one line; 9) 12个月 with tracing; 10) 人行 + 百行; 11) 12个月 with 小版本升级; 12) '免费' to the "
               "question whether policy changes are charged = free; 13) 7×24, 2小时 named engineer; 14) 提供; 15) 全部写入合同; 16) 2.8万元/年 "
               "= 28,000; 17) 完整源码 无加密.",
               ML + CORE + ["repayment_management", "bi_dashboard"], response_hours=2, annual_fee_after_warranty_cny=28000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="泉州丰泽云贷科技有限公司", gate="unverified", price=276000,
             why="answers numbered '（1）…（17）' run together: （1）27.6万元 with （2）含税 = 276,000 inside 25–35万 (no price flag); （5）'满足等保"
                 "三级要求，系统按三级标准建设' (claimed: unverified); （6）'国密算法' (which? claimed); （9）'长期保存' (claimed); （10）'支持对接"
                 "主流征信机构' (no body: claimed); （11）'终身维护，全面保障' (claimed); （7）HTTPS and （13）'7×24小时服务' stated; '多级权限', "
                 "'积极配合监管', '第一时间响应', '终身免费', '可协商', '无（终身维护）' state nothing; （3）另赠送 元宇宙营销、区块链存证、智能客服"
                 "机器人 (bloat); （17）'提供源码（核心风控引擎加密）' (partial). Her 备注 and 意见 ('我倾向这家') are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + CORE + ["repayment_management", "metaverse_marketing", "blockchain_evidence", "ai_customer_service"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="漳州芗城软件有限公司", gate="pass", price=301160,
             why="'1) 26.5万元 2) 含税', and 4) the must-have '银行流水分析模块为选配，另加3.2万元（不含税），未含在26.5万元内' (conditional, added "
                 "with 13% VAT beside a tax-inclusive price): 265,000 + 32,000 × 1.13 = 265,000 + 36,160 = 301,160 inside 25–35万; 3) 企业征信 "
                 "(百行), 电子合同 (在线签约), 风控审批, 还款管理, 用户管理; 5) 备案证明35060043011-24002; 6) SM4 (法人身份证号, mobile); 7) HTTPS, "
                 "8) 角色权限, 9) 12个月 on one line; 10) 百行 + 朴道; 11) 12个月 with 小版本升级; 12) 免费适配; 13) '工作日9:00-18:00，4小时内"
                 "响应' (no 7×24, 4 h); 14) 提供; 15) 写入合同; 16) '按合同额12%/年' (a share, no amount asserted); 17) 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", support_7x24="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "no_7x24", "response_over_2h")),
        dict(vendor="莆田城厢网络科技有限公司", gate="pass", price=138000,
             why="one line of answers: '1) 13.8万 2) 含税' = 138,000 (caution zone: cheaper is not better); 3) 企业征信, 银行流水分析, 电子合同, "
                 "风控审批, 还款管理, 用户管理 (every must-have); 5) 备案证明35030043008-23012 (stated); 6) AES-128 (no SM4); 7) HTTPS; 8) 角色"
                 "权限; 9) 3个月 (under 6); the answers jump from 9) to 11): question 10 (征信接口对接机构) is unanswered — the bureau is unknown "
                 "(a question for the vendor), never a no; 11) '免费维护6个月，仅修复缺陷，升级另计' (6 months, upgrades conditional); 12) 按次收费 "
                 "(charged); 13) '5×8（工作日），次日响应' (no 7×24, 24 h); 14) 不提供; 15) 写入合同; 16) '按次收费，每次5000元' (per incident, "
                 "no yearly fee); 17) '仅授权使用，授权绑定域名，不交付源代码' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         free_maintenance_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, lifetime_consulting=False, commitments_in_contract=True,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         licensed_credit_bureau="unknown", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w", "conditional", "unconfirmed", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "source_licence_only"],
             flex=NOGATE + ["price_over_budget", "no_tls", "no_access_control", "no_licensed_credit_bureau", "not_in_contract",
                            "bloat_features", "source_partial"]),
        dict(vendor="龙岩新罗信息技术有限公司", gate="pass", price=323180,
             why="'1) 28.6万元' with '2) 不含税' and no rate named: 13% by default, 286,000 × 1.13 = 323,180 inside 25–35万 (her '32万多' is "
                 "hers); 3) 企业征信 (人行企业征信), 银行流水分析, 电子合同, 风控审批, 还款计划, 用户管理, API开放平台 (deferrable), no bloat — the "
                 "list wraps after '银行流水分析、'; 5) 备案证明35080043005-24015; 6) SM4 on ID/mobile/对公账号; 7) HTTPS TLS1.2; 8) RBAC; 9) 12个月; "
                 "the PDF footer '— 第 1 页 共 2 页 —' between 9) and 10) is no answer; 10) 人行 + 朴道; 11) 12个月 with 小版本升级; 12) '一般调整"
                 "免费，重大监管政策调整另行报价' (conditional: charged at the base price); 13) 7×24, 1小时内; 14) 不提供 (no lifetime consulting); "
                 "15) '第11至13题所述承诺均写入合同' = in the contract ('11至13' are question numbers); 16) 3.2万元/年 = 32,000; 17) 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=1, lifetime_consulting=False,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="conditional", response_hours="stated",
                         lifetime_consulting="stated"),
             fin=ML + CORE + ["repayment_management", "open_api"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged", "no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "policy_adaptation_charged", "no_lifetime_consulting")),
    ]
    write_toml(
        "zu_02_ml_wenjuan_tihao_yige_gb18030.toml",
        """Voice: 林雅琴 of the 综合管理部 at 福州鼓楼闽信小额贷款 (local merchant operating loans, no cross-border business, budget 25–35万)
  sums up the returned questionnaires on 2025-12-06; the 我的备注 column, the 统计 line, her 意见 and the 注 are hers.
Layout: CSV, GB18030, CRLF, four columns — a title line, her 说明 line, a blank line, '一、问卷题目' over 题号及题目 | 填写要求 and 17
  lines '1) 报价总额' … '17) 源码交付方式' (the questions in the FIRST column), a blank line, '二、各供应商答复（按题号，原文照录）' over
  序号 | 供应商 | 答复原文（题号对应第一部分） | 我的备注（林雅琴）, six vendor lines whose third field holds ALL the vendor's answers
  in one cell, numbered like the questions: '1) … 2) …' on lines of their own or run together, one vendor numbering '（1）…（17）'
  with no break, one vendor jumping from '9)' to '11)', one cell with a PDF page footer '— 第 1 页 共 2 页 —' and a wrapped module
  line; the sixth vendor's cell says it did not return the form; a blank line, a count line, her 意见 line and a 注.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: each vendor's answers are read by their number against the question block — '1)' is the price, '12)' policy adaptation,
  '14)' lifetime consulting, '16)' the yearly fee — and the numbers themselves are no figures ('1) 13.8万' is 138,000, '15) 第11至13
  题所述承诺均写入合同' names questions, not months); '12) 免费' answers whether policy changes are charged (free); 莆田城厢 has no
  '10)': its bureau is unknown (unconfirmed), never a no, and its '11) 免费维护6个月' is not question 10's; 漳州芗城's must-have
  银行流水分析 is a 3.2万 不含税 option beside a 含税 price: 265,000 + 32,000 × 1.13 = 301,160 (conditional, added); 龙岩新罗 '不含税'
  without a rate is 13%: 323,180; the page footer and the wrap are no answers; 泉州丰泽 (her pick, 27.6万) only claims (按三级标准
  建设, 国密算法, 主流征信机构, 长期保存, 终身维护: unverified), gives away 元宇宙营销 + 区块链存证 + 智能客服机器人 (bloat) and
  encrypts its risk engine (partial); 三明梅列 did not return the form (not listed); the 统计 line ('6份', '5份', '5家') is no vendor;
  '12%/年', '5000元', '9:00-18:00' and the filing numbers are no prices.""",
        "merchant_loan", [name], "厦门思明数科有限公司",
        "厦门思明 proves every gate (备案证明35020343016-24004, SM4 on ID/mobile/对公账号, HTTPS TLS1.2, RBAC, 12-month logs, 人行 + 百行), "
        "has every must-have and no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named "
        "engineer, lifetime consulting, all in the contract, full unencrypted source — at 298,000 含税 inside 25–35万 (3 years 298,000 "
        "+ 2 × 28,000 = 354,000). 漳州芗城 is 301,160 含税 only with its cash-flow option, with office-hours support and a 4-hour "
        "response; 龙岩新罗 is 323,180 含税 (不含税, 13%), charges major policy changes and gives no lifetime consulting; the writer's "
        "pick 泉州丰泽 (276,000) proves nothing (unverified), pads with three bloat modules and encrypts its risk engine; 莆田城厢 is "
        "138,000 in the caution zone with AES, 3-month logs, 6 months bug-only, an unanswered bureau question and a domain-bound "
        "licence; 三明梅列 did not take part.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zu_03  消费分期 — 肇庆端州粤分小额贷款's 产品运营部 陈嘉敏 ticks each vendor's modules ✔ / ✘ / ○ in one column per module (must-haves
#        and deferrables mixed) beside their compliance words on sheet 功能及合规, and keeps price and after-sales on a second sheet
#        价格及售后 in the order the quotes came in, one name typed with a Traditional character. 我的备注 and 初步意见 are hers.
# ---------------------------------------------------------------------------------------------
ZU03_MODS = ["商品管理", "积分商城", "分期计算器", "社交分享", "订单跟踪", "还款管理", "风控审批", "用户管理"]
ZU03_SEC = ["等保三级", "数据加密", "传输加密", "权限管理", "日志保存", "征信接口", "源码交付"]
ZU03_HEAD = ["序号", "供应商名称"] + ZU03_MODS + ["其他模块（对方列明）"] + ZU03_SEC + ["我的备注"]
ZU03_ROWS = [
    ["1", "珠海香洲数科有限公司", "✔", "✘", "✔", "✔", "✔", "✔", "✔", "✔", "无", "已取得，备案证明44040243011-24005",
     "国密SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC角色权限", "12个月，异常操作可追溯", "百行征信、朴道征信",
     "完整源码，无加密，可二次开发", "演示最顺"],
    ["2", "佛山禅城云分网络科技有限公司", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔",
     "智能客服机器人、区块链存证、元宇宙营销展厅（均免费赠送）", "按等保三级标准设计开发", "国密算法加密", "HTTPS", "完善的权限管理",
     "日志长期保存", "支持对接征信", "交付源码（风控引擎加密）", "功能最全，还送三个模块"],
    ["3", "江门蓬江软件有限公司", "✔", "○", "✔", "✔", "○", "✔", "✔", "✔", "无", "已取得，备案证明44070343006-24012",
     "SM4（身份证号、手机号）", "HTTPS", "角色权限", "12个月", "百行征信", "完整源码，可二次开发", "订单跟踪居然是选配"],
    ["4", "湛江赤坎网络科技有限公司", "✔", "✘", "✔", "✘", "✔", "✔", "✔", "✔", "无", "已取得，备案证明44080043002-23011", "AES",
     "HTTPS", "角色权限", "3个月", "百行征信", "仅授权使用（授权绑定域名）", "便宜得离谱"],
    ["5", "惠州惠城信息技术有限公司", "✔", "✔", "✔", "✘", "✔", "✔", "✔", "✔", "无", "已取得，备案证明44130243014-24003",
     "SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC", "6个月", "中国人民银行征信中心、百行征信", "完整源码，无加密", ""],
    ["6", "中山石岐数据服务有限公司"] + ["—"] * 16 + ["11-25书面回复：本次不参与报价"],
]
ZU03_PHEAD = ["序号", "供应商", "报价", "计税", "选配模块及价格（未含在报价内）", "免费维护期", "维护范围", "监管政策适配", "技术支持",
              "响应时间", "终身技术咨询", "承诺写入合同", "维保期满后年费", "备注（陈嘉敏）"]
ZU03_PRICE = [
    ["1", "惠州惠城信息技术有限公司", "24.8万元", "不含税（增值税6%另计）", "无", "12个月", "缺陷修复及小版本升级",
     "一般调整免费，重大监管政策调整另行报价", "5×8（工作日9:00-18:00）", "4小时内", "提供", "写入合同", "按合同额15%/年", "要加6%的税"],
    ["2", "佛山禪城云分网络科技有限公司", "21.6万元", "含税", "无", "终身维护", "全面维护", "积极配合监管要求", "7×24小时", "第一时间",
     "终身免费", "可协商", "无（终身维护）", "以后不用交年费"],
    ["3", "湛江赤坎网络科技有限公司", "9.6万元", "含税", "无", "3个月", "仅修复缺陷", "按次收费", "5×8", "次日", "不提供", "不写入合同",
     "按次收费，每次3000元", ""],
    ["4", "珠海香洲数科有限公司", "25.8万元", "含税（13%专票）", "无", "12个月", "缺陷修复及小版本升级", "监管政策调整免费", "7×24",
     "2小时内（指定工程师）", "提供", "全部写入合同", "2.6万元/年", ""],
    ["5", "江门蓬江软件有限公司", "23.5万元", "含税", "订单跟踪2.4万元（不含税）；积分商城1.5万元（不含税）", "12个月",
     "仅修复缺陷，小版本升级另计", "监管政策调整免费", "7×24", "2小时内", "提供", "写入合同", "2.2万元/年", "订单跟踪必须要，得加上"],
    ["6", "中山石岐数据服务有限公司", "放弃报价"] + ["—"] * 10 + ["11-25书面回复"],
]


def build_zu03():
    name = "zu_03_ci_gouxuan_jiagebiao_liangbiao.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "功能及合规"
    ncol = len(ZU03_HEAD)
    widths(ws, [5, 28] + [8] * 8 + [26, 24, 22, 14, 14, 16, 20, 22, 18])
    _text(ws, 1, 1, ncol, "肇庆端州粤分小额贷款有限公司　消费分期系统源码比选（功能勾选表）", font=TITLE, height=24)
    _text(ws, 2, 1, ncol,
          "产品运营部 陈嘉敏，2025-12-04。我司做手机、家电消费分期，没有跨境业务，预算20–30万。本表是功能勾选和合规情况（合规各列按报价单原文）；"
          "价格和售后在第二张表“价格及售后”。", height=32)
    _text(ws, 3, 1, ncol, "图例：✔ 含在报价内　✘ 不提供　○ 选配（另行收费，价格见“价格及售后”表）", font=BOLD, fill=YELLOW)
    # two header rows: groups merged over the module and compliance columns, 序号 / 供应商名称 / 我的备注 merged down
    _text(ws, 4, 3, 11, "功能模块", font=BOLD, fill=GREY, align=CENTER)
    _text(ws, 4, 12, 18, "合规与安全（报价单原文）", font=BOLD, fill=GREY, align=CENTER)
    put_row(ws, 5, ZU03_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    for c in (1, 2, ncol):
        ws.cell(row=4, column=c, value=ZU03_HEAD[c - 1]).font = BOLD
        ws.cell(row=4, column=c).fill = BLUE
        ws.cell(row=4, column=c).alignment = CENTER
        ws.cell(row=5, column=c).value = None
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.row_dimensions[5].height = 30
    r = 6
    for row in ZU03_ROWS:
        assert len(row) == ncol, row[1]
        put_row(ws, r, _cells(row))
        for c in range(3, 11):
            ws.cell(row=r, column=c).alignment = CENTER
        ws.cell(row=r, column=ncol).fill = YELLOW
        ws.row_dimensions[r].height = 46 if row[0] != "6" else 20
        r += 1
    r += 1
    _text(ws, r, 1, ncol,
          "初步意见（陈嘉敏）：佛山禅城功能最全（积分商城、社交分享都有，还送智能客服机器人、区块链存证、元宇宙营销展厅），21.6万含税也不贵，倾向佛山禅城；"
          "珠海香洲作备选。湛江赤坎太便宜。中山石岐已放弃。", font=BOLD, height=34)
    ws.freeze_panes = "C6"

    ps = wb.create_sheet("价格及售后")
    pcol = len(ZU03_PHEAD)
    widths(ps, [5, 30, 11, 22, 34, 11, 24, 28, 22, 18, 12, 14, 18, 22])
    _text(ps, 1, 1, pcol, "价格及售后（按收到报价单的先后顺序）", font=TITLE, height=22)
    put_row(ps, 2, ZU03_PHEAD, font=BOLD, fill=BLUE, align=CENTER)
    ps.row_dimensions[2].height = 30
    r = 3
    for row in ZU03_PRICE:
        assert len(row) == pcol, row[1]
        put_row(ps, r, _cells(row))
        ps.cell(row=r, column=pcol).fill = YELLOW
        ps.row_dimensions[r].height = 34
        r += 1
    r += 1
    _text(ps, r, 1, pcol, "注：报价、计税和售后条款均按各家盖章报价单填写；选配模块的价格未含在报价内。", height=18)
    ps.freeze_panes = "C3"
    _save(wb, name)

    top = good("珠海香洲数科有限公司", 258000,
               "功能及合规 row 1 and 价格及售后 row 4 (joined by name): '25.8万元' '含税（13%专票）' = 258,000 inside 20–30万; ✔ 商品管理, "
               "分期计算器, 订单跟踪, 还款管理, 风控审批, 用户管理, 社交分享 (deferrable); ✘ 积分商城 (not offered); 其他模块 无, no bloat; 等保三级 "
               "备案证明44040243011-24005; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 12个月 with tracing; 百行 + 朴道; 12个月 with "
               "小版本升级; 政策免费; 7×24; '2小时内（指定工程师）' = 2 h; 终身咨询 提供; 全部写入合同; 2.6万元/年 = 26,000; 完整源码 无加密.",
               CI + CORE + ["repayment_management", "social_sharing"], response_hours=2, annual_fee_after_warranty_cny=26000,
               source_code_delivery="full")
    top["fex"] = BLOAT + ["points_mall"]
    vendors = [
        top,
        dict(vendor="佛山禅城云分网络科技有限公司", gate="unverified", price=216000,
             why="功能及合规 row 2 joined with 价格及售后 row 2, where the name is typed '佛山禪城…' (禪 the Traditional form of 禅: the same "
                 "company): '21.6万元' '含税' = 216,000 inside 20–30万 (no price flag); ✔ on every module column incl. 积分商城 and 社交分享; "
                 "其他模块 '智能客服机器人、区块链存证、元宇宙营销展厅（均免费赠送）' (bloat); '按等保三级标准设计开发' (claimed: unverified); '国密算法"
                 "加密' (which? claimed); '日志长期保存' (claimed); '支持对接征信' (no body: claimed); '终身维护' (claimed); HTTPS and '7×24小时' "
                 "stated; '完善的权限管理', '全面维护', '积极配合监管要求', '第一时间', '终身免费', '可协商', '无（终身维护）' state nothing; "
                 "'交付源码（风控引擎加密）' (partial). Her 备注 and 初步意见 ('倾向佛山禅城') are the buyer's.",
             values=dict(tls=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=CI + CORE + ["repayment_management", "points_mall", "social_sharing", "ai_customer_service",
                              "blockchain_evidence", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="江门蓬江软件有限公司", gate="pass", price=262120,
             why="功能及合规 row 3 / 价格及售后 row 5: '23.5万元' '含税'; ○ under 订单跟踪 (the legend: 选配, priced on the price sheet) with "
                 "'订单跟踪2.4万元（不含税）' — a must-have option (conditional, added with 13% VAT beside a tax-inclusive price): 235,000 + "
                 "24,000 × 1.13 = 235,000 + 27,120 = 262,120 inside 20–30万; ○ 积分商城 '1.5万元（不含税）' is deferrable — not added, not in "
                 "the quote; ✔ 商品管理, 分期计算器, 社交分享, 还款管理, 风控审批, 用户管理; 备案证明44070343006-24012; SM4 (ID, mobile); HTTPS; "
                 "角色权限; logs 12个月; 百行; 12个月 but '仅修复缺陷，小版本升级另计' (conditional); 政策免费; 7×24; 2小时内; 终身咨询 提供; "
                 "写入合同; 2.2万元/年 = 22,000; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=False,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="conditional", policy_adaptation_free="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "social_sharing"], fex=BLOAT + ["points_mall"],
             flin=["conditional", "maintenance_excludes_upgrades"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "maintenance_excludes_upgrades")),
        dict(vendor="湛江赤坎网络科技有限公司", gate="fail", price=96000,
             why="功能及合规 row 4 / 价格及售后 row 3: '9.6万元' '含税' = 96,000 (under 10万: do not buy); ✔ every must-have, ✘ 积分商城 and "
                 "社交分享 (deferrable, not penalised); 备案证明44080043002-23011 (stated); 'AES' (no SM4); HTTPS; 角色权限; logs 3个月 (under 6); "
                 "百行; 免费维护 3个月; '仅修复缺陷' (no upgrades); 政策 按次收费 (charged); 5×8; 次日 (24 h); 终身咨询 不提供; '不写入合同' "
                 "(not in the contract); '按次收费，每次3000元' (per incident, no yearly fee); '仅授权使用（授权绑定域名）' (licence only).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT + ["points_mall", "social_sharing"],
             flin=["price_below_10w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract",
                   "source_licence_only"],
             flex=["price_below_15w", "price_missing", "price_over_budget", "no_mlps_level3", "missing_must_have", "no_tls",
                   "no_access_control", "no_licensed_credit_bureau", "bloat_features", "source_partial"]),
        dict(vendor="惠州惠城信息技术有限公司", gate="pass", price=262880,
             why="功能及合规 row 5 / 价格及售后 row 1: '24.8万元' with 计税 '不含税（增值税6%另计）' — its own rate: 248,000 × 1.06 = 262,880 inside "
                 "20–30万; ✔ 商品管理, 积分商城 (deferrable), 分期计算器, 订单跟踪, 还款管理, 风控审批, 用户管理; ✘ 社交分享; no bloat; 备案证明"
                 "44130243014-24003; SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 6个月 (not under 6); 人行 + 百行; 12个月 with 小版本"
                 "升级; '一般调整免费，重大监管政策调整另行报价' (conditional: charged at the base price); '5×8（工作日9:00-18:00）' (no 7×24); "
                 "4小时内; 终身咨询 提供; 写入合同; '按合同额15%/年' (a share, no amount asserted); 完整源码 无加密.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", free_maintenance_months="stated",
                         maintenance_includes_upgrades="stated", policy_adaptation_free="conditional", support_7x24="stated",
                         response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall"], fex=BLOAT + ["social_sharing"],
             flin=["conditional", "policy_adaptation_charged", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"]
             + _but(AFTER_BAD, "policy_adaptation_charged", "no_7x24", "response_over_2h")),
    ]
    write_toml(
        "zu_03_ci_gouxuan_jiagebiao_liangbiao.toml",
        """Voice: 陈嘉敏 of the 产品运营部 at 肇庆端州粤分小额贷款 (phone and household-appliance instalments, no cross-border business,
  budget 20–30万) on 2025-12-04; the 我的备注 column, the 备注（陈嘉敏） column of the price sheet and her 初步意见 are hers.
Layout: workbook of two sheets. 功能及合规 — title, her note row, a legend row '图例：✔ 含在报价内　✘ 不提供　○ 选配（另行收费，价格见
  “价格及售后”表）', two header rows (group headers '功能模块' merged over C4:K4 and '合规与安全（报价单原文）' over L4:R4; 序号,
  供应商名称 and 我的备注 merged down rows 4–5), then ONE COLUMN PER MODULE with a mark in each cell, must-haves and deferrables mixed
  (商品管理 | 积分商城 | 分期计算器 | 社交分享 | 订单跟踪 | 还款管理 | 风控审批 | 用户管理), a free-text 其他模块（对方列明）, seven compliance
  columns in the vendors' words, six vendor rows (the sixth all '—' with her note that it declined) and her 初步意见 line. 价格及售后 —
  title, header 序号 | 供应商 | 报价 | 计税 | 选配模块及价格（未含在报价内） | 免费维护期 | 维护范围 | 监管政策适配 | 技术支持 | 响应时间 |
  终身技术咨询 | 承诺写入合同 | 维保期满后年费 | 备注（陈嘉敏）, the vendors in ANOTHER order (the order the quotes came in), the
  second typed '佛山禪城云分网络科技有限公司' with the Traditional 禪, the sixth '放弃报价'; a 注 line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the two sheets are one quote per vendor joined by NAME, never by row position (row 1 of the price sheet is 惠州惠城, not
  珠海香洲), and '佛山禪城…' is '佛山禅城…' (one character in its Traditional form); a lone ✔ / ✘ / ○ reads by the legend — ✘ is a
  module not offered, ○ an option priced on the other sheet; 江门蓬江's ○ 订单跟踪 is a must-have at '2.4万元（不含税）' beside a 含税
  price: 235,000 + 24,000 × 1.13 = 262,120 (conditional, added), its ○ 积分商城 (1.5万) is deferrable: not added, not included;
  惠州惠城 '不含税（增值税6%另计）' = 262,880; 湛江赤坎 96,000 (under 10万: fail) with AES, 3-month logs, 3 months bug-only, 按次收费,
  5×8/次日, 不写入合同 and a domain-bound licence; 佛山禅城 (her pick, 21.6万) only claims (按等保三级标准设计, 国密算法, 支持对接征信,
  长期保存, 终身维护: unverified), gives away 智能客服机器人 + 区块链存证 + 元宇宙营销展厅 (bloat) and encrypts its risk engine
  (partial); 中山石岐 declined (not listed); '15%/年', '3000元', '11-25' and the filing numbers are no prices.""",
        "consumer_installment", [name], "珠海香洲数科有限公司",
        "珠海香洲 proves every gate (备案证明44040243011-24005, SM4 on ID/mobile/bank card, HTTPS TLS1.2, RBAC, 12-month logs, 百行 + 朴道), "
        "ticks all three instalment must-haves with no bloat, and gives 12 months with upgrades, free policy adaptation, 7×24 within 2 "
        "hours by a named engineer, lifetime consulting, all in the contract, full unencrypted source — at 258,000 含税 inside 20–30万 "
        "(3 years 258,000 + 2 × 26,000 = 310,000). 江门蓬江 is 262,120 含税 only with its order-tracking option and charges upgrades; "
        "惠州惠城 is 262,880 含税 (不含税 6%), charges major policy changes and offers 5×8/4h; the writer's pick 佛山禅城 (216,000) proves "
        "nothing (unverified), pads with three bloat modules and encrypts its risk engine; 湛江赤坎 is 96,000 (under 10万: fail); "
        "中山石岐 declined.",
        vendors)


if __name__ == "__main__":
    for build in (build_zu01, build_zu02, build_zu03):
        build()
    print("built zu_01 … zu_03 into", HERE)
