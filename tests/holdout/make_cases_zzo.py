"""Build the "zzo" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is the BUYER'S OWN WORKING FILES in their everyday messiness: the buyer's
marks, scores, colours and merges sit among the vendors' words and decide nothing on their own.

zzo_01 — an .xlsx (personal credit): the general manager's own 打分排序表. The vendors are rows SORTED BY HIS OWN 总分, a 排名
  column first; every vendor column of words ('报价（原话）', '等保及安全（原话）', '售后（原话）', '源码（原话）') is FOLLOWED BY HIS
  OWN SCORE COLUMN for that topic ('价格分(20)', '等保分(30)', '售后分(30)', '源码分(20)'), then his 总分 and his one-line verdict.
  He scored claims as if they were certificates ('满足等保三级要求' got 28 of 30), so his 排名 1 only claims its 等保; the scores,
  the 总分 (96, 90 …) and the 排名 are his, never a price or a term of the vendor; a declined vendor sits at the bottom with '—'.
zzo_02 — a CSV in GB18030, CRLF (merchant loans): the boss's 红绿灯 board. The legend line above the header says '红色=不行；
  黄色=再谈谈；绿色=可以' and that the colours were decided at the boss's meeting; the first column 灯 holds the colour WORD typed
  per vendor, and the rows are GROUPED under colour heading rows ('【绿色】可以', '【黄色】再谈谈', '【红色】不行') that are no
  vendors. The vendors' words are in the '对方原话：…' columns; the 老板说 column and the note under the table are the boss's. The
  best quote sits under 【红色】 for a hearsay reason of his; one 绿色 vendor only claims, the other sells the e-contract as a priced
  option; a 红色 row is a decline.
zzo_03 — an .xlsx (consumer instalments): a clerk's comparison of EDITIONS with VERTICALLY MERGED cells — each vendor takes two
  rows (基础版 | 标准版), the 版本, 报价 and 包含模块 cells per row, while 序号, 供应商, 等保/数据安全, 售后服务, 源码交付 and her
  经办人备注 are each ONE CELL MERGED DOWN over both rows (the value sits only in the top cell; the 标准版 row's cells under the
  merge are empty in the file). One vendor quotes one edition on one unmerged row; one declines on one row.

The expected reading of every file is in the matching zzo_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzo.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, NOGATE, PC, _q, _save, write_csv  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _st(**over):
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return s


def write_toml(name, comment, business_type, files, top, why, vendors):
    """case_io.write_toml plus an optional 'package' key per vendor (zzo_03 quotes editions)."""
    out = ["# " + line for line in comment.strip().splitlines()]
    out += [f"business_type = {_q(business_type)}", f"files = {_q(files)}", f"top = {_q(top)}", f"why = {_q(why)}"]
    for v in vendors:
        out += ["", "[[vendor]]", f"vendor = {_q(v['vendor'])}"]
        if v.get("package"):
            out.append(f"package = {_q(v['package'])}")
        out.append(f"gate = {_q(v['gate'])}")
        if "price" in v:
            out.append(f"price_cny = {_q(v['price'])}")
        out.append(f"why = {_q(v['why'])}")
        for sect in ("values", "status"):
            if v.get(sect):
                out.append(f"[vendor.{sect}]")
                out += [f"{k} = {_q(x)}" for k, x in v[sect].items()]
        if v.get("fin") or v.get("fex"):
            out.append("[vendor.features]")
            if v.get("fin"):
                out.append(f"include = {_q(v['fin'])}")
            if v.get("fex"):
                out.append(f"exclude = {_q(v['fex'])}")
        if v.get("flin") or v.get("flex"):
            out.append("[vendor.flags]")
            if v.get("flin"):
                out.append(f"include = {_q(v['flin'])}")
            if v.get("flex"):
                out.append(f"exclude = {_q(v['flex'])}")
    (HERE / name).write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# zzo_01  个人信用贷 — the general manager's 打分排序表: rows sorted by his 总分, his score column after every topic
# ---------------------------------------------------------------------------------------------
O1_NAME = "zzo_01_pc_zongjingli_dafen_paixu.xlsx"
O1_HEAD = ["排名", "供应商", "报价（原话）", "价格分(20)", "功能模块（原话）", "等保及安全（原话）", "等保分(30)", "售后（原话）",
           "售后分(30)", "源码（原话）", "源码分(20)", "总分", "我的一句话"]
O1_ROWS = [
    ["1", "赣州章贡数科有限公司", "16.8万元（含税）", 20,
     "个人征信查询、风控模型、反欺诈、还款管理、风控审批、用户管理",
     "按等保三级标准建设，满足等保三级要求；国密算法加密；HTTPS；权限管理；日志长期保存；支持对接各大征信机构", 28,
     "终身免费维护；7×24小时服务，响应快", 28, "完整源码", 20, 96, "最便宜，样样都满足，倾向定它"],
    ["2", "九江濂溪软件有限公司", "23.6万元（含税）", 12,
     "个人征信查询（人行二代征信、百行征信）、风控模型、反欺诈模型、还款计划及提醒、风控审批、用户管理",
     "已取得等保三级，备案证明编号36040243006-25011；身份证号、手机号、银行卡号SM4加密存储；全站HTTPS（TLS1.2）；RBAC角色权限；"
     "操作日志保存12个月；对接人行征信中心、百行征信", 30,
     "免费维护12个月，含bug修复及版本升级；7×24小时技术支持，2小时内响应；监管政策调整免费适配；终身技术咨询；以上写入合同；"
     "期满后年维护费2.5万元", 28, "完整源码，无加密，可二次开发", 20, 90, "贵了将近7万"],
    ["3", "上饶信州信息技术有限公司", "19.5万元（不含税）", 16,
     "个人征信（百行征信）、风控模型、反欺诈、还款计划、审批流、用户管理",
     "等保三级（备案证明编号36110243002-24008）；SM4加密；HTTPS；RBAC；日志保存6个月；百行征信", 30,
     "免费维护12个月（仅bug修复，版本升级另计）；5×8技术支持，4小时响应；重大政策调整另行报价；终身技术咨询；写入合同", 18,
     "核心风控引擎加密，其余模块开放源码", 10, 74, "价格还行"],
    ["4", "景德镇昌江网络科技有限公司", "11.8万元（含税）", 18,
     "个人征信查询、风控模型、还款管理、风控审批、用户管理",
     "等保三级（备案证明编号36020243004-25002）；AES加密；HTTPS；RBAC；日志保存3个月；百行征信", 24,
     "免费维护6个月；7×24小时，1小时内响应；政策调整免费；终身技术咨询；写入合同", 20,
     "仅授权使用，绑定域名，不提供源码", 0, 62, "太便宜，心里没底"],
    ["5", "萍乡安源数科有限公司", "原价13.8万，现价8.8万元（含税），赠送智能客服机器人", 20,
     "个人征信查询、风控模型、还款管理、用户管理",
     "等保二级（三级暂无计划）；AES加密；HTTPS；单一管理员账号；日志保存3个月", 10,
     "免费维护3个月，只修bug；工作日QQ群支持；政策调整另收费", 15, "授权使用", 5, 50, "不考虑"],
    ["—", "新余渝水软件有限公司", "未报价（11-28电话：不做外地项目）", None, "", "", None, "", None, "", None, None, "没报"],
]


def build_zzo01():
    wb = Workbook()
    ws = wb.active
    ws.title = "打分排序"
    put_row(ws, 1, ["南昌市东湖区洪城小额贷款有限公司 个人信用贷系统源码 供应商打分（按总分排序）"], font=TITLE, border=False)
    put_row(ws, 2, ["说明：分数是我自己打的（价格20、等保30、售后30、源码20，满分100），排名按总分从高到低；“原话”几列照抄各家报价单。"
                    "我司只做本地个人信用贷，无跨境业务，预算18-25万（含税）。——刘建国 2025-12-05"], border=False)
    put_row(ws, 3, O1_HEAD, font=BOLD, fill=GREY)
    for i, row in enumerate(O1_ROWS):
        put_row(ws, 4 + i, row)
        for c in (4, 7, 9, 11, 12, 13):  # his own columns, shaded
            ws.cell(row=4 + i, column=c).fill = YELLOW
    put_row(ws, 11, ["总经理意见：按总分，章贡第一，下周约他们谈合同。"], border=False)
    widths(ws, [6, 24, 20, 9, 34, 44, 9, 44, 9, 24, 9, 7, 20])
    ws.freeze_panes = "C4"
    _save(wb, O1_NAME)

    comment = f"""Voice: 刘建国, general manager of 南昌市东湖区洪城小额贷款 (local personal credit, no cross-border business, budget 18-25万 含税),
  2025-12-05. The title, the 说明 line, the 排名 column, every score column (价格分(20), 等保分(30), 售后分(30), 源码分(20)), 总分,
  我的一句话 (all shaded) and the 总经理意见 on row 11 are his; the '（原话）' columns are copied from the vendors' quotes.
