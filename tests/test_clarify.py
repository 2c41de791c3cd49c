"""Issue 12: clarification letters out, answers and revised quotes back, re-scored.

A buyer sends each vendor a letter (python -m core clarify, or the Risks page); the vendor fills in the answer and
evidence cells and sends it back; uploaded with the quotes it changes exactly the values it answers, with their
standing and source. A revised quote becomes the scored version, the first one kept, and what changed is listed.
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from core import schema
from core.clarify import letter_bytes, letter_rows, letters_zip
from core.i18n import t
from core.letters import MARKER, fingerprint
from core.load import load
from core.model import Profile
from core.report import result_dict
from core.scoring import score
from tests.office import soffice_convert, soffice_pdf

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "报价对比表_个人信用贷.xlsx"
ENGLISH = ROOT / "sample_data" / "vendor_quotes_en.xlsx"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PC = "personal_credit"

HEADER = ["供应商", "套餐", "报价", "等保三级", "国密SM4", "HTTPS", "权限管理", "日志保存期", "征信接口", "免费维护期",
          "维护范围", "政策适配", "技术支持", "响应时间", "终身技术咨询", "写入合同", "源码交付", "维保期后年费", "功能清单"]
MODULES = "用户管理、还款管理、风控审批、个人征信、风控模型"
# 甲: the strongest quote, but 等保三级 only claimed (waits, 待核实); 乙: good and proven, no anti-fraud; 丙: weak
# after-sales, its credit bureau only claimed.
ROWS = [
    ["甲科技", "旗舰版", "20万", "支持等保三级", "国密SM4", "是", "是", "12个月", "百行征信", "12个月", "bug修复+小版本升级",
     "免费", "7×24", "1小时", "是", "是", "", "3万", MODULES + "、反欺诈"],
    ["乙软件", "标准版", "24万", "已取得（证书编号 31010099999）", "国密SM4", "是", "是", "12个月", "百行征信", "12个月",
     "bug修复+小版本升级", "免费", "7×24", "2小时", "是", "是", "完整源码", "3万", MODULES],
    ["丙系统", "基础版", "19万", "已取得（证书编号 31010077777）", "国密SM4", "是", "是", "6个月", "支持对接征信", "6个月",
     "bug修复", "免费", "5×8", "次日", "是", "是", "完整源码", "3万", MODULES + "、反欺诈"],
]


def quotes_xlsx(rows=ROWS, title: str | None = None) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "报价"
    if title:
        ws.append([title])
    ws.append(HEADER)
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def scored(files: list[tuple[str, bytes]], lang: str = "zh"):
    return score(load(files), Profile.default(PC))


def by_vendor(res) -> dict:
    return {v.quote.vendor: v for v in res.vendors}


def letter_for(res, vendor: str, lang: str = "zh") -> bytes:
    return letter_bytes(by_vendor(res)[vendor], lang)


def header_of(ws) -> tuple[int, dict[str, int]]:
    """The question table's header row and its columns by code (either language)."""
    for row in ws.iter_rows(min_row=1, max_row=40):
        names = {str(c.value).strip(): c.column for c in row if c.value is not None}
        for lang in ("zh", "en"):
            if t("clar.h.field", lang) in names:
                return row[0].row, {cid: names[t(f"clar.h.{cid}", lang)] for cid in
                                    ("no", "field", "features", "item", "question", "read", "unit", "answer", "evidence")}
    raise AssertionError("no question table")


def question_rows(ws) -> list[int]:
    head, cols = header_of(ws)
    return [r for r in range(head + 1, ws.max_row + 1) if ws.cell(r, cols["field"]).value]


def fill(data: bytes, answers: dict, formula: dict | None = None) -> bytes:
    """A vendor answering: ``answers`` field code -> (answer, evidence) written into the first row of that field;
    ``formula``: field code -> a formula typed into its answer cell. Saved with openpyxl, as a vendor's tool would."""
    wb = load_workbook(io.BytesIO(data))
    ws = wb.worksheets[0]
    head, cols = header_of(ws)
    done = set()
    for r in question_rows(ws):
        fid = ws.cell(r, cols["field"]).value
        if fid in done:
            continue
        if fid in answers:
            answer, evidence = answers[fid]
            ws.cell(r, cols["answer"]).value = answer
            if evidence is not None:
                ws.cell(r, cols["evidence"]).value = evidence
            done.add(fid)
        elif formula and fid in formula:
            ws.cell(r, cols["answer"]).value = formula[fid]  # openpyxl stores text starting with '=' as a formula
            done.add(fid)
    assert done == set(answers) | set(formula or {}), done
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def answer_cell(data: bytes, fid: str) -> str:
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    head, cols = header_of(ws)
    r = next(r for r in question_rows(ws) if ws.cell(r, cols["field"]).value == fid)
    return ws.cell(r, cols["answer"]).coordinate


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "core", *args], cwd=ROOT, capture_output=True, text=True, timeout=180)


