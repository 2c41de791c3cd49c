"""Reading what buyers really have: every format, every layout, title rows, notes, units, corrections."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from core.errors import QuoteError
from core.ingest import read_sheets
from core.load import build_quoteset, load, read_files
from core.mapping import match_label
from core.model import Profile
from core.scoring import score
from tests import fixtures_make as fm

SAMPLES = Path(__file__).resolve().parents[1] / "sample_data"


def load_path(p: Path, **kw):
    return load([(p.name, p.read_bytes())], **kw)


def by_vendor(qs):
    return {q.vendor: q for q in qs.quotes}


# ------------------------------------------------------------------------------------------------
# Formats and encodings: the same small table gives the same quotes whatever the container
# ------------------------------------------------------------------------------------------------
SAME_TABLE = [fm.utf8_csv, fm.utf8_bom_csv, fm.gb18030_csv, fm.utf16_tsv, fm.xlsm, fm.ods, fm.xls]


@pytest.mark.parametrize("make", SAME_TABLE, ids=lambda f: f.__name__)
def test_every_format_reads_the_same_quotes(make, tmp_path):
    qs = load_path(make(tmp_path))
    assert [q.vendor for q in qs.quotes] == fm.WIDE_VENDORS
    q = by_vendor(qs)
    assert q["安信科技"].values["price_cny"] == 228_000
    assert q["融科软件"].values["price_cny"] == 198_000
    assert q["信达系统"].values["price_cny"] is None  # 面议 stays unknown
    assert q["融科软件"].values["policy_adaptation_free"] is False
    assert q["融科软件"].values["policy_adaptation_fee_cny"] == 80_000
    assert q["信达系统"].values["support_7x24"] is False
    assert q["安信科技"].values["features"][:3] == ["user_management", "repayment_management", "risk_approval"]
    assert not qs.warnings


def test_long_layout(tmp_path):
    qs = load_path(fm.long_layout_xlsx(tmp_path))
    q = by_vendor(qs)
    assert set(q) == {"安信科技", "融科软件"}
    assert q["安信科技"].values["mlps_level3"] is True and q["安信科技"].values["price_cny"] == 228_000


def test_a_long_table_reads_the_vendors_words_over_the_clerks_number_and_its_unit(tmp_path):
    """'数值 | 单位 | 原文': the words as the vendor wrote them are read ('日志保存180天' is 6 months, not 180); the
    number with its unit ('48' | '千元') only where the words are blank; a row about every vendor is a statistic."""
    p = tmp_path / "长表.csv"
    p.write_text("供应商,指标,数值,单位,原文\n"
                 "甲科技,合计,28,万元,合计28万元（含税）\n"
                 "甲科技,日志保存,180,天,日志保存180天\n"
                 "甲科技,响应时间,30,分钟,\n"
                 "乙科技,合计,240,千元,\n"
                 "全部供应商,平均报价,26,万元,按合计列平均\n", encoding="utf-8")
    qs = load_path(p)
    q = by_vendor(qs)
    assert set(q) == {"甲科技", "乙科技"}
    assert (q["甲科技"].values["price_cny"], q["甲科技"].values["audit_log_months"]) == (280_000, 6)
    assert q["甲科技"].values["response_hours"] == 0.5
    assert q["乙科技"].values["price_cny"] == 240_000
    assert [(s.where, s.reason) for s in qs.skipped] == [("A6", "skip.summary_row")]


def test_a_tracker_export_with_wiki_tables_in_its_cells_is_read_at_its_commas(tmp_path):
    """A Jira export: quoted cells of many lines full of '|' (the vendor's answers as a wiki table) never make '|' the
    separator; 'Custom field (供应商)' is the vendor field; the table's rows are read as 'label：value' lines; a
    comment quoting the vendor's mail ('最终报价调整为24.8万元') is its later price, and a warning says so."""
    desc = ("h3. 供应商书面答复\n||项目||答复||\n|报价|26.5万元（含税）|\n|等保|三级，备案证明编号35020043118-24006|\n"
            "|功能|个人征信查询、风控模型、反欺诈、还款管理|\n|反欺诈|提供|")
    comment = "12/May/25 10:40 AM;chenjing;供应商邮件回复（原文）：“最终报价调整为24.8万元（含税），其余条款不变。”"
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Summary", "Issue Type", "Description", "Custom field (供应商)", "Custom field (报价（万元）)", "Comment"])
    w.writerow(["选型", "Epic", "预算18–25万|硬性要求：等保三级", "", "", ""])
    w.writerow(["供应商评估：甲", "Task", desc, "甲科技有限公司", "26.5", comment])
    w.writerow(["供应商评估：乙", "Task", desc.replace("26.5万元", "23万元"), "乙科技有限公司", "23", ""])
    p = tmp_path / "jira.csv"
    p.write_text(buf.getvalue(), encoding="utf-8")
    qs = load_path(p)
    q = by_vendor(qs)
    assert set(q) == {"甲科技有限公司", "乙科技有限公司"}
    assert (q["甲科技有限公司"].values["price_cny"], q["乙科技有限公司"].values["price_cny"]) == (248_000, 230_000)
    assert q["乙科技有限公司"].values["mlps_level3"] is True
    assert {"personal_credit_report", "risk_model", "anti_fraud"} <= set(q["乙科技有限公司"].values["features"])
    assert [w.code for w in qs.warnings if w.code == "warn.later_word"] == ["warn.later_word"]


def test_cell_comments_are_read_with_their_cells(tmp_path):
    """The fine print a buyer keeps in Excel comments (批注) is part of what the cell says: '是' with the comment
    '按照等保三级要求设计开发' is a claim, '19.5' with '风控模型另加3.5万元' is 19.5万 plus the risk model at 3.5万."""
    from openpyxl.comments import Comment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["供应商", "报价（万元）", "等保三级", "风控模型"])
    ws.append(["甲科技", 19.5, "是", "是"])
    ws.append(["乙科技", 23, "是", "是"])
    ws["B2"].comment = Comment("吴佳:\n风控模型为选配，另加3.5万元（含税）。", "吴佳")
    ws["C2"].comment = Comment("吴佳:\n系统按照等保三级要求设计开发，可配合贵司完成测评。", "吴佳")
    ws["C3"].comment = Comment("备案证明编号51010043092-24015", "吴佳")
    p = tmp_path / "批注.xlsx"
    wb.save(p)
    q = by_vendor(load_path(p))
    assert q["甲科技"].evidence["mlps_level3"][0] == "claimed"
    assert "按照等保三级要求设计开发" in q["甲科技"].evidence["mlps_level3"][1]
    assert q["乙科技"].values["mlps_level3"] is True and "mlps_level3" not in q["乙科技"].evidence
    assert q["甲科技"].values["price_cny"] == 195_000  # the cell's figure in the header's 万, its comment beside it
    assert any(f == "risk_model" and cost == 35_000 for _w, f, cost in q["甲科技"].price_parts["options"])


def test_a_vendors_mark_up_of_the_buyers_draft_reads_agreed_as_the_draft(tmp_path):
    """Heads of terms: each vendor's mark-up beside the lender's draft. 'Agreed.' is the draft as written; 'Agreed –
    within 1 hour' the vendor's words; 'Agreed, save that …' the draft with a condition; 'Agreed in principle …' only
    the vendor's words (a claim); 'Not agreed.' a no; the draft column is never a vendor."""
    rows = [["Clause", "Heading", "Lender's draft position", "甲 Tech Ltd.", "乙 Soft Ltd.", "Legal's note"],
            ["2.1", "Total contract price", "Not to exceed RMB 300,000 incl. VAT", "RMB 234,000 incl. VAT",
             "RMB 215,000 incl. VAT", ""],
            ["4.1", "MLPS Level 3", "Vendor holds a valid MLPS Level 3 filing; certificate attached.", "Agreed.",
             "Agreed in principle. The system is designed to MLPS Level 3 standards.", "Chase 乙"],
            ["5.2", "Regulatory change", "Changes required by new regulation adapted free of charge.", "Agreed.",
             "Agreed, save that major regulatory reforms will be quoted separately.", ""],
            ["5.4", "Response time", "A named engineer responds within 2 hours.", "Agreed – within 1 hour.",
             "Not agreed – 4 hours.", ""],
            ["5.5", "Technical consulting", "Lifetime technical consulting at no charge.", "Agreed.", "Not agreed.", ""]]
    qs = load([("hot.xlsx", xlsx_bytes(rows))])
    q = by_vendor(qs)
    assert set(q) == {"甲 Tech Ltd.", "乙 Soft Ltd."}
    a, b = q["甲 Tech Ltd."].values, q["乙 Soft Ltd."].values
    assert (a["mlps_level3"], a["policy_adaptation_free"], a["response_hours"], a["lifetime_consulting"]) == \
        (True, True, 1, True)
    assert q["乙 Soft Ltd."].evidence["mlps_level3"][0] == "claimed"
    assert q["乙 Soft Ltd."].evidence["policy_adaptation_free"][0] == "conditional"
    assert (b["response_hours"], b["lifetime_consulting"]) == (4, False)