Layout: .xlsx, one sheet "打分排序", header on row 3: {' | '.join(O1_HEAD)}; vendors on rows 4-9 SORTED BY HIS 总分 (96, 90, 74,
  62, 50, then the decline with '—'); each topic's vendor column is followed by his score column for it.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: his 排名 1, 章贡 (总分 96), only CLAIMS its security ('按等保三级标准建设，满足等保三级要求', '国密算法', '日志长期保存',
  '支持对接各大征信机构') and after-sales ('终身免费维护', '响应快') — he scored those claims 28 of 30: its gate is unverified, so it
  ranks below every pass, whatever his 总分. 濂溪 (his 排名 2) proves every gate and gives full after-sales at 236,000 含税: the
  pick. His numbers are no vendor's: 20/12/16/18 under 价格分 are no prices (12 is no 12万), 总分 96/90 no prices, 排名 1-5 no
  序号 of anything the vendor said. 信州's '19.5万元（不含税）' is 220,350 at the default 13% (cheaper than 濂溪 but 5×8, 4 hours,
  paid upgrades, conditional policy changes and an encrypted engine); 昌江 is 118,000 (caution zone, AES, 3-month logs, 6 months'
  maintenance, licence only, no anti-fraud); 安源 is '现价8.8万' = 88,000 < 10万 and 等保二级: fail; 渝水 declined (not listed)."""
    vendors = [
        dict(vendor="九江濂溪软件有限公司", gate="pass", price=236000,
             why="row 5: '23.6万元（含税）' = 236,000, inside 18-25万; '已取得等保三级，备案证明编号36040243006-25011'; SM4 on 身份证号/手机号/银行卡号; TLS1.2; RBAC; 12个月; 人行 + 百行; modules 个人征信查询, 风控模型, 反欺诈模型, 还款计划及提醒, 风控审批, 用户管理; '免费维护12个月，含bug修复及版本升级'; 7×24 '2小时内响应'; policy free; consulting; contract; '期满后年维护费2.5万元' = 25,000 a year; full source, unencrypted. His 排名 2 / 总分 90 / 价格分 12 are his.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="上饶信州信息技术有限公司", gate="pass", price=220350,
             why="row 6: '19.5万元（不含税）', no rate stated: 195,000 × 1.13 = 220,350; '等保三级（备案证明编号36110243002-24008）'; SM4; HTTPS; RBAC; logs 6个月 (not under 6); 百行; '免费维护12个月（仅bug修复，版本升级另计）' (upgrades conditional: not included); '5×8技术支持，4小时响应' (no 7×24, 4 h); '重大政策调整另行报价' (conditional); consulting; contract; '核心风控引擎加密' = partial source.",
             values=_vals(audit_log_months=6, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                          support_7x24=False, response_hours=4, source_code_delivery="partial"),
             status=_st(maintenance_includes_upgrades="conditional", policy_adaptation_free="conditional",
                        response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["no_7x24", "response_over_2h", "maintenance_excludes_upgrades", "policy_adaptation_charged", "source_partial"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "audit_log_under_6m",
                            "maintenance_under_12m", "bloat_features"]),
        dict(vendor="景德镇昌江网络科技有限公司", gate="pass", price=118000,
             why="row 7: '11.8万元（含税）' = 118,000 (caution zone 10-15万); '等保三级（备案证明编号36020243004-25002）' stated; 'AES加密' (no SM4); HTTPS; RBAC; logs 3个月; 百行; '免费维护6个月'; 7×24 '1小时内响应'; policy free; consulting; contract; '仅授权使用，绑定域名，不提供源码' = licence only; modules have every must-have but no anti-fraud.",
             # reconciled after the blind measure: '免费维护6个月' says nothing of upgrades (unknown, domain.md §7); the
             # template's 'with upgrades' is not 昌江's, so the upgrades are not asserted
             values={k: v for k, v in _vals(sm4_encryption=False, audit_log_months=3, free_maintenance_months=6, response_hours=1,
                                            source_code_delivery="licence_only").items() if k != "maintenance_includes_upgrades"},
             status={k: v for k, v in _st(response_hours="stated").items() if k != "maintenance_includes_upgrades"},
             fin=PC + CORE, fex=["anti_fraud"] + BLOAT,
             flin=["price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "source_licence_only"],
             flex=NOGATE + ["no_tls", "no_7x24", "response_over_2h", "policy_adaptation_charged", "bloat_features"]),
        dict(vendor="赣州章贡数科有限公司", gate="unverified", price=168000,
             why="row 4, his 排名 1 (总分 96, his scores): '16.8万元（含税）' = 168,000; '按等保三级标准建设，满足等保三级要求' — no filing (claimed: unverified); '国密算法加密' (which? claimed); HTTPS; 权限管理; '日志长期保存' (no period: claimed); '支持对接各大征信机构' (none named: claimed); '终身免费维护' = 12 months claimed; '7×24小时服务' stated, '响应快' gives no hours; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, licensed_credit_bureau=True,
                         free_maintenance_months=12, support_7x24=True, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", audit_log_months="claimed",
                         licensed_credit_bureau="claimed", free_maintenance_months="claimed"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w",
                   "no_sm4", "no_tls", "no_7x24", "bloat_features"]),
        dict(vendor="萍乡安源数科有限公司", gate="fail", price=88000,
             why="row 8: '原价13.8万，现价8.8万元（含税）' = 88,000 < 10万; '等保二级（三级暂无计划）' (fail); AES (no SM4); '单一管理员账号' (no role-based access); logs 3个月; '免费维护3个月，只修bug'; '工作日QQ群支持' (no 7×24); '政策调整另收费'; '授权使用' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, audit_log_months=3, free_maintenance_months=3,
                         maintenance_includes_upgrades=False, support_7x24=False, policy_adaptation_free=False,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=PC + ["user_management"],
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "no_7x24",
                   "source_licence_only"], flex=["price_missing"]),
    ]
    write_toml(O1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [O1_NAME], "九江濂溪软件有限公司",
               "濂溪 (row 5, his 排名 2) proves every gate (备案证明编号36040243006-25011, SM4 on ID/mobile/bank card, TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every personal-credit must-have plus anti-fraud, and gives 12 months' maintenance with upgrades, 7×24 within 2 hours, free policy adaptation, lifetime consulting, all in the contract, full unencrypted source — at 236,000 含税. 刘建国's 排名 1 章贡 (his 总分 96) only claims its 等保, encryption, logs, bureau and '终身免费维护': unverified, below every pass. 信州 is 220,350 with 13% added but 5×8, 4 hours, paid upgrades and an encrypted engine; 昌江 118,000 (caution zone, AES, 3-month logs, licence only); 安源 fails (8.8万, 等保二级); 渝水 declined. His scores and 排名 are his, never the vendors'.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzo_02  商户经营性贷 — the boss's 红绿灯 board, rows grouped under colour headings; GB18030 CSV
# ---------------------------------------------------------------------------------------------
O2_NAME = "zzo_02_ml_laoban_hongludeng_fenzu_gb18030.csv"
O2_HEAD = ["灯", "供应商", "对方原话：报价", "对方原话：功能", "对方原话：等保/安全", "对方原话：售后", "对方原话：源码", "老板说"]
O2_ROWS = [
    ["【绿色】可以", "", "", "", "", "", "", ""],
    ["绿色", "常州武进数科有限公司", "28.8万元（含税）",
     "企业征信查询、银行流水分析、风控审批、还款管理、用户管理、数据大屏；电子合同模块选配，另加3.5万元（含税）",
     "等保三级（备案证明编号32041243007-25015）；SM4加密；HTTPS；RBAC；日志保存12个月；对接人行征信中心",
     "免费维护12个月，含bug修复和版本升级；7×24小时，4小时内响应；政策调整免费；终身技术咨询；写入合同",
     "完整源码", "老朋友介绍的，就定这家"],
    ["绿色", "无锡梁溪软件有限公司", "26.5万（含税）",
     "企业征信、流水分析、电子合同、审批流、还款计划、用户管理",
     "满足等保三级要求，可配合客户测评；国密加密；HTTPS；权限管理；日志保存6个月；支持对接各类征信机构",
     "终身维护；7×24小时；重大政策调整另行报价", "完整源码", "他们说都满足，绿"],
    ["【黄色】再谈谈", "", "", "", "", "", "", ""],
    ["黄色", "苏州吴中信息技术有限公司", "30.2万元（不含税）",
     "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理、区块链存证",
     "三级测评中，预计2026年3月取得；SM4加密（身份证号、手机号、对公账号）；HTTPS；RBAC；日志保存12个月；百行征信",
     "免费维护12个月，含bug修复及小版本升级；7×24小时，2小时内响应；政策调整免费；终身技术咨询；写入合同",
     "核心风控引擎加密交付", "贵，等证下来再说"],
    ["黄色", "扬州邗江网络科技有限公司", "13.8万元（含税）",
     "企业征信、电子合同、风控审批、还款管理、用户管理；银行流水分析列入二期开发，届时另行报价",
     "等保三级（备案证明编号32100343005-25004）；SM4加密；HTTPS；RBAC；日志保存6个月；朴道征信",
     "免费维护12个月（仅修bug）；5×8技术支持，2小时响应；政策调整另收费；终身技术咨询；写入合同",
     "完整源码", "便宜，压一压还能再谈"],
    ["【红色】不行", "", "", "", "", "", "", ""],
    ["红色", "南通崇川数科有限公司", "27.6万元（含税，13%专票）",
     "企业征信查询（人行企业征信）、银行流水分析、电子合同、风控审批、还款计划及提醒、用户管理",
     "已取得等保三级，备案证明编号32060243009-25006；法人身份证号、手机号、对公账号SM4加密；全站HTTPS（TLS1.2）；RBAC；"
     "操作日志保存12个月；对接人行征信中心、百行征信",
     "免费维护24个月，含缺陷修复及版本升级；7×24小时技术支持，1小时内响应；监管政策调整免费适配；终身技术咨询；以上承诺写入合同；"
     "期满后年维护费2.8万元",
     "完整源码，无加密，可二次开发", "红色=不行。没合作过，听人说是小公司，先放放"],
    ["红色", "泰州海陵软件有限公司", "不报了（12-01电话：年底排期满了）", "", "", "", "", "人家不做"],
]


def build_zzo02():
    n = len(O2_HEAD)
    rows = [["镇江市京口区金山小额贷款有限公司 商户经营贷系统源码 比价看板（老板用）"] + [""] * (n - 1),
            ["图例：红色=不行；黄色=再谈谈；绿色=可以。颜色是12月4日老板开会时定的；供应商说的话在“对方原话”几列，老板说的在最后一列。"
             "本地商户经营贷，无跨境业务，预算25-35万。整理：行政部 周婷"] + [""] * (n - 1),
            O2_HEAD] + O2_ROWS + [
            [""] * n,
            ["老板：绿色里挑武进，下周签合同；红色的不用再看了。"] + [""] * (n - 1)]
    write_csv(O2_NAME, rows, "gb18030")

    comment = f"""Voice: 周婷 of the 行政部 at 镇江市京口区金山小额贷款 (local merchant operating loans, no cross-border business, budget 25-35万),
  typing up the boss's board after his meeting of 12-04. The title, the legend line, the 灯 column, the three colour heading rows,
  the 老板说 column and the 老板 line at the foot are the buyer's; the '对方原话：…' columns are the vendors' words.
