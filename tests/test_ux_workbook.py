"""Issue 15: a workbook a board reads without help. No internal code or JSON in any cell a person reads (codes
stay in one technical column outside the printed page, and in the hidden data sheet the app reads back); gate
states marked on every table and chart; the settings as a readable table; companies and editions counted apart;
localized file names; and LibreOffice's PDF of every sheet fits its pages (pdfinfo / pdftotext)."""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core import excel, schema
from core.i18n import t
from core.load import load
from core.model import Profile
from core.report import download_name
from core.scoring import score
from tests.office import soffice_pdf
from tests.test_evaluation import returned  # noqa: F401 - the evaluators' returned score sheets (a fixture)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "报价对比表_个人信用贷.xlsx"
CASES = sorted((ROOT / "tests" / "cases").glob("*.xlsx"))
LANGS = ("zh", "en")


def _result(files, profile: Profile | None = None, overrides: dict | None = None):
    return score(load([(f.name, f.read_bytes()) for f in files], overrides),
                 profile or Profile.default("personal_credit"))


@pytest.fixture(scope="module")
def busy():
    """Many quotes from many files (one vendor with several editions), one left out, one mapping corrected:
    every sheet of the workbook has something in it, and the long ones need several pages."""
    files = CASES[:10]
    qs = load([(f.name, f.read_bytes()) for f in files])
    p = Profile.default("personal_credit")
    gone = qs.quotes[2]
    p.excluded = [{"quote": gone.id, "vendor": gone.key, "reason": "撤回 / withdrawn"}]
    label = qs.mapping[3].label
    return _result(files, p, {label: ""}), {label: ""}


def _internal_ids() -> set[str]:
    """Every code the engine uses that a person should never have to read."""
    ids = set(schema.FLAGS) | set(schema.FIELDS) | set(schema.FEATURES) | set(schema.BUSINESS_TYPES)
    ids |= set(schema.CRITERION_IDS) | set(schema.GROUPS) | set(schema.GATE_CODES) | set(schema.METHODS)
    ids |= set(excel.PROFILE_KEYS)
    return {i for i in ids if "_" in i}  # single words (pass, price, features) are also plain words


def _readable_cells(wb):
    """(sheet, column header, text) of every text cell a person reads: visible sheets, except the Original copies
    (the quotes as written) and the one technical column."""
    originals = {ws.title for ws in wb if ws.oddHeader.center.text and "›" in (ws.oddHeader.center.text or "")}
    for ws in wb:
        if ws.sheet_state != "visible" or ws.title in originals:
            continue
        header = {c.column: c.value for c in ws[1]}
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and header.get(c.column) not in (t("ux.xl.code", "zh"),
                                                                             t("ux.xl.code", "en")):
                    yield ws.title, header.get(c.column), c.value


