"""Issue 14: the evaluation report (评审报告) a committee reads, signs and files, as a Word document.

What a committee and its auditors would check: the file opens (python-docx, and LibreOffice turns it into a PDF
whose text shows the top pick, every vendor and the signature page) in Chinese and in English; the SHA-256 values
it prints are those of the input files and of the profile; the two charts are in it as pictures; a vendor's name
never becomes a field code or a hyperlink; 1,000 quotes keep to a readable ranking that says how many more the
workbook has; the parts other issues fill (clarification answers, the evaluation team) say so in one line until
then, and show what they are given.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace

import docx
import pytest

from core import report_charts
from core.i18n import t
from core.load import load
from core.model import Profile
from core.scoring import score
from core.word_report import DETAIL_QUOTES, RANKING_ROWS, profile_sha256, report_bytes, report_number
from tests.office import soffice_pdf

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "报价对比表_个人信用贷.xlsx"
LANGS = ("zh", "en")
HEX64 = re.compile(r"\b[0-9a-f]{64}\b")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _text(data: bytes) -> str:
    """Every paragraph of the document, tables included, as one text (python-docx reads the file)."""
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for tbl in d.tables:
        for row in tbl.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.fixture(scope="module")
def sample_result():
    qs = load([(SAMPLE.name, SAMPLE.read_bytes())])
    return score(qs, Profile.default("personal_credit"))


@pytest.fixture(scope="module")
def reports(sample_result) -> dict[str, bytes]:
    return {lang: report_bytes(sample_result, lang) for lang in LANGS}


@pytest.fixture(scope="module")
def pdfs(reports, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("report_pdf")
    paths = {}
    for lang, data in reports.items():
        docx_path = out / f"report_{lang}.docx"
        docx_path.write_bytes(data)
        paths[lang] = soffice_pdf(docx_path, out)
    return paths


# ------------------------------------------------------------------------------------------------ inputs
def test_loading_keeps_the_sha256_of_every_file_given(tmp_path):
    from core.excel import workbook_bytes

    data = SAMPLE.read_bytes()
    broken = b"PK\x03\x04 not really a workbook"
    qs = load([(SAMPLE.name, data), ("坏文件.xlsx", broken)])
    assert [(f.name, f.sha256, f.kind) for f in qs.inputs] == [
        (SAMPLE.name, _sha(data), "quotes"), ("坏文件.xlsx", _sha(broken), "unread")]
    # a scored workbook uploaded again is named as uploaded, with the hash of its own bytes
    wb = workbook_bytes(score(qs, Profile.default("personal_credit")), "zh")
    again = load([("评分表.xlsx", wb)])
    assert [(f.name, f.sha256, f.kind) for f in again.inputs] == [("评分表.xlsx", _sha(wb), "scored_workbook")]


# ------------------------------------------------------------------------------------------------ opens
@pytest.mark.parametrize("lang", LANGS)
def test_report_opens_with_python_docx_and_has_every_part(reports, sample_result, lang):
    d = docx.Document(io.BytesIO(reports[lang]))
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading 1")]
    assert headings == [t(f"rep.h.{k}", lang) for k in ("basis", "recommendation", "ranking", "quotes", "robustness",
                                                         "team", "signatures")]
    assert d.core_properties.title == t("rep.title_default", lang)
    text = _text(reports[lang])
    top = sample_result.top
    assert t("rep.rec.pick", lang, vendor=top.quote.key, total=f"{top.total:.1f}") in text
    assert t(f"bt.{sample_result.profile.business_type}", lang) in text
    # every page is A4 (the ranking's landscape), and no table is wider than the text of its page
    for sec in d.sections:
        assert {round(sec.page_width.cm, 1), round(sec.page_height.cm, 1)} == {21.0, 29.7}
    assert [round(sec.page_width.cm, 1) for sec in d.sections] == [21.0, 29.7, 21.0]
    for tbl, sec in _tables_with_their_sections(d):
        grid = sum(int(g.get(f"{W}w")) for g in tbl.findall(f"{W}tblGrid/{W}gridCol")) / 567
        room = (sec.page_width - sec.left_margin - sec.right_margin) / 360000  # EMU per cm
        assert grid <= room + 0.05, (grid, room)


def _tables_with_their_sections(d):
    """(table element, the Section it is laid out in): a section ends at the paragraph holding its sectPr."""
    from docx.section import Section

    pending, out = [], []
    for el in d.element.body.iterchildren():
        if el.tag == f"{W}tbl":
            pending.append(el)
        sect = el.find(f"{W}pPr/{W}sectPr") if el.tag == f"{W}p" else (el if el.tag == f"{W}sectPr" else None)
        if sect is not None:
            out += [(tbl, Section(sect, d.part)) for tbl in pending]
            pending = []
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_libreoffice_shows_the_top_pick_every_vendor_and_the_signature_page(pdfs, sample_result, lang):
    text = _pdf_text(pdfs[lang])
    flat = _flat(text)
    assert _flat(sample_result.top.quote.key) in flat
    for vr in sample_result.vendors:
        assert vr.quote.vendor in text
    assert _flat(t("rep.h.signatures", lang)) in flat
    for role in ("lead", "member", "finance", "compliance", "approver"):
        assert t(f"rep.sig.{role}", lang) in text
    number = report_number(sample_result, __import__("datetime").date.today())
    assert number in text
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdfs[lang])], capture_output=True,
                                                               text=True).stdout).group(1))
    assert pages >= 5
    # the last page is the signature page
    last = subprocess.run(["pdftotext", "-f", str(pages), "-l", str(pages), str(pdfs[lang]), "-"],
                          capture_output=True, text=True).stdout
    assert _flat(t("rep.h.signatures", lang)) in _flat(last)


def test_chinese_is_drawn_with_a_cjk_font_in_the_pdf(pdfs):
    fonts = subprocess.run(["pdffonts", str(pdfs["zh"])], capture_output=True, text=True).stdout
    assert "CJK" in fonts  # the Chinese text has glyphs (no boxes): Noto CJK through fontconfig


# ------------------------------------------------------------------------------------------------ hashes
def test_the_hashes_printed_are_the_sha256_of_the_inputs_and_the_profile(tmp_path):
    quotes = SAMPLE.read_bytes()
    prof = Profile.default("personal_credit")
    prof.horizon_years = 5
    profile_file = tmp_path / "评分设置.json"
    profile_file.write_text(prof.to_json(), encoding="utf-8")
    out = tmp_path / "评审报告.docx"
    proc = subprocess.run([sys.executable, "-m", "core", "score", str(SAMPLE), "--type", "personal_credit",
                           "--profile", str(profile_file), "--report", str(out)], cwd=ROOT, capture_output=True,
                          text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    text = _text(out.read_bytes())
    printed = set(HEX64.findall(text))
    used = Profile.from_dict(prof.to_dict())  # the profile as the CLI scored with it
    assert printed == {_sha(quotes), _sha(profile_file.read_bytes()), _sha(used.to_json().encode("utf-8"))}
    assert f"{SAMPLE.name}" in text and profile_file.name in text


def test_the_profile_hash_is_that_of_the_settings_file_the_dashboard_downloads(sample_result, reports):
    # the Export page's settings download is Profile.to_json() of the profile scored with
    assert profile_sha256(sample_result.profile) == _sha(sample_result.profile.to_json().encode("utf-8"))
    assert profile_sha256(sample_result.profile) in _text(reports["zh"])


def test_an_unread_file_is_listed_with_its_hash_and_why(tmp_path):
    broken = b"\x00\x01 nothing to read"
    qs = load([(SAMPLE.name, SAMPLE.read_bytes()), ("空白.xlsx", broken)])
    text = _text(report_bytes(score(qs, Profile.default("personal_credit")), "zh"))
    assert _sha(broken) in text and "空白.xlsx" in text
    assert t("rep.kind.unread", "zh") in text


# ------------------------------------------------------------------------------------------------ images
@pytest.mark.parametrize("lang", LANGS)
def test_the_radar_and_the_points_bar_are_pictures_in_the_document(reports, lang):
    from PIL import Image

    with zipfile.ZipFile(io.BytesIO(reports[lang])) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        assert len(media) == 2
        for name in media:
            png = z.read(name)
            assert png.startswith(b"\x89PNG")
            w, h = Image.open(io.BytesIO(png)).size
            assert w >= 600 and h >= 300
    d = docx.Document(io.BytesIO(reports[lang]))
    assert len(d.inline_shapes) == 2
    text = _text(reports[lang])
    assert t("rep.chart.radar", lang, n=4) in text and t("rep.chart.points", lang, n=4) in text


def test_without_a_chinese_font_the_charts_show_ranks_and_say_so(sample_result, monkeypatch):
    monkeypatch.setattr(report_charts, "cjk_font", lambda: None)
    data = report_bytes(sample_result, "zh")
    assert t("rep.chart.no_font", "zh") in _text(data)
    assert len(docx.Document(io.BytesIO(data)).inline_shapes) == 2


def test_without_matplotlib_the_report_is_written_and_says_why(sample_result, monkeypatch):
    def missing(*_a, **_k):
        raise ImportError("No module named 'matplotlib'")

    monkeypatch.setattr(report_charts, "report_charts", missing)
    data = report_bytes(sample_result, "en")
    text = _text(data)
    assert t("rep.chart.none", "en", reason="ImportError: No module named 'matplotlib'") in text
    assert len(docx.Document(io.BytesIO(data)).inline_shapes) == 0
    assert t("rep.h.signatures", "en") in text


# ------------------------------------------------------------------------------------------------ text is data
HOSTILE = [
    '=HYPERLINK("http://evil.example/x","点我")',
    '{ HYPERLINK "http://evil.example/y" }',
    'DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc"',
    '<w:fldSimple w:instr="HYPERLINK http://evil.example/z"/>',
    '$\\frac{1}{0}$ 科技',
    'https://evil.example/login',
    '坏\x07字符科技',
]


def _hostile_csv() -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["供应商", "套餐", "报价", "等保三级", "国密SM4", "核心功能", "源码交付"])
    feats = "用户管理、还款管理、风控审批、个人征信、风控模型、反欺诈"
    for i, name in enumerate(HOSTILE):
        w.writerow([name, '{ INCLUDETEXT "c:\\\\secret.txt" }' if i == 0 else "标准版", f"{20 + i}万", "已取得（证书编号 123）",
                    "是", feats, '部分源码 { HYPERLINK "http://evil.example/src" }'])
    return buf.getvalue().encode("utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_text_from_quotes_never_becomes_a_field_code_or_a_hyperlink(lang):
    qs = load([("恶意报价.csv", _hostile_csv())])
    assert len(qs.quotes) == len(HOSTILE)
    data = report_bytes(score(qs, Profile.default("personal_credit")), lang)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith((".xml", ".rels"))}
    body = parts["word/document.xml"]
    for tag in ("w:fldSimple", "w:instrText", "w:fldChar", "w:hyperlink", "w:object", "w:ddeLink"):
        assert f"<{tag}" not in body, tag
    assert "hyperlink" not in parts["word/_rels/document.xml.rels"].lower()
    assert "evil.example" not in "".join(v for k, v in parts.items() if k.endswith(".rels"))
    # the only fields anywhere are the footer's page numbers, written by the report itself
    from lxml import etree

    trees = {n: etree.fromstring(xml.encode("utf-8")) for n, xml in parts.items()}
    fields = [(n, el.get(f"{W}instr")) for n, tree in trees.items() for el in tree.iter(f"{W}fldSimple")]
    assert sorted({i for _n, i in fields}) == ["NUMPAGES", "PAGE"] and {n for n, _i in fields} == {"word/footer1.xml"}
    for tree in trees.values():
        assert next(tree.iter(f"{W}instrText", f"{W}hyperlink", f"{W}fldChar"), None) is None
    # and every name is there as text, as written (the character XML cannot hold replaced)
    text = _text(data)
    for name in HOSTILE:
        assert name.replace("\x07", "\ufffd") in text
    assert "INCLUDETEXT" in text  # the package, as text


# ------------------------------------------------------------------------------------------------ scale
@pytest.fixture(scope="module")
def thousand():
    from benchmarks.gen import csv_bytes, rows

    qs = load([("quotes_1000.csv", csv_bytes(rows(1000)))])
    assert len(qs.quotes) == 1000
    return score(qs, Profile.default("personal_credit"))


@pytest.mark.parametrize("lang", LANGS)
def test_a_thousand_quotes_keep_the_top_50_and_say_how_many_more(thousand, lang):
    data = report_bytes(thousand, lang)
    d = docx.Document(io.BytesIO(data))
    ranking = next(tbl for tbl in d.tables if tbl.rows[0].cells[0].text == t("xl.h.rank", lang))
    assert len(ranking.rows) == 1 + RANKING_ROWS
    assert [r.cells[0].text for r in ranking.rows[1:]] == [str(i) for i in range(1, RANKING_ROWS + 1)]
    text = _text(data)
    assert t("rep.rank.more", lang, shown=RANKING_ROWS, more=1000 - RANKING_ROWS, sheet=t("xl.sheet.ranking", lang)) \
        in text
    assert t("rep.q.more", lang, n=1000 - DETAIL_QUOTES, sheet=t("xl.sheet.flags", lang)) in text
    part, per_quote = None, 0
    for para in d.paragraphs:
        if para.style.name == "Heading 1":
            part = para.text
        elif para.style.name == "Heading 2" and part == t("rep.h.quotes", lang):
            per_quote += 1
    assert per_quote == DETAIL_QUOTES


# ------------------------------------------------------------------------------------------------ plug-in parts
@pytest.mark.parametrize("lang", LANGS)
def test_parts_without_clarifications_or_team_say_so_in_one_line(reports, lang):
    text = _text(reports[lang])
    assert t("rep.basis.no_letters", lang) in text
    assert t("rep.basis.no_team", lang) in text
    assert t("rep.q.no_letters", lang) in text
    assert t("rep.team.none", lang) in text


def test_clarification_answers_and_the_team_appear_when_other_issues_add_them():
    """Issues 12 and 13 add ``history`` per quote and ``evaluation`` on the result: the report shows them as
    documented in core.word_report (entries as dicts or as objects)."""
    qs = load([(SAMPLE.name, SAMPLE.read_bytes())])
    res = score(qs, Profile.default("personal_credit"))
    top, second = res.vendors[0], res.vendors[1]
    top.history = [{"field": "mlps_level3", "from": None, "to": True, "source": {"file": "澄清函_安信科技.xlsx",
                                                                               "sheet": "问题", "cell": "D5"},
                    "question": "请提供等保三级证书编号。", "evidence": "证书编号 11010000000-00001"}]
    second.quote.history = [SimpleNamespace(field="price_cny", before=220000.0, after=198000.0,
                                            source="二次报价_融科.xlsx")]
    key = top.quote.key
    top.evaluation = {"demo": {"mean": 3.5, "min": 2, "max": 5, "n": 2}}
    res.evaluation = {
        "evaluators": ["张三", SimpleNamespace(name="李四")],
        "scores": [{"evaluator": "张三", "quote": key, "criterion": "demo", "score": 5, "reason": "演示流畅"},
                   {"evaluator": "李四", "quote": key, "criterion": "demo", "score": 2, "reason": "还款提醒没有演示"}],
        "disagreements": [{"quote": key, "criterion": "demo", "spread": 3,
                           "scores": [{"evaluator": "张三", "score": 5, "reason": "演示流畅"},
                                      {"evaluator": "李四", "score": 2, "reason": "还款提醒没有演示"}]}],
        "consensus": [SimpleNamespace(quote=key, criterion="demo", score=4, comment="补演示后通过")],
    }
    text = _text(report_bytes(res, "zh"))
    assert t("rep.basis.letters", "zh", n=2, files=2) in text
    assert "请提供等保三级证书编号。" in text and "证书编号 11010000000-00001" in text
    assert "澄清函_安信科技.xlsx › 问题 › D5" in text and "二次报价_融科.xlsx" in text
    assert "22 万元 → 19.8 万元" in text  # amounts in words, as everywhere else
    assert t("rep.q.no_answers", "zh") in text  # the quotes without answers say so
    assert t("rep.basis.team", "zh", n=2) in text
    assert t("rep.team.evaluators", "zh", names="张三、李四") in text
    assert "演示流畅" in text and "还款提醒没有演示" in text  # both reasons of the disagreement
    assert t("rep.team.opinion", "zh", evaluator="李四", score="2.0", reason="还款提醒没有演示") in text
    assert "补演示后通过" in text
    d = docx.Document(io.BytesIO(report_bytes(res, "zh")))
    sig = d.tables[-1]
    members = [r.cells[1].text for r in sig.rows if r.cells[0].text == t("rep.sig.member", "zh")]
    assert members == ["张三", "李四"]  # the evaluators sign as members


# ------------------------------------------------------------------------------------------------ CLI, dashboard
def test_cli_writes_the_report_in_english_with_the_title_given(tmp_path):
    out = tmp_path / "report.docx"
    proc = subprocess.run([sys.executable, "-m", "core", "score", str(SAMPLE), "--type", "personal_credit", "--lang",
                           "en", "--report", str(out), "--report-title", "Board paper: loan system 2026"], cwd=ROOT,
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    d = docx.Document(io.BytesIO(out.read_bytes()))
    assert any(p.text == "Board paper: loan system 2026" for p in d.paragraphs[:10])  # on the cover
    assert d.core_properties.title == "Board paper: loan system 2026"
    assert t("rep.h.basis", "en") in _text(out.read_bytes())


def test_cli_report_to_a_folder_that_does_not_exist_is_one_line(tmp_path):
    out = tmp_path / "missing" / "report.docx"
    proc = subprocess.run([sys.executable, "-m", "core", "score", str(SAMPLE), "--type", "personal_credit",
                           "--report", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "Traceback" not in proc.stderr
    assert str(out) in proc.stderr


def test_the_title_set_in_settings_is_the_title_of_the_report_downloaded(loaded_app):
    at = loaded_app("settings")
    box = at.text_input(key="rep_title_box")
    assert box.placeholder == t("rep.title_default", "zh")
    box.set_value("  2026 年核心系统采购评审报告 ").run()
    assert not at.exception
    assert at.session_state["report_title"] == "2026 年核心系统采购评审报告"
    at.switch_page("views/export.py").run()
    assert not at.exception
    assert at.download_button(key="exp_report").label == t("rep.ui.download", "zh")
    at.switch_page("views/settings.py").run()
    assert at.text_input(key="rep_title_box").value == "2026 年核心系统采购评审报告"  # kept across pages
    res = at.session_state["_ctx"].res
    data = report_bytes(res, "zh", at.session_state["report_title"])
    assert docx.Document(io.BytesIO(data)).core_properties.title == "2026 年核心系统采购评审报告"
    assert "核心系统" not in res.profile.to_json()  # the title is no scoring setting


def test_one_quote_with_every_gate_switched_off_is_reported_plainly():
    import dataclasses

    qs = load([(SAMPLE.name, SAMPLE.read_bytes())])
    one = dataclasses.replace(qs, quotes=qs.quotes[-1:])
    prof = Profile.default("personal_credit")
    prof.gates = {g: False for g in prof.gates}
    res = score(one, prof)
    for lang in LANGS:
        text = _text(report_bytes(res, lang))
        assert t("rep.rec.only_one", lang) in text and t("rep.rob.one", lang) in text
        assert t("rep.basis.gates_none", lang) in text
        assert res.top.quote.key in text
