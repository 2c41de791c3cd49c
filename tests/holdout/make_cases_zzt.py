"""Build the "zzt" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is HOW SMALL-COMPANY STAFF REALLY KEEP THEIR NOTES — not a tidy table, but the
shape the sheet took in the hands of whoever kept it, each file in one voice and a layout of its own:

zzt_01 — an .xlsx (personal credit) kept in WPS 表格 by the GENERAL MANAGER'S ASSISTANT for her boss: each vendor is a BLOCK OF
  THREE COLUMNS side by side ("供应商A：<company>" merged over 项目 | 内容 | 分值, an empty column between blocks), every block in
  the order its vendor's own quote came in and with its own labels (报价 / 价格 / 总价, 等保三级 / 等保 / 安全资质); the third
  block is SHIFTED DOWN TWO ROWS because she pasted that vendor's WeChat message, whose first item was a picture ("[图片]" where
  the certificate screenshot stood, the 等保 row below saying only "见上图（证书截图）"); column A repeats the sheet's row numbers
  1, 2, 3 … (a frozen-pane copy artefact); the 分值 column and the 合计分值 row are HER points, and her 小结 under the blocks
  recommends the vendor with the most points.
zzt_02 — an .xlsx (merchant loans) kept by the RISK DIRECTOR (风控总监): a one-sheet 否决项检查表 whose rows are his veto items
  phrased as QUESTIONS IN THE NEGATIVE ("是否未取得等保三级？", "是否不能对接持牌征信机构？", "是否源码加密或只给授权？",
  "维保期满后是否按次收费？"), each vendor answering 是 / 否 in its column — 是 means the bad thing is there —, a row of the
  vendors' own words (供应商原话) under the questions, and the prices in the last row as each wrote them ("298,000元（含税）",
  "29.5w（不含税）"); his 处理口径 column at the right.
zzt_03 — a CSV (consumer instalments) that is Excel's "Unicode 文本" export renamed .csv: UTF-16 LE with a BOM, TAB-separated,
  CRLF — the OPERATIONS MANAGER's export of the OA 采购比价单: LONG, one row per vendor × 比价项 (供应商 | 比价项 | 供应商填报 |
  单位 | 填报时间 | 填报人 | 审核备注), the OA keeping every earlier answer when a vendor edits one, newest first inside each item
  (so the LOWER of two rows is the OLDER); and one vendor's 报价总额 is "12800/年", a yearly SaaS fee beside the others'
  one-off source prices.

Where domain.md and docs/analyst-reading.md do not settle a reading (a 免费维护期 of "订阅期内免费维护"; a fee "按次收费"; the
growing of "云端自动升级" into a maintenance scope), the .toml says what the analyst would do and asserts nothing on it; every
gate and every top pick stands whatever those readings are.

The expected reading of every file is in the matching zzt_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

case_io's write_csv writes commas; Excel's "Unicode 文本" is tab-separated UTF-16 LE with a BOM, so zzt_03 is written by the
small _write_unicode_text below (same csv module, fixed line ends and BOM: a rerun gives the same bytes).

Run:  .venv/bin/python tests/holdout/make_cases_zzt.py
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, CENTER, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, NOGATE, PC, _save, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)
RED = Font(color="C00000", bold=True)


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _drop(d, *keys):
    return {k: v for k, v in d.items() if k not in keys}


def _st(**over):
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return s


def _but(*keep):
    """ALL_BAD without the flags the analyst expects (or does not settle)."""
    return [f for f in ALL_BAD if f not in keep]


def _write_unicode_text(name, rows):
    """Excel's 'Unicode 文本 (*.txt)' export: UTF-16 LE with a BOM, fields split by TAB, CRLF line ends."""
    buf = io.StringIO()
    csv.writer(buf, delimiter="\t", lineterminator="\r\n").writerows(rows)
    (HERE / name).write_bytes(b"\xff\xfe" + buf.getvalue().encode("utf-16-le"))


# ---------------------------------------------------------------------------------------------
# zzt_01  个人信用贷 — the GM's assistant's WPS sheet: vendor blocks side by side, one block shifted by a picture
# ---------------------------------------------------------------------------------------------
T1_NAME = "zzt_01_pc_zongjingli_zhuli_wps_fenkuai_tupian_cuowei.xlsx"
# each block: (first column, header row, header text, [(项目, 内容, 分值)…]) — her points are the third item
T1_A = ("供应商A：任丘华北数智科技有限公司", [
    ("报价", "23.8万元", 6),
    ("计税", "含税（13%增值税专票）", 8),
    ("功能模块", "个人征信查询、风控模型（评分卡+规则引擎）、反欺诈、还款计划及逾期提醒、风控审批、用户管理", 9),
    ("等保三级", "已取得，备案证明编号13098243010-24017", 10),
    ("数据加密", "身份证号、手机号、银行卡号SM4加密存储", 10),
    ("传输加密", "全站HTTPS", 10),
    ("权限管理", "RBAC角色权限", 9),
    ("日志保存", "12个月", 9),
    ("征信接口", "人行征信中心、百行征信", 10),
    ("免费维护期", "12个月（自验收合格之日起）", 8),
    ("维护范围", "bug修复+小版本升级", 8),
    ("政策适配", "免费", 9),
    ("技术支持", "7×24小时", 9),
    ("响应时间", "1小时内", 9),
    ("技术咨询", "终身免费咨询", 8),
    ("写入合同", "以上全部写入合同", 9),
    ("维保期满年费", "2.8万元/年", 6),
    ("源码交付", "完整源码，无加密，可二次开发", 8),
])
T1_B = ("供应商B：迁安钢城软件有限公司", [
    ("公司情况", "成立于2012年，研发人员60人", None),
    ("源码", "完整源码", 8),
    ("功能", "个人征信对接、智能风控模型、还款管理、审批流、用户管理", 7),
    ("价格", "21.5万", 8),
    ("税", "不含税，另加13%增值税", 4),
    ("等保", "三级，备案证明编号13028143008-25003", 10),
    ("加密", "SM4", 9),
    ("HTTPS", "有", 9),
    ("权限", "按角色分配权限", 8),
    ("日志", "保存6个月", 6),
    ("征信", "百行征信", 9),
    ("维保", "免费1年", 8),
    ("维保内容", "修复bug+小版本升级", 8),
    ("政策调整", "小调整免费，重大政策调整另行报价", 5),
    ("服务时间", "5×8（工作日）", 4),
    ("响应", "4小时内", 5),
    ("咨询", "终身技术咨询", 8),
    ("合同", "全部写入合同", 8),
    ("过保年费", "3.2万/年", 6),
])
T1_C = ("供应商C：黄骅港信数科有限公司", [
    ("报价", "19.6万（含税）", 10),
    ("功能", "个人征信、风控模型、反欺诈模型、还款管理（含还款提醒）、风控审批、用户管理", 10),
    ("等保", "见上图（证书截图）", 10),
    ("加密", "国密SM4（敏感字段）", 10),
    ("传输", "HTTPS", 10),
    ("权限", "角色权限管理", 9),
    ("日志", "保存1年", 9),
    ("征信", "百行征信、朴道征信", 10),
    ("维保", "免费维护12个月", 9),
    ("维保范围", "含bug修复和版本升级", 9),
    ("政策适配", "免费", 9),
    ("支持", "7×24", 9),
    ("响应", "2小时内", 9),
    ("咨询", "终身技术咨询", 9),
    ("合同", "可以写进合同", 9),
    ("年费", "2.4万/年", 9),
    ("源码", "完整源码交付", 10),
])
T1_D = ("供应商D：遵化景忠信息技术有限公司", [
    ("联系人", "孙经理 138 3150 2276", None),
    ("总价", "13.8万", 9),
    ("安全资质", "等保二级（已备案）", 4),
    ("模块", "个人征信、风控引擎、还款管理、风控审批、用户管理、区块链存证、智能客服", 9),
    ("加密方式", "AES加密", 5),
    ("HTTPS", "全站HTTPS", 9),
    ("权限", "有", 7),
    ("日志", "3个月", 3),
    ("征信", "支持对接征信", 6),
    ("免费维护", "3个月", 2),
    ("维护内容", "仅修复系统故障", 3),
    ("政策调整", "按次收费，每次2万元", 2),
    ("服务", "工作日", 3),
    ("响应", "次日", 2),
    ("咨询", "无", 0),
    ("合同", "不写入合同，以售后承诺函为准", 2),
    ("年费", "每年1.5万", 7),
    ("源码", "授权使用，绑定域名", 2),
])


