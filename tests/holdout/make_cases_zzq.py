"""Build the "zzq" case files (three multi-vendor quote comparisons, a fresh BLIND holdout), into tests/holdout.

Written from the outside. The theme of this set is sheets PRODUCED BY BUSINESS SOFTWARE, as a buyer exports them:
zzq_01 — an .xlsx (personal credit) exported from the buyer's 采购管理系统 report built in FineReport (帆软): a 供应商报价比选分析报表
  with a report title, a 查询条件 line, a TWO-ROW HEADER whose upper row holds MERGED GROUP HEADERS (商务报价 | 功能 | 安全合规
  （供应商填报） | 售后服务（供应商填报） | 系统字段), the vendors GROUPED by 供应商分组 (本地供应商 / 外地供应商, the group cell merged
  down), a '小计' and a '平均值' row after each group and a '总计' row at the foot (sums and averages of the prices, no vendor), '--'
  where the system holds no value, the system's own 报价排名（按报价升序） and 评审状态 columns, and a 制表人 / 打印时间 / 第1页 footer.
  One vendor's cheapest in-band price comes with 等保 '三级测评中', one sells its risk model as an option priced 不含税 in its module
  cell, one is 12.8万 with 等保二级, one declined ('已放弃', '--' everywhere).
zzq_02 — a CSV in GBK, CRLF (merchant loans) exported from an ERP's 询价比价单 (用友-style): the document's header lines, a
  【供应商报价汇总】 block (one row per vendor: 报价状态 and its 商务技术条款应答 as one long cell), then the 【比价明细】 block GROUPED BY
  MATERIAL (物料编码 | 物料名称 | 供应商 | 数量 | 税率(%) | 无税单价 | 含税单价 | 无税金额 | 税额 | 含税金额 | 最低价标识 | 行备注): each
  material's lines, one per vendor, then a '小计' row summing that material over ALL vendors; a closing 合计 over everything; a vendor's
  price exists only as the sum of its lines across the material groups (13 % on the licence, 6 % on services), a must-have module as a
  数量 0 选配 line, another vendor's same module '列入二期开发', the yearly maintenance as 数量 0 lines, a declined vendor's 0.00 line,
  the ERP's 最低价 mark and the clerk's recommendation by it.
zzq_03 — an .xlsx (consumer installments) holding an Excel PIVOT TABLE in COMPACT FORM copied and pasted AS VALUES (report filters
  above, '求和项:报价金额（元）' | '列标签', a single '行标签' column in which vendor → 计税方式 → 费用项目 are told apart only by their
  indent, the column field 费用性质 giving 一次性费用 | 选配模块 | 维保期满年费 | 总计, each vendor's own row carrying its sums, '(空白)'
  for a declined vendor, a 总计 row), with a second sheet '答疑汇总' of the vendors' written answers (vendors as rows). The 总计
  column adds the yearly fee and unbought options; one vendor's lines sit under '不含税' with a must-have priced as an option; one
  vendor's 总计 of 104,000 hides a 96,000 price.

The expected reading of every file is in the matching zzq_0N_*.toml, written from the file's content, shared/domain.md and
docs/analyst-reading.md only; the author neither ran the product on these files nor read its reading code.

Run:  .venv/bin/python tests/holdout/make_cases_zzq.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cases"))
from case_sheet import BOLD, CENTER, GREY, TITLE, put_row, widths  # noqa: E402
from case_io import ALL_BAD, BLOAT, CI, CORE, ML, NOGATE, PC, _save, write_csv, write_toml  # noqa: E402

ALL_GOOD = dict(mlps_level3=True, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                licensed_credit_bureau=True, free_maintenance_months=12, maintenance_includes_upgrades=True,
                policy_adaptation_free=True, support_7x24=True, lifetime_consulting=True, commitments_in_contract=True)

FR_HEAD = PatternFill("solid", fgColor="4F81BD")
FR_SUB = PatternFill("solid", fgColor="DCE6F1")
FR_TOTAL = PatternFill("solid", fgColor="B8CCE4")
WHITE_BOLD = Font(bold=True, color="FFFFFF")
PIV_HEAD = PatternFill("solid", fgColor="D9E1F2")


def _vals(**over):
    v = dict(ALL_GOOD)
    v.update(over)
    return v


def _st(**over):
    s = {k: "stated" for k in ALL_GOOD}
    s.update(over)
    return s


# ---------------------------------------------------------------------------------------------
# zzq_01  个人信用贷 — a FineReport (帆软) report exported to Excel: grouped vendors, 小计 / 平均值 / 总计, 打印时间 footer
# ---------------------------------------------------------------------------------------------
Q1_NAME = "zzq_01_pc_fanruan_baobiao_fenzu_xiaoji.xlsx"
Q1_SUB = ["供应商分组", "序号", "供应商名称", "报价金额（元）", "计税方式", "维保期满年费（元/年）", "报价内功能模块", "等保三级",
          "数据加密", "传输加密及权限", "日志留存", "征信接口", "免费维护期及范围", "政策适配", "技术支持及响应", "技术咨询及合同",
          "源码交付", "报价排名（按报价升序）", "评审状态"]
# (group, name, price or "--", tax, fee, modules, mlps, enc, tls+acl, logs, bureau, maint, policy, support, consult, source,
#  rank, state)
Q1_ROWS = [
    ("本地供应商", "绵阳涪城数科有限公司", 236000, "含税（13%增值税专用发票）", 28000,
     "个人征信查询（人行二代征信、百行征信）、风控模型、反欺诈、还款计划及提醒、风控审批、用户管理",
     "已取得三级备案证明（备案证明编号51070343018-24011）", "SM4加密（身份证号、手机号、银行卡号）", "全站HTTPS；RBAC角色权限",
     "操作日志保存12个月", "人行征信中心、百行征信", "12个月，含bug修复及小版本升级", "监管政策调整免费适配",
     "7×24小时，2小时内响应", "终身技术咨询；以上承诺写入合同", "完整源码，无加密，可二次开发", "4", "有效"),
    ("本地供应商", "绵阳游仙软件工作室", 128000, "含税", "按次收费，每次2,000元",
     "个人征信查询、还款管理、用户管理、贷款审批",
     "二级", "AES加密", "HTTPS；单一管理员账号", "3个月", "暂未对接", "3个月，仅修复bug", "另行收费",
     "工作日5×8，次日响应", "无；口头承诺", "仅授权使用，绑定服务器", "1", "有效"),
    ("本地供应商", "江油太白信息技术有限公司", "--", "--", "--", "--", "--", "--", "--", "--", "--", "--", "--", "--", "--",
     "--", "--", "已放弃（2025-11-28来函不参与）"),
    ("外地供应商", "成都高新天府信科有限公司", 215000, "含税",  "按合同金额12%/年",
     "个人征信查询（百行征信）、反欺诈、还款计划及提醒、风控审批、用户管理；风控模型（选配，另加3.8万元，不含税）",
     "已取得三级（备案证明编号51019843027-23009）", "SM4加密（身份证号、手机号）", "HTTPS（TLS1.2）；RBAC角色权限",
     "12个月", "百行征信、朴道征信", "12个月，含bug修复及版本升级", "免费适配", "7×24小时，1小时内响应",
     "提供终身技术咨询；写入合同", "完整源码", "3", "有效"),
    ("外地供应商", "德阳旌阳数据科技有限公司", 198000, "含税", "--",
     "个人征信查询（人行二代征信）、智能风控模型、反欺诈模型、还款管理、风控审批、用户管理",
     "三级测评中，预计2026年3月取得备案证明", "SM4加密（敏感字段）", "HTTPS；RBAC角色权限", "12个月", "人行征信中心",
     "24个月，含bug修复及版本升级", "免费", "7×24小时，30分钟内响应", "终身技术咨询；写入合同", "提供源码，核心风控引擎加密",
     "2", "有效"),
]


def build_zzq01():
    wb = Workbook()
    ws = wb.active
    ws.title = "供应商报价比选分析"
    ncol = len(Q1_SUB)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    c = ws.cell(row=1, column=1, value="供应商报价比选分析报表")
    c.font = TITLE
    c.alignment = CENTER
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(row=2, column=1, value="查询条件：项目编号 XD-CG-2025-017　采购品类：个人信用贷系统源码　报价轮次：最终轮　"
                                    "采购单位：绵阳科创区富乐小额贷款有限公司　金额单位：元")
    # two-row header: merged group headers above, field headers below
    for col, label in ((1, "供应商分组"), (2, "序号"), (3, "供应商名称"), (17, "源码交付")):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
        ws.cell(row=4, column=col, value=label)
    groups = [(4, 6, "商务报价"), (7, 7, "功能"), (8, 12, "安全合规（供应商填报）"), (13, 16, "售后服务（供应商填报）"),
              (18, 19, "系统字段")]
    for c1, c2, label in groups:
        if c2 > c1:
            ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
        ws.cell(row=4, column=c1, value=label)
    for col in range(4, ncol + 1):
        if col != 17:
            ws.cell(row=5, column=col, value=Q1_SUB[col - 1])
    for r in (4, 5):
        for col in range(1, ncol + 1):
            cell = ws.cell(row=r, column=col)
            cell.font = WHITE_BOLD
            cell.fill = FR_HEAD
            cell.alignment = CENTER
    r = 6
    seq = 0
    grand, grand_fee, grand_n = 0, 0, 0
    for group in ("本地供应商", "外地供应商"):
        rows = [x for x in Q1_ROWS if x[0] == group]
        first = r
        s, fee, n = 0, 0, 0
        for row in rows:
            seq += 1
            vals = [None, str(seq), *row[1:]]
            put_row(ws, r, vals)
            if isinstance(row[2], int):
                ws.cell(row=r, column=4).number_format = "#,##0.00"
                s += row[2]
                n += 1
            if isinstance(row[4], int):
                ws.cell(row=r, column=6).number_format = "#,##0.00"
                fee += row[4]
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1, value=group).alignment = CENTER
        put_row(ws, r, [None, None, "小计", s, None, fee], font=BOLD, fill=FR_SUB)
        put_row(ws, r + 1, [None, None, "平均值", round(s / n, 2), None, None], font=BOLD, fill=FR_SUB)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=2)
        ws.cell(row=r, column=1, value=f"{group}（有效报价{n}家）").fill = FR_SUB
        for rr in (r, r + 1):
            ws.cell(row=rr, column=4).number_format = "#,##0.00"
        ws.cell(row=r, column=6).number_format = "#,##0.00"
        r += 2
        grand, grand_fee, grand_n = grand + s, grand_fee + fee, grand_n + n
    assert grand == 236000 + 128000 + 215000 + 198000 and grand_fee == 28000
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    put_row(ws, r, [f"总计（有效报价{grand_n}家）", None, None, grand, None, grand_fee], font=BOLD, fill=FR_TOTAL)
    ws.cell(row=r, column=4).number_format = "#,##0.00"
    ws.cell(row=r, column=6).number_format = "#,##0.00"
    r += 2
    ws.cell(row=r, column=1, value="说明：本报表由采购管理系统（FineReport报表）自动生成；“--”表示供应商未填写或系统无数据；报价排名按报价金额"
                                   "升序自动计算，仅供参考；安全合规及售后服务各列为供应商在线填报内容，以盖章报价文件为准。")
    ws.cell(row=r + 1, column=1, value="制表人：刘蓉（采购管理部）　　审核人：　　　　打印时间：2025-12-04 16:32:07　　　　第 1 页 / 共 1 页")
    widths(ws, [12, 6, 24, 14, 16, 16, 40, 26, 22, 20, 14, 18, 22, 16, 18, 20, 22, 10, 16])
    ws.freeze_panes = "D6"
    _save(wb, Q1_NAME)

    comment = """Voice: the 采购管理系统 of 绵阳科创区富乐小额贷款 (personal credit, budget 18-25万), a FineReport (帆软) report '供应商报价比选分析报表'
  exported to Excel by 刘蓉 of 采购管理部 on 2025-12-04; the safety and after-sales columns are the vendors' own online answers
  (headers '安全合规（供应商填报）', '售后服务（供应商填报）'); the title, 查询条件, 报价排名, 评审状态, 小计 / 平均值 / 总计 rows and the footer
  are the system's.