def cli_json(paths: list[Path], out: Path, lang: str = "zh") -> dict:
    cp = run("score", *map(str, paths), "--type", PC, "--lang", lang, "--json", str(out))
    assert cp.returncode == 0 and "Traceback" not in cp.stderr, cp.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def codes(d: dict) -> list[str]:
    return [w["code"] for w in d["warnings"]]


# ------------------------------------------------------------------------------------------------
# The round trip of the acceptance, through the CLI
# ------------------------------------------------------------------------------------------------
def test_round_trip_cli_changes_exactly_what_the_answers_say(tmp_path):
    quotes = tmp_path / "报价汇总.xlsx"
    quotes.write_bytes(quotes_xlsx())
    before = cli_json([quotes], tmp_path / "before.json")
    vb = {v["vendor"]: v for v in before["vendors"]}
    assert vb["甲科技"]["gate"] == "unverified" and vb["甲科技"]["evidence"]["mlps_level3"]["status"] == "claimed"
    assert [v["vendor"] for v in before["vendors"]][0] == "乙软件"  # the best proven quote leads; 甲 waits for proof
    assert all(v["history"] == [] for v in before["vendors"])  # always present, empty when nothing changed

    out = tmp_path / "letters"
    cp = run("clarify", str(quotes), "--type", PC, "--out", str(out))
    assert cp.returncode == 0 and "Traceback" not in cp.stderr, cp.stderr
    written = {p.name: p for p in out.iterdir()}
    assert set(written) == {"澄清函_甲科技_旗舰版.xlsx", "澄清函_乙软件_标准版.xlsx", "澄清函_丙系统_基础版.xlsx"}

    jia = written["澄清函_甲科技_旗舰版.xlsx"].read_bytes()
    bing = written["澄清函_丙系统_基础版.xlsx"].read_bytes()
    jia_filled = fill(jia, {
        "mlps_level3": ("是", "证书编号 31010023456"),  # the claim answered with a certificate number
        "source_code_delivery": ("Full source code, no encryption", None),  # English in a Chinese letter
    })
    bing_filled = fill(bing, {
        "response_hours": ("很快", None),  # the wrong kind of answer for a number of hours
        "free_maintenance_months": (12, None),  # a bare number, in the unit the letter states (months)
        "licensed_credit_bureau": ("是", None),  # still a claim: which licensed body?
    })  # support_7x24 and the rest left blank
    (tmp_path / "甲_回复.xlsx").write_bytes(jia_filled)
    (tmp_path / "丙_回复.xlsx").write_bytes(bing_filled)

    cp = run("score", str(quotes), str(tmp_path / "甲_回复.xlsx"), str(tmp_path / "丙_回复.xlsx"), "--type", PC,
             "--json", str(tmp_path / "after.json"))
    assert cp.returncode == 0 and "Traceback" not in cp.stderr, cp.stderr
    assert "澄清函“甲_回复.xlsx”：2 条答复已采用" in cp.stdout
    assert "澄清函“丙_回复.xlsx”：1 条答复已采用" in cp.stdout
    after = json.loads((tmp_path / "after.json").read_text(encoding="utf-8"))
    va = {v["vendor"]: v for v in after["vendors"]}

    # 甲: the certificate number turns the claim into a stated fact: unverified -> pass, and first place
    assert va["甲科技"]["gate"] == "pass" and va["甲科技"]["rank"] == 1
    ev = va["甲科技"]["evidence"]["mlps_level3"]
    assert ev["status"] == "stated" and "31010023456" in ev["text"]
    assert ev["cell"] == f"甲_回复.xlsx › 澄清问题 › {answer_cell(jia, 'mlps_level3')}"
    assert va["甲科技"]["values"]["source_code_delivery"] == "full"
    assert {h["field"] for h in va["甲科技"]["history"]} == {"mlps_level3", "source_code_delivery"}
    mlps = next(h for h in va["甲科技"]["history"] if h["field"] == "mlps_level3")
    assert (mlps["status_from"], mlps["status_to"]) == ("claimed", "stated") and mlps["source"] == ev["cell"]
    assert mlps["evidence"] == "证书编号 31010023456" and "等保三级" in mlps["question"]  # as the letter asked
    # 丙: 12 months applied; 很快 and the bare 是 are warnings at their cells, and change nothing
    assert va["丙系统"]["values"]["free_maintenance_months"] == 12
    assert va["丙系统"]["values"]["response_hours"] == vb["丙系统"]["values"]["response_hours"] == 24
    assert va["丙系统"]["evidence"]["licensed_credit_bureau"]["status"] == "claimed"
    warned = {(w["code"], w["file"], w["cell"]) for w in after["warnings"]}
    assert ("clar.warn_unreadable", "丙_回复.xlsx", answer_cell(bing, "response_hours")) in warned
    assert ("clar.warn_claim", "丙_回复.xlsx", answer_cell(bing, "licensed_credit_bureau")) in warned
    assert any("很快" in w["message"] for w in after["warnings"])
    # nothing else moved: every value the letters did not answer is as before
    answered = {("甲科技", "mlps_level3"), ("甲科技", "source_code_delivery"), ("丙系统", "free_maintenance_months")}
    for name, v in va.items():
        for fid, value in v["values"].items():
            if (name, fid) not in answered:
                assert value == vb[name]["values"][fid], (name, fid)
    assert va["乙软件"]["history"] == []
    assert [v["vendor"] for v in after["vendors"]] == ["甲科技", "乙软件", "丙系统"]


