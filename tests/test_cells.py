"""A labelled table of real cell texts (tests/cases/cells.tsv: field, text -> value, status), written blind from
docs/analyst-reading.md: claims, conditions, line items, tax, multi-fact cells, feature names, source delivery."""
from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from core import schema
from core.reading import read_value

TABLE = Path(__file__).parent / "cases" / "cells.tsv"


def _rows() -> list[dict]:
    with TABLE.open(encoding="utf-8", newline="") as fp:
        return list(csv.DictReader(fp, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows()


def _want(field: str, text: str):
    if text == "null":
        return None
    if field == "features":
        return set() if text == "[]" else {x.strip() for x in text.split(",") if x.strip()}
    if text in ("true", "false"):
        return text == "true"
    if field == "source_code_delivery":
        return text
    return float(text)


def _got(field: str, r):
    if field == "features":
        return None if r.value is None else set(r.value)
    if field == "policy_adaptation_fee_cny" and r.value is None:
        return r.fee
    return r.value


def test_table_is_large_and_covers_every_scored_field():
    assert len(ROWS) >= 300
    assert set(schema.SCORED_FIELDS) <= {r["field"] for r in ROWS}


@pytest.mark.parametrize("row", ROWS, ids=[f"{i + 2}-{r['field']}" for i, r in enumerate(ROWS)])
def test_cell(row):
    field, text = row["field"], row["text"]
    r = read_value(field, text)
    want, got = _want(field, row["value"]), _got(field, r)
    if isinstance(want, float) and isinstance(got, (int, float)) and not isinstance(got, bool):
        same = math.isclose(got, want, rel_tol=1e-3, abs_tol=0.01)
    else:
        same = got == want and type(got) is type(want) if isinstance(want, bool) else got == want
    assert same and r.status == row["status"], (
        f"{field}: {text!r} -> {got!r} ({r.status}); the analyst: {want!r} ({row['status']}) — {row['note']}")


# Multi-fact cells (售后服务, notes) are read for every field they state; options carry their price.
MULTI_FACT = [
    ("首年免費維護（含錯誤修正及小版本升級），期滿後年費3萬元",
     {"free_maintenance_months": 12, "maintenance_includes_upgrades": True, "annual_fee_after_warranty_cny": 30000}),
    ("保固6個月，僅修正錯誤，不含升級", {"free_maintenance_months": 6, "maintenance_includes_upgrades": False}),
    ("24/7, 2 h", {"support_7x24": True, "response_hours": 2}),
    ("7x24 hours", {"support_7x24": True}),
]


@pytest.mark.parametrize("text,want", MULTI_FACT)
def test_multi_fact_cell(text, want):
    from core.reading import read_all

    got = {f: r.value for f, r in read_all(text).items() if f in want or r.value is not None}
    assert {f: got.get(f) for f in want} == want
    assert "response_hours" in want or got.get("response_hours") is None, got  # '7x24 hours' states no response time


@pytest.mark.parametrize("text,option,cost", [
    ("商品管理/订单跟踪/还款管理/审批流；分期计算器选配，另加20（千元，未税）", "installment_calculator", 20000),
    ("Enterprise credit report; e-contract; bank statement analysis: Optional (+CNY 60 000, excl. VAT)",
     "cashflow_analysis", 60000),
    ("企业征信、用户管理；如需电子合同，另加3万元", "contract_management", 30000),
])
def test_priced_option(text, option, cost):
    from core.reading import read_features

    r = read_features(text)
    assert r.status == "conditional" and [(fid, c) for _n, fid, c in r.options] == [(option, cost)]


@pytest.mark.parametrize("label,target", [
    ("維護保固", "notes"), ("維保條款", "notes"), ("技術支援", "support_7x24"), ("個資加密", "sm4_encryption"),
    ("保固期", "free_maintenance_months"), ("功能模組", "features"), ("维保期满后收费", "annual_fee_after_warranty_cny"),
    ("Fee after free maintenance", "annual_fee_after_warranty_cny"), ("Free maintenance", "free_maintenance_months"),
    ("Regulatory change adaptation", "policy_adaptation_free"), ("Tax basis", "tax"), ("稅務", "tax"),
    # questionnaires: the field is what is asked after 是否, then what it is asked of
    ("贵司所投系统是否已取得网络安全等级保护三级备案证明？如是，请提供证明编号。", "mlps_level3"),
    ("敏感个人信息是否采用国密SM4算法加密存储？", "sm4_encryption"), ("是否全站启用HTTPS/TLS？", "tls"),
    ("免费维护期内是否包含版本升级？", "maintenance_includes_upgrades"),
    ("监管政策变化导致的系统调整是否免费？", "policy_adaptation_free"), ("上述承诺是否写入合同？", "commitments_in_contract"),
    ("是否提供7×24小时技术支持？", "support_7x24"), ("Does the vendor provide 24/7 support?", "support_7x24"),
    ("报价总额（元）及是否含税", "price_cny"), ("报价是否含税", "tax"), ("含税", "tax"), ("征信接口已对接哪些持牌征信机构", "licensed_credit_bureau"), ("算术修正后报价（元）", "discount"), ("维保期满年费\nFee after the free period", "annual_fee_after_warranty_cny"), ("Value-added (complimentary)", "features"), ("Participant", "vendor"), ("MLPS filing certificate number / evidence", "mlps_level3"), ("Do the prices above include 13% VAT? (Yes/No)", "tax"), ("报价内模块", "features"), ("请列出所投版本包含的功能模块", "features"),
    # an ERP export's captions and an online sheet's columns: the whole label, not the first field word in it
    ("维保含升级(Y/N)", "maintenance_includes_upgrades"), ("维保含升级", "maintenance_includes_upgrades"),
    ("敏感信息加密", "sm4_encryption"), ("维保包含升级", "maintenance_includes_upgrades"),
    ("选配报价", "features"), ("Optional module pricing", "features"),  # what the options cost: no second price
    # a tender evaluation's detail column beside the Y/N one: the field named first, never 'vendor'
    ("MLPS – vendor's evidence", "mlps_level3"), ("SM4 – vendor's detail", "sm4_encryption"),
    ("Regulatory – vendor's detail", "policy_adaptation_free"), ("等保 - 供应商说明", "mlps_level3"),
    ("含不含税", "tax"), ("源码买断价（万元）", "item"), ("实施培训费（元）", "item"), ("权限/日志", "notes"),
    ("安全(加密/HTTPS/权限/日志)", "notes"), ("tax included", "tax"), ("policy change", "policy_adaptation_free"),
    ("Total one-off price for source code licence, implementation and training (CNY). State whether VAT is included.",
     "price_cny"), ("Does the system hold a valid MLPS (等保) Level 3 filing certificate? Provide the certificate number.",
     "mlps_level3"), ("Annual maintenance fee after the free maintenance period.", "annual_fee_after_warranty_cny"),
    ("Is the complete source code delivered without encryption or licence locks?", "source_code_delivery"),
    ("Are sensitive personal data fields encrypted at rest? Specify the algorithm.", "sm4_encryption"),
    ("Are system changes required by new regulations made free of charge?", "policy_adaptation_free"),
    ("Support hours and guaranteed response time.", "notes"),
    ("options", "features"), ("报价模块明细", "features"),
])
def test_label_vocabulary(label, target):
    """Row and column labels real vendors and consultants write (Traditional Chinese and English included)."""
    from core.mapping import match_label

    m = match_label(label)
    assert m.target is not None and m.target.id == target, (label, m.target)


@pytest.mark.parametrize("label", ["含税总价（公式）", "必备模块检查（公式）", "Total (formula)", "报价单（附件）", "等保证明（附件）",
                                   "含税价（自动计算）"])
def test_a_column_the_buyers_table_computes_or_files_is_no_field(label):
    """'含税总价（公式）' is the buyer's own arithmetic, '报价单（附件）' a file name: kept beside the quote, never read."""
    from core.mapping import match_label

    assert match_label(label).target is None
    assert match_label(label.split("（")[0].split(" (")[0]).target is not None  # the same label without the bracket is a field


@pytest.mark.parametrize("text,want", [
    ("永久免费维护！7×24小时在线，微信群里随时响应，一般半小时内回复。",
     {"free_maintenance_months": (12, "claimed"), "support_7x24": (True, "stated")}),
    ("免费维护期6个月，仅修复系统故障，版本升级另计；工作日（5×8）技术支持，4小时内响应；如遇重大政策调整，适配工作另行报价。",
     {"free_maintenance_months": (6, "stated"), "policy_adaptation_free": (False, "conditional"),
      "support_7x24": (False, "stated"), "response_hours": (4, "stated")}),
])
def test_multi_fact_cell_with_standing(text, want):
    """An exclamation mark ends a statement ('永久免费维护！7×24…' is not 7 months); a condition right after a
    field's own clause ('如遇重大政策调整，适配工作另行报价') belongs to it."""
    from core.reading import read_all

    got = {f: (r.value, r.status) for f, r in read_all(text).items()}
    assert {f: got.get(f) for f in want} == want


@pytest.mark.parametrize("text,want", [
    ("Compliant", (True, "stated")), ("Non-compliant", (False, "stated")), ("无偏离", (True, "stated")),
    ("负偏离", (False, "stated")), ("Partially compliant", (False, "conditional")),
    ("See product brochure", (None, "unknown")), ("内置规则引擎", (True, "stated")),
])
def test_feature_row_answer(text, want):
    """A row or column for one feature answered as a requirement: 无偏离 / Compliant are a yes, never the word 无."""
    from core.reading import read_feature_cell

    r = read_feature_cell(text)
    assert (r.value, r.status) == want


@pytest.mark.parametrize("label,answer,want", [
    ("是否交付完整源代码（无加密、可二次开发）？", "是", ("full", "stated")),
    ("是否提供7×24小时技术支持？", "是", (True, "stated")),
    ("是否提供7×24小时技术支持？", "否", (False, "stated")),
])
def test_yes_to_a_question_says_what_it_spells_out(label, answer, want):
    from core.load import load

    data = f"供应商,{label}\n甲公司,{answer}\n".encode("utf-8")
    q = load([("q.csv", data)]).quotes[0]
    fid = {"source": "source_code_delivery", "7×24": "support_7x24"}["source" if "源代码" in label else "7×24"]
    status = q.evidence.get(fid, ("stated",))[0]
    assert (q.values[fid], status) == want


def test_a_compliance_answer_belongs_to_its_own_requirement():
    """'Compliant - 24/7, 30-minute response' answers the support requirement: read as a multi-fact cell it gives
    support and response, never a yes to upgrades or to the contract."""
    from core.reading import read_all

    got = {f: r.value for f, r in read_all("Compliant - 24/7, 30-minute response [3]").items()}
    assert got.get("support_7x24") is True and got.get("response_hours") == 0.5
    assert "maintenance_includes_upgrades" not in got and "commitments_in_contract" not in got


def test_a_footnote_is_read_with_the_cell_pointing_to_it():
    """'Compliant [2]' with '[2] … no filing certificate provided.' below the table is a claim; '[1] certificate copy
    verified' beside a filing number keeps it stated; an amount's footnote never joins the amount."""
    from core.load import load

    rows = [
        "Requirement,Alpha Tech,Beta Soft",
        "Total price (CNY),CNY 298 000*,CNY 276 000",
        "MLPS Level 3 filing certificate,Compliant. Filing cert. no. 53010043221-23004 [1],Compliant [2]",
        "SM4 field-level encryption,Compliant. SM4,Compliant. SM4",
        "24/7 support,Compliant. 24/7; 2 h,Compliant. 24/7; 1 h",
        "Free maintenance,12 months incl. upgrades,12 months incl. upgrades",
        ",,",
        "[1] Certificate copy verified by our IT security on 12 Nov 2024.,,",
        "[2] Vendor's narrative: designed in line with MLPS Level 3 requirements; no filing certificate provided.,,",
        "* Includes 13% VAT and 3 years of hosting for 20 servers.,,",
    ]
    qs = load([("rfp.csv", "\n".join(rows).encode("utf-8"))])
    got = {q.vendor: q for q in qs.quotes}
    assert set(got) == {"Alpha Tech", "Beta Soft"}
    assert got["Alpha Tech"].values["price_cny"] == 298000
    assert got["Alpha Tech"].values["mlps_level3"] is True and "mlps_level3" not in got["Alpha Tech"].evidence
    assert got["Beta Soft"].values["mlps_level3"] is True and got["Beta Soft"].evidence["mlps_level3"][0] == "claimed"
    assert "no filing certificate provided" in got["Beta Soft"].evidence["mlps_level3"][1]


def test_a_chat_pasted_into_a_cell_is_read_from_the_vendors_side():
    """A WeChat transcript in a notes column: the vendor's own messages give the price, the module list and the
    service terms; what the buyer asked or required is not the vendor's commitment."""
    from core.load import load

    chat = ("李可-鑫源科技  2024/9/3 14:25\n简单说下：源码授权16.8万，部署实施3.5万，培训1.2万，合计21.5万，这是含税价\n"
            "周敏  2024/9/3 14:31\n我们要求7×24小时支持，合同里要写清楚\n"
            "李可-鑫源科技  2024/9/3 15:10\n信用贷版本包含：个人征信报告查询、风控决策引擎、反欺诈规则库、还款计划、审批流、用户管理\n"
            "李可-鑫源科技  2024/9/3 15:20\n售后：免费维护12个月，含小版本升级；工作日技术支持，4小时内响应\n"
            "李可-鑫源科技  2024/9/3 15:23\n征信这块已经对接了人行征信中心和百行征信，朴道在对接中")
    rows = [["序号", "服务商", "微信聊天记录（原文复制）"], [1, "鑫源科技", chat], [2, "佳速科技", "活动价19.8w，含税"]]
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    q = next(q for q in load([("chats.csv", buf.getvalue().encode("utf-8"))]).quotes if q.vendor == "鑫源科技")
    assert q.values["price_cny"] == 215000
    assert {"personal_credit_report", "anti_fraud", "user_management"} <= set(q.values["features"])
    assert q.values["free_maintenance_months"] == 12 and q.values["response_hours"] == 4
    assert q.values["support_7x24"] is False  # the buyer's '我们要求7×24小时' is no promise of the vendor
    assert q.values["commitments_in_contract"] is None
    assert q.values["licensed_credit_bureau"] is True


def test_the_buyers_own_remarks_are_kept_not_read_as_the_vendors():
    """A column named after someone on the buyer's side ('小周备注') holds their remarks: kept beside the quote,
    never read as what the vendor stated ('销售口头说…没书面' is not the vendor's contract term)."""
    from core.load import load

    data = ("供应商,报价,承诺写入合同,小周备注,备注\n"
            "甲公司,22万,,销售口头说签约还能再让1w，没书面,免费维护12个月\n").encode("utf-8")
    q = load([("q.csv", data)]).quotes[0]
    assert q.values["commitments_in_contract"] is None
    assert q.extras["小周备注"].startswith("销售口头说")
    assert q.values["free_maintenance_months"] == 12  # an ordinary 备注 is still read for what it states


@pytest.mark.parametrize("label", ["采购部备注", "评审组意见", "我方备注", "Buyer's notes", "Procurement comments"])
def test_a_department_of_the_buyers_side_writes_remarks_not_vendor_statements(label):
    """A row or column named after the buyer's department or team ('采购部备注', "Buyer's notes") is the buyer's
    remark on the quote ('7×24小时支持要写进合同' is what the buyer wants), kept beside it and never scored."""
    from core.load import load

    data = (f"供应商,报价,{label}\n甲公司,22万,7×24小时支持要写进合同，免费维护12个月再谈\n").encode("utf-8")
    q = load([("q.csv", data)]).quotes[0]
    assert q.values["support_7x24"] is None and q.values["free_maintenance_months"] is None
    assert q.values["commitments_in_contract"] is None
    assert q.extras[label].startswith("7×24")


@pytest.mark.parametrize("price,notes,want", [
    ("0.00", "未报价 待演示后商务谈判", None),  # an ERP's empty amount beside a note: no price yet
    ("0", "Not quoted yet, pricing after the demo", None),
    ("0.00", "社区开源版免费，商业授权另行报价", 0),  # the notes say free: a free system
    ("0", "", 0),
    ("22万", "未报价部分：定制开发", 220000),  # a real amount stays whatever the notes say
])
def test_a_zero_amount_beside_not_quoted_is_no_price(price, notes, want):
    """'0.00' in the price column while the notes say the price is not given yet is an empty amount, not a free
    system: no price (unverified, price_missing) and a warning naming the cell, never the under-10万 gate."""
    from core.load import load

    data = f"供应商,报价金额,备注\n甲公司,{price},{notes}\n".encode("utf-8")
    qs = load([("q.csv", data)])
    assert qs.quotes[0].values["price_cny"] == want
    assert any(w.code == "warn.zero_not_quoted" for w in qs.warnings) is (want is None)


@pytest.mark.parametrize("answer,gate", [("详见产品说明书", "unverified"), ("见附件功能清单", "unverified"),
                                         ("See the product brochure", "unverified"), ("无", "fail"), ("有", "pass")])
def test_a_must_have_row_that_refers_elsewhere_is_unconfirmed_not_missing(answer, gate):
    """A questionnaire row for one must-have answered '详见产品说明书' says neither yes nor no: the gate waits for the
    answer (unverified, the vendor asked about those words), while a plain 无 is a stated absence (fail)."""
    from core.load import load
    from core.model import Profile
    from core.scoring import score

    rows = [("供应商名称", "甲公司"), ("报价总额（元）", "24.8万"), ("等保三级", "已取得，备案证明编号32010043857-23019"),
            ("敏感信息加密", "SM4"), ("传输加密", "HTTPS"), ("权限管理", "RBAC"), ("日志保存期", "12个月"),
            ("征信接口", "百行征信"), ("商品管理", "有"), ("分期计算器", "有"), ("订单跟踪", answer), ("还款管理", "有"),
            ("审批流", "有"), ("用户管理", "有"), ("免费维护期", "12个月")]
    data = "\n".join(f"{k},{v}" for k, v in [("询价项目", "供应商答复")] + rows).encode("utf-8")
    r = score(load([("q.csv", data)]), Profile.default("consumer_installment")).vendors[0]
    codes = {f.code for f in r.flags}
    assert r.gate == gate, (r.gate, codes)
    assert ("missing_must_have" in codes) is (gate == "fail")
    if gate == "unverified":
        asked = next(f for f in r.flags if f.code == "unverified" and f.field == "features")
        assert answer in asked.question("zh")


@pytest.mark.parametrize("text", ["Product catalogue; order tracking: see product brochure (attached); user management",
                                  "商品管理；订单跟踪：详见产品白皮书；用户管理",
                                  "Product catalogue; order tracking - see our datasheet; user management"])
def test_a_module_a_list_answers_by_pointing_elsewhere_is_neither_there_nor_absent(text):
    r = read_value("features", text)
    assert set(r.value) == {"product_management", "user_management"} and r.unsure == ("order_tracking",)


@pytest.mark.parametrize("legend,sign,want", [
    ("图例：✓ 标配（含在基础报价内）　○ 选配（价格见“选配报价”列，未含在基础报价内）　✗ 不提供", "○", "option"),
    ("图例：● 标配 ○ 选配 - 无", "○", "option"),
    ("Legend: ✓ included   △ optional add-on   ✗ not offered", "△", "option"),
    ("图例：○ 有 × 无", "○", "yes"),  # the legend decides, not a habit about the sign
])
def test_a_symbol_legend_says_what_each_sign_means(legend, sign, want):
    """An online sheet's matrix of ✓/○/✗ read with its own legend row: '○ 选配' makes the module an option, priced by the
    选配报价 column and added to the price of the configuration that has every must-have."""
    from core.load import load
    from core.model import Profile
    from core.scoring import score

    data = (f"{legend},,,,\n"
            "服务商,基础报价（万元）,风控模型,个人征信,选配报价\n"
            f"甲公司,18.5,{sign},✓,风控模型 +3万\n").encode("utf-8")
    r = score(load([("q.csv", data)]), Profile.default("personal_credit")).vendors[0]
    build = r.price_build or {}
    added = [a["feature"] for a in build.get("options_added", [])]
    has = "risk_model" in (r.scored_values["features"] or [])
    assert {"option": added == ["risk_model"] and r.scored_values["price_cny"] == 215000,
            "yes": has and not added}[want], (added, r.scored_values["features"])


# A feature's row on a check-box form: only the ticked option answers ('☑选配（另计）' is an option, never a yes).
@pytest.mark.parametrize("text,value,status", [
    ("☑是　☐否　☐选配（另计）", True, "stated"),
    ("☐是　☑否　☐选配（另计）", False, "stated"),
    ("☐是　☐否　☑选配（另计）", False, "conditional"),
    ("☐是　☐否　☐选配（另计）", None, "unknown"),
    ("[ ] 标配 [x] 不提供", False, "stated"),
])
def test_feature_row_of_check_boxes(text, value, status):
    from core.reading import read_feature_cell

    r = read_feature_cell(text)
    assert (r.value, r.status) == (value, status), (text, r)


# What is no row of boxes stays as written: a legend, a lone symbol, brackets around words or numbers.
@pytest.mark.parametrize("text", ["图例：✓ 标配 ○ 选配（另计） ✗ 不提供", "✓", "○", "选配（另计）", "合计（含税）", "● 标配",
                                  "三级（2023年取得）", "7×24（含节假日）"])
def test_text_that_is_no_row_of_check_boxes_is_read_as_it_is(text):
    from core.checkbox import ticked

    assert ticked(text) is None


@pytest.mark.parametrize("label,unit", [("Price (CNY '000)", 1000), ("Fee after free maintenance (CNY '000 p.a.)", 1000),
                                        ("Price (RMB thousands)", 1000), ("报价（千元）", 1000), ("报价（万元）", 10000)])
def test_a_unit_in_the_header_scales_the_bare_amounts(label, unit):
    from core.mapping import match_label

    assert match_label(label).unit == unit


def test_the_vendors_detail_beside_a_bare_yes_says_what_the_yes_is_worth():
    """A tender evaluation answers each criterion Y / N / Partial and quotes the vendor beside it: "Y" with "System
    designed to MLPS Level 3 requirements" is a claim (unverified), "Partial" with "Level 2 filed; Level 3 scheduled"
    is a stated no (fail), and options priced in the header's unit (CNY '000) are added at that unit."""
    from core.load import load
    from core.model import Profile
    from core.scoring import score

    data = ("Vendor,Price (CNY '000),VAT basis,MLPS Level 3 (Y/N/Partial),MLPS – vendor's evidence,"
            "Bank statement analysis (Y/N/Optional),\"Optional modules (CNY '000, not in price)\"\n"
            "A Co,248,Incl. VAT,Y,System designed to MLPS Level 3 requirements,Y,–\n"
            "B Co,176,Incl. VAT,Partial,Level 2 filed (no. 32010043211-21004); Level 3 assessment scheduled,Y,–\n"
            "C Co,262,Excl. VAT,Y,Filing certificate no. 32020043451-22008,Optional,Bank statement analysis +28\n"
            ).encode("utf-8")
    res = score(load([("t.csv", data)]), Profile.default("merchant_loan"))
    by = {r.vendor: r for r in res.vendors}
    a, b, c = by["A Co"], by["B Co"], by["C Co"]
    assert a.quote.evidence["mlps_level3"][0] == "claimed" and a.scored_values["price_cny"] == 248000
    assert b.scored_values["mlps_level3"] is False and "no_mlps_level3" in {f.code for f in b.flags}
    assert c.scored_values["price_cny"] == round((262000 + 28000) * 1.13, 2)


@pytest.mark.parametrize("tax_label,answer,want", [("含不含税", "含", 199000), ("含不含税", "不含，税点另算", 224870),
                                                   ("是否含税", "是", 199000), ("含税/不含税", "不含税", 224870),
                                                   ("VAT", "Excluded – 13% VAT to be added", 224870),
                                                   ("VAT", "Included (13% special VAT invoice)", 199000)])
def test_a_tax_column_that_asks_is_answered_by_its_cells(tax_label, answer, want):
    """'含不含税' asks the question (it holds the words 不含税, and is no tax mark itself); its cell answers it."""
    from core.load import load

    data = f"厂家,报价（万）,{tax_label}\n甲公司,19.9,{answer}\n".encode("utf-8")
    assert load([("q.csv", data)]).quotes[0].values["price_cny"] == want


@pytest.mark.parametrize("answer,gate", [("等保三级测评协助（另计）", "unverified"), ("支持等保三级，按三级标准建设（测评协助另计）", "unverified"),
                                         ("二级", "fail"), ("已取得，备案证明编号32010043857-23019", "pass")])
def test_a_certificate_only_with_a_condition_leaves_the_gate_unverified(answer, gate):
    """§2: fail is for a clear no; a level met only with a condition, or claimed beside charged help, waits for proof."""
    from core.load import load
    from core.model import Profile
    from core.scoring import score

    rows = [("供应商名称", "甲公司"), ("报价总额（元）", "24.8万"), ("等保三级", answer), ("敏感信息加密", "SM4"),
            ("传输加密", "HTTPS"), ("权限管理", "RBAC"), ("日志保存期", "12个月"), ("征信接口", "百行征信"),
            ("功能模块", "个人征信、风控模型、反欺诈、还款管理、审批流、用户管理")]
    data = "\n".join(f"{k},{v}" for k, v in [("询价项目", "供应商答复")] + rows).encode("utf-8")
    r = score(load([("q.csv", data)]), Profile.default("personal_credit")).vendors[0]
    assert r.gate == gate, (r.gate, [f.code for f in r.flags])
    assert ("no_mlps_level3" in {f.code for f in r.flags}) is (gate == "fail")


def test_a_topic_label_listing_its_fields_in_a_bracket_reads_each_part():
    """'安全(加密/HTTPS/权限/日志)' | 'SM4 / HTTPS / 单一管理员 / 日志l2个月': each part, in order, for its own field."""
    from core.load import load

    data = "厂家,报价（万）,安全(加密/HTTPS/权限/日志)\n甲公司,19.9,SM4 / HTTPS / 单一管理员 / 日志l2个月\n".encode("utf-8")
    q = load([("q.csv", data)]).quotes[0]
    assert (q.values["sm4_encryption"], q.values["tls"], q.values["access_control"], q.values["audit_log_months"]) == \
        (True, True, False, 12)


def test_a_label_naming_two_fields_reads_each_part_for_its_own():
    """'权限/日志' | '无；日志保存3个月': the first part answers 权限 (none), the second the log retention."""
    from core.load import load

    data = "服务商,报价,权限/日志,加密/HTTPS\n甲公司,22万,无；日志保存3个月,AES；HTTPS\n乙公司,23万,RBAC；操作日志保存12个月,SM4；HTTPS\n"
    a, b = load([("q.csv", data.encode("utf-8"))]).quotes
    assert (a.values["access_control"], a.values["audit_log_months"]) == (False, 3)
    assert (b.values["access_control"], b.values["audit_log_months"]) == (True, 12)
    assert (a.values["sm4_encryption"], b.values["sm4_encryption"], b.values["tls"]) == (False, True, True)


@pytest.mark.parametrize("buyout,fee,want", [("不提供（仅SaaS）", "0", None), ("19.5", "28000", 223000),
                                              ("不提供（仅SaaS）", "", None)])
def test_a_price_whose_main_part_is_not_offered_is_no_price(buyout, fee, want):
    """A buy-out column saying '不提供（仅SaaS）' beside an implementation fee of 0: nothing adds up to a price of the
    source code (unknown, to ask), never a free system."""
    from core.load import load

    data = f"服务商,源码买断价（万元）,实施培训费（元）\n甲公司,{buyout},{fee}\n".encode("utf-8")
    assert load([("q.csv", data)]).quotes[0].values["price_cny"] == want


@pytest.mark.parametrize("text", ["1" * 5000, "1(" + "1" * 4998, "1)" * 2500, "7×24" * 1250])
def test_a_run_of_digits_no_quote_writes_is_no_amount(text):
    """A cell built to make the number patterns backtrack (thousands of digits, one character apart) is read as a
    placeholder: no price, no fee, no hours — and never a crash. (Their cost was quadratic, about a second a cell:
    timed by hand, not asserted here.)"""
    from core.reading import read_value

    for fid in ("price_cny", "annual_fee_after_warranty_cny", "response_hours"):
        r = read_value(fid, text)
        assert r.value is None or fid == "response_hours" and text.startswith("7×24"), (fid, r)


def test_corrections_and_module_lists_built_to_backtrack_still_read_for_what_they_say():
    """Thousands of correction arrows or of '、' in one cell (shapes that made the arrow and module-list readers cost
    the square of the cell's length: timed by hand, not asserted): the last correction stands, the modules are read."""
    from core.reading import latest_said, read_value
    from core.sentences import statements

    assert latest_said("1万 → " * 1000 + "22万") == "22万"
    assert read_value("price_cny", "1万 → " * 1000 + "22万").value == 220_000
    lines = statements("功能有" + "用户管理、" * 1000 + "还款管理，报价22万")
    assert lines[0].startswith("功能：用户管理、") and "报价：报价22万" in lines


def test_hardware_in_a_total_is_not_the_softwares_price():
    """Vendors as columns: a software line, a hardware line ('应用服务器2台 86,000（可选）'), a 合计 holding both and, in the
    row under it, only its tax mark. The comparable price is the software's (合计 minus the servers), the tax row
    applies to it, and a must-have priced in a 选配 row beside a '选配（见上）' answer is added."""
    from core.load import load
    from core.model import Profile
    from core.scoring import score

    rows = [("项目", "甲公司", "乙公司"), ("软件部分（源码授权+实施+培训）", "218,000", "198,000"),
            ("硬件部分（服务器）", "应用服务器2台 86,000（可选，客户自备可免）", "—"), ("报价合计（元）", "304,000", "198,000"),
            ("计税", "含税", "不含税"), ("选配（未含在合计内）", "—", "分期计算器 12,000（不含税）"),
            ("商品管理", "有", "有"), ("分期计算器", "有", "选配（见上）"), ("订单跟踪", "有", "有")]
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    res = score(load([("q.csv", buf.getvalue().encode("utf-8"))]), Profile.default("consumer_installment"))
    by = {r.vendor: r for r in res.vendors}
    assert by["甲公司"].scored_values["price_cny"] == 218000
    assert by["甲公司"].price_build["hardware_excluded_cny"] == 86000
    assert by["乙公司"].scored_values["price_cny"] == round((198000 + 12000) * 1.13, 2)


@pytest.mark.parametrize("rounds,want", [(("26.8", "24.5", "23.6"), 236000), (("25.0", "22.8", "同第二轮"), 228000),
                                         (("25.0", "22.8", ""), 228000), (("25.0", "", ""), 250000)])
def test_a_negotiations_latest_round_is_the_price(rounds, want):
    """首轮 / 第二轮 / 最终报价 columns: the latest round given is the price, and '同第二轮' is the second round's — never
    the ordinal read as 2万."""
    from core.load import load

    data = ("供应商,首轮报价（万元）,第二轮报价（万元）,最终报价（万元）\n甲公司," + ",".join(rounds) + "\n").encode("utf-8")
    assert load([("q.csv", data)]).quotes[0].values["price_cny"] == want


def test_data_left_unencrypted_is_no_sm4_and_says_nothing_of_the_source():
    from core.reading import read_all

    got = {k: (v.value, v.status) for k, v in read_all("等保：无；数据未加密；HTTPS；单一管理员账号；日志保存3个月；未对接征信").items()}
    assert got["sm4_encryption"] == (False, "stated") and got["access_control"] == (False, "stated")
    assert got["licensed_credit_bureau"] == (False, "stated") and "source_code_delivery" not in got


def test_hardware_taken_out_is_said_and_asked():
    from core.load import load
    from core.model import Profile
    from core.scoring import score

    data = ("项目,甲公司\n软件部分（源码授权+实施+培训）,218000\n硬件部分（服务器）,应用服务器2台 86000（可选）\n"
            "报价合计（元）,304000\n").encode("utf-8")
    r = score(load([("q.csv", data)]), Profile.default("consumer_installment")).vendors[0]
    flag = next(f for f in r.flags if f.code == "hardware_excluded")
    assert "21.8" in flag.message("zh") and "8.6" in flag.message("zh")
    assert "hardware" in flag.message("en") and flag.question("en")