@pytest.mark.parametrize("lang", LANGS)
def test_no_cell_a_person_reads_holds_an_internal_code_or_json(busy, lang):
    res, overrides = busy
    wb = load_workbook(io.BytesIO(excel.workbook_bytes(res, lang, overrides)))
    ids = _internal_ids()
    seen = 0
    for sheet, col, text in _readable_cells(wb):
        seen += 1
        assert not ids & set(re.findall(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+", text)), (sheet, col, text)
        stripped = text.strip()
        if stripped[:1] in "{[":
            with pytest.raises(ValueError):
                json.loads(stripped)
    assert seen > 1000
    # the codes are still there for programs: a last column outside the printed page, and the hidden data sheet
    flags = wb[t("xl.sheet.flags", lang)]
    assert flags.cell(row=1, column=flags.max_column).value == t("ux.xl.code", lang)
    printed = flags.cell(row=1, column=flags.max_column - 1).column_letter
    assert flags.print_area.endswith(f"!$A$1:${printed}${flags.max_row}")
    assert wb[excel.DATA_SHEET].sheet_state == "hidden"


@pytest.mark.parametrize("lang", LANGS)
def test_gate_states_are_marked_on_every_table_and_chart(busy, lang):
    res, overrides = busy
    data = excel.workbook_bytes(res, lang, overrides)
    wb = load_workbook(io.BytesIO(data))
    marked = {r.quote.id: excel.gate_text(r, lang) for r in res.vendors}
    assert {v.split(" ")[0] for v in marked.values()} == {"✓", "?", "✗"}  # all three states occur here
    for sheet in ("ranking", "criteria", "flags"):
        ws = wb[t(f"xl.sheet.{sheet}", lang)]
        col = [c.value for c in ws[1]].index(t("xl.h.gate", lang)) + 1
        gates = [ws.cell(row=r, column=col).value for r in range(2, ws.max_row + 1)]
        assert gates and set(gates) <= set(marked.values()), sheet
        fills = {ws.cell(row=r, column=col).fill.fgColor.rgb[-6:] for r in range(2, ws.max_row + 1)}
        assert len(fills) == 3, sheet  # each state its own colour
    charts = wb[t("xl.sheet.charts", lang)]
    names = [c.value for row in charts.iter_rows() for c in row if isinstance(c.value, str)]
    for r in res.vendors:
        assert f"{schema.GATE_MARK[r.gate]} {r.quote.key}" in names
    assert t("ux.xl.marks", lang) in names
    z = zipfile.ZipFile(io.BytesIO(data))
    bar = next(z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/") and "barChart" in z.read(n).decode())
    colours = re.findall(r"<(?:c:)?dPt>.*?<(?:a:)?srgbClr val=\"(\w+)\"", bar, re.S)
    assert colours == [excel._GATE_BAR[r.gate] for r in res.vendors]  # every bar in its gate's colour


@pytest.mark.parametrize("lang", LANGS)
def test_the_settings_are_a_readable_table(busy, lang):
    res, overrides = busy
    wb = load_workbook(io.BytesIO(excel.workbook_bytes(res, lang, overrides)))
    ws = wb[t("xl.sheet.profile", lang)]
    text = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert t(f"bt.{res.profile.business_type}", lang) in text
    for g in schema.GROUPS:
        assert t(f"group.{g}", lang) in text
    for c in schema.CRITERIA:
        assert t(f"crit.{c.id}", lang) in text
    (q, reason), = res.excluded
    assert q.key in text and reason in text
    label, = overrides
    assert label in text and t("ui.map.none", lang) in text


def test_companies_and_editions_are_counted_apart():
    editions = ROOT / "tests" / "cases" / "a_08_ml_board_editions.xlsx"
    res = _result([editions], Profile.default("merchant_loan"))
    companies = len({r.quote.vendor for r in res.vendors})
    assert companies < len(res.vendors)
    for lang in LANGS:
        ws = load_workbook(io.BytesIO(excel.workbook_bytes(res, lang)))[t("xl.sheet.summary", lang)]
        line = next(ws.cell(row=r, column=2).value for r in range(1, ws.max_row + 1)
                    if ws.cell(row=r, column=1).value == t("xl.sum.quotes", lang))
        assert line == t("xl.sum.quotes_line", lang, n=len(res.vendors), companies=companies,
                         **{g: sum(r.gate == g for r in res.vendors) for g in schema.GATE_MARK})
        assert (f"{companies} 家公司" if lang == "zh" else f"from {companies} companies") in line


def test_download_names_are_localized():
    day = dt.date(2026, 11, 29)
    res = _result([CASES[4]], Profile.default("merchant_loan"))
    assert download_name(res, "zh", "workbook", day) == "报价评分_商户经营性贷_2026-11-29.xlsx"
    assert download_name(res, "en", "workbook", day) == "quote_scores_merchant_business_loans_2026-11-29.xlsx"
    assert download_name(res, "zh", "json", day) == "报价评分_商户经营性贷_2026-11-29.json"
    sample = _result([SAMPLE])
    assert download_name(sample, "zh", "workbook", day) == "报价评分_示例_个人信用贷_2026-11-29.xlsx"


# ------------------------------------------------------------------------------------------------
# LibreOffice's PDF: every sheet fits its pages
# ------------------------------------------------------------------------------------------------
def _pages(pdf: Path) -> list[list[str]]:
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                                                         check=True).stdout).group(1))
    out = []
    for p in range(1, n + 1):
        text = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-layout", str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
        out.append([ln.strip() for ln in text.splitlines() if ln.strip()])
    return out