def test_letter_answers_in_english_letter_and_gate(tmp_path):
    res = scored([("q.xlsx", quotes_xlsx())])
    data = fill(letter_for(res, "甲科技", "en"), {"mlps_level3": ("Yes", "Certificate No. 31010023456")})
    after = scored([("q.xlsx", quotes_xlsx()), ("reply.xlsx", data)])
    v = by_vendor(after)["甲科技"]
    assert v.gate == "pass" and v.quote.evidence["mlps_level3"][0] == "stated"
    assert after.quoteset.rounds.letters["reply.xlsx"].applied == 1


def test_named_bureau_and_feature_answers(tmp_path):
    res = scored([("q.xlsx", quotes_xlsx())])
    yi = fill(letter_for(res, "乙软件"), {"features": ("有，反欺诈模型已内置", None)})  # no_anti_fraud: a yes
    bing = fill(letter_for(res, "丙系统"), {"licensed_credit_bureau": ("是", "百行征信、朴道征信")})
    after = by_vendor(scored([("q.xlsx", quotes_xlsx()), ("yi.xlsx", yi), ("bing.xlsx", bing)]))
    assert "anti_fraud" in after["乙软件"].quote.values["features"]
    assert "no_anti_fraud" not in {f.code for f in after["乙软件"].flags}
    assert after["丙系统"].quote.values["licensed_credit_bureau"] is True
    assert after["丙系统"].quote.evidence["licensed_credit_bureau"][0] == "stated"


# (field, modules asked about, answer, evidence) -> (value, status) applied, or the warning it gives
ANSWERS = [
    ("mlps_level3", (), "是", "证书编号 31010023456", (True, "stated")),
    ("mlps_level3", (), "Yes", "Certificate No. 31010023456", (True, "stated")),
    ("mlps_level3", (), "", "证书编号 31010023456", (True, "stated")),  # the proof alone answers it
    ("mlps_level3", (), "支持等保三级", "", "clar.warn_claim"),
    ("licensed_credit_bureau", (), "是", "", "clar.warn_claim"),  # which licensed body?
    ("licensed_credit_bureau", (), "是", "百行征信", (True, "stated")),
    ("price_cny", (), 23.5, "", (235_000, "stated")),  # the letter's unit: 万元
    ("price_cny", (), "235000", "", (235_000, "stated")),  # a sum of 1亿 or more is meant in 元
    ("price_cny", (), "面议", "", "clar.warn_unreadable"),
    ("free_maintenance_months", (), "1年", "", (12, "stated")),
    ("free_maintenance_months", (), "是", "", "clar.warn_unreadable"),  # wrong kind
    ("response_hours", (), "30分钟", "", (0.5, "stated")),
    ("support_7x24", (), "Yes", "", (True, "stated")),  # English in a Chinese letter
    ("support_7x24", (), "否", "", (False, "stated")),
    ("policy_adaptation_free", (), "收费2万", "", (False, "conditional")),
    ("source_code_delivery", (), "部分源码", "", ("partial", "stated")),
    ("features", ("anti_fraud",), "有", "", (("anti_fraud",), "stated")),
    ("features", ("anti_fraud",), "否", "", (False, "stated")),
    ("features", (), "反欺诈、风控模型", "", (("anti_fraud", "risk_model"), "stated")),
    ("features", (), "是", "", "clar.warn_unreadable"),  # which modules?
]


@pytest.mark.parametrize("fid,feats,answer,evidence,expected", ANSWERS)
def test_answer_readings(fid, feats, answer, evidence, expected):
    from core.letters import Answer, read_answer

    r, problem = read_answer(Answer(fid, feats, answer, evidence, "H13", "I13"))
    if isinstance(expected, str):
        assert r is None and problem == expected
    else:
        assert problem is None and (r.value, r.status) == expected


def test_unanswered_letter_changes_nothing(tmp_path):
    res = scored([("q.xlsx", quotes_xlsx())])
    after = scored([("q.xlsx", quotes_xlsx()), ("blank.xlsx", letter_for(res, "甲科技"))])
    assert [(v.quote.key, v.total, v.gate) for v in after.vendors] == [(v.quote.key, v.total, v.gate)
                                                                       for v in res.vendors]
    o = after.quoteset.rounds.letters["blank.xlsx"]
    assert o.applied == 0 and o.unanswered == len(letter_rows(by_vendor(res)["甲科技"])) and o.ok