Layout: .xlsx, one sheet; row 1 title, row 2 查询条件 (金额单位：元), rows 4-5 a TWO-ROW header (group headers merged across in row 4:
  商务报价 D-F, 功能 G, 安全合规 H-L, 售后服务 M-P, 系统字段 R-S; 供应商分组 / 序号 / 供应商名称 / 源码交付 merged down rows 4-5);
  vendors grouped by column A (本地供应商 rows 6-8, 外地供应商 rows 11-12, the group cell merged down); after each group a '小计' and a
  '平均值' row; a '总计' row; the system's note and the 制表人 / 打印时间 / 第1页 footer under the table. '--' = no value.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the system's 报价排名 puts 游仙 (12.8万, 等保二级: fail) first and 旌阳 (19.8万) second — 旌阳's 等保 is '三级测评中，预计2026年
  3月取得备案证明' (in progress: unverified, never a pass) and its 'core risk engine encrypted' (partial source); 天府信科's 21.5万 looks
  cheaper than 涪城's 23.6万 but its 风控模型 (a must-have) is '选配，另加3.8万元，不含税': 215,000 + 38,000 × 1.13 = 257,940, above the
  18-25万 band; the 小计 (364,000 / 413,000), 平均值 (182,000 / 206,500) and 总计 (777,000) rows are no vendors and no prices, nor are
  '本地供应商（有效报价2家）' labels; 江油太白 declined ('已放弃', '--' everywhere: not listed); the 序号, 报价排名 and the filing numbers
  are no money; 游仙's '按次收费，每次2,000元' is no yearly fee.
