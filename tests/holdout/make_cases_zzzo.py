"""Build the "zzzo" case files (three multi-vendor quote comparisons, a BLIND holdout on "Taiwan, Hong Kong and
overseas-Chinese voices") into tests/holdout. The expected reading of every file is in the matching zzzo_0N_*.toml, written
from the file's content, shared/domain.md and docs/analyst-reading.md only; the author neither ran the product on these files
nor read its code.

  zzzo_01  a Hong Kong group IT office's code-mixed (Cantonese / English / 繁體) comparison, .xlsx, vendors as rows.
  zzzo_02  a Kuala Lumpur regional procurement office's English sheet (two quotes came through SG / MY resellers of
           mainland developers), UTF-8 CSV, vendors as rows, answers Y / N / TBC / N/A / "Y (see remarks)".
  zzzo_03  a Taiwan parent's 財務處 comparison for its 廈門 lender in 繁體 with Taiwan terms, Big5 CSV, vendors as columns.

Run:  .venv/bin/python tests/holdout/make_cases_zzzo.py  (writes beside itself; the cases, once read fully, live in tests/cases)
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from case_io import BLOAT, _save, good, write_csv, write_toml  # noqa: E402

WRAP = Alignment(wrap_text=True, vertical="top")
GOOD_NO_Q = ["no_mlps_level3", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau",
             "missing_must_have", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
             "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract", "price_below_15w", "price_below_10w",
             "price_over_budget", "price_missing", "claimed", "unverified", "source_partial", "source_licence_only",
             "bloat_features"]
PC = ["personal_credit_report", "risk_model", "repayment_management", "anti_fraud", "user_management", "risk_approval"]
ML = ["enterprise_credit", "cashflow_analysis", "contract_management", "user_management", "risk_approval", "repayment_management"]
CI = ["product_management", "installment_calculator", "order_tracking", "user_management", "risk_approval", "repayment_management"]


def careful(vendor, price, why, feats, **extra):
    v = good(vendor, price, why, feats, **extra)
    v["flex"] = GOOD_NO_Q
    return v


# ================================================================================================================ case 1
C1_FILE = "zzzo_01_pc_hk_it_office_code_mixed.xlsx"
C1_HEADER = ["Vendor 供應商", "Price 報價 (RMB)", "Tax 稅", "Optional modules 選配", "Modules included 功能", "MLPS 等保",
             "Encryption 加密", "TLS/HTTPS", "Access control 權限", "Audit log 日誌保存", "Credit bureau 徵信",
             "Free maintenance 免費維護", "Upgrades 升級", "Reg. changes 監管政策適配", "Support 技術支援", "Response 響應",
             "Lifetime consulting 終身技術諮詢", "AMC after warranty 維保期後年費", "寫入合約", "Source code 源碼",
             "Vendor remarks 備註", "Ken's comment (internal)"]
C1_ROWS = [
    ["深圳前海匯信科技有限公司", "RMB 228,000", "含稅 (incl. VAT)", "None，all modules 已包",
     "用戶管理、個人徵信查詢、風控模型、反欺詐、風控審批、還款管理（還款計劃 + 還款提醒）",
     "MLPS三級 已 cert，備案證明編號 44030543019-24011（2024年6月取得），定級對象：匯信個人信貸業務系統",
     "SM4 加密 身份證號、手機號、銀行卡號", "全站 HTTPS (TLS 1.2)", "RBAC 角色權限，按崗位授權",
     "12 months，支援異常行為追溯", "人行徵信中心 + 百行徵信 直連", "12 months", "含 bug fix 及 minor version upgrade",
     "FOC，監管政策調整免費適配", "7x24 support", "response 2hrs，named engineer 跟進", "Y",
     "RMB 25,000 p.a. from yr 2", "Y，以上全部寫入合約", "full source code交付，無加密，可二次開發", "—",
     "OK，價錢中間"],
    ["廣州珠江智貸軟件有限公司", "RMB 198,000", "未稅 (VAT 13% 另計)", "風控模型 Optional (+RMB 38,000 未稅)",
     "用戶管理、個人徵信查詢、反欺詐、風控審批、還款管理",
     "MLPS三級 已 cert，備案證明編號 44010643008-23021（2023年10月取得），定級對象：珠江智貸信貸平台",
     "SM4 加密 身份證號、手機號", "HTTPS", "RBAC 角色權限", "12 months", "百行徵信 直連", "終身維護",
     "Y", "小改 FOC，大改另行報價", "7x24 support", "P1: response 2hrs; P2/P3: next business day", "Y", "TBC",
     "Y", "full source code交付", "—", "最平，all Y，建議揀佢"],
    ["東莞松湖數據科技有限公司", "RMB 215,000", "含稅", "None",
     "用戶管理、個人徵信查詢、風控模型、反欺詐、風控審批、還款管理",
     "Y (see remarks)", "SM4 加密 身份證號、手機號", "HTTPS (TLS 1.2)", "RBAC 角色權限", "12 months",
     "百行徵信 直連", "12 months", "含 bug fix 及 minor version upgrade", "FOC", "7x24 support", "response 2hrs", "Y",
     "RMB 22,000 p.a.", "Y", "full source code交付，無加密",
     "MLPS三級：測評中，已委託測評機構，預計 2026年Q2 取得備案證明", "Y 喎，應該 OK"],
    ["香港創科信貸系統有限公司", "RMB 238,000", "含稅", "None",
     "用戶管理、個人徵信查詢、風控模型、反欺詐、風控審批、還款管理、跨境支付、AI 智能客服",
     "MLPS二級 已備案 (L2 only)", "SM4 加密", "HTTPS", "RBAC 角色權限", "12 months", "百行徵信 直連", "12 months",
     "Y", "FOC", "7x24 support", "response 1hr", "Y", "RMB 30,000 p.a.", "Y", "full source code交付",
     "跨境支付 & AI 智能客服 免費送", "香港公司，傾偈方便"],
    ["佛山順德易貸軟件工作室", "RMB 68,000", "含稅", "N/A",
     "用戶管理、個人徵信查詢、風控模型、反欺詐、風控審批、還款管理",
     "N/A", "AES-256", "HTTPS", "RBAC 角色權限", "6 months", "TBC", "3 months", "bug fix only",
     "T&M", "5x8 office hours (Mon-Fri 9am-6pm)", "next business day", "N", "RMB 12,000 p.a.", "N", "full source code交付",
     "—", "太平，唔放心"],
]


def case1():
    wb = Workbook()
    ws = wb.active
    ws.title = "Vendor compare"
    ws.append(["深圳前海XX小額貸款 — 貸款系統源碼 (loan system source code) 報價比較，HK office IT compile"])
    ws.append(["All prices in RMB (人民幣). Vendor 嘅答案照抄原文；Y/N 係 vendor 揀嘅，如有 Vendor remarks，以 remarks 為準 "
               "(remarks prevail)。最後一欄係 Ken 自己嘅 internal comment，唔係 vendor 講嘅。"])
    ws.append([])
    ws.append(C1_HEADER)
    for r in C1_ROWS:
        ws.append(r)
    for row in ws.iter_rows(min_row=4):
        for c in row:
            c.alignment = WRAP
    for c in ws[4]:
        c.font = Font(bold=True)
    for col in "ABCDEFGHIJKLMNOPQRSTUV":
        ws.column_dimensions[col].width = 22
    _save(wb, C1_FILE)

    comment = """