# ------------------------------------------------------------------------------------------------
# The letter itself
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_letter_layout(lang):
    res = scored([("p.xlsx", SAMPLE.read_bytes())])
    v = by_vendor(res)["信达系统"]
    wb = load_workbook(io.BytesIO(letter_bytes(v, lang)))
    ws = wb.worksheets[0]
    assert wb.sheetnames == [t("clar.sheet.questions", lang), t("clar.sheet.instructions", lang)]
    cover = {ws.cell(r, 1).value: ws.cell(r, 4).value for r in range(1, 12) if ws.cell(r, 1).value}
    assert cover[t("clar.cover.vendor", lang)] == "信达系统" and cover[t("clar.cover.package", lang)] == "基础版"
    assert cover[t("clar.cover.fingerprint", lang)] == fingerprint(v.quote)
    assert cover[t("clar.cover.file_type", lang)] == MARKER
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", cover[t("clar.cover.date", lang)])
    assert cover[t("clar.cover.reply_by", lang)] > cover[t("clar.cover.date", lang)]
    head, cols = header_of(ws)
    rows = question_rows(ws)
    fields = [ws.cell(r, cols["field"]).value for r in rows]
    assert set(fields) <= set(schema.SCORED_FIELDS) | {"annual_fee_after_warranty_cny"}
    # one row per red or amber flag, red first, and per value not stated, claimed or conditional
    sev = {"red": 0, "amber": 1, "info": 2}
    listed = letter_rows(v, lang)
    assert [sev[x.severity] for x in listed] == sorted(sev[x.severity] for x in listed)
    assert fields[0] == "mlps_level3"  # the red flag (no 等保三级) comes first
    assert {f.field for f in v.flags if f.severity in ("red", "amber")} <= set(fields)
    standing = result_dict(res)["vendors"][[x.quote.vendor for x in res.vendors].index("信达系统")]["evidence"]
    assert {f for f, e in standing.items() if e["status"] != "stated"} <= set(fields)
    # the question is the flag's own wording; the unit says how to write amounts and durations
    q = next(f for f in v.flags if f.code == "no_mlps_level3").question(lang)
    assert ws.cell(rows[0], cols["question"]).value == q
    unit = {ws.cell(r, cols["field"]).value: ws.cell(r, cols["unit"]).value for r in rows}
    assert unit["price_cny"] == t("clar.unit.money", lang) and unit["free_maintenance_months"] == t("clar.unit.months", lang)
    assert unit["response_hours"] == t("clar.unit.hours", lang) and unit["mlps_level3"] == t("clar.unit.yes_no", lang)
    # what we read, and where
    read = {ws.cell(r, cols["field"]).value: ws.cell(r, cols["read"]).value for r in rows}
    assert "3个月" in read["free_maintenance_months"] and "报价对比" in read["free_maintenance_months"]
    # yes/no items: a drop-down on their answer cell, and only there
    (dv,) = ws.data_validations.dataValidation
    assert t("xl.tpl.yes", lang) in dv.formula1 and t("xl.tpl.no", lang) in dv.formula1
    yn = {ws.cell(r, cols["answer"]).coordinate for r in rows
          if ws.cell(r, cols["field"]).value in schema.YES_NO_FIELDS}
    assert set(str(dv.sqref).split()) == yn
    # the instructions in the letter's language
    guide = wb.worksheets[1]
    assert guide["A1"].value == t("clar.help.title", lang)
    assert t("clar.help.body", lang).split("\n")[0] == guide["A3"].value


def test_only_title_answer_and_evidence_are_unlocked():
    res = scored([("p.xlsx", SAMPLE.read_bytes())])
    wb = load_workbook(io.BytesIO(letter_bytes(by_vendor(res)["信达系统"])))
    ws = wb.worksheets[0]
    assert ws.protection.sheet and not ws.protection.password  # protected, no password needed to answer
    head, cols = header_of(ws)
    rows = question_rows(ws)
    title = next(m for m in ws.merged_cells.ranges if m.min_row == 1)  # the title spans the table's width
    open_cells = {ws.cell(1, c).coordinate for c in range(title.min_col, title.max_col + 1)}
    open_cells |= {ws.cell(r, cols[c]).coordinate for r in rows for c in ("answer", "evidence")}
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column):
        for cell in row:
            assert cell.protection.locked == (cell.coordinate not in open_cells), cell.coordinate
    guide = wb.worksheets[1]
    assert guide.protection.sheet and all(c.protection.locked for r in guide.iter_rows() for c in r)