def _block(ws, col, head_row, block):
    title, items = block
    ws.merge_cells(start_row=head_row, start_column=col, end_row=head_row, end_column=col + 2)
    put_row(ws, head_row, [title], font=BOLD, fill=GREY, start=col)
    put_row(ws, head_row + 1, ["项目", "内容", "分值"], font=BOLD, fill=GREY, start=col)
    r = head_row + 2
    for label, text, pts in items:
        put_row(ws, r, [label, text, pts], start=col)
        ws.cell(row=r, column=col + 2).fill = YELLOW
        r += 1
    total = sum(p for _, _, p in items if p is not None)
    put_row(ws, r, ["合计分值", None, total], font=BOLD, start=col)
    ws.cell(row=r, column=col + 2).fill = YELLOW
    return r, total


def build_zzt01():
    wb = Workbook()
    ws = wb.active
    ws.title = "比价表"
    put_row(ws, 1, ["个人信用贷系统源码——供应商比价（给王总看）"], font=TITLE, border=False, start=2)
    put_row(ws, 2, ["整理：总经理助理 周雯　2025-11-28。每家一块：项目 | 内容 | 分值；“内容”是供应商报价单或微信里发来的原话，"
                    "“分值”是我按王总给的打分表打的（每项满分10分），不是供应商给的。黄骅那家是把微信消息整段贴过来的，第一条是图片。"
                    "我们只做本地个人信用贷，没有跨境业务，预算18–25万。"], border=False, start=2)
    ws.merge_cells("B2:P2")
    last_a, tot_a = _block(ws, 2, 3, T1_A)        # B:D
    last_b, tot_b = _block(ws, 6, 3, T1_B)        # F:H
    ws.merge_cells("J3:L4")                       # the picture she pasted with the WeChat message: only its placeholder
    put_row(ws, 3, ["[图片]"], align=CENTER, start=10)
    last_c, tot_c = _block(ws, 10, 5, T1_C)       # J:L, two rows lower
    last_d, tot_d = _block(ws, 14, 3, T1_D)       # N:P
    assert tot_c > max(tot_a, tot_b, tot_d), (tot_a, tot_b, tot_c, tot_d)
    foot = max(last_a, last_b, last_c, last_d) + 2
    put_row(ws, foot, [f"周雯小结：按分值合计，黄骅港信最高（{tot_c}分），报价19.6万也在预算内，建议王总优先约黄骅谈；任丘{tot_a}分，"
                       f"但报价最高；迁安报价是不含税的，加税后24.3万左右；遵化最便宜，但只有等保二级。"], border=False, start=2)
    ws.merge_cells(start_row=foot, start_column=2, end_row=foot, end_column=16)
    for r in range(1, foot + 1):                  # the frozen-pane copy artefact: the row numbers typed into column A
        ws.cell(row=r, column=1, value=r).font = Font(color="808080")
    ws.freeze_panes = "B5"
    widths(ws, [4, 12, 40, 6, 2, 10, 36, 6, 2, 10, 36, 6, 2, 10, 36, 6])
    _save(wb, T1_NAME)

    comment = f"""Voice: 周雯, the general manager's assistant at a local personal-credit lender (no cross-border business, budget 18–25万),
  2025-11-28, keeping the comparison in WPS 表格 for 王总. Row 2 (her note), every 分值 cell and 合计分值 row (her points out of 10
  per item, shaded) and her 小结 line under the blocks are hers; each block's 内容 column is the vendor's words (quote sheet or
  WeChat) as she pasted them.
Layout: .xlsx, one sheet "比价表". Column A holds the numbers 1, 2, 3 … {foot} down every row (the sheet's row numbers copied along
  with a frozen pane: no 序号, no amount). Each vendor is a BLOCK of three columns — its title "供应商X：<company>" merged over
  项目 | 内容 | 分值 — with an empty column between blocks: A 任丘 in B:D (title row 3, items rows 5–{last_a - 1}, 合计分值 row {last_a}),
  B 迁安 in F:H (rows 5–{last_b - 1}, 合计 {last_b}), C 黄骅 in J:L SHIFTED DOWN TWO ROWS (J3:L4 merged holding only "[图片]", the
  picture she pasted with its WeChat message; title row 5, sub-header row 6, items rows 7–{last_c - 1}, 合计 {last_c}), D 遵化 in N:P
  (rows 5–{last_d - 1}, 合计 {last_d}). Every block has its OWN ORDER and its own labels (报价 / 价格 / 总价; 等保三级 / 等保 /
  安全资质; 税 / 计税), B opens with 公司情况 and D with 联系人: reading all blocks by block A's row labels, or by row position,
  reads the wrong item. Her 小结 on row {foot}.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the decisive one is her pick. By her 合计分值 黄骅 (block C) leads ({tot_c} against 任丘's {tot_a}), and she gave its 等保 row
  10 points — but that row says only '见上图（证书截图）': the certificate is a picture that is not in the file ('[图片]' is all
  that is left of it), so the 等保 answer is a pointer to something unreadable, like '详见附件': unknown, and the gate is
  unverified (never passed, never failed). Its '可以写进合同' is willing, not written (claimed). Everything else of 黄骅 is good,
  which is why the points put it first. The pick is 任丘 (block A): 23.8万 含税 = 238,000 inside 18–25万, filing by number, SM4
  on 身份证号/手机号/银行卡号, HTTPS, RBAC, 12-month logs, 人行 + 百行, every must-have plus 反欺诈, 12 months from acceptance with
  minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, 2.8万 a year after, full
  unencrypted source. 迁安 (block B) passes at 21.5万 不含税 + 13% = 242,950 without 反欺诈, with 6-month logs, '重大政策调整另行报价'
  (conditional), 5×8 and 4 hours. 遵化 (block D) fails: '等保二级（已备案）', at 13.8万 (caution zone), AES, 3-month logs, 3 months
  of crash fixes, policy changes charged, office hours, next-day response, no consulting, promises outside the contract, bloat
  (区块链存证, 智能客服) and a domain-bound licence. The row numbers in column A, '成立于2012年，研发人员60人' and the phone number are
  no amounts; her points are no vendor's words."""
    vendors = [
        dict(vendor="任丘华北数智科技有限公司", gate="pass", price=238000,
             why="block A (B:D): 报价 '23.8万元' with 计税 '含税（13%增值税专票）' = 238,000 inside 18–25万; '已取得，备案证明编号13098243010-24017'; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 日志12个月; 人行征信中心 + 百行; modules 个人征信查询, 风控模型, 反欺诈, 还款计划及逾期提醒, 风控审批, 用户管理; '12个月（自验收合格之日起）'; bug修复+小版本升级; 政策适配 免费; 7×24; 1小时内; '终身免费咨询'; 以上全部写入合同; '2.8万元/年' after; full unencrypted source. 3 years: 238,000 + 2 × 28,000 = 294,000. Her 分值 (6 for the price) are hers.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="黄骅港信数科有限公司", gate="unverified", price=196000,
             why="block C (J:L, two rows lower: J3:L4 '[图片]', title J5, items from row 7): 报价 '19.6万（含税）' = 196,000; 等保 only '见上图（证书截图）' — the picture is not in the file (only its '[图片]' placeholder): a pointer to nothing readable, unknown, gate unverified (her 10 points are hers); '国密SM4（敏感字段）'; HTTPS; 角色权限管理; '保存1年' = 12 months; 百行 + 朴道; modules with 反欺诈模型; 免费维护12个月 含bug修复和版本升级; 政策适配 免费; 7×24; 2小时内 (not over 2); 终身技术咨询; '可以写进合同' = willing, not written (claimed); '2.4万/年'; '完整源码交付' = full.",
             values=_vals(mlps_level3="null", response_hours=2, annual_fee_after_warranty_cny=24000,
                          source_code_delivery="full"),
             status=_st(mlps_level3="unknown", commitments_in_contract="claimed", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["unconfirmed", "claimed"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control",
                            "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                            "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                            "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                            "source_licence_only", "no_anti_fraud"]),
        dict(vendor="迁安钢城软件有限公司", gate="pass", price=242950,
             why="block B (F:H, its own order: 公司情况, 源码, 功能, 价格, 税 …): 价格 '21.5万' with 税 '不含税，另加13%增值税' = 215,000 × 1.13 = 242,950 (inside 18–25万); '三级，备案证明编号13028143008-25003'; SM4; HTTPS '有'; 按角色分配权限; 日志 '保存6个月' (not under 6); 百行; modules 个人征信对接, 智能风控模型, 还款管理, 审批流, 用户管理 — no 反欺诈; '免费1年' = 12; '修复bug+小版本升级'; '小调整免费，重大政策调整另行报价' = conditional (not free at the base price); '5×8（工作日）'; '4小时内'; 终身技术咨询; 全部写入合同; '3.2万/年'; 完整源码. '成立于2012年，研发人员60人' is no amount.",
             values=_vals(audit_log_months=6, policy_adaptation_free=False, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=32000, source_code_delivery="full"),
             status=_st(policy_adaptation_free="conditional", response_hours="stated"),
             fin=PC + CORE, fex=BLOAT + ["anti_fraud"],
             flin=["no_anti_fraud", "no_7x24", "response_over_2h", "policy_adaptation_charged", "conditional"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_access_control",
                            "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                            "maintenance_excludes_upgrades", "no_lifetime_consulting", "not_in_contract", "claimed",
                            "unconfirmed", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="遵化景忠信息技术有限公司", gate="fail", price=138000,
             why="block D (N:P, its own order, opening with 联系人 and a phone number that is no amount): 总价 '13.8万' (no tax mark: 含税) = 138,000, caution zone; 安全资质 '等保二级（已备案）' = level 2: fail; 'AES加密' (no SM4); 全站HTTPS; 权限 '有'; 日志 '3个月'; '支持对接征信' names no body (claimed); modules 个人征信, 风控引擎, 还款管理, 风控审批, 用户管理 + 区块链存证 + 智能客服 (bloat), no 反欺诈; 免费维护 '3个月', '仅修复系统故障' (no upgrades); '按次收费，每次2万元' = policy charged; 服务 '工作日' (no 7×24); 响应 '次日' (24 h); 咨询 '无'; '不写入合同，以售后承诺函为准'; '每年1.5万'; '授权使用，绑定域名' = licence only.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=15000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         licensed_credit_bureau="claimed", free_maintenance_months="stated", support_7x24="stated",
                         lifetime_consulting="stated", commitments_in_contract="stated"),
             fin=PC + CORE + ["blockchain_evidence", "ai_customer_service"], fex=["anti_fraud"],
             flin=["no_mlps_level3", "price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_licence_only",
                   "no_anti_fraud", "claimed"],
             flex=["price_below_10w", "missing_must_have", "price_missing", "price_over_budget", "no_tls",
                   "no_access_control", "source_partial"]),
    ]
    write_toml(T1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [T1_NAME], "任丘华北数智科技有限公司",
               "任丘 (block A) proves every gate (备案证明编号13098243010-24017, SM4 on 身份证号/手机号/银行卡号, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every personal-credit must-have plus anti-fraud, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, all in the contract, 2.8万 a year after, full unencrypted source — at 238,000 含税 inside 18–25万. 周雯's favourite 黄骅 (block C, the most points, 196,000) answers 等保 only '见上图（证书截图）' under a picture that is not in the file ('[图片]'): unknown, unverified. 迁安 passes at 242,950 after 13% with no anti-fraud, 5×8, 4 hours and policy changes charged in part; 遵化 fails (等保二级, 13.8万).",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzt_02  商户经营性贷 — the risk director's 否决项检查表: negative questions, 是 = the bad thing, words row, prices last
# ---------------------------------------------------------------------------------------------
T2_NAME = "zzt_02_ml_fengkong_zongjian_foujue_fanwen_shifou.xlsx"
T2_VENDORS = ["东阳横店数科有限公司", "永康方岩软件有限公司", "兰溪兰江信息技术有限公司", "诸暨浣纱网络科技有限公司",
              "余姚姚江数科有限公司"]
T2_HEAD = ["序号", "否决项（是＝存在该问题）"] + T2_VENDORS + ["处理口径（风控部）"]
# question, answers for 东阳 永康 兰溪 诸暨 余姚, his handling
T2_Q = [
    ("是否未取得等保三级？", "否否否是是", "一票否决"),
    ("敏感字段是否未采用国密SM4加密？", "否否否否是", "签约前须整改"),
    ("是否未启用HTTPS传输加密？", "否否否否否", "一票否决"),
    ("是否没有按角色的权限管理？", "否否否否否", "一票否决"),
    ("操作日志保存期是否不足6个月？", "否否否否是", "需整改"),
    ("是否不能对接持牌征信机构？", "否否否否否", "一票否决"),
    ("是否缺少企业征信、银行流水分析、合同管理中的任一模块？", "否否否否否", "一票否决"),
    ("是否源码加密或只给授权？", "否是否否是", "需谈判（源码须完整交付）"),
    ("免费维护期是否不足12个月？", "否否否否是", "扣分"),
    ("维护是否不含版本升级？", "否否否否是", "扣分"),
    ("监管政策调整是否另收费？", "是否否否是", "扣分"),
    ("是否不能提供7×24小时技术支持？", "否否否否是", "扣分"),
    ("故障响应是否超过2小时？", "是否否否是", "扣分"),
    ("是否不提供终身技术咨询？", "否否否否否", "扣分"),
    ("售后承诺是否不写入合同？", "否否否否是", "一票否决"),
    ("维保期满后是否按次收费（没有固定年费）？", "否否否否是", "扣分"),
]
T2_WORDS = [
    "已取得等保三级（备案证明编号33078343009-24015）；身份证号、手机号、对公账号等敏感字段SM4加密存储；全站HTTPS；RBAC权限管理；"
    "操作日志保存12个月；征信接口对接人行企业征信系统、百行征信；功能模块：企业征信查询、银行流水分析、电子合同、风控审批、还款管理、"
    "用户管理、数据分析大屏；免费维护12个月，含bug修复及版本升级；一般政策调整免费，重大监管政策调整另行报价；7×24小时技术支持，"
    "工作时间1小时内响应，夜间及节假日4小时内响应；提供终身技术咨询；以上承诺全部写入合同；维保期满后年费3.5万元；交付完整源码，无加密。",
    "等保三级已取得，备案证明编号33078443012-25006；SM4加密；HTTPS；RBAC；日志保存12个月；对接人行企业征信系统、朴道征信；"
    "模块：企业征信、流水分析、合同管理、风控审批、还款管理、用户管理，另赠送区块链存证模块；免费维护12个月（含缺陷修复和小版本升级）；"
    "政策适配免费；7×24小时，2小时内响应；终身技术咨询；写入合同；维保期满后每年3万元；核心风控引擎以加密SDK提供，其余模块开放源码。",
    "已取得等保三级，备案证明编号33078143005-24012；身份证号、手机号、对公账户、营业执照号采用SM4加密存储；全站HTTPS（TLS1.2）；"
    "RBAC角色权限；操作日志保存12个月，异常操作告警；对接人行企业征信系统、百行征信；功能模块：企业征信查询、银行流水分析、电子合同及"
    "合同管理、风控审批、还款管理、用户管理；免费维护12个月，含bug修复及版本升级；监管政策调整适配免费；7×24小时技术支持，30分钟内响应，"
    "指定专属工程师；提供终身技术咨询；以上承诺均写入合同；维保期满后年费为合同金额的10%；交付完整源代码，无加密，可二次开发。",
    "等保三级测评中，预计2026年1月取得备案证明；SM4加密；HTTPS；RBAC；日志保存12个月；对接百行征信、人行企业征信系统；模块：企业征信"
    "查询、银行流水分析、电子合同、风控审批、还款管理、用户管理；免费维护12个月（含bug修复及小版本升级）；政策适配免费；7×24小时，"
    "1小时内响应；终身技术咨询；写入合同；维保期满后年费2.6万元；完整源码。",
    "我司系统目前为等保二级（已备案），三级暂无计划；敏感数据AES-256加密；HTTPS；RBAC；日志保存3个月；对接百行征信；模块：企业征信查询、"
    "银行流水分析、合同管理、风控审批、还款管理、用户管理；免费维护6个月，仅修复bug；政策调整每次另收2万元；工作日9:00-18:00技术支持，"
    "次日响应；提供终身技术咨询；售后以我司《服务承诺函》为准，不写入合同；维保期满后按次收费，每次3000元；交付编译包及部分源码，核心引擎"
    "加密。",
]
T2_PRICES = ["318,000元（含税）", "29.5w（不含税）", "298,000元（含税）", "276,000元（含税）", "228,000元"]


def build_zzt02():
    wb = Workbook()
    ws = wb.active
    ws.title = "否决项检查表"
    put_row(ws, 1, ["商户经营贷系统源码采购 · 否决项检查表"], font=TITLE, border=False)
    put_row(ws, 2, ["填表说明：下列每一项都是我部的否决项，统一按“是否存在问题”发问——答“是”表示存在该问题，答“否”表示不存在该问题。"
                    "是/否由各供应商在询价回复函中勾选，我按原样誊录（“是”标红）；“供应商原话”一行摘自各家回复函的文字说明；最后一行为各家"
                    "报价，金额、单位和含税与否照各家原文。“处理口径”列为风控部意见。我司只做本地商户经营贷，无跨境业务，预算25–35万元。"
                    "——风控总监 郑国栋　2025-12-03"], border=False)
    ws.merge_cells("A2:H2")
    ws.row_dimensions[2].height = 60
    put_row(ws, 3, T2_HEAD, font=BOLD, fill=GREY)
    r = 4
    for i, (q, ans, how) in enumerate(T2_Q, start=1):
        put_row(ws, r, [str(i), q] + list(ans) + [how], align=CENTER)
        ws.cell(row=r, column=2).alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        for c, a in enumerate(ans, start=3):
            if a == "是":
                ws.cell(row=r, column=c).font = RED
        ws.cell(row=r, column=8).fill = YELLOW
        r += 1
    put_row(ws, r, ["—", "供应商原话（摘自回复函文字说明）"] + T2_WORDS + [""])
    r += 1
    put_row(ws, r, ["—", "报价"] + T2_PRICES + ["以各家回复函为准"], font=BOLD)
    ws.cell(row=r, column=8).fill = YELLOW
    ws.freeze_panes = "C4"
    widths(ws, [6, 34, 30, 30, 30, 30, 30, 20])
    _save(wb, T2_NAME)

    comment = f"""Voice: 郑国栋, 风控总监 (risk director) of a local merchant-loan lender (no cross-border business, budget 25–35万), 2025-12-03.
  The title, the 填表说明 on row 2 and the 处理口径（风控部）column (his handling of each item: 一票否决 / 扣分, shaded) are his;
  the 是 / 否 answers are each vendor's own ticks copied from its reply letter, the 供应商原话 row its written words, the 报价
  row its price as it wrote it.
Layout: .xlsx, one sheet "否决项检查表"; header row 3 {' | '.join(T2_HEAD)}; rows 4–19 his 16 veto items, EVERY ONE A QUESTION
  ABOUT A RED FLAG ('是否未取得等保三级？', '敏感字段是否未采用国密SM4加密？', '是否不能对接持牌征信机构？', '是否源码加密或只给授权？',
  '维保期满后是否按次收费（没有固定年费）？'), answered 是 (shown red) / 否 — row 2 says 是 = the problem exists; row 20 each
  vendor's words (one multi-fact cell per vendor); row 21 (last) the prices: '318,000元（含税）', '29.5w（不含税）',
  '298,000元（含税）', '276,000元（含税）', '228,000元'.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the decisive one is the polarity. A reader who takes 是 for 'yes, we have it' sees 余姚 (column G) answer 是 eleven times —
  to 未取得等保三级, 未采用SM4, 日志不足6个月, 源码加密, 维护期不足12个月, 不含升级, 政策另收费, 不能7×24, 响应超过2小时, 不写入合同,
  按次收费 — and, being the cheapest (228,000), put it first, while 兰溪 (column E), which answers 否 to everything, looks the worst.
  The reverse is true: 余姚's words confirm every 是 ('目前为等保二级（已备案），三级暂无计划' — a stated level 2, the gate fails;
  AES-256; 3-month logs; 6 months of bug fixes; '政策调整每次另收2万元'; 工作日 support and '次日响应'; '不写入合同'; per-incident
  fees; '交付编译包及部分源码，核心引擎加密' = partial source). The pick is 兰溪: every 否 is the good answer and its words state
  each value — filing by number, SM4 on named fields, TLS1.2, RBAC, 12-month logs, 人行企业征信 + 百行, every merchant must-have,
  12 months with upgrades, free policy adaptation, 7×24 within 30 minutes, lifetime consulting, all in the contract, 10% of the
  contract a year after (298,000 含税 → 29,800), full unencrypted source — at 298,000 含税. 东阳 passes at 318,000 but its 是 to
  the policy and response questions are its words' '重大监管政策调整另行报价' (conditional) and '夜间及节假日4小时内响应' (the slowest
  counts: 4 h, still 7×24). 永康 passes at 29.5w 不含税 = 295,000 × 1.13 = 333,350, its 是 to 源码加密 the '核心风控引擎以加密SDK提供'
  (partial), and gives away 区块链存证 (bloat). 诸暨's 是 to 未取得等保三级 is '三级测评中，预计2026年1月取得' — in progress (claimed,
  not a stated no): unverified at 276,000. Thousands separators and the 'w' are the price's; filing numbers are no amounts; his
  处理口径 column is no vendor. Not settled and not asserted: 余姚's fee after the warranty ('按次收费，每次3000元', no yearly figure)."""
    vendors = [
        dict(vendor="兰溪兰江信息技术有限公司", gate="pass", price=298000,
             why="column E: every answer 否 — each question asks for a red flag, so 否 is the good answer, and the 原话 row states the values: '已取得等保三级，备案证明编号33078143005-24012'; SM4 on 身份证号/手机号/对公账户/营业执照号; HTTPS (TLS1.2); RBAC; 日志12个月; 人行企业征信 + 百行; modules 企业征信查询, 银行流水分析, 电子合同及合同管理, 风控审批, 还款管理, 用户管理; 免费维护12个月 含bug修复及版本升级; 政策适配免费; 7×24, 30分钟内响应, named engineer; 终身技术咨询; 均写入合同; '年费为合同金额的10%' = 29,800 a year; 完整源代码 无加密. 报价 '298,000元（含税）' = 298,000 inside 25–35万. 3 years: 298,000 + 2 × 29,800 = 357,600.",
             values=_vals(response_hours=0.5, annual_fee_after_warranty_cny=29800, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="东阳横店数科有限公司", gate="pass", price=318000,
             why="column C: 否 except 是 to '监管政策调整是否另收费？' and '故障响应是否超过2小时？' — the words say which: '一般政策调整免费，重大监管政策调整另行报价' (conditional: not free at the base price) and '工作时间1小时内响应，夜间及节假日4小时内响应' (the slowest counts: 4 h; nights answered within hours, so 7×24 stands). Filing 33078343009-24015; SM4 on named fields; HTTPS; RBAC; 12个月; 人行企业征信 + 百行; modules 企业征信查询, 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理 + 数据分析大屏 (deferrable); 12 months with upgrades; 终身技术咨询; 全部写入合同; 年费3.5万元; 完整源码 无加密. 报价 '318,000元（含税）' = 318,000.",
             values=_vals(policy_adaptation_free=False, response_hours=4, annual_fee_after_warranty_cny=35000,
                          source_code_delivery="full"),
             status=_st(policy_adaptation_free="conditional", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flin=["response_over_2h", "policy_adaptation_charged", "conditional"],
             flex=_but("response_over_2h", "policy_adaptation_charged", "conditional")),
        dict(vendor="永康方岩软件有限公司", gate="pass", price=333350,
             why="column D: 否 except 是 to '是否源码加密或只给授权？' = '核心风控引擎以加密SDK提供，其余模块开放源码' (partial source). '等保三级已取得，备案证明编号33078443012-25006'; SM4; HTTPS; RBAC; 12个月; 人行企业征信 + 朴道; modules 企业征信, 流水分析, 合同管理, 风控审批, 还款管理, 用户管理, and '另赠送区块链存证模块' (given away: bloat); 12 months with 缺陷修复和小版本升级; 政策适配免费; 7×24, 2小时内 (not over); 终身咨询; 写入合同; '每年3万元' after. 报价 '29.5w（不含税）' with no rate = 295,000 × 1.13 = 333,350 (inside 35万).",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=30000, source_code_delivery="partial"),
             status=_st(response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence"],
             fex=["metaverse_marketing", "overseas_payment", "ai_customer_service"],
             flin=["source_partial", "bloat_features"],
             flex=_but("source_partial", "bloat_features")),
        dict(vendor="诸暨浣纱网络科技有限公司", gate="unverified", price=276000,
             why="column F: 是 to '是否未取得等保三级？' with the words '等保三级测评中，预计2026年1月取得备案证明' = in progress (false, claimed): unverified, not failed; every other answer 否 and stated in its words: SM4; HTTPS; RBAC; 12个月; 百行 + 人行企业征信; every merchant must-have; 12 months with minor upgrades; 政策适配免费; 7×24, 1小时内; 终身咨询; 写入合同; 年费2.6万元; 完整源码. 报价 '276,000元（含税）' = 276,000.",
             values=_vals(mlps_level3=False, response_hours=1, annual_fee_after_warranty_cny=26000,
                          source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed"],
             flex=["missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only"]),
        dict(vendor="余姚姚江数科有限公司", gate="fail", price=228000,
             why="column G: 是 eleven times, each the bad thing, as its words confirm: '我司系统目前为等保二级（已备案），三级暂无计划' (level 2, no plan: fail); 'AES-256' (no SM4); 日志3个月; 免费维护6个月, 仅修复bug; '政策调整每次另收2万元'; '工作日9:00-18:00技术支持，次日响应' (no 7×24, 24 h); '不写入合同'; '按次收费，每次3000元' (no yearly fee: not asserted); '交付编译包及部分源码，核心引擎加密' = partial. Its 否 are good: HTTPS, RBAC, 百行, every merchant must-have (企业征信查询, 银行流水分析, 合同管理), 终身技术咨询. 报价 '228,000元' (no tax mark: 含税) = 228,000, below the band but above 15万.",
             values=dict(mlps_level3=False, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=True,
                         commitments_in_contract=False, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated", support_7x24="stated", commitments_in_contract="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "not_in_contract", "source_partial"],
             flex=["price_below_10w", "price_below_15w", "price_missing", "price_over_budget", "missing_must_have",
                   "no_tls", "no_access_control", "no_licensed_credit_bureau", "no_lifetime_consulting",
                   "bloat_features", "source_licence_only"]),
    ]
    write_toml(T2_NAME.replace(".xlsx", ".toml"), comment, "merchant_loan", [T2_NAME], "兰溪兰江信息技术有限公司",
               "兰溪 (column E) answers 否 to every red-flag question — the good answer on this sheet — and its words prove every gate (备案证明编号33078143005-24012, SM4 on named fields, TLS1.2, RBAC, 12-month logs, 人行企业征信 + 百行) and every merchant must-have, with 12 months and upgrades, free policy adaptation, 7×24 within 30 minutes, lifetime consulting, everything in the contract, 10% (29,800) a year after and full unencrypted source — at 298,000 含税. 余姚, cheapest at 228,000 and answering 是 eleven times, is the worst: 是 means the problem exists (等保二级, AES, 3-month logs, 6 months of bug fixes, next-day response, nothing in the contract): it fails. 东阳 (318,000) charges major policy changes and answers nights in 4 hours; 永康 (333,350 after 13%) encrypts its risk engine; 诸暨 (276,000) is still 测评中.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzt_03  消费分期 — the operations manager's OA 采购比价 export, long, UTF-16 tab text saved as .csv
# ---------------------------------------------------------------------------------------------
T3_NAME = "zzt_03_ci_oa_bijia_changbiao_unicode_wenben_utf16.csv"
T3_HEAD = ["序号", "单据编号", "供应商", "比价项", "供应商填报", "单位", "填报时间", "填报人", "审核备注"]
T3_DOC = "CG-BJ-20251118-003"
T3_UNIT = {"报价总额": "元", "选配模块及价格": "元", "操作日志保存期": "月", "免费维护期": "月", "故障响应时间": "小时",
           "维保期满年费": "元/年"}
T3_ITEMS = ["报价总额", "计税方式", "功能模块", "选配模块及价格", "等保三级", "敏感数据加密", "传输加密", "权限管理", "操作日志保存期",
            "征信接口", "免费维护期", "维护范围", "监管政策适配", "技术支持时间", "故障响应时间", "终身技术咨询", "售后承诺写入合同",
            "维保期满年费", "源码交付"]
# per vendor (OA sorts vendors by pinyin): filler, first filing time, answers by item; an item's value may be a list of
# (answer, time, note), NEWEST FIRST, as the OA lists an edited item's history
T3_VENDORS = [
    ("大冶铜都网络科技有限公司", "吴磊", "2025-11-19 09:42", {
        "报价总额": "219000", "计税方式": "不含税（增值税13%另开专票）",
        "功能模块": "商品管理、分期计算器、风控审批、还款管理、用户管理",
        "选配模块及价格": "订单跟踪模块18000（不含税）", "等保三级": "满足等保三级要求", "敏感数据加密": "国密算法加密",
        "传输加密": "HTTPS", "权限管理": "RBAC角色权限", "操作日志保存期": "12", "征信接口": "支持对接各大征信机构",
        "免费维护期": [("18", "2025-11-30 11:05", "对方让利，维护期由12个月延长至18个月"), ("12", "2025-11-19 09:42", "")],
        "维护范围": "bug修复+版本升级", "监管政策适配": "免费", "技术支持时间": "7×24小时", "故障响应时间": "2",
        "终身技术咨询": "提供", "售后承诺写入合同": "是", "维保期满年费": "26000", "源码交付": "完整源码"}),
    ("恩施硒都云科技有限公司", "田甜", "2025-11-20 15:18", {
        "报价总额": ("12800/年", "与其他家报价口径不同？待问"), "计税方式": "含税",
        "功能模块": "商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理",
        "选配模块及价格": "无", "等保三级": "已取得等保三级（SaaS平台，备案证明编号42280043002-24009）", "敏感数据加密": "SM4",
        "传输加密": "HTTPS", "权限管理": "RBAC", "操作日志保存期": "12", "征信接口": "百行征信",
        "免费维护期": "订阅期内免费维护", "维护范围": "云端自动升级", "监管政策适配": "免费", "技术支持时间": "7×24小时",
        "故障响应时间": "2", "终身技术咨询": "提供", "售后承诺写入合同": "是", "维保期满年费": "不适用（按年订阅）",
        "源码交付": "SaaS模式，按年订阅，不交付源码"}),
    ("利川龙船数科有限公司", "向磊", "2025-11-18 14:02", {
        "报价总额": "168000", "计税方式": "含税",
        "功能模块": [("商品管理、订单跟踪、风控审批、还款管理、用户管理（分期计算器列入二期开发，本次不含）", "2025-11-26 16:30",
                      "供应商更正"),
                     ("商品管理、分期计算器、订单跟踪、风控审批、还款管理、用户管理", "2025-11-18 14:02", "")],
        "选配模块及价格": "无", "等保三级": "三级（备案证明编号42280243005-25002）", "敏感数据加密": "AES加密",
        "传输加密": "HTTPS", "权限管理": "有", "操作日志保存期": "3", "征信接口": "百行征信", "免费维护期": "6",
        "维护范围": "仅修复bug", "监管政策适配": "按次收费，每次1.5万元", "技术支持时间": "工作日9:00-17:30",
        "故障响应时间": "24", "终身技术咨询": "不提供", "售后承诺写入合同": "否", "维保期满年费": "按次收费，每次2000元",
        "源码交付": "部分源码（风控引擎加密）"}),
    ("麻城龟峰信息技术有限公司", "鲍婷", "2025-11-18 10:21", {
        "报价总额": "258000", "计税方式": "含税（13%增值税专用发票）",
        "功能模块": "商品管理、分期计算器、订单跟踪、风控审批、还款计划及提醒、用户管理、积分商城",
        "选配模块及价格": "无",
        "等保三级": [("已取得，备案证明编号42118143006-25019（2025年12月1日取得）", "2025-12-02 14:08", "已收到备案证明扫描件"),
                     ("三级测评中，预计12月上旬取得备案证明", "2025-11-18 10:21", "待出证")],
        "敏感数据加密": "SM4（身份证号、手机号、银行卡号）", "传输加密": "全站HTTPS（TLS1.2）", "权限管理": "RBAC角色权限，按岗位分配",
        "操作日志保存期": "12", "征信接口": "百行征信、朴道征信", "免费维护期": "12", "维护范围": "bug修复及小版本升级",
        "监管政策适配": "免费", "技术支持时间": "7×24小时", "故障响应时间": "1", "终身技术咨询": "提供",
        "售后承诺写入合同": "是，全部写入合同", "维保期满年费": "25000", "源码交付": "完整源码，无加密，可二次开发"}),
    ("潜江江汉软件有限公司", "龚浩", "2025-11-18 09:15", {
        "报价总额": [("268000（更正：原填报漏算实施部署费）", "2025-11-27 17:52", "供应商更正，已邮件确认"),
                     ("236000", "2025-11-18 09:15", "")],
        "计税方式": "含税", "功能模块": "商品管理、分期计算器、订单管理、风控审批、还款管理、用户管理", "选配模块及价格": "无",
        "等保三级": "三级（备案证明编号42900543011-24006）", "敏感数据加密": "SM4", "传输加密": "HTTPS",
        "权限管理": "有，按角色", "操作日志保存期": "6", "征信接口": "百行征信", "免费维护期": "12",
        "维护范围": "bug修复、小版本升级", "监管政策适配": "一般调整免费，重大监管政策调整另行报价",
        "技术支持时间": "5×8（工作日9:00-17:30）", "故障响应时间": "4", "终身技术咨询": "提供", "售后承诺写入合同": "是",
        "维保期满年费": "30000", "源码交付": "完整源码"}),
]


def build_zzt03():
    width = len(T3_HEAD)
    pad = lambda cells: cells + [""] * (width - len(cells))  # noqa: E731 — Excel writes every column of the range
    rows = [pad(["仙桃市沔阳小额贷款有限公司 OA采购比价单导出（消费分期系统源码采购，单据编号" + T3_DOC + "）"]),
            pad(["导出人：运营部 陈思雨　导出时间：2025-12-04 16:20　说明：供应商在OA供应商门户逐项填报；同一比价项修改后，系统保留历史"
                 "记录，不覆盖。本次为源码买断采购，预算20–30万元（含税）。审核备注为运营部填写。"]),
            pad([]),
            T3_HEAD]
    n = 0
    for vendor, who, t0, answers in T3_VENDORS:
        for item in T3_ITEMS:
            val = answers[item]
            if isinstance(val, list):
                entries = val
            elif isinstance(val, tuple):
                entries = [(val[0], t0, val[1])]
            else:
                entries = [(val, t0, "")]
            for text, t, note in entries:
                n += 1
                rows.append([str(n), T3_DOC, vendor, item, text, T3_UNIT.get(item, ""), t, who, note])
    _write_unicode_text(T3_NAME, rows)

    comment = f"""Voice: 陈思雨 of the 运营部 (operations manager) at 仙桃市沔阳小额贷款 (local consumer instalments, no cross-border business,
  source buy-out, budget 20–30万 含税) exported the OA 采购比价单 {T3_DOC} on 2025-12-04 with Excel's 'Unicode 文本' and renamed
  it .csv. The two lines above the table and the 审核备注 column are hers; 供应商填报 is what each vendor typed into the OA's
  supplier portal, 填报人 the vendor's salesperson.
Layout: UTF-16 LE with a BOM, TAB-separated, CRLF, every line padded to the table's width; a title line, a note line (the OA
  keeps an edited item's history, nothing overwritten), a blank line, header {' | '.join(T3_HEAD)}; LONG: one row per vendor ×
  比价项 (19 items per vendor: 报价总额 (元), 计税方式, 功能模块, 选配模块及价格 (元), 等保三级 …, 操作日志保存期 (月), 免费维护期 (月),
  故障响应时间 (小时), 维保期满年费 (元/年), 源码交付), vendors in pinyin order (大冶, 恩施, 利川, 麻城, 潜江); a bare number is in its
  row's 单位. Four items were edited: the OA lists an item's history NEWEST FIRST, so the LOWER row of a pair is the OLDER answer.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the decisive one is the older answer. A reader who lets the lower row of a pair override the upper one (as one reads a
  register down), or takes row order for time order, reads 麻城's 等保 as '三级测评中，预计12月上旬取得备案证明' (11-18) instead of
  its 12-02 answer '已取得，备案证明编号42118143006-25019（2025年12月1日取得）' — and 麻城 drops to unverified, leaving 潜江 on top at
  its old 236000. By 填报时间: 麻城 passes at 258000 含税 with every must-have (积分商城 deferrable), SM4 on named fields, TLS1.2,
  RBAC, 12-month logs, 百行 + 朴道, 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting,
  all in the contract, 25000 a year after, full source — the pick. 潜江's price is its 11-27 correction '268000（更正：原填报漏算
  实施部署费）' (268,000, not 236,000); it passes with 6-month logs, '重大监管政策调整另行报价' (conditional), 5×8 and 4 hours. 大冶's
  免费维护期 is 18 (11-30), not 12; it prices the must-have 订单跟踪 as an option '18000（不含税）' beside 219000 不含税 (13% named):
  (219,000 + 18,000) × 1.13 = 267,810, and only claims 等保 ('满足等保三级要求'), 国密 and the bureaus: unverified. 利川's 11-26
  module list takes 分期计算器 out ('列入二期开发，本次不含'): missing, a fail — its 11-18 list had it. The second trap: 恩施's 报价总额
  is '12800/年' beside '源码交付：SaaS模式，按年订阅，不交付源码' — a yearly rent, no source price at all: no comparable price (null,
  unverified — never 12,800, never a price under 10万), and no source (licence only), although its SaaS platform has a filing
  number. Not settled and not asserted: 恩施's '订阅期内免费维护' (months) and '云端自动升级' (scope); 利川's '按次收费，每次2000元'
  after the warranty."""
    vendors = [
        dict(vendor="麻城龟峰信息技术有限公司", gate="pass", price=258000,
             why="等保三级 answered twice: the 2025-12-02 14:08 row (upper) '已取得，备案证明编号42118143006-25019（2025年12月1日取得）' is the later and stands; the 11-18 '三级测评中…' (lower row) is superseded. 报价总额 '258000' 元 with '含税（13%增值税专用发票）' = 258,000 inside 20–30万; modules 商品管理, 分期计算器, 订单跟踪, 风控审批, 还款计划及提醒, 用户管理, 积分商城 (deferrable); SM4 on 身份证号/手机号/银行卡号; TLS1.2; RBAC; 日志 '12' 月; 百行 + 朴道; 免费维护 '12' 月, bug修复及小版本升级; 政策适配免费; 7×24; 响应 '1' 小时; 终身咨询 提供; 全部写入合同; 年费 '25000' 元/年; 完整源码 无加密. 3 years: 258,000 + 2 × 25,000 = 308,000.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
             status=_st(response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="潜江江汉软件有限公司", gate="pass", price=268000,
             why="报价总额 answered twice: the 2025-11-27 17:52 row (upper) '268000（更正：原填报漏算实施部署费）' is the later = 268,000 含税; the 11-18 '236000' is superseded. '三级（备案证明编号42900543011-24006）'; SM4; HTTPS; 权限 '有，按角色'; 日志 '6' 月 (not under 6); 百行; modules 商品管理, 分期计算器, 订单管理 (= order tracking), 风控审批, 还款管理, 用户管理; 12 months with bug修复、小版本升级; '一般调整免费，重大监管政策调整另行报价' = conditional; '5×8（工作日9:00-17:30）'; 响应 '4' 小时; 终身咨询; 写入合同 '是'; 年费 '30000'; 完整源码.",
             values=_vals(audit_log_months=6, policy_adaptation_free=False, support_7x24=False, response_hours=4,
                          annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=_st(policy_adaptation_free="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["no_7x24", "response_over_2h", "policy_adaptation_charged", "conditional"],
             flex=_but("no_7x24", "response_over_2h", "policy_adaptation_charged", "conditional")),
        dict(vendor="大冶铜都网络科技有限公司", gate="unverified", price=267810,
             why="报价总额 '219000' 元 with '不含税（增值税13%另开专票）' = 247,470; the must-have 订单跟踪 only as '订单跟踪模块18000（不含税）' — added with VAT: 20,340; comparable (219,000 + 18,000) × 1.13 = 267,810 (order tracking conditional); '满足等保三级要求' = claimed: unverified; '国密算法加密' names no algorithm (SM4 claimed); HTTPS; RBAC; 日志 '12' 月; '支持对接各大征信机构' names no licensed body (claimed); 免费维护期 answered twice: the 11-30 '18' (upper row, '让利…延长至18个月') stands over the 11-19 '12'; bug修复+版本升级; 政策适配免费; 7×24; 响应 '2' 小时; 终身咨询; 写入合同; 年费 '26000'; 完整源码.",
             values=dict(mlps_level3=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=18, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="stated", support_7x24="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["claimed", "conditional"],
             flex=["missing_must_have", "price_below_10w", "price_missing", "price_below_15w", "price_over_budget",
                   "no_tls", "no_access_control", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "bloat_features", "source_partial",
                   "source_licence_only"]),
        dict(vendor="恩施硒都云科技有限公司", gate="unverified", price="null",
             why="报价总额 '12800/年' (单位 元) beside 源码交付 'SaaS模式，按年订阅，不交付源码': a yearly subscription, no price for the source the buyer is buying — no comparable price (unknown: unverified), never 12,800 and never under 10万; no source delivered = licence only. The rest is stated: '已取得等保三级（SaaS平台，备案证明编号42280043002-24009）'; SM4; HTTPS; RBAC; 日志 '12' 月; 百行; every must-have; 政策适配免费; 7×24; 响应 '2' 小时; 终身咨询; 写入合同 '是'. '订阅期内免费维护', '云端自动升级' and '不适用（按年订阅）' are not asserted.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, policy_adaptation_free=True, support_7x24=True, response_hours=2,
                         lifetime_consulting=True, commitments_in_contract=True, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_missing", "source_licence_only"],
             flex=["price_below_10w", "price_below_15w", "price_over_budget", "missing_must_have", "no_mlps_level3",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
                   "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                   "source_partial"]),
        dict(vendor="利川龙船数科有限公司", gate="fail", price=168000,
             why="功能模块 answered twice: the 2025-11-26 16:30 row (upper) '商品管理、订单跟踪、风控审批、还款管理、用户管理（分期计算器列入二期开发，本次不含）' stands — 分期计算器 is not in this delivery: a must-have missing, fail (the 11-18 list that had it is superseded). 报价总额 '168000' 含税 = 168,000; '三级（备案证明编号42280243005-25002）'; 'AES加密' (no SM4); HTTPS; 权限 '有'; 日志 '3' 月; 百行; 免费维护 '6' 月, '仅修复bug'; '按次收费，每次1.5万元' = policy charged; '工作日9:00-17:30' (no 7×24); 响应 '24' 小时; 终身咨询 '不提供'; 写入合同 '否'; '部分源码（风控引擎加密）' = partial. The fee after the warranty ('按次收费，每次2000元') is not asserted.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, response_hours=24, lifetime_consulting=False,
                         commitments_in_contract=False, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated", support_7x24="stated", lifetime_consulting="stated",
                         commitments_in_contract="stated"),
             fin=["product_management", "order_tracking", "repayment_management"] + CORE,
             fex=BLOAT + ["installment_calculator"],
             flin=["missing_must_have", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_partial"],
             flex=["price_below_10w", "price_below_15w", "price_missing", "price_over_budget", "no_mlps_level3",
                   "no_tls", "no_access_control", "no_licensed_credit_bureau", "bloat_features",
                   "source_licence_only"]),
    ]
    write_toml(T3_NAME.replace(".csv", ".toml"), comment, "consumer_installment", [T3_NAME], "麻城龟峰信息技术有限公司",
               "麻城 proves every gate once its later answer is read (12-02: 备案证明编号42118143006-25019, over the 11-18 '三级测评中'), has every consumer-instalment must-have, SM4 on named fields, TLS1.2, RBAC, 12-month logs, 百行 + 朴道, and gives 12 months with minor upgrades, free policy adaptation, 7×24 within 1 hour, lifetime consulting, everything in the contract, 25,000 a year after, full source — at 258,000 含税. 潜江 passes at its corrected 268,000 (not the superseded 236,000) with 5×8, 4 hours and major policy changes charged; 大冶 (267,810 with its 订单跟踪 option, 18 months) only claims 等保; 恩施 quotes a yearly SaaS rent '12800/年' and no source: no comparable price; 利川's latest module list drops 分期计算器 to a second phase: it fails.",
               vendors)


if __name__ == "__main__":
    build_zzt01()
    build_zzt02()
    build_zzt03()
