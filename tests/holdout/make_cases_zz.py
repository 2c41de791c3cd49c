"""Build the "zz" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside: a workbook of two sheets in which every vendor's row on the first sheet ('商务部分', full company
names) continues on the second ('技术部分', short names, rows in another order) joined by the 序号 alone — the price, tax and
after-sales terms on one sheet, the modules, the priced option and the compliance answers on the other (zz_01); a UTF-8-BOM CSV
contact sheet whose first column is the vendor and whose other columns are the dates of contact ('11-20', '11-25', '12-01'),
each cell what that vendor wrote that day, the latest dated statement governing each topic (a price lowered on 12-01, an 等保
'测评中' replaced by a filing number, an option priced a round later, '价格不变' keeping the earlier figure) (zz_02); a board
summary whose rows are the topics and whose columns are the buyer's verdict buckets ('满足（已见书面材料）' | '有条件/需另付费' |
'不满足' | '待确认（仅口头或笼统表述）'), each cell naming the vendors (by short names from a key above the table) that fall in that
bucket with their own words in brackets; the price, the other modules and the yearly fee are merged rows listing every vendor
(zz_03). The expected reading of every file is in the matching zz_0N_*.toml, written from the file's content,
shared/domain.md and docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zz.py
Measure (not a test):  .venv/bin/python -m tests.holdout.measure zz_
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BLUE, BOLD, CENTER, GREEN, GREY, TITLE, YELLOW, put_row, widths  # noqa: E402
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
# zz_01  个人信用贷 — 合肥蜀山鑫诚小额贷款's 采购组 吴敏 fills the 商务 sheet (full names), the 科技部 许磊 the 技术 sheet (short
#        names, his rows sorted by his own preference); the two are joined by the 序号 only. 吴敏's 商务备注 column and 小结 line,
#        and 许磊's 科技部意见 column, are the buyer's.
# ---------------------------------------------------------------------------------------------
ZZ01_BIZ_HEAD = ["序号", "服务商", "报价（万元）", "计税", "免费维护期", "维护范围", "监管政策适配", "技术支持", "响应时间",
                 "终身技术咨询", "售后写入合同", "维保期满后年费", "源码交付", "商务备注（吴敏）"]
ZZ01_BIZ = [
    ["1", "芜湖镜湖数科有限公司", "22.8", "含税", "12个月", "缺陷修复及小版本升级", "免费", "7×24小时", "1小时内（指定工程师）",
     "提供", "是", "2.5万元/年", "完整源码，无加密，可二次开发", "条款都给了合同样稿"],
    ["2", "蚌埠龙子湖云科技有限公司", "19.6", "含税", "终身免费维护", "全包", "积极配合", "7×24小时", "第一时间", "终身",
     "可协商写入", "无（终身维护）", "提供源码（风控引擎加密）", "价格低，送的多，张总倾向"],
    ["3", "淮南田家庵软件有限公司", "20.2", "含税（选配模块见技术表）", "12个月", "缺陷修复及小版本升级", "免费",
     "5×8（工作日8:30-17:30）", "4小时内", "提供", "是", "2.2万元/年", "完整源码，可二次开发", "风控模型要另加，见技术表"],
    ["4", "六安金安网络科技有限公司", "12.8", "含税", "6个月", "仅修复bug", "按次收费", "5×8", "次日", "不提供", "是",
     "按次收费，每次5000元", "完整源码", "最便宜"],
    ["5", "马鞍山雨山信息技术有限公司", "20.8", "不含税（增值税另计）", "12个月", "缺陷修复及小版本升级",
     "一般调整免费，重大监管政策调整另行报价", "7×24小时", "2小时内", "提供", "是", "3.0万元/年", "完整源码，无加密", "不含税价"],
    ["6", "安庆迎江数据服务有限公司", "退出（11-26邮件：项目排期已满，不参与本次报价）"] + ["—"] * 10 + ["已退出"],
]
ZZ01_TECH_HEAD = ["序号", "服务商（简称）", "功能模块", "选配模块（价格）", "等保三级", "敏感数据加密", "传输加密", "权限管理",
                  "日志保存", "征信接口", "科技部意见（许磊）"]
ZZ01_TECH = [  # sorted by 许磊's preference, NOT by 序号
    ["1", "镜湖数科", "人行二代征信、百行征信对接、评分卡风控模型、反欺诈模型、还款计划及提醒、风控审批流、用户管理", "无",
     "已取得（备案证明34020243011-24006）", "SM4（身份证号、手机号、银行卡号）", "HTTPS（TLS1.2）", "RBAC角色权限",
     "12个月，异常操作可追溯", "人行征信中心、百行征信", "材料最全，首选"],
    ["5", "雨山信息", "个人征信（人行、百行）、风控模型、反欺诈模型、还款管理、风控审批、用户管理、营销插件", "无",
     "已取得（备案证明34050243013-24008）", "SM4（身份证号、手机号、银行卡号）", "HTTPS", "RBAC", "12个月",
     "人行征信中心、百行征信", "技术上没问题"],
    ["3", "田家庵", "人行二代征信、百行征信对接、反欺诈模型、还款计划及逾期提醒、风控审批流、用户管理",
     "风控模型（评分卡+决策引擎）另加2.4万元（不含税），未含在商务报价内",
     "已取得（备案证明34040243007-24002）", "SM4（身份证号、手机号）", "HTTPS（TLS1.2）", "RBAC", "12个月",
     "人行征信中心、百行征信", "风控模型必须买"],
    ["4", "金安网络", "个人征信对接、风控模型、还款管理、审批流、用户管理", "无",
     "已取得（备案证明34150243002-23009）", "AES", "HTTPS", "有", "3个月", "百行征信", "没有反欺诈，加密不是国密"],
    ["2", "龙子湖云", "个人征信查询、AI智能风控、反欺诈、还款管理、审批流、用户管理、区块链存证、智能客服机器人、元宇宙营销", "无",
     "支持等保三级，按三级标准建设", "国密算法", "HTTPS", "有", "长期保存", "支持对接各类征信", "资质材料没给，模块太多用不上"],
    ["6", "迎江数据", "—", "—", "—", "—", "—", "—", "—", "—", "已退出"],
]


def build_zz01():
    name = "zz_01_pc_shangwu_jishu_liangbiao_xuhao.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "商务部分"
    n1 = len(ZZ01_BIZ_HEAD)
    widths(ws, [6, 26, 12, 16, 14, 18, 22, 18, 16, 12, 12, 16, 22, 22])
    _text(ws, 1, 1, n1, "合肥蜀山鑫诚小额贷款有限公司　个人信用贷系统源码比价（一）商务部分", font=TITLE, height=24)
    _text(ws, 2, 1, n1,
          "采购组 吴敏 填写，2025-12-03。我司只做合肥本地个人信用贷，无跨境业务，预算18–25万。技术部分见第二张表“技术部分”（科技部填写，"
          "序号与本表一致）。报价以各家书面报价单为准。", height=32)
    put_row(ws, 3, ZZ01_BIZ_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(ZZ01_BIZ, start=4):
        assert len(row) == n1, row[1]
        put_row(ws, i, _cells(row))
        ws.cell(row=i, column=n1).fill = YELLOW
        ws.row_dimensions[i].height = 32
    r = 4 + len(ZZ01_BIZ) + 1
    _text(ws, r, 1, n1,
          "商务小结（吴敏）：龙子湖报价19.6万，终身维护，还送区块链存证、智能客服、元宇宙营销，张总倾向；镜湖22.8万，条款最完整；"
          "迎江退出。", font=BOLD, height=30)
    ws.freeze_panes = "C4"

    wt = wb.create_sheet("技术部分")
    n2 = len(ZZ01_TECH_HEAD)
    widths(wt, [6, 12, 40, 30, 28, 24, 16, 14, 18, 20, 22])
    _text(wt, 1, 1, n2, "个人信用贷系统源码比价（二）技术部分", font=TITLE, height=24)
    _text(wt, 2, 1, n2, "科技部 许磊 填写，2025-12-02。按各家技术应答文件整理；序号同商务部分，按科技部推荐顺序排列。", height=20)
    put_row(wt, 3, ZZ01_TECH_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    for i, row in enumerate(ZZ01_TECH, start=4):
        assert len(row) == n2, row[1]
        put_row(wt, i, _cells(row))
        wt.cell(row=i, column=n2).fill = YELLOW
        wt.row_dimensions[i].height = 44
    wt.freeze_panes = "C4"
    _save(wb, name)

    top = good("芜湖镜湖数科有限公司", 228000,
               "商务部分 序号1: '22.8' under 报价（万元）, 计税 '含税' = 228,000 inside 18–25万; 技术部分 序号1 (镜湖数科, first row): 人行二代"
               "征信、百行征信对接、评分卡风控模型、反欺诈模型、还款计划及提醒、风控审批流、用户管理, no option, no bloat; '已取得（备案证明"
               "34020243011-24006）' (stated); SM4 on ID/mobile/bank card; HTTPS TLS1.2; RBAC; logs 12 months with tracing; 人行征信中心 + "
               "百行; back on 商务: 12 months, 缺陷修复及小版本升级, policy 免费, 7×24, '1小时内（指定工程师）' = 1 h, consulting 提供, 写入合同 是, "
               "'2.5万元/年' = 25,000, 完整源码 无加密.",
               PC + ["anti_fraud"] + CORE, response_hours=1, annual_fee_after_warranty_cny=25000, source_code_delivery="full")
    top["flex"] = ALL_BAD + ["no_anti_fraud"]
    vendors = [
        top,
        dict(vendor="蚌埠龙子湖云科技有限公司", gate="unverified", price=196000,
             why="商务部分 序号2: '19.6' 含税 = 196,000 inside 18–25万 (no price flag); 技术部分 序号2 is the fifth row (龙子湖云): 个人征信"
                 "查询、AI智能风控、反欺诈、还款管理、审批流、用户管理 (every must-have) plus 区块链存证、智能客服机器人、元宇宙营销 (bloat; no "
                 "cross-border business); '支持等保三级，按三级标准建设' (claimed: unverified); '国密算法' (which one? claimed); HTTPS (stated); "
                 "权限管理 '有'; '长期保存' (no period: claimed); '支持对接各类征信' (no body: claimed); on 商务: '终身免费维护' (claimed "
                 "lifetime), '积极配合', '第一时间', '可协商写入' state nothing; '7×24小时' stated; '无（终身维护）' is no yearly amount; "
                 "'提供源码（风控引擎加密）' is partial. 张总's preference is the buyer's.",
             values=dict(tls=True, access_control=True, support_7x24=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=PC + ["anti_fraud"] + CORE + ["blockchain_evidence", "ai_customer_service", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"],
             flex=CLAIM_FLEX + ["no_anti_fraud", "source_licence_only"]),
        dict(vendor="淮南田家庵软件有限公司", gate="pass", price=229120,
             why="商务部分 序号3: '20.2' 含税 = 202,000; 技术部分 序号3 (田家庵, third row): the list has no risk model, and 选配 '风控模型"
                 "（评分卡+决策引擎）另加2.4万元（不含税），未含在商务报价内' makes the must-have an option added with 13% VAT beside a tax-inclusive "
                 "price (conditional): 202,000 + 24,000 × 1.13 = 202,000 + 27,120 = 229,120 inside 18–25万; 人行二代 + 百行, 反欺诈模型, 还款计划"
                 "及逾期提醒, 风控审批流, 用户管理; '已取得（备案证明34040243007-24002）'; SM4 on ID/mobile; HTTPS TLS1.2; RBAC; 12 months logs; "
                 "人行 + 百行; on 商务: 12 months with 小版本升级, policy 免费, '5×8（工作日8:30-17:30）' (no 7×24; the times are no figures), "
                 "'4小时内' = 4 h, consulting 提供, contract 是, '2.2万元/年' = 22,000, full source.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", support_7x24="stated", response_hours="stated"),
             fin=PC + ["anti_fraud"] + CORE, fex=BLOAT,
             flin=["conditional", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"]
             + _but(AFTER_BAD, "no_7x24", "response_over_2h")),
        dict(vendor="六安金安网络科技有限公司", gate="pass", price=128000,
             why="商务部分 序号4: '12.8' 含税 = 128,000 (caution zone: cheaper is not better); 技术部分 序号4 (金安网络): 个人征信对接、风控"
                 "模型、还款管理、审批流、用户管理 — every must-have, no anti-fraud (no_anti_fraud); '已取得（备案证明34150243002-23009）' "
                 "(stated: gate met); 'AES' (no SM4); HTTPS; 权限 '有'; '3个月' logs (under 6); 百行征信; on 商务: 6个月, '仅修复bug' (no "
                 "upgrades), policy '按次收费' (charged), 5×8, '次日', consulting 不提供, contract 是, '按次收费，每次5000元' (per incident, no "
                 "yearly amount), 完整源码.",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=PC + CORE, fex=["anti_fraud"] + BLOAT,
             flin=["price_below_15w", "no_anti_fraud"] + WEAK_IN,
             flex=["price_below_10w"] + WEAK_EX + ["source_partial", "source_licence_only"]),
        dict(vendor="马鞍山雨山信息技术有限公司", gate="pass", price=235040,
             why="商务部分 序号5: '20.8' with 计税 '不含税（增值税另计）' (no rate named: the default 13%): 208,000 × 1.13 = 235,040 inside "
                 "18–25万; 技术部分 序号5 (雨山信息, second row): 个人征信（人行、百行）、风控模型、反欺诈模型、还款管理、风控审批、用户管理 "
                 "plus 营销插件 (deferrable), no bloat; '已取得（备案证明34050243013-24008）'; SM4 on ID/mobile/bank card; HTTPS; RBAC; 12 "
                 "months; 人行 + 百行; on 商务: 12 months with 小版本升级, '一般调整免费，重大监管政策调整另行报价' (conditional: charged at the "
                 "base price), 7×24, '2小时内' = 2 h, consulting 提供, contract 是, '3.0万元/年' = 30,000, full unencrypted source.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", policy_adaptation_free="conditional",
                         response_hours="stated"),
             fin=PC + ["anti_fraud", "marketing_plugins"] + CORE, fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_anti_fraud"] + _but(AFTER_BAD, "policy_adaptation_charged")),
    ]
    write_toml(
        "zz_01_pc_shangwu_jishu_liangbiao_xuhao.toml",
        """Voice: 吴敏 of the 采购组 (商务 sheet, 2025-12-03) and 许磊 of the 科技部 (技术 sheet, 2025-12-02) at 合肥蜀山鑫诚小额贷款
  (local personal credit only, no cross-border business, budget 18–25万); the 商务备注 column, 吴敏's 小结 (with 张总's
  preference) and the 科技部意见 column are the buyer's.
