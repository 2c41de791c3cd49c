"""Build the "zzp" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is the vendors' own ENGLISH or half-English, as a Chinese buyer receives it from
vendors with Hong Kong, Singapore, Macau or international teams and from Chinese pre-sales engineers writing English ("AMC 18% p.a.",
"SLA: P1 2h / P2 8h / P3 NBD", "warranty 12 mths incl. patches, major releases chargeable", "MLPS L3 cert pending (est. Q1 2026)",
"GM/T 0002 (SM4) for PII at rest", "source escrow only", "white-label licence, no source", "CNY 198k ex-VAT; VAT 6% to be added",
"RMB 0.128m", "CNY 268k", "¥26.8w"), each file in a layout of its own:

zzp_01 — an .xlsx (personal credit) of a Zhuhai lender whose general manager reads no English: vendors as COLUMNS, and EVERY ITEM IS
  TWO ROWS — the upper row 'EN original 供应商原文' holds the vendor's English words copied from its proposal, the lower row
  '中文译文（实习生，仅供参考）' the intern's Chinese translation for the GM, shaded grey. The note above the table says the English
  governs and the translation was not checked. The intern got four things wrong, all in the favour of the vendor they concern:
  'MLPS L3 cert pending (est. Q1 2026)' → '已取得等保三级', 'CNY 198k ex-VAT; VAT 6% to be added' → '19.8万元（含税）', 'Source
  escrow only …' → '提供源代码（第三方托管）', 'Designed to MLPS Level 3 requirements' → '符合等保三级'. One vendor declines in English.
zzp_02 — a CSV in UTF-8 with BOM, CRLF (merchant loans) of a Shenzhen lender with a Singapore parent: a BILINGUAL RESPONSE FORM in
  which every vendor answered each item twice, in English and in Chinese, so each vendor is a COLUMN PAIR 'EN | 中文' under its name
  (the name in the first cell of the pair, a second header row naming the languages); the RFQ's rule 7.3 quoted above the table
  says 'In case of any discrepancy, the Chinese version shall prevail / 中英文不一致时以中文为准'. Where a vendor's two versions
  disagree the Chinese is worse for one vendor ('CNY 268k all-in' vs '26.8万元（不含税，增值税13%另计）', 'MLPS Level 3 certified' vs
  '三级测评中，预计2026年第一季度取得备案证明') and better for another ('Business-hours support' vs '7×24小时技术支持，2小时内响应');
  one Chinese module list moves a must-have to 二期; a declining vendor.
zzp_03 — a CSV in GB18030, CRLF (consumer instalments) of a Guangzhou lender's comparison of vendors' English answers under a
  TWO-ROW BILINGUAL HEADER (Chinese captions on the first line, the same captions in English on the second), vendors as rows, the
  money written the way each team writes it ('¥26.8w', 'CNY 228k', 'CNY 118k', 'RMB 0.318m') with the tax basis in its own column
  ('ex-VAT; VAT 6% to be added') and a must-have module in an 'Options (extra)' column priced ex-VAT; 'Minor regulatory tweaks FOC;
  major regulatory changes quoted separately'; 'AMC 10% p.a. from year 2'; 'white-label licence, no source'; a 'No bid' row; the
  buyer's 采购备注 column.

The expected reading of every file is in the matching zzp_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzp.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, GREY, TITLE, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, PC, _save, write_csv, write_toml  # noqa: E402

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


# ---------------------------------------------------------------------------------------------
# zzp_01  个人信用贷 — vendors as columns, each item an English original row and the intern's translation row
# ---------------------------------------------------------------------------------------------
P1_NAME = "zzp_01_pc_yingwen_yuanwen_shixisheng_yiwen.xlsx"
P1_VENDORS = ["深圳前海鹏程金融科技有限公司", "广州南沙海联数科有限公司", "珠海横琴澳科信息技术有限公司",
              "东莞松山湖智信软件有限公司", "中山火炬云链科技有限公司"]
# item -> (english per vendor, translation per vendor)
P1_ITEMS = [
    ("Price 报价",
     ["RMB 238k incl. 13% VAT (licence 188k + implementation 38k + training 12k)",
      "CNY 198k ex-VAT; VAT 6% to be added",
      "¥21.6w all-in, incl. VAT",
      "RMB 0.128m incl. VAT",
      "Declined – we will not bid this round (delivery capacity fully booked until Q2 2026)"],
     ["23.8万元（含13%增值税；授权费18.8万+实施费3.8万+培训费1.2万）",
      "19.8万元（含税）",
      "21.6万元，全包含税",
      "12.8万元（含税）",
      "放弃，本轮不报价（2026年二季度前交付排满）"]),
    ("Modules in scope 功能模块",
     ["Personal credit report (PBoC 2nd-gen), risk model (scorecard + rules engine), anti-fraud, repayment schedule & "
      "reminders, approval workflow, user management",
      "Personal credit report, risk model, anti-fraud, repayment management, approval workflow, user management",
      "Personal credit report, risk model, anti-fraud rules, repayment schedule, approval workflow, user management",
      "Personal credit report, risk model (scorecard), repayment management, user management, approval workflow, "
      "AI chatbot, blockchain e-evidence",
      ""],
     ["个人征信（人行二代征信）、风控模型（评分卡+规则引擎）、反欺诈、还款计划及提醒、审批流、用户管理",
      "个人征信、风控模型、反欺诈、还款管理、审批流、用户管理",
      "个人征信、风控模型、反欺诈规则、还款计划、审批流、用户管理",
      "个人征信、风控模型（评分卡）、还款管理、用户管理、审批流、智能客服机器人、区块链存证",
      ""]),
    ("MLPS 等保",
     ["MLPS Level 3 filed – filing cert no. 44030343012-25006",
      "MLPS L3 cert pending (est. Q1 2026)",
      "MLPS Level 3 filed – cert no. 44040243003-24018",
      "Designed to MLPS Level 3 requirements",
      ""],
     ["已取得等保三级，备案证明编号44030343012-25006",
      "已取得等保三级（2026年一季度）",
      "已取得等保三级，证书编号44040243003-24018",
      "符合等保三级",
      ""]),
    ("Data encryption 数据加密",
     ["SM4 (GM/T 0002) for PII at rest – ID no., mobile, bank card",
      "SM4 for ID no. and mobile number at rest",
      "GM/T 0002 (SM4) for PII at rest",
      "National (GM) cryptographic algorithms",
      ""],
     ["身份证号、手机号、银行卡号SM4加密存储", "身份证号、手机号SM4加密", "敏感信息SM4加密", "国密算法加密", ""]),
    ("Transport 传输加密", ["HTTPS, TLS 1.2", "HTTPS", "HTTPS (TLS 1.2)", "HTTPS", ""],
     ["HTTPS（TLS1.2）", "HTTPS", "HTTPS（TLS1.2）", "HTTPS", ""]),
    ("Access control 权限管理", ["Role-based access control (RBAC)", "RBAC", "RBAC, maker-checker on approvals",
                               "Role-based access control", ""],
     ["基于角色的权限管理", "角色权限管理", "角色权限，审批双人复核", "角色权限管理", ""]),
    ("Audit log retention 日志保存", ["12 months", "12 months", "12 months", "90 days", ""],
     ["12个月", "12个月", "12个月", "90天", ""]),
    ("Credit bureau 征信对接", ["PBoC Credit Reference Center + Baihang Credit", "Baihang Credit",
                              "PBoC Credit Reference Center", "Can integrate with any credit bureau on request", ""],
     ["人行征信中心、百行征信", "百行征信", "人行征信中心", "可按需对接各征信机构", ""]),
    ("Warranty & AMC 维保",
     ["12 months free warranty incl. bug fixes and minor version upgrades; AMC 15% p.a. of contract value from year 2",
      "24 months free warranty incl. bug fixes and minor upgrades; AMC 12% p.a. thereafter",
      "Warranty 12 mths incl. patches, major releases chargeable; AMC 18% p.a. of contract value after warranty",
      "6 months warranty, bug fixes only",
      ""],
     ["免费维护12个月，含bug修复和小版本升级；第二年起年维护费为合同金额的15%",
      "免费维护24个月，含bug修复和小版本升级；之后每年12%",
      "免费维护12个月，含补丁和大版本升级；维保期后每年合同金额18%",
      "免费维护6个月，只修bug",
      ""]),
    ("Regulatory changes 政策调整",
     ["Changes required by new regulation: free of charge", "Regulatory changes FOC", "Regulatory changes billed on T&M",
      "Chargeable", ""],
     ["监管政策调整免费", "政策调整免费", "政策调整按人天收费", "收费", ""]),
    ("Support & SLA 技术支持",
     ["24x7 support, response within 1 hour by a named engineer", "24x7, 30 min response",
      "SLA: P1 2h / P2 8h / P3 NBD", "Mon–Fri 9:00–18:00, next business day response", ""],
     ["7×24小时，1小时内指定工程师响应", "7×24小时，30分钟响应", "一级故障2小时/二级8小时/三级下一工作日",
      "工作日9:00-18:00，下一工作日响应", ""]),
    ("Lifetime consulting 终身咨询", ["Lifetime technical consultation included", "Included, lifetime",
                                    "Technical consultation during AMC only", "", ""],
     ["提供终身技术咨询", "提供终身咨询", "仅维保期内提供技术咨询", "", ""]),
    ("In contract 写入合同", ["All of the above will be written into the contract", "Yes – all in contract",
                            "", "", ""],
     ["以上全部写入合同", "是，全部写入合同", "", "", ""]),
    ("Source code / IP 源码",
     ["Full source code, unencrypted, with build scripts; free to modify",
      "Full source code, no encryption, re-development allowed",
      "Source escrow only (third-party escrow agent, released on our insolvency); runtime licence bound to server",
      "White-label licence, no source", ""],
     ["完整源码，无加密，含编译脚本，可二次开发", "完整源码，无加密，可二次开发", "提供源代码（第三方托管）",
      "贴牌授权，不含源码", ""]),
]


def build_zzp01():
    wb = Workbook()
    ws = wb.active
    ws.title = "Vendor proposals 方案对比"
    put_row(ws, 1, ["珠海香洲湾仔小额贷款有限公司 个人信用贷系统源码 — 供应商方案对比（英文原文＋中文译文）"], font=TITLE, border=False)
    put_row(ws, 2, ["说明：五家均为港澳或外资背景团队，方案书为英文。每项两行：上行“EN original”为供应商方案书原文（以英文原文为准）；"
                    "下行“中文译文”为实习生小陈翻译给总经理看的，仅供参考，未经核对。我司只做本地个人信用贷，无跨境业务，预算18-25万元。"
                    "整理：信息科技部 梁永华 2025-12-05"], border=False)
    put_row(ws, 3, ["Item 项目", "Line 行"] + P1_VENDORS, font=BOLD, fill=GREY)
    r = 4
    for label, en, zh in P1_ITEMS:
        put_row(ws, r, [label, "EN original 供应商原文"] + en)
        put_row(ws, r + 1, [None, "中文译文（实习生，仅供参考）"] + zh, fill=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
        r += 2
    put_row(ws, r + 1, ["梁永华备注：海联最便宜且维保24个月，建议优先谈；松山湖价格低但功能带了区块链。"], border=False)
    widths(ws, [24, 22, 40, 40, 40, 40, 30])
    ws.freeze_panes = "C4"
    _save(wb, P1_NAME)

    comment = f"""Voice: 梁永华 of the 信息科技部 at 珠海香洲湾仔小额贷款 (local personal credit, no cross-border business, budget 18-25万),
  2025-12-05; the vendors are Hong Kong / Macau / foreign-backed teams whose proposals are in English. Title, note (row 2) and his
  备注 under the table are his; the grey rows '中文译文（实习生，仅供参考）' are the intern's translation for the general manager.