Analyst's pick: 绵阳涪城数科有限公司 — 236,000 含税 inside the band, every gate proven, all six must-haves plus anti-fraud, 12 months
  with upgrades, free policy adaptation, 7×24 within 2 h, consulting, in the contract, 28,000 a year after, full source."""
    vendors = [
        dict(vendor="绵阳涪城数科有限公司", gate="pass", price=236000,
             why="row 6: 236,000.00 '含税（13%增值税专用发票）' inside 18-25万; '已取得三级备案证明（备案证明编号51070343018-24011）'; SM4 on 身份证号/手机号/银行卡号; HTTPS + RBAC; logs 12 months; 人行征信中心 + 百行征信; modules 个人征信查询, 风控模型, 反欺诈, 还款计划及提醒, 风控审批, 用户管理; 12 months with bug fixes and minor upgrades; policy adaptation free; 7×24 within 2 h; lifetime consulting; in the contract; 28,000 a year after the warranty; full source, unencrypted. The system's 报价排名 '4' is the system's.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=28000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="成都高新天府信科有限公司", gate="pass", price=257940,
             why="row 11: 215,000.00 含税, but its module cell sells the must-have 风控模型 as '选配，另加3.8万元，不含税': 38,000 × 1.13 = 42,940 added, 257,940, above the 18-25万 band; otherwise every gate stated (备案证明编号51019843027-23009, SM4 on 身份证号/手机号, TLS1.2, RBAC, 12 months, 百行 + 朴道), 12 months with upgrades, policy free, 7×24 within 1 h, consulting, contract, full source; '按合同金额12%/年' is a stated share but the contract amount (215,000 or with the option) is not said, so no amount is asserted.",
             values=_vals(response_hours=1, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flin=["price_over_budget"],
             flex=NOGATE + ["price_below_15w", "no_sm4", "no_tls", "no_7x24", "maintenance_under_12m", "response_over_2h",
                            "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_lifetime_consulting",
                            "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="德阳旌阳数据科技有限公司", gate="unverified", price=198000,
             why="row 12: 198,000.00 含税 inside the band (the system ranks it 2), but 等保 '三级测评中，预计2026年3月取得备案证明' = not certified today, in progress (false, claimed): unverified; SM4 on 敏感字段, HTTPS, RBAC, 12 months, 人行征信中心; all must-haves with anti-fraud; 24 months with upgrades, policy free, 7×24 within 30 minutes, consulting, contract; '提供源码，核心风控引擎加密' = partial; the yearly fee is '--' (unknown).",
             values=dict(mlps_level3=False, sm4_encryption=True, tls=True, access_control=True, audit_log_months=12,
                         licensed_credit_bureau=True, free_maintenance_months=24, maintenance_includes_upgrades=True,
                         policy_adaptation_free=True, support_7x24=True, response_hours=0.5, lifetime_consulting=True,
                         commitments_in_contract=True, source_code_delivery="partial"),
             status=dict(mlps_level3="claimed", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated", support_7x24="stated"),
             fin=PC + CORE + ["anti_fraud"], fex=BLOAT, flin=["source_partial"],
             flex=["price_below_10w", "price_below_15w", "price_over_budget", "price_missing", "missing_must_have",
                   "no_sm4", "no_tls", "no_7x24", "maintenance_under_12m", "response_over_2h", "bloat_features",
                   "source_licence_only"]),
        dict(vendor="绵阳游仙软件工作室", gate="fail", price=128000,
             why="row 7: 128,000.00 含税 (caution zone; the system ranks it 1); 等保 '二级' = fail; 'AES加密' is not SM4; '单一管理员账号'; logs 3个月; bureau '暂未对接'; modules 个人征信查询, 还款管理, 用户管理, 贷款审批 — no 风控模型 (missing must-have); '3个月，仅修复bug'; policy '另行收费'; '工作日5×8，次日响应'; '无；口头承诺'; '仅授权使用，绑定服务器' = licence only. '按次收费，每次2,000元' is per incident, no yearly fee.",
             values=dict(mlps_level3=False, sm4_encryption=False, audit_log_months=3, licensed_credit_bureau=False,
                         free_maintenance_months=3, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, commitments_in_contract=False, source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=["personal_credit_report", "repayment_management", "user_management"], fex=["risk_model"] + BLOAT,
             flin=["no_mlps_level3", "price_below_15w", "missing_must_have", "no_sm4", "audit_log_under_6m",
                   "maintenance_under_12m", "no_7x24", "source_licence_only"],
             flex=["price_below_10w", "price_missing", "price_over_budget", "bloat_features"]),
    ]
    write_toml(Q1_NAME.replace(".xlsx", ".toml"), comment, "personal_credit", [Q1_NAME], "绵阳涪城数科有限公司",
               "涪城 (row 6) proves every gate (备案证明编号51070343018-24011, SM4 on 身份证号/手机号/银行卡号, HTTPS, RBAC, 12-month logs, 人行 + 百行), has every personal-credit must-have plus anti-fraud, 12 months with upgrades, free policy adaptation, 7×24 within 2 h, lifetime consulting, all in the contract, full unencrypted source, at 236,000 含税 inside 18-25万. The system's 报价排名 puts 游仙 first (12.8万 but 等保二级, no risk model: fail) and 旌阳 second (19.8万 but 等保 only '三级测评中': unverified, engine encrypted); 天府信科's 21.5万 becomes 257,940 once its must-have 风控模型 option (3.8万 不含税) is added with VAT. 小计 / 平均值 / 总计 rows are no vendors; 江油太白 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzq_02  商户经营贷 — an ERP's 询价比价单 exported to CSV (GBK): 供应商报价汇总 block + 比价明细 grouped by material
# ---------------------------------------------------------------------------------------------
Q2_NAME = "zzq_02_ml_erp_xunjia_bijiadan_wuliao_gbk.csv"
Q2_VENDORS = [  # code, name, quote no., date, state, validity, payment, terms
    ("S0101", "襄阳樊城数科有限公司", "BJ-FC-251121", "2025-11-21", "已报价", "90", "3-6-1",
     "功能模块：企业征信查询、银行流水分析、电子合同、授信审批流、还款管理、用户管理。等保三级已取得（备案证明编号"
     "42060243105-24003）；身份证号、手机号、银行账号SM4加密存储；全站HTTPS；RBAC角色权限；操作日志保存12个月；已对接人行征信中心"
     "企业征信、百行征信。免费维护12个月，含缺陷修复及小版本升级；监管政策调整免费适配；7×24小时技术支持，2小时内响应；终身技术咨询；"
     "以上承诺写入合同。交付完整源代码，无加密，可二次开发。"),
    ("S0102", "宜昌西陵软件有限公司", "XL-Q-2025-088", "2025-11-22", "已报价", "60", "5-4-1",
     "功能模块：企业征信查询、电子合同、审批流、还款管理、用户管理；银行流水分析为选配模块（价格见明细，本次未计入）。等保三级已取得"
     "（备案证明编号42050243066-23015）；SM4加密（身份证号、手机号）；HTTPS；RBAC；日志保存12个月；已对接百行征信、朴道征信。"
     "免费维护12个月，含bug修复及版本升级；政策调整免费适配；7×24小时技术支持，4小时内响应；终身技术咨询；写入合同。完整源码交付。"),
    ("S0103", "荆门东宝信息技术有限公司", "DB20251123-01", "2025-11-23", "已报价", "30", "5-5",
     "功能模块：企业征信查询、电子合同、审批流、还款管理、用户管理（银行流水分析列入二期开发，届时另行报价）。等保三级已取得（备案证明"
     "编号42080243021-24010）；SM4加密（身份证号、手机号）；HTTPS；RBAC；日志保存12个月；已对接百行征信。免费维护12个月，含升级；"
     "政策适配免费；7×24小时，2小时内响应；终身技术咨询；写入合同。完整源码，可二次开发。"),
    ("S0104", "十堰茅箭科技有限公司", "MJ-251124", "2025-11-24", "已报价", "90", "3-6-1",
     "功能模块：企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理、数据分析大屏。我司产品已通过等保测评（测评报告可现场"
     "查看）；SM4加密（身份证号、手机号、银行卡号）；全站HTTPS；RBAC角色权限；操作日志保存12个月；已对接人行征信中心、百行征信。"
     "免费维护12个月，含bug修复及版本升级；政策调整免费适配；7×24小时技术支持，1小时内响应；终身技术咨询；写入合同；维保期满后按合同"
     "金额15%/年收取维保费。完整源码，无加密。"),
    ("S0105", "随州曾都软件工作室", "", "2025-11-25", "放弃报价", "", "", "来函：我司近期项目饱和，本次不参与报价。"),
]
# material code, name, spec, unit, rate, [(vendor code, qty, gross unit price, remark)]
Q2_MATERIALS = [
    ("RJ-JYD-001", "经营贷业务系统源码授权", "源码买断，含部署包", "套", 13, [
        ("S0101", 1, 226000, ""), ("S0102", 1, 198000, ""), ("S0103", 1, 168000, ""), ("S0104", 1, 214200, ""),
        ("S0105", 0, 0, "放弃报价")]),
    ("RJ-JYD-002", "银行流水分析模块", "", "套", 13, [
        ("S0101", 1, 0, "含在源码授权内"), ("S0102", 0, 45200, "选配，本次未计入；如需另购，含税45,200元"),
        ("S0103", 0, 0, "本期不提供，列入二期开发，届时另行报价"), ("S0104", 1, 0, "含在源码授权内")]),
    ("FW-SS-001", "部署实施服务", "部署、数据迁移、联调", "项", 6, [
        ("S0101", 1, 31800, ""), ("S0102", 1, 42400, "含培训"), ("S0103", 1, 21200, ""), ("S0104", 1, 31800, "含培训")]),
    ("FW-PX-001", "培训服务", "现场培训", "项", 6, [
        ("S0101", 1, 10600, "现场3天"), ("S0102", 1, 0, "含在部署实施服务内"), ("S0103", 1, 0, "远程培训，免费"),
        ("S0104", 1, 0, "含在部署实施服务内")]),
    ("FW-WB-001", "年度维保服务（免费维保期满后）", "每年", "年", 6, [
        ("S0101", 0, 26500, "免费维保期满后每年26,500元（含税），本次不采购"),
        ("S0102", 0, 31800, "免费维保期满后每年31,800元（含税），本次不采购"),
        ("S0103", 0, 18000, "免费维保期满后每年18,000元（含税），本次不采购"),
        ("S0104", 0, 0, "按合同金额15%/年，本次不采购")]),
]


def _m(x: float) -> str:
    return f"{x:,.2f}"


def build_zzq02():
    names = {v[0]: v[1] for v in Q2_VENDORS}
    rows = [["询价比价单"],
            ["单据编号：XJBJ-2025-11-0032", "询价日期：2025-11-20", "采购组织：孝感槐荫小额贷款有限公司", "币种：人民币",
             "制单人：程雪", "单据状态：已审核"],
            [],
            ["【供应商报价汇总】"],
            ["序号", "供应商编码", "供应商名称", "报价单号", "报价日期", "报价状态", "报价有效期(天)", "付款方式",
             "商务技术条款应答（供应商原文）"]]
    for i, v in enumerate(Q2_VENDORS, start=1):
        rows.append([str(i), *v])
    rows += [[], ["【比价明细】"],
             ["行号", "物料编码", "物料名称", "规格说明", "供应商编码", "供应商名称", "数量", "计量单位", "税率(%)", "无税单价",
              "含税单价", "无税金额", "税额", "含税金额", "最低价标识", "行备注"]]
    line = 0
    tot = [0.0, 0.0, 0.0]
    per_vendor = {}
    for code, mname, spec, unit, rate, lines in Q2_MATERIALS:
        sub = [0.0, 0.0, 0.0]
        priced = [(v, q * p) for v, q, p, _ in lines if q > 0 and p > 0]
        low = min(priced, key=lambda t: t[1])[0] if priced else None
        for vcode, qty, gross_unit, remark in lines:
            line += 1
            net_unit = round(gross_unit / (1 + rate / 100), 2)
            gross = round(gross_unit * qty, 2)
            net = round(gross / (1 + rate / 100), 2)
            tax = round(gross - net, 2)
            for k, x in enumerate((net, tax, gross)):
                sub[k] += x
            per_vendor[vcode] = per_vendor.get(vcode, 0) + gross
            rows.append([str(line), code, mname, spec, vcode, names[vcode], str(qty), unit, str(rate), _m(net_unit),
                         _m(gross_unit), _m(net), _m(tax), _m(gross), "最低价" if vcode == low else "", remark])
        rows.append(["", f"小计：{code}", mname, "", "", "", "", "", "", "", "", _m(sub[0]), _m(sub[1]), _m(sub[2]), "", ""])
        tot = [a + b for a, b in zip(tot, sub)]
    assert per_vendor == {"S0101": 268400, "S0102": 240400, "S0103": 189200, "S0104": 246000, "S0105": 0}
    rows.append(["合计", "", "", "", "", "", "", "", "", "", "", _m(tot[0]), _m(tot[1]), _m(tot[2]), "", ""])
    rows += [[],
             ["比价意见：按系统最低价标识，源码授权及实施服务最低价均为荆门东宝，建议优先与荆门东宝商谈。——采购部 程雪"],
             ["打印人：程雪", "打印时间：2025-11-27 15:08:44", "第1页/共1页"]]
    write_csv(Q2_NAME, rows, "gbk")

    comment = """Voice: the ERP (用友-style) of 孝感槐荫小额贷款 (merchant loans, budget 25-35万): a 询价比价单 XJBJ-2025-11-0032 printed to CSV
  (GBK, CRLF) by the purchasing clerk 程雪 on 2025-11-27. The vendors' own words are only in the 商务技术条款应答（供应商原文） cells and
  the lines' 行备注; the 最低价标识, the 小计 / 合计 rows, the 比价意见 line and the footer are the ERP's or the clerk's.