def test_quote_text_is_written_as_text_never_a_formula():
    rows = [list(ROWS[0]), list(ROWS[1])]
    rows[0][0] = '=HYPERLINK("http://attacker.test","甲科技")'
    rows[0][3] = "=1+1 支持等保三级"
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    for c in ws[2]:
        c.data_type = "s"  # a vendor's cell that shows as text, formula-looking
    buf = io.BytesIO()
    wb.save(buf)
    res = scored([("evil.xlsx", buf.getvalue())])
    v = next(x for x in res.vendors if x.quote.vendor.startswith("="))
    data = letter_bytes(v)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<f[ >]", zf.read(name)), name
    out = load_workbook(io.BytesIO(data)).worksheets[0]
    assert out["D4"].value == rows[0][0] and out["D4"].data_type == "s"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_libreoffice_opens_the_letter_and_keeps_its_protection(tmp_path, lang):
    res = scored([("p.xlsx", SAMPLE.read_bytes())])
    v = by_vendor(res)["信达系统"]
    path = tmp_path / f"letter_{lang}.xlsx"
    path.write_bytes(letter_bytes(v, lang))
    pdf = soffice_pdf(path, tmp_path)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
    flat = re.sub(r"\s+", "", text)
    for needle in ("信达系统", t("clar.h.answer", lang), t("clar.h.field", lang), "mlps_level3",
                   next(f for f in v.flags if f.code == "no_mlps_level3").question(lang)[:12]):
        assert re.sub(r"\s+", "", needle) in flat, needle
    # saved again by LibreOffice: still protected, the answer cells still open to the vendor
    (tmp_path / "lo").mkdir()
    again = soffice_convert(path, tmp_path / "lo", "xlsx")
    ws = load_workbook(again).worksheets[0]
    head, cols = header_of(ws)
    r = question_rows(ws)[0]
    assert ws.protection.sheet
    assert not ws.cell(r, cols["answer"]).protection.locked and ws.cell(r, cols["question"]).protection.locked


def test_zip_holds_one_letter_per_quote_with_questions():
    res = scored([("p.xlsx", SAMPLE.read_bytes())])
    with zipfile.ZipFile(io.BytesIO(letters_zip(res))) as zf:
        names = zf.namelist()
        assert sorted(names) == sorted(f"澄清函_{v.quote.vendor}_{v.quote.package}.xlsx" for v in res.vendors)
        for n in names:
            ws = load_workbook(io.BytesIO(zf.read(n))).worksheets[0]
            assert question_rows(ws)


# ------------------------------------------------------------------------------------------------
# Hostile and mismatched letters: a clear warning, nothing lost, nothing executed
# ------------------------------------------------------------------------------------------------
def test_formula_answers_are_warned_and_never_used():
    res = scored([("q.xlsx", quotes_xlsx())])
    data = letter_for(res, "丙系统")
    filled = fill(data, {"free_maintenance_months": ("12个月", None)},
                  formula={"response_hours": "=1+1", "support_7x24": '=HYPERLINK("http://attacker.test","是")'})
    after = scored([("q.xlsx", quotes_xlsx()), ("evil.xlsx", filled)])
    bing = by_vendor(after)["丙系统"].quote
    assert bing.values["free_maintenance_months"] == 12  # the plain answer beside them still counts
    assert bing.values["response_hours"] == 24 and bing.values["support_7x24"] is False
    formulas = {w.cell: w for w in after.quoteset.warnings if w.code == "clar.warn_formula"}
    assert set(formulas) == {answer_cell(data, "response_hours"), answer_cell(data, "support_7x24")}
    assert "=1+1" in t("clar.warn_formula", "zh", **formulas[answer_cell(data, "response_hours")].params)
    # the workbook written afterwards holds no formula either
    from core.excel import workbook_bytes

    with zipfile.ZipFile(io.BytesIO(workbook_bytes(after))) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<f[ >]", zf.read(name)), name


def test_ten_megabytes_in_a_cell():
    res = scored([("q.xlsx", quotes_xlsx())])
    data = letter_for(res, "丙系统")
    filled = fill(data, {"response_hours": ("A" * 10_000_000, None), "free_maintenance_months": ("12个月", None)})
    after = scored([("q.xlsx", quotes_xlsx()), ("big.xlsx", filled)])
    bing = by_vendor(after)["丙系统"].quote
    assert bing.values["free_maintenance_months"] == 12 and bing.values["response_hours"] == 24
    got = {(w.code, w.cell) for w in after.quoteset.warnings if w.file == "big.xlsx"}
    cell = answer_cell(data, "response_hours")
    assert ("warn.cell_truncated", cell) in got and ("clar.warn_unreadable", cell) in got