Layout: a workbook of TWO sheets, each vendor's row split over both and JOINED BY 序号 ONLY — '商务部分' (title, note row, header
  序号 | 服务商 (full names) | 报价（万元） | 计税 | 免费维护期 | 维护范围 | 监管政策适配 | 技术支持 | 响应时间 | 终身技术咨询 | 售后写入合同 |
  维保期满后年费 | 源码交付 | 商务备注, rows in 序号 order, the sixth a withdrawal and dashes, 小结 under the table) and '技术部分' (header
  序号 | 服务商（简称） | 功能模块 | 选配模块（价格） | 等保三级 | 敏感数据加密 | 传输加密 | 权限管理 | 日志保存 | 征信接口 | 科技部意见, the
  vendors ABBREVIATED ('镜湖数科', '龙子湖云', '田家庵', '金安网络', '雨山信息', '迎江数据') and the rows in the 科技部's order of
  preference: 序号 1, 5, 3, 4, 2, 6).
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the two halves of a vendor belong together by 序号, not by row position (the second row of 技术部分 is 序号5 雨山, not
  龙子湖) — each vendor is ONE quote with its price from 商务 and its modules and compliance from 技术, never two quotes and never
  a short-name quote without a price; 田家庵's must-have 风控模型 is priced on the 技术 sheet, '另加2.4万元（不含税）' beside a 含税 price:
  202,000 + 24,000 × 1.13 = 229,120 (conditional, added); 雨山's '不含税（增值税另计）' names no rate: 208,000 × 1.13 = 235,040;
  金安 is 128,000 in the caution zone with AES, 3-month logs, 6 months bug-only and no anti-fraud; 龙子湖 (张总's pick, 19.6万)
  only claims ('支持等保三级，按三级标准建设', '国密算法', '长期保存', '支持对接各类征信', '终身免费维护'), pads with three bloat modules
  and encrypts its risk engine (unverified); 迎江 withdrew (not listed); '11-26', '8:30-17:30', the filing numbers and '5000元'
  per incident are no prices.""",
        "personal_credit", [name], "芜湖镜湖数科有限公司",
        "芜湖镜湖 (序号1 on both sheets) proves every gate (备案证明34020243011-24006, SM4 on ID/mobile/bank card, HTTPS TLS1.2, RBAC, "
        "12-month logs, 人行 + 百行), has every personal-credit must-have with anti-fraud and no bloat, and gives 12 months with "
        "upgrades, free policy adaptation, 7×24 within 1 hour by a named engineer, lifetime consulting, all in the contract, full "
        "unencrypted source — at 228,000 含税 inside 18–25万 (3 years 228,000 + 2 × 25,000 = 278,000). 田家庵 is 229,120 only with its "
        "risk-model option and offers 5×8 within 4 hours; 雨山 is 235,040 (不含税 at 13%) and charges major policy changes; 金安 is "
        "128,000 in the caution zone with AES, 3-month logs, 6 months bug-only and no anti-fraud; 张总's pick 龙子湖 (196,000) only "
        "claims (unverified), pads with three bloat modules and encrypts its risk engine; 迎江 withdrew.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zz_02  商户经营贷 — 南宁青秀桂融小额贷款's 业务部 黄志远 keeps one line per vendor and one column per date of contact, pasting
#        what each vendor wrote that day (mail or WeChat) into the date's cell; his 备注 column and 结论 line are his.
# ---------------------------------------------------------------------------------------------
ZZ02_DATES = ["11-20", "11-25", "12-01"]
ZZ02_ROWS = [  # vendor, three dated statements, his note
    ["柳州城中数科有限公司",
     "邮件报价：合计31.8万元（含税），含企业征信查询、银行流水分析、电子合同、风控审批、还款计划及逾期提醒、用户管理；维保期满后年费"
     "2.8万元/年。等保三级测评中，预计12月取得。",
     "微信发来备案证明扫描件：等保三级已取得，备案证明45020243010-24004；身份证号、手机号、对公账号SM4加密存储；全站HTTPS（TLS1.2）；"
     "RBAC角色权限；操作日志保存12个月，异常操作可追溯；征信对接人行征信中心、百行征信。",
     "邮件最终报价：优惠后合计29.8万元（含税），模块不变。合同条款：免费维护12个月，含缺陷修复和小版本升级；监管政策调整免费适配；"
     "7×24小时技术支持，指定工程师2小时内响应；终身技术咨询；以上写入合同；交付完整源码，无加密，可二次开发。",
     "12-01为最终价，合同样稿已发法务"],
    ["桂林秀峰云链科技有限公司",
     "微信报价：26.5万元（含税）全功能版，企业征信、流水分析、电子合同、风控审批、还款管理、用户管理全含，再送区块链存证、"
     "智能客服机器人、海外支付通道。",
     "邮件答复资质：系统符合等保三级要求，测评材料签约后提供；数据采用国密算法加密；HTTPS；权限管理完善；日志长期保存；"
     "可对接各大征信机构。",
     "微信：价格不变。终身免费维护，7×24小时服务，第一时间响应；提供源码，核心风控引擎加密；维保期后无年费（终身维护）；合同条款可协商。",
     "韦总比较看好，价格低还送模块；备案证明一直没给"],
    ["北海海城软件有限公司",
     "邮件报价：28.0万元（含税），含企业征信、银行流水分析、风控审批、还款管理、用户管理；电子合同为选配模块，价格另报。",
     "邮件补充：电子合同模块选配价3.0万元（不含税），未含在28.0万内。",
     "邮件答复条款：等保三级已取得，备案证明45050243006-24011；身份证号、手机号SM4加密；HTTPS；RBAC权限管理；日志保存12个月；"
     "对接人行征信中心；免费维护12个月，含小版本升级；监管政策调整免费适配；5×8小时（工作日）支持，4小时内响应；提供终身技术咨询；"
     "售后条款写入合同；交付完整源码；维保期满后年费2.4万元/年。",
     "电子合同要另加钱"],
    ["梧州万秀网络科技有限公司",
     "微信报价：14.5万元（含税），企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理都有。",
     "微信：等保三级备案证明45040043003-23015；数据加密用AES；有HTTPS；有权限管理；日志保存3个月；对接百行征信。",
     "微信：最低13.6万元（含税）。免费维护6个月，只修bug；政策调整按次收费；工作日支持，次日响应；不提供终身咨询；售后条款写入合同；"
     "源码完整交付；维保期后按次收费，每次4000元。",
     "便宜，售后弱"],
    ["玉林玉州信息技术有限公司",
     "邮件报价：27.5万元（不含税，税率6%），含企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、数据分析大屏。",
     "邮件：等保三级已取得，备案证明45090243012-24009；身份证号、手机号SM4加密；HTTPS（TLS1.2）；RBAC；日志保存12个月；"
     "对接人行征信中心、朴道征信。",
     "邮件：价格维持27.5万元（不含税，税率6%）。免费维护12个月含小版本升级；一般政策调整免费，重大监管政策调整另行报价；"
     "7×24小时，2小时内响应；终身技术咨询；以上写入合同；完整源码无加密；年费3.0万元/年。",
     "报的是不含税价"],
    ["钦州钦南数据服务有限公司", "邮件：已收到询价函，一周内报价。", "邮件：项目排期已满，本次不参与报价。", "", "退出"],
]


def build_zz02():
    name = "zz_02_ml_riqi_lie_zuixin_weizhun.csv"
    width = 2 + len(ZZ02_DATES)
    pad = lambda row: row + [""] * (width - len(row))  # noqa: E731
    rows = [pad(["南宁青秀桂融小额贷款有限公司 商户经营贷系统源码 询价跟进表（业务部 黄志远，2025-12-03）"]),
            pad(["说明：每家一行，每次联系一列（列名为日期），格子里是对方当天的书面回复（邮件或微信）原话摘录；同一事项前后说法不一致的，"
                 "以日期最新的为准。我司只做南宁本地小微商户经营贷，无跨境业务，预算25～35万。"]),
            ["服务商"] + ZZ02_DATES + ["黄志远备注"]]
    for row in ZZ02_ROWS:
        assert len(row) == width, row[0]
        rows.append(row)
    rows += [pad([]),
             pad(["结论（黄志远）：韦总倾向桂林秀峰（26.5万，送区块链存证、智能客服机器人、海外支付通道，终身维护），但资质一直是口头；"
                  "柳州城中12-01降到29.8万，材料齐全，建议优先；钦州钦南退出。"])]
    write_csv(name, rows, "utf-8-sig")

    top = good("柳州城中数科有限公司", 298000,
               "row 柳州城中: 11-20 '合计31.8万元（含税）' is replaced by 12-01 '优惠后合计29.8万元（含税），模块不变' = 298,000 inside 25–35万; "
               "modules (11-20, kept by '模块不变'): 企业征信查询, 银行流水分析, 电子合同, 风控审批, 还款计划及逾期提醒, 用户管理, no bloat; 11-20 "
               "'等保三级测评中' is replaced by 11-25 '已取得，备案证明45020243010-24004' (stated); SM4 on ID/mobile/对公账号; HTTPS TLS1.2; "
               "RBAC; logs 12 months with tracing; 人行 + 百行; 12-01: 12 months with 小版本升级, free policy adaptation, 7×24 with a named "
               "engineer within 2 hours, lifetime consulting, in the contract, full unencrypted source; 11-20 '2.8万元/年' = 28,000.",
               ML + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=28000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="桂林秀峰云链科技有限公司", gate="unverified", price=265000,
             why="row 桂林秀峰: 11-20 '26.5万元（含税）', kept by 12-01 '价格不变' = 265,000 inside 25–35万 (no price flag); 企业征信, 流水分析, "
                 "电子合同, 风控审批, 还款管理, 用户管理 (every must-have) plus '再送区块链存证、智能客服机器人、海外支付通道' (bloat; no "
                 "cross-border business); 11-25 '系统符合等保三级要求，测评材料签约后提供' (claimed: unverified), '国密算法' (claimed), HTTPS "
                 "(stated), '日志长期保存' (claimed), '可对接各大征信机构' (claimed); 12-01 '终身免费维护' (claimed lifetime), '第一时间响应' and "
                 "'合同条款可协商' state nothing; '无年费（终身维护）' is no yearly amount; '核心风控引擎加密' is partial. 韦总's preference is "
                 "the buyer's.",
             values=dict(tls=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=ML + CORE + ["repayment_management", "blockchain_evidence", "ai_customer_service", "overseas_payment"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="北海海城软件有限公司", gate="pass", price=313900,
             why="row 北海海城: 11-20 '28.0万元（含税）' with '电子合同为选配模块，价格另报'; 11-25 prices it: '选配价3.0万元（不含税），未含在28.0万内' "
                 "— the must-have contract management added with 13% VAT beside a tax-inclusive price (conditional): 280,000 + 30,000 × 1.13 "
                 "= 280,000 + 33,900 = 313,900 inside 25–35万; 企业征信, 银行流水分析, 风控审批, 还款管理, 用户管理; 12-01: '已取得，备案证明"
                 "45050243006-24011' (stated); SM4 on ID/mobile; HTTPS; RBAC; logs 12 months; 人行征信中心; 12 months with 小版本升级; "
                 "policy free; '5×8小时（工作日）支持，4小时内响应' (no 7×24, 4 h); consulting; contract; full source; '2.4万元/年' = 24,000.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=False, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", support_7x24="stated", response_hours="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["conditional", "no_7x24", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "no_7x24", "response_over_2h")),
        dict(vendor="梧州万秀网络科技有限公司", gate="pass", price=136000,
             why="row 梧州万秀: 11-20 '14.5万元（含税）' is replaced by 12-01 '最低13.6万元（含税）' = 136,000 (caution zone: cheaper is not "
                 "better); every merchant-loan must-have (11-20); 11-25 '等保三级备案证明45040043003-23015' (stated: gate met), 'AES' (no SM4), "
                 "HTTPS, 权限管理, '日志保存3个月' (under 6), 百行征信; 12-01: '免费维护6个月，只修bug' (6 months, no upgrades), '政策调整按次收费' "
                 "(charged), '工作日支持，次日响应' (no 7×24, over 2 h), '不提供终身咨询', '售后条款写入合同', '源码完整交付', '按次收费，每次"
                 "4000元' (per incident, no yearly amount).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_15w"] + WEAK_IN,
             flex=["price_below_10w"] + WEAK_EX + ["source_partial", "source_licence_only"]),
        dict(vendor="玉林玉州信息技术有限公司", gate="pass", price=291500,
             why="row 玉林玉州: '27.5万元（不含税，税率6%）' on 11-20, kept on 12-01 ('价格维持') — its own rate: 275,000 × 1.06 = 291,500 "
                 "inside 25–35万; 企业征信, 银行流水分析, 电子合同, 风控审批, 还款管理, 用户管理 plus 数据分析大屏 (deferrable), no bloat; 11-25 "
                 "'已取得，备案证明45090243012-24009'; SM4 on ID/mobile; HTTPS TLS1.2; RBAC; logs 12 months; 人行 + 朴道; 12-01: 12 months with "
                 "小版本升级; '一般政策调整免费，重大监管政策调整另行报价' (conditional: charged at the base price); 7×24 within 2 hours; "
                 "consulting; contract; full unencrypted source; '3.0万元/年' = 30,000.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=False, support_7x24=True, response_hours=2, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", policy_adaptation_free="conditional",
                         response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flin=["conditional", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "policy_adaptation_charged")),
    ]
    write_toml(
        "zz_02_ml_riqi_lie_zuixin_weizhun.toml",
        """Voice: 黄志远 of the 业务部 at 南宁青秀桂融小额贷款 (local small-business operating loans, no cross-border business, budget
  25～35万) on 2025-12-03; the dated cells are the vendors' written words (mail or WeChat) as he pasted them, the 黄志远备注 column
  and the 结论 line (with 韦总's preference) are his.
Layout: CSV, UTF-8 with BOM, CRLF — a title line, his note line (one row per vendor, one column per contact date, the latest date
  governs a topic), a header 服务商 | 11-20 | 11-25 | 12-01 | 黄志远备注, SIX VENDOR ROWS whose facts are spread over the three DATE
  COLUMNS (price and modules on 11-20, qualifications on 11-25, final price and terms on 12-01, each vendor a little differently),
  the sixth a vendor that acknowledged and then declined, an empty cell for its 12-01; a blank line and his 结论.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the date headers are no vendors and no amounts; each vendor is ONE quote built from its three cells, a later date's
  statement governing the same topic and an earlier one standing where nothing later speaks: 柳州城中's 31.8万 gives way to
  '优惠后合计29.8万元（含税）' (298,000) and its '等保三级测评中，预计12月取得' to the 11-25 filing number (stated), while '模块不变' keeps the
  11-20 modules and its 11-20 yearly fee stands; 桂林秀峰's '价格不变' keeps 26.5万 (265,000); 梧州万秀's '最低13.6万元' replaces
  14.5万 (136,000, caution zone); 北海海城's 11-20 '电子合同为选配模块，价格另报' is priced on 11-25 at '3.0万元（不含税）': 280,000 +
  30,000 × 1.13 = 313,900 (conditional, added); 玉林玉州 '27.5万元（不含税，税率6%）' is 291,500; 桂林秀峰 (韦总's pick) only claims
  ('符合等保三级要求，测评材料签约后提供', '国密算法', '长期保存', '各大征信机构', '终身免费维护'), pads with three bloat modules and
  encrypts its core risk engine (unverified); 钦州钦南 declined on 11-25 (not listed); filing numbers, '12月', '一周内' and '4000元'
  per incident are no prices.""",
        "merchant_loan", [name], "柳州城中数科有限公司",
        "柳州城中 (read at its latest dates) proves every gate (11-25 备案证明45020243010-24004 replacing 11-20's '测评中', SM4 on "
        "ID/mobile/对公账号, HTTPS TLS1.2, RBAC, 12-month logs, 人行 + 百行), has every merchant-loan must-have and no bloat, and gives "
        "12 months with upgrades, free policy adaptation, 7×24 within 2 hours by a named engineer, lifetime consulting, all in the "
        "contract, full unencrypted source — at its 12-01 final 298,000 含税 inside 25–35万 (3 years 298,000 + 2 × 28,000 = 354,000). "
        "玉林玉州 is 291,500 (不含税 6%) and charges major policy changes; 北海海城 is 313,900 only with its e-contract option and offers "
        "5×8 within 4 hours; 梧州万秀 is 136,000 in the caution zone with AES, 3-month logs and 6 months bug-only; 韦总's pick 桂林秀峰 "
        "(265,000) only claims (unverified), pads with three bloat modules and encrypts its risk engine; 钦州钦南 declined.",
        vendors)


# ---------------------------------------------------------------------------------------------
# zz_03  消费分期 — 昆明盘龙滇信小额贷款's 总经理办公室 李婷 prepares a one-page summary for the 董事会: a key of the candidates'
#        short names, then one row per topic and one column per verdict, the vendors named in the bucket their written answer puts
#        them in (their own words in brackets). The buckets, the key and her 建议 line are hers.
# ---------------------------------------------------------------------------------------------
ZZ03_KEY = ("参与比价（括号内为下表简称）：①昆明五华数科有限公司（五华）；②大理古城云科技有限公司（大理）；③曲靖麒麟软件有限公司（麒麟）；"
            "④玉溪红塔网络科技有限公司（红塔）；⑤保山隆阳信息技术有限公司（隆阳）；⑥丽江古城数据服务有限公司（丽江，11-27来函退出，不参与报价）。")
ZZ03_HEAD = ["序号", "对比项", "满足（已见书面材料）", "有条件/需另付费", "不满足", "待确认（仅口头或笼统表述，括号内为原话）"]
MERGED = object()
ZZ03_ROWS = [  # (序号, 对比项, either MERGED + one text, or four bucket texts)
    ("1", "报价", MERGED,
     "五华 24.6万元（含税）；大理 21.8万元（含税）；麒麟 22.0万元（含税，不含选配）；红塔 8.8万元（含税）；"
     "隆阳 23.0万元（不含税，增值税另计）；丽江 —（已退出）"),
    ("2", "必备模块：商品管理、分期计算器、订单跟踪", None,
     ["五华、大理、红塔、隆阳",
      "麒麟（商品管理、分期计算器已含；订单跟踪为选配模块，另加2.2万元（不含税），未含在22.0万内）", "—", "—"]),
    ("3", "其他模块", MERGED,
     "五华：还款计划及提醒、风控审批、用户管理；大理：还款管理、风控审批、用户管理，另赠送智能客服机器人、区块链存证、元宇宙营销；"
     "麒麟：还款管理、风控审批、用户管理、积分商城；红塔：还款管理、风控审批、用户管理；隆阳：还款管理、风控审批、用户管理、社交分享"),
    ("4", "等保三级", None,
     ["五华（备案证明53010243015-24003）、麒麟（备案证明53030243008-24012）、红塔（备案证明53040043002-23017）、"
      "隆阳（备案证明53050243011-24006）", "—", "—", "大理（“系统符合等保三级要求，相关证明签约后提供”）"]),
    ("5", "敏感数据国密SM4加密", None,
     ["五华（SM4：身份证号、手机号、银行卡号）、麒麟（SM4：身份证号、手机号）、隆阳（SM4：身份证号、手机号）", "—",
      "红塔（“采用AES加密”）", "大理（“采用国密算法加密”）"]),
    ("6", "全站HTTPS", None, ["五华、大理、麒麟、红塔、隆阳", "—", "—", "—"]),
    ("7", "角色权限管理", None, ["五华、大理、麒麟、红塔、隆阳", "—", "—", "—"]),
    ("8", "操作日志保存≥6个月", None,
     ["五华（12个月，异常操作可追溯）、麒麟（12个月）、隆阳（12个月）", "—", "红塔（3个月）", "大理（“日志长期保存”）"]),
    ("9", "只对接持牌征信机构", None,
     ["五华（百行征信、朴道征信）、麒麟（百行征信）、红塔（百行征信）、隆阳（中国人民银行征信中心）", "—", "—",
      "大理（“可对接主流征信机构”）"]),
    ("10", "免费维护≥12个月，含缺陷修复及小版本升级", None,
     ["五华（12个月，含缺陷修复和小版本升级）、麒麟（12个月，含小版本升级）、隆阳（12个月，含小版本升级）", "—",
      "红塔（免费维护6个月，仅修复缺陷）", "大理（“终身免费维护”）"]),
    ("11", "监管政策调整免费适配", None,
     ["五华、麒麟、隆阳", "—", "红塔（按次收费）", "大理（“积极配合监管要求”）"]),
    ("12", "7×24小时技术支持，2小时内响应", None,
     ["五华（7×24，2小时内响应）、隆阳（7×24，1小时内响应）", "—", "麒麟（7×24，但4小时内响应）、红塔（5×8，次日响应）",
      "大理（“7×24小时服务，第一时间响应”）"]),
    ("13", "终身技术咨询", None, ["五华、麒麟", "—", "红塔（不提供）、隆阳（不提供）", "—"]),
    ("14", "售后承诺写入合同", None, ["五华、麒麟、红塔、隆阳", "—", "—", "大理（“可协商写入合同”）"]),
    ("15", "交付完整源码（无加密，可二次开发）", None,
     ["五华（完整源码，无加密）、麒麟（完整源码，可二次开发）、隆阳（完整源码，无加密）", "—",
      "大理（“提供源码，核心风控引擎加密”）、红塔（“授权绑定域名使用，不交付源码”）", "—"]),
    ("16", "维保期满后年费", MERGED,
     "五华 2.6万元/年；大理 无（终身维护）；麒麟 2.2万元/年；红塔 按次收费，每次5000元；隆阳 2.8万元/年"),
]


def build_zz03():
    name = "zz_03_ci_fenlei_tong_manzu_bumanzu.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "董事会汇报-比价要点"
    widths(ws, [6, 26, 44, 34, 34, 36])
    _text(ws, 1, 1, 6, "昆明盘龙滇信小额贷款有限公司　消费分期系统源码选型　比价要点（董事会汇报用）", font=TITLE, height=24)
    _text(ws, 2, 1, 6,
          "总经理办公室 李婷，2025-12-04。我司做昆明本地3C及家电消费分期，无跨境业务，预算20–30万。下表按对比项归类：各家按书面应答材料"
          "归入“满足 / 有条件或需另付费 / 不满足”三栏；只在电话或演示中口头说过、或书面只写笼统表述的，归入“待确认”，括号内照录原话。",
          height=46)
    _text(ws, 3, 1, 6, ZZ03_KEY, height=34, fill=GREY)
    put_row(ws, 4, ZZ03_HEAD, font=BOLD, fill=BLUE, align=CENTER)
    ws.row_dimensions[4].height = 30
    r = 5
    for no, label, kind, cells in ZZ03_ROWS:
        put_row(ws, r, [no, label], font=BOLD)
        if kind is MERGED:
            put_row(ws, r, [cells, None, None, None], start=3)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
            ws.cell(row=r, column=3).fill = GREY
        else:
            assert len(cells) == 4, label
            put_row(ws, r, cells, start=3)
            ws.cell(row=r, column=3).fill = GREEN
        ws.row_dimensions[r].height = 48
        r += 1
    r += 1
    _text(ws, r, 1, 6,
          "建议（李婷）：王总看好大理（21.8万，赠送智能客服机器人、区块链存证、元宇宙营销，终身维护），但其资质和售后均停留在口头，"
          "建议列为待定；五华各项均有书面材料，建议作为首选；红塔不足10万且不交付源码，不建议。", font=BOLD, height=36)
    ws.freeze_panes = "C5"
    _save(wb, name)

    top = good("昆明五华数科有限公司", 246000,
               "报价 row: '五华 24.6万元（含税）' = 246,000 inside 20–30万; 必备模块 row: 五华 under 满足（已见书面材料） = 商品管理, 分期计算器, "
               "订单跟踪; 其他模块: 还款计划及提醒, 风控审批, 用户管理, no bloat; 满足 column (written proof) on every topic: 备案证明"
               "53010243015-24003 (stated), SM4 on ID/mobile/bank card, HTTPS, 角色权限, 12 months logs with tracing, 百行 + 朴道, 12 months "
               "with 缺陷修复 and 小版本升级, free policy adaptation, '7×24，2小时内响应' (2 h), lifetime consulting, in the contract, "
               "'完整源码，无加密'; 年费 row '2.6万元/年' = 26,000.",
               CI + CORE + ["repayment_management"], response_hours=2, annual_fee_after_warranty_cny=26000,
               source_code_delivery="full")
    vendors = [
        top,
        dict(vendor="大理古城云科技有限公司", gate="unverified", price=218000,
             why="报价 row: '大理 21.8万元（含税）' = 218,000 inside 20–30万 (no price flag); 必备模块: 满足 (商品管理, 分期计算器, 订单跟踪); "
                 "其他模块: 还款管理, 风控审批, 用户管理 plus '赠送智能客服机器人、区块链存证、元宇宙营销' (bloat); HTTPS and 角色权限 under 满足 "
                 "(stated); under 待确认 in its own words: '系统符合等保三级要求，相关证明签约后提供' (claimed: unverified), '采用国密算法加密' "
                 "(claimed), '日志长期保存' (claimed), '可对接主流征信机构' (claimed), '终身免费维护' (claimed lifetime), '积极配合监管要求', "
                 "'第一时间响应', '可协商写入合同' state nothing; 源码 under 不满足: '提供源码，核心风控引擎加密' (partial); 年费 '无（终身维护）' is "
                 "no yearly amount. 王总's preference is the buyer's.",
             values=dict(tls=True, access_control=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="claimed", licensed_credit_bureau="claimed",
                         free_maintenance_months="claimed", audit_log_months="claimed"),
             fin=CI + CORE + ["repayment_management", "blockchain_evidence", "ai_customer_service", "metaverse_marketing"],
             flin=["claimed", "bloat_features", "source_partial"], flex=CLAIM_FLEX + ["source_licence_only"]),
        dict(vendor="曲靖麒麟软件有限公司", gate="pass", price=244860,
             why="报价 row: '麒麟 22.0万元（含税，不含选配）' = 220,000; 必备模块 row, 有条件/需另付费 column: '订单跟踪为选配模块，另加2.2万元"
                 "（不含税），未含在22.0万内' — the must-have added with 13% VAT beside a tax-inclusive price (conditional): 220,000 + 22,000 × "
                 "1.13 = 220,000 + 24,860 = 244,860 inside 20–30万; 商品管理, 分期计算器 included; 其他模块: 还款管理, 风控审批, 用户管理, 积分商城 "
                 "(deferrable), no bloat; 满足: 备案证明53030243008-24012 (stated), SM4 on ID/mobile, HTTPS, 角色权限, 12 months logs, 百行, 12 "
                 "months with 小版本升级, free policy adaptation, consulting, contract, '完整源码，可二次开发'; 不满足: '7×24，但4小时内响应' (7×24, "
                 "4 h); 年费 '2.2万元/年' = 22,000.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=4, lifetime_consulting=True,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=22000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "points_mall"], fex=BLOAT,
             flin=["conditional", "response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget"] + _but(AFTER_BAD, "response_over_2h")),
        dict(vendor="玉溪红塔网络科技有限公司", gate="fail", price=88000,
             why="报价 row: '红塔 8.8万元（含税）' = 88,000 (under 10万: do not buy); 必备模块 满足 (商品管理, 分期计算器, 订单跟踪) with 还款管理, "
                 "风控审批, 用户管理; 满足: 备案证明53040043002-23017 (stated), HTTPS, 角色权限, 百行征信, 写入合同; 不满足: '采用AES加密' (no SM4), "
                 "'3个月' logs (under 6), '免费维护6个月，仅修复缺陷' (6 months, no upgrades), '按次收费' (policy charged), '5×8，次日响应' (no "
                 "7×24, over 2 h), consulting '不提供', '授权绑定域名使用，不交付源码' (licence only); 年费 '按次收费，每次5000元' (per incident, "
                 "no yearly amount).",
             values=dict(mlps_level3=True, sm4_encryption=False, tls=True, access_control=True, audit_log_months=3,
                         licensed_credit_bureau=True, free_maintenance_months=6, maintenance_includes_upgrades=False,
                         policy_adaptation_free=False, support_7x24=False, lifetime_consulting=False,
                         commitments_in_contract=True, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", audit_log_months="stated", free_maintenance_months="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT,
             flin=["price_below_10w"] + WEAK_IN + ["source_licence_only"],
             flex=["price_below_15w"] + WEAK_EX + ["source_partial"]),
        dict(vendor="保山隆阳信息技术有限公司", gate="pass", price=259900,
             why="报价 row: '隆阳 23.0万元（不含税，增值税另计）' — no rate named, the default 13%: 230,000 × 1.13 = 259,900 inside 20–30万; "
                 "必备模块 满足; 其他模块: 还款管理, 风控审批, 用户管理, 社交分享 (deferrable), no bloat; 满足: 备案证明53050243011-24006 (stated), "
                 "SM4 on ID/mobile, HTTPS, 角色权限, 12 months logs, 中国人民银行征信中心, 12 months with 小版本升级, free policy adaptation, "
                 "'7×24，1小时内响应' (1 h), contract, '完整源码，无加密'; 不满足: 终身技术咨询 '不提供'; 年费 '2.8万元/年' = 28,000.",
             values=dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=1, lifetime_consulting=False,
                         commitments_in_contract=True, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", lifetime_consulting="stated", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "social_sharing"], fex=BLOAT,
             flin=["no_lifetime_consulting"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "conditional"] + _but(AFTER_BAD, "no_lifetime_consulting")),
    ]
    write_toml(
        "zz_03_ci_fenlei_tong_manzu_bumanzu.toml",
        """Voice: 李婷 of the 总经理办公室 at 昆明盘龙滇信小额贷款 (local 3C and appliance instalments, no cross-border business,
  budget 20–30万) on 2025-12-04, for the 董事会; the short-name key, the buckets and her 建议 line (with 王总's preference) are
  hers, the words in brackets and quotation marks are the vendors'.
Layout: one sheet '董事会汇报-比价要点' — title, her note row (how she sorted: written proof → 满足 / 有条件或需另付费 / 不满足;
  oral or vague → 待确认 with the words quoted), a KEY ROW of the six candidates' full names and the short names used below (the
  sixth withdrew), a header 序号 | 对比项 | 满足（已见书面材料） | 有条件/需另付费 | 不满足 | 待确认（仅口头或笼统表述，括号内为原话）, then
  ONE ROW PER TOPIC whose cells are VERDICT BUCKETS listing the vendors (short names, details in brackets) that fall in them; the
  price, other-modules and yearly-fee rows are one merged cell listing every vendor; her 建议 under the table. Frozen at C5.
  There is no row and no column per vendor.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the vendors are the key's five quoting companies, found only as names inside cells (the short names map to the key;
  丽江 withdrew: not listed); the bucket a vendor sits in is its answer to the topic, the bracketed words its value ('12个月',
  '1小时内响应', filing numbers, '3个月') and, under 待确认, its own claim (大理: '系统符合等保三级要求，相关证明签约后提供', '国密算法',
  '长期保存', '主流征信机构', '终身免费维护' — unverified); a vendor named under 不满足 with a partial yes keeps the yes ('7×24，但4小时
  内响应' is 7×24 and 4 h); 麒麟's must-have 订单跟踪 sits under 有条件/需另付费 at '2.2万元（不含税）' beside a 含税 price: 220,000 +
  22,000 × 1.13 = 244,860 (conditional, added); 隆阳 '23.0万元（不含税，增值税另计）' is 259,900 at the default 13%; 红塔 is 88,000
  (under 10万: fail) with a domain-bound licence; 大理 (王总's pick, 21.8万) pads with three bloat modules and encrypts its core
  risk engine; the header's words ('满足', '≥6个月', '2小时内') are no vendor's values; the filing numbers, '11-27' and '5000元' per
  incident are no prices.""",
        "consumer_installment", [name], "昆明五华数科有限公司",
        "五华 sits under 满足（已见书面材料） on every topic: 备案证明53010243015-24003, SM4 on ID/mobile/bank card, HTTPS, 角色权限, "
        "12-month logs, 百行 + 朴道, every instalment must-have with no bloat, 12 months with upgrades, free policy adaptation, 7×24 "
        "within 2 hours, lifetime consulting, all in the contract, full unencrypted source — at 246,000 含税 inside 20–30万 (3 years "
        "246,000 + 2 × 26,000 = 298,000). 麒麟 is 244,860 only with its order-tracking option and answers in 4 hours; 隆阳 is 259,900 "
        "(不含税 at 13%) and gives no lifetime consulting; 红塔 is 88,000 (under 10万: fail) with no source code; 王总's pick 大理 "
        "(218,000) is 待确认 on every proof (unverified), pads with three bloat modules and encrypts its risk engine; 丽江 withdrew.",
        vendors)


if __name__ == "__main__":
    for build in (build_zz01, build_zz02, build_zz03):
        build()
    print("built zz_01 … zz_03 into", HERE)