Layout: document header lines; block 【供应商报价汇总】 (序号 | 供应商编码 | 供应商名称 | 报价单号 | 报价日期 | 报价状态 | 报价有效期(天) |
  付款方式 | 商务技术条款应答（供应商原文）), one row per vendor; block 【比价明细】 GROUPED BY MATERIAL: for each 物料 the lines of
  every vendor (数量, 税率(%), 无税单价, 含税单价, 无税金额, 税额, 含税金额, 最低价标识, 行备注), then a '小计：物料编码' row summing
  that material over all vendors; a closing 合计 row; the clerk's 比价意见 and the print footer.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: no vendor total is printed anywhere — a vendor's price is the sum of ITS 含税金额 across the material groups (licence 13 %,
  services 6 %), never a 小计 (one material over all vendors) nor the 合计 (everything); the 年度维保服务 lines (数量 0) are the yearly
  fee after the warranty, never price. 东宝's 源码授权 168,000 carries the ERP's 最低价 mark and the clerk's recommendation, but its
  银行流水分析 (a must-have) is '本期不提供，列入二期开发' (its module list says so too): missing, fail. 茅箭's 246,000
  (214,200 + 31,800) is cheaper than 樊城 but its 等保 is '已通过等保测评' with no level (claimed: unverified). 西陵's lines sum to
  240,400, but 银行流水分析 is a 数量 0 选配 line at 含税 45,200: 285,600 with it; it also answers in 4 hours. 曾都's 0.00 line is a
  decline (报价状态 放弃报价: not listed, never free). Codes, quote numbers, 付款方式 '3-6-1', validity days and dates are no money.