def test_letter_of_another_project_and_missing_quote(tmp_path):
    english = scored([("en.xlsx", ENGLISH.read_bytes())])
    other = letter_bytes(english.vendors[0], "en")
    after = scored([("q.xlsx", quotes_xlsx()), ("other.xlsx", other)])
    (w,) = [w for w in after.quoteset.warnings if w.file == "other.xlsx"]
    assert w.code == "clar.warn_no_quote" and english.vendors[0].quote.vendor in t(w.code, "en", **w.params)
    assert all(v.quote.history == [] for v in after.vendors)
    assert not after.quoteset.rounds.letters["other.xlsx"].ok
    # the letter alone: no quote at all, one line and exit 2, never a traceback
    (tmp_path / "alone.xlsx").write_bytes(other)
    cp = run("score", str(tmp_path / "alone.xlsx"), "--type", PC)
    assert cp.returncode == 2 and "Traceback" not in cp.stderr and len(cp.stderr.strip().splitlines()) == 1


def test_fingerprint_mismatch_applies_nothing():
    res = scored([("q.xlsx", quotes_xlsx())])
    filled = fill(letter_for(res, "甲科技"), {"mlps_level3": ("是", "证书编号 31010023456")})
    changed = [list(r) for r in ROWS]
    changed[0][2] = "21万"  # 甲's quote is not the one the letter was written for
    after = scored([("q2.xlsx", quotes_xlsx(changed)), ("reply.xlsx", filled)])
    jia = by_vendor(after)["甲科技"]
    assert jia.gate == "unverified" and jia.quote.history == []
    (w,) = [w for w in after.quoteset.warnings if w.file == "reply.xlsx"]
    assert w.code == "clar.warn_fingerprint" and w.params["n"] == 1
    assert w.params["letter"] == fingerprint(by_vendor(res)["甲科技"].quote)


def test_altered_letters_are_said_not_guessed():
    res = scored([("q.xlsx", quotes_xlsx())])
    data = fill(letter_for(res, "甲科技"), {"mlps_level3": ("是", "证书编号 31010023456")})
    wb = load_workbook(io.BytesIO(data))
    ws = wb.worksheets[0]
    head, cols = header_of(ws)
    ws.cell(head, cols["field"]).value = None  # the question table's header is gone
    broken = io.BytesIO()
    wb.save(broken)
    ws.cell(head, cols["field"]).value = t("clar.h.field", "zh")
    ws["D10"] = "vqc:clarification-letter v9"
    other_version = io.BytesIO()
    wb.save(other_version)
    after = scored([("q.xlsx", quotes_xlsx()), ("broken.xlsx", broken.getvalue()),
                    ("v9.xlsx", other_version.getvalue())])
    got = {w.file: w.code for w in after.quoteset.warnings if w.file in ("broken.xlsx", "v9.xlsx")}
    assert got == {"broken.xlsx": "clar.warn_broken", "v9.xlsx": "clar.warn_version"}
    assert by_vendor(after)["甲科技"].gate == "unverified"
    assert len(after.vendors) == 3  # no letter is ever read as a quote


def test_letter_for_the_first_round_answers_what_the_revision_left_open():
    first = scored([("第一轮.xlsx", quotes_xlsx())])
    filled = fill(letter_for(first, "甲科技"), {"mlps_level3": ("是", "证书编号 31010023456"),
                                                "source_code_delivery": ("完整源码", None)})
    rev = [list(ROWS[0])]
    rev[0][16] = "部分源码（核心引擎加密）"  # the revised quote states the delivery itself
    after = scored([("第一轮.xlsx", quotes_xlsx()), ("甲_二次报价.xlsx", quotes_xlsx(rev)), ("reply.xlsx", filled)])
    jia = by_vendor(after)["甲科技"].quote
    assert jia.file == "甲_二次报价.xlsx" and jia.values["source_code_delivery"] == "partial"
    assert jia.evidence["mlps_level3"][0] == "stated"
    assert any(w.code == "clar.warn_superseded" and w.params["n"] == 1 for w in after.quoteset.warnings)


# ------------------------------------------------------------------------------------------------
# Revised quotes
# ------------------------------------------------------------------------------------------------
def revised_yi(price: str = "19.5万", modules: str = MODULES + "、反欺诈") -> list:
    row = list(ROWS[1])
    row[2], row[-1] = price, modules
    return [row]