def _printed(path: Path, tmp_path: Path):
    """The workbook and its LibreOffice PDF, page by page under each sheet's name: every page carries its sheet's
    name at the top (an Original sheet: its source) and its number at the bottom; every visible sheet is printed, in
    order, the hidden data sheet never; and no page of a sheet that takes several holds only a line or two."""
    wb = load_workbook(path)
    pages = _pages(soffice_pdf(path, tmp_path))
    heads = {}
    for ws in wb:
        head = (ws.oddHeader.center.text or "").replace("&&", "&")
        heads[ws.title if head in ("", "&A") else head] = ws.title
    by_sheet: dict[str, list[list[str]]] = {}
    for i, lines in enumerate(pages, 1):
        assert lines[0] in heads, (i, lines[:2])
        assert lines[-1] == f"{i} / {len(pages)}", (i, lines[-1])
        by_sheet.setdefault(heads[lines[0]], []).append(lines[1:-1])
    assert list(by_sheet) == [ws.title for ws in wb if ws.sheet_state == "visible"]
    assert not any("vendor-quote-compare" in ln for lines in pages for ln in lines)
    for title, sheet in by_sheet.items():
        if len(sheet) > 1:
            assert all(len(body) >= 3 for body in sheet), title
    return wb, by_sheet


# the header row's first and last printed cells: both on every page = the columns fit, the header repeats
TABLES = {"ranking": ("xl.h.rank", "xl.h.tco_note"), "criteria": ("xl.h.rank", "xl.h.points"),
          "flags": ("xl.h.rank", "xl.h.clause")}


@pytest.mark.parametrize("lang", LANGS)
def test_libreoffice_prints_every_sheet_onto_whole_pages(busy, tmp_path, lang):
    res, overrides = busy
    path = tmp_path / f"scored_{lang}.xlsx"
    path.write_bytes(excel.workbook_bytes(res, lang, overrides))
    wb, by_sheet = _printed(path, tmp_path)
    # summary, charts and settings each on one page
    for key in ("summary", "charts", "profile"):
        assert len(by_sheet[t(f"xl.sheet.{key}", lang)]) == 1, key
    # the tables: every page shows the whole header row (no column cut off onto another page) and at least three
    # rows of the table (no orphan rows on a page of their own); the technical codes are not printed
    for key, (first, last) in TABLES.items():
        sheet = by_sheet[t(f"xl.sheet.{key}", lang)]
        assert len(sheet) > 1 or key == "ranking", key  # long enough to need several pages
        last_text = t(last, lang, n=res.profile.horizon_years)
        for n, body in enumerate(sheet, 1):
            text = " ".join(body)
            assert t(first, lang) in text and last_text[:6] in text, (key, n, body[:2])
            rows = [ln for ln in body if re.match(r"\d+\s+\S", ln)]
            assert len(rows) >= 3, (key, n, len(sheet), body)
        assert not any(f.code in " ".join(b) for b in sheet for r in res.vendors for f in r.flags
                       if "_" in f.code), key


def test_libreoffice_prints_the_other_teams_sheets_too(returned, tmp_path):
    """A workbook with an answered clarification letter (the Changes sheet, issue 12) and three evaluators' score
    sheets (the Evaluation sheet, issue 13): those sheets get the same print set-up (xlsx_print.finish runs over
    every sheet), so they too print whole, one page wide, named and numbered."""
    from core.clarify import letter_bytes
    from tests.test_clarify import fill
    from tests.test_cli import run

    res = _result([SAMPLE])
    vr = next(v for v in res.vendors if v.quote.vendor == "云贷通")
    reply = tmp_path / "云贷通_回复.xlsx"
    reply.write_bytes(fill(letter_bytes(vr, "zh"), {"price_cny": ("23.5", None)}))
    out = tmp_path / "team.xlsx"
    cp = run("score", str(SAMPLE), str(reply), *map(str, returned["paths"]), "--type", "personal_credit",
             "--xlsx", str(out))
    assert cp.returncode == 0, cp.stderr
    wb, by_sheet = _printed(out, tmp_path)
    assert {t("eval.xl.sheet", "zh"), t("clar.xl.sheet", "zh")} <= set(by_sheet), list(by_sheet)