Analyst's pick: 襄阳樊城数科有限公司 — 226,000 + 31,800 + 10,600 = 268,400 含税 inside the band, every gate proven, all three
  merchant must-haves, 12 months with upgrades, free policy adaptation, 7×24 within 2 h, consulting, in the contract, 26,500 a year
  after the warranty, full source."""
    vendors = [
        dict(vendor="襄阳樊城数科有限公司", gate="pass", price=268400,
             why="明细 lines of S0101: 源码授权 226,000.00 (13%) + 银行流水分析 0.00 '含在源码授权内' + 部署实施 31,800.00 (6%) + 培训 10,600.00 (6%) = 268,400 含税 inside 25-35万; the 年度维保 line (数量 0, 26,500 '免费维保期满后每年…本次不采购') is the yearly fee; terms: filing no. 42060243105-24003, SM4 on 身份证号/手机号/银行账号, HTTPS, RBAC, 12 months, 人行企业征信 + 百行, modules 企业征信查询, 银行流水分析, 电子合同, 授信审批流, 还款管理, 用户管理; 12 months with minor upgrades; policy free; 7×24 within 2 h; consulting; contract; full source, unencrypted.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=26500, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE + ["repayment_management"], fex=BLOAT, flex=ALL_BAD),
        dict(vendor="十堰茅箭科技有限公司", gate="unverified", price=246000,
             why="lines of S0104: 源码授权 214,200.00 + 银行流水分析 0.00 (含在源码授权内) + 部署实施 31,800.00 (含培训) + 培训 0.00 = 246,000 含税 (cheaper than 樊城); but '我司产品已通过等保测评（测评报告可现场查看）' names no level: claimed, unverified. Otherwise stated: SM4 on 身份证号/手机号/银行卡号, HTTPS, RBAC, 12 months, 人行 + 百行, all merchant must-haves (plus 数据分析大屏, deferrable), 12 months with upgrades, policy free, 7×24 within 1 h, consulting, contract, full source; yearly fee '按合同金额15%/年' = 15% × 246,000 = 36,900.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=36900, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=ML + CORE + ["repayment_management", "bi_dashboard"], fex=BLOAT,
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "no_7x24", "maintenance_under_12m", "response_over_2h",
                   "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="宜昌西陵软件有限公司", gate="pass", price=285600,
             why="lines of S0102: 源码授权 198,000.00 + 部署实施 42,400.00 (含培训) + 培训 0.00 = 240,400, but the must-have 银行流水分析 is a 数量 0 line '选配，本次未计入；如需另购，含税45,200元' (its module list says 选配): added, 285,600 含税; filing no. 42050243066-23015, SM4 on 身份证号/手机号, HTTPS, RBAC, 12 months, 百行 + 朴道; 12 months with upgrades; policy free; 7×24 but '4小时内响应'; consulting; contract; full source; yearly fee 31,800.",
             values=_vals(response_hours=4, annual_fee_after_warranty_cny=31800, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=ML + CORE + ["repayment_management"], fex=BLOAT,
             flin=["response_over_2h"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_7x24", "maintenance_under_12m",
                            "maintenance_excludes_upgrades", "policy_adaptation_charged", "no_lifetime_consulting",
                            "not_in_contract", "bloat_features", "source_partial", "source_licence_only"]),
        dict(vendor="荆门东宝信息技术有限公司", gate="fail",
             why="lines of S0103: 源码授权 168,000.00 (the ERP's 最低价) + 部署实施 21,200.00 + 培训 0.00 = 189,200 含税 for a system WITHOUT 银行流水分析: its line says '本期不提供，列入二期开发，届时另行报价' and its module list the same — a must-have missing (fail), so no comparable price is asserted; otherwise stated good terms (filing no. 42080243021-24010, SM4, HTTPS, RBAC, 12 months, 百行, 12 months with upgrades, 7×24 within 2 h, full source). The clerk's 比价意见 is hers.",
             values=dict(mlps_level3=True, sm4_encryption=True, free_maintenance_months=12, support_7x24=True,
                         source_code_delivery="full"),
             status=dict(mlps_level3="stated"),
             fin=["enterprise_credit", "contract_management", "repayment_management", "user_management"],
             fex=["cashflow_analysis"] + BLOAT, flin=["missing_must_have"],
             flex=["no_mlps_level3", "price_below_10w", "price_missing", "no_sm4", "no_7x24", "bloat_features"]),
    ]
    write_toml(Q2_NAME.replace(".csv", ".toml"), comment, "merchant_loan", [Q2_NAME], "襄阳樊城数科有限公司",
               "樊城 (S0101) sums to 268,400 含税 (226,000 licence at 13% + 31,800 implementation + 10,600 training at 6%, 银行流水分析 included) inside 25-35万, proves every gate (filing no. 42060243105-24003, SM4, HTTPS, RBAC, 12-month logs, 人行 + 百行), has all merchant must-haves, 12 months with upgrades, free policy adaptation, 7×24 within 2 h, consulting, in the contract, full source. The ERP's 最低价 and the clerk's pick 东宝 has no 银行流水分析 ('列入二期开发': fail); 茅箭 (246,000) only says '已通过等保测评' with no level (unverified); 西陵 is 285,600 once its must-have option (45,200 含税) is added, and answers in 4 h. The 小计 and 合计 rows are sums over vendors, the 年度维保 lines yearly fees; 曾都 declined.",
               vendors)


# ---------------------------------------------------------------------------------------------
# zzq_03  消费分期 — an Excel pivot table (compact form) pasted as values + a 答疑汇总 sheet
# ---------------------------------------------------------------------------------------------
Q3_NAME = "zzq_03_ci_toushibiao_yasuo_xingbiaoqian.xlsx"
COLS = ["一次性费用", "选配模块", "维保期满年费"]
# vendor (pinyin order, as the pivot sorts) -> tax label -> [(item, column, amount)]
Q3_PIVOT = [
    ("赣州章贡数科有限公司", "含税", [("源码授权费（含实施培训）", 0, 208000), ("维保期满年费", 2, 30000)]),
    ("景德镇昌江信息技术有限公司", "(空白)", [("(空白)", None, None)]),
    ("九江浔阳软件有限公司", "不含税", [("源码授权费", 0, 170000), ("实施部署费", 0, 25000), ("订单跟踪模块", 1, 20000),
                                      ("积分商城", 1, 15000), ("维保期满年费", 2, 18000)]),
    ("南昌红谷滩分期科技有限公司", "含税", [("源码授权费", 0, 188000), ("实施部署费", 0, 36000), ("培训费", 0, 12000),
                                          ("维保期满年费", 2, 24000)]),
    ("上饶信州网络工作室", "含税", [("源码授权费", 0, 80000), ("实施部署费", 0, 16000), ("维保期满年费", 2, 8000)]),
]
Q3_ANS_HEAD = ["供应商", "计税方式", "功能模块（报价内）", "选配模块", "等保三级", "数据加密", "传输加密", "权限管理", "日志留存",
               "征信接口", "免费维护期", "维护范围", "政策适配", "技术支持", "响应时间", "终身技术咨询", "写入合同", "源码交付",
               "采购备注"]
Q3_ANS = [
    ["南昌红谷滩分期科技有限公司", "含税（13%增值税专用发票）", "商品管理、分期计算器、订单跟踪、用户管理、风控审批、还款管理", "无",
     "已取得三级备案证明（36010943012-24007）", "SM4加密（身份证号、手机号、银行卡号）", "全站HTTPS", "RBAC角色权限", "12个月",
     "百行征信", "12个月", "bug修复及小版本升级", "监管政策调整免费适配", "7×24小时", "2小时内", "提供终身技术咨询",
     "以上条款全部写入合同", "完整源码，无加密，可二次开发", "总计26万，偏贵"],
    ["九江浔阳软件有限公司", "以上报价均不含税，增值税另计", "商品管理、分期计算器、用户管理、风控审批、还款管理",
     "订单跟踪模块20,000元（不含税）；积分商城15,000元（不含税）", "已取得三级备案证明（36040243055-23019）",
     "SM4加密（身份证号、手机号）", "HTTPS", "RBAC", "12个月", "百行征信、朴道征信", "12个月", "bug修复及版本升级",
     "一般调整免费，重大政策调整另行报价", "7×24小时", "4小时内", "提供", "写入合同", "完整源码", "一次性19.5万最便宜"],
    ["赣州章贡数科有限公司", "含税", "商品管理、分期计算器、订单跟踪、用户管理、风控审批、还款管理、智能客服机器人", "无",
     "按等保三级标准设计开发，可协助客户完成测评", "SM4加密（敏感字段）", "HTTPS", "RBAC角色权限", "12个月", "百行征信", "12个月",
     "含bug修复及版本升级", "免费", "7×24小时", "1小时内", "提供", "写入合同", "完整源码", "正规厂家，价格合适，推荐"],
    ["上饶信州网络工作室", "含税", "商品管理、分期计算器、订单管理、用户管理、还款管理", "无", "未做等保", "AES加密", "HTTPS",
     "单一管理员账号", "3个月", "未对接", "3个月", "仅修复bug", "另收费", "工作日", "次日", "无", "否", "授权使用，绑定域名",
     "总计才10.4万"],
    ["景德镇昌江信息技术有限公司", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "放弃报价（12-01电话告知，不参与）"],
]


def build_zzq03():
    wb = Workbook()
    ws = wb.active
    ws.title = "报价透视"
    ws.cell(row=1, column=1, value="业务线").font = BOLD
    ws.cell(row=1, column=2, value="消费分期")
    ws.cell(row=2, column=1, value="报价轮次").font = BOLD
    ws.cell(row=2, column=2, value="最终报价")
    ws.cell(row=1, column=7, value="南昌青山湖惠民小额贷款 采购部 万婷：各家报价明细透视（压缩形式，已复制粘贴为数值，源数据表未附）")
    ws.cell(row=2, column=7, value="注：金额按各家原报填列，含税/不含税见第二层；维保期满年费为免费维保期后每年费用，选配模块为未含在一次性费用内的"
                                   "可选模块。文字答复见“答疑汇总”页。")
    put_row(ws, 4, ["求和项:报价金额（元）", "列标签"], font=BOLD, fill=PIV_HEAD, border=False)
    put_row(ws, 5, ["行标签", *COLS, "总计"], font=BOLD, fill=PIV_HEAD, border=False)
    r = 6
    grand = [0, 0, 0]

    def put_amounts(row, amounts):
        tot = 0
        have = False
        for k, a in enumerate(amounts):
            if a:
                ws.cell(row=row, column=2 + k, value=a).number_format = "#,##0"
                tot += a
                have = True
        if have:
            ws.cell(row=row, column=5, value=tot).number_format = "#,##0"

    for vendor, tax, items in Q3_PIVOT:
        sums = [0, 0, 0]
        for _, col, amt in items:
            if col is not None:
                sums[col] += amt
        c = ws.cell(row=r, column=1, value=vendor)
        c.font = BOLD
        put_amounts(r, sums)
        for k in range(1, 6):
            ws.cell(row=r, column=k).font = BOLD
        r += 1
        c = ws.cell(row=r, column=1, value=tax)
        c.alignment = Alignment(indent=1)
        c.font = BOLD
        put_amounts(r, sums)
        r += 1
        for item, col, amt in items:
            c = ws.cell(row=r, column=1, value=item)
            c.alignment = Alignment(indent=2)
            row_amts = [0, 0, 0]
            if col is not None:
                row_amts[col] = amt
            put_amounts(r, row_amts)
            r += 1
        grand = [a + b for a, b in zip(grand, sums)]
    assert grand == [735000, 35000, 80000]
    put_row(ws, r, ["总计", *grand, sum(grand)], font=BOLD, fill=PIV_HEAD, border=False)
    for k in range(2, 6):
        ws.cell(row=r, column=k).number_format = "#,##0"
    widths(ws, [34, 14, 12, 14, 12, 2, 60])

    wa = wb.create_sheet("答疑汇总")
    put_row(wa, 1, ["各供应商书面答疑汇总（按供应商回函照录；采购备注为万婷所加）"], font=TITLE, border=False)
    put_row(wa, 2, Q3_ANS_HEAD, font=BOLD, fill=GREY)
    for i, row in enumerate(Q3_ANS):
        put_row(wa, 3 + i, row)
    widths(wa, [26, 16, 40, 30, 30, 24, 10, 14, 10, 14, 10, 18, 24, 10, 10, 14, 16, 22, 20])
    _save(wb, Q3_NAME)

    comment = """Voice: 万婷 of 采购部 at 南昌青山湖惠民小额贷款 (consumer installments, budget 20-30万) typed every vendor's price lines into a list,
  made an Excel PIVOT TABLE of it in COMPACT FORM and pasted it AS VALUES (the source list is not in the file); the written answers
  are on a second sheet, copied from the vendors' reply letters, her 采购备注 column being hers.