def test_revised_quote_lower_price_and_new_module_changes_rank(tmp_path):
    rival = list(ROWS[0])
    rival[3] = "已取得（证书编号 31010023456）"  # 甲 proven: cheaper than 乙 and with anti-fraud, it leads
    first = tmp_path / "第一轮报价.xlsx"
    first.write_bytes(quotes_xlsx([rival, ROWS[1]]))
    second = tmp_path / "乙软件_报价.xlsx"  # marked in its title row
    second.write_bytes(quotes_xlsx(revised_yi(), title="乙软件 第二轮报价单"))
    before = cli_json([first], tmp_path / "b.json")
    assert [v["vendor"] for v in before["vendors"]] == ["甲科技", "乙软件"]
    d = cli_json([second, first], tmp_path / "a.json")  # the revision given first: its mark decides
    assert [v["vendor"] for v in d["vendors"]] == ["乙软件", "甲科技"]
    yi = d["vendors"][0]
    assert yi["source"]["file"] == second.name and yi["values"]["price_cny"] == 195_000
    assert {h["field"]: (h["from"], h["to"]) for h in yi["history"]}["price_cny"] == (240_000, 195_000)
    assert "anti_fraud" in next(h["to"] for h in yi["history"] if h["field"] == "features")
    assert all(h["source"].startswith(second.name) for h in yi["history"])
    assert d["vendors"][1]["history"] == [] and "price_rose" not in {f["code"] for f in yi["flags"]}
    # the workbook: a Changes sheet with both versions and the ranks before and after
    cp = run("score", str(first), str(second), "--type", PC, "--xlsx", str(tmp_path / "s.xlsx"))
    assert cp.returncode == 0, cp.stderr
    assert f"乙软件 / 标准版：按第 2 版报价评分（{second.name} › 报价 › 3），前 1 版保留对照。" in cp.stdout
    ws = load_workbook(tmp_path / "s.xlsx")[t("clar.xl.sheet", "zh")]
    rows = [r for r in ws.iter_rows(values_only=True)]
    yi_row = next(r for r in rows if r[0] == "乙软件 / 标准版" and isinstance(r[1], int))
    assert (yi_row[1], yi_row[2]) == (2, 1)
    assert first.name in yi_row[7] and second.name in yi_row[7]
    assert any(r[0] == "乙软件 / 标准版" and r[1] == t("field.price_cny", "zh") for r in rows)


def test_version_order_by_date_then_by_upload():
    dated = ["报价日期"] + HEADER
    def with_date(rows, date):
        wb = Workbook()
        ws = wb.active
        ws.append(dated)
        for r in rows:
            ws.append([date] + list(r))
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()
    old, new = with_date(ROWS[1:2], "2024-05-01"), with_date(revised_yi("22万"), "2024-05-20")
    for files in ([("a.xlsx", new), ("b.xlsx", old)], [("b.xlsx", old), ("a.xlsx", new)]):
        yi = by_vendor(scored(files))["乙软件"].quote
        assert yi.values["price_cny"] == 220_000 and yi.earlier[0].values["price_cny"] == 240_000
    # neither marked nor dated: the one given later is the revision
    plain = [("x.xlsx", quotes_xlsx(ROWS[1:2])), ("y.xlsx", quotes_xlsx(revised_yi("22万")))]
    assert by_vendor(scored(plain))["乙软件"].quote.file == "y.xlsx"
    assert by_vendor(scored(plain[::-1]))["乙软件"].quote.file == "x.xlsx"


def test_price_rise_after_the_first_round_is_flagged():
    res = scored([("r1.xlsx", quotes_xlsx(ROWS[1:2])), ("r2_v2.xlsx", quotes_xlsx(revised_yi("26万", MODULES)))])
    yi = by_vendor(res)["乙软件"]
    (flag,) = [f for f in yi.flags if f.code == "price_rose"]
    assert flag.severity == "amber" and flag.field == "price_cny"
    for lang in ("zh", "en"):
        assert "26" in flag.message(lang) and "24" in flag.message(lang) and "{" not in flag.question(lang)


def test_same_quote_twice_stays_a_duplicate():
    data = quotes_xlsx()
    res = scored([("a.xlsx", data), ("copy.xlsx", data)])
    assert len(res.vendors) == 6 and res.quoteset.rounds is None
    assert sum(w.code == "warn.duplicate_quote" for w in res.quoteset.warnings) == 3


# ------------------------------------------------------------------------------------------------
# The dashboard: Upload & review, Ranking, Risks
# ------------------------------------------------------------------------------------------------
def test_dashboard_round_trip(app_test):
    res = scored([("报价汇总.xlsx", quotes_xlsx())])
    jia = fill(letter_for(res, "甲科技"), {"mlps_level3": ("是", "证书编号 31010023456"),
                                          "source_code_delivery": ("完整源码", None)})
    stranger = letter_bytes(scored([("en.xlsx", ENGLISH.read_bytes())]).vendors[0], "en")
    at = app_test(120)
    at.run()
    at.file_uploader[0].set_value([("报价汇总.xlsx", quotes_xlsx(), XLSX), ("甲_回复.xlsx", jia, XLSX),
                                   ("别的项目.xlsx", stranger, XLSX)]).run()
    assert not at.exception
    assert any("澄清函：2 条答复已采用" in s.value for s in at.success), [s.value for s in at.success]
    assert any("别的项目.xlsx" in e.value for e in at.error), [e.value for e in at.error]
    ctx = at.session_state["_ctx"]
    assert ctx.res.vendors[0].quote.vendor == "甲科技" and ctx.res.vendors[0].gate == "pass"
    at.switch_page("views/ranking.py").run()
    assert not at.exception
    moves = next(d.value for d in at.dataframe if t("clar.col.before", "zh") in d.value.columns)
    row = moves[moves[t("clar.col.vendor", "zh")] == "甲科技 / 旗舰版"].iloc[0]
    assert (row[t("clar.col.before", "zh")], row[t("clar.col.after", "zh")]) == (3, 1)  # waited below both passes
    assert any("甲科技 / 旗舰版" in e.label for e in at.expander)
    at.switch_page("views/risks.py").run()
    assert not at.exception
    # 甲 (shown first) has nothing left to ask; every letter is one .zip away, and 丙's letter one click
    assert "risk_dl_letters" in {b.key for b in at.get("download_button")}
    assert t("clar.ui.no_letter", "zh") in [x.value for x in at.caption]
    pos = next(i for i, q in enumerate(ctx.res.quoteset.quotes) if q.vendor == "丙系统")
    at.selectbox(key="risk_vendor").set_value(ctx.res.quoteset.quotes[pos].key).run()
    assert not at.exception
    assert {"risk_dl_letter", "risk_dl_letters"} <= {b.key for b in at.get("download_button")}