Layout: .xlsx, one sheet, vendors as COLUMNS C-G ({' | '.join(P1_VENDORS)}), every item two rows: 'EN original 供应商原文' (the
  vendor's words, which the note says govern) then the intern's translation, the item label merged down both rows.
Analyst's reading, written before any code read the file (the product was not run on it). Only the English rows are read.
Traps: the translation rows flatter the buyer's favourite 海联 (南沙): its English says 'MLPS L3 cert pending (est. Q1 2026)' (not
  certified: unverified) and 'CNY 198k ex-VAT; VAT 6% to be added' (209,880), the intern wrote '已取得等保三级' and '19.8万元（含税）'.
  Read from the Chinese rows 海联 looks like the cheapest full pass with 24 months and 30 minutes — the careless top pick. 横琴澳科's
  'Source escrow only … runtime licence bound to server' is a licence (the intern: '提供源代码（第三方托管）'), its 'incl. patches,
  major releases chargeable' is translated '含补丁和大版本升级'. 松山湖's 'Designed to MLPS Level 3 requirements' is a claim (the
  intern: '符合等保三级'). 鹏程's 'RMB 238k incl. 13% VAT (licence 188k + implementation 38k + training 12k)' is 238,000 (the
  breakdown adds up, no extra amount). 火炬云链 declined (not listed)."""
    vendors = [
        dict(vendor="深圳前海鹏程金融科技有限公司", gate="pass", price=238000,
             why="column C, English rows: 'RMB 238k incl. 13% VAT (licence 188k + implementation 38k + training 12k)' = 238,000 (188+38+12 = 238, the breakdown is no extra amount), inside 18-25万; 'MLPS Level 3 filed – filing cert no. 44030343012-25006'; 'SM4 (GM/T 0002) for PII at rest'; TLS 1.2; RBAC; 12 months; PBoC CRC + Baihang; every must-have plus anti-fraud; '12 months free warranty incl. bug fixes and minor version upgrades; AMC 15% p.a. of contract value from year 2' = 15% × 238,000 = 35,700 a year; regulation changes free; 24x7 within 1 hour by a named engineer; lifetime consulting; 'All of the above will be written into the contract'; full source, unencrypted.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=35700, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="广州南沙海联数科有限公司", gate="unverified", price=209880,
             why="column D, English rows: 'CNY 198k ex-VAT; VAT 6% to be added' = 198,000 × 1.06 = 209,880 (the intern's '19.8万元（含税）' is a mistranslation); 'MLPS L3 cert pending (est. Q1 2026)' = in progress: mlps_level3 false, claimed, gate unverified (the intern's '已取得等保三级' is his); SM4 on ID no. and mobile; HTTPS; RBAC; 12 months; Baihang; all must-haves plus anti-fraud; 24 months free incl. bug fixes and minor upgrades; regulatory changes FOC; 24x7, 30 min; lifetime consulting; all in contract; full source. Reading the Chinese rows makes it the top pick.",
             values=_vals(mlps_level3=False, free_maintenance_months=24, response_hours=0.5, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_partial", "source_licence_only", "bloat_features"]),
        dict(vendor="珠海横琴澳科信息技术有限公司", gate="pass", price=216000,
             why="column E, English rows: '¥21.6w all-in, incl. VAT' = 216,000; 'MLPS Level 3 filed – cert no. 44040243003-24018'; 'GM/T 0002 (SM4) for PII at rest'; TLS 1.2; RBAC; 12 months; PBoC CRC; every must-have plus anti-fraud; 'Warranty 12 mths incl. patches, major releases chargeable' = 12 months (whether minor releases are included is not said: not asserted); 'AMC 18% p.a. of contract value after warranty' = 18% × 216,000 = 38,880; 'Regulatory changes billed on T&M' = charged; 'SLA: P1 2h / P2 8h / P3 NBD' (24x7 not said; the response per severity not asserted); 'Technical consultation during AMC only' = no lifetime consulting; contract not said; 'Source escrow only … runtime licence bound to server' = licence only (the intern's '提供源代码（第三方托管）' is his).",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, policy_adaptation_free=False,
                         lifetime_consulting=False, annual_fee_after_warranty_cny=38880,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         licensed_credit_bureau="stated", free_maintenance_months="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT,
             flin=["policy_adaptation_charged", "no_lifetime_consulting", "source_licence_only"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "audit_log_under_6m", "maintenance_under_12m", "bloat_features",
                   "source_partial"]),
        dict(vendor="东莞松山湖智信软件有限公司", gate="unverified", price=128000,
             why="column F, English rows: 'RMB 0.128m incl. VAT' = 128,000 (caution zone 10-15万); 'Designed to MLPS Level 3 requirements' = claimed (the intern's '符合等保三级' is his): unverified; 'National (GM) cryptographic algorithms' = claimed, SM4 not named; HTTPS; RBAC; '90 days' = 3 months; 'Can integrate with any credit bureau on request' = claimed; must-haves present, no anti-fraud, 'AI chatbot, blockchain e-evidence' = bloat; '6 months warranty, bug fixes only'; regulatory changes 'Chargeable'; 'Mon–Fri 9:00–18:00, next business day response'; consulting and contract not said; 'White-label licence, no source' = licence only.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         audit_log_months="stated", free_maintenance_months="stated"),
             fin=PC + CORE + ["ai_customer_service", "blockchain_evidence"], fex=["anti_fraud"],
             flin=["price_below_15w", "audit_log_under_6m", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "source_licence_only", "bloat_features"],
             flex=["price_below_10w", "missing_must_have", "price_missing", "no_tls", "no_access_control"]),
    ]
    write_toml(P1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [P1_NAME], "深圳前海鹏程金融科技有限公司",
               "鹏程 (column C) proves every gate in its English (filing cert no. 44030343012-25006, SM4 on ID/mobile/bank card, TLS 1.2, RBAC, 12-month logs, PBoC CRC + Baihang), has every personal-credit must-have plus anti-fraud and no bloat, 12 months free with bug fixes and minor upgrades, free regulatory changes, 24x7 within 1 hour, lifetime consulting, all in the contract, full unencrypted source — at 238,000 incl. VAT. The buyer's favourite 海联 is 'MLPS L3 cert pending' (unverified) and 198k ex-VAT + 6% = 209,880 — the intern translated both away ('已取得等保三级', '19.8万元（含税）'); 横琴澳科 (216,000) gives only source escrow and a server-bound licence, charges regulatory changes and offers consulting only during the AMC; 松山湖 (128,000, caution zone) only claims MLPS and GM crypto, 90-day logs, 6 months, office hours, white-label licence; 火炬云链 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzp_02  商户经营性贷 — bilingual response form, each vendor a column pair EN | 中文, the Chinese prevails; UTF-8 BOM CSV
# ---------------------------------------------------------------------------------------------
P2_NAME = "zzp_02_ml_zhongying_duizhao_yi_zhongwen_weizhun.csv"
P2_VENDORS = ["新加坡狮城信贷科技（深圳）有限公司", "深圳福田汇融数据有限公司", "香港中环启明软件有限公司",
              "广州天河云启科技有限公司", "珠海横琴银湾科技有限公司"]
# (no, item, [(en, zh) per vendor])
P2_ITEMS = [
    ("1", "Total price 报价总额", [
        ("CNY 288k incl. VAT", "28.8万元（含税）"),
        ("CNY 268k all-in", "26.8万元（不含税，增值税13%另计）"),
        ("RMB 0.26m excl. VAT (6%)", "26万元（不含税，增值税税率6%）"),
        ("¥13.8w incl. VAT", "13.8万元（含税）"),
        ("Regret – we will not bid", "本次不参与报价")]),
    ("2", "Modules in the price 报价内功能模块", [
        ("Enterprise credit report, bank statement analysis, e-contract & contract management, approval workflow, "
         "user management, repayment management",
         "企业征信、银行流水分析、电子合同及合同管理、风控审批、用户管理、还款管理"),
        ("Enterprise credit report, bank statement analysis, e-contract, approval workflow, user management, "
         "repayment management",
         "企业征信、银行流水分析、电子合同、风控审批、用户管理、还款管理"),
        ("Enterprise credit report, bank statement analysis, approval workflow, user management, repayment management. "
         "E-contract: optional, +CNY 30k excl. VAT",
         "企业征信、银行流水分析、风控审批、用户管理、还款管理；电子合同为选配模块，另加3万元（不含税，税率6%）"),
        ("Enterprise credit report, bank statement analysis, e-contract, user management, repayment management, "
         "overseas payment gateway, blockchain evidence",
         "企业征信、电子合同、用户管理、还款管理、跨境支付通道、区块链存证；银行流水分析列入二期开发，届时另行报价"),
        ("", "")]),
    ("3", "MLPS Level 3 等保三级", [
        ("MLPS Level 3 filed, cert no. 44030443006-25014", "已取得等保三级，备案证明编号44030443006-25014"),
        ("MLPS Level 3 certified", "等保三级测评中，预计2026年第一季度取得备案证明"),
        ("MLPS Level 3 filed, cert no. 44030543002-24027", "已取得等保三级，备案证明编号44030543002-24027"),
        ("MLPS L3 – we can assist your assessment", "可协助贵司通过等保三级测评"),
        ("", "")]),
    ("4", "Data encryption 数据加密", [
        ("SM4 for PII at rest (ID no., mobile, bank a/c)", "身份证号、手机号、银行账号采用国密SM4加密存储"),
        ("SM4 for ID no. and mobile", "身份证号、手机号SM4加密存储"),
        ("GM/T 0002 (SM4) for PII at rest", "敏感字段（身份证号、手机号）国密SM4加密"),
        ("AES-256", "AES-256加密"),
        ("", "")]),
    ("5", "Transport encryption 传输加密", [
        ("HTTPS (TLS 1.2)", "全站HTTPS（TLS1.2）"), ("HTTPS", "全站HTTPS"), ("HTTPS (TLS 1.2)", "全站HTTPS（TLS1.2）"),
        ("HTTPS", "HTTPS"), ("", "")]),
    ("6", "Access control 权限管理", [
        ("RBAC", "基于角色的权限管理"), ("RBAC", "角色权限管理"), ("RBAC", "角色权限管理"), ("RBAC", "角色权限管理"),
        ("", "")]),
    ("7", "Audit log retention 日志保存期", [
        ("12 months", "操作日志保存12个月"), ("12 months", "操作日志保存12个月"), ("12 months", "操作日志保存12个月"),
        ("3 months", "操作日志保存3个月"), ("", "")]),
    ("8", "Credit bureau 征信对接", [
        ("PBoC CRC + Baihang Credit", "人行征信中心、百行征信"), ("Baihang + Pudao", "百行征信、朴道征信"),
        ("Baihang Credit", "百行征信"), ("Baihang Credit", "百行征信"), ("", "")]),
    ("9", "Free maintenance 免费维护", [
        ("12 months free, bug fixes and minor upgrades", "免费维护12个月，含缺陷修复及小版本升级"),
        ("12 months free incl. minor upgrades", "免费维护12个月，含缺陷修复及小版本升级"),
        ("Warranty 12 mths incl. patches, major releases chargeable", "免费维护12个月，含缺陷修复及小版本升级，大版本升级另行收费"),
        ("6 months, bug fixes only", "免费维护6个月，仅修复缺陷"),
        ("", "")]),
    ("10", "AMC after warranty 维保期满年费", [
        ("AMC 12% p.a. from year 2", "第二年起年维护费按合同金额12%/年"),
        ("AMC 10% p.a.", "第二年起按合同金额10%/年"),
        ("AMC 18% p.a.", "维保期满后年维护费按合同金额18%/年"),
        ("CNY 20k p.a.", "2万元/年"),
        ("", "")]),
    ("11", "Regulatory changes 监管政策调整", [
        ("Reg. changes FOC", "监管政策调整免费适配"), ("FOC", "免费"), ("FOC", "监管政策调整免费"),
        ("Chargeable", "另行收费"), ("", "")]),
    ("12", "Support & SLA 技术支持及响应", [
        ("Business-hours support", "7×24小时技术支持，2小时内响应"),
        ("24x7, 1h response", "7×24小时技术支持，1小时内响应"),
        ("24x7, P1 2h", "7×24小时技术支持，紧急故障2小时内响应"),
        ("5x8", "5×8（工作日9:00-18:00）"),
        ("", "")]),
    ("13", "Lifetime consulting 终身技术咨询", [
        ("Yes", "提供终身技术咨询"), ("Yes", "提供"), ("Yes", "提供终身技术咨询"), ("No", "不提供"), ("", "")]),
    ("14", "Written into contract 写入合同", [
        ("All in contract", "以上承诺全部写入合同"), ("Yes", "全部写入合同"), ("Yes", "写入合同"),
        ("Price and delivery only", "合同只写价格和交付"), ("", "")]),
    ("15", "Source code 源码交付", [
        ("Full source, unencrypted", "交付完整源码，无加密，可二次开发"),
        ("Full source", "完整源码，无加密，可二次开发"),
        ("Source code delivered; scoring engine as compiled SDK", "核心评分引擎以编译后SDK交付，其余模块提供源码"),
        ("Source code (rules engine encrypted)", "部分源码（风控规则引擎加密）"),
        ("", "")]),
]


def build_zzp02():
    n = 2 + 2 * len(P2_VENDORS)
    head1 = ["序号 No.", "项目 Item"]
    head2 = ["", ""]
    for v in P2_VENDORS:
        head1 += [v, ""]
        head2 += ["EN", "中文"]
    rows = [["深圳南山前湾小额贷款有限公司 商户经营贷系统源码询价 — 供应商双语应答汇总 / Bilingual RFQ response summary"] + [""] * (n - 1),
            ["询价函第7.3条 / RFQ clause 7.3: 应答须中英文对照填写；中英文不一致时以中文为准。Responses must be given in English and "
             "Chinese; in case of any discrepancy, the Chinese version shall prevail."] + [""] * (n - 1),
            ["本司只做本地商户经营贷，无跨境业务，预算25-35万元（含税）。汇总：采购部 Grace 何 2025-12-05"] + [""] * (n - 1),
            head1, head2]
    for no, item, answers in P2_ITEMS:
        row = [no, item]
        for en, zh in answers:
            row += [en, zh]
        rows.append(row)
    rows += [[""] * n,
             ["采购部备注：汇融英文报价最低且写明MLPS Level 3 certified，建议进入议价。"] + [""] * (n - 1)]
    write_csv(P2_NAME, rows, "utf-8-sig")

    comment = f"""Voice: Grace 何 of the 采购部 at 深圳南山前湾小额贷款 (a Singapore parent; local merchant operating loans, no cross-border
  business, budget 25-35万 含税), 2025-12-05. Title, the quoted RFQ clause 7.3, the budget line and the 采购部备注 at the foot are
  hers; every other cell is a vendor's answer.