Layout: .xlsx; sheet '报价透视': report filters 业务线 消费分期 / 报价轮次 最终报价 (rows 1-2), her note in G1:G2, row 4
  '求和项:报价金额（元）' | '列标签', row 5 '行标签' | 一次性费用 | 选配模块 | 维保期满年费 | 总计; under it ONE column of labels in
  three levels told apart by their indent only (vendor, bold, with its sums → 计税方式 '含税' / '不含税' / '(空白)', with the same
  sums → each 费用项目 with its amount in its column), vendors in the pivot's 拼音 order, a 总计 row. Sheet '答疑汇总': vendors as
  rows, 计税方式, modules, 选配模块 with prices, security, after-sales and source columns, her 采购备注.
Analyst's reading, written before any code read the file (the product was not run on it).
Traps: the 总计 COLUMN adds the yearly fee and the unbought options to the one-off price (红谷滩 260,000 is 236,000 + 24,000 a year;
  信州 104,000 is 96,000 + 8,000 a year — its price is 96,000, under 10万: fail); the vendor rows and the 含税 / 不含税 rows repeat the
  same sums (never count twice); 浔阳's lines sit under '不含税' (答疑: '以上报价均不含税，增值税另计', no rate: 13 %) and its 订单跟踪 (a
  must-have) is an option: (170,000 + 25,000 + 20,000) × 1.13 = 242,950 — its 积分商城 option (deferrable) is not added — and it
  answers in 4 hours with major policy changes charged; 章贡's 208,000 含税 is the cheapest proper price and 万婷 recommends it, but
  its 等保 is '按等保三级标准设计开发，可协助客户完成测评' (claimed: unverified) and it carries 智能客服机器人 (bloat); 景德镇昌江's
  '(空白)' rows and '放弃报价' are a decline (not listed); the 总计 row (850,000) is no vendor; 采购备注 are hers.