Layout: CSV in GB18030, CRLF; title and legend lines, header on line 3: {' | '.join(O2_HEAD)}; the vendor rows GROUPED under colour
  heading rows '【绿色】可以' (line 4), '【黄色】再谈谈' (line 7), '【红色】不行' (line 10) — rows with words only in the 灯 column, no
  vendors; every vendor row has its colour word in 灯; an empty line and the boss's line at the foot.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the colours are the boss's and decide nothing: the best quote, 崇川, sits under 【红色】 ('红色=不行。没合作过，听人说是小
  公司' — hearsay, nothing the quote says): 等保三级 with its filing number, SM4, TLS1.2, RBAC, 12-month logs, 人行 + 百行, every
  merchant-loan must-have, 24 months' maintenance with upgrades, 7×24 within 1 hour, free policy adaptation, lifetime consulting,
  in the contract, full source, 2.8万 a year after, at 276,000 含税 — the pick. The boss's pick 武进 (绿色) sells the must-have
  电子合同 only as an option '另加3.5万元（含税）': 288,000 + 35,000 = 323,000, and answers within 4 hours. 梁溪 (绿色, '他们说都满足')
  only claims (满足等保三级要求, 国密加密, 支持对接各类征信机构, 终身维护) and charges major policy changes: unverified. 吴中 (黄色) is
  '三级测评中' (unverified) at 302,000 不含税 × 1.13 = 341,260 with 区块链存证 (bloat) and an encrypted engine; 邗江 (黄色) puts
  '银行流水分析列入二期开发' — a must-have missing: fail (and 13.8万 is the caution zone). 海陵 under 红色 declined (not listed);
  the heading rows and the legend are no vendors; the colour words ('绿色', '红色=不行') are no statements of any vendor."""
    vendors = [
        dict(vendor="南通崇川数科有限公司", gate="pass", price=276000,
             why="line 11 (under 【红色】不行): '27.6万元（含税，13%专票）' = 276,000 inside 25-35万; '已取得等保三级，备案证明编号32060243009-25006'; SM4 on 法人身份证号/手机号/对公账号; TLS1.2; RBAC; 12个月; 人行 + 百行; modules 企业征信查询, 银行流水分析, 电子合同, 风控审批, 还款计划及提醒, 用户管理; '免费维护24个月，含缺陷修复及版本升级' = 24 months; 7×24 '1小时内响应'; policy free; consulting; contract; '期满后年维护费2.8万元' = 28,000 a year; full source, unencrypted. '红色' and '红色=不行。没合作过…' are the boss's, never the vendor's.",
             values=_vals(free_maintenance_months=24, response_hours=1, annual_fee_after_warranty_cny=28000,
                          source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE, fex=BLOAT, flex=ALL_BAD),
        dict(vendor="常州武进数科有限公司", gate="pass", price=323000,
             why="line 5 (绿色, the boss's pick): '28.8万元（含税）' plus the must-have '电子合同模块选配，另加3.5万元（含税）' = 288,000 + 35,000 = 323,000 (contract_management present, conditional); '等保三级（备案证明编号32041243007-25015）'; SM4; HTTPS; RBAC; 12个月; 人行; 12 months with upgrades; 7×24 '4小时内响应' (4 h); policy free; consulting; contract; full source; 数据大屏 deferrable.",
             values=_vals(response_hours=4, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=ML + CORE + ["bi_dashboard"], fex=BLOAT, flin=["response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_7x24", "maintenance_under_12m",
                            "maintenance_excludes_upgrades", "policy_adaptation_charged", "bloat_features", "source_partial",
                            "source_licence_only"]),
        dict(vendor="无锡梁溪软件有限公司", gate="unverified", price=265000,
             why="line 6 (绿色, '他们说都满足'): '26.5万（含税）' = 265,000; '满足等保三级要求，可配合客户测评' — no filing (claimed: unverified); '国密加密' (which? claimed); HTTPS; 权限管理; logs 6个月; '支持对接各类征信机构' (none named: claimed); '终身维护' = 12 months claimed; '7×24小时' stated; '重大政策调整另行报价' (conditional); modules 企业征信, 流水分析, 电子合同, 审批流, 还款计划, 用户管理; 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=12, support_7x24=True,
                         policy_adaptation_free=False, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", audit_log_months="stated",
                         licensed_credit_bureau="claimed", free_maintenance_months="claimed",
                         policy_adaptation_free="conditional"),
             fin=ML + CORE, fex=BLOAT, flin=["policy_adaptation_charged"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w",
                   "price_over_budget", "no_sm4", "no_tls", "audit_log_under_6m", "no_7x24", "bloat_features"]),
        dict(vendor="苏州吴中信息技术有限公司", gate="unverified", price=341260,
             why="line 8 (黄色): '30.2万元（不含税）', no rate stated: 302,000 × 1.13 = 341,260, inside 35万; '三级测评中，预计2026年3月取得' (in progress: false, claimed, unverified); SM4 on 身份证号/手机号/对公账号; HTTPS; RBAC; 12个月; 百行; 12 months with minor upgrades; 7×24 within 2 h; policy free; consulting; contract; '核心风控引擎加密交付' = partial; modules add 区块链存证 (bloat).",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", audit_log_months="stated",
                         licensed_credit_bureau="stated", free_maintenance_months="stated", response_hours="stated"),
             fin=ML + CORE + ["blockchain_evidence"], flin=["bloat_features", "source_partial"],
             flex=["missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_7x24", "response_over_2h", "maintenance_under_12m"]),
        dict(vendor="扬州邗江网络科技有限公司", gate="fail", price=138000,
             why="line 9 (黄色): '13.8万元（含税）' = 138,000 (caution zone); '银行流水分析列入二期开发，届时另行报价' — a must-have not in this delivery: missing (fail), never an option; 等保三级 with filing 32100343005-25004; SM4; HTTPS; RBAC; 6个月; 朴道; '免费维护12个月（仅修bug）' (no upgrades); '5×8技术支持，2小时响应'; '政策调整另收费'; consulting; contract; full source.",
             values=dict(mlps_level3=True, sm4_encryption=True, audit_log_months=6, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=False, support_7x24=False,
                         response_hours=2, policy_adaptation_free=False, source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="stated", support_7x24="stated"),
             fin=["enterprise_credit", "contract_management"] + CORE + ["repayment_management"], fex=["cashflow_analysis"],
             flin=["missing_must_have", "price_below_15w", "no_7x24"], flex=["no_mlps_level3", "price_below_10w", "price_missing"]),
    ]
    write_toml(O2_NAME.replace(".csv", ".toml"), comment, "merchant_loan", [O2_NAME], "南通崇川数科有限公司",
               "崇川 (line 11, under the boss's 【红色】不行) proves every gate (备案证明编号32060243009-25006, SM4 on 法人身份证号/手机号/对公账号, TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every merchant-loan must-have, and gives 24 months' maintenance with upgrades, 7×24 within 1 hour, free policy adaptation, lifetime consulting, in the contract, full unencrypted source — at 276,000 含税, inside the band. The red is the boss's hearsay ('没合作过，听人说是小公司'), no fact of the quote. His pick 武进 (绿色) is 323,000 once the must-have 电子合同 option (+3.5万) is added and answers within 4 hours; 梁溪 (绿色) only claims its 等保; 吴中 is still '测评中' (341,260 after 13%); 邗江 leaves 银行流水分析 to a second phase (fail); 海陵 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzo_03  消费分期 — editions on two rows per vendor, the shared cells merged down over both
# ---------------------------------------------------------------------------------------------
O3_NAME = "zzo_03_ci_liangban_zongxiang_hebing.xlsx"
O3_HEAD = ["序号", "供应商", "版本", "报价", "包含模块", "等保/数据安全", "售后服务", "源码交付", "经办人备注"]
# (序号, 供应商, [(版本, 报价, 包含模块), …], 等保, 售后, 源码, 备注); two editions -> two rows, shared cells merged down
O3_VENDORS = [
    ("1", "东莞莞城数科有限公司",
     [("基础版", "16.8万元（含税）", "商品管理、分期计算器、风控审批、还款管理、用户管理"),
      ("标准版", "24.8万元（含税）", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理、积分商城")],
     "等保三级已取得（备案证明编号44190043006-25009）；身份证号、手机号SM4加密；全站HTTPS；RBAC；操作日志保存12个月；"
     "对接百行征信、朴道征信",
     "免费维护12个月，含bug修复及小版本升级；7×24小时，2小时内响应；政策调整免费；终身技术咨询；写入合同；期满后年费2.2万元",
     "完整源码，可二次开发", "基础版最便宜，两版售后一样"),
    ("2", "佛山禅城软件有限公司",
     [("基础版", "19.6万元（不含税）", "商品管理、分期计算器、订单管理、审批流、还款计划、用户管理"),
      ("标准版", "23.9万元（不含税）", "商品管理、分期计算器、订单管理、审批流、还款计划、用户管理、会员体系、积分商城、区块链存证")],
     "按等保三级标准设计，测评可协助（另计）；国密算法；HTTPS；权限管理；日志保存6个月",
     "终身维护；5×8技术支持；重大政策调整另行报价",
     "源码交付（风控模块加密）", "要问清楚含不含税"),
    ("3", "中山石岐信息技术有限公司",
     [("基础版", "21.5万元（含税）", "商品管理、分期计算器、风控审批、还款管理、用户管理；订单跟踪选配，另加2.6万元（含税）"),
      ("标准版", "26.3万元（含税）", "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理、社交分享")],
     "已取得三级，备案证明编号44200043003-24017；SM4加密；HTTPS；RBAC；日志保存12个月；百行征信",
     "免费维护6个月，仅bug修复；5×8技术支持，4小时响应；政策调整另收费；终身技术咨询；写入合同",
     "完整源码", "售后偏弱"),
    ("4", "江门蓬江网络科技有限公司",
     [("通用版", "9.9万元（含税）", "商品管理、分期计算器、订单跟踪、审批、还款、用户管理")],
     "等保二级；AES加密；HTTPS；有权限管理；日志保存3个月", "免费维护3个月；工作日支持；政策调整另收费", "授权使用，不提供源码",
     "太便宜"),
    ("5", "珠海香洲数科有限公司",
     [("—", "未报价（11-28来函：暂不承接分期类项目）", "")], "", "", "", "放弃"),
]


def build_zzo03():
    wb = Workbook()
    ws = wb.active
    ws.title = "版本比价"
    put_row(ws, 1, ["惠州市惠城区鹅城小额贷款有限公司 消费分期系统源码 分版本比价表"], font=TITLE, border=False)
    put_row(ws, 2, ["说明：每家报了两个版本的占两行（基础版、标准版），两版共用的等保、售后、源码只填一格（上下合并）；报价及模块按各家报价单照录，"
                    "“经办人备注”为本人意见。本地消费分期业务，无跨境，预算20-30万。经办：采购部 黄丽 2025-12-05"], border=False)
    put_row(ws, 3, O3_HEAD, font=BOLD, fill=GREY)
    r = 4
    for seq, name, eds, mlps, after, src, note in O3_VENDORS:
        top = r
        for ed, price, mods in eds:
            put_row(ws, r, [seq if r == top else None, name if r == top else None, ed, price, mods,
                            (mlps or None) if r == top else None, (after or None) if r == top else None,
                            (src or None) if r == top else None, note if r == top else None])
            r += 1
        if len(eds) > 1:
            for col in (1, 2, 6, 7, 8, 9):
                ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
                if col in (1, 2):
                    ws.cell(row=top, column=col).alignment = CENTER
        for rr in range(top, r):
            ws.cell(row=rr, column=9).fill = YELLOW
    put_row(ws, r + 1, ["采购部意见：莞城基础版价格最低，建议优先谈。"], border=False)
    widths(ws, [6, 22, 9, 18, 44, 44, 44, 20, 18])
    _save(wb, O3_NAME)

    comment = f"""Voice: 黄丽 of the 采购部 at 惠州市惠城区鹅城小额贷款 (local consumer instalments, no cross-border business, budget 20-30万),
  2025-12-05. The title, the 说明 line, the 经办人备注 column (shaded) and the 采购部意见 under the table are hers; the other cells
  are copied from the vendors' quotes.
Layout: .xlsx, one sheet "版本比价", header on row 3: {' | '.join(O3_HEAD)}. 莞城 (rows 4-5), 禅城 (rows 6-7) and 石岐 (rows 8-9)
  each take TWO rows, 基础版 then 标准版, with 版本, 报价 and 包含模块 per row while 序号, 供应商, 等保/数据安全, 售后服务, 源码交付 and
  经办人备注 are each one cell MERGED DOWN over both rows (A4:A5, B4:B5, F4:F5, G4:G5, H4:H5, I4:I5 …): the value sits in the top
  cell only, the 标准版 row's cells under the merge are empty in the file but say the same. 蓬江 (row 10) quotes one 通用版 on
  one unmerged row; 香洲 (row 11) declined on one row.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: each edition is a quote of its own (vendor + package), and a merged cell speaks for every row it covers: read only the
  top row and every 标准版 loses its 等保, security, after-sales and source (blank → unverified), which would throw away the pick.
  莞城/标准版 — 24.8万 含税 with 订单跟踪, filing 44190043006-25009, SM4, 12-month logs, 百行 + 朴道, 12 months with upgrades, 7×24
  within 2 hours, free policy changes, full source — is the pick. 黄丽's pick 莞城/基础版 (16.8万) lists no 订单跟踪 — a must-have
  absent from a stated list: fail. 石岐/基础版 sells 订单跟踪 as an option '另加2.6万元（含税）' = 215,000 + 26,000 = 241,000
  (cheaper than 莞城/标准版, but 6 months of bug-fix-only maintenance, 5×8, 4 hours, paid policy changes); 石岐/标准版 263,000. 禅城's
  two editions are 不含税 with no rate: × 1.13 = 221,480 and 270,070, and only claim 等保 ('按等保三级标准设计，测评可协助（另计）')
  and 国密 — unverified; its 标准版 carries 区块链存证 (bloat). 蓬江 is 9.9万 and 等保二级: fail. 香洲 declined (not listed)."""
    g_after = dict(free_maintenance_months=12, response_hours=2, annual_fee_after_warranty_cny=22000, source_code_delivery="full")
    s_vals = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                  licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                  support_7x24=False, response_hours=4, policy_adaptation_free=False, lifetime_consulting=True,
                  commitments_in_contract=True, source_code_delivery="full")
    s_st = dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated", licensed_credit_bureau="stated",
                free_maintenance_months="stated", support_7x24="stated", response_hours="stated")
    s_flin = ["maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24", "response_over_2h", "policy_adaptation_charged"]
    c_vals = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=6,
                  free_maintenance_months=12, support_7x24=False, policy_adaptation_free=False,
                  source_code_delivery="partial")
    c_st = dict(mlps_level3="claimed", sm4_encryption="claimed", audit_log_months="stated",
                free_maintenance_months="claimed", support_7x24="stated", policy_adaptation_free="conditional")
    vendors = [
        dict(vendor="东莞莞城数科有限公司", package="标准版", gate="pass", price=248000,
             why="row 5 (C5:E5) with the merged F4:H5 above it: '24.8万元（含税）' = 248,000 inside 20-30万; modules 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款管理, 用户管理, 积分商城 (deferrable); '等保三级已取得（备案证明编号44190043006-25009）'; SM4 on 身份证号/手机号; HTTPS; RBAC; 12个月; 百行 + 朴道; '免费维护12个月，含bug修复及小版本升级'; 7×24 '2小时内响应'; policy free; consulting; contract; '期满后年费2.2万元' = 22,000 a year; full source. The merged cells (top cell on row 4) speak for this row too.",
             values=_vals(**g_after), status=_st(response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="中山石岐信息技术有限公司", package="基础版", gate="pass", price=241000,
             why="row 8: '21.5万元（含税）' + the must-have '订单跟踪选配，另加2.6万元（含税）' = 215,000 + 26,000 = 241,000 (order_tracking present, conditional); merged F8:H9: '已取得三级，备案证明编号44200043003-24017'; SM4; HTTPS; RBAC; 12个月; 百行; '免费维护6个月，仅bug修复' (6 months, no upgrades); '5×8技术支持，4小时响应'; '政策调整另收费'; consulting; contract; full source.",
             values=s_vals, status=s_st, fin=CI + CORE + ["repayment_management"], fex=BLOAT, flin=s_flin,
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "audit_log_under_6m", "bloat_features"]),
        dict(vendor="中山石岐信息技术有限公司", package="标准版", gate="pass", price=263000,
             why="row 9 with the merged F8:H9 above it: '26.3万元（含税）' = 263,000; modules include 订单跟踪 and 社交分享 (deferrable); the same terms as its 基础版 (merged): filing 44200043003-24017, 6 months bug-fix only, 5×8, 4 h, policy charged, full source.",
             values=s_vals, status=s_st, fin=CI + CORE + ["repayment_management", "social_sharing"], fex=BLOAT, flin=s_flin,
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "audit_log_under_6m", "bloat_features"]),
        dict(vendor="佛山禅城软件有限公司", package="基础版", gate="unverified", price=221480,
             why="row 6: '19.6万元（不含税）', no rate: 196,000 × 1.13 = 221,480; modules 商品管理, 分期计算器, 订单管理 (order tracking), 审批流, 还款计划, 用户管理; merged F6:H7: '按等保三级标准设计，测评可协助（另计）' (claimed: unverified); '国密算法' (which? claimed); HTTPS; 权限管理; 6个月; '终身维护' = 12 months claimed; '5×8技术支持'; '重大政策调整另行报价' (conditional); '源码交付（风控模块加密）' = partial.",
             values=c_vals, status=c_st, fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["no_7x24", "policy_adaptation_charged", "source_partial"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w",
                   "price_over_budget", "no_sm4", "no_tls", "audit_log_under_6m", "bloat_features"]),
        dict(vendor="佛山禅城软件有限公司", package="标准版", gate="unverified", price=270070,
             why="row 7 with the merged F6:H7 above it: '23.9万元（不含税）' × 1.13 = 270,070; modules add 会员体系, 积分商城 and 区块链存证 (bloat); the same claimed 等保 / 国密, 5×8, conditional policy changes and partly encrypted source as its 基础版.",
             values=c_vals, status=c_st, fin=CI + CORE + ["repayment_management", "points_mall", "blockchain_evidence"],
             flin=["bloat_features", "no_7x24", "source_partial"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_missing", "price_below_15w",
                   "price_over_budget", "no_sm4", "no_tls", "audit_log_under_6m"]),
        dict(vendor="东莞莞城数科有限公司", package="基础版", gate="fail", price=168000,
             why="row 4: '16.8万元（含税）' = 168,000; its stated module list 商品管理, 分期计算器, 风控审批, 还款管理, 用户管理 has no 订单跟踪 — a must-have absent: fail (黄丽's '基础版价格最低，建议优先谈' is hers); the merged terms are the same as its 标准版's.",
             values=dict(mlps_level3=True, free_maintenance_months=12, source_code_delivery="full"),
             fin=["product_management", "installment_calculator"] + CORE, fex=["order_tracking"],
             flin=["missing_must_have"], flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "price_missing"]),
        dict(vendor="江门蓬江网络科技有限公司", package="通用版", gate="fail", price=99000,
             why="row 10: '9.9万元（含税）' = 99,000 < 10万; '等保二级' (fail); AES (no SM4); 日志3个月; '免费维护3个月'; '工作日支持' (no 7×24); '政策调整另收费'; '授权使用，不提供源码' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, audit_log_months=3, free_maintenance_months=3,
                         support_7x24=False, policy_adaptation_free=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=CI, flin=["price_below_10w", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                           "source_licence_only"], flex=["price_missing"]),
    ]
    write_toml(O3_NAME.replace(".xlsx", ".toml"), comment, "consumer_installment", [O3_NAME], "东莞莞城数科有限公司 / 标准版",
               "莞城/标准版 (row 5, its terms in the cells merged down from row 4) has every consumer-instalment must-have including 订单跟踪, proves every gate (备案证明编号44190043006-25009, SM4 on 身份证号/手机号, HTTPS, RBAC, 12-month logs, 百行 + 朴道), and gives 12 months' maintenance with upgrades, 7×24 within 2 hours, free policy adaptation, lifetime consulting, in the contract, full source — at 248,000 含税, inside the band. 黄丽's pick 莞城/基础版 (16.8万) has no 订单跟踪: fail. 石岐/基础版 is cheaper at 241,000 with the 订单跟踪 option added, but gives 6 months of bug fixes only, 5×8, 4 hours and paid policy changes (石岐/标准版 263,000, the same terms); 禅城's editions are 不含税 (221,480 and 270,070 with 13%) and only claim 等保三级; 蓬江 fails (9.9万, 等保二级); 香洲 declined.",
               vendors)


if __name__ == "__main__":
    build_zzo01()
    build_zzo02()
    build_zzo03()
    print("wrote zzo_01..03 into", HERE)