Layout: CSV in UTF-8 with BOM, CRLF; items down the rows (序号 | 项目 Item), each vendor a COLUMN PAIR: line 4 names the vendor in
  the first cell of its pair ({' | '.join(P2_VENDORS)}), line 5 says 'EN | 中文'; items on lines 6-20.
Analyst's reading, written before any code read the file (the product was not run on it). RFQ clause 7.3: where a vendor's two
  versions differ, the Chinese prevails; where they agree either may be read.
Traps: 汇融's English is the best-looking quote of the file ('CNY 268k all-in', 'MLPS Level 3 certified') and the buyer's note
  picks it; its Chinese says '26.8万元（不含税，增值税13%另计）' (302,840) and '等保三级测评中，预计2026年第一季度取得备案证明' (in
  progress: unverified). 狮城's English says 'Business-hours support' but its Chinese '7×24小时技术支持，2小时内响应' prevails.
  云启's English module list has bank statement analysis, its Chinese '银行流水分析列入二期开发，届时另行报价' takes it out (a
  must-have missing: fail). 启明's e-contract is an option at 3万 before its own 6% VAT (31,800 added to 275,600). 银湾 declined."""
    vendors = [
        dict(vendor="新加坡狮城信贷科技（深圳）有限公司", gate="pass", price=288000,
             why="first pair (C/D): '28.8万元（含税）' / 'CNY 288k incl. VAT' = 288,000 inside 25-35万; every merchant-loan must-have (企业征信, 银行流水分析, 电子合同及合同管理) and the core modules; 等保三级 filing no. 44030443006-25014; SM4 on ID no./mobile/bank account; TLS 1.2; RBAC; 12 months; 人行 + 百行; 12 months free with bug fixes and minor upgrades; '第二年起年维护费按合同金额12%/年' = 12% × 288,000 = 34,560 a year; policy changes free; support: the English 'Business-hours support' is overruled by the Chinese '7×24小时技术支持，2小时内响应' (clause 7.3) = 7×24, 2 h; lifetime consulting; all in contract; full source.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=34560, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="香港中环启明软件有限公司", gate="pass", price=307400,
             why="third pair (G/H): '26万元（不含税，增值税税率6%）' / 'RMB 0.26m excl. VAT (6%)' = 260,000 × 1.06 = 275,600; the must-have e-contract is an option '另加3万元（不含税，税率6%）' = 31,800 added: 307,400 (inside 25-35万), contract_management conditional; 等保三级 filing no. 44030543002-24027; SM4; TLS 1.2; RBAC; 12 months; 百行; 12 months free incl. minor upgrades ('大版本升级另行收费' only the major ones); AMC 18% a year (of which base is not said: no amount asserted); policy changes free; 7×24, urgent faults within 2 h; lifetime consulting; in contract; '核心评分引擎以编译后SDK交付，其余模块提供源码' = partial source.",
             values=_vals(source_code_delivery="partial"),
             status=_st(), fin=ML + CORE + ["repayment_management"], fex=BLOAT, flin=["source_partial"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "policy_adaptation_charged", "no_7x24",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only", "bloat_features"]),
        dict(vendor="深圳福田汇融数据有限公司", gate="unverified", price=302840,
             why="second pair (E/F): the English 'CNY 268k all-in' is overruled by the Chinese '26.8万元（不含税，增值税13%另计）' = 268,000 × 1.13 = 302,840; the English 'MLPS Level 3 certified' by '等保三级测评中，预计2026年第一季度取得备案证明' = in progress: mlps_level3 false, claimed, gate unverified; otherwise every must-have, SM4, HTTPS, RBAC, 12 months, 百行 + 朴道, 12 months free incl. minor upgrades, policy free, 7×24 within 1 hour, lifetime consulting, in contract, full source. The buyer's note ('汇融英文报价最低…') is hers.",
             values=_vals(mlps_level3=False, response_hours=1, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_partial", "source_licence_only", "bloat_features"]),
        dict(vendor="广州天河云启科技有限公司", gate="fail", price=138000,
             why="fourth pair (I/J): '13.8万元（含税）' / '¥13.8w incl. VAT' = 138,000 (caution zone); the Chinese module list, which prevails, puts '银行流水分析列入二期开发，届时另行报价' = a must-have not in this delivery: missing, gate fail (the English list names it); '可协助贵司通过等保三级测评' = a claim; AES-256, no SM4; HTTPS; RBAC; logs 3 months; 百行; 6 months, bug fixes only; '2万元/年' after; policy changes charged; 5×8; no lifetime consulting; '合同只写价格和交付' = not in contract; '部分源码（风控规则引擎加密）' = partial; 跨境支付通道 and 区块链存证 = bloat.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=20000,
                         source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated", support_7x24="stated", lifetime_consulting="stated"),
             fin=["enterprise_credit", "contract_management", "user_management", "repayment_management",
                  "overseas_payment", "blockchain_evidence"], fex=["cashflow_analysis"],
             flin=["missing_must_have", "price_below_15w", "no_sm4", "audit_log_under_6m", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "no_lifetime_consulting",
                   "not_in_contract", "source_partial", "bloat_features"],
             flex=["price_below_10w", "price_missing", "no_tls", "no_access_control", "source_licence_only"]),
    ]
    write_toml(P2_NAME.replace(".csv", ".toml"), comment, "merchant_loan", [P2_NAME], "新加坡狮城信贷科技（深圳）有限公司",
               "狮城 proves every gate in both languages (filing no. 44030443006-25014, SM4 on ID/mobile/bank account, TLS 1.2, RBAC, 12-month logs, 人行 + 百行), has every merchant-loan must-have and no bloat, 12 months free with minor upgrades, free policy changes, 7×24 within 2 hours (its Chinese, which prevails over 'Business-hours support'), lifetime consulting, all in contract, full source — at 288,000 含税 (AMC 12% = 34,560 a year from year 2). 汇融's English ('CNY 268k all-in', 'MLPS Level 3 certified') is overruled by its Chinese: 268,000 不含税 + 13% = 302,840 and 等保三级 still 测评中 (unverified). 启明 is 307,400 once its 6% VAT and the e-contract option (31,800) are added, with its scoring engine as a compiled SDK; 云启 fails (银行流水分析 moved to 二期 in its Chinese); 银湾 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzp_03  消费分期 — two-row bilingual header, vendors as rows, English answers; GB18030 CSV
# ---------------------------------------------------------------------------------------------
P3_NAME = "zzp_03_ci_shuangyu_biaotou_yingwen_yingda_gb18030.csv"
P3_HEAD_ZH = ["序号", "供应商", "报价", "计税", "选配（另计）", "功能模块", "等保三级", "数据加密", "传输加密", "权限管理", "日志保存",
              "征信对接", "免费维护", "维保期满年费", "政策调整", "技术支持及响应", "终身技术咨询", "写入合同", "源码交付", "采购备注"]
P3_HEAD_EN = ["No.", "Vendor", "Price", "Tax", "Options (extra)", "Modules", "MLPS L3", "Data encryption", "TLS",
              "Access control", "Log retention", "Credit bureau", "Free warranty", "AMC after warranty", "Regulatory changes",
              "Support & SLA", "Lifetime consulting", "In contract", "Source code", "Buyer remarks"]
P3_ROWS = [
    ["1", "香港九龙湾分期通科技有限公司", "¥26.8w", "incl. 13% VAT", "None",
     "Product catalogue, instalment calculator, order tracking, approval workflow, user management, repayment management",
     "Filed – cert no. 44010543015-25011", "GM/T 0002 (SM4) for PII at rest (ID no., mobile, bank card)", "TLS 1.3", "RBAC",
     "12 months", "Baihang Credit + Pudao Credit", "12 months free, bug fixes & minor upgrades", "AMC 10% p.a. from year 2",
     "FOC", "24x7, 1h response", "Lifetime", "Yes – all commitments in contract", "Full source, unencrypted",
     "价格中等"],
    ["2", "新加坡滨海湾数字科技（广州）有限公司", "CNY 228k", "ex-VAT; VAT 6% to be added",
     "Order tracking module: +CNY 25k ex-VAT",
     "Product catalogue, instalment calculator, approval workflow, user management, repayment management",
     "Filed – cert no. 44010643008-25019", "SM4 for ID no. / mobile / bank card", "TLS 1.2", "RBAC", "12 months",
     "Baihang Credit", "12 mths free incl. bug fixes & minor upgrades", "15% p.a. of contract value",
     "Minor regulatory tweaks FOC; major regulatory changes quoted separately", "24x7, 2h response", "Lifetime",
     "Yes", "Full source, re-development allowed", "报价最低，建议首选"],
    ["3", "深圳南山速分期信息技术有限公司", "CNY 118k", "incl. VAT", "None",
     "Product catalogue, instalment calculator, order tracking, approval workflow, user management, repayment "
     "management, AI customer-service bot",
     "MLPS L3 compliant design", "AES-256 at rest", "HTTPS", "Single admin account", "180 days",
     "Any bureau on request", "3 mths, bug fixes only", "CNY 20k p.a.", "Chargeable",
     "Mon–Fri 9:00–18:00, next business day", "Not included", "Price & delivery only",
     "White-label licence, no source", "便宜"],
    ["4", "澳门氹仔汇通科技（珠海）有限公司", "RMB 0.318m", "incl. VAT", "None",
     "Product catalogue, instalment calculator, order tracking, approval workflow, user management, repayment "
     "management, metaverse showroom",
     "Filed – cert no. 44040343021-24009", "SM4 for PII at rest", "TLS 1.2", "RBAC", "12 months",
     "PBoC CRC + Baihang Credit", "12 months free incl. minor upgrades", "AMC 8% p.a. from year 2", "FOC",
     "24x7, 1h response", "Lifetime", "Yes", "Full source, unencrypted", "超预算"],
    ["5", "广州琶洲易分期网络科技有限公司", "No bid", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "对方邮件回复：No bid – resources committed elsewhere"],
]


def build_zzp03():
    n = len(P3_HEAD_ZH)
    rows = [["广州天河珠江新城小额贷款有限公司 消费分期系统源码 供应商报价对比 / Vendor quotation comparison"] + [""] * (n - 1),
            ["本司只做本地消费分期，无跨境业务，预算20-30万元（含税）。各家应答为英文原文照录；采购备注为本部门意见。2025-12-05"]
            + [""] * (n - 1),
            P3_HEAD_ZH, P3_HEAD_EN] + P3_ROWS
    write_csv(P3_NAME, rows, "gb18030")

    comment = f"""Voice: the 采购部 of 广州天河珠江新城小额贷款 (local consumer instalments, no cross-border business, budget 20-30万 含税),
  2025-12-05; the vendors' Hong Kong, Singapore and Macau teams answered in English, copied verbatim. Title, note and the
  采购备注 column are the buyer's.
Layout: CSV in GB18030, CRLF; TWO HEADER LINES: line 3 the Chinese captions ({' | '.join(P3_HEAD_ZH)}), line 4 the same
  captions in English; vendors on lines 5-9, one per line.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: 滨海湾's 'CNY 228k' looks the cheapest and the buyer's remark picks it ('报价最低，建议首选'), but its Tax column says
  'ex-VAT; VAT 6% to be added' and its Options column sells the must-have order tracking at '+CNY 25k ex-VAT': 228,000 × 1.06 +
  25,000 × 1.06 = 241,680 + 26,500 = 268,180 — above 分期通's 268,000 incl. VAT — and its 'major regulatory changes quoted
  separately' leaves policy adaptation conditional. 分期通's '¥26.8w' is 268,000 (w = 万). 速分期's 'CNY 118k' is the caution zone,
  'MLPS L3 compliant design' a claim, 'White-label licence, no source'. 汇通's 'RMB 0.318m' is 318,000, over the 20-30万 band,
  with a metaverse showroom. 易分期 'No bid' (not listed)."""
    vendors = [
        dict(vendor="香港九龙湾分期通科技有限公司", gate="pass", price=268000,
             why="line 5: '¥26.8w' 'incl. 13% VAT' = 268,000 inside 20-30万; product catalogue, instalment calculator, order tracking and the core modules, no bloat; 'Filed – cert no. 44010543015-25011'; 'GM/T 0002 (SM4) for PII at rest'; TLS 1.3; RBAC; 12 months; Baihang + Pudao; 12 months free with bug fixes & minor upgrades; 'AMC 10% p.a. from year 2' = 26,800 a year; regulatory changes FOC; 24x7, 1 h; lifetime consulting; all in contract; full source, unencrypted.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=26800, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="新加坡滨海湾数字科技（广州）有限公司", gate="pass", price=268180,
             why="line 6: 'CNY 228k' 'ex-VAT; VAT 6% to be added' = 241,680; the must-have order tracking only as 'Order tracking module: +CNY 25k ex-VAT' = 26,500 with the 6% the quote names, added: 268,180 (order_tracking conditional); filed cert no. 44010643008-25019; SM4 on ID no./mobile/bank card; TLS 1.2; RBAC; 12 months; Baihang; 12 months incl. minor upgrades; '15% p.a. of contract value' (base not said: no amount asserted); 'Minor regulatory tweaks FOC; major regulatory changes quoted separately' = conditional; 24x7, 2 h; lifetime; in contract; full source. The buyer's '报价最低，建议首选' is hers.",
             values=_vals(policy_adaptation_free=False, response_hours=2, source_code_delivery="full"),
             status=_st(policy_adaptation_free="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT, flin=["policy_adaptation_charged"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "maintenance_excludes_upgrades", "no_7x24",
                   "response_over_2h", "no_lifetime_consulting", "not_in_contract", "source_partial",
                   "source_licence_only", "bloat_features"]),
        dict(vendor="澳门氹仔汇通科技（珠海）有限公司", gate="pass", price=318000,
             why="line 8: 'RMB 0.318m' 'incl. VAT' = 318,000, above the 20-30万 band (price_over_budget); every must-have plus 'metaverse showroom' (bloat); filed cert no. 44040343021-24009; SM4 for PII at rest; TLS 1.2; RBAC; 12 months; PBoC CRC + Baihang; 12 months incl. minor upgrades; 'AMC 8% p.a. from year 2' = 25,440; FOC; 24x7, 1 h; lifetime; in contract; full source.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=25440, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + ["repayment_management", "metaverse_marketing"],
             flin=["price_over_budget", "bloat_features"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_missing", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "maintenance_under_12m", "no_7x24",
                   "response_over_2h", "source_partial", "source_licence_only"]),
        dict(vendor="深圳南山速分期信息技术有限公司", gate="unverified", price=118000,
             why="line 7: 'CNY 118k' 'incl. VAT' = 118,000 (caution zone); every must-have plus an 'AI customer-service bot' (bloat); 'MLPS L3 compliant design' = a claim: unverified; 'AES-256 at rest' is no SM4; HTTPS; 'Single admin account' = no access control; '180 days' = 6 months; 'Any bureau on request' = claimed; '3 mths, bug fixes only'; 'CNY 20k p.a.' = 20,000 a year; regulatory changes 'Chargeable'; 'Mon–Fri 9:00–18:00, next business day'; consulting 'Not included'; 'Price & delivery only' = not in contract; 'White-label licence, no source' = licence only.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=False, audit_log_months=6,
                         licensed_credit_bureau=True, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=False, annual_fee_after_warranty_cny=20000,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", licensed_credit_bureau="claimed",
                         audit_log_months="stated", free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management", "ai_customer_service"],
             flin=["price_below_15w", "no_sm4", "no_access_control", "maintenance_under_12m",
                   "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_7x24", "response_over_2h",
                   "no_lifetime_consulting", "not_in_contract", "source_licence_only", "bloat_features"],
             flex=["price_below_10w", "missing_must_have", "price_missing", "audit_log_under_6m", "no_tls"]),
    ]
    write_toml(P3_NAME.replace(".csv", ".toml"), comment, "consumer_installment", [P3_NAME], "香港九龙湾分期通科技有限公司",
               "分期通 proves every gate (cert no. 44010543015-25011, SM4 on ID/mobile/bank card, TLS 1.3, RBAC, 12-month logs, Baihang + Pudao), has every consumer-installment must-have and no bloat, 12 months free with minor upgrades, free regulatory changes, 24x7 within 1 hour, lifetime consulting, all in contract, full unencrypted source — at 268,000 incl. VAT ('¥26.8w'). The buyer's pick 滨海湾 ('CNY 228k') is ex-VAT with order tracking sold separately: 228k × 1.06 + 25k × 1.06 = 268,180, no cheaper, and its major regulatory changes are charged. 汇通 is 318,000, over the band, with a metaverse showroom; 速分期 (118,000) only claims MLPS and is a white-label licence with office-hours support; 易分期 did not bid.",
               vendors)


if __name__ == "__main__":
    build_zzp01()
    build_zzp02()
    build_zzp03()