Analyst's pick: 南昌红谷滩分期科技有限公司 — 188,000 + 36,000 + 12,000 = 236,000 含税 inside the band, every gate proven, all
  consumer-installment must-haves, 12 months with upgrades, free policy adaptation, 7×24 within 2 h, consulting, in the contract,
  24,000 a year after, full source."""
    vendors = [
        dict(vendor="南昌红谷滩分期科技有限公司", gate="pass", price=236000,
             why="pivot: under 含税, 源码授权费 188,000 + 实施部署费 36,000 + 培训费 12,000 = 一次性费用 236,000 (the 总计 260,000 adds the 24,000 维保期满年费, a yearly fee); 答疑: '含税（13%增值税专用发票）'; filing 36010943012-24007; SM4 on 身份证号/手机号/银行卡号; 全站HTTPS; RBAC; 12 months; 百行征信; 商品管理, 分期计算器, 订单跟踪, 用户管理, 风控审批, 还款管理; 12 months with bug fixes and minor upgrades; policy free; 7×24; 2 h; consulting; in the contract; full source, unencrypted. '总计26万，偏贵' is 万婷's.",
             values=_vals(response_hours=2, annual_fee_after_warranty_cny=24000, source_code_delivery="full"),
             status=_st(response_hours="stated"), fin=CI + CORE + ["repayment_management"], fex=BLOAT + ["points_mall"],
             flex=ALL_BAD),
        dict(vendor="九江浔阳软件有限公司", gate="pass", price=242950,
             why="pivot: under 不含税, 源码授权费 170,000 + 实施部署费 25,000 = 195,000 (一次性), 选配 订单跟踪模块 20,000 and 积分商城 15,000; 答疑 '以上报价均不含税，增值税另计' (no rate: 13%) and 功能模块 lacks 订单跟踪 — a must-have bought as the option: (195,000 + 20,000) × 1.13 = 242,950; 积分商城 is deferrable, not added and not included. Filing 36040243055-23019, SM4 on 身份证号/手机号, HTTPS, RBAC, 12 months, 百行 + 朴道; 12 months with upgrades; '一般调整免费，重大政策调整另行报价' (conditional); 7×24 but 4 h; consulting; contract; full source. The 18,000 yearly fee is 不含税 (not asserted).",
             values=_vals(policy_adaptation_free=False, response_hours=4, source_code_delivery="full"),
             status=_st(policy_adaptation_free="conditional", response_hours="stated"),
             fin=CI + CORE + ["repayment_management"], fex=BLOAT + ["points_mall"],
             flin=["response_over_2h", "policy_adaptation_charged"],
             flex=NOGATE + ["price_below_15w", "price_over_budget", "no_sm4", "no_tls", "no_7x24", "maintenance_under_12m",
                            "maintenance_excludes_upgrades", "no_lifetime_consulting", "not_in_contract", "bloat_features",
                            "source_partial", "source_licence_only"]),
        dict(vendor="赣州章贡数科有限公司", gate="unverified", price=208000,
             why="pivot: 含税, 源码授权费（含实施培训） 208,000 (一次性; 总计 238,000 adds the 30,000 yearly fee); 答疑: 等保 '按等保三级标准设计开发，可协助客户完成测评' = a claim, no filing: unverified; SM4 on 敏感字段, HTTPS, RBAC, 12 months, 百行; modules with all must-haves plus 智能客服机器人 (bloat); 12 months with upgrades, policy free, 7×24 within 1 h, consulting, contract, full source. 万婷's '正规厂家，价格合适，推荐' is hers.",
             values=_vals(response_hours=1, annual_fee_after_warranty_cny=30000, source_code_delivery="full"),
             status=_st(mlps_level3="claimed", response_hours="stated"),
             fin=CI + CORE + ["repayment_management", "ai_customer_service"], flin=["bloat_features"],
             flex=["no_mlps_level3", "missing_must_have", "price_below_10w", "price_below_15w", "price_over_budget",
                   "price_missing", "no_sm4", "no_tls", "no_7x24", "maintenance_under_12m", "response_over_2h",
                   "source_partial", "source_licence_only"]),
        dict(vendor="上饶信州网络工作室", gate="fail", price=96000,
             why="pivot: 含税, 源码授权费 80,000 + 实施部署费 16,000 = 96,000 (< 10万: fail); the 总计 104,000 adds its 8,000 yearly fee and is no price. 答疑: '未做等保' (fail), AES (not SM4), 单一管理员账号, logs 3个月, bureau '未对接', 3 months bug fixes only, policy charged, 工作日 support answered the next day, no consulting, not in the contract, '授权使用，绑定域名' = licence only; modules 商品管理, 分期计算器, 订单管理 (order tracking), 用户管理, 还款管理.",
             values=dict(mlps_level3=False, sm4_encryption=False, audit_log_months=3, licensed_credit_bureau=False,
                         free_maintenance_months=3, maintenance_includes_upgrades=False, policy_adaptation_free=False,
                         support_7x24=False, lifetime_consulting=False, commitments_in_contract=False,
                         source_code_delivery="licence_only"),
             status=dict(mlps_level3="stated", sm4_encryption="stated", audit_log_months="stated",
                         free_maintenance_months="stated"),
             fin=CI, fex=BLOAT,
             flin=["price_below_10w", "no_mlps_level3", "no_sm4", "audit_log_under_6m", "maintenance_under_12m", "no_7x24",
                   "source_licence_only"],
             flex=["price_missing", "price_over_budget", "missing_must_have", "bloat_features"]),
    ]
    write_toml(Q3_NAME.replace(".xlsx", ".toml"), comment, "consumer_installment", [Q3_NAME], "南昌红谷滩分期科技有限公司",
               "红谷滩's one-off lines sum to 236,000 含税 (the pivot's 总计 260,000 adds a 24,000 yearly fee) inside 20-30万; it proves every gate (filing 36010943012-24007, SM4, HTTPS, RBAC, 12-month logs, 百行), has every consumer-installment must-have, 12 months with upgrades, free policy adaptation, 7×24 within 2 h, consulting, in the contract, full source. 万婷's pick 章贡 (208,000) only claims 等保 ('按等保三级标准设计开发'): unverified; 浔阳's 19.5万 is 不含税 with the must-have 订单跟踪 as an option: 242,950, 4 h, major policy changes charged; 信州's 总计 104,000 hides a 96,000 price (fail, 未做等保); 景德镇昌江 declined.",
               vendors)


if __name__ == "__main__":
    build_zzq01()
    build_zzq02()
    build_zzq03()
