"""Hostile and broken input: every file of tests/data/bad/ is refused with its exact error, or loads with its
exact warnings; fast, within bounded memory, with a message in both languages naming the file (and the sheet
and cell when known); a bad file beside a good one never costs the good one.

The corpus is written by tests/make_bad_corpus.py (run it again after changing a builder).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core import ingest
from core.errors import QuoteError
from core.i18n import t, warning_text
from core.load import load
from tests import fixtures_make as fm
from tests.make_bad_corpus import BUILDERS

ROOT = Path(__file__).resolve().parents[1]
BAD = Path(__file__).resolve().parent / "data" / "bad"

# Refused: file -> (error key, the parameters it must carry).
REFUSED: dict[str, tuple[str, dict]] = {
    "bomb_400mb.xlsx": ("err.zip_bomb", {"mb": ingest.MAX_UNZIPPED_BYTES // 2**20}),  # the declared cap (200)
    "zip_many_members.xlsx": ("err.zip_members", {"n": 2107}),
    "lying_sizes.xlsx": ("err.corrupt", {}),
    "zip_password.xlsx": ("err.encrypted", {}),
    "zip_future_version.xlsx": ("err.corrupt", {}),  # zipfile raises NotImplementedError (found by fuzzing)
    "billion_laughs.xlsx": ("err.xml_entities", {}),
    "xxe_passwd.xlsx": ("err.xml_entities", {}),
    "doctype_shared_strings.xlsx": ("err.xml_entities", {}),
    "doctype_after_comment.xlsx": ("err.xml_entities", {}),
    "doctype_utf16.xlsx": ("err.xml_entities", {}),
    "ods_entities.ods": ("err.xml_entities", {}),
    "ods_repeat_bomb.ods": ("err.too_many_cells", {"sheet": "报价", "rows": 90_001, "cols": 400}),
    "sparse_far_cell.xlsx": ("err.too_many_rows", {"sheet": "报价", "n": 1_048_576}),
    "sparse_area.xlsx": ("err.too_many_cells", {"sheet": "报价", "rows": 100_000, "cols": 500}),
    "too_many_cols_prefixed.xlsx": ("err.too_many_cols", {"sheet": "报价", "n": 702}),
    "merges_too_many.xlsx": ("err.too_many_merges", {"sheet": "报价", "n": 150_000}),
    "shared_strings_flood.xlsx": ("err.too_many_strings", {"n": 5_800_000, "cells": 21}),
    "xls_far_cell.xls": ("err.too_many_cells", {"sheet": "报价", "rows": 65_536, "cols": 256}),
    "xls_hostile_dimensions.xls": ("err.too_many_rows", {"sheet": "报价", "n": 0xFFFFFFFF}),
    "encrypted.xlsx": ("err.encrypted", {}),
    "encrypted.xls": ("err.encrypted", {}),
    "bad_crc.xlsx": ("err.corrupt", {}),
    "truncated_central_dir.xlsx": ("err.corrupt", {}),
    "truncated.xls": ("err.corrupt", {}),
    "calamine_panic.xls": ("err.corrupt", {}),  # a panic inside the Rust reader, caught
    "xlsb_renamed.xlsx": ("err.wrong_type", {"ext": "xlsb"}),
    "word_document.xlsx": ("err.not_spreadsheet", {}),
    "program.xlsx": ("err.not_spreadsheet", {}),
    "document.xlsx": ("err.not_spreadsheet", {}),
    "picture.xlsx": ("err.not_spreadsheet", {}),
    "web_export.xls": ("err.html_table", {}),
    "xml_spreadsheet_2003.xls": ("err.xml_2003", {}),
    "too_many_rows.csv": ("err.too_many_rows", {"sheet": "too_many_rows.csv", "n": 100_004}),
    "too_many_cols.csv": ("err.too_many_cols", {"sheet": "too_many_cols.csv", "n": 607}),
    "wide_line.csv": ("err.too_many_cols", {"sheet": "wide_line.csv", "n": 200_001}),
    "empty_sheet.xlsx": ("err.empty_file", {}),
    "title_only.xlsx": ("err.no_table", {}),
    "headers_only.xlsx": ("err.headers_only", {"sheet": "报价"}),
    "no_vendor.xlsx": ("err.no_vendor", {"sheet": "报价"}),
}

# Loaded: file -> (vendors in order, exact warnings as (code, sheet, cell)).
LOADED: dict[str, tuple[list[str], set[tuple[str, str, str]]]] = {
    "duplicate_quote.xlsx": (["安信科技", "融科软件", "安信科技"], {("warn.duplicate_quote", "报价", "4")}),
    "absurd_values.xlsx": (["安信科技", "融科软件", "信达系统"], {
        ("warn.absurd_money", "报价", "C2"),  # 1e15
        ("warn.negative", "报价", "C3"),  # -5万
        ("warn.negative", "报价", "E3"),  # -3 h
        ("warn.negative", "报价", "E4"),  # -3 (hours, as a number)
        ("warn.negative", "报价", "F4"),  # -12个月
    }),
    "dates_as_numbers.xlsx": (["安信科技", "融科软件"], {
        ("warn.date_not_number", "报价", "C2"),  # a date-formatted price
        ("warn.date_not_number", "报价", "E3"),  # a date-time as the response time
        ("warn.date_not_number", "报价", "F3"),  # '2026-12-31' as the maintenance period
    }),
    "huge_cell.xlsx": (["安信科技", "融科软件"], {("warn.cell_truncated", "报价", "G2")}),
    "merges_overlapping.xlsx": (["安信科技", "融科软件"], set()),
    "formula_vendor.xlsx": (["安信科技", "融科软件"], set()),
    "csv_injection.csv": (['=HYPERLINK("http://attacker.test/x","安信科技")', "+1+1", "@SUM(1)"], set()),
    "nul_bytes.csv": (["安信科技", "融科软件"], {("warn.nul_removed", "nul_bytes.csv", "")}),
    "utf16_no_bom.csv": (["安信科技", "融科软件"], set()),
    "mixed_encoding.csv": (["安信科技", "融科软件"], {("warn.mixed_encoding", "mixed_encoding.csv", "")}),
    "tsv_named.xls": (["安信科技", "融科软件"], set()),
}

NEW_WARNINGS = {"warn.cell_truncated", "warn.nul_removed", "warn.mixed_encoding", "warn.date_not_number"}

# Refused from the bytes alone: python-calamine must never be handed these.
BEFORE_PARSING = {n for n, (k, _) in REFUSED.items() if k in (
    "err.zip_bomb", "err.zip_members", "err.xml_entities", "err.too_many_rows", "err.too_many_cols",
    "err.too_many_cells", "err.too_many_merges", "err.too_many_strings", "err.encrypted", "err.html_table", "err.xml_2003", "err.not_spreadsheet",
    "err.wrong_type")} | {"lying_sizes.xlsx", "bad_crc.xlsx", "truncated_central_dir.xlsx", "truncated.xls",
                       "zip_future_version.xlsx"}

# Bombs: read in a child process whose address space is capped.
BOMBS = ["bomb_400mb.xlsx", "lying_sizes.xlsx", "zip_many_members.xlsx", "billion_laughs.xlsx",
         "ods_repeat_bomb.ods", "sparse_far_cell.xlsx", "sparse_area.xlsx", "xls_far_cell.xls",
         "xls_hostile_dimensions.xls", "too_many_rows.csv", "wide_line.csv"]
MEMORY_LIMIT = 768 * 2**20

# Seconds. Measured: every file takes under 0.05 s (the bomb under 0.01 s); the bounds leave room for a
# busy shared machine.
BOUND = 2.0
BOMB_BOUND = 1.0


def read(name: str) -> bytes:
    path = BAD / name
    assert path.exists(), f"{path} is missing: run .venv/bin/python tests/make_bad_corpus.py"
    return path.read_bytes()


def good_file() -> tuple[str, bytes]:
    return "好的报价.csv", fm._delimited_text(",").encode("utf-8")


def test_corpus_is_complete_and_every_file_has_an_expectation():
    on_disk = {p.name for p in BAD.iterdir()}
    assert on_disk == set(BUILDERS), "tests/data/bad differs from make_bad_corpus.py: run the script again"
    assert set(REFUSED) | set(LOADED) == set(BUILDERS)
    assert not set(REFUSED) & set(LOADED)
    assert len(BUILDERS) >= 20
    assert set(BOMBS) <= set(REFUSED)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_with_the_exact_error_fast(name):
    key, params = REFUSED[name]
    data = read(name)
    start = time.perf_counter()
    with pytest.raises(QuoteError) as e:
        load([(name, data)])
    elapsed = time.perf_counter() - start
    assert e.value.key == key
    assert {k: e.value.params.get(k) for k in params} == params
    assert elapsed < (BOMB_BOUND if name in BOMBS else BOUND), f"{name}: {elapsed:.2f} s"
    for lang in ("zh", "en"):
        msg = e.value.message(lang)
        assert name in msg and "{" not in msg and "\n" not in msg, msg
        if "sheet" in params:
            assert params["sheet"] in msg


@pytest.mark.parametrize("name", sorted(BEFORE_PARSING))
def test_refused_before_the_reader_sees_it(name, monkeypatch):
    import python_calamine

    def never(*_a, **_k):
        raise AssertionError("python-calamine was given a file the guards should have refused")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", never)
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", never)
    with pytest.raises(QuoteError) as e:
        ingest.read_sheets(read(name), name)
    assert e.value.key == REFUSED[name][0]


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_refused_file_beside_a_good_one_is_a_warning_and_the_good_one_loads(name):
    good_name, good = good_file()
    qs = load([(name, read(name)), (good_name, good)])
    assert [q.vendor for q in qs.quotes] == fm.WIDE_VENDORS
    failed = [w for w in qs.warnings if w.file == name]
    assert [w.code for w in failed] == [REFUSED[name][0]]
    for lang in ("zh", "en"):
        assert name in t(failed[0].code, lang, **failed[0].params)


@pytest.mark.parametrize("name", sorted(LOADED))
def test_loaded_with_exact_vendors_and_warnings(name):
    vendors, warnings = LOADED[name]
    data = read(name)
    start = time.perf_counter()
    qs = load([(name, data)])
    elapsed = time.perf_counter() - start
    assert elapsed < BOUND, f"{name}: {elapsed:.2f} s"
    assert [q.vendor for q in qs.quotes] == vendors
    assert {(w.code, w.sheet, w.cell) for w in qs.warnings} == warnings
    assert len(qs.warnings) == len(warnings)
    for w in qs.warnings:
        for lang in ("zh", "en"):
            line = warning_text(w, lang)
            assert name in line and w.cell in line and "{" not in line, line
            if w.code in NEW_WARNINGS:  # these messages name the place themselves (shown without warning_text)
                assert name in t(w.code, lang, **w.params) and w.cell in t(w.code, lang, **w.params)


def test_duplicate_warning_names_both_places():
    qs = load([("duplicate_quote.xlsx", read("duplicate_quote.xlsx"))])
    (w,) = qs.warnings
    for lang in ("zh", "en"):
        line = warning_text(w, lang)
        assert "duplicate_quote.xlsx › 报价 › 4" in line  # the second one: row 4
        assert "duplicate_quote.xlsx 报价 2" in line  # the first one: row 2
        assert "安信科技 / 标准版" in line


def test_absurd_and_negative_values_stay_unknown_and_the_rest_is_kept():
    qs = load([("absurd_values.xlsx", read("absurd_values.xlsx"))])
    q = {x.vendor: x for x in qs.quotes}
    assert q["安信科技"].values["price_cny"] is None and q["安信科技"].values["response_hours"] == 2
    assert q["融科软件"].values["price_cny"] is None and q["融科软件"].values["response_hours"] is None
    assert q["信达系统"].values["price_cny"] == 190_000 and q["信达系统"].values["free_maintenance_months"] is None
    assert q["融科软件"].sources["price_cny"][0].text == "-5万"  # the original text is kept for the report


def test_long_cell_is_cut_with_its_size_reported():
    qs = load([("huge_cell.xlsx", read("huge_cell.xlsx"))])
    (w,) = qs.warnings
    assert w.params["n"] == 1_000_000 and w.params["max"] == ingest.MAX_CELL_CHARS
    cell = qs.sheets[0].rows[1][6]
    assert len(cell) == ingest.MAX_CELL_CHARS and cell.startswith("用户管理、")
    assert qs.quotes[0].values["features"] == ["user_management"]


def test_formulas_are_text_never_evaluated():
    qs = load([("csv_injection.csv", read("csv_injection.csv"))])
    assert qs.sheets[0].rows[0] == ["=cmd|' /C calc'!A0"]  # kept as written, above the table
    qs = load([("formula_vendor.xlsx", read("formula_vendor.xlsx"))])
    assert [q.vendor for q in qs.quotes] == ["安信科技", "融科软件"]  # the value Excel shows, not the formula


def test_repaired_text_reads_right():
    for name in ("nul_bytes.csv", "mixed_encoding.csv", "utf16_no_bom.csv", "tsv_named.xls"):
        qs = load([(name, read(name))])
        q = {x.vendor: x for x in qs.quotes}
        assert q["融科软件"].values["price_cny"] == 198_000, name
        assert q["安信科技"].package == "标准版", name
    qs = load([("nul_bytes.csv", read("nul_bytes.csv"))])
    assert qs.warnings[0].params["n"] == 513  # one stray NUL, and 512 of padding


def test_a_panic_in_the_reader_is_a_corrupt_file(monkeypatch):
    """calamine_panic.xls makes the Rust reader panic (pyo3 raises PanicException, a BaseException)."""
    with pytest.raises(QuoteError) as e:
        ingest.read_sheets(read("calamine_panic.xls"), "calamine_panic.xls")
    assert e.value.key == "err.corrupt"

    import python_calamine

    class PanicException(BaseException):  # what pyo3 raises, by name
        pass

    def panic(*_a, **_k):
        raise PanicException("index out of range")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", panic)
    xlsx = (Path(__file__).resolve().parents[1] / "sample_data" / "vendor_quotes_en.xlsx").read_bytes()
    with pytest.raises(QuoteError) as e:
        ingest.read_sheets(xlsx, "q.xlsx")
    assert e.value.key == "err.corrupt" and isinstance(e.value.__cause__, PanicException)

    def interrupted(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", interrupted)
    with pytest.raises(KeyboardInterrupt):  # never swallowed
        ingest.read_sheets(xlsx, "q.xlsx")


def _with_strings(n: int, prefixed: bool = False, utf16: bool = False) -> bytes:
    """The corpus's good table with n extra one-letter shared strings nothing refers to."""
    from tests.make_bad_corpus import _NS, xlsx

    tag = "x:si" if prefixed else "si"
    ns = _NS.replace("xmlns=", "xmlns:x=") if prefixed else _NS
    root = "x:sst" if prefixed else "sst"
    sst = f'<?xml version="1.0" encoding="{"UTF-16" if utf16 else "UTF-8"}"?><{root} {ns}>' + \
        f"<{tag}><{'x:' if prefixed else ''}t>a</{'x:' if prefixed else ''}t></{tag}>" * n + f"</{root}>"
    return xlsx(**{"xl/sharedStrings.xml": sst.encode("utf-16") if utf16 else sst})