def test_dashboard_shows_both_versions_and_the_rank_move(app_test):
    rival = list(ROWS[0])
    rival[3] = "已取得（证书编号 31010023456）"
    at = app_test(120)
    at.run()
    at.file_uploader[0].set_value([("第一轮报价.xlsx", quotes_xlsx([rival, ROWS[1]]), XLSX),
                                   ("乙软件_二次报价.xlsx", quotes_xlsx(revised_yi()), XLSX)]).run()
    assert not at.exception
    at.switch_page("views/ranking.py").run()
    assert not at.exception
    moves = next(d.value for d in at.dataframe if t("clar.col.before", "zh") in d.value.columns)
    row = moves[moves[t("clar.col.vendor", "zh")] == "乙软件 / 标准版"].iloc[0]
    assert (row[t("clar.col.before", "zh")], row[t("clar.col.after", "zh")], row[t("clar.col.move", "zh")]) == \
        (2, 1, "↑ 1")
    (exp,) = [e for e in at.expander if "乙软件 / 标准版" in e.label]
    shown = " ".join(m.value for m in exp.markdown)
    assert "第一轮报价.xlsx" in shown and "乙软件_二次报价.xlsx" in shown  # both versions, each with where it is
    history = exp.dataframe[0].value
    assert t("field.price_cny", "zh") in set(history[t("clar.col.field", "zh")])


def test_rows_of_one_sheet_are_versions_only_when_a_round_says_so():
    head = ["报价轮次", "报价日期"] + HEADER
    def sheet(rows):
        wb = Workbook()
        ws = wb.active
        ws.append(head)
        for r in rows:
            ws.append(r)
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()
    dated = sheet([["", "2024-05-01"] + ROWS[1], ["", "2024-05-20"] + revised_yi("22万")[0]])
    res = scored([("summary.xlsx", dated)])  # two offers of one vendor in a summary: both kept and scored
    assert len(res.vendors) == 2 and any(w.code == "warn.duplicate_quote" for w in res.quoteset.warnings)
    rounds = sheet([["第二轮", "2024-05-01"] + revised_yi("22万")[0], ["第一轮", "2024-05-20"] + ROWS[1]])
    (yi,) = scored([("rounds.xlsx", rounds)]).vendors
    assert yi.quote.values["price_cny"] == 220_000 and yi.quote.earlier[0].values["price_cny"] == 240_000


def test_letter_answers_a_quote_restored_from_the_scored_workbook():
    """Continue where you stopped: the scored workbook uploaded again with the returned letter (its fingerprint is
    of what the quote says, not of the file it came in)."""
    from core.excel import workbook_bytes

    res = scored([("q.xlsx", quotes_xlsx())])
    reply = fill(letter_for(res, "甲科技"), {"mlps_level3": ("是", "证书编号 31010023456")})
    after = scored([("评分.xlsx", workbook_bytes(res)), ("reply.xlsx", reply)])
    assert by_vendor(after)["甲科技"].gate == "pass" and after.quoteset.rounds.letters["reply.xlsx"].applied == 1


def test_the_evaluation_report_lists_the_answers_received():
    """Issue 14's report reads each quote's history: the letter's answers appear in part 4, the letter among the
    input files with its kind."""
    from docx import Document

    from core.word_report import report_bytes

    res = scored([("q.xlsx", quotes_xlsx())])
    reply = fill(letter_for(res, "甲科技"), {"mlps_level3": ("是", "证书编号 31010023456")})
    after = scored([("q.xlsx", quotes_xlsx()), ("甲_回复.xlsx", reply)])
    doc = Document(io.BytesIO(report_bytes(after, "zh")))
    text = "\n".join([p.text for p in doc.paragraphs] + [c.text for tb in doc.tables for row in tb.rows
                                                         for c in row.cells])
    assert "甲_回复.xlsx › 澄清问题 ›" in text and "31010023456" in text
    assert t("rep.kind.clarification_letter", "zh") in text