def test_a_colour_legend_gives_each_coloured_cell_its_standing(tmp_path):
    """'图例：绿色 = 已见书面材料 | 黄色 = 口头表示 | 灰色 = 未答复' above the table: a yellow '已取得三级' is only claimed,
    a grey cell unanswered, a green one stated; the legend's meaning shows beside the words."""
    from openpyxl.styles import PatternFill

    green, yellow, grey = (PatternFill("solid", fgColor=c) for c in ("C6EFCE", "FFEB9C", "D9D9D9"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["图例（单元格底色）：", "绿色：已见书面材料", "黄色：供应商口头表示，尚未提供书面材料", "灰色：供应商未答复"])
    ws.append([])
    ws.append(["项目", "甲科技", "乙科技"])
    ws.append(["报价（万元）", 23.6, 19.9])
    ws.append(["等保三级", "三级，备案编号36010043058-24011", "已取得三级"])
    ws.append(["免费维护期", "12个月", "24个月"])
    ws.append(["写入合同", "是", "是"])
    for ref, fill in (("B1", green), ("C1", yellow), ("D1", grey), ("B5", green), ("C5", yellow), ("C6", yellow),
                      ("C7", grey)):
        ws[ref].fill = fill
    p = tmp_path / "颜色.xlsx"
    wb.save(p)
    q = by_vendor(load_path(p))
    a, b = q["甲科技"], q["乙科技"]
    assert a.values["mlps_level3"] is True and "mlps_level3" not in a.evidence
    assert b.evidence["mlps_level3"][0] == "claimed" and "口头表示" in b.evidence["mlps_level3"][1]
    assert (b.values["free_maintenance_months"], b.evidence["free_maintenance_months"][0]) == (24, "claimed")
    assert b.values["commitments_in_contract"] is None and a.values["commitments_in_contract"] is True


def test_modules_given_away_join_a_feature_list_read_from_its_own_column(tmp_path):
    """'赠送智能客服机器人' in the price cell: the gift joins the quote's module list."""
    data = xlsx_bytes([["供应商", "报价", "功能模块"],
                       ["甲科技", "21.6万元，含税；赠送智能客服机器人和区块链存证模块", "个人征信、风控模型、反欺诈、还款管理"]])
    q = by_vendor(load([("g.xlsx", data)]))["甲科技"]
    assert {"personal_credit_report", "risk_model", "ai_customer_service", "blockchain_evidence"} <= \
        set(q.values["features"])
    assert q.values["price_cny"] == 216_000


def test_a_label_naming_the_modules_and_the_price_joins_the_feature_columns():
    """'功能模块及报价' | '个人征信、风控模型；25万元' beside a 反欺诈 column: the modules join the column's, the price is
    read (this ended the run with a TypeError: the joint label's list was a tuple)."""
    data = xlsx_bytes([["供应商", "功能模块及报价", "反欺诈", "等保三级"],
                       ["甲科技", "个人征信、风控模型；25万元", "有", "已取得，备案证明编号42010043091-24015"]])
    q = by_vendor(load([("j.xlsx", data)]))["甲科技"]
    assert q.values["features"] == ["personal_credit_report", "risk_model", "anti_fraud"]
    assert q.values["price_cny"] == 250_000


def _register_csv(tmp_path, rows):
    p = tmp_path / "供应商报价登记.csv"
    head = "供应商,类别,项目,回答,金额（万元）,税,审核备注\n"
    p.write_text(head + "\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return p


def test_a_registers_amount_column_gives_each_line_its_role(tmp_path):
    """A long register with the money in its own column (万元): items are summed, the total checked, servers taken
    out of the total, an optional module priced as an option, the year-2 fee kept out of the price, and the line's
    own words still read for their field."""
    p = _register_csv(tmp_path, [
        ("甲科技", "报价", "源码授权", "完整源码，可二次开发", "12", "不含税", ""),
        ("甲科技", "报价", "实施部署", "15人天", "3", "不含税", ""),
        ("甲科技", "硬件", "数据库服务器", "2台", "4", "不含税", "我方自有机房，不采购"),
        ("甲科技", "报价", "报价合计", "", "19", "不含税", ""),
        ("甲科技", "选配", "风控模型", "选配，不在合计内", "2", "不含税", ""),
        ("甲科技", "报价", "第二年起维护费", "每年", "1.5", "不含税", ""),
        ("甲科技", "合规", "等保三级", "已取得，备案编号 44010043122-23001", "", "", ""),
        ("乙软件", "报价", "系统买断", "", "20", "含税", ""),
        ("乙软件", "合规", "等保三级", "已取得，备案编号 44010043122-23002", "", "", ""),
    ])
    q = by_vendor(load_path(p))
    a = q["甲科技"]
    assert a.price_parts["base"] == 150_000  # 19万 less the 4万 of servers, 不含税
    assert a.price_parts["hardware_excluded"] == 40_000
    assert a.price_parts["tax"] == "excl"
    assert a.values["price_cny"] == pytest.approx(150_000 * 1.13)
    assert [o[1] for o in a.price_parts["options"]] == ["risk_model"]  # 风控模型 priced 2万 as an option
    assert a.price_parts["options"][0][2] == 20_000
    assert a.values["annual_fee_after_warranty_cny"] == 15_000
    assert a.values["source_code_delivery"] == "full"  # the licence line's words
    assert "risk_model" not in (a.values["features"] or [])
    assert q["乙软件"].values["price_cny"] == 200_000


def test_an_exported_mailbox_is_one_quote_per_vendor_and_the_last_word_governs(tmp_path):
    """Outlook's English CSV export of an RFQ folder: the buyer's own messages and an automatic reply are listed,
    never quotes; each vendor is one quote named by its signature; a later message's price replaces an earlier one."""
    p = tmp_path / "RFQ folder.csv"
    rows = [
        ("Subject", "Body", "From: (Name)", "From: (Address)", "To: (Name)"),
        ("RFQ: loan system source code", "Dear vendors,\nPlease quote incl. VAT. MLPS Level 3 is required.\n\nLi Na\n"
         "ABC Microcredit Co., Ltd.", "Li Na", "li.na@abclending.com", "Alpha; Beta"),
        ("RE: RFQ: loan system source code", "Dear Ms Li,\nOur quotation:\nPrice: CNY 230,000 incl. VAT\n"
         "MLPS Level 3: filed, certificate no. 11010843001-23001\nEncryption: SM4 on ID and card numbers\n"
         "Free maintenance: 12 months incl. upgrades\nSupport: 24/7, response within 2 hours\n\nBest regards,\n"
         "Wang Lei\nAlpha Software Co., Ltd.", "Wang Lei", "wang.lei@alpha-soft.com", "Li Na"),
        ("Automatic reply: RFQ: loan system source code", "I am out of the office until 20 January.", "Zhou Min",
         "zhou.min@beta-tech.cn", "Li Na"),
        ("RE: RFQ: loan system source code", "Hi Ms Li,\nPrice: CNY 198,000 excl. VAT\n"
         "MLPS Level 3: application in progress\n\nZhang Wei\nBeta Technology Co., Ltd.", "Zhang Wei",
         "zhang.wei@beta-tech.cn", "Li Na"),
        ("RE: RE: RFQ: loan system source code", "Dear Ms Li,\nAfter internal approval we can offer CNY 210,000 incl. "
         "VAT, all other terms unchanged.\n\nWang Lei\nAlpha Software Co., Ltd.", "Wang Lei",
         "wang.lei@alpha-soft.com", "Li Na"),
        ("FW: quotes so far", "Boss: Alpha now 210k, Beta 198k + VAT; Alpha first.", "Li Na", "li.na@abclending.com",
         "Boss"),
    ]
    with p.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    qs = load_path(p)
    q = by_vendor(qs)
    assert set(q) == {"Alpha Software Co., Ltd.", "Beta Technology Co., Ltd."}
    alpha, beta = q["Alpha Software Co., Ltd."], q["Beta Technology Co., Ltd."]
    assert alpha.values["price_cny"] == 210_000  # the later offer, not the first 230,000
    assert alpha.values["mlps_level3"] is True and alpha.values["support_7x24"] is True
    assert alpha.values["free_maintenance_months"] == 12
    assert beta.values["price_cny"] == pytest.approx(198_000 * 1.13)
    assert beta.evidence["mlps_level3"][0] == "claimed"  # in progress
    listed = [n.reason for n in qs.notes]
    assert listed.count("skip.buyer_message") == 2 and listed.count("skip.auto_reply") == 1
    assert alpha.sources["price_cny"][0].address == "B6"  # the later message's body cell


def _one_sheet(tmp_path, name: str, rows: list) -> Path:
    """A workbook of one sheet holding `rows`, saved as `name`."""
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(tmp_path / name)
    return tmp_path / name


def test_a_clarification_register_is_read_over_the_bids(tmp_path):
    """A Chinese tender workbook: 开标一览表, 技术响应 with 条款号, and a 澄清记录 whose answers replace what a bid said
    (an 等保 answer, a 最终报价) and name a module as an option; an unanswered question is listed, not read."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "开标一览表"
    for row in [("序号", "投标人", "投标总价（元）", "税率"), (1, "甲数科有限公司", 260000, "含税"),
                (2, "乙软件有限公司", 230000, "含税")]:
        ws.append(row)
    ws = wb.create_sheet("技术响应")
    for row in [("条款号", "评审项", "甲数科有限公司", "乙软件有限公司"),
                ("T-01", "等保三级", "已取得，备案证明编号31010043001-23001", "满足"),
                ("T-02", "功能模块", "企业征信、银行流水分析、电子合同、审批流、还款管理、用户管理",
                 "企业征信、电子合同、审批流、还款管理、用户管理"),
                ("T-03", "免费维保期", "12个月，含升级", "12个月，含升级")]:
        ws.append(row)
    ws = wb.create_sheet("澄清记录")
    for row in [("编号", "投标人", "澄清问题", "投标人答复"),
                ("C1", "乙软件有限公司", "T-01：请提供等保三级备案证明编号。", "目前正在测评中，预计6月取得备案证明。"),
                ("C2", "乙软件有限公司", "T-02：银行流水分析是否包含在报价内？", "银行流水分析为选配，另加2万元（含税）。"),
                ("C3", "甲数科有限公司", "请给出最终报价（含税）。", "最终报价24.8万元（含税），其余条款不变。"),
                ("C4", "甲数科有限公司", "T-03：维保期满后的年费是多少？", None)]:
        ws.append(row)
    p = tmp_path / "招标评审.xlsx"
    wb.save(p)
    qs = load_path(p)
    q = by_vendor(qs)
    assert set(q) == {"甲数科有限公司", "乙软件有限公司"}
    a, b = q["甲数科有限公司"], q["乙软件有限公司"]
    assert a.values["price_cny"] == 248_000  # the final offer, not the 260,000 read at the opening
    assert b.values["mlps_level3"] is False and b.evidence["mlps_level3"][0] == "claimed"  # 满足 replaced by 测评中
    assert [o[1] for o in b.price_parts["options"]] == ["cashflow_analysis"]
    assert any(w.code == "warn.answer_replaces" for w in qs.warnings)
    assert [n.reason for n in qs.notes].count("skip.unanswered") == 1


def test_an_erp_export_of_quotation_lines_is_one_quote_per_document(tmp_path):
    """A purchase system's English export: the supplier and header note on each document's first line only, lines
    taxed at different rates (Amount incl. VAT is summed), an optional module of quantity 0 at its unit price, a
    yearly support line not bought, and a grand total row at the foot."""
    p = tmp_path / "quotation_lines.csv"
    rows = [
        ("Quotation No.", "Supplier", "Header note", "Line", "Item", "Description", "Qty", "Unit price incl. VAT",
         "Amount incl. VAT", "Line note"),
        ("Q-001", "Alpha Fintech Co., Ltd.", "MLPS Level 3 filed, certificate no. 11010843001-23001; SM4; HTTPS; RBAC",
         1, "Loan system licence", "Credit report, risk model, anti-fraud, repayment, approval workflow, user management",
         1, "203,400.00", "203,400.00", ""),
        ("", "", "", 2, "Implementation", "On-site deployment", 1, "31,800.00", "31,800.00", ""),
        ("", "", "", 3, "Annual support", "After the free year, per year", 0, "26,500.00", "0.00", "Not ordered now"),
        ("Q-002", "Beta Software Co., Ltd.", "MLPS Level 3 filed, certificate no. 11010843001-23002", 1,
         "Loan system licence", "Credit report, anti-fraud, repayment, approval workflow, user management", 1,
         "180,800.00", "180,800.00", ""),
        ("", "", "", 2, "Risk model", "Optional module", 0, "22,600.00", "0.00", "Optional, not in this quotation"),
        ("Total", "", "", "", "", "", "", "", "416,000.00", ""),
    ]
    with p.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    qs = load_path(p)
    q = by_vendor(qs)
    assert set(q) == {"Alpha Fintech Co., Ltd.", "Beta Software Co., Ltd."}
    a, b = q["Alpha Fintech Co., Ltd."], q["Beta Software Co., Ltd."]
    assert a.values["price_cny"] == 235_200  # 203,400 + 31,800; the support line is not bought
    assert a.values["annual_fee_after_warranty_cny"] == 26_500
    assert "risk_model" in a.values["features"] and a.values["mlps_level3"] is True
    assert b.price_parts["options"][0][1:] == ("risk_model", 22_600)
    assert any(s.reason == "skip.summary_row" for s in qs.skipped)


def test_stacked_vendor_blocks_each_give_one_quote_and_a_stated_rate_converts_a_foreign_price(tmp_path):
    """An appendix with one block per vendor (a title naming it, the same header each time, the buyer's check column
    beside the answers): each block is one quote, the check column is listed as the buyer's; a price in US dollars
    is read at the rate the sheet states; a block that only says the vendor declined is no quote."""
    p = _one_sheet(tmp_path, "附件二.xlsx", [("附件二：供应商应答汇总",), ("汇率：1美元=7.2人民币（仅用于比较）",), (),
                ("一、甲数科有限公司",), ("项目", "供应商应答", "我方核查"),
                ("报价", "22.8万元（含税）", "已核对"), ("等保三级", "已取得，备案证明编号31010043001-23001", "看过原件"),
                (), ("二、Pacific Lending Software Ltd.",), ("项目", "供应商应答", "我方核查"),
                ("报价", "USD 30,000 incl. VAT", "美元报价"), ("等保三级", "测评中", ""),
                (), ("三、丙软件有限公司",), ("项目", "供应商应答", "我方核查"), ("状态", "已放弃报价", "")])
    qs = load_path(p)
    q = by_vendor(qs)
    assert set(q) == {"甲数科有限公司", "Pacific Lending Software Ltd."}
    assert q["甲数科有限公司"].values["price_cny"] == 228_000
    assert q["Pacific Lending Software Ltd."].values["price_cny"] == 216_000  # 30,000 × 7.2
    assert "USD 30,000" in q["Pacific Lending Software Ltd."].sources["price_cny"][0].text  # its own words kept
    assert any(n.reason == "skip.notes_column" and "看过原件" in n.text for n in qs.notes)
    assert any(s.reason == "skip.declined" for s in qs.skipped)


def test_a_table_converted_from_pdf_joins_each_wrapped_line_to_its_vendor(tmp_path):
    """An English price comparison turned from PDF into Excel: each wrapped line of the answers is a row of its own,
    with the vendor and price on the first only, a word cut by the wrap, and a page break (footer, header again)
    inside a vendor's answers. Every line goes back to its vendor; the footer is listed."""
    p = _one_sheet(tmp_path, "comparison (converted).xlsx", [
                ("No.", "Vendor", "Price (CNY)", "Technical answer", "Service answer"),
                (1, "Alpha Software Co., Ltd.", 236000, "MLPS: Level 3, filing no.", "Maintenance: 12 months incl."),
                (None, None, None, "31010043001-23001", "minor upgrades"),
                (None, None, None, "Encryption: SM4; HTTPS", "Support: 24/7, 1 hour response"),
                (None, None, None, "Modules: user management, repay", None),
                (None, None, None, "ment, approval workflow", None),
                (None, None, "Page 1 of 2", None, None),
                ("No.", "Vendor", "Price (CNY)", "Technical answer", "Service answer"),
                (None, None, None, "Access: RBAC; logs 12 months", "Source: full source code"),
                (2, "Beta Systems Ltd.", 199000, "MLPS: Level 2 only", "Maintenance: 6 months"),
                (None, None, None, "Encryption: AES", "Support: office hours")])
    qs = load_path(p)
    q = by_vendor(qs)
    assert set(q) == {"Alpha Software Co., Ltd.", "Beta Systems Ltd."}
    a, b = q["Alpha Software Co., Ltd."].values, q["Beta Systems Ltd."].values
    assert a["mlps_level3"] is True and a["maintenance_includes_upgrades"] is True and a["support_7x24"] is True
    assert a["access_control"] is True and a["audit_log_months"] == 12  # after the page break, still Alpha's
    assert "repayment_management" in a["features"]  # 'repay' | 'ment' joined as one word
    assert b["mlps_level3"] is False and b["sm4_encryption"] is False
    assert any(n.reason == "skip.doc_line" and "Page 1" in n.text for n in qs.notes)


def test_a_price_by_size_is_the_tier_the_buyers_stated_size_falls_in(tmp_path):
    """Tiers per branch, the buyer's size above the table: the tier for 12 branches is the price (not the first
    tier), a flat price holds at any size, and accounts beyond those included are added at their stated price."""
    p = _one_sheet(tmp_path, "阶梯报价.xlsx", [
        ("各家按网点数阶梯报价（元）",), ("我司规模：网点12家；后台账号25个",),
        ("项目", "甲数科有限公司", "乙软件有限公司"),
        ("1-10家网点", "180,000", "150,000（一口价，不分档）"),
        ("11-30家网点", "220,000", None),
        ("30家以上", "面议", None),
        ("后台账号", "不限", "含20个，超出部分每个账号一次性1000元"),
        ("等保三级", "已取得，备案证明编号11010843001-23001", "已取得，备案证明编号11010843001-23002"),
        ("传输加密", "HTTPS", "HTTPS"), ("技术支持", "7×24小时", "7×24小时")])
    q = by_vendor(load_path(p))
    assert q["甲数科有限公司"].values["price_cny"] == 220_000
    assert q["乙软件有限公司"].values["price_cny"] == 155_000  # flat 150,000 + 5 accounts × 1,000


def test_a_word_table_pasted_with_a_paragraph_a_row_is_one_quote_per_vendor(tmp_path):
    """A Word report's table pasted into Excel: each paragraph of a cell is a row, the vendor's cell merged down over
    them. The rows are one vendor's quote: its modules one a row, its terms line by line, its price with the tax words
    on the row under it — never a quote per row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [("序号", "供应商", "报价", "资质与安全", "功能模块", "售后服务"),
                (1, "甲数科有限公司", "23.6万元", "等保三级：已取得，备案证明编号31010043001-23001", "个人征信查询", "免费维护12个月，含升级"),
                (None, None, "（含税）", "加密：SM4", "风控模型", "7×24小时技术支持"),
                (None, None, None, "传输：HTTPS", "反欺诈", "2小时内响应"),
                (None, None, None, None, "还款管理", None),
                (2, "乙软件有限公司", "19.8万元", "等保：二级", "个人征信查询", "免费维护6个月"),
                (None, None, "不含税", "加密：AES", "还款管理", "工作日支持")]:
        ws.append(row)
    for col in "AB":  # the Word cells merged down over their paragraphs
        ws.merge_cells(f"{col}2:{col}5")
        ws.merge_cells(f"{col}6:{col}7")
    p = tmp_path / "比选报告（表格粘贴）.xlsx"
    wb.save(p)
    qs = load_path(p)
    q = by_vendor(qs)
    assert set(q) == {"甲数科有限公司", "乙软件有限公司"} and len(qs.quotes) == 2
    a, b = q["甲数科有限公司"].values, q["乙软件有限公司"].values
    assert a["price_cny"] == 236_000 and a["features"][:4] == [
        "personal_credit_report", "risk_model", "anti_fraud", "repayment_management"]
    assert a["support_7x24"] is True and a["response_hours"] == 2 and a["tls"] is True
    assert b["price_cny"] == pytest.approx(198_000 * 1.13) and b["mlps_level3"] is False


def test_one_sheet_per_vendor(tmp_path):
    qs = load_path(fm.sheet_per_vendor_xlsx(tmp_path))
    q = by_vendor(qs)
    assert set(q) == {"安信科技", "融科软件"}
    assert q["融科软件"].values["support_7x24"] is False
    assert any(n.sheet == "说明" for n in qs.notes)  # the notes sheet is skipped, and said so


def test_transposed_sample_with_title_merged_cells_and_notes():
    qs = load_path(SAMPLES / "报价对比表_个人信用贷.xlsx")
    assert [q.vendor for q in qs.quotes] == ["信达系统", "安信科技", "融科软件", "云贷通"]
    q = by_vendor(qs)
    assert q["安信科技"].package == "标准版"
    assert q["安信科技"].values["mlps_level3"] is True  # 等保三级(2023年取得)
    assert q["云贷通"].values["free_maintenance_months"] == 24  # 两年
    assert q["信达系统"].values["annual_fee_after_warranty_cny"] is None  # 按次收费
    assert q["云贷通"].values["price_cny"] is None  # 面议
    # every value keeps its source text and address
    src = q["安信科技"].sources["price_cny"][0]
    assert src.text == "22.8万元" and src.address[0] == "D"
    assert any("备注" in n.text for n in qs.notes)
    assert any(n.sheet == "说明" for n in qs.notes)


def test_wide_sample_on_second_sheet_with_units_in_headers():
    qs = load_path(SAMPLES / "商户经营贷_报价汇总.xlsx")
    q = by_vendor(qs)
    assert q["鼎信数科"].values["price_cny"] == 330_000
    assert q["鼎信数科"].values["audit_log_months"] == 12
    assert q["汇通科技"].values["free_maintenance_months"] == 6
    assert q["小微宝"].values["business_types"] == ["merchant_loan", "personal_credit"]
    # 备注 is read for any fact it states (docs/analyst-reading.md section 5) and kept beside the quote
    assert not qs.unmapped_columns
    assert {m.label: m.code for m in qs.mapping}["备注"] == "notes"
    assert q["金服云"].extras == {"备注": "含部署培训"}


def test_gbk_csv_sample():
    qs = load_path(SAMPLES / "报价汇总_GBK.csv")
    q = by_vendor(qs)
    assert q["乐享分期"].values["price_cny"] == 198_000
    assert q["易分期"].values["price_cny"] == 180_000  # 十八万
    assert q["乐享分期"].values["free_maintenance_months"] == 3


def test_english_sample():
    qs = load_path(SAMPLES / "vendor_quotes_en.xlsx")
    q = by_vendor(qs)
    assert q["FinStack Ltd"].values["price_cny"] == 260_000
    assert q["QuickLend Pro"].values["price_cny"] == 240_000  # 18-24万: upper bound, with a warning
    assert any(w.code == "warn.range_upper" and w.cell == "D4" and w.sheet == "Quotes" for w in qs.warnings)
    assert q["LoanWare"].values["sm4_encryption"] is False  # No (AES-256)
    assert q["BudgetLoan"].values["response_hours"] is None  # ASAP is not a response time
    assert "order_tracking" not in q["QuickLend Pro"].values["features"]


# ------------------------------------------------------------------------------------------------
# Messy tables built here
# ------------------------------------------------------------------------------------------------
def xlsx_bytes(rows: list[list], title: str = "报价") -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_unreadable_cell_is_reported_with_sheet_and_cell_and_stays_unknown():
    data = xlsx_bytes([["供应商", "报价", "免费维保", "响应时间"],
                       ["甲公司", "价格好商量", "看情况", "尽快"],
                       ["乙公司", "20万", "1年", "2h"]])
    qs = load([("q.xlsx", data)])
    q = by_vendor(qs)
    assert q["甲公司"].values["price_cny"] is None
    assert q["甲公司"].values["free_maintenance_months"] is None
    cells = {(w.sheet, w.cell) for w in qs.warnings}
    assert {("报价", "B2"), ("报价", "C2"), ("报价", "D2")} <= cells
    assert q["乙公司"].values["free_maintenance_months"] == 12


def test_unmapped_columns_are_kept_not_dropped():
    data = xlsx_bytes([["供应商", "报价", "交付周期", "公司规模"], ["甲", "20万", "45天", "50人"]])
    qs = load([("q.xlsx", data)])
    assert qs.quotes[0].extras == {"交付周期": "45天", "公司规模": "50人"}
    assert {u["label"] for u in qs.unmapped_columns} == {"交付周期", "公司规模"}


def test_row_without_vendor_is_listed_not_lost():
    data = xlsx_bytes([["供应商", "报价", "等保三级"], ["甲", "20万", "是"], ["", "25万", "否"],
                       ["注：以上报价含税"]])
    qs = load([("q.xlsx", data)])
    assert [q.vendor for q in qs.quotes] == ["甲"]
    assert any(s.reason == "skip.no_vendor" and "25万" in s.text for s in qs.skipped)
    assert any("含税" in n.text for n in qs.notes)


def test_mapping_correction_changes_the_value():
    data = xlsx_bytes([["供应商", "总包费用", "等保三级"], ["甲", "20万", "是"]])
    results, failures = read_files([("q.xlsx", data)])
    assert match_label("总包费用").target is None or match_label("总包费用").target.code == "price_cny"
    before = build_quoteset(results, failures, {"总包费用": ""})
    assert before.quotes[0].values["price_cny"] is None
    after = build_quoteset(results, failures, {"总包费用": "price_cny"})
    assert after.quotes[0].values["price_cny"] == 200_000
    assert any(m.label == "总包费用" and m.code == "price_cny" and m.manual for m in after.mapping)


def test_feature_columns_as_yes_no():
    data = xlsx_bytes([["供应商", "个人征信", "风控模型", "还款管理", "区块链存证"], ["甲", "✓", "√", "有", "选配"]])
    q = load([("q.xlsx", data)]).quotes[0]
    assert q.values["features"] == ["personal_credit_report", "risk_model", "repayment_management"]


def test_full_width_text_and_header_units():
    data = xlsx_bytes([["供应商名称", "报价（万元）", "免费维保（年）", "响应时间（分钟）"], ["甲", "２２.８", 1, 30]])
    q = load([("q.xlsx", data)]).quotes[0]
    assert q.values["price_cny"] == 228_000
    assert q.values["free_maintenance_months"] == 12
    assert q.values["response_hours"] == 0.5


def test_duplicate_vendor_package_is_warned():
    data = xlsx_bytes([["供应商", "套餐", "报价"], ["甲", "标准版", "20万"], ["甲", "标准版", "21万"]])
    qs = load([("q.xlsx", data)])
    assert len(qs.quotes) == 2
    assert any(w.code == "warn.duplicate_quote" for w in qs.warnings)


# ------------------------------------------------------------------------------------------------
# Unusable files
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name,key", [("empty.csv", "err.empty_file"), ("headers_only.xlsx", "err.headers_only"),
                                      ("not_a_sheet.xlsx", "err.not_spreadsheet"),
                                      ("truncated.xlsx", "err.corrupt"), ("no_vendor.xlsx", "err.no_vendor")])
def test_bad_files_raise_the_core_error(name, key, tmp_path):
    p = fm.bad_files(tmp_path)[name]
    with pytest.raises(QuoteError) as e:
        load_path(p)
    assert e.value.key == key
    assert name in e.value.message("zh") and name in e.value.message("en")


def test_bad_file_beside_good_ones_is_a_warning(tmp_path):
    bad = fm.bad_files(tmp_path)["truncated.xlsx"]
    good = SAMPLES / "报价汇总_GBK.csv"
    qs = load([(bad.name, bad.read_bytes()), (good.name, good.read_bytes())])
    assert len(qs.quotes) == 4
    assert any(w.code == "err.corrupt" and w.file == "truncated.xlsx" for w in qs.warnings)


def test_wrong_extension_and_binary_are_refused():
    with pytest.raises(QuoteError) as e:
        read_sheets(b"%PDF-1.4 hello", "quote.pdf")
    assert e.value.key == "err.wrong_type"
    with pytest.raises(QuoteError) as e:
        read_sheets(b"\x00\x01\x02binary\x00\x00", "quote.csv")
    assert e.value.key == "err.not_spreadsheet"


# ------------------------------------------------------------------------------------------------
# A comparison sheet kept in blocks: a sub-title row and the header row again before each block
# ------------------------------------------------------------------------------------------------
def blocks_xlsx(blocks, vendors, *, title="询比价表", merge_titles=True, heads=None) -> bytes:
    """xlsx bytes: a title, then per block a sub-title row (merged across), a header row and its rows, then a
    blank row. `heads`: the header row's vendors per block (default: `vendors` each time)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "比价表"
    ws.append([title])
    ws.append([])
    for k, (sub, rows) in enumerate(blocks):
        names = heads[k] if heads else vendors
        ws.append([sub])
        if merge_titles:
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=1 + len(vendors))
        ws.append(["项目", *names])
        for r in rows:
            ws.append(r)
        ws.append([])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


BLOCKS = [("▌一、报价（各家原文）", [["报价金额", "21万6千元", "19.8w", "235k"], ["含税情况", "含税，13%专票", "不含税", "含税"]]),
          ("▌二、资质与安全", [["等保", "三级，备案证明编号34010043276-23008", "三级测评中", "无"], ["传输加密", "HTTPS", "HTTPS", "无"]]),
          ("▌三、售后服务", [["免费维保期", "两年", "1年半", "3个月"], ["支持时段", "7×24", "7×24", "工作时间"]])]
VENDORS = ["徽商云科", "淮信数智", "皖通易贷"]


def test_a_sheet_in_blocks_gives_one_quote_per_vendor_from_every_block():
    qs = load([("bijia.xlsx", blocks_xlsx(BLOCKS, VENDORS))])
    q = by_vendor(qs)
    assert sorted(q) == sorted(VENDORS)
    assert [q[v].values["price_cny"] for v in VENDORS] == [216_000, 223_740, 235_000]  # 19.8w 不含税 x 1.13
    assert [q[v].values["mlps_level3"] for v in VENDORS] == [True, False, False]
    assert [q[v].values["free_maintenance_months"] for v in VENDORS] == [24, 18, 3]
    assert [q[v].values["support_7x24"] for v in VENDORS] == [True, True, False]  # 支持时段
    # the sub-titles are no criteria ('▌一、报价' is no blank price), the headers again no quotes: both said
    assert [(n.where, n.text) for n in qs.notes if n.reason == "skip.section_row"] == [
        ("A3", "▌一、报价（各家原文）"), ("A8", "▌二、资质与安全"), ("A13", "▌三、售后服务")]
    assert [(s.where, s.reason) for s in qs.skipped] == [("A9", "skip.repeated_header"), ("A14", "skip.repeated_header")]
    assert q["徽商云科"].sources["price_cny"][0].address == "B5"
    assert not [w for w in qs.warnings if w.cell in ("B6", "C6", "D6")]  # the tax row is no amount to warn about


@pytest.mark.parametrize("subs", [("【报价】", "【资质与安全】", "【售后服务】"), ("一、商务部分", "二、技术部分", "三、服务部分"),
                                  ("A. COMMERCIAL", "B. SECURITY", "C. SERVICE"),
                                  ("第一部分 报价", "第二部分 资质", "第三部分 售后")])
def test_sub_titles_written_other_ways_open_blocks_too(subs):
    blocks = [(s, rows) for s, (_old, rows) in zip(subs, BLOCKS)]
    qs = load([("bijia.xlsx", blocks_xlsx(blocks, VENDORS, merge_titles=False))])
    q = by_vendor(qs)
    assert sorted(q) == sorted(VENDORS)
    assert q["皖通易贷"].values["price_cny"] == 235_000 and q["皖通易贷"].values["tls"] is False
    assert sum(n.reason == "skip.section_row" for n in qs.notes) == 3


def test_a_block_whose_header_names_the_vendors_in_another_order_reads_each_column_under_its_own_name():
    heads = [VENDORS, ["皖通易贷", "徽商云科", "淮信数智"], ["徽商云科", "皖通易贷"]]
    blocks = [BLOCKS[0],
              ("▌二、资质与安全", [["等保", "无", "三级，备案证明编号34010043276-23008", "三级测评中"]]),
              ("▌三、售后服务", [["免费维保期", "两年", "3个月"]])]  # 淮信 left out of this block
    qs = load([("bijia.xlsx", blocks_xlsx(blocks, VENDORS, heads=heads))])
    q = by_vendor(qs)
    assert [q[v].values["mlps_level3"] for v in VENDORS] == [True, False, False]
    assert q["皖通易贷"].sources["mlps_level3"][0].address == "B10"  # under its own name in that block
    assert [q[v].values["free_maintenance_months"] for v in VENDORS] == [24, None, 3]


def test_one_block_opened_by_a_sub_title_that_names_a_field_is_read():
    """'▌报价对比' above the header names the price: it opens the table, it is no price row."""
    blocks = [("▌报价对比", BLOCKS[0][1] + BLOCKS[1][1])]
    qs = load([("bijia.xlsx", blocks_xlsx(blocks, VENDORS))])
    q = by_vendor(qs)
    assert sorted(q) == sorted(VENDORS) and q["徽商云科"].values["price_cny"] == 216_000
    assert [(n.where, n.reason) for n in qs.notes if n.reason == "skip.section_row"] == [("A3", "skip.section_row")]


@pytest.mark.parametrize("label", ["SaaS租用（仅参考，非本次采购）", "SaaS年费（仅参考）", "云服务年费（非本次采购）",
                                   "租用方案报价（仅供参考）", "SaaS price (reference only)"])
def test_amounts_of_another_product_or_for_reference_only_are_kept_never_the_price_or_fee(label):
    data = xlsx_bytes([["项目", "甲科技", "乙科技"], ["报价金额", "21万", "23万"], [label, "3.6万/年", "4.8万/年起"],
                       ["维保期满后", "2.6万/年", "3万/年"], ["等保", "三级", "三级"]])
    q = by_vendor(load([("q.xlsx", data)]))
    assert [q[v].values["price_cny"] for v in ("甲科技", "乙科技")] == [210_000, 230_000]
    assert [q[v].values["annual_fee_after_warranty_cny"] for v in ("甲科技", "乙科技")] == [26_000, 30_000]
    assert q["甲科技"].extras[label] == "3.6万/年"


def test_a_block_of_labels_the_product_does_not_score_is_kept_under_each_vendor():
    blocks = [BLOCKS[0], BLOCKS[1],
              ("▌四、其他", [["交付周期", "45天", "60天", "30天", "均为工作日"], ["公司规模", "80人", "", "12人", ""]])]
    heads = [VENDORS, VENDORS, [*VENDORS, "备注"]]
    qs = load([("bijia.xlsx", blocks_xlsx(blocks, VENDORS, heads=heads))])
    q = by_vendor(qs)
    assert sorted(q) == sorted(VENDORS)
    assert q["淮信数智"].extras == {"交付周期": "60天"} and q["皖通易贷"].extras["公司规模"] == "12人"
    assert q["徽商云科"].values["price_cny"] == 216_000
    assert [(n.where, n.reason) for n in qs.notes if n.reason == "skip.notes_column"] == [("E15", "skip.notes_column")]


@pytest.mark.parametrize("label,code", [("维保期满年费", "annual_fee_after_warranty_cny"), ("维护期满年费", "annual_fee_after_warranty_cny"),
                                        ("Quote No.", None), ("Quotation number", None), ("免费维保期", "free_maintenance_months")])
def test_fee_after_the_period_and_quote_numbers_map_where_they_belong(label, code):
    t = match_label(label).target
    assert (t.code if t else None) == code


# ------------------------------------------------------------------------------------------------
# A vendor's quote document pasted line by line into one column (out of a PDF or Word reader)
# ------------------------------------------------------------------------------------------------
def pasted_xlsx(lines: list[str], column: int = 1) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for i, line in enumerate(lines, start=1):
        if line:
            ws.cell(row=i, column=column, value=line)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def comparable(q, business_type: str):
    from core.model import Profile
    from core.scoring import effective

    return effective(q, Profile.default(business_type))[0]


TIDY_DOC = [
    "杭州云梯软件技术有限公司",
    "报 价 单",
    "报价单号：YT-2025-0107-02                         日期：2025年1月7日",
    "致：嘉兴禾丰小额贷款有限公司",
    "一、报价明细（单位：元）",
    "序号  项目名称                                   数量   单价          金额",
    "1     小贷业务系统源码（含用户管理、还款计划、审批流、     1套    186,000.00    186,000.00",
    "      个人征信查询、风控模型、反欺诈）",
    "2     部署与数据迁移                               1项    24,000.00     24,000.00",
    "合计金额（大写）：贰拾壹万元整          （小写）：¥210,000.00",
    "以上价格含13%增值税，可开具专用发票。",
    "                                  第 1 页 共 2 页",
    "二、安全资质",
    "1. 等级保护：已通过三级测评，备案证明编号33010043990-24001。",
    "2. 加密：敏感信息SM4加密存储，全站HTTPS。",
    "三、售后服务",
    "1. 免费维护期18个月，含缺陷修复和小版本升级。",
    "2. 7×24小时技术支持，1小时内响应。",
    "3. 维护期满后每年服务费¥28,000。",
    "四、其他",
    "1. 报价有效期：60天。",
    "2. 付款：签约付50%，上线付50%。",
    "联系人：周磊    手机：139 0571 8866",
]


@pytest.mark.parametrize("column", [1, 2])
def test_a_quote_pasted_line_by_line_is_one_quote_with_its_items_total_and_terms(column):
    qs = load([("云梯报价.xlsx", pasted_xlsx(TIDY_DOC, column))])
    assert len(qs.quotes) == 1
    q = qs.quotes[0]
    assert q.vendor == "杭州云梯软件技术有限公司"  # the title, never the addressee (致：…小额贷款有限公司)
    assert q.values["price_cny"] == 210_000  # the 小写 total; the items 186,000 + 24,000 agree with it
    assert [v for _l, v in q.price_parts["items"]] == [186_000, 24_000]
    assert q.price_parts["tax"] == "incl"  # '以上价格含13%增值税' under the table
    # the item wrapped onto the next line keeps its modules
    assert {"personal_credit_report", "risk_model", "anti_fraud", "user_management", "repayment_management",
            "risk_approval"} <= set(q.values["features"])
    assert q.values["mlps_level3"] is True and q.values["sm4_encryption"] is True and q.values["tls"] is True
    assert q.values["free_maintenance_months"] == 18 and q.values["maintenance_includes_upgrades"] is True
    assert q.values["support_7x24"] is True and q.values["response_hours"] == 1
    assert q.values["annual_fee_after_warranty_cny"] == 28_000
    # quote number, date, phone number, 60 days and 50 % are no amounts: nothing warned, nothing taken
    assert not qs.warnings
    reasons = {(n.text.strip(), n.reason) for n in qs.notes}
    assert ("第 1 页 共 2 页", "skip.doc_line") in reasons and ("三、售后服务", "skip.section_row") in reasons
    assert "139 0571 8866" in q.extras["手机"]


def test_a_pasted_quote_with_an_option_list_and_prices_before_tax():
    lines = ["金华数融科技有限公司", "产品报价", "一、基础版报价",
             "1 数融分期系统 基础版 1 150,000 150,000", "2 实施部署 1 18,000 18,000", "基础版合计：168,000",
             "基础版包含：商品管理、订单管理、还款管理、审批流程、用户管理",
             "二、可选模块（未计入合计）", "1 分期试算引擎 1 30,000 30,000", "2 积分商城 1 20,000 20,000",
             "注：以上金额均未税，税费另计。", "三、服务", "免费维护12个月；工作日支持，8小时内响应"]
    q = load([("数融.xlsx", pasted_xlsx(lines))]).quotes[0]
    assert q.vendor == "金华数融科技有限公司"
    vals = comparable(q, "consumer_installment")
    # the must-have calculator is bought at its option price, the points mall is not; all before tax: x 1.13
    assert vals["price_cny"] == pytest.approx((168_000 + 30_000) * 1.13)
    assert "installment_calculator" in vals["features"] and "points_mall" not in vals["features"]
    assert q.values["support_7x24"] is False and q.values["response_hours"] == 8


def test_a_pasted_letter_is_read_from_its_lines_and_signed_by_the_vendor():
    lines = ["", "关于小贷系统的报价函", "", "嘉兴禾丰小额贷款有限公司：", "    您好！根据贵司需求，我司报价如下：",
             "    一、价格：19.6万元（含税），含一年维护。", "    二、功能：用户管理、还款管理、审批流、征信查询、智能风控、反欺诈。",
             "    三、资质：符合等保三级要求。", "    四、服务：永久免费维护！7×24小时在线。", "    此致", "",
             "                              衢州百川信息科技有限公司", "                              2025年1月9日"]
    qs = load([("报价函.xlsx", pasted_xlsx(lines))])
    q = qs.quotes[0]
    assert q.vendor == "衢州百川信息科技有限公司"  # the signature: the addressee is the buyer
    assert q.values["price_cny"] == 196_000
    assert q.values["mlps_level3"] is True and q.evidence["mlps_level3"][0] == "claimed"
    assert q.values["free_maintenance_months"] == 12 and q.evidence["free_maintenance_months"][0] == "claimed"
    assert q.values["support_7x24"] is True
    assert {"risk_model", "anti_fraud", "personal_credit_report"} <= set(q.values["features"])


def test_a_terse_pasted_quote_with_bullet_items_and_a_total_in_words():
    lines = ["丽江云码网络工作室  报价单", "To：嘉兴禾丰小额贷款有限公司          Date：2025/01/10", "报价明细：",
             "- 小贷系统源码（用户管理/还款管理/审批流/风控模型/反欺诈/征信查询）   ¥178,000", "- 部署实施   ¥30,000",
             "合计（大写）：贰拾万捌仟元整（含税）", "资质：等保二级", "售后：免费维护6个月；5×8小时支持",
             "维护期满年费：¥20,000", "联系电话：0888-5123 456"]
    q = load([("云码.xlsx", pasted_xlsx(lines))]).quotes[0]
    assert q.vendor == "丽江云码网络工作室"
    assert q.values["price_cny"] == 208_000 and [v for _l, v in q.price_parts["items"]] == [178_000, 30_000]
    assert q.values["mlps_level3"] is False
    assert q.values["free_maintenance_months"] == 6 and q.values["support_7x24"] is False
    assert q.values["annual_fee_after_warranty_cny"] == 20_000


def test_an_english_quotation_pasted_line_by_line():
    lines = ["QUOTATION", "Harbour Lending Systems Ltd", "Quote No.: HLS-2024-118        Date: 12 Dec 2024",
             "To: Pearl River Microcredit Co., Ltd.", "", "1. Pricing (CNY)",
             "No.  Item                                   Qty   Unit price     Amount",
             "1    Loan platform source licence (user management, repayment schedule,",
             "     risk approval workflow, credit bureau interface)   1   180,000.00   180,000.00",
             "2    Deployment and data migration          1     30,000.00      30,000.00",
             "Total: CNY 210,000.00 (excl. VAT)", "2. Options (not included above)",
             "1    Risk model engine                      1     35,000.00      35,000.00",
             "2    Anti-fraud module                      1     20,000.00      20,000.00", "3. Security",
             "MLPS: Level 3 certificate No. 44010043211-23001", "Encryption: SM4 on ID and phone fields; HTTPS",
             "Page 1 of 2", "4. After-sales", "12 months free maintenance incl. bug fixes and minor upgrades",
             "24/7 support, response within 2 hours", "Contact: Tony Lee   +86 138 0013 8000", "Page 2 of 2"]
    qs = load([("harbour.xlsx", pasted_xlsx(lines))])
    q = qs.quotes[0]
    assert q.vendor == "Harbour Lending Systems Ltd"
    assert "personal_credit_report" in q.values["features"]  # the wrapped item, its amount on the second line
    vals = comparable(q, "personal_credit")
    assert vals["price_cny"] == pytest.approx((210_000 + 35_000) * 1.13)  # the must-have risk model bought, before tax
    assert "anti_fraud" not in vals["features"]  # not a must-have for the type: not bought
    assert q.values["mlps_level3"] is True and q.values["response_hours"] == 2
    assert not qs.warnings  # 'Quote No.: HLS-2024-118' is no amount


def test_a_table_pasted_as_text_or_a_list_of_names_is_no_quote_document():
    from core.ingest import RawSheet
    from core.pasted import read_pasted

    csv_like = [["供应商,报价,等保三级"], ["甲科技,20万,是"], ["乙科技,25万,否"], ["丙科技,18万,是"], ["丁科技,22万,是"],
                ["戊科技,21万,否"]]
    names = [["甲科技有限公司"], ["乙科技有限公司"], ["丙科技有限公司"], ["丁科技有限公司"], ["戊科技有限公司"], ["己科技有限公司"]]
    assert read_pasted(RawSheet("a.xlsx", "Sheet1", csv_like)) is None
    assert read_pasted(RawSheet("b.xlsx", "Sheet1", names)) is None


@pytest.mark.parametrize("lines,price,items", [
    (["宁海智贷软件有限公司", "报价单", "1、报价明细", "序号 | 名称 | 数量 | 单价 | 金额",
      "1 | 系统源码授权（用户管理、还款管理、审批流） | 1 | 150,000 | 150,000", "2 | 实施费 | 1 | 20,000 | 20,000",
      "总计：170,000元（不含税）", "2、服务", "免费维护一年，7×24小时支持"], 192_100, [150_000, 20_000]),
    (["象山鑫码科技有限公司 报价", "一、价格", "1. 系统源码授权   18万", "2. 实施费   2万", "二、售后", "免费维护12个月",
      "维护期满后每年服务费2万元", "三、资质", "等保三级，证书编号33020043150-24001"], 200_000, [180_000, 20_000]),
])
def test_pasted_tables_with_bars_or_amounts_in_wan_and_terse_lines(lines, price, items):
    qs = load([("q.xlsx", pasted_xlsx(lines))])
    q = qs.quotes[0]
    assert q.values["price_cny"] == price and [v for _l, v in q.price_parts["items"]] == items
    assert q.values["free_maintenance_months"] == 12
    assert not qs.warnings


# ------------------------------------------------------------------------------------------------
# A bank's admission form: answers ticked on one sheet, prices on another, bidders who declined
# ------------------------------------------------------------------------------------------------
FORM_VENDORS = ["中原信科", "宋都网络"]


def form_xlsx(price_sheet: str = "商务报价", same_questions: bool = False) -> bytes:
    """xlsx bytes: a 准入评估 sheet (评估事项 | one column per vendor, every answer a row of check boxes) and a price
    sheet with vendors as rows; `same_questions`: the second sheet asks what the first does (a later round)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "准入评估"
    ws.append(["供应商准入评估表"])
    ws.append(["序号", "评估事项", *FORM_VENDORS])
    ws.append([1, "网络安全等级保护（三级）", "☑已取得　☐测评中", "☐已取得　☑测评中"])
    ws.append([2, "7×24小时技术支持", "☑是　☐否", "☐是　☑否　（工作日9:00-18:00）"])
    ws.append([3, "风控模型", "☑是　☐否　☐选配（另计）", "☐是　☐否　☑选配（另计）"])
    ws.append([4, "终身技术咨询", "☑是　☐否", "☐是　☐否"])
    qs = wb.create_sheet(price_sheet)
    if same_questions:
        qs.append(["序号", "评估事项", *FORM_VENDORS])
        qs.append([1, "网络安全等级保护（三级）", "☑已取得　☐测评中", "☑已取得　☐测评中"])
        qs.append([2, "7×24小时技术支持", "☑是　☐否", "☑是　☐否"])
        qs.append([3, "终身技术咨询", "☑是　☐否", "☑是　☐否"])
    else:
        qs.append(["商务报价汇总（金额单位：元）"])
        qs.append(["序号", "供应商名称", "报价合计", "计税方式", "选配模块报价（未计入合计）", "报价日期"])
        qs.append([1, FORM_VENDORS[1], "150,000", "不含税", "风控模型模块 30,000（不含税）", "2025-01-06"])
        qs.append([2, FORM_VENDORS[0], "213,000", "含税", "—", "2025-01-07"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_answers_on_one_sheet_and_prices_on_another_are_one_quote_per_vendor():
    qs = load([("准入评估.xlsx", form_xlsx())])
    q = by_vendor(qs)
    assert sorted(q) == sorted(FORM_VENDORS) and len(qs.quotes) == 2  # no vendor twice, no earlier version
    assert not any(x.earlier for x in qs.quotes)
    a, b = q["中原信科"], q["宋都网络"]
    assert (a.values["price_cny"], a.values["mlps_level3"], a.values["support_7x24"]) == (213_000, True, True)
    assert a.values["lifetime_consulting"] is True and b.values["lifetime_consulting"] is None  # nothing ticked
    # the ticked option priced on the other sheet, before tax: (150,000 + 30,000) x 1.13 for a personal-credit buyer
    res = score(qs, Profile(business_type="personal_credit"))
    assert next(v for v in res.vendors if v.quote is b).scored_values["price_cny"] == 203_400
    assert (b.values["mlps_level3"], b.evidence["mlps_level3"][0]) == (False, "claimed")  # ☑测评中
    assert b.values["support_7x24"] is False
    assert a.sources["price_cny"][0].address == "商务报价!C4"  # the cell named with the sheet it stands on
    assert [n.text for n in qs.notes if n.reason == "note.sheets_joined"] == ["准入评估 + 商务报价"]


def test_two_sheets_asking_the_same_things_are_never_joined():
    qs = load([("准入评估.xlsx", form_xlsx("第二轮", same_questions=True))])
    q = by_vendor(qs)
    assert q["宋都网络"].values["mlps_level3"] is True and q["宋都网络"].earlier  # a later round, the first kept
    assert not [n for n in qs.notes if n.reason == "note.sheets_joined"]


def platform_csv(rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf).writerows([["供应商名称", "报价状态", "含税总价(元)", "技术应答", "备注"], *rows])
    return buf.getvalue().encode("utf-8-sig")


def test_a_bidder_who_declined_is_no_quote_and_is_listed_as_left_out():
    data = platform_csv([["甲科技", "已报价", "246000.00", "等保：三级，备案证明编号45010043266-23009", ""],
                         ["乙软件", "已放弃", "", "", "项目交付周期无法满足，本轮放弃报价"],
                         ["丙数科", "", "", "", "本轮放弃报价"],
                         ["丁网络", "已报价", "199000.00", "", "部分模块放弃二次开发"]])
    qs = load([("export.csv", data)])
    assert sorted(q.vendor for q in qs.quotes) == ["丁网络", "甲科技"]  # a remark beside a price declines nothing
    assert sorted(s.text for s in qs.skipped if s.reason == "skip.declined") == [
        "丙数科: 本轮放弃报价", "乙软件: 已放弃"]


def test_when_every_bidder_declined_the_message_says_so():
    data = platform_csv([["乙软件", "已放弃", "", "", "项目交付周期无法满足"], ["丙数科", "No bid", "", "", ""]])
    with pytest.raises(QuoteError) as e:
        load([("export.csv", data)])
    assert e.value.key == "err.all_declined" and e.value.params["n"] == 2
    assert "放弃报价" in e.value.message("zh") and "declined" in e.value.message("en")


def test_a_vendors_remarks_column_is_never_a_second_vendor():
    """'供应商备注' / "Vendor's notes" hold the vendor's remarks: read for what they state, never taken for its name."""
    buf = io.StringIO()
    csv.writer(buf).writerows([["供应商备注", "供应商名称", "报价", "等保三级"],
                               ["含税价，可开专票；7×24小时支持", "甲科技", "22万", "已取得，备案证明编号31010043001-23001"],
                               ["", "乙软件", "19.8万", "测评中"]])
    qs = load([("remarks.csv", buf.getvalue().encode("utf-8"))])
    assert sorted(q.vendor for q in qs.quotes) == ["乙软件", "甲科技"]
    assert by_vendor(qs)["甲科技"].values["support_7x24"] is True  # the remark read for what it states


def test_a_multi_line_answer_cell_gives_every_fact_and_its_module_line():
    answer = "等保：三级，备案证明编号45010043266-23009\n加密：敏感字段SM4加密存储，全站HTTPS\n权限：RBAC\n" \
             "功能：商品管理、分期计算器、订单跟踪、还款管理\n源码：交付完整源码，无加密"
    qs = load([("export.csv", platform_csv([["甲科技", "已报价", "246000.00", answer, ""]]))])
    v = qs.quotes[0].values
    assert (v["mlps_level3"], v["sm4_encryption"], v["tls"], v["access_control"]) == (True, True, True, True)
    assert v["features"] == ["product_management", "installment_calculator", "order_tracking", "repayment_management"]
    assert v["source_code_delivery"] == "full" and v["price_cny"] == 246_000


def test_a_consultants_ratings_and_glossary_are_no_quotes(tmp_path):
    """A supervisor's report: its ratings sheet ('Vendor stability | 0.15 | 4 | 3', 'Weighted total') and its
    abbreviations appendix ('MLPS | Multi-Level Protection Scheme') are the consultant's words, never vendors; only
    the sheet of the vendors' quotations gives quotes."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ratings"
    for row in [["Ratings by criterion (1–5)"], [], ["Criterion", "Weight", "Alpha", "Beta"],
                ["Functional fit", 0.5, 4, 3], ["Vendor stability", 0.5, 4, 2], ["Weighted total", 1, 4, 2.5],
                ["Rank", None, 1, 2]]:
        ws.append(row)
    quotes = wb.create_sheet("Appendix A")
    for row in [["Item", "Alpha Credit Software Co., Ltd.", "Beta Fintech Ltd."], ["Total price", "CNY 236,000", "CNY 218,000"],
                ["VAT", "Included", "Excluded – 13% VAT to be added"], ["MLPS Level 3", "Level 3 held", "Not held"]]:
        quotes.append(row)
    gloss = wb.create_sheet("Appendix B")
    for row in [["Appendix B – Abbreviations"], [], ["MLPS", "Multi-Level Protection Scheme (等保)"],
                ["VAT", "Value-added tax"], ["SLA", "Service level agreement"]]:
        gloss.append(row)
    path = tmp_path / "report.xlsx"
    wb.save(path)
    qs = load([(path.name, path.read_bytes())])
    assert sorted(q.vendor for q in qs.quotes) == ["Alpha Credit Software Co., Ltd.", "Beta Fintech Ltd."]
    beta = by_vendor(qs)["Beta Fintech Ltd."]
    assert beta.values["price_cny"] == pytest.approx(218_000 * 1.13)  # 'VAT to be added': tax-exclusive
    assert match_label("Vendor stability").target is None and match_label("供应商实力").target is None
    assert match_label("Vendor").target.id == "vendor"


def test_a_count_of_answers_row_is_no_quote():
    """A matrix's 'Count of Y' row (3/5, 4/5 …) and '“是”的个数' count the others' answers: statistics, not vendors."""
    for label in ("Count of Y", "“是”的个数"):
        data = (f"Vendor,Quote (CNY),MLPS L3\n甲科技,238000,Y | 已取得\n乙软件,198000,N | no\n{label},,1/2\n"
                .encode("utf-8"))
        qs = load([("dd.csv", data)])
        assert sorted(q.vendor for q in qs.quotes) == ["乙软件", "甲科技"], label
        assert [s.text for s in qs.skipped if s.reason == "skip.summary_row"] == [label]


@pytest.mark.parametrize("governs", [True, False])
def test_a_forms_remarks_govern_the_options_chosen_when_the_form_says_so(governs):
    """A drop-down form whose instructions say '以补充说明为准': the vendor's remarks replace the option it picked
    (in progress, not held; tax-exclusive, not inclusive), and each replacement is said. Without those words the
    option's own column stays, and the disagreement is said."""
    rule = "填写说明：带▼的列请从下拉列表中选择；如不能准确反映实际情况，请在“补充说明”中写明，以补充说明为准。" if governs \
        else "填写说明：带▼的列请从下拉列表中选择。"
    rows = [[rule], ["供应商全称", "报价（万元）", "是否含税▼", "等保三级▼", "商品管理▼", "补充说明"],
            ["甲科技有限公司", "22.5", "含税", "已取得", "标配", "1. 报价22.5万元为不含税价格，增值税另计；2. 等保三级正在测评中，预计9月取得备案证明"],
            ["乙软件有限公司", "26.8", "含税", "已取得", "标配", "备案证明编号43010043025-24003；另含用户管理、还款管理"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    qs = load([("form.csv", buf.getvalue().encode("utf-8"))])
    a, b = by_vendor(qs)["甲科技有限公司"], by_vendor(qs)["乙软件有限公司"]
    codes = [w.code for w in qs.warnings]
    if governs:
        assert a.values["mlps_level3"] is False and a.evidence["mlps_level3"][0] == "claimed"
        assert a.values["price_cny"] == pytest.approx(225_000 * 1.13)
        assert "warn.notes_govern" in codes
    else:
        assert a.values["mlps_level3"] is True and a.values["price_cny"] == 225_000
        assert "warn.conflict" in codes and "warn.notes_govern" not in codes
    assert b.values["mlps_level3"] is True
    assert set(b.values["features"]) == {"product_management", "user_management", "repayment_management"}  # '另含…'
    assert a.values["features"] == ["product_management"]


def test_a_forms_answer_kept_as_json_in_one_cell_is_read_key_by_key():
    """An approval export whose vendor answer sits in one cell as JSON (or an older form's Python-style dict): each
    key is a cell of the quote at that cell's address; a registration the workflow withdrew (审批状态 已撤销) is no
    quote, the vendor's later one is; a cell that only looks like JSON, or nests without end, stays text."""
    import json as _json

    first = {"vendor_name": "河洛软件", "quote_amount": "29.8万", "tax_included": "是", "mlps": "等保三级，备案证明编号41030043015-23008"}
    later = {"vendor_name": "河洛软件", "quote_amount": "27.2万", "tax_included": "否（增值税13%另计）",
             "modules": ["企业征信", "银行流水分析", "电子合同"], "options": [{"module": "数据分析大屏", "amount": "2.6万（不含税）"}],
             "mlps": "等保三级，备案证明编号41030043015-23008", "policy_change": "一般调整免费，重大政策调整另行报价"}
    old_style = str({"vendor_name": "龙亭数据", "quote_amount": "26万元", "tax_included": "含税", "mlps": "满足等保三级要求"})
    rows = [["审批编号", "审批状态", "供应商名称", "报价金额（元）", "供应商回传数据"],
            ["202507080003", "已撤销", "河洛软件", "298000", _json.dumps(first, ensure_ascii=False)],
            ["202507100008", "已通过", "河洛软件", "272000", _json.dumps(later, ensure_ascii=False)],
            ["202507110004", "已通过", "龙亭数据", "260000", old_style],
            ["202507120001", "审批中", "牧野信息", "245000", '{"quote_amount": "24.5万", "mlps": ' + "[" * 5000 + "]" * 5000 + "}"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    qs = load([("shenpi.csv", buf.getvalue().encode("gb18030"))])
    q = by_vendor(qs)
    assert sorted(q) == ["河洛软件", "牧野信息", "龙亭数据"]  # the withdrawn registration is no second quote
    assert [s.reason for s in qs.skipped if s.text.startswith("河洛软件")] == ["skip.withdrawn"]
    heluo = q["河洛软件"]
    assert heluo.values["price_cny"] == pytest.approx(272_000 * 1.13)  # its own tax key, 13% on top
    assert set(heluo.values["features"]) == {"enterprise_credit", "cashflow_analysis", "contract_management"}
    assert [o[1] for o in heluo.price_parts["options"]] == ["bi_dashboard"]  # 'options': at its price, apart
    assert heluo.values["policy_adaptation_free"] is False and heluo.evidence["policy_adaptation_free"][0] == "conditional"
    assert heluo.sources["mlps_level3"][0].address == "E3"  # the JSON cell's own address
    assert q["龙亭数据"].values["price_cny"] == 260_000 and q["龙亭数据"].evidence["mlps_level3"][0] == "claimed"
    assert q["牧野信息"].values["mlps_level3"] is None  # nested without end: kept as text, nothing invented


def test_a_later_submission_that_says_it_replaces_the_earlier_one_is_the_quote():
    """A form's responses: the same vendor twice, the later row saying 'This submission replaces our response of 14
    July' — the earlier row is listed as an earlier round, never read; a vendor twice without such words keeps both."""
    head = "Timestamp,1. Company name 公司名称,3. Total quoted price (RMB),4. Is VAT included?,21. Anything else? 其他说明\n"
    rows = ("2025/07/14,Zhuhai Xiangzhou Software Co.,298000,Yes 含税,\n"
            "2025/07/15,Shenzhen Futian Co.,318000,Yes 含税,\n"
            "2025/07/18,Zhuhai Xiangzhou Software Co.,268000,No 不含税,"
            "This submission replaces our response of 14 July. 本次提交替代7月14日的提交\n")
    qs = load([("responses.csv", (head + rows).encode("utf-8"))])
    assert sorted(q.vendor for q in qs.quotes) == ["Shenzhen Futian Co.", "Zhuhai Xiangzhou Software Co."]
    assert by_vendor(qs)["Zhuhai Xiangzhou Software Co."].values["price_cny"] == pytest.approx(268_000 * 1.13)
    assert [s.reason for s in qs.skipped] == ["skip.earlier_round"] and "298000" in qs.skipped[0].text


def test_a_risk_register_reads_only_the_vendors_verbatim_statements():
    """An adviser's register, one row per vendor and risk domain: the 'Vendor statement (verbatim)' column is the
    vendor's (read by its domain: Commercials is the price, Maintenance & support a cell of several facts); the client's
    requirement, the evidence and the ratings are the advisers'; 'All vendors' is no vendor."""
    rows = [["Ref", "Vendor", "Risk domain", "Client requirement", "Vendor statement (verbatim)", "Evidence sighted",
             "Residual rating"],
            ["G-01", "All vendors", "Concentration", "—", "—", "—", "M"],
            ["V1-01", "Alpha Fintech Co., Ltd.", "Commercials", "Fixed price incl. VAT", "Total RMB 268,000 incl. 13% VAT.",
             "Signed quotation", "L"],
            ["V1-02", "Alpha Fintech Co., Ltd.", "MLPS", "MLPS Level 3 filing certificate held",
             "MLPS Level 3 held – filing certificate No. 35020043066-24012.", "Certificate copy sighted", "L"],
            ["V1-03", "Alpha Fintech Co., Ltd.", "Maintenance & support", "≥ 12 months incl. upgrades; 24/7, ≤ 2 h",
             "12 months, bug fixes only (no version upgrades). Support Mon–Fri 9:00–18:00, response within 4 hours. "
             "After warranty: 15% of contract value per year.", "Draft contract", "H"]]
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    qs = load([("register.xlsx", buf.getvalue())])
    assert [q.vendor for q in qs.quotes] == ["Alpha Fintech Co., Ltd."]
    a = qs.quotes[0]
    assert a.values["price_cny"] == 268_000 and a.values["mlps_level3"] is True
    assert (a.values["free_maintenance_months"], a.values["maintenance_includes_upgrades"], a.values["support_7x24"],
            a.values["response_hours"]) == (12, False, False, 4)
    assert a.sources["price_cny"][0].text == "Total RMB 268,000 incl. 13% VAT."  # the vendor's words, not the requirement


def test_a_portals_answers_by_option_code_read_as_the_legend_says():
    """A supplier portal's export, one row per vendor and question: the option code means what the legend above the
    table says (A a proven yes, B a claim, C at extra cost with its amount, D a no), a question's own options ('A.含税
    B.不含税') come first, the remark beside an answer is read with it, and an invited vendor that never answered is
    no quote."""
    legend = "选项代码说明：A=已具备/已包含在报价内（须上传证明）；B=承诺满足，暂无证明材料；C=需另行付费或有附加条件；D=不具备/不提供"
    head = ["序号", "供应商名称", "题号", "题目", "应答选项", "应答内容", "应答金额(元)", "补充说明"]
    rows = [[legend], [], head]
    for n, (vendor, answers) in enumerate([
            ("甲科技有限公司", [("投标总价", "", "", "246000", "不含税"), ("报价是否含税（A.含税 B.不含税）", "B", "", "", "增值税按13%另计"),
                             ("网络安全等级保护三级备案", "A", "", "", "备案证明编号32020043018-24006"),
                             ("电子合同模块", "C", "", "28000", "另计28,000元（不含税）"), ("7×24小时技术支持", "D", "", "", "5×8"),
                             ("免费维护期（月）", "", "12", "", "")]),
            ("乙软件有限公司", [("投标总价", "", "", "275000", "含税，一口价"), ("网络安全等级保护三级备案", "B", "", "", "按等保三级标准设计开发"),
                             ("免费维护期（月）", "", "", "", "终身免费维护")])]):
        rows += [[str(n), vendor, f"Q{k:02d}", q, code, text, amount, note] for k, (q, code, text, amount, note) in
                 enumerate(answers, 1)]
    rows.append(["9", "丙网络有限公司", "—", "（未提交应答）", "", "", "", "截止时间前未提交应答"])
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    qs = load([("portal.csv", buf.getvalue().encode("gbk"))])
    q = by_vendor(qs)
    assert sorted(q) == ["乙软件有限公司", "甲科技有限公司"]  # 丙 never answered
    a, b = q["甲科技有限公司"], q["乙软件有限公司"]
    assert a.values["price_cny"] == pytest.approx(246_000 * 1.13)  # B of the question's own options: 不含税
    assert a.values["mlps_level3"] is True and "mlps_level3" not in a.evidence  # A with its number: stated
    assert [(o[1], o[2]) for o in a.price_parts["options"]] == [("contract_management", 28_000)]  # C: at its amount
    assert a.values["support_7x24"] is False and a.values["free_maintenance_months"] == 12
    assert b.values["mlps_level3"] is True and b.evidence["mlps_level3"][0] == "claimed"  # B: a claim
    assert b.values["free_maintenance_months"] == 12 and b.evidence["free_maintenance_months"][0] == "claimed"


@pytest.mark.parametrize("merged", [True, False])
def test_a_form_exports_sub_form_lines_are_one_quotes_price_lines(tmp_path, merged):
    """简道云's export: a record over its sub-form's rows (报价明细.项目 | .类型 | .金额（元） | .说明), the main fields merged
    down (xlsx) or written once (csv): 标配 lines are summed, a 选配 line is an option at its price, a 赠送 line a module
    given away; a test record is no quote."""
    head = ["提交时间", "供应商名称", "报价是否含税", "报价明细.项目", "报价明细.类型", "报价明细.金额（元）", "报价明细.说明", "功能模块"]
    body = [["2025-07-08 10:02", "测试-请忽略", "是", "测试", "标配", 1, "", "用户管理"],
            ["2025-07-11 15:26", "南宁邕江数科有限公司", "是（13%专票）", "源码授权费", "标配", 165000, "含全部源代码", "商品管理, 订单跟踪"],
            [None, None, None, "部署实施费", "标配", 45000, "本地化部署", None],
            [None, None, None, "积分商城", "赠送", 0, "免费赠送", None],
            ["2025-07-12 09:48", "柳州龙城软件有限公司", "否（13%增值税另计）", "源码授权费", "标配", 150000, "", "商品管理"],
            [None, None, None, "订单跟踪模块", "选配", 20000, "如需订单跟踪另计，不含税", None]]
    if merged:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(head)
        for row in body:
            ws.append(row)
        for c in (1, 2, 3, 8):
            ws.merge_cells(start_row=3, start_column=c, end_row=5, end_column=c)
            ws.merge_cells(start_row=6, start_column=c, end_row=7, end_column=c)
        wb.save(tmp_path / "jdy.xlsx")
        name, data = "jdy.xlsx", (tmp_path / "jdy.xlsx").read_bytes()
    else:
        buf = io.StringIO()
        csv.writer(buf).writerows([head] + [["" if v is None else v for v in row] for row in body])
        name, data = "jdy.csv", buf.getvalue().encode("utf-8")
    qs = load([(name, data)])
    q = by_vendor(qs)
    assert sorted(q) == ["南宁邕江数科有限公司", "柳州龙城软件有限公司"]
    a, b = q["南宁邕江数科有限公司"], q["柳州龙城软件有限公司"]
    assert a.values["price_cny"] == 210_000 and a.price_parts["items"][0][1] == 165_000
    assert "points_mall" in a.values["features"]  # given away: in the quote, at no price
    assert b.values["price_cny"] == pytest.approx(150_000 * 1.13)  # the option is kept apart, at its price
    assert [(o[1], o[2]) for o in b.price_parts["options"]] == [("order_tracking", 20_000)]
    assert {"F3", "F4"} <= {s.address for s in a.sources["price_cny"]}  # each line at its amount's cell


def test_an_anonymised_reviews_codes_are_named_by_the_key_and_joined_with_the_prices():
    """暗标: the technical responses under 投标人A/B (the 磋商文件要求 column is the buyer's), the prices by name on
    another sheet, the key (暗标编号 | 投标人名称) on a third: each bidder is one quote, its code named; a bidder whose bid
    was void (资格审查未通过，投标无效) is no quote, and says why."""
    wb = openpyxl.Workbook()
    tech = wb.active
    tech.title = "技术响应（暗标）"
    for row in [["评审因素", "磋商文件要求", "投标人A", "投标人B", "投标人C"],
                ["等保三级", "须取得第三级备案证明", "系统满足等保三级要求，已通过等保测评", "已取得第三级备案证明，编号34010043052-24008",
                 "资格审查未通过，未进入技术评审"],
                ["数据安全", "敏感字段国密SM4加密；全站HTTPS", "数据加密采用国密算法；HTTPS", "SM4加密；全站HTTPS；RBAC", ""],
                ["征信接口", "仅对接持牌征信机构", "支持对接征信机构", "人行征信二代接口、百行征信", ""],
                ["源码交付", "交付完整源代码，无加密", "源码交付（授权绑定域名使用）", "交付完整源代码，无加密，可二次开发", ""]]:
        tech.append(row)
    price = wb.create_sheet("报价一览（明标）")
    for row in [["序号", "投标人名称", "磋商报价（元）", "报价说明", "备注"],
                [1, "合肥滨湖金服科技有限公司", "216000.00", "含税合计", ""], [2, "淮南八公山数据有限公司", "—", "", "资格审查未通过，投标无效"],
                [3, "蚌埠淮上科技有限公司", "198000.00", "含税", ""]]:
        price.append(row)
    key = wb.create_sheet("暗标编号对照表")
    for row in [["暗标编号", "投标人名称", "揭封时间"], ["投标人A", "蚌埠淮上科技有限公司", "2025-07-16 15:40"],
                ["投标人B", "合肥滨湖金服科技有限公司", "2025-07-16 15:40"], ["投标人C", "淮南八公山数据有限公司", "2025-07-16 15:40"]]:
        key.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    qs = load([("anbiao.xlsx", buf.getvalue())])
    q = by_vendor(qs)
    assert sorted(q) == ["合肥滨湖金服科技有限公司", "蚌埠淮上科技有限公司"]  # no '磋商文件要求', no code, no void bid
    b, a = q["合肥滨湖金服科技有限公司"], q["蚌埠淮上科技有限公司"]
    assert b.values["price_cny"] == 216_000 and b.values["mlps_level3"] is True and b.values["source_code_delivery"] == "full"
    assert a.values["price_cny"] == 198_000 and a.evidence["mlps_level3"][0] == "claimed"
    assert a.values["source_code_delivery"] == "licence_only"
    assert [s.reason for s in qs.skipped if "八公山" in s.text] == ["skip.disqualified"]
    assert any(n.reason == "note.code_key" and "投标人A = 蚌埠淮上科技有限公司" in n.text for n in qs.notes)


def test_a_contract_review_reads_each_vendors_clause_and_the_negotiated_change():
    """A legal review, one row per clause: 条款原文（供应商草案） is the vendor's words, read by its 条款类别; the buyer's
    model clauses ('（我方合同范本）'), the 审查意见 and the 风险等级 are the buyer's; a written 谈判结果 that changes the clause
    is read over it, one that refuses leaves the clause standing."""
    head = ["序号", "供应商", "条款类别", "条款原文（供应商草案）", "法务审查意见", "风险等级", "谈判结果"]
    rows = [head,
            [1, "（我方合同范本）", "免费维护", "免费维护期不少于12个月，维护内容包括缺陷修复及小版本升级。", "我方标准条款", "—", "—"],
            [2, "包头鹿城软件有限公司", "合同价款", "合同价款为人民币贰拾陆万伍仟元整（￥265,000.00），含税。", "无异议", "低", "—"],
            [3, "包头鹿城软件有限公司", "免费维护", "自验收之日起6个月为免费维护期，免费维护仅限缺陷修复，不含功能及版本升级。",
             "要求延长至12个月并含升级。", "高", "供应商书面同意延长至12个月，维护范围不变（仅限缺陷修复），回函2025-07-19。"],
            [4, "包头鹿城软件有限公司", "技术支持", "乙方在工作日9:00-17:30提供技术支持，4小时内响应。", "要求7×24小时。", "高", "供应商不同意。"],
            [5, "包头鹿城软件有限公司", "技术咨询", "免费维护期满后，技术咨询按次收费。", "—", "中", "—"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    qs = load([("review.csv", buf.getvalue().encode("gbk"))])
    assert [q.vendor for q in qs.quotes] == ["包头鹿城软件有限公司"]  # the buyer's model is no vendor
    q = qs.quotes[0]
    assert q.values["price_cny"] == 265_000
    assert q.values["free_maintenance_months"] == 12  # the written agreement changes the clause
    assert q.values["maintenance_includes_upgrades"] is False and q.evidence["maintenance_includes_upgrades"][0] == "conditional"
    assert (q.values["support_7x24"], q.values["response_hours"]) == (False, 4)  # the refusal leaves it standing
    assert q.values["lifetime_consulting"] is False
    assert any(n.reason == "skip.buyer_model" for n in qs.notes)


def test_a_risk_tools_export_one_row_per_question_is_read_as_the_vendors_answers():
    """A vendor-risk tool's export (Vendor | Question | Response | Vendor comments | Reviewer comments): with no bid to
    read them over, the answers are the quotes; long questions are read by what they ask; the vendor's comment says
    more about its answer, the reviewer's comment is the buyer's."""
    head = "Number,Vendor,Vendor tier,Question ID,Question,Response,Vendor comments,Reviewer comments\n"
    q = [("COM-01", "Total one-off price for source code licence, implementation and training (CNY). State whether VAT is "
                    "included.", "CNY 228,000 excl. VAT", ""),
         ("FUN-03", "Is order tracking included in the price?", "No", "Not available."),
         ("SEC-05", "How long are operation/audit logs retained?", "Yes", "No retention period given."),
         ("SVC-01", "Length of the free maintenance period and what it covers (bug fixes / upgrades).", "12 months",
          "Bug fixes and minor version upgrades.")]
    rows = "".join(f'V1,"Fuzhou Minjiang Co., Ltd.",Tier 1,{i},"{t}","{r}","{c}","Must-have missing."\n' for i, t, r, c in q)
    qs = load([("vrm.csv", (head + rows).encode("utf-8-sig"))])
    (a,) = qs.quotes
    assert a.package is None  # 'Vendor tier' is the buyer's risk class, no package
    assert a.values["price_cny"] == pytest.approx(228_000 * 1.13)
    assert "order_tracking" not in (a.values["features"] or [])  # the reviewer's 'Must-have missing.' is no answer
    assert a.values["audit_log_months"] is None
    assert (a.values["free_maintenance_months"], a.values["maintenance_includes_upgrades"]) == (12, True)


def test_a_portal_page_copied_from_the_browser_reads_the_full_text_and_skips_void_versions(tmp_path):
    """A supplier portal's 比价 page pasted into Excel: a badge under the supplier's name ('合格供应商 Qualified') is no part
    of it, a version the portal voided ('已作废 Void（被V2替代）') is no quote, the columns the page cut short ('…') give way
    to the full text pasted beside them, and a module pointing to the manual on its own clause stays unconfirmed."""
    head = ["供应商名称\nSupplier", "报价版本\nVersion", "状态\nStatus", "报价总额\nTotal Amount", "技术应答\nTechnical Response",
            "技术应答全文（悬停提示，手工粘贴）"]
    full = "功能模块：企业征信查询、电子合同（含电子签章）、风控审批、还款管理、用户管理；银行流水分析：详见产品手册；等保：已取得等保三级，备案证明编号42010043061-24011"
    rows = [head,
            ["武汉东湖云信科技有限公司\n合格供应商 Qualified", "V2", "有效 Valid", "¥312,000.00", full[:28] + "…", full],
            ["武汉东湖云信科技有限公司\n合格供应商 Qualified", "V1", "已作废 Void（被V2替代）", "¥338,000.00", full[:28] + "…", full],
            ["荆州古城信息技术有限公司", "V1", "已撤回 Withdrawn", "—", "—", "供应商于2025-07-16撤回报价"]]
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(tmp_path / "page.xlsx")
    qs = load([("page.xlsx", (tmp_path / "page.xlsx").read_bytes())])
    (q,) = qs.quotes
    assert q.vendor == "武汉东湖云信科技有限公司" and q.package is None and q.values["price_cny"] == 312_000
    assert set(q.values["features"]) == {"enterprise_credit", "contract_management", "risk_approval",
                                         "repayment_management", "user_management"}
    assert q.price_parts["unconfirmed_features"] == ["cashflow_analysis"]
    assert sorted(s.reason for s in qs.skipped if s.reason in ("skip.withdrawn", "skip.declined")) == [
        "skip.declined", "skip.withdrawn"]
    assert any(n.reason == "note.truncated_column" for n in qs.notes)


def test_a_marketplace_compare_sheet_reads_the_listing_and_only_the_sellers_chat_lines(tmp_path):
    """A buyer's 比价 sheet of cloud-marketplace listings: the listing's text (商品详情摘录) states several facts, and the
    customer-service chat pasted beside it has the buyer's own lines ('[…] 我：要求7×24') that are no commitment of the
    seller's. The seller's lines are read; a marketplace's badge column is no term."""
    head = ["序号", "平台", "供应商", "页面标价", "客服最终报价", "商品详情摘录", "客服聊天记录（复制）"]
    listing = ("功能：个人征信查询（人行二代征信、百行征信）、风控模型、反欺诈、还款管理、审批流、用户管理。资质：等保三级，"
               "备案证明编号13010043025-24003。交付：完整源代码，无加密。")
    chat = ("[2025-07-16 10:21] 正定数科-小刘：完整版给您21.6万含税。\n"
            "[2025-07-16 10:23] 我：我们要求7×24小时支持，售后写进合同。\n"
            "[2025-07-16 10:25] 正定数科-小刘：验收后免费维护12个月，工作日9:00-18:00支持。")
    cheap = "[2025-07-19 09:12] 丛台源码小铺：6800包搭建，等保没有的，征信风控要自己接。售后3个月。程序是加密授权版，绑定一个域名。"
    wb = openpyxl.Workbook()
    for row in [head, [1, "阿里云云市场", "石家庄正定数科有限公司", "¥228,000.00", "21.6万（含税）", listing, chat],
                [2, "淘宝", "邯郸丛台信息技术工作室", "¥6,800.00", "6800元", "功能：进件、审批、还款管理、用户管理。", cheap]]:
        wb.active.append(row)
    wb.save(tmp_path / "bijia.xlsx")
    q = by_vendor(load([("bijia.xlsx", (tmp_path / "bijia.xlsx").read_bytes())]))
    a, b = q["石家庄正定数科有限公司"], q["邯郸丛台信息技术工作室"]
    assert a.values["price_cny"] == 216_000  # the seller's final price, not the page's list price
    assert a.values["free_maintenance_months"] == 12
    assert a.values["support_7x24"] is False  # the buyer asked for 7×24; the seller offered office hours
    assert a.values["source_code_delivery"] == "full" and a.values["licensed_credit_bureau"] is True
    assert b.values["licensed_credit_bureau"] is False and b.values["free_maintenance_months"] == 3
    assert b.values["source_code_delivery"] == "licence_only"


@pytest.mark.parametrize("rate_line, price", [("匯率（僅供比較）FX for comparison only: 1 澳門元 MOP = 0.89 人民幣 RMB", 293_700),
                                              ("", None)])
def test_a_currency_column_names_the_currency_of_the_rows_amounts(tmp_path, rate_line, price):
    """'貨幣 Currency: MOP' beside a bare '300,000' is 300,000 patacas: at the rate the file states (with the option in
    patacas added), or — with no rate in the file — no price at all, said plainly, never 300,000 yuan. A Traditional
    '保固範圍 Warranty scope' column says what the maintenance covers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([rate_line])
    ws.append(["供應商\nVendor", "貨幣\nCurrency", "報價金額\nQuoted amount", "稅項\nTax", "報價範圍（模組）\nScope",
               "選購模組\nOptional modules", "保固期\nWarranty", "保固範圍\nWarranty scope"])
    ws.append(["氹仔科技有限公司", "MOP", "300,000", "已含 Included", "企業徵信、銀行流水分析、風控審批、還款管理、用戶管理",
               "電子合同模組 MOP 30,000（未含於報價）", "12個月", "錯誤修正及小版本升級"])
    ws.append(["珠海香洲科技有限公司", "RMB", "298,000", "含稅 Incl. VAT", "企業徵信、銀行流水分析、電子合同、風控審批、還款管理、用戶管理",
               "無 None", "12個月", "僅錯誤修正，不含版本升級"])
    wb.save(tmp_path / "macau.xlsx")
    qs = load([("macau.xlsx", (tmp_path / "macau.xlsx").read_bytes())])
    q = by_vendor(qs)
    assert q["珠海香洲科技有限公司"].values["price_cny"] == 298_000  # a yuan row is untouched
    assert q["氹仔科技有限公司"].values["maintenance_includes_upgrades"] is True
    assert q["珠海香洲科技有限公司"].values["maintenance_includes_upgrades"] is False
    res = score(qs, Profile(business_type="merchant_loan"))
    got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
    assert got["氹仔科技有限公司"] == price
    if price is None:
        assert any(w.code == "warn.foreign_currency" for w in qs.warnings)


def test_a_shared_sheets_comment_threads_correct_a_price_and_say_a_decline(tmp_path):
    """A shared online sheet each vendor filled in, the buyer's @mention questions answered in comments: the reply on the
    price cell ('218000是不含税价，13%增值税另计') makes the figure before tax — the question and the reply repeating the
    figure are no further amounts — and a row left empty whose salesperson replied '我司本次不参与报价' is no quote."""
    from openpyxl.comments import Comment
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "填写人", "供应商全称", "报价（元）", "是否含税", "功能模块（请逐项列明）", "是否写入合同", "评论（@提及）"])
    ws.append(["1", "王敏", "桂林漓江软件有限公司", "218000", "是", "商品管理、分期计算器、订单跟踪", "是",
               "韦明 07-12 10:21：@王敏 218000是否含税？请确认\n王敏 07-12 11:05：抱歉填错了，218000是不含税价，13%增值税另计。"])
    ws["D2"].comment = Comment("韦明：@王敏 218000是否含税？请确认\n王敏：抱歉填错了，218000是不含税价，13%增值税另计。", "韦明")
    ws.append(["2", "李强", "柳州龙城网络科技有限公司", "239000", "含税", "商品管理、分期计算器、订单管理", "可以写进合同", None])
    ws.append(["3", None, "贵港荷城科技有限公司", None, None, None, None,
               "韦明 07-15 11:00：@周工 请于7月18日前填写\n周工 07-16 08:52：不好意思，我司本次不参与报价"])
    wb.save(tmp_path / "shared.xlsx")
    qs = load([("shared.xlsx", (tmp_path / "shared.xlsx").read_bytes())])
    q = by_vendor(qs)
    assert sorted(q) == ["柳州龙城网络科技有限公司", "桂林漓江软件有限公司"]
    assert any(s.reason == "skip.declined" and "不参与报价" in s.text for s in qs.skipped)
    assert q["桂林漓江软件有限公司"].values["price_cny"] == pytest.approx(218_000 * 1.13)
    assert (q["柳州龙城网络科技有限公司"].values["commitments_in_contract"],
            q["柳州龙城网络科技有限公司"].evidence["commitments_in_contract"][0]) == (True, "claimed")


def test_a_self_assessment_form_long_table_reads_the_vendors_explanation_not_its_self_score():
    """Each vendor's returned 自评表 appended into one long CSV: the 评分细项 is the item, the 自评说明 the vendor's words;
    its self-score (full marks beside office hours), the points available and the panel's 复核 are no facts."""
    rows = ["供应商名称,评分大项,序号,评分细项,分值,供应商自评分,自评说明（供应商填写）,佐证材料,复核得分,复核意见",
            "衡阳雁城软件有限公司,商务,1.1,投标报价（总价，注明是否含税）,10,10,19.8万元（不含税，增值税13%另计）,,7,不含税",
            "衡阳雁城软件有限公司,售后,4.3,技术支持时段,4,4,工作日9:00-18:00,,,",
            "衡阳雁城软件有限公司,售后,4.5,终身技术咨询,2,2,不提供,,,",
            "衡阳雁城软件有限公司,安全合规,3.1,等保三级,10,10,等保三级，备案证明编号43040043021-23015,附件 备案证明,,",
            "岳阳巴陵科技有限公司,商务,1.1,投标报价（总价，注明是否含税）,10,8,12.8万元（含税）,,,",
            "岳阳巴陵科技有限公司,安全合规,3.1,等保三级,10,8,三级测评中，预计2025年10月取得,,2,未取得",
            "（全部供应商）,汇总,,自评分平均,,79.6,,,,"]
    qs = load([("自评表.csv", ("\ufeff" + "\n".join(rows)).encode("utf-8"))])
    q = by_vendor(qs)
    assert sorted(q) == ["岳阳巴陵科技有限公司", "衡阳雁城软件有限公司"]
    a, b = q["衡阳雁城软件有限公司"], q["岳阳巴陵科技有限公司"]
    assert a.values["price_cny"] == pytest.approx(198_000 * 1.13) and b.values["price_cny"] == 128_000
    assert a.values["support_7x24"] is False and a.values["lifetime_consulting"] is False
    assert a.values["mlps_level3"] is True and b.values["mlps_level3"] is False
    assert b.evidence["mlps_level3"][0] == "claimed"


def test_a_compilation_of_quote_letters_on_one_sheet_gives_a_quote_per_letter():
    """A clerk copied each vendor's 报价函 one under the other onto one sheet (报价函汇编): each letter is one quote named by
    its 报价单位 (never the addressee), its options below the 合计 at their own tax ('金额不含税'), its numbered terms
    ('一、资质：…') and gifts read; a 回函 declining is no quote; the clerk's summary line at the foot is no price."""
    def letter(n, paragraph, items, total, terms, company, title="报  价  函"):
        return ([[f"━━━━━━━━ 第{n}份 ━━━━━━━━"], [title], ["致：潍坊鸢都小额贷款有限公司："], [paragraph],
                 ["序号", "报价项目", "内容说明", "金额（元）"]] + items +
                ([["合计（小写）", total]] if total else []) + terms + [[], [f"报价单位：{company}（盖章）"], []])
    rows = [["小额贷款业务系统源码采购——各供应商报价函汇编"], []]
    rows += letter(1, "现报价如下（含13%增值税）：",
                   [["1", "源码授权费", "企业征信查询、银行流水分析、电子合同、风控审批、还款管理、用户管理", "198,000.00"],
                    ["2", "部署实施费", "私有化部署", "52,000.00"]], "¥250,000.00（含13%增值税）",
                   [["一、资质：已取得等保三级备案证明（编号37020043018-24006）。"],
                    ["二、安全：身份证号、手机号SM4加密存储；全站HTTPS。"]], "青岛崂山数科有限公司")
    rows += letter(2, "以下报价均不含税，增值税税率13%另行计取：",
                   [["1", "源码授权费", "企业征信、银行流水分析、风控审批、还款管理、用户管理", "210,000.00"],
                    ["2", "部署实施费", "部署", "30,000.00"]], "¥240,000.00（不含税）",
                   [["选配模块（未含在合计内，金额不含税）"], ["选配1", "电子合同模块", "在线签约", "28,000.00"],
                    ["1. 资质：等保三级，备案证明编号37060043009-23012。"], ["2. 授权方式：授权使用，绑定服务器。"],
                    ["3. 限时赠送：区块链存证模块、元宇宙营销展厅。"]], "烟台芝罘软件有限公司")
    rows += [["━━━━━━━━ 第3份 ━━━━━━━━"], ["回  函"], ["致：潍坊鸢都小额贷款有限公司："],
             ["感谢贵公司邀请。因我司近期项目排期已满，本次不参与报价，敬请谅解。"], ["威海刘公岛软件有限公司（盖章）    2025年7月8日"],
             [], ["报价汇总（韩雪手记）：崂山25万、芝罘24万（不含税）；刘公岛不参与。"]]
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    qs = load([("报价函汇编.xlsx", buf.getvalue())])
    q = by_vendor(qs)
    assert sorted(q) == ["烟台芝罘软件有限公司", "青岛崂山数科有限公司"]
    a, b = q["青岛崂山数科有限公司"], q["烟台芝罘软件有限公司"]
    assert a.values["price_cny"] == 250_000 and a.values["mlps_level3"] is True and a.values["sm4_encryption"] is True
    assert b.values["source_code_delivery"] == "licence_only"
    assert {"blockchain_evidence", "metaverse_marketing"} <= set(b.values["features"] or ())
    res = score(qs, Profile(business_type="merchant_loan"))
    got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
    assert got["烟台芝罘软件有限公司"] == pytest.approx((240_000 + 28_000) * 1.13)  # its must-have e-contract option, taxed
    assert [s.text for s in qs.skipped if s.reason == "skip.declined"] == [
        "威海刘公岛软件有限公司：感谢贵公司邀请。因我司近期项目排期已满，本次不参与报价，敬请谅解。"]


def test_an_outline_pasted_one_node_a_row_gives_a_quote_per_company_branch():
    """An IT director's 幕布 outline of his vendor notes pasted into a sheet (the level in leading spaces, where each fact
    came from in column B): each company branch is one quote, 'label：value' nodes and the lines under a bare heading
    ('售后（报价函原文）') are its cells, an option under 功能 keeps its price; 背景, 我的判断 and 待办 are the writer's."""
    lines = [("小额贷系统源码选型（个人信用贷）", "郑卫东 整理"), ("    背景", ""), ("        预算：20万左右（含税）", ""),
             ("    供应商", ""),
             ("        福州鼓山数科有限公司", "报价函（盖章PDF）7月10日"),
             ("            报价：合计22.6万元（含税13%）", ""),
             ("                源码授权费16万＋部署实施费4.8万＋培训费1.8万", ""),
             ("            功能：个人征信查询、风控模型、反欺诈、还款管理", ""),
             ("            等保三级：已取得，备案证明编号35010043027-24012", "复印件在邮件附件里"),
             ("            售后（报价函原文）", ""),
             ("                免费维护12个月，含bug修复及小版本升级", ""),
             ("                7×24小时技术支持，1小时内响应", ""),
             ("            我的判断：各项都有书面依据，首选", ""),
             ("        泉州刺桐软件有限公司", "报价单 7月11日"),
             ("            报价：17.8万元（不含税，增值税13%另计）", ""),
             ("            功能：个人征信查询（百行征信）、反欺诈规则引擎、还款计划及提醒", ""),
             ("                风控模型：标准版不含，选配另加2.6万元（不含税）", ""),
             ("            售后", ""), ("                工作日9:00-18:00技术支持，4小时内响应", ""),
             ("        宁德霞浦网络工作室", "QQ聊天"),
             ("            报价：免费（开源版），商业授权另议", ""),
             ("            功能：借款申请、还款管理；没有征信对接，风控模型需要自己开发", ""),
             ("        漳州九龙江科技有限公司", "7月9日电话"), ("            电话婉拒，不参与本次报价", ""),
             ("    待办", ""), ("        约鼓山、刺桐来现场演示", "")]
    data = "\n".join(f"{a},{b}" for a, b in lines).encode("gbk")
    qs = load([("选型提纲.csv", data)])
    q = by_vendor(qs)
    assert sorted(q) == ["宁德霞浦网络工作室", "泉州刺桐软件有限公司", "福州鼓山数科有限公司"]
    a, b, c = q["福州鼓山数科有限公司"], q["泉州刺桐软件有限公司"], q["宁德霞浦网络工作室"]
    assert a.values["price_cny"] == 226_000 and a.values["mlps_level3"] is True
    assert (a.values["free_maintenance_months"], a.values["support_7x24"], a.values["response_hours"]) == (12, True, 1)
    assert b.values["support_7x24"] is False and "risk_model" not in (b.values["features"] or ())
    assert "risk_model" not in (c.values["features"] or ())
    assert any(s.reason == "skip.declined" and "不参与本次报价" in s.text for s in qs.skipped)
    res = score(qs, Profile(business_type="personal_credit"))
    got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
    assert got["泉州刺桐软件有限公司"] == pytest.approx((178_000 + 26_000) * 1.13)  # the must-have risk model's option
    assert not any("背景" in v or "待办" in v for v in q)


def test_a_board_slides_table_reads_its_symbol_key_and_superscript_footnotes(tmp_path):
    """A board slide's comparison copied into Excel: '188,000³' is 188,000 (the mark is no digit; its footnote says the
    price is before VAT), '◐ +RMB 28,000⁴' is an option at its price as the key says, 'Approval workflow / user
    management' names two modules, a footnote's 'SM4 not named' is no SM4, and '"Lifetime"⁸' is a boast."""
    rows = [["Vendor comparison (shortlist)"],
            ["Criterion", "Hangzhou Qiantang Digital Tech Co., Ltd.", "Ningbo Sanjiang Software Co., Ltd.",
             "Shaoxing Lanting Fintech Co., Ltd."],
            ["Price (RMB)", "235,000", "188,000³", "209,000"],
            ["VAT", "Incl. 13% VAT", "Excl. VAT³", "Incl. VAT"],
            ["Personal credit report", "✓ PBoC 2nd-gen + Baihang", "✓", "✓"],
            ["Risk model", "✓ scorecard + decision engine", "◐ +RMB 28,000⁴", "✓ AI risk engine"],
            ["Approval workflow / user management", "✓", "✓", "✓"],
            ["MLPS Level 3", "✓ Certified¹", "✓ Certified¹", "✓ \"Designed to L3\"⁵"],
            ["Data encryption", "SM4 (ID, mobile, bank card)", "SM4", "GM algorithms²"],
            ["Free maintenance", "12 months", "12 months", "\"Lifetime\"⁸"],
            ["Lifetime consulting", "✓", "✗", "–"],
            ["Key:  ✓ included in the quoted price   ◐ optional, extra cost   ✗ not offered   – not answered"],
            ["¹ Filing certificates sighted: Qiantang 33010043061-24002; Sanjiang 33020043015-23008."],
            ["² Vendor's words: \"national cryptographic (GM) algorithms\"; SM4 not named."],
            ["³ Sanjiang's price excludes 13% VAT."],
            ["⁴ Optional module, price excludes 13% VAT, not included in the quoted price."],
            ["⁵ Vendor's words: \"designed to MLPS Level 3 requirements\". No certificate provided."],
            ["⁸ Vendor's words: \"lifetime free maintenance\"; no period or scope stated."]]
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(tmp_path / "slide.xlsx")
    qs = load([("slide.xlsx", (tmp_path / "slide.xlsx").read_bytes())])
    q = by_vendor(qs)
    a, b, c = (q[n] for n in ("Hangzhou Qiantang Digital Tech Co., Ltd.", "Ningbo Sanjiang Software Co., Ltd.",
                              "Shaoxing Lanting Fintech Co., Ltd."))
    assert {"risk_approval", "user_management", "risk_model"} <= set(a.values["features"])
    assert a.values["mlps_level3"] is True and a.values["lifetime_consulting"] is True
    assert b.values["lifetime_consulting"] is False and c.values["lifetime_consulting"] is None
    assert (c.values["sm4_encryption"], c.evidence["sm4_encryption"][0]) == (True, "claimed")
    assert (c.values["free_maintenance_months"], c.evidence["free_maintenance_months"][0]) == (12, "claimed")
    assert c.evidence["mlps_level3"][0] == "claimed"
    res = score(qs, Profile(business_type="personal_credit"))
    got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
    assert got["Ningbo Sanjiang Software Co., Ltd."] == pytest.approx((188_000 + 28_000) * 1.13)
    assert got["Hangzhou Qiantang Digital Tech Co., Ltd."] == 235_000


def test_a_unit_column_scales_each_row_and_services_priced_apart_add_to_the_buy_out():
    """A clerk's comparison with a 单位 column: '365' under 天 is 12 months of logs, '23.8' under 万元 is 238,000, '0.5' under
    小时 is half an hour, and the unit column is no vendor; an 实施部署费 priced beside the buy-out adds to it (before tax
    as said), while '含在报价内' adds nothing; 'QQ群' support is no 7×24."""
    rows = ["小额贷系统报价对比表,,,,",
            "序号,比较项目,单位,芜湖镜湖数科有限公司,蚌埠龙子湖软件有限公司,备注",
            "1,报价（源码买断）,万元,23.8,19.6,",
            "2,是否含税,,含税,不含税（税率13%）,",
            "3,实施部署费,元,含在报价内,18000（不含税）,",
            "4,日志保存期,天,365,180,",
            "5,免费维护期,月,12,3,",
            "6,技术支持时段,,7×24,QQ群,",
            "7,响应时间,小时,0.5,4,",
            "8,维保期后年费,元/年,26000,合同额15%,"]
    qs = load([("对比.csv", "\n".join(rows).encode("gb18030"))])
    q = by_vendor(qs)
    assert sorted(q) == ["芜湖镜湖数科有限公司", "蚌埠龙子湖软件有限公司"]
    a, b = q["芜湖镜湖数科有限公司"], q["蚌埠龙子湖软件有限公司"]
    assert a.values["price_cny"] == 238_000 and b.values["price_cny"] == pytest.approx((196_000 + 18_000) * 1.13)
    assert (a.values["audit_log_months"], b.values["audit_log_months"]) == (12, 6)
    assert (a.values["free_maintenance_months"], b.values["free_maintenance_months"]) == (12, 3)
    assert (a.values["response_hours"], b.values["response_hours"]) == (0.5, 4)
    assert a.values["annual_fee_after_warranty_cny"] == 26_000
    assert (a.values["support_7x24"], b.values["support_7x24"]) == (True, False)
    assert any(n.reason == "note.unit_column" for n in qs.notes)


def test_a_choice_row_and_its_explanation_row_per_vendor_read_with_the_explanation_governing(tmp_path):
    """A drop-down sheet returned by each vendor, two rows each (行类型 选择 | 说明, the name merged down over both), the
    instructions saying the 说明 governs: it replaces a bare '是' ('系统自动监控7×24，人工支持工作日9:00-18:00' is no 7×24),
    its tax words beat the 含税 picked, its option makes the module an option at its price, a breakdown that ends in the
    total adds nothing, and one amount said twice ('18000' | '1.8万元/年') is one amount."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["填写说明：选择与说明不一致的，以说明为准；金额单位：元"])
    ws.append(["序号", "供应商名称", "行类型", "报价（元）", "含税", "商品管理", "分期计算器", "订单跟踪", "7×24人工支持",
               "响应≤2小时", "维保期满后年费（元/年）"])
    ws.append(["1", "贵阳观山湖数科有限公司", "选择", 248000, "含税", "是", "是", "是", "是", "是", 18000])
    ws.append([None, None, "说明", "源码授权18.6万＋实施部署4.2万＋培训2万＝24.8万", "13%增值税专票", None, None, "全流程状态跟踪",
               "7×24小时人工值守", "1小时内响应", "1.8万元/年"])
    ws.append(["2", "遵义红花岗软件有限公司", "选择", 212000, "含税", "是", "是", "是", "是", "是", "合同额12%/年"])
    ws.append([None, None, "说明", None, "报价为不含税价，增值税13%另计", None, None, "订单跟踪为增值模块，另收2.6万元（不含税）",
               "系统自动监控7×24，人工支持工作日9:00-18:00", "4小时内响应", None])
    for c in "AB":
        ws.merge_cells(f"{c}3:{c}4")
        ws.merge_cells(f"{c}5:{c}6")
    wb.save(tmp_path / "xiala.xlsx")
    qs = load([("xiala.xlsx", (tmp_path / "xiala.xlsx").read_bytes())])
    q = by_vendor(qs)
    assert sorted(q) == ["贵阳观山湖数科有限公司", "遵义红花岗软件有限公司"]
    a, b = q["贵阳观山湖数科有限公司"], q["遵义红花岗软件有限公司"]
    assert a.values["price_cny"] == 248_000 and a.values["annual_fee_after_warranty_cny"] == 18_000
    assert (a.values["support_7x24"], a.values["response_hours"]) == (True, 1)
    assert (b.values["support_7x24"], b.values["response_hours"]) == (False, 4)
    res = score(qs, Profile(business_type="consumer_installment"))
    got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
    assert got["遵义红花岗软件有限公司"] == pytest.approx((212_000 + 26_000) * 1.13)


def test_a_payment_plan_by_month_keeps_the_contract_price_and_reads_milestones_it_points_to(tmp_path):
    """A CFO's payment plan: the month columns (headed by dates) are her forecast of milestones, never prices; a
    12-month total short of the contract price (retention paid later) leaves the price standing; a price that only
    says '见付款计划' is the milestones of the vendor's own 付款条件 summed (before tax as they say); the
    '月度付款合计（按拟选：洪城）' row is a total, no vendor."""
    from datetime import datetime
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["小额贷系统源码采购 — 付款计划（财务部测算）"])
    ws.append(["序号", "供应商", "合同总价（元）", "计税方式", "付款条件（报价函原文）", datetime(2025, 9, 1), datetime(2025, 10, 1),
               datetime(2025, 11, 1), "12个月付款合计", "报价包含模块（报价函原文）"])
    ws.append(["1", "南昌洪城数科有限公司", 236000, "含税", "签约付30%；上线付40%；验收付20%；质保金10%上线满12个月后支付",
               70800, 94400, 47200, 212400, "个人征信查询、风控模型、反欺诈、还款管理"])
    ws.append(["2", "九江浔阳软件有限公司", "见付款计划", "不含税（增值税13%另开专票）",
               "签约付30%（57,000元）；上线付40%（76,000元）；验收付20%（38,000元）；尾款10%（19,000元）于验收后6个月支付；"
               "以上均为不含税金额", 57000, 76000, 38000, 171000, "个人征信查询、风控模型、反欺诈、还款管理"])
    ws.append([None, "月度付款合计（按拟选：洪城）", None, None, None, 70800, 94400, 47200, 212400, None])
    wb.save(tmp_path / "plan.xlsx")
    qs = load([("plan.xlsx", (tmp_path / "plan.xlsx").read_bytes())])
    q = by_vendor(qs)
    assert sorted(q) == ["九江浔阳软件有限公司", "南昌洪城数科有限公司"]
    assert q["南昌洪城数科有限公司"].values["price_cny"] == 236_000
    assert q["九江浔阳软件有限公司"].values["price_cny"] == pytest.approx(190_000 * 1.13)
    assert any(s.reason == "skip.summary_row" and "月度付款合计" in s.text for s in qs.skipped)


def test_a_crm_export_with_api_field_names_is_read_by_what_the_names_say():
    """A low-code CRM's export with API names for headers: supplier_id__r.name is the vendor (never the record number
    'name' or the buyer's owner__r.name), quote_amount__c the price, tax_type__c its tax, a record whose life_status is
    作废 is no quote, stage__c 已放弃 is a decline, vendor_reply__c the vendor's words, '终身维护' under the scope a claim
    of the period too."""
    head = ("_id,name,supplier_id__r.name,owner__r.name,life_status,stage__c,quote_amount__c,tax_type__c,modules__c,"
            "free_maintenance_months__c,maintenance_scope__c,vendor_reply__c,internal_note__c,create_time")
    rows = [head,
            "66a1f3c2,BJ-0007,无锡太湖数科有限公司,沈佳,作废,已报价,298000.00,含税价,企业征信;电子合同,12,bug修复及小版本升级,"
            "首轮报价,本条作废,1752117600000",
            "66a1f6a9,BJ-0008,常州龙城金服科技有限公司,沈佳,正常,已报价,248000.00,不含税价,企业征信;电子合同,12,仅bug修复，不含版本升级,"
            "报价均为不含税价,,1752124800000",
            "66a20b17,BJ-0009,南通濠河信息技术有限公司,沈佳,正常,已报价,239000.00,含税价,企业征信;电子合同,,终身维护,"
            "我司服务过200+小贷客户,等保证明未提供,1752206400000",
            "66a3a1b8,BJ-0012,无锡太湖数科有限公司,沈佳,正常,已报价,276000.00,含税价,企业征信;电子合同,12,bug修复及小版本升级,"
            "二轮报价，其余条款不变,已核对,1752832800000",
            "66a3a5f1,BJ-0013,泰州凤城科技有限公司,沈佳,正常,已放弃,,,,,,我司本次不参与报价,,1752836400000"]
    qs = load([("crm.csv", ("\ufeff" + "\n".join(rows)).encode("utf-8"))])
    q = by_vendor(qs)
    assert sorted(q) == ["南通濠河信息技术有限公司", "常州龙城金服科技有限公司", "无锡太湖数科有限公司"]
    assert q["无锡太湖数科有限公司"].values["price_cny"] == 276_000
    assert q["常州龙城金服科技有限公司"].values["price_cny"] == pytest.approx(248_000 * 1.13)
    h = q["南通濠河信息技术有限公司"]
    assert (h.values["free_maintenance_months"], h.evidence["free_maintenance_months"][0]) == (12, "claimed")
    assert any(s.reason == "skip.declined" for s in qs.skipped)
    assert any(s.reason == "skip.withdrawn" for s in qs.skipped)


def test_a_site_visit_report_reads_what_was_seen_and_written_over_what_was_only_said(tmp_path):
    """A 考察报告 with the vendors across under '考察项目': the row of company names is the vendors' (not the 接待人员
    row of people under it); 演示内容 is the module list; a written price stands over a discount only said; what a
    sales director only said ('口头表示', '称…现场未能出示') is a claim; '未介绍' is unknown, never none."""
    rows = [["小额贷系统源码供应商实地考察报告"],
            ["考察项目", "成都锦江数科有限公司", "成都天府云信息技术有限公司"],
            ["一、基本情况", None, None],
            ["接待人员", "技术总监罗工、销售经理王经理", "销售总监刘总"],
            ["企业概况", "2015年成立，注册资本1000万元；研发42人", "2019年成立，注册资本500万元"],
            ["书面报价", "合计21.8万元（含13%增值税），其中源码授权15万、部署实施4.8万、培训2万",
             "盖章报价单20.6万元（含税）；刘总口头表示签约时可再优惠到18万，未给书面材料"],
            ["演示内容", "演示了二代征信查询、评分卡风控模型、反欺诈、还款计划、审批流、用户管理",
             "演示了征信查询（人行二代、百行）、AI风控模型、反欺诈、还款管理、审批流、用户管理"],
            ["等保", "现场查验等保三级备案证明原件，编号51010043028-24010",
             "刘总称系统已过等保三级，证书在北京总部，现场未能出示；截至报告日未收到"],
            ["日志审计", "操作日志保存12个月", "未介绍"],
            ["售后承诺", "书面承诺：免费维护12个月；7×24小时支持，1小时内响应", "刘总口头表示：终身维护，7×24小时支持"]]
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(tmp_path / "kaocha.xlsx")
    q = by_vendor(load([("kaocha.xlsx", (tmp_path / "kaocha.xlsx").read_bytes())]))
    assert sorted(q) == ["成都天府云信息技术有限公司", "成都锦江数科有限公司"]
    a, b = q["成都锦江数科有限公司"], q["成都天府云信息技术有限公司"]
    assert a.values["price_cny"] == 218_000 and b.values["price_cny"] == 206_000
    assert {"personal_credit_report", "risk_model", "anti_fraud"} <= set(a.values["features"])
    assert (a.values["mlps_level3"], a.evidence.get("mlps_level3")) == (True, None)
    assert (b.values["mlps_level3"], b.evidence["mlps_level3"][0]) == (True, "claimed")
    assert (b.values["support_7x24"], b.evidence["support_7x24"][0]) == (True, "claimed")
    assert b.values["audit_log_months"] is None


def test_a_scorecard_with_vendor_groups_of_letter_response_and_score(tmp_path):
    """An English group scorecard: each vendor's name merged over Resp. | Vendor response (as submitted) | Score — one
    quote per group (never 'Resp.' or 'Score'), read by the response text (a bare 'TBC' when there is none), the
    panel's weights, scores, rank and recommendation no part of any quote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Vendor Scorecard – Loan Management System"])
    ws.append(["Ref", "Criterion", "Weight %", "Guangzhou Zhujiang Credit Technology Co., Ltd.", None, None,
               "Dongguan Songshan Software Co., Ltd.", None, None])
    ws.append([None, None, None, "Resp.", "Vendor response (as submitted)", "Score", "Resp.", "Vendor response (as submitted)",
               "Score"])
    ws.append(["1.1", "Total one-off price for full scope", 10, "Y", "RMB 0.298m (licence 0.21m + implementation 0.068m + "
               "training 0.02m)", 4, "P", "RMB 262,000 + VAT", 3])
    ws.append(["3.1", "MLPS Level 3 filing", 10, "Y", "Held. Filing certificate no. 44010043051-24013", 5, "Y",
               "System built to MLPS Level 3 standard; certificate to be provided after contract signing", 2])
    ws.append(["3.5", "Audit log retention", 4, "Y", "12 months", 5, "TBC", None, 0])
    ws.append(["4.4", "Support hours", 4, "Y", "24×7", 5, "N", "Mon–Fri 09:00–18:00", 1])
    ws.append([None, "Weighted score (out of 100)", None, None, 98, None, None, 75.6, None])
    ws.append([None, "Rank", None, None, 1, None, None, 2, None])
    for a, b in (("D2", "F2"), ("G2", "I2")):
        ws.merge_cells(f"{a}:{b}")
    wb.save(tmp_path / "scorecard.xlsx")
    q = by_vendor(load([("scorecard.xlsx", (tmp_path / "scorecard.xlsx").read_bytes())]))
    assert sorted(q) == ["Dongguan Songshan Software Co., Ltd.", "Guangzhou Zhujiang Credit Technology Co., Ltd."]
    a, b = q["Guangzhou Zhujiang Credit Technology Co., Ltd."], q["Dongguan Songshan Software Co., Ltd."]
    assert a.values["price_cny"] == 298_000 and b.values["price_cny"] == pytest.approx(262_000 * 1.13)
    assert (a.values["mlps_level3"], b.values["mlps_level3"], b.evidence["mlps_level3"][0]) == (True, True, "claimed")
    assert a.values["audit_log_months"] == 12 and b.values["audit_log_months"] is None
    assert (a.values["support_7x24"], b.values["support_7x24"]) == (True, False)


def test_an_auctions_bid_history_prices_each_participant_at_its_last_accepted_bid(tmp_path):
    """A reverse e-auction's event report: each participant's price is its last accepted bid, before VAT as the column
    says — a bid the buyer retracted (input error) or the platform rejected (after close) is none and listed — joined
    by name with the pre-qualification answers on another sheet; the summary's 'Invited 5; accepted 4' is no vendor
    and 'Permanent' log retention is the boast, not a pointer elsewhere."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Event Summary"
    for row in (["BidOps e-Auction · Event Report"], ["Currency / price basis", "CNY. All bids are EXCLUDING VAT (13%)."],
                ["Participants", "Invited 3; accepted 2; declined 1"]):
        ws.append(row)
    bids = wb.create_sheet("Bid History")
    bids.append(["Bid no.", "Time (SGT)", "Participant", "Bid (CNY, excl. VAT)", "Entered by", "Status", "Rank after bid"])
    for row in ([1, "10:01:12", "Hefei Swan Lake Instalment Tech Co., Ltd.", 286000, "Participant", "Accepted", 1],
                [2, "10:02:40", "Wuhu Yangtze Software Co., Ltd.", 280000, "Participant", "Accepted", 1],
                [3, "10:19:45", "Hefei Swan Lake Instalment Tech Co., Ltd.", 23800, "Participant", "Retracted by buyer", "—"],
                [4, "10:21:10", "Hefei Swan Lake Instalment Tech Co., Ltd.", 238000, "Participant", "Accepted", 2],
                [5, "10:26:13", "Wuhu Yangtze Software Co., Ltd.", 178000, "Participant", "Accepted", 1],
                [6, "10:41:20", "Wuhu Yangtze Software Co., Ltd.", 176000, "Participant", "Rejected – received after close", "—"]):
        bids.append(row)
    pq = wb.create_sheet("Pre-qualification")
    pq.append(["Participant", "Ref", "Question", "Response", "Buyer check"])
    for name, log in (("Hefei Swan Lake Instalment Tech Co., Ltd.", "12 months"), ("Wuhu Yangtze Software Co., Ltd.", "Permanent")):
        pq.append([name, "PQ-3", "MLPS Level 3 filing (certificate no.)", "Held. Filing certificate no. 34010043026-24010.", "Pass"])
        pq.append([name, "PQ-7", "Audit log retention", log, "Pass"])
        pq.append([name, "PQ-9", "Free maintenance period and scope", "12 months; bug fixes and minor version upgrades", "Pass"])
    wb.save(tmp_path / "auction.xlsx")
    qs = load([("auction.xlsx", (tmp_path / "auction.xlsx").read_bytes())])
    q = by_vendor(qs)
    assert sorted(q) == ["Hefei Swan Lake Instalment Tech Co., Ltd.", "Wuhu Yangtze Software Co., Ltd."]
    a, b = q["Hefei Swan Lake Instalment Tech Co., Ltd."], q["Wuhu Yangtze Software Co., Ltd."]
    assert a.values["price_cny"] == pytest.approx(238_000 * 1.13) and b.values["price_cny"] == pytest.approx(178_000 * 1.13)
    assert a.values["mlps_level3"] is True and a.values["audit_log_months"] == 12
    assert (b.values["audit_log_months"], b.evidence["audit_log_months"][0]) == (6, "claimed")
    assert len([n for n in qs.notes if n.reason == "note.bid_not_counted"]) == 2
    # both values the two-field question gives show the cell they were read from (the review table showed '—')
    assert a.values["maintenance_includes_upgrades"] is True
    assert a.sources["maintenance_includes_upgrades"][0].cell == a.sources["free_maintenance_months"][0].cell


def test_work_reports_telling_the_quotes_give_each_vendor_its_latest_written_word(tmp_path):
    """A 钉钉 日志 export: the quotes are told inside numbered items of 今日完成工作. Each item opening with a vendor's name
    (full, or its short form later) belongs to that vendor: the extract after '摘录如下：' and the words in quotation marks
    are what it wrote, the latest written price governs ('合计优惠至23.8万元（含税），其余条款…不变'), a phone price is only
    said and gives way to the written one, a vendor declining on the phone is no quote, and the clerk's own steps are the
    buyer's."""
    head = ["序号", "日志模板", "提交人", "所属部门", "提交时间", "今日完成工作", "评论"]
    reports = [
        "1. 遵义红城软件有限公司 王工电话口头报价“20万左右”，书面报价后补。\n2. 铜仁梵净山科技有限公司 回电：近期项目排满，不参与本次报价。",
        "1. 收到贵阳筑城数科有限公司书面报价函（邮件，盖章PDF），摘录如下：\n报价：合计24.8万元（含税13%）。\n"
        "功能模块：个人征信查询、风控模型、反欺诈、还款管理。\n等保：已取得等保三级，备案证明编号52010043015-24008。\n"
        "售后：免费维护12个月，含bug修复及小版本升级；7×24小时技术支持，1小时内响应。",
        "1. 收到遵义红城软件有限公司书面报价单（邮件，Excel），摘录如下：\n报价：19.6万元（含税）。\n等保：已取得等保三级，备案证明编号52030043022-23011。"
        "\n2. 毕节洪山网络工作室 微信发来报价（文字）：“8.6万元，含税。等保暂时没有做。后台一个管理员账号，日志保存1个月。”",
        "1. 按刘总要求，邮件请筑城数科在报价基础上给予优惠。",
        "1. 收到贵阳筑城数科有限公司邮件回复：“经公司审批，合计优惠至23.8万元（含税），其余条款与7月3日报价函一致，不变。”"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["日志导出（信息科技部）"])
    ws.append(head)
    for k, text in enumerate(reports, 1):
        ws.append([k, "日报", "周晓琳", "信息科技部", f"2025-07-0{k} 18:00", text, None])
    wb.save(tmp_path / "rizhi.xlsx")
    qs = load([("rizhi.xlsx", (tmp_path / "rizhi.xlsx").read_bytes())])
    q = by_vendor(qs)
    assert sorted(q) == ["毕节洪山网络工作室", "贵阳筑城数科有限公司", "遵义红城软件有限公司"]
    a, b, c = q["贵阳筑城数科有限公司"], q["遵义红城软件有限公司"], q["毕节洪山网络工作室"]
    assert a.values["price_cny"] == 238_000 and a.values["mlps_level3"] is True and a.values["response_hours"] == 1
    assert b.values["price_cny"] == 196_000  # written, over the phone's '20万左右'
    assert (c.values["price_cny"], c.values["mlps_level3"], c.values["access_control"]) == (86_000, False, False)
    assert any(s.reason == "skip.declined" and "梵净山" in s.text for s in qs.skipped)


def test_an_index_of_bid_documents_reads_the_extracts_never_their_page_numbers():
    """A 投标文件商务部分索引表: each cell is where it stands in the bid ('P12-15：') and a short extract; the page numbers
    are no amounts or months, '见投标文件第18页' alone is nothing said, '（见P6）' is a pointer, '开标一览表（投标总价）' is the
    price row, and a bidder that withdrew before the opening is no quote."""
    rows = ["投标文件商务部分索引表,,,",
            "序号,索引项,保定莲池数科有限公司,唐山凤凰软件有限公司,衡水湖城科技有限公司",
            '1,开标一览表（投标总价）,"P3：投标总价¥308,000.00，含13%增值税","P4：投标总价¥240,000.00（不含税）",'
            "开标前书面撤回（8月12日函），未递交投标文件",
            "2,功能响应表（必备模块）,P12-15：企业征信、银行流水分析、电子合同、风控审批、还款管理、用户管理,"
            "P10-13：企业征信、银行流水分析、风控审批；电子合同为选配（见P6）,—",
            "3,等保三级备案证明,P21：等保三级备案证明复印件，编号13060043011-24008,见投标文件第18页,—",
            "4,售后服务承诺,P30-31：免费维护12个月；7×24小时技术支持，2小时内响应,P27：免费维护6个月；工作日支持，4小时内响应,—"]
    qs = load([("索引表.csv", ("\ufeff" + "\n".join(rows)).encode("utf-8"))])
    q = by_vendor(qs)
    assert sorted(q) == ["保定莲池数科有限公司", "唐山凤凰软件有限公司"]
    a, b = q["保定莲池数科有限公司"], q["唐山凤凰软件有限公司"]
    assert a.values["price_cny"] == 308_000 and b.values["price_cny"] == pytest.approx(240_000 * 1.13)
    assert (a.values["free_maintenance_months"], a.values["response_hours"]) == (12, 2)
    assert (b.values["free_maintenance_months"], b.values["response_hours"]) == (6, 4)
    assert a.values["mlps_level3"] is True and b.values["mlps_level3"] is None
    assert "contract_management" not in b.values["features"]
    assert b.price_parts["options"][0][1] == "contract_management" and b.price_parts["options"][0][2] is None
    assert any(s.reason in ("skip.declined", "skip.withdrawn") and "湖城" in s.text for s in qs.skipped)


def test_a_sub_form_flattened_into_numbered_column_groups_gives_the_module_list_and_options():
    """A 钉钉宜搭 export flattens the 报价明细 sub-form into 明细1-模块名称 | 明细1-金额（元） | 明细1-计入总额 | 明细2-…: the lines
    counted in the total name the modules (a bundle's bracket its list), a line not counted is an option at its amount
    (added for a must-have, before tax as the record says), a line at 0 marked 赠送 a module given away."""
    head = ("实例ID,供应商名称,联系电话,报价总额（元）,是否含税,明细1-模块名称,明细1-金额（元）,明细1-计入总额,明细2-模块名称,明细2-金额（元）,"
            "明细2-计入总额,明细3-模块名称,明细3-金额（元）,明细3-计入总额,明细4-模块名称,明细4-金额（元）,明细4-计入总额")
    rows = [head,
            "FINST-1,湘潭莲城软件有限公司,15973228140,198000,不含税（13%另计）,商品管理,36000,是,分期计算器,22000,是,订单跟踪,32000,否,"
            "基础平台（用户管理、风控审批、还款管理）,108000,是",
            "FINST-2,衡阳雁城网络科技有限公司,18673409957,228000,含税,全部模块（商品管理、分期计算器、订单跟踪、用户管理）,228000,是,"
            "元宇宙营销（赠送）,0,是,,,,,,"]
    qs = load([("yida.csv", "\n".join(rows).encode("gb18030"))])
    q = by_vendor(qs)
    a, b = q["湘潭莲城软件有限公司"], q["衡阳雁城网络科技有限公司"]
    assert {"product_management", "installment_calculator", "user_management", "risk_approval"} <= set(a.values["features"])
    assert "order_tracking" not in a.values["features"]
    assert {"product_management", "installment_calculator", "order_tracking", "metaverse_marketing"} <= set(b.values["features"])
    res = score(qs, Profile(business_type="consumer_installment"))
    got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
    assert got["湘潭莲城软件有限公司"] == pytest.approx((198_000 + 32_000) * 1.13)
    assert got["衡阳雁城网络科技有限公司"] == 228_000


def test_a_vote_sheet_beside_the_candidates_table_reads_only_the_candidates(tmp_path):
    """A committee's vote sheet: the members' votes on the left and, after an empty column, the candidates' facts on
    the right of the same rows. The vendors are the right table's 供应商 column — never the members, the short names they
    voted for or '弃权' — the 万元 header scales the prices, and a row's vote does not belong to the vendor beside it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["采购决策委员会表决汇总"])
    ws.append([None] * 7 + ["附：候选供应商情况（金额单位：万元）"])
    ws.append(["序号", "委员", "职务", "投票（拟选供应商）", "表决意见", "签字", None, "供应商", "报价（万元）", "计税", "等保三级",
               "技术支持"])
    ws.append(["1", "陈建国", "总经理", "厦门鹭岛数科", "资料齐全，同意", "陈建国", None, "厦门鹭岛数科有限公司", 22.6, "含税",
               "已取得，备案编号35020043018-24006", "7×24"])
    ws.append(["2", "吴秀英", "财务总监", "福州榕城软件", "榕城报价19.6万最低", "吴秀英", None, "福州榕城软件有限公司", 19.6,
               "不含税（13%另计）", "已取得，备案编号35010043025-23015", "工作日9:00-18:00"])
    ws.append(["3", "许丽娟", "合规部负责人", "弃权", "需补齐后再议", "许丽娟", None, "漳州芗城信息技术有限公司", 12.8, "含税",
               "二级（已备案），三级暂无计划", "工作日"])
    ws.append(["表决结果：厦门鹭岛数科 2票；福州榕城软件 1票"])
    wb.save(tmp_path / "vote.xlsx")
    qs = load([("vote.xlsx", (tmp_path / "vote.xlsx").read_bytes())])
    q = by_vendor(qs)
    assert set(q) == {"厦门鹭岛数科有限公司", "福州榕城软件有限公司", "漳州芗城信息技术有限公司"}
    assert q["厦门鹭岛数科有限公司"].values["price_cny"] == 226_000
    assert q["福州榕城软件有限公司"].values["price_cny"] == pytest.approx(196_000 * 1.13)
    assert q["福州榕城软件有限公司"].values["support_7x24"] is False
    assert q["漳州芗城信息技术有限公司"].values["mlps_level3"] is False
    assert not any("榕城报价" in str(v) for v in q["漳州芗城信息技术有限公司"].extras.values())  # a vote is no vendor's


def test_a_finance_sheet_of_list_price_discount_and_net_rows_prices_at_the_written_net(tmp_path):
    """An English finance sheet after discounts: the Net price is the price (never the List price), read with the VAT
    treatment row; Finance's own 'Net price incl. VAT' leaves out a must-have option, which is added; a discount only
    said changes nothing; 'Modules in the net price' is the module list."""
    rows = [["Loan system source code – price comparison after discounts"],
            ["Item", "Haikou Qiongshan Digital Technology Co., Ltd.", "Sanya Tianya Software Co., Ltd.",
             "Guangzhou Panyu Lianxin Network Technology Co., Ltd.", "Finance notes"],
            ["List price (as quoted)", 268000, 230000, 238000, "RMB, as on each written quote"],
            ["Discount offered", "10% (in writing)", "5% (in writing)", "Verbal: a further 8% possible at signing (not in writing)", None],
            ["Net price", 241200, 218500, "238,000 (verbal discount not applied)", None],
            ["VAT treatment", "Included (13% special invoice)", "Excluded – 13% VAT to be added", "Included", None],
            ["Net price incl. VAT", 241200, 246905, 238000, "Basis of Finance ranking"],
            ["Modules in the net price", "Product catalogue, instalment calculator, order tracking, user management",
             "Product catalogue, instalment calculator, user management",
             "Product catalogue, instalment calculator, order tracking, user management", None],
            ["Optional modules (not in the net price)", "Points mall RMB 18,000 incl. VAT",
             "Order tracking RMB 25,000 excl. VAT (no discount)", "None", None],
            ["Finance ranking (net incl. VAT, low to high)", 2, 3, 1, "Price only"]]
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(tmp_path / "net.xlsx")
    qs = load([("net.xlsx", (tmp_path / "net.xlsx").read_bytes())])
    res = score(qs, Profile(business_type="consumer_installment"))
    got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
    assert got["Haikou Qiongshan Digital Technology Co., Ltd."] == 241_200
    assert got["Sanya Tianya Software Co., Ltd."] == pytest.approx((218_500 + 25_000) * 1.13)
    assert got["Guangzhou Panyu Lianxin Network Technology Co., Ltd."] == 238_000
    q = by_vendor(qs)
    assert "order_tracking" in q["Haikou Qiongshan Digital Technology Co., Ltd."].values["features"]


def test_an_auditors_working_paper_reads_the_vendors_extracts_by_document(tmp_path):
    """An internal audit's working paper, one row per document of each bid (供应商 merged down | 资料名称 | 页码/份数 | 原文摘录 |
    核查方法 | 核查结论 | 底稿索引): the 原文摘录 is the vendor's words read by the document it comes from; the auditor's columns and
    findings are never the vendor's; a module '未含在报价内' at its price is an option; a 回函 declining is no quote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["内部审计工作底稿"])
    ws.append(["序号", "供应商", "资料名称", "页码/份数", "原文摘录", "核查方法", "核查结论", "底稿索引"])
    rows = [["2.1", "宜昌三峡金信软件有限公司", "报价函", "第1页", "报价：人民币壹拾捌万捌仟元整（¥188,000.00），不含税，增值税税率13%另计",
             "核对报价函原件及公章", "相符；报价为不含税价", "SJ-2025-014-03-02-01"],
            ["2.2", None, "功能清单", "第2—3页", "个人征信查询（百行征信）、反欺诈、还款管理、审批流、用户管理；风控模型（评分卡）为选配模块，"
             "另计24,000元（不含税），未含在报价内", "对照演示记录", "演示时风控模型为选配演示版", "SJ-2025-014-03-02-02"],
            ["2.3", None, "等保备案证明", "复印件1份", "等保三级备案证明，备案编号42050043009-23004", "与原件核对", "相符",
             "SJ-2025-014-03-02-03"],
            ["3.1", "荆州古城网络科技有限公司", "报价函", "第1页", "报价：人民币贰拾壹万陆仟元整（¥216,000.00），含税", "核对报价函原件",
             "相符", "SJ-2025-014-03-03-01"],
            ["3.2", None, "等保证明", "承诺书1份", "我司系统严格按照等保三级标准设计开发，安全性有保障", "要求提供备案证明",
             "未提供备案证明，仅有供应商承诺书", "SJ-2025-014-03-03-03"],
            ["6.1", "黄冈东坡科技有限公司", "回函", "第1页", "贵司询价函收悉。因项目排期已满，我司本次不参与报价，敬请谅解。", "—",
             "已书面放弃，不纳入比选", "SJ-2025-014-03-06-01"]]
    for row in rows:
        ws.append(row)
    ws.merge_cells("B3:B5")
    ws.merge_cells("B6:B7")
    wb.save(tmp_path / "audit.xlsx")
    qs = load([("audit.xlsx", (tmp_path / "audit.xlsx").read_bytes())])
    q = by_vendor(qs)
    assert set(q) == {"宜昌三峡金信软件有限公司", "荆州古城网络科技有限公司"}
    a, b = q["宜昌三峡金信软件有限公司"], q["荆州古城网络科技有限公司"]
    assert a.values["mlps_level3"] is True and b.evidence["mlps_level3"][0] == "claimed"
    res = score(qs, Profile(business_type="personal_credit"))
    got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
    assert got["宜昌三峡金信软件有限公司"] == pytest.approx((188_000 + 24_000) * 1.13)
    assert any(s.reason == "skip.declined" and "东坡" in s.text for s in qs.skipped)


def test_a_workbook_of_one_sheet_per_vendor_names_each_by_its_title_and_skips_the_contents(tmp_path):
    """Each vendor's own price list pasted into a sheet of its own, behind a 目录 listing them: each sheet is one quote
    named by the company its title names (not the tab), whatever its layout — a one-row table under the title, a 分类 |
    项目 | 说明 sheet whose unnamed rows take their category, a 项目 | 内容 sheet — and the 目录 (names, dates, remarks) is no
    quote."""
    wb = openpyxl.Workbook()
    toc = wb.active
    toc.title = "目录"
    for row in (["供应商报价清单汇编"], ["序号", "工作表", "供应商全称", "收到日期", "收到方式", "备注"],
                ["1", "洛阳河洛", "洛阳河洛软件有限公司", "2025-08-02", "邮件（Excel）"],
                ["2", "平顶山鹰城", "平顶山鹰城网络科技有限公司", "2025-08-04", "微信（Excel）"],
                ["3", "安阳殷都", "安阳殷都科技有限公司", "2025-08-04", "邮件（Excel）"]):
        toc.append(row)
    a = wb.create_sheet("洛阳河洛")
    for row in (["洛阳河洛软件有限公司 — 商户经营贷系统报价"], ["项目", "内容"], ["报价总额", "25.8万元（不含税）"],
                ["等保", "三级，备案证明编号41030043021-23010"], ["技术支持", "工作日9:00-18:00"], ["响应时间", "4小时"]):
        a.append(row)
    b = wb.create_sheet("平顶山鹰城")
    for row in (["平顶山鹰城网络科技有限公司"], ["小贷系统报价方案"], ["分类", "项目", "说明"], ["报价", "一口价", "24.8万元（含税），全部模块"],
                ["安全", "等保", "系统按等保三级标准建设，可协助客户通过测评"], ["安全", "传输", "HTTPS"], ["服务", "支持", "7×24小时"],
                ["源码", "交付", "核心模块加密，其余开放"]):
        b.append(row)
    c = wb.create_sheet("安阳殷都")
    for row in (["安阳殷都科技有限公司报价"], ["报价（元）", "是否含税", "等保三级", "HTTPS", "技术支持"], [96000, "含税", "否", "是", "工作日"]):
        c.append(row)
    wb.save(tmp_path / "qingdan.xlsx")
    qs = load([("qingdan.xlsx", (tmp_path / "qingdan.xlsx").read_bytes())])
    q = by_vendor(qs)
    assert set(q) == {"洛阳河洛软件有限公司", "平顶山鹰城网络科技有限公司", "安阳殷都科技有限公司"}
    assert not any(x.earlier for x in qs.quotes)  # the 目录 is no earlier version of anyone's quote
    x, y, z = q["洛阳河洛软件有限公司"], q["平顶山鹰城网络科技有限公司"], q["安阳殷都科技有限公司"]
    assert x.values["price_cny"] == pytest.approx(258_000 * 1.13) and x.values["response_hours"] == 4
    assert (y.values["price_cny"], y.values["tls"], y.values["support_7x24"]) == (248_000, True, True)
    assert y.values["source_code_delivery"] == "partial" and y.evidence["mlps_level3"][0] == "claimed"
    assert (z.values["price_cny"], z.values["mlps_level3"], z.values["support_7x24"]) == (96_000, False, False)



def test_a_gantt_plan_with_terms_merged_down_each_vendors_block(tmp_path):
    """A PMO's Gantt of each vendor's plan (phases down, week columns across, a second header row of dates) with the
    key terms merged down each vendor's block: one quote per block, the week marks and durations no amounts, the dates
    row no vendor, bilingual labels on one line ('Source 源码', 'Maintenance & support 维保与支持') read by either
    language, and a block that only says 'Declined 放弃报价' no quote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Vendor timelines & key terms"])
    ws.append(["Vendor 供应商", "Phase 阶段", "工期(周)", "W1", "W2", "Quote 报价", "Tax 计税", "Maintenance & support 维保与支持",
               "Source 源码"])
    ws.append([None, None, None, "8/25", "9/1"])
    blocks = [("遵义红城数科有限公司", "¥268,000", "含税", "免费维护12个月，含bug修复及小版本升级；7×24小时支持，1小时内响应",
               "完整源码，无加密"),
              ("毕节洪山科技有限公司", "¥126,000", "含税", "免费维护6个月，仅修bug；政策调整收费；工作日支持，次日响应",
               "授权使用，绑定域名")]
    r = 4
    for name, price, tax, care, src in blocks:
        ws.append([name, "需求调研 Discovery", 1, "■", None, price, tax, care, src])
        ws.append([None, "开发配置 Build", 4, None, "■"])
        for c in "AFGHI":
            ws.merge_cells(f"{c}{r}:{c}{r + 1}")
        r += 2
    ws.append(["都匀剑江软件有限公司", "Declined 放弃报价（8/15 邮件：人手不足）"])
    ws.merge_cells("A2:A3")
    wb.save(tmp_path / "gantt.xlsx")
    qs = load([("gantt.xlsx", (tmp_path / "gantt.xlsx").read_bytes())])
    q = by_vendor(qs)
    assert set(q) == {"遵义红城数科有限公司", "毕节洪山科技有限公司"}
    a, b = q["遵义红城数科有限公司"], q["毕节洪山科技有限公司"]
    assert (a.values["price_cny"], a.values["free_maintenance_months"], a.values["response_hours"]) == (268_000, 12, 1)
    assert a.values["source_code_delivery"] == "full" and b.values["source_code_delivery"] == "licence_only"
    assert (b.values["maintenance_includes_upgrades"], b.values["policy_adaptation_free"], b.values["response_hours"]) == (
        False, False, 24)
    assert any(s.reason == "skip.declined" and "剑江" in s.text for s in qs.skipped)


def test_a_whiteboard_export_gives_a_quote_per_company_frame():
    """A Miro board exported one item a row (Item ID | Type | Frame | Content | Tags | Author): each frame titled with a
    company is one quote read from its stickies in board order (a sticky without its colon, 'Quote ¥96,000 incl. VAT',
    still labels its amount); the team's tagged notes ('our view', 'question') and the other frames are the buyer's, ids
    and times no amounts; '用户管理 – no risk model' leaves the risk model out; a frame that only declines is no quote."""
    head = "Item ID,Type,Frame,Content,Tags,Author,Color,Last modified"
    rows = [head,
            "3458764598112740037,frame,Agenda,Agenda,,Vivian Shen,,2025-08-13T14:01:12Z",
            '3458764598112740376,sticky_note,Agenda,"Budget 18–25万 incl. VAT (board approval, July)",budget,Vivian Shen,light_blue,2025-08-13T14:07:31Z',
            "3458764598112740413,frame,无锡太湖智贷科技有限公司,无锡太湖智贷科技有限公司,,Vivian Shen,,2025-08-13T14:08:12Z",
            '3458764598112740526,sticky_note,无锡太湖智贷科技有限公司,"Quote QT-TH-0805: ¥236,000 incl. 13% VAT",price,Vivian Shen,yellow,2025-08-13T14:10:31Z',
            '3458764598112741317,sticky_note,无锡太湖智贷科技有限公司,"24×7 support, response within 1 hour, named engineer",after-sales,Amy Xu,yellow,2025-08-13T14:24:22Z',
            "3458764598112741769,sticky_note,无锡太湖智贷科技有限公司,Strongest pack so far,our view,Vivian Shen,light_blue,2025-08-13T14:32:24Z",
            "3458764598112745081,frame,盐城丹顶鹤科技工作室,盐城丹顶鹤科技工作室,,Vivian Shen,,2025-08-13T15:32:12Z",
            '3458764598112745194,sticky_note,盐城丹顶鹤科技工作室,"Quote ¥96,000 incl. VAT",price,Vivian Shen,yellow,2025-08-13T15:34:49Z',
            "3458764598112745307,sticky_note,盐城丹顶鹤科技工作室,MLPS Level 3: No,compliance,Leo Gu,yellow,2025-08-13T15:36:12Z",
            '3458764598112745420,sticky_note,盐城丹顶鹤科技工作室,"Modules: 个人征信查询 (百行), 还款管理, 用户管理 – no risk model (manual review)",features,Leo Gu,yellow,2025-08-13T15:38:25Z',
            '3458764598112745646,sticky_note,盐城丹顶鹤科技工作室,"Maintenance 3 months, bug fixes only; business hours via QQ group, next-day reply",after-sales,Amy Xu,yellow,2025-08-13T15:42:51Z',
            "3458764598112745796,frame,镇江金山软件有限公司,镇江金山软件有限公司,,Vivian Shen,,2025-08-13T15:45:12Z",
            "3458764598112745909,sticky_note,镇江金山软件有限公司,Declined by e-mail 8/7 – no capacity this quarter,,Vivian Shen,grey,2025-08-13T15:47:14Z"]
    qs = load([("miro.csv", "\n".join(rows).encode("utf-8"))])
    q = by_vendor(qs)
    assert set(q) == {"无锡太湖智贷科技有限公司", "盐城丹顶鹤科技工作室"}
    a, b = q["无锡太湖智贷科技有限公司"], q["盐城丹顶鹤科技工作室"]
    assert (a.values["price_cny"], a.values["support_7x24"], a.values["response_hours"]) == (236_000, True, 1)
    assert (b.values["price_cny"], b.values["mlps_level3"], b.values["response_hours"]) == (96_000, False, 24)
    assert "risk_model" not in b.values["features"] and b.values["licensed_credit_bureau"] is True
    assert any(s.reason == "skip.declined" and "金山" in s.text for s in qs.skipped)
    assert any(n.reason == "skip.buyer_message" and "Strongest pack" in n.text for n in qs.notes)


def test_a_contract_approval_form_reads_each_candidates_terms_block():
    """A 合同审批单 quoting each candidate's draft-contract terms in a block of 'label | value' rows (乙方名称 | … | 统一社会信用代码
    | …): one quote per block named by 乙方名称; the form's own fields above (申请部门 | 经办人 | 申请日期) and the sign-off table
    below are the buyer's; a module 'not in this contract, by a supplementary agreement at 32,000' is an option at its
    price; a promise 'not an annex of this contract' is not in the contract; '暂未开发' is absent."""
    rows = [["合同审批单"], ["申请部门", "信息科技部", "经办人", "何俊", "申请日期", "2025-08-12"], [],
            ["（一）候选一"], ["乙方名称", "成都锦官数字科技有限公司", "统一社会信用代码", "91510100MA6CJ4XK2R"],
            ["合同金额", "人民币贰拾贰万捌仟元整（¥228,000.00），含13%增值税"],
            ["合同标的及交付内容", "个人征信查询、风控模型、反欺诈、还款管理"],
            ["售后服务条款", "免费维护期12个月；因监管政策变化所需的系统调整，免费维护期内及维保期内均免费；上述服务承诺为本合同组成部分"],
            ["法务审查意见", "条款完整，可签署"], [],
            ["（二）候选二"], ["乙方名称", "德阳旌湖软件有限公司", "统一社会信用代码", "91510600MA62R8TQ0D"],
            ["合同金额", "人民币壹拾柒万陆仟元整（¥176,000.00），不含税"],
            ["合同标的及交付内容", "个人征信查询、反欺诈、还款管理。风控模型模块不在本合同范围内，如甲方需要，另签补充协议，价款32,000元（不含税）"],
            ["售后服务条款", "乙方提供终身维护；售后服务按乙方《服务承诺书》执行，该承诺书不作为本合同附件"],
            ["法务审查意见", "风控模型需另签补充协议"], [],
            ["（三）候选三"], ["乙方名称", "遂宁观音湖科技有限公司", "统一社会信用代码", "92510900MA6A3F7J1X"],
            ["合同金额", "¥118,000.00，含税"], ["合同标的及交付内容", "个人征信查询、还款管理；风控模型暂未开发，甲方可人工审核"], [],
            ["部门", "意见", "签字", "日期"], ["财务部", "旌湖报价17.6万最低", "罗静", "2025-08-13"]]
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    qs = load([("审批单.xlsx", buf.getvalue())])
    q = by_vendor(qs)
    assert set(q) == {"成都锦官数字科技有限公司", "德阳旌湖软件有限公司", "遂宁观音湖科技有限公司"}
    a, b, c = q["成都锦官数字科技有限公司"], q["德阳旌湖软件有限公司"], q["遂宁观音湖科技有限公司"]
    assert (a.values["price_cny"], a.values["policy_adaptation_free"], a.values["commitments_in_contract"]) == (228_000, True, True)
    assert b.values["commitments_in_contract"] is False and "risk_model" not in c.values["features"]
    res = score(qs, Profile(business_type="personal_credit"))
    got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
    assert got["德阳旌湖软件有限公司"] == pytest.approx((176_000 + 32_000) * 1.13)


def test_a_whiteboard_transcript_reads_each_line_for_the_full_name_beside_it():
    """A clerk typed a meeting whiteboard up line by line (行号 | 白板原文 | 对应供应商全称（整理补充） | 整理备注): each vendor line is
    that vendor's words in shorthand ('29.8w含税', '日志存1年', '第二天回', '7×24，2小时', '送区块链存证'); the clerk's remarks are
    hers; with no module list, '没有流水分析' still fails the must-have gate; the title, budget and vote lines are no quote."""
    rows = ["说明：白板拍照逐行录入，原文照抄,,,",
            "行号,白板原文,对应供应商全称（整理补充）,整理备注",
            "1,经营贷系统源码 比选碰头会 8/14,,白板左上角标题",
            "2,预算25~35w（含税）；必备：企业征信、流水分析、电子合同,,王总会前写的",
            "3,①崂山：29.8w含税；等保三级有证，备案号37020043019-24007；日志存1年；企业征信、流水分析、电子合同都在报价里；"
            "免费维保1年；7×24，2小时；写合同,青岛崂山数科有限公司,照片1左半",
            "4,③鸢都：26w含税（一口价）；等保：“按等保三级标准开发”（原话）；企业征信、流水分析、电子合同都有；送区块链存证+智能客服,"
            "潍坊鸢都网络科技有限公司,“日志□个月”照片反光看不清",
            "5,⑤东港：9.8w含税；等保二级；没有流水分析；维保3个月只修bug；工作日QQ群；第二天回,日照东港科技工作室,照片2右半",
            "6,举手：崂山5 鸢都1,,参会7人"]
    qs = load([("白板.csv", "\n".join(rows).encode("gbk"))])
    q = by_vendor(qs)
    assert set(q) == {"青岛崂山数科有限公司", "潍坊鸢都网络科技有限公司", "日照东港科技工作室"}
    a, b, c = q["青岛崂山数科有限公司"], q["潍坊鸢都网络科技有限公司"], q["日照东港科技工作室"]
    assert (a.values["price_cny"], a.values["audit_log_months"], a.values["response_hours"]) == (298_000, 12, 2)
    assert a.values["commitments_in_contract"] is True and a.values["free_maintenance_months"] == 12
    assert {"blockchain_evidence", "ai_customer_service"} <= set(b.values["features"])
    assert b.values["audit_log_months"] is None  # the clerk's note about the unreadable '□' is hers, not the vendor's
    assert c.values["response_hours"] == 24 and c.values["features"] is None
    res = score(qs, Profile(business_type="merchant_loan"))
    dg = next(v for v in res.vendors if v.quote is c)
    assert dg.gate == "fail" and any(f.code == "missing_must_have" and "cashflow_analysis" in f.params.get("features", ())
                                     for f in dg.flags)


def test_a_strengths_and_weaknesses_table_reads_the_facts_wherever_they_are_filed(tmp_path):
    """A risk team's 优劣势分析 (供应商 | 报价（万元） | 计税 | 优势 | 劣势 | 待澄清事项 | 初步意见), facts as '· ' bullets: a fact counts the
    same under 优势 or 劣势 (an option and the tax filed under 劣势 are read), a bullet that is a module list is the list, '搭售'
    modules are gifts, 「终身免费维护」「7×24小时服务」 is the boast (never 7 months), and a row of '—' whose remark says the
    vendor gave up is no quote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["供应商优劣势分析"])
    ws.append(["编制：风控部  报价单位：万元"])
    ws.append(["序号", "供应商", "报价（万元）", "计税", "优势", "劣势", "待澄清事项", "初步意见"])
    ws.append(["1", "曲靖麒麟软件有限公司", 26.5, "不含税", "· 企业征信、银行流水分析、风控审批、还款管理、用户管理在报价内",
               "· 报价不含税，增值税13%另计\n· 电子合同不在报价内，需选配，3.5万元（不含税）", "—", "备选"])
    ws.append(["2", "玉溪聂耳网络科技有限公司", 24.8, "含税", "· 企业征信、银行流水分析、电子合同、审批流、还款管理、用户管理都有\n"
               "· 对方称「终身免费维护」「7×24小时服务」", "· 搭售元宇宙营销、区块链存证（称不另收费）",
               "· 等保：对方称「已通过等保测评」，未说明级别", "补资料后再议"])
    ws.append(["3", "文山三七软件有限公司", "—", "—", "—", "—", "—", "8月9日来电放弃，未提交报价"])
    wb.save(tmp_path / "yl.xlsx")
    qs = load([("yl.xlsx", (tmp_path / "yl.xlsx").read_bytes())])
    q = by_vendor(qs)
    assert set(q) == {"曲靖麒麟软件有限公司", "玉溪聂耳网络科技有限公司"}
    b = q["玉溪聂耳网络科技有限公司"]
    assert {"enterprise_credit", "cashflow_analysis", "contract_management", "metaverse_marketing"} <= set(b.values["features"])
    assert (b.values["free_maintenance_months"], b.evidence["free_maintenance_months"][0]) == (12, "claimed")
    assert b.evidence["mlps_level3"][0] == "claimed"
    res = score(qs, Profile(business_type="merchant_loan"))
    got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
    assert got["曲靖麒麟软件有限公司"] == pytest.approx((265_000 + 35_000) * 1.13)
    assert any(s.reason == "skip.declined" and "文山" in s.text for s in qs.skipped)


def test_two_rows_per_vendor_a_price_row_and_a_terms_row_are_one_quote():
    """A 比选 sheet where each vendor takes two rows (行: 报价 then 条款, the name blank on the second): the rows are one
    quote, each column's terms read after its amount ('维保期满后年服务费26,000元；免费维护12个月…'), never run together."""
    rows = ["供应商,行,合计,订单跟踪,售后服务,源码",
            "萍乡武功山数科有限公司,报价,248000,38000,\"维保期满后年服务费26,000元\",",
            ",条款,含13%增值税,含,免费维护12个月，含缺陷修复及小版本升级；7×24小时，1小时内响应,完整源码",
            "鹰潭龙虎山信息技术有限公司,报价,128000,—,维保期满后年费1.2万元,",
            ",条款,含税,暂不支持,免费维护6个月，含小版本升级；7×24，2小时响应,完整源码"]
    qs = load([("bixuan.csv", "\n".join(rows).encode("gbk"))])
    q = by_vendor(qs)
    assert set(q) == {"萍乡武功山数科有限公司", "鹰潭龙虎山信息技术有限公司"}
    a, b = q["萍乡武功山数科有限公司"], q["鹰潭龙虎山信息技术有限公司"]
    assert (a.values["price_cny"], a.values["free_maintenance_months"], a.values["annual_fee_after_warranty_cny"]) == (
        248_000, 12, 26_000)
    assert (b.values["free_maintenance_months"], b.values["response_hours"]) == (6, 2)


def test_a_dashboards_counts_are_no_vendors_and_the_hidden_quotes_are_read(tmp_path):
    """A KPI dashboard on the visible sheet ('邀请供应商 | 有效报价' over '6 家 | 5 家'; '进度 | 完成率') and the quotes on a
    hidden sheet: the counts and progress rows are no vendors; the hidden sheet's quotes are read (and said to be hidden)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "看板"
    for row in (["采购KPI看板"], ["邀请供应商", "有效报价", "平均报价"], ["6 家", "5 家", "17.3 万"], [],
                ["进度", "完成率"], ["发出邀请", "100%"], ["收到报价", "83%"]):
        ws.append(row)
    raw = wb.create_sheet("raw_quotes")
    raw.sheet_state = "hidden"
    for row in (["供应商", "报价金额（元）", "计税方式", "等保"], ["海口琼州数科有限公司", 238000, "含13%增值税", "等保三级备案证明46010043012-24007"],
                ["琼海博鳌信息技术有限公司", 205000, "含税", "等保三级备案证明46020043009-24010"]):
        raw.append(row)
    wb.save(tmp_path / "kanban.xlsx")
    qs = load([("kanban.xlsx", (tmp_path / "kanban.xlsx").read_bytes())])
    assert {q.vendor for q in qs.quotes} == {"海口琼州数科有限公司", "琼海博鳌信息技术有限公司"}
    assert any(w.code.startswith("warn.hidden") for w in qs.warnings)


def test_entry_blocks_named_under_their_last_row_give_a_quote_each():
    """An intern's entry form: 'label | value' blocks, each closed by '供应商：全称' on its last row (and who typed it): one
    quote per block; the quote number and phone are no amounts; the 录入备注 column is the clerk's; '21.6w' is 216,000; a
    block whose price says '不报价' is no quote; '等保二级（三级计划明年申请）' fails (level 3 only planned)."""
    rows = ["报价信息录入表,,", "项目,供应商原文,录入备注",
            "报价单编号,JC-2025-0809,", "报价金额,21.6w 含税,微信原话", "等保,已取得等保三级备案证明，备案编号14010043011-24003,看过证书照片",
            "维保后费用,年服务费2.2万元,", "联系电话,13935412086,", "供应商：太原晋祠数科有限公司,录入：赵一鸣  2025-08-11,", ",,",
            "报价单编号,YG-0808,", "报价金额,\"198,000元（含税）\",", "等保,等保二级（三级计划明年申请）,", "维保后费用,每年2万元,",
            "供应商：大同云冈软件有限公司,录入：赵一鸣  2025-08-11,", ",,",
            "报价金额,不报价（8月8日电话，说排期满了）,", "供应商：忻州五台软件有限公司,录入：赵一鸣  2025-08-13,"]
    qs = load([("录入.csv", "\n".join(rows).encode("utf-8"))])
    q = by_vendor(qs)
    assert set(q) == {"太原晋祠数科有限公司", "大同云冈软件有限公司"}
    a, b = q["太原晋祠数科有限公司"], q["大同云冈软件有限公司"]
    assert (a.values["price_cny"], a.values["annual_fee_after_warranty_cny"], a.values["mlps_level3"]) == (216_000, 22_000, True)
    assert (b.values["price_cny"], b.values["annual_fee_after_warranty_cny"]) == (198_000, 20_000)
    assert (b.values["mlps_level3"], b.evidence.get("mlps_level3")) == (False, None)  # stated: level 3 only planned
    assert any(s.reason == "skip.declined" and "五台" in s.text for s in qs.skipped)


def test_a_sheets_export_with_checkboxes_reads_true_false_and_the_vendors_notes():
    """A Google Sheets export: TRUE / FALSE checkboxes (empty: no answer), English shorthand headers ('Log months', 'Free
    maint. (months)', 'Upgrades incl.', 'Reg. changes free', '24x7'), the vendor's notes; a FALSE module the note offers at
    a price is an option; modules 'included free' are gifts; the team's 'Demo done' / 'Shortlisted' are no terms."""
    head = ("Vendor,Quote (CNY),Tax,电子合同,MLPS L3 cert,Log months,Free maint. (months),Upgrades incl.,Reg. changes free,24x7,"
            "Notes (vendor's words),Demo done,Shortlisted")
    rows = [head,
            "乌鲁木齐天山数科有限公司,318000,incl. 13% VAT,TRUE,TRUE,12,12,TRUE,TRUE,TRUE,full source,TRUE,TRUE",
            '西宁湟水软件有限公司,258000,excl. VAT (13% extra),FALSE,TRUE,6,12,FALSE,FALSE,FALSE,"电子合同 not in base price: '
            'optional module +¥26,000 excl. VAT. Maintenance = bug fixes only.",TRUE,TRUE',
            "克拉玛依黑油山网络科技有限公司,275000,incl. VAT,TRUE,,,lifetime,,,TRUE,区块链存证 + AI客服 included free,TRUE,FALSE"]
    qs = load([("gsheet.csv", "\n".join(rows).encode("utf-8"))])
    q = by_vendor(qs)
    a, b, c = q["乌鲁木齐天山数科有限公司"], q["西宁湟水软件有限公司"], q["克拉玛依黑油山网络科技有限公司"]
    assert (a.values["audit_log_months"], a.values["free_maintenance_months"], a.values["support_7x24"]) == (12, 12, True)
    assert (a.values["maintenance_includes_upgrades"], a.values["policy_adaptation_free"]) == (True, True)
    assert (b.values["maintenance_includes_upgrades"], b.values["support_7x24"]) == (False, False)
    assert {"blockchain_evidence", "ai_customer_service"} <= set(c.values["features"])
    assert c.values["mlps_level3"] is None and c.evidence["free_maintenance_months"][0] == "claimed"
    res = score(qs, Profile(business_type="merchant_loan"))
    got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
    assert got["西宁湟水软件有限公司"] == pytest.approx((258_000 + 26_000) * 1.13)


def test_a_due_diligence_rubric_reads_each_vendors_answer_beside_its_evidence_link(tmp_path):
    """An English DD rubric: each vendor's name merged over 'Vendor answer | Evidence' (a link to what it uploaded), a
    'What good looks like' column that is the buyer's; the answer is read, an optional module priced in an English
    sentence ('… is optional: + ¥30,000 excl. VAT, not included in the 168,000') is an option, 'version upgrades are
    charged' leaves upgrades out, 'not in the contract' is a no."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Vendor Due Diligence Rubric"])
    ws.append(["#", "Criterion", "Weight", "What good looks like", "大庆油城数科有限公司", None, "齐齐哈尔鹤城软件有限公司", None])
    ws.append([None, None, None, None, "Vendor answer", "Evidence", "Vendor answer", "Evidence"])
    ws.append(["1", "Total price (state tax basis)", "15%", "Within 18–25万 incl. VAT", "¥226,000 incl. 13% VAT",
               "https://pan.example.cn/quote.pdf", "¥168,000 excl. VAT (13% VAT invoiced on top)", None])
    ws.append(["2", "Price breakdown / optional items", "—", "Itemised", "Licence 150,000 + implementation 56,000 + training 20,000",
               None, "Base edition 168,000. Credit-report module (PBoC / Baihang interface) is optional: + ¥30,000 excl. VAT, "
               "not included in the 168,000", None])
    ws.append(["3", "Modules in scope", "15%", "Credit report, risk model", "个人征信查询, 风控模型, 反欺诈, 还款管理, 审批流, 用户管理", None,
               "风控模型, 反欺诈, 还款管理, 审批流, 用户管理; 个人征信 only via the optional module above", None])
    ws.append(["4", "What maintenance covers", "5%", "Bug fixes + minor upgrades", "Bug fixes and minor version upgrades", None,
               "Bug fixes only; version upgrades are charged", None])
    ws.append(["5", "Commitments written into contract", "5%", "Yes", "Yes", None, "No – service letter only, not in the contract", None])
    for a, b in (("E2", "F2"), ("G2", "H2")):
        ws.merge_cells(f"{a}:{b}")
    wb.save(tmp_path / "dd.xlsx")
    qs = load([("dd.xlsx", (tmp_path / "dd.xlsx").read_bytes())])
    q = by_vendor(qs)
    assert set(q) == {"大庆油城数科有限公司", "齐齐哈尔鹤城软件有限公司"}
    a, b = q["大庆油城数科有限公司"], q["齐齐哈尔鹤城软件有限公司"]
    assert a.values["price_cny"] == 226_000 and a.values["maintenance_includes_upgrades"] is True
    assert (b.values["maintenance_includes_upgrades"], b.evidence["maintenance_includes_upgrades"][0]) == (False, "conditional")
    assert b.values["commitments_in_contract"] is False
    res = score(qs, Profile(business_type="personal_credit"))
    got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
    assert got["齐齐哈尔鹤城软件有限公司"] == pytest.approx((168_000 + 30_000) * 1.13)


def test_a_negotiation_log_by_round_reads_the_round_that_applies(tmp_path):
    """A 议价记录 (初次报价 | 二次报价 | 最终报价 in 万元 | 以哪轮为准 | 计税 | 条款要点 | 谈判备注): the final round is the price unless it
    points back ('最终轮未回复，按二次报价' is the second round, never the first); 初次 / 二次报价 are rounds 1 and 2; 条款要点 holds the
    vendor's terms, 谈判备注 the buyer's; '已撤回（…退出比选）' under 以哪轮为准 is a withdrawal, no quote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["议价记录"])
    ws.append(["金额单位：万元"])
    ws.append(["序号", "供应商", "初次报价（万元）", "二次报价（万元）", "最终报价（万元）", "以哪轮为准", "计税", "条款要点（摘自供应商书面报价）", "谈判备注"])
    ws.append(["1", "宁夏贺兰山数科有限公司", 34.8, 31.5, 29.6, "最终报价（8/19书面确认函）", "含13%增值税",
               "等保三级备案证明（备案编号64010043015-24006）；7×24小时支持，1小时内响应", "第二轮后再让2万"])
    ws.append(["2", "张掖丹霞软件有限公司", 28, 26.2, None, "最终轮未回复，按二次报价", "不含税（增值税13%另计）",
               "等保三级已备案（64070043002-23010）；工作日9:00-18:00，4小时内响应", "已告知对方贺兰山报价在30万左右"])
    ws.append(["3", "宁夏沙湖软件有限公司", 27.5, "—", "—", "已撤回（8/12书面函告退出比选）", "—", "—", "报价作废"])
    wb.save(tmp_path / "yijia.xlsx")
    qs = load([("yijia.xlsx", (tmp_path / "yijia.xlsx").read_bytes())])
    q = by_vendor(qs)
    assert set(q) == {"宁夏贺兰山数科有限公司", "张掖丹霞软件有限公司"}
    a, b = q["宁夏贺兰山数科有限公司"], q["张掖丹霞软件有限公司"]
    assert (a.values["price_cny"], a.values["mlps_level3"], a.values["response_hours"]) == (296_000, True, 1)
    assert b.values["response_hours"] == 4
    assert any(s.reason == "skip.declined" and "沙湖" in s.text for s in qs.skipped)
    res = score(qs, Profile(business_type="merchant_loan"))
    got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
    assert got["张掖丹霞软件有限公司"] == pytest.approx(262_000 * 1.13)  # the second round, before tax as the row says


def test_a_published_candidate_list_reads_candidates_and_leaves_out_a_rejected_bid():
    """A 中标候选人公示 (排序 | 中标候选人名称 | 投标报价 | …): the candidates and the bidders not shortlisted are quotes; a bid the
    panel rejected ('否决投标') is no quote (disqualified); '次工作日响应' is 24 h; the price ceiling and the phone are no prices."""
    rows = ["温州鹿城惠购小额贷款有限公司 中标候选人公示", "\"最高投标限价：300,000元（含税）\"", "",
            "排序,中标候选人名称,投标报价（元）,报价说明,售后服务承诺,评审得分",
            "第一中标候选人,温州瓯江软件有限公司,265000,含税,免费维护12个月；7×24小时，1小时响应,89.0",
            "第三中标候选人,绍兴越城网络科技有限公司,226000,不含税，增值税13%另计,免费维护6个月；5×8；次工作日响应,84.0",
            "未入围,湖州太湖科技工作室,86000,含税,免费维护3个月；QQ群支持,52.0",
            "否决投标,嘉兴南湖软件有限公司,318000,含税,—,投标报价超过最高投标限价，按否决投标处理",
            "", "联系人：陈先生，电话0577-88217306。"]
    qs = load([("公示.csv", "\n".join(rows).encode("gbk"))])
    q = by_vendor(qs)
    assert set(q) == {"温州瓯江软件有限公司", "绍兴越城网络科技有限公司", "湖州太湖科技工作室"}
    assert q["绍兴越城网络科技有限公司"].values["response_hours"] == 24
    assert any(s.reason == "skip.disqualified" and "南湖" in s.text for s in qs.skipped)


def test_a_qualification_sheet_and_a_price_sheet_keyed_by_short_names_are_one_quote_each(tmp_path):
    """A 资格审查 sheet (投标人全称 | 简称 | 等保三级证书 | 审查结论) and a price sheet listing the bidders by their short names: each
    bidder's two records join through the short name; '未提供（…附件缺失）' is unknown (unverified), never a no; '电子合同另报
    2.2万元（不含税）' is an option at its price; '未递交投标文件（放弃）' under 审查结论 is no quote."""
    wb = openpyxl.Workbook()
    a = wb.active
    a.title = "资格审查"
    for row in (["序号", "投标人全称", "简称", "等保三级证书", "审查结论"],
                [1, "西安长安数科有限公司", "长安数科", "有，等保三级备案证明 61010043018-24010", "通过"],
                [2, "咸阳渭城软件有限公司", "渭城软件", "未提供（投标文件称“详见附件”，附件缺失）", "待补正"],
                [3, "汉中汉江网络科技有限公司", "汉江网络", "有，等保三级证书 61070043010-23004", "通过"],
                [4, "延安宝塔软件有限公司", "宝塔软件", "—", "未递交投标文件（放弃）"]):
        a.append(row)
    b = wb.create_sheet("报价及服务承诺")
    for row in (["投标人（简称）", "投标总价（元）", "计税", "功能范围", "技术支持"],
                ["长安数科", 312000, "含税（13%）", "企业征信、银行流水分析、电子合同", "7×24"],
                ["渭城软件", 278000, "含税", "企业征信、银行流水分析、电子合同", "7×24"],
                ["汉江网络", 268000, "不含税（13%另计）", "企业征信、银行流水分析；电子合同另报2.2万元（不含税），未含在总价内", "5×8"]):
        b.append(row)
    wb.save(tmp_path / "zige.xlsx")
    qs = load([("zige.xlsx", (tmp_path / "zige.xlsx").read_bytes())])
    q = by_vendor(qs)
    assert set(q) == {"西安长安数科有限公司", "咸阳渭城软件有限公司", "汉中汉江网络科技有限公司"}
    x, y = q["西安长安数科有限公司"], q["咸阳渭城软件有限公司"]
    assert (x.values["price_cny"], x.values["mlps_level3"], x.values["support_7x24"]) == (312_000, True, True)
    assert y.values["mlps_level3"] is None and y.values["price_cny"] == 278_000
    res = score(qs, Profile(business_type="merchant_loan"))
    got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
    assert got["汉中汉江网络科技有限公司"] == pytest.approx((268_000 + 22_000) * 1.13)
    assert any(s.reason == "skip.declined" and "宝塔" in s.text for s in qs.skipped)


def test_a_module_price_book_reads_included_and_optional_modules_per_vendor():
    """An English module price book (modules down, vendors across; 'incl.' in the base price, 'optional +X' offered outside
    the total, a bare amount priced in it): '个人征信接口' is the credit-report module row, an optional must-have is added at
    its price, 'MLPS Level 3: None' is a stated no."""
    rows = ["Module / term,成都锦城数科有限公司,重庆山城软件有限公司,昆明春城科技工作室",
            'Base platform (用户管理 / 审批流 / 还款管理),"120,000","110,000","50,000"',
            '个人征信接口,incl. (PBoC 2nd gen + Baihang),"optional +30,000",incl. (Baihang)',
            '风控模型,incl.,"20,000",not offered',
            'Total as quoted,"198,000","180,000","78,000"',
            "Tax basis,incl. 13% VAT,excl. VAT (13% on top),incl. VAT",
            "MLPS Level 3 (等保三级),Certified - filing no. 51010043027-24001,Certified - cert no. 50010043012-23006,None"]
    qs = load([("pricebook.csv", "\n".join(rows).encode("utf-8"))])
    q = by_vendor(qs)
    assert {"personal_credit_report", "risk_model"} <= set(q["成都锦城数科有限公司"].values["features"])
    assert q["昆明春城科技工作室"].values["mlps_level3"] is False
    res = score(qs, Profile(business_type="personal_credit"))
    got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
    assert got["重庆山城软件有限公司"] == pytest.approx((180_000 + 30_000) * 1.13)
    assert got["成都锦城数科有限公司"] == 198_000


def test_an_evaluation_summary_reads_the_terms_column_not_the_judges_scores(tmp_path):
    """A 评标汇总表 (each judge's 技术 | 商务 | 价格 under a merged name, 平均总分, 排名, 投标报价, 计税, 主要响应条款): the judges' scores and
    ranks are no reason to rank; the terms column is the vendor's words; '（废标）' is a disqualified bid, no quote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["经营贷业务系统源码采购 评标汇总"])
    ws.append(["投标人", "评委A", None, "平均总分", "排名", "投标报价（元）", "计税方式", "主要响应条款（摘自投标文件，评标小组核对）"])
    ws.append([None, "技术", "商务", None, None, None, None, None])
    ws.append(["九江浔阳软件有限公司", 40, 30, 88.3, 1, "265,000", "含税", "等保三级测评中，预计10月取证；7×24小时，1小时响应"])
    ws.append(["南昌赣江数科有限公司", 39, 28, 83.9, 2, "298,000", "含税", "等保三级备案证明36010043018-24007；7×24小时，1小时响应"])
    ws.append(["景德镇瓷都软件有限公司", "—", "—", "—", "—", "（废标）", "—", "投标文件未按要求密封，开标时当场宣布废标"])
    ws.merge_cells("B2:C2")
    wb.save(tmp_path / "pb.xlsx")
    qs = load([("pb.xlsx", (tmp_path / "pb.xlsx").read_bytes())])
    q = by_vendor(qs)
    assert set(q) == {"九江浔阳软件有限公司", "南昌赣江数科有限公司"}
    assert q["南昌赣江数科有限公司"].values["mlps_level3"] is True
    assert q["九江浔阳软件有限公司"].evidence["mlps_level3"][0] == "claimed"
    assert any(s.reason == "skip.disqualified" and "瓷都" in s.text for s in qs.skipped)
    res = score(qs, Profile(business_type="merchant_loan"))
    top = min(res.vendors, key=lambda v: v.rank)
    assert top.quote.vendor == "南昌赣江数科有限公司"  # the judges' first is only in assessment


def test_a_tax_exclusive_price_that_states_its_rate_adds_that_rate():
    """'19.5万（不含税，税率6%）' is 195,000 × 1.06: the quote says the VAT it will invoice, so that rate is added, not the
    profile's default; a 不含税 price that names no rate takes the profile's rate, a rate the schema does not know none."""
    rows = ["服务商,报价,功能范围,等保",
            "嘉兴南湖网络科技有限公司,19.5万（不含税，税率6%）,个人征信、风控模型、还款管理,等保三级证书 33040043006-23018",
            "湖州吴兴软件有限公司,20万（不含税）,个人征信、风控模型、还款管理,等保三级证书 33050043001-23002",
            "Ningbo Beilun Software Co.,\"RMB 210,000 excl. 6% VAT\",个人征信、风控模型、还款管理,等保三级证书 33020043009-24003",
            "舟山定海科技有限公司,21万（不含税，税率7%）,个人征信、风控模型、还款管理,等保三级证书 33090043004-23001"]
    qs = load([("rate.csv", "\n".join(rows).encode("utf-8"))])
    for profile, default in ((Profile(business_type="personal_credit"), 0.13),
                             (Profile(business_type="personal_credit", vat_rate=0.09), 0.09)):
        res = score(qs, profile)
        got = {v.quote.vendor: v.scored_values["price_cny"] for v in res.vendors}
        assert got["嘉兴南湖网络科技有限公司"] == pytest.approx(195_000 * 1.06)
        assert got["Ningbo Beilun Software Co."] == pytest.approx(210_000 * 1.06)
        assert got["湖州吴兴软件有限公司"] == pytest.approx(200_000 * (1 + default))
        assert got["舟山定海科技有限公司"] == pytest.approx(210_000 * (1 + default))  # 7 % is no VAT rate


def test_a_row_that_only_says_no_quote_was_given_is_no_quote():
    """'衡阳雁城 | （未到场，无报价） | | …': a name and a price cell saying no quote was given, nothing else, is no quote
    (listed, never scored with an unknown price); '未报价' beside the vendor's terms is still a quote whose price is unknown."""
    rows = ["供应商,报价,功能,等保,维保",
            "长沙麓山数科有限公司,24.8W（含税）,商品管理、分期计算器、订单跟踪,等保三级（备案证明43010043016-24006）,免费维保12个月",
            "株洲炎帝软件有限公司,未报价（待演示后商务谈判）,商品管理、分期计算器、订单跟踪,等保三级申请中,免费维保12个月",
            "衡阳雁城科技有限公司,（未到场，无报价）,,,",
            "Yiyang Ziyang Software Co.,No quote,,—,"]
    qs = load([("ppt.csv", "\n".join(rows).encode("gbk"))])
    q = by_vendor(qs)
    assert set(q) == {"长沙麓山数科有限公司", "株洲炎帝软件有限公司"}
    assert q["株洲炎帝软件有限公司"].values["price_cny"] is None
    assert sorted(s.text for s in qs.skipped if s.reason == "skip.no_quote") == [
        "Yiyang Ziyang Software Co.: No quote", "衡阳雁城科技有限公司: （未到场，无报价）"]


def test_one_row_per_module_with_the_vendor_repeated_is_one_quote_per_vendor():
    """'供应商 | 合计 | 模块 | 模块单价 | 是否含在合计 | terms…', the vendor's name on every line and its total and terms on the
    first only: one quote per vendor, the modules in the total its module list, a module left out of the total ('否（选配，
    另加）', or a bare '否') an option at its line price; a row that only says its quote is void is no quote."""
    rows = ["供应商,合计报价(元),模块,模块单价(元),是否含在合计,等保,维保",
            "苏州姑苏软件有限公司,218000,商品管理,40000,是,等保三级证书32050043012-23021,免费维护6个月",
            "苏州姑苏软件有限公司,,分期计算器,18000,否（选配，另加）,,",
            "苏州姑苏软件有限公司,,订单跟踪,40000,是,,",
            "苏州姑苏软件有限公司,,实施费,40000,是,,",
            "无锡太湖网络科技有限公司,255000,商品管理,40000,是,等保三级证书32020043001-24002,免费维护12个月",
            "无锡太湖网络科技有限公司,,分期计算器,30000,是,,",
            "无锡太湖网络科技有限公司,,订单跟踪,22000,否,,",
            "常州龙城科技有限公司,96000,商品管理,20000,是,无,免费维护3个月",
            "常州龙城科技有限公司,,用户管理,20000,是,,",
            "镇江金山软件有限公司,（作废：报价单未盖章，已退回）,,,,,"]
    qs = load([("modules.csv", "\n".join(rows).encode("utf-8"))])
    q = by_vendor(qs)
    assert set(q) == {"苏州姑苏软件有限公司", "无锡太湖网络科技有限公司", "常州龙城科技有限公司"}
    assert q["苏州姑苏软件有限公司"].values["free_maintenance_months"] == 6
    assert set(q["常州龙城科技有限公司"].values["features"]) == {"product_management", "user_management"}
    assert "installment_calculator" in q["无锡太湖网络科技有限公司"].values["features"]
    assert any(s.reason == "skip.withdrawn" and "作废" in s.text for s in qs.skipped)
    res = score(qs, Profile(business_type="consumer_installment"))
    v = {x.quote.vendor: x for x in res.vendors}
    assert v["苏州姑苏软件有限公司"].scored_values["price_cny"] == 218_000 + 18_000
    assert v["无锡太湖网络科技有限公司"].scored_values["price_cny"] == 255_000 + 22_000
    assert "order_tracking" not in (v["常州龙城科技有限公司"].scored_values["features"] or [])
    assert v["常州龙城科技有限公司"].gate == "fail"


def test_a_vendor_on_two_full_rows_is_not_one_quote_of_module_lines():
    """The same vendor on two consecutive rows that each carry their own terms (two editions) stays two quotes: only
    lines that leave the vendor's own fields blank continue its quote."""
    rows = ["供应商,模块,模块单价(元),等保,维保",
            "苏州姑苏软件有限公司,基础版,218000,等保三级证书32050043012-23021,免费维护6个月",
            "苏州姑苏软件有限公司,高级版,268000,等保三级证书32050043012-23021,免费维护12个月",
            "无锡太湖网络科技有限公司,标准版,255000,等保三级证书32020043001-24002,免费维护12个月"]
    qs = load([("editions.csv", "\n".join(rows).encode("utf-8"))])
    assert len(qs.quotes) == 3
    assert sorted(q.values["free_maintenance_months"] for q in qs.quotes) == [6, 12, 12]


def test_a_finance_sheet_reads_compliance_and_modules_a_policy_fee_and_a_tax_rate_column():
    """A finance TCO sheet: '合规与功能' (a topic joined to a field) is a cell of several facts, modules and compliance;
    a policy-adaptation fee answers whether adaptation is free ('0（免费）' free, '每次3万元' charged); a tax column
    '不含税（6%）' states the rate added to its price."""
    rows = ["供应商,首年报价(元),计税,政策适配费,合规与功能",
            "武汉江汉数科有限公司,315000,含税,0（免费）,企业征信、银行流水分析、电子合同；等保三级备案证明42010043015-24012；国密SM4",
            "宜昌三峡软件有限公司,268000,含税,每次3万元,企业征信、银行流水分析、电子合同；等保三级证书42050043007-23020；国密SM4",
            "荆州古城信息技术有限公司,245000,不含税（6%）,0（免费）,银行流水分析、电子合同、风控审批（暂不支持企业征信）；等保三级证书42100043001-24003；AES"]
    qs = load([("tco.csv", "\n".join(rows).encode("utf-8"))])
    q = by_vendor(qs)
    a, b, c = q["武汉江汉数科有限公司"], q["宜昌三峡软件有限公司"], q["荆州古城信息技术有限公司"]
    assert (a.values["policy_adaptation_free"], a.values["policy_adaptation_fee_cny"]) == (True, 0)
    assert (b.values["policy_adaptation_free"], b.values["policy_adaptation_fee_cny"]) == (False, 30_000)
    assert a.values["mlps_level3"] is True and a.values["sm4_encryption"] is True
    assert {"enterprise_credit", "cashflow_analysis", "contract_management"} <= set(a.values["features"])
    assert c.values["sm4_encryption"] is False and "enterprise_credit" not in c.values["features"]
    res = score(qs, Profile(business_type="merchant_loan"))
    v = {x.quote.vendor: x for x in res.vendors}
    assert v["荆州古城信息技术有限公司"].scored_values["price_cny"] == pytest.approx(245_000 * 1.06)
    assert v["荆州古城信息技术有限公司"].gate == "fail"  # the must-have 企业征信 is not in its stated list
    assert "policy_adaptation_charged" in {f.code for f in v["宜昌三峡软件有限公司"].flags}