@pytest.mark.parametrize("form", [{}, {"prefixed": True}, {"utf16": True}])
def test_more_texts_than_cells_is_refused_however_written(form):
    """A few unused strings are tolerated (some writers leave them); a flood is refused, plain, prefixed or
    UTF-16 (which the reader cannot use anyway), before the reader builds it."""
    spare = ingest.MAX_SPARE_STRINGS
    if not form.get("utf16"):
        assert [q.vendor for q in load([("ok.xlsx", _with_strings(spare // 2, **form))]).quotes][0] == "安信科技"
    with pytest.raises(QuoteError) as e:
        ingest.read_file(_with_strings(spare + 100, **form), "flood.xlsx")
    assert e.value.key == "err.too_many_strings" and e.value.params["n"] == spare + 100


def test_xxe_never_reads_the_target():
    with pytest.raises(QuoteError) as e:
        load([("xxe_passwd.xlsx", read("xxe_passwd.xlsx"))])
    assert "root:" not in repr(e.value.params) and "root:" not in e.value.message("en")


def test_oversized_upload_is_refused_before_anything_else():
    data = b"PK\x03\x04" + b"\0" * ingest.MAX_FILE_BYTES
    start = time.perf_counter()
    with pytest.raises(QuoteError) as e:
        load([("big.xlsx", data)])
    assert e.value.key == "err.file_too_large" and time.perf_counter() - start < BOUND
    assert "big.xlsx" in e.value.message("zh") and "25" in e.value.message("en")


def test_upload_limit_matches_the_server():
    config = (ROOT / ".streamlit" / "config.toml").read_text()
    assert "maxUploadSize = 25" in config and ingest.MAX_FILE_BYTES == 25 * 2**20


_CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from core.errors import QuoteError
from core.load import load
out = {{}}
for path in sys.argv[1:]:
    name = path.rsplit("/", 1)[-1]
    try:
        load([(name, open(path, "rb").read())])
        out[name] = "loaded"
    except QuoteError as e:
        out[name] = e.key
    print(json.dumps({{name: out[name]}}), flush=True)
"""


def test_bombs_are_refused_within_bounded_memory():
    """In a child whose address space is capped at 768 MB: without the guards several of these abort the
    whole process (the reader asks for 549 GB for sparse_far_cell.xlsx); with them, each is refused."""
    code = _CHILD.format(limit=MEMORY_LIMIT)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    proc = subprocess.run([sys.executable, "-c", code, *[str(BAD / n) for n in BOMBS]], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    got = {}
    for line in proc.stdout.splitlines():
        got.update(json.loads(line))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert got == {n: REFUSED[n][0] for n in BOMBS}


@pytest.mark.parametrize("name", ["bomb_400mb.xlsx", "web_export.xls"])
def test_cli_prints_one_line_and_exits_2(name):
    proc = subprocess.run([sys.executable, "-m", "core", "score", str(BAD / name), "--type", "personal_credit"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0], proc.stderr


def test_whole_sheet_readers_stop_at_sizes_no_buyer_writes():
    """The readers that take a sheet whole (a compilation of letters, an outline, work reports) read each part as a
    document of its own; a sheet built with thousands of parts is read as the table it is instead, so that no file can
    make the reading cost a document's work thousands of times over."""
    from core.diary import read_diary
    from core.formal import compiled_letters
    from core.ingest import RawSheet
    from core.outline import read_outline

    letters = [["标题"]]
    for i in range(1000):
        letters += [["━━ 第1份 ━━"], ["报价函"], ["序号", "报价项目", "金额（元）"], ["1", "源码", 1000], ["报价单位：甲%d科技有限公司" % i]]
    assert compiled_letters(RawSheet("c.xlsx", "c", letters)) is None
    assert len(compiled_letters(RawSheet("c.xlsx", "c", letters[:1 + 5 * 3]))) == 3  # a real compilation still is one
    def name(i: int) -> str:
        return f"甲{chr(0x4e00 + i)}科技有限公司"

    def outline(n: int) -> list:
        return [["选型提纲", ""]] + [[f"    {name(i)}", ""] if k == 0 else [f"        报价：{i + 10}万", ""]
                                     for i in range(n) for k in range(2)]

    def reports(n: int) -> list:
        return [["序号", "提交人", "提交时间", "今日完成工作"]] + [
            [i, "周", "2025", f"1. 收到{name(i)}书面报价函，摘录如下：\n报价：{i + 10}万元"] for i in range(n)]

    assert len(read_outline(RawSheet("o.csv", "o", outline(20)))[0]) == 20
    assert read_outline(RawSheet("o.csv", "o", outline(500))) is None
    assert len(read_diary(RawSheet("d.xlsx", "d", reports(20)))[0]) == 20
    assert read_diary(RawSheet("d.xlsx", "d", reports(500))) is None