Voice: the IT office in Hong Kong of a HK-listed group (Ken Lau, IT manager) compiling, for the group's Shenzhen subsidiary
  (personal credit loans to salaried workers in 深圳, no cross-border business; band 18–25萬 in domain terms), the vendors'
  answers in Hong Kong code-mixed wording — Cantonese particles (係, 嘅, 冇, 喎), English shorthand (FOC, T&M, TBC, N/A, p.a.,
  "MLPS三級 已 cert", "full source code交付", "7x24 support", "response 2hrs") and Traditional characters. Prices in RMB only.
Layout: .xlsx, one sheet "Vendor compare". Row 1 title, row 2 a note (all prices RMB; vendors' answers copied; "如有 Vendor
  remarks，以 remarks 為準 (remarks prevail)"; the last column is Ken's own), row 3 empty, row 4 a bilingual header (Vendor 供應商 |
  Price 報價 (RMB) | Tax 稅 | Optional modules 選配 | Modules included 功能 | MLPS 等保 | … | Source code 源碼 | Vendor remarks 備註 |
  Ken's comment (internal)), then one row per vendor (five). Vendors as rows.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per row; the Tax column answers the tax question for the price beside it; a must-have offered only in the
  options column is added at its price and taxed like the quote; Vendor remarks are the vendor's words and, by the sheet's
  own note, govern a bare Y; Ken's comment is the buyer's.
Traps: CARELESS TOP PICK 廣州珠江智貸軟件有限公司: lowest sticker of the serious five ("RMB 198,000"), every column a Y or a
  positive, proven level-3 filing, and Ken writes "最平，all Y，建議揀佢". But (1) 198,000 is "未稅 (VAT 13% 另計)" and (2) its module
  list lacks 風控模型, a personal-credit must-have, which sits in the options column "風控模型 Optional (+RMB 38,000 未稅)":
  (198,000 + 38,000) × 1.13 = 266,680, above the 18–25萬 band; (3) "終身維護" is the boast (12 months, claimed); (4) "小改 FOC，
  大改另行報價" (policy adaptation conditional: false); (5) "P1: response 2hrs; P2/P3: next business day" counts at the slowest.
  The careful pick is 深圳前海匯信科技有限公司 (pass): RMB 228,000 含稅 inside the band; filing 44030543019-24011 for its own system;
  SM4 on ID / phone / card numbers; TLS 1.2; RBAC; 12 months of logs with tracing; 人行 + 百行 direct; every must-have plus
  反欺詐; 12 months with bug fixes and minor upgrades; free policy adaptation; 7x24; 2 hours; lifetime consulting; 25,000 a year
  from year 2; all in the contract; full source. 東莞松湖 answers "Y (see remarks)" under 等保, and its remarks say "測評中…預計
  2026年Q2 取得備案證明" — in progress, UNVERIFIED (Ken's "Y 喎，應該 OK" is his). 香港創科 FAILS: "MLPS二級 已備案 (L2 only)"; its
  跨境支付 and AI 智能客服 are bloat for a lender with no cross-border business. 佛山順德易貸 FAILS at RMB 68,000 (under 10萬),
  with AES-256 (no SM4), 3 months, 5x8 and next business day.
Not settled and not asserted: whether 珠江's "7x24 support" beside a P1-only 2-hour response is read as 7×24 with a condition
  and what number its response takes (next business day: 24 h or a working day); its AMC "TBC" (null) and which question flag
  rides beside it; the standing recorded for its risk model (conditional is expected) and whether a warning names the option;
  whether 松湖's mlps value is false (in progress) or a yes-claim; 順德易貸's "N/A" under 等保 (unknown or no) and "TBC" bureau;
  whether Ken's comments are listed as skipped. None moves a gate or the pick.
"""
    vendors = [
        careful("深圳前海匯信科技有限公司", 228000,
                "'RMB 228,000' with Tax '含稅 (incl. VAT)'; 'MLPS三級 已 cert，備案證明編號 44030543019-24011…定級對象：匯信個人信貸業務系統'; "
                "SM4 on the sensitive fields; TLS 1.2; RBAC; 12 months of logs with tracing; 人行 + 百行 direct; every personal-credit "
                "must-have with 反欺詐; 12 months with bug fixes and minor upgrades; FOC policy adaptation; 7x24; 2 hrs; lifetime "
                "consulting; RMB 25,000 p.a. from yr 2; all in the contract; full unencrypted source.",
                PC, response_hours=2, annual_fee_after_warranty_cny=25000, source_code_delivery="full"),
        dict(vendor="廣州珠江智貸軟件有限公司", gate="pass", price=266680,
             why="'RMB 198,000' 未稅 (VAT 13% 另計); its module list lacks the risk model, offered as '風控模型 Optional (+RMB 38,000 未稅)': "
                 "a must-have option added, (198,000 + 38,000) × 1.13 = 266,680, above the 18–25萬 band. Filing 44010643008-23021 "
                 "stated; SM4; HTTPS; RBAC; 12 months of logs; 百行 direct. '終身維護' = 12 months, claimed; '小改 FOC，大改另行報價' "
                 "conditional (false); 'P1: 2hrs; P2/P3: next business day' is slower than 2 hours at its slowest.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, policy_adaptation_free=False,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated", free_maintenance_months="claimed", policy_adaptation_free="conditional"),
             fin=PC, fex=BLOAT,
             flin=["price_over_budget", "policy_adaptation_charged", "response_over_2h"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_missing", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "no_licensed_credit_bureau", "bloat_features",
                   "source_partial", "source_licence_only"]),
        dict(vendor="東莞松湖數據科技有限公司", gate="unverified", price=215000,
             why="'RMB 215,000' 含稅. 等保 'Y (see remarks)'; the remarks (which the sheet says prevail): 'MLPS三級：測評中，已委託測評機構，"
                 "預計 2026年Q2 取得備案證明' — in progress, claimed: UNVERIFIED. Everything else stated and good: SM4, TLS 1.2, RBAC, "
                 "12 months of logs, 百行 direct, every must-have with 反欺詐, 12 months with upgrades, FOC, 7x24, 2 hrs, lifetime "
                 "consulting, RMB 22,000 p.a., in the contract, full source.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, maintenance_includes_upgrades=True, policy_adaptation_free=True,
                         support_7x24=True, response_hours=2, lifetime_consulting=True, annual_fee_after_warranty_cny=22000,
                         commitments_in_contract=True),
             status=dict(mlps_level3="claimed"),
             fin=PC, fex=BLOAT,
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "no_sm4",
                   "no_tls", "no_access_control", "audit_log_under_6m", "maintenance_under_12m", "policy_adaptation_charged",
                   "no_7x24", "response_over_2h", "bloat_features"]),
        dict(vendor="香港創科信貸系統有限公司", gate="fail", price=238000,
             why="'MLPS二級 已備案 (L2 only)': level 2 is not level 3, FAIL. 'RMB 238,000' 含稅. Every must-have plus 跨境支付 and AI 智能客服 "
                 "(bloat for a lender with no cross-border business); SM4; HTTPS; RBAC; 12 months; FOC; 7x24; 1 hr.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, free_maintenance_months=12,
                         support_7x24=True, response_hours=1, annual_fee_after_warranty_cny=30000),
             status=dict(mlps_level3="stated"),
             fin=PC + ["overseas_payment", "ai_customer_service"],
             flin=["no_mlps_level3", "bloat_features"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_sm4", "no_tls", "no_access_control", "maintenance_under_12m", "no_7x24", "response_over_2h"]),
        dict(vendor="佛山順德易貸軟件工作室", gate="fail", price=68000,
             why="'RMB 68,000' 含稅: under 10萬, FAIL. 'AES-256' is no SM4; 6 months of logs; 3 months; bug fix only; T&M for "
                 "regulatory changes; '5x8 office hours'; next business day; no lifetime consulting; not in the contract.",
             values=dict(sm4_encryption=False, tls=True, access_control=True, audit_log_months=6, free_maintenance_months=3,
                         maintenance_includes_upgrades=False, policy_adaptation_free=False, support_7x24=False,
                         lifetime_consulting=False, commitments_in_contract=False),
             fin=PC, fex=BLOAT,
             flin=["price_below_10w", "no_sm4", "maintenance_under_12m", "maintenance_excludes_upgrades",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract"],
             flex=["missing_must_have", "price_below_15w", "price_over_budget", "price_missing", "no_tls",
                   "no_access_control", "audit_log_under_6m", "bloat_features"]),
    ]
    write_toml("zzzo_01_pc_hk_it_office_code_mixed.toml", comment, "personal_credit", [C1_FILE],
               "深圳前海匯信科技有限公司",
               "匯信 proves its level-3 filing, lists every personal-credit must-have with anti-fraud, prices at RMB 228,000 含稅 inside "
               "the band and commits 12 months with upgrades, free policy adaptation, 7x24 within 2 hours, lifetime consulting, all "
               "in the contract, full source. 珠江智貸's 198,000 is before VAT and leaves the risk model out at +38,000 未稅: 266,680, "
               "over the band, with a boasted 終身維護, major policy changes charged and P2/P3 next business day. 松湖 is still "
               "being assessed; 香港創科 holds level 2 only; 順德易貸 is under 10萬.",
               vendors)


# ================================================================================================================ case 2
C2_FILE = "zzzo_02_ci_kl_regional_office_en.csv"
C2_HEADER = ["No.", "Vendor", "Quoting party", "Price (CNY)", "VAT", "Optional modules (CNY)", "Modules in price",
             "MLPS Level 3", "SM4 encryption", "HTTPS/TLS", "Role-based access", "Audit trail retention", "Credit bureau",
             "Free support period", "Version upgrades", "Regulatory changes", "Helpdesk", "Response SLA",
             "Lifetime consulting", "AMC after free period", "In contract", "Source code", "Vendor remarks",
             "KL procurement comments"]
C2_ROWS = [
    ["1", "Merlion FinSys Pte. Ltd.", "Reseller (Singapore)", "CNY 218,000", "Incl. VAT", "None (all in price)",
     "Product catalogue; Installment calculator; Order tracking; User management; Risk approval; Repayment schedule & reminders",
     "Y (see remarks)", "Y", "Y", "Y", "12 months", "Baihang Credit (direct)", "12 months", "Y", "Free", "24x7", "2 hrs", "Y",
     "CNY 26,000 p.a.", "Y", "Full source, no encryption",
     "System developed by a mainland developer in Hangzhou; we resell and implement. MLPS Level 3: the developer's own SaaS "
     "platform is filed (filing no. 33010643011-24006); the on-premise copy delivered to you is to be graded and filed by your "
     "company after go-live.",
     "Cheapest, all Y. Recommend."],
    ["2", "Nanning Greenfield Installment Tech Co., Ltd.", "Developer (direct)", "CNY 243,000", "Excl. 6% VAT",
     "None (all in price)",
     "Product catalogue; Installment calculator; Order tracking; User management; Risk approval; Repayment schedule & reminders",
     "Y - filing no. 45010343006-24012 (obtained Aug 2024); graded system: Greenfield Installment Core, the system quoted",
     "Y - SM4 on ID no., mobile no., bank card no.", "Y - TLS 1.2", "Y - RBAC by job role", "12 months, abnormal-activity tracing",
     "PBoC Credit Reference Center + Baihang Credit (direct)", "12 months", "Y - bug fixes + minor releases",
     "Free (in contract)", "24x7", "1 hr, named engineer", "Y", "CNY 28,000 p.a. from year 2", "Y - all of the above in the contract",
     "Full source, no encryption, may be modified", "—", "Not cheapest; VAT on top."],
    ["3", "KL FinCore Sdn. Bhd.", "Reseller (Malaysia)", "TBC", "TBC", "N/A",
     "Product catalogue; Installment calculator; Order tracking; User management; Risk approval; Repayment management; "
     "Overseas payment gateway",
     "Y - filing no. 44030543027-23009, graded system: FinCore Installment System", "Y", "Y", "Y", "12 months",
     "Baihang Credit (direct)", "12 months", "Y", "Free", "24x7", "2 hrs", "Y", "CNY 25,000 p.a.", "Y", "Full source",
     "Price TBC - pending the developer's confirmation of the licence fee.", "Chase price."],
    ["4", "Shenzhen Qianhai Fenqi Software Co., Ltd.", "Developer (direct)", "CNY 228,000", "Incl. VAT", "None",
     "Product catalogue; Installment calculator; User management; Risk approval; Repayment management",
     "Y - filing no. 44030543031-24015", "Y", "Y", "Y", "12 months", "Baihang Credit (direct)", "12 months", "Y",
     "Free", "24x7", "2 hrs", "Y", "CNY 24,000 p.a.", "Y", "Full source",
     "Order tracking: N/A - client to track orders in its own ERP.", "OK price."],
    ["5", "Liuzhou Longcheng Software Co., Ltd.", "Developer (direct)", "CNY 138,000", "Incl. VAT", "None",
     "Product catalogue; Installment calculator; Order tracking; User management; Risk approval; Repayment management",
     "Y - filing no. 45020343009-23004", "Y", "Y", "Y", "6 months", "Baihang Credit (direct)", "3 months",
     "N - bug fixes only", "T&M", "9x5 (Mon-Fri)", "Next business day", "N", "CNY 15,000 p.a.", "N - verbal only",
     "Full source", "—", "Cheap but thin support."],
]


def case2():
    rows = [["Regional Procurement (Kuala Lumpur) - Loan system source code RFQ for our Nanning consumer-installment lender"],
            ["All amounts in CNY (RMB). Y = yes; N = no; TBC = to be confirmed by vendor; N/A = not offered. "
             "Where a vendor wrote remarks, the remarks prevail. Last column = our comments, not the vendor's."],
            [],
            C2_HEADER] + C2_ROWS
    write_csv(C2_FILE, rows, "utf-8")

    comment = """
Voice: the regional procurement office in Kuala Lumpur of a Malaysian-Chinese group that owns a consumer-installment lender in
  南寧 (motorcycle and home-appliance instalments through dealers; no cross-border lending; band 20–30萬), writing in plain
  business English with Malaysian / Singaporean shorthand (Y / N / TBC / N/A, p.a., T&M, 9x5, "Y (see remarks)"). Two of the
  five quotes came through resellers (Singapore, Malaysia) of mainland developers' systems; prices are in CNY.
Layout: UTF-8 CSV. Line 1 title, line 2 legend and note ("Where a vendor wrote remarks, the remarks prevail. Last column = our
  comments"), line 3 empty, line 4 the header No. | Vendor | Quoting party | Price (CNY) | VAT | Optional modules (CNY) | Modules
  in price | MLPS Level 3 | SM4 encryption | HTTPS/TLS | Role-based access | Audit trail retention | Credit bureau | Free support
  period | Version upgrades | Regulatory changes | Helpdesk | Response SLA | Lifetime consulting | AMC after free period | In
  contract | Source code | Vendor remarks | KL procurement comments, then one row per vendor (five). Vendors as rows.
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per row, named by the Vendor column (the Quoting party column says what the vendor is, never its name); the
  VAT column answers the tax for the price; Vendor remarks are the vendor's words and govern a bare Y; the KL comments are
  the buyer's.
Traps: CARELESS TOP PICK Merlion FinSys Pte. Ltd.: the lowest price of the in-band quotes (CNY 218,000 incl. VAT), a Y in
  every column and "Cheapest, all Y. Recommend." But its MLPS "Y (see remarks)" points at remarks saying the filing is the
  mainland developer's own SaaS platform and the on-premise copy "is to be graded and filed by your company after go-live":
  a claim, not this system's certificate — UNVERIFIED. The careful pick is Nanning Greenfield Installment Tech Co., Ltd.
  (pass): "CNY 243,000" "Excl. 6% VAT" = 257,580, inside the band; filing 45010343006-24012 for the system quoted; SM4 on the
  sensitive fields; TLS 1.2; RBAC; 12 months of logs with tracing; PBoC CRC + Baihang direct; every consumer-installment
  must-have; 12 months with bug fixes + minor releases; free regulatory changes; 24x7; 1 hr to a named engineer; lifetime
  consulting; CNY 28,000 p.a.; all in the contract; full source. KL FinCore Sdn. Bhd. has Price "TBC" (no price: UNVERIFIED,
  price_missing) and bundles an overseas payment gateway (bloat). Shenzhen Qianhai Fenqi Software Co., Ltd. FAILS: its stated
  module list has no order tracking and its remarks say "Order tracking: N/A". Liuzhou Longcheng Software Co., Ltd. passes at
  CNY 138,000 (caution zone) with 6 months of logs, 3 months free, bug fixes only, T&M, 9x5, next business day, no consulting,
  "N - verbal only".
Not settled and not asserted: whether Merlion's mlps value is recorded true (a yes-claim) or false, and whether bare "Y" cells
  under SM4 / HTTPS / role-based access are stated (values asserted, standings not); Longcheng's "Next business day" as a
  number; FinCore's "N/A" options and "TBC" tax; whether the Quoting party column or the developer named in Merlion's remarks
  leaves a note; whether the KL comments are listed as skipped. None moves a gate or the pick.
"""
    vendors = [
        dict(vendor="Merlion FinSys Pte. Ltd.", gate="unverified", price=218000,
             why="'CNY 218,000' Incl. VAT. MLPS 'Y (see remarks)'; remarks: the developer's own SaaS platform is filed, the on-premise "
                 "copy 'is to be graded and filed by your company after go-live' — a claim for the system bought: UNVERIFIED. Every "
                 "must-have; 12 months of logs; Baihang direct; 12 months with upgrades; free regulatory changes; 24x7; 2 hrs; "
                 "lifetime consulting; CNY 26,000 p.a.; in contract; full source.",
             values=dict(sm4_encryption=True, tls=True, access_control=True, audit_log_months=12, licensed_credit_bureau=True,
                         free_maintenance_months=12, policy_adaptation_free=True, support_7x24=True, response_hours=2,
                         annual_fee_after_warranty_cny=26000, source_code_delivery="full"),
             status=dict(mlps_level3="claimed"),
             fin=CI, fex=BLOAT,
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m", "maintenance_under_12m",
                   "policy_adaptation_charged", "no_7x24", "response_over_2h", "bloat_features"]),
        careful("Nanning Greenfield Installment Tech Co., Ltd.", 257580,
                "'CNY 243,000' with VAT 'Excl. 6% VAT': 243,000 × 1.06 = 257,580 in the 20–30萬 band. Filing 45010343006-24012 for "
                "the system quoted; SM4 on ID / mobile / card numbers; TLS 1.2; RBAC; 12 months of logs; PBoC CRC + Baihang direct; "
                "every must-have; 12 months with bug fixes + minor releases; free regulatory changes; 24x7; 1 hr, named engineer; "
                "lifetime consulting; CNY 28,000 p.a. from year 2; all in the contract; full source.",
                CI, response_hours=1, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
        dict(vendor="KL FinCore Sdn. Bhd.", gate="unverified", price="null",
             why="Price 'TBC' ('pending the developer's confirmation'): no price, UNVERIFIED. Filing stated for the system; every "
                 "must-have plus an overseas payment gateway (bloat for a lender with no cross-border business).",
             values=dict(mlps_level3=True, free_maintenance_months=12, support_7x24=True, response_hours=2),
             status=dict(mlps_level3="stated"),
             fin=CI + ["overseas_payment"],
             flin=["price_missing", "bloat_features"],
             flex=["missing_must_have", "no_mlps_level3", "price_below_10w", "price_below_15w", "price_over_budget"]),
        dict(vendor="Shenzhen Qianhai Fenqi Software Co., Ltd.", gate="fail", price=228000,
             why="'CNY 228,000' Incl. VAT, filing stated — but the stated module list has no order tracking and the remarks say "
                 "'Order tracking: N/A - client to track orders in its own ERP': a consumer-installment must-have absent, FAIL.",
             values=dict(mlps_level3=True, free_maintenance_months=12, support_7x24=True, response_hours=2,
                         annual_fee_after_warranty_cny=24000),
             status=dict(mlps_level3="stated"),
             fin=["product_management", "installment_calculator", "user_management", "risk_approval", "repayment_management"],
             fex=["order_tracking"] + BLOAT,
             flin=["missing_must_have"],
             flex=["no_mlps_level3", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "bloat_features"]),
        dict(vendor="Liuzhou Longcheng Software Co., Ltd.", gate="pass", price=138000,
             why="'CNY 138,000' Incl. VAT: caution zone under 15萬. Filing stated; every must-have. '6 months' of logs (not under "
                 "6); '3 months' free; 'N - bug fixes only'; 'T&M' regulatory changes (charged); '9x5 (Mon-Fri)'; next business day; "
                 "no lifetime consulting; CNY 15,000 p.a.; 'N - verbal only'.",
             values=dict(mlps_level3=True, audit_log_months=6, free_maintenance_months=3, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         annual_fee_after_warranty_cny=15000, commitments_in_contract=False),
             status=dict(mlps_level3="stated", free_maintenance_months="stated"),
             fin=CI, fex=BLOAT,
             flin=["price_below_15w", "maintenance_under_12m", "maintenance_excludes_upgrades", "policy_adaptation_charged",
                   "no_7x24", "response_over_2h", "no_lifetime_consulting", "not_in_contract"],
             flex=["price_below_10w", "price_over_budget", "price_missing", "no_mlps_level3", "missing_must_have",
                   "audit_log_under_6m", "bloat_features"]),
    ]
    write_toml("zzzo_02_ci_kl_regional_office_en.toml", comment, "consumer_installment", [C2_FILE],
               "Nanning Greenfield Installment Tech Co., Ltd.",
               "Greenfield proves the level-3 filing of the system it quotes, lists every installment must-have and prices at "
               "257,580 (243,000 before the 6% VAT it names), with 12 months including minor releases, free regulatory changes, "
               "24x7 within an hour, lifetime consulting, all in the contract, full source. Merlion is cheaper and all Y, but its "
               "MLPS is the developer's SaaS filing with the buyer's copy left for the buyer to file (unverified); FinCore's price "
               "is TBC; Qianhai Fenqi has no order tracking (fail); Longcheng passes at 138,000 with thin after-sales.",
               vendors)


# ================================================================================================================ case 3
C3_FILE = "zzzo_03_ml_tw_caiwuchu_bijiao_big5.csv"
C3_VENDORS = ["廈門鷺江數位科技股份有限公司", "泉州刺桐資訊科技有限公司", "福州閩江軟體有限公司", "漳州天寶數據有限公司",
              "廈門同安開源貸工作室"]
FULL_ML = "用戶管理、企業徵信查詢、銀行流水分析、電子簽約、風控審批、還款管理"
C3_ITEMS = [
    ("報價（人民幣）", ["268,000（含稅）", "286,000（未稅，稅率6%）", "259,000（含稅）", "365,000（含稅）", "免費（開源社群版）"]),
    ("選購模組", ["銀行流水分析：選購，價格另議", "無（全部含於報價）", "無", "數據大屏：選購 人民幣 30,000（未稅）", "—"]),
    ("報價含模組", ["用戶管理、企業徵信查詢、電子簽約、風控審批、還款管理", FULL_ML, FULL_ML, FULL_ML, FULL_ML]),
    ("等保", ["等保三級（備案證明編號 35020343015-24007，2024年5月取得，定級對象：鷺江經營貸平台）",
            "等保三級已取得，備案證明編號 35050343004-24002（2024年3月），定級對象：刺桐經營貸業務系統",
            "等保二級（已備案）", "等保三級，備案證明編號 35060243011-23019（2023年12月取得）", "未辦理等保"]),
    ("個資加密", ["國密SM4（身分證號、手機號）", "國密SM4（身分證號、手機號、銀行卡號）", "國密SM4", "國密SM4（身分證號、手機號）",
              "無"]),
    ("傳輸加密", ["HTTPS（TLS 1.2）", "HTTPS（TLS 1.2）", "HTTPS", "HTTPS（TLS 1.2）", "HTTPS"]),
    ("權限控管", ["角色權限控管（RBAC）", "角色權限控管（RBAC），依職務分級授權", "角色權限控管", "角色權限控管（RBAC）",
              "超級管理員一個帳號管理全部功能"]),
    ("稽核日誌保存", ["12個月，異常行為可追溯", "12個月，異常行為可追溯", "12個月", "12個月", "3個月"]),
    ("徵信介接", ["人行徵信中心直連", "人行徵信中心、百行徵信直連", "百行徵信直連", "朴道徵信直連", "無"]),
    ("保固期（免費維護）", ["終身免費維護", "12個月", "12個月", "12個月", "3個月"]),
    ("維護範圍", ["錯誤修正及小版本升級", "錯誤修正及小版本升級", "錯誤修正及小版本升級", "錯誤修正及小版本升級", "僅錯誤修正"]),
    ("法規異動調整", ["免費", "免費", "免費", "免費", "另計"]),
    ("客服時段", ["7×24", "7×24", "7×24", "5×8（週一至週五 9:00-18:00）", "5×8"]),
    ("回應時間", ["2小時內", "緊急30分鐘，一般2小時", "2小時內", "緊急2小時，一般8小時", "隔日"]),
    ("終身技術諮詢", ["有", "有", "有", "有", "無"]),
    ("保固期後年費", ["按合約金額15%/年", "人民幣 30,000/年", "人民幣 26,000/年", "人民幣 40,000/年", "—"]),
    ("載明於合約", ["是", "是，以上承諾全部載明於合約", "是", "是", "否"]),
    ("原始碼交付", ["核心風控引擎加密交付，其餘模組提供原始碼", "完整原始碼，無加密，可二次開發", "完整原始碼",
                "完整原始碼，可二次開發", "開源社群版"]),
    ("財務處備註", ["含稅報價最低、等保三級、功能皆有，建議優先洽談", "未稅，需另加稅", "等保僅二級", "超出預算",
               "免費版，不建議"]),
]


def case3():
    rows = [["台商○○小額貸款（廈門）有限公司　經營貸系統原始碼採購　廠商報價比較表"],
            ["幣別：人民幣（RMB）；各廠商欄位照廠商報價單原文填寫；「財務處備註」列為本處意見，非廠商回覆。"],
            [],
            ["項次", "評比項目"] + C3_VENDORS]
    for i, (label, cells) in enumerate(C3_ITEMS, 1):
        rows.append([str(i), label] + cells)
    write_csv(C3_FILE, rows, "big5")

    comment = """
Voice: the 財務處 of a Taiwan parent company writing, in Traditional Chinese with Taiwan terms (廠商, 選購模組, 個資加密, 權限控管,
  稽核日誌保存, 徵信介接, 保固期, 錯誤修正, 法規異動調整, 客服時段, 回應時間, 隔日, 載明於合約, 原始碼, 數位, 軟體), the comparison for its
  台商-owned 小額貸款 subsidiary in 廈門 (operating loans to Taiwanese-owned small factories and traders; no cross-border
  lending; band 25–35萬). No 萬 and no 新台幣 anywhere: every amount is a full figure in 人民幣.
Layout: Big5 CSV, vendors as COLUMNS. Line 1 title, line 2 note (幣別：人民幣；廠商欄照原文；「財務處備註」列為本處意見), line 3 empty,
  line 4 the header 項次 | 評比項目 | five company names, then 19 item rows (報價（人民幣）, 選購模組, 報價含模組, 等保, 個資加密, 傳輸加密,
  權限控管, 稽核日誌保存, 徵信介接, 保固期（免費維護）, 維護範圍, 法規異動調整, 客服時段, 回應時間, 終身技術諮詢, 保固期後年費, 載明於合約,
  原始碼交付, 財務處備註).
Analyst's reading, written before any code read the file (the product was not run on it).
Reading: one quote per column; the 報價 row's unit is 人民幣 (bare figures are yuan); a price marked 未稅 with its rate gets that
  rate; a must-have only in 選購模組 is added at its price, and with no price it leaves the gate unverified; a deferrable option
  is not added; the 財務處備註 row is the buyer's.
Traps: CARELESS TOP PICK 廈門鷺江數位科技股份有限公司: the lowest tax-inclusive price among the level-3 holders (268,000 含稅), a proven
  filing, 7×24, 2 hours, and 財務處 writes "建議優先洽談". But its module list lacks 銀行流水分析 — a merchant-loan must-have — which
  sits in 選購模組 as "選購，價格另議": an option with no price, so the must-have gate is UNVERIFIED (offered, not missing; nothing
  can be added); besides, "終身免費維護" is the boast (12 months, claimed) and "核心風控引擎加密交付" is partial source. The careful
  pick is 泉州刺桐資訊科技有限公司 (pass): "286,000（未稅，稅率6%）" = 303,160, inside the band; filing 35050343004-24002 for its own
  system; SM4; TLS 1.2; RBAC; 12 months of logs with tracing; 人行 + 百行 direct; every must-have (電子簽約 the contract module);
  12 months with bug fixes and minor upgrades; free 法規異動調整; 7×24; "緊急30分鐘，一般2小時" = 2 h; lifetime consulting;
  30,000 a year; all in the contract; full source. 福州閩江軟體 FAILS: "等保二級（已備案）". 漳州天寶數據 passes but is 365,000 含稅
  (over the band; its 數據大屏 option, deferrable, is not added), with 5×8 and "緊急2小時，一般8小時" (8 h at the slowest).
  廈門同安開源貸工作室 FAILS: "免費（開源社群版）" is 0 and "未辦理等保"; it also has one super-admin account for everything (no access
  control), no SM4, 3 months of logs, no bureau.
Not settled and not asserted: the standing recorded for 鷺江's bank-statement analysis (conditional or unknown), whether
  cashflow_analysis counts among its features and which question flag rides beside it; its yearly fee "按合約金額15%/年" as a
  number (15 % of 268,000 = 40,200 is expected); whether 同安's "開源社群版" is read as any source delivery and whether its "免費"
  carries status conditional; whether 財務處備註 is listed as skipped. None moves a gate or the pick.
"""
    vendors = [
        dict(vendor="廈門鷺江數位科技股份有限公司", gate="unverified", price=268000,
             why="'268,000（含稅）'. 報價含模組 lacks 銀行流水分析; 選購模組 '銀行流水分析：選購，價格另議' — a must-have option with no price: "
                 "UNVERIFIED (nothing to add; offered, so not missing). Filing stated; SM4; TLS 1.2; RBAC; 12 months of logs; 人行 "
                 "direct; '終身免費維護' = 12 months, claimed; free 法規異動調整; 7×24; 2 hours; '核心風控引擎加密交付' partial source.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="partial"),
             status=dict(mlps_level3="stated", free_maintenance_months="claimed"),
             fin=["enterprise_credit", "contract_management", "user_management", "risk_approval", "repayment_management"],
             fex=BLOAT,
             flin=["source_partial"],
             flex=["missing_must_have", "no_mlps_level3", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "no_access_control", "audit_log_under_6m",
                   "no_licensed_credit_bureau", "maintenance_under_12m", "no_7x24", "response_over_2h",
                   "policy_adaptation_charged", "bloat_features", "source_licence_only"]),
        careful("泉州刺桐資訊科技有限公司", 303160,
                "'286,000（未稅，稅率6%）' = 286,000 × 1.06 = 303,160 inside 25–35萬. '等保三級已取得，備案證明編號 35050343004-24002…定級對象："
                "刺桐經營貸業務系統'; 國密SM4 on ID / phone / card numbers; TLS 1.2; RBAC; 12 months of logs with tracing; 人行 + 百行 "
                "direct; every merchant-loan must-have; 12 months with 錯誤修正及小版本升級; 法規異動調整 free; 7×24; '緊急30分鐘，一般2小時' "
                "= 2 h; lifetime consulting; 30,000 a year; all 載明於合約; full unencrypted source.",
                ML, response_hours=2, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
        dict(vendor="福州閩江軟體有限公司", gate="fail", price=259000,
             why="'等保二級（已備案）': level 2 is not level 3, FAIL. '259,000（含稅）'. Every must-have; SM4; HTTPS; roles; 12 months; 7×24; 2 hours.",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         free_maintenance_months=12, support_7x24=True, response_hours=2, annual_fee_after_warranty_cny=26000),
             status=dict(mlps_level3="stated"),
             fin=ML, fex=BLOAT,
             flin=["no_mlps_level3"],
             flex=["missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget", "price_missing",
                   "no_sm4", "no_tls", "no_access_control", "bloat_features"]),
        dict(vendor="漳州天寶數據有限公司", gate="pass", price=365000,
             why="'365,000（含稅）': above the 25–35萬 band; its 選購 '數據大屏 人民幣 30,000（未稅）' is deferrable, not added. Filing "
                 "35060243011-23019; SM4; TLS 1.2; RBAC; 12 months; 朴道 direct; every must-have; 12 months with upgrades; free "
                 "adaptation; '5×8（週一至週五 9:00-18:00）'; '緊急2小時，一般8小時' = 8 h; lifetime consulting; 40,000 a year.",
             values=dict(mlps_level3=True, sm4_encryption=True, licensed_credit_bureau=True, free_maintenance_months=12,
                         policy_adaptation_free=True, support_7x24=False, response_hours=8,
                         annual_fee_after_warranty_cny=40000, source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=ML, fex=["bi_dashboard"] + BLOAT,
             flin=["price_over_budget", "no_7x24", "response_over_2h"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_missing",
                   "maintenance_under_12m", "policy_adaptation_charged", "bloat_features"]),
        dict(vendor="廈門同安開源貸工作室", gate="fail", price=0,
             why="'免費（開源社群版）' = 0: under 10萬, FAIL; '未辦理等保' a stated no, FAIL too. 個資加密 無; '超級管理員一個帳號管理全部功能' "
                 "is no access control; 3 months of logs; 徵信 無; 3 months; bug fixes only; 另計; 5×8; 隔日; no consulting; 否.",
             values=dict(mlps_level3=False, sm4_encryption=False, access_control=False, audit_log_months=3,
                         free_maintenance_months=3, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, lifetime_consulting=False, commitments_in_contract=False),
             fin=ML, fex=BLOAT,
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "no_access_control", "audit_log_under_6m",
                   "maintenance_under_12m", "no_7x24", "response_over_2h", "not_in_contract"],
             flex=["missing_must_have", "price_over_budget", "price_missing", "no_tls", "bloat_features"]),
    ]
    write_toml("zzzo_03_ml_tw_caiwuchu_bijiao_big5.toml", comment, "merchant_loan", [C3_FILE],
               "泉州刺桐資訊科技有限公司",
               "刺桐 proves its level-3 filing, lists every merchant-loan must-have and prices at 303,160 (286,000 before the 6% it "
               "names) inside the band, with 12 months including minor upgrades, free regulatory adaptation, 7×24 within 2 hours, "
               "lifetime consulting, all in the contract, full source. 鷺江's 268,000 leaves bank-statement analysis as an option at "
               "a price not given (unverified), boasts lifetime maintenance and encrypts its risk engine; 閩江 holds level 2; 天寶 is "
               "over the band with 5×8 and 8 hours; 同安 is free and uncertified.",
               vendors)


if __name__ == "__main__":
    case1()
    case2()
    case3()
